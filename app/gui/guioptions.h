#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace dbpulse {

/// \brief dbpulse's command line: the options and their help, in one place for the two ways it
/// is read (the window's start, and --help/--version without a display). Built after the
/// translators are installed, so the help is in the user's language.
struct GuiOptions
{
    GuiOptions();

    /// Adds the description, help, version, TARGET and every option below to \a parser.
    void describe(QCommandLineParser &parser) const;

    QCommandLineOption demo;
    QCommandLineOption page;
    QCommandLineOption screenshot;
    QCommandLineOption screenshotAfter;
    QCommandLineOption quitAfter;
    QCommandLineOption stallReport;
    QCommandLineOption appearance;
};

/// True when the arguments ask only for text (--help, --help-all, -h, -?, --version, -v): then no
/// window, and no display, is needed to answer them.
bool asksForHelpOrVersion(int argc, char *argv[]);

} // namespace dbpulse
