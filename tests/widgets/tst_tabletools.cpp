// Every table's sorting, filtering and copying (TableTools) on real tables: the Sessions list of
// real backends whose query holds a comma, quotes, a line break and an escape sequence; the
// Indexes page on a database with a foreign key that has no index. Also what CSV and the numeric
// sort do with the text of any table.
#include "core/db/target.h"
#include "models/backendmodel.h"
#include "models/indexrecommendationmodel.h"
#include "tests/support/doctorrun.h"
#include "tests/support/oneserver.h"
#include "tests/support/plainconnection.h"
#include "tests/support/testcluster.h"
#include "widgets/backendview.h"
#include "widgets/indexespage.h"
#include "widgets/tabletext.h"
#include "widgets/tabletools.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace dbpulse;
using test::OneServer;
using test::PlainConnection;
using namespace Qt::StringLiterals;

namespace {

const QString database = QStringLiteral("tabletools");

/// RFC 4180 read back: the records of \a csv, each a list of fields.
QList<QStringList> parseCsv(const QString &csv)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < csv.size(); ++i) {
        const QChar c = csv.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < csv.size() && csv.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            record << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < csv.size() && csv.at(i + 1) == QLatin1Char('\n')) {
            record << field;
            records << record;
            record.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return records;
}

/// The proxy row of \a pid in \a view's table, or -1.
int rowOf(const BackendView &view, int pid)
{
    const QAbstractItemModel *m = view.table()->model();
    for (int r = 0; r < m->rowCount(); ++r) {
        if (m->index(r, 0).data(BackendModel::PidRole).toInt() == pid)
            return r;
    }
    return -1;
}

QStringList column(const QAbstractItemModel *m, int c)
{
    QStringList texts;
    for (int r = 0; r < m->rowCount(); ++r)
        texts << m->index(r, c).data().toString();
    return texts;
}

} // namespace

class TestTableTools : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Durations and sizes as a model shows them: "9 ms" is less than "10 ms", whatever the text says.
    void numbersInTextSortAsNumbers()
    {
        QStandardItemModel model(0, 1);
        for (const char *text : {"10 ms", "9 ms", "", "100 ms", "1.5 s"})
            model.appendRow(new QStandardItem(QString::fromLatin1(text)));
        QTableView view;
        TableTools tools(&view, &model);
        view.sortByColumn(0, Qt::AscendingOrder);
        QCOMPARE(column(tools.proxy(), 0), (QStringList{u"1.5 s"_s, u"9 ms"_s, u"10 ms"_s, u"100 ms"_s, QString()}));
        view.sortByColumn(0, Qt::DescendingOrder);
        QCOMPARE(column(tools.proxy(), 0), (QStringList{QString(), u"100 ms"_s, u"10 ms"_s, u"9 ms"_s, u"1.5 s"_s}));
        // Numbers from a sort role compare as numbers, never as their text.
        QVERIFY(TableProxy::lessThanValues(9, 10) && !TableProxy::lessThanValues(10.5, 9));
    }

    void csvQuotesAndDropsControlCharacters()
    {
        QCOMPARE(csvField(u"plain"_s), u"plain"_s);
        QCOMPARE(csvField(u"a, b"_s), u"\"a, b\""_s);
        QCOMPARE(csvField(u"say \"hi\""_s), u"\"say \"\"hi\"\"\""_s);
        QCOMPARE(csvField(u"two\r\nlines"_s), u"\"two\nlines\""_s);
        // An escape sequence, a bell and a right-to-left override from another role's name are dropped.
        QCOMPARE(csvField(u"evil\x1b[31m\x07name\u202Etxt"_s), u"evil[31mnametxt"_s);
        // A name a spreadsheet would run is not a formula once pasted.
        QCOMPARE(csvField(u"=HYPERLINK(\"x\")"_s), u"\"'=HYPERLINK(\"\"x\"\")\""_s);
        QCOMPARE(csvLine({u"a"_s, u"b,c"_s}), u"a,\"b,c\"\r\n"_s);
        QCOMPARE(tabLine({u"a\tb"_s, u"c\nd"_s}), u"a b\tc d"_s);
    }

    // The Sessions table: filter, numeric sort, the selection kept on its pid while rows move,
    // a wide query column, and Copy / Copy as CSV of a hostile query.
    void sessionsFilterSortCopyAndKeepTheSelection()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        QVERIFY(!test::freshDatabase(cluster, database).isEmpty());
        const QString uri = cluster->uri(database);
        const QString hostile = u"SELECT pg_sleep(600) /* row, \"quoted\"\n\x1b[31mnext line */"_s;
        std::vector<std::unique_ptr<PlainConnection>> sessions;
        const auto open = [&](const QString &app, const QString &sql) {
            auto c = std::make_unique<PlainConnection>(uri);
            if (!c->ok() || !c->exec(u"SET application_name = '%1'"_s.arg(app)).isEmpty() || !c->send(sql))
                return -1;
            const int pid = c->pid();
            sessions.push_back(std::move(c));
            return pid;
        };
        const int b = open(u"tables_app_b"_s, u"SELECT pg_sleep(600) /* b */"_s);
        const int c = open(u"tables_app_c"_s, hostile);
        const int d = open(u"tables_app_d"_s, u"SELECT pg_sleep(600) /* d */"_s);
        const int other = open(u"another_client"_s, u"SELECT pg_sleep(600) /* other */"_s);
        QVERIFY(b > 0 && c > 0 && d > 0 && other > 0);

        OneServer servers(*parseTarget(uri).target);
        BackendView view(&servers);
        view.resize(1100, 500);
        view.setCurrentKey(u"server"_s);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(view, b) >= 0 && rowOf(view, c) >= 0 && rowOf(view, d) >= 0 && rowOf(view, other) >= 0,
                                 15000);
        TableTools *tools = view.tableTools();
        QTableView *table = view.table();

        // The query is what is read: it gets the width the short columns leave.
        QVERIFY2(table->horizontalHeader()->sectionSize(BackendModel::QueryColumn) >= 400,
                 qPrintable(QString::number(table->horizontalHeader()->sectionSize(BackendModel::QueryColumn))));

        // The filter narrows the rows to the ones that contain its text in any column.
        const int all = table->model()->rowCount();
        tools->filterEdit()->setText(u"TABLES_APP_"_s);
        QCOMPARE(table->model()->rowCount(), 3);
        QVERIFY2(all >= 4, qPrintable(QString::number(all)));
        QCOMPARE(rowOf(view, other), -1);

        // Sorted by a column; the third session selected.
        table->sortByColumn(BackendModel::ApplicationColumn, Qt::AscendingOrder);
        QCOMPARE(column(table->model(), BackendModel::ApplicationColumn),
                 (QStringList{u"tables_app_b"_s, u"tables_app_c"_s, u"tables_app_d"_s}));
        table->selectRow(rowOf(view, c));
        QCOMPARE(rowOf(view, c), 1);
        // What another role wrote is shown on one line, without its escape character.
        QCOMPARE(table->model()->index(1, BackendModel::QueryColumn).data().toString(),
                 u"SELECT pg_sleep(600) /* row, \"quoted\" [31mnext line */"_s);

        // A new session sorts above it; after the next refresh the same session is still the selected one.
        const int a = open(u"tables_app_a"_s, u"SELECT pg_sleep(600) /* a */"_s);
        QVERIFY(a > 0);
        QSignalSpy refreshed(&view, &BackendView::refreshed);
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(view, a) >= 0, 15000);
        QCOMPARE(rowOf(view, c), 2);
        QCOMPARE(table->currentIndex().data(BackendModel::PidRole).toInt(), c);
        QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(table->selectionModel()->selectedRows().first().data(BackendModel::PidRole).toInt(), c);
        // And across a refresh in which nothing moves.
        refreshed.clear();
        view.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty(), 15000);
        QCOMPARE(table->currentIndex().data(BackendModel::PidRole).toInt(), c);

        // Sorting by how long they run is by the seconds, not by the text.
        table->sortByColumn(BackendModel::DurationColumn, Qt::DescendingOrder);
        QCOMPARE(table->model()->index(0, 0).data(BackendModel::PidRole).toInt(), b);
        QCOMPARE(table->currentIndex().data(BackendModel::PidRole).toInt(), c);

        // Copy as CSV: the header, then the row with its whole query: quoted where it must be,
        // the escape character gone.
        const QList<QStringList> records = parseCsv(tools->csv(tools->selectedRows()));
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(0).value(BackendModel::QueryColumn), u"Query"_s);
        QCOMPARE(records.at(1).size(), int(BackendModel::ColumnCount));
        QCOMPARE(records.at(1).value(BackendModel::PidColumn), QString::number(c));
        QCOMPARE(records.at(1).value(BackendModel::ApplicationColumn), u"tables_app_c"_s);
        QCOMPARE(records.at(1).value(BackendModel::QueryColumn), u"SELECT pg_sleep(600) /* row, \"quoted\"\n[31mnext line */"_s);

        // Ctrl+C in the table copies the selected row, one line, tab-separated.
        QApplication::clipboard()->clear();
        table->setFocus();
        QTest::keySequence(table, QKeySequence::Copy);
        const QString copied = QApplication::clipboard()->text();
        QVERIFY2(copied.startsWith(QString::number(c) + QLatin1Char('\t')) && copied.count(QLatin1Char('\n')) == 1
                     && copied.contains(u"row, \"quoted\" [31mnext line"_s) && !copied.contains(QChar(0x1b)),
                 qPrintable(copied));

        if (qEnvironmentVariableIsSet("DBPULSE_GRAB"))
            view.grab().save(qEnvironmentVariable("DBPULSE_GRAB"));
    }

    // The Indexes page: advice by its kind's label, sorted by priority rank, and the whole of it in
    // the detail pane.
    void indexesShowLabelsAndTheWholeAdvice()
    {
        DBPULSE_REQUIRE_CLUSTER(cluster);
        const QString uri = cluster->uri(database);
        PlainConnection db(uri);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QCOMPARE(db.exec(u"CREATE TABLE IF NOT EXISTS customer (id int PRIMARY KEY);"
                         "CREATE TABLE IF NOT EXISTS purchase_with_a_rather_long_name (id int PRIMARY KEY, "
                         "customer_id int REFERENCES customer);"
                         "INSERT INTO customer SELECT generate_series(1, 2000) ON CONFLICT DO NOTHING;"
                         "INSERT INTO purchase_with_a_rather_long_name SELECT i, 1 + i % 2000 FROM generate_series(1, 20000) i "
                         "ON CONFLICT DO NOTHING; ANALYZE"_s),
                 QString());

        OneServer servers(*parseTarget(uri).target);
        IndexesPage page(&servers);
        page.resize(1152, 720);
        page.setCurrentKey(u"server"_s);
        page.show();
        auto *table = page.findChild<QTableView *>(u"indexTable"_s);
        QVERIFY(table);
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 0, 60000);
        int fk = -1;
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            const QModelIndex kind = table->model()->index(r, IndexRecommendationModel::KindColumn);
            QVERIFY2(!kind.data().toString().contains(QLatin1Char('_')), qPrintable(kind.data().toString()));
            if (kind.data(IndexRecommendationModel::KindRole).toString() == QLatin1String("fk_unindexed")
                && table->model()->index(r, IndexRecommendationModel::TableColumn).data().toString().contains(u"purchase"_s))
                fk = r;
        }
        QVERIFY(fk >= 0);
        QCOMPARE(table->model()->index(fk, IndexRecommendationModel::KindColumn).data().toString(), u"Foreign key without index"_s);

        // The benefit, the sentence to read, takes the free width.
        QVERIFY2(table->horizontalHeader()->sectionSize(IndexRecommendationModel::BenefitColumn) >= 300,
                 qPrintable(QString::number(table->horizontalHeader()->sectionSize(IndexRecommendationModel::BenefitColumn))));

        table->selectRow(fk);
        const QString benefit = table->model()->index(fk, IndexRecommendationModel::BenefitColumn).data().toString();
        auto *detail = page.findChild<QPlainTextEdit *>(u"indexDetail"_s);
        QVERIFY(detail);
        const QString text = detail->toPlainText();
        QVERIFY2(text.startsWith(u"Foreign key without index: public.purchase_with_a_rather_long_name (customer_id)"_s)
                     && text.contains(benefit) && text.contains(u"CREATE INDEX"_s),
                 qPrintable(text));

        if (qEnvironmentVariableIsSet("DBPULSE_GRAB"))
            page.grab().save(qEnvironmentVariable("DBPULSE_GRAB") + u".indexes.png"_s);
    }
};

QTEST_MAIN(TestTableTools)
#include "tst_tabletools.moc"
