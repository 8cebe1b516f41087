#include "widgets/shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dbpulse {

namespace {

// "&New Connection…" as a reader sees it: "New Connection".
QString plainText(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    text.replace(QStringLiteral("&&"), QStringLiteral("&"));
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    return text;
}

void collect(const QMenu *menu, const QString &group, QList<ShortcutEntry> *out)
{
    for (const QAction *action : menu->actions()) {
        if (action->menu())
            collect(action->menu(), group, out);
        else if (!action->shortcut().isEmpty())
            out->append({group, plainText(action->text()), action->shortcut()});
    }
}

} // namespace

QList<ShortcutEntry> shortcutsOf(const QMenuBar *menus)
{
    QList<ShortcutEntry> entries;
    for (const QAction *top : menus->actions()) {
        if (top->menu())
            collect(top->menu(), plainText(top->text()), &entries);
    }
    return entries;
}

ShortcutsDialog::ShortcutsDialog(const QList<ShortcutEntry> &entries, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    setObjectName(QStringLiteral("shortcutsDialog"));
    auto *list = new QTreeWidget(this);
    list->setObjectName(QStringLiteral("shortcutList"));
    list->setColumnCount(2);
    list->setHeaderLabels({tr("Action"), tr("Keys")});
    list->setRootIsDecorated(false);
    list->setSelectionMode(QAbstractItemView::NoSelection);
    QTreeWidgetItem *group = nullptr;
    for (const ShortcutEntry &e : entries) {
        if (!group || group->text(0) != e.group) {
            group = new QTreeWidgetItem(list, {e.group});
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setFirstColumnSpanned(true);
        }
        new QTreeWidgetItem(group, {e.action, e.keys.toString(QKeySequence::NativeText)});
    }
    list->expandAll();
    list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    list->header()->setStretchLastSection(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(list);
    layout->addWidget(buttons);
    resize(440, 480);
}

} // namespace dbpulse
