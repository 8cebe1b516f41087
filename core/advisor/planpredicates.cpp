#include "core/advisor/planpredicates.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <optional>
#include <pg_query.h>

namespace dbpulse {

namespace {

// Strips one pair of parentheses when they enclose the whole text.
QString stripParens(QString s)
{
    for (;;) {
        s = s.trimmed();
        if (!s.startsWith(QLatin1Char('(')) || !s.endsWith(QLatin1Char(')')))
            return s;
        int depth = 0;
        bool inQuote = false, inIdent = false;
        for (int i = 0; i < s.size(); ++i) {
            const QChar c = s[i];
            if (c == QLatin1Char('\'') && !inIdent)
                inQuote = !inQuote;
            else if (c == QLatin1Char('"') && !inQuote)
                inIdent = !inIdent;
            else if (!inQuote && !inIdent && c == QLatin1Char('('))
                ++depth;
            else if (!inQuote && !inIdent && c == QLatin1Char(')') && --depth == 0 && i != s.size() - 1)
                return s; // "(a) AND (b)": the first paren closes early
        }
        s = s.mid(1, s.size() - 2);
    }
}

// Splits at a top-level keyword (" AND " / " OR "), outside parentheses, quotes and identifiers.
QStringList splitTopLevel(const QString &s, const QString &keyword)
{
    QStringList parts;
    int depth = 0, start = 0;
    bool inQuote = false, inIdent = false;
    for (int i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (c == QLatin1Char('\'') && !inIdent)
            inQuote = !inQuote;
        else if (c == QLatin1Char('"') && !inQuote)
            inIdent = !inIdent;
        else if (inQuote || inIdent)
            continue;
        else if (c == QLatin1Char('('))
            ++depth;
        else if (c == QLatin1Char(')'))
            --depth;
        else if (depth == 0 && s.mid(i, keyword.size()) == keyword) {
            parts << s.mid(start, i - start);
            start = i + int(keyword.size());
            i = start - 1;
        }
    }
    parts << s.mid(start);
    return parts;
}

// The parse tree of \a sql ("SELECT WHERE <expr>", "SELECT ORDER BY <key>") as PostgreSQL's own
// parser (libpg_query) reads it: its SelectStmt, or an empty object when the grammar refuses the
// text (EXPLAIN prints some expressions that are not SQL: "(SubPlan 1)", "hashed SubPlan 2") or it
// is more than one statement.
QJsonObject parsedSelect(const QString &sql)
{
    PgQueryParseResult result = pg_query_parse(sql.toUtf8().constData());
    QJsonArray stmts;
    if (!result.error)
        stmts = QJsonDocument::fromJson(QByteArray(result.parse_tree)).object().value(QLatin1String("stmts")).toArray();
    pg_query_free_parse_result(result);
    if (stmts.size() != 1)
        return {};
    return stmts.first().toObject().value(QLatin1String("stmt")).toObject().value(QLatin1String("SelectStmt")).toObject();
}

QString sval(const QJsonValue &stringNode)
{
    return stringNode.toObject().value(QLatin1String("String")).toObject().value(QLatin1String("sval")).toString();
}

// "[alias.]col", optionally with the binary-compatible text cast EXPLAIN prints ("(t.code)::text"):
// the column's name (unquoted by the parser) when it is \a alias's or unqualified.
std::optional<QString> asColumn(const QJsonObject &expr, const QString &alias)
{
    QJsonObject node = expr;
    if (node.contains(QLatin1String("TypeCast"))) {
        const QJsonObject cast = node.value(QLatin1String("TypeCast")).toObject();
        const QJsonArray names = cast.value(QLatin1String("typeName")).toObject().value(QLatin1String("names")).toArray();
        const QString type = names.isEmpty() ? QString() : sval(names.last());
        if (type != QLatin1String("text") && type != QLatin1String("varchar"))
            return std::nullopt;
        node = cast.value(QLatin1String("arg")).toObject();
    }
    const QJsonArray fields = node.value(QLatin1String("ColumnRef")).toObject().value(QLatin1String("fields")).toArray();
    if (fields.size() == 2 && sval(fields.at(0)) == alias && !sval(fields.at(1)).isEmpty())
        return sval(fields.at(1));
    if (fields.size() == 1 && !sval(fields.at(0)).isEmpty())
        return sval(fields.at(0));
    return std::nullopt; // an expression, a constant, "*", or another relation's column
}

// Whether a column of \a alias ("alias.col") appears anywhere in \a node.
bool mentionsAlias(const QJsonValue &node, const QString &alias)
{
    if (node.isArray()) {
        const QJsonArray items = node.toArray();
        return std::any_of(items.cbegin(), items.cend(), [&](const QJsonValue &v) { return mentionsAlias(v, alias); });
    }
    const QJsonObject object = node.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key() == QLatin1String("ColumnRef")) {
            const QJsonArray fields = it.value().toObject().value(QLatin1String("fields")).toArray();
            if (fields.size() >= 2 && sval(fields.at(0)) == alias)
                return true;
        } else if ((it.value().isObject() || it.value().isArray()) && mentionsAlias(it.value(), alias)) {
            return true;
        }
    }
    return false;
}

// One conjunct "col OP value" (or "value OP col") on \a alias, read from its parse tree.
std::optional<ColumnPredicate> comparison(const QString &conjunct, const QString &alias)
{
    const QJsonObject where = parsedSelect(QStringLiteral("SELECT WHERE ") + conjunct).value(QLatin1String("whereClause")).toObject();
    const QJsonObject expr = where.value(QLatin1String("A_Expr")).toObject();
    const QString kind = expr.value(QLatin1String("kind")).toString();
    const QJsonArray name = expr.value(QLatin1String("name")).toArray();
    if (name.size() != 1)
        return std::nullopt;
    const QString op = sval(name.first());
    const bool any = kind == QLatin1String("AEXPR_OP_ANY");
    if (kind != QLatin1String("AEXPR_OP") && !(any && op == QLatin1String("=")))
        return std::nullopt;
    static const QStringList ops{QStringLiteral("="), QStringLiteral("<"), QStringLiteral("<="), QStringLiteral(">"), QStringLiteral(">=")};
    if (!ops.contains(op))
        return std::nullopt; // <>, LIKE (~~), …: an index on the plain column does not serve them
    const QJsonObject left = expr.value(QLatin1String("lexpr")).toObject();
    const QJsonObject right = expr.value(QLatin1String("rexpr")).toObject();
    ColumnPredicate p;
    if (auto col = asColumn(left, alias); col && !mentionsAlias(right, alias))
        p.column = *col;
    else if (auto rcol = asColumn(right, alias); rcol && !any && !mentionsAlias(left, alias))
        p.column = *rcol;
    else
        return std::nullopt;
    p.op = op == QLatin1String("=") ? (any ? ColumnPredicate::Op::In : ColumnPredicate::Op::Equality) : ColumnPredicate::Op::Range;
    return p;
}

// Relations read below \a node: more than one means a Sort above it orders a join's output.
int countRelations(const QJsonObject &node)
{
    int n = node.contains(QLatin1String("Relation Name")) ? 1 : 0;
    const QJsonArray children = node.value(QLatin1String("Plans")).toArray();
    for (const QJsonValue &c : children)
        n += countRelations(c.toObject());
    return n;
}

// What the nodes above a scan ask of it: join conditions and, from a Sort over this scan alone, keys.
struct ScanContext
{
    bool indexScans = false; ///< collect Index (Only) Scans instead of Seq Scans
    int workers = 0;
    QStringList joinConditions;
    QStringList sortKeys;
};

void collectScans(const QJsonObject &node, ScanContext context, QList<SeqScanNode> &out)
{
    const QString type = node.value(QLatin1String("Node Type")).toString();
    if (type == QLatin1String("Gather") || type == QLatin1String("Gather Merge"))
        context.workers = node.value(QLatin1String("Workers Planned")).toInt();
    for (const char *key : {"Hash Cond", "Merge Cond", "Join Filter"}) {
        const QString cond = node.value(QLatin1String(key)).toString();
        if (!cond.isEmpty())
            context.joinConditions << cond;
    }
    if (type == QLatin1String("Sort") && countRelations(node) == 1) {
        context.sortKeys.clear();
        const QJsonArray keys = node.value(QLatin1String("Sort Key")).toArray();
        for (const QJsonValue &k : keys)
            context.sortKeys << k.toString();
    }
    const bool indexScan = type == QLatin1String("Index Scan") || type == QLatin1String("Index Only Scan");
    if ((type == QLatin1String("Seq Scan") && !context.indexScans) || (indexScan && context.indexScans)) {
        SeqScanNode s;
        s.schema = node.value(QLatin1String("Schema")).toString();
        s.relation = node.value(QLatin1String("Relation Name")).toString();
        s.alias = node.value(QLatin1String("Alias")).toString();
        s.planRows = node.value(QLatin1String("Plan Rows")).toDouble();
        s.parallelWorkers = node.value(QLatin1String("Parallel Aware")).toBool() ? context.workers : 0;
        s.filter = node.value(QLatin1String("Filter")).toString();
        s.predicates = parseFilter(s.filter, s.alias);
        if (indexScan) {
            s.indexName = node.value(QLatin1String("Index Name")).toString();
            for (const ColumnPredicate &p : parseFilter(node.value(QLatin1String("Index Cond")).toString(), s.alias)) {
                if (!s.predicates.contains(p))
                    s.predicates.prepend(p);
            }
        }
        for (const QString &cond : std::as_const(context.joinConditions)) {
            for (const ColumnPredicate &p : parseFilter(cond, s.alias)) {
                if (p.op == ColumnPredicate::Op::Equality && !s.joinPredicates.contains(p))
                    s.joinPredicates << p;
            }
        }
        s.sortColumns = parseSortKeys(context.sortKeys, s.alias);
        out << s;
    }
    const QJsonArray children = node.value(QLatin1String("Plans")).toArray();
    for (const QJsonValue &c : children)
        collectScans(c.toObject(), context, out);
}

void collectIndexNames(const QJsonObject &node, QStringList &out)
{
    const QString name = node.value(QLatin1String("Index Name")).toString();
    if (!name.isEmpty())
        out << name;
    const QJsonArray children = node.value(QLatin1String("Plans")).toArray();
    for (const QJsonValue &c : children)
        collectIndexNames(c.toObject(), out);
}

} // namespace

QList<ColumnPredicate> parseFilter(const QString &filter, const QString &alias)
{
    QList<ColumnPredicate> out;
    if (filter.trimmed().isEmpty())
        return out;
    // Conjunct by conjunct, so one the grammar refuses ("(SubPlan 1)") does not hide the others.
    const QStringList conjuncts = splitTopLevel(stripParens(filter), QStringLiteral(" AND "));
    for (const QString &raw : conjuncts) {
        const std::optional<ColumnPredicate> p = comparison(stripParens(raw), alias);
        if (p && !out.contains(*p))
            out << *p;
    }
    return out;
}

QList<SeqScanNode> seqScans(const QJsonObject &plan)
{
    QList<SeqScanNode> out;
    collectScans(plan.value(QLatin1String("Plan")).toObject(), ScanContext{}, out);
    return out;
}

QList<SeqScanNode> indexScans(const QJsonObject &plan)
{
    QList<SeqScanNode> out;
    ScanContext context;
    context.indexScans = true;
    collectScans(plan.value(QLatin1String("Plan")).toObject(), context, out);
    return out;
}

QStringList parseSortKeys(const QStringList &keys, const QString &alias)
{
    QStringList out;
    for (const QString &key : keys) {
        // "e.at DESC NULLS LAST", "e.kind USING <": the parser separates the key from its modifiers.
        const QJsonArray sort = parsedSelect(QStringLiteral("SELECT ORDER BY ") + key).value(QLatin1String("sortClause")).toArray();
        const std::optional<QString> column = sort.size() == 1
            ? asColumn(sort.first().toObject().value(QLatin1String("SortBy")).toObject().value(QLatin1String("node")).toObject(), alias)
            : std::nullopt;
        if (!column)
            break; // an index can serve the keys before an expression, not after it
        if (!out.contains(*column))
            out << *column;
    }
    return out;
}

double planTotalCost(const QJsonObject &plan)
{
    return plan.value(QLatin1String("Plan")).toObject().value(QLatin1String("Total Cost")).toDouble();
}

QStringList planIndexNames(const QJsonObject &plan)
{
    QStringList out;
    collectIndexNames(plan.value(QLatin1String("Plan")).toObject(), out);
    return out;
}

} // namespace dbpulse
