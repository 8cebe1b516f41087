#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace dbpulse {

class PgSession;

/// \brief One $n of a statement EXPLAIN binds: the type the server infers for it and the value
/// that was bound. Value type, any thread.
struct ExplainParameter
{
    int number = 0;        ///< the n of $n
    unsigned int typeOid = 0; ///< 0: not known
    QString type;          ///< pg_catalog.format_type of typeOid ("integer", "text"); empty when not known
    QString value;         ///< the text bound; a null QString is SQL NULL
    /// The server could not type it alone (a constant in arithmetic, `$1 * $2`): DB Pulse gave the
    /// type (see prepareTyped()), and binds the value with it.
    bool typeGiven = false;
};

/// \brief The parameters of a statement as the server describes them, or why it could not.
struct ParameterDescription
{
    QList<ExplainParameter> parameters; ///< $1 … $n in order, values null
    QString error;
};

/// The statement as EXPLAIN sends it: trimmed, trailing semicolons dropped. Any thread.
QString explainableBody(const QString &sql);

/// Describes \a body's parameters through \a sandbox: how many (PostgreSQL's parser, libpg_query,
/// before anything is sent; the server's own count when libpg_query cannot read a newer
/// grammar) and, by preparing it unnamed and describing it (PQprepare, PQdescribePrepared), the
/// types the server infers; where it cannot (`$1 * $2`), the types prepareTyped() gives. Preparing parse-analyses another role's statement: call it only on a
/// sandbox session inside runRolledBack(). Blocking; the session's thread.
ParameterDescription describeParameters(PgSession &sandbox, const QString &body);

/// "$2 was NULL: the plan may differ from real executions." (or "$1 and $3 were NULL: …");
/// empty when every parameter had a value. Any thread.
QString nullParametersNote(const QList<ExplainParameter> &parameters);

/// The numbers of the parameters bound to NULL. Any thread.
QList<int> nullParameterNumbers(const QList<ExplainParameter> &parameters);

/// "The server could not infer every parameter's type (…): $1, $2 typed integer, as a literal there
/// would be." (one clause per type given); empty when the server typed every parameter. Any thread.
QString givenTypesNote(const QList<ExplainParameter> &parameters);

} // namespace dbpulse
