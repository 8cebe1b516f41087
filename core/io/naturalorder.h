#pragma once

#include <QString>

namespace dbpulse {

/// Text compared the way a person reads it: runs of digits as numbers ("9 ms" before "10 ms",
/// "db-2" before "db-10", "1.5" in the user's locale), the rest case-insensitively in the user's
/// language. QCollator's own numeric mode needs ICU collation, which Qt does not use in every
/// build or locale. Negative, 0 or positive. Any thread.
int naturalCompare(const QString &a, const QString &b);

} // namespace dbpulse
