#include "models/theme.h"

#include <QGuiApplication>
#include <cmath>

namespace dbpulse::theme {

namespace {

// The one place with colour values. Light values are read on white and Fusion's light grey
// window; dark ones on darkPalette() and on the dark palettes desktops ship (window around
// #202020-#353535). tst_theme checks the contrast of every text role on both.
struct Pair
{
    QRgb light;
    QRgb dark;
};

Pair pairOf(ThemeRole role)
{
    switch (role) {
    case ThemeRole::SecondaryText: return {0x5f6368, 0xaeb2b8};
    case ThemeRole::OkText: return {0x1e6b34, 0x81c995};
    case ThemeRole::WarningText: return {0x8a4b00, 0xf2b85a};
    case ThemeRole::CriticalText: return {0xb3261e, 0xff8a80};
    case ThemeRole::InfoText: return {0x174ea6, 0x9ec1fa};
    case ThemeRole::OwnSessionText: return {0x63676c, 0xa2a6ac};
    case ThemeRole::SqlKeyword: return {0x1f4ea8, 0x8ab4f8};
    case ThemeRole::SqlString: return {0x1b6e3f, 0x81c995};
    case ThemeRole::SqlNumber: return {0x7b3a98, 0xd7aefb};
    case ThemeRole::SqlComment: return {0x666666, 0x9aa0a6};
    case ThemeRole::WarningBackground: return {0xfff4d6, 0x3d3213};
    case ThemeRole::CriticalBackground: return {0xfde2e1, 0x4a2222};
    case ThemeRole::InfoBackground: return {0xe8f0fe, 0x1f2e47};
    case ThemeRole::WarningBorder: return {0xe0a100, 0x9c7a24};
    case ThemeRole::InfoBorder: return {0x8ab4f8, 0x4a6fa5};
    case ThemeRole::CardBorder: return {0xc6c9cc, 0x505358};
    case ThemeRole::SelectedBorder: return {0x1a73e8, 0x8ab4f8};
    case ThemeRole::SelectedBackground: return {0xf1f6fe, 0x243349};
    case ThemeRole::GroupHeaderBackground: return {0xeceff1, 0x383b40};
    case ThemeRole::StateOk: return {0x2e9d4a, 0x5bb974};
    case ThemeRole::StateBusy: return {0xb98400, 0xfbbc04};
    case ThemeRole::StateFailed: return {0xd0342c, 0xf28b82};
    case ThemeRole::StateOff: return {0x8a8a8a, 0x8f959b};
    case ThemeRole::SeriesBlue: return {0x1a73e8, 0x8ab4f8};
    case ThemeRole::SeriesPurple: return {0x9a6bd6, 0xc58af9};
    case ThemeRole::SeriesGreen: return {0x2e9d4a, 0x81c995};
    case ThemeRole::SeriesOrange: return {0xc77700, 0xfcad70};
    case ThemeRole::SeriesRed: return {0xd0342c, 0xf28b82};
    case ThemeRole::SeriesAmber: return {0xe0a100, 0xfdd663};
    case ThemeRole::SeriesSky: return {0x7fa7d6, 0x5b7fae};
    case ThemeRole::SeriesGrey: return {0xb0b0b0, 0x6f7378};
    case ThemeRole::LimitLine: return {0xb3261e, 0xff8a80};
    case ThemeRole::ChartBackground:
    case ThemeRole::ChartText:
    case ThemeRole::ChartGrid:
    case ThemeRole::ChartAxis:
        break; // from the palette itself
    }
    return {0, 0};
}

QColor mix(const QColor &from, const QColor &to, double amount)
{
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * amount),
                            float(from.greenF() + (to.greenF() - from.greenF()) * amount),
                            float(from.blueF() + (to.blueF() - from.blueF()) * amount));
}

double luminance(const QColor &c)
{
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

} // namespace

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < palette.color(QPalette::WindowText).lightnessF();
}

QColor color(ThemeRole role, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    switch (role) {
    case ThemeRole::ChartBackground:
        return base;
    case ThemeRole::ChartText:
        return text;
    case ThemeRole::ChartGrid:
        return mix(base, text, 0.14);
    case ThemeRole::ChartAxis:
        return mix(base, text, 0.45);
    default:
        break;
    }
    const Pair pair = pairOf(role);
    return QColor::fromRgb(isDark(palette) ? pair.dark : pair.light);
}

QColor color(ThemeRole role)
{
    // Models also run without a GUI (headless tests, QCoreApplication): the light values then.
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return color(role, QPalette(QColor::fromRgb(0x000000), QColor::fromRgb(0xffffff)));
    return color(role, QGuiApplication::palette());
}

QString textStyle(ThemeRole role)
{
    return QStringLiteral("color: %1").arg(color(role).name());
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor textOn(const QColor &background)
{
    const QColor black = QColor::fromRgb(0x000000);
    const QColor white = QColor::fromRgb(0xffffff);
    return contrastRatio(background, black) >= contrastRatio(background, white) ? black : white;
}

QColor defaultConnectionColor()
{
    return QColor::fromRgb(0x3b82f6);
}

QPalette darkPalette()
{
    const QColor window = QColor::fromRgb(0x2b2d30);
    const QColor text = QColor::fromRgb(0xe3e5e8);
    const QColor disabledText = QColor::fromRgb(0x85888d);
    QPalette p(text, window);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, QColor::fromRgb(0x1f2023));
    p.setColor(QPalette::AlternateBase, QColor::fromRgb(0x27292c));
    p.setColor(QPalette::ToolTipBase, QColor::fromRgb(0x3c3f43));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabledText);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor::fromRgb(0x37393d));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor::fromRgb(0xff8a80));
    p.setColor(QPalette::Light, QColor::fromRgb(0x4a4d52));
    p.setColor(QPalette::Midlight, QColor::fromRgb(0x3e4145));
    p.setColor(QPalette::Mid, QColor::fromRgb(0x303236));
    p.setColor(QPalette::Dark, QColor::fromRgb(0x1b1c1e));
    p.setColor(QPalette::Shadow, QColor::fromRgb(0x0e0e0f));
    p.setColor(QPalette::Highlight, QColor::fromRgb(0x35609f));
    p.setColor(QPalette::HighlightedText, QColor::fromRgb(0xffffff));
    p.setColor(QPalette::Link, QColor::fromRgb(0x8ab4f8));
    p.setColor(QPalette::LinkVisited, QColor::fromRgb(0xc58af9));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        p.setColor(QPalette::Disabled, role, disabledText);
    }
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor::fromRgb(0x45484d));
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    p.setColor(QPalette::Disabled, QPalette::Button, QColor::fromRgb(0x303236));
    return p;
}

AppIconColors appIconColors()
{
    return {QColor::fromRgb(0x1f3a5f), QColor::fromRgb(0x102138), QColor::fromRgb(0x4ade80)};
}

} // namespace dbpulse::theme
