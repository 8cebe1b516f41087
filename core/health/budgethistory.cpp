#include "core/health/budgethistory.h"

#include "core/io/privatefiles.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace dbpulse {

namespace {

QJsonArray countersJson(const StatementCounters &c)
{
    return {double(c.calls), c.meanMs, c.stddevMs, c.minMs, c.maxMs};
}

StatementCounters countersFrom(const QJsonArray &a)
{
    StatementCounters c;
    c.calls = qint64(a.at(0).toDouble());
    c.meanMs = a.at(1).toDouble();
    c.stddevMs = a.at(2).toDouble();
    c.minMs = a.at(3).toDouble();
    c.maxMs = a.at(4).toDouble();
    c.totalMs = c.meanMs * double(c.calls);
    return c;
}

// A tally as [taken, seen, {"Lock/transactionid": n, …}].
QJsonArray tallyJson(const WaitTally &t)
{
    QJsonObject byWait;
    for (auto it = t.byWait.cbegin(); it != t.byWait.cend(); ++it)
        byWait.insert(it.key(), it.value());
    return {t.taken, t.seen, byWait};
}

WaitTally tallyFrom(const QJsonArray &a)
{
    WaitTally t;
    t.taken = a.at(0).toInt();
    t.seen = a.at(1).toInt();
    const QJsonObject byWait = a.at(2).toObject();
    for (auto it = byWait.begin(); it != byWait.end(); ++it)
        t.byWait.insert(it.key(), it.value().toInt());
    return t;
}

} // namespace

BudgetHistory::BudgetHistory(const QString &directory, const QString &targetKey)
    : m_directory(directory.isEmpty()
                      ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/doctor-budgets")
                      : directory)
    , m_targetKey(targetKey)
{
    const QByteArray key = QCryptographicHash::hash(targetKey.toUtf8(), QCryptographicHash::Sha256).toHex().left(32);
    m_path = m_directory + QLatin1Char('/') + QString::fromLatin1(key) + QStringLiteral(".json");
}

bool BudgetHistory::load(QString *error)
{
    m_last.clear();
    m_lastWaits.clear();
    QFile file(m_path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("Doctor", "cannot read %1: %2").arg(QDir::toNativeSeparators(m_path), file.errorString());
        return false;
    }
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    // Another target whose key hashed alike, or not our file: start afresh rather than mix them.
    if (root.value(QStringLiteral("target")).toString() != m_targetKey)
        return true;
    m_statsReset = root.value(QStringLiteral("stats_reset")).toString();
    const QJsonObject statements = root.value(QStringLiteral("statements")).toObject();
    for (auto it = statements.begin(); it != statements.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        Entry e;
        e.counters = countersFrom(o.value(QStringLiteral("counters")).toArray());
        for (const QJsonValue &v : o.value(QStringLiteral("verdicts")).toArray())
            e.verdicts << v.toBool();
        m_last.insert(it.key(), e);
    }
    const QJsonObject waits = root.value(QStringLiteral("waits")).toObject();
    for (auto it = waits.begin(); it != waits.end(); ++it) {
        QList<WaitTally> runs;
        for (const QJsonValue &v : it.value().toArray())
            runs << tallyFrom(v.toArray());
        m_lastWaits.insert(it.key(), runs);
    }
    return true;
}

std::optional<StatementCounters> BudgetHistory::previous(const QString &statement, const QString &statsReset) const
{
    const auto it = m_last.constFind(statement);
    if (it == m_last.cend() || statsReset != m_statsReset)
        return std::nullopt;
    return it->counters;
}

QList<bool> BudgetHistory::verdicts(const QString &statement) const
{
    const auto now = m_now.constFind(statement);
    return now != m_now.cend() ? now->verdicts : m_last.value(statement).verdicts;
}

void BudgetHistory::record(const QString &statement, const StatementCounters &counters, std::optional<bool> verdict)
{
    Entry e{counters, m_last.value(statement).verdicts};
    if (verdict)
        e.verdicts << *verdict;
    m_now.insert(statement, e);
}

bool BudgetHistory::save(const QString &statsReset, int keepVerdicts, QString *error)
{
    if (!makePrivateDirectory(m_directory, error))
        return false;
    QJsonObject statements;
    for (auto it = m_now.cbegin(); it != m_now.cend(); ++it) {
        QJsonArray verdicts;
        for (bool v : it->verdicts.mid(std::max<qsizetype>(0, it->verdicts.size() - keepVerdicts)))
            verdicts << v;
        statements.insert(it.key(), QJsonObject{{QStringLiteral("counters"), countersJson(it->counters)},
                                                {QStringLiteral("verdicts"), verdicts}});
    }
    QJsonObject waits;
    for (auto it = m_nowWaits.cbegin(); it != m_nowWaits.cend(); ++it) {
        QJsonArray runs;
        for (const WaitTally &t : it->mid(std::max<qsizetype>(0, it->size() - keepVerdicts)))
            runs << tallyJson(t);
        waits.insert(it.key(), runs);
    }
    const QJsonObject root{{QStringLiteral("target"), m_targetKey},
                           {QStringLiteral("stats_reset"), statsReset},
                           {QStringLiteral("statements"), statements},
                           {QStringLiteral("waits"), waits}};
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QCoreApplication::translate("Doctor", "cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), file.errorString());
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(root).toJson(QJsonDocument::Compact));
    if (!file.commit()) {
        if (error)
            *error = QCoreApplication::translate("Doctor", "cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), file.errorString());
        return false;
    }
    return true;
}

void BudgetHistory::recordWaits(const QString &statement, const WaitTally &tally)
{
    m_nowWaits.insert(statement, m_lastWaits.value(statement) << tally);
}

QList<WaitTally> BudgetHistory::waits(const QString &statement) const
{
    const auto now = m_nowWaits.constFind(statement);
    return now != m_nowWaits.cend() ? *now : m_lastWaits.value(statement);
}

BudgetStanding budgetStanding(const QList<bool> &verdicts, int needed, int window)
{
    BudgetStanding s;
    const QList<bool> last = verdicts.mid(std::max<qsizetype>(0, verdicts.size() - window));
    s.measured = int(last.size());
    s.breached = int(last.count(true));
    s.sustained = needed > 0 && s.breached >= needed;
    return s;
}

} // namespace dbpulse
