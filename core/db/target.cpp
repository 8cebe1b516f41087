#include "core/db/target.h"
#include "core/db/targetprofile.h"

#include "core/db/secretmask.h"

#include "core/db/profilestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <libpq-fe.h>

namespace dbpulse {

namespace {

bool hasSqliteSuffix(const QString &text)
{
    const QString lower = text.toLower();
    return lower.endsWith(QLatin1String(".db")) || lower.endsWith(QLatin1String(".sqlite"))
        || lower.endsWith(QLatin1String(".sqlite3"));
}

bool isPostgresUri(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"));
}

// libpq checks ports only when connecting; catching a typo here gives a better message sooner.
QString invalidPort(const QHash<QString, QString> &values)
{
    const QStringList ports = values.value(QStringLiteral("port")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &port : ports) {
        bool ok = false;
        const int n = port.trimmed().toInt(&ok);
        if (!ok || n < 1 || n > 65535)
            return port;
    }
    return {};
}

TargetParseResult failure(QString message)
{
    TargetParseResult r;
    r.error = std::move(message);
    return r;
}

TargetParseResult sqliteTarget(const QString &path, const QString &original)
{
    if (path.isEmpty())
        return failure(QCoreApplication::translate("Connection", "'%1': the SQLite target names no file").arg(original));
    const QFileInfo info(QDir::current(), path);
    if (!info.exists())
        return failure(QCoreApplication::translate("Connection", "SQLite file not found: %1").arg(info.absoluteFilePath()));
    if (!info.isFile())
        return failure(QCoreApplication::translate("Connection", "not a file: %1").arg(info.absoluteFilePath()));
    Target t;
    t.kind = DatabaseKind::SQLite;
    t.sqlitePath = info.absoluteFilePath();
    t.label = info.fileName();
    return {t, {}};
}

} // namespace

QString Target::credentialKey() const
{
    return profileName.isEmpty() ? label : profileName;
}

QString Target::sslPasswordKey() const
{
    return credentialKey() + QStringLiteral(" (client key passphrase)");
}

QString conninfoLabel(const QString &conninfo)
{
    const auto values = conninfoValues(conninfo, nullptr);
    if (!values)
        return {};
    if (values->contains(QStringLiteral("service")) && !values->contains(QStringLiteral("host")))
        return QStringLiteral("service=") + values->value(QStringLiteral("service"));
    QString label;
    const QString user = values->value(QStringLiteral("user"));
    if (!user.isEmpty())
        label += user + QLatin1Char('@');
    label += values->value(QStringLiteral("host"), values->value(QStringLiteral("hostaddr"), QStringLiteral("localhost")));
    const QString port = values->value(QStringLiteral("port"));
    if (!port.isEmpty())
        label += QLatin1Char(':') + port;
    const QString db = values->value(QStringLiteral("dbname"));
    if (!db.isEmpty())
        label += QLatin1Char('/') + db;
    return label;
}

Target targetFromProfile(const ConnectionProfile &profile)
{
    Target t;
    t.kind = profile.kind;
    t.profileName = profile.name;
    t.label = profile.name;
    t.throwaway = profile.throwaway;
    if (profile.kind == DatabaseKind::SQLite)
        t.sqlitePath = QFileInfo(profile.sqlitePath).absoluteFilePath();
    else
        t.conninfo = profile.toConninfo();
    return t;
}

std::optional<QList<QPair<QString, QString>>> conninfoSettings(const QString &conninfo, QString *error)
{
    char *errmsg = nullptr;
    PQconninfoOption *options = PQconninfoParse(conninfo.toUtf8().constData(), &errmsg);
    if (!options) {
        if (error)
            *error = errmsg ? maskSecretsOf(QString::fromUtf8(errmsg).trimmed(), conninfo) : QCoreApplication::translate("Connection", "out of memory");
        PQfreemem(errmsg);
        return std::nullopt;
    }
    QList<QPair<QString, QString>> settings;
    for (PQconninfoOption *o = options; o->keyword; ++o) {
        if (o->val && *o->val)
            settings.append({QString::fromUtf8(o->keyword), QString::fromUtf8(o->val)});
    }
    PQconninfoFree(options);
    return settings;
}

std::optional<QHash<QString, QString>> conninfoValues(const QString &conninfo, QString *error)
{
    const auto settings = conninfoSettings(conninfo, error);
    if (!settings)
        return std::nullopt;
    QHash<QString, QString> values;
    for (const auto &[key, value] : *settings)
        values.insert(key, value);
    return values;
}

ConnectionProfile profileFromTarget(const Target &target, QString *password)
{
    ConnectionProfile p;
    p.kind = target.kind;
    p.throwaway = target.throwaway;
    if (target.kind == DatabaseKind::SQLite) {
        p.sqlitePath = target.sqlitePath;
        return p;
    }
    const std::optional<QHash<QString, QString>> values = conninfoValues(target.conninfo, nullptr);
    if (!values)
        return p;
    const auto value = [&values](const char *keyword) { return values->value(QString::fromLatin1(keyword)); };
    p.host = value("host");
    p.port = value("port").section(QLatin1Char(','), 0, 0).toInt();
    p.database = value("dbname");
    p.user = value("user");
    p.sslmode = value("sslmode");
    p.sslrootcert = value("sslrootcert");
    p.sslcert = value("sslcert");
    p.sslkey = value("sslkey");
    p.service = value("service");
    p.applicationName = value("application_name");
    if (password)
        *password = value("password");
    return p;
}

QStringList keywordsNotInProfile(const Target &target)
{
    QStringList dropped;
    if (target.kind != DatabaseKind::PostgreSQL)
        return dropped;
    const std::optional<QHash<QString, QString>> values = conninfoValues(target.conninfo, nullptr);
    if (!values)
        return dropped;
    static const QStringList kept{QStringLiteral("host"), QStringLiteral("dbname"), QStringLiteral("user"),
                                  QStringLiteral("sslmode"), QStringLiteral("sslrootcert"), QStringLiteral("sslcert"),
                                  QStringLiteral("sslkey"), QStringLiteral("service"), QStringLiteral("application_name"),
                                  QStringLiteral("password"), QStringLiteral("sslpassword")};
    for (auto it = values->cbegin(); it != values->cend(); ++it) {
        // A profile has one port: a list ("5432,5433") does not fit it.
        const bool keptPort = it.key() == QLatin1String("port") && !it.value().contains(QLatin1Char(','));
        if (!kept.contains(it.key()) && !keptPort)
            dropped << it.key();
    }
    dropped.sort();
    return dropped;
}

TargetParseResult parseTarget(const QString &input, const ProfileStore *profiles)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return failure(QCoreApplication::translate("Connection", "empty target: give a postgresql:// URI, key=value settings, "
                                      "@profile, sqlite:PATH or a .db/.sqlite file"));

    if (text.startsWith(QLatin1Char('@'))) {
        const QString name = text.mid(1);
        if (!profiles)
            return failure(QCoreApplication::translate("Connection", "'%1': no saved connections are available here").arg(text));
        const auto profile = profiles->find(name);
        if (!profile)
            return failure(QCoreApplication::translate("Connection", "no saved connection named '%1'").arg(name));
        return {targetFromProfile(*profile), {}};
    }

    if (text.startsWith(QLatin1String("sqlite:"))) {
        QString path = text.mid(int(qstrlen("sqlite:")));
        if (path.startsWith(QLatin1String("//")))
            path = path.mid(2);
        return sqliteTarget(path, text);
    }

    if (isPostgresUri(text) || text.contains(QLatin1Char('='))) {
        QString error;
        const auto values = conninfoValues(text, &error);
        // The raw text may hold a password, so messages quote only the offending part.
        if (!values)
            return failure(QCoreApplication::translate("Connection", "malformed connection string: %1").arg(error));
        if (const QString port = invalidPort(*values); !port.isNull())
            return failure(QCoreApplication::translate("Connection", "malformed connection string: invalid port number \"%1\"").arg(port));
        Target t;
        t.conninfo = text;
        t.label = conninfoLabel(text);
        return {t, {}};
    }

    if (hasSqliteSuffix(text))
        return sqliteTarget(text, text);

    return failure(QCoreApplication::translate("Connection", "'%1' is not a target: give a postgresql:// URI, key=value settings "
                                  "(e.g. \"host=db1 dbname=app\"), @profile, sqlite:PATH or a "
                                  ".db/.sqlite/.sqlite3 file")
                       .arg(maskSecrets(text)));
}

} // namespace dbpulse
