#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace dbpulse {

/// \brief One piece of index advice with the DDL that would apply it. Value type, any thread.
struct IndexRecommendation
{
    enum class Kind { Missing, Unused, Duplicate, Redundant, FkUnindexed, Invalid, Bloated };
    enum class Priority { High, Medium, Low };

    Kind kind = Kind::Missing;
    QString schema;
    QString table;
    QStringList columns;   ///< key columns (or expressions) in index order
    QString index;         ///< the existing index involved; empty for missing / fk_unindexed
    qint64 indexOid = 0;   ///< its OID in the catalog the advice was read from; 0 for missing / fk_unindexed
    /// duplicate / redundant: the index that stays and serves the same lookups (never advised away itself)
    QString keptIndex;
    Priority priority = Priority::Medium;
    QString reason;        ///< why, and why this priority
    QString estimatedBenefit; ///< cost reduction and calls, or bytes reclaimed, in words
    QString ddl;           ///< statement(s) to apply it; shown to the user, never run silently

    // Numbers behind the text, for sorting and for the GUI.
    double costBefore = 0;
    double costAfter = 0;
    qint64 calls = 0;
    qint64 bytes = 0;      ///< index size (unused/duplicate/redundant/invalid) or bytes reclaimed (bloated)
    /// pg_stat_statements queryids of the statements a missing index would serve (its before/after check).
    QStringList queryIds;

    QJsonObject toJson() const;
    /// A stable handle for "apply this one": the first 8 hex digits of the SHA-256 of the DDL, so
    /// it names the statement itself, never a position in a list that may have changed since.
    QString id() const;
};

using IndexRecommendations = QList<IndexRecommendation>;

/// "missing", "unused", "duplicate", "redundant", "fk_unindexed", "invalid", "bloated".
QString kindName(IndexRecommendation::Kind kind);
/// "high", "medium", "low".
QString priorityName(IndexRecommendation::Priority priority);

/// Orders advice high priority first, then by kind and name, so output is stable.
void sortRecommendations(IndexRecommendations &list);

} // namespace dbpulse
