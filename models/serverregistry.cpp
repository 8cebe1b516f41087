#include "models/serverregistry.h"

#include "core/credentials/credentialbroker.h"
#include "core/db/profilestore.h"
#include "core/metrics/historystore.h"
#include "models/connectionlistmodel.h"
#include "models/serverstate.h"

#include <QSettings>
#include <algorithm>

namespace dbpulse {

ServerRegistry::ServerRegistry(ProfileStore *profiles, QObject *parent)
    : ServerRegistry(profiles, CredentialBroker::systemKeychain(), parent)
{
}

ServerRegistry::ServerRegistry(ProfileStore *profiles, CredentialStore *keychain, QObject *parent)
    : ServerContexts(parent)
    , m_profiles(profiles)
    , m_model(new ConnectionListModel(this))
    , m_credentials(new CredentialBroker(keychain, this))
{
    qRegisterMetaType<ConnectionStatus>();
    qRegisterMetaType<ServerInfo>();
    qRegisterMetaType<ActivitySample>();
    if (m_profiles)
        m_model->setProfiles(m_profiles->profiles());
    QSettings settings;
    m_budgetSettings = BudgetSettings::load(settings);
    wordCredentialNotices();
}

void ServerRegistry::wordCredentialNotices()
{
    // Worded here, not in core: these texts are translated with the GUI's.
    // Said once, not on every start: a machine without a keychain stays without one, and the
    // connection dialog still gives the reason where the password is saved. A keychain that
    // worked and then went away is news again.
    const auto keychainWorks = [] { QSettings().remove(QStringLiteral("notices/noKeychainShown")); };
    // A keychain that answers at once has answered before this connection exists.
    if (m_credentials->keychainState() == CredentialBroker::KeychainState::Available)
        keychainWorks();
    connect(m_credentials, &CredentialBroker::keychainStateChanged, this, [this] {
        QSettings settings;
        const QString said = QStringLiteral("notices/noKeychainShown");
        if (m_credentials->keychainState() == CredentialBroker::KeychainState::Available) {
            settings.remove(said);
            return;
        }
        if (m_credentials->keychainState() != CredentialBroker::KeychainState::Unavailable
            || settings.value(said).toBool())
            return;
        settings.setValue(said, true);
        Q_EMIT noticeRaised(tr("No keychain service available — passwords are kept for this session only"));
    });
    connect(m_credentials, &CredentialBroker::keychainWriteFailed, this, [this](const QString &error) {
        Q_EMIT noticeRaised(tr("Could not save the password in the keychain: %1").arg(error));
    });
}

ServerRegistry::~ServerRegistry()
{
    // Join the worker threads before the model they report into goes away.
    m_servers.clear();
}

ServerState *ServerRegistry::find(const QString &key) const
{
    auto it = m_servers.find(key);
    return it != m_servers.end() ? it->second.get() : nullptr;
}

ServerState &ServerRegistry::stateFor(const QString &key)
{
    if (ServerState *state = find(key))
        return *state;
    auto owned = std::make_unique<ServerState>(m_budgetSettings.alertIntervals);
    ServerState *state = owned.get();
    m_servers.emplace(key, std::move(owned));
    relaySignals(key, state);
    return *state;
}

void ServerRegistry::relaySignals(const QString &key, ServerState *state)
{
    connect(state, &ServerState::statusChanged, this,
            [this, key](const ConnectionStatus &s) { onStatus(key, s); });
    connect(state, &ServerState::serverInfoChanged, this, [this, key, state] {
        m_model->setServerInfo(key, state->serverInfo());
        Q_EMIT serverInfoChanged(key);
    });
    connect(state, &ServerState::activityAppended, this, [this, key] { Q_EMIT activityAppended(key); });
    connect(state, &ServerState::metricsAppended, this, [this, key] { Q_EMIT metricsAppended(key); });
    connect(state, &ServerState::sqliteAppended, this, [this, key] { Q_EMIT sqliteAppended(key); });
    connect(state, &ServerState::historyLoaded, this, [this, key] { Q_EMIT historyLoaded(key); });
    connect(state, &ServerState::historyLoadFinished, this, [this, key] { historyLoadFinished(key); });
    connect(state, &ServerState::queryTextsFetched, this,
            [this, key](const QHash<qint64, QString> &texts) { Q_EMIT queryTextsFetched(key, texts); });
    connect(state, &ServerState::budgetAlertRaised, this,
            [this, key](const BudgetAlert &alert, const QString &text) {
                Q_EMIT budgetAlertRaised(key, alert, text);
            });
}

QString ServerRegistry::addTarget(const Target &target)
{
    return m_model->addTarget(target);
}

QString ServerRegistry::addPlaceholder(const QString &name, const QString &note)
{
    const QString key = m_model->addPlaceholder(name, note);
    Q_EMIT statusChanged(key);
    return key;
}

void ServerRegistry::resolvePlaceholder(const QString &key, const Target &target)
{
    m_model->setTarget(key, target);
    m_model->setNote(key, {});
    connectTo(key);
}

void ServerRegistry::failPlaceholder(const QString &key, const QString &error)
{
    m_model->setNote(key, {});
    ConnectionStatus st;
    st.state = ConnectionState::Failed;
    st.error = error;
    m_model->setStatus(key, st);
    Q_EMIT statusChanged(key);
}

void ServerRegistry::connectTo(const QString &key)
{
    if (!m_model->hasTarget(key))
        return;
    ServerState &state = stateFor(key);
    if (state.isLive()) {
        const ConnectionState current = m_model->status(key).state;
        if (current != ConnectionState::Failed && current != ConnectionState::Disconnected)
            return;
    }
    const quint64 generation = m_nextGeneration++;
    state.beginConnect(generation);

    ConnectionStatus st;
    st.state = ConnectionState::Connecting;
    m_model->setStatus(key, st);
    Q_EMIT statusChanged(key);

    const Target target = m_model->target(key);
    const std::optional<ConnectionProfile> profile = m_model->profile(key);
    // Only a profile with a client key can have a passphrase: others cost no keychain round trip.
    const bool wantsPassphrase = profile && !profile->sslkey.isEmpty();
    m_credentials->read(target.credentialKey(), this,
                        [this, key, generation, target, wantsPassphrase](const QString &password) {
                            if (!wantsPassphrase) {
                                startSession(key, generation, password, {});
                                return;
                            }
                            m_credentials->read(target.sslPasswordKey(), this,
                                                [this, key, generation, password](const QString &sslPassword) {
                                                    startSession(key, generation, password, sslPassword);
                                                });
                        });
}

void ServerRegistry::startSession(const QString &key, quint64 generation, const QString &password,
                                  const QString &sslPassword)
{
    ServerState *state = find(key);
    if (!state || !state->isLive() || state->generation() != generation)
        return; // disconnected or restarted while the keychain answered
    const Target target = m_model->target(key);
    state->startSession(target, password, sslPassword, m_budgetSettings.budget, historyPathFor(target));
    if (state->wantsHistory()) {
        m_historyQueue.append(key);
        loadNextHistory();
    }
    Q_EMIT liveKeysChanged();
}

void ServerRegistry::loadNextHistory()
{
    // One read at a time: each takes seconds of CPU (a day of samples), and fifty saved servers
    // reading at once left the GUI thread and the monitors waiting for the two cores for seconds.
    if (!m_historyLoading.isEmpty())
        return;
    while (!m_historyQueue.isEmpty()) {
        const QString key = m_historyQueue.takeFirst();
        ServerState *state = find(key);
        if (state && state->wantsHistory()) {
            m_historyLoading = key;
            state->loadHistory();
            return;
        }
    }
}

void ServerRegistry::historyLoadFinished(const QString &key)
{
    if (key != m_historyLoading)
        return;
    m_historyLoading.clear();
    loadNextHistory();
}

QString ServerRegistry::historyPathFor(const Target &target) const
{
    if (m_historyDirectory.isEmpty() || target.kind != DatabaseKind::PostgreSQL)
        return {};
    return HistoryStore::pathFor(m_historyDirectory, target.credentialKey());
}

void ServerRegistry::setHistoryDirectory(const QString &directory)
{
    m_historyDirectory = directory;
    if (directory.isEmpty())
        return;
    m_expiry.run<bool>(
        [directory](const JobContext &) {
            HistoryStore::removeExpired(directory);
            return true;
        },
        [](const bool &) {});
}

void ServerRegistry::onStatus(const QString &key, const ConnectionStatus &status)
{
    m_model->setStatus(key, status);
    Q_EMIT statusChanged(key);
    if (status.needsPassword())
        askPassword(key, status.error);
}

void ServerRegistry::askPassword(const QString &key, const QString &error)
{
    ServerState *state = find(key);
    if (!m_credentials->canPrompt() || !state || !state->isLive() || state->isPrompting() || state->passwordDeclined())
        return;
    state->setPrompting(true);
    const Target target = m_model->target(key);
    m_credentials->prompt(target.label, error, state,
                          [this, key, target](const std::optional<PasswordAnswer> &answer) {
                              ServerState *current = find(key);
                              if (!current || !current->isLive())
                                  return; // disconnected meanwhile
                              current->setPrompting(false);
                              if (!answer) {
                                  current->setPasswordDeclined();
                                  return;
                              }
                              m_credentials->store(target.credentialKey(), answer->password,
                                                   answer->saveInKeychain, false);
                              // A fresh session with the typed password; the failed one is joined here.
                              const QString sslPassword = current->sslPassword();
                              const quint64 generation = m_nextGeneration++;
                              current->beginConnect(generation);
                              startSession(key, generation, answer->password, sslPassword);
                          });
}

void ServerRegistry::disconnectFrom(const QString &key)
{
    ServerState *state = find(key);
    if (!state || !state->isLive())
        return;
    state->endSession();
    m_model->setStatus(key, ConnectionStatus());
    Q_EMIT statusChanged(key);
    Q_EMIT liveKeysChanged();
}

void ServerRegistry::disconnectAll()
{
    // Keys first: a slot of statusChanged() may remove a server while we walk the map.
    QStringList live;
    for (const auto &[key, state] : m_servers) {
        if (state->isLive())
            live.append(key);
    }
    for (const QString &key : live)
        disconnectFrom(key);
}

void ServerRegistry::retryNow(const QString &key)
{
    if (ServerState *state = find(key))
        state->retryNow();
}

bool ServerRegistry::isActive(const QString &key) const
{
    const ServerState *state = find(key);
    return state && state->isLive();
}

void ServerRegistry::remove(const QString &key)
{
    disconnectFrom(key);
    m_servers.erase(key); // everything kept about the server, in one object
    historyLoadFinished(key); // its read, if running, was dropped with it
    const std::optional<ConnectionProfile> profile = m_model->profile(key);
    if (!profile) {
        m_model->removeAdHoc(key);
        return;
    }
    const Target target = targetFromProfile(*profile);
    m_credentials->remove(target.credentialKey());
    m_credentials->remove(target.sslPasswordKey());
    if (m_profiles) {
        m_profiles->remove(profile->name);
        m_model->setProfiles(m_profiles->profiles());
    }
}

void ServerRegistry::saveProfile(const QString &oldName, const ConnectionProfile &profile,
                                 const QString &password, bool inKeychain, const QString &sslPassword)
{
    if (!m_profiles)
        return;
    if (oldName.isEmpty()) {
        m_profiles->save(profile);
    } else {
        if (oldName != profile.name)
            disconnectFrom(ConnectionListModel::profileKey(oldName));
        m_profiles->replace(oldName, profile);
    }
    m_model->setProfiles(m_profiles->profiles());
    const Target target = targetFromProfile(profile);
    if (!password.isEmpty())
        m_credentials->store(target.credentialKey(), password, inKeychain && m_credentials->keychainUsable(), true);
    if (!sslPassword.isEmpty())
        m_credentials->store(target.sslPasswordKey(), sslPassword, inKeychain && m_credentials->keychainUsable(), true);
}

ConnectionStatus ServerRegistry::status(const QString &key) const
{
    return m_model->status(key);
}

ServerInfo ServerRegistry::serverInfo(const QString &key) const
{
    const ServerState *state = find(key);
    return state ? state->serverInfo() : ServerInfo();
}

const ActivityHistory *ServerRegistry::history(const QString &key) const
{
    const ServerState *state = find(key);
    return state ? &state->activity() : nullptr;
}

const MetricsHistory *ServerRegistry::metricsHistory(const QString &key) const
{
    const ServerState *state = find(key);
    return state ? &state->metrics() : nullptr;
}

const SqliteHistory *ServerRegistry::sqliteHistory(const QString &key) const
{
    const ServerState *state = find(key);
    return state ? &state->sqlite() : nullptr;
}

const MetricsBudgetWatch *ServerRegistry::budgetWatch(const QString &key) const
{
    const ServerState *state = find(key);
    return state ? &state->budgetWatch() : nullptr;
}

const StatementHistory *ServerRegistry::statementHistory(const QString &key) const
{
    const ServerState *state = find(key);
    return state ? &state->statements() : nullptr;
}

QString ServerRegistry::historyPath(const QString &key) const
{
    const ServerState *state = find(key);
    return state ? state->historyPath() : QString();
}

QStringList ServerRegistry::liveKeys() const
{
    QStringList keys;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString key = m_model->index(row, 0).data(ConnectionListModel::KeyRole).toString();
        if (isActive(key))
            keys.append(key);
    }
    return keys;
}

QString ServerRegistry::statementSummary(const QString &key, qint64 queryId)
{
    ServerState *state = find(key);
    return state ? state->statementSummary(queryId) : QString();
}

void ServerRegistry::fetchQueryTexts(const QString &key, const QList<qint64> &queryIds)
{
    if (ServerState *state = find(key))
        state->fetchQueryTexts(queryIds);
}

ServerContext ServerRegistry::context(const QString &key) const
{
    const ServerState *state = find(key);
    if (!state || !state->hasSession())
        return {key, {}, {}, false};
    Target target = m_model->target(key);
    // The one-shot tools open their own sessions from this conninfo, and child processes get a
    // passphrase found in it through a private service file (ConnSettings). Only profiles have
    // one, and their conninfo is keyword/value, so the keyword can be appended. Memory only.
    if (!state->sslPassword().isEmpty())
        target.conninfo += QStringLiteral(" sslpassword=") + quoteConninfoValue(state->sslPassword());
    return {key, target, state->password(), true};
}

QString ServerRegistry::livePassword(const Target &target) const
{
    for (const auto &[key, state] : m_servers) {
        if (state->hasSession() && m_model->target(key).credentialKey() == target.credentialKey())
            return state->password();
    }
    return {};
}

void ServerRegistry::setBudgetSettings(const BudgetSettings &settings)
{
    m_budgetSettings = settings;
    m_budgetSettings.alertIntervals = std::max(1, settings.alertIntervals);
    for (auto &[key, state] : m_servers)
        state->setBudget(m_budgetSettings.budget, m_budgetSettings.alertIntervals);
    QSettings stored;
    m_budgetSettings.save(stored);
    Q_EMIT budgetSettingsChanged();
}

void ServerRegistry::setQueryClassOverride(qint64 queryId, std::optional<QueryBudget::QueryClass> queryClass)
{
    BudgetSettings settings = m_budgetSettings;
    settings.budget.setClassOverride(queryId, queryClass);
    setBudgetSettings(settings);
}

} // namespace dbpulse
