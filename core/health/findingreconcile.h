#pragma once

#include "core/health/finding.h"

#include <QList>

namespace dbpulse {

/// \brief Where two checks of one run speak of the same object, makes their advice agree and
/// groups them as one problem. Pure; any thread.
///
/// * A NOT VALID foreign key that orphan_rows found violated would fail VALIDATE CONSTRAINT: its
///   not_valid_constraints finding then offers no action, and its fix starts with the orphans.
/// * Related findings get one Finding::problem id, so the score counts them once: dead_tuples and
///   autovacuum_lag about one table ("vacuum:<table>"), orphan_rows and not_valid_constraints
///   about one key ("foreign_key:<key> on <table>").
void reconcileFindings(QList<Finding> &findings);

} // namespace dbpulse
