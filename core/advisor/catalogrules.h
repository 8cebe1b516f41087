#pragma once

#include "core/advisor/indexrecommendation.h"
#include "core/advisor/usagewindow.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace dbpulse {

class CatalogReader;

/// \brief One index as the catalog describes it. Value type.
struct IndexInfo
{
    qint64 oid = 0;
    qint64 tableOid = 0;
    QString schema, table, name, method;
    bool unique = false, primary = false, exclusion = false, valid = false, ready = false;
    bool replicaIdentity = false, backsConstraint = false, referencedByForeignKey = false;
    bool partitionChild = false;   ///< attached to a partitioned parent index: advice goes to the parent
    bool partitioned = false;      ///< the parent index of a partitioned table (relkind 'I')
    bool building = false;         ///< CREATE INDEX CONCURRENTLY / REINDEX in progress
    int keyCount = 0;
    QStringList columns;           ///< all columns: keys then INCLUDE; raw names, or expression text
    QList<bool> isExpression;      ///< per entry of columns
    QStringList keyDescriptors;    ///< per key: attnum or expression + opclass + collation + options, for comparisons
    QString predicate;             ///< WHERE of a partial index, empty otherwise
    qint64 bytes = 0;
    qint64 scans = 0;              ///< summed over partitions for a partitioned index
    double indexTuples = -1, indexPages = 0, dataWidth = -1;

    QStringList keyColumns() const { return columns.mid(0, keyCount); }
    /// Plain key columns, or empty when a key is an expression.
    bool leadingColumnsAre(const QStringList &set) const;
};

/// \brief A foreign key on the referencing side. Value type.
struct ForeignKeyInfo
{
    qint64 tableOid = 0;
    QString schema, table, name, referencedTable;
    QStringList columns;
    bool partitionedTable = false;
    double tableRows = 0;
};

/// \brief Everything the catalog rules need, read in a few queries. Value type.
struct CatalogSnapshot
{
    QList<IndexInfo> indexes;
    QList<ForeignKeyInfo> foreignKeys;
    UsageWindow usage;         ///< what the scan counters cover, and which other nodes they miss
    bool pgstattuple = false;
    QHash<qint64, QList<int>> indexesByTable;     ///< table oid -> positions in indexes
    QHash<qint64, QList<int>> foreignKeysByTable; ///< table oid -> positions in foreignKeys
};

/// Reads indexes, foreign keys and statistics of all user schemas. Blocking (worker thread / CLI).
bool loadCatalog(CatalogReader &session, CatalogSnapshot *snapshot, QString *error);

/// The catalog rules (the drop rules are in droprules.h). Pure functions of the snapshot (bloat may call pgstatindex); any thread.
IndexRecommendations findInvalidIndexes(const CatalogSnapshot &s);
IndexRecommendations findUnindexedForeignKeys(const CatalogSnapshot &s);
IndexRecommendations findBloatedIndexes(CatalogReader &session, const CatalogSnapshot &s, qint64 minWastedBytes,
                                        const QList<qint64> &skipOids);

/// True when \a index may never be suggested for dropping: it enforces something or backs an FK.
bool isProtectedIndex(const IndexInfo &index, const CatalogSnapshot &s);

/// DDL helpers: always-quoted identifiers; CONCURRENTLY where PostgreSQL allows it.
QString dropIndexDdl(const IndexInfo &index);
QString createIndexDdl(const QString &schema, const QString &table, const QStringList &columns, bool partitionedTable);

} // namespace dbpulse
