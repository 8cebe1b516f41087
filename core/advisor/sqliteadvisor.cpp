#include "core/advisor/sqliteadvisor.h"

#include "core/advisor/catalogreader.h"
#include "core/migrations/migration.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <algorithm>
#include <sqlite3.h>

namespace dbpulse {

namespace {

using Kind = IndexRecommendation::Kind;
using Priority = IndexRecommendation::Priority;

const QString kWhatIf = QStringLiteral("dbpulse_whatif_index");

struct Handle
{
    sqlite3 *db = nullptr;
    ~Handle() { sqlite3_close_v2(db); }
};

// Every row as text (NULL: a null QString), binding \a params as text. False with \a error.
bool query(sqlite3 *db, const QString &sql, const QStringList &params, QList<QStringList> *out, QString *error = nullptr)
{
    sqlite3_stmt *stmt = nullptr;
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(db, text.constData(), int(text.size()), &stmt, nullptr) != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_finalize(stmt);
        return false;
    }
    QList<QByteArray> keep;
    for (int i = 0; i < params.size(); ++i) {
        keep << params[i].toUtf8();
        sqlite3_bind_text(stmt, i + 1, keep.last().constData(), int(keep.last().size()), SQLITE_STATIC);
    }
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        QStringList row;
        for (int c = 0; c < sqlite3_column_count(stmt); ++c) {
            const auto *v = reinterpret_cast<const char *>(sqlite3_column_text(stmt, c));
            row << (v ? QString::fromUtf8(v) : QString());
        }
        if (out)
            out->append(row);
    }
    const bool ok = rc == SQLITE_DONE;
    if (!ok && error)
        *error = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(stmt);
    return ok;
}

bool exec(sqlite3 *db, const QString &sql, QString *error = nullptr)
{
    return query(db, sql, {}, nullptr, error);
}

struct SqliteIndex
{
    QString name;
    QString table;
    QStringList keys;     ///< column names in index order
    QStringList signature; ///< name, direction, collation per key
    bool unique = false;
    bool droppable = false; ///< origin 'c': made by CREATE INDEX, not by a constraint
    bool comparable = true; ///< no expression keys, not partial
    int strength() const { return (droppable ? 0 : 4) + (unique ? 2 : 0); }
};

QList<SqliteIndex> loadIndexes(sqlite3 *db, const QStringList &tables)
{
    QList<SqliteIndex> out;
    for (const QString &table : tables) {
        QList<QStringList> list;
        query(db, QStringLiteral("SELECT name, \"unique\", origin, partial FROM pragma_index_list(?1) ORDER BY name"),
              {table}, &list);
        for (const QStringList &row : std::as_const(list)) {
            SqliteIndex i;
            i.name = row[0];
            i.table = table;
            i.unique = row[1] == QLatin1String("1");
            i.droppable = row[2] == QLatin1String("c");
            i.comparable = row[3] == QLatin1String("0");
            QList<QStringList> keys;
            query(db, QStringLiteral("SELECT cid, name, \"desc\", coll FROM pragma_index_xinfo(?1) WHERE key = 1 ORDER BY seqno"),
                  {i.name}, &keys);
            for (const QStringList &k : std::as_const(keys)) {
                if (k[0] == QLatin1String("-2"))
                    i.comparable = false; // an expression: its text is not reported here
                i.keys << k[1];
                i.signature << k[1] + QChar(0x1f) + k[2] + QChar(0x1f) + k[3];
            }
            out << i;
        }
    }
    return out;
}

IndexRecommendation dropAdvice(Kind kind, const SqliteIndex &i, const SqliteIndex &other)
{
    IndexRecommendation r;
    r.kind = kind;
    r.schema = QStringLiteral("main");
    r.table = i.table;
    r.columns = i.keys;
    r.index = i.name;
    r.ddl = QStringLiteral("DROP INDEX %1.%2;").arg(quoteIdentifier(r.schema), quoteIdentifier(i.name));
    r.estimatedBenefit = QCoreApplication::translate("Advisor", "cheaper writes and a smaller file");
    if (kind == Kind::Duplicate) {
        r.priority = Priority::Medium;
        r.reason = QCoreApplication::translate("Advisor", "Index %1 has the same keys, order and collation as %2%3: one of them is enough.")
                       .arg(i.name, other.name, other.unique ? QCoreApplication::translate("Advisor", " (unique, kept)") : QString());
    } else {
        r.priority = Priority::Low;
        r.reason = QCoreApplication::translate("Advisor", "Index %1 (%2) is a leading prefix of %3 (%4), which serves the same lookups.")
                       .arg(i.name, i.keys.join(QLatin1String(", ")), other.name, other.keys.join(QLatin1String(", ")));
    }
    return r;
}

IndexRecommendations duplicateAndRedundant(const QList<SqliteIndex> &indexes)
{
    IndexRecommendations out;
    QStringList flagged;
    const auto candidate = [&](const SqliteIndex &a, const SqliteIndex &b) {
        return &a != &b && a.table == b.table && a.comparable && b.comparable && a.droppable && !flagged.contains(a.name)
            && !flagged.contains(b.name);
    };
    // Prefixes first: twins that a longer index covers both go as redundant, not one as a duplicate.
    for (const SqliteIndex &a : indexes) {
        for (const SqliteIndex &b : indexes) {
            if (candidate(a, b) && !a.unique && a.signature.size() < b.signature.size()
                && b.signature.mid(0, a.signature.size()) == a.signature) {
                out << dropAdvice(Kind::Redundant, a, b);
                flagged << a.name;
            }
        }
    }
    // Of two twins the weaker goes (a unique index never for a plain twin); equals: the later name.
    for (const SqliteIndex &a : indexes) {
        for (const SqliteIndex &b : indexes) {
            if (candidate(a, b) && a.signature == b.signature
                && (a.strength() < b.strength() || (a.strength() == b.strength() && a.name > b.name))) {
                out << dropAdvice(Kind::Duplicate, a, b);
                flagged << a.name;
            }
        }
    }
    return out;
}

QStringList plan(sqlite3 *db, const QString &statement, QString *error)
{
    QList<QStringList> rows;
    QStringList details;
    if (!query(db, QStringLiteral("EXPLAIN QUERY PLAN ") + statement, {}, &rows, error))
        return {};
    for (const QStringList &row : std::as_const(rows))
        details << row.value(3);
    return details;
}

bool scansWithoutIndex(const QStringList &details)
{
    return std::any_of(details.cbegin(), details.cend(), [](const QString &d) {
        return d.startsWith(QLatin1String("SCAN ")) && !d.contains(QLatin1String("INDEX"))
            && !d.contains(QLatin1String("CONSTANT ROW")) && !d.startsWith(QLatin1String("SCAN SUBQUERY"));
    });
}

// The terms a search with the what-if index uses, e.g. "a=? AND b>?"; empty when it is not used.
QString whatIfTerms(const QStringList &details)
{
    static const QRegularExpression re(QStringLiteral("^SEARCH .* USING (?:COVERING )?INDEX %1 \\((.*)\\)$").arg(kWhatIf));
    for (const QString &d : details) {
        const auto m = re.match(d);
        if (m.hasMatch())
            return m.captured(1);
    }
    return {};
}

bool mentions(const QString &statement, const QString &name)
{
    // Quoted, a name's own quotes are doubled ("Odd ""Tab""").
    if (statement.contains(quoteIdentifier(name), Qt::CaseInsensitive))
        return true;
    const QRegularExpression re(QStringLiteral("(?<![\\w$])%1(?![\\w$])").arg(QRegularExpression::escape(name)),
                                QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re.match(statement).hasMatch();
}

// Terms the what-if index on \a columns of \a table serves for \a statement; empty when unused.
QString tryIndex(sqlite3 *mem, const QString &statement, const QString &table, const QStringList &columns)
{
    QStringList quoted;
    for (const QString &c : columns)
        quoted << quoteIdentifier(c);
    if (!exec(mem, QStringLiteral("CREATE INDEX %1 ON %2 (%3)").arg(kWhatIf, quoteIdentifier(table), quoted.join(QLatin1String(", ")))))
        return {};
    QString error;
    const QString terms = whatIfTerms(plan(mem, statement, &error));
    exec(mem, QStringLiteral("DROP INDEX %1").arg(kWhatIf));
    return terms;
}

struct Candidate
{
    IndexRecommendation rec;
    int equalityCount = 0; ///< the leading columns compared with "=": their order is free
    QStringList samples;
};

// Folds \a small into \a big when one index serves both: \a small's columns lead \a big, or, all
// equality, they are among \a big's equality columns (which then move to the front).
bool foldInto(Candidate &big, const Candidate &small)
{
    const QStringList &s = small.rec.columns;
    QStringList &b = big.rec.columns;
    if (big.rec.table != small.rec.table || b.size() <= s.size())
        return false;
    if (b.mid(0, s.size()) != s) {
        const QStringList bigEquality = b.mid(0, big.equalityCount);
        if (small.equalityCount != s.size()
            || !std::all_of(s.cbegin(), s.cend(), [&](const QString &c) { return bigEquality.contains(c); }))
            return false;
        QStringList reordered = s;
        for (const QString &c : std::as_const(b)) {
            if (!reordered.contains(c))
                reordered << c;
        }
        b = reordered;
    }
    big.samples += small.samples;
    return true;
}

QString shortened(QString sql)
{
    sql = sql.simplified();
    return sql.size() > 120 ? sql.left(117) + QLatin1String("...") : sql;
}

} // namespace

QStringList splitAdvisorStatements(const QString &text)
{
    QStringList out;
    const QList<SplitStatement> statements = splitSqlStatements(text);
    if (statements.size() > 1 || text.contains(QLatin1Char(';'))) {
        for (const SplitStatement &s : statements) {
            QString sql = s.sql.trimmed();
            if (sql.endsWith(QLatin1Char(';')))
                sql.chop(1);
            out << sql.trimmed();
        }
        return out;
    }
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty() && !line.trimmed().startsWith(QLatin1String("--")))
            out << line.trimmed();
    }
    return out;
}

namespace {

// An empty copy of the schema in memory, for what-if plans: CREATE INDEX there is free and the
// file stays untouched. Returns how many objects could not be recreated.
int copySchema(sqlite3 *mem, const QList<QStringList> &schema)
{
    int skipped = 0;
    for (const QStringList &row : schema) {
        if (row[0] == QLatin1String("trigger"))
            continue;
        if (!exec(mem, row[3]))
            ++skipped; // virtual tables of modules not loaded here, for example
    }
    return skipped;
}

// The index on \a table that \a statement's plan would search by, or no columns: equality columns
// first, then one range column; the longest prefix the planner uses.
QStringList searchColumns(sqlite3 *mem, const QString &statement, const QString &table, const QStringList &columns,
                          int *equalityCount)
{
    QStringList equality, range;
    for (const QString &column : columns) {
        if (!mentions(statement, column))
            continue;
        const QString terms = tryIndex(mem, statement, table, {column});
        if (terms.startsWith(column + QLatin1Char('=')))
            equality << column;
        else if (!terms.isEmpty())
            range << column;
    }
    QStringList cols = equality;
    if (!range.isEmpty())
        cols << range.first();
    while (cols.size() > 1 && tryIndex(mem, statement, table, cols).count(QLatin1Char('?')) < cols.size())
        cols.removeLast();
    *equalityCount = int(std::min(equality.size(), cols.size()));
    return cols;
}

// Candidates for one statement, in rounds: once one table is searched by index, the join order can
// change and expose the next scan (customers → orders by customer_id, then customers by name).
// Chosen indexes stay in the copy for this statement's later rounds only.
void findForStatement(sqlite3 *mem, const QString &statement, const QStringList &tables,
                      const QHash<QString, QStringList> &columnsOf, QHash<QString, Candidate> *found)
{
    QString error;
    QStringList done;
    int chosen = 0;
    for (int round = 0; round < 3 && scansWithoutIndex(plan(mem, statement, &error)); ++round) {
        bool progressed = false;
        for (const QString &table : tables) {
            if (done.contains(table) || !mentions(statement, table))
                continue;
            int equalityCount = 0;
            const QStringList cols = searchColumns(mem, statement, table, columnsOf.value(table), &equalityCount);
            if (cols.isEmpty())
                continue;
            Candidate &c = (*found)[table + QChar(0x1f) + cols.join(QChar(0x1f))];
            c.rec.table = table;
            c.rec.columns = cols;
            c.equalityCount = equalityCount;
            c.samples << shortened(statement);
            done << table;
            QStringList quoted;
            for (const QString &col : cols)
                quoted << quoteIdentifier(col);
            exec(mem, QStringLiteral("CREATE INDEX dbpulse_chosen_%1 ON %2 (%3)")
                          .arg(++chosen).arg(quoteIdentifier(table), quoted.join(QLatin1String(", "))));
            progressed = true;
        }
        if (!progressed)
            break;
    }
    for (int n = 1; n <= chosen; ++n)
        exec(mem, QStringLiteral("DROP INDEX dbpulse_chosen_%1").arg(n));
}

// A candidate that is a leading prefix of another on the same table is served by that one.
QList<Candidate> foldPrefixes(QList<Candidate> list)
{
    for (int i = 0; i < list.size(); ++i) {
        for (int j = 0; j < list.size(); ++j) {
            if (i != j && foldInto(list[j], list[i])) {
                list.removeAt(i);
                i = -1;
                break;
            }
        }
    }
    return list;
}

// The advice for \a c, with an index name that collides with none in \a takenNames (lower case).
IndexRecommendation describeMissing(const Candidate &c, QStringList *takenNames)
{
    IndexRecommendation r = c.rec;
    r.kind = Kind::Missing;
    r.schema = QStringLiteral("main");
    r.priority = c.samples.size() > 1 ? Priority::High : Priority::Medium;
    r.calls = c.samples.size();
    QStringList quoted;
    for (const QString &col : std::as_const(r.columns))
        quoted << quoteIdentifier(col);
    // SQLite needs a name; a free one, so the DDL cannot collide with an existing index.
    QString name = QStringList{r.table, r.columns.join(QLatin1Char('_')), QStringLiteral("idx")}.join(QLatin1Char('_'));
    for (int n = 2; takenNames->contains(name.toLower()); ++n)
        name = QStringList{r.table, r.columns.join(QLatin1Char('_')), QStringLiteral("idx%1").arg(n)}.join(QLatin1Char('_'));
    *takenNames << name.toLower();
    // SQLite qualifies the index name, not the table: CREATE INDEX schema.name ON table.
    r.ddl = QStringLiteral("CREATE INDEX %1.%2 ON %3 (%4);")
                .arg(quoteIdentifier(r.schema), quoteIdentifier(name), quoteIdentifier(r.table), quoted.join(QLatin1String(", ")));
    r.reason = QCoreApplication::translate("Advisor", "%n supplied statement(s) scan %1 without an index, e.g. \"%2\". With an index on (%3) "
                              "SQLite's planner searches instead (what-if plan on a copy of the schema).", nullptr, int(c.samples.size()))
                   .arg(r.table, c.samples.first(), r.columns.join(QLatin1String(", ")));
    r.estimatedBenefit = QCoreApplication::translate("Advisor", "index search instead of a full table scan for %n statement(s)", nullptr, int(c.samples.size()));
    return r;
}

// Missing indexes for \a statements, planned on an empty in-memory copy of \a schema.
IndexRecommendations findMissing(const QList<QStringList> &schema, const QStringList &tables,
                                 const QList<SqliteIndex> &indexes, const QStringList &statements,
                                 QStringList *notes, const JobContext &context)
{
    Handle mem;
    sqlite3_open_v2(":memory:", &mem.db, SQLITE_OPEN_READWRITE, nullptr);
    if (const int skipped = copySchema(mem.db, schema); skipped > 0)
        *notes << QCoreApplication::translate("Advisor", "%n schema object(s) could not be recreated for what-if planning (virtual "
                                 "tables?); statements using them are not checked.", nullptr, skipped);
    QHash<QString, QStringList> columnsOf;
    for (const QString &t : tables) {
        QList<QStringList> cols;
        query(mem.db, QStringLiteral("SELECT name FROM pragma_table_info(?1) ORDER BY cid"), {t}, &cols);
        for (const QStringList &c : std::as_const(cols))
            columnsOf[t] << c[0];
    }
    QHash<QString, Candidate> found;
    int unplannable = 0;
    QString error;
    for (const QString &statement : statements) {
        if (context.isCancelled())
            break;
        if (plan(mem.db, statement, &error).isEmpty())
            ++unplannable;
        else
            findForStatement(mem.db, statement, tables, columnsOf, &found);
    }
    if (unplannable > 0)
        *notes << QCoreApplication::translate("Advisor", "%1 of %n statements could not be planned (syntax, or objects this file does "
                                 "not have) and were skipped.", nullptr, int(statements.size())).arg(unplannable);
    QStringList names;
    for (const SqliteIndex &i : indexes)
        names << i.name.toLower();
    IndexRecommendations out;
    for (const Candidate &c : foldPrefixes(found.values()))
        out << describeMissing(c, &names);
    return out;
}

} // namespace

AdvisorReport analyzeSqliteIndexes(const QString &path, const QStringList &statements, const JobContext &context)
{
    AdvisorReport report;
    report.analyzedAt = QDateTime::currentDateTimeUtc();
    Handle src;
    if (sqlite3_open_v2(path.toUtf8().constData(), &src.db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        report.error = QCoreApplication::translate("Advisor", "cannot open %1: %2").arg(path, QString::fromUtf8(sqlite3_errmsg(src.db)));
        return report;
    }
    QList<QStringList> schema;
    QString error;
    // Reading the schema is what tells a non-database file apart.
    if (!query(src.db, QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE sql IS NOT NULL "
                                      "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
                                      "ORDER BY CASE type WHEN 'table' THEN 0 WHEN 'view' THEN 1 WHEN 'index' THEN 2 ELSE 3 END"),
               {}, &schema, &error)) {
        report.error = QCoreApplication::translate("Advisor", "cannot read the schema of %1: %2").arg(path, error);
        return report;
    }
    report.connected = true;
    QStringList tables;
    for (const QStringList &row : std::as_const(schema)) {
        if (row[0] == QLatin1String("table") && !row[3].startsWith(QLatin1String("CREATE VIRTUAL"), Qt::CaseInsensitive))
            tables << row[1];
    }
    const QList<SqliteIndex> indexes = loadIndexes(src.db, tables);
    report.recommendations = duplicateAndRedundant(indexes);
    if (statements.isEmpty())
        report.notes << QCoreApplication::translate("Advisor", "SQLite keeps no statement statistics: supply the statements to check "
                                       "(--statements FILE) for missing-index advice.");
    else
        report.recommendations += findMissing(schema, tables, indexes, statements, &report.notes, context);
    sortRecommendations(report.recommendations);
    return report;
}

} // namespace dbpulse
