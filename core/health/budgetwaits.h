#pragma once

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

namespace dbpulse {

class CheckContext;

/// \brief What one doctor run saw one statement (role and queryid) waiting on: in the samples it
/// took of pg_stat_activity, how many executions of the statement were running, and on what each
/// waited ("Lock/transactionid", "IO/DataFileRead", "CPU" when on nothing). Value type.
struct WaitTally
{
    int taken = 0;              ///< samples the run took (of the whole database)
    int seen = 0;               ///< its running executions, summed over the samples (each one a sample of its time)
    QMap<QString, int> byWait;  ///< "type/event" (or "CPU") → such samples; sums to seen
};

/// \brief The samples of one doctor run, per statement key ("userid:queryid", as the budget
/// check and BudgetHistory key statements), or why there are none.
struct WaitSamples
{
    int taken = 0;
    QHash<QString, WaitTally> byStatement;
    QString unavailable; ///< why pg_stat_activity cannot say (before PostgreSQL 14, no query ids); empty when it can
};

/// Samples pg_stat_activity \a samples times, \a intervalMs apart, for the active sessions of the
/// check's database (but the doctor's own): what each statement's running executions wait on.
/// Stops early when the run is cancelled. Needs pg_read_all_stats (the caller checked). The
/// doctor's thread.
WaitSamples sampleStatementWaits(CheckContext &ctx, int samples, int intervalMs);

/// \brief What a budget breach's wait samples say about where its time went. Pure value.
struct WaitJudgement
{
    enum class Bound {
        Unknown, ///< no sample saw it running (or no query ids): not available
        Lock,    ///< mostly waiting for a heavyweight lock another session held
        Io,      ///< mostly waiting on I/O (reads, writes, WAL)
        LwLock,  ///< mostly waiting on server-internal locks (LWLock)
        Own,     ///< mostly on CPU or in its own waits (pg_sleep, client): the statement itself
    };
    Bound bound = Bound::Unknown;
    int waited = 0;     ///< samples of the deciding kind
    int seen = 0;       ///< samples in which it was running
    QString topWait;    ///< the most frequent wait of that kind, "Lock/transactionid"
    QString sentence;   ///< for the finding's detail
};

/// Judges the tallies of the last runs (\a runs, oldest first): a kind of wait decides when it
/// holds more than half of the samples that saw the statement running. \a unavailable (empty
/// when query ids exist) explains an empty sample. Pure.
WaitJudgement judgeWaits(const QList<WaitTally> &runs, const QString &unavailable = {});

/// The next step a breach with \a judgement should take, instead of (Lock, LwLock) or before
/// (Io) looking at the plan; empty when the plan is the place to look (Own, Unknown). \a queryId
/// is pg_stat_statements' queryid. Pure.
QString waitNextStep(const WaitJudgement &judgement, const QString &queryId);

} // namespace dbpulse
