#pragma once

#include "core/db/pgsession.h"
#include "core/db/target.h"

#include <QString>

namespace dbpulse {

/// \brief What setting up the sandbox did. Value type.
struct SandboxSetup
{
    bool ok = false;
    bool roleReady = false;  ///< the role exists with the new password (even when saving it failed)
    QString passwordFile;    ///< where the password was saved
    QString error;           ///< names the step that failed
};

/// The whole "set up the sandbox" workflow, shared by `dbpulse-cli sandbox create` and the GUI:
/// a random password, the role created (or its password reset) through \a admin, and the password
/// saved 0600 in the libpq password file \a admin's target reads (its `passfile`, else $PGPASSFILE or
/// ~/.pgpass), for its host and port, the only place it is kept:
/// libpq reads it there itself, from the GUI and from the CLI over ssh alike. Blocking.
SandboxSetup setUpSandbox(PgSession &admin);
/// The same on a new Admin session to \a target (the GUI's way: it holds a target, not a session).
SandboxSetup setUpSandbox(const Target &target, const QString &password);

} // namespace dbpulse
