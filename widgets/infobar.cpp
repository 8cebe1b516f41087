#include "widgets/infobar.h"

#include "widgets/themedstyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace dbpulse {

InfoBar::InfoBar(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("infoBar"));
    setThemedStyleSheet(this, [] {
        return QStringLiteral("#infoBar { background: %1; border: 1px solid %2; border-radius: 4px; } "
                              "#infoBar QLabel { color: %3; }")
            .arg(theme::color(ThemeRole::InfoBackground).name(), theme::color(ThemeRole::InfoBorder).name(),
                 theme::color(ThemeRole::InfoText).name());
    });
    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(16, 16));
    m_text->setWordWrap(true);
    auto *close = new QToolButton(this);
    close->setAutoRaise(true);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setToolTip(tr("Dismiss"));
    connect(close, &QToolButton::clicked, this, &QWidget::hide);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(close);
    hide();
}

void InfoBar::showMessage(const QString &text)
{
    m_text->setText(text);
    show();
}

QString InfoBar::text() const
{
    return m_text->text();
}

} // namespace dbpulse
