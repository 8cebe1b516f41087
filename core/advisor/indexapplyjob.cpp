#include "core/advisor/indexapplyjob.h"

#include <QCoreApplication>

namespace dbpulse {

IndexApplyJob::IndexApplyJob(IndexRecommendation rec, Target target, QString password, QObject *parent)
    : Job(parent)
    , m_rec(std::move(rec))
    , m_target(std::move(target))
    , m_password(std::move(password))
{
}

IndexApplyJob::~IndexApplyJob()
{
    waitForWorker(); // the work writes m_outcome; the cancel stops the statement on the server
}

bool IndexApplyJob::buildsIndex(const QString &ddl)
{
    const QString t = ddl.trimmed();
    return t.startsWith(QLatin1String("CREATE"), Qt::CaseInsensitive) || t.startsWith(QLatin1String("REINDEX"), Qt::CaseInsensitive);
}

void IndexApplyJob::doStart()
{
    runWorker([this](const JobContext &ctx) { return run(ctx); });
}

QString IndexApplyJob::run(const JobContext &ctx)
{
    if (!m_rec.queryIds.isEmpty()) {
        ctx.reportProgress(-1, QCoreApplication::translate("Advisor", "Reading the affected statements' latency before the change"));
        QString error; // an unreadable baseline only loses the comparison; the outcome says so
        m_outcome.baseline = captureIndexBaseline(m_rec, m_target, m_password, &error);
    }
    if (ctx.isCancelled())
        return QCoreApplication::translate("Advisor", "cancelled before the statement was sent");

    StatementJobRequest request = indexApplyRequest(m_rec, m_target, m_password);
    if (!buildsIndex(m_rec.ddl))
        request.progressSql.clear();
    ctx.reportProgress(-1, request.description);
    const StatementOutcome statement = runStatement(request, ctx);
    m_connectFailed = statement.connectFailed;
    if (statement.error.isEmpty()) {
        m_outcome.commandStatus = statement.commandStatus;
        if (!m_outcome.baseline.statements.isEmpty())
            AppliedIndexStore().add(m_outcome.baseline, &m_outcome.recordError);
        return QString();
    }
    // A failed concurrent build leaves an invalid index that every write still maintains.
    if (!statement.connectFailed && buildsIndex(m_rec.ddl)
        && m_rec.ddl.contains(QLatin1String("CONCURRENTLY"), Qt::CaseInsensitive))
        m_outcome.leftovers = findIndexLeftovers(m_rec, m_target, m_password);
    return statement.error;
}

} // namespace dbpulse
