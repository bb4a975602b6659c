<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
    <message>
        <source>Timeline archives (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Archives de chronologies (*.sqlite3 *.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open shared archive</source>
        <translation>Ouvrir une archive partagée</translation>
    </message>
    <message>
        <source>The newsroom&apos;s shared archive (PostgreSQL), e.g. {example}.
A password is best kept in ~/.pgpass.</source>
        <translation>L’archive partagée de la rédaction (PostgreSQL), p. ex. {example}.
Un mot de passe se garde de préférence dans ~/.pgpass.</translation>
    </message>
    <message>
        <source>A shared archive&apos;s address starts with postgresql:// (for example {example}).</source>
        <translation>L’adresse d’une archive partagée commence par postgresql:// (par exemple {example}).</translation>
    </message>
    <message>
        <source>New archive</source>
        <translation>Nouvelle archive</translation>
    </message>
    <message>
        <source>My archive</source>
        <translation>Mon archive</translation>
    </message>
    <message>
        <source>{path} exists already. Choose another name, or open it with File › Open Archive.</source>
        <translation>{path} existe déjà. Choisissez un autre nom ou ouvrez-la avec Fichier › Ouvrir une archive.</translation>
    </message>
    <message>
        <source>Open archive</source>
        <translation>Ouvrir une archive</translation>
    </message>
    <message>
        <source>No other archives yet</source>
        <translation>Pas encore d’autres archives</translation>
    </message>
    <message>
        <source>&amp;New Archive…</source>
        <translation>&amp;Nouvelle archive…</translation>
    </message>
    <message>
        <source>Start an empty archive in a file of your choice</source>
        <translation>Créer une archive vide dans le fichier de votre choix</translation>
    </message>
    <message>
        <source>&amp;Open Archive…</source>
        <translation>&amp;Ouvrir une archive…</translation>
    </message>
    <message>
        <source>Open another archive file</source>
        <translation>Ouvrir un autre fichier d’archive</translation>
    </message>
    <message>
        <source>Open S&amp;hared Archive…</source>
        <translation>Ouvrir une archive &amp;partagée…</translation>
    </message>
    <message>
        <source>Open the newsroom&apos;s shared archive on a PostgreSQL server</source>
        <translation>Ouvrir l’archive partagée de la rédaction sur un serveur PostgreSQL</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Archives &amp;récentes</translation>
    </message>
    <message>
        <source>Open &amp;Sample Archive</source>
        <translation>Ouvrir l’archive d’&amp;exemple</translation>
    </message>
    <message>
        <source>The sample articles, in an archive of their own</source>
        <translation>Les articles d’exemple, dans une archive à part</translation>
    </message>
    <message>
        <source>Filter articles by title or source</source>
        <translation>Filtrer les articles par titre ou source</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Lang.</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>Publication date unknown</source>
        <translation>Date de publication inconnue</translation>
    </message>
    <message>
        <source>Sample archive</source>
        <translation>Archive d’exemple</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sample archive.&lt;/b&gt; These articles are here to try the app with: import, review, arrange and export as you like. Your own articles go into an archive of your own.</source>
        <translation>&lt;b&gt;Archive d’exemple.&lt;/b&gt; Ces articles servent à essayer l’application : importez, vérifiez, organisez et exportez à votre guise. Vos propres articles vont dans une archive à vous.</translation>
    </message>
    <message>
        <source>Open My Archive</source>
        <translation>Ouvrir mon archive</translation>
    </message>
    <message>
        <source>Start My Own Archive</source>
        <translation>Créer mon archive</translation>
    </message>
    <message>
        <source>Leave the samples here and work in your own archive</source>
        <translation>Laisser les exemples ici et travailler dans votre propre archive</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Needs check</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>Lane colour</source>
        <translation>Couleur du couloir</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Bleu</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Vert</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rouge</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Violet</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Gris</translation>
    </message>
    <message>
        <source>(no lane)</source>
        <translation>(aucun couloir)</translation>
    </message>
    <message>
        <source>Edit timeline entry</source>
        <translation>Modifier l’entrée de la chronologie</translation>
    </message>
    <message>
        <source>comma-separated, e.g. budget, court</source>
        <translation>séparés par des virgules, p. ex. budget, tribunal</translation>
    </message>
    <message>
        <source>Tags of this entry, separated by commas (empty: the event&apos;s tags are used)</source>
        <translation>Étiquettes de cette entrée, séparées par des virgules (vide : celles de l’événement)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Lane</source>
        <translation>&amp;Couloir</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>C&amp;ouleur</translation>
    </message>
    <message>
        <source>&amp;Importance</source>
        <translation>&amp;Importance</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>É&amp;tat</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>Éti&amp;quettes</translation>
    </message>
    <message>
        <source>&amp;Public note</source>
        <translation>Note &amp;publique</translation>
    </message>
    <message>
        <source>I&amp;nternal note (never published)</source>
        <translation>Note i&amp;nterne (jamais publiée)</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Move {n} events</source>
        <translation>Déplacer {n} événements</translation>
    </message>
    <message>
        <source>Move event</source>
        <translation>Déplacer l’événement</translation>
    </message>
    <message>
        <source>Remove {n} events from the timeline</source>
        <translation>Retirer {n} événements de la chronologie</translation>
    </message>
    <message>
        <source>Remove event from the timeline</source>
        <translation>Retirer l’événement de la chronologie</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Définir l’état</translation>
    </message>
    <message>
        <source>Add events to the timeline</source>
        <translation>Ajouter des événements à la chronologie</translation>
    </message>
    <message>
        <source>Add lane</source>
        <translation>Ajouter un couloir</translation>
    </message>
    <message>
        <source>Lane name:</source>
        <translation>Nom du couloir :</translation>
    </message>
    <message>
        <source>Add lane “{name}”</source>
        <translation>Ajouter le couloir « {name} »</translation>
    </message>
    <message>
        <source>Rename lane</source>
        <translation>Renommer le couloir</translation>
    </message>
    <message>
        <source>Expand lane</source>
        <translation>Déplier le couloir</translation>
    </message>
    <message>
        <source>Collapse lane</source>
        <translation>Replier le couloir</translation>
    </message>
    <message>
        <source>Reorder lanes</source>
        <translation>Réordonner les couloirs</translation>
    </message>
    <message>
        <source>Delete lane</source>
        <translation>Supprimer le couloir</translation>
    </message>
    <message>
        <source>Lanes by {kind}</source>
        <translation>Couloirs par {kind}</translation>
    </message>
    <message>
        <source>Add era</source>
        <translation>Ajouter une période</translation>
    </message>
    <message>
        <source>Era name:</source>
        <translation>Nom de la période :</translation>
    </message>
    <message>
        <source>Add era “{name}”</source>
        <translation>Ajouter la période « {name} »</translation>
    </message>
    <message>
        <source>Remove era</source>
        <translation>Supprimer la période</translation>
    </message>
    <message>
        <source>{n} events — double-click to zoom in</source>
        <translation>{n} événements — double-cliquez pour zoomer</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Move to Lane</source>
        <translation>&amp;Déplacer vers le couloir</translation>
    </message>
    <message>
        <source>&amp;Zoom to Selection</source>
        <translation>&amp;Zoomer sur la sélection</translation>
    </message>
    <message>
        <source>&amp;Remove {n} from the Timeline</source>
        <translation>&amp;Retirer {n} de la chronologie</translation>
    </message>
    <message>
        <source>&amp;Remove from the Timeline</source>
        <translation>&amp;Retirer de la chronologie</translation>
    </message>
    <message>
        <source>Add &amp;Lane…</source>
        <translation>Ajouter un &amp;couloir…</translation>
    </message>
    <message>
        <source>Lanes &amp;By</source>
        <translation>Couloirs &amp;par</translation>
    </message>
    <message>
        <source>Add &amp;Era…</source>
        <translation>Ajouter une &amp;période…</translation>
    </message>
    <message>
        <source>Remove Era “{name}”</source>
        <translation>Supprimer la période « {name} »</translation>
    </message>
    <message>
        <source>&amp;Fit Timeline</source>
        <translation>&amp;Afficher toute la chronologie</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>E&amp;xpand</source>
        <translation>&amp;Déplier</translation>
    </message>
    <message>
        <source>C&amp;ollapse</source>
        <translation>Re&amp;plier</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Descen&amp;dre</translation>
    </message>
    <message>
        <source>&amp;Delete Lane</source>
        <translation>&amp;Supprimer le couloir</translation>
    </message>
    <message>
        <source>Overview of the whole timeline</source>
        <translation>Vue d’ensemble de la chronologie</translation>
    </message>
    <message>
        <source>La&amp;nes</source>
        <translation>Coul&amp;oirs</translation>
    </message>
    <message>
        <source>E&amp;ras</source>
        <translation>Pé&amp;riodes</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Zoom arrière (−)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Zoom avant (+)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Show the whole timeline (0)</source>
        <translation>Afficher toute la chronologie (0)</translation>
    </message>
    <message>
        <source>Fit &amp;Selection</source>
        <translation>Afficher la &amp;sélection</translation>
    </message>
    <message>
        <source>Fit selection</source>
        <translation>Sélection</translation>
    </message>
    <message>
        <source>&amp;Go to Dates…</source>
        <translation>A&amp;ller aux dates…</translation>
    </message>
    <message>
        <source>Go to dates…</source>
        <translation>Aller aux dates…</translation>
    </message>
    <message>
        <source>Show a period, e.g. 2014 to June 2023</source>
        <translation>Afficher une période, p. ex. 2014 à juin 2023</translation>
    </message>
    <message>
        <source>Event &amp;Menu</source>
        <translation>&amp;Menu de l’événement</translation>
    </message>
    <message>
        <source>The menu of the selected event (also the Menu key on the timeline)</source>
        <translation>Le menu de l’événement sélectionné (aussi la touche Menu sur la chronologie)</translation>
    </message>
    <message>
        <source>{date}: {title}</source>
        <translation>{date} : {title}</translation>
    </message>
    <message>
        <source>lane {lane}</source>
        <translation>couloir {lane}</translation>
    </message>
    <message>
        <source>has a note</source>
        <translation>a une note</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Timeline “{name}”</source>
        <translation>Chronologie « {name} »</translation>
    </message>
    <message>
        <source>{n} events; arrow keys move between them, Enter edits, the Menu key opens their menu</source>
        <translation>{n} événements ; les flèches passent de l’un à l’autre, Entrée modifie, la touche Menu ouvre leur menu</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Go to dates</source>
        <translation>Aller aux dates</translation>
    </message>
    <message>
        <source>From (and optionally “to …”):</source>
        <translation>De (et éventuellement « à … ») :</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Modifier l’événement</translation>
    </message>
    <message>
        <source>{n} events</source>
        <translation>{n} événements</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 événement</translation>
    </message>
    <message>
        <source>No lane</source>
        <translation>Aucun couloir</translation>
    </message>
    <message>
        <source>precise to the {precision}</source>
        <translation>précision : {precision}</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>approximatif</translation>
    </message>
    <message>
        <source>Internal note: {note}</source>
        <translation>Note interne : {note}</translation>
    </message>
    <message>
        <source>… {n} more sources</source>
        <translation>… {n} autres sources</translation>
    </message>
    <message>
        <source>Cannot open the archive</source>
        <translation>Impossible d’ouvrir l’archive</translation>
    </message>
    <message>
        <source>The new language applies when the import has finished and you open an archive</source>
        <translation>La nouvelle langue s’appliquera une fois l’import terminé, à l’ouverture d’une archive</translation>
    </message>
    <message>
        <source>announced beforehand in 1 article; no report yet</source>
        <translation>annoncé à l’avance dans 1 article ; pas encore de compte rendu</translation>
    </message>
    <message>
        <source>announced beforehand in %1 articles; no report yet</source>
        <translation>annoncé à l’avance dans %1 articles ; pas encore de compte rendu</translation>
    </message>
    <message>
        <source>reported by 1 article</source>
        <translation>rapporté par 1 article</translation>
    </message>
    <message>
        <source>reported by %1 articles</source>
        <translation>rapporté par %1 articles</translation>
    </message>
    <message>
        <source>from 1 outlet</source>
        <translation>d’1 média</translation>
    </message>
    <message>
        <source>from %1 outlets</source>
        <translation>de %1 médias</translation>
    </message>
    <message>
        <source>named again in 1 later article</source>
        <translation>cité de nouveau dans 1 article ultérieur</translation>
    </message>
    <message>
        <source>named again in %1 later articles</source>
        <translation>cité de nouveau dans %1 articles ultérieurs</translation>
    </message>
    <message>
        <source>1 about the search</source>
        <translation>1 sur la recherche</translation>
    </message>
    <message>
        <source>%1 about the search</source>
        <translation>%1 sur la recherche</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Draft Timeline</source>
        <translation>Ébaucher une chronologie</translation>
    </message>
    <message>
        <source>The whole archive</source>
        <translation>Toute l’archive</translation>
    </message>
    <message>
        <source>Articles matching a search</source>
        <translation>Articles correspondant à une recherche</translation>
    </message>
    <message>
        <source>These search results (%n articles)</source>
        <translation>Ces résultats de recherche (%n articles)</translation>
    </message>
    <message>
        <source>Events of the timeline “%1”</source>
        <translation>Événements de la chronologie « %1 »</translation>
    </message>
    <message>
        <source>words, &quot;a phrase&quot;, annex*</source>
        <translation>mots, &quot;une expression&quot;, annex*</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Create Timeline</source>
        <translation>Créer la chronologie</translation>
    </message>
    <message>
        <source>Draft from</source>
        <translation>Ébaucher à partir de</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>Au plus</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Draft: %1</source>
        <translation>Ébauche : %1</translation>
    </message>
    <message>
        <source>Draft timeline</source>
        <translation>Ébauche de chronologie</translation>
    </message>
    <message>
        <source>Type words to search for.</source>
        <translation>Tapez les mots à rechercher.</translation>
    </message>
    <message>
        <source>Drafting…</source>
        <translation>Ébauche en cours…</translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation>entre %1 et %2</translation>
    </message>
    <message>
        <source>%1 entries from %2 candidate dates in %3 articles</source>
        <translation>%1 entrées sur %2 dates candidates dans %3 articles</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>Nothing to create yet: the preview has no entries.</source>
        <translation>Rien à créer pour l’instant : l’aperçu est vide.</translation>
    </message>
    <message>
        <source>The timeline needs a name.</source>
        <translation>La chronologie doit avoir un nom.</translation>
    </message>
    <message>
        <source>There is already a timeline called “%1”.</source>
        <translation>Une chronologie nommée « %1 » existe déjà.</translation>
    </message>
    <message>
        <source>There is already a timeline called “%1”</source>
        <translation>Une chronologie nommée « %1 » existe déjà</translation>
    </message>
    <message>
        <source>Draft timeline “%1”</source>
        <translation>Ébaucher la chronologie « %1 »</translation>
    </message>
    <message>
        <source>Clear draft marks</source>
        <translation>Effacer les marques d’ébauche</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Image PNG</translation>
    </message>
    <message>
        <source>SVG image</source>
        <translation>Image SVG</translation>
    </message>
    <message>
        <source>PDF (landscape)</source>
        <translation>PDF (paysage)</translation>
    </message>
    <message>
        <source>Interactive web page (HTML)</source>
        <translation>Page web interactive (HTML)</translation>
    </message>
    <message>
        <source>TimelineJS data (JSON)</source>
        <translation>Données TimelineJS (JSON)</translation>
    </message>
    <message>
        <source>TimelineJS spreadsheet (CSV)</source>
        <translation>Tableur TimelineJS (CSV)</translation>
    </message>
    <message>
        <source>Export timeline</source>
        <translation>Exporter la chronologie</translation>
    </message>
    <message>
        <source>Most sources’ language ({language})</source>
        <translation>Langue de la plupart des sources ({language})</translation>
    </message>
    <message>
        <source>Language of the labels and dates of this timeline’s exports; the timeline keeps it</source>
        <translation>Langue des libellés et des dates des exports de cette chronologie ; la chronologie la conserve</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (all when empty)</source>
        <translation>AAAA-MM-JJ (vide : tout)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatique</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation>A4 paysage</translation>
    </message>
    <message>
        <source>A3 landscape</source>
        <translation>A3 paysage</translation>
    </message>
    <message>
        <source>List the sources</source>
        <translation>Lister les sources</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Preview of the export</source>
        <translation>Aperçu de l’export</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>T&amp;itre</translation>
    </message>
    <message>
        <source>&amp;Subtitle</source>
        <translation>&amp;Sous-titre</translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>A&amp;u</translation>
    </message>
    <message>
        <source>&amp;Width (px)</source>
        <translation>&amp;Largeur (px)</translation>
    </message>
    <message>
        <source>S&amp;cale</source>
        <translation>É&amp;chelle</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>T&amp;hème</translation>
    </message>
    <message>
        <source>PDF &amp;paper</source>
        <translation>&amp;Papier PDF</translation>
    </message>
    <message>
        <source>Dates are YYYY-MM-DD</source>
        <translation>Les dates s’écrivent AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Choose at least one lane</source>
        <translation>Choisissez au moins un couloir</translation>
    </message>
    <message>
        <source>{n} events, {width} px wide</source>
        <translation>{n} événements, {width} px de large</translation>
    </message>
    <message>
        <source>timeline</source>
        <translation>chronologie</translation>
    </message>
    <message>
        <source>Open a timeline first (Timelines, left)</source>
        <translation>Ouvrez d’abord une chronologie (Chronologies, à gauche)</translation>
    </message>
    <message>
        <source>most sources’ language</source>
        <translation>langue de la plupart des sources</translation>
    </message>
    <message>
        <source>Publication language: {language}</source>
        <translation>Langue de publication : {language}</translation>
    </message>
    <message>
        <source>Exporting to {path}…</source>
        <translation>Export vers {path}…</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exporté vers {path}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message>
        <source>Nothing was written: {reason}</source>
        <translation>Rien n’a été écrit : {reason}</translation>
    </message>
    <message>
        <source>minute</source>
        <translation>minute</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>heure</translation>
    </message>
    <message>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <source>week</source>
        <translation>semaine</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>season</source>
        <translation>saison</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>trimestre</translation>
    </message>
    <message>
        <source>half year</source>
        <translation>semestre</translation>
    </message>
    <message>
        <source>year</source>
        <translation>année</translation>
    </message>
    <message>
        <source>decade</source>
        <translation>décennie</translation>
    </message>
    <message>
        <source>century</source>
        <translation>siècle</translation>
    </message>
    <message>
        <source>before</source>
        <translation>avant</translation>
    </message>
    <message>
        <source>after</source>
        <translation>après</translation>
    </message>
    <message>
        <source>since</source>
        <translation>depuis</translation>
    </message>
    <message>
        <source>until</source>
        <translation>jusqu’à</translation>
    </message>
    <message>
        <source>between</source>
        <translation>entre</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Suggéré</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>{imported} imported, {duplicate} duplicate, {failed} failed</source>
        <translation>{imported} importé(s), {duplicate} doublon(s), {failed} en échec</translation>
    </message>
    <message>
        <source>(cancelled; finished articles were kept)</source>
        <translation>(annulé ; les articles terminés sont conservés)</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… et {n} de plus</translation>
    </message>
    <message>
        <source>Importing: {done} of {total} articles stored</source>
        <translation>Import : {done} articles enregistrés sur {total}</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>moins d’une minute restante</translation>
    </message>
    <message>
        <source>about {n} min left</source>
        <translation>environ {n} min restantes</translation>
    </message>
    <message>
        <source>about {n} h left</source>
        <translation>environ {n} h restantes</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progression de l’import</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Annuler l’import</translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation>Importer des articles</translation>
    </message>
    <message>
        <source>Articles and TimelineJS data ({patterns});;Articles ({articles});;All files (*)</source>
        <translation>Articles et données TimelineJS ({patterns});;Articles ({articles});;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import a folder of articles</source>
        <translation>Importer un dossier d’articles</translation>
    </message>
    <message>
        <source>{name}; {n} slides left out: {reasons}</source>
        <translation>{name} ; {n} diapositives écartées : {reasons}</translation>
    </message>
    <message>
        <source>Import running</source>
        <translation>Import en cours</translation>
    </message>
    <message>
        <source>Wait for the current import to finish, or cancel it.</source>
        <translation>Attendez la fin de l’import en cours ou annulez-le.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Import finished: {summary}</source>
        <translation>Import terminé : {summary}</translation>
    </message>
    <message>
        <source>Article not added</source>
        <translation>Article non ajouté</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Échec de l’import</translation>
    </message>
    <message>
        <source>The import stopped: {reason}</source>
        <translation>L’import s’est arrêté : {reason}</translation>
    </message>
    <message>
        <source>Cancelling after the current article…</source>
        <translation>Annulation après l’article en cours…</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Doublon</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>New timeline</source>
        <translation>Nouvelle chronologie</translation>
    </message>
    <message>
        <source>no publication date: relative dates stay unresolved</source>
        <translation>pas de date de publication : les dates relatives restent non résolues</translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation>raison inconnue</translation>
    </message>
    <message>
        <source>{n} imported</source>
        <translation>{n} importé(s)</translation>
    </message>
    <message>
        <source>{n} duplicate</source>
        <translation>{n} doublon(s)</translation>
    </message>
    <message>
        <source>{n} failed</source>
        <translation>{n} en échec</translation>
    </message>
    <message>
        <source>{n} new timelines</source>
        <translation>{n} nouvelle(s) chronologie(s)</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import terminé</translation>
    </message>
    <message>
        <source>Imported files</source>
        <translation>Fichiers importés</translation>
    </message>
    <message>
        <source>1 imported article has no publication date, so “yesterday” or “last week” in it cannot be dated yet.</source>
        <translation>1 article importé n’a pas de date de publication : « hier » ou « la semaine dernière » n’y peuvent pas encore être datés.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Set &amp;Dates…</source>
        <translation>Définir les &amp;dates…</translation>
    </message>
    <message>
        <source>{n} imported articles have no publication date, so “yesterday” or “last week” in them cannot be dated yet.</source>
        <translation>{n} articles importés n’ont pas de date de publication : « hier » ou « la semaine dernière » n’y peuvent pas encore être datés.</translation>
    </message>
    <message>
        <source>Set publication dates</source>
        <translation>Définir les dates de publication</translation>
    </message>
    <message>
        <source>Publication date of {title}</source>
        <translation>Date de publication de {title}</translation>
    </message>
    <message>
        <source>The relative dates of each article are resolved again from its date.</source>
        <translation>Les dates relatives de chaque article sont recalculées à partir de cette date.</translation>
    </message>
    <message>
        <source>Dates are YYYY-MM-DD: {text}</source>
        <translation>Les dates s’écrivent AAAA-MM-JJ : {text}</translation>
    </message>
    <message>
        <source>Timeline — {archive}</source>
        <translation>Chronologie — {archive}</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>File de relecture</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>Texte de l’article</translation>
    </message>
    <message>
        <source>Sources of the selected events</source>
        <translation>Sources des événements sélectionnés</translation>
    </message>
    <message>
        <source>Articles found</source>
        <translation>Articles trouvés</translation>
    </message>
    <message>
        <source>Events found</source>
        <translation>Événements trouvés</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>(lecture seule)</translation>
    </message>
    <message>
        <source>That event is hidden by the review queue&apos;s filters</source>
        <translation>Cet événement est masqué par les filtres de la file de relecture</translation>
    </message>
    <message>
        <source>Timeline {n}</source>
        <translation>Chronologie {n}</translation>
    </message>
    <message>
        <source>No timeline is open. New timeline:</source>
        <translation>Aucune chronologie n’est ouverte. Nouvelle chronologie :</translation>
    </message>
    <message>
        <source>{articles} articles · {events} events</source>
        <translation>{articles} articles · {events} événements</translation>
    </message>
    <message>
        <source>{n} without publication date</source>
        <translation>{n} sans date de publication</translation>
    </message>
    <message>
        <source>Set publication dates of {n} articles</source>
        <translation>Définir la date de publication de {n} articles</translation>
    </message>
    <message>
        <source>TimelineJS files imported as new timelines: {n}</source>
        <translation>Fichiers TimelineJS importés comme nouvelles chronologies : {n}</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>Réglages enregistrés</translation>
    </message>
    <message>
        <source>An import is running. Cancel it? Finished articles are kept.</source>
        <translation>Un import est en cours. L’annuler ? Les articles terminés sont conservés.</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>&amp;Importer des fichiers…</translation>
    </message>
    <message>
        <source>Import article files (HTML, text, Markdown, Word, PDF)</source>
        <translation>Importer des fichiers d’articles (HTML, texte, Markdown, Word, PDF)</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>Importer un &amp;dossier…</translation>
    </message>
    <message>
        <source>Import every article in a folder and its subfolders</source>
        <translation>Importer tous les articles d’un dossier et de ses sous-dossiers</translation>
    </message>
    <message>
        <source>New Article from &amp;Clipboard…</source>
        <translation>Nouvel article depuis le &amp;presse-papiers…</translation>
    </message>
    <message>
        <source>Paste text as a new article</source>
        <translation>Coller du texte comme nouvel article</translation>
    </message>
    <message>
        <source>&amp;Export Timeline…</source>
        <translation>&amp;Exporter la chronologie…</translation>
    </message>
    <message>
        <source>Publish the open timeline as PNG, SVG, PDF, HTML or TimelineJS data</source>
        <translation>Publier la chronologie ouverte en PNG, SVG, PDF, HTML ou données TimelineJS</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Ré&amp;glages…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Find in Archive</source>
        <translation>Re&amp;chercher dans l’archive</translation>
    </message>
    <message>
        <source>Search articles and events (Ctrl+F)</source>
        <translation>Rechercher des articles et des événements (Ctrl+F)</translation>
    </message>
    <message>
        <source>Go to the Review &amp;Queue</source>
        <translation>Aller à la &amp;file de relecture</translation>
    </message>
    <message>
        <source>Put the keyboard focus in the review queue</source>
        <translation>Placer le clavier dans la file de relecture</translation>
    </message>
    <message>
        <source>Go to the &amp;Archive List</source>
        <translation>Aller à la liste de l’&amp;archive</translation>
    </message>
    <message>
        <source>Put the keyboard focus in the archive&apos;s filter box</source>
        <translation>Placer le clavier dans le filtre de l’archive</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>E&amp;vents</source>
        <translation>Év&amp;énements</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Chronologie</translation>
    </message>
    <message>
        <source>Dr&amp;aft Timeline…</source>
        <translation>É&amp;baucher une chronologie…</translation>
    </message>
    <message>
        <source>Rank the dates the articles name and propose a timeline of the moments that matter</source>
        <translation>Classer les dates citées par les articles et proposer une chronologie des moments qui comptent</translation>
    </message>
    <message>
        <source>Clear Draft &amp;Marks</source>
        <translation>Effacer les &amp;marques d’ébauche</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>V&amp;iew</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>&amp;Article</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Barre principale</translation>
    </message>
    <message>
        <source>it no longer exists</source>
        <translation>il n’existe plus</translation>
    </message>
    <message>
        <source>{label} was not saved: the archive is read-only</source>
        <translation>« {label} » n’a pas été enregistré : l’archive est en lecture seule</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Undo {step}</source>
        <translation>&amp;Annuler : {step}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Redo {step}</source>
        <translation>&amp;Rétablir : {step}</translation>
    </message>
    <message>
        <source>{label} failed: {reason}</source>
        <translation>{label} : échec ({reason})</translation>
    </message>
    <message>
        <source>Cannot undo {label}: {reason}</source>
        <translation>Impossible d’annuler « {label} » : {reason}</translation>
    </message>
    <message>
        <source>Cannot redo {label}: {reason}</source>
        <translation>Impossible de rétablir « {label} » : {reason}</translation>
    </message>
    <message>
        <source>Cannot undo {label}: {reason}. The undo history was cleared.</source>
        <translation>Impossible d’annuler « {label} » : {reason}. L’historique a été effacé.</translation>
    </message>
    <message>
        <source>Cannot redo {label}: {reason}. The undo history was cleared.</source>
        <translation>Impossible de rétablir « {label} » : {reason}. L’historique a été effacé.</translation>
    </message>
    <message>
        <source>New article from pasted text</source>
        <translation>Nouvel article à partir du texte collé</translation>
    </message>
    <message>
        <source>e.g. De Grensbode</source>
        <translation>p. ex. De Grensbode</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (needed to resolve “yesterday”, “last week”)</source>
        <translation>AAAA-MM-JJ (nécessaire pour dater « hier », « la semaine dernière »)</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Détecter</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Paste or type the article text.</source>
        <translation>Collez ou tapez le texte de l’article.</translation>
    </message>
    <message>
        <source>The article needs a title.</source>
        <translation>L’article doit avoir un titre.</translation>
    </message>
    <message>
        <source>The publication date is YYYY-MM-DD, or empty when unknown.</source>
        <translation>La date de publication s’écrit AAAA-MM-JJ, ou reste vide si elle est inconnue.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (empty: unknown)</source>
        <translation>AAAA-MM-JJ (vide : inconnue)</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Not a date: {text} (use YYYY-MM-DD)</source>
        <translation>Date invalide : {text} (format AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>Edit details…</source>
        <translation>Modifier les détails…</translation>
    </message>
    <message>
        <source>No article selected</source>
        <translation>Aucun article sélectionné</translation>
    </message>
    <message>
        <source>Choose an article in the archive, or import files with File › Import Files (Ctrl+O).</source>
        <translation>Choisissez un article dans l’archive, ou importez des fichiers avec Fichier › Importer des fichiers (Ctrl+O).</translation>
    </message>
    <message>
        <source>{n} temporal expressions · {dated} date events</source>
        <translation>{n} expressions temporelles · {dated} événements datés</translation>
    </message>
    <message>
        <source>Edit article details</source>
        <translation>Modifier les détails de l’article</translation>
    </message>
    <message>
        <source>{n} reviewed events would now get another date; they are kept and flagged as conflicts</source>
        <translation>{n} événements vérifiés recevraient maintenant une autre date ; ils sont conservés et signalés comme conflits</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>time</source>
        <translation>heure</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>durée</translation>
    </message>
    <message>
        <source>recurring</source>
        <translation>récurrent</translation>
    </message>
    <message>
        <source>{kind} · value {value}</source>
        <translation>{kind} · valeur {value}</translation>
    </message>
    <message>
        <source>{date} · precision: {precision}</source>
        <translation>{date} · précision : {precision}</translation>
    </message>
    <message>
        <source>qualifier: {qualifier}</source>
        <translation>qualificatif : {qualifier}</translation>
    </message>
    <message>
        <source>click to show its event</source>
        <translation>cliquez pour afficher son événement</translation>
    </message>
    <message>
        <source>no event from this date</source>
        <translation>aucun événement pour cette date</translation>
    </message>
    <message>
        <source>publication date unknown</source>
        <translation>date de publication inconnue</translation>
    </message>
    <message>
        <source>event sentence</source>
        <translation>phrase d’événement</translation>
    </message>
    <message>
        <source>accepted event</source>
        <translation>événement accepté</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <source>Accept the selected events (A or Enter)</source>
        <translation>Accepter les événements sélectionnés (A ou Entrée)</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Rejeter</translation>
    </message>
    <message>
        <source>Reject the selected events (R or Delete)</source>
        <translation>Rejeter les événements sélectionnés (R ou Suppr)</translation>
    </message>
    <message>
        <source>Return to &amp;Queue</source>
        <translation>Remettre dans la &amp;file</translation>
    </message>
    <message>
        <source>Make the selected events suggestions again (U)</source>
        <translation>Refaire des événements sélectionnés des suggestions (U)</translation>
    </message>
    <message>
        <source>Edit the headline, date and tags (E or F2)</source>
        <translation>Modifier le titre, la date et les étiquettes (E ou F2)</translation>
    </message>
    <message>
        <source>&amp;Merge Duplicates</source>
        <translation>&amp;Fusionner les doublons</translation>
    </message>
    <message>
        <source>Merge the selected events into one, keeping every source (M)</source>
        <translation>Fusionner les événements sélectionnés en un seul, en gardant chaque source (M)</translation>
    </message>
    <message>
        <source>Add to &amp;Timeline</source>
        <translation>Ajouter à la &amp;chronologie</translation>
    </message>
    <message>
        <source>Put the selected events on the current timeline (T)</source>
        <translation>Placer les événements sélectionnés sur la chronologie ouverte (T)</translation>
    </message>
    <message>
        <source>Add to “{timeline}”</source>
        <translation>Ajouter à « {timeline} »</translation>
    </message>
    <message>
        <source>e.g. 16 dec 2022, juni 2023, c. 1990s, vorige week</source>
        <translation>p. ex. 16 déc. 2022, juin 2023, vers 1990, la semaine dernière</translation>
    </message>
    <message>
        <source>Approximate</source>
        <translation>Approximatif</translation>
    </message>
    <message>
        <source>exactly</source>
        <translation>exactement</translation>
    </message>
    <message>
        <source>comma-separated, e.g. diplomacy, sanctions</source>
        <translation>séparées par des virgules, p. ex. diplomatie, sanctions</translation>
    </message>
    <message>
        <source>&amp;Headline</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>D&amp;ate</source>
        <translation>D&amp;ate</translation>
    </message>
    <message>
        <source>&amp;Precision</source>
        <translation>&amp;Précision</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>É&amp;tiquettes</translation>
    </message>
    <message>
        <source>Source: “{sentence}”</source>
        <translation>Source : « {sentence} »</translation>
    </message>
    <message>
        <source>The sentence this event was found in</source>
        <translation>La phrase où cet événement a été trouvé</translation>
    </message>
    <message>
        <source>→ not a date I can read</source>
        <translation>→ date illisible</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Filter headlines</source>
        <translation>Filtrer les titres</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Tous les articles</translation>
    </message>
    <message>
        <source>from</source>
        <translation>du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>A date as you would say it: 2014, June 2023, 16 Dec 2022</source>
        <translation>Une date comme vous la diriez : 2014, juin 2023, 16 déc. 2022</translation>
    </message>
    <message>
        <source>any</source>
        <translation>toutes</translation>
    </message>
    <message>
        <source>Hide events the extractor is less sure of</source>
        <translation>Masquer les événements dont l’extraction est moins sûre</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Not a date I can read</source>
        <translation>Date illisible</translation>
    </message>
    <message>
        <source>A date as you would say it: 2014, June 2023</source>
        <translation>Une date comme vous la diriez : 2014, juin 2023</translation>
    </message>
    <message>
        <source>Article(s)</source>
        <translation>Article(s)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>(edited by an editor)</source>
        <translation>(modifié par un rédacteur)</translation>
    </message>
    <message>
        <source>Another report gives a different date for this event</source>
        <translation>Un autre article donne une autre date pour cet événement</translation>
    </message>
    <message>
        <source>A accept · R reject · E edit · M merge · T add to timeline · Ctrl+Z undo</source>
        <translation>A accepter · R rejeter · E modifier · M fusionner · T ajouter à la chronologie · Ctrl+Z annuler</translation>
    </message>
    <message>
        <source>Accept 1 event</source>
        <translation>Accepter 1 événement</translation>
    </message>
    <message>
        <source>Accept {n} events</source>
        <translation>Accepter {n} événements</translation>
    </message>
    <message>
        <source>Reject 1 event</source>
        <translation>Rejeter 1 événement</translation>
    </message>
    <message>
        <source>Reject {n} events</source>
        <translation>Rejeter {n} événements</translation>
    </message>
    <message>
        <source>Return 1 event</source>
        <translation>Remettre 1 événement dans la file</translation>
    </message>
    <message>
        <source>Return {n} events</source>
        <translation>Remettre {n} événements dans la file</translation>
    </message>
    <message>
        <source>Nothing here. Change the filters, or import articles to find events.</source>
        <translation>Rien ici. Modifiez les filtres ou importez des articles pour trouver des événements.</translation>
    </message>
    <message>
        <source>Edit “{title}”</source>
        <translation>Modifier « {title} »</translation>
    </message>
    <message>
        <source>Select two or more events to merge (Shift or Ctrl + click).</source>
        <translation>Sélectionnez au moins deux événements à fusionner (Maj ou Ctrl + clic).</translation>
    </message>
    <message>
        <source>Merge {n}</source>
        <translation>Fusionner {n}</translation>
    </message>
    <message>
        <source>Open a timeline first: T adds events to the current timeline.</source>
        <translation>Ouvrez d’abord une chronologie : T y ajoute les événements.</translation>
    </message>
    <message>
        <source>Add {n} to “{timeline}”</source>
        <translation>Ajouter {n} à « {timeline} »</translation>
    </message>
    <message>
        <source>Search the archive: words, &quot;a phrase&quot;, annex*, krim NOT rusland</source>
        <translation>Rechercher dans l’archive : mots, &quot;une expression&quot;, annex*, crimée NOT russie</translation>
    </message>
    <message>
        <source>published from</source>
        <translation>publié à partir du</translation>
    </message>
    <message>
        <source>to (YYYY-MM-DD)</source>
        <translation>jusqu’au (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>events from</source>
        <translation>événements à partir du</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Open article</source>
        <translation>Ouvrir l’article</translation>
    </message>
    <message>
        <source>Add events to timeline</source>
        <translation>Ajouter les événements à la chronologie</translation>
    </message>
    <message>
        <source>Adds the selected events, or all event hits when none is selected</source>
        <translation>Ajoute les événements sélectionnés, ou tous les événements trouvés si aucun n’est sélectionné</translation>
    </message>
    <message>
        <source>Draft a timeline from these results…</source>
        <translation>Ébaucher une chronologie à partir de ces résultats…</translation>
    </message>
    <message>
        <source>Rank the dates these articles name and propose a timeline</source>
        <translation>Classer les dates citées par ces articles et proposer une chronologie</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Toutes les sources</translation>
    </message>
    <message>
        <source>Dates are YYYY-MM-DD ({reason})</source>
        <translation>Les dates s’écrivent AAAA-MM-JJ ({reason})</translation>
    </message>
    <message>
        <source>Search not run: {reason}</source>
        <translation>Recherche non lancée : {reason}</translation>
    </message>
    <message>
        <source>Articles ({n})</source>
        <translation>Articles ({n})</translation>
    </message>
    <message>
        <source>Events ({n})</source>
        <translation>Événements ({n})</translation>
    </message>
    <message>
        <source>Type words to search; filters narrow the results.</source>
        <translation>Tapez des mots à rechercher ; les filtres affinent les résultats.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>An archive file (.sqlite3), or the address of the newsroom&apos;s shared archive (postgresql://user@host/archive). Another archive opens when you press OK.</source>
        <translation>Un fichier d&apos;archive (.sqlite3), ou l&apos;adresse de l&apos;archive partagée de la rédaction (postgresql://utilisateur@hôte/archive). Une autre archive s&apos;ouvre quand vous appuyez sur OK.</translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>Same as the system ({language})</source>
        <translation>Comme le système ({language})</translation>
    </message>
    <message>
        <source>Detect per article</source>
        <translation>Détecter pour chaque article</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <source>Language of imported articles</source>
        <translation>Langue des articles importés</translation>
    </message>
    <message>
        <source>Review: hide events below</source>
        <translation>Relecture : masquer les événements sous</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier des données</translation>
    </message>
    <message>
        <source>Select events on the timeline to see where they were reported.</source>
        <translation>Sélectionnez des événements sur la chronologie pour voir où ils ont été rapportés.</translation>
    </message>
    <message>
        <source>Added by an editor; no article source.</source>
        <translation>Ajouté par un rédacteur ; aucun article source.</translation>
    </message>
    <message>
        <source>article {id}</source>
        <translation>article {id}</translation>
    </message>
    <message>
        <source>(photo caption)</source>
        <translation>(légende photo)</translation>
    </message>
    <message>
        <source>… and {n} more selected events</source>
        <translation>… et {n} autres événements sélectionnés</translation>
    </message>
    <message>
        <source>{name}: {events} events, {lanes} lanes</source>
        <translation>{name} : {events} événements, {lanes} couloirs</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Empty timeline…</source>
        <translation>Chronologie vide…</translation>
    </message>
    <message>
        <source>From accepted events…</source>
        <translation>À partir des événements acceptés…</translation>
    </message>
    <message>
        <source>From a search…</source>
        <translation>À partir d’une recherche…</translation>
    </message>
    <message>
        <source>From the selected events…</source>
        <translation>À partir des événements sélectionnés…</translation>
    </message>
    <message>
        <source>Timelines</source>
        <translation>Chronologies</translation>
    </message>
    <message>
        <source>There is already a timeline called “{name}”.</source>
        <translation>Une chronologie nommée « {name} » existe déjà.</translation>
    </message>
    <message>
        <source>New timeline “{name}”</source>
        <translation>Nouvelle chronologie « {name} »</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>New timeline from accepted events</source>
        <translation>Nouvelle chronologie à partir des événements acceptés</translation>
    </message>
    <message>
        <source>No events are accepted yet: the timeline starts empty</source>
        <translation>Aucun événement n’est encore accepté : la chronologie commence vide</translation>
    </message>
    <message>
        <source>New timeline from a search</source>
        <translation>Nouvelle chronologie à partir d’une recherche</translation>
    </message>
    <message>
        <source>Search the archive for:</source>
        <translation>Rechercher dans l’archive :</translation>
    </message>
    <message>
        <source>{n} accepted events from articles matching “{query}”</source>
        <translation>{n} événements acceptés issus des articles correspondant à « {query} »</translation>
    </message>
    <message>
        <source>Select events in the review queue first</source>
        <translation>Sélectionnez d’abord des événements dans la file de relecture</translation>
    </message>
    <message>
        <source>New timeline from the selected events</source>
        <translation>Nouvelle chronologie à partir des événements sélectionnés</translation>
    </message>
    <message>
        <source>Rename timeline</source>
        <translation>Renommer la chronologie</translation>
    </message>
    <message>
        <source>Rename timeline to “{name}”</source>
        <translation>Renommer la chronologie en « {name} »</translation>
    </message>
    <message>
        <source>Duplicate timeline “{name}”</source>
        <translation>Dupliquer la chronologie « {name} »</translation>
    </message>
    <message>
        <source>Delete timeline “{name}”</source>
        <translation>Supprimer la chronologie « {name} »</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Time axis</source>
        <translation>Axe du temps</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>Couloirs</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only archive.&lt;/b&gt; {path} is shared with a role that may only read: you can read, search and export; importing and editing are off (ask the database administrator for a role that may write).</source>
        <translation>&lt;b&gt;Archive en lecture seule.&lt;/b&gt; {path} est partagée avec un rôle qui ne peut que lire : vous pouvez lire, chercher et exporter ; l’import et la modification sont désactivés (demandez à l’administrateur de la base un rôle qui peut écrire).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only archive.&lt;/b&gt; {path} cannot be changed here (file permissions or a read-only medium): you can read, search and export; importing and editing are off.</source>
        <translation>&lt;b&gt;Archive en lecture seule.&lt;/b&gt; {path} ne peut pas être modifiée ici (droits du fichier ou support en lecture seule) : vous pouvez lire, rechercher et exporter ; l’import et la modification sont désactivés.</translation>
    </message>
    <message>
        <source>No archive there</source>
        <translation>Pas d’archive à cet endroit</translation>
    </message>
    <message>
        <source>There is no archive at {path}.

Create a new, empty archive there?</source>
        <translation>Il n’y a pas d’archive à l’emplacement {path}.

Y créer une nouvelle archive vide ?</translation>
    </message>
</context>
</TS>
