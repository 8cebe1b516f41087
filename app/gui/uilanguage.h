#pragma once

#include <QList>
#include <QLocale>

class QCoreApplication;
class QTranslator;

namespace dbpulse {

/// \brief Installs Qt's own catalogue and DB Pulse's for \a locale on \a app (GUI thread, before
/// any window exists). A locale without a DB Pulse catalogue gets the English one, which holds
/// only plural forms: "1 session", never "1 session(s)". Returns what was installed, so a caller
/// (a test) can take it off again.
QList<QTranslator *> installTranslators(QCoreApplication &app, const QLocale &locale = QLocale());

} // namespace dbpulse
