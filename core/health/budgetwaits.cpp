// Where a statement over budget spent its time: pg_stat_activity sampled by query_id while the
// doctor runs, judged over the last runs. A statement that waited on another session's row lock
// is not made faster by a better plan.
#include "core/health/budgetwaits.h"

#include "core/health/checkcontext.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

namespace dbpulse {

namespace {

// Sleeps \a ms in short steps, so a cancelled run does not wait out the interval.
void pause(const CheckContext &ctx, int ms)
{
    QElapsedTimer clock;
    clock.start();
    while (!ctx.isCancelled() && clock.elapsed() < ms)
        QThread::msleep(std::min<qint64>(20, ms - clock.elapsed()));
}

// The key with the largest count (the first in order on a tie).
QString mostCommon(const QMap<QString, int> &counts)
{
    QString top;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (top.isEmpty() || it.value() > counts.value(top))
            top = it.key();
    return top;
}

QString waitType(const QString &wait)
{
    return wait.section(QLatin1Char('/'), 0, 0);
}

bool isKind(WaitJudgement::Bound bound, const QString &wait)
{
    const QString type = waitType(wait);
    switch (bound) {
    case WaitJudgement::Bound::Lock:
        return type == QLatin1String("Lock");
    case WaitJudgement::Bound::Io:
        return type == QLatin1String("IO");
    case WaitJudgement::Bound::LwLock:
        return type == QLatin1String("LWLock");
    case WaitJudgement::Bound::Own:
    case WaitJudgement::Bound::Unknown:
        return false;
    }
    return false;
}

// What a Lock wait event is about, in words a DBA acts on.
QString lockWords(const QString &wait)
{
    const QString event = wait.section(QLatin1Char('/'), 1);
    if (event == QLatin1String("transactionid") || event == QLatin1String("tuple"))
        return QCoreApplication::translate("Doctor", "row locks");
    if (event == QLatin1String("relation"))
        return QCoreApplication::translate("Doctor", "table locks");
    if (event == QLatin1String("advisory"))
        return QCoreApplication::translate("Doctor", "advisory locks");
    return QCoreApplication::translate("Doctor", "locks");
}

} // namespace

WaitSamples sampleStatementWaits(CheckContext &ctx, int samples, int intervalMs)
{
    WaitSamples out;
    // pg_stat_activity.query_id exists from PostgreSQL 14, and is filled only when query ids are
    // computed (compute_query_id on, or auto with pg_stat_statements loaded).
    const QueryResult facts = ctx.tryQuery(QStringLiteral(
        "SELECT current_setting('server_version_num')::int >= 140000, current_setting('compute_query_id', true)"));
    if (!facts.ok || facts.rows.isEmpty()) {
        out.unavailable = QCoreApplication::translate("Doctor", "pg_stat_activity could not be read: %1").arg(facts.error);
        return out;
    }
    if (facts.rows.at(0).at(0).toString() != QLatin1String("t")) {
        out.unavailable = QCoreApplication::translate("Doctor", "pg_stat_activity has no query_id before PostgreSQL 14");
        return out;
    }
    if (facts.rows.at(0).at(1).toString() == QLatin1String("off")) {
        out.unavailable = QCoreApplication::translate("Doctor", "compute_query_id is off, so pg_stat_activity shows no query_id");
        return out;
    }
    for (int i = 0; i < samples && !ctx.isCancelled(); ++i) {
        if (i > 0)
            pause(ctx, intervalMs);
        // One row per running execution of this database's statements: its role and queryid
        // (pg_stat_statements' key) and what it waits on right now.
        const QueryResult r = ctx.tryQuery(QStringLiteral(
            "SELECT a.usesysid::text || ':' || a.query_id::text, a.wait_event_type, a.wait_event"
            " FROM pg_stat_activity a"
            " WHERE a.datname = current_database() AND a.state = 'active' AND a.query_id IS NOT NULL"
            " AND a.pid <> pg_backend_pid()"));
        if (!r.ok)
            break;
        ++out.taken;
        // Every running execution is one sample of where the statement's time goes (two
        // sessions running it for a second spent two seconds of its time).
        for (const QVariantList &row : r.rows) {
            WaitTally &t = out.byStatement[row.at(0).toString()];
            ++t.seen;
            ++t.byWait[row.at(1).toString().isEmpty() ? QStringLiteral("CPU")
                                                      : row.at(1).toString() + QLatin1Char('/') + row.at(2).toString()];
        }
    }
    for (WaitTally &t : out.byStatement)
        t.taken = out.taken;
    return out;
}

WaitJudgement judgeWaits(const QList<WaitTally> &runs, const QString &unavailable)
{
    WaitJudgement j;
    int taken = 0;
    QMap<QString, int> byWait;
    for (const WaitTally &t : runs) {
        taken += t.taken;
        j.seen += t.seen;
        for (auto it = t.byWait.cbegin(); it != t.byWait.cend(); ++it)
            byWait[it.key()] += it.value();
    }
    if (j.seen == 0) {
        j.sentence = !unavailable.isEmpty()
            ? QCoreApplication::translate("Doctor", "wait information not available (%1)").arg(unavailable)
            : QCoreApplication::translate("Doctor", "wait information not available (no execution of it was running in the %n sample(s) of "
                             "pg_stat_activity the last %1 doctor run(s) took)", nullptr, taken).arg(runs.size());
        return j;
    }
    for (const WaitJudgement::Bound bound : {WaitJudgement::Bound::Lock, WaitJudgement::Bound::Io, WaitJudgement::Bound::LwLock}) {
        int waited = 0;
        QString top;
        for (auto it = byWait.cbegin(); it != byWait.cend(); ++it) {
            if (!isKind(bound, it.key()))
                continue;
            waited += it.value();
            if (top.isEmpty() || it.value() > byWait.value(top))
                top = it.key();
        }
        // "Mostly": more than half of the samples that saw it running.
        if (2 * waited <= j.seen)
            continue;
        j.bound = bound;
        j.waited = waited;
        j.topWait = top;
        const QString counted = QCoreApplication::translate("Doctor", "in %1 of %n samples", nullptr, j.seen).arg(waited);
        if (bound == WaitJudgement::Bound::Lock)
            j.sentence = QCoreApplication::translate("Doctor", "waited on %1 (%2) %3 — look at the blocking session, not the plan")
                             .arg(lockWords(top), top, counted);
        else if (bound == WaitJudgement::Bound::Io)
            j.sentence = QCoreApplication::translate("Doctor", "waited on I/O (%1) %2 — its time went to reading or writing, look at what it reads "
                                        "and the cache before the plan").arg(top, counted);
        else
            j.sentence = QCoreApplication::translate("Doctor", "waited on server-internal locks (%1) %2 — contention with other sessions, "
                                        "not its plan").arg(top, counted);
        return j;
    }
    j.bound = WaitJudgement::Bound::Own;
    const QString top = mostCommon(byWait);
    j.waited = byWait.value(top);
    j.topWait = top;
    j.sentence = top == QLatin1String("CPU")
        ? QCoreApplication::translate("Doctor", "ran on CPU in %1 of %2 samples, not waiting on locks — the statement itself is slow").arg(j.waited).arg(j.seen)
        : QCoreApplication::translate("Doctor", "mostly in its own waits (%1 in %2 of %3 samples), not on locks — the statement itself is slow")
              .arg(top).arg(j.waited).arg(j.seen);
    return j;
}

QString waitNextStep(const WaitJudgement &judgement, const QString &queryId)
{
    switch (judgement.bound) {
    case WaitJudgement::Bound::Lock:
        return QCoreApplication::translate("Doctor",
                   "-- it waited on %1 other sessions held: find who holds them while it waits (blocking_locks,\n"
                   "-- the dashboard's blocking tree, dbpulse-cli watch), not its plan:\n"
                   "SELECT pid, pg_blocking_pids(pid) AS blocked_by, wait_event_type, wait_event, now() - query_start AS waiting\n"
                   "FROM pg_stat_activity WHERE query_id = %2;\n"
                   "-- then shorten the blocking transactions (commit sooner, take locks in one order);\n"
                   "-- lock_timeout bounds how long it waits.")
            .arg(lockWords(judgement.topWait), queryId);
    case WaitJudgement::Bound::LwLock:
        return QCoreApplication::translate("Doctor",
                   "-- it waited on %1: contention inside the server with the sessions running beside it,\n"
                   "-- not its plan. What else waits on the same event:\n"
                   "SELECT wait_event_type, wait_event, count(*) FROM pg_stat_activity\n"
                   "WHERE state = 'active' GROUP BY 1, 2 ORDER BY 3 DESC;")
            .arg(judgement.topWait);
    case WaitJudgement::Bound::Io:
        return QCoreApplication::translate("Doctor",
                   "-- it waited on I/O (%1): see cache_hit and shared_buffers; with track_io_timing on,\n"
                   "-- pg_stat_statements' blk_read_time says how much of its time was reading.")
            .arg(judgement.topWait);
    case WaitJudgement::Bound::Own:
    case WaitJudgement::Bound::Unknown:
        return {};
    }
    return {};
}

} // namespace dbpulse
