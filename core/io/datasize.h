#pragma once

#include <QLocale>
#include <QString>

namespace dbpulse {

/// \brief The one way DB Pulse prints a size, in the GUI and the CLI alike: IEC units (powers of
/// 1024: B, KiB, MiB, GiB, TiB, PiB, EiB) with two decimals above 1023 bytes, e.g. "7.08 MiB".
/// The unit is the largest in which the rounded value stays below 1024, so 1,048,575 bytes read
/// "1.00 MiB", not "1024.00 KiB". \a locale only sets the digits' look (decimal and group
/// separators): the CLI and engine texts use the C locale, the GUI the user's. Any thread.
QString formatDataSize(qint64 bytes, const QLocale &locale = QLocale::c());

} // namespace dbpulse
