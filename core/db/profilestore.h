#pragma once

#include "core/db/connectionprofile.h"

#include <QList>
#include <QSettings>
#include <memory>
#include <optional>

namespace dbpulse {

/// \brief Typed persistence of ConnectionProfiles in QSettings (group "profiles").
/// Passwords are never stored here. Use from one thread at a time (normally the GUI thread).
class ProfileStore
{
public:
    /// Uses the application's default QSettings.
    ProfileStore();
    /// Uses the given settings file (tests, or --config).
    explicit ProfileStore(const QString &iniFile);

    QList<ConnectionProfile> profiles() const;
    std::optional<ConnectionProfile> find(const QString &name) const;
    /// Inserts or replaces the profile with the same name.
    void save(const ConnectionProfile &profile);
    /// Renames: removes oldName and saves profile under its (new) name.
    void replace(const QString &oldName, const ConnectionProfile &profile);
    bool remove(const QString &name);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace dbpulse
