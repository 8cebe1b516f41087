#pragma once

#include "core/db/connectionprofile.h"
#include "core/db/connectionstate.h"
#include "core/db/target.h"

#include <QAbstractListModel>
#include <QList>

class QTimer;

namespace dbpulse {

/// \brief The sidebar's list: one row per saved profile, then the ad-hoc targets of this session
/// (command-line targets, the demo). Keeps each row's live state. GUI thread.
///
/// Rows are addressed by a stable key ("profile:NAME" or "adhoc:N") so state survives
/// reloading the profiles.
class ConnectionListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        NameRole,          ///< profile name, or the target label for ad-hoc rows
        LabelRole,         ///< password-free "user@host:port/db" or file name
        KindRole,          ///< DatabaseKind as int
        ColorRole,         ///< QColor; invalid when none chosen
        TagRole,
        StateRole,         ///< ConnectionState as int
        StatusRole,        ///< ConnectionStatus
        ErrorRole,         ///< last error text (Reconnecting/Failed)
        StatusTextRole,    ///< describeStatus(), or the note while a placeholder waits
        ServerVersionRole, ///< "PostgreSQL 15.4"; empty before the first connection
        AdHocRole,         ///< bool
    };
    Q_ENUM(Role)

    explicit ConnectionListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Replaces the profile rows (keeping live state of profiles that still exist).
    void setProfiles(const QList<ConnectionProfile> &profiles);
    /// Adds an ad-hoc row for \a target (or returns the existing one with the same conninfo/path).
    QString addTarget(const Target &target);
    /// Adds an ad-hoc row that has no target yet (e.g. "Starting demo database…").
    QString addPlaceholder(const QString &name, const QString &note);
    /// Gives a placeholder (or any ad-hoc row) its target.
    void setTarget(const QString &key, const Target &target);
    /// Extra text shown instead of the state while no session exists (empty clears it).
    void setNote(const QString &key, const QString &note);
    bool removeAdHoc(const QString &key);

    void setStatus(const QString &key, const ConnectionStatus &status);
    void setServerInfo(const QString &key, const ServerInfo &info);

    int rowForKey(const QString &key) const;
    QString keyAt(int row) const;
    QModelIndex indexForKey(const QString &key) const { return index(rowForKey(key)); }
    bool contains(const QString &key) const { return rowForKey(key) >= 0; }
    bool hasTarget(const QString &key) const;
    Target target(const QString &key) const;
    std::optional<ConnectionProfile> profile(const QString &key) const;
    ConnectionStatus status(const QString &key) const;
    QString note(const QString &key) const;

    static QString profileKey(const QString &profileName);

private:
    struct Entry
    {
        QString key;
        Target target;
        bool hasTarget = true;
        std::optional<ConnectionProfile> profile;
        QString name;
        ConnectionStatus status;
        QString serverVersion;
        QString note;
    };
    void changed(int row);
    int profileCount() const;
    /// Runs the countdown timer while any row is reconnecting, and only then.
    void updateCountdown();
    void tickCountdown();

    QList<Entry> m_entries; // profiles first, then ad-hoc rows in insertion order
    int m_nextAdHoc = 1;
    QTimer *m_countdown;
};

} // namespace dbpulse
