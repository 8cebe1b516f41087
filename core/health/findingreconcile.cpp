#include "core/health/findingreconcile.h"

#include <QHash>

namespace dbpulse {

void reconcileFindings(QList<Finding> &findings)
{
    // Both checks name a key as "<constraint> on <schema.table>".
    QHash<QString, const Finding *> orphaned;
    for (const Finding &f : findings) {
        if (f.check == QLatin1String("orphan_rows") && f.severity == Severity::Critical)
            orphaned.insert(f.object, &f);
    }
    if (orphaned.isEmpty())
        return;
    for (Finding &f : findings) {
        if (f.check != QLatin1String("not_valid_constraints"))
            continue;
        const Finding *orphans = orphaned.value(f.object);
        if (!orphans)
            continue;
        f.action = MaintenanceAction();
        f.detail += QStringLiteral("; orphan_rows found %1 row(s) that would make VALIDATE fail").arg(orphans->value);
        f.fix = QStringLiteral("-- VALIDATE CONSTRAINT would fail while %1 orphan row(s) exist; fix them first:\n")
                    .arg(orphans->value)
            + orphans->fix;
    }
}

} // namespace dbpulse
