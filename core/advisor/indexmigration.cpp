#include "core/advisor/indexmigration.h"

#include "core/migrations/migrationsource.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace dbpulse {

namespace {

// ASCII words only: file names travel through shells, CI and other people's file systems.
QString slug(const IndexRecommendation &rec)
{
    const bool creates = rec.ddl.trimmed().startsWith(QLatin1String("CREATE"), Qt::CaseInsensitive);
    QStringList words{creates ? QStringLiteral("add_index") : kindName(rec.kind) + QStringLiteral("_index"), rec.table};
    if (creates)
        words += rec.columns;
    else
        words << rec.index;
    static const QRegularExpression notWord(QStringLiteral("[^a-z0-9]+"));
    QString s = words.join(QLatin1Char('_')).toLower().replace(notWord, QStringLiteral("_"));
    s = s.left(60);
    while (s.endsWith(QLatin1Char('_')))
        s.chop(1);
    while (s.startsWith(QLatin1Char('_')))
        s.remove(0, 1);
    return s.isEmpty() ? QStringLiteral("index") : s;
}

// dbmate: numeric versions; the next one is a timestamp, or one past the highest when that is later.
QString nextDbmateVersion(const QStringList &names)
{
    static const QRegularExpression re(QStringLiteral("^(\\d+)(?:_.*)?\\.sql$"));
    QString highest;
    for (const QString &n : names) {
        const auto m = re.match(n);
        if (m.hasMatch() && compareVersions(m.captured(1), highest.isEmpty() ? QStringLiteral("0") : highest) > 0)
            highest = m.captured(1);
    }
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss"));
    if (highest.isEmpty() || compareVersions(stamp, highest) > 0)
        return stamp;
    // A folder numbered 001, 002 …: keep its width.
    return QStringLiteral("%1").arg(highest.toULongLong() + 1, int(highest.size()), 10, QLatin1Char('0'));
}

// Flyway / native: V<major>[.<minor>…]; the next one is the highest major plus one.
QString nextFlywayVersion(const QStringList &names)
{
    static const QRegularExpression re(QStringLiteral("^V(\\d+)"));
    qulonglong highest = 0;
    for (const QString &n : names) {
        const auto m = re.match(n);
        if (m.hasMatch())
            highest = std::max(highest, m.captured(1).toULongLong());
    }
    return QString::number(highest + 1);
}

bool writeNew(const QString &path, const QByteArray &content, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        *error = QCoreApplication::translate("Advisor", "cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    if (file.write(content) != content.size() || !file.flush()) {
        *error = QCoreApplication::translate("Advisor", "cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        file.remove();
        return false;
    }
    return true;
}

} // namespace

IndexMigrationFiles writeIndexMigration(const QString &dirPath, MigrationStyle style, const IndexRecommendation &rec)
{
    IndexMigrationFiles out;
    const QDir dir(dirPath);
    if (dirPath.isEmpty() || !dir.exists()) {
        out.error = QCoreApplication::translate("Advisor", "the migrations folder %1 does not exist").arg(QDir::toNativeSeparators(dirPath));
        return out;
    }
    const QStringList names = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    if (style == MigrationStyle::Auto)
        style = detectMigrationStyle(names);
    const bool outsideTransaction = rec.ddl.contains(QLatin1String("CONCURRENTLY"), Qt::CaseInsensitive);
    // simplified(): a line break in a table name must not end the comment early.
    const QString header = QStringLiteral("-- DB Pulse index advice (%1) on %2.%3\n")
                               .arg(kindName(rec.kind), rec.schema.simplified(), rec.table.simplified());
    const QString ddl = rec.ddl.trimmed() + QLatin1Char('\n');

    if (style == MigrationStyle::Flyway || style == MigrationStyle::Native) {
        out.version = nextFlywayVersion(names);
        const QString path = dir.filePath(QStringLiteral("V%1__%2.sql").arg(out.version, slug(rec)));
        if (!writeNew(path, (header + ddl).toUtf8(), &out.error))
            return out;
        out.paths << path;
        if (outsideTransaction) {
            if (!writeNew(path + QStringLiteral(".conf"), "executeInTransaction=false\n", &out.error)) {
                QFile::remove(path);
                out.paths.clear();
                return out;
            }
            out.paths << path + QStringLiteral(".conf");
        }
        return out;
    }
    out.version = nextDbmateVersion(names);
    const QString path = dir.filePath(QStringLiteral("%1_%2.sql").arg(out.version, slug(rec)));
    const QString content = QStringLiteral("-- migrate:up%1\n%2%3\n-- migrate:down\n")
                                .arg(outsideTransaction ? QStringLiteral(" transaction:false") : QString(), header, ddl);
    if (writeNew(path, content.toUtf8(), &out.error))
        out.paths << path;
    return out;
}

} // namespace dbpulse
