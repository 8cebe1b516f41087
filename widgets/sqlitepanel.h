#pragma once

#include <QWidget>

class QGridLayout;
class QLabel;

namespace dbpulse {

class SqliteHistory;
class TimeSeriesChart;

/// \brief The dashboard's view of an SQLite file: its latest figures (file, WAL and freelist
/// size, pages, journal mode, WAL and checkpoint state, write activity, the last integrity check
/// DB Pulse ran) and, over the last five minutes, charts of its sizes and of how much of the time
/// it was being written. Shown instead of the PostgreSQL charts. GUI thread.
class SqlitePanel : public QWidget
{
    Q_OBJECT
public:
    explicit SqlitePanel(QWidget *parent = nullptr);

    /// Redraws the figures and charts from \a history (nullptr: nothing sampled) at \a nowMs.
    void refresh(const SqliteHistory *history, qint64 nowMs);

    /// The value shown for figure \a name ("file", "wal", "freelist", "pages", "journal",
    /// "checkpoint", "integrity", "writes"), for tests and accessibility.
    QString figure(const QString &name) const;
    TimeSeriesChart *sizeChart() const { return m_sizes; }
    TimeSeriesChart *writeChart() const { return m_writes; }

private:
    QLabel *addFigure(QGridLayout *grid, int index, const QString &name, const QString &caption);
    void updateFigures(const SqliteHistory &history);
    void updateCharts(const SqliteHistory *history, qint64 nowMs);

    QLabel *m_file;
    QLabel *m_wal;
    QLabel *m_freelist;
    QLabel *m_pages;
    QLabel *m_journal;
    QLabel *m_checkpoint;
    QLabel *m_integrity;
    QLabel *m_written;
    QLabel *m_note;
    TimeSeriesChart *m_sizes;
    TimeSeriesChart *m_writes;
};

} // namespace dbpulse
