#include "widgets/livelabel.h"

#include <QApplication>
#include <QLabel>
#include <QTest>
#include <QVBoxLayout>

using namespace dbpulse;

namespace {
/// Counts the relayouts asked of the widget it watches.
class LayoutRequests : public QObject
{
public:
    int count = 0;
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::LayoutRequest)
            ++count;
        return false;
    }
};
} // namespace

/// The one-line label for live values: new texts repaint it but never lay the window out again.
class TstLiveLabel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newTextAsksNoRelayout()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *live = new LiveLabel(10, &window);
        auto *plain = new QLabel(&window);
        layout->addWidget(live);
        layout->addWidget(plain);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QSize hint = live->sizeHint();
        LayoutRequests requests;
        window.installEventFilter(&requests);

        for (int i = 0; i < 5; ++i)
            live->setText(QStringLiteral("<b>%1</b> of 100").arg(i * 1000));
        QCoreApplication::processEvents();
        QCOMPARE(requests.count, 0);
        QCOMPARE(live->sizeHint(), hint);
        QCOMPARE(live->text(), QStringLiteral("<b>4000</b> of 100"));

        // The control: a QLabel asks for one with every new text.
        plain->setText(QStringLiteral("4000 of 100"));
        QCoreApplication::processEvents();
        QVERIFY(requests.count > 0);
    }
};

QTEST_MAIN(TstLiveLabel)
#include "tst_livelabel.moc"
