#include "core/backup/backupmanifest.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace dbpulse {

namespace {

const QLatin1String kChecksumKey("manifest_sha256");

// QJsonObject keeps keys sorted, so the compact form is canonical for a given content.
QString selfChecksum(QJsonObject object)
{
    object.remove(kChecksumKey);
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(object).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256).toHex());
}

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList toList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray())
        list << v.toString();
    return list;
}

} // namespace

qint64 BackupManifest::totalBytes() const
{
    qint64 total = 0;
    for (const BackupFileEntry &f : files)
        total += f.size;
    return total;
}

QJsonObject BackupManifest::toJson() const
{
    QJsonObject opts{
        {QStringLiteral("format"), BackupOptions::formatName(options.format)},
        {QStringLiteral("jobs"), options.jobs},
        {QStringLiteral("compress"), options.compressLevel},
        {QStringLiteral("schema_only"), options.schemaOnly},
        {QStringLiteral("data_only"), options.dataOnly},
        {QStringLiteral("include_schemas"), toArray(options.includeSchemas)},
        {QStringLiteral("exclude_schemas"), toArray(options.excludeSchemas)},
        {QStringLiteral("include_tables"), toArray(options.includeTables)},
        {QStringLiteral("exclude_tables"), toArray(options.excludeTables)},
    };
    QJsonArray fileArray;
    for (const BackupFileEntry &f : files) {
        fileArray.append(QJsonObject{{QStringLiteral("path"), f.path},
                                     {QStringLiteral("size"), double(f.size)},
                                     {QStringLiteral("sha256"), f.sha256}});
    }
    QJsonObject rows;
    for (auto it = tableRows.cbegin(); it != tableRows.cend(); ++it)
        rows.insert(it.key(), double(it.value()));
    QJsonObject root{
        {QStringLiteral("format_version"), kFormatVersion},
        {QStringLiteral("tool"), tool},
        {QStringLiteral("dump_tool"), dumpTool},
        {QStringLiteral("server_version"), serverVersion},
        {QStringLiteral("server_version_num"), serverVersionNum},
        {QStringLiteral("kind"), kind},
        {QStringLiteral("database"), database},
        {QStringLiteral("source"), sourceLabel},
        {QStringLiteral("encoding"), encoding},
        {QStringLiteral("options"), opts},
        {QStringLiteral("archive"), archive},
        {QStringLiteral("started"), started.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("finished"), finished.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("total_bytes"), double(totalBytes())},
        {QStringLiteral("files"), fileArray},
    };
    // Older manifests have no row counts; leaving the keys out keeps their self-checksum valid.
    if (!rowCountSource.isEmpty()) {
        root.insert(QStringLiteral("table_rows"), rows);
        root.insert(QStringLiteral("row_count_source"), rowCountSource);
    }
    // Only SQLite backups name a file; older manifests lack the key and keep their checksum.
    if (!sourceFile.isEmpty())
        root.insert(QStringLiteral("source_file"), sourceFile);
    root.insert(kChecksumKey, selfChecksum(root));
    return root;
}

bool BackupManifest::fromJson(const QByteArray &json, BackupManifest *m, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        *error = QStringLiteral("manifest.json is not valid JSON (%1)").arg(parseError.errorString());
        return false;
    }
    const QJsonObject root = doc.object();
    if (root.value(kChecksumKey).toString() != selfChecksum(root)) {
        *error = QStringLiteral("manifest.json does not match its own checksum (edited or damaged)");
        return false;
    }
    if (root.value(QStringLiteral("format_version")).toInt() != kFormatVersion) {
        *error = QStringLiteral("manifest.json has an unsupported format version %1")
                     .arg(root.value(QStringLiteral("format_version")).toInt());
        return false;
    }
    m->manifestSha256 = root.value(kChecksumKey).toString();
    m->tool = root.value(QStringLiteral("tool")).toString();
    m->dumpTool = root.value(QStringLiteral("dump_tool")).toString();
    m->serverVersion = root.value(QStringLiteral("server_version")).toString();
    m->serverVersionNum = root.value(QStringLiteral("server_version_num")).toInt();
    m->kind = root.value(QStringLiteral("kind")).toString();
    m->database = root.value(QStringLiteral("database")).toString();
    m->sourceLabel = root.value(QStringLiteral("source")).toString();
    m->sourceFile = root.value(QStringLiteral("source_file")).toString();
    m->encoding = root.value(QStringLiteral("encoding")).toString();
    m->archive = root.value(QStringLiteral("archive")).toString();
    m->started = QDateTime::fromString(root.value(QStringLiteral("started")).toString(), Qt::ISODateWithMs);
    m->finished = QDateTime::fromString(root.value(QStringLiteral("finished")).toString(), Qt::ISODateWithMs);
    const QJsonObject opts = root.value(QStringLiteral("options")).toObject();
    BackupOptions::parseFormat(opts.value(QStringLiteral("format")).toString(), &m->options.format);
    m->options.jobs = opts.value(QStringLiteral("jobs")).toInt(1);
    m->options.compressLevel = opts.value(QStringLiteral("compress")).toInt(-1);
    m->options.schemaOnly = opts.value(QStringLiteral("schema_only")).toBool();
    m->options.dataOnly = opts.value(QStringLiteral("data_only")).toBool();
    m->options.includeSchemas = toList(opts.value(QStringLiteral("include_schemas")));
    m->options.excludeSchemas = toList(opts.value(QStringLiteral("exclude_schemas")));
    m->options.includeTables = toList(opts.value(QStringLiteral("include_tables")));
    m->options.excludeTables = toList(opts.value(QStringLiteral("exclude_tables")));
    m->tableRows.clear();
    const QJsonObject rows = root.value(QStringLiteral("table_rows")).toObject();
    for (auto it = rows.constBegin(); it != rows.constEnd(); ++it)
        m->tableRows.insert(it.key(), qint64(it.value().toDouble()));
    m->rowCountSource = root.value(QStringLiteral("row_count_source")).toString();
    m->files.clear();
    for (const QJsonValue &v : root.value(QStringLiteral("files")).toArray()) {
        const QJsonObject o = v.toObject();
        BackupFileEntry f{o.value(QStringLiteral("path")).toString(), qint64(o.value(QStringLiteral("size")).toDouble()),
                          o.value(QStringLiteral("sha256")).toString()};
        // A manifest must never send us outside its directory.
        if (f.path.isEmpty() || QDir::isAbsolutePath(f.path) || f.path.split(QLatin1Char('/')).contains(QLatin1String(".."))) {
            *error = QStringLiteral("manifest.json lists an invalid path '%1'").arg(f.path);
            return false;
        }
        m->files << f;
    }
    if (m->files.isEmpty() || m->archive.isEmpty()) {
        *error = QStringLiteral("manifest.json lists no archive files");
        return false;
    }
    return true;
}

bool BackupManifest::write(const QString &dir, QString *error) const
{
    QSaveFile file(QDir(dir).filePath(fileName()));
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    const QByteArray json = QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
    if (file.write(json) != json.size() || !file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}

bool BackupManifest::read(const QString &dir, BackupManifest *manifest, QString *error)
{
    QFile file(QDir(dir).filePath(fileName()));
    if (!file.exists()) {
        *error = QStringLiteral("manifest.json is missing (not a complete backup)");
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("manifest.json cannot be read: %1").arg(file.errorString());
        return false;
    }
    return fromJson(file.readAll(), manifest, error);
}

} // namespace dbpulse
