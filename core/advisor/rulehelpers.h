#pragma once

// Pieces the catalog rules (catalogrules.cpp) and the drop rules (droprules.cpp) share. Internal
// to core/advisor; pure functions, any thread.
#include "core/advisor/catalogrules.h"

namespace dbpulse::rules {

/// "schema"."name", both always quoted.
QString qualified(const QString &schema, const QString &name);
/// Advice of \a kind about existing index \a i, with its DROP INDEX as the DDL.
IndexRecommendation adviceFor(IndexRecommendation::Kind kind, const IndexInfo &i);
/// High from 100 MiB, medium from 8 MiB.
IndexRecommendation::Priority sizePriority(qint64 bytes);
/// Usable now, and not a partition's copy of a parent: the indexes rules compare with each other.
bool comparable(const IndexInfo &i);
/// Strength of what an index guarantees; the keeper of a duplicate group is the strongest.
int strength(const IndexInfo &i);
/// The partitioned-index note for drop advice, or empty.
QString includeNote(const IndexInfo &i);
/// What dropping an index gains; a failed concurrent build may have left an empty one.
QString dropBenefit(qint64 bytes);

} // namespace dbpulse::rules
