// The rules that advise dropping an index, and how they are reconciled with each other.
#include "core/advisor/droprules.h"

#include "core/advisor/rulehelpers.h"
#include "core/io/datasize.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <algorithm>

namespace dbpulse {

using namespace rules;
using Kind = IndexRecommendation::Kind;
using Priority = IndexRecommendation::Priority;

namespace {

// The unused test, judged only when the window allows it.
bool scannedTooLittle(const IndexInfo &i, const CatalogSnapshot &s, qint64 maxScans)
{
    return comparable(i) && i.scans <= maxScans && !isProtectedIndex(i, s);
}

IndexRecommendations findUnusedIndexes(const CatalogSnapshot &s, qint64 maxScans)
{
    IndexRecommendations out;
    const QString replicas = s.usage.replicaWarning();
    for (const IndexInfo &i : s.indexes) {
        if (!scannedTooLittle(i, s, maxScans))
            continue;
        IndexRecommendation r = adviceFor(Kind::Unused, i);
        r.priority = sizePriority(i.bytes);
        r.reason = QCoreApplication::translate("Advisor", "Index %1 has %n scans in the %2; it is not a primary key, unique or exclusion "
                                  "index and backs no foreign key. Size %3.%4%5", nullptr, int(i.scans))
                       .arg(i.name, s.usage.describe(), formatDataSize(i.bytes),
                            includeNote(i), replicas.isEmpty() ? QString() : QLatin1Char(' ') + replicas);
        r.estimatedBenefit = dropBenefit(i.bytes);
        out << r;
    }
    return out;
}

// Twins: same table, method, keys (definition, opclass, collation, order), INCLUDE list and
// predicate. The keeper is the strongest, then most scanned, of the twins that stay (\a goes
// holds those that go anyway); with none staying every twin goes for its own reason.
IndexRecommendations findDuplicateIndexes(const CatalogSnapshot &s, const QSet<qint64> &goes)
{
    QHash<QString, QList<const IndexInfo *>> groups;
    for (const IndexInfo &i : s.indexes) {
        if (!comparable(i))
            continue;
        const QString key = QString::number(i.tableOid) + QChar(0x1e) + i.method + QChar(0x1e)
            + i.keyDescriptors.join(QChar(0x1f)) + QChar(0x1e) + i.columns.mid(i.keyCount).join(QChar(0x1f))
            + QChar(0x1e) + i.predicate;
        groups[key] << &i;
    }
    IndexRecommendations out;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        QList<const IndexInfo *> g = it.value();
        if (g.size() < 2)
            continue;
        std::sort(g.begin(), g.end(), [](const IndexInfo *a, const IndexInfo *b) {
            if (strength(*a) != strength(*b))
                return strength(*a) > strength(*b);
            if (a->scans != b->scans)
                return a->scans > b->scans;
            return a->oid < b->oid;
        });
        const auto keeperAt = std::find_if(g.cbegin(), g.cend(), [&goes](const IndexInfo *i) { return !goes.contains(i->oid); });
        if (keeperAt == g.cend())
            continue;
        const IndexInfo *keeper = *keeperAt;
        for (const IndexInfo *twin : std::as_const(g)) {
            const IndexInfo &dup = *twin;
            // A unique twin of a non-unique index is the one to keep; two constraints: leave them alone.
            // Foreign-key support needs no check: the keeper has the same keys.
            if (twin == keeper || dup.primary || dup.backsConstraint || dup.referencedByForeignKey || dup.exclusion
                || dup.replicaIdentity || (dup.unique && !keeper->unique))
                continue;
            IndexRecommendation r = adviceFor(Kind::Duplicate, dup);
            r.keptIndex = keeper->name;
            r.priority = dup.bytes >= 8LL * 1024 * 1024 ? Priority::High : Priority::Medium;
            r.reason = QCoreApplication::translate("Advisor", "Index %1 has the same columns, method and predicate as %2%3, which stays. "
                                      "Every write maintains both.%4")
                           .arg(dup.name, keeper->name,
                                keeper->unique && !dup.unique ? QCoreApplication::translate("Advisor", " (unique)") : QString(),
                                includeNote(dup));
            r.estimatedBenefit = dropBenefit(dup.bytes);
            out << r;
        }
    }
    return out;
}

// True when \a b serves every lookup \a a serves: same table, method and predicate, a's keys a
// leading prefix of b's, a's INCLUDE columns among b's. Equal shapes are twins (the duplicate rule).
bool covers(const IndexInfo &b, const IndexInfo &a)
{
    if (&a == &b || !comparable(b) || b.tableOid != a.tableOid || b.method != a.method || b.predicate != a.predicate
        || b.keyCount < a.keyCount || b.keyDescriptors.mid(0, a.keyCount) != a.keyDescriptors)
        return false;
    const QStringList aIncluded = a.columns.mid(a.keyCount);
    const bool includesCovered = std::all_of(aIncluded.cbegin(), aIncluded.cend(),
                                             [&b](const QString &c) { return b.columns.contains(c); });
    const bool sameShape = b.keyCount == a.keyCount && b.columns.mid(b.keyCount).size() == aIncluded.size();
    return includesCovered && !sameShape;
}

// Which index each redundant prefix leans on. Only an index that stays may be a cover: one that does
// not go anyway (\a goes: invalid, unused, dropped twins) and is not itself redundant. Covers are
// resolved recursively from the widest down, memoised; a cover still being resolved (only possible in
// a pathological cycle) counts as going, so a cycle never drops both.
class CoverResolver
{
public:
    CoverResolver(const CatalogSnapshot &s, const QSet<qint64> &goes) : m_s(s), m_goes(goes) {}

    /// Position of the index that stays and serves \a a's lookups, or -1.
    int coverOf(int a)
    {
        const auto known = m_cover.constFind(a);
        if (known != m_cover.cend())
            return *known;
        m_cover.insert(a, inProgress);
        const IndexInfo &ai = m_s.indexes[a];
        int best = -1;
        if (comparable(ai) && ai.method == QLatin1String("btree") && !isProtectedIndex(ai, m_s)) {
            for (const int b : m_s.indexesByTable.value(ai.tableOid)) {
                const IndexInfo &bi = m_s.indexes[b];
                if (!covers(bi, ai) || !stays(b))
                    continue;
                // The widest stayer: it serves the most; ties go to the strongest, then the oldest.
                if (best < 0 || bi.keyCount > m_s.indexes[best].keyCount
                    || (bi.keyCount == m_s.indexes[best].keyCount && strength(bi) > strength(m_s.indexes[best])))
                    best = b;
            }
        }
        m_cover.insert(a, best);
        return best;
    }

private:
    static constexpr int inProgress = -2;

    bool stays(int b)
    {
        if (m_goes.contains(m_s.indexes[b].oid))
            return false;
        const int c = coverOf(b);
        return c == -1;
    }

    const CatalogSnapshot &m_s;
    const QSet<qint64> &m_goes;
    QHash<int, int> m_cover;
};

IndexRecommendations findRedundantIndexes(const CatalogSnapshot &s, const QSet<qint64> &goes)
{
    IndexRecommendations out;
    CoverResolver resolver(s, goes);
    for (int ai = 0; ai < s.indexes.size(); ++ai) {
        const int ci = resolver.coverOf(ai);
        if (ci < 0)
            continue;
        const IndexInfo &a = s.indexes[ai];
        const IndexInfo &cover = s.indexes[ci];
        IndexRecommendation r = adviceFor(Kind::Redundant, a);
        r.keptIndex = cover.name;
        r.priority = a.bytes >= 8LL * 1024 * 1024 ? Priority::Medium : Priority::Low;
        r.reason = QCoreApplication::translate("Advisor", "Index %1 (%2) is a leading prefix of %3 (%4) with the same method and predicate; "
                                  "%3 serves the same lookups and stays.%5")
                       .arg(a.name, a.keyColumns().join(QLatin1String(", ")), cover.name,
                            cover.keyColumns().join(QLatin1String(", ")), includeNote(a));
        r.estimatedBenefit = dropBenefit(a.bytes);
        out << r;
    }
    return out;
}

QSet<qint64> oidsOf(const IndexRecommendations &list)
{
    QSet<qint64> out;
    for (const IndexRecommendation &r : list)
        out << r.indexOid;
    return out;
}

// Why "unused" is not said yet, and from when it will be.
QString withheldNote(const CatalogSnapshot &s, const UnusedPolicy &policy, int withheld)
{
    const UsageWindow &w = s.usage;
    if (!w.isKnown())
        return QCoreApplication::translate("Advisor", "Unused indexes are not judged: the server's start time could not be read, so the "
                              "scan counters cover an unknown time.");
    const QString when = formatWindowTime(w.start().addSecs(policy.minWindowS));
    return QCoreApplication::translate("Advisor", "Unused indexes are not judged yet: the scan counters cover only the %1, less than the %2 "
                          "an index must go unscanned to be called unused; %3.")
        .arg(w.describe(), formatWindowLength(policy.minWindowS),
             withheld > 0 ? QCoreApplication::translate("Advisor", "%n index(es) with at most %1 scans so far will be judged from %2", nullptr, withheld)
                                .arg(QString::number(policy.maxScans), when)
                          : QCoreApplication::translate("Advisor", "they will be judged from %1").arg(when));
}

} // namespace

DropAdvice findDropAdvice(const CatalogSnapshot &s, const UnusedPolicy &policy)
{
    DropAdvice advice;
    const IndexRecommendations invalid = findInvalidIndexes(s);
    advice.unusedJudged = s.usage.isKnown() && s.usage.seconds() >= policy.minWindowS;
    IndexRecommendations unused;
    if (advice.unusedJudged) {
        unused = findUnusedIndexes(s, policy.maxScans);
    } else {
        advice.unusedWithheld = int(std::count_if(s.indexes.cbegin(), s.indexes.cend(), [&](const IndexInfo &i) {
            return scannedTooLittle(i, s, policy.maxScans);
        }));
        advice.notes << withheldNote(s, policy, advice.unusedWithheld);
    }
    // What goes on its own evidence; keepers and covers are chosen among the rest.
    QSet<qint64> goes = oidsOf(invalid) | oidsOf(unused);
    const IndexRecommendations duplicate = findDuplicateIndexes(s, goes);
    goes |= oidsOf(duplicate);
    const IndexRecommendations redundant = findRedundantIndexes(s, goes);

    QSet<qint64> listed;
    const auto addOnce = [&](const IndexRecommendations &list) {
        for (const IndexRecommendation &r : list) {
            if (!listed.contains(r.indexOid)) {
                listed << r.indexOid;
                advice.recommendations << r;
            }
        }
    };
    // A twin whose keeper is itself redundant is redundant under the same cover: that label wins.
    addOnce(invalid);
    addOnce(redundant);
    addOnce(duplicate);
    addOnce(unused);
    return advice;
}

} // namespace dbpulse
