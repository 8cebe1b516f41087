#pragma once

#include "core/demo/localcluster.h"

#include <QString>
#include <QStringList>

namespace dbpulse::test {

/// \brief An unprivileged role that has planted code in a database, as the trust issue describes
/// it: a STABLE function its own statements call (so pg_stat_statements records them), a view
/// over that function, exact-argument-match overloads of catalog functions in a schema everyone
/// may write (as in clusters upgraded from before PostgreSQL 15), and a function that first turns
/// default_transaction_read_only off.
///
/// Every planted function leaves evidence only a superuser could leave: it COPYs a line into a
/// file in the server's data directory (COPY TO a file needs pg_write_server_files). Run as the
/// hostile role or as a powerless sandbox role the COPY fails, silently; run with a superuser's
/// rights it writes "dbpulse_evidence_<name>". evidence() lists what fired.
class HostileRole
{
public:
    static constexpr const char *name = "mallory";
    static constexpr const char *database = "hostile";

    /// Creates database `hostile`, the role and its objects, and runs the role's statements so
    /// pg_stat_statements records them. False with \a error on any failure.
    static bool plant(LocalCluster *cluster, QString *error);
    /// The planted functions that ran with a superuser's rights since the last clearEvidence().
    static QStringList evidence(LocalCluster *cluster);
    static void clearEvidence(LocalCluster *cluster);
    /// The superuser's URI of the hostile database.
    static QString superuserUri(LocalCluster *cluster);
};

} // namespace dbpulse::test
