// The dashboard's blocking tree over a real lock chain in this test's own database: the holder
// at the root, its waiters below, and *Terminate root blocker* only after a confirmation that
// names pid, user, database and server — No leaves the session alone, Yes ends it.
#include "core/db/target.h"
#include "core/jobs/job.h"
#include "core/monitor/servermonitor.h"
#include "models/servercontext.h"
#include "tests/support/doctorrun.h"
#include "tests/support/modalanswer.h"
#include "tests/support/oneserver.h"
#include "tests/support/plainconnection.h"
#include "tests/support/testcluster.h"
#include "widgets/blockingtreeview.h"

#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QHeaderView>
#include <QTest>
#include <QThreadPool>
#include <QTimer>
#include <QTreeWidget>
#include <memory>

using namespace dbpulse;
using namespace Qt::StringLiterals;
using test::answerNextQuestion;
using test::OneServer;
using test::PlainConnection;

namespace {

const QString database = QStringLiteral("blockingtree");

} // namespace

class TestBlockingTreeView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        QVERIFY(!test::freshDatabase(cluster, database).isEmpty());
        PlainConnection db(cluster->uri(database));
        QCOMPARE(db.exec(QStringLiteral("CREATE TABLE held (id int); CREATE TABLE queued (id int)")), QString());
        m_uri = cluster->uri(database);
        m_user = cluster->superuser();
    }

    void treeAndConfirmedTerminate()
    {
        PlainConnection a(m_uri), b(m_uri), c(m_uri);
        QCOMPARE(a.exec(QStringLiteral("BEGIN; LOCK TABLE held IN ACCESS EXCLUSIVE MODE")), QString());
        QCOMPARE(b.exec(QStringLiteral("BEGIN; LOCK TABLE queued IN ACCESS EXCLUSIVE MODE")), QString());
        QVERIFY(b.send(QStringLiteral("LOCK TABLE held IN ACCESS EXCLUSIVE MODE")));
        QVERIFY(c.send(QStringLiteral("BEGIN; LOCK TABLE queued IN ACCESS EXCLUSIVE MODE")));
        const MetricsSample sample = chainSample();
        if (QTest::currentTestFailed())
            return;

        const Target target = parseTarget(m_uri).target.value_or(Target{});
        OneServer servers(target);
        BlockingTreeView view(&servers);
        view.setCurrentKey(QStringLiteral("server"));
        view.setSample(&sample);
        QVERIFY(!view.isHidden());
        QCOMPARE(view.summaryText(), QStringLiteral("2 session(s) waiting on locks · 1 root blocker(s)"));
        QTreeWidget *tree = view.tree();
        QCOMPARE(tree->topLevelItemCount(), 1);
        const QTreeWidgetItem *root = tree->topLevelItem(0);
        QCOMPARE(root->text(BlockingTreeView::SessionColumn), QStringLiteral("%1 (root blocker)").arg(a.pid()));
        QCOMPARE(root->text(BlockingTreeView::UserColumn), m_user);
        QCOMPARE(root->text(BlockingTreeView::DatabaseColumn), database);
        QVERIFY(root->text(BlockingTreeView::WaitColumn).startsWith(QLatin1String("holds; in transaction")));
        QCOMPARE(root->childCount(), 1);
        const QTreeWidgetItem *waiter = root->child(0);
        QCOMPARE(waiter->text(BlockingTreeView::SessionColumn), QString::number(b.pid()));
        QVERIFY(waiter->text(BlockingTreeView::EventColumn).startsWith(QLatin1String("Lock: ")));
        QVERIFY(waiter->text(BlockingTreeView::QueryColumn).contains(QLatin1String("LOCK TABLE held")));
        QCOMPARE(waiter->childCount(), 1);
        QCOMPARE(waiter->child(0)->text(BlockingTreeView::SessionColumn), QString::number(c.pid()));

        // Current, the summary is an alarm in red; disabled (the dashboard's outage, a last-known
        // tree) it is greyed like every other figure.
        auto *summary = view.findChild<QLabel *>(QStringLiteral("blockingSummary"));
        QVERIFY(summary);
        view.resize(900, 300);
        QVERIFY(redPixels(summary) > 0);
        view.setEnabled(false);
        QCOMPARE(redPixels(summary), 0);
        view.setEnabled(true);

        // Only a root blocker can be terminated from here; the root is selected by default.
        QCOMPARE(tree->currentItem(), root);
        QVERIFY(view.terminateButton()->isEnabled());
        tree->setCurrentItem(tree->topLevelItem(0)->child(0));
        QVERIFY(!view.terminateButton()->isEnabled());
        tree->setCurrentItem(tree->topLevelItem(0));

        QSignalSpy terminated(&view, &BlockingTreeView::terminated);
        QString question;
        answerNextQuestion(QMessageBox::No, &question);
        view.terminateButton()->click();
        for (const QString &part : {QString::number(a.pid()), m_user, database, target.label})
            QVERIFY2(question.contains(QStringLiteral(" ") + part), qPrintable(question + QStringLiteral(" lacks ") + part));
        QCOMPARE(question, view.terminateQuestion(rootOf(sample, a.pid())));
        // A job the click started would be on the pool once its deferred start ran, done once the
        // pool is idle, and reported by the next round of events: no waiting for a time.
        QCoreApplication::processEvents();
        Job::pool()->waitForDone();
        QCoreApplication::processEvents();
        QVERIFY(terminated.isEmpty());
        QCOMPARE(a.exec(QStringLiteral("SELECT 1")), QString()); // still there

        answerNextQuestion(QMessageBox::Yes, &question);
        view.terminateButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(terminated.size(), 1, 15000);
        QCOMPARE(terminated.first().at(0).toInt(), a.pid());
        QCOMPARE(terminated.first().at(1).toString(), QString());
        QVERIFY(!a.exec(QStringLiteral("SELECT 1")).isEmpty()); // its connection is gone

        // Once nobody waits, the tree empties at once and goes after lingering a few seconds.
        MetricsSample calm;
        view.setSample(&calm);
        QVERIFY(!view.isHidden());
        QCOMPARE(tree->topLevelItemCount(), 0);
        QCOMPARE(redPixels(summary), 0); // "No session waits on a lock now" is no alarm
        QVERIFY(!view.terminateButton()->isEnabled());
        QTest::qWait(5200);
        view.setSample(&calm);
        QVERIFY(view.isHidden());
    }

    // The graph's order until a header is clicked; then that column's, numbers as numbers (12 s
    // after 2.5 s), kept when a new sample rebuilds the tree.
    void headerClickSortsAndTheSortStays()
    {
        OneServer servers(Target{});
        BlockingTreeView view(&servers);
        view.show();
        const auto session = [](int pid, QList<int> blockedBy, double waited) {
            BlockedSession s;
            s.pid = pid;
            s.blockedBy = blockedBy;
            s.waitSeconds = waited;
            s.transactionSeconds = 60;
            return s;
        };
        MetricsSample sample;
        sample.blocking = {session(100, {}, 0), session(7, {100}, 2.5), session(30, {100}, 12), session(200, {100}, 0.5)};
        view.setSample(&sample);
        auto *tree = view.findChild<QTreeWidget *>();
        QVERIFY(tree);
        QCOMPARE(tree->topLevelItemCount(), 1);
        const auto children = [tree] {
            QStringList pids;
            for (int i = 0; i < tree->topLevelItem(0)->childCount(); ++i)
                pids << tree->topLevelItem(0)->child(i)->text(BlockingTreeView::SessionColumn);
            return pids;
        };
        const QStringList graphOrder = children();
        QCOMPARE(graphOrder.size(), 3);

        QHeaderView *header = tree->header();
        const auto click = [header](int column) {
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(header->sectionViewportPosition(column) + 5, 5));
        };
        click(BlockingTreeView::WaitColumn);
        QCOMPARE(children(), (QStringList{u"200"_s, u"7"_s, u"30"_s}));
        click(BlockingTreeView::WaitColumn);
        QCOMPARE(children(), (QStringList{u"30"_s, u"7"_s, u"200"_s}));
        click(BlockingTreeView::SessionColumn);
        QCOMPARE(children(), (QStringList{u"7"_s, u"30"_s, u"200"_s}));
        click(BlockingTreeView::WaitColumn);
        click(BlockingTreeView::WaitColumn);
        QCOMPARE(children(), (QStringList{u"30"_s, u"7"_s, u"200"_s}));

        // A new waiter: the tree is rebuilt, in the order the user chose.
        sample.blocking.append(session(15, {100}, 5));
        view.setSample(&sample);
        QCOMPARE(children(), (QStringList{u"30"_s, u"15"_s, u"7"_s, u"200"_s}));
    }

    void hiddenWithoutWaiters()
    {
        OneServer servers(Target{});
        BlockingTreeView view(&servers);
        MetricsSample empty;
        view.setSample(&empty);
        QVERIFY(view.isHidden());
        view.setSample(nullptr);
        QVERIFY(view.isHidden());
    }

private:
    /// Pixels of \a label drawn in the alarm red (#c5221f, with some antialiasing).
    static int redPixels(QWidget *label)
    {
        const QImage image = label->grab().toImage();
        int red = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                red += c.red() > 150 && c.green() < 90 && c.blue() < 90;
            }
        }
        return red;
    }

    static BlockedSession rootOf(const MetricsSample &s, int pid)
    {
        for (const BlockedSession &b : s.blocking) {
            if (b.pid == pid)
                return b;
        }
        return {};
    }

    /// A sample of the chain, narrowed to this database (the cluster may be shared).
    MetricsSample chainSample()
    {
        ServerMonitor monitor(parseTarget(m_uri).target.value_or(Target{}), {});
        QSignalSpy samples(&monitor, &ServerMonitor::metricsSampled);
        monitor.setIntervalMs(300);
        monitor.start();
        MetricsSample s;
        const auto ready = [&] {
            if (samples.isEmpty())
                return false;
            s = samples.last().at(0).value<MetricsSample>();
            QList<BlockedSession> mine;
            for (const BlockedSession &b : std::as_const(s.blocking)) {
                if (b.database == database)
                    mine << b;
            }
            s.blocking = mine;
            return LockGraph(mine).waitingCount() == 2;
        };
        [&] { QTRY_VERIFY_WITH_TIMEOUT(ready(), 15000); }();
        return s;
    }

    QString m_uri;
    QString m_user;
};

QTEST_MAIN(TestBlockingTreeView)
#include "tst_blockingtreeview.moc"
