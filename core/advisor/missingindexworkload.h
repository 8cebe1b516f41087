#pragma once

#include "core/advisor/missingindexrule.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace dbpulse {

class CatalogReader;

/// \brief One normalised statement of pg_stat_statements, as the missing-index rule plans it.
struct WorkloadStatement
{
    QString sql;
    qint64 calls = 0;
    QStringList queryIds;
    /// The search_path set for the role that ran it most (for this database, else for every
    /// database); empty when the role has none (it then had the database's or the server's).
    QString roleSearchPath;
    QString role; ///< that role's name, empty when it was dropped since
};

/// \brief What the rule works on: the most expensive statements of this database, and whether
/// what-if plans (hypopg) can confirm candidates.
struct Workload
{
    bool ok = false; ///< false: no advice at all (the notes say why)
    bool hypopg = false;
    QList<WorkloadStatement> statements;
};

/// Reads the workload through \a session (the user's catalog session; nothing is planned here).
/// \a notes receives what limits the advice: no pg_stat_statements, no hypopg, an unreadable view.
Workload readWorkload(CatalogReader &session, const MissingIndexOptions &options, QStringList *notes);

} // namespace dbpulse
