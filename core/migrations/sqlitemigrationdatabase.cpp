// SQLite through QtSql: DDL is transactional there too, so the runner's rules hold unchanged.
#include "core/migrations/migrationdatabase.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

namespace dbpulse {

namespace {

class SqliteMigrationDatabase final : public MigrationDatabase
{
public:
    SqliteMigrationDatabase(const QString &connectionName, const QString &path)
        : m_name(connectionName), m_path(path) {}
    ~SqliteMigrationDatabase() override
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }

    Dialect dialect() const override { return Dialect::SQLite; }
    QString label() const override { return QFileInfo(m_path).fileName(); }
    QString databaseName() const override { return QFileInfo(m_path).fileName(); }
    QString server() const override { return QFileInfo(m_path).absoluteFilePath(); }

    SqlResult exec(const QString &sql, const QVariantList &params) override
    {
        SqlResult r;
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        QString text = sql;
        // Our history SQL is written with $1, $2 …; QtSql's SQLite driver binds "?" positionally.
        static const QRegularExpression placeholder(QStringLiteral("\\$\\d+"));
        if (!params.isEmpty())
            text.replace(placeholder, QStringLiteral("?"));
        bool ok = params.isEmpty() ? q.exec(text) : q.prepare(text);
        if (ok && !params.isEmpty()) {
            for (const QVariant &v : params)
                q.addBindValue(v.isNull() ? QVariant() : QVariant(v.toString()));
            ok = q.exec();
        }
        if (!ok) {
            r.error = QStringLiteral("ERROR: ") + q.lastError().databaseText();
            return r;
        }
        r.ok = true;
        while (q.next()) {
            QStringList cells;
            for (int c = 0; c < q.record().count(); ++c)
                cells << (q.value(c).isNull() ? QString() : q.value(c).toString());
            r.rows << cells;
        }
        return r;
    }

    bool tryLock(QString *error) override
    {
        error->clear();
        return true;
    }
    void unlock() override {}

private:
    QString m_name;
    QString m_path;
};

} // namespace

std::unique_ptr<MigrationDatabase> openSqliteMigrationDatabase(const QString &path, QString *error)
{
    const QString name = QStringLiteral("dbpulse-migrate-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        // Another runner's write transaction makes us wait instead of failing at once.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000"));
        if (!db.open()) {
            *error = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return nullptr;
        }
    }
    return std::make_unique<SqliteMigrationDatabase>(name, path);
}

} // namespace dbpulse
