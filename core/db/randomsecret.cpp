#include "core/db/randomsecret.h"

#include <QByteArray>
#include <QRandomGenerator>

namespace dbpulse {

QString randomSecret(int bytes)
{
    QByteArray raw((bytes + 3) / 4 * 4, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), raw.size() / 4);
    raw.truncate(bytes);
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace dbpulse
