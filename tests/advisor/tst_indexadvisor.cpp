// Planted index flaws, one fresh database per case, against the real cluster; with and without hypopg.
#include "advisorfixture.h"

#include "core/advisor/indexadvisor.h"
#include "core/db/target.h"
#include "tests/support/testcluster.h"

#include <QTest>

using namespace dbpulse;
using namespace dbpulse::test;
using namespace Qt::StringLiterals;

namespace {

struct Case
{
    const char *tag;
    QStringList setup;
    QStringList workload;
    QString kind, table, index;
    QStringList columns;
    bool expected;
    QString ddlContains;
    bool onlyWithWhatIf = false; ///< join and ORDER BY advice needs a what-if plan: expected with hypopg only
    /// The usage window "unused" needs. 0 judges this freshly started cluster at once; the default
    /// (a week) withholds "unused", as it must on a server up for minutes.
    qint64 minWindowS = 0;
};

constexpr qint64 young = UnusedPolicy::defaultMinWindowS;

// This cluster started minutes ago: judge usage at once.
AdvisorOptions judgedNow()
{
    AdvisorOptions options;
    options.unusedMinWindowS = 0;
    return options;
}

QString rows(const QString &table, const QString &select, int n)
{
    return QStringLiteral("INSERT INTO %1 SELECT %2 FROM generate_series(1, %3) g").arg(table, select, QString::number(n));
}

QList<Case> cases()
{
    const QString events = QStringLiteral("CREATE TABLE events (id serial PRIMARY KEY, user_id int, kind text, at timestamptz)");
    const QString fillEvents = rows(QStringLiteral("events (user_id, kind, at)"),
                                    QStringLiteral("g % 5000, (ARRAY['a','b'])[1 + g % 2], now() - g * interval '1 min'"), 60000);
    return {
        {"unused plain index", {QStringLiteral("CREATE TABLE t (id int PRIMARY KEY, a int)"), rows(u"t"_s, u"g, g"_s, 1000),
                                QStringLiteral("CREATE INDEX t_a_idx ON t (a)")},
         {QStringLiteral("SELECT * FROM t WHERE id = %1")}, u"unused"_s, u"t"_s, u"t_a_idx"_s, {}, true,
         u"DROP INDEX CONCURRENTLY \"public\".\"t_a_idx\""_s},
        {"unique index is never unused", {QStringLiteral("CREATE TABLE t (id int PRIMARY KEY, a int)"),
                                          QStringLiteral("CREATE UNIQUE INDEX t_a_key ON t (a)")},
         {}, u"unused"_s, u"t"_s, u"t_a_key"_s, {}, false, {}},
        {"FK-supporting index is never unused",
         {QStringLiteral("CREATE TABLE p (id int PRIMARY KEY)"), QStringLiteral("CREATE TABLE c (id int PRIMARY KEY, p_id int REFERENCES p)"),
          QStringLiteral("CREATE INDEX c_p_id_idx ON c (p_id)")},
         {}, u"unused"_s, u"c"_s, u"c_p_id_idx"_s, {}, false, {}},
        {"exclusion index is never unused",
         {QStringLiteral("CREATE TABLE r (id int PRIMARY KEY, during tsrange, EXCLUDE USING gist (during WITH &&))")},
         {}, u"unused"_s, u"r"_s, u"r_during_excl"_s, {}, false, {}},
        {"duplicate twins", {QStringLiteral("CREATE TABLE t (id int PRIMARY KEY, a int)"), QStringLiteral("CREATE INDEX t_a1 ON t (a)"),
                             QStringLiteral("CREATE INDEX t_a2 ON t (a)")},
         {}, u"duplicate"_s, u"t"_s, u"t_a2"_s, {}, true, {}, false, young},
        {"unscanned twins are both unused, neither a duplicate of the other",
         {QStringLiteral("CREATE TABLE t (id int PRIMARY KEY, a int)"), QStringLiteral("CREATE INDEX t_a1 ON t (a)"),
          QStringLiteral("CREATE INDEX t_a2 ON t (a)")},
         {}, u"duplicate"_s, u"t"_s, QString(), {}, false, {}},
        {"unscanned twins: the first is unused",
         {QStringLiteral("CREATE TABLE t (id int PRIMARY KEY, a int)"), QStringLiteral("CREATE INDEX t_a1 ON t (a)"),
          QStringLiteral("CREATE INDEX t_a2 ON t (a)")},
         {}, u"unused"_s, u"t"_s, u"t_a1"_s, {}, true, {}},
        {"the scanned twin is kept",
         {QStringLiteral("CREATE TABLE t (id int PRIMARY KEY, a int)"), rows(u"t"_s, u"g, g % 1000"_s, 20000),
          QStringLiteral("CREATE INDEX t_a1 ON t (a)"), QStringLiteral("SET enable_seqscan = off"),
          QStringLiteral("SELECT * FROM t WHERE a = 1"), QStringLiteral("CREATE INDEX t_a2 ON t (a)")},
         {}, u"duplicate"_s, u"t"_s, u"t_a2"_s, {}, true, {}},
        {"unique twin is kept", {QStringLiteral("CREATE TABLE \"Odd \"\"Tab\"\" Ü\" (id int PRIMARY KEY, \"Sku Code\" text UNIQUE)"),
                                 QStringLiteral("CREATE INDEX \"plain Sku\" ON \"Odd \"\"Tab\"\" Ü\" (\"Sku Code\")")},
         {}, u"duplicate"_s, u"Odd \"Tab\" Ü"_s, u"plain Sku"_s, {}, true,
         u"DROP INDEX CONCURRENTLY \"public\".\"plain Sku\""_s},
        {"expression duplicate", {QStringLiteral("CREATE TABLE t (id int PRIMARY KEY, e text)"), QStringLiteral("CREATE INDEX t_l1 ON t (lower(e))"),
                                  QStringLiteral("CREATE INDEX t_l2 ON t (lower(e))")},
         {}, u"duplicate"_s, u"t"_s, u"t_l2"_s, {}, true, {}, false, young},
        {"expression is not the plain column", {QStringLiteral("CREATE TABLE t (id int PRIMARY KEY, e text)"),
                                                QStringLiteral("CREATE INDEX t_l1 ON t (lower(e))"), QStringLiteral("CREATE INDEX t_e ON t (e)")},
         {}, u"duplicate"_s, u"t"_s, QString(), {}, false, {}},
        {"partial is not a duplicate", {QStringLiteral("CREATE TABLE t (id int PRIMARY KEY, a int)"), QStringLiteral("CREATE INDEX t_a ON t (a)"),
                                        QStringLiteral("CREATE INDEX t_a_pos ON t (a) WHERE a > 0")},
         {}, u"duplicate"_s, u"t"_s, QString(), {}, false, {}},
        {"redundant prefix", {QStringLiteral("CREATE TABLE t (id int PRIMARY KEY, a int, b int)"),
                              rows(u"t"_s, u"g, g % 1000, g"_s, 20000), QStringLiteral("CREATE INDEX t_a ON t (a)"),
                              QStringLiteral("CREATE INDEX t_ab ON t (a, b)"), QStringLiteral("SET enable_seqscan = off"),
                              QStringLiteral("SELECT * FROM t WHERE a = 1 AND b = 1")},
         {}, u"redundant"_s, u"t"_s, u"t_a"_s, {}, true, {}},
        // The demo's products_category_idx under products_category_price_idx, seconds after start.
        {"redundant prefix, young statistics", {QStringLiteral("CREATE TABLE t (id int PRIMARY KEY, a int, b int)"),
                                                QStringLiteral("CREATE INDEX t_a ON t (a)"), QStringLiteral("CREATE INDEX t_ab ON t (a, b)")},
         {}, u"redundant"_s, u"t"_s, u"t_a"_s, {}, true, {}, false, young},
        {"young statistics: the cover is not called unused", {QStringLiteral("CREATE TABLE t (id int PRIMARY KEY, a int, b int)"),
                                                              QStringLiteral("CREATE INDEX t_a ON t (a)"),
                                                              QStringLiteral("CREATE INDEX t_ab ON t (a, b)")},
         {}, u"unused"_s, u"t"_s, u"t_ab"_s, {}, false, {}, false, young},
        {"young statistics: nothing is unused", {QStringLiteral("CREATE TABLE t (id int PRIMARY KEY, a int)"),
                                                 QStringLiteral("CREATE INDEX t_a_idx ON t (a)")},
         {}, u"unused"_s, u"t"_s, u"t_a_idx"_s, {}, false, {}, false, young},
        {"unscanned prefix of an unscanned cover is not redundant", {QStringLiteral("CREATE TABLE t (id int PRIMARY KEY, a int, b int)"),
                                                                     QStringLiteral("CREATE INDEX t_a ON t (a)"),
                                                                     QStringLiteral("CREATE INDEX t_ab ON t (a, b)")},
         {}, u"redundant"_s, u"t"_s, u"t_a"_s, {}, false, {}},
        {"unscanned prefix of an unscanned cover is unused", {QStringLiteral("CREATE TABLE t (id int PRIMARY KEY, a int, b int)"),
                                                              QStringLiteral("CREATE INDEX t_a ON t (a)"),
                                                              QStringLiteral("CREATE INDEX t_ab ON t (a, b)")},
         {}, u"unused"_s, u"t"_s, u"t_a"_s, {}, true, {}},
        {"prefix leans on the scanned middle, not the unused widest",
         {QStringLiteral("CREATE TABLE t (id int PRIMARY KEY, a int, b int, c int)"), rows(u"t"_s, u"g, g % 1000, g % 7, g"_s, 20000),
          QStringLiteral("CREATE INDEX t_ab ON t (a, b)"), QStringLiteral("SET enable_seqscan = off"),
          QStringLiteral("SELECT * FROM t WHERE a = 1 AND b = 1"),
          QStringLiteral("CREATE INDEX t_a ON t (a)"), QStringLiteral("CREATE INDEX t_abc ON t (a, b, c)")},
         {}, u"redundant"_s, u"t"_s, u"t_a"_s, {}, true, {}},
        // The later twin is the scanned one, so it is kept; the prefix must lean on it, not on the first.
        // (Scans count even in a rolled-back transaction; the rollback brings the first twin back.)
        {"prefix under twin covers leans on the one that stays",
         {QStringLiteral("CREATE TABLE t (id int PRIMARY KEY, a int, b int)"), rows(u"t"_s, u"g, g % 100, g % 7"_s, 2000),
          QStringLiteral("CREATE INDEX t_a ON t (a)"), QStringLiteral("CREATE INDEX t_ab1 ON t (a, b)"),
          QStringLiteral("CREATE INDEX t_ab2 ON t (a, b)"), QStringLiteral("BEGIN"), QStringLiteral("DROP INDEX t_ab1"),
          QStringLiteral("SET LOCAL enable_seqscan = off"), QStringLiteral("SELECT * FROM t WHERE a = 1 AND b = 1"),
          QStringLiteral("ROLLBACK")},
         {}, u"redundant"_s, u"t"_s, u"t_a"_s, {}, true, {}, false, young},
        {"the scanned later twin is the keeper",
         {QStringLiteral("CREATE TABLE t (id int PRIMARY KEY, a int, b int)"), rows(u"t"_s, u"g, g % 100, g % 7"_s, 2000),
          QStringLiteral("CREATE INDEX t_a ON t (a)"), QStringLiteral("CREATE INDEX t_ab1 ON t (a, b)"),
          QStringLiteral("CREATE INDEX t_ab2 ON t (a, b)"), QStringLiteral("BEGIN"), QStringLiteral("DROP INDEX t_ab1"),
          QStringLiteral("SET LOCAL enable_seqscan = off"), QStringLiteral("SELECT * FROM t WHERE a = 1 AND b = 1"),
          QStringLiteral("ROLLBACK")},
         {}, u"duplicate"_s, u"t"_s, u"t_ab1"_s, {}, true, {}, false, young},
        {"twins under a longer index are redundant, not duplicate",
         {QStringLiteral("CREATE TABLE t (id int PRIMARY KEY, a int, b int)"), QStringLiteral("CREATE INDEX t_a1 ON t (a)"),
          QStringLiteral("CREATE INDEX t_a2 ON t (a)"), QStringLiteral("CREATE INDEX t_ab ON t (a, b)")},
         {}, u"duplicate"_s, u"t"_s, QString(), {}, false, {}, false, young},
        {"twin under a longer index is redundant",
         {QStringLiteral("CREATE TABLE t (id int PRIMARY KEY, a int, b int)"), QStringLiteral("CREATE INDEX t_a1 ON t (a)"),
          QStringLiteral("CREATE INDEX t_a2 ON t (a)"), QStringLiteral("CREATE INDEX t_ab ON t (a, b)")},
         {}, u"redundant"_s, u"t"_s, u"t_a2"_s, {}, true, {}, false, young},
        {"used prefix of an unused index is kept", {QStringLiteral("CREATE TABLE t (id int PRIMARY KEY, a int, b int)"),
                                                    rows(u"t"_s, u"g, g % 1000, g"_s, 20000),
                                                    QStringLiteral("CREATE INDEX t_a ON t (a)"),
                                                    QStringLiteral("SET enable_seqscan = off"), QStringLiteral("SELECT * FROM t WHERE a = 1"),
                                                    QStringLiteral("CREATE INDEX t_ab ON t (a, b)")},
         {}, u"redundant"_s, u"t"_s, u"t_a"_s, {}, false, {}},
        {"unused cover of a used prefix is the one to drop", {QStringLiteral("CREATE TABLE t (id int PRIMARY KEY, a int, b int)"),
                                                              rows(u"t"_s, u"g, g % 1000, g"_s, 20000),
                                                              QStringLiteral("CREATE INDEX t_a ON t (a)"),
                                                              QStringLiteral("SET enable_seqscan = off"), QStringLiteral("SELECT * FROM t WHERE a = 1"),
                                                              QStringLiteral("CREATE INDEX t_ab ON t (a, b)")},
         {}, u"unused"_s, u"t"_s, u"t_ab"_s, {}, true, {}},
        {"hash is not a btree prefix", {QStringLiteral("CREATE TABLE t (id int PRIMARY KEY, a int, b int)"),
                                        QStringLiteral("CREATE INDEX t_a ON t USING hash (a)"), QStringLiteral("CREATE INDEX t_ab ON t (a, b)")},
         {}, u"redundant"_s, u"t"_s, u"t_a"_s, {}, false, {}},
        {"unique prefix is not redundant", {QStringLiteral("CREATE TABLE t (id int PRIMARY KEY, a int UNIQUE, b int)"),
                                            QStringLiteral("CREATE INDEX t_ab ON t (a, b)")},
         {}, u"redundant"_s, u"t"_s, u"t_a_key"_s, {}, false, {}},
        {"fk without index, odd names",
         {QStringLiteral("CREATE TABLE \"Produkte\" (id int PRIMARY KEY)"),
          QStringLiteral("CREATE TABLE \"Bestell Posten\" (id int PRIMARY KEY, \"Produkt Ä\" int REFERENCES \"Produkte\")")},
         {}, u"fk_unindexed"_s, u"Bestell Posten"_s, QString(), {u"Produkt Ä"_s}, true,
         u"CREATE INDEX CONCURRENTLY ON \"public\".\"Bestell Posten\" (\"Produkt Ä\");"_s},
        {"multicolumn fk served in any order",
         {QStringLiteral("CREATE TABLE p (a int, b int, PRIMARY KEY (a, b))"),
          QStringLiteral("CREATE TABLE c (id int PRIMARY KEY, a int, b int, FOREIGN KEY (a, b) REFERENCES p)"),
          QStringLiteral("CREATE INDEX c_ba ON c (b, a)")},
         {}, u"fk_unindexed"_s, u"c"_s, QString(), {}, false, {}},
        {"fk on partitioned table",
         {QStringLiteral("CREATE TABLE p (id int PRIMARY KEY)"),
          QStringLiteral("CREATE TABLE m (id int, p_id int REFERENCES p, at date) PARTITION BY RANGE (at)"),
          QStringLiteral("CREATE TABLE m_2024 PARTITION OF m FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')")},
         {}, u"fk_unindexed"_s, u"m"_s, QString(), {u"p_id"_s}, true, u"CREATE INDEX ON \"public\".\"m\" (\"p_id\");"_s},
        {"unused partitioned index goes to the parent",
         {QStringLiteral("CREATE TABLE m (id int, v int, at date) PARTITION BY RANGE (at)"),
          QStringLiteral("CREATE TABLE m_2024 PARTITION OF m FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')"),
          QStringLiteral("CREATE INDEX m_v_idx ON m (v)")},
         {}, u"unused"_s, u"m"_s, u"m_v_idx"_s, {}, true, u"DROP INDEX \"public\".\"m_v_idx\";"_s},
        {"partition's index copy is not reported",
         {QStringLiteral("CREATE TABLE m (id int, v int, at date) PARTITION BY RANGE (at)"),
          QStringLiteral("CREATE TABLE m_2024 PARTITION OF m FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')"),
          QStringLiteral("CREATE INDEX m_v_idx ON m (v)")},
         {}, u"unused"_s, u"m_2024"_s, QString(), {}, false, {}},
        {"invalid index", {QStringLiteral("CREATE TABLE t (id int PRIMARY KEY, h text)"), rows(u"t"_s, u"g, 'x' || (g % 3)"_s, 100),
                           QStringLiteral("!CREATE UNIQUE INDEX CONCURRENTLY t_h_key ON t (h)")},
         {}, u"invalid"_s, u"t"_s, u"t_h_key"_s, {}, true, u"DROP INDEX CONCURRENTLY \"public\".\"t_h_key\";"_s},
        {"bloated index", {QStringLiteral("CREATE TABLE q (id int PRIMARY KEY, at timestamptz)"),
                           rows(u"q"_s, u"g, now() - g * interval '1 s'"_s, 200000), QStringLiteral("CREATE INDEX q_at ON q (at)"),
                           QStringLiteral("DELETE FROM q WHERE id % 10 <> 0")},
         {QStringLiteral("SELECT * FROM q WHERE at > now() - interval '%1 s'")}, u"bloated"_s, u"q"_s, u"q_at"_s, {}, true,
         u"REINDEX INDEX CONCURRENTLY \"public\".\"q_at\";"_s},
        {"fresh index is not bloated", {QStringLiteral("CREATE TABLE q (id int PRIMARY KEY, at timestamptz)"),
                                        rows(u"q"_s, u"g, now() - g * interval '1 s'"_s, 200000), QStringLiteral("CREATE INDEX q_at ON q (at)")},
         {QStringLiteral("SELECT * FROM q WHERE at > now() - interval '%1 s'")}, u"bloated"_s, u"q"_s, QString(), {}, false, {}},
        {"bloated index, pgstattuple", {QStringLiteral("CREATE EXTENSION pgstattuple"),
                                        QStringLiteral("CREATE TABLE q (id int PRIMARY KEY, at timestamptz)"),
                                        rows(u"q"_s, u"g, now() - g * interval '1 s'"_s, 200000), QStringLiteral("CREATE INDEX q_at ON q (at)"),
                                        QStringLiteral("DELETE FROM q WHERE id % 10 <> 0")},
         {QStringLiteral("SELECT * FROM q WHERE at > now() - interval '%1 s'")}, u"bloated"_s, u"q"_s, u"q_at"_s, {}, true,
         u"REINDEX INDEX CONCURRENTLY"_s},
        {"random-insert index is not bloated, pgstattuple",
         {QStringLiteral("CREATE EXTENSION pgstattuple"), QStringLiteral("CREATE TABLE q (id int PRIMARY KEY, k text)"),
          QStringLiteral("CREATE INDEX q_k ON q (k)"), rows(u"q"_s, u"g, md5(g::text)"_s, 100000)},
         {QStringLiteral("SELECT * FROM q WHERE k = md5('%1')")}, u"bloated"_s, u"q"_s, QString(), {}, false, {}},
        {"random-insert index is not bloated, estimate",
         {QStringLiteral("CREATE TABLE q (id int PRIMARY KEY, k text)"),
          QStringLiteral("CREATE INDEX q_k ON q (k)"), rows(u"q"_s, u"g, md5(g::text)"_s, 100000)},
         {QStringLiteral("SELECT * FROM q WHERE k = md5('%1')")}, u"bloated"_s, u"q"_s, QString(), {}, false, {}},
        {"missing index on equality", {events, fillEvents}, {QStringLiteral("SELECT * FROM events WHERE user_id = %1")},
         u"missing"_s, u"events"_s, QString(), {u"user_id"_s}, true,
         u"CREATE INDEX CONCURRENTLY ON \"public\".\"events\" (\"user_id\");"_s},
        {"missing multicolumn, selective first", {events, fillEvents},
         {QStringLiteral("SELECT count(*) FROM events WHERE kind = 'a' AND user_id = %1")},
         u"missing"_s, u"events"_s, QString(), {u"user_id"_s, u"kind"_s}, true, {}},
        {"missing on odd names and range",
         {QStringLiteral("CREATE TABLE \"Log Ä\" (id int PRIMARY KEY, \"When\" timestamptz)"),
          rows(u"\"Log Ä\""_s, u"g, now() - g * interval '1 s'"_s, 60000)},
         {QStringLiteral("SELECT * FROM \"Log Ä\" WHERE \"When\" BETWEEN now() - interval '%1 s' AND now()")},
         u"missing"_s, u"Log Ä"_s, QString(), {u"When"_s}, true,
         u"CREATE INDEX CONCURRENTLY ON \"public\".\"Log Ä\" (\"When\");"_s},
        {"no missing index on an unselective column", {events, fillEvents},
         {QStringLiteral("SELECT count(*) FROM events WHERE kind = 'b' AND %1 > 0")}, u"missing"_s, u"events"_s, QString(), {}, false, {}},
        {"no missing index when one exists", {events, fillEvents, QStringLiteral("CREATE INDEX ev_kind_user ON events (kind, user_id)")},
         {QStringLiteral("SELECT * FROM events WHERE user_id = %1 AND kind = 'a'")}, u"missing"_s, u"events"_s, QString(), {}, false, {}},
        {"missing on a partitioned table",
         {QStringLiteral("CREATE TABLE m (id int, sensor int, at date) PARTITION BY RANGE (at)"),
          QStringLiteral("CREATE TABLE m_1 PARTITION OF m FOR VALUES FROM ('2024-01-01') TO ('2024-07-01')"),
          QStringLiteral("CREATE TABLE m_2 PARTITION OF m FOR VALUES FROM ('2024-07-01') TO ('2025-01-01')"),
          rows(u"m"_s, u"g, g % 3000, date '2024-01-01' + g % 360"_s, 60000)},
         {QStringLiteral("SELECT * FROM m WHERE sensor = %1")}, u"missing"_s, u"m"_s, QString(), {u"sensor"_s}, true,
         u"CREATE INDEX ON \"public\".\"m\" (\"sensor\");"_s},
        {"missing index behind a view goes to its table",
         {events, fillEvents, QStringLiteral("CREATE VIEW \"Recent Events\" AS SELECT * FROM events WHERE kind <> 'z'")},
         {QStringLiteral("SELECT * FROM \"Recent Events\" WHERE user_id = %1")}, u"missing"_s, u"events"_s, QString(),
         {u"user_id"_s}, true, u"CREATE INDEX CONCURRENTLY ON \"public\".\"events\" (\"user_id\");"_s},
        {"foreign tables get no index advice",
         {QStringLiteral("CREATE EXTENSION file_fdw"), QStringLiteral("CREATE SERVER files FOREIGN DATA WRAPPER file_fdw"),
          QStringLiteral("CREATE FOREIGN TABLE ext_log (id int) SERVER files OPTIONS (program 'seq 1 20000', format 'csv')")},
         {QStringLiteral("SELECT * FROM ext_log WHERE id = %1")}, u"missing"_s, u"ext_log"_s, QString(), {}, false, {}},
        {"missing index for ORDER BY with LIMIT", {events, fillEvents},
         {QStringLiteral("SELECT * FROM events ORDER BY at DESC LIMIT 20 OFFSET %1")},
         u"missing"_s, u"events"_s, QString(), {u"at"_s}, true, u"(\"at\")"_s, true},
        {"missing index for filter and ORDER BY", {events, fillEvents},
         {QStringLiteral("SELECT * FROM events WHERE kind = 'a' ORDER BY at LIMIT 10 OFFSET %1")},
         u"missing"_s, u"events"_s, QString(), {u"kind"_s, u"at"_s}, true, {}, true},
        {"no ORDER BY advice when an index serves it", {events, fillEvents, QStringLiteral("CREATE INDEX ev_at ON events (at)")},
         {QStringLiteral("SELECT * FROM events ORDER BY at DESC LIMIT 20 OFFSET %1")},
         u"missing"_s, u"events"_s, QString(), {}, false, {}},
        {"missing index for a join's lookups",
         {events, fillEvents, QStringLiteral("CREATE TABLE people (id int PRIMARY KEY, name text UNIQUE)"),
          rows(u"people"_s, u"g, 'p' || g"_s, 5000)},
         {QStringLiteral("SELECT e.* FROM people p JOIN events e ON e.user_id = p.id WHERE p.name = 'p%1'")},
         u"missing"_s, u"events"_s, QString(), {u"user_id"_s}, true, u"(\"user_id\")"_s, true},
        // Literals in arithmetic reach pg_stat_statements as "$1 * $2", which the server cannot type
        // alone: the statement is planned with them typed as the integers they were.
        {"missing index behind constant arithmetic", {events, fillEvents},
         {QStringLiteral("SELECT * FROM events WHERE user_id = %1 * 7 % 5000")},
         u"missing"_s, u"events"_s, QString(), {u"user_id"_s}, true,
         u"CREATE INDEX CONCURRENTLY ON \"public\".\"events\" (\"user_id\");"_s},
        {"missing range index, arithmetic between typed literals", {events, fillEvents},
         {QStringLiteral("SELECT count(*) FROM events WHERE at >= timestamptz '2024-01-01' + %1 % 30 * interval '1 day' "
                         "AND at < timestamptz '2024-01-02' + %1 % 30 * interval '1 day'")},
         u"missing"_s, u"events"_s, QString(), {u"at"_s}, true, {}},
        {"missing index beside ambiguous column arithmetic",
         {QStringLiteral("CREATE TABLE visits (id int PRIMARY KEY, user_id int, day date)"),
          rows(u"visits"_s, u"g, g % 5000, date '2024-01-01' + g % 700"_s, 60000)},
         {QStringLiteral("SELECT * FROM visits WHERE user_id = %1 AND day + 7 > date '2024-06-01'")},
         u"missing"_s, u"visits"_s, QString(), {u"user_id"_s}, true, {}},
        // A LIMIT makes the planner walk an index on "at" backwards and test user_id on every entry
        // (the DVD-rental benchmark's rental history): the whole index is read, as a table would be.
        {"missing index where an index is read whole for its order, filter", {events, fillEvents,
                                                                          QStringLiteral("CREATE INDEX ev_at ON events (at)")},
         {QStringLiteral("SELECT * FROM events WHERE user_id = %1 ORDER BY at DESC LIMIT 20")},
         u"missing"_s, u"events"_s, QString(), {u"user_id"_s}, true, u"(\"user_id\")"_s},
        {"missing index where an index is read whole for its order, later key", {events, fillEvents,
                                                                             QStringLiteral("CREATE INDEX ev_at_user ON events (at, user_id)")},
         {QStringLiteral("SELECT * FROM events WHERE user_id = %1 ORDER BY at DESC LIMIT 20")},
         u"missing"_s, u"events"_s, QString(), {u"user_id"_s}, true, u"(\"user_id\")"_s},
        {"no missing index when the index scan uses its first key", {events, fillEvents,
                                                                    QStringLiteral("CREATE INDEX ev_user_at ON events (user_id, at)")},
         {QStringLiteral("SELECT * FROM events WHERE user_id = %1 AND at > now() - interval '1 day' ORDER BY at DESC LIMIT 20")},
         u"missing"_s, u"events"_s, QString(), {}, false, {}},
        {"no join advice when the join reads everything",
         {events, fillEvents, QStringLiteral("CREATE TABLE people (id int PRIMARY KEY, name text)"),
          rows(u"people"_s, u"g, 'p' || g"_s, 5000)},
         {QStringLiteral("SELECT p.name, count(*) FROM people p JOIN events e ON e.user_id = p.id WHERE %1 > 0 GROUP BY 1")},
         u"missing"_s, u"events"_s, QString(), {}, false, {}},
    };
}

} // namespace

class TestIndexAdvisor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void plantedCases_data()
    {
        QTest::addColumn<int>("caseIndex");
        QTest::addColumn<bool>("hypopg");
        const QList<Case> all = cases();
        for (int i = 0; i < all.size(); ++i) {
            QTest::addRow("%s / hypopg", all[i].tag) << i << true;
            QTest::addRow("%s / no hypopg", all[i].tag) << i << false;
        }
    }

    void plantedCases()
    {
        QFETCH(int, caseIndex);
        QFETCH(bool, hypopg);
        DBPULSE_REQUIRE_CLUSTER(cluster);
        const Case c = cases().at(caseIndex);
        const QString db = QStringLiteral("adv_%1_%2").arg(caseIndex).arg(hypopg ? 1 : 0);
        const QString error = AdvisorFixture::prepare(cluster, db, c.setup, c.workload, 30, hypopg);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        const TargetParseResult target = parseTarget(cluster->uri(db));
        QVERIFY(target.ok());
        AdvisorOptions options;
        options.unusedMinWindowS = c.minWindowS;
        const AdvisorReport report = analyzeIndexes(*target.target, QString(), options);
        QVERIFY2(report.connected && report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.unusedJudged, c.minWindowS == 0);
        const IndexRecommendation *found = findAdvice(report, c.kind, c.table, c.index, c.columns);
        QVERIFY2((found != nullptr) == (c.expected && (hypopg || !c.onlyWithWhatIf)), qPrintable(describe(report)));
        // Whatever the case: one recommendation per existing index.
        QStringList advisedIndexes;
        for (const IndexRecommendation &r : report.recommendations) {
            if (r.index.isEmpty())
                continue;
            QVERIFY2(!advisedIndexes.contains(r.index), qPrintable(describe(report)));
            advisedIndexes << r.index;
        }
        // Whatever the case: an index said to serve a dropped one's lookups is never advised away itself.
        QVERIFY2(standInsStay(report), qPrintable(describe(report)));
        // Whatever the case: keys, primary keys and constraint indexes are never advised away.
        for (const IndexRecommendation &r : report.recommendations) {
            const bool drops = r.kind == IndexRecommendation::Kind::Unused || r.kind == IndexRecommendation::Kind::Duplicate
                || r.kind == IndexRecommendation::Kind::Redundant;
            QVERIFY2(!drops || !(r.index.endsWith(QLatin1String("_key")) || r.index.endsWith(QLatin1String("_pkey"))
                                 || r.index.endsWith(QLatin1String("_excl"))), qPrintable(describe(report)));
        }
        if (found && !c.ddlContains.isEmpty())
            QVERIFY2(found->ddl.contains(c.ddlContains), qPrintable(found->ddl));
        // The duplicate keys stopped this unique build before it was ready: no write maintains it,
        // and reason and benefit must both say so (neither "rejects duplicates" nor "cheaper writes").
        if (found && c.kind == QLatin1String("invalid")) {
            const QString both = found->reason + QLatin1Char('|') + found->estimatedBenefit;
            QVERIFY2(found->reason.contains(QLatin1String("writes do not maintain it"))
                         && found->estimatedBenefit.contains(QLatin1String("writes do not maintain it"))
                         && !both.contains(QLatin1String("rejects duplicate")) && !both.contains(QLatin1String("cheaper writes")),
                     qPrintable(both));
        }
        if (found && c.kind == QLatin1String("missing") && hypopg)
            QVERIFY2(found->costAfter > 0 && found->costAfter <= found->costBefore / 2, qPrintable(found->estimatedBenefit));
        if (!hypopg && c.kind == QLatin1String("missing"))
            QVERIFY2(report.notes.join(QLatin1Char(' ')).contains(QLatin1String("heuristic")), qPrintable(describe(report)));
    }

    void wellIndexedTableHasNoAdvice()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        const QString error = AdvisorFixture::prepare(
            cluster, QStringLiteral("adv_clean"),
            {QStringLiteral("CREATE TABLE acc (id int PRIMARY KEY, email text UNIQUE, team int)"),
             QStringLiteral("CREATE TABLE sess (id int PRIMARY KEY, acc_id int REFERENCES acc, started timestamptz)"),
             QStringLiteral("CREATE INDEX sess_acc_started ON sess (acc_id, started)"),
             rows(u"acc"_s, u"g, 'u' || g || '@x', g % 10"_s, 20000),
             rows(u"sess"_s, u"g, 1 + g % 20000, now() - g * interval '1 min'"_s, 60000)},
            {QStringLiteral("SELECT * FROM acc WHERE id = %1"), QStringLiteral("SELECT * FROM acc WHERE email = 'u%1@x'"),
             QStringLiteral("SELECT * FROM sess WHERE acc_id = %1 ORDER BY started DESC LIMIT 5"),
             QStringLiteral("SELECT * FROM sess WHERE id = %1")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const AdvisorReport report = analyzeIndexes(*parseTarget(cluster->uri(QStringLiteral("adv_clean"))).target, QString(), judgedNow());
        QVERIFY2(report.connected && report.error.isEmpty(), qPrintable(report.error));
        QVERIFY2(report.recommendations.isEmpty(), qPrintable(describe(report)));
    }

    // Names are text from a hostile database: a "%1" in one must reach the advice as written, not
    // be taken for a placeholder of the sentence it is put into.
    void namesWithPlaceholdersAreKeptAsWritten()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        const QString error = AdvisorFixture::prepare(
            cluster, QStringLiteral("adv_percent"),
            {QStringLiteral(R"(CREATE TABLE "p%2" (id int PRIMARY KEY))"),
             QStringLiteral(R"(CREATE TABLE "c%1" (id int PRIMARY KEY, pid int CONSTRAINT "fk%1%3" REFERENCES "p%2", v int))"),
             QStringLiteral(R"(CREATE INDEX "ix%1%5" ON "c%1" (v))"),
             rows(u"\"p%2\""_s, u"g"_s, 2000),
             rows(u"\"c%1\""_s, u"g, 1 + g % 2000, g"_s, 20000)},
            {}, 1, false);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const AdvisorReport report = analyzeIndexes(*parseTarget(cluster->uri(QStringLiteral("adv_percent"))).target, QString(), judgedNow());
        QVERIFY2(report.connected && report.error.isEmpty(), qPrintable(report.error));
        const IndexRecommendation *fk = findAdvice(report, QStringLiteral("fk_unindexed"), QStringLiteral("c%1"), {}, {QStringLiteral("pid")});
        QVERIFY2(fk, qPrintable(describe(report)));
        QVERIFY2(fk->reason.startsWith(QStringLiteral("Foreign key fk%1%3 (pid) → p%2 ")) && fk->reason.contains(QLatin1String("p%2"))
                     && fk->reason.contains(QLatin1String("(about 20000 rows)")),
                 qPrintable(fk->reason));
        const IndexRecommendation *unused = findAdvice(report, QStringLiteral("unused"), QStringLiteral("c%1"), QStringLiteral("ix%1%5"));
        QVERIFY2(unused, qPrintable(describe(report)));
        QVERIFY2(unused->reason.startsWith(QLatin1String("Index ix%1%5 has 0 scans ")), qPrintable(unused->reason));
    }

    // A pg_monitor role cannot plan statements on tables it may not read; the sandbox role plans
    // them (core/db/sandbox.h), so the monitoring account gets the same missing-index advice.
    void monitorRolePlansThroughTheSandbox()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        const QString db = QStringLiteral("adv_monitor");
        const QString events = QStringLiteral("CREATE TABLE events (id serial PRIMARY KEY, user_id int, kind text, at timestamptz)");
        const QString error = AdvisorFixture::prepare(
            cluster, db,
            {events, rows(u"events (user_id, kind, at)"_s, u"g % 5000, 'a', now()"_s, 60000),
             QStringLiteral("CREATE INDEX events_kind_idx ON events (kind)")},
            {QStringLiteral("SELECT * FROM events WHERE user_id = %1")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(AdvisorFixture::exec(cluster, db, QStringLiteral(
            "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'adv_monitor') THEN "
            "CREATE ROLE adv_monitor LOGIN IN ROLE pg_monitor; END IF; END $$")).isEmpty());
        QString loginError;
        QVERIFY2(cluster->addPasswordLogin(QStringLiteral("adv_monitor"), &loginError), qPrintable(loginError));
        const QString uri = cluster->uri(db, QStringLiteral("adv_monitor"));
        const AdvisorReport report = analyzeIndexes(*parseTarget(uri).target, QString(), judgedNow());
        QVERIFY2(report.connected && report.error.isEmpty(), qPrintable(report.error));
        QVERIFY2(findAdvice(report, u"unused"_s, u"events"_s, u"events_kind_idx"_s), qPrintable(describe(report)));
        QVERIFY2(findAdvice(report, u"missing"_s, u"events"_s, QString()), qPrintable(describe(report)));
        QVERIFY2(!report.notes.join(QLatin1Char(' ')).contains(QLatin1String("permission denied")), qPrintable(describe(report)));
    }

    // Other roles name their tables as their own search_path resolves them: a statement of a role
    // whose search_path (set for it in this database) is "app" is planned with that path in the
    // sandbox, so its table is found and the advice names it.
    void plansWithTheStatementRolesSearchPath()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        const QString db = QStringLiteral("adv_path");
        const QString error = AdvisorFixture::prepare(
            cluster, db,
            {QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'adv_app') THEN "
                            "CREATE ROLE adv_app; END IF; END $$"),
             QStringLiteral("ALTER ROLE adv_app IN DATABASE adv_path SET search_path = app"),
             QStringLiteral("CREATE SCHEMA app"),
             QStringLiteral("CREATE TABLE app.orders (id serial PRIMARY KEY, customer int, total numeric)"),
             rows(u"app.orders (customer, total)"_s, u"g % 4000, g"_s, 60000),
             QStringLiteral("GRANT USAGE ON SCHEMA app TO adv_app"),
             QStringLiteral("GRANT SELECT ON app.orders TO adv_app")},
            // SET ROLE does not apply the role's settings: set what its own sessions would get.
            {QStringLiteral("SET ROLE adv_app"), QStringLiteral("SET search_path = app"),
             QStringLiteral("SELECT * FROM orders WHERE customer = %1"), QStringLiteral("RESET ROLE")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const AdvisorReport report = analyzeIndexes(*parseTarget(cluster->uri(db)).target, QString());
        QVERIFY2(report.connected && report.error.isEmpty(), qPrintable(report.error));
        const IndexRecommendation *missing = findAdvice(report, u"missing"_s, u"orders"_s, QString());
        QVERIFY2(missing && missing->schema == QLatin1String("app"), qPrintable(describe(report)));
    }

    void unreachableServerIsNotConnected()
    {
        const AdvisorReport report = analyzeIndexes(*parseTarget(QStringLiteral("postgresql://127.0.0.1:1/x")).target, QString());
        QVERIFY(!report.connected);
        QVERIFY(!report.error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestIndexAdvisor)
#include "tst_indexadvisor.moc"
