#include "core/credentials/credentialstore.h"
#include "widgets/budgetdialog.h"
#include "models/serverregistry.h"

#include <QApplication>
#include <QDoubleSpinBox>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace dbpulse;
using QC = QueryBudget::QueryClass;

/// Editing budgets: the dialog's values, and the registry saving what it applies so the next
/// start (a new registry) uses it.
class TstBudgetDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dialogEditsKeepOverrides()
    {
        BudgetSettings start;
        start.budget.setClassOverride(11, QC::Analytics);
        BudgetDialog dialog(start);
        auto *simple = dialog.findChild<QDoubleSpinBox *>(QStringLiteral("simpleBudget"));
        auto *intervals = dialog.findChild<QSpinBox *>(QStringLiteral("alertIntervals"));
        QVERIFY(simple && intervals);
        QCOMPARE(simple->value(), 10.0);
        simple->setValue(42);
        intervals->setValue(9);
        const BudgetSettings edited = dialog.settings();
        QCOMPARE(edited.budget.budgetMs(QC::Simple), 42.0);
        QCOMPARE(edited.budget.budgetMs(QC::Bulk), 5000.0);
        QCOMPARE(edited.alertIntervals, 9);
        QCOMPARE(edited.budget.classOverride(11), std::optional<QC>(QC::Analytics));
    }

    void registrySavesWhatItApplies()
    {
        {
            ServerRegistry registry(nullptr, static_cast<CredentialStore *>(nullptr));
            QCOMPARE(registry.budgetSettings().alertIntervals, 3);
            QSignalSpy changed(&registry, &ServerRegistry::budgetSettingsChanged);
            BudgetSettings s = registry.budgetSettings();
            s.budget.setBudgetMs(QC::Complex, 250);
            s.alertIntervals = 5;
            registry.setBudgetSettings(s);
            registry.setQueryClassOverride(77, QC::Bulk);
            QCOMPARE(changed.count(), 2);
            QCOMPARE(registry.budgetSettings().budget.classOverride(77), std::optional<QC>(QC::Bulk));
        }
        ServerRegistry reopened(nullptr, static_cast<CredentialStore *>(nullptr));
        QCOMPARE(reopened.budgetSettings().budget.budgetMs(QC::Complex), 250.0);
        QCOMPARE(reopened.budgetSettings().alertIntervals, 5);
        QCOMPARE(reopened.budgetSettings().budget.classOverride(77), std::optional<QC>(QC::Bulk));
        reopened.setQueryClassOverride(77, std::nullopt);
        ServerRegistry third(nullptr, static_cast<CredentialStore *>(nullptr));
        QCOMPARE(third.budgetSettings().budget.classOverride(77), std::nullopt);
    }
};

int main(int argc, char *argv[])
{
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("dbpulse-test"));
    TstBudgetDialog test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_budgetdialog.moc"
