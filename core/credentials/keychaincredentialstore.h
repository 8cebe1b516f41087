#pragma once

#include "core/credentials/credentialstore.h"

#include <QHash>

namespace dbpulse {

/// \brief Passwords in the OS keychain through QtKeychain (Secret Service on Linux).
/// When no keychain service can be reached, callbacks get Status::Unavailable — callers then
/// fall back to MemoryCredentialStore and tell the user; nothing is written in plain text.
class KeychainCredentialStore : public CredentialStore
{
    Q_OBJECT
public:
    explicit KeychainCredentialStore(const QString &service = QStringLiteral("dbpulse"),
                                     QObject *parent = nullptr);

    void readPassword(const QString &key, Callback done) override;
    void writePassword(const QString &key, const QString &password, Callback done) override;
    void removePassword(const QString &key, Callback done) override;
    QString description() const override;

private:
    QString m_service;
};

/// \brief Passwords held in memory for this session only (the fallback without a keychain).
class MemoryCredentialStore : public CredentialStore
{
    Q_OBJECT
public:
    using CredentialStore::CredentialStore;

    void readPassword(const QString &key, Callback done) override;
    void writePassword(const QString &key, const QString &password, Callback done) override;
    void removePassword(const QString &key, Callback done) override;
    QString description() const override;

private:
    QHash<QString, QString> m_passwords;
};

} // namespace dbpulse
