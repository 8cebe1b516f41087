#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace dbpulse {

/// \brief The outcome of one statement: rows converted to QVariant (int/double/bool/string by
/// the column's type), or an error with libpq's message and SQLSTATE. Value type, any thread.
struct QueryResult
{
    bool ok = false;
    QString error;      ///< libpq/server message when !ok
    QString sqlState;   ///< e.g. "57014" (query_canceled); empty when unknown
    QStringList columns;
    QList<QVariantList> rows;
    qint64 rowsAffected = 0;

    int columnIndex(const QString &name) const { return columns.indexOf(name); }
    QVariant value(int row, const QString &column) const
    {
        const int c = columnIndex(column);
        return (row >= 0 && row < rows.size() && c >= 0) ? rows.at(row).at(c) : QVariant();
    }
};

} // namespace dbpulse
