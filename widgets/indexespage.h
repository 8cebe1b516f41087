#pragma once

#include "core/advisor/indexadvisor.h"
#include "core/advisor/indexmigration.h"

#include <QFuture>
#include <QWidget>
#include <atomic>
#include <memory>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace dbpulse {

class ConnectionController;
class IndexRecommendationModel;

/// \brief The Indexes page: runs the index advisor on a pool thread for the selected server and shows
/// the advice with its DDL — copy it, save it as a migration into the Migrations page's folder, or
/// apply it after a confirmation (ApplyIndexDialog). Indexes applied from here check themselves: their
/// statements' latency after vs before is shown below the advice. GUI thread.
class IndexesPage : public QWidget
{
    Q_OBJECT
public:
    explicit IndexesPage(ConnectionController *controller, QWidget *parent = nullptr);
    ~IndexesPage() override;

    void setCurrentKey(const QString &key);
    void analyze();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void analyzeOnce();
    void showSelected();
    void updateButtons();
    void cancelRunning();
    void applySelected();
    void saveSelectedAsMigration();
    void checkApplied();

    ConnectionController *m_controller;
    IndexRecommendationModel *m_model;
    QLabel *m_status;
    QPushButton *m_analyze;
    QPushButton *m_cancel;
    QPushButton *m_copy;
    QPushButton *m_saveMigration;
    QPushButton *m_apply;
    QTableView *m_table;
    QPlainTextEdit *m_detail;
    QPlainTextEdit *m_checks; ///< applied indexes: latency after vs before
    QString m_key;
    QString m_analyzedKey; ///< analysis runs by itself once per server when the page is shown
    QFuture<AdvisorReport> m_work; ///< the pool task itself (not its GUI-thread continuation)
    bool m_running = false; ///< m_work is still "running" inside its own continuation
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    quint64 m_generation = 0; ///< drops results of a run started for another server or superseded
    QFuture<QString> m_checkWork;      ///< before/after comparison on the pool
    quint64 m_checkGeneration = 0;
    bool m_checkAgain = false; ///< checkApplied() asked for while one ran
    QFuture<IndexMigrationFiles> m_saveWork;
};

} // namespace dbpulse
