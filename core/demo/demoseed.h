#pragma once

#include <QString>

#include <functional>

namespace dbpulse {

/// \brief Row counts of the demo schema for a scale factor (1.0 = 100,000 orders); any thread.
struct DemoSeedCounts
{
    qint64 customers = 0;
    qint64 products = 0;
    qint64 orders = 0;
    qint64 orderItems = 0;
    qint64 payments = 0; ///< approximate: ~90% of orders plus some failed attempts
    qint64 events = 0;

    static DemoSeedCounts forScale(double scale);
};

/// \brief Options for seedDemoDatabase().
struct DemoSeedOptions
{
    double scale = 1.0;                          ///< 1.0 ≈ 2 s; tests use 0.02–0.05
    QString database = QStringLiteral("dbpulse_demo");
};

/// \brief Drops and re-creates the demo database on the server reached by \a conninfo (a libpq
/// URI or key=value string of a superuser, any existing database), seeds the shop schema with its
/// deliberate flaws (see docs/demo.md), creates the `dbpulse_monitor` role (pg_monitor only) and
/// ANALYZEs. Blocking: CLI, test or worker thread, never the GUI thread. \a progress, when set,
/// is called on the calling thread with a short text before each step.
bool seedDemoDatabase(const QString &conninfo, const DemoSeedOptions &options, QString *error,
                      const std::function<void(const QString &)> &progress = {});

} // namespace dbpulse
