#include "widgets/metricsfacts.h"

#include "core/metrics/lockgraph.h"
#include "models/freshness.h"
#include "models/metricsbudgetwatch.h"
#include "models/metricshistory.h"
#include "models/statustext.h"
#include "widgets/livelabel.h"
#include "widgets/styleupdate.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>

namespace dbpulse {

namespace {
constexpr double ConnectionAlertRatio = 0.8;

QString editLink()
{
    return QStringLiteral(" · <a href=\"edit\">%1</a>").arg(MetricsFacts::tr("Edit budgets…"));
}

QString seconds(const std::optional<double> &value)
{
    if (!value)
        return QStringLiteral("—");
    if (*value < 60)
        return QLocale().toString(*value, 'f', 1) + QStringLiteral(" s");
    return formatDuration(qint64(*value));
}
} // namespace

MetricsFacts::MetricsFacts(QWidget *parent)
    : QWidget(parent)
    , m_connections(new LiveLabel(16, this))
    , m_longestQuery(new LiveLabel(10, this))
    , m_longestTransaction(new LiveLabel(10, this))
    , m_blocking(new LiveLabel(26, this))
    , m_statements(new LiveLabel(90, this))
    , m_budget(new QLabel(this))
    , m_staleNote(new QLabel(this))
{
    setObjectName(QStringLiteral("metricsFacts"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setVerticalSpacing(0);
    const QStringList captions{tr("Connections"), tr("Longest query"), tr("Longest transaction"),
                               tr("Lock waits")};
    const QList<LiveLabel *> values{m_connections, m_longestQuery, m_longestTransaction, m_blocking};
    for (int i = 0; i < captions.size(); ++i) {
        auto *caption = new QLabel(captions.at(i).toUpper(), this);
        QFont f = caption->font();
        f.setPointSizeF(f.pointSizeF() * 0.8);
        caption->setFont(f);
        caption->setStyleSheet(QStringLiteral("color: #5f6368"));
        grid->addWidget(caption, 0, i);
        grid->addWidget(values.at(i), 1, i);
        grid->setColumnStretch(i, 1);
    }
    m_budget->setWordWrap(true);
    // Rich text for the edit link; statement texts in it are escaped.
    m_budget->setTextFormat(Qt::RichText);
    m_budget->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    connect(m_budget, &QLabel::linkActivated, this, &MetricsFacts::editBudgetsRequested);
    grid->addWidget(m_statements, 2, 0, 1, 4);
    grid->addWidget(m_budget, 3, 0, 1, 4);
    m_staleNote->setObjectName(QStringLiteral("staleNote"));
    m_staleNote->setStyleSheet(QStringLiteral("color: #8a4b00; font-style: italic"));
    m_staleNote->setVisible(false);
    grid->addWidget(m_staleNote, 4, 0, 1, 4);
    update(nullptr, nullptr);
}

void MetricsFacts::update(const MetricsHistory *history, const MetricsBudgetWatch *budgets,
                          const StatementText &statementText, const Freshness &freshness)
{
    const QString dash = QStringLiteral("—");
    m_stale = freshness.stale;
    for (LiveLabel *l : {m_connections, m_longestQuery, m_longestTransaction, m_blocking, m_statements})
        l->setEnabled(!m_stale); // a disabled LiveLabel paints in the palette's dimmed colour
    if (!history || history->isEmpty()) {
        for (LiveLabel *l : {m_connections, m_longestQuery, m_longestTransaction, m_blocking})
            l->setText(dash);
        m_statements->clear();
        m_budget->clear();
        m_staleNote->setVisible(false);
        return;
    }
    // Last known figures stay on screen during an outage, dimmed and dated, never as current.
    m_staleNote->setVisible(m_stale);
    if (m_stale)
        m_staleNote->setText(tr("Last known figures, %1 — not current").arg(freshness.asOfText()));
    const MetricsSample &s = history->latest();
    updateConnections(s);
    m_longestQuery->setText(seconds(s.longestQuerySeconds));
    m_longestTransaction->setText(seconds(s.longestTransactionSeconds));
    updateBlocking(s);
    updateStatements(s);
    updateBudgets(s, budgets, statementText);
}

QString MetricsFacts::alert(const QString &text) const
{
    // Red means "act now": not for a figure that may no longer be true.
    return m_stale ? text : QStringLiteral("<b style='color:#c5221f'>%1</b>").arg(text);
}

void MetricsFacts::updateConnections(const MetricsSample &s)
{
    const ConnectionCounts &c = s.connections;
    const double used = c.usedRatio();
    QString conn = c.max > 0 ? tr("%1 / %2 (%3%)").arg(c.total).arg(c.max).arg(qRound(used * 100))
                             : QString::number(c.total);
    if (used > ConnectionAlertRatio)
        conn = alert(QStringLiteral("⚠ ") + conn);
    m_connections->setText(conn);
    m_connections->setToolTip(used > ConnectionAlertRatio
                                  ? tr("Above 80% of max_connections: new clients may soon be refused")
                                  : QString());
}

void MetricsFacts::updateBlocking(const MetricsSample &s)
{
    // Counted from pg_blocking_pids (LockGraph): a waiter that also blocks is not a root.
    const LockGraph locks(s.blocking);
    m_blocking->setText(locks.waitingCount() == 0
                            ? tr("none")
                            : alert(tr("%n waiting", nullptr, locks.waitingCount()) + QStringLiteral(" · ")
                                    + tr("%n root blocker(s)", nullptr, locks.rootBlockerCount())));
    QStringList byType;
    for (auto it = s.connections.waitingByType.cbegin(); it != s.connections.waitingByType.cend(); ++it)
        byType << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    m_blocking->setToolTip(tr("Sessions waiting on a lock another session holds (pg_blocking_pids), and root "
                              "blockers: sessions that block others and wait on nobody.\n"
                              "All active sessions waiting now, by wait event type: %1")
                               .arg(byType.isEmpty() ? tr("none") : byType.join(QStringLiteral(", "))));
}

void MetricsFacts::updateStatements(const MetricsSample &s)
{
    if (!s.statementsAvailable) {
        setStyleSheetIfChanged(m_statements, QStringLiteral("color: #8a4b00"));
        m_statements->setText(tr("Statement latency unavailable: %1")
                                  .arg(s.statementsProblem.isEmpty() ? tr("pg_stat_statements is not readable.")
                                                                     : s.statementsProblem));
    } else {
        setStyleSheetIfChanged(m_statements, QStringLiteral("color: #5f6368"));
        m_statements->setText(s.statementsGap
                                  ? tr("pg_stat_statements: this interval is a gap (%1)").arg(s.statementsGapReason)
                                  : m_stale
                                  ? tr("pg_stat_statements: %n statement(s) ran in the last interval before "
                                       "contact was lost", nullptr, int(s.statements.size()))
                                  : tr("pg_stat_statements: %n statement(s) ran in the last interval; "
                                       "latency percentiles are estimates",
                                       nullptr, int(s.statements.size())));
    }
    m_statements->setToolTip(m_statements->text()); // the line is elided in a narrow window
}

void MetricsFacts::updateBudgets(const MetricsSample &s, const MetricsBudgetWatch *budgets,
                                 const StatementText &statementText)
{
    if (!s.statementsAvailable || !budgets || m_stale) {
        m_budget->clear(); // "over budget now" is not known while the server cannot be read
        return;
    }
    const int burn = qRound(budgets->burnRate() * 100);
    const QString window = tr("%1 of the last %n interval(s) over budget", nullptr, budgets->measuredIntervals())
                               .arg(QString::number(burn) + QLatin1Char('%'));
    if (s.budgetBreaches.isEmpty()) {
        setStyleSheetIfChanged(m_budget, QStringLiteral("color: #1e6b34"));
        m_budget->setText(tr("Budgets: all statements within budget now · %1").arg(window) + editLink());
        return;
    }
    const BudgetBreach *worst = &s.budgetBreaches.first();
    for (const BudgetBreach &b : s.budgetBreaches) {
        if (b.p95Ms / std::max(b.budgetMs, 1e-9) > worst->p95Ms / std::max(worst->budgetMs, 1e-9))
            worst = &b;
    }
    const QString text = statementText ? statementText(worst->queryId) : QString();
    const QString what = text.isEmpty() ? tr("query %1").arg(worst->queryId) : QStringLiteral("“%1”").arg(text);
    setStyleSheetIfChanged(m_budget, QStringLiteral("color: #c5221f"));
    m_budget->setText(tr("Budgets: %n statement(s) over budget now", nullptr, int(s.budgetBreaches.size()))
                      // One substitution: the statement's text may hold "%1".
                      + tr(" — worst: %1 %2, p95 %3 ms vs %4 ms (streak %5) · %6")
                            .arg(worst->queryClass, what.toHtmlEscaped(), QString::number(worst->p95Ms, 'f', 1),
                                 QString::number(worst->budgetMs, 'f', 0),
                                 QString::number(budgets->streak(worst->queryId)), window)
                      + editLink());
}

QString MetricsFacts::staleText() const { return m_stale ? m_staleNote->text() : QString(); }
QString MetricsFacts::connectionsText() const { return m_connections->text(); }
QString MetricsFacts::statementsText() const { return m_statements->text(); }
QString MetricsFacts::budgetText() const { return m_budget->text(); }
QString MetricsFacts::blockingText() const { return m_blocking->text(); }

} // namespace dbpulse
