#pragma once

#include "core/demo/localcluster.h"

#include <QString>
#include <QTest>

namespace dbpulse::test {

/// \brief The process-wide throwaway PostgreSQL cluster for integration tests: created on first
/// use (pg_stat_statements preloaded, hypopg created when installed) and destroyed at exit.
/// Returns nullptr with \a reason set when no PostgreSQL server binaries are installed.
LocalCluster *sharedCluster(QString *reason);

/// True when the environment says a cluster is mandatory (DBPULSE_REQUIRE_PG=1, set by CI):
/// then a missing cluster fails the test instead of skipping it.
bool clusterRequired();

/// Runs \a sql on a fresh connection to \a uri and returns the first value of the first row, or a
/// null QByteArray on any failure (then \a error, when given, holds libpq's message).
QByteArray queryValue(const QString &uri, const char *sql, QString *error = nullptr);

} // namespace dbpulse::test

/// Puts the shared cluster in a local variable \a var, or skips/fails the test with the reason.
#define DBPULSE_REQUIRE_CLUSTER(var)                                                             \
    QString var##Reason;                                                                         \
    dbpulse::LocalCluster *var = dbpulse::test::sharedCluster(&var##Reason);                     \
    if (!var) {                                                                                  \
        if (dbpulse::test::clusterRequired())                                                    \
            QFAIL(qPrintable(var##Reason));                                                      \
        QSKIP(qPrintable(var##Reason));                                                          \
    }
