#pragma once

#include "core/jobs/jobslot.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;
class QTreeView;

namespace dbpulse {

class ServerContexts;
class PlanModel;

/// \brief EXPLAIN / EXPLAIN ANALYZE of one statement as a plan tree; nodes whose row estimate is
/// off by 10× or more are highlighted. ANALYZE runs inside BEGIN … ROLLBACK with a statement
/// timeout, on a pool thread. GUI thread.
class PlanView : public QWidget
{
    Q_OBJECT
public:
    explicit PlanView(ServerContexts *servers, QWidget *parent = nullptr);

    void setCurrentKey(const QString &key);
    /// The statement the buttons explain (empty disables them), and the database it ran in
    /// (empty: the server's own target database), where EXPLAIN runs.
    void setStatement(const QString &sql, const QString &database = {});
    void explain(bool analyze);
    PlanModel *model() const { return m_model; }
    QString statusText() const;

Q_SIGNALS:
    void explained(const QString &error);

private:
    ServerContexts *m_servers;
    QString m_key;
    QString m_sql;
    QString m_database;
    PlanModel *m_model;
    QPushButton *m_explain;
    QPushButton *m_analyze;
    QSpinBox *m_timeout;
    QLabel *m_status;
    QTreeView *m_tree;
    JobSlot m_job; ///< the EXPLAIN running; a new statement or server cancels it
};

} // namespace dbpulse
