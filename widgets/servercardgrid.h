#pragma once

#include "core/db/connectionstate.h"

#include <QFrame>
#include <QMap>

class QGridLayout;
class QLabel;

namespace dbpulse {

class ServerRegistry;
struct Freshness;

/// \brief One live server in a compact card: name, state dot, link encryption, connections, TPS,
/// p95, cache hit.
/// Clicking it selects that server. GUI thread.
class ServerCard : public QFrame
{
    Q_OBJECT
public:
    ServerCard(const QString &key, QWidget *parent = nullptr);
    QString key() const { return m_key; }
    void update(const ServerRegistry *servers);
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
};

/// \brief The servers side by side: a grid of ServerCards, shown only while more than one
/// connection is live. GUI thread.
class ServerCardGrid : public QWidget
{
    Q_OBJECT
public:
    explicit ServerCardGrid(ServerRegistry *servers, QWidget *parent = nullptr);

    void setCurrentKey(const QString &key);
    /// Re-reads every card's numbers (called by the dashboard's chart tick).
    void refresh();
    int cardCount() const { return int(m_cards.size()); }
    ServerCard *card(const QString &key) const { return m_cards.value(key); }

Q_SIGNALS:
    void serverSelected(const QString &key);

private:
    void rebuild();

    ServerRegistry *m_servers;
    QGridLayout *m_grid;
    QMap<QString, ServerCard *> m_cards;
    QString m_current;
};

} // namespace dbpulse
