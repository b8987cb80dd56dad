<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Over IFG-wegwijzer</source>
        <translation>About IFG-wegwijzer</translation>
    </message>
    <message>
        <source>IFG-wegwijzer {version}</source>
        <translation>IFG-wegwijzer {version}</translation>
    </message>
    <message>
        <source>Voor het onthaal: naar welke dienst verwijs je iemand die met intrafamiliaal geweld te maken heeft, en wat moet er nu meteen gebeuren.</source>
        <translation>For the front desk: which service to refer someone affected by intrafamily violence to, and what must happen right now.</translation>
    </message>
    <message>
        <source>Een hulpmiddel, geen risicotaxatie: de checklist geeft geen score en vervangt het oordeel van een hulpverlener niet. Bij acuut gevaar: bel 112 of 101.</source>
        <translation>An aid, not a risk assessment: the checklist gives no score and does not replace a professional&apos;s judgement. In acute danger: call 112 or 101.</translation>
    </message>
    <message>
        <source>Wat je aanvinkt of in het zoekveld typt, wordt nergens bewaard: niet in de databank, niet in de instellingen, niet in een logboek. &apos;Nieuw gesprek&apos; (Ctrl+N) wist alles. Het venster onthoudt alleen zijn grootte en indeling.</source>
        <translation>What you tick or type in the search box is stored nowhere: not in the database, not in the settings, not in a log. &apos;New conversation&apos; (Ctrl+N) clears everything. The window only remembers its size and layout.</translation>
    </message>
    <message>
        <source>Licentie: MIT. Gebouwd met Qt for Python (PySide6, LGPLv3) en SQLAlchemy.</source>
        <translation>Licence: MIT. Built with Qt for Python (PySide6, LGPLv3) and SQLAlchemy.</translation>
    </message>
</context>
<context>
    <name>AgeFilter</name>
    <message>
        <source>Leeftijd van de betrokkene</source>
        <translation>Age of the person concerned</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Leeftijd in jaren</source>
        <translation>Age in years</translation>
    </message>
    <message>
        <source>Streepje: elke leeftijd.</source>
        <translation>Dash: any age.</translation>
    </message>
    <message>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <source>en maanden</source>
        <translation>and months</translation>
    </message>
    <message>
        <source>ongeboren</source>
        <translation>unborn</translation>
    </message>
    <message>
        <source>Ongeboren kind (zwangerschap)</source>
        <translation>Unborn child (pregnancy)</translation>
    </message>
</context>
<context>
    <name>AgeFilter.plural</name>
    <message>
        <source> j</source>
        <translation> years</translation>
    </message>
</context>
<context>
    <name>AgeFilter.singular</name>
    <message>
        <source> j</source>
        <translation> year</translation>
    </message>
</context>
<context>
    <name>ArchiveDialog</name>
    <message>
        <source>Archief</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Gearchiveerde diensten</source>
        <translation>Archived services</translation>
    </message>
    <message>
        <source>Terugzetten</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Dienst terugzetten</source>
        <translation>Restore service</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>archief</source>
        <translation>archive</translation>
    </message>
    <message>
        <source>{name} ({key}) — gearchiveerd op {when}</source>
        <translation>{name} ({key}) — archived on {when}</translation>
    </message>
    <message>
        <source>Bezig met terugzetten…</source>
        <translation>Restoring…</translation>
    </message>
</context>
<context>
    <name>BackgroundRead</name>
    <message>
        <source>Dat lukte niet door een fout in het programma; er is niets gewijzigd. Probeer het opnieuw; lukt het weer niet, meld het dan.</source>
        <translation>That did not work because of an error in the program; nothing was changed. Try again; if it fails again, please report it.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Coördinatorwachtwoord wijzigen</source>
        <translation>Change coordinator password</translation>
    </message>
    <message>
        <source>Huidig wachtwoord</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>Nieuw wachtwoord</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Nieuw wachtwoord herhalen</source>
        <translation>Repeat new password</translation>
    </message>
    <message>
        <source>wachtwoord wijzigen</source>
        <translation>change password</translation>
    </message>
    <message>
        <source>Wijzigen</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Huidig wachtwoord:</source>
        <translation>Current password:</translation>
    </message>
    <message>
        <source>Nieuw wachtwoord:</source>
        <translation>New password:</translation>
    </message>
    <message>
        <source>Nog eens:</source>
        <translation>Again:</translation>
    </message>
    <message>
        <source>De twee nieuwe wachtwoorden verschillen.</source>
        <translation>The two new passwords are different.</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>Checklist alarmsignalen</source>
        <translation>Red flag checklist</translation>
    </message>
    <message>
        <source>Alarmsignalen</source>
        <translation>Red flags</translation>
    </message>
    <message>
        <source>Samenvatting van de checklist</source>
        <translation>Checklist summary</translation>
    </message>
    <message>
        <source>Suggesties toepassen</source>
        <translation>Apply suggestions</translation>
    </message>
    <message>
        <source>Toon de diensten en thema&apos;s die bij de aangevinkte signalen passen</source>
        <translation>Show the services and themes that match the ticked signals</translation>
    </message>
    <message>
        <source>Kindreflex — kinderen in beeld</source>
        <translation>Kindreflex — keep children in view</translation>
    </message>
    <message>
        <source>Alarmsignalen om aan te vinken</source>
        <translation>Warning signs to tick</translation>
    </message>
    <message>
        <source>Niets aangevinkt.</source>
        <translation>Nothing ticked.</translation>
    </message>
    <message>
        <source>Rode vlaggen (escalatie)</source>
        <translation>Red flags (escalation)</translation>
    </message>
    <message>
        <source>Beschermende factoren</source>
        <translation>Protective factors</translation>
    </message>
    <message>
        <source>Signalen die je kan opmerken</source>
        <translation>Signals you may notice</translation>
    </message>
    <message>
        <source>Kritiek alarmsignaal</source>
        <translation>Critical red flag</translation>
    </message>
    <message>
        <source>{red} rode vlag(gen), {protective} beschermende factor(en), {signals} signaal/signalen.</source>
        <translation>{red} red flag(s), {protective} protective factor(s), {signals} signal(s).</translation>
    </message>
    <message>
        <source>Kritiek: {items}. </source>
        <translation>Critical: {items}. </translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Intussen gewijzigd</source>
        <translation>Changed in the meantime</translation>
    </message>
    <message>
        <source>Intussen gewijzigd door iemand anders</source>
        <translation>Changed by someone else in the meantime</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Wat de ander wijzigde</source>
        <translation>What the other person changed</translation>
    </message>
    <message>
        <source>Veld</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>Nu</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Uw wijzigingen, niet opgeslagen</source>
        <translation>Your changes, not saved</translation>
    </message>
    <message>
        <source>Uw waarde</source>
        <translation>Your value</translation>
    </message>
    <message>
        <source>Uitleg</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Nieuwe versie laden</source>
        <translation>Load new version</translation>
    </message>
    <message>
        <source>Nieuwe versie laden, mijn wijzigingen vergeten</source>
        <translation>Load the new version, discard my changes</translation>
    </message>
    <message>
        <source>Nieuwe versie laden en mijn wijzigingen erop zetten</source>
        <translation>Load the new version and reapply my changes</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Wat de ander wijzigde:</source>
        <translation>What the other person changed:</translation>
    </message>
    <message>
        <source>Uw wijzigingen (nog niet opgeslagen):</source>
        <translation>Your changes (not saved yet):</translation>
    </message>
</context>
<context>
    <name>Coordinator</name>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>enkel telefonisch</source>
        <translation>by phone only</translation>
    </message>
    <message>
        <source>vrije inloop</source>
        <translation>walk-in</translation>
    </message>
    <message>
        <source>gesloten</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>open zoals op een gewone dag</source>
        <translation>open as on a normal day</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Opent om</source>
        <translation>Opens at</translation>
    </message>
    <message>
        <source>Sluit om</source>
        <translation>Closes at</translation>
    </message>
    <message>
        <source>Soort venster</source>
        <translation>Kind of time slot</translation>
    </message>
    <message>
        <source>Eindigt de volgende dag</source>
        <translation>Ends the next day</translation>
    </message>
    <message>
        <source>Hoe vaak</source>
        <translation>How often</translation>
    </message>
    <message>
        <source>Eerste keer op</source>
        <translation>First time on</translation>
    </message>
    <message>
        <source>Eerste keer op (vanaf die week om de zoveel weken)</source>
        <translation>First time on (every so many weeks from that week)</translation>
    </message>
    <message>
        <source>Venster</source>
        <translation>Time slot</translation>
    </message>
    <message>
        <source>(tot de volgende dag)</source>
        <translation>(until the next day)</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Gesloten die dag</source>
        <translation>Closed that day</translation>
    </message>
    <message>
        <source>Opent die dag om</source>
        <translation>Opens that day at</translation>
    </message>
    <message>
        <source>Sluit die dag om</source>
        <translation>Closes that day at</translation>
    </message>
    <message>
        <source>Opmerking bij de datum</source>
        <translation>Note on the date</translation>
    </message>
    <message>
        <source>bv. Kerstmis, verhuis</source>
        <translation>e.g. Christmas, move</translation>
    </message>
    <message>
        <source>Openingsuren</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>Openingsuren bekend</source>
        <translation>Opening hours known</translation>
    </message>
    <message>
        <source>24 op 7 (dag en nacht)</source>
        <translation>24/7 (day and night)</translation>
    </message>
    <message>
        <source>24 op 7</source>
        <translation>24/7</translation>
    </message>
    <message>
        <source>Op afspraak</source>
        <translation>By appointment</translation>
    </message>
    <message>
        <source>Op feestdagen</source>
        <translation>On public holidays</translation>
    </message>
    <message>
        <source>Weekuren</source>
        <translation>Weekly hours</translation>
    </message>
    <message>
        <source>Uren toevoegen</source>
        <translation>Add hours</translation>
    </message>
    <message>
        <source>Afwijkende dagen</source>
        <translation>Exceptional days</translation>
    </message>
    <message>
        <source>Datum toevoegen</source>
        <translation>Add date</translation>
    </message>
    <message>
        <source>Geldig vanaf</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Geldig tot en met</source>
        <translation>Valid until (inclusive)</translation>
    </message>
    <message>
        <source>Opmerking bij de uren</source>
        <translation>Note on the hours</translation>
    </message>
    <message>
        <source>Deel dat dag en nacht bereikbaar is</source>
        <translation>Part reachable day and night</translation>
    </message>
    <message>
        <source>bv. crisisopvang (leeg: geen)</source>
        <translation>e.g. crisis shelter (empty: none)</translation>
    </message>
    <message>
        <source>openingsuren</source>
        <translation>opening hours</translation>
    </message>
    <message>
        <source>Op feestdagen:</source>
        <translation>On public holidays:</translation>
    </message>
    <message>
        <source>Weekuren (sluit het vóór het openen, dan loopt het door na middernacht)</source>
        <translation>Weekly hours (if it closes before it opens, it runs on past midnight)</translation>
    </message>
    <message>
        <source>Afwijkende dagen: sluiting of andere uren op een datum</source>
        <translation>Exceptional days: closed, or other hours on a date</translation>
    </message>
    <message>
        <source>&amp;Deel dag en nacht bereikbaar (als de dienst zelf dat niet is):</source>
        <translation>&amp;Part reachable day and night (if the service itself is not):</translation>
    </message>
    <message>
        <source>Opmerking bij de uren:</source>
        <translation>Note on the hours:</translation>
    </message>
    <message>
        <source>Duid bij elke rij uren minstens één dag aan.</source>
        <translation>Tick at least one day in every row of hours.</translation>
    </message>
    <message>
        <source>Melding bij {field}</source>
        <translation>Message about {field}</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Minimumleeftijd</source>
        <translation>Minimum age</translation>
    </message>
    <message>
        <source>Maximumleeftijd</source>
        <translation>Maximum age</translation>
    </message>
    <message>
        <source>{label}: soort</source>
        <translation>{label}: kind</translation>
    </message>
    <message>
        <source>geen ondergrens</source>
        <translation>no lower limit</translation>
    </message>
    <message>
        <source>vanaf de zwangerschap</source>
        <translation>from pregnancy</translation>
    </message>
    <message>
        <source>vanaf (jaren en maanden)</source>
        <translation>from (years and months)</translation>
    </message>
    <message>
        <source>geen bovengrens</source>
        <translation>no upper limit</translation>
    </message>
    <message>
        <source>tot en met … jaar</source>
        <translation>up to and including … years</translation>
    </message>
    <message>
        <source>tot en met precies (jaren en maanden)</source>
        <translation>up to and including exactly (years and months)</translation>
    </message>
    <message>
        <source>{label}: jaren</source>
        <translation>{label}: years</translation>
    </message>
    <message>
        <source> jaar</source>
        <translation> years</translation>
    </message>
    <message>
        <source>{label}: maanden</source>
        <translation>{label}: months</translation>
    </message>
    <message>
        <source> mnd</source>
        <translation> mo</translation>
    </message>
    <message>
        <source>{label}: vanaf maand van de zwangerschap</source>
        <translation>{label}: from month of pregnancy</translation>
    </message>
    <message>
        <source>maand </source>
        <translation>month </translation>
    </message>
    <message>
        <source>{what} verwijderen</source>
        <translation>Remove {what}</translation>
    </message>
    <message>
        <source>Telefoonnummer</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>03 260 72 80, 1712, 0800 …</source>
        <translation>03 260 72 80, 1712, 0800 …</translation>
    </message>
    <message>
        <source>Label van het nummer</source>
        <translation>Label of the number</translation>
    </message>
    <message>
        <source>label (bv. Onthaal)</source>
        <translation>label (e.g. Reception)</translation>
    </message>
    <message>
        <source>Uitleg bij het nummer</source>
        <translation>Explanation of the number</translation>
    </message>
    <message>
        <source>uitleg</source>
        <translation>explanation</translation>
    </message>
    <message>
        <source>Nummer gratis</source>
        <translation>Number free of charge</translation>
    </message>
    <message>
        <source>Gratis te bellen?</source>
        <translation>Free to call?</translation>
    </message>
    <message>
        <source>telefoonnummer</source>
        <translation>phone number</translation>
    </message>
    <message>
        <source>gratis:</source>
        <translation>free:</translation>
    </message>
    <message>
        <source>Nummer</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Naam van de plaats</source>
        <translation>Name of the place</translation>
    </message>
    <message>
        <source>naam (bv. Hoofdzetel)</source>
        <translation>name (e.g. Head office)</translation>
    </message>
    <message>
        <source>Straat en nummer</source>
        <translation>Street and number</translation>
    </message>
    <message>
        <source>straat en nummer</source>
        <translation>street and number</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>postal code</translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>gemeente</source>
        <translation>municipality</translation>
    </message>
    <message>
        <source>Landcode</source>
        <translation>Country code</translation>
    </message>
    <message>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
</context>
<context>
    <name>CoordinatorController</name>
    <message>
        <source>&amp;Coördinator</source>
        <translation>&amp;Coordinator</translation>
    </message>
    <message>
        <source>Coördinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>Ontgrendelen…</source>
        <translation>Unlock…</translation>
    </message>
    <message>
        <source>Vergrendelen</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Nieuwe dienst…</source>
        <translation>New service…</translation>
    </message>
    <message>
        <source>Geselecteerde dienst bewerken…</source>
        <translation>Edit selected service…</translation>
    </message>
    <message>
        <source>Vandaag geverifieerd</source>
        <translation>Verified today</translation>
    </message>
    <message>
        <source>Archiveren…</source>
        <translation>Archive…</translation>
    </message>
    <message>
        <source>Geschiedenis…</source>
        <translation>History…</translation>
    </message>
    <message>
        <source>Werklijst…</source>
        <translation>Worklist…</translation>
    </message>
    <message>
        <source>Gearchiveerde diensten…</source>
        <translation>Archived services…</translation>
    </message>
    <message>
        <source>Zoektermen…</source>
        <translation>Search terms…</translation>
    </message>
    <message>
        <source>Leidraad bewerken…</source>
        <translation>Edit the guide…</translation>
    </message>
    <message>
        <source>Wachtwoord wijzigen…</source>
        <translation>Change password…</translation>
    </message>
    <message>
        <source>Coördinatormodus</source>
        <translation>Coordinator mode</translation>
    </message>
    <message>
        <source>Alleen lezen</source>
        <translation>Read only</translation>
    </message>
    <message>
        <source>Coördinatormodus niet beschikbaar</source>
        <translation>Coordinator mode not available</translation>
    </message>
    <message>
        <source>Coördinatormodus: {name}</source>
        <translation>Coordinator mode: {name}</translation>
    </message>
    <message>
        <source>Coördinatormodus ontgrendeld voor {name}.</source>
        <translation>Coordinator mode unlocked for {name}.</translation>
    </message>
    <message>
        <source>Vergrendeld: de wegwijzer is weer alleen-lezen.</source>
        <translation>Locked: the directory is read-only again.</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Kies eerst een dienst in de lijst.</source>
        <translation>First choose a service in the list.</translation>
    </message>
    <message>
        <source>Even geduld: de vorige wijziging wordt nog opgeslagen.</source>
        <translation>One moment: the previous change is still being saved.</translation>
    </message>
    <message>
        <source>Bezig met opslaan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Opgeslagen: {key}.</source>
        <translation>Saved: {key}.</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is vandaag geverifieerd door {name}.</source>
        <translation>&apos;{key}&apos; was verified today by {name}.</translation>
    </message>
    <message>
        <source>Er is geen dienst met sleutel &apos;{key}&apos; (meer).</source>
        <translation>There is no service with key &apos;{key}&apos; (any more).</translation>
    </message>
    <message>
        <source>Archiveren</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; archiveren? De dienst verdwijnt uit elke lijst; onder &apos;Gearchiveerde diensten&apos; kan hij teruggezet worden.</source>
        <translation>Archive &apos;{name}&apos;? The service disappears from every list; it can be restored under &apos;Archived services&apos;.</translation>
    </message>
    <message>
        <source>Archiveren bevestigen</source>
        <translation>Confirm archiving</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is gearchiveerd.</source>
        <translation>&apos;{key}&apos; has been archived.</translation>
    </message>
    <message>
        <source>Het wachtwoord is gewijzigd.</source>
        <translation>The password has been changed.</translation>
    </message>
</context>
<context>
    <name>DataSourcesDialog</name>
    <message>
        <source>Waar komen de gegevens vandaan</source>
        <translation>Where the data comes from</translation>
    </message>
    <message>
        <source>De meegeleverde diensten, de checklist en de leidraad komen uit de basisvorming IFG van Veilig Huis Antwerpen en uit de publieke pagina&apos;s van de diensten zelf. Nooit is een nummer, adres of openingsuur verzonnen: wat niet gekend is, staat er als &apos;aan te vullen&apos;.</source>
        <translation>The services shipped, the checklist and the guide come from the IFG basic training of Veilig Huis Antwerpen and from the services&apos; own public pages. No number, address or opening hour is ever made up: what is not known shows as &apos;to be completed&apos;.</translation>
    </message>
    <message>
        <source>Bij elke dienst zegt het detail onder &apos;Bronnen&apos; waar het contact, de uren en de leeftijden vandaan komen; &apos;te verifiëren&apos; staat waar de bron oud of onrechtstreeks is. Coördinatoren houden de gegevens bij (menu Coördinator) en zetten &apos;Vandaag geverifieerd&apos; wanneer ze een dienst nagekeken hebben.</source>
        <translation>For each service, the detail says under &apos;Sources&apos; where the contact, the hours and the ages come from; &apos;to be verified&apos; marks a source that is old or indirect. Coordinators keep the data up to date (Coordinator menu) and set &apos;Verified today&apos; when they have checked a service.</translation>
    </message>
    <message>
        <source>Herkomst van de gegevens</source>
        <translation>Origin of the data</translation>
    </message>
    <message>
        <source>Databank van dit venster: {where}</source>
        <translation>This window&apos;s database: {where}</translation>
    </message>
    <message>
        <source>nog nooit</source>
        <translation>never</translation>
    </message>
    <message>
        <source>{services} diensten in gebruik; {never} nog nooit geverifieerd; laatst geverifieerd: {last}.</source>
        <translation>{services} services in use; {never} never verified; last verified: {last}.</translation>
    </message>
    <message>
        <source>{to_verify} van {facts} bronnen zijn nog te verifiëren.</source>
        <translation>{to_verify} of {facts} sources are still to be verified.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Urgentie</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>Alle urgenties</source>
        <translation>All urgency levels</translation>
    </message>
    <message>
        <source>Acuut</source>
        <translation>Acute</translation>
    </message>
    <message>
        <source>Crisis</source>
        <translation>Crisis</translation>
    </message>
    <message>
        <source>Niet-acuut</source>
        <translation>Non-acute</translation>
    </message>
    <message>
        <source>Beschikbaarheid</source>
        <translation>Availability</translation>
    </message>
    <message>
        <source>Alle diensten, nu open, open op een gekozen moment, of dag en nacht.</source>
        <translation>All services, open now, open at a chosen moment, or day and night.</translation>
    </message>
    <message>
        <source>Alle (ook gesloten)</source>
        <translation>All (closed too)</translation>
    </message>
    <message>
        <source>Nu open</source>
        <translation>Open now</translation>
    </message>
    <message>
        <source>Open op…</source>
        <translation>Open at…</translation>
    </message>
    <message>
        <source>24 op 7</source>
        <translation>24/7</translation>
    </message>
    <message>
        <source>Open op dit moment</source>
        <translation>Open at this moment</translation>
    </message>
    <message>
        <source>Wie mag contact opnemen</source>
        <translation>Who may get in touch</translation>
    </message>
    <message>
        <source>Diensten die enkel voor professionals zijn tonen of weglaten.</source>
        <translation>Show or leave out services that are for professionals only.</translation>
    </message>
    <message>
        <source>Ook enkel voor professionals</source>
        <translation>Including professional-only</translation>
    </message>
    <message>
        <source>Enkel wat de cliënt zelf mag bellen</source>
        <translation>Only what the client may call</translation>
    </message>
    <message>
        <source>Filters wissen</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Alle filters wissen</source>
        <translation>Clear all filters</translation>
    </message>
    <message>
        <source>Zoekterm en checklist blijven (Ctrl+R).</source>
        <translation>The search words and the checklist stay (Ctrl+R).</translation>
    </message>
    <message>
        <source>&amp;Leeftijd</source>
        <translation>&amp;Age</translation>
    </message>
    <message>
        <source>&amp;Urgentie</source>
        <translation>&amp;Urgency</translation>
    </message>
    <message>
        <source>Be&amp;reikbaar</source>
        <translation>Availa&amp;bility</translation>
    </message>
    <message>
        <source>&amp;Wie</source>
        <translation>&amp;Who</translation>
    </message>
</context>
<context>
    <name>FlagCheck</name>
    <message>
        <source> — kritiek</source>
        <translation> — critical</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Leidraad bewerken</source>
        <translation>Edit the guide</translation>
    </message>
    <message>
        <source>Secties van de leidraad</source>
        <translation>Sections of the guide</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Samenvatting</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Punten, één per regel</source>
        <translation>Points, one per line</translation>
    </message>
    <message>
        <source>Wat je kunt zeggen, één zin per regel</source>
        <translation>What you can say, one sentence per line</translation>
    </message>
    <message>
        <source>Bron</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Zoekwoorden, gescheiden door komma&apos;s</source>
        <translation>Search words, separated by commas</translation>
    </message>
    <message>
        <source>de leidraad</source>
        <translation>the guide</translation>
    </message>
    <message>
        <source>&amp;Titel</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>&amp;Samenvatting</source>
        <translation>&amp;Summary</translation>
    </message>
    <message>
        <source>&amp;Punten (één per regel)</source>
        <translation>&amp;Points (one per line)</translation>
    </message>
    <message>
        <source>&amp;Zeggen (één zin per regel)</source>
        <translation>What to s&amp;ay (one sentence per line)</translation>
    </message>
    <message>
        <source>&amp;Bron</source>
        <translation>Sou&amp;rce</translation>
    </message>
    <message>
        <source>Zoek&amp;woorden</source>
        <translation>Search &amp;words</translation>
    </message>
    <message>
        <source>&amp;Opslaan</source>
        <translation>Sa&amp;ve</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Houd de secties kort en in eigen woorden; zeg bij elke sectie waar ze vandaan komt. Elke wijziging komt in het spoor op uw naam.</source>
        <translation>Keep the sections short and in your own words; say where each section comes from. Every change is recorded in the trail under your name.</translation>
    </message>
    <message>
        <source>De leidraad is intussen gewijzigd. Uw wijziging is nog niet opgeslagen: sla ze op, of kies de sectie opnieuw om de nieuwe tekst te zien.</source>
        <translation>The guide has changed in the meantime. Your change has not been saved yet: save it, or choose the section again to see the new text.</translation>
    </message>
</context>
<context>
    <name>GuidePanel</name>
    <message>
        <source>Wat je kunt zeggen:</source>
        <translation>What you can say:</translation>
    </message>
    <message>
        <source>Bron: {source}</source>
        <translation>Source: {source}</translation>
    </message>
    <message>
        <source>Leidraad voor het gesprek</source>
        <translation>Conversation guide</translation>
    </message>
    <message>
        <source>Leidraad: secties</source>
        <translation>Guide: sections</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Sneltoetsen…</source>
        <translation>&amp;Keyboard shortcuts…</translation>
    </message>
    <message>
        <source>&amp;Over IFG-wegwijzer…</source>
        <translation>&amp;About IFG-wegwijzer…</translation>
    </message>
    <message>
        <source>&amp;Waar komen de gegevens vandaan…</source>
        <translation>&amp;Where the data comes from…</translation>
    </message>
    <message>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Geschiedenis</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Dienst</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Wijzigingen</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Oude waarde terugzetten</source>
        <translation>Restore old value</translation>
    </message>
    <message>
        <source>De waarde van vóór deze wijziging terugzetten</source>
        <translation>Restore the value from before this change</translation>
    </message>
    <message>
        <source>Deze nieuwe waarde terugzetten</source>
        <translation>Restore this new value</translation>
    </message>
    <message>
        <source>De waarde die deze wijziging invoerde terugzetten</source>
        <translation>Restore the value this change entered</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>geschiedenis</source>
        <translation>history</translation>
    </message>
    <message>
        <source>Geschiedenis — {name}</source>
        <translation>History — {name}</translation>
    </message>
    <message>
        <source>{name}: {n} wijziging(en)</source>
        <translation>{name}: {n} change(s)</translation>
    </message>
    <message>
        <source>{name}: nog geen wijzigingen opgetekend</source>
        <translation>{name}: no changes recorded yet</translation>
    </message>
    <message>
        <source>De dienst werd intussen gewijzigd; de geschiedenis is vernieuwd.</source>
        <translation>The service was changed in the meantime; the history has been refreshed.</translation>
    </message>
    <message>
        <source>Bezig met terugzetten…</source>
        <translation>Restoring…</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Actie</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Veld</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>Werd</source>
        <translation>After</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Importeren — {file}</source>
        <translation>Import — {file}</translation>
    </message>
    <message>
        <source>Het bestand wordt gelezen en vergeleken met de wegwijzer…</source>
        <translation>Reading the file and comparing it with the directory…</translation>
    </message>
    <message>
        <source>Voortgang</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Voorbeeld van de import</source>
        <translation>Preview of the import</translation>
    </message>
    <message>
        <source>Niet overgenomen</source>
        <translation>Not taken over</translation>
    </message>
    <message>
        <source>Importeren</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>zoekterm {term}: {note}</source>
        <translation>search term {term}: {note}</translation>
    </message>
    <message>
        <source>… en nog {n}</source>
        <translation>… and {n} more</translation>
    </message>
    <message>
        <source>Niet overgenomen (HSDS kan het zeggen, IFG-wegwijzer kan het niet bewaren):</source>
        <translation>Not taken over (HSDS can express it, IFG-wegwijzer cannot store it):</translation>
    </message>
    <message>
        <source>{file}: {summary}. Controleer en klik op Importeren; er wordt eerst een reservekopie van de databank gemaakt.</source>
        <translation>{file}: {summary}. Check, then click Import; a backup of the database is made first.</translation>
    </message>
    <message>
        <source>{file}: {summary}. Er is niets te importeren.</source>
        <translation>{file}: {summary}. There is nothing to import.</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Bezig met importeren…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Geïmporteerd: {summary}.</source>
        <translation>Imported: {summary}.</translation>
    </message>
    <message>
        <source> Reservekopie van de databank: {file}</source>
        <translation> Backup of the database: {file}</translation>
    </message>
    <message>
        <source>Niet geïmporteerd. {problem}</source>
        <translation>Not imported. {problem}</translation>
    </message>
    <message>
        <source>Annuleren…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>ImportExport</name>
    <message>
        <source>HSDS JSON (*.json)</source>
        <translation>HSDS JSON (*.json)</translation>
    </message>
    <message>
        <source>HSDS in tabelvorm, CSV in zip (*.zip)</source>
        <translation>HSDS tabular, CSV in zip (*.zip)</translation>
    </message>
    <message>
        <source>HSDS in tabelvorm, map met CSV (*.csv datapackage.json)</source>
        <translation>HSDS tabular, folder of CSV (*.csv datapackage.json)</translation>
    </message>
    <message>
        <source>Alle bestanden (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Importeren…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Exporteren…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Reservekopie…</source>
        <translation>Backup…</translation>
    </message>
    <message>
        <source>Reservekopie terugzetten…</source>
        <translation>Restore backup…</translation>
    </message>
    <message>
        <source>HSDS-bestand importeren</source>
        <translation>Import HSDS file</translation>
    </message>
    <message>
        <source>Exporteren als HSDS</source>
        <translation>Export as HSDS</translation>
    </message>
    <message>
        <source>Exporteren naar {file}…</source>
        <translation>Exporting to {file}…</translation>
    </message>
    <message>
        <source>{n} dienst(en) geëxporteerd naar {file}</source>
        <translation>{n} service(s) exported to {file}</translation>
    </message>
    <message>
        <source>Reservekopie maken</source>
        <translation>Make backup</translation>
    </message>
    <message>
        <source>SQLite-databank (*.sqlite3)</source>
        <translation>SQLite database (*.sqlite3)</translation>
    </message>
    <message>
        <source>Reservekopie maken…</source>
        <translation>Making backup…</translation>
    </message>
    <message>
        <source>Reservekopie gemaakt: {file}</source>
        <translation>Backup made: {file}</translation>
    </message>
    <message>
        <source>Reservekopie terugzetten</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>SQLite-databank (*.sqlite3 *.bak *.db)</source>
        <translation>SQLite database (*.sqlite3 *.bak *.db)</translation>
    </message>
    <message>
        <source>De wegwijzer wordt vervangen door {file}. De huidige databank wordt eerst bewaard als reservekopie. Doorgaan?</source>
        <translation>The directory will be replaced by {file}. The current database is first kept as a backup. Continue?</translation>
    </message>
    <message>
        <source> De vorige databank is bewaard als {file}.</source>
        <translation> The previous database was kept as {file}.</translation>
    </message>
    <message>
        <source>Reservekopie teruggezet: {file}.</source>
        <translation>Backup restored: {file}.</translation>
    </message>
    <message>
        <source>Er loopt al een taak; wacht tot ze klaar is.</source>
        <translation>A task is already running; wait until it has finished.</translation>
    </message>
    <message>
        <source>{phase}: {done} van {total}</source>
        <translation>{phase}: {done} of {total}</translation>
    </message>
    <message>
        <source>IFG-wegwijzer</source>
        <translation>IFG-wegwijzer</translation>
    </message>
    <message>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
</context>
<context>
    <name>LanguageFilter</name>
    <message>
        <source>Talen</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>Opent een lijst: vink een of meer talen aan; een dienst die één ervan spreekt telt.</source>
        <translation>Opens a list: tick one or more languages; a service that speaks any of them counts.</translation>
    </message>
    <message>
        <source>Alle talen</source>
        <translation>All languages</translation>
    </message>
    <message>
        <source>{n} talen</source>
        <translation>{n} languages</translation>
    </message>
    <message>
        <source>Geen taal gekozen: alle diensten</source>
        <translation>No language chosen: all services</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>IFG-wegwijzer opent in het Nederlands vanaf de volgende start.</source>
        <translation>IFG-wegwijzer opens in English from the next start.</translation>
    </message>
    <message>
        <source>Geldt vanaf de volgende start</source>
        <translation>Applies from the next start</translation>
    </message>
    <message>
        <source>&amp;Taal</source>
        <translation>&amp;Language</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Verbinding met de gedeelde databank verbroken — opnieuw proberen…</source>
        <translation>Connection to the shared database lost — trying again…</translation>
    </message>
    <message>
        <source>IFG-wegwijzer</source>
        <translation>IFG-wegwijzer</translation>
    </message>
    <message>
        <source>Acuut gevaar?  Bel 112 (noodnummer, ook medisch)  ·  101 (politie)</source>
        <translation>Immediate danger?  Call 112 (emergency number, also medical)  ·  101 (police)</translation>
    </message>
    <message>
        <source>Kritiek alarmsignaal: wat nu</source>
        <translation>Critical warning sign: what to do now</translation>
    </message>
    <message>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Zoek een dienst, thema of trefwoord — bv. crisis, kind, juridisch</source>
        <translation>Search for a service, theme or keyword — e.g. crisis, child, legal</translation>
    </message>
    <message>
        <source>De lijst eronder volgt bij elke toets. Pijl omlaag of Enter: naar de eerste gevonden dienst.</source>
        <translation>The list below follows every keystroke. Down arrow or Enter: to the first service found.</translation>
    </message>
    <message>
        <source>Nieuw gesprek</source>
        <translation>New conversation</translation>
    </message>
    <message>
        <source>Nieuw gesprek: alles wissen</source>
        <translation>New conversation: clear everything</translation>
    </message>
    <message>
        <source>Wist zoekterm, filters en checklist (Ctrl+N)</source>
        <translation>Clears search, filters and checklist (Ctrl+N)</translation>
    </message>
    <message>
        <source>Suggesties van de checklist wissen</source>
        <translation>Clear the checklist&apos;s suggestions</translation>
    </message>
    <message>
        <source>Over de zoekopdracht</source>
        <translation>About the search</translation>
    </message>
    <message>
        <source>Leidraad bij de zoekopdracht</source>
        <translation>Guide for this search</translation>
    </message>
    <message>
        <source>Alarmsignaal in de zoekopdracht</source>
        <translation>Red flag in the search</translation>
    </message>
    <message>
        <source>Gevonden diensten</source>
        <translation>Services found</translation>
    </message>
    <message>
        <source>Pijltjestoetsen: door de lijst, het detail ernaast volgt. Ctrl+C kopieert het hoofdnummer. De kolom Nu zegt in woorden of de dienst open is.</source>
        <translation>Arrow keys: move through the list, the detail beside it follows. Ctrl+C copies the main number. The Now column says in words whether the service is open.</translation>
    </message>
    <message>
        <source>Aantal gevonden diensten</source>
        <translation>Number of services found</translation>
    </message>
    <message>
        <source>Checklist en leidraad</source>
        <translation>Checklist and guide</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Leidraad</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>Diensten, checklist of leidraad tonen</source>
        <translation>Show services, checklist or guide</translation>
    </message>
    <message>
        <source>Diensten</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Druk op F12 om verder te gaan.</source>
        <translation>Press F12 to continue.</translation>
    </message>
    <message>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Checklist tonen</source>
        <translation>Show checklist</translation>
    </message>
    <message>
        <source>Beel&amp;d</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Gekopieerd: {n}</source>
        <translation>Copied: {n}</translation>
    </message>
    <message>
        <source>Naar het zoekveld</source>
        <translation>To the search box</translation>
    </message>
    <message>
        <source>Alle filters wissen</source>
        <translation>Clear all filters</translation>
    </message>
    <message>
        <source>Snel verbergen en weer tonen</source>
        <translation>Quick hide and show again</translation>
    </message>
    <message>
        <source>Twee keer snel: snel verbergen</source>
        <translation>Twice quickly: quick hide</translation>
    </message>
    <message>
        <source>Naar de checklist</source>
        <translation>To the checklist</translation>
    </message>
    <message>
        <source>Leidraad openen</source>
        <translation>Open the guide</translation>
    </message>
    <message>
        <source>Kaart voor de cliënt maken</source>
        <translation>Make a card for the client</translation>
    </message>
    <message>
        <source>In de lijst: het hoofdnummer van de dienst kopiëren</source>
        <translation>In the list: copy the service&apos;s main number</translation>
    </message>
    <message>
        <source>Leidraad: {links}</source>
        <translation>Guide: {links}</translation>
    </message>
    <message>
        <source>Kritiek alarmsignaal — wat nu:</source>
        <translation>Critical red flag — what now:</translation>
    </message>
    <message>
        <source>{n}+ diensten, verder aan het tellen…</source>
        <translation>{n}+ services, still counting…</translation>
    </message>
    <message>
        <source>{n}+ diensten</source>
        <translation>{n}+ services</translation>
    </message>
    <message>
        <source>Geen diensten gevonden — wis een filter of zoek breder.</source>
        <translation>No services found — clear a filter or search more broadly.</translation>
    </message>
    <message>
        <source>1 dienst</source>
        <translation>1 service</translation>
    </message>
    <message>
        <source>{n} diensten</source>
        <translation>{n} services</translation>
    </message>
    <message>
        <source> (ook diensten waarvan de uren onbekend zijn)</source>
        <translation> (including services whose hours are unknown)</translation>
    </message>
    <message>
        <source>{n} diensten zonder opgegeven talen niet getoond</source>
        <translation>{n} services without languages entered not shown</translation>
    </message>
    <message>
        <source>Geen telefoonnummer gekend voor deze dienst.</source>
        <translation>No phone number known for this service.</translation>
    </message>
    <message>
        <source>Kritiek alarmsignaal: {items}</source>
        <translation>Critical red flag: {items}</translation>
    </message>
    <message>
        <source>Voorgesteld door de checklist: {n} dienst(en) en thema&apos;s  ✕</source>
        <translation>Suggested by the checklist: {n} service(s) and themes  ✕</translation>
    </message>
    <message>
        <source>Onthaal</source>
        <translation>Reception</translation>
    </message>
    <message>
        <source>{problem} Wat anderen wijzigen, verschijnt hier niet meer.</source>
        <translation>{problem} Changes made by others no longer appear here.</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <source>Sleutel</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Dienst</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>niet overgenomen: {note}</source>
        <translation>not taken over: {note}</translation>
    </message>
    <message>
        <source>{n} gegeven(s) niet overgenomen</source>
        <translation>{n} item(s) not taken over</translation>
    </message>
</context>
<context>
    <name>ReferralCardDialog</name>
    <message>
        <source>de PDF kon niet volledig geschreven worden</source>
        <translation>the PDF could not be written completely</translation>
    </message>
    <message>
        <source>Kaart voor de cliënt</source>
        <translation>Card for the client</translation>
    </message>
    <message>
        <source>Diensten op de kaart</source>
        <translation>Services on the card</translation>
    </message>
    <message>
        <source> — enkel voor hulpverleners, niet op de kaart</source>
        <translation> — for professionals only, not on the card</translation>
    </message>
    <message>
        <source>Discreet: neutrale titel, geen woorden over geweld</source>
        <translation>Discreet: neutral title, no words about violence</translation>
    </message>
    <message>
        <source>Voorbeeld van de kaart</source>
        <translation>Preview of the card</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Afdrukken…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Opslaan als PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Kopiëren als tekst</source>
        <translation>Copy as text</translation>
    </message>
    <message>
        <source>Welke diensten komen op de kaart?</source>
        <translation>Which services go on the card?</translation>
    </message>
    <message>
        <source>Kies minstens één dienst met een nummer.</source>
        <translation>Choose at least one service with a number.</translation>
    </message>
    <message>
        <source>Kaart opslaan als PDF</source>
        <translation>Save card as PDF</translation>
    </message>
    <message>
        <source>kaart.pdf</source>
        <translation>card.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Kaart niet opgeslagen</source>
        <translation>Card not saved</translation>
    </message>
    <message>
        <source>De kaart kon niet worden opgeslagen in {path}: {reason}</source>
        <translation>The card could not be saved in {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>ResultsTable</name>
    <message>
        <source>Verborgen kolommen: {columns}. Rechtsklik hier om ze te tonen.</source>
        <translation>Hidden columns: {columns}. Right-click here to show them.</translation>
    </message>
    <message>
        <source>Kolommen tonen</source>
        <translation>Show columns</translation>
    </message>
    <message>
        <source>Kolommen naar de breedte</source>
        <translation>Columns to fit the width</translation>
    </message>
</context>
<context>
    <name>ServiceDetail</name>
    <message>
        <source> … (ingekort)</source>
        <translation> … (shortened)</translation>
    </message>
    <message>
        <source>Gegevens van de gekozen dienst</source>
        <translation>Details of the chosen service</translation>
    </message>
    <message>
        <source>Kies een dienst in de lijst om alle gegevens te zien.</source>
        <translation>Choose a service in the list to see all its details.</translation>
    </message>
    <message>
        <source>Enkel voor professionals — geef dit nummer niet aan de cliënt.</source>
        <translation>For professionals only — do not give this number to the client.</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source> (tot {date})</source>
        <translation> (until {date})</translation>
    </message>
    <message>
        <source>Kaart meegeven… (Ctrl+P)</source>
        <translation>Give a card… (Ctrl+P)</translation>
    </message>
    <message>
        <source>Kaart voor de cliënt maken</source>
        <translation>Make a card for the client</translation>
    </message>
    <message>
        <source>Afdrukken of als PDF bewaren: nummers en uren, discreet als je wilt.</source>
        <translation>Print or save as PDF: numbers and hours, discreet if you wish.</translation>
    </message>
    <message>
        <source>Leeftijd</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Urgentie</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>Thema&apos;s</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>Talen</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>Gratis</source>
        <translation>Free of charge</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Anoniem</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <source>Openingsuren</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>Bronnen</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>te verifiëren</source>
        <translation>to be verified</translation>
    </message>
    <message>
        <source> — te verifiëren</source>
        <translation> — to be verified</translation>
    </message>
    <message>
        <source>Telefoonnummer: aan te vullen (niet gekend)</source>
        <translation>Phone number: to be added (not known)</translation>
    </message>
    <message>
        <source>Telefoon {label}: {number}</source>
        <translation>Phone {label}: {number}</translation>
    </message>
    <message>
        <source>Kopieer</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Kopieer {number}</source>
        <translation>Copy {number}</translation>
    </message>
    <message>
        <source>gratis</source>
        <translation>free of charge</translation>
    </message>
    <message>
        <source>{part}: dag en nacht bereikbaar.</source>
        <translation>{part}: reachable day and night.</translation>
    </message>
    <message>
        <source>Openingsuren onbekend — aan te vullen.</source>
        <translation>Opening hours unknown — to be added.</translation>
    </message>
    <message>
        <source>Op afspraak; vaste uren niet gekend.</source>
        <translation>By appointment; fixed hours not known.</translation>
    </message>
    <message>
        <source>vandaag</source>
        <translation>today</translation>
    </message>
    <message>
        <source>Ook op afspraak.</source>
        <translation>Also by appointment.</translation>
    </message>
    <message>
        <source>Gesloten op wettelijke feestdagen.</source>
        <translation>Closed on public holidays.</translation>
    </message>
    <message>
        <source>Open op feestdagen: niet gekend.</source>
        <translation>Open on public holidays: not known.</translation>
    </message>
    <message>
        <source>{date}: gesloten</source>
        <translation>{date}: closed</translation>
    </message>
    <message>
        <source>{date}: {start}–{end}</source>
        <translation>{date}: {start}–{end}</translation>
    </message>
    <message>
        <source>Nog nooit geverifieerd — gegevens met voorzichtigheid gebruiken.</source>
        <translation>Never verified — use these details with care.</translation>
    </message>
    <message>
        <source>Laatst geverifieerd op {date} — meer dan 12 maanden geleden.</source>
        <translation>Last verified on {date} — more than 12 months ago.</translation>
    </message>
    <message>
        <source>Laatst geverifieerd op {date}{by}.</source>
        <translation>Last verified on {date}{by}.</translation>
    </message>
</context>
<context>
    <name>ServiceEditorDialog</name>
    <message>
        <source>Dienst bewerken</source>
        <translation>Edit service</translation>
    </message>
    <message>
        <source>Nieuwe dienst</source>
        <translation>New service</translation>
    </message>
    <message>
        <source>Onderdelen van de dienst</source>
        <translation>Parts of the service</translation>
    </message>
    <message>
        <source>Algemeen</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Voor wie</source>
        <translation>For whom</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Openingsuren</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>Waarschuwing en verificatie</source>
        <translation>Warning and verification</translation>
    </message>
    <message>
        <source>Deze dienst is gearchiveerd: hij staat in geen enkele lijst.</source>
        <translation>This service is archived: it appears in no list.</translation>
    </message>
    <message>
        <source>Gearchiveerd</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>de dienst</source>
        <translation>the service</translation>
    </message>
    <message>
        <source>Mogelijke dubbels</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Bezig met opslaan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Sleutel</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Vaste sleutel; verandert nooit na het aanmaken.</source>
        <translation>Fixed key; never changes after creation.</translation>
    </message>
    <message>
        <source>Andere naam</source>
        <translation>Other name</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Nieuwe organisatie…</source>
        <translation>New organisation…</translation>
    </message>
    <message>
        <source>Sleutel van de nieuwe organisatie</source>
        <translation>Key of the new organisation</translation>
    </message>
    <message>
        <source>sleutel (bv. caw-oost)</source>
        <translation>key (e.g. caw-oost)</translation>
    </message>
    <message>
        <source>Naam van de nieuwe organisatie</source>
        <translation>Name of the new organisation</translation>
    </message>
    <message>
        <source>naam</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Beschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Wie mag contact opnemen</source>
        <translation>Who may get in touch</translation>
    </message>
    <message>
        <source>Cliënten mogen zelf contact opnemen</source>
        <translation>Clients may get in touch themselves</translation>
    </message>
    <message>
        <source>Enkel professionals — niet aan de cliënt geven</source>
        <translation>Professionals only — do not give to the client</translation>
    </message>
    <message>
        <source>Hoe contact opnemen</source>
        <translation>How to get in touch</translation>
    </message>
    <message>
        <source>Gratis</source>
        <translation>Free of charge</translation>
    </message>
    <message>
        <source>Anoniem</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <source>Naam:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Sleutel:</source>
        <translation>Key:</translation>
    </message>
    <message>
        <source>sleutel</source>
        <translation>key</translation>
    </message>
    <message>
        <source>Andere naam:</source>
        <translation>Other name:</translation>
    </message>
    <message>
        <source>andere naam</source>
        <translation>other name</translation>
    </message>
    <message>
        <source>Organisatie:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>organisatie</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>Beschrijving:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>Wie mag contact opnemen:</source>
        <translation>Who may get in touch:</translation>
    </message>
    <message>
        <source>Hoe contact opnemen:</source>
        <translation>How to get in touch:</translation>
    </message>
    <message>
        <source>Gratis:</source>
        <translation>Free of charge:</translation>
    </message>
    <message>
        <source>Anoniem:</source>
        <translation>Anonymous:</translation>
    </message>
    <message>
        <source>Leeftijden onbekend</source>
        <translation>Ages unknown</translation>
    </message>
    <message>
        <source>Vanaf zwangerschap</source>
        <translation>From pregnancy</translation>
    </message>
    <message>
        <source>Minimumleeftijd: vanaf de zwangerschap</source>
        <translation>Minimum age: from pregnancy</translation>
    </message>
    <message>
        <source>Leeftijd zoals getoond</source>
        <translation>Age as shown</translation>
    </message>
    <message>
        <source>Urgentie: {level}</source>
        <translation>Urgency: {level}</translation>
    </message>
    <message>
        <source>Thema&apos;s</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>Trefwoorden</source>
        <translation>Keywords</translation>
    </message>
    <message>
        <source>gescheiden door komma&apos;s</source>
        <translation>separated by commas</translation>
    </message>
    <message>
        <source>Aandachtspunten</source>
        <translation>Points of attention</translation>
    </message>
    <message>
        <source>één per regel, bv. Geen noodnummer</source>
        <translation>one per line, e.g. No emergency number</translation>
    </message>
    <message>
        <source>Vanaf:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>Tot en met:</source>
        <translation>Up to and including:</translation>
    </message>
    <message>
        <source>Getoond als:</source>
        <translation>Shown as:</translation>
    </message>
    <message>
        <source>leeftijden</source>
        <translation>ages</translation>
    </message>
    <message>
        <source>Urgentie:</source>
        <translation>Urgency:</translation>
    </message>
    <message>
        <source>urgentie</source>
        <translation>urgency</translation>
    </message>
    <message>
        <source>Thema&apos;s:</source>
        <translation>Themes:</translation>
    </message>
    <message>
        <source>thema&apos;s</source>
        <translation>themes</translation>
    </message>
    <message>
        <source>Trefwoorden:</source>
        <translation>Keywords:</translation>
    </message>
    <message>
        <source>trefwoorden</source>
        <translation>keywords</translation>
    </message>
    <message>
        <source>Aandachtspunten:</source>
        <translation>Points of attention:</translation>
    </message>
    <message>
        <source>aandachtspunten</source>
        <translation>points of attention</translation>
    </message>
    <message>
        <source>Telefoonnummers</source>
        <translation>Phone numbers</translation>
    </message>
    <message>
        <source>Nummer toevoegen</source>
        <translation>Add number</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>https://www.voorbeeld.be</source>
        <translation>https://www.example.be</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>info@voorbeeld.be</source>
        <translation>info@example.be</translation>
    </message>
    <message>
        <source>Adressen</source>
        <translation>Addresses</translation>
    </message>
    <message>
        <source>Adres toevoegen</source>
        <translation>Add address</translation>
    </message>
    <message>
        <source>Telefoon:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>telefoonnummers</source>
        <translation>phone numbers</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Website:</translation>
    </message>
    <message>
        <source>website</source>
        <translation>website</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>email</translation>
    </message>
    <message>
        <source>Adressen:</source>
        <translation>Addresses:</translation>
    </message>
    <message>
        <source>adressen</source>
        <translation>addresses</translation>
    </message>
    <message>
        <source>Talen waarin de dienst te bereiken is</source>
        <translation>Languages the service can be reached in</translation>
    </message>
    <message>
        <source>Talen:</source>
        <translation>Languages:</translation>
    </message>
    <message>
        <source>talen</source>
        <translation>languages</translation>
    </message>
    <message>
        <source>Waarschuwing</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Tijdelijke waarschuwing voor het onthaal, bv. &apos;Verhuisd naar …&apos;</source>
        <translation>Temporary warning for the front desk, e.g. &apos;Moved to …&apos;</translation>
    </message>
    <message>
        <source>Tonen tot en met</source>
        <translation>Show until (inclusive)</translation>
    </message>
    <message>
        <source>Laatst geverifieerd</source>
        <translation>Last verified</translation>
    </message>
    <message>
        <source>Vandaag geverifieerd: ik heb alle gegevens nagekeken</source>
        <translation>Verified today: I have checked all the details</translation>
    </message>
    <message>
        <source>Vandaag geverifieerd</source>
        <translation>Verified today</translation>
    </message>
    <message>
        <source>Waarschuwing:</source>
        <translation>Warning:</translation>
    </message>
    <message>
        <source>waarschuwing</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>Laatst geverifieerd:</source>
        <translation>Last verified:</translation>
    </message>
    <message>
        <source>{code} (taal die deze versie niet kent)</source>
        <translation>{code} (language this version does not know)</translation>
    </message>
    <message>
        <source>nooit</source>
        <translation>never</translation>
    </message>
    <message>
        <source>{date} door {who}</source>
        <translation>{date} by {who}</translation>
    </message>
    <message>
        <source>Nummer {n}: {problem}</source>
        <translation>Number {n}: {problem}</translation>
    </message>
    <message>
        <source>Een dienst heeft een naam.</source>
        <translation>A service needs a name.</translation>
    </message>
    <message>
        <source>Nakijken of deze dienst al bestaat…</source>
        <translation>Checking whether this service already exists…</translation>
    </message>
    <message>
        <source>Iemand anders heeft deze dienst intussen opgeslagen. Bij opslaan ziet u wat er veranderde en kunt u de nieuwe versie laden.</source>
        <translation>Someone else has saved this service in the meantime. When you save, you will see what changed and can load the new version.</translation>
    </message>
    <message>
        <source>Bestaat deze dienst al? Mogelijke dubbels:</source>
        <translation>Does this service already exist? Possible duplicates:</translation>
    </message>
    <message>
        <source> — gearchiveerd</source>
        <translation> — archived</translation>
    </message>
    <message>
        <source>Klik nog eens op &apos;Toch opslaan&apos; als het een andere dienst is.</source>
        <translation>Click &apos;Save anyway&apos; once more if it is a different service.</translation>
    </message>
    <message>
        <source>Toch opslaan</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <source>De nieuwe versie is geladen. Kijk ze na en sla opnieuw op.</source>
        <translation>The new version has been loaded. Check it and save again.</translation>
    </message>
</context>
<context>
    <name>ServiceField</name>
    <message>
        <source>sleutel</source>
        <translation>key</translation>
    </message>
    <message>
        <source>naam</source>
        <translation>name</translation>
    </message>
    <message>
        <source>andere naam</source>
        <translation>other name</translation>
    </message>
    <message>
        <source>organisatie</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>beschrijving</source>
        <translation>description</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>wie mag contact opnemen</source>
        <translation>who may make contact</translation>
    </message>
    <message>
        <source>hoe contact opnemen</source>
        <translation>how to make contact</translation>
    </message>
    <message>
        <source>minimumleeftijd</source>
        <translation>minimum age</translation>
    </message>
    <message>
        <source>maximumleeftijd</source>
        <translation>maximum age</translation>
    </message>
    <message>
        <source>leeftijden onbekend</source>
        <translation>ages unknown</translation>
    </message>
    <message>
        <source>urgentie</source>
        <translation>urgency</translation>
    </message>
    <message>
        <source>thema&apos;s</source>
        <translation>themes</translation>
    </message>
    <message>
        <source>trefwoorden</source>
        <translation>keywords</translation>
    </message>
    <message>
        <source>aandachtspunten</source>
        <translation>points of attention</translation>
    </message>
    <message>
        <source>gratis</source>
        <translation>free of charge</translation>
    </message>
    <message>
        <source>anoniem</source>
        <translation>anonymous</translation>
    </message>
    <message>
        <source>website</source>
        <translation>website</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>waarschuwing</source>
        <translation>alert</translation>
    </message>
    <message>
        <source>waarschuwing tot</source>
        <translation>alert until</translation>
    </message>
    <message>
        <source>laatst geverifieerd</source>
        <translation>last verified</translation>
    </message>
    <message>
        <source>geverifieerd door</source>
        <translation>verified by</translation>
    </message>
    <message>
        <source>telefoonnummers</source>
        <translation>phone numbers</translation>
    </message>
    <message>
        <source>adressen</source>
        <translation>addresses</translation>
    </message>
    <message>
        <source>openingsuren</source>
        <translation>opening hours</translation>
    </message>
    <message>
        <source>opmerking bij de uren</source>
        <translation>note on the hours</translation>
    </message>
    <message>
        <source>talen</source>
        <translation>languages</translation>
    </message>
</context>
<context>
    <name>ServiceTableModel</name>
    <message>
        <source>Enkel prof.</source>
        <translation>Prof. only</translation>
    </message>
    <message>
        <source>aan te vullen</source>
        <translation>to be added</translation>
    </message>
    <message>
        <source>Dienst</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Wie belt</source>
        <translation>Who calls</translation>
    </message>
    <message>
        <source>Leeftijd</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Nu</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>enkel prof.</source>
        <translation>prof. only</translation>
    </message>
    <message>
        <source>Cliënt</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Enkel voor professionals: geef dit nummer niet aan de cliënt.</source>
        <translation>For professionals only: do not give this number to the client.</translation>
    </message>
    <message>
        <source>De cliënt mag deze dienst zelf contacteren.</source>
        <translation>The client may contact this service directly.</translation>
    </message>
    <message>
        <source>{number} — enkel voor professionals: niet aan de cliënt geven</source>
        <translation>{number} — for professionals only: do not give to the client</translation>
    </message>
    <message>
        <source>Openingsuren niet gekend: bel om het na te gaan.</source>
        <translation>Opening hours not known: call to check.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Sneltoetsen</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Sneltoetsen van het venster</source>
        <translation>The window&apos;s keyboard shortcuts</translation>
    </message>
    <message>
        <source>Per rij een toets en wat die doet; lees met de pijltjestoetsen.</source>
        <translation>One key per row and what it does; read with the arrow keys.</translation>
    </message>
    <message>
        <source>Toets</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Wat het doet</source>
        <translation>What it does</translation>
    </message>
    <message>
        <source>In het zoekveld brengen pijl omlaag en Enter je naar de gevonden diensten; Tab gaat van het zoekveld naar de filters, de lijst, het detail en de checklist. F12 verbergt het venster ook vanuit een dialoogvenster.</source>
        <translation>In the search box, Down arrow and Enter take you to the services found; Tab goes from the search box to the filters, the list, the detail and the checklist. F12 hides the window from a dialog too.</translation>
    </message>
</context>
<context>
    <name>SmokeTest</name>
    <message>
        <source>Rooktest geslaagd: venster &apos;{title}&apos; ({width}×{height}) toont {rows} diensten, eerste: {first} (na {seconds:.1f} s)</source>
        <translation>Smoke test passed: window &apos;{title}&apos; ({width}×{height}) shows {rows} services, first: {first} (after {seconds:.1f} s)</translation>
    </message>
    <message>
        <source>Rooktest mislukt: na {seconds:.0f} s staat er geen dienst in de lijst</source>
        <translation>Smoke test failed: after {seconds:.0f} s the list shows no service</translation>
    </message>
</context>
<context>
    <name>SpokenLanguage</name>
    <message>
        <source>Nederlands</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <source>Frans</source>
        <translation>French</translation>
    </message>
    <message>
        <source>Duits</source>
        <translation>German</translation>
    </message>
    <message>
        <source>Vlaamse Gebarentaal</source>
        <translation>Flemish Sign Language</translation>
    </message>
    <message>
        <source>Frans-Belgische Gebarentaal</source>
        <translation>French Belgian Sign Language</translation>
    </message>
    <message>
        <source>Engels</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Albanees</source>
        <translation>Albanian</translation>
    </message>
    <message>
        <source>Amhaars</source>
        <translation>Amharic</translation>
    </message>
    <message>
        <source>Arabisch</source>
        <translation>Arabic</translation>
    </message>
    <message>
        <source>Armeens</source>
        <translation>Armenian</translation>
    </message>
    <message>
        <source>Bengaals</source>
        <translation>Bengali</translation>
    </message>
    <message>
        <source>Bosnisch</source>
        <translation>Bosnian</translation>
    </message>
    <message>
        <source>Bulgaars</source>
        <translation>Bulgarian</translation>
    </message>
    <message>
        <source>Chinees</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <source>Dari</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>Georgisch</source>
        <translation>Georgian</translation>
    </message>
    <message>
        <source>Grieks</source>
        <translation>Greek</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <source>Hongaars</source>
        <translation>Hungarian</translation>
    </message>
    <message>
        <source>Italiaans</source>
        <translation>Italian</translation>
    </message>
    <message>
        <source>Koerdisch</source>
        <translation>Kurdish</translation>
    </message>
    <message>
        <source>Kroatisch</source>
        <translation>Croatian</translation>
    </message>
    <message>
        <source>Lingala</source>
        <translation>Lingala</translation>
    </message>
    <message>
        <source>Oekraïens</source>
        <translation>Ukrainian</translation>
    </message>
    <message>
        <source>Pasjtoe</source>
        <translation>Pashto</translation>
    </message>
    <message>
        <source>Perzisch</source>
        <translation>Persian</translation>
    </message>
    <message>
        <source>Pools</source>
        <translation>Polish</translation>
    </message>
    <message>
        <source>Portugees</source>
        <translation>Portuguese</translation>
    </message>
    <message>
        <source>Punjabi</source>
        <translation>Punjabi</translation>
    </message>
    <message>
        <source>Roemeens</source>
        <translation>Romanian</translation>
    </message>
    <message>
        <source>Romani</source>
        <translation>Romani</translation>
    </message>
    <message>
        <source>Russisch</source>
        <translation>Russian</translation>
    </message>
    <message>
        <source>Servisch</source>
        <translation>Serbian</translation>
    </message>
    <message>
        <source>Slowaaks</source>
        <translation>Slovak</translation>
    </message>
    <message>
        <source>Somalisch</source>
        <translation>Somali</translation>
    </message>
    <message>
        <source>Spaans</source>
        <translation>Spanish</translation>
    </message>
    <message>
        <source>Swahili</source>
        <translation>Swahili</translation>
    </message>
    <message>
        <source>Tamil</source>
        <translation>Tamil</translation>
    </message>
    <message>
        <source>Tarifit (Berbers)</source>
        <translation>Tarifit (Berber)</translation>
    </message>
    <message>
        <source>Tigrinya</source>
        <translation>Tigrinya</translation>
    </message>
    <message>
        <source>Tsjechisch</source>
        <translation>Czech</translation>
    </message>
    <message>
        <source>Tsjetsjeens</source>
        <translation>Chechen</translation>
    </message>
    <message>
        <source>Turks</source>
        <translation>Turkish</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>Urdu</translation>
    </message>
    <message>
        <source>Vietnamees</source>
        <translation>Vietnamese</translation>
    </message>
    <message>
        <source>Onbekende taalcode: {codes} (ISO 639, zoals nl of vgt).</source>
        <translation>Unknown language code: {codes} (ISO 639, such as nl or vgt).</translation>
    </message>
</context>
<context>
    <name>TermEditorDialog</name>
    <message>
        <source>alarmsignaal</source>
        <translation>red flag</translation>
    </message>
    <message>
        <source>beschermend</source>
        <translation>protective</translation>
    </message>
    <message>
        <source>signaal</source>
        <translation>signal</translation>
    </message>
    <message>
        <source>Zoekterm bewerken</source>
        <translation>Edit search term</translation>
    </message>
    <message>
        <source>Nieuwe zoekterm</source>
        <translation>New search term</translation>
    </message>
    <message>
        <source>Zoekterm</source>
        <translation>Search term</translation>
    </message>
    <message>
        <source>Wie deze term intypt, vindt ook de diensten met de woorden hieronder in hun naam, beschrijving, trefwoorden of thema&apos;s; de aangevinkte signalen toont het venster bij de checklist.</source>
        <translation>Whoever types this term also finds the services with the words below in their name, description, keywords or themes; the window shows the ticked signals with the checklist.</translation>
    </message>
    <message>
        <source>Uitleg</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>een woord of uitdrukking, bv. vluchthuis</source>
        <translation>a word or phrase, e.g. shelter</translation>
    </message>
    <message>
        <source>Woorden van de wegwijzer die de term vindt</source>
        <translation>Words of the directory the term finds</translation>
    </message>
    <message>
        <source>gescheiden door komma&apos;s of op aparte regels, bv. partnergeweld, opvang</source>
        <translation>separated by commas or on separate lines, e.g. partnergeweld, opvang</translation>
    </message>
    <message>
        <source>Signalen van de checklist die de term noemt</source>
        <translation>Checklist signals the term names</translation>
    </message>
    <message>
        <source>Spatie vinkt het gekozen signaal aan of af</source>
        <translation>Space ticks or unticks the chosen signal</translation>
    </message>
    <message>
        <source>{key} (niet meer in de checklist)</source>
        <translation>{key} (no longer in the checklist)</translation>
    </message>
    <message>
        <source>zoekterm</source>
        <translation>search term</translation>
    </message>
    <message>
        <source>&amp;Zoekterm:</source>
        <translation>Search &amp;term:</translation>
    </message>
    <message>
        <source>&amp;Vindt:</source>
        <translation>&amp;Finds:</translation>
    </message>
    <message>
        <source>&amp;Signalen:</source>
        <translation>&amp;Signals:</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>TermsDialog</name>
    <message>
        <source>Zoektermen</source>
        <translation>Search terms</translation>
    </message>
    <message>
        <source>Woorden die mensen gebruiken, en de woorden van de wegwijzer die ze vinden. Elke wijziging komt in het spoor op uw naam.</source>
        <translation>Words people use, and the directory&apos;s words they find. Every change is recorded in the trail under your name.</translation>
    </message>
    <message>
        <source>Uitleg</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Zoektermen filteren</source>
        <translation>Filter search terms</translation>
    </message>
    <message>
        <source>Filteren op zoekterm, woord of signaal…</source>
        <translation>Filter by search term, word or signal…</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Aantal zoektermen</source>
        <translation>Number of search terms</translation>
    </message>
    <message>
        <source>zoektermen</source>
        <translation>search terms</translation>
    </message>
    <message>
        <source>&amp;Nieuw…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>Nieuwe zoekterm</source>
        <translation>New search term</translation>
    </message>
    <message>
        <source>&amp;Bewerken…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Zoekterm bewerken</source>
        <translation>Edit search term</translation>
    </message>
    <message>
        <source>&amp;Verwijderen…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Zoekterm verwijderen</source>
        <translation>Delete search term</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>{n} zoektermen</source>
        <translation>{n} search terms</translation>
    </message>
    <message>
        <source>{shown} van {n} zoektermen</source>
        <translation>{shown} of {n} search terms</translation>
    </message>
    <message>
        <source>&apos;{term}&apos; uit de zoektermen verwijderen? Wie het intypt, vindt dan enkel nog diensten waarin het woord zelf staat.</source>
        <translation>Delete &apos;{term}&apos; from the search terms? Whoever types it will then only find services that contain the word itself.</translation>
    </message>
    <message>
        <source>Verwijderen bevestigen</source>
        <translation>Confirm deletion</translation>
    </message>
    <message>
        <source>&apos;{term}&apos; was er al niet meer; de lijst is vernieuwd.</source>
        <translation>&apos;{term}&apos; was already gone; the list has been refreshed.</translation>
    </message>
</context>
<context>
    <name>TermsModel</name>
    <message>
        <source>Zoekterm</source>
        <translation>Search term</translation>
    </message>
    <message>
        <source>Vindt</source>
        <translation>Finds</translation>
    </message>
    <message>
        <source>Signalen</source>
        <translation>Signals</translation>
    </message>
</context>
<context>
    <name>ThemeFilter</name>
    <message>
        <source>Thema&apos;s</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>Opent een lijst: vink een of meer thema&apos;s aan; een dienst met één ervan telt.</source>
        <translation>Opens a list: tick one or more themes; a service with any of them counts.</translation>
    </message>
    <message>
        <source>Alle thema&apos;s</source>
        <translation>All themes</translation>
    </message>
    <message>
        <source>{n} thema&apos;s</source>
        <translation>{n} themes</translation>
    </message>
    <message>
        <source>Geen thema gekozen: alle diensten</source>
        <translation>No theme chosen: all services</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Coördinatormodus ontgrendelen</source>
        <translation>Unlock coordinator mode</translation>
    </message>
    <message>
        <source>Coördinatormodus</source>
        <translation>Coordinator mode</translation>
    </message>
    <message>
        <source>Er is nog geen coördinatorwachtwoord. Kies er een (minstens {n} tekens): wie het kent, kan de wegwijzer wijzigen. Elke wijziging draagt uw naam.</source>
        <translation>There is no coordinator password yet. Choose one (at least {n} characters): whoever knows it can change the directory. Every change carries your name.</translation>
    </message>
    <message>
        <source>Geef uw naam en het coördinatorwachtwoord. Elke wijziging draagt uw naam.</source>
        <translation>Enter your name and the coordinator password. Every change carries your name.</translation>
    </message>
    <message>
        <source>Uitleg</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Uw naam</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Wachtwoord</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Wachtwoord herhalen</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <source>ontgrendelen</source>
        <translation>unlock</translation>
    </message>
    <message>
        <source>Instellen en ontgrendelen</source>
        <translation>Set and unlock</translation>
    </message>
    <message>
        <source>Ontgrendelen</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Uw naam:</source>
        <translation>Your name:</translation>
    </message>
    <message>
        <source>Wachtwoord:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Nog eens:</source>
        <translation>Again:</translation>
    </message>
    <message>
        <source>Vul uw naam in: elke wijziging draagt ze.</source>
        <translation>Fill in your name: every change carries it.</translation>
    </message>
    <message>
        <source>De twee wachtwoorden verschillen.</source>
        <translation>The two passwords are different.</translation>
    </message>
    <message>
        <source>Het wachtwoord klopt niet.</source>
        <translation>The password is not correct.</translation>
    </message>
</context>
<context>
    <name>WorklistDialog</name>
    <message>
        <source>Werklijst</source>
        <translation>Worklist</translation>
    </message>
    <message>
        <source>Werklijst: te verifiëren en aan te vullen</source>
        <translation>Worklist: to verify and complete</translation>
    </message>
    <message>
        <source>Aantal diensten</source>
        <translation>Number of services</translation>
    </message>
    <message>
        <source>Werklijst laden…</source>
        <translation>Loading the worklist…</translation>
    </message>
    <message>
        <source>werklijst</source>
        <translation>worklist</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>{n} dienst(en) vragen aandacht</source>
        <translation>{n} service(s) need attention</translation>
    </message>
    <message>
        <source>Bewerken</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>{name} bewerken</source>
        <translation>Edit {name}</translation>
    </message>
</context>
<context>
    <name>WorklistModel</name>
    <message>
        <source>Dienst</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Te laat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Laatst geverifieerd</source>
        <translation>Last verified</translation>
    </message>
    <message>
        <source>Wat te doen</source>
        <translation>What to do</translation>
    </message>
    <message>
        <source>{name} bewerken</source>
        <translation>Edit {name}</translation>
    </message>
    <message>
        <source>Bewerken</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>nooit geverifieerd</source>
        <translation>never verified</translation>
    </message>
    <message>
        <source>{n} dagen</source>
        <translation>{n} days</translation>
    </message>
    <message>
        <source>nooit</source>
        <translation>never</translation>
    </message>
</context>
<context>
    <name>acute</name>
    <message>
        <source>Bel eerst de politie: {police}, of {emergency} bij levensgevaar of medische nood</source>
        <translation>Call the police first: {police}, or {emergency} if a life is in danger or in a medical emergency</translation>
    </message>
    <message>
        <source>het crisisteam −18</source>
        <translation>the crisis team −18</translation>
    </message>
    <message>
        <source>enkel via een hulpverlener</source>
        <translation>only through a professional</translation>
    </message>
    <message>
        <source>de wachtdienst van het VK</source>
        <translation>the VK&apos;s on-call service</translation>
    </message>
    <message>
        <source>&apos;s avonds en in het weekend, voor dringende situaties</source>
        <translation>evenings and weekends, for urgent situations</translation>
    </message>
    <message>
        <source>het CAW-crisisteam +18</source>
        <translation>the CAW crisis team +18</translation>
    </message>
    <message>
        <source>Overleg met Veilig Huis of bespreek het in je team</source>
        <translation>Consult Veilig Huis or discuss it with your team</translation>
    </message>
    <message>
        <source>Bel daarna {who}{detail}: {number}</source>
        <translation>Then call {who}{detail}: {number}</translation>
    </message>
    <message>
        <source>Daarna {who}{detail}: nummer nog niet ingevuld in de wegwijzer. Bel intussen {police} of {emergency}</source>
        <translation>Then {who}{detail}: number not yet filled in in the directory. Meanwhile, call {police} or {emergency}</translation>
    </message>
</context>
<context>
    <name>ages</name>
    <message>
        <source>&apos;{text}&apos; is geen leeftijd: geef jaren (34), maanden (18m) of &apos;ongeboren&apos;.</source>
        <translation>&apos;{text}&apos; is not an age: give years (34), months (18m) or &apos;unborn&apos;.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is geen realistische leeftijd.</source>
        <translation>&apos;{text}&apos; is not a realistic age.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>gebruik: </source>
        <translation>usage: </translation>
    </message>
    <message>
        <source>opties</source>
        <translation>options</translation>
    </message>
    <message>
        <source>argumenten</source>
        <translation>positional arguments</translation>
    </message>
    <message>
        <source>deze hulp tonen en stoppen</source>
        <translation>show this help message and exit</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>deze argumenten ontbreken: %s</source>
        <translation>the following arguments are required: %s</translation>
    </message>
    <message>
        <source>een van deze argumenten is nodig: %s</source>
        <translation>one of the arguments %s is required</translation>
    </message>
    <message>
        <source>onbekende argumenten: %s</source>
        <translation>unrecognized arguments: %s</translation>
    </message>
    <message>
        <source>ongeldige keuze: %(value)r (kies uit %(choices)s)</source>
        <translation>invalid choice: %(value)r (choose from %(choices)s)</translation>
    </message>
    <message>
        <source>ongeldige waarde: %(value)r</source>
        <translation>invalid value: %(value)r</translation>
    </message>
    <message>
        <source>verwacht één waarde</source>
        <translation>expected one argument</translation>
    </message>
    <message>
        <source>verwacht hoogstens één waarde</source>
        <translation>expected at most one argument</translation>
    </message>
    <message>
        <source>verwacht minstens één waarde</source>
        <translation>expected at least one argument</translation>
    </message>
    <message>
        <source>niet samen met %s</source>
        <translation>not allowed with argument %s</translation>
    </message>
    <message>
        <source>dubbelzinnige optie: %(option)s kan %(matches)s zijn</source>
        <translation>ambiguous option: %(option)s could match %(matches)s</translation>
    </message>
    <message>
        <source>waarde %r genegeerd</source>
        <translation>ignored explicit argument %r</translation>
    </message>
    <message>
        <source>onbekende opdracht %(parser_name)r (kies uit %(choices)s)</source>
        <translation>unknown parser %(parser_name)r (choices: %(choices)s)</translation>
    </message>
    <message>
        <source>kan &apos;%(filename)s&apos; niet openen: %(error)s</source>
        <translation>can&apos;t open &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
    <message>
        <source>%(prog)s: fout: %(message)s
</source>
        <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
        <source>verwacht %s waarde</source>
        <translation>expected %s argument</translation>
    </message>
    <message>
        <source>verwacht %s waarden</source>
        <translation>expected %s arguments</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>aangemaakt</source>
        <translation>created</translation>
    </message>
    <message>
        <source>gewijzigd</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>gearchiveerd</source>
        <translation>archived</translation>
    </message>
    <message>
        <source>uit het archief teruggezet</source>
        <translation>restored from the archive</translation>
    </message>
    <message>
        <source>geverifieerd</source>
        <translation>verified</translation>
    </message>
    <message>
        <source>eerdere waarde teruggezet</source>
        <translation>earlier value restored</translation>
    </message>
    <message>
        <source>wachtwoord ingesteld</source>
        <translation>password set</translation>
    </message>
    <message>
        <source>verwijderd</source>
        <translation>deleted</translation>
    </message>
</context>
<context>
    <name>auth</name>
    <message>
        <source>Kies een wachtwoord van minstens {count} tekens.</source>
        <translation>Choose a password of at least {count} characters.</translation>
    </message>
    <message>
        <source>Een wachtwoord begint of eindigt niet met een spatie.</source>
        <translation>A password does not begin or end with a space.</translation>
    </message>
    <message>
        <source>Er is al een coördinatorwachtwoord ingesteld.</source>
        <translation>A coordinator password has already been set.</translation>
    </message>
    <message>
        <source>Het huidige wachtwoord klopt niet.</source>
        <translation>The current password is incorrect.</translation>
    </message>
</context>
<context>
    <name>check</name>
    <message>
        <source>nooit geverifieerd</source>
        <translation>never verified</translation>
    </message>
    <message>
        <source>laatste verificatie langer dan 12 maanden geleden</source>
        <translation>last verified more than 12 months ago</translation>
    </message>
    <message>
        <source>geen telefoonnummer (aan te vullen)</source>
        <translation>no phone number (to be added)</translation>
    </message>
    <message>
        <source>geen enkele contactgegeven (telefoon, e-mail of website)</source>
        <translation>no contact details at all (phone, e-mail or website)</translation>
    </message>
    <message>
        <source>openingsuren onbekend (aan te vullen)</source>
        <translation>opening hours unknown (to be added)</translation>
    </message>
    <message>
        <source>waarschuwing verlopen</source>
        <translation>alert expired</translation>
    </message>
    <message>
        <source>bron te verifiëren</source>
        <translation>source to be verified</translation>
    </message>
    <message>
        <source>({days} dagen te laat)</source>
        <translation>({days} days overdue)</translation>
    </message>
    <message>
        <source>(sinds {days} dagen)</source>
        <translation>(for {days} days)</translation>
    </message>
</context>
<context>
    <name>checklist</name>
    <message>
        <source>Dit is een hulpmiddel voor dit ene gesprek, geen gevalideerde risico-inschatting. Je eigen professionele oordeel gaat altijd voor: maak je je zorgen, schakel dan ook op tijd hulp in als er weinig is aangevinkt. Wat je aanvinkt, wordt nergens bewaard en verdwijnt bij een nieuw gesprek.</source>
        <translation>This is an aid for this one conversation, not a validated risk assessment. Your own professional judgement always comes first: if you are worried, seek help in good time even if little has been ticked. What you tick is stored nowhere and disappears when a new conversation starts.</translation>
    </message>
    <message>
        <source>Praat met de cliënt over de kinderen en over het ouderschap (standaard bij elke volwassen cliënt)</source>
        <translation>Talk with the client about the children and about parenting (standard with every adult client)</translation>
    </message>
    <message>
        <source>Peil naar de veiligheid thuis en naar hoe het met de kinderen gaat (standaard bij elke volwassen cliënt)</source>
        <translation>Ask about safety at home and about how the children are doing (standard with every adult client)</translation>
    </message>
    <message>
        <source>Ondersteun de cliënt in de rol van ouder (standaard bij elke volwassen cliënt)</source>
        <translation>Support the client in their role as a parent (standard with every adult client)</translation>
    </message>
    <message>
        <source>Ga verder na of er verontrusting is en of er bereidheid is om hulp te aanvaarden (wanneer nodig)</source>
        <translation>Explore further whether there are concerns and whether there is willingness to accept help (when needed)</translation>
    </message>
    <message>
        <source>Werk aan het herstel van de veiligheid (wanneer nodig)</source>
        <translation>Work on restoring safety (when needed)</translation>
    </message>
    <message>
        <source>Betrek een gemandateerde voorziening, zoals het VK of het OCJ (wanneer nodig)</source>
        <translation>Involve a mandated agency, such as the VK or the OCJ (when needed)</translation>
    </message>
    <message>
        <source>Stalking</source>
        <translation>Stalking</translation>
    </message>
    <message>
        <source>Achtervolgen, opwachten, blijven berichten sturen; let vooral op hoeveel tijd en moeite de pleger erin steekt.</source>
        <translation>Following, lying in wait, continuing to send messages; pay particular attention to how much time and effort the perpetrator puts into it.</translation>
    </message>
    <message>
        <source>Doodsbedreigingen tegen de partner of de kinderen, of dreigen met zelfdoding</source>
        <translation>Death threats against the partner or the children, or threats of suicide</translation>
    </message>
    <message>
        <source>Ook een dreiging met suïcide telt mee.</source>
        <translation>A threat of suicide counts too.</translation>
    </message>
    <message>
        <source>Bezit of gebruik van wapens</source>
        <translation>Possession or use of weapons</translation>
    </message>
    <message>
        <source>Ook voorwerpen die als wapen gebruikt of getoond worden.</source>
        <translation>Also objects used or shown as a weapon.</translation>
    </message>
    <message>
        <source>Recent gewelddadig gedrag</source>
        <translation>Recent violent behaviour</translation>
    </message>
    <message>
        <source>Geweld tijdens de zwangerschap</source>
        <translation>Violence during pregnancy</translation>
    </message>
    <message>
        <source>Denk ook aan het ongeboren kind: doorloop de Kindreflex.</source>
        <translation>Think of the unborn child too: go through the Kindreflex.</translation>
    </message>
    <message>
        <source>Seks zonder wederzijdse toestemming</source>
        <translation>Sex without mutual consent</translation>
    </message>
    <message>
        <source>Het ZSG vangt slachtoffers van (hands-on) seksueel geweld op, met medische, psychologische en politionele diensten op één plek.</source>
        <translation>The ZSG (sexual assault centre) receives victims of (hands-on) sexual violence, with medical, psychological and police services in one place.</translation>
    </message>
    <message>
        <source>Noodzakelijke (medische) zorg wordt geweigerd</source>
        <translation>Necessary (medical) care is refused</translation>
    </message>
    <message>
        <source>Bijvoorbeeld: iemand wordt weggehouden van de dokter, of nodige zorg wordt afgewezen.</source>
        <translation>For example: someone is kept away from the doctor, or necessary care is turned down.</translation>
    </message>
    <message>
        <source>Wurging, verstikking of verdrinking</source>
        <translation>Strangulation, suffocation or drowning</translation>
    </message>
    <message>
        <source>Schakel medische hulp in (check-up bij wurging).</source>
        <translation>Call in medical help (a check-up after strangulation).</translation>
    </message>
    <message>
        <source>De persoon zwijgt wanneer de partner in de buurt is</source>
        <translation>The person falls silent when the partner is nearby</translation>
    </message>
    <message>
        <source>Probeer de persoon alleen te spreken en let op de machtsverhoudingen.</source>
        <translation>Try to speak with the person alone and pay attention to the power dynamics.</translation>
    </message>
    <message>
        <source>Het geweld wordt frequenter en ernstiger</source>
        <translation>The violence is becoming more frequent and more severe</translation>
    </message>
    <message>
        <source>Vraag sinds wanneer het geweld er is en hoe vaak het gebeurt.</source>
        <translation>Ask since when the violence has been going on and how often it happens.</translation>
    </message>
    <message>
        <source>Misbruik van middelen, zoals alcohol, medicatie of drugs</source>
        <translation>Substance misuse, such as alcohol, medication or drugs</translation>
    </message>
    <message>
        <source>Bij wie dan ook in het gezin; vraag er gericht naar.</source>
        <translation>By anyone in the family; ask about it specifically.</translation>
    </message>
    <message>
        <source>Psychiatrische problemen</source>
        <translation>Psychiatric problems</translation>
    </message>
    <message>
        <source>Bijvoorbeeld een persoonlijkheidsstoornis; vraag er gericht naar.</source>
        <translation>For example a personality disorder; ask about it specifically.</translation>
    </message>
    <message>
        <source>Er zijn kinderen in huis of er is een kind op komst</source>
        <translation>There are children in the home or a child is on the way</translation>
    </message>
    <message>
        <source>Vraag naar hun leeftijden en of ze het geweld meemaken, en doorloop de Kindreflex.</source>
        <translation>Ask about their ages and whether they witness the violence, and go through the Kindreflex.</translation>
    </message>
    <message>
        <source>Vermoeden van kans op eergerelateerd geweld</source>
        <translation>Suspected risk of honour-based violence</translation>
    </message>
    <message>
        <source>Breng ook de brede familie in beeld, eventueel in het land van herkomst.</source>
        <translation>Map the wider family too, possibly in the country of origin.</translation>
    </message>
    <message>
        <source>De persoon is zelf bang voor (ernstiger) geweld</source>
        <translation>The person is themselves afraid of (more serious) violence</translation>
    </message>
    <message>
        <source>Neem die angst ernstig, ook als jij het gevaar kleiner inschat.</source>
        <translation>Take that fear seriously, even if you judge the danger to be smaller.</translation>
    </message>
    <message>
        <source>Er is een ondersteunend sociaal netwerk</source>
        <translation>There is a supportive social network</translation>
    </message>
    <message>
        <source>Vraag door naar familie en vrienden; neem niet te snel genoegen met &quot;ik heb geen netwerk&quot;.</source>
        <translation>Ask further about family and friends; don&apos;t be too quick to accept &quot;I have no network&quot;.</translation>
    </message>
    <message>
        <source>Het netwerk houdt een oogje in het zeil (sociale controle)</source>
        <translation>The network keeps an eye on things (social control)</translation>
    </message>
    <message>
        <source>De buren zijn op de hoogte van de situatie</source>
        <translation>The neighbours are aware of the situation</translation>
    </message>
    <message>
        <source>De betrokkenen zijn bereid om (opnieuw) opvolging toe te laten</source>
        <translation>Those involved are willing to accept follow-up (again)</translation>
    </message>
    <message>
        <source>Er lopen justitiële procedures die effect hebben op het geweld</source>
        <translation>There are judicial proceedings under way that affect the violence</translation>
    </message>
    <message>
        <source>Er is bereidheid om opvolging te aanvaarden voor psychische kwetsbaarheid of verslaving</source>
        <translation>There is willingness to accept follow-up for psychological vulnerability or addiction</translation>
    </message>
    <message>
        <source>Er is betrokkenheid en steun voor het kind, bv. een band met een zorgende volwassene buiten het gezin</source>
        <translation>There is involvement and support for the child, e.g. a bond with a caring adult outside the family</translation>
    </message>
    <message>
        <source>Bijvoorbeeld een affectieve band met een meter, nonkel, juf of zorgcoördinator.</source>
        <translation>For example an emotional bond with a godmother, uncle, teacher or care coordinator.</translation>
    </message>
    <message>
        <source>Gedrag</source>
        <translation>Behaviour</translation>
    </message>
    <message>
        <source>Verdedigt de partner, de ouder of het familielid</source>
        <translation>Defends the partner, the parent or the family member</translation>
    </message>
    <message>
        <source>Doet alsof er niets aan de hand is</source>
        <translation>Acts as if nothing is wrong</translation>
    </message>
    <message>
        <source>Gedraagt zich opvallend anders wanneer de partner erbij is</source>
        <translation>Behaves noticeably differently when the partner is present</translation>
    </message>
    <message>
        <source>Is plots religieus of heeft plots een andere, sterkere mening</source>
        <translation>Has suddenly become religious or suddenly holds different, stronger opinions</translation>
    </message>
    <message>
        <source>Is plots overdreven druk of juist overdreven rustig</source>
        <translation>Is suddenly overly agitated or, on the contrary, overly calm</translation>
    </message>
    <message>
        <source>Heeft een laag zelfbeeld of zegt negatieve dingen over zichzelf</source>
        <translation>Has low self-esteem or says negative things about themselves</translation>
    </message>
    <message>
        <source>Moet altijd bereikbaar zijn voor de partner</source>
        <translation>Must always be reachable for the partner</translation>
    </message>
    <message>
        <source>Is zonder duidelijke reden plots bang, boos, verward of depressief</source>
        <translation>Is suddenly afraid, angry, confused or depressed for no clear reason</translation>
    </message>
    <message>
        <source>Contact met anderen</source>
        <translation>Contact with others</translation>
    </message>
    <message>
        <source>Heeft plots minder contact met vrienden of familie</source>
        <translation>Suddenly has less contact with friends or family</translation>
    </message>
    <message>
        <source>Ontwijkt vragen of antwoordt vaag</source>
        <translation>Avoids questions or answers vaguely</translation>
    </message>
    <message>
        <source>Zegt afspraken op het laatste moment af of komt niet opdagen</source>
        <translation>Cancels appointments at the last moment or does not turn up</translation>
    </message>
    <message>
        <source>Maakt geen oogcontact</source>
        <translation>Makes no eye contact</translation>
    </message>
    <message>
        <source>Schrikt bij een aanraking</source>
        <translation>Startles when touched</translation>
    </message>
    <message>
        <source>Verder</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Is moeilijk alleen te spreken</source>
        <translation>Is hard to speak with alone</translation>
    </message>
    <message>
        <source>Kan verwondingen of kapotte spullen niet verklaren</source>
        <translation>Cannot explain injuries or broken belongings</translation>
    </message>
    <message>
        <source>Laat letsels medisch attesteren in dagen werkonbekwaamheid, ook als de persoon geen werk heeft.</source>
        <translation>Have injuries certified by a doctor in days of incapacity for work, even if the person has no job.</translation>
    </message>
    <message>
        <source>Heeft geen eigen geld, heeft schulden of is financieel afhankelijk van de partner</source>
        <translation>Has no money of their own, has debts or is financially dependent on the partner</translation>
    </message>
    <message>
        <source>Gaat vaker naar de huisarts of gebruikt (meer) slaap- of pijnmiddelen</source>
        <translation>Visits the GP more often or uses (more) sleeping pills or painkillers</translation>
    </message>
    <message>
        <source>Gebruikt verdovende middelen, zoals alcohol of drugs</source>
        <translation>Uses intoxicating substances, such as alcohol or drugs</translation>
    </message>
    <message>
        <source>Doet veel, of net niets, in het huishouden</source>
        <translation>Does a lot, or nothing at all, in the household</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>{prog}: fout: {message}</source>
        <translation>{prog}: error: {message}</translation>
    </message>
    <message>
        <source>IFG-wegwijzer: waar verwijs je iemand naar bij intrafamiliaal geweld?</source>
        <translation>IFG-wegwijzer: where do you refer someone facing family violence?</translation>
    </message>
    <message>
        <source>het versienummer tonen en stoppen</source>
        <translation>show the version number and exit</translation>
    </message>
    <message>
        <source>databank: een SQLAlchemy-URL of een pad naar een SQLite-bestand (standaard: IFG_DESKTOP_DB, anders een bestand in de gebruikersmap)</source>
        <translation>database: an SQLAlchemy URL or the path of an SQLite file (default: IFG_DESKTOP_DB, else a file in the user&apos;s folder)</translation>
    </message>
    <message>
        <source>de taal van de uitvoer en het venster: nl, en of fr (standaard: de taal van LC_ALL, LC_MESSAGES of LANG, anders nl)</source>
        <translation>the language of the output and the window: nl, en or fr (default: the language of LC_ALL, LC_MESSAGES or LANG, else nl)</translation>
    </message>
    <message>
        <source>diensten zoeken zoals in het venster</source>
        <translation>search services as in the window</translation>
    </message>
    <message>
        <source>34 (jaar), 18m (maanden) of unborn</source>
        <translation>34 (years), 18m (months) or unborn</translation>
    </message>
    <message>
        <source>enkel wat nu open is</source>
        <translation>only what is open now</translation>
    </message>
    <message>
        <source>open op dit moment (ISO 8601, Brusselse tijd)</source>
        <translation>open at this moment (ISO 8601, Brussels time)</translation>
    </message>
    <message>
        <source>enkel 24 op 7</source>
        <translation>only 24/7</translation>
    </message>
    <message>
        <source>client: enkel diensten die een cliënt zelf mag contacteren (standaard: alle)</source>
        <translation>client: only services a client may contact themselves (default: all)</translation>
    </message>
    <message>
        <source>spreekt deze taal: ISO 639-code, zoals nl, fr, ar of vgt</source>
        <translation>speaks this language: ISO 639 code, such as nl, fr, ar or vgt</translation>
    </message>
    <message>
        <source>ook niet-actieve en &apos;niet doorverwijzen&apos;</source>
        <translation>also inactive and &apos;do not refer&apos;</translation>
    </message>
    <message>
        <source>alles over één dienst</source>
        <translation>everything about one service</translation>
    </message>
    <message>
        <source>wat aan te vullen of te verifiëren is (ouder dan 12 maanden)</source>
        <translation>what is missing or due for verification (older than 12 months)</translation>
    </message>
    <message>
        <source>ifg-desktop: fout: &apos;{text}&apos; is geen geldige tekst (UTF-8)</source>
        <translation>ifg-desktop: error: &apos;{text}&apos; is not valid text (UTF-8)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is geen ISO 8601-tijdstip ({example})</source>
        <translation>&apos;{text}&apos; is not an ISO 8601 moment ({example})</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; valt buiten de jaren {first}–{last}</source>
        <translation>&apos;{text}&apos; is outside the years {first}–{last}</translation>
    </message>
    <message>
        <source>{step}: {percent} %</source>
        <translation>{step}: {percent}%</translation>
    </message>
    <message>
        <source>onbekend thema {themes} (kies uit {known})</source>
        <translation>unknown theme {themes} (choose from {known})</translation>
    </message>
    <message>
        <source>Leidraad: {titles}</source>
        <translation>Guide: {titles}</translation>
    </message>
    <message>
        <source>{count} dienst(en) zonder opgegeven talen niet getoond</source>
        <translation>{count} service(s) without languages entered not shown</translation>
    </message>
    <message>
        <source>SLEUTEL</source>
        <translation>KEY</translation>
    </message>
    <message>
        <source>DIENST</source>
        <translation>SERVICE</translation>
    </message>
    <message>
        <source>LEEFTIJD</source>
        <translation>AGE</translation>
    </message>
    <message>
        <source>TELEFOON</source>
        <translation>PHONE</translation>
    </message>
    <message>
        <source>NU</source>
        <translation>NOW</translation>
    </message>
    <message>
        <source>(aan te vullen)</source>
        <translation>(to be completed)</translation>
    </message>
    <message>
        <source>[enkel professionals]</source>
        <translation>[professionals only]</translation>
    </message>
    <message>
        <source>{count} dienst(en)</source>
        <translation>{count} service(s)</translation>
    </message>
    <message>
        <source>onbekende taal {languages} (kies uit {known})</source>
        <translation>unknown language {languages} (choose from {known})</translation>
    </message>
    <message>
        <source>ifg-desktop: geen dienst met sleutel &apos;{key}&apos;</source>
        <translation>ifg-desktop: no service with key &apos;{key}&apos;</translation>
    </message>
    <message>
        <source>!! GEARCHIVEERD — staat in geen enkele lijst meer</source>
        <translation>!! ARCHIVED — no longer in any list</translation>
    </message>
    <message>
        <source>!! ENKEL VOOR PROFESSIONALS — niet aan de cliënt geven</source>
        <translation>!! PROFESSIONALS ONLY — do not give to the client</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>Nu: {state}</source>
        <translation>Now: {state}</translation>
    </message>
    <message>
        <source>Telefoon: {phone}</source>
        <translation>Phone: {phone}</translation>
    </message>
    <message>
        <source>Website: {website}</source>
        <translation>Website: {website}</translation>
    </message>
    <message>
        <source>E-mail: {email}</source>
        <translation>Email: {email}</translation>
    </message>
    <message>
        <source>Adres: {address}</source>
        <translation>Address: {address}</translation>
    </message>
    <message>
        <source>Leeftijd: {ages}</source>
        <translation>Age: {ages}</translation>
    </message>
    <message>
        <source>Urgentie: {urgency}</source>
        <translation>Urgency: {urgency}</translation>
    </message>
    <message>
        <source>Thema&apos;s: {themes}</source>
        <translation>Themes: {themes}</translation>
    </message>
    <message>
        <source>Talen: {languages}</source>
        <translation>Languages: {languages}</translation>
    </message>
    <message>
        <source>Let op: {note}</source>
        <translation>Note: {note}</translation>
    </message>
    <message>
        <source>Openingsuren:</source>
        <translation>Opening hours:</translation>
    </message>
    <message>
        <source>nooit</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Laatst geverifieerd: {date}</source>
        <translation>Last verified: {date}</translation>
    </message>
    <message>
        <source>{count} dienst(en) vragen aandacht</source>
        <translation>{count} service(s) need attention</translation>
    </message>
    <message>
        <source>wie wijzigde wat, wanneer (het spoor)</source>
        <translation>who changed what, when (the trail)</translation>
    </message>
    <message>
        <source>de databank klaarmaken: maken of bijwerken, de eerste keer ook vullen</source>
        <translation>make the database ready: create or upgrade it, and fill it the first time</translation>
    </message>
    <message>
        <source>Maakt de databank van --db (of de standaarddatabank) als ze er nog niet is en vult ze met de meegeleverde diensten en de checklist; een databank van een oudere versie wordt bijgewerkt. Wat erin staat, blijft. Het venster doet hetzelfde bij zijn eerste start (met een nieuw bestand roept het hiervoor dit commando op).</source>
        <translation>Creates the database of --db (or the default database) if it does not exist yet and fills it with the services and the checklist that ship with the application; a database of an older version is upgraded. What is in it stays. The window does the same on its first start (with a new file it runs this command for that).</translation>
    </message>
    <message>
        <source>enkel deze dienst</source>
        <translation>only this service</translation>
    </message>
    <message>
        <source>vanaf deze datum (ISO 8601, Brusselse tijd)</source>
        <translation>from this date (ISO 8601, Brussels time)</translation>
    </message>
    <message>
        <source>een nieuw coördinatorwachtwoord instellen (vergeten wachtwoord)</source>
        <translation>set a new coordinator password (forgotten password)</translation>
    </message>
    <message>
        <source>Stelt een nieuw coördinatorwachtwoord in. Wie de databank kan beschrijven, kan dit: het is de herstelweg voor een vergeten wachtwoord, en het komt in het spoor.</source>
        <translation>Sets a new coordinator password. Anyone who can write to the database can do this: it is the way back from a forgotten password, and it is recorded in the trail.</translation>
    </message>
    <message>
        <source>het nieuwe wachtwoord van de standaardinvoer lezen (voor scripts)</source>
        <translation>read the new password from standard input (for scripts)</translation>
    </message>
    <message>
        <source>Databank klaar: {where} ({services} diensten).</source>
        <translation>Database ready: {where} ({services} services).</translation>
    </message>
    <message>
        <source>ifg-desktop: niets in het spoor over &apos;{key}&apos;</source>
        <translation>ifg-desktop: nothing in the trail about &apos;{key}&apos;</translation>
    </message>
    <message>
        <source>{count} wijziging(en)</source>
        <translation>{count} change(s)</translation>
    </message>
    <message>
        <source>Nieuw coördinatorwachtwoord: </source>
        <translation>New coordinator password: </translation>
    </message>
    <message>
        <source>Nog eens: </source>
        <translation>Once more: </translation>
    </message>
    <message>
        <source>ifg-desktop: de twee wachtwoorden verschillen; niets gewijzigd</source>
        <translation>ifg-desktop: the two passwords differ; nothing changed</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>opdrachtregel ({user})</source>
        <translation>command line ({user})</translation>
    </message>
    <message>
        <source>Het coördinatorwachtwoord van {database} is opnieuw ingesteld.</source>
        <translation>The coordinator password of {database} has been reset.</translation>
    </message>
    <message>
        <source>standaard: volgens de bestandsnaam</source>
        <translation>default: from the file name</translation>
    </message>
    <message>
        <source>diensten importeren uit Open Referral HSDS 3.0 (JSON, of CSV in een map of zip)</source>
        <translation>import services from Open Referral HSDS 3.0 (JSON, or CSV in a folder or zip)</translation>
    </message>
    <message>
        <source>enkel tonen wat er zou veranderen</source>
        <translation>only show what would change</translation>
    </message>
    <message>
        <source>wie importeert (voor de audit); standaard: de login</source>
        <translation>who imports (for the audit); default: the login</translation>
    </message>
    <message>
        <source>alle diensten exporteren als HSDS 3.0 (.json, .zip of een map met CSV)</source>
        <translation>export all services as HSDS 3.0 (.json, .zip or a folder of CSV)</translation>
    </message>
    <message>
        <source>een reservekopie van de databank maken (naast de databank, of in FILE)</source>
        <translation>make a backup of the database (beside the database, or in FILE)</translation>
    </message>
    <message>
        <source>een reservekopie terugzetten (de huidige databank wordt eerst bewaard)</source>
        <translation>restore a backup (the current database is kept first)</translation>
    </message>
    <message>
        <source>kan het formaat van &apos;{file}&apos; niet afleiden: gebruik --format</source>
        <translation>cannot tell the format of &apos;{file}&apos;: use --format</translation>
    </message>
    <message>
        <source>Proefdraai: er is niets gewijzigd.</source>
        <translation>Dry run: nothing was changed.</translation>
    </message>
    <message>
        <source>Niets te importeren: de databank is niet gewijzigd.</source>
        <translation>Nothing to import: the database was not changed.</translation>
    </message>
    <message>
        <source>Reservekopie van de databank: {file}</source>
        <translation>Backup of the database: {file}</translation>
    </message>
    <message>
        <source>Geïmporteerd: {summary}.</source>
        <translation>Imported: {summary}.</translation>
    </message>
    <message>
        <source>… en nog {count} nieuwe dienst(en)</source>
        <translation>… and {count} more new service(s)</translation>
    </message>
    <message>
        <source>Nieuw thema: {key} ({label})</source>
        <translation>New theme: {key} ({label})</translation>
    </message>
    <message>
        <source>Niet overgenomen (HSDS kan het zeggen, IFG-wegwijzer kan het niet bewaren):</source>
        <translation>Not taken over (HSDS can say it, IFG-wegwijzer cannot store it):</translation>
    </message>
    <message>
        <source>zoekterm {term}</source>
        <translation>search term {term}</translation>
    </message>
    <message>
        <source>… en nog {count} nieuwe zoekterm(en)</source>
        <translation>… and {count} more new search term(s)</translation>
    </message>
    <message>
        <source>{count} dienst(en) geëxporteerd naar {path}</source>
        <translation>{count} service(s) exported to {path}</translation>
    </message>
    <message>
        <source>ifg-desktop: de databank {path} bestaat (nog) niet</source>
        <translation>ifg-desktop: the database {path} does not exist (yet)</translation>
    </message>
    <message>
        <source>Reservekopie: {file}</source>
        <translation>Backup: {file}</translation>
    </message>
    <message>
        <source>De vorige databank is bewaard als {file}</source>
        <translation>The previous database was kept as {file}</translation>
    </message>
    <message>
        <source>Teruggezet: {file}</source>
        <translation>Restored: {file}</translation>
    </message>
    <message>
        <source>de zoektermen: woorden die mensen gebruiken, en de woorden die ze vinden</source>
        <translation>the search terms: words people use, and the words they find</translation>
    </message>
    <message>
        <source>Zonder ACTION: de zoektermen tonen. add en remove wijzigen ze, met het spoor op naam van --actor (standaard: de login).</source>
        <translation>Without ACTION: show the search terms. add and remove change them, recorded in the trail under --actor (default: the login).</translation>
    </message>
    <message>
        <source>wie het doet (voor het spoor)</source>
        <translation>who does it (for the trail)</translation>
    </message>
    <message>
        <source>een zoekterm toevoegen (of wat een bestaande vindt vervangen)</source>
        <translation>add a search term (or replace what an existing one finds)</translation>
    </message>
    <message>
        <source>een woord of uitdrukking (&quot;vluchthuis&quot;)</source>
        <translation>a word or phrase (&quot;vluchthuis&quot;)</translation>
    </message>
    <message>
        <source>een woord van de wegwijzer dat de term vindt (herhaalbaar)</source>
        <translation>a word of the directory that the term finds (repeatable)</translation>
    </message>
    <message>
        <source>de sleutel van een signaal van de checklist dat de term noemt (herhaalbaar)</source>
        <translation>the key of a checklist signal the term names (repeatable)</translation>
    </message>
    <message>
        <source>een zoekterm verwijderen</source>
        <translation>remove a search term</translation>
    </message>
    <message>
        <source>--actor mag niet leeg zijn</source>
        <translation>--actor must not be empty</translation>
    </message>
    <message>
        <source>Zoekterm toegevoegd: {term}</source>
        <translation>Search term added: {term}</translation>
    </message>
    <message>
        <source>Zoekterm ongewijzigd: {term}</source>
        <translation>Search term unchanged: {term}</translation>
    </message>
    <message>
        <source>Zoekterm gewijzigd: {term}</source>
        <translation>Search term changed: {term}</translation>
    </message>
    <message>
        <source>ifg-desktop: &apos;{term}&apos; staat niet in de zoektermen; niets gewijzigd</source>
        <translation>ifg-desktop: &apos;{term}&apos; is not among the search terms; nothing changed</translation>
    </message>
    <message>
        <source>Zoekterm verwijderd: {term}</source>
        <translation>Search term removed: {term}</translation>
    </message>
    <message>
        <source>{count} zoekterm(en)</source>
        <translation>{count} search term(s)</translation>
    </message>
    <message>
        <source>[signalen: {flags}]</source>
        <translation>[signals: {flags}]</translation>
    </message>
    <message>
        <source>beheer van de gedeelde PostgreSQL-databank (rollen)</source>
        <translation>administration of the shared PostgreSQL database (roles)</translation>
    </message>
    <message>
        <source>de rollen onthaal (enkel lezen) en coördinator maken, met hun rechten</source>
        <translation>create the front desk (read only) and coordinator roles, with their rights</translation>
    </message>
    <message>
        <source>Maakt in de PostgreSQL-databank van --db twee groepsrollen (zonder aanmelding): het onthaal mag enkel lezen, coördinatoren mogen de gegevens wijzigen maar het spoor enkel aanvullen; geen van beide mag het schema wijzigen. Aanmeldingen (per persoon of werkpost) worden lid van een groep. Aan te melden als eigenaar van de tabellen of als superuser; opnieuw uitvoeren mag (ook na een upgrade).</source>
        <translation>Creates two group roles (without login) in the PostgreSQL database of --db: the front desk may only read, coordinators may change the data but only add to the trail; neither may change the schema. Logins (per person or workstation) become members of a group. Sign in as the owner of the tables or as a superuser; running it again is fine (also after an upgrade).</translation>
    </message>
    <message>
        <source>de SQL tonen in plaats van ze uit te voeren (maakt geen verbinding)</source>
        <translation>show the SQL instead of running it (makes no connection)</translation>
    </message>
    <message>
        <source>naam van de groep van het onthaal (standaard: {role})</source>
        <translation>name of the front desk group (default: {role})</translation>
    </message>
    <message>
        <source>naam van de groep van de coördinatoren (standaard: {role})</source>
        <translation>name of the coordinators&apos; group (default: {role})</translation>
    </message>
    <message>
        <source>een aanmelding voor het onthaal maken of erin zetten (herhaalbaar, of a,b,c)</source>
        <translation>create a front desk login or add one to it (repeatable, or a,b,c)</translation>
    </message>
    <message>
        <source>een aanmelding voor een coördinator maken of erin zetten (herhaalbaar)</source>
        <translation>create a coordinator login or add one to it (repeatable)</translation>
    </message>
    <message>
        <source>voor elke aanmelding een wachtwoord vragen (enkel een SCRAM-hash gaat naar de server)</source>
        <translation>ask a password for each login (only a SCRAM hash goes to the server)</translation>
    </message>
    <message>
        <source>--password-prompt gaat niet samen met --sql: wachtwoorden komen nooit in de SQL (zet ze in psql met \password NAAM)</source>
        <translation>--password-prompt does not go with --sql: passwords never go into the SQL (set them in psql with \password NAME)</translation>
    </message>
    <message>
        <source>rollen horen bij een gedeelde PostgreSQL-databank; een SQLite-bestand kent geen aanmeldingen (wie het bestand mag schrijven, mag alles, en het coördinatorwachtwoord is de controle). Geef --db postgresql+psycopg://…</source>
        <translation>roles belong to a shared PostgreSQL database; an SQLite file has no logins (whoever may write the file may do anything, and the coordinator password is the check). Give --db postgresql+psycopg://…</translation>
    </message>
    <message>
        <source>De databank {where} heeft nog geen tabellen voor deze versie van IFG-wegwijzer. Open ze eerst één keer met de aanmelding van haar eigenaar (ifg-desktop --db … check), en maak dan de rollen. Er is niets gewijzigd.</source>
        <translation>The database {where} has no tables for this version of IFG-wegwijzer yet. First open it once with its owner&apos;s login (ifg-desktop --db … check), then create the roles. Nothing was changed.</translation>
    </message>
    <message>
        <source>De databank {where} is niet bijgewerkt voor deze versie van IFG-wegwijzer. Open ze eerst één keer met de aanmelding van haar eigenaar (ifg-desktop --db … check), en maak dan de rollen. Er is niets gewijzigd.</source>
        <translation>The database {where} is not upgraded for this version of IFG-wegwijzer. First open it once with its owner&apos;s login (ifg-desktop --db … check), then create the roles. Nothing was changed.</translation>
    </message>
    <message>
        <source>Wachtwoord voor {login}: </source>
        <translation>Password for {login}: </translation>
    </message>
    <message>
        <source>ifg-desktop: de twee wachtwoorden voor {login} verschillen; niets gewijzigd</source>
        <translation>ifg-desktop: the two passwords for {login} differ; nothing changed</translation>
    </message>
    <message>
        <source>ifg-desktop: het wachtwoord voor {login} is korter dan 8 tekens; niets gewijzigd</source>
        <translation>ifg-desktop: the password for {login} is shorter than 8 characters; nothing changed</translation>
    </message>
    <message>
        <source>Rollen ingesteld in {where}:</source>
        <translation>Roles set up in {where}:</translation>
    </message>
    <message>
        <source>{role}: onthaal, enkel lezen (het venster opent zonder coördinatormodus)</source>
        <translation>{role}: front desk, read only (the window opens without coordinator mode)</translation>
    </message>
    <message>
        <source>{role}: coördinatoren, lezen en wijzigen; het spoor enkel lezen en aanvullen</source>
        <translation>{role}: coordinators, read and change; the trail only read and add to</translation>
    </message>
    <message>
        <source>aanmelding {login} → {group}: {url}</source>
        <translation>login {login} → {group}: {url}</translation>
    </message>
    <message>
        <source>Zonder wachtwoord gemaakt: zet er een met --password-prompt of in psql met \password NAAM (tenzij de server anders aanmeldt, bv. met certificaten).</source>
        <translation>Created without a password: set one with --password-prompt or in psql with \password NAME (unless the server signs in otherwise, e.g. with certificates).</translation>
    </message>
    <message>
        <source>ifg-desktop: fout: {message}</source>
        <translation>ifg-desktop: error: {message}</translation>
    </message>
</context>
<context>
    <name>db</name>
    <message>
        <source>Een reservekopie kan de toepassing enkel van een SQLite-bestand maken; gebruik voor een andere databank haar eigen hulpmiddelen (zoals pg_dump).</source>
        <translation>The application can only back up an SQLite file; for another database, use its own tools (such as pg_dump).</translation>
    </message>
    <message>
        <source>De databank {path} bestaat (nog) niet.</source>
        <translation>The database {path} does not exist (yet).</translation>
    </message>
    <message>
        <source>Een reservekopie kan niet over de databank zelf geschreven worden.</source>
        <translation>A backup cannot be written over the database itself.</translation>
    </message>
    <message>
        <source>{path} is geen gewoon bestand (een map, apparaat of pijp).</source>
        <translation>{path} is not a regular file (a folder, device or pipe).</translation>
    </message>
    <message>
        <source>{file} bestaat niet.</source>
        <translation>{file} does not exist.</translation>
    </message>
    <message>
        <source>{file} kan niet gelezen worden ({reason}).</source>
        <translation>{file} cannot be read ({reason}).</translation>
    </message>
    <message>
        <source>{file} is geen SQLite-databank en dus geen reservekopie.</source>
        <translation>{file} is not an SQLite database and so not a backup.</translation>
    </message>
    <message>
        <source>{file} is beschadigd of onleesbaar ({error}).</source>
        <translation>{file} is damaged or unreadable ({error}).</translation>
    </message>
    <message>
        <source>{file} is gemaakt door een nieuwere versie van IFG-wegwijzer (schema {schema}); werk eerst de toepassing bij.</source>
        <translation>{file} was made by a newer version of IFG-wegwijzer (schema {schema}); update the application first.</translation>
    </message>
    <message>
        <source>{file} is beschadigd (integriteitscontrole: {check}).</source>
        <translation>{file} is damaged (integrity check: {check}).</translation>
    </message>
    <message>
        <source>{file} is geen reservekopie van IFG-wegwijzer.</source>
        <translation>{file} is not an IFG-wegwijzer backup.</translation>
    </message>
    <message>
        <source>Dat bestand is de databank zelf, geen reservekopie.</source>
        <translation>That file is the database itself, not a backup.</translation>
    </message>
    <message>
        <source>De reservekopie kon niet teruggezet worden ({detail}); de databank is niet gewijzigd.</source>
        <translation>The backup could not be restored ({detail}); the database was not changed.</translation>
    </message>
    <message>
        <source>Voor de upgrade kon geen reservekopie van {where} gemaakt worden ({detail}); de databank is niet gewijzigd.</source>
        <translation>Before the upgrade, no backup of {where} could be made ({detail}); the database was not changed.</translation>
    </message>
    <message>
        <source>Voor het importeren kon geen reservekopie van {where} gemaakt worden ({detail}); er is niets geïmporteerd.</source>
        <translation>Before importing, no backup of {where} could be made ({detail}); nothing was imported.</translation>
    </message>
    <message>
        <source>Voor het terugzetten kon geen reservekopie van {where} gemaakt worden ({detail}); de databank is niet gewijzigd.</source>
        <translation>Before restoring, no backup of {where} could be made ({detail}); the database was not changed.</translation>
    </message>
    <message>
        <source>Er kon geen reservekopie van {where} gemaakt worden ({detail}); de databank is niet gewijzigd.</source>
        <translation>No backup of {where} could be made ({detail}); the database was not changed.</translation>
    </message>
    <message>
        <source>De reservekopie is niet bewaard: {detail}.</source>
        <translation>The backup was not kept: {detail}.</translation>
    </message>
    <message>
        <source>De databank {where} is vergrendeld door een ander programma; er is niets gewijzigd. Probeer het over enkele ogenblikken opnieuw.</source>
        <translation>The database {where} is locked by another program; nothing was changed. Try again in a few moments.</translation>
    </message>
    <message>
        <source>de kopie van {file} is onvolledig</source>
        <translation>the copy of {file} is incomplete</translation>
    </message>
    <message>
        <source>de nieuwe kopie is onleesbaar: {error}</source>
        <translation>the new copy is unreadable: {error}</translation>
    </message>
    <message>
        <source>de nieuwe kopie mist de tabellen van IFG-wegwijzer</source>
        <translation>the new copy lacks the IFG-wegwijzer tables</translation>
    </message>
    <message>
        <source>de nieuwe kopie is beschadigd volgens de controle: {check}</source>
        <translation>the new copy is damaged according to the check: {check}</translation>
    </message>
    <message>
        <source>de schijf is vol</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>de toegestane schijfruimte is op</source>
        <translation>the allowed disk space is used up</translation>
    </message>
    <message>
        <source>geen toegang</source>
        <translation>no access</translation>
    </message>
    <message>
        <source>de schijf is alleen-lezen</source>
        <translation>the disk is read-only</translation>
    </message>
    <message>
        <source>de map bestaat niet</source>
        <translation>the folder does not exist</translation>
    </message>
    <message>
        <source>dat is geen map</source>
        <translation>that is not a folder</translation>
    </message>
    <message>
        <source>er staat al een bestand met die naam</source>
        <translation>a file with that name already exists</translation>
    </message>
    <message>
        <source>alleen-lezen</source>
        <translation>read-only</translation>
    </message>
    <message>
        <source>lees- of schrijffout</source>
        <translation>read or write error</translation>
    </message>
    <message>
        <source>de databank is beschadigd</source>
        <translation>the database is damaged</translation>
    </message>
    <message>
        <source>het bestand kan niet aangemaakt of geopend worden</source>
        <translation>the file cannot be created or opened</translation>
    </message>
    <message>
        <source>{what} bij {file}</source>
        <translation>{what} at {file}</translation>
    </message>
    <message>
        <source>Coördinatormodus niet beschikbaar: de databank staat op een plaats waar ze alleen-lezen is (een map of bestand zonder schrijfrechten).</source>
        <translation>Coordinator mode not available: the database is in a place where it is read-only (a folder or file without write permission).</translation>
    </message>
    <message>
        <source>De databank {where} staat op een plaats waar ze alleen-lezen is (een map of bestand zonder schrijfrechten); u kunt zoeken, maar niets wijzigen. Er is niets gewijzigd.</source>
        <translation>The database {where} is in a place where it is read-only (a folder or file without write permission); you can search, but not change anything. Nothing was changed.</translation>
    </message>
    <message>
        <source>De databank is al gesloten.</source>
        <translation>The database is already closed.</translation>
    </message>
    <message>
        <source>{where} is geen databankbestand (een map, apparaat of pijp); geef het pad van een SQLite-bestand.</source>
        <translation>{where} is not a database file (a folder, device or pipe); give the path of an SQLite file.</translation>
    </message>
    <message>
        <source>De databank {where} moet bijgewerkt worden naar deze versie van IFG-wegwijzer, maar staat op een plaats waar ze alleen-lezen is; de databank is niet gewijzigd.</source>
        <translation>The database {where} must be upgraded to this version of IFG-wegwijzer, but it is in a place where it is read-only; the database was not changed.</translation>
    </message>
    <message>
        <source>De map {folder} bestaat niet; controleer het pad. Er is geen databank {name} aangemaakt.</source>
        <translation>The folder {folder} does not exist; check the path. No database {name} was created.</translation>
    </message>
    <message>
        <source>De databank {where} kan niet aangemaakt worden: {reason} ({file}).</source>
        <translation>The database {where} cannot be created: {reason} ({file}).</translation>
    </message>
    <message>
        <source>{where} bevat al andere gegevens en is geen IFG-wegwijzer-databank.</source>
        <translation>{where} already holds other data and is not an IFG-wegwijzer database.</translation>
    </message>
    <message>
        <source>De databank {where} is gemaakt door een nieuwere versie van IFG-wegwijzer (schema {schema}). Werk de toepassing bij; de databank is niet gewijzigd.</source>
        <translation>The database {where} was made by a newer version of IFG-wegwijzer (schema {schema}). Update the application; the database was not changed.</translation>
    </message>
    <message>
        <source>De databank {where} is onvolledig of beschadigd: de tabel(len) {tables} ontbreken. Zet een reservekopie terug; de databank is niet gewijzigd.</source>
        <translation>The database {where} is incomplete or damaged: the table(s) {tables} are missing. Restore a backup; the database was not changed.</translation>
    </message>
    <message>
        <source>Gebruik een SQLite-bestand (een pad, of sqlite:///pad) of een PostgreSQL-databank (postgresql+psycopg://gebruiker@server/databank).</source>
        <translation>Use an SQLite file (a path, or sqlite:///path) or a PostgreSQL database (postgresql+psycopg://user@server/database).</translation>
    </message>
    <message>
        <source>De databank {where} kan niet gebruikt worden ({error}). {supported} Voor PostgreSQL moet psycopg geïnstalleerd zijn (pip install &apos;ifg-desktop[postgresql]&apos;).</source>
        <translation>The database {where} cannot be used ({error}). {supported} For PostgreSQL, psycopg must be installed (pip install &apos;ifg-desktop[postgresql]&apos;).</translation>
    </message>
    <message>
        <source>Onbekend soort databank: {target}. {supported}</source>
        <translation>Unknown kind of database: {target}. {supported}</translation>
    </message>
    <message>
        <source>De databank {where} is vergrendeld door een ander programma. Probeer het over enkele ogenblikken opnieuw.</source>
        <translation>The database {where} is locked by another program. Try again in a few moments.</translation>
    </message>
    <message>
        <source>De schijf is vol: de databank {where} kan niet groeien; er is niets gewijzigd. Maak ruimte vrij en probeer het opnieuw.</source>
        <translation>The disk is full: the database {where} cannot grow; nothing was changed. Free some space and try again.</translation>
    </message>
    <message>
        <source>De databank {where} is alleen-lezen (of u mag er niet in schrijven); er is niets gewijzigd.</source>
        <translation>The database {where} is read-only (or you may not write to it); nothing was changed.</translation>
    </message>
    <message>
        <source>Het bestand {where} is geen leesbare IFG-wegwijzer-databank (beschadigd of een ander soort bestand).</source>
        <translation>The file {where} is not a readable IFG-wegwijzer database (damaged or another kind of file).</translation>
    </message>
    <message>
        <source>De databank {where} kan niet gebruikt worden: geen toegang ({detail}).</source>
        <translation>The database {where} cannot be used: no access ({detail}).</translation>
    </message>
    <message>
        <source>De databank {where} kan niet geopend worden: bestaat de map, en mag u erin lezen en schrijven? ({detail})</source>
        <translation>The database {where} cannot be opened: does the folder exist, and may you read and write in it? ({detail})</translation>
    </message>
    <message>
        <source>De databank {where} kon niet gelezen of geschreven worden (schijf, netwerk of geheugen: {detail}). Probeer het opnieuw.</source>
        <translation>The database {where} could not be read or written (disk, network or memory: {detail}). Try again.</translation>
    </message>
    <message>
        <source>De databank {where} is bezet door een ander programma (een gelijktijdige wijziging). Probeer het over enkele ogenblikken opnieuw; er is niets gewijzigd.</source>
        <translation>The database {where} is busy with another program (a simultaneous change). Try again in a few moments; nothing was changed.</translation>
    </message>
    <message>
        <source>Uw aanmelding bij de databank {where} mag dit niet wijzigen (ze mag enkel lezen); er is niets gewijzigd. Vraag de beheerder om een coördinatoraanmelding.</source>
        <translation>Your login to the database {where} may not change this (it may only read); nothing was changed. Ask the administrator for a coordinator login.</translation>
    </message>
    <message>
        <source>Aanmelden bij de databank {where} is mislukt; controleer de gebruiker en het wachtwoord ({detail}).</source>
        <translation>Signing in to the database {where} failed; check the user and the password ({detail}).</translation>
    </message>
    <message>
        <source>De databank {where} bestaat niet op de server ({detail}).</source>
        <translation>The database {where} does not exist on the server ({detail}).</translation>
    </message>
    <message>
        <source>De databankserver van {where} is niet bereikbaar of overbelast ({detail}). Probeer het over enkele ogenblikken opnieuw.</source>
        <translation>The database server of {where} cannot be reached or is overloaded ({detail}). Try again in a few moments.</translation>
    </message>
    <message>
        <source>De verbinding met de gedeelde databank {where} is verbroken ({error}); er wordt opnieuw verbonden.</source>
        <translation>The connection to the shared database {where} was lost ({error}); reconnecting.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is geen bruikbare rolnaam: kleine letters, cijfers en _ (hoogstens 63 tekens, niet met een cijfer vooraan)</source>
        <translation>&apos;{name}&apos; is not a usable role name: lower-case letters, digits and _ (at most 63 characters, not starting with a digit)</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is een naam die PostgreSQL voor zichzelf houdt</source>
        <translation>&apos;{name}&apos; is a name PostgreSQL keeps for itself</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is geen bruikbare schemanaam</source>
        <translation>&apos;{name}&apos; is not a usable schema name</translation>
    </message>
    <message>
        <source>de onthaalrol en de coördinatorrol moeten verschillen</source>
        <translation>the front desk role and the coordinator role must differ</translation>
    </message>
    <message>
        <source>{logins} kan niet tegelijk onthaal en coördinator zijn</source>
        <translation>{logins} cannot be both front desk and coordinator</translation>
    </message>
    <message>
        <source>een aanmelding kan niet dezelfde naam hebben als een groep</source>
        <translation>a login cannot have the same name as a group</translation>
    </message>
    <message>
        <source>U bent bij {where} aangemeld als {user}, die geen rollen mag aanmaken (nodig: CREATEROLE of superuser) en {roles} bestaat nog niet. Meld u aan als beheerder van de server, of laat die de SQL uitvoeren (ifg-desktop admin roles --sql). Er is niets gewijzigd.</source>
        <translation>You are signed in to {where} as {user}, who may not create roles (needed: CREATEROLE or superuser), and {roles} does not exist yet. Sign in as the server&apos;s administrator, or have them run the SQL (ifg-desktop admin roles --sql). Nothing was changed.</translation>
    </message>
    <message>
        <source>U bent bij {where} aangemeld als {user}, die niet de eigenaar van de tabellen van de wegwijzer is: enkel de eigenaar (of een superuser) kan hun rechten geven. Er is niets gewijzigd.</source>
        <translation>You are signed in to {where} as {user}, who is not the owner of the directory&apos;s tables: only the owner (or a superuser) can grant rights on them. Nothing was changed.</translation>
    </message>
    <message>
        <source>Wachtwoorden zetten kan enkel met de psycopg-driver.</source>
        <translation>Setting passwords is only possible with the psycopg driver.</translation>
    </message>
    <message>
        <source>Coördinatormodus niet beschikbaar: deze aanmelding bij de gedeelde databank mag alleen lezen. Vraag de beheerder om een coördinatoraanmelding.</source>
        <translation>Coordinator mode not available: this login to the shared database may only read. Ask the administrator for a coordinator login.</translation>
    </message>
    <message>
        <source>De databank {where} moet eerst aangemaakt worden voor deze versie van IFG-wegwijzer, maar deze aanmelding mag de tabellen niet wijzigen.</source>
        <translation>The database {where} must first be created for this version of IFG-wegwijzer, but this login may not change the tables.</translation>
    </message>
    <message>
        <source>De databank {where} moet eerst bijgewerkt worden voor deze versie van IFG-wegwijzer, maar deze aanmelding mag de tabellen niet wijzigen.</source>
        <translation>The database {where} must first be upgraded for this version of IFG-wegwijzer, but this login may not change the tables.</translation>
    </message>
    <message>
        <source>Vraag de beheerder de databank één keer te openen met de account van de eigenaar (bv. ifg-desktop --db URL check, daarna ifg-desktop --db URL admin roles). De databank is niet gewijzigd.</source>
        <translation>Ask the administrator to open the database once with the owner&apos;s account (e.g. ifg-desktop --db URL check, then ifg-desktop --db URL admin roles). The database has not been changed.</translation>
    </message>
</context>
<context>
    <name>describe</name>
    <message>
        <source>ma</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>di</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>wo</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>do</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>vr</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>za</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>zo</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>maandag</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>dinsdag</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>woensdag</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>donderdag</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>vrijdag</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>zaterdag</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>zondag</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>acuut</source>
        <translation>acute</translation>
    </message>
    <message>
        <source>crisis</source>
        <translation>crisis</translation>
    </message>
    <message>
        <source>niet-acuut</source>
        <translation>non-acute</translation>
    </message>
    <message>
        <source>actief</source>
        <translation>active</translation>
    </message>
    <message>
        <source>niet actief</source>
        <translation>not active</translation>
    </message>
    <message>
        <source>tijdelijk gesloten</source>
        <translation>temporarily closed</translation>
    </message>
    <message>
        <source>niet doorverwijzen</source>
        <translation>do not refer</translation>
    </message>
    <message>
        <source>{n} jaar</source>
        <translation>{n} years</translation>
    </message>
    <message>
        <source>{n} maanden</source>
        <translation>{n} months</translation>
    </message>
    <message>
        <source>1 maand</source>
        <translation>1 month</translation>
    </message>
    <message>
        <source>{y} jaar {m} m</source>
        <translation>{y} years {m} m</translation>
    </message>
    <message>
        <source>leeftijd onbekend</source>
        <translation>age unknown</translation>
    </message>
    <message>
        <source>t.e.m. {age}</source>
        <translation>up to and including {age}</translation>
    </message>
    <message>
        <source>tot {age}</source>
        <translation>under {age}</translation>
    </message>
    <message>
        <source>zwangerschap</source>
        <translation>pregnancy</translation>
    </message>
    <message>
        <source>alle leeftijden</source>
        <translation>all ages</translation>
    </message>
    <message>
        <source>vanaf {age}</source>
        <translation>from {age}</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>alle</source>
        <translation>all</translation>
    </message>
    <message>
        <source>{n} j</source>
        <translation>{n} y</translation>
    </message>
    <message>
        <source>{n} m</source>
        <translation>{n} m</translation>
    </message>
    <message>
        <source>{y} j {m} m</source>
        <translation>{y} y {m} m</translation>
    </message>
    <message>
        <source>≤ {age}</source>
        <translation>≤ {age}</translation>
    </message>
    <message>
        <source>zwanger</source>
        <translation>pregnant</translation>
    </message>
    <message>
        <source>morgen {time}</source>
        <translation>tomorrow {time}</translation>
    </message>
    <message>
        <source>{part} dag en nacht</source>
        <translation>{part} day and night</translation>
    </message>
    <message>
        <source>Op afspraak — uren onbekend</source>
        <translation>By appointment — hours unknown</translation>
    </message>
    <message>
        <source>Feestdag — uren onbekend</source>
        <translation>Public holiday — hours unknown</translation>
    </message>
    <message>
        <source>Uren onbekend</source>
        <translation>Hours unknown</translation>
    </message>
    <message>
        <source>Open — 24 op 7</source>
        <translation>Open — 24/7</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Open — sluit {when}</source>
        <translation>Open — closes {when}</translation>
    </message>
    <message>
        <source>Tijdelijk gesloten</source>
        <translation>Temporarily closed</translation>
    </message>
    <message>
        <source>Feestdag — gesloten</source>
        <translation>Public holiday — closed</translation>
    </message>
    <message>
        <source>Gesloten</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>{prefix} — opent {when}</source>
        <translation>{prefix} — opens {when}</translation>
    </message>
    <message>
        <source>om {time}</source>
        <translation>at {time}</translation>
    </message>
    <message>
        <source>dag en nacht</source>
        <translation>day and night</translation>
    </message>
    <message>
        <source>gesloten</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>(tot de volgende dag)</source>
        <translation>(until the next day)</translation>
    </message>
    <message>
        <source>(telefonisch)</source>
        <translation>(by phone)</translation>
    </message>
    <message>
        <source>(vrije inloop)</source>
        <translation>(walk-in)</translation>
    </message>
    <message>
        <source>(vanaf {date})</source>
        <translation>(from {date})</translation>
    </message>
    <message>
        <source>eerste</source>
        <translation>first</translation>
    </message>
    <message>
        <source>tweede</source>
        <translation>second</translation>
    </message>
    <message>
        <source>derde</source>
        <translation>third</translation>
    </message>
    <message>
        <source>vierde</source>
        <translation>fourth</translation>
    </message>
    <message>
        <source>vijfde</source>
        <translation>fifth</translation>
    </message>
    <message>
        <source>laatste</source>
        <translation>last</translation>
    </message>
    <message>
        <source>voorlaatste</source>
        <translation>second-to-last</translation>
    </message>
    <message>
        <source>twee</source>
        <translation>two</translation>
    </message>
    <message>
        <source>drie</source>
        <translation>three</translation>
    </message>
    <message>
        <source>vier</source>
        <translation>four</translation>
    </message>
    <message>
        <source>{n}e laatste</source>
        <translation>{n}th from last</translation>
    </message>
    <message>
        <source>{n}e</source>
        <translation>{n}th</translation>
    </message>
    <message>
        <source>{first} en {last}</source>
        <translation>{first} and {last}</translation>
    </message>
    <message>
        <source>{which} {day} van de maand</source>
        <translation>{which} {day} of the month</translation>
    </message>
    <message>
        <source>om de {count} maanden op de {which} {day}</source>
        <translation>every {count} months on the {which} {day}</translation>
    </message>
    <message>
        <source>om de {count} weken op {day}</source>
        <translation>every {count} weeks on {day}</translation>
    </message>
    <message>
        <source>elke week</source>
        <translation>every week</translation>
    </message>
    <message>
        <source>om de {count} weken</source>
        <translation>every {count} weeks</translation>
    </message>
    <message>
        <source>de {which} van de maand</source>
        <translation>the {which} of the month</translation>
    </message>
    <message>
        <source>om de {count} maanden de {which}</source>
        <translation>every {count} months, the {which}</translation>
    </message>
    <message>
        <source>Bedoelde je {meant}? Getoond voor {meant} in plaats van {typed}.</source>
        <translation>Did you mean {meant}? Showing results for {meant} instead of {typed}.</translation>
    </message>
    <message>
        <source>Geen dienst vermeldt {typed} zelf: gelezen als wat zoektermen met dat woord vinden, zoals {phrase}.</source>
        <translation>No service mentions {typed} itself: read as what search terms with that word find, such as {phrase}.</translation>
    </message>
    <message>
        <source>Geen dienst past bij alle woorden; deze passen bij {words}.</source>
        <translation>No service matches all the words; these match {words}.</translation>
    </message>
    <message>
        <source>Niet gevonden: {words}.</source>
        <translation>Not found: {words}.</translation>
    </message>
</context>
<context>
    <name>drafts</name>
    <message>
        <source>onbekend thema: {themes}</source>
        <translation>unknown theme: {themes}</translation>
    </message>
</context>
<context>
    <name>editing</name>
    <message>
        <source>Er is geen dienst met sleutel &apos;{key}&apos; (meer).</source>
        <translation>There is no (longer a) service with key &apos;{key}&apos;.</translation>
    </message>
    <message>
        <source>De sleutel &apos;{key}&apos; is al in gebruik (misschien door een gearchiveerde dienst).</source>
        <translation>The key &apos;{key}&apos; is already in use (perhaps by an archived service).</translation>
    </message>
    <message>
        <source>Deze dienst werd intussen gewijzigd door {who}. Er is niets opgeslagen: laad de nieuwe versie en breng uw wijziging opnieuw aan.</source>
        <translation>This service has meanwhile been changed by {who}. Nothing was saved: load the new version and make your change again.</translation>
    </message>
    <message>
        <source>Deze dienst werd intussen gewijzigd. Er is niets opgeslagen: laad de nieuwe versie en breng uw wijziging opnieuw aan.</source>
        <translation>This service has meanwhile been changed. Nothing was saved: load the new version and make your change again.</translation>
    </message>
    <message>
        <source>Onbekend thema ({error}).</source>
        <translation>Unknown theme ({error}).</translation>
    </message>
    <message>
        <source>De sleutel van een bestaande dienst verandert niet.</source>
        <translation>The key of an existing service does not change.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is al gearchiveerd.</source>
        <translation>&apos;{name}&apos; is already archived.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is niet gearchiveerd.</source>
        <translation>&apos;{name}&apos; is not archived.</translation>
    </message>
    <message>
        <source>Deze regel staat niet (meer) in de geschiedenis.</source>
        <translation>This entry is no longer in the history.</translation>
    </message>
    <message>
        <source>Deze waarde kan niet teruggezet worden.</source>
        <translation>This value cannot be restored.</translation>
    </message>
    <message>
        <source>Er was geen eerdere waarde: de dienst werd toen aangemaakt.</source>
        <translation>There was no earlier value: the service was created then.</translation>
    </message>
    <message>
        <source>zelfde naam</source>
        <translation>same name</translation>
    </message>
    <message>
        <source>gelijkaardige naam</source>
        <translation>similar name</translation>
    </message>
    <message>
        <source>zelfde nummer {number}</source>
        <translation>same number {number}</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>ingesteld</source>
        <translation>set</translation>
    </message>
    <message>
        <source>gewijzigd</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>hersteld via de opdrachtregel</source>
        <translation>reset from the command line</translation>
    </message>
    <message>
        <source>ingevoerd uit bestand</source>
        <translation>imported from file</translation>
    </message>
    <message>
        <source>gearchiveerd</source>
        <translation>archived</translation>
    </message>
    <message>
        <source>coördinatorwachtwoord</source>
        <translation>coordinator password</translation>
    </message>
    <message>
        <source>Zoekterm</source>
        <translation>Search term</translation>
    </message>
    <message>
        <source>(leeg)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>24 op 7</source>
        <translation>24/7</translation>
    </message>
    <message>
        <source>{part} dag en nacht</source>
        <translation>{part} day and night</translation>
    </message>
    <message>
        <source>op afspraak</source>
        <translation>by appointment</translation>
    </message>
    <message>
        <source>feestdagen gesloten</source>
        <translation>closed on public holidays</translation>
    </message>
    <message>
        <source>feestdagen open</source>
        <translation>open on public holidays</translation>
    </message>
    <message>
        <source>feestdagen onbekend</source>
        <translation>public holidays unknown</translation>
    </message>
    <message>
        <source>{date} gesloten</source>
        <translation>{date} closed</translation>
    </message>
    <message>
        <source>vindt: {words}</source>
        <translation>finds: {words}</translation>
    </message>
    <message>
        <source>signalen: {flags}</source>
        <translation>signs: {flags}</translation>
    </message>
    <message>
        <source>enkel professionals</source>
        <translation>professionals only</translation>
    </message>
    <message>
        <source>cliënten zelf</source>
        <translation>clients themselves</translation>
    </message>
</context>
<context>
    <name>first_start</name>
    <message>
        <source>Eerste start: de databank wordt gemaakt en gevuld met de diensten en de checklist…</source>
        <translation>First start: the database is being created and filled with the services and the checklist…</translation>
    </message>
</context>
<context>
    <name>guide</name>
    <message>
        <source>Geef de sectie een titel.</source>
        <translation>Give the section a title.</translation>
    </message>
    <message>
        <source>De titel is te lang (hoogstens 200 tekens).</source>
        <translation>The title is too long (at most 200 characters).</translation>
    </message>
    <message>
        <source>Geef minstens één punt.</source>
        <translation>Give at least one point.</translation>
    </message>
    <message>
        <source>Zeg waar de tekst vandaan komt (bron), bv. de dia van de vorming.</source>
        <translation>Say where the text comes from (source), e.g. the slide of the training.</translation>
    </message>
    <message>
        <source>De sectie &apos;{key}&apos; bestaat niet (meer).</source>
        <translation>The section &apos;{key}&apos; does not exist (any more).</translation>
    </message>
</context>
<context>
    <name>hsds</name>
    <message>
        <source>veld {field}</source>
        <translation>field {field}</translation>
    </message>
    <message>
        <source>Het importeren is geannuleerd; er is niets gewijzigd.</source>
        <translation>The import was cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>Het exporteren is geannuleerd; er is geen bestand geschreven.</source>
        <translation>The export was cancelled; no file was written.</translation>
    </message>
    <message>
        <source>De databank is gewijzigd sinds het voorbeeld werd gemaakt (door iemand anders of een andere import): bekijk het voorbeeld opnieuw; er is niets gewijzigd.</source>
        <translation>The database has changed since the preview was made (by someone else or another import): look at the preview again; nothing was changed.</translation>
    </message>
    <message>
        <source>Exporteren</source>
        <translation>Exporting</translation>
    </message>
    <message>
        <source>onbekend formaat: kies een .json-bestand, een .zip-bestand of een map</source>
        <translation>unknown format: choose a .json file, a .zip file or a folder</translation>
    </message>
    <message>
        <source>is geen gewoon bestand of map (een apparaat of een pijp)</source>
        <translation>is not an ordinary file or folder (a device or a pipe)</translation>
    </message>
    <message>
        <source>is geen UTF-8-tekst ({reason})</source>
        <translation>is not UTF-8 text ({reason})</translation>
    </message>
    <message>
        <source>kan niet gelezen worden ({strerror})</source>
        <translation>cannot be read ({strerror})</translation>
    </message>
    <message>
        <source>is geen bruikbare JSON: {error}</source>
        <translation>is not usable JSON: {error}</translation>
    </message>
    <message>
        <source>is geen geldige JSON: {problem} (regel {line})</source>
        <translation>is not valid JSON: {problem} (line {line})</translation>
    </message>
    <message>
        <source>is geen geldige JSON: {msg} (regel {line}, kolom {column})</source>
        <translation>is not valid JSON: {msg} (line {line}, column {column})</translation>
    </message>
    <message>
        <source>bestaat niet</source>
        <translation>does not exist</translation>
    </message>
    <message>
        <source>is een map, geen JSON-bestand</source>
        <translation>is a folder, not a JSON file</translation>
    </message>
    <message>
        <source>is te groot om te importeren (meer dan {megabytes} MB); splits het bestand of importeer minder diensten tegelijk</source>
        <translation>is too large to import (more than {megabytes} MB); split the file or import fewer services at a time</translation>
    </message>
    <message>
        <source>{what} te groot om te importeren (meer dan {megabytes} MB); splits het bestand of importeer minder diensten tegelijk</source>
        <translation>{what} too large to import (more than {megabytes} MB); split the file or import fewer services at a time</translation>
    </message>
    <message>
        <source>het bestand is leeg</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>er staat nog iets na het einde</source>
        <translation>there is something after the end</translation>
    </message>
    <message>
        <source>verwacht , of ] na element {index}</source>
        <translation>expected , or ] after element {index}</translation>
    </message>
    <message>
        <source>is te diep genest voor HSDS</source>
        <translation>is nested too deeply for HSDS</translation>
    </message>
    <message>
        <source>verwacht een dienst of organisatie (een object)</source>
        <translation>expected a service or organisation (an object)</translation>
    </message>
    <message>
        <source>verwacht een lijst</source>
        <translation>expected a list</translation>
    </message>
    <message>
        <source>organisatie {value} heeft geen diensten</source>
        <translation>organisation {value} has no services</translation>
    </message>
    <message>
        <source>verwacht een dienst (een object)</source>
        <translation>expected a service (an object)</translation>
    </message>
    <message>
        <source>is een locatie, geen dienst</source>
        <translation>is a location, not a service</translation>
    </message>
    <message>
        <source>is een koppeling dienst-locatie (service_at_location), geen dienst</source>
        <translation>is a service-location link (service_at_location), not a service</translation>
    </message>
    <message>
        <source>organisatie {value} zonder diensten niet overgenomen</source>
        <translation>organisation {value} without services not taken over</translation>
    </message>
    <message>
        <source>is een map, geen bestand</source>
        <translation>is a folder, not a file</translation>
    </message>
    <message>
        <source>zonder naam</source>
        <translation>without a name</translation>
    </message>
    <message>
        <source>is met zijn CSV-bestanden samen</source>
        <translation>is, together with its CSV files,</translation>
    </message>
    <message>
        <source>is geen leesbaar zip-bestand ({error})</source>
        <translation>is not a readable zip file ({error})</translation>
    </message>
    <message>
        <source>bevat geen services.csv (HSDS in tabelvorm)</source>
        <translation>contains no services.csv (HSDS in tabular form)</translation>
    </message>
    <message>
        <source>bevat te veel bestanden ({count}, hoogstens {most})</source>
        <translation>contains too many files ({count}, at most {most})</translation>
    </message>
    <message>
        <source>bevat {name} meer dan eens: welke geldt?</source>
        <translation>contains {name} more than once: which one applies?</translation>
    </message>
    <message>
        <source>is uitgepakt</source>
        <translation>is, once unpacked,</translation>
    </message>
    <message>
        <source>is geen UTF-8-tekst (byte {position})</source>
        <translation>is not UTF-8 text (byte {position})</translation>
    </message>
    <message>
        <source>meer velden dan kolommen in de kopregel</source>
        <translation>more fields than columns in the header row</translation>
    </message>
    <message>
        <source>{table} regel {number}</source>
        <translation>{table} line {number}</translation>
    </message>
    <message>
        <source>is geen geldige CSV ({error})</source>
        <translation>is not valid CSV ({error})</translation>
    </message>
    <message>
        <source>{table} regel {line_num}</source>
        <translation>{table} line {line_num}</translation>
    </message>
    <message>
        <source>een kolom staat twee keer in de kopregel</source>
        <translation>a column appears twice in the header row</translation>
    </message>
    <message>
        <source>{table}: kolom(men) {extra} niet overgenomen</source>
        <translation>{table}: column(s) {extra} not taken over</translation>
    </message>
    <message>
        <source>bestaat al en is geen gewoon bestand</source>
        <translation>already exists and is not an ordinary file</translation>
    </message>
    <message>
        <source>kan niet geschreven worden ({strerror})</source>
        <translation>cannot be written ({strerror})</translation>
    </message>
    <message>
        <source>bestaat al en is geen map (kies een map of een .zip-bestand)</source>
        <translation>already exists and is not a folder (choose a folder or a .zip file)</translation>
    </message>
    <message>
        <source>{count} sectie(s) van de leidraad niet ingelezen: de leidraad wordt in het venster bijgehouden (Coördinator → Leidraad bewerken…)</source>
        <translation>{count} section(s) of the conversation guide not read in: the guide is kept in the window (Coordinator → Edit guide…)</translation>
    </message>
    <message>
        <source>Bestand lezen</source>
        <translation>Reading the file</translation>
    </message>
    <message>
        <source>Vergelijken met de databank</source>
        <translation>Comparing with the database</translation>
    </message>
    <message>
        <source>Reservekopie maken</source>
        <translation>Making a backup</translation>
    </message>
    <message>
        <source>Diensten schrijven</source>
        <translation>Writing services</translation>
    </message>
    <message>
        <source>Zoekindex bijwerken</source>
        <translation>Updating the search index</translation>
    </message>
    <message>
        <source>nieuw</source>
        <translation>new</translation>
    </message>
    <message>
        <source>gewijzigd</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>ongewijzigd</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>zoekterm</source>
        <translation>search term</translation>
    </message>
    <message>
        <source>(zoekterm)</source>
        <translation>(search term)</translation>
    </message>
    <message>
        <source>{added} nieuw, {changed} gewijzigd, {unchanged} ongewijzigd</source>
        <translation>{added} new, {changed} changed, {unchanged} unchanged</translation>
    </message>
    <message>
        <source>; zoektermen: {added} nieuw, {changed} gewijzigd, {unchanged} ongewijzigd</source>
        <translation>; search terms: {added} new, {changed} changed, {unchanged} unchanged</translation>
    </message>
    <message>
        <source>onbekend formaat: kies hsds-json of hsds-csv</source>
        <translation>unknown format: choose hsds-json or hsds-csv</translation>
    </message>
    <message>
        <source>organisatie &apos;{name}&apos;: {note}</source>
        <translation>organisation &apos;{name}&apos;: {note}</translation>
    </message>
    <message>
        <source>dezelfde zoekterm &apos;{term}&apos; als {seen}, met andere woorden</source>
        <translation>the same search term &apos;{term}&apos; as {seen}, with different words</translation>
    </message>
    <message>
        <source>dezelfde sleutel &apos;{key}&apos; als {keys}</source>
        <translation>the same key &apos;{key}&apos; as {keys}</translation>
    </message>
    <message>
        <source>organisatie &apos;{key}&apos; staat er ook in met andere gegevens ({known})</source>
        <translation>organisation &apos;{key}&apos; also appears with different details ({known})</translation>
    </message>
    <message>
        <source>(leeg)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>{months} maanden</source>
        <translation>{months} months</translation>
    </message>
    <message>
        <source>{count} afwijkende datum(s)</source>
        <translation>{count} special date(s)</translation>
    </message>
    <message>
        <source>bewaard, maar signaal &apos;{key}&apos; staat (nog) niet in de checklist van deze databank</source>
        <translation>kept, but sign &apos;{key}&apos; is not (yet) in this database&apos;s checklist</translation>
    </message>
    <message>
        <source>Er kon geen reservekopie van {database} gemaakt worden ({reason}); er is niets geïmporteerd.</source>
        <translation>No backup of {database} could be made ({reason}); nothing was imported.</translation>
    </message>
    <message>
        <source>{count} item(s)</source>
        <translation>{count} item(s)</translation>
    </message>
    <message>
        <source>een object</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>{path}{name} niet overgenomen: {value}</source>
        <translation>{path}{name} not taken over: {value}</translation>
    </message>
    <message>
        <source>verwacht tekst, niet {type} {value}</source>
        <translation>expected text, not {type} {value}</translation>
    </message>
    <message>
        <source>te lang ({count} tekens, hoogstens {maximum})</source>
        <translation>too long ({count} characters, at most {maximum})</translation>
    </message>
    <message>
        <source>waar/onwaar</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>het getal</source>
        <translation>the number</translation>
    </message>
    <message>
        <source>een lijst</source>
        <translation>a list</translation>
    </message>
    <message>
        <source>iets anders</source>
        <translation>something else</translation>
    </message>
    <message>
        <source>{value} is geen getal</source>
        <translation>{value} is not a number</translation>
    </message>
    <message>
        <source>verwacht een getal</source>
        <translation>expected a number</translation>
    </message>
    <message>
        <source>{value} is geen bruikbaar getal</source>
        <translation>{value} is not a usable number</translation>
    </message>
    <message>
        <source>verwacht een datum (JJJJ-MM-DD)</source>
        <translation>expected a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>{raw} is geen datum (JJJJ-MM-DD)</source>
        <translation>{raw} is not a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>verwacht een tijd (UU:MM)</source>
        <translation>expected a time (HH:MM)</translation>
    </message>
    <message>
        <source>{raw} is geen tijd (UU:MM)</source>
        <translation>{raw} is not a time (HH:MM)</translation>
    </message>
    <message>
        <source>{path}: tijdzone {match} niet overgenomen; gelezen als plaatselijke tijd</source>
        <translation>{path}: time zone {match} not taken over; read as local time</translation>
    </message>
    <message>
        <source>verwacht een object</source>
        <translation>expected an object</translation>
    </message>
    <message>
        <source>kenmerk &apos;{code}&apos; staat er meer dan eens, verschillend</source>
        <translation>attribute &apos;{code}&apos; appears more than once, with different values</translation>
    </message>
    <message>
        <source>kenmerk &apos;{code}&apos; moet true of false zijn, niet {value}</source>
        <translation>attribute &apos;{code}&apos; must be true or false, not {value}</translation>
    </message>
    <message>
        <source>verwacht tekst</source>
        <translation>expected text</translation>
    </message>
    <message>
        <source>thema: sleutel of naam te lang</source>
        <translation>theme: key or name too long</translation>
    </message>
    <message>
        <source>{path}attributes[{index}]: kenmerk &apos;{name}&apos;{shown} niet overgenomen</source>
        <translation>{path}attributes[{index}]: attribute &apos;{name}&apos;{shown} not taken over</translation>
    </message>
    <message>
        <source>{path}attributes[{index}]: kenmerk &apos;{code}&apos; hoort hier niet; niet overgenomen</source>
        <translation>{path}attributes[{index}]: attribute &apos;{code}&apos; does not belong here; not taken over</translation>
    </message>
    <message>
        <source>kenmerk &apos;{code}&apos; zonder waarde</source>
        <translation>attribute &apos;{code}&apos; without a value</translation>
    </message>
    <message>
        <source>dienst nr. {number}</source>
        <translation>service no. {number}</translation>
    </message>
    <message>
        <source>verplicht veld ontbreekt</source>
        <translation>required field missing</translation>
    </message>
    <message>
        <source>sleutel te lang of leeg ({count} tekens, hoogstens 80)</source>
        <translation>key too long or empty ({count} characters, at most 80)</translation>
    </message>
    <message>
        <source>onbekende urgentie {level} (acute, crisis, non_acute)</source>
        <translation>unknown urgency {level} (acute, crisis, non_acute)</translation>
    </message>
    <message>
        <source>assurer_email {assurer_email} wint van kenmerk &apos;assurer&apos;</source>
        <translation>assurer_email {assurer_email} takes precedence over attribute &apos;assurer&apos;</translation>
    </message>
    <message>
        <source>kenmerk &apos;assurer&apos; te lang</source>
        <translation>attribute &apos;assurer&apos; too long</translation>
    </message>
    <message>
        <source>leeg trefwoord of aandachtspunt</source>
        <translation>empty keyword or point of attention</translation>
    </message>
    <message>
        <source>{path}code ontbreekt: taal {name} niet overgenomen (geen code)</source>
        <translation>{path}code missing: language {name} not taken over (no code)</translation>
    </message>
    <message>
        <source>{path}code {code} niet overgenomen: geen taal van de lijst (ISO 639, zoals nl, fr of vgt)</source>
        <translation>{path}code {code} not taken over: not a language of the list (ISO 639, such as nl, fr or vgt)</translation>
    </message>
    <message>
        <source>verplicht veld ontbreekt (active, inactive, defunct, temporarily closed)</source>
        <translation>required field missing (active, inactive, defunct, temporarily closed)</translation>
    </message>
    <message>
        <source>onbekende status {raw}</source>
        <translation>unknown status {raw}</translation>
    </message>
    <message>
        <source>status &apos;defunct&apos; (opgeheven) opgeslagen als &apos;inactive&apos; (niet actief)</source>
        <translation>status &apos;defunct&apos; (discontinued) stored as &apos;inactive&apos; (not active)</translation>
    </message>
    <message>
        <source>onbekende status {value}</source>
        <translation>unknown status {value}</translation>
    </message>
    <message>
        <source>status &apos;{raw}&apos; wint van kenmerk &apos;status&apos; = &apos;do_not_refer&apos;</source>
        <translation>status &apos;{raw}&apos; takes precedence over attribute &apos;status&apos; = &apos;do_not_refer&apos;</translation>
    </message>
    <message>
        <source>kenmerk &apos;{code}&apos; moet een geheel aantal maanden zijn</source>
        <translation>attribute &apos;{code}&apos; must be a whole number of months</translation>
    </message>
    <message>
        <source>{hsds_name} {value} wint van kenmerk &apos;{code}&apos; = {ours}</source>
        <translation>{hsds_name} {value} takes precedence over attribute &apos;{code}&apos; = {ours}</translation>
    </message>
    <message>
        <source>{value} is geen realistische leeftijd</source>
        <translation>{value} is not a realistic age</translation>
    </message>
    <message>
        <source>{hsds_name} {value} jaar is geen geheel aantal maanden: naar boven afgerond tot {months} maanden ({age}), zodat niemand buiten de leeftijdsgrens naar deze dienst gaat</source>
        <translation>{hsds_name} {value} years is not a whole number of months: rounded up to {months} months ({age}), so that nobody outside the age limit is sent to this service</translation>
    </message>
    <message>
        <source>{hsds_name} {value} jaar is geen geheel aantal maanden: naar beneden afgerond tot {months} maanden ({age}), zodat niemand buiten de leeftijdsgrens naar deze dienst gaat</source>
        <translation>{hsds_name} {value} years is not a whole number of months: rounded down to {months} months ({age}), so that nobody outside the age limit is sent to this service</translation>
    </message>
    <message>
        <source>de minimumleeftijd is groter dan de maximumleeftijd</source>
        <translation>the minimum age is greater than the maximum age</translation>
    </message>
    <message>
        <source>{months} maanden voor de geboorte</source>
        <translation>{months} months before birth</translation>
    </message>
    <message>
        <source>{years} jaar en {months} maanden</source>
        <translation>{years} years and {months} months</translation>
    </message>
    <message>
        <source>{years} jaar</source>
        <translation>{years} years</translation>
    </message>
    <message>
        <source>organisatie {reference} staat niet in het bestand</source>
        <translation>organisation {reference} is not in the file</translation>
    </message>
    <message>
        <source>sleutel te lang (hoogstens 80 tekens)</source>
        <translation>key too long (at most 80 characters)</translation>
    </message>
    <message>
        <source>{path}number {raw} van het type &apos;{kind}&apos; niet overgenomen</source>
        <translation>{path}number {raw} of type &apos;{kind}&apos; not taken over</translation>
    </message>
    <message>
        <source>kenmerk &apos;phone_label&apos; te lang</source>
        <translation>attribute &apos;phone_label&apos; too long</translation>
    </message>
    <message>
        <source>locatie {reference} staat niet in het bestand</source>
        <translation>location {reference} is not in the file</translation>
    </message>
    <message>
        <source>{path}: locatie {value} van het type &apos;{kind}&apos; niet overgenomen</source>
        <translation>{path}: location {value} of type &apos;{kind}&apos; not taken over</translation>
    </message>
    <message>
        <source>{here}: nog een adres ({address_type}) niet overgenomen</source>
        <translation>{here}: another address ({address_type}) not taken over</translation>
    </message>
    <message>
        <source>{country} is geen landcode van twee letters (BE)</source>
        <translation>{country} is not a two-letter country code (BE)</translation>
    </message>
    <message>
        <source>kenmerk &apos;public_holidays&apos; moet closed, open of unknown zijn</source>
        <translation>attribute &apos;public_holidays&apos; must be closed, open or unknown</translation>
    </message>
    <message>
        <source>onbekende tijdzone {zone}</source>
        <translation>unknown time zone {zone}</translation>
    </message>
    <message>
        <source>te lang (hoogstens {most} tekens)</source>
        <translation>too long (at most {most} characters)</translation>
    </message>
    <message>
        <source>schedules: schema&apos;s met verschillende geldigheidsperiodes kunnen niet samen uitgedrukt worden; de weekuren zijn niet overgenomen (uren onbekend)</source>
        <translation>schedules: schedules with different validity periods cannot be expressed together; the weekly hours were not taken over (hours unknown)</translation>
    </message>
    <message>
        <source>de uren zijn geldig tot vóór ze geldig worden</source>
        <translation>the hours are valid until before they become valid</translation>
    </message>
    <message>
        <source>kenmerk &apos;date_exception&apos; is geen geldige JSON</source>
        <translation>attribute &apos;date_exception&apos; is not valid JSON</translation>
    </message>
    <message>
        <source>kenmerk &apos;date_exception&apos; moet een JSON-object zijn</source>
        <translation>attribute &apos;date_exception&apos; must be a JSON object</translation>
    </message>
    <message>
        <source>kenmerk &apos;date_exception&apos;: closed moet true of false zijn</source>
        <translation>attribute &apos;date_exception&apos;: closed must be true or false</translation>
    </message>
    <message>
        <source>kenmerk &apos;date_exception&apos; zonder datum</source>
        <translation>attribute &apos;date_exception&apos; without a date</translation>
    </message>
    <message>
        <source>kenmerk &apos;date_exception&apos;: note moet tekst zijn</source>
        <translation>attribute &apos;date_exception&apos;: note must be text</translation>
    </message>
    <message>
        <source>{path}: {reason}; dit schema is niet overgenomen{shown}</source>
        <translation>{path}: {reason}; this schedule was not taken over{shown}</translation>
    </message>
    <message>
        <source>{parsed} is geen dag (MO, TU, WE …)</source>
        <translation>{parsed} is not a day (MO, TU, WE …)</translation>
    </message>
    <message>
        <source>onbekend soort venster {kind}</source>
        <translation>unknown kind of window {kind}</translation>
    </message>
    <message>
        <source>onbekende frequentie {freq}</source>
        <translation>unknown frequency {freq}</translation>
    </message>
    <message>
        <source>herhaling &apos;{freq}&apos; kan niet uitgedrukt worden</source>
        <translation>repetition &apos;{freq}&apos; cannot be expressed</translation>
    </message>
    <message>
        <source>herhaling met {extra} kan niet uitgedrukt worden</source>
        <translation>repetition with {extra} cannot be expressed</translation>
    </message>
    <message>
        <source>maanden</source>
        <translation>months</translation>
    </message>
    <message>
        <source>dagen</source>
        <translation>days</translation>
    </message>
    <message>
        <source>weken</source>
        <translation>weeks</translation>
    </message>
    <message>
        <source>herhaling om de {interval:g} {unit} kan niet uitgedrukt worden</source>
        <translation>repetition every {interval:g} {unit} cannot be expressed</translation>
    </message>
    <message>
        <source>herhaling om de {interval:g} {unit}: hoogstens eens per jaar</source>
        <translation>repetition every {interval:g} {unit}: at most once a year</translation>
    </message>
    <message>
        <source>dagen met een volgnummer (1SA …) gelden enkel maandelijks (freq MONTHLY)</source>
        <translation>numbered days (1SA …) apply only monthly (freq MONTHLY)</translation>
    </message>
    <message>
        <source>een volgnummer van een dag in de maand ligt tussen -5 en 5 (niet 0)</source>
        <translation>the number of a day in the month lies between -5 and 5 (not 0)</translation>
    </message>
    <message>
        <source>herhaling om de {every} maanden op elke dag kan niet uitgedrukt worden</source>
        <translation>repetition every {every} months on every day cannot be expressed</translation>
    </message>
    <message>
        <source>herhaling om de {every} weken met een week vanaf {week_start}</source>
        <translation>repetition every {every} weeks with a week starting on {week_start}</translation>
    </message>
    <message>
        <source>geen dagen (byday) opgegeven</source>
        <translation>no days (byday) given</translation>
    </message>
    <message>
        <source>geen begin- of einduur (opens_at, closes_at)</source>
        <translation>no opening or closing time (opens_at, closes_at)</translation>
    </message>
    <message>
        <source>{path}timezone {zone} niet overgenomen; uren gelezen als plaatselijke tijd</source>
        <translation>{path}timezone {zone} not taken over; hours read as local time</translation>
    </message>
    <message>
        <source>herhaling om de {every} {unit} zonder begindatum (dtstart) kan niet uitgedrukt worden</source>
        <translation>repetition every {every} {unit} without a start date (dtstart) cannot be expressed</translation>
    </message>
    <message>
        <source>taxonomieterm {name} (taxonomie &apos;{taxonomy}&apos;) niet overgenomen</source>
        <translation>taxonomy term {name} (taxonomy &apos;{taxonomy}&apos;) not taken over</translation>
    </message>
    <message>
        <source>taxonomieterm {name} niet overgenomen</source>
        <translation>taxonomy term {name} not taken over</translation>
    </message>
    <message>
        <source>zoekterm nr. {number}</source>
        <translation>search term no. {number}</translation>
    </message>
    <message>
        <source>verplicht veld ontbreekt (de zoekterm)</source>
        <translation>required field missing (the search term)</translation>
    </message>
    <message>
        <source>name &apos;{name}&apos; verschilt van code &apos;{code}&apos;: de code is de zoekterm</source>
        <translation>name &apos;{name}&apos; differs from code &apos;{code}&apos;: the code is the search term</translation>
    </message>
    <message>
        <source>verwacht een lijst van rijen</source>
        <translation>expected a list of rows</translation>
    </message>
    <message>
        <source>verwacht een rij</source>
        <translation>expected a row</translation>
    </message>
    <message>
        <source>{table} rij {number}</source>
        <translation>{table} row {number}</translation>
    </message>
    <message>
        <source>verwacht een id (tekst)</source>
        <translation>expected an id (text)</translation>
    </message>
    <message>
        <source>{table} rij {line}</source>
        <translation>{table} row {line}</translation>
    </message>
    <message>
        <source>id {ident} staat er twee keer in</source>
        <translation>id {ident} appears twice</translation>
    </message>
    <message>
        <source>{table}: rijen voor onbekende {link} {owner} niet overgenomen</source>
        <translation>{table}: rows for unknown {link} {owner} not taken over</translation>
    </message>
    <message>
        <source>{table} rij {line}: hoort bij {link} {owner_id}; niet overgenomen</source>
        <translation>{table} row {line}: belongs to {link} {owner_id}; not taken over</translation>
    </message>
    <message>
        <source>{table} rij {line}: hoort bij niets; niet overgenomen</source>
        <translation>{table} row {line}: belongs to nothing; not taken over</translation>
    </message>
    <message>
        <source>service_at_location.csv: {ident} hoort bij geen dienst; niet overgenomen</source>
        <translation>service_at_location.csv: {ident} belongs to no service; not taken over</translation>
    </message>
    <message>
        <source>attributes.csv: kenmerken van {owner} (onbekend of niet gebruikt) niet overgenomen</source>
        <translation>attributes.csv: attributes of {owner} (unknown or not used) not taken over</translation>
    </message>
    <message>
        <source>organisatie {organization} heeft geen diensten; niet overgenomen</source>
        <translation>organisation {organization} has no services; not taken over</translation>
    </message>
</context>
<context>
    <name>phones</name>
    <message>
        <source>&apos;{text}&apos; is geen telefoonnummer.</source>
        <translation>&apos;{text}&apos; is not a phone number.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is geen geldig nummer: gebruik een Belgisch nummer (03 260 72 80), een kort nummer (1712, 112) of een internationaal nummer met +.</source>
        <translation>&apos;{text}&apos; is not a valid number: use a Belgian number (03 260 72 80), a short number (1712, 112) or an international number with +.</translation>
    </message>
</context>
<context>
    <name>provenance</name>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Uren</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Leeftijden</source>
        <translation>Ages</translation>
    </message>
</context>
<context>
    <name>referral_card</name>
    <message>
        <source>Nuttige nummers</source>
        <translation>Useful numbers</translation>
    </message>
    <message>
        <source>Hier kun je terecht</source>
        <translation>Where you can get help</translation>
    </message>
    <message>
        <source>Als je belt, mag je gewoon zeggen: “Ik zou graag met iemand praten.”</source>
        <translation>When you call, you can simply say: “I would like to talk to someone.”</translation>
    </message>
    <message>
        <source>{name}: enkel voor hulpverleners, niet voor de cliënt</source>
        <translation>{name}: for professionals only, not for the client</translation>
    </message>
    <message>
        <source>{name}: nu niet door te verwijzen ({status})</source>
        <translation>{name}: cannot be referred to at the moment ({status})</translation>
    </message>
    <message>
        <source>{name}: enkel een website die het onderwerp noemt</source>
        <translation>{name}: only a website that names the subject</translation>
    </message>
    <message>
        <source>{name}: geen nummer of website gekend</source>
        <translation>{name}: no number or website known</translation>
    </message>
    <message>
        <source>Contact {number}</source>
        <translation>Contact {number}</translation>
    </message>
    <message>
        <source>gratis</source>
        <translation>free of charge</translation>
    </message>
    <message>
        <source>je hoeft je naam niet te zeggen</source>
        <translation>you don&apos;t have to give your name</translation>
    </message>
    <message>
        <source>{part}: dag en nacht</source>
        <translation>{part}: day and night</translation>
    </message>
    <message>
        <source>uren niet gekend</source>
        <translation>hours not known</translation>
    </message>
    <message>
        <source>dag en nacht</source>
        <translation>day and night</translation>
    </message>
    <message>
        <source>(niet op feestdagen)</source>
        <translation>(not on public holidays)</translation>
    </message>
</context>
<context>
    <name>seed</name>
    <message>
        <source>De zoekindex wordt bijgewerkt na de update (één keer); even geduld…</source>
        <translation>Rebuilding the search index after the upgrade (once); please wait…</translation>
    </message>
    <message>
        <source>De zoekindex wordt bijgewerkt na de update (één keer): {done} van {total} diensten…</source>
        <translation>Rebuilding the search index after the upgrade (once): {done} of {total} services…</translation>
    </message>
</context>
<context>
    <name>text</name>
    <message>
        <source>bevat een ongeldig teken (losse surrogaat {code}, op positie {position})</source>
        <translation>contains an invalid character (lone surrogate {code}, at position {position})</translation>
    </message>
    <message>
        <source>bevat een stuurteken ({code}, op positie {position})</source>
        <translation>contains a control character ({code}, at position {position})</translation>
    </message>
</context>
<context>
    <name>themes</name>
    <message>
        <source>Partnergeweld</source>
        <translation>Intimate partner violence</translation>
    </message>
    <message>
        <source>Kindermishandeling</source>
        <translation>Child abuse</translation>
    </message>
    <message>
        <source>Seksueel geweld</source>
        <translation>Sexual violence</translation>
    </message>
    <message>
        <source>Online veiligheid en seksuele uitbuiting</source>
        <translation>Online safety and sexual exploitation</translation>
    </message>
    <message>
        <source>Vermissing en ontvoering</source>
        <translation>Missing persons and abduction</translation>
    </message>
    <message>
        <source>Verslaving</source>
        <translation>Addiction</translation>
    </message>
    <message>
        <source>Jonge kinderen en opvoeding</source>
        <translation>Young children and parenting</translation>
    </message>
    <message>
        <source>Juridische hulp</source>
        <translation>Legal help</translation>
    </message>
    <message>
        <source>Luisteren en advies</source>
        <translation>Listening and advice</translation>
    </message>
    <message>
        <source>Crisis</source>
        <translation>Crisis</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>trefwoord</source>
        <translation>keyword</translation>
    </message>
    <message>
        <source>aandachtspunt</source>
        <translation>point of attention</translation>
    </message>
    <message>
        <source>sleutel van de organisatie</source>
        <translation>key of the organisation</translation>
    </message>
    <message>
        <source>naam van de organisatie</source>
        <translation>name of the organisation</translation>
    </message>
    <message>
        <source>beschrijving van de organisatie</source>
        <translation>description of the organisation</translation>
    </message>
    <message>
        <source>webadres van de organisatie</source>
        <translation>web address of the organisation</translation>
    </message>
    <message>
        <source>e-mailadres van de organisatie</source>
        <translation>e-mail address of the organisation</translation>
    </message>
    <message>
        <source>telefoonnummer</source>
        <translation>phone number</translation>
    </message>
    <message>
        <source>naam bij het telefoonnummer</source>
        <translation>name of the phone number</translation>
    </message>
    <message>
        <source>uitleg bij het telefoonnummer</source>
        <translation>explanation of the phone number</translation>
    </message>
    <message>
        <source>naam van het adres</source>
        <translation>name of the address</translation>
    </message>
    <message>
        <source>straat en nummer</source>
        <translation>street and number</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>postcode</translation>
    </message>
    <message>
        <source>gemeente</source>
        <translation>municipality</translation>
    </message>
    <message>
        <source>land</source>
        <translation>country</translation>
    </message>
    <message>
        <source>deel dat dag en nacht bereikbaar is</source>
        <translation>part reachable day and night</translation>
    </message>
    <message>
        <source>tijdzone</source>
        <translation>time zone</translation>
    </message>
    <message>
        <source>opmerking bij een afwijkende datum</source>
        <translation>note on a special date</translation>
    </message>
    <message>
        <source>{label}: te lang ({count} tekens, hoogstens {most})</source>
        <translation>{label}: too long ({count} characters, at most {most})</translation>
    </message>
    <message>
        <source>{label}: te veel ({count}, hoogstens {most})</source>
        <translation>{label}: too many ({count}, at most {most})</translation>
    </message>
    <message>
        <source>De sleutel bestaat uit kleine letters, cijfers en koppeltekens (bijvoorbeeld &apos;caw-antwerpen&apos;), hoogstens 80 tekens.</source>
        <translation>The key consists of lower-case letters, digits and hyphens (for example &apos;caw-antwerpen&apos;), at most 80 characters.</translation>
    </message>
    <message>
        <source>Vul een telefoonnummer in of verwijder de lege rij.</source>
        <translation>Fill in a phone number or remove the empty row.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is geen e-mailadres (zoals info@voorbeeld.be).</source>
        <translation>&apos;{text}&apos; is not an e-mail address (such as info@voorbeeld.be).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is geen webadres (zoals https://www.voorbeeld.be).</source>
        <translation>&apos;{text}&apos; is not a web address (such as https://www.voorbeeld.be).</translation>
    </message>
    <message>
        <source>De leeftijden zijn ofwel onbekend, ofwel ingevuld: niet allebei.</source>
        <translation>The ages are either unknown or filled in: not both.</translation>
    </message>
    <message>
        <source>Een leeftijd kan niet vroeger beginnen dan de zwangerschap.</source>
        <translation>An age cannot start earlier than pregnancy.</translation>
    </message>
    <message>
        <source>Een leeftijd van meer dan 130 jaar is niet realistisch.</source>
        <translation>An age of more than 130 years is not realistic.</translation>
    </message>
    <message>
        <source>De minimumleeftijd ({minimum}) ligt boven de maximumleeftijd ({maximum}).</source>
        <translation>The minimum age ({minimum}) is above the maximum age ({maximum}).</translation>
    </message>
    <message>
        <source>Op {date}: geef een begin- en einduur, of duid &apos;gesloten&apos; aan.</source>
        <translation>On {date}: give an opening and a closing time, or tick &apos;closed&apos;.</translation>
    </message>
    <message>
        <source>Een venster heeft een onbekende dag of soort.</source>
        <translation>A window has an unknown day or kind.</translation>
    </message>
    <message>
        <source>Een venster herhaalt hoogstens eens per jaar (om de 52 weken, 12 maanden).</source>
        <translation>A window repeats at most once a year (every 52 weeks, 12 months).</translation>
    </message>
    <message>
        <source>{first} overlapt met {second}.</source>
        <translation>{first} overlaps with {second}.</translation>
    </message>
    <message>
        <source>{date} staat meer dan eens bij de uitzonderingen.</source>
        <translation>{date} appears more than once among the exceptions.</translation>
    </message>
    <message>
        <source>De uren gelden &apos;vanaf&apos; een datum na hun &apos;tot&apos;-datum.</source>
        <translation>The hours apply &apos;from&apos; a date after their &apos;until&apos; date.</translation>
    </message>
    <message>
        <source>Het deel dat dag en nacht bereikbaar is: hoogstens {most} tekens.</source>
        <translation>The part reachable day and night: at most {most} characters.</translation>
    </message>
    <message>
        <source>Een dienst die zelf dag en nacht open is, heeft geen apart deel dat het is.</source>
        <translation>A service that is itself open day and night has no separate part that is.</translation>
    </message>
    <message>
        <source>Een dienst heeft een naam.</source>
        <translation>A service has a name.</translation>
    </message>
    <message>
        <source>Een naam heeft hoogstens 200 tekens.</source>
        <translation>A name has at most 200 characters.</translation>
    </message>
    <message>
        <source>Een andere naam heeft hoogstens 200 tekens.</source>
        <translation>Another name has at most 200 characters.</translation>
    </message>
    <message>
        <source>Onbekende status &apos;{status}&apos;.</source>
        <translation>Unknown status &apos;{status}&apos;.</translation>
    </message>
    <message>
        <source>Onbekende urgentie: {levels}.</source>
        <translation>Unknown urgency: {levels}.</translation>
    </message>
    <message>
        <source>Een organisatie heeft een naam.</source>
        <translation>An organisation has a name.</translation>
    </message>
    <message>
        <source>Nummer {position}: {problem}</source>
        <translation>Number {position}: {problem}</translation>
    </message>
    <message>
        <source>Nummer {position} staat niet in de bewaarde vorm ({stored}).</source>
        <translation>Number {position} is not in the stored form ({stored}).</translation>
    </message>
    <message>
        <source>Een trefwoord is leeg.</source>
        <translation>A keyword is empty.</translation>
    </message>
    <message>
        <source>Een aandachtspunt is leeg.</source>
        <translation>A point of attention is empty.</translation>
    </message>
    <message>
        <source>Een einddatum zonder waarschuwing: vul de waarschuwing in.</source>
        <translation>An end date without an alert: fill in the alert.</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is geen Belgische postcode.</source>
        <translation>&apos;{code}&apos; is not a Belgian postcode.</translation>
    </message>
    <message>
        <source>Een adres is helemaal leeg.</source>
        <translation>An address is completely empty.</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is geen landcode (zoals BE).</source>
        <translation>&apos;{code}&apos; is not a country code (such as BE).</translation>
    </message>
</context>
<context>
    <name>vocabulary</name>
    <message>
        <source>Vul een woord of uitdrukking in.</source>
        <translation>Fill in a word or phrase.</translation>
    </message>
    <message>
        <source>Een zoekterm is hoogstens {count} tekens lang.</source>
        <translation>A search term is at most {count} characters long.</translation>
    </message>
    <message>
        <source>Vul minstens één woord van de wegwijzer in dat de term vindt.</source>
        <translation>Fill in at least one word of the directory that the term finds.</translation>
    </message>
    <message>
        <source>Een woord dat de term vindt, is hoogstens {count} tekens lang.</source>
        <translation>A word that the term finds is at most {count} characters long.</translation>
    </message>
    <message>
        <source>&apos;{flag}&apos; is geen signaal van de checklist.</source>
        <translation>&apos;{flag}&apos; is not a sign on the checklist.</translation>
    </message>
    <message>
        <source>{flags} zijn geen signalen van de checklist.</source>
        <translation>{flags} are not signs on the checklist.</translation>
    </message>
    <message>
        <source>De zoekterm &apos;{term}&apos; bestaat al: kies hem in de lijst om hem te bewerken.</source>
        <translation>The search term &apos;{term}&apos; already exists: choose it in the list to edit it.</translation>
    </message>
</context>
</TS>
