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
        <translation>untätig in Transaktion</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>untätig</translation>
    </message>
    <message>
        <source>other</source>
        <translation>sonstige</translation>
    </message>
    <message>
        <source>max_connections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connections by state (max_connections %1)</source>
        <translation>Verbindungen nach Zustand (max_connections %1)</translation>
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>SQLite</source>
        <translation type="unfinished" />
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
        <translation>&amp;Datei:</translation>
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
        <translation>&amp;Schlagwort:</translation>
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
        <translation type="unfinished" />
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
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>Connected in %1 ms: %2</source>
        <translation>Verbunden in %1 ms: %2</translation>
    </message>
    <message>
        <source>as %1 to %2</source>
        <translation>als %1 mit %2</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>Verbindung fehlgeschlagen: %1</translation>
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
</context>
<context>
    <name>dbpulse::ConnectionStatusLabel</name>
    <message>
        <source>No connection selected</source>
        <translation>Keine Verbindung ausgewählt</translation>
    </message>
</context>
<context>
    <name>dbpulse::DashboardPage</name>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Laufzeit</translation>
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
        <source>No connection selected.

Add one with “New Connection…”, pass a target on the command line, or start “dbpulse --demo”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disconnected.

Connect to %1 to see its activity.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connection failed.

%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
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
        <source>SQLite database file
%1

The connections chart does not apply: an SQLite file has no server sessions.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dbpulse::DemoLauncher</name>
    <message>
        <source>Could not start %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The demo database did not start (exit code %1)%2</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>The demo printed a target that does not parse: %1</source>
        <translation type="unfinished" />
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
        <source>Query statistics arrive in a later release</source>
        <translation>Abfragestatistiken folgen in einer späteren Version</translation>
    </message>
    <message>
        <source>This page will rank statements from pg_stat_statements by total and mean time, calls and rows.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Indexes</source>
        <translation>Indizes</translation>
    </message>
    <message>
        <source>Index advice arrives in a later release</source>
        <translation>Index-Empfehlungen folgen in einer späteren Version</translation>
    </message>
    <message>
        <source>Missing, unused, duplicate and redundant indexes will be listed here, with the DDL shown before anything runs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Health</source>
        <translation>Gesundheit</translation>
    </message>
    <message>
        <source>Health checks arrive in a later release</source>
        <translation>Zustandsprüfungen folgen in einer späteren Version</translation>
    </message>
    <message>
        <source>Doctor checks, budgets and a health score for the selected server will appear here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Migrations</source>
        <translation>Migrationen</translation>
    </message>
    <message>
        <source>Migrations arrive in a later release</source>
        <translation>Migrationen folgen in einer späteren Version</translation>
    </message>
    <message>
        <source>Pending and applied schema migrations (native, Flyway, dbmate) will be planned and run from here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Backups arrive in a later release</source>
        <translation>Sicherungen folgen in einer späteren Version</translation>
    </message>
    <message>
        <source>pg_dump backups with verified manifests, retention and restores into a new database will be managed here.</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
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
    <name>dbpulse::StatusText</name>
    <message>
        <source>disconnected</source>
        <translation>getrennt</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>verbinde…</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>reconnecting in %1 s (attempt %2)</source>
        <translation>neuer Versuch in %1 s (Versuch %2)</translation>
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
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Live dashboard for PostgreSQL and SQLite databases.

TARGET is a postgresql:// URI, a libpq "key=value" string, @profile-name, sqlite:PATH or a .db/.sqlite file; each is connected as an ad-hoc connection.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Databases to connect to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start a throwaway demo database (dbpulse-cli demo) and show it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open on page NAME: dashboard, queries, indexes, health, migrations or backups.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save a PNG of the window to FILE, then quit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seconds to wait before --screenshot (default 5).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quit after SECONDS.</source>
        <translation>Nach SECONDS Sekunden beenden.</translation>
    </message>
    <message>
        <source>Measure GUI-thread stalls (10 ms watchdog) and write {p50_ms, p99_ms, max_ms, samples} as JSON to FILE on exit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid targets</source>
        <translation>Ungültige Ziele</translation>
    </message>
    <message>
        <source>These targets could not be used:

%1</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>