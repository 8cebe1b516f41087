#include "widgets/connectionpicker.h"

#include "core/db/secretmask.h"
#include "models/connectionlistmodel.h"
#include "models/serverregistry.h"

#include <QLineEdit>
#include <QSignalBlocker>

namespace dbpulse {

ConnectionPicker::ConnectionPicker(ServerRegistry *servers, QWidget *parent)
    : QComboBox(parent)
    , m_servers(servers)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    // Items are copied, not the list model itself: its rows change status every second while one
    // reconnects, and a combo over it would overwrite what the user is typing each time.
    const ConnectionListModel *model = servers->model();
    connect(model, &QAbstractItemModel::rowsInserted, this, &ConnectionPicker::reload);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ConnectionPicker::reload);
    connect(model, &QAbstractItemModel::modelReset, this, &ConnectionPicker::reload);
    connect(model, &QAbstractItemModel::dataChanged, this, &ConnectionPicker::reload);
    connect(this, &QComboBox::currentTextChanged, this, &ConnectionPicker::announceIfChanged);
    reload();
}

void ConnectionPicker::reload()
{
    const ConnectionListModel *model = m_servers->model();
    QList<QPair<QString, QString>> rows;
    for (int row = 0; row < model->rowCount(); ++row)
        rows.append({model->keyAt(row), model->index(row).data(ConnectionListModel::NameRole).toString()});
    if (rows == m_rows) {
        if (!m_wantedKey.isEmpty())
            setCurrentKey(m_wantedKey);
        announceIfChanged(); // e.g. the demo's placeholder row got its target
        return;
    }
    m_rows = rows;
    const QString key = currentKey();
    const QString text = currentText();
    {
        const QSignalBlocker blocker(this);
        clear();
        for (const auto &[rowKey, name] : std::as_const(m_rows))
            addItem(name, rowKey);
        const int keep = key.isEmpty() ? -1 : findData(key);
        setCurrentIndex(keep);
        setEditText(keep >= 0 ? itemText(keep) : text);
    }
    if (!m_wantedKey.isEmpty() && findData(m_wantedKey) >= 0)
        setCurrentKey(m_wantedKey);
    announceIfChanged();
}

QString ConnectionPicker::identity() const
{
    const QString key = currentKey();
    if (key.isEmpty())
        return QStringLiteral("text:") + currentText().trimmed();
    const ConnectionListModel *model = m_servers->model();
    if (!model->hasTarget(key))
        return QStringLiteral("waiting:") + key;
    const Target t = model->target(key);
    return QStringLiteral("key:%1\n%2\n%3").arg(key, t.conninfo, t.sqlitePath);
}

void ConnectionPicker::announceIfChanged()
{
    // Status ticks and regroups rebuild nothing the pages care about: only a new target counts.
    QString now = identity();
    if (now == m_announced)
        return;
    m_announced = std::move(now);
    Q_EMIT targetChanged();
}

QString ConnectionPicker::currentKey() const
{
    const QString text = currentText();
    if (text.isEmpty())
        return {};
    const int current = currentIndex();
    if (current >= 0 && itemText(current) == text)
        return itemData(current).toString();
    const int named = findText(text);
    return named >= 0 ? itemData(named).toString() : QString();
}

void ConnectionPicker::setCurrentKey(const QString &key)
{
    const int row = findData(key);
    if (key.isEmpty())
        return;
    if (row < 0) {
        m_wantedKey = key;
        return;
    }
    m_wantedKey.clear();
    if (row == currentIndex() && currentText() == itemText(row))
        return;
    setCurrentIndex(row);
    setEditText(itemText(row)); // the same index keeps typed text otherwise
}

TargetParseResult ConnectionPicker::target() const
{
    const QString key = currentKey();
    const ProfileStore *profiles = m_servers->profileStore();
    if (key.isEmpty())
        return parseTarget(currentText().trimmed(), profiles);
    const ConnectionListModel *model = m_servers->model();
    if (!model->hasTarget(key)) {
        TargetParseResult waiting;
        const QString note = model->note(key);
        waiting.error = note.isEmpty() ? tr("“%1” has no database yet.").arg(currentText()) : note;
        return waiting;
    }
    TargetParseResult r;
    r.target = model->target(key);
    return r;
}

QString ConnectionPicker::targetText() const
{
    const QString key = currentKey();
    const ConnectionListModel *model = m_servers->model();
    if (key.isEmpty() || !model->hasTarget(key))
        return withoutSecrets(currentText().trimmed());
    if (const std::optional<ConnectionProfile> profile = model->profile(key))
        return QStringLiteral("@") + profile->name;
    const Target t = model->target(key);
    return withoutSecrets(t.kind == DatabaseKind::SQLite ? QStringLiteral("sqlite:") + t.sqlitePath : t.conninfo);
}

QString ConnectionPicker::persistentText() const
{
    const QString key = currentKey();
    if (!key.isEmpty() && m_servers->model()->hasTarget(key) && m_servers->model()->target(key).throwaway)
        return {};
    return targetText();
}

void ConnectionPicker::restoreText(const QString &text)
{
    int row = findText(text);
    if (row < 0 && text.startsWith(QLatin1Char('@')))
        row = findData(ConnectionListModel::profileKey(text.mid(1)));
    if (row >= 0) {
        setCurrentIndex(row);
        setEditText(itemText(row));
        return;
    }
    setCurrentIndex(-1);
    setEditText(text);
}

} // namespace dbpulse
