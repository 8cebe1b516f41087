#pragma once

#include <QDir>
#include <QFile>
#include <QMap>
#include <QString>
#include <QStringList>
#include <libpq-fe.h>

namespace dbpulse::test {

/// Runs \a sql on \a uri (blocking) and returns the first column of every row; sets *error on failure.
inline QStringList pgQuery(const QString &uri, const QString &sql, QString *error = nullptr)
{
    QStringList out;
    PGconn *conn = PQconnectdb(uri.toUtf8().constData());
    if (PQstatus(conn) != CONNECTION_OK) {
        if (error)
            *error = QString::fromUtf8(PQerrorMessage(conn));
        PQfinish(conn);
        return out;
    }
    PQsetNoticeProcessor(conn, [](void *, const char *) {}, nullptr);
    PGresult *res = PQexec(conn, sql.toUtf8().constData());
    const ExecStatusType st = PQresultStatus(res);
    if (st != PGRES_TUPLES_OK && st != PGRES_COMMAND_OK && error)
        *error = QString::fromUtf8(PQresultErrorMessage(res));
    for (int r = 0; r < PQntuples(res); ++r)
        out << QString::fromUtf8(PQgetvalue(res, r, 0));
    PQclear(res);
    PQfinish(conn);
    return out;
}

inline QString pgValue(const QString &uri, const QString &sql)
{
    return pgQuery(uri, sql).value(0);
}

/// A new empty database per test, so tests never see each other's history.
inline QString freshDatabase(const QString &adminUri, const QString &baseUri, const QString &name)
{
    QString error;
    pgQuery(adminUri, QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(name), &error);
    pgQuery(adminUri, QStringLiteral("CREATE DATABASE \"%1\"").arg(name), &error);
    Q_UNUSED(baseUri);
    return error;
}

/// Writes \a files (name → content) into \a dir.
inline bool writeFiles(const QString &dir, const QMap<QString, QString> &files)
{
    QDir().mkpath(dir);
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        QFile f(QDir(dir).filePath(it.key()));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        f.write(it.value().toUtf8());
    }
    return true;
}

/// Three migrations in \a style ("dbmate", "flyway", "native"): users, posts, an index on posts.
inline QMap<QString, QString> sampleMigrations(const QString &style)
{
    if (style == QLatin1String("dbmate")) {
        return {
            {QStringLiteral("20240101000001_create_users.sql"),
             QStringLiteral("-- migrate:up\nCREATE TABLE users (id serial PRIMARY KEY, name text NOT NULL);\n\n-- migrate:down\nDROP TABLE users CASCADE;\n")},
            {QStringLiteral("20240101000002_create_posts.sql"),
             QStringLiteral("-- migrate:up\nCREATE TABLE posts (id serial PRIMARY KEY, user_id int REFERENCES users, body text);\n"
                            "INSERT INTO users (name) VALUES ('alice');\n\n-- migrate:down\nDROP TABLE posts;\nDELETE FROM users WHERE name = 'alice';\n")},
            {QStringLiteral("20240101000003_index_posts.sql"),
             QStringLiteral("-- migrate:up transaction:false\nCREATE INDEX CONCURRENTLY posts_user_idx ON posts (user_id);\n\n"
                            "-- migrate:down transaction:false\nDROP INDEX CONCURRENTLY posts_user_idx;\n")},
        };
    }
    return {
        {QStringLiteral("V1__create_users.sql"), QStringLiteral("CREATE TABLE users (id serial PRIMARY KEY, name text NOT NULL);\n")},
        {QStringLiteral("U1__create_users.sql"), QStringLiteral("DROP TABLE users CASCADE;\n")},
        {QStringLiteral("V2__create_posts.sql"),
         QStringLiteral("CREATE TABLE posts (id serial PRIMARY KEY, user_id int REFERENCES users, body text);\n"
                        "INSERT INTO users (name) VALUES ('alice');\n")},
        {QStringLiteral("U2__create_posts.sql"), QStringLiteral("DROP TABLE posts;\nDELETE FROM users WHERE name = 'alice';\n")},
        {QStringLiteral("V3__index_posts.sql"), QStringLiteral("CREATE INDEX CONCURRENTLY posts_user_idx ON posts (user_id);\n")},
        {QStringLiteral("U3__index_posts.sql"), QStringLiteral("DROP INDEX CONCURRENTLY posts_user_idx;\n")},
        {QStringLiteral("R__users_view.sql"), QStringLiteral("CREATE OR REPLACE VIEW user_names AS SELECT name FROM users;\n")},
    };
}

} // namespace dbpulse::test
