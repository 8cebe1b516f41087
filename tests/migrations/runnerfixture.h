#pragma once

// What the runner tests share: requests, status lines, and one fresh database per test case.
#include "core/migrations/migrationrunner.h"
#include "tests/migrations/migrationtestutil.h"
#include "tests/support/testcluster.h"

#include <QCoreApplication>
#include <QObject>

namespace dbpulse::test {

using namespace Qt::StringLiterals;

inline MigrationRequest request(MigrationRequest::Command cmd, const QString &uri, const QString &dir, const QString &style = u"auto"_s)
{
    MigrationRequest r;
    r.command = cmd;
    r.target = *parseTarget(uri).target;
    r.dir = dir;
    parseMigrationStyle(style, &r.style);
    return r;
}

inline QStringList states(const MigrationReport &report)
{
    QStringList out;
    for (const MigrationStatusRow &row : report.status)
        out << (row.repeatable ? u"R"_s : row.version) + u'=' + row.state;
    return out;
}

inline QString historyTable(const QString &style)
{
    return style == QLatin1String("dbmate") ? u"schema_migrations"_s
         : style == QLatin1String("flyway") ? u"flyway_schema_history"_s : u"dbpulse_schema_history"_s;
}

/// Base of the runner test classes: a new database per test case, its URI in m_uri.
class RunnerFixture : public QObject
{
protected:
    QString m_uri;
    QString m_admin;
    int m_counter = 0;

    // A new database for the current test; its URI in m_uri.
    bool freshDb(dbpulse::LocalCluster *cluster)
    {
        // Named after the test program, so programs sharing a cluster never meet.
        const QString name = u"%1_%2"_s.arg(QCoreApplication::applicationName()).arg(++m_counter);
        m_admin = cluster->uri();
        const QString error = test::freshDatabase(m_admin, {}, name);
        m_uri = cluster->uri(name);
        if (!error.isEmpty())
            qWarning() << error;
        return error.isEmpty();
    }

    QString v(const QString &sql) { return test::pgValue(m_uri, sql); }
};

} // namespace dbpulse::test
