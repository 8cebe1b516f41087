#include "core/advisor/planpredicates.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <optional>

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

QString unquote(const QString &ident)
{
    if (ident.startsWith(QLatin1Char('"')))
        return ident.mid(1, ident.size() - 2).replace(QLatin1String("\"\""), QLatin1String("\""));
    return ident;
}

const QString kIdent = QStringLiteral(R"((?:[\p{L}_][\p{L}\p{N}_$]*|"(?:[^"]|"")+"))");

// "[alias.]col" optionally in parentheses with a binary-compatible text cast, as EXPLAIN prints it.
const QRegularExpression &columnRef()
{
    static const QRegularExpression re(QStringLiteral(R"(^\(?(?:(%1)\.)?(%1)\)?(?:::(?:text|character varying))?$)").arg(kIdent),
                                       QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

std::optional<QString> asColumn(const QString &text, const QString &alias)
{
    const QRegularExpressionMatch m = columnRef().match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const QString qual = m.captured(1);
    if (!qual.isEmpty() && unquote(qual) != alias)
        return std::nullopt;
    const QString col = m.captured(2);
    // A bare word could be a constant-free function-less keyword (e.g. "true"); columns only.
    if (qual.isEmpty() && !col.startsWith(QLatin1Char('"')) && (col == QLatin1String("true") || col == QLatin1String("false")))
        return std::nullopt;
    return unquote(col);
}

bool mentionsAlias(const QString &text, const QString &alias)
{
    const QString bare = alias + QLatin1Char('.');
    const QString quoted = QLatin1Char('"') + QString(alias).replace(QLatin1String("\""), QLatin1String("\"\"")) + QLatin1String("\".");
    return text.contains(bare) || text.contains(quoted);
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
    if (type == QLatin1String("Seq Scan")) {
        SeqScanNode s;
        s.schema = node.value(QLatin1String("Schema")).toString();
        s.relation = node.value(QLatin1String("Relation Name")).toString();
        s.alias = node.value(QLatin1String("Alias")).toString();
        s.planRows = node.value(QLatin1String("Plan Rows")).toDouble();
        s.parallelWorkers = node.value(QLatin1String("Parallel Aware")).toBool() ? context.workers : 0;
        s.filter = node.value(QLatin1String("Filter")).toString();
        s.predicates = parseFilter(s.filter, s.alias);
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
    static const QRegularExpression opRe(QStringLiteral(R"(\s(=|<=|>=|<|>)\s(ANY\s)?)"));
    const QStringList conjuncts = splitTopLevel(stripParens(filter), QStringLiteral(" AND "));
    for (const QString &raw : conjuncts) {
        const QString c = stripParens(raw);
        if (splitTopLevel(c, QStringLiteral(" OR ")).size() > 1)
            continue;
        // The first comparison operator outside parentheses splits the conjunct.
        QRegularExpressionMatchIterator it = opRe.globalMatch(c);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            const QString left = c.left(m.capturedStart());
            const QString right = c.mid(m.capturedEnd());
            if (left.count(QLatin1Char('(')) != left.count(QLatin1Char(')')))
                continue; // operator inside a sub-expression
            const QString op = m.captured(1);
            const bool any = !m.captured(2).isEmpty();
            ColumnPredicate p;
            if (auto col = asColumn(left, alias); col && !mentionsAlias(right, alias)) {
                p.column = *col;
            } else if (auto rcol = asColumn(right, alias); rcol && !any && !mentionsAlias(left, alias)) {
                p.column = *rcol;
            } else {
                break;
            }
            p.op = op == QLatin1String("=") ? (any ? ColumnPredicate::Op::In : ColumnPredicate::Op::Equality)
                                            : ColumnPredicate::Op::Range;
            if (any && op != QLatin1String("="))
                break;
            if (!out.contains(p))
                out << p;
            break;
        }
    }
    return out;
}

QList<SeqScanNode> seqScans(const QJsonObject &plan)
{
    QList<SeqScanNode> out;
    collectScans(plan.value(QLatin1String("Plan")).toObject(), ScanContext{}, out);
    return out;
}

QStringList parseSortKeys(const QStringList &keys, const QString &alias)
{
    static const QRegularExpression modifiers(QStringLiteral(R"((\s+(DESC|ASC|NULLS FIRST|NULLS LAST|USING \S+))+$)"));
    QStringList out;
    for (const QString &key : keys) {
        const std::optional<QString> column = asColumn(QString(key).remove(modifiers), alias);
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
