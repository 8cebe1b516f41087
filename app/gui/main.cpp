// dbpulse: the desktop dashboard. Parses the command line, builds the MainWindow and wires the
// scripted modes (--screenshot, --quit-after, --stall-report) used by demos and CI.

#include "core/db/profilestore.h"
#include "core/db/target.h"
#include "core/io/privatefiles.h"
#include "demolauncher.h"
#include "guioptions.h"
#include "mainwindow.h"
#include "uilanguage.h"
#include "widgets/appearance.h"
#include "widgets/appicon.h"
#include "models/serverregistry.h"
#include "widgets/guilogging.h"
#include "widgets/pagenavigator.h"
#include "widgets/stallmonitor.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTimer>
#include <cstdio>
#include <optional>

using namespace dbpulse;

namespace {

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

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("dbpulse"));
    QCoreApplication::setApplicationName(QStringLiteral("dbpulse"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DBPULSE_VERSION));
}

/// --help and --version answered without a window: over ssh or in CI there is no display, and
/// QApplication would abort looking for one.
int answerWithoutDisplay(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    setIdentity();
    installTranslators(app);
    const GuiOptions options;
    QCommandLineParser parser;
    options.describe(parser);
    parser.process(app); // prints the help or the version and exits
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (asksForHelpOrVersion(argc, argv))
        return answerWithoutDisplay(argc, argv);
    QApplication app(argc, argv);
    setIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("DB Pulse"));
    QApplication::setDesktopFileName(QStringLiteral("dbpulse"));
    QApplication::setWindowIcon(appIcon());
    installTranslators(app);

    const GuiOptions options;
    QCommandLineParser parser;
    options.describe(parser);
    parser.process(app);

    const std::optional<int> shotDelay = secondsOption(parser, options.screenshotAfter);
    std::optional<int> quitDelay;
    if (parser.isSet(options.quitAfter))
        quitDelay = secondsOption(parser, options.quitAfter);
    if (!shotDelay || (parser.isSet(options.quitAfter) && !quitDelay))
        return 2;
    // Before any widget exists, so none starts in the wrong colours. --appearance is for this
    // run only (screenshots): it does not change the stored choice.
    Appearance look = appearance::stored();
    if (parser.isSet(options.appearance)) {
        const std::optional<Appearance> asked = appearance::fromKey(parser.value(options.appearance));
        if (!asked) {
            std::fprintf(stderr, "dbpulse: --appearance expects system, light or dark, got \"%s\"\n",
                         qPrintable(parser.value(options.appearance)));
            return 2;
        }
        look = *asked;
    }
    appearance::apply(look);

    StallMonitor stalls;
    if (parser.isSet(options.stallReport))
        stalls.start(); // before the window exists: building it is part of what users wait for

    MainWindow window;
    if (parser.isSet(options.stallReport))
        stalls.watchFirstFrame(&window);
    // Here rather than in MainWindow, so tests that build a window never write to user folders.
    // The demo's cluster is new (new port, new data) on every run: its history has no later use.
    if (!parser.isSet(options.demo))
        window.servers()->setHistoryDirectory(
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/history"));
    if (parser.isSet(options.page) && !window.setCurrentPage(parser.value(options.page).toLower())) {
        std::fprintf(stderr, "dbpulse: unknown page \"%s\" (use one of: %s)\n",
                     qPrintable(parser.value(options.page)),
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
        if (!parser.isSet(options.page)) // asked to watch a server: show it, not the last page used
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

    if (parser.isSet(options.demo)) {
        window.startDemo(DemoLauncher::findCli());
        if (!parser.isSet(options.page))
            window.setCurrentPage(QStringLiteral("dashboard"));
    }

    if (parser.isSet(options.screenshot)) {
        const QString file = parser.value(options.screenshot);
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
    if (parser.isSet(options.stallReport)) {
        stalls.stop();
        QString error;
        if (!stalls.writeReport(parser.value(options.stallReport), &error))
            std::fprintf(stderr, "dbpulse: could not write stall report: %s\n", qPrintable(error));
    }
    return rc;
}
