#pragma once

#include "exitcode.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

class QCommandLineParser;
class QCommandLineOption;

namespace dbpulse::cli {

class CommandLine;

/// An age cell: "12.3 s", or empty when it is not known.
QString secondsCell(const std::optional<double> &seconds);

/// \a text as one terminal-safe line: line breaks and tabs become spaces, every other control
/// character (ESC, BEL, C1 controls) U+FFFD. Every cell and every line of text that may carry what
/// another role wrote (queries, names, application_name, settings) passes here before a terminal.
QString terminalSafe(const QString &text);

/// \a text (several lines) fitted to \a width display columns: each line made terminal-safe and
/// wrapped at spaces, continuation lines indented two more than the line they continue; a word
/// longer than the line is cut with "…". \a width 0 (--wide) only makes the lines safe.
QString fitLines(const QString &text, int width);

/// The number of terminal columns \a text takes (wide East Asian characters take two).
int displayWidth(const QString &text);

/// One column of a CliTable.
struct CliColumn
{
    enum class Align { Left, Right };

    QString key;      ///< the name --columns takes (lower case)
    QString header;   ///< what the table's first line says
    int width = 0;    ///< its width when the table fits; 0: as wide as its widest cell (a free text)
    int minWidth = 0; ///< the narrowest it may be cut to ("…"); 0 or ≥ width: never cut, only dropped
    int importance = 0; ///< when a table is too wide, the least important is cut, then dropped first
    Align align = Align::Left;
};

/// How a table is printed: what --columns, --wide and --format csv asked for.
struct TableStyle
{
    int width = 80;        ///< display columns to fit; 0 (--wide): everything, nothing cut
    bool csv = false;      ///< RFC 4180 CSV: every chosen column, header line first, nothing cut
    QStringList columns;   ///< --columns: these, in this order, never dropped; empty: all that fit
};

/// \brief The CLI's one table formatter (sessions, locks, watch, backups list, doctor's findings).
///
/// By default a table fits 80 display columns, an ssh session's terminal: columns too wide are cut
/// with "…" (least important first, down to their minimum), then the least important are dropped;
/// the most important one (the key) is never dropped. TableStyle asks for exactly some columns
/// (--columns), everything uncut (--wide), or CSV (--format csv). Every cell passes
/// terminalSafe(): text another role wrote never moves the cursor or retitles the terminal.
///
/// A table whose columns all have a width can be printed row by row as rows arrive (watch):
/// headerLine() and rowLine(). One with free-text columns is laid out from all its rows: text().
class CliTable
{
public:
    CliTable(const QList<CliColumn> &columns, const TableStyle &style);

    /// The column keys, for --columns' help and error.
    QStringList keys() const { return keysOf(m_columns); }
    /// The keys of \a columns, in order: what --columns takes.
    static QStringList keysOf(const QList<CliColumn> &columns);
    /// Checks \a style's --columns against \a columns: empty, or what is wrong.
    static QString checkColumns(const QList<CliColumn> &columns, const TableStyle &style);

    void addRow(const QStringList &cells);
    /// The header and every row added, laid out over all of them.
    QString text() const;

    /// Row by row, laid out from the columns' widths alone (free-text columns take what is left).
    QString headerLine() const;
    QString rowLine(const QStringList &cells) const;

private:
    struct Shown
    {
        int column; ///< index into m_columns
        int width;  ///< 0: unbounded (wide)
    };
    QList<Shown> layout(const QList<int> &natural) const;
    QList<int> naturalWidths(const QList<QStringList> &rows) const;
    QString line(const QList<Shown> &shown, const QStringList &cells) const;
    QString csvLine(const QStringList &cells) const;

    QList<CliColumn> m_columns;
    TableStyle m_style;
    QList<int> m_chosen; ///< indexes of the columns to consider, in output order
    QList<QStringList> m_rows;
};

/// \brief --format, --columns and --wide, the same for every command that prints a table.
class TableOptions
{
public:
    /// Adds the options to \a parser; \a formats are the non-table formats the command also has
    /// ("jsonl", "json", "markdown"…), \a columnKeys what --columns takes.
    TableOptions(QCommandLineParser &parser, const QStringList &formats, const QStringList &columnKeys,
                 const QString &tableFormat = QStringLiteral("table"));

    /// Reads them after parsing: the style, and in \a format the format's name; or the exit code
    /// after a bad value (printed).
    std::optional<ExitCode> read(CommandLine &cli, const QList<CliColumn> &columns, TableStyle *style, QString *format) const;

private:
    QStringList m_formats;
    QString m_tableFormat;
    QString m_formatName, m_columnsName, m_wideName;
};

} // namespace dbpulse::cli
