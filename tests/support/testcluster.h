#pragma once

#include "core/demo/localcluster.h"

#include <QString>
#include <QTest>

namespace dbpulse::test {

/// How test clusters are made: pg_stat_statements preloaded, small and quiet.
LocalClusterOptions testClusterOptions();

/// \brief The throwaway PostgreSQL cluster for integration tests. Under ctest, the one cluster of
/// the whole run (started by the fixture tests/support/testclusterctl.cpp, named by
/// $DBPULSE_TEST_CLUSTER), which each program uses through databases of its own; a program that
/// restarts or reconfigures the server, or changes roles every test shares, is registered with
/// OWN_CLUSTER and gets a cluster of its own, created on first use and destroyed at exit — as
/// does any program run by hand. Returns nullptr with \a reason set when no PostgreSQL server
/// binaries are installed.
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
