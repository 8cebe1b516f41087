#pragma once

#include "core/health/finding.h"

#include <QList>
#include <QString>
#include <memory>

namespace dbpulse::test {

class PlainConnection;

/// \brief A finding a test expects, by check, severity and exact object.
struct ExpectedFinding
{
    QString check;
    Severity severity = Severity::Ok;
    QString object;
};

/// \brief Every kind of problem the doctor reports, planted in one database so that one full run
/// (CLI or Health page) is checked against all of them at once: a session idle in a transaction,
/// a long query, a two-level lock chain (A blocks B, B blocks C), orphan rows behind a NOT VALID
/// foreign key, an invalid index left by a failed CREATE INDEX CONCURRENTLY, and a table with
/// 75 % dead rows and autovacuum off. The sessions stay open while the object lives.
class PlantedProblems
{
public:
    /// Plants everything in the fresh database \a uri; error() says what failed.
    explicit PlantedProblems(const QString &uri);
    ~PlantedProblems();

    QString error() const { return m_error; }
    /// Every warning and critical finding a full run must report once the sessions are older than
    /// the session thresholds of fastThresholdsJson(), and no other.
    QList<ExpectedFinding> expected() const;
    /// The planted sessions' pids: session checks see the whole server, where other tests may
    /// have sessions of their own.
    QList<int> pids() const;
    int blockerPid() const;  ///< A: idle in a transaction, holding the row B waits for
    int middlePid() const;   ///< B: waits for A, holding the row C waits for
    int tailPid() const;     ///< C: waits for B
    /// Session thresholds of 2 s (instead of 30 s) as a --thresholds file's text.
    static QByteArray fastThresholdsJson();

private:
    bool plant(const QString &uri);
    bool waitForLockWait(int pid);

    QString m_error;
    QString m_user;
    QString m_database;
    std::unique_ptr<PlainConnection> m_setup;
    std::unique_ptr<PlainConnection> m_idle;
    std::unique_ptr<PlainConnection> m_blocker;
    std::unique_ptr<PlainConnection> m_middle;
    std::unique_ptr<PlainConnection> m_tail;
    std::unique_ptr<PlainConnection> m_sleeper;
};

} // namespace dbpulse::test
