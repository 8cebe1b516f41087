#pragma once

#include "core/jobs/jobslot.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace dbpulse {

class ServerContexts;
class BackendModel;
class TableTools;

/// \brief The server's client sessions (pg_stat_activity) with cancel query / terminate session
/// after a confirmation naming the pid and its query. The list is read by a one-shot connection
/// on a pool thread, every few seconds while visible. GUI thread.
class BackendView : public QWidget
{
    Q_OBJECT
public:
    explicit BackendView(ServerContexts *servers, QWidget *parent = nullptr);

    void setCurrentKey(const QString &key);
    void refresh();
    BackendModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    TableTools *tableTools() const { return m_tools; }
    /// Skips the confirmation dialog (tests).
    void setConfirmationsEnabled(bool enabled) { m_confirm = enabled; }
    /// Cancels (or terminates) the backend in proxy row \a row after confirming.
    void signalSelected(bool terminate);

Q_SIGNALS:
    void refreshed();
    void signalled(int pid, const QString &error);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void updateButtons();

    ServerContexts *m_servers;
    QString m_key;
    BackendModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    TableTools *m_tools;
    QLabel *m_status;
    QPushButton *m_refresh;
    QPushButton *m_cancel;
    QPushButton *m_terminate;
    QTimer *m_timer;
    JobSlot m_listJob;   ///< the sessions list on its way
    JobSlot m_signalJob; ///< cancel or terminate of the selected backend
    bool m_confirm = true;
};

} // namespace dbpulse
