// The apply dialog against the real cluster: it names the database, shows the exact DDL, runs it
// only after the button press, reports completion with the latency baseline; and after a cancelled
// concurrent build it shows and runs the cleanup of the invalid index left behind.
#include "advisorfixture.h"

#include "widgets/applyindexdialog.h"
#include "tests/support/testcluster.h"

#include <QApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <libpq-fe.h>

using namespace dbpulse;
using namespace dbpulse::test;
using namespace Qt::StringLiterals;

namespace {

const QStringList kSetup{
    u"CREATE TABLE visits (id serial PRIMARY KEY, page int, at timestamptz DEFAULT now())"_s,
    u"INSERT INTO visits (page) SELECT g % 10000 FROM generate_series(1, 150000) g"_s};
const QStringList kWorkload{u"SELECT count(*) FROM visits WHERE page = %1"_s};

QPushButton *button(QDialog &dialog, const QString &text)
{
    for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
        if (b->text() == text)
            return b;
    }
    return nullptr;
}

QString visibleText(QDialog &dialog)
{
    QStringList parts;
    for (QLabel *l : dialog.findChildren<QLabel *>())
        parts << l->text();
    for (QPlainTextEdit *e : dialog.findChildren<QPlainTextEdit *>())
        parts << e->toPlainText();
    return parts.join(u'\n');
}

} // namespace

class TestApplyIndexDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The apply job saves the baseline for the self-check: in the test-mode data directory.
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void buildsAfterConfirmation()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        const QString db = u"dialog_ok"_s;
        QString error = AdvisorFixture::prepare(cluster, db, kSetup, kWorkload, 10);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const Target target = *parseTarget(cluster->uri(db)).target;
        const AdvisorReport report = analyzeIndexes(target, QString());
        const IndexRecommendation *rec = findAdvice(report, u"missing"_s, u"visits"_s, {}, {u"page"_s});
        QVERIFY2(rec, qPrintable(describe(report)));

        ApplyIndexDialog dialog(*rec, target, QString());
        dialog.show();
        QVERIFY(visibleText(dialog).contains(target.label));
        QVERIFY(visibleText(dialog).contains(rec->ddl));
        QCOMPARE(queryValue(cluster->uri(db), "SELECT count(*) FROM pg_indexes WHERE tablename = 'visits'"), QByteArray("1"));

        QSignalSpy applied(&dialog, &ApplyIndexDialog::applied);
        QPushButton *build = button(dialog, u"Build index"_s);
        QVERIFY(build);
        QVERIFY(!build->isDefault()); // Enter never runs DDL
        build->click();
        QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 1, 60000);
        const auto record = applied.first().first().value<AppliedIndexRecord>();
        QCOMPARE(record.statements.size(), 1);
        QCOMPARE(record.statements.first().calls, 10);
        QCOMPARE(queryValue(cluster->uri(db), "SELECT count(*) FROM pg_indexes WHERE tablename = 'visits'"), QByteArray("2"));
        QVERIFY(visibleText(dialog).contains(u"Done: CREATE INDEX"_s));
        QVERIFY(AppliedIndexStore().records(target.credentialKey()).size() >= 1); // for the Indexes page's check
        if (!qEnvironmentVariableIsEmpty("DBPULSE_SCREENSHOT_DIR"))
            dialog.grab().save(qEnvironmentVariable("DBPULSE_SCREENSHOT_DIR") + u"/applyindexdialog-done.png"_s);
    }

    void cancelledBuildOffersCleanup()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        const QString db = u"dialog_cancel"_s;
        QString error = AdvisorFixture::prepare(cluster, db, kSetup, kWorkload, 10);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const Target target = *parseTarget(cluster->uri(db)).target;
        const AdvisorReport report = analyzeIndexes(target, QString());
        const IndexRecommendation *rec = findAdvice(report, u"missing"_s, u"visits"_s, {}, {u"page"_s});
        QVERIFY2(rec, qPrintable(describe(report)));

        // An open writer keeps the build waiting after its catalog entry exists.
        PGconn *writer = PQconnectdb(cluster->uri(db).toUtf8().constData());
        QCOMPARE(PQstatus(writer), CONNECTION_OK);
        PQclear(PQexec(writer, "BEGIN; INSERT INTO visits (page) VALUES (1)"));

        ApplyIndexDialog dialog(*rec, target, QString());
        dialog.show();
        button(dialog, u"Build index"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(visibleText(dialog).contains(u"waiting for writers before build"_s), 30000);
        QPushButton *cancel = button(dialog, u"Cancel"_s);
        QVERIFY(cancel);
        cancel->click();
        QPushButton *cleanup = button(dialog, u"Drop the invalid index"_s);
        QVERIFY(cleanup);
        QTRY_VERIFY_WITH_TIMEOUT(cleanup->isVisible(), 30000);
        PQclear(PQexec(writer, "ROLLBACK"));
        PQfinish(writer);
        QVERIFY(dialog.isVisible()); // cancelling the job does not close the dialog
        QVERIFY2(visibleText(dialog).contains(u"DROP INDEX CONCURRENTLY \"public\".\"visits_page_idx"_s), qPrintable(visibleText(dialog)));
        if (!qEnvironmentVariableIsEmpty("DBPULSE_SCREENSHOT_DIR"))
            dialog.grab().save(qEnvironmentVariable("DBPULSE_SCREENSHOT_DIR") + u"/applyindexdialog-cleanup.png"_s);
        QCOMPARE(queryValue(cluster->uri(db), "SELECT count(*) FROM pg_index WHERE indrelid = 'visits'::regclass AND NOT indisvalid"),
                 QByteArray("1"));

        cleanup->click();
        QTRY_VERIFY_WITH_TIMEOUT(visibleText(dialog).contains(u"The invalid index was dropped."_s), 30000);
        QCOMPARE(queryValue(cluster->uri(db), "SELECT count(*) FROM pg_index WHERE indrelid = 'visits'::regclass AND NOT indisvalid"),
                 QByteArray("0"));
    }
};

QTEST_MAIN(TestApplyIndexDialog)
#include "tst_applyindexdialog.moc"
