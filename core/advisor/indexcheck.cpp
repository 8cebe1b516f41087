#include "core/advisor/indexcheck.h"
#include "core/io/privatefiles.h"

#include "core/db/pgsession.h"

#include "core/advisor/catalogreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QStandardPaths>
#include <algorithm>

namespace dbpulse {

namespace {

// Counters per queryid in this database, summed over users (one queryid can run as several roles).
AdvisorRows statementCounters(CatalogReader &session, const QStringList &queryIds)
{
    return session.query(QStringLiteral(
        "SELECT queryid::text, sum(calls)::bigint, sum(total_exec_time), left(min(query), 200) "
        "FROM %1 "
        "WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) "
        "AND queryid::text = ANY (string_to_array($1, ',')) GROUP BY queryid")
                             .arg(session.session()->extensionObject(QStringLiteral("pg_stat_statements"),
                                                                     QStringLiteral("pg_stat_statements"))),
        {queryIds.join(QLatin1Char(','))});
}

QString statementsResetAt(CatalogReader &session)
{
    const AdvisorRows r = session.query(QStringLiteral("SELECT stats_reset::text FROM %1")
                                            .arg(session.session()->extensionObject(QStringLiteral("pg_stat_statements"),
                                                                                    QStringLiteral("pg_stat_statements_info"))));
    return r.ok && !r.rows.isEmpty() ? r.rows[0][0] : QString();
}

bool openSession(CatalogReader &session, const Target &target, const QString &password, QString *error)
{
    if (session.open(target, password, 10000, 10000))
        return true;
    *error = session.error();
    return false;
}

} // namespace

QJsonObject AppliedIndexRecord::toJson() const
{
    QJsonArray stmts;
    for (const StatementBaseline &s : statements)
        stmts.append(QJsonObject{{QStringLiteral("queryid"), s.queryId}, {QStringLiteral("sample"), s.sample},
                                 {QStringLiteral("calls"), double(s.calls)}, {QStringLiteral("total_ms"), s.totalMs}});
    return {{QStringLiteral("target"), targetKey},
            {QStringLiteral("label"), targetLabel},
            {QStringLiteral("schema"), schema},
            {QStringLiteral("table"), table},
            {QStringLiteral("columns"), QJsonArray::fromStringList(columns)},
            {QStringLiteral("ddl"), ddl},
            {QStringLiteral("applied_at"), appliedAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("stats_reset"), statsReset},
            {QStringLiteral("statements"), stmts}};
}

AppliedIndexRecord AppliedIndexRecord::fromJson(const QJsonObject &o)
{
    AppliedIndexRecord r;
    r.targetKey = o.value(QStringLiteral("target")).toString();
    r.targetLabel = o.value(QStringLiteral("label")).toString();
    r.schema = o.value(QStringLiteral("schema")).toString();
    r.table = o.value(QStringLiteral("table")).toString();
    for (const QJsonValue &c : o.value(QStringLiteral("columns")).toArray())
        r.columns << c.toString();
    r.ddl = o.value(QStringLiteral("ddl")).toString();
    r.appliedAt = QDateTime::fromString(o.value(QStringLiteral("applied_at")).toString(), Qt::ISODateWithMs);
    r.statsReset = o.value(QStringLiteral("stats_reset")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("statements")).toArray()) {
        const QJsonObject s = v.toObject();
        r.statements << StatementBaseline{s.value(QStringLiteral("queryid")).toString(),
                                          s.value(QStringLiteral("sample")).toString(),
                                          qint64(s.value(QStringLiteral("calls")).toDouble()),
                                          s.value(QStringLiteral("total_ms")).toDouble()};
    }
    return r;
}

QString describeComparison(const StatementComparison &c)
{
    const QString before = QStringLiteral("%1 ms").arg(c.before.meanMs(), 0, 'g', 3);
    if (c.ratio() < 0)
        return (c.statsReset ? QCoreApplication::translate("Advisor", "%1 before over %2 calls; no calls since the statistics reset yet: %3")
                             : QCoreApplication::translate("Advisor", "%1 before over %2 calls; no calls since yet: %3"))
            .arg(before).arg(c.before.calls).arg(c.before.sample);
    const double r = c.ratio();
    const QString verdict = r <= 0.9 ? QCoreApplication::translate("Advisor", "%1× faster").arg(1 / std::max(r, 1e-3), 0, 'g', 3)
                          : r >= 1.1 ? QCoreApplication::translate("Advisor", "%1× slower").arg(r, 0, 'g', 3)
                                     : QCoreApplication::translate("Advisor", "no change");
    return (c.statsReset ? QCoreApplication::translate("Advisor", "%1 → %2 ms (%3) over %4 calls since the statistics reset: %5")
                         : QCoreApplication::translate("Advisor", "%1 → %2 ms (%3) over %4 calls since: %5"))
        .arg(before).arg(c.meanAfterMs, 0, 'g', 3).arg(verdict).arg(c.callsAfter).arg(c.before.sample);
}

AppliedIndexRecord captureIndexBaseline(const IndexRecommendation &rec, const Target &target, const QString &password,
                                        QString *error)
{
    AppliedIndexRecord record;
    record.targetKey = target.credentialKey();
    record.targetLabel = target.label;
    record.schema = rec.schema;
    record.table = rec.table;
    record.columns = rec.columns;
    record.ddl = rec.ddl;
    record.appliedAt = QDateTime::currentDateTimeUtc();
    if (rec.queryIds.isEmpty())
        return record;
    CatalogReader session;
    if (!openSession(session, target, password, error))
        return record;
    record.statsReset = statementsResetAt(session);
    const AdvisorRows rows = statementCounters(session, rec.queryIds);
    if (!rows.ok) {
        *error = rows.error;
        return record;
    }
    for (const QStringList &row : rows.rows)
        record.statements << StatementBaseline{row[0], row[3].simplified(), row[1].toLongLong(), row[2].toDouble()};
    return record;
}

QList<StatementComparison> compareWithBaseline(const AppliedIndexRecord &record, const Target &target,
                                               const QString &password, QString *error)
{
    QList<StatementComparison> out;
    if (record.statements.isEmpty())
        return out;
    CatalogReader session;
    if (!openSession(session, target, password, error))
        return out;
    QStringList ids;
    for (const StatementBaseline &s : record.statements)
        ids << s.queryId;
    // A full reset since the apply restarts every counter: what they hold now all ran after it.
    const bool resetSince = !record.statsReset.isEmpty() && statementsResetAt(session) != record.statsReset;
    const AdvisorRows rows = statementCounters(session, ids);
    if (!rows.ok) {
        *error = rows.error;
        return out;
    }
    for (const StatementBaseline &before : record.statements) {
        StatementComparison c;
        c.before = before;
        const auto it = std::find_if(rows.rows.cbegin(), rows.rows.cend(),
                                     [&](const QStringList &row) { return row[0] == before.queryId; });
        if (it != rows.rows.cend()) {
            qint64 calls = (*it)[1].toLongLong();
            double total = (*it)[2].toDouble();
            // Counters only grow; fewer calls or less time than at apply time means a reset or an
            // eviction since, so everything counted now ran after the apply.
            c.statsReset = resetSince || calls < before.calls || total < before.totalMs;
            if (!c.statsReset) {
                calls -= before.calls;
                total -= before.totalMs;
            }
            c.callsAfter = calls;
            c.meanAfterMs = calls > 0 ? total / double(calls) : -1;
        }
        out << c;
    }
    return out;
}

AppliedIndexStore::AppliedIndexStore(const QString &path)
    : m_path(path.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                  + QStringLiteral("/applied-indexes.json")
                            : path)
{
}

QList<AppliedIndexRecord> AppliedIndexStore::load(QString *error) const
{
    QList<AppliedIndexRecord> out;
    QFile file(m_path);
    if (!file.exists())
        return out;
    QJsonParseError parse;
    const QJsonDocument doc = file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll(), &parse)
                                                             : QJsonDocument();
    if (!doc.isArray()) {
        if (error)
            *error = QCoreApplication::translate("Advisor", "cannot read %1: %2").arg(QDir::toNativeSeparators(m_path),
                                                              file.isOpen() ? parse.errorString() : file.errorString());
        return out;
    }
    for (const QJsonValue &v : doc.array())
        out << AppliedIndexRecord::fromJson(v.toObject());
    return out;
}

QList<AppliedIndexRecord> AppliedIndexStore::records(const QString &targetKey) const
{
    QList<AppliedIndexRecord> out;
    for (const AppliedIndexRecord &r : load()) {
        if (r.targetKey == targetKey)
            out.prepend(r);
    }
    return out;
}

bool AppliedIndexStore::add(const AppliedIndexRecord &record, QString *error)
{
    // The page and the CLI may both add: one at a time, and never over a file we could not read.
    // The records hold statement texts and server names: the folder and the file are private.
    if (!makePrivateDirectory(QFileInfo(m_path).absolutePath(), error))
        return false;
    QLockFile lock(m_path + QStringLiteral(".lock"));
    if (!lock.tryLock(5000)) {
        if (error)
            *error = QCoreApplication::translate("Advisor", "cannot lock %1").arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    QString readError;
    const QList<AppliedIndexRecord> existing = load(&readError);
    if (!readError.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("Advisor", "%1 (left as it is; the new record was not saved)").arg(readError);
        return false;
    }
    QJsonArray all;
    for (const AppliedIndexRecord &r : existing)
        all.append(r.toJson());
    all.append(record.toJson());
    return writePrivateFile(m_path, QJsonDocument(all).toJson(), error);
}

} // namespace dbpulse
