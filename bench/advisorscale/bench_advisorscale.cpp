// Index-advisor run time on a large catalog: TABLES tables, each with a primary key, a foreign key
// to its neighbour, three secondary indexes (one unused, one a redundant prefix of another), and a
// few statements in pg_stat_statements. Prints the advisor's wall time and what it found. See
// bench/README.md.
#include "core/advisor/indexadvisor.h"
#include "core/demo/localcluster.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QTextStream>
#include <libpq-fe.h>

using namespace dbpulse;

namespace {

QTextStream out(stdout);

bool exec(PGconn *c, const QByteArray &sql)
{
    PGresult *res = PQexec(c, sql.constData());
    const ExecStatusType st = PQresultStatus(res);
    const bool ok = st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK;
    if (!ok)
        out << "  ! " << sql.left(70) << ": " << PQresultErrorMessage(res);
    PQclear(res);
    return ok;
}

// One DO block per 250 tables: a round trip per table would dominate the seeding time.
void seed(PGconn *c, int tables)
{
    for (int from = 1; from <= tables; from += 250) {
        const int to = std::min(tables, from + 249);
        exec(c, QStringLiteral(R"SQL(DO $$ BEGIN FOR n IN %1..%2 LOOP
  EXECUTE format('CREATE TABLE t%s (id int PRIMARY KEY, parent int REFERENCES t%s, a int, b int, c text)', n,
                 greatest(n - 1, 1));
  EXECUTE format('CREATE INDEX t%s_a ON t%s (a)', n, n);
  EXECUTE format('CREATE INDEX t%s_ab ON t%s (a, b)', n, n);
  EXECUTE format('CREATE INDEX t%s_c ON t%s (c)', n, n);
  EXECUTE format('INSERT INTO t%s SELECT g, NULL, g %% 10, g, md5(g::text) FROM generate_series(1, 20) g', n);
END LOOP; END $$)SQL").arg(from).arg(to).toUtf8());
        out << "  " << to << " tables\r";
        out.flush();
    }
    out << '\n';
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int tables = argc > 1 ? QByteArray(argv[1]).toInt() : 5000;
    LocalCluster cluster;
    LocalClusterOptions options;
    options.extraSettings = {QStringLiteral("log_min_messages = warning"), QStringLiteral("max_locks_per_transaction = 256")};
    QString error;
    if (!cluster.create(options, &error)) {
        out << "cannot start a cluster: " << error << '\n';
        return 1;
    }
    PGconn *admin = PQconnectdb(cluster.uri().toUtf8().constData());
    exec(admin, "CREATE DATABASE bench");
    PQfinish(admin);
    PGconn *c = PQconnectdb(cluster.uri(QStringLiteral("bench")).toUtf8().constData());
    exec(c, "SET client_min_messages = warning");
    exec(c, "CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
    exec(c, "CREATE EXTENSION IF NOT EXISTS hypopg");
    out << "seeding " << tables << " tables, " << tables * 4 << " indexes, " << tables - 1 << " foreign keys\n";
    out.flush();
    QElapsedTimer clock;
    clock.start();
    seed(c, tables);
    exec(c, "VACUUM ANALYZE");
    exec(c, "SELECT pg_stat_statements_reset()");
    // A workload touching a few hundred tables, so the missing-index rule has statements to plan.
    for (int n = 1; n <= std::min(tables, 300); ++n) {
        for (int i = 0; i < 3; ++i) {
            exec(c, QStringLiteral("SELECT * FROM t%1 WHERE a = %2 AND b > %3").arg(n).arg(i).arg(i).toUtf8());
            exec(c, QStringLiteral("SELECT * FROM t%1 WHERE c = md5('%2')").arg(n).arg(i).toUtf8());
        }
    }
    PQfinish(c);
    out << "seeded in " << clock.elapsed() / 1000.0 << " s\n";
    out.flush();

    const Target target = *parseTarget(cluster.uri(QStringLiteral("bench"))).target;
    for (const bool hypo : {true, false}) {
        AdvisorOptions advisorOptions;
        advisorOptions.missing.useHypopg = hypo;
        // The cluster is minutes old: judge usage at once, or the planted unused indexes are withheld
        // for a week and that rule's work is not timed.
        advisorOptions.unusedMinWindowS = 0;
        clock.restart();
        const AdvisorReport report = analyzeIndexes(target, QString(), advisorOptions);
        const double seconds = clock.elapsed() / 1000.0;
        QHash<QString, int> kinds;
        for (const IndexRecommendation &r : report.recommendations)
            ++kinds[kindName(r.kind)];
        out << (hypo ? "with hypopg:    " : "without hypopg: ") << QString::number(seconds, 'f', 2) << " s, "
            << report.recommendations.size() << " recommendations (";
        QStringList parts;
        for (auto it = kinds.cbegin(); it != kinds.cend(); ++it)
            parts << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
        parts.sort();
        out << parts.join(QLatin1String(", ")) << ")" << (report.error.isEmpty() ? QString() : QStringLiteral(" error: ") + report.error)
            << '\n';
        out.flush();
    }
    return 0;
}
