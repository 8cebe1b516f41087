#include "sandboxcommand.h"

#include "core/db/pgpassfile.h"
#include "core/db/pgsession.h"
#include "core/db/profilestore.h"
#include "core/db/sandboxsetup.h"
#include "core/db/sandbox.h"
#include "core/db/target.h"

#include <QCommandLineParser>
#include <QTextStream>
#include <libpq-fe.h>
#include <unistd.h>

namespace dbpulse::cli {

namespace {

constexpr int exitFailed = 1;
constexpr int exitBadArguments = 2;
constexpr int exitCannotConnect = 3;

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

int status(PgSession &session, const Target &target, QTextStream &out)
{
    const SandboxStatus s = sandboxStatus(session);
    if (!s.error.isEmpty()) {
        out << "cannot read the role: " << s.error << '\n';
        return exitFailed;
    }
    out << "role:     " << roleName << (s.exists ? "" : " (does not exist; dbpulse-cli sandbox create TARGET)") << '\n';
    if (!s.exists)
        return exitFailed;
    out << "powers:   " << (s.powers.isEmpty() ? QStringLiteral("none") : s.powers.join(QLatin1String(", "))) << '\n';
    return reportLogin(target, out) && s.usable() ? 0 : exitFailed;
}

int create(PgSession &session, const Target &target, QTextStream &out, QTextStream &err)
{
    const SandboxSetup setup = setUpSandbox(session);
    if (!setup.ok) {
        err << "dbpulse-cli sandbox create: " << setup.error << '\n';
        return exitFailed;
    }
    out << "created role " << roleName << " (LOGIN, member of pg_read_all_data only)\n"
        << "password: saved for " << roleName << " in " << setup.passwordFile << " (0600), nowhere else\n";
    return reportLogin(target, out) ? 0 : exitFailed;
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

int drop(PgSession &session, const Target &target, bool yes, QTextStream &out, QTextStream &err)
{
    const QString host = QString::fromUtf8(PQhost(session.handle()));
    const QString port = QString::fromUtf8(PQport(session.handle()));
    if (!confirmed(yes, QStringLiteral("This drops role %1 on %2 (server %3:%4); missing-index advice and EXPLAIN "
                                       "stop working there until it is created again.")
                            .arg(roleName, target.label, host, port),
                   out)) {
        err << "dbpulse-cli sandbox drop: not confirmed; pass --yes to drop role " << roleName << " on " << target.label
            << '\n';
        return exitBadArguments;
    }
    QString error;
    if (!dropSandbox(session, &error)) {
        err << "dbpulse-cli sandbox drop: " << error << '\n';
        return exitFailed;
    }
    if (!removePgpassEntry(pgpassFilePath(session.handle()), host, port, roleName, &error))
        err << "dbpulse-cli sandbox drop: the role is dropped, but " << error << '\n';
    out << "dropped role " << roleName << '\n';
    return 0;
}

} // namespace

int runSandboxCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
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
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("ACTION"), QStringLiteral("status, create or drop"));
    parser.addPositionalArgument(QStringLiteral("TARGET"), QStringLiteral("postgresql:// URI, key=value settings or @profile"));
    const QCommandLineOption yesOption(QStringLiteral("yes"), QStringLiteral("drop without asking"));
    parser.addOption(yesOption);

    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!parser.parse(QStringList{QStringLiteral("dbpulse-cli sandbox")} + arguments)) {
        err << "dbpulse-cli sandbox: " << parser.errorText() << '\n';
        return exitBadArguments;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    const QStringList words = parser.positionalArguments();
    const QStringList actions = {QStringLiteral("status"), QStringLiteral("create"), QStringLiteral("drop")};
    if (words.size() != 2 || !actions.contains(words.first())) {
        err << "dbpulse-cli sandbox: expected ACTION (status, create or drop) and TARGET\n\n" << parser.helpText();
        return exitBadArguments;
    }
    const ProfileStore profiles;
    const TargetParseResult parsed = parseTarget(words.at(1), &profiles);
    if (!parsed.ok() || parsed.target->kind != DatabaseKind::PostgreSQL) {
        err << "dbpulse-cli sandbox: " << (parsed.ok() ? QStringLiteral("the sandbox is for PostgreSQL targets") : parsed.error)
            << '\n';
        return exitBadArguments;
    }
    const Target &target = *parsed.target;
    const QString action = words.first();
    // The password, when needed, comes from PGPASSWORD, ~/.pgpass or a service file via libpq.
    QString error;
    auto session = PgSession::open(target.conninfo, QString(),
                                   sessionDefaults(action == QLatin1String("status") ? SessionPurpose::Advisor
                                                                                     : SessionPurpose::Admin),
                                   &error);
    if (!session) {
        err << "dbpulse-cli sandbox: cannot connect to " << target.label << ": " << error << '\n';
        return exitCannotConnect;
    }
    if (action == QLatin1String("status"))
        return status(*session, target, out);
    if (action == QLatin1String("create"))
        return create(*session, target, out, err);
    return drop(*session, target, parser.isSet(yesOption), out, err);
}

} // namespace dbpulse::cli
