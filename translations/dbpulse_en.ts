<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>dbpulse::ApplyIndexDialog</name>
    <message numerus="yes">
        <source>The Indexes page compares the %n affected statement(s)&apos; latency with the latency before.</source>
        <translation>
            <numerusform>The Indexes page compares the %n affected statement&apos;s latency with the latency before.</numerusform>
            <numerusform>The Indexes page compares the %n affected statements&apos; latency with the latency before.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dbpulse::BackendView</name>
    <message numerus="yes">
        <source>%n client session(s)</source>
        <translation>
            <numerusform>%n client session</numerusform>
            <numerusform>%n client sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dbpulse::BackupListModel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dbpulse::BackupSchedulesDialog</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dbpulse::BlockingTreeView</name>
    <message numerus="yes">
        <source>%n session(s) waiting on locks</source>
        <translation>
            <numerusform>%n session waiting on locks</numerusform>
            <numerusform>%n sessions waiting on locks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n root blocker(s)</source>
        <translation>
            <numerusform>%n root blocker</numerusform>
            <numerusform>%n root blockers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dbpulse::BudgetDialog</name>
    <message numerus="yes">
        <source> interval(s) in a row</source>
        <extracomment>The suffix after a number of intervals: &quot;3 intervals in a row&quot;</extracomment>
        <translation>
            <numerusform> interval in a row</numerusform>
            <numerusform> intervals in a row</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) have a class chosen on the Queries page.</source>
        <translation>
            <numerusform>%n statement has a class chosen on the Queries page.</numerusform>
            <numerusform>%n statements have a class chosen on the Queries page.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dbpulse::ConnectionTreeModel</name>
    <message numerus="yes">
        <source>%n database(s)</source>
        <translation>
            <numerusform>%n database</numerusform>
            <numerusform>%n databases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dbpulse::Freshness</name>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>%n s ago</numerusform>
            <numerusform>%n s ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dbpulse::HealthPage</name>
    <message numerus="yes">
        <source>−%1 from %n more check(s) (hover for all)</source>
        <translation>
            <numerusform>−%1 from %n more check (hover for all)</numerusform>
            <numerusform>−%1 from %n more checks (hover for all)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dbpulse::IndexesPage</name>
    <message numerus="yes">
        <source>%n recommendation(s).</source>
        <translation>
            <numerusform>%n recommendation.</numerusform>
            <numerusform>%n recommendations.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dbpulse::MetricsFacts</name>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n root blocker(s)</source>
        <translation>
            <numerusform>%n root blocker</numerusform>
            <numerusform>%n root blockers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>pg_stat_statements: %n statement(s) ran in %1 in the last interval before contact was lost</source>
        <translation>
            <numerusform>pg_stat_statements: %n statement ran in %1 in the last interval before contact was lost</numerusform>
            <numerusform>pg_stat_statements: %n statements ran in %1 in the last interval before contact was lost</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>pg_stat_statements: %n statement(s) ran in %1 in the last interval; latency percentiles are estimates</source>
        <translation>
            <numerusform>pg_stat_statements: %n statement ran in %1 in the last interval; latency percentiles are estimates</numerusform>
            <numerusform>pg_stat_statements: %n statements ran in %1 in the last interval; latency percentiles are estimates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of the last %n interval(s) over budget</source>
        <translation>
            <numerusform>%1 of the last %n interval over budget</numerusform>
            <numerusform>%1 of the last %n intervals over budget</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Budgets: %n statement(s) over budget now — worst: %1 %2, p95 %3 ms vs %4 ms (streak %5) · %6</source>
        <extracomment>%1 is a query class (e.g. &quot;OLTP&quot;), %2 the statement&apos;s text or &quot;query 123&quot;, %6 the burn rate</extracomment>
        <translation>
            <numerusform>Budgets: %n statement over budget now — worst: %1 %2, p95 %3 ms vs %4 ms (streak %5) · %6</numerusform>
            <numerusform>Budgets: %n statements over budget now — worst: %1 %2, p95 %3 ms vs %4 ms (streak %5) · %6</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dbpulse::MigrationConfirmDialog</name>
    <message numerus="yes">
        <source>Apply %n migration(s) to the database &lt;b&gt;%1&lt;/b&gt; on &lt;b&gt;%2&lt;/b&gt;?</source>
        <translation>
            <numerusform>Apply %n migration to the database &lt;b&gt;%1&lt;/b&gt; on &lt;b&gt;%2&lt;/b&gt;?</numerusform>
            <numerusform>Apply %n migrations to the database &lt;b&gt;%1&lt;/b&gt; on &lt;b&gt;%2&lt;/b&gt;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undo %n migration(s) on the database &lt;b&gt;%1&lt;/b&gt; on &lt;b&gt;%2&lt;/b&gt;? Their down SQL will run and may drop tables and data.</source>
        <translation>
            <numerusform>Undo %n migration on the database &lt;b&gt;%1&lt;/b&gt; on &lt;b&gt;%2&lt;/b&gt;? Its down SQL will run and may drop tables and data.</numerusform>
            <numerusform>Undo %n migrations on the database &lt;b&gt;%1&lt;/b&gt; on &lt;b&gt;%2&lt;/b&gt;? Their down SQL will run and may drop tables and data.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dbpulse::MigrationsPage</name>
    <message numerus="yes">
        <source>%1 — %2 layout — %n pending</source>
        <translation>
            <numerusform>%1 — %2 layout — %n pending</numerusform>
            <numerusform>%1 — %2 layout — %n pending</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dbpulse::PlanView</name>
    <message numerus="yes">
        <source>%n node(s) with a row estimate off by 10× or more (highlighted)</source>
        <translation>
            <numerusform>%n node with a row estimate off by 10× or more (highlighted)</numerusform>
            <numerusform>%n nodes with a row estimate off by 10× or more (highlighted)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dbpulse::QueriesPage</name>
    <message numerus="yes">
        <source>%n statement(s) with calls</source>
        <translation>
            <numerusform>%n statement with calls</numerusform>
            <numerusform>%n statements with calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) with calls from %1 to %2</source>
        <translation>
            <numerusform>%n statement with calls from %1 to %2</numerusform>
            <numerusform>%n statements with calls from %1 to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) with calls from %1 to %2 (not recorded before %3: history is not kept)</source>
        <translation>
            <numerusform>%n statement with calls from %1 to %2 (not recorded before %3: history is not kept)</numerusform>
            <numerusform>%n statements with calls from %1 to %2 (not recorded before %3: history is not kept)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) with calls from %1 to %2 (before %3 from the stored history)</source>
        <translation>
            <numerusform>%n statement with calls from %1 to %2 (before %3 from the stored history)</numerusform>
            <numerusform>%n statements with calls from %1 to %2 (before %3 from the stored history)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) with calls from %1 to %2 (nothing stored before %3)</source>
        <translation>
            <numerusform>%n statement with calls from %1 to %2 (nothing stored before %3)</numerusform>
            <numerusform>%n statements with calls from %1 to %2 (nothing stored before %3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slow</source>
        <translation>
            <numerusform>%n slow</numerusform>
            <numerusform>%n slow</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dbpulse::ReplicationPanel</name>
    <message numerus="yes">
        <source>%n standby(s)</source>
        <translation>
            <numerusform>%n standby</numerusform>
            <numerusform>%n standbys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slot(s)</source>
        <translation>
            <numerusform>%n slot</numerusform>
            <numerusform>%n slots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inactive: WAL piles up until it is used or dropped</source>
        <translation>
            <numerusform>%n inactive: WAL piles up until it is used or dropped</numerusform>
            <numerusform>%n inactive: WAL piles up until they are used or dropped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dbpulse::ServerCard</name>
    <message numerus="yes">
        <source>Database %1: %n client connection(s) of its CONNECTION LIMIT %2, %3 transactions/s, statement p95 %4, table cache hit %5</source>
        <translation>
            <numerusform>Database %1: %n client connection of its CONNECTION LIMIT %2, %3 transactions/s, statement p95 %4, table cache hit %5</numerusform>
            <numerusform>Database %1: %n client connections of its CONNECTION LIMIT %2, %3 transactions/s, statement p95 %4, table cache hit %5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Database %1: %n client connection(s), %2 transactions/s, statement p95 %3, table cache hit %4</source>
        <translation>
            <numerusform>Database %1: %n client connection, %2 transactions/s, statement p95 %3, table cache hit %4</numerusform>
            <numerusform>Database %1: %n client connections, %2 transactions/s, statement p95 %3, table cache hit %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Server: %n client connection(s) of max_connections %1</source>
        <translation>
            <numerusform>Server: %n client connection of max_connections %1</numerusform>
            <numerusform>Server: %n client connections of max_connections %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dbpulse::ServerGroupHeader</name>
    <message numerus="yes">
        <source>Server %1 — %n database(s)</source>
        <translation>
            <numerusform>Server %1 — %n database</numerusform>
            <numerusform>Server %1 — %n databases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dbpulse::ServerState</name>
    <message numerus="yes">
        <source>%1: %2 has broken its %3 ms budget for %n interval(s) in a row — estimated p95 %4 ms.</source>
        <extracomment>%1 is the server, %2 &quot;a OLTP statement (queryid 42)&quot; or &quot;the OLTP statement “SELECT …”&quot;</extracomment>
        <translation>
            <numerusform>%1: %2 has broken its %3 ms budget for %n interval in a row — estimated p95 %4 ms.</numerusform>
            <numerusform>%1: %2 has broken its %3 ms budget for %n intervals in a row — estimated p95 %4 ms.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dbpulse::SqlitePanel</name>
    <message numerus="yes">
        <source>%1 · %n frame(s) in the file</source>
        <translation>
            <numerusform>%1 · %n frame in the file</numerusform>
            <numerusform>%1 · %n frames in the file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n page(s), %2 % of the file)</source>
        <translation>
            <numerusform>%1 (%n page, %2 % of the file)</numerusform>
            <numerusform>%1 (%n pages, %2 % of the file)</numerusform>
        </translation>
    </message>
</context>
</TS>
