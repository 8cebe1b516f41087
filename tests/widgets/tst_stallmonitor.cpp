#include "widgets/stallmonitor.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QWidget>
#include <sys/stat.h>

using namespace dbpulse;

class TstStallMonitor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void measuresABlockedThread()
    {
        StallMonitor monitor(10);
        monitor.start();
        QTest::qWait(100);
        QTimer::singleShot(0, [] { QThread::msleep(120); }); // a deliberate stall
        QTest::qWait(150);
        monitor.stop();
        const StallMonitor::Stats s = monitor.stats();
        QVERIFY(s.samples > 5);
        QVERIFY2(s.maxMs >= 90, qPrintable(QString::number(s.maxMs)));
        QVERIFY(s.p50Ms <= s.p99Ms && s.p99Ms <= s.maxMs);
    }

    void splitsOffWhatFollowsTheFirstFrame()
    {
        StallMonitor monitor(10);
        monitor.start();
        QWidget window;
        monitor.watchFirstFrame(&window);
        QTest::qWait(50);
        QVERIFY(!monitor.stats().firstFrameS); // not shown yet: nothing painted
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(monitor.stats().firstFrameS.has_value());
        QTimer::singleShot(0, [] { QThread::msleep(120); }); // a stall the user would see
        QTest::qWait(150);
        monitor.stop();
        const StallMonitor::Stats s = monitor.stats();
        QVERIFY(*s.firstFrameS >= 0.05);
        QVERIFY2(s.afterFirstFrameMaxMs >= 90, qPrintable(QString::number(s.afterFirstFrameMaxMs)));
        QVERIFY(s.afterFirstFrameP99Ms <= s.afterFirstFrameMaxMs && s.afterFirstFrameMaxMs <= s.maxMs);

        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("stalls.json"));
        QVERIFY(monitor.writeReport(file));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        QVERIFY(o.value(QLatin1String("first_frame_epoch_ms")).toDouble() > 0);
        QVERIFY(o.value(QLatin1String("after_first_frame")).toObject().value(QLatin1String("max_ms")).toDouble() >= 90);
    }

    void writesJson()
    {
        StallMonitor monitor(10);
        monitor.start();
        QTest::qWait(60);
        monitor.stop();
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("stalls.json"));
        // A report like any other: owner-only even under a permissive umask.
        const mode_t oldUmask = ::umask(022);
        const bool written = monitor.writeReport(file);
        ::umask(oldUmask);
        QVERIFY(written);
        QCOMPARE(QFileInfo(file).permissions() & 0x0077, QFileDevice::Permissions());
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        for (const char *key : {"p50_ms", "p99_ms", "max_ms", "samples"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QVERIFY(o.value(QLatin1String("samples")).toInt() > 0);
    }
};

QTEST_MAIN(TstStallMonitor)
#include "tst_stallmonitor.moc"
