// Core's messages as the window shows them in a German locale: the Health page's check labels,
// findings and score come from core and its own catalogue (translations/dbpulse_core_de.ts),
// loaded by the rule app/gui/main.cpp uses. A failed connect reads German too, around the
// server's own words. And the English catalogue gives the plural forms the sources spell "(s)".
#include "core/db/target.h"
#include "core/health/healthjob.h"
#include "models/findingmodel.h"
#include "models/serverregistry.h"
#include "tests/support/testcluster.h"
#include "widgets/healthpage.h"

#include <QCoreApplication>
#include <QLabel>
#include <QLocale>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>
#include <libpq-fe.h>

using namespace dbpulse;

namespace {

const QString kCatalogueDir = QStringLiteral(":/i18n");

/// Every finding row below the severity groups.
QList<const Finding *> shownFindings(FindingModel *model, const QModelIndex &parent = {})
{
    QList<const Finding *> out;
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex row = model->index(r, 0, parent);
        if (const Finding *f = parent.isValid() ? model->finding(row) : nullptr)
            out << f;
        out << shownFindings(model, row);
    }
    return out;
}

} // namespace

class TstCoreTranslation : public QObject
{
    Q_OBJECT

    QTranslator m_core;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the doctor's budget history
        // main.cpp's rule for a German desktop: dbpulse_core_de from the embedded catalogues.
        QVERIFY(m_core.load(QLocale(QLocale::German, QLocale::Germany), QStringLiteral("dbpulse_core"),
                            QStringLiteral("_"), kCatalogueDir));
        QCOMPARE(m_core.language(), QStringLiteral("de_DE"));
        QVERIFY(QCoreApplication::installTranslator(&m_core));
    }

    void healthPageReadsCoreMessagesInGerman()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        PGconn *admin = PQconnectdb(cluster->uri().toUtf8().constData());
        PQclear(PQexec(admin, "DROP DATABASE IF EXISTS core_german WITH (FORCE)"));
        PQclear(PQexec(admin, "CREATE DATABASE core_german"));
        PQfinish(admin);
        // One orphan row under a NOT VALID key: a critical problem two checks see.
        PGconn *db = PQconnectdb(cluster->uri(QStringLiteral("core_german")).toUtf8().constData());
        PQclear(PQexec(db, "CREATE TABLE parent (id int PRIMARY KEY); CREATE TABLE child (id int, parent_id int);"
                           "INSERT INTO child VALUES (1, 7);"
                           "ALTER TABLE child ADD FOREIGN KEY (parent_id) REFERENCES parent NOT VALID;"));
        PQfinish(db);

        ServerRegistry registry(nullptr, static_cast<CredentialStore *>(nullptr)); // no keychain
        Target target = *parseTarget(cluster->uri(QStringLiteral("core_german"))).target;
        target.throwaway = true; // the test clusters run with fsync off
        const QString key = registry.addTarget(target);
        registry.connectTo(key);
        QTRY_COMPARE_WITH_TIMEOUT(registry.status(key).state, ConnectionState::Connected, 15000);

        HealthPage page(&registry);
        page.show();
        page.setCurrentKey(key);
        page.runChecks();
        QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning(), 60000);

        // The check labels (core/health/checklabels.cpp), as the findings tree shows them.
        const Finding *orphans = nullptr;
        for (const Finding *f : shownFindings(page.model())) {
            if (f->check == QLatin1String("orphan_rows") && f->severity == Severity::Critical)
                orphans = f;
        }
        QVERIFY(orphans);
        // The finding's detail, written by the check: one row, singular.
        QVERIFY2(orphans->detail.startsWith(QStringLiteral("1 Zeile von public.child (parent_id) verweist auf keine Zeile von public.parent")),
                 qPrintable(orphans->detail));
        QVERIFY2(orphans->fix.contains(QStringLiteral("-- ansehen:\nSELECT c.* FROM")), qPrintable(orphans->fix));
        // What the page reads out: the score's sentence and its breakdown by check label.
        static const QRegularExpression sentence(QStringLiteral("^Punktzahl \\d+ über .*Prüfungen.*: (1 Problem kostet|\\d+ Probleme kosten) \\d+ Punkte\\."));
        QVERIFY2(sentence.match(page.statusText()).hasMatch(), qPrintable(page.statusText()));
        auto *breakdown = page.findChild<QLabel *>(QStringLiteral("scoreBreakdown"));
        QVERIFY(breakdown);
        QVERIFY2(breakdown->text().contains(QStringLiteral("−20 Zeilen ohne Elternzeile: 1 Problem (kritisch), einmal gezählt mit "
                                                           "Nicht validierte Constraints")),
                 qPrintable(breakdown->text()));
    }

    // A real failed connect (a database that does not exist): our sentence in German around
    // libpq's and the server's own message, which are theirs and stay as the server wrote them.
    void failedConnectReadsGerman()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        Target target = *parseTarget(cluster->uri(QStringLiteral("no_such_database_here"))).target;
        HealthJob job(target, DoctorOptions{});
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        QVERIFY(finished.wait(30000));
        QCOMPARE(job.state(), Job::State::Failed);
        QVERIFY(job.connectFailed());
        QVERIFY2(job.errorText().startsWith(QStringLiteral("keine Verbindung zu %1: ").arg(target.label)), qPrintable(job.errorText()));
        QVERIFY2(job.errorText().contains(QLatin1String("no_such_database_here")), qPrintable(job.errorText()));
    }

    // A locale without a catalogue gets the English one: plural forms, never "(s)".
    void englishCatalogueGivesPluralForms()
    {
        QTranslator english;
        QVERIFY(english.load(QStringLiteral("dbpulse_core_en"), kCatalogueDir));
        QCoreApplication::removeTranslator(&m_core);
        QVERIFY(QCoreApplication::installTranslator(&english));
        const char *text = "%n row(s) reference a missing parent row";
        QCOMPARE(QCoreApplication::translate("Doctor", text, nullptr, 1), QStringLiteral("1 row references a missing parent row"));
        QCOMPARE(QCoreApplication::translate("Doctor", text, nullptr, 3), QStringLiteral("3 rows reference a missing parent row"));
        QCoreApplication::removeTranslator(&english);
        QVERIFY(QCoreApplication::installTranslator(&m_core));
    }
};

QTEST_MAIN(TstCoreTranslation)
#include "tst_coretranslation.moc"
