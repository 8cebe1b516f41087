#pragma once

#include "tests/support/clirun.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace dbpulse {
class LocalCluster;
}

namespace dbpulse::test {

/// \brief A `dbpulse-cli doctor` run as an on-call script makes it: exit code, output, and
/// stdout parsed as the JSON report (empty for other formats or a failed run).
struct DoctorRun : ProcessRun
{
    QJsonObject json;

    /// Findings of \a check (every check when empty) of \a severity (any above ok when empty).
    QList<QJsonObject> findings(const QString &check, const QString &severity = {}) const;
    /// The field \a name of the finding of \a check about exactly \a object; empty when none.
    QString field(const QString &check, const QString &object, const char *name) const;
    QString detail(const QString &check, const QString &object) const { return field(check, object, "detail"); }
    QString value(const QString &check, const QString &object) const { return field(check, object, "value"); }
    /// Everything it printed, for failure messages.
    QString dump() const { return out + err; }
};

/// Runs the built dbpulse-cli with \a args, its data (the doctor's budget history) in a
/// directory of this test program's own.
DoctorRun runDoctorCli(const QStringList &args);
/// Runs `dbpulse-cli doctor URI --format json --throwaway` (the test clusters run with fsync off) plus \a extra.
DoctorRun doctor(const QString &uri, const QStringList &extra = {});

/// A fresh database \a name on \a cluster (dropped first when a previous run left it); its URI,
/// or empty when it could not be created.
QString freshDatabase(LocalCluster *cluster, const QString &name);
/// Writes \a contents to \a path (a --thresholds file, say); \a path, or empty on failure.
QString writeFile(const QString &path, const QByteArray &contents);

} // namespace dbpulse::test
