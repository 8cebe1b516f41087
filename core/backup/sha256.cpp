#include "core/backup/sha256.h"

#ifdef DBPULSE_HAVE_OPENSSL_SHA
#include <openssl/evp.h>
#else
#include <QCryptographicHash>
#endif

namespace dbpulse {

#ifdef DBPULSE_HAVE_OPENSSL_SHA
struct Sha256::Private
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    ~Private() { EVP_MD_CTX_free(ctx); }
};

Sha256::Sha256()
    : d(std::make_unique<Private>())
{
    EVP_DigestInit_ex(d->ctx, EVP_sha256(), nullptr);
}

void Sha256::addData(QByteArrayView data)
{
    EVP_DigestUpdate(d->ctx, data.data(), size_t(data.size()));
}

QByteArray Sha256::hexResult()
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(d->ctx, digest, &length);
    return QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex();
}
#else
struct Sha256::Private
{
    QCryptographicHash hash{QCryptographicHash::Sha256};
};

Sha256::Sha256()
    : d(std::make_unique<Private>())
{
}

void Sha256::addData(QByteArrayView data)
{
    d->hash.addData(data);
}

QByteArray Sha256::hexResult()
{
    return d->hash.result().toHex();
}
#endif

Sha256::~Sha256() = default;

} // namespace dbpulse
