// Cost of classifying one statement text for its performance budget (issue 17): the regular
// expressions used before, against QueryBudget::classify over libpg_query's parse tree.
// Pure CPU, no cluster. Prints, for each kind of text, the median time per call over batches.
#include "core/metrics/querybudget.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTextStream>
#include <algorithm>
#include <functional>
#include <time.h>

using namespace dbpulse;

namespace {

// The classifier before issue 17, verbatim, so before and after run in one process on one machine.
QRegularExpression words(const char *pattern)
{
    return QRegularExpression(QString::fromLatin1(pattern), QRegularExpression::CaseInsensitiveOption);
}

int regexClassify(const QString &queryText)
{
    const QString q = queryText.left(8192).simplified();
    static const QRegularExpression bulkStart = words(
        "^(?:/\\*.*?\\*/\\s*)*(copy|vacuum|analyze|cluster|reindex|create\\s+(unique\\s+)?index|refresh\\s+materialized|create\\s+table\\s+\\S+\\s+as|select\\s.*\\binto\\s+(temp|temporary|unlogged|table)?\\b)");
    static const QRegularExpression insertSelect = words("^(?:/\\*.*?\\*/\\s*)*insert\\s+into\\s.*?\\bselect\\b");
    static const QRegularExpression multiValues = words("\\)\\s*,\\s*\\(");
    static const QRegularExpression insertStart = words("^(?:/\\*.*?\\*/\\s*)*insert\\b");
    static const QRegularExpression writeNoWhere = words("^(?:/\\*.*?\\*/\\s*)*(update|delete)\\b(?!.*\\bwhere\\b)");
    static const QRegularExpression analytic = words(
        "\\bgroup\\s+by\\b|\\bover\\s*\\(|\\bwith\\s+recursive\\b|\\b(count|sum|avg|min|max|stddev|variance|percentile_cont|percentile_disc|string_agg|array_agg|json_agg)\\s*\\(|\\bgrouping\\s+sets\\b|\\brollup\\b|\\bcube\\s*\\(");
    static const QRegularExpression complex = words(
        "\\bjoin\\b|\\bunion\\b|\\bintersect\\b|\\bexcept\\b|\\(\\s*select\\b|\\bexists\\s*\\(|\\bwith\\b|\\bfrom\\s+[^()]*?,");
    if (bulkStart.match(q).hasMatch() || insertSelect.match(q).hasMatch() || writeNoWhere.match(q).hasMatch())
        return 3;
    if (insertStart.match(q).hasMatch() && q.count(multiValues) >= 9)
        return 3;
    if (analytic.match(q).hasMatch())
        return 2;
    if (complex.match(q).hasMatch())
        return 1;
    return 0;
}

QString params(int from, int count)
{
    QStringList list;
    for (int i = 0; i < count; ++i)
        list << QStringLiteral("$%1").arg(from + i);
    return list.join(QStringLiteral(", "));
}

// This thread's CPU time in nanoseconds: on a machine shared with builds, wall time mostly
// measures waiting for a core.
qint64 threadCpuNs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
}

// Median CPU microseconds per call over 7 batches, each at least ~30 ms of CPU.
double microsPerCall(const std::function<int(const QString &)> &classify, const QString &text)
{
    volatile int sink = 0;
    int calls = 1;
    for (;;) { // find a batch size
        const qint64 start = threadCpuNs();
        for (int i = 0; i < calls; ++i)
            sink = sink + classify(text);
        if (threadCpuNs() - start > 30'000'000 || calls > 1'000'000)
            break;
        calls *= 2;
    }
    QList<double> batches;
    for (int b = 0; b < 7; ++b) {
        const qint64 start = threadCpuNs();
        for (int i = 0; i < calls; ++i)
            sink = sink + classify(text);
        batches << double(threadCpuNs() - start) / 1000.0 / calls;
    }
    std::sort(batches.begin(), batches.end());
    return batches.at(batches.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString in1000;
    const QList<std::pair<QString, QString>> texts{
        {QStringLiteral("point lookup"), QStringLiteral("SELECT * FROM pgbench_accounts WHERE aid = $1")},
        {QStringLiteral("update by key"), QStringLiteral("UPDATE pgbench_accounts SET abalance = abalance + $1 WHERE aid = $2")},
        {QStringLiteral("join, 3 tables"),
         QStringLiteral("SELECT o.id, c.name, p.title FROM orders o JOIN customers c ON c.id = o.customer_id "
                        "JOIN products p ON p.id = o.product_id WHERE o.created > $1 ORDER BY o.created DESC LIMIT $2")},
        {QStringLiteral("report (CTE, GROUP BY, window)"),
         QStringLiteral("WITH monthly AS (SELECT date_trunc($1, created) AS month, customer_id, sum(total) AS total "
                        "FROM orders WHERE created >= now() - interval $2 GROUP BY 1, 2) "
                        "SELECT month, customer_id, total, rank() OVER (PARTITION BY month ORDER BY total DESC) "
                        "FROM monthly WHERE total > (SELECT avg(total) FROM monthly) ORDER BY month, total DESC")},
        {QStringLiteral("INSERT, 100 rows of 5"),
         QStringLiteral("INSERT INTO t (a, b, c, d, e) VALUES ") + [] {
             QStringList rows;
             for (int r = 0; r < 100; ++r)
                 rows << QStringLiteral("(") + params(r * 5 + 1, 5) + QStringLiteral(")");
             return rows.join(QStringLiteral(", "));
         }()},
        {QStringLiteral("IN list of 1,000"), QStringLiteral("SELECT * FROM t WHERE id IN (") + params(1, 1000) + QStringLiteral(")")},
        {QStringLiteral("IN list of 1,300 (just under 8 Ki)"), QStringLiteral("SELECT * FROM t WHERE id IN (") + params(1, 1300) + QStringLiteral(")")},
        {QStringLiteral("IN list of 8,000 (over the limit: keywords)"),
         QStringLiteral("SELECT * FROM t WHERE id IN (") + params(1, 8000) + QStringLiteral(")")},
        {QStringLiteral("INSERT, 2,000 rows (over the limit: keywords)"),
         QStringLiteral("INSERT INTO t (a, b, c, d, e) VALUES ") + [] {
             QStringList rows;
             for (int r = 0; r < 2000; ++r)
                 rows << QStringLiteral("(") + params(r * 5 + 1, 5) + QStringLiteral(")");
             return rows.join(QStringLiteral(", "));
         }()},
        {QStringLiteral("cut in a string (keywords)"),
         QStringLiteral("SELECT a, count(*) FROM orders o JOIN customers c ON c.id = o.customer_id WHERE note = 'abc")},
    };
    QTextStream out(stdout);
    out << "| text | chars | before (regex) µs CPU | after (parser) µs CPU | before class | after class |\n";
    out << "|---|---|---|---|---|---|\n";
    for (const auto &[name, text] : texts) {
        const double before = microsPerCall(regexClassify, text);
        const double after = microsPerCall([](const QString &t) { return int(QueryBudget::classify(t)); }, text);
        out << "| " << name << " | " << text.size() << " | " << QString::number(before, 'f', 1) << " | "
            << QString::number(after, 'f', 1) << " | "
            << QueryBudget::className(QueryBudget::QueryClass(regexClassify(text))) << " | "
            << QueryBudget::className(QueryBudget::classify(text)) << " |\n";
        out.flush();
    }
    return 0;
}
