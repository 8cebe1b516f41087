#include "widgets/metricsfacts.h"

#include "core/io/datasize.h"
#include "core/metrics/lockgraph.h"
#include "models/freshness.h"
#include "models/metricsbudgetwatch.h"
#include "models/metricshistory.h"
#include "models/statustext.h"
#include "widgets/livelabel.h"
#include "widgets/themedstyle.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace dbpulse {

namespace {
constexpr double ConnectionAlertRatio = 0.8;
constexpr int TitleWidth = 118; // pixels: "Server" over "255.255.255.255:54321"

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


QLabel *caption(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text.toUpper(), parent);
    // Two lines rather than a page wider than the window: German's captions are half as long
    // again as English ones, and seven of them share a row.
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignLeft | Qt::AlignBottom);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 0.8);
    label->setFont(f);
    setTextRole(label, ThemeRole::SecondaryText);
    return label;
}

QLabel *scopeTitle(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QString perSecond(bool gap, double value)
{
    return gap ? QStringLiteral("—") : QLocale().toString(value, 'f', 1);
}
} // namespace

MetricsFacts::MetricsFacts(QWidget *parent)
    : QWidget(parent)
    , m_databaseTitle(scopeTitle(this))
    , m_serverTitle(scopeTitle(this))
    , m_connectionsCaption(caption(tr("Connections"), this))
    , m_connections(new LiveLabel(16, this))
    , m_transactions(new LiveLabel(9, this))
    , m_databaseStatements(new LiveLabel(9, this))
    , m_longestQuery(new LiveLabel(9, this))
    , m_longestTransaction(new LiveLabel(9, this))
    , m_cacheHit(new LiveLabel(8, this))
    , m_serverConnections(new LiveLabel(14, this))
    , m_serverTransactions(new LiveLabel(9, this))
    , m_serverStatements(new LiveLabel(9, this))
    , m_checkpoints(new LiveLabel(6, this))
    , m_wal(new LiveLabel(11, this))
    , m_oldestTransaction(new LiveLabel(9, this))
    , m_blocking(new LiveLabel(22, this))
    , m_statements(new LiveLabel(90, this))
    , m_budget(new QLabel(this))
    , m_staleNote(new QLabel(this))
{
    setObjectName(QStringLiteral("metricsFacts"));
    m_databaseTitle->setObjectName(QStringLiteral("databaseScopeTitle"));
    m_serverTitle->setObjectName(QStringLiteral("serverScopeTitle"));
    // Each scope in a box of its own, so a server view can hide the database's whole; both boxes
    // have seven equal columns, so their figures line up.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_databaseBox = new QWidget(this);
    m_databaseBox->setObjectName(QStringLiteral("databaseFacts"));
    auto *serverBox = new QWidget(this);
    layout->addWidget(m_databaseBox);
    layout->addWidget(serverBox);
    m_databaseTitle->setParent(m_databaseBox);
    m_serverTitle->setParent(serverBox);
    addRow(m_databaseBox, m_databaseTitle,
           {m_connectionsCaption, caption(tr("Transactions/s"), this), caption(tr("Statements/s"), this),
            caption(tr("Longest query"), this), caption(tr("Longest transaction"), this),
            caption(tr("Cache hit (tables)"), this)},
           {m_connections, m_transactions, m_databaseStatements, m_longestQuery, m_longestTransaction, m_cacheHit});
    addRow(serverBox, m_serverTitle,
           {caption(tr("Connections / max_connections"), this), caption(tr("Transactions/s"), this),
            caption(tr("Statements/s"), this), caption(tr("Checkpoints"), this), caption(tr("WAL written/s"), this),
            caption(tr("Oldest transaction"), this), caption(tr("Lock waits"), this)},
           {m_serverConnections, m_serverTransactions, m_serverStatements, m_checkpoints, m_wal,
            m_oldestTransaction, m_blocking});
    m_budget->setWordWrap(true);
    // Rich text for the edit link; statement texts in it are escaped.
    m_budget->setTextFormat(Qt::RichText);
    m_budget->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    connect(m_budget, &QLabel::linkActivated, this, &MetricsFacts::editBudgetsRequested);
    layout->addSpacing(2);
    layout->addWidget(m_statements);
    layout->addWidget(m_budget);
    m_staleNote->setObjectName(QStringLiteral("staleNote"));
    setTextRole(m_staleNote, ThemeRole::WarningText, QStringLiteral("font-style: italic"));
    m_staleNote->setVisible(false);
    layout->addWidget(m_staleNote);
    setScopeNames({}, {});
    update(nullptr, nullptr);
}

void MetricsFacts::addRow(QWidget *box, QLabel *title, const QList<QLabel *> &captions,
                          const QList<LiveLabel *> &values)
{
    // The scope's name on the left of its figures, on their two lines: no line of its own, so
    // the charts keep their room at 720 pixels.
    constexpr int Columns = 7;
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setVerticalSpacing(0);
    title->setFixedWidth(TitleWidth);
    grid->addWidget(title, 0, 0, 2, 1, Qt::AlignTop);
    for (int i = 0; i < captions.size(); ++i) {
        captions.at(i)->setParent(box);
        values.at(i)->setParent(box);
        grid->addWidget(captions.at(i), 0, i + 1);
        grid->addWidget(values.at(i), 1, i + 1);
    }
    for (int i = 1; i <= Columns; ++i)
        grid->setColumnStretch(i, 1);
}

void MetricsFacts::setScopeNames(const QString &database, const QString &server)
{
    const QFontMetrics metrics(m_databaseTitle->font());
    const auto twoLines = [&metrics](const QString &what, const QString &name) {
        return name.isEmpty() ? what : what + QLatin1Char('\n') + metrics.elidedText(name, Qt::ElideMiddle, TitleWidth);
    };
    const QString db = twoLines(tr("Database"), database);
    const QString srv = twoLines(tr("Server"), server);
    if (m_databaseTitle->text() != db) {
        m_databaseTitle->setText(db);
        m_databaseTitle->setToolTip(tr("The figures of database %1 only").arg(database));
    }
    if (m_serverTitle->text() != srv) {
        m_serverTitle->setText(srv);
        m_serverTitle->setToolTip(tr("The figures of the whole server %1: every database on it").arg(server));
    }
}

void MetricsFacts::setServerOnly(bool serverOnly)
{
    m_serverOnly = serverOnly;
    m_databaseBox->setVisible(!serverOnly);
    m_statements->setVisible(!serverOnly);
    m_budget->setVisible(!serverOnly);
}

void MetricsFacts::update(const MetricsHistory *history, const MetricsBudgetWatch *budgets,
                          const StatementText &statementText, const Freshness &freshness,
                          const MetricsHistory *serverHistory)
{
    const QString dash = QStringLiteral("—");
    m_stale = freshness.stale;
    const QList<LiveLabel *> values{m_connections, m_transactions, m_databaseStatements, m_longestQuery, m_longestTransaction,
                                    m_cacheHit, m_serverConnections, m_serverTransactions, m_serverStatements,
                                    m_checkpoints, m_wal, m_oldestTransaction, m_blocking};
    for (LiveLabel *l : values)
        l->setEnabled(!m_stale); // a disabled LiveLabel paints in the palette's dimmed colour
    m_statements->setEnabled(!m_stale);
    if (!history || history->isEmpty()) {
        for (LiveLabel *l : values)
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
    m_transactions->setText(perSecond(s.gap, s.rates.transactionsPerSecond));
    m_databaseStatements->setText(s.statementsAvailable ? perSecond(s.statementsGap, s.statementsPerSecond)
                                                        : QStringLiteral("—"));
    m_longestQuery->setText(seconds(s.longestQuerySeconds));
    m_longestTransaction->setText(seconds(s.longestTransactionSeconds));
    m_cacheHit->setText(s.cacheHitRatio.table ? QLocale().toString(*s.cacheHitRatio.table * 100.0, 'f', 1)
                                                    + QLatin1Char('%')
                                              : dash);
    const MetricsSample &server = serverHistory && !serverHistory->isEmpty() ? serverHistory->latest() : s;
    updateServer(server);
    updateBlocking(server);
    updateStatements(s);
    updateBudgets(s, budgets, statementText);
}

QString MetricsFacts::alert(const QString &text) const
{
    // Red means "act now": not for a figure that may no longer be true.
    return m_stale ? text : QStringLiteral("<b style='color:%1'>%2</b>").arg(theme::color(ThemeRole::CriticalText).name(), text);
}

void MetricsFacts::updateConnections(const MetricsSample &s)
{
    // The database's max is its own CONNECTION LIMIT when lower than max_connections (the
    // collector's rule); otherwise the server's limit is the one that applies, shown in its row.
    const ConnectionCounts &c = s.connections;
    const bool ownLimit = c.max > 0 && s.server.connections.max > 0 && c.max < s.server.connections.max;
    const QString captionText = (ownLimit ? tr("Connections / its limit") : tr("Connections (no own limit)")).toUpper();
    if (m_connectionsCaption->text() != captionText)
        m_connectionsCaption->setText(captionText);
    QString conn = ownLimit ? tr("%1 / %2 (%3%)").arg(c.total).arg(c.max).arg(qRound(c.usedRatio() * 100))
                            : QString::number(c.total);
    const bool near = ownLimit && c.usedRatio() > ConnectionAlertRatio;
    if (near)
        conn = alert(QStringLiteral("⚠ ") + conn);
    m_connections->setText(conn);
    m_connections->setToolTip(near ? tr("Client connections to %1, against its CONNECTION LIMIT of %2: new clients "
                                        "may soon be refused").arg(s.database).arg(c.max)
                              : ownLimit ? tr("Client connections to %1, against its CONNECTION LIMIT of %2")
                                             .arg(s.database).arg(c.max)
                                       : tr("Client connections to %1 (DB Pulse's one included). It has no "
                                            "CONNECTION LIMIT of its own: the server's max_connections applies.")
                                             .arg(s.database));
}

void MetricsFacts::updateServer(const MetricsSample &s)
{
    const ServerFigures &server = s.server;
    const ConnectionCounts &c = server.connections;
    const double used = c.usedRatio();
    QString conn = c.max > 0 ? tr("%1 / %2 (%3%)").arg(c.total).arg(c.max).arg(qRound(used * 100))
                             : QString::number(c.total);
    if (used > ConnectionAlertRatio)
        conn = alert(QStringLiteral("⚠ ") + conn);
    m_serverConnections->setText(conn);
    m_serverConnections->setToolTip(used > ConnectionAlertRatio
                                        ? tr("Above 80% of max_connections: new clients may soon be refused")
                                        : tr("Client connections to every database of the server, against max_connections"));
    m_serverTransactions->setText(perSecond(server.gap, server.rates.transactionsPerSecond));
    m_serverStatements->setText(s.statementsAvailable ? perSecond(s.statementsGap, server.statementsPerSecond)
                                                      : QStringLiteral("—"));
    m_checkpoints->setText(server.gap || !server.checkpoints ? QStringLiteral("—")
                                                             : QString::number(*server.checkpoints));
    m_checkpoints->setToolTip(tr("Checkpoints during the last interval"));
    m_wal->setText(server.gap ? QStringLiteral("—")
                              : tr("%1/s").arg(formatDataSize(qint64(server.walBytesPerSecond), QLocale())));
    m_oldestTransaction->setText(seconds(server.longestTransactionSeconds));
    m_oldestTransaction->setToolTip(tr("The oldest open transaction in any database of the server"));
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
    const QMap<QString, int> &waiting = s.server.connections.waitingByType; // the lock graph is the server's
    for (auto it = waiting.cbegin(); it != waiting.cend(); ++it)
        byType << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    m_blocking->setToolTip(tr("Sessions waiting on a lock another session holds (pg_blocking_pids), and root "
                              "blockers: sessions that block others and wait on nobody.\n"
                              "All active sessions waiting now, by wait event type: %1")
                               .arg(byType.isEmpty() ? tr("none") : byType.join(QStringLiteral(", "))));
}

void MetricsFacts::updateStatements(const MetricsSample &s)
{
    if (!s.statementsAvailable) {
        m_statements->setVisible(!m_serverOnly);
        setTextRole(m_statements, ThemeRole::WarningText);
        m_statements->setText(tr("Statement latency unavailable: %1")
                                  .arg(s.statementsProblem.isEmpty() ? tr("pg_stat_statements is not readable.")
                                                                     : s.statementsProblem));
    } else {
        setTextRole(m_statements, ThemeRole::SecondaryText);
        // Said only when it is not the usual: the figures above carry the rest.
        m_statements->setVisible(!m_serverOnly && s.statementsGap);
        m_statements->setText(s.statementsGap
                                  ? tr("pg_stat_statements: this interval is a gap (%1)").arg(s.statementsGapReason)
                                  : m_stale
                                  ? tr("pg_stat_statements: %n statement(s) ran in %1 in the last interval before "
                                       "contact was lost", nullptr, s.databaseStatementCount()).arg(s.database)
                                  : tr("pg_stat_statements: %n statement(s) ran in %1 in the last interval; "
                                       "latency percentiles are estimates",
                                       nullptr, s.databaseStatementCount()).arg(s.database));
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
        setTextRole(m_budget, ThemeRole::OkText);
        m_budget->setText(tr("Budgets: all statements within budget now · %1").arg(window) + editLink());
        return;
    }
    const BudgetBreach *worst = &s.budgetBreaches.first();
    for (const BudgetBreach &b : s.budgetBreaches) {
        if (b.p95Ms / std::max(b.budgetMs, 1e-9) > worst->p95Ms / std::max(worst->budgetMs, 1e-9))
            worst = &b;
    }
    const QString text = statementText ? statementText(worst->queryId) : QString();
    const QString what = text.isEmpty() ? tr("query %1").arg(worst->queryId) : tr("“%1”").arg(text);
    setTextRole(m_budget, ThemeRole::CriticalText);
    // One substitution: the statement's text may hold "%1".
    //: %1 is a query class (e.g. "OLTP"), %2 the statement's text or "query 123", %6 the burn rate
    m_budget->setText(tr("Budgets: %n statement(s) over budget now — worst: %1 %2, p95 %3 ms vs %4 ms (streak %5) · %6",
                         nullptr, int(s.budgetBreaches.size()))
                            .arg(worst->queryClass, what.toHtmlEscaped(), QString::number(worst->p95Ms, 'f', 1),
                                 QString::number(worst->budgetMs, 'f', 0),
                                 QString::number(budgets->streak(worst->queryId)), window)
                      + editLink());
}

QString MetricsFacts::staleText() const { return m_stale ? m_staleNote->text() : QString(); }
QString MetricsFacts::connectionsText() const { return m_connections->text(); }
QString MetricsFacts::connectionsCaption() const { return m_connectionsCaption->text(); }
QString MetricsFacts::serverConnectionsText() const { return m_serverConnections->text(); }
QString MetricsFacts::serverTransactionsText() const { return m_serverTransactions->text(); }
QString MetricsFacts::databaseTransactionsText() const { return m_transactions->text(); }
QString MetricsFacts::databaseTitle() const { return m_databaseTitle->text(); }
QString MetricsFacts::serverTitle() const { return m_serverTitle->text(); }
QString MetricsFacts::statementsText() const { return m_statements->text(); }
QString MetricsFacts::budgetText() const { return m_budget->text(); }
QString MetricsFacts::blockingText() const { return m_blocking->text(); }

} // namespace dbpulse
