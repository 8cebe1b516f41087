#pragma once

#include <QLabel>

namespace dbpulse {

class ServerRegistry;

/// \brief Status-bar text for the selected connection: "name: connected",
/// "name: reconnecting in 4 s (attempt 2): <error>", "name: failed: <error>". GUI thread.
class ConnectionStatusLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ConnectionStatusLabel(ServerRegistry *servers, QWidget *parent = nullptr);

    void setCurrentKey(const QString &key);

private:
    void refresh();

    ServerRegistry *m_servers;
    QString m_key;
};

} // namespace dbpulse
