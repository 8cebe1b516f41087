#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <optional>
#include <utility>
#include <vector>

class QWidget;

namespace dbpulse {

/// \brief Measures how responsive the GUI thread is: a 10 ms timer on that thread records how
/// late each tick fires (actual minus expected interval). Lives in the GUI thread. With
/// watchFirstFrame() it also notes when a window was first painted and reports the stalls from
/// then on apart: what a user can see, as opposed to the wait for the window to appear.
class StallMonitor : public QObject
{
    Q_OBJECT
public:
    struct Stats
    {
        double p50Ms = 0;
        double p99Ms = 0;
        double maxMs = 0;
        qsizetype samples = 0;
        /// The longest stalls, longest first: (seconds since start() when it ended, ms late).
        std::vector<std::pair<double, double>> worst;
        /// Seconds since start() when the watched window was first painted; none if it never was.
        std::optional<double> firstFrameS;
        /// Over the ticks measured after the first frame (0 without one).
        double afterFirstFrameP99Ms = 0;
        double afterFirstFrameMaxMs = 0;
    };

    explicit StallMonitor(int intervalMs = 10, QObject *parent = nullptr);

    void start();
    void stop();
    /// Notes when \a window receives its first paint event (once; call before showing it).
    void watchFirstFrame(QWidget *window);
    Stats stats() const;
    /// Writes {"p50_ms","p99_ms","max_ms","samples","worst":[{"at_s","ms"}…]} to \a fileName (0600,
    /// PrivateFileWriter); false with \a error on failure. "worst" tells a one-off at startup from stalls while running.
    /// With a first frame also "first_frame_s", "first_frame_epoch_ms" (wall clock, so a script
    /// can measure from the process's launch) and "after_first_frame": {"p99_ms","max_ms"}.
    bool writeReport(const QString &fileName, QString *error = nullptr) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    int m_intervalMs;
    std::vector<double> m_lateMs;
    std::vector<double> m_atS;        ///< when each m_lateMs entry was measured
    QObject *m_watched = nullptr;
    std::optional<double> m_firstFrameS;
    qint64 m_firstFrameEpochMs = 0;
};

} // namespace dbpulse
