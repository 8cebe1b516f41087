#include "widgets/emptystatepage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace dbpulse {

EmptyStatePage::EmptyStatePage(const QIcon &icon, const QString &title, const QString &text,
                               QWidget *parent)
    : QWidget(parent)
    , m_title(title)
    , m_text(text)
{
    setObjectName(QStringLiteral("emptyStatePage"));
    auto *image = new QLabel(this);
    image->setPixmap(icon.pixmap(QSize(72, 72), QIcon::Disabled));
    image->setAlignment(Qt::AlignCenter);

    auto *heading = new QLabel(title, this);
    heading->setObjectName(QStringLiteral("emptyStateTitle"));
    QFont f = heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    heading->setFont(f);
    heading->setAlignment(Qt::AlignCenter);

    auto *body = new QLabel(text, this);
    body->setObjectName(QStringLiteral("emptyStateText"));
    body->setWordWrap(true);
    body->setAlignment(Qt::AlignCenter);
    body->setMinimumWidth(320);
    body->setMaximumWidth(560);
    body->setStyleSheet(QStringLiteral("color: #5f6368"));

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(image);
    layout->addSpacing(8);
    layout->addWidget(heading);
    // A centred wrapped label gets its (narrow) size hint and clips; a row with stretches gives
    // it a real width so heightForWidth can do its job.
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(body, 4);
    row->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(3);
}

} // namespace dbpulse
