#pragma once

#include "core/db/pgsession.h"

#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

namespace dbpulse {

/// The role DB Pulse logs in as to plan statements other roles wrote. Planning evaluates their
/// STABLE and IMMUTABLE functions and EXPLAIN ANALYZE runs the statement: run as this role, inside a
/// read-only transaction that is rolled back, planted code runs with no rights worth having.
inline constexpr const char sandboxRoleName[] = "dbpulse_sandbox";

/// \brief What the server says about the sandbox role. Value type.
struct SandboxStatus
{
    bool exists = false;
    bool canLogin = false;
    /// Why the role is not powerless (superuser, CREATEROLE, membership in another role …);
    /// empty when it is. DB Pulse refuses to plan as a role that could do harm.
    QStringList powers;
    QString error; ///< the query failed
    bool usable() const { return exists && canLogin && powers.isEmpty() && error.isEmpty(); }
};

/// Reads the sandbox role's attributes and memberships through \a session (any role may read them).
SandboxStatus sandboxStatus(PgSession &session);

/// Creates the sandbox role with \a password (sent as a SCRAM verifier, never as text, so the
/// server log cannot hold it): LOGIN, nothing else, member of pg_read_all_data only (planning a
/// statement checks SELECT on its tables). Needs CREATEROLE. False with \a error.
bool createSandbox(PgSession &admin, const QString &password, QString *error);
/// Drops the sandbox role. False with \a error.
bool dropSandbox(PgSession &admin, QString *error);

/// Logs in as the sandbox role on the server and database of \a conninfo. The conninfo's password
/// is never sent (it is another role's); the sandbox's comes from libpq's password file or the
/// server trusts the login. Refuses a role that is not powerless. The session keeps the search_path
/// the role gets (other roles' statements name their tables unqualified): what resolves there runs
/// powerless. nullptr with \a error naming the problem and the fix.
std::unique_ptr<PgSession> openSandbox(const QString &conninfo, const SessionOptions &base, QString *error);

/// Runs \a body inside `BEGIN READ ONLY` after a first query, so no code \a body reaches can turn the
/// transaction read-write, then rolls back whatever happened (settings, notifications, temporary
/// tables). Returns \a body's result; false when the transaction could not start.
bool runRolledBack(PgSession &sandbox, const std::function<bool()> &body, QString *error = nullptr);

} // namespace dbpulse
