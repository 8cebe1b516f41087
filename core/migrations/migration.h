#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace dbpulse {

/// \brief Which tool's file layout and history table a migrations directory follows.
enum class MigrationStyle { Auto, Dbmate, Flyway, Native };

QString migrationStyleName(MigrationStyle style);
/// Parses "auto", "dbmate", "flyway" or "native"; returns false for anything else.
bool parseMigrationStyle(const QString &text, MigrationStyle *style);

/// \brief One SQL statement cut out of a migration section, with the file line it starts on.
/// (Not core/sql's SqlStatement, which is libpg_query's view of a statement.)
struct SplitStatement
{
    QString sql;       ///< as sent, leading comments included (server positions refer to this)
    int startLine = 1; ///< file line of sql's first character
    int firstTokenLine = 1; ///< file line of the first non-blank, non-comment character
    /// PostgreSQL only: set when the statement is top-level transaction control that ends or
    /// starts a transaction ("COMMIT", "END", "BEGIN", "PREPARE TRANSACTION" …): the statement's
    /// own leading words. Empty otherwise (SAVEPOINT, RELEASE and ROLLBACK TO stay inside the
    /// transaction and are not flagged).
    QString transactionControl;
    /// PostgreSQL only: the statement's leading words when PostgreSQL refuses to run it inside a
    /// transaction block ("CREATE INDEX CONCURRENTLY …", "VACUUM …"); empty otherwise.
    QString outsideTransactionOnly;
};

/// \brief One migration as read from disk: its up SQL and, when there is one, its down/undo SQL. Value type.
struct Migration
{
    enum class Kind { Versioned, Repeatable };
    Kind kind = Kind::Versioned;
    QString version;        ///< normalised ("20240101120000", "1.2"); empty for repeatables
    QString description;
    QString fileName;       ///< the up script (dbmate file, Flyway V/R file)
    QString downFileName;   ///< dbmate: same file; Flyway/native: the U file; empty when none
    QString upSql;
    int upLine = 1;         ///< file line where upSql starts
    QString downSql;
    int downLine = 1;
    bool hasDown = false;
    bool upTransactional = true;   ///< false: "transaction:false" / executeInTransaction=false
    bool downTransactional = true;
    QString sha256;         ///< hex SHA-256 of the up file's bytes
    qint32 flywayChecksum = 0; ///< Flyway's CRC32 over the up file's lines

    bool isRepeatable() const { return kind == Kind::Repeatable; }
    /// Key in history tables: the version, or "R:" + description for repeatables.
    QString historyKey() const;
};

/// \brief Compares two normalised versions numerically component by component ("1.10" > "1.9"). Any thread.
int compareVersions(const QString &a, const QString &b);

/// \brief Cuts SQL into statements at top-level semicolons (strings, quoted identifiers, comments and
/// dollar quotes respected). Statements that hold only blanks and comments are dropped. Used for
/// SQLite, whose grammar libpg_query does not know; PostgreSQL migrations use
/// parsePostgresStatements(). Any thread.
QList<SplitStatement> splitSqlStatements(const QString &sql, int firstLine = 1);

/// \brief Splits and classifies a PostgreSQL migration section with PostgreSQL's own parser
/// (libpg_query), so statement boundaries are exactly the server's. \a file and \a firstLine
/// (the file line \a sql starts on) only shape the error: false with \a error
/// "FILE:LINE: ERROR: <parser message>" when the text does not parse. Any thread.
bool parsePostgresStatements(const QString &file, const QString &sql, int firstLine, QList<SplitStatement> *out, QString *error);

} // namespace dbpulse
