// The Migrations page over a real SQLite file: state table, SQL of the selection, dry-run, up and
// down as jobs, each change confirmed in a dialog naming the database (down: by typing its name).
// And its connection field over the server registry and the real test cluster: connections added
// or saved at runtime appear at once, the current one is preselected, and the page follows it.
#include "core/credentials/credentialstore.h"
#include "core/db/profilestore.h"
#include "models/connectionlistmodel.h"
#include "models/migrationlistmodel.h"
#include "models/serverregistry.h"
#include "tests/support/doctorrun.h"
#include "tests/support/testcluster.h"
#include "widgets/connectionpicker.h"
#include "widgets/migrationconfirmdialog.h"
#include "widgets/migrationspage.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QLineEdit>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <functional>

using namespace dbpulse;
using namespace Qt::StringLiterals;

class TestMigrationsPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // The confirmation opens after an asynchronous plan job, inside its own event loop: answer it
    // from a timer that waits for it to appear.
    void whenConfirmDialogShows(std::function<void(MigrationConfirmDialog *)> answer)
    {
        auto *timer = new QTimer(this);
        connect(timer, &QTimer::timeout, this, [timer, answer] {
            if (auto *dialog = qobject_cast<MigrationConfirmDialog *>(QApplication::activeModalWidget())) {
                timer->stop();
                timer->deleteLater();
                answer(dialog);
            }
        });
        timer->start(50);
    }

    void write(const QString &name, const QString &text)
    {
        QFile f(m_dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text.toUtf8());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir().mkpath(m_dir.filePath(u"mig"_s));
        write(u"app.db"_s, QString());
        write(u"mig/1_users.sql"_s, u"-- migrate:up\nCREATE TABLE users (id integer PRIMARY KEY, name text);\n-- migrate:down\nDROP TABLE users;\n"_s);
        write(u"mig/2_posts.sql"_s, u"-- migrate:up\nCREATE TABLE posts (id integer PRIMARY KEY, body text);\n-- migrate:down\nDROP TABLE posts;\n"_s);
        QSettings settings;
        settings.setValue(u"migrations/folder"_s, m_dir.filePath(u"mig"_s));
        settings.setValue(u"migrations/connection"_s, m_dir.filePath(u"app.db"_s));
        settings.setValue(u"migrations/style"_s, u"auto"_s);
    }

    void showsStateSqlAndRuns()
    {
        ProfileStore profiles(m_dir.filePath(u"profiles.ini"_s));
        ServerRegistry servers(&profiles, static_cast<CredentialStore *>(nullptr)); // no keychain
        MigrationsPage page(&servers);
        page.resize(1000, 650);
        page.show();
        auto *table = page.findChild<QTableView *>();
        QVERIFY(table);
        // The table shows the model through its sort and filter proxy (TableTools).
        auto *model = qobject_cast<MigrationListModel *>(qobject_cast<QSortFilterProxyModel *>(table->model())->sourceModel());
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(model->rowCount(), 2);
        QCOMPARE(model->index(0, MigrationListModel::StateColumn).data().toString(), u"pending"_s);

        table->setCurrentIndex(table->model()->index(0, 0)); // unsorted: the folder's order
        const QList<QPlainTextEdit *> edits{page.findChild<QPlainTextEdit *>(u"migrationSql"_s), page.findChild<QPlainTextEdit *>(u"migrationLog"_s)};
        QVERIFY(edits.at(0) && edits.at(1));
        QTRY_VERIFY(edits.at(0)->toPlainText().contains(u"CREATE TABLE users"_s));
        QVERIFY(edits.at(0)->toPlainText().contains(u"DROP TABLE users"_s));

        QPushButton *dry = nullptr, *up = nullptr;
        for (QPushButton *b : page.findChildren<QPushButton *>()) {
            if (b->text() == QLatin1String("Dry run"))
                dry = b;
            if (b->text() == QLatin1String("Up"))
                up = b;
        }
        QVERIFY(dry && up);
        QTRY_VERIFY(dry->isEnabled());
        dry->click();
        QTRY_VERIFY(edits.at(1)->toPlainText().contains(u"rolled back"_s));
        QTRY_VERIFY(dry->isEnabled());
        // Each migration's locks, never "none" where nothing was checked.
        QVERIFY2(edits.at(1)->toPlainText().contains(u"  2_posts.sql: locks:\n    not checked: SQLite does not lock single tables"_s),
                 qPrintable(edits.at(1)->toPlainText()));
        QCOMPARE(model->index(0, MigrationListModel::StateColumn).data().toString(), u"pending"_s);

        // Up asks first, naming the database, the server (here the file) and the versions.
        QString question;
        whenConfirmDialogShows([&question](MigrationConfirmDialog *dialog) {
            question = dialog->message();
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        up->click();
        QTRY_COMPARE(model->index(1, MigrationListModel::StateColumn).data().toString(), u"applied"_s);
        QVERIFY2(question.contains(u"app.db"_s) && question.contains(m_dir.filePath(u"app.db"_s)), qPrintable(question));
        QVERIFY2(question.contains(u"1_users.sql"_s) && question.contains(u"2_posts.sql"_s), qPrintable(question));
        QTRY_VERIFY(up->isEnabled());

        QPushButton *down = nullptr;
        for (QPushButton *b : page.findChildren<QPushButton *>()) {
            if (b->text() == QLatin1String("Down one"))
                down = b;
        }
        QVERIFY(down);
        // Cancelling the rollback runs nothing.
        bool shown = false;
        whenConfirmDialogShows([&shown](MigrationConfirmDialog *dialog) {
            shown = true;
            dialog->reject();
        });
        down->click();
        QTRY_VERIFY(shown);
        QTRY_VERIFY(down->isEnabled());
        QTRY_VERIFY(edits.at(1)->toPlainText().contains(u"not confirmed"_s));
        QCOMPARE(model->index(1, MigrationListModel::StateColumn).data().toString(), u"applied"_s);

        // Rollback is confirmed only by typing the database's name: Undo stays disabled (and
        // accept() refuses) until it matches.
        bool okBeforeTyping = true, okAfterWrongName = true, okAfterName = false, acceptedWrong = true;
        question.clear();
        whenConfirmDialogShows([&](MigrationConfirmDialog *dialog) {
            question = dialog->message();
            QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            auto *name = dialog->findChild<QLineEdit *>(u"confirmDatabaseName"_s);
            okBeforeTyping = ok->isEnabled();
            name->setText(u"other.db"_s);
            okAfterWrongName = ok->isEnabled();
            dialog->accept();
            acceptedWrong = !dialog->isVisible();
            name->setText(u"app.db"_s);
            okAfterName = ok->isEnabled();
            ok->click();
        });
        down->click();
        QTRY_COMPARE(model->index(1, MigrationListModel::StateColumn).data().toString(), u"pending"_s);
        QVERIFY(!okBeforeTyping);
        QVERIFY(!okAfterWrongName);
        QVERIFY(!acceptedWrong);
        QVERIFY(okAfterName);
        QVERIFY2(question.contains(u"app.db"_s) && question.contains(u"2_posts.sql"_s) && !question.contains(u"1_users.sql"_s),
                 qPrintable(question));
        QCOMPARE(model->index(0, MigrationListModel::StateColumn).data().toString(), u"applied"_s);
        QTRY_VERIFY(down->isEnabled());
        if (const QString shot = qEnvironmentVariable("DBPULSE_MIGRATIONS_SCREENSHOT"); !shot.isEmpty()) {
            table->setCurrentIndex(table->model()->index(0, 0)); // unsorted: the folder's order
            QTest::qWait(300);
            page.grab().save(shot);
        }
    }

    void followsTheCurrentConnection()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        const QString database = u"migrations_page"_s;
        const QString uri = test::freshDatabase(cluster, database);
        QVERIFY(!uri.isEmpty());
        ProfileStore profiles(m_dir.filePath(u"follow-profiles.ini"_s));
        ServerRegistry servers(&profiles, static_cast<CredentialStore *>(nullptr)); // no keychain
        MigrationsPage page(&servers);
        page.resize(1000, 650);
        page.show();
        auto *picker = page.findChild<ConnectionPicker *>();
        auto *summary = page.findChild<QLabel *>(u"migrationSummary"_s);
        QVERIFY(picker && summary);
        auto *model = qobject_cast<MigrationListModel *>(
            qobject_cast<QSortFilterProxyModel *>(page.findChild<QTableView *>()->model())->sourceModel());

        // Added while the page is open (as a command-line target or the dashboard would): listed at
        // once and, made current, chosen, and its migration state read.
        const QString pgKey = servers.addTarget(*parseTarget(uri).target);
        QVERIFY(picker->findData(pgKey) >= 0);
        page.setCurrentKey(pgKey);
        QCOMPARE(page.currentKey(), pgKey);
        QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(database), 15000);
        QTRY_VERIFY2(model->rowCount() == 2, qPrintable(summary->text()));
        QCOMPARE(model->index(0, MigrationListModel::StateColumn).data().toString(), u"pending"_s);

        // Switching the current connection: the page follows, and reads the other database.
        const QString sqliteKey = servers.addTarget(*parseTarget(m_dir.filePath(u"app.db"_s)).target);
        page.setCurrentKey(sqliteKey);
        QCOMPARE(page.currentKey(), sqliteKey);
        QCOMPARE(picker->currentText(), u"app.db"_s);
        QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(u"app.db"_s), 15000);
        page.setCurrentKey(pgKey);
        QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(database), 15000);

        // A connection saved during the session is listed at once.
        ConnectionProfile saved;
        saved.name = u"saved later"_s;
        saved.kind = DatabaseKind::SQLite;
        saved.sqlitePath = m_dir.filePath(u"app.db"_s);
        servers.saveProfile({}, saved, {}, false);
        const QString savedKey = ConnectionListModel::profileKey(saved.name);
        QVERIFY(picker->findData(savedKey) >= 0);
        QCOMPARE(page.currentKey(), pgKey); // listing it does not move the choice
        page.setCurrentKey(savedKey);
        QCOMPARE(picker->currentText(), saved.name);

        // The demo's row exists before its database does: chosen while it starts, it is used once
        // it has its target.
        const QString demoKey = servers.addPlaceholder(u"Demo database"_s, u"Starting demo database…"_s);
        page.setCurrentKey(demoKey);
        QCOMPARE(page.currentKey(), demoKey);
        QCOMPARE(model->rowCount(), 0); // the previous database's states are not shown under its name
        Target demo = *parseTarget(uri).target;
        demo.throwaway = true;
        servers.resolvePlaceholder(demoKey, demo);
        QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(database), 15000);
        QTRY_COMPARE(model->rowCount(), 2);
        if (const QString shot = qEnvironmentVariable("DBPULSE_MIGRATIONS_FOLLOW_SCREENSHOT"); !shot.isEmpty())
            page.grab().save(shot);
    }
};

QTEST_MAIN(TestMigrationsPage)
#include "tst_migrationspage.moc"
