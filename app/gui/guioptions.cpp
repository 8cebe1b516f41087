#include "guioptions.h"

#include <QCoreApplication>
#include <cstring>

namespace dbpulse {

GuiOptions::GuiOptions()
    : demo(QStringLiteral("demo"), QCoreApplication::translate("main", "Start a throwaway demo database (dbpulse-cli demo) and show it."))
    , page(QStringLiteral("page"), QCoreApplication::translate("main", "Open on page NAME: dashboard, queries, indexes, health, migrations or backups."),
           QStringLiteral("NAME"))
    , screenshot(QStringLiteral("screenshot"), QCoreApplication::translate("main", "Save a PNG of the window to FILE, then quit."), QStringLiteral("FILE"))
    , screenshotAfter(QStringLiteral("screenshot-after"), QCoreApplication::translate("main", "Seconds to wait before --screenshot (default 5)."),
                      QStringLiteral("SECONDS"), QStringLiteral("5"))
    , quitAfter(QStringLiteral("quit-after"), QCoreApplication::translate("main", "Quit after SECONDS."), QStringLiteral("SECONDS"))
    , stallReport(QStringLiteral("stall-report"),
                  QCoreApplication::translate("main", "Measure GUI-thread stalls (10 ms watchdog) and write "
                     "{p50_ms, p99_ms, max_ms, samples, worst, first_frame_s, …} as JSON to FILE on exit."),
                  QStringLiteral("FILE"))
    , appearance(QStringLiteral("appearance"),
                 QCoreApplication::translate("main", "Colours for this run: system, light or dark (default: the one chosen "
                                                     "in View > Appearance)."),
                 QStringLiteral("MODE"))
{
}

void GuiOptions::describe(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(QCoreApplication::translate("main", "Live dashboard for PostgreSQL and SQLite databases.\n\n"
                                        "TARGET is a postgresql:// URI, a libpq \"key=value\" string, @profile-name, "
                                        "sqlite:PATH or a .db/.sqlite file; each is connected as an ad-hoc connection."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("TARGET"), QCoreApplication::translate("main", "Databases to connect to."), QStringLiteral("[TARGET...]"));
    parser.addOptions({demo, page, screenshot, screenshotAfter, quitAfter, stallReport, appearance});
}

bool asksForHelpOrVersion(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *word : {"-h", "--help", "-help", "-?", "--help-all", "-v", "--version"}) {
            if (std::strcmp(argv[i], word) == 0)
                return true;
        }
    }
    return false;
}

} // namespace dbpulse
