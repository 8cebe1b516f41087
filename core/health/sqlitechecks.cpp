// SQLite checks: integrity_check, foreign_key_check, freelist ratio, journal mode.
#include "core/health/checkcontext.h"
#include "core/health/healthlogging.h"
#include "core/metrics/sqliteintegritystore.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace dbpulse {

namespace {

// The live monitor shows when DB Pulse last checked this file and what it found (it never runs
// the check itself): kept beside our own data, never in the checked file.
void recordIntegrity(const CheckContext &ctx, const QString &check, const QStringList &problems)
{
    const QString path = QSqlDatabase::database(ctx.sqliteConnection(), false).databaseName();
    SqliteIntegrityRecord record{QDateTime::currentDateTime(), problems.isEmpty(), check,
                                 problems.isEmpty() ? QStringLiteral("ok") : problems.mid(0, 5).join(QStringLiteral("; "))};
    QString error;
    if (!SqliteIntegrityStore().record(path, record, &error))
        qCWarning(lcHealth) << "cannot record the integrity check:" << error;
}

void integrity(CheckContext &ctx)
{
    // quick_check would skip index/table consistency; the whole point here is to find corruption.
    const QString check = QStringLiteral("PRAGMA integrity_check(100)");
    const QueryResult r = ctx.sqliteQuery(check);
    QStringList problems;
    for (const QVariantList &row : r.rows) {
        if (row.at(0).toString() != QLatin1String("ok"))
            problems << row.at(0).toString();
    }
    recordIntegrity(ctx, check, problems);
    if (problems.isEmpty()) {
        ctx.setOkDetail(QStringLiteral("integrity_check: ok"));
        return;
    }
    ctx.add(Severity::Critical, QStringLiteral("database file"),
            QCoreApplication::translate("Doctor", "integrity_check reports %n problem(s): %1", nullptr, int(problems.size())).arg(problems.mid(0, 5).join(QStringLiteral("; "))),
            QString::number(problems.size()), QStringLiteral("0"),
            QCoreApplication::translate("Doctor", "-- restore from a backup, or salvage into a new file:\n"
                           "-- sqlite3 broken.db .recover | sqlite3 recovered.db"));
}

void foreignKeys(CheckContext &ctx)
{
    const QueryResult r = ctx.sqliteQuery(QStringLiteral("PRAGMA foreign_key_check"));
    // Rows: table, rowid, parent, fkid — one per violating row; group them per key.
    QMap<QString, int> counts;
    for (const QVariantList &row : r.rows)
        counts[QStringLiteral("%1 → %2 (key %3)").arg(row.at(0).toString(), row.at(2).toString(), row.at(3).toString())]++;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        ctx.add(Severity::Critical, it.key(),
                QCoreApplication::translate("Doctor", "%n row(s) reference a missing parent row", nullptr, it.value()),
                QString::number(it.value()), QStringLiteral("0"),
                QCoreApplication::translate("Doctor", "PRAGMA foreign_key_check;  -- lists the rowids to repair or delete"));
}

void freelist(CheckContext &ctx)
{
    const double pages = ctx.sqliteQuery(QStringLiteral("PRAGMA page_count")).rows.value(0).value(0).toDouble();
    const double free = ctx.sqliteQuery(QStringLiteral("PRAGMA freelist_count")).rows.value(0).value(0).toDouble();
    const double pct = pages > 0 ? 100.0 * free / pages : 0;
    const double limit = ctx.thresholds().freelistWarningPct;
    if (pct <= limit) {
        ctx.setOkDetail(QCoreApplication::translate("Doctor", "%1 of %2 pages free").arg(free).arg(pages), formatPercent(pct), formatPercent(limit));
        return;
    }
    ctx.add(Severity::Warning, QStringLiteral("database file"),
            QCoreApplication::translate("Doctor", "%1 of %2 pages (%3) are free: the file is that much larger than its data")
                .arg(free).arg(pages).arg(formatPercent(pct)),
            formatPercent(pct), formatPercent(limit), QCoreApplication::translate("Doctor", "VACUUM;  -- rewrites the file; needs free disk space"));
}

void journalMode(CheckContext &ctx)
{
    const QString mode = ctx.sqliteQuery(QStringLiteral("PRAGMA journal_mode")).rows.value(0).value(0).toString().toLower();
    if (mode == QLatin1String("wal")) {
        ctx.setOkDetail(QCoreApplication::translate("Doctor", "journal_mode is wal"), mode, QStringLiteral("wal"));
        return;
    }
    if (mode == QLatin1String("off") || mode == QLatin1String("memory"))
        ctx.add(Severity::Warning, QStringLiteral("journal_mode"),
                QCoreApplication::translate("Doctor", "journal_mode is %1: a crash during a write can corrupt the database").arg(mode),
                mode, QStringLiteral("wal"), QStringLiteral("PRAGMA journal_mode = WAL;"));
    else
        ctx.add(Severity::Info, QStringLiteral("journal_mode"),
                QCoreApplication::translate("Doctor", "journal_mode is %1: readers and the writer block each other; WAL lets them run together").arg(mode),
                mode, QStringLiteral("wal"), QStringLiteral("PRAGMA journal_mode = WAL;"));
}

} // namespace

void addSqliteChecks(QList<HealthCheck> &checks)
{
    checks << HealthCheck{QStringLiteral("integrity"), integrity}
           << HealthCheck{QStringLiteral("foreign_keys"), foreignKeys}
           << HealthCheck{QStringLiteral("freelist"), freelist}
           << HealthCheck{QStringLiteral("journal_mode"), journalMode};
}

} // namespace dbpulse
