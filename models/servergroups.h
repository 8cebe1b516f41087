#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace dbpulse {

class ServerRegistry;
struct MetricsSample;
struct ServerInfo;

/// \brief Connections to databases of one server, as the sidebar and the card grid group them.
/// Value type, GUI thread.
struct ServerGroup
{
    QString id;        ///< "server:<identity>"; empty for a connection alone on its server
    QString title;     ///< where the server is ("db1.example:5432"), for headers
    QStringList keys;  ///< its connections, in the connection list's order

    bool isGroup() const { return !id.isEmpty(); }
};

/// What makes two connections the same server: the system identifier (or, unreadable, the
/// host) with the postmaster's start time, which tells a primary from its standbys. Empty before
/// the first connection and for SQLite files.
QString serverIdentity(const ServerInfo &info);

/// \a keys (in their order) grouped by server: connections that share a serverIdentity() with at
/// least one other form a group, placed where its first member is; every other key stands alone.
QList<ServerGroup> groupServers(const ServerRegistry &servers, const QStringList &keys);

/// The group \a id among every connection of \a servers, or an empty group.
ServerGroup findServerGroup(const ServerRegistry &servers, const QString &id);

/// The group (or lone connection) \a key belongs to, among every connection of \a servers.
ServerGroup findServerGroupOf(const ServerRegistry &servers, const QString &key);

/// The member of \a group whose samples show the server's figures wherever they appear: the
/// first connected one with a sample (one connection, so one screen shows one value, not two
/// monitors' readings of different moments), else the one with the newest sample. Empty when no
/// member has a sample.
QString serverFiguresKey(const ServerRegistry &servers, const ServerGroup &group);

} // namespace dbpulse
