#include "backupfixture.h"

#include <QDebug>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

#include <libpq-fe.h>

namespace dbpulse::test {

namespace {

const char *kDataset = R"SQL(
CREATE SCHEMA shop;
CREATE SCHEMA "Ästhetik";
CREATE TABLE shop.customers (id serial PRIMARY KEY, name text NOT NULL, tags text[], profile jsonb, avatar bytea);
INSERT INTO shop.customers (name, tags, profile, avatar)
SELECT 'Kunde ' || g || ' Grüße 日本語 ✓', ARRAY['a' || g, 'ü', NULL],
       jsonb_build_object('n', g, 'nested', jsonb_build_object('x', g * 1.5, 'ok', g % 2 = 0), 'text', 'naïve "quoted"'),
       decode(md5(g::text) || '00ff00', 'hex')
FROM generate_series(1, 500) g;
CREATE SEQUENCE shop.invoice_no START 1000 INCREMENT 7;
SELECT nextval('shop.invoice_no') FROM generate_series(1, 13);
CREATE TABLE shop.orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                          customer_id int REFERENCES shop.customers, amounts numeric(10,2)[], placed timestamptz,
                          note text);
INSERT INTO shop.orders (customer_id, amounts, placed, note)
SELECT 1 + g % 500, ARRAY[g / 3.0, g * 2.25]::numeric(10,2)[], timestamptz '2026-01-01 00:00+00' + g * interval '37 minutes',
       CASE WHEN g % 5 = 0 THEN NULL ELSE E'line\nbreak\ttab \\ back' END
FROM generate_series(1, 2000) g;
CREATE TABLE "Ästhetik"."Größe" ("Wert" int, "Beschreibung" text);
INSERT INTO "Ästhetik"."Größe" VALUES (1, 'klein'), (2, 'groß'), (3, 'Ωμέγα'), (4, '😀 emoji');
CREATE VIEW shop.big_spenders AS
    SELECT c.name, sum(a) AS total FROM shop.customers c JOIN shop.orders o ON o.customer_id = c.id,
    unnest(o.amounts) a GROUP BY c.name HAVING sum(a) > 100;
CREATE FUNCTION shop.greet(who text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT 'Hallo, ' || who || '!' $$;
CREATE FUNCTION shop.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.note := coalesce(NEW.note, 'x'); RETURN NEW; END $$;
CREATE TRIGGER orders_touch BEFORE INSERT ON shop.orders FOR EACH ROW EXECUTE FUNCTION shop.touch();
CREATE TABLE public.documents (id int PRIMARY KEY, blob oid, meta jsonb);
INSERT INTO public.documents SELECT g, lo_from_bytea(0, convert_to(repeat('Dokument ' || g || ' — ', 200), 'UTF8')),
       '{"k": [1, 2, {"z": null}]}' FROM generate_series(1, 5) g;
COMMENT ON TABLE shop.orders IS 'Bestellungen — orders';
)SQL";

} // namespace

bool execSql(const QString &uri, const QString &sql)
{
    PGconn *conn = PQconnectdb(uri.toUtf8().constData());
    bool ok = PQstatus(conn) == CONNECTION_OK;
    if (!ok)
        qWarning() << "connect" << PQerrorMessage(conn);
    if (ok) {
        PGresult *res = PQexec(conn, sql.toUtf8().constData());
        ok = PQresultStatus(res) == PGRES_COMMAND_OK || PQresultStatus(res) == PGRES_TUPLES_OK;
        if (!ok)
            qWarning() << PQresultErrorMessage(res);
        PQclear(res);
    }
    PQfinish(conn);
    return ok;
}

static QList<QStringList> rows(const QString &uri, const QString &sql)
{
    QList<QStringList> out;
    PGconn *conn = PQconnectdb(uri.toUtf8().constData());
    if (PQstatus(conn) != CONNECTION_OK)
        QTest::qFail(qPrintable(QStringLiteral("cannot connect to %1: %2").arg(uri, QString::fromUtf8(PQerrorMessage(conn)))), __FILE__, __LINE__);
    if (PQstatus(conn) == CONNECTION_OK) {
        PGresult *res = PQexec(conn, sql.toUtf8().constData());
        if (PQresultStatus(res) == PGRES_TUPLES_OK) {
            for (int r = 0; r < PQntuples(res); ++r) {
                QStringList row;
                for (int c = 0; c < PQnfields(res); ++c)
                    row << QString::fromUtf8(PQgetvalue(res, r, c));
                out << row;
            }
        } else {
            // A comparison built on a failed query would compare nothing: fail the running test.
            QTest::qFail(qPrintable(sql + QLatin1String(": ") + QString::fromUtf8(PQresultErrorMessage(res))), __FILE__, __LINE__);
        }
        PQclear(res);
    }
    PQfinish(conn);
    return out;
}

QString queryValue(const QString &uri, const QString &sql)
{
    const auto r = rows(uri, sql);
    return r.isEmpty() || r.first().isEmpty() ? QString() : r.first().first();
}

bool databaseExists(const QString &adminUri, const QString &name)
{
    PGconn *conn = PQconnectdb(adminUri.toUtf8().constData());
    const QByteArray n = name.toUtf8();
    const char *values[] = {n.constData()};
    PGresult *res = PQexecParams(conn, "SELECT 1 FROM pg_database WHERE datname = $1", 1, nullptr, values, nullptr, nullptr, 0);
    const bool exists = PQresultStatus(res) == PGRES_TUPLES_OK && PQntuples(res) == 1;
    PQclear(res);
    PQfinish(conn);
    return exists;
}

bool createDataset(const QString &adminUri, const QString &uriOfNewDb, const QString &name, int bigRows)
{
    if (!execSql(adminUri, QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(name))
        || !execSql(adminUri, QStringLiteral("CREATE DATABASE \"%1\" ENCODING 'UTF8' TEMPLATE template0").arg(name)))
        return false;
    if (!execSql(uriOfNewDb, QString::fromUtf8(kDataset)))
        return false;
    if (bigRows > 0) {
        return execSql(uriOfNewDb, QStringLiteral(
            "CREATE TABLE public.big (id int, payload text); "
            "INSERT INTO public.big SELECT g, repeat(md5(g::text), 10) FROM generate_series(1, %1) g").arg(bigRows));
    }
    return true;
}

QMap<QString, QString> fingerprint(const QString &uri)
{
    QMap<QString, QString> fp;
    const auto tables = rows(uri, QStringLiteral(
        "SELECT format('%I.%I', n.nspname, c.relname) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE c.relkind = 'r' AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%' "
        "ORDER BY 1"));
    for (const QStringList &t : tables) {
        fp.insert(QStringLiteral("table ") + t.first(),
                  queryValue(uri, QStringLiteral("SELECT count(*) || ':' || coalesce(md5(string_agg(x::text, E'\\n' ORDER BY x::text)), '') FROM %1 x").arg(t.first())));
    }
    // A sequence restores exactly when its next nextval() matches: position, whether it was
    // called, and its parameters (increment, bounds, cycle, cache).
    const auto seqs = rows(uri, QStringLiteral(
        "SELECT format('%I.%I', schemaname, sequencename), "
        "concat_ws(' ', data_type, start_value, min_value, max_value, increment_by, cycle, cache_size) FROM pg_sequences ORDER BY 1"));
    for (const QStringList &s : seqs) {
        const QString state = queryValue(uri, QStringLiteral("SELECT last_value || ' called=' || is_called FROM %1").arg(s.at(0)));
        fp.insert(QStringLiteral("sequence ") + s.at(0), s.at(1) + QStringLiteral(" last=") + state);
    }
    const auto indexes = rows(uri, QStringLiteral(
        "SELECT format('%I.%I', schemaname, indexname), indexdef FROM pg_indexes "
        "WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1"));
    for (const QStringList &i : indexes)
        fp.insert(QStringLiteral("index ") + i.at(0), i.at(1));
    // Constraints by table and name: their definitions, and whether they are validated/deferrable.
    const auto constraints = rows(uri, QStringLiteral(
        "SELECT format('%s %I', c.conrelid::regclass, c.conname), "
        "concat_ws(' ', pg_get_constraintdef(c.oid), 'validated=' || c.convalidated, 'deferrable=' || c.condeferrable) "
        "FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace "
        "WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1"));
    for (const QStringList &c : constraints)
        fp.insert(QStringLiteral("constraint ") + c.at(0), c.at(1));
    // Column defaults, identity and generation: what a restored INSERT without values produces.
    const auto defaults = rows(uri, QStringLiteral(
        "SELECT format('%s.%I', a.attrelid::regclass, a.attname), "
        "concat_ws(' ', pg_get_expr(d.adbin, d.adrelid), 'identity=' || a.attidentity::text, 'generated=' || a.attgenerated::text, "
        "'notnull=' || a.attnotnull) "
        "FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
        "LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum "
        "WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p') "
        "AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%' ORDER BY 1"));
    for (const QStringList &d : defaults)
        fp.insert(QStringLiteral("column ") + d.at(0), d.at(1));
    const auto views = rows(uri, QStringLiteral(
        "SELECT format('%I.%I', schemaname, viewname), md5(definition) FROM pg_views "
        "WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1"));
    for (const QStringList &v : views)
        fp.insert(QStringLiteral("view ") + v.at(0), v.at(1));
    const auto funcs = rows(uri, QStringLiteral(
        "SELECT p.oid::regprocedure::text, md5(pg_get_functiondef(p.oid)) FROM pg_proc p "
        "JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1"));
    for (const QStringList &f : funcs)
        fp.insert(QStringLiteral("function ") + f.at(0), f.at(1));
    fp.insert(QStringLiteral("large objects"), queryValue(uri, QStringLiteral(
        "SELECT count(*) || ':' || coalesce(md5(string_agg(oid::text || '=' || md5(lo_get(oid)), ',' ORDER BY oid)), '') "
        "FROM pg_largeobject_metadata")));
    fp.insert(QStringLiteral("triggers"), queryValue(uri, QStringLiteral(
        "SELECT string_agg(tgname, ',' ORDER BY tgname) FROM pg_trigger WHERE NOT tgisinternal")));
    fp.insert(QStringLiteral("comments"), queryValue(uri, QStringLiteral(
        "SELECT string_agg(description, ',' ORDER BY description) FROM pg_description d JOIN pg_class c ON c.oid = d.objoid "
        "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'shop'")));
    return fp;
}

Target pgTarget(const QString &uri)
{
    return *parseTarget(uri).target;
}

bool copyTree(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    QDirIterator it(from, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString src = it.next();
        const QString dst = to + u'/' + QDir(from).relativeFilePath(src);
        if (it.fileInfo().isDir() ? !QDir().mkpath(dst) : !QFile::copy(src, dst))
            return false;
    }
    return true;
}

} // namespace dbpulse::test
