#pragma once

#include <QString>
#include <QStringList>

namespace dbpulse {

/// \brief A pg_dump/pg_restore found on this machine. Value type.
struct PgTool
{
    QString program;  ///< absolute path
    QString version;  ///< its `--version` output, "pg_dump (PostgreSQL) 15.8 (Debian …)"
    int major = 0;
};

/// \brief Every \a tool (pg_dump, pg_restore) in the places we look, each with its version:
/// only $DBPULSE_PG_BINDIR when it is set (a colon-separated list of folders, like PATH), else
/// Debian's /usr/lib/postgresql/<N>/bin, the PGDG RPMs' /usr/pgsql-<N>/bin, a source build's
/// /usr/local/pgsql/bin, then PATH. Blocking (runs `tool --version`, cached per binary): worker threads.
QList<PgTool> findPgTools(const QString &tool);

/// \brief The places findPgTools() looks, in words, for a refusal: "DBPULSE_PG_BINDIR (/opt/pg)"
/// or "/usr/lib/postgresql/15/bin, /usr/pgsql-15/bin, /usr/local/pgsql/bin and PATH". Any thread.
QString pgToolPlaces(int major);

/// \brief The pg_dump of exactly the server's major version: an older one cannot dump a newer
/// server faithfully, a newer one writes an archive the server's own pg_restore cannot read.
/// Empty with \a error naming the versions found and where the matching one was looked for.
/// Worker threads.
PgTool findPgDump(int serverMajor, QString *error);

/// \brief The pg_restore for an archive written by pg_dump \a archiveMajor, restoring into a
/// server of \a serverMajor (0: no server, e.g. `--list`): it must read the archive (major at
/// least the archive's) and not be older than the server. The server's own major is preferred,
/// else the oldest that fits. Empty with \a error naming what the archive and server need and
/// where it was looked for. Worker threads.
PgTool findPgRestore(int archiveMajor, int serverMajor, QString *error);

/// Major version from "pg_dump (PostgreSQL) 15.8 (Debian 15.8-0+deb12u1)"; 0 when unparsable.
int pgToolMajor(const QString &versionOutput);

} // namespace dbpulse
