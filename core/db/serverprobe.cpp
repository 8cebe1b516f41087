#include "core/db/serverprobe.h"

#include "core/db/sqlitemonitorworker.h"

#include <QElapsedTimer>
#include "core/db/pghandles.h"

#include <libpq-fe.h>
#include <memory>

namespace dbpulse {

namespace {

using ConnPtr = PgConnPtr;
using ResultPtr = PgResultPtr;

// Runs a constant query; returns rows of text, or nullopt (the probe then leaves that fact out).
std::optional<QList<QStringList>> queryRows(PGconn *conn, const char *sql)
{
    ResultPtr res(PQexec(conn, sql));
    if (PQresultStatus(res.get()) != PGRES_TUPLES_OK)
        return std::nullopt;
    QList<QStringList> rows;
    for (int r = 0; r < PQntuples(res.get()); ++r) {
        QStringList row;
        for (int c = 0; c < PQnfields(res.get()); ++c)
            row << QString::fromUtf8(PQgetvalue(res.get(), r, c));
        rows << row;
    }
    return rows;
}

QString yesNo(const QString &pgBool)
{
    return pgBool == QLatin1String("t") ? QStringLiteral("yes") : QStringLiteral("no");
}

void probeSqlite(const Target &target, ProbeReport &report)
{
    QString version;
    if (!SqliteMonitorWorker::checkDatabase(target.sqlitePath, &report.error, &version))
        return;
    report.connected = true;
    report.serverVersion = QStringLiteral("SQLite ") + version;
    report.database = target.sqlitePath;
}

void probePostgres(const Target &target, const QString &password, int timeoutMs, ProbeReport &report)
{
    // libpq treats connect_timeout below 2 s as 2 s; round up so we never wait less than asked.
    const QByteArray timeout = QByteArray::number(std::max(2, (timeoutMs + 999) / 1000));
    const QByteArray conninfo = target.conninfo.toUtf8();
    const QByteArray pw = password.toUtf8();
    const char *keys[] = {"dbname", "application_name", "connect_timeout", password.isEmpty() ? nullptr : "password", nullptr};
    const char *values[] = {conninfo.constData(), "dbpulse", timeout.constData(), pw.constData(), nullptr};
    ConnPtr conn(PQconnectdbParams(keys, values, 1));
    if (!conn || PQstatus(conn.get()) != CONNECTION_OK) {
        report.error = conn ? QString::fromUtf8(PQerrorMessage(conn.get())).simplified()
                            : QStringLiteral("out of memory");
        return;
    }
    report.connected = true;
    PQclear(PQexec(conn.get(), "SET statement_timeout = 5000"));

    if (auto rows = queryRows(conn.get(), "SELECT version(), current_user, current_database()"); rows && !rows->isEmpty()) {
        report.serverVersion = rows->at(0).at(0);
        report.user = rows->at(0).at(1);
        report.database = rows->at(0).at(2);
    }
    if (auto rows = queryRows(conn.get(), "SELECT extname, extversion FROM pg_extension ORDER BY 1")) {
        for (const QStringList &row : std::as_const(*rows))
            report.extensions << row.join(QLatin1Char(' '));
    }
    if (auto rows = queryRows(conn.get(),
                              "SELECT name FROM pg_available_extensions WHERE installed_version IS NULL"
                              " AND name IN ('pg_stat_statements', 'hypopg', 'pgstattuple') ORDER BY 1")) {
        for (const QStringList &row : std::as_const(*rows))
            report.availableExtensions << row.at(0);
    }
    const auto privileges = queryRows(conn.get(),
        "SELECT r.rolsuper,"
        " pg_has_role(current_user, 'pg_monitor', 'USAGE'),"
        " pg_has_role(current_user, 'pg_read_all_stats', 'USAGE'),"
        " pg_has_role(current_user, 'pg_signal_backend', 'USAGE'),"
        " current_setting('shared_preload_libraries')"
        " FROM pg_roles r WHERE r.rolname = current_user");
    if (privileges && !privileges->isEmpty()) {
        const QStringList &p = privileges->at(0);
        const bool super = p.at(0) == QLatin1String("t");
        report.privileges << QStringLiteral("superuser: %1").arg(yesNo(p.at(0)))
                          << QStringLiteral("pg_monitor: %1").arg(yesNo(p.at(1)))
                          << QStringLiteral("pg_read_all_stats: %1").arg(yesNo(p.at(2)))
                          << QStringLiteral("pg_signal_backend (cancel/terminate): %1").arg(yesNo(p.at(3)));
        if (!super && p.at(1) != QLatin1String("t"))
            report.warnings << QStringLiteral("role %1 is not in pg_monitor: other sessions' queries stay hidden; "
                                              "run GRANT pg_monitor TO %1")
                                   .arg(report.user);
        const bool preloaded = p.at(4).contains(QLatin1String("pg_stat_statements"));
        const bool created = report.extensions.filter(QStringLiteral("pg_stat_statements ")).size() > 0;
        if (!preloaded)
            report.warnings << QStringLiteral("pg_stat_statements is not loaded: add it to shared_preload_libraries "
                                              "in postgresql.conf and restart the server");
        else if (!created)
            report.warnings << QStringLiteral("pg_stat_statements is loaded but not created in this database: "
                                              "run CREATE EXTENSION pg_stat_statements");
    }
}

} // namespace

ProbeReport probeTarget(const Target &target, const QString &password, int timeoutMs)
{
    ProbeReport report;
    QElapsedTimer clock;
    clock.start();
    if (target.kind == DatabaseKind::SQLite)
        probeSqlite(target, report);
    else
        probePostgres(target, password, timeoutMs, report);
    report.elapsedMs = clock.elapsed();
    return report;
}

} // namespace dbpulse
