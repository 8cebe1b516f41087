#pragma once

#include "core/db/target.h"

#include <QList>
#include <QString>
#include <optional>

namespace dbpulse {

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
    bool connected = false; ///< false: error says why the server could not be reached
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

} // namespace dbpulse
