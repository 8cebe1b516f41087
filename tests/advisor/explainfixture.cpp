#include "explainfixture.h"

#include "advisorfixture.h"

namespace dbpulse::test {

QString ExplainFixture::create(LocalCluster *cluster, const QString &database)
{
    QString error = AdvisorFixture::exec(cluster, QStringLiteral("postgres"),
                                         QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(database));
    if (error.isEmpty())
        error = AdvisorFixture::exec(cluster, QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE \"%1\"").arg(database));
    if (!error.isEmpty())
        return error;
    const QString setup = QStringLiteral(
        "CREATE TABLE skew (k int NOT NULL, label text NOT NULL);"
        "INSERT INTO skew SELECT 1, 'common ' || i FROM generate_series(1, 100000) i;"
        "INSERT INTO skew SELECT 1000 + i, 'rare ' || i FROM generate_series(1, 50) i;"
        "INSERT INTO skew VALUES (2000, 'x''; DROP TABLE skew; --');"
        "CREATE INDEX skew_k_idx ON skew (k);");
    error = AdvisorFixture::exec(cluster, database, setup);
    if (error.isEmpty())
        error = AdvisorFixture::exec(cluster, database, QStringLiteral("VACUUM ANALYZE skew"));
    return error;
}

} // namespace dbpulse::test
