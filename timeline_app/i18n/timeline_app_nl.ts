<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name></name>
    <message>
        <source>Timeline archives (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Tijdlijnarchieven (*.sqlite3 *.sqlite *.db);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Open shared archive</source>
        <translation>Gedeeld archief openen</translation>
    </message>
    <message>
        <source>The newsroom&apos;s shared archive (PostgreSQL), e.g. {example}.
A password is best kept in ~/.pgpass.</source>
        <translation>Het gedeelde archief van de redactie (PostgreSQL), bijv. {example}.
Een wachtwoord bewaart u het best in ~/.pgpass.</translation>
    </message>
    <message>
        <source>A shared archive&apos;s address starts with postgresql:// (for example {example}).</source>
        <translation>Het adres van een gedeeld archief begint met postgresql:// (bijvoorbeeld {example}).</translation>
    </message>
    <message>
        <source>New archive</source>
        <translation>Nieuw archief</translation>
    </message>
    <message>
        <source>My archive</source>
        <translation>Mijn archief</translation>
    </message>
    <message>
        <source>{path} exists already. Choose another name, or open it with File › Open Archive.</source>
        <translation>{path} bestaat al. Kies een andere naam, of open het met Bestand › Archief openen.</translation>
    </message>
    <message>
        <source>Open archive</source>
        <translation>Archief openen</translation>
    </message>
    <message>
        <source>No other archives yet</source>
        <translation>Nog geen andere archieven</translation>
    </message>
    <message>
        <source>&amp;New Archive…</source>
        <translation>&amp;Nieuw archief…</translation>
    </message>
    <message>
        <source>Start an empty archive in a file of your choice</source>
        <translation>Begin een leeg archief in een bestand naar keuze</translation>
    </message>
    <message>
        <source>&amp;Open Archive…</source>
        <translation>Archief &amp;openen…</translation>
    </message>
    <message>
        <source>Open another archive file</source>
        <translation>Een ander archiefbestand openen</translation>
    </message>
    <message>
        <source>Open S&amp;hared Archive…</source>
        <translation>&amp;Gedeeld archief openen…</translation>
    </message>
    <message>
        <source>Open the newsroom&apos;s shared archive on a PostgreSQL server</source>
        <translation>Het gedeelde archief van de redactie op een PostgreSQL-server openen</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <source>Open &amp;Sample Archive</source>
        <translation>&amp;Voorbeeldarchief openen</translation>
    </message>
    <message>
        <source>The sample articles, in an archive of their own</source>
        <translation>De voorbeeldartikelen, in een eigen archief</translation>
    </message>
    <message>
        <source>Filter articles by title or source</source>
        <translation>Artikelen filteren op titel of bron</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archief</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Gepubliceerd</translation>
    </message>
    <message>
        <source>Lang.</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Gebeurtenissen</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>Publication date unknown</source>
        <translation>Publicatiedatum onbekend</translation>
    </message>
    <message>
        <source>Sample archive</source>
        <translation>Voorbeeldarchief</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sample archive.&lt;/b&gt; These articles are here to try the app with: import, review, arrange and export as you like. Your own articles go into an archive of your own.</source>
        <translation>&lt;b&gt;Voorbeeldarchief.&lt;/b&gt; Met deze artikelen kunt u de app uitproberen: importeer, beoordeel, orden en exporteer naar hartenlust. Uw eigen artikelen horen in een eigen archief.</translation>
    </message>
    <message>
        <source>Open My Archive</source>
        <translation>Mijn archief openen</translation>
    </message>
    <message>
        <source>Start My Own Archive</source>
        <translation>Mijn eigen archief beginnen</translation>
    </message>
    <message>
        <source>Leave the samples here and work in your own archive</source>
        <translation>Laat de voorbeelden hier en werk in uw eigen archief</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <source>Needs check</source>
        <translation>Te controleren</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Geverifieerd</translation>
    </message>
    <message>
        <source>Lane colour</source>
        <translation>Kleur van de baan</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blauw</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Oranje</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Groen</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rood</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Paars</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Grijs</translation>
    </message>
    <message>
        <source>(no lane)</source>
        <translation>(geen baan)</translation>
    </message>
    <message>
        <source>Edit timeline entry</source>
        <translation>Item op de tijdlijn bewerken</translation>
    </message>
    <message>
        <source>comma-separated, e.g. budget, court</source>
        <translation>gescheiden door komma’s, bijv. begroting, rechtbank</translation>
    </message>
    <message>
        <source>Tags of this entry, separated by commas (empty: the event&apos;s tags are used)</source>
        <translation>Tags van dit item, gescheiden door komma’s (leeg: de tags van de gebeurtenis gelden)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Lane</source>
        <translation>&amp;Baan</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>&amp;Kleur</translation>
    </message>
    <message>
        <source>&amp;Importance</source>
        <translation>&amp;Belang</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>Ta&amp;gs</translation>
    </message>
    <message>
        <source>&amp;Public note</source>
        <translation>&amp;Openbare notitie</translation>
    </message>
    <message>
        <source>I&amp;nternal note (never published)</source>
        <translation>I&amp;nterne notitie (wordt nooit gepubliceerd)</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Move {n} events</source>
        <translation>{n} gebeurtenissen verplaatsen</translation>
    </message>
    <message>
        <source>Move event</source>
        <translation>Gebeurtenis verplaatsen</translation>
    </message>
    <message>
        <source>Remove {n} events from the timeline</source>
        <translation>{n} gebeurtenissen van de tijdlijn halen</translation>
    </message>
    <message>
        <source>Remove event from the timeline</source>
        <translation>Gebeurtenis van de tijdlijn halen</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Status instellen</translation>
    </message>
    <message>
        <source>Add events to the timeline</source>
        <translation>Gebeurtenissen aan de tijdlijn toevoegen</translation>
    </message>
    <message>
        <source>Add lane</source>
        <translation>Baan toevoegen</translation>
    </message>
    <message>
        <source>Lane name:</source>
        <translation>Naam van de baan:</translation>
    </message>
    <message>
        <source>Add lane “{name}”</source>
        <translation>Baan “{name}” toevoegen</translation>
    </message>
    <message>
        <source>Rename lane</source>
        <translation>Baan hernoemen</translation>
    </message>
    <message>
        <source>Expand lane</source>
        <translation>Baan uitklappen</translation>
    </message>
    <message>
        <source>Collapse lane</source>
        <translation>Baan inklappen</translation>
    </message>
    <message>
        <source>Reorder lanes</source>
        <translation>Banen herschikken</translation>
    </message>
    <message>
        <source>Delete lane</source>
        <translation>Baan verwijderen</translation>
    </message>
    <message>
        <source>Lanes by {kind}</source>
        <translation>Banen per {kind}</translation>
    </message>
    <message>
        <source>Add era</source>
        <translation>Tijdperk toevoegen</translation>
    </message>
    <message>
        <source>Era name:</source>
        <translation>Naam van het tijdperk:</translation>
    </message>
    <message>
        <source>Add era “{name}”</source>
        <translation>Tijdperk “{name}” toevoegen</translation>
    </message>
    <message>
        <source>Remove era</source>
        <translation>Tijdperk verwijderen</translation>
    </message>
    <message>
        <source>{n} events — double-click to zoom in</source>
        <translation>{n} gebeurtenissen — dubbelklik om in te zoomen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>&amp;Move to Lane</source>
        <translation>&amp;Naar baan verplaatsen</translation>
    </message>
    <message>
        <source>&amp;Zoom to Selection</source>
        <translation>In&amp;zoomen op selectie</translation>
    </message>
    <message>
        <source>&amp;Remove {n} from the Timeline</source>
        <translation>{n} van de tijdlijn &amp;halen</translation>
    </message>
    <message>
        <source>&amp;Remove from the Timeline</source>
        <translation>Van de tijdlijn &amp;halen</translation>
    </message>
    <message>
        <source>Add &amp;Lane…</source>
        <translation>&amp;Baan toevoegen…</translation>
    </message>
    <message>
        <source>Lanes &amp;By</source>
        <translation>Banen &amp;per</translation>
    </message>
    <message>
        <source>Add &amp;Era…</source>
        <translation>&amp;Tijdperk toevoegen…</translation>
    </message>
    <message>
        <source>Remove Era “{name}”</source>
        <translation>Tijdperk “{name}” verwijderen</translation>
    </message>
    <message>
        <source>&amp;Fit Timeline</source>
        <translation>Hele tijdlijn &amp;tonen</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Hernoemen…</translation>
    </message>
    <message>
        <source>E&amp;xpand</source>
        <translation>&amp;Uitklappen</translation>
    </message>
    <message>
        <source>C&amp;ollapse</source>
        <translation>&amp;Inklappen</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Omh&amp;oog</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Omlaa&amp;g</translation>
    </message>
    <message>
        <source>&amp;Delete Lane</source>
        <translation>Baan &amp;verwijderen</translation>
    </message>
    <message>
        <source>Overview of the whole timeline</source>
        <translation>Overzicht van de hele tijdlijn</translation>
    </message>
    <message>
        <source>La&amp;nes</source>
        <translation>Ba&amp;nen</translation>
    </message>
    <message>
        <source>E&amp;ras</source>
        <translation>Tij&amp;dperken</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Uit&amp;zoomen</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Uitzoomen (−)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Inzoomen</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Inzoomen (+)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Show the whole timeline (0)</source>
        <translation>De hele tijdlijn tonen (0)</translation>
    </message>
    <message>
        <source>Fit &amp;Selection</source>
        <translation>&amp;Selectie tonen</translation>
    </message>
    <message>
        <source>Fit selection</source>
        <translation>Selectie</translation>
    </message>
    <message>
        <source>&amp;Go to Dates…</source>
        <translation>&amp;Naar datums…</translation>
    </message>
    <message>
        <source>Go to dates…</source>
        <translation>Naar datums…</translation>
    </message>
    <message>
        <source>Show a period, e.g. 2014 to June 2023</source>
        <translation>Een periode tonen, bijv. 2014 tot juni 2023</translation>
    </message>
    <message>
        <source>Event &amp;Menu</source>
        <translation>&amp;Menu van de gebeurtenis</translation>
    </message>
    <message>
        <source>The menu of the selected event (also the Menu key on the timeline)</source>
        <translation>Het menu van de geselecteerde gebeurtenis (ook de menutoets op de tijdlijn)</translation>
    </message>
    <message>
        <source>{date}: {title}</source>
        <translation>{date}: {title}</translation>
    </message>
    <message>
        <source>lane {lane}</source>
        <translation>baan {lane}</translation>
    </message>
    <message>
        <source>has a note</source>
        <translation>heeft een notitie</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <source>Timeline “{name}”</source>
        <translation>Tijdlijn “{name}”</translation>
    </message>
    <message>
        <source>{n} events; arrow keys move between them, Enter edits, the Menu key opens their menu</source>
        <translation>{n} gebeurtenissen; de pijltjestoetsen gaan ertussen heen en weer, Enter bewerkt, de menutoets opent hun menu</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <source>Go to dates</source>
        <translation>Naar datums</translation>
    </message>
    <message>
        <source>From (and optionally “to …”):</source>
        <translation>Van (en eventueel “tot …”):</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Gebeurtenis bewerken</translation>
    </message>
    <message>
        <source>{n} events</source>
        <translation>{n} gebeurtenissen</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 gebeurtenis</translation>
    </message>
    <message>
        <source>No lane</source>
        <translation>Geen baan</translation>
    </message>
    <message>
        <source>precise to the {precision}</source>
        <translation>nauwkeurig tot op: {precision}</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>bij benadering</translation>
    </message>
    <message>
        <source>Internal note: {note}</source>
        <translation>Interne notitie: {note}</translation>
    </message>
    <message>
        <source>… {n} more sources</source>
        <translation>… nog {n} bronnen</translation>
    </message>
    <message>
        <source>Cannot open the archive</source>
        <translation>Kan het archief niet openen</translation>
    </message>
    <message>
        <source>The new language applies when the import has finished and you open an archive</source>
        <translation>De nieuwe taal geldt zodra de import klaar is en u een archief opent</translation>
    </message>
    <message>
        <source>announced beforehand in 1 article; no report yet</source>
        <translation>vooraf aangekondigd in 1 artikel; nog geen verslag</translation>
    </message>
    <message>
        <source>announced beforehand in %1 articles; no report yet</source>
        <translation>vooraf aangekondigd in %1 artikelen; nog geen verslag</translation>
    </message>
    <message>
        <source>reported by 1 article</source>
        <translation>gemeld door 1 artikel</translation>
    </message>
    <message>
        <source>reported by %1 articles</source>
        <translation>gemeld door %1 artikelen</translation>
    </message>
    <message>
        <source>from 1 outlet</source>
        <translation>van 1 medium</translation>
    </message>
    <message>
        <source>from %1 outlets</source>
        <translation>van %1 media</translation>
    </message>
    <message>
        <source>named again in 1 later article</source>
        <translation>opnieuw genoemd in 1 later artikel</translation>
    </message>
    <message>
        <source>named again in %1 later articles</source>
        <translation>opnieuw genoemd in %1 latere artikelen</translation>
    </message>
    <message>
        <source>1 about the search</source>
        <translation>1 over de zoekopdracht</translation>
    </message>
    <message>
        <source>%1 about the search</source>
        <translation>%1 over de zoekopdracht</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Kop</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Bronnen</translation>
    </message>
    <message>
        <source>Draft Timeline</source>
        <translation>Tijdlijn opstellen</translation>
    </message>
    <message>
        <source>The whole archive</source>
        <translation>Het hele archief</translation>
    </message>
    <message>
        <source>Articles matching a search</source>
        <translation>Artikelen die bij een zoekopdracht passen</translation>
    </message>
    <message>
        <source>These search results (%n articles)</source>
        <translation>Deze zoekresultaten (%n artikelen)</translation>
    </message>
    <message>
        <source>Events of the timeline “%1”</source>
        <translation>Gebeurtenissen van de tijdlijn “%1”</translation>
    </message>
    <message>
        <source>words, &quot;a phrase&quot;, annex*</source>
        <translation>woorden, &quot;een zinsdeel&quot;, annex*</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Create Timeline</source>
        <translation>Tijdlijn maken</translation>
    </message>
    <message>
        <source>Draft from</source>
        <translation>Opstellen uit</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datums</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>Hoogstens</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Draft: %1</source>
        <translation>Opzet: %1</translation>
    </message>
    <message>
        <source>Draft timeline</source>
        <translation>Opzet van een tijdlijn</translation>
    </message>
    <message>
        <source>Type words to search for.</source>
        <translation>Typ woorden om naar te zoeken.</translation>
    </message>
    <message>
        <source>Drafting…</source>
        <translation>Bezig met opstellen…</translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation>tussen %1 en %2</translation>
    </message>
    <message>
        <source>%1 entries from %2 candidate dates in %3 articles</source>
        <translation>%1 items uit %2 kandidaat-datums in %3 artikelen</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Gestopt.</translation>
    </message>
    <message>
        <source>Nothing to create yet: the preview has no entries.</source>
        <translation>Nog niets om te maken: de voorvertoning is leeg.</translation>
    </message>
    <message>
        <source>The timeline needs a name.</source>
        <translation>De tijdlijn heeft een naam nodig.</translation>
    </message>
    <message>
        <source>There is already a timeline called “%1”.</source>
        <translation>Er is al een tijdlijn met de naam “%1”.</translation>
    </message>
    <message>
        <source>There is already a timeline called “%1”</source>
        <translation>Er is al een tijdlijn met de naam “%1”</translation>
    </message>
    <message>
        <source>Draft timeline “%1”</source>
        <translation>Tijdlijn “%1” opstellen</translation>
    </message>
    <message>
        <source>Clear draft marks</source>
        <translation>Conceptmarkeringen wissen</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG-afbeelding</translation>
    </message>
    <message>
        <source>SVG image</source>
        <translation>SVG-afbeelding</translation>
    </message>
    <message>
        <source>PDF (landscape)</source>
        <translation>PDF (liggend)</translation>
    </message>
    <message>
        <source>Interactive web page (HTML)</source>
        <translation>Interactieve webpagina (HTML)</translation>
    </message>
    <message>
        <source>TimelineJS data (JSON)</source>
        <translation>TimelineJS-gegevens (JSON)</translation>
    </message>
    <message>
        <source>TimelineJS spreadsheet (CSV)</source>
        <translation>TimelineJS-spreadsheet (CSV)</translation>
    </message>
    <message>
        <source>Export timeline</source>
        <translation>Tijdlijn exporteren</translation>
    </message>
    <message>
        <source>Most sources’ language ({language})</source>
        <translation>Taal van de meeste bronnen ({language})</translation>
    </message>
    <message>
        <source>Language of the labels and dates of this timeline’s exports; the timeline keeps it</source>
        <translation>Taal van de labels en datums in de exports van deze tijdlijn; de tijdlijn onthoudt haar</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (all when empty)</source>
        <translation>JJJJ-MM-DD (leeg: alles)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-DD</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation>A4 liggend</translation>
    </message>
    <message>
        <source>A3 landscape</source>
        <translation>A3 liggend</translation>
    </message>
    <message>
        <source>List the sources</source>
        <translation>Bronnen vermelden</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Voorvertoning</translation>
    </message>
    <message>
        <source>Preview of the export</source>
        <translation>Voorvertoning van de export</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Formaat</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>T&amp;itel</translation>
    </message>
    <message>
        <source>&amp;Subtitle</source>
        <translation>&amp;Ondertitel</translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation>&amp;Van</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>T&amp;ot</translation>
    </message>
    <message>
        <source>&amp;Width (px)</source>
        <translation>&amp;Breedte (px)</translation>
    </message>
    <message>
        <source>S&amp;cale</source>
        <translation>S&amp;chaal</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>T&amp;hema</translation>
    </message>
    <message>
        <source>PDF &amp;paper</source>
        <translation>PDF-&amp;papier</translation>
    </message>
    <message>
        <source>Dates are YYYY-MM-DD</source>
        <translation>Datums zijn JJJJ-MM-DD</translation>
    </message>
    <message>
        <source>Choose at least one lane</source>
        <translation>Kies ten minste één baan</translation>
    </message>
    <message>
        <source>{n} events, {width} px wide</source>
        <translation>{n} gebeurtenissen, {width} px breed</translation>
    </message>
    <message>
        <source>timeline</source>
        <translation>tijdlijn</translation>
    </message>
    <message>
        <source>Open a timeline first (Timelines, left)</source>
        <translation>Open eerst een tijdlijn (Tijdlijnen, links)</translation>
    </message>
    <message>
        <source>most sources’ language</source>
        <translation>taal van de meeste bronnen</translation>
    </message>
    <message>
        <source>Publication language: {language}</source>
        <translation>Publicatietaal: {language}</translation>
    </message>
    <message>
        <source>Exporting to {path}…</source>
        <translation>Exporteren naar {path}…</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Geëxporteerd naar {path}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exporteren mislukt</translation>
    </message>
    <message>
        <source>Nothing was written: {reason}</source>
        <translation>Er is niets weggeschreven: {reason}</translation>
    </message>
    <message>
        <source>minute</source>
        <translation>minuut</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>uur</translation>
    </message>
    <message>
        <source>day</source>
        <translation>dag</translation>
    </message>
    <message>
        <source>week</source>
        <translation>week</translation>
    </message>
    <message>
        <source>month</source>
        <translation>maand</translation>
    </message>
    <message>
        <source>season</source>
        <translation>seizoen</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>kwartaal</translation>
    </message>
    <message>
        <source>half year</source>
        <translation>halfjaar</translation>
    </message>
    <message>
        <source>year</source>
        <translation>jaar</translation>
    </message>
    <message>
        <source>decade</source>
        <translation>decennium</translation>
    </message>
    <message>
        <source>century</source>
        <translation>eeuw</translation>
    </message>
    <message>
        <source>before</source>
        <translation>vóór</translation>
    </message>
    <message>
        <source>after</source>
        <translation>na</translation>
    </message>
    <message>
        <source>since</source>
        <translation>sinds</translation>
    </message>
    <message>
        <source>until</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>between</source>
        <translation>tussen</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Voorgesteld</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Geaccepteerd</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <source>{imported} imported, {duplicate} duplicate, {failed} failed</source>
        <translation>{imported} geïmporteerd, {duplicate} dubbel, {failed} mislukt</translation>
    </message>
    <message>
        <source>(cancelled; finished articles were kept)</source>
        <translation>(geannuleerd; voltooide artikelen zijn bewaard)</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… en nog {n}</translation>
    </message>
    <message>
        <source>Importing: {done} of {total} articles stored</source>
        <translation>Importeren: {done} van {total} artikelen opgeslagen</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>nog minder dan een minuut</translation>
    </message>
    <message>
        <source>about {n} min left</source>
        <translation>nog ongeveer {n} min</translation>
    </message>
    <message>
        <source>about {n} h left</source>
        <translation>nog ongeveer {n} uur</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Voortgang van de import</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Import annuleren</translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation>Artikelen importeren</translation>
    </message>
    <message>
        <source>Articles and TimelineJS data ({patterns});;Articles ({articles});;All files (*)</source>
        <translation>Artikelen en TimelineJS-gegevens ({patterns});;Artikelen ({articles});;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Import a folder of articles</source>
        <translation>Een map met artikelen importeren</translation>
    </message>
    <message>
        <source>{name}; {n} slides left out: {reasons}</source>
        <translation>{name}; {n} dia’s weggelaten: {reasons}</translation>
    </message>
    <message>
        <source>Import running</source>
        <translation>Import bezig</translation>
    </message>
    <message>
        <source>Wait for the current import to finish, or cancel it.</source>
        <translation>Wacht tot de huidige import klaar is, of annuleer hem.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importeren…</translation>
    </message>
    <message>
        <source>Import finished: {summary}</source>
        <translation>Import klaar: {summary}</translation>
    </message>
    <message>
        <source>Article not added</source>
        <translation>Artikel niet toegevoegd</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Importeren mislukt</translation>
    </message>
    <message>
        <source>The import stopped: {reason}</source>
        <translation>De import is gestopt: {reason}</translation>
    </message>
    <message>
        <source>Cancelling after the current article…</source>
        <translation>Annuleren na het huidige artikel…</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Geïmporteerd</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dubbel</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>New timeline</source>
        <translation>Nieuwe tijdlijn</translation>
    </message>
    <message>
        <source>no publication date: relative dates stay unresolved</source>
        <translation>geen publicatiedatum: relatieve datums blijven open</translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation>onbekende reden</translation>
    </message>
    <message>
        <source>{n} imported</source>
        <translation>{n} geïmporteerd</translation>
    </message>
    <message>
        <source>{n} duplicate</source>
        <translation>{n} dubbel</translation>
    </message>
    <message>
        <source>{n} failed</source>
        <translation>{n} mislukt</translation>
    </message>
    <message>
        <source>{n} new timelines</source>
        <translation>{n} nieuwe tijdlijnen</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import klaar</translation>
    </message>
    <message>
        <source>Imported files</source>
        <translation>Geïmporteerde bestanden</translation>
    </message>
    <message>
        <source>1 imported article has no publication date, so “yesterday” or “last week” in it cannot be dated yet.</source>
        <translation>1 geïmporteerd artikel heeft geen publicatiedatum, dus “gisteren” of “vorige week” daarin is nog niet te dateren.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Set &amp;Dates…</source>
        <translation>&amp;Datums instellen…</translation>
    </message>
    <message>
        <source>{n} imported articles have no publication date, so “yesterday” or “last week” in them cannot be dated yet.</source>
        <translation>{n} geïmporteerde artikelen hebben geen publicatiedatum, dus “gisteren” of “vorige week” daarin is nog niet te dateren.</translation>
    </message>
    <message>
        <source>Set publication dates</source>
        <translation>Publicatiedatums instellen</translation>
    </message>
    <message>
        <source>Publication date of {title}</source>
        <translation>Publicatiedatum van {title}</translation>
    </message>
    <message>
        <source>The relative dates of each article are resolved again from its date.</source>
        <translation>De relatieve datums van elk artikel worden opnieuw bepaald vanaf die datum.</translation>
    </message>
    <message>
        <source>Dates are YYYY-MM-DD: {text}</source>
        <translation>Datums zijn JJJJ-MM-DD: {text}</translation>
    </message>
    <message>
        <source>Timeline — {archive}</source>
        <translation>Tijdlijn — {archive}</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Beoordelingslijst</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>Tekst van het artikel</translation>
    </message>
    <message>
        <source>Sources of the selected events</source>
        <translation>Bronnen van de geselecteerde gebeurtenissen</translation>
    </message>
    <message>
        <source>Articles found</source>
        <translation>Gevonden artikelen</translation>
    </message>
    <message>
        <source>Events found</source>
        <translation>Gevonden gebeurtenissen</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>(alleen-lezen)</translation>
    </message>
    <message>
        <source>That event is hidden by the review queue&apos;s filters</source>
        <translation>Die gebeurtenis valt buiten de filters van de beoordelingslijst</translation>
    </message>
    <message>
        <source>Timeline {n}</source>
        <translation>Tijdlijn {n}</translation>
    </message>
    <message>
        <source>No timeline is open. New timeline:</source>
        <translation>Er is geen tijdlijn open. Nieuwe tijdlijn:</translation>
    </message>
    <message>
        <source>{articles} articles · {events} events</source>
        <translation>{articles} artikelen · {events} gebeurtenissen</translation>
    </message>
    <message>
        <source>{n} without publication date</source>
        <translation>{n} zonder publicatiedatum</translation>
    </message>
    <message>
        <source>Set publication dates of {n} articles</source>
        <translation>Publicatiedatum van {n} artikelen instellen</translation>
    </message>
    <message>
        <source>TimelineJS files imported as new timelines: {n}</source>
        <translation>TimelineJS-bestanden geïmporteerd als nieuwe tijdlijnen: {n}</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>Instellingen opgeslagen</translation>
    </message>
    <message>
        <source>An import is running. Cancel it? Finished articles are kept.</source>
        <translation>Er loopt een import. Annuleren? Voltooide artikelen blijven bewaard.</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>Bestanden &amp;importeren…</translation>
    </message>
    <message>
        <source>Import article files (HTML, text, Markdown, Word, PDF)</source>
        <translation>Artikelbestanden importeren (HTML, tekst, Markdown, Word, PDF)</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>&amp;Map importeren…</translation>
    </message>
    <message>
        <source>Import every article in a folder and its subfolders</source>
        <translation>Alle artikelen in een map en de submappen importeren</translation>
    </message>
    <message>
        <source>New Article from &amp;Clipboard…</source>
        <translation>Nieuw artikel van &amp;klembord…</translation>
    </message>
    <message>
        <source>Paste text as a new article</source>
        <translation>Tekst plakken als nieuw artikel</translation>
    </message>
    <message>
        <source>&amp;Export Timeline…</source>
        <translation>Tijdlijn &amp;exporteren…</translation>
    </message>
    <message>
        <source>Publish the open timeline as PNG, SVG, PDF, HTML or TimelineJS data</source>
        <translation>De open tijdlijn publiceren als PNG, SVG, PDF, HTML of TimelineJS-gegevens</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>In&amp;stellingen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Find in Archive</source>
        <translation>&amp;Zoeken in archief</translation>
    </message>
    <message>
        <source>Search articles and events (Ctrl+F)</source>
        <translation>Artikelen en gebeurtenissen zoeken (Ctrl+F)</translation>
    </message>
    <message>
        <source>Go to the Review &amp;Queue</source>
        <translation>Naar de &amp;beoordelingslijst</translation>
    </message>
    <message>
        <source>Put the keyboard focus in the review queue</source>
        <translation>Het toetsenbord naar de beoordelingslijst</translation>
    </message>
    <message>
        <source>Go to the &amp;Archive List</source>
        <translation>Naar de &amp;archieflijst</translation>
    </message>
    <message>
        <source>Put the keyboard focus in the archive&apos;s filter box</source>
        <translation>Het toetsenbord naar het filterveld van het archief</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>E&amp;vents</source>
        <translation>&amp;Gebeurtenissen</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Tijdlijn</translation>
    </message>
    <message>
        <source>Dr&amp;aft Timeline…</source>
        <translation>Tijdlijn &amp;opstellen…</translation>
    </message>
    <message>
        <source>Rank the dates the articles name and propose a timeline of the moments that matter</source>
        <translation>De datums uit de artikelen rangschikken en een tijdlijn van de belangrijke momenten voorstellen</translation>
    </message>
    <message>
        <source>Clear Draft &amp;Marks</source>
        <translation>Concept&amp;markeringen wissen</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Dupliceren</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>V&amp;iew</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>&amp;Artikel</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hoofdbalk</translation>
    </message>
    <message>
        <source>it no longer exists</source>
        <translation>het bestaat niet meer</translation>
    </message>
    <message>
        <source>{label} was not saved: the archive is read-only</source>
        <translation>{label} is niet opgeslagen: het archief is alleen-lezen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Undo {step}</source>
        <translation>&amp;Ongedaan maken: {step}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>O&amp;pnieuw</translation>
    </message>
    <message>
        <source>&amp;Redo {step}</source>
        <translation>O&amp;pnieuw: {step}</translation>
    </message>
    <message>
        <source>{label} failed: {reason}</source>
        <translation>{label} mislukt: {reason}</translation>
    </message>
    <message>
        <source>Cannot undo {label}: {reason}</source>
        <translation>Kan {label} niet ongedaan maken: {reason}</translation>
    </message>
    <message>
        <source>Cannot redo {label}: {reason}</source>
        <translation>Kan {label} niet opnieuw uitvoeren: {reason}</translation>
    </message>
    <message>
        <source>Cannot undo {label}: {reason}. The undo history was cleared.</source>
        <translation>Kan {label} niet ongedaan maken: {reason}. De geschiedenis is gewist.</translation>
    </message>
    <message>
        <source>Cannot redo {label}: {reason}. The undo history was cleared.</source>
        <translation>Kan {label} niet opnieuw uitvoeren: {reason}. De geschiedenis is gewist.</translation>
    </message>
    <message>
        <source>New article from pasted text</source>
        <translation>Nieuw artikel uit geplakte tekst</translation>
    </message>
    <message>
        <source>e.g. De Grensbode</source>
        <translation>bijv. De Grensbode</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (needed to resolve “yesterday”, “last week”)</source>
        <translation>JJJJ-MM-DD (nodig om “gisteren”, “vorige week” te bepalen)</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Herkennen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Paste or type the article text.</source>
        <translation>Plak of typ de tekst van het artikel.</translation>
    </message>
    <message>
        <source>The article needs a title.</source>
        <translation>Het artikel heeft een titel nodig.</translation>
    </message>
    <message>
        <source>The publication date is YYYY-MM-DD, or empty when unknown.</source>
        <translation>De publicatiedatum is JJJJ-MM-DD, of leeg als die onbekend is.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (empty: unknown)</source>
        <translation>JJJJ-MM-DD (leeg: onbekend)</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Toepassen</translation>
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
        <translation>Geen datum: {text} (gebruik JJJJ-MM-DD)</translation>
    </message>
    <message>
        <source>Edit details…</source>
        <translation>Gegevens bewerken…</translation>
    </message>
    <message>
        <source>No article selected</source>
        <translation>Geen artikel geselecteerd</translation>
    </message>
    <message>
        <source>Choose an article in the archive, or import files with File › Import Files (Ctrl+O).</source>
        <translation>Kies een artikel in het archief, of importeer bestanden via Bestand › Bestanden importeren (Ctrl+O).</translation>
    </message>
    <message>
        <source>{n} temporal expressions · {dated} date events</source>
        <translation>{n} tijdsuitdrukkingen · {dated} gedateerde gebeurtenissen</translation>
    </message>
    <message>
        <source>Edit article details</source>
        <translation>Artikelgegevens bewerken</translation>
    </message>
    <message>
        <source>{n} reviewed events would now get another date; they are kept and flagged as conflicts</source>
        <translation>{n} beoordeelde gebeurtenissen zouden nu een andere datum krijgen; ze blijven staan en zijn als conflict gemarkeerd</translation>
    </message>
    <message>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <source>time</source>
        <translation>tijd</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>duur</translation>
    </message>
    <message>
        <source>recurring</source>
        <translation>terugkerend</translation>
    </message>
    <message>
        <source>{kind} · value {value}</source>
        <translation>{kind} · waarde {value}</translation>
    </message>
    <message>
        <source>{date} · precision: {precision}</source>
        <translation>{date} · nauwkeurigheid: {precision}</translation>
    </message>
    <message>
        <source>qualifier: {qualifier}</source>
        <translation>aanduiding: {qualifier}</translation>
    </message>
    <message>
        <source>click to show its event</source>
        <translation>klik om de gebeurtenis te tonen</translation>
    </message>
    <message>
        <source>no event from this date</source>
        <translation>geen gebeurtenis bij deze datum</translation>
    </message>
    <message>
        <source>publication date unknown</source>
        <translation>publicatiedatum onbekend</translation>
    </message>
    <message>
        <source>event sentence</source>
        <translation>gebeurteniszin</translation>
    </message>
    <message>
        <source>accepted event</source>
        <translation>geaccepteerde gebeurtenis</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accepteren</translation>
    </message>
    <message>
        <source>Accept the selected events (A or Enter)</source>
        <translation>De geselecteerde gebeurtenissen accepteren (A of Enter)</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Afwijzen</translation>
    </message>
    <message>
        <source>Reject the selected events (R or Delete)</source>
        <translation>De geselecteerde gebeurtenissen afwijzen (R of Delete)</translation>
    </message>
    <message>
        <source>Return to &amp;Queue</source>
        <translation>&amp;Terug naar de lijst</translation>
    </message>
    <message>
        <source>Make the selected events suggestions again (U)</source>
        <translation>De geselecteerde gebeurtenissen weer voorstellen maken (U)</translation>
    </message>
    <message>
        <source>Edit the headline, date and tags (E or F2)</source>
        <translation>Kop, datum en tags bewerken (E of F2)</translation>
    </message>
    <message>
        <source>&amp;Merge Duplicates</source>
        <translation>Dubbele &amp;samenvoegen</translation>
    </message>
    <message>
        <source>Merge the selected events into one, keeping every source (M)</source>
        <translation>De geselecteerde gebeurtenissen samenvoegen tot één, met behoud van elke bron (M)</translation>
    </message>
    <message>
        <source>Add to &amp;Timeline</source>
        <translation>Aan &amp;tijdlijn toevoegen</translation>
    </message>
    <message>
        <source>Put the selected events on the current timeline (T)</source>
        <translation>De geselecteerde gebeurtenissen op de huidige tijdlijn zetten (T)</translation>
    </message>
    <message>
        <source>Add to “{timeline}”</source>
        <translation>Aan “{timeline}” toevoegen</translation>
    </message>
    <message>
        <source>e.g. 16 dec 2022, juni 2023, c. 1990s, vorige week</source>
        <translation>bijv. 16 dec 2022, juni 2023, c. jaren 90, vorige week</translation>
    </message>
    <message>
        <source>Approximate</source>
        <translation>Bij benadering</translation>
    </message>
    <message>
        <source>exactly</source>
        <translation>precies</translation>
    </message>
    <message>
        <source>comma-separated, e.g. diplomacy, sanctions</source>
        <translation>gescheiden door komma’s, bijv. diplomatie, sancties</translation>
    </message>
    <message>
        <source>&amp;Headline</source>
        <translation>&amp;Kop</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschrijving</translation>
    </message>
    <message>
        <source>D&amp;ate</source>
        <translation>D&amp;atum</translation>
    </message>
    <message>
        <source>&amp;Precision</source>
        <translation>&amp;Nauwkeurigheid</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>&amp;Tags</translation>
    </message>
    <message>
        <source>Source: “{sentence}”</source>
        <translation>Bron: “{sentence}”</translation>
    </message>
    <message>
        <source>The sentence this event was found in</source>
        <translation>De zin waarin deze gebeurtenis is gevonden</translation>
    </message>
    <message>
        <source>→ not a date I can read</source>
        <translation>→ geen datum die ik kan lezen</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>Filter headlines</source>
        <translation>Koppen filteren</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Alle artikelen</translation>
    </message>
    <message>
        <source>from</source>
        <translation>van</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>A date as you would say it: 2014, June 2023, 16 Dec 2022</source>
        <translation>Een datum zoals u die zou zeggen: 2014, juni 2023, 16 dec 2022</translation>
    </message>
    <message>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Hide events the extractor is less sure of</source>
        <translation>Gebeurtenissen verbergen waarover de herkenning minder zeker is</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Zekerheid</translation>
    </message>
    <message>
        <source>Not a date I can read</source>
        <translation>Geen datum die ik kan lezen</translation>
    </message>
    <message>
        <source>A date as you would say it: 2014, June 2023</source>
        <translation>Een datum zoals u die zou zeggen: 2014, juni 2023</translation>
    </message>
    <message>
        <source>Article(s)</source>
        <translation>Artikel(en)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>(edited by an editor)</source>
        <translation>(bewerkt door een redacteur)</translation>
    </message>
    <message>
        <source>Another report gives a different date for this event</source>
        <translation>Een ander bericht geeft een andere datum voor deze gebeurtenis</translation>
    </message>
    <message>
        <source>A accept · R reject · E edit · M merge · T add to timeline · Ctrl+Z undo</source>
        <translation>A accepteren · R afwijzen · E bewerken · M samenvoegen · T op tijdlijn · Ctrl+Z ongedaan maken</translation>
    </message>
    <message>
        <source>Accept 1 event</source>
        <translation>1 gebeurtenis accepteren</translation>
    </message>
    <message>
        <source>Accept {n} events</source>
        <translation>{n} gebeurtenissen accepteren</translation>
    </message>
    <message>
        <source>Reject 1 event</source>
        <translation>1 gebeurtenis afwijzen</translation>
    </message>
    <message>
        <source>Reject {n} events</source>
        <translation>{n} gebeurtenissen afwijzen</translation>
    </message>
    <message>
        <source>Return 1 event</source>
        <translation>1 gebeurtenis terugzetten</translation>
    </message>
    <message>
        <source>Return {n} events</source>
        <translation>{n} gebeurtenissen terugzetten</translation>
    </message>
    <message>
        <source>Nothing here. Change the filters, or import articles to find events.</source>
        <translation>Niets te zien. Pas de filters aan, of importeer artikelen om gebeurtenissen te vinden.</translation>
    </message>
    <message>
        <source>Edit “{title}”</source>
        <translation>“{title}” bewerken</translation>
    </message>
    <message>
        <source>Select two or more events to merge (Shift or Ctrl + click).</source>
        <translation>Selecteer twee of meer gebeurtenissen om samen te voegen (Shift- of Ctrl-klik).</translation>
    </message>
    <message>
        <source>Merge {n}</source>
        <translation>{n} samenvoegen</translation>
    </message>
    <message>
        <source>Open a timeline first: T adds events to the current timeline.</source>
        <translation>Open eerst een tijdlijn: T zet gebeurtenissen op de huidige tijdlijn.</translation>
    </message>
    <message>
        <source>Add {n} to “{timeline}”</source>
        <translation>{n} aan “{timeline}” toevoegen</translation>
    </message>
    <message>
        <source>Search the archive: words, &quot;a phrase&quot;, annex*, krim NOT rusland</source>
        <translation>Zoeken in het archief: woorden, &quot;een zinsdeel&quot;, annex*, krim NOT rusland</translation>
    </message>
    <message>
        <source>published from</source>
        <translation>gepubliceerd vanaf</translation>
    </message>
    <message>
        <source>to (YYYY-MM-DD)</source>
        <translation>tot (JJJJ-MM-DD)</translation>
    </message>
    <message>
        <source>events from</source>
        <translation>gebeurtenissen vanaf</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikelen</translation>
    </message>
    <message>
        <source>Open article</source>
        <translation>Artikel openen</translation>
    </message>
    <message>
        <source>Add events to timeline</source>
        <translation>Gebeurtenissen aan tijdlijn toevoegen</translation>
    </message>
    <message>
        <source>Adds the selected events, or all event hits when none is selected</source>
        <translation>Voegt de geselecteerde gebeurtenissen toe, of alle gevonden gebeurtenissen als er geen geselecteerd is</translation>
    </message>
    <message>
        <source>Draft a timeline from these results…</source>
        <translation>Een tijdlijn opstellen uit deze resultaten…</translation>
    </message>
    <message>
        <source>Rank the dates these articles name and propose a timeline</source>
        <translation>De datums uit deze artikelen rangschikken en een tijdlijn voorstellen</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Alle talen</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Alle bronnen</translation>
    </message>
    <message>
        <source>Dates are YYYY-MM-DD ({reason})</source>
        <translation>Datums zijn JJJJ-MM-DD ({reason})</translation>
    </message>
    <message>
        <source>Search not run: {reason}</source>
        <translation>Niet gezocht: {reason}</translation>
    </message>
    <message>
        <source>Articles ({n})</source>
        <translation>Artikelen ({n})</translation>
    </message>
    <message>
        <source>Events ({n})</source>
        <translation>Gebeurtenissen ({n})</translation>
    </message>
    <message>
        <source>Type words to search; filters narrow the results.</source>
        <translation>Typ woorden om te zoeken; filters beperken de resultaten.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>An archive file (.sqlite3), or the address of the newsroom&apos;s shared archive (postgresql://user@host/archive). Another archive opens when you press OK.</source>
        <translation>Een archiefbestand (.sqlite3), of het adres van het gedeelde archief van de redactie (postgresql://gebruiker@host/archief). Een ander archief gaat open wanneer je op OK drukt.</translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation>Bestand kiezen…</translation>
    </message>
    <message>
        <source>Same as the system ({language})</source>
        <translation>Zoals het systeem ({language})</translation>
    </message>
    <message>
        <source>Detect per article</source>
        <translation>Per artikel herkennen</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Map openen</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Taal van de app</translation>
    </message>
    <message>
        <source>Language of imported articles</source>
        <translation>Taal van geïmporteerde artikelen</translation>
    </message>
    <message>
        <source>Review: hide events below</source>
        <translation>Beoordelen: gebeurtenissen verbergen onder</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Gegevensmap</translation>
    </message>
    <message>
        <source>Select events on the timeline to see where they were reported.</source>
        <translation>Selecteer gebeurtenissen op de tijdlijn om te zien waar ze gemeld zijn.</translation>
    </message>
    <message>
        <source>Added by an editor; no article source.</source>
        <translation>Toegevoegd door een redacteur; geen artikel als bron.</translation>
    </message>
    <message>
        <source>article {id}</source>
        <translation>artikel {id}</translation>
    </message>
    <message>
        <source>(photo caption)</source>
        <translation>(fotobijschrift)</translation>
    </message>
    <message>
        <source>… and {n} more selected events</source>
        <translation>… en nog {n} geselecteerde gebeurtenissen</translation>
    </message>
    <message>
        <source>{name}: {events} events, {lanes} lanes</source>
        <translation>{name}: {events} gebeurtenissen, {lanes} banen</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Empty timeline…</source>
        <translation>Lege tijdlijn…</translation>
    </message>
    <message>
        <source>From accepted events…</source>
        <translation>Uit geaccepteerde gebeurtenissen…</translation>
    </message>
    <message>
        <source>From a search…</source>
        <translation>Uit een zoekopdracht…</translation>
    </message>
    <message>
        <source>From the selected events…</source>
        <translation>Uit de geselecteerde gebeurtenissen…</translation>
    </message>
    <message>
        <source>Timelines</source>
        <translation>Tijdlijnen</translation>
    </message>
    <message>
        <source>There is already a timeline called “{name}”.</source>
        <translation>Er is al een tijdlijn met de naam “{name}”.</translation>
    </message>
    <message>
        <source>New timeline “{name}”</source>
        <translation>Nieuwe tijdlijn “{name}”</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <source>New timeline from accepted events</source>
        <translation>Nieuwe tijdlijn uit geaccepteerde gebeurtenissen</translation>
    </message>
    <message>
        <source>No events are accepted yet: the timeline starts empty</source>
        <translation>Er zijn nog geen gebeurtenissen geaccepteerd: de tijdlijn begint leeg</translation>
    </message>
    <message>
        <source>New timeline from a search</source>
        <translation>Nieuwe tijdlijn uit een zoekopdracht</translation>
    </message>
    <message>
        <source>Search the archive for:</source>
        <translation>Zoeken in het archief naar:</translation>
    </message>
    <message>
        <source>{n} accepted events from articles matching “{query}”</source>
        <translation>{n} geaccepteerde gebeurtenissen uit artikelen bij “{query}”</translation>
    </message>
    <message>
        <source>Select events in the review queue first</source>
        <translation>Selecteer eerst gebeurtenissen in de beoordelingslijst</translation>
    </message>
    <message>
        <source>New timeline from the selected events</source>
        <translation>Nieuwe tijdlijn uit de geselecteerde gebeurtenissen</translation>
    </message>
    <message>
        <source>Rename timeline</source>
        <translation>Tijdlijn hernoemen</translation>
    </message>
    <message>
        <source>Rename timeline to “{name}”</source>
        <translation>Tijdlijn hernoemen tot “{name}”</translation>
    </message>
    <message>
        <source>Duplicate timeline “{name}”</source>
        <translation>Tijdlijn “{name}” dupliceren</translation>
    </message>
    <message>
        <source>Delete timeline “{name}”</source>
        <translation>Tijdlijn “{name}” verwijderen</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Hernoemen…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Time axis</source>
        <translation>Tijdas</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>Banen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only archive.&lt;/b&gt; {path} is shared with a role that may only read: you can read, search and export; importing and editing are off (ask the database administrator for a role that may write).</source>
        <translation>&lt;b&gt;Archief alleen-lezen.&lt;/b&gt; {path} is gedeeld met een rol die alleen mag lezen: u kunt lezen, zoeken en exporteren; importeren en bewerken staan uit (vraag de databasebeheerder om een rol die mag schrijven).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only archive.&lt;/b&gt; {path} cannot be changed here (file permissions or a read-only medium): you can read, search and export; importing and editing are off.</source>
        <translation>&lt;b&gt;Archief alleen-lezen.&lt;/b&gt; {path} kan hier niet worden gewijzigd (bestandsrechten of een alleen-lezen medium): u kunt lezen, zoeken en exporteren; importeren en bewerken staan uit.</translation>
    </message>
    <message>
        <source>No archive there</source>
        <translation>Geen archief daar</translation>
    </message>
    <message>
        <source>There is no archive at {path}.

Create a new, empty archive there?</source>
        <translation>Er is geen archief op {path}.

Daar een nieuw, leeg archief maken?</translation>
    </message>
</context>
</TS>
