#pragma once

#include <QStringList>

namespace dbpulse::cli {

/// `dbpulse-cli indexes TARGET [--format table|json]`: index advice for a PostgreSQL database.
/// Exit 0 with advice printed (none is fine), 1 when the analysis failed, 2 bad arguments, 3 no connection.
int runIndexesCommand(const QStringList &arguments);

} // namespace dbpulse::cli
