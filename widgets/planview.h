#pragma once

#include "core/advisor/explainparameters.h"
#include "core/jobs/jobslot.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;
class QTreeView;

namespace dbpulse {

class TableTools;
class ServerContexts;
class PlanModel;
class PlanParametersForm;

/// \brief EXPLAIN / EXPLAIN ANALYZE of one statement as a plan tree; nodes whose row estimate is
/// off by 10× or more are highlighted. ANALYZE runs inside BEGIN … ROLLBACK with a statement
/// timeout, on a pool thread. A normalised statement ($1, $2 …) gets a form for its parameters'
/// values (remembered per server, database and statement while the application runs, never
/// saved); which parameters were NULL is said above the plan. GUI thread.
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
    PlanParametersForm *parametersForm() const { return m_parameters; }
    QString statusText() const;
    /// "$2 was NULL: the plan may differ from real executions." for the plan shown; empty when none.
    QString nullNoteText() const;

Q_SIGNALS:
    void explained(const QString &error);
    /// The server told the parameters' types (\a error when it could not).
    void parametersDescribed(const QString &error);

private:
    QString statementKey() const;
    void showParameters();
    void describeParameters();
    void rememberTypes(const QList<ExplainParameter> &described);
    QString confirmationParameters() const;

    ServerContexts *m_servers;
    QString m_key;
    QString m_sql;
    QString m_database;
    PlanModel *m_model;
    QPushButton *m_explain;
    QPushButton *m_analyze;
    QSpinBox *m_timeout;
    QLabel *m_status;
    PlanParametersForm *m_parameters;
    QLabel *m_nullNote;
    QTreeView *m_tree;
    TableTools *m_tools;
    /// Values and types per statementKey(), for this run of the application only: a value may be
    /// a customer's e-mail address, so it is never written anywhere.
    QHash<QString, QList<ExplainParameter>> m_remembered;
    JobSlot m_job;      ///< the EXPLAIN running; a new statement or server cancels it
    JobSlot m_describe; ///< the parameter types being looked up
};

} // namespace dbpulse
