#pragma once

#include "core/db/connectionprofile.h"
#include "core/db/connectionstate.h"
#include "core/db/target.h"
#include "core/jobs/jobslot.h"
#include "core/metrics/budgetsettings.h"
#include "core/metrics/statementhistory.h"
#include "models/activityhistory.h"
#include "models/metricsbudgetwatch.h"
#include "models/metricshistory.h"
#include "models/servercontext.h"
#include "models/sqlitehistory.h"

#include <map>
#include <memory>
#include <optional>

namespace dbpulse {

class ConnectionListModel;
class CredentialBroker;
class CredentialStore;
class ProfileStore;
class ServerState;

/// \brief The servers the dashboard knows: the list model of saved and ad-hoc connections, and
/// one ServerState per server that was connected (its session, histories, budget watch, texts).
/// Passwords come through its CredentialBroker. Removing a server deletes its one state object.
/// GUI thread. Destroying it destroys the sessions, joining their threads.
class ServerRegistry : public ServerContexts
{
    Q_OBJECT
public:
    /// Takes \a profiles (may be nullptr: no saved connections, e.g. tests) and uses the system
    /// keychain.
    explicit ServerRegistry(ProfileStore *profiles, QObject *parent = nullptr);
    /// Uses \a keychain instead of the system keychain (tests). Not owned: it must outlive the
    /// registry. nullptr means "no keychain at all".
    ServerRegistry(ProfileStore *profiles, CredentialStore *keychain, QObject *parent = nullptr);
    ~ServerRegistry() override;

    ConnectionListModel *model() const { return m_model; }
    ProfileStore *profileStore() const { return m_profiles; }
    CredentialBroker *credentials() const { return m_credentials; }

    /// Adds an ad-hoc target and returns its key (not connected yet).
    QString addTarget(const Target &target);
    /// Adds a row with no target yet, shown as connecting with \a note.
    QString addPlaceholder(const QString &name, const QString &note);
    void resolvePlaceholder(const QString &key, const Target &target);
    void failPlaceholder(const QString &key, const QString &error);

    void connectTo(const QString &key);
    void disconnectFrom(const QString &key);
    void disconnectAll();
    /// While \a key's session waits to reconnect, tries again now instead of at the end of the delay.
    void retryNow(const QString &key);
    bool isActive(const QString &key) const;
    /// Removes a saved profile (and its stored password) or an ad-hoc row, and all state of it.
    void remove(const QString &key);
    /// Saves \a profile (renaming \a oldName when set). A non-empty \a password, and a non-empty
    /// client key passphrase \a sslPassword (under its own key, Target::sslPasswordKey()), go to
    /// the keychain when \a inKeychain and one is available, otherwise to this session's memory.
    /// Neither is ever written to the profile.
    void saveProfile(const QString &oldName, const ConnectionProfile &profile,
                     const QString &password, bool inKeychain, const QString &sslPassword = {});

    ConnectionStatus status(const QString &key) const;
    ServerInfo serverInfo(const QString &key) const;
    /// \a key's histories and budget watch, kept after disconnecting; nullptr if never connected.
    const ActivityHistory *history(const QString &key) const;
    const MetricsHistory *metricsHistory(const QString &key) const;
    const MetricsBudgetWatch *budgetWatch(const QString &key) const;
    /// \a key's statement intervals seen by this app (bounded tiers); nullptr if never connected.
    const StatementHistory *statementHistory(const QString &key) const;
    /// The history file \a key's session records in (and the Queries page reads ranges from);
    /// empty when nothing is recorded.
    QString historyPath(const QString &key) const;
    /// \a key's SQLite file figures (empty for PostgreSQL); nullptr if never connected.
    const SqliteHistory *sqliteHistory(const QString &key) const;
    /// Whether anything is kept about \a key (it was connected and not removed since).
    bool hasState(const QString &key) const { return m_servers.count(key) > 0; }
    /// Keys with a running session, in the list model's order.
    QStringList liveKeys() const;
    /// The start of statement \a queryId's text on \a key's server, on one line and cut, for
    /// labels; empty until it has been fetched (asked for once, announced by queryTextsFetched()).
    QString statementSummary(const QString &key, qint64 queryId);
    /// Asks \a key's session for statement texts; answered by queryTextsFetched().
    void fetchQueryTexts(const QString &key, const QList<qint64> &queryIds);

    ServerContext context(const QString &key) const override;
    QString livePassword(const Target &target) const override;

    /// Records every PostgreSQL session's samples in a file per server under \a directory, and
    /// on the first connect reads the last 24 h back (as a Job) into its histories, so the
    /// charts reach back past the app's start. Empty (the default) records nothing. Set it before
    /// connecting; history files of servers not seen for the retention period are deleted.
    void setHistoryDirectory(const QString &directory);
    QString historyDirectory() const { return m_historyDirectory; }
    /// Budgets, class overrides and the alert's intervals in a row: applied live to every session
    /// and budget watch, and saved in QSettings, where the next registry starts from.
    void setBudgetSettings(const BudgetSettings &settings);
    /// Sets (or with nullopt clears) the class of statement \a queryId, as setBudgetSettings().
    void setQueryClassOverride(qint64 queryId, std::optional<QueryBudget::QueryClass> queryClass);
    const BudgetSettings &budgetSettings() const { return m_budgetSettings; }

Q_SIGNALS:
    void statusChanged(const QString &key);
    void serverInfoChanged(const QString &key);
    void activityAppended(const QString &key);
    void metricsAppended(const QString &key);
    /// A new SqliteSample of \a key's file arrived (see sqliteHistory()).
    void sqliteAppended(const QString &key);
    /// \a key's stored history was read back into its histories (see setHistoryDirectory()).
    void historyLoaded(const QString &key);
    void queryTextsFetched(const QString &key, const QHash<qint64, QString> &texts);
    /// A statement broke its class budget for the configured number of intervals in a row.
    void budgetAlertRaised(const QString &key, const dbpulse::BudgetAlert &alert, const QString &text);
    /// setBudgetSettings() changed the budgets, overrides or alert intervals.
    void budgetSettingsChanged();
    /// User-facing notice for the info bar (no keychain, a failed save). Once per kind of problem.
    void noticeRaised(const QString &text);

private:
    void wordCredentialNotices();
    ServerState *find(const QString &key) const;
    ServerState &stateFor(const QString &key);
    void relaySignals(const QString &key, ServerState *state);
    void startSession(const QString &key, quint64 generation, const QString &password, const QString &sslPassword);
    void onStatus(const QString &key, const ConnectionStatus &status);
    void askPassword(const QString &key, const QString &error);
    QString historyPathFor(const Target &target) const;
    void loadNextHistory();
    void historyLoadFinished(const QString &key);

    ProfileStore *m_profiles;
    ConnectionListModel *m_model;
    CredentialBroker *m_credentials;
    // The one per-server map: everything about a server lives in its ServerState.
    std::map<QString, std::unique_ptr<ServerState>> m_servers;
    BudgetSettings m_budgetSettings;
    QString m_historyDirectory;
    QStringList m_historyQueue;  // servers whose stored history waits to be read, in order
    QString m_historyLoading;    // the one being read
    JobSlot m_expiry{this};
    quint64 m_nextGeneration = 1;
};

} // namespace dbpulse
