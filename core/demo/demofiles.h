#pragma once

#include <QString>

namespace dbpulse {

/// \brief Where the demo keeps what its Migrations and Backups pages work on: both folders
/// inside the demo's own private folder, deleted with it.
struct DemoFolders
{
    QString migrations; ///< three pending dbmate migrations for the demo shop
    QString backups;    ///< the demo's backup destination
};

/// Creates \a root/migrations (dbmate layout: `VERSION_name.sql` with `-- migrate:up` and
/// `-- migrate:down`) and an empty \a root/backups, both private to the user. Blocking, any thread.
bool writeDemoFolders(const QString &root, DemoFolders *folders, QString *error);

} // namespace dbpulse
