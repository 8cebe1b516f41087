<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Advisor</name>
    <message>
        <source>the index advisor needs a PostgreSQL target</source>
        <translation>le conseiller d&apos;index nécessite une cible PostgreSQL</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <source> It is a partitioned index: DROP INDEX cannot run CONCURRENTLY and locks the table and its partitions.</source>
        <translation> C&apos;est un index partitionné : DROP INDEX ne peut pas s&apos;exécuter en CONCURRENTLY et verrouille la table et ses partitions.</translation>
    </message>
    <message>
        <source>%1 reclaimed, cheaper writes</source>
        <translation>%1 récupérés, écritures moins coûteuses</translation>
    </message>
    <message>
        <source>cheaper writes</source>
        <translation>écritures moins coûteuses</translation>
    </message>
    <message>
        <source>queries never use it and writes do not maintain it (its build stopped before it was ready)</source>
        <translation>aucune requête ne l&apos;utilise et les écritures ne le maintiennent pas (sa construction s&apos;est arrêtée avant qu&apos;il soit prêt)</translation>
    </message>
    <message>
        <source>queries never use it, but every write still maintains it and it still rejects duplicate keys</source>
        <translation>aucune requête ne l&apos;utilise, mais chaque écriture le maintient encore et il rejette toujours les clés en double</translation>
    </message>
    <message>
        <source>queries never use it, but every write still maintains it</source>
        <translation>aucune requête ne l&apos;utilise, mais chaque écriture le maintient encore</translation>
    </message>
    <message>
        <source>Index %1 is invalid (indisvalid = false), typically left by a failed CREATE INDEX CONCURRENTLY: %2. Drop it, then recreate it once the cause is fixed.</source>
        <translation>L&apos;index %1 est invalide (indisvalid = false), en général laissé par un CREATE INDEX CONCURRENTLY échoué : %2. Supprimez-le, puis recréez-le une fois la cause corrigée.</translation>
    </message>
    <message>
        <source>%1 reclaimed (writes do not maintain it)</source>
        <translation>%1 récupérés (les écritures ne le maintiennent pas)</translation>
    </message>
    <message>
        <source>Foreign key %1 (%2) → %3 has no index on the referencing columns: every delete or key update in %3 scans %4 (about %5 rows), and joins on the key cannot use an index.%6</source>
        <translation>La clé étrangère %1 (%2) → %3 n&apos;a pas d&apos;index sur les colonnes référençantes : chaque suppression ou mise à jour de clé dans %3 parcourt %4 (environ %5 lignes), et les jointures sur la clé ne peuvent utiliser aucun index.%6</translation>
    </message>
    <message>
        <source> Partitioned table: CREATE INDEX cannot run CONCURRENTLY and locks writes while it builds.</source>
        <translation> Table partitionnée : CREATE INDEX ne peut pas s&apos;exécuter en CONCURRENTLY et bloque les écritures pendant la construction.</translation>
    </message>
    <message>
        <source>index lookups instead of scans of %1 rows per referenced-row delete</source>
        <translation>accès par index au lieu de parcours de %1 lignes par suppression d&apos;une ligne référencée</translation>
    </message>
    <message>
        <source>estimated from statistics</source>
        <translation>estimé à partir des statistiques</translation>
    </message>
    <message>
        <source>measured with pgstattuple: leaf density %1%</source>
        <translation>mesuré avec pgstattuple : densité des feuilles %1 %</translation>
    </message>
    <message>
        <source>Index %1 is about %2% bloat (%3); size %4.</source>
        <translation>L&apos;index %1 est fragmenté à environ %2 % (%3) ; taille %4.</translation>
    </message>
    <message>
        <source>about %1 reclaimed</source>
        <translation>environ %1 récupérés</translation>
    </message>
    <message>
        <source>cannot read indexes: %1</source>
        <translation>impossible de lire les index : %1</translation>
    </message>
    <message>
        <source>cannot read foreign keys: %1</source>
        <translation>impossible de lire les clés étrangères : %1</translation>
    </message>
    <message>
        <source>cannot read the statistics window: %1</source>
        <translation>impossible de lire la fenêtre des statistiques : %1</translation>
    </message>
    <message numerus="yes">
        <source>Index %1 has %n scans in the %2; it is not a primary key, unique or exclusion index and backs no foreign key. Size %3.%4%5</source>
        <translation>
            <numerusform>L&apos;index %1 a été parcouru %n fois sur %2 ; ce n&apos;est ni une clé primaire, ni un index unique ou d&apos;exclusion, et il ne sert aucune clé étrangère. Taille %3.%4%5</numerusform>
            <numerusform>L&apos;index %1 a été parcouru %n fois sur %2 ; ce n&apos;est ni une clé primaire, ni un index unique ou d&apos;exclusion, et il ne sert aucune clé étrangère. Taille %3.%4%5</numerusform>
        </translation>
    </message>
    <message>
        <source>Index %1 has the same columns, method and predicate as %2%3, which stays. Every write maintains both.%4</source>
        <translation>L&apos;index %1 a les mêmes colonnes, la même méthode et le même prédicat que %2%3, qui est conservé. Chaque écriture maintient les deux.%4</translation>
    </message>
    <message>
        <source> (unique)</source>
        <translation> (unique)</translation>
    </message>
    <message>
        <source>Index %1 (%2) is a leading prefix of %3 (%4) with the same method and predicate; %3 serves the same lookups and stays.%5</source>
        <translation>L&apos;index %1 (%2) est un préfixe de tête de %3 (%4) avec la même méthode et le même prédicat ; %3 sert les mêmes recherches et est conservé.%5</translation>
    </message>
    <message>
        <source>Unused indexes are not judged: the server&apos;s start time could not be read, so the scan counters cover an unknown time.</source>
        <translation>Les index inutilisés ne sont pas évalués : l&apos;heure de démarrage du serveur n&apos;a pas pu être lue, les compteurs de parcours couvrent donc une durée inconnue.</translation>
    </message>
    <message>
        <source>Unused indexes are not judged yet: the scan counters cover only the %1, less than the %2 an index must go unscanned to be called unused; %3.</source>
        <translation>Les index inutilisés ne sont pas encore évalués : les compteurs de parcours ne couvrent que %1, moins que les %2 pendant lesquels un index doit rester non parcouru pour être jugé inutilisé ; %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n index(es) with at most %1 scans so far will be judged from %2</source>
        <translation>
            <numerusform>%n index avec au plus %1 parcours jusqu&apos;ici sera évalué à partir du %2</numerusform>
            <numerusform>%n index avec au plus %1 parcours jusqu&apos;ici seront évalués à partir du %2</numerusform>
        </translation>
    </message>
    <message>
        <source>they will be judged from %1</source>
        <translation>ils seront évalués à partir du %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 parameter value(s) given, but the statement has %n parameter(s)</source>
        <translation>
            <numerusform>%1 valeur(s) de paramètre fournie(s), mais l&apos;instruction a %n paramètre</numerusform>
            <numerusform>%1 valeur(s) de paramètre fournie(s), mais l&apos;instruction a %n paramètres</numerusform>
        </translation>
    </message>
    <message>
        <source>Generic plan: no parameter values were given.</source>
        <translation>Plan générique : aucune valeur de paramètre n&apos;a été fournie.</translation>
    </message>
    <message>
        <source>%1 (EXPLAIN ANALYZE runs in a read-only transaction: statements that write are only planned, never run)</source>
        <translation>%1 (EXPLAIN ANALYZE s&apos;exécute dans une transaction en lecture seule : les instructions qui écrivent sont seulement planifiées, jamais exécutées)</translation>
    </message>
    <message>
        <source>%1 typed %2</source>
        <translation>%1 typé(s) %2</translation>
    </message>
    <message>
        <source>The server could not infer every parameter&apos;s type (pg_stat_statements wrote constants as $n, e.g. 5 * 37 as $1 * $2): %1, as a literal there would be.</source>
        <translation>Le serveur n&apos;a pas pu déduire le type de chaque paramètre (pg_stat_statements a écrit les constantes sous la forme $n, p. ex. 5 * 37 en $1 * $2) : %1, comme le serait un littéral à cet endroit.</translation>
    </message>
    <message>
        <source>%1 was NULL: the plan may differ from real executions.</source>
        <translation>%1 valait NULL : le plan peut différer des exécutions réelles.</translation>
    </message>
    <message>
        <source>%1 and %2 were NULL: the plan may differ from real executions.</source>
        <translation>%1 et %2 valaient NULL : le plan peut différer des exécutions réelles.</translation>
    </message>
    <message>
        <source>Analyzed %1.</source>
        <translation>Analysé le %1.</translation>
    </message>
    <message>
        <source>Analyzed %1; index scan counters cover the %2.</source>
        <translation>Analysé le %1 ; les compteurs de parcours d&apos;index couvrent %2.</translation>
    </message>
    <message>
        <source>Analyzed %1; index scan counters cover the %2 (unused indexes judged: %3 or more needed).</source>
        <translation>Analysé le %1 ; les compteurs de parcours d&apos;index couvrent %2 (index inutilisés évalués : %3 ou plus nécessaires).</translation>
    </message>
    <message>
        <source>Analyzed %1; index scan counters cover the %2 (too short to judge unused indexes: %3 needed).</source>
        <translation>Analysé le %1 ; les compteurs de parcours d&apos;index couvrent %2 (trop court pour évaluer les index inutilisés : %3 nécessaires).</translation>
    </message>
    <message>
        <source>pgstattuple is not installed: index bloat is estimated from statistics.</source>
        <translation>pgstattuple n&apos;est pas installé : la fragmentation des index est estimée à partir des statistiques.</translation>
    </message>
    <message>
        <source>building the index on %1</source>
        <translation>construction de l&apos;index sur %1</translation>
    </message>
    <message>
        <source>applying %1 advice on %2</source>
        <translation>application de la recommandation %1 sur %2</translation>
    </message>
    <message>
        <source>Reading the affected statements&apos; latency before the change</source>
        <translation>Lecture de la latence des instructions concernées avant la modification</translation>
    </message>
    <message>
        <source>cancelled before the statement was sent</source>
        <translation>annulé avant l&apos;envoi de l&apos;instruction</translation>
    </message>
    <message>
        <source>%1 before over %2 calls; no calls since the statistics reset yet: %3</source>
        <translation>%1 avant sur %2 appels ; aucun appel depuis la réinitialisation des statistiques : %3</translation>
    </message>
    <message>
        <source>%1 before over %2 calls; no calls since yet: %3</source>
        <translation>%1 avant sur %2 appels ; aucun appel depuis : %3</translation>
    </message>
    <message>
        <source>%1× faster</source>
        <translation>%1× plus rapide</translation>
    </message>
    <message>
        <source>%1× slower</source>
        <translation>%1× plus lent</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>aucun changement</translation>
    </message>
    <message>
        <source>%1 → %2 ms (%3) over %4 calls since the statistics reset: %5</source>
        <translation>%1 → %2 ms (%3) sur %4 appels depuis la réinitialisation des statistiques : %5</translation>
    </message>
    <message>
        <source>%1 → %2 ms (%3) over %4 calls since: %5</source>
        <translation>%1 → %2 ms (%3) sur %4 appels depuis : %5</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>cannot lock %1</source>
        <translation>impossible de verrouiller %1</translation>
    </message>
    <message>
        <source>%1 (left as it is; the new record was not saved)</source>
        <translation>%1 (laissé tel quel ; le nouvel enregistrement n&apos;a pas été sauvegardé)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>the migrations folder %1 does not exist</source>
        <translation>le dossier de migrations %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>read all of index %1 on %2, which has no condition on its first key, filtering on %3</source>
        <translation>lecture complète de l&apos;index %1 sur %2 (aucune condition sur sa première clé), filtrée sur %3</translation>
    </message>
    <message>
        <source>scan %1 sequentially filtering on %2</source>
        <translation>parcours séquentiel de %1 filtré sur %2</translation>
    </message>
    <message>
        <source>scan %1 sequentially and sort the rows; an index on (%2) returns them in order</source>
        <translation>parcours séquentiel de %1 suivi d&apos;un tri ; un index sur (%2) les renvoie déjà dans l&apos;ordre</translation>
    </message>
    <message>
        <source>scan %1 sequentially to join it on %2; an index lets the join look rows up</source>
        <translation>parcours séquentiel de %1 pour la jointure sur %2 ; un index permet à la jointure de chercher les lignes directement</translation>
    </message>
    <message>
        <source>hypopg failed (%1): the remaining missing-index advice is heuristic.</source>
        <translation>hypopg a échoué (%1) : les recommandations d&apos;index manquants restantes sont heuristiques.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n statements could not be planned: permission denied for the sandbox role, which may only read. Statements that write or lock rows (UPDATE, DELETE, SELECT … FOR UPDATE) need those rights even to be planned, so their filters get no missing-index advice.</source>
        <translation>
            <numerusform>%1 instruction sur %n n&apos;a pas pu être planifiée : permission refusée au rôle bac à sable, qui ne peut que lire. Les instructions qui écrivent ou verrouillent des lignes (UPDATE, DELETE, SELECT … FOR UPDATE) ont besoin de ces droits même pour être planifiées ; leurs filtres n&apos;obtiennent donc aucune recommandation d&apos;index manquant.</numerusform>
            <numerusform>%1 instructions sur %n n&apos;ont pas pu être planifiées : permission refusée au rôle bac à sable, qui ne peut que lire. Les instructions qui écrivent ou verrouillent des lignes (UPDATE, DELETE, SELECT … FOR UPDATE) ont besoin de ces droits même pour être planifiées ; leurs filtres n&apos;obtiennent donc aucune recommandation d&apos;index manquant.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n statements could not be planned (parameter types the server cannot infer, temporary tables or a changed schema) and were skipped.</source>
        <translation>
            <numerusform>%1 instruction sur %n n&apos;a pas pu être planifiée (types de paramètres que le serveur ne peut pas déduire, tables temporaires ou schéma modifié) et a été ignorée.</numerusform>
            <numerusform>%1 instructions sur %n n&apos;ont pas pu être planifiées (types de paramètres que le serveur ne peut pas déduire, tables temporaires ou schéma modifié) et ont été ignorées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n statements have constants in arithmetic (pg_stat_statements writes &quot;5 * 37&quot; as &quot;$1 * $2&quot;, which the server cannot type): they were planned with those parameters typed as integer literals.</source>
        <translation>
            <numerusform>%1 instruction sur %n contient des constantes dans des calculs (pg_stat_statements écrit « 5 * 37 » sous la forme « $1 * $2 », que le serveur ne sait pas typer) : elles ont été planifiées avec ces paramètres typés comme des littéraux entiers.</numerusform>
            <numerusform>%1 instructions sur %n contiennent des constantes dans des calculs (pg_stat_statements écrit « 5 * 37 » sous la forme « $1 * $2 », que le serveur ne sait pas typer) : elles ont été planifiées avec ces paramètres typés comme des littéraux entiers.</numerusform>
        </translation>
    </message>
    <message>
        <source> The table had %1 sequential scans reading %2 rows.</source>
        <translation> La table a subi %1 parcours séquentiels lisant %2 lignes.</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) %1, e.g. &quot;%2&quot;. A hypothetical index (hypopg) is used and cuts the plan cost by %3%.%4%5</source>
        <translation>
            <numerusform>%n instruction : %1, p. ex. « %2 ». Un index hypothétique (hypopg) est utilisé et réduit le coût du plan de %3 %.%4%5</numerusform>
            <numerusform>%n instructions : %1, p. ex. « %2 ». Un index hypothétique (hypopg) est utilisé et réduit le coût du plan de %3 %.%4%5</numerusform>
        </translation>
    </message>
    <message>
        <source>cost %1 → %2 (−%3%) for %4 calls</source>
        <translation>coût %1 → %2 (−%3 %) pour %4 appels</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) %1 and keep about %2% of its rows, e.g. &quot;%3&quot;. Heuristic: not confirmed by a what-if plan (no hypopg).%4%5</source>
        <translation>
            <numerusform>%n instruction : %1, en gardant environ %2 % des lignes, p. ex. « %3 ». Heuristique : non confirmé par un plan hypothétique (pas de hypopg).%4%5</numerusform>
            <numerusform>%n instructions : %1, en gardant environ %2 % des lignes, p. ex. « %3 ». Heuristique : non confirmé par un plan hypothétique (pas de hypopg).%4%5</numerusform>
        </translation>
    </message>
    <message>
        <source>index scans instead of sequential scans of ~%1 rows for %2 calls</source>
        <translation>parcours d&apos;index au lieu de parcours séquentiels de ~%1 lignes pour %2 appels</translation>
    </message>
    <message numerus="yes">
        <source>No missing-index advice: %n recorded statement(s) not planned. Planning runs the functions of the roles that wrote them, so DB Pulse plans only as its powerless sandbox role; %1.</source>
        <translation>
            <numerusform>Aucune recommandation d&apos;index manquant : %n instruction enregistrée non planifiée. La planification exécute les fonctions des rôles qui les ont écrites, DB Pulse ne planifie donc qu&apos;avec son rôle bac à sable sans privilèges ; %1.</numerusform>
            <numerusform>Aucune recommandation d&apos;index manquant : %n instructions enregistrées non planifiées. La planification exécute les fonctions des rôles qui les ont écrites, DB Pulse ne planifie donc qu&apos;avec son rôle bac à sable sans privilèges ; %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>pg_stat_statements is not installed in this database: no missing-index advice (CREATE EXTENSION pg_stat_statements; it needs shared_preload_libraries).</source>
        <translation>pg_stat_statements n&apos;est pas installé dans cette base : aucune recommandation d&apos;index manquant (CREATE EXTENSION pg_stat_statements ; nécessite shared_preload_libraries).</translation>
    </message>
    <message>
        <source>hypopg is available but not installed in this database (CREATE EXTENSION hypopg): missing-index advice is heuristic, not confirmed by what-if plans.</source>
        <translation>hypopg est disponible mais pas installé dans cette base (CREATE EXTENSION hypopg) : les recommandations d&apos;index manquants sont heuristiques, non confirmées par des plans hypothétiques.</translation>
    </message>
    <message>
        <source>hypopg is not available: missing-index advice is heuristic, not confirmed by what-if plans.</source>
        <translation>hypopg n&apos;est pas disponible : les recommandations d&apos;index manquants sont heuristiques, non confirmées par des plans hypothétiques.</translation>
    </message>
    <message>
        <source>what-if plans (hypopg) switched off: missing-index advice is heuristic.</source>
        <translation>plans hypothétiques (hypopg) désactivés : les recommandations d&apos;index manquants sont heuristiques.</translation>
    </message>
    <message>
        <source>cannot read pg_stat_statements: %1 (a statement recorded in a database with another encoding, e.g. SQL_ASCII, is not valid in this one; pg_stat_statements_reset() clears it)</source>
        <translation>impossible de lire pg_stat_statements : %1 (une instruction enregistrée dans une base d&apos;un autre encodage, p. ex. SQL_ASCII, n&apos;est pas valide dans celle-ci ; pg_stat_statements_reset() l&apos;efface)</translation>
    </message>
    <message>
        <source>cannot read pg_stat_statements: %1</source>
        <translation>impossible de lire pg_stat_statements : %1</translation>
    </message>
    <message>
        <source>cheaper writes and a smaller file</source>
        <translation>écritures moins coûteuses et fichier plus petit</translation>
    </message>
    <message>
        <source>Index %1 has the same keys, order and collation as %2%3: one of them is enough.</source>
        <translation>L&apos;index %1 a les mêmes clés, le même ordre et la même collation que %2%3 : un seul des deux suffit.</translation>
    </message>
    <message>
        <source> (unique, kept)</source>
        <translation> (unique, conservé)</translation>
    </message>
    <message>
        <source>Index %1 (%2) is a leading prefix of %3 (%4), which serves the same lookups.</source>
        <translation>L&apos;index %1 (%2) est un préfixe de tête de %3 (%4), qui sert les mêmes recherches.</translation>
    </message>
    <message numerus="yes">
        <source>%n supplied statement(s) scan %1 without an index, e.g. &quot;%2&quot;. With an index on (%3) SQLite&apos;s planner searches instead (what-if plan on a copy of the schema).</source>
        <translation>
            <numerusform>%n instruction fournie parcourt %1 sans index, p. ex. « %2 ». Avec un index sur (%3), le planificateur de SQLite fait une recherche (plan hypothétique sur une copie du schéma).</numerusform>
            <numerusform>%n instructions fournies parcourent %1 sans index, p. ex. « %2 ». Avec un index sur (%3), le planificateur de SQLite fait une recherche (plan hypothétique sur une copie du schéma).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>index search instead of a full table scan for %n statement(s)</source>
        <translation>
            <numerusform>recherche par index au lieu d&apos;un parcours complet de la table pour %n instruction</numerusform>
            <numerusform>recherche par index au lieu d&apos;un parcours complet de la table pour %n instructions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n schema object(s) could not be recreated for what-if planning (virtual tables?); statements using them are not checked.</source>
        <translation>
            <numerusform>%n objet de schéma n&apos;a pas pu être recréé pour la planification hypothétique (tables virtuelles ?) ; les instructions qui l&apos;utilisent ne sont pas vérifiées.</numerusform>
            <numerusform>%n objets de schéma n&apos;ont pas pu être recréés pour la planification hypothétique (tables virtuelles ?) ; les instructions qui les utilisent ne sont pas vérifiées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n statements could not be planned (syntax, or objects this file does not have) and were skipped.</source>
        <translation>
            <numerusform>%1 instruction sur %n n&apos;a pas pu être planifiée (syntaxe, ou objets absents de ce fichier) et a été ignorée.</numerusform>
            <numerusform>%1 instructions sur %n n&apos;ont pas pu être planifiées (syntaxe, ou objets absents de ce fichier) et ont été ignorées.</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>cannot read the schema of %1: %2</source>
        <translation>impossible de lire le schéma de %1 : %2</translation>
    </message>
    <message>
        <source>SQLite keeps no statement statistics: supply the statements to check (--statements FILE) for missing-index advice.</source>
        <translation>SQLite ne tient pas de statistiques d&apos;instructions : fournissez les instructions à vérifier (--statements FICHIER) pour obtenir des recommandations d&apos;index manquants.</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <comment>days and hours</comment>
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <comment>days</comment>
        <translation>%1 j</translation>
    </message>
    <message>
        <source>an unknown time (the server&apos;s start time could not be read)</source>
        <translation>une durée inconnue (l&apos;heure de démarrage du serveur n&apos;a pas pu être lue)</translation>
    </message>
    <message>
        <source>%1 since the statistics were reset on %2</source>
        <translation>%1 depuis la réinitialisation des statistiques le %2</translation>
    </message>
    <message>
        <source>%1 since the server started on %2</source>
        <translation>%1 depuis le démarrage du serveur le %2</translation>
    </message>
    <message>
        <source>This server is a standby: its counters cover only the queries run on it; the primary and other standbys may use this index.</source>
        <translation>Ce serveur est un secondaire : ses compteurs ne couvrent que les requêtes exécutées sur lui ; le primaire et les autres secondaires peuvent utiliser cet index.</translation>
    </message>
    <message numerus="yes">
        <source>%n standby server(s) replicate from this one and keep their own counters: queries there may use this index — check pg_stat_user_indexes on each before dropping.</source>
        <translation>
            <numerusform>%n serveur secondaire réplique depuis celui-ci et tient ses propres compteurs : les requêtes qui y tournent peuvent utiliser cet index — vérifiez pg_stat_user_indexes sur celui-ci avant de le supprimer.</numerusform>
            <numerusform>%n serveurs secondaires répliquent depuis celui-ci et tiennent leurs propres compteurs : les requêtes qui y tournent peuvent utiliser cet index — vérifiez pg_stat_user_indexes sur chacun avant de le supprimer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>a COPY statement longer than %1 bytes</source>
        <translation>une instruction COPY de plus de %1 octets</translation>
    </message>
    <message>
        <source>cannot read the table of: %1</source>
        <translation>impossible de lire la table de : %1</translation>
    </message>
    <message>
        <source>the archive&apos;s data ends inside the rows of %1</source>
        <translation>les données de l&apos;archive s&apos;arrêtent au milieu des lignes de %1</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>impossible de créer %1 : %2</translation>
    </message>
    <message>
        <source>cannot read the server version: %1</source>
        <translation>impossible de lire la version du serveur : %1</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>Connexion à %1</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>connexion à %1 impossible : %2</translation>
    </message>
    <message>
        <source>Computing checksums</source>
        <translation>Calcul des sommes de contrôle</translation>
    </message>
    <message>
        <source>Dumping %1</source>
        <translation>Sauvegarde de %1</translation>
    </message>
    <message>
        <source>Starting pg_dump</source>
        <translation>Démarrage de pg_dump</translation>
    </message>
    <message>
        <source>could not write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>manifest.json: field &apos;%1&apos; is &apos;%2&apos;: %3</source>
        <translation>manifest.json : le champ &apos;%1&apos; vaut &apos;%2&apos; : %3</translation>
    </message>
    <message>
        <source>manifest.json is not valid JSON (%1)</source>
        <translation>manifest.json n&apos;est pas un JSON valide (%1)</translation>
    </message>
    <message>
        <source>manifest.json does not match its own checksum (edited or damaged)</source>
        <translation>manifest.json ne correspond pas à sa propre somme de contrôle (modifié ou endommagé)</translation>
    </message>
    <message>
        <source>manifest.json has an unsupported format version %1</source>
        <translation>manifest.json a une version de format %1 non prise en charge</translation>
    </message>
    <message>
        <source>manifest.json lists no archive files</source>
        <translation>manifest.json ne liste aucun fichier d&apos;archive</translation>
    </message>
    <message>
        <source>must be a plain file name inside the backup directory</source>
        <translation>doit être un simple nom de fichier dans le répertoire de sauvegarde</translation>
    </message>
    <message>
        <source>must be a relative path inside the backup directory, without &apos;..&apos;</source>
        <translation>doit être un chemin relatif dans le répertoire de sauvegarde, sans &apos;..&apos;</translation>
    </message>
    <message>
        <source>is not the archive &apos;%1&apos; nor inside it</source>
        <translation>n&apos;est ni l&apos;archive &apos;%1&apos; ni à l&apos;intérieur de celle-ci</translation>
    </message>
    <message>
        <source>%1: no such backup directory</source>
        <translation>%1 : répertoire de sauvegarde introuvable</translation>
    </message>
    <message>
        <source>is a symbolic link; refusing to follow it</source>
        <translation>est un lien symbolique ; refus de le suivre</translation>
    </message>
    <message>
        <source>resolves outside the backup directory</source>
        <translation>pointe hors du répertoire de sauvegarde</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>manifest.json is a symbolic link; refusing to follow it</source>
        <translation>manifest.json est un lien symbolique ; refus de le suivre</translation>
    </message>
    <message>
        <source>manifest.json is missing (not a complete backup)</source>
        <translation>manifest.json est absent (sauvegarde incomplète)</translation>
    </message>
    <message>
        <source>manifest.json cannot be read: %1</source>
        <translation>impossible de lire manifest.json : %1</translation>
    </message>
    <message>
        <source>jobs must be between 1 and 64</source>
        <translation>le nombre de jobs doit être compris entre 1 et 64</translation>
    </message>
    <message>
        <source>parallel jobs need the directory format (pg_dump can only dump in parallel into a directory)</source>
        <translation>les jobs parallèles nécessitent le format répertoire (pg_dump ne sauvegarde en parallèle que dans un répertoire)</translation>
    </message>
    <message>
        <source>compression level must be between 0 and 9</source>
        <translation>le niveau de compression doit être compris entre 0 et 9</translation>
    </message>
    <message>
        <source>schema-only and data-only exclude each other</source>
        <translation>schema-only et data-only s&apos;excluent mutuellement</translation>
    </message>
    <message>
        <source>symbolic link; never followed</source>
        <translation>lien symbolique ; jamais suivi</translation>
    </message>
    <message>
        <source>owned by another user</source>
        <translation>appartient à un autre utilisateur</translation>
    </message>
    <message>
        <source>%1; no in-progress marker, not removed by prune</source>
        <translation>%1 ; pas de marqueur « en cours », non supprimé par le nettoyage</translation>
    </message>
    <message>
        <source>%1; written %2 ago, may still be running</source>
        <translation>%1 ; écrit il y a %2, peut-être encore en cours</translation>
    </message>
    <message>
        <source>unfinished backup, last written %1 ago</source>
        <translation>sauvegarde inachevée, dernière écriture il y a %1</translation>
    </message>
    <message>
        <source>%1 fails verification: %2</source>
        <translation>%1 échoue à la vérification : %2</translation>
    </message>
    <message>
        <source>the manifest does not say which server or file; kept without --include-unknown</source>
        <translation>le manifeste n&apos;indique ni serveur ni fichier ; conservé sans --include-unknown</translation>
    </message>
    <message>
        <source>choose a connection</source>
        <translation>choisissez une connexion</translation>
    </message>
    <message>
        <source>choose a destination folder</source>
        <translation>choisissez un dossier de destination</translation>
    </message>
    <message>
        <source>choose a time of day</source>
        <translation>choisissez une heure de la journée</translation>
    </message>
    <message>
        <source>the connection holds a password; save it as a connection (the password goes to the keychain) or use ~/.pgpass</source>
        <translation>la connexion contient un mot de passe ; enregistrez-la comme connexion (le mot de passe va dans le trousseau) ou utilisez ~/.pgpass</translation>
    </message>
    <message>
        <source>retention counts must be 0 or more</source>
        <translation>les nombres de rétention doivent être positifs ou nuls</translation>
    </message>
    <message>
        <source>no such backup directory</source>
        <translation>répertoire de sauvegarde introuvable</translation>
    </message>
    <message>
        <source>size %1 bytes, the manifest says %2 (truncated or replaced)</source>
        <translation>taille %1 octets, le manifeste indique %2 (tronqué ou remplacé)</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>Vérification de %1</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>illisible : %1</translation>
    </message>
    <message>
        <source>SHA-256 differs from the manifest (damaged)</source>
        <translation>le SHA-256 diffère du manifeste (endommagé)</translation>
    </message>
    <message>
        <source>Reading the archive&apos;s table of contents</source>
        <translation>Lecture de la table des matières de l&apos;archive</translation>
    </message>
    <message>
        <source>pg_restore cannot read the archive: %1</source>
        <translation>pg_restore ne peut pas lire l&apos;archive : %1</translation>
    </message>
    <message>
        <source>the archive lists no entries</source>
        <translation>l&apos;archive ne contient aucune entrée</translation>
    </message>
    <message>
        <source>%1 files, %2 bytes match the manifest</source>
        <translation>%1 fichiers, %2 octets correspondent au manifeste</translation>
    </message>
    <message>
        <source>%1 is not a pg_dump archive</source>
        <translation>%1 n&apos;est pas une archive pg_dump</translation>
    </message>
    <message>
        <source>%1: the archive header is truncated or damaged</source>
        <translation>%1 : l&apos;en-tête de l&apos;archive est tronqué ou endommagé</translation>
    </message>
    <message>
        <source>the client key&apos;s passphrase (sslpassword) contains a line break, which pg_dump and pg_restore cannot be given safely</source>
        <translation>la phrase secrète de la clé client (sslpassword) contient un saut de ligne, qui ne peut pas être transmis sans risque à pg_dump et pg_restore</translation>
    </message>
    <message>
        <source>Install postgresql-client-%1 (or the server&apos;s own client package) or set %2 to its bin folder.</source>
        <translation>Installez postgresql-client-%1 (ou le paquet client du serveur) ou faites pointer %2 vers son dossier bin.</translation>
    </message>
    <message>
        <source>pg_dump was not found</source>
        <translation>pg_dump est introuvable</translation>
    </message>
    <message>
        <source>found %1, newer than the server&apos;s major version %2 (a newer pg_dump writes an archive the server&apos;s own pg_restore %2 cannot read)</source>
        <translation>trouvé %1, plus récent que la version majeure %2 du serveur (un pg_dump plus récent écrit une archive que le pg_restore %2 du serveur ne sait pas lire)</translation>
    </message>
    <message>
        <source>found %1, older than the server&apos;s major version %2 (an older pg_dump cannot dump a newer server faithfully)</source>
        <translation>trouvé %1, plus ancien que la version majeure %2 du serveur (un pg_dump plus ancien ne peut pas sauvegarder fidèlement un serveur plus récent)</translation>
    </message>
    <message>
        <source>found %1, not the server&apos;s major version %2 (a newer pg_dump writes an archive the server&apos;s own pg_restore %2 cannot read) (an older pg_dump cannot dump a newer server faithfully)</source>
        <translation>trouvé %1, pas la version majeure %2 du serveur (un pg_dump plus récent écrit une archive que le pg_restore %2 du serveur ne sait pas lire) (un pg_dump plus ancien ne peut pas sauvegarder fidèlement un serveur plus récent)</translation>
    </message>
    <message>
        <source>%1; looked for pg_dump %2 in %3. %4</source>
        <translation>%1 ; pg_dump %2 recherché dans %3. %4</translation>
    </message>
    <message>
        <source>the archive was written by pg_dump %1, which only pg_restore %1 or newer can read</source>
        <translation>l&apos;archive a été écrite par pg_dump %1, que seul pg_restore %1 ou plus récent sait lire</translation>
    </message>
    <message>
        <source>the target server is version %1, and an older pg_restore cannot restore into it faithfully</source>
        <translation>le serveur cible est en version %1, et un pg_restore plus ancien ne peut pas y restaurer fidèlement</translation>
    </message>
    <message>
        <source>no pg_restore fits: %1; found %2; looked for pg_restore %3 or newer in %4. %5</source>
        <translation>aucun pg_restore ne convient : %1 ; trouvé %2 ; pg_restore %3 ou plus récent recherché dans %4. %5</translation>
    </message>
    <message>
        <source>, and </source>
        <translation>, et </translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>restoring over an existing database replaces its contents: it needs --clean and --yes (or a new database)</source>
        <translation>restaurer par-dessus une base existante remplace son contenu : il faut --clean et --yes (ou une nouvelle base)</translation>
    </message>
    <message>
        <source>backup failed verification: %1</source>
        <translation>la sauvegarde a échoué à la vérification : %1</translation>
    </message>
    <message>
        <source>this is a PostgreSQL backup; restore it into a PostgreSQL server</source>
        <translation>ceci est une sauvegarde PostgreSQL ; restaurez-la dans un serveur PostgreSQL</translation>
    </message>
    <message>
        <source>the target names no database to restore over</source>
        <translation>la cible n&apos;indique aucune base à écraser par la restauration</translation>
    </message>
    <message>
        <source>database &quot;%1&quot; already exists; choose another name, or restore over it with --clean --yes</source>
        <translation>la base « %1 » existe déjà ; choisissez un autre nom, ou restaurez par-dessus avec --clean --yes</translation>
    </message>
    <message>
        <source>cannot create database &quot;%1&quot;: %2</source>
        <translation>impossible de créer la base « %1 » : %2</translation>
    </message>
    <message>
        <source>this is an SQLite backup; restore it into an SQLite file (sqlite:PATH)</source>
        <translation>ceci est une sauvegarde SQLite ; restaurez-la dans un fichier SQLite (sqlite:CHEMIN)</translation>
    </message>
    <message>
        <source>the backup changed while it was being restored</source>
        <translation>la sauvegarde a changé pendant la restauration</translation>
    </message>
    <message>
        <source>cannot create a scratch folder in %1</source>
        <translation>impossible de créer un dossier de travail dans %1</translation>
    </message>
    <message>
        <source>the test restore failed: %1</source>
        <translation>la restauration de test a échoué : %1</translation>
    </message>
    <message>
        <source>Counting rows</source>
        <translation>Comptage des lignes</translation>
    </message>
    <message>
        <source>%1: missing after the restore</source>
        <translation>%1 : absente après la restauration</translation>
    </message>
    <message>
        <source>%1: %2 rows, the manifest says %3</source>
        <translation>%1 : %2 lignes, le manifeste en indique %3</translation>
    </message>
    <message>
        <source>row counts differ: %1 (and %2 more)</source>
        <translation>les nombres de lignes diffèrent : %1 (et %2 de plus)</translation>
    </message>
    <message>
        <source>row counts differ: %1</source>
        <translation>les nombres de lignes diffèrent : %1</translation>
    </message>
    <message>
        <source>restored cleanly; the manifest has no row counts to compare</source>
        <translation>restauration propre ; le manifeste ne contient pas de nombres de lignes à comparer</translation>
    </message>
    <message numerus="yes">
        <source>%n tables, %1 rows match the manifest</source>
        <translation>
            <numerusform>%n table, %1 lignes correspondent au manifeste</numerusform>
            <numerusform>%n tables, %1 lignes correspondent au manifeste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n restored table(s) not counted in the manifest: %2%3</source>
        <translation>
            <numerusform>%1 ; %n table restaurée non comptée dans le manifeste : %2%3</numerusform>
            <numerusform>%1 ; %n tables restaurées non comptées dans le manifeste : %2%3</numerusform>
        </translation>
    </message>
    <message>
        <source>a data-only backup has no tables to restore into an empty database</source>
        <translation>une sauvegarde des seules données n&apos;a pas de tables à restaurer dans une base vide</translation>
    </message>
    <message>
        <source>this is a PostgreSQL backup; test-restore it on a PostgreSQL server</source>
        <translation>ceci est une sauvegarde PostgreSQL ; testez sa restauration sur un serveur PostgreSQL</translation>
    </message>
    <message>
        <source>Counting the archive&apos;s rows</source>
        <translation>Comptage des lignes de l&apos;archive</translation>
    </message>
    <message>
        <source>cannot count the archive&apos;s rows: %1</source>
        <translation>impossible de compter les lignes de l&apos;archive : %1</translation>
    </message>
    <message>
        <source>cannot create the scratch database: %1</source>
        <translation>impossible de créer la base de travail : %1</translation>
    </message>
    <message>
        <source>cannot connect to the scratch database: %1</source>
        <translation>connexion à la base de travail impossible : %1</translation>
    </message>
    <message>
        <source>cannot count the restored rows: %1</source>
        <translation>impossible de compter les lignes restaurées : %1</translation>
    </message>
    <message>
        <source>Dropping the scratch database</source>
        <translation>Suppression de la base de travail</translation>
    </message>
    <message>
        <source>newest verified backup</source>
        <translation>sauvegarde vérifiée la plus récente</translation>
    </message>
    <message>
        <source>not needed by any rule</source>
        <translation>requise par aucune règle</translation>
    </message>
    <message>
        <source>Copied %1 of %2 pages</source>
        <translation>%1 pages sur %2 copiées</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>the QtSql SQLite driver gave no handle</source>
        <translation>le pilote SQLite de QtSql n&apos;a fourni aucun handle</translation>
    </message>
    <message>
        <source>integrity check: %1</source>
        <translation>contrôle d&apos;intégrité : %1</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file, or replace it with --clean --yes</source>
        <translation>%1 existe déjà ; choisissez un nouveau fichier, ou remplacez-le avec --clean --yes</translation>
    </message>
    <message>
        <source>cannot move the restored file to %1</source>
        <translation>impossible de déplacer le fichier restauré vers %1</translation>
    </message>
    <message>
        <source>cannot count the rows of %1: %2</source>
        <translation>impossible de compter les lignes de %1 : %2</translation>
    </message>
    <message>
        <source>%1 failed (exit code %2): %3</source>
        <translation>%1 a échoué (code de sortie %2) : %3</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>impossible de démarrer %1 : %2</translation>
    </message>
    <message>
        <source>writing the output of %1 failed</source>
        <translation>l&apos;écriture de la sortie de %1 a échoué</translation>
    </message>
    <message>
        <source>%1 crashed</source>
        <translation>%1 a planté</translation>
    </message>
</context>
<context>
    <name>CheckLabel</name>
    <message>
        <source>Connection use</source>
        <translation>Utilisation des connexions</translation>
    </message>
    <message>
        <source>Idle in transaction</source>
        <translation>Inactif en transaction</translation>
    </message>
    <message>
        <source>Long-running queries</source>
        <translation>Requêtes longues</translation>
    </message>
    <message>
        <source>Blocking locks</source>
        <translation>Verrous bloquants</translation>
    </message>
    <message>
        <source>Invalid indexes</source>
        <translation>Index invalides</translation>
    </message>
    <message>
        <source>Constraints not validated</source>
        <translation>Contraintes non validées</translation>
    </message>
    <message>
        <source>Rows without their parent</source>
        <translation>Lignes sans parent</translation>
    </message>
    <message>
        <source>Cache hit ratio</source>
        <translation>Taux de succès du cache</translation>
    </message>
    <message>
        <source>Dead tuples</source>
        <translation>Tuples morts</translation>
    </message>
    <message>
        <source>Autovacuum behind</source>
        <translation>Autovacuum en retard</translation>
    </message>
    <message>
        <source>Transaction ID wraparound</source>
        <translation>Rebouclage des identifiants de transaction</translation>
    </message>
    <message>
        <source>Table and index bloat</source>
        <translation>Fragmentation des tables et des index</translation>
    </message>
    <message>
        <source>Unused indexes</source>
        <translation>Index inutilisés</translation>
    </message>
    <message>
        <source>Duplicate indexes</source>
        <translation>Index en double</translation>
    </message>
    <message>
        <source>Statement statistics (pg_stat_statements)</source>
        <translation>Statistiques des instructions (pg_stat_statements)</translation>
    </message>
    <message>
        <source>Risky settings</source>
        <translation>Paramètres risqués</translation>
    </message>
    <message>
        <source>Statements over budget</source>
        <translation>Instructions hors budget</translation>
    </message>
    <message>
        <source>Integrity check</source>
        <translation>Contrôle d&apos;intégrité</translation>
    </message>
    <message>
        <source>Foreign key check</source>
        <translation>Contrôle des clés étrangères</translation>
    </message>
    <message>
        <source>Free pages</source>
        <translation>Pages libres</translation>
    </message>
    <message>
        <source>Journal mode</source>
        <translation>Mode de journalisation</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>unencrypted</source>
        <translation>non chiffrée</translation>
    </message>
    <message>
        <source>the connection to %1 is not encrypted: passwords and data cross the network in clear text; use sslmode=verify-full with the server&apos;s root certificate</source>
        <translation>la connexion à %1 n&apos;est pas chiffrée : mots de passe et données traversent le réseau en clair ; utilisez sslmode=verify-full avec le certificat racine du serveur</translation>
    </message>
    <message>
        <source>timed out after %1 s while connecting to %2:%3</source>
        <translation>délai dépassé après %1 s lors de la connexion à %2:%3</translation>
    </message>
    <message>
        <source>out of memory starting a connection</source>
        <translation>mémoire insuffisante à l&apos;ouverture d&apos;une connexion</translation>
    </message>
    <message>
        <source>connection closed</source>
        <translation>connexion fermée</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <source>connection failed</source>
        <translation>échec de la connexion</translation>
    </message>
    <message>
        <source>session setup failed: %1</source>
        <translation>échec de la préparation de la session : %1</translation>
    </message>
    <message>
        <source>connection to the server was lost</source>
        <translation>la connexion au serveur a été perdue</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; not writing through it</source>
        <translation>%1 est un lien symbolique ; pas d&apos;écriture à travers lui</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>mémoire insuffisante</translation>
    </message>
    <message>
        <source>cancelled while connecting</source>
        <translation>annulé pendant la connexion</translation>
    </message>
    <message>
        <source>timeout expired after %1 s (connect_timeout)</source>
        <translation>délai expiré après %1 s (connect_timeout)</translation>
    </message>
    <message>
        <source>could not prepare the session: %1</source>
        <translation>la session n&apos;a pas pu être préparée : %1</translation>
    </message>
    <message>
        <source>member of %1</source>
        <translation>membre de %1</translation>
    </message>
    <message>
        <source>role %1 exists and is not powerless (%2): DB Pulse will not plan as it; drop or fix it first</source>
        <translation>le rôle %1 existe et n&apos;est pas dépourvu de droits (%2) : DB Pulse ne planifiera pas avec lui ; supprimez-le ou corrigez-le d&apos;abord</translation>
    </message>
    <message>
        <source>could not encrypt the sandbox password: %1</source>
        <translation>le mot de passe du bac à sable n&apos;a pas pu être chiffré : %1</translation>
    </message>
    <message>
        <source>the sandbox role %1 does not exist on this server (dbpulse-cli sandbox create TARGET sets it up)</source>
        <translation>le rôle bac à sable %1 n&apos;existe pas sur ce serveur (dbpulse-cli sandbox create CIBLE le met en place)</translation>
    </message>
    <message>
        <source>could not log in as the sandbox role %1: %2 (its password belongs in the password file, which dbpulse-cli sandbox create writes)</source>
        <translation>connexion impossible avec le rôle bac à sable %1 : %2 (son mot de passe doit figurer dans le fichier de mots de passe qu&apos;écrit dbpulse-cli sandbox create)</translation>
    </message>
    <message>
        <source>the sandbox role %1 is not powerless (%2): nothing is planned as it</source>
        <translation>le rôle bac à sable %1 n&apos;est pas dépourvu de droits (%2) : rien n&apos;est planifié avec lui</translation>
    </message>
    <message>
        <source>the role is ready but its password could not be saved: %1</source>
        <translation>le rôle est prêt mais son mot de passe n&apos;a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>backend %1 has already ended; nothing was signalled</source>
        <translation>le backend %1 est déjà terminé ; aucun signal n&apos;a été envoyé</translation>
    </message>
    <message>
        <source>backend %1 was not signalled (it may have ended already)</source>
        <translation>le backend %1 n&apos;a pas reçu de signal (il est peut-être déjà terminé)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the SQLite target names no file</source>
        <translation>&apos;%1&apos; : la cible SQLite n&apos;indique aucun fichier</translation>
    </message>
    <message>
        <source>SQLite file not found: %1</source>
        <translation>fichier SQLite introuvable : %1</translation>
    </message>
    <message>
        <source>not a file: %1</source>
        <translation>n&apos;est pas un fichier : %1</translation>
    </message>
    <message>
        <source>empty target: give a postgresql:// URI, key=value settings, @profile, sqlite:PATH or a .db/.sqlite file</source>
        <translation>cible vide : indiquez une URI postgresql://, des paramètres clé=valeur, @profil, sqlite:CHEMIN ou un fichier .db/.sqlite</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: no saved connections are available here</source>
        <translation>&apos;%1&apos; : aucune connexion enregistrée n&apos;est disponible ici</translation>
    </message>
    <message>
        <source>no saved connection named &apos;%1&apos;</source>
        <translation>aucune connexion enregistrée nommée &apos;%1&apos;</translation>
    </message>
    <message>
        <source>malformed connection string: %1</source>
        <translation>chaîne de connexion mal formée : %1</translation>
    </message>
    <message>
        <source>malformed connection string: invalid port number &quot;%1&quot;</source>
        <translation>chaîne de connexion mal formée : numéro de port « %1 » invalide</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a target: give a postgresql:// URI, key=value settings (e.g. &quot;host=db1 dbname=app&quot;), @profile, sqlite:PATH or a .db/.sqlite/.sqlite3 file</source>
        <translation>&apos;%1&apos; n&apos;est pas une cible : indiquez une URI postgresql://, des paramètres clé=valeur (p. ex. « host=db1 dbname=app »), @profil, sqlite:CHEMIN ou un fichier .db/.sqlite/.sqlite3</translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <source>system keychain</source>
        <translation>trousseau du système</translation>
    </message>
    <message>
        <source>this session only</source>
        <translation>cette session uniquement</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>creating database %1…</source>
        <translation>création de la base %1…</translation>
    </message>
    <message>
        <source>seeding… %1 customers, %2 products</source>
        <translation>génération des données… %1 clients, %2 produits</translation>
    </message>
    <message>
        <source>seeding… %1 orders, %2 order items</source>
        <translation>génération des données… %1 commandes, %2 lignes de commande</translation>
    </message>
    <message>
        <source>seeding… %1 payments, %2 events</source>
        <translation>génération des données… %1 paiements, %2 événements</translation>
    </message>
    <message>
        <source>planting flaws and analyzing…</source>
        <translation>insertion des défauts et analyse…</translation>
    </message>
    <message>
        <source>seeded %1 in %2 s</source>
        <translation>%1 alimentée en %2 s</translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message>
        <source>index advisor: %1</source>
        <translation>conseiller d&apos;index : %1</translation>
    </message>
    <message>
        <source>estimated from statistics (%1 rows of about %2 bytes in %3 pages; pgstattuple would measure it)</source>
        <translation>estimé à partir des statistiques (%1 lignes d&apos;environ %2 octets dans %3 pages ; pgstattuple le mesurerait)</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 et %2 de plus</translation>
    </message>
    <message numerus="yes">
        <source>not checked: the bloat of %n table(s) cannot be measured or estimated by this role — pg_stats hides the columns of tables it may not SELECT, and pgstattuple_approx %1: %2</source>
        <translation>
            <numerusform>non vérifié : ce rôle ne peut ni mesurer ni estimer la fragmentation de %n table — pg_stats masque les colonnes des tables qu&apos;il ne peut pas lire par SELECT, et pgstattuple_approx %1 : %2</numerusform>
            <numerusform>non vérifié : ce rôle ne peut ni mesurer ni estimer la fragmentation de %n tables — pg_stats masque les colonnes des tables qu&apos;il ne peut pas lire par SELECT, et pgstattuple_approx %1 : %2</numerusform>
        </translation>
    </message>
    <message>
        <source>needs pg_stat_scan_tables (part of pg_monitor)</source>
        <translation>nécessite pg_stat_scan_tables (inclus dans pg_monitor)</translation>
    </message>
    <message>
        <source>is not installed</source>
        <translation>n&apos;est pas installé</translation>
    </message>
    <message>
        <source>CREATE EXTENSION pgstattuple;  -- pg_monitor members may then measure every table</source>
        <translation>CREATE EXTENSION pgstattuple;  -- les membres de pg_monitor pourront alors mesurer chaque table</translation>
    </message>
    <message>
        <source>bloat: measuring %1/%2 %3</source>
        <translation>fragmentation : mesure %1/%2 %3</translation>
    </message>
    <message>
        <source>measured with pgstattuple_approx (%1% of pages scanned)</source>
        <translation>mesuré avec pgstattuple_approx (%1 % des pages parcourues)</translation>
    </message>
    <message>
        <source>never analyzed: the planner guesses its row counts and its bloat cannot be estimated%1</source>
        <translation>jamais analysée : le planificateur devine son nombre de lignes et sa fragmentation ne peut pas être estimée%1</translation>
    </message>
    <message>
        <source> (pgstattuple: %1)</source>
        <translation> (pgstattuple : %1)</translation>
    </message>
    <message>
        <source>no statistics</source>
        <translation>pas de statistiques</translation>
    </message>
    <message>
        <source>analyzed</source>
        <translation>analysée</translation>
    </message>
    <message>
        <source>%1 after pgstattuple_approx failed: %2</source>
        <translation>%1 après l&apos;échec de pgstattuple_approx : %2</translation>
    </message>
    <message>
        <source>about %1 of %2 (%3) is dead rows or free space, %4; VACUUM makes it reusable but does not give it back</source>
        <translation>environ %1 de %2 (%3) sont des lignes mortes ou de l&apos;espace libre, %4 ; VACUUM le rend réutilisable mais ne le rend pas au système</translation>
    </message>
    <message>
        <source>-- rewrite it online with pg_repack, or with an ACCESS EXCLUSIVE lock for the whole rewrite:
VACUUM (FULL, ANALYZE) %1;</source>
        <translation>-- la réécrire en ligne avec pg_repack, ou avec un verrou ACCESS EXCLUSIVE pendant toute la réécriture :
VACUUM (FULL, ANALYZE) %1;</translation>
    </message>
    <message>
        <source>%1 On %2; %3.</source>
        <translation>%1 Sur %2 ; %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) of %1 or more judged (%2 without statistics), no btree index bloated</source>
        <translation>
            <numerusform>%n table de %1 ou plus évaluée (%2 sans statistiques), aucun index btree fragmenté</numerusform>
            <numerusform>%n tables de %1 ou plus évaluées (%2 sans statistiques), aucun index btree fragmenté</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>row locks</source>
        <translation>verrous de ligne</translation>
    </message>
    <message>
        <source>table locks</source>
        <translation>verrous de table</translation>
    </message>
    <message>
        <source>advisory locks</source>
        <translation>verrous consultatifs</translation>
    </message>
    <message>
        <source>locks</source>
        <translation>verrous</translation>
    </message>
    <message>
        <source>pg_stat_activity could not be read: %1</source>
        <translation>pg_stat_activity n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>pg_stat_activity has no query_id before PostgreSQL 14</source>
        <translation>pg_stat_activity n&apos;a pas de query_id avant PostgreSQL 14</translation>
    </message>
    <message>
        <source>compute_query_id is off, so pg_stat_activity shows no query_id</source>
        <translation>compute_query_id est désactivé, pg_stat_activity n&apos;affiche donc pas de query_id</translation>
    </message>
    <message>
        <source>wait information not available (%1)</source>
        <translation>informations d&apos;attente indisponibles (%1)</translation>
    </message>
    <message numerus="yes">
        <source>wait information not available (no execution of it was running in the %n sample(s) of pg_stat_activity the last %1 doctor run(s) took)</source>
        <translation>
            <numerusform>informations d&apos;attente indisponibles (aucune exécution n&apos;était en cours dans le %n échantillon de pg_stat_activity pris par les %1 derniers passages du diagnostic)</numerusform>
            <numerusform>informations d&apos;attente indisponibles (aucune exécution n&apos;était en cours dans les %n échantillons de pg_stat_activity pris par les %1 derniers passages du diagnostic)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %1 of %n samples</source>
        <translation>
            <numerusform>dans %1 échantillon sur %n</numerusform>
            <numerusform>dans %1 échantillons sur %n</numerusform>
        </translation>
    </message>
    <message>
        <source>waited on %1 (%2) %3 — look at the blocking session, not the plan</source>
        <translation>a attendu des %1 (%2) %3 — examinez la session bloquante, pas le plan</translation>
    </message>
    <message>
        <source>waited on I/O (%1) %2 — its time went to reading or writing, look at what it reads and the cache before the plan</source>
        <translation>a attendu des E/S (%1) %2 — son temps est passé à lire ou écrire ; examinez ce qu&apos;elle lit et le cache avant le plan</translation>
    </message>
    <message>
        <source>waited on server-internal locks (%1) %2 — contention with other sessions, not its plan</source>
        <translation>a attendu des verrous internes du serveur (%1) %2 — contention avec les autres sessions, pas son plan</translation>
    </message>
    <message>
        <source>ran on CPU in %1 of %2 samples, not waiting on locks — the statement itself is slow</source>
        <translation>tournait sur le CPU dans %1 échantillons sur %2, sans attendre de verrous — c&apos;est l&apos;instruction elle-même qui est lente</translation>
    </message>
    <message>
        <source>mostly in its own waits (%1 in %2 of %3 samples), not on locks — the statement itself is slow</source>
        <translation>surtout dans ses propres attentes (%1 dans %2 échantillons sur %3), pas sur des verrous — c&apos;est l&apos;instruction elle-même qui est lente</translation>
    </message>
    <message>
        <source>-- it waited on %1 other sessions held: find who holds them while it waits (blocking_locks,
-- the dashboard&apos;s blocking tree, dbpulse-cli watch), not its plan:
SELECT pid, pg_blocking_pids(pid) AS blocked_by, wait_event_type, wait_event, now() - query_start AS waiting
FROM pg_stat_activity WHERE query_id = %2;
-- then shorten the blocking transactions (commit sooner, take locks in one order);
-- lock_timeout bounds how long it waits.</source>
        <translation>-- elle a attendu des %1 détenus par d&apos;autres sessions : trouvez qui les détient pendant qu&apos;elle attend (blocking_locks,
-- l&apos;arbre de blocage du tableau de bord, dbpulse-cli watch), pas son plan :
SELECT pid, pg_blocking_pids(pid) AS blocked_by, wait_event_type, wait_event, now() - query_start AS waiting
FROM pg_stat_activity WHERE query_id = %2;
-- puis raccourcissez les transactions bloquantes (valider plus tôt, prendre les verrous dans un ordre fixe) ;
-- lock_timeout borne la durée de son attente.</translation>
    </message>
    <message>
        <source>-- it waited on %1: contention inside the server with the sessions running beside it,
-- not its plan. What else waits on the same event:
SELECT wait_event_type, wait_event, count(*) FROM pg_stat_activity
WHERE state = &apos;active&apos; GROUP BY 1, 2 ORDER BY 3 DESC;</source>
        <translation>-- elle a attendu %1 : contention dans le serveur avec les sessions qui tournent à côté,
-- pas son plan. Ce qui attend aussi le même événement :
SELECT wait_event_type, wait_event, count(*) FROM pg_stat_activity
WHERE state = &apos;active&apos; GROUP BY 1, 2 ORDER BY 3 DESC;</translation>
    </message>
    <message>
        <source>-- it waited on I/O (%1): see cache_hit and shared_buffers; with track_io_timing on,
-- pg_stat_statements&apos; blk_read_time says how much of its time was reading.</source>
        <translation>-- elle a attendu des E/S (%1) : voir cache_hit et shared_buffers ; avec track_io_timing activé,
-- le blk_read_time de pg_stat_statements indique quelle part de son temps a servi à lire.</translation>
    </message>
    <message>
        <source>the index advisor needs a PostgreSQL target</source>
        <translation>le conseiller d&apos;index nécessite une cible PostgreSQL</translation>
    </message>
    <message>
        <source>not checked: needs %1</source>
        <translation>non vérifié : nécessite %1</translation>
    </message>
    <message>
        <source>%1; orphan_rows found %2 row(s) that would make VALIDATE fail</source>
        <translation>%1 ; orphan_rows a trouvé %2 ligne(s) qui feraient échouer VALIDATE</translation>
    </message>
    <message>
        <source>-- VALIDATE CONSTRAINT would fail while %1 orphan row(s) exist; fix them first:
%2</source>
        <translation>-- VALIDATE CONSTRAINT échouerait tant que %1 ligne(s) orpheline(s) existe(nt) ; corrigez-les d&apos;abord :
%2</translation>
    </message>
    <message>
        <source>not checked: timed out after %1 ms (statement_timeout)</source>
        <translation>non vérifié : délai dépassé après %1 ms (statement_timeout)</translation>
    </message>
    <message>
        <source>-- run it alone with more time: --checks %1 --thresholds with {&quot;check_timeout_ms&quot;: 60000}</source>
        <translation>-- lancez-le seul avec plus de temps : --checks %1 --thresholds avec {&quot;check_timeout_ms&quot;: 60000}</translation>
    </message>
    <message>
        <source>not checked: waited more than %1 ms for a lock (another session holds a conflicting lock)</source>
        <translation>non vérifié : plus de %1 ms d&apos;attente pour un verrou (une autre session détient un verrou en conflit)</translation>
    </message>
    <message>
        <source>-- see blocking_locks for who holds it</source>
        <translation>-- voir blocking_locks pour savoir qui le détient</translation>
    </message>
    <message>
        <source>not checked: needs more privileges (%1)</source>
        <translation>non vérifié : nécessite plus de privilèges (%1)</translation>
    </message>
    <message>
        <source>not checked: check failed: %1</source>
        <translation>non vérifié : le contrôle a échoué : %1</translation>
    </message>
    <message>
        <source>unknown check &quot;%1&quot;; checks are: %2</source>
        <translation>contrôle « %1 » inconnu ; contrôles disponibles : %2</translation>
    </message>
    <message>
        <source>nothing found</source>
        <translation>rien trouvé</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>not checked: the connection was lost</source>
        <translation>non vérifié : la connexion a été perdue</translation>
    </message>
    <message>
        <source>connecting to %1</source>
        <translation>connexion à %1</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>connexion à %1 impossible : %2</translation>
    </message>
    <message>
        <source>ok</source>
        <comment>severity in &quot;1 ok problem&quot;</comment>
        <translation>ok</translation>
    </message>
    <message>
        <source>info</source>
        <comment>severity in &quot;1 info problem&quot;</comment>
        <translation>info</translation>
    </message>
    <message>
        <source>warning</source>
        <comment>severity in &quot;1 warning problem&quot;</comment>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>critical</source>
        <comment>severity in &quot;1 critical problem&quot;</comment>
        <translation>critique</translation>
    </message>
    <message>
        <source>, counted once with %1</source>
        <translation>, compté une fois avec %1</translation>
    </message>
    <message>
        <source> (floored at 0)</source>
        <translation> (plancher à 0)</translation>
    </message>
    <message numerus="yes">
        <source>over all %n checks</source>
        <translation>
            <numerusform>sur %n contrôle</numerusform>
            <numerusform>sur les %n contrôles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>over %1 of %n checks</source>
        <translation>
            <numerusform>sur %1 contrôle sur %n</numerusform>
            <numerusform>sur %1 contrôles sur %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2 not checked; %3 checked only in part</source>
        <translation>%1 ; %2 non vérifié(s) ; %3 vérifié(s) en partie seulement</translation>
    </message>
    <message>
        <source>%1; %2 not checked</source>
        <translation>%1 ; %2 non vérifié(s)</translation>
    </message>
    <message>
        <source>%1; %2 checked only in part</source>
        <translation>%1 ; %2 vérifié(s) en partie seulement</translation>
    </message>
    <message>
        <source>score %1 %2</source>
        <translation>score %1 %2</translation>
    </message>
    <message>
        <source>Score %1 %2: nothing found costs points.</source>
        <translation>Score %1 %2 : rien de trouvé ne coûte de points.</translation>
    </message>
    <message>
        <source>1 problem costs 1 point</source>
        <translation>1 problème coûte 1 point</translation>
    </message>
    <message numerus="yes">
        <source>1 problem costs %n points</source>
        <translation>
            <numerusform>1 problème coûte %n point</numerusform>
            <numerusform>1 problème coûte %n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 problems cost %n points</source>
        <translation>
            <numerusform>%1 problèmes coûtent %n point</numerusform>
            <numerusform>%1 problèmes coûtent %n points</numerusform>
        </translation>
    </message>
    <message>
        <source>Score %1 %2: %3 (the score stops at 0).</source>
        <translation>Score %1 %2 : %3 (le score s&apos;arrête à 0).</translation>
    </message>
    <message>
        <source>Score %1 %2: %3.</source>
        <translation>Score %1 %2 : %3.</translation>
    </message>
    <message>
        <source>−%1 %2: 1 %3 problem</source>
        <translation>−%1 %2 : 1 problème (%3)</translation>
    </message>
    <message numerus="yes">
        <source>−%1 %2: %n problems, the worst %3</source>
        <translation>
            <numerusform>−%1 %2 : %n problème, le plus grave : %3</numerusform>
            <numerusform>−%1 %2 : %n problèmes, le plus grave : %3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, capped at %2 points for one check</source>
        <translation>%1, plafonné à %2 points par contrôle</translation>
    </message>
    <message>
        <source>%1, counted once with %2</source>
        <translation>%1, compté une fois avec %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 n&apos;est pas un objet JSON : %2</translation>
    </message>
    <message>
        <source>%1: &quot;throwaway_cluster&quot; needs true or false</source>
        <translation>%1 : « throwaway_cluster » attend true ou false</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; needs a non-negative number</source>
        <translation>%1 : « %2 » attend un nombre positif ou nul</translation>
    </message>
    <message>
        <source>%1: unknown threshold &quot;%2&quot;</source>
        <translation>%1 : seuil « %2 » inconnu</translation>
    </message>
    <message>
        <source>%1: &quot;budget_sustained_intervals&quot; needs 1 or more and at most &quot;budget_window_intervals&quot;</source>
        <translation>%1 : « budget_sustained_intervals » attend 1 ou plus, et au plus « budget_window_intervals »</translation>
    </message>
    <message>
        <source>%1: &quot;budget_wait_samples&quot; times &quot;budget_wait_interval_ms&quot; must stay within 60000 ms</source>
        <translation>%1 : « budget_wait_samples » fois « budget_wait_interval_ms » ne doit pas dépasser 60000 ms</translation>
    </message>
    <message>
        <source>index scan counters over %1 days (%2)</source>
        <translation>compteurs de parcours d&apos;index sur %1 jours (%2)</translation>
    </message>
    <message>
        <source>0 scans</source>
        <translation>0 parcours</translation>
    </message>
    <message>
        <source>&gt; 0 scans</source>
        <translation>&gt; 0 parcours</translation>
    </message>
    <message numerus="yes">
        <source>%n more unused indexes, smaller than those listed (dbpulse-cli indexes lists all)</source>
        <translation>
            <numerusform>%n autre index inutilisé, plus petit que ceux listés (dbpulse-cli indexes les liste tous)</numerusform>
            <numerusform>%n autres index inutilisés, plus petits que ceux listés (dbpulse-cli indexes les liste tous)</numerusform>
        </translation>
    </message>
    <message>
        <source>no unused index in the %1</source>
        <translation>aucun index inutilisé sur %1</translation>
    </message>
    <message>
        <source>%1 (on %2, %3 of write cost for nothing)</source>
        <translation>%1 (sur %2, %3 de coût d&apos;écriture pour rien)</translation>
    </message>
    <message numerus="yes">
        <source>%n more duplicate indexes, smaller than those listed (dbpulse-cli indexes lists all)</source>
        <translation>
            <numerusform>%n autre index en double, plus petit que ceux listés (dbpulse-cli indexes les liste tous)</numerusform>
            <numerusform>%n autres index en double, plus petits que ceux listés (dbpulse-cli indexes les liste tous)</numerusform>
        </translation>
    </message>
    <message>
        <source>-- list them all:
%1</source>
        <translation>-- les lister tous :
%1</translation>
    </message>
    <message>
        <source>index on %1 is INVALID (a failed or interrupted CREATE INDEX CONCURRENTLY or REINDEX): queries cannot use it%2</source>
        <translation>l&apos;index sur %1 est INVALID (un CREATE INDEX CONCURRENTLY ou REINDEX échoué ou interrompu) : les requêtes ne peuvent pas l&apos;utiliser%2</translation>
    </message>
    <message>
        <source>, yet every write still maintains it and it still rejects duplicates</source>
        <translation>, pourtant chaque écriture le maintient encore et il rejette toujours les doublons</translation>
    </message>
    <message>
        <source>, yet every write still maintains it</source>
        <translation>, pourtant chaque écriture le maintient encore</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>invalide</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message>
        <source>REINDEX INDEX CONCURRENTLY %1;
-- or drop it and build it again:
DROP INDEX CONCURRENTLY %1;
%2;</source>
        <translation>REINDEX INDEX CONCURRENTLY %1;
-- ou le supprimer et le reconstruire :
DROP INDEX CONCURRENTLY %1;
%2;</translation>
    </message>
    <message numerus="yes">
        <source>and %n more invalid indexes (%1 in all; the report lists the first %2)</source>
        <translation>
            <numerusform>et %n autre index invalide (%1 au total ; le rapport liste les %2 premiers)</numerusform>
            <numerusform>et %n autres index invalides (%1 au total ; le rapport liste les %2 premiers)</numerusform>
        </translation>
    </message>
    <message>
        <source>foreign key constraint is NOT VALID: rows written before it was added were never checked (%1); see orphan_rows for foreign keys</source>
        <translation>la contrainte de clé étrangère est NOT VALID : les lignes écrites avant son ajout n&apos;ont jamais été vérifiées (%1) ; voir orphan_rows pour les clés étrangères</translation>
    </message>
    <message>
        <source>check constraint is NOT VALID: rows written before it was added were never checked (%1); see orphan_rows for foreign keys</source>
        <translation>la contrainte de vérification est NOT VALID : les lignes écrites avant son ajout n&apos;ont jamais été vérifiées (%1) ; voir orphan_rows pour les clés étrangères</translation>
    </message>
    <message>
        <source>not valid</source>
        <translation>non validée</translation>
    </message>
    <message>
        <source>validated</source>
        <translation>validée</translation>
    </message>
    <message>
        <source>-- takes only a SHARE UPDATE EXCLUSIVE lock; fails if violating rows exist:
ALTER TABLE %1 VALIDATE CONSTRAINT %2;</source>
        <translation>-- ne prend qu&apos;un verrou SHARE UPDATE EXCLUSIVE ; échoue s&apos;il existe des lignes en violation :
ALTER TABLE %1 VALIDATE CONSTRAINT %2;</translation>
    </message>
    <message numerus="yes">
        <source>and %n more NOT VALID constraints (%1 in all; the report lists the first %2)</source>
        <translation>
            <numerusform>et %n autre contrainte NOT VALID (%1 au total ; le rapport liste les %2 premières)</numerusform>
            <numerusform>et %n autres contraintes NOT VALID (%1 au total ; le rapport liste les %2 premières)</numerusform>
        </translation>
    </message>
    <message>
        <source>orphan scan %1 after %2 ms; not checked</source>
        <translation>recherche de lignes orphelines : %1 après %2 ms ; non vérifié</translation>
    </message>
    <message>
        <source>could not get a lock</source>
        <translation>verrou impossible à obtenir</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <source>orphan scan failed: %1</source>
        <translation>la recherche de lignes orphelines a échoué : %1</translation>
    </message>
    <message numerus="yes">
        <source>at least %n row(s) of %1 (%2) reference no row of %3%4%5</source>
        <translation>
            <numerusform>au moins %n ligne de %1 (%2) ne référence aucune ligne de %3%4%5</numerusform>
            <numerusform>au moins %n lignes de %1 (%2) ne référencent aucune ligne de %3%4%5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 (%2) reference no row of %3%4%5</source>
        <translation>
            <numerusform>%n ligne de %1 (%2) ne référence aucune ligne de %3%4%5</numerusform>
            <numerusform>%n lignes de %1 (%2) ne référencent aucune ligne de %3%4%5</numerusform>
        </translation>
    </message>
    <message>
        <source> in a %1% sample</source>
        <translation> dans un échantillon de %1 %</translation>
    </message>
    <message>
        <source>; the key is validated, so it was bypassed (replica role, disabled triggers)</source>
        <translation> ; la clé est validée, elle a donc été contournée (rôle replica, triggers désactivés)</translation>
    </message>
    <message>
        <source>; the key is NOT VALID, so VALIDATE CONSTRAINT will fail until they are fixed</source>
        <translation> ; la clé est NOT VALID, VALIDATE CONSTRAINT échouera donc tant qu&apos;elles ne sont pas corrigées</translation>
    </message>
    <message>
        <source>-- inspect them:
SELECT c.* FROM %1 c WHERE %2 LIMIT 100;
-- then delete/repair them, or set the key columns to NULL, and:
ALTER TABLE %1 VALIDATE CONSTRAINT %3;</source>
        <translation>-- les examiner :
SELECT c.* FROM %1 c WHERE %2 LIMIT 100;
-- puis les supprimer/réparer, ou mettre les colonnes de clé à NULL, et :
ALTER TABLE %1 VALIDATE CONSTRAINT %3;</translation>
    </message>
    <message>
        <source>not checked: the orphan scan budget of %1 ran out after %2 of %3 keys; not scanned: %4</source>
        <translation>non vérifié : le budget de %1 de la recherche de lignes orphelines a été épuisé après %2 clés sur %3 ; non parcourues : %4</translation>
    </message>
    <message>
        <source>-- run again with a larger budget: --thresholds with {&quot;orphan_budget_s&quot;: 600}</source>
        <translation>-- relancez avec un budget plus grand : --thresholds avec {&quot;orphan_budget_s&quot;: 600}</translation>
    </message>
    <message>
        <source>orphans: %1/%2 %3</source>
        <translation>lignes orphelines : %1/%2 %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n foreign key(s) scanned</source>
        <translation>
            <numerusform>%1 clé étrangère sur %n parcourue</numerusform>
            <numerusform>%1 clés étrangères sur %n parcourues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n foreign key(s) scanned</source>
        <translation>
            <numerusform>%n clé étrangère parcourue</numerusform>
            <numerusform>%n clés étrangères parcourues</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 of them in a %3% sample), no orphan rows</source>
        <translation>%1 (dont %2 dans un échantillon de %3 %), aucune ligne orpheline</translation>
    </message>
    <message>
        <source>%1, no orphan rows</source>
        <translation>%1, aucune ligne orpheline</translation>
    </message>
    <message>
        <source>Cancel query</source>
        <translation>Annuler la requête</translation>
    </message>
    <message>
        <source>Terminate session</source>
        <translation>Terminer la session</translation>
    </message>
    <message>
        <source>tables: too few blocks read to judge (%1 &lt; %2)</source>
        <translation>tables : trop peu de blocs lus pour juger (%1 &lt; %2)</translation>
    </message>
    <message>
        <source>indexes: too few blocks read to judge (%1 &lt; %2)</source>
        <translation>index : trop peu de blocs lus pour juger (%1 &lt; %2)</translation>
    </message>
    <message>
        <source>tables %1</source>
        <translation>tables %1</translation>
    </message>
    <message>
        <source>indexes %1</source>
        <translation>index %1</translation>
    </message>
    <message>
        <source>tables cache hit ratio %1 over %2 blocks is below %3: reads go to disk</source>
        <translation>le taux de succès du cache des tables, %1 sur %2 blocs, est inférieur à %3 : les lectures vont sur le disque</translation>
    </message>
    <message>
        <source>indexes cache hit ratio %1 over %2 blocks is below %3: reads go to disk</source>
        <translation>le taux de succès du cache des index, %1 sur %2 blocs, est inférieur à %3 : les lectures vont sur le disque</translation>
    </message>
    <message>
        <source>-- raise shared_buffers (needs a restart) or find the scans behind it:
SELECT relname, heap_blks_read FROM pg_statio_user_tables ORDER BY 2 DESC LIMIT 10;</source>
        <translation>-- augmentez shared_buffers (redémarrage nécessaire) ou trouvez les parcours en cause :
SELECT relname, heap_blks_read FROM pg_statio_user_tables ORDER BY 2 DESC LIMIT 10;</translation>
    </message>
    <message>
        <source>%1 dead rows against %2 live (%3 dead, table %4): scans read the dead rows and the table stays bloated until VACUUM</source>
        <translation>%1 lignes mortes pour %2 vivantes (%3 mortes, table %4) : les parcours lisent les lignes mortes et la table reste fragmentée jusqu&apos;au VACUUM</translation>
    </message>
    <message>
        <source>never vacuumed</source>
        <translation>jamais passée au VACUUM</translation>
    </message>
    <message>
        <source>last vacuum %1 ago</source>
        <translation>dernier VACUUM il y a %1</translation>
    </message>
    <message>
        <source>%1 dead rows, past the autovacuum trigger of %2; %3%4</source>
        <translation>%1 lignes mortes, au-delà du seuil de déclenchement d&apos;autovacuum de %2 ; %3%4</translation>
    </message>
    <message>
        <source>; autovacuum is disabled for this table</source>
        <translation> ; autovacuum est désactivé pour cette table</translation>
    </message>
    <message>
        <source>oldest unfrozen transaction ID is %1 transactions old (%2 of the wraparound limit)</source>
        <translation>le plus ancien identifiant de transaction non gelé a %1 transactions (%2 de la limite de rebouclage)</translation>
    </message>
    <message>
        <source>-- in database %1, freeze the oldest tables first (see the table findings):
VACUUM (FREEZE, VERBOSE);</source>
        <translation>-- dans la base %1, gelez d&apos;abord les tables les plus anciennes (voir les constats par table) :
VACUUM (FREEZE, VERBOSE);</translation>
    </message>
    <message>
        <source>relfrozenxid is %1 transactions old (%2 of the wraparound limit)</source>
        <translation>relfrozenxid a %1 transactions (%2 de la limite de rebouclage)</translation>
    </message>
    <message>
        <source>oldest database is %1 of the way to wraparound</source>
        <translation>la base la plus ancienne a parcouru %1 du chemin vers le rebouclage</translation>
    </message>
    <message>
        <source>pg_read_all_stats to see other sessions (GRANT pg_monitor TO %1)</source>
        <translation>pg_read_all_stats pour voir les autres sessions (GRANT pg_monitor TO %1)</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 sur %2 (%3)</translation>
    </message>
    <message>
        <source>warning &gt; %1, critical &gt; %2</source>
        <translation>avertissement &gt; %1, critique &gt; %2</translation>
    </message>
    <message>
        <source>%1 of max_connections in use</source>
        <translation>%1 de max_connections utilisé</translation>
    </message>
    <message>
        <source>%1 client connections of %2 allowed (%3); new connections will soon be refused (only %4 slots stay reserved for superusers)</source>
        <translation>%1 connexions clientes sur %2 autorisées (%3) ; les nouvelles connexions seront bientôt refusées (seuls %4 emplacements restent réservés aux superutilisateurs)</translation>
    </message>
    <message>
        <source>-- find who holds them:
SELECT usename, application_name, state, count(*) FROM pg_stat_activity GROUP BY 1, 2, 3 ORDER BY 4 DESC;
-- then use a connection pooler (PgBouncer) or raise max_connections</source>
        <translation>-- trouver qui les occupe :
SELECT usename, application_name, state, count(*) FROM pg_stat_activity GROUP BY 1, 2, 3 ORDER BY 4 DESC;
-- puis utilisez un pooler de connexions (PgBouncer) ou augmentez max_connections</translation>
    </message>
    <message>
        <source>%1 for %2 (transaction open %3); it holds its locks and its snapshot keeps VACUUM from removing dead rows. Last statement: %4</source>
        <translation>%1 depuis %2 (transaction ouverte depuis %3) ; elle garde ses verrous et son instantané empêche VACUUM de supprimer les lignes mortes. Dernière instruction : %4</translation>
    </message>
    <message>
        <source>SELECT pg_terminate_backend(%1);
-- and prevent it: ALTER ROLE ... SET idle_in_transaction_session_timeout = &apos;60s&apos;;</source>
        <translation>SELECT pg_terminate_backend(%1);
-- et l&apos;éviter à l&apos;avenir : ALTER ROLE ... SET idle_in_transaction_session_timeout = &apos;60s&apos;;</translation>
    </message>
    <message>
        <source>query running for %1%2: %3</source>
        <translation>requête en cours depuis %1%2 : %3</translation>
    </message>
    <message>
        <source> (waiting on %1)</source>
        <translation> (en attente de %1)</translation>
    </message>
    <message>
        <source>pid %1 (%2) has waited %3 for a lock held by pid %4 (%5, %6%7): %8 ← %9</source>
        <translation>le pid %1 (%2) attend depuis %3 un verrou détenu par le pid %4 (%5, %6%7) : %8 ← %9</translation>
    </message>
    <message>
        <source>, itself blocked</source>
        <translation>, lui-même bloqué</translation>
    </message>
    <message>
        <source>SELECT pg_cancel_backend(%1);  -- or, if it is idle in transaction:
SELECT pg_terminate_backend(%1);</source>
        <translation>SELECT pg_cancel_backend(%1);  -- ou, si elle est idle in transaction :
SELECT pg_terminate_backend(%1);</translation>
    </message>
    <message>
        <source>-- look at its plan (dbpulse-cli indexes TARGET suggests indexes);
-- EXPLAIN ANALYZE runs the statement, so roll back what it changes:
BEGIN;
EXPLAIN (ANALYZE, BUFFERS) %1;
ROLLBACK;</source>
        <translation>-- examinez son plan (dbpulse-cli indexes CIBLE propose des index) ;
-- EXPLAIN ANALYZE exécute l&apos;instruction, annulez donc ce qu&apos;elle modifie :
BEGIN;
EXPLAIN (ANALYZE, BUFFERS) %1;
ROLLBACK;</translation>
    </message>
    <message>
        <source>pg_stat_statements is not created in database %1 (whether it is loaded needs pg_read_all_settings)</source>
        <translation>pg_stat_statements n&apos;est pas créé dans la base %1 (savoir s&apos;il est chargé nécessite pg_read_all_settings)</translation>
    </message>
    <message>
        <source>not created</source>
        <translation>non créé</translation>
    </message>
    <message>
        <source>created</source>
        <translation>créé</translation>
    </message>
    <message>
        <source>CREATE EXTENSION pg_stat_statements;  -- after adding it to shared_preload_libraries</source>
        <translation>CREATE EXTENSION pg_stat_statements;  -- après l&apos;avoir ajouté à shared_preload_libraries</translation>
    </message>
    <message>
        <source>pg_stat_statements is not loaded: no per-query statistics, no performance budgets</source>
        <translation>pg_stat_statements n&apos;est pas chargé : pas de statistiques par requête, pas de budgets de performance</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>non chargé</translation>
    </message>
    <message>
        <source>loaded</source>
        <translation>chargé</translation>
    </message>
    <message>
        <source>ALTER SYSTEM SET shared_preload_libraries = &apos;pg_stat_statements&apos;;  -- keep existing entries
-- restart the server, then:
CREATE EXTENSION pg_stat_statements;</source>
        <translation>ALTER SYSTEM SET shared_preload_libraries = &apos;pg_stat_statements&apos;;  -- conservez les entrées existantes
-- redémarrez le serveur, puis :
CREATE EXTENSION pg_stat_statements;</translation>
    </message>
    <message>
        <source>pg_stat_statements is loaded but not created in database %1</source>
        <translation>pg_stat_statements est chargé mais pas créé dans la base %1</translation>
    </message>
    <message>
        <source> (acceptable here: marked as a throwaway cluster)</source>
        <translation> (acceptable ici : marqué comme cluster jetable)</translation>
    </message>
    <message>
        <source> (mark the connection as a throwaway cluster if its data may be lost)</source>
        <translation> (marquez la connexion comme cluster jetable si ses données peuvent être perdues)</translation>
    </message>
    <message>
        <source>fsync is off: a crash or power loss can corrupt the whole cluster%1</source>
        <translation>fsync est désactivé : un plantage ou une coupure de courant peut corrompre tout le cluster%1</translation>
    </message>
    <message>
        <source>full_page_writes is off: torn pages after a crash cannot be repaired%1</source>
        <translation>full_page_writes est désactivé : les pages déchirées après un plantage ne peuvent pas être réparées%1</translation>
    </message>
    <message>
        <source>shared_buffers is %1, under 1/8 of the %2 of RAM given as ram_mb; most servers want about 25% of RAM</source>
        <translation>shared_buffers vaut %1, moins de 1/8 des %2 de RAM indiqués par ram_mb ; la plupart des serveurs veulent environ 25 % de la RAM</translation>
    </message>
    <message>
        <source>shared_buffers is %1, under the fixed floor of %2; most servers want about 25% of RAM (the server&apos;s RAM cannot be read over SQL: give it as ram_mb in --thresholds to judge against it)</source>
        <translation>shared_buffers vaut %1, sous le plancher fixe de %2 ; la plupart des serveurs veulent environ 25 % de la RAM (la RAM du serveur n&apos;est pas lisible en SQL : indiquez-la comme ram_mb dans --thresholds pour juger par rapport à elle)</translation>
    </message>
    <message>
        <source>%1 (1/8 of %2 RAM)</source>
        <translation>%1 (1/8 de %2 de RAM)</translation>
    </message>
    <message>
        <source>ALTER SYSTEM SET shared_buffers = &apos;%1&apos;;  -- about 25% of RAM; needs a restart</source>
        <translation>ALTER SYSTEM SET shared_buffers = &apos;%1&apos;;  -- environ 25 % de la RAM ; nécessite un redémarrage</translation>
    </message>
    <message>
        <source>set for database %1</source>
        <translation>défini pour la base %1</translation>
    </message>
    <message>
        <source>set for all roles</source>
        <translation>défini pour tous les rôles</translation>
    </message>
    <message>
        <source>the server&apos;s setting</source>
        <translation>paramètre du serveur</translation>
    </message>
    <message>
        <source>the server&apos;s configuration file</source>
        <translation>fichier de configuration du serveur</translation>
    </message>
    <message>
        <source>the built-in default</source>
        <translation>valeur par défaut intégrée</translation>
    </message>
    <message>
        <source>the built-in default; reading the configuration file needs pg_read_all_settings</source>
        <translation>valeur par défaut intégrée ; lire le fichier de configuration nécessite pg_read_all_settings</translation>
    </message>
    <message>
        <source>no role sets its own</source>
        <translation>aucun rôle n&apos;en définit un propre</translation>
    </message>
    <message>
        <source>roles with their own: %1</source>
        <translation>rôles avec leur propre valeur : %1</translation>
    </message>
    <message>
        <source>no statement_timeout for sessions in database %1 (0, %2; %3): a runaway query can run (and hold locks) forever</source>
        <translation>pas de statement_timeout pour les sessions de la base %1 (0, %2 ; %3) : une requête incontrôlée peut tourner (et garder ses verrous) indéfiniment</translation>
    </message>
    <message>
        <source>ALTER DATABASE %1 SET statement_timeout = &apos;30s&apos;;
-- or per application role: ALTER ROLE app_user SET statement_timeout = &apos;30s&apos;;</source>
        <translation>ALTER DATABASE %1 SET statement_timeout = &apos;30s&apos;;
-- ou par rôle applicatif : ALTER ROLE app_user SET statement_timeout = &apos;30s&apos;;</translation>
    </message>
    <message>
        <source>no idle_in_transaction_session_timeout for sessions in database %1 (0, %2; %3): a forgotten transaction holds locks and blocks VACUUM</source>
        <translation>pas de idle_in_transaction_session_timeout pour les sessions de la base %1 (0, %2 ; %3) : une transaction oubliée garde ses verrous et bloque VACUUM</translation>
    </message>
    <message>
        <source>ALTER SYSTEM SET idle_in_transaction_session_timeout = &apos;5min&apos;;
SELECT pg_reload_conf();
-- or for this database only: ALTER DATABASE %1 SET idle_in_transaction_session_timeout = &apos;5min&apos;;</source>
        <translation>ALTER SYSTEM SET idle_in_transaction_session_timeout = &apos;5min&apos;;
SELECT pg_reload_conf();
-- ou pour cette base seulement : ALTER DATABASE %1 SET idle_in_transaction_session_timeout = &apos;5min&apos;;</translation>
    </message>
    <message>
        <source>pg_stat_statements (see that check)</source>
        <translation>pg_stat_statements (voir ce contrôle)</translation>
    </message>
    <message>
        <source>pg_read_all_stats to read other roles&apos; statements (GRANT pg_monitor TO %1)</source>
        <translation>pg_read_all_stats pour lire les instructions des autres rôles (GRANT pg_monitor TO %1)</translation>
    </message>
    <message>
        <source>estimated p95 %1 ms %2 (lognormal fit of mean %3 ms, stddev %4 ms, max %5 ms over %6 calls)</source>
        <translation>p95 estimé %1 ms %2 (ajustement log-normal de la moyenne %3 ms, écart type %4 ms, max %5 ms sur %6 appels)</translation>
    </message>
    <message>
        <source>since the last doctor run</source>
        <translation>depuis le dernier diagnostic</translation>
    </message>
    <message>
        <source>since its statistics began</source>
        <translation>depuis le début de ses statistiques</translation>
    </message>
    <message>
        <source>p95 ≈ %1 ms (estimated)</source>
        <translation>p95 ≈ %1 ms (estimé)</translation>
    </message>
    <message>
        <source>fewer than %1 calls since the last doctor run</source>
        <translation>moins de %1 appels depuis le dernier diagnostic</translation>
    </message>
    <message numerus="yes">
        <source>over budget in %1 of the last %n measured interval(s) between doctor runs</source>
        <translation>
            <numerusform>hors budget dans %1 sur %n intervalle mesuré entre diagnostics</numerusform>
            <numerusform>hors budget dans %1 des %n derniers intervalles mesurés entre diagnostics</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 query: %2, budget %3 ms; %4; %5 (queryid %6): %7</source>
        <translation>requête de classe %1 : %2, budget %3 ms ; %4 ; %5 (queryid %6) : %7</translation>
    </message>
    <message>
        <source>sustained: %1</source>
        <translation>persistant : %1</translation>
    </message>
    <message>
        <source>transient (sustained needs %1 of the last %2 intervals; not scored): %3</source>
        <translation>passager (persistant à partir de %1 des %2 derniers intervalles ; non noté) : %3</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) judged since the last doctor run, none over budget in %1 of the last %2 intervals</source>
        <translation>
            <numerusform>%n instruction évaluée depuis le dernier diagnostic, aucune hors budget dans %1 des %2 derniers intervalles</numerusform>
            <numerusform>%n instructions évaluées depuis le dernier diagnostic, aucune hors budget dans %1 des %2 derniers intervalles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>integrity_check reports %n problem(s): %1</source>
        <translation>
            <numerusform>integrity_check signale %n problème : %1</numerusform>
            <numerusform>integrity_check signale %n problèmes : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>-- restore from a backup, or salvage into a new file:
-- sqlite3 broken.db .recover | sqlite3 recovered.db</source>
        <translation>-- restaurez depuis une sauvegarde, ou récupérez dans un nouveau fichier :
-- sqlite3 broken.db .recover | sqlite3 recovered.db</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) reference a missing parent row</source>
        <translation>
            <numerusform>%n ligne référence une ligne parente absente</numerusform>
            <numerusform>%n lignes référencent une ligne parente absente</numerusform>
        </translation>
    </message>
    <message>
        <source>PRAGMA foreign_key_check;  -- lists the rowids to repair or delete</source>
        <translation>PRAGMA foreign_key_check;  -- liste les rowid à réparer ou supprimer</translation>
    </message>
    <message>
        <source>%1 of %2 pages free</source>
        <translation>%1 pages libres sur %2</translation>
    </message>
    <message>
        <source>%1 of %2 pages (%3) are free: the file is that much larger than its data</source>
        <translation>%1 pages sur %2 (%3) sont libres : le fichier est d&apos;autant plus gros que ses données</translation>
    </message>
    <message>
        <source>VACUUM;  -- rewrites the file; needs free disk space</source>
        <translation>VACUUM;  -- réécrit le fichier ; nécessite de l&apos;espace disque libre</translation>
    </message>
    <message>
        <source>journal_mode is wal</source>
        <translation>journal_mode vaut wal</translation>
    </message>
    <message>
        <source>journal_mode is %1: a crash during a write can corrupt the database</source>
        <translation>journal_mode vaut %1 : un plantage pendant une écriture peut corrompre la base</translation>
    </message>
    <message>
        <source>journal_mode is %1: readers and the writer block each other; WAL lets them run together</source>
        <translation>journal_mode vaut %1 : les lecteurs et l&apos;écrivain se bloquent mutuellement ; WAL les laisse travailler ensemble</translation>
    </message>
    <message>
        <source>%1 critical, %2 warning, %3 not checked, %4 info, %5 ok</source>
        <translation>%1 critique(s), %2 avertissement(s), %3 non vérifié(s), %4 info, %5 ok</translation>
    </message>
    <message>
        <source>NOT CHECKED (%1)</source>
        <translation>NON VÉRIFIÉ (%1)</translation>
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
        <translation>AVERTISSEMENT</translation>
    </message>
    <message>
        <source>CRITICAL</source>
        <translation>CRITIQUE</translation>
    </message>
    <message>
        <source>%1 (transient)</source>
        <translation>%1 (passager)</translation>
    </message>
    <message>
        <source>one problem seen by %1 checks, counted once at its worst (%2)</source>
        <translation>un même problème vu par %1 contrôles, compté une fois à son niveau le plus grave (%2)</translation>
    </message>
    <message>
        <source>en</source>
        <comment>the report&apos;s language: an HTML lang code</comment>
        <translation>fr</translation>
    </message>
    <message>
        <source>DB Pulse health report: %1</source>
        <translation>Rapport de santé DB Pulse : %1</translation>
    </message>
    <message>
        <source>%1 — generated %2 in %3 ms</source>
        <translation>%1 — généré le %2 en %3 ms</translation>
    </message>
    <message>
        <source>value %1, threshold %2</source>
        <translation>valeur %1, seuil %2</translation>
    </message>
    <message>
        <source>Fixes are suggestions; DB Pulse did not run them.</source>
        <translation>Les corrections sont des suggestions ; DB Pulse ne les a pas exécutées.</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>%1 is a symbolic link; refusing to keep data there</source>
        <translation>%1 est un lien symbolique ; refus d&apos;y conserver des données</translation>
    </message>
    <message>
        <source>cannot create directory %1</source>
        <translation>impossible de créer le répertoire %1</translation>
    </message>
    <message>
        <source>cannot make directory %1 private (0700)</source>
        <translation>impossible de rendre le répertoire %1 privé (0700)</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; refusing to write through it</source>
        <translation>%1 est un lien symbolique ; refus d&apos;écrire à travers lui</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>impossible de créer %1 : %2</translation>
    </message>
    <message>
        <source>cannot make %1 private (0600)</source>
        <translation>impossible de rendre %1 privé (0600)</translation>
    </message>
    <message>
        <source>%1 is not a regular file; refusing to replace it</source>
        <translation>%1 n&apos;est pas un fichier ordinaire ; refus de le remplacer</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>cannot write %1: not open</source>
        <translation>impossible d&apos;écrire %1 : non ouvert</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; refusing to follow it</source>
        <translation>%1 est un lien symbolique ; refus de le suivre</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>%1 is neither a file nor a directory</source>
        <translation>%1 n&apos;est ni un fichier ni un répertoire</translation>
    </message>
    <message>
        <source>cannot make %1 private: %2</source>
        <translation>impossible de rendre %1 privé : %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>cannot stat %1: %2</source>
        <translation>stat impossible sur %1 : %2</translation>
    </message>
    <message>
        <source>cannot remove %1: %2</source>
        <translation>impossible de supprimer %1 : %2</translation>
    </message>
    <message>
        <source>refusing to remove %1</source>
        <translation>refus de supprimer %1</translation>
    </message>
    <message>
        <source>%1 is not a real directory (a symbolic link?); not removed</source>
        <translation>%1 n&apos;est pas un vrai répertoire (un lien symbolique ?) ; non supprimé</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>out of memory</source>
        <translation>mémoire insuffisante</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>connexion à %1 impossible : %2</translation>
    </message>
    <message>
        <source>cancelled before the statement was sent</source>
        <translation>annulé avant l&apos;envoi de l&apos;instruction</translation>
    </message>
</context>
<context>
    <name>Metrics</name>
    <message>
        <source>first sample</source>
        <translation>premier échantillon</translation>
    </message>
    <message>
        <source>server restarted</source>
        <translation>serveur redémarré</translation>
    </message>
    <message>
        <source>statistics reset</source>
        <translation>statistiques réinitialisées</translation>
    </message>
    <message>
        <source>server clock did not advance</source>
        <translation>l&apos;horloge du serveur n&apos;a pas avancé</translation>
    </message>
    <message>
        <source>counters went backwards (reset or dropped database)</source>
        <translation>les compteurs ont reculé (réinitialisation ou base supprimée)</translation>
    </message>
    <message>
        <source>cannot open history file %1: %2</source>
        <translation>impossible d&apos;ouvrir le fichier d&apos;historique %1 : %2</translation>
    </message>
    <message>
        <source>history file %1 is not usable: %2</source>
        <translation>le fichier d&apos;historique %1 est inutilisable : %2</translation>
    </message>
    <message>
        <source>add pg_stat_statements to shared_preload_libraries and restart, then CREATE EXTENSION pg_stat_statements</source>
        <translation>ajoutez pg_stat_statements à shared_preload_libraries et redémarrez, puis CREATE EXTENSION pg_stat_statements</translation>
    </message>
    <message>
        <source>role %1 cannot see other sessions&apos; queries or statements: GRANT pg_monitor TO %1</source>
        <translation>le rôle %1 ne voit pas les requêtes ni les instructions des autres sessions : GRANT pg_monitor TO %1</translation>
    </message>
    <message>
        <source>the extension is not created in this database</source>
        <translation>l&apos;extension n&apos;est pas créée dans cette base</translation>
    </message>
    <message>
        <source>permission denied reading pg_stat_statements (%1): GRANT pg_read_all_stats TO the monitoring role, or GRANT EXECUTE ON FUNCTION pg_stat_statements(boolean) TO it</source>
        <translation>permission refusée à la lecture de pg_stat_statements (%1) : GRANT pg_read_all_stats au rôle de supervision, ou GRANT EXECUTE ON FUNCTION pg_stat_statements(boolean) à ce rôle</translation>
    </message>
    <message>
        <source>pg_stat_statements is not available (%1): %2</source>
        <translation>pg_stat_statements n&apos;est pas disponible (%1) : %2</translation>
    </message>
    <message>
        <source>pg_stat_statements evicted entries or was reset again (consider raising pg_stat_statements.max)</source>
        <translation>pg_stat_statements a évincé des entrées ou a de nouveau été réinitialisé (envisagez d&apos;augmenter pg_stat_statements.max)</translation>
    </message>
    <message>
        <source>query texts cannot be read: pg_stat_statements holds a statement whose bytes are not valid in this database&apos;s encoding (recorded in a database with another encoding, e.g. SQL_ASCII); the figures are unaffected. pg_stat_statements_reset() clears it. Server said: %1</source>
        <translation>les textes des requêtes sont illisibles : pg_stat_statements contient une instruction dont les octets ne sont pas valides dans l&apos;encodage de cette base (enregistrée dans une base d&apos;un autre encodage, p. ex. SQL_ASCII) ; les chiffres ne sont pas affectés. pg_stat_statements_reset() l&apos;efface. Message du serveur : %1</translation>
    </message>
    <message>
        <source>query texts cannot be read: %1</source>
        <translation>les textes des requêtes sont illisibles : %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>cannot read %1: not an integrity record</source>
        <translation>impossible de lire %1 : ce n&apos;est pas un relevé d&apos;intégrité</translation>
    </message>
    <message>
        <source>pg_stat_statements was reset</source>
        <translation>pg_stat_statements a été réinitialisé</translation>
    </message>
    <message>
        <source>pg_stat_statements evicted %1 entries (consider raising pg_stat_statements.max)</source>
        <translation>pg_stat_statements a évincé %1 entrées (envisagez d&apos;augmenter pg_stat_statements.max)</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>table</source>
        <translation>table</translation>
    </message>
    <message>
        <source>partitioned table</source>
        <translation>table partitionnée</translation>
    </message>
    <message>
        <source>index</source>
        <translation>index</translation>
    </message>
    <message>
        <source>partitioned index</source>
        <translation>index partitionné</translation>
    </message>
    <message>
        <source>sequence</source>
        <translation>séquence</translation>
    </message>
    <message>
        <source>view</source>
        <translation>vue</translation>
    </message>
    <message>
        <source>materialized view</source>
        <translation>vue matérialisée</translation>
    </message>
    <message>
        <source>foreign table</source>
        <translation>table distante</translation>
    </message>
    <message>
        <source>composite type</source>
        <translation>type composite</translation>
    </message>
    <message>
        <source>an earlier migration in this dry run already held these locks, and this one fails without the earlier ones (%1), so whether it needs them too was not observed</source>
        <translation>une migration antérieure de cet essai à blanc détenait déjà ces verrous, et celle-ci échoue sans les précédentes (%1) ; on n&apos;a donc pas pu observer si elle en a besoin elle aussi</translation>
    </message>
    <message>
        <source>only ACCESS EXCLUSIVE (ALTER/DROP TABLE, TRUNCATE, VACUUM FULL); reads+writes continue</source>
        <translation>seulement ACCESS EXCLUSIVE (ALTER/DROP TABLE, TRUNCATE, VACUUM FULL) ; lectures+écritures continuent</translation>
    </message>
    <message>
        <source>EXCLUSIVE and ACCESS EXCLUSIVE; reads+writes continue</source>
        <translation>EXCLUSIVE et ACCESS EXCLUSIVE ; lectures+écritures continuent</translation>
    </message>
    <message>
        <source>CREATE INDEX and DDL; reads+writes continue</source>
        <translation>CREATE INDEX et le DDL ; lectures+écritures continuent</translation>
    </message>
    <message>
        <source>VACUUM, ANALYZE, CREATE INDEX and DDL; reads+writes continue</source>
        <translation>VACUUM, ANALYZE, CREATE INDEX et le DDL ; lectures+écritures continuent</translation>
    </message>
    <message>
        <source>writes</source>
        <translation>les écritures</translation>
    </message>
    <message>
        <source>writes and SELECT FOR UPDATE/SHARE; plain reads continue</source>
        <translation>les écritures et SELECT FOR UPDATE/SHARE ; les lectures simples continuent</translation>
    </message>
    <message>
        <source>reads+writes</source>
        <translation>lectures+écritures</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 on %2 (line %3): created by this migration, so it blocks no one</source>
        <translation>%1 sur %2 (ligne %3) : créé par cette migration, ne bloque donc personne</translation>
    </message>
    <message>
        <source>%1 on %2: created by this migration, so it blocks no one</source>
        <translation>%1 sur %2 : créé par cette migration, ne bloque donc personne</translation>
    </message>
    <message>
        <source>%1 on %2 (line %3): blocks %4</source>
        <translation>%1 sur %2 (ligne %3) : bloque %4</translation>
    </message>
    <message>
        <source>%1 on %2: blocks %3</source>
        <translation>%1 sur %2 : bloque %3</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>not checked: %1: %2</source>
        <translation>non vérifié : %1 : %2</translation>
    </message>
    <message>
        <source>not checked: %1</source>
        <translation>non vérifié : %1</translation>
    </message>
    <message>
        <source>others not checked: %1</source>
        <translation>autres non vérifiés : %1</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no locks</comment>
        <translation>aucun</translation>
    </message>
    <message>
        <source>cannot read the history: %1</source>
        <translation>impossible de lire l&apos;historique : %1</translation>
    </message>
    <message>
        <source>cannot take the migration lock: %1</source>
        <translation>impossible de prendre le verrou de migration : %1</translation>
    </message>
    <message>
        <source>waiting for another runner to finish on %1…</source>
        <translation>attente de la fin d&apos;une autre exécution sur %1…</translation>
    </message>
    <message>
        <source>another runner holds the lock on %1 (waited %2 s)</source>
        <translation>une autre exécution détient le verrou sur %1 (attente de %2 s)</translation>
    </message>
    <message>
        <source>%1: applied version %2 was edited afterwards (checksum differs)</source>
        <translation>%1 : la version appliquée %2 a été modifiée après coup (somme de contrôle différente)</translation>
    </message>
    <message>
        <source>version %1 is applied but its file is missing%2</source>
        <translation>la version %1 est appliquée mais son fichier est absent%2</translation>
    </message>
    <message>
        <source>%1: pending version %2 is older than the newest applied one (out of order)</source>
        <translation>%1 : la version en attente %2 est plus ancienne que la plus récente appliquée (hors ordre)</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found</source>
        <translation>
            <numerusform>%n problème trouvé</numerusform>
            <numerusform>%n problèmes trouvés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (PostgreSQL&apos;s parser; nothing was run)</source>
        <translation>%1 (analyseur de PostgreSQL ; rien n&apos;a été exécuté)</translation>
    </message>
    <message>
        <source>executeInTransaction=false in %1.conf</source>
        <translation>executeInTransaction=false dans %1.conf</translation>
    </message>
    <message>
        <source>%1:%2: &apos;%3&apos; cannot run inside a transaction, and this migration runs in one; nothing was run. Mark the migration to run outside a transaction with %4</source>
        <translation>%1:%2 : &apos;%3&apos; ne peut pas s&apos;exécuter dans une transaction, et cette migration s&apos;exécute dans une ; rien n&apos;a été exécuté. Marquez la migration pour qu&apos;elle s&apos;exécute hors transaction avec %4</translation>
    </message>
    <message>
        <source>%1:%2: refusing to dry-run &apos;%3&apos;: transaction control would really commit what ran before it (or end the dry run&apos;s transaction); nothing was run. Remove it, or mark the migration to run outside a transaction with %4 (a dry run lists such migrations without running them)</source>
        <translation>%1:%2 : refus d&apos;exécuter &apos;%3&apos; en essai à blanc : le contrôle de transaction validerait réellement ce qui a été exécuté avant (ou terminerait la transaction de l&apos;essai à blanc) ; rien n&apos;a été exécuté. Retirez-le, ou marquez la migration pour qu&apos;elle s&apos;exécute hors transaction avec %4 (un essai à blanc liste ces migrations sans les exécuter)</translation>
    </message>
    <message>
        <source>%1:%2: refusing to run &apos;%3&apos; inside the migration&apos;s transaction: what ran before it would stay applied even if a later statement fails, without its history row; nothing was run. Remove it, or mark the migration to run outside a transaction with %4</source>
        <translation>%1:%2 : refus d&apos;exécuter &apos;%3&apos; dans la transaction de la migration : ce qui a été exécuté avant resterait appliqué même si une instruction suivante échoue, sans ligne d&apos;historique ; rien n&apos;a été exécuté. Retirez-le, ou marquez la migration pour qu&apos;elle s&apos;exécute hors transaction avec %4</translation>
    </message>
    <message>
        <source>%1: applied version %2 was edited afterwards (checksum differs); restore the file or pass --allow-changed</source>
        <translation>%1 : la version appliquée %2 a été modifiée après coup (somme de contrôle différente) ; restaurez le fichier ou passez --allow-changed</translation>
    </message>
    <message>
        <source>version %1 is applied but its file is missing</source>
        <translation>la version %1 est appliquée mais son fichier est absent</translation>
    </message>
    <message>
        <source>%1: version %2 is older than the newest applied one; pass --allow-out-of-order to apply it</source>
        <translation>%1 : la version %2 est plus ancienne que la plus récente appliquée ; passez --allow-out-of-order pour l&apos;appliquer</translation>
    </message>
    <message>
        <source>version %1 is not applied; --to must name an applied version (or 0 for all)</source>
        <translation>la version %1 n&apos;est pas appliquée ; --to doit désigner une version appliquée (ou 0 pour toutes)</translation>
    </message>
    <message>
        <source>cannot undo version %1: its file is missing</source>
        <translation>impossible d&apos;annuler la version %1 : son fichier est absent</translation>
    </message>
    <message>
        <source>%1: cannot undo version %2: %3</source>
        <translation>%1 : impossible d&apos;annuler la version %2 : %3</translation>
    </message>
    <message>
        <source>no &apos;-- migrate:down&apos; section</source>
        <translation>pas de section &apos;-- migrate:down&apos;</translation>
    </message>
    <message>
        <source>no U%1__….sql undo file</source>
        <translation>pas de fichier d&apos;annulation U%1__….sql</translation>
    </message>
    <message>
        <source>%1: applied version %2 was edited afterwards; pass --allow-changed to undo it</source>
        <translation>%1 : la version appliquée %2 a été modifiée après coup ; passez --allow-changed pour l&apos;annuler</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>%1 would now apply %2, not the confirmed %3; nothing was run</source>
        <translation>%1 appliquerait maintenant %2, et non %3 confirmé ; rien n&apos;a été exécuté</translation>
    </message>
    <message>
        <source>%1 would now undo %2, not the confirmed %3; nothing was run</source>
        <translation>%1 annulerait maintenant %2, et non %3 confirmé ; rien n&apos;a été exécuté</translation>
    </message>
    <message numerus="yes">
        <source>%n problems; nothing was run</source>
        <translation>
            <numerusform>%n problème ; rien n&apos;a été exécuté</numerusform>
            <numerusform>%n problèmes ; rien n&apos;a été exécuté</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing to apply: %1 is up to date</source>
        <translation>rien à appliquer : %1 est à jour</translation>
    </message>
    <message>
        <source>nothing to undo on %1</source>
        <translation>rien à annuler sur %1</translation>
    </message>
    <message>
        <source>the dry run failed in this migration</source>
        <translation>l&apos;essai à blanc a échoué dans cette migration</translation>
    </message>
    <message>
        <source>not run: the dry run failed before this migration</source>
        <translation>non exécutée : l&apos;essai à blanc a échoué avant cette migration</translation>
    </message>
    <message>
        <source>the dry run failed before it checked whether this migration also needs locks an earlier one already held</source>
        <translation>l&apos;essai à blanc a échoué avant de vérifier si cette migration a aussi besoin de verrous qu&apos;une précédente détenait déjà</translation>
    </message>
    <message>
        <source>dry-run %1 %2</source>
        <translation>essai à blanc %1 %2</translation>
    </message>
    <message>
        <source>applying %1 %2</source>
        <translation>application de %1 %2</translation>
    </message>
    <message>
        <source>undoing %1 %2</source>
        <translation>annulation de %1 %2</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec : %1</translation>
    </message>
    <message>
        <source>  ran and rolled back in %1 ms</source>
        <translation>  exécutée puis annulée en %1 ms</translation>
    </message>
    <message>
        <source>  applied in %1 ms</source>
        <translation>  appliquée en %1 ms</translation>
    </message>
    <message>
        <source>  undone in %1 ms</source>
        <translation>  annulée en %1 ms</translation>
    </message>
    <message>
        <source>dry-run: checking each migration&apos;s own locks</source>
        <translation>essai à blanc : vérification des verrous propres à chaque migration</translation>
    </message>
    <message>
        <source>--to %1: a version is a number</source>
        <translation>--to %1 : une version est un nombre</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1; nothing was run</source>
        <translation>
            <numerusform>%n problème dans %1 ; rien n&apos;a été exécuté</numerusform>
            <numerusform>%n problèmes dans %1 ; rien n&apos;a été exécuté</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot create the history table: %1</source>
        <translation>impossible de créer la table d&apos;historique : %1</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>connexion à %1 impossible : %2</translation>
    </message>
    <message>
        <source>%1: version &apos;%2&apos; is not a number</source>
        <translation>%1 : la version &apos;%2&apos; n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>%1:%2: second &apos;-- migrate:%3&apos; section</source>
        <translation>%1:%2 : deuxième section &apos;-- migrate:%3&apos;</translation>
    </message>
    <message>
        <source>%1:%2: unknown option &apos;%3&apos;</source>
        <translation>%1:%2 : option &apos;%3&apos; inconnue</translation>
    </message>
    <message>
        <source>%1:%2: statement outside the &apos;-- migrate:up&apos; and &apos;-- migrate:down&apos; sections</source>
        <translation>%1:%2 : instruction hors des sections &apos;-- migrate:up&apos; et &apos;-- migrate:down&apos;</translation>
    </message>
    <message>
        <source>%1: no &apos;-- migrate:up&apos; section</source>
        <translation>%1 : pas de section &apos;-- migrate:up&apos;</translation>
    </message>
    <message>
        <source>%1: not a migration name (expected V&lt;version&gt;__&lt;description&gt;.sql, U&lt;version&gt;__&lt;description&gt;.sql or R__&lt;description&gt;.sql)</source>
        <translation>%1 : ce n&apos;est pas un nom de migration (attendu V&lt;version&gt;__&lt;description&gt;.sql, U&lt;version&gt;__&lt;description&gt;.sql ou R__&lt;description&gt;.sql)</translation>
    </message>
    <message>
        <source>%1: a repeatable migration has no version (R__&lt;description&gt;.sql)</source>
        <translation>%1 : une migration répétable n&apos;a pas de version (R__&lt;description&gt;.sql)</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1 : impossible de lire le fichier : %2</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>dangling link</source>
        <translation>lien cassé</translation>
    </message>
    <message>
        <source>%1: undo for version %2, which has no V file</source>
        <translation>%1 : annulation pour la version %2, qui n&apos;a pas de fichier V</translation>
    </message>
    <message>
        <source>%1: duplicate undo for version %2 (also in %3)</source>
        <translation>%1 : annulation en double pour la version %2 (aussi dans %3)</translation>
    </message>
    <message>
        <source>%1: duplicate version %2 (also in %3)</source>
        <translation>%1 : version %2 en double (aussi dans %3)</translation>
    </message>
    <message>
        <source>%1: no such directory</source>
        <translation>%1 : répertoire introuvable</translation>
    </message>
    <message>
        <source>it waited longer than the dry run&apos;s lock timeout (%1 s, --lock-timeout) for a lock another session holds</source>
        <translation>elle a attendu plus longtemps que le délai de verrou de l&apos;essai à blanc (%1 s, --lock-timeout) un verrou détenu par une autre session</translation>
    </message>
    <message>
        <source>it ran longer than the dry run&apos;s statement timeout (%1 s, --statement-timeout)</source>
        <translation>elle a duré plus longtemps que le délai d&apos;instruction de l&apos;essai à blanc (%1 s, --statement-timeout)</translation>
    </message>
    <message>
        <source>%1
  statement (%2:%3): %4
  %5; the dry run was rolled back, nothing changed</source>
        <translation>%1
  instruction (%2:%3) : %4
  %5 ; l&apos;essai à blanc a été annulé, rien n&apos;a changé</translation>
    </message>
    <message>
        <source>%1
the connection was lost; the server rolls the open transaction back</source>
        <translation>%1
la connexion a été perdue ; le serveur annule la transaction ouverte</translation>
    </message>
    <message>
        <source>%1: cannot begin a transaction: %2</source>
        <translation>%1 : impossible de commencer une transaction : %2</translation>
    </message>
    <message>
        <source>%1: cannot record the history: %2</source>
        <translation>%1 : impossible d&apos;enregistrer l&apos;historique : %2</translation>
    </message>
    <message>
        <source>%1: commit failed: %2</source>
        <translation>%1 : échec du commit : %2</translation>
    </message>
    <message>
        <source>%1: cannot set the search_path: %2</source>
        <translation>%1 : impossible de définir le search_path : %2</translation>
    </message>
    <message>
        <source>%1: ran, but the session could not be pinned again: %2</source>
        <translation>%1 : exécutée, mais la session n&apos;a pas pu être verrouillée à nouveau : %2</translation>
    </message>
    <message>
        <source>%1
(this migration runs outside a transaction: statements before the failing one stay applied)</source>
        <translation>%1
(cette migration s&apos;exécute hors transaction : les instructions antérieures à celle qui a échoué restent appliquées)</translation>
    </message>
    <message>
        <source>%1: ran, but recording the history failed: %2</source>
        <translation>%1 : exécutée, mais l&apos;enregistrement de l&apos;historique a échoué : %2</translation>
    </message>
    <message>
        <source>ran outside a transaction</source>
        <translation>exécutée hors transaction</translation>
    </message>
    <message>
        <source>line %1: &apos;%2&apos; cannot run inside a transaction, and a dry run runs everything inside one that it rolls back</source>
        <translation>ligne %1 : &apos;%2&apos; ne peut pas s&apos;exécuter dans une transaction, et un essai à blanc exécute tout dans une transaction qu&apos;elle annule</translation>
    </message>
    <message>
        <source>the migration is marked to run outside a transaction, and a dry run runs everything inside one that it rolls back</source>
        <translation>la migration est marquée pour s&apos;exécuter hors transaction, et un essai à blanc exécute tout dans une transaction qu&apos;elle annule</translation>
    </message>
    <message>
        <source>%1: cannot set the dry run&apos;s timeouts: %2</source>
        <translation>%1 : impossible de définir les délais de l&apos;essai à blanc : %2</translation>
    </message>
    <message>
        <source>not run in the dry-run: it must run outside a transaction</source>
        <translation>non exécutée dans l&apos;essai à blanc : elle doit s&apos;exécuter hors transaction</translation>
    </message>
    <message>
        <source>SQLite does not lock single tables: a migration holds the whole database file&apos;s write lock until it commits</source>
        <translation>SQLite ne verrouille pas les tables individuellement : une migration détient le verrou d&apos;écriture de tout le fichier de base jusqu&apos;à son commit</translation>
    </message>
    <message>
        <source>SQLite locks the whole database file for writing</source>
        <translation>SQLite verrouille tout le fichier de base en écriture</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>le serveur a fermé la connexion</translation>
    </message>
    <message>
        <source>could not prepare the session: %1</source>
        <translation>la session n&apos;a pas pu être préparée : %1</translation>
    </message>
    <message>
        <source>could not read the search_path: %1</source>
        <translation>le search_path n&apos;a pas pu être lu : %1</translation>
    </message>
</context>
<context>
    <name>Monitor</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>superuser: %1</source>
        <translation>superutilisateur : %1</translation>
    </message>
    <message>
        <source>role %1 is not in pg_monitor: other sessions&apos; queries stay hidden; run GRANT pg_monitor TO %1</source>
        <translation>le rôle %1 n&apos;est pas membre de pg_monitor : les requêtes des autres sessions restent masquées ; exécutez GRANT pg_monitor TO %1</translation>
    </message>
    <message>
        <source>pg_stat_statements is not loaded: add it to shared_preload_libraries in postgresql.conf and restart the server</source>
        <translation>pg_stat_statements n&apos;est pas chargé : ajoutez-le à shared_preload_libraries dans postgresql.conf et redémarrez le serveur</translation>
    </message>
    <message>
        <source>pg_stat_statements is loaded but not created in this database: run CREATE EXTENSION pg_stat_statements</source>
        <translation>pg_stat_statements est chargé mais pas créé dans cette base : exécutez CREATE EXTENSION pg_stat_statements</translation>
    </message>
    <message>
        <source>the file is locked by a writer: %1</source>
        <translation>le fichier est verrouillé par un écrivain : %1</translation>
    </message>
    <message>
        <source>SQLite file not found: %1</source>
        <translation>fichier SQLite introuvable : %1</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>%1 is in WAL mode and no connection has it open: SQLite cannot read it without creating %2-wal and -shm, and its directory is read-only. It becomes readable while a writer has it open (%3)</source>
        <translation>%1 est en mode WAL et aucune connexion ne l&apos;a ouvert : SQLite ne peut pas le lire sans créer %2-wal et -shm, et son répertoire est en lecture seule. Il devient lisible tant qu&apos;un écrivain l&apos;a ouvert (%3)</translation>
    </message>
    <message>
        <source>%1 is not a usable SQLite database: %2</source>
        <translation>%1 n&apos;est pas une base SQLite utilisable : %2</translation>
    </message>
</context>
<context>
    <name>Sql</name>
    <message>
        <source>(statement text withheld: it could not be parsed to hide its values)</source>
        <translation>(texte de l&apos;instruction masqué : il n&apos;a pas pu être analysé pour en cacher les valeurs)</translation>
    </message>
    <message>
        <source>the scanner&apos;s answer could not be read</source>
        <translation>la réponse de l&apos;analyseur lexical n&apos;a pas pu être lue</translation>
    </message>
</context>
<context>
    <name>dbpulse::BackupScheduler</name>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>verified by restore (%1)</source>
        <translation>vérifiée par restauration (%1)</translation>
    </message>
    <message>
        <source>checksums verified</source>
        <translation>sommes de contrôle vérifiées</translation>
    </message>
    <message>
        <source>the new backup failed verification: %1</source>
        <translation>la nouvelle sauvegarde a échoué à la vérification : %1</translation>
    </message>
    <message>
        <source>not pruned: %1</source>
        <translation>pas de nettoyage : %1</translation>
    </message>
    <message>
        <source>%1; 1 old backup deleted</source>
        <translation>%1 ; 1 ancienne sauvegarde supprimée</translation>
    </message>
    <message numerus="yes">
        <source>%1; %n old backups deleted</source>
        <translation>
            <numerusform>%1 ; %n ancienne sauvegarde supprimée</numerusform>
            <numerusform>%1 ; %n anciennes sauvegardes supprimées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; could not delete %2</source>
        <translation>%1 ; impossible de supprimer %2</translation>
    </message>
</context>
</TS>
