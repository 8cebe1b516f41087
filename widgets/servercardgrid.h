#pragma once

#include "core/db/connectionstate.h"
#include "models/servergroups.h"

#include <QFrame>
#include <QMap>
#include <optional>

class QGridLayout;
class QLabel;
class QTimer;

namespace dbpulse {

class LiveLabel;
class ServerRegistry;
struct Freshness;

/// \brief One live connection in a compact card: name, state dot, link encryption, and its
/// database's connections (against its own CONNECTION LIMIT when it has one), transactions/s,
/// p95 and cache hit. A card alone on its server adds the server's connections against
/// max_connections; in a server group the group's header shows those once. Clicking it selects
/// that connection. GUI thread.
class ServerCard : public QFrame
{
    Q_OBJECT
public:
    ServerCard(const QString &key, QWidget *parent = nullptr);
    QString key() const { return m_key; }
    void update(const ServerRegistry *servers);
    /// Whether the card shows its server's figures too (it is alone on its server).
    void setShowsServer(bool showsServer);
    void setSelected(bool selected);
    QString summary() const; ///< the card's text, for tests and accessibility

Q_SIGNALS:
    void clicked(const QString &key);

protected:
    void mousePressEvent(QMouseEvent *event) override;

private:
    void updateLink(const ServerRegistry *servers, ConnectionState state, const Freshness &freshness);

    QString m_key;
    QLabel *m_name;
    QLabel *m_link;   // whether the link is encrypted; warning-styled when it leaves the machine in clear
    QLabel *m_values;
    bool m_showsServer = true;
    bool m_sized = false;
    std::optional<bool> m_selected; // none until styled
};

/// \brief The header of a server group in the card grid: where the server is and its figures
/// (connections against max_connections, transactions/s, WAL/s, uptime), once for all its
/// databases' cards. Clicking it selects the server view. GUI thread.
class ServerGroupHeader : public QFrame
{
    Q_OBJECT
public:
    explicit ServerGroupHeader(const QString &groupId, QWidget *parent = nullptr);
    QString groupId() const { return m_groupId; }
    void update(const ServerRegistry *servers, const ServerGroup &group);
    void setSelected(bool selected);
    QString summary() const;

Q_SIGNALS:
    void clicked(const QString &groupId);

protected:
    void mousePressEvent(QMouseEvent *event) override;

private:
    QString m_groupId;
    LiveLabel *m_text;
    std::optional<bool> m_selected; // none until styled
};

/// \brief The live connections side by side: a grid of ServerCards, those of one server under
/// its ServerGroupHeader, shown only while more than one connection is live. GUI thread.
class ServerCardGrid : public QWidget
{
    Q_OBJECT
public:
    explicit ServerCardGrid(ServerRegistry *servers, QWidget *parent = nullptr);

    void setCurrentKey(const QString &key);
    /// Highlights the header of server group \a groupId (empty: none).
    void setCurrentServer(const QString &groupId);
    /// Re-reads every card's numbers (called by the dashboard's chart tick).
    void refresh();
    int cardCount() const { return int(m_cards.size()); }
    ServerCard *card(const QString &key) const { return m_cards.value(key); }
    int groupCount() const { return int(m_headers.size()); }
    ServerGroupHeader *groupHeader(const QString &groupId) const { return m_headers.value(groupId); }
    /// The server groups as laid out (lone connections as groups without an id).
    const QList<ServerGroup> &groups() const { return m_groups; }

Q_SIGNALS:
    void serverSelected(const QString &key);
    void serverGroupSelected(const QString &groupId);

private:
    void rebuild();
    /// Rebuilds when the live connections or their groups changed.
    void regroup();
    /// regroup() soon, once for all the changes until then.
    void scheduleRegroup();

    ServerRegistry *m_servers;
    QGridLayout *m_grid;
    QTimer *m_rebuildTimer;
    QMap<QString, ServerCard *> m_cards;
    QMap<QString, ServerGroupHeader *> m_headers;
    QList<ServerGroup> m_groups;
    QString m_current;
    QString m_currentServer;
};

} // namespace dbpulse
