#pragma once

#include <QString>

namespace dbpulse {

/// \brief The SQL of one metrics refresh (server; statements, not on every refresh and again in
/// full after a reset; and, only when new statements appear, their texts). Every text starts with
/// the marker comment so DB Pulse can recognise and leave out its own statements. Any thread.
namespace MetricsQueries {

/// Marker every monitoring statement starts with.
QString marker();
/// Activity, pg_stat_database totals, statio, blocking tree and replication in one row; its
/// statements_schema column is pg_stat_statements' schema, quoted (NULL: not installed here).
QString server();
/// pg_stat_statements' quoted schema (one row), or no row when it is not created here.
QString statementsSchema();
/// pg_stat_statements_info and the counters (no query text) of every entry whose calls differ
/// from the ones the client sends as $1 queryids, $2 userids, $3 dbids, $4 calls (array literals;
/// all four empty: every entry), in one result. \a schema is pg_stat_statements' quoted schema:
/// monitoring sessions search only pg_catalog, so every extension object is named with its schema.
QString statements(const QString &schema);
/// Texts of the queryids in $1 (a bigint[] literal), cut at \a maxChars characters.
QString statementTexts(int maxChars, const QString &schema);

} // namespace MetricsQueries

} // namespace dbpulse
