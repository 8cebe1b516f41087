#include "widgets/connectionstatuslabel.h"

#include "models/connectionlistmodel.h"
#include "models/statustext.h"
#include "models/serverregistry.h"
#include "widgets/themedstyle.h"

namespace dbpulse {

ConnectionStatusLabel::ConnectionStatusLabel(ServerRegistry *servers, QWidget *parent)
    : QLabel(parent)
    , m_servers(servers)
{
    setObjectName(QStringLiteral("connectionStatusLabel"));
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(this, &QLabel::linkActivated, this, [this] { m_servers->retryNow(m_key); });
    connect(servers, &ServerRegistry::statusChanged, this, [this](const QString &key) {
        if (key == m_key)
            refresh();
    });
    // The model announces a reconnecting row every second: the countdown in its text ticks.
    connect(servers->model(), &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &from, const QModelIndex &to) {
                const int row = m_servers->model()->indexForKey(m_key).row();
                if (row >= from.row() && row <= to.row())
                    refresh();
            });
    refresh();
    whenPaletteChanges(this, [this] { refresh(); }); // the state dot is coloured inline
}

void ConnectionStatusLabel::setCurrentKey(const QString &key)
{
    m_key = key;
    refresh();
}

void ConnectionStatusLabel::refresh()
{
    const ConnectionListModel *model = m_servers->model();
    const QModelIndex index = model->indexForKey(m_key);
    if (!index.isValid()) {
        setText(tr("No connection selected"));
        setToolTip({});
        return;
    }
    const auto state = ConnectionState(index.data(ConnectionListModel::StateRole).toInt());
    const QString text = index.data(ConnectionListModel::NameRole).toString() + QStringLiteral(": ")
        + index.data(ConnectionListModel::StatusTextRole).toString();
    // One line in the status bar; the whole libpq message stays available in the tooltip.
    const QString shown = fontMetrics().elidedText(text.simplified(), Qt::ElideRight, 700);
    const QString retry = state == ConnectionState::Reconnecting
        ? QStringLiteral(" · <a href=\"retry\">%1</a>").arg(tr("Retry now")) : QString();
    setText(QStringLiteral("<span style='color:%1'>●</span> %2%3")
                .arg(stateColor(state).name(), shown.toHtmlEscaped(), retry));
    setToolTip(text);
}

} // namespace dbpulse
