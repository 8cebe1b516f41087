#pragma once

#include "core/advisor/indexadvisor.h"

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
/// the advice with its DDL (copyable, never run from here). GUI thread.
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

    ConnectionController *m_controller;
    IndexRecommendationModel *m_model;
    QLabel *m_status;
    QPushButton *m_analyze;
    QPushButton *m_cancel;
    QPushButton *m_copy;
    QTableView *m_table;
    QPlainTextEdit *m_detail;
    QString m_key;
    QString m_analyzedKey; ///< analysis runs by itself once per server when the page is shown
    QFuture<AdvisorReport> m_work; ///< the pool task itself (not its GUI-thread continuation)
    bool m_running = false; ///< m_work is still "running" inside its own continuation
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    quint64 m_generation = 0; ///< drops results of a run started for another server or superseded
};

} // namespace dbpulse
