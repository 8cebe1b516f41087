#pragma once

class QAbstractButton;
class QWidget;

namespace dbpulse {

/// F5 and Esc on a page press that page's own Refresh and Cancel buttons. Going through the
/// buttons means the keyboard takes the mouse's path: the same checks, the same confirmations,
/// and nothing happens while the button is disabled or hidden (a tab not shown, no job running).
namespace PageKeys {

enum class Role { Refresh, Cancel };

/// Marks \a button as its page's \a role button (a page may mark one per tab).
void mark(QAbstractButton *button, Role role);

/// Clicks the first marked \a role button under \a page that is visible and enabled; false when
/// there is none (nothing to refresh, nothing running).
bool press(QWidget *page, Role role);

} // namespace PageKeys
} // namespace dbpulse
