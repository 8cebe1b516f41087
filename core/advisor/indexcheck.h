#pragma once

#include "core/advisor/indexrecommendation.h"
#include "core/db/target.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace dbpulse {

/// \brief One statement's pg_stat_statements counters at the moment an index was applied. Value type.
struct StatementBaseline
{
    QString queryId;
    QString sample;       ///< the normalised text, cut short, so the page can say which statement
    qint64 calls = 0;
    double totalMs = 0;   ///< total_exec_time
    double meanMs() const { return calls > 0 ? totalMs / double(calls) : 0; }
};

/// \brief "This index was applied here, and this is how its statements ran before." Value type.
struct AppliedIndexRecord
{
    QString targetKey;    ///< Target::credentialKey(): which server/database the record belongs to
    QString targetLabel;  ///< password-free, for display
    QString schema;
    QString table;
    QStringList columns;
    QString ddl;
    QDateTime appliedAt;  ///< UTC
    QString statsReset;   ///< pg_stat_statements_info.stats_reset then: a later full reset shows as a change
    QList<StatementBaseline> statements;

    QJsonObject toJson() const;
    static AppliedIndexRecord fromJson(const QJsonObject &o);
};

/// \brief One statement after vs before an applied index. Value type.
struct StatementComparison
{
    StatementBaseline before;
    qint64 callsAfter = 0;     ///< calls since the index was applied
    double meanAfterMs = -1;   ///< mean latency of those calls; -1 when there were none
    bool statsReset = false;   ///< counters went backwards (reset/eviction): "after" is since that reset
    /// after / before, e.g. 0.05 = 20× faster; -1 when there is nothing to compare yet.
    double ratio() const { return meanAfterMs >= 0 && before.meanMs() > 0 ? meanAfterMs / before.meanMs() : -1; }
};

/// One line for people: "12.3 ms → 0.41 ms (30× faster) over 30 calls since: SELECT …". Any thread.
QString describeComparison(const StatementComparison &comparison);

/// \brief Reads the current counters of \a rec's statements (rec.queryIds) in \a target's database:
/// the "before" of advice that checks itself. Call it right before applying. Blocking (pool thread,
/// CLI). Fails with \a error when pg_stat_statements cannot be read; no queryids gives no statements.
AppliedIndexRecord captureIndexBaseline(const IndexRecommendation &rec, const Target &target, const QString &password,
                                        QString *error);

/// \brief Compares the record's statements now with their baseline: mean latency of the calls made
/// since the index was applied (counter deltas) against the mean before. Blocking (pool thread, CLI).
QList<StatementComparison> compareWithBaseline(const AppliedIndexRecord &record, const Target &target,
                                               const QString &password, QString *error);

/// \brief Applied-index records kept across runs as JSON in the application's data directory
/// (QStandardPaths::AppDataLocation; tests switch on QStandardPaths' test mode). GUI thread or CLI.
class AppliedIndexStore
{
public:
    /// Defaults to AppDataLocation/applied-indexes.json.
    explicit AppliedIndexStore(const QString &path = {});

    QString path() const { return m_path; }
    /// Records for \a targetKey, newest first.
    QList<AppliedIndexRecord> records(const QString &targetKey) const;
    /// Appends and saves; false with \a error when the file cannot be written.
    bool add(const AppliedIndexRecord &record, QString *error = nullptr);

private:
    /// Empty without a file; empty with \a error when the file cannot be read or parsed.
    QList<AppliedIndexRecord> load(QString *error = nullptr) const;

    QString m_path;
};

} // namespace dbpulse
