#pragma once

#include <QFrame>

class QLabel;

namespace dbpulse {

/// \brief A dismissable one-line notice above the pages (e.g. "no keychain service"). GUI thread.
class InfoBar : public QFrame
{
    Q_OBJECT
public:
    explicit InfoBar(QWidget *parent = nullptr);

    /// Shows \a text (replacing what was shown).
    void showMessage(const QString &text);
    QString text() const;

private:
    QLabel *m_text;
};

} // namespace dbpulse
