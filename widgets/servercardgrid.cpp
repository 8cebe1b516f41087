#include "widgets/servercardgrid.h"

#include "models/connectionlistmodel.h"
#include "models/freshness.h"
#include "models/statustext.h"
#include "models/serverregistry.h"

#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QVBoxLayout>
#include <algorithm>

namespace dbpulse {

namespace {
constexpr int CardsPerRow = 4;
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
    m_values->setStyleSheet(QStringLiteral("color: #3c4043"));
    // A fixed size for the numbers that change every second: a label that may change its size
    // asks the whole dashboard to lay out again on every new text, twenty times a second.
    const QFontMetrics metrics(m_values->font());
    const int width = std::max(metrics.horizontalAdvance(tr("conn %1/%2 · TPS %3").arg(9999).arg(9999).arg(QStringLiteral("99999.9"))),
                               metrics.horizontalAdvance(tr("p95 %1 · cache %2").arg(QStringLiteral("99999.9 ms"), QStringLiteral("100.0%"))));
    m_values->setFixedSize(width + 2, 2 * metrics.lineSpacing());
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

void ServerCard::setSelected(bool selected)
{
    setStyleSheet(selected ? QStringLiteral("#serverCard { border: 2px solid #1a73e8; border-radius: 6px; background: #f1f6fe; }")
                           : QStringLiteral("#serverCard { border: 1px solid #c6c9cc; border-radius: 6px; }"));
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
    const QString p95 = s.latencyMs ? locale.toString(s.latencyMs->p95, 'f', 1) + tr(" ms") : dash;
    const QString cache = s.cacheHitRatio.table
        ? locale.toString(*s.cacheHitRatio.table * 100.0, 'f', 1) + QLatin1Char('%') : dash;
    m_values->setText(tr("conn %1/%2 · TPS %3").arg(s.connections.total).arg(s.connections.max).arg(tps)
                      + QLatin1Char('\n') + tr("p95 %1 · cache %2").arg(p95, cache));
}

void ServerCard::updateLink(const ServerRegistry *servers, ConnectionState state, const Freshness &freshness)
{
    // Only a live link is described; the facts of a lost one are kept but no longer true, so
    // the corner says how old they are instead.
    LinkBadge badge = state == ConnectionState::Connected ? linkBadge(servers->serverInfo(m_key)) : LinkBadge();
    if (freshness.stale) {
        badge = LinkBadge();
        badge.shortText = tr("%1 old").arg(freshness.ageSeconds < 60 ? tr("%n s", nullptr, int(freshness.ageSeconds))
                                                                     : formatDuration(freshness.ageSeconds));
        badge.toolTip = tr("Last known figures, %1").arg(freshness.asOfText());
    }
    if (badge.shortText == m_link->text() && badge.toolTip == m_link->toolTip())
        return; // refreshed several times a second: restyling each time would relayout the grid
    m_link->setStyleSheet(badge.warning ? QStringLiteral("color: #b3261e; font-weight: bold")
                                        : QStringLiteral("color: #5f6368"));
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

ServerCardGrid::ServerCardGrid(ServerRegistry *servers, QWidget *parent)
    : QWidget(parent)
    , m_servers(servers)
    , m_grid(new QGridLayout(this))
{
    setObjectName(QStringLiteral("serverCardGrid"));
    m_grid->setContentsMargins(0, 0, 0, 0);
    connect(servers, &ServerRegistry::liveKeysChanged, this, &ServerCardGrid::rebuild);
    rebuild();
}

void ServerCardGrid::setCurrentKey(const QString &key)
{
    m_current = key;
    for (ServerCard *card : std::as_const(m_cards))
        card->setSelected(card->key() == key);
}

void ServerCardGrid::rebuild()
{
    const QStringList keys = m_servers->liveKeys();
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
    for (int i = 0; i < keys.size(); ++i) {
        ServerCard *&card = m_cards[keys.at(i)];
        if (!card) {
            card = new ServerCard(keys.at(i), this);
            connect(card, &ServerCard::clicked, this, &ServerCardGrid::serverSelected);
        }
        m_grid->addWidget(card, i / CardsPerRow, i % CardsPerRow);
    }
    // One server is simply the detail view; cards only help when comparing several.
    setVisible(keys.size() > 1);
    setCurrentKey(m_current);
    refresh();
}

void ServerCardGrid::refresh()
{
    // Hidden (one server, or another page shown) nothing is drawn; the dashboard refreshes on show.
    if (!isVisible())
        return;
    for (ServerCard *card : std::as_const(m_cards))
        card->update(m_servers);
}

} // namespace dbpulse
