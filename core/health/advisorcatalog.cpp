#include "core/health/advisorcatalog.h"

#include "core/advisor/catalogreader.h"
#include "core/health/checkcontext.h"

#include <QCoreApplication>

namespace dbpulse {

AdvisorCatalog::AdvisorCatalog(Target target, QString password, int connectTimeoutMs, int statementTimeoutMs,
                               const JobContext &context)
    : m_target(std::move(target))
    , m_password(std::move(password))
    , m_connectTimeoutMs(connectTimeoutMs)
    , m_statementTimeoutMs(statementTimeoutMs)
    , m_context(context)
{
}

AdvisorCatalog::~AdvisorCatalog()
{
    m_interrupt.reset(); // before the session it cancels
}

const CatalogSnapshot &AdvisorCatalog::snapshot()
{
    if (m_snapshot)
        return *m_snapshot;
    if (m_error.isEmpty()) {
        auto session = std::make_unique<CatalogReader>();
        if (!session->open(m_target, m_password, m_connectTimeoutMs, m_statementTimeoutMs, m_context)) {
            m_error = session->error();
        } else {
            m_session = std::move(session);
            m_interrupt = std::make_unique<InterruptGuard>(m_context, *m_session->session());
            auto snapshot = std::make_unique<CatalogSnapshot>();
            if (loadCatalog(*m_session, snapshot.get(), &m_error))
                m_snapshot = std::move(snapshot);
        }
    }
    if (!m_snapshot)
        throw CheckFailure{QString(), QCoreApplication::translate("Doctor", "index advisor: %1").arg(m_error)};
    return *m_snapshot;
}

const DropAdvice &AdvisorCatalog::dropAdvice(const UnusedPolicy &policy)
{
    const CatalogSnapshot &catalog = snapshot();
    if (!m_dropAdvice || m_dropAdvice->first.maxScans != policy.maxScans
        || m_dropAdvice->first.minWindowS != policy.minWindowS)
        m_dropAdvice.emplace(policy, findDropAdvice(catalog, policy));
    return m_dropAdvice->second;
}

CatalogReader &AdvisorCatalog::session()
{
    return *m_session;
}

} // namespace dbpulse
