#pragma once

#include "core/db/target.h"

#include <QComboBox>
#include <QList>
#include <QPair>

namespace dbpulse {

class ServerRegistry;

/// \brief The "which database" field of the one-shot tool pages (Migrations, Backups): an editable
/// combo listing every connection the server registry knows — saved profiles, the demo, ad-hoc
/// targets, rows added or saved during the session — and accepting a typed target (URI, "@name",
/// SQLite file). It follows the window's current connection through setCurrentKey(). GUI thread.
class ConnectionPicker : public QComboBox
{
    Q_OBJECT
public:
    explicit ConnectionPicker(ServerRegistry *servers, QWidget *parent = nullptr);

    /// The registry row the field shows, or empty when it holds typed text.
    QString currentKey() const;
    /// Shows registry row \a key; a key the list does not hold yet is shown once it appears.
    void setCurrentKey(const QString &key);
    /// What the field stands for: the row's target, or the typed text parsed.
    TargetParseResult target() const;
    /// The field as a password-free target text: "@name" for a saved connection, the ad-hoc
    /// row's URI or sqlite:PATH, else the typed text.
    QString targetText() const;
    /// What reselects the same thing in a later run (settings are a plain file): targetText(),
    /// except nothing for a throwaway row such as the demo, whose cluster ends with this run.
    QString persistentText() const;
    /// Selects the row named \a text, else shows \a text as typed.
    void restoreText(const QString &text);

Q_SIGNALS:
    /// The field now stands for another target (a row chosen, text typed, the row's target set).
    void targetChanged();

private:
    /// Rebuilds the items from the registry's list when keys or names changed.
    void reload();
    /// What the field stands for, to tell a real change from a status tick.
    QString identity() const;
    void announceIfChanged();

    ServerRegistry *m_servers;
    QList<QPair<QString, QString>> m_rows; ///< key, name: what the items were built from
    QString m_wantedKey;                   ///< setCurrentKey() for a row not listed yet
    QString m_announced;                   ///< identity() when targetChanged() last went out
};

} // namespace dbpulse
