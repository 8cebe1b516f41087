#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

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

    /// Runs pg_restore --exit-on-error to its end; \a progress gets 0…100 of the steps.
    /// Blocking: worker threads only.
    bool run(const std::atomic<bool> *cancel, const std::function<void(int, const QString &)> &progress);
};

} // namespace dbpulse
