#include "core/metrics/statemententries.h"

#include <algorithm>
#include <cmath>

namespace dbpulse {

namespace {

QString arrayLiteral(const QStringList &items)
{
    return QLatin1Char('{') + items.join(QLatin1Char(',')) + QLatin1Char('}');
}

} // namespace

QVariantList StatementEntries::knownParameters() const
{
    QStringList queryIds, userIds, dbIds, calls;
    if (!needsFullRead()) {
        queryIds.reserve(m_entries.size());
        userIds.reserve(m_entries.size());
        dbIds.reserve(m_entries.size());
        calls.reserve(m_entries.size());
        for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
            queryIds << QString::number(it.key().queryId);
            userIds << QString::number(it.key().userId);
            dbIds << QString::number(it.key().dbId);
            calls << QString::number(it->calls);
        }
    }
    return {arrayLiteral(queryIds), arrayLiteral(userIds), arrayLiteral(dbIds), arrayLiteral(calls)};
}

bool StatementEntries::apply(const QueryResult &r, bool fullRead)
{
    if (r.rows.isEmpty())
        return true;
    auto column = [&r](const char *name) { return r.columnIndex(QLatin1String(name)); };
    const QVariantList &first = r.rows.first();
    Header header;
    header.serverTime = first.value(column("now_s")).toDouble();
    header.postmasterStart = first.value(column("postmaster_s")).toDouble();
    header.dealloc = first.value(column("dealloc")).toLongLong();
    header.statsReset = first.value(column("reset_s")).toDouble();
    if (!fullRead
        && (header.postmasterStart != m_header.postmasterStart || header.statsReset != m_header.statsReset
            || header.dealloc != m_header.dealloc)) {
        m_fullReadDue = true;
        return false;
    }

    if (fullRead) {
        m_entries.clear();
        m_databaseNames.clear();
        m_userNames.clear();
        m_readsSinceFull = 0;
    } else {
        ++m_readsSinceFull;
    }
    m_header = header;
    m_fullReadDue = false;

    const int queryId = column("queryid"), userId = column("userid"), dbId = column("dbid"), calls = column("calls");
    const int total = column("total_ms"), squares = column("squares"), minMs = column("min_ms"), maxMs = column("max_ms");
    const int rows = column("rows"), hit = column("blks_hit"), read = column("blks_read");
    const int databaseName = column("database_name"), userName = column("user_name");
    for (const QVariantList &row : r.rows) {
        const QVariant id = row.value(queryId);
        if (id.isNull())
            continue; // LEFT JOIN row when nothing changed or pg_stat_statements is empty
        Entry e;
        e.calls = row.value(calls).toLongLong();
        e.totalMs = row.value(total).toDouble();
        e.squares = row.value(squares).toDouble();
        e.minMs = row.value(minMs).toDouble();
        e.maxMs = row.value(maxMs).toDouble();
        e.rows = row.value(rows).toLongLong();
        e.sharedBlksHit = row.value(hit).toLongLong();
        e.sharedBlksRead = row.value(read).toLongLong();
        const StatementKey key{id.toLongLong(), quint32(row.value(userId).toLongLong()), quint32(row.value(dbId).toLongLong())};
        m_entries.insert(key, e);
        if (databaseName >= 0)
            m_databaseNames.insert(key.dbId, row.value(databaseName).toString());
        if (userName >= 0)
            m_userNames.insert(key.userId, row.value(userName).toString());
    }
    return true;
}

StatementsSnapshot StatementEntries::snapshot() const
{
    StatementsSnapshot s;
    s.serverTime = m_header.serverTime;
    s.postmasterStart = m_header.postmasterStart;
    s.dealloc = m_header.dealloc;
    s.statsReset = m_header.statsReset;
    s.entries.reserve(m_entries.size());
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        const Entry &e = *it;
        if (e.calls <= 0)
            continue;
        StatementCounters c;
        c.calls = e.calls;
        c.totalMs = e.totalMs;
        c.meanMs = e.totalMs / double(e.calls);
        c.stddevMs = std::sqrt(std::max(0.0, e.squares / double(e.calls) - c.meanMs * c.meanMs));
        c.minMs = e.minMs;
        c.maxMs = e.maxMs;
        c.rows = e.rows;
        c.sharedBlksHit = e.sharedBlksHit;
        c.sharedBlksRead = e.sharedBlksRead;
        s.entries.insert(it.key(), c);
    }
    s.databaseNames = m_databaseNames;
    s.userNames = m_userNames;
    return s;
}

void StatementEntries::clear()
{
    m_entries.clear();
    m_databaseNames.clear();
    m_userNames.clear();
    m_header = Header();
    m_fullReadDue = true;
    m_readsSinceFull = 0;
}

} // namespace dbpulse
