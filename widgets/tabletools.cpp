#include "widgets/tabletools.h"

#include "core/io/naturalorder.h"

#include "widgets/tabletext.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLineEdit>
#include <QMenu>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolTip>
#include <QTreeView>

#include <algorithm>
#include <limits>

namespace dbpulse {

namespace {

bool isNumber(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return true;
    default:
        return false;
    }
}

/// Elides one column's text its own way; everything else as the view draws it.
class ElideDelegate : public QStyledItemDelegate
{
public:
    ElideDelegate(Qt::TextElideMode mode, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_mode(mode)
    {
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->textElideMode = m_mode;
    }

private:
    Qt::TextElideMode m_mode;
};

} // namespace

TableProxy::TableProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setFilterKeyColumn(-1);
    setRecursiveFilteringEnabled(true);
    setAutoAcceptChildRows(true);
    setDynamicSortFilter(true);
}

QVariant TableProxy::data(const QModelIndex &index, int role) const
{
    QVariant value = QSortFilterProxyModel::data(index, role);
    if (role == Qt::DisplayRole && value.typeId() == QMetaType::QString)
        return cellLine(value.toString());
    return value;
}

bool TableProxy::lessThanValues(const QVariant &left, const QVariant &right)
{
    if (isNumber(left) && isNumber(right))
        return left.toDouble() < right.toDouble();
    // Empty cells last in ascending order: "no value" is not the smallest value.
    const QString l = left.toString();
    const QString r = right.toString();
    if (l.isEmpty() != r.isEmpty())
        return r.isEmpty();
    return naturalCompare(l, r) < 0;
}

bool TableProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_topLevelFixed && !left.parent().isValid() && !right.parent().isValid()) {
        // Whatever the direction, the groups stay in the model's order.
        const bool before = left.row() < right.row();
        return sortOrder() == Qt::AscendingOrder ? before : !before;
    }
    QVariant l = left.data(sortRole());
    QVariant r = right.data(sortRole());
    if (!l.isValid() && !r.isValid()) {
        l = left.data(Qt::DisplayRole);
        r = right.data(Qt::DisplayRole);
    }
    return lessThanValues(l, r);
}

TableTools::TableTools(QAbstractItemView *view, QAbstractItemModel *source, QSortFilterProxyModel *proxy)
    : QObject(view)
    , m_view(view)
    , m_proxy(proxy ? proxy : new TableProxy(view))
    , m_copyRow(new QAction(tr("Copy row"), view))
    , m_copyCsv(new QAction(tr("Copy as CSV"), view))
    , m_copyAllCsv(new QAction(tr("Copy all shown rows as CSV"), view))
    , m_find(new QAction(tr("Filter rows"), view))
{
    m_proxy->setSourceModel(source);
    view->setModel(m_proxy);
    // Until the user picks a column, rows keep the model's own order (worst first, newest first).
    if (QHeaderView *h = header()) {
        if (m_proxy->sortColumn() < 0)
            h->setSortIndicator(-1, Qt::AscendingOrder);
        h->setSortIndicatorShown(true);
        h->setSectionsClickable(true);
    }
    if (auto *table = qobject_cast<QTableView *>(view)) {
        table->setSortingEnabled(true);
        // One line per row: a table of many rows is read by scanning down.
        table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    }
    else if (auto *tree = qobject_cast<QTreeView *>(view))
        tree->setSortingEnabled(true);

    m_copyRow->setShortcut(CopyRowKey);
    m_copyRow->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_find->setShortcut(FilterKey);
    m_find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    view->addAction(m_copyRow);
    view->addAction(m_find);
    connect(m_copyRow, &QAction::triggered, this, [this] { QApplication::clipboard()->setText(tabText(selectedRows())); });
    connect(m_copyCsv, &QAction::triggered, this, [this] { QApplication::clipboard()->setText(csv(selectedRows())); });
    connect(m_copyAllCsv, &QAction::triggered, this, [this] { QApplication::clipboard()->setText(csv(shownRows())); });
    connect(m_find, &QAction::triggered, this, [this] {
        if (m_filter && m_filter->isVisible()) {
            m_filter->setFocus(Qt::ShortcutFocusReason);
            m_filter->selectAll();
        }
    });
    if (view->contextMenuPolicy() == Qt::DefaultContextMenu) {
        view->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(view, &QWidget::customContextMenuRequested, this, &TableTools::showContextMenu);
    }
    m_viewport = view->viewport();
    m_viewport->installEventFilter(this);

    // The proxy resets after the source (it connected first): the key is read before, the row
    // found again after.
    watchSource();
    connect(m_proxy, &QAbstractProxyModel::sourceModelChanged, this, &TableTools::watchSource);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TableTools::restoreCurrent);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TableTools::fitOnFirstRows);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &TableTools::fitOnFirstRows);
}

void TableTools::watchSource()
{
    // A page that shows another server's model puts it under the same proxy.
    disconnect(m_sourceReset);
    if (QAbstractItemModel *source = m_proxy->sourceModel())
        m_sourceReset = connect(source, &QAbstractItemModel::modelAboutToBeReset, this, &TableTools::rememberCurrent);
}

QHeaderView *TableTools::header() const
{
    if (auto *table = qobject_cast<QTableView *>(m_view))
        return table->horizontalHeader();
    if (auto *tree = qobject_cast<QTreeView *>(m_view))
        return tree->header();
    return nullptr;
}

QLineEdit *TableTools::filterEdit(const QString &placeholder)
{
    if (!m_filter) {
        m_filter = new QLineEdit(m_view->parentWidget());
        m_filter->setClearButtonEnabled(true);
        m_filter->setPlaceholderText(placeholder.isEmpty() ? tr("Filter rows…") : placeholder);
        m_filter->setToolTip(tr("Shows the rows that contain this text in any column (Ctrl+F)"));
        connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    }
    return m_filter;
}

void TableTools::setFilterEdit(QLineEdit *edit)
{
    m_filter = edit;
}

void TableTools::setKeyRole(int role, int column)
{
    m_keyRole = role;
    m_keyColumn = column;
}

void TableTools::setCopyRole(int column, int role)
{
    m_copyRoles.insert(column, role);
}

void TableTools::setKeyColumn(int column, Qt::TextElideMode mode)
{
    m_stretchColumn = column;
    if (QHeaderView *h = header()) {
        h->setStretchLastSection(false);
        h->setSectionResizeMode(QHeaderView::Interactive);
        h->setSectionResizeMode(column, QHeaderView::Stretch);
    }
    setElideMode(column, mode);
}

void TableTools::setElideMode(int column, Qt::TextElideMode mode)
{
    m_view->setItemDelegateForColumn(column, new ElideDelegate(mode, m_view));
}

void TableTools::fitOnFirstRows()
{
    if (m_fitted || m_proxy->rowCount() == 0)
        return;
    m_fitted = true;
    fitColumns();
}

void TableTools::fitColumns()
{
    QHeaderView *h = header();
    if (!h)
        return;
    // In a narrow window no column fitted to its contents takes more than a quarter of the
    // width: the key column keeps room to be read.
    const int share = m_view->isVisible() ? m_view->viewport()->width() / 4 : std::numeric_limits<int>::max();
    for (int c = 0; c < m_proxy->columnCount(); ++c) {
        if (c == m_stretchColumn || h->sectionResizeMode(c) != QHeaderView::Interactive)
            continue;
        if (auto *table = qobject_cast<QTableView *>(m_view))
            table->resizeColumnToContents(c);
        else if (auto *tree = qobject_cast<QTreeView *>(m_view))
            tree->resizeColumnToContents(c);
        h->resizeSection(c, std::min({h->sectionSize(c), m_maxWidths.value(c, m_maxWidth), std::max(share, 60)}));
    }
}

QModelIndex TableTools::currentSourceIndex() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_proxy->mapToSource(current.siblingAtColumn(0)) : QModelIndex();
}

QList<QModelIndex> TableTools::selectedRows() const
{
    QList<QModelIndex> rows;
    if (QItemSelectionModel *selection = m_view->selectionModel())
        rows = selection->selectedRows(0);
    // In the order they are shown, not the order they were clicked.
    const QList<QModelIndex> shown = shownRows();
    std::sort(rows.begin(), rows.end(),
              [&shown](const QModelIndex &a, const QModelIndex &b) { return shown.indexOf(a) < shown.indexOf(b); });
    if (rows.isEmpty() && m_view->currentIndex().isValid())
        rows << m_view->currentIndex().siblingAtColumn(0);
    return rows;
}

void TableTools::collectRows(const QModelIndex &parent, QList<QModelIndex> &rows) const
{
    for (int r = 0; r < m_proxy->rowCount(parent); ++r) {
        const QModelIndex row = m_proxy->index(r, 0, parent);
        rows << row;
        collectRows(row, rows);
    }
}

QList<QModelIndex> TableTools::shownRows() const
{
    QList<QModelIndex> rows;
    collectRows({}, rows);
    return rows;
}

QStringList TableTools::rowCells(const QModelIndex &row) const
{
    QStringList cells;
    for (int c = 0; c < m_proxy->columnCount(row.parent()); ++c) {
        const QModelIndex cell = row.siblingAtColumn(c);
        const QVariant full = m_copyRoles.contains(c) ? cell.data(m_copyRoles.value(c)) : QVariant();
        cells << cleanCellText(full.isValid() ? full.toString() : cell.data(Qt::DisplayRole).toString());
    }
    return cells;
}

QStringList TableTools::headerCells() const
{
    QStringList cells;
    for (int c = 0; c < m_proxy->columnCount(); ++c)
        cells << m_proxy->headerData(c, Qt::Horizontal).toString();
    return cells;
}

QString TableTools::csv(const QList<QModelIndex> &rows) const
{
    QString text = csvLine(headerCells());
    for (const QModelIndex &row : rows)
        text += csvLine(rowCells(row));
    return text;
}

QString TableTools::tabText(const QList<QModelIndex> &rows) const
{
    QStringList lines;
    for (const QModelIndex &row : rows)
        lines << tabLine(rowCells(row));
    return lines.isEmpty() ? QString() : lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QVariant TableTools::keyOf(const QModelIndex &row) const
{
    return row.siblingAtColumn(m_keyColumn).data(m_keyRole);
}

QVariant TableTools::currentKey() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? keyOf(current) : QVariant();
}

void TableTools::rememberCurrent()
{
    m_rememberedKey = currentKey();
}

void TableTools::restoreCurrent()
{
    const QVariant key = m_rememberedKey;
    m_rememberedKey.clear();
    if (key.isValid() && !key.toString().isEmpty())
        selectKey(key);
}

bool TableTools::selectKey(const QVariant &key)
{
    for (const QModelIndex &row : shownRows()) {
        if (keyOf(row) == key) {
            m_view->setCurrentIndex(row);
            m_view->selectionModel()->select(row, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return true;
        }
    }
    return false;
}

void TableTools::addCopyActions(QMenu *menu) const
{
    const bool any = m_view->currentIndex().isValid();
    m_copyRow->setEnabled(any);
    m_copyCsv->setEnabled(any);
    m_copyAllCsv->setEnabled(m_proxy->rowCount() > 0);
    menu->addAction(m_copyRow);
    menu->addAction(m_copyCsv);
    menu->addAction(m_copyAllCsv);
}

void TableTools::showContextMenu(const QPoint &pos)
{
    const QModelIndex at = m_view->indexAt(pos);
    if (at.isValid() && !m_view->selectionModel()->isSelected(at))
        m_view->setCurrentIndex(at);
    QMenu menu(m_view);
    addCopyActions(&menu);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

bool TableTools::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_viewport || event->type() != QEvent::ToolTip)
        return QObject::eventFilter(watched, event);
    // A cell cut to its column's width shows its whole text on hover; a model's own tooltip wins.
    auto *help = static_cast<QHelpEvent *>(event);
    const QModelIndex index = m_view->indexAt(help->pos());
    if (!index.isValid() || index.data(Qt::ToolTipRole).isValid())
        return false;
    const QString text = index.data(Qt::DisplayRole).toString();
    const int room = m_view->visualRect(index).width() - 2 * m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) - 6;
    if (text.isEmpty() || m_view->fontMetrics().horizontalAdvance(text) <= room) {
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    QToolTip::showText(help->globalPos(), cleanCellText(text).left(4000), m_view->viewport(), m_view->visualRect(index));
    return true;
}

} // namespace dbpulse
