#pragma once

#include <QList>
#include <QString>

namespace dbpulse {

class PgSession;

/// \brief A statement prepared in the sandbox, and the parameter types DB Pulse had to give it.
struct TypedPrepare
{
    bool ok = false;
    int parameterCount = 0;              ///< as the server describes the prepared statement
    QList<unsigned int> givenTypes;      ///< per $n, the type DB Pulse gave it; 0: the server inferred it
    QList<unsigned int> describedTypes;  ///< per $n, the type the server settled on
    QString error;                       ///< the server's message when !ok
    /// At least one parameter was typed by DB Pulse, not by the statement.
    bool typedByUs() const;
};

/// Prepares \a sql as protocol-level statement \a name (empty: the unnamed one, which the next query
/// replaces: only its description is kept) through \a sandbox, inside its open transaction
/// (runRolledBack()), and describes it. Nothing is executed, and the text is sent as it is: types
/// travel beside it (PQprepare's paramTypes).
///
/// pg_stat_statements writes the constants of `rental_id = 5 * 37` as `rental_id = $1 * $2`, which
/// the server cannot type ("operator is not unique: unknown * unknown"). The statement ran because
/// those constants were numeric literals, so when the server names an operator it could not
/// resolve, that operator's bare parameter operands are typed as an integer literal is and the
/// statement is prepared again, each attempt in a savepoint — taken only when the parser finds
/// such an operand (parametersMayNeedTypes()), so other statements cost no extra round trip. Only
/// those: a parameter the server can type stays the server's. A parameter nothing types ("could
/// not determine data type of parameter $3", as in `$3 IS NULL`) becomes text.
/// \a knownTypes: types found by an earlier call for the same text, given from the start.
/// Blocking; the session's thread.
TypedPrepare prepareTyped(PgSession &sandbox, const QString &name, const QString &sql,
                          const QList<unsigned int> &knownTypes = {});

} // namespace dbpulse
