#include "core/db/secretmask.h"

#include <QRegularExpression>

namespace dbpulse {

QString maskSecrets(const QString &text)
{
    // A URI's userinfo: scheme "://" user ":" secret "@". The scheme is any word, so a mistyped
    // "postgresq://" is masked too; the secret runs to the last "@" before the host part, since a
    // password may itself contain an unencoded "@" or ":".
    static const QRegularExpression userinfo(
        QStringLiteral(R"(([A-Za-z][A-Za-z0-9+.\-]*://[^:/?#@\s'"]*):[^/?#\s'"]*@)"));
    // password=… and sslpassword=… as keyword/value ('quoted \' with escapes' or bare) or as a URI
    // query parameter (&password=…).
    static const QRegularExpression keyword(
        QStringLiteral(R"(((?:^|[\s?&;,(])(?:ssl)?password\s*=\s*)('(?:[^'\\]|\\.)*'?|[^\s&'"]*))"),
        QRegularExpression::CaseInsensitiveOption);
    QString masked = text;
    masked.replace(userinfo, QStringLiteral("\\1:***@"));
    masked.replace(keyword, QStringLiteral("\\1***"));
    return masked;
}

} // namespace dbpulse
