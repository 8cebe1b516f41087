// Missing indexes: generic plans of the recorded workload, candidate columns from their sequential
// scans, and, with HypoPG, a what-if plan that must show the hypothetical index cutting the cost.
#include "core/advisor/missingindexrule.h"

#include "core/advisor/advisorlogging.h"
#include "core/advisor/catalogreader.h"
#include "core/advisor/missingindexworkload.h"
#include "core/advisor/planpredicates.h"
#include "core/advisor/typedprepare.h"
#include "core/db/sandbox.h"
#include "core/sql/sqlparser.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <tuple>

namespace dbpulse {

namespace {

using Priority = IndexRecommendation::Priority;

const QString kStatementName = QStringLiteral("dbpulse_advisor_stmt");

struct TableFacts
{
    bool found = false;
    double rows = 0;
    QString rootSchema, rootTable;
    bool rootPartitioned = false;
    QHash<QString, double> distinct; ///< column -> estimated distinct values
    qint64 seqScans = 0, seqRowsRead = 0;
};

struct Explained
{
    bool ok = false;
    QJsonObject plan;
    QString error;
    /// Per $n, the type given to a parameter the server could not type (0: its own); see prepareTyped().
    QList<unsigned int> givenTypes;
    bool typedByUs = false;
};

// Plans the statement generically ($n stay parameters), as PG16's EXPLAIN (GENERIC_PLAN) would.
// pg_stat_statements turns typed literals (interval '1 day') into "interval $1", which the server
// does not parse; libpg_query's grammar reads it as the cast it means, and its deparser writes
// "$1::interval" — for every type name, never inside a string or a comment. A text it cannot
// read is planned as it is (and the server says why not).
QString repairNormalizedText(const QString &sql)
{
    return deparsedSql(sql).value_or(sql);
}

// In the sandbox (core/db/sandbox.h), inside a read-only transaction that is rolled back: planning
// evaluates the statement's STABLE and IMMUTABLE functions, which another role may have written.
// \a searchPath is the search_path of the role that ran the statement: its names resolve as they did
// for that role (whatever they resolve to runs powerless here). \a knownTypes: the parameter types
// an earlier plan of the same statement needed (`$1 * $2`, see prepareTyped()).
Explained explainGeneric(PgSession &planner, const QString &rawSql, const QString &searchPath,
                         const QList<unsigned int> &knownTypes = {})
{
    Explained e;
    const QString sql = repairNormalizedText(rawSql);
    planner.run(QStringLiteral("DEALLOCATE ALL"));
    runRolledBack(planner, [&] {
        if (!searchPath.isEmpty()
            && !planner.run(QStringLiteral("SELECT pg_catalog.set_config('search_path', $1, true)"), &e.error, {searchPath}))
            return false;
        const TypedPrepare prepared = prepareTyped(planner, kStatementName, sql, knownTypes);
        if (!prepared.ok) {
            e.error = prepared.error;
            return false;
        }
        e.givenTypes = prepared.givenTypes;
        e.typedByUs = prepared.typedByUs();
        const int params = prepared.parameterCount;
        QStringList nulls;
        for (int i = 0; i < params; ++i)
            nulls << QStringLiteral("NULL");
        const QString args = params ? QLatin1Char('(') + nulls.join(QLatin1String(", ")) + QLatin1Char(')') : QString();
        const QueryResult r = planner.exec(QStringLiteral("EXPLAIN (FORMAT JSON, VERBOSE) EXECUTE ") + kStatementName + args);
        if (!r.ok || r.rows.isEmpty()) {
            e.error = r.error;
            return false;
        }
        const QJsonArray doc = QJsonDocument::fromJson(r.rows[0][0].toString().toUtf8()).array();
        e.plan = doc.first().toObject();
        e.ok = !e.plan.isEmpty();
        return e.ok;
    }, &e.error);
    return e;
}

// The search_path \a role's session had: its own setting (\a roleSetting) or the one the sandbox got
// (\a fallback), with "$user" meaning that role, not the sandbox.
QString statementSearchPath(const QString &roleSetting, const QString &role, const QString &fallback, PgSession &planner)
{
    QString path = roleSetting.isEmpty() ? fallback : roleSetting;
    if (role.isEmpty())
        return path;
    const QString quoted = planner.quoteIdent(role);
    return path.replace(QLatin1String("\"$user\""), quoted).replace(QLatin1String("$user"), quoted);
}

TableFacts loadTableFacts(CatalogReader &session, const QString &schema, const QString &relation)
{
    TableFacts f;
    const AdvisorRows r = session.query(QStringLiteral(
        "SELECT c.reltuples, rn.nspname, r.relname, r.relkind = 'p', coalesce(s.seq_scan, 0), coalesce(s.seq_tup_read, 0) "
        "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "JOIN pg_class r ON r.oid = coalesce(pg_partition_root(c.oid), c.oid) "
        "JOIN pg_namespace rn ON rn.oid = r.relnamespace "
        "LEFT JOIN pg_stat_all_tables s ON s.relid = c.oid "
        "WHERE n.nspname = $1 AND c.relname = $2"), {schema, relation});
    if (!r.ok || r.rows.isEmpty())
        return f;
    f.found = true;
    f.rows = std::max(0.0, r.rows[0][0].toDouble());
    f.rootSchema = r.rows[0][1];
    f.rootTable = r.rows[0][2];
    f.rootPartitioned = r.rows[0][3] == QLatin1String("t");
    f.seqScans = r.rows[0][4].toLongLong();
    f.seqRowsRead = r.rows[0][5].toLongLong();
    const AdvisorRows st = session.query(QStringLiteral(
        "SELECT attname, n_distinct FROM pg_stats WHERE schemaname = $1 AND tablename = $2"), {schema, relation});
    for (const QStringList &row : st.rows) {
        const double nd = row[1].toDouble();
        f.distinct.insert(row[0], nd < 0 ? -nd * f.rows : nd);
    }
    return f;
}

// Equality and IN columns first, most selective (most distinct values) first; then one range column.
QStringList candidateColumns(const QList<ColumnPredicate> &preds, const TableFacts &facts)
{
    QStringList eq, range;
    for (const ColumnPredicate &p : preds) {
        QStringList &list = p.op == ColumnPredicate::Op::Range ? range : eq;
        if (!list.contains(p.column))
            list << p.column;
    }
    std::stable_sort(eq.begin(), eq.end(), [&facts](const QString &a, const QString &b) {
        return facts.distinct.value(a, 0) > facts.distinct.value(b, 0);
    });
    eq = eq.mid(0, 3);
    for (const QString &r : range) {
        if (!eq.contains(r)) {
            eq << r;
            break;
        }
    }
    return eq;
}

// An existing usable index whose leading keys are the candidate's columns (equality ones as a set,
// then the others in order).
bool coveredByExisting(const CatalogSnapshot &catalog, const TableFacts &facts, const QStringList &columns,
                       int equalityCount, bool strict)
{
    for (const IndexInfo &i : catalog.indexes) {
        if (i.schema != facts.rootSchema || i.table != facts.rootTable || !i.predicate.isEmpty()
            || !(i.valid || i.partitioned) || i.building || i.partitionChild)
            continue;
        if (i.method != QLatin1String("btree") && i.method != QLatin1String("hash"))
            continue;
        // Without a what-if plan to prove otherwise, an index leading with any candidate column that the
        // planner already passed over makes the advice doubtful: stay silent.
        if (strict && !i.isExpression.value(0) && columns.contains(i.columns.value(0)))
            return true;
        const QStringList eq = columns.mid(0, equalityCount);
        if (i.method == QLatin1String("hash")) {
            if (columns.size() == 1 && equalityCount == 1 && i.columns.value(0) == columns[0])
                return true;
            continue;
        }
        if (!eq.isEmpty() && !i.leadingColumnsAre(eq))
            continue;
        // After the equality columns, the rest (a range column, or ORDER BY keys) in order.
        bool rest = true;
        for (int k = int(eq.size()); k < columns.size() && rest; ++k)
            rest = i.keyCount > k && !i.isExpression.value(k) && i.columns.value(k) == columns.at(k);
        if (rest)
            return true;
    }
    return false;
}

// What an index on a scanned table would do for the statement; the reason text names it.
enum class Purpose { Filter, Order, Join };

struct Shape
{
    QStringList columns;
    int equalityCount = 0;
    Purpose purpose = Purpose::Filter;
};

// Index shapes for one sequential scan, most wanted first: its filter's columns; its filter's
// equality columns followed by the ORDER BY columns of a Sort over it (with a LIMIT above, an index
// in that order skips both the scan and the sort); and the keys a join looks it up by (a nested
// loop's inner index scan). The last two only help in some plans, so only a what-if plan can tell:
// they are proposed only with hypopg.
QList<Shape> candidateShapes(const SeqScanNode &scan, const TableFacts &facts, bool whatIf)
{
    QList<Shape> shapes;
    const QStringList filter = candidateColumns(scan.predicates, facts);
    int eqCount = 0;
    for (const ColumnPredicate &p : scan.predicates)
        eqCount += p.op != ColumnPredicate::Op::Range && filter.contains(p.column) ? 1 : 0;
    eqCount = std::min(eqCount, int(filter.size()));
    if (!filter.isEmpty())
        shapes << Shape{filter, eqCount, Purpose::Filter};
    if (!whatIf)
        return shapes;
    if (!scan.sortColumns.isEmpty()) {
        Shape order{filter.mid(0, eqCount), eqCount, Purpose::Order};
        for (const QString &c : scan.sortColumns) {
            if (!order.columns.contains(c))
                order.columns << c;
        }
        if (order.columns != filter)
            shapes << order;
    }
    if (!scan.joinPredicates.isEmpty()) {
        const QStringList join = candidateColumns(scan.joinPredicates, facts);
        shapes << Shape{join, int(join.size()), Purpose::Join};
    }
    return shapes;
}

// "scan t sequentially filtering on a, b", as the reason tells it; \a wholeIndex names the index
// a scan reads in full instead of the table.
QString scanDescription(Purpose purpose, const QString &table, const QStringList &columns, const QString &wholeIndex)
{
    const QString list = columns.join(QLatin1String(", "));
    if (!wholeIndex.isEmpty() && purpose == Purpose::Filter)
        return QCoreApplication::translate("Advisor", "read all of index %1 on %2, which has no condition on its first key, filtering on %3")
            .arg(wholeIndex, table, list);
    switch (purpose) {
    case Purpose::Filter:
        return QCoreApplication::translate("Advisor", "scan %1 sequentially filtering on %2").arg(table, list);
    case Purpose::Order:
        return QCoreApplication::translate("Advisor", "scan %1 sequentially and sort the rows; an index on (%2) returns them in order")
            .arg(table, list);
    case Purpose::Join:
        return QCoreApplication::translate("Advisor", "scan %1 sequentially to join it on %2; an index lets the join look rows up")
            .arg(table, list);
    }
    return {};
}

struct Candidate
{
    IndexRecommendation rec;
    Purpose purpose = Purpose::Filter;
    int preference = 0;             ///< position among its table's shapes: the first confirmed one wins
    QString scannedSchema;
    QStringList scannedRelations;
    int equalityCount = 0;
    double selectivity = 1;
    QStringList samples;
    QString wholeIndex; ///< the scan read this index in full rather than the table
};

// An index scan with no condition on the index's first key reads the whole index: rental's
// unique (rental_date, inventory_id, customer_id) walked backwards for "customer_id = $1 ORDER BY
// rental_date DESC LIMIT 20", the customer_id test done on every entry. An index leading with
// the filtered columns replaces that walk as it replaces a sequential scan.
bool readsWholeIndex(const SeqScanNode &scan, const CatalogSnapshot &catalog)
{
    if (scan.predicates.isEmpty())
        return false; // walked for its order only: the ORDER BY shape of a Sort covers that
    for (const IndexInfo &i : catalog.indexes) {
        if (i.schema != scan.schema || i.name != scan.indexName)
            continue;
        if (i.method != QLatin1String("btree") || i.keyCount == 0 || i.isExpression.value(0) || !i.predicate.isEmpty())
            return false;
        return std::none_of(scan.predicates.cbegin(), scan.predicates.cend(),
                            [&i](const ColumnPredicate &p) { return p.column == i.columns.value(0); });
    }
    return false;
}

} // namespace

namespace {

// What-if: the statement's generic plan with hypothetical indexes on the scanned relations.
// Returns the cost after, or a negative number when HypoPG failed (then \a error says why).
double hypotheticalCost(PgSession &planner, const QString &sql, const QString &searchPath,
                        const QList<unsigned int> &types, const Candidate &c, bool *used, QString *error)
{
    *used = false;
    const QString create = planner.extensionObject(QStringLiteral("hypopg"), QStringLiteral("hypopg_create_index"));
    const QString reset = planner.extensionObject(QStringLiteral("hypopg"), QStringLiteral("hypopg_reset"));
    double cost = -1;
    bool created = true;
    for (const QString &rel : c.scannedRelations) {
        const QString ddl = createIndexDdl(c.scannedSchema, rel, c.rec.columns, true);
        // Hypothetical indexes live in the backend's memory, outside any transaction: they survive
        // the rollback around each plan until hypopg_reset().
        const QueryResult r = planner.exec(QStringLiteral("SELECT indexrelid FROM %1($1)").arg(create), {ddl});
        if (!r.ok || r.rows.isEmpty()) {
            *error = r.error;
            created = false;
            break;
        }
    }
    if (created) {
        const Explained after = explainGeneric(planner, sql, searchPath, types);
        if (after.ok) {
            cost = planTotalCost(after.plan);
            const QStringList names = planIndexNames(after.plan);
            // HypoPG names its indexes "<oid>btree_table_col".
            *used = std::any_of(names.cbegin(), names.cend(), [](const QString &n) { return n.startsWith(QLatin1Char('<')); });
        } else {
            *error = after.error;
        }
    }
    planner.exec(QStringLiteral("SELECT %1()").arg(reset));
    return cost;
}

QString shortened(QString sql)
{
    sql = sql.simplified();
    return sql.size() > 120 ? sql.left(117) + QLatin1String("...") : sql;
}

} // namespace

namespace {

// One run of the rule: plans each workload statement in the sandbox, collects candidate indexes
// from its sequential scans, confirms them (what-if plans, or the heuristic), and merges them.
class MissingIndexSearch
{
public:
    MissingIndexSearch(CatalogReader &session, PgSession &planner, const CatalogSnapshot &catalog,
                       const MissingIndexOptions &options, bool hypopg, QStringList *notes)
        : m_session(session), m_planner(planner), m_catalog(catalog), m_options(options), m_hypopg(hypopg), m_notes(notes)
    {
    }

    void plan(const WorkloadStatement &statement);
    /// What could not be planned, and why.
    void noteUnplanned() const;
    IndexRecommendations recommendations();

private:
    const TableFacts &factsOf(const QString &schema, const QString &relation);
    /// One candidate per scanned root table and column list (partitions of one table fold together).
    QHash<QString, Candidate> candidatesOf(const QJsonObject &plan);
    /// True when \a c is worth advising for the statement; \a after gets the what-if cost (or -1).
    bool confirmed(const Candidate &c, const QString &sql, const QString &searchPath, const QList<unsigned int> &types,
                   double before, double *after);
    void merge(const Candidate &c, const WorkloadStatement &statement, double before, double after);
    IndexRecommendation describe(const Candidate &c);

    CatalogReader &m_session;
    PgSession &m_planner;
    const CatalogSnapshot &m_catalog;
    const MissingIndexOptions &m_options;
    bool m_hypopg;
    QStringList *m_notes;
    QHash<QString, TableFacts> m_facts;
    QHash<QString, Candidate> m_merged;
    int m_planned = 0, m_unplannable = 0, m_denied = 0;
    int m_typed = 0; ///< planned with parameter types DB Pulse gave (literals in arithmetic)
};

QString factsKey(const QString &schema, const QString &relation)
{
    return schema + QChar(0x1f) + relation;
}

const TableFacts &MissingIndexSearch::factsOf(const QString &schema, const QString &relation)
{
    const QString key = factsKey(schema, relation);
    if (!m_facts.contains(key))
        m_facts.insert(key, loadTableFacts(m_session, schema, relation));
    return m_facts[key];
}

void MissingIndexSearch::plan(const WorkloadStatement &statement)
{
    const QString searchPath = statementSearchPath(statement.roleSearchPath, statement.role,
                                                   m_planner.originalSearchPath(), m_planner);
    const Explained base = explainGeneric(m_planner, statement.sql, searchPath);
    if (!base.ok) {
        ++m_unplannable;
        m_denied += base.error.contains(QLatin1String("permission denied")) ? 1 : 0;
        qCDebug(lcAdvisor) << "cannot plan" << shortened(statement.sql) << base.error;
        return;
    }
    ++m_planned;
    m_typed += base.typedByUs ? 1 : 0;
    const double before = planTotalCost(base.plan);
    // Per table, the shapes in order of preference; once one is confirmed the others are not asked.
    QList<Candidate> ordered = candidatesOf(base.plan).values();
    std::stable_sort(ordered.begin(), ordered.end(), [](const Candidate &a, const Candidate &b) {
        return std::tie(a.rec.schema, a.rec.table, a.preference) < std::tie(b.rec.schema, b.rec.table, b.preference);
    });
    QSet<QString> served;
    for (const Candidate &c : std::as_const(ordered)) {
        const QString table = factsKey(c.rec.schema, c.rec.table);
        double after = -1;
        if (served.contains(table) || !confirmed(c, statement.sql, searchPath, base.givenTypes, before, &after))
            continue;
        served << table;
        merge(c, statement, before, after);
    }
}

QHash<QString, Candidate> MissingIndexSearch::candidatesOf(const QJsonObject &plan)
{
    QHash<QString, Candidate> here;
    QList<SeqScanNode> scans = seqScans(plan);
    for (const SeqScanNode &scan : indexScans(plan)) {
        if (readsWholeIndex(scan, m_catalog))
            scans << scan;
    }
    for (const SeqScanNode &scan : std::as_const(scans)) {
        if (scan.schema.isEmpty() || scan.schema == QLatin1String("pg_catalog")
            || scan.schema == QLatin1String("information_schema"))
            continue;
        if (scan.predicates.isEmpty() && (!m_hypopg || (scan.sortColumns.isEmpty() && scan.joinPredicates.isEmpty())))
            continue;
        const TableFacts &f = factsOf(scan.schema, scan.relation);
        if (!f.found || f.rows < m_options.minTableRows)
            continue;
        const QList<Shape> shapes = candidateShapes(scan, f, m_hypopg);
        for (int n = 0; n < shapes.size(); ++n) {
            const Shape &shape = shapes[n];
            if (coveredByExisting(m_catalog, f, shape.columns, shape.equalityCount, !m_hypopg))
                continue;
            Candidate &c = here[factsKey(f.rootSchema, f.rootTable) + QChar(0x1f) + shape.columns.join(QChar(0x1f))];
            c.rec.kind = IndexRecommendation::Kind::Missing;
            c.rec.schema = f.rootSchema;
            c.rec.table = f.rootTable;
            c.rec.columns = shape.columns;
            c.rec.ddl = createIndexDdl(f.rootSchema, f.rootTable, shape.columns, f.rootPartitioned);
            c.purpose = shape.purpose;
            c.preference = n;
            c.scannedSchema = scan.schema;
            if (!c.scannedRelations.contains(scan.relation))
                c.scannedRelations << scan.relation;
            c.equalityCount = shape.equalityCount;
            c.selectivity = std::min(1.0, scan.planRows * (scan.parallelWorkers + 1) / std::max(1.0, f.rows));
            c.wholeIndex = scan.indexName;
        }
    }
    return here;
}

bool MissingIndexSearch::confirmed(const Candidate &c, const QString &sql, const QString &searchPath,
                                   const QList<unsigned int> &types, double before, double *after)
{
    if (m_hypopg) {
        bool used = false;
        QString error;
        *after = hypotheticalCost(m_planner, sql, searchPath, types, c, &used, &error);
        if (*after < 0) {
            // Out of OIDs, no privilege, …: say so once and continue on heuristics.
            *m_notes << QCoreApplication::translate("Advisor", "hypopg failed (%1): the remaining missing-index advice is heuristic.").arg(error);
            m_hypopg = false;
        } else {
            return used && *after <= before * (1 - m_options.minCostCut);
        }
    }
    return c.purpose == Purpose::Filter && c.selectivity <= m_options.maxHeuristicSelectivity
        && !coveredByExisting(m_catalog, factsOf(c.scannedSchema, c.scannedRelations.first()), c.rec.columns,
                              c.equalityCount, true);
}

void MissingIndexSearch::merge(const Candidate &c, const WorkloadStatement &statement, double before, double after)
{
    Candidate &m = m_merged[factsKey(c.rec.schema, c.rec.table) + QChar(0x1f) + c.rec.columns.join(QChar(0x1f))];
    if (m.rec.columns.isEmpty()) {
        m = c;
        m.rec.costBefore = before;
        m.rec.costAfter = after;
    } else if (after >= 0 && statement.calls > m.rec.calls) {
        m.rec.costBefore = before;
        m.rec.costAfter = after;
    }
    m.rec.calls += statement.calls;
    m.rec.queryIds += statement.queryIds;
    m.samples << shortened(statement.sql);
}

void MissingIndexSearch::noteUnplanned() const
{
    const int total = m_unplannable + m_planned;
    if (m_denied > 0)
        *m_notes << QCoreApplication::translate("Advisor", "%1 of %n statements could not be planned: permission denied for the sandbox role, "
                                   "which may only read. Statements that write or lock rows (UPDATE, DELETE, "
                                   "SELECT … FOR UPDATE) need those rights even to be planned, so their filters "
                                   "get no missing-index advice.", nullptr, total)
                        .arg(m_denied);
    if (m_unplannable > m_denied)
        *m_notes << QCoreApplication::translate("Advisor", "%1 of %n statements could not be planned (parameter types the server cannot "
                                   "infer, temporary tables or a changed schema) and were skipped.", nullptr, total)
                        .arg(m_unplannable - m_denied);
    if (m_typed > 0)
        *m_notes << QCoreApplication::translate("Advisor", "%1 of %n statements have constants in arithmetic (pg_stat_statements writes "
                                   "\"5 * 37\" as \"$1 * $2\", which the server cannot type): they were planned "
                                   "with those parameters typed as integer literals.", nullptr, total).arg(m_typed);
}

// A candidate that is a leading prefix of another on the same table is served by that one.
QList<Candidate> foldPrefixes(QList<Candidate> list)
{
    for (int i = 0; i < list.size(); ++i) {
        for (int j = 0; j < list.size(); ++j) {
            if (i == j || list[i].rec.table != list[j].rec.table || list[i].rec.schema != list[j].rec.schema
                || list[j].rec.columns.size() <= list[i].rec.columns.size()
                || list[j].rec.columns.mid(0, list[i].rec.columns.size()) != list[i].rec.columns)
                continue;
            list[j].rec.calls += list[i].rec.calls;
            list[j].rec.queryIds += list[i].rec.queryIds;
            list[j].samples += list[i].samples;
            list.removeAt(i);
            i = -1;
            break;
        }
    }
    return list;
}

IndexRecommendation MissingIndexSearch::describe(const Candidate &c)
{
    IndexRecommendation r = c.rec;
    const TableFacts &f = factsOf(c.scannedSchema, c.scannedRelations.first());
    const QString seq = f.seqScans > 0 ? QCoreApplication::translate("Advisor", " The table had %1 sequential scans reading %2 rows.")
                                             .arg(f.seqScans).arg(f.seqRowsRead)
                                       : QString();
    const QString part = f.rootPartitioned ? QCoreApplication::translate("Advisor", " Partitioned table: CREATE INDEX cannot run "
                                                            "CONCURRENTLY and locks writes while it builds.")
                                           : QString();
    if (r.costAfter >= 0 && r.costBefore > 0) {
        const int cut = qRound(100 * (1 - r.costAfter / r.costBefore));
        r.priority = cut >= 90 && r.calls >= 100 ? Priority::High : Priority::Medium;
        r.reason = QCoreApplication::translate("Advisor", "%n statement(s) %1, e.g. \"%2\". A hypothetical "
                                  "index (hypopg) is used and cuts the plan cost by %3%.%4%5", nullptr, int(c.samples.size()))
                       .arg(scanDescription(c.purpose, r.table, r.columns, c.wholeIndex),
                            c.samples.first(), QString::number(cut), seq, part);
        r.estimatedBenefit = QCoreApplication::translate("Advisor", "cost %1 → %2 (−%3%) for %4 calls")
                                 .arg(r.costBefore, 0, 'f', 1).arg(r.costAfter, 0, 'f', 1).arg(cut).arg(r.calls);
    } else {
        r.costAfter = 0;
        r.priority = r.calls >= 100 ? Priority::Medium : Priority::Low;
        r.reason = QCoreApplication::translate("Advisor", "%n statement(s) %1 and keep about %2% of its "
                                  "rows, e.g. \"%3\". Heuristic: not confirmed by a what-if plan (no hypopg).%4%5", nullptr, int(c.samples.size()))
                       .arg(scanDescription(c.purpose, r.table, r.columns, c.wholeIndex),
                            QString::number(c.selectivity * 100, 'g', 2), c.samples.first(), seq, part);
        r.estimatedBenefit = QCoreApplication::translate("Advisor", "index scans instead of sequential scans of ~%1 rows for %2 calls")
                                 .arg(qint64(f.rows)).arg(r.calls);
    }
    return r;
}

IndexRecommendations MissingIndexSearch::recommendations()
{
    IndexRecommendations out;
    for (const Candidate &c : foldPrefixes(m_merged.values()))
        out << describe(c);
    return out;
}

} // namespace

IndexRecommendations findMissingIndexes(CatalogReader &session, PgSession *planner, const QString &noPlannerReason,
                                        const CatalogSnapshot &catalog, const MissingIndexOptions &options,
                                        QStringList *notes, const JobContext &context)
{
    const Workload workload = readWorkload(session, options, notes);
    if (!workload.ok)
        return {};
    if (!planner) {
        *notes << QCoreApplication::translate("Advisor", "No missing-index advice: %n recorded statement(s) not planned. Planning runs the "
                                 "functions of the roles that wrote them, so DB Pulse plans only as its powerless "
                                 "sandbox role; %1.", nullptr, int(workload.statements.size()))
                      .arg(noPlannerReason);
        return {};
    }
    // Generic plans: parameters stay parameters, estimated as an average value would be.
    planner->run(QStringLiteral("SET plan_cache_mode = force_generic_plan"));
    MissingIndexSearch search(session, *planner, catalog, options, workload.hypopg, notes);
    for (const WorkloadStatement &statement : workload.statements) {
        if (context.isCancelled())
            break;
        search.plan(statement);
    }
    search.noteUnplanned();
    planner->run(QStringLiteral("DEALLOCATE ALL"));
    planner->run(QStringLiteral("RESET plan_cache_mode"));
    return search.recommendations();
}

} // namespace dbpulse
