#pragma once

#include <QStyledItemDelegate>

namespace dbpulse {

/// \brief Paints a sidebar row: status dot, name, tag chip, colour stripe and the state line.
class ConnectionDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace dbpulse
