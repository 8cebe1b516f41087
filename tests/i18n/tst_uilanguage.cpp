// The window speaks the user's language through the real loading (app/gui/uilanguage.cpp) and the
// real catalogues embedded in the application: German menus and pages in a German locale, and
// English plurals ("1 session", never "1 session(s)") in English and in a locale without a
// catalogue of its own.

#include "mainwindow.h"
#include "uilanguage.h"
#include "widgets/budgetdialog.h"
#include "widgets/pagenavigator.h"

#include <QApplication>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace dbpulse;

class TstUiLanguage : public QObject
{
    Q_OBJECT

private:
    QList<QTranslator *> m_installed;

    void use(const QLocale &locale)
    {
        for (QTranslator *t : std::as_const(m_installed)) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        m_installed = installTranslators(*qApp, locale);
    }

    static QString sessions(int n)
    {
        return QCoreApplication::translate("dbpulse::BackendView", "%n client session(s)", nullptr, n);
    }

private Q_SLOTS:
    void cleanup() { use(QLocale::c()); }

    void germanMenusAndPages()
    {
        use(QLocale(QLocale::German, QLocale::Germany));
        MainWindow w;
        QStringList menus;
        for (QAction *a : w.menuBar()->actions())
            menus << a->text();
        QCOMPARE(menus, (QStringList{QStringLiteral("&Datei"), QStringLiteral("&Verbindung"), QStringLiteral("&Ansicht"),
                                     QStringLiteral("&Hilfe")}));
        QMenu *connection = w.menuBar()->actions().at(1)->menu();
        QStringList entries;
        for (QAction *a : connection->actions()) {
            if (!a->isSeparator())
                entries << a->text();
        }
        QVERIFY2(entries.contains(QStringLiteral("&Nächste Verbindung")), qPrintable(entries.join(QLatin1Char('|'))));
        QVERIFY2(entries.contains(QStringLiteral("V&orherige Verbindung")), qPrintable(entries.join(QLatin1Char('|'))));

        QListWidget *pages = w.navigator()->navigation();
        QStringList names;
        for (int i = 0; i < pages->count(); ++i)
            names << pages->item(i)->text();
        QCOMPARE(names, (QStringList{QStringLiteral("Übersicht"), QStringLiteral("Abfragen"), QStringLiteral("Indizes"),
                                     QStringLiteral("Zustand"), QStringLiteral("Migrationen"), QStringLiteral("Sicherungen")}));

        // The dashboard's first-run page, as a user sees it with no connection.
        QWidget *dashboard = w.navigator()->page(QStringLiteral("dashboard"));
        QStringList buttons;
        for (const QPushButton *b : dashboard->findChildren<QPushButton *>())
            buttons << b->text();
        QVERIFY2(buttons.contains(QStringLiteral("Demo starten")), qPrintable(buttons.join(QLatin1Char('|'))));
        QVERIFY2(buttons.contains(QStringLiteral("Neue Verbindung…")), qPrintable(buttons.join(QLatin1Char('|'))));

        QCOMPARE(QCoreApplication::translate("dbpulse::ConnectionTreeModel", "%n database(s)", nullptr, 1),
                 QStringLiteral("1 Datenbank"));
        QCOMPARE(QCoreApplication::translate("dbpulse::ConnectionTreeModel", "%n database(s)", nullptr, 3),
                 QStringLiteral("3 Datenbanken"));
    }

    void englishPlurals_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates);
        QTest::newRow("en_GB") << QLocale(QLocale::English, QLocale::UnitedKingdom);
        // No catalogue of its own: the English plurals, not the sources' "(s)".
        QTest::newRow("ja_JP") << QLocale(QLocale::Japanese, QLocale::Japan);
    }

    void englishPlurals()
    {
        QFETCH(QLocale, locale);
        use(locale);
        QCOMPARE(sessions(1), QStringLiteral("1 client session"));
        QCOMPARE(sessions(2), QStringLiteral("2 client sessions"));
        // A widget that counts: the budget dialog's "N intervals in a row".
        BudgetDialog dialog(BudgetSettings{});
        auto *intervals = dialog.findChild<QSpinBox *>(QStringLiteral("alertIntervals"));
        QVERIFY(intervals);
        dialog.setAlertIntervals(1);
        QCOMPARE(intervals->suffix(), QStringLiteral(" interval in a row"));
        dialog.setAlertIntervals(3);
        QCOMPARE(intervals->suffix(), QStringLiteral(" intervals in a row"));
    }
};

int main(int argc, char *argv[])
{
    // Private settings and profiles: never read or overwrite the developer's own.
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("dbpulse-test"));
    QApplication::setApplicationName(QStringLiteral("tst_uilanguage"));
    TstUiLanguage test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_uilanguage.moc"
