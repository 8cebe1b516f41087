#include "core/credentials/keychaincredentialstore.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>

namespace dbpulse {

namespace {

// QtKeychain has no "no service" code of its own on Linux: without a session bus it fails with
// OtherError ("Cannot autolaunch D-Bus…"); without a Secret Service, NoBackendAvailable.
CredentialResult::Status statusFor(QKeychain::Error error, const QString &message)
{
    switch (error) {
    case QKeychain::NoError:
        return CredentialResult::Status::Ok;
    case QKeychain::EntryNotFound:
        return CredentialResult::Status::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return CredentialResult::Status::Unavailable;
    case QKeychain::OtherError:
        if (message.contains(QLatin1String("D-Bus"), Qt::CaseInsensitive)
            || message.contains(QLatin1String("DBus"), Qt::CaseInsensitive)
            || message.contains(QLatin1String("secret"), Qt::CaseInsensitive))
            return CredentialResult::Status::Unavailable;
        return CredentialResult::Status::Error;
    default:
        return CredentialResult::Status::Error;
    }
}

CredentialResult resultOf(const QKeychain::Job *job)
{
    CredentialResult r;
    r.status = statusFor(job->error(), job->errorString());
    if (r.status != CredentialResult::Status::Ok)
        r.error = job->errorString();
    return r;
}

} // namespace

// Jobs have no parent: libsecret may answer after the store is gone, and a job deleted under it
// would crash. A parentless job deletes itself when finished; connecting with `this` as context
// drops the callback if the store died first.

KeychainCredentialStore::KeychainCredentialStore(const QString &service, QObject *parent)
    : CredentialStore(parent)
    , m_service(service)
{
}

void KeychainCredentialStore::readPassword(const QString &key, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    // Never fall back to an unencrypted file: no keychain means "ask every session".
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        CredentialResult r = resultOf(j);
        if (r.status == CredentialResult::Status::Ok)
            r.password = static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
        done(r);
    });
    job->start();
}

void KeychainCredentialStore::writePassword(const QString &key, const QString &password, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setInsecureFallback(false);
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) { done(resultOf(j)); });
    job->start();
}

void KeychainCredentialStore::removePassword(const QString &key, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) { done(resultOf(j)); });
    job->start();
}

QString KeychainCredentialStore::description() const
{
    return QCoreApplication::translate("Credentials", "system keychain");
}

void MemoryCredentialStore::readPassword(const QString &key, Callback done)
{
    CredentialResult r;
    const auto it = m_passwords.constFind(key);
    r.status = it == m_passwords.constEnd() ? CredentialResult::Status::NotFound : CredentialResult::Status::Ok;
    if (it != m_passwords.constEnd())
        r.password = *it;
    done(r);
}

void MemoryCredentialStore::writePassword(const QString &key, const QString &password, Callback done)
{
    m_passwords.insert(key, password);
    done({CredentialResult::Status::Ok, {}, {}});
}

void MemoryCredentialStore::removePassword(const QString &key, Callback done)
{
    const bool removed = m_passwords.remove(key) > 0;
    done({removed ? CredentialResult::Status::Ok : CredentialResult::Status::NotFound, {}, {}});
}

QString MemoryCredentialStore::description() const
{
    return QCoreApplication::translate("Credentials", "this session only");
}

} // namespace dbpulse
