#include "watchsqlite.h"

#include "clirunner.h"
#include "clisignals.h"
#include "watchloop.h"

#include "core/io/datasize.h"
#include "core/metrics/sqlitesample.h"
#include "core/monitor/sqlitemonitorworker.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTimer>
#include <cmath>

namespace dbpulse::cli {

namespace {

QJsonValue orNull(bool known, const QJsonValue &value)
{
    return known ? value : QJsonValue(QJsonValue::Null);
}

QJsonValue timeOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

QJsonObject integrityJson(const SqliteIntegrityRecord &r)
{
    return {{QStringLiteral("checked_at"), timeOrNull(r.checkedAt)},
            {QStringLiteral("ok"), r.ok},
            {QStringLiteral("check"), r.check},
            {QStringLiteral("summary"), r.summary}};
}

QJsonObject toJson(const QString &path, const SqliteSample &s)
{
    const bool interval = s.hasInterval();
    const bool pages = s.pagesRead;
    return {
        {QStringLiteral("time"), timeOrNull(s.sampledAt)},
        {QStringLiteral("kind"), QStringLiteral("sqlite")},
        {QStringLiteral("file"), path},
        {QStringLiteral("interval_s"), orNull(interval, std::round(s.elapsedSeconds * 1000.0) / 1000.0)},
        {QStringLiteral("file_bytes"), s.fileBytes},
        {QStringLiteral("wal_bytes"), orNull(s.walBytes >= 0, s.walBytes)},
        {QStringLiteral("shm_exists"), s.shmExists},
        {QStringLiteral("pages_problem"), orNull(!pages, s.pagesProblem)},
        {QStringLiteral("page_size"), orNull(pages, s.pageSize)},
        {QStringLiteral("page_count"), orNull(pages, s.pageCount)},
        {QStringLiteral("freelist_pages"), orNull(pages, s.freelistCount)},
        {QStringLiteral("freelist_bytes"), orNull(pages, s.freelistBytes())},
        {QStringLiteral("journal_mode"), orNull(pages, s.journalMode)},
        {QStringLiteral("data_version"), orNull(pages, s.dataVersion)},
        {QStringLiteral("wal_frames"), orNull(s.walFrames >= 0, s.walFrames)},
        {QStringLiteral("checkpoint_seen_at"), timeOrNull(s.checkpointSeenAt)},
        {QStringLiteral("written"), orNull(interval, s.written)},
        {QStringLiteral("data_version_changed"), orNull(interval, s.dataVersionChanged)},
        {QStringLiteral("file_delta_bytes"), orNull(interval, s.fileDeltaBytes)},
        {QStringLiteral("wal_delta_bytes"), orNull(interval, s.walDeltaBytes)},
        {QStringLiteral("written_pct_1m"),
         orNull(s.writtenPercentLastMinute.has_value(), std::round(s.writtenPercentLastMinute.value_or(0) * 10.0) / 10.0)},
        {QStringLiteral("integrity"), s.integrity ? QJsonValue(integrityJson(*s.integrity)) : QJsonValue(QJsonValue::Null)},
    };
}

// The CLI's one size format for SQLite figures: IEC units (KiB, MiB), as the dashboard shows them.
QString formatSize(qint64 bytes)
{
    return bytes < 0 ? QStringLiteral("-") : formatDataSize(bytes);
}

QString age(const QDateTime &then, const QDateTime &now)
{
    if (!then.isValid())
        return QStringLiteral("-");
    const qint64 s = std::max<qint64>(0, then.secsTo(now));
    if (s < 120)
        return QStringLiteral("%1s ago").arg(s);
    if (s < 7200)
        return QStringLiteral("%1m ago").arg(s / 60);
    if (s < 172800)
        return QStringLiteral("%1h ago").arg(s / 3600);
    return QStringLiteral("%1d ago").arg(s / 86400);
}

QString integrityCell(const SqliteSample &s)
{
    if (!s.integrity)
        return QStringLiteral("never");
    return (s.integrity->ok ? QStringLiteral("ok ") : QStringLiteral("FAILED ")) + age(s.integrity->checkedAt, s.sampledAt);
}

QStringList tableCells(const SqliteSample &s)
{
    const bool pages = s.pagesRead;
    const QString dash = QStringLiteral("-");
    return {s.sampledAt.toString(QStringLiteral("HH:mm:ss")),
                     formatSize(s.fileBytes),
                     formatSize(s.walBytes),
                     pages ? formatSize(s.freelistBytes()) : dash,
                     pages ? QString::number(s.pageCount) : dash,
                     pages ? QString::number(s.pageSize) : dash,
                     pages ? s.journalMode : QStringLiteral("(busy)"),
                     s.walFrames >= 0 ? QString::number(s.walFrames) : dash,
                     !s.hasInterval() ? dash : s.written ? QStringLiteral("yes") : QStringLiteral("no"),
                     s.writtenPercentLastMinute ? QString::number(*s.writtenPercentLastMinute, 'f', 0) : dash,
                     age(s.checkpointSeenAt, s.sampledAt),
                     integrityCell(s)};
}

} // namespace

// By default the table fits 80 columns: the least important columns go first (page size, WAL
// frames, the last checkpoint, pages); time stays.
const QList<CliColumn> &sqliteWatchColumns()
{
    using A = CliColumn::Align;
    static const QList<CliColumn> columns{
        {QStringLiteral("time"), QStringLiteral("time"), 8, 0, 100, A::Left},
        {QStringLiteral("file"), QStringLiteral("file"), 10, 0, 90, A::Right},
        {QStringLiteral("wal"), QStringLiteral("wal"), 10, 0, 80, A::Right},
        {QStringLiteral("freelist"), QStringLiteral("freelist"), 10, 0, 50, A::Right},
        {QStringLiteral("pages"), QStringLiteral("pages"), 9, 0, 40, A::Right},
        {QStringLiteral("pgsize"), QStringLiteral("pgsize"), 6, 0, 20, A::Right},
        {QStringLiteral("mode"), QStringLiteral("mode"), 8, 0, 60, A::Left},
        {QStringLiteral("frames"), QStringLiteral("frames"), 7, 0, 30, A::Right},
        {QStringLiteral("written"), QStringLiteral("written"), 7, 0, 70, A::Right},
        {QStringLiteral("wr1m%"), QStringLiteral("wr1m%"), 6, 0, 45, A::Right},
        {QStringLiteral("checkpoint"), QStringLiteral("checkpoint"), 12, 0, 35, A::Left},
        {QStringLiteral("integrity"), QStringLiteral("integrity"), 0, 8, 55, A::Left},
    };
    return columns;
}

ExitCode runSqliteWatch(CommandLine &cli, const SqliteWatchSettings &settings)
{
    // The CLI runs the worker on its main thread: it has nothing else to do.
    SqliteMonitorWorker worker(settings.path);
    worker.setIntervalMs(int(settings.intervalSeconds * 1000));

    QTextStream &out = cli.out();
    QTextStream &err = cli.err();
    bool headerShown = false;
    const CliTable table(sqliteWatchColumns(), settings.style);
    QObject::connect(&worker, &MonitorWorker::sqliteSampled, &worker, [&](const SqliteSample &s) {
        if (settings.jsonl) {
            out << QJsonDocument(toJson(settings.path, s)).toJson(QJsonDocument::Compact) << '\n';
        } else {
            if (!headerShown)
                out << table.headerLine();
            headerShown = true;
            out << table.rowLine(tableCells(s));
            if (!s.pagesRead && !settings.style.csv)
                err << fitLines(QStringLiteral("note: ") + s.pagesProblem, settings.style.width) << '\n';
        }
        out.flush();
        err.flush();
    });

    return runWatchLoop(worker, settings.durationSeconds, err,
                        {QStringLiteral("cannot read ") + settings.label, QStringLiteral("file unreadable"),
                         QStringLiteral("file readable again")});
}

} // namespace dbpulse::cli
