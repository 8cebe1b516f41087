#pragma once

namespace dbpulse {

/// \brief How often a refresh reads pg_stat_statements. Pure functions, any thread.
///
/// Everything but the statements is read every refresh; on a server with thousands of entries the
/// statements query alone can cost more than a refresh may (serverBudgetMs). Then statements are
/// read every k-th refresh only, the smallest k that keeps the server time per refresh within the
/// budget (aiming at aimShare of it, as one read costs more than the next), capped so statement
/// values are never older than maxEvery refreshes. The statements
/// read may always use at least minStatementsShare of the budget: when the rest of the refresh
/// costs more (a slow moment of the server), reading cheap statements less often would save
/// nothing worth their freshness.
namespace StatementsCadence {

/// Server execution time our queries may cost per refresh (issue 3's goal).
constexpr double serverBudgetMs = 5.0;
/// Statements are read at least every maxEvery-th refresh, whatever it costs.
constexpr int maxEvery = 10;
/// Share of the budget aimed at: half, so that a busy moment (the same queries can take three
/// times as long on a loaded machine) stays within the budget, and DB Pulse costs the server at
/// most half what pg_activity does on the same workload (issue 16).
constexpr double aimShare = 0.5;
/// Share of the budget one statements read may use per refresh, whatever the rest costs.
constexpr double minStatementsShare = 0.3;

/// Reads statements every k-th refresh: the smallest k ≥ 1 with
/// \a statementsMs / k ≤ max(aimShare · \a budgetMs − \a perRefreshMs, minStatementsShare · \a budgetMs),
/// at most \a cap. \a perRefreshMs is what every refresh costs (the server query), \a statementsMs
/// what one statements read costs, both server execution times.
int every(double perRefreshMs, double statementsMs, double budgetMs = serverBudgetMs, int cap = maxEvery);

/// Share of the budget the texts of new statements may use per refresh, on average. A text read
/// scans every entry and the query text file (pg_stat_statements(true)): several times a
/// statements read, whether one text is asked for or two hundred.
constexpr double textsShare = 0.1;
/// New statements wait at most this many refreshes for their texts (their query class, so their
/// budget); their figures are shown at once.
constexpr int maxTextsWait = 60;

/// Refreshes to wait after a text read that cost \a textsMs before the next one: the smallest
/// k ≥ 1 with \a textsMs / k ≤ textsShare · \a budgetMs, at most maxTextsWait. New statements
/// seen meanwhile are read together.
int textsWait(double textsMs, double budgetMs = serverBudgetMs);

} // namespace StatementsCadence

} // namespace dbpulse
