#include "uilanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QStringList>
#include <QTranslator>

namespace dbpulse {

namespace {
// The catalogues built from translations/ and embedded under :/i18n, one per set of sources.
const QStringList kCatalogues{QStringLiteral("dbpulse"), QStringLiteral("dbpulse_core")};
const QString kCatalogueDir = QStringLiteral(":/i18n");
} // namespace

QList<QTranslator *> installTranslators(QCoreApplication &app, const QLocale &locale)
{
    QList<QTranslator *> installed;
    const auto install = [&](QTranslator *translator) {
        QCoreApplication::installTranslator(translator);
        installed << translator;
    };
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        install(qt);
    else
        delete qt;
    for (const QString &name : kCatalogues) {
        auto *ours = new QTranslator(&app);
        // The English catalogue is the fallback: the sources' "%n session(s)" needs its plural forms.
        if (ours->load(locale, name, QStringLiteral("_"), kCatalogueDir)
            || ours->load(name + QStringLiteral("_en"), kCatalogueDir))
            install(ours);
        else
            delete ours;
    }
    return installed;
}

} // namespace dbpulse
