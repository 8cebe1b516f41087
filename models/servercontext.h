#pragma once

#include "core/db/target.h"

#include <QObject>
#include <QString>

namespace dbpulse {

/// \brief What a page needs of its current server for one-shot connections (EXPLAIN, the
/// sessions list, the advisor, the doctor): the target and the password of its live session
/// (memory only). live is false when the server is not connected; target and password are then
/// empty.
struct ServerContext
{
    QString key;
    Target target;
    QString password;
    bool live = false;

    explicit operator bool() const { return live; }
};

/// \brief The narrow view of the server registry that pages get: the context of one server and
/// a signal when the set of connected servers changes. GUI thread.
class ServerContexts : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    /// \a key's context; not live when it has no running session.
    virtual ServerContext context(const QString &key) const = 0;
    /// The password of a live connection to the same server and database as \a target (same
    /// credential key), or empty. Memory only; for one-shot tools such as migrations and backups.
    virtual QString livePassword(const Target &target) const = 0;

Q_SIGNALS:
    /// The set of running sessions changed (connect, disconnect, remove).
    void liveKeysChanged();
};

} // namespace dbpulse
