#pragma once

#include "core/db/target.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace dbpulse::test {

/// Runs \a sql (several statements) on \a uri; false with a warning on error.
bool execSql(const QString &uri, const QString &sql);
/// First column of the first row, or empty.
QString queryValue(const QString &uri, const QString &sql);
/// Creates database \a name (dropping it first) on the cluster reached by \a adminUri and loads the
/// backup test dataset: several schemas, jsonb, bytea, arrays, non-ASCII text, sequences, views,
/// functions and large objects. \a bigRows adds a table with that many ~330-byte rows.
bool createDataset(const QString &adminUri, const QString &uriOfNewDb, const QString &name, int bigRows = 0);
/// "what → md5/definition" over every table's ordered rows, sequences (parameters, last_value,
/// is_called), indexes, constraints, column defaults, views, functions, triggers and large objects.
QMap<QString, QString> fingerprint(const QString &uri);
bool databaseExists(const QString &adminUri, const QString &name);
/// The target of a URI the test built itself (so known to parse).
Target pgTarget(const QString &uri);
/// Copies a backup folder (files and subfolders) so a test can damage the copy.
bool copyTree(const QString &from, const QString &to);

} // namespace dbpulse::test
