#include "core/migrations/migration.h"

#include "core/sql/sqlparser.h"

#include <QStringList>

namespace dbpulse {

QString migrationStyleName(MigrationStyle style)
{
    switch (style) {
    case MigrationStyle::Auto: return QStringLiteral("auto");
    case MigrationStyle::Dbmate: return QStringLiteral("dbmate");
    case MigrationStyle::Flyway: return QStringLiteral("flyway");
    case MigrationStyle::Native: return QStringLiteral("native");
    }
    return {};
}

bool parseMigrationStyle(const QString &text, MigrationStyle *style)
{
    for (MigrationStyle s : {MigrationStyle::Auto, MigrationStyle::Dbmate, MigrationStyle::Flyway, MigrationStyle::Native}) {
        if (text.compare(migrationStyleName(s), Qt::CaseInsensitive) == 0) {
            *style = s;
            return true;
        }
    }
    return false;
}

QString Migration::historyKey() const
{
    return isRepeatable() ? QStringLiteral("R:") + description : version;
}

int compareVersions(const QString &a, const QString &b)
{
    // Components may exceed 64 bits (dbmate timestamps are 14 digits, people use more), so compare
    // as digit strings: fewer significant digits is smaller.
    const QStringList pa = a.split(QLatin1Char('.'));
    const QStringList pb = b.split(QLatin1Char('.'));
    for (qsizetype i = 0; i < std::max(pa.size(), pb.size()); ++i) {
        QString x = i < pa.size() ? pa.at(i) : QStringLiteral("0");
        QString y = i < pb.size() ? pb.at(i) : QStringLiteral("0");
        while (x.size() > 1 && x.startsWith(QLatin1Char('0')))
            x.remove(0, 1);
        while (y.size() > 1 && y.startsWith(QLatin1Char('0')))
            y.remove(0, 1);
        if (x.size() != y.size())
            return x.size() < y.size() ? -1 : 1;
        if (const int c = x.compare(y); c != 0)
            return c < 0 ? -1 : 1;
    }
    return 0;
}

namespace {

bool isIdentChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

// Length of a dollar-quote tag ("$$", "$body$") starting at i, or 0 when there is none
// (a "$1" parameter is not a tag).
qsizetype dollarTagLength(const QString &s, qsizetype i)
{
    if (i > 0 && isIdentChar(s.at(i - 1)))
        return 0;
    qsizetype j = i + 1;
    if (j < s.size() && s.at(j).isDigit())
        return 0;
    while (j < s.size() && isIdentChar(s.at(j)))
        ++j;
    return j < s.size() && s.at(j) == QLatin1Char('$') ? j - i + 1 : 0;
}

// Walks SQL text once, cutting it at top-level semicolons. Comments, quoted strings and
// identifiers, and dollar-quoted bodies are skipped whole, so a ';' inside them does not cut;
// newlines are counted everywhere, so each statement knows its lines.
class StatementSplitter
{
public:
    StatementSplitter(const QString &sql, int firstLine)
        : m_sql(sql), m_n(sql.size()), m_line(firstLine), m_startLine(firstLine) {}

    QList<SplitStatement> split()
    {
        while (m_i < m_n) {
            const QChar c = m_sql.at(m_i);
            const QChar next = m_i + 1 < m_n ? m_sql.at(m_i + 1) : QChar();
            if (c == QLatin1Char('-') && next == QLatin1Char('-')) {
                const qsizetype eol = m_sql.indexOf(QLatin1Char('\n'), m_i);
                advanceTo(eol < 0 ? m_n : eol);
            } else if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
                skipBlockComment();
            } else if (c.isSpace()) {
                advanceTo(m_i + 1);
            } else {
                token(c);
            }
        }
        flush(m_n);
        return m_out;
    }

private:
    // A character that is not blank or comment: it starts (or continues) a statement.
    void token(QChar c)
    {
        if (m_tokenLine < 0)
            m_tokenLine = m_line;
        if (c == QLatin1Char(';')) {
            ++m_i;
            flush(m_i);
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            skipQuoted(c);
        } else if (const qsizetype len = c == QLatin1Char('$') ? dollarTagLength(m_sql, m_i) : 0; len > 0) {
            const QString tag = m_sql.mid(m_i, len);
            const qsizetype close = m_sql.indexOf(tag, m_i + len);
            advanceTo(close < 0 ? m_n : close + len);
        } else {
            ++m_i;
        }
    }

    void skipBlockComment()
    {
        int depth = 0; // PostgreSQL block comments nest
        while (m_i < m_n) {
            if (m_sql.at(m_i) == QLatin1Char('/') && m_i + 1 < m_n && m_sql.at(m_i + 1) == QLatin1Char('*')) {
                ++depth;
                m_i += 2;
            } else if (m_sql.at(m_i) == QLatin1Char('*') && m_i + 1 < m_n && m_sql.at(m_i + 1) == QLatin1Char('/')) {
                m_i += 2;
                if (--depth == 0)
                    return;
            } else {
                advanceTo(m_i + 1);
            }
        }
    }

    // A '…' string or "…" identifier starting at m_i.
    void skipQuoted(QChar quote)
    {
        // E'…' strings allow backslash escapes; doubled quotes work in every form.
        const bool backslash = quote == QLatin1Char('\'') && m_i > 0
            && (m_sql.at(m_i - 1) == QLatin1Char('E') || m_sql.at(m_i - 1) == QLatin1Char('e'))
            && (m_i < 2 || !isIdentChar(m_sql.at(m_i - 2)));
        advanceTo(m_i + 1);
        while (m_i < m_n) {
            const QChar d = m_sql.at(m_i);
            if (backslash && d == QLatin1Char('\\')) {
                advanceTo(m_i + 2);
            } else if (d == quote) {
                if (m_i + 1 < m_n && m_sql.at(m_i + 1) == quote) {
                    m_i += 2;
                } else {
                    ++m_i;
                    return;
                }
            } else {
                advanceTo(m_i + 1);
            }
        }
    }

    // Advances m_i to \a to (at most the end), counting newlines.
    void advanceTo(qsizetype to)
    {
        for (; m_i < to && m_i < m_n; ++m_i) {
            if (m_sql.at(m_i) == QLatin1Char('\n'))
                ++m_line;
        }
    }

    // Ends the statement at \a end (kept only when it had a token).
    void flush(qsizetype end)
    {
        if (m_tokenLine >= 0)
            m_out.append({m_sql.mid(m_start, end - m_start), m_startLine, m_tokenLine, {}, {}});
        m_start = end;
        m_startLine = m_line;
        m_tokenLine = -1;
    }

    const QString &m_sql;
    const qsizetype m_n;
    qsizetype m_i = 0;
    qsizetype m_start = 0;
    int m_line;
    int m_startLine;
    int m_tokenLine = -1;
    QList<SplitStatement> m_out;
};

} // namespace

QList<SplitStatement> splitSqlStatements(const QString &sql, int firstLine)
{
    return StatementSplitter(sql, firstLine).split();
}

namespace {

// Lines that leading comments and blanks of \a text take up before its first token.
int leadingLines(const QString &text)
{
    int lines = 0;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\n')) {
            ++lines;
            ++i;
        } else if (c.isSpace()) {
            ++i;
        } else if (c == QLatin1Char('-') && i + 1 < n && text.at(i + 1) == QLatin1Char('-')) {
            const qsizetype eol = text.indexOf(QLatin1Char('\n'), i);
            i = eol < 0 ? n : eol;
        } else if (c == QLatin1Char('/') && i + 1 < n && text.at(i + 1) == QLatin1Char('*')) {
            int depth = 0; // PostgreSQL block comments nest
            while (i < n) {
                if (text.at(i) == QLatin1Char('/') && i + 1 < n && text.at(i + 1) == QLatin1Char('*')) {
                    ++depth;
                    i += 2;
                } else if (text.at(i) == QLatin1Char('*') && i + 1 < n && text.at(i + 1) == QLatin1Char('/')) {
                    i += 2;
                    if (--depth == 0)
                        break;
                } else {
                    if (text.at(i) == QLatin1Char('\n'))
                        ++lines;
                    ++i;
                }
            }
        } else {
            break;
        }
    }
    return lines;
}

// The statement's own first words ("COMMIT", "END", "START TRANSACTION", "PREPARE TRANSACTION 'x'"),
// without leading comments, one line, at most 60 characters.
QString statementHead(const QString &text)
{
    QString s = text;
    // Drop leading comments the same way leadingLines() skips them.
    qsizetype i = 0;
    while (i < s.size()) {
        if (s.at(i).isSpace()) {
            ++i;
        } else if (s.mid(i, 2) == QLatin1String("--")) {
            const qsizetype eol = s.indexOf(QLatin1Char('\n'), i);
            i = eol < 0 ? s.size() : eol;
        } else if (s.mid(i, 2) == QLatin1String("/*")) {
            int depth = 0;
            while (i < s.size()) {
                if (s.mid(i, 2) == QLatin1String("/*")) {
                    ++depth;
                    i += 2;
                } else if (s.mid(i, 2) == QLatin1String("*/")) {
                    i += 2;
                    if (--depth == 0)
                        break;
                } else {
                    ++i;
                }
            }
        } else {
            break;
        }
    }
    s = s.mid(i).simplified();
    return s.size() > 60 ? s.left(57) + QLatin1String("...") : s;
}

// TransactionStmt kinds that end or start a transaction. SAVEPOINT, RELEASE and ROLLBACK TO
// SAVEPOINT act inside the open transaction and cannot end it, so they are not listed.
bool endsOrStartsTransaction(const QString &kind)
{
    static const QStringList kinds{
        QStringLiteral("TRANS_STMT_BEGIN"), QStringLiteral("TRANS_STMT_START"),
        QStringLiteral("TRANS_STMT_COMMIT"), QStringLiteral("TRANS_STMT_ROLLBACK"),
        QStringLiteral("TRANS_STMT_PREPARE"), QStringLiteral("TRANS_STMT_COMMIT_PREPARED"),
        QStringLiteral("TRANS_STMT_ROLLBACK_PREPARED"),
    };
    return kinds.contains(kind);
}

} // namespace

bool parsePostgresStatements(const QString &file, const QString &sql, int firstLine, QList<SplitStatement> *out, QString *error)
{
    out->clear();
    const SqlParse parsed = parseSql(sql);
    if (!parsed.ok) {
        const int line = firstLine + std::max(parsed.errorLine, 1) - 1;
        *error = QStringLiteral("%1:%2: ERROR: %3").arg(file).arg(line).arg(parsed.error);
        return false;
    }
    for (const SqlStatement &s : parsed.statements) {
        SplitStatement split;
        split.sql = s.text;
        split.startLine = firstLine + s.line - 1;
        split.firstTokenLine = split.startLine + leadingLines(s.text);
        if (s.nodeType == QLatin1String("TransactionStmt") && endsOrStartsTransaction(s.transactionKind))
            split.transactionControl = statementHead(s.text);
        if (s.outsideTransactionOnly)
            split.outsideTransactionOnly = statementHead(s.text);
        out->append(split);
    }
    return true;
}

} // namespace dbpulse
