#include "core/health/checklabels.h"

#include <QCoreApplication>
#include <QHash>

namespace dbpulse {

namespace {

const QHash<QString, const char *> &labelTable()
{
    // Marked for translation; the GUI loads a catalogue, the CLI prints them as written here.
    static const QHash<QString, const char *> labels{
        // sessions
        {QStringLiteral("connections"), QT_TRANSLATE_NOOP("CheckLabel", "Connection use")},
        {QStringLiteral("idle_in_transaction"), QT_TRANSLATE_NOOP("CheckLabel", "Idle in transaction")},
        {QStringLiteral("long_queries"), QT_TRANSLATE_NOOP("CheckLabel", "Long-running queries")},
        {QStringLiteral("blocking_locks"), QT_TRANSLATE_NOOP("CheckLabel", "Blocking locks")},
        // integrity
        {QStringLiteral("invalid_indexes"), QT_TRANSLATE_NOOP("CheckLabel", "Invalid indexes")},
        {QStringLiteral("not_valid_constraints"), QT_TRANSLATE_NOOP("CheckLabel", "Constraints not validated")},
        {QStringLiteral("orphan_rows"), QT_TRANSLATE_NOOP("CheckLabel", "Rows without their parent")},
        // maintenance
        {QStringLiteral("cache_hit"), QT_TRANSLATE_NOOP("CheckLabel", "Cache hit ratio")},
        {QStringLiteral("dead_tuples"), QT_TRANSLATE_NOOP("CheckLabel", "Dead tuples")},
        {QStringLiteral("autovacuum_lag"), QT_TRANSLATE_NOOP("CheckLabel", "Autovacuum behind")},
        {QStringLiteral("xid_wraparound"), QT_TRANSLATE_NOOP("CheckLabel", "Transaction ID wraparound")},
        {QStringLiteral("bloat"), QT_TRANSLATE_NOOP("CheckLabel", "Table and index bloat")},
        // indexes
        {QStringLiteral("unused_indexes"), QT_TRANSLATE_NOOP("CheckLabel", "Unused indexes")},
        {QStringLiteral("duplicate_indexes"), QT_TRANSLATE_NOOP("CheckLabel", "Duplicate indexes")},
        // settings
        {QStringLiteral("pg_stat_statements"), QT_TRANSLATE_NOOP("CheckLabel", "Statement statistics (pg_stat_statements)")},
        {QStringLiteral("settings"), QT_TRANSLATE_NOOP("CheckLabel", "Risky settings")},
        {QStringLiteral("query_budgets"), QT_TRANSLATE_NOOP("CheckLabel", "Statements over budget")},
        // SQLite
        {QStringLiteral("integrity"), QT_TRANSLATE_NOOP("CheckLabel", "Integrity check")},
        {QStringLiteral("foreign_keys"), QT_TRANSLATE_NOOP("CheckLabel", "Foreign key check")},
        {QStringLiteral("freelist"), QT_TRANSLATE_NOOP("CheckLabel", "Free pages")},
        {QStringLiteral("journal_mode"), QT_TRANSLATE_NOOP("CheckLabel", "Journal mode")},
    };
    return labels;
}

} // namespace

bool hasCheckLabel(const QString &check)
{
    return labelTable().contains(check);
}

QString checkLabel(const QString &check)
{
    const QHash<QString, const char *> &labels = labelTable();
    const auto it = labels.constFind(check);
    if (it != labels.cend())
        return QCoreApplication::translate("CheckLabel", it.value());
    QString words = check;
    words.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!words.isEmpty())
        words[0] = words.at(0).toUpper();
    return words;
}

QString checkLabels(const QStringList &checks)
{
    QStringList labels;
    for (const QString &check : checks)
        labels << checkLabel(check);
    return labels.join(QStringLiteral(" + "));
}

} // namespace dbpulse
