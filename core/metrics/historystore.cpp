#include "core/metrics/historystore.h"

#include "core/db/waitsplit.h"
#include "core/io/privatefiles.h"

#include "core/metrics/metricslogging.h"
#include "core/metrics/statementrange.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QUuid>

namespace dbpulse {

namespace {

constexpr int flushIntervalMs = 5000;
constexpr int pruneIntervalMs = 5 * 60 * 1000;
constexpr qint64 minuteMs = 60 * 1000;
constexpr qint64 hourMs = 60 * minuteMs;

// The file's format, in PRAGMA user_version. 0: the first one (no waiting split). 1: raw and
// minute rows split conn_waiting by wait event type (the wait_* columns, added to a version 0
// file when a writer opens it; their rows from before read back as "split unknown").
constexpr int formatVersion = 1;

// Both tables share one shape so reads can UNION them; t is milliseconds since the epoch. The
// wait_* columns come last: a version 0 file gets them appended by ALTER TABLE in this order.
constexpr auto schemaSql = R"(
CREATE TABLE IF NOT EXISTS %1 (
    t INTEGER PRIMARY KEY,
    gap INTEGER NOT NULL,
    conn_total INTEGER, conn_active INTEGER, conn_idle INTEGER, conn_idle_tx INTEGER,
    conn_waiting INTEGER, conn_max INTEGER,
    tps REAL, sps REAL, cache_table REAL, cache_index REAL, p50 REAL, p95 REAL, p99 REAL,
    %2
) WITHOUT ROWID)";

// One column per WaitSplit place, in its order: wait_lock, wait_lwlock, …, wait_other. The
// names are part of the file format: a type's column keeps its name.
QString waitColumn(int index)
{
    return QStringLiteral("wait_") + WaitSplit::typeName(index).toLower();
}

QString waitColumnList(const char *format)
{
    QStringList parts;
    for (int i = 0; i < WaitSplit::Count; ++i)
        parts << QString::fromLatin1(format).arg(waitColumn(i));
    return parts.join(QStringLiteral(", "));
}

const QString firstColumns = QStringLiteral("t, gap, conn_total, conn_active, conn_idle, conn_idle_tx, conn_waiting,"
                                            " conn_max, tps, sps, cache_table, cache_index, p50, p95, p99, ");
const QString columns = firstColumns + waitColumnList("%1");

// Aggregation used both for minute buckets and for downsampled reads: means for rates and
// ratios, maxima where a short peak is the point (connections, tail latency, waiting by type).
const QString aggregates = QStringLiteral("min(gap), max(conn_total), max(conn_active), max(conn_idle),"
                                          " max(conn_idle_tx), max(conn_waiting), max(conn_max), avg(tps), avg(sps),"
                                          " avg(cache_table), avg(cache_index), avg(p50), max(p95), max(p99), ")
    + waitColumnList("max(%1)");

// The split columns of a point read with the aggregates above.
constexpr int firstWaitValue = 15;

int placeholders()
{
    return firstWaitValue + WaitSplit::Count;
}

// One row per statement (queryid, dbid) and stored stretch: an interval (span 0, t = its end)
// or a folded minute/hour (t = its start). Sums, so rows fold and add up exactly.
constexpr auto statementsSchemaSql = R"(
CREATE TABLE IF NOT EXISTS statements (
    t INTEGER NOT NULL, span INTEGER NOT NULL, queryid INTEGER NOT NULL, dbid INTEGER NOT NULL,
    db TEXT, users TEXT, calls INTEGER NOT NULL, total REAL NOT NULL, squares REAL NOT NULL,
    min_ms REAL, max_ms REAL, rows INTEGER, blks_hit INTEGER, blks_read INTEGER,
    PRIMARY KEY (t, queryid, dbid, span)
) WITHOUT ROWID)";

// Adding to a row that is already there (a fold meeting a bucket folded before) sums.
constexpr auto upsertStatementSql
    = "INSERT INTO statements (t, span, queryid, dbid, db, users, calls, total, squares, min_ms, max_ms,"
      " rows, blks_hit, blks_read) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
      " ON CONFLICT (t, queryid, dbid, span) DO UPDATE SET calls = calls + excluded.calls,"
      " total = total + excluded.total, squares = squares + excluded.squares,"
      " min_ms = min(min_ms, excluded.min_ms), max_ms = max(max_ms, excluded.max_ms),"
      " rows = rows + excluded.rows, blks_hit = blks_hit + excluded.blks_hit,"
      " blks_read = blks_read + excluded.blks_read,"
      " users = CASE WHEN users = excluded.users THEN users ELSE users || char(31) || excluded.users END";

constexpr auto statementColumns = "t, queryid, dbid, db, users, calls, total, squares, min_ms, max_ms, rows,"
                                  " blks_hit, blks_read";

// Role names are identifiers: they may hold commas, never the unit separator.
const QChar userSeparator(0x1f);

QString joinUsers(const QStringList &users)
{
    return users.join(userSeparator);
}

QStringList splitUsers(const QString &text)
{
    QStringList users = text.split(userSeparator, Qt::SkipEmptyParts);
    users.removeDuplicates();
    users.sort();
    return users;
}

StatementBucket statementFrom(const QSqlQuery &q, qint64 span)
{
    StatementBucket b;
    b.timeMs = q.value(0).toLongLong();
    b.spanMs = span;
    b.queryId = q.value(1).toLongLong();
    b.dbId = q.value(2).toUInt();
    b.database = q.value(3).toString();
    b.users = splitUsers(q.value(4).toString());
    b.calls = q.value(5).toLongLong();
    b.totalMs = q.value(6).toDouble();
    b.squaresMs2 = q.value(7).toDouble();
    b.minMs = q.value(8).toDouble();
    b.maxMs = q.value(9).toDouble();
    b.rows = q.value(10).toLongLong();
    b.blksHit = q.value(11).toLongLong();
    b.blksRead = q.value(12).toLongLong();
    return b;
}

bool upsertStatement(QSqlQuery &q, const StatementBucket &b, QString *error)
{
    q.addBindValue(b.timeMs);
    q.addBindValue(b.spanMs);
    q.addBindValue(b.queryId);
    q.addBindValue(qint64(b.dbId));
    q.addBindValue(b.database);
    q.addBindValue(joinUsers(b.users));
    q.addBindValue(b.calls);
    q.addBindValue(b.totalMs);
    q.addBindValue(b.squaresMs2);
    q.addBindValue(b.minMs);
    q.addBindValue(b.maxMs);
    q.addBindValue(b.rows);
    q.addBindValue(b.blksHit);
    q.addBindValue(b.blksRead);
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

QVariant optionalValue(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Double));
}

bool exec(QSqlQuery &q, const QString &sql, QString *error)
{
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

HistoryPoint pointFrom(const QSqlQuery &q)
{
    HistoryPoint p;
    // UTC, not local: a day of points for each of fifty servers converted to local time held
    // Qt's time-zone lock long enough to stall the GUI thread, which takes it too.
    p.time = QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC);
    p.gap = q.value(1).toInt() != 0;
    p.connections.total = q.value(2).toInt();
    p.connections.active = q.value(3).toInt();
    p.connections.idle = q.value(4).toInt();
    p.connections.idleInTransaction = q.value(5).toInt();
    p.connections.waiting = q.value(6).toInt();
    p.connections.max = q.value(7).toInt();
    p.transactionsPerSecond = q.value(8).toDouble();
    if (!q.value(9).isNull())
        p.statementsPerSecond = q.value(9).toDouble();
    if (!q.value(10).isNull())
        p.cacheHitTable = q.value(10).toDouble();
    if (!q.value(11).isNull())
        p.cacheHitIndex = q.value(11).toDouble();
    if (!q.value(12).isNull())
        p.latencyMs = LatencyPercentiles{q.value(12).toDouble(), q.value(13).toDouble(), q.value(14).toDouble()};
    // NULL: a row from before the split was stored (or a file without it); the map stays empty.
    WaitSplit split;
    for (int i = 0; i < WaitSplit::Count; ++i)
        split.counts[size_t(i)] = quint16(std::max(0, q.value(firstWaitValue + i).toInt()));
    p.connections.waitingByType = split.toMap();
    return p;
}

bool hasColumn(QSqlDatabase &db, const QString &table, const QString &column)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)))
        return false;
    while (q.next()) {
        if (q.value(1).toString() == column)
            return true;
    }
    return false;
}

/// Brings a file of an older format to formatVersion, in one transaction.
bool upgradeFormat(QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    if (!exec(q, QStringLiteral("PRAGMA user_version"), error) || !q.next())
        return false;
    if (q.value(0).toInt() >= formatVersion)
        return true;
    q.finish();
    db.transaction();
    for (const QString &table : {QStringLiteral("raw"), QStringLiteral("minute")}) {
        for (int i = 0; i < WaitSplit::Count; ++i) {
            const QString column = waitColumn(i);
            if (!hasColumn(db, table, column)
                && !exec(q, QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 INTEGER").arg(table, column), error)) {
                db.rollback();
                return false;
            }
        }
    }
    if (!exec(q, QStringLiteral("PRAGMA user_version = %1").arg(formatVersion), error)) {
        db.rollback();
        return false;
    }
    return db.commit();
}

} // namespace

HistoryStore::HistoryStore(const QString &path, HistoryRetention retention, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_connectionName(QStringLiteral("dbpulse-history-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_retention(retention)
    , m_flushTimer(new QTimer(this))
    , m_pruneTimer(new QTimer(this))
{
    m_flushTimer->setInterval(flushIntervalMs);
    m_pruneTimer->setInterval(pruneIntervalMs);
    connect(m_flushTimer, &QTimer::timeout, this, &HistoryStore::flush);
    connect(m_pruneTimer, &QTimer::timeout, this, &HistoryStore::prune);
}

HistoryStore::~HistoryStore()
{
    flush();
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QString HistoryStore::pathFor(const QString &directory, const QString &serverKey)
{
    // Hashed so any profile name or label makes a valid, stable file name.
    const QByteArray hash = QCryptographicHash::hash(serverKey.toUtf8(), QCryptographicHash::Sha256).toHex().left(24);
    return directory + QLatin1Char('/') + QString::fromLatin1(hash) + QStringLiteral(".sqlite");
}

void HistoryStore::removeExpired(const QString &directory, HistoryRetention retention)
{
    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addDays(-retention.minuteDays);
    const QFileInfoList files = QDir(directory).entryInfoList({QStringLiteral("*.sqlite")}, QDir::Files);
    for (const QFileInfo &file : files) {
        if (file.lastModified() >= cutoff)
            continue;
        // WAL mode keeps two companions next to the file.
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(file.absoluteFilePath() + suffix);
        qCInfo(lcMetrics) << "removed expired history file" << file.fileName();
    }
}

bool HistoryStore::open()
{
    if (m_open)
        return true;
    // History says what ran on the server and when: private, whatever the umask. SQLite gives its
    // -wal and -shm companions the main file's permissions.
    if (!makePrivateDirectory(QFileInfo(m_path).absolutePath(), &m_error) || !makePrivateFile(m_path, &m_error)) {
        qCWarning(lcMetrics) << m_error;
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    if (!db.open()) {
        m_error = QCoreApplication::translate("Metrics", "cannot open history file %1: %2").arg(m_path, db.lastError().text());
        qCWarning(lcMetrics) << m_error;
        return false;
    }
    QSqlQuery q(db);
    // WAL + NORMAL: a crash may lose the last batch, never corrupt the file; fsync stays rare.
    exec(q, QStringLiteral("PRAGMA journal_mode=WAL"), nullptr);
    exec(q, QStringLiteral("PRAGMA synchronous=NORMAL"), nullptr);
    const QString waitSchema = waitColumnList("%1 INTEGER");
    if (!exec(q, QString::fromLatin1(schemaSql).arg(QStringLiteral("raw"), waitSchema), &m_error)
        || !exec(q, QString::fromLatin1(schemaSql).arg(QStringLiteral("minute"), waitSchema), &m_error)
        || !exec(q, QString::fromLatin1(statementsSchemaSql), &m_error) || !upgradeFormat(db, &m_error)) {
        m_error = QCoreApplication::translate("Metrics", "history file %1 is not usable: %2").arg(m_path, m_error);
        qCWarning(lcMetrics) << m_error;
        return false;
    }
    m_open = true;
    m_flushTimer->start();
    m_pruneTimer->start();
    prune();
    return true;
}

void HistoryStore::append(const MetricsSample &sample)
{
    m_buffer << sample;
    if (!m_open)
        open();
}

void HistoryStore::flush()
{
    if (m_buffer.isEmpty() || !open())
        return;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    db.transaction();
    QSqlQuery q(db);
    QStringList marks;
    for (int i = 0; i < placeholders(); ++i)
        marks << QStringLiteral("?");
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO raw (%1) VALUES (%2)").arg(columns, marks.join(QLatin1Char(','))));
    for (const MetricsSample &s : std::as_const(m_buffer)) {
        const bool latency = s.latencyMs.has_value() && !s.statementsGap;
        q.addBindValue(s.time.toMSecsSinceEpoch());
        q.addBindValue(s.gap ? 1 : 0);
        q.addBindValue(s.connections.total);
        q.addBindValue(s.connections.active);
        q.addBindValue(s.connections.idle);
        q.addBindValue(s.connections.idleInTransaction);
        q.addBindValue(s.connections.waiting);
        q.addBindValue(s.connections.max);
        q.addBindValue(s.gap ? QVariant(QMetaType(QMetaType::Double)) : QVariant(s.rates.transactionsPerSecond));
        q.addBindValue(s.statementsGap ? QVariant(QMetaType(QMetaType::Double)) : QVariant(s.statementsPerSecond));
        q.addBindValue(s.gap ? QVariant(QMetaType(QMetaType::Double)) : optionalValue(s.cacheHitRatio.table));
        q.addBindValue(s.gap ? QVariant(QMetaType(QMetaType::Double)) : optionalValue(s.cacheHitRatio.index));
        q.addBindValue(latency ? QVariant(s.latencyMs->p50) : QVariant(QMetaType(QMetaType::Double)));
        q.addBindValue(latency ? QVariant(s.latencyMs->p95) : QVariant(QMetaType(QMetaType::Double)));
        q.addBindValue(latency ? QVariant(s.latencyMs->p99) : QVariant(QMetaType(QMetaType::Double)));
        // Like conn_waiting, the target database's sessions, and measured even in a gap.
        for (quint16 count : WaitSplit::fromMap(s.connections.waitingByType).counts)
            q.addBindValue(int(count));
        if (!q.exec()) {
            m_error = q.lastError().text();
            qCWarning(lcMetrics) << "history write failed:" << m_error;
            db.rollback();
            return; // keep the buffer; the next flush retries
        }
        if (!writeStatements(db, s)) {
            qCWarning(lcMetrics) << "history write failed:" << m_error;
            db.rollback();
            return;
        }
    }
    db.commit();
    m_buffer.clear();
}

bool HistoryStore::writeStatements(QSqlDatabase &db, const MetricsSample &sample)
{
    // Only intervals that are valid and read now; a repeated read's list is empty anyway.
    if (!sample.statementsAvailable || sample.statementsGap || !sample.statementsFresh)
        return true;
    QSqlQuery q(db);
    q.prepare(QLatin1String(upsertStatementSql));
    const qint64 t = sample.time.toMSecsSinceEpoch();
    for (const StatementInterval &s : sample.statements) {
        if (s.calls > 0 && !upsertStatement(q, StatementBucket::fromInterval(s, t), &m_error))
            return false;
    }
    return true;
}

bool HistoryStore::foldStatements(QSqlDatabase &db, qint64 span, qint64 cutoffMs, qint64 granularityMs)
{
    QList<StatementBucket> old;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM statements WHERE span = ? AND t < ?").arg(QLatin1String(statementColumns)));
    q.addBindValue(span);
    q.addBindValue(cutoffMs);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    while (q.next())
        old << statementFrom(q, span);
    if (old.isEmpty())
        return true;
    QSqlQuery insert(db);
    insert.prepare(QLatin1String(upsertStatementSql));
    for (const StatementBucket &b : StatementRange::fold(old, granularityMs)) {
        if (!upsertStatement(insert, b, &m_error))
            return false;
    }
    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM statements WHERE span = ? AND t < ?"));
    remove.addBindValue(span);
    remove.addBindValue(cutoffMs);
    if (!remove.exec()) {
        m_error = remove.lastError().text();
        return false;
    }
    return true;
}

void HistoryStore::prune()
{
    if (!open())
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 rawCutoff = (now - qint64(m_retention.rawHours) * 3600 * 1000) / minuteMs * minuteMs;
    const qint64 minuteCutoff = now - qint64(m_retention.minuteDays) * 24 * 3600 * 1000;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    db.transaction();
    QSqlQuery q(db);
    // Whole minutes only, so a bucket is never folded twice from partial data.
    const bool ok = exec(q, QStringLiteral("INSERT OR REPLACE INTO minute (%1) SELECT (t / %2) * %2, %3 FROM raw"
                                           " WHERE t < %4 GROUP BY t / %2")
                                .arg(columns).arg(minuteMs).arg(aggregates).arg(rawCutoff),
                         &m_error)
        && exec(q, QStringLiteral("DELETE FROM raw WHERE t < %1").arg(rawCutoff), &m_error)
        && exec(q, QStringLiteral("DELETE FROM minute WHERE t < %1").arg(minuteCutoff), &m_error)
        // Statements: intervals → minutes → hours → dropped, whole minutes and hours only.
        && foldStatements(db, 0, (now - qint64(m_retention.statementRawMinutes) * minuteMs) / minuteMs * minuteMs, minuteMs)
        && foldStatements(db, minuteMs, rawCutoff / hourMs * hourMs, hourMs)
        && exec(q, QStringLiteral("DELETE FROM statements WHERE t < %1").arg(minuteCutoff), &m_error);
    if (ok)
        db.commit();
    else {
        qCWarning(lcMetrics) << "history prune failed:" << m_error;
        db.rollback();
    }
}

QList<HistoryPoint> HistoryStore::load(const QString &path, const QDateTime &from, const QDateTime &to,
                                       int maxPoints, QString *error)
{
    QList<HistoryPoint> points;
    if (!QFileInfo::exists(path))
        return points; // no history yet is not an error
    const QString name = QStringLiteral("dbpulse-history-read-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"));
        if (!db.open()) {
            if (error)
                *error = db.lastError().text();
        } else {
            const qint64 start = from.toMSecsSinceEpoch();
            const qint64 end = to.toMSecsSinceEpoch();
            const qint64 bucket = std::max<qint64>(1000, (end - start) / std::max(1, maxPoints));
            // A version 0 file that no writer has upgraded yet has no split: read it as unknown.
            const QString readColumns = hasColumn(db, QStringLiteral("raw"), waitColumn(WaitSplit::Other))
                ? columns
                : firstColumns + waitColumnList("NULL AS %1");
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT (t / :b) * :b AS bt, %1 FROM (SELECT %2 FROM minute UNION ALL SELECT %2 FROM raw)"
                                     " WHERE t BETWEEN :s AND :e GROUP BY t / :b ORDER BY bt")
                          .arg(aggregates, readColumns));
            q.bindValue(QStringLiteral(":b"), bucket);
            q.bindValue(QStringLiteral(":s"), start);
            q.bindValue(QStringLiteral(":e"), end);
            if (!q.exec()) {
                if (error)
                    *error = q.lastError().text();
            } else {
                while (q.next())
                    points << pointFrom(q);
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return points;
}

QList<StatementBucket> HistoryStore::loadStatements(const QString &path, qint64 fromMs, qint64 toMs,
                                                   qint64 beforeMs, int perStatement, QString *error)
{
    QList<StatementBucket> buckets;
    if (!QFileInfo::exists(path) || beforeMs <= fromMs)
        return buckets;
    const QString name = QStringLiteral("dbpulse-history-read-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"));
        if (!db.open()) {
            if (error)
                *error = db.lastError().text();
        } else {
            const qint64 run = std::max<qint64>(1, (toMs - fromMs) / std::max(1, perStatement));
            QSqlQuery q(db);
            q.setForwardOnly(true);
            // A file written before statements were stored has no such table: nothing stored.
            q.prepare(QStringLiteral("SELECT min(t), queryid, dbid, max(db), group_concat(users, char(31)),"
                                     " sum(calls), sum(total), sum(squares), min(min_ms), max(max_ms), sum(rows),"
                                     " sum(blks_hit), sum(blks_read) FROM statements"
                                     " WHERE t >= :s AND t <= :e AND t < :before"
                                     " GROUP BY queryid, dbid, t / :run ORDER BY 1"));
            q.bindValue(QStringLiteral(":s"), fromMs);
            q.bindValue(QStringLiteral(":e"), toMs);
            q.bindValue(QStringLiteral(":before"), beforeMs);
            q.bindValue(QStringLiteral(":run"), run);
            if (!q.exec()) {
                if (error && !q.lastError().text().contains(QLatin1String("no such table")))
                    *error = q.lastError().text();
            } else {
                while (q.next())
                    buckets << statementFrom(q, run);
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return buckets;
}

} // namespace dbpulse
