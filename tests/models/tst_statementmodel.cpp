#include "models/statementfilter.h"
#include "models/statementmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace dbpulse;

/// Top-statements table: accumulation, lazy texts, slow marking, numeric sorting.
class TstStatementModel : public QObject
{
    Q_OBJECT

private:
    static StatementInterval stmt(qint64 id, qint64 calls, double totalMs, double p95 = 1)
    {
        StatementInterval s;
        s.queryId = id;
        s.calls = calls;
        s.totalMs = totalMs;
        s.meanMs = totalMs / double(calls);
        s.p95Ms = p95;
        s.rows = calls;
        s.sharedBlksHit = 9;
        s.sharedBlksRead = 1;
        return s;
    }
    static MetricsSample sample(const QList<StatementInterval> &statements, bool gap = false)
    {
        MetricsSample s;
        s.statementsAvailable = true;
        s.statementsGap = gap;
        s.statements = statements;
        return s;
    }

private Q_SLOTS:
    void accumulatesIntervals()
    {
        StatementModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addSample(sample({stmt(1, 10, 20), stmt(2, 1, 5)}));
        model.addSample(sample({stmt(1, 10, 40, 7), stmt(3, 2, 2000)}));
        model.addSample(sample({stmt(1, 1000, 1)}, true)); // a gap: not counted
        QCOMPARE(model.rowCount(), 3);
        const QModelIndex calls = model.index(0, StatementModel::CallsColumn);
        QCOMPARE(calls.data(StatementModel::SortRole).toLongLong(), qint64(20));
        QCOMPARE(model.index(0, StatementModel::TotalColumn).data(StatementModel::SortRole).toDouble(), 60.0);
        QCOMPARE(model.index(0, StatementModel::MeanColumn).data(StatementModel::SortRole).toDouble(), 3.0);
        QCOMPARE(model.index(0, StatementModel::P95Column).data(StatementModel::SortRole).toDouble(), 7.0);
        QCOMPARE(model.index(0, StatementModel::CacheHitColumn).data(StatementModel::SortRole).toDouble(), 0.9);
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    }

    void queuedIntervalsShowWhenApplied()
    {
        StatementModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addSample(sample({stmt(1, 10, 20)}));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.queueSample(sample({stmt(1, 10, 40, 7), stmt(2, 1, 5)}));
        model.queueSample(sample({stmt(2, 1000, 1)}, true)); // a gap: not counted
        model.queueSample(sample({stmt(1, 5, 10, 3), stmt(2, 3, 15)}));
        // Views see nothing while queued: a hidden page pays no sorting or repainting.
        QVERIFY(model.hasQueued());
        QCOMPARE(changed.size(), 0);
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, StatementModel::CallsColumn).data(StatementModel::SortRole).toLongLong(), qint64(10));

        model.applyQueued();
        QVERIFY(!model.hasQueued());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), 2);
        // Every queued interval counts, exactly as if each had been shown as it came.
        QCOMPARE(model.index(0, StatementModel::CallsColumn).data(StatementModel::SortRole).toLongLong(), qint64(25));
        QCOMPARE(model.index(0, StatementModel::TotalColumn).data(StatementModel::SortRole).toDouble(), 70.0);
        QCOMPARE(model.index(0, StatementModel::P95Column).data(StatementModel::SortRole).toDouble(), 3.0);
        QCOMPARE(model.index(1, StatementModel::CallsColumn).data(StatementModel::SortRole).toLongLong(), qint64(4));
        QCOMPARE(model.index(1, StatementModel::TotalColumn).data(StatementModel::SortRole).toDouble(), 20.0);
        model.applyQueued(); // nothing left: no signals
        QCOMPARE(changed.size(), 1);
    }

    void lazyTexts()
    {
        StatementModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addSample(sample({stmt(1, 1, 1), stmt(2, 1, 1)}));
        QCOMPARE(model.takeMissingTextIds(), (QList<qint64>{1, 2}));
        QVERIFY(model.takeMissingTextIds().isEmpty()); // asked once only
        model.addSample(sample({stmt(3, 1, 1)}));
        QCOMPARE(model.takeMissingTextIds(), (QList<qint64>{3}));

        const QString huge = QStringLiteral("SELECT\n  ") + QString(1 << 20, QLatin1Char('x'));
        model.setQueryTexts({{1, huge}, {99, QStringLiteral("gone")}});
        const QString shown = model.index(0, 0).data().toString();
        QVERIFY(shown.startsWith(QLatin1String("SELECT x")));
        QVERIFY(shown.size() <= 200);
        QCOMPARE(model.index(0, 0).data(StatementModel::FullTextRole).toString().size(), huge.size());
        QVERIFY(model.index(1, 0).data().toString().contains(QLatin1String("not loaded")));
    }

    void slowThreshold()
    {
        StatementModel model;
        model.addSample(sample({stmt(1, 1, 1500), stmt(2, 10, 100)}));
        QVERIFY(model.index(0, 0).data(StatementModel::SlowRole).toBool());
        QVERIFY(model.index(0, 3).data(Qt::BackgroundRole).isValid());
        QVERIFY(!model.index(1, 0).data(StatementModel::SlowRole).toBool());
        model.setSlowThresholdMs(5);
        QVERIFY(model.index(1, 0).data(StatementModel::SlowRole).toBool());
    }

    void sortsNumerically()
    {
        StatementModel model;
        model.addSample(sample({stmt(1, 9, 9), stmt(2, 10, 1000), stmt(3, 100, 50)}));
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(StatementModel::SortRole);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(StatementModel::CallsColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data(StatementModel::QueryIdRole).toLongLong(), qint64(3));
        QCOMPARE(proxy.index(2, 0).data(StatementModel::QueryIdRole).toLongLong(), qint64(1));
        proxy.sort(StatementModel::TotalColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data(StatementModel::QueryIdRole).toLongLong(), qint64(2));

        model.setQueryTexts({{3, QStringLiteral("SELECT * FROM orders")}});
        proxy.setFilterRole(StatementModel::FullTextRole);
        proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        proxy.setFilterFixedString(QStringLiteral("ORDERS"));
        QCOMPARE(proxy.rowCount(), 1);
    }

    // A queryid run in two databases is two statements, each with its database and the roles
    // that ran it; the filter shows one database's; texts reach both rows.
    void oneRowPerDatabase()
    {
        StatementModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto in = [](StatementInterval s, quint32 dbId, const QString &database, const QStringList &users) {
            s.dbId = dbId;
            s.database = database;
            s.users = users;
            return s;
        };
        model.addSample(sample({in(stmt(1, 10, 20), 5, QStringLiteral("shop"), {QStringLiteral("app")}),
                                in(stmt(1, 3, 9), 6, QStringLiteral("audit"), {QStringLiteral("auditor")})}));
        model.addSample(sample({in(stmt(1, 2, 2), 5, QStringLiteral("shop"), {QStringLiteral("admin")})}));
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex shop = model.index(0, StatementModel::QueryColumn);
        QCOMPARE(shop.data(StatementModel::DatabaseRole).toString(), QStringLiteral("shop"));
        QCOMPARE(model.index(0, StatementModel::CallsColumn).data(StatementModel::SortRole).toLongLong(), qint64(12));
        QCOMPARE(model.index(0, StatementModel::DatabaseColumn).data().toString(), QStringLiteral("shop"));
        QCOMPARE(model.index(0, StatementModel::UsersColumn).data().toString(), QStringLiteral("admin, app"));
        QCOMPARE(model.index(1, StatementModel::CallsColumn).data(StatementModel::SortRole).toLongLong(), qint64(3));
        QCOMPARE(model.index(1, StatementModel::UsersColumn).data().toString(), QStringLiteral("auditor"));
        QCOMPARE(model.headerData(StatementModel::DatabaseColumn, Qt::Horizontal).toString(), QStringLiteral("Database"));

        model.setQueryTexts({{1, QStringLiteral("SELECT 1")}});
        QCOMPARE(model.index(1, 0).data(StatementModel::FullTextRole).toString(), QStringLiteral("SELECT 1"));
        QCOMPARE(model.index(0, 0).data(StatementModel::FullTextRole).toString(), QStringLiteral("SELECT 1"));

        StatementFilter filter;
        filter.setSourceModel(&model);
        QCOMPARE(filter.rowCount(), 2);
        filter.setDatabase(QStringLiteral("audit"));
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, 0).data(StatementModel::DatabaseRole).toString(), QStringLiteral("audit"));
        filter.setDatabase({});
        QCOMPARE(filter.rowCount(), 2);
    }
};

QTEST_GUILESS_MAIN(TstStatementModel)
#include "tst_statementmodel.moc"
