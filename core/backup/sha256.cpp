#include "core/backup/sha256.h"

#include <QCryptographicHash>
#include <optional>

#ifdef DBPULSE_HAVE_OPENSSL_SHA
#include <openssl/evp.h>
#endif

namespace dbpulse {

#ifdef DBPULSE_HAVE_OPENSSL_SHA
namespace {
struct EvpContext
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    EvpContext() { EVP_DigestInit_ex(ctx, EVP_sha256(), nullptr); }
    ~EvpContext() { EVP_MD_CTX_free(ctx); }
    EvpContext(const EvpContext &) = delete;
    EvpContext &operator=(const EvpContext &) = delete;
};
} // namespace
#endif

// Exactly one of the two is in use.
struct Sha256::Private
{
#ifdef DBPULSE_HAVE_OPENSSL_SHA
    std::optional<EvpContext> evp;
#endif
    std::optional<QCryptographicHash> qt;
};

bool Sha256::hasOpenSsl()
{
#ifdef DBPULSE_HAVE_OPENSSL_SHA
    return true;
#else
    return false;
#endif
}

Sha256::Sha256(Engine engine)
    : d(std::make_unique<Private>())
{
#ifdef DBPULSE_HAVE_OPENSSL_SHA
    if (engine == Engine::Fastest) {
        d->evp.emplace();
        return;
    }
#else
    Q_UNUSED(engine);
#endif
    d->qt.emplace(QCryptographicHash::Sha256);
}

void Sha256::addData(QByteArrayView data)
{
#ifdef DBPULSE_HAVE_OPENSSL_SHA
    if (d->evp) {
        EVP_DigestUpdate(d->evp->ctx, data.data(), size_t(data.size()));
        return;
    }
#endif
    d->qt->addData(data);
}

QByteArray Sha256::hexResult()
{
#ifdef DBPULSE_HAVE_OPENSSL_SHA
    if (d->evp) {
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int length = 0;
        EVP_DigestFinal_ex(d->evp->ctx, digest, &length);
        return QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex();
    }
#endif
    return d->qt->result().toHex();
}

Sha256::~Sha256() = default;

} // namespace dbpulse
