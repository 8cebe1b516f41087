#pragma once

#include "core/advisor/indexadvisor.h"

#include <QStringList>

namespace dbpulse {

/// \brief Index advice for an SQLite file, which keeps no workload statistics of its own:
/// duplicate and redundant indexes from `pragma index_list` / `pragma index_xinfo`, and missing
/// indexes for the \a statements the user supplies (or the app observed). A statement whose
/// `EXPLAIN QUERY PLAN` scans a table gets what-if indexes on the columns it names, tried on an
/// in-memory copy of the schema (SQLite's stand-in for hypopg); a candidate is advised only when
/// the planner then searches with it instead of scanning. The file is opened read-only and never
/// changed. Blocking: the CLI or a pool thread. Cancelling \a context stops between statements.
AdvisorReport analyzeSqliteIndexes(const QString &path, const QStringList &statements,
                                   const JobContext &context = {});

/// \brief Statements from a file's text: split at top-level semicolons when there are any (strings,
/// quoted names and comments respected), else one statement per non-empty line. Any thread.
QStringList splitAdvisorStatements(const QString &text);

} // namespace dbpulse
