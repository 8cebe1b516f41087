#pragma once

#include "core/health/finding.h"

#include <QList>

namespace dbpulse {

/// \brief Where two checks of one run speak of the same object, makes their advice agree.
///
/// A NOT VALID foreign key that orphan_rows found violated would fail VALIDATE CONSTRAINT: its
/// not_valid_constraints finding then offers no action, and its fix starts with the orphans.
/// Pure; any thread.
void reconcileFindings(QList<Finding> &findings);

} // namespace dbpulse
