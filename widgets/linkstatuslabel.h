#pragma once

#include <QLabel>

namespace dbpulse {

class ServerRegistry;

/// \brief Status-bar text saying whether the selected connection's link is encrypted:
/// "TLS (TLSv1.3, …)", "unencrypted", or "⚠ unencrypted" in warning colour with the warning as
/// tooltip when the link leaves this machine in clear. Empty unless connected. GUI thread.
class LinkStatusLabel : public QLabel
{
    Q_OBJECT
public:
    explicit LinkStatusLabel(ServerRegistry *servers, QWidget *parent = nullptr);

    void setCurrentKey(const QString &key);

private:
    void refresh();

    ServerRegistry *m_servers;
    QString m_key;
};

} // namespace dbpulse
