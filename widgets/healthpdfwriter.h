#pragma once

#include <QString>

namespace dbpulse {

/// Writes \a html (the doctor's HTML report) to \a path as an A4 PDF, laid out by QTextDocument,
/// 0600 whatever the umask (PrivateFileWriter). False with \a error when the file cannot be written. GUI thread (text layout needs the fonts).
bool writeHealthPdf(const QString &html, const QString &path, QString *error);

} // namespace dbpulse
