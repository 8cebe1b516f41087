#include "core/db/profilestore.h"

#include "core/io/naturalorder.h"

#include <QUrl>
#include <algorithm>

namespace dbpulse {

namespace {

// The one place that maps profile fields to settings keys, so nothing else addresses them by string.
namespace Key {
constexpr auto group = "profiles";
constexpr auto kind = "kind";
constexpr auto host = "host";
constexpr auto port = "port";
constexpr auto database = "database";
constexpr auto user = "user";
constexpr auto sslmode = "sslmode";
constexpr auto sslrootcert = "sslrootcert";
constexpr auto sslcert = "sslcert";
constexpr auto sslkey = "sslkey";
constexpr auto service = "service";
constexpr auto applicationName = "applicationName";
constexpr auto sqlitePath = "sqlitePath";
constexpr auto color = "color";
constexpr auto tag = "tag";
constexpr auto throwaway = "throwaway";
} // namespace Key

QString kindName(DatabaseKind kind)
{
    return kind == DatabaseKind::SQLite ? QStringLiteral("sqlite") : QStringLiteral("postgresql");
}

// QSettings treats '/' as a group separator; keep names intact by percent-encoding them.
QString groupKey(const QString &name)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(name));
}

QString nameFromKey(const QString &key)
{
    return QUrl::fromPercentEncoding(key.toLatin1());
}

ConnectionProfile readProfile(const QSettings &s, const QString &name)
{
    ConnectionProfile p;
    p.name = name;
    p.kind = s.value(QLatin1String(Key::kind)).toString() == QLatin1String("sqlite") ? DatabaseKind::SQLite
                                                                                       : DatabaseKind::PostgreSQL;
    p.host = s.value(QLatin1String(Key::host)).toString();
    p.port = s.value(QLatin1String(Key::port), 0).toInt();
    p.database = s.value(QLatin1String(Key::database)).toString();
    p.user = s.value(QLatin1String(Key::user)).toString();
    p.sslmode = s.value(QLatin1String(Key::sslmode)).toString();
    p.sslrootcert = s.value(QLatin1String(Key::sslrootcert)).toString();
    p.sslcert = s.value(QLatin1String(Key::sslcert)).toString();
    p.sslkey = s.value(QLatin1String(Key::sslkey)).toString();
    p.service = s.value(QLatin1String(Key::service)).toString();
    p.applicationName = s.value(QLatin1String(Key::applicationName)).toString();
    p.sqlitePath = s.value(QLatin1String(Key::sqlitePath)).toString();
    p.color = s.value(QLatin1String(Key::color)).toString();
    p.tag = s.value(QLatin1String(Key::tag)).toString();
    p.throwaway = s.value(QLatin1String(Key::throwaway), false).toBool();
    return p;
}

void writeProfile(QSettings &s, const ConnectionProfile &p)
{
    s.setValue(QLatin1String(Key::kind), kindName(p.kind));
    s.setValue(QLatin1String(Key::host), p.host);
    s.setValue(QLatin1String(Key::port), p.port);
    s.setValue(QLatin1String(Key::database), p.database);
    s.setValue(QLatin1String(Key::user), p.user);
    s.setValue(QLatin1String(Key::sslmode), p.sslmode);
    s.setValue(QLatin1String(Key::sslrootcert), p.sslrootcert);
    s.setValue(QLatin1String(Key::sslcert), p.sslcert);
    s.setValue(QLatin1String(Key::sslkey), p.sslkey);
    s.setValue(QLatin1String(Key::service), p.service);
    s.setValue(QLatin1String(Key::applicationName), p.applicationName);
    s.setValue(QLatin1String(Key::sqlitePath), p.sqlitePath);
    s.setValue(QLatin1String(Key::color), p.color);
    s.setValue(QLatin1String(Key::tag), p.tag);
    s.setValue(QLatin1String(Key::throwaway), p.throwaway);
}

} // namespace

ProfileStore::ProfileStore()
    : m_settings(std::make_unique<QSettings>())
{
}

ProfileStore::ProfileStore(const QString &iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
}

QList<ConnectionProfile> ProfileStore::profiles() const
{
    QList<ConnectionProfile> result;
    m_settings->beginGroup(QLatin1String(Key::group));
    const QStringList keys = m_settings->childGroups();
    for (const QString &key : keys) {
        m_settings->beginGroup(key);
        result << readProfile(*m_settings, nameFromKey(key));
        m_settings->endGroup();
    }
    m_settings->endGroup();
    std::sort(result.begin(), result.end(), [](const ConnectionProfile &a, const ConnectionProfile &b) {
        // As people number servers: "db-2" before "db-10"; names equal but for case keep one order.
        const int order = naturalCompare(a.name, b.name);
        return order != 0 ? order < 0 : a.name < b.name;
    });
    return result;
}

std::optional<ConnectionProfile> ProfileStore::find(const QString &name) const
{
    m_settings->beginGroup(QLatin1String(Key::group));
    const bool exists = m_settings->childGroups().contains(groupKey(name));
    std::optional<ConnectionProfile> result;
    if (exists) {
        m_settings->beginGroup(groupKey(name));
        result = readProfile(*m_settings, name);
        m_settings->endGroup();
    }
    m_settings->endGroup();
    return result;
}

void ProfileStore::save(const ConnectionProfile &profile)
{
    m_settings->beginGroup(QLatin1String(Key::group));
    m_settings->remove(groupKey(profile.name));
    m_settings->beginGroup(groupKey(profile.name));
    writeProfile(*m_settings, profile);
    m_settings->endGroup();
    m_settings->endGroup();
    m_settings->sync();
}

void ProfileStore::replace(const QString &oldName, const ConnectionProfile &profile)
{
    if (oldName != profile.name)
        remove(oldName);
    save(profile);
}

bool ProfileStore::remove(const QString &name)
{
    m_settings->beginGroup(QLatin1String(Key::group));
    const bool exists = m_settings->childGroups().contains(groupKey(name));
    if (exists)
        m_settings->remove(groupKey(name));
    m_settings->endGroup();
    m_settings->sync();
    return exists;
}

} // namespace dbpulse
