#include "core/sql/sqlparser.h"

#include <algorithm>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <pg_query.h>

namespace dbpulse {

namespace {

int lineAt(const QByteArray &utf8, int byteOffset)
{
    return 1 + int(std::count(utf8.constBegin(), utf8.constBegin() + std::min<qsizetype>(byteOffset, utf8.size()), '\n'));
}

// libpg_query reports byte offsets into the UTF-8 text; the caller works in characters.
int charOffset(const QByteArray &utf8, int byteOffset)
{
    return int(QString::fromUtf8(utf8.constData(), std::min<qsizetype>(byteOffset, utf8.size())).size());
}

// The statements PostgreSQL 15 answers with "cannot run inside a transaction block"
// (PreventInTransactionBlock), read from libpg_query's parse tree.
bool outsideTransactionOnly(const QString &type, const QJsonObject &node)
{
    static const QStringList always{
        QStringLiteral("CreatedbStmt"), QStringLiteral("DropdbStmt"), QStringLiteral("AlterSystemStmt"),
        QStringLiteral("CreateTableSpaceStmt"), QStringLiteral("DropTableSpaceStmt"),
    };
    if (always.contains(type))
        return true;
    if (type == QLatin1String("IndexStmt") || type == QLatin1String("DropStmt"))
        return node.value(QLatin1String("concurrent")).toBool();
    if (type == QLatin1String("VacuumStmt"))
        return node.value(QLatin1String("is_vacuumcmd")).toBool(); // ANALYZE alone may run in one
    if (type == QLatin1String("ClusterStmt"))
        return !node.contains(QLatin1String("relation"));
    if (type == QLatin1String("ReindexStmt")) {
        const QString kind = node.value(QLatin1String("kind")).toString();
        if (kind == QLatin1String("REINDEX_OBJECT_SCHEMA") || kind == QLatin1String("REINDEX_OBJECT_SYSTEM")
            || kind == QLatin1String("REINDEX_OBJECT_DATABASE"))
            return true;
        const QJsonArray params = node.value(QLatin1String("params")).toArray();
        return std::any_of(params.cbegin(), params.cend(), [](const QJsonValue &p) {
            return p.toObject().value(QLatin1String("DefElem")).toObject().value(QLatin1String("defname")).toString()
                == QLatin1String("concurrently");
        });
    }
    if (type == QLatin1String("AlterTableStmt")) {
        const QJsonArray cmds = node.value(QLatin1String("cmds")).toArray();
        return std::any_of(cmds.cbegin(), cmds.cend(), [](const QJsonValue &c) {
            const QJsonObject cmd = c.toObject().value(QLatin1String("AlterTableCmd")).toObject();
            return cmd.value(QLatin1String("subtype")).toString() == QLatin1String("AT_DetachPartition")
                && cmd.value(QLatin1String("def")).toObject().value(QLatin1String("PartitionCmd")).toObject()
                       .value(QLatin1String("concurrent")).toBool();
        });
    }
    return false;
}

// The highest ParamRef number anywhere under \a node ({"ParamRef": {"number": n, …}}).
int highestParamRef(const QJsonValue &node)
{
    int highest = 0;
    if (node.isArray()) {
        for (const QJsonValue &child : node.toArray())
            highest = std::max(highest, highestParamRef(child));
    } else if (node.isObject()) {
        const QJsonObject object = node.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (it.key() == QLatin1String("ParamRef"))
                highest = std::max(highest, it.value().toObject().value(QLatin1String("number")).toInt());
            else
                highest = std::max(highest, highestParamRef(it.value()));
        }
    }
    return highest;
}

// The byte offset of the \a position-th code point (1-based) of \a utf8, or -1 past its end.
int byteOffsetOfCodePoint(const QByteArray &utf8, int position)
{
    int seen = 0;
    for (int i = 0; i < utf8.size(); ++i) {
        if ((uchar(utf8.at(i)) & 0xC0) == 0x80)
            continue; // a continuation byte belongs to the code point before it
        if (++seen == position)
            return i;
    }
    return -1;
}

// The A_Expr written at byte \a location anywhere under \a node; an empty object when there is none.
QJsonObject operatorExpressionAt(const QJsonValue &node, int location)
{
    if (node.isArray()) {
        for (const QJsonValue &child : node.toArray()) {
            const QJsonObject found = operatorExpressionAt(child, location);
            if (!found.isEmpty())
                return found;
        }
    } else if (node.isObject()) {
        const QJsonObject object = node.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (it.key() == QLatin1String("A_Expr")) {
                const QJsonObject expr = it.value().toObject();
                if (expr.value(QLatin1String("location")).toInt(-1) == location)
                    return expr;
            }
            const QJsonObject found = operatorExpressionAt(it.value(), location);
            if (!found.isEmpty())
                return found;
        }
    }
    return {};
}

bool isBareParameter(const QJsonValue &node)
{
    return node.toObject().contains(QLatin1String("ParamRef"));
}

// Any operator (not a comparison, whose other side types the parameter) with a bare parameter
// operand, or a bare parameter under IS [NOT] NULL, anywhere under \a node.
bool hasUntypableParameter(const QJsonValue &node)
{
    static const QStringList comparisons{QStringLiteral("="),  QStringLiteral("<>"), QStringLiteral("!="),
                                         QStringLiteral("<"),  QStringLiteral(">"),  QStringLiteral("<="),
                                         QStringLiteral(">=")};
    if (node.isArray()) {
        const QJsonArray array = node.toArray();
        return std::any_of(array.cbegin(), array.cend(), [](const QJsonValue &child) { return hasUntypableParameter(child); });
    }
    if (!node.isObject())
        return false;
    const QJsonObject object = node.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QJsonObject body = it.value().toObject();
        if (it.key() == QLatin1String("A_Expr") && body.value(QLatin1String("kind")).toString() == QLatin1String("AEXPR_OP")) {
            const QJsonArray name = body.value(QLatin1String("name")).toArray();
            const QString op = name.isEmpty() ? QString()
                                              : name.last().toObject().value(QLatin1String("String")).toObject()
                                                    .value(QLatin1String("sval")).toString();
            if (!comparisons.contains(op)
                && (isBareParameter(body.value(QLatin1String("lexpr"))) || isBareParameter(body.value(QLatin1String("rexpr")))))
                return true;
        }
        if (it.key() == QLatin1String("NullTest") && isBareParameter(body.value(QLatin1String("arg"))))
            return true;
        if (hasUntypableParameter(it.value()))
            return true;
    }
    return false;
}

} // namespace

SqlParse parseSql(const QString &sql)
{
    SqlParse out;
    const QByteArray utf8 = sql.toUtf8();
    PgQueryParseResult result = pg_query_parse(utf8.constData());
    if (result.error) {
        out.error = QString::fromUtf8(result.error->message);
        // The error's position counts characters (from 1), not bytes.
        out.errorLine = result.error->cursorpos > 0 ? 1 + int(sql.left(result.error->cursorpos - 1).count(QLatin1Char('\n'))) : 0;
        pg_query_free_parse_result(result);
        return out;
    }
    const QJsonArray stmts = QJsonDocument::fromJson(QByteArray(result.parse_tree)).object().value(QLatin1String("stmts")).toArray();
    pg_query_free_parse_result(result);
    for (const QJsonValue &v : stmts) {
        const QJsonObject raw = v.toObject();
        // Zero-valued fields are left out of the JSON: a missing location is 0, a missing length
        // means "to the end of the text".
        const int location = raw.value(QLatin1String("stmt_location")).toInt(0);
        int length = raw.value(QLatin1String("stmt_len")).toInt(0);
        if (length == 0)
            length = int(utf8.size()) - location;
        QByteArray bytes = utf8.mid(location, length);
        // The location points after the previous semicolon: skip the whitespace before the statement.
        int skipped = 0;
        while (skipped < bytes.size() && QChar::isSpace(uchar(bytes.at(skipped))))
            ++skipped;
        SqlStatement s;
        s.text = QString::fromUtf8(bytes.mid(skipped)).trimmed();
        s.offset = charOffset(utf8, location + skipped);
        s.line = lineAt(utf8, location + skipped);
        const QJsonObject node = raw.value(QLatin1String("stmt")).toObject();
        if (!node.isEmpty()) {
            s.nodeType = node.constBegin().key();
            const QJsonObject body = node.constBegin().value().toObject();
            if (s.nodeType == QLatin1String("TransactionStmt"))
                s.transactionKind = body.value(QLatin1String("kind")).toString();
            s.outsideTransactionOnly = outsideTransactionOnly(s.nodeType, body);
        }
        out.statements << s;
    }
    out.ok = true;
    return out;
}

SqlParameters sqlParameters(const QString &sql)
{
    SqlParameters out;
    PgQueryParseResult result = pg_query_parse(sql.toUtf8().constData());
    if (result.error) {
        out.error = QString::fromUtf8(result.error->message);
    } else {
        // Qt's JSON reader refuses a tree nested deeper than it allows: then say so, never guess.
        QJsonParseError jsonError;
        const QJsonDocument tree = QJsonDocument::fromJson(QByteArray(result.parse_tree), &jsonError);
        if (tree.isNull()) {
            out.error = jsonError.errorString();
        } else {
            out.count = highestParamRef(tree.object());
            out.ok = true;
        }
    }
    pg_query_free_parse_result(result);
    return out;
}

QList<int> operatorParameters(const QString &sql, int position)
{
    QList<int> out;
    const QByteArray utf8 = sql.toUtf8();
    const int location = byteOffsetOfCodePoint(utf8, position);
    if (location < 0)
        return out;
    PgQueryParseResult result = pg_query_parse(utf8.constData());
    if (!result.error) {
        const QJsonDocument tree = QJsonDocument::fromJson(QByteArray(result.parse_tree));
        const QJsonObject expr = operatorExpressionAt(tree.object(), location);
        // Plain operators only (not IN, LIKE, BETWEEN …); a prefix operator has no left operand.
        if (expr.value(QLatin1String("kind")).toString() == QLatin1String("AEXPR_OP")) {
            for (const QLatin1String side : {QLatin1String("lexpr"), QLatin1String("rexpr")}) {
                const QJsonObject param = expr.value(side).toObject().value(QLatin1String("ParamRef")).toObject();
                const int number = param.value(QLatin1String("number")).toInt();
                if (number > 0 && !out.contains(number))
                    out << number;
            }
        }
    }
    pg_query_free_parse_result(result);
    return out;
}

bool parametersMayNeedTypes(const QString &sql)
{
    bool may = true;
    PgQueryParseResult result = pg_query_parse(sql.toUtf8().constData());
    if (!result.error) {
        const QJsonDocument tree = QJsonDocument::fromJson(QByteArray(result.parse_tree));
        if (!tree.isNull())
            may = hasUntypableParameter(tree.object());
    }
    pg_query_free_parse_result(result);
    return may;
}

QString normalizeSql(const QString &sql)
{
    PgQueryNormalizeResult result = pg_query_normalize(sql.toUtf8().constData());
    QString out;
    if (result.error || !result.normalized_query)
        out = QCoreApplication::translate("Sql", "(statement text withheld: it could not be parsed to hide its values)");
    else
        out = QString::fromUtf8(result.normalized_query);
    pg_query_free_normalize_result(result);
    return out;
}

std::optional<QString> deparsedSql(const QString &sql)
{
    std::optional<QString> out;
    PgQueryProtobufParseResult parsed = pg_query_parse_protobuf(sql.toUtf8().constData());
    if (!parsed.error) {
        PgQueryDeparseResult deparsed = pg_query_deparse_protobuf(parsed.parse_tree);
        if (!deparsed.error && deparsed.query)
            out = QString::fromUtf8(deparsed.query);
        pg_query_free_deparse_result(deparsed);
    }
    pg_query_free_protobuf_parse_result(parsed);
    return out;
}

} // namespace dbpulse
