#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <utility>
#include <vector>

namespace dbpulse {

/// \brief Measures how responsive the GUI thread is: a 10 ms timer on that thread records how
/// late each tick fires (actual minus expected interval). Lives in the GUI thread.
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
    };

    explicit StallMonitor(int intervalMs = 10, QObject *parent = nullptr);

    void start();
    void stop();
    Stats stats() const;
    /// Writes {"p50_ms","p99_ms","max_ms","samples","worst":[{"at_s","ms"}…]} to \a fileName (0600,
    /// PrivateFileWriter); false with \a error on failure. "worst" tells a one-off at startup from stalls while running.
    bool writeReport(const QString &fileName, QString *error = nullptr) const;

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    int m_intervalMs;
    std::vector<double> m_lateMs;
    std::vector<double> m_atS;        ///< when each m_lateMs entry was measured
};

} // namespace dbpulse
