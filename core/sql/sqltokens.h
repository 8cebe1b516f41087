#pragma once

#include <QList>
#include <QString>

namespace dbpulse {

/// \brief One token of a SQL text as PostgreSQL's own scanner (libpg_query) reads it.
struct SqlToken
{
    /// The scanner's token number (pg_query.proto's enum Token): a character such as '(' or ','
    /// is its own code; the named ones below are the few callers look at.
    enum Kind : int {
        Identifier = 258, ///< IDENT: a plain or a "quoted" identifier
        StringConstant = 261, ///< SCONST: '…', E'…', $tag$…$tag$
        Parameter = 267, ///< PARAM: $n
        SqlComment = 275, ///< -- …
        CComment = 276, ///< /* … */
    };
    int kind = 0;
    bool keyword = false; ///< a keyword of the grammar (reserved or not); never a quoted name
    QString text; ///< as written; a keyword upper-cased
};

/// \brief The tokens of a text, or the scanner's error.
struct SqlTokens
{
    bool ok = false;
    /// Every token up to the end or, when the text ends inside a string, a quoted name or a
    /// comment (a text cut short), up to where that unfinished token starts.
    QList<SqlToken> tokens;
    bool cutShort = false; ///< the text ends inside an unfinished token
    QString error;         ///< the scanner's message when !ok
};

/// Reads \a sql with PostgreSQL 15's scanner: a keyword inside a string, a dollar-quoted body,
/// a comment or a "quoted name" is not a keyword. Unlike the parser it needs no whole statement,
/// so it reads a text cut short. Any thread.
SqlTokens sqlTokens(const QString &sql);

} // namespace dbpulse
