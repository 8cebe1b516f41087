#include "core/advisor/indexadvisor.h"

#include "core/advisor/advisorlogging.h"
#include "core/advisor/catalogreader.h"
#include "core/advisor/catalogrules.h"
#include "core/advisor/missingindexrule.h"
#include "core/db/sandbox.h"

#include <QElapsedTimer>
#include <QSet>
#include <optional>

namespace dbpulse {

AdvisorReport analyzeIndexes(const Target &target, const QString &password, const AdvisorOptions &options,
                             const JobContext &context)
{
    AdvisorReport report;
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
    // One recommendation per index: an index already advised for dropping is not reported again as
    // a duplicate, unused or bloated. Redundant goes before duplicate, so twins that a longer index
    // covers are both "redundant" rather than one a duplicate of a twin that goes too.
    QSet<QString> dropped;
    const auto addOnce = [&](const IndexRecommendations &list) {
        for (const IndexRecommendation &r : list) {
            if (!dropped.contains(r.schema + QChar(0x1f) + r.index)) {
                dropped << r.schema + QChar(0x1f) + r.index;
                out << r;
            }
        }
    };
    addOnce(findInvalidIndexes(catalog));
    addOnce(findRedundantIndexes(catalog, options.unusedMaxScans));
    addOnce(findDuplicateIndexes(catalog));
    addOnce(findUnusedIndexes(catalog, options.unusedMaxScans));
    out += findUnindexedForeignKeys(catalog);
    QList<qint64> skip;
    for (const IndexInfo &i : std::as_const(catalog.indexes)) {
        if (dropped.contains(i.schema + QChar(0x1f) + i.name))
            skip << i.oid;
    }
    out += findBloatedIndexes(session, catalog, options.bloatMinBytes, skip);
    if (!catalog.pgstattuple)
        report.notes << QStringLiteral("pgstattuple is not installed: index bloat is estimated from statistics.");
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
