#pragma once

#include <QIcon>
#include <QObject>
#include <QStringList>

class QListWidget;
class QStackedWidget;

namespace dbpulse {

/// \brief The navigation list and the page stack it drives. The two widgets are placed by the
/// window; pages are addressed by a stable id ("dashboard", "indexes", …). GUI thread.
class PageNavigator : public QObject
{
    Q_OBJECT
public:
    explicit PageNavigator(QObject *parent = nullptr);
    ~PageNavigator() override;

    QListWidget *navigation() const { return m_list; }
    QStackedWidget *stack() const { return m_stack; }

    void addPage(const QString &id, const QString &title, const QIcon &icon, QWidget *page);
    QStringList pageIds() const { return m_ids; }
    QWidget *page(const QString &id) const;
    /// Returns false for an unknown id.
    bool setCurrentPage(const QString &id);
    QString currentPage() const;

Q_SIGNALS:
    void currentPageChanged(const QString &id);

private:
    QListWidget *m_list;
    QStackedWidget *m_stack;
    QStringList m_ids;
};

} // namespace dbpulse
