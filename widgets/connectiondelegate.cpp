#include "widgets/connectiondelegate.h"

#include "core/db/connectionstate.h"
#include "models/connectionlistmodel.h"
#include "models/statustext.h"
#include "models/theme.h"

#include <QApplication>
#include <QPainter>

namespace dbpulse {

void ConnectionDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = QIcon();
    opt.features &= ~QStyleOptionViewItem::HasDecoration;
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect r = option.rect.adjusted(4, 4, -6, -4);

    const QColor stripe = index.data(ConnectionListModel::ColorRole).value<QColor>();
    if (stripe.isValid())
        painter->fillRect(QRect(option.rect.left(), option.rect.top() + 2, 3, option.rect.height() - 4), stripe);

    const auto state = ConnectionState(index.data(ConnectionListModel::StateRole).toInt());
    const int dot = 10;
    const QRect dotRect(r.left() + 4, r.top() + (opt.fontMetrics.height() - dot) / 2 + 1, dot, dot);
    painter->setPen(Qt::NoPen);
    painter->setBrush(stateColor(state));
    painter->drawEllipse(dotRect);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;
    QFont bold = opt.font;
    bold.setBold(true);
    const int textLeft = dotRect.right() + 8;
    QRect line1(textLeft, r.top(), r.right() - textLeft, opt.fontMetrics.height());

    const QString tag = index.data(ConnectionListModel::TagRole).toString();
    if (!tag.isEmpty()) {
        const QFontMetrics fm(opt.font);
        const int w = fm.horizontalAdvance(tag) + 10;
        const QRect chip(line1.right() - w, line1.top(), w, line1.height());
        painter->setBrush(stripe.isValid() ? stripe : option.palette.color(QPalette::Mid));
        painter->drawRoundedRect(chip, 4, 4);
        painter->setPen(theme::textOn(painter->brush().color()));
        painter->drawText(chip, Qt::AlignCenter, tag);
        line1.setRight(chip.left() - 6);
    }

    painter->setFont(bold);
    painter->setPen(option.palette.color(textRole));
    const QString name = index.data(ConnectionListModel::NameRole).toString();
    painter->drawText(line1, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(bold).elidedText(name, Qt::ElideRight, line1.width()));

    painter->setFont(opt.font);
    QColor dim = option.palette.color(textRole);
    dim.setAlphaF(0.7f);
    painter->setPen(dim);
    const QRect line2(textLeft, line1.bottom() + 2, r.right() - textLeft, opt.fontMetrics.height());
    const QString status = index.data(ConnectionListModel::StatusTextRole).toString();
    painter->drawText(line2, Qt::AlignLeft | Qt::AlignVCenter,
                      opt.fontMetrics.elidedText(status, Qt::ElideRight, line2.width()));
    painter->restore();
}

QSize ConnectionDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return {200, option.fontMetrics.height() * 2 + 12};
}

} // namespace dbpulse
