#include "core/metrics/statementhistory.h"
#include "models/statementfilter.h"
#include "models/statementmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace dbpulse;

/// Shows a model what StatementRange makes of the samples fed so far, over all of them: the
/// page's path (StatementHistory → summarize → setRows) without the page.
class Feeder
{
public:
    explicit Feeder(StatementModel &model)
        : m_model(model)
    {
    }
    void addSample(MetricsSample sample)
    {
        sample.time = QDateTime::fromMSecsSinceEpoch(m_t += 1000);
        m_history.add(sample);
        m_model.setRows(StatementRange::summarize(m_history.buckets(0, m_t), 0, m_t));
    }

private:
    StatementModel &m_model;
    StatementHistory m_history;
    qint64 m_t = 1700000000000LL;
};

/// Top-statements table: range rows, lazy texts, slow marking, numeric sorting.
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
        Feeder feed(model);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        feed.addSample(sample({stmt(1, 10, 20), stmt(2, 1, 5)}));
        feed.addSample(sample({stmt(1, 10, 40, 7), stmt(3, 2, 2000)}));
        feed.addSample(sample({stmt(1, 1000, 1)}, true)); // a gap: not counted
        QCOMPARE(model.rowCount(), 3);
        const QModelIndex calls = model.index(0, StatementModel::CallsColumn);
        QCOMPARE(calls.data(StatementModel::SortRole).toLongLong(), qint64(20));
        QCOMPARE(model.index(0, StatementModel::TotalColumn).data(StatementModel::SortRole).toDouble(), 60.0);
        QCOMPARE(model.index(0, StatementModel::MeanColumn).data(StatementModel::SortRole).toDouble(), 3.0);
        // Estimated over the same intervals: one of 2 ms calls, one of 4 ms calls.
        const double p95 = model.index(0, StatementModel::P95Column).data(StatementModel::SortRole).toDouble();
        QVERIFY2(p95 >= 3.0 && p95 <= 4.01, qPrintable(QString::number(p95)));
        QVERIFY(model.index(0, StatementModel::P99Column).data(StatementModel::SortRole).toDouble() >= p95);
        QCOMPARE(model.headerData(StatementModel::P99Column, Qt::Horizontal).toString(), QStringLiteral("p99 (est.)"));
        QCOMPARE(model.index(0, StatementModel::CacheHitColumn).data(StatementModel::SortRole).toDouble(), 0.9);
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    }

    // A new range: rows still in it change in place (a view's current row stays on its
    // statement), new ones are appended, ones with no calls in it go.
    void setRowsUpdatesInPlace()
    {
        StatementModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto row = [](qint64 id, qint64 calls) {
            StatementRangeRow r;
            r.queryId = id;
            r.calls = calls;
            r.totalMs = double(calls);
            return r;
        };
        model.setRows({row(1, 10), row(2, 20), row(3, 30)});
        model.setQueryTexts({{3, QStringLiteral("SELECT 3")}});
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.setRows({row(3, 5), row(4, 1)});
        QCOMPARE(removed.size(), 2);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, 0).data(StatementModel::QueryIdRole).toLongLong(), qint64(3));
        QCOMPARE(model.index(0, StatementModel::CallsColumn).data(StatementModel::SortRole).toLongLong(), qint64(5));
        QCOMPARE(model.index(0, 0).data(StatementModel::FullTextRole).toString(), QStringLiteral("SELECT 3"));
        // A statement that leaves the range and comes back keeps its text.
        model.setRows({row(4, 1)});
        model.setRows({row(4, 1), row(3, 2)});
        QCOMPARE(model.index(1, 0).data(StatementModel::FullTextRole).toString(), QStringLiteral("SELECT 3"));
        model.setRows({});
        QCOMPARE(model.rowCount(), 0);
    }

    void lazyTexts()
    {
        StatementModel model;
        Feeder feed(model);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        feed.addSample(sample({stmt(1, 1, 1), stmt(2, 1, 1)}));
        QCOMPARE(model.takeMissingTextIds(), (QList<qint64>{1, 2}));
        QVERIFY(model.takeMissingTextIds().isEmpty()); // asked once only
        feed.addSample(sample({stmt(3, 1, 1)}));
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
        Feeder feed(model);
        feed.addSample(sample({stmt(1, 1, 1500), stmt(2, 10, 100)}));
        QVERIFY(model.index(0, 0).data(StatementModel::SlowRole).toBool());
        QVERIFY(model.index(0, 3).data(Qt::BackgroundRole).isValid());
        QVERIFY(!model.index(1, 0).data(StatementModel::SlowRole).toBool());
        model.setSlowThresholdMs(5);
        QVERIFY(model.index(1, 0).data(StatementModel::SlowRole).toBool());
    }

    void sortsNumerically()
    {
        StatementModel model;
        Feeder feed(model);
        feed.addSample(sample({stmt(1, 9, 9), stmt(2, 10, 1000), stmt(3, 100, 50)}));
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
        Feeder feed(model);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto in = [](StatementInterval s, quint32 dbId, const QString &database, const QStringList &users) {
            s.dbId = dbId;
            s.database = database;
            s.users = users;
            return s;
        };
        feed.addSample(sample({in(stmt(1, 10, 20), 5, QStringLiteral("shop"), {QStringLiteral("app")}),
                                in(stmt(1, 3, 9), 6, QStringLiteral("audit"), {QStringLiteral("auditor")})}));
        feed.addSample(sample({in(stmt(1, 2, 2), 5, QStringLiteral("shop"), {QStringLiteral("admin")})}));
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
