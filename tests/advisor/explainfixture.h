#pragma once

#include <QString>

namespace dbpulse {
class LocalCluster;
}

namespace dbpulse::test {

/// \brief A database whose plans depend on the value compared: skew(k int, label text) with an
/// index on k, 100 000 rows of k = 1 and one row each of k = 1001 … 1050 (a rare value is found
/// through the index, 1 is read by a sequential scan), plus one row whose label is
/// injectionLabel(). Analysed, so the planner knows the skew. Test thread only.
struct ExplainFixture
{
    /// Creates \a database (dropped first). Empty string on success, else what failed.
    static QString create(LocalCluster *cluster, const QString &database);
    /// A label written like an attack on a statement that pastes values into its text.
    static QString injectionLabel() { return QStringLiteral("x'; DROP TABLE skew; --"); }
    static constexpr const char *indexName = "skew_k_idx";
};

} // namespace dbpulse::test
