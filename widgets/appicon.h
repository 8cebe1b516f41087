#pragma once

#include <QIcon>

namespace dbpulse {

/// \brief The DB Pulse icon: the SVG from the resources when an SVG reader is installed,
/// otherwise the same picture painted at the usual sizes (Qt SVG is optional).
QIcon appIcon();

} // namespace dbpulse
