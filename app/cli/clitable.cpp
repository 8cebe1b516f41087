#include "clitable.h"

#include "clirunner.h"

#include <QCommandLineParser>

#include <algorithm>

namespace dbpulse::cli {

namespace {

int codePointWidth(char32_t c)
{
    const auto category = QChar::category(c);
    if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing || c == 0x200B)
        return 0;
    // East Asian wide and fullwidth ranges, and the emoji blocks: two columns in a terminal.
    const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF && c != 0x303F)
        || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
        || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F)
        || (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD);
    return wide ? 2 : 1;
}

// \a text cut to \a width display columns, its last one "…" when something was cut; 0: whole.
QString cut(const QString &text, int width)
{
    if (width <= 0 || displayWidth(text) <= width)
        return text;
    QString kept;
    int used = 0;
    for (const char32_t c : text.toUcs4()) {
        const int w = codePointWidth(c);
        if (used + w > width - 1)
            break;
        kept += QString::fromUcs4(&c, 1);
        used += w;
    }
    return kept + QStringLiteral("…");
}

QString pad(const QString &text, int width, CliColumn::Align align)
{
    const QString fill(std::max(0, width - displayWidth(text)), QLatin1Char(' '));
    return align == CliColumn::Align::Right ? fill + text : text + fill;
}

// RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled.
QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n'))
        && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// One line wrapped at spaces to \a width; continuation lines indented two more than \a line.
QStringList wrap(const QString &line, int width)
{
    if (displayWidth(line) <= width)
        return {line};
    const int indent = int(std::find_if(line.cbegin(), line.cend(), [](QChar c) { return c != QLatin1Char(' '); }) - line.cbegin());
    // A line that starts with a tag ("[OK]       check: …") hangs under the text after the tag.
    const int tagEnd = line.startsWith(QLatin1Char('[')) ? int(line.indexOf(QLatin1String("] "))) : -1;
    int hang = indent + 2;
    if (tagEnd > 0 && tagEnd < 20)
        hang = int(std::find_if(line.cbegin() + tagEnd + 1, line.cend(), [](QChar c) { return c != QLatin1Char(' '); }) - line.cbegin());
    const QString more(std::min(hang, width / 2), QLatin1Char(' '));
    QStringList lines;
    QString current = line.left(indent);
    bool empty = true;
    for (const QString &word : line.mid(indent).split(QLatin1Char(' '))) {
        const QString joined = empty ? current + word : current + QLatin1Char(' ') + word;
        if (displayWidth(joined) <= width || empty) {
            current = joined;
            empty = false;
            continue;
        }
        lines << current;
        current = more + word;
    }
    lines << current;
    // A word longer than a line (a path, a long name) is cut, not wrapped mid-word.
    for (QString &l : lines)
        l = cut(l, width);
    return lines;
}

} // namespace

QString secondsCell(const std::optional<double> &seconds)
{
    return seconds ? QString::number(*seconds, 'f', 1) + QStringLiteral(" s") : QString();
}

// Cells carry text other roles wrote (their queries, names): a control character would let it
// move the cursor, retitle or recolour the terminal of whoever reads the table.
QString terminalSafe(const QString &text)
{
    QString line = text;
    for (QChar &c : line) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t'))
            c = QLatin1Char(' ');
        else if (c.category() == QChar::Other_Control)
            c = QChar::ReplacementCharacter;
    }
    return line;
}

QString fitLines(const QString &text, int width)
{
    QString fitted;
    const bool endsWithNewline = text.endsWith(QLatin1Char('\n'));
    QStringList lines = text.split(QLatin1Char('\n'));
    if (endsWithNewline)
        lines.removeLast();
    for (const QString &line : std::as_const(lines)) {
        const QString safe = terminalSafe(line);
        fitted += (width > 0 ? wrap(safe, width) : QStringList{safe}).join(QLatin1Char('\n')) + QLatin1Char('\n');
    }
    if (!endsWithNewline && !fitted.isEmpty())
        fitted.chop(1);
    return fitted;
}

int displayWidth(const QString &text)
{
    int width = 0;
    for (const char32_t c : text.toUcs4())
        width += codePointWidth(c);
    return width;
}

CliTable::CliTable(const QList<CliColumn> &columns, const TableStyle &style)
    : m_columns(columns)
    , m_style(style)
{
    if (style.columns.isEmpty()) {
        for (int i = 0; i < columns.size(); ++i)
            m_chosen << i;
        return;
    }
    for (const QString &key : style.columns) {
        for (int i = 0; i < columns.size(); ++i) {
            if (columns.at(i).key == key.trimmed().toLower())
                m_chosen << i;
        }
    }
}

QStringList CliTable::keysOf(const QList<CliColumn> &columns)
{
    QStringList list;
    for (const CliColumn &c : columns)
        list << c.key;
    return list;
}

QString CliTable::checkColumns(const QList<CliColumn> &columns, const TableStyle &style)
{
    const QStringList known = keysOf(columns);
    for (const QString &key : style.columns) {
        if (!known.contains(key.trimmed().toLower()))
            return QStringLiteral("--columns: no column '%1' (there are %2)").arg(key, known.join(QLatin1Char(',')));
    }
    return {};
}

void CliTable::addRow(const QStringList &cells)
{
    m_rows << cells;
}

QList<int> CliTable::naturalWidths(const QList<QStringList> &rows) const
{
    QList<int> natural;
    for (int i = 0; i < m_columns.size(); ++i) {
        const CliColumn &c = m_columns.at(i);
        int w = c.width > 0 ? c.width : displayWidth(c.header);
        if (c.width == 0) {
            for (const QStringList &row : rows)
                w = std::max(w, displayWidth(terminalSafe(row.value(i))));
        }
        natural << w;
    }
    return natural;
}

// Which columns are shown and how wide: everything when it fits (or --wide); else the least
// important columns are cut to their minimum, and then dropped, until the line fits.
QList<CliTable::Shown> CliTable::layout(const QList<int> &natural) const
{
    QList<Shown> shown;
    for (int i : m_chosen)
        shown.append({i, natural.at(i)});
    if (m_style.width <= 0)
        return shown; // every column; line() cuts nothing, the widths only align them
    const auto total = [&shown] {
        int sum = std::max<int>(0, int(shown.size()) - 1); // one space between columns
        for (const Shown &s : shown)
            sum += s.width;
        return sum;
    };
    QList<int> byImportance(shown.size());
    for (int i = 0; i < shown.size(); ++i)
        byImportance[i] = i;
    std::stable_sort(byImportance.begin(), byImportance.end(), [&](int a, int b) {
        return m_columns.at(shown.at(a).column).importance < m_columns.at(shown.at(b).column).importance;
    });
    for (int i : byImportance) {
        const int over = total() - m_style.width;
        if (over <= 0)
            break;
        const int min = m_columns.at(shown.at(i).column).minWidth;
        if (min > 0 && shown.at(i).width > min)
            shown[i].width = std::max(min, shown.at(i).width - over);
    }
    // Still too wide: drop whole columns, least important first; never the key (the most
    // important), never one --columns asked for.
    while (total() > m_style.width && m_style.columns.isEmpty() && shown.size() > 1) {
        shown.erase(std::min_element(shown.begin(), shown.end(), [&](const Shown &a, const Shown &b) {
            return m_columns.at(a.column).importance < m_columns.at(b.column).importance;
        }));
    }
    // A free-text column may take what the others left (cut to it, or to its content).
    int left = m_style.width - total();
    for (Shown &s : shown) {
        if (left <= 0)
            break;
        if (m_columns.at(s.column).width == 0 && s.width < natural.at(s.column)) {
            const int grow = std::min(left, natural.at(s.column) - s.width);
            s.width += grow;
            left -= grow;
        }
    }
    return shown;
}

QString CliTable::line(const QList<Shown> &shown, const QStringList &cells) const
{
    QString text;
    for (int i = 0; i < shown.size(); ++i) {
        const Shown &s = shown.at(i);
        const CliColumn &c = m_columns.at(s.column);
        const QString cell = cut(terminalSafe(cells.value(s.column)), m_style.width > 0 ? s.width : 0);
        const bool last = i + 1 == shown.size();
        text += last && c.align == CliColumn::Align::Left ? cell : pad(cell, s.width, c.align);
        if (i + 1 < shown.size())
            text += QLatin1Char(' ');
    }
    // Trailing blanks of a short last cell (or a header) help nobody.
    while (text.endsWith(QLatin1Char(' ')))
        text.chop(1);
    // The last guard: whatever the columns, a line never passes the width.
    return m_style.width > 0 ? cut(text, m_style.width) : text;
}

QString CliTable::csvLine(const QStringList &cells) const
{
    QStringList fields;
    for (int i : m_chosen) {
        // No line breaks either: one record per line keeps `cut`, `grep` and spreadsheets simple.
        fields << csvField(terminalSafe(cells.value(i)));
    }
    return fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

QString CliTable::headerLine() const
{
    QStringList headers;
    for (const CliColumn &c : m_columns)
        headers << (m_style.csv ? c.key : c.header);
    if (m_style.csv)
        return csvLine(headers);
    return line(layout(naturalWidths({})), headers) + QLatin1Char('\n');
}

QString CliTable::rowLine(const QStringList &cells) const
{
    if (m_style.csv)
        return csvLine(cells);
    QList<int> natural = naturalWidths({});
    // Free-text columns of a streamed table take the rest of the line.
    for (int i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i).width == 0)
            natural[i] = std::max(natural.at(i), displayWidth(terminalSafe(cells.value(i))));
    }
    return line(layout(natural), cells) + QLatin1Char('\n');
}

QString CliTable::text() const
{
    QStringList headers;
    for (const CliColumn &c : m_columns)
        headers << (m_style.csv ? c.key : c.header);
    QString all;
    if (m_style.csv) {
        all = csvLine(headers);
        for (const QStringList &row : m_rows)
            all += csvLine(row);
        return all;
    }
    const QList<Shown> shown = layout(naturalWidths(m_rows));
    all = line(shown, headers) + QLatin1Char('\n');
    for (const QStringList &row : m_rows)
        all += line(shown, row) + QLatin1Char('\n');
    return all;
}

TableOptions::TableOptions(QCommandLineParser &parser, const QStringList &formats, const QStringList &columnKeys,
                           const QString &tableFormat)
    : m_formats(formats)
    , m_tableFormat(tableFormat)
    , m_formatName(QStringLiteral("format"))
    , m_columnsName(QStringLiteral("columns"))
    , m_wideName(QStringLiteral("wide"))
{
    QStringList all{tableFormat};
    all << formats << QStringLiteral("csv");
    parser.addOptions({
        {m_formatName, QStringLiteral("%1 (default), %2.").arg(tableFormat, all.mid(1).join(QStringLiteral(", "))),
         QStringLiteral("FORMAT"), tableFormat},
        {m_columnsName, QStringLiteral("Only these columns, in this order, comma-separated: %1.").arg(columnKeys.join(QLatin1Char(','))),
         QStringLiteral("LIST")},
        {m_wideName, QStringLiteral("Do not fit the output to 80 columns: every column, nothing cut.")},
    });
}

std::optional<ExitCode> TableOptions::read(CommandLine &cli, const QList<CliColumn> &columns, TableStyle *style,
                                           QString *format) const
{
    const QCommandLineParser &parser = cli.parser();
    *format = parser.value(m_formatName);
    QStringList all{m_tableFormat};
    all << m_formats << QStringLiteral("csv");
    if (!all.contains(*format))
        return cli.badArguments(QStringLiteral("--format must be %1, not '%2'").arg(all.join(QStringLiteral(", ")), *format));
    style->csv = *format == QLatin1String("csv");
    style->width = parser.isSet(m_wideName) ? 0 : 80;
    if (parser.isSet(m_columnsName)) {
        style->columns = parser.value(m_columnsName).split(QLatin1Char(','), Qt::SkipEmptyParts);
        const QString wrong = style->columns.isEmpty() ? QStringLiteral("--columns needs at least one column name")
                                                       : CliTable::checkColumns(columns, *style);
        if (!wrong.isEmpty())
            return cli.badArguments(wrong);
    }
    return std::nullopt;
}

} // namespace dbpulse::cli
