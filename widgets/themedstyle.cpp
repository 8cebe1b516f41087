#include "widgets/themedstyle.h"

#include "widgets/styleupdate.h"

#include <QApplication>
#include <QEvent>
#include <QPainter>
#include <QSet>
#include <QWidget>

namespace dbpulse {

namespace {

const QString SheetFollowerName = QStringLiteral("dbpulseThemedSheet");

class PaletteFollower;

/// Every follower alive, run when the application's palette changes: a widget with a style
/// sheet has its palette set by the style sheet, so an application palette change never
/// reaches it as a PaletteChange of its own.
QSet<PaletteFollower *> &followers()
{
    static QSet<PaletteFollower *> all;
    return all;
}

/// Child of a widget: runs its callback whenever the application's or the widget's palette
/// changes.
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
        watchApplication();
        followers().insert(this);
    }
    ~PaletteFollower() override { followers().remove(this); }

    void setCallback(std::function<void()> callback) { m_callback = std::move(callback); }
    void run() { m_callback(); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // The style sheets built here set no palette roles the widget reads back, so
        // re-applying an unchanged one is a no-op and cannot loop.
        if (watched == m_widget && event->type() == QEvent::PaletteChange)
            m_callback();
        return false;
    }

private:
    static void watchApplication()
    {
        static QObject *watcher = nullptr;
        if (watcher)
            return;
        watcher = new ApplicationWatcher(qApp);
        qApp->installEventFilter(watcher);
    }

    /// Sees QEvent::ApplicationPaletteChange as QApplication receives it: synchronously, inside
    /// QApplication::setPalette(), before anything is painted again.
    class ApplicationWatcher : public QObject
    {
    public:
        using QObject::QObject;
        bool eventFilter(QObject *watched, QEvent *event) override
        {
            if (watched == qApp && event->type() == QEvent::ApplicationPaletteChange) {
                // A callback may delete widgets (and so followers): run over a copy, checking.
                const QSet<PaletteFollower *> all = followers();
                for (PaletteFollower *f : all) {
                    if (followers().contains(f))
                        f->run();
                }
            }
            return false;
        }
    };

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

QIcon monochromeIcon(const QWidget *widget, QStyle::StandardPixmap which)
{
    const QIcon icon = widget->style()->standardIcon(which, nullptr, widget);
    const QPalette palette = QApplication::palette();
    if (!theme::isDark(palette))
        return icon;
    QIcon tinted;
    for (const QSize &size : icon.availableSizes()) {
        QPixmap pixmap = icon.pixmap(size);
        QPainter painter(&pixmap);
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(pixmap.rect(), palette.color(QPalette::ButtonText));
        painter.end();
        tinted.addPixmap(pixmap);
    }
    return tinted.isNull() ? icon : tinted;
}

void whenPaletteChanges(QWidget *widget, std::function<void()> redo)
{
    new PaletteFollower(widget, std::move(redo));
}

} // namespace dbpulse

#include "themedstyle.moc"
