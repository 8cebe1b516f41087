#include "widgets/backendview.h"

#include "core/db/sessionadmin.h"
#include "models/backendmodel.h"
#include "models/servercontext.h"
#include "widgets/pagekeys.h"
#include "widgets/tabletools.h"
#include "widgets/themedstyle.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace dbpulse {

BackendView::BackendView(ServerContexts *servers, QWidget *parent)
    : QWidget(parent)
    , m_servers(servers)
    , m_model(new BackendModel(this))
    , m_table(new QTableView(this))
    , m_status(new QLabel(this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
    , m_cancel(new QPushButton(tr("Cancel query…"), this))
    , m_terminate(new QPushButton(tr("Terminate session…"), this))
    , m_timer(new QTimer(this))
    , m_listJob(this)
    , m_signalJob(this)
{
    setObjectName(QStringLiteral("sessionView"));
    m_table->setObjectName(QStringLiteral("sessionTable"));
    m_tools = new TableTools(m_table, m_model);
    m_proxy = m_tools->proxy();
    m_proxy->setSortRole(BackendModel::SortRole);
    m_table->sortByColumn(BackendModel::DurationColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    // The query is what the user reads: it takes the width the short columns leave.
    m_tools->setKeyRole(BackendModel::PidRole);
    m_tools->setCopyRole(BackendModel::QueryColumn, BackendModel::FullQueryRole);
    m_tools->setKeyColumn(BackendModel::QueryColumn);
    m_tools->setElideMode(BackendModel::ApplicationColumn, Qt::ElideMiddle);
    m_tools->setMaxColumnWidth(150);
    setTextRole(m_status, ThemeRole::SecondaryText);
    m_terminate->setToolTip(tr("Ends the backend process: its transaction is rolled back and the client disconnected"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_status, 1);
    bar->addWidget(m_tools->filterEdit(tr("Filter sessions…")));
    bar->addWidget(m_refresh);
    bar->addWidget(m_cancel);
    bar->addWidget(m_terminate);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    m_timer->setInterval(5000);
    // A tick while a list is still on its way (a slow server) waits for the next one.
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (!m_listJob.isRunning())
            refresh();
    });
    connect(m_refresh, &QPushButton::clicked, this, &BackendView::refresh);
    // Refresh only: "Cancel query" signals someone's backend, never something Esc may do.
    PageKeys::mark(m_refresh, PageKeys::Role::Refresh);
    connect(m_cancel, &QPushButton::clicked, this, [this] { signalSelected(false); });
    connect(m_terminate, &QPushButton::clicked, this, [this] { signalSelected(true); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &BackendView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BackendView::updateButtons);
    updateButtons();
}

void BackendView::setCurrentKey(const QString &key)
{
    m_key = key;
    m_listJob.cancel(); // a list of the old server must not arrive now
    m_model->setSessions({});
    if (isVisible())
        refresh();
}

void BackendView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
    m_timer->start();
}

void BackendView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_timer->stop();
}

void BackendView::refresh()
{
    const ServerContext server = m_servers->context(m_key);
    const Target &target = server.target;
    const QString &password = server.password;
    if (!server.live || target.kind != DatabaseKind::PostgreSQL) {
        m_status->setText(tr("Sessions are listed for connected PostgreSQL servers."));
        return;
    }
    // Restarts a list on its way: what is asked for now must show what is true now.
    m_listJob.run<BackendList>(
        [target, password](const JobContext &) { return listBackends(target, password); },
        [this](const BackendList &list) {
            if (!list.error.isEmpty()) {
                m_status->setText(tr("Could not list sessions: %1").arg(list.error));
                return;
            }
            // The table keeps the selected pid selected across the reset (TableTools).
            m_model->setSessions(list.rows);
            m_status->setText(tr("%n client session(s)", nullptr, int(list.rows.size())));
            Q_EMIT refreshed();
        });
}

void BackendView::updateButtons()
{
    const bool selected = m_table->selectionModel()->hasSelection();
    m_cancel->setEnabled(selected);
    m_terminate->setEnabled(selected);
}

void BackendView::signalSelected(bool terminate)
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const int pid = current.data(BackendModel::PidRole).toInt();
    const QString backendStart = current.data(BackendModel::BackendStartRole).toString();
    const QString query = current.data(BackendModel::FullQueryRole).toString();
    const QString shown = query.isEmpty() ? tr("(no query)") : query.left(300).simplified();
    const ServerContext server = m_servers->context(m_key);
    const Target &target = server.target;
    const QString &password = server.password;
    if (!server.live)
        return;
    if (m_confirm) {
        const QString question = terminate
            ? tr("Terminate session %1 on %2?\n\nIts open transaction is rolled back and its client is "
                 "disconnected.\n\nQuery: %3").arg(pid).arg(target.label, shown)
            : tr("Cancel the running query of session %1 on %2?\n\nQuery: %3").arg(pid).arg(target.label, shown);
        const auto answer = QMessageBox::warning(this, terminate ? tr("Terminate session") : tr("Cancel query"),
                                                 question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
    }
    m_signalJob.run<QString>(
        [target, password, pid, backendStart, terminate](const JobContext &) {
            return signalBackend(target, password, pid, backendStart, terminate);
        },
        [this, pid, terminate](const QString &error) {
            m_status->setText(error.isEmpty()
                                  ? (terminate ? tr("Session %1 terminated.").arg(pid) : tr("Query of session %1 cancelled.").arg(pid))
                                  : tr("Session %1: %2").arg(pid).arg(error));
            Q_EMIT signalled(pid, error);
            refresh();
        });
}

} // namespace dbpulse
