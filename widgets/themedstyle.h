#pragma once

#include "models/theme.h"

#include <QIcon>
#include <QString>
#include <QStyle>
#include <functional>

class QWidget;

namespace dbpulse {

/// Sets the style sheet \a sheet builds (from theme roles) on \a widget now, and builds it again
/// whenever the widget's palette changes (View → Appearance, a desktop switching to dark), so a
/// colour is never left from the old palette. A later call replaces the earlier builder; an
/// empty \a sheet clears the style. Only re-applies a sheet that differs (setStyleSheetIfChanged),
/// so calling it with every live sample costs nothing. GUI thread.
void setThemedStyleSheet(QWidget *widget, std::function<QString()> sheet);

/// The text of \a widget in \a role's colour, followed by \a extra declarations
/// ("font-weight: bold"); kept right across palette changes like setThemedStyleSheet().
void setTextRole(QWidget *widget, ThemeRole role, const QString &extra = {});

/// Runs \a redo whenever \a widget's palette changes: for text that carries colours inline
/// (a rich-text status dot) and is otherwise only rebuilt when its state changes. GUI thread.
void whenPaletteChanges(QWidget *widget, std::function<void()> redo);

/// \a which from \a widget's style, drawn in the palette's button text colour when the palette
/// is dark: the common style's media icons are black glyphs, invisible on a dark toolbar.
/// Only for monochrome icons. GUI thread.
QIcon monochromeIcon(const QWidget *widget, QStyle::StandardPixmap which);

} // namespace dbpulse
