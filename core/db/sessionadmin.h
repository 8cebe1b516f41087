#pragma once

#include "core/db/target.h"

#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace dbpulse {

class PgSession;

/// \brief One backend from pg_stat_activity, as the Queries page lists it. Value type, any thread.
struct BackendRow
{
    int pid = 0;
    QString user;
    QString database;
    QString application;
    QString clientAddr;
    QString state;                        ///< active, idle, idle in transaction…
    QString waitEvent;                    ///< "Lock: transactionid" or empty
    QString query;                        ///< cut at 4 KB
    std::optional<double> querySeconds;   ///< since query_start (active only)
    std::optional<double> transactionSeconds;
    bool isOurs = false;                  ///< application_name = dbpulse
    QString backendStart;                 ///< epoch seconds, exact text: with pid, names one backend
};

/// \brief Result of one of the blocking one-shots below: rows or an error naming what failed.
struct BackendList
{
    QList<BackendRow> rows;
    QString error;
};

/// \brief EXPLAIN output (FORMAT JSON) or why there is none.
struct ExplainResult
{
    QString json;
    QString note;   ///< e.g. "generic plan: parameters $1… were unknown"
    QString error;
};

/// Client backends of the server (not background workers). Blocking one-shot connection: call it
/// from a pool thread (QtConcurrent) or the CLI, never from the GUI thread.
BackendList listBackends(const Target &target, const QString &password);

/// pg_cancel_backend (\a terminate false) or pg_terminate_backend of the backend with \a pid that
/// started at \a backendStart (BackendRow::backendStart), in one statement: a pid the server reused
/// for another session since the list was read is never signalled. Returns an empty string on
/// success, otherwise the reason (e.g. missing pg_signal_backend, "already ended"). Blocking one-shot.
QString signalBackend(const Target &target, const QString &password, int pid, const QString &backendStart,
                      bool terminate);

/// EXPLAIN (FORMAT JSON) of \a sql, as the powerless sandbox role (core/db/sandbox.h) inside a
/// read-only transaction that is rolled back, under statement_timeout \a timeoutMs: \a sql is
/// usually another role's, and planning runs its functions. With \a analyze a reading statement
/// really runs; one that writes fails (read-only). \a password is not used: the sandbox has its own.
/// Normalised pg_stat_statements texts ($1, $2…) are explained as a generic plan via PREPARE,
/// with NULL arguments. Blocking one-shot. \a onSession gets the open session (and nullptr before it
/// closes) so a canceller can interrupt the statement with PgSession::cancel().
ExplainResult explainStatement(const Target &target, const QString &password, const QString &sql,
                               bool analyze, int timeoutMs = 10000,
                               const std::function<void(PgSession *)> &onSession = {});

} // namespace dbpulse
