#pragma once

#include "core/db/target.h"

#include <QStringList>

namespace dbpulse {

/// The saved-connection fields \a target stands for (no name; never a password: one found in the
/// conninfo goes to \a password when given), e.g. to offer saving an ad-hoc connection. Any thread.
ConnectionProfile profileFromTarget(const Target &target, QString *password = nullptr);

/// The keywords \a target's conninfo sets that a saved connection does not keep (options,
/// target_session_attrs, the ports of a multi-host list …), sorted, so a caller can say what is
/// left out before saving. The password and the key's passphrase are not among them: they are
/// kept, in the keychain. Any thread.
QStringList keywordsNotInProfile(const Target &target);

} // namespace dbpulse
