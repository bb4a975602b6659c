<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <source>Timeline archives (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Zeitleisten-Archive (*.sqlite3 *.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open shared archive</source>
        <translation>Geteiltes Archiv öffnen</translation>
    </message>
    <message>
        <source>The newsroom&apos;s shared archive (PostgreSQL), e.g. {example}.
A password is best kept in ~/.pgpass.</source>
        <translation>Das geteilte Archiv der Redaktion (PostgreSQL), z. B. {example}.
Ein Passwort steht am besten in ~/.pgpass.</translation>
    </message>
    <message>
        <source>A shared archive&apos;s address starts with postgresql:// (for example {example}).</source>
        <translation>Die Adresse eines geteilten Archivs beginnt mit postgresql:// (zum Beispiel {example}).</translation>
    </message>
    <message>
        <source>New archive</source>
        <translation>Neues Archiv</translation>
    </message>
    <message>
        <source>My archive</source>
        <translation>Mein Archiv</translation>
    </message>
    <message>
        <source>{path} exists already. Choose another name, or open it with File › Open Archive.</source>
        <translation>{path} gibt es schon. Wählen Sie einen anderen Namen oder öffnen Sie es mit Datei › Archiv öffnen.</translation>
    </message>
    <message>
        <source>Open archive</source>
        <translation>Archiv öffnen</translation>
    </message>
    <message>
        <source>No other archives yet</source>
        <translation>Noch keine anderen Archive</translation>
    </message>
    <message>
        <source>&amp;New Archive…</source>
        <translation>&amp;Neues Archiv…</translation>
    </message>
    <message>
        <source>Start an empty archive in a file of your choice</source>
        <translation>Ein leeres Archiv in einer Datei Ihrer Wahl anlegen</translation>
    </message>
    <message>
        <source>&amp;Open Archive…</source>
        <translation>Archiv ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open another archive file</source>
        <translation>Eine andere Archivdatei öffnen</translation>
    </message>
    <message>
        <source>Open S&amp;hared Archive…</source>
        <translation>&amp;Geteiltes Archiv öffnen…</translation>
    </message>
    <message>
        <source>Open the newsroom&apos;s shared archive on a PostgreSQL server</source>
        <translation>Das geteilte Archiv der Redaktion auf einem PostgreSQL-Server öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open &amp;Sample Archive</source>
        <translation>&amp;Beispielarchiv öffnen</translation>
    </message>
    <message>
        <source>The sample articles, in an archive of their own</source>
        <translation>Die Beispielartikel, in einem eigenen Archiv</translation>
    </message>
    <message>
        <source>Filter articles by title or source</source>
        <translation>Artikel nach Titel oder Quelle filtern</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiv</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Erschienen</translation>
    </message>
    <message>
        <source>Lang.</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Publication date unknown</source>
        <translation>Erscheinungsdatum unbekannt</translation>
    </message>
    <message>
        <source>Sample archive</source>
        <translation>Beispielarchiv</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sample archive.&lt;/b&gt; These articles are here to try the app with: import, review, arrange and export as you like. Your own articles go into an archive of your own.</source>
        <translation>&lt;b&gt;Beispielarchiv.&lt;/b&gt; Mit diesen Artikeln können Sie die App ausprobieren: importieren, prüfen, ordnen und exportieren Sie nach Belieben. Ihre eigenen Artikel gehören in ein eigenes Archiv.</translation>
    </message>
    <message>
        <source>Open My Archive</source>
        <translation>Mein Archiv öffnen</translation>
    </message>
    <message>
        <source>Start My Own Archive</source>
        <translation>Eigenes Archiv anlegen</translation>
    </message>
    <message>
        <source>Leave the samples here and work in your own archive</source>
        <translation>Die Beispiele hier lassen und im eigenen Archiv arbeiten</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Needs check</source>
        <translation>Zu prüfen</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Lane colour</source>
        <translation>Farbe der Spur</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Violett</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Grau</translation>
    </message>
    <message>
        <source>(no lane)</source>
        <translation>(keine Spur)</translation>
    </message>
    <message>
        <source>Edit timeline entry</source>
        <translation>Eintrag der Zeitleiste bearbeiten</translation>
    </message>
    <message>
        <source>comma-separated, e.g. budget, court</source>
        <translation>durch Kommas getrennt, z. B. Haushalt, Gericht</translation>
    </message>
    <message>
        <source>Tags of this entry, separated by commas (empty: the event&apos;s tags are used)</source>
        <translation>Schlagwörter dieses Eintrags, durch Kommas getrennt (leer: die des Ereignisses)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Lane</source>
        <translation>&amp;Spur</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>&amp;Farbe</translation>
    </message>
    <message>
        <source>&amp;Importance</source>
        <translation>&amp;Gewicht</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>Schlag&amp;wörter</translation>
    </message>
    <message>
        <source>&amp;Public note</source>
        <translation>Ö&amp;ffentliche Notiz</translation>
    </message>
    <message>
        <source>I&amp;nternal note (never published)</source>
        <translation>I&amp;nterne Notiz (wird nie veröffentlicht)</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Move {n} events</source>
        <translation>{n} Ereignisse verschieben</translation>
    </message>
    <message>
        <source>Move event</source>
        <translation>Ereignis verschieben</translation>
    </message>
    <message>
        <source>Remove {n} events from the timeline</source>
        <translation>{n} Ereignisse aus der Zeitleiste nehmen</translation>
    </message>
    <message>
        <source>Remove event from the timeline</source>
        <translation>Ereignis aus der Zeitleiste nehmen</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Status setzen</translation>
    </message>
    <message>
        <source>Add events to the timeline</source>
        <translation>Ereignisse zur Zeitleiste hinzufügen</translation>
    </message>
    <message>
        <source>Add lane</source>
        <translation>Spur hinzufügen</translation>
    </message>
    <message>
        <source>Lane name:</source>
        <translation>Name der Spur:</translation>
    </message>
    <message>
        <source>Add lane “{name}”</source>
        <translation>Spur „{name}“ hinzufügen</translation>
    </message>
    <message>
        <source>Rename lane</source>
        <translation>Spur umbenennen</translation>
    </message>
    <message>
        <source>Expand lane</source>
        <translation>Spur aufklappen</translation>
    </message>
    <message>
        <source>Collapse lane</source>
        <translation>Spur zuklappen</translation>
    </message>
    <message>
        <source>Reorder lanes</source>
        <translation>Spuren umordnen</translation>
    </message>
    <message>
        <source>Delete lane</source>
        <translation>Spur löschen</translation>
    </message>
    <message>
        <source>Lanes by {kind}</source>
        <translation>Spuren nach {kind}</translation>
    </message>
    <message>
        <source>Add era</source>
        <translation>Epoche hinzufügen</translation>
    </message>
    <message>
        <source>Era name:</source>
        <translation>Name der Epoche:</translation>
    </message>
    <message>
        <source>Add era “{name}”</source>
        <translation>Epoche „{name}“ hinzufügen</translation>
    </message>
    <message>
        <source>Remove era</source>
        <translation>Epoche entfernen</translation>
    </message>
    <message>
        <source>{n} events — double-click to zoom in</source>
        <translation>{n} Ereignisse — Doppelklick zum Vergrößern</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Move to Lane</source>
        <translation>In &amp;Spur verschieben</translation>
    </message>
    <message>
        <source>&amp;Zoom to Selection</source>
        <translation>Auf Auswahl &amp;zoomen</translation>
    </message>
    <message>
        <source>&amp;Remove {n} from the Timeline</source>
        <translation>{n} aus der Zeitleiste &amp;nehmen</translation>
    </message>
    <message>
        <source>&amp;Remove from the Timeline</source>
        <translation>Aus der Zeitleiste &amp;nehmen</translation>
    </message>
    <message>
        <source>Add &amp;Lane…</source>
        <translation>&amp;Spur hinzufügen…</translation>
    </message>
    <message>
        <source>Lanes &amp;By</source>
        <translation>Spuren &amp;nach</translation>
    </message>
    <message>
        <source>Add &amp;Era…</source>
        <translation>&amp;Epoche hinzufügen…</translation>
    </message>
    <message>
        <source>Remove Era “{name}”</source>
        <translation>Epoche „{name}“ entfernen</translation>
    </message>
    <message>
        <source>&amp;Fit Timeline</source>
        <translation>Ganze Zeitleiste &amp;zeigen</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>E&amp;xpand</source>
        <translation>&amp;Aufklappen</translation>
    </message>
    <message>
        <source>C&amp;ollapse</source>
        <translation>&amp;Zuklappen</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>&amp;Delete Lane</source>
        <translation>Spur &amp;löschen</translation>
    </message>
    <message>
        <source>Overview of the whole timeline</source>
        <translation>Überblick über die ganze Zeitleiste</translation>
    </message>
    <message>
        <source>La&amp;nes</source>
        <translation>Sp&amp;uren</translation>
    </message>
    <message>
        <source>E&amp;ras</source>
        <translation>E&amp;pochen</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Verkleinern (−)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Vergrößern (+)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Show the whole timeline (0)</source>
        <translation>Die ganze Zeitleiste zeigen (0)</translation>
    </message>
    <message>
        <source>Fit &amp;Selection</source>
        <translation>Aus&amp;wahl zeigen</translation>
    </message>
    <message>
        <source>Fit selection</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>&amp;Go to Dates…</source>
        <translation>Zu &amp;Daten gehen…</translation>
    </message>
    <message>
        <source>Go to dates…</source>
        <translation>Zu Daten…</translation>
    </message>
    <message>
        <source>Show a period, e.g. 2014 to June 2023</source>
        <translation>Einen Zeitraum zeigen, z. B. 2014 bis Juni 2023</translation>
    </message>
    <message>
        <source>Event &amp;Menu</source>
        <translation>&amp;Menü des Ereignisses</translation>
    </message>
    <message>
        <source>The menu of the selected event (also the Menu key on the timeline)</source>
        <translation>Das Menü des gewählten Ereignisses (auch die Menütaste auf der Zeitleiste)</translation>
    </message>
    <message>
        <source>{date}: {title}</source>
        <translation>{date}: {title}</translation>
    </message>
    <message>
        <source>lane {lane}</source>
        <translation>Spur {lane}</translation>
    </message>
    <message>
        <source>has a note</source>
        <translation>hat eine Notiz</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Timeline “{name}”</source>
        <translation>Zeitleiste „{name}“</translation>
    </message>
    <message>
        <source>{n} events; arrow keys move between them, Enter edits, the Menu key opens their menu</source>
        <translation>{n} Ereignisse; die Pfeiltasten wechseln zwischen ihnen, Eingabe bearbeitet, die Menütaste öffnet ihr Menü</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Go to dates</source>
        <translation>Zu Daten gehen</translation>
    </message>
    <message>
        <source>From (and optionally “to …”):</source>
        <translation>Von (und wahlweise „bis …“):</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Ereignis bearbeiten</translation>
    </message>
    <message>
        <source>{n} events</source>
        <translation>{n} Ereignisse</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 Ereignis</translation>
    </message>
    <message>
        <source>No lane</source>
        <translation>Keine Spur</translation>
    </message>
    <message>
        <source>precise to the {precision}</source>
        <translation>Genauigkeit: {precision}</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>ungefähr</translation>
    </message>
    <message>
        <source>Internal note: {note}</source>
        <translation>Interne Notiz: {note}</translation>
    </message>
    <message>
        <source>… {n} more sources</source>
        <translation>… {n} weitere Quellen</translation>
    </message>
    <message>
        <source>Cannot open the archive</source>
        <translation>Das Archiv lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>The new language applies when the import has finished and you open an archive</source>
        <translation>Die neue Sprache gilt, sobald der Import fertig ist und Sie ein Archiv öffnen</translation>
    </message>
    <message>
        <source>announced beforehand in 1 article; no report yet</source>
        <translation>vorab angekündigt in 1 Artikel; noch kein Bericht</translation>
    </message>
    <message>
        <source>announced beforehand in %1 articles; no report yet</source>
        <translation>vorab angekündigt in %1 Artikeln; noch kein Bericht</translation>
    </message>
    <message>
        <source>reported by 1 article</source>
        <translation>gemeldet von 1 Artikel</translation>
    </message>
    <message>
        <source>reported by %1 articles</source>
        <translation>gemeldet von %1 Artikeln</translation>
    </message>
    <message>
        <source>from 1 outlet</source>
        <translation>aus 1 Medium</translation>
    </message>
    <message>
        <source>from %1 outlets</source>
        <translation>aus %1 Medien</translation>
    </message>
    <message>
        <source>named again in 1 later article</source>
        <translation>erneut genannt in 1 späteren Artikel</translation>
    </message>
    <message>
        <source>named again in %1 later articles</source>
        <translation>erneut genannt in %1 späteren Artikeln</translation>
    </message>
    <message>
        <source>1 about the search</source>
        <translation>1 zur Suche</translation>
    </message>
    <message>
        <source>%1 about the search</source>
        <translation>%1 zur Suche</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Schlagzeile</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Draft Timeline</source>
        <translation>Zeitleiste entwerfen</translation>
    </message>
    <message>
        <source>The whole archive</source>
        <translation>Das ganze Archiv</translation>
    </message>
    <message>
        <source>Articles matching a search</source>
        <translation>Artikel zu einer Suche</translation>
    </message>
    <message>
        <source>These search results (%n articles)</source>
        <translation>Diese Suchergebnisse (%n Artikel)</translation>
    </message>
    <message>
        <source>Events of the timeline “%1”</source>
        <translation>Ereignisse der Zeitleiste „%1“</translation>
    </message>
    <message>
        <source>words, &quot;a phrase&quot;, annex*</source>
        <translation>Wörter, &quot;eine Wortgruppe&quot;, annex*</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Create Timeline</source>
        <translation>Zeitleiste anlegen</translation>
    </message>
    <message>
        <source>Draft from</source>
        <translation>Entwerfen aus</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>Höchstens</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Draft: %1</source>
        <translation>Entwurf: %1</translation>
    </message>
    <message>
        <source>Draft timeline</source>
        <translation>Entwurf einer Zeitleiste</translation>
    </message>
    <message>
        <source>Type words to search for.</source>
        <translation>Geben Sie Suchwörter ein.</translation>
    </message>
    <message>
        <source>Drafting…</source>
        <translation>Wird entworfen…</translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation>zwischen %1 und %2</translation>
    </message>
    <message>
        <source>%1 entries from %2 candidate dates in %3 articles</source>
        <translation>%1 Einträge aus %2 möglichen Daten in %3 Artikeln</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>Nothing to create yet: the preview has no entries.</source>
        <translation>Noch nichts anzulegen: die Vorschau ist leer.</translation>
    </message>
    <message>
        <source>The timeline needs a name.</source>
        <translation>Die Zeitleiste braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is already a timeline called “%1”.</source>
        <translation>Es gibt schon eine Zeitleiste namens „%1“.</translation>
    </message>
    <message>
        <source>There is already a timeline called “%1”</source>
        <translation>Es gibt schon eine Zeitleiste namens „%1“</translation>
    </message>
    <message>
        <source>Draft timeline “%1”</source>
        <translation>Zeitleiste „%1“ entwerfen</translation>
    </message>
    <message>
        <source>Clear draft marks</source>
        <translation>Entwurfsmarken entfernen</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <source>SVG image</source>
        <translation>SVG-Bild</translation>
    </message>
    <message>
        <source>PDF (landscape)</source>
        <translation>PDF (Querformat)</translation>
    </message>
    <message>
        <source>Interactive web page (HTML)</source>
        <translation>Interaktive Webseite (HTML)</translation>
    </message>
    <message>
        <source>TimelineJS data (JSON)</source>
        <translation>TimelineJS-Daten (JSON)</translation>
    </message>
    <message>
        <source>TimelineJS spreadsheet (CSV)</source>
        <translation>TimelineJS-Tabelle (CSV)</translation>
    </message>
    <message>
        <source>Export timeline</source>
        <translation>Zeitleiste exportieren</translation>
    </message>
    <message>
        <source>Most sources’ language ({language})</source>
        <translation>Sprache der meisten Quellen ({language})</translation>
    </message>
    <message>
        <source>Language of the labels and dates of this timeline’s exports; the timeline keeps it</source>
        <translation>Sprache der Beschriftungen und Daten in den Exporten dieser Zeitleiste; die Zeitleiste merkt sie sich</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (all when empty)</source>
        <translation>JJJJ-MM-TT (leer: alles)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation>A4 quer</translation>
    </message>
    <message>
        <source>A3 landscape</source>
        <translation>A3 quer</translation>
    </message>
    <message>
        <source>List the sources</source>
        <translation>Quellen auflisten</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Preview of the export</source>
        <translation>Vorschau des Exports</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>T&amp;itel</translation>
    </message>
    <message>
        <source>&amp;Subtitle</source>
        <translation>&amp;Untertitel</translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>&amp;Width (px)</source>
        <translation>B&amp;reite (px)</translation>
    </message>
    <message>
        <source>S&amp;cale</source>
        <translation>S&amp;kalierung</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>PDF &amp;paper</source>
        <translation>PDF-&amp;Papier</translation>
    </message>
    <message>
        <source>Dates are YYYY-MM-DD</source>
        <translation>Daten im Format JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Choose at least one lane</source>
        <translation>Wählen Sie mindestens eine Spur</translation>
    </message>
    <message>
        <source>{n} events, {width} px wide</source>
        <translation>{n} Ereignisse, {width} px breit</translation>
    </message>
    <message>
        <source>timeline</source>
        <translation>zeitleiste</translation>
    </message>
    <message>
        <source>Open a timeline first (Timelines, left)</source>
        <translation>Öffnen Sie zuerst eine Zeitleiste (Zeitleisten, links)</translation>
    </message>
    <message>
        <source>most sources’ language</source>
        <translation>Sprache der meisten Quellen</translation>
    </message>
    <message>
        <source>Publication language: {language}</source>
        <translation>Veröffentlichungssprache: {language}</translation>
    </message>
    <message>
        <source>Exporting to {path}…</source>
        <translation>Export nach {path}…</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exportiert nach {path}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Nothing was written: {reason}</source>
        <translation>Es wurde nichts geschrieben: {reason}</translation>
    </message>
    <message>
        <source>minute</source>
        <translation>Minute</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>season</source>
        <translation>Jahreszeit</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <source>half year</source>
        <translation>Halbjahr</translation>
    </message>
    <message>
        <source>year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>decade</source>
        <translation>Jahrzehnt</translation>
    </message>
    <message>
        <source>century</source>
        <translation>Jahrhundert</translation>
    </message>
    <message>
        <source>before</source>
        <translation>vor</translation>
    </message>
    <message>
        <source>after</source>
        <translation>nach</translation>
    </message>
    <message>
        <source>since</source>
        <translation>seit</translation>
    </message>
    <message>
        <source>until</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>between</source>
        <translation>zwischen</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>{imported} imported, {duplicate} duplicate, {failed} failed</source>
        <translation>{imported} importiert, {duplicate} doppelt, {failed} fehlgeschlagen</translation>
    </message>
    <message>
        <source>(cancelled; finished articles were kept)</source>
        <translation>(abgebrochen; fertige Artikel bleiben erhalten)</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… und {n} weitere</translation>
    </message>
    <message>
        <source>Importing: {done} of {total} articles stored</source>
        <translation>Import: {done} von {total} Artikeln gespeichert</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>noch weniger als eine Minute</translation>
    </message>
    <message>
        <source>about {n} min left</source>
        <translation>noch etwa {n} Min.</translation>
    </message>
    <message>
        <source>about {n} h left</source>
        <translation>noch etwa {n} Std.</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Fortschritt des Imports</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation>Artikel importieren</translation>
    </message>
    <message>
        <source>Articles and TimelineJS data ({patterns});;Articles ({articles});;All files (*)</source>
        <translation>Artikel und TimelineJS-Daten ({patterns});;Artikel ({articles});;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import a folder of articles</source>
        <translation>Einen Ordner mit Artikeln importieren</translation>
    </message>
    <message>
        <source>{name}; {n} slides left out: {reasons}</source>
        <translation>{name}; {n} Folien ausgelassen: {reasons}</translation>
    </message>
    <message>
        <source>Import running</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <source>Wait for the current import to finish, or cancel it.</source>
        <translation>Warten Sie, bis der laufende Import fertig ist, oder brechen Sie ihn ab.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import läuft…</translation>
    </message>
    <message>
        <source>Import finished: {summary}</source>
        <translation>Import fertig: {summary}</translation>
    </message>
    <message>
        <source>Article not added</source>
        <translation>Artikel nicht hinzugefügt</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>The import stopped: {reason}</source>
        <translation>Der Import wurde beendet: {reason}</translation>
    </message>
    <message>
        <source>Cancelling after the current article…</source>
        <translation>Abbruch nach dem aktuellen Artikel…</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Doppelt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>New timeline</source>
        <translation>Neue Zeitleiste</translation>
    </message>
    <message>
        <source>no publication date: relative dates stay unresolved</source>
        <translation>kein Erscheinungsdatum: relative Daten bleiben offen</translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation>unbekannter Grund</translation>
    </message>
    <message>
        <source>{n} imported</source>
        <translation>{n} importiert</translation>
    </message>
    <message>
        <source>{n} duplicate</source>
        <translation>{n} doppelt</translation>
    </message>
    <message>
        <source>{n} failed</source>
        <translation>{n} fehlgeschlagen</translation>
    </message>
    <message>
        <source>{n} new timelines</source>
        <translation>{n} neue Zeitleisten</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import fertig</translation>
    </message>
    <message>
        <source>Imported files</source>
        <translation>Importierte Dateien</translation>
    </message>
    <message>
        <source>1 imported article has no publication date, so “yesterday” or “last week” in it cannot be dated yet.</source>
        <translation>1 importierter Artikel hat kein Erscheinungsdatum, daher lassen sich „gestern“ oder „letzte Woche“ darin noch nicht datieren.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <source>Set &amp;Dates…</source>
        <translation>&amp;Daten festlegen…</translation>
    </message>
    <message>
        <source>{n} imported articles have no publication date, so “yesterday” or “last week” in them cannot be dated yet.</source>
        <translation>{n} importierte Artikel haben kein Erscheinungsdatum, daher lassen sich „gestern“ oder „letzte Woche“ darin noch nicht datieren.</translation>
    </message>
    <message>
        <source>Set publication dates</source>
        <translation>Erscheinungsdaten festlegen</translation>
    </message>
    <message>
        <source>Publication date of {title}</source>
        <translation>Erscheinungsdatum von {title}</translation>
    </message>
    <message>
        <source>The relative dates of each article are resolved again from its date.</source>
        <translation>Die relativen Daten jedes Artikels werden von diesem Datum aus neu bestimmt.</translation>
    </message>
    <message>
        <source>Dates are YYYY-MM-DD: {text}</source>
        <translation>Daten im Format JJJJ-MM-TT: {text}</translation>
    </message>
    <message>
        <source>Timeline — {archive}</source>
        <translation>Zeitleiste — {archive}</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Prüfliste</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>Artikeltext</translation>
    </message>
    <message>
        <source>Sources of the selected events</source>
        <translation>Quellen der gewählten Ereignisse</translation>
    </message>
    <message>
        <source>Articles found</source>
        <translation>Gefundene Artikel</translation>
    </message>
    <message>
        <source>Events found</source>
        <translation>Gefundene Ereignisse</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>(schreibgeschützt)</translation>
    </message>
    <message>
        <source>That event is hidden by the review queue&apos;s filters</source>
        <translation>Dieses Ereignis ist durch die Filter der Prüfliste ausgeblendet</translation>
    </message>
    <message>
        <source>Timeline {n}</source>
        <translation>Zeitleiste {n}</translation>
    </message>
    <message>
        <source>No timeline is open. New timeline:</source>
        <translation>Keine Zeitleiste geöffnet. Neue Zeitleiste:</translation>
    </message>
    <message>
        <source>{articles} articles · {events} events</source>
        <translation>{articles} Artikel · {events} Ereignisse</translation>
    </message>
    <message>
        <source>{n} without publication date</source>
        <translation>{n} ohne Erscheinungsdatum</translation>
    </message>
    <message>
        <source>Set publication dates of {n} articles</source>
        <translation>Erscheinungsdatum von {n} Artikeln festlegen</translation>
    </message>
    <message>
        <source>TimelineJS files imported as new timelines: {n}</source>
        <translation>TimelineJS-Dateien als neue Zeitleisten importiert: {n}</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>Einstellungen gespeichert</translation>
    </message>
    <message>
        <source>An import is running. Cancel it? Finished articles are kept.</source>
        <translation>Ein Import läuft. Abbrechen? Fertige Artikel bleiben erhalten.</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>Dateien &amp;importieren…</translation>
    </message>
    <message>
        <source>Import article files (HTML, text, Markdown, Word, PDF)</source>
        <translation>Artikeldateien importieren (HTML, Text, Markdown, Word, PDF)</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>&amp;Ordner importieren…</translation>
    </message>
    <message>
        <source>Import every article in a folder and its subfolders</source>
        <translation>Alle Artikel eines Ordners und seiner Unterordner importieren</translation>
    </message>
    <message>
        <source>New Article from &amp;Clipboard…</source>
        <translation>Neuer Artikel aus der &amp;Zwischenablage…</translation>
    </message>
    <message>
        <source>Paste text as a new article</source>
        <translation>Text als neuen Artikel einfügen</translation>
    </message>
    <message>
        <source>&amp;Export Timeline…</source>
        <translation>Zeitleiste &amp;exportieren…</translation>
    </message>
    <message>
        <source>Publish the open timeline as PNG, SVG, PDF, HTML or TimelineJS data</source>
        <translation>Die geöffnete Zeitleiste als PNG, SVG, PDF, HTML oder TimelineJS-Daten veröffentlichen</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Einstell&amp;ungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Find in Archive</source>
        <translation>Im Archiv &amp;suchen</translation>
    </message>
    <message>
        <source>Search articles and events (Ctrl+F)</source>
        <translation>Artikel und Ereignisse suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Go to the Review &amp;Queue</source>
        <translation>Zur &amp;Prüfliste</translation>
    </message>
    <message>
        <source>Put the keyboard focus in the review queue</source>
        <translation>Die Tastatur in die Prüfliste setzen</translation>
    </message>
    <message>
        <source>Go to the &amp;Archive List</source>
        <translation>Zur &amp;Archivliste</translation>
    </message>
    <message>
        <source>Put the keyboard focus in the archive&apos;s filter box</source>
        <translation>Die Tastatur in das Filterfeld des Archivs setzen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>E&amp;vents</source>
        <translation>&amp;Ereignisse</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Zeitleiste</translation>
    </message>
    <message>
        <source>Dr&amp;aft Timeline…</source>
        <translation>Zeitleiste &amp;entwerfen…</translation>
    </message>
    <message>
        <source>Rank the dates the articles name and propose a timeline of the moments that matter</source>
        <translation>Die in den Artikeln genannten Daten gewichten und eine Zeitleiste der wichtigen Momente vorschlagen</translation>
    </message>
    <message>
        <source>Clear Draft &amp;Marks</source>
        <translation>Entwurfs&amp;marken entfernen</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>V&amp;iew</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>&amp;Artikel</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>it no longer exists</source>
        <translation>es existiert nicht mehr</translation>
    </message>
    <message>
        <source>{label} was not saved: the archive is read-only</source>
        <translation>„{label}“ wurde nicht gespeichert: das Archiv ist schreibgeschützt</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Undo {step}</source>
        <translation>&amp;Rückgängig: {step}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Redo {step}</source>
        <translation>&amp;Wiederholen: {step}</translation>
    </message>
    <message>
        <source>{label} failed: {reason}</source>
        <translation>{label} fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <source>Cannot undo {label}: {reason}</source>
        <translation>„{label}“ lässt sich nicht rückgängig machen: {reason}</translation>
    </message>
    <message>
        <source>Cannot redo {label}: {reason}</source>
        <translation>„{label}“ lässt sich nicht wiederholen: {reason}</translation>
    </message>
    <message>
        <source>Cannot undo {label}: {reason}. The undo history was cleared.</source>
        <translation>„{label}“ lässt sich nicht rückgängig machen: {reason}. Der Verlauf wurde gelöscht.</translation>
    </message>
    <message>
        <source>Cannot redo {label}: {reason}. The undo history was cleared.</source>
        <translation>„{label}“ lässt sich nicht wiederholen: {reason}. Der Verlauf wurde gelöscht.</translation>
    </message>
    <message>
        <source>New article from pasted text</source>
        <translation>Neuer Artikel aus eingefügtem Text</translation>
    </message>
    <message>
        <source>e.g. De Grensbode</source>
        <translation>z. B. De Grensbode</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (needed to resolve “yesterday”, “last week”)</source>
        <translation>JJJJ-MM-TT (nötig für „gestern“, „letzte Woche“)</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Paste or type the article text.</source>
        <translation>Fügen Sie den Artikeltext ein oder tippen Sie ihn.</translation>
    </message>
    <message>
        <source>The article needs a title.</source>
        <translation>Der Artikel braucht einen Titel.</translation>
    </message>
    <message>
        <source>The publication date is YYYY-MM-DD, or empty when unknown.</source>
        <translation>Das Erscheinungsdatum im Format JJJJ-MM-TT, oder leer, wenn unbekannt.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (empty: unknown)</source>
        <translation>JJJJ-MM-TT (leer: unbekannt)</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Not a date: {text} (use YYYY-MM-DD)</source>
        <translation>Kein Datum: {text} (Format JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>Edit details…</source>
        <translation>Angaben bearbeiten…</translation>
    </message>
    <message>
        <source>No article selected</source>
        <translation>Kein Artikel ausgewählt</translation>
    </message>
    <message>
        <source>Choose an article in the archive, or import files with File › Import Files (Ctrl+O).</source>
        <translation>Wählen Sie einen Artikel im Archiv oder importieren Sie Dateien über Datei › Dateien importieren (Strg+O).</translation>
    </message>
    <message>
        <source>{n} temporal expressions · {dated} date events</source>
        <translation>{n} Zeitausdrücke · {dated} datierte Ereignisse</translation>
    </message>
    <message>
        <source>Edit article details</source>
        <translation>Artikelangaben bearbeiten</translation>
    </message>
    <message>
        <source>{n} reviewed events would now get another date; they are kept and flagged as conflicts</source>
        <translation>{n} geprüfte Ereignisse bekämen jetzt ein anderes Datum; sie bleiben erhalten und sind als Konflikt markiert</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>recurring</source>
        <translation>wiederkehrend</translation>
    </message>
    <message>
        <source>{kind} · value {value}</source>
        <translation>{kind} · Wert {value}</translation>
    </message>
    <message>
        <source>{date} · precision: {precision}</source>
        <translation>{date} · Genauigkeit: {precision}</translation>
    </message>
    <message>
        <source>qualifier: {qualifier}</source>
        <translation>Zusatz: {qualifier}</translation>
    </message>
    <message>
        <source>click to show its event</source>
        <translation>klicken, um das Ereignis zu zeigen</translation>
    </message>
    <message>
        <source>no event from this date</source>
        <translation>kein Ereignis zu diesem Datum</translation>
    </message>
    <message>
        <source>publication date unknown</source>
        <translation>Erscheinungsdatum unbekannt</translation>
    </message>
    <message>
        <source>event sentence</source>
        <translation>Ereignissatz</translation>
    </message>
    <message>
        <source>accepted event</source>
        <translation>angenommenes Ereignis</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Annehmen</translation>
    </message>
    <message>
        <source>Accept the selected events (A or Enter)</source>
        <translation>Die gewählten Ereignisse annehmen (A oder Eingabe)</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>Ab&amp;lehnen</translation>
    </message>
    <message>
        <source>Reject the selected events (R or Delete)</source>
        <translation>Die gewählten Ereignisse ablehnen (R oder Entf)</translation>
    </message>
    <message>
        <source>Return to &amp;Queue</source>
        <translation>Zurück in die &amp;Liste</translation>
    </message>
    <message>
        <source>Make the selected events suggestions again (U)</source>
        <translation>Die gewählten Ereignisse wieder zu Vorschlägen machen (U)</translation>
    </message>
    <message>
        <source>Edit the headline, date and tags (E or F2)</source>
        <translation>Schlagzeile, Datum und Schlagwörter bearbeiten (E oder F2)</translation>
    </message>
    <message>
        <source>&amp;Merge Duplicates</source>
        <translation>Doppelte &amp;zusammenführen</translation>
    </message>
    <message>
        <source>Merge the selected events into one, keeping every source (M)</source>
        <translation>Die gewählten Ereignisse zu einem zusammenführen, alle Quellen bleiben (M)</translation>
    </message>
    <message>
        <source>Add to &amp;Timeline</source>
        <translation>Zur &amp;Zeitleiste hinzufügen</translation>
    </message>
    <message>
        <source>Put the selected events on the current timeline (T)</source>
        <translation>Die gewählten Ereignisse auf die aktuelle Zeitleiste setzen (T)</translation>
    </message>
    <message>
        <source>Add to “{timeline}”</source>
        <translation>Zu „{timeline}“ hinzufügen</translation>
    </message>
    <message>
        <source>e.g. 16 dec 2022, juni 2023, c. 1990s, vorige week</source>
        <translation>z. B. 16. Dez. 2022, Juni 2023, ca. 1990er, letzte Woche</translation>
    </message>
    <message>
        <source>Approximate</source>
        <translation>Ungefähr</translation>
    </message>
    <message>
        <source>exactly</source>
        <translation>genau</translation>
    </message>
    <message>
        <source>comma-separated, e.g. diplomacy, sanctions</source>
        <translation>durch Kommas getrennt, z. B. Diplomatie, Sanktionen</translation>
    </message>
    <message>
        <source>&amp;Headline</source>
        <translation>&amp;Schlagzeile</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>D&amp;ate</source>
        <translation>D&amp;atum</translation>
    </message>
    <message>
        <source>&amp;Precision</source>
        <translation>&amp;Genauigkeit</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>Schlag&amp;wörter</translation>
    </message>
    <message>
        <source>Source: “{sentence}”</source>
        <translation>Quelle: „{sentence}“</translation>
    </message>
    <message>
        <source>The sentence this event was found in</source>
        <translation>Der Satz, in dem dieses Ereignis gefunden wurde</translation>
    </message>
    <message>
        <source>→ not a date I can read</source>
        <translation>→ kein lesbares Datum</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Filter headlines</source>
        <translation>Schlagzeilen filtern</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Alle Artikel</translation>
    </message>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>A date as you would say it: 2014, June 2023, 16 Dec 2022</source>
        <translation>Ein Datum, wie Sie es sagen würden: 2014, Juni 2023, 16. Dez. 2022</translation>
    </message>
    <message>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Hide events the extractor is less sure of</source>
        <translation>Ereignisse ausblenden, bei denen die Erkennung unsicherer ist</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Not a date I can read</source>
        <translation>Kein lesbares Datum</translation>
    </message>
    <message>
        <source>A date as you would say it: 2014, June 2023</source>
        <translation>Ein Datum, wie Sie es sagen würden: 2014, Juni 2023</translation>
    </message>
    <message>
        <source>Article(s)</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>(edited by an editor)</source>
        <translation>(von einer Redakteurin oder einem Redakteur bearbeitet)</translation>
    </message>
    <message>
        <source>Another report gives a different date for this event</source>
        <translation>Ein anderer Bericht nennt ein anderes Datum für dieses Ereignis</translation>
    </message>
    <message>
        <source>A accept · R reject · E edit · M merge · T add to timeline · Ctrl+Z undo</source>
        <translation>A annehmen · R ablehnen · E bearbeiten · M zusammenführen · T zur Zeitleiste · Strg+Z rückgängig</translation>
    </message>
    <message>
        <source>Accept 1 event</source>
        <translation>1 Ereignis annehmen</translation>
    </message>
    <message>
        <source>Accept {n} events</source>
        <translation>{n} Ereignisse annehmen</translation>
    </message>
    <message>
        <source>Reject 1 event</source>
        <translation>1 Ereignis ablehnen</translation>
    </message>
    <message>
        <source>Reject {n} events</source>
        <translation>{n} Ereignisse ablehnen</translation>
    </message>
    <message>
        <source>Return 1 event</source>
        <translation>1 Ereignis zurückstellen</translation>
    </message>
    <message>
        <source>Return {n} events</source>
        <translation>{n} Ereignisse zurückstellen</translation>
    </message>
    <message>
        <source>Nothing here. Change the filters, or import articles to find events.</source>
        <translation>Hier ist nichts. Ändern Sie die Filter oder importieren Sie Artikel, um Ereignisse zu finden.</translation>
    </message>
    <message>
        <source>Edit “{title}”</source>
        <translation>„{title}“ bearbeiten</translation>
    </message>
    <message>
        <source>Select two or more events to merge (Shift or Ctrl + click).</source>
        <translation>Wählen Sie zwei oder mehr Ereignisse zum Zusammenführen (Umschalt- oder Strg-Klick).</translation>
    </message>
    <message>
        <source>Merge {n}</source>
        <translation>{n} zusammenführen</translation>
    </message>
    <message>
        <source>Open a timeline first: T adds events to the current timeline.</source>
        <translation>Öffnen Sie zuerst eine Zeitleiste: T fügt Ereignisse der aktuellen Zeitleiste hinzu.</translation>
    </message>
    <message>
        <source>Add {n} to “{timeline}”</source>
        <translation>{n} zu „{timeline}“ hinzufügen</translation>
    </message>
    <message>
        <source>Search the archive: words, &quot;a phrase&quot;, annex*, krim NOT rusland</source>
        <translation>Im Archiv suchen: Wörter, &quot;eine Wortgruppe&quot;, annex*, krim NOT russland</translation>
    </message>
    <message>
        <source>published from</source>
        <translation>erschienen ab</translation>
    </message>
    <message>
        <source>to (YYYY-MM-DD)</source>
        <translation>bis (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>events from</source>
        <translation>Ereignisse ab</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Open article</source>
        <translation>Artikel öffnen</translation>
    </message>
    <message>
        <source>Add events to timeline</source>
        <translation>Ereignisse zur Zeitleiste hinzufügen</translation>
    </message>
    <message>
        <source>Adds the selected events, or all event hits when none is selected</source>
        <translation>Fügt die gewählten Ereignisse hinzu, oder alle gefundenen, wenn keines gewählt ist</translation>
    </message>
    <message>
        <source>Draft a timeline from these results…</source>
        <translation>Eine Zeitleiste aus diesen Ergebnissen entwerfen…</translation>
    </message>
    <message>
        <source>Rank the dates these articles name and propose a timeline</source>
        <translation>Die in diesen Artikeln genannten Daten gewichten und eine Zeitleiste vorschlagen</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Alle Sprachen</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Alle Quellen</translation>
    </message>
    <message>
        <source>Dates are YYYY-MM-DD ({reason})</source>
        <translation>Daten im Format JJJJ-MM-TT ({reason})</translation>
    </message>
    <message>
        <source>Search not run: {reason}</source>
        <translation>Nicht gesucht: {reason}</translation>
    </message>
    <message>
        <source>Articles ({n})</source>
        <translation>Artikel ({n})</translation>
    </message>
    <message>
        <source>Events ({n})</source>
        <translation>Ereignisse ({n})</translation>
    </message>
    <message>
        <source>Type words to search; filters narrow the results.</source>
        <translation>Geben Sie Suchwörter ein; Filter grenzen die Ergebnisse ein.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>An archive file (.sqlite3), or the address of the newsroom&apos;s shared archive (postgresql://user@host/archive). Another archive opens when you press OK.</source>
        <translation>Eine Archivdatei (.sqlite3) oder die Adresse des gemeinsamen Archivs der Redaktion (postgresql://benutzer@host/archiv). Ein anderes Archiv wird geöffnet, wenn Sie auf OK klicken.</translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation>Datei wählen…</translation>
    </message>
    <message>
        <source>Same as the system ({language})</source>
        <translation>Wie das System ({language})</translation>
    </message>
    <message>
        <source>Detect per article</source>
        <translation>Je Artikel erkennen</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <source>Language of imported articles</source>
        <translation>Sprache importierter Artikel</translation>
    </message>
    <message>
        <source>Review: hide events below</source>
        <translation>Prüfen: Ereignisse ausblenden unter</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Select events on the timeline to see where they were reported.</source>
        <translation>Wählen Sie Ereignisse auf der Zeitleiste, um zu sehen, wo sie gemeldet wurden.</translation>
    </message>
    <message>
        <source>Added by an editor; no article source.</source>
        <translation>Von der Redaktion hinzugefügt; kein Artikel als Quelle.</translation>
    </message>
    <message>
        <source>article {id}</source>
        <translation>Artikel {id}</translation>
    </message>
    <message>
        <source>(photo caption)</source>
        <translation>(Bildunterschrift)</translation>
    </message>
    <message>
        <source>… and {n} more selected events</source>
        <translation>… und {n} weitere gewählte Ereignisse</translation>
    </message>
    <message>
        <source>{name}: {events} events, {lanes} lanes</source>
        <translation>{name}: {events} Ereignisse, {lanes} Spuren</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Empty timeline…</source>
        <translation>Leere Zeitleiste…</translation>
    </message>
    <message>
        <source>From accepted events…</source>
        <translation>Aus angenommenen Ereignissen…</translation>
    </message>
    <message>
        <source>From a search…</source>
        <translation>Aus einer Suche…</translation>
    </message>
    <message>
        <source>From the selected events…</source>
        <translation>Aus den gewählten Ereignissen…</translation>
    </message>
    <message>
        <source>Timelines</source>
        <translation>Zeitleisten</translation>
    </message>
    <message>
        <source>There is already a timeline called “{name}”.</source>
        <translation>Es gibt schon eine Zeitleiste namens „{name}“.</translation>
    </message>
    <message>
        <source>New timeline “{name}”</source>
        <translation>Neue Zeitleiste „{name}“</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>New timeline from accepted events</source>
        <translation>Neue Zeitleiste aus angenommenen Ereignissen</translation>
    </message>
    <message>
        <source>No events are accepted yet: the timeline starts empty</source>
        <translation>Noch keine Ereignisse angenommen: die Zeitleiste beginnt leer</translation>
    </message>
    <message>
        <source>New timeline from a search</source>
        <translation>Neue Zeitleiste aus einer Suche</translation>
    </message>
    <message>
        <source>Search the archive for:</source>
        <translation>Im Archiv suchen nach:</translation>
    </message>
    <message>
        <source>{n} accepted events from articles matching “{query}”</source>
        <translation>{n} angenommene Ereignisse aus Artikeln zu „{query}“</translation>
    </message>
    <message>
        <source>Select events in the review queue first</source>
        <translation>Wählen Sie zuerst Ereignisse in der Prüfliste</translation>
    </message>
    <message>
        <source>New timeline from the selected events</source>
        <translation>Neue Zeitleiste aus den gewählten Ereignissen</translation>
    </message>
    <message>
        <source>Rename timeline</source>
        <translation>Zeitleiste umbenennen</translation>
    </message>
    <message>
        <source>Rename timeline to “{name}”</source>
        <translation>Zeitleiste in „{name}“ umbenennen</translation>
    </message>
    <message>
        <source>Duplicate timeline “{name}”</source>
        <translation>Zeitleiste „{name}“ duplizieren</translation>
    </message>
    <message>
        <source>Delete timeline “{name}”</source>
        <translation>Zeitleiste „{name}“ löschen</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Time axis</source>
        <translation>Zeitachse</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>Spuren</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only archive.&lt;/b&gt; {path} is shared with a role that may only read: you can read, search and export; importing and editing are off (ask the database administrator for a role that may write).</source>
        <translation>&lt;b&gt;Schreibgeschütztes Archiv.&lt;/b&gt; {path} ist mit einer Rolle geteilt, die nur lesen darf: Sie können lesen, suchen und exportieren; Importieren und Bearbeiten sind aus (bitten Sie die Datenbankverwaltung um eine Rolle, die schreiben darf).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only archive.&lt;/b&gt; {path} cannot be changed here (file permissions or a read-only medium): you can read, search and export; importing and editing are off.</source>
        <translation>&lt;b&gt;Schreibgeschütztes Archiv.&lt;/b&gt; {path} lässt sich hier nicht ändern (Dateirechte oder schreibgeschütztes Medium): Sie können lesen, suchen und exportieren; Importieren und Bearbeiten sind aus.</translation>
    </message>
    <message>
        <source>No archive there</source>
        <translation>Dort ist kein Archiv</translation>
    </message>
    <message>
        <source>There is no archive at {path}.

Create a new, empty archive there?</source>
        <translation>Unter {path} gibt es kein Archiv.

Dort ein neues, leeres Archiv anlegen?</translation>
    </message>
</context>
</TS>
