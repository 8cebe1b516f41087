<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>dbpulse::ActivityChart</name>
    <message>
        <source>Connections by state</source>
        <translation>Verbindungen nach Zustand</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartend</translation>
    </message>
    <message>
        <source>idle in transaction</source>
        <extracomment>Legend of a chart a quarter of the window wide, beside four other states: keep it short (an abbreviation of &quot;transaction&quot; reads well here).</extracomment>
        <translation>inaktiv in TX</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>other</source>
        <translation>sonstige</translation>
    </message>
    <message>
        <source>connection limit</source>
        <translation>Verbindungslimit</translation>
    </message>
    <message>
        <source>%1 at %2 (stacked total %3)</source>
        <translation>%1 um %2 (gestapelt gesamt %3)</translation>
    </message>
    <message>
        <source>Connections by state (limit %1)</source>
        <translation>Verbindungen nach Zustand (Limit %1)</translation>
    </message>
    <message>
        <source>No session waiting</source>
        <translation>Keine Sitzung wartet</translation>
    </message>
    <message>
        <source>%1 waiting (by wait event type: not recorded then)</source>
        <translation>%1 wartend (nach Wait-Event-Typ: damals nicht erfasst)</translation>
    </message>
    <message>
        <source>%1 waiting: %2</source>
        <translation>%1 wartend: %2</translation>
    </message>
</context>
<context>
    <name>dbpulse::Appearance</name>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Erscheinungsbild</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
</context>
<context>
    <name>dbpulse::ApplyIndexDialog</name>
    <message>
        <source>Apply index advice</source>
        <translation>Indexempfehlung anwenden</translation>
    </message>
    <message>
        <source>This builds an index on the database &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Dies erstellt einen Index in der Datenbank &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>This changes the database &lt;b&gt;%1&lt;/b&gt;: the index is dropped and cannot be brought back except by building it again.</source>
        <translation>Dies ändert die Datenbank &lt;b&gt;%1&lt;/b&gt;: Der Index wird gelöscht und lässt sich nur durch erneutes Erstellen zurückholen.</translation>
    </message>
    <message>
        <source>It runs CONCURRENTLY: reads and writes go on, but it waits for running transactions and can take long on a big table.</source>
        <translation>Er läuft mit CONCURRENTLY: Lesen und Schreiben gehen weiter, aber er wartet auf laufende Transaktionen und kann bei einer großen Tabelle lange dauern.</translation>
    </message>
    <message>
        <source>It does not run CONCURRENTLY and blocks writes to the table while it runs.</source>
        <translation>Er läuft ohne CONCURRENTLY und sperrt Schreibzugriffe auf die Tabelle, solange er läuft.</translation>
    </message>
    <message>
        <source>Exactly this statement will run:</source>
        <translation>Genau diese Anweisung wird ausgeführt:</translation>
    </message>
    <message>
        <source>Rebuild index</source>
        <translation>Index neu aufbauen</translation>
    </message>
    <message>
        <source>Build index</source>
        <translation>Index erstellen</translation>
    </message>
    <message>
        <source>Drop index</source>
        <translation>Index löschen</translation>
    </message>
    <message>
        <source>Drop the invalid index</source>
        <translation>Ungültigen Index löschen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>Fertig: %1.</translation>
    </message>
    <message>
        <source>The latency before could not be saved (%1): there is no before/after comparison.</source>
        <translation>Die Latenz vorher konnte nicht gespeichert werden (%1): Es gibt keinen Vorher-Nachher-Vergleich.</translation>
    </message>
    <message numerus="yes">
        <source>The Indexes page compares the %n affected statement(s)&apos; latency with the latency before.</source>
        <translation>
            <numerusform>Die Seite „Indizes“ vergleicht die Latenz der %n betroffenen Anweisung mit der Latenz vorher.</numerusform>
            <numerusform>Die Seite „Indizes“ vergleicht die Latenz der %n betroffenen Anweisungen mit der Latenz vorher.</numerusform>
        </translation>
    </message>
    <message>
        <source>The affected statements&apos; latency before could not be read from pg_stat_statements: there is no before/after comparison.</source>
        <translation>Die Latenz der betroffenen Anweisungen vorher ließ sich nicht aus pg_stat_statements lesen: Es gibt keinen Vorher-Nachher-Vergleich.</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Abgebrochen: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Could not check for an invalid index left behind: %1</source>
        <translation>Konnte nicht prüfen, ob ein ungültiger Index zurückgeblieben ist: %1</translation>
    </message>
    <message>
        <source>The build left an invalid index behind; queries never use it but writes keep maintaining it. This drops it:</source>
        <translation>Der Aufbau hat einen ungültigen Index hinterlassen; Abfragen nutzen ihn nie, aber Schreibzugriffe pflegen ihn weiter. Dies löscht ihn:</translation>
    </message>
    <message>
        <source>Cleanup failed: %1</source>
        <translation>Aufräumen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The invalid index was dropped.</source>
        <translation>Der ungültige Index wurde gelöscht.</translation>
    </message>
</context>
<context>
    <name>dbpulse::BackendModel</name>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <extracomment>Column: the wait event a session waits for (pg_stat_activity.wait_event)</extracomment>
        <translation>Wartet auf</translation>
    </message>
    <message>
        <source>Running</source>
        <extracomment>Column: how long the session&apos;s current query has been running</extracomment>
        <translation>Läuft seit</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
</context>
<context>
    <name>dbpulse::BackendView</name>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Cancel query…</source>
        <translation>Abfrage abbrechen…</translation>
    </message>
    <message>
        <source>Terminate session…</source>
        <translation>Sitzung beenden…</translation>
    </message>
    <message>
        <source>Ends the backend process: its transaction is rolled back and the client disconnected</source>
        <translation>Beendet den Backend-Prozess: Seine Transaktion wird zurückgerollt und der Client getrennt</translation>
    </message>
    <message>
        <source>Filter sessions…</source>
        <translation>Sitzungen filtern…</translation>
    </message>
    <message>
        <source>Sessions are listed for connected PostgreSQL servers.</source>
        <translation>Sitzungen werden für verbundene PostgreSQL-Server aufgelistet.</translation>
    </message>
    <message>
        <source>Could not list sessions: %1</source>
        <translation>Sitzungen konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n client session(s)</source>
        <translation>
            <numerusform>%n Client-Sitzung</numerusform>
            <numerusform>%n Client-Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <source>(no query)</source>
        <translation>(keine Abfrage)</translation>
    </message>
    <message>
        <source>Terminate session %1 on %2?

Its open transaction is rolled back and its client is disconnected.

Query: %3</source>
        <translation>Sitzung %1 auf %2 beenden?

Ihre offene Transaktion wird zurückgerollt und ihr Client getrennt.

Abfrage: %3</translation>
    </message>
    <message>
        <source>Cancel the running query of session %1 on %2?

Query: %3</source>
        <translation>Die laufende Abfrage von Sitzung %1 auf %2 abbrechen?

Abfrage: %3</translation>
    </message>
    <message>
        <source>Terminate session</source>
        <translation>Sitzung beenden</translation>
    </message>
    <message>
        <source>Cancel query</source>
        <translation>Abfrage abbrechen</translation>
    </message>
    <message>
        <source>Session %1 terminated.</source>
        <translation>Sitzung %1 beendet.</translation>
    </message>
    <message>
        <source>Query of session %1 cancelled.</source>
        <translation>Abfrage von Sitzung %1 abgebrochen.</translation>
    </message>
    <message>
        <source>Session %1: %2</source>
        <translation>Sitzung %1: %2</translation>
    </message>
</context>
<context>
    <name>dbpulse::BackupListModel</name>
    <message>
        <source>Never verified</source>
        <translation>Nie geprüft</translation>
    </message>
    <message>
        <source>Checksums verified %1</source>
        <translation>Prüfsummen geprüft %1</translation>
    </message>
    <message>
        <source>Verified by restore %1</source>
        <translation>Per Wiederherstellung geprüft %1</translation>
    </message>
    <message>
        <source>Failed verification %1</source>
        <translation>Prüfung fehlgeschlagen %1</translation>
    </message>
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
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Unvollständig</translation>
    </message>
    <message>
        <source>Checksums: %1</source>
        <translation>Prüfsummen: %1</translation>
    </message>
    <message>
        <source>Test restore: %1</source>
        <translation>Testwiederherstellung: %1</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>dbpulse::BackupRunNotifier</name>
    <message>
        <source>DB Pulse</source>
        <translation>DB Pulse</translation>
    </message>
    <message>
        <source>Scheduled backup of %1 finished: %2</source>
        <translation>Geplante Sicherung von %1 abgeschlossen: %2</translation>
    </message>
    <message>
        <source>Scheduled backup of %1 FAILED: %2</source>
        <translation>Geplante Sicherung von %1 FEHLGESCHLAGEN: %2</translation>
    </message>
    <message>
        <source>Backup finished</source>
        <translation>Sicherung abgeschlossen</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Sicherung fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>dbpulse::BackupSchedulesDialog</name>
    <message>
        <source>Backup schedules</source>
        <translation>Sicherungszeitpläne</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>A saved connection (its password comes from the keychain or a live dashboard connection), a password-free URI, or sqlite:PATH</source>
        <translation>Eine gespeicherte Verbindung (ihr Passwort kommt aus dem Schlüsselbund oder einer aktiven Dashboard-Verbindung), eine URI ohne Passwort oder sqlite:PFAD</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Custom (one file)</source>
        <translation>Custom (eine Datei)</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>default</source>
        <extracomment>Compression level: pg_dump&apos;s default</extracomment>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Verify by test restore (scratch database on the same server)</source>
        <translation>Per Testwiederherstellung prüfen (Wegwerf-Datenbank auf demselben Server)</translation>
    </message>
    <message>
        <source>Delete old backups of this database by retention:</source>
        <translation>Alte Sicherungen dieser Datenbank nach Aufbewahrungsregel löschen:</translation>
    </message>
    <message>
        <source>daily</source>
        <extracomment>Retention: keep the newest backup of each of the last N days (&quot;daily [30]&quot;)</extracomment>
        <translation>täglich</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>wöchentlich</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>monatlich</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Run now</source>
        <translation>Jetzt ausführen</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Verbindung:</translation>
    </message>
    <message>
        <source>Daily at:</source>
        <translation>Täglich um:</translation>
    </message>
    <message>
        <source>Destination:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Compression:</source>
        <translation>Komprimierung:</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>Behalten:</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Backup / error</source>
        <translation>Sicherung / Fehler</translation>
    </message>
    <message>
        <source>Filter runs…</source>
        <translation>Läufe filtern…</translation>
    </message>
    <message>
        <source>Past runs</source>
        <translation>Bisherige Läufe</translation>
    </message>
    <message>
        <source>Backup destination</source>
        <translation>Sicherungsziel</translation>
    </message>
    <message>
        <source>A scheduled backup is running…</source>
        <translation>Eine geplante Sicherung läuft…</translation>
    </message>
    <message>
        <source>%1 daily at %2</source>
        <translation>%1 täglich um %2</translation>
    </message>
    <message>
        <source>%1 daily at %2 (off)</source>
        <translation>%1 täglich um %2 (aus)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>New schedule: adjust it and press Save.</source>
        <translation>Neuer Zeitplan: anpassen und „Speichern“ drücken.</translation>
    </message>
    <message>
        <source>Delete old backups automatically?</source>
        <translation>Alte Sicherungen automatisch löschen?</translation>
    </message>
    <message>
        <source>After every backup, this schedule will delete the backups of %1 (that database on that server only) in the folder %2 that retention does not keep: the newest of each of the last %3, %4 and %5, and the newest verified backup, are kept.</source>
        <translation>Nach jeder Sicherung löscht dieser Zeitplan die Sicherungen von %1 (nur diese Datenbank auf diesem Server) im Ordner %2, die die Aufbewahrungsregel nicht behält: Behalten werden jeweils die neueste der letzten %3, %4 und %5 sowie die neueste geprüfte Sicherung.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monate</numerusform>
        </translation>
    </message>
    <message>
        <source>Folders in it now: %1. Other databases&apos; and servers&apos; backups, unfinished backups and symbolic links are never touched.</source>
        <translation>Ordner darin zurzeit: %1. Sicherungen anderer Datenbanken und Server, unvollständige Sicherungen und symbolische Links werden nie angefasst.</translation>
    </message>
    <message>
        <source>Delete old backups in %1</source>
        <translation>Alte Sicherungen in %1 löschen</translation>
    </message>
    <message>
        <source>Not saved: old backups would have been deleted without your confirmation.</source>
        <translation>Nicht gespeichert: Alte Sicherungen wären ohne Ihre Bestätigung gelöscht worden.</translation>
    </message>
    <message>
        <source>Saved. Next run: %1.</source>
        <translation>Gespeichert. Nächster Lauf: %1.</translation>
    </message>
</context>
<context>
    <name>dbpulse::BackupsPage</name>
    <message>
        <source>A connection from the sidebar, a saved connection, a postgresql:// URI, or sqlite:PATH</source>
        <translation>Eine Verbindung aus der Seitenleiste, eine gespeicherte Verbindung, eine postgresql://-URI oder sqlite:PFAD</translation>
    </message>
    <message>
        <source>@saved-connection, postgresql://user@host/db or sqlite:/path/file.db</source>
        <translation>@gespeicherte-verbindung, postgresql://benutzer@host/db oder sqlite:/pfad/datei.db</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Custom (one file)</source>
        <translation>Custom (eine Datei)</translation>
    </message>
    <message>
        <source>Directory (parallel)</source>
        <translation>Verzeichnis (parallel)</translation>
    </message>
    <message>
        <source>default</source>
        <extracomment>Compression level: pg_dump&apos;s default</extracomment>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Verbindung:</translation>
    </message>
    <message>
        <source>Destination:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Parallel jobs:</source>
        <translation>Parallele Jobs:</translation>
    </message>
    <message>
        <source>Compression:</source>
        <translation>Komprimierung:</translation>
    </message>
    <message>
        <source>New backup</source>
        <translation>Neue Sicherung</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Schedules…</source>
        <translation>Zeitpläne…</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Check the manifest, every file&apos;s SHA-256 and that the archive can be read</source>
        <translation>Manifest, die SHA-256-Prüfsumme jeder Datei und die Lesbarkeit des Archivs prüfen</translation>
    </message>
    <message>
        <source>Test restore</source>
        <translation>Testwiederherstellung</translation>
    </message>
    <message>
        <source>Restore into a scratch database on the chosen connection&apos;s server (dropped afterwards) and compare every table&apos;s row count with the manifest</source>
        <translation>In eine Wegwerf-Datenbank auf dem Server der gewählten Verbindung wiederherstellen (danach gelöscht) und die Zeilenzahl jeder Tabelle mit dem Manifest vergleichen</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Wiederherstellen…</translation>
    </message>
    <message>
        <source>Filter backups…</source>
        <translation>Sicherungen filtern…</translation>
    </message>
    <message>
        <source>Backups in the destination</source>
        <translation>Sicherungen im Ziel</translation>
    </message>
    <message>
        <source>Backup destination</source>
        <translation>Sicherungsziel</translation>
    </message>
    <message>
        <source>Backups are written with the server&apos;s own pg_dump (SQLite: its online backup) and a SHA-256 manifest; a restore goes into a new database unless you name one to replace.</source>
        <translation>Sicherungen entstehen mit dem pg_dump des Servers (SQLite: dessen Online-Backup) und einem SHA-256-Manifest; eine Wiederherstellung geht in eine neue Datenbank, außer Sie nennen eine zum Ersetzen.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was left behind.</source>
        <translation>Abgebrochen; nichts ist zurückgeblieben.</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Sicherung geschrieben nach %1</translation>
    </message>
    <message>
        <source>The server asked for a password.</source>
        <translation>Der Server hat nach einem Passwort gefragt.</translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>Sicherung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Backup is sound: checksums match and the archive can be read.</source>
        <translation>Sicherung ist einwandfrei: Prüfsummen stimmen und das Archiv ist lesbar.</translation>
    </message>
    <message>
        <source>Verification failed: %1</source>
        <translation>Prüfung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Choose a PostgreSQL connection: the test restore uses a scratch database on its server.</source>
        <translation>Wählen Sie eine PostgreSQL-Verbindung: Die Testwiederherstellung nutzt eine Wegwerf-Datenbank auf deren Server.</translation>
    </message>
    <message>
        <source>Verified by restore: %1.</source>
        <translation>Per Wiederherstellung geprüft: %1.</translation>
    </message>
    <message>
        <source>Test restore failed: %1</source>
        <translation>Testwiederherstellung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Save connection</source>
        <translation>Verbindung speichern</translation>
    </message>
    <message>
        <source>Schedules back up saved connections. “%1” is not saved: save it as a connection first?</source>
        <translation>Zeitpläne sichern gespeicherte Verbindungen. „%1“ ist nicht gespeichert: zuerst als Verbindung speichern?</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
</context>
<context>
    <name>dbpulse::BlockingTreeView</name>
    <message>
        <source>Terminate root blocker…</source>
        <translation>Hauptblockierer beenden…</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Wait event</source>
        <translation>Wait-Event</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>Ends the selected root blocker&apos;s backend: its transaction is rolled back, its client disconnected, and the sessions waiting on it can go on</source>
        <translation>Beendet das Backend des gewählten Hauptblockierers: Seine Transaktion wird zurückgerollt, sein Client getrennt, und die auf ihn wartenden Sitzungen können weiterlaufen</translation>
    </message>
    <message>
        <source>No session waits on a lock now</source>
        <translation>Zurzeit wartet keine Sitzung auf eine Sperre</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) waiting on locks</source>
        <translation>
            <numerusform>%n Sitzung wartet auf Sperren</numerusform>
            <numerusform>%n Sitzungen warten auf Sperren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n root blocker(s)</source>
        <translation>
            <numerusform>%n Hauptblockierer</numerusform>
            <numerusform>%n Hauptblockierer</numerusform>
        </translation>
    </message>
    <message>
        <source>prepared transaction</source>
        <translation>vorbereitete Transaktion</translation>
    </message>
    <message>
        <source>%1 (root blocker)</source>
        <extracomment>%1 is a backend&apos;s process id or &quot;prepared transaction&quot;</extracomment>
        <translation>%1 (Hauptblockierer)</translation>
    </message>
    <message>
        <source>%1 (deadlock cycle)</source>
        <translation>%1 (Deadlock-Zyklus)</translation>
    </message>
    <message>
        <source>%1 (ended)</source>
        <translation>%1 (beendet)</translation>
    </message>
    <message>
        <source>holds; in transaction %1</source>
        <translation>hält Sperren; in Transaktion seit %1</translation>
    </message>
    <message>
        <source>Terminate root blocker %1 (user %2, database %3) on %4?

Its open transaction is rolled back and its client is disconnected; the sessions waiting on it can go on.

Query: %5</source>
        <translation>Hauptblockierer %1 (Benutzer %2, Datenbank %3) auf %4 beenden?

Seine offene Transaktion wird zurückgerollt und sein Client getrennt; die auf ihn wartenden Sitzungen können weiterlaufen.

Abfrage: %5</translation>
    </message>
    <message>
        <source>(no query)</source>
        <translation>(keine Abfrage)</translation>
    </message>
    <message>
        <source>Terminate root blocker</source>
        <translation>Hauptblockierer beenden</translation>
    </message>
    <message>
        <source>Session %1 terminated.</source>
        <translation>Sitzung %1 beendet.</translation>
    </message>
    <message>
        <source>Session %1: %2</source>
        <translation>Sitzung %1: %2</translation>
    </message>
</context>
<context>
    <name>dbpulse::BudgetDialog</name>
    <message>
        <source>Simple (single-table reads and writes):</source>
        <translation>Einfach (Lesen und Schreiben auf einer Tabelle):</translation>
    </message>
    <message>
        <source>Complex (joins, subqueries, CTEs):</source>
        <translation>Komplex (Joins, Unterabfragen, CTEs):</translation>
    </message>
    <message>
        <source>Analytics (aggregates, GROUP BY, windows):</source>
        <translation>Analytisch (Aggregate, GROUP BY, Fensterfunktionen):</translation>
    </message>
    <message>
        <source>Bulk (COPY, INSERT … SELECT, maintenance):</source>
        <translation>Massendaten (COPY, INSERT … SELECT, Wartung):</translation>
    </message>
    <message>
        <source>Performance budgets</source>
        <translation>Performance-Budgets</translation>
    </message>
    <message>
        <source>A statement breaks its budget when its estimated p95 latency in an interval is above its class&apos;s budget.</source>
        <translation>Eine Anweisung überschreitet ihr Budget, wenn ihre geschätzte p95-Latenz in einem Intervall über dem Budget ihrer Klasse liegt.</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Default %1 ms</source>
        <translation>Standard %1 ms</translation>
    </message>
    <message numerus="yes">
        <source> interval(s) in a row</source>
        <extracomment>The suffix after a number of intervals: &quot;3 intervals in a row&quot;</extracomment>
        <translation>
            <numerusform> Intervall in Folge</numerusform>
            <numerusform> Intervalle in Folge</numerusform>
        </translation>
    </message>
    <message>
        <source>Alert after:</source>
        <translation>Alarm nach:</translation>
    </message>
    <message>
        <source>Statement classes are inferred from their text; override one from the Queries page (right-click ▸ Query class).</source>
        <translation>Anweisungsklassen werden aus dem Text abgeleitet; auf der Seite „Abfragen“ lässt sich eine festlegen (Rechtsklick ▸ Abfrageklasse).</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) have a class chosen on the Queries page.</source>
        <translation>
            <numerusform>%n Anweisung hat eine auf der Seite „Abfragen“ gewählte Klasse.</numerusform>
            <numerusform>%n Anweisungen haben eine auf der Seite „Abfragen“ gewählte Klasse.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dbpulse::ConnectionDialog</name>
    <message>
        <source>Save password in keychain</source>
        <translation>Passwort im Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>local socket</source>
        <translation>lokaler Socket</translation>
    </message>
    <message>
        <source>default (5432)</source>
        <translation>Standard (5432)</translation>
    </message>
    <message>
        <source>from keychain, ~/.pgpass or PGPASSWORD</source>
        <translation>aus Schlüsselbund, ~/.pgpass oder PGPASSWORD</translation>
    </message>
    <message>
        <source>default (prefer)</source>
        <translation>Standard (prefer)</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>No keychain service available — the password is kept for this session only.</source>
        <translation>Kein Schlüsselbund-Dienst verfügbar – das Passwort wird nur für diese Sitzung gespeichert.</translation>
    </message>
    <message>
        <source>&amp;SSL mode:</source>
        <translation>&amp;SSL-Modus:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Date&amp;i:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Farbe:</translation>
    </message>
    <message>
        <source>e.g. prod, staging</source>
        <translation>z. B. prod, staging</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Kennzeichen:</translation>
    </message>
    <message>
        <source>Edit connection</source>
        <translation>Verbindung bearbeiten</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>Connection colour</source>
        <translation>Verbindungsfarbe</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>SQLite database</source>
        <translation>SQLite-Datenbank</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.db *.sqlite *.sqlite3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation>Geben Sie der Verbindung einen Namen.</translation>
    </message>
    <message>
        <source>A connection named “%1” already exists.</source>
        <translation>Eine Verbindung namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>Choose the SQLite database file.</source>
        <translation>Wählen Sie die SQLite-Datenbankdatei.</translation>
    </message>
    <message>
        <source>Choose the SQLite database file first.</source>
        <translation>Wählen Sie zuerst die SQLite-Datenbankdatei.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird aufgebaut…</translation>
    </message>
    <message>
        <source>Connected in %1 ms: %2</source>
        <translation>Verbunden in %1 ms: %2</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>Verbindung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Throwaway cluster: its data may be lost (tests, development)</source>
        <translation>Wegwerf-Cluster: Seine Daten dürfen verloren gehen (Tests, Entwicklung)</translation>
    </message>
    <message>
        <source>paste postgresql://user@host:5432/db?sslmode=require to fill the fields</source>
        <translation>postgresql://benutzer@host:5432/db?sslmode=require einfügen, um die Felder zu füllen</translation>
    </message>
    <message>
        <source>&amp;URI:</source>
        <translation>&amp;URI:</translation>
    </message>
    <message>
        <source>e.g. jane@ops: shown as “dbpulse (jane@ops)”</source>
        <translation>z. B. jane@ops: erscheint als „dbpulse (jane@ops)“</translation>
    </message>
    <message>
        <source>Added to DB Pulse&apos;s own application_name on every session, so pg_stat_activity says whose DB Pulse it is.</source>
        <translation>Wird in jeder Sitzung an den application_name von DB Pulse angehängt, damit pg_stat_activity zeigt, wessen DB Pulse es ist.</translation>
    </message>
    <message>
        <source>&amp;Application name:</source>
        <translation>Anwendungsna&amp;me:</translation>
    </message>
    <message>
        <source>The health checks then report fsync or full_page_writes off as info instead of critical.</source>
        <translation>Die Zustandsprüfungen melden ein abgeschaltetes fsync oder full_page_writes dann als Hinweis statt als kritisch.</translation>
    </message>
    <message>
        <source>Not a PostgreSQL URI: choose the kind SQLite for a file.</source>
        <translation>Keine PostgreSQL-URI: Wählen Sie für eine Datei die Art SQLite.</translation>
    </message>
    <message>
        <source>Not filled: %1</source>
        <translation>Nicht ausgefüllt: %1</translation>
    </message>
    <message>
        <source>Fields filled from the URI.</source>
        <translation>Felder aus der URI ausgefüllt.</translation>
    </message>
    <message>
        <source>Fields filled from the URI. Not kept by a saved connection: %1.</source>
        <translation>Felder aus der URI ausgefüllt. Nicht in einer gespeicherten Verbindung gehalten: %1.</translation>
    </message>
    <message>
        <source>Connected in %1 ms: %2
as %3 to %4</source>
        <translation>Verbunden in %1 ms: %2
als %3 mit %4</translation>
    </message>
</context>
<context>
    <name>dbpulse::ConnectionPicker</name>
    <message>
        <source>“%1” has no database yet.</source>
        <translation>„%1“ hat noch keine Datenbank.</translation>
    </message>
</context>
<context>
    <name>dbpulse::ConnectionSidebar</name>
    <message>
        <source>&amp;New Connection…</source>
        <translation>&amp;Neue Verbindung…</translation>
    </message>
    <message>
        <source>&amp;Edit Connection…</source>
        <translation>Verbindung &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove Connection</source>
        <translation>Verbindung &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Verbindung entfernen</translation>
    </message>
    <message>
        <source>Remove the saved connection “%1” and its stored password?</source>
        <translation>Die gespeicherte Verbindung „%1“ und ihr Passwort entfernen?</translation>
    </message>
    <message>
        <source>&amp;Next Connection</source>
        <translation>&amp;Nächste Verbindung</translation>
    </message>
    <message>
        <source>&amp;Previous Connection</source>
        <translation>V&amp;orherige Verbindung</translation>
    </message>
    <message>
        <source>Go to Connection &amp;List</source>
        <translation>Zur Verbindungs&amp;liste</translation>
    </message>
</context>
<context>
    <name>dbpulse::ConnectionStatusLabel</name>
    <message>
        <source>No connection selected</source>
        <translation>Keine Verbindung ausgewählt</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
</context>
<context>
    <name>dbpulse::ConnectionTreeModel</name>
    <message>
        <source>Server %1</source>
        <translation>Server %1</translation>
    </message>
    <message numerus="yes">
        <source>%n database(s)</source>
        <translation>
            <numerusform>%n Datenbank</numerusform>
            <numerusform>%n Datenbanken</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dbpulse::DashboardPage</name>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Database size</source>
        <translation>Datenbankgröße</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Disconnected.

Connect to %1 to see its activity.</source>
        <translation>Getrennt.

Verbinden Sie sich mit %1, um die Aktivität zu sehen.</translation>
    </message>
    <message>
        <source>Connection failed.

%1</source>
        <translation>Verbindung fehlgeschlagen.

%1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird aufgebaut…</translation>
    </message>
    <message>
        <source>Server unreachable — %1</source>
        <translation>Server nicht erreichbar – %1</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 als %2</translation>
    </message>
    <message>
        <source>Server uptime</source>
        <translation>Server-Laufzeit</translation>
    </message>
    <message>
        <source>Every database of the server; bold: monitored here</source>
        <translation>Alle Datenbanken des Servers; fett: hier überwacht</translation>
    </message>
    <message>
        <source>No connection selected.

Look around on the built-in demo database (a throwaway cluster with a shop and its workload), or connect to your own server. A target on the command line opens it directly.</source>
        <translation>Keine Verbindung ausgewählt.

Sehen Sie sich in der eingebauten Demo-Datenbank um (ein Wegwerf-Cluster mit einem Shop und seiner Last) oder verbinden Sie sich mit Ihrem eigenen Server. Ein Ziel auf der Kommandozeile öffnet ihn direkt.</translation>
    </message>
    <message>
        <source>Server unreachable.</source>
        <translation>Server nicht erreichbar.</translation>
    </message>
    <message>
        <source>SQLite file unreadable — %1. The figures below are from %2.</source>
        <translation>SQLite-Datei nicht lesbar – %1. Die Werte unten stammen von %2.</translation>
    </message>
    <message>
        <source>SQLite file unreadable — %1</source>
        <translation>SQLite-Datei nicht lesbar – %1</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>SQLite file unreadable.</source>
        <translation>SQLite-Datei nicht lesbar.</translation>
    </message>
    <message>
        <source>Opening the SQLite file %1…</source>
        <translation>SQLite-Datei %1 wird geöffnet…</translation>
    </message>
    <message>
        <source>DATABASE SIZE</source>
        <translation>DATENBANKGRÖSSE</translation>
    </message>
    <message>
        <source>SIZE OF %1</source>
        <translation>GRÖSSE VON %1</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Server %1</source>
        <translation>Server %1</translation>
    </message>
    <message>
        <source>Monitored here: %1</source>
        <translation>Hier überwacht: %1</translation>
    </message>
    <message>
        <source>SIZE OF ALL DATABASES</source>
        <translation>GRÖSSE ALLER DATENBANKEN</translation>
    </message>
    <message>
        <source>As read when DB Pulse connected</source>
        <translation>Stand beim Verbinden von DB Pulse</translation>
    </message>
</context>
<context>
    <name>dbpulse::DatabaseBreakdownModel</name>
    <message>
        <source>Monitored here: its transactions/s leave DB Pulse&apos;s own session out</source>
        <translation>Hier überwacht: Die Transaktionen/s lassen die eigene Sitzung von DB Pulse außen vor</translation>
    </message>
    <message>
        <source>Blocks found in shared buffers, of all its relations (tables, indexes, catalogs)</source>
        <translation>In den Shared Buffers gefundene Blöcke aller ihrer Relationen (Tabellen, Indizes, Kataloge)</translation>
    </message>
    <message>
        <source>Read when DB Pulse connected</source>
        <translation>Gelesen beim Verbinden von DB Pulse</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Transactions/s</source>
        <translation>Transaktionen/s</translation>
    </message>
    <message>
        <source>Cache hit (all blocks)</source>
        <translation>Cache-Trefferquote (alle Blöcke)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
</context>
<context>
    <name>dbpulse::DemoLauncher</name>
    <message>
        <source>Could not start %1: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>Demo database</source>
        <translation>Demo-Datenbank</translation>
    </message>
    <message>
        <source>Starting demo database…</source>
        <translation>Demo-Datenbank wird gestartet…</translation>
    </message>
    <message>
        <source>dbpulse-cli was not found next to dbpulse or on PATH (set DBPULSE_CLI)</source>
        <translation>dbpulse-cli wurde weder neben dbpulse noch im PATH gefunden (DBPULSE_CLI setzen)</translation>
    </message>
    <message>
        <source>The demo printed a target that does not parse: %1</source>
        <translation>Die Demo hat ein Ziel ausgegeben, das sich nicht lesen lässt: %1</translation>
    </message>
    <message>
        <source>The demo database did not start (exit code %1)</source>
        <translation>Die Demo-Datenbank ist nicht gestartet (Exit-Code %1)</translation>
    </message>
    <message>
        <source>The demo database did not start (exit code %1): %2</source>
        <translation>Die Demo-Datenbank ist nicht gestartet (Exit-Code %1): %2</translation>
    </message>
</context>
<context>
    <name>dbpulse::FindingModel</name>
    <message>
        <source>NOT CHECKED</source>
        <translation>NICHT GEPRÜFT</translation>
    </message>
    <message>
        <source>%1 (%2 in reports and --checks)</source>
        <translation>%1 (%2 in Berichten und bei --checks)</translation>
    </message>
    <message>
        <source>One problem seen by %1 checks, counted once at its worst (%2)</source>
        <translation>Ein Problem, von %1 Prüfungen gesehen, einmal mit dem schlimmsten Wert gezählt (%2)</translation>
    </message>
    <message>
        <source>not checked (%1)</source>
        <translation>nicht geprüft (%1)</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwellwert</translation>
    </message>
</context>
<context>
    <name>dbpulse::Freshness</name>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>vor %n s</numerusform>
            <numerusform>vor %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>as of %1, %2</source>
        <translation>Stand %1, %2</translation>
    </message>
</context>
<context>
    <name>dbpulse::HealthPage</name>
    <message>
        <source>Run checks</source>
        <translation>Prüfungen starten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export HTML…</source>
        <translation>Als HTML exportieren…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Als PDF exportieren…</translation>
    </message>
    <message>
        <source>Select a connected server and press Run checks. Checks only read; a fix runs only when you confirm it.</source>
        <translation>Wählen Sie einen verbundenen Server und drücken Sie „Prüfungen starten“. Prüfungen lesen nur; eine Korrektur läuft nur nach Ihrer Bestätigung.</translation>
    </message>
    <message>
        <source>The selected finding: what was found, the measured value, and the suggested fix.</source>
        <translation>Der gewählte Befund: was gefunden wurde, der gemessene Wert und die vorgeschlagene Korrektur.</translation>
    </message>
    <message>
        <source>Filter findings…</source>
        <translation>Befunde filtern…</translation>
    </message>
    <message>
        <source>Connect to the server first: the doctor uses the same credentials.</source>
        <translation>Verbinden Sie sich zuerst mit dem Server: Die Prüfung nutzt dieselben Zugangsdaten.</translation>
    </message>
    <message>
        <source>Checking: %1</source>
        <translation>Prüfe: %1</translation>
    </message>
    <message>
        <source>%1 (%2, checked in %3 ms)</source>
        <translation>%1 (%2, geprüft in %3 ms)</translation>
    </message>
    <message numerus="yes">
        <source>−%1 from %n more check(s) (hover for all)</source>
        <translation>
            <numerusform>−%1 aus %n weiteren Prüfung (alle im Tooltip)</numerusform>
            <numerusform>−%1 aus %n weiteren Prüfungen (alle im Tooltip)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(the whole database)</source>
        <translation>(die ganze Datenbank)</translation>
    </message>
    <message>
        <source>Not checked (%1)</source>
        <translation>Nicht geprüft (%1)</translation>
    </message>
    <message>
        <source>Severity: %1, transient (not scored)</source>
        <translation>Schweregrad: %1, vorübergehend (nicht bewertet)</translation>
    </message>
    <message>
        <source>Severity: %1</source>
        <translation>Schweregrad: %1</translation>
    </message>
    <message>
        <source>Measured: %1
Threshold: %2</source>
        <translation>Gemessen: %1
Schwellwert: %2</translation>
    </message>
    <message>
        <source>Suggested fix (not run):
%1</source>
        <translation>Vorgeschlagene Korrektur (nicht ausgeführt):
%1</translation>
    </message>
    <message>
        <source>Run %1 on %2 on server %3?</source>
        <translation>%1 für %2 auf Server %3 ausführen?</translation>
    </message>
    <message>
        <source>Run %1 on %2 in database &quot;%3&quot; (%4)?</source>
        <translation>%1 für %2 in Datenbank „%3“ (%4) ausführen?</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>Window title: a maintenance action and its object, e.g. &quot;VACUUM public.orders&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>This statement runs on its own connection:

%1

%2</source>
        <translation>Diese Anweisung läuft über eine eigene Verbindung:

%1

%2</translation>
    </message>
    <message>
        <source>The session ends; its open transaction is rolled back.</source>
        <translation>Die Sitzung endet; ihre offene Transaktion wird zurückgerollt.</translation>
    </message>
    <message>
        <source>The session&apos;s running statement fails with &quot;canceling statement due to user request&quot;.</source>
        <translation>Die laufende Anweisung der Sitzung schlägt mit „canceling statement due to user request“ fehl.</translation>
    </message>
    <message>
        <source>It can take long on a big object; Cancel stops it.</source>
        <translation>Das kann bei einem großen Objekt lange dauern; „Abbrechen“ stoppt es.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 für %2</translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation>%1: abgebrochen</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1: erledigt</translation>
    </message>
    <message>
        <source>%1: done; checking again…</source>
        <translation>%1: erledigt; prüfe erneut…</translation>
    </message>
    <message>
        <source>no report yet</source>
        <translation>noch kein Bericht</translation>
    </message>
    <message>
        <source>Export health report</source>
        <translation>Zustandsbericht exportieren</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
</context>
<context>
    <name>dbpulse::HealthPdfWriter</name>
    <message>
        <source>DB Pulse health report</source>
        <translation>DB-Pulse-Zustandsbericht</translation>
    </message>
    <message>
        <source>nothing was written</source>
        <translation>es wurde nichts geschrieben</translation>
    </message>
</context>
<context>
    <name>dbpulse::IndexRecommendationModel</name>
    <message>
        <source>Missing index</source>
        <translation>Fehlender Index</translation>
    </message>
    <message>
        <source>Unused index</source>
        <translation>Ungenutzter Index</translation>
    </message>
    <message>
        <source>Duplicate index</source>
        <translation>Doppelter Index</translation>
    </message>
    <message>
        <source>Redundant index</source>
        <translation>Redundanter Index</translation>
    </message>
    <message>
        <source>Foreign key without index</source>
        <translation>Fremdschlüssel ohne Index</translation>
    </message>
    <message>
        <source>Invalid index</source>
        <translation>Ungültiger Index</translation>
    </message>
    <message>
        <source>Bloated index</source>
        <translation>Aufgeblähter Index</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Estimated benefit</source>
        <translation>Geschätzter Nutzen</translation>
    </message>
</context>
<context>
    <name>dbpulse::IndexesPage</name>
    <message>
        <source>Analyze</source>
        <translation>Analysieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Copy DDL</source>
        <translation>DDL kopieren</translation>
    </message>
    <message>
        <source>Save as migration…</source>
        <translation>Als Migration speichern…</translation>
    </message>
    <message>
        <source>Apply…</source>
        <translation>Anwenden…</translation>
    </message>
    <message>
        <source>Set up sandbox…</source>
        <translation>Sandbox einrichten…</translation>
    </message>
    <message>
        <source>Select a connected PostgreSQL server and press Analyze. The advisor only reads; the DDL it suggests runs only when you apply it and confirm.</source>
        <translation>Wählen Sie einen verbundenen PostgreSQL-Server und drücken Sie „Analysieren“. Der Berater liest nur; die vorgeschlagene DDL läuft nur, wenn Sie sie anwenden und bestätigen.</translation>
    </message>
    <message>
        <source>Why, and the DDL of the selected recommendation (not run).</source>
        <translation>Begründung und DDL der gewählten Empfehlung (nicht ausgeführt).</translation>
    </message>
    <message>
        <source>Create the powerless role DB Pulse plans other roles&apos; statements as</source>
        <translation>Die rechtelose Rolle anlegen, als die DB Pulse die Anweisungen anderer Rollen plant</translation>
    </message>
    <message>
        <source>Indexes applied from this page: their statements&apos; latency after vs before.</source>
        <translation>Von dieser Seite angewendete Indizes: Latenz ihrer Anweisungen nachher gegenüber vorher.</translation>
    </message>
    <message>
        <source>Filter recommendations…</source>
        <translation>Empfehlungen filtern…</translation>
    </message>
    <message>
        <source>Connect to the server first: the advisor uses the same credentials.</source>
        <translation>Verbinden Sie sich zuerst mit dem Server: Der Berater nutzt dieselben Zugangsdaten.</translation>
    </message>
    <message>
        <source>Analyzing %1…</source>
        <translation>Analysiere %1…</translation>
    </message>
    <message>
        <source>Index analysis failed: %1</source>
        <translation>Indexanalyse fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n recommendation(s).</source>
        <translation>
            <numerusform>%n Empfehlung.</numerusform>
            <numerusform>%n Empfehlungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2, index %3</source>
        <translation>%1: %2, Index %3</translation>
    </message>
    <message>
        <source>Estimated benefit: %1</source>
        <translation>Geschätzter Nutzen: %1</translation>
    </message>
    <message>
        <source>Migrations folder</source>
        <translation>Migrationsordner</translation>
    </message>
    <message>
        <source>Save as migration</source>
        <translation>Als Migration speichern</translation>
    </message>
    <message>
        <source>Saved as migration %1 (%2); the Migrations page lists it as pending.</source>
        <translation>Als Migration %1 (%2) gespeichert; die Seite „Migrationen“ führt sie als ausstehend.</translation>
    </message>
    <message>
        <source>Comparing the latency of applied indexes&apos; statements…</source>
        <translation>Vergleiche die Latenz der Anweisungen angewendeter Indizes…</translation>
    </message>
    <message>
        <source>cannot compare: %1</source>
        <translation>Vergleich nicht möglich: %1</translation>
    </message>
    <message>
        <source>Set up the sandbox role</source>
        <translation>Sandbox-Rolle einrichten</translation>
    </message>
    <message>
        <source>Create the role %1 on %2?

DB Pulse plans the statements other roles ran only when logged in as this role, because planning runs their functions. It can log in and read all data (pg_read_all_data), nothing else. Its random password is saved in your libpq password file (mode 0600) and nowhere else. If the role exists, its password is reset.</source>
        <translation>Die Rolle %1 auf %2 anlegen?

DB Pulse plant die Anweisungen anderer Rollen nur als diese Rolle angemeldet, denn das Planen führt deren Funktionen aus. Sie kann sich anmelden und alle Daten lesen (pg_read_all_data), sonst nichts. Ihr Zufallspasswort wird in Ihrer libpq-Passwortdatei (Modus 0600) gespeichert und nirgends sonst. Gibt es die Rolle schon, wird ihr Passwort neu gesetzt.</translation>
    </message>
    <message>
        <source>Creating the sandbox role on %1…</source>
        <translation>Lege die Sandbox-Rolle auf %1 an…</translation>
    </message>
    <message>
        <source>The sandbox role was not set up: %1</source>
        <translation>Die Sandbox-Rolle wurde nicht eingerichtet: %1</translation>
    </message>
    <message>
        <source>Sandbox role ready (password in %1). Analyzing again…</source>
        <translation>Sandbox-Rolle bereit (Passwort in %1). Analysiere erneut…</translation>
    </message>
</context>
<context>
    <name>dbpulse::InfoBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>dbpulse::MainWindow</name>
    <message>
        <source>DB Pulse</source>
        <translation>DB Pulse</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Queries</source>
        <translation>Abfragen</translation>
    </message>
    <message>
        <source>Indexes</source>
        <translation>Indizes</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Migrations</source>
        <translation>Migrationen</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About DB Pulse</source>
        <translation>Ü&amp;ber DB Pulse</translation>
    </message>
    <message>
        <source>About DB Pulse</source>
        <translation>Über DB Pulse</translation>
    </message>
    <message>
        <source>&lt;b&gt;DB Pulse %1&lt;/b&gt;&lt;p&gt;Live dashboard, advisor and toolbox for PostgreSQL and SQLite databases.&lt;/p&gt;</source>
        <translation>&lt;b&gt;DB Pulse %1&lt;/b&gt;&lt;p&gt;Live-Dashboard, Berater und Werkzeugkasten für PostgreSQL- und SQLite-Datenbanken.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>In tables</source>
        <translation>In Tabellen</translation>
    </message>
    <message>
        <source>Copy the selected rows</source>
        <translation>Gewählte Zeilen kopieren</translation>
    </message>
    <message>
        <source>Filter the rows</source>
        <translation>Zeilen filtern</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Nothing to refresh on this page.</source>
        <translation>Auf dieser Seite gibt es nichts zu aktualisieren.</translation>
    </message>
    <message>
        <source>&amp;Cancel Running Job</source>
        <translation>Laufenden Auftrag a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Nothing is running on this page.</source>
        <translation>Auf dieser Seite läuft nichts.</translation>
    </message>
</context>
<context>
    <name>dbpulse::MessagePanel</name>
    <message>
        <source>Start demo</source>
        <translation>Demo starten</translation>
    </message>
    <message>
        <source>New connection…</source>
        <translation>Neue Verbindung…</translation>
    </message>
    <message>
        <source>A throwaway PostgreSQL cluster with a shop database and a workload, deleted when DB Pulse quits</source>
        <translation>Ein Wegwerf-PostgreSQL-Cluster mit einer Shop-Datenbank und Last, der beim Beenden von DB Pulse gelöscht wird</translation>
    </message>
</context>
<context>
    <name>dbpulse::MetricsAlertNotifier</name>
    <message>
        <source>DB Pulse</source>
        <translation>DB Pulse</translation>
    </message>
    <message>
        <source>Performance budget broken</source>
        <translation>Performance-Budget überschritten</translation>
    </message>
</context>
<context>
    <name>dbpulse::MetricsCharts</name>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Log latency</source>
        <translation>Latenz logarithmisch</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <source>transactions/s</source>
        <translation>Transaktionen/s</translation>
    </message>
    <message>
        <source>statements/s</source>
        <translation>Anweisungen/s</translation>
    </message>
    <message>
        <source>Statement latency, ms (estimated)</source>
        <translation>Anweisungslatenz, ms (geschätzt)</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>Cache hit ratio, %</source>
        <translation>Cache-Trefferquote, %</translation>
    </message>
    <message>
        <source>tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <source>indexes</source>
        <translation>Indizes</translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation>Letzte 5 Minuten</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Freeze the charts; samples keep being recorded</source>
        <translation>Diagramme einfrieren; Messwerte werden weiter aufgezeichnet</translation>
    </message>
    <message>
        <source>Back to the moving window (also: right click a chart)</source>
        <translation>Zurück zum mitlaufenden Zeitfenster (auch: Rechtsklick auf ein Diagramm)</translation>
    </message>
    <message>
        <source>/s</source>
        <translation>/s</translation>
    </message>
    <message>
        <source> ms (estimated)</source>
        <translation> ms (geschätzt)</translation>
    </message>
    <message>
        <source>Estimated from pg_stat_statements&apos; per-statement means and variances, not measured per call</source>
        <translation>Geschätzt aus Mittelwerten und Varianzen je Anweisung aus pg_stat_statements, nicht je Aufruf gemessen</translation>
    </message>
    <message>
        <source>A p99 spike of seconds no longer flattens p50 and p95 to the floor</source>
        <translation>Eine p99-Spitze von Sekunden drückt p50 und p95 nicht mehr an den Boden</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>Zeitfenster:</translation>
    </message>
    <message>
        <source>Drag across a chart to zoom · hover a line for values</source>
        <translation>Zum Zoomen über ein Diagramm ziehen · für Werte auf eine Linie zeigen</translation>
    </message>
    <message>
        <source>Charts of database %1 · drag to zoom · hover for values</source>
        <translation>Diagramme der Datenbank %1 · zum Zoomen ziehen · für Werte darauf zeigen</translation>
    </message>
    <message>
        <source>Paused: %1 – %2 · right click or “Live” to follow again</source>
        <translation>Angehalten: %1 – %2 · Rechtsklick oder „Live“ folgt wieder</translation>
    </message>
</context>
<context>
    <name>dbpulse::MetricsFacts</name>
    <message>
        <source>Edit budgets…</source>
        <translation>Budgets bearbeiten…</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Transactions/s</source>
        <translation>Transaktionen/s</translation>
    </message>
    <message>
        <source>Statements/s</source>
        <translation>Anweisungen/s</translation>
    </message>
    <message>
        <source>Longest query</source>
        <translation>Längste Abfrage</translation>
    </message>
    <message>
        <source>Longest transaction</source>
        <translation>Längste Transaktion</translation>
    </message>
    <message>
        <source>Cache hit (tables)</source>
        <translation>Cache-Treffer (Tabellen)</translation>
    </message>
    <message>
        <source>Connections / max_connections</source>
        <translation>Verbindungen / max_connections</translation>
    </message>
    <message>
        <source>Checkpoints</source>
        <translation>Checkpoints</translation>
    </message>
    <message>
        <source>WAL written/s</source>
        <translation>WAL geschrieben/s</translation>
    </message>
    <message>
        <source>Oldest transaction</source>
        <translation>Älteste Transaktion</translation>
    </message>
    <message>
        <source>Lock waits</source>
        <translation>Sperrwartende</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>The figures of database %1 only</source>
        <translation>Nur die Werte der Datenbank %1</translation>
    </message>
    <message>
        <source>The figures of the whole server %1: every database on it</source>
        <translation>Die Werte des ganzen Servers %1: alle Datenbanken darauf</translation>
    </message>
    <message>
        <source>Last known figures, %1 — not current</source>
        <translation>Letzte bekannte Werte, %1 – nicht aktuell</translation>
    </message>
    <message>
        <source>Connections / its limit</source>
        <translation>Verbindungen / eigenes Limit</translation>
    </message>
    <message>
        <source>Connections (no own limit)</source>
        <translation>Verbindungen (kein eigenes Limit)</translation>
    </message>
    <message>
        <source>%1 / %2 (%3%)</source>
        <translation>%1 / %2 (%3 %)</translation>
    </message>
    <message>
        <source>Client connections to %1, against its CONNECTION LIMIT of %2: new clients may soon be refused</source>
        <translation>Client-Verbindungen zu %1, gemessen an ihrem CONNECTION LIMIT von %2: Neue Clients werden womöglich bald abgewiesen</translation>
    </message>
    <message>
        <source>Client connections to %1, against its CONNECTION LIMIT of %2</source>
        <translation>Client-Verbindungen zu %1, gemessen an ihrem CONNECTION LIMIT von %2</translation>
    </message>
    <message>
        <source>Client connections to %1 (DB Pulse&apos;s one included). It has no CONNECTION LIMIT of its own: the server&apos;s max_connections applies.</source>
        <translation>Client-Verbindungen zu %1 (die von DB Pulse eingeschlossen). Sie hat kein eigenes CONNECTION LIMIT: Es gilt max_connections des Servers.</translation>
    </message>
    <message>
        <source>Above 80% of max_connections: new clients may soon be refused</source>
        <translation>Über 80 % von max_connections: Neue Clients werden womöglich bald abgewiesen</translation>
    </message>
    <message>
        <source>Client connections to every database of the server, against max_connections</source>
        <translation>Client-Verbindungen zu allen Datenbanken des Servers, gemessen an max_connections</translation>
    </message>
    <message>
        <source>Checkpoints during the last interval</source>
        <translation>Checkpoints im letzten Intervall</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>The oldest open transaction in any database of the server</source>
        <translation>Die älteste offene Transaktion in irgendeiner Datenbank des Servers</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n wartet</numerusform>
            <numerusform>%n warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n root blocker(s)</source>
        <translation>
            <numerusform>%n Hauptblockierer</numerusform>
            <numerusform>%n Hauptblockierer</numerusform>
        </translation>
    </message>
    <message>
        <source>Sessions waiting on a lock another session holds (pg_blocking_pids), and root blockers: sessions that block others and wait on nobody.
All active sessions waiting now, by wait event type: %1</source>
        <translation>Sitzungen, die auf eine Sperre einer anderen Sitzung warten (pg_blocking_pids), und Hauptblockierer: Sitzungen, die andere blockieren und selbst auf niemanden warten.
Alle aktiven, jetzt wartenden Sitzungen nach Wait-Event-Typ: %1</translation>
    </message>
    <message>
        <source>Statement latency unavailable: %1</source>
        <translation>Anweisungslatenz nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>pg_stat_statements is not readable.</source>
        <translation>pg_stat_statements ist nicht lesbar.</translation>
    </message>
    <message>
        <source>pg_stat_statements: this interval is a gap (%1)</source>
        <translation>pg_stat_statements: Dieses Intervall ist eine Lücke (%1)</translation>
    </message>
    <message numerus="yes">
        <source>pg_stat_statements: %n statement(s) ran in %1 in the last interval before contact was lost</source>
        <translation>
            <numerusform>pg_stat_statements: %n Anweisung lief in %1 im letzten Intervall vor dem Verbindungsverlust</numerusform>
            <numerusform>pg_stat_statements: %n Anweisungen liefen in %1 im letzten Intervall vor dem Verbindungsverlust</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>pg_stat_statements: %n statement(s) ran in %1 in the last interval; latency percentiles are estimates</source>
        <translation>
            <numerusform>pg_stat_statements: %n Anweisung lief in %1 im letzten Intervall; Latenz-Perzentile sind geschätzt</numerusform>
            <numerusform>pg_stat_statements: %n Anweisungen liefen in %1 im letzten Intervall; Latenz-Perzentile sind geschätzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of the last %n interval(s) over budget</source>
        <translation>
            <numerusform>%1 des letzten %n Intervalls über Budget</numerusform>
            <numerusform>%1 der letzten %n Intervalle über Budget</numerusform>
        </translation>
    </message>
    <message>
        <source>Budgets: all statements within budget now · %1</source>
        <translation>Budgets: alle Anweisungen zurzeit im Budget · %1</translation>
    </message>
    <message>
        <source>query %1</source>
        <translation>Abfrage %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message numerus="yes">
        <source>Budgets: %n statement(s) over budget now — worst: %1 %2, p95 %3 ms vs %4 ms (streak %5) · %6</source>
        <extracomment>%1 is a query class (e.g. &quot;OLTP&quot;), %2 the statement&apos;s text or &quot;query 123&quot;, %6 the burn rate</extracomment>
        <translation>
            <numerusform>Budgets: %n Anweisung zurzeit über Budget – am schlimmsten: %1 %2, p95 %3 ms statt %4 ms (Serie %5) · %6</numerusform>
            <numerusform>Budgets: %n Anweisungen zurzeit über Budget – am schlimmsten: %1 %2, p95 %3 ms statt %4 ms (Serie %5) · %6</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dbpulse::MigrationConfirmDialog</name>
    <message>
        <source>Apply migrations</source>
        <translation>Migrationen anwenden</translation>
    </message>
    <message>
        <source>Undo migrations</source>
        <translation>Migrationen zurücknehmen</translation>
    </message>
    <message numerus="yes">
        <source>Apply %n migration(s) to the database &lt;b&gt;%1&lt;/b&gt; on &lt;b&gt;%2&lt;/b&gt;?</source>
        <translation>
            <numerusform>%n Migration auf die Datenbank &lt;b&gt;%1&lt;/b&gt; auf &lt;b&gt;%2&lt;/b&gt; anwenden?</numerusform>
            <numerusform>%n Migrationen auf die Datenbank &lt;b&gt;%1&lt;/b&gt; auf &lt;b&gt;%2&lt;/b&gt; anwenden?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undo %n migration(s) on the database &lt;b&gt;%1&lt;/b&gt; on &lt;b&gt;%2&lt;/b&gt;? Their down SQL will run and may drop tables and data.</source>
        <translation>
            <numerusform>%n Migration in der Datenbank &lt;b&gt;%1&lt;/b&gt; auf &lt;b&gt;%2&lt;/b&gt; zurücknehmen? Ihr Down-SQL wird ausgeführt und kann Tabellen und Daten löschen.</numerusform>
            <numerusform>%n Migrationen in der Datenbank &lt;b&gt;%1&lt;/b&gt; auf &lt;b&gt;%2&lt;/b&gt; zurücknehmen? Ihr Down-SQL wird ausgeführt und kann Tabellen und Daten löschen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Zurücknehmen</translation>
    </message>
    <message>
        <source>Type the database name (%1) to confirm:</source>
        <translation>Zur Bestätigung den Datenbanknamen (%1) eingeben:</translation>
    </message>
</context>
<context>
    <name>dbpulse::MigrationListModel</name>
    <message>
        <source>repeatable</source>
        <translation>wiederholbar</translation>
    </message>
    <message>
        <source>%1 (out of order)</source>
        <translation>%1 (außer der Reihe)</translation>
    </message>
    <message>
        <source>%1 was edited after it was applied</source>
        <translation>%1 wurde nach dem Anwenden geändert</translation>
    </message>
    <message>
        <source>Applied, but its file is not in the folder</source>
        <translation>Angewendet, aber die Datei fehlt im Ordner</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Applied at</source>
        <translation>Angewendet am</translation>
    </message>
</context>
<context>
    <name>dbpulse::MigrationsPage</name>
    <message>
        <source>A connection from the sidebar, a saved connection, a postgresql:// URI or an SQLite file</source>
        <translation>Eine Verbindung aus der Seitenleiste, eine gespeicherte Verbindung, eine postgresql://-URI oder eine SQLite-Datei</translation>
    </message>
    <message>
        <source>Folder with dbmate, Flyway or native migration files</source>
        <translation>Ordner mit dbmate-, Flyway- oder nativen Migrationsdateien</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>Aufbau:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <source>Select a migration to read its SQL</source>
        <translation>Wählen Sie eine Migration, um ihr SQL zu lesen</translation>
    </message>
    <message>
        <source>Filter migrations…</source>
        <translation>Migrationen filtern…</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <source>Run pending migrations in a transaction that is rolled back; show locks and rewrites</source>
        <translation>Ausstehende Migrationen in einer Transaktion ausführen, die zurückgerollt wird; Sperren und Tabellenneuschreibungen zeigen</translation>
    </message>
    <message>
        <source>Up</source>
        <extracomment>Button: apply every pending migration (dbmate/Flyway &quot;up&quot;)</extracomment>
        <translation>Migrieren</translation>
    </message>
    <message>
        <source>Down one</source>
        <extracomment>Button: undo the last applied migration (its &quot;down&quot; SQL)</extracomment>
        <translation>Eine zurücknehmen</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>Validieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Migrations folder</source>
        <translation>Migrationsordner</translation>
    </message>
    <message>
        <source>Choose a database and a folder of migrations (dbmate, Flyway or native layout).</source>
        <translation>Wählen Sie eine Datenbank und einen Migrationsordner (dbmate-, Flyway- oder nativer Aufbau).</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Zurücknehmen</translation>
    </message>
    <message>
        <source>— %1 on %2 —</source>
        <extracomment>A heading in the log: an action (Dry run, Up, Down, Validate) and the database it runs on</extracomment>
        <translation>— %1 auf %2 —</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>läuft…</translation>
    </message>
    <message>
        <source>nothing to apply: %1 is up to date</source>
        <translation>nichts anzuwenden: %1 ist aktuell</translation>
    </message>
    <message>
        <source>nothing to undo on %1</source>
        <translation>nichts zurückzunehmen in %1</translation>
    </message>
    <message>
        <source>not confirmed: nothing was run on %1</source>
        <translation>nicht bestätigt: In %1 wurde nichts ausgeführt</translation>
    </message>
    <message>
        <source>another database was chosen while planning: nothing was run on %1</source>
        <translation>während der Planung wurde eine andere Datenbank gewählt: In %1 wurde nichts ausgeführt</translation>
    </message>
    <message>
        <source>  %1: locks:</source>
        <translation>  %1: Sperren:</translation>
    </message>
    <message>
        <source>    table rewrite: %1</source>
        <translation>    Tabelle neu geschrieben: %1</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 layout — %n pending</source>
        <translation>
            <numerusform>%1 – Aufbau %2 – %n ausstehend</numerusform>
            <numerusform>%1 – Aufbau %2 – %n ausstehend</numerusform>
        </translation>
    </message>
    <message>
        <source>dry run rolled back</source>
        <translation>Probelauf zurückgerollt</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>valid: applied migrations match their files</source>
        <translation>gültig: Angewendete Migrationen stimmen mit ihren Dateien überein</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>-- %1 is not in the folder</source>
        <translation>-- %1 ist nicht im Ordner</translation>
    </message>
</context>
<context>
    <name>dbpulse::PasswordPrompt</name>
    <message>
        <source>Save password in keychain</source>
        <translation>Passwort im Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Passwort für %1</translation>
    </message>
    <message>
        <source>The server did not accept the connection to &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Der Server hat die Verbindung zu &lt;b&gt;%1&lt;/b&gt; abgelehnt:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>No keychain service available — the password is kept for this session only</source>
        <translation>Kein Schlüsselbund-Dienst verfügbar – das Passwort wird nur für diese Sitzung gespeichert</translation>
    </message>
</context>
<context>
    <name>dbpulse::PlanModel</name>
    <message>
        <source>Row estimate off by %1× — statistics may be stale (ANALYZE the table) or columns correlated.
%2</source>
        <translation>Zeilenschätzung um %1× daneben – die Statistik ist womöglich veraltet (Tabelle mit ANALYZE aktualisieren) oder Spalten sind korreliert.
%2</translation>
    </message>
    <message>
        <source>Plan node</source>
        <translation>Planknoten</translation>
    </message>
    <message>
        <source>Est. rows</source>
        <translation>Gesch. Zeilen</translation>
    </message>
    <message>
        <source>Actual rows</source>
        <translation>Tats. Zeilen</translation>
    </message>
    <message>
        <source>Off by</source>
        <extracomment>Column: how far the planner&apos;s row estimate is from the actual rows (a factor, &quot;12×&quot;)</extracomment>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
</context>
<context>
    <name>dbpulse::PlanParametersForm</name>
    <message>
        <source>Parameter values: bound as parameters, never pasted into the SQL; NULL where ticked. Kept until DB Pulse closes.</source>
        <translation>Parameterwerte: als Parameter gebunden, nie ins SQL eingefügt; NULL, wo angehakt. Bleiben erhalten, bis DB Pulse beendet wird.</translation>
    </message>
    <message>
        <source>type not known yet</source>
        <translation>Typ noch unbekannt</translation>
    </message>
    <message>
        <source>NULL</source>
        <translation>NULL</translation>
    </message>
</context>
<context>
    <name>dbpulse::PlanView</name>
    <message>
        <source>Explain</source>
        <translation>Erklären</translation>
    </message>
    <message>
        <source>Explain analyze…</source>
        <translation>Erklären mit ANALYZE…</translation>
    </message>
    <message>
        <source>Runs the statement inside a transaction that is rolled back</source>
        <translation>Führt die Anweisung in einer Transaktion aus, die zurückgerollt wird</translation>
    </message>
    <message>
        <source>timeout </source>
        <extracomment>Before a number of seconds in a spin box: &quot;timeout 30 s&quot;</extracomment>
        <translation>Timeout </translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Explain analyze</source>
        <translation>Erklären mit ANALYZE</translation>
    </message>
    <message>
        <source>EXPLAIN ANALYZE executes the statement on %1. It runs as the powerless sandbox role, in a read-only transaction that is rolled back, with a %2 s timeout (a statement that writes fails instead of running), but it still costs the server that work and may take locks.

%3%4</source>
        <translation>EXPLAIN ANALYZE führt die Anweisung auf %1 aus. Sie läuft als rechtelose Sandbox-Rolle in einer schreibgeschützten Transaktion, die zurückgerollt wird, mit %2 s Timeout (eine schreibende Anweisung schlägt fehl, statt zu laufen), kostet den Server aber trotzdem diese Arbeit und kann Sperren nehmen.

%3%4</translation>
    </message>
    <message>
        <source>$%1 = NULL</source>
        <translation>$%1 = NULL</translation>
    </message>
    <message>
        <source>$%1 = &apos;%2&apos;</source>
        <translation>$%1 = &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Parameters: %1</source>
        <translation>Parameter: %1</translation>
    </message>
    <message>
        <source>Parameter types unknown: %1</source>
        <translation>Parametertypen unbekannt: %1</translation>
    </message>
    <message>
        <source>Connect to the server to explain statements.</source>
        <translation>Verbinden Sie sich mit dem Server, um Anweisungen zu erklären.</translation>
    </message>
    <message>
        <source>Running EXPLAIN ANALYZE…</source>
        <translation>EXPLAIN ANALYZE läuft…</translation>
    </message>
    <message>
        <source>Running EXPLAIN…</source>
        <translation>EXPLAIN läuft…</translation>
    </message>
    <message>
        <source>EXPLAIN failed: %1</source>
        <translation>EXPLAIN fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>no plan</source>
        <translation>kein Plan</translation>
    </message>
    <message>
        <source>executed in %1 ms, rolled back</source>
        <translation>in %1 ms ausgeführt, zurückgerollt</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) with a row estimate off by 10× or more (highlighted)</source>
        <translation>
            <numerusform>%n Knoten mit einer um 10× oder mehr danebenliegenden Zeilenschätzung (hervorgehoben)</numerusform>
            <numerusform>%n Knoten mit einer um 10× oder mehr danebenliegenden Zeilenschätzung (hervorgehoben)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dbpulse::QueriesPage</name>
    <message>
        <source>Statements between</source>
        <translation>Anweisungen zwischen</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Bis:</translation>
    </message>
    <message>
        <source>Queries</source>
        <translation>Abfragen</translation>
    </message>
    <message>
        <source>Search statements…</source>
        <translation>Anweisungen durchsuchen…</translation>
    </message>
    <message>
        <source>Statements of one database (the target&apos;s by default), or of every database of the server</source>
        <translation>Anweisungen einer Datenbank (standardmäßig die des Ziels) oder aller Datenbanken des Servers</translation>
    </message>
    <message>
        <source>All databases</source>
        <translation>Alle Datenbanken</translation>
    </message>
    <message>
        <source>The time every column covers: calls, time, rows and the p95/p99 estimates</source>
        <translation>Der Zeitraum aller Spalten: Aufrufe, Zeit, Zeilen und die geschätzten p95/p99</translation>
    </message>
    <message>
        <source>Last 5 min</source>
        <translation>Letzte 5 min</translation>
    </message>
    <message>
        <source>Last 1 h</source>
        <translation>Letzte 1 h</translation>
    </message>
    <message>
        <source>Last 24 h</source>
        <translation>Letzte 24 h</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Benutzerdefiniert…</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Statements whose mean time is at or above this are highlighted</source>
        <translation>Anweisungen mit einer mittleren Zeit ab diesem Wert werden hervorgehoben</translation>
    </message>
    <message>
        <source>Select a statement to see its full text.</source>
        <translation>Wählen Sie eine Anweisung, um ihren vollständigen Text zu sehen.</translation>
    </message>
    <message>
        <source>Slow above:</source>
        <translation>Langsam ab:</translation>
    </message>
    <message>
        <source>Top statements</source>
        <translation>Top-Anweisungen</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No connection selected.</source>
        <translation>Keine Verbindung ausgewählt.</translation>
    </message>
    <message>
        <source>SQLite keeps no statement statistics; this page applies to PostgreSQL servers.</source>
        <translation>SQLite führt keine Anweisungsstatistik; diese Seite gilt für PostgreSQL-Server.</translation>
    </message>
    <message>
        <source>Waiting for the first statistics…</source>
        <translation>Warte auf die erste Statistik…</translation>
    </message>
    <message>
        <source>Connect to see statement statistics.</source>
        <translation>Verbinden Sie sich, um die Anweisungsstatistik zu sehen.</translation>
    </message>
    <message>
        <source>pg_stat_statements is not readable.</source>
        <translation>pg_stat_statements ist nicht lesbar.</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) with calls</source>
        <translation>
            <numerusform>%n Anweisung mit Aufrufen</numerusform>
            <numerusform>%n Anweisungen mit Aufrufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) with calls from %1 to %2</source>
        <translation>
            <numerusform>%n Anweisung mit Aufrufen von %1 bis %2</numerusform>
            <numerusform>%n Anweisungen mit Aufrufen von %1 bis %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) with calls from %1 to %2 (not recorded before %3: history is not kept)</source>
        <translation>
            <numerusform>%n Anweisung mit Aufrufen von %1 bis %2 (vor %3 nicht erfasst: kein Verlauf gespeichert)</numerusform>
            <numerusform>%n Anweisungen mit Aufrufen von %1 bis %2 (vor %3 nicht erfasst: kein Verlauf gespeichert)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) with calls from %1 to %2 (before %3 from the stored history)</source>
        <translation>
            <numerusform>%n Anweisung mit Aufrufen von %1 bis %2 (vor %3 aus dem gespeicherten Verlauf)</numerusform>
            <numerusform>%n Anweisungen mit Aufrufen von %1 bis %2 (vor %3 aus dem gespeicherten Verlauf)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) with calls from %1 to %2 (nothing stored before %3)</source>
        <translation>
            <numerusform>%n Anweisung mit Aufrufen von %1 bis %2 (vor %3 nichts gespeichert)</numerusform>
            <numerusform>%n Anweisungen mit Aufrufen von %1 bis %2 (vor %3 nichts gespeichert)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slow</source>
        <translation>
            <numerusform>%n langsam</numerusform>
            <numerusform>%n langsam</numerusform>
        </translation>
    </message>
    <message>
        <source>p95/p99 are estimates: each interval&apos;s mean and variance, mixed over the range</source>
        <translation>p95/p99 sind Schätzungen: Mittelwert und Varianz jedes Intervalls, über den Zeitraum gemischt</translation>
    </message>
    <message>
        <source>history file: %1</source>
        <translation>Verlaufsdatei: %1</translation>
    </message>
    <message>
        <source>Query class</source>
        <translation>Abfrageklasse</translation>
    </message>
    <message>
        <source>automatic (from the statement&apos;s shape)</source>
        <translation>automatisch (aus der Form der Anweisung)</translation>
    </message>
    <message>
        <source>%1 (budget %2 ms)</source>
        <translation>%1 (Budget %2 ms)</translation>
    </message>
    <message>
        <source>Edit budgets…</source>
        <translation>Budgets bearbeiten…</translation>
    </message>
    <message>
        <source>%1 (this target)</source>
        <translation>%1 (dieses Ziel)</translation>
    </message>
</context>
<context>
    <name>dbpulse::ReplicationPanel</name>
    <message>
        <source>Standby or slot</source>
        <translation>Standby oder Slot</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Lag: write / flush / replay</source>
        <translation>Verzögerung: write / flush / replay</translation>
    </message>
    <message>
        <source>WAL behind / retained</source>
        <translation>WAL im Rückstand / zurückgehalten</translation>
    </message>
    <message>
        <source>This server is a standby of %1:%2</source>
        <translation>Dieser Server ist ein Standby von %1:%2</translation>
    </message>
    <message>
        <source>⚠ no WAL receiver</source>
        <translation>⚠ kein WAL-Receiver</translation>
    </message>
    <message>
        <source>replay delay %1</source>
        <translation>Replay-Verzögerung %1</translation>
    </message>
    <message>
        <source>%1 received, not replayed</source>
        <translation>%1 empfangen, nicht eingespielt</translation>
    </message>
    <message>
        <source>Time since the last replayed transaction committed on the primary; it also grows while the primary is idle.</source>
        <translation>Zeit seit dem Commit der zuletzt eingespielten Transaktion auf dem Primary; sie wächst auch, solange der Primary untätig ist.</translation>
    </message>
    <message>
        <source>Standby %1</source>
        <translation>Standby %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 / %2 / %3</source>
        <translation>%1 / %2 / %3</translation>
    </message>
    <message>
        <source>Slot %1 (%2)</source>
        <extracomment>%2 is the slot&apos;s type (physical, logical), %3 its database</extracomment>
        <translation>Slot %1 (%2)</translation>
    </message>
    <message>
        <source>Slot %1 (%2, %3)</source>
        <translation>Slot %1 (%2, %3)</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>⚠ inactive</source>
        <translation>⚠ inaktiv</translation>
    </message>
    <message>
        <source>WAL %1</source>
        <translation>WAL %1</translation>
    </message>
    <message>
        <source>retains %1</source>
        <translation>hält %1 zurück</translation>
    </message>
    <message>
        <source>Replication (server): standby</source>
        <translation>Replikation (Server): Standby</translation>
    </message>
    <message>
        <source>Replication (server): primary</source>
        <translation>Replikation (Server): Primary</translation>
    </message>
    <message numerus="yes">
        <source>%n standby(s)</source>
        <translation>
            <numerusform>%n Standby</numerusform>
            <numerusform>%n Standbys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slot(s)</source>
        <translation>
            <numerusform>%n Slot</numerusform>
            <numerusform>%n Slots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inactive: WAL piles up until it is used or dropped</source>
        <translation>
            <numerusform>%n inaktiv: WAL staut sich, bis er genutzt oder gelöscht wird</numerusform>
            <numerusform>%n inaktiv: WAL staut sich, bis sie genutzt oder gelöscht werden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dbpulse::RestoreWizard</name>
    <message>
        <source>Restore %1</source>
        <translation>%1 wiederherstellen</translation>
    </message>
    <message>
        <source>Backup of %1, taken %2. It is verified before anything is restored.</source>
        <translation>Sicherung von %1, erstellt %2. Sie wird geprüft, bevor irgendetwas wiederhergestellt wird.</translation>
    </message>
    <message>
        <source>Into a new file (recommended)</source>
        <translation>In eine neue Datei (empfohlen)</translation>
    </message>
    <message>
        <source>Into a new database (recommended)</source>
        <translation>In eine neue Datenbank (empfohlen)</translation>
    </message>
    <message>
        <source>Replace an existing file</source>
        <translation>Eine vorhandene Datei ersetzen</translation>
    </message>
    <message>
        <source>Replace the contents of an existing database</source>
        <translation>Den Inhalt einer vorhandenen Datenbank ersetzen</translation>
    </message>
    <message>
        <source>Path of the SQLite file to replace</source>
        <translation>Pfad der zu ersetzenden SQLite-Datei</translation>
    </message>
    <message>
        <source>Type the file&apos;s name (e.g. app.db) to confirm</source>
        <translation>Zur Bestätigung den Dateinamen eingeben (z. B. app.db)</translation>
    </message>
    <message>
        <source>Type the name of the database to replace (the one the server entry names)</source>
        <translation>Namen der zu ersetzenden Datenbank eingeben (die der Server-Eintrag nennt)</translation>
    </message>
    <message>
        <source>How many tables pg_restore loads at once (pg_restore --jobs).</source>
        <translation>Wie viele Tabellen pg_restore gleichzeitig lädt (pg_restore --jobs).</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Parallel jobs:</source>
        <translation>Parallele Jobs:</translation>
    </message>
    <message>
        <source>Replacing overwrites the whole file with the backup&apos;s content. This cannot be undone.</source>
        <translation>Ersetzen überschreibt die ganze Datei mit dem Inhalt der Sicherung. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Replacing drops the objects the backup contains and recreates them from the backup. This cannot be undone.</source>
        <translation>Ersetzen löscht die Objekte, die die Sicherung enthält, und legt sie aus der Sicherung neu an. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>That file exists; choose a new name, or replace it below.</source>
        <translation>Diese Datei existiert; wählen Sie einen neuen Namen oder ersetzen Sie sie unten.</translation>
    </message>
    <message>
        <source>No such file.</source>
        <translation>Datei nicht vorhanden.</translation>
    </message>
    <message>
        <source>Ready to restore</source>
        <translation>Bereit zur Wiederherstellung</translation>
    </message>
    <message>
        <source>Replace “%1”</source>
        <translation>„%1“ ersetzen</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Backup:</source>
        <translation>Sicherung:</translation>
    </message>
    <message>
        <source>%1 from %2, taken %3</source>
        <translation>%1 von %2, erstellt %3</translation>
    </message>
    <message>
        <source>New file:</source>
        <translation>Neue Datei:</translation>
    </message>
    <message>
        <source>Existing file:</source>
        <translation>Vorhandene Datei:</translation>
    </message>
    <message>
        <source>New database:</source>
        <translation>Neue Datenbank:</translation>
    </message>
    <message>
        <source>Existing database:</source>
        <translation>Vorhandene Datenbank:</translation>
    </message>
    <message>
        <source>A new file is written; nothing existing is changed.</source>
        <translation>Eine neue Datei wird geschrieben; nichts Vorhandenes wird verändert.</translation>
    </message>
    <message>
        <source>The database is created; nothing existing is changed. A failed or cancelled restore drops it again.</source>
        <translation>Die Datenbank wird angelegt; nichts Vorhandenes wird verändert. Eine fehlgeschlagene oder abgebrochene Wiederherstellung löscht sie wieder.</translation>
    </message>
    <message>
        <source>The existing file&apos;s content is replaced. This cannot be undone.</source>
        <translation>Der Inhalt der vorhandenen Datei wird ersetzt. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>The backup&apos;s objects in the existing database are dropped and recreated. This cannot be undone.</source>
        <translation>Die Objekte der Sicherung in der vorhandenen Datenbank werden gelöscht und neu angelegt. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Wiederherstellung läuft</translation>
    </message>
    <message>
        <source>Open in dashboard</source>
        <translation>Im Dashboard öffnen</translation>
    </message>
    <message>
        <source>Restored into the file %1.</source>
        <translation>In die Datei %1 wiederhergestellt.</translation>
    </message>
    <message>
        <source>Restored into database &quot;%1&quot;.</source>
        <translation>In die Datenbank „%1“ wiederhergestellt.</translation>
    </message>
    <message>
        <source>The server asked for a password.</source>
        <translation>Der Server hat nach einem Passwort gefragt.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was left behind.</source>
        <translation>Abgebrochen; nichts ist zurückgeblieben.</translation>
    </message>
    <message>
        <source>Restore failed: %1</source>
        <translation>Wiederherstellung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
</context>
<context>
    <name>dbpulse::ServerCard</name>
    <message>
        <source>conn %1/%2 own limit · %3 tx/s</source>
        <translation>Verb. %1/%2 eig. Limit · %3 Tx/s</translation>
    </message>
    <message>
        <source>p95 %1 · cache %2</source>
        <translation>p95 %1 · Cache %2</translation>
    </message>
    <message>
        <source>server: %1/%2 max_connections</source>
        <translation>Server: %1/%2 max_connections</translation>
    </message>
    <message>
        <source>Last known figures, %1</source>
        <translation>Letzte bekannte Werte, %1</translation>
    </message>
    <message>
        <source>no metrics yet</source>
        <translation>noch keine Messwerte</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>conn %1 · %2 tx/s</source>
        <translation>Verb. %1 · %2 Tx/s</translation>
    </message>
    <message numerus="yes">
        <source>Database %1: %n client connection(s) of its CONNECTION LIMIT %2, %3 transactions/s, statement p95 %4, table cache hit %5</source>
        <translation>
            <numerusform>Datenbank %1: %n Client-Verbindung von ihrem CONNECTION LIMIT %2, %3 Transaktionen/s, Anweisungen p95 %4, Tabellen-Cache-Treffer %5</numerusform>
            <numerusform>Datenbank %1: %n Client-Verbindungen von ihrem CONNECTION LIMIT %2, %3 Transaktionen/s, Anweisungen p95 %4, Tabellen-Cache-Treffer %5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Database %1: %n client connection(s), %2 transactions/s, statement p95 %3, table cache hit %4</source>
        <translation>
            <numerusform>Datenbank %1: %n Client-Verbindung, %2 Transaktionen/s, Anweisungen p95 %3, Tabellen-Cache-Treffer %4</numerusform>
            <numerusform>Datenbank %1: %n Client-Verbindungen, %2 Transaktionen/s, Anweisungen p95 %3, Tabellen-Cache-Treffer %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Server: %n client connection(s) of max_connections %1</source>
        <translation>
            <numerusform>Server: %n Client-Verbindung von max_connections %1</numerusform>
            <numerusform>Server: %n Client-Verbindungen von max_connections %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 old</source>
        <extracomment>How old the last known figures are: &quot;42 s old&quot;, &quot;0:05:12 old&quot;</extracomment>
        <translation>vor %1</translation>
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
            <numerusform>Server %1 – %n Datenbank</numerusform>
            <numerusform>Server %1 – %n Datenbanken</numerusform>
        </translation>
    </message>
    <message>
        <source>conn %1/%2 max_connections · %3 tx/s · WAL %4/s · up %5</source>
        <translation>Verb. %1/%2 max_connections · %3 Tx/s · WAL %4/s · läuft seit %5</translation>
    </message>
    <message>
        <source>last known, %1</source>
        <translation>zuletzt bekannt, %1</translation>
    </message>
    <message>
        <source>The server&apos;s figures, once for its databases below; click for the server view</source>
        <translation>Die Werte des Servers, einmal für seine Datenbanken darunter; Klick öffnet die Serveransicht</translation>
    </message>
</context>
<context>
    <name>dbpulse::ServerRegistry</name>
    <message>
        <source>No keychain service available — passwords are kept for this session only</source>
        <translation>Kein Schlüsselbund-Dienst verfügbar – Passwörter werden nur für diese Sitzung gespeichert</translation>
    </message>
    <message>
        <source>Could not save the password in the keychain: %1</source>
        <translation>Das Passwort konnte nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>dbpulse::ServerState</name>
    <message>
        <source>a %1 statement (queryid %2)</source>
        <translation>eine %1-Anweisung (queryid %2)</translation>
    </message>
    <message>
        <source>the %1 statement “%2”</source>
        <translation>die %1-Anweisung „%2“</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 has broken its %3 ms budget for %n interval(s) in a row — estimated p95 %4 ms.</source>
        <extracomment>%1 is the server, %2 &quot;a OLTP statement (queryid 42)&quot; or &quot;the OLTP statement “SELECT …”&quot;</extracomment>
        <translation>
            <numerusform>%1: %2 hat ihr Budget von %3 ms %n Intervall lang überschritten – geschätzte p95 %4 ms.</numerusform>
            <numerusform>%1: %2 hat ihr Budget von %3 ms %n Intervalle in Folge überschritten – geschätzte p95 %4 ms.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dbpulse::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>dbpulse::SqlitePanel</name>
    <message>
        <source>%1 (%2 ago)</source>
        <translation>%1 (vor %2)</translation>
    </message>
    <message>
        <source>no -wal file (no connection has it open)</source>
        <translation>keine -wal-Datei (keine Verbindung hat sie geöffnet)</translation>
    </message>
    <message>
        <source>none (%1 journal)</source>
        <translation>keine (%1-Journal)</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n frame(s) in the file</source>
        <translation>
            <numerusform>%1 · %n Frame in der Datei</numerusform>
            <numerusform>%1 · %n Frames in der Datei</numerusform>
        </translation>
    </message>
    <message>
        <source>does not apply (not in WAL mode)</source>
        <translation>entfällt (nicht im WAL-Modus)</translation>
    </message>
    <message>
        <source>none seen since monitoring began</source>
        <translation>keiner seit Beginn der Überwachung gesehen</translation>
    </message>
    <message>
        <source>last seen %1</source>
        <translation>zuletzt gesehen %1</translation>
    </message>
    <message>
        <source>never run by DB Pulse — the Health page&apos;s check runs it</source>
        <translation>nie von DB Pulse ausgeführt – die Prüfung der Seite „Zustand“ führt sie aus</translation>
    </message>
    <message>
        <source>ok, %1</source>
        <translation>ok, %1</translation>
    </message>
    <message>
        <source>FAILED %1: %2</source>
        <translation>FEHLGESCHLAGEN %1: %2</translation>
    </message>
    <message>
        <source>measuring…</source>
        <translation>wird gemessen…</translation>
    </message>
    <message>
        <source>written in the last interval</source>
        <translation>im letzten Intervall geschrieben</translation>
    </message>
    <message>
        <source>idle in the last interval</source>
        <translation>im letzten Intervall untätig</translation>
    </message>
    <message>
        <source>written during %1 % of the last minute</source>
        <translation>während %1 % der letzten Minute geschrieben</translation>
    </message>
    <message>
        <source>File sizes, MiB</source>
        <translation>Dateigrößen, MiB</translation>
    </message>
    <message>
        <source>database file</source>
        <translation>Datenbankdatei</translation>
    </message>
    <message>
        <source>WAL file</source>
        <translation>WAL-Datei</translation>
    </message>
    <message>
        <source>free pages</source>
        <translation>freie Seiten</translation>
    </message>
    <message>
        <source>Write activity: time with writes, %</source>
        <translation>Schreibaktivität: Zeit mit Schreibzugriffen, %</translation>
    </message>
    <message>
        <source>intervals that saw a write</source>
        <translation>Intervalle mit Schreibzugriff</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Datenbankdatei</translation>
    </message>
    <message>
        <source>Free pages</source>
        <translation>Freie Seiten</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Journal mode</source>
        <translation>Journal-Modus</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Checkpoint</translation>
    </message>
    <message>
        <source>Last integrity check</source>
        <translation>Letzte Integritätsprüfung</translation>
    </message>
    <message>
        <source>Writes</source>
        <translation>Schreibzugriffe</translation>
    </message>
    <message>
        <source>Read without writing the file. SQLite tells a reader whether the file changed, not how many transactions committed, so each interval counts as written or not. WAL frames are what the -wal file holds; SQLite reuses it after a checkpoint, and a checkpoint is seen when the database file itself changes.</source>
        <translation>Gelesen, ohne die Datei zu schreiben. SQLite verrät einem Leser, ob sich die Datei geändert hat, nicht wie viele Transaktionen committet wurden; daher zählt jedes Intervall als geschrieben oder nicht. WAL-Frames sind der Inhalt der -wal-Datei; SQLite verwendet sie nach einem Checkpoint wieder, und ein Checkpoint wird erkannt, wenn sich die Datenbankdatei selbst ändert.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n page(s), %2 % of the file)</source>
        <translation>
            <numerusform>%1 (%n Seite, %2 % der Datei)</numerusform>
            <numerusform>%1 (%n Seiten, %2 % der Datei)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 × %2 bytes</source>
        <translation>%1 × %2 Bytes</translation>
    </message>
    <message>
        <source>not read this time: %1</source>
        <translation>diesmal nicht gelesen: %1</translation>
    </message>
</context>
<context>
    <name>dbpulse::StatementModel</name>
    <message>
        <source>(query %1 — text not loaded)</source>
        <translation>(Abfrage %1 – Text nicht geladen)</translation>
    </message>
    <message>
        <source>Estimated for the range: each stored interval (or minute, or hour) is fitted with its mean and variance, and the percentile is taken from their mix, weighted by calls</source>
        <translation>Für den Zeitraum geschätzt: Jedes gespeicherte Intervall (oder jede Minute, jede Stunde) wird durch Mittelwert und Varianz beschrieben, und das Perzentil stammt aus ihrer nach Aufrufen gewichteten Mischung</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>Gesamtzeit</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>p95 (est.)</source>
        <translation>p95 (geschätzt)</translation>
    </message>
    <message>
        <source>p99 (est.)</source>
        <translation>p99 (geschätzt)</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Cache hit</source>
        <translation>Cache-Treffer</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
</context>
<context>
    <name>dbpulse::StatusText</name>
    <message>
        <source>disconnected</source>
        <translation>getrennt</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>Verbindung wird aufgebaut…</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>reconnecting in %1 s (attempt %2)</source>
        <translation>neuer Verbindungsversuch in %1 s (Versuch %2)</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 d %2</source>
        <translation>%1 T %2</translation>
    </message>
    <message>
        <source>reconnecting now (attempt %1)</source>
        <translation>neuer Verbindungsversuch jetzt (Versuch %1)</translation>
    </message>
    <message>
        <source>reconnecting in %1 s (attempt %2): %3</source>
        <translation>neuer Verbindungsversuch in %1 s (Versuch %2): %3</translation>
    </message>
    <message>
        <source>reconnecting now (attempt %1): %2</source>
        <translation>neuer Verbindungsversuch jetzt (Versuch %1): %2</translation>
    </message>
</context>
<context>
    <name>dbpulse::TableTools</name>
    <message>
        <source>Copy row</source>
        <translation>Zeile kopieren</translation>
    </message>
    <message>
        <source>Copy as CSV</source>
        <translation>Als CSV kopieren</translation>
    </message>
    <message>
        <source>Copy all shown rows as CSV</source>
        <translation>Alle angezeigten Zeilen als CSV kopieren</translation>
    </message>
    <message>
        <source>Filter rows</source>
        <translation>Zeilen filtern</translation>
    </message>
    <message>
        <source>Filter rows…</source>
        <translation>Zeilen filtern…</translation>
    </message>
    <message>
        <source>Shows the rows that contain this text in any column (Ctrl+F)</source>
        <translation>Zeigt die Zeilen, die diesen Text in irgendeiner Spalte enthalten (Strg+F)</translation>
    </message>
</context>
<context>
    <name>dbpulse::TimeSeriesChart</name>
    <message>
        <source>%1 %2: %3%4%5</source>
        <extracomment>A chart&apos;s tooltip: line name, time: value (%3 is &quot;≤ &quot; at the floor of a log scale) and unit</extracomment>
        <translation>%1 %2: %3%4%5</translation>
    </message>
</context>
<context>
    <name>dbpulse::TlsFields</name>
    <message>
        <source>&amp;Root certificate:</source>
        <translation>S&amp;tammzertifikat:</translation>
    </message>
    <message>
        <source>Root certificate</source>
        <translation>Stammzertifikat</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Zertifikate (*.crt *.pem *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>checks the server&apos;s certificate</source>
        <translation>prüft das Zertifikat des Servers</translation>
    </message>
    <message>
        <source>Client c&amp;ertificate:</source>
        <translation>&amp;Client-Zertifikat:</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <source>only for certificate login</source>
        <translation>nur für Anmeldung per Zertifikat</translation>
    </message>
    <message>
        <source>Client ke&amp;y:</source>
        <translation>Client-Schlüsse&amp;l:</translation>
    </message>
    <message>
        <source>Client key</source>
        <translation>Client-Schlüssel</translation>
    </message>
    <message>
        <source>Keys (*.key *.pem);;All files (*)</source>
        <translation>Schlüssel (*.key *.pem);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>the client certificate&apos;s private key</source>
        <translation>der private Schlüssel des Client-Zertifikats</translation>
    </message>
    <message>
        <source>only if the key is encrypted; kept in the keychain</source>
        <translation>nur wenn der Schlüssel verschlüsselt ist; wird im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>Key pass&amp;phrase:</source>
        <translation>Schlüssel-Passph&amp;rase:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>%1 checks the server&apos;s certificate against a root certificate. None is named here, so libpq reads ~/.postgresql/root.crt and refuses to connect without it.</source>
        <translation>%1 prüft das Zertifikat des Servers gegen ein Stammzertifikat. Hier ist keines angegeben, daher liest libpq ~/.postgresql/root.crt und verweigert ohne diese Datei die Verbindung.</translation>
    </message>
    <message>
        <source>%1 “%2” does not exist.</source>
        <translation>%1 „%2“ existiert nicht.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Live dashboard for PostgreSQL and SQLite databases.

TARGET is a postgresql:// URI, a libpq &quot;key=value&quot; string, @profile-name, sqlite:PATH or a .db/.sqlite file; each is connected as an ad-hoc connection.</source>
        <translation>Live-Dashboard für PostgreSQL- und SQLite-Datenbanken.

TARGET ist eine postgresql://-URI, ein libpq-String „schlüssel=wert“, @profilname, sqlite:PFAD oder eine .db/.sqlite-Datei; mit jedem wird eine Ad-hoc-Verbindung aufgebaut.</translation>
    </message>
    <message>
        <source>Databases to connect to.</source>
        <translation>Datenbanken, mit denen verbunden wird.</translation>
    </message>
    <message>
        <source>Start a throwaway demo database (dbpulse-cli demo) and show it.</source>
        <translation>Eine Wegwerf-Demo-Datenbank starten (dbpulse-cli demo) und anzeigen.</translation>
    </message>
    <message>
        <source>Open on page NAME: dashboard, queries, indexes, health, migrations or backups.</source>
        <translation>Auf Seite NAME öffnen: dashboard, queries, indexes, health, migrations oder backups.</translation>
    </message>
    <message>
        <source>Save a PNG of the window to FILE, then quit.</source>
        <translation>Ein PNG des Fensters in FILE speichern, dann beenden.</translation>
    </message>
    <message>
        <source>Seconds to wait before --screenshot (default 5).</source>
        <translation>Sekunden Wartezeit vor --screenshot (Standard 5).</translation>
    </message>
    <message>
        <source>Quit after SECONDS.</source>
        <translation>Nach SECONDS Sekunden beenden.</translation>
    </message>
    <message>
        <source>Invalid targets</source>
        <translation>Ungültige Ziele</translation>
    </message>
    <message>
        <source>These targets could not be used:

%1</source>
        <translation>Diese Ziele konnten nicht verwendet werden:

%1</translation>
    </message>
    <message>
        <source>Measure GUI-thread stalls (10 ms watchdog) and write {p50_ms, p99_ms, max_ms, samples, worst, first_frame_s, …} as JSON to FILE on exit.</source>
        <translation>Hänger des GUI-Threads messen (10-ms-Watchdog) und beim Beenden {p50_ms, p99_ms, max_ms, samples, worst, first_frame_s, …} als JSON in FILE schreiben.</translation>
    </message>
    <message>
        <source>Colours for this run: system, light or dark (default: the one chosen in View &gt; Appearance).</source>
        <translation>Farben für diesen Start: system, light oder dark (Vorgabe: die unter Ansicht &gt; Erscheinungsbild gewählte).</translation>
    </message>
</context>
</TS>
