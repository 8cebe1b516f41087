#include "demofiles.h"

#include "core/io/privatefiles.h"

#include <QDir>

namespace dbpulse {

namespace {

struct SampleMigration
{
    const char *file;
    const char *sql;
};

// Small, reversible changes to the demo shop, each a dry run and a rollback apart. The second
// runs outside a transaction (dbmate's transaction:false), as CREATE INDEX CONCURRENTLY must; it
// indexes the foreign key the advisor reports as unindexed on the demo.
constexpr SampleMigration kMigrations[] = {
    {"20260101090000_add_order_notes.sql",
     "-- migrate:up\n"
     "ALTER TABLE orders ADD COLUMN notes text;\n"
     "\n"
     "-- migrate:down\n"
     "ALTER TABLE orders DROP COLUMN notes;\n"},
    {"20260102090000_index_payments_order_id.sql",
     "-- migrate:up transaction:false\n"
     "CREATE INDEX CONCURRENTLY IF NOT EXISTS payments_order_id_idx ON payments (order_id);\n"
     "\n"
     "-- migrate:down transaction:false\n"
     "DROP INDEX CONCURRENTLY IF EXISTS payments_order_id_idx;\n"},
    {"20260103090000_customer_tier.sql",
     "-- migrate:up\n"
     "ALTER TABLE customers ADD COLUMN tier text NOT NULL DEFAULT 'standard'\n"
     "    CONSTRAINT customers_tier_check CHECK (tier IN ('standard', 'gold'));\n"
     "\n"
     "-- migrate:down\n"
     "ALTER TABLE customers DROP COLUMN tier;\n"},
};

} // namespace

bool writeDemoFolders(const QString &root, DemoFolders *folders, QString *error)
{
    const QDir dir(root);
    const QString migrations = dir.filePath(QStringLiteral("migrations"));
    const QString backups = dir.filePath(QStringLiteral("backups"));
    if (!makePrivateDirectory(migrations, error) || !makePrivateDirectory(backups, error))
        return false;
    for (const SampleMigration &m : kMigrations) {
        if (!writePrivateFile(QDir(migrations).filePath(QLatin1String(m.file)), QByteArray(m.sql), error))
            return false;
    }
    folders->migrations = migrations;
    folders->backups = backups;
    return true;
}

} // namespace dbpulse
