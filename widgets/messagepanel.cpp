#include "widgets/messagepanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace dbpulse {

MessagePanel::MessagePanel(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
    , m_buttons(new QWidget(this))
    , m_startDemo(new QPushButton(tr("Start demo"), m_buttons))
    , m_newConnection(new QPushButton(tr("New connection…"), m_buttons))
{
    m_text->setObjectName(QStringLiteral("dashboardMessage"));
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setMargin(24);
    m_startDemo->setObjectName(QStringLiteral("startDemoButton"));
    m_startDemo->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_startDemo->setToolTip(tr("A throwaway PostgreSQL cluster with a shop database and a workload, "
                               "deleted when DB Pulse quits"));
    m_newConnection->setObjectName(QStringLiteral("newConnectionButton"));
    m_newConnection->setIcon(style()->standardIcon(QStyle::SP_FileDialogNewFolder));
    m_startDemo->setDefault(true);

    auto *row = new QHBoxLayout(m_buttons);
    row->addStretch();
    row->addWidget(m_startDemo);
    row->addWidget(m_newConnection);
    row->addStretch();
    m_buttons->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(m_text);
    layout->addWidget(m_buttons);
    layout->addStretch();

    connect(m_startDemo, &QPushButton::clicked, this, &MessagePanel::demoRequested);
    connect(m_newConnection, &QPushButton::clicked, this, &MessagePanel::newConnectionRequested);
}

void MessagePanel::setText(const QString &text)
{
    m_text->setText(text);
}

QString MessagePanel::text() const
{
    return m_text->text();
}

void MessagePanel::setFirstRun(bool firstRun)
{
    m_buttons->setVisible(firstRun);
}

} // namespace dbpulse
