#pragma once

#include <QIcon>
#include <QWidget>

namespace dbpulse {

/// \brief A page that is not built yet says so plainly: an icon, a title and one paragraph.
/// Never shows placeholder numbers. GUI thread.
class EmptyStatePage : public QWidget
{
    Q_OBJECT
public:
    EmptyStatePage(const QIcon &icon, const QString &title, const QString &text,
                   QWidget *parent = nullptr);

    QString title() const { return m_title; }
    QString text() const { return m_text; }

private:
    QString m_title;
    QString m_text;
};

} // namespace dbpulse
