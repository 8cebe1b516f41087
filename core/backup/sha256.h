#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

namespace dbpulse {

/// \brief Incremental SHA-256. Uses OpenSSL's libcrypto when built with it (SHA-NI/AVX2: several
/// times QCryptographicHash's speed, which keeps hashing off a backup's critical path), else
/// QCryptographicHash. One object per stream, one thread at a time.
class Sha256
{
public:
    /// Fastest: libcrypto when built with it, else Qt. Qt: always QCryptographicHash (tests
    /// check both paths against the same known answers).
    enum class Engine { Fastest, Qt };
    explicit Sha256(Engine engine = Engine::Fastest);
    /// Whether this build has the libcrypto path.
    static bool hasOpenSsl();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void addData(QByteArrayView data);
    /// Lower-case hex digest; call once.
    QByteArray hexResult();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace dbpulse
