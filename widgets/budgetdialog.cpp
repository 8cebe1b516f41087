#include "widgets/budgetdialog.h"

#include "models/serverregistry.h"
#include "widgets/themedstyle.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace dbpulse {

namespace {
QString classLabel(QueryBudget::QueryClass c)
{
    switch (c) {
    case QueryBudget::QueryClass::Simple:
        return BudgetDialog::tr("Simple (single-table reads and writes):");
    case QueryBudget::QueryClass::Complex:
        return BudgetDialog::tr("Complex (joins, subqueries, CTEs):");
    case QueryBudget::QueryClass::Analytics:
        return BudgetDialog::tr("Analytics (aggregates, GROUP BY, windows):");
    case QueryBudget::QueryClass::Bulk:
        return BudgetDialog::tr("Bulk (COPY, INSERT … SELECT, maintenance):");
    }
    return {};
}
} // namespace

BudgetDialog::BudgetDialog(const BudgetSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_intervals(new QSpinBox(this))
{
    setObjectName(QStringLiteral("budgetDialog"));
    setWindowTitle(tr("Performance budgets"));
    auto *intro = new QLabel(tr("A statement breaks its budget when its estimated p95 latency in an interval "
                                "is above its class's budget."),
                             this);
    intro->setWordWrap(true);

    auto *form = new QFormLayout;
    const QueryBudget defaults;
    for (QueryBudget::QueryClass c : QueryBudget::allClasses()) {
        auto *box = new QDoubleSpinBox(this);
        box->setObjectName(QueryBudget::className(c) + QStringLiteral("Budget"));
        box->setRange(0.1, 3600000);
        box->setDecimals(1);
        box->setSuffix(tr(" ms"));
        box->setValue(settings.budget.budgetMs(c));
        box->setToolTip(tr("Default %1 ms").arg(defaults.budgetMs(c)));
        form->addRow(classLabel(c), box);
        m_budgets.insert(c, box);
    }
    m_intervals->setObjectName(QStringLiteral("alertIntervals"));
    m_intervals->setRange(1, 3600);
    m_intervals->setValue(settings.alertIntervals);
    const auto intervalsSuffix = [this](int n) {
        //: The suffix after a number of intervals: "3 intervals in a row"
        m_intervals->setSuffix(tr(" interval(s) in a row", nullptr, n));
    };
    intervalsSuffix(m_intervals->value());
    connect(m_intervals, &QSpinBox::valueChanged, this, intervalsSuffix);
    form->addRow(tr("Alert after:"), m_intervals);

    const qsizetype overrides = settings.budget.classOverrides().size();
    auto *overridesNote = new QLabel(
        overrides == 0 ? tr("Statement classes are inferred from their text; override one from the Queries "
                            "page (right-click ▸ Query class).")
                       : tr("%n statement(s) have a class chosen on the Queries page.", nullptr, int(overrides)),
        this);
    overridesNote->setWordWrap(true);
    setTextRole(overridesNote, ThemeRole::SecondaryText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel
                                             | QDialogButtonBox::RestoreDefaults,
                                         this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] {
        const BudgetSettings defaults;
        for (QueryBudget::QueryClass c : QueryBudget::allClasses())
            setBudgetMs(c, defaults.budget.budgetMs(c));
        setAlertIntervals(defaults.alertIntervals);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(overridesNote);
    layout->addWidget(buttons);
}

void BudgetDialog::edit(ServerRegistry *servers, QWidget *parent)
{
    auto *dialog = new BudgetDialog(servers->budgetSettings(), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QDialog::accepted, servers,
                     [servers, dialog] { servers->setBudgetSettings(dialog->settings()); });
    dialog->open();
}

BudgetSettings BudgetDialog::settings() const
{
    BudgetSettings s = m_settings;
    for (auto it = m_budgets.cbegin(); it != m_budgets.cend(); ++it)
        s.budget.setBudgetMs(it.key(), it.value()->value());
    s.alertIntervals = m_intervals->value();
    return s;
}

void BudgetDialog::setBudgetMs(QueryBudget::QueryClass queryClass, double ms)
{
    if (QDoubleSpinBox *box = m_budgets.value(queryClass))
        box->setValue(ms);
}

void BudgetDialog::setAlertIntervals(int intervals)
{
    m_intervals->setValue(intervals);
}

} // namespace dbpulse
