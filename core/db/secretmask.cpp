#include "core/db/secretmask.h"

#include <QRegularExpression>
#include <QUrl>

namespace dbpulse {

namespace {

const QRegularExpression &userinfoPattern()
{
    // A URI's userinfo: scheme "://" user ":" secret "@". The scheme is any word, so a mistyped
    // "postgresq://" is masked too; the secret runs to the last "@" before the host part, since a
    // password may itself contain an unencoded "@" or ":".
    static const QRegularExpression userinfo(
        QStringLiteral(R"(([A-Za-z][A-Za-z0-9+.\-]*://[^:/?#@\s'"]*):([^/?#\s'"]*)@)"));
    return userinfo;
}

const QRegularExpression &keywordPattern()
{
    // password=… and sslpassword=… as keyword/value ('quoted \' with escapes' or bare) or as a URI
    // query parameter (&password=…).
    static const QRegularExpression keyword(
        QStringLiteral(R"(((?:^|[\s?&;,(])(?:ssl)?password\s*=\s*)('(?:[^'\\]|\\.)*'?|[^\s&'"]*))"),
        QRegularExpression::CaseInsensitiveOption);
    return keyword;
}

} // namespace

QString maskSecretsOf(const QString &text, const QString &source)
{
    QString masked = text;
    for (const QRegularExpression *pattern : {&userinfoPattern(), &keywordPattern()}) {
        for (auto it = pattern->globalMatch(source); it.hasNext();) {
            QString secret = it.next().captured(2);
            if (secret.startsWith(QLatin1Char('\'')))
                secret = secret.mid(1).chopped(secret.endsWith(QLatin1Char('\'')) && secret.size() > 1 ? 1 : 0);
            if (secret.isEmpty())
                continue;
            masked.replace(secret, QStringLiteral("***"));
            const QString decoded = QUrl::fromPercentEncoding(secret.toUtf8());
            if (!decoded.isEmpty())
                masked.replace(decoded, QStringLiteral("***"));
        }
    }
    return maskSecrets(masked);
}

QString withoutSecrets(const QString &target)
{
    QString out = target;
    out.replace(userinfoPattern(), QStringLiteral("\\1@"));
    // Keep the separator unless it was "&" (the next parameter keeps its own) or a space.
    QString rebuilt;
    qsizetype last = 0;
    for (auto it = keywordPattern().globalMatch(out); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        rebuilt += out.mid(last, m.capturedStart() - last);
        const QChar first = m.captured(1).isEmpty() ? QChar() : m.captured(1).at(0);
        if (first == QLatin1Char('?'))
            rebuilt += first;
        last = m.capturedEnd();
    }
    rebuilt += out.mid(last);
    rebuilt.replace(QLatin1String("?&"), QLatin1String("?"));
    if (rebuilt.endsWith(QLatin1Char('?')))
        rebuilt.chop(1);
    return rebuilt.simplified();
}

QString maskSecrets(const QString &text)
{
    QString masked = text;
    masked.replace(userinfoPattern(), QStringLiteral("\\1:***@"));
    masked.replace(keywordPattern(), QStringLiteral("\\1***"));
    return masked;
}

} // namespace dbpulse
