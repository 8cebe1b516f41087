#pragma once

#include "core/health/finding.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace dbpulse {

/// \brief What one check cost: its problems by worst severity and the points taken off.
struct ScoreDeduction
{
    QString check;
    Severity severity = Severity::Ok;  ///< the check's worst problem
    int findings = 0;                  ///< problems above ok it leads
    int points = 0;                    ///< after the per-check cap
    bool capped = false;               ///< the cap took points off
    QStringList countedWith;           ///< checks whose findings were one problem with this check's
};

/// \brief How much of a run could judge: checks that ran, could not judge at all, or judged only part.
struct ScoreCoverage
{
    int checks = 0;      ///< checks that ran
    int notChecked = 0;  ///< checks whose every finding is "not checked"
    int partly = 0;      ///< checks that judged some objects and could not judge others

    int judged() const { return checks - notChecked; }
};

/// \brief The 0–100 health score and why. Value type, any thread.
///
/// Each problem costs critical 20, warning 8, info 1 points, once however many checks saw it
/// (related findings share a Finding::problem) — at its worst severity, charged to its worst
/// check; one check costs at most twice the price of its worst problem, so 300 unused indexes
/// cannot outweigh one wraparound alarm. What could not be checked costs nothing, and is not
/// passed either: coverage says how much was not checked. Transient findings cost nothing.
struct HealthScore
{
    int score = 100;
    QList<ScoreDeduction> deductions;  ///< only checks that cost points, most expensive first
    ScoreCoverage coverage;

    static int pointsFor(Severity severity);
    static HealthScore compute(const QList<Finding> &findings);
    /// "100 − 20 dead_tuples (1 critical, counted once with autovacuum_lag) − 8 … = 72"
    QString explanation() const;
    /// "over 14 of 18 checks; 4 not checked" ("; 2 checked only in part"), or "over all 18 checks".
    QString coverageText() const;
    /// "score 92 over 14 of 18 checks; 4 not checked"
    QString summary() const;
    /// The score as a sentence, on the summary's wording: "Score 72 over all 18 checks: 2
    /// problems cost 28 points." — "nothing found costs points" for 100.
    QString sentence() const;
    /// One line per check that cost points, most expensive first, with the checks' labels:
    /// "−20 Dead tuples: 1 critical problem, counted once with Autovacuum behind".
    QStringList breakdown() const;
};

} // namespace dbpulse
