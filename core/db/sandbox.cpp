#include "core/db/sandbox.h"

#include <libpq-fe.h>

#include <QCoreApplication>

namespace dbpulse {

namespace {

const QString roleName = QString::fromLatin1(sandboxRoleName);

bool isTrue(const QVariant &v)
{
    return v.toString() == QLatin1String("t");
}

} // namespace

SandboxStatus sandboxStatus(PgSession &session)
{
    SandboxStatus status;
    // Every name schema-qualified: the caller's search_path is pinned, but this may also run in the
    // sandbox session itself, whose search_path is the role's.
    const QueryResult r = session.exec(QStringLiteral(
        "SELECT r.rolsuper, r.rolcreaterole, r.rolcreatedb, r.rolreplication, r.rolbypassrls, r.rolcanlogin,"
        " (SELECT pg_catalog.string_agg(g.rolname::text, ', ' ORDER BY g.rolname)"
        "    FROM pg_catalog.pg_auth_members m JOIN pg_catalog.pg_roles g ON g.oid = m.roleid"
        "   WHERE m.member = r.oid AND g.rolname OPERATOR(pg_catalog.<>) 'pg_read_all_data')"
        " FROM pg_catalog.pg_roles r WHERE r.rolname OPERATOR(pg_catalog.=) $1"),
        {roleName});
    if (!r.ok) {
        status.error = r.error;
        return status;
    }
    if (r.rows.isEmpty())
        return status;
    const QVariantList &row = r.rows.first();
    status.exists = true;
    status.canLogin = isTrue(row.at(5));
    const char *attributes[] = {"SUPERUSER", "CREATEROLE", "CREATEDB", "REPLICATION", "BYPASSRLS"};
    for (int i = 0; i < 5; ++i) {
        if (isTrue(row.at(i)))
            status.powers << QString::fromLatin1(attributes[i]);
    }
    if (!row.at(6).toString().isEmpty())
        status.powers << QCoreApplication::translate("Connection", "member of %1").arg(row.at(6).toString());
    return status;
}

bool createSandbox(PgSession &admin, const QString &password, QString *error)
{
    const SandboxStatus before = sandboxStatus(admin);
    if (!before.error.isEmpty()) {
        *error = before.error;
        return false;
    }
    if (before.exists && !before.powers.isEmpty()) {
        *error = QCoreApplication::translate("Connection", "role %1 exists and is not powerless (%2): DB Pulse will not plan as it; drop or fix it first")
                     .arg(roleName, before.powers.join(QLatin1String(", ")));
        return false;
    }
    const QByteArray user = roleName.toUtf8();
    const QByteArray pw = password.toUtf8();
    // The server gets only the SCRAM verifier: log_statement = ddl then logs nothing reusable.
    char *verifier = PQencryptPasswordConn(admin.handle(), pw.constData(), user.constData(), "scram-sha-256");
    if (!verifier) {
        *error = QCoreApplication::translate("Connection", "could not encrypt the sandbox password: %1")
                     .arg(QString::fromUtf8(PQerrorMessage(admin.handle())).simplified());
        return false;
    }
    const QString passwordSql = admin.quoteLiteral(QString::fromUtf8(verifier));
    PQfreemem(verifier);
    const QString attributes = QStringLiteral(
        "LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS INHERIT CONNECTION LIMIT 8 PASSWORD %1")
                                   .arg(passwordSql);
    const QString ident = admin.quoteIdent(roleName);
    const QStringList steps = {
        QStringLiteral("BEGIN"),
        before.exists ? QStringLiteral("ALTER ROLE %1 WITH %2").arg(ident, attributes)
                      : QStringLiteral("CREATE ROLE %1 WITH %2").arg(ident, attributes),
        // Planning checks SELECT on every table a statement names; reading is all it may do.
        QStringLiteral("GRANT pg_read_all_data TO %1").arg(ident),
        QStringLiteral("COMMENT ON ROLE %1 IS 'DB Pulse plans other roles'' statements as this powerless role'").arg(ident),
        QStringLiteral("COMMIT"),
    };
    for (const QString &sql : steps) {
        if (!admin.run(sql, error)) {
            admin.run(QStringLiteral("ROLLBACK"));
            return false;
        }
    }
    return true;
}

bool dropSandbox(PgSession &admin, QString *error)
{
    return admin.run(QStringLiteral("DROP ROLE IF EXISTS %1").arg(admin.quoteIdent(roleName)), error);
}

std::unique_ptr<PgSession> openSandbox(const QString &conninfo, const SessionOptions &base, QString *error)
{
    SessionOptions options = base;
    options.purpose = SessionPurpose::Sandbox;
    options.user = roleName;
    options.readOnly = true;
    QString loginError;
    std::unique_ptr<PgSession> session = PgSession::open(conninfo, QString(), options, &loginError);
    if (!session) {
        if (loginError.contains(QStringLiteral("role \"%1\" does not exist").arg(roleName)))
            *error = QCoreApplication::translate("Connection", "the sandbox role %1 does not exist on this server "
                                    "(dbpulse-cli sandbox create TARGET sets it up)").arg(roleName);
        else
            *error = QCoreApplication::translate("Connection", "could not log in as the sandbox role %1: %2 (its password belongs in the "
                                    "password file, which dbpulse-cli sandbox create writes)").arg(roleName, loginError);
        return nullptr;
    }
    const SandboxStatus status = sandboxStatus(*session);
    if (!status.error.isEmpty() || !status.powers.isEmpty()) {
        *error = status.error.isEmpty()
                     ? QCoreApplication::translate("Connection", "the sandbox role %1 is not powerless (%2): nothing is planned as it")
                           .arg(roleName, status.powers.join(QLatin1String(", ")))
                     : status.error;
        return nullptr;
    }
    // Other roles' statements name their tables as their sessions resolve them. Whatever the
    // role's search_path finds runs here powerless.
    if (!session->run(QStringLiteral("SELECT pg_catalog.set_config('search_path', $1, false)"), error,
                      {session->originalSearchPath()}))
        return nullptr;
    return session;
}

bool runRolledBack(PgSession &sandbox, const std::function<bool()> &body, QString *error)
{
    // transaction_read_only cannot be switched off once a query has run in the transaction.
    if (!sandbox.run(QStringLiteral("BEGIN TRANSACTION READ ONLY"), error)
        || !sandbox.run(QStringLiteral("SELECT 1"), error)) {
        sandbox.run(QStringLiteral("ROLLBACK"));
        return false;
    }
    const bool ok = body();
    sandbox.run(QStringLiteral("ROLLBACK"));
    return ok;
}

} // namespace dbpulse
