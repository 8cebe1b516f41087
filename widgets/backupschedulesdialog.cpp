#include "widgets/backupschedulesdialog.h"

#include "core/backup/backupscheduler.h"
#include "core/db/profilestore.h"
#include "widgets/tabletools.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimeEdit>
#include <QUuid>
#include <QVBoxLayout>

#include <algorithm>

namespace dbpulse {

namespace {
constexpr int kSortRole = Qt::UserRole + 1;
}

BackupSchedulesDialog::BackupSchedulesDialog(const ProfileStore *profiles, BackupScheduler *scheduler,
                                             const QString &defaultDestination, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_scheduler(scheduler)
    , m_defaultDestination(defaultDestination)
    , m_schedules(ScheduleStore::schedules())
{
    setWindowTitle(tr("Backup schedules"));
    m_list = new QListWidget(this);
    auto *add = new QPushButton(tr("Add"), this);
    m_remove = new QPushButton(tr("Remove"), this);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(add);
    listButtons->addWidget(m_remove);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list);
    left->addLayout(listButtons);

    m_connection = new QComboBox(this);
    m_connection->setEditable(true);
    for (const ConnectionProfile &p : profiles->profiles())
        m_connection->addItem(QStringLiteral("@") + p.name);
    m_connection->setToolTip(tr("A saved connection (its password comes from the keychain or a live dashboard "
                                "connection), a password-free URI, or sqlite:PATH"));
    m_at = new QTimeEdit(this);
    m_at->setDisplayFormat(QStringLiteral("HH:mm"));
    m_destination = new QLineEdit(this);
    auto *browse = new QPushButton(tr("Browse…"), this);
    auto *destRow = new QHBoxLayout;
    destRow->addWidget(m_destination, 1);
    destRow->addWidget(browse);
    m_format = new QComboBox(this);
    m_format->addItem(tr("Custom (one file)"), QStringLiteral("custom"));
    m_format->addItem(tr("Directory"), QStringLiteral("directory"));
    m_compress = new QSpinBox(this);
    m_compress->setRange(-1, 9);
    //: Compression level: pg_dump's default
    m_compress->setSpecialValueText(tr("default"));
    m_testRestore = new QCheckBox(tr("Verify by test restore (scratch database on the same server)"), this);
    m_prune = new QCheckBox(tr("Delete old backups of this database by retention:"), this);
    auto retentionSpin = [this](int value) {
        auto *spin = new QSpinBox(this);
        spin->setRange(0, 1000);
        spin->setValue(value);
        return spin;
    };
    m_keepDaily = retentionSpin(30);
    m_keepWeekly = retentionSpin(12);
    m_keepMonthly = retentionSpin(12);
    auto *keepRow = new QHBoxLayout;
    //: Retention: keep the newest backup of each of the last N days ("daily [30]")
    keepRow->addWidget(new QLabel(tr("daily"), this));
    keepRow->addWidget(m_keepDaily);
    keepRow->addWidget(new QLabel(tr("weekly"), this));
    keepRow->addWidget(m_keepWeekly);
    keepRow->addWidget(new QLabel(tr("monthly"), this));
    keepRow->addWidget(m_keepMonthly);
    m_enabled = new QCheckBox(tr("Enabled"), this);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_save = new QPushButton(tr("Save"), this);
    m_runNow = new QPushButton(tr("Run now"), this);
    auto *formButtons = new QHBoxLayout;
    formButtons->addStretch();
    formButtons->addWidget(m_runNow);
    formButtons->addWidget(m_save);

    auto *form = new QFormLayout;
    form->addRow(tr("Connection:"), m_connection);
    form->addRow(tr("Daily at:"), m_at);
    form->addRow(tr("Destination:"), destRow);
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Compression:"), m_compress);
    form->addRow(m_testRestore);
    form->addRow(m_prune);
    form->addRow(tr("Keep:"), keepRow);
    form->addRow(m_enabled);
    form->addRow(m_problem);
    form->addRow(formButtons);
    auto *formBox = new QGroupBox(tr("Schedule"), this);
    formBox->setLayout(form);

    auto *top = new QHBoxLayout;
    top->addLayout(left, 1);
    top->addWidget(formBox, 2);

    m_runsModel = new QStandardItemModel(0, 4, this);
    m_runsModel->setHorizontalHeaderLabels({tr("Started"), tr("Connection"), tr("Result"), tr("Backup / error")});
    m_runs = new QTableView(this);
    m_runs->setObjectName(QStringLiteral("scheduleRuns"));
    auto *runTools = new TableTools(m_runs, m_runsModel);
    runTools->proxy()->setSortRole(kSortRole);
    runTools->setKeyColumn(3, Qt::ElideMiddle);
    m_runs->verticalHeader()->hide();
    m_runs->setWordWrap(false);
    m_runs->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_runs->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto *runsLayout = new QVBoxLayout;
    runsLayout->addWidget(runTools->filterEdit(tr("Filter runs…")));
    runsLayout->addWidget(m_runs);
    auto *runsBox = new QGroupBox(tr("Past runs"), this);
    runsBox->setLayout(runsLayout);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(runsBox, 1);
    layout->addWidget(buttons);
    resize(860, 640);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, &BackupSchedulesDialog::addSchedule);
    connect(m_remove, &QPushButton::clicked, this, &BackupSchedulesDialog::removeSchedule);
    connect(m_save, &QPushButton::clicked, this, &BackupSchedulesDialog::saveSchedule);
    connect(m_runNow, &QPushButton::clicked, this, [this] {
        if (const int row = m_list->currentRow(); row >= 0)
            m_scheduler->runNow(m_schedules.at(row).id);
    });
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Backup destination"), m_destination->text());
        if (!dir.isEmpty())
            m_destination->setText(dir);
    });
    connect(m_prune, &QCheckBox::toggled, this, [this](bool on) {
        m_keepDaily->setEnabled(on);
        m_keepWeekly->setEnabled(on);
        m_keepMonthly->setEnabled(on);
    });
    connect(m_list, &QListWidget::currentRowChanged, this, &BackupSchedulesDialog::showSchedule);
    connect(m_scheduler, &BackupScheduler::runFinished, this, &BackupSchedulesDialog::refreshRuns);
    connect(m_scheduler, &BackupScheduler::runStarted, this, [this] {
        m_problem->setText(tr("A scheduled backup is running…"));
    });
    refreshList();
    refreshRuns();
    if (m_schedules.isEmpty())
        addSchedule();
    else
        m_list->setCurrentRow(0);
}

QString BackupSchedulesDialog::summary(const BackupSchedule &s)
{
    const QString at = s.at.toString(QStringLiteral("HH:mm"));
    return s.enabled ? tr("%1 daily at %2").arg(s.connection, at) : tr("%1 daily at %2 (off)").arg(s.connection, at);
}

void BackupSchedulesDialog::refreshList()
{
    const int row = m_list->currentRow();
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const BackupSchedule &s : std::as_const(m_schedules))
        m_list->addItem(summary(s));
    m_list->setCurrentRow(std::min(row, int(m_schedules.size()) - 1));
}

void BackupSchedulesDialog::refreshRuns()
{
    const QList<ScheduleRun> runs = ScheduleStore::runs();
    m_runsModel->setRowCount(0);
    for (const ScheduleRun &r : runs) {
        auto *started = new QStandardItem(QLocale().toString(r.started.toLocalTime(), QLocale::ShortFormat));
        started->setData(r.started.toMSecsSinceEpoch(), kSortRole); // by time, not by the text
        auto *detail = new QStandardItem(r.path.isEmpty() ? r.message : r.path);
        detail->setToolTip(r.path.isEmpty() ? r.message : r.path + QLatin1Char('\n') + r.message);
        m_runsModel->appendRow({started, new QStandardItem(r.connection), new QStandardItem(r.ok ? tr("OK") : tr("Failed")), detail});
    }
    m_problem->clear();
}

void BackupSchedulesDialog::addSchedule()
{
    BackupSchedule s;
    s.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    s.connection = !m_preferredConnection.isEmpty() ? m_preferredConnection
                 : m_connection->count() > 0              ? m_connection->itemText(0)
                                                          : QString();
    s.destination = m_defaultDestination;
    // A new schedule first runs at its next time, not at once.
    s.anchor = QDateTime::currentDateTimeUtc();
    m_schedules << s;
    refreshList();
    m_list->setCurrentRow(int(m_schedules.size()) - 1);
    m_problem->setText(tr("New schedule: adjust it and press Save."));
}

void BackupSchedulesDialog::removeSchedule()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    const QString id = m_schedules.takeAt(row).id;
    // Only saved schedules are stored; other unsaved edits stay unsaved.
    QList<BackupSchedule> stored = ScheduleStore::schedules();
    stored.removeIf([&id](const BackupSchedule &s) { return s.id == id; });
    ScheduleStore::setSchedules(stored);
    m_scheduler->reload();
    refreshList();
    showSchedule(m_list->currentRow());
}

void BackupSchedulesDialog::showSchedule(int row)
{
    const bool valid = row >= 0 && row < m_schedules.size();
    m_save->setEnabled(valid);
    m_remove->setEnabled(valid);
    m_runNow->setEnabled(valid);
    if (!valid)
        return;
    const BackupSchedule &s = m_schedules.at(row);
    m_connection->setCurrentText(s.connection);
    m_at->setTime(s.at);
    m_destination->setText(s.destination);
    m_format->setCurrentIndex(m_format->findData(BackupOptions::formatName(s.format)));
    m_compress->setValue(s.compressLevel);
    m_testRestore->setChecked(s.testRestore);
    m_prune->setChecked(s.prune);
    m_keepDaily->setValue(s.retention.keepDaily);
    m_keepWeekly->setValue(s.retention.keepWeekly);
    m_keepMonthly->setValue(s.retention.keepMonthly);
    m_enabled->setChecked(s.enabled);
    m_problem->clear();
}

BackupSchedule BackupSchedulesDialog::formSchedule() const
{
    BackupSchedule s = m_schedules.at(m_list->currentRow());
    s.connection = m_connection->currentText().trimmed();
    s.at = m_at->time();
    s.destination = m_destination->text().trimmed();
    BackupOptions::parseFormat(m_format->currentData().toString(), &s.format);
    s.compressLevel = m_compress->value();
    s.testRestore = m_testRestore->isChecked();
    s.prune = m_prune->isChecked();
    s.retention = RetentionPolicy{m_keepDaily->value(), m_keepWeekly->value(), m_keepMonthly->value()};
    s.enabled = m_enabled->isChecked();
    return s;
}

bool BackupSchedulesDialog::confirmPrune(const BackupSchedule &s)
{
    const QString folder = QDir::toNativeSeparators(QDir(s.destination).absolutePath());
    const int present = QDir(s.destination).entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks).size();
    QMessageBox confirm(QMessageBox::Warning, tr("Delete old backups automatically?"),
                        tr("After every backup, this schedule will delete the backups of %1 (that database on that "
                           "server only) in the folder %2 that retention does not keep: the newest of each of the last "
                           "%3, %4 and %5, and the newest verified backup, are kept.")
                            .arg(s.connection, folder, tr("%n day(s)", nullptr, s.retention.keepDaily),
                                 tr("%n week(s)", nullptr, s.retention.keepWeekly),
                                 tr("%n month(s)", nullptr, s.retention.keepMonthly)),
                        QMessageBox::Cancel, this);
    confirm.setObjectName(QStringLiteral("pruneConfirmation"));
    confirm.setInformativeText(tr("Folders in it now: %1. Other databases' and servers' backups, unfinished backups "
                                  "and symbolic links are never touched.").arg(present));
    QPushButton *yes = confirm.addButton(tr("Delete old backups in %1").arg(QDir(s.destination).dirName()), QMessageBox::AcceptRole);
    confirm.setDefaultButton(QMessageBox::Cancel);
    confirm.exec();
    return confirm.clickedButton() == yes;
}

void BackupSchedulesDialog::saveSchedule()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    BackupSchedule s = formSchedule();
    if (const QString why = s.validate(); !why.isEmpty()) {
        m_problem->setText(why);
        return;
    }
    QList<BackupSchedule> stored = ScheduleStore::schedules();
    const auto it = std::find_if(stored.begin(), stored.end(), [&s](const BackupSchedule &o) { return o.id == s.id; });
    // Deleting backups on a timer is a destructive action: confirmed, naming what and where, when it
    // is switched on or its target or rules change.
    const bool pruneChanged = s.prune
        && (it == stored.end() || !it->prune || it->destination != s.destination || it->connection != s.connection
            || it->retention.keepDaily != s.retention.keepDaily || it->retention.keepWeekly != s.retention.keepWeekly
            || it->retention.keepMonthly != s.retention.keepMonthly);
    if (pruneChanged && !confirmPrune(s)) {
        m_problem->setText(tr("Not saved: old backups would have been deleted without your confirmation."));
        return;
    }
    // An edited schedule runs at its next time, never at once because its new time has passed today.
    s.anchor = QDateTime::currentDateTimeUtc();
    m_schedules[row] = s;
    if (it != stored.end())
        *it = s;
    else
        stored << s;
    ScheduleStore::setSchedules(stored);
    m_scheduler->reload();
    refreshList();
    m_problem->setText(tr("Saved. Next run: %1.")
                           .arg(QLocale().toString(decideSchedule(s.at, s.anchor, QDateTime::currentDateTimeUtc(), QTimeZone::systemTimeZone())
                                                       .next.toLocalTime(), QLocale::ShortFormat)));
}

} // namespace dbpulse
