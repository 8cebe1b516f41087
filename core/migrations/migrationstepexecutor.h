#pragma once

#include "core/migrations/migration.h"

#include <QHash>
#include <atomic>

namespace dbpulse {

class MigrationDatabase;
class MigrationHistory;
struct MigrationStep;

/// \brief Runs one migration's SQL the safe way: in its own transaction with its history row
/// (unless it must run outside one), or inside a dry-run transaction that is rolled back,
/// recording the locks it took and the tables it rewrote. Runner's thread only.
class MigrationStepExecutor
{
public:
    MigrationStepExecutor(MigrationDatabase &db, MigrationHistory &history, const std::atomic<bool> *cancelled);

    /// Errors read "FILE:LINE: ERROR: server message".
    bool run(const Migration &m, bool up, MigrationStep *step, QString *error);

    bool beginDryRun(QString *error);
    bool dryRun(const Migration &m, bool up, MigrationStep *step, QString *error);
    void endDryRun();

private:
    /// Puts the pinned search_path back for the session (false with \a error when it cannot).
    bool repin(QString *error = nullptr);
    bool execStatements(const QString &file, const QString &sql, int firstLine, QString *error);
    bool simple(const QString &sql, QString *error);
    QStringList heldLocks();
    QHash<QString, QString> relationFiles();

    MigrationDatabase &m_db;
    MigrationHistory &m_history;
    const std::atomic<bool> *m_cancelled;
};

} // namespace dbpulse
