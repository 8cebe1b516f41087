#pragma once

#include <QHeaderView>
#include <QTreeWidget>

namespace dbpulse {

/// Makes \a tree as tall as its header and \a rows rows (at most \a maxRows, then it scrolls), so
/// a small panel above the charts takes only the room its rows need. GUI thread.
inline void fitHeight(QTreeWidget *tree, int rows, int maxRows)
{
    const int rowHeight = tree->topLevelItemCount() > 0 ? tree->sizeHintForRow(0) : tree->fontMetrics().height() + 4;
    const int shown = std::clamp(rows, 1, maxRows);
    tree->setFixedHeight(tree->header()->sizeHint().height() + rowHeight * shown + 2 * tree->frameWidth() + 2);
}

} // namespace dbpulse
