#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace dbpulse {

/// \brief One top-level statement of a SQL text, as PostgreSQL's own parser (libpg_query) sees it.
struct SqlStatement
{
    QString text;     ///< the statement, without the separating semicolon
    int offset = 0;   ///< in characters, into the parsed text
    int line = 1;     ///< 1-based line of its first character (leading whitespace and comments skipped)
    QString nodeType; ///< the parse tree's top node: "SelectStmt", "TransactionStmt", "CreateStmt" …
    /// For a TransactionStmt, its kind as libpg_query names it: "TRANS_STMT_COMMIT",
    /// "TRANS_STMT_BEGIN", "TRANS_STMT_RELEASE", "TRANS_STMT_PREPARE" …; empty otherwise.
    QString transactionKind;
    /// Set when PostgreSQL refuses to run the statement inside a transaction block (CREATE/DROP
    /// INDEX CONCURRENTLY, REINDEX … CONCURRENTLY, REINDEX SCHEMA/SYSTEM/DATABASE, VACUUM, CREATE/DROP DATABASE, ALTER SYSTEM,
    /// CREATE/DROP TABLESPACE, … DETACH PARTITION … CONCURRENTLY, CLUSTER without a table).
    bool outsideTransactionOnly = false;
};

/// \brief The statements of a text, or the parser's error with the line it points at.
struct SqlParse
{
    bool ok = false;
    QList<SqlStatement> statements;
    QString error; ///< "syntax error at or near "x"" when !ok
    int errorLine = 0;
};

/// Splits and classifies \a sql with PostgreSQL 15's grammar (libpg_query). Comments, strings,
/// dollar quotes and function bodies are handled as the server handles them. Any thread.
SqlParse parseSql(const QString &sql);

/// \a sql with every literal replaced by $n, as pg_stat_statements shows statements; for reports
/// and exports, so a password or personal data in a statement's text is never shared. A text the
/// parser cannot read is withheld entirely (a short placeholder says so). Any thread.
QString normalizeSql(const QString &sql);

/// \brief The parameters ($1, $2 …) a statement refers to, as PostgreSQL's parser sees them.
struct SqlParameters
{
    bool ok = false;
    /// The highest $n: the server expects this many values (a $n left out in between still
    /// takes one). 0 when the statement has none.
    int count = 0;
    QString error; ///< the parser's message when !ok
};

/// The parameter references ($n) of \a sql, read from libpg_query's parse tree: a "$1" inside a
/// string, a dollar-quoted body or a comment is not one. Any thread.
SqlParameters sqlParameters(const QString &sql);

/// The parameters that are bare operands ($n, not cast) of the operator expression written at
/// \a position of \a sql: a 1-based count of characters (code points), as the server reports where
/// an error is. For "$1 * $2" at the "*", {1, 2}; for "col + $3" at the "+", {3}; empty when no
/// operator expression is written there or the text does not parse. The advisor types these
/// when the server cannot ("operator is not unique: unknown * unknown"). Any thread.
QList<int> operatorParameters(const QString &sql, int position);

/// True when a parameter of \a sql may be one the server cannot type alone: a bare $n operand of an
/// operator other than a comparison ("$1 * $2", "d + $1", "-$1") or tested with IS [NOT] NULL;
/// also true when the text does not parse (nothing can be ruled out). Lets a caller skip the
/// savepoint it needs only to retry with types. Any thread.
bool parametersMayNeedTypes(const QString &sql);

/// \a sql as PostgreSQL's deparser (libpg_query) writes it back from its parse tree, or nullopt
/// when the text does not parse. The typed parameters pg_stat_statements leaves where a typed
/// literal was ("interval $1", "timestamp with time zone $2", "myschema.mytype $3") come back as
/// casts ("$1::interval"), which the server's parser accepts; comments are dropped. Any thread.
std::optional<QString> deparsedSql(const QString &sql);

} // namespace dbpulse
