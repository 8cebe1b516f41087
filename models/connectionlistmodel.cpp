#include "models/connectionlistmodel.h"

#include "models/statustext.h"

#include <QColor>
#include <QTimer>

#include <algorithm>

namespace dbpulse {

ConnectionListModel::ConnectionListModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_countdown(new QTimer(this))
{
    // A reconnecting row's status text counts down to the next attempt: once a second it is
    // announced as changed, so every view of it ticks.
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &ConnectionListModel::tickCountdown);
}

QString ConnectionListModel::profileKey(const QString &profileName)
{
    return QStringLiteral("profile:") + profileName;
}

int ConnectionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant ConnectionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return e.name;
    case Qt::ToolTipRole: {
        QString tip = e.hasTarget ? e.target.label : e.name;
        if (!e.serverVersion.isEmpty())
            tip += QLatin1Char('\n') + e.serverVersion;
        return tip + QLatin1Char('\n') + data(index, StatusTextRole).toString();
    }
    case Qt::DecorationRole:
        return stateColor(e.status.state);
    case KeyRole:
        return e.key;
    case LabelRole:
        return e.hasTarget ? e.target.label : QString();
    case KindRole:
        return int(e.target.kind);
    case ColorRole:
        return e.profile && !e.profile->color.isEmpty() ? QColor::fromString(e.profile->color)
                                                        : QColor();
    case TagRole:
        return e.profile ? e.profile->tag : QString();
    case StateRole:
        return int(e.status.state);
    case StatusRole:
        return QVariant::fromValue(e.status);
    case ErrorRole:
        return e.status.error;
    case StatusTextRole:
        return !e.note.isEmpty() ? e.note : describeStatus(e.status);
    case ServerVersionRole:
        return e.serverVersion;
    case AdHocRole:
        return !e.profile.has_value();
    default:
        return {};
    }
}

QHash<int, QByteArray> ConnectionListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(KeyRole, "key");
    names.insert(NameRole, "name");
    names.insert(LabelRole, "label");
    names.insert(KindRole, "kind");
    names.insert(ColorRole, "color");
    names.insert(TagRole, "tag");
    names.insert(StateRole, "state");
    names.insert(StatusRole, "status");
    names.insert(ErrorRole, "error");
    names.insert(StatusTextRole, "statusText");
    names.insert(ServerVersionRole, "serverVersion");
    names.insert(AdHocRole, "adHoc");
    return names;
}

int ConnectionListModel::profileCount() const
{
    int n = 0;
    while (n < m_entries.size() && m_entries.at(n).profile)
        ++n;
    return n;
}

void ConnectionListModel::setProfiles(const QList<ConnectionProfile> &profiles)
{
    // Remove vanished profiles one by one and update/insert the rest, so views keep their
    // selection instead of seeing a model reset on every save.
    for (int row = profileCount() - 1; row >= 0; --row) {
        const QString name = m_entries.at(row).profile->name;
        const bool kept = std::any_of(profiles.cbegin(), profiles.cend(),
                                      [&](const ConnectionProfile &p) { return p.name == name; });
        if (!kept) {
            beginRemoveRows({}, row, row);
            m_entries.removeAt(row);
            endRemoveRows();
        }
    }
    for (const ConnectionProfile &p : profiles) {
        const QString key = profileKey(p.name);
        const int row = rowForKey(key);
        if (row >= 0) {
            Entry &e = m_entries[row];
            if (e.profile != p) {
                e.profile = p;
                e.target = targetFromProfile(p);
                changed(row);
            }
            continue;
        }
        Entry e;
        e.key = key;
        e.name = p.name;
        e.profile = p;
        e.target = targetFromProfile(p);
        const int at = profileCount();
        beginInsertRows({}, at, at);
        m_entries.insert(at, e);
        endInsertRows();
    }
}

QString ConnectionListModel::addTarget(const Target &target)
{
    if (!target.profileName.isEmpty() && contains(profileKey(target.profileName)))
        return profileKey(target.profileName);
    for (const Entry &e : std::as_const(m_entries)) {
        if (!e.profile && e.hasTarget && e.target.kind == target.kind
            && e.target.conninfo == target.conninfo && e.target.sqlitePath == target.sqlitePath)
            return e.key;
    }
    Entry e;
    e.key = QStringLiteral("adhoc:%1").arg(m_nextAdHoc++);
    e.target = target;
    e.name = target.label.isEmpty() ? target.conninfo : target.label;
    const int at = int(m_entries.size());
    beginInsertRows({}, at, at);
    m_entries.append(e);
    endInsertRows();
    return e.key;
}

QString ConnectionListModel::addPlaceholder(const QString &name, const QString &note)
{
    Entry e;
    e.key = QStringLiteral("adhoc:%1").arg(m_nextAdHoc++);
    e.hasTarget = false;
    e.name = name;
    e.note = note;
    e.status.state = ConnectionState::Connecting;
    const int at = int(m_entries.size());
    beginInsertRows({}, at, at);
    m_entries.append(e);
    endInsertRows();
    return e.key;
}

void ConnectionListModel::setTarget(const QString &key, const Target &target)
{
    const int row = rowForKey(key);
    if (row < 0 || m_entries.at(row).profile)
        return;
    Entry &e = m_entries[row];
    e.target = target;
    e.hasTarget = true;
    if (e.name.isEmpty())
        e.name = target.label;
    changed(row);
}

void ConnectionListModel::setNote(const QString &key, const QString &note)
{
    const int row = rowForKey(key);
    if (row < 0 || m_entries.at(row).note == note)
        return;
    m_entries[row].note = note;
    changed(row);
}

bool ConnectionListModel::removeAdHoc(const QString &key)
{
    const int row = rowForKey(key);
    if (row < 0 || m_entries.at(row).profile)
        return false;
    beginRemoveRows({}, row, row);
    m_entries.removeAt(row);
    endRemoveRows();
    return true;
}

void ConnectionListModel::setStatus(const QString &key, const ConnectionStatus &status)
{
    const int row = rowForKey(key);
    if (row < 0)
        return;
    m_entries[row].status = status;
    changed(row);
    updateCountdown();
}

void ConnectionListModel::setServerInfo(const QString &key, const ServerInfo &info)
{
    const int row = rowForKey(key);
    if (row < 0)
        return;
    m_entries[row].serverVersion = (info.product + QLatin1Char(' ') + info.version).trimmed();
    changed(row);
}

int ConnectionListModel::rowForKey(const QString &key) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).key == key)
            return row;
    }
    return -1;
}

QString ConnectionListModel::keyAt(int row) const
{
    return (row >= 0 && row < m_entries.size()) ? m_entries.at(row).key : QString();
}

bool ConnectionListModel::hasTarget(const QString &key) const
{
    const int row = rowForKey(key);
    return row >= 0 && m_entries.at(row).hasTarget;
}

Target ConnectionListModel::target(const QString &key) const
{
    const int row = rowForKey(key);
    return row >= 0 ? m_entries.at(row).target : Target();
}

std::optional<ConnectionProfile> ConnectionListModel::profile(const QString &key) const
{
    const int row = rowForKey(key);
    return row >= 0 ? m_entries.at(row).profile : std::nullopt;
}

ConnectionStatus ConnectionListModel::status(const QString &key) const
{
    const int row = rowForKey(key);
    return row >= 0 ? m_entries.at(row).status : ConnectionStatus();
}

QString ConnectionListModel::note(const QString &key) const
{
    const int row = rowForKey(key);
    return row >= 0 ? m_entries.at(row).note : QString();
}

void ConnectionListModel::updateCountdown()
{
    const bool any = std::any_of(m_entries.cbegin(), m_entries.cend(), [](const Entry &e) {
        return e.status.state == ConnectionState::Reconnecting;
    });
    if (any && !m_countdown->isActive())
        m_countdown->start();
    else if (!any)
        m_countdown->stop();
}

void ConnectionListModel::tickCountdown()
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).status.state == ConnectionState::Reconnecting)
            changed(row);
    }
    updateCountdown();
}

void ConnectionListModel::changed(int row)
{
    const QModelIndex i = index(row);
    Q_EMIT dataChanged(i, i);
}

} // namespace dbpulse
