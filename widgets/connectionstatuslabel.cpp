#include "widgets/connectionstatuslabel.h"

#include "models/connectionlistmodel.h"
#include "models/statustext.h"
#include "models/serverregistry.h"

namespace dbpulse {

ConnectionStatusLabel::ConnectionStatusLabel(ServerRegistry *servers, QWidget *parent)
    : QLabel(parent)
    , m_servers(servers)
{
    setObjectName(QStringLiteral("connectionStatusLabel"));
    setTextFormat(Qt::RichText);
    connect(servers, &ServerRegistry::statusChanged, this, [this](const QString &key) {
        if (key == m_key)
            refresh();
    });
    refresh();
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
    setText(QStringLiteral("<span style='color:%1'>●</span> %2")
                .arg(stateColor(state).name(), shown.toHtmlEscaped()));
    setToolTip(text);
}

} // namespace dbpulse
