#include "widgets/connectioncontroller.h"

#include "core/credentials/keychaincredentialstore.h"
#include "core/db/profilestore.h"
#include "core/monitor/serversession.h"
#include "core/metrics/historystore.h"
#include "models/connectionlistmodel.h"
#include "widgets/passwordprompt.h"

#include "widgets/guilogging.h"

#include <QCoreApplication>
#include <QSettings>
#include <QtConcurrent/QtConcurrentRun>

Q_LOGGING_CATEGORY(lcGui, "dbpulse.gui")

namespace dbpulse {

namespace {

// One store for the whole process, destroyed with the application. QtKeychain's libsecret
// backend calls back into a job after an asynchronous D-Bus round trip; the store parents its
// jobs, so deleting a store with a job in flight (closing a window right after opening it) would
// leave libsecret holding a dangling job.
CredentialStore *sharedKeychain()
{
    static QPointer<CredentialStore> store;
    if (!store)
        store = new KeychainCredentialStore(QStringLiteral("dbpulse"), QCoreApplication::instance());
    return store;
}

constexpr int maxSummaries = 2000;
constexpr int summaryChars = 120;

QString summarize(const QString &text)
{
    const QString line = text.left(summaryChars * 4).simplified();
    return line.size() > summaryChars ? line.left(summaryChars - 1) + QChar(0x2026) : line;
}

} // namespace

ConnectionController::ConnectionController(ProfileStore *profiles, QObject *parent)
    : ConnectionController(profiles, sharedKeychain(), parent)
{
}

ConnectionController::ConnectionController(ProfileStore *profiles, CredentialStore *keychain,
                                           QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_model(new ConnectionListModel(this))
    , m_keychain(keychain)
    , m_sessionStore(new SessionCredentialStore(this))
{
    qRegisterMetaType<ConnectionStatus>();
    qRegisterMetaType<ServerInfo>();
    qRegisterMetaType<ActivitySample>();
    if (m_profiles)
        m_model->setProfiles(m_profiles->profiles());
    QSettings settings;
    m_budgetSettings = BudgetSettings::load(settings);
    probeKeychain();
}

ConnectionController::~ConnectionController()
{
    // Join the worker threads before the model and stores they report into go away.
    m_live.clear();
    // Wait for the history reads themselves, never their continuations (GUI thread, discarded
    // with this object).
    for (QFuture<void> &work : m_historyWork)
        work.waitForFinished();
}

void ConnectionController::probeKeychain()
{
    if (!m_keychain) {
        m_keychainState = KeychainState::Unavailable;
        return;
    }
    // Reading a key that never exists tells "service present" from "no service" without
    // touching real secrets.
    QPointer<ConnectionController> self(this);
    m_keychain->readPassword(QStringLiteral("dbpulse-keychain-probe"),
                             [self](const CredentialResult &r) {
                                 if (!self)
                                     return;
                                 if (r.status == CredentialResult::Status::Unavailable) {
                                     self->setKeychainUnavailable(r.error);
                                 } else if (self->m_keychainState == KeychainState::Unknown) {
                                     self->m_keychainState = KeychainState::Available;
                                     Q_EMIT self->keychainStateChanged();
                                 }
                             });
}

void ConnectionController::setKeychainUnavailable(const QString &why)
{
    if (m_keychainState == KeychainState::Unavailable)
        return;
    m_keychainState = KeychainState::Unavailable;
    qCInfo(lcGui) << "no keychain service:" << why;
    Q_EMIT keychainStateChanged();
    Q_EMIT noticeRaised(tr("No keychain service available — passwords are kept for this session only"));
}

QString ConnectionController::addTarget(const Target &target)
{
    return m_model->addTarget(target);
}

QString ConnectionController::addPlaceholder(const QString &name, const QString &note)
{
    const QString key = m_model->addPlaceholder(name, note);
    Q_EMIT statusChanged(key);
    return key;
}

void ConnectionController::resolvePlaceholder(const QString &key, const Target &target)
{
    m_model->setTarget(key, target);
    m_model->setNote(key, {});
    connectTo(key);
}

void ConnectionController::failPlaceholder(const QString &key, const QString &error)
{
    m_model->setNote(key, {});
    ConnectionStatus st;
    st.state = ConnectionState::Failed;
    st.error = error;
    m_model->setStatus(key, st);
    Q_EMIT statusChanged(key);
}

void ConnectionController::readSecret(const QString &credentialKey,
                                      std::function<void(const QString &)> done)
{
    QPointer<ConnectionController> self(this);
    // This session's memory first: it holds what the user just typed, and never prompts.
    m_sessionStore->readPassword(credentialKey, [self, credentialKey, done](const CredentialResult &r) {
        if (!self)
            return;
        if (r.status == CredentialResult::Status::Ok) {
            done(r.password);
            return;
        }
        if (!self->m_keychain || self->m_keychainState == KeychainState::Unavailable) {
            done({});
            return;
        }
        self->m_keychain->readPassword(credentialKey, [self, done](const CredentialResult &k) {
            if (!self)
                return;
            if (k.status == CredentialResult::Status::Unavailable)
                self->setKeychainUnavailable(k.error);
            else if (k.status == CredentialResult::Status::Error)
                qCWarning(lcGui) << "keychain read failed:" << k.error;
            // Empty lets libpq fall back to PGPASSWORD, ~/.pgpass and service files.
            done(k.status == CredentialResult::Status::Ok ? k.password : QString());
        });
    });
}

void ConnectionController::connectTo(const QString &key)
{
    if (!m_model->hasTarget(key))
        return;
    auto it = m_live.find(key);
    if (it != m_live.end()) {
        const ConnectionState state = m_model->status(key).state;
        if (state != ConnectionState::Failed && state != ConnectionState::Disconnected)
            return;
        m_live.erase(it);
    }
    Live &live = m_live[key];
    live.generation = m_nextGeneration++;
    const quint64 generation = live.generation;

    ConnectionStatus st;
    st.state = ConnectionState::Connecting;
    m_model->setStatus(key, st);
    Q_EMIT statusChanged(key);

    QPointer<ConnectionController> self(this);
    const Target target = m_model->target(key);
    const std::optional<ConnectionProfile> profile = m_model->profile(key);
    // Only a profile with a client key can have a passphrase: others cost no keychain round trip.
    const bool wantsPassphrase = profile && !profile->sslkey.isEmpty();
    readSecret(target.credentialKey(), [self, key, generation, target, wantsPassphrase](const QString &password) {
        if (!self)
            return;
        if (!wantsPassphrase) {
            self->startSession(key, generation, password, {});
            return;
        }
        self->readSecret(target.sslPasswordKey(), [self, key, generation, password](const QString &sslPassword) {
            if (self)
                self->startSession(key, generation, password, sslPassword);
        });
    });
}

void ConnectionController::startSession(const QString &key, quint64 generation,
                                        const QString &password, const QString &sslPassword)
{
    auto it = m_live.find(key);
    if (it == m_live.end() || it->second.generation != generation)
        return; // disconnected or restarted while the keychain answered
    auto session = std::make_unique<ServerSession>(m_model->target(key), password, sslPassword);
    connect(session.get(), &ServerSession::statusChanged, this,
            [this, key](const ConnectionStatus &s) { onStatus(key, s); });
    connect(session.get(), &ServerSession::serverInfoReady, this, [this, key](const ServerInfo &info) {
        m_infos[key] = info;
        m_model->setServerInfo(key, info);
        Q_EMIT serverInfoChanged(key);
    });
    connect(session.get(), &ServerSession::activitySampled, this,
            [this, key](const ActivitySample &sample) {
                // Logged once per connection: bench/startup measures time-to-first-chart from it.
                auto live = m_live.find(key);
                if (live != m_live.end() && !live->second.sampled) {
                    live->second.sampled = true;
                    qCInfo(lcGui) << "first activity sample from" << m_model->target(key).label;
                }
                activityFor(key).append(sample);
                Q_EMIT activityAppended(key);
            });
    connect(session.get(), &ServerSession::metricsSampled, this,
            [this, key](const MetricsSample &sample) { onMetrics(key, sample); });
    connect(session.get(), &ServerSession::queryTextsFetched, this,
            [this, key](const QHash<qint64, QString> &texts) {
                QHash<qint64, QString> &summaries = m_summaries[key];
                for (auto t = texts.cbegin(); t != texts.cend(); ++t) {
                    if (summaries.contains(t.key()))
                        summaries.insert(t.key(), summarize(t.value()));
                }
                Q_EMIT queryTextsFetched(key, texts);
            });
    session->setBudget(m_budgetSettings.budget);
    if (!m_historyDirectory.isEmpty() && m_model->target(key).kind == DatabaseKind::PostgreSQL)
        attachHistory(key, session.get());
    it->second.session = std::move(session);
    it->second.password = password;
    it->second.sslPassword = sslPassword;
    it->second.session->start();
    Q_EMIT liveKeysChanged();
}

void ConnectionController::setHistoryDirectory(const QString &directory)
{
    m_historyDirectory = directory;
    if (directory.isEmpty())
        return;
    keepHistoryWork(QtConcurrent::run([directory] { HistoryStore::removeExpired(directory); }));
}

void ConnectionController::keepHistoryWork(const QFuture<void> &work)
{
    m_historyWork.removeIf([](const QFuture<void> &f) { return f.isFinished(); });
    m_historyWork.append(work);
}

void ConnectionController::attachHistory(const QString &key, ServerSession *session)
{
    const QString path = HistoryStore::pathFor(m_historyDirectory, m_model->target(key).credentialKey());
    session->recordHistory(path);
    if (m_historyRead.contains(key))
        return; // a reconnect: the histories already hold what the file has
    m_historyRead.insert(key);

    const QDateTime to = QDateTime::currentDateTime();
    const QDateTime from = to.addSecs(-24 * 3600);
    const int maxPoints = metricsFor(key).capacity();
    QFuture<QList<HistoryPoint>> work = QtConcurrent::run([path, from, to, maxPoints] {
        QString error;
        QList<HistoryPoint> points = HistoryStore::load(path, from, to, maxPoints, &error);
        if (!error.isEmpty())
            qCWarning(lcGui) << "cannot read history" << path << error;
        return points;
    });
    keepHistoryWork(QFuture<void>(work));
    work.then(this, [this, key](const QList<HistoryPoint> &points) {
        if (!m_historyRead.contains(key) || points.isEmpty())
            return; // removed meanwhile, or nothing stored yet
        metricsFor(key).prependStored(points);
        activityFor(key).prependStored(points);
        qCInfo(lcGui) << "read" << points.size() << "stored samples of" << m_model->target(key).label;
        Q_EMIT historyLoaded(key);
        Q_EMIT metricsAppended(key);
        Q_EMIT activityAppended(key);
    });
}

MetricsHistory &ConnectionController::metricsFor(const QString &key)
{
    return m_metrics.try_emplace(key).first->second;
}

ActivityHistory &ConnectionController::activityFor(const QString &key)
{
    // 24 h at 1 s, so the connections chart has the same windows as the metrics charts.
    return m_histories.try_emplace(key, 86400).first->second;
}

void ConnectionController::onMetrics(const QString &key, const MetricsSample &sample)
{
    metricsFor(key).append(sample);
    MetricsBudgetWatch &watch = m_budgets.try_emplace(key, m_budgetSettings.alertIntervals).first->second;
    const QList<BudgetAlert> alerts = watch.add(sample);
    Q_EMIT metricsAppended(key);
    const QString name = m_model->target(key).label;
    for (const BudgetAlert &alert : alerts) {
        const QString text = tr("%1: a %2 statement (queryid %3) has broken its %4 ms budget for %5 "
                                "intervals in a row — estimated p95 %6 ms.")
                                 .arg(name, alert.breach.queryClass)
                                 .arg(alert.breach.queryId)
                                 .arg(alert.breach.budgetMs, 0, 'f', 0)
                                 .arg(alert.intervals)
                                 .arg(alert.breach.p95Ms, 0, 'f', 1);
        Q_EMIT budgetAlertRaised(key, alert, text);
    }
}

const MetricsHistory *ConnectionController::metricsHistory(const QString &key) const
{
    auto it = m_metrics.find(key);
    return it != m_metrics.end() ? &it->second : nullptr;
}

const MetricsBudgetWatch *ConnectionController::budgetWatch(const QString &key) const
{
    auto it = m_budgets.find(key);
    return it != m_budgets.end() ? &it->second : nullptr;
}

QStringList ConnectionController::liveKeys() const
{
    QStringList keys;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString key = m_model->index(row, 0).data(ConnectionListModel::KeyRole).toString();
        if (m_live.count(key))
            keys.append(key);
    }
    return keys;
}

QString ConnectionController::statementSummary(const QString &key, qint64 queryId)
{
    QHash<qint64, QString> &summaries = m_summaries[key];
    const auto it = summaries.constFind(queryId);
    if (it != summaries.cend())
        return *it;
    if (summaries.size() >= maxSummaries)
        summaries.clear(); // bounded; a breach shown again is simply fetched again
    summaries.insert(queryId, QString());
    fetchQueryTexts(key, {queryId});
    return {};
}

void ConnectionController::fetchQueryTexts(const QString &key, const QList<qint64> &queryIds)
{
    auto it = m_live.find(key);
    if (it != m_live.end() && it->second.session && !queryIds.isEmpty())
        it->second.session->fetchQueryTexts(queryIds);
}

bool ConnectionController::adminCredentials(const QString &key, Target *target, QString *password) const
{
    auto it = m_live.find(key);
    if (it == m_live.end() || !it->second.session)
        return false;
    *target = m_model->target(key);
    *password = it->second.password;
    // The one-shot tools open their own sessions from this conninfo, and child processes get a
    // passphrase found in it through a private service file (ConnSettings). Only profiles have
    // one, and their conninfo is keyword/value, so the keyword can be appended. Memory only.
    if (!it->second.sslPassword.isEmpty())
        target->conninfo += QStringLiteral(" sslpassword=") + quoteConninfoValue(it->second.sslPassword);
    return true;
}

QString ConnectionController::livePassword(const Target &target) const
{
    for (const auto &[key, live] : m_live) {
        if (live.session && m_model->target(key).credentialKey() == target.credentialKey())
            return live.password;
    }
    return {};
}

void ConnectionController::setBudgetSettings(const BudgetSettings &settings)
{
    m_budgetSettings = settings;
    m_budgetSettings.alertIntervals = std::max(1, settings.alertIntervals);
    for (auto &[key, watch] : m_budgets)
        watch.setConsecutive(m_budgetSettings.alertIntervals);
    for (auto &[key, live] : m_live) {
        if (live.session)
            live.session->setBudget(m_budgetSettings.budget);
    }
    QSettings stored;
    m_budgetSettings.save(stored);
    Q_EMIT budgetSettingsChanged();
}

void ConnectionController::setQueryClassOverride(qint64 queryId, std::optional<QueryBudget::QueryClass> queryClass)
{
    BudgetSettings settings = m_budgetSettings;
    settings.budget.setClassOverride(queryId, queryClass);
    setBudgetSettings(settings);
}

void ConnectionController::onStatus(const QString &key, const ConnectionStatus &status)
{
    m_model->setStatus(key, status);
    if (status.state != ConnectionState::Connected) {
        auto h = m_histories.find(key);
        if (h != m_histories.end())
            h->second.markGap();
        auto m = m_metrics.find(key);
        if (m != m_metrics.end())
            m->second.markGap();
    }
    Q_EMIT statusChanged(key);
    if (status.needsPassword())
        askPassword(key, status.error);
}

void ConnectionController::askPassword(const QString &key, const QString &error)
{
    auto it = m_live.find(key);
    if (!m_dialogParent || it == m_live.end() || it->second.prompting)
        return;
    it->second.prompting = true;
    const Target target = m_model->target(key);
    auto *prompt = new PasswordPrompt(target.label, error,
                                      m_keychain && m_keychainState != KeychainState::Unavailable,
                                      m_dialogParent);
    prompt->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<ConnectionController> self(this);
    connect(prompt, &QDialog::finished, this, [this, self, key, target, prompt](int result) {
        auto live = m_live.find(key);
        if (live == m_live.end())
            return; // disconnected meanwhile
        live->second.prompting = false;
        if (result != QDialog::Accepted)
            return;
        const QString password = prompt->password();
        const QString credentialKey = target.credentialKey();
        m_sessionStore->writePassword(credentialKey, password, [](const CredentialResult &) {});
        if (prompt->saveInKeychain() && m_keychain) {
            m_keychain->writePassword(credentialKey, password, [self](const CredentialResult &r) {
                if (self && r.status == CredentialResult::Status::Unavailable)
                    self->setKeychainUnavailable(r.error);
            });
        }
        // A fresh session with the typed password; the failed one is joined here.
        const QString sslPassword = live->second.sslPassword;
        m_live.erase(live);
        Live &fresh = m_live[key];
        fresh.generation = m_nextGeneration++;
        startSession(key, fresh.generation, password, sslPassword);
    });
    prompt->open();
}

void ConnectionController::disconnectFrom(const QString &key)
{
    auto it = m_live.find(key);
    if (it == m_live.end())
        return;
    m_live.erase(it); // ~ServerSession stops the worker and joins its thread
    auto h = m_histories.find(key);
    if (h != m_histories.end())
        h->second.markGap();
    auto m = m_metrics.find(key);
    if (m != m_metrics.end())
        m->second.markGap();
    m_model->setStatus(key, ConnectionStatus());
    Q_EMIT statusChanged(key);
    Q_EMIT liveKeysChanged();
}

void ConnectionController::disconnectAll()
{
    // A copy: disconnectFrom() erases the map node that owns the key it would otherwise refer to.
    while (!m_live.empty())
        disconnectFrom(QString(m_live.begin()->first));
}

bool ConnectionController::isActive(const QString &key) const
{
    return m_live.count(key) > 0;
}

void ConnectionController::remove(const QString &key)
{
    disconnectFrom(key);
    m_infos.erase(key);
    m_histories.erase(key);
    m_metrics.erase(key);
    m_budgets.erase(key);
    m_summaries.erase(key);
    m_historyRead.remove(key);
    const std::optional<ConnectionProfile> profile = m_model->profile(key);
    if (!profile) {
        m_model->removeAdHoc(key);
        return;
    }
    const Target target = targetFromProfile(*profile);
    for (const QString &credentialKey : {target.credentialKey(), target.sslPasswordKey()}) {
        m_sessionStore->removePassword(credentialKey, [](const CredentialResult &) {});
        if (m_keychain && m_keychainState != KeychainState::Unavailable)
            m_keychain->removePassword(credentialKey, [](const CredentialResult &) {});
    }
    if (m_profiles) {
        m_profiles->remove(profile->name);
        m_model->setProfiles(m_profiles->profiles());
    }
}

void ConnectionController::saveProfile(const QString &oldName, const ConnectionProfile &profile,
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
        storeSecret(target.credentialKey(), password, inKeychain);
    if (!sslPassword.isEmpty())
        storeSecret(target.sslPasswordKey(), sslPassword, inKeychain);
}

void ConnectionController::storeSecret(const QString &credentialKey, const QString &password, bool inKeychain)
{
    m_sessionStore->writePassword(credentialKey, password, [](const CredentialResult &) {});
    if (inKeychain && m_keychain && m_keychainState != KeychainState::Unavailable) {
        QPointer<ConnectionController> self(this);
        m_keychain->writePassword(credentialKey, password, [self](const CredentialResult &r) {
            if (!self)
                return;
            if (r.status == CredentialResult::Status::Unavailable)
                self->setKeychainUnavailable(r.error);
            else if (r.status != CredentialResult::Status::Ok)
                Q_EMIT self->noticeRaised(tr("Could not save the password in the keychain: %1").arg(r.error));
        });
    }
}

ConnectionStatus ConnectionController::status(const QString &key) const
{
    return m_model->status(key);
}

ServerInfo ConnectionController::serverInfo(const QString &key) const
{
    auto it = m_infos.find(key);
    return it != m_infos.end() ? it->second : ServerInfo();
}

const ActivityHistory *ConnectionController::history(const QString &key) const
{
    auto it = m_histories.find(key);
    return it != m_histories.end() ? &it->second : nullptr;
}

} // namespace dbpulse
