#include "widgets/appearance.h"

#include "models/theme.h"

#include <QActionGroup>
#include <QApplication>
#include <QMenu>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace dbpulse::appearance {

namespace {

const QString SettingsKey = QStringLiteral("appearance/mode");
const QString Fusion = QStringLiteral("Fusion");

Appearance g_current = Appearance::System;
QString g_platformStyle; // the style the application started with, for going back to System

void setStyleNamed(const QString &name)
{
    if (QApplication::style()->name().compare(name, Qt::CaseInsensitive) != 0)
        QApplication::setStyle(name);
}

} // namespace

QString key(Appearance appearance)
{
    switch (appearance) {
    case Appearance::Light: return QStringLiteral("light");
    case Appearance::Dark: return QStringLiteral("dark");
    case Appearance::System: break;
    }
    return QStringLiteral("system");
}

std::optional<Appearance> fromKey(const QString &text)
{
    for (Appearance a : {Appearance::System, Appearance::Light, Appearance::Dark}) {
        if (text.compare(key(a), Qt::CaseInsensitive) == 0)
            return a;
    }
    return std::nullopt;
}

Appearance stored()
{
    return fromKey(QSettings().value(SettingsKey).toString()).value_or(Appearance::System);
}

void store(Appearance appearance)
{
    QSettings().setValue(SettingsKey, key(appearance));
}

void apply(Appearance appearance)
{
    if (g_platformStyle.isEmpty())
        g_platformStyle = QApplication::style()->name();
    g_current = appearance;
    switch (appearance) {
    case Appearance::System:
        setStyleNamed(g_platformStyle);
        // No role set: every colour comes from the platform theme (or the style) again.
        QApplication::setPalette(QPalette());
        break;
    case Appearance::Light:
        setStyleNamed(Fusion);
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case Appearance::Dark:
        // Fusion draws every control from the palette; native styles may ignore a dark one.
        setStyleNamed(Fusion);
        QApplication::setPalette(theme::darkPalette());
        break;
    }
    // Top-level windows learn of the new palette from a posted event; delivered now, every
    // widget (and chart) has its new colours when this returns, and no frame mixes the two.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::ApplicationPaletteChange);
}

Appearance current()
{
    return g_current;
}

QMenu *createMenu(QWidget *parent)
{
    auto *menu = new QMenu(QApplication::translate("dbpulse::Appearance", "&Appearance"), parent);
    menu->setObjectName(QStringLiteral("appearanceMenu"));
    auto *group = new QActionGroup(menu);
    const std::pair<Appearance, QString> choices[] = {
        {Appearance::System, QApplication::translate("dbpulse::Appearance", "&System")},
        {Appearance::Light, QApplication::translate("dbpulse::Appearance", "&Light")},
        {Appearance::Dark, QApplication::translate("dbpulse::Appearance", "&Dark")},
    };
    for (const auto &[appearance, text] : choices) {
        QAction *action = menu->addAction(text);
        action->setObjectName(QStringLiteral("appearance-") + key(appearance));
        action->setCheckable(true);
        action->setChecked(appearance == current());
        group->addAction(action);
        QObject::connect(action, &QAction::triggered, menu, [appearance] {
            store(appearance);
            apply(appearance);
        });
    }
    // Another window (or the command line) may have applied one since the menu was built.
    QObject::connect(menu, &QMenu::aboutToShow, menu, [group] {
        for (QAction *action : group->actions())
            action->setChecked(fromKey(action->objectName().mid(11)) == current());
    });
    return menu;
}

} // namespace dbpulse::appearance
