#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace dbpulse {

/// \brief What the dashboard shows instead of charts: why there are none, and on first run (no
/// connection at all) the two ways to get one as buttons — the built-in demo and a new
/// connection. GUI thread.
class MessagePanel : public QWidget
{
    Q_OBJECT
public:
    explicit MessagePanel(QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const;
    /// Shows the first-run buttons.
    void setFirstRun(bool firstRun);
    QPushButton *startDemoButton() const { return m_startDemo; }
    QPushButton *newConnectionButton() const { return m_newConnection; }

Q_SIGNALS:
    void demoRequested();
    void newConnectionRequested();

private:
    QLabel *m_text;
    QWidget *m_buttons;
    QPushButton *m_startDemo;
    QPushButton *m_newConnection;
};

} // namespace dbpulse
