#pragma once

#include "core/jobs/jobcontext.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>


namespace dbpulse {

/// \brief One pg_restore into one database: what RestoreJob and the test restore share.
struct PgRestoreRun
{
    QString program;                 ///< from findPgTool()
    QProcessEnvironment environment; ///< ConnSettings::environment(): the password travels here
    QString conninfo;                ///< password-free, naming the database to restore into
    QString archive;
    int jobs = 1;
    QStringList extraArguments;      ///< --clean --if-exists, --no-owner, …
    int tocEntries = 0;              ///< from verification, to turn verbose steps into a fraction

    bool cancelled = false;
    QString error;

    /// Runs pg_restore --exit-on-error to its end, reporting 0…100 of the steps to \a ctx.
    /// Blocking: worker threads only.
    bool run(const JobContext &ctx);
};

} // namespace dbpulse
