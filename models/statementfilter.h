#pragma once

#include <QSortFilterProxyModel>

namespace dbpulse {

/// \brief The Queries page's view of a StatementModel: statements whose text contains the search
/// text (setFilterFixedString(), case-insensitive) and, when one is chosen, that ran in one
/// database. GUI thread.
class StatementFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit StatementFilter(QObject *parent = nullptr);

    /// Only statements of \a database; empty: every database's.
    void setDatabase(const QString &database);
    QString database() const { return m_database; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_database;
};

} // namespace dbpulse
