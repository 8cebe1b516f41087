// Answers the confirmation a widget is about to show. A QMessageBox runs its own event loop, so
// the answer is queued before the click that opens it.
#pragma once

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>

namespace dbpulse::test {

/// Clicks \a button in the next modal message box, keeping its text in \a text and, when given,
/// its window title in \a title.
inline void answerNextQuestion(QMessageBox::StandardButton button, QString *text, QString *title = nullptr)
{
    QTimer::singleShot(0, qApp, [button, text, title] {
        QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()), 5000);
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        *text = box->text();
        if (title)
            *title = box->windowTitle();
        box->button(button)->click();
    });
}

} // namespace dbpulse::test
