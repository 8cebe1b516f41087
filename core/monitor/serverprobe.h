#pragma once

#include "core/db/target.h"
#include "core/jobs/jobcontext.h"

#include <QString>
#include <QStringList>

namespace dbpulse {

/// \brief What `dbpulse-cli check` and the "Test connection" button report about a target.
struct ProbeReport
{
    bool connected = false;
    QString error;               ///< why not, naming the problem (libpq's / SQLite's text)
    QString serverVersion;       ///< "PostgreSQL 15.18 …" or "SQLite 3.40.1"
    QString user;
    QString database;
    QStringList extensions;      ///< installed in the database, "name version"
    QStringList availableExtensions; ///< of interest (pg_stat_statements, hypopg, pgstattuple) but not installed
    QString encryption;          ///< "TLS (TLSv1.3, cipher)" or "unencrypted"; empty when not connected or SQLite
    QStringList privileges;      ///< monitoring-relevant facts, e.g. "superuser: no", "pg_monitor: yes"
    QStringList warnings;        ///< e.g. "pg_stat_statements is not installed: …how to enable"
    qint64 elapsedMs = 0;
};

/// Connects once, synchronously, within \a timeoutMs, and gathers a ProbeReport. Cancelling
/// \a context ends the connect at once (and the query running), with error "cancelled …".
/// Blocks: call it from a Job's work or the CLI, never from the GUI thread.
ProbeReport probeTarget(const Target &target, const QString &password, int timeoutMs = 10000,
                        const JobContext &context = {});

} // namespace dbpulse
