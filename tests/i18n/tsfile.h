#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace dbpulse::test {

/// One <message> of a Qt Linguist .ts file.
struct TsMessage
{
    QString context;
    QString source;
    QString comment; // the disambiguation, part of the key
    bool numerus = false;
    QString type; // the translation's type: "", "unfinished", "obsolete" or "vanished"
    QStringList translations; // one, or one per plural form

    QString key() const { return context + QChar(0) + source + QChar(0) + comment; }
};

struct TsFile
{
    QString language;
    QList<TsMessage> messages;
};

/// Reads \a path; on a broken file, sets \a error.
TsFile readTsFile(const QString &path, QString *error);

} // namespace dbpulse::test
