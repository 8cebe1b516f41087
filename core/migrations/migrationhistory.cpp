#include "core/migrations/migrationhistory.h"

#include "core/migrations/migrationdatabase.h"

#include <QHash>

namespace dbpulse {

namespace {

const QString checksumTable = QStringLiteral("dbpulse_migration_checksums");

} // namespace

MigrationHistory::MigrationHistory(MigrationDatabase &db, MigrationStyle style)
    : m_db(db), m_style(style)
{
}

QString MigrationHistory::tableName() const
{
    switch (m_style) {
    case MigrationStyle::Dbmate: return QStringLiteral("schema_migrations");
    case MigrationStyle::Flyway: return QStringLiteral("flyway_schema_history");
    default: return QStringLiteral("dbpulse_schema_history");
    }
}

bool MigrationHistory::run(const QString &sql, const QVariantList &params, QString *error)
{
    const SqlResult r = m_db.exec(sql, params);
    if (!r.ok)
        *error = QStringLiteral("%1: %2").arg(tableName(), r.error);
    return r.ok;
}

QString MigrationHistory::sqlName(const QString &table) const
{
    return m_db.qualifiedTable(table);
}

bool MigrationHistory::tableExists(const QString &name, bool *exists, QString *error)
{
    // Found where the user's search_path finds it, as dbmate and Flyway's defaults do, and named
    // schema-qualified: our session's own search_path is pinned.
    const SqlResult r = m_db.isPostgres()
        ? m_db.exec(QStringLiteral("SELECT pg_catalog.to_regclass(CAST($1 AS pg_catalog.text)) IS NOT NULL"), {sqlName(name)})
        : m_db.exec(QStringLiteral("SELECT count(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = $1"), {name});
    if (!r.ok) {
        *error = r.error;
        return false;
    }
    const QString v = r.rows.value(0).value(0);
    *exists = v == QLatin1String("t") || v == QLatin1String("1") || v == QLatin1String("true");
    return true;
}

bool MigrationHistory::exists(bool *exists, QString *error)
{
    return tableExists(tableName(), exists, error);
}

bool MigrationHistory::ensureTables(QString *error)
{
    const bool pg = m_db.isPostgres();
    const QString ts = pg ? QStringLiteral("timestamptz NOT NULL DEFAULT now()") : QStringLiteral("text NOT NULL DEFAULT CURRENT_TIMESTAMP");
    QStringList ddl;
    switch (m_style) {
    case MigrationStyle::Dbmate:
        // Byte for byte what dbmate runs, so either tool can create it first.
        ddl << QStringLiteral("create table if not exists %1 (version varchar(128) primary key)").arg(sqlName(tableName()));
        break;
    case MigrationStyle::Flyway: {
        bool has = false;
        if (!tableExists(tableName(), &has, error))
            return false;
        if (!has) {
            ddl << (pg ? QStringLiteral("CREATE TABLE %1 (installed_rank INT NOT NULL, version VARCHAR(50), "
                                        "description VARCHAR(200) NOT NULL, type VARCHAR(20) NOT NULL, script VARCHAR(1000) NOT NULL, "
                                        "checksum INTEGER, installed_by VARCHAR(100) NOT NULL, installed_on TIMESTAMP NOT NULL DEFAULT now(), "
                                        "execution_time INTEGER NOT NULL, success BOOLEAN NOT NULL, "
                                        "CONSTRAINT flyway_schema_history_pk PRIMARY KEY (installed_rank))").arg(sqlName(tableName()))
                       : QStringLiteral("CREATE TABLE %1 (installed_rank INT NOT NULL PRIMARY KEY, version VARCHAR(50), "
                                        "description VARCHAR(200) NOT NULL, type VARCHAR(20) NOT NULL, script VARCHAR(1000) NOT NULL, "
                                        "checksum INT, installed_by VARCHAR(100) NOT NULL, installed_on TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f','now')), "
                                        "execution_time INT NOT NULL, success BOOLEAN NOT NULL)").arg(sqlName(tableName())))
                << QStringLiteral("CREATE INDEX flyway_schema_history_s_idx ON %1 (success)").arg(sqlName(tableName()));
        }
        break;
    }
    default:
        ddl << QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (version text PRIMARY KEY, description text NOT NULL, "
                              "script text NOT NULL, checksum text NOT NULL, applied_at %2, execution_ms bigint NOT NULL)").arg(sqlName(tableName()), ts);
        break;
    }
    if (m_style != MigrationStyle::Native) {
        ddl << QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (history_table text NOT NULL, version text NOT NULL, "
                              "checksum text NOT NULL, applied_at %2, PRIMARY KEY (history_table, version))").arg(sqlName(checksumTable), ts);
    }
    for (const QString &sql : std::as_const(ddl)) {
        if (!run(sql, {}, error))
            return false;
    }
    return true;
}

bool MigrationHistory::load(QList<AppliedMigration> *applied, QString *error)
{
    applied->clear();
    bool has = false;
    if (!exists(&has, error))
        return false;
    if (!has)
        return true;
    Checksums sums;
    if (m_style != MigrationStyle::Native && !loadChecksums(&sums, error))
        return false;
    switch (m_style) {
    case MigrationStyle::Dbmate: return loadDbmate(sums, applied, error);
    case MigrationStyle::Flyway: return loadFlyway(sums, applied, error);
    default: return loadNative(applied, error);
    }
}

bool MigrationHistory::loadChecksums(Checksums *sums, QString *error)
{
    bool hasSums = false;
    if (!tableExists(checksumTable, &hasSums, error))
        return false;
    if (!hasSums)
        return true;
    const SqlResult r = m_db.exec(QStringLiteral("SELECT version, checksum, applied_at FROM %1 WHERE history_table = $1").arg(sqlName(checksumTable)), {tableName()});
    if (!r.ok) {
        *error = r.error;
        return false;
    }
    for (const QStringList &row : r.rows)
        sums->insert(row.value(0), {row.value(1), row.value(2)});
    return true;
}

bool MigrationHistory::loadDbmate(const Checksums &sums, QList<AppliedMigration> *applied, QString *error)
{
    const SqlResult r = m_db.exec(QStringLiteral("SELECT version FROM %1").arg(sqlName(tableName())));
    if (!r.ok) {
        *error = r.error;
        return false;
    }
    for (const QStringList &row : r.rows) {
        AppliedMigration a;
        a.key = a.version = row.value(0);
        a.sha256 = sums.value(a.key).first;
        a.appliedAt = sums.value(a.key).second;
        applied->append(a);
    }
    return true;
}

bool MigrationHistory::loadFlyway(const Checksums &sums, QList<AppliedMigration> *applied, QString *error)
{
    const SqlResult r = m_db.exec(QStringLiteral("SELECT version, description, type, script, checksum, installed_on, success "
                                                 "FROM %1 ORDER BY installed_rank").arg(sqlName(tableName())));
    if (!r.ok) {
        *error = r.error;
        return false;
    }
    // Replay the log: the last successful row per version decides (SQL applies, UNDO_SQL removes).
    QList<AppliedMigration> list;
    for (const QStringList &row : r.rows) {
        const QString type = row.value(2);
        const bool success = row.value(6) == QLatin1String("t") || row.value(6) == QLatin1String("1") || row.value(6) == QLatin1String("true");
        if (!success || (type != QLatin1String("SQL") && type != QLatin1String("UNDO_SQL")))
            continue;
        AppliedMigration a;
        a.version = row.value(0);
        a.description = row.value(1);
        a.key = a.version.isEmpty() ? QStringLiteral("R:") + a.description : a.version;
        a.script = row.value(3);
        if (!row.value(4).isEmpty())
            a.flywayChecksum = row.value(4).toInt();
        a.appliedAt = row.value(5);
        a.sha256 = sums.value(a.key).first;
        list.erase(std::remove_if(list.begin(), list.end(), [&](const AppliedMigration &o) { return o.key == a.key; }), list.end());
        if (type == QLatin1String("SQL"))
            list << a;
    }
    *applied = list;
    return true;
}

bool MigrationHistory::loadNative(QList<AppliedMigration> *applied, QString *error)
{
    const SqlResult r = m_db.exec(QStringLiteral("SELECT version, description, script, checksum, applied_at FROM %1 ORDER BY applied_at, version").arg(sqlName(tableName())));
    if (!r.ok) {
        *error = r.error;
        return false;
    }
    for (const QStringList &row : r.rows) {
        AppliedMigration a;
        a.key = row.value(0);
        a.version = a.key.startsWith(QLatin1String("R:")) ? QString() : a.key;
        a.description = row.value(1);
        a.script = row.value(2);
        a.sha256 = row.value(3);
        a.appliedAt = row.value(4);
        applied->append(a);
    }
    return true;
}

bool MigrationHistory::recordChecksum(const Migration &m, QString *error)
{
    if (!run(QStringLiteral("DELETE FROM %1 WHERE history_table = $1 AND version = $2").arg(sqlName(checksumTable)), {tableName(), m.historyKey()}, error))
        return false;
    return run(QStringLiteral("INSERT INTO %1 (history_table, version, checksum) VALUES ($1, $2, $3)").arg(sqlName(checksumTable)),
               {tableName(), m.historyKey(), m.sha256}, error);
}

bool MigrationHistory::recordApplied(const Migration &m, qint64 executionMs, QString *error)
{
    switch (m_style) {
    case MigrationStyle::Dbmate:
        if (!run(QStringLiteral("insert into %1 (version) values ($1)").arg(sqlName(tableName())), {m.version}, error))
            return false;
        return recordChecksum(m, error);
    case MigrationStyle::Flyway: {
        const QString user = m_db.isPostgres() ? QStringLiteral("current_user") : QStringLiteral("'dbpulse'");
        if (!run(QStringLiteral("INSERT INTO %1 (installed_rank, version, description, type, script, checksum, "
                                "installed_by, execution_time, success) SELECT coalesce(max(installed_rank), 0) + 1, $1, $2, 'SQL', $3, "
                                "CAST($4 AS INTEGER), %2, CAST($5 AS INTEGER), true FROM %1").arg(sqlName(tableName()), user),
                 {m.isRepeatable() ? QVariant() : QVariant(m.version), m.description, m.fileName,
                  QString::number(m.flywayChecksum), QString::number(executionMs)}, error))
            return false;
        return recordChecksum(m, error);
    }
    default:
        if (!run(QStringLiteral("DELETE FROM %1 WHERE version = $1").arg(sqlName(tableName())), {m.historyKey()}, error))
            return false;
        return run(QStringLiteral("INSERT INTO %1 (version, description, script, checksum, execution_ms) "
                                  "VALUES ($1, $2, $3, $4, CAST($5 AS bigint))").arg(sqlName(tableName())),
                   {m.historyKey(), m.description, m.fileName, m.sha256, QString::number(executionMs)}, error);
    }
}

bool MigrationHistory::recordUndone(const Migration &m, qint64 executionMs, QString *error)
{
    switch (m_style) {
    case MigrationStyle::Dbmate:
        if (!run(QStringLiteral("delete from %1 where version = $1").arg(sqlName(tableName())), {m.version}, error))
            return false;
        break;
    case MigrationStyle::Flyway: {
        // Flyway Teams records an undo as an UNDO_SQL row; the log stays append-only.
        const QString user = m_db.isPostgres() ? QStringLiteral("current_user") : QStringLiteral("'dbpulse'");
        if (!run(QStringLiteral("INSERT INTO %1 (installed_rank, version, description, type, script, checksum, "
                                "installed_by, execution_time, success) SELECT coalesce(max(installed_rank), 0) + 1, $1, $2, 'UNDO_SQL', $3, "
                                "NULL, %2, CAST($4 AS INTEGER), true FROM %1").arg(sqlName(tableName()), user),
                 {m.version, m.description, m.downFileName, QString::number(executionMs)}, error))
            return false;
        break;
    }
    default:
        return run(QStringLiteral("DELETE FROM %1 WHERE version = $1").arg(sqlName(tableName())), {m.historyKey()}, error);
    }
    return run(QStringLiteral("DELETE FROM %1 WHERE history_table = $1 AND version = $2").arg(sqlName(checksumTable)), {tableName(), m.historyKey()}, error);
}

} // namespace dbpulse
