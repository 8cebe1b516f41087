// libFuzzer target for the migration file parser and the statement splitter: no input may crash,
// hang or read out of bounds. The first byte picks the layout, the next line is the file name.
#include "core/migrations/migrationsource.h"

#include <QByteArray>
#include <QString>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const qsizetype nl = input.indexOf('\n');
    const QString name = nl < 0 ? QStringLiteral("1_x.sql") : QString::fromUtf8(input.left(nl));
    const QByteArray content = nl < 0 ? input : input.mid(nl + 1);
    dbpulse::Migration m;
    QString error;
    if (data[0] & 1) {
        QChar prefix;
        dbpulse::parseFlywayFile(name, content, &prefix, &m, &error);
    } else if (dbpulse::parseDbmateFile(name, content, &m, &error)) {
        dbpulse::splitSqlStatements(m.downSql, m.downLine);
    }
    const QList<dbpulse::SplitStatement> statements = dbpulse::splitSqlStatements(QString::fromUtf8(content));
    for (const dbpulse::SplitStatement &s : statements) {
        if (s.startLine < 1 || s.firstTokenLine < s.startLine)
            __builtin_trap();
    }
    dbpulse::flywayChecksum(content);
    dbpulse::compareVersions(name, m.version);
    return 0;
}
