#include "core/health/healththresholds.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <utility>

namespace dbpulse {

namespace {

// One table maps JSON keys to fields, so the docs, the parser and the defaults cannot drift apart.
const std::pair<const char *, double HealthThresholds::*> keys[] = {
    {"connections_warning_pct", &HealthThresholds::connectionsWarningPct},
    {"connections_critical_pct", &HealthThresholds::connectionsCriticalPct},
    {"idle_in_transaction_warning_s", &HealthThresholds::idleInTransactionWarningS},
    {"idle_in_transaction_critical_s", &HealthThresholds::idleInTransactionCriticalS},
    {"long_query_warning_s", &HealthThresholds::longQueryWarningS},
    {"long_query_critical_s", &HealthThresholds::longQueryCriticalS},
    {"lock_wait_warning_s", &HealthThresholds::lockWaitWarningS},
    {"lock_wait_critical_s", &HealthThresholds::lockWaitCriticalS},
    {"table_hit_warning_pct", &HealthThresholds::tableHitWarningPct},
    {"index_hit_warning_pct", &HealthThresholds::indexHitWarningPct},
    {"cache_min_blocks", &HealthThresholds::cacheMinBlocks},
    {"dead_tuple_warning_pct", &HealthThresholds::deadTupleWarningPct},
    {"dead_tuple_critical_pct", &HealthThresholds::deadTupleCriticalPct},
    {"dead_tuple_min_rows", &HealthThresholds::deadTupleMinRows},
    {"autovacuum_lag_hours", &HealthThresholds::autovacuumLagHours},
    {"bloat_warning_pct", &HealthThresholds::bloatWarningPct},
    {"bloat_min_bytes", &HealthThresholds::bloatMinBytes},
    {"bloat_measured_tables", &HealthThresholds::bloatMeasuredTables},
    {"xid_warning_pct", &HealthThresholds::xidWarningPct},
    {"xid_critical_pct", &HealthThresholds::xidCriticalPct},
    {"orphan_sample_rows", &HealthThresholds::orphanSampleRows},
    {"orphan_sample_pct", &HealthThresholds::orphanSamplePct},
    {"orphan_limit", &HealthThresholds::orphanLimit},
    {"orphan_budget_s", &HealthThresholds::orphanBudgetS},
    {"unused_index_min_days", &HealthThresholds::unusedIndexMinDays},
    {"shared_buffers_min_mb", &HealthThresholds::sharedBuffersMinMB},
    {"ram_mb", &HealthThresholds::ramMB},
    {"budget_simple_ms", &HealthThresholds::budgetSimpleMs},
    {"budget_complex_ms", &HealthThresholds::budgetComplexMs},
    {"budget_analytics_ms", &HealthThresholds::budgetAnalyticsMs},
    {"budget_bulk_ms", &HealthThresholds::budgetBulkMs},
    {"budget_min_calls", &HealthThresholds::budgetMinCalls},
    {"budget_sustained_intervals", &HealthThresholds::budgetSustainedIntervals},
    {"budget_window_intervals", &HealthThresholds::budgetWindowIntervals},
    {"budget_wait_samples", &HealthThresholds::budgetWaitSamples},
    {"budget_wait_interval_ms", &HealthThresholds::budgetWaitIntervalMs},
    {"freelist_warning_pct", &HealthThresholds::freelistWarningPct},
    {"check_timeout_ms", &HealthThresholds::checkTimeoutMs},
    {"lock_timeout_ms", &HealthThresholds::lockTimeoutMs},
};

} // namespace

bool HealthThresholds::loadFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("Doctor", "cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        *error = QCoreApplication::translate("Doctor", "%1 is not a JSON object: %2").arg(path, parseError.errorString());
        return false;
    }
    const QJsonObject object = doc.object();
    HealthThresholds loaded = *this;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() == QLatin1String("throwaway_cluster")) {
            if (!it.value().isBool()) {
                *error = QCoreApplication::translate("Doctor", "%1: \"throwaway_cluster\" needs true or false").arg(path);
                return false;
            }
            loaded.throwawayCluster = it.value().toBool();
            continue;
        }
        bool known = false;
        for (const auto &[key, field] : keys) {
            if (it.key() != QLatin1String(key))
                continue;
            known = true;
            if (!it.value().isDouble() || it.value().toDouble() < 0) {
                *error = QCoreApplication::translate("Doctor", "%1: \"%2\" needs a non-negative number").arg(path, it.key());
                return false;
            }
            loaded.*field = it.value().toDouble();
        }
        if (!known) {
            // A typo must not silently fall back to a default that hides a problem.
            *error = QCoreApplication::translate("Doctor", "%1: unknown threshold \"%2\"").arg(path, it.key());
            return false;
        }
    }
    if (loaded.budgetSustainedIntervals < 1 || loaded.budgetWindowIntervals < loaded.budgetSustainedIntervals) {
        // Otherwise no breach could ever count, silently.
        *error = QCoreApplication::translate("Doctor", "%1: \"budget_sustained_intervals\" needs 1 or more and at most \"budget_window_intervals\"").arg(path);
        return false;
    }
    if (loaded.budgetWaitSamples * loaded.budgetWaitIntervalMs > 60000) {
        // The samples are slept between, outside any statement_timeout: bound them here.
        *error = QCoreApplication::translate("Doctor", "%1: \"budget_wait_samples\" times \"budget_wait_interval_ms\" must stay within 60000 ms").arg(path);
        return false;
    }
    *this = loaded;
    return true;
}

} // namespace dbpulse
