#pragma once

#include <QString>

namespace dbpulse {

/// \brief Writes the demo shop (customers, products, orders, order_items, payments; a few
/// thousand rows) into a new SQLite file at \a filePath through QtSql's QSQLITE driver — the
/// demo for machines without PostgreSQL server binaries. Blocking; any thread (it uses its own
/// uniquely named connection and removes it). Fails if the file already exists.
bool createSqliteDemo(const QString &filePath, QString *error);

} // namespace dbpulse
