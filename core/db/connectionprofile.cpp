#include "core/db/connectionprofile.h"

#include <QStringList>

namespace dbpulse {

QString quoteConninfoValue(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

QString ConnectionProfile::toConninfo() const
{
    QStringList parts;
    const auto add = [&parts](const char *keyword, const QString &value) {
        if (!value.isEmpty())
            parts << QLatin1String(keyword) + QLatin1Char('=') + quoteConninfoValue(value);
    };
    add("service", service);
    add("host", host);
    if (port > 0)
        add("port", QString::number(port));
    add("dbname", database);
    add("user", user);
    add("sslmode", sslmode);
    add("sslrootcert", sslrootcert);
    add("sslcert", sslcert);
    add("sslkey", sslkey);
    add("application_name", applicationName);
    return parts.join(QLatin1Char(' '));
}

} // namespace dbpulse
