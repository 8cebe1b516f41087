#include "core/backup/retention.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace dbpulse {

QList<RetentionDecision> planRetention(QList<RetentionItem> items, const RetentionPolicy &policy)
{
    std::stable_sort(items.begin(), items.end(), [](const RetentionItem &a, const RetentionItem &b) {
        return a.time > b.time;
    });
    QList<RetentionDecision> plan;
    QStringList groups;
    for (const RetentionItem &item : std::as_const(items)) {
        plan << RetentionDecision{item.id, item.time, false, {}, item.group};
        if (!groups.contains(item.group))
            groups << item.group;
    }

    for (const QString &group : std::as_const(groups)) {
        // Walking newest first, the first backup of the group met in a period is that period's newest.
        auto applyRule = [&](int keep, const QString &rule, auto periodOf) {
            QSet<QString> seen;
            for (int i = 0; i < items.size() && seen.size() < keep; ++i) {
                if (items.at(i).group != group)
                    continue;
                const QString period = periodOf(items.at(i).time.toUTC().date());
                if (seen.contains(period))
                    continue;
                seen.insert(period);
                plan[i].keep = true;
                plan[i].reasons << rule + QLatin1Char(' ') + period;
            }
        };
        applyRule(policy.keepDaily, QStringLiteral("daily"), [](const QDate &d) { return d.toString(Qt::ISODate); });
        applyRule(policy.keepWeekly, QStringLiteral("weekly"), [](const QDate &d) {
            int year = 0;
            const int week = d.weekNumber(&year);
            return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
        });
        applyRule(policy.keepMonthly, QStringLiteral("monthly"), [](const QDate &d) { return d.toString(QStringLiteral("yyyy-MM")); });

        for (int i = 0; i < items.size(); ++i) {
            if (items.at(i).group == group && items.at(i).verified) {
                plan[i].keep = true;
                plan[i].reasons << QCoreApplication::translate("Backup", "newest verified backup");
                break;
            }
        }
    }
    for (RetentionDecision &d : plan) {
        if (!d.keep)
            d.reasons << QCoreApplication::translate("Backup", "not needed by any rule");
    }
    return plan;
}

} // namespace dbpulse
