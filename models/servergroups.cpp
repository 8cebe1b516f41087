#include "models/servergroups.h"

#include "core/db/connectionstate.h"
#include "models/connectionlistmodel.h"
#include "models/metricshistory.h"
#include "models/serverregistry.h"

#include <QHash>

namespace dbpulse {

QString serverIdentity(const ServerInfo &info)
{
    if (info.product != QLatin1String("PostgreSQL") || !info.startedAt.isValid())
        return {};
    const QString system = info.systemIdentifier.isEmpty() ? info.host : info.systemIdentifier;
    return system + QLatin1Char('@') + QString::number(info.startedAt.toMSecsSinceEpoch());
}

QList<ServerGroup> groupServers(const ServerRegistry &servers, const QStringList &keys)
{
    QHash<QString, int> members;
    QStringList identities;
    identities.reserve(keys.size());
    for (const QString &key : keys) {
        identities << serverIdentity(servers.serverInfo(key));
        if (!identities.last().isEmpty())
            ++members[identities.last()];
    }
    QList<ServerGroup> groups;
    QHash<QString, int> groupAt; // identity → index in groups
    for (int i = 0; i < keys.size(); ++i) {
        const QString &identity = identities.at(i);
        if (identity.isEmpty() || members.value(identity) < 2) {
            groups.append({QString(), QString(), {keys.at(i)}});
            continue;
        }
        const auto at = groupAt.constFind(identity);
        if (at != groupAt.cend()) {
            groups[*at].keys.append(keys.at(i));
            continue;
        }
        groupAt.insert(identity, int(groups.size()));
        groups.append({QStringLiteral("server:") + identity, servers.serverInfo(keys.at(i)).host, {keys.at(i)}});
    }
    return groups;
}

namespace {
QList<ServerGroup> allGroups(const ServerRegistry &servers)
{
    QStringList keys;
    const ConnectionListModel *model = servers.model();
    for (int row = 0; row < model->rowCount(); ++row)
        keys << model->keyAt(row);
    return groupServers(servers, keys);
}
} // namespace

ServerGroup findServerGroup(const ServerRegistry &servers, const QString &id)
{
    if (id.isEmpty())
        return {};
    for (const ServerGroup &group : allGroups(servers)) {
        if (group.id == id)
            return group;
    }
    return {};
}

ServerGroup findServerGroupOf(const ServerRegistry &servers, const QString &key)
{
    for (const ServerGroup &group : allGroups(servers)) {
        if (group.keys.contains(key))
            return group;
    }
    return {QString(), QString(), {key}};
}

QString serverFiguresKey(const ServerRegistry &servers, const ServerGroup &group)
{
    QString newest;
    QDateTime newestTime;
    for (const QString &key : group.keys) {
        const MetricsHistory *history = servers.metricsHistory(key);
        if (!history || history->isEmpty())
            continue;
        if (servers.status(key).state == ConnectionState::Connected)
            return key;
        if (newest.isEmpty() || history->latest().time > newestTime) {
            newest = key;
            newestTime = history->latest().time;
        }
    }
    return newest;
}

} // namespace dbpulse
