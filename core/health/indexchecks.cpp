// Index checks: unused and duplicate indexes, exactly as the index advisor's drop rules find and
// reconcile them (core/advisor/droprules.h), so `doctor` and `indexes` never disagree about an index.
#include "core/advisor/droprules.h"
#include "core/health/advisorcatalog.h"
#include "core/health/checkcontext.h"
#include "core/io/datasize.h"

#include <algorithm>

#include <QCoreApplication>

namespace dbpulse {

namespace {

// A report with thousands of rows helps nobody on call: the largest are listed, the rest counted.
constexpr int maxListed = 50;

void listLargestFirst(CheckContext &ctx, IndexRecommendations advice, const std::function<void(const IndexRecommendation &)> &add,
                      const char *moreText)
{
    std::sort(advice.begin(), advice.end(),
              [](const IndexRecommendation &a, const IndexRecommendation &b) { return a.bytes > b.bytes; });
    for (int i = 0; i < advice.size() && i < maxListed; ++i)
        add(advice.at(i));
    if (advice.size() > maxListed)
        ctx.add(Severity::Info, QStringLiteral("%1 more").arg(advice.size() - maxListed),
                QCoreApplication::translate("Doctor", moreText, nullptr, int(advice.size() - maxListed)));
}

// The advisor's own policy: its default scan limit, the window from the thresholds.
const DropAdvice &advisorDropAdvice(CheckContext &ctx)
{
    return ctx.advisor().dropAdvice(UnusedPolicy{0, qint64(ctx.thresholds().unusedIndexMinDays * 86400)});
}

IndexRecommendations ofKind(const DropAdvice &advice, IndexRecommendation::Kind kind)
{
    IndexRecommendations out;
    std::copy_if(advice.recommendations.cbegin(), advice.recommendations.cend(), std::back_inserter(out),
                 [kind](const IndexRecommendation &r) { return r.kind == kind; });
    return out;
}

void unusedIndexes(CheckContext &ctx)
{
    const DropAdvice &advice = advisorDropAdvice(ctx);
    const UsageWindow &window = ctx.advisorCatalog().usage;
    if (!advice.unusedJudged) {
        // Too young to tell: not a pass. The note says how long the counters ran and from when.
        ctx.notChecked(QStringLiteral("unused indexes"), NotChecked::UsageWindow,
                       QCoreApplication::translate("Doctor", "index scan counters over %1 days (%2)")
                           .arg(ctx.thresholds().unusedIndexMinDays)
                           .arg(advice.notes.join(QLatin1Char(' '))));
        return;
    }
    listLargestFirst(ctx, ofKind(advice, IndexRecommendation::Kind::Unused), [&ctx](const IndexRecommendation &r) {
        ctx.add(Severity::Info, ctx.qualified(r.schema, r.index), r.reason, QCoreApplication::translate("Doctor", "0 scans"),
                QCoreApplication::translate("Doctor", "> 0 scans"), r.ddl);
    }, QT_TRANSLATE_N_NOOP("Doctor", "%n more unused indexes, smaller than those listed (dbpulse-cli indexes lists all)"));
    ctx.setOkDetail(QCoreApplication::translate("Doctor", "no unused index in the %1").arg(window.describe()));
}

void duplicateIndexes(CheckContext &ctx)
{
    listLargestFirst(ctx, ofKind(advisorDropAdvice(ctx), IndexRecommendation::Kind::Duplicate),
                     [&ctx](const IndexRecommendation &r) {
        ctx.add(Severity::Warning, ctx.qualified(r.schema, r.index),
                QCoreApplication::translate("Doctor", "%1 (on %2, %3 of write cost for nothing)")
                    .arg(r.reason, ctx.qualified(r.schema, r.table), formatDataSize(r.bytes)),
                formatDataSize(r.bytes), QString(), r.ddl);
    }, QT_TRANSLATE_N_NOOP("Doctor", "%n more duplicate indexes, smaller than those listed (dbpulse-cli indexes lists all)"));
}

} // namespace

void addIndexChecks(QList<HealthCheck> &checks)
{
    checks << HealthCheck{QStringLiteral("unused_indexes"), unusedIndexes}
           << HealthCheck{QStringLiteral("duplicate_indexes"), duplicateIndexes};
}

} // namespace dbpulse
