#pragma once

#include "exitcode.h"

#include "core/db/target.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>
#include <optional>

namespace dbpulse {
class Job;
}

namespace dbpulse::cli {

/// \brief What every `dbpulse-cli COMMAND` shares: the parser with the standard help option,
/// parse errors and wrong positional counts as ExitCode::BadArguments, errors prefixed
/// "dbpulse-cli COMMAND:", and TARGET resolved with its secrets masked. Main thread only.
class CommandLine
{
public:
    /// \a command is the word after dbpulse-cli ("migrate"), \a description the help's summary.
    CommandLine(const QString &command, const QString &description);

    QCommandLineParser &parser() { return m_parser; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    /// Parses \a arguments (the words after the command). Returns nothing to go on; otherwise the
    /// command ends with the code returned: Ok after printing --help, BadArguments after a parse
    /// error or when the number of positional arguments is not \a positionals (-1: any), which
    /// \a expected describes ("expected COMMAND and TARGET").
    std::optional<ExitCode> parse(const QStringList &arguments, int positionals, const QString &expected = {});

    /// The help text, naming `dbpulse-cli COMMAND` rather than the binary's path.
    QString helpText() const;

    /// Prints "dbpulse-cli COMMAND: \a message" on stderr and returns \a code.
    ExitCode fail(ExitCode code, const QString &message);
    ExitCode badArguments(const QString &message) { return fail(ExitCode::BadArguments, message); }

    /// parseTarget() with the saved profiles; on error prints it (secrets masked) and returns nothing.
    std::optional<Target> target(const QString &text);

    /// Runs \a job to its end: progress on stderr, SIGINT/SIGTERM cancel it (a second one exits
    /// at once). Returns true when it succeeded; otherwise jobFailed() gives the exit code.
    bool runJob(Job &job);
    /// Prints why \a job did not succeed ("cancelled" for a cancelled one) and returns
    /// Cancelled, CannotConnect or Failure.
    ExitCode jobFailed(const Job &job);
    /// The exit code of a finished \a job, without printing anything.
    static ExitCode exitCodeOf(const Job &job);

private:
    QString m_command;
    QCommandLineParser m_parser;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace dbpulse::cli
