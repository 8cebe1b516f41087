#pragma once

#include <QHash>
#include <QKeySequence>
#include <QObject>
#include <QPointer>
#include <QSortFilterProxyModel>
#include <QVariant>

class QAbstractItemModel;
class QAbstractItemView;
class QAction;
class QHeaderView;
class QLineEdit;
class QMenu;

namespace dbpulse {

/// \brief The proxy every table sorts and filters through: numbers sort as numbers (by the sort
/// role when the model gives one, else "9 ms" before "10 ms" by a numeric collation of the text),
/// the filter matches any column, case-insensitive, and keeps a tree's rows whose children match.
/// GUI thread.
class TableProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit TableProxy(QObject *parent = nullptr);
    /// Top-level rows of a tree (the Health page's severity groups) keep the model's order
    /// whatever column the user sorts by; only the rows below them are sorted.
    void setTopLevelFixed(bool fixed) { m_topLevelFixed = fixed; }

    /// The comparison TableProxy sorts with, for proxies of its own (StatementFilter).
    static bool lessThanValues(const QVariant &left, const QVariant &right);
    /// Shown text without what another role's names and queries may carry to confuse the eye:
    /// escape sequences and other control characters dropped, line breaks as spaces.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool m_topLevelFixed = false;
};

/// \brief One way for every table in the GUI to sort, filter, copy and keep its selection: puts a
/// proxy (a TableProxy, or the page's own) between \a view and \a source, and adds
///
/// - sorting by clicking a header, kept across the model's resets (a live refresh);
/// - a filter line edit the page places where it likes (filterEdit()); Ctrl+F in the table goes there;
/// - Copy row (Ctrl+C) and Copy as CSV (selected rows, or every shown row) in a context menu,
///   with the full texts (setCopyRole()) and control characters from the database dropped;
/// - the selection kept on the same row by key (setKeyRole()) when the model is reset;
/// - a key column that takes the free width and elides (setKeyColumn()), other columns fitted to
///   their contents up to a cap, a tooltip with the full text of a cut cell.
///
/// Owned by the view. GUI thread.
class TableTools : public QObject
{
    Q_OBJECT
public:
    TableTools(QAbstractItemView *view, QAbstractItemModel *source, QSortFilterProxyModel *proxy = nullptr);

    /// The keys every table has while it has the focus, as Help -> Keyboard Shortcuts lists them.
    static constexpr QKeySequence::StandardKey CopyRowKey = QKeySequence::Copy;
    static constexpr QKeySequence::StandardKey FilterKey = QKeySequence::Find;

    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QAbstractItemView *view() const { return m_view; }
    /// The filter line edit (created on first call, with \a placeholder); the page lays it out.
    QLineEdit *filterEdit(const QString &placeholder = {});
    /// A page's own search field stands for the filter (it filters its own way); Ctrl+F goes there.
    void setFilterEdit(QLineEdit *edit);

    /// The row's identity across refreshes: the value of \a role in \a column (default column 0's text).
    void setKeyRole(int role, int column = 0);
    /// What Copy takes from \a column: \a role instead of the shown (possibly shortened) text.
    void setCopyRole(int column, int role);
    /// \a column takes the width left by the others and is elided with \a mode.
    void setKeyColumn(int column, Qt::TextElideMode mode = Qt::ElideRight);
    /// Cut \a column's text with \a mode (ElideMiddle keeps both ends of "schema.long_table_name").
    void setElideMode(int column, Qt::TextElideMode mode);
    /// The widest a column gets when fitted to its contents.
    void setMaxColumnWidth(int pixels) { m_maxWidth = pixels; }
    /// The widest \a column gets when fitted (a short figure next to a long text).
    void setMaxColumnWidth(int column, int pixels) { m_maxWidths.insert(column, pixels); }
    /// Fits every column but the key column to its contents (capped). Done by itself the first
    /// time rows appear; the user's own widths are kept after that.
    void fitColumns();

    /// The source model's index of the view's current row (column 0); invalid when none.
    QModelIndex currentSourceIndex() const;
    /// Proxy rows (column 0) that are selected, in the shown order; the current row when none is.
    QList<QModelIndex> selectedRows() const;
    /// Every shown row (column 0), in the shown order, a tree's children after their parent.
    QList<QModelIndex> shownRows() const;
    /// The cells of proxy row \a row as Copy takes them (full texts, cleaned).
    QStringList rowCells(const QModelIndex &row) const;
    QStringList headerCells() const;
    /// \a rows as CSV with a header line (RFC 4180).
    QString csv(const QList<QModelIndex> &rows) const;
    /// \a rows tab-separated, one line each, no header: what Ctrl+C puts on the clipboard.
    QString tabText(const QList<QModelIndex> &rows) const;
    /// Selects the shown row whose key is \a key; false when none has it.
    bool selectKey(const QVariant &key);
    QVariant currentKey() const;

    QAction *copyRowAction() const { return m_copyRow; }
    QAction *copyCsvAction() const { return m_copyCsv; }
    /// Adds Copy row / Copy as CSV / Copy all as CSV to a page's own context menu.
    void addCopyActions(QMenu *menu) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QHeaderView *header() const;
    QVariant keyOf(const QModelIndex &row) const;
    void rememberCurrent();
    void restoreCurrent();
    void showContextMenu(const QPoint &pos);
    void fitOnFirstRows();
    void collectRows(const QModelIndex &parent, QList<QModelIndex> &rows) const;
    void watchSource();

    QAbstractItemView *m_view;
    /// The viewport the tooltip filter watches, remembered: while the view is being destroyed its
    /// viewport still sends events, and m_view is no longer a scroll area to ask.
    QWidget *m_viewport = nullptr;
    QSortFilterProxyModel *m_proxy;
    QPointer<QLineEdit> m_filter;
    QAction *m_copyRow;
    QAction *m_copyCsv;
    QAction *m_copyAllCsv;
    QAction *m_find;
    int m_keyRole = Qt::DisplayRole;
    int m_keyColumn = 0;
    int m_stretchColumn = -1;
    int m_maxWidth = 260;
    bool m_fitted = false;
    QVariant m_rememberedKey;
    QMetaObject::Connection m_sourceReset;
    QHash<int, int> m_copyRoles;
    QHash<int, int> m_maxWidths;
};

} // namespace dbpulse
