#include "core/backup/hashingsink.h"

namespace dbpulse {

bool HashingSink::write(const QByteArray &chunk)
{
    if (m_file.device()->write(chunk) != chunk.size()) {
        m_error = m_file.device()->errorString();
        return false;
    }
    m_hash.addData(chunk);
    m_size += chunk.size();
    return true;
}

bool HashingSink::commit(QString *sha256, qint64 *size, QString *error)
{
    if (!m_file.commit(error))
        return false;
    *sha256 = QString::fromLatin1(m_hash.hexResult());
    *size = m_size;
    return true;
}

} // namespace dbpulse
