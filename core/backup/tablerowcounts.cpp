#include "core/backup/tablerowcounts.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringList>

#include <sqlite3.h>

namespace dbpulse {

QString pgTableRowCountSql()
{
    // query_to_xml runs one count(*) per table inside this single statement, so the counts share
    // the statement's (or the transaction's) snapshot and cost one round trip.
    return QStringLiteral(
        "SELECT n.nspname || '.' || c.relname, "
        "(xpath('/row/n/text()', query_to_xml(format('SELECT count(*) AS n FROM %I.%I', n.nspname, c.relname), "
        "false, true, '')))[1]::text "
        "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE c.relkind = 'r' AND n.nspname NOT IN ('pg_catalog', 'information_schema') "
        "AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp\\_%' "
        "AND has_table_privilege(c.oid, 'SELECT') "
        "AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass "
        "AND d.objid = c.oid AND d.deptype = 'e')");
}

QMap<QString, qint64> sqliteTableRowCounts(const QString &path, QString *error)
{
    QMap<QString, qint64> counts;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        *error = QStringLiteral("%1: %2").arg(path, QString::fromUtf8(sqlite3_errmsg(db)));
        sqlite3_close_v2(db);
        return {};
    }
    QStringList tables;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
                           "AND sql NOT LIKE 'CREATE VIRTUAL%'",
                           -1, &stmt, nullptr) == SQLITE_OK) {
        while (sqlite3_step(stmt) == SQLITE_ROW)
            tables << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    }
    sqlite3_finalize(stmt);
    for (const QString &table : std::as_const(tables)) {
        QString quoted = table;
        quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
        const QByteArray sql = QStringLiteral("SELECT count(*) FROM \"%1\"").arg(quoted).toUtf8();
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &stmt, nullptr) != SQLITE_OK || sqlite3_step(stmt) != SQLITE_ROW) {
            *error = QCoreApplication::translate("Backup", "cannot count the rows of %1: %2").arg(table, QString::fromUtf8(sqlite3_errmsg(db)));
            sqlite3_finalize(stmt);
            sqlite3_close_v2(db);
            return {};
        }
        counts.insert(table, sqlite3_column_int64(stmt, 0));
        sqlite3_finalize(stmt);
    }
    sqlite3_close_v2(db);
    return counts;
}

} // namespace dbpulse
