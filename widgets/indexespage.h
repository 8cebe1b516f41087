#pragma once

#include "core/advisor/indexadvisor.h"
#include "core/advisor/indexmigration.h"
#include "core/db/sandboxsetup.h"
#include "core/jobs/jobslot.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace dbpulse {

class ServerContexts;
class IndexRecommendationModel;
class TableTools;
struct IndexRecommendation;

/// \brief The Indexes page: runs the index advisor as a Job for the selected server and shows
/// the advice with its DDL — copy it, save it as a migration into the Migrations page's folder, or
/// apply it after a confirmation (ApplyIndexDialog). Indexes applied from here check themselves: their
/// statements' latency after vs before is shown below the advice. GUI thread.
class IndexesPage : public QWidget
{
    Q_OBJECT
public:
    explicit IndexesPage(ServerContexts *servers, QWidget *parent = nullptr);
    ~IndexesPage() override;

    void setCurrentKey(const QString &key);
    void analyze();

protected:
    void showEvent(QShowEvent *event) override;

private:
    const IndexRecommendation *selected() const;
    void analyzeOnce();
    void showSelected();
    void updateButtons();
    void cancelRunning();
    void applySelected();
    void saveSelectedAsMigration();
    void checkApplied();
    void setUpSandbox();

    ServerContexts *m_servers;
    IndexRecommendationModel *m_model;
    QLabel *m_status;
    QLabel *m_runInfo; ///< when the shown advice was read and the usage window it judged
    QPushButton *m_analyze;
    QPushButton *m_cancel;
    QPushButton *m_copy;
    QPushButton *m_saveMigration;
    QPushButton *m_apply;
    QPushButton *m_setUpSandbox; ///< shown when the advisor had no sandbox to plan in
    QTableView *m_table;
    TableTools *m_tools;
    QPlainTextEdit *m_detail;
    QPlainTextEdit *m_checks; ///< applied indexes: latency after vs before
    QString m_key;
    QString m_analyzedKey; ///< analysis runs by itself once per server when the page is shown
    JobSlot m_analysis;     ///< the advisor run for m_key
    JobSlot m_check;        ///< before/after comparison of applied indexes
    bool m_checkAgain = false; ///< checkApplied() asked for while one ran
    JobSlot m_save;         ///< writing a migration file
    JobSlot m_sandboxSetup; ///< creating the sandbox role
};

} // namespace dbpulse
