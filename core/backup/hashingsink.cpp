#include "core/backup/hashingsink.h"

#include <QFileDevice>

#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace dbpulse {

bool HashingSink::write(const QByteArray &chunk)
{
    // Straight to the descriptor: QFile's buffer would only add a copy, and its error text for a
    // failed write loses errno ("File too large", "No space left on device" is what the user needs).
    const int fd = qobject_cast<QFileDevice *>(m_file.device())->handle();
    const char *data = chunk.constData();
    qsizetype left = chunk.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, data, size_t(left));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            m_error = QString::fromLocal8Bit(std::strerror(errno));
            return false;
        }
        data += n;
        left -= n;
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
