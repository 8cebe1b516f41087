#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace dbpulse {

/// \brief What a colour means, not what it is. Every colour DB Pulse draws with (beyond the
/// palette's own roles) is one of these, resolved against the current palette: a light and a
/// dark value each, chosen by the palette's window lightness. Lives in models/ because item
/// models hand colours to views (Qt::ForegroundRole, Qt::BackgroundRole) and cannot see widgets/.
enum class ThemeRole {
    // Text: at least 4.5:1 against the window, the view base and the alternate rows.
    SecondaryText,  ///< captions, notes, status lines
    OkText,         ///< a check passed, a migration applied
    WarningText,    ///< stale figures, a pending migration, a hint that needs a look
    CriticalText,   ///< failed, a root blocker, an insecure link
    InfoText,       ///< informational findings, the text of an info bar
    OwnSessionText, ///< our own monitoring sessions in the sessions list
    SqlKeyword,
    SqlString,
    SqlNumber,
    SqlComment,
    // Boxes and rows: the palette's Text, and the matching *Text role, read at 4.5:1 on them.
    WarningBackground,  ///< a long idle-in-transaction row, a banner, a note
    CriticalBackground, ///< a slow statement, a misestimated plan node
    InfoBackground,     ///< an info bar
    // Lines and surfaces.
    WarningBorder,
    InfoBorder,
    CardBorder,
    SelectedBorder,
    SelectedBackground,
    GroupHeaderBackground,
    // Status dots: connected, connecting, failed, disconnected (3:1 against the view base).
    StateOk,
    StateBusy,
    StateFailed,
    StateOff,
    // Charts.
    ChartBackground,
    ChartText,
    ChartGrid,
    ChartAxis,
    SeriesBlue,
    SeriesPurple,
    SeriesGreen,
    SeriesOrange,
    SeriesRed,
    SeriesAmber,
    SeriesSky,
    SeriesGrey,
    LimitLine,
};

namespace theme {

/// True when \a palette is a dark one: its window is darker than its window text.
bool isDark(const QPalette &palette);
/// \a role's colour under \a palette. GUI thread (or any thread with a palette in hand).
QColor color(ThemeRole role, const QPalette &palette);
/// \a role's colour under the application's current palette. GUI thread.
QColor color(ThemeRole role);
/// "color: #rrggbb" for \a role, for a label's style sheet.
QString textStyle(ThemeRole role);
/// WCAG 2 contrast ratio between two opaque colours, 1 to 21.
double contrastRatio(const QColor &a, const QColor &b);
/// Black or white, whichever reads better on \a background (a user-chosen connection colour).
QColor textOn(const QColor &background);
/// The colour a new connection profile is offered; a stored choice, so the same in both modes.
QColor defaultConnectionColor();

/// The palette the "Dark" appearance sets (Fusion's roles, dark values).
QPalette darkPalette();

/// The fixed colours of the drawn application icon (the same on every background).
struct AppIconColors
{
    QColor backgroundTop;
    QColor backgroundBottom;
    QColor trace;
};
AppIconColors appIconColors();

} // namespace theme
} // namespace dbpulse
