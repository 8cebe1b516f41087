#include "core/sql/statementshape.h"

#include "core/sql/sqltokens.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <pg_query.h>

namespace dbpulse {

namespace {

// Enough rows that the statement is a load, not an application's single write.
constexpr int kBulkValuesRows = 10;

QLatin1String key(const char *name) { return QLatin1String(name); }

// PostgreSQL's built-in aggregates that take plain call syntax: the raw parse tree does not know
// which functions are aggregates, only their names.
bool isBuiltinAggregate(const QString &name)
{
    static const QSet<QString> names{
        QStringLiteral("count"), QStringLiteral("sum"), QStringLiteral("avg"), QStringLiteral("min"),
        QStringLiteral("max"), QStringLiteral("stddev"), QStringLiteral("stddev_pop"), QStringLiteral("stddev_samp"),
        QStringLiteral("variance"), QStringLiteral("var_pop"), QStringLiteral("var_samp"),
        QStringLiteral("string_agg"), QStringLiteral("array_agg"), QStringLiteral("json_agg"),
        QStringLiteral("jsonb_agg"), QStringLiteral("json_object_agg"), QStringLiteral("jsonb_object_agg"),
        QStringLiteral("xmlagg"), QStringLiteral("bool_and"), QStringLiteral("bool_or"), QStringLiteral("every"),
        QStringLiteral("bit_and"), QStringLiteral("bit_or"), QStringLiteral("bit_xor"),
        QStringLiteral("range_agg"), QStringLiteral("range_intersect_agg"), QStringLiteral("corr"),
        QStringLiteral("covar_pop"), QStringLiteral("covar_samp"), QStringLiteral("regr_avgx"),
        QStringLiteral("regr_avgy"), QStringLiteral("regr_count"), QStringLiteral("regr_intercept"),
        QStringLiteral("regr_r2"), QStringLiteral("regr_slope"), QStringLiteral("regr_sxx"),
        QStringLiteral("regr_sxy"), QStringLiteral("regr_syy"),
    };
    return names.contains(name);
}

bool nonEmpty(const QJsonObject &node, const char *field)
{
    const QJsonValue v = node.value(key(field));
    return v.isArray() ? !v.toArray().isEmpty() : !v.isUndefined() && !v.isNull();
}

// A function call's name: "count" for count(*) and pg_catalog.count(*), empty for other schemas.
QString builtinName(const QJsonObject &funcCall)
{
    const QJsonArray parts = funcCall.value(key("funcname")).toArray();
    const auto part = [&](qsizetype i) {
        return parts.at(i).toObject().value(key("String")).toObject().value(key("sval")).toString();
    };
    if (parts.size() == 1)
        return part(0);
    if (parts.size() == 2 && part(0) == QLatin1String("pg_catalog"))
        return part(1);
    return {};
}

// The facts of one node of the tree ({"Type": {fields}}); walk() visits them all.
void noteNode(const QString &type, const QJsonObject &node, StatementShape &shape)
{
    // SELECT, INSERT, UPDATE and DELETE keep their WITH inline ({"ctes": […], "recursive": true}).
    if (node.value(key("withClause")).toObject().value(key("recursive")).toBool())
        shape.analytics = true;
    if (type == QLatin1String("SelectStmt")) {
        if (nonEmpty(node, "intoClause"))
            shape.bulk = true;
        if (nonEmpty(node, "groupClause") || nonEmpty(node, "havingClause") || nonEmpty(node, "windowClause"))
            shape.analytics = true;
        if (node.value(key("op")).toString(QStringLiteral("SETOP_NONE")) != QLatin1String("SETOP_NONE")
            || node.value(key("fromClause")).toArray().size() > 1)
            shape.complex = true;
    } else if (type == QLatin1String("InsertStmt")) {
        const QJsonObject select = node.value(key("selectStmt")).toObject().value(key("SelectStmt")).toObject();
        // INSERT … SELECT $1, $2 (no FROM) writes one row, like VALUES.
        if (select.value(key("valuesLists")).toArray().size() >= kBulkValuesRows || nonEmpty(select, "fromClause")
            || select.value(key("op")).toString(QStringLiteral("SETOP_NONE")) != QLatin1String("SETOP_NONE"))
            shape.bulk = true;
    } else if (type == QLatin1String("UpdateStmt") || type == QLatin1String("DeleteStmt")) {
        if (!nonEmpty(node, "whereClause"))
            shape.bulk = true;
        if (nonEmpty(node, "fromClause") || nonEmpty(node, "usingClause"))
            shape.complex = true;
    } else if (type == QLatin1String("FuncCall")) {
        if (nonEmpty(node, "over"))
            shape.analytics = true;
        if (node.value(key("agg_star")).toBool() || node.value(key("agg_distinct")).toBool()
            || node.value(key("agg_within_group")).toBool() || nonEmpty(node, "agg_order")
            || nonEmpty(node, "agg_filter") || isBuiltinAggregate(builtinName(node)))
            shape.analytics = true;
    } else if (type == QLatin1String("GroupingSet") || type == QLatin1String("GroupingFunc")
               || type == QLatin1String("WindowDef")) {
        shape.analytics = true;
    } else if (type == QLatin1String("JoinExpr") || type == QLatin1String("SubLink")
               || type == QLatin1String("RangeSubselect") || type == QLatin1String("CommonTableExpr")
               || type == QLatin1String("MergeStmt")) {
        shape.complex = true;
    }
}

void walk(const QJsonValue &value, StatementShape &shape)
{
    if (value.isArray()) {
        for (const QJsonValue &child : value.toArray())
            walk(child, shape);
        return;
    }
    if (!value.isObject())
        return;
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        // Node types are capitalised ("SelectStmt"), fields are not ("fromClause").
        if (!it.key().isEmpty() && it.key().at(0).isUpper() && it.value().isObject())
            noteNode(it.key(), it.value().toObject(), shape);
        walk(it.value(), shape);
    }
}

// Statements whose nested queries run: their whole tree is walked. Other utility statements (a
// CREATE VIEW's query, a function's body) define what runs later and are simple themselves.
bool runsItsQuery(const QString &type)
{
    static const QSet<QString> types{
        QStringLiteral("SelectStmt"), QStringLiteral("InsertStmt"), QStringLiteral("UpdateStmt"),
        QStringLiteral("DeleteStmt"), QStringLiteral("MergeStmt"), QStringLiteral("ExplainStmt"),
        QStringLiteral("DeclareCursorStmt"), QStringLiteral("CreateTableAsStmt"),
    };
    return types.contains(type);
}

bool isBulkCommand(const QString &type)
{
    static const QSet<QString> types{
        QStringLiteral("CopyStmt"), QStringLiteral("VacuumStmt"), QStringLiteral("ClusterStmt"),
        QStringLiteral("ReindexStmt"), QStringLiteral("IndexStmt"), QStringLiteral("RefreshMatViewStmt"),
        QStringLiteral("CreateTableAsStmt"),
    };
    return types.contains(type);
}

bool fromTree(const QByteArray &utf8, StatementShape &shape)
{
    PgQueryParseResult result = pg_query_parse(utf8.constData());
    QJsonDocument tree;
    if (!result.error)
        tree = QJsonDocument::fromJson(QByteArray::fromRawData(result.parse_tree, qsizetype(qstrlen(result.parse_tree))));
    pg_query_free_parse_result(result);
    // A refused text, or a tree nested deeper than Qt's JSON reader allows.
    if (tree.isNull())
        return false;
    for (const QJsonValue &raw : tree.object().value(key("stmts")).toArray()) {
        const QJsonObject stmt = raw.toObject().value(key("stmt")).toObject();
        if (stmt.isEmpty())
            continue;
        const QString type = stmt.constBegin().key();
        if (isBulkCommand(type))
            shape.bulk = true;
        if (runsItsQuery(type))
            walk(QJsonValue(stmt), shape);
    }
    shape.parsed = true;
    return true;
}

bool isKeyword(const SqlToken &t, const char *word) { return t.keyword && t.text == QLatin1String(word); }

void fromTokens(const QList<SqlToken> &all, StatementShape &shape)
{
    QList<SqlToken> tokens;
    for (const SqlToken &t : all)
        if (t.kind != SqlToken::SqlComment && t.kind != SqlToken::CComment)
            tokens << t;
    if (tokens.isEmpty())
        return;
    const auto at = [&](qsizetype i) { return i < tokens.size() ? tokens.at(i) : SqlToken{}; };
    const SqlToken &first = tokens.first();
    for (const char *command : {"COPY", "VACUUM", "ANALYZE", "ANALYSE", "CLUSTER", "REINDEX", "REFRESH"})
        if (isKeyword(first, command))
            shape.bulk = true;
    const bool create = isKeyword(first, "CREATE");
    const bool insert = isKeyword(first, "INSERT");
    const bool select = isKeyword(first, "SELECT");
    bool where = false;
    int depth = 0;
    int fromDepth = -1; // the depth of the FROM list being read
    int rowBreaks = 0;  // ") , (" at the top level of an INSERT: rows after the first
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const SqlToken &t = tokens.at(i);
        if (t.text == QLatin1String("(") && !t.keyword) {
            ++depth;
            if (isKeyword(at(i + 1), "SELECT"))
                shape.complex = true;
            continue;
        }
        if (t.text == QLatin1String(")") && !t.keyword) {
            if (--depth < fromDepth)
                fromDepth = -1;
            if (insert && at(i + 1).text == QLatin1String(",") && at(i + 2).text == QLatin1String("("))
                ++rowBreaks;
            continue;
        }
        if (t.text == QLatin1String(",") && !t.keyword && depth == fromDepth)
            shape.complex = true;
        if (t.kind == SqlToken::Identifier && !t.text.startsWith(QLatin1Char('"'))
            && at(i + 1).text == QLatin1String("(") && isBuiltinAggregate(t.text.toLower()))
            shape.analytics = true;
        if (!t.keyword)
            continue;
        if (t.text == QLatin1String("FROM") && !(depth == 0 && first.text == QLatin1String("COPY")))
            fromDepth = depth;
        else if (depth == fromDepth && t.text != QLatin1String("AS") && t.text != QLatin1String("ONLY")
                 && t.text != QLatin1String("LATERAL"))
            fromDepth = -1; // WHERE, GROUP, JOIN …: the FROM list is over
        if (t.text == QLatin1String("WHERE"))
            where = true;
        if ((isKeyword(t, "GROUP") && isKeyword(at(i + 1), "BY")) || (isKeyword(t, "WITHIN") && isKeyword(at(i + 1), "GROUP")))
            shape.analytics = true;
        for (const char *word : {"HAVING", "OVER", "RECURSIVE", "GROUPING", "ROLLUP", "CUBE"})
            if (t.text == QLatin1String(word))
                shape.analytics = true;
        for (const char *word : {"JOIN", "UNION", "INTERSECT", "EXCEPT", "EXISTS"})
            if (t.text == QLatin1String(word))
                shape.complex = true;
        // A CTE, not "with time zone" or "WITH ORDINALITY".
        if (t.text == QLatin1String("WITH") && !isKeyword(at(i + 1), "TIME") && !isKeyword(at(i + 1), "ORDINALITY"))
            shape.complex = true;
        if (create && (t.text == QLatin1String("INDEX") || t.text == QLatin1String("MATERIALIZED")
                       || (t.text == QLatin1String("AS") && depth == 0)))
            shape.bulk = true;
        if ((insert && t.text == QLatin1String("SELECT")) || (select && depth == 0 && t.text == QLatin1String("INTO")))
            shape.bulk = true;
    }
    if (insert && rowBreaks + 1 >= kBulkValuesRows)
        shape.bulk = true;
    if ((isKeyword(first, "UPDATE") || isKeyword(first, "DELETE")) && !where)
        shape.bulk = true;
}

} // namespace

StatementShape statementShape(const QString &sql)
{
    StatementShape shape;
    const QString text = sql.left(shapeTextLimit);
    if (fromTree(text.toUtf8(), shape))
        return shape;
    const SqlTokens tokens = sqlTokens(text);
    if (tokens.ok)
        fromTokens(tokens.tokens, shape);
    return shape;
}

} // namespace dbpulse
