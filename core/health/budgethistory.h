#pragma once

#include "core/health/budgetwaits.h"
#include "core/metrics/metricssnapshot.h"

#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace dbpulse {

/// \brief What the doctor remembers between runs about one database's statements, so a budget
/// breach is judged per interval between two runs (not on lifetime figures one slow burst skews
/// for good) and counts only when it is sustained.
///
/// Per statement (role and queryid): its pg_stat_statements counters at the last run, and the
/// verdicts of its last measured intervals (breached or not; an interval with too few calls has
/// none), and what the samples of the last runs saw it waiting on (WaitTally). One small private JSON file per target in a 0700 directory, by default
/// AppDataLocation/doctor-budgets; written atomically (QSaveFile). Holds figures and queryids,
/// never statement texts. Value class; the doctor's thread.
class BudgetHistory
{
public:
    /// \a directory empty: AppDataLocation/doctor-budgets. \a targetKey names the database (the
    /// target's password-free label and the database name).
    BudgetHistory(const QString &directory, const QString &targetKey);

    QString path() const { return m_path; }
    /// Reads the file; an absent file is an empty history. False with \a error when unreadable.
    bool load(QString *error = nullptr);
    /// The counters of \a statement at the last run, unless pg_stat_statements was reset since
    /// (\a statsReset differs from the one recorded then).
    std::optional<StatementCounters> previous(const QString &statement, const QString &statsReset) const;
    /// The verdicts of \a statement's measured intervals, oldest first (true: breached).
    QList<bool> verdicts(const QString &statement) const;
    /// Records this run's \a counters of \a statement and, when the interval had enough calls, its verdict.
    void record(const QString &statement, const StatementCounters &counters, std::optional<bool> verdict);
    /// Records what this run's samples saw \a statement waiting on (also for a statement
    /// pg_stat_statements does not list yet: its executions may not have finished).
    void recordWaits(const QString &statement, const WaitTally &tally);
    /// The tallies of \a statement's last runs, oldest first, this run's included once recorded.
    QList<WaitTally> waits(const QString &statement) const;
    /// Writes this run's counters (statements not seen this run are dropped) and the last
    /// \a keepVerdicts verdicts and wait tallies of each. False with \a error.
    bool save(const QString &statsReset, int keepVerdicts, QString *error = nullptr);

private:
    struct Entry
    {
        StatementCounters counters;
        QList<bool> verdicts;
    };
    QString m_directory;
    QString m_path;
    QString m_targetKey;
    QString m_statsReset;         ///< as recorded by the last run
    QHash<QString, Entry> m_last; ///< as the last run left it
    QHash<QString, Entry> m_now;  ///< this run's
    QHash<QString, QList<WaitTally>> m_lastWaits;
    QHash<QString, QList<WaitTally>> m_nowWaits;
};

/// \brief A budget breach's standing over the last intervals: sustained when breached in at least
/// \a needed of the last \a window measured intervals. Pure.
struct BudgetStanding
{
    int breached = 0;  ///< breaches among the last window intervals
    int measured = 0;  ///< measured intervals among them (≤ window)
    bool sustained = false;
};
BudgetStanding budgetStanding(const QList<bool> &verdicts, int needed, int window);

} // namespace dbpulse
