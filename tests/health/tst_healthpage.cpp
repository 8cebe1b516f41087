// The Health page against the shared cluster: run, findings grouped, fix shown, export content.
#include "models/findingmodel.h"
#include "tests/support/testcluster.h"
#include "widgets/connectioncontroller.h"
#include "widgets/healthpage.h"

#include "core/db/target.h"

#include <QTest>
#include <QTreeView>
#include <libpq-fe.h>

using namespace dbpulse;

class TestHealthPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void runsAndGroupsFindings()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        PGconn *admin = PQconnectdb(cluster->uri().toUtf8().constData());
        PQclear(PQexec(admin, "DROP DATABASE IF EXISTS doctor_page WITH (FORCE)"));
        PQclear(PQexec(admin, "CREATE DATABASE doctor_page"));
        PQfinish(admin);
        PGconn *db = PQconnectdb(cluster->uri(QStringLiteral("doctor_page")).toUtf8().constData());
        PQclear(PQexec(db, "CREATE TABLE parent (id int PRIMARY KEY); CREATE TABLE child (id int, parent_id int);"
                           "INSERT INTO child VALUES (1, 7);"
                           "ALTER TABLE child ADD FOREIGN KEY (parent_id) REFERENCES parent NOT VALID"));
        PQfinish(db);

        ConnectionController controller(nullptr, static_cast<CredentialStore *>(nullptr));  // no keychain
        const QString key = controller.addTarget(*parseTarget(cluster->uri(QStringLiteral("doctor_page"))).target);
        controller.connectTo(key);
        QTRY_COMPARE_WITH_TIMEOUT(controller.status(key).state, ConnectionState::Connected, 15000);

        HealthPage page(&controller);
        page.resize(1100, 700);
        page.show();
        page.setCurrentKey(key);
        page.runChecks();
        QVERIFY(page.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning(), 60000);
        QVERIFY2(page.scoreText().endsWith(QLatin1String("/100")), qPrintable(page.scoreText()));
        FindingModel *model = page.model();
        QVERIFY(model->rowCount() >= 2);
        const QModelIndex critical = model->index(0, 0);
        QVERIFY2(critical.data().toString().startsWith(QLatin1String("CRITICAL")), qPrintable(critical.data().toString()));
        const QModelIndex orphan = model->index(0, 0, critical);
        QCOMPARE(orphan.data().toString(), QStringLiteral("orphan_rows"));
        auto *tree = page.findChild<QTreeView *>();
        tree->setCurrentIndex(orphan);
        QVERIFY(orphan.data(FindingModel::FixRole).toString().contains(QLatin1String("VALIDATE CONSTRAINT")));
        if (qEnvironmentVariableIsSet("DBPULSE_GRAB"))
            page.grab().save(qEnvironmentVariable("DBPULSE_GRAB"));
        // Run again.
        page.runChecks();
        QVERIFY(page.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning(), 30000);
        QVERIFY(model->index(0, 0).data().toString().startsWith(QLatin1String("CRITICAL")));
    }
};

QTEST_MAIN(TestHealthPage)
#include "tst_healthpage.moc"
