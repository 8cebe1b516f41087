<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>dbpulse::ActivityChart</name>
    <message>
        <source>Connections by state</source>
        <translation>Connexions par état</translation>
    </message>
    <message>
        <source>connection limit</source>
        <translation>limite de connexions</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actives</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>idle in transaction</source>
        <extracomment>Legend of a chart a quarter of the window wide, beside four other states: keep it short (an abbreviation of &quot;transaction&quot; reads well here).</extracomment>
        <translation>inact. en tx</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>inactives</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autres</translation>
    </message>
    <message>
        <source>%1 at %2 (stacked total %3)</source>
        <translation>%1 à %2 (total cumulé %3)</translation>
    </message>
    <message>
        <source>Connections by state (limit %1)</source>
        <translation>Connexions par état (limite %1)</translation>
    </message>
    <message>
        <source>No session waiting</source>
        <translation>Aucune session en attente</translation>
    </message>
    <message>
        <source>%1 waiting (by wait event type: not recorded then)</source>
        <translation>%1 en attente (par type d&apos;événement d&apos;attente&#xa0;: non relevé à ce moment)</translation>
    </message>
    <message>
        <source>%1 waiting: %2</source>
        <translation>%1 en attente&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>dbpulse::Appearance</name>
    <message>
        <source>&amp;Appearance</source>
        <translation>Appa&amp;rence</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
</context>
<context>
    <name>dbpulse::ApplyIndexDialog</name>
    <message>
        <source>Apply index advice</source>
        <translation>Appliquer le conseil d&apos;index</translation>
    </message>
    <message>
        <source>This builds an index on the database &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Ceci crée un index dans la base &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>This changes the database &lt;b&gt;%1&lt;/b&gt;: the index is dropped and cannot be brought back except by building it again.</source>
        <translation>Ceci modifie la base &lt;b&gt;%1&lt;/b&gt;&#xa0;: l&apos;index est supprimé et ne peut revenir qu&apos;en le recréant.</translation>
    </message>
    <message>
        <source>It runs CONCURRENTLY: reads and writes go on, but it waits for running transactions and can take long on a big table.</source>
        <translation>L&apos;opération s&apos;exécute en CONCURRENTLY&#xa0;: lectures et écritures continuent, mais elle attend la fin des transactions en cours et peut être longue sur une grosse table.</translation>
    </message>
    <message>
        <source>It does not run CONCURRENTLY and blocks writes to the table while it runs.</source>
        <translation>L&apos;opération ne s&apos;exécute pas en CONCURRENTLY et bloque les écritures sur la table pendant toute sa durée.</translation>
    </message>
    <message>
        <source>Exactly this statement will run:</source>
        <translation>Exactement cette instruction sera exécutée&#xa0;:</translation>
    </message>
    <message>
        <source>Rebuild index</source>
        <translation>Reconstruire l&apos;index</translation>
    </message>
    <message>
        <source>Build index</source>
        <translation>Créer l&apos;index</translation>
    </message>
    <message>
        <source>Drop index</source>
        <translation>Supprimer l&apos;index</translation>
    </message>
    <message>
        <source>Drop the invalid index</source>
        <translation>Supprimer l&apos;index invalide</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>Terminé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The latency before could not be saved (%1): there is no before/after comparison.</source>
        <translation>La latence d&apos;avant n&apos;a pas pu être enregistrée (%1)&#xa0;: pas de comparaison avant/après.</translation>
    </message>
    <message numerus="yes">
        <source>The Indexes page compares the %n affected statement(s)&apos; latency with the latency before.</source>
        <translation>
            <numerusform>La page Index compare la latence de %n requête concernée avec celle d&apos;avant.</numerusform>
            <numerusform>La page Index compare la latence des %n requêtes concernées avec celle d&apos;avant.</numerusform>
        </translation>
    </message>
    <message>
        <source>The affected statements&apos; latency before could not be read from pg_stat_statements: there is no before/after comparison.</source>
        <translation>La latence d&apos;avant des requêtes concernées n&apos;a pas pu être lue dans pg_stat_statements&#xa0;: pas de comparaison avant/après.</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Annulé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not check for an invalid index left behind: %1</source>
        <translation>Impossible de vérifier s&apos;il reste un index invalide&#xa0;: %1</translation>
    </message>
    <message>
        <source>The build left an invalid index behind; queries never use it but writes keep maintaining it. This drops it:</source>
        <translation>La création a laissé un index invalide&#xa0;: les requêtes ne l&apos;utilisent jamais, mais les écritures continuent de le maintenir. Ceci le supprime&#xa0;:</translation>
    </message>
    <message>
        <source>Cleanup failed: %1</source>
        <translation>Échec du nettoyage&#xa0;: %1</translation>
    </message>
    <message>
        <source>The invalid index was dropped.</source>
        <translation>L&apos;index invalide a été supprimé.</translation>
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
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <extracomment>Column: the wait event a session waits for (pg_stat_activity.wait_event)</extracomment>
        <translation>En attente de</translation>
    </message>
    <message>
        <source>Running</source>
        <extracomment>Column: how long the session&apos;s current query has been running</extracomment>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Requête</translation>
    </message>
</context>
<context>
    <name>dbpulse::BackendView</name>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Cancel query…</source>
        <translation>Annuler la requête…</translation>
    </message>
    <message>
        <source>Terminate session…</source>
        <translation>Terminer la session…</translation>
    </message>
    <message>
        <source>Ends the backend process: its transaction is rolled back and the client disconnected</source>
        <translation>Arrête le processus serveur&#xa0;: sa transaction est annulée (rollback) et le client déconnecté</translation>
    </message>
    <message>
        <source>Filter sessions…</source>
        <translation>Filtrer les sessions…</translation>
    </message>
    <message>
        <source>Sessions are listed for connected PostgreSQL servers.</source>
        <translation>Les sessions sont listées pour les serveurs PostgreSQL connectés.</translation>
    </message>
    <message>
        <source>Could not list sessions: %1</source>
        <translation>Impossible de lister les sessions&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n client session(s)</source>
        <translation>
            <numerusform>%n session cliente</numerusform>
            <numerusform>%n sessions clientes</numerusform>
        </translation>
    </message>
    <message>
        <source>(no query)</source>
        <translation>(aucune requête)</translation>
    </message>
    <message>
        <source>Terminate session %1 on %2?

Its open transaction is rolled back and its client is disconnected.

Query: %3</source>
        <translation>Terminer la session %1 sur %2&#xa0;?

Sa transaction ouverte est annulée (rollback) et son client est déconnecté.

Requête&#xa0;: %3</translation>
    </message>
    <message>
        <source>Cancel the running query of session %1 on %2?

Query: %3</source>
        <translation>Annuler la requête en cours de la session %1 sur %2&#xa0;?

Requête&#xa0;: %3</translation>
    </message>
    <message>
        <source>Terminate session</source>
        <translation>Terminer la session</translation>
    </message>
    <message>
        <source>Cancel query</source>
        <translation>Annuler la requête</translation>
    </message>
    <message>
        <source>Session %1 terminated.</source>
        <translation>Session %1 terminée.</translation>
    </message>
    <message>
        <source>Query of session %1 cancelled.</source>
        <translation>Requête de la session %1 annulée.</translation>
    </message>
    <message>
        <source>Session %1: %2</source>
        <translation>Session %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>dbpulse::BackupListModel</name>
    <message>
        <source>Never verified</source>
        <translation>Jamais vérifiée</translation>
    </message>
    <message>
        <source>Checksums verified %1</source>
        <translation>Sommes de contrôle vérifiées %1</translation>
    </message>
    <message>
        <source>Verified by restore %1</source>
        <translation>Vérifiée par restauration %1</translation>
    </message>
    <message>
        <source>Failed verification %1</source>
        <translation>Vérification échouée %1</translation>
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
            <numerusform>%n j</numerusform>
            <numerusform>%n j</numerusform>
        </translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Incomplète</translation>
    </message>
    <message>
        <source>Checksums: %1</source>
        <translation>Sommes de contrôle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Test restore: %1</source>
        <translation>Restauration d&apos;essai&#xa0;: %1</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
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
        <translation>Sauvegarde planifiée de %1 terminée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Scheduled backup of %1 FAILED: %2</source>
        <translation>ÉCHEC de la sauvegarde planifiée de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Backup finished</source>
        <translation>Sauvegarde terminée</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Échec de la sauvegarde</translation>
    </message>
</context>
<context>
    <name>dbpulse::BackupSchedulesDialog</name>
    <message>
        <source>Backup schedules</source>
        <translation>Planifications de sauvegarde</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>A saved connection (its password comes from the keychain or a live dashboard connection), a password-free URI, or sqlite:PATH</source>
        <translation>Une connexion enregistrée (son mot de passe vient du trousseau ou d&apos;une connexion ouverte du tableau de bord), une URI sans mot de passe, ou sqlite:CHEMIN</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Custom (one file)</source>
        <translation>Custom (un fichier)</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Répertoire</translation>
    </message>
    <message>
        <source>default</source>
        <extracomment>Compression level: pg_dump&apos;s default</extracomment>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>Verify by test restore (scratch database on the same server)</source>
        <translation>Vérifier par une restauration d&apos;essai (base temporaire sur le même serveur)</translation>
    </message>
    <message>
        <source>Delete old backups of this database by retention:</source>
        <translation>Supprimer les anciennes sauvegardes de cette base selon la rétention&#xa0;:</translation>
    </message>
    <message>
        <source>daily</source>
        <extracomment>Retention: keep the newest backup of each of the last N days (&quot;daily [30]&quot;)</extracomment>
        <translation>quotidiennes</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>hebdomadaires</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>mensuelles</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activée</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Run now</source>
        <translation>Lancer maintenant</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Connexion&#xa0;:</translation>
    </message>
    <message>
        <source>Daily at:</source>
        <translation>Chaque jour à&#xa0;:</translation>
    </message>
    <message>
        <source>Destination:</source>
        <translation>Destination&#xa0;:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <source>Compression:</source>
        <translation>Compression&#xa0;:</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>Conserver&#xa0;:</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planification</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Backup / error</source>
        <translation>Sauvegarde / erreur</translation>
    </message>
    <message>
        <source>Filter runs…</source>
        <translation>Filtrer les exécutions…</translation>
    </message>
    <message>
        <source>Past runs</source>
        <translation>Exécutions passées</translation>
    </message>
    <message>
        <source>Backup destination</source>
        <translation>Destination des sauvegardes</translation>
    </message>
    <message>
        <source>A scheduled backup is running…</source>
        <translation>Une sauvegarde planifiée est en cours…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>New schedule: adjust it and press Save.</source>
        <translation>Nouvelle planification&#xa0;: ajustez-la puis cliquez sur Enregistrer.</translation>
    </message>
    <message>
        <source>Delete old backups automatically?</source>
        <translation>Supprimer automatiquement les anciennes sauvegardes&#xa0;?</translation>
    </message>
    <message>
        <source>Folders in it now: %1. Other databases&apos; and servers&apos; backups, unfinished backups and symbolic links are never touched.</source>
        <translation>Dossiers qu&apos;il contient actuellement&#xa0;: %1. Les sauvegardes des autres bases et serveurs, les sauvegardes inachevées et les liens symboliques ne sont jamais touchés.</translation>
    </message>
    <message>
        <source>Delete old backups in %1</source>
        <translation>Supprimer les anciennes sauvegardes dans %1</translation>
    </message>
    <message>
        <source>Not saved: old backups would have been deleted without your confirmation.</source>
        <translation>Non enregistrée&#xa0;: les anciennes sauvegardes auraient été supprimées sans votre confirmation.</translation>
    </message>
    <message>
        <source>Saved. Next run: %1.</source>
        <translation>Enregistrée. Prochaine exécution&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 daily at %2</source>
        <translation>%1 chaque jour à %2</translation>
    </message>
    <message>
        <source>%1 daily at %2 (off)</source>
        <translation>%1 chaque jour à %2 (désactivée)</translation>
    </message>
    <message>
        <source>After every backup, this schedule will delete the backups of %1 (that database on that server only) in the folder %2 that retention does not keep: the newest of each of the last %3, %4 and %5, and the newest verified backup, are kept.</source>
        <translation>Après chaque sauvegarde, cette planification supprimera dans le dossier %2 les sauvegardes de %1 (cette base sur ce serveur uniquement) que la rétention ne garde pas. Sont conservées&#xa0;: la plus récente de chaque jour sur %3, de chaque semaine sur %4 et de chaque mois sur %5, ainsi que la plus récente sauvegarde vérifiée.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n semaine</numerusform>
            <numerusform>%n semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dbpulse::BackupsPage</name>
    <message>
        <source>A connection from the sidebar, a saved connection, a postgresql:// URI, or sqlite:PATH</source>
        <translation>Une connexion du panneau latéral, une connexion enregistrée, une URI postgresql:// ou sqlite:CHEMIN</translation>
    </message>
    <message>
        <source>@saved-connection, postgresql://user@host/db or sqlite:/path/file.db</source>
        <translation>@connexion-enregistrée, postgresql://utilisateur@hôte/base ou sqlite:/chemin/fichier.db</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Custom (one file)</source>
        <translation>Custom (un fichier)</translation>
    </message>
    <message>
        <source>Directory (parallel)</source>
        <translation>Répertoire (parallèle)</translation>
    </message>
    <message>
        <source>default</source>
        <extracomment>Compression level: pg_dump&apos;s default</extracomment>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Connexion&#xa0;:</translation>
    </message>
    <message>
        <source>Destination:</source>
        <translation>Destination&#xa0;:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <source>Parallel jobs:</source>
        <translation>Tâches parallèles&#xa0;:</translation>
    </message>
    <message>
        <source>Compression:</source>
        <translation>Compression&#xa0;:</translation>
    </message>
    <message>
        <source>New backup</source>
        <translation>Nouvelle sauvegarde</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Schedules…</source>
        <translation>Planifications…</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Check the manifest, every file&apos;s SHA-256 and that the archive can be read</source>
        <translation>Contrôle le manifeste, le SHA-256 de chaque fichier et la lisibilité de l&apos;archive</translation>
    </message>
    <message>
        <source>Test restore</source>
        <translation>Restauration d&apos;essai</translation>
    </message>
    <message>
        <source>Restore into a scratch database on the chosen connection&apos;s server (dropped afterwards) and compare every table&apos;s row count with the manifest</source>
        <translation>Restaure dans une base temporaire sur le serveur de la connexion choisie (supprimée ensuite) et compare le nombre de lignes de chaque table au manifeste</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurer…</translation>
    </message>
    <message>
        <source>Filter backups…</source>
        <translation>Filtrer les sauvegardes…</translation>
    </message>
    <message>
        <source>Backups in the destination</source>
        <translation>Sauvegardes présentes dans la destination</translation>
    </message>
    <message>
        <source>Backup destination</source>
        <translation>Destination des sauvegardes</translation>
    </message>
    <message>
        <source>Backups are written with the server&apos;s own pg_dump (SQLite: its online backup) and a SHA-256 manifest; a restore goes into a new database unless you name one to replace.</source>
        <translation>Les sauvegardes sont faites avec le pg_dump du serveur (SQLite&#xa0;: sa sauvegarde à chaud) et accompagnées d&apos;un manifeste SHA-256&#xa0;; une restauration crée une nouvelle base, sauf si vous en désignez une à remplacer.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was left behind.</source>
        <translation>Annulée&#xa0;; rien n&apos;a été laissé derrière.</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Sauvegarde écrite dans %1</translation>
    </message>
    <message>
        <source>The server asked for a password.</source>
        <translation>Le serveur a demandé un mot de passe.</translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>Échec de la sauvegarde&#xa0;: %1</translation>
    </message>
    <message>
        <source>Backup is sound: checksums match and the archive can be read.</source>
        <translation>La sauvegarde est saine&#xa0;: les sommes de contrôle concordent et l&apos;archive est lisible.</translation>
    </message>
    <message>
        <source>Verification failed: %1</source>
        <translation>Échec de la vérification&#xa0;: %1</translation>
    </message>
    <message>
        <source>Choose a PostgreSQL connection: the test restore uses a scratch database on its server.</source>
        <translation>Choisissez une connexion PostgreSQL&#xa0;: la restauration d&apos;essai utilise une base temporaire sur son serveur.</translation>
    </message>
    <message>
        <source>Verified by restore: %1.</source>
        <translation>Vérifiée par restauration&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Test restore failed: %1</source>
        <translation>Échec de la restauration d&apos;essai&#xa0;: %1</translation>
    </message>
    <message>
        <source>Save connection</source>
        <translation>Enregistrer la connexion</translation>
    </message>
    <message>
        <source>Schedules back up saved connections. “%1” is not saved: save it as a connection first?</source>
        <translation>Les planifications sauvegardent des connexions enregistrées. «&#xa0;%1&#xa0;» n&apos;est pas enregistrée&#xa0;: l&apos;enregistrer d&apos;abord comme connexion&#xa0;?</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
</context>
<context>
    <name>dbpulse::BlockingTreeView</name>
    <message>
        <source>Terminate root blocker…</source>
        <translation>Terminer le bloqueur de tête…</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Attente</translation>
    </message>
    <message>
        <source>Wait event</source>
        <translation>Événement d&apos;attente</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Ends the selected root blocker&apos;s backend: its transaction is rolled back, its client disconnected, and the sessions waiting on it can go on</source>
        <translation>Arrête le processus serveur du bloqueur de tête sélectionné&#xa0;: sa transaction est annulée (rollback), son client déconnecté, et les sessions qui l&apos;attendent peuvent continuer</translation>
    </message>
    <message>
        <source>No session waits on a lock now</source>
        <translation>Aucune session n&apos;attend de verrou actuellement</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) waiting on locks</source>
        <translation>
            <numerusform>%n session en attente de verrou</numerusform>
            <numerusform>%n sessions en attente de verrou</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n root blocker(s)</source>
        <translation>
            <numerusform>%n bloqueur de tête</numerusform>
            <numerusform>%n bloqueurs de tête</numerusform>
        </translation>
    </message>
    <message>
        <source>prepared transaction</source>
        <translation>transaction préparée</translation>
    </message>
    <message>
        <source>holds; in transaction %1</source>
        <translation>détient&#xa0;; en transaction depuis %1</translation>
    </message>
    <message>
        <source>Terminate root blocker %1 (user %2, database %3) on %4?

Its open transaction is rolled back and its client is disconnected; the sessions waiting on it can go on.

Query: %5</source>
        <translation>Terminer le bloqueur de tête %1 (utilisateur %2, base %3) sur %4&#xa0;?

Sa transaction ouverte est annulée (rollback) et son client est déconnecté&#xa0;; les sessions qui l&apos;attendent peuvent continuer.

Requête&#xa0;: %5</translation>
    </message>
    <message>
        <source>(no query)</source>
        <translation>(aucune requête)</translation>
    </message>
    <message>
        <source>Terminate root blocker</source>
        <translation>Terminer le bloqueur de tête</translation>
    </message>
    <message>
        <source>Session %1 terminated.</source>
        <translation>Session %1 terminée.</translation>
    </message>
    <message>
        <source>Session %1: %2</source>
        <translation>Session %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (root blocker)</source>
        <extracomment>%1 is a backend&apos;s process id or &quot;prepared transaction&quot;</extracomment>
        <translation>%1 (bloqueur de tête)</translation>
    </message>
    <message>
        <source>%1 (deadlock cycle)</source>
        <translation>%1 (cycle d&apos;interblocage)</translation>
    </message>
    <message>
        <source>%1 (ended)</source>
        <translation>%1 (terminée)</translation>
    </message>
</context>
<context>
    <name>dbpulse::BudgetDialog</name>
    <message>
        <source>Simple (single-table reads and writes):</source>
        <translation>Simple (lectures et écritures sur une table)&#xa0;:</translation>
    </message>
    <message>
        <source>Complex (joins, subqueries, CTEs):</source>
        <translation>Complexe (jointures, sous-requêtes, CTE)&#xa0;:</translation>
    </message>
    <message>
        <source>Analytics (aggregates, GROUP BY, windows):</source>
        <translation>Analytique (agrégats, GROUP BY, fenêtrage)&#xa0;:</translation>
    </message>
    <message>
        <source>Bulk (COPY, INSERT … SELECT, maintenance):</source>
        <translation>Masse (COPY, INSERT … SELECT, maintenance)&#xa0;:</translation>
    </message>
    <message>
        <source>Performance budgets</source>
        <translation>Budgets de performance</translation>
    </message>
    <message>
        <source>A statement breaks its budget when its estimated p95 latency in an interval is above its class&apos;s budget.</source>
        <translation>Une requête dépasse son budget quand sa latence p95 estimée sur un intervalle est supérieure au budget de sa classe.</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Default %1 ms</source>
        <translation>%1 ms par défaut</translation>
    </message>
    <message numerus="yes">
        <source> interval(s) in a row</source>
        <extracomment>The suffix after a number of intervals: &quot;3 intervals in a row&quot;</extracomment>
        <translation>
            <numerusform> intervalle d&apos;affilée</numerusform>
            <numerusform> intervalles d&apos;affilée</numerusform>
        </translation>
    </message>
    <message>
        <source>Alert after:</source>
        <translation>Alerter après&#xa0;:</translation>
    </message>
    <message>
        <source>Statement classes are inferred from their text; override one from the Queries page (right-click ▸ Query class).</source>
        <translation>La classe d&apos;une requête est déduite de son texte&#xa0;; pour la changer, passez par la page Requêtes (clic droit ▸ Classe de requête).</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) have a class chosen on the Queries page.</source>
        <translation>
            <numerusform>%n requête a une classe choisie sur la page Requêtes.</numerusform>
            <numerusform>%n requêtes ont une classe choisie sur la page Requêtes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dbpulse::ConnectionDialog</name>
    <message>
        <source>Save password in keychain</source>
        <translation>Enregistrer le mot de passe dans le trousseau</translation>
    </message>
    <message>
        <source>Throwaway cluster: its data may be lost (tests, development)</source>
        <translation>Instance jetable&#xa0;: données non garanties (tests, dév.)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Nouvelle connexion</translation>
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
        <translation>socket local</translation>
    </message>
    <message>
        <source>default (5432)</source>
        <translation>par défaut (5432)</translation>
    </message>
    <message>
        <source>from keychain, ~/.pgpass or PGPASSWORD</source>
        <translation>depuis le trousseau, ~/.pgpass ou PGPASSWORD</translation>
    </message>
    <message>
        <source>default (prefer)</source>
        <translation>par défaut (prefer)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>paste postgresql://user@host:5432/db?sslmode=require to fill the fields</source>
        <translation>collez postgresql://utilisateur@hôte:5432/base?sslmode=require pour remplir les champs</translation>
    </message>
    <message>
        <source>&amp;URI:</source>
        <translation>&amp;URI&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Ut&amp;ilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>No keychain service available — the password is kept for this session only.</source>
        <translation>Aucun service de trousseau disponible — le mot de passe n&apos;est conservé que pour cette session.</translation>
    </message>
    <message>
        <source>e.g. jane@ops: shown as “dbpulse (jane@ops)”</source>
        <translation>p. ex. jane@ops&#xa0;: affiché «&#xa0;dbpulse (jane@ops)&#xa0;»</translation>
    </message>
    <message>
        <source>Added to DB Pulse&apos;s own application_name on every session, so pg_stat_activity says whose DB Pulse it is.</source>
        <translation>Ajouté à l&apos;application_name de DB Pulse sur chaque session, pour que pg_stat_activity indique à qui appartient ce DB Pulse.</translation>
    </message>
    <message>
        <source>&amp;Application name:</source>
        <translation>Nom &amp;d&apos;application&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;SSL mode:</source>
        <translation>Mode &amp;SSL&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Couleur&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. prod, staging</source>
        <translation>p. ex. prod, recette</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>Éti&amp;quette&#xa0;:</translation>
    </message>
    <message>
        <source>The health checks then report fsync or full_page_writes off as info instead of critical.</source>
        <translation>Les contrôles de santé signalent alors fsync ou full_page_writes désactivés comme information au lieu de critique.</translation>
    </message>
    <message>
        <source>Edit connection</source>
        <translation>Modifier la connexion</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>Not a PostgreSQL URI: choose the kind SQLite for a file.</source>
        <translation>Ce n&apos;est pas une URI PostgreSQL&#xa0;: choisissez le type SQLite pour un fichier.</translation>
    </message>
    <message>
        <source>Not filled: %1</source>
        <translation>Non rempli&#xa0;: %1</translation>
    </message>
    <message>
        <source>Fields filled from the URI.</source>
        <translation>Champs remplis depuis l&apos;URI.</translation>
    </message>
    <message>
        <source>Fields filled from the URI. Not kept by a saved connection: %1.</source>
        <translation>Champs remplis depuis l&apos;URI. Non conservé par une connexion enregistrée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Connection colour</source>
        <translation>Couleur de la connexion</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>SQLite database</source>
        <translation>Base SQLite</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>Bases SQLite (*.db *.sqlite *.sqlite3);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation>Donnez un nom à la connexion.</translation>
    </message>
    <message>
        <source>A connection named “%1” already exists.</source>
        <translation>Une connexion nommée «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>Choose the SQLite database file.</source>
        <translation>Choisissez le fichier de base SQLite.</translation>
    </message>
    <message>
        <source>Choose the SQLite database file first.</source>
        <translation>Choisissez d&apos;abord le fichier de base SQLite.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Connected in %1 ms: %2</source>
        <translation>Connecté en %1 ms&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>Connexion impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Connected in %1 ms: %2
as %3 to %4</source>
        <translation>Connecté en %1 ms&#xa0;: %2
en tant que %3 sur %4</translation>
    </message>
</context>
<context>
    <name>dbpulse::ConnectionPicker</name>
    <message>
        <source>“%1” has no database yet.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas encore de base de données.</translation>
    </message>
</context>
<context>
    <name>dbpulse::ConnectionSidebar</name>
    <message>
        <source>&amp;New Connection…</source>
        <translation>&amp;Nouvelle connexion…</translation>
    </message>
    <message>
        <source>&amp;Edit Connection…</source>
        <translation>&amp;Modifier la connexion…</translation>
    </message>
    <message>
        <source>&amp;Remove Connection</source>
        <translation>&amp;Supprimer la connexion</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>&amp;Next Connection</source>
        <translation>Connexion s&amp;uivante</translation>
    </message>
    <message>
        <source>&amp;Previous Connection</source>
        <translation>Connexion &amp;précédente</translation>
    </message>
    <message>
        <source>Go to Connection &amp;List</source>
        <translation>Aller à la &amp;liste des connexions</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Supprimer la connexion</translation>
    </message>
    <message>
        <source>Remove the saved connection “%1” and its stored password?</source>
        <translation>Supprimer la connexion enregistrée «&#xa0;%1&#xa0;» et son mot de passe stocké&#xa0;?</translation>
    </message>
</context>
<context>
    <name>dbpulse::ConnectionStatusLabel</name>
    <message>
        <source>No connection selected</source>
        <translation>Aucune connexion sélectionnée</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Réessayer maintenant</translation>
    </message>
</context>
<context>
    <name>dbpulse::ConnectionTreeModel</name>
    <message>
        <source>Server %1</source>
        <translation>Serveur %1</translation>
    </message>
    <message numerus="yes">
        <source>%n database(s)</source>
        <translation>
            <numerusform>%n base</numerusform>
            <numerusform>%n bases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dbpulse::DashboardPage</name>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Server uptime</source>
        <translation>Serveur démarré depuis</translation>
    </message>
    <message>
        <source>Database size</source>
        <translation>Taille de la base</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Every database of the server; bold: monitored here</source>
        <translation>Toutes les bases du serveur&#xa0;; en gras&#xa0;: surveillée ici</translation>
    </message>
    <message>
        <source>No connection selected.

Look around on the built-in demo database (a throwaway cluster with a shop and its workload), or connect to your own server. A target on the command line opens it directly.</source>
        <translation>Aucune connexion sélectionnée.

Faites un tour sur la base de démonstration intégrée (une instance jetable avec une boutique et sa charge), ou connectez-vous à votre propre serveur. Une cible passée en ligne de commande s&apos;ouvre directement.</translation>
    </message>
    <message>
        <source>Disconnected.

Connect to %1 to see its activity.</source>
        <translation>Déconnecté.

Connectez-vous à %1 pour voir son activité.</translation>
    </message>
    <message>
        <source>Connection failed.

%1</source>
        <translation>Échec de la connexion.

%1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Server unreachable.</source>
        <translation>Serveur injoignable.</translation>
    </message>
    <message>
        <source>Server unreachable — %1</source>
        <translation>Serveur injoignable — %1</translation>
    </message>
    <message>
        <source>SQLite file unreadable — %1. The figures below are from %2.</source>
        <translation>Fichier SQLite illisible — %1. Les chiffres ci-dessous datent de %2.</translation>
    </message>
    <message>
        <source>SQLite file unreadable — %1</source>
        <translation>Fichier SQLite illisible — %1</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <source>SQLite file unreadable.</source>
        <translation>Fichier SQLite illisible.</translation>
    </message>
    <message>
        <source>Opening the SQLite file %1…</source>
        <translation>Ouverture du fichier SQLite %1…</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>DATABASE SIZE</source>
        <translation>TAILLE DE LA BASE</translation>
    </message>
    <message>
        <source>SIZE OF %1</source>
        <translation>TAILLE DE %1</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 en tant que %2</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Server %1</source>
        <translation>Serveur %1</translation>
    </message>
    <message>
        <source>Monitored here: %1</source>
        <translation>Surveillée ici&#xa0;: %1</translation>
    </message>
    <message>
        <source>SIZE OF ALL DATABASES</source>
        <translation>TAILLE DE TOUTES LES BASES</translation>
    </message>
    <message>
        <source>As read when DB Pulse connected</source>
        <translation>Valeur lue à la connexion de DB Pulse</translation>
    </message>
</context>
<context>
    <name>dbpulse::DatabaseBreakdownModel</name>
    <message>
        <source>Monitored here: its transactions/s leave DB Pulse&apos;s own session out</source>
        <translation>Surveillée ici&#xa0;: ses transactions/s excluent la session de DB Pulse</translation>
    </message>
    <message>
        <source>Blocks found in shared buffers, of all its relations (tables, indexes, catalogs)</source>
        <translation>Blocs trouvés dans les shared buffers, pour toutes ses relations (tables, index, catalogues)</translation>
    </message>
    <message>
        <source>Read when DB Pulse connected</source>
        <translation>Lu à la connexion de DB Pulse</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Transactions/s</source>
        <translation>Transactions/s</translation>
    </message>
    <message>
        <source>Cache hit (all blocks)</source>
        <translation>Succès du cache (tous les blocs)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
</context>
<context>
    <name>dbpulse::DemoLauncher</name>
    <message>
        <source>Could not start %1: %2</source>
        <translation>Impossible de lancer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Demo database</source>
        <translation>Base de démonstration</translation>
    </message>
    <message>
        <source>Starting demo database…</source>
        <translation>Démarrage de la base de démonstration…</translation>
    </message>
    <message>
        <source>dbpulse-cli was not found next to dbpulse or on PATH (set DBPULSE_CLI)</source>
        <translation>dbpulse-cli est introuvable à côté de dbpulse et dans le PATH (définissez DBPULSE_CLI)</translation>
    </message>
    <message>
        <source>The demo printed a target that does not parse: %1</source>
        <translation>La démonstration a renvoyé une cible illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>The demo database did not start (exit code %1)</source>
        <translation>La base de démonstration n&apos;a pas démarré (code de sortie %1)</translation>
    </message>
    <message>
        <source>The demo database did not start (exit code %1): %2</source>
        <translation>La base de démonstration n&apos;a pas démarré (code de sortie %1)&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>dbpulse::FindingModel</name>
    <message>
        <source>%1 (%2 in reports and --checks)</source>
        <translation>%1 (%2 dans les rapports et --checks)</translation>
    </message>
    <message>
        <source>One problem seen by %1 checks, counted once at its worst (%2)</source>
        <translation>Un même problème vu par %1 contrôles, compté une fois à son niveau le plus grave (%2)</translation>
    </message>
    <message>
        <source>not checked (%1)</source>
        <translation>non contrôlé (%1)</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <source>NOT CHECKED</source>
        <translation>NON CONTRÔLÉ</translation>
    </message>
</context>
<context>
    <name>dbpulse::Freshness</name>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>il y a %n s</numerusform>
            <numerusform>il y a %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>il y a %1</translation>
    </message>
    <message>
        <source>as of %1, %2</source>
        <translation>au %1, %2</translation>
    </message>
</context>
<context>
    <name>dbpulse::HealthPage</name>
    <message>
        <source>Run checks</source>
        <translation>Lancer les contrôles</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export HTML…</source>
        <translation>Exporter en HTML…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>Select a connected server and press Run checks. Checks only read; a fix runs only when you confirm it.</source>
        <translation>Sélectionnez un serveur connecté et cliquez sur Lancer les contrôles. Les contrôles ne font que lire&#xa0;; une correction ne s&apos;exécute qu&apos;après votre confirmation.</translation>
    </message>
    <message>
        <source>The selected finding: what was found, the measured value, and the suggested fix.</source>
        <translation>Le constat sélectionné&#xa0;: ce qui a été trouvé, la valeur mesurée et la correction proposée.</translation>
    </message>
    <message>
        <source>Filter findings…</source>
        <translation>Filtrer les constats…</translation>
    </message>
    <message>
        <source>Connect to the server first: the doctor uses the same credentials.</source>
        <translation>Connectez-vous d&apos;abord au serveur&#xa0;: le diagnostic utilise les mêmes identifiants.</translation>
    </message>
    <message>
        <source>Checking: %1</source>
        <translation>Contrôle&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (%2, checked in %3 ms)</source>
        <translation>%1 (%2, contrôlé en %3 ms)</translation>
    </message>
    <message numerus="yes">
        <source>−%1 from %n more check(s) (hover for all)</source>
        <translation>
            <numerusform>−%1 de %n autre contrôle (survoler pour tout voir)</numerusform>
            <numerusform>−%1 de %n autres contrôles (survoler pour tout voir)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>(the whole database)</source>
        <translation>(toute la base)</translation>
    </message>
    <message>
        <source>Not checked (%1)</source>
        <translation>Non contrôlé (%1)</translation>
    </message>
    <message>
        <source>Measured: %1
Threshold: %2</source>
        <translation>Mesuré&#xa0;: %1
Seuil&#xa0;: %2</translation>
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
        <translation>Cette instruction s&apos;exécute sur sa propre connexion&#xa0;:

%1

%2</translation>
    </message>
    <message>
        <source>The session ends; its open transaction is rolled back.</source>
        <translation>La session prend fin&#xa0;; sa transaction ouverte est annulée (rollback).</translation>
    </message>
    <message>
        <source>The session&apos;s running statement fails with &quot;canceling statement due to user request&quot;.</source>
        <translation>L&apos;instruction en cours de la session échoue avec «&#xa0;canceling statement due to user request&#xa0;».</translation>
    </message>
    <message>
        <source>It can take long on a big object; Cancel stops it.</source>
        <translation>Cela peut être long sur un gros objet&#xa0;; Annuler l&apos;interrompt.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation>%1&#xa0;: annulé</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>Échec de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1&#xa0;: terminé</translation>
    </message>
    <message>
        <source>%1: done; checking again…</source>
        <translation>%1&#xa0;: terminé&#xa0;; nouveau contrôle…</translation>
    </message>
    <message>
        <source>no report yet</source>
        <translation>pas encore de rapport</translation>
    </message>
    <message>
        <source>Export health report</source>
        <translation>Exporter le rapport de santé</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Relancer</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Severity: %1, transient (not scored)</source>
        <translation>Gravité&#xa0;: %1, passager (non noté)</translation>
    </message>
    <message>
        <source>Severity: %1</source>
        <translation>Gravité&#xa0;: %1</translation>
    </message>
    <message>
        <source>Suggested fix (not run):
%1</source>
        <translation>Correction proposée (non exécutée)&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Run %1 on %2 on server %3?</source>
        <translation>Exécuter %1 sur %2, sur le serveur %3&#xa0;?</translation>
    </message>
    <message>
        <source>Run %1 on %2 in database &quot;%3&quot; (%4)?</source>
        <translation>Exécuter %1 sur %2 dans la base «&#xa0;%3&#xa0;» (%4)&#xa0;?</translation>
    </message>
</context>
<context>
    <name>dbpulse::HealthPdfWriter</name>
    <message>
        <source>DB Pulse health report</source>
        <translation>Rapport de santé DB Pulse</translation>
    </message>
    <message>
        <source>nothing was written</source>
        <translation>rien n&apos;a été écrit</translation>
    </message>
</context>
<context>
    <name>dbpulse::IndexRecommendationModel</name>
    <message>
        <source>Missing index</source>
        <translation>Index manquant</translation>
    </message>
    <message>
        <source>Unused index</source>
        <translation>Index inutilisé</translation>
    </message>
    <message>
        <source>Duplicate index</source>
        <translation>Index en double</translation>
    </message>
    <message>
        <source>Redundant index</source>
        <translation>Index redondant</translation>
    </message>
    <message>
        <source>Foreign key without index</source>
        <translation>Clé étrangère sans index</translation>
    </message>
    <message>
        <source>Invalid index</source>
        <translation>Index invalide</translation>
    </message>
    <message>
        <source>Bloated index</source>
        <translation>Index gonflé (bloat)</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Estimated benefit</source>
        <translation>Gain estimé</translation>
    </message>
</context>
<context>
    <name>dbpulse::IndexesPage</name>
    <message>
        <source>Analyze</source>
        <translation>Analyser</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Copy DDL</source>
        <translation>Copier le DDL</translation>
    </message>
    <message>
        <source>Save as migration…</source>
        <translation>Enregistrer comme migration…</translation>
    </message>
    <message>
        <source>Apply…</source>
        <translation>Appliquer…</translation>
    </message>
    <message>
        <source>Set up sandbox…</source>
        <translation>Configurer le bac à sable…</translation>
    </message>
    <message>
        <source>Select a connected PostgreSQL server and press Analyze. The advisor only reads; the DDL it suggests runs only when you apply it and confirm.</source>
        <translation>Sélectionnez un serveur PostgreSQL connecté et cliquez sur Analyser. Le conseiller ne fait que lire&#xa0;; le DDL proposé ne s&apos;exécute que si vous l&apos;appliquez et confirmez.</translation>
    </message>
    <message>
        <source>Why, and the DDL of the selected recommendation (not run).</source>
        <translation>Le pourquoi, et le DDL de la recommandation sélectionnée (non exécuté).</translation>
    </message>
    <message>
        <source>Create the powerless role DB Pulse plans other roles&apos; statements as</source>
        <translation>Crée le rôle sans privilèges sous lequel DB Pulse planifie les requêtes des autres rôles</translation>
    </message>
    <message>
        <source>Indexes applied from this page: their statements&apos; latency after vs before.</source>
        <translation>Index appliqués depuis cette page&#xa0;: latence de leurs requêtes après et avant.</translation>
    </message>
    <message>
        <source>Filter recommendations…</source>
        <translation>Filtrer les recommandations…</translation>
    </message>
    <message>
        <source>Connect to the server first: the advisor uses the same credentials.</source>
        <translation>Connectez-vous d&apos;abord au serveur&#xa0;: le conseiller utilise les mêmes identifiants.</translation>
    </message>
    <message>
        <source>Analyzing %1…</source>
        <translation>Analyse de %1…</translation>
    </message>
    <message>
        <source>Index analysis failed: %1</source>
        <translation>Échec de l&apos;analyse des index&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n recommendation(s).</source>
        <translation>
            <numerusform>%n recommandation.</numerusform>
            <numerusform>%n recommandations.</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated benefit: %1</source>
        <translation>Gain estimé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Migrations folder</source>
        <translation>Dossier des migrations</translation>
    </message>
    <message>
        <source>Save as migration</source>
        <translation>Enregistrer comme migration</translation>
    </message>
    <message>
        <source>Saved as migration %1 (%2); the Migrations page lists it as pending.</source>
        <translation>Enregistré comme migration %1 (%2)&#xa0;; la page Migrations la liste comme en attente.</translation>
    </message>
    <message>
        <source>Comparing the latency of applied indexes&apos; statements…</source>
        <translation>Comparaison de la latence des requêtes des index appliqués…</translation>
    </message>
    <message>
        <source>Set up the sandbox role</source>
        <translation>Configurer le rôle bac à sable</translation>
    </message>
    <message>
        <source>Create the role %1 on %2?

DB Pulse plans the statements other roles ran only when logged in as this role, because planning runs their functions. It can log in and read all data (pg_read_all_data), nothing else. Its random password is saved in your libpq password file (mode 0600) and nowhere else. If the role exists, its password is reset.</source>
        <translation>Créer le rôle %1 sur %2&#xa0;?

DB Pulse ne planifie les requêtes exécutées par d&apos;autres rôles que connecté sous ce rôle, car la planification exécute leurs fonctions. Il peut se connecter et lire toutes les données (pg_read_all_data), rien de plus. Son mot de passe aléatoire est enregistré dans votre fichier de mots de passe libpq (mode 0600) et nulle part ailleurs. Si le rôle existe, son mot de passe est réinitialisé.</translation>
    </message>
    <message>
        <source>Creating the sandbox role on %1…</source>
        <translation>Création du rôle bac à sable sur %1…</translation>
    </message>
    <message>
        <source>The sandbox role was not set up: %1</source>
        <translation>Le rôle bac à sable n&apos;a pas été configuré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sandbox role ready (password in %1). Analyzing again…</source>
        <translation>Rôle bac à sable prêt (mot de passe dans %1). Nouvelle analyse…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2, index %3</source>
        <translation>%1&#xa0;: %2, index %3</translation>
    </message>
    <message>
        <source>cannot compare: %1</source>
        <translation>comparaison impossible&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>dbpulse::InfoBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Masquer</translation>
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
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Queries</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Indexes</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Migrations</source>
        <translation>Migrations</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Connexion</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>In tables</source>
        <translation>Dans les tableaux</translation>
    </message>
    <message>
        <source>Copy the selected rows</source>
        <translation>Copier les lignes sélectionnées</translation>
    </message>
    <message>
        <source>Filter the rows</source>
        <translation>Filtrer les lignes</translation>
    </message>
    <message>
        <source>&amp;About DB Pulse</source>
        <translation>À &amp;propos de DB Pulse</translation>
    </message>
    <message>
        <source>About DB Pulse</source>
        <translation>À propos de DB Pulse</translation>
    </message>
    <message>
        <source>&lt;b&gt;DB Pulse %1&lt;/b&gt;&lt;p&gt;Live dashboard, advisor and toolbox for PostgreSQL and SQLite databases.&lt;/p&gt;</source>
        <translation>&lt;b&gt;DB Pulse %1&lt;/b&gt;&lt;p&gt;Tableau de bord en direct, conseiller et boîte à outils pour bases PostgreSQL et SQLite.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Nothing to refresh on this page.</source>
        <translation>Rien à actualiser sur cette page.</translation>
    </message>
    <message>
        <source>&amp;Cancel Running Job</source>
        <translation>A&amp;nnuler la tâche en cours</translation>
    </message>
    <message>
        <source>Nothing is running on this page.</source>
        <translation>Rien n’est en cours sur cette page.</translation>
    </message>
</context>
<context>
    <name>dbpulse::MessagePanel</name>
    <message>
        <source>Start demo</source>
        <translation>Lancer la démo</translation>
    </message>
    <message>
        <source>New connection…</source>
        <translation>Nouvelle connexion…</translation>
    </message>
    <message>
        <source>A throwaway PostgreSQL cluster with a shop database and a workload, deleted when DB Pulse quits</source>
        <translation>Une instance PostgreSQL jetable avec une base de boutique et sa charge, supprimée à la fermeture de DB Pulse</translation>
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
        <translation>Budget de performance dépassé</translation>
    </message>
</context>
<context>
    <name>dbpulse::MetricsCharts</name>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
    <message>
        <source>Log latency</source>
        <translation>Échelle log</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>transactions/s</source>
        <translation>transactions/s</translation>
    </message>
    <message>
        <source>statements/s</source>
        <translation>requêtes/s</translation>
    </message>
    <message>
        <source>Statement latency, ms (estimated)</source>
        <translation>Latence des requêtes, ms (estimée)</translation>
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
        <translation>Taux de succès du cache, %</translation>
    </message>
    <message>
        <source>tables</source>
        <translation>tables</translation>
    </message>
    <message>
        <source>indexes</source>
        <translation>index</translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation>5 dernières minutes</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Freeze the charts; samples keep being recorded</source>
        <translation>Fige les graphiques&#xa0;; les mesures continuent d&apos;être enregistrées</translation>
    </message>
    <message>
        <source>Back to the moving window (also: right click a chart)</source>
        <translation>Revient à la fenêtre glissante (aussi&#xa0;: clic droit sur un graphique)</translation>
    </message>
    <message>
        <source>/s</source>
        <translation>/s</translation>
    </message>
    <message>
        <source> ms (estimated)</source>
        <translation> ms (estimée)</translation>
    </message>
    <message>
        <source>Estimated from pg_stat_statements&apos; per-statement means and variances, not measured per call</source>
        <translation>Estimée à partir des moyennes et variances par requête de pg_stat_statements, non mesurée à chaque appel</translation>
    </message>
    <message>
        <source>A p99 spike of seconds no longer flattens p50 and p95 to the floor</source>
        <translation>Un pic du p99 de plusieurs secondes n&apos;écrase plus p50 et p95 contre l&apos;axe</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>Fenêtre&#xa0;:</translation>
    </message>
    <message>
        <source>Drag across a chart to zoom · hover a line for values</source>
        <translation>Faites glisser sur un graphique pour zoomer · survolez une courbe pour les valeurs</translation>
    </message>
    <message>
        <source>Charts of database %1 · drag to zoom · hover for values</source>
        <translation>Graphiques de la base %1 · glisser pour zoomer · survoler pour les valeurs</translation>
    </message>
    <message>
        <source>Paused: %1 – %2 · right click or “Live” to follow again</source>
        <translation>En pause&#xa0;: %1 – %2 · clic droit ou «&#xa0;En direct&#xa0;» pour reprendre le suivi</translation>
    </message>
</context>
<context>
    <name>dbpulse::MetricsFacts</name>
    <message>
        <source>Edit budgets…</source>
        <translation>Modifier les budgets…</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Transactions/s</source>
        <translation>Transactions/s</translation>
    </message>
    <message>
        <source>Statements/s</source>
        <translation>Requêtes/s</translation>
    </message>
    <message>
        <source>Longest query</source>
        <translation>Requête max.</translation>
    </message>
    <message>
        <source>Longest transaction</source>
        <translation>Transaction max.</translation>
    </message>
    <message>
        <source>Cache hit (tables)</source>
        <translation>Succès cache (tables)</translation>
    </message>
    <message>
        <source>Connections / max_connections</source>
        <translation>Connexions / max_connections</translation>
    </message>
    <message>
        <source>Checkpoints</source>
        <translation>Checkpoints</translation>
    </message>
    <message>
        <source>WAL written/s</source>
        <translation>WAL écrits/s</translation>
    </message>
    <message>
        <source>Oldest transaction</source>
        <translation>Âge max. transaction</translation>
    </message>
    <message>
        <source>Lock waits</source>
        <translation>Verrous</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>The figures of database %1 only</source>
        <translation>Les chiffres de la base %1 uniquement</translation>
    </message>
    <message>
        <source>The figures of the whole server %1: every database on it</source>
        <translation>Les chiffres de tout le serveur %1&#xa0;: toutes ses bases</translation>
    </message>
    <message>
        <source>Last known figures, %1 — not current</source>
        <translation>Derniers chiffres connus, %1 — pas à jour</translation>
    </message>
    <message>
        <source>Connections / its limit</source>
        <translation>Connexions / sa limite</translation>
    </message>
    <message>
        <source>Connections (no own limit)</source>
        <translation>Connexions (sans limite propre)</translation>
    </message>
    <message>
        <source>%1 / %2 (%3%)</source>
        <translation>%1 / %2 (%3 %)</translation>
    </message>
    <message>
        <source>Client connections to %1 (DB Pulse&apos;s one included). It has no CONNECTION LIMIT of its own: the server&apos;s max_connections applies.</source>
        <translation>Connexions clientes à %1 (celle de DB Pulse comprise). La base n&apos;a pas de CONNECTION LIMIT propre&#xa0;: le max_connections du serveur s&apos;applique.</translation>
    </message>
    <message>
        <source>Above 80% of max_connections: new clients may soon be refused</source>
        <translation>Au-delà de 80 % de max_connections&#xa0;: de nouveaux clients pourraient bientôt être refusés</translation>
    </message>
    <message>
        <source>Client connections to every database of the server, against max_connections</source>
        <translation>Connexions clientes à toutes les bases du serveur, rapportées à max_connections</translation>
    </message>
    <message>
        <source>Checkpoints during the last interval</source>
        <translation>Checkpoints pendant le dernier intervalle</translation>
    </message>
    <message>
        <source>The oldest open transaction in any database of the server</source>
        <translation>La plus ancienne transaction ouverte, toutes bases du serveur confondues</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n root blocker(s)</source>
        <translation>
            <numerusform>%n bloqueur de tête</numerusform>
            <numerusform>%n bloqueurs de tête</numerusform>
        </translation>
    </message>
    <message>
        <source>Sessions waiting on a lock another session holds (pg_blocking_pids), and root blockers: sessions that block others and wait on nobody.
All active sessions waiting now, by wait event type: %1</source>
        <translation>Sessions en attente d&apos;un verrou détenu par une autre session (pg_blocking_pids), et bloqueurs de tête&#xa0;: sessions qui en bloquent d&apos;autres sans rien attendre elles-mêmes.
Toutes les sessions actives en attente maintenant, par type d&apos;événement d&apos;attente&#xa0;: %1</translation>
    </message>
    <message>
        <source>Statement latency unavailable: %1</source>
        <translation>Latence des requêtes indisponible&#xa0;: %1</translation>
    </message>
    <message>
        <source>pg_stat_statements is not readable.</source>
        <translation>pg_stat_statements n&apos;est pas lisible.</translation>
    </message>
    <message>
        <source>pg_stat_statements: this interval is a gap (%1)</source>
        <translation>pg_stat_statements&#xa0;: cet intervalle est un trou (%1)</translation>
    </message>
    <message numerus="yes">
        <source>pg_stat_statements: %n statement(s) ran in %1 in the last interval before contact was lost</source>
        <translation>
            <numerusform>pg_stat_statements&#xa0;: %n requête exécutée dans %1 au dernier intervalle avant la perte de contact</numerusform>
            <numerusform>pg_stat_statements&#xa0;: %n requêtes exécutées dans %1 au dernier intervalle avant la perte de contact</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>pg_stat_statements: %n statement(s) ran in %1 in the last interval; latency percentiles are estimates</source>
        <translation>
            <numerusform>pg_stat_statements&#xa0;: %n requête exécutée dans %1 au dernier intervalle&#xa0;; les centiles de latence sont des estimations</numerusform>
            <numerusform>pg_stat_statements&#xa0;: %n requêtes exécutées dans %1 au dernier intervalle&#xa0;; les centiles de latence sont des estimations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of the last %n interval(s) over budget</source>
        <translation>
            <numerusform>%1 sur %n intervalle au-dessus du budget</numerusform>
            <numerusform>%1 des %n derniers intervalles au-dessus du budget</numerusform>
        </translation>
    </message>
    <message>
        <source>Budgets: all statements within budget now · %1</source>
        <translation>Budgets&#xa0;: toutes les requêtes dans leur budget actuellement · %1</translation>
    </message>
    <message>
        <source>query %1</source>
        <translation>requête %1</translation>
    </message>
    <message>
        <source>Client connections to %1, against its CONNECTION LIMIT of %2: new clients may soon be refused</source>
        <translation>Connexions clientes à %1, rapportées à sa CONNECTION LIMIT de %2&#xa0;: de nouveaux clients pourraient bientôt être refusés</translation>
    </message>
    <message>
        <source>Client connections to %1, against its CONNECTION LIMIT of %2</source>
        <translation>Connexions clientes à %1, rapportées à sa CONNECTION LIMIT de %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Budgets: %n statement(s) over budget now — worst: %1 %2, p95 %3 ms vs %4 ms (streak %5) · %6</source>
        <extracomment>%1 is a query class (e.g. &quot;OLTP&quot;), %2 the statement&apos;s text or &quot;query 123&quot;, %6 the burn rate</extracomment>
        <translation>
            <numerusform>Budgets&#xa0;: %n requête au-dessus du budget actuellement — pire&#xa0;: %1 %2, p95 %3 ms pour %4 ms (série de %5) · %6</numerusform>
            <numerusform>Budgets&#xa0;: %n requêtes au-dessus du budget actuellement — pire&#xa0;: %1 %2, p95 %3 ms pour %4 ms (série de %5) · %6</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dbpulse::MigrationConfirmDialog</name>
    <message>
        <source>Apply migrations</source>
        <translation>Appliquer les migrations</translation>
    </message>
    <message>
        <source>Undo migrations</source>
        <translation>Défaire des migrations</translation>
    </message>
    <message numerus="yes">
        <source>Apply %n migration(s) to the database &lt;b&gt;%1&lt;/b&gt; on &lt;b&gt;%2&lt;/b&gt;?</source>
        <translation>
            <numerusform>Appliquer %n migration à la base &lt;b&gt;%1&lt;/b&gt; sur &lt;b&gt;%2&lt;/b&gt;&#xa0;?</numerusform>
            <numerusform>Appliquer %n migrations à la base &lt;b&gt;%1&lt;/b&gt; sur &lt;b&gt;%2&lt;/b&gt;&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undo %n migration(s) on the database &lt;b&gt;%1&lt;/b&gt; on &lt;b&gt;%2&lt;/b&gt;? Their down SQL will run and may drop tables and data.</source>
        <translation>
            <numerusform>Défaire %n migration sur la base &lt;b&gt;%1&lt;/b&gt; sur &lt;b&gt;%2&lt;/b&gt;&#xa0;? Son SQL «&#xa0;down&#xa0;» sera exécuté et peut supprimer des tables et des données.</numerusform>
            <numerusform>Défaire %n migrations sur la base &lt;b&gt;%1&lt;/b&gt; sur &lt;b&gt;%2&lt;/b&gt;&#xa0;? Leur SQL «&#xa0;down&#xa0;» sera exécuté et peut supprimer des tables et des données.</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Défaire</translation>
    </message>
    <message>
        <source>Type the database name (%1) to confirm:</source>
        <translation>Saisissez le nom de la base (%1) pour confirmer&#xa0;:</translation>
    </message>
</context>
<context>
    <name>dbpulse::MigrationListModel</name>
    <message>
        <source>repeatable</source>
        <translation>répétable</translation>
    </message>
    <message>
        <source>%1 (out of order)</source>
        <translation>%1 (hors séquence)</translation>
    </message>
    <message>
        <source>%1 was edited after it was applied</source>
        <translation>%1 a été modifiée après avoir été appliquée</translation>
    </message>
    <message>
        <source>Applied, but its file is not in the folder</source>
        <translation>Appliquée, mais son fichier n&apos;est pas dans le dossier</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Applied at</source>
        <translation>Appliquée le</translation>
    </message>
</context>
<context>
    <name>dbpulse::MigrationsPage</name>
    <message>
        <source>A connection from the sidebar, a saved connection, a postgresql:// URI or an SQLite file</source>
        <translation>Une connexion du panneau latéral, une connexion enregistrée, une URI postgresql:// ou un fichier SQLite</translation>
    </message>
    <message>
        <source>Folder with dbmate, Flyway or native migration files</source>
        <translation>Dossier de fichiers de migration dbmate, Flyway ou natifs</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Select a migration to read its SQL</source>
        <translation>Sélectionnez une migration pour lire son SQL</translation>
    </message>
    <message>
        <source>Filter migrations…</source>
        <translation>Filtrer les migrations…</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Essai à blanc</translation>
    </message>
    <message>
        <source>Run pending migrations in a transaction that is rolled back; show locks and rewrites</source>
        <translation>Exécute les migrations en attente dans une transaction annulée ensuite (rollback)&#xa0;; affiche verrous et réécritures</translation>
    </message>
    <message>
        <source>Up</source>
        <extracomment>Button: apply every pending migration (dbmate/Flyway &quot;up&quot;)</extracomment>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Down one</source>
        <extracomment>Button: undo the last applied migration (its &quot;down&quot; SQL)</extracomment>
        <translation>Défaire la dernière</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Migrations folder</source>
        <translation>Dossier des migrations</translation>
    </message>
    <message>
        <source>Choose a database and a folder of migrations (dbmate, Flyway or native layout).</source>
        <translation>Choisissez une base et un dossier de migrations (format dbmate, Flyway ou natif).</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Défaire</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>en cours…</translation>
    </message>
    <message>
        <source>nothing to apply: %1 is up to date</source>
        <translation>rien à appliquer&#xa0;: %1 est à jour</translation>
    </message>
    <message>
        <source>nothing to undo on %1</source>
        <translation>rien à défaire sur %1</translation>
    </message>
    <message>
        <source>not confirmed: nothing was run on %1</source>
        <translation>non confirmé&#xa0;: rien n&apos;a été exécuté sur %1</translation>
    </message>
    <message>
        <source>another database was chosen while planning: nothing was run on %1</source>
        <translation>une autre base a été choisie pendant la planification&#xa0;: rien n&apos;a été exécuté sur %1</translation>
    </message>
    <message>
        <source>  %1: locks:</source>
        <translation>  %1&#xa0;: verrous&#xa0;:</translation>
    </message>
    <message>
        <source>    table rewrite: %1</source>
        <translation>    réécriture de table&#xa0;: %1</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 layout — %n pending</source>
        <translation>
            <numerusform>%1 — format %2 — %n en attente</numerusform>
            <numerusform>%1 — format %2 — %n en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>dry run rolled back</source>
        <translation>essai à blanc annulé (rollback)</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>valid: applied migrations match their files</source>
        <translation>valide&#xa0;: les migrations appliquées correspondent à leurs fichiers</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>— %1 on %2 —</source>
        <extracomment>A heading in the log: an action (Dry run, Up, Down, Validate) and the database it runs on</extracomment>
        <translation>— %1 sur %2 —</translation>
    </message>
    <message>
        <source>-- %1 is not in the folder</source>
        <translation>-- %1 n&apos;est pas dans le dossier</translation>
    </message>
</context>
<context>
    <name>dbpulse::PasswordPrompt</name>
    <message>
        <source>Save password in keychain</source>
        <translation>Enregistrer le mot de passe dans le trousseau</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Mot de passe pour %1</translation>
    </message>
    <message>
        <source>The server did not accept the connection to &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Le serveur n&apos;a pas accepté la connexion à &lt;b&gt;%1&lt;/b&gt;&#xa0;:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>No keychain service available — the password is kept for this session only</source>
        <translation>Aucun service de trousseau disponible — le mot de passe n&apos;est conservé que pour cette session</translation>
    </message>
</context>
<context>
    <name>dbpulse::PlanModel</name>
    <message>
        <source>Row estimate off by %1× — statistics may be stale (ANALYZE the table) or columns correlated.
%2</source>
        <translation>Estimation de lignes fausse d&apos;un facteur %1 — statistiques peut-être périmées (lancez ANALYZE sur la table) ou colonnes corrélées.
%2</translation>
    </message>
    <message>
        <source>Plan node</source>
        <translation>Nœud du plan</translation>
    </message>
    <message>
        <source>Est. rows</source>
        <translation>Lignes est.</translation>
    </message>
    <message>
        <source>Actual rows</source>
        <translation>Lignes réelles</translation>
    </message>
    <message>
        <source>Off by</source>
        <extracomment>Column: how far the planner&apos;s row estimate is from the actual rows (a factor, &quot;12×&quot;)</extracomment>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
</context>
<context>
    <name>dbpulse::PlanParametersForm</name>
    <message>
        <source>Parameter values: bound as parameters, never pasted into the SQL; NULL where ticked. Kept until DB Pulse closes.</source>
        <translation>Valeurs des paramètres&#xa0;: liées comme paramètres, jamais collées dans le SQL&#xa0;; NULL si la case est cochée. Conservées jusqu&apos;à la fermeture de DB Pulse.</translation>
    </message>
    <message>
        <source>type not known yet</source>
        <translation>type encore inconnu</translation>
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
        <translation>Explain</translation>
    </message>
    <message>
        <source>Explain analyze…</source>
        <translation>Explain analyze…</translation>
    </message>
    <message>
        <source>Runs the statement inside a transaction that is rolled back</source>
        <translation>Exécute la requête dans une transaction annulée ensuite (rollback)</translation>
    </message>
    <message>
        <source>timeout </source>
        <extracomment>Before a number of seconds in a spin box: &quot;timeout 30 s&quot;</extracomment>
        <translation>délai </translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Explain analyze</source>
        <translation>Explain analyze</translation>
    </message>
    <message>
        <source>EXPLAIN ANALYZE executes the statement on %1. It runs as the powerless sandbox role, in a read-only transaction that is rolled back, with a %2 s timeout (a statement that writes fails instead of running), but it still costs the server that work and may take locks.

%3%4</source>
        <translation>EXPLAIN ANALYZE exécute la requête sur %1. Elle s&apos;exécute sous le rôle bac à sable sans privilèges, dans une transaction en lecture seule annulée ensuite (rollback), avec un délai de %2 s (une requête qui écrit échoue au lieu de s&apos;exécuter), mais elle coûte tout de même ce travail au serveur et peut poser des verrous.

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
        <translation>Paramètres&#xa0;: %1</translation>
    </message>
    <message>
        <source>Parameter types unknown: %1</source>
        <translation>Types de paramètres inconnus&#xa0;: %1</translation>
    </message>
    <message>
        <source>Connect to the server to explain statements.</source>
        <translation>Connectez-vous au serveur pour expliquer les requêtes.</translation>
    </message>
    <message>
        <source>Running EXPLAIN ANALYZE…</source>
        <translation>EXPLAIN ANALYZE en cours…</translation>
    </message>
    <message>
        <source>Running EXPLAIN…</source>
        <translation>EXPLAIN en cours…</translation>
    </message>
    <message>
        <source>EXPLAIN failed: %1</source>
        <translation>Échec d&apos;EXPLAIN&#xa0;: %1</translation>
    </message>
    <message>
        <source>no plan</source>
        <translation>aucun plan</translation>
    </message>
    <message>
        <source>executed in %1 ms, rolled back</source>
        <translation>exécutée en %1 ms, annulée (rollback)</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) with a row estimate off by 10× or more (highlighted)</source>
        <translation>
            <numerusform>%n nœud dont l&apos;estimation de lignes est fausse d&apos;un facteur 10 ou plus (en surbrillance)</numerusform>
            <numerusform>%n nœuds dont l&apos;estimation de lignes est fausse d&apos;un facteur 10 ou plus (en surbrillance)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dbpulse::QueriesPage</name>
    <message>
        <source>Statements between</source>
        <translation>Requêtes entre</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Du&#xa0;:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Au&#xa0;:</translation>
    </message>
    <message>
        <source>Queries</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Search statements…</source>
        <translation>Rechercher des requêtes…</translation>
    </message>
    <message>
        <source>Statements of one database (the target&apos;s by default), or of every database of the server</source>
        <translation>Requêtes d&apos;une base (celle de la cible par défaut) ou de toutes les bases du serveur</translation>
    </message>
    <message>
        <source>All databases</source>
        <translation>Toutes les bases</translation>
    </message>
    <message>
        <source>The time every column covers: calls, time, rows and the p95/p99 estimates</source>
        <translation>La période couverte par chaque colonne&#xa0;: appels, temps, lignes et estimations p95/p99</translation>
    </message>
    <message>
        <source>Last 5 min</source>
        <translation>5 dernières min</translation>
    </message>
    <message>
        <source>Last 1 h</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <source>Last 24 h</source>
        <translation>Dernières 24 h</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personnalisée…</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Statements whose mean time is at or above this are highlighted</source>
        <translation>Les requêtes dont le temps moyen atteint ou dépasse cette valeur sont mises en évidence</translation>
    </message>
    <message>
        <source>Select a statement to see its full text.</source>
        <translation>Sélectionnez une requête pour voir son texte complet.</translation>
    </message>
    <message>
        <source>Slow above:</source>
        <translation>Lente au-delà de&#xa0;:</translation>
    </message>
    <message>
        <source>Top statements</source>
        <translation>Top des requêtes</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No connection selected.</source>
        <translation>Aucune connexion sélectionnée.</translation>
    </message>
    <message>
        <source>SQLite keeps no statement statistics; this page applies to PostgreSQL servers.</source>
        <translation>SQLite ne conserve pas de statistiques de requêtes&#xa0;; cette page concerne les serveurs PostgreSQL.</translation>
    </message>
    <message>
        <source>Waiting for the first statistics…</source>
        <translation>En attente des premières statistiques…</translation>
    </message>
    <message>
        <source>Connect to see statement statistics.</source>
        <translation>Connectez-vous pour voir les statistiques des requêtes.</translation>
    </message>
    <message>
        <source>pg_stat_statements is not readable.</source>
        <translation>pg_stat_statements n&apos;est pas lisible.</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) with calls</source>
        <translation>
            <numerusform>%n requête avec des appels</numerusform>
            <numerusform>%n requêtes avec des appels</numerusform>
        </translation>
    </message>
    <message>
        <source>Query class</source>
        <translation>Classe de requête</translation>
    </message>
    <message>
        <source>automatic (from the statement&apos;s shape)</source>
        <translation>automatique (d&apos;après la forme de la requête)</translation>
    </message>
    <message>
        <source>%1 (budget %2 ms)</source>
        <translation>%1 (budget %2 ms)</translation>
    </message>
    <message>
        <source>Edit budgets…</source>
        <translation>Modifier les budgets…</translation>
    </message>
    <message>
        <source>%1 (this target)</source>
        <translation>%1 (cette cible)</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) with calls from %1 to %2</source>
        <translation>
            <numerusform>%n requête avec des appels du %1 au %2</numerusform>
            <numerusform>%n requêtes avec des appels du %1 au %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) with calls from %1 to %2 (not recorded before %3: history is not kept)</source>
        <translation>
            <numerusform>%n requête avec des appels du %1 au %2 (rien d&apos;enregistré avant %3&#xa0;: l&apos;historique n&apos;est pas conservé)</numerusform>
            <numerusform>%n requêtes avec des appels du %1 au %2 (rien d&apos;enregistré avant %3&#xa0;: l&apos;historique n&apos;est pas conservé)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) with calls from %1 to %2 (before %3 from the stored history)</source>
        <translation>
            <numerusform>%n requête avec des appels du %1 au %2 (avant %3, depuis l&apos;historique enregistré)</numerusform>
            <numerusform>%n requêtes avec des appels du %1 au %2 (avant %3, depuis l&apos;historique enregistré)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) with calls from %1 to %2 (nothing stored before %3)</source>
        <translation>
            <numerusform>%n requête avec des appels du %1 au %2 (rien d&apos;enregistré avant %3)</numerusform>
            <numerusform>%n requêtes avec des appels du %1 au %2 (rien d&apos;enregistré avant %3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slow</source>
        <translation>
            <numerusform>%n lente</numerusform>
            <numerusform>%n lentes</numerusform>
        </translation>
    </message>
    <message>
        <source>p95/p99 are estimates: each interval&apos;s mean and variance, mixed over the range</source>
        <translation>p95/p99 sont des estimations&#xa0;: moyenne et variance de chaque intervalle, combinées sur la période</translation>
    </message>
    <message>
        <source>history file: %1</source>
        <translation>fichier d&apos;historique&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>dbpulse::ReplicationPanel</name>
    <message>
        <source>Standby or slot</source>
        <translation>Secondaire ou slot</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Lag: write / flush / replay</source>
        <translation>Retard&#xa0;: write / flush / replay</translation>
    </message>
    <message>
        <source>WAL behind / retained</source>
        <translation>WAL en retard / retenus</translation>
    </message>
    <message>
        <source>This server is a standby of %1:%2</source>
        <translation>Ce serveur est un secondaire de %1:%2</translation>
    </message>
    <message>
        <source>⚠ no WAL receiver</source>
        <translation>⚠ aucun WAL receiver</translation>
    </message>
    <message>
        <source>replay delay %1</source>
        <translation>retard de rejeu %1</translation>
    </message>
    <message>
        <source>%1 received, not replayed</source>
        <translation>%1 reçus, non rejoués</translation>
    </message>
    <message>
        <source>Time since the last replayed transaction committed on the primary; it also grows while the primary is idle.</source>
        <translation>Temps écoulé depuis la validation sur le primaire de la dernière transaction rejouée&#xa0;; il augmente aussi quand le primaire est inactif.</translation>
    </message>
    <message>
        <source>Standby %1</source>
        <translation>Secondaire %1</translation>
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
        <source>active</source>
        <translation>actives</translation>
    </message>
    <message>
        <source>⚠ inactive</source>
        <translation>⚠ inactif</translation>
    </message>
    <message>
        <source>WAL %1</source>
        <translation>WAL %1</translation>
    </message>
    <message>
        <source>retains %1</source>
        <translation>retient %1</translation>
    </message>
    <message>
        <source>Replication (server): standby</source>
        <translation>Réplication (serveur)&#xa0;: secondaire</translation>
    </message>
    <message>
        <source>Replication (server): primary</source>
        <translation>Réplication (serveur)&#xa0;: primaire</translation>
    </message>
    <message numerus="yes">
        <source>%n standby(s)</source>
        <translation>
            <numerusform>%n secondaire</numerusform>
            <numerusform>%n secondaires</numerusform>
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
            <numerusform>%n inactif&#xa0;: les WAL s&apos;accumulent jusqu&apos;à ce qu&apos;il soit utilisé ou supprimé</numerusform>
            <numerusform>%n inactifs&#xa0;: les WAL s&apos;accumulent jusqu&apos;à ce qu&apos;ils soient utilisés ou supprimés</numerusform>
        </translation>
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
</context>
<context>
    <name>dbpulse::RestoreWizard</name>
    <message>
        <source>Restore %1</source>
        <translation>Restaurer %1</translation>
    </message>
    <message>
        <source>Backup of %1, taken %2. It is verified before anything is restored.</source>
        <translation>Sauvegarde de %1, prise le %2. Elle est vérifiée avant toute restauration.</translation>
    </message>
    <message>
        <source>Into a new file (recommended)</source>
        <translation>Dans un nouveau fichier (recommandé)</translation>
    </message>
    <message>
        <source>Into a new database (recommended)</source>
        <translation>Dans une nouvelle base (recommandé)</translation>
    </message>
    <message>
        <source>Replace an existing file</source>
        <translation>Remplacer un fichier existant</translation>
    </message>
    <message>
        <source>Replace the contents of an existing database</source>
        <translation>Remplacer le contenu d&apos;une base existante</translation>
    </message>
    <message>
        <source>Path of the SQLite file to replace</source>
        <translation>Chemin du fichier SQLite à remplacer</translation>
    </message>
    <message>
        <source>Type the file&apos;s name (e.g. app.db) to confirm</source>
        <translation>Saisissez le nom du fichier (p. ex. app.db) pour confirmer</translation>
    </message>
    <message>
        <source>Type the name of the database to replace (the one the server entry names)</source>
        <translation>Saisissez le nom de la base à remplacer (celle que désigne l&apos;entrée du serveur)</translation>
    </message>
    <message>
        <source>How many tables pg_restore loads at once (pg_restore --jobs).</source>
        <translation>Nombre de tables que pg_restore charge en parallèle (pg_restore --jobs).</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Parallel jobs:</source>
        <translation>Tâches parallèles&#xa0;:</translation>
    </message>
    <message>
        <source>Replacing overwrites the whole file with the backup&apos;s content. This cannot be undone.</source>
        <translation>Remplacer écrase tout le fichier avec le contenu de la sauvegarde. C&apos;est irréversible.</translation>
    </message>
    <message>
        <source>Replacing drops the objects the backup contains and recreates them from the backup. This cannot be undone.</source>
        <translation>Remplacer supprime les objets que contient la sauvegarde et les recrée à partir d&apos;elle. C&apos;est irréversible.</translation>
    </message>
    <message>
        <source>That file exists; choose a new name, or replace it below.</source>
        <translation>Ce fichier existe&#xa0;; choisissez un nouveau nom ou remplacez-le ci-dessous.</translation>
    </message>
    <message>
        <source>No such file.</source>
        <translation>Fichier introuvable.</translation>
    </message>
    <message>
        <source>Ready to restore</source>
        <translation>Prêt pour la restauration</translation>
    </message>
    <message>
        <source>Replace “%1”</source>
        <translation>Remplacer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Backup:</source>
        <translation>Sauvegarde&#xa0;:</translation>
    </message>
    <message>
        <source>%1 from %2, taken %3</source>
        <translation>%1 de %2, prise le %3</translation>
    </message>
    <message>
        <source>New file:</source>
        <translation>Nouveau fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Existing file:</source>
        <translation>Fichier existant&#xa0;:</translation>
    </message>
    <message>
        <source>New database:</source>
        <translation>Nouvelle base&#xa0;:</translation>
    </message>
    <message>
        <source>Existing database:</source>
        <translation>Base existante&#xa0;:</translation>
    </message>
    <message>
        <source>A new file is written; nothing existing is changed.</source>
        <translation>Un nouveau fichier est écrit&#xa0;; rien d&apos;existant n&apos;est modifié.</translation>
    </message>
    <message>
        <source>The database is created; nothing existing is changed. A failed or cancelled restore drops it again.</source>
        <translation>La base est créée&#xa0;; rien d&apos;existant n&apos;est modifié. Une restauration échouée ou annulée la supprime.</translation>
    </message>
    <message>
        <source>The existing file&apos;s content is replaced. This cannot be undone.</source>
        <translation>Le contenu du fichier existant est remplacé. C&apos;est irréversible.</translation>
    </message>
    <message>
        <source>The backup&apos;s objects in the existing database are dropped and recreated. This cannot be undone.</source>
        <translation>Les objets de la sauvegarde sont supprimés puis recréés dans la base existante. C&apos;est irréversible.</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Restauration</translation>
    </message>
    <message>
        <source>Open in dashboard</source>
        <translation>Ouvrir dans le tableau de bord</translation>
    </message>
    <message>
        <source>Restored into the file %1.</source>
        <translation>Restauré dans le fichier %1.</translation>
    </message>
    <message>
        <source>Restored into database &quot;%1&quot;.</source>
        <translation>Restauré dans la base «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The server asked for a password.</source>
        <translation>Le serveur a demandé un mot de passe.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was left behind.</source>
        <translation>Annulée&#xa0;; rien n&apos;a été laissé derrière.</translation>
    </message>
    <message>
        <source>Restore failed: %1</source>
        <translation>Échec de la restauration&#xa0;: %1</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
</context>
<context>
    <name>dbpulse::ServerCard</name>
    <message>
        <source>conn %1/%2 own limit · %3 tx/s</source>
        <translation>conn. %1/%2 limite propre · %3 tx/s</translation>
    </message>
    <message>
        <source>p95 %1 · cache %2</source>
        <translation>p95 %1 · cache %2</translation>
    </message>
    <message>
        <source>server: %1/%2 max_connections</source>
        <translation>serveur&#xa0;: %1/%2 max_connections</translation>
    </message>
    <message>
        <source>Last known figures, %1</source>
        <translation>Derniers chiffres connus, %1</translation>
    </message>
    <message>
        <source>no metrics yet</source>
        <translation>pas encore de mesures</translation>
    </message>
    <message>
        <source>conn %1 · %2 tx/s</source>
        <translation>conn. %1 · %2 tx/s</translation>
    </message>
    <message>
        <source>%1 old</source>
        <extracomment>How old the last known figures are: &quot;42 s old&quot;, &quot;0:05:12 old&quot;</extracomment>
        <translation>il y a %1</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message numerus="yes">
        <source>Database %1: %n client connection(s) of its CONNECTION LIMIT %2, %3 transactions/s, statement p95 %4, table cache hit %5</source>
        <translation>
            <numerusform>Base %1&#xa0;: %n connexion cliente sur sa CONNECTION LIMIT de %2, %3 transactions/s, p95 des requêtes %4, succès du cache des tables %5</numerusform>
            <numerusform>Base %1&#xa0;: %n connexions clientes sur sa CONNECTION LIMIT de %2, %3 transactions/s, p95 des requêtes %4, succès du cache des tables %5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Database %1: %n client connection(s), %2 transactions/s, statement p95 %3, table cache hit %4</source>
        <translation>
            <numerusform>Base %1&#xa0;: %n connexion cliente, %2 transactions/s, p95 des requêtes %3, succès du cache des tables %4</numerusform>
            <numerusform>Base %1&#xa0;: %n connexions clientes, %2 transactions/s, p95 des requêtes %3, succès du cache des tables %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Server: %n client connection(s) of max_connections %1</source>
        <translation>
            <numerusform>Serveur&#xa0;: %n connexion cliente sur max_connections %1</numerusform>
            <numerusform>Serveur&#xa0;: %n connexions clientes sur max_connections %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dbpulse::ServerGroupHeader</name>
    <message numerus="yes">
        <source>Server %1 — %n database(s)</source>
        <translation>
            <numerusform>Serveur %1 — %n base</numerusform>
            <numerusform>Serveur %1 — %n bases</numerusform>
        </translation>
    </message>
    <message>
        <source>conn %1/%2 max_connections · %3 tx/s · WAL %4/s · up %5</source>
        <translation>conn. %1/%2 max_connections · %3 tx/s · WAL %4/s · démarré depuis %5</translation>
    </message>
    <message>
        <source>last known, %1</source>
        <translation>dernière valeur connue, %1</translation>
    </message>
    <message>
        <source>The server&apos;s figures, once for its databases below; click for the server view</source>
        <translation>Les chiffres du serveur, une seule fois pour ses bases ci-dessous&#xa0;; cliquez pour la vue serveur</translation>
    </message>
</context>
<context>
    <name>dbpulse::ServerRegistry</name>
    <message>
        <source>No keychain service available — passwords are kept for this session only</source>
        <translation>Aucun service de trousseau disponible — les mots de passe ne sont conservés que pour cette session</translation>
    </message>
    <message>
        <source>Could not save the password in the keychain: %1</source>
        <translation>Impossible d&apos;enregistrer le mot de passe dans le trousseau&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>dbpulse::ServerState</name>
    <message>
        <source>a %1 statement (queryid %2)</source>
        <translation>une requête %1 (queryid %2)</translation>
    </message>
    <message>
        <source>the %1 statement “%2”</source>
        <translation>la requête %1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 has broken its %3 ms budget for %n interval(s) in a row — estimated p95 %4 ms.</source>
        <extracomment>%1 is the server, %2 &quot;a OLTP statement (queryid 42)&quot; or &quot;the OLTP statement “SELECT …”&quot;</extracomment>
        <translation>
            <numerusform>%1&#xa0;: %2 a dépassé son budget de %3 ms pendant %n intervalle — p95 estimé %4 ms.</numerusform>
            <numerusform>%1&#xa0;: %2 a dépassé son budget de %3 ms pendant %n intervalles d&apos;affilée — p95 estimé %4 ms.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dbpulse::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>dbpulse::SqlitePanel</name>
    <message>
        <source>%1 (%2 ago)</source>
        <translation>%1 (il y a %2)</translation>
    </message>
    <message>
        <source>no -wal file (no connection has it open)</source>
        <translation>pas de fichier -wal (aucune connexion ne l&apos;a ouvert)</translation>
    </message>
    <message>
        <source>none (%1 journal)</source>
        <translation>aucun (journal %1)</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n frame(s) in the file</source>
        <translation>
            <numerusform>%1 · %n frame dans le fichier</numerusform>
            <numerusform>%1 · %n frames dans le fichier</numerusform>
        </translation>
    </message>
    <message>
        <source>does not apply (not in WAL mode)</source>
        <translation>sans objet (pas en mode WAL)</translation>
    </message>
    <message>
        <source>none seen since monitoring began</source>
        <translation>aucun vu depuis le début de la surveillance</translation>
    </message>
    <message>
        <source>last seen %1</source>
        <translation>dernier vu %1</translation>
    </message>
    <message>
        <source>never run by DB Pulse — the Health page&apos;s check runs it</source>
        <translation>jamais lancé par DB Pulse — le contrôle de la page Santé le lance</translation>
    </message>
    <message>
        <source>ok, %1</source>
        <translation>ok, %1</translation>
    </message>
    <message>
        <source>FAILED %1: %2</source>
        <translation>ÉCHEC %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>measuring…</source>
        <translation>mesure en cours…</translation>
    </message>
    <message>
        <source>written in the last interval</source>
        <translation>écrit au dernier intervalle</translation>
    </message>
    <message>
        <source>idle in the last interval</source>
        <translation>inactif au dernier intervalle</translation>
    </message>
    <message>
        <source>File sizes, MiB</source>
        <translation>Taille des fichiers, Mio</translation>
    </message>
    <message>
        <source>database file</source>
        <translation>fichier de base</translation>
    </message>
    <message>
        <source>WAL file</source>
        <translation>fichier WAL</translation>
    </message>
    <message>
        <source>free pages</source>
        <translation>pages libres</translation>
    </message>
    <message>
        <source>Write activity: time with writes, %</source>
        <translation>Activité d&apos;écriture&#xa0;: temps avec écritures, %</translation>
    </message>
    <message>
        <source>intervals that saw a write</source>
        <translation>intervalles avec écriture</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Fichier de base</translation>
    </message>
    <message>
        <source>Free pages</source>
        <translation>Pages libres</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Journal mode</source>
        <translation>Mode de journal</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Checkpoint</translation>
    </message>
    <message>
        <source>Last integrity check</source>
        <translation>Dernier contrôle d&apos;intégrité</translation>
    </message>
    <message>
        <source>Writes</source>
        <translation>Écritures</translation>
    </message>
    <message>
        <source>Read without writing the file. SQLite tells a reader whether the file changed, not how many transactions committed, so each interval counts as written or not. WAL frames are what the -wal file holds; SQLite reuses it after a checkpoint, and a checkpoint is seen when the database file itself changes.</source>
        <translation>Lu sans écrire dans le fichier. SQLite indique à un lecteur si le fichier a changé, pas combien de transactions ont été validées&#xa0;: chaque intervalle compte donc comme écrit ou non. Les frames WAL sont le contenu du fichier -wal&#xa0;; SQLite le réutilise après un checkpoint, et un checkpoint se voit quand le fichier de base lui-même change.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n page(s), %2 % of the file)</source>
        <translation>
            <numerusform>%1 (%n page, %2 % du fichier)</numerusform>
            <numerusform>%1 (%n pages, %2 % du fichier)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 × %2 bytes</source>
        <translation>%1 × %2 octets</translation>
    </message>
    <message>
        <source>not read this time: %1</source>
        <translation>non lu cette fois&#xa0;: %1</translation>
    </message>
    <message>
        <source>written during %1 % of the last minute</source>
        <translation>écrit pendant %1 % de la dernière minute</translation>
    </message>
</context>
<context>
    <name>dbpulse::StatementModel</name>
    <message>
        <source>(query %1 — text not loaded)</source>
        <translation>(requête %1 — texte non chargé)</translation>
    </message>
    <message>
        <source>Estimated for the range: each stored interval (or minute, or hour) is fitted with its mean and variance, and the percentile is taken from their mix, weighted by calls</source>
        <translation>Estimé sur la période&#xa0;: chaque intervalle enregistré (ou minute, ou heure) est modélisé par sa moyenne et sa variance, et le centile est pris sur leur mélange, pondéré par les appels</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>Temps total</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>p95 (est.)</source>
        <translation>p95 (est.)</translation>
    </message>
    <message>
        <source>p99 (est.)</source>
        <translation>p99 (est.)</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Cache hit</source>
        <translation>Succès du cache</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
</context>
<context>
    <name>dbpulse::StatusText</name>
    <message>
        <source>disconnected</source>
        <translation>déconnecté</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>connexion…</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connecté</translation>
    </message>
    <message>
        <source>reconnecting in %1 s (attempt %2)</source>
        <translation>reconnexion dans %1 s (tentative %2)</translation>
    </message>
    <message>
        <source>reconnecting now (attempt %1)</source>
        <translation>reconnexion en cours (tentative %1)</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 d %2</source>
        <translation>%1 j %2</translation>
    </message>
    <message>
        <source>reconnecting in %1 s (attempt %2): %3</source>
        <translation>reconnexion dans %1 s (tentative %2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>reconnecting now (attempt %1): %2</source>
        <translation>reconnexion en cours (tentative %1)&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>dbpulse::TableTools</name>
    <message>
        <source>Copy row</source>
        <translation>Copier la ligne</translation>
    </message>
    <message>
        <source>Copy as CSV</source>
        <translation>Copier en CSV</translation>
    </message>
    <message>
        <source>Copy all shown rows as CSV</source>
        <translation>Copier toutes les lignes affichées en CSV</translation>
    </message>
    <message>
        <source>Filter rows</source>
        <translation>Filtrer les lignes</translation>
    </message>
    <message>
        <source>Filter rows…</source>
        <translation>Filtrer les lignes…</translation>
    </message>
    <message>
        <source>Shows the rows that contain this text in any column (Ctrl+F)</source>
        <translation>Affiche les lignes qui contiennent ce texte dans une colonne quelconque (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>dbpulse::TimeSeriesChart</name>
    <message>
        <source>%1 %2: %3%4%5</source>
        <extracomment>A chart&apos;s tooltip: line name, time: value (%3 is &quot;≤ &quot; at the floor of a log scale) and unit</extracomment>
        <translation>%1 %2&#xa0;: %3%4%5</translation>
    </message>
</context>
<context>
    <name>dbpulse::TlsFields</name>
    <message>
        <source>&amp;Root certificate:</source>
        <translation>Certificat &amp;racine&#xa0;:</translation>
    </message>
    <message>
        <source>Root certificate</source>
        <translation>Certificat racine</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Certificats (*.crt *.pem *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>checks the server&apos;s certificate</source>
        <translation>vérifie le certificat du serveur</translation>
    </message>
    <message>
        <source>Client c&amp;ertificate:</source>
        <translation>Certificat c&amp;lient&#xa0;:</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Certificat client</translation>
    </message>
    <message>
        <source>only for certificate login</source>
        <translation>seulement pour l&apos;authentification par certificat</translation>
    </message>
    <message>
        <source>Client ke&amp;y:</source>
        <translation>Clé pri&amp;vée&#xa0;:</translation>
    </message>
    <message>
        <source>Client key</source>
        <translation>Clé client</translation>
    </message>
    <message>
        <source>Keys (*.key *.pem);;All files (*)</source>
        <translation>Clés (*.key *.pem);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>the client certificate&apos;s private key</source>
        <translation>la clé privée du certificat client</translation>
    </message>
    <message>
        <source>only if the key is encrypted; kept in the keychain</source>
        <translation>seulement si la clé est chiffrée&#xa0;; conservée dans le trousseau</translation>
    </message>
    <message>
        <source>Key pass&amp;phrase:</source>
        <translation>Phrase s&amp;ecrète de la clé&#xa0;:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>%1 checks the server&apos;s certificate against a root certificate. None is named here, so libpq reads ~/.postgresql/root.crt and refuses to connect without it.</source>
        <translation>%1 vérifie le certificat du serveur avec un certificat racine. Aucun n&apos;est indiqué ici&#xa0;: libpq lit donc ~/.postgresql/root.crt et refuse de se connecter sans lui.</translation>
    </message>
    <message>
        <source>%1 “%2” does not exist.</source>
        <translation>%1 «&#xa0;%2&#xa0;» n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Start a throwaway demo database (dbpulse-cli demo) and show it.</source>
        <translation>Lance une base de démonstration jetable (dbpulse-cli demo) et l&apos;affiche.</translation>
    </message>
    <message>
        <source>Open on page NAME: dashboard, queries, indexes, health, migrations or backups.</source>
        <translation>Ouvre la page NAME&#xa0;: dashboard, queries, indexes, health, migrations ou backups.</translation>
    </message>
    <message>
        <source>Save a PNG of the window to FILE, then quit.</source>
        <translation>Enregistre une capture PNG de la fenêtre dans FILE, puis quitte.</translation>
    </message>
    <message>
        <source>Seconds to wait before --screenshot (default 5).</source>
        <translation>Secondes d&apos;attente avant --screenshot (5 par défaut).</translation>
    </message>
    <message>
        <source>Quit after SECONDS.</source>
        <translation>Quitte au bout de SECONDS secondes.</translation>
    </message>
    <message>
        <source>Measure GUI-thread stalls (10 ms watchdog) and write {p50_ms, p99_ms, max_ms, samples, worst, first_frame_s, …} as JSON to FILE on exit.</source>
        <translation>Mesure les blocages du fil de l&apos;interface (chien de garde de 10 ms) et écrit {p50_ms, p99_ms, max_ms, samples, worst, first_frame_s, …} en JSON dans FILE à la sortie.</translation>
    </message>
    <message>
        <source>Live dashboard for PostgreSQL and SQLite databases.

TARGET is a postgresql:// URI, a libpq &quot;key=value&quot; string, @profile-name, sqlite:PATH or a .db/.sqlite file; each is connected as an ad-hoc connection.</source>
        <translation>Tableau de bord en direct pour bases PostgreSQL et SQLite.

TARGET est une URI postgresql://, une chaîne libpq «&#xa0;clé=valeur&#xa0;», @nom-de-profil, sqlite:CHEMIN ou un fichier .db/.sqlite&#xa0;; chacune est ouverte comme connexion ponctuelle.</translation>
    </message>
    <message>
        <source>Databases to connect to.</source>
        <translation>Bases de données auxquelles se connecter.</translation>
    </message>
    <message>
        <source>Invalid targets</source>
        <translation>Cibles non valides</translation>
    </message>
    <message>
        <source>These targets could not be used:

%1</source>
        <translation>Ces cibles n&apos;ont pas pu être utilisées&#xa0;:

%1</translation>
    </message>
    <message>
        <source>Colours for this run: system, light or dark (default: the one chosen in View &gt; Appearance).</source>
        <translation>Couleurs pour cette exécution&#xa0;: system, light ou dark (par défaut&#xa0;: celles choisies dans Affichage &gt; Apparence).</translation>
    </message>
</context>
</TS>
