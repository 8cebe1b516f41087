#include "core/monitor/serverprobe.h"

#include "core/db/linksecurity.h"

#include "core/monitor/sqlitemonitorworker.h"

#include "core/db/pgsession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <libpq-fe.h>
#include <memory>

namespace dbpulse {

namespace {

// Rows of a constant query as text, or nullopt (the probe then leaves that fact out).
std::optional<QList<QVariantList>> queryRows(PgSession &session, const QString &sql)
{
    QueryResult r = session.exec(sql);
    if (!r.ok)
        return std::nullopt;
    return r.rows;
}

QString text(const QVariantList &row, int column)
{
    return row.value(column).toString();
}

QString yesNo(const QVariant &pgBool)
{
    return pgBool.toString() == QLatin1String("t") ? QCoreApplication::translate("Monitor", "yes") : QCoreApplication::translate("Monitor", "no");
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

void describeEncryption(PgSession &session, ProbeReport &report)
{
    const LinkSecurity link = describeLink(session.handle());
    report.encryption = link.text;
    if (link.exposed)
        report.warnings << link.warning;
}

void probePostgres(const Target &target, const QString &password, int timeoutMs, const JobContext &context,
                   ProbeReport &report)
{
    SessionOptions options = sessionDefaults(SessionPurpose::Monitor);
    options.connectTimeoutMs = timeoutMs;
    const std::unique_ptr<PgSession> session =
        PgSession::open(target.conninfo, password, context.cancellableConnect(options), &report.error);
    if (!session)
        return;
    const InterruptGuard interrupt(context, *session);
    report.connected = true;
    describeEncryption(*session, report);

    if (auto rows = queryRows(*session, QStringLiteral("SELECT version(), current_user, current_database()")); rows && !rows->isEmpty()) {
        report.serverVersion = text(rows->at(0), 0);
        report.user = text(rows->at(0), 1);
        report.database = text(rows->at(0), 2);
    }
    if (auto rows = queryRows(*session, QStringLiteral("SELECT extname, extversion FROM pg_extension ORDER BY 1"))) {
        for (const QVariantList &row : std::as_const(*rows))
            report.extensions << text(row, 0) + QLatin1Char(' ') + text(row, 1);
    }
    if (auto rows = queryRows(*session,
                              QStringLiteral("SELECT name FROM pg_available_extensions WHERE installed_version IS NULL"
                                             " AND name IN ('pg_stat_statements', 'hypopg', 'pgstattuple') ORDER BY 1"))) {
        for (const QVariantList &row : std::as_const(*rows))
            report.availableExtensions << text(row, 0);
    }
    const auto privileges = queryRows(*session, QStringLiteral(
        "SELECT r.rolsuper,"
        " pg_has_role(current_user, 'pg_monitor', 'USAGE'),"
        " pg_has_role(current_user, 'pg_read_all_stats', 'USAGE'),"
        " pg_has_role(current_user, 'pg_signal_backend', 'USAGE'),"
        " current_setting('shared_preload_libraries')"
        " FROM pg_roles r WHERE r.rolname = current_user"));
    if (privileges && !privileges->isEmpty()) {
        const QVariantList &p = privileges->at(0);
        const bool super = text(p, 0) == QLatin1String("t");
        report.privileges << QCoreApplication::translate("Monitor", "superuser: %1").arg(yesNo(p.at(0)))
                          << QStringLiteral("pg_monitor: %1").arg(yesNo(p.at(1)))
                          << QStringLiteral("pg_read_all_stats: %1").arg(yesNo(p.at(2)))
                          << QStringLiteral("pg_signal_backend (cancel/terminate): %1").arg(yesNo(p.at(3)));
        if (!super && text(p, 1) != QLatin1String("t"))
            report.warnings << QCoreApplication::translate("Monitor", "role %1 is not in pg_monitor: other sessions' queries stay hidden; "
                                              "run GRANT pg_monitor TO %1")
                                   .arg(report.user);
        const bool preloaded = text(p, 4).contains(QLatin1String("pg_stat_statements"));
        const bool created = report.extensions.filter(QStringLiteral("pg_stat_statements ")).size() > 0;
        if (!preloaded)
            report.warnings << QCoreApplication::translate("Monitor", "pg_stat_statements is not loaded: add it to shared_preload_libraries "
                                              "in postgresql.conf and restart the server");
        else if (!created)
            report.warnings << QCoreApplication::translate("Monitor", "pg_stat_statements is loaded but not created in this database: "
                                              "run CREATE EXTENSION pg_stat_statements");
    }
}

} // namespace

ProbeReport probeTarget(const Target &target, const QString &password, int timeoutMs, const JobContext &context)
{
    ProbeReport report;
    QElapsedTimer clock;
    clock.start();
    if (target.kind == DatabaseKind::SQLite)
        probeSqlite(target, report);
    else
        probePostgres(target, password, timeoutMs, context, report);
    report.elapsedMs = clock.elapsed();
    return report;
}

} // namespace dbpulse
