<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Advisor</name>
    <message numerus="yes">
        <source>Index %1 has %n scans in the %2; it is not a primary key, unique or exclusion index and backs no foreign key. Size %3.%4%5</source>
        <translation>
            <numerusform>Index %1 has %n scan in the %2; it is not a primary key, unique or exclusion index and backs no foreign key. Size %3.%4%5</numerusform>
            <numerusform>Index %1 has %n scans in the %2; it is not a primary key, unique or exclusion index and backs no foreign key. Size %3.%4%5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n index(es) with at most %1 scans so far will be judged from %2</source>
        <translation>
            <numerusform>%n index with at most %1 scans so far will be judged from %2</numerusform>
            <numerusform>%n indexes with at most %1 scans so far will be judged from %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 parameter value(s) given, but the statement has %n parameter(s)</source>
        <translation>
            <numerusform>%1 parameter value(s) given, but the statement has %n parameter</numerusform>
            <numerusform>%1 parameter value(s) given, but the statement has %n parameters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n statements could not be planned: permission denied for the sandbox role, which may only read. Statements that write or lock rows (UPDATE, DELETE, SELECT … FOR UPDATE) need those rights even to be planned, so their filters get no missing-index advice.</source>
        <translation>
            <numerusform>%1 of %n statement could not be planned: permission denied for the sandbox role, which may only read. Statements that write or lock rows (UPDATE, DELETE, SELECT … FOR UPDATE) need those rights even to be planned, so their filters get no missing-index advice.</numerusform>
            <numerusform>%1 of %n statements could not be planned: permission denied for the sandbox role, which may only read. Statements that write or lock rows (UPDATE, DELETE, SELECT … FOR UPDATE) need those rights even to be planned, so their filters get no missing-index advice.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n statements could not be planned (parameter types the server cannot infer, temporary tables or a changed schema) and were skipped.</source>
        <translation>
            <numerusform>%1 of %n statement could not be planned (parameter types the server cannot infer, temporary tables or a changed schema) and were skipped.</numerusform>
            <numerusform>%1 of %n statements could not be planned (parameter types the server cannot infer, temporary tables or a changed schema) and were skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n statements have constants in arithmetic (pg_stat_statements writes &quot;5 * 37&quot; as &quot;$1 * $2&quot;, which the server cannot type): they were planned with those parameters typed as integer literals.</source>
        <translation>
            <numerusform>%1 of %n statement have constants in arithmetic (pg_stat_statements writes &quot;5 * 37&quot; as &quot;$1 * $2&quot;, which the server cannot type): they were planned with those parameters typed as integer literals.</numerusform>
            <numerusform>%1 of %n statements have constants in arithmetic (pg_stat_statements writes &quot;5 * 37&quot; as &quot;$1 * $2&quot;, which the server cannot type): they were planned with those parameters typed as integer literals.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) %1, e.g. &quot;%2&quot;. A hypothetical index (hypopg) is used and cuts the plan cost by %3%.%4%5</source>
        <translation>
            <numerusform>%n statement %1, e.g. &quot;%2&quot;. A hypothetical index (hypopg) is used and cuts the plan cost by %3%.%4%5</numerusform>
            <numerusform>%n statements %1, e.g. &quot;%2&quot;. A hypothetical index (hypopg) is used and cuts the plan cost by %3%.%4%5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) %1 and keep about %2% of its rows, e.g. &quot;%3&quot;. Heuristic: not confirmed by a what-if plan (no hypopg).%4%5</source>
        <translation>
            <numerusform>%n statement %1 and keep about %2% of its rows, e.g. &quot;%3&quot;. Heuristic: not confirmed by a what-if plan (no hypopg).%4%5</numerusform>
            <numerusform>%n statements %1 and keep about %2% of its rows, e.g. &quot;%3&quot;. Heuristic: not confirmed by a what-if plan (no hypopg).%4%5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No missing-index advice: %n recorded statement(s) not planned. Planning runs the functions of the roles that wrote them, so DB Pulse plans only as its powerless sandbox role; %1.</source>
        <translation>
            <numerusform>No missing-index advice: %n recorded statement not planned. Planning runs the functions of the roles that wrote them, so DB Pulse plans only as its powerless sandbox role; %1.</numerusform>
            <numerusform>No missing-index advice: %n recorded statements not planned. Planning runs the functions of the roles that wrote them, so DB Pulse plans only as its powerless sandbox role; %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n supplied statement(s) scan %1 without an index, e.g. &quot;%2&quot;. With an index on (%3) SQLite&apos;s planner searches instead (what-if plan on a copy of the schema).</source>
        <translation>
            <numerusform>%n supplied statement scans %1 without an index, e.g. &quot;%2&quot;. With an index on (%3) SQLite&apos;s planner searches instead (what-if plan on a copy of the schema).</numerusform>
            <numerusform>%n supplied statements scan %1 without an index, e.g. &quot;%2&quot;. With an index on (%3) SQLite&apos;s planner searches instead (what-if plan on a copy of the schema).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>index search instead of a full table scan for %n statement(s)</source>
        <translation>
            <numerusform>index search instead of a full table scan for %n statement</numerusform>
            <numerusform>index search instead of a full table scan for %n statements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n schema object(s) could not be recreated for what-if planning (virtual tables?); statements using them are not checked.</source>
        <translation>
            <numerusform>%n schema object could not be recreated for what-if planning (virtual tables?); statements using it are not checked.</numerusform>
            <numerusform>%n schema objects could not be recreated for what-if planning (virtual tables?); statements using them are not checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n statements could not be planned (syntax, or objects this file does not have) and were skipped.</source>
        <translation>
            <numerusform>%1 of %n statement could not be planned (syntax, or objects this file does not have) and were skipped.</numerusform>
            <numerusform>%1 of %n statements could not be planned (syntax, or objects this file does not have) and were skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n standby server(s) replicate from this one and keep their own counters: queries there may use this index — check pg_stat_user_indexes on each before dropping.</source>
        <translation>
            <numerusform>%n standby server replicates from this one and keeps its own counters: queries there may use this index — check pg_stat_user_indexes on it before dropping.</numerusform>
            <numerusform>%n standby servers replicate from this one and keep their own counters: queries there may use this index — check pg_stat_user_indexes on each before dropping.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message numerus="yes">
        <source>%n tables, %1 rows match the manifest</source>
        <translation>
            <numerusform>%n table, %1 rows match the manifest</numerusform>
            <numerusform>%n tables, %1 rows match the manifest</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n restored table(s) not counted in the manifest: %2%3</source>
        <translation>
            <numerusform>%1; %n restored table not counted in the manifest: %2%3</numerusform>
            <numerusform>%1; %n restored tables not counted in the manifest: %2%3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message numerus="yes">
        <source>not checked: the bloat of %n table(s) cannot be measured or estimated by this role — pg_stats hides the columns of tables it may not SELECT, and pgstattuple_approx %1: %2</source>
        <translation>
            <numerusform>not checked: the bloat of %n table cannot be measured or estimated by this role — pg_stats hides the columns of tables it may not SELECT, and pgstattuple_approx %1: %2</numerusform>
            <numerusform>not checked: the bloat of %n tables cannot be measured or estimated by this role — pg_stats hides the columns of tables it may not SELECT, and pgstattuple_approx %1: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) of %1 or more judged (%2 without statistics), no btree index bloated</source>
        <translation>
            <numerusform>%n table of %1 or more judged (%2 without statistics), no btree index bloated</numerusform>
            <numerusform>%n tables of %1 or more judged (%2 without statistics), no btree index bloated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wait information not available (no execution of it was running in the %n sample(s) of pg_stat_activity the last %1 doctor run(s) took)</source>
        <translation>
            <numerusform>wait information not available (no execution of it was running in the %n sample of pg_stat_activity the last %1 doctor run(s) took)</numerusform>
            <numerusform>wait information not available (no execution of it was running in the %n samples of pg_stat_activity the last %1 doctor run(s) took)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %1 of %n samples</source>
        <translation>
            <numerusform>in %1 of %n sample</numerusform>
            <numerusform>in %1 of %n samples</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>over all %n checks</source>
        <translation>
            <numerusform>over %n check</numerusform>
            <numerusform>over all %n checks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>over %1 of %n checks</source>
        <translation>
            <numerusform>over %1 of %n check</numerusform>
            <numerusform>over %1 of %n checks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>1 problem costs %n points</source>
        <translation>
            <numerusform>1 problem costs %n point</numerusform>
            <numerusform>1 problem costs %n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 problems cost %n points</source>
        <translation>
            <numerusform>%1 problems cost %n point</numerusform>
            <numerusform>%1 problems cost %n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>−%1 %2: %n problems, the worst %3</source>
        <translation>
            <numerusform>−%1 %2: %n problem, the worst %3</numerusform>
            <numerusform>−%1 %2: %n problems, the worst %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more unused indexes, smaller than those listed (dbpulse-cli indexes lists all)</source>
        <translation>
            <numerusform>%n more unused index, smaller than those listed (dbpulse-cli indexes lists all)</numerusform>
            <numerusform>%n more unused indexes, smaller than those listed (dbpulse-cli indexes lists all)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more duplicate indexes, smaller than those listed (dbpulse-cli indexes lists all)</source>
        <translation>
            <numerusform>%n more duplicate index, smaller than those listed (dbpulse-cli indexes lists all)</numerusform>
            <numerusform>%n more duplicate indexes, smaller than those listed (dbpulse-cli indexes lists all)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more invalid indexes (%1 in all; the report lists the first %2)</source>
        <translation>
            <numerusform>and %n more invalid index (%1 in all; the report lists the first %2)</numerusform>
            <numerusform>and %n more invalid indexes (%1 in all; the report lists the first %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more NOT VALID constraints (%1 in all; the report lists the first %2)</source>
        <translation>
            <numerusform>and %n more NOT VALID constraint (%1 in all; the report lists the first %2)</numerusform>
            <numerusform>and %n more NOT VALID constraints (%1 in all; the report lists the first %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at least %n row(s) of %1 (%2) reference no row of %3%4%5</source>
        <translation>
            <numerusform>at least %n row of %1 (%2) references no row of %3%4%5</numerusform>
            <numerusform>at least %n rows of %1 (%2) reference no row of %3%4%5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 (%2) reference no row of %3%4%5</source>
        <translation>
            <numerusform>%n row of %1 (%2) references no row of %3%4%5</numerusform>
            <numerusform>%n rows of %1 (%2) reference no row of %3%4%5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n foreign key(s) scanned</source>
        <translation>
            <numerusform>%1 of %n foreign key scanned</numerusform>
            <numerusform>%1 of %n foreign keys scanned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n foreign key(s) scanned</source>
        <translation>
            <numerusform>%n foreign key scanned</numerusform>
            <numerusform>%n foreign keys scanned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>over budget in %1 of the last %n measured interval(s) between doctor runs</source>
        <translation>
            <numerusform>over budget in %1 of the last %n measured interval between doctor runs</numerusform>
            <numerusform>over budget in %1 of the last %n measured intervals between doctor runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) judged since the last doctor run, none over budget in %1 of the last %2 intervals</source>
        <translation>
            <numerusform>%n statement judged since the last doctor run, none over budget in %1 of the last %2 intervals</numerusform>
            <numerusform>%n statements judged since the last doctor run, none over budget in %1 of the last %2 intervals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>integrity_check reports %n problem(s): %1</source>
        <translation>
            <numerusform>integrity_check reports %n problem: %1</numerusform>
            <numerusform>integrity_check reports %n problems: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) reference a missing parent row</source>
        <translation>
            <numerusform>%n row references a missing parent row</numerusform>
            <numerusform>%n rows reference a missing parent row</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message numerus="yes">
        <source>%n problem(s) found</source>
        <translation>
            <numerusform>%n problem found</numerusform>
            <numerusform>%n problems found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problems; nothing was run</source>
        <translation>
            <numerusform>%n problem; nothing was run</numerusform>
            <numerusform>%n problems; nothing was run</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1; nothing was run</source>
        <translation>
            <numerusform>%n problem in %1; nothing was run</numerusform>
            <numerusform>%n problems in %1; nothing was run</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dbpulse::BackupScheduler</name>
    <message numerus="yes">
        <source>%1; %n old backups deleted</source>
        <translation>
            <numerusform>%1; %n old backup deleted</numerusform>
            <numerusform>%1; %n old backups deleted</numerusform>
        </translation>
    </message>
</context>
</TS>
