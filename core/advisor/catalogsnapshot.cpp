// Loading the catalog facts the index rules work on: one query for indexes, one for foreign keys.
#include "core/advisor/advisorlogging.h"
#include "core/advisor/catalogreader.h"
#include "core/advisor/catalogrules.h"

#include <QCoreApplication>

namespace dbpulse {

namespace {

// \x1f separates list items: it cannot appear in an identifier the way a comma or space can.
// pg_constraint has no index on conindid: aggregate it once instead of probing it per index.
constexpr auto kIndexesSql = R"SQL(
WITH k AS (SELECT conindid, bool_or(contype IN ('p', 'u', 'x')) AS backs, bool_or(contype = 'f') AS referenced
             FROM pg_constraint WHERE conindid <> 0 GROUP BY conindid),
     building AS (SELECT index_relid FROM pg_stat_progress_create_index)
SELECT i.indexrelid, i.indrelid, n.nspname, t.relname, c.relname, am.amname,
       i.indisunique, i.indisprimary, i.indisexclusion, i.indisvalid, i.indisready, i.indisreplident,
       coalesce(k.backs, false), coalesce(k.referenced, false),
       EXISTS (SELECT 1 FROM pg_inherits h WHERE h.inhrelid = i.indexrelid),
       c.relkind = 'I',
       i.indexrelid IN (SELECT index_relid FROM building),
       i.indnkeyatts,
       (SELECT string_agg(CASE WHEN i.indkey[k - 1] <> 0 THEN a.attname
                               ELSE pg_get_indexdef(i.indexrelid, k, true) END, E'\x1f' ORDER BY k)
          FROM generate_series(1, i.indnatts) k
          LEFT JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[k - 1]),
       (SELECT string_agg(CASE WHEN i.indkey[k - 1] <> 0 THEN '0' ELSE '1' END, '' ORDER BY k)
          FROM generate_series(1, i.indnatts) k),
       (SELECT string_agg(CASE WHEN i.indkey[k - 1] <> 0 THEN i.indkey[k - 1]::text
                               ELSE pg_get_indexdef(i.indexrelid, k, true) END
                          || ' ' || coalesce(i.indclass[k - 1]::text, '')
                          || ' ' || coalesce(i.indcollation[k - 1]::text, '') || ' ' || coalesce(i.indoption[k - 1]::text, ''),
                          E'\x1f' ORDER BY k)
          FROM generate_series(1, i.indnkeyatts) k),
       coalesce(pg_get_expr(i.indpred, i.indrelid, true), ''),
       '',
       CASE WHEN c.relkind = 'I'
            THEN (SELECT coalesce(sum(pg_relation_size(p.relid)), 0) FROM pg_partition_tree(i.indexrelid) p)
            ELSE pg_relation_size(i.indexrelid) END,
       CASE WHEN c.relkind = 'I'
            THEN (SELECT coalesce(sum(s2.idx_scan), 0) FROM pg_partition_tree(i.indexrelid) p
                  JOIN pg_stat_all_indexes s2 ON s2.indexrelid = p.relid)
            ELSE coalesce(s.idx_scan, 0) END,
       c.reltuples, c.relpages,
       CASE WHEN am.amname = 'btree' AND c.relpages >= 128 THEN
         (SELECT sum(coalesce(st.avg_width, -1000000))
            FROM unnest(i.indkey::int2[]) ak(attnum)
            LEFT JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ak.attnum
            LEFT JOIN pg_stats st ON st.schemaname = n.nspname AND st.tablename = t.relname
                                 AND st.attname = a.attname AND NOT st.inherited)
       END
  FROM pg_index i
  JOIN pg_class c ON c.oid = i.indexrelid
  JOIN pg_class t ON t.oid = i.indrelid
  JOIN pg_namespace n ON n.oid = t.relnamespace
  JOIN pg_am am ON am.oid = c.relam
  LEFT JOIN pg_stat_all_indexes s ON s.indexrelid = i.indexrelid
  LEFT JOIN k ON k.conindid = i.indexrelid
 WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname !~ '^pg_(toast|temp_)'
   AND t.relkind IN ('r', 'p', 'm')
 ORDER BY i.indexrelid
)SQL";

constexpr auto kForeignKeysSql = R"SQL(
SELECT k.conrelid, n.nspname, t.relname, k.conname, rt.relname,
       (SELECT string_agg(a.attname, E'\x1f' ORDER BY x.ord)
          FROM unnest(k.conkey) WITH ORDINALITY x(attnum, ord)
          JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = x.attnum),
       t.relkind = 'p', t.reltuples
  FROM pg_constraint k
  JOIN pg_class t ON t.oid = k.conrelid
  JOIN pg_namespace n ON n.oid = t.relnamespace
  JOIN pg_class rt ON rt.oid = k.confrelid
 WHERE k.contype = 'f' AND k.conparentid = 0
   AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname !~ '^pg_(toast|temp_)'
 ORDER BY k.oid
)SQL";

QStringList splitList(const QString &s)
{
    return s.isEmpty() ? QStringList() : s.split(QChar(0x1f));
}

bool isTrue(const QString &v)
{
    return v == QLatin1String("t");
}

} // namespace

bool IndexInfo::leadingColumnsAre(const QStringList &set) const
{
    if (set.isEmpty() || keyCount < set.size())
        return false;
    for (int k = 0; k < set.size(); ++k) {
        if (isExpression.value(k) || !set.contains(columns.value(k)))
            return false;
    }
    return true;
}

bool loadCatalog(CatalogReader &session, CatalogSnapshot *snapshot, QString *error)
{
    const AdvisorRows idx = session.query(QString::fromUtf8(kIndexesSql));
    if (!idx.ok) {
        *error = QCoreApplication::translate("Advisor", "cannot read indexes: %1").arg(idx.error);
        return false;
    }
    for (const QStringList &r : idx.rows) {
        IndexInfo i;
        i.oid = r[0].toLongLong();
        i.tableOid = r[1].toLongLong();
        i.schema = r[2];
        i.table = r[3];
        i.name = r[4];
        i.method = r[5];
        i.unique = isTrue(r[6]);
        i.primary = isTrue(r[7]);
        i.exclusion = isTrue(r[8]);
        i.valid = isTrue(r[9]);
        i.ready = isTrue(r[10]);
        i.replicaIdentity = isTrue(r[11]);
        i.backsConstraint = isTrue(r[12]);
        i.referencedByForeignKey = isTrue(r[13]);
        i.partitionChild = isTrue(r[14]);
        i.partitioned = isTrue(r[15]);
        i.building = isTrue(r[16]);
        i.keyCount = r[17].toInt();
        i.columns = splitList(r[18]);
        for (const QChar c : r[19])
            i.isExpression << (c == QLatin1Char('1'));
        i.keyDescriptors = splitList(r[20]);
        i.predicate = r[21];
        i.bytes = r[23].toLongLong();
        i.scans = r[24].toLongLong();
        i.indexTuples = r[25].toDouble();
        i.indexPages = r[26].toDouble();
        i.dataWidth = r[27].isNull() ? -1 : r[27].toDouble();
        snapshot->indexesByTable[i.tableOid] << int(snapshot->indexes.size());
        snapshot->indexes << i;
    }

    const AdvisorRows fks = session.query(QString::fromUtf8(kForeignKeysSql));
    if (!fks.ok) {
        *error = QCoreApplication::translate("Advisor", "cannot read foreign keys: %1").arg(fks.error);
        return false;
    }
    for (const QStringList &r : fks.rows) {
        ForeignKeyInfo fk;
        fk.tableOid = r[0].toLongLong();
        fk.schema = r[1];
        fk.table = r[2];
        fk.name = r[3];
        fk.referencedTable = r[4];
        fk.columns = splitList(r[5]);
        fk.partitionedTable = isTrue(r[6]);
        fk.tableRows = r[7].toDouble();
        snapshot->foreignKeysByTable[fk.tableOid] << int(snapshot->foreignKeys.size());
        snapshot->foreignKeys << fk;
    }

    // The counters' window: the later of server start and this database's reset (greatest() skips
    // a NULL reset). Epoch seconds, so no time zone or DateStyle of the session can change them.
    const AdvisorRows st = session.query(QStringLiteral(
        "SELECT extract(epoch FROM pg_postmaster_start_time()), extract(epoch FROM d.stats_reset), "
        "extract(epoch FROM now()), pg_is_in_recovery(), (SELECT count(*) FROM pg_stat_replication), "
        "EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pgstattuple') "
        "FROM pg_stat_database d WHERE d.datname = current_database()"));
    if (!st.ok) {
        *error = QCoreApplication::translate("Advisor", "cannot read the statistics window: %1").arg(st.error);
        return false;
    }
    if (!st.rows.isEmpty()) {
        const QStringList &r = st.rows[0];
        const auto time = [](const QString &epoch) {
            return epoch.isNull() ? QDateTime()
                                  : QDateTime::fromMSecsSinceEpoch(qint64(epoch.toDouble() * 1000), Qt::UTC);
        };
        snapshot->usage.serverStart = time(r[0]);
        snapshot->usage.statsReset = time(r[1]);
        snapshot->usage.readAt = time(r[2]);
        snapshot->usage.inRecovery = isTrue(r[3]);
        snapshot->usage.standbys = r[4].toInt();
        snapshot->pgstattuple = isTrue(r[5]);
    }
    qCDebug(lcAdvisor) << "catalog:" << snapshot->indexes.size() << "indexes," << snapshot->foreignKeys.size() << "foreign keys";
    return true;
}

} // namespace dbpulse
