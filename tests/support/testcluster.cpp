#include "tests/support/testcluster.h"

#include <libpq-fe.h>

#include <QCoreApplication>
#include <QFile>

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

LocalClusterOptions testClusterOptions()
{
    LocalClusterOptions options;
    options.preloadStatements = true;
    // Small and quiet: a few test processes may run their own cluster beside the shared one, which
    // several programs use at once.
    options.extraSettings = {u"shared_buffers = 32MB"_s, u"max_connections = 100"_s,
                             u"log_min_messages = warning"_s};
    return options;
}

namespace {

// The cluster of the whole test run (tests/support/testclusterctl.cpp), when ctest started one and
// this program may share it.
std::unique_ptr<LocalCluster> attachToRunCluster()
{
    const QString stateFile = qEnvironmentVariable("DBPULSE_TEST_CLUSTER");
    if (stateFile.isEmpty())
        return nullptr;
    QFile file(stateFile);
    QString error = u"cannot read %1"_s.arg(stateFile);
    std::unique_ptr<LocalCluster> cluster;
    if (file.open(QIODevice::ReadOnly))
        cluster = LocalCluster::attach(QString::fromUtf8(file.readAll().trimmed()), &error);
    if (!cluster)
        qWarning().noquote() << "the test run's cluster is not usable (" << error << "); starting one of our own";
    return cluster;
}

} // namespace

LocalCluster *sharedCluster(QString *reason)
{
    SharedState &s = state();
    if (!s.attempted) {
        s.attempted = true;
        if (auto run = attachToRunCluster()) {
            s.cluster = std::move(run);
        } else if (LocalCluster::findServerBinDir(&s.reason).isEmpty()) {
            s.reason = u"no PostgreSQL server binaries: %1"_s.arg(s.reason);
        } else {
            auto cluster = std::make_unique<LocalCluster>();
            QString error;
            if (cluster->create(testClusterOptions(), &error)) {
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
