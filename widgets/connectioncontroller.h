#pragma once

#include "core/db/connectionprofile.h"
#include "core/db/connectionstate.h"
#include "core/db/target.h"
#include "core/metrics/budgetsettings.h"
#include "models/activityhistory.h"
#include "models/metricsbudgetwatch.h"
#include "models/metricshistory.h"

#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QWidget>
#include <map>
#include <memory>


namespace dbpulse {

class ConnectionListModel;
class CredentialStore;
class ProfileStore;
class ServerSession;

/// \brief Owns one ServerSession per connected target, fetches passwords (keychain, or this
/// session's memory when there is no keychain service) and keeps the list model and the activity
/// histories up to date. GUI thread. Destroying it destroys the sessions, joining their threads.
class ConnectionController : public QObject
{
    Q_OBJECT
public:
    enum class KeychainState { Unknown, Available, Unavailable };

    /// Takes \a profiles (may be nullptr: no saved connections, e.g. tests).
    ConnectionController(ProfileStore *profiles, QObject *parent = nullptr);
    /// Uses \a keychain instead of the system keychain (tests). Not owned: it must outlive the
    /// controller. nullptr means "no keychain at all".
    ConnectionController(ProfileStore *profiles, CredentialStore *keychain, QObject *parent = nullptr);
    ~ConnectionController() override;

    ConnectionListModel *model() const { return m_model; }
    ProfileStore *profileStore() const { return m_profiles; }
    /// Parent for password prompts; nullptr disables prompting (tests, headless).
    void setDialogParent(QWidget *parent) { m_dialogParent = parent; }

    /// Adds an ad-hoc target and returns its key (not connected yet).
    QString addTarget(const Target &target);
    /// Adds a row with no target yet, shown as connecting with \a note.
    QString addPlaceholder(const QString &name, const QString &note);
    void resolvePlaceholder(const QString &key, const Target &target);
    void failPlaceholder(const QString &key, const QString &error);

    void connectTo(const QString &key);
    void disconnectFrom(const QString &key);
    void disconnectAll();
    bool isActive(const QString &key) const;
    /// Removes a saved profile (and its stored password) or an ad-hoc row.
    void remove(const QString &key);
    /// Saves \a profile (renaming \a oldName when set). A non-empty \a password, and a non-empty
    /// client key passphrase \a sslPassword (under its own key, Target::sslPasswordKey()), go to
    /// the keychain when \a inKeychain and one is available, otherwise to this session's memory.
    /// Neither is ever written to the profile.
    void saveProfile(const QString &oldName, const ConnectionProfile &profile,
                     const QString &password, bool inKeychain, const QString &sslPassword = {});

    ConnectionStatus status(const QString &key) const;
    ServerInfo serverInfo(const QString &key) const;
    const ActivityHistory *history(const QString &key) const;
    /// PostgreSQL metrics of \a key (kept after disconnecting, like history()); nullptr if none.
    const MetricsHistory *metricsHistory(const QString &key) const;
    const MetricsBudgetWatch *budgetWatch(const QString &key) const;
    /// Keys with a running session, in the list model's order.
    QStringList liveKeys() const;
    /// The start of statement \a queryId's text on \a key's server, on one line and cut, for
    /// labels; empty until it has been fetched (asked for once, announced by queryTextsFetched()).
    QString statementSummary(const QString &key, qint64 queryId);
    /// Asks \a key's session for statement texts; answered by queryTextsFetched().
    void fetchQueryTexts(const QString &key, const QList<qint64> &queryIds);
    /// Target and password of \a key's live session, for one-shot admin connections (EXPLAIN,
    /// cancel, sessions list); false when not connected. The password, and the client key's
    /// passphrase (as sslpassword in the target's conninfo), stay in memory only.
    bool adminCredentials(const QString &key, Target *target, QString *password) const;
    /// The password of a live connection to the same server and database (same credential key),
    /// or empty. Memory only; for one-shot tools such as migrations.
    QString livePassword(const Target &target) const;
    /// Records every PostgreSQL session's samples in a file per server under \a directory, and
    /// on the first connect reads the last 24 h back (on a pool thread) into its histories, so the
    /// charts reach back past the app's start. Empty (the default) records nothing. Set it before
    /// connecting; history files of servers not seen for the retention period are deleted.
    void setHistoryDirectory(const QString &directory);
    QString historyDirectory() const { return m_historyDirectory; }
    /// Budgets, class overrides and the alert's intervals in a row: applied live to every session
    /// and budget watch, and saved in QSettings, where the next controller starts from.
    void setBudgetSettings(const BudgetSettings &settings);
    /// Sets (or with nullopt clears) the class of statement \a queryId, as setBudgetSettings().
    void setQueryClassOverride(qint64 queryId, std::optional<QueryBudget::QueryClass> queryClass);
    const BudgetSettings &budgetSettings() const { return m_budgetSettings; }
    KeychainState keychainState() const { return m_keychainState; }

Q_SIGNALS:
    void statusChanged(const QString &key);
    void serverInfoChanged(const QString &key);
    void activityAppended(const QString &key);
    void metricsAppended(const QString &key);
    /// \a key's stored history was read back into its histories (see setHistoryDirectory()).
    void historyLoaded(const QString &key);
    void queryTextsFetched(const QString &key, const QHash<qint64, QString> &texts);
    /// A statement broke its class budget for the configured number of intervals in a row.
    void budgetAlertRaised(const QString &key, const dbpulse::BudgetAlert &alert, const QString &text);
    /// setBudgetSettings() changed the budgets, overrides or alert intervals.
    void budgetSettingsChanged();
    /// The set of running sessions changed (connect, disconnect, remove).
    void liveKeysChanged();
    /// User-facing notice for the info bar (e.g. no keychain). Emitted once per kind of problem.
    void noticeRaised(const QString &text);
    void keychainStateChanged();

private:
    struct Live
    {
        std::unique_ptr<ServerSession> session; // null while the password is being fetched
        quint64 generation = 0;                 // drops late credential callbacks
        bool prompting = false;
        bool sampled = false;                   // a live activity sample has arrived
        QString password;                       // memory only, for one-shot admin connections
        QString sslPassword;                    // the client key's passphrase; memory only
    };

    void probeKeychain();
    void setKeychainUnavailable(const QString &why);
    /// The secret stored under \a credentialKey: this session's memory, then the keychain; empty
    /// when neither has one.
    void readSecret(const QString &credentialKey, std::function<void(const QString &)> done);
    void storeSecret(const QString &credentialKey, const QString &secret, bool inKeychain);
    void startSession(const QString &key, quint64 generation, const QString &password,
                      const QString &sslPassword);
    void onStatus(const QString &key, const ConnectionStatus &status);
    void askPassword(const QString &key, const QString &error);
    void onMetrics(const QString &key, const MetricsSample &sample);
    /// Starts recording \a session's samples and, once per key, reading its stored history back.
    void attachHistory(const QString &key, ServerSession *session);
    void keepHistoryWork(const QFuture<void> &work);
    ActivityHistory &activityFor(const QString &key);
    MetricsHistory &metricsFor(const QString &key);

    ProfileStore *m_profiles;
    ConnectionListModel *m_model;
    QPointer<CredentialStore> m_keychain; // not owned; nullptr when none configured
    CredentialStore *m_sessionStore;
    KeychainState m_keychainState = KeychainState::Unknown;
    QPointer<QWidget> m_dialogParent;
    std::map<QString, Live> m_live;
    // Outlive the sessions so the dashboard still shows the last facts and samples.
    std::map<QString, ServerInfo> m_infos;
    std::map<QString, ActivityHistory> m_histories;
    std::map<QString, MetricsHistory> m_metrics;
    std::map<QString, MetricsBudgetWatch> m_budgets;
    std::map<QString, QHash<qint64, QString>> m_summaries; // an empty value: asked for, not here yet
    BudgetSettings m_budgetSettings;
    QString m_historyDirectory;
    QSet<QString> m_historyRead;            // keys whose stored history was (being) read
    QList<QFuture<void>> m_historyWork;     // pool tasks, waited for in the destructor
    quint64 m_nextGeneration = 1;
};

} // namespace dbpulse
