<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Advisor</name>
    <message>
        <source>the index advisor needs a PostgreSQL target</source>
        <translation>der Index-Advisor braucht ein PostgreSQL-Ziel</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source> It is a partitioned index: DROP INDEX cannot run CONCURRENTLY and locks the table and its partitions.</source>
        <translation> Es ist ein partitionierter Index: DROP INDEX kann nicht CONCURRENTLY laufen und sperrt die Tabelle samt ihren Partitionen.</translation>
    </message>
    <message>
        <source>%1 reclaimed, cheaper writes</source>
        <translation>%1 frei, günstigere Schreibvorgänge</translation>
    </message>
    <message>
        <source>cheaper writes</source>
        <translation>günstigere Schreibvorgänge</translation>
    </message>
    <message>
        <source>queries never use it and writes do not maintain it (its build stopped before it was ready)</source>
        <translation>keine Abfrage nutzt ihn, und Schreibvorgänge pflegen ihn nicht (sein Aufbau brach ab, bevor er fertig war)</translation>
    </message>
    <message>
        <source>queries never use it, but every write still maintains it and it still rejects duplicate keys</source>
        <translation>keine Abfrage nutzt ihn, aber jeder Schreibvorgang pflegt ihn weiter, und er weist weiterhin doppelte Schlüssel zurück</translation>
    </message>
    <message>
        <source>queries never use it, but every write still maintains it</source>
        <translation>keine Abfrage nutzt ihn, aber jeder Schreibvorgang pflegt ihn weiter</translation>
    </message>
    <message>
        <source>Index %1 is invalid (indisvalid = false), typically left by a failed CREATE INDEX CONCURRENTLY: %2. Drop it, then recreate it once the cause is fixed.</source>
        <translation>Index %1 ist ungültig (indisvalid = false), meist Rest eines fehlgeschlagenen CREATE INDEX CONCURRENTLY: %2. Löschen Sie ihn und legen Sie ihn neu an, sobald die Ursache behoben ist.</translation>
    </message>
    <message>
        <source>%1 reclaimed (writes do not maintain it)</source>
        <translation>%1 frei (Schreibvorgänge pflegen ihn nicht)</translation>
    </message>
    <message>
        <source>Foreign key %1 (%2) → %3 has no index on the referencing columns: every delete or key update in %3 scans %4 (about %5 rows), and joins on the key cannot use an index.%6</source>
        <translation>Fremdschlüssel %1 (%2) → %3 hat keinen Index auf den referenzierenden Spalten: Jedes Löschen oder Schlüssel-Update in %3 durchsucht %4 (etwa %5 Zeilen), und Joins über den Schlüssel können keinen Index nutzen.%6</translation>
    </message>
    <message>
        <source> Partitioned table: CREATE INDEX cannot run CONCURRENTLY and locks writes while it builds.</source>
        <translation> Partitionierte Tabelle: CREATE INDEX kann nicht CONCURRENTLY laufen und sperrt Schreibvorgänge während des Aufbaus.</translation>
    </message>
    <message>
        <source>index lookups instead of scans of %1 rows per referenced-row delete</source>
        <translation>Indexzugriffe statt Scans über %1 Zeilen je gelöschter referenzierter Zeile</translation>
    </message>
    <message>
        <source>estimated from statistics</source>
        <translation>aus den Statistiken geschätzt</translation>
    </message>
    <message>
        <source>measured with pgstattuple: leaf density %1%</source>
        <translation>mit pgstattuple gemessen: Blattdichte %1 %</translation>
    </message>
    <message>
        <source>Index %1 is about %2% bloat (%3); size %4.</source>
        <translation>Index %1 besteht zu etwa %2 % aus Bloat (%3); Größe %4.</translation>
    </message>
    <message>
        <source>about %1 reclaimed</source>
        <translation>etwa %1 frei</translation>
    </message>
    <message>
        <source>cannot read indexes: %1</source>
        <translation>Indizes können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot read foreign keys: %1</source>
        <translation>Fremdschlüssel können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot read the statistics window: %1</source>
        <translation>Statistikzeitraum kann nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Index %1 has %n scans in the %2; it is not a primary key, unique or exclusion index and backs no foreign key. Size %3.%4%5</source>
        <translation>
            <numerusform>Index %1 wurde im Zeitraum %2 %n-mal gescannt; er ist weder Primärschlüssel noch Unique- oder Exclusion-Index und stützt keinen Fremdschlüssel. Größe %3.%4%5</numerusform>
            <numerusform>Index %1 wurde im Zeitraum %2 %n-mal gescannt; er ist weder Primärschlüssel noch Unique- oder Exclusion-Index und stützt keinen Fremdschlüssel. Größe %3.%4%5</numerusform>
        </translation>
    </message>
    <message>
        <source>Index %1 has the same columns, method and predicate as %2%3, which stays. Every write maintains both.%4</source>
        <translation>Index %1 hat dieselben Spalten, dieselbe Methode und dasselbe Prädikat wie %2%3, der bleibt. Jeder Schreibvorgang pflegt beide.%4</translation>
    </message>
    <message>
        <source> (unique)</source>
        <translation> (unique)</translation>
    </message>
    <message>
        <source>Index %1 (%2) is a leading prefix of %3 (%4) with the same method and predicate; %3 serves the same lookups and stays.%5</source>
        <translation>Index %1 (%2) ist ein führendes Präfix von %3 (%4) mit derselben Methode und demselben Prädikat; %3 bedient dieselben Zugriffe und bleibt.%5</translation>
    </message>
    <message>
        <source>Unused indexes are not judged: the server&apos;s start time could not be read, so the scan counters cover an unknown time.</source>
        <translation>Ungenutzte Indizes werden nicht beurteilt: Die Startzeit des Servers war nicht lesbar, daher decken die Scan-Zähler einen unbekannten Zeitraum ab.</translation>
    </message>
    <message>
        <source>Unused indexes are not judged yet: the scan counters cover only the %1, less than the %2 an index must go unscanned to be called unused; %3.</source>
        <translation>Ungenutzte Indizes werden noch nicht beurteilt: Die Scan-Zähler decken nur den Zeitraum %1 ab, weniger als die %2, die ein Index ohne Scan bleiben muss, um als ungenutzt zu gelten; %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n index(es) with at most %1 scans so far will be judged from %2</source>
        <translation>
            <numerusform>%n Index mit bisher höchstens %1 Scans wird ab %2 beurteilt</numerusform>
            <numerusform>%n Indizes mit bisher höchstens %1 Scans werden ab %2 beurteilt</numerusform>
        </translation>
    </message>
    <message>
        <source>they will be judged from %1</source>
        <translation>sie werden ab %1 beurteilt</translation>
    </message>
    <message numerus="yes">
        <source>%1 parameter value(s) given, but the statement has %n parameter(s)</source>
        <translation>
            <numerusform>%1 Parameterwert(e) angegeben, aber die Anweisung hat %n Parameter</numerusform>
            <numerusform>%1 Parameterwert(e) angegeben, aber die Anweisung hat %n Parameter</numerusform>
        </translation>
    </message>
    <message>
        <source>Generic plan: no parameter values were given.</source>
        <translation>Generischer Plan: Es wurden keine Parameterwerte angegeben.</translation>
    </message>
    <message>
        <source>%1 (EXPLAIN ANALYZE runs in a read-only transaction: statements that write are only planned, never run)</source>
        <translation>%1 (EXPLAIN ANALYZE läuft in einer Nur-Lese-Transaktion: Schreibende Anweisungen werden nur geplant, nie ausgeführt)</translation>
    </message>
    <message>
        <source>%1 typed %2</source>
        <translation>%1 als %2 typisiert</translation>
    </message>
    <message>
        <source>The server could not infer every parameter&apos;s type (pg_stat_statements wrote constants as $n, e.g. 5 * 37 as $1 * $2): %1, as a literal there would be.</source>
        <translation>Der Server konnte nicht jeden Parametertyp ableiten (pg_stat_statements hat Konstanten als $n geschrieben, z. B. 5 * 37 als $1 * $2): %1, wie es ein Literal an dieser Stelle wäre.</translation>
    </message>
    <message>
        <source>%1 was NULL: the plan may differ from real executions.</source>
        <translation>%1 war NULL: Der Plan kann von echten Ausführungen abweichen.</translation>
    </message>
    <message>
        <source>%1 and %2 were NULL: the plan may differ from real executions.</source>
        <translation>%1 und %2 waren NULL: Der Plan kann von echten Ausführungen abweichen.</translation>
    </message>
    <message>
        <source>Analyzed %1.</source>
        <translation>Analysiert am %1.</translation>
    </message>
    <message>
        <source>Analyzed %1; index scan counters cover the %2.</source>
        <translation>Analysiert am %1; die Index-Scan-Zähler umfassen den Zeitraum %2.</translation>
    </message>
    <message>
        <source>Analyzed %1; index scan counters cover the %2 (unused indexes judged: %3 or more needed).</source>
        <translation>Analysiert am %1; die Index-Scan-Zähler umfassen den Zeitraum %2 (ungenutzte Indizes beurteilt: %3 oder mehr nötig).</translation>
    </message>
    <message>
        <source>Analyzed %1; index scan counters cover the %2 (too short to judge unused indexes: %3 needed).</source>
        <translation>Analysiert am %1; die Index-Scan-Zähler umfassen den Zeitraum %2 (zu kurz, um ungenutzte Indizes zu beurteilen: %3 nötig).</translation>
    </message>
    <message>
        <source>pgstattuple is not installed: index bloat is estimated from statistics.</source>
        <translation>pgstattuple ist nicht installiert: Der Index-Bloat wird aus den Statistiken geschätzt.</translation>
    </message>
    <message>
        <source>building the index on %1</source>
        <translation>Index auf %1 wird aufgebaut</translation>
    </message>
    <message>
        <source>applying %1 advice on %2</source>
        <translation>%1-Empfehlung für %2 wird angewendet</translation>
    </message>
    <message>
        <source>Reading the affected statements&apos; latency before the change</source>
        <translation>Latenz der betroffenen Anweisungen vor der Änderung wird gelesen</translation>
    </message>
    <message>
        <source>cancelled before the statement was sent</source>
        <translation>abgebrochen, bevor die Anweisung gesendet wurde</translation>
    </message>
    <message>
        <source>%1 before over %2 calls; no calls since the statistics reset yet: %3</source>
        <translation>vorher %1 über %2 Aufrufe; seit dem Zurücksetzen der Statistiken noch keine Aufrufe: %3</translation>
    </message>
    <message>
        <source>%1 before over %2 calls; no calls since yet: %3</source>
        <translation>vorher %1 über %2 Aufrufe; seitdem noch keine Aufrufe: %3</translation>
    </message>
    <message>
        <source>%1× faster</source>
        <translation>%1× schneller</translation>
    </message>
    <message>
        <source>%1× slower</source>
        <translation>%1× langsamer</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>keine Änderung</translation>
    </message>
    <message>
        <source>%1 → %2 ms (%3) over %4 calls since the statistics reset: %5</source>
        <translation>%1 → %2 ms (%3) über %4 Aufrufe seit dem Zurücksetzen der Statistiken: %5</translation>
    </message>
    <message>
        <source>%1 → %2 ms (%3) over %4 calls since: %5</source>
        <translation>%1 → %2 ms (%3) über %4 Aufrufe seitdem: %5</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot lock %1</source>
        <translation>%1 kann nicht gesperrt werden</translation>
    </message>
    <message>
        <source>%1 (left as it is; the new record was not saved)</source>
        <translation>%1 (unverändert gelassen; der neue Eintrag wurde nicht gespeichert)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the migrations folder %1 does not exist</source>
        <translation>der Migrationsordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>read all of index %1 on %2, which has no condition on its first key, filtering on %3</source>
        <translation>vollständiges Lesen von Index %1 auf %2 (keine Bedingung auf seiner ersten Schlüsselspalte), gefiltert nach %3</translation>
    </message>
    <message>
        <source>scan %1 sequentially filtering on %2</source>
        <translation>sequenzieller Scan von %1, gefiltert nach %2</translation>
    </message>
    <message>
        <source>scan %1 sequentially and sort the rows; an index on (%2) returns them in order</source>
        <translation>sequenzieller Scan von %1 mit anschließender Sortierung; ein Index auf (%2) liefert die Zeilen schon sortiert</translation>
    </message>
    <message>
        <source>scan %1 sequentially to join it on %2; an index lets the join look rows up</source>
        <translation>sequenzieller Scan von %1 für den Join über %2; mit einem Index kann der Join die Zeilen gezielt nachschlagen</translation>
    </message>
    <message>
        <source>hypopg failed (%1): the remaining missing-index advice is heuristic.</source>
        <translation>hypopg ist fehlgeschlagen (%1): Die übrigen Empfehlungen für fehlende Indizes sind heuristisch.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n statements could not be planned: permission denied for the sandbox role, which may only read. Statements that write or lock rows (UPDATE, DELETE, SELECT … FOR UPDATE) need those rights even to be planned, so their filters get no missing-index advice.</source>
        <translation>
            <numerusform>%1 von %n Anweisung konnte nicht geplant werden: Zugriff verweigert für die Sandbox-Rolle, die nur lesen darf. Anweisungen, die schreiben oder Zeilen sperren (UPDATE, DELETE, SELECT … FOR UPDATE), brauchen diese Rechte schon zum Planen, daher gibt es für ihre Filter keine Empfehlungen zu fehlenden Indizes.</numerusform>
            <numerusform>%1 von %n Anweisungen konnten nicht geplant werden: Zugriff verweigert für die Sandbox-Rolle, die nur lesen darf. Anweisungen, die schreiben oder Zeilen sperren (UPDATE, DELETE, SELECT … FOR UPDATE), brauchen diese Rechte schon zum Planen, daher gibt es für ihre Filter keine Empfehlungen zu fehlenden Indizes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n statements could not be planned (parameter types the server cannot infer, temporary tables or a changed schema) and were skipped.</source>
        <translation>
            <numerusform>%1 von %n Anweisung konnte nicht geplant werden (Parametertypen, die der Server nicht ableiten kann, temporäre Tabellen oder ein geändertes Schema) und wurde übersprungen.</numerusform>
            <numerusform>%1 von %n Anweisungen konnten nicht geplant werden (Parametertypen, die der Server nicht ableiten kann, temporäre Tabellen oder ein geändertes Schema) und wurden übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n statements have constants in arithmetic (pg_stat_statements writes &quot;5 * 37&quot; as &quot;$1 * $2&quot;, which the server cannot type): they were planned with those parameters typed as integer literals.</source>
        <translation>
            <numerusform>%1 von %n Anweisung enthält Konstanten in Rechenausdrücken (pg_stat_statements schreibt „5 * 37“ als „$1 * $2“, was der Server nicht typisieren kann): Sie wurden mit diesen Parametern als Integer-Literale geplant.</numerusform>
            <numerusform>%1 von %n Anweisungen enthalten Konstanten in Rechenausdrücken (pg_stat_statements schreibt „5 * 37“ als „$1 * $2“, was der Server nicht typisieren kann): Sie wurden mit diesen Parametern als Integer-Literale geplant.</numerusform>
        </translation>
    </message>
    <message>
        <source> The table had %1 sequential scans reading %2 rows.</source>
        <translation> Die Tabelle hatte %1 sequenzielle Scans, die %2 Zeilen gelesen haben.</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) %1, e.g. &quot;%2&quot;. A hypothetical index (hypopg) is used and cuts the plan cost by %3%.%4%5</source>
        <translation>
            <numerusform>%n Anweisung: %1, z. B. „%2“. Ein hypothetischer Index (hypopg) wird genutzt und senkt die Plankosten um %3 %.%4%5</numerusform>
            <numerusform>%n Anweisungen: %1, z. B. „%2“. Ein hypothetischer Index (hypopg) wird genutzt und senkt die Plankosten um %3 %.%4%5</numerusform>
        </translation>
    </message>
    <message>
        <source>cost %1 → %2 (−%3%) for %4 calls</source>
        <translation>Kosten %1 → %2 (−%3 %) bei %4 Aufrufen</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) %1 and keep about %2% of its rows, e.g. &quot;%3&quot;. Heuristic: not confirmed by a what-if plan (no hypopg).%4%5</source>
        <translation>
            <numerusform>%n Anweisung: %1, übrig bleiben etwa %2 % der Zeilen, z. B. „%3“. Heuristik: nicht durch einen What-if-Plan bestätigt (kein hypopg).%4%5</numerusform>
            <numerusform>%n Anweisungen: %1, übrig bleiben etwa %2 % der Zeilen, z. B. „%3“. Heuristik: nicht durch einen What-if-Plan bestätigt (kein hypopg).%4%5</numerusform>
        </translation>
    </message>
    <message>
        <source>index scans instead of sequential scans of ~%1 rows for %2 calls</source>
        <translation>Index-Scans statt sequenzieller Scans über ~%1 Zeilen bei %2 Aufrufen</translation>
    </message>
    <message numerus="yes">
        <source>No missing-index advice: %n recorded statement(s) not planned. Planning runs the functions of the roles that wrote them, so DB Pulse plans only as its powerless sandbox role; %1.</source>
        <translation>
            <numerusform>Keine Empfehlungen zu fehlenden Indizes: %n aufgezeichnete Anweisung nicht geplant. Beim Planen laufen die Funktionen der Rollen, die sie geschrieben haben, daher plant DB Pulse nur als seine rechtelose Sandbox-Rolle; %1.</numerusform>
            <numerusform>Keine Empfehlungen zu fehlenden Indizes: %n aufgezeichnete Anweisungen nicht geplant. Beim Planen laufen die Funktionen der Rollen, die sie geschrieben haben, daher plant DB Pulse nur als seine rechtelose Sandbox-Rolle; %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>pg_stat_statements is not installed in this database: no missing-index advice (CREATE EXTENSION pg_stat_statements; it needs shared_preload_libraries).</source>
        <translation>pg_stat_statements ist in dieser Datenbank nicht installiert: keine Empfehlungen zu fehlenden Indizes (CREATE EXTENSION pg_stat_statements; benötigt shared_preload_libraries).</translation>
    </message>
    <message>
        <source>hypopg is available but not installed in this database (CREATE EXTENSION hypopg): missing-index advice is heuristic, not confirmed by what-if plans.</source>
        <translation>hypopg ist verfügbar, aber in dieser Datenbank nicht installiert (CREATE EXTENSION hypopg): Empfehlungen zu fehlenden Indizes sind heuristisch und nicht durch What-if-Pläne bestätigt.</translation>
    </message>
    <message>
        <source>hypopg is not available: missing-index advice is heuristic, not confirmed by what-if plans.</source>
        <translation>hypopg ist nicht verfügbar: Empfehlungen zu fehlenden Indizes sind heuristisch und nicht durch What-if-Pläne bestätigt.</translation>
    </message>
    <message>
        <source>what-if plans (hypopg) switched off: missing-index advice is heuristic.</source>
        <translation>What-if-Pläne (hypopg) ausgeschaltet: Empfehlungen zu fehlenden Indizes sind heuristisch.</translation>
    </message>
    <message>
        <source>cannot read pg_stat_statements: %1 (a statement recorded in a database with another encoding, e.g. SQL_ASCII, is not valid in this one; pg_stat_statements_reset() clears it)</source>
        <translation>pg_stat_statements kann nicht gelesen werden: %1 (eine Anweisung aus einer Datenbank mit anderer Kodierung, z. B. SQL_ASCII, ist in dieser ungültig; pg_stat_statements_reset() entfernt sie)</translation>
    </message>
    <message>
        <source>cannot read pg_stat_statements: %1</source>
        <translation>pg_stat_statements kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cheaper writes and a smaller file</source>
        <translation>günstigere Schreibvorgänge und eine kleinere Datei</translation>
    </message>
    <message>
        <source>Index %1 has the same keys, order and collation as %2%3: one of them is enough.</source>
        <translation>Index %1 hat dieselben Schlüssel, dieselbe Reihenfolge und Sortierfolge wie %2%3: Einer von beiden genügt.</translation>
    </message>
    <message>
        <source> (unique, kept)</source>
        <translation> (unique, bleibt)</translation>
    </message>
    <message>
        <source>Index %1 (%2) is a leading prefix of %3 (%4), which serves the same lookups.</source>
        <translation>Index %1 (%2) ist ein führendes Präfix von %3 (%4), der dieselben Zugriffe bedient.</translation>
    </message>
    <message numerus="yes">
        <source>%n supplied statement(s) scan %1 without an index, e.g. &quot;%2&quot;. With an index on (%3) SQLite&apos;s planner searches instead (what-if plan on a copy of the schema).</source>
        <translation>
            <numerusform>%n angegebene Anweisung durchsucht %1 ohne Index, z. B. „%2“. Mit einem Index auf (%3) sucht der Planer von SQLite gezielt (What-if-Plan auf einer Kopie des Schemas).</numerusform>
            <numerusform>%n angegebene Anweisungen durchsuchen %1 ohne Index, z. B. „%2“. Mit einem Index auf (%3) sucht der Planer von SQLite gezielt (What-if-Plan auf einer Kopie des Schemas).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>index search instead of a full table scan for %n statement(s)</source>
        <translation>
            <numerusform>Indexsuche statt vollständigem Tabellenscan für %n Anweisung</numerusform>
            <numerusform>Indexsuche statt vollständigem Tabellenscan für %n Anweisungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n schema object(s) could not be recreated for what-if planning (virtual tables?); statements using them are not checked.</source>
        <translation>
            <numerusform>%n Schemaobjekt konnte für die What-if-Planung nicht nachgebildet werden (virtuelle Tabellen?); Anweisungen, die es nutzen, werden nicht geprüft.</numerusform>
            <numerusform>%n Schemaobjekte konnten für die What-if-Planung nicht nachgebildet werden (virtuelle Tabellen?); Anweisungen, die sie nutzen, werden nicht geprüft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n statements could not be planned (syntax, or objects this file does not have) and were skipped.</source>
        <translation>
            <numerusform>%1 von %n Anweisung konnte nicht geplant werden (Syntax oder Objekte, die diese Datei nicht hat) und wurde übersprungen.</numerusform>
            <numerusform>%1 von %n Anweisungen konnten nicht geplant werden (Syntax oder Objekte, die diese Datei nicht hat) und wurden übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot read the schema of %1: %2</source>
        <translation>das Schema von %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>SQLite keeps no statement statistics: supply the statements to check (--statements FILE) for missing-index advice.</source>
        <translation>SQLite führt keine Anweisungsstatistiken: Geben Sie die zu prüfenden Anweisungen an (--statements DATEI), um Empfehlungen zu fehlenden Indizes zu erhalten.</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <comment>days and hours</comment>
        <translation>%1 T %2 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <comment>days</comment>
        <translation>%1 T</translation>
    </message>
    <message>
        <source>an unknown time (the server&apos;s start time could not be read)</source>
        <translation>einen unbekannten Zeitraum (die Startzeit des Servers war nicht lesbar)</translation>
    </message>
    <message>
        <source>%1 since the statistics were reset on %2</source>
        <translation>%1 seit dem Zurücksetzen der Statistiken am %2</translation>
    </message>
    <message>
        <source>%1 since the server started on %2</source>
        <translation>%1 seit dem Serverstart am %2</translation>
    </message>
    <message>
        <source>This server is a standby: its counters cover only the queries run on it; the primary and other standbys may use this index.</source>
        <translation>Dieser Server ist ein Standby: Seine Zähler erfassen nur die Abfragen, die auf ihm liefen; der Primary und andere Standbys können diesen Index nutzen.</translation>
    </message>
    <message numerus="yes">
        <source>%n standby server(s) replicate from this one and keep their own counters: queries there may use this index — check pg_stat_user_indexes on each before dropping.</source>
        <translation>
            <numerusform>%n Standby-Server repliziert von diesem und führt eigene Zähler: Abfragen dort können diesen Index nutzen — prüfen Sie pg_stat_user_indexes dort, bevor Sie ihn löschen.</numerusform>
            <numerusform>%n Standby-Server replizieren von diesem und führen eigene Zähler: Abfragen dort können diesen Index nutzen — prüfen Sie pg_stat_user_indexes auf jedem, bevor Sie ihn löschen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>a COPY statement longer than %1 bytes</source>
        <translation>eine COPY-Anweisung länger als %1 Bytes</translation>
    </message>
    <message>
        <source>cannot read the table of: %1</source>
        <translation>die Tabelle folgender Zeile ist nicht lesbar: %1</translation>
    </message>
    <message>
        <source>the archive&apos;s data ends inside the rows of %1</source>
        <translation>die Daten des Archivs enden mitten in den Zeilen von %1</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot read the server version: %1</source>
        <translation>die Serverversion kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>Verbindung zu %1 wird aufgebaut</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>keine Verbindung zu %1: %2</translation>
    </message>
    <message>
        <source>Computing checksums</source>
        <translation>Prüfsummen werden berechnet</translation>
    </message>
    <message>
        <source>Dumping %1</source>
        <translation>%1 wird gesichert</translation>
    </message>
    <message>
        <source>Starting pg_dump</source>
        <translation>pg_dump wird gestartet</translation>
    </message>
    <message>
        <source>could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>manifest.json: field &apos;%1&apos; is &apos;%2&apos;: %3</source>
        <translation>manifest.json: Feld &apos;%1&apos; ist &apos;%2&apos;: %3</translation>
    </message>
    <message>
        <source>manifest.json is not valid JSON (%1)</source>
        <translation>manifest.json ist kein gültiges JSON (%1)</translation>
    </message>
    <message>
        <source>manifest.json does not match its own checksum (edited or damaged)</source>
        <translation>manifest.json passt nicht zu seiner eigenen Prüfsumme (bearbeitet oder beschädigt)</translation>
    </message>
    <message>
        <source>manifest.json has an unsupported format version %1</source>
        <translation>manifest.json hat die nicht unterstützte Formatversion %1</translation>
    </message>
    <message>
        <source>manifest.json lists no archive files</source>
        <translation>manifest.json führt keine Archivdateien auf</translation>
    </message>
    <message>
        <source>must be a plain file name inside the backup directory</source>
        <translation>muss ein einfacher Dateiname im Sicherungsverzeichnis sein</translation>
    </message>
    <message>
        <source>must be a relative path inside the backup directory, without &apos;..&apos;</source>
        <translation>muss ein relativer Pfad im Sicherungsverzeichnis sein, ohne &apos;..&apos;</translation>
    </message>
    <message>
        <source>is not the archive &apos;%1&apos; nor inside it</source>
        <translation>ist weder das Archiv &apos;%1&apos; noch darin enthalten</translation>
    </message>
    <message>
        <source>%1: no such backup directory</source>
        <translation>%1: kein solches Sicherungsverzeichnis</translation>
    </message>
    <message>
        <source>is a symbolic link; refusing to follow it</source>
        <translation>ist ein symbolischer Link; wird nicht verfolgt</translation>
    </message>
    <message>
        <source>resolves outside the backup directory</source>
        <translation>zeigt aus dem Sicherungsverzeichnis heraus</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>manifest.json is a symbolic link; refusing to follow it</source>
        <translation>manifest.json ist ein symbolischer Link; wird nicht verfolgt</translation>
    </message>
    <message>
        <source>manifest.json is missing (not a complete backup)</source>
        <translation>manifest.json fehlt (keine vollständige Sicherung)</translation>
    </message>
    <message>
        <source>manifest.json cannot be read: %1</source>
        <translation>manifest.json kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>jobs must be between 1 and 64</source>
        <translation>Jobs müssen zwischen 1 und 64 liegen</translation>
    </message>
    <message>
        <source>parallel jobs need the directory format (pg_dump can only dump in parallel into a directory)</source>
        <translation>parallele Jobs brauchen das Verzeichnisformat (pg_dump sichert nur in ein Verzeichnis parallel)</translation>
    </message>
    <message>
        <source>compression level must be between 0 and 9</source>
        <translation>die Kompressionsstufe muss zwischen 0 und 9 liegen</translation>
    </message>
    <message>
        <source>schema-only and data-only exclude each other</source>
        <translation>schema-only und data-only schließen einander aus</translation>
    </message>
    <message>
        <source>symbolic link; never followed</source>
        <translation>symbolischer Link; wird nie verfolgt</translation>
    </message>
    <message>
        <source>owned by another user</source>
        <translation>gehört einem anderen Benutzer</translation>
    </message>
    <message>
        <source>%1; no in-progress marker, not removed by prune</source>
        <translation>%1; keine In-Arbeit-Markierung, wird beim Aufräumen nicht entfernt</translation>
    </message>
    <message>
        <source>%1; written %2 ago, may still be running</source>
        <translation>%1; vor %2 geschrieben, läuft möglicherweise noch</translation>
    </message>
    <message>
        <source>unfinished backup, last written %1 ago</source>
        <translation>unvollständige Sicherung, zuletzt vor %1 geschrieben</translation>
    </message>
    <message>
        <source>%1 fails verification: %2</source>
        <translation>%1 besteht die Prüfung nicht: %2</translation>
    </message>
    <message>
        <source>the manifest does not say which server or file; kept without --include-unknown</source>
        <translation>das Manifest nennt weder Server noch Datei; ohne --include-unknown behalten</translation>
    </message>
    <message>
        <source>choose a connection</source>
        <translation>wählen Sie eine Verbindung</translation>
    </message>
    <message>
        <source>choose a destination folder</source>
        <translation>wählen Sie einen Zielordner</translation>
    </message>
    <message>
        <source>choose a time of day</source>
        <translation>wählen Sie eine Uhrzeit</translation>
    </message>
    <message>
        <source>the connection holds a password; save it as a connection (the password goes to the keychain) or use ~/.pgpass</source>
        <translation>die Verbindung enthält ein Passwort; speichern Sie sie als Verbindung (das Passwort kommt in den Schlüsselbund) oder nutzen Sie ~/.pgpass</translation>
    </message>
    <message>
        <source>retention counts must be 0 or more</source>
        <translation>Aufbewahrungszahlen müssen 0 oder größer sein</translation>
    </message>
    <message>
        <source>no such backup directory</source>
        <translation>kein solches Sicherungsverzeichnis</translation>
    </message>
    <message>
        <source>size %1 bytes, the manifest says %2 (truncated or replaced)</source>
        <translation>Größe %1 Bytes, laut Manifest %2 (abgeschnitten oder ersetzt)</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>%1 wird geprüft</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <source>SHA-256 differs from the manifest (damaged)</source>
        <translation>SHA-256 weicht vom Manifest ab (beschädigt)</translation>
    </message>
    <message>
        <source>Reading the archive&apos;s table of contents</source>
        <translation>Inhaltsverzeichnis des Archivs wird gelesen</translation>
    </message>
    <message>
        <source>pg_restore cannot read the archive: %1</source>
        <translation>pg_restore kann das Archiv nicht lesen: %1</translation>
    </message>
    <message>
        <source>the archive lists no entries</source>
        <translation>das Archiv enthält keine Einträge</translation>
    </message>
    <message>
        <source>%1 files, %2 bytes match the manifest</source>
        <translation>%1 Dateien, %2 Bytes stimmen mit dem Manifest überein</translation>
    </message>
    <message>
        <source>%1 is not a pg_dump archive</source>
        <translation>%1 ist kein pg_dump-Archiv</translation>
    </message>
    <message>
        <source>%1: the archive header is truncated or damaged</source>
        <translation>%1: der Archivkopf ist abgeschnitten oder beschädigt</translation>
    </message>
    <message>
        <source>the client key&apos;s passphrase (sslpassword) contains a line break, which pg_dump and pg_restore cannot be given safely</source>
        <translation>die Passphrase des Client-Schlüssels (sslpassword) enthält einen Zeilenumbruch, der pg_dump und pg_restore nicht sicher übergeben werden kann</translation>
    </message>
    <message>
        <source>Install postgresql-client-%1 (or the server&apos;s own client package) or set %2 to its bin folder.</source>
        <translation>Installieren Sie postgresql-client-%1 (oder das Client-Paket des Servers) oder setzen Sie %2 auf dessen bin-Ordner.</translation>
    </message>
    <message>
        <source>pg_dump was not found</source>
        <translation>pg_dump wurde nicht gefunden</translation>
    </message>
    <message>
        <source>found %1, newer than the server&apos;s major version %2 (a newer pg_dump writes an archive the server&apos;s own pg_restore %2 cannot read)</source>
        <translation>gefunden: %1, neuer als die Hauptversion %2 des Servers (ein neueres pg_dump schreibt ein Archiv, das das pg_restore %2 des Servers nicht lesen kann)</translation>
    </message>
    <message>
        <source>found %1, older than the server&apos;s major version %2 (an older pg_dump cannot dump a newer server faithfully)</source>
        <translation>gefunden: %1, älter als die Hauptversion %2 des Servers (ein älteres pg_dump kann einen neueren Server nicht originalgetreu sichern)</translation>
    </message>
    <message>
        <source>found %1, not the server&apos;s major version %2 (a newer pg_dump writes an archive the server&apos;s own pg_restore %2 cannot read) (an older pg_dump cannot dump a newer server faithfully)</source>
        <translation>gefunden: %1, nicht die Hauptversion %2 des Servers (ein neueres pg_dump schreibt ein Archiv, das das pg_restore %2 des Servers nicht lesen kann) (ein älteres pg_dump kann einen neueren Server nicht originalgetreu sichern)</translation>
    </message>
    <message>
        <source>%1; looked for pg_dump %2 in %3. %4</source>
        <translation>%1; pg_dump %2 gesucht in %3. %4</translation>
    </message>
    <message>
        <source>the archive was written by pg_dump %1, which only pg_restore %1 or newer can read</source>
        <translation>das Archiv wurde von pg_dump %1 geschrieben, das nur pg_restore %1 oder neuer lesen kann</translation>
    </message>
    <message>
        <source>the target server is version %1, and an older pg_restore cannot restore into it faithfully</source>
        <translation>der Zielserver hat Version %1, und ein älteres pg_restore kann nicht originalgetreu in ihn wiederherstellen</translation>
    </message>
    <message>
        <source>no pg_restore fits: %1; found %2; looked for pg_restore %3 or newer in %4. %5</source>
        <translation>kein passendes pg_restore: %1; gefunden: %2; pg_restore %3 oder neuer gesucht in %4. %5</translation>
    </message>
    <message>
        <source>, and </source>
        <translation>, und </translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>restoring over an existing database replaces its contents: it needs --clean and --yes (or a new database)</source>
        <translation>Wiederherstellen über eine bestehende Datenbank ersetzt ihren Inhalt: Das braucht --clean und --yes (oder eine neue Datenbank)</translation>
    </message>
    <message>
        <source>backup failed verification: %1</source>
        <translation>die Sicherung hat die Prüfung nicht bestanden: %1</translation>
    </message>
    <message>
        <source>this is a PostgreSQL backup; restore it into a PostgreSQL server</source>
        <translation>dies ist eine PostgreSQL-Sicherung; stellen Sie sie in einem PostgreSQL-Server wieder her</translation>
    </message>
    <message>
        <source>the target names no database to restore over</source>
        <translation>das Ziel nennt keine Datenbank, die überschrieben werden soll</translation>
    </message>
    <message>
        <source>database &quot;%1&quot; already exists; choose another name, or restore over it with --clean --yes</source>
        <translation>Datenbank „%1“ existiert bereits; wählen Sie einen anderen Namen oder stellen Sie mit --clean --yes über sie wieder her</translation>
    </message>
    <message>
        <source>cannot create database &quot;%1&quot;: %2</source>
        <translation>Datenbank „%1“ kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>this is an SQLite backup; restore it into an SQLite file (sqlite:PATH)</source>
        <translation>dies ist eine SQLite-Sicherung; stellen Sie sie in eine SQLite-Datei wieder her (sqlite:PFAD)</translation>
    </message>
    <message>
        <source>the backup changed while it was being restored</source>
        <translation>die Sicherung hat sich während der Wiederherstellung geändert</translation>
    </message>
    <message>
        <source>cannot create a scratch folder in %1</source>
        <translation>in %1 kann kein Arbeitsordner angelegt werden</translation>
    </message>
    <message>
        <source>the test restore failed: %1</source>
        <translation>die Testwiederherstellung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Counting rows</source>
        <translation>Zeilen werden gezählt</translation>
    </message>
    <message>
        <source>%1: missing after the restore</source>
        <translation>%1: fehlt nach der Wiederherstellung</translation>
    </message>
    <message>
        <source>%1: %2 rows, the manifest says %3</source>
        <translation>%1: %2 Zeilen, laut Manifest %3</translation>
    </message>
    <message>
        <source>row counts differ: %1 (and %2 more)</source>
        <translation>Zeilenzahlen weichen ab: %1 (und %2 weitere)</translation>
    </message>
    <message>
        <source>row counts differ: %1</source>
        <translation>Zeilenzahlen weichen ab: %1</translation>
    </message>
    <message>
        <source>restored cleanly; the manifest has no row counts to compare</source>
        <translation>sauber wiederhergestellt; das Manifest enthält keine Zeilenzahlen zum Vergleich</translation>
    </message>
    <message numerus="yes">
        <source>%n tables, %1 rows match the manifest</source>
        <translation>
            <numerusform>%n Tabelle, %1 Zeilen stimmen mit dem Manifest überein</numerusform>
            <numerusform>%n Tabellen, %1 Zeilen stimmen mit dem Manifest überein</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n restored table(s) not counted in the manifest: %2%3</source>
        <translation>
            <numerusform>%1; %n wiederhergestellte Tabelle ist im Manifest nicht gezählt: %2%3</numerusform>
            <numerusform>%1; %n wiederhergestellte Tabellen sind im Manifest nicht gezählt: %2%3</numerusform>
        </translation>
    </message>
    <message>
        <source>a data-only backup has no tables to restore into an empty database</source>
        <translation>eine reine Datensicherung enthält keine Tabellen, die sich in eine leere Datenbank wiederherstellen ließen</translation>
    </message>
    <message>
        <source>this is a PostgreSQL backup; test-restore it on a PostgreSQL server</source>
        <translation>dies ist eine PostgreSQL-Sicherung; testen Sie die Wiederherstellung auf einem PostgreSQL-Server</translation>
    </message>
    <message>
        <source>Counting the archive&apos;s rows</source>
        <translation>Zeilen des Archivs werden gezählt</translation>
    </message>
    <message>
        <source>cannot count the archive&apos;s rows: %1</source>
        <translation>die Zeilen des Archivs können nicht gezählt werden: %1</translation>
    </message>
    <message>
        <source>cannot create the scratch database: %1</source>
        <translation>die Arbeitsdatenbank kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>cannot connect to the scratch database: %1</source>
        <translation>keine Verbindung zur Arbeitsdatenbank: %1</translation>
    </message>
    <message>
        <source>cannot count the restored rows: %1</source>
        <translation>die wiederhergestellten Zeilen können nicht gezählt werden: %1</translation>
    </message>
    <message>
        <source>Dropping the scratch database</source>
        <translation>Arbeitsdatenbank wird gelöscht</translation>
    </message>
    <message>
        <source>newest verified backup</source>
        <translation>neueste geprüfte Sicherung</translation>
    </message>
    <message>
        <source>not needed by any rule</source>
        <translation>von keiner Regel benötigt</translation>
    </message>
    <message>
        <source>Copied %1 of %2 pages</source>
        <translation>%1 von %2 Seiten kopiert</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>the QtSql SQLite driver gave no handle</source>
        <translation>der SQLite-Treiber von QtSql lieferte kein Handle</translation>
    </message>
    <message>
        <source>integrity check: %1</source>
        <translation>Integritätsprüfung: %1</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file, or replace it with --clean --yes</source>
        <translation>%1 existiert bereits; wählen Sie eine neue Datei oder ersetzen Sie sie mit --clean --yes</translation>
    </message>
    <message>
        <source>cannot move the restored file to %1</source>
        <translation>die wiederhergestellte Datei kann nicht nach %1 verschoben werden</translation>
    </message>
    <message>
        <source>cannot count the rows of %1: %2</source>
        <translation>die Zeilen von %1 können nicht gezählt werden: %2</translation>
    </message>
    <message>
        <source>%1 failed (exit code %2): %3</source>
        <translation>%1 ist fehlgeschlagen (Exit-Code %2): %3</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>%1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>writing the output of %1 failed</source>
        <translation>das Schreiben der Ausgabe von %1 ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 crashed</source>
        <translation>%1 ist abgestürzt</translation>
    </message>
</context>
<context>
    <name>CheckLabel</name>
    <message>
        <source>Connection use</source>
        <translation>Verbindungsauslastung</translation>
    </message>
    <message>
        <source>Idle in transaction</source>
        <translation>Idle in Transaction</translation>
    </message>
    <message>
        <source>Long-running queries</source>
        <translation>Lang laufende Abfragen</translation>
    </message>
    <message>
        <source>Blocking locks</source>
        <translation>Blockierende Sperren</translation>
    </message>
    <message>
        <source>Invalid indexes</source>
        <translation>Ungültige Indizes</translation>
    </message>
    <message>
        <source>Constraints not validated</source>
        <translation>Nicht validierte Constraints</translation>
    </message>
    <message>
        <source>Rows without their parent</source>
        <translation>Zeilen ohne Elternzeile</translation>
    </message>
    <message>
        <source>Cache hit ratio</source>
        <translation>Cache-Trefferquote</translation>
    </message>
    <message>
        <source>Dead tuples</source>
        <translation>Tote Tupel</translation>
    </message>
    <message>
        <source>Autovacuum behind</source>
        <translation>Autovacuum im Rückstand</translation>
    </message>
    <message>
        <source>Transaction ID wraparound</source>
        <translation>Transaktions-ID-Wraparound</translation>
    </message>
    <message>
        <source>Table and index bloat</source>
        <translation>Bloat in Tabellen und Indizes</translation>
    </message>
    <message>
        <source>Unused indexes</source>
        <translation>Ungenutzte Indizes</translation>
    </message>
    <message>
        <source>Duplicate indexes</source>
        <translation>Doppelte Indizes</translation>
    </message>
    <message>
        <source>Statement statistics (pg_stat_statements)</source>
        <translation>Anweisungsstatistiken (pg_stat_statements)</translation>
    </message>
    <message>
        <source>Risky settings</source>
        <translation>Riskante Einstellungen</translation>
    </message>
    <message>
        <source>Statements over budget</source>
        <translation>Anweisungen über Budget</translation>
    </message>
    <message>
        <source>Integrity check</source>
        <translation>Integritätsprüfung</translation>
    </message>
    <message>
        <source>Foreign key check</source>
        <translation>Fremdschlüsselprüfung</translation>
    </message>
    <message>
        <source>Free pages</source>
        <translation>Freie Seiten</translation>
    </message>
    <message>
        <source>Journal mode</source>
        <translation>Journalmodus</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>unencrypted</source>
        <translation>unverschlüsselt</translation>
    </message>
    <message>
        <source>the connection to %1 is not encrypted: passwords and data cross the network in clear text; use sslmode=verify-full with the server&apos;s root certificate</source>
        <translation>die Verbindung zu %1 ist nicht verschlüsselt: Passwörter und Daten gehen im Klartext über das Netz; verwenden Sie sslmode=verify-full mit dem Root-Zertifikat des Servers</translation>
    </message>
    <message>
        <source>timed out after %1 s while connecting to %2:%3</source>
        <translation>Zeitüberschreitung nach %1 s beim Verbinden mit %2:%3</translation>
    </message>
    <message>
        <source>out of memory starting a connection</source>
        <translation>kein Speicher mehr beim Aufbau einer Verbindung</translation>
    </message>
    <message>
        <source>connection closed</source>
        <translation>Verbindung geschlossen</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>connection failed</source>
        <translation>Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>session setup failed: %1</source>
        <translation>Einrichten der Sitzung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>connection to the server was lost</source>
        <translation>die Verbindung zum Server ist abgebrochen</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; not writing through it</source>
        <translation>%1 ist ein symbolischer Link; es wird nicht hindurch geschrieben</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>kein Speicher mehr</translation>
    </message>
    <message>
        <source>cancelled while connecting</source>
        <translation>beim Verbinden abgebrochen</translation>
    </message>
    <message>
        <source>timeout expired after %1 s (connect_timeout)</source>
        <translation>Zeitlimit nach %1 s abgelaufen (connect_timeout)</translation>
    </message>
    <message>
        <source>could not prepare the session: %1</source>
        <translation>die Sitzung konnte nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>member of %1</source>
        <translation>Mitglied von %1</translation>
    </message>
    <message>
        <source>role %1 exists and is not powerless (%2): DB Pulse will not plan as it; drop or fix it first</source>
        <translation>Rolle %1 existiert und ist nicht rechtelos (%2): DB Pulse plant nicht mit ihr; löschen oder korrigieren Sie sie zuerst</translation>
    </message>
    <message>
        <source>could not encrypt the sandbox password: %1</source>
        <translation>das Passwort der Sandbox konnte nicht verschlüsselt werden: %1</translation>
    </message>
    <message>
        <source>the sandbox role %1 does not exist on this server (dbpulse-cli sandbox create TARGET sets it up)</source>
        <translation>die Sandbox-Rolle %1 existiert auf diesem Server nicht (dbpulse-cli sandbox create ZIEL richtet sie ein)</translation>
    </message>
    <message>
        <source>could not log in as the sandbox role %1: %2 (its password belongs in the password file, which dbpulse-cli sandbox create writes)</source>
        <translation>Anmeldung als Sandbox-Rolle %1 nicht möglich: %2 (ihr Passwort gehört in die Passwortdatei, die dbpulse-cli sandbox create schreibt)</translation>
    </message>
    <message>
        <source>the sandbox role %1 is not powerless (%2): nothing is planned as it</source>
        <translation>die Sandbox-Rolle %1 ist nicht rechtelos (%2): Mit ihr wird nichts geplant</translation>
    </message>
    <message>
        <source>the role is ready but its password could not be saved: %1</source>
        <translation>die Rolle ist eingerichtet, aber ihr Passwort konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>backend %1 has already ended; nothing was signalled</source>
        <translation>Backend %1 ist bereits beendet; es wurde nichts signalisiert</translation>
    </message>
    <message>
        <source>backend %1 was not signalled (it may have ended already)</source>
        <translation>Backend %1 wurde nicht signalisiert (es ist möglicherweise schon beendet)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the SQLite target names no file</source>
        <translation>&apos;%1&apos;: das SQLite-Ziel nennt keine Datei</translation>
    </message>
    <message>
        <source>SQLite file not found: %1</source>
        <translation>SQLite-Datei nicht gefunden: %1</translation>
    </message>
    <message>
        <source>not a file: %1</source>
        <translation>keine Datei: %1</translation>
    </message>
    <message>
        <source>empty target: give a postgresql:// URI, key=value settings, @profile, sqlite:PATH or a .db/.sqlite file</source>
        <translation>leeres Ziel: Geben Sie eine postgresql://-URI, key=value-Einstellungen, @profil, sqlite:PFAD oder eine .db/.sqlite-Datei an</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: no saved connections are available here</source>
        <translation>&apos;%1&apos;: hier sind keine gespeicherten Verbindungen verfügbar</translation>
    </message>
    <message>
        <source>no saved connection named &apos;%1&apos;</source>
        <translation>keine gespeicherte Verbindung namens &apos;%1&apos;</translation>
    </message>
    <message>
        <source>malformed connection string: %1</source>
        <translation>fehlerhafte Verbindungszeichenkette: %1</translation>
    </message>
    <message>
        <source>malformed connection string: invalid port number &quot;%1&quot;</source>
        <translation>fehlerhafte Verbindungszeichenkette: ungültige Portnummer „%1“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a target: give a postgresql:// URI, key=value settings (e.g. &quot;host=db1 dbname=app&quot;), @profile, sqlite:PATH or a .db/.sqlite/.sqlite3 file</source>
        <translation>&apos;%1&apos; ist kein Ziel: Geben Sie eine postgresql://-URI, key=value-Einstellungen (z. B. „host=db1 dbname=app“), @profil, sqlite:PFAD oder eine .db/.sqlite/.sqlite3-Datei an</translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <source>system keychain</source>
        <translation>System-Schlüsselbund</translation>
    </message>
    <message>
        <source>this session only</source>
        <translation>nur diese Sitzung</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>creating database %1…</source>
        <translation>Datenbank %1 wird angelegt…</translation>
    </message>
    <message>
        <source>seeding… %1 customers, %2 products</source>
        <translation>Daten werden erzeugt… %1 Kunden, %2 Produkte</translation>
    </message>
    <message>
        <source>seeding… %1 orders, %2 order items</source>
        <translation>Daten werden erzeugt… %1 Bestellungen, %2 Bestellpositionen</translation>
    </message>
    <message>
        <source>seeding… %1 payments, %2 events</source>
        <translation>Daten werden erzeugt… %1 Zahlungen, %2 Ereignisse</translation>
    </message>
    <message>
        <source>planting flaws and analyzing…</source>
        <translation>Schwachstellen werden eingebaut und analysiert…</translation>
    </message>
    <message>
        <source>seeded %1 in %2 s</source>
        <translation>%1 in %2 s mit Daten gefüllt</translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message>
        <source>index advisor: %1</source>
        <translation>Index-Advisor: %1</translation>
    </message>
    <message>
        <source>estimated from statistics (%1 rows of about %2 bytes in %3 pages; pgstattuple would measure it)</source>
        <translation>aus den Statistiken geschätzt (%1 Zeilen zu etwa %2 Bytes in %3 Seiten; pgstattuple würde es messen)</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
    <message numerus="yes">
        <source>not checked: the bloat of %n table(s) cannot be measured or estimated by this role — pg_stats hides the columns of tables it may not SELECT, and pgstattuple_approx %1: %2</source>
        <translation>
            <numerusform>nicht geprüft: Den Bloat von %n Tabelle kann diese Rolle weder messen noch schätzen — pg_stats verbirgt die Spalten von Tabellen, die sie nicht per SELECT lesen darf, und pgstattuple_approx %1: %2</numerusform>
            <numerusform>nicht geprüft: Den Bloat von %n Tabellen kann diese Rolle weder messen noch schätzen — pg_stats verbirgt die Spalten von Tabellen, die sie nicht per SELECT lesen darf, und pgstattuple_approx %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>needs pg_stat_scan_tables (part of pg_monitor)</source>
        <translation>braucht pg_stat_scan_tables (Teil von pg_monitor)</translation>
    </message>
    <message>
        <source>is not installed</source>
        <translation>ist nicht installiert</translation>
    </message>
    <message>
        <source>CREATE EXTENSION pgstattuple;  -- pg_monitor members may then measure every table</source>
        <translation>CREATE EXTENSION pgstattuple;  -- danach können Mitglieder von pg_monitor jede Tabelle messen</translation>
    </message>
    <message>
        <source>bloat: measuring %1/%2 %3</source>
        <translation>Bloat: Messung %1/%2 %3</translation>
    </message>
    <message>
        <source>measured with pgstattuple_approx (%1% of pages scanned)</source>
        <translation>mit pgstattuple_approx gemessen (%1 % der Seiten gelesen)</translation>
    </message>
    <message>
        <source>never analyzed: the planner guesses its row counts and its bloat cannot be estimated%1</source>
        <translation>nie analysiert: Der Planer rät die Zeilenzahlen, und der Bloat lässt sich nicht schätzen%1</translation>
    </message>
    <message>
        <source> (pgstattuple: %1)</source>
        <translation> (pgstattuple: %1)</translation>
    </message>
    <message>
        <source>no statistics</source>
        <translation>keine Statistiken</translation>
    </message>
    <message>
        <source>analyzed</source>
        <translation>analysiert</translation>
    </message>
    <message>
        <source>%1 after pgstattuple_approx failed: %2</source>
        <translation>%1, nachdem pgstattuple_approx fehlschlug: %2</translation>
    </message>
    <message>
        <source>about %1 of %2 (%3) is dead rows or free space, %4; VACUUM makes it reusable but does not give it back</source>
        <translation>etwa %1 von %2 (%3) sind tote Zeilen oder freier Platz, %4; VACUUM macht ihn wiederverwendbar, gibt ihn aber nicht zurück</translation>
    </message>
    <message>
        <source>-- rewrite it online with pg_repack, or with an ACCESS EXCLUSIVE lock for the whole rewrite:
VACUUM (FULL, ANALYZE) %1;</source>
        <translation>-- online mit pg_repack neu schreiben oder mit einer ACCESS-EXCLUSIVE-Sperre für das ganze Neuschreiben:
VACUUM (FULL, ANALYZE) %1;</translation>
    </message>
    <message>
        <source>%1 On %2; %3.</source>
        <translation>%1 Auf %2; %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) of %1 or more judged (%2 without statistics), no btree index bloated</source>
        <translation>
            <numerusform>%n Tabelle ab %1 beurteilt (%2 ohne Statistiken), kein B-Tree-Index aufgebläht</numerusform>
            <numerusform>%n Tabellen ab %1 beurteilt (%2 ohne Statistiken), kein B-Tree-Index aufgebläht</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>row locks</source>
        <translation>Zeilensperren</translation>
    </message>
    <message>
        <source>table locks</source>
        <translation>Tabellensperren</translation>
    </message>
    <message>
        <source>advisory locks</source>
        <translation>Advisory Locks</translation>
    </message>
    <message>
        <source>locks</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>pg_stat_activity could not be read: %1</source>
        <translation>pg_stat_activity konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>pg_stat_activity has no query_id before PostgreSQL 14</source>
        <translation>pg_stat_activity hat vor PostgreSQL 14 keine query_id</translation>
    </message>
    <message>
        <source>compute_query_id is off, so pg_stat_activity shows no query_id</source>
        <translation>compute_query_id ist aus, daher zeigt pg_stat_activity keine query_id</translation>
    </message>
    <message>
        <source>wait information not available (%1)</source>
        <translation>keine Warteinformationen verfügbar (%1)</translation>
    </message>
    <message numerus="yes">
        <source>wait information not available (no execution of it was running in the %n sample(s) of pg_stat_activity the last %1 doctor run(s) took)</source>
        <translation>
            <numerusform>keine Warteinformationen verfügbar (in der %n Stichprobe von pg_stat_activity aus den letzten %1 Doctor-Läufen lief keine Ausführung davon)</numerusform>
            <numerusform>keine Warteinformationen verfügbar (in den %n Stichproben von pg_stat_activity aus den letzten %1 Doctor-Läufen lief keine Ausführung davon)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %1 of %n samples</source>
        <translation>
            <numerusform>in %1 von %n Stichprobe</numerusform>
            <numerusform>in %1 von %n Stichproben</numerusform>
        </translation>
    </message>
    <message>
        <source>waited on %1 (%2) %3 — look at the blocking session, not the plan</source>
        <translation>wartete auf %1 (%2) %3 — sehen Sie sich die blockierende Sitzung an, nicht den Plan</translation>
    </message>
    <message>
        <source>waited on I/O (%1) %2 — its time went to reading or writing, look at what it reads and the cache before the plan</source>
        <translation>wartete auf I/O (%1) %2 — die Zeit ging ins Lesen oder Schreiben; prüfen Sie vor dem Plan, was sie liest, und den Cache</translation>
    </message>
    <message>
        <source>waited on server-internal locks (%1) %2 — contention with other sessions, not its plan</source>
        <translation>wartete auf serverinterne Sperren (%1) %2 — Konkurrenz mit anderen Sitzungen, nicht ihr Plan</translation>
    </message>
    <message>
        <source>ran on CPU in %1 of %2 samples, not waiting on locks — the statement itself is slow</source>
        <translation>lief in %1 von %2 Stichproben auf der CPU, ohne auf Sperren zu warten — die Anweisung selbst ist langsam</translation>
    </message>
    <message>
        <source>mostly in its own waits (%1 in %2 of %3 samples), not on locks — the statement itself is slow</source>
        <translation>meist in eigenen Wartezuständen (%1 in %2 von %3 Stichproben), nicht auf Sperren — die Anweisung selbst ist langsam</translation>
    </message>
    <message>
        <source>-- it waited on %1 other sessions held: find who holds them while it waits (blocking_locks,
-- the dashboard&apos;s blocking tree, dbpulse-cli watch), not its plan:
SELECT pid, pg_blocking_pids(pid) AS blocked_by, wait_event_type, wait_event, now() - query_start AS waiting
FROM pg_stat_activity WHERE query_id = %2;
-- then shorten the blocking transactions (commit sooner, take locks in one order);
-- lock_timeout bounds how long it waits.</source>
        <translation>-- sie wartete auf %1, die andere Sitzungen hielten: Finden Sie, wer sie hält, während sie wartet (blocking_locks,
-- der Blockierbaum im Dashboard, dbpulse-cli watch), nicht ihren Plan:
SELECT pid, pg_blocking_pids(pid) AS blocked_by, wait_event_type, wait_event, now() - query_start AS waiting
FROM pg_stat_activity WHERE query_id = %2;
-- dann die blockierenden Transaktionen verkürzen (früher committen, Sperren in fester Reihenfolge nehmen);
-- lock_timeout begrenzt, wie lange sie wartet.</translation>
    </message>
    <message>
        <source>-- it waited on %1: contention inside the server with the sessions running beside it,
-- not its plan. What else waits on the same event:
SELECT wait_event_type, wait_event, count(*) FROM pg_stat_activity
WHERE state = &apos;active&apos; GROUP BY 1, 2 ORDER BY 3 DESC;</source>
        <translation>-- sie wartete auf %1: Konkurrenz im Server mit den gleichzeitig laufenden Sitzungen,
-- nicht ihr Plan. Was sonst auf dasselbe Ereignis wartet:
SELECT wait_event_type, wait_event, count(*) FROM pg_stat_activity
WHERE state = &apos;active&apos; GROUP BY 1, 2 ORDER BY 3 DESC;</translation>
    </message>
    <message>
        <source>-- it waited on I/O (%1): see cache_hit and shared_buffers; with track_io_timing on,
-- pg_stat_statements&apos; blk_read_time says how much of its time was reading.</source>
        <translation>-- sie wartete auf I/O (%1): siehe cache_hit und shared_buffers; mit track_io_timing = on
-- zeigt blk_read_time in pg_stat_statements, wie viel ihrer Zeit aufs Lesen entfiel.</translation>
    </message>
    <message>
        <source>the index advisor needs a PostgreSQL target</source>
        <translation>der Index-Advisor braucht ein PostgreSQL-Ziel</translation>
    </message>
    <message>
        <source>not checked: needs %1</source>
        <translation>nicht geprüft: braucht %1</translation>
    </message>
    <message>
        <source>%1; orphan_rows found %2 row(s) that would make VALIDATE fail</source>
        <translation>%1; orphan_rows fand %2 Zeile(n), an denen VALIDATE scheitern würde</translation>
    </message>
    <message>
        <source>-- VALIDATE CONSTRAINT would fail while %1 orphan row(s) exist; fix them first:
%2</source>
        <translation>-- VALIDATE CONSTRAINT schlägt fehl, solange %1 verwaiste Zeile(n) existieren; zuerst diese beheben:
%2</translation>
    </message>
    <message>
        <source>not checked: timed out after %1 ms (statement_timeout)</source>
        <translation>nicht geprüft: Zeitüberschreitung nach %1 ms (statement_timeout)</translation>
    </message>
    <message>
        <source>-- run it alone with more time: --checks %1 --thresholds with {&quot;check_timeout_ms&quot;: 60000}</source>
        <translation>-- einzeln mit mehr Zeit ausführen: --checks %1 --thresholds mit {&quot;check_timeout_ms&quot;: 60000}</translation>
    </message>
    <message>
        <source>not checked: waited more than %1 ms for a lock (another session holds a conflicting lock)</source>
        <translation>nicht geprüft: mehr als %1 ms auf eine Sperre gewartet (eine andere Sitzung hält eine kollidierende Sperre)</translation>
    </message>
    <message>
        <source>-- see blocking_locks for who holds it</source>
        <translation>-- siehe blocking_locks, wer sie hält</translation>
    </message>
    <message>
        <source>not checked: needs more privileges (%1)</source>
        <translation>nicht geprüft: braucht mehr Rechte (%1)</translation>
    </message>
    <message>
        <source>not checked: check failed: %1</source>
        <translation>nicht geprüft: Prüfung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>unknown check &quot;%1&quot;; checks are: %2</source>
        <translation>unbekannte Prüfung „%1“; verfügbare Prüfungen: %2</translation>
    </message>
    <message>
        <source>nothing found</source>
        <translation>nichts gefunden</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>not checked: the connection was lost</source>
        <translation>nicht geprüft: die Verbindung ist abgebrochen</translation>
    </message>
    <message>
        <source>connecting to %1</source>
        <translation>Verbindung zu %1 wird aufgebaut</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>keine Verbindung zu %1: %2</translation>
    </message>
    <message>
        <source>ok</source>
        <comment>severity in &quot;1 ok problem&quot;</comment>
        <translation>ok</translation>
    </message>
    <message>
        <source>info</source>
        <comment>severity in &quot;1 info problem&quot;</comment>
        <translation>Info</translation>
    </message>
    <message>
        <source>warning</source>
        <comment>severity in &quot;1 warning problem&quot;</comment>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>critical</source>
        <comment>severity in &quot;1 critical problem&quot;</comment>
        <translation>kritisch</translation>
    </message>
    <message>
        <source>, counted once with %1</source>
        <translation>, einmal gezählt mit %1</translation>
    </message>
    <message>
        <source> (floored at 0)</source>
        <translation> (nach unten bei 0 begrenzt)</translation>
    </message>
    <message numerus="yes">
        <source>over all %n checks</source>
        <translation>
            <numerusform>über %n Prüfung</numerusform>
            <numerusform>über alle %n Prüfungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>over %1 of %n checks</source>
        <translation>
            <numerusform>über %1 von %n Prüfung</numerusform>
            <numerusform>über %1 von %n Prüfungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2 not checked; %3 checked only in part</source>
        <translation>%1; %2 nicht geprüft; %3 nur teilweise geprüft</translation>
    </message>
    <message>
        <source>%1; %2 not checked</source>
        <translation>%1; %2 nicht geprüft</translation>
    </message>
    <message>
        <source>%1; %2 checked only in part</source>
        <translation>%1; %2 nur teilweise geprüft</translation>
    </message>
    <message>
        <source>score %1 %2</source>
        <translation>Punktzahl %1 %2</translation>
    </message>
    <message>
        <source>Score %1 %2: nothing found costs points.</source>
        <translation>Punktzahl %1 %2: nichts gefunden, das Punkte kostet.</translation>
    </message>
    <message>
        <source>1 problem costs 1 point</source>
        <translation>1 Problem kostet 1 Punkt</translation>
    </message>
    <message numerus="yes">
        <source>1 problem costs %n points</source>
        <translation>
            <numerusform>1 Problem kostet %n Punkt</numerusform>
            <numerusform>1 Problem kostet %n Punkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 problems cost %n points</source>
        <translation>
            <numerusform>%1 Probleme kosten %n Punkt</numerusform>
            <numerusform>%1 Probleme kosten %n Punkte</numerusform>
        </translation>
    </message>
    <message>
        <source>Score %1 %2: %3 (the score stops at 0).</source>
        <translation>Punktzahl %1 %2: %3 (die Punktzahl endet bei 0).</translation>
    </message>
    <message>
        <source>Score %1 %2: %3.</source>
        <translation>Punktzahl %1 %2: %3.</translation>
    </message>
    <message>
        <source>−%1 %2: 1 %3 problem</source>
        <translation>−%1 %2: 1 Problem (%3)</translation>
    </message>
    <message numerus="yes">
        <source>−%1 %2: %n problems, the worst %3</source>
        <translation>
            <numerusform>−%1 %2: %n Problem, das schwerste: %3</numerusform>
            <numerusform>−%1 %2: %n Probleme, das schwerste: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, capped at %2 points for one check</source>
        <translation>%1, gedeckelt auf %2 Punkte je Prüfung</translation>
    </message>
    <message>
        <source>%1, counted once with %2</source>
        <translation>%1, einmal gezählt mit %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 ist kein JSON-Objekt: %2</translation>
    </message>
    <message>
        <source>%1: &quot;throwaway_cluster&quot; needs true or false</source>
        <translation>%1: „throwaway_cluster“ braucht true oder false</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; needs a non-negative number</source>
        <translation>%1: „%2“ braucht eine nicht negative Zahl</translation>
    </message>
    <message>
        <source>%1: unknown threshold &quot;%2&quot;</source>
        <translation>%1: unbekannter Schwellwert „%2“</translation>
    </message>
    <message>
        <source>%1: &quot;budget_sustained_intervals&quot; needs 1 or more and at most &quot;budget_window_intervals&quot;</source>
        <translation>%1: „budget_sustained_intervals“ braucht 1 oder mehr und höchstens „budget_window_intervals“</translation>
    </message>
    <message>
        <source>%1: &quot;budget_wait_samples&quot; times &quot;budget_wait_interval_ms&quot; must stay within 60000 ms</source>
        <translation>%1: „budget_wait_samples“ mal „budget_wait_interval_ms“ darf 60000 ms nicht überschreiten</translation>
    </message>
    <message>
        <source>index scan counters over %1 days (%2)</source>
        <translation>Index-Scan-Zähler über %1 Tage (%2)</translation>
    </message>
    <message>
        <source>0 scans</source>
        <translation>0 Scans</translation>
    </message>
    <message>
        <source>&gt; 0 scans</source>
        <translation>&gt; 0 Scans</translation>
    </message>
    <message numerus="yes">
        <source>%n more unused indexes, smaller than those listed (dbpulse-cli indexes lists all)</source>
        <translation>
            <numerusform>%n weiterer ungenutzter Index, kleiner als die aufgeführten (dbpulse-cli indexes listet alle)</numerusform>
            <numerusform>%n weitere ungenutzte Indizes, kleiner als die aufgeführten (dbpulse-cli indexes listet alle)</numerusform>
        </translation>
    </message>
    <message>
        <source>no unused index in the %1</source>
        <translation>kein ungenutzter Index im Zeitraum %1</translation>
    </message>
    <message>
        <source>%1 (on %2, %3 of write cost for nothing)</source>
        <translation>%1 (auf %2, %3 Schreibaufwand für nichts)</translation>
    </message>
    <message numerus="yes">
        <source>%n more duplicate indexes, smaller than those listed (dbpulse-cli indexes lists all)</source>
        <translation>
            <numerusform>%n weiterer doppelter Index, kleiner als die aufgeführten (dbpulse-cli indexes listet alle)</numerusform>
            <numerusform>%n weitere doppelte Indizes, kleiner als die aufgeführten (dbpulse-cli indexes listet alle)</numerusform>
        </translation>
    </message>
    <message>
        <source>-- list them all:
%1</source>
        <translation>-- alle auflisten:
%1</translation>
    </message>
    <message>
        <source>index on %1 is INVALID (a failed or interrupted CREATE INDEX CONCURRENTLY or REINDEX): queries cannot use it%2</source>
        <translation>Index auf %1 ist INVALID (ein fehlgeschlagenes oder abgebrochenes CREATE INDEX CONCURRENTLY oder REINDEX): Abfragen können ihn nicht nutzen%2</translation>
    </message>
    <message>
        <source>, yet every write still maintains it and it still rejects duplicates</source>
        <translation>, dennoch pflegt ihn jeder Schreibvorgang, und er weist weiterhin Duplikate zurück</translation>
    </message>
    <message>
        <source>, yet every write still maintains it</source>
        <translation>, dennoch pflegt ihn jeder Schreibvorgang</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>REINDEX INDEX CONCURRENTLY %1;
-- or drop it and build it again:
DROP INDEX CONCURRENTLY %1;
%2;</source>
        <translation>REINDEX INDEX CONCURRENTLY %1;
-- oder löschen und neu aufbauen:
DROP INDEX CONCURRENTLY %1;
%2;</translation>
    </message>
    <message numerus="yes">
        <source>and %n more invalid indexes (%1 in all; the report lists the first %2)</source>
        <translation>
            <numerusform>und %n weiterer ungültiger Index (insgesamt %1; der Bericht listet die ersten %2)</numerusform>
            <numerusform>und %n weitere ungültige Indizes (insgesamt %1; der Bericht listet die ersten %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>foreign key constraint is NOT VALID: rows written before it was added were never checked (%1); see orphan_rows for foreign keys</source>
        <translation>Fremdschlüssel-Constraint ist NOT VALID: Zeilen, die vor seiner Anlage geschrieben wurden, wurden nie geprüft (%1); siehe orphan_rows für Fremdschlüssel</translation>
    </message>
    <message>
        <source>check constraint is NOT VALID: rows written before it was added were never checked (%1); see orphan_rows for foreign keys</source>
        <translation>Check-Constraint ist NOT VALID: Zeilen, die vor seiner Anlage geschrieben wurden, wurden nie geprüft (%1); siehe orphan_rows für Fremdschlüssel</translation>
    </message>
    <message>
        <source>not valid</source>
        <translation>nicht validiert</translation>
    </message>
    <message>
        <source>validated</source>
        <translation>validiert</translation>
    </message>
    <message>
        <source>-- takes only a SHARE UPDATE EXCLUSIVE lock; fails if violating rows exist:
ALTER TABLE %1 VALIDATE CONSTRAINT %2;</source>
        <translation>-- nimmt nur eine SHARE-UPDATE-EXCLUSIVE-Sperre; schlägt fehl, wenn verletzende Zeilen existieren:
ALTER TABLE %1 VALIDATE CONSTRAINT %2;</translation>
    </message>
    <message numerus="yes">
        <source>and %n more NOT VALID constraints (%1 in all; the report lists the first %2)</source>
        <translation>
            <numerusform>und %n weiterer NOT-VALID-Constraint (insgesamt %1; der Bericht listet die ersten %2)</numerusform>
            <numerusform>und %n weitere NOT-VALID-Constraints (insgesamt %1; der Bericht listet die ersten %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>orphan scan %1 after %2 ms; not checked</source>
        <translation>Suche nach verwaisten Zeilen: %1 nach %2 ms; nicht geprüft</translation>
    </message>
    <message>
        <source>could not get a lock</source>
        <translation>keine Sperre erhalten</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>orphan scan failed: %1</source>
        <translation>Suche nach verwaisten Zeilen fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>at least %n row(s) of %1 (%2) reference no row of %3%4%5</source>
        <translation>
            <numerusform>mindestens %n Zeile von %1 (%2) verweist auf keine Zeile von %3%4%5</numerusform>
            <numerusform>mindestens %n Zeilen von %1 (%2) verweisen auf keine Zeile von %3%4%5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 (%2) reference no row of %3%4%5</source>
        <translation>
            <numerusform>%n Zeile von %1 (%2) verweist auf keine Zeile von %3%4%5</numerusform>
            <numerusform>%n Zeilen von %1 (%2) verweisen auf keine Zeile von %3%4%5</numerusform>
        </translation>
    </message>
    <message>
        <source> in a %1% sample</source>
        <translation> in einer Stichprobe von %1 %</translation>
    </message>
    <message>
        <source>; the key is validated, so it was bypassed (replica role, disabled triggers)</source>
        <translation>; der Schlüssel ist validiert, wurde also umgangen (Replica-Rolle, abgeschaltete Trigger)</translation>
    </message>
    <message>
        <source>; the key is NOT VALID, so VALIDATE CONSTRAINT will fail until they are fixed</source>
        <translation>; der Schlüssel ist NOT VALID, daher schlägt VALIDATE CONSTRAINT fehl, bis sie behoben sind</translation>
    </message>
    <message>
        <source>-- inspect them:
SELECT c.* FROM %1 c WHERE %2 LIMIT 100;
-- then delete/repair them, or set the key columns to NULL, and:
ALTER TABLE %1 VALIDATE CONSTRAINT %3;</source>
        <translation>-- ansehen:
SELECT c.* FROM %1 c WHERE %2 LIMIT 100;
-- dann löschen/reparieren oder die Schlüsselspalten auf NULL setzen, und:
ALTER TABLE %1 VALIDATE CONSTRAINT %3;</translation>
    </message>
    <message>
        <source>not checked: the orphan scan budget of %1 ran out after %2 of %3 keys; not scanned: %4</source>
        <translation>nicht geprüft: Das Zeitbudget von %1 für die Suche nach verwaisten Zeilen war nach %2 von %3 Schlüsseln aufgebraucht; nicht durchsucht: %4</translation>
    </message>
    <message>
        <source>-- run again with a larger budget: --thresholds with {&quot;orphan_budget_s&quot;: 600}</source>
        <translation>-- erneut mit größerem Budget ausführen: --thresholds mit {&quot;orphan_budget_s&quot;: 600}</translation>
    </message>
    <message>
        <source>orphans: %1/%2 %3</source>
        <translation>verwaiste Zeilen: %1/%2 %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n foreign key(s) scanned</source>
        <translation>
            <numerusform>%1 von %n Fremdschlüssel durchsucht</numerusform>
            <numerusform>%1 von %n Fremdschlüsseln durchsucht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n foreign key(s) scanned</source>
        <translation>
            <numerusform>%n Fremdschlüssel durchsucht</numerusform>
            <numerusform>%n Fremdschlüssel durchsucht</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 of them in a %3% sample), no orphan rows</source>
        <translation>%1 (%2 davon in einer Stichprobe von %3 %), keine verwaisten Zeilen</translation>
    </message>
    <message>
        <source>%1, no orphan rows</source>
        <translation>%1, keine verwaisten Zeilen</translation>
    </message>
    <message>
        <source>Cancel query</source>
        <translation>Abfrage abbrechen</translation>
    </message>
    <message>
        <source>Terminate session</source>
        <translation>Sitzung beenden</translation>
    </message>
    <message>
        <source>tables: too few blocks read to judge (%1 &lt; %2)</source>
        <translation>Tabellen: zu wenige Blöcke gelesen, um zu urteilen (%1 &lt; %2)</translation>
    </message>
    <message>
        <source>indexes: too few blocks read to judge (%1 &lt; %2)</source>
        <translation>Indizes: zu wenige Blöcke gelesen, um zu urteilen (%1 &lt; %2)</translation>
    </message>
    <message>
        <source>tables %1</source>
        <translation>Tabellen %1</translation>
    </message>
    <message>
        <source>indexes %1</source>
        <translation>Indizes %1</translation>
    </message>
    <message>
        <source>tables cache hit ratio %1 over %2 blocks is below %3: reads go to disk</source>
        <translation>die Cache-Trefferquote der Tabellen von %1 über %2 Blöcke liegt unter %3: Lesezugriffe gehen auf die Platte</translation>
    </message>
    <message>
        <source>indexes cache hit ratio %1 over %2 blocks is below %3: reads go to disk</source>
        <translation>die Cache-Trefferquote der Indizes von %1 über %2 Blöcke liegt unter %3: Lesezugriffe gehen auf die Platte</translation>
    </message>
    <message>
        <source>-- raise shared_buffers (needs a restart) or find the scans behind it:
SELECT relname, heap_blks_read FROM pg_statio_user_tables ORDER BY 2 DESC LIMIT 10;</source>
        <translation>-- shared_buffers erhöhen (Neustart nötig) oder die verursachenden Scans finden:
SELECT relname, heap_blks_read FROM pg_statio_user_tables ORDER BY 2 DESC LIMIT 10;</translation>
    </message>
    <message>
        <source>%1 dead rows against %2 live (%3 dead, table %4): scans read the dead rows and the table stays bloated until VACUUM</source>
        <translation>%1 tote gegenüber %2 lebenden Zeilen (%3 tot, Tabelle %4): Scans lesen die toten Zeilen mit, und die Tabelle bleibt bis zum VACUUM aufgebläht</translation>
    </message>
    <message>
        <source>never vacuumed</source>
        <translation>nie gevacuumt</translation>
    </message>
    <message>
        <source>last vacuum %1 ago</source>
        <translation>letztes VACUUM vor %1</translation>
    </message>
    <message>
        <source>%1 dead rows, past the autovacuum trigger of %2; %3%4</source>
        <translation>%1 tote Zeilen, über der Autovacuum-Schwelle von %2; %3%4</translation>
    </message>
    <message>
        <source>; autovacuum is disabled for this table</source>
        <translation>; Autovacuum ist für diese Tabelle abgeschaltet</translation>
    </message>
    <message>
        <source>oldest unfrozen transaction ID is %1 transactions old (%2 of the wraparound limit)</source>
        <translation>die älteste nicht eingefrorene Transaktions-ID ist %1 Transaktionen alt (%2 der Wraparound-Grenze)</translation>
    </message>
    <message>
        <source>-- in database %1, freeze the oldest tables first (see the table findings):
VACUUM (FREEZE, VERBOSE);</source>
        <translation>-- in der Datenbank %1 zuerst die ältesten Tabellen einfrieren (siehe die Tabellen-Befunde):
VACUUM (FREEZE, VERBOSE);</translation>
    </message>
    <message>
        <source>relfrozenxid is %1 transactions old (%2 of the wraparound limit)</source>
        <translation>relfrozenxid ist %1 Transaktionen alt (%2 der Wraparound-Grenze)</translation>
    </message>
    <message>
        <source>oldest database is %1 of the way to wraparound</source>
        <translation>die älteste Datenbank hat %1 des Wegs zum Wraparound zurückgelegt</translation>
    </message>
    <message>
        <source>pg_read_all_stats to see other sessions (GRANT pg_monitor TO %1)</source>
        <translation>pg_read_all_stats, um andere Sitzungen zu sehen (GRANT pg_monitor TO %1)</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 von %2 (%3)</translation>
    </message>
    <message>
        <source>warning &gt; %1, critical &gt; %2</source>
        <translation>Warnung &gt; %1, kritisch &gt; %2</translation>
    </message>
    <message>
        <source>%1 of max_connections in use</source>
        <translation>%1 von max_connections belegt</translation>
    </message>
    <message>
        <source>%1 client connections of %2 allowed (%3); new connections will soon be refused (only %4 slots stay reserved for superusers)</source>
        <translation>%1 Client-Verbindungen von %2 erlaubten (%3); neue Verbindungen werden bald abgewiesen (nur %4 Plätze bleiben für Superuser reserviert)</translation>
    </message>
    <message>
        <source>-- find who holds them:
SELECT usename, application_name, state, count(*) FROM pg_stat_activity GROUP BY 1, 2, 3 ORDER BY 4 DESC;
-- then use a connection pooler (PgBouncer) or raise max_connections</source>
        <translation>-- herausfinden, wer sie belegt:
SELECT usename, application_name, state, count(*) FROM pg_stat_activity GROUP BY 1, 2, 3 ORDER BY 4 DESC;
-- dann einen Connection-Pooler (PgBouncer) einsetzen oder max_connections erhöhen</translation>
    </message>
    <message>
        <source>%1 for %2 (transaction open %3); it holds its locks and its snapshot keeps VACUUM from removing dead rows. Last statement: %4</source>
        <translation>%1 seit %2 (Transaktion offen seit %3); sie hält ihre Sperren, und ihr Snapshot hindert VACUUM daran, tote Zeilen zu entfernen. Letzte Anweisung: %4</translation>
    </message>
    <message>
        <source>SELECT pg_terminate_backend(%1);
-- and prevent it: ALTER ROLE ... SET idle_in_transaction_session_timeout = &apos;60s&apos;;</source>
        <translation>SELECT pg_terminate_backend(%1);
-- und künftig verhindern: ALTER ROLE ... SET idle_in_transaction_session_timeout = &apos;60s&apos;;</translation>
    </message>
    <message>
        <source>query running for %1%2: %3</source>
        <translation>Abfrage läuft seit %1%2: %3</translation>
    </message>
    <message>
        <source> (waiting on %1)</source>
        <translation> (wartet auf %1)</translation>
    </message>
    <message>
        <source>pid %1 (%2) has waited %3 for a lock held by pid %4 (%5, %6%7): %8 ← %9</source>
        <translation>PID %1 (%2) wartet seit %3 auf eine Sperre, die PID %4 hält (%5, %6%7): %8 ← %9</translation>
    </message>
    <message>
        <source>, itself blocked</source>
        <translation>, selbst blockiert</translation>
    </message>
    <message>
        <source>SELECT pg_cancel_backend(%1);  -- or, if it is idle in transaction:
SELECT pg_terminate_backend(%1);</source>
        <translation>SELECT pg_cancel_backend(%1);  -- oder, falls sie idle in transaction ist:
SELECT pg_terminate_backend(%1);</translation>
    </message>
    <message>
        <source>-- look at its plan (dbpulse-cli indexes TARGET suggests indexes);
-- EXPLAIN ANALYZE runs the statement, so roll back what it changes:
BEGIN;
EXPLAIN (ANALYZE, BUFFERS) %1;
ROLLBACK;</source>
        <translation>-- den Plan ansehen (dbpulse-cli indexes ZIEL schlägt Indizes vor);
-- EXPLAIN ANALYZE führt die Anweisung aus, also ihre Änderungen zurückrollen:
BEGIN;
EXPLAIN (ANALYZE, BUFFERS) %1;
ROLLBACK;</translation>
    </message>
    <message>
        <source>pg_stat_statements is not created in database %1 (whether it is loaded needs pg_read_all_settings)</source>
        <translation>pg_stat_statements ist in der Datenbank %1 nicht angelegt (ob es geladen ist, lässt sich nur mit pg_read_all_settings sehen)</translation>
    </message>
    <message>
        <source>not created</source>
        <translation>nicht angelegt</translation>
    </message>
    <message>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <source>CREATE EXTENSION pg_stat_statements;  -- after adding it to shared_preload_libraries</source>
        <translation>CREATE EXTENSION pg_stat_statements;  -- nachdem es in shared_preload_libraries eingetragen ist</translation>
    </message>
    <message>
        <source>pg_stat_statements is not loaded: no per-query statistics, no performance budgets</source>
        <translation>pg_stat_statements ist nicht geladen: keine Statistiken pro Abfrage, keine Performance-Budgets</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>nicht geladen</translation>
    </message>
    <message>
        <source>loaded</source>
        <translation>geladen</translation>
    </message>
    <message>
        <source>ALTER SYSTEM SET shared_preload_libraries = &apos;pg_stat_statements&apos;;  -- keep existing entries
-- restart the server, then:
CREATE EXTENSION pg_stat_statements;</source>
        <translation>ALTER SYSTEM SET shared_preload_libraries = &apos;pg_stat_statements&apos;;  -- bestehende Einträge beibehalten
-- den Server neu starten, dann:
CREATE EXTENSION pg_stat_statements;</translation>
    </message>
    <message>
        <source>pg_stat_statements is loaded but not created in database %1</source>
        <translation>pg_stat_statements ist geladen, aber in der Datenbank %1 nicht angelegt</translation>
    </message>
    <message>
        <source> (acceptable here: marked as a throwaway cluster)</source>
        <translation> (hier vertretbar: als Wegwerf-Cluster markiert)</translation>
    </message>
    <message>
        <source> (mark the connection as a throwaway cluster if its data may be lost)</source>
        <translation> (markieren Sie die Verbindung als Wegwerf-Cluster, wenn ihre Daten verloren gehen dürfen)</translation>
    </message>
    <message>
        <source>fsync is off: a crash or power loss can corrupt the whole cluster%1</source>
        <translation>fsync ist aus: Ein Absturz oder Stromausfall kann den ganzen Cluster beschädigen%1</translation>
    </message>
    <message>
        <source>full_page_writes is off: torn pages after a crash cannot be repaired%1</source>
        <translation>full_page_writes ist aus: Zerrissene Seiten nach einem Absturz lassen sich nicht reparieren%1</translation>
    </message>
    <message>
        <source>shared_buffers is %1, under 1/8 of the %2 of RAM given as ram_mb; most servers want about 25% of RAM</source>
        <translation>shared_buffers ist %1, unter 1/8 der als ram_mb angegebenen %2 RAM; die meisten Server wollen etwa 25 % des RAM</translation>
    </message>
    <message>
        <source>shared_buffers is %1, under the fixed floor of %2; most servers want about 25% of RAM (the server&apos;s RAM cannot be read over SQL: give it as ram_mb in --thresholds to judge against it)</source>
        <translation>shared_buffers ist %1, unter der festen Untergrenze von %2; die meisten Server wollen etwa 25 % des RAM (der RAM des Servers ist per SQL nicht lesbar: geben Sie ihn als ram_mb in --thresholds an, um daran zu messen)</translation>
    </message>
    <message>
        <source>%1 (1/8 of %2 RAM)</source>
        <translation>%1 (1/8 von %2 RAM)</translation>
    </message>
    <message>
        <source>ALTER SYSTEM SET shared_buffers = &apos;%1&apos;;  -- about 25% of RAM; needs a restart</source>
        <translation>ALTER SYSTEM SET shared_buffers = &apos;%1&apos;;  -- etwa 25 % des RAM; Neustart nötig</translation>
    </message>
    <message>
        <source>set for database %1</source>
        <translation>für Datenbank %1 gesetzt</translation>
    </message>
    <message>
        <source>set for all roles</source>
        <translation>für alle Rollen gesetzt</translation>
    </message>
    <message>
        <source>the server&apos;s setting</source>
        <translation>Einstellung des Servers</translation>
    </message>
    <message>
        <source>the server&apos;s configuration file</source>
        <translation>Konfigurationsdatei des Servers</translation>
    </message>
    <message>
        <source>the built-in default</source>
        <translation>eingebauter Standardwert</translation>
    </message>
    <message>
        <source>the built-in default; reading the configuration file needs pg_read_all_settings</source>
        <translation>eingebauter Standardwert; das Lesen der Konfigurationsdatei braucht pg_read_all_settings</translation>
    </message>
    <message>
        <source>no role sets its own</source>
        <translation>keine Rolle setzt einen eigenen</translation>
    </message>
    <message>
        <source>roles with their own: %1</source>
        <translation>Rollen mit eigenem Wert: %1</translation>
    </message>
    <message>
        <source>no statement_timeout for sessions in database %1 (0, %2; %3): a runaway query can run (and hold locks) forever</source>
        <translation>kein statement_timeout für Sitzungen in der Datenbank %1 (0, %2; %3): Eine außer Kontrolle geratene Abfrage kann ewig laufen (und Sperren halten)</translation>
    </message>
    <message>
        <source>ALTER DATABASE %1 SET statement_timeout = &apos;30s&apos;;
-- or per application role: ALTER ROLE app_user SET statement_timeout = &apos;30s&apos;;</source>
        <translation>ALTER DATABASE %1 SET statement_timeout = &apos;30s&apos;;
-- oder je Anwendungsrolle: ALTER ROLE app_user SET statement_timeout = &apos;30s&apos;;</translation>
    </message>
    <message>
        <source>no idle_in_transaction_session_timeout for sessions in database %1 (0, %2; %3): a forgotten transaction holds locks and blocks VACUUM</source>
        <translation>kein idle_in_transaction_session_timeout für Sitzungen in der Datenbank %1 (0, %2; %3): Eine vergessene Transaktion hält Sperren und blockiert VACUUM</translation>
    </message>
    <message>
        <source>ALTER SYSTEM SET idle_in_transaction_session_timeout = &apos;5min&apos;;
SELECT pg_reload_conf();
-- or for this database only: ALTER DATABASE %1 SET idle_in_transaction_session_timeout = &apos;5min&apos;;</source>
        <translation>ALTER SYSTEM SET idle_in_transaction_session_timeout = &apos;5min&apos;;
SELECT pg_reload_conf();
-- oder nur für diese Datenbank: ALTER DATABASE %1 SET idle_in_transaction_session_timeout = &apos;5min&apos;;</translation>
    </message>
    <message>
        <source>pg_stat_statements (see that check)</source>
        <translation>pg_stat_statements (siehe diese Prüfung)</translation>
    </message>
    <message>
        <source>pg_read_all_stats to read other roles&apos; statements (GRANT pg_monitor TO %1)</source>
        <translation>pg_read_all_stats, um die Anweisungen anderer Rollen zu lesen (GRANT pg_monitor TO %1)</translation>
    </message>
    <message>
        <source>estimated p95 %1 ms %2 (lognormal fit of mean %3 ms, stddev %4 ms, max %5 ms over %6 calls)</source>
        <translation>geschätztes p95 %1 ms %2 (Lognormal-Anpassung an Mittelwert %3 ms, Standardabweichung %4 ms, Maximum %5 ms über %6 Aufrufe)</translation>
    </message>
    <message>
        <source>since the last doctor run</source>
        <translation>seit dem letzten Doctor-Lauf</translation>
    </message>
    <message>
        <source>since its statistics began</source>
        <translation>seit Beginn ihrer Statistik</translation>
    </message>
    <message>
        <source>p95 ≈ %1 ms (estimated)</source>
        <translation>p95 ≈ %1 ms (geschätzt)</translation>
    </message>
    <message>
        <source>fewer than %1 calls since the last doctor run</source>
        <translation>weniger als %1 Aufrufe seit dem letzten Doctor-Lauf</translation>
    </message>
    <message numerus="yes">
        <source>over budget in %1 of the last %n measured interval(s) between doctor runs</source>
        <translation>
            <numerusform>über Budget in %1 des letzten %n gemessenen Intervalls zwischen Doctor-Läufen</numerusform>
            <numerusform>über Budget in %1 der letzten %n gemessenen Intervalle zwischen Doctor-Läufen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 query: %2, budget %3 ms; %4; %5 (queryid %6): %7</source>
        <translation>Abfrage der Klasse %1: %2, Budget %3 ms; %4; %5 (queryid %6): %7</translation>
    </message>
    <message>
        <source>sustained: %1</source>
        <translation>anhaltend: %1</translation>
    </message>
    <message>
        <source>transient (sustained needs %1 of the last %2 intervals; not scored): %3</source>
        <translation>vorübergehend (anhaltend erst bei %1 der letzten %2 Intervalle; nicht bewertet): %3</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) judged since the last doctor run, none over budget in %1 of the last %2 intervals</source>
        <translation>
            <numerusform>%n Anweisung seit dem letzten Doctor-Lauf beurteilt, keine über Budget in %1 der letzten %2 Intervalle</numerusform>
            <numerusform>%n Anweisungen seit dem letzten Doctor-Lauf beurteilt, keine über Budget in %1 der letzten %2 Intervalle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>integrity_check reports %n problem(s): %1</source>
        <translation>
            <numerusform>integrity_check meldet %n Problem: %1</numerusform>
            <numerusform>integrity_check meldet %n Probleme: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>-- restore from a backup, or salvage into a new file:
-- sqlite3 broken.db .recover | sqlite3 recovered.db</source>
        <translation>-- aus einer Sicherung wiederherstellen oder in eine neue Datei retten:
-- sqlite3 broken.db .recover | sqlite3 recovered.db</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) reference a missing parent row</source>
        <translation>
            <numerusform>%n Zeile verweist auf eine fehlende Elternzeile</numerusform>
            <numerusform>%n Zeilen verweisen auf eine fehlende Elternzeile</numerusform>
        </translation>
    </message>
    <message>
        <source>PRAGMA foreign_key_check;  -- lists the rowids to repair or delete</source>
        <translation>PRAGMA foreign_key_check;  -- listet die zu reparierenden oder zu löschenden Rowids</translation>
    </message>
    <message>
        <source>%1 of %2 pages free</source>
        <translation>%1 von %2 Seiten frei</translation>
    </message>
    <message>
        <source>%1 of %2 pages (%3) are free: the file is that much larger than its data</source>
        <translation>%1 von %2 Seiten (%3) sind frei: Die Datei ist um so viel größer als ihre Daten</translation>
    </message>
    <message>
        <source>VACUUM;  -- rewrites the file; needs free disk space</source>
        <translation>VACUUM;  -- schreibt die Datei neu; braucht freien Plattenplatz</translation>
    </message>
    <message>
        <source>journal_mode is wal</source>
        <translation>journal_mode ist wal</translation>
    </message>
    <message>
        <source>journal_mode is %1: a crash during a write can corrupt the database</source>
        <translation>journal_mode ist %1: Ein Absturz während eines Schreibvorgangs kann die Datenbank beschädigen</translation>
    </message>
    <message>
        <source>journal_mode is %1: readers and the writer block each other; WAL lets them run together</source>
        <translation>journal_mode ist %1: Leser und Schreiber blockieren einander; mit WAL laufen sie nebeneinander</translation>
    </message>
    <message>
        <source>%1 critical, %2 warning, %3 not checked, %4 info, %5 ok</source>
        <translation>%1 kritisch, %2 Warnung(en), %3 nicht geprüft, %4 Info, %5 ok</translation>
    </message>
    <message>
        <source>NOT CHECKED (%1)</source>
        <translation>NICHT GEPRÜFT (%1)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>INFO</source>
        <translation>INFO</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>WARNUNG</translation>
    </message>
    <message>
        <source>CRITICAL</source>
        <translation>KRITISCH</translation>
    </message>
    <message>
        <source>%1 (transient)</source>
        <translation>%1 (vorübergehend)</translation>
    </message>
    <message>
        <source>one problem seen by %1 checks, counted once at its worst (%2)</source>
        <translation>ein Problem, von %1 Prüfungen gesehen, einmal in seiner schwersten Ausprägung gezählt (%2)</translation>
    </message>
    <message>
        <source>en</source>
        <comment>the report&apos;s language: an HTML lang code</comment>
        <translation>de</translation>
    </message>
    <message>
        <source>DB Pulse health report: %1</source>
        <translation>DB-Pulse-Gesundheitsbericht: %1</translation>
    </message>
    <message>
        <source>%1 — generated %2 in %3 ms</source>
        <translation>%1 — erstellt %2 in %3 ms</translation>
    </message>
    <message>
        <source>value %1, threshold %2</source>
        <translation>Wert %1, Schwelle %2</translation>
    </message>
    <message>
        <source>Fixes are suggestions; DB Pulse did not run them.</source>
        <translation>Die Korrekturen sind Vorschläge; DB Pulse hat sie nicht ausgeführt.</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>%1 is a symbolic link; refusing to keep data there</source>
        <translation>%1 ist ein symbolischer Link; dort werden keine Daten abgelegt</translation>
    </message>
    <message>
        <source>cannot create directory %1</source>
        <translation>Verzeichnis %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot make directory %1 private (0700)</source>
        <translation>Verzeichnis %1 kann nicht privat gemacht werden (0700)</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; refusing to write through it</source>
        <translation>%1 ist ein symbolischer Link; es wird nicht hindurch geschrieben</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot make %1 private (0600)</source>
        <translation>%1 kann nicht privat gemacht werden (0600)</translation>
    </message>
    <message>
        <source>%1 is not a regular file; refusing to replace it</source>
        <translation>%1 ist keine reguläre Datei; wird nicht ersetzt</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1: not open</source>
        <translation>%1 kann nicht geschrieben werden: nicht geöffnet</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; refusing to follow it</source>
        <translation>%1 ist ein symbolischer Link; wird nicht verfolgt</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is neither a file nor a directory</source>
        <translation>%1 ist weder Datei noch Verzeichnis</translation>
    </message>
    <message>
        <source>cannot make %1 private: %2</source>
        <translation>%1 kann nicht privat gemacht werden: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot stat %1: %2</source>
        <translation>stat auf %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>cannot remove %1: %2</source>
        <translation>%1 kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>refusing to remove %1</source>
        <translation>%1 wird nicht entfernt</translation>
    </message>
    <message>
        <source>%1 is not a real directory (a symbolic link?); not removed</source>
        <translation>%1 ist kein echtes Verzeichnis (ein symbolischer Link?); nicht entfernt</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>out of memory</source>
        <translation>kein Speicher mehr</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>keine Verbindung zu %1: %2</translation>
    </message>
    <message>
        <source>cancelled before the statement was sent</source>
        <translation>abgebrochen, bevor die Anweisung gesendet wurde</translation>
    </message>
</context>
<context>
    <name>Metrics</name>
    <message>
        <source>first sample</source>
        <translation>erste Stichprobe</translation>
    </message>
    <message>
        <source>server restarted</source>
        <translation>Server neu gestartet</translation>
    </message>
    <message>
        <source>statistics reset</source>
        <translation>Statistiken zurückgesetzt</translation>
    </message>
    <message>
        <source>server clock did not advance</source>
        <translation>die Serveruhr ist nicht vorgerückt</translation>
    </message>
    <message>
        <source>counters went backwards (reset or dropped database)</source>
        <translation>Zähler sind zurückgegangen (zurückgesetzt oder Datenbank gelöscht)</translation>
    </message>
    <message>
        <source>cannot open history file %1: %2</source>
        <translation>Verlaufsdatei %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>history file %1 is not usable: %2</source>
        <translation>Verlaufsdatei %1 ist nicht nutzbar: %2</translation>
    </message>
    <message>
        <source>add pg_stat_statements to shared_preload_libraries and restart, then CREATE EXTENSION pg_stat_statements</source>
        <translation>pg_stat_statements in shared_preload_libraries eintragen und neu starten, dann CREATE EXTENSION pg_stat_statements</translation>
    </message>
    <message>
        <source>role %1 cannot see other sessions&apos; queries or statements: GRANT pg_monitor TO %1</source>
        <translation>Rolle %1 kann Abfragen und Anweisungen anderer Sitzungen nicht sehen: GRANT pg_monitor TO %1</translation>
    </message>
    <message>
        <source>the extension is not created in this database</source>
        <translation>die Extension ist in dieser Datenbank nicht angelegt</translation>
    </message>
    <message>
        <source>permission denied reading pg_stat_statements (%1): GRANT pg_read_all_stats TO the monitoring role, or GRANT EXECUTE ON FUNCTION pg_stat_statements(boolean) TO it</source>
        <translation>Zugriff verweigert beim Lesen von pg_stat_statements (%1): GRANT pg_read_all_stats an die Monitoring-Rolle, oder GRANT EXECUTE ON FUNCTION pg_stat_statements(boolean) an sie</translation>
    </message>
    <message>
        <source>pg_stat_statements is not available (%1): %2</source>
        <translation>pg_stat_statements ist nicht verfügbar (%1): %2</translation>
    </message>
    <message>
        <source>pg_stat_statements evicted entries or was reset again (consider raising pg_stat_statements.max)</source>
        <translation>pg_stat_statements hat Einträge verdrängt oder wurde erneut zurückgesetzt (pg_stat_statements.max erhöhen?)</translation>
    </message>
    <message>
        <source>query texts cannot be read: pg_stat_statements holds a statement whose bytes are not valid in this database&apos;s encoding (recorded in a database with another encoding, e.g. SQL_ASCII); the figures are unaffected. pg_stat_statements_reset() clears it. Server said: %1</source>
        <translation>Abfragetexte sind nicht lesbar: pg_stat_statements enthält eine Anweisung, deren Bytes in der Kodierung dieser Datenbank ungültig sind (aufgezeichnet in einer Datenbank mit anderer Kodierung, z. B. SQL_ASCII); die Kennzahlen sind davon nicht betroffen. pg_stat_statements_reset() entfernt sie. Meldung des Servers: %1</translation>
    </message>
    <message>
        <source>query texts cannot be read: %1</source>
        <translation>Abfragetexte sind nicht lesbar: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot read %1: not an integrity record</source>
        <translation>%1 kann nicht gelesen werden: kein Integritätsprotokoll</translation>
    </message>
    <message>
        <source>pg_stat_statements was reset</source>
        <translation>pg_stat_statements wurde zurückgesetzt</translation>
    </message>
    <message>
        <source>pg_stat_statements evicted %1 entries (consider raising pg_stat_statements.max)</source>
        <translation>pg_stat_statements hat %1 Einträge verdrängt (pg_stat_statements.max erhöhen?)</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>partitioned table</source>
        <translation>partitionierte Tabelle</translation>
    </message>
    <message>
        <source>index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>partitioned index</source>
        <translation>partitionierter Index</translation>
    </message>
    <message>
        <source>sequence</source>
        <translation>Sequenz</translation>
    </message>
    <message>
        <source>view</source>
        <translation>Sicht</translation>
    </message>
    <message>
        <source>materialized view</source>
        <translation>materialisierte Sicht</translation>
    </message>
    <message>
        <source>foreign table</source>
        <translation>Fremdtabelle</translation>
    </message>
    <message>
        <source>composite type</source>
        <translation>zusammengesetzter Typ</translation>
    </message>
    <message>
        <source>an earlier migration in this dry run already held these locks, and this one fails without the earlier ones (%1), so whether it needs them too was not observed</source>
        <translation>eine frühere Migration in diesem Probelauf hielt diese Sperren bereits, und diese schlägt ohne die früheren fehl (%1); ob sie sie ebenfalls braucht, wurde daher nicht beobachtet</translation>
    </message>
    <message>
        <source>only ACCESS EXCLUSIVE (ALTER/DROP TABLE, TRUNCATE, VACUUM FULL); reads+writes continue</source>
        <translation>nur ACCESS EXCLUSIVE (ALTER/DROP TABLE, TRUNCATE, VACUUM FULL); Lesen+Schreiben laufen weiter</translation>
    </message>
    <message>
        <source>EXCLUSIVE and ACCESS EXCLUSIVE; reads+writes continue</source>
        <translation>EXCLUSIVE und ACCESS EXCLUSIVE; Lesen+Schreiben laufen weiter</translation>
    </message>
    <message>
        <source>CREATE INDEX and DDL; reads+writes continue</source>
        <translation>CREATE INDEX und DDL; Lesen+Schreiben laufen weiter</translation>
    </message>
    <message>
        <source>VACUUM, ANALYZE, CREATE INDEX and DDL; reads+writes continue</source>
        <translation>VACUUM, ANALYZE, CREATE INDEX und DDL; Lesen+Schreiben laufen weiter</translation>
    </message>
    <message>
        <source>writes</source>
        <translation>Schreibvorgänge</translation>
    </message>
    <message>
        <source>writes and SELECT FOR UPDATE/SHARE; plain reads continue</source>
        <translation>Schreibvorgänge und SELECT FOR UPDATE/SHARE; einfaches Lesen läuft weiter</translation>
    </message>
    <message>
        <source>reads+writes</source>
        <translation>Lesen+Schreiben</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 on %2 (line %3): created by this migration, so it blocks no one</source>
        <translation>%1 auf %2 (Zeile %3): von dieser Migration angelegt, blockiert also niemanden</translation>
    </message>
    <message>
        <source>%1 on %2: created by this migration, so it blocks no one</source>
        <translation>%1 auf %2: von dieser Migration angelegt, blockiert also niemanden</translation>
    </message>
    <message>
        <source>%1 on %2 (line %3): blocks %4</source>
        <translation>%1 auf %2 (Zeile %3): blockiert %4</translation>
    </message>
    <message>
        <source>%1 on %2: blocks %3</source>
        <translation>%1 auf %2: blockiert %3</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>not checked: %1: %2</source>
        <translation>nicht geprüft: %1: %2</translation>
    </message>
    <message>
        <source>not checked: %1</source>
        <translation>nicht geprüft: %1</translation>
    </message>
    <message>
        <source>others not checked: %1</source>
        <translation>andere nicht geprüft: %1</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no locks</comment>
        <translation>keine</translation>
    </message>
    <message>
        <source>cannot read the history: %1</source>
        <translation>der Verlauf kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot take the migration lock: %1</source>
        <translation>die Migrationssperre kann nicht genommen werden: %1</translation>
    </message>
    <message>
        <source>waiting for another runner to finish on %1…</source>
        <translation>warte, bis ein anderer Lauf auf %1 fertig ist…</translation>
    </message>
    <message>
        <source>another runner holds the lock on %1 (waited %2 s)</source>
        <translation>ein anderer Lauf hält die Sperre auf %1 (%2 s gewartet)</translation>
    </message>
    <message>
        <source>%1: applied version %2 was edited afterwards (checksum differs)</source>
        <translation>%1: die angewendete Version %2 wurde nachträglich geändert (Prüfsumme weicht ab)</translation>
    </message>
    <message>
        <source>version %1 is applied but its file is missing%2</source>
        <translation>Version %1 ist angewendet, aber ihre Datei fehlt%2</translation>
    </message>
    <message>
        <source>%1: pending version %2 is older than the newest applied one (out of order)</source>
        <translation>%1: die ausstehende Version %2 ist älter als die neueste angewendete (außer der Reihe)</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found</source>
        <translation>
            <numerusform>%n Problem gefunden</numerusform>
            <numerusform>%n Probleme gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (PostgreSQL&apos;s parser; nothing was run)</source>
        <translation>%1 (Parser von PostgreSQL; nichts wurde ausgeführt)</translation>
    </message>
    <message>
        <source>executeInTransaction=false in %1.conf</source>
        <translation>executeInTransaction=false in %1.conf</translation>
    </message>
    <message>
        <source>%1:%2: &apos;%3&apos; cannot run inside a transaction, and this migration runs in one; nothing was run. Mark the migration to run outside a transaction with %4</source>
        <translation>%1:%2: &apos;%3&apos; kann nicht in einer Transaktion laufen, und diese Migration läuft in einer; nichts wurde ausgeführt. Markieren Sie die Migration mit %4, damit sie außerhalb einer Transaktion läuft</translation>
    </message>
    <message>
        <source>%1:%2: refusing to dry-run &apos;%3&apos;: transaction control would really commit what ran before it (or end the dry run&apos;s transaction); nothing was run. Remove it, or mark the migration to run outside a transaction with %4 (a dry run lists such migrations without running them)</source>
        <translation>%1:%2: &apos;%3&apos; wird im Probelauf nicht ausgeführt: Transaktionssteuerung würde das zuvor Gelaufene wirklich committen (oder die Transaktion des Probelaufs beenden); nichts wurde ausgeführt. Entfernen Sie sie oder markieren Sie die Migration mit %4, damit sie außerhalb einer Transaktion läuft (ein Probelauf listet solche Migrationen, ohne sie auszuführen)</translation>
    </message>
    <message>
        <source>%1:%2: refusing to run &apos;%3&apos; inside the migration&apos;s transaction: what ran before it would stay applied even if a later statement fails, without its history row; nothing was run. Remove it, or mark the migration to run outside a transaction with %4</source>
        <translation>%1:%2: &apos;%3&apos; wird nicht in der Transaktion der Migration ausgeführt: Was davor lief, bliebe angewendet, auch wenn eine spätere Anweisung fehlschlägt, ohne Eintrag im Verlauf; nichts wurde ausgeführt. Entfernen Sie sie oder markieren Sie die Migration mit %4, damit sie außerhalb einer Transaktion läuft</translation>
    </message>
    <message>
        <source>%1: applied version %2 was edited afterwards (checksum differs); restore the file or pass --allow-changed</source>
        <translation>%1: die angewendete Version %2 wurde nachträglich geändert (Prüfsumme weicht ab); stellen Sie die Datei wieder her oder geben Sie --allow-changed an</translation>
    </message>
    <message>
        <source>version %1 is applied but its file is missing</source>
        <translation>Version %1 ist angewendet, aber ihre Datei fehlt</translation>
    </message>
    <message>
        <source>%1: version %2 is older than the newest applied one; pass --allow-out-of-order to apply it</source>
        <translation>%1: Version %2 ist älter als die neueste angewendete; geben Sie --allow-out-of-order an, um sie anzuwenden</translation>
    </message>
    <message>
        <source>version %1 is not applied; --to must name an applied version (or 0 for all)</source>
        <translation>Version %1 ist nicht angewendet; --to muss eine angewendete Version nennen (oder 0 für alle)</translation>
    </message>
    <message>
        <source>cannot undo version %1: its file is missing</source>
        <translation>Version %1 kann nicht rückgängig gemacht werden: ihre Datei fehlt</translation>
    </message>
    <message>
        <source>%1: cannot undo version %2: %3</source>
        <translation>%1: Version %2 kann nicht rückgängig gemacht werden: %3</translation>
    </message>
    <message>
        <source>no &apos;-- migrate:down&apos; section</source>
        <translation>kein Abschnitt &apos;-- migrate:down&apos;</translation>
    </message>
    <message>
        <source>no U%1__….sql undo file</source>
        <translation>keine Rückgängig-Datei U%1__….sql</translation>
    </message>
    <message>
        <source>%1: applied version %2 was edited afterwards; pass --allow-changed to undo it</source>
        <translation>%1: die angewendete Version %2 wurde nachträglich geändert; geben Sie --allow-changed an, um sie rückgängig zu machen</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>%1 would now apply %2, not the confirmed %3; nothing was run</source>
        <translation>%1 würde jetzt %2 anwenden, nicht die bestätigten %3; nichts wurde ausgeführt</translation>
    </message>
    <message>
        <source>%1 would now undo %2, not the confirmed %3; nothing was run</source>
        <translation>%1 würde jetzt %2 rückgängig machen, nicht die bestätigten %3; nichts wurde ausgeführt</translation>
    </message>
    <message numerus="yes">
        <source>%n problems; nothing was run</source>
        <translation>
            <numerusform>%n Problem; nichts wurde ausgeführt</numerusform>
            <numerusform>%n Probleme; nichts wurde ausgeführt</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing to apply: %1 is up to date</source>
        <translation>nichts anzuwenden: %1 ist aktuell</translation>
    </message>
    <message>
        <source>nothing to undo on %1</source>
        <translation>nichts rückgängig zu machen auf %1</translation>
    </message>
    <message>
        <source>the dry run failed in this migration</source>
        <translation>der Probelauf ist in dieser Migration fehlgeschlagen</translation>
    </message>
    <message>
        <source>not run: the dry run failed before this migration</source>
        <translation>nicht ausgeführt: der Probelauf ist vor dieser Migration fehlgeschlagen</translation>
    </message>
    <message>
        <source>the dry run failed before it checked whether this migration also needs locks an earlier one already held</source>
        <translation>der Probelauf ist fehlgeschlagen, bevor er prüfte, ob diese Migration auch Sperren braucht, die eine frühere bereits hielt</translation>
    </message>
    <message>
        <source>dry-run %1 %2</source>
        <translation>Probelauf %1 %2</translation>
    </message>
    <message>
        <source>applying %1 %2</source>
        <translation>%1 %2 wird angewendet</translation>
    </message>
    <message>
        <source>undoing %1 %2</source>
        <translation>%1 %2 wird rückgängig gemacht</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>  ran and rolled back in %1 ms</source>
        <translation>  ausgeführt und zurückgerollt in %1 ms</translation>
    </message>
    <message>
        <source>  applied in %1 ms</source>
        <translation>  angewendet in %1 ms</translation>
    </message>
    <message>
        <source>  undone in %1 ms</source>
        <translation>  rückgängig gemacht in %1 ms</translation>
    </message>
    <message>
        <source>dry-run: checking each migration&apos;s own locks</source>
        <translation>Probelauf: prüfe die eigenen Sperren jeder Migration</translation>
    </message>
    <message>
        <source>--to %1: a version is a number</source>
        <translation>--to %1: eine Version ist eine Zahl</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1; nothing was run</source>
        <translation>
            <numerusform>%n Problem in %1; nichts wurde ausgeführt</numerusform>
            <numerusform>%n Probleme in %1; nichts wurde ausgeführt</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot create the history table: %1</source>
        <translation>die Verlaufstabelle kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>keine Verbindung zu %1: %2</translation>
    </message>
    <message>
        <source>%1: version &apos;%2&apos; is not a number</source>
        <translation>%1: Version &apos;%2&apos; ist keine Zahl</translation>
    </message>
    <message>
        <source>%1:%2: second &apos;-- migrate:%3&apos; section</source>
        <translation>%1:%2: zweiter Abschnitt &apos;-- migrate:%3&apos;</translation>
    </message>
    <message>
        <source>%1:%2: unknown option &apos;%3&apos;</source>
        <translation>%1:%2: unbekannte Option &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1:%2: statement outside the &apos;-- migrate:up&apos; and &apos;-- migrate:down&apos; sections</source>
        <translation>%1:%2: Anweisung außerhalb der Abschnitte &apos;-- migrate:up&apos; und &apos;-- migrate:down&apos;</translation>
    </message>
    <message>
        <source>%1: no &apos;-- migrate:up&apos; section</source>
        <translation>%1: kein Abschnitt &apos;-- migrate:up&apos;</translation>
    </message>
    <message>
        <source>%1: not a migration name (expected V&lt;version&gt;__&lt;description&gt;.sql, U&lt;version&gt;__&lt;description&gt;.sql or R__&lt;description&gt;.sql)</source>
        <translation>%1: kein Migrationsname (erwartet V&lt;Version&gt;__&lt;Beschreibung&gt;.sql, U&lt;Version&gt;__&lt;Beschreibung&gt;.sql oder R__&lt;Beschreibung&gt;.sql)</translation>
    </message>
    <message>
        <source>%1: a repeatable migration has no version (R__&lt;description&gt;.sql)</source>
        <translation>%1: eine wiederholbare Migration hat keine Version (R__&lt;Beschreibung&gt;.sql)</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: die Datei kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>dangling link</source>
        <translation>verwaister Link</translation>
    </message>
    <message>
        <source>%1: undo for version %2, which has no V file</source>
        <translation>%1: Rückgängig-Datei für Version %2, zu der es keine V-Datei gibt</translation>
    </message>
    <message>
        <source>%1: duplicate undo for version %2 (also in %3)</source>
        <translation>%1: doppelte Rückgängig-Datei für Version %2 (auch in %3)</translation>
    </message>
    <message>
        <source>%1: duplicate version %2 (also in %3)</source>
        <translation>%1: doppelte Version %2 (auch in %3)</translation>
    </message>
    <message>
        <source>%1: no such directory</source>
        <translation>%1: kein solches Verzeichnis</translation>
    </message>
    <message>
        <source>it waited longer than the dry run&apos;s lock timeout (%1 s, --lock-timeout) for a lock another session holds</source>
        <translation>sie wartete länger als das Sperr-Zeitlimit des Probelaufs (%1 s, --lock-timeout) auf eine Sperre, die eine andere Sitzung hält</translation>
    </message>
    <message>
        <source>it ran longer than the dry run&apos;s statement timeout (%1 s, --statement-timeout)</source>
        <translation>sie lief länger als das Anweisungs-Zeitlimit des Probelaufs (%1 s, --statement-timeout)</translation>
    </message>
    <message>
        <source>%1
  statement (%2:%3): %4
  %5; the dry run was rolled back, nothing changed</source>
        <translation>%1
  Anweisung (%2:%3): %4
  %5; der Probelauf wurde zurückgerollt, nichts wurde geändert</translation>
    </message>
    <message>
        <source>%1
the connection was lost; the server rolls the open transaction back</source>
        <translation>%1
die Verbindung ist abgebrochen; der Server rollt die offene Transaktion zurück</translation>
    </message>
    <message>
        <source>%1: cannot begin a transaction: %2</source>
        <translation>%1: Transaktion kann nicht begonnen werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot record the history: %2</source>
        <translation>%1: der Verlauf kann nicht eingetragen werden: %2</translation>
    </message>
    <message>
        <source>%1: commit failed: %2</source>
        <translation>%1: Commit fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1: cannot set the search_path: %2</source>
        <translation>%1: search_path kann nicht gesetzt werden: %2</translation>
    </message>
    <message>
        <source>%1: ran, but the session could not be pinned again: %2</source>
        <translation>%1: ausgeführt, aber die Sitzung konnte nicht erneut festgelegt werden: %2</translation>
    </message>
    <message>
        <source>%1
(this migration runs outside a transaction: statements before the failing one stay applied)</source>
        <translation>%1
(diese Migration läuft außerhalb einer Transaktion: Anweisungen vor der fehlgeschlagenen bleiben angewendet)</translation>
    </message>
    <message>
        <source>%1: ran, but recording the history failed: %2</source>
        <translation>%1: ausgeführt, aber der Eintrag in den Verlauf ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>ran outside a transaction</source>
        <translation>außerhalb einer Transaktion ausgeführt</translation>
    </message>
    <message>
        <source>line %1: &apos;%2&apos; cannot run inside a transaction, and a dry run runs everything inside one that it rolls back</source>
        <translation>Zeile %1: &apos;%2&apos; kann nicht in einer Transaktion laufen, und ein Probelauf führt alles in einer aus, die er zurückrollt</translation>
    </message>
    <message>
        <source>the migration is marked to run outside a transaction, and a dry run runs everything inside one that it rolls back</source>
        <translation>die Migration ist für die Ausführung außerhalb einer Transaktion markiert, und ein Probelauf führt alles in einer aus, die er zurückrollt</translation>
    </message>
    <message>
        <source>%1: cannot set the dry run&apos;s timeouts: %2</source>
        <translation>%1: die Zeitlimits des Probelaufs können nicht gesetzt werden: %2</translation>
    </message>
    <message>
        <source>not run in the dry-run: it must run outside a transaction</source>
        <translation>im Probelauf nicht ausgeführt: sie muss außerhalb einer Transaktion laufen</translation>
    </message>
    <message>
        <source>SQLite does not lock single tables: a migration holds the whole database file&apos;s write lock until it commits</source>
        <translation>SQLite sperrt keine einzelnen Tabellen: Eine Migration hält die Schreibsperre der ganzen Datenbankdatei bis zum Commit</translation>
    </message>
    <message>
        <source>SQLite locks the whole database file for writing</source>
        <translation>SQLite sperrt die ganze Datenbankdatei für Schreibzugriffe</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>der Server hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>could not prepare the session: %1</source>
        <translation>die Sitzung konnte nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>could not read the search_path: %1</source>
        <translation>search_path konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Monitor</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>superuser: %1</source>
        <translation>Superuser: %1</translation>
    </message>
    <message>
        <source>role %1 is not in pg_monitor: other sessions&apos; queries stay hidden; run GRANT pg_monitor TO %1</source>
        <translation>Rolle %1 ist nicht in pg_monitor: Abfragen anderer Sitzungen bleiben verborgen; führen Sie GRANT pg_monitor TO %1 aus</translation>
    </message>
    <message>
        <source>pg_stat_statements is not loaded: add it to shared_preload_libraries in postgresql.conf and restart the server</source>
        <translation>pg_stat_statements ist nicht geladen: Tragen Sie es in postgresql.conf unter shared_preload_libraries ein und starten Sie den Server neu</translation>
    </message>
    <message>
        <source>pg_stat_statements is loaded but not created in this database: run CREATE EXTENSION pg_stat_statements</source>
        <translation>pg_stat_statements ist geladen, aber in dieser Datenbank nicht angelegt: Führen Sie CREATE EXTENSION pg_stat_statements aus</translation>
    </message>
    <message>
        <source>the file is locked by a writer: %1</source>
        <translation>die Datei ist von einem Schreiber gesperrt: %1</translation>
    </message>
    <message>
        <source>SQLite file not found: %1</source>
        <translation>SQLite-Datei nicht gefunden: %1</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is in WAL mode and no connection has it open: SQLite cannot read it without creating %2-wal and -shm, and its directory is read-only. It becomes readable while a writer has it open (%3)</source>
        <translation>%1 ist im WAL-Modus, und keine Verbindung hat sie geöffnet: SQLite kann sie nicht lesen, ohne %2-wal und -shm anzulegen, und ihr Verzeichnis ist schreibgeschützt. Lesbar wird sie, während ein Schreiber sie geöffnet hat (%3)</translation>
    </message>
    <message>
        <source>%1 is not a usable SQLite database: %2</source>
        <translation>%1 ist keine nutzbare SQLite-Datenbank: %2</translation>
    </message>
</context>
<context>
    <name>Sql</name>
    <message>
        <source>(statement text withheld: it could not be parsed to hide its values)</source>
        <translation>(Anweisungstext zurückgehalten: Er ließ sich nicht parsen, um seine Werte zu verbergen)</translation>
    </message>
    <message>
        <source>the scanner&apos;s answer could not be read</source>
        <translation>die Antwort des Scanners war nicht lesbar</translation>
    </message>
</context>
<context>
    <name>dbpulse::BackupScheduler</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>verified by restore (%1)</source>
        <translation>durch Wiederherstellung geprüft (%1)</translation>
    </message>
    <message>
        <source>checksums verified</source>
        <translation>Prüfsummen geprüft</translation>
    </message>
    <message>
        <source>the new backup failed verification: %1</source>
        <translation>die neue Sicherung hat die Prüfung nicht bestanden: %1</translation>
    </message>
    <message>
        <source>not pruned: %1</source>
        <translation>nicht aufgeräumt: %1</translation>
    </message>
    <message>
        <source>%1; 1 old backup deleted</source>
        <translation>%1; 1 alte Sicherung gelöscht</translation>
    </message>
    <message numerus="yes">
        <source>%1; %n old backups deleted</source>
        <translation>
            <numerusform>%1; %n alte Sicherung gelöscht</numerusform>
            <numerusform>%1; %n alte Sicherungen gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; could not delete %2</source>
        <translation>%1; %2 konnte nicht gelöscht werden</translation>
    </message>
</context>
</TS>
