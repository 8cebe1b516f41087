#pragma once

#include "core/advisor/indexadvisor.h"

#include <QString>
#include <QStringList>

namespace dbpulse {
class LocalCluster;
}

namespace dbpulse::test {

/// \brief A fresh database with planted index flaws, a workload and an advisor run. Test thread only.
struct AdvisorFixture
{
    /// Creates database \a name (dropped first), runs \a setup (statements prefixed "!" may fail, as a
    /// failed CREATE INDEX CONCURRENTLY should), ANALYZE, resets pg_stat_statements, then runs each
    /// workload statement \a repeat times with %1 replaced by the iteration. Empty string on success.
    static QString prepare(LocalCluster *cluster, const QString &name, const QStringList &setup,
                           const QStringList &workload, int repeat = 30, bool hypopg = true);

    /// Runs raw SQL in \a database as superuser; empty string on success.
    static QString exec(LocalCluster *cluster, const QString &database, const QString &sql);
};

/// Advice whose kind, table and index (or, when \a index is empty, columns) match.
const IndexRecommendation *findAdvice(const AdvisorReport &report, const QString &kind, const QString &table,
                                      const QString &index, const QStringList &columns = {});

/// True when every duplicate / redundant advice names the index that stays (keptIndex) and no
/// advice drops that index: following all the advice never removes both.
bool standInsStay(const AdvisorReport &report);

/// One line per recommendation, for failure messages.
QString describe(const AdvisorReport &report);

} // namespace dbpulse::test
