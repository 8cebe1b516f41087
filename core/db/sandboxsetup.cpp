#include "core/db/sandboxsetup.h"

#include "core/db/pgpassfile.h"
#include "core/db/randomsecret.h"
#include "core/db/sandbox.h"

#include <libpq-fe.h>

#include <QCoreApplication>

namespace dbpulse {

SandboxSetup setUpSandbox(PgSession &admin)
{
    SandboxSetup setup;
    const QString password = randomSecret();
    if (!createSandbox(admin, password, &setup.error))
        return setup;
    setup.roleReady = true;
    // libpq looks the password up by the host and port it connects to, in the password file the
    // target names (its passfile setting, else $PGPASSFILE or ~/.pgpass): the admin session's own.
    const QString host = QString::fromUtf8(PQhost(admin.handle()));
    const QString port = QString::fromUtf8(PQport(admin.handle()));
    setup.passwordFile = pgpassFilePath(admin.handle());
    if (!savePgpassEntry(setup.passwordFile, host, port, QString::fromLatin1(sandboxRoleName), password, &setup.error)) {
        setup.error = QCoreApplication::translate("Connection", "the role is ready but its password could not be saved: %1").arg(setup.error);
        return setup;
    }
    setup.ok = true;
    return setup;
}

SandboxSetup setUpSandbox(const Target &target, const QString &password)
{
    QString error;
    const std::unique_ptr<PgSession> admin =
        PgSession::open(target.conninfo, password, sessionDefaults(SessionPurpose::Admin), &error);
    if (!admin) {
        SandboxSetup failed;
        failed.error = error;
        return failed;
    }
    return setUpSandbox(*admin);
}

} // namespace dbpulse
