#include "core/advisor/explainparameters.h"

#include "core/advisor/typedprepare.h"
#include "core/db/pgsession.h"
#include "core/sql/sqlparser.h"

#include <QCoreApplication>
#include <QMap>

namespace dbpulse {

QString explainableBody(const QString &sql)
{
    QString body = sql.trimmed();
    while (body.endsWith(QLatin1Char(';')))
        body.chop(1);
    return body.trimmed();
}

ParameterDescription describeParameters(PgSession &sandbox, const QString &body)
{
    ParameterDescription out;
    const SqlParameters found = sqlParameters(body);
    if (found.ok && found.count == 0)
        return out; // nothing to describe: spare the server the round trip

    // The unnamed statement: replaced by the next one, gone with the session; never executed.
    const TypedPrepare prepared = prepareTyped(sandbox, QString(), body);
    if (!prepared.ok) {
        out.error = prepared.error.simplified();
        return out;
    }
    // libpg_query speaks PostgreSQL 15's grammar; a newer server may accept what it cannot read,
    // and then the server's own count is the one that binds.
    const int count = found.ok ? found.count : prepared.parameterCount;
    QStringList oids;
    for (int i = 0; i < count; ++i) {
        ExplainParameter p;
        p.number = i + 1;
        p.typeOid = prepared.describedTypes.value(i, 0);
        p.typeGiven = prepared.givenTypes.value(i, 0) != 0;
        oids << QString::number(p.typeOid);
        out.parameters << p;
    }
    if (count == 0)
        return out;

    const QueryResult names = sandbox.exec(
        QStringLiteral("SELECT CASE WHEN t.oid <> 0 THEN pg_catalog.format_type(t.oid, NULL) END"
                       " FROM pg_catalog.unnest($1::pg_catalog.oid[]) WITH ORDINALITY AS t(oid, n) ORDER BY t.n"),
        {QLatin1Char('{') + oids.join(QLatin1Char(',')) + QLatin1Char('}')});
    if (!names.ok) {
        out.error = names.error;
        return out;
    }
    for (int i = 0; i < count && i < names.rows.size(); ++i)
        out.parameters[i].type = names.rows.at(i).value(0).toString();
    return out;
}

QList<int> nullParameterNumbers(const QList<ExplainParameter> &parameters)
{
    QList<int> numbers;
    for (const ExplainParameter &p : parameters) {
        if (p.value.isNull())
            numbers << p.number;
    }
    return numbers;
}

QString givenTypesNote(const QList<ExplainParameter> &parameters)
{
    QMap<QString, QStringList> byType;
    for (const ExplainParameter &p : parameters) {
        if (p.typeGiven)
            byType[p.type] << QStringLiteral("$%1").arg(p.number);
    }
    QStringList clauses;
    for (auto it = byType.cbegin(); it != byType.cend(); ++it)
        clauses << QCoreApplication::translate("Advisor", "%1 typed %2").arg(it.value().join(QStringLiteral(", ")), it.key());
    if (clauses.isEmpty())
        return {};
    return QCoreApplication::translate("Advisor", "The server could not infer every parameter's type (pg_stat_statements wrote constants "
                          "as $n, e.g. 5 * 37 as $1 * $2): %1, as a literal there would be.")
        .arg(clauses.join(QStringLiteral("; ")));
}

QString nullParametersNote(const QList<ExplainParameter> &parameters)
{
    QStringList names;
    for (int n : nullParameterNumbers(parameters))
        names << QStringLiteral("$%1").arg(n);
    if (names.isEmpty())
        return {};
    if (names.size() == 1)
        return QCoreApplication::translate("Advisor", "%1 was NULL: the plan may differ from real executions.").arg(names.first());
    return QCoreApplication::translate("Advisor", "%1 and %2 were NULL: the plan may differ from real executions.")
        .arg(QStringList(names.mid(0, names.size() - 1)).join(QStringLiteral(", ")), names.last());
}

} // namespace dbpulse
