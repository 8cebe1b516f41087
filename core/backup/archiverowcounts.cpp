#include "core/backup/archiverowcounts.h"

#include "core/backup/toolrunner.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

namespace dbpulse {

namespace {

// A COPY statement line is kept whole (its column list can be long); any other line only until it
// is clearly not one.
constexpr qsizetype kMaxStatementLine = 4 << 20;
const QByteArrayView kCopyPrefix("COPY ");
const QByteArrayView kEndOfData("\\.");

// One identifier as pg_dump's fmtId() writes it: bare, or in double quotes with "" for ".
// Advances \a pos past it; false when there is none.
bool parseIdentifier(QByteArrayView line, qsizetype *pos, QByteArray *out)
{
    qsizetype i = *pos;
    if (i >= line.size())
        return false;
    if (line[i] != '"') {
        const qsizetype start = i;
        while (i < line.size() && line[i] != '.' && line[i] != ' ' && line[i] != '(')
            ++i;
        if (i == start)
            return false;
        *out = line.sliced(start, i - start).toByteArray();
        *pos = i;
        return true;
    }
    out->clear();
    for (++i; i < line.size(); ++i) {
        if (line[i] != '"') {
            out->append(line[i]);
        } else if (i + 1 < line.size() && line[i + 1] == '"') {
            out->append('"');
            ++i;
        } else {
            *pos = i + 1;
            return true;
        }
    }
    return false;
}

} // namespace

QString CopyRowCounter::copyTarget(QByteArrayView line)
{
    if (!line.startsWith(kCopyPrefix) || !line.endsWith(QByteArrayView("FROM stdin;")))
        return {};
    qsizetype pos = kCopyPrefix.size();
    QByteArray schema, table;
    if (!parseIdentifier(line, &pos, &schema) || pos >= line.size() || line[pos] != '.')
        return {};
    ++pos;
    if (!parseIdentifier(line, &pos, &table) || pos >= line.size() || line[pos] != ' ')
        return {};
    return QString::fromUtf8(schema) + QLatin1Char('.') + QString::fromUtf8(table);
}

void CopyRowCounter::feed(QByteArrayView chunk)
{
    while (!chunk.isEmpty()) {
        const qsizetype nl = chunk.indexOf('\n');
        const QByteArrayView piece = nl < 0 ? chunk : chunk.first(nl);
        if (!m_lineCapped) {
            // Inside a COPY block only "\." matters; outside, only a line that starts like a COPY.
            const qsizetype limit = m_table.isEmpty() ? kMaxStatementLine : kEndOfData.size() + 1;
            const qsizetype take = std::min(piece.size(), limit - m_line.size());
            m_line.append(piece.first(take));
            m_lineCapped = take < piece.size();
            if (m_table.isEmpty() && m_line.size() >= kCopyPrefix.size() && !m_line.startsWith(kCopyPrefix)) {
                m_line.truncate(kCopyPrefix.size());
                m_lineCapped = true;
            }
        }
        if (nl < 0)
            return;
        endLine();
        chunk = chunk.sliced(nl + 1);
    }
}

void CopyRowCounter::endLine()
{
    if (!m_table.isEmpty()) {
        if (!m_lineCapped && m_line == kEndOfData)
            m_table.clear();
        else
            ++m_counts[m_table];
    } else if (m_line.startsWith(kCopyPrefix)) {
        if (m_lineCapped) {
            m_error = QCoreApplication::translate("Backup", "a COPY statement longer than %1 bytes").arg(kMaxStatementLine);
        } else {
            m_table = copyTarget(m_line);
            if (m_table.isEmpty() && m_error.isEmpty())
                m_error = QCoreApplication::translate("Backup", "cannot read the table of: %1").arg(QString::fromUtf8(m_line.left(200)));
            else
                m_counts.insert(m_table, m_counts.value(m_table));
        }
    }
    m_line.clear();
    m_lineCapped = false;
}

std::optional<QMap<QString, qint64>> CopyRowCounter::finish(QString *error) const
{
    if (!m_error.isEmpty()) {
        *error = m_error;
        return std::nullopt;
    }
    if (!m_table.isEmpty()) {
        *error = QCoreApplication::translate("Backup", "the archive's data ends inside the rows of %1").arg(m_table);
        return std::nullopt;
    }
    return m_counts;
}

std::optional<QMap<QString, qint64>> countArchiveRows(const QString &pgRestore, const QString &archive,
                                                      const JobContext &ctx, QString *error)
{
    CopyRowCounter counter;
    ToolRun run;
    run.program = pgRestore;
    run.environment = QProcessEnvironment::systemEnvironment();
    run.environment.insert(QStringLiteral("LC_MESSAGES"), QStringLiteral("C"));
    run.arguments = QStringList{QStringLiteral("--data-only"), QStringLiteral("--file=-"), archive};
    run.context = ctx;
    run.stdoutSink = [&counter](const QByteArray &chunk) {
        counter.feed(chunk);
        return true;
    };
    if (!run.run()) {
        *error = run.error;
        return std::nullopt;
    }
    return counter.finish(error);
}

} // namespace dbpulse
