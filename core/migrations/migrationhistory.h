#pragma once

#include "core/migrations/migration.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <optional>

namespace dbpulse {

class MigrationDatabase;

/// \brief One migration the database says is applied.
struct AppliedMigration
{
    QString key;          ///< version, or "R:" + description for repeatables
    QString version;
    QString description;
    QString script;
    QString sha256;       ///< empty when unknown (applied by dbmate or Flyway itself)
    std::optional<qint32> flywayChecksum;
    QString appliedAt;
};

/// \brief The history table of one layout, kept exactly as that tool writes it, plus our checksum
/// table where the layout has no checksum of its own. Used on the runner's thread only.
///
/// dbmate: schema_migrations(version varchar(128) primary key) — dbmate's own DDL.
/// Flyway: flyway_schema_history with Flyway's columns; an undo appends an UNDO_SQL row.
/// native: dbpulse_schema_history.
/// SHA-256 checksums for dbmate and Flyway go to dbpulse_migration_checksums.
class MigrationHistory
{
public:
    MigrationHistory(MigrationDatabase &db, MigrationStyle style);

    QString tableName() const;
    /// True when the history table exists; status and validate never create it.
    bool exists(bool *exists, QString *error);
    bool ensureTables(QString *error);
    /// Applied migrations, oldest first. An absent table means none.
    bool load(QList<AppliedMigration> *applied, QString *error);
    /// Both run inside the migration's transaction (when it has one), so history commits with it.
    bool recordApplied(const Migration &m, qint64 executionMs, QString *error);
    bool recordUndone(const Migration &m, qint64 executionMs, QString *error);

private:
    bool run(const QString &sql, const QVariantList &params, QString *error);
    bool tableExists(const QString &name, bool *exists, QString *error);
    /// \a table as our SQL names it (schema-qualified on PostgreSQL).
    QString sqlName(const QString &table) const;
    bool recordChecksum(const Migration &m, QString *error);
    /// Our own checksums of dbmate/Flyway migrations: history key → (sha256, applied_at).
    using Checksums = QHash<QString, QPair<QString, QString>>;
    bool loadChecksums(Checksums *sums, QString *error);
    bool loadDbmate(const Checksums &sums, QList<AppliedMigration> *applied, QString *error);
    bool loadFlyway(const Checksums &sums, QList<AppliedMigration> *applied, QString *error);
    bool loadNative(QList<AppliedMigration> *applied, QString *error);

    MigrationDatabase &m_db;
    MigrationStyle m_style;
};

} // namespace dbpulse
