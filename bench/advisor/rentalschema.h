#pragma once

#include <QList>
#include <QString>
#include <QStringList>

/// \brief An out-of-sample schema for the advisor benchmark: a DVD-rental shop in the style of the
/// public "pagila" sample (films, actors, stores, customers, inventory, rentals, payments), written
/// from the domain and not from the advisor's rules, with the indexes such a schema usually ships
/// and the queries its application runs. What a DBA would do about it was written down before the
/// advisor was run on it (expectedAdvice(), acceptableAdvice()).
namespace rental {

struct Statement
{
    QString table; ///< the table the statement mainly reads, for the planner-use check
    QString sql;   ///< %1: iteration
};

/// CREATE TABLE/INDEX and data, in order.
QStringList schema();
/// The application's statements.
QList<Statement> workload();
/// "kind|table|columns-or-index" a DBA would ask for.
QStringList expectedAdvice();
/// Advice a DBA would accept but not ask for (e.g. an FK index on a small lookup table).
QStringList acceptableAdvice();

} // namespace rental
