#include "models/backendmodel.h"

#include "models/statustext.h"
#include "models/theme.h"

#include <QColor>
#include <QLocale>

namespace dbpulse {

namespace {
QString duration(const std::optional<double> &seconds)
{
    if (!seconds)
        return {};
    if (*seconds < 60)
        return QLocale().toString(*seconds, 'f', 1) + QStringLiteral(" s");
    return formatDuration(qint64(*seconds));
}
} // namespace

BackendModel::BackendModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int BackendModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BackendModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const BackendRow *BackendModel::sessionAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QVariant BackendModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BackendRow &s = m_rows.at(index.row());
    // Duration: the running statement if any, else the open transaction.
    const std::optional<double> age = s.querySeconds ? s.querySeconds : s.transactionSeconds;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case PidColumn:
            return s.pid;
        case UserColumn:
            return s.user;
        case DatabaseColumn:
            return s.database;
        case ApplicationColumn:
            return s.application;
        case StateColumn:
            return s.state;
        case WaitColumn:
            return s.waitEvent;
        case DurationColumn:
            return duration(age);
        case QueryColumn:
            return s.query.left(300).simplified();
        }
        return {};
    case SortRole:
        if (index.column() == DurationColumn)
            return age.value_or(-1);
        if (index.column() == PidColumn)
            return s.pid;
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        return index.column() == QueryColumn ? QVariant(s.query.left(2000)) : QVariant();
    case Qt::ForegroundRole:
        return s.isOurs ? QVariant(theme::color(ThemeRole::OwnSessionText)) : QVariant();
    case Qt::BackgroundRole:
        if (s.state == QLatin1String("idle in transaction") && s.transactionSeconds.value_or(0) > 60)
            return theme::color(ThemeRole::WarningBackground);
        return {};
    case PidRole:
        return s.pid;
    case FullQueryRole:
        return s.query;
    case BackendStartRole:
        return s.backendStart;
    }
    return {};
}

QVariant BackendModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PidColumn:
        return tr("PID");
    case UserColumn:
        return tr("User");
    case DatabaseColumn:
        return tr("Database");
    case ApplicationColumn:
        return tr("Application");
    case StateColumn:
        return tr("State");
    case WaitColumn:
        //: Column: the wait event a session waits for (pg_stat_activity.wait_event)
        return tr("Waiting for");
    case DurationColumn:
        //: Column: how long the session's current query has been running
        return tr("Running");
    case QueryColumn:
        return tr("Query");
    }
    return {};
}

void BackendModel::setSessions(const QList<BackendRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

} // namespace dbpulse
