#pragma once

#include "core/db/connectionstate.h"
#include "core/db/target.h"
#include "core/jobs/jobslot.h"
#include "core/metrics/querybudget.h"
#include "core/metrics/statementhistory.h"
#include "models/activityhistory.h"
#include "models/metricsbudgetwatch.h"
#include "models/metricshistory.h"
#include "models/sqlitehistory.h"

#include <QHash>
#include <QSet>
#include <QObject>
#include <memory>

namespace dbpulse {

class ServerMonitor;

/// \brief Everything DB Pulse keeps about one server: its running ServerMonitor (while
/// connected) with the password it was opened with, and what outlives the session so the
/// dashboard still shows the last facts and samples — ServerInfo, the activity and metrics
/// histories, the budget watch, the statement texts asked for. Owned by ServerRegistry; deleting
/// it forgets the server entirely. GUI thread.
class ServerState : public QObject
{
    Q_OBJECT
public:
    explicit ServerState(int alertIntervals, QObject *parent = nullptr);
    ~ServerState() override;

    /// Live from connect until disconnect, also while the password is being fetched or after the
    /// session failed (it can then be restarted).
    bool isLive() const { return m_live; }
    /// Drops any session and becomes live as \a generation, waiting for startSession().
    void beginConnect(quint64 generation);
    quint64 generation() const { return m_generation; }
    /// Starts monitoring \a target with \a password (and the client key's passphrase \a sslPassword,
    /// memory only), judging statements by \a budget. A non-empty
    /// \a historyPath records its samples there (then wantsHistory() until loadHistory()).
    void startSession(const Target &target, const QString &password, const QString &sslPassword,
                      const QueryBudget &budget, const QString &historyPath);
    /// Whether the stored history was not read back yet (first session with a history file).
    bool wantsHistory() const;
    /// Reads the stored last 24 h back in front of the histories, as a Job; historyLoadFinished()
    /// follows. ServerRegistry runs one at a time: each is seconds of CPU.
    void loadHistory();
    /// Stops the session (joining its thread) and is no longer live; the histories stay.
    void endSession();
    bool hasSession() const { return m_session != nullptr; }
    const Target &target() const { return m_target; }
    /// The password of the running session, memory only; for one-shot admin connections.
    const QString &password() const { return m_password; }
    /// The client key's passphrase of the running session (memory only), empty when none.
    const QString &sslPassword() const { return m_sslPassword; }
    bool isPrompting() const { return m_prompting; }
    void setPrompting(bool prompting) { m_prompting = prompting; }
    /// The user declined to type a password for this session: a session that keeps reconnecting
    /// does not ask again until the next connect.
    bool passwordDeclined() const { return m_passwordDeclined; }
    void setPasswordDeclined() { m_passwordDeclined = true; }

    const ServerInfo &serverInfo() const { return m_info; }
    const ActivityHistory &activity() const { return m_activity; }
    const MetricsHistory &metrics() const { return m_metrics; }
    const SqliteHistory &sqlite() const { return m_sqlite; }
    const MetricsBudgetWatch &budgetWatch() const { return m_budgetWatch; }
    /// Every statement interval this app saw of the server, in bounded tiers (the Queries page's ranges).
    const StatementHistory &statements() const { return m_statements; }
    /// The history file the session records in; empty when none.
    const QString &historyPath() const { return m_historyPath; }

    /// See ServerRegistry::statementSummary().
    QString statementSummary(qint64 queryId);
    /// Asks the server for these statements' texts (queryTextsFetched()); asked while not
    /// connected (statements read back from the history file show before the connection is
    /// open), they are asked once it is.
    void fetchQueryTexts(const QList<qint64> &queryIds);
    /// While reconnecting, tries again now.
    void retryNow();
    void setBudget(const QueryBudget &budget, int alertIntervals);

Q_SIGNALS:
    void statusChanged(const dbpulse::ConnectionStatus &status);
    void serverInfoChanged();
    void activityAppended();
    void metricsAppended();
    void sqliteAppended();
    void historyLoaded();
    /// loadHistory() is done, whether or not anything was stored.
    void historyLoadFinished();
    void queryTextsFetched(const QHash<qint64, QString> &texts);
    void budgetAlertRaised(const dbpulse::BudgetAlert &alert, const QString &text);

private:
    /// A history file read back and made into entries on a pool thread (loadHistory()).
    struct StoredHistory
    {
        int count = 0; ///< stored points read
        std::shared_ptr<MetricsHistory::Prepared> metrics;   // shared: a Job hands results out as const
        std::shared_ptr<ActivityHistory::Prepared> activity;
    };

    void connectSession();
    void onStatus(const ConnectionStatus &status);
    void onActivity(const ActivitySample &sample);
    void onMetrics(const MetricsSample &sample);
    void onQueryTexts(const QHash<qint64, QString> &texts);
    void markGaps();

    std::unique_ptr<ServerMonitor> m_session; // null while the password is fetched, or disconnected
    Target m_target;
    QString m_password;                       // memory only
    QString m_sslPassword;                    // the client key's passphrase; memory only
    quint64 m_generation = 0;                 // drops late credential callbacks
    bool m_live = false;
    bool m_prompting = false;
    bool m_passwordDeclined = false;
    bool m_sampled = false;                   // a live activity sample has arrived
    bool m_historyRead = false;               // the stored history was (being) read
    bool m_connected = false;                 // the session's connection is open now
    QSet<qint64> m_pendingTexts;              // texts asked for while not connected

    ServerInfo m_info;
    ActivityHistory m_activity;
    MetricsHistory m_metrics;
    SqliteHistory m_sqlite;
    MetricsBudgetWatch m_budgetWatch;
    StatementHistory m_statements;
    QString m_historyPath;
    QHash<qint64, QString> m_summaries;       // an empty value: asked for, not here yet
    JobSlot m_historyLoad{this};
};

} // namespace dbpulse
