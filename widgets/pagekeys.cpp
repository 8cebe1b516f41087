#include "pagekeys.h"

#include <QAbstractButton>
#include <QWidget>

namespace dbpulse::PageKeys {

namespace {
constexpr char kRoleProperty[] = "dbpulsePageKeyRole";
}

void mark(QAbstractButton *button, Role role)
{
    button->setProperty(kRoleProperty, static_cast<int>(role));
}

bool press(QWidget *page, Role role)
{
    if (!page)
        return false;
    const QList<QAbstractButton *> buttons = page->findChildren<QAbstractButton *>();
    for (QAbstractButton *button : buttons) {
        const QVariant marked = button->property(kRoleProperty);
        // isVisible(), not isVisibleTo(page): a button on a tab that is not shown stays out.
        if (marked.isValid() && marked.toInt() == static_cast<int>(role) && button->isVisible()
            && button->isEnabled()) {
            button->click();
            return true;
        }
    }
    return false;
}

} // namespace dbpulse::PageKeys
