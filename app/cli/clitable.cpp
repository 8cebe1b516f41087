#include "clitable.h"

namespace dbpulse::cli {

namespace {

// Cells carry text other roles wrote (their queries, names): a control character would let it
// move the cursor, retitle or recolour the terminal of whoever reads the table. Line breaks and
// tabs become spaces, every other control character U+FFFD.
QString oneLine(const QString &cell)
{
    QString line = cell;
    for (QChar &c : line) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t'))
            c = QLatin1Char(' ');
        else if (c.category() == QChar::Other_Control)
            c = QChar::ReplacementCharacter;
    }
    return line;
}

QString cut(const QString &cell, int width)
{
    if (width <= 0 || cell.size() <= width)
        return cell;
    return cell.left(std::max(0, width - 1)) + QStringLiteral("…");
}

} // namespace

QString secondsCell(const std::optional<double> &seconds)
{
    return seconds ? QString::number(*seconds, 'f', 1) + QStringLiteral(" s") : QString();
}

CliTable::CliTable(const QStringList &headers, const QList<int> &widths, int width)
    : m_headers(headers)
    , m_widths(widths)
    , m_width(width)
{
}

void CliTable::addRow(const QStringList &cells)
{
    m_rows << cells;
}

QString CliTable::line(const QStringList &cells) const
{
    QString text;
    int used = 0;
    for (int i = 0; i < cells.size(); ++i) {
        const QString cell = oneLine(cells.at(i));
        if (i < m_widths.size()) {
            // A fixed column: cut to its width, one space before the next.
            const int w = m_widths.at(i);
            text += cut(cell, m_width > 0 ? w : 0).leftJustified(w) + QLatin1Char(' ');
            used += w + 1;
        } else {
            text += cut(cell, m_width > 0 ? m_width - used : 0);
        }
    }
    // Trailing blanks of a short last cell (or a header) help nobody.
    while (text.endsWith(QLatin1Char(' ')))
        text.chop(1);
    return text;
}

QString CliTable::text() const
{
    QString all = line(m_headers) + QLatin1Char('\n');
    for (const QStringList &row : m_rows)
        all += line(row) + QLatin1Char('\n');
    return all;
}

} // namespace dbpulse::cli
