#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>
#include <QString>

class QMenuBar;

namespace dbpulse {

/// One line of the list: what the keys do, and where they work when not everywhere.
struct ShortcutEntry
{
    QString group;    ///< the menu it is in ("File"), or where it works ("In tables")
    QString action;   ///< what it does, as the menu says it ("New Connection")
    QKeySequence keys;
};

/// Every action with keys in \a menus (submenus included), in menu order: the list is read from
/// the actions themselves, so it cannot drift from what the keys do.
QList<ShortcutEntry> shortcutsOf(const QMenuBar *menus);

/// \brief Help → Keyboard Shortcuts: the window's shortcuts as a two-column list. GUI thread.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    ShortcutsDialog(const QList<ShortcutEntry> &entries, QWidget *parent = nullptr);
};

} // namespace dbpulse
