#include "tests/support/doctorrun.h"

#include "core/demo/localcluster.h"
#include "tests/support/plainconnection.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

namespace dbpulse::test {

QList<QJsonObject> DoctorRun::findings(const QString &check, const QString &severity) const
{
    QList<QJsonObject> list;
    for (const QJsonValue &v : json.value(QStringLiteral("findings")).toArray()) {
        const QJsonObject f = v.toObject();
        const QString s = f.value(QStringLiteral("severity")).toString();
        if ((check.isEmpty() || f.value(QStringLiteral("check")).toString() == check)
            && (severity.isEmpty() ? s != QLatin1String("ok") : s == severity))
            list << f;
    }
    return list;
}

QString DoctorRun::field(const QString &check, const QString &object, const char *name) const
{
    for (const QJsonObject &f : findings(check)) {
        if (f.value(QStringLiteral("object")).toString() == object)
            return f.value(QLatin1String(name)).toString();
    }
    return {};
}

DoctorRun runDoctorCli(const QStringList &args)
{
    // The doctor remembers budget verdicts between runs (BudgetHistory): each test program starts
    // with none, and never touches the user's own.
    static QTemporaryDir dataHome;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome.path());
    DoctorRun run{runCli(args, 120000, env), {}};
    run.json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    return run;
}

DoctorRun doctor(const QString &uri, const QStringList &extra)
{
    // The test clusters run with fsync off: throwaway, as their user would mark them.
    return runDoctorCli(QStringList{QStringLiteral("doctor"), uri, QStringLiteral("--format"), QStringLiteral("json"),
                                    QStringLiteral("--throwaway")} + extra);
}

QString freshDatabase(LocalCluster *cluster, const QString &name)
{
    PlainConnection admin(cluster->uri());
    admin.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
    const QString err = admin.exec(QStringLiteral("CREATE DATABASE %1").arg(name));
    return err.isEmpty() ? cluster->uri(name) : QString();
}

QString writeFile(const QString &path, const QByteArray &contents)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(contents) != contents.size())
        return {};
    return path;
}

} // namespace dbpulse::test
