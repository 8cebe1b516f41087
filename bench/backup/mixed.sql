-- The mixed part of the backup benchmark's dataset, beside pgbench's tables: jsonb, bytea, arrays
-- and large objects, about as much data again as pgbench's at the same scale. :scale is set by
-- run.sh (pgbench's scale factor; 10 gives ~200,000 rows and 200 large objects).
CREATE TABLE mixed_docs (
    id bigint PRIMARY KEY,
    doc jsonb NOT NULL,
    thumb bytea,
    tags text[],
    readings double precision[]
);
INSERT INTO mixed_docs
SELECT g,
       jsonb_build_object('id', g, 'name', 'item ' || g, 'price', (g % 997) * 1.25,
                          'attrs', jsonb_build_object('color', (ARRAY['red', 'green', 'blue'])[1 + g % 3],
                                                      'sizes', jsonb_build_array(g % 7, g % 11, g % 13)),
                          'note', repeat(md5(g::text), 2)),
       decode(repeat(md5(g::text) || md5((g * 7)::text), 8), 'hex'),
       ARRAY['t' || g % 50, 't' || g % 17, 'naïve ✓'],
       ARRAY[g * 0.5, g * 1.5, g % 100, random()]
FROM generate_series(1, 20000 * :scale) g;
CREATE INDEX ON mixed_docs USING gin (doc);
-- Large objects: pg_dump writes them as their own archive entries.
CREATE TABLE mixed_files (id int PRIMARY KEY, content oid NOT NULL);
INSERT INTO mixed_files
SELECT g, lo_from_bytea(0, decode(repeat(md5(g::text), 2048), 'hex'))
FROM generate_series(1, 20 * :scale) g;
ANALYZE;
