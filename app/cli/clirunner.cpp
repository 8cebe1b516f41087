#include "clirunner.h"

#include "cliprogress.h"
#include "clisignals.h"

#include "core/db/profilestore.h"
#include "core/db/secretmask.h"
#include "core/jobs/job.h"

#include <QCoreApplication>

namespace dbpulse::cli {

CommandLine::CommandLine(const QString &command, const QString &description)
    : m_command(command)
    , m_out(stdout)
    , m_err(stderr)
{
    m_parser.setApplicationDescription(description);
    // Not addHelpOption(): it adds Qt's --help-all, whose Qt options mean nothing to a command.
    m_parser.addOption(QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                                          QStringLiteral("Show this help.")));
}

std::optional<ExitCode> CommandLine::parse(const QStringList &arguments, int positionals, const QString &expected)
{
    if (!m_parser.parse(QStringList{QStringLiteral("dbpulse-cli ") + m_command} + arguments))
        return fail(ExitCode::BadArguments, m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        m_out << helpText();
        m_out.flush();
        return ExitCode::Ok;
    }
    if (positionals >= 0 && m_parser.positionalArguments().size() != positionals) {
        m_err << "dbpulse-cli " << m_command << ": "
              << (expected.isEmpty() ? QStringLiteral("wrong number of arguments") : expected) << "\n\n"
              << helpText();
        m_err.flush();
        return ExitCode::BadArguments;
    }
    return std::nullopt;
}

QString CommandLine::helpText() const
{
    // QCommandLineParser names the binary's path on the usage line; the user typed a command.
    QString help = m_parser.helpText();
    const QString usage = QStringLiteral("Usage: ");
    const QString binary = QCoreApplication::arguments().value(0);
    if (help.startsWith(usage + binary))
        help.replace(0, usage.size() + binary.size(), usage + QStringLiteral("dbpulse-cli ") + m_command);
    return help;
}

ExitCode CommandLine::fail(ExitCode code, const QString &message)
{
    m_out.flush();
    m_err << "dbpulse-cli " << m_command << ": " << message << '\n';
    m_err.flush();
    return code;
}

std::optional<Target> CommandLine::target(const QString &text)
{
    const ProfileStore profiles;
    TargetParseResult parsed = parseTarget(text, &profiles);
    if (parsed.ok())
        return parsed.target;
    // parseTarget masks libpq's errors already; masking again costs nothing and keeps this the
    // one place every command's target error passes.
    badArguments(maskSecretsOf(parsed.error, text));
    return std::nullopt;
}

bool CommandLine::runJob(Job &job)
{
    m_out.flush();
    m_err.flush();
    ProgressLine progress;
    const QMetaObject::Connection shown = QObject::connect(
        &job, &Job::progressChanged, &job, [&progress](int percent, const QString &text) { progress.update(percent, text); });
    bool ok = false;
    {
        // Cancel once: the job stops its running statement (PQcancel) or child process, cleans
        // up and finishes Cancelled; a second signal exits at once (SignalRoute).
        const SignalRoute route([&job] { job.cancel(); });
        ok = job.exec();
    }
    QObject::disconnect(shown);
    return ok;
}

ExitCode CommandLine::exitCodeOf(const Job &job)
{
    switch (job.state()) {
    case Job::State::Succeeded:
        return ExitCode::Ok;
    case Job::State::Cancelled:
        return ExitCode::Cancelled;
    default:
        return job.connectFailed() ? ExitCode::CannotConnect : ExitCode::Failure;
    }
}

ExitCode CommandLine::jobFailed(const Job &job)
{
    const ExitCode code = exitCodeOf(job);
    return fail(code, code == ExitCode::Cancelled ? QStringLiteral("cancelled") : job.errorText());
}

} // namespace dbpulse::cli
