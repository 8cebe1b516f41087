#include "core/backup/pgclient.h"

#include <QCoreApplication>
#include <QFile>

#include "core/db/pgsession.h"
#include "core/db/target.h"

#include "core/backup/backuplogging.h"

#include <QElapsedTimer>

#include "core/db/connectionprofile.h"

#include <libpq-fe.h>

#include <algorithm>

#include <poll.h>

namespace dbpulse {

std::optional<ConnSettings> ConnSettings::parse(const QString &conninfo, QString *error)
{
    const auto parsed = conninfoSettings(conninfo, error);
    if (!parsed)
        return std::nullopt;
    ConnSettings result;
    for (const auto &[key, val] : *parsed) {
        if (key == QLatin1String("password"))
            result.password = val;
        else if (key == QLatin1String("sslpassword"))
            result.sslPassword = val;
        else
            result.settings.append({key, val});
    }
    // The passphrase reaches child processes as one line of a service file: a line break would
    // end it there and let the rest pose as other settings (another host, for one).
    if (result.sslPassword.contains(QLatin1Char('\n')) || result.sslPassword.contains(QLatin1Char('\r'))) {
        if (error)
            *error = QCoreApplication::translate("Backup", "the client key's passphrase (sslpassword) contains a line break, which "
                                    "pg_dump and pg_restore cannot be given safely");
        return std::nullopt;
    }
    return result;
}

QString ConnSettings::value(const QString &keyword) const
{
    for (const auto &kv : settings) {
        if (kv.first == keyword)
            return kv.second;
    }
    return {};
}

QString ConnSettings::conninfo(const QString &database) const
{
    QStringList parts;
    bool haveDb = false;
    for (const auto &kv : settings) {
        QString val = kv.second;
        if (kv.first == QLatin1String("dbname")) {
            haveDb = true;
            if (!database.isEmpty())
                val = database;
        }
        parts << kv.first + QLatin1Char('=') + quoteConninfoValue(val);
    }
    if (!haveDb && !database.isEmpty())
        parts << QStringLiteral("dbname=") + quoteConninfoValue(database);
    return parts.join(QLatin1Char(' '));
}

QString ConnSettings::sessionConninfo(const QString &database) const
{
    const QString base = conninfo(database);
    return sslPassword.isEmpty() ? base : base + QStringLiteral(" sslpassword=") + quoteConninfoValue(sslPassword);
}

QProcessEnvironment ConnSettings::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!password.isEmpty())
        env.insert(QStringLiteral("PGPASSWORD"), password);
    // A user's own service= keeps its own service file; otherwise ours carries the passphrase.
    if (!sslPassword.isEmpty() && value(QStringLiteral("service")).isEmpty()) {
        if (!m_serviceDir) {
            m_serviceDir = std::make_shared<QTemporaryDir>(); // created 0700
            QFile file(m_serviceDir->filePath(QStringLiteral("pg_service.conf")));
            if (m_serviceDir->isValid()
                && file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
                file.write("[dbpulse]\nsslpassword=" + sslPassword.toUtf8() + "\n");
            }
        }
        env.insert(QStringLiteral("PGSERVICEFILE"), m_serviceDir->filePath(QStringLiteral("pg_service.conf")));
        env.insert(QStringLiteral("PGSERVICE"), QStringLiteral("dbpulse"));
    }
    // Tools print messages we parse; keep them untranslated.
    env.insert(QStringLiteral("LC_MESSAGES"), QStringLiteral("C"));
    env.remove(QStringLiteral("LANGUAGE"));
    return env;
}

BlockingPg::BlockingPg() = default;
BlockingPg::~BlockingPg() = default;

bool BlockingPg::connect(const ConnSettings &settings, const QString &database, QString *error)
{
    // A hardened session (search_path pinned to pg_catalog): the row counts and restore-test
    // queries call catalog functions that another role could otherwise shadow in public.
    SessionOptions options = sessionDefaults(SessionPurpose::Backup);
    options.database = database;
    if (const QString timeout = settings.value(QStringLiteral("connect_timeout")); !timeout.isEmpty())
        options.connectTimeoutMs = timeout.toInt() * 1000;
    QString openError;
    m_session = PgSession::open(settings.sessionConninfo(), settings.password, options, &openError);
    m_conn = m_session ? m_session->handle() : nullptr;
    if (!m_session && error)
        *error = openError;
    return m_session != nullptr;
}

std::optional<QList<QStringList>> BlockingPg::query(const QString &sql, const QStringList &params, QString *error)
{
    QList<QByteArray> storage;
    std::vector<const char *> values;
    for (const QString &p : params)
        storage << p.toUtf8();
    for (const QByteArray &b : std::as_const(storage))
        values.push_back(b.constData());
    PGresult *res = PQexecParams(m_conn, sql.toUtf8().constData(), int(values.size()), nullptr,
                                 values.data(), nullptr, nullptr, 0);
    return takeRows(res, error);
}

std::optional<QList<QStringList>> BlockingPg::takeRows(PGresult *res, QString *error)
{
    const ExecStatusType status = PQresultStatus(res);
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
        if (error)
            *error = QString::fromUtf8(PQresultErrorMessage(res)).trimmed();
        PQclear(res);
        return std::nullopt;
    }
    QList<QStringList> rows;
    for (int r = 0; r < PQntuples(res); ++r) {
        QStringList row;
        for (int c = 0; c < PQnfields(res); ++c)
            row << QString::fromUtf8(PQgetvalue(res, r, c));
        rows << row;
    }
    PQclear(res);
    return rows;
}

bool BlockingPg::exec(const QString &sql, QString *error)
{
    return query(sql, {}, error).has_value();
}

bool BlockingPg::send(const QString &sql, QString *error)
{
    if (PQsendQuery(m_conn, sql.toUtf8().constData()) == 1)
        return true;
    if (error)
        *error = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
    return false;
}

std::optional<QList<QStringList>> BlockingPg::receive(QString *error, const std::function<bool()> &stopRequested)
{
    if (stopRequested && m_conn) {
        // PQgetResult would block until the server answers; wait on the socket in short steps
        // instead, so a cancel is noticed while the server is still working.
        QElapsedTimer sinceCancel;
        while (PQisBusy(m_conn)) {
            if (!sinceCancel.isValid() && stopRequested()) {
                cancelRunning();
                sinceCancel.start();
            }
            if (sinceCancel.isValid() && sinceCancel.hasExpired(5000)) {
                qCWarning(lcBackup) << "the server did not stop the statement within 5 s of a cancel; disconnecting";
                m_session.reset();
                m_conn = nullptr;
                break;
            }
            pollfd pfd{PQsocket(m_conn), POLLIN, 0};
            ::poll(&pfd, 1, 100);
            if (!PQconsumeInput(m_conn))
                break; // the connection failed: PQgetResult reports it
        }
        if (sinceCancel.isValid() || stopRequested()) {
            if (m_conn) {
                while (PGresult *res = PQgetResult(m_conn))
                    PQclear(res);
            }
            if (error)
                *error = QStringLiteral("cancelled");
            return std::nullopt;
        }
    }
    PGresult *res = PQgetResult(m_conn);
    std::optional<QList<QStringList>> rows = takeRows(res, error);
    // Drain to the end so the connection is ready for the next statement.
    while (PGresult *extra = PQgetResult(m_conn))
        PQclear(extra);
    return rows;
}

void BlockingPg::cancelRunning()
{
    if (PGcancel *cancel = PQgetCancel(m_conn)) {
        char buf[256];
        PQcancel(cancel, buf, sizeof buf);
        PQfreeCancel(cancel);
    }
}

QString BlockingPg::quoteIdentifier(const QString &name) const
{
    const QByteArray utf8 = name.toUtf8();
    char *quoted = PQescapeIdentifier(m_conn, utf8.constData(), size_t(utf8.size()));
    const QString result = QString::fromUtf8(quoted);
    PQfreemem(quoted);
    return result;
}

int BlockingPg::serverVersionNum() const
{
    return m_conn ? PQserverVersion(m_conn) : 0;
}

} // namespace dbpulse
