#pragma once

#include <QMap>
#include <QString>
#include <array>

namespace dbpulse {

/// \brief Active sessions waiting, counted by pg_stat_activity.wait_event_type, in a fixed,
/// compact form: a day of them per server is kept in memory (the connections chart) and in the
/// history file (one column per type). Value type, any thread.
struct WaitSplit
{
    /// The types with a place of their own (PostgreSQL 15's); any other a later server reports
    /// counts as \c Other, so the split still adds up to the waiting sessions.
    static constexpr std::array<const char *, 9> Types{"Lock",    "LWLock",    "IO",        "IPC",     "Client",
                                                       "Timeout", "BufferPin", "Extension", "Activity"};
    static constexpr int Other = int(Types.size());
    static constexpr int Count = Other + 1;

    std::array<quint16, Count> counts{};

    /// \a byType as pg_stat_activity names the types ("other" counts as Other).
    static WaitSplit fromMap(const QMap<QString, int> &byType);
    /// The non-zero counts by type name, "other" for Other.
    QMap<QString, int> toMap() const;
    /// "Lock 2, IO 1": the non-zero counts in Types' order, Other last; empty when none waits.
    QString text() const;
    bool isEmpty() const;
    /// Types' name at \a index, "other" for Other.
    static QString typeName(int index);
    bool operator==(const WaitSplit &) const = default;
};

} // namespace dbpulse
