#pragma once

#include "core/backup/backupoptions.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace dbpulse {

/// \brief One file of a backup: path relative to the backup directory, size, SHA-256 (hex).
struct BackupFileEntry
{
    QString path;
    qint64 size = 0;
    QString sha256;
};

/// \brief manifest.json, the completion marker of a backup: written last and atomically; a
/// directory without a valid one is not a backup. It carries a SHA-256 of its own canonical
/// content so a hand edit is noticed. Value type, any thread.
struct BackupManifest
{
    static constexpr int kFormatVersion = 1;
    static QString fileName() { return QStringLiteral("manifest.json"); }
    /// Present while a backup runs, removed once the manifest is written: a directory holding it
    /// and no valid manifest is one of ours that never finished (killed).
    static QString inProgressMarker() { return QStringLiteral(".dbpulse-in-progress"); }

    QString tool;            ///< "dbpulse 0.x"
    QString dumpTool;        ///< "pg_dump (PostgreSQL) 15.8 …"
    QString serverVersion;   ///< "15.8"
    int serverVersionNum = 0;
    QString kind = QStringLiteral("postgresql");
    QString database;
    QString sourceLabel;     ///< password-free "user@host:port/db"
    QString sourceFile;      ///< SQLite: absolute path of the file backed up (retention groups by it)
    QString encoding;
    /// PostgreSQL: the server's system identifier (pg_control_system()), so retention tells two
    /// servers' databases of the same name apart. Empty in older manifests ("unknown server").
    QString systemIdentifier;
    BackupOptions options;
    QString archive;         ///< the path pg_restore reads: "archive.dump" or "archive"; a plain name in the backup directory
    QDateTime started;
    QDateTime finished;
    QList<BackupFileEntry> files;
    /// Rows per table whose data the archive holds ("schema.table" for PostgreSQL, the table name
    /// for SQLite); a test restore compares against them. Empty when counted from the archive.
    QMap<QString, qint64> tableRows;
    /// Where a test restore takes the expected row counts from: "archive" (PostgreSQL: counted in
    /// the checksummed archive when a test restore needs them, so a backup never reads the tables
    /// twice), "backup copy" (SQLite: the copy itself), "dump snapshot" / "after dump" (older
    /// backups: counted in the source while or after pg_dump ran), or empty when there are none.
    QString rowCountSource;
    static QString archiveRowCountSource() { return QStringLiteral("archive"); }
    QString manifestSha256;  ///< the manifest's own SHA-256 as read; ties verification records to it

    qint64 totalBytes() const;
    QJsonObject toJson() const;
    /// Parses and checks the self-checksum and the path rules (archive is a plain file name, every
    /// file lies under it, no "..", nothing absolute); false with \a error naming what is wrong.
    static bool fromJson(const QByteArray &json, BackupManifest *manifest, QString *error);
    /// Writes \a dir/manifest.json atomically (QSaveFile).
    bool write(const QString &dir, QString *error) const;
    /// Reads \a dir/manifest.json (refusing a symbolic link there), then checks on disk that no
    /// path it names goes through a symbolic link or resolves outside \a dir: the folder may be
    /// writable by others, and a planted manifest must not make verify or restore read elsewhere.
    static bool read(const QString &dir, BackupManifest *manifest, QString *error);
    /// The on-disk half of read()'s checks, for a manifest already parsed. Any thread.
    static bool checkPathsOnDisk(const QString &dir, const BackupManifest &manifest, QString *error);
};

} // namespace dbpulse
