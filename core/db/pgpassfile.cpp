#include "core/db/pgpassfile.h"

#include "core/io/privatefiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <libpq-fe.h>

namespace dbpulse {

namespace {

// The file's own escaping: backslash before ':' and '\'.
QString escaped(QString field)
{
    field.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    field.replace(QLatin1Char(':'), QLatin1String("\\:"));
    return field;
}

QString linePrefix(const QString &host, const QString &port, const QString &user)
{
    const QString h = host.isEmpty() || host.startsWith(QLatin1Char('/')) ? QStringLiteral("localhost") : host;
    const QString p = port.isEmpty() ? QStringLiteral("5432") : port;
    return escaped(h) + QLatin1Char(':') + escaped(p) + QStringLiteral(":*:") + escaped(user) + QLatin1Char(':');
}

// Rewrites the file without lines starting with \a prefix, then appends \a line (when given).
bool rewrite(const QString &path, const QString &prefix, const QString &line, QString *error)
{
    QStringList lines;
    QFile in(path);
    if (in.exists()) {
        if (QFileInfo(path).isSymLink()) {
            *error = QCoreApplication::translate("Connection", "%1 is a symbolic link; not writing through it").arg(path);
            return false;
        }
        if (!in.open(QIODevice::ReadOnly)) {
            *error = QCoreApplication::translate("Connection", "cannot read %1: %2").arg(path, in.errorString());
            return false;
        }
        lines = QString::fromUtf8(in.readAll()).split(QLatin1Char('\n'));
        while (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
    }
    QStringList kept;
    for (const QString &l : std::as_const(lines)) {
        if (!l.startsWith(prefix))
            kept << l;
    }
    if (!line.isEmpty())
        kept << line;
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly)) {
        *error = QCoreApplication::translate("Connection", "cannot write %1: %2").arg(path, out.errorString());
        return false;
    }
    // QSaveFile writes a new file next to it: owner-only before a byte of it is written.
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    out.write((kept.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
    if (!out.commit()) {
        *error = QCoreApplication::translate("Connection", "cannot write %1: %2").arg(path, out.errorString());
        return false;
    }
    return makePrivateFile(path, error);
}

} // namespace

QString pgpassFilePath()
{
    const QString env = qEnvironmentVariable("PGPASSFILE");
    return env.isEmpty() ? QDir::home().filePath(QStringLiteral(".pgpass")) : env;
}

QString pgpassFilePath(pg_conn *conn)
{
    QString path;
    if (PQconninfoOption *options = conn ? PQconninfo(conn) : nullptr) {
        for (PQconninfoOption *o = options; o->keyword; ++o) {
            if (qstrcmp(o->keyword, "passfile") == 0 && o->val && *o->val)
                path = QString::fromLocal8Bit(o->val);
        }
        PQconninfoFree(options);
    }
    return path.isEmpty() ? pgpassFilePath() : path;
}

bool savePgpassEntry(const QString &file, const QString &host, const QString &port, const QString &user,
                     const QString &password, QString *error)
{
    const QString prefix = linePrefix(host, port, user);
    return rewrite(file, prefix, prefix + escaped(password), error);
}

bool removePgpassEntry(const QString &file, const QString &host, const QString &port, const QString &user,
                       QString *error)
{
    return rewrite(file, linePrefix(host, port, user), QString(), error);
}

} // namespace dbpulse
