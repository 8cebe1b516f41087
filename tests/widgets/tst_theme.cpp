#include "models/backendmodel.h"
#include "models/theme.h"
#include "widgets/activitychart.h"
#include "widgets/appearance.h"
#include "widgets/infobar.h"
#include "widgets/themedstyle.h"

#include <QAbstractAxis>
#include <QAction>
#include <QAreaSeries>
#include <QApplication>
#include <QChart>
#include <QDirIterator>
#include <QFile>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QMenu>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>
#include <QTableView>
#include <QTest>
#include <memory>

using namespace dbpulse;

/// The semantic palette (models/theme.h) and View → Appearance: every role readable in light and
/// dark, real widgets taking the dark colours when the appearance switches at runtime, and no
/// colour written anywhere else in the GUI sources.
class TstTheme : public QObject
{
    Q_OBJECT

private:
    static QPalette lightPalette()
    {
        std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
        return fusion->standardPalette();
    }

    static void addPalettes()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("light") << lightPalette();
        QTest::newRow("dark") << theme::darkPalette();
    }

    static QString describe(ThemeRole role, const QColor &color, const QColor &on, double ratio)
    {
        return QStringLiteral("role %1 (%2) on %3: %4:1").arg(int(role)).arg(color.name(), on.name()).arg(ratio, 0, 'f', 2);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); } // QSettings away from the user's
    void cleanup() { appearance::apply(Appearance::System); }

    void paletteIsDarkOrLight()
    {
        QVERIFY(!theme::isDark(lightPalette()));
        QVERIFY(theme::isDark(theme::darkPalette()));
    }

    void textRolesReadOnEveryBackground_data() { addPalettes(); }
    void textRolesReadOnEveryBackground()
    {
        QFETCH(QPalette, palette);
        const QList<ThemeRole> text{ThemeRole::SecondaryText, ThemeRole::OkText, ThemeRole::WarningText,
                                    ThemeRole::CriticalText, ThemeRole::InfoText, ThemeRole::OwnSessionText,
                                    ThemeRole::SqlKeyword, ThemeRole::SqlString, ThemeRole::SqlNumber,
                                    ThemeRole::SqlComment, ThemeRole::ChartText};
        for (ThemeRole role : text) {
            for (QPalette::ColorRole back : {QPalette::Window, QPalette::Base, QPalette::AlternateBase}) {
                const double ratio = theme::contrastRatio(theme::color(role, palette), palette.color(back));
                QVERIFY2(ratio >= 4.5, qPrintable(describe(role, theme::color(role, palette), palette.color(back), ratio)));
            }
        }
    }

    void boxesKeepTheirTextReadable_data() { addPalettes(); }
    void boxesKeepTheirTextReadable()
    {
        QFETCH(QPalette, palette);
        const QList<std::pair<ThemeRole, ThemeRole>> pairs{
            {ThemeRole::WarningText, ThemeRole::WarningBackground},
            {ThemeRole::CriticalText, ThemeRole::CriticalBackground},
            {ThemeRole::InfoText, ThemeRole::InfoBackground},
        };
        for (const auto &[text, box] : pairs) {
            const double ratio = theme::contrastRatio(theme::color(text, palette), theme::color(box, palette));
            QVERIFY2(ratio >= 4.5, qPrintable(describe(text, theme::color(text, palette), theme::color(box, palette), ratio)));
        }
        // Rows and cards drawn in these colours keep the palette's own text on top.
        for (ThemeRole box : {ThemeRole::WarningBackground, ThemeRole::CriticalBackground, ThemeRole::InfoBackground,
                              ThemeRole::SelectedBackground, ThemeRole::GroupHeaderBackground}) {
            const double ratio = theme::contrastRatio(palette.color(QPalette::Text), theme::color(box, palette));
            QVERIFY2(ratio >= 4.5, qPrintable(describe(box, theme::color(box, palette), palette.color(QPalette::Text), ratio)));
        }
    }

    void linesAndDotsStandOut_data() { addPalettes(); }
    void linesAndDotsStandOut()
    {
        QFETCH(QPalette, palette);
        // Graphics, not text: WCAG's 3:1 for what must be told apart from the background.
        for (ThemeRole role : {ThemeRole::SeriesBlue, ThemeRole::SeriesPurple, ThemeRole::SeriesGreen,
                               ThemeRole::SeriesOrange, ThemeRole::SeriesRed, ThemeRole::LimitLine,
                               ThemeRole::StateOk, ThemeRole::StateBusy, ThemeRole::StateFailed,
                               ThemeRole::StateOff, ThemeRole::SelectedBorder}) {
            const QColor back = theme::color(ThemeRole::ChartBackground, palette);
            const double ratio = theme::contrastRatio(theme::color(role, palette), back);
            QVERIFY2(ratio >= 3.0, qPrintable(describe(role, theme::color(role, palette), back, ratio)));
        }
    }

    // The dashboard's chart, a table of sessions with a highlighted row and a themed label all
    // take the dark colours the moment Dark is chosen, and the light ones back after System.
    void switchingAtRuntimeRecolours()
    {
        QWidget window;
        window.resize(700, 700);
        auto *chart = new ActivityChart(&window);
        chart->setGeometry(0, 0, 700, 300);
        auto *table = new QTableView(&window);
        table->setGeometry(0, 300, 700, 200);
        BackendModel sessions;
        BackendRow stuck;
        stuck.pid = 7;
        stuck.state = QStringLiteral("idle in transaction");
        stuck.transactionSeconds = 120;
        sessions.setSessions({stuck});
        table->setModel(&sessions);
        table->setSelectionMode(QAbstractItemView::NoSelection); // the row's own colour, not the selection's
        table->setFocusPolicy(Qt::NoFocus);
        auto *bar = new InfoBar(&window);
        bar->setGeometry(0, 520, 700, 40);
        auto *caption = new QLabel(QStringLiteral("caption"), &window);
        caption->setGeometry(0, 580, 300, 30);
        setTextRole(caption, ThemeRole::SecondaryText);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const auto check = [&](bool dark) {
            const QPalette palette = QApplication::palette();
            QCOMPARE(theme::isDark(palette), dark);
            QCOMPARE(chart->chart()->backgroundBrush().color(), palette.color(QPalette::Base));
            QCOMPARE(chart->chart()->titleBrush().color(), palette.color(QPalette::Text));
            QCOMPARE(chart->linePen(0).color(), theme::color(ThemeRole::LimitLine, palette));
            const auto areas = chart->chart()->series();
            auto *active = qobject_cast<QAreaSeries *>(areas.first());
            QVERIFY(active);
            QCOMPARE(active->brush().color().rgb(), theme::color(ThemeRole::SeriesGreen, palette).rgb());
            for (QAbstractAxis *axis : chart->chart()->axes())
                QCOMPARE(axis->labelsBrush().color(), palette.color(QPalette::Text));
            QVERIFY(caption->styleSheet().contains(theme::color(ThemeRole::SecondaryText, palette).name()));
            QVERIFY(bar->styleSheet().contains(theme::color(ThemeRole::InfoBackground, palette).name()));

            // What is on screen, not only what was asked for: the plot area and the stuck row.
            const QImage shot = window.grab().toImage();
            const QColor plot = shot.pixelColor(chart->chart()->plotArea().center().toPoint() + QPoint(0, 0));
            QVERIFY2(dark ? plot.lightnessF() < 0.3 : plot.lightnessF() > 0.8, qPrintable(plot.name()));
            const QRect cell = table->visualRect(sessions.index(0, 1));
            const QPoint inRow = table->viewport()->mapTo(&window, cell.topLeft() + QPoint(2, 2));
            QCOMPARE(shot.pixelColor(inRow).rgb(), theme::color(ThemeRole::WarningBackground, palette).rgb());
        };
        check(false);
        appearance::apply(Appearance::Dark);
        QCOMPARE(appearance::current(), Appearance::Dark);
        check(true);
        appearance::apply(Appearance::System);
        check(false);
    }

    // View → Appearance: choosing applies at once and is kept for the next start.
    void menuAppliesAndStores()
    {
        QSettings().remove(QStringLiteral("appearance/mode"));
        QCOMPARE(appearance::stored(), Appearance::System);
        QWidget parent;
        QMenu *menu = appearance::createMenu(&parent);
        auto *dark = menu->findChild<QAction *>(QStringLiteral("appearance-dark"));
        QVERIFY(dark);
        dark->trigger();
        QVERIFY(theme::isDark(QApplication::palette()));
        QCOMPARE(appearance::stored(), Appearance::Dark);
        QVERIFY(dark->isChecked());
        menu->findChild<QAction *>(QStringLiteral("appearance-light"))->trigger();
        QVERIFY(!theme::isDark(QApplication::palette()));
        QCOMPARE(appearance::stored(), Appearance::Light);
        QSettings().remove(QStringLiteral("appearance/mode"));
    }

    void keysRoundTrip()
    {
        for (Appearance a : {Appearance::System, Appearance::Light, Appearance::Dark})
            QVERIFY(appearance::fromKey(appearance::key(a)) == a);
        QVERIFY(appearance::fromKey(QStringLiteral("DARK")) == Appearance::Dark);
        QVERIFY(!appearance::fromKey(QStringLiteral("dim")));
    }

    // The rule itself: a colour is a theme role. A literal in a page or a model would look
    // right in one palette and wrong in the other.
    void noColourLiteralsOutsideTheTheme()
    {
        const QString root = QStringLiteral(DBPULSE_SOURCE_DIR);
        // A "#rrggbb" or "#rgb", a QColor built from numbers, a name or a string, a named Qt
        // colour, a CSS rgb()/rgba().
        const QRegularExpression literal(QStringLiteral(
            "#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?\\b|QColor\\(\\s*(?:0x|\\d|\"|Qt::)|QColor::from(?:Rgb|Hsv|Hsl|Cmyk)"
            "|Qt::(?:white|black|red|darkRed|green|darkGreen|blue|darkBlue|cyan|darkCyan|magenta|darkMagenta"
            "|yellow|darkYellow|gray|darkGray|lightGray)\\b|QColorConstants|rgba?\\("));
        QStringList found;
        int files = 0;
        for (const QString &dir : {QStringLiteral("widgets"), QStringLiteral("models"), QStringLiteral("app/gui")}) {
            QDirIterator it(root + QLatin1Char('/') + dir, {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                            QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                const QString relative = path.mid(root.size() + 1);
                if (relative == QLatin1String("models/theme.cpp"))
                    continue; // the one place with colour values
                QFile file(path);
                QVERIFY(file.open(QIODevice::ReadOnly));
                ++files;
                const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
                for (int i = 0; i < lines.size(); ++i) {
                    const QRegularExpressionMatch m = literal.match(lines.at(i));
                    if (m.hasMatch())
                        found << QStringLiteral("%1:%2: %3").arg(relative).arg(i + 1).arg(m.captured());
                }
            }
        }
        QVERIFY2(files > 50, "the source tree was not found");
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TstTheme)
#include "tst_theme.moc"
