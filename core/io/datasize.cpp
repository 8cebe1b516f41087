#include "core/io/datasize.h"

#include <array>
#include <cmath>

namespace dbpulse {

QString formatDataSize(qint64 bytes, const QLocale &locale)
{
    // Unsigned, so the most negative qint64 has a magnitude too.
    const quint64 magnitude = bytes < 0 ? quint64(0) - quint64(bytes) : quint64(bytes);
    const QString sign = bytes < 0 ? locale.negativeSign() : QString();
    if (magnitude < 1024)
        return sign + locale.toString(qulonglong(magnitude)) + QStringLiteral(" B");

    static constexpr std::array<const char *, 6> units{"KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
    double value = double(magnitude) / 1024.0;
    size_t unit = 0;
    // Decide on the value as printed: 1023.999 KiB prints as 1024.00, which is 1.00 MiB.
    while (unit + 1 < units.size() && std::round(value * 100.0) >= 1024.0 * 100.0) {
        value /= 1024.0;
        ++unit;
    }
    return sign + locale.toString(value, 'f', 2) + QLatin1Char(' ') + QLatin1String(units[unit]);
}

} // namespace dbpulse
