// Preparing pg_stat_statements' normalised statements: types for the parameters that were literals
// in arithmetic, found from where the server says it could not resolve an operator.
#include "core/advisor/typedprepare.h"

#include "core/db/pgsession.h"
#include "core/sql/sqlparser.h"

#include <QRegularExpression>
#include <algorithm>
#include <libpq-fe.h>
#include <memory>

namespace dbpulse {

namespace {

constexpr unsigned int kInt4 = 23, kText = 25;

struct ResultDeleter
{
    void operator()(PGresult *r) const { PQclear(r); }
};
using ResultPtr = std::unique_ptr<PGresult, ResultDeleter>;

QString errorField(const PGresult *res, int field)
{
    const char *value = PQresultErrorField(res, field);
    return value ? QString::fromUtf8(value) : QString();
}

QString serverMessage(PGconn *conn, const PGresult *res)
{
    const char *msg = res ? PQresultErrorMessage(res) : nullptr;
    if (!msg || !*msg)
        msg = PQerrorMessage(conn);
    return QString::fromUtf8(msg).trimmed();
}

// The next types to try after the server refused \a failed, or false when nothing more can be
// given: the untyped parameter operands of the operator it names become integer (a number written
// in arithmetic is one; the value is NULL in a generic plan, so its range does not matter); a
// parameter nothing types becomes text.
bool nextTypes(const QString &sql, const PGresult *failed, QList<unsigned int> *types)
{
    const QString state = errorField(failed, PG_DIAG_SQLSTATE);
    QList<int> numbers;
    bool changed = false;
    if (state == QLatin1String("42P18")) { // indeterminate_datatype: "... of parameter $n"
        static const QRegularExpression param(QStringLiteral("\\$(\\d+)"));
        const QRegularExpressionMatch m = param.match(errorField(failed, PG_DIAG_MESSAGE_PRIMARY));
        const int n = m.hasMatch() ? m.captured(1).toInt() : 0;
        if (n <= 0 || n > 65535)
            return false;
        while (types->size() < n)
            *types << 0;
        if ((*types)[n - 1] != 0)
            return false;
        (*types)[n - 1] = kText;
        return true;
    }
    // ambiguous_function ("operator is not unique"), undefined_function, datatype_mismatch: at an
    // operator whose operands are parameters, those are what the server could not type.
    if (state != QLatin1String("42725") && state != QLatin1String("42883") && state != QLatin1String("42804"))
        return false;
    const int position = errorField(failed, PG_DIAG_STATEMENT_POSITION).toInt();
    if (position <= 0)
        return false;
    numbers = operatorParameters(sql, position);
    for (int n : std::as_const(numbers)) {
        while (types->size() < n)
            *types << 0;
        unsigned int &type = (*types)[n - 1];
        if (type == 0) {
            type = kInt4;
            changed = true;
        }
    }
    return changed;
}

} // namespace

bool TypedPrepare::typedByUs() const
{
    return std::any_of(givenTypes.cbegin(), givenTypes.cend(), [](unsigned int t) { return t != 0; });
}

TypedPrepare prepareTyped(PgSession &sandbox, const QString &name, const QString &sql, const QList<unsigned int> &knownTypes)
{
    TypedPrepare out;
    out.givenTypes = knownTypes;
    PGconn *conn = sandbox.handle();
    const QByteArray statementName = name.toUtf8();
    const QByteArray text = sql.toUtf8();
    // A savepoint costs two round trips per statement; it is needed only to retry, and a retry only
    // when a parameter may be one the server cannot type.
    const bool guarded = !knownTypes.isEmpty() || parametersMayNeedTypes(sql);
    // Each refused attempt types at least one more parameter: at most one attempt per parameter (and a bound).
    bool prepared = false;
    for (int attempt = 0; attempt < 64 && !prepared; ++attempt) {
        if (guarded && !sandbox.run(QStringLiteral("SAVEPOINT dbpulse_prepare"), &out.error))
            return out;
        const ResultPtr result(PQprepare(conn, statementName.constData(), text.constData(), int(out.givenTypes.size()),
                                         out.givenTypes.isEmpty() ? nullptr : out.givenTypes.constData()));
        prepared = PQresultStatus(result.get()) == PGRES_COMMAND_OK;
        if (prepared) {
            // Described before anything else runs: the next query replaces the unnamed statement.
            const ResultPtr described(PQdescribePrepared(conn, statementName.constData()));
            if (PQresultStatus(described.get()) != PGRES_COMMAND_OK) {
                out.error = serverMessage(conn, described.get());
                if (guarded)
                    sandbox.run(QStringLiteral("RELEASE SAVEPOINT dbpulse_prepare"));
                return out;
            }
            out.parameterCount = PQnparams(described.get());
            for (int i = 0; i < out.parameterCount; ++i)
                out.describedTypes << PQparamtype(described.get(), i);
        } else {
            out.error = serverMessage(conn, result.get());
            if (!guarded || !sandbox.run(QStringLiteral("ROLLBACK TO SAVEPOINT dbpulse_prepare")))
                return out;
        }
        if (guarded)
            sandbox.run(QStringLiteral("RELEASE SAVEPOINT dbpulse_prepare"));
        if (!prepared && !nextTypes(sql, result.get(), &out.givenTypes))
            return out;
    }
    if (!prepared)
        return out;
    out.error.clear();
    out.ok = true;
    return out;
}

} // namespace dbpulse
