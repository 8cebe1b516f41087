#include "core/health/checkcontext.h"

#include "core/health/advisorcatalog.h"
#include "core/db/pgsession.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace dbpulse {

CheckContext::CheckContext(const QString &check, const HealthThresholds &thresholds, PgSession *session,
                           const PgFacts &facts, const QString &sqliteConnection, const JobContext &context)
    : m_check(check)
    , m_thresholds(thresholds)
    , m_session(session)
    , m_facts(facts)
    , m_sqliteConnection(sqliteConnection)
    , m_context(context)
{
}

QueryResult CheckContext::query(const QString &sql, const QStringList &params)
{
    QueryResult r = tryQuery(sql, params);
    if (!r.ok)
        throw CheckFailure{r.sqlState, r.error};
    return r;
}

QueryResult CheckContext::tryQuery(const QString &sql, const QStringList &params)
{
    // The marker keeps the doctor's own statements out of the dashboard and of the budgets check.
    return m_session->exec(QStringLiteral("/* dbpulse:doctor */ ") + sql, params);
}

QueryResult CheckContext::sqliteQuery(const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(m_sqliteConnection, false));
    QueryResult r;
    if (!q.exec(sql))
        throw CheckFailure{QString(), q.lastError().text()};
    r.ok = true;
    const QSqlRecord record = q.record();
    for (int c = 0; c < record.count(); ++c)
        r.columns << record.fieldName(c);
    while (q.next()) {
        QVariantList row;
        for (int c = 0; c < record.count(); ++c)
            row << q.value(c);
        r.rows << row;
    }
    return r;
}

const CatalogSnapshot &CheckContext::advisorCatalog()
{
    return advisor().snapshot();
}

AdvisorCatalog &CheckContext::advisor()
{
    if (!m_advisor)
        throw CheckFailure{QString(), QCoreApplication::translate("Doctor", "the index advisor needs a PostgreSQL target")};
    return *m_advisor;
}

void CheckContext::reportStep(int done, int total, const QString &text)
{
    if (m_stepReporter)
        m_stepReporter(text, total > 0 ? double(done) / total : 0.0);
}

QString CheckContext::quoteIdent(const QString &name) const
{
    return m_session ? m_session->quoteIdentIfNeeded(name) : name;
}

QString CheckContext::qualified(const QString &schema, const QString &name) const
{
    return quoteIdent(schema) + QLatin1Char('.') + quoteIdent(name);
}

Finding &CheckContext::add(Severity severity, const QString &object, const QString &detail, const QString &value,
                           const QString &threshold, const QString &fix, const MaintenanceAction &action)
{
    m_findings << Finding{m_check, severity, object, detail, value, threshold, fix, action};
    return m_findings.last();
}

void CheckContext::notChecked(const QString &object, NotChecked reason, const QString &what)
{
    notCheckedBecause(object, reason, QCoreApplication::translate("Doctor", "not checked: needs %1").arg(what));
}

Finding &CheckContext::notCheckedBecause(const QString &object, NotChecked reason, const QString &detail, const QString &fix)
{
    m_findings << notCheckedFinding(m_check, object, reason, detail, fix);
    return m_findings.last();
}

void CheckContext::setOkDetail(const QString &detail, const QString &value, const QString &threshold)
{
    m_okDetail = detail;
    m_okValue = value;
    m_okThreshold = threshold;
}

QString formatSeconds(double seconds)
{
    if (seconds < 120)
        return QStringLiteral("%1 s").arg(qRound(seconds));
    if (seconds < 7200)
        return QStringLiteral("%1 min").arg(QString::number(seconds / 60, 'f', 1));
    return QStringLiteral("%1 h").arg(QString::number(seconds / 3600, 'f', 1));
}

QString formatPercent(double percent)
{
    return QStringLiteral("%1%").arg(QString::number(percent, 'f', percent >= 99 && percent < 100 ? 2 : 1));
}

} // namespace dbpulse
