#include "core/io/naturalorder.h"

#include <QCollator>
#include <QLocale>

namespace dbpulse {

namespace {

/// The number that starts at \a i in \a text ("1.5", "12,345" in the user's locale), \a i moved past it.
double numberAt(const QString &text, qsizetype &i)
{
    static const QLocale locale;
    const QChar decimal = locale.decimalPoint().at(0);
    const QChar group = locale.groupSeparator().isEmpty() ? QChar() : locale.groupSeparator().at(0);
    QString digits;
    bool seenDecimal = false;
    for (; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const bool nextIsDigit = i + 1 < text.size() && text.at(i + 1).isDigit();
        if (c.isDigit()) {
            digits += c;
        } else if (c == decimal && !seenDecimal && nextIsDigit) {
            digits += QLatin1Char('.');
            seenDecimal = true;
        } else if (c != group || group.isNull() || !nextIsDigit || seenDecimal) {
            break;
        }
    }
    return digits.toDouble();
}

} // namespace

int naturalCompare(const QString &a, const QString &b)
{
    static thread_local const QCollator collator = [] {
        QCollator c;
        c.setCaseSensitivity(Qt::CaseInsensitive);
        return c;
    }();
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (a.at(i).isDigit() && b.at(j).isDigit()) {
            const double x = numberAt(a, i);
            const double y = numberAt(b, j);
            if (x != y)
                return x < y ? -1 : 1;
            continue;
        }
        // The text up to the next digit on each side.
        qsizetype ei = i;
        qsizetype ej = j;
        while (ei < a.size() && !a.at(ei).isDigit())
            ++ei;
        while (ej < b.size() && !b.at(ej).isDigit())
            ++ej;
        const int c = collator.compare(QStringView(a).mid(i, ei - i), QStringView(b).mid(j, ej - j));
        if (c != 0)
            return c;
        i = ei;
        j = ej;
    }
    return (i < a.size()) - (j < b.size());
}

} // namespace dbpulse
