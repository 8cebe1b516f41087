// The Queries page against a real server: a statement's *Query class* override, chosen in the
// table's context menu, is the class its budget breaches are judged and reported in, it is kept
// for the next start, and *automatic* goes back to the class inferred from the statement's shape.
#include "core/db/target.h"
#include "core/metrics/budgetsettings.h"
#include "models/metricshistory.h"
#include "models/serverregistry.h"
#include "models/statementmodel.h"
#include "tests/support/doctorrun.h"
#include "tests/support/plainconnection.h"
#include "tests/support/testcluster.h"
#include "widgets/queriespage.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace dbpulse;
using test::PlainConnection;
using QC = QueryBudget::QueryClass;

namespace {

const QString database = QStringLiteral("queries_class");
// Simple by its shape; about 20 ms a call, so above a simple budget of 10 ms.
const QByteArray probe = "SELECT pg_sleep(0.02) AS class_probe";

/// Picks \a entry (its text starts with it) in the "Query class" submenu of the next context menu.
void pickQueryClass(const QString &entry, QStringList *offered, QString *checked)
{
    QTimer::singleShot(0, qApp, [entry, offered, checked] {
        QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<QMenu *>(QApplication::activePopupWidget()), 5000);
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        const auto close = qScopeGuard([menu] { menu->close(); });
        QMenu *classes = nullptr;
        for (QAction *a : menu->actions()) {
            if (a->menu() && a->text() == QStringLiteral("Query class"))
                classes = a->menu();
        }
        QVERIFY(classes);
        QAction *chosen = nullptr;
        for (QAction *a : classes->actions()) {
            if (a->isSeparator())
                continue;
            *offered << a->text();
            if (a->isChecked())
                *checked = a->text();
            if (a->text().startsWith(entry))
                chosen = a;
        }
        QVERIFY2(chosen, qPrintable(offered->join(QLatin1Char('|'))));
        chosen->trigger();
    });
}

} // namespace

class TestQueriesPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        QVERIFY(!test::freshDatabase(cluster, database).isEmpty());
        PlainConnection db(cluster->uri(database));
        QCOMPARE(db.exec(QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_stat_statements")), QString());
        m_uri = cluster->uri(database);
    }

    void classOverrideJudgesTheBudget()
    {
        ServerRegistry registry(nullptr, static_cast<CredentialStore *>(nullptr));
        // Budgets that make both the inferred and the chosen class breach, each with its own figure.
        BudgetSettings budgets = registry.budgetSettings();
        budgets.budget.setBudgetMs(QC::Simple, 10);
        budgets.budget.setBudgetMs(QC::Analytics, 7);
        budgets.alertIntervals = 1;
        registry.setBudgetSettings(budgets);
        const QString key = registry.addTarget(*parseTarget(m_uri).target);
        registry.connectTo(key);
        QTRY_COMPARE_WITH_TIMEOUT(registry.status(key).state, ConnectionState::Connected, 15000);

        QueriesPage page(&registry);
        page.resize(1100, 700);
        page.show();
        page.setCurrentKey(key);

        PlainConnection workload(m_uri);
        QVERIFY2(workload.ok(), qPrintable(workload.error()));
        QTimer calls;
        connect(&calls, &QTimer::timeout, this, [&] { workload.exec(QString::fromLatin1(probe)); });
        calls.start(50);

        // The probe's row (found again each time: the table re-sorts as figures arrive).
        const auto probeRow = [&] {
            QAbstractItemModel *m = page.table()->model();
            for (int r = 0; r < m->rowCount(); ++r) {
                const QModelIndex i = m->index(r, StatementModel::QueryColumn);
                if (i.data(StatementModel::FullTextRole).toString().contains(QLatin1String("class_probe")))
                    return i;
            }
            return QModelIndex();
        };
        QTRY_VERIFY_WITH_TIMEOUT(probeRow().isValid(), 30000);
        const auto openMenuOnProbe = [&] {
            const QModelIndex row = probeRow();
            page.table()->scrollTo(row);
            Q_EMIT page.table()->customContextMenuRequested(page.table()->visualRect(row).center());
        };
        const qint64 queryId = probeRow().data(StatementModel::QueryIdRole).toLongLong();
        QVERIFY(queryId != 0);
        const auto breachOf = [&]() -> BudgetBreach {
            for (const BudgetBreach &b : registry.metricsHistory(key)->latest().budgetBreaches) {
                if (b.queryId == queryId)
                    return b;
            }
            return {};
        };
        // Judged as what its shape says: simple, against the simple budget.
        QTRY_COMPARE_WITH_TIMEOUT(breachOf().queryClass, QStringLiteral("simple"), 30000);
        QCOMPARE(breachOf().budgetMs, 10.0);

        // Query class ▸ analytics, from the statement's context menu.
        QStringList offered;
        QString checked;
        pickQueryClass(QStringLiteral("analytics"), &offered, &checked);
        openMenuOnProbe();
        QCOMPARE(checked, QStringLiteral("automatic (from the statement's shape)"));
        QVERIFY2(offered.contains(QStringLiteral("analytics (budget 7 ms)")), qPrintable(offered.join(QLatin1Char('|'))));
        QCOMPARE(registry.budgetSettings().budget.classOverride(queryId), std::optional<QC>(QC::Analytics));
        // The monitor judges it as analytics now, against that budget.
        QTRY_COMPARE_WITH_TIMEOUT(breachOf().queryClass, QStringLiteral("analytics"), 30000);
        QCOMPARE(breachOf().budgetMs, 7.0);

        // Kept for the next start.
        {
            ServerRegistry next(nullptr, static_cast<CredentialStore *>(nullptr));
            QCOMPARE(next.budgetSettings().budget.classOverride(queryId), std::optional<QC>(QC::Analytics));
        }

        // The menu shows the choice; automatic goes back to the inferred class.
        offered.clear();
        checked.clear();
        pickQueryClass(QStringLiteral("automatic"), &offered, &checked);
        openMenuOnProbe();
        QCOMPARE(checked, QStringLiteral("analytics (budget 7 ms)"));
        QCOMPARE(registry.budgetSettings().budget.classOverride(queryId), std::nullopt);
        QTRY_COMPARE_WITH_TIMEOUT(breachOf().queryClass, QStringLiteral("simple"), 30000);
        calls.stop();
    }

private:
    QString m_uri;
};

int main(int argc, char *argv[])
{
    // Private settings: the overrides are saved there, never in the developer's own.
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("dbpulse-test"));
    QApplication::setApplicationName(QStringLiteral("tst_queriespage"));
    TestQueriesPage test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_queriespage.moc"
