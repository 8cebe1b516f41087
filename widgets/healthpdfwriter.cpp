#include "widgets/healthpdfwriter.h"

#include <QFile>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace dbpulse {

bool writeHealthPdf(const QString &html, const QString &path, QString *error)
{
    // QPdfWriter is the PDF engine QPrinter's PdfFormat uses, without pulling Qt PrintSupport in.
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = file.errorString();
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setTitle(QStringLiteral("DB Pulse health report"));
        writer.setCreator(QStringLiteral("DB Pulse"));
        QTextDocument document;
        document.setHtml(html);
        document.print(&writer);
    }
    file.close();
    if (file.error() != QFileDevice::NoError || file.size() == 0) {
        *error = file.error() != QFileDevice::NoError ? file.errorString() : QStringLiteral("nothing was written");
        return false;
    }
    return true;
}

} // namespace dbpulse
