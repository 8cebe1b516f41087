// The exact rules: everything here follows from the catalog and the statistics views.
#include "core/advisor/catalogrules.h"

#include "core/db/pgsession.h"

#include "core/advisor/advisorlogging.h"
#include "core/advisor/catalogreader.h"
#include "core/advisor/rulehelpers.h"
#include "core/io/datasize.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>
#include <cmath>

namespace dbpulse {

using Kind = IndexRecommendation::Kind;
using Priority = IndexRecommendation::Priority;

namespace rules {

QString qualified(const QString &schema, const QString &name)
{
    return quoteIdentifier(schema) + QLatin1Char('.') + quoteIdentifier(name);
}

IndexRecommendation adviceFor(Kind kind, const IndexInfo &i)
{
    IndexRecommendation r;
    r.kind = kind;
    r.schema = i.schema;
    r.table = i.table;
    r.columns = i.keyColumns();
    r.index = i.name;
    r.indexOid = i.oid;
    r.bytes = i.bytes;
    r.ddl = dropIndexDdl(i);
    return r;
}

Priority sizePriority(qint64 bytes)
{
    if (bytes >= 100LL * 1024 * 1024)
        return Priority::High;
    if (bytes >= 8LL * 1024 * 1024)
        return Priority::Medium;
    return Priority::Low;
}

bool comparable(const IndexInfo &i)
{
    return i.valid && i.ready && !i.building && !i.partitionChild;
}

int strength(const IndexInfo &i)
{
    return (i.primary ? 16 : 0) + (i.backsConstraint ? 8 : 0) + (i.referencedByForeignKey ? 4 : 0)
        + (i.unique ? 2 : 0) + (i.replicaIdentity ? 1 : 0);
}

QString includeNote(const IndexInfo &i)
{
    return i.partitioned ? QCoreApplication::translate("Advisor", " It is a partitioned index: DROP INDEX cannot run CONCURRENTLY and "
                                          "locks the table and its partitions.")
                         : QString();
}

QString dropBenefit(qint64 bytes)
{
    return bytes > 0 ? QCoreApplication::translate("Advisor", "%1 reclaimed, cheaper writes").arg(formatDataSize(bytes))
                     : QCoreApplication::translate("Advisor", "cheaper writes");
}

} // namespace rules

using namespace rules;

bool isProtectedIndex(const IndexInfo &index, const CatalogSnapshot &s)
{
    if (index.primary || index.unique || index.exclusion || index.backsConstraint || index.referencedByForeignKey
        || index.replicaIdentity)
        return true;
    // An index whose leading keys are a foreign key's columns serves that key's lookups
    // (ON DELETE of the referenced row); its scans are not counted in idx_scan as such.
    for (const int k : s.foreignKeysByTable.value(index.tableOid)) {
        if (index.predicate.isEmpty() && index.leadingColumnsAre(s.foreignKeys[k].columns))
            return true;
    }
    return false;
}

QString dropIndexDdl(const IndexInfo &index)
{
    return (index.partitioned ? QStringLiteral("DROP INDEX %1;") : QStringLiteral("DROP INDEX CONCURRENTLY %1;"))
        .arg(qualified(index.schema, index.name));
}

QString createIndexDdl(const QString &schema, const QString &table, const QStringList &columns, bool partitionedTable)
{
    QStringList quoted;
    for (const QString &c : columns)
        quoted << quoteIdentifier(c);
    // No name: PostgreSQL picks a unique one ("table_col_idx"), so the DDL cannot collide.
    return (partitionedTable ? QStringLiteral("CREATE INDEX ON %1 (%2);") : QStringLiteral("CREATE INDEX CONCURRENTLY ON %1 (%2);"))
        .arg(qualified(schema, table), quoted.join(QLatin1String(", ")));
}

IndexRecommendations findInvalidIndexes(const CatalogSnapshot &s)
{
    IndexRecommendations out;
    for (const IndexInfo &i : s.indexes) {
        // A partitioned parent is invalid until every partition has its index attached: nothing to drop.
        if (i.valid || i.building || i.partitioned)
            continue;
        IndexRecommendation r = adviceFor(Kind::Invalid, i);
        r.priority = Priority::High;
        // indisready says whether writes reach it: a build that failed after its first phase left an
        // index every write maintains (and, if unique, that rejects duplicates); an earlier failure
        // left one no write touches. Reason and benefit say the same thing either way.
        const QString writes = !i.ready ? QCoreApplication::translate("Advisor", "queries never use it and writes do not maintain it (its build "
                                                         "stopped before it was ready)")
            : i.unique ? QCoreApplication::translate("Advisor", "queries never use it, but every write still maintains it and it still "
                                        "rejects duplicate keys")
                       : QCoreApplication::translate("Advisor", "queries never use it, but every write still maintains it");
        r.reason = QCoreApplication::translate("Advisor", "Index %1 is invalid (indisvalid = false), typically left by a failed CREATE INDEX "
                                  "CONCURRENTLY: %2. Drop it, then recreate it once the cause is fixed.")
                       .arg(i.name, writes);
        r.estimatedBenefit = i.ready ? dropBenefit(i.bytes)
                                     : QCoreApplication::translate("Advisor", "%1 reclaimed (writes do not maintain it)").arg(formatDataSize(i.bytes));
        out << r;
    }
    return out;
}

IndexRecommendations findUnindexedForeignKeys(const CatalogSnapshot &s)
{
    IndexRecommendations out;
    for (const ForeignKeyInfo &fk : s.foreignKeys) {
        const QList<int> onTable = s.indexesByTable.value(fk.tableOid);
        const bool supported = std::any_of(onTable.cbegin(), onTable.cend(), [&fk, &s](int k) {
            const IndexInfo &i = s.indexes[k];
            return i.predicate.isEmpty() && (i.valid || i.partitioned) && !i.building
                && (i.method == QLatin1String("btree") || (i.method == QLatin1String("hash") && fk.columns.size() == 1))
                && i.leadingColumnsAre(fk.columns);
        });
        if (supported)
            continue;
        IndexRecommendation r;
        r.kind = Kind::FkUnindexed;
        r.schema = fk.schema;
        r.table = fk.table;
        r.columns = fk.columns;
        r.priority = fk.tableRows >= 100000 ? Priority::High : (fk.tableRows >= 1000 ? Priority::Medium : Priority::Low);
        r.reason = QCoreApplication::translate("Advisor", "Foreign key %1 (%2) → %3 has no index on the referencing columns: every delete or "
                                  "key update in %3 scans %4 (about %5 rows), and joins on the key cannot use an index.%6")
                       .arg(fk.name, fk.columns.join(QLatin1String(", ")), fk.referencedTable, fk.table,
                            QString::number(qint64(std::max(0.0, fk.tableRows))),
                            fk.partitionedTable ? QCoreApplication::translate("Advisor", " Partitioned table: CREATE INDEX cannot run "
                                                                 "CONCURRENTLY and locks writes while it builds.")
                                                : QString());
        r.estimatedBenefit = QCoreApplication::translate("Advisor", "index lookups instead of scans of %1 rows per referenced-row delete")
                                 .arg(qint64(std::max(0.0, fk.tableRows)));
        r.ddl = createIndexDdl(fk.schema, fk.table, fk.columns, fk.partitionedTable);
        out << r;
    }
    return out;
}

IndexRecommendations findBloatedIndexes(CatalogReader &session, const CatalogSnapshot &s, qint64 minWastedBytes,
                                        const QList<qint64> &skipOids)
{
    constexpr double usable = 8192 - 24 - 16, grownFill = 0.7;
    IndexRecommendations out;
    int measured = 0;
    for (const IndexInfo &i : s.indexes) {
        if (!comparable(i) || i.partitioned || i.method != QLatin1String("btree") || skipOids.contains(i.oid)
            || i.bytes < minWastedBytes)
            continue;
        double bloat = -1;
        QString how;
        if (i.dataWidth >= 0 && i.indexTuples >= 0 && i.indexPages > 0) {
            // Leaf tuple: 8-byte header + data, MAXALIGNed, plus a 4-byte line pointer; ~1% internal pages.
            // Compared with a healthy index grown by random inserts (~70% full), not a fresh build (90%),
            // so ordinary page splits are never called bloat.
            const double tuple = std::ceil((8 + i.dataWidth) / 8) * 8 + 4;
            const double expected = std::ceil(i.indexTuples * tuple / (usable * grownFill)) * 1.01 + 1;
            bloat = 1 - expected / i.indexPages;
            how = QCoreApplication::translate("Advisor", "estimated from statistics");
        }
        // pgstatindex reads the whole index: only for those the estimate flags or cannot judge, and few.
        if (s.pgstattuple && (bloat < 0 || bloat >= 0.3) && measured < 50) {
            ++measured;
            const AdvisorRows m = session.query(QStringLiteral("SELECT avg_leaf_density FROM %1($1::oid::regclass)")
                                                    .arg(session.session()->extensionObject(QStringLiteral("pgstattuple"),
                                                                                            QStringLiteral("pgstatindex"))),
                                                {QString::number(i.oid)});
            if (m.ok && !m.rows.isEmpty() && !m.rows[0][0].isNull()) {
                const double density = m.rows[0][0].toDouble();
                // Flag below 50% leaf density; the waste is measured against a fresh build (90%).
                bloat = density > 0 ? (density < 50 ? std::max(0.0, 1 - density / 90.0) : 0.0) : -1;
                how = QCoreApplication::translate("Advisor", "measured with pgstattuple: leaf density %1%").arg(density, 0, 'f', 1);
            }
        }
        const bool measuredExactly = how.startsWith(QLatin1String("measured"));
        if (bloat < (measuredExactly ? 0.4 : 0.5))
            continue;
        const qint64 wasted = qint64(double(i.bytes) * bloat);
        if (wasted < minWastedBytes)
            continue;
        IndexRecommendation r = adviceFor(Kind::Bloated, i);
        r.bytes = wasted;
        r.priority = wasted >= 100LL * 1024 * 1024 ? Priority::High : Priority::Medium;
        r.reason = QCoreApplication::translate("Advisor", "Index %1 is about %2% bloat (%3); size %4.")
                       .arg(i.name, QString::number(qRound(bloat * 100)), how, formatDataSize(i.bytes));
        r.estimatedBenefit = QCoreApplication::translate("Advisor", "about %1 reclaimed").arg(formatDataSize(wasted));
        r.ddl = QStringLiteral("REINDEX INDEX CONCURRENTLY %1;").arg(qualified(i.schema, i.name));
        out << r;
    }
    return out;
}

} // namespace dbpulse
