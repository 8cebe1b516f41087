#include "tests/support/testcluster.h"

#include <libpq-fe.h>

#include <QCoreApplication>

#include <memory>

using namespace Qt::StringLiterals;

namespace dbpulse::test {

namespace {

struct SharedState
{
    std::unique_ptr<LocalCluster> cluster;
    QString reason;
    bool attempted = false;
};

SharedState &state()
{
    // Destroyed at exit at the latest; the post routine below normally gets there first, while
    // QCoreApplication (and its logging) still exists.
    static SharedState s;
    return s;
}

void destroySharedCluster()
{
    state().cluster.reset();
}

} // namespace

LocalCluster *sharedCluster(QString *reason)
{
    SharedState &s = state();
    if (!s.attempted) {
        s.attempted = true;
        if (LocalCluster::findServerBinDir(&s.reason).isEmpty()) {
            s.reason = u"no PostgreSQL server binaries: %1"_s.arg(s.reason);
        } else {
            auto cluster = std::make_unique<LocalCluster>();
            LocalClusterOptions options;
            options.preloadStatements = true;
            // Small and quiet: many test processes may run their own cluster side by side.
            options.extraSettings = {u"shared_buffers = 32MB"_s, u"max_connections = 40"_s,
                                     u"log_min_messages = warning"_s};
            QString error;
            if (cluster->create(options, &error)) {
                s.cluster = std::move(cluster);
                if (QCoreApplication::instance())
                    qAddPostRoutine(destroySharedCluster);
            } else {
                s.reason = u"cannot create the test cluster: %1"_s.arg(error);
            }
        }
    }
    if (!s.cluster && reason)
        *reason = s.reason;
    return s.cluster.get();
}

bool clusterRequired()
{
    return qEnvironmentVariableIntValue("DBPULSE_REQUIRE_PG") == 1;
}

QByteArray queryValue(const QString &uri, const char *sql, QString *error)
{
    PGconn *conn = PQconnectdb(uri.toUtf8().constData());
    QByteArray value;
    if (PQstatus(conn) == CONNECTION_OK) {
        PGresult *res = PQexec(conn, sql);
        if (PQresultStatus(res) == PGRES_TUPLES_OK && PQntuples(res) > 0)
            value = PQgetvalue(res, 0, 0);
        else if (error)
            *error = QString::fromUtf8(PQresultErrorMessage(res));
        PQclear(res);
    } else if (error) {
        *error = QString::fromUtf8(PQerrorMessage(conn));
    }
    PQfinish(conn);
    return value;
}

} // namespace dbpulse::test
