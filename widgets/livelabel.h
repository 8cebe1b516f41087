#pragma once

#include <QWidget>

namespace dbpulse {

/// \brief One line of text for a value that changes with every sample. Unlike QLabel, a new text
/// only repaints the label and never asks for a new layout: each QLabel::setText() lays out the
/// whole window again (every page's wrapped labels included), which with twenty servers was the
/// largest cost on the GUI thread. Plain text is elided; rich text (colour, bold) is clipped.
/// GUI thread.
class LiveLabel : public QWidget
{
    Q_OBJECT
public:
    /// \a widthChars: the width asked for, in average characters.
    explicit LiveLabel(int widthChars, QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    void clear() { setText(QString()); }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_text;
    int m_widthChars;
};

} // namespace dbpulse
