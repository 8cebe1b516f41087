#include "core/jobs/job.h"
#include "core/jobs/jobslot.h"
#include "core/jobs/taskjob.h"

#include <QAtomicInt>
#include <QSemaphore>
#include <QThread>

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

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

#ifdef Q_OS_LINUX
int niceOfThisThread()
{
    return ::getpriority(PRIO_PROCESS, static_cast<id_t>(::syscall(SYS_gettid)));
}
#endif

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

    // A TaskJob runs off the calling thread, reports progress through its context and keeps the result.
    void taskJobRunsOnThePoolWithProgress()
    {
        QThread *caller = QThread::currentThread();
        TaskJob<int> job([caller](const JobContext &ctx) {
            ctx.reportProgress(50, QStringLiteral("half"));
            return QThread::currentThread() == caller ? -1 : 42;
        });
        QSignalSpy progress(&job, &Job::progressChanged);
        QVERIFY(job.exec());
        QCOMPARE(job.result(), 42);
        QCOMPARE(progress.size(), 1);
        QCOMPARE(progress.first().at(1).toString(), QStringLiteral("half"));
    }

#ifdef Q_OS_LINUX
    // Work yields to the GUI thread on a busy machine: its thread runs at a higher nice value
    // than the thread that started it (the kernel keeps one per thread).
    void workRunsBelowTheCallersPriority()
    {
        const int callerNice = niceOfThisThread();
        TaskJob<int> job([](const JobContext &) { return niceOfThisThread(); });
        QVERIFY(job.exec());
        QVERIFY2(job.result() > callerNice, qPrintable(QStringLiteral("work %1, caller %2").arg(job.result()).arg(callerNice)));
        QCOMPARE(niceOfThisThread(), callerNice); // the caller's own priority is untouched
    }
#endif

    // A step's context maps its own 0…100 into its part of the whole, nested steps too; unknown
    // progress stays unknown, and the step shares the job's cancel.
    void stepContextMapsProgressIntoItsRange()
    {
        TaskJob<bool> job([](const JobContext &ctx) {
            const JobContext verify = ctx.within(20, 80);
            verify.reportProgress(0, QStringLiteral("a"));
            verify.reportProgress(50, QStringLiteral("b"));
            verify.reportProgress(100, QStringLiteral("c"));
            verify.reportProgress(-1, QStringLiteral("d"));
            verify.within(50, 100).reportProgress(50, QStringLiteral("e"));
            verify.progress()(25, QStringLiteral("f"));
            return verify.isCancelled() == ctx.isCancelled();
        });
        QSignalSpy progress(&job, &Job::progressChanged);
        QVERIFY(job.exec());
        QVERIFY(job.result());
        QList<int> percents;
        for (const QList<QVariant> &report : std::as_const(progress))
            percents << report.at(0).toInt();
        QCOMPARE(percents, (QList<int>{20, 50, 80, -1, 65, 35}));
    }

    // cancel() calls the interrupt the work registered, from the cancelling thread, at once: a
    // blocking call (a statement on the server) stops now, not at the next check.
    void cancelCallsTheRegisteredInterrupt()
    {
        auto blocked = std::make_shared<QSemaphore>();
        auto entered = std::make_shared<QSemaphore>();
        TaskJob<bool> job([blocked, entered](const JobContext &ctx) {
            InterruptGuard guard(ctx, [blocked] { blocked->release(); });
            entered->release();
            blocked->acquire(); // stands for PQgetResult waiting on the server
            return true;
        });
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        QTRY_VERIFY(entered->available() == 1);
        job.cancel();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(job.state(), Job::State::Cancelled);
    }

    // An engine with two sessions (the doctor and its advisor) registers both: a cancel reaches
    // every guard alive at that moment, and none that has already ended.
    void cancelCallsEveryLiveInterrupt()
    {
        auto calls = std::make_shared<QAtomicInt>(0);
        auto ended = std::make_shared<QAtomicInt>(0);
        auto entered = std::make_shared<QSemaphore>();
        auto release = std::make_shared<QSemaphore>();
        TaskJob<bool> job([=](const JobContext &ctx) {
            {
                InterruptGuard gone(ctx, [ended] { ended->ref(); });
            }
            InterruptGuard first(ctx, [calls] { calls->ref(); });
            InterruptGuard second(ctx, [calls, release] {
                calls->ref();
                release->release();
            });
            entered->release();
            release->acquire();
            return true;
        });
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        QTRY_VERIFY(entered->available() == 1);
        job.cancel();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(job.state(), Job::State::Cancelled);
        QCOMPARE(calls->loadRelaxed(), 2);
        QCOMPARE(ended->loadRelaxed(), 0);
    }

    // A context of no job (tests, one-off calls) is never cancelled and reports nowhere.
    void contextOfNoJob()
    {
        const JobContext context;
        QVERIFY(!context.isCancelled());
        context.reportProgress(50, QStringLiteral("nobody listens"));
        bool interrupted = false;
        {
            InterruptGuard guard(context, [&interrupted] { interrupted = true; });
        }
        QVERIFY(!interrupted);
    }

    // A new job in a slot drops the old one's result and cancels it.
    void slotStartCancelsThePreviousJob()
    {
        QObject owner;
        JobSlot slot(&owner);
        auto release = std::make_shared<QSemaphore>();
        QStringList results;
        slot.run<QString>([release](const JobContext &ctx) {
            InterruptGuard guard(ctx, [release] { release->release(); });
            release->acquire();
            return QStringLiteral("first");
        }, [&results](const QString &r) { results << r; });
        QVERIFY(slot.isRunning());
        slot.run<QString>([](const JobContext &) { return QStringLiteral("second"); },
                          [&results](const QString &r) { results << r; });
        QTRY_VERIFY(!slot.isRunning());
        QTest::qWait(50);
        QCOMPARE(results, QStringList{QStringLiteral("second")});
    }

    // Destroying the owner never waits for the work: the work here can only end after the owner
    // is gone, so a destructor that waited would hang this test.
    void destroyingTheOwnerDoesNotWait()
    {
        auto entered = std::make_shared<QSemaphore>();
        auto release = std::make_shared<QSemaphore>();
        auto done = std::make_shared<QSemaphore>();
        bool called = false;
        {
            QObject owner;
            JobSlot slot(&owner);
            slot.run<int>([entered, release, done](const JobContext &ctx) {
                entered->release();
                release->acquire(); // ignores the cancel on purpose
                ctx.reportProgress(99, QStringLiteral("late")); // its job may be gone: must not crash
                done->release();
                return 1;
            }, [&called](int) { called = true; });
            QTRY_COMPARE(entered->available(), 1);
        }
        release->release();
        QVERIFY(done->tryAcquire(1, 10000));
        QTest::qWait(50); // let the detached job finish and delete itself
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestJob)
#include "tst_job.moc"
