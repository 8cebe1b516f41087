#include "core/metrics/statementhistory.h"

#include "core/metrics/statementrange.h"

#include <QSet>
#include <algorithm>

namespace dbpulse {

namespace {

constexpr qint64 minuteMs = 60 * 1000;
constexpr qint64 hourMs = 60 * minuteMs;

/// Removes the leading buckets of \a list older than \a cutoffMs and returns them.
QList<StatementBucket> takeBefore(QList<StatementBucket> &list, qint64 cutoffMs)
{
    const auto end = std::lower_bound(list.cbegin(), list.cend(), cutoffMs,
                                      [](const StatementBucket &b, qint64 t) { return b.timeMs < t; });
    const qsizetype n = end - list.cbegin();
    QList<StatementBucket> taken = list.first(n);
    list.remove(0, n);
    return taken;
}

template <typename Identities>
void appendInRange(QList<StatementBucket> &out, const QList<StatementBucket> &list, qint64 fromMs, qint64 toMs,
                   const Identities &identities)
{
    auto it = std::lower_bound(list.cbegin(), list.cend(), fromMs,
                               [](const StatementBucket &b, qint64 t) { return b.timeMs < t; });
    for (; it != list.cend() && it->timeMs <= toMs; ++it) {
        out << *it;
        const auto identity = identities.constFind({it->queryId, it->dbId});
        if (identity != identities.constEnd()) {
            out.last().database = identity->database;
            out.last().users = identity->users;
        }
    }
}

} // namespace

StatementHistory::StatementHistory(Tiers tiers)
    : m_tiers(tiers)
{
}

void StatementHistory::add(const MetricsSample &sample)
{
    // A refresh that did not read statements carries none; a gap's deltas are not valid.
    if (!sample.statementsAvailable || sample.statementsGap || !sample.statementsFresh)
        return;
    add(sample.statements, sample.time.toMSecsSinceEpoch());
}

void StatementHistory::add(const QList<StatementInterval> &statements, qint64 timeMs)
{
    for (const StatementInterval &s : statements) {
        if (s.calls <= 0)
            continue;
        StatementBucket b = StatementBucket::fromInterval(s, timeMs);
        Identity &identity = m_identities[{b.queryId, b.dbId}];
        if (!b.database.isEmpty())
            identity.database = b.database;
        for (const QString &user : std::as_const(b.users)) {
            if (!identity.users.contains(user)) {
                identity.users << user;
                identity.users.sort();
            }
        }
        b.database.clear();
        b.users.clear();
        m_raw << b;
    }
    age(timeMs);
}

void StatementHistory::age(qint64 nowMs)
{
    // Only whole minutes and hours are folded, so no bucket is ever folded from part of its time.
    const qint64 rawCutoff = (nowMs - m_tiers.rawMinutes * minuteMs) / minuteMs * minuteMs;
    if (!m_raw.isEmpty() && m_raw.constFirst().timeMs < rawCutoff)
        m_minutes << StatementRange::fold(takeBefore(m_raw, rawCutoff), minuteMs);
    const qint64 minuteCutoff = (nowMs - m_tiers.minuteHours * hourMs) / hourMs * hourMs;
    if (!m_minutes.isEmpty() && m_minutes.constFirst().timeMs < minuteCutoff)
        m_hours << StatementRange::fold(takeBefore(m_minutes, minuteCutoff), hourMs);
    const qint64 hourCutoff = nowMs - m_tiers.hourDays * 24 * hourMs;
    if (!m_hours.isEmpty() && m_hours.constFirst().timeMs < hourCutoff)
        takeBefore(m_hours, hourCutoff);
    // Statements with no bucket left are forgotten, checked once an hour of data went.
    if (m_identities.size() > 0 && nowMs / hourMs != m_lastIdentitySweep) {
        m_lastIdentitySweep = nowMs / hourMs;
        QSet<std::pair<qint64, quint32>> kept;
        for (const QList<StatementBucket> *tier : {&m_hours, &m_minutes, &m_raw}) {
            for (const StatementBucket &b : *tier)
                kept.insert({b.queryId, b.dbId});
        }
        m_identities.removeIf([&kept](const auto &it) { return !kept.contains(it.key()); });
    }
}

QList<StatementBucket> StatementHistory::buckets(qint64 fromMs, qint64 toMs) const
{
    QList<StatementBucket> out;
    appendInRange(out, m_hours, fromMs, toMs, m_identities);
    appendInRange(out, m_minutes, fromMs, toMs, m_identities);
    appendInRange(out, m_raw, fromMs, toMs, m_identities);
    return out;
}

std::optional<qint64> StatementHistory::earliestMs() const
{
    for (const QList<StatementBucket> *tier : {&m_hours, &m_minutes, &m_raw}) {
        if (!tier->isEmpty())
            return tier->constFirst().timeMs;
    }
    return std::nullopt;
}

void StatementHistory::clear()
{
    m_hours.clear();
    m_minutes.clear();
    m_raw.clear();
    m_identities.clear();
}

} // namespace dbpulse
