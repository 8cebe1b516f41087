#include "core/migrations/migrationsource.h"
#include "core/sql/sqlparser.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <algorithm>
#include <array>

namespace dbpulse {

namespace {

const QRegularExpression &dbmateName()
{
    static const QRegularExpression re(QStringLiteral("^(\\d+)(?:_(.*))?\\.sql$"));
    return re;
}

const QRegularExpression &flywayName()
{
    static const QRegularExpression re(QStringLiteral("^([VUR])(.*?)__(.+)\\.sql$"));
    return re;
}

QString sha256Hex(const QByteArray &content)
{
    return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

std::array<quint32, 256> crcTable()
{
    std::array<quint32, 256> table{};
    for (quint32 i = 0; i < 256; ++i) {
        quint32 c = i;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        table[i] = c;
    }
    return table;
}

// Flyway runs these outside a transaction on PostgreSQL on its own; so do we. PostgreSQL's own
// grammar decides (a CONCURRENTLY in a comment, a string or a function body is not one). A text
// the parser cannot read stays transactional: running it then fails whole, with the server's
// syntax error, and changes nothing.
bool needsNoTransaction(const QString &sql)
{
    const SqlParse parse = parseSql(sql);
    return parse.ok && std::any_of(parse.statements.cbegin(), parse.statements.cend(),
                                   [](const SqlStatement &s) { return s.outsideTransactionOnly; });
}

} // namespace

const Migration *MigrationSet::find(const QString &historyKey) const
{
    for (const Migration &m : migrations) {
        if (m.historyKey() == historyKey)
            return &m;
    }
    return nullptr;
}

qint32 flywayChecksum(const QByteArray &content)
{
    static const std::array<quint32, 256> table = crcTable();
    quint32 crc = 0xFFFFFFFFu;
    QByteArray text = content;
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);
    qsizetype i = 0;
    while (i < text.size()) {
        qsizetype j = i;
        while (j < text.size() && text.at(j) != '\n' && text.at(j) != '\r')
            ++j;
        for (qsizetype k = i; k < j; ++k)
            crc = table[(crc ^ static_cast<quint8>(text.at(k))) & 0xFF] ^ (crc >> 8);
        if (j < text.size() && text.at(j) == '\r' && j + 1 < text.size() && text.at(j + 1) == '\n')
            ++j;
        i = j + 1;
    }
    return static_cast<qint32>(crc ^ 0xFFFFFFFFu);
}

MigrationStyle detectMigrationStyle(const QStringList &fileNames)
{
    bool any = false;
    for (const QString &name : fileNames) {
        if (!name.endsWith(QLatin1String(".sql")))
            continue;
        any = true;
        if (flywayName().match(name).hasMatch())
            return MigrationStyle::Flyway;
    }
    return any ? MigrationStyle::Dbmate : MigrationStyle::Auto;
}

bool parseDbmateFile(const QString &fileName, const QByteArray &content, Migration *out, QString *error)
{
    const auto nameMatch = dbmateName().match(fileName);
    if (!nameMatch.hasMatch()) {
        const QString prefix = fileName.section(QLatin1Char('_'), 0, 0);
        *error = QCoreApplication::translate("Migrations", "%1: version '%2' is not a number").arg(fileName, prefix);
        return false;
    }
    Migration m;
    m.version = nameMatch.captured(1);
    m.description = nameMatch.captured(2);
    m.fileName = fileName;
    m.sha256 = sha256Hex(content);
    m.flywayChecksum = flywayChecksum(content);

    static const QRegularExpression marker(QStringLiteral("^--\\s*migrate:(up|down)\\b(.*)$"));
    const QStringList lines = QString::fromUtf8(content).split(QLatin1Char('\n'));
    enum class Section { None, Up, Down } section = Section::None;
    bool sawUp = false, sawDown = false;
    QStringList up, down;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        const auto mm = marker.match(line);
        if (mm.hasMatch()) {
            const bool isUp = mm.captured(1) == QLatin1String("up");
            if ((isUp && sawUp) || (!isUp && sawDown)) {
                *error = QCoreApplication::translate("Migrations", "%1:%2: second '-- migrate:%3' section").arg(fileName).arg(i + 1).arg(mm.captured(1));
                return false;
            }
            const QStringList options = mm.captured(2).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            bool transactional = true;
            for (const QString &opt : options) {
                if (opt == QLatin1String("transaction:false"))
                    transactional = false;
                else if (opt != QLatin1String("transaction:true")) {
                    *error = QCoreApplication::translate("Migrations", "%1:%2: unknown option '%3'").arg(fileName).arg(i + 1).arg(opt);
                    return false;
                }
            }
            if (isUp) {
                sawUp = true;
                section = Section::Up;
                m.upLine = int(i + 2);
                m.upTransactional = transactional;
            } else {
                sawDown = true;
                section = Section::Down;
                m.downLine = int(i + 2);
                m.downTransactional = transactional;
            }
            continue;
        }
        switch (section) {
        case Section::None: {
            const QString t = line.trimmed();
            if (!t.isEmpty() && !t.startsWith(QLatin1String("--"))) {
                *error = QCoreApplication::translate("Migrations", "%1:%2: statement outside the '-- migrate:up' and '-- migrate:down' sections")
                             .arg(fileName).arg(i + 1);
                return false;
            }
            break;
        }
        case Section::Up: up << line; break;
        case Section::Down: down << line; break;
        }
    }
    if (!sawUp) {
        *error = QCoreApplication::translate("Migrations", "%1: no '-- migrate:up' section").arg(fileName);
        return false;
    }
    m.upSql = up.join(QLatin1Char('\n'));
    m.downSql = down.join(QLatin1Char('\n'));
    m.hasDown = !splitSqlStatements(m.downSql).isEmpty();
    if (m.hasDown)
        m.downFileName = fileName;
    *out = m;
    return true;
}

bool parseFlywayFile(const QString &fileName, const QByteArray &content, QChar *prefix, Migration *out, QString *error)
{
    const auto mm = flywayName().match(fileName);
    if (!mm.hasMatch()) {
        *error = QCoreApplication::translate("Migrations", "%1: not a migration name (expected V<version>__<description>.sql, "
                                "U<version>__<description>.sql or R__<description>.sql)").arg(fileName);
        return false;
    }
    *prefix = mm.captured(1).at(0);
    QString version = mm.captured(2);
    version.replace(QLatin1Char('_'), QLatin1Char('.'));
    static const QRegularExpression numeric(QStringLiteral("^\\d+(\\.\\d+)*$"));
    if (*prefix == QLatin1Char('R')) {
        if (!version.isEmpty()) {
            *error = QCoreApplication::translate("Migrations", "%1: a repeatable migration has no version (R__<description>.sql)").arg(fileName);
            return false;
        }
    } else if (!numeric.match(version).hasMatch()) {
        *error = QCoreApplication::translate("Migrations", "%1: version '%2' is not a number").arg(fileName, mm.captured(2));
        return false;
    }
    Migration m;
    m.kind = *prefix == QLatin1Char('R') ? Migration::Kind::Repeatable : Migration::Kind::Versioned;
    m.version = *prefix == QLatin1Char('R') ? QString() : version;
    m.description = mm.captured(3).replace(QLatin1Char('_'), QLatin1Char(' '));
    m.fileName = fileName;
    m.upSql = QString::fromUtf8(content);
    if (m.upSql.startsWith(QChar(0xFEFF)))
        m.upSql.remove(0, 1);
    m.upTransactional = !needsNoTransaction(m.upSql);
    m.sha256 = sha256Hex(content);
    m.flywayChecksum = flywayChecksum(content);
    *out = m;
    return true;
}

namespace {

// One migration file read and parsed in \a style; false with \a error naming the file.
// \a prefix says V, U (a Flyway undo) or R.
bool readMigrationFile(const QDir &dir, const QString &name, MigrationStyle style, Migration *m, QChar *prefix,
                       QString *error)
{
    QFile file(dir.filePath(name));
    const QFileInfo info(file.fileName());
    if (!info.exists() || !info.isFile()) {
        *error = QCoreApplication::translate("Migrations", "%1: cannot read the file: %2").arg(name, info.exists() ? QCoreApplication::translate("Migrations", "not a regular file") : QCoreApplication::translate("Migrations", "dangling link"));
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("Migrations", "%1: cannot read the file: %2").arg(name, file.errorString());
        return false;
    }
    const QByteArray content = file.readAll();
    *prefix = QLatin1Char('V');
    const bool ok = style == MigrationStyle::Dbmate ? parseDbmateFile(name, content, m, error)
                                                     : parseFlywayFile(name, content, prefix, m, error);
    if (ok && style != MigrationStyle::Dbmate) {
        // Flyway's per-script config: "executeInTransaction=false" in V1__x.sql.conf.
        QFile conf(dir.filePath(name + QStringLiteral(".conf")));
        if (conf.open(QIODevice::ReadOnly) && conf.readAll().contains("executeInTransaction=false"))
            m->upTransactional = false;
    }
    return ok;
}

// Gives each Flyway undo (U file) to the versioned migration it undoes.
void attachUndos(const QList<Migration> &undos, MigrationLoadResult &result)
{
    for (const Migration &u : undos) {
        auto it = std::find_if(result.set.migrations.begin(), result.set.migrations.end(),
                               [&](const Migration &m) { return !m.isRepeatable() && compareVersions(m.version, u.version) == 0; });
        if (it == result.set.migrations.end()) {
            result.errors << QCoreApplication::translate("Migrations", "%1: undo for version %2, which has no V file").arg(u.fileName, u.version);
            continue;
        }
        if (it->hasDown) {
            result.errors << QCoreApplication::translate("Migrations", "%1: duplicate undo for version %2 (also in %3)").arg(u.fileName, u.version, it->downFileName);
            continue;
        }
        it->hasDown = true;
        it->downFileName = u.fileName;
        it->downSql = u.upSql;
        it->downLine = 1;
        it->downTransactional = u.upTransactional;
    }
}

// Versioned migrations in version order, then repeatable ones by description; "1.1", "1_1" and
// "01.1" are the same version, reported when two files spell it differently.
void sortAndCheckVersions(MigrationLoadResult &result)
{
    std::sort(result.set.migrations.begin(), result.set.migrations.end(), [](const Migration &a, const Migration &b) {
        if (a.isRepeatable() != b.isRepeatable())
            return !a.isRepeatable();
        if (a.isRepeatable())
            return a.description < b.description;
        return compareVersions(a.version, b.version) < 0;
    });
    for (qsizetype i = 1; i < result.set.migrations.size(); ++i) {
        const Migration &a = result.set.migrations.at(i - 1);
        const Migration &b = result.set.migrations.at(i);
        if (!a.isRepeatable() && !b.isRepeatable() && compareVersions(a.version, b.version) == 0 && a.version != b.version)
            result.errors << QCoreApplication::translate("Migrations", "%1: duplicate version %2 (also in %3)").arg(b.fileName, b.version, a.fileName);
    }
}

} // namespace

MigrationLoadResult loadMigrations(const QString &dirPath, MigrationStyle style)
{
    MigrationLoadResult result;
    const QDir dir(dirPath);
    result.set.dir = dir.absolutePath();
    if (!dir.exists()) {
        result.errors << QCoreApplication::translate("Migrations", "%1: no such directory").arg(dirPath);
        return result;
    }
    // System too, so a dangling symlink or a FIFO named *.sql is reported instead of silently skipped.
    const QStringList names = dir.entryList({QStringLiteral("*.sql")}, QDir::Files | QDir::System | QDir::Hidden, QDir::Name);
    result.set.flywayConfigPresent = dir.exists(QStringLiteral("flyway.conf")) || dir.exists(QStringLiteral("flyway.toml"));
    if (style == MigrationStyle::Auto)
        style = detectMigrationStyle(names);
    if (style == MigrationStyle::Auto)
        style = MigrationStyle::Dbmate; // an empty directory: nothing to run either way
    result.set.style = style;

    QHash<QString, QString> versionFile; // version → file, for duplicates
    QList<Migration> undos;
    for (const QString &name : names) {
        Migration m;
        QChar prefix;
        QString error;
        if (!readMigrationFile(dir, name, style, &m, &prefix, &error)) {
            result.errors << error;
            continue;
        }
        if (prefix == QLatin1Char('U')) {
            undos << m;
            continue;
        }
        const QString key = m.historyKey();
        if (versionFile.contains(key)) {
            result.errors << QCoreApplication::translate("Migrations", "%1: duplicate version %2 (also in %3)").arg(name, m.isRepeatable() ? m.description : m.version, versionFile.value(key));
            continue;
        }
        versionFile.insert(key, name);
        result.set.migrations << m;
    }
    attachUndos(undos, result);
    sortAndCheckVersions(result);
    return result;
}

} // namespace dbpulse
