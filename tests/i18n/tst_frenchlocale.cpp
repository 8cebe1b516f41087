// The French UI as a user with a French session gets it: LC_ALL=fr_FR.UTF-8 set before the
// application starts, the translators installed as dbpulse installs them (by the system locale,
// app/gui/uilanguage.cpp), the real window and dialogs built. DB Pulse's own texts come from
// dbpulse_fr, Qt's (dialog buttons) from qtbase_fr (Debian: qt6-translations-l10n); a missing
// catalogue is a failure, never a skip.

#include "mainwindow.h"
#include "uilanguage.h"
#include "widgets/connectiondialog.h"
#include "widgets/pagenavigator.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace dbpulse;

namespace {

/// The accelerator letters of \a texts ("&Fichier" → "f"), each text's first, lower-cased.
QStringList acceleratorsOf(const QStringList &texts)
{
    static const QRegularExpression accelerator(QStringLiteral("&([^&\\s])"));
    QStringList keys;
    for (QString text : texts) {
        text.remove(QStringLiteral("&&"));
        const QRegularExpressionMatch m = accelerator.match(text);
        if (m.hasMatch())
            keys << m.captured(1).toLower();
    }
    return keys;
}

/// The keys used more than once, with the texts that use them: empty when all are unique.
QString clashes(const QStringList &texts)
{
    const QStringList keys = acceleratorsOf(texts);
    QStringList clashing;
    for (const QString &key : keys) {
        if (keys.count(key) > 1 && !clashing.contains(key))
            clashing << key;
    }
    if (clashing.isEmpty())
        return {};
    return QStringLiteral("accelerator(s) %1 used twice among: %2")
        .arg(clashing.join(QStringLiteral(", ")), texts.join(QStringLiteral(" | ")));
}

QStringList actionTexts(const QList<QAction *> &actions)
{
    QStringList texts;
    for (const QAction *a : actions) {
        if (!a->isSeparator() && !a->text().isEmpty())
            texts << a->text();
    }
    return texts;
}

QMenu *menuTitled(QMenuBar *bar, const QString &title)
{
    for (QAction *a : bar->actions()) {
        if (a->text() == title)
            return a->menu();
    }
    return nullptr;
}

} // namespace

class TstFrenchLocale : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theSessionIsFrench()
    {
        // What every case below relies on: the process took its locale from LC_ALL.
        QCOMPARE(QLocale().language(), QLocale::French);
        QCOMPARE(QLocale().uiLanguages().constFirst().left(2), QStringLiteral("fr"));
    }

    void menusSpeakFrench()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QMenuBar *bar = w.menuBar();
        QCOMPARE(actionTexts(bar->actions()),
                 (QStringList{QStringLiteral("&Fichier"), QStringLiteral("&Connexion"), QStringLiteral("&Affichage"),
                              QStringLiteral("Ai&de")}));
        QMenu *file = menuTitled(bar, QStringLiteral("&Fichier"));
        QVERIFY(file);
        QCOMPARE(actionTexts(file->actions()),
                 (QStringList{QStringLiteral("&Nouvelle connexion…"), QStringLiteral("&Quitter")}));
        QMenu *view = menuTitled(bar, QStringLiteral("&Affichage"));
        QVERIFY(view);
        QCOMPARE(actionTexts(view->actions()).constFirst(), QStringLiteral("Tableau de bord"));
        QCOMPARE(w.navigator()->navigation()->item(0)->text(), QStringLiteral("Tableau de bord"));
        QCOMPARE(w.navigator()->navigation()->item(5)->text(), QStringLiteral("Sauvegardes"));
    }

    void acceleratorsAreUniquePerMenu()
    {
        MainWindow w;
        QMenuBar *bar = w.menuBar();
        const QString inBar = clashes(actionTexts(bar->actions()));
        QVERIFY2(inBar.isEmpty(), qPrintable(inBar));
        for (QAction *top : bar->actions()) {
            QVERIFY(top->menu());
            const QString inMenu = clashes(actionTexts(top->menu()->actions()));
            QVERIFY2(inMenu.isEmpty(), qPrintable(top->text() + QStringLiteral(": ") + inMenu));
        }
    }

    void connectionDialogAcceleratorsAreUnique()
    {
        ConnectionDialog dialog({}, true);
        QStringList texts;
        for (const QLabel *label : dialog.findChildren<QLabel *>()) {
            if (label->buddy())
                texts << label->text();
        }
        for (const QAbstractButton *button : dialog.findChildren<QAbstractButton *>())
            texts << button->text();
        QVERIFY2(texts.contains(QStringLiteral("&Hôte\u00a0:")), qPrintable(texts.join(QStringLiteral(" | "))));
        const QString clash = clashes(texts);
        QVERIFY2(clash.isEmpty(), qPrintable(clash));
    }

    void qtsOwnTextsSpeakFrench()
    {
        QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&')), QStringLiteral("Annuler"));
    }

    void pluralsFollowFrenchRules()
    {
        // French: 0 and 1 take the singular, unlike English.
        const auto databases = [](int n) {
            return QCoreApplication::translate("dbpulse::ConnectionTreeModel", "%n database(s)", nullptr, n);
        };
        QCOMPARE(databases(0), QStringLiteral("0 base"));
        QCOMPARE(databases(1), QStringLiteral("1 base"));
        QCOMPARE(databases(2), QStringLiteral("2 bases"));
    }
};

int main(int argc, char *argv[])
{
    // As a French desktop session sets it. LANGUAGE would outrank LC_ALL in QLocale's UI
    // languages, so a developer's own LANGUAGE must not decide this test.
    qputenv("LC_ALL", "fr_FR.UTF-8");
    qunsetenv("LANGUAGE");
    // Private settings and profiles: never read or overwrite the developer's own.
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("dbpulse-test"));
    QApplication::setApplicationName(QStringLiteral("tst_frenchlocale"));
    installTranslators(app);
    TstFrenchLocale test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_frenchlocale.moc"
