#pragma once

#include <QString>
#include <optional>

class QMenu;
class QWidget;

namespace dbpulse {

/// \brief The user's choice of colours: follow the desktop, or always light or dark.
enum class Appearance { System, Light, Dark };

namespace appearance {

/// "system", "light" or "dark": the command line's and the settings' spelling.
QString key(Appearance appearance);
/// The appearance \a key names (case-insensitive), or nothing.
std::optional<Appearance> fromKey(const QString &key);

/// The choice saved in QSettings (System when there is none).
Appearance stored();
void store(Appearance appearance);

/// Sets \a appearance on the running application at once: System gives the platform's style
/// and palette back; Light and Dark set Fusion with its light palette or theme::darkPalette().
/// Every widget then gets a PaletteChange. GUI thread.
void apply(Appearance appearance);
/// The appearance last applied (System before any).
Appearance current();

/// View → Appearance: System, Light, Dark as exclusive, checkable actions that apply and store
/// the choice. GUI thread.
QMenu *createMenu(QWidget *parent);

} // namespace appearance
} // namespace dbpulse
