#include "core/jobs/job.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace dbpulse;

namespace {

// Counts to N on a timer; cancellation stops the timer and finishes with an error.
class CountingJob : public Job
{
public:
    explicit CountingJob(int steps) : m_steps(steps) {}
    int doCancelCalls = 0;

protected:
    void doStart() override
    {
        connect(&m_timer, &QTimer::timeout, this, [this] {
            ++m_done;
            setProgress(m_done * 100 / m_steps, QStringLiteral("step %1").arg(m_done));
            if (m_done == m_steps)
                finish(true);
        });
        m_timer.start(5);
    }
    void doCancel() override
    {
        ++doCancelCalls;
        m_timer.stop();
        finish(false, QStringLiteral("stopped at step %1").arg(m_done));
    }

private:
    QTimer m_timer;
    int m_steps;
    int m_done = 0;
};

} // namespace

class TestJob : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void succeedsWithProgress()
    {
        CountingJob job(4);
        QSignalSpy progress(&job, &Job::progressChanged);
        QSignalSpy finished(&job, &Job::finished);
        QVERIFY(job.exec());
        QCOMPARE(progress.size(), 4);
        QCOMPARE(progress.last().at(0).toInt(), 100);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(job.state(), Job::State::Succeeded);
        QVERIFY(job.errorText().isEmpty());
    }

    void cancelEndsCancelled()
    {
        CountingJob job(1000);
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        QTRY_VERIFY(job.percent() > 0);
        job.cancel();
        job.cancel(); // idempotent
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(job.state(), Job::State::Cancelled);
        QCOMPARE(job.doCancelCalls, 1);
        QVERIFY(job.errorText().startsWith(QLatin1String("stopped at step")));
    }

    void cancelBeforeStartNeverRuns()
    {
        CountingJob job(3);
        job.cancel();
        QVERIFY(!job.exec());
        QCOMPARE(job.state(), Job::State::Cancelled);
        QCOMPARE(job.percent(), 0);
    }
};

QTEST_GUILESS_MAIN(TestJob)
#include "tst_job.moc"
