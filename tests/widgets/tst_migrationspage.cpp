// The Migrations page over a real SQLite file: state table, SQL of the selection, dry-run and up as jobs.
#include "core/db/profilestore.h"
#include "models/migrationlistmodel.h"
#include "widgets/migrationspage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
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

using namespace dbpulse;
using namespace Qt::StringLiterals;

class TestMigrationsPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

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
        MigrationsPage page(&profiles);
        page.resize(1000, 650);
        page.show();
        auto *table = page.findChild<QTableView *>();
        QVERIFY(table);
        auto *model = qobject_cast<MigrationListModel *>(table->model());
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(model->rowCount(), 2);
        QCOMPARE(model->index(0, MigrationListModel::StateColumn).data().toString(), u"pending"_s);

        table->setCurrentIndex(model->index(0, 0));
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
        QCOMPARE(model->index(0, MigrationListModel::StateColumn).data().toString(), u"pending"_s);

        // Up asks first, naming the database.
        QString question;
        QTimer::singleShot(200, this, [&question] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                question = box->text();
                box->button(QMessageBox::Yes)->click();
            }
        });
        up->click();
        QVERIFY2(question.contains(u"app.db"_s), qPrintable(question));
        QTRY_COMPARE(model->index(1, MigrationListModel::StateColumn).data().toString(), u"applied"_s);
        QTRY_VERIFY(up->isEnabled());
        if (const QString shot = qEnvironmentVariable("DBPULSE_MIGRATIONS_SCREENSHOT"); !shot.isEmpty()) {
            table->setCurrentIndex(model->index(0, 0));
            QTest::qWait(300);
            page.grab().save(shot);
        }
    }
};

QTEST_MAIN(TestMigrationsPage)
#include "tst_migrationspage.moc"
