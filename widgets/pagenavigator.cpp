#include "widgets/pagenavigator.h"

#include <QListWidget>
#include <QPointer>
#include <QStackedWidget>

namespace dbpulse {

PageNavigator::PageNavigator(QObject *parent)
    : QObject(parent)
    , m_list(new QListWidget)
    , m_stack(new QStackedWidget)
{
    m_list->setObjectName(QStringLiteral("pageNavigation"));
    m_stack->setObjectName(QStringLiteral("pageStack"));
    m_list->setIconSize(QSize(20, 20));
    m_list->setSpacing(1);
    m_list->setFrameShape(QFrame::NoFrame);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_ids.size())
            return;
        m_stack->setCurrentIndex(row);
        Q_EMIT currentPageChanged(m_ids.at(row));
    });
}

PageNavigator::~PageNavigator()
{
    // The widgets normally belong to the window by now; delete them only if nobody adopted them.
    if (!m_list->parent())
        delete m_list;
    if (!m_stack->parent())
        delete m_stack;
}

void PageNavigator::addPage(const QString &id, const QString &title, const QIcon &icon, QWidget *page)
{
    m_ids.append(id);
    m_stack->addWidget(page);
    auto *item = new QListWidgetItem(icon, title, m_list);
    item->setData(Qt::UserRole, id);
    item->setSizeHint(QSize(0, 30));
    if (m_list->currentRow() < 0)
        m_list->setCurrentRow(0);
}

QWidget *PageNavigator::page(const QString &id) const
{
    const int i = int(m_ids.indexOf(id));
    return i >= 0 ? m_stack->widget(i) : nullptr;
}

bool PageNavigator::setCurrentPage(const QString &id)
{
    const int i = int(m_ids.indexOf(id));
    if (i < 0)
        return false;
    m_list->setCurrentRow(i);
    return true;
}

QString PageNavigator::currentPage() const
{
    const int i = m_stack->currentIndex();
    return i >= 0 && i < m_ids.size() ? m_ids.at(i) : QString();
}

} // namespace dbpulse
