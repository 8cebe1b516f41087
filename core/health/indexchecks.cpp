// Index checks: unused and duplicate indexes, exactly as the index advisor's catalog rules find
// them (core/advisor), so `doctor` and `indexes` never disagree about an index.
#include "core/advisor/catalogrules.h"
#include "core/health/checkcontext.h"
#include "core/io/datasize.h"

#include <algorithm>

namespace dbpulse {

namespace {

// A report with thousands of rows helps nobody on call: the largest are listed, the rest counted.
constexpr int maxListed = 50;

void listLargestFirst(CheckContext &ctx, IndexRecommendations advice, const std::function<void(const IndexRecommendation &)> &add,
                      const QString &whatMore)
{
    std::sort(advice.begin(), advice.end(),
              [](const IndexRecommendation &a, const IndexRecommendation &b) { return a.bytes > b.bytes; });
    for (int i = 0; i < advice.size() && i < maxListed; ++i)
        add(advice.at(i));
    if (advice.size() > maxListed)
        ctx.add(Severity::Info, QStringLiteral("%1 more").arg(advice.size() - maxListed),
                QStringLiteral("%1 more %2, smaller than those listed (dbpulse-cli indexes lists all)")
                    .arg(advice.size() - maxListed).arg(whatMore));
}

void unusedIndexes(CheckContext &ctx)
{
    const auto &t = ctx.thresholds();
    IndexRecommendations unused = findUnusedIndexes(ctx.advisorCatalog(), 0);
    const qsizetype all = unused.size();
    unused.removeIf([&t](const IndexRecommendation &r) { return double(r.bytes) < t.unusedIndexMinBytes; });
    listLargestFirst(ctx, unused, [&ctx](const IndexRecommendation &r) {
        ctx.add(Severity::Info, ctx.qualified(r.schema, r.index),
                r.reason + QStringLiteral(" The counters are this server's only: check replicas before dropping."),
                QStringLiteral("0 scans"), QStringLiteral("> 0 scans"), r.ddl);
    }, QStringLiteral("unused indexes"));
    ctx.setOkDetail(QStringLiteral("no unused index of %1 or more (%2 smaller ones)")
                        .arg(formatDataSize(qint64(t.unusedIndexMinBytes))).arg(all - unused.size()));
}

void duplicateIndexes(CheckContext &ctx)
{
    listLargestFirst(ctx, findDuplicateIndexes(ctx.advisorCatalog()), [&ctx](const IndexRecommendation &r) {
        ctx.add(Severity::Warning, ctx.qualified(r.schema, r.index),
                QStringLiteral("%1 (on %2, %3 of write cost for nothing)")
                    .arg(r.reason, ctx.qualified(r.schema, r.table), formatDataSize(r.bytes)),
                formatDataSize(r.bytes), QString(), r.ddl);
    }, QStringLiteral("duplicate indexes"));
}

} // namespace

void addIndexChecks(QList<HealthCheck> &checks)
{
    checks << HealthCheck{QStringLiteral("unused_indexes"), QStringLiteral("Unused indexes"), unusedIndexes}
           << HealthCheck{QStringLiteral("duplicate_indexes"), QStringLiteral("Duplicate indexes"), duplicateIndexes};
}

} // namespace dbpulse
