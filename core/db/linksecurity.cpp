#include "core/db/linksecurity.h"

#include <libpq-fe.h>

#include <QCoreApplication>

namespace dbpulse {

namespace {

bool isLocalHost(const QString &host)
{
    // A Unix-domain socket path, or loopback: nothing crosses a network.
    return host.isEmpty() || host.startsWith(QLatin1Char('/')) || host.startsWith(QLatin1Char('@'))
        || host == QLatin1String("localhost") || host.startsWith(QLatin1String("127."))
        || host == QLatin1String("::1");
}

} // namespace

LinkSecurity describeLink(pg_conn *conn)
{
    LinkSecurity link;
    if (!conn)
        return link;
    if (PQsslInUse(conn)) {
        const char *protocol = PQsslAttribute(conn, "protocol");
        const char *cipher = PQsslAttribute(conn, "cipher");
        link.encrypted = true;
        link.text = QStringLiteral("TLS (%1, %2)").arg(QString::fromUtf8(protocol ? protocol : "?"),
                                                       QString::fromUtf8(cipher ? cipher : "?"));
        return link;
    }
    const QString host = QString::fromUtf8(PQhost(conn));
    link.text = QCoreApplication::translate("Connection", "unencrypted");
    link.exposed = !isLocalHost(host);
    if (link.exposed)
        link.warning = QCoreApplication::translate("Connection", "the connection to %1 is not encrypted: passwords and data cross the network "
                                      "in clear text; use sslmode=verify-full with the server's root certificate")
                           .arg(host);
    return link;
}

} // namespace dbpulse
