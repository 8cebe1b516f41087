#pragma once

#include "core/health/healthdoctor.h"

#include <QByteArray>
#include <QString>

namespace dbpulse {

/// \brief Renders a HealthReport as terminal text, JSON, Markdown or self-contained HTML.
/// Pure functions over the value; any thread.
namespace HealthReportWriter {

enum class Format { Text, Json, Markdown, Html };

/// "text", "json", "markdown" (or "md"), "html"; false when \a name is none of them.
bool parseFormat(const QString &name, Format *format);

/// The exact JSON shape {"target","generated_at","score","score_summary","coverage":{"checks",
/// "judged","not_checked","partly"},"elapsed_ms","checks":[{"check","elapsed_ms"}],"findings":
/// [{"check","severity","not_checked","problem","transient","object","detail","value","threshold",
/// "fix"}]}; a not-checked finding's severity is "not_checked".
QByteArray json(const HealthReport &report);
QString text(const HealthReport &report);
QString markdown(const HealthReport &report);
/// One file, inline CSS, no scripts or external resources; prints on A4 (page breaks avoided
/// inside findings).
QString html(const HealthReport &report);
QByteArray render(const HealthReport &report, Format format);

} // namespace HealthReportWriter

} // namespace dbpulse
