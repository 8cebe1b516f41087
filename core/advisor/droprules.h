#pragma once

#include "core/advisor/catalogrules.h"

#include <QStringList>

namespace dbpulse {

/// \brief How the unused rule judges usage. Value type.
struct UnusedPolicy
{
    static constexpr qint64 defaultMinWindowS = 7 * 86400;

    qint64 maxScans = 0;                     ///< an index with at most this many scans counts as unused
    /// "Unused" is said only of a usage window (UsageWindow) at least this long: a week may already
    /// miss the monthly report that needs an index, a minute misses nearly everything.
    qint64 minWindowS = defaultMinWindowS;
};

/// \brief Every piece of advice that drops an index, reconciled so that following all of it never
/// removes an index whose lookups no other index serves, except for indexes unused over the window
/// on their own evidence. Value type.
struct DropAdvice
{
    IndexRecommendations recommendations; ///< invalid, redundant, duplicate, unused: at most one per index
    bool unusedJudged = false; ///< the usage window was long enough to call an index unused
    int unusedWithheld = 0;    ///< indexes at or under maxScans, not judged because the window is too short
    QStringList notes;         ///< why "unused" was withheld and when it will be judged
};

/// The drop rules over one catalog snapshot. Pure function (any thread).
///
/// Invalid and unused indexes go on their own evidence. A duplicate's keeper and a redundant
/// prefix's cover are chosen only among indexes that stay: not invalid, not unused, not a dropped
/// twin, not themselves redundant. So no advice says "X serves the same lookups" of an X that other
/// advice drops. Labels, one per index: invalid, then redundant, then duplicate, then unused.
DropAdvice findDropAdvice(const CatalogSnapshot &s, const UnusedPolicy &policy);

} // namespace dbpulse
