#include "core/db/waitsplit.h"

#include <QStringList>
#include <algorithm>
#include <limits>

namespace dbpulse {

namespace {
int indexOf(const QString &type)
{
    for (int i = 0; i < WaitSplit::Other; ++i) {
        if (type == QLatin1String(WaitSplit::Types[size_t(i)]))
            return i;
    }
    return WaitSplit::Other;
}
} // namespace

QString WaitSplit::typeName(int index)
{
    return index >= 0 && index < Other ? QString::fromLatin1(Types[size_t(index)]) : QStringLiteral("other");
}

WaitSplit WaitSplit::fromMap(const QMap<QString, int> &byType)
{
    WaitSplit split;
    for (auto it = byType.cbegin(); it != byType.cend(); ++it) {
        quint16 &count = split.counts[size_t(indexOf(it.key()))];
        count = quint16(std::clamp(int(count) + it.value(), 0, int(std::numeric_limits<quint16>::max())));
    }
    return split;
}

QMap<QString, int> WaitSplit::toMap() const
{
    QMap<QString, int> map;
    for (int i = 0; i < Count; ++i) {
        if (counts[size_t(i)] > 0)
            map.insert(typeName(i), counts[size_t(i)]);
    }
    return map;
}

QString WaitSplit::text() const
{
    QStringList parts;
    for (int i = 0; i < Count; ++i) {
        if (counts[size_t(i)] > 0)
            parts << QStringLiteral("%1 %2").arg(typeName(i)).arg(counts[size_t(i)]);
    }
    return parts.join(QStringLiteral(", "));
}

bool WaitSplit::isEmpty() const
{
    return std::all_of(counts.cbegin(), counts.cend(), [](quint16 c) { return c == 0; });
}

} // namespace dbpulse
