#include "widgets/healthpdfwriter.h"

#include "core/io/privatefiles.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace dbpulse {

bool writeHealthPdf(const QString &html, const QString &path, QString *error)
{
    // QPdfWriter is the PDF engine QPrinter's PdfFormat uses, without pulling Qt PrintSupport in.
    // The report names the database's objects and problems: private from its first byte.
    PrivateFileWriter file(path);
    if (!file.open(error))
        return false;
    {
        QPdfWriter writer(file.device());
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setTitle(QCoreApplication::translate("dbpulse::HealthPdfWriter", "DB Pulse health report"));
        writer.setCreator(QStringLiteral("DB Pulse"));
        QTextDocument document;
        document.setHtml(html);
        document.print(&writer);
    }
    if (file.device()->pos() == 0) {
        *error = QCoreApplication::translate("dbpulse::HealthPdfWriter", "nothing was written");
        return false;
    }
    return file.commit(error);
}

} // namespace dbpulse
