#pragma once

#include "core/advisor/catalogrules.h"
#include "core/advisor/droprules.h"
#include "core/db/target.h"
#include "core/jobs/jobcontext.h"

#include <QString>
#include <memory>
#include <optional>
#include <utility>

namespace dbpulse {

class CatalogReader;

/// \brief The index advisor's catalog snapshot for the doctor's index checks (unused, duplicate,
/// bloat): read once per run, on the advisor's own session, opened on first use so a run without
/// those checks never connects twice. A failure is remembered, so the checks after the first do
/// not wait for it again. Cancelling the run's context ends its connect or running statement.
/// Lives on the doctor's thread.
class AdvisorCatalog
{
public:
    /// \a statementTimeoutMs bounds each statement of the advisor's session, the catalog read
    /// (one query over every index) included.
    AdvisorCatalog(Target target, QString password, int connectTimeoutMs, int statementTimeoutMs,
                   const JobContext &context);
    ~AdvisorCatalog();
    AdvisorCatalog(const AdvisorCatalog &) = delete;
    AdvisorCatalog &operator=(const AdvisorCatalog &) = delete;

    /// Opens the session and reads the catalog on the first call. Throws CheckFailure when either
    /// fails (then and on every later call).
    const CatalogSnapshot &snapshot();
    /// The index advisor's drop advice over the snapshot (unused, duplicate, redundant, invalid),
    /// reconciled exactly as the Indexes page and `dbpulse-cli indexes` reconcile it, so the doctor
    /// and the advisor never disagree about an index. Computed once per policy; throws as snapshot().
    const DropAdvice &dropAdvice(const UnusedPolicy &policy);
    /// The session the snapshot was read on (findBloatedIndexes measures with it); call snapshot() first.
    CatalogReader &session();

private:
    Target m_target;
    QString m_password;
    int m_connectTimeoutMs;
    int m_statementTimeoutMs;
    QString m_error;  ///< why the snapshot could not be read; empty until then
    JobContext m_context;
    std::unique_ptr<CatalogReader> m_session;
    std::unique_ptr<InterruptGuard> m_interrupt; ///< registers m_session with the run's context
    std::unique_ptr<CatalogSnapshot> m_snapshot;
    std::optional<std::pair<UnusedPolicy, DropAdvice>> m_dropAdvice;
};

} // namespace dbpulse
