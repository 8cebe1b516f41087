#pragma once

#include <QString>
#include <QStringList>

namespace dbpulse {

/// \a text as it may leave the application (clipboard, CSV): the text another role wrote (names,
/// queries, application_name) keeps its line breaks and tabs, but loses every other control
/// character (ESC, BEL, C1 controls) and the bidirectional overrides that make a name read
/// differently from what it is. "\r\n" and a lone "\r" become "\n". Any thread.
QString cleanCellText(const QString &text);

/// \a text for one table cell: cleaned (cleanCellText()), its line breaks and tabs made spaces.
QString cellLine(const QString &text);

/// One RFC 4180 field: quoted when it holds a comma, a quote or a line break, its quotes doubled.
/// A field a spreadsheet would run as a formula (starting with =, + or @) gets a leading '
/// so pasting a hostile name cannot run anything. \a text is cleaned first (cleanCellText()).
QString csvField(const QString &text);

/// \a cells as one CSV line, ended with "\r\n" (RFC 4180).
QString csvLine(const QStringList &cells);

/// \a cells joined with tabs for pasting into a spreadsheet or an editor: cleaned, and each
/// cell's tabs and line breaks made spaces so the row stays one row.
QString tabLine(const QStringList &cells);

} // namespace dbpulse
