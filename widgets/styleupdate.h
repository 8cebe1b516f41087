#pragma once

#include <QWidget>

namespace dbpulse {

/// Sets \a sheet on \a widget only when it differs: QWidget::setStyleSheet() repolishes the
/// widget and asks for a relayout even when handed the sheet it already has, and labels that
/// follow live samples would pay that every second. GUI thread.
inline void setStyleSheetIfChanged(QWidget *widget, const QString &sheet)
{
    if (widget->styleSheet() != sheet)
        widget->setStyleSheet(sheet);
}

} // namespace dbpulse
