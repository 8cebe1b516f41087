#include "core/advisor/indexadvisor.h"

#include "core/advisor/advisorlogging.h"
#include "core/advisor/catalogreader.h"
#include "core/advisor/catalogrules.h"
#include "core/advisor/missingindexrule.h"
#include "core/db/sandbox.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <optional>

namespace dbpulse {

QString AdvisorReport::describeRun() const
{
    const QString at = formatWindowTime(analyzedAt);
    if (!usage.isKnown())
        return QCoreApplication::translate("Advisor", "Analyzed %1.").arg(at);
    if (unusedMinWindowS < 0)
        return QCoreApplication::translate("Advisor", "Analyzed %1; index scan counters cover the %2.").arg(at, usage.describe());
    return (unusedJudged ? QCoreApplication::translate("Advisor", "Analyzed %1; index scan counters cover the %2 (unused indexes judged: %3 or more needed).")
                         : QCoreApplication::translate("Advisor", "Analyzed %1; index scan counters cover the %2 (too short to judge unused indexes: %3 needed)."))
        .arg(at, usage.describe(), formatWindowLength(unusedMinWindowS));
}

QJsonObject AdvisorReport::toJson() const
{
    QJsonArray advice;
    for (const IndexRecommendation &r : recommendations)
        advice << r.toJson();
    return {{QStringLiteral("analyzed_at"), analyzedAt.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("usage_window"), usage.isKnown() ? QJsonValue(usage.toJson()) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("unused_min_window_s"),
             unusedMinWindowS >= 0 ? QJsonValue(double(unusedMinWindowS)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("unused_judged"), unusedJudged},
            {QStringLiteral("notes"), QJsonArray::fromStringList(notes)},
            {QStringLiteral("recommendations"), advice}};
}

AdvisorReport analyzeIndexes(const Target &target, const QString &password, const AdvisorOptions &options,
                             const JobContext &context)
{
    AdvisorReport report;
    report.analyzedAt = QDateTime::currentDateTimeUtc();
    QElapsedTimer clock;
    clock.start();
    CatalogReader session;
    if (!session.open(target, password, options.connectTimeoutMs, options.statementTimeoutMs, context)) {
        report.error = session.error();
        return report;
    }
    const InterruptGuard interruptCatalog(context, *session.session());
    report.connected = true;

    CatalogSnapshot catalog;
    if (!loadCatalog(session, &catalog, &report.error))
        return report;

    IndexRecommendations &out = report.recommendations;
    // One recommendation per index, reconciled so that following all of it never leaves a used
    // index's lookups without the index that was said to serve them (droprules.h).
    report.usage = catalog.usage;
    report.unusedMinWindowS = options.unusedMinWindowS;
    const DropAdvice drops = findDropAdvice(catalog, UnusedPolicy{options.unusedMaxScans, options.unusedMinWindowS});
    report.unusedJudged = drops.unusedJudged;
    report.notes += drops.notes;
    out += drops.recommendations;
    out += findUnindexedForeignKeys(catalog);
    // Reindexing an index that is advised away helps nobody.
    QList<qint64> skip;
    for (const IndexRecommendation &r : drops.recommendations)
        skip << r.indexOid;
    out += findBloatedIndexes(session, catalog, options.bloatMinBytes, skip);
    if (!catalog.pgstattuple)
        report.notes << QCoreApplication::translate("Advisor", "pgstattuple is not installed: index bloat is estimated from statistics.");
    if (context.isCancelled()) {
        report.error = QStringLiteral("cancelled");
        return report;
    }
    // Statements other roles ran are planned only as the powerless sandbox role.
    SessionOptions sandboxOptions = sessionDefaults(SessionPurpose::Sandbox);
    sandboxOptions.connectTimeoutMs = options.connectTimeoutMs;
    sandboxOptions.statementTimeoutMs = options.statementTimeoutMs;
    QString noSandbox;
    const std::unique_ptr<PgSession> planner =
        openSandbox(target.conninfo, context.cancellableConnect(sandboxOptions), &noSandbox);
    report.sandboxMissing = !planner;
    std::optional<InterruptGuard> interruptPlanner;
    if (planner)
        interruptPlanner.emplace(context, *planner);
    out += findMissingIndexes(session, planner.get(), noSandbox, catalog, options.missing, &report.notes, context);
    if (context.isCancelled()) {
        report.error = QStringLiteral("cancelled");
        return report;
    }
    sortRecommendations(out);
    qCInfo(lcAdvisor) << "index analysis:" << out.size() << "recommendations in" << clock.elapsed() << "ms";
    return report;
}

} // namespace dbpulse
