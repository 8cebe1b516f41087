#pragma once

#include "core/backup/backupmanifest.h"

#include <QDateTime>
#include <QString>

namespace dbpulse {

/// \brief One verification of a backup: when, how, and what came out.
struct VerificationCheck
{
    QDateTime when;      ///< UTC; invalid when this kind of check never ran
    bool ok = false;
    QString detail;      ///< "12 tables, 48213 rows match" or the first problem
    /// For a test restore: it compared row counts with the manifest. A restore that had none to
    /// compare proves the archive restores, not that it holds the data: it never reads as
    /// "verified by restore" (records written before this field existed read as false).
    bool countsCompared = false;

    bool ran() const { return when.isValid(); }
};

/// \brief verification.json beside a backup's manifest: the latest checksum verification and the
/// latest test restore. It is deliberately outside the manifest's checksummed set (the manifest is
/// the immutable completion marker; this file changes with every check) and is bound to the
/// manifest by its self-checksum, so a record copied next to another backup means nothing.
/// Value type, any thread; read/write touch the disk.
struct VerificationRecord
{
    static QString fileName() { return QStringLiteral("verification.json"); }

    enum class State { Never, ChecksumsVerified, RestoreVerified, Failed };

    QString manifestChecksum;
    VerificationCheck checksums;
    VerificationCheck restore;

    /// The state the list shows: the newest check decides whether it failed; a passing test
    /// restore that compared row counts outranks passing checksums.
    State state() const;
    /// When the state was reached (invalid for Never).
    QDateTime stateTime() const;
    /// True when the newest check passed.
    bool verified() const { return state() == State::ChecksumsVerified || state() == State::RestoreVerified; }

    /// Reads \a backupDir/verification.json; a missing, unreadable or foreign record reads as Never.
    static VerificationRecord read(const QString &backupDir, const QString &manifestChecksum);
    /// read(), but a passing record no longer counts (reads as Never) once a listed file is
    /// missing, has another size, or was modified after the check: a cheap stat per file that
    /// keeps a stale "verified" from protecting or labelling a backup that changed since.
    static VerificationRecord readCurrent(const QString &backupDir, const BackupManifest &manifest);
    /// Writes atomically; false with \a error when the directory is not writable.
    bool write(const QString &backupDir, QString *error) const;
    /// Reads, sets one check and writes back. \a restoreTest selects which one.
    static bool record(const QString &backupDir, const QString &manifestChecksum, bool restoreTest,
                       const VerificationCheck &check, QString *error);
};

} // namespace dbpulse
