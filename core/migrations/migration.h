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
struct SqlStatement
{
    QString sql;       ///< as written, leading comments included (server positions refer to this)
    int startLine = 1; ///< file line of sql's first character
    int firstTokenLine = 1; ///< file line of the first non-blank, non-comment character
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
/// dollar quotes respected). Statements that hold only blanks and comments are dropped. Any thread.
QList<SqlStatement> splitSqlStatements(const QString &sql, int firstLine = 1);

} // namespace dbpulse
