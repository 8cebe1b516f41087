#include "core/db/sandboxsetup.h"

#include "core/db/pgpassfile.h"
#include "core/db/randomsecret.h"
#include "core/db/sandbox.h"

#include <libpq-fe.h>

namespace dbpulse {

SandboxSetup setUpSandbox(PgSession &admin)
{
    SandboxSetup setup;
    const QString password = randomSecret();
    if (!createSandbox(admin, password, &setup.error))
        return setup;
    setup.roleReady = true;
    // libpq looks the password up by the host and port it connects to: the admin session's own.
    const QString host = QString::fromUtf8(PQhost(admin.handle()));
    const QString port = QString::fromUtf8(PQport(admin.handle()));
    setup.passwordFile = pgpassFilePath();
    if (!savePgpassEntry(host, port, QString::fromLatin1(sandboxRoleName), password, &setup.error)) {
        setup.error = QStringLiteral("the role is ready but its password could not be saved: ") + setup.error;
        return setup;
    }
    setup.ok = true;
    return setup;
}

} // namespace dbpulse
