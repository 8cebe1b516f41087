#pragma once

namespace dbpulse::cli {

/// \brief Every exit code of dbpulse-cli, defined once. `dbpulse-cli --help` and docs/cli.md list
/// them; scripts and monitoring depend on them, so a value never changes meaning.
///
/// One value per meaning for every command: a typo in a script is BadArguments whatever the
/// command. The doctor grades a healthy run 0 and warnings 1 (a run that worked, like Failure's
/// "look at this"), and puts critical and a failed fix above the shared codes, so "bad
/// arguments" and "could not connect" never read as a database's health.
enum class ExitCode : int {
    Ok = 0,
    Failure = 1,
    BadArguments = 2,
    CannotConnect = 3,
    DoctorWarnings = 1,
    DoctorCritical = 4,
    DoctorFixFailed = 5,
    /// SIGINT or SIGTERM cancelled the running job (128 + SIGINT, as a shell reports Ctrl-C).
    Cancelled = 130,
};

} // namespace dbpulse::cli
