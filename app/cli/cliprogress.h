#pragma once

#include <QString>

namespace dbpulse::cli {

/// \brief A job's progress on stderr. On a terminal: one line redrawn in place (\r) with a bar;
/// otherwise (a log file, a CI job) plain "NN% text" lines, written only when the percent or the
/// text changed, so a chatty job never floods a log. Main thread only.
class ProgressLine
{
public:
    ProgressLine();
    /// Clears a drawn bar, so the next output starts on a clean line.
    ~ProgressLine();
    ProgressLine(const ProgressLine &) = delete;
    ProgressLine &operator=(const ProgressLine &) = delete;

    /// \a percent in 0…100, or -1 when unknown.
    void update(int percent, const QString &text);
    /// Writes \a line to stderr above the bar (log lines of a running job).
    static void note(const QString &line);

private:
    void clear();

    bool m_terminal = false;
    bool m_drawn = false;
    int m_percent = -2;
    QString m_text;
};

} // namespace dbpulse::cli
