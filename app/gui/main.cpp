// dbpulse: the desktop dashboard. Parses the command line, builds the MainWindow and wires the
// scripted modes (--screenshot, --quit-after, --stall-report) used by demos and CI.

#include "core/db/profilestore.h"
#include "core/db/target.h"
#include "core/io/privatefiles.h"
#include "demolauncher.h"
#include "mainwindow.h"
#include "widgets/appicon.h"
#include "models/serverregistry.h"
#include "widgets/guilogging.h"
#include "widgets/pagenavigator.h"
#include "widgets/stallmonitor.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTimer>
#include <QTranslator>
#include <cstdio>
#include <optional>

using namespace dbpulse;

namespace {

void installTranslators(QApplication &app)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    auto *ours = new QTranslator(&app);
    if (ours->load(QLocale(), QStringLiteral("dbpulse"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(ours);
}

std::optional<int> secondsOption(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok || value < 0) {
        std::fprintf(stderr, "dbpulse: --%s expects a number of seconds, got \"%s\"\n",
                     qPrintable(option.names().constFirst()), qPrintable(parser.value(option)));
        return std::nullopt;
    }
    return value;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("dbpulse"));
    QApplication::setApplicationName(QStringLiteral("dbpulse"));
    QApplication::setApplicationDisplayName(QStringLiteral("DB Pulse"));
    QApplication::setApplicationVersion(QStringLiteral(DBPULSE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("dbpulse"));
    QApplication::setWindowIcon(appIcon());
    installTranslators(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Live dashboard for PostgreSQL and SQLite databases.\n\n"
                "TARGET is a postgresql:// URI, a libpq \"key=value\" string, @profile-name, "
                "sqlite:PATH or a .db/.sqlite file; each is connected as an ad-hoc connection."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("TARGET"),
                                 QApplication::translate("main", "Databases to connect to."),
                                 QStringLiteral("[TARGET...]"));
    const QCommandLineOption demo(QStringLiteral("demo"),
        QApplication::translate("main", "Start a throwaway demo database (dbpulse-cli demo) and show it."));
    const QCommandLineOption page(QStringLiteral("page"),
        QApplication::translate("main", "Open on page NAME: dashboard, queries, indexes, health, "
                                        "migrations or backups."), QStringLiteral("NAME"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a PNG of the window to FILE, then quit."), QStringLiteral("FILE"));
    const QCommandLineOption screenshotAfter(QStringLiteral("screenshot-after"),
        QApplication::translate("main", "Seconds to wait before --screenshot (default 5)."),
        QStringLiteral("SECONDS"), QStringLiteral("5"));
    const QCommandLineOption quitAfter(QStringLiteral("quit-after"),
        QApplication::translate("main", "Quit after SECONDS."), QStringLiteral("SECONDS"));
    const QCommandLineOption stallReport(QStringLiteral("stall-report"),
        QApplication::translate("main", "Measure GUI-thread stalls (10 ms watchdog) and write "
                                        "{p50_ms, p99_ms, max_ms, samples, worst, first_frame_s, …} as JSON to FILE on exit."),
        QStringLiteral("FILE"));
    parser.addOptions({demo, page, screenshot, screenshotAfter, quitAfter, stallReport});
    parser.process(app);

    const std::optional<int> shotDelay = secondsOption(parser, screenshotAfter);
    std::optional<int> quitDelay;
    if (parser.isSet(quitAfter))
        quitDelay = secondsOption(parser, quitAfter);
    if (!shotDelay || (parser.isSet(quitAfter) && !quitDelay))
        return 2;

    StallMonitor stalls;
    if (parser.isSet(stallReport))
        stalls.start(); // before the window exists: building it is part of what users wait for

    MainWindow window;
    if (parser.isSet(stallReport))
        stalls.watchFirstFrame(&window);
    // Here rather than in MainWindow, so tests that build a window never write to user folders.
    // The demo's cluster is new (new port, new data) on every run: its history has no later use.
    if (!parser.isSet(demo))
        window.servers()->setHistoryDirectory(
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/history"));
    if (parser.isSet(page) && !window.setCurrentPage(parser.value(page).toLower())) {
        std::fprintf(stderr, "dbpulse: unknown page \"%s\" (use one of: %s)\n",
                     qPrintable(parser.value(page)),
                     qPrintable(window.navigator()->pageIds().join(QStringLiteral(", "))));
    }

    QStringList problems;
    QString firstKey;
    const ProfileStore *profiles = window.servers()->profileStore();
    for (const QString &text : parser.positionalArguments()) {
        const TargetParseResult parsed = parseTarget(text, profiles);
        if (!parsed.ok()) {
            problems << QStringLiteral("%1: %2").arg(text, parsed.error);
            continue;
        }
        const QString key = window.servers()->addTarget(*parsed.target);
        window.servers()->connectTo(key);
        if (firstKey.isEmpty())
            firstKey = key;
    }
    if (!firstKey.isEmpty()) {
        window.selectConnection(firstKey);
        if (!parser.isSet(page)) // asked to watch a server: show it, not the last page used
            window.setCurrentPage(QStringLiteral("dashboard"));
    }
    window.show();

    if (!problems.isEmpty()) {
        for (const QString &p : std::as_const(problems))
            std::fprintf(stderr, "dbpulse: cannot use target %s\n", qPrintable(p));
        // Non-modal, so scripted runs (--screenshot, --quit-after) still finish.
        auto *box = new QMessageBox(QMessageBox::Warning, QApplication::translate("main", "Invalid targets"),
                                    QApplication::translate("main", "These targets could not be used:\n\n%1")
                                        .arg(problems.join(QLatin1Char('\n'))),
                                    QMessageBox::Ok, &window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }

    if (parser.isSet(demo)) {
        window.startDemo(DemoLauncher::findCli());
        if (!parser.isSet(page))
            window.setCurrentPage(QStringLiteral("dashboard"));
    }

    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        QTimer::singleShot(*shotDelay * 1000, &window, [&window, file] {
            // It shows the monitored databases' figures and statements: private, like every report.
            PrivateFileWriter out(file);
            QString error;
            bool written = out.open(&error);
            if (written && !window.grab().save(out.device(), "PNG")) {
                error = QStringLiteral("PNG encoding failed");
                written = false;
            }
            if (!written || !out.commit(&error))
                std::fprintf(stderr, "dbpulse: could not write screenshot %s: %s\n", qPrintable(file), qPrintable(error));
            window.close();
        });
    }
    if (quitDelay)
        QTimer::singleShot(*quitDelay * 1000, &window, &QWidget::close);

    const int rc = QApplication::exec();
    if (parser.isSet(stallReport)) {
        stalls.stop();
        QString error;
        if (!stalls.writeReport(parser.value(stallReport), &error))
            std::fprintf(stderr, "dbpulse: could not write stall report: %s\n", qPrintable(error));
    }
    return rc;
}
