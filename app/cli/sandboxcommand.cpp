#include "sandboxcommand.h"

#include "clirunner.h"

#include "core/db/pgpassfile.h"
#include "core/db/pgsession.h"
#include "core/db/sandboxsetup.h"
#include "core/db/sandbox.h"

#include <libpq-fe.h>
#include <unistd.h>

namespace dbpulse::cli {

namespace {

const QString roleName = QString::fromLatin1(sandboxRoleName);

// Can the role log in and is it powerless? Prints the answer; true when planning may use it.
bool reportLogin(const Target &target, QTextStream &out)
{
    QString error;
    if (openSandbox(target.conninfo, sessionDefaults(SessionPurpose::Sandbox), &error)) {
        out << "login:    works; statements other roles ran are planned as " << roleName << '\n';
        return true;
    }
    out << "login:    " << error << '\n';
    return false;
}

ExitCode status(PgSession &session, const Target &target, QTextStream &out)
{
    const SandboxStatus s = sandboxStatus(session);
    if (!s.error.isEmpty()) {
        out << "cannot read the role: " << s.error << '\n';
        return ExitCode::Failure;
    }
    out << "role:     " << roleName << (s.exists ? "" : " (does not exist; dbpulse-cli sandbox create TARGET)") << '\n';
    if (!s.exists)
        return ExitCode::Failure;
    out << "powers:   " << (s.powers.isEmpty() ? QStringLiteral("none") : s.powers.join(QLatin1String(", "))) << '\n';
    return reportLogin(target, out) && s.usable() ? ExitCode::Ok : ExitCode::Failure;
}

ExitCode create(PgSession &session, const Target &target, QTextStream &out, QTextStream &err)
{
    const SandboxSetup setup = setUpSandbox(session);
    if (!setup.ok) {
        err << "dbpulse-cli sandbox create: " << setup.error << '\n';
        return ExitCode::Failure;
    }
    out << "created role " << roleName << " (LOGIN, member of pg_read_all_data only)\n"
        << "password: saved for " << roleName << " in " << setup.passwordFile << " (0600), nowhere else\n";
    return reportLogin(target, out) ? ExitCode::Ok : ExitCode::Failure;
}

// Asks on a terminal; without one, --yes is the only way.
bool confirmed(bool yes, const QString &what, QTextStream &out)
{
    if (yes)
        return true;
    if (!isatty(STDIN_FILENO))
        return false;
    out << what << "\nType the role name (" << roleName << ") to confirm: " << Qt::flush;
    QTextStream in(stdin);
    return in.readLine().trimmed() == roleName;
}

ExitCode drop(PgSession &session, const Target &target, bool yes, QTextStream &out, QTextStream &err)
{
    const QString host = QString::fromUtf8(PQhost(session.handle()));
    const QString port = QString::fromUtf8(PQport(session.handle()));
    if (!confirmed(yes, QStringLiteral("This drops role %1 on %2 (server %3:%4); missing-index advice and EXPLAIN "
                                       "stop working there until it is created again.")
                            .arg(roleName, target.label, host, port),
                   out)) {
        err << "dbpulse-cli sandbox drop: not confirmed; pass --yes to drop role " << roleName << " on " << target.label
            << '\n';
        return ExitCode::BadArguments;
    }
    QString error;
    if (!dropSandbox(session, &error)) {
        err << "dbpulse-cli sandbox drop: " << error << '\n';
        return ExitCode::Failure;
    }
    if (!removePgpassEntry(pgpassFilePath(session.handle()), host, port, roleName, &error))
        err << "dbpulse-cli sandbox drop: the role is dropped, but " << error << '\n';
    out << "dropped role " << roleName << '\n';
    return ExitCode::Ok;
}

} // namespace

ExitCode runSandboxCommand(const QStringList &arguments)
{
    CommandLine cli(QStringLiteral("sandbox"), QStringLiteral(
        "The sandbox role (dbpulse_sandbox): the index advisor and EXPLAIN plan\n"
        "statements that other roles ran, and planning runs the functions they call.\n"
        "DB Pulse plans them only as this powerless role (LOGIN, member of\n"
        "pg_read_all_data, nothing else), in a read-only transaction that is rolled\n"
        "back.\n\n"
        "  status TARGET   whether the role exists, is powerless, and can log in\n"
        "  create TARGET   create it (or reset its password); needs CREATEROLE. The\n"
        "                  password is random, sent to the server only as a SCRAM\n"
        "                  verifier, and saved for this host and port in the\n"
        "                  password file libpq reads for TARGET (its passfile=,\n"
        "                  else $PGPASSFILE or ~/.pgpass; 0600)\n"
        "  drop TARGET     drop it and its password-file line; asks, or --yes"));
    QCommandLineParser &parser = cli.parser();
    parser.addPositionalArgument(QStringLiteral("ACTION"), QStringLiteral("status, create or drop"));
    parser.addPositionalArgument(QStringLiteral("TARGET"), QStringLiteral("postgresql:// URI, key=value settings or @profile"));
    const QCommandLineOption yesOption(QStringLiteral("yes"), QStringLiteral("drop without asking"));
    parser.addOption(yesOption);

    if (const auto done = cli.parse(arguments, 2, QStringLiteral("expected ACTION (status, create or drop) and TARGET")))
        return *done;
    const QStringList words = parser.positionalArguments();
    const QStringList actions = {QStringLiteral("status"), QStringLiteral("create"), QStringLiteral("drop")};
    if (!actions.contains(words.first()))
        return cli.badArguments(QStringLiteral("expected ACTION (status, create or drop), not %1").arg(words.first()));
    const auto parsed = cli.target(words.at(1));
    if (!parsed)
        return ExitCode::BadArguments;
    if (parsed->kind != DatabaseKind::PostgreSQL)
        return cli.badArguments(QStringLiteral("the sandbox is for PostgreSQL targets"));
    const Target &target = *parsed;
    QTextStream &out = cli.out();
    QTextStream &err = cli.err();
    const QString action = words.first();
    // The password, when needed, comes from PGPASSWORD, ~/.pgpass or a service file via libpq.
    QString error;
    auto session = PgSession::open(target.conninfo, QString(),
                                   sessionDefaults(action == QLatin1String("status") ? SessionPurpose::Advisor
                                                                                     : SessionPurpose::Admin),
                                   &error);
    if (!session)
        return cli.fail(ExitCode::CannotConnect, QStringLiteral("cannot connect to %1: %2").arg(target.label, error));
    if (action == QLatin1String("status"))
        return status(*session, target, out);
    if (action == QLatin1String("create"))
        return create(*session, target, out, err);
    return drop(*session, target, parser.isSet(yesOption), out, err);
}

} // namespace dbpulse::cli
