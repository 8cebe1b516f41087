#include "core/advisor/indexrecommendation.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <algorithm>

namespace dbpulse {

QString kindName(IndexRecommendation::Kind kind)
{
    switch (kind) {
    case IndexRecommendation::Kind::Missing: return QStringLiteral("missing");
    case IndexRecommendation::Kind::Unused: return QStringLiteral("unused");
    case IndexRecommendation::Kind::Duplicate: return QStringLiteral("duplicate");
    case IndexRecommendation::Kind::Redundant: return QStringLiteral("redundant");
    case IndexRecommendation::Kind::FkUnindexed: return QStringLiteral("fk_unindexed");
    case IndexRecommendation::Kind::Invalid: return QStringLiteral("invalid");
    case IndexRecommendation::Kind::Bloated: return QStringLiteral("bloated");
    }
    return {};
}

QString priorityName(IndexRecommendation::Priority priority)
{
    switch (priority) {
    case IndexRecommendation::Priority::High: return QStringLiteral("high");
    case IndexRecommendation::Priority::Medium: return QStringLiteral("medium");
    case IndexRecommendation::Priority::Low: return QStringLiteral("low");
    }
    return {};
}

QJsonObject IndexRecommendation::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("kind"), kindName(kind));
    o.insert(QStringLiteral("schema"), schema);
    o.insert(QStringLiteral("table"), table);
    o.insert(QStringLiteral("columns"), QJsonArray::fromStringList(columns));
    o.insert(QStringLiteral("index"), index.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(index));
    o.insert(QStringLiteral("priority"), priorityName(priority));
    o.insert(QStringLiteral("reason"), reason);
    o.insert(QStringLiteral("estimated_benefit"), estimatedBenefit);
    o.insert(QStringLiteral("ddl"), ddl);
    return o;
}

void sortRecommendations(IndexRecommendations &list)
{
    std::stable_sort(list.begin(), list.end(), [](const IndexRecommendation &a, const IndexRecommendation &b) {
        if (a.priority != b.priority)
            return int(a.priority) < int(b.priority);
        if (a.kind != b.kind)
            return int(a.kind) < int(b.kind);
        if (a.schema != b.schema)
            return a.schema < b.schema;
        if (a.table != b.table)
            return a.table < b.table;
        if (a.index != b.index)
            return a.index < b.index;
        return a.ddl < b.ddl; // two missing indexes on one table: still one order, run after run
    });
}

QString IndexRecommendation::id() const
{
    return QString::fromLatin1(QCryptographicHash::hash(ddl.toUtf8(), QCryptographicHash::Sha256).toHex().left(8));
}

} // namespace dbpulse
