#pragma once

#include "core/db/connectparams.h"
#include "core/db/linksecurity.h"
#include "core/db/pgsession.h"
#include "core/db/queryresult.h"

#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QVariantList>
#include <functional>
#include <optional>

struct pg_conn;
class QSocketNotifier;
class QTimer;

namespace dbpulse {

/// \brief One PGconn driven by libpq's asynchronous API from the owning thread's event loop.
///
/// Never blocks on the network: connecting uses PQconnectStartParams/PQconnectPoll and queries
/// PQsendQueryParams, both woken by QSocketNotifiers. Statements are queued and run one at a
/// time. Lives in (and must only be used from) the thread that created it — normally a
/// ServerWorker's thread. A lost connection is reported once through lost(); reconnecting is
/// the owner's decision.
class PgConnection : public QObject
{
    Q_OBJECT
public:
    using ResultHandler = std::function<void(const QueryResult &)>;

    explicit PgConnection(QObject *parent = nullptr);
    ~PgConnection() override;

    /// Starts connecting; emits opened() or openFailed(). Closes any previous connection first.
    void open(const ConnectParams &params);
    /// Drops the connection; pending handlers are called with an error.
    void close();
    bool isOpen() const;
    /// Whether the open connection is encrypted (core/db/linksecurity.h).
    LinkSecurity linkSecurity() const;

    /// Queues a statement; $1, $2 … take params (sent as text). The handler runs on this thread.
    void exec(const QString &sql, const QVariantList &params, ResultHandler handler);
    void exec(const QString &sql, ResultHandler handler) { exec(sql, {}, std::move(handler)); }

    /// How many statements exec() has queued on this object since it was created (across
    /// reconnects): each is one transaction of ours, which the monitor leaves out of the rates.
    qint64 statementCount() const { return m_statementCount; }

    /// Asks the server to cancel the running statement (PQcancel); its handler gets SQLSTATE 57014.
    void cancel();

    int serverVersion() const;   ///< e.g. 150018; 0 when not connected
    QString host() const;
    QString port() const;
    QString database() const;
    QString user() const;
    int backendPid() const;

Q_SIGNALS:
    void opened();
    /// \a retryable is false when trying again cannot help (bad password, no such database/role).
    void openFailed(const QString &error, bool retryable);
    /// The connection broke while open (server stopped, network gone).
    void lost(const QString &error);

private:
    struct Pending
    {
        QString sql;
        QVariantList params;
        ResultHandler handler;
    };

    /// The hardened session's options for our ConnectParams (purpose Monitor).
    SessionOptions sessionOptions() const;
    void pollConnect();
    void failConnect(const QString &error, bool retryable);
    void finishSetup();
    void startNext();
    void onReadable();
    void onWritable();
    void flushOutput();
    void collectResults();
    void breakConnection(const QString &error);
    void resetNotifiers();
    void watchSocket(bool read, bool write);
    void failAllPending(const QString &error);
    QString connectionError() const;

    pg_conn *m_conn = nullptr;
    ConnectParams m_params;
    enum class Phase { Closed, Connecting, Setup, Ready } m_phase = Phase::Closed;
    int m_socket = -1;
    QSocketNotifier *m_readNotifier = nullptr;  // children; replaced via deleteLater
    QSocketNotifier *m_writeNotifier = nullptr;
    QTimer *m_connectTimer = nullptr;
    QQueue<Pending> m_queue;
    std::optional<Pending> m_running;
    QueryResult m_partial;
    qint64 m_statementCount = 0;
};

} // namespace dbpulse
