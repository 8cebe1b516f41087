// The Health page against the shared cluster: run, findings grouped, fix shown, a maintenance
// action confirmed and run, PDF export; HTML export through its save dialog; every planted problem
// shown; Cancel during an orphan scan.
#include "models/findingmodel.h"
#include "tests/support/doctorrun.h"
#include "tests/support/plainconnection.h"
#include "tests/support/plantedproblems.h"
#include "tests/support/testcluster.h"
#include "models/serverregistry.h"
#include "widgets/healthpage.h"
#include "widgets/tabletools.h"
#include "core/health/checklabels.h"

#include "core/db/target.h"

#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QTreeView>
#include <libpq-fe.h>
#include <sys/stat.h>

using namespace dbpulse;

namespace {

/// Every row below the groups: problems, their parts, findings on their own.
QList<QModelIndex> findingRows(FindingModel *model, const QModelIndex &parent = {})
{
    QList<QModelIndex> rows;
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex row = model->index(r, 0, parent);
        if (parent.isValid())
            rows << row;
        rows << findingRows(model, row);
    }
    return rows;
}

/// The first row (a problem's, or a finding's) of \a check about \a object, or an invalid index.
QModelIndex findingRow(FindingModel *model, const QString &check, const QString &object)
{
    for (const QModelIndex &row : findingRows(model)) {
        const Finding *f = model->finding(row);
        if (f && f->check == check && f->object == object)
            return row;
    }
    return {};
}

// The test clusters run with fsync off: marked as throwaway, as a user would mark them, so the
// doctor reports that as info and the planted problems are what the page shows.
Target throwawayTarget(const QString &uri)
{
    Target target = *parseTarget(uri).target;
    target.throwaway = true;
    return target;
}

/// The page's warnings and criticals as "check severity object", sorted — the session checks'
/// only about \a pids, since they see every session of the shared server.
QStringList shownProblems(FindingModel *model, const QList<int> &pids)
{
    static const QStringList sessionChecks{QStringLiteral("idle_in_transaction"), QStringLiteral("long_queries"),
                                           QStringLiteral("blocking_locks")};
    static const QRegularExpression pidRe(QStringLiteral("^pid (\\d+) "));
    QStringList lines;
    for (const QModelIndex &row : findingRows(model)) {
        // A problem's row stands for its parts, which are listed below it.
        if (row.data(FindingModel::PartsRole).toInt() > 1)
            continue;
        const Finding *f = model->finding(row);
        if (!f || f->isNotChecked() || f->severity < Severity::Warning)
            continue;
        if (sessionChecks.contains(f->check) && !pids.contains(pidRe.match(f->object).captured(1).toInt()))
            continue;
        lines << QStringLiteral("%1 %2 %3").arg(f->check, severityName(f->severity), f->object);
    }
    lines.sort();
    return lines;
}

/// The permission bits of \a path; -1 when it does not exist.
int fileMode(const QString &path)
{
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

} // namespace

class TestHealthPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The doctor keeps a budget history in the application's data folder: a test folder here.
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void runsAndGroupsFindings()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        PGconn *admin = PQconnectdb(cluster->uri().toUtf8().constData());
        PQclear(PQexec(admin, "DROP DATABASE IF EXISTS doctor_page WITH (FORCE)"));
        PQclear(PQexec(admin, "CREATE DATABASE doctor_page"));
        PQfinish(admin);
        PGconn *db = PQconnectdb(cluster->uri(QStringLiteral("doctor_page")).toUtf8().constData());
        PQclear(PQexec(db, "CREATE TABLE parent (id int PRIMARY KEY); CREATE TABLE child (id int, parent_id int);"
                           "INSERT INTO child VALUES (1, 7);"
                           "ALTER TABLE child ADD FOREIGN KEY (parent_id) REFERENCES parent NOT VALID;"
                           "CREATE TABLE churn (id int PRIMARY KEY) WITH (autovacuum_enabled = off);"
                           "INSERT INTO churn SELECT generate_series(1, 20000); DELETE FROM churn WHERE id > 5000;"));
        PQfinish(db);

        ServerRegistry registry(nullptr, static_cast<CredentialStore *>(nullptr));  // no keychain
        const QString key = registry.addTarget(throwawayTarget(cluster->uri(QStringLiteral("doctor_page"))));
        registry.connectTo(key);
        QTRY_COMPARE_WITH_TIMEOUT(registry.status(key).state, ConnectionState::Connected, 15000);

        HealthPage page(&registry);
        page.resize(1100, 700);
        page.show();
        page.setCurrentKey(key);
        page.runChecks();
        QVERIFY(page.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning(), 60000);
        QVERIFY2(page.scoreText().endsWith(QLatin1String("/100")), qPrintable(page.scoreText()));
        FindingModel *model = page.model();
        QVERIFY(model->rowCount() >= 2);
        const QModelIndex critical = model->index(0, 0);
        QVERIFY2(critical.data().toString().startsWith(QLatin1String("CRITICAL")), qPrintable(critical.data().toString()));
        // The orphans and the NOT VALID key they break are one problem, its parts below it.
        const QModelIndex orphan = findingRow(model, QStringLiteral("orphan_rows"), QStringLiteral("child_parent_id_fkey on public.child"));
        QVERIFY(orphan.isValid());
        QCOMPARE(orphan.parent(), critical);
        // A person reads the checks' labels; the names stay for reports and --fix.
        QCOMPARE(orphan.data().toString(), QStringLiteral("Rows without their parent + Constraints not validated"));
        QCOMPARE(orphan.data(FindingModel::CheckRole).toString(), QStringLiteral("orphan_rows + not_valid_constraints"));
        QCOMPARE(model->rowCount(orphan), 2);
        QCOMPARE(model->index(1, 0, orphan).data().toString(), QStringLiteral("Constraints not validated"));
        auto *tree = page.findChild<QTreeView *>();
        auto *proxy = qobject_cast<QSortFilterProxyModel *>(tree->model());
        QVERIFY(proxy);
        for (const QModelIndex &row : findingRows(model)) {
            const QString shown = proxy->mapFromSource(row).data().toString();
            QVERIFY2(shown == checkLabels(row.data(FindingModel::CheckRole).toString().split(QStringLiteral(" + "))), qPrintable(shown));
        }
        tree->setCurrentIndex(proxy->mapFromSource(orphan));
        QVERIFY(orphan.data(FindingModel::FixRole).toString().contains(QLatin1String("VALIDATE CONSTRAINT")));

        // The detail pane reads the whole finding the row cuts: title, detail, evidence, fix.
        const Finding *lead = model->finding(orphan);
        QVERIFY(lead && lead->detail.size() > 40);
        const QString detail = page.detailText();
        for (const QString &part : {QStringLiteral("Rows without their parent: child_parent_id_fkey on public.child"), lead->detail,
                                    lead->fix, QStringLiteral("Severity: critical")})
            QVERIFY2(detail.contains(part), qPrintable(detail + QStringLiteral("\nlacks: ") + part));

        // The score: a sentence, then what cost the points, one line per check, by label.
        QVERIFY2(page.statusText().contains(QRegularExpression(QStringLiteral("Score \\d+ over .*checks.*: \\d+ problems cost \\d+ points\\."))),
                 qPrintable(page.statusText()));
        auto *breakdown = page.findChild<QLabel *>(QStringLiteral("scoreBreakdown"));
        QVERIFY(breakdown && breakdown->isVisible());
        QVERIFY2(breakdown->text().contains(QStringLiteral("−20 Rows without their parent: 1 critical problem, counted once with "
                                                           "Constraints not validated")),
                 qPrintable(breakdown->text()));
        QVERIFY2(!breakdown->text().contains(QLatin1Char('_')), qPrintable(breakdown->text()));

        // The filter narrows the findings to those that mention it, with their groups and parts.
        TableTools *tools = page.tableTools();
        const int allRows = int(tools->shownRows().size());
        QLineEdit *filter = tools->filterEdit();
        filter->setText(QStringLiteral("public.churn"));
        const QList<QModelIndex> shown = tools->shownRows();
        QVERIFY2(shown.size() < allRows && shown.size() >= 3, qPrintable(QString::number(shown.size())));
        bool churnShown = false;
        for (const QModelIndex &row : shown) {
            if (!row.parent().isValid())
                continue; // a severity group
            bool mentions = false;
            for (QModelIndex r = row; r.parent().isValid(); r = r.parent())
                mentions = mentions || tools->rowCells(r).join(QLatin1Char(' ')).contains(QLatin1String("public.churn"));
            QVERIFY2(mentions, qPrintable(tools->rowCells(row).join(QLatin1Char('|'))));
            churnShown = churnShown || row.data(FindingModel::CheckRole).toString() == QLatin1String("dead_tuples + autovacuum_lag");
        }
        QVERIFY(churnShown);
        filter->clear();
        if (qEnvironmentVariableIsSet("DBPULSE_GRAB"))
            page.grab().save(qEnvironmentVariable("DBPULSE_GRAB"));

        // The same report as a PDF: private under a desktop's usual umask, also when it replaces
        // a readable file.
        QTemporaryDir dir;
        QString error;
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("report.pdf")), "an older report") != QString());
        const mode_t oldUmask = ::umask(022);
        const bool exported = page.exportPdfTo(dir.filePath(QStringLiteral("report.pdf")), &error);
        ::umask(oldUmask);
        QVERIFY2(exported, qPrintable(error));
        QCOMPARE(fileMode(dir.filePath(QStringLiteral("report.pdf"))), 0600);
        QFile pdf(dir.filePath(QStringLiteral("report.pdf")));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.size() > 1000);
        QCOMPARE(pdf.read(4), QByteArray("%PDF"));

        // A fix with an action: confirmed (naming object, database and SQL), run, checked again.
        const QModelIndex churn = findingRow(model, QStringLiteral("dead_tuples"), QStringLiteral("public.churn"));
        QVERIFY(churn.isValid());
        tree->setCurrentIndex(proxy->mapFromSource(churn));
        QPushButton *fixButton = nullptr;
        for (QPushButton *b : page.findChildren<QPushButton *>())
            if (b->text() == QStringLiteral("VACUUM (ANALYZE)…"))
                fixButton = b;
        QVERIFY(fixButton && fixButton->isVisible() && fixButton->isEnabled());
        QString confirmation;
        QTimer accept;
        connect(&accept, &QTimer::timeout, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || box->objectName() != QLatin1String("maintenanceConfirmation"))
                return;
            accept.stop();
            confirmation = box->text() + QLatin1Char('\n') + box->informativeText();
            for (QAbstractButton *b : box->buttons())
                if (b->text() == QStringLiteral("VACUUM (ANALYZE)"))
                    b->click();
        });
        accept.start(50);
        fixButton->click();
        QVERIFY2(confirmation.contains(QLatin1String("public.churn")) && confirmation.contains(QLatin1String("\"doctor_page\""))
                     && confirmation.contains(QLatin1String("VACUUM (ANALYZE) public.churn")),
                 qPrintable(confirmation));
        QVERIFY(page.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning(), 60000);
        QVERIFY2(!findingRow(model, QStringLiteral("dead_tuples"), QStringLiteral("public.churn")).isValid(), qPrintable(page.statusText()));
        QVERIFY(model->index(0, 0).data().toString().startsWith(QLatin1String("CRITICAL")));  // the orphans stay
        // Run again.
        page.runChecks();
        QVERIFY(page.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning(), 30000);
        QVERIFY(model->index(0, 0).data().toString().startsWith(QLatin1String("CRITICAL")));
    }

    // Export HTML… writes the report the page shows: through the save dialog, to the file the user
    // picked, with the score and every finding, and the monitored database's names escaped.
    void exportsTheReportAsHtml()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        const QString uri = test::freshDatabase(cluster, QStringLiteral("doctor_page_html"));
        QVERIFY(!uri.isEmpty());
        test::PlainConnection db(uri);
        QCOMPARE(db.exec(QStringLiteral("CREATE TABLE parent (id int PRIMARY KEY);"
                                        "CREATE TABLE \"kid<script>alert(1)</script>\" (id int, parent_id int);"
                                        "INSERT INTO \"kid<script>alert(1)</script>\" VALUES (1, 7);"
                                        "ALTER TABLE \"kid<script>alert(1)</script>\" ADD FOREIGN KEY (parent_id) "
                                        "REFERENCES parent NOT VALID")),
                 QString());
        ServerRegistry registry(nullptr, static_cast<CredentialStore *>(nullptr));
        const QString key = registry.addTarget(throwawayTarget(uri));
        registry.connectTo(key);
        QTRY_COMPARE_WITH_TIMEOUT(registry.status(key).state, ConnectionState::Connected, 15000);
        HealthPage page(&registry);
        page.resize(1100, 700);
        page.show();
        page.setCurrentKey(key);
        QPushButton *exportHtml = nullptr;
        for (QPushButton *b : page.findChildren<QPushButton *>())
            if (b->text() == QStringLiteral("Export HTML…"))
                exportHtml = b;
        QVERIFY(exportHtml);
        QVERIFY(!exportHtml->isEnabled()); // no report yet
        page.runChecks();
        QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning(), 60000);
        QVERIFY(exportHtml->isEnabled());
        const QString table = QStringLiteral("public.\"kid<script>alert(1)</script>\"");
        const QModelIndex orphan = findingRow(page.model(), QStringLiteral("orphan_rows"),
                                              QStringLiteral("\"kid<script>alert(1)</script>_parent_id_fkey\" on ") + table);
        QVERIFY2(orphan.isValid(), "no orphan_rows finding for the planted key");

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.html"));
        QString dialogTitle;
        QString accepted;
        int attempts = 0;
        QTimer answer;
        connect(&answer, &QTimer::timeout, this, [&] {
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            // Typed, as a user would: selectFile() leaves a focused name field as it is, and the
            // dialog fills its file list on a thread of its own, so retry until the name took.
            dialog->setDirectory(dir.path());
            if (auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")))
                name->setText(QFileInfo(path).fileName());
            if (dialog->selectedFiles().value(0) != path && ++attempts < 250)
                return;
            answer.stop();
            dialogTitle = dialog->windowTitle();
            accepted = dialog->selectedFiles().value(0);
            static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept, as its Save button
        });
        answer.start(20);
        // A desktop's usual umask: the report is private anyway.
        const mode_t oldUmask = ::umask(022);
        exportHtml->click();
        ::umask(oldUmask);
        QCOMPARE(dialogTitle, QStringLiteral("Export health report"));
        QCOMPARE(accepted, path);
        QVERIFY2(QFileInfo::exists(path), qPrintable(page.statusText()));
        QCOMPARE(fileMode(path), 0600);

        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(page.statusText()));
        const QString html = QString::fromUtf8(file.readAll());
        QVERIFY2(html.startsWith(QLatin1String("<!DOCTYPE html>")), qPrintable(html.left(200)));
        QVERIFY2(html.trimmed().endsWith(QLatin1String("</html>")), qPrintable(html.right(200)));
        // The score the page shows, the database, and the finding with its object escaped.
        QVERIFY2(html.contains(page.scoreText()), qPrintable(page.scoreText()));
        QVERIFY(html.contains(QLatin1String("doctor_page_html")));
        QVERIFY(html.contains(QLatin1String("Rows without their parent")));
        QVERIFY2(html.contains(QLatin1String("kid&lt;script&gt;alert(1)&lt;/script&gt;")), qPrintable(html));
        QVERIFY2(!html.contains(QLatin1String("<script>")), "a name from the database reached the report as markup");
        // Every warning and critical the page lists is in the file.
        for (const QString &line : shownProblems(page.model(), {})) {
            const QString check = checkLabel(line.section(QLatin1Char(' '), 0, 0));
            QVERIFY2(html.contains(check.toHtmlEscaped()), qPrintable(line));
        }
    }

    void showsEveryPlantedProblem()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        const QString uri = test::freshDatabase(cluster, QStringLiteral("doctor_page_all"));
        QVERIFY(!uri.isEmpty());
        const test::PlantedProblems planted(uri);
        QVERIFY2(planted.error().isEmpty(), qPrintable(planted.error()));
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("fast.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(test::PlantedProblems::fastThresholdsJson());
        file.close();
        HealthThresholds fast;
        QString error;
        QVERIFY2(fast.loadFile(file.fileName(), &error), qPrintable(error));

        ServerRegistry registry(nullptr, static_cast<CredentialStore *>(nullptr));
        const QString key = registry.addTarget(throwawayTarget(uri));
        registry.connectTo(key);
        QTRY_COMPARE_WITH_TIMEOUT(registry.status(key).state, ConnectionState::Connected, 15000);
        QThread::sleep(3);  // older than the 2 s session thresholds

        HealthPage page(&registry);
        page.setThresholds(fast);
        page.resize(1100, 700);
        page.show();
        page.setCurrentKey(key);
        page.runChecks();
        QVERIFY(page.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning(), 60000);
        FindingModel *model = page.model();
        // The same findings as the CLI's full run of the same plant (tst_healthdoctor).
        QStringList expected;
        for (const test::ExpectedFinding &f : planted.expected())
            expected << QStringLiteral("%1 %2 %3").arg(f.check, severityName(f.severity), f.object);
        expected.sort();
        QCOMPARE(shownProblems(model, planted.pids()), expected);
        QVERIFY(model->index(0, 0).data().toString().startsWith(QLatin1String("CRITICAL")));
        const QModelIndex tail = findingRow(model, QStringLiteral("blocking_locks"),
                                            QStringLiteral("pid %1 blocked by pid %2").arg(planted.tailPid()).arg(planted.middlePid()));
        QVERIFY(tail.isValid());
        QVERIFY2(model->finding(tail)->detail.contains(QLatin1String("itself blocked")), qPrintable(model->finding(tail)->detail));
    }

    void cancelButtonStopsTheOrphanScan()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        const QString uri = test::freshDatabase(cluster, QStringLiteral("doctor_page_cancel"));
        QVERIFY(!uri.isEmpty());
        test::PlainConnection db(uri), locker(uri);
        QCOMPARE(db.exec(QStringLiteral("CREATE TABLE customer (id int PRIMARY KEY);"
                                        "CREATE TABLE orders (id int, customer_id int CONSTRAINT fk_order_customer REFERENCES customer)")),
                 QString());
        // The orphan scan of orders waits for this lock, for two minutes with the limits below.
        QCOMPARE(locker.exec(QStringLiteral("BEGIN; LOCK TABLE orders IN ACCESS EXCLUSIVE MODE")), QString());
        HealthThresholds slow;
        slow.checkTimeoutMs = 120000;
        slow.lockTimeoutMs = 120000;
        slow.orphanBudgetS = 120;

        ServerRegistry registry(nullptr, static_cast<CredentialStore *>(nullptr));
        const QString key = registry.addTarget(throwawayTarget(uri));
        registry.connectTo(key);
        QTRY_COMPARE_WITH_TIMEOUT(registry.status(key).state, ConnectionState::Connected, 15000);
        HealthPage page(&registry);
        page.setThresholds(slow);
        page.show();
        page.setCurrentKey(key);
        page.runChecks();
        QVERIFY(page.isRunning());
        // The status names the foreign key being scanned, and how far the scan is.
        static const QRegularExpression progress(QStringLiteral("^Checking: \\d+/\\d+ Rows without their parent — orphans: 1/1 fk_order_customer$"));
        QTRY_VERIFY2_WITH_TIMEOUT(progress.match(page.statusText()).hasMatch(), qPrintable(page.statusText()), 30000);
        QPushButton *cancel = nullptr;
        for (QPushButton *b : page.findChildren<QPushButton *>())
            if (b->text() == QStringLiteral("Cancel"))
                cancel = b;
        QVERIFY(cancel && cancel->isEnabled());
        cancel->click();
        // The lock is held for two minutes more: the page stops because the server cancelled the
        // scan, and no backend is left waiting on the lock behind it.
        QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning(), 60000);
        QCOMPARE(test::queryValue(uri, "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                                       "AND wait_event_type = 'Lock'"),
                 QByteArray("0"));
        QCOMPARE(page.statusText(), QStringLiteral("cancelled"));
        QVERIFY(!cancel->isEnabled());
        QCOMPARE(page.scoreText(), QStringLiteral("–"));  // no half report
    }
};

QTEST_MAIN(TestHealthPage)
#include "tst_healthpage.moc"
