#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace dbpulse::cli {

/// An age cell: "12.3 s", or empty when it is not known.
QString secondsCell(const std::optional<double> &seconds);

/// \brief A plain-text table for a terminal: fixed-width columns and a last column that takes
/// what is left of \a width (cut with "…"), so a row fits an 80-column ssh session; \a width 0
/// (--wide) cuts nothing. Newlines in cells become spaces, other control characters U+FFFD.
class CliTable
{
public:
    /// \a headers name the columns; \a widths give all but the last one's width.
    CliTable(const QStringList &headers, const QList<int> &widths, int width);

    void addRow(const QStringList &cells);
    QString text() const;

private:
    QString line(const QStringList &cells) const;

    QStringList m_headers;
    QList<int> m_widths;
    int m_width;
    QList<QStringList> m_rows;
};

} // namespace dbpulse::cli
