#pragma once

#include <QDialog>
#include <QList>

class QDialogButtonBox;
class QLineEdit;

namespace dbpulse {

struct MigrationStep;

/// \brief Asks before migrations change a database, naming the database, the server and every
/// version that would run. Undoing (down) drops what the migrations created, so it is confirmed
/// only by typing the database's name; applying is confirmed with the button. GUI thread.
class MigrationConfirmDialog : public QDialog
{
    Q_OBJECT
public:
    /// \a up: applying; otherwise undoing. \a steps in the order they would run.
    MigrationConfirmDialog(bool up, const QString &databaseName, const QString &server,
                           const QList<MigrationStep> &steps, QWidget *parent = nullptr);

    /// The question as shown (database, server, versions): for tests and the log.
    QString message() const { return m_message; }
    /// Refuses while the typed name does not match (Enter or a programmatic accept included).
    void accept() override;

private:
    void updateOk();

    QString m_databaseName;
    QString m_message;
    QLineEdit *m_typedName = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace dbpulse
