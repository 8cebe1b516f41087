#include "core/metrics/budgetsettings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace dbpulse;
using QC = QueryBudget::QueryClass;

/// The user's budgets survive a restart: class budgets, alert intervals and per-statement classes.
class TestBudgetSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsWhenNothingStored()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        const BudgetSettings s = BudgetSettings::load(settings);
        QCOMPARE(s.budget.budgetMs(QC::Simple), 10.0);
        QCOMPARE(s.budget.budgetMs(QC::Bulk), 5000.0);
        QCOMPARE(s.alertIntervals, 3);
        QVERIFY(s.budget.classOverrides().isEmpty());
    }

    void roundTrip()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("s.ini"));
        {
            BudgetSettings s;
            s.budget.setBudgetMs(QC::Simple, 25);
            s.budget.setBudgetMs(QC::Analytics, 2500);
            s.alertIntervals = 7;
            s.budget.setClassOverride(-4242424242LL, QC::Bulk); // queryids are signed 64-bit
            s.budget.setClassOverride(99, QC::Complex);
            QSettings settings(file, QSettings::IniFormat);
            s.save(settings);
        }
        QSettings settings(file, QSettings::IniFormat);
        const BudgetSettings s = BudgetSettings::load(settings);
        QCOMPARE(s.budget.budgetMs(QC::Simple), 25.0);
        QCOMPARE(s.budget.budgetMs(QC::Complex), 100.0);
        QCOMPARE(s.budget.budgetMs(QC::Analytics), 2500.0);
        QCOMPARE(s.alertIntervals, 7);
        QCOMPARE(s.budget.classOverride(-4242424242LL), std::optional<QC>(QC::Bulk));
        QCOMPARE(s.budget.classOverride(99), std::optional<QC>(QC::Complex));
    }

    void clearedOverrideIsGoneAfterSave()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        BudgetSettings s;
        s.budget.setClassOverride(5, QC::Analytics);
        s.save(settings);
        s.budget.setClassOverride(5, std::nullopt);
        s.save(settings);
        QCOMPARE(BudgetSettings::load(settings).budget.classOverride(5), std::nullopt);
    }

    void invalidValuesKeepDefaults()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("budgets/simpleMs"), QStringLiteral("fast"));
        settings.setValue(QStringLiteral("budgets/complexMs"), -5);
        settings.setValue(QStringLiteral("budgets/alertIntervals"), 0);
        settings.setValue(QStringLiteral("budgets/classOverrides/12"), QStringLiteral("huge"));
        settings.setValue(QStringLiteral("budgets/classOverrides/abc"), QStringLiteral("bulk"));
        const BudgetSettings s = BudgetSettings::load(settings);
        QCOMPARE(s.budget.budgetMs(QC::Simple), 10.0);
        QCOMPARE(s.budget.budgetMs(QC::Complex), 100.0);
        QCOMPARE(s.alertIntervals, 3);
        QVERIFY(s.budget.classOverrides().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBudgetSettings)
#include "tst_budgetsettings.moc"
