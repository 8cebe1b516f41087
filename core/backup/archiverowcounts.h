#pragma once

#include "core/jobs/jobcontext.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QMap>
#include <QString>

#include <optional>

namespace dbpulse {

/// \brief Counts the rows of every COPY block in a SQL script as pg_restore prints it, fed in
/// chunks of any size: ("schema.table", rows) keyed like pgTableRowCountSql(). Rows are lines: COPY's
/// text format escapes newlines inside values, so each data line is one row and "\." ends the block.
/// Keeps only the start of the current line, so memory stays flat for rows of any length. Pure.
class CopyRowCounter
{
public:
    void feed(QByteArrayView chunk);
    /// The counts once everything was fed; nullopt with \a error when the script ended inside a
    /// COPY block or named a table it could not parse.
    std::optional<QMap<QString, qint64>> finish(QString *error) const;

    /// "schema.table" from a `COPY schema.table (…) FROM stdin;` line (identifiers as pg_dump
    /// quotes them); empty when the line is not one.
    static QString copyTarget(QByteArrayView line);

private:
    void endLine();

    QMap<QString, qint64> m_counts;
    QString m_table;            ///< the COPY block we are in, or empty outside one
    QByteArray m_line;          ///< the current line's start (all of a COPY statement, else a few bytes)
    bool m_lineCapped = false;  ///< m_line stopped growing: the line is data or not a COPY statement
    QString m_error;
};

/// \brief The rows per table of the archive \a archive as pg_restore \a pgRestore reads them back
/// (`--data-only --file=-`, streamed through CopyRowCounter): what a restore of it must produce.
/// The archive's checksums make these as trustworthy as counts recorded at backup time, without
/// reading the source tables a second time while pg_dump runs. Blocking: worker threads only.
std::optional<QMap<QString, qint64>> countArchiveRows(const QString &pgRestore, const QString &archive,
                                                      const JobContext &ctx, QString *error);

} // namespace dbpulse
