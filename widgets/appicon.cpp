#include "widgets/appicon.h"

#include "models/theme.h"

#include <QImageReader>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

// Q_INIT_RESOURCE must be used outside any namespace; the resources live in a static library,
// so nothing else would pull them into the executable.
static void initResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace dbpulse {

namespace {

QPixmap paintIcon(int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(size / 64.0, size / 64.0);
    QLinearGradient bg(0, 0, 0, 64);
    const theme::AppIconColors colors = theme::appIconColors();
    bg.setColorAt(0, colors.backgroundTop);
    bg.setColorAt(1, colors.backgroundBottom);
    p.setPen(Qt::NoPen);
    p.setBrush(bg);
    p.drawRoundedRect(QRectF(2, 2, 60, 60), 13, 13);
    QPainterPath pulse;
    pulse.moveTo(9, 35);
    pulse.lineTo(22, 35);
    pulse.lineTo(27, 22);
    pulse.lineTo(34, 47);
    pulse.lineTo(40, 16);
    pulse.lineTo(45, 35);
    pulse.lineTo(55, 35);
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(colors.trace, 4.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.drawPath(pulse);
    return pixmap;
}

} // namespace

QIcon appIcon()
{
    initResources();
    if (QImageReader::supportedImageFormats().contains("svg"))
        return QIcon(QStringLiteral(":/icons/dbpulse.svg"));
    QIcon icon;
    for (int size : {16, 22, 32, 48, 64, 128, 256})
        icon.addPixmap(paintIcon(size));
    return icon;
}

} // namespace dbpulse
