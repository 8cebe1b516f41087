#pragma once

#include "core/db/connectionprofile.h"
#include "core/db/connectionstate.h"
#include "core/db/target.h"
#include "models/activityhistory.h"
#include "models/metricsbudgetwatch.h"
#include "models/metricshistory.h"

#include <QObject>
#include <QPointer>
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
    /// Saves \a profile (renaming \a oldName when set). A non-empty \a password goes to the
    /// keychain when \a inKeychain and one is available, otherwise to this session's memory.
    void saveProfile(const QString &oldName, const ConnectionProfile &profile,
                     const QString &password, bool inKeychain);

    ConnectionStatus status(const QString &key) const;
    ServerInfo serverInfo(const QString &key) const;
    const ActivityHistory *history(const QString &key) const;
    /// PostgreSQL metrics of \a key (kept after disconnecting, like history()); nullptr if none.
    const MetricsHistory *metricsHistory(const QString &key) const;
    const MetricsBudgetWatch *budgetWatch(const QString &key) const;
    /// Keys with a running session, in the list model's order.
    QStringList liveKeys() const;
    /// Asks \a key's session for statement texts; answered by queryTextsFetched().
    void fetchQueryTexts(const QString &key, const QList<qint64> &queryIds);
    /// Target and password of \a key's live session, for one-shot admin connections (EXPLAIN,
    /// cancel, sessions list); false when not connected. The password stays in memory only.
    bool adminCredentials(const QString &key, Target *target, QString *password) const;
    /// The password of a live connection to the same server and database (same credential key),
    /// or empty. Memory only; for one-shot tools such as migrations.
    QString livePassword(const Target &target) const;
    /// Intervals in a row a p95 must break its budget before budgetAlertRaised() (default 3).
    void setBudgetAlertIntervals(int intervals);
    KeychainState keychainState() const { return m_keychainState; }

Q_SIGNALS:
    void statusChanged(const QString &key);
    void serverInfoChanged(const QString &key);
    void activityAppended(const QString &key);
    void metricsAppended(const QString &key);
    void queryTextsFetched(const QString &key, const QHash<qint64, QString> &texts);
    /// A statement broke its class budget for the configured number of intervals in a row.
    void budgetAlertRaised(const QString &key, const dbpulse::BudgetAlert &alert, const QString &text);
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
        QString password;                       // memory only, for one-shot admin connections
    };

    void probeKeychain();
    void setKeychainUnavailable(const QString &why);
    void readPassword(const Target &target, std::function<void(const QString &)> done);
    void startSession(const QString &key, quint64 generation, const QString &password);
    void onStatus(const QString &key, const ConnectionStatus &status);
    void askPassword(const QString &key, const QString &error);
    void onMetrics(const QString &key, const MetricsSample &sample);
    ActivityHistory &activityFor(const QString &key);

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
    int m_budgetAlertIntervals = 3;
    quint64 m_nextGeneration = 1;
};

} // namespace dbpulse
