#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace dbpulse {

/// \brief How many daily / ISO-weekly / monthly backups to keep. Value type.
struct RetentionPolicy
{
    int keepDaily = 30;
    int keepWeekly = 12;
    int keepMonthly = 12;
};

/// \brief A backup as retention sees it.
struct RetentionItem
{
    QString id;          ///< e.g. the backup's directory
    QDateTime time;      ///< when it started
    bool verified = false;
    /// What the backup is of (retentionGroup()): rules and "newest verified" apply per group, so
    /// one database's backups never count as another's duplicates.
    QString group;
};

/// \brief Keep or delete, and why ("daily 2026-11-21", "weekly 2026-W47", "newest verified").
struct RetentionDecision
{
    QString id;
    QDateTime time;
    bool keep = false;
    QStringList reasons;
    QString group;
};

/// \brief Plans a prune, separately for each RetentionItem::group: for each rule, the newest backup
/// of each of the last N days / ISO weeks / months that have backups is kept (one backup may satisfy
/// several rules), and the group's newest verified backup is always kept. Days, weeks and months are
/// taken in UTC. Result is newest first. Pure; any thread.
QList<RetentionDecision> planRetention(QList<RetentionItem> items, const RetentionPolicy &policy);

} // namespace dbpulse
