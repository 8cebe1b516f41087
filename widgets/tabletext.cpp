#include "widgets/tabletext.h"

#include <algorithm>

namespace dbpulse {

namespace {

// Explicit embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): they reorder what
// follows, so "evil\u202Etxt.exe" would read as another name.
bool isBidiControl(char16_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

} // namespace

QString cleanCellText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\r')) {
            out += QLatin1Char('\n');
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            continue;
        }
        if (c == QLatin1Char('\n') || c == QLatin1Char('\t')) {
            out += c;
            continue;
        }
        if (c.category() == QChar::Other_Control || isBidiControl(c.unicode()))
            continue;
        out += c;
    }
    return out;
}

QString cellLine(const QString &text)
{
    // Most cells hold nothing to clean: they are returned as they are, without a copy.
    const bool clean = std::none_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.unicode() < 0x20 || c.category() == QChar::Other_Control || isBidiControl(c.unicode());
    });
    if (clean)
        return text;
    QString line = cleanCellText(text);
    line.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    return line;
}

QString csvField(const QString &text)
{
    QString field = cleanCellText(text);
    if (field.startsWith(QLatin1Char('=')) || field.startsWith(QLatin1Char('+')) || field.startsWith(QLatin1Char('@')))
        field.prepend(QLatin1Char('\''));
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"')) && !field.contains(QLatin1Char('\n')))
        return field;
    field.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + field + QLatin1Char('"');
}

QString csvLine(const QStringList &cells)
{
    QStringList fields;
    fields.reserve(cells.size());
    for (const QString &cell : cells)
        fields << csvField(cell);
    return fields.join(QLatin1Char(',')) + QLatin1String("\r\n");
}

QString tabLine(const QStringList &cells)
{
    QStringList fields;
    fields.reserve(cells.size());
    for (const QString &cell : cells)
        fields << cellLine(cell);
    return fields.join(QLatin1Char('\t'));
}

} // namespace dbpulse
