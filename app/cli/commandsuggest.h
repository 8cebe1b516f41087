#pragma once

#include <QString>
#include <QStringList>

namespace dbpulse::cli {

/// The command in \a known that \a typed most likely meant: the one it starts (a typed prefix of a
/// single command), else the closest within two edits (a typo), else empty.
QString suggestCommand(const QString &typed, const QStringList &known);

} // namespace dbpulse::cli
