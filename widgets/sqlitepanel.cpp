#include "widgets/sqlitepanel.h"

#include "core/io/datasize.h"

#include "models/sqlitehistory.h"
#include "models/statustext.h"
#include "widgets/themedstyle.h"
#include "widgets/timeserieschart.h"

#include <QChart>
#include <QDateTime>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <algorithm>
#include <climits>

namespace dbpulse {

namespace {

constexpr qint64 windowMs = 5 * 60 * 1000;
constexpr double mebibyte = 1024.0 * 1024.0;

QString ago(const QDateTime &then, const QDateTime &now)
{
    return SqlitePanel::tr("%1 (%2 ago)")
        .arg(QLocale().toString(then, QLocale::ShortFormat), formatDuration(std::max<qint64>(0, then.secsTo(now))));
}

QString walText(const SqliteSample &s)
{
    if (s.walBytes < 0)
        return s.isWal() ? SqlitePanel::tr("no -wal file (no connection has it open)")
                         //: %1 is SQLite's journal_mode: rollback (the default), delete, truncate, persist, memory, off
                         : SqlitePanel::tr("none (%1 journal)").arg(s.journalMode.isEmpty() ? QStringLiteral("rollback") : s.journalMode);
    if (s.walFrames < 0)
        return formatDataSize(s.walBytes, QLocale());
    return SqlitePanel::tr("%1 · %n frame(s) in the file", nullptr, int(std::min<qint64>(s.walFrames, INT_MAX)))
        .arg(formatDataSize(s.walBytes, QLocale()));
}

QString checkpointText(const SqliteSample &s)
{
    if (!s.isWal())
        return SqlitePanel::tr("does not apply (not in WAL mode)");
    if (!s.checkpointSeenAt.isValid())
        return SqlitePanel::tr("none seen since monitoring began");
    return SqlitePanel::tr("last seen %1").arg(ago(s.checkpointSeenAt, s.sampledAt));
}

QString integrityText(const SqliteSample &s)
{
    if (!s.integrity)
        return SqlitePanel::tr("never run by DB Pulse — the Health page's check runs it");
    const SqliteIntegrityRecord &r = *s.integrity;
    return r.ok ? SqlitePanel::tr("ok, %1").arg(ago(r.checkedAt, s.sampledAt))
                : SqlitePanel::tr("FAILED %1: %2").arg(ago(r.checkedAt, s.sampledAt), r.summary);
}

QString writesText(const SqliteSample &s)
{
    if (!s.hasInterval())
        return SqlitePanel::tr("measuring…");
    QString text = s.written ? SqlitePanel::tr("written in the last interval") : SqlitePanel::tr("idle in the last interval");
    if (s.writtenPercentLastMinute)
        text += QStringLiteral(" · ") + SqlitePanel::tr("written during %1 % of the last minute").arg(*s.writtenPercentLastMinute, 0, 'f', 0);
    return text;
}

} // namespace

SqlitePanel::SqlitePanel(QWidget *parent)
    : QWidget(parent)
    , m_note(new QLabel(this))
    , m_sizes(new TimeSeriesChart(tr("File sizes, MiB"),
                                  {{tr("database file"), ThemeRole::SeriesBlue},
                                   {tr("WAL file"), ThemeRole::SeriesOrange},
                                   {tr("free pages"), ThemeRole::SeriesPurple}}, this))
    , m_writes(new TimeSeriesChart(tr("Write activity: time with writes, %"),
                                   {{tr("intervals that saw a write"), ThemeRole::SeriesRed}}, this))
{
    setObjectName(QStringLiteral("sqlitePanel"));
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(16);
    m_file = addFigure(grid, 0, QStringLiteral("file"), tr("Database file"));
    m_wal = addFigure(grid, 1, QStringLiteral("wal"), tr("WAL file"));
    m_freelist = addFigure(grid, 2, QStringLiteral("freelist"), tr("Free pages"));
    m_pages = addFigure(grid, 3, QStringLiteral("pages"), tr("Pages"));
    m_journal = addFigure(grid, 4, QStringLiteral("journal"), tr("Journal mode"));
    m_checkpoint = addFigure(grid, 5, QStringLiteral("checkpoint"), tr("Checkpoint"));
    m_integrity = addFigure(grid, 6, QStringLiteral("integrity"), tr("Last integrity check"));
    m_written = addFigure(grid, 7, QStringLiteral("writes"), tr("Writes"));

    m_note->setWordWrap(true);
    setTextRole(m_note, ThemeRole::SecondaryText);
    m_note->setText(tr("Read without writing the file. SQLite tells a reader whether the file changed, not how "
                       "many transactions committed, so each interval counts as written or not. WAL frames are "
                       "what the -wal file holds; SQLite reuses it after a checkpoint, and a checkpoint is seen "
                       "when the database file itself changes."));
    m_sizes->setUnit(QStringLiteral(" MiB"), 2);
    m_writes->setUnit(QStringLiteral(" %"), 0);

    auto *charts = new QHBoxLayout;
    charts->addWidget(m_sizes);
    charts->addWidget(m_writes);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(grid);
    layout->addWidget(m_note);
    layout->addLayout(charts, 1);
}

QLabel *SqlitePanel::addFigure(QGridLayout *grid, int index, const QString &name, const QString &caption)
{
    // Two columns of caption/value pairs.
    const int row = index % 4;
    const int column = (index / 4) * 2;
    auto *captionLabel = new QLabel(caption + QLatin1Char(':'), this);
    setTextRole(captionLabel, ThemeRole::SecondaryText);
    auto *value = new QLabel(QStringLiteral("—"), this);
    value->setObjectName(QStringLiteral("sqliteFigure_") + name);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    grid->addWidget(captionLabel, row, column);
    grid->addWidget(value, row, column + 1);
    grid->setColumnStretch(column + 1, 1);
    return value;
}

QString SqlitePanel::figure(const QString &name) const
{
    const auto *label = findChild<QLabel *>(QStringLiteral("sqliteFigure_") + name);
    return label ? label->text() : QString();
}

void SqlitePanel::refresh(const SqliteHistory *history, qint64 nowMs)
{
    if (history && !history->isEmpty())
        updateFigures(*history);
    if (isVisible())
        updateCharts(history, nowMs);
}

void SqlitePanel::updateFigures(const SqliteHistory &history)
{
    const SqliteSample &s = history.latest();
    m_file->setText(formatDataSize(s.fileBytes, QLocale()));
    m_wal->setText(walText(s));
    if (s.pagesRead) {
        const double pct = s.pageCount > 0 ? 100.0 * double(s.freelistCount) / double(s.pageCount) : 0;
        m_freelist->setText(tr("%1 (%n page(s), %2 % of the file)", nullptr, int(std::min<qint64>(s.freelistCount, INT_MAX)))
                                .arg(formatDataSize(s.freelistBytes(), QLocale()))
                                .arg(pct, 0, 'f', 1));
        m_pages->setText(tr("%1 × %2 bytes").arg(QLocale().toString(s.pageCount), QLocale().toString(s.pageSize)));
        m_journal->setText(s.journalMode);
    } else {
        for (QLabel *l : {m_freelist, m_pages, m_journal})
            l->setText(tr("not read this time: %1").arg(s.pagesProblem));
    }
    m_checkpoint->setText(checkpointText(s));
    m_integrity->setText(integrityText(s));
    if (s.integrity && !s.integrity->ok)
        setTextRole(m_integrity, ThemeRole::CriticalText);
    else
        setThemedStyleSheet(m_integrity, {});
    m_written->setText(writesText(s));
}

void SqlitePanel::updateCharts(const SqliteHistory *history, qint64 nowMs)
{
    const qint64 from = nowMs - windowMs;
    using M = SqliteHistory;
    const int pixels = std::max(50, int(m_sizes->chart()->plotArea().width()));
    double top = 0;
    const QList<M::Metric> sizes{M::FileBytes, M::WalBytes, M::FreelistBytes};
    for (int line = 0; line < sizes.size(); ++line) {
        QList<QList<QPointF>> segments = history ? history->segments(sizes.at(line), from, nowMs, pixels)
                                                 : QList<QList<QPointF>>();
        for (QList<QPointF> &segment : segments) {
            for (QPointF &p : segment) {
                p.setY(p.y() / mebibyte);
                top = std::max(top, p.y());
            }
        }
        m_sizes->setSegments(line, segments);
    }
    m_sizes->setRange(from, nowMs, std::max(top, 0.01));
    m_writes->setSegments(0, history ? history->segments(M::WrittenPercent, from, nowMs, pixels)
                                     : QList<QList<QPointF>>());
    m_writes->setRange(from, nowMs, 100.0 / 1.15);
}

} // namespace dbpulse
