// The Queries page's Sessions tab against a real backend in this test's own database: its
// *Terminate session…* button asks first, naming the session and the server; No leaves the
// backend alone, Yes ends it.
#include "core/db/pgsession.h"
#include "core/db/target.h"
#include "core/demo/demoworkload.h"
#include "core/jobs/job.h"
#include "models/backendmodel.h"
#include "models/servercontext.h"
#include "tests/support/doctorrun.h"
#include "tests/support/modalanswer.h"
#include "tests/support/oneserver.h"
#include "tests/support/plainconnection.h"
#include "tests/support/testcluster.h"
#include "widgets/backendview.h"

#include <QApplication>
#include <QColor>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QThreadPool>
#include <QTimer>

using namespace dbpulse;
using test::answerNextQuestion;
using test::OneServer;
using test::PlainConnection;

namespace {

const QString database = QStringLiteral("backendview");
const QString victimApp = QStringLiteral("backendview_victim");

QPushButton *buttonLabelled(QWidget *parent, const QString &text)
{
    for (QPushButton *b : parent->findChildren<QPushButton *>()) {
        if (b->text() == text)
            return b;
    }
    return nullptr;
}

/// The proxy row of \a pid in the view's table, or -1.
int rowOf(BackendView &view, int pid)
{
    QAbstractItemModel *m = view.table()->model();
    for (int r = 0; r < m->rowCount(); ++r) {
        if (m->index(r, 0).data(BackendModel::PidRole).toInt() == pid)
            return r;
    }
    return -1;
}

} // namespace

class TestBackendView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        QVERIFY(!test::freshDatabase(cluster, database).isEmpty());
        m_uri = cluster->uri(database);
    }

    void terminateAsksAndEndsTheBackend()
    {
        // The victim holds a transaction open, as a stuck client would.
        PlainConnection victim(m_uri);
        QVERIFY2(victim.ok(), qPrintable(victim.error()));
        QCOMPARE(victim.exec(QStringLiteral("SET application_name = '%1'").arg(victimApp)), QString());
        QCOMPARE(victim.exec(QStringLiteral("BEGIN")), QString());
        QCOMPARE(victim.exec(QStringLiteral("SELECT 'stuck' AS victim")), QString());
        const int pid = victim.pid();
        const QString alive = QStringLiteral("SELECT 1 FROM pg_stat_activity WHERE pid = %1").arg(pid);

        const Target target = parseTarget(m_uri).target.value_or(Target{});
        OneServer servers(target);
        BackendView view(&servers);
        view.resize(900, 400);
        view.setCurrentKey(QStringLiteral("server"));
        view.show(); // lists the sessions, and again every few seconds
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(view, pid) >= 0, 15000);
        QPushButton *terminate = buttonLabelled(&view, QStringLiteral("Terminate session…"));
        QVERIFY(terminate);
        QVERIFY(!terminate->isEnabled()); // nothing selected yet
        view.table()->selectRow(rowOf(view, pid));
        QVERIFY(terminate->isEnabled());
        QSignalSpy signalled(&view, &BackendView::signalled);

        // No: the question names the session, its server and its query; nothing is sent.
        QString question, title;
        answerNextQuestion(QMessageBox::No, &question, &title);
        terminate->click();
        QCOMPARE(title, QStringLiteral("Terminate session"));
        for (const QString &part : {QStringLiteral("session %1 ").arg(pid), QStringLiteral(" on %1?").arg(target.label),
                                    QStringLiteral("Query: SELECT 'stuck' AS victim")})
            QVERIFY2(question.contains(part), qPrintable(question + QStringLiteral("\nlacks: ") + part));
        // A job the click started would be on the pool once its deferred start ran, done once the
        // pool is idle, and reported by the next round of events.
        QCoreApplication::processEvents();
        Job::pool()->waitForDone();
        QCoreApplication::processEvents();
        QVERIFY(signalled.isEmpty());
        QCOMPARE(victim.exec(QStringLiteral("SELECT 1")), QString()); // still connected, still in its transaction
        QCOMPARE(test::queryValue(m_uri, alive.toUtf8().constData()), QByteArray("1"));

        // Yes: the backend is terminated and goes from the list.
        view.table()->selectRow(rowOf(view, pid));
        answerNextQuestion(QMessageBox::Yes, &question);
        terminate->click();
        QVERIFY2(question.contains(QStringLiteral("session %1 ").arg(pid)), qPrintable(question));
        QTRY_COMPARE_WITH_TIMEOUT(signalled.size(), 1, 15000);
        QCOMPARE(signalled.first().at(0).toInt(), pid);
        QCOMPARE(signalled.first().at(1).toString(), QString());
        // pg_terminate_backend signals; the backend exits right after.
        QTRY_VERIFY_WITH_TIMEOUT(test::queryValue(m_uri, alive.toUtf8().constData()).isNull(), 15000);
        QVERIFY(!victim.exec(QStringLiteral("SELECT 1")).isEmpty()); // its connection is gone
        QTRY_COMPARE_WITH_TIMEOUT(rowOf(view, pid), -1, 15000);
    }

    // The demo's shop traffic is what a demo is for: it must not look like DB Pulse's own sessions,
    // which the list greys, while our own monitor session still is greyed.
    void demoWorkloadIsNotGreyedButOurSessionIs()
    {
        PlainConnection shop(m_uri);
        QVERIFY2(shop.ok(), qPrintable(shop.error()));
        QCOMPARE(shop.exec(QStringLiteral("SET application_name = '%1'").arg(QLatin1String(DemoWorkload::applicationName))),
                 QString());
        QString error;
        const std::unique_ptr<PgSession> monitor =
            PgSession::open(m_uri, {}, sessionDefaults(SessionPurpose::Monitor), &error);
        QVERIFY2(monitor, qPrintable(error));
        const QueryResult pidResult = monitor->exec(QStringLiteral("SELECT pg_catalog.pg_backend_pid()"));
        QVERIFY2(pidResult.ok, qPrintable(pidResult.error));
        const int monitorPid = pidResult.rows.at(0).at(0).toInt();

        const Target target = parseTarget(m_uri).target.value_or(Target{});
        OneServer servers(target);
        BackendView view(&servers);
        view.setCurrentKey(QStringLiteral("server"));
        view.show();
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(view, shop.pid()) >= 0 && rowOf(view, monitorPid) >= 0, 15000);
        const QAbstractItemModel *m = view.table()->model();
        const auto row = [&](int pid) { return rowOf(view, pid); };
        QCOMPARE(m->index(row(shop.pid()), BackendModel::ApplicationColumn).data().toString(),
                 QLatin1String(DemoWorkload::applicationName));
        QVERIFY2(!m->index(row(shop.pid()), BackendModel::UserColumn).data(Qt::ForegroundRole).isValid(),
                 "the demo's shop session is greyed like one of ours");
        QCOMPARE(m->index(row(monitorPid), BackendModel::ApplicationColumn).data().toString(),
                 applicationNameFor(SessionPurpose::Monitor));
        QVERIFY2(m->index(row(monitorPid), BackendModel::UserColumn).data(Qt::ForegroundRole).value<QColor>().isValid(),
                 "our own monitor session is not greyed");
    }

private:
    QString m_uri;
};

QTEST_MAIN(TestBackendView)
#include "tst_backendview.moc"
