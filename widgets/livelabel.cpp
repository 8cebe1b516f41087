#include "widgets/livelabel.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextDocument>

namespace dbpulse {

LiveLabel::LiveLabel(int widthChars, QWidget *parent)
    : QWidget(parent)
    , m_widthChars(widthChars)
{
    // The height never depends on the text, so nothing here ever needs a relayout.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void LiveLabel::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    update();
}

QSize LiveLabel::sizeHint() const
{
    const QFontMetrics metrics = fontMetrics();
    return {metrics.averageCharWidth() * m_widthChars, metrics.height()};
}

QSize LiveLabel::minimumSizeHint() const
{
    const QFontMetrics metrics = fontMetrics();
    return {metrics.averageCharWidth() * 4, metrics.height()};
}

void LiveLabel::paintEvent(QPaintEvent *)
{
    if (m_text.isEmpty())
        return;
    QPainter painter(this);
    painter.setClipRect(rect());
    const QColor color = palette().color(QPalette::WindowText);
    if (Qt::mightBeRichText(m_text)) {
        QTextDocument document;
        document.setDefaultFont(font());
        document.setDocumentMargin(0);
        document.setHtml(m_text);
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = palette();
        context.palette.setColor(QPalette::Text, color);
        document.documentLayout()->draw(&painter, context);
        return;
    }
    painter.setPen(color);
    painter.drawText(rect(), Qt::AlignLeft | Qt::AlignVCenter,
                     fontMetrics().elidedText(m_text, Qt::ElideRight, width()));
}

} // namespace dbpulse
