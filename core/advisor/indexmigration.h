#pragma once

#include "core/advisor/indexrecommendation.h"
#include "core/migrations/migration.h"

#include <QStringList>

namespace dbpulse {

/// \brief Files written by writeIndexMigration(). Value type.
struct IndexMigrationFiles
{
    QString error;     ///< set when nothing usable was written
    QStringList paths; ///< the migration, and for Flyway/native layouts its .conf
    QString version;
};

/// \brief Saves \a rec's DDL as the next migration of \a dir in that folder's layout (\a style Auto:
/// detected from the file names; an empty folder gets dbmate's). The version follows the highest
/// existing one. Statements that cannot run in a transaction (CONCURRENTLY) get the layout's marker:
/// dbmate's "-- migrate:up transaction:false", Flyway's "executeInTransaction=false" .conf file.
/// Blocking disk I/O (small files): any thread; never overwrites an existing file.
IndexMigrationFiles writeIndexMigration(const QString &dir, MigrationStyle style, const IndexRecommendation &rec);

} // namespace dbpulse
