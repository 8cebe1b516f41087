// The PostgreSQL cluster of a whole test run, shared by every test program that may share it:
// `start STATEFILE` creates it and writes its directory to STATEFILE; `stop STATEFILE` removes it.
// ctest runs them as the setup and cleanup of the fixture those programs require, so the run
// starts one server instead of one per program. The cluster's watchdog watches ctest (our
// parent): an interrupted run leaves no server behind either.
#include "tests/support/testcluster.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <unistd.h>

using namespace dbpulse;
using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream err(stderr);
    if (args.size() != 3 || (args[1] != u"start"_s && args[1] != u"stop"_s)) {
        err << "usage: dbpulse_testclusterctl start|stop STATEFILE\n";
        return 2;
    }
    const QString stateFile = args[2];
    QString error;
    if (args[1] == u"stop"_s) {
        QFile file(stateFile);
        if (!file.open(QIODevice::ReadOnly))
            return 0; // nothing was started
        const QString baseDir = QString::fromUtf8(file.readAll().trimmed());
        file.remove();
        if (auto cluster = LocalCluster::attach(baseDir, &error))
            cluster->destroy();
        return 0;
    }
    LocalClusterOptions options = test::testClusterOptions();
    options.ownerPid = ::getppid();
    LocalCluster cluster;
    if (!cluster.create(options, &error)) {
        err << "cannot create the test run's cluster: " << error << '\n';
        return 1;
    }
    QFile file(stateFile);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(cluster.baseDir().toUtf8()) < 0) {
        err << "cannot write " << stateFile << ": " << file.errorString() << '\n';
        return 1;
    }
    cluster.release();
    QTextStream(stdout) << "test cluster on port " << cluster.port() << " in " << cluster.baseDir() << '\n';
    return 0;
}
