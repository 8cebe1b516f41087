// Drives a real MetricsCollector from a test: open its monitor connection, then refresh until a
// refresh has read pg_stat_statements (refreshes on the cheap cadence repeat the last read).
#pragma once

#include <QString>

namespace dbpulse {
class MetricsCollector;
class PgConnection;
struct MetricsSample;
} // namespace dbpulse

namespace dbpulse::test {

/// Opens \a connection on \a uri; false when it did not open within 10 s.
bool openMonitorConnection(PgConnection &connection, const QString &uri);

/// Refreshes until one refresh read statements, into \a out. False when a refresh failed, timed
/// out, or pg_stat_statements could not be read.
bool collectFreshStatements(MetricsCollector &collector, MetricsSample *out);

} // namespace dbpulse::test
