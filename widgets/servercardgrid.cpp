#include "widgets/servercardgrid.h"

#include "core/io/datasize.h"
#include "models/connectionlistmodel.h"
#include "models/freshness.h"
#include "models/statustext.h"
#include "models/serverregistry.h"
#include "widgets/livelabel.h"
#include "widgets/themedstyle.h"

#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QSet>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace dbpulse {

namespace {
constexpr int CardsPerRow = 4;
// Servers connecting one after another (fifty saved ones at startup) change the live keys and
// the groups fifty times within a second or two: one rebuild per this interval serves them all.
constexpr int RebuildDelayMs = 100;
}

ServerCard::ServerCard(const QString &key, QWidget *parent)
    : QFrame(parent)
    , m_key(key)
    , m_name(new QLabel(this))
    , m_link(new QLabel(this))
    , m_values(new QLabel(this))
{
    setObjectName(QStringLiteral("serverCard"));
    setCursor(Qt::PointingHandCursor);
    setFrameShape(QFrame::StyledPanel);
    QFont f = m_name->font();
    f.setBold(true);
    m_name->setFont(f);
    setShowsServer(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(2);
    m_link->setObjectName(QStringLiteral("serverCardLink"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_name, 1);
    top->addWidget(m_link);
    layout->addLayout(top);
    layout->addWidget(m_values);
    setSelected(false);
}

void ServerCard::setShowsServer(bool showsServer)
{
    if (m_sized && showsServer == m_showsServer)
        return; // every rebuild asks again; measuring fonts for each card adds up
    m_sized = true;
    // A fixed size for the numbers that change every second: a label that may change its size
    // asks the whole dashboard to lay out again on every new text, twenty times a second.
    m_showsServer = showsServer;
    const QFontMetrics metrics(m_values->font());
    const int width = std::max({metrics.horizontalAdvance(tr("conn %1/%2 own limit · %3 tx/s").arg(9999).arg(9999).arg(QStringLiteral("9999.9"))),
                                metrics.horizontalAdvance(tr("p95 %1 · cache %2").arg(QStringLiteral("99999.9 ms"), QStringLiteral("100.0%"))),
                                metrics.horizontalAdvance(tr("server: %1/%2 max_connections").arg(9999).arg(9999))});
    m_values->setFixedSize(width + 2, (showsServer ? 3 : 2) * metrics.lineSpacing());
}

void ServerCard::setSelected(bool selected)
{
    if (m_selected && *m_selected == selected)
        return; // a style sheet set again still restyles the card: fifty cards took milliseconds
    m_selected = selected;
    setThemedStyleSheet(this, [selected] {
        return selected ? QStringLiteral("#serverCard { border: 2px solid %1; border-radius: 6px; background: %2; }")
                              .arg(theme::color(ThemeRole::SelectedBorder).name(), theme::color(ThemeRole::SelectedBackground).name())
                        : QStringLiteral("#serverCard { border: 1px solid %1; border-radius: 6px; }")
                              .arg(theme::color(ThemeRole::CardBorder).name());
    });
}

void ServerCard::update(const ServerRegistry *servers)
{
    const ConnectionListModel *model = servers->model();
    const QModelIndex index = model->indexForKey(m_key);
    const ConnectionStatus status = model->status(m_key);
    m_name->setText(QStringLiteral("<span style='color:%1'>●</span> %2")
                        .arg(stateColor(status.state).name(),
                             index.data(ConnectionListModel::NameRole).toString().toHtmlEscaped()));
    const MetricsHistory *history = servers->metricsHistory(m_key);
    const Freshness freshness = judgeFreshness(status, history, QDateTime::currentMSecsSinceEpoch());
    updateLink(servers, status.state, freshness);
    m_values->setEnabled(!freshness.stale); // dimmed: the last known figures, not current ones
    m_values->setToolTip(freshness.stale ? tr("Last known figures, %1").arg(freshness.asOfText()) : QString());
    if (!history || history->isEmpty()) {
        m_values->setText(tr("no metrics yet"));
        return;
    }
    const MetricsSample &s = history->latest();
    const QLocale locale;
    const QString dash = QStringLiteral("—");
    const QString tps = s.gap ? dash : locale.toString(s.rates.transactionsPerSecond, 'f', 1);
    const QString p95 = s.latencyMs ? tr("%1 ms").arg(locale.toString(s.latencyMs->p95, 'f', 1)) : dash;
    const QString cache = s.cacheHitRatio.table
        ? locale.toString(*s.cacheHitRatio.table * 100.0, 'f', 1) + QLatin1Char('%') : dash;
    // The database's connections; against a limit only when it has its own (the collector's
    // max is then its CONNECTION LIMIT), since max_connections is the server's, shown as such.
    const ConnectionCounts &c = s.connections;
    const bool ownLimit = c.max > 0 && s.server.connections.max > 0 && c.max < s.server.connections.max;
    QString text = (ownLimit ? tr("conn %1/%2 own limit · %3 tx/s").arg(c.total).arg(c.max).arg(tps)
                             : tr("conn %1 · %2 tx/s").arg(c.total).arg(tps))
                   + QLatin1Char('\n') + tr("p95 %1 · cache %2").arg(p95, cache);
    if (m_showsServer) {
        text += QLatin1Char('\n') + tr("server: %1/%2 max_connections").arg(s.server.connections.total)
                                       .arg(s.server.connections.max);
    }
    m_values->setText(text);
    if (!freshness.stale) {
        QStringList tip{ownLimit ? tr("Database %1: %n client connection(s) of its CONNECTION LIMIT %2, %3 transactions/s, "
                                      "statement p95 %4, table cache hit %5", nullptr, c.total)
                                       .arg(s.database, QString::number(c.max), tps, p95, cache)
                                 : tr("Database %1: %n client connection(s), %2 transactions/s, statement p95 %3, "
                                      "table cache hit %4", nullptr, c.total)
                                       .arg(s.database, tps, p95, cache)};
        if (m_showsServer)
            tip << tr("Server: %n client connection(s) of max_connections %1", nullptr, s.server.connections.total)
                       .arg(s.server.connections.max);
        m_values->setToolTip(tip.join(QLatin1Char('\n')));
    }
}

void ServerCard::updateLink(const ServerRegistry *servers, ConnectionState state, const Freshness &freshness)
{
    // Only a live link is described; the facts of a lost one are kept but no longer true, so
    // the corner says how old they are instead.
    LinkBadge badge = state == ConnectionState::Connected ? linkBadge(servers->serverInfo(m_key)) : LinkBadge();
    if (freshness.stale) {
        badge = LinkBadge();
        //: How old the last known figures are: "42 s old", "0:05:12 old"
        badge.shortText = tr("%1 old").arg(freshness.ageSeconds < 60 ? tr("%n s", nullptr, int(freshness.ageSeconds))
                                                                     : formatDuration(freshness.ageSeconds));
        badge.toolTip = tr("Last known figures, %1").arg(freshness.asOfText());
    }
    if (badge.shortText == m_link->text() && badge.toolTip == m_link->toolTip())
        return; // refreshed several times a second: restyling each time would relayout the grid
    if (badge.warning)
        setTextRole(m_link, ThemeRole::CriticalText, QStringLiteral("font-weight: bold"));
    else
        setTextRole(m_link, ThemeRole::SecondaryText);
    m_link->setText(badge.shortText);
    m_link->setToolTip(badge.toolTip);
}

QString ServerCard::summary() const
{
    const QString link = m_link->text().isEmpty() ? QString() : QStringLiteral(" · ") + m_link->text();
    return m_name->text() + link + QLatin1Char('\n') + m_values->text();
}

void ServerCard::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        Q_EMIT clicked(m_key);
    QFrame::mousePressEvent(event);
}

ServerGroupHeader::ServerGroupHeader(const QString &groupId, QWidget *parent)
    : QFrame(parent)
    , m_groupId(groupId)
    , m_text(new LiveLabel(80, this))
{
    setObjectName(QStringLiteral("serverGroupHeader"));
    setCursor(Qt::PointingHandCursor);
    QFont f = m_text->font();
    f.setBold(true);
    m_text->setFont(f);
    // Room below the text line: the bold underscore of "max_connections" reaches past the descent.
    m_text->setMinimumHeight(m_text->sizeHint().height() + 4);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 3, 8, 3);
    layout->addWidget(m_text, 1);
    setSelected(false);
}

void ServerGroupHeader::setSelected(bool selected)
{
    if (m_selected && *m_selected == selected)
        return;
    m_selected = selected;
    setThemedStyleSheet(this, [selected] {
        return selected ? QStringLiteral("#serverGroupHeader { border: 2px solid %1; border-radius: 4px; background: %2; }")
                              .arg(theme::color(ThemeRole::SelectedBorder).name(), theme::color(ThemeRole::SelectedBackground).name())
                        : QStringLiteral("#serverGroupHeader { border: none; border-radius: 4px; background: %1; }")
                              .arg(theme::color(ThemeRole::GroupHeaderBackground).name());
    });
}

void ServerGroupHeader::update(const ServerRegistry *servers, const ServerGroup &group)
{
    QString text = tr("Server %1 — %n database(s)", nullptr, int(group.keys.size())).arg(group.title);
    const QString key = serverFiguresKey(*servers, group);
    const MetricsHistory *history = key.isEmpty() ? nullptr : servers->metricsHistory(key);
    const Freshness freshness = judgeFreshness(servers->status(key), history, QDateTime::currentMSecsSinceEpoch());
    m_text->setEnabled(!freshness.stale);
    if (history && !history->isEmpty()) {
        const MetricsSample &s = history->latest();
        const ServerFigures &server = s.server;
        const QLocale locale;
        const QString dash = QStringLiteral("—");
        text += QStringLiteral(" · ")
                + tr("conn %1/%2 max_connections · %3 tx/s · WAL %4/s · up %5")
                      .arg(server.connections.total)
                      .arg(server.connections.max)
                      .arg(server.gap ? dash : locale.toString(server.rates.transactionsPerSecond, 'f', 1),
                           server.gap ? dash : formatDataSize(qint64(server.walBytesPerSecond), locale),
                           formatDuration(qint64(server.uptimeSeconds)));
        if (freshness.stale)
            text += QStringLiteral(" · ") + tr("last known, %1").arg(freshness.asOfText());
    }
    m_text->setText(text);
    setToolTip(tr("The server's figures, once for its databases below; click for the server view"));
}

QString ServerGroupHeader::summary() const
{
    return m_text->text();
}

void ServerGroupHeader::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        Q_EMIT clicked(m_groupId);
    QFrame::mousePressEvent(event);
}

ServerCardGrid::ServerCardGrid(ServerRegistry *servers, QWidget *parent)
    : QWidget(parent)
    , m_servers(servers)
    , m_grid(new QGridLayout(this))
    , m_rebuildTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("serverCardGrid"));
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_rebuildTimer->setSingleShot(true);
    m_rebuildTimer->setInterval(RebuildDelayMs);
    connect(m_rebuildTimer, &QTimer::timeout, this, &ServerCardGrid::regroup);
    connect(servers, &ServerRegistry::liveKeysChanged, this, &ServerCardGrid::scheduleRegroup);
    connect(servers, &ServerRegistry::serverInfoChanged, this, &ServerCardGrid::scheduleRegroup);
    rebuild();
}

void ServerCardGrid::setCurrentKey(const QString &key)
{
    m_current = key;
    for (ServerCard *card : std::as_const(m_cards))
        card->setSelected(card->key() == key);
}

void ServerCardGrid::setCurrentServer(const QString &groupId)
{
    m_currentServer = groupId;
    for (ServerGroupHeader *header : std::as_const(m_headers))
        header->setSelected(header->groupId() == groupId);
}

void ServerCardGrid::scheduleRegroup()
{
    if (!m_rebuildTimer->isActive())
        m_rebuildTimer->start();
}

void ServerCardGrid::regroup()
{
    const QStringList keys = m_servers->liveKeys();
    const QList<ServerGroup> groups = groupServers(*m_servers, keys);
    bool same = groups.size() == m_groups.size();
    for (int i = 0; same && i < groups.size(); ++i)
        same = groups.at(i).id == m_groups.at(i).id && groups.at(i).keys == m_groups.at(i).keys;
    if (!same)
        rebuild();
}

void ServerCardGrid::rebuild()
{
    const QStringList keys = m_servers->liveKeys();
    m_groups = groupServers(*m_servers, keys);
    // Cards outlive a rebuild: twenty servers connecting one after another must not create
    // (and style) twenty generations of cards on the GUI thread.
    for (auto it = m_cards.begin(); it != m_cards.end();) {
        m_grid->removeWidget(it.value());
        if (keys.contains(it.key())) {
            ++it;
            continue;
        }
        delete it.value();
        it = m_cards.erase(it);
    }
    QSet<QString> groupIds;
    for (const ServerGroup &group : std::as_const(m_groups)) {
        if (group.isGroup())
            groupIds.insert(group.id);
    }
    for (auto it = m_headers.begin(); it != m_headers.end();) {
        m_grid->removeWidget(it.value());
        if (groupIds.contains(it.key())) {
            ++it;
            continue;
        }
        delete it.value();
        it = m_headers.erase(it);
    }
    // A server group starts a row with its header and its cards; lone connections fill rows.
    int row = 0, column = 0;
    const auto newRow = [&] {
        if (column != 0) {
            ++row;
            column = 0;
        }
    };
    for (const ServerGroup &group : std::as_const(m_groups)) {
        if (group.isGroup()) {
            newRow();
            ServerGroupHeader *&header = m_headers[group.id];
            if (!header) {
                header = new ServerGroupHeader(group.id, this);
                connect(header, &ServerGroupHeader::clicked, this, &ServerCardGrid::serverGroupSelected);
            }
            m_grid->addWidget(header, row++, 0, 1, CardsPerRow);
        }
        for (const QString &key : group.keys) {
            ServerCard *&card = m_cards[key];
            if (!card) {
                card = new ServerCard(key, this);
                connect(card, &ServerCard::clicked, this, &ServerCardGrid::serverSelected);
            }
            card->setShowsServer(!group.isGroup());
            m_grid->addWidget(card, row, column);
            if (++column == CardsPerRow)
                newRow();
        }
        if (group.isGroup())
            newRow();
    }
    // One server is simply the detail view; cards only help when comparing several.
    setVisible(keys.size() > 1);
    setCurrentKey(m_current);
    setCurrentServer(m_currentServer);
    refresh();
}

void ServerCardGrid::refresh()
{
    // Hidden (one server, or another page shown) nothing is drawn; the dashboard refreshes on show.
    if (!isVisible())
        return;
    for (ServerCard *card : std::as_const(m_cards))
        card->update(m_servers);
    for (const ServerGroup &group : std::as_const(m_groups)) {
        if (ServerGroupHeader *header = m_headers.value(group.id))
            header->update(m_servers, group);
    }
}

} // namespace dbpulse
