#include "tests/support/hostilerole.h"

#include "tests/support/plainconnection.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace dbpulse::test {

namespace {

constexpr auto evidencePrefix = "dbpulse_evidence_";

// Planted by the superuser: the stage. PUBLIC may create in public, as before PostgreSQL 15.
constexpr auto stageSql = R"SQL(
CREATE ROLE mallory LOGIN PASSWORD 'mallory-pw' NOSUPERUSER NOCREATEDB NOCREATEROLE;
GRANT CREATE ON SCHEMA public TO PUBLIC;
GRANT ALL ON DATABASE hostile TO mallory;
)SQL";

// Planted by mallory. Bodies name pg_catalog explicitly so the overloads cannot call themselves.
constexpr auto plantSql = R"SQL(
CREATE FUNCTION public.leave_evidence(tag text) RETURNS void LANGUAGE plpgsql VOLATILE AS $f$
BEGIN
  -- A later statement of the victim's session would now run read-write.
  PERFORM pg_catalog.set_config('default_transaction_read_only', 'off', false);
  -- COPY to a file wants an absolute path; data_directory is readable only by superusers too.
  EXECUTE pg_catalog.format('COPY (SELECT %L, current_user) TO %L', tag,
                            pg_catalog.current_setting('data_directory') || '/dbpulse_evidence_' || tag);
EXCEPTION WHEN others THEN
  NULL; -- without a superuser's rights: nothing, and no error to give the plant away
END $f$;

-- plpgsql, so the planner cannot inline it: it calls it to estimate "k = evil()".
CREATE FUNCTION public.evil() RETURNS int LANGUAGE plpgsql STABLE AS
  $f$ BEGIN
       -- Says, inside the caller's transaction, that it ran and as whom (the sandbox tests read it).
       PERFORM pg_catalog.set_config('mallory.ran_as', current_user::text, false);
       PERFORM public.leave_evidence('stable_function'); RETURN 1;
     END $f$;

CREATE TABLE public.mallory_t (k int, v text);
INSERT INTO public.mallory_t SELECT g, 'v' || g FROM generate_series(1, 5000) g;
CREATE INDEX mallory_t_v ON public.mallory_t (v);
ANALYZE public.mallory_t;
CREATE VIEW public.mallory_view AS SELECT k, v, public.evil() AS e FROM public.mallory_t;

CREATE FUNCTION public.format(text, name, name) RETURNS text LANGUAGE sql VOLATILE AS
  $f$ SELECT pg_catalog.format($1, $2, $3) FROM (SELECT public.leave_evidence('format_name_name')) x $f$;
CREATE FUNCTION public.format(text, name) RETURNS text LANGUAGE sql VOLATILE AS
  $f$ SELECT pg_catalog.format($1, $2) FROM (SELECT public.leave_evidence('format_name')) x $f$;
CREATE FUNCTION public.format(text, text, text) RETURNS text LANGUAGE sql VOLATILE AS
  $f$ SELECT pg_catalog.format($1, $2, $3) FROM (SELECT public.leave_evidence('format_text_text')) x $f$;
CREATE FUNCTION public.quote_ident(name) RETURNS text LANGUAGE sql VOLATILE AS
  $f$ SELECT pg_catalog.quote_ident($1::text) FROM (SELECT public.leave_evidence('quote_ident')) x $f$;
CREATE FUNCTION public.pg_relation_size(oid) RETURNS bigint LANGUAGE sql VOLATILE AS
  $f$ SELECT pg_catalog.pg_relation_size($1::regclass) FROM (SELECT public.leave_evidence('pg_relation_size')) x $f$;
CREATE FUNCTION public.pg_total_relation_size(oid) RETURNS bigint LANGUAGE sql VOLATILE AS
  $f$ SELECT pg_catalog.pg_total_relation_size($1::regclass) FROM (SELECT public.leave_evidence('pg_total_relation_size')) x $f$;
CREATE FUNCTION public.pg_table_size(oid) RETURNS bigint LANGUAGE sql VOLATILE AS
  $f$ SELECT pg_catalog.pg_table_size($1::regclass) FROM (SELECT public.leave_evidence('pg_table_size')) x $f$;
CREATE FUNCTION public.pg_indexes_size(oid) RETURNS bigint LANGUAGE sql VOLATILE AS
  $f$ SELECT pg_catalog.pg_indexes_size($1::regclass) FROM (SELECT public.leave_evidence('pg_indexes_size')) x $f$;
CREATE FUNCTION public.pg_size_pretty(integer) RETURNS text LANGUAGE sql VOLATILE AS
  $f$ SELECT pg_catalog.pg_size_pretty($1::bigint) FROM (SELECT public.leave_evidence('pg_size_pretty')) x $f$;
CREATE FUNCTION public.lower(name) RETURNS text LANGUAGE sql VOLATILE AS
  $f$ SELECT pg_catalog.lower($1::text) FROM (SELECT public.leave_evidence('lower')) x $f$;
CREATE FUNCTION public.length(name) RETURNS int LANGUAGE sql VOLATILE AS
  $f$ SELECT pg_catalog.length($1::text) FROM (SELECT public.leave_evidence('length')) x $f$;
CREATE FUNCTION public.array_to_string(name[], text) RETURNS text LANGUAGE sql VOLATILE AS
  $f$ SELECT pg_catalog.array_to_string($1, $2) FROM (SELECT public.leave_evidence('array_to_string')) x $f$;
CREATE FUNCTION public.string_agg_shadow(name) RETURNS text LANGUAGE sql VOLATILE AS
  $f$ SELECT $1::text FROM (SELECT public.leave_evidence('string_agg_shadow')) x $f$;
)SQL";

// Mallory's own workload: recorded by pg_stat_statements under her user id.
const QStringList workload = {
    u"SELECT * FROM mallory_t WHERE k = evil()"_s,
    u"SELECT count(*) FROM mallory_view WHERE v = 'v7'"_s,
    u"SELECT v FROM mallory_t WHERE k = evil() AND v = 'v9'"_s,
};

QString roleUri(LocalCluster *cluster)
{
    QString uri = cluster->uri(QString::fromLatin1(HostileRole::database));
    const QString super = cluster->superuser() + QLatin1Char('@');
    return uri.replace(uri.indexOf(super), super.size(), u"mallory:mallory-pw@"_s);
}

} // namespace

QString HostileRole::superuserUri(LocalCluster *cluster)
{
    return cluster->uri(QString::fromLatin1(database));
}

bool HostileRole::plant(LocalCluster *cluster, QString *error)
{
    {
        PlainConnection admin(cluster->uri());
        if (!admin.ok()) {
            *error = admin.error();
            return false;
        }
        admin.exec(u"DROP DATABASE IF EXISTS hostile WITH (FORCE)"_s);
        admin.exec(u"DROP ROLE IF EXISTS mallory"_s);
        if (const QString e = admin.exec(u"CREATE DATABASE hostile"_s); !e.isEmpty()) {
            *error = e;
            return false;
        }
    }
    PlainConnection super(superuserUri(cluster));
    if (const QString e = super.exec(QString::fromUtf8(stageSql)); !e.isEmpty()) {
        *error = u"stage: "_s + e;
        return false;
    }
    super.exec(u"CREATE EXTENSION IF NOT EXISTS pg_stat_statements"_s);
    super.exec(u"CREATE EXTENSION IF NOT EXISTS hypopg"_s);
    PlainConnection mallory(roleUri(cluster));
    if (!mallory.ok()) {
        *error = u"cannot log in as mallory: "_s + mallory.error();
        return false;
    }
    if (const QString e = mallory.exec(QString::fromUtf8(plantSql)); !e.isEmpty()) {
        *error = u"plant: "_s + e;
        return false;
    }
    for (int round = 0; round < 3; ++round) {
        for (const QString &sql : workload) {
            if (const QString e = mallory.exec(sql); !e.isEmpty()) {
                *error = u"workload: "_s + e;
                return false;
            }
        }
    }
    clearEvidence(cluster);
    return true;
}

QStringList HostileRole::evidence(LocalCluster *cluster)
{
    const QString prefix = QString::fromLatin1(evidencePrefix);
    QStringList fired;
    const QStringList files = QDir(cluster->dataDir()).entryList({prefix + u'*'}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        fired << file.mid(prefix.size());
    return fired;
}

void HostileRole::clearEvidence(LocalCluster *cluster)
{
    const QString prefix = QString::fromLatin1(evidencePrefix);
    QDir dir(cluster->dataDir());
    for (const QString &file : dir.entryList({prefix + u'*'}, QDir::Files))
        dir.remove(file);
}

} // namespace dbpulse::test
