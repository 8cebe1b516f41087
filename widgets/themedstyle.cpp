#include "widgets/themedstyle.h"

#include "widgets/styleupdate.h"

#include <QEvent>
#include <QWidget>

namespace dbpulse {

namespace {

const QString SheetFollowerName = QStringLiteral("dbpulseThemedSheet");

/// Child of a widget: runs its callback whenever the widget's palette changes.
class PaletteFollower : public QObject
{
    Q_OBJECT
public:
    PaletteFollower(QWidget *widget, std::function<void()> callback)
        : QObject(widget)
        , m_widget(widget)
        , m_callback(std::move(callback))
    {
        widget->installEventFilter(this);
    }

    void setCallback(std::function<void()> callback) { m_callback = std::move(callback); }
    void run() { m_callback(); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // The style sheets built here set no palette of their own, so re-applying an
        // unchanged one is a no-op and cannot loop.
        if (watched == m_widget
            && (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange))
            m_callback();
        return false;
    }

private:
    QWidget *m_widget;
    std::function<void()> m_callback;
};

} // namespace

void setThemedStyleSheet(QWidget *widget, std::function<QString()> sheet)
{
    auto apply = [widget, sheet = std::move(sheet)] {
        setStyleSheetIfChanged(widget, sheet ? sheet() : QString());
    };
    auto *follower = widget->findChild<PaletteFollower *>(SheetFollowerName, Qt::FindDirectChildrenOnly);
    if (!follower) {
        follower = new PaletteFollower(widget, apply);
        follower->setObjectName(SheetFollowerName);
    } else {
        follower->setCallback(apply);
    }
    follower->run();
}

void setTextRole(QWidget *widget, ThemeRole role, const QString &extra)
{
    setThemedStyleSheet(widget, [role, extra] {
        return extra.isEmpty() ? theme::textStyle(role) : theme::textStyle(role) + QStringLiteral("; ") + extra;
    });
}

void whenPaletteChanges(QWidget *widget, std::function<void()> redo)
{
    new PaletteFollower(widget, std::move(redo));
}

} // namespace dbpulse

#include "themedstyle.moc"
