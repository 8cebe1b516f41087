// Index-advisor quality: a schema with planted flaws of every kind plus well-indexed tables under a
// workload; precision and recall with and without hypopg, and whether the planner uses each
// suggested missing index once it exists. Then the same for a schema written independently of the
// rules (rentalschema.h), judged against what a DBA wrote down beforehand. See bench/README.md.
#include "rentalschema.h"

#include "core/advisor/indexadvisor.h"
#include "core/demo/localcluster.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTextStream>
#include <libpq-fe.h>

using namespace dbpulse;

namespace {

// A statement's %1 is the workload round; statements without one run as written.
QString withRound(const QString &sql, int round)
{
    return sql.contains(QLatin1String("%1")) ? sql.arg(round) : sql;
}

QTextStream out(stdout);

// Planted flaws are commented with the advice they should produce.
const char *kSchema[] = {
    "CREATE EXTENSION IF NOT EXISTS pg_stat_statements",
    "CREATE EXTENSION IF NOT EXISTS hypopg",
    // Well indexed: every index used by the workload, every FK supported.
    "CREATE TABLE accounts (id bigint PRIMARY KEY, email text UNIQUE NOT NULL, team int, name text)",
    "INSERT INTO accounts SELECT g, 'u' || g || '@x.org', g % 100, 'n' || g FROM generate_series(1, 100000) g",
    "CREATE TABLE sessions (id bigint PRIMARY KEY, account_id bigint NOT NULL REFERENCES accounts, started_at timestamptz)",
    "INSERT INTO sessions SELECT g, 1 + g % 100000, now() - g * interval '1 min' FROM generate_series(1, 300000) g",
    "CREATE INDEX sessions_account_started_idx ON sessions (account_id, started_at)",
    "CREATE TABLE invoices (id bigint PRIMARY KEY, account_id bigint REFERENCES accounts, due date, amount numeric)",
    "INSERT INTO invoices SELECT g, 1 + g % 100000, date '2024-01-01' + g % 700, g % 997 FROM generate_series(1, 200000) g",
    "CREATE INDEX invoices_account_idx ON invoices (account_id)",
    "CREATE INDEX invoices_due_idx ON invoices (due)",
    // missing: events(user_id)
    "CREATE TABLE events (id bigserial PRIMARY KEY, user_id int, kind text, created_at timestamptz)",
    "INSERT INTO events (user_id, kind, created_at) SELECT g % 20000, (ARRAY['a','b','c'])[1 + g % 3], "
    "now() - g * interval '1 min' FROM generate_series(1, 300000) g",
    // missing: tickets(tenant_id, status)
    "CREATE TABLE tickets (id serial PRIMARY KEY, tenant_id int, status text, body text)",
    "INSERT INTO tickets (tenant_id, status, body) SELECT g % 2000, (ARRAY['open','closed','pending','spam','hold'])[1 + g % 5], "
    "md5(g::text) FROM generate_series(1, 300000) g",
    // missing: "Odd Table"("Created At") — odd names, a range predicate
    "CREATE TABLE \"Odd Table\" (\"Ïd\" serial PRIMARY KEY, \"Created At\" timestamptz, \"Note\" text)",
    "INSERT INTO \"Odd Table\" (\"Created At\", \"Note\") SELECT now() - g * interval '1 s', 'x' FROM generate_series(1, 200000) g",
    // missing: readings(sensor_id) — a partitioned table
    "CREATE TABLE readings (id bigint, sensor_id int, at date, v float8) PARTITION BY RANGE (at)",
    "CREATE TABLE readings_h1 PARTITION OF readings FOR VALUES FROM ('2024-01-01') TO ('2024-07-01')",
    "CREATE TABLE readings_h2 PARTITION OF readings FOR VALUES FROM ('2024-07-01') TO ('2025-01-01')",
    "INSERT INTO readings SELECT g, g % 5000, date '2024-01-01' + g % 360, random() FROM generate_series(1, 200000) g",
    // missing, found only with what-if plans: logs(at) for ORDER BY … LIMIT
    "CREATE TABLE logs (id bigserial PRIMARY KEY, level text, at timestamptz, msg text)",
    "INSERT INTO logs (level, at, msg) SELECT (ARRAY['info','warn'])[1 + g % 2], now() - g * interval '1 s', md5(g::text) "
    "FROM generate_series(1, 300000) g",
    // missing, found only with what-if plans: comments(post_id) for a join's lookups (no foreign key)
    "CREATE TABLE posts (id int PRIMARY KEY, slug text UNIQUE)",
    "INSERT INTO posts SELECT g, 's' || g FROM generate_series(1, 20000) g",
    "CREATE TABLE comments (id bigserial PRIMARY KEY, post_id int, body text)",
    "INSERT INTO comments (post_id, body) SELECT 1 + g % 20000, md5(g::text) FROM generate_series(1, 300000) g",
    // duplicate: products_sku_idx (twin of the unique products_sku_key); redundant: products_category_idx
    "CREATE TABLE products (id serial PRIMARY KEY, sku text UNIQUE, category text, price numeric)",
    "INSERT INTO products (sku, category, price) SELECT 'S' || g, 'c' || (g % 50), g % 1000 FROM generate_series(1, 50000) g",
    "CREATE INDEX products_sku_idx ON products (sku)",
    "CREATE INDEX products_category_idx ON products (category)",
    "CREATE INDEX products_category_price_idx ON products (category, price)",
    // fk_unindexed: order_lines(product_id)
    "CREATE TABLE order_lines (id serial PRIMARY KEY, product_id int REFERENCES products, qty int)",
    "INSERT INTO order_lines (product_id, qty) SELECT 1 + g % 50000, 1 FROM generate_series(1, 100000) g",
    // unused: audit_note_idx
    "CREATE TABLE audit (id serial PRIMARY KEY, note text)",
    "INSERT INTO audit (note) SELECT md5(g::text) FROM generate_series(1, 20000) g",
    "CREATE INDEX audit_note_idx ON audit (note)",
    // invalid: members_handle_key (a failed CREATE UNIQUE INDEX CONCURRENTLY, below)
    "CREATE TABLE members (id serial PRIMARY KEY, handle text)",
    "INSERT INTO members (handle) SELECT 'h' || (g % 100) FROM generate_series(1, 1000) g",
    // bloated: queue_created_idx and queue_pkey (90% of the rows deleted)
    "CREATE TABLE queue (id serial PRIMARY KEY, created_at timestamptz, payload text)",
    "INSERT INTO queue (created_at, payload) SELECT now() - g * interval '1 s', md5(g::text) FROM generate_series(1, 400000) g",
    "CREATE INDEX queue_created_idx ON queue (created_at)",
    "DELETE FROM queue WHERE id % 10 <> 0",
};

using rental::Statement;

const QList<Statement> &workload()
{
    static const QList<Statement> w{
        {QStringLiteral("accounts"), QStringLiteral("SELECT * FROM accounts WHERE id = %1")},
        {QStringLiteral("accounts"), QStringLiteral("SELECT * FROM accounts WHERE email = 'u%1@x.org'")},
        {QStringLiteral("sessions"), QStringLiteral("SELECT * FROM sessions WHERE account_id = %1 ORDER BY started_at DESC LIMIT 10")},
        {QStringLiteral("sessions"), QStringLiteral("SELECT * FROM sessions WHERE id = %1")},
        {QStringLiteral("invoices"), QStringLiteral("SELECT sum(amount) FROM invoices WHERE account_id = %1")},
        {QStringLiteral("invoices"), QStringLiteral("SELECT count(*) FROM invoices WHERE due = date '2024-03-01' + %1 % 300")},
        {QStringLiteral("invoices"), QStringLiteral("SELECT * FROM invoices WHERE id = %1")},
        {QStringLiteral("events"), QStringLiteral("SELECT * FROM events WHERE user_id = %1")},
        {QStringLiteral("tickets"), QStringLiteral("SELECT count(*) FROM tickets WHERE tenant_id = %1 AND status = 'open'")},
        {QStringLiteral("Odd Table"), QStringLiteral("SELECT * FROM \"Odd Table\" WHERE \"Created At\" BETWEEN now() - interval '%1 min' AND now()")},
        {QStringLiteral("readings"), QStringLiteral("SELECT avg(v) FROM readings WHERE sensor_id = %1")},
        {QStringLiteral("products"), QStringLiteral("SELECT * FROM products WHERE category = 'c%1' ORDER BY price LIMIT 5")},
        {QStringLiteral("products"), QStringLiteral("SELECT * FROM products WHERE sku = 'S%1'")},
        {QStringLiteral("products"), QStringLiteral("SELECT * FROM products WHERE id = %1")},
        {QStringLiteral("order_lines"), QStringLiteral("SELECT * FROM order_lines WHERE id = %1")},
        {QStringLiteral("members"), QStringLiteral("SELECT * FROM members WHERE id = %1")},
        {QStringLiteral("queue"), QStringLiteral("SELECT * FROM queue WHERE created_at > now() - interval '%1 s'")},
        {QStringLiteral("queue"), QStringLiteral("SELECT * FROM queue WHERE id = %1 * 10")},
        {QStringLiteral("audit"), QStringLiteral("SELECT * FROM audit WHERE id = %1")},
        {QStringLiteral("sessions"), QStringLiteral("SELECT s.* FROM accounts a JOIN sessions s ON s.account_id = a.id "
                                                    "WHERE a.email = 'u%1@x.org'")},
        {QStringLiteral("logs"), QStringLiteral("SELECT * FROM logs ORDER BY at DESC LIMIT 50")},
        {QStringLiteral("logs"), QStringLiteral("SELECT * FROM logs WHERE id = %1")},
        {QStringLiteral("comments"), QStringLiteral("SELECT c.* FROM posts p JOIN comments c ON c.post_id = p.id WHERE p.slug = 's%1'")},
        // Unselective: no index would help, none may be suggested.
        {QStringLiteral("events"), QStringLiteral("SELECT count(*) FROM events WHERE kind = 'b' AND id > %1")},
    };
    return w;
}

// kind|table|index-or-columns
const QStringList kExpected{
    QStringLiteral("missing|events|user_id"), QStringLiteral("missing|tickets|tenant_id,status"),
    QStringLiteral("missing|Odd Table|Created At"), QStringLiteral("missing|readings|sensor_id"),
    QStringLiteral("unused|audit|audit_note_idx"), QStringLiteral("duplicate|products|products_sku_idx"),
    QStringLiteral("redundant|products|products_category_idx"), QStringLiteral("fk_unindexed|order_lines|product_id"),
    QStringLiteral("invalid|members|members_handle_key"), QStringLiteral("bloated|queue|queue_created_idx"),
    QStringLiteral("bloated|queue|queue_pkey"),
};
// Join and ORDER BY advice needs a what-if plan to tell whether the planner would use the index.
const QStringList kExpectedWhatIf{QStringLiteral("missing|logs|at"), QStringLiteral("missing|comments|post_id")};

QString keyOf(const IndexRecommendation &r)
{
    const bool byIndex = !r.index.isEmpty();
    return kindName(r.kind) + QLatin1Char('|') + r.table + QLatin1Char('|')
        + (byIndex ? r.index : r.columns.join(QLatin1Char(',')));
}

bool exec(PGconn *c, const QString &sql, QByteArray *result = nullptr, bool quiet = false)
{
    PGresult *res = PQexec(c, sql.toUtf8().constData());
    const ExecStatusType st = PQresultStatus(res);
    const bool ok = st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK;
    if (!ok && !quiet)
        out << "  ! " << sql.left(70) << ": " << PQresultErrorMessage(res);
    if (ok && result && PQntuples(res) > 0)
        *result = PQgetvalue(res, 0, 0);
    PQclear(res);
    return ok;
}

QSet<QString> planIndexNames(const QJsonObject &node)
{
    QSet<QString> names;
    if (node.contains(QLatin1String("Index Name")))
        names << node.value(QLatin1String("Index Name")).toString();
    for (const QJsonValue &c : node.value(QLatin1String("Plans")).toArray())
        names += planIndexNames(c.toObject());
    return names;
}

QSet<QString> allIndexNames(PGconn *c)
{
    QSet<QString> names;
    PGresult *res = PQexec(c, "SELECT indexname FROM pg_indexes WHERE schemaname = 'public'");
    for (int i = 0; i < PQntuples(res); ++i)
        names << QString::fromUtf8(PQgetvalue(res, i, 0));
    PQclear(res);
    return names;
}

// Creates each suggested missing index, asks the planner about the workload on that table, drops it.
void checkPlannerUse(PGconn *c, const IndexRecommendations &recs, const QList<Statement> &statements = workload())
{
    for (const IndexRecommendation &r : recs) {
        if (r.kind != IndexRecommendation::Kind::Missing)
            continue;
        const QSet<QString> before = allIndexNames(c);
        if (!exec(c, r.ddl) || !exec(c, QStringLiteral("ANALYZE")))
            continue;
        const QSet<QString> created = allIndexNames(c) - before;
        bool used = false;
        for (const Statement &s : statements) {
            QByteArray plan;
            if (s.table == r.table && exec(c, QStringLiteral("EXPLAIN (FORMAT JSON) ") + withRound(s.sql, 17), &plan)) {
                const QJsonObject top = QJsonDocument::fromJson(plan).array().first().toObject();
                used = used || planIndexNames(top.value(QLatin1String("Plan")).toObject()).intersects(created);
            }
        }
        out << "  planner uses " << r.ddl << ": " << (used ? "yes" : "NO") << '\n';
        for (const QString &name : created)
            exec(c, QStringLiteral("DROP INDEX IF EXISTS \"%1\"").arg(name), nullptr, true);
    }
}

void score(const char *label, const AdvisorReport &report, bool whatIf)
{
    const QStringList expectedKeys = whatIf ? kExpected + kExpectedWhatIf : kExpected;
    int truePositives = 0;
    QSet<QString> found;
    out << "\n== " << label << ": " << report.recommendations.size() << " recommendations\n";
    for (const IndexRecommendation &r : report.recommendations) {
        const QString key = keyOf(r);
        const bool expected = expectedKeys.contains(key);
        truePositives += expected ? 1 : 0;
        found << key;
        out << (expected ? "  TP " : "  FP ") << key << "  [" << priorityName(r.priority) << "] " << r.estimatedBenefit << '\n';
    }
    for (const QString &e : expectedKeys) {
        if (!found.contains(e))
            out << "  FN " << e << '\n';
    }
    for (const QString &n : report.notes)
        out << "  note: " << n << '\n';
    const double precision = report.recommendations.isEmpty() ? 1.0 : double(truePositives) / report.recommendations.size();
    const double recall = double(truePositives) / expectedKeys.size();
    out << QStringLiteral("  precision %1 (%2/%3)  recall %4 (%2/%5)\n")
               .arg(precision, 0, 'f', 2).arg(truePositives).arg(report.recommendations.size())
               .arg(recall, 0, 'f', 2).arg(expectedKeys.size());
}

// The out-of-sample schema: every recommendation as expected (E), acceptable (A) or not (X), the
// expected ones it missed, and the counts.
void judgeRental(const char *label, const AdvisorReport &report)
{
    QSet<QString> found;
    for (const IndexRecommendation &r : report.recommendations)
        found << keyOf(r);
    out << "\n== rental, " << label << ": " << report.recommendations.size() << " recommendations\n";
    int expected = 0, acceptable = 0, unexpected = 0;
    for (const IndexRecommendation &r : report.recommendations) {
        const QString key = keyOf(r);
        bool isExpected = false;
        for (const QString &e : rental::expectedAdvice())
            isExpected = isExpected || e.split(QStringLiteral(" / ")).contains(key);
        const bool isAcceptable = rental::acceptableAdvice().contains(key);
        (isExpected ? expected : isAcceptable ? acceptable : unexpected) += 1;
        out << (isExpected ? "  E " : isAcceptable ? "  A " : "  X ") << key << "  [" << priorityName(r.priority) << "] "
            << r.estimatedBenefit << '\n';
    }
    int missed = 0;
    for (const QString &e : rental::expectedAdvice()) {
        bool met = false;
        for (const QString &alternative : e.split(QStringLiteral(" / ")))
            met = met || found.contains(alternative);
        if (!met) {
            ++missed;
            out << "  MISSED " << e << '\n';
        }
    }
    for (const QString &n : report.notes)
        out << "  note: " << n << '\n';
    out << QStringLiteral("  expected %1 of %2 found, %3 acceptable, %4 not asked for\n")
               .arg(rental::expectedAdvice().size() - missed).arg(rental::expectedAdvice().size())
               .arg(acceptable).arg(unexpected);
}

void runRental(LocalCluster &cluster, int iterations)
{
    PGconn *admin = PQconnectdb(cluster.uri().toUtf8().constData());
    exec(admin, QStringLiteral("CREATE DATABASE rental"));
    PQfinish(admin);
    PGconn *c = PQconnectdb(cluster.uri(QStringLiteral("rental")).toUtf8().constData());
    exec(c, QStringLiteral("SET client_min_messages = warning"));
    out << "\nseeding the rental schema...\n";
    out.flush();
    for (const QString &sql : rental::schema())
        exec(c, sql);
    exec(c, QStringLiteral("VACUUM ANALYZE"));
    exec(c, QStringLiteral("SELECT pg_stat_statements_reset()"));
    const QList<Statement> statements = rental::workload();
    out << "workload: " << iterations << " rounds of " << statements.size() << " statements\n";
    out.flush();
    for (int i = 1; i <= iterations; ++i) {
        for (const Statement &s : statements)
            exec(c, withRound(s.sql, i));
    }
    PQfinish(c);

    const Target target = *parseTarget(cluster.uri(QStringLiteral("rental"))).target;
    const AdvisorReport withHypo = analyzeIndexes(target, QString());
    judgeRental("with hypopg", withHypo);
    AdvisorOptions heuristic;
    heuristic.missing.useHypopg = false;
    const AdvisorReport without = analyzeIndexes(target, QString(), heuristic);
    judgeRental("without hypopg", without);
    out << "\n== rental: planner use of suggested missing indexes\n";
    c = PQconnectdb(cluster.uri(QStringLiteral("rental")).toUtf8().constData());
    exec(c, QStringLiteral("SET client_min_messages = warning"));
    checkPlannerUse(c, withHypo.recommendations, statements);
    checkPlannerUse(c, without.recommendations, statements);
    PQfinish(c);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int iterations = argc > 1 ? QByteArray(argv[1]).toInt() : 100;
    LocalCluster cluster;
    LocalClusterOptions options;
    options.extraSettings = {QStringLiteral("log_min_messages = warning")};
    QString error;
    if (!cluster.create(options, &error)) {
        out << "cannot start a cluster: " << error << '\n';
        return 1;
    }
    PGconn *admin = PQconnectdb(cluster.uri().toUtf8().constData());
    exec(admin, QStringLiteral("CREATE DATABASE bench"));
    PQfinish(admin);
    PGconn *c = PQconnectdb(cluster.uri(QStringLiteral("bench")).toUtf8().constData());
    exec(c, QStringLiteral("SET client_min_messages = warning"));
    out << "seeding...\n";
    out.flush();
    for (const char *sql : kSchema)
        exec(c, QString::fromUtf8(sql));
    exec(c, QStringLiteral("CREATE UNIQUE INDEX CONCURRENTLY members_handle_key ON members (handle)"), nullptr, true);
    exec(c, QStringLiteral("VACUUM ANALYZE"));
    exec(c, QStringLiteral("SELECT pg_stat_statements_reset()"));
    out << "workload: " << iterations << " rounds of " << workload().size() << " statements\n";
    out.flush();
    for (int i = 1; i <= iterations; ++i) {
        for (const Statement &s : workload())
            exec(c, withRound(s.sql, i));
    }
    PQfinish(c); // flushes this session's statistics

    const Target target = *parseTarget(cluster.uri(QStringLiteral("bench"))).target;
    // The cluster was started minutes ago: judge usage at once, or "unused" is withheld for a week.
    AdvisorOptions withWhatIf;
    withWhatIf.unusedMinWindowS = 0;
    AdvisorReport withHypo = analyzeIndexes(target, QString(), withWhatIf);
    score("with hypopg", withHypo, true);
    AdvisorOptions heuristic = withWhatIf;
    heuristic.missing.useHypopg = false;
    AdvisorReport without = analyzeIndexes(target, QString(), heuristic);
    score("without hypopg", without, false);

    out << "\n== planner use of suggested missing indexes\n";
    c = PQconnectdb(cluster.uri(QStringLiteral("bench")).toUtf8().constData());
    exec(c, QStringLiteral("SET client_min_messages = warning"));
    checkPlannerUse(c, withHypo.recommendations);
    checkPlannerUse(c, without.recommendations);
    PQfinish(c);

    runRental(cluster, iterations);
    return 0;
}
