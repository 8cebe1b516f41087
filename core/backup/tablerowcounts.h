#pragma once

#include <QMap>
#include <QString>

namespace dbpulse {

/// \brief One statement that counts the rows of every ordinary table the session may read, as
/// ("schema.table", count) rows — the keys pg_dump's verbose "dumping contents of table" lines use.
/// Extension members and system schemas are left out, as pg_dump leaves them out.
QString pgTableRowCountSql();

/// \brief Exact row counts of every table in the SQLite file \a path, opened read-only. Empty
/// with \a error set when it cannot be read. Worker threads only.
QMap<QString, qint64> sqliteTableRowCounts(const QString &path, QString *error);

} // namespace dbpulse
