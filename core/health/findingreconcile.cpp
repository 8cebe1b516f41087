#include "core/health/findingreconcile.h"

#include <QCoreApplication>
#include <QHash>

namespace dbpulse {

namespace {

// Advice for a NOT VALID key with orphans: the orphans first, no VALIDATE that would fail.
void orphansBeforeValidate(QList<Finding> &findings)
{
    // Both checks name a key as "<constraint> on <schema.table>".
    QHash<QString, const Finding *> orphaned;
    for (const Finding &f : findings) {
        if (f.check == QLatin1String("orphan_rows") && f.severity == Severity::Critical && !f.isNotChecked())
            orphaned.insert(f.object, &f);
    }
    for (Finding &f : findings) {
        if (f.check != QLatin1String("not_valid_constraints"))
            continue;
        const Finding *orphans = orphaned.value(f.object);
        if (!orphans)
            continue;
        f.action = MaintenanceAction();
        f.detail = QCoreApplication::translate("Doctor", "%1; orphan_rows found %2 row(s) that would make VALIDATE fail").arg(f.detail, orphans->value);
        f.fix = QCoreApplication::translate("Doctor", "-- VALIDATE CONSTRAINT would fail while %1 orphan row(s) exist; fix them first:\n%2")
                    .arg(orphans->value, orphans->fix);
    }
}

// Checks that see one cause from two sides, and the name of the problem they share.
struct RelatedChecks
{
    const char *first;
    const char *second;
    const char *problem;
};

constexpr RelatedChecks related[] = {
    // Dead rows piling up and autovacuum not coming are one problem: the table needs a VACUUM.
    {"dead_tuples", "autovacuum_lag", "vacuum"},
    // Orphans behind a NOT VALID key are why it is not valid (and cannot be validated).
    {"orphan_rows", "not_valid_constraints", "foreign_key"},
};

// Gives findings of related checks about the same object one problem id. Only judged problems
// (above ok) are grouped: a not-checked key is not evidence of anything.
void groupRelated(QList<Finding> &findings)
{
    const auto isProblem = [](const Finding &f) { return f.isScored() && f.severity > Severity::Ok; };
    for (const RelatedChecks &pair : related) {
        QHash<QString, int> first; // object → index of the first check's finding
        for (int i = 0; i < findings.size(); ++i) {
            if (findings.at(i).check == QLatin1String(pair.first) && isProblem(findings.at(i)))
                first.insert(findings.at(i).object, i);
        }
        for (Finding &f : findings) {
            if (f.check != QLatin1String(pair.second) || !isProblem(f) || !first.contains(f.object))
                continue;
            const QString id = QStringLiteral("%1:%2").arg(QLatin1String(pair.problem), f.object);
            f.problem = id;
            findings[first.value(f.object)].problem = id;
        }
    }
}

} // namespace

void reconcileFindings(QList<Finding> &findings)
{
    orphansBeforeValidate(findings);
    groupRelated(findings);
}

} // namespace dbpulse
