<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="nl">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Over IFG-wegwijzer</source>
        <translation>À propos d&apos;IFG-wegwijzer</translation>
    </message>
    <message>
        <source>IFG-wegwijzer {version}</source>
        <translation>IFG-wegwijzer {version}</translation>
    </message>
    <message>
        <source>Voor het onthaal: naar welke dienst verwijs je iemand die met intrafamiliaal geweld te maken heeft, en wat moet er nu meteen gebeuren.</source>
        <translation>Pour l&apos;accueil : vers quel service orienter une personne confrontée à la violence intrafamiliale, et ce qu&apos;il faut faire tout de suite.</translation>
    </message>
    <message>
        <source>Een hulpmiddel, geen risicotaxatie: de checklist geeft geen score en vervangt het oordeel van een hulpverlener niet. Bij acuut gevaar: bel 112 of 101.</source>
        <translation>Une aide, pas une évaluation du risque : la checklist ne donne aucun score et ne remplace pas le jugement d&apos;un professionnel. En cas de danger aigu : appelez le 112 ou le 101.</translation>
    </message>
    <message>
        <source>Wat je aanvinkt of in het zoekveld typt, wordt nergens bewaard: niet in de databank, niet in de instellingen, niet in een logboek. &apos;Nieuw gesprek&apos; (Ctrl+N) wist alles. Het venster onthoudt alleen zijn grootte en indeling.</source>
        <translation>Ce que vous cochez ou tapez dans le champ de recherche n&apos;est enregistré nulle part : ni dans la base de données, ni dans les paramètres, ni dans un journal. « Nouvelle conversation » (Ctrl+N) efface tout. La fenêtre ne retient que sa taille et sa disposition.</translation>
    </message>
    <message>
        <source>Licentie: MIT. Gebouwd met Qt for Python (PySide6, LGPLv3) en SQLAlchemy.</source>
        <translation>Licence : MIT. Construit avec Qt for Python (PySide6, LGPLv3) et SQLAlchemy.</translation>
    </message>
</context>
<context>
    <name>AgeFilter</name>
    <message>
        <source>Leeftijd van de betrokkene</source>
        <translation>Âge de la personne concernée</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Leeftijd in jaren</source>
        <translation>Âge en années</translation>
    </message>
    <message>
        <source>Streepje: elke leeftijd.</source>
        <translation>Tiret : tout âge.</translation>
    </message>
    <message>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <source>en maanden</source>
        <translation>et mois</translation>
    </message>
    <message>
        <source>ongeboren</source>
        <translation>à naître</translation>
    </message>
    <message>
        <source>Ongeboren kind (zwangerschap)</source>
        <translation>Enfant à naître (grossesse)</translation>
    </message>
</context>
<context>
    <name>AgeFilter.plural</name>
    <message>
        <source> j</source>
        <translation> ans</translation>
    </message>
</context>
<context>
    <name>AgeFilter.singular</name>
    <message>
        <source> j</source>
        <translation> an</translation>
    </message>
</context>
<context>
    <name>ArchiveDialog</name>
    <message>
        <source>Archief</source>
        <translation>Archives</translation>
    </message>
    <message>
        <source>Gearchiveerde diensten</source>
        <translation>Services archivés</translation>
    </message>
    <message>
        <source>Terugzetten</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Dienst terugzetten</source>
        <translation>Restaurer le service</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>archief</source>
        <translation>archives</translation>
    </message>
    <message>
        <source>{name} ({key}) — gearchiveerd op {when}</source>
        <translation>{name} ({key}) — archivé le {when}</translation>
    </message>
    <message>
        <source>Bezig met terugzetten…</source>
        <translation>Restauration en cours…</translation>
    </message>
</context>
<context>
    <name>BackgroundRead</name>
    <message>
        <source>Dat lukte niet door een fout in het programma; er is niets gewijzigd. Probeer het opnieuw; lukt het weer niet, meld het dan.</source>
        <translation>Cela n&apos;a pas fonctionné à cause d&apos;une erreur dans le programme ; rien n&apos;a été modifié. Réessayez ; si cela échoue encore, signalez-le.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Coördinatorwachtwoord wijzigen</source>
        <translation>Modifier le mot de passe coordinateur</translation>
    </message>
    <message>
        <source>Huidig wachtwoord</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <source>Nieuw wachtwoord</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>Nieuw wachtwoord herhalen</source>
        <translation>Répéter le nouveau mot de passe</translation>
    </message>
    <message>
        <source>wachtwoord wijzigen</source>
        <translation>modifier le mot de passe</translation>
    </message>
    <message>
        <source>Wijzigen</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Huidig wachtwoord:</source>
        <translation>Mot de passe actuel :</translation>
    </message>
    <message>
        <source>Nieuw wachtwoord:</source>
        <translation>Nouveau mot de passe :</translation>
    </message>
    <message>
        <source>Nog eens:</source>
        <translation>Encore une fois :</translation>
    </message>
    <message>
        <source>De twee nieuwe wachtwoorden verschillen.</source>
        <translation>Les deux nouveaux mots de passe sont différents.</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>Checklist alarmsignalen</source>
        <translation>Check-list des signaux d&apos;alarme</translation>
    </message>
    <message>
        <source>Alarmsignalen</source>
        <translation>Signaux d&apos;alarme</translation>
    </message>
    <message>
        <source>Samenvatting van de checklist</source>
        <translation>Résumé de la check-list</translation>
    </message>
    <message>
        <source>Suggesties toepassen</source>
        <translation>Appliquer les suggestions</translation>
    </message>
    <message>
        <source>Toon de diensten en thema&apos;s die bij de aangevinkte signalen passen</source>
        <translation>Afficher les services et thèmes qui correspondent aux signaux cochés</translation>
    </message>
    <message>
        <source>Kindreflex — kinderen in beeld</source>
        <translation>Kindreflex — penser aux enfants</translation>
    </message>
    <message>
        <source>Alarmsignalen om aan te vinken</source>
        <translation>Signaux d&apos;alarme à cocher</translation>
    </message>
    <message>
        <source>Niets aangevinkt.</source>
        <translation>Rien de coché.</translation>
    </message>
    <message>
        <source>Rode vlaggen (escalatie)</source>
        <translation>Signaux d&apos;alarme (escalade)</translation>
    </message>
    <message>
        <source>Beschermende factoren</source>
        <translation>Facteurs de protection</translation>
    </message>
    <message>
        <source>Signalen die je kan opmerken</source>
        <translation>Signaux que vous pouvez remarquer</translation>
    </message>
    <message>
        <source>Kritiek alarmsignaal</source>
        <translation>Signal d&apos;alarme critique</translation>
    </message>
    <message>
        <source>{red} rode vlag(gen), {protective} beschermende factor(en), {signals} signaal/signalen.</source>
        <translation>{red} signal(aux) d&apos;alarme, {protective} facteur(s) de protection, {signals} signal(aux).</translation>
    </message>
    <message>
        <source>Kritiek: {items}. </source>
        <translation>Critique : {items}. </translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Intussen gewijzigd</source>
        <translation>Modifié entre-temps</translation>
    </message>
    <message>
        <source>Intussen gewijzigd door iemand anders</source>
        <translation>Modifié entre-temps par quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Wat de ander wijzigde</source>
        <translation>Ce que l&apos;autre personne a modifié</translation>
    </message>
    <message>
        <source>Veld</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>Nu</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Uw wijzigingen, niet opgeslagen</source>
        <translation>Vos modifications, non enregistrées</translation>
    </message>
    <message>
        <source>Uw waarde</source>
        <translation>Votre valeur</translation>
    </message>
    <message>
        <source>Uitleg</source>
        <translation>Explication</translation>
    </message>
    <message>
        <source>Nieuwe versie laden</source>
        <translation>Charger la nouvelle version</translation>
    </message>
    <message>
        <source>Nieuwe versie laden, mijn wijzigingen vergeten</source>
        <translation>Charger la nouvelle version, oublier mes modifications</translation>
    </message>
    <message>
        <source>Nieuwe versie laden en mijn wijzigingen erop zetten</source>
        <translation>Charger la nouvelle version et y réappliquer mes modifications</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Wat de ander wijzigde:</source>
        <translation>Ce que l&apos;autre personne a modifié :</translation>
    </message>
    <message>
        <source>Uw wijzigingen (nog niet opgeslagen):</source>
        <translation>Vos modifications (pas encore enregistrées) :</translation>
    </message>
</context>
<context>
    <name>Coordinator</name>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>enkel telefonisch</source>
        <translation>par téléphone uniquement</translation>
    </message>
    <message>
        <source>vrije inloop</source>
        <translation>sans rendez-vous</translation>
    </message>
    <message>
        <source>gesloten</source>
        <translation>fermé</translation>
    </message>
    <message>
        <source>open zoals op een gewone dag</source>
        <translation>ouvert comme un jour normal</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Opent om</source>
        <translation>Ouvre à</translation>
    </message>
    <message>
        <source>Sluit om</source>
        <translation>Ferme à</translation>
    </message>
    <message>
        <source>Soort venster</source>
        <translation>Type de plage horaire</translation>
    </message>
    <message>
        <source>Eindigt de volgende dag</source>
        <translation>Se termine le lendemain</translation>
    </message>
    <message>
        <source>Hoe vaak</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>Eerste keer op</source>
        <translation>Première fois le</translation>
    </message>
    <message>
        <source>Eerste keer op (vanaf die week om de zoveel weken)</source>
        <translation>Première fois le (toutes les x semaines à partir de cette semaine)</translation>
    </message>
    <message>
        <source>Venster</source>
        <translation>Plage horaire</translation>
    </message>
    <message>
        <source>(tot de volgende dag)</source>
        <translation>(jusqu&apos;au lendemain)</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Gesloten die dag</source>
        <translation>Fermé ce jour-là</translation>
    </message>
    <message>
        <source>Opent die dag om</source>
        <translation>Ouvre ce jour-là à</translation>
    </message>
    <message>
        <source>Sluit die dag om</source>
        <translation>Ferme ce jour-là à</translation>
    </message>
    <message>
        <source>Opmerking bij de datum</source>
        <translation>Remarque sur la date</translation>
    </message>
    <message>
        <source>bv. Kerstmis, verhuis</source>
        <translation>p. ex. Noël, déménagement</translation>
    </message>
    <message>
        <source>Openingsuren</source>
        <translation>Heures d&apos;ouverture</translation>
    </message>
    <message>
        <source>Openingsuren bekend</source>
        <translation>Heures d&apos;ouverture connues</translation>
    </message>
    <message>
        <source>24 op 7 (dag en nacht)</source>
        <translation>24 h/24, 7 j/7 (jour et nuit)</translation>
    </message>
    <message>
        <source>24 op 7</source>
        <translation>24 h/24, 7 j/7</translation>
    </message>
    <message>
        <source>Op afspraak</source>
        <translation>Sur rendez-vous</translation>
    </message>
    <message>
        <source>Op feestdagen</source>
        <translation>Jours fériés</translation>
    </message>
    <message>
        <source>Weekuren</source>
        <translation>Horaire de la semaine</translation>
    </message>
    <message>
        <source>Uren toevoegen</source>
        <translation>Ajouter des heures</translation>
    </message>
    <message>
        <source>Afwijkende dagen</source>
        <translation>Jours particuliers</translation>
    </message>
    <message>
        <source>Datum toevoegen</source>
        <translation>Ajouter une date</translation>
    </message>
    <message>
        <source>Geldig vanaf</source>
        <translation>Valable à partir du</translation>
    </message>
    <message>
        <source>Geldig tot en met</source>
        <translation>Valable jusqu&apos;au (inclus)</translation>
    </message>
    <message>
        <source>Opmerking bij de uren</source>
        <translation>Remarque sur les heures</translation>
    </message>
    <message>
        <source>Deel dat dag en nacht bereikbaar is</source>
        <translation>Partie joignable jour et nuit</translation>
    </message>
    <message>
        <source>bv. crisisopvang (leeg: geen)</source>
        <translation>p. ex. accueil de crise (vide : aucune)</translation>
    </message>
    <message>
        <source>openingsuren</source>
        <translation>heures d&apos;ouverture</translation>
    </message>
    <message>
        <source>Op feestdagen:</source>
        <translation>Jours fériés :</translation>
    </message>
    <message>
        <source>Weekuren (sluit het vóór het openen, dan loopt het door na middernacht)</source>
        <translation>Horaire de la semaine (si la fermeture précède l&apos;ouverture, la plage se prolonge après minuit)</translation>
    </message>
    <message>
        <source>Afwijkende dagen: sluiting of andere uren op een datum</source>
        <translation>Jours particuliers : fermeture ou autres heures à une date</translation>
    </message>
    <message>
        <source>&amp;Deel dag en nacht bereikbaar (als de dienst zelf dat niet is):</source>
        <translation>&amp;Partie joignable jour et nuit (si le service lui-même ne l&apos;est pas) :</translation>
    </message>
    <message>
        <source>Opmerking bij de uren:</source>
        <translation>Remarque sur les heures :</translation>
    </message>
    <message>
        <source>Duid bij elke rij uren minstens één dag aan.</source>
        <translation>Cochez au moins un jour dans chaque ligne d&apos;heures.</translation>
    </message>
    <message>
        <source>Melding bij {field}</source>
        <translation>Message — {field}</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Minimumleeftijd</source>
        <translation>Âge minimum</translation>
    </message>
    <message>
        <source>Maximumleeftijd</source>
        <translation>Âge maximum</translation>
    </message>
    <message>
        <source>{label}: soort</source>
        <translation>{label} : type</translation>
    </message>
    <message>
        <source>geen ondergrens</source>
        <translation>pas de limite inférieure</translation>
    </message>
    <message>
        <source>vanaf de zwangerschap</source>
        <translation>dès la grossesse</translation>
    </message>
    <message>
        <source>vanaf (jaren en maanden)</source>
        <translation>à partir de (années et mois)</translation>
    </message>
    <message>
        <source>geen bovengrens</source>
        <translation>pas de limite supérieure</translation>
    </message>
    <message>
        <source>tot en met … jaar</source>
        <translation>jusqu&apos;à … ans inclus</translation>
    </message>
    <message>
        <source>tot en met precies (jaren en maanden)</source>
        <translation>jusqu&apos;à exactement (années et mois) inclus</translation>
    </message>
    <message>
        <source>{label}: jaren</source>
        <translation>{label} : années</translation>
    </message>
    <message>
        <source> jaar</source>
        <translation> ans</translation>
    </message>
    <message>
        <source>{label}: maanden</source>
        <translation>{label} : mois</translation>
    </message>
    <message>
        <source> mnd</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>{label}: vanaf maand van de zwangerschap</source>
        <translation>{label} : à partir du mois de grossesse</translation>
    </message>
    <message>
        <source>maand </source>
        <translation>mois </translation>
    </message>
    <message>
        <source>{what} verwijderen</source>
        <translation>Supprimer : {what}</translation>
    </message>
    <message>
        <source>Telefoonnummer</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>03 260 72 80, 1712, 0800 …</source>
        <translation>03 260 72 80, 1712, 0800 …</translation>
    </message>
    <message>
        <source>Label van het nummer</source>
        <translation>Libellé du numéro</translation>
    </message>
    <message>
        <source>label (bv. Onthaal)</source>
        <translation>libellé (p. ex. Accueil)</translation>
    </message>
    <message>
        <source>Uitleg bij het nummer</source>
        <translation>Explication du numéro</translation>
    </message>
    <message>
        <source>uitleg</source>
        <translation>explication</translation>
    </message>
    <message>
        <source>Nummer gratis</source>
        <translation>Numéro gratuit</translation>
    </message>
    <message>
        <source>Gratis te bellen?</source>
        <translation>Appel gratuit ?</translation>
    </message>
    <message>
        <source>telefoonnummer</source>
        <translation>numéro de téléphone</translation>
    </message>
    <message>
        <source>gratis:</source>
        <translation>gratuit :</translation>
    </message>
    <message>
        <source>Nummer</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Naam van de plaats</source>
        <translation>Nom du lieu</translation>
    </message>
    <message>
        <source>naam (bv. Hoofdzetel)</source>
        <translation>nom (p. ex. Siège central)</translation>
    </message>
    <message>
        <source>Straat en nummer</source>
        <translation>Rue et numéro</translation>
    </message>
    <message>
        <source>straat en nummer</source>
        <translation>rue et numéro</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>code postal</translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>gemeente</source>
        <translation>commune</translation>
    </message>
    <message>
        <source>Landcode</source>
        <translation>Code pays</translation>
    </message>
    <message>
        <source>Adres</source>
        <translation>Adresse</translation>
    </message>
</context>
<context>
    <name>CoordinatorController</name>
    <message>
        <source>&amp;Coördinator</source>
        <translation>&amp;Coordinateur</translation>
    </message>
    <message>
        <source>Coördinator</source>
        <translation>Coordinateur</translation>
    </message>
    <message>
        <source>Ontgrendelen…</source>
        <translation>Déverrouiller…</translation>
    </message>
    <message>
        <source>Vergrendelen</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>Nieuwe dienst…</source>
        <translation>Nouveau service…</translation>
    </message>
    <message>
        <source>Geselecteerde dienst bewerken…</source>
        <translation>Modifier le service sélectionné…</translation>
    </message>
    <message>
        <source>Vandaag geverifieerd</source>
        <translation>Vérifié aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Archiveren…</source>
        <translation>Archiver…</translation>
    </message>
    <message>
        <source>Geschiedenis…</source>
        <translation>Historique…</translation>
    </message>
    <message>
        <source>Werklijst…</source>
        <translation>Liste de travail…</translation>
    </message>
    <message>
        <source>Gearchiveerde diensten…</source>
        <translation>Services archivés…</translation>
    </message>
    <message>
        <source>Zoektermen…</source>
        <translation>Termes de recherche…</translation>
    </message>
    <message>
        <source>Leidraad bewerken…</source>
        <translation>Modifier le guide…</translation>
    </message>
    <message>
        <source>Wachtwoord wijzigen…</source>
        <translation>Modifier le mot de passe…</translation>
    </message>
    <message>
        <source>Coördinatormodus</source>
        <translation>Mode coordinateur</translation>
    </message>
    <message>
        <source>Alleen lezen</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>Coördinatormodus niet beschikbaar</source>
        <translation>Mode coordinateur indisponible</translation>
    </message>
    <message>
        <source>Coördinatormodus: {name}</source>
        <translation>Mode coordinateur : {name}</translation>
    </message>
    <message>
        <source>Coördinatormodus ontgrendeld voor {name}.</source>
        <translation>Mode coordinateur déverrouillé pour {name}.</translation>
    </message>
    <message>
        <source>Vergrendeld: de wegwijzer is weer alleen-lezen.</source>
        <translation>Verrouillé : le répertoire est de nouveau en lecture seule.</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Kies eerst een dienst in de lijst.</source>
        <translation>Choisissez d&apos;abord un service dans la liste.</translation>
    </message>
    <message>
        <source>Even geduld: de vorige wijziging wordt nog opgeslagen.</source>
        <translation>Un instant : la modification précédente est encore en cours d&apos;enregistrement.</translation>
    </message>
    <message>
        <source>Bezig met opslaan…</source>
        <translation>Enregistrement en cours…</translation>
    </message>
    <message>
        <source>Opgeslagen: {key}.</source>
        <translation>Enregistré : {key}.</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is vandaag geverifieerd door {name}.</source>
        <translation>« {key} » a été vérifié aujourd&apos;hui par {name}.</translation>
    </message>
    <message>
        <source>Er is geen dienst met sleutel &apos;{key}&apos; (meer).</source>
        <translation>Il n&apos;y a pas (plus) de service avec la clé « {key} ».</translation>
    </message>
    <message>
        <source>Archiveren</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; archiveren? De dienst verdwijnt uit elke lijst; onder &apos;Gearchiveerde diensten&apos; kan hij teruggezet worden.</source>
        <translation>Archiver « {name} » ? Le service disparaît de toutes les listes ; il peut être restauré sous « Services archivés ».</translation>
    </message>
    <message>
        <source>Archiveren bevestigen</source>
        <translation>Confirmer l&apos;archivage</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is gearchiveerd.</source>
        <translation>« {key} » a été archivé.</translation>
    </message>
    <message>
        <source>Het wachtwoord is gewijzigd.</source>
        <translation>Le mot de passe a été modifié.</translation>
    </message>
</context>
<context>
    <name>DataSourcesDialog</name>
    <message>
        <source>Waar komen de gegevens vandaan</source>
        <translation>D&apos;où viennent les données</translation>
    </message>
    <message>
        <source>De meegeleverde diensten, de checklist en de leidraad komen uit de basisvorming IFG van Veilig Huis Antwerpen en uit de publieke pagina&apos;s van de diensten zelf. Nooit is een nummer, adres of openingsuur verzonnen: wat niet gekend is, staat er als &apos;aan te vullen&apos;.</source>
        <translation>Les services fournis, la checklist et le guide proviennent de la formation de base IFG de Veilig Huis Antwerpen et des pages publiques des services eux-mêmes. Aucun numéro, adresse ou horaire n&apos;est jamais inventé : ce qui n&apos;est pas connu apparaît comme « à compléter ».</translation>
    </message>
    <message>
        <source>Bij elke dienst zegt het detail onder &apos;Bronnen&apos; waar het contact, de uren en de leeftijden vandaan komen; &apos;te verifiëren&apos; staat waar de bron oud of onrechtstreeks is. Coördinatoren houden de gegevens bij (menu Coördinator) en zetten &apos;Vandaag geverifieerd&apos; wanneer ze een dienst nagekeken hebben.</source>
        <translation>Pour chaque service, le détail indique sous « Sources » d&apos;où viennent le contact, les horaires et les âges ; « à vérifier » signale une source ancienne ou indirecte. Les coordinateurs tiennent les données à jour (menu Coordinateur) et marquent « Vérifié aujourd&apos;hui » quand ils ont contrôlé un service.</translation>
    </message>
    <message>
        <source>Herkomst van de gegevens</source>
        <translation>Origine des données</translation>
    </message>
    <message>
        <source>Databank van dit venster: {where}</source>
        <translation>Base de données de cette fenêtre : {where}</translation>
    </message>
    <message>
        <source>nog nooit</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>{services} diensten in gebruik; {never} nog nooit geverifieerd; laatst geverifieerd: {last}.</source>
        <translation>{services} services en usage ; {never} jamais vérifiés ; dernière vérification : {last}.</translation>
    </message>
    <message>
        <source>{to_verify} van {facts} bronnen zijn nog te verifiëren.</source>
        <translation>{to_verify} sources sur {facts} restent à vérifier.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Urgentie</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>Alle urgenties</source>
        <translation>Tous les niveaux d&apos;urgence</translation>
    </message>
    <message>
        <source>Acuut</source>
        <translation>Aigu</translation>
    </message>
    <message>
        <source>Crisis</source>
        <translation>Crise</translation>
    </message>
    <message>
        <source>Niet-acuut</source>
        <translation>Non aigu</translation>
    </message>
    <message>
        <source>Beschikbaarheid</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>Alle diensten, nu open, open op een gekozen moment, of dag en nacht.</source>
        <translation>Tous les services, ouverts maintenant, ouverts à un moment choisi, ou jour et nuit.</translation>
    </message>
    <message>
        <source>Alle (ook gesloten)</source>
        <translation>Tous (fermés aussi)</translation>
    </message>
    <message>
        <source>Nu open</source>
        <translation>Ouvert maintenant</translation>
    </message>
    <message>
        <source>Open op…</source>
        <translation>Ouvert le…</translation>
    </message>
    <message>
        <source>24 op 7</source>
        <translation>24 h/24, 7 j/7</translation>
    </message>
    <message>
        <source>Open op dit moment</source>
        <translation>Ouvert à ce moment</translation>
    </message>
    <message>
        <source>Wie mag contact opnemen</source>
        <translation>Qui peut prendre contact</translation>
    </message>
    <message>
        <source>Diensten die enkel voor professionals zijn tonen of weglaten.</source>
        <translation>Afficher ou omettre les services réservés aux professionnels.</translation>
    </message>
    <message>
        <source>Ook enkel voor professionals</source>
        <translation>Y compris réservés aux professionnels</translation>
    </message>
    <message>
        <source>Enkel wat de cliënt zelf mag bellen</source>
        <translation>Seulement ce que le client peut appeler lui-même</translation>
    </message>
    <message>
        <source>Filters wissen</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Alle filters wissen</source>
        <translation>Effacer tous les filtres</translation>
    </message>
    <message>
        <source>Zoekterm en checklist blijven (Ctrl+R).</source>
        <translation>Les mots recherchés et la checklist restent (Ctrl+R).</translation>
    </message>
    <message>
        <source>&amp;Leeftijd</source>
        <translation>Â&amp;ge</translation>
    </message>
    <message>
        <source>&amp;Urgentie</source>
        <translation>&amp;Urgence</translation>
    </message>
    <message>
        <source>Be&amp;reikbaar</source>
        <translation>Disponi&amp;bilité</translation>
    </message>
    <message>
        <source>&amp;Wie</source>
        <translation>&amp;Qui</translation>
    </message>
</context>
<context>
    <name>FlagCheck</name>
    <message>
        <source> — kritiek</source>
        <translation> — critique</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Leidraad bewerken</source>
        <translation>Modifier le guide</translation>
    </message>
    <message>
        <source>Secties van de leidraad</source>
        <translation>Sections du guide</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Samenvatting</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Punten, één per regel</source>
        <translation>Points, un par ligne</translation>
    </message>
    <message>
        <source>Wat je kunt zeggen, één zin per regel</source>
        <translation>Ce que vous pouvez dire, une phrase par ligne</translation>
    </message>
    <message>
        <source>Bron</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Zoekwoorden, gescheiden door komma&apos;s</source>
        <translation>Mots de recherche, séparés par des virgules</translation>
    </message>
    <message>
        <source>de leidraad</source>
        <translation>le guide</translation>
    </message>
    <message>
        <source>&amp;Titel</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Samenvatting</source>
        <translation>&amp;Résumé</translation>
    </message>
    <message>
        <source>&amp;Punten (één per regel)</source>
        <translation>&amp;Points (un par ligne)</translation>
    </message>
    <message>
        <source>&amp;Zeggen (één zin per regel)</source>
        <translation>À &amp;dire (une phrase par ligne)</translation>
    </message>
    <message>
        <source>&amp;Bron</source>
        <translation>&amp;Source</translation>
    </message>
    <message>
        <source>Zoek&amp;woorden</source>
        <translation>&amp;Mots de recherche</translation>
    </message>
    <message>
        <source>&amp;Opslaan</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Houd de secties kort en in eigen woorden; zeg bij elke sectie waar ze vandaan komt. Elke wijziging komt in het spoor op uw naam.</source>
        <translation>Gardez les sections courtes et dans vos propres mots ; indiquez pour chaque section d&apos;où elle vient. Chaque modification est enregistrée dans l&apos;historique à votre nom.</translation>
    </message>
    <message>
        <source>De leidraad is intussen gewijzigd. Uw wijziging is nog niet opgeslagen: sla ze op, of kies de sectie opnieuw om de nieuwe tekst te zien.</source>
        <translation>Le guide a été modifié entre-temps. Votre modification n&apos;est pas encore enregistrée : enregistrez-la, ou choisissez à nouveau la section pour voir le nouveau texte.</translation>
    </message>
</context>
<context>
    <name>GuidePanel</name>
    <message>
        <source>Wat je kunt zeggen:</source>
        <translation>Ce que vous pouvez dire :</translation>
    </message>
    <message>
        <source>Bron: {source}</source>
        <translation>Source : {source}</translation>
    </message>
    <message>
        <source>Leidraad voor het gesprek</source>
        <translation>Guide d&apos;entretien</translation>
    </message>
    <message>
        <source>Leidraad: secties</source>
        <translation>Guide : sections</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>Sluiten</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Sneltoetsen…</source>
        <translation>&amp;Raccourcis clavier…</translation>
    </message>
    <message>
        <source>&amp;Over IFG-wegwijzer…</source>
        <translation>À &amp;propos d&apos;IFG-wegwijzer…</translation>
    </message>
    <message>
        <source>&amp;Waar komen de gegevens vandaan…</source>
        <translation>&amp;D&apos;où viennent les données…</translation>
    </message>
    <message>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quitter</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Geschiedenis</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Dienst</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Wijzigingen</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Oude waarde terugzetten</source>
        <translation>Rétablir l&apos;ancienne valeur</translation>
    </message>
    <message>
        <source>De waarde van vóór deze wijziging terugzetten</source>
        <translation>Rétablir la valeur d&apos;avant cette modification</translation>
    </message>
    <message>
        <source>Deze nieuwe waarde terugzetten</source>
        <translation>Rétablir cette nouvelle valeur</translation>
    </message>
    <message>
        <source>De waarde die deze wijziging invoerde terugzetten</source>
        <translation>Rétablir la valeur introduite par cette modification</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>geschiedenis</source>
        <translation>historique</translation>
    </message>
    <message>
        <source>Geschiedenis — {name}</source>
        <translation>Historique — {name}</translation>
    </message>
    <message>
        <source>{name}: {n} wijziging(en)</source>
        <translation>{name} : {n} modification(s)</translation>
    </message>
    <message>
        <source>{name}: nog geen wijzigingen opgetekend</source>
        <translation>{name} : aucune modification enregistrée</translation>
    </message>
    <message>
        <source>De dienst werd intussen gewijzigd; de geschiedenis is vernieuwd.</source>
        <translation>Le service a été modifié entre-temps ; l&apos;historique a été actualisé.</translation>
    </message>
    <message>
        <source>Bezig met terugzetten…</source>
        <translation>Restauration en cours…</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Wanneer</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Wie</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Actie</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Veld</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>Werd</source>
        <translation>Après</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Importeren — {file}</source>
        <translation>Importer — {file}</translation>
    </message>
    <message>
        <source>Het bestand wordt gelezen en vergeleken met de wegwijzer…</source>
        <translation>Lecture du fichier et comparaison avec le répertoire…</translation>
    </message>
    <message>
        <source>Voortgang</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Voorbeeld van de import</source>
        <translation>Aperçu de l&apos;importation</translation>
    </message>
    <message>
        <source>Niet overgenomen</source>
        <translation>Non repris</translation>
    </message>
    <message>
        <source>Importeren</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>zoekterm {term}: {note}</source>
        <translation>terme de recherche {term} : {note}</translation>
    </message>
    <message>
        <source>… en nog {n}</source>
        <translation>… et encore {n}</translation>
    </message>
    <message>
        <source>Niet overgenomen (HSDS kan het zeggen, IFG-wegwijzer kan het niet bewaren):</source>
        <translation>Non repris (HSDS peut l&apos;exprimer, IFG-wegwijzer ne peut pas le conserver) :</translation>
    </message>
    <message>
        <source>{file}: {summary}. Controleer en klik op Importeren; er wordt eerst een reservekopie van de databank gemaakt.</source>
        <translation>{file} : {summary}. Vérifiez puis cliquez sur Importer ; une copie de sauvegarde de la base de données est d&apos;abord réalisée.</translation>
    </message>
    <message>
        <source>{file}: {summary}. Er is niets te importeren.</source>
        <translation>{file} : {summary}. Il n&apos;y a rien à importer.</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Bezig met importeren…</source>
        <translation>Importation en cours…</translation>
    </message>
    <message>
        <source>Geïmporteerd: {summary}.</source>
        <translation>Importé : {summary}.</translation>
    </message>
    <message>
        <source> Reservekopie van de databank: {file}</source>
        <translation> Copie de sauvegarde de la base de données : {file}</translation>
    </message>
    <message>
        <source>Niet geïmporteerd. {problem}</source>
        <translation>Non importé. {problem}</translation>
    </message>
    <message>
        <source>Annuleren…</source>
        <translation>Annulation…</translation>
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
        <translation>HSDS tabulaire, CSV dans un zip (*.zip)</translation>
    </message>
    <message>
        <source>HSDS in tabelvorm, map met CSV (*.csv datapackage.json)</source>
        <translation>HSDS tabulaire, dossier de CSV (*.csv datapackage.json)</translation>
    </message>
    <message>
        <source>Alle bestanden (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Importeren…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Exporteren…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Reservekopie…</source>
        <translation>Copie de sauvegarde…</translation>
    </message>
    <message>
        <source>Reservekopie terugzetten…</source>
        <translation>Restaurer une copie de sauvegarde…</translation>
    </message>
    <message>
        <source>HSDS-bestand importeren</source>
        <translation>Importer un fichier HSDS</translation>
    </message>
    <message>
        <source>Exporteren als HSDS</source>
        <translation>Exporter en HSDS</translation>
    </message>
    <message>
        <source>Exporteren naar {file}…</source>
        <translation>Exportation vers {file}…</translation>
    </message>
    <message>
        <source>{n} dienst(en) geëxporteerd naar {file}</source>
        <translation>{n} service(s) exporté(s) vers {file}</translation>
    </message>
    <message>
        <source>Reservekopie maken</source>
        <translation>Faire une copie de sauvegarde</translation>
    </message>
    <message>
        <source>SQLite-databank (*.sqlite3)</source>
        <translation>Base de données SQLite (*.sqlite3)</translation>
    </message>
    <message>
        <source>Reservekopie maken…</source>
        <translation>Copie de sauvegarde en cours…</translation>
    </message>
    <message>
        <source>Reservekopie gemaakt: {file}</source>
        <translation>Copie de sauvegarde réalisée : {file}</translation>
    </message>
    <message>
        <source>Reservekopie terugzetten</source>
        <translation>Restaurer une copie de sauvegarde</translation>
    </message>
    <message>
        <source>SQLite-databank (*.sqlite3 *.bak *.db)</source>
        <translation>Base de données SQLite (*.sqlite3 *.bak *.db)</translation>
    </message>
    <message>
        <source>De wegwijzer wordt vervangen door {file}. De huidige databank wordt eerst bewaard als reservekopie. Doorgaan?</source>
        <translation>Le répertoire sera remplacé par {file}. La base de données actuelle est d&apos;abord conservée comme copie de sauvegarde. Continuer ?</translation>
    </message>
    <message>
        <source> De vorige databank is bewaard als {file}.</source>
        <translation> La base de données précédente a été conservée sous {file}.</translation>
    </message>
    <message>
        <source>Reservekopie teruggezet: {file}.</source>
        <translation>Copie de sauvegarde restaurée : {file}.</translation>
    </message>
    <message>
        <source>Er loopt al een taak; wacht tot ze klaar is.</source>
        <translation>Une tâche est déjà en cours ; attendez qu&apos;elle soit terminée.</translation>
    </message>
    <message>
        <source>{phase}: {done} van {total}</source>
        <translation>{phase} : {done} sur {total}</translation>
    </message>
    <message>
        <source>IFG-wegwijzer</source>
        <translation>IFG-wegwijzer</translation>
    </message>
    <message>
        <source>&amp;Bestand</source>
        <translation>&amp;Fichier</translation>
    </message>
</context>
<context>
    <name>LanguageFilter</name>
    <message>
        <source>Talen</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Opent een lijst: vink een of meer talen aan; een dienst die één ervan spreekt telt.</source>
        <translation>Ouvre une liste : cochez une ou plusieurs langues ; un service qui en parle une compte.</translation>
    </message>
    <message>
        <source>Alle talen</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <source>{n} talen</source>
        <translation>{n} langues</translation>
    </message>
    <message>
        <source>Geen taal gekozen: alle diensten</source>
        <translation>Aucune langue choisie : tous les services</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>IFG-wegwijzer opent in het Nederlands vanaf de volgende start.</source>
        <translation>IFG-wegwijzer s&apos;ouvrira en français au prochain démarrage.</translation>
    </message>
    <message>
        <source>Geldt vanaf de volgende start</source>
        <translation>S&apos;applique au prochain démarrage</translation>
    </message>
    <message>
        <source>&amp;Taal</source>
        <translation>&amp;Langue</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Verbinding met de gedeelde databank verbroken — opnieuw proberen…</source>
        <translation>Connexion à la base de données partagée perdue — nouvelle tentative…</translation>
    </message>
    <message>
        <source>IFG-wegwijzer</source>
        <translation>IFG-wegwijzer</translation>
    </message>
    <message>
        <source>Acuut gevaar?  Bel 112 (noodnummer, ook medisch)  ·  101 (politie)</source>
        <translation>Danger immédiat ?  Appelez le 112 (numéro d&apos;urgence, aussi médical)  ·  101 (police)</translation>
    </message>
    <message>
        <source>Kritiek alarmsignaal: wat nu</source>
        <translation>Signal d&apos;alarme critique : que faire maintenant</translation>
    </message>
    <message>
        <source>Zoeken</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Zoek een dienst, thema of trefwoord — bv. crisis, kind, juridisch</source>
        <translation>Cherchez un service, un thème ou un mot-clé — p. ex. crise, enfant, juridique</translation>
    </message>
    <message>
        <source>De lijst eronder volgt bij elke toets. Pijl omlaag of Enter: naar de eerste gevonden dienst.</source>
        <translation>La liste ci-dessous suit chaque frappe. Flèche bas ou Entrée : vers le premier service trouvé.</translation>
    </message>
    <message>
        <source>Nieuw gesprek</source>
        <translation>Nouvel entretien</translation>
    </message>
    <message>
        <source>Nieuw gesprek: alles wissen</source>
        <translation>Nouvel entretien : tout effacer</translation>
    </message>
    <message>
        <source>Wist zoekterm, filters en checklist (Ctrl+N)</source>
        <translation>Efface la recherche, les filtres et la check-list (Ctrl+N)</translation>
    </message>
    <message>
        <source>Suggesties van de checklist wissen</source>
        <translation>Effacer les suggestions de la check-list</translation>
    </message>
    <message>
        <source>Over de zoekopdracht</source>
        <translation>À propos de la recherche</translation>
    </message>
    <message>
        <source>Leidraad bij de zoekopdracht</source>
        <translation>Guide pour cette recherche</translation>
    </message>
    <message>
        <source>Alarmsignaal in de zoekopdracht</source>
        <translation>Signal d&apos;alarme dans la recherche</translation>
    </message>
    <message>
        <source>Gevonden diensten</source>
        <translation>Services trouvés</translation>
    </message>
    <message>
        <source>Pijltjestoetsen: door de lijst, het detail ernaast volgt. Ctrl+C kopieert het hoofdnummer. De kolom Nu zegt in woorden of de dienst open is.</source>
        <translation>Flèches : parcourir la liste, le détail à côté suit. Ctrl+C copie le numéro principal. La colonne Maintenant dit en mots si le service est ouvert.</translation>
    </message>
    <message>
        <source>Aantal gevonden diensten</source>
        <translation>Nombre de services trouvés</translation>
    </message>
    <message>
        <source>Checklist en leidraad</source>
        <translation>Checklist et guide</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Check-list</translation>
    </message>
    <message>
        <source>Leidraad</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>Diensten, checklist of leidraad tonen</source>
        <translation>Afficher les services, la liste de contrôle ou le guide</translation>
    </message>
    <message>
        <source>Diensten</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Druk op F12 om verder te gaan.</source>
        <translation>Appuyez sur F12 pour continuer.</translation>
    </message>
    <message>
        <source>&amp;Bestand</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Checklist tonen</source>
        <translation>Afficher la check-list</translation>
    </message>
    <message>
        <source>Beel&amp;d</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>Gekopieerd: {n}</source>
        <translation>Copié : {n}</translation>
    </message>
    <message>
        <source>Naar het zoekveld</source>
        <translation>Vers le champ de recherche</translation>
    </message>
    <message>
        <source>Alle filters wissen</source>
        <translation>Effacer tous les filtres</translation>
    </message>
    <message>
        <source>Snel verbergen en weer tonen</source>
        <translation>Masquer rapidement et réafficher</translation>
    </message>
    <message>
        <source>Twee keer snel: snel verbergen</source>
        <translation>Deux fois rapidement : masquer rapidement</translation>
    </message>
    <message>
        <source>Naar de checklist</source>
        <translation>Vers la checklist</translation>
    </message>
    <message>
        <source>Leidraad openen</source>
        <translation>Ouvrir le guide</translation>
    </message>
    <message>
        <source>Kaart voor de cliënt maken</source>
        <translation>Faire une carte pour le client</translation>
    </message>
    <message>
        <source>In de lijst: het hoofdnummer van de dienst kopiëren</source>
        <translation>Dans la liste : copier le numéro principal du service</translation>
    </message>
    <message>
        <source>Leidraad: {links}</source>
        <translation>Guide : {links}</translation>
    </message>
    <message>
        <source>Kritiek alarmsignaal — wat nu:</source>
        <translation>Signal d&apos;alarme critique — que faire :</translation>
    </message>
    <message>
        <source>{n}+ diensten, verder aan het tellen…</source>
        <translation>{n}+ services, comptage en cours…</translation>
    </message>
    <message>
        <source>{n}+ diensten</source>
        <translation>{n}+ services</translation>
    </message>
    <message>
        <source>Geen diensten gevonden — wis een filter of zoek breder.</source>
        <translation>Aucun service trouvé — effacez un filtre ou élargissez la recherche.</translation>
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
        <translation> (y compris les services dont les heures sont inconnues)</translation>
    </message>
    <message>
        <source>{n} diensten zonder opgegeven talen niet getoond</source>
        <translation>{n} services sans langues indiquées non affichés</translation>
    </message>
    <message>
        <source>Geen telefoonnummer gekend voor deze dienst.</source>
        <translation>Aucun numéro de téléphone connu pour ce service.</translation>
    </message>
    <message>
        <source>Kritiek alarmsignaal: {items}</source>
        <translation>Signal d&apos;alarme critique : {items}</translation>
    </message>
    <message>
        <source>Voorgesteld door de checklist: {n} dienst(en) en thema&apos;s  ✕</source>
        <translation>Proposé par la check-list : {n} service(s) et thèmes  ✕</translation>
    </message>
    <message>
        <source>Onthaal</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>{problem} Wat anderen wijzigen, verschijnt hier niet meer.</source>
        <translation>{problem} Les modifications faites par d&apos;autres n&apos;apparaissent plus ici.</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <source>Sleutel</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Dienst</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>niet overgenomen: {note}</source>
        <translation>non repris : {note}</translation>
    </message>
    <message>
        <source>{n} gegeven(s) niet overgenomen</source>
        <translation>{n} donnée(s) non reprise(s)</translation>
    </message>
</context>
<context>
    <name>ReferralCardDialog</name>
    <message>
        <source>de PDF kon niet volledig geschreven worden</source>
        <translation>le PDF n&apos;a pas pu être écrit entièrement</translation>
    </message>
    <message>
        <source>Kaart voor de cliënt</source>
        <translation>Carte pour le client</translation>
    </message>
    <message>
        <source>Diensten op de kaart</source>
        <translation>Services sur la carte</translation>
    </message>
    <message>
        <source> — enkel voor hulpverleners, niet op de kaart</source>
        <translation> — réservé aux professionnels, pas sur la carte</translation>
    </message>
    <message>
        <source>Discreet: neutrale titel, geen woorden over geweld</source>
        <translation>Discrète : titre neutre, aucun mot sur la violence</translation>
    </message>
    <message>
        <source>Voorbeeld van de kaart</source>
        <translation>Aperçu de la carte</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Afdrukken…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Opslaan als PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Kopiëren als tekst</source>
        <translation>Copier comme texte</translation>
    </message>
    <message>
        <source>Welke diensten komen op de kaart?</source>
        <translation>Quels services figurent sur la carte ?</translation>
    </message>
    <message>
        <source>Kies minstens één dienst met een nummer.</source>
        <translation>Choisissez au moins un service avec un numéro.</translation>
    </message>
    <message>
        <source>Kaart opslaan als PDF</source>
        <translation>Enregistrer la carte en PDF</translation>
    </message>
    <message>
        <source>kaart.pdf</source>
        <translation>carte.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Kaart niet opgeslagen</source>
        <translation>Carte non enregistrée</translation>
    </message>
    <message>
        <source>De kaart kon niet worden opgeslagen in {path}: {reason}</source>
        <translation>La carte n&apos;a pas pu être enregistrée dans {path} : {reason}</translation>
    </message>
</context>
<context>
    <name>ResultsTable</name>
    <message>
        <source>Verborgen kolommen: {columns}. Rechtsklik hier om ze te tonen.</source>
        <translation>Colonnes masquées : {columns}. Clic droit ici pour les afficher.</translation>
    </message>
    <message>
        <source>Kolommen tonen</source>
        <translation>Afficher les colonnes</translation>
    </message>
    <message>
        <source>Kolommen naar de breedte</source>
        <translation>Colonnes selon la largeur</translation>
    </message>
</context>
<context>
    <name>ServiceDetail</name>
    <message>
        <source> … (ingekort)</source>
        <translation> … (abrégé)</translation>
    </message>
    <message>
        <source>Gegevens van de gekozen dienst</source>
        <translation>Données du service choisi</translation>
    </message>
    <message>
        <source>Kies een dienst in de lijst om alle gegevens te zien.</source>
        <translation>Choisissez un service dans la liste pour voir toutes ses données.</translation>
    </message>
    <message>
        <source>Enkel voor professionals — geef dit nummer niet aan de cliënt.</source>
        <translation>Réservé aux professionnels — ne donnez pas ce numéro au client.</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Statut : {status}</translation>
    </message>
    <message>
        <source> (tot {date})</source>
        <translation> (jusqu&apos;au {date})</translation>
    </message>
    <message>
        <source>Kaart meegeven… (Ctrl+P)</source>
        <translation>Remettre une carte… (Ctrl+P)</translation>
    </message>
    <message>
        <source>Kaart voor de cliënt maken</source>
        <translation>Faire une carte pour le client</translation>
    </message>
    <message>
        <source>Afdrukken of als PDF bewaren: nummers en uren, discreet als je wilt.</source>
        <translation>Imprimer ou enregistrer en PDF : numéros et heures, discrète si vous le souhaitez.</translation>
    </message>
    <message>
        <source>Leeftijd</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Urgentie</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>Thema&apos;s</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Talen</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Gratis</source>
        <translation>Gratuit</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Anoniem</source>
        <translation>Anonyme</translation>
    </message>
    <message>
        <source>Openingsuren</source>
        <translation>Heures d&apos;ouverture</translation>
    </message>
    <message>
        <source>Bronnen</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>te verifiëren</source>
        <translation>à vérifier</translation>
    </message>
    <message>
        <source> — te verifiëren</source>
        <translation> — à vérifier</translation>
    </message>
    <message>
        <source>Telefoonnummer: aan te vullen (niet gekend)</source>
        <translation>Numéro de téléphone : à compléter (inconnu)</translation>
    </message>
    <message>
        <source>Telefoon {label}: {number}</source>
        <translation>Téléphone {label} : {number}</translation>
    </message>
    <message>
        <source>Kopieer</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Kopieer {number}</source>
        <translation>Copier {number}</translation>
    </message>
    <message>
        <source>gratis</source>
        <translation>gratuit</translation>
    </message>
    <message>
        <source>{part}: dag en nacht bereikbaar.</source>
        <translation>{part} : joignable jour et nuit.</translation>
    </message>
    <message>
        <source>Openingsuren onbekend — aan te vullen.</source>
        <translation>Heures d&apos;ouverture inconnues — à compléter.</translation>
    </message>
    <message>
        <source>Op afspraak; vaste uren niet gekend.</source>
        <translation>Sur rendez-vous ; horaire fixe inconnu.</translation>
    </message>
    <message>
        <source>vandaag</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Ook op afspraak.</source>
        <translation>Aussi sur rendez-vous.</translation>
    </message>
    <message>
        <source>Gesloten op wettelijke feestdagen.</source>
        <translation>Fermé les jours fériés légaux.</translation>
    </message>
    <message>
        <source>Open op feestdagen: niet gekend.</source>
        <translation>Ouvert les jours fériés : inconnu.</translation>
    </message>
    <message>
        <source>{date}: gesloten</source>
        <translation>{date} : fermé</translation>
    </message>
    <message>
        <source>{date}: {start}–{end}</source>
        <translation>{date} : {start}–{end}</translation>
    </message>
    <message>
        <source>Nog nooit geverifieerd — gegevens met voorzichtigheid gebruiken.</source>
        <translation>Jamais vérifié — utilisez ces données avec prudence.</translation>
    </message>
    <message>
        <source>Laatst geverifieerd op {date} — meer dan 12 maanden geleden.</source>
        <translation>Dernière vérification le {date} — il y a plus de 12 mois.</translation>
    </message>
    <message>
        <source>Laatst geverifieerd op {date}{by}.</source>
        <translation>Dernière vérification le {date}{by}.</translation>
    </message>
</context>
<context>
    <name>ServiceEditorDialog</name>
    <message>
        <source>Dienst bewerken</source>
        <translation>Modifier le service</translation>
    </message>
    <message>
        <source>Nieuwe dienst</source>
        <translation>Nouveau service</translation>
    </message>
    <message>
        <source>Onderdelen van de dienst</source>
        <translation>Parties du service</translation>
    </message>
    <message>
        <source>Algemeen</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Voor wie</source>
        <translation>Pour qui</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Openingsuren</source>
        <translation>Heures d&apos;ouverture</translation>
    </message>
    <message>
        <source>Waarschuwing en verificatie</source>
        <translation>Avertissement et vérification</translation>
    </message>
    <message>
        <source>Deze dienst is gearchiveerd: hij staat in geen enkele lijst.</source>
        <translation>Ce service est archivé : il n&apos;apparaît dans aucune liste.</translation>
    </message>
    <message>
        <source>Gearchiveerd</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>de dienst</source>
        <translation>le service</translation>
    </message>
    <message>
        <source>Mogelijke dubbels</source>
        <translation>Doublons possibles</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Bezig met opslaan…</source>
        <translation>Enregistrement en cours…</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Sleutel</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Vaste sleutel; verandert nooit na het aanmaken.</source>
        <translation>Clé fixe ; ne change jamais après la création.</translation>
    </message>
    <message>
        <source>Andere naam</source>
        <translation>Autre nom</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>(geen)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Nieuwe organisatie…</source>
        <translation>Nouvelle organisation…</translation>
    </message>
    <message>
        <source>Sleutel van de nieuwe organisatie</source>
        <translation>Clé de la nouvelle organisation</translation>
    </message>
    <message>
        <source>sleutel (bv. caw-oost)</source>
        <translation>clé (p. ex. caw-oost)</translation>
    </message>
    <message>
        <source>Naam van de nieuwe organisatie</source>
        <translation>Nom de la nouvelle organisation</translation>
    </message>
    <message>
        <source>naam</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Beschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Wie mag contact opnemen</source>
        <translation>Qui peut prendre contact</translation>
    </message>
    <message>
        <source>Cliënten mogen zelf contact opnemen</source>
        <translation>Les clients peuvent prendre contact eux-mêmes</translation>
    </message>
    <message>
        <source>Enkel professionals — niet aan de cliënt geven</source>
        <translation>Réservé aux professionnels — ne pas donner au client</translation>
    </message>
    <message>
        <source>Hoe contact opnemen</source>
        <translation>Comment prendre contact</translation>
    </message>
    <message>
        <source>Gratis</source>
        <translation>Gratuit</translation>
    </message>
    <message>
        <source>Anoniem</source>
        <translation>Anonyme</translation>
    </message>
    <message>
        <source>Naam:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Sleutel:</source>
        <translation>Clé :</translation>
    </message>
    <message>
        <source>sleutel</source>
        <translation>clé</translation>
    </message>
    <message>
        <source>Andere naam:</source>
        <translation>Autre nom :</translation>
    </message>
    <message>
        <source>andere naam</source>
        <translation>autre nom</translation>
    </message>
    <message>
        <source>Organisatie:</source>
        <translation>Organisation :</translation>
    </message>
    <message>
        <source>organisatie</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>Beschrijving:</source>
        <translation>Description :</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>Wie mag contact opnemen:</source>
        <translation>Qui peut prendre contact :</translation>
    </message>
    <message>
        <source>Hoe contact opnemen:</source>
        <translation>Comment prendre contact :</translation>
    </message>
    <message>
        <source>Gratis:</source>
        <translation>Gratuit :</translation>
    </message>
    <message>
        <source>Anoniem:</source>
        <translation>Anonyme :</translation>
    </message>
    <message>
        <source>Leeftijden onbekend</source>
        <translation>Âges inconnus</translation>
    </message>
    <message>
        <source>Vanaf zwangerschap</source>
        <translation>Dès la grossesse</translation>
    </message>
    <message>
        <source>Minimumleeftijd: vanaf de zwangerschap</source>
        <translation>Âge minimum : dès la grossesse</translation>
    </message>
    <message>
        <source>Leeftijd zoals getoond</source>
        <translation>Âge tel qu&apos;affiché</translation>
    </message>
    <message>
        <source>Urgentie: {level}</source>
        <translation>Urgence : {level}</translation>
    </message>
    <message>
        <source>Thema&apos;s</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Trefwoorden</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>gescheiden door komma&apos;s</source>
        <translation>séparés par des virgules</translation>
    </message>
    <message>
        <source>Aandachtspunten</source>
        <translation>Points d&apos;attention</translation>
    </message>
    <message>
        <source>één per regel, bv. Geen noodnummer</source>
        <translation>un par ligne, p. ex. Pas de numéro d&apos;urgence</translation>
    </message>
    <message>
        <source>Vanaf:</source>
        <translation>À partir de :</translation>
    </message>
    <message>
        <source>Tot en met:</source>
        <translation>Jusqu&apos;à (inclus) :</translation>
    </message>
    <message>
        <source>Getoond als:</source>
        <translation>Affiché comme :</translation>
    </message>
    <message>
        <source>leeftijden</source>
        <translation>âges</translation>
    </message>
    <message>
        <source>Urgentie:</source>
        <translation>Urgence :</translation>
    </message>
    <message>
        <source>urgentie</source>
        <translation>urgence</translation>
    </message>
    <message>
        <source>Thema&apos;s:</source>
        <translation>Thèmes :</translation>
    </message>
    <message>
        <source>thema&apos;s</source>
        <translation>thèmes</translation>
    </message>
    <message>
        <source>Trefwoorden:</source>
        <translation>Mots-clés :</translation>
    </message>
    <message>
        <source>trefwoorden</source>
        <translation>mots-clés</translation>
    </message>
    <message>
        <source>Aandachtspunten:</source>
        <translation>Points d&apos;attention :</translation>
    </message>
    <message>
        <source>aandachtspunten</source>
        <translation>points d&apos;attention</translation>
    </message>
    <message>
        <source>Telefoonnummers</source>
        <translation>Numéros de téléphone</translation>
    </message>
    <message>
        <source>Nummer toevoegen</source>
        <translation>Ajouter un numéro</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>https://www.voorbeeld.be</source>
        <translation>https://www.exemple.be</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>info@voorbeeld.be</source>
        <translation>info@exemple.be</translation>
    </message>
    <message>
        <source>Adressen</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <source>Adres toevoegen</source>
        <translation>Ajouter une adresse</translation>
    </message>
    <message>
        <source>Telefoon:</source>
        <translation>Téléphone :</translation>
    </message>
    <message>
        <source>telefoonnummers</source>
        <translation>numéros de téléphone</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Site web :</translation>
    </message>
    <message>
        <source>website</source>
        <translation>site web</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail :</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>Adressen:</source>
        <translation>Adresses :</translation>
    </message>
    <message>
        <source>adressen</source>
        <translation>adresses</translation>
    </message>
    <message>
        <source>Talen waarin de dienst te bereiken is</source>
        <translation>Langues dans lesquelles le service est joignable</translation>
    </message>
    <message>
        <source>Talen:</source>
        <translation>Langues :</translation>
    </message>
    <message>
        <source>talen</source>
        <translation>langues</translation>
    </message>
    <message>
        <source>Waarschuwing</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Tijdelijke waarschuwing voor het onthaal, bv. &apos;Verhuisd naar …&apos;</source>
        <translation>Avertissement temporaire pour l&apos;accueil, p. ex. « A déménagé à … »</translation>
    </message>
    <message>
        <source>Tonen tot en met</source>
        <translation>Afficher jusqu&apos;au (inclus)</translation>
    </message>
    <message>
        <source>Laatst geverifieerd</source>
        <translation>Dernière vérification</translation>
    </message>
    <message>
        <source>Vandaag geverifieerd: ik heb alle gegevens nagekeken</source>
        <translation>Vérifié aujourd&apos;hui : j&apos;ai contrôlé toutes les données</translation>
    </message>
    <message>
        <source>Vandaag geverifieerd</source>
        <translation>Vérifié aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Waarschuwing:</source>
        <translation>Avertissement :</translation>
    </message>
    <message>
        <source>waarschuwing</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>Laatst geverifieerd:</source>
        <translation>Dernière vérification :</translation>
    </message>
    <message>
        <source>{code} (taal die deze versie niet kent)</source>
        <translation>{code} (langue inconnue de cette version)</translation>
    </message>
    <message>
        <source>nooit</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>{date} door {who}</source>
        <translation>{date} par {who}</translation>
    </message>
    <message>
        <source>Nummer {n}: {problem}</source>
        <translation>Numéro {n} : {problem}</translation>
    </message>
    <message>
        <source>Een dienst heeft een naam.</source>
        <translation>Un service doit avoir un nom.</translation>
    </message>
    <message>
        <source>Nakijken of deze dienst al bestaat…</source>
        <translation>Vérification si ce service existe déjà…</translation>
    </message>
    <message>
        <source>Iemand anders heeft deze dienst intussen opgeslagen. Bij opslaan ziet u wat er veranderde en kunt u de nieuwe versie laden.</source>
        <translation>Quelqu&apos;un d&apos;autre a enregistré ce service entre-temps. En enregistrant, vous verrez ce qui a changé et pourrez charger la nouvelle version.</translation>
    </message>
    <message>
        <source>Bestaat deze dienst al? Mogelijke dubbels:</source>
        <translation>Ce service existe-t-il déjà ? Doublons possibles :</translation>
    </message>
    <message>
        <source> — gearchiveerd</source>
        <translation> — archivé</translation>
    </message>
    <message>
        <source>Klik nog eens op &apos;Toch opslaan&apos; als het een andere dienst is.</source>
        <translation>Cliquez encore sur « Enregistrer quand même » s&apos;il s&apos;agit d&apos;un autre service.</translation>
    </message>
    <message>
        <source>Toch opslaan</source>
        <translation>Enregistrer quand même</translation>
    </message>
    <message>
        <source>De nieuwe versie is geladen. Kijk ze na en sla opnieuw op.</source>
        <translation>La nouvelle version a été chargée. Vérifiez-la et enregistrez à nouveau.</translation>
    </message>
</context>
<context>
    <name>ServiceField</name>
    <message>
        <source>sleutel</source>
        <translation>clé</translation>
    </message>
    <message>
        <source>naam</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>andere naam</source>
        <translation>autre nom</translation>
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
        <translation>statut</translation>
    </message>
    <message>
        <source>wie mag contact opnemen</source>
        <translation>qui peut prendre contact</translation>
    </message>
    <message>
        <source>hoe contact opnemen</source>
        <translation>comment prendre contact</translation>
    </message>
    <message>
        <source>minimumleeftijd</source>
        <translation>âge minimum</translation>
    </message>
    <message>
        <source>maximumleeftijd</source>
        <translation>âge maximum</translation>
    </message>
    <message>
        <source>leeftijden onbekend</source>
        <translation>âges inconnus</translation>
    </message>
    <message>
        <source>urgentie</source>
        <translation>urgence</translation>
    </message>
    <message>
        <source>thema&apos;s</source>
        <translation>thèmes</translation>
    </message>
    <message>
        <source>trefwoorden</source>
        <translation>mots-clés</translation>
    </message>
    <message>
        <source>aandachtspunten</source>
        <translation>points d&apos;attention</translation>
    </message>
    <message>
        <source>gratis</source>
        <translation>gratuit</translation>
    </message>
    <message>
        <source>anoniem</source>
        <translation>anonyme</translation>
    </message>
    <message>
        <source>website</source>
        <translation>site web</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>waarschuwing</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>waarschuwing tot</source>
        <translation>avertissement jusqu&apos;au</translation>
    </message>
    <message>
        <source>laatst geverifieerd</source>
        <translation>dernière vérification</translation>
    </message>
    <message>
        <source>geverifieerd door</source>
        <translation>vérifié par</translation>
    </message>
    <message>
        <source>telefoonnummers</source>
        <translation>numéros de téléphone</translation>
    </message>
    <message>
        <source>adressen</source>
        <translation>adresses</translation>
    </message>
    <message>
        <source>openingsuren</source>
        <translation>heures d&apos;ouverture</translation>
    </message>
    <message>
        <source>opmerking bij de uren</source>
        <translation>remarque sur les horaires</translation>
    </message>
    <message>
        <source>talen</source>
        <translation>langues</translation>
    </message>
</context>
<context>
    <name>ServiceTableModel</name>
    <message>
        <source>Enkel prof.</source>
        <translation>Pros uniq.</translation>
    </message>
    <message>
        <source>aan te vullen</source>
        <translation>à compléter</translation>
    </message>
    <message>
        <source>Dienst</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Wie belt</source>
        <translation>Qui appelle</translation>
    </message>
    <message>
        <source>Leeftijd</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Nu</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>enkel prof.</source>
        <translation>réservé pro</translation>
    </message>
    <message>
        <source>Cliënt</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Enkel voor professionals: geef dit nummer niet aan de cliënt.</source>
        <translation>Réservé aux professionnels : ne donnez pas ce numéro au client.</translation>
    </message>
    <message>
        <source>De cliënt mag deze dienst zelf contacteren.</source>
        <translation>Le client peut contacter ce service lui-même.</translation>
    </message>
    <message>
        <source>{number} — enkel voor professionals: niet aan de cliënt geven</source>
        <translation>{number} — réservé aux professionnels : ne pas donner au client</translation>
    </message>
    <message>
        <source>Openingsuren niet gekend: bel om het na te gaan.</source>
        <translation>Heures d&apos;ouverture inconnues : appelez pour vérifier.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Sneltoetsen</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Sneltoetsen van het venster</source>
        <translation>Raccourcis clavier de la fenêtre</translation>
    </message>
    <message>
        <source>Per rij een toets en wat die doet; lees met de pijltjestoetsen.</source>
        <translation>Une touche par ligne et ce qu&apos;elle fait ; lisez avec les flèches.</translation>
    </message>
    <message>
        <source>Toets</source>
        <translation>Touche</translation>
    </message>
    <message>
        <source>Wat het doet</source>
        <translation>Ce qu&apos;elle fait</translation>
    </message>
    <message>
        <source>In het zoekveld brengen pijl omlaag en Enter je naar de gevonden diensten; Tab gaat van het zoekveld naar de filters, de lijst, het detail en de checklist. F12 verbergt het venster ook vanuit een dialoogvenster.</source>
        <translation>Dans le champ de recherche, la flèche bas et Entrée mènent aux services trouvés ; Tab va du champ de recherche aux filtres, à la liste, au détail et à la checklist. F12 masque la fenêtre aussi depuis une boîte de dialogue.</translation>
    </message>
</context>
<context>
    <name>SmokeTest</name>
    <message>
        <source>Rooktest geslaagd: venster &apos;{title}&apos; ({width}×{height}) toont {rows} diensten, eerste: {first} (na {seconds:.1f} s)</source>
        <translation>Test de fumée réussi : la fenêtre « {title} » ({width}×{height}) affiche {rows} services, premier : {first} (après {seconds:.1f} s)</translation>
    </message>
    <message>
        <source>Rooktest mislukt: na {seconds:.0f} s staat er geen dienst in de lijst</source>
        <translation>Échec du test de fumée : après {seconds:.0f} s, la liste n’affiche aucun service</translation>
    </message>
</context>
<context>
    <name>SpokenLanguage</name>
    <message>
        <source>Nederlands</source>
        <translation>néerlandais</translation>
    </message>
    <message>
        <source>Frans</source>
        <translation>français</translation>
    </message>
    <message>
        <source>Duits</source>
        <translation>allemand</translation>
    </message>
    <message>
        <source>Vlaamse Gebarentaal</source>
        <translation>langue des signes flamande</translation>
    </message>
    <message>
        <source>Frans-Belgische Gebarentaal</source>
        <translation>langue des signes de Belgique francophone</translation>
    </message>
    <message>
        <source>Engels</source>
        <translation>anglais</translation>
    </message>
    <message>
        <source>Albanees</source>
        <translation>albanais</translation>
    </message>
    <message>
        <source>Amhaars</source>
        <translation>amharique</translation>
    </message>
    <message>
        <source>Arabisch</source>
        <translation>arabe</translation>
    </message>
    <message>
        <source>Armeens</source>
        <translation>arménien</translation>
    </message>
    <message>
        <source>Bengaals</source>
        <translation>bengali</translation>
    </message>
    <message>
        <source>Bosnisch</source>
        <translation>bosnien</translation>
    </message>
    <message>
        <source>Bulgaars</source>
        <translation>bulgare</translation>
    </message>
    <message>
        <source>Chinees</source>
        <translation>chinois</translation>
    </message>
    <message>
        <source>Dari</source>
        <translation>dari</translation>
    </message>
    <message>
        <source>Georgisch</source>
        <translation>géorgien</translation>
    </message>
    <message>
        <source>Grieks</source>
        <translation>grec</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>hindi</translation>
    </message>
    <message>
        <source>Hongaars</source>
        <translation>hongrois</translation>
    </message>
    <message>
        <source>Italiaans</source>
        <translation>italien</translation>
    </message>
    <message>
        <source>Koerdisch</source>
        <translation>kurde</translation>
    </message>
    <message>
        <source>Kroatisch</source>
        <translation>croate</translation>
    </message>
    <message>
        <source>Lingala</source>
        <translation>lingala</translation>
    </message>
    <message>
        <source>Oekraïens</source>
        <translation>ukrainien</translation>
    </message>
    <message>
        <source>Pasjtoe</source>
        <translation>pachto</translation>
    </message>
    <message>
        <source>Perzisch</source>
        <translation>persan</translation>
    </message>
    <message>
        <source>Pools</source>
        <translation>polonais</translation>
    </message>
    <message>
        <source>Portugees</source>
        <translation>portugais</translation>
    </message>
    <message>
        <source>Punjabi</source>
        <translation>pendjabi</translation>
    </message>
    <message>
        <source>Roemeens</source>
        <translation>roumain</translation>
    </message>
    <message>
        <source>Romani</source>
        <translation>romani</translation>
    </message>
    <message>
        <source>Russisch</source>
        <translation>russe</translation>
    </message>
    <message>
        <source>Servisch</source>
        <translation>serbe</translation>
    </message>
    <message>
        <source>Slowaaks</source>
        <translation>slovaque</translation>
    </message>
    <message>
        <source>Somalisch</source>
        <translation>somali</translation>
    </message>
    <message>
        <source>Spaans</source>
        <translation>espagnol</translation>
    </message>
    <message>
        <source>Swahili</source>
        <translation>swahili</translation>
    </message>
    <message>
        <source>Tamil</source>
        <translation>tamoul</translation>
    </message>
    <message>
        <source>Tarifit (Berbers)</source>
        <translation>tarifit (berbère)</translation>
    </message>
    <message>
        <source>Tigrinya</source>
        <translation>tigrigna</translation>
    </message>
    <message>
        <source>Tsjechisch</source>
        <translation>tchèque</translation>
    </message>
    <message>
        <source>Tsjetsjeens</source>
        <translation>tchétchène</translation>
    </message>
    <message>
        <source>Turks</source>
        <translation>turc</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>ourdou</translation>
    </message>
    <message>
        <source>Vietnamees</source>
        <translation>vietnamien</translation>
    </message>
    <message>
        <source>Onbekende taalcode: {codes} (ISO 639, zoals nl of vgt).</source>
        <translation>Code de langue inconnu : {codes} (ISO 639, comme nl ou vgt).</translation>
    </message>
</context>
<context>
    <name>TermEditorDialog</name>
    <message>
        <source>alarmsignaal</source>
        <translation>signal d&apos;alarme</translation>
    </message>
    <message>
        <source>beschermend</source>
        <translation>protecteur</translation>
    </message>
    <message>
        <source>signaal</source>
        <translation>signal</translation>
    </message>
    <message>
        <source>Zoekterm bewerken</source>
        <translation>Modifier le terme de recherche</translation>
    </message>
    <message>
        <source>Nieuwe zoekterm</source>
        <translation>Nouveau terme de recherche</translation>
    </message>
    <message>
        <source>Zoekterm</source>
        <translation>Terme de recherche</translation>
    </message>
    <message>
        <source>Wie deze term intypt, vindt ook de diensten met de woorden hieronder in hun naam, beschrijving, trefwoorden of thema&apos;s; de aangevinkte signalen toont het venster bij de checklist.</source>
        <translation>Qui tape ce terme trouve aussi les services qui ont les mots ci-dessous dans leur nom, description, mots-clés ou thèmes ; la fenêtre affiche les signaux cochés avec la check-list.</translation>
    </message>
    <message>
        <source>Uitleg</source>
        <translation>Explication</translation>
    </message>
    <message>
        <source>een woord of uitdrukking, bv. vluchthuis</source>
        <translation>un mot ou une expression, p. ex. refuge</translation>
    </message>
    <message>
        <source>Woorden van de wegwijzer die de term vindt</source>
        <translation>Mots du répertoire que le terme trouve</translation>
    </message>
    <message>
        <source>gescheiden door komma&apos;s of op aparte regels, bv. partnergeweld, opvang</source>
        <translation>séparés par des virgules ou sur des lignes distinctes, p. ex. partnergeweld, opvang</translation>
    </message>
    <message>
        <source>Signalen van de checklist die de term noemt</source>
        <translation>Signaux de la check-list que le terme désigne</translation>
    </message>
    <message>
        <source>Spatie vinkt het gekozen signaal aan of af</source>
        <translation>Espace coche ou décoche le signal choisi</translation>
    </message>
    <message>
        <source>{key} (niet meer in de checklist)</source>
        <translation>{key} (plus dans la check-list)</translation>
    </message>
    <message>
        <source>zoekterm</source>
        <translation>terme de recherche</translation>
    </message>
    <message>
        <source>&amp;Zoekterm:</source>
        <translation>&amp;Terme :</translation>
    </message>
    <message>
        <source>&amp;Vindt:</source>
        <translation>T&amp;rouve :</translation>
    </message>
    <message>
        <source>&amp;Signalen:</source>
        <translation>&amp;Signaux :</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>TermsDialog</name>
    <message>
        <source>Zoektermen</source>
        <translation>Termes de recherche</translation>
    </message>
    <message>
        <source>Woorden die mensen gebruiken, en de woorden van de wegwijzer die ze vinden. Elke wijziging komt in het spoor op uw naam.</source>
        <translation>Les mots que les gens utilisent, et les mots du répertoire qu&apos;ils trouvent. Chaque modification est enregistrée dans l&apos;historique à votre nom.</translation>
    </message>
    <message>
        <source>Uitleg</source>
        <translation>Explication</translation>
    </message>
    <message>
        <source>Zoektermen filteren</source>
        <translation>Filtrer les termes de recherche</translation>
    </message>
    <message>
        <source>Filteren op zoekterm, woord of signaal…</source>
        <translation>Filtrer par terme, mot ou signal…</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtrer :</translation>
    </message>
    <message>
        <source>Aantal zoektermen</source>
        <translation>Nombre de termes de recherche</translation>
    </message>
    <message>
        <source>zoektermen</source>
        <translation>termes de recherche</translation>
    </message>
    <message>
        <source>&amp;Nieuw…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>Nieuwe zoekterm</source>
        <translation>Nouveau terme de recherche</translation>
    </message>
    <message>
        <source>&amp;Bewerken…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Zoekterm bewerken</source>
        <translation>Modifier le terme de recherche</translation>
    </message>
    <message>
        <source>&amp;Verwijderen…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Zoekterm verwijderen</source>
        <translation>Supprimer le terme de recherche</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>{n} zoektermen</source>
        <translation>{n} termes de recherche</translation>
    </message>
    <message>
        <source>{shown} van {n} zoektermen</source>
        <translation>{shown} sur {n} termes de recherche</translation>
    </message>
    <message>
        <source>&apos;{term}&apos; uit de zoektermen verwijderen? Wie het intypt, vindt dan enkel nog diensten waarin het woord zelf staat.</source>
        <translation>Supprimer « {term} » des termes de recherche ? Qui le tape ne trouvera alors plus que les services qui contiennent le mot lui-même.</translation>
    </message>
    <message>
        <source>Verwijderen bevestigen</source>
        <translation>Confirmer la suppression</translation>
    </message>
    <message>
        <source>&apos;{term}&apos; was er al niet meer; de lijst is vernieuwd.</source>
        <translation>« {term} » n&apos;existait déjà plus ; la liste a été actualisée.</translation>
    </message>
</context>
<context>
    <name>TermsModel</name>
    <message>
        <source>Zoekterm</source>
        <translation>Terme de recherche</translation>
    </message>
    <message>
        <source>Vindt</source>
        <translation>Trouve</translation>
    </message>
    <message>
        <source>Signalen</source>
        <translation>Signaux</translation>
    </message>
</context>
<context>
    <name>ThemeFilter</name>
    <message>
        <source>Thema&apos;s</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Opent een lijst: vink een of meer thema&apos;s aan; een dienst met één ervan telt.</source>
        <translation>Ouvre une liste : cochez un ou plusieurs thèmes ; un service qui en a un compte.</translation>
    </message>
    <message>
        <source>Alle thema&apos;s</source>
        <translation>Tous les thèmes</translation>
    </message>
    <message>
        <source>{n} thema&apos;s</source>
        <translation>{n} thèmes</translation>
    </message>
    <message>
        <source>Geen thema gekozen: alle diensten</source>
        <translation>Aucun thème choisi : tous les services</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Coördinatormodus ontgrendelen</source>
        <translation>Déverrouiller le mode coordinateur</translation>
    </message>
    <message>
        <source>Coördinatormodus</source>
        <translation>Mode coordinateur</translation>
    </message>
    <message>
        <source>Er is nog geen coördinatorwachtwoord. Kies er een (minstens {n} tekens): wie het kent, kan de wegwijzer wijzigen. Elke wijziging draagt uw naam.</source>
        <translation>Il n&apos;y a pas encore de mot de passe coordinateur. Choisissez-en un (au moins {n} caractères) : qui le connaît peut modifier le répertoire. Chaque modification porte votre nom.</translation>
    </message>
    <message>
        <source>Geef uw naam en het coördinatorwachtwoord. Elke wijziging draagt uw naam.</source>
        <translation>Indiquez votre nom et le mot de passe coordinateur. Chaque modification porte votre nom.</translation>
    </message>
    <message>
        <source>Uitleg</source>
        <translation>Explication</translation>
    </message>
    <message>
        <source>Uw naam</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Wachtwoord</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Wachtwoord herhalen</source>
        <translation>Répéter le mot de passe</translation>
    </message>
    <message>
        <source>ontgrendelen</source>
        <translation>déverrouiller</translation>
    </message>
    <message>
        <source>Instellen en ontgrendelen</source>
        <translation>Définir et déverrouiller</translation>
    </message>
    <message>
        <source>Ontgrendelen</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Uw naam:</source>
        <translation>Votre nom :</translation>
    </message>
    <message>
        <source>Wachtwoord:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>Nog eens:</source>
        <translation>Encore une fois :</translation>
    </message>
    <message>
        <source>Vul uw naam in: elke wijziging draagt ze.</source>
        <translation>Indiquez votre nom : chaque modification le porte.</translation>
    </message>
    <message>
        <source>De twee wachtwoorden verschillen.</source>
        <translation>Les deux mots de passe sont différents.</translation>
    </message>
    <message>
        <source>Het wachtwoord klopt niet.</source>
        <translation>Le mot de passe est incorrect.</translation>
    </message>
</context>
<context>
    <name>WorklistDialog</name>
    <message>
        <source>Werklijst</source>
        <translation>Liste de travail</translation>
    </message>
    <message>
        <source>Werklijst: te verifiëren en aan te vullen</source>
        <translation>Liste de travail : à vérifier et à compléter</translation>
    </message>
    <message>
        <source>Aantal diensten</source>
        <translation>Nombre de services</translation>
    </message>
    <message>
        <source>Werklijst laden…</source>
        <translation>Chargement de la liste de travail…</translation>
    </message>
    <message>
        <source>werklijst</source>
        <translation>liste de travail</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>{n} dienst(en) vragen aandacht</source>
        <translation>{n} service(s) demandent de l&apos;attention</translation>
    </message>
    <message>
        <source>Bewerken</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>{name} bewerken</source>
        <translation>Modifier {name}</translation>
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
        <translation>En retard</translation>
    </message>
    <message>
        <source>Laatst geverifieerd</source>
        <translation>Dernière vérification</translation>
    </message>
    <message>
        <source>Wat te doen</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>{name} bewerken</source>
        <translation>Modifier {name}</translation>
    </message>
    <message>
        <source>Bewerken</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>nooit geverifieerd</source>
        <translation>jamais vérifié</translation>
    </message>
    <message>
        <source>{n} dagen</source>
        <translation>{n} jours</translation>
    </message>
    <message>
        <source>nooit</source>
        <translation>jamais</translation>
    </message>
</context>
<context>
    <name>acute</name>
    <message>
        <source>Bel eerst de politie: {police}, of {emergency} bij levensgevaar of medische nood</source>
        <translation>Appelez d&apos;abord la police : {police}, ou le {emergency} en cas de danger de mort ou d&apos;urgence médicale</translation>
    </message>
    <message>
        <source>het crisisteam −18</source>
        <translation>l&apos;équipe de crise −18</translation>
    </message>
    <message>
        <source>enkel via een hulpverlener</source>
        <translation>uniquement par l&apos;intermédiaire d&apos;un professionnel</translation>
    </message>
    <message>
        <source>de wachtdienst van het VK</source>
        <translation>le service de garde du VK</translation>
    </message>
    <message>
        <source>&apos;s avonds en in het weekend, voor dringende situaties</source>
        <translation>le soir et le week-end, pour les situations urgentes</translation>
    </message>
    <message>
        <source>het CAW-crisisteam +18</source>
        <translation>l&apos;équipe de crise du CAW +18</translation>
    </message>
    <message>
        <source>Overleg met Veilig Huis of bespreek het in je team</source>
        <translation>Concertez-vous avec Veilig Huis ou parlez-en en équipe</translation>
    </message>
    <message>
        <source>Bel daarna {who}{detail}: {number}</source>
        <translation>Appelez ensuite {who}{detail} : {number}</translation>
    </message>
    <message>
        <source>Daarna {who}{detail}: nummer nog niet ingevuld in de wegwijzer. Bel intussen {police} of {emergency}</source>
        <translation>Ensuite {who}{detail} : numéro pas encore renseigné dans le répertoire. En attendant, appelez le {police} ou le {emergency}</translation>
    </message>
</context>
<context>
    <name>ages</name>
    <message>
        <source>&apos;{text}&apos; is geen leeftijd: geef jaren (34), maanden (18m) of &apos;ongeboren&apos;.</source>
        <translation>&apos;{text}&apos; n&apos;est pas un âge : indiquez des années (34), des mois (18m) ou &apos;unborn&apos; (à naître).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is geen realistische leeftijd.</source>
        <translation>&apos;{text}&apos; n&apos;est pas un âge réaliste.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>gebruik: </source>
        <translation>utilisation : </translation>
    </message>
    <message>
        <source>opties</source>
        <translation>options</translation>
    </message>
    <message>
        <source>argumenten</source>
        <translation>arguments</translation>
    </message>
    <message>
        <source>deze hulp tonen en stoppen</source>
        <translation>afficher cette aide et quitter</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s : %(message)s</translation>
    </message>
    <message>
        <source>deze argumenten ontbreken: %s</source>
        <translation>ces arguments manquent : %s</translation>
    </message>
    <message>
        <source>een van deze argumenten is nodig: %s</source>
        <translation>un de ces arguments est requis : %s</translation>
    </message>
    <message>
        <source>onbekende argumenten: %s</source>
        <translation>arguments inconnus : %s</translation>
    </message>
    <message>
        <source>ongeldige keuze: %(value)r (kies uit %(choices)s)</source>
        <translation>choix invalide : %(value)r (choisir parmi %(choices)s)</translation>
    </message>
    <message>
        <source>ongeldige waarde: %(value)r</source>
        <translation>valeur invalide : %(value)r</translation>
    </message>
    <message>
        <source>verwacht één waarde</source>
        <translation>une valeur attendue</translation>
    </message>
    <message>
        <source>verwacht hoogstens één waarde</source>
        <translation>au plus une valeur attendue</translation>
    </message>
    <message>
        <source>verwacht minstens één waarde</source>
        <translation>au moins une valeur attendue</translation>
    </message>
    <message>
        <source>niet samen met %s</source>
        <translation>incompatible avec %s</translation>
    </message>
    <message>
        <source>dubbelzinnige optie: %(option)s kan %(matches)s zijn</source>
        <translation>option ambiguë : %(option)s peut être %(matches)s</translation>
    </message>
    <message>
        <source>waarde %r genegeerd</source>
        <translation>valeur %r ignorée</translation>
    </message>
    <message>
        <source>onbekende opdracht %(parser_name)r (kies uit %(choices)s)</source>
        <translation>commande inconnue %(parser_name)r (choisir parmi %(choices)s)</translation>
    </message>
    <message>
        <source>kan &apos;%(filename)s&apos; niet openen: %(error)s</source>
        <translation>impossible d&apos;ouvrir &apos;%(filename)s&apos; : %(error)s</translation>
    </message>
    <message>
        <source>%(prog)s: fout: %(message)s
</source>
        <translation>%(prog)s : erreur : %(message)s
</translation>
    </message>
    <message>
        <source>verwacht %s waarde</source>
        <translation>%s valeur attendue</translation>
    </message>
    <message>
        <source>verwacht %s waarden</source>
        <translation>%s valeurs attendues</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>aangemaakt</source>
        <translation>créé</translation>
    </message>
    <message>
        <source>gewijzigd</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>gearchiveerd</source>
        <translation>archivé</translation>
    </message>
    <message>
        <source>uit het archief teruggezet</source>
        <translation>restauré depuis les archives</translation>
    </message>
    <message>
        <source>geverifieerd</source>
        <translation>vérifié</translation>
    </message>
    <message>
        <source>eerdere waarde teruggezet</source>
        <translation>valeur antérieure rétablie</translation>
    </message>
    <message>
        <source>wachtwoord ingesteld</source>
        <translation>mot de passe défini</translation>
    </message>
    <message>
        <source>verwijderd</source>
        <translation>supprimé</translation>
    </message>
</context>
<context>
    <name>auth</name>
    <message>
        <source>Kies een wachtwoord van minstens {count} tekens.</source>
        <translation>Choisissez un mot de passe d&apos;au moins {count} caractères.</translation>
    </message>
    <message>
        <source>Een wachtwoord begint of eindigt niet met een spatie.</source>
        <translation>Un mot de passe ne commence ni ne se termine par une espace.</translation>
    </message>
    <message>
        <source>Er is al een coördinatorwachtwoord ingesteld.</source>
        <translation>Un mot de passe coordinateur a déjà été défini.</translation>
    </message>
    <message>
        <source>Het huidige wachtwoord klopt niet.</source>
        <translation>Le mot de passe actuel est incorrect.</translation>
    </message>
</context>
<context>
    <name>check</name>
    <message>
        <source>nooit geverifieerd</source>
        <translation>jamais vérifié</translation>
    </message>
    <message>
        <source>laatste verificatie langer dan 12 maanden geleden</source>
        <translation>dernière vérification il y a plus de 12 mois</translation>
    </message>
    <message>
        <source>geen telefoonnummer (aan te vullen)</source>
        <translation>pas de numéro de téléphone (à compléter)</translation>
    </message>
    <message>
        <source>geen enkele contactgegeven (telefoon, e-mail of website)</source>
        <translation>aucune coordonnée (téléphone, e-mail ou site web)</translation>
    </message>
    <message>
        <source>openingsuren onbekend (aan te vullen)</source>
        <translation>heures d&apos;ouverture inconnues (à compléter)</translation>
    </message>
    <message>
        <source>waarschuwing verlopen</source>
        <translation>avertissement expiré</translation>
    </message>
    <message>
        <source>bron te verifiëren</source>
        <translation>source à vérifier</translation>
    </message>
    <message>
        <source>({days} dagen te laat)</source>
        <translation>({days} jours de retard)</translation>
    </message>
    <message>
        <source>(sinds {days} dagen)</source>
        <translation>(depuis {days} jours)</translation>
    </message>
</context>
<context>
    <name>checklist</name>
    <message>
        <source>Dit is een hulpmiddel voor dit ene gesprek, geen gevalideerde risico-inschatting. Je eigen professionele oordeel gaat altijd voor: maak je je zorgen, schakel dan ook op tijd hulp in als er weinig is aangevinkt. Wat je aanvinkt, wordt nergens bewaard en verdwijnt bij een nieuw gesprek.</source>
        <translation>Ceci est un outil d&apos;aide pour cet entretien-ci, pas une évaluation des risques validée. Votre propre jugement professionnel prime toujours : si vous êtes inquiet, faites appel à de l&apos;aide à temps, même si peu d&apos;éléments sont cochés. Ce que vous cochez n&apos;est enregistré nulle part et disparaît lors d&apos;un nouvel entretien.</translation>
    </message>
    <message>
        <source>Praat met de cliënt over de kinderen en over het ouderschap (standaard bij elke volwassen cliënt)</source>
        <translation>Parlez avec le client des enfants et de la parentalité (systématiquement avec chaque client adulte)</translation>
    </message>
    <message>
        <source>Peil naar de veiligheid thuis en naar hoe het met de kinderen gaat (standaard bij elke volwassen cliënt)</source>
        <translation>Renseignez-vous sur la sécurité à la maison et sur la façon dont vont les enfants (systématiquement avec chaque client adulte)</translation>
    </message>
    <message>
        <source>Ondersteun de cliënt in de rol van ouder (standaard bij elke volwassen cliënt)</source>
        <translation>Soutenez le client dans son rôle de parent (systématiquement avec chaque client adulte)</translation>
    </message>
    <message>
        <source>Ga verder na of er verontrusting is en of er bereidheid is om hulp te aanvaarden (wanneer nodig)</source>
        <translation>Examinez plus avant s&apos;il y a des inquiétudes et s&apos;il y a une volonté d&apos;accepter de l&apos;aide (si nécessaire)</translation>
    </message>
    <message>
        <source>Werk aan het herstel van de veiligheid (wanneer nodig)</source>
        <translation>Travaillez au rétablissement de la sécurité (si nécessaire)</translation>
    </message>
    <message>
        <source>Betrek een gemandateerde voorziening, zoals het VK of het OCJ (wanneer nodig)</source>
        <translation>Faites appel à un service mandaté, comme le VK ou l&apos;OCJ (si nécessaire)</translation>
    </message>
    <message>
        <source>Stalking</source>
        <translation>Harcèlement obsessionnel (stalking)</translation>
    </message>
    <message>
        <source>Achtervolgen, opwachten, blijven berichten sturen; let vooral op hoeveel tijd en moeite de pleger erin steekt.</source>
        <translation>Suivre, guetter, continuer à envoyer des messages ; soyez particulièrement attentif au temps et à l&apos;énergie que l&apos;auteur y consacre.</translation>
    </message>
    <message>
        <source>Doodsbedreigingen tegen de partner of de kinderen, of dreigen met zelfdoding</source>
        <translation>Menaces de mort envers le partenaire ou les enfants, ou menaces de suicide</translation>
    </message>
    <message>
        <source>Ook een dreiging met suïcide telt mee.</source>
        <translation>Une menace de suicide compte également.</translation>
    </message>
    <message>
        <source>Bezit of gebruik van wapens</source>
        <translation>Possession ou usage d&apos;armes</translation>
    </message>
    <message>
        <source>Ook voorwerpen die als wapen gebruikt of getoond worden.</source>
        <translation>Y compris des objets utilisés ou montrés comme arme.</translation>
    </message>
    <message>
        <source>Recent gewelddadig gedrag</source>
        <translation>Comportement violent récent</translation>
    </message>
    <message>
        <source>Geweld tijdens de zwangerschap</source>
        <translation>Violence pendant la grossesse</translation>
    </message>
    <message>
        <source>Denk ook aan het ongeboren kind: doorloop de Kindreflex.</source>
        <translation>Pensez aussi à l&apos;enfant à naître : parcourez le Kindreflex.</translation>
    </message>
    <message>
        <source>Seks zonder wederzijdse toestemming</source>
        <translation>Relations sexuelles sans consentement mutuel</translation>
    </message>
    <message>
        <source>Het ZSG vangt slachtoffers van (hands-on) seksueel geweld op, met medische, psychologische en politionele diensten op één plek.</source>
        <translation>Le ZSG (centre de prise en charge des violences sexuelles, CPVS) accueille les victimes de violences sexuelles (avec contact physique), avec des services médicaux, psychologiques et policiers en un même lieu.</translation>
    </message>
    <message>
        <source>Noodzakelijke (medische) zorg wordt geweigerd</source>
        <translation>Des soins (médicaux) nécessaires sont refusés</translation>
    </message>
    <message>
        <source>Bijvoorbeeld: iemand wordt weggehouden van de dokter, of nodige zorg wordt afgewezen.</source>
        <translation>Par exemple : quelqu&apos;un est tenu à l&apos;écart du médecin, ou des soins nécessaires sont refusés.</translation>
    </message>
    <message>
        <source>Wurging, verstikking of verdrinking</source>
        <translation>Strangulation, étouffement ou noyade</translation>
    </message>
    <message>
        <source>Schakel medische hulp in (check-up bij wurging).</source>
        <translation>Faites appel à une aide médicale (examen médical en cas de strangulation).</translation>
    </message>
    <message>
        <source>De persoon zwijgt wanneer de partner in de buurt is</source>
        <translation>La personne se tait lorsque le partenaire est à proximité</translation>
    </message>
    <message>
        <source>Probeer de persoon alleen te spreken en let op de machtsverhoudingen.</source>
        <translation>Essayez de parler seul à seul avec la personne et soyez attentif aux rapports de force.</translation>
    </message>
    <message>
        <source>Het geweld wordt frequenter en ernstiger</source>
        <translation>La violence devient plus fréquente et plus grave</translation>
    </message>
    <message>
        <source>Vraag sinds wanneer het geweld er is en hoe vaak het gebeurt.</source>
        <translation>Demandez depuis quand la violence dure et à quelle fréquence elle se produit.</translation>
    </message>
    <message>
        <source>Misbruik van middelen, zoals alcohol, medicatie of drugs</source>
        <translation>Abus de substances, comme l&apos;alcool, les médicaments ou les drogues</translation>
    </message>
    <message>
        <source>Bij wie dan ook in het gezin; vraag er gericht naar.</source>
        <translation>Chez n&apos;importe quel membre de la famille ; posez la question de manière ciblée.</translation>
    </message>
    <message>
        <source>Psychiatrische problemen</source>
        <translation>Problèmes psychiatriques</translation>
    </message>
    <message>
        <source>Bijvoorbeeld een persoonlijkheidsstoornis; vraag er gericht naar.</source>
        <translation>Par exemple un trouble de la personnalité ; posez la question de manière ciblée.</translation>
    </message>
    <message>
        <source>Er zijn kinderen in huis of er is een kind op komst</source>
        <translation>Il y a des enfants à la maison ou un enfant est attendu</translation>
    </message>
    <message>
        <source>Vraag naar hun leeftijden en of ze het geweld meemaken, en doorloop de Kindreflex.</source>
        <translation>Demandez leur âge et s&apos;ils sont témoins de la violence, et parcourez le Kindreflex.</translation>
    </message>
    <message>
        <source>Vermoeden van kans op eergerelateerd geweld</source>
        <translation>Soupçon de risque de violence liée à l&apos;honneur</translation>
    </message>
    <message>
        <source>Breng ook de brede familie in beeld, eventueel in het land van herkomst.</source>
        <translation>Identifiez aussi la famille élargie, éventuellement dans le pays d&apos;origine.</translation>
    </message>
    <message>
        <source>De persoon is zelf bang voor (ernstiger) geweld</source>
        <translation>La personne a elle-même peur de violences (plus graves)</translation>
    </message>
    <message>
        <source>Neem die angst ernstig, ook als jij het gevaar kleiner inschat.</source>
        <translation>Prenez cette peur au sérieux, même si vous estimez le danger moins grand.</translation>
    </message>
    <message>
        <source>Er is een ondersteunend sociaal netwerk</source>
        <translation>Il existe un réseau social de soutien</translation>
    </message>
    <message>
        <source>Vraag door naar familie en vrienden; neem niet te snel genoegen met &quot;ik heb geen netwerk&quot;.</source>
        <translation>Renseignez-vous davantage sur la famille et les amis ; ne vous contentez pas trop vite d&apos;un &quot;je n&apos;ai pas de réseau&quot;.</translation>
    </message>
    <message>
        <source>Het netwerk houdt een oogje in het zeil (sociale controle)</source>
        <translation>Le réseau garde un œil sur la situation (contrôle social)</translation>
    </message>
    <message>
        <source>De buren zijn op de hoogte van de situatie</source>
        <translation>Les voisins sont au courant de la situation</translation>
    </message>
    <message>
        <source>De betrokkenen zijn bereid om (opnieuw) opvolging toe te laten</source>
        <translation>Les personnes concernées sont disposées à accepter (à nouveau) un suivi</translation>
    </message>
    <message>
        <source>Er lopen justitiële procedures die effect hebben op het geweld</source>
        <translation>Des procédures judiciaires en cours ont un effet sur la violence</translation>
    </message>
    <message>
        <source>Er is bereidheid om opvolging te aanvaarden voor psychische kwetsbaarheid of verslaving</source>
        <translation>Il y a une volonté d&apos;accepter un suivi pour une vulnérabilité psychique ou une dépendance</translation>
    </message>
    <message>
        <source>Er is betrokkenheid en steun voor het kind, bv. een band met een zorgende volwassene buiten het gezin</source>
        <translation>L&apos;enfant bénéficie d&apos;implication et de soutien, p. ex. un lien avec un adulte bienveillant en dehors de la famille</translation>
    </message>
    <message>
        <source>Bijvoorbeeld een affectieve band met een meter, nonkel, juf of zorgcoördinator.</source>
        <translation>Par exemple un lien affectif avec une marraine, un oncle, une institutrice ou un coordinateur de soins.</translation>
    </message>
    <message>
        <source>Gedrag</source>
        <translation>Comportement</translation>
    </message>
    <message>
        <source>Verdedigt de partner, de ouder of het familielid</source>
        <translation>Défend le partenaire, le parent ou le membre de la famille</translation>
    </message>
    <message>
        <source>Doet alsof er niets aan de hand is</source>
        <translation>Fait comme si de rien n&apos;était</translation>
    </message>
    <message>
        <source>Gedraagt zich opvallend anders wanneer de partner erbij is</source>
        <translation>Se comporte de manière nettement différente en présence du partenaire</translation>
    </message>
    <message>
        <source>Is plots religieus of heeft plots een andere, sterkere mening</source>
        <translation>Est soudain devenu religieux ou a soudain une opinion différente, plus tranchée</translation>
    </message>
    <message>
        <source>Is plots overdreven druk of juist overdreven rustig</source>
        <translation>Est soudain exagérément agité ou au contraire exagérément calme</translation>
    </message>
    <message>
        <source>Heeft een laag zelfbeeld of zegt negatieve dingen over zichzelf</source>
        <translation>A une faible estime de soi ou dit des choses négatives sur lui-même</translation>
    </message>
    <message>
        <source>Moet altijd bereikbaar zijn voor de partner</source>
        <translation>Doit toujours être joignable pour le partenaire</translation>
    </message>
    <message>
        <source>Is zonder duidelijke reden plots bang, boos, verward of depressief</source>
        <translation>Est soudain effrayé, en colère, confus ou déprimé sans raison apparente</translation>
    </message>
    <message>
        <source>Contact met anderen</source>
        <translation>Contacts avec les autres</translation>
    </message>
    <message>
        <source>Heeft plots minder contact met vrienden of familie</source>
        <translation>A soudain moins de contacts avec ses amis ou sa famille</translation>
    </message>
    <message>
        <source>Ontwijkt vragen of antwoordt vaag</source>
        <translation>Évite les questions ou répond de façon vague</translation>
    </message>
    <message>
        <source>Zegt afspraken op het laatste moment af of komt niet opdagen</source>
        <translation>Annule des rendez-vous au dernier moment ou ne se présente pas</translation>
    </message>
    <message>
        <source>Maakt geen oogcontact</source>
        <translation>N&apos;établit pas de contact visuel</translation>
    </message>
    <message>
        <source>Schrikt bij een aanraking</source>
        <translation>Sursaute lorsqu&apos;on le touche</translation>
    </message>
    <message>
        <source>Verder</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>Is moeilijk alleen te spreken</source>
        <translation>Est difficile à rencontrer seul à seul</translation>
    </message>
    <message>
        <source>Kan verwondingen of kapotte spullen niet verklaren</source>
        <translation>Ne peut pas expliquer des blessures ou des objets cassés</translation>
    </message>
    <message>
        <source>Laat letsels medisch attesteren in dagen werkonbekwaamheid, ook als de persoon geen werk heeft.</source>
        <translation>Faites attester médicalement les lésions en jours d&apos;incapacité de travail, même si la personne n&apos;a pas d&apos;emploi.</translation>
    </message>
    <message>
        <source>Heeft geen eigen geld, heeft schulden of is financieel afhankelijk van de partner</source>
        <translation>N&apos;a pas d&apos;argent à soi, a des dettes ou dépend financièrement du partenaire</translation>
    </message>
    <message>
        <source>Gaat vaker naar de huisarts of gebruikt (meer) slaap- of pijnmiddelen</source>
        <translation>Consulte plus souvent le médecin généraliste ou prend (davantage de) somnifères ou d&apos;antidouleurs</translation>
    </message>
    <message>
        <source>Gebruikt verdovende middelen, zoals alcohol of drugs</source>
        <translation>Consomme des substances psychotropes, comme l&apos;alcool ou les drogues</translation>
    </message>
    <message>
        <source>Doet veel, of net niets, in het huishouden</source>
        <translation>En fait beaucoup, ou au contraire rien du tout, dans le ménage</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>{prog}: fout: {message}</source>
        <translation>{prog} : erreur : {message}</translation>
    </message>
    <message>
        <source>IFG-wegwijzer: waar verwijs je iemand naar bij intrafamiliaal geweld?</source>
        <translation>IFG-wegwijzer : vers où orienter une personne confrontée à la violence intrafamiliale ?</translation>
    </message>
    <message>
        <source>het versienummer tonen en stoppen</source>
        <translation>afficher le numéro de version et quitter</translation>
    </message>
    <message>
        <source>databank: een SQLAlchemy-URL of een pad naar een SQLite-bestand (standaard: IFG_DESKTOP_DB, anders een bestand in de gebruikersmap)</source>
        <translation>base de données : une URL SQLAlchemy ou le chemin d&apos;un fichier SQLite (par défaut : IFG_DESKTOP_DB, sinon un fichier dans le dossier de l&apos;utilisateur)</translation>
    </message>
    <message>
        <source>de taal van de uitvoer en het venster: nl, en of fr (standaard: de taal van LC_ALL, LC_MESSAGES of LANG, anders nl)</source>
        <translation>la langue de la sortie et de la fenêtre : nl, en ou fr (par défaut : la langue de LC_ALL, LC_MESSAGES ou LANG, sinon nl)</translation>
    </message>
    <message>
        <source>diensten zoeken zoals in het venster</source>
        <translation>rechercher des services comme dans la fenêtre</translation>
    </message>
    <message>
        <source>34 (jaar), 18m (maanden) of unborn</source>
        <translation>34 (ans), 18m (mois) ou unborn (à naître)</translation>
    </message>
    <message>
        <source>enkel wat nu open is</source>
        <translation>seulement ce qui est ouvert maintenant</translation>
    </message>
    <message>
        <source>open op dit moment (ISO 8601, Brusselse tijd)</source>
        <translation>ouvert à ce moment (ISO 8601, heure de Bruxelles)</translation>
    </message>
    <message>
        <source>enkel 24 op 7</source>
        <translation>seulement 24 h/24, 7 j/7</translation>
    </message>
    <message>
        <source>client: enkel diensten die een cliënt zelf mag contacteren (standaard: alle)</source>
        <translation>client : seulement les services qu&apos;un client peut contacter lui-même (par défaut : tous)</translation>
    </message>
    <message>
        <source>spreekt deze taal: ISO 639-code, zoals nl, fr, ar of vgt</source>
        <translation>parle cette langue : code ISO 639, comme nl, fr, ar ou vgt</translation>
    </message>
    <message>
        <source>ook niet-actieve en &apos;niet doorverwijzen&apos;</source>
        <translation>aussi les services inactifs et « ne pas orienter »</translation>
    </message>
    <message>
        <source>alles over één dienst</source>
        <translation>tout sur un service</translation>
    </message>
    <message>
        <source>wat aan te vullen of te verifiëren is (ouder dan 12 maanden)</source>
        <translation>ce qui est à compléter ou à vérifier (plus de 12 mois)</translation>
    </message>
    <message>
        <source>ifg-desktop: fout: &apos;{text}&apos; is geen geldige tekst (UTF-8)</source>
        <translation>ifg-desktop : erreur : « {text} » n&apos;est pas un texte valide (UTF-8)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is geen ISO 8601-tijdstip ({example})</source>
        <translation>« {text} » n&apos;est pas un moment ISO 8601 ({example})</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; valt buiten de jaren {first}–{last}</source>
        <translation>« {text} » est en dehors des années {first}–{last}</translation>
    </message>
    <message>
        <source>{step}: {percent} %</source>
        <translation>{step} : {percent} %</translation>
    </message>
    <message>
        <source>onbekend thema {themes} (kies uit {known})</source>
        <translation>thème inconnu {themes} (choisir parmi {known})</translation>
    </message>
    <message>
        <source>Leidraad: {titles}</source>
        <translation>Guide : {titles}</translation>
    </message>
    <message>
        <source>{count} dienst(en) zonder opgegeven talen niet getoond</source>
        <translation>{count} service(s) sans langues indiquées non affiché(s)</translation>
    </message>
    <message>
        <source>SLEUTEL</source>
        <translation>CLÉ</translation>
    </message>
    <message>
        <source>DIENST</source>
        <translation>SERVICE</translation>
    </message>
    <message>
        <source>LEEFTIJD</source>
        <translation>ÂGE</translation>
    </message>
    <message>
        <source>TELEFOON</source>
        <translation>TÉLÉPHONE</translation>
    </message>
    <message>
        <source>NU</source>
        <translation>MAINTENANT</translation>
    </message>
    <message>
        <source>(aan te vullen)</source>
        <translation>(à compléter)</translation>
    </message>
    <message>
        <source>[enkel professionals]</source>
        <translation>[professionnels uniquement]</translation>
    </message>
    <message>
        <source>{count} dienst(en)</source>
        <translation>{count} service(s)</translation>
    </message>
    <message>
        <source>onbekende taal {languages} (kies uit {known})</source>
        <translation>langue inconnue {languages} (choisissez parmi {known})</translation>
    </message>
    <message>
        <source>ifg-desktop: geen dienst met sleutel &apos;{key}&apos;</source>
        <translation>ifg-desktop : aucun service avec la clé « {key} »</translation>
    </message>
    <message>
        <source>!! GEARCHIVEERD — staat in geen enkele lijst meer</source>
        <translation>!! ARCHIVÉ — n&apos;apparaît plus dans aucune liste</translation>
    </message>
    <message>
        <source>!! ENKEL VOOR PROFESSIONALS — niet aan de cliënt geven</source>
        <translation>!! RÉSERVÉ AUX PROFESSIONNELS — ne pas donner au client</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Statut : {status}</translation>
    </message>
    <message>
        <source>Nu: {state}</source>
        <translation>Maintenant : {state}</translation>
    </message>
    <message>
        <source>Telefoon: {phone}</source>
        <translation>Téléphone : {phone}</translation>
    </message>
    <message>
        <source>Website: {website}</source>
        <translation>Site web : {website}</translation>
    </message>
    <message>
        <source>E-mail: {email}</source>
        <translation>E-mail : {email}</translation>
    </message>
    <message>
        <source>Adres: {address}</source>
        <translation>Adresse : {address}</translation>
    </message>
    <message>
        <source>Leeftijd: {ages}</source>
        <translation>Âge : {ages}</translation>
    </message>
    <message>
        <source>Urgentie: {urgency}</source>
        <translation>Urgence : {urgency}</translation>
    </message>
    <message>
        <source>Thema&apos;s: {themes}</source>
        <translation>Thèmes : {themes}</translation>
    </message>
    <message>
        <source>Talen: {languages}</source>
        <translation>Langues : {languages}</translation>
    </message>
    <message>
        <source>Let op: {note}</source>
        <translation>Attention : {note}</translation>
    </message>
    <message>
        <source>Openingsuren:</source>
        <translation>Heures d&apos;ouverture :</translation>
    </message>
    <message>
        <source>nooit</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Laatst geverifieerd: {date}</source>
        <translation>Dernière vérification : {date}</translation>
    </message>
    <message>
        <source>{count} dienst(en) vragen aandacht</source>
        <translation>{count} service(s) demandent de l&apos;attention</translation>
    </message>
    <message>
        <source>wie wijzigde wat, wanneer (het spoor)</source>
        <translation>qui a modifié quoi, quand (l&apos;historique)</translation>
    </message>
    <message>
        <source>de databank klaarmaken: maken of bijwerken, de eerste keer ook vullen</source>
        <translation>préparer la base de données : la créer ou la mettre à jour, et la remplir la première fois</translation>
    </message>
    <message>
        <source>Maakt de databank van --db (of de standaarddatabank) als ze er nog niet is en vult ze met de meegeleverde diensten en de checklist; een databank van een oudere versie wordt bijgewerkt. Wat erin staat, blijft. Het venster doet hetzelfde bij zijn eerste start (met een nieuw bestand roept het hiervoor dit commando op).</source>
        <translation>Crée la base de données de --db (ou la base par défaut) si elle n&apos;existe pas encore et la remplit avec les services et la checklist fournis ; une base d&apos;une version plus ancienne est mise à jour. Ce qu&apos;elle contient reste. La fenêtre fait de même à son premier démarrage (avec un nouveau fichier, elle lance cette commande pour cela).</translation>
    </message>
    <message>
        <source>enkel deze dienst</source>
        <translation>seulement ce service</translation>
    </message>
    <message>
        <source>vanaf deze datum (ISO 8601, Brusselse tijd)</source>
        <translation>à partir de cette date (ISO 8601, heure de Bruxelles)</translation>
    </message>
    <message>
        <source>een nieuw coördinatorwachtwoord instellen (vergeten wachtwoord)</source>
        <translation>définir un nouveau mot de passe coordinateur (mot de passe oublié)</translation>
    </message>
    <message>
        <source>Stelt een nieuw coördinatorwachtwoord in. Wie de databank kan beschrijven, kan dit: het is de herstelweg voor een vergeten wachtwoord, en het komt in het spoor.</source>
        <translation>Définit un nouveau mot de passe coordinateur. Quiconque peut écrire dans la base de données peut le faire : c&apos;est le recours en cas de mot de passe oublié, et c&apos;est consigné dans l&apos;historique.</translation>
    </message>
    <message>
        <source>het nieuwe wachtwoord van de standaardinvoer lezen (voor scripts)</source>
        <translation>lire le nouveau mot de passe sur l&apos;entrée standard (pour les scripts)</translation>
    </message>
    <message>
        <source>Databank klaar: {where} ({services} diensten).</source>
        <translation>Base de données prête : {where} ({services} services).</translation>
    </message>
    <message>
        <source>ifg-desktop: niets in het spoor over &apos;{key}&apos;</source>
        <translation>ifg-desktop : rien dans l&apos;historique sur « {key} »</translation>
    </message>
    <message>
        <source>{count} wijziging(en)</source>
        <translation>{count} modification(s)</translation>
    </message>
    <message>
        <source>Nieuw coördinatorwachtwoord: </source>
        <translation>Nouveau mot de passe coordinateur : </translation>
    </message>
    <message>
        <source>Nog eens: </source>
        <translation>Encore une fois : </translation>
    </message>
    <message>
        <source>ifg-desktop: de twee wachtwoorden verschillen; niets gewijzigd</source>
        <translation>ifg-desktop : les deux mots de passe diffèrent ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>opdrachtregel ({user})</source>
        <translation>ligne de commande ({user})</translation>
    </message>
    <message>
        <source>Het coördinatorwachtwoord van {database} is opnieuw ingesteld.</source>
        <translation>Le mot de passe coordinateur de {database} a été réinitialisé.</translation>
    </message>
    <message>
        <source>standaard: volgens de bestandsnaam</source>
        <translation>par défaut : d&apos;après le nom du fichier</translation>
    </message>
    <message>
        <source>diensten importeren uit Open Referral HSDS 3.0 (JSON, of CSV in een map of zip)</source>
        <translation>importer des services depuis Open Referral HSDS 3.0 (JSON, ou CSV dans un dossier ou un zip)</translation>
    </message>
    <message>
        <source>enkel tonen wat er zou veranderen</source>
        <translation>afficher seulement ce qui changerait</translation>
    </message>
    <message>
        <source>wie importeert (voor de audit); standaard: de login</source>
        <translation>qui importe (pour l&apos;audit) ; par défaut : l&apos;identifiant de connexion</translation>
    </message>
    <message>
        <source>alle diensten exporteren als HSDS 3.0 (.json, .zip of een map met CSV)</source>
        <translation>exporter tous les services en HSDS 3.0 (.json, .zip ou un dossier de CSV)</translation>
    </message>
    <message>
        <source>een reservekopie van de databank maken (naast de databank, of in FILE)</source>
        <translation>faire une copie de sauvegarde de la base de données (à côté de la base, ou dans FILE)</translation>
    </message>
    <message>
        <source>een reservekopie terugzetten (de huidige databank wordt eerst bewaard)</source>
        <translation>restaurer une copie de sauvegarde (la base actuelle est d&apos;abord conservée)</translation>
    </message>
    <message>
        <source>kan het formaat van &apos;{file}&apos; niet afleiden: gebruik --format</source>
        <translation>impossible de déduire le format de « {file} » : utilisez --format</translation>
    </message>
    <message>
        <source>Proefdraai: er is niets gewijzigd.</source>
        <translation>Essai à blanc : rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Niets te importeren: de databank is niet gewijzigd.</source>
        <translation>Rien à importer : la base de données n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>Reservekopie van de databank: {file}</source>
        <translation>Copie de sauvegarde de la base de données : {file}</translation>
    </message>
    <message>
        <source>Geïmporteerd: {summary}.</source>
        <translation>Importé : {summary}.</translation>
    </message>
    <message>
        <source>… en nog {count} nieuwe dienst(en)</source>
        <translation>… et encore {count} nouveau(x) service(s)</translation>
    </message>
    <message>
        <source>Nieuw thema: {key} ({label})</source>
        <translation>Nouveau thème : {key} ({label})</translation>
    </message>
    <message>
        <source>Niet overgenomen (HSDS kan het zeggen, IFG-wegwijzer kan het niet bewaren):</source>
        <translation>Non repris (HSDS peut l&apos;exprimer, IFG-wegwijzer ne peut pas le conserver) :</translation>
    </message>
    <message>
        <source>zoekterm {term}</source>
        <translation>terme de recherche {term}</translation>
    </message>
    <message>
        <source>… en nog {count} nieuwe zoekterm(en)</source>
        <translation>… et encore {count} nouveau(x) terme(s) de recherche</translation>
    </message>
    <message>
        <source>{count} dienst(en) geëxporteerd naar {path}</source>
        <translation>{count} service(s) exporté(s) vers {path}</translation>
    </message>
    <message>
        <source>ifg-desktop: de databank {path} bestaat (nog) niet</source>
        <translation>ifg-desktop : la base de données {path} n&apos;existe pas (encore)</translation>
    </message>
    <message>
        <source>Reservekopie: {file}</source>
        <translation>Copie de sauvegarde : {file}</translation>
    </message>
    <message>
        <source>De vorige databank is bewaard als {file}</source>
        <translation>La base de données précédente a été conservée sous {file}</translation>
    </message>
    <message>
        <source>Teruggezet: {file}</source>
        <translation>Restauré : {file}</translation>
    </message>
    <message>
        <source>de zoektermen: woorden die mensen gebruiken, en de woorden die ze vinden</source>
        <translation>les termes de recherche : les mots que les gens utilisent, et les mots qu&apos;ils trouvent</translation>
    </message>
    <message>
        <source>Zonder ACTION: de zoektermen tonen. add en remove wijzigen ze, met het spoor op naam van --actor (standaard: de login).</source>
        <translation>Sans ACTION : afficher les termes de recherche. add et remove les modifient, consignés dans l&apos;historique au nom de --actor (par défaut : l&apos;identifiant de connexion).</translation>
    </message>
    <message>
        <source>wie het doet (voor het spoor)</source>
        <translation>qui le fait (pour l&apos;historique)</translation>
    </message>
    <message>
        <source>een zoekterm toevoegen (of wat een bestaande vindt vervangen)</source>
        <translation>ajouter un terme de recherche (ou remplacer ce qu&apos;un terme existant trouve)</translation>
    </message>
    <message>
        <source>een woord of uitdrukking (&quot;vluchthuis&quot;)</source>
        <translation>un mot ou une expression (« vluchthuis »)</translation>
    </message>
    <message>
        <source>een woord van de wegwijzer dat de term vindt (herhaalbaar)</source>
        <translation>un mot du répertoire que le terme trouve (répétable)</translation>
    </message>
    <message>
        <source>de sleutel van een signaal van de checklist dat de term noemt (herhaalbaar)</source>
        <translation>la clé d&apos;un signal de la checklist que le terme désigne (répétable)</translation>
    </message>
    <message>
        <source>een zoekterm verwijderen</source>
        <translation>supprimer un terme de recherche</translation>
    </message>
    <message>
        <source>--actor mag niet leeg zijn</source>
        <translation>--actor ne peut pas être vide</translation>
    </message>
    <message>
        <source>Zoekterm toegevoegd: {term}</source>
        <translation>Terme de recherche ajouté : {term}</translation>
    </message>
    <message>
        <source>Zoekterm ongewijzigd: {term}</source>
        <translation>Terme de recherche inchangé : {term}</translation>
    </message>
    <message>
        <source>Zoekterm gewijzigd: {term}</source>
        <translation>Terme de recherche modifié : {term}</translation>
    </message>
    <message>
        <source>ifg-desktop: &apos;{term}&apos; staat niet in de zoektermen; niets gewijzigd</source>
        <translation>ifg-desktop : « {term} » ne figure pas parmi les termes de recherche ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>Zoekterm verwijderd: {term}</source>
        <translation>Terme de recherche supprimé : {term}</translation>
    </message>
    <message>
        <source>{count} zoekterm(en)</source>
        <translation>{count} terme(s) de recherche</translation>
    </message>
    <message>
        <source>[signalen: {flags}]</source>
        <translation>[signaux : {flags}]</translation>
    </message>
    <message>
        <source>beheer van de gedeelde PostgreSQL-databank (rollen)</source>
        <translation>administration de la base de données PostgreSQL partagée (rôles)</translation>
    </message>
    <message>
        <source>de rollen onthaal (enkel lezen) en coördinator maken, met hun rechten</source>
        <translation>créer les rôles accueil (lecture seule) et coordinateur, avec leurs droits</translation>
    </message>
    <message>
        <source>Maakt in de PostgreSQL-databank van --db twee groepsrollen (zonder aanmelding): het onthaal mag enkel lezen, coördinatoren mogen de gegevens wijzigen maar het spoor enkel aanvullen; geen van beide mag het schema wijzigen. Aanmeldingen (per persoon of werkpost) worden lid van een groep. Aan te melden als eigenaar van de tabellen of als superuser; opnieuw uitvoeren mag (ook na een upgrade).</source>
        <translation>Crée deux rôles de groupe (sans connexion) dans la base PostgreSQL de --db : l&apos;accueil peut seulement lire, les coordinateurs peuvent modifier les données mais seulement compléter l&apos;historique ; aucun des deux ne peut modifier le schéma. Les identifiants de connexion (par personne ou par poste) deviennent membres d&apos;un groupe. À exécuter connecté en tant que propriétaire des tables ou superutilisateur ; on peut le relancer (aussi après une mise à jour).</translation>
    </message>
    <message>
        <source>de SQL tonen in plaats van ze uit te voeren (maakt geen verbinding)</source>
        <translation>afficher le SQL au lieu de l&apos;exécuter (aucune connexion)</translation>
    </message>
    <message>
        <source>naam van de groep van het onthaal (standaard: {role})</source>
        <translation>nom du groupe de l&apos;accueil (par défaut : {role})</translation>
    </message>
    <message>
        <source>naam van de groep van de coördinatoren (standaard: {role})</source>
        <translation>nom du groupe des coordinateurs (par défaut : {role})</translation>
    </message>
    <message>
        <source>een aanmelding voor het onthaal maken of erin zetten (herhaalbaar, of a,b,c)</source>
        <translation>créer un identifiant pour l&apos;accueil ou l&apos;y ajouter (répétable, ou a,b,c)</translation>
    </message>
    <message>
        <source>een aanmelding voor een coördinator maken of erin zetten (herhaalbaar)</source>
        <translation>créer un identifiant de coordinateur ou l&apos;y ajouter (répétable)</translation>
    </message>
    <message>
        <source>voor elke aanmelding een wachtwoord vragen (enkel een SCRAM-hash gaat naar de server)</source>
        <translation>demander un mot de passe pour chaque identifiant (seul un hachage SCRAM est envoyé au serveur)</translation>
    </message>
    <message>
        <source>--password-prompt gaat niet samen met --sql: wachtwoorden komen nooit in de SQL (zet ze in psql met \password NAAM)</source>
        <translation>--password-prompt ne va pas avec --sql : les mots de passe ne figurent jamais dans le SQL (définissez-les dans psql avec \password NOM)</translation>
    </message>
    <message>
        <source>rollen horen bij een gedeelde PostgreSQL-databank; een SQLite-bestand kent geen aanmeldingen (wie het bestand mag schrijven, mag alles, en het coördinatorwachtwoord is de controle). Geef --db postgresql+psycopg://…</source>
        <translation>les rôles appartiennent à une base PostgreSQL partagée ; un fichier SQLite n&apos;a pas d&apos;identifiants (qui peut écrire le fichier peut tout faire, et le mot de passe coordinateur est le contrôle). Indiquez --db postgresql+psycopg://…</translation>
    </message>
    <message>
        <source>De databank {where} heeft nog geen tabellen voor deze versie van IFG-wegwijzer. Open ze eerst één keer met de aanmelding van haar eigenaar (ifg-desktop --db … check), en maak dan de rollen. Er is niets gewijzigd.</source>
        <translation>La base de données {where} n&apos;a pas encore de tables pour cette version d&apos;IFG-wegwijzer. Ouvrez-la d&apos;abord une fois avec l&apos;identifiant de son propriétaire (ifg-desktop --db … check), puis créez les rôles. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>De databank {where} is niet bijgewerkt voor deze versie van IFG-wegwijzer. Open ze eerst één keer met de aanmelding van haar eigenaar (ifg-desktop --db … check), en maak dan de rollen. Er is niets gewijzigd.</source>
        <translation>La base de données {where} n&apos;est pas mise à jour pour cette version d&apos;IFG-wegwijzer. Ouvrez-la d&apos;abord une fois avec l&apos;identifiant de son propriétaire (ifg-desktop --db … check), puis créez les rôles. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Wachtwoord voor {login}: </source>
        <translation>Mot de passe pour {login} : </translation>
    </message>
    <message>
        <source>ifg-desktop: de twee wachtwoorden voor {login} verschillen; niets gewijzigd</source>
        <translation>ifg-desktop : les deux mots de passe pour {login} diffèrent ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>ifg-desktop: het wachtwoord voor {login} is korter dan 8 tekens; niets gewijzigd</source>
        <translation>ifg-desktop : le mot de passe pour {login} fait moins de 8 caractères ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>Rollen ingesteld in {where}:</source>
        <translation>Rôles configurés dans {where} :</translation>
    </message>
    <message>
        <source>{role}: onthaal, enkel lezen (het venster opent zonder coördinatormodus)</source>
        <translation>{role} : accueil, lecture seule (la fenêtre s&apos;ouvre sans mode coordinateur)</translation>
    </message>
    <message>
        <source>{role}: coördinatoren, lezen en wijzigen; het spoor enkel lezen en aanvullen</source>
        <translation>{role} : coordinateurs, lecture et modification ; l&apos;historique seulement en lecture et en ajout</translation>
    </message>
    <message>
        <source>aanmelding {login} → {group}: {url}</source>
        <translation>identifiant {login} → {group} : {url}</translation>
    </message>
    <message>
        <source>Zonder wachtwoord gemaakt: zet er een met --password-prompt of in psql met \password NAAM (tenzij de server anders aanmeldt, bv. met certificaten).</source>
        <translation>Créé sans mot de passe : définissez-en un avec --password-prompt ou dans psql avec \password NOM (sauf si le serveur authentifie autrement, p. ex. par certificats).</translation>
    </message>
    <message>
        <source>ifg-desktop: fout: {message}</source>
        <translation>ifg-desktop : erreur : {message}</translation>
    </message>
</context>
<context>
    <name>db</name>
    <message>
        <source>Een reservekopie kan de toepassing enkel van een SQLite-bestand maken; gebruik voor een andere databank haar eigen hulpmiddelen (zoals pg_dump).</source>
        <translation>L&apos;application ne peut sauvegarder qu&apos;un fichier SQLite ; pour une autre base de données, utilisez ses propres outils (comme pg_dump).</translation>
    </message>
    <message>
        <source>De databank {path} bestaat (nog) niet.</source>
        <translation>La base de données {path} n&apos;existe pas (encore).</translation>
    </message>
    <message>
        <source>Een reservekopie kan niet over de databank zelf geschreven worden.</source>
        <translation>Une copie de sauvegarde ne peut pas écraser la base de données elle-même.</translation>
    </message>
    <message>
        <source>{path} is geen gewoon bestand (een map, apparaat of pijp).</source>
        <translation>{path} n&apos;est pas un fichier ordinaire (un dossier, un périphérique ou un tube).</translation>
    </message>
    <message>
        <source>{file} bestaat niet.</source>
        <translation>{file} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>{file} kan niet gelezen worden ({reason}).</source>
        <translation>{file} ne peut pas être lu ({reason}).</translation>
    </message>
    <message>
        <source>{file} is geen SQLite-databank en dus geen reservekopie.</source>
        <translation>{file} n&apos;est pas une base SQLite et donc pas une copie de sauvegarde.</translation>
    </message>
    <message>
        <source>{file} is beschadigd of onleesbaar ({error}).</source>
        <translation>{file} est endommagé ou illisible ({error}).</translation>
    </message>
    <message>
        <source>{file} is gemaakt door een nieuwere versie van IFG-wegwijzer (schema {schema}); werk eerst de toepassing bij.</source>
        <translation>{file} a été créé par une version plus récente d&apos;IFG-wegwijzer (schéma {schema}) ; mettez d&apos;abord l&apos;application à jour.</translation>
    </message>
    <message>
        <source>{file} is beschadigd (integriteitscontrole: {check}).</source>
        <translation>{file} est endommagé (contrôle d&apos;intégrité : {check}).</translation>
    </message>
    <message>
        <source>{file} is geen reservekopie van IFG-wegwijzer.</source>
        <translation>{file} n&apos;est pas une copie de sauvegarde d&apos;IFG-wegwijzer.</translation>
    </message>
    <message>
        <source>Dat bestand is de databank zelf, geen reservekopie.</source>
        <translation>Ce fichier est la base de données elle-même, pas une copie de sauvegarde.</translation>
    </message>
    <message>
        <source>De reservekopie kon niet teruggezet worden ({detail}); de databank is niet gewijzigd.</source>
        <translation>La copie de sauvegarde n&apos;a pas pu être restaurée ({detail}) ; la base de données n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>Voor de upgrade kon geen reservekopie van {where} gemaakt worden ({detail}); de databank is niet gewijzigd.</source>
        <translation>Avant la mise à jour, aucune copie de sauvegarde de {where} n&apos;a pu être faite ({detail}) ; la base de données n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>Voor het importeren kon geen reservekopie van {where} gemaakt worden ({detail}); er is niets geïmporteerd.</source>
        <translation>Avant l&apos;importation, aucune copie de sauvegarde de {where} n&apos;a pu être faite ({detail}) ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Voor het terugzetten kon geen reservekopie van {where} gemaakt worden ({detail}); de databank is niet gewijzigd.</source>
        <translation>Avant la restauration, aucune copie de sauvegarde de {where} n&apos;a pu être faite ({detail}) ; la base de données n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>Er kon geen reservekopie van {where} gemaakt worden ({detail}); de databank is niet gewijzigd.</source>
        <translation>Aucune copie de sauvegarde de {where} n&apos;a pu être faite ({detail}) ; la base de données n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>De reservekopie is niet bewaard: {detail}.</source>
        <translation>La copie de sauvegarde n&apos;a pas été conservée : {detail}.</translation>
    </message>
    <message>
        <source>De databank {where} is vergrendeld door een ander programma; er is niets gewijzigd. Probeer het over enkele ogenblikken opnieuw.</source>
        <translation>La base de données {where} est verrouillée par un autre programme ; rien n&apos;a été modifié. Réessayez dans quelques instants.</translation>
    </message>
    <message>
        <source>de kopie van {file} is onvolledig</source>
        <translation>la copie de {file} est incomplète</translation>
    </message>
    <message>
        <source>de nieuwe kopie is onleesbaar: {error}</source>
        <translation>la nouvelle copie est illisible : {error}</translation>
    </message>
    <message>
        <source>de nieuwe kopie mist de tabellen van IFG-wegwijzer</source>
        <translation>il manque à la nouvelle copie les tables d&apos;IFG-wegwijzer</translation>
    </message>
    <message>
        <source>de nieuwe kopie is beschadigd volgens de controle: {check}</source>
        <translation>la nouvelle copie est endommagée selon le contrôle : {check}</translation>
    </message>
    <message>
        <source>de schijf is vol</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>de toegestane schijfruimte is op</source>
        <translation>l&apos;espace disque autorisé est épuisé</translation>
    </message>
    <message>
        <source>geen toegang</source>
        <translation>accès refusé</translation>
    </message>
    <message>
        <source>de schijf is alleen-lezen</source>
        <translation>le disque est en lecture seule</translation>
    </message>
    <message>
        <source>de map bestaat niet</source>
        <translation>le dossier n&apos;existe pas</translation>
    </message>
    <message>
        <source>dat is geen map</source>
        <translation>ce n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>er staat al een bestand met die naam</source>
        <translation>un fichier de ce nom existe déjà</translation>
    </message>
    <message>
        <source>alleen-lezen</source>
        <translation>lecture seule</translation>
    </message>
    <message>
        <source>lees- of schrijffout</source>
        <translation>erreur de lecture ou d&apos;écriture</translation>
    </message>
    <message>
        <source>de databank is beschadigd</source>
        <translation>la base de données est endommagée</translation>
    </message>
    <message>
        <source>het bestand kan niet aangemaakt of geopend worden</source>
        <translation>le fichier ne peut pas être créé ou ouvert</translation>
    </message>
    <message>
        <source>{what} bij {file}</source>
        <translation>{what} pour {file}</translation>
    </message>
    <message>
        <source>Coördinatormodus niet beschikbaar: de databank staat op een plaats waar ze alleen-lezen is (een map of bestand zonder schrijfrechten).</source>
        <translation>Mode coordinateur indisponible : la base de données se trouve à un endroit où elle est en lecture seule (un dossier ou un fichier sans droit d&apos;écriture).</translation>
    </message>
    <message>
        <source>De databank {where} staat op een plaats waar ze alleen-lezen is (een map of bestand zonder schrijfrechten); u kunt zoeken, maar niets wijzigen. Er is niets gewijzigd.</source>
        <translation>La base de données {where} se trouve à un endroit où elle est en lecture seule (un dossier ou un fichier sans droit d&apos;écriture) ; vous pouvez chercher, mais rien modifier. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>De databank is al gesloten.</source>
        <translation>La base de données est déjà fermée.</translation>
    </message>
    <message>
        <source>{where} is geen databankbestand (een map, apparaat of pijp); geef het pad van een SQLite-bestand.</source>
        <translation>{where} n&apos;est pas un fichier de base de données (un dossier, un périphérique ou un tube) ; indiquez le chemin d&apos;un fichier SQLite.</translation>
    </message>
    <message>
        <source>De databank {where} moet bijgewerkt worden naar deze versie van IFG-wegwijzer, maar staat op een plaats waar ze alleen-lezen is; de databank is niet gewijzigd.</source>
        <translation>La base de données {where} doit être mise à jour pour cette version d&apos;IFG-wegwijzer, mais elle se trouve à un endroit où elle est en lecture seule ; la base de données n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>De map {folder} bestaat niet; controleer het pad. Er is geen databank {name} aangemaakt.</source>
        <translation>Le dossier {folder} n&apos;existe pas ; vérifiez le chemin. Aucune base de données {name} n&apos;a été créée.</translation>
    </message>
    <message>
        <source>De databank {where} kan niet aangemaakt worden: {reason} ({file}).</source>
        <translation>La base de données {where} ne peut pas être créée : {reason} ({file}).</translation>
    </message>
    <message>
        <source>{where} bevat al andere gegevens en is geen IFG-wegwijzer-databank.</source>
        <translation>{where} contient déjà d&apos;autres données et n&apos;est pas une base de données IFG-wegwijzer.</translation>
    </message>
    <message>
        <source>De databank {where} is gemaakt door een nieuwere versie van IFG-wegwijzer (schema {schema}). Werk de toepassing bij; de databank is niet gewijzigd.</source>
        <translation>La base de données {where} a été créée par une version plus récente d&apos;IFG-wegwijzer (schéma {schema}). Mettez l&apos;application à jour ; la base de données n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>De databank {where} is onvolledig of beschadigd: de tabel(len) {tables} ontbreken. Zet een reservekopie terug; de databank is niet gewijzigd.</source>
        <translation>La base de données {where} est incomplète ou endommagée : la ou les tables {tables} manquent. Restaurez une copie de sauvegarde ; la base de données n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>Gebruik een SQLite-bestand (een pad, of sqlite:///pad) of een PostgreSQL-databank (postgresql+psycopg://gebruiker@server/databank).</source>
        <translation>Utilisez un fichier SQLite (un chemin, ou sqlite:///chemin) ou une base PostgreSQL (postgresql+psycopg://utilisateur@serveur/base).</translation>
    </message>
    <message>
        <source>De databank {where} kan niet gebruikt worden ({error}). {supported} Voor PostgreSQL moet psycopg geïnstalleerd zijn (pip install &apos;ifg-desktop[postgresql]&apos;).</source>
        <translation>La base de données {where} ne peut pas être utilisée ({error}). {supported} Pour PostgreSQL, psycopg doit être installé (pip install &apos;ifg-desktop[postgresql]&apos;).</translation>
    </message>
    <message>
        <source>Onbekend soort databank: {target}. {supported}</source>
        <translation>Type de base de données inconnu : {target}. {supported}</translation>
    </message>
    <message>
        <source>De databank {where} is vergrendeld door een ander programma. Probeer het over enkele ogenblikken opnieuw.</source>
        <translation>La base de données {where} est verrouillée par un autre programme. Réessayez dans quelques instants.</translation>
    </message>
    <message>
        <source>De schijf is vol: de databank {where} kan niet groeien; er is niets gewijzigd. Maak ruimte vrij en probeer het opnieuw.</source>
        <translation>Le disque est plein : la base de données {where} ne peut pas grandir ; rien n&apos;a été modifié. Libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <source>De databank {where} is alleen-lezen (of u mag er niet in schrijven); er is niets gewijzigd.</source>
        <translation>La base de données {where} est en lecture seule (ou vous n&apos;avez pas le droit d&apos;y écrire) ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Het bestand {where} is geen leesbare IFG-wegwijzer-databank (beschadigd of een ander soort bestand).</source>
        <translation>Le fichier {where} n&apos;est pas une base de données IFG-wegwijzer lisible (endommagé ou un autre type de fichier).</translation>
    </message>
    <message>
        <source>De databank {where} kan niet gebruikt worden: geen toegang ({detail}).</source>
        <translation>La base de données {where} ne peut pas être utilisée : accès refusé ({detail}).</translation>
    </message>
    <message>
        <source>De databank {where} kan niet geopend worden: bestaat de map, en mag u erin lezen en schrijven? ({detail})</source>
        <translation>La base de données {where} ne peut pas être ouverte : le dossier existe-t-il, et pouvez-vous y lire et écrire ? ({detail})</translation>
    </message>
    <message>
        <source>De databank {where} kon niet gelezen of geschreven worden (schijf, netwerk of geheugen: {detail}). Probeer het opnieuw.</source>
        <translation>La base de données {where} n&apos;a pas pu être lue ou écrite (disque, réseau ou mémoire : {detail}). Réessayez.</translation>
    </message>
    <message>
        <source>De databank {where} is bezet door een ander programma (een gelijktijdige wijziging). Probeer het over enkele ogenblikken opnieuw; er is niets gewijzigd.</source>
        <translation>La base de données {where} est occupée par un autre programme (une modification simultanée). Réessayez dans quelques instants ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Uw aanmelding bij de databank {where} mag dit niet wijzigen (ze mag enkel lezen); er is niets gewijzigd. Vraag de beheerder om een coördinatoraanmelding.</source>
        <translation>Votre identifiant pour la base de données {where} ne peut pas modifier ceci (il peut seulement lire) ; rien n&apos;a été modifié. Demandez un identifiant de coordinateur à l&apos;administrateur.</translation>
    </message>
    <message>
        <source>Aanmelden bij de databank {where} is mislukt; controleer de gebruiker en het wachtwoord ({detail}).</source>
        <translation>La connexion à la base de données {where} a échoué ; vérifiez l&apos;utilisateur et le mot de passe ({detail}).</translation>
    </message>
    <message>
        <source>De databank {where} bestaat niet op de server ({detail}).</source>
        <translation>La base de données {where} n&apos;existe pas sur le serveur ({detail}).</translation>
    </message>
    <message>
        <source>De databankserver van {where} is niet bereikbaar of overbelast ({detail}). Probeer het over enkele ogenblikken opnieuw.</source>
        <translation>Le serveur de base de données de {where} est injoignable ou surchargé ({detail}). Réessayez dans quelques instants.</translation>
    </message>
    <message>
        <source>De verbinding met de gedeelde databank {where} is verbroken ({error}); er wordt opnieuw verbonden.</source>
        <translation>La connexion à la base de données partagée {where} a été perdue ({error}) ; reconnexion en cours.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is geen bruikbare rolnaam: kleine letters, cijfers en _ (hoogstens 63 tekens, niet met een cijfer vooraan)</source>
        <translation>« {name} » n&apos;est pas un nom de rôle utilisable : lettres minuscules, chiffres et _ (63 caractères au plus, sans chiffre au début)</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is een naam die PostgreSQL voor zichzelf houdt</source>
        <translation>« {name} » est un nom que PostgreSQL se réserve</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is geen bruikbare schemanaam</source>
        <translation>« {name} » n&apos;est pas un nom de schéma utilisable</translation>
    </message>
    <message>
        <source>de onthaalrol en de coördinatorrol moeten verschillen</source>
        <translation>le rôle accueil et le rôle coordinateur doivent être différents</translation>
    </message>
    <message>
        <source>{logins} kan niet tegelijk onthaal en coördinator zijn</source>
        <translation>{logins} ne peut pas être à la fois accueil et coordinateur</translation>
    </message>
    <message>
        <source>een aanmelding kan niet dezelfde naam hebben als een groep</source>
        <translation>un identifiant ne peut pas porter le même nom qu&apos;un groupe</translation>
    </message>
    <message>
        <source>U bent bij {where} aangemeld als {user}, die geen rollen mag aanmaken (nodig: CREATEROLE of superuser) en {roles} bestaat nog niet. Meld u aan als beheerder van de server, of laat die de SQL uitvoeren (ifg-desktop admin roles --sql). Er is niets gewijzigd.</source>
        <translation>Vous êtes connecté à {where} en tant que {user}, qui ne peut pas créer de rôles (requis : CREATEROLE ou superutilisateur), et {roles} n&apos;existe pas encore. Connectez-vous en tant qu&apos;administrateur du serveur, ou faites-lui exécuter le SQL (ifg-desktop admin roles --sql). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>U bent bij {where} aangemeld als {user}, die niet de eigenaar van de tabellen van de wegwijzer is: enkel de eigenaar (of een superuser) kan hun rechten geven. Er is niets gewijzigd.</source>
        <translation>Vous êtes connecté à {where} en tant que {user}, qui n&apos;est pas le propriétaire des tables du répertoire : seul le propriétaire (ou un superutilisateur) peut accorder des droits sur celles-ci. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Wachtwoorden zetten kan enkel met de psycopg-driver.</source>
        <translation>Définir des mots de passe n&apos;est possible qu&apos;avec le pilote psycopg.</translation>
    </message>
    <message>
        <source>Coördinatormodus niet beschikbaar: deze aanmelding bij de gedeelde databank mag alleen lezen. Vraag de beheerder om een coördinatoraanmelding.</source>
        <translation>Mode coordinateur indisponible : cette connexion à la base de données partagée ne peut que lire. Demandez à l&apos;administrateur une connexion de coordinateur.</translation>
    </message>
    <message>
        <source>De databank {where} moet eerst aangemaakt worden voor deze versie van IFG-wegwijzer, maar deze aanmelding mag de tabellen niet wijzigen.</source>
        <translation>La base de données {where} doit d&apos;abord être créée pour cette version d&apos;IFG-wegwijzer, mais cette connexion ne peut pas modifier les tables.</translation>
    </message>
    <message>
        <source>De databank {where} moet eerst bijgewerkt worden voor deze versie van IFG-wegwijzer, maar deze aanmelding mag de tabellen niet wijzigen.</source>
        <translation>La base de données {where} doit d&apos;abord être mise à jour pour cette version d&apos;IFG-wegwijzer, mais cette connexion ne peut pas modifier les tables.</translation>
    </message>
    <message>
        <source>Vraag de beheerder de databank één keer te openen met de account van de eigenaar (bv. ifg-desktop --db URL check, daarna ifg-desktop --db URL admin roles). De databank is niet gewijzigd.</source>
        <translation>Demandez à l&apos;administrateur d&apos;ouvrir une fois la base de données avec le compte du propriétaire (p. ex. ifg-desktop --db URL check, puis ifg-desktop --db URL admin roles). La base de données n&apos;a pas été modifiée.</translation>
    </message>
</context>
<context>
    <name>describe</name>
    <message>
        <source>ma</source>
        <translation>lun</translation>
    </message>
    <message>
        <source>di</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>wo</source>
        <translation>mer</translation>
    </message>
    <message>
        <source>do</source>
        <translation>jeu</translation>
    </message>
    <message>
        <source>vr</source>
        <translation>ven</translation>
    </message>
    <message>
        <source>za</source>
        <translation>sam</translation>
    </message>
    <message>
        <source>zo</source>
        <translation>dim</translation>
    </message>
    <message>
        <source>maandag</source>
        <translation>lundi</translation>
    </message>
    <message>
        <source>dinsdag</source>
        <translation>mardi</translation>
    </message>
    <message>
        <source>woensdag</source>
        <translation>mercredi</translation>
    </message>
    <message>
        <source>donderdag</source>
        <translation>jeudi</translation>
    </message>
    <message>
        <source>vrijdag</source>
        <translation>vendredi</translation>
    </message>
    <message>
        <source>zaterdag</source>
        <translation>samedi</translation>
    </message>
    <message>
        <source>zondag</source>
        <translation>dimanche</translation>
    </message>
    <message>
        <source>acuut</source>
        <translation>aigu</translation>
    </message>
    <message>
        <source>crisis</source>
        <translation>crise</translation>
    </message>
    <message>
        <source>niet-acuut</source>
        <translation>non aigu</translation>
    </message>
    <message>
        <source>actief</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>niet actief</source>
        <translation>inactif</translation>
    </message>
    <message>
        <source>tijdelijk gesloten</source>
        <translation>fermé temporairement</translation>
    </message>
    <message>
        <source>niet doorverwijzen</source>
        <translation>ne pas orienter</translation>
    </message>
    <message>
        <source>{n} jaar</source>
        <translation>{n} ans</translation>
    </message>
    <message>
        <source>{n} maanden</source>
        <translation>{n} mois</translation>
    </message>
    <message>
        <source>1 maand</source>
        <translation>1 mois</translation>
    </message>
    <message>
        <source>{y} jaar {m} m</source>
        <translation>{y} ans {m} m</translation>
    </message>
    <message>
        <source>leeftijd onbekend</source>
        <translation>âge inconnu</translation>
    </message>
    <message>
        <source>t.e.m. {age}</source>
        <translation>jusqu&apos;à {age} inclus</translation>
    </message>
    <message>
        <source>tot {age}</source>
        <translation>moins de {age}</translation>
    </message>
    <message>
        <source>zwangerschap</source>
        <translation>grossesse</translation>
    </message>
    <message>
        <source>alle leeftijden</source>
        <translation>tous âges</translation>
    </message>
    <message>
        <source>vanaf {age}</source>
        <translation>à partir de {age}</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>alle</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>{n} j</source>
        <translation>{n} a</translation>
    </message>
    <message>
        <source>{n} m</source>
        <translation>{n} m</translation>
    </message>
    <message>
        <source>{y} j {m} m</source>
        <translation>{y} a {m} m</translation>
    </message>
    <message>
        <source>≤ {age}</source>
        <translation>≤ {age}</translation>
    </message>
    <message>
        <source>zwanger</source>
        <translation>grossesse</translation>
    </message>
    <message>
        <source>morgen {time}</source>
        <translation>demain {time}</translation>
    </message>
    <message>
        <source>{part} dag en nacht</source>
        <translation>{part} jour et nuit</translation>
    </message>
    <message>
        <source>Op afspraak — uren onbekend</source>
        <translation>Sur rendez-vous — horaires inconnus</translation>
    </message>
    <message>
        <source>Feestdag — uren onbekend</source>
        <translation>Jour férié — horaires inconnus</translation>
    </message>
    <message>
        <source>Uren onbekend</source>
        <translation>Horaires inconnus</translation>
    </message>
    <message>
        <source>Open — 24 op 7</source>
        <translation>Ouvert — 24 h/24, 7 j/7</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Open — sluit {when}</source>
        <translation>Ouvert — ferme {when}</translation>
    </message>
    <message>
        <source>Tijdelijk gesloten</source>
        <translation>Fermé temporairement</translation>
    </message>
    <message>
        <source>Feestdag — gesloten</source>
        <translation>Jour férié — fermé</translation>
    </message>
    <message>
        <source>Gesloten</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>{prefix} — opent {when}</source>
        <translation>{prefix} — ouvre {when}</translation>
    </message>
    <message>
        <source>om {time}</source>
        <translation>à {time}</translation>
    </message>
    <message>
        <source>dag en nacht</source>
        <translation>jour et nuit</translation>
    </message>
    <message>
        <source>gesloten</source>
        <translation>fermé</translation>
    </message>
    <message>
        <source>(tot de volgende dag)</source>
        <translation>(jusqu&apos;au lendemain)</translation>
    </message>
    <message>
        <source>(telefonisch)</source>
        <translation>(par téléphone)</translation>
    </message>
    <message>
        <source>(vrije inloop)</source>
        <translation>(accueil sans rendez-vous)</translation>
    </message>
    <message>
        <source>(vanaf {date})</source>
        <translation>(à partir du {date})</translation>
    </message>
    <message>
        <source>eerste</source>
        <translation>premier</translation>
    </message>
    <message>
        <source>tweede</source>
        <translation>deuxième</translation>
    </message>
    <message>
        <source>derde</source>
        <translation>troisième</translation>
    </message>
    <message>
        <source>vierde</source>
        <translation>quatrième</translation>
    </message>
    <message>
        <source>vijfde</source>
        <translation>cinquième</translation>
    </message>
    <message>
        <source>laatste</source>
        <translation>dernier</translation>
    </message>
    <message>
        <source>voorlaatste</source>
        <translation>avant-dernier</translation>
    </message>
    <message>
        <source>twee</source>
        <translation>deux</translation>
    </message>
    <message>
        <source>drie</source>
        <translation>trois</translation>
    </message>
    <message>
        <source>vier</source>
        <translation>quatre</translation>
    </message>
    <message>
        <source>{n}e laatste</source>
        <translation>{n}e avant la fin</translation>
    </message>
    <message>
        <source>{n}e</source>
        <translation>{n}e</translation>
    </message>
    <message>
        <source>{first} en {last}</source>
        <translation>{first} et {last}</translation>
    </message>
    <message>
        <source>{which} {day} van de maand</source>
        <translation>{which} {day} du mois</translation>
    </message>
    <message>
        <source>om de {count} maanden op de {which} {day}</source>
        <translation>tous les {count} mois, le {which} {day}</translation>
    </message>
    <message>
        <source>om de {count} weken op {day}</source>
        <translation>toutes les {count} semaines, le {day}</translation>
    </message>
    <message>
        <source>elke week</source>
        <translation>chaque semaine</translation>
    </message>
    <message>
        <source>om de {count} weken</source>
        <translation>toutes les {count} semaines</translation>
    </message>
    <message>
        <source>de {which} van de maand</source>
        <translation>le {which} du mois</translation>
    </message>
    <message>
        <source>om de {count} maanden de {which}</source>
        <translation>tous les {count} mois, le {which}</translation>
    </message>
    <message>
        <source>Bedoelde je {meant}? Getoond voor {meant} in plaats van {typed}.</source>
        <translation>Vouliez-vous dire {meant} ? Résultats affichés pour {meant} au lieu de {typed}.</translation>
    </message>
    <message>
        <source>Geen dienst vermeldt {typed} zelf: gelezen als wat zoektermen met dat woord vinden, zoals {phrase}.</source>
        <translation>Aucun service ne mentionne {typed} lui-même : lu comme ce que trouvent les termes de recherche contenant ce mot, comme {phrase}.</translation>
    </message>
    <message>
        <source>Geen dienst past bij alle woorden; deze passen bij {words}.</source>
        <translation>Aucun service ne correspond à tous les mots ; ceux-ci correspondent à {words}.</translation>
    </message>
    <message>
        <source>Niet gevonden: {words}.</source>
        <translation>Introuvable : {words}.</translation>
    </message>
</context>
<context>
    <name>drafts</name>
    <message>
        <source>onbekend thema: {themes}</source>
        <translation>thème inconnu : {themes}</translation>
    </message>
</context>
<context>
    <name>editing</name>
    <message>
        <source>Er is geen dienst met sleutel &apos;{key}&apos; (meer).</source>
        <translation>Il n&apos;y a pas (ou plus) de service avec la clé &apos;{key}&apos;.</translation>
    </message>
    <message>
        <source>De sleutel &apos;{key}&apos; is al in gebruik (misschien door een gearchiveerde dienst).</source>
        <translation>La clé &apos;{key}&apos; est déjà utilisée (peut-être par un service archivé).</translation>
    </message>
    <message>
        <source>Deze dienst werd intussen gewijzigd door {who}. Er is niets opgeslagen: laad de nieuwe versie en breng uw wijziging opnieuw aan.</source>
        <translation>Ce service a entre-temps été modifié par {who}. Rien n&apos;a été enregistré : chargez la nouvelle version et refaites votre modification.</translation>
    </message>
    <message>
        <source>Deze dienst werd intussen gewijzigd. Er is niets opgeslagen: laad de nieuwe versie en breng uw wijziging opnieuw aan.</source>
        <translation>Ce service a entre-temps été modifié. Rien n&apos;a été enregistré : chargez la nouvelle version et refaites votre modification.</translation>
    </message>
    <message>
        <source>Onbekend thema ({error}).</source>
        <translation>Thème inconnu ({error}).</translation>
    </message>
    <message>
        <source>De sleutel van een bestaande dienst verandert niet.</source>
        <translation>La clé d&apos;un service existant ne change pas.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is al gearchiveerd.</source>
        <translation>&apos;{name}&apos; est déjà archivé.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is niet gearchiveerd.</source>
        <translation>&apos;{name}&apos; n&apos;est pas archivé.</translation>
    </message>
    <message>
        <source>Deze regel staat niet (meer) in de geschiedenis.</source>
        <translation>Cette ligne ne figure plus dans l&apos;historique.</translation>
    </message>
    <message>
        <source>Deze waarde kan niet teruggezet worden.</source>
        <translation>Cette valeur ne peut pas être rétablie.</translation>
    </message>
    <message>
        <source>Er was geen eerdere waarde: de dienst werd toen aangemaakt.</source>
        <translation>Il n&apos;y avait pas de valeur antérieure : le service a été créé à ce moment-là.</translation>
    </message>
    <message>
        <source>zelfde naam</source>
        <translation>même nom</translation>
    </message>
    <message>
        <source>gelijkaardige naam</source>
        <translation>nom similaire</translation>
    </message>
    <message>
        <source>zelfde nummer {number}</source>
        <translation>même numéro {number}</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>ingesteld</source>
        <translation>défini</translation>
    </message>
    <message>
        <source>gewijzigd</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>hersteld via de opdrachtregel</source>
        <translation>réinitialisé en ligne de commande</translation>
    </message>
    <message>
        <source>ingevoerd uit bestand</source>
        <translation>importé depuis un fichier</translation>
    </message>
    <message>
        <source>gearchiveerd</source>
        <translation>archivé</translation>
    </message>
    <message>
        <source>coördinatorwachtwoord</source>
        <translation>mot de passe coordinateur</translation>
    </message>
    <message>
        <source>Zoekterm</source>
        <translation>Terme de recherche</translation>
    </message>
    <message>
        <source>(leeg)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>non</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>24 op 7</source>
        <translation>24 h/24, 7 j/7</translation>
    </message>
    <message>
        <source>{part} dag en nacht</source>
        <translation>{part} jour et nuit</translation>
    </message>
    <message>
        <source>op afspraak</source>
        <translation>sur rendez-vous</translation>
    </message>
    <message>
        <source>feestdagen gesloten</source>
        <translation>fermé les jours fériés</translation>
    </message>
    <message>
        <source>feestdagen open</source>
        <translation>ouvert les jours fériés</translation>
    </message>
    <message>
        <source>feestdagen onbekend</source>
        <translation>jours fériés : inconnu</translation>
    </message>
    <message>
        <source>{date} gesloten</source>
        <translation>{date} fermé</translation>
    </message>
    <message>
        <source>vindt: {words}</source>
        <translation>trouve : {words}</translation>
    </message>
    <message>
        <source>signalen: {flags}</source>
        <translation>signaux : {flags}</translation>
    </message>
    <message>
        <source>enkel professionals</source>
        <translation>professionnels uniquement</translation>
    </message>
    <message>
        <source>cliënten zelf</source>
        <translation>les clients eux-mêmes</translation>
    </message>
</context>
<context>
    <name>first_start</name>
    <message>
        <source>Eerste start: de databank wordt gemaakt en gevuld met de diensten en de checklist…</source>
        <translation>Premier démarrage : la base de données est créée et remplie avec les services et la checklist…</translation>
    </message>
</context>
<context>
    <name>guide</name>
    <message>
        <source>Geef de sectie een titel.</source>
        <translation>Donnez un titre à la section.</translation>
    </message>
    <message>
        <source>De titel is te lang (hoogstens 200 tekens).</source>
        <translation>Le titre est trop long (200 caractères au maximum).</translation>
    </message>
    <message>
        <source>Geef minstens één punt.</source>
        <translation>Indiquez au moins un point.</translation>
    </message>
    <message>
        <source>Zeg waar de tekst vandaan komt (bron), bv. de dia van de vorming.</source>
        <translation>Indiquez d&apos;où vient le texte (source), p. ex. la diapositive de la formation.</translation>
    </message>
    <message>
        <source>De sectie &apos;{key}&apos; bestaat niet (meer).</source>
        <translation>La section &apos;{key}&apos; n&apos;existe pas (ou plus).</translation>
    </message>
</context>
<context>
    <name>hsds</name>
    <message>
        <source>veld {field}</source>
        <translation>champ {field}</translation>
    </message>
    <message>
        <source>Het importeren is geannuleerd; er is niets gewijzigd.</source>
        <translation>L&apos;importation a été annulée ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Het exporteren is geannuleerd; er is geen bestand geschreven.</source>
        <translation>L&apos;exportation a été annulée ; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>De databank is gewijzigd sinds het voorbeeld werd gemaakt (door iemand anders of een andere import): bekijk het voorbeeld opnieuw; er is niets gewijzigd.</source>
        <translation>La base de données a changé depuis la création de l&apos;aperçu (par quelqu&apos;un d&apos;autre ou par une autre importation) : consultez à nouveau l&apos;aperçu ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Exporteren</source>
        <translation>Exportation</translation>
    </message>
    <message>
        <source>onbekend formaat: kies een .json-bestand, een .zip-bestand of een map</source>
        <translation>format inconnu : choisissez un fichier .json, un fichier .zip ou un dossier</translation>
    </message>
    <message>
        <source>is geen gewoon bestand of map (een apparaat of een pijp)</source>
        <translation>n&apos;est pas un fichier ou un dossier ordinaire (un périphérique ou un tube)</translation>
    </message>
    <message>
        <source>is geen UTF-8-tekst ({reason})</source>
        <translation>n&apos;est pas du texte UTF-8 ({reason})</translation>
    </message>
    <message>
        <source>kan niet gelezen worden ({strerror})</source>
        <translation>ne peut pas être lu ({strerror})</translation>
    </message>
    <message>
        <source>is geen bruikbare JSON: {error}</source>
        <translation>n&apos;est pas du JSON utilisable : {error}</translation>
    </message>
    <message>
        <source>is geen geldige JSON: {problem} (regel {line})</source>
        <translation>n&apos;est pas du JSON valide : {problem} (ligne {line})</translation>
    </message>
    <message>
        <source>is geen geldige JSON: {msg} (regel {line}, kolom {column})</source>
        <translation>n&apos;est pas du JSON valide : {msg} (ligne {line}, colonne {column})</translation>
    </message>
    <message>
        <source>bestaat niet</source>
        <translation>n&apos;existe pas</translation>
    </message>
    <message>
        <source>is een map, geen JSON-bestand</source>
        <translation>est un dossier, pas un fichier JSON</translation>
    </message>
    <message>
        <source>is te groot om te importeren (meer dan {megabytes} MB); splits het bestand of importeer minder diensten tegelijk</source>
        <translation>est trop volumineux pour être importé (plus de {megabytes} Mo) ; scindez le fichier ou importez moins de services à la fois</translation>
    </message>
    <message>
        <source>{what} te groot om te importeren (meer dan {megabytes} MB); splits het bestand of importeer minder diensten tegelijk</source>
        <translation>{what} trop volumineux pour être importé (plus de {megabytes} Mo) ; scindez le fichier ou importez moins de services à la fois</translation>
    </message>
    <message>
        <source>het bestand is leeg</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>er staat nog iets na het einde</source>
        <translation>il reste quelque chose après la fin</translation>
    </message>
    <message>
        <source>verwacht , of ] na element {index}</source>
        <translation>, ou ] attendu après l&apos;élément {index}</translation>
    </message>
    <message>
        <source>is te diep genest voor HSDS</source>
        <translation>est trop profondément imbriqué pour HSDS</translation>
    </message>
    <message>
        <source>verwacht een dienst of organisatie (een object)</source>
        <translation>un service ou une organisation (un objet) est attendu</translation>
    </message>
    <message>
        <source>verwacht een lijst</source>
        <translation>une liste est attendue</translation>
    </message>
    <message>
        <source>organisatie {value} heeft geen diensten</source>
        <translation>l&apos;organisation {value} n&apos;a pas de services</translation>
    </message>
    <message>
        <source>verwacht een dienst (een object)</source>
        <translation>un service (un objet) est attendu</translation>
    </message>
    <message>
        <source>is een locatie, geen dienst</source>
        <translation>est un lieu, pas un service</translation>
    </message>
    <message>
        <source>is een koppeling dienst-locatie (service_at_location), geen dienst</source>
        <translation>est un lien service-lieu (service_at_location), pas un service</translation>
    </message>
    <message>
        <source>organisatie {value} zonder diensten niet overgenomen</source>
        <translation>organisation {value} sans services non reprise</translation>
    </message>
    <message>
        <source>is een map, geen bestand</source>
        <translation>est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>zonder naam</source>
        <translation>sans nom</translation>
    </message>
    <message>
        <source>is met zijn CSV-bestanden samen</source>
        <translation>est, avec ses fichiers CSV,</translation>
    </message>
    <message>
        <source>is geen leesbaar zip-bestand ({error})</source>
        <translation>n&apos;est pas un fichier zip lisible ({error})</translation>
    </message>
    <message>
        <source>bevat geen services.csv (HSDS in tabelvorm)</source>
        <translation>ne contient pas de services.csv (HSDS sous forme de tableaux)</translation>
    </message>
    <message>
        <source>bevat te veel bestanden ({count}, hoogstens {most})</source>
        <translation>contient trop de fichiers ({count}, {most} au maximum)</translation>
    </message>
    <message>
        <source>bevat {name} meer dan eens: welke geldt?</source>
        <translation>contient {name} plus d&apos;une fois : lequel s&apos;applique ?</translation>
    </message>
    <message>
        <source>is uitgepakt</source>
        <translation>est, une fois décompressé,</translation>
    </message>
    <message>
        <source>is geen UTF-8-tekst (byte {position})</source>
        <translation>n&apos;est pas du texte UTF-8 (octet {position})</translation>
    </message>
    <message>
        <source>meer velden dan kolommen in de kopregel</source>
        <translation>plus de champs que de colonnes dans la ligne d&apos;en-tête</translation>
    </message>
    <message>
        <source>{table} regel {number}</source>
        <translation>{table} ligne {number}</translation>
    </message>
    <message>
        <source>is geen geldige CSV ({error})</source>
        <translation>n&apos;est pas du CSV valide ({error})</translation>
    </message>
    <message>
        <source>{table} regel {line_num}</source>
        <translation>{table} ligne {line_num}</translation>
    </message>
    <message>
        <source>een kolom staat twee keer in de kopregel</source>
        <translation>une colonne figure deux fois dans la ligne d&apos;en-tête</translation>
    </message>
    <message>
        <source>{table}: kolom(men) {extra} niet overgenomen</source>
        <translation>{table} : colonne(s) {extra} non reprise(s)</translation>
    </message>
    <message>
        <source>bestaat al en is geen gewoon bestand</source>
        <translation>existe déjà et n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>kan niet geschreven worden ({strerror})</source>
        <translation>ne peut pas être écrit ({strerror})</translation>
    </message>
    <message>
        <source>bestaat al en is geen map (kies een map of een .zip-bestand)</source>
        <translation>existe déjà et n&apos;est pas un dossier (choisissez un dossier ou un fichier .zip)</translation>
    </message>
    <message>
        <source>{count} sectie(s) van de leidraad niet ingelezen: de leidraad wordt in het venster bijgehouden (Coördinator → Leidraad bewerken…)</source>
        <translation>{count} section(s) du guide d&apos;entretien non lue(s) : le guide se gère dans la fenêtre (Coordinateur → Modifier le guide…)</translation>
    </message>
    <message>
        <source>Bestand lezen</source>
        <translation>Lecture du fichier</translation>
    </message>
    <message>
        <source>Vergelijken met de databank</source>
        <translation>Comparaison avec la base de données</translation>
    </message>
    <message>
        <source>Reservekopie maken</source>
        <translation>Création d&apos;une copie de sauvegarde</translation>
    </message>
    <message>
        <source>Diensten schrijven</source>
        <translation>Écriture des services</translation>
    </message>
    <message>
        <source>Zoekindex bijwerken</source>
        <translation>Mise à jour de l&apos;index de recherche</translation>
    </message>
    <message>
        <source>nieuw</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>gewijzigd</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>ongewijzigd</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>zoekterm</source>
        <translation>terme de recherche</translation>
    </message>
    <message>
        <source>(zoekterm)</source>
        <translation>(terme de recherche)</translation>
    </message>
    <message>
        <source>{added} nieuw, {changed} gewijzigd, {unchanged} ongewijzigd</source>
        <translation>{added} nouveau(x), {changed} modifié(s), {unchanged} inchangé(s)</translation>
    </message>
    <message>
        <source>; zoektermen: {added} nieuw, {changed} gewijzigd, {unchanged} ongewijzigd</source>
        <translation> ; termes de recherche : {added} nouveau(x), {changed} modifié(s), {unchanged} inchangé(s)</translation>
    </message>
    <message>
        <source>onbekend formaat: kies hsds-json of hsds-csv</source>
        <translation>format inconnu : choisissez hsds-json ou hsds-csv</translation>
    </message>
    <message>
        <source>organisatie &apos;{name}&apos;: {note}</source>
        <translation>organisation &apos;{name}&apos; : {note}</translation>
    </message>
    <message>
        <source>dezelfde zoekterm &apos;{term}&apos; als {seen}, met andere woorden</source>
        <translation>le même terme de recherche &apos;{term}&apos; que {seen}, avec d&apos;autres mots</translation>
    </message>
    <message>
        <source>dezelfde sleutel &apos;{key}&apos; als {keys}</source>
        <translation>la même clé &apos;{key}&apos; que {keys}</translation>
    </message>
    <message>
        <source>organisatie &apos;{key}&apos; staat er ook in met andere gegevens ({known})</source>
        <translation>l&apos;organisation &apos;{key}&apos; figure aussi avec d&apos;autres données ({known})</translation>
    </message>
    <message>
        <source>(leeg)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>non</translation>
    </message>
    <message>
        <source>{months} maanden</source>
        <translation>{months} mois</translation>
    </message>
    <message>
        <source>{count} afwijkende datum(s)</source>
        <translation>{count} date(s) particulière(s)</translation>
    </message>
    <message>
        <source>bewaard, maar signaal &apos;{key}&apos; staat (nog) niet in de checklist van deze databank</source>
        <translation>conservé, mais le signal &apos;{key}&apos; ne figure pas (encore) dans la liste de contrôle de cette base de données</translation>
    </message>
    <message>
        <source>Er kon geen reservekopie van {database} gemaakt worden ({reason}); er is niets geïmporteerd.</source>
        <translation>Aucune copie de sauvegarde de {database} n&apos;a pu être faite ({reason}) ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{count} item(s)</source>
        <translation>{count} élément(s)</translation>
    </message>
    <message>
        <source>een object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>{path}{name} niet overgenomen: {value}</source>
        <translation>{path}{name} non repris : {value}</translation>
    </message>
    <message>
        <source>verwacht tekst, niet {type} {value}</source>
        <translation>texte attendu, pas {type} {value}</translation>
    </message>
    <message>
        <source>te lang ({count} tekens, hoogstens {maximum})</source>
        <translation>trop long ({count} caractères, {maximum} au maximum)</translation>
    </message>
    <message>
        <source>waar/onwaar</source>
        <translation>vrai/faux</translation>
    </message>
    <message>
        <source>het getal</source>
        <translation>le nombre</translation>
    </message>
    <message>
        <source>een lijst</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>iets anders</source>
        <translation>autre chose</translation>
    </message>
    <message>
        <source>{value} is geen getal</source>
        <translation>{value} n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>verwacht een getal</source>
        <translation>un nombre est attendu</translation>
    </message>
    <message>
        <source>{value} is geen bruikbaar getal</source>
        <translation>{value} n&apos;est pas un nombre utilisable</translation>
    </message>
    <message>
        <source>verwacht een datum (JJJJ-MM-DD)</source>
        <translation>une date est attendue (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>{raw} is geen datum (JJJJ-MM-DD)</source>
        <translation>{raw} n&apos;est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>verwacht een tijd (UU:MM)</source>
        <translation>une heure est attendue (HH:MM)</translation>
    </message>
    <message>
        <source>{raw} is geen tijd (UU:MM)</source>
        <translation>{raw} n&apos;est pas une heure (HH:MM)</translation>
    </message>
    <message>
        <source>{path}: tijdzone {match} niet overgenomen; gelezen als plaatselijke tijd</source>
        <translation>{path} : fuseau horaire {match} non repris ; lu comme heure locale</translation>
    </message>
    <message>
        <source>verwacht een object</source>
        <translation>un objet est attendu</translation>
    </message>
    <message>
        <source>kenmerk &apos;{code}&apos; staat er meer dan eens, verschillend</source>
        <translation>l&apos;attribut &apos;{code}&apos; figure plus d&apos;une fois, avec des valeurs différentes</translation>
    </message>
    <message>
        <source>kenmerk &apos;{code}&apos; moet true of false zijn, niet {value}</source>
        <translation>l&apos;attribut &apos;{code}&apos; doit valoir true ou false, pas {value}</translation>
    </message>
    <message>
        <source>verwacht tekst</source>
        <translation>texte attendu</translation>
    </message>
    <message>
        <source>thema: sleutel of naam te lang</source>
        <translation>thème : clé ou nom trop long</translation>
    </message>
    <message>
        <source>{path}attributes[{index}]: kenmerk &apos;{name}&apos;{shown} niet overgenomen</source>
        <translation>{path}attributes[{index}] : attribut &apos;{name}&apos;{shown} non repris</translation>
    </message>
    <message>
        <source>{path}attributes[{index}]: kenmerk &apos;{code}&apos; hoort hier niet; niet overgenomen</source>
        <translation>{path}attributes[{index}] : l&apos;attribut &apos;{code}&apos; n&apos;a pas sa place ici ; non repris</translation>
    </message>
    <message>
        <source>kenmerk &apos;{code}&apos; zonder waarde</source>
        <translation>attribut &apos;{code}&apos; sans valeur</translation>
    </message>
    <message>
        <source>dienst nr. {number}</source>
        <translation>service n° {number}</translation>
    </message>
    <message>
        <source>verplicht veld ontbreekt</source>
        <translation>champ obligatoire manquant</translation>
    </message>
    <message>
        <source>sleutel te lang of leeg ({count} tekens, hoogstens 80)</source>
        <translation>clé trop longue ou vide ({count} caractères, 80 au maximum)</translation>
    </message>
    <message>
        <source>onbekende urgentie {level} (acute, crisis, non_acute)</source>
        <translation>urgence inconnue {level} (acute, crisis, non_acute)</translation>
    </message>
    <message>
        <source>assurer_email {assurer_email} wint van kenmerk &apos;assurer&apos;</source>
        <translation>assurer_email {assurer_email} l&apos;emporte sur l&apos;attribut &apos;assurer&apos;</translation>
    </message>
    <message>
        <source>kenmerk &apos;assurer&apos; te lang</source>
        <translation>attribut &apos;assurer&apos; trop long</translation>
    </message>
    <message>
        <source>leeg trefwoord of aandachtspunt</source>
        <translation>mot-clé ou point d&apos;attention vide</translation>
    </message>
    <message>
        <source>{path}code ontbreekt: taal {name} niet overgenomen (geen code)</source>
        <translation>{path}code manquant : langue {name} non reprise (pas de code)</translation>
    </message>
    <message>
        <source>{path}code {code} niet overgenomen: geen taal van de lijst (ISO 639, zoals nl, fr of vgt)</source>
        <translation>{path}code {code} non repris : pas une langue de la liste (ISO 639, comme nl, fr ou vgt)</translation>
    </message>
    <message>
        <source>verplicht veld ontbreekt (active, inactive, defunct, temporarily closed)</source>
        <translation>champ obligatoire manquant (active, inactive, defunct, temporarily closed)</translation>
    </message>
    <message>
        <source>onbekende status {raw}</source>
        <translation>statut inconnu {raw}</translation>
    </message>
    <message>
        <source>status &apos;defunct&apos; (opgeheven) opgeslagen als &apos;inactive&apos; (niet actief)</source>
        <translation>statut &apos;defunct&apos; (supprimé) enregistré comme &apos;inactive&apos; (inactif)</translation>
    </message>
    <message>
        <source>onbekende status {value}</source>
        <translation>statut inconnu {value}</translation>
    </message>
    <message>
        <source>status &apos;{raw}&apos; wint van kenmerk &apos;status&apos; = &apos;do_not_refer&apos;</source>
        <translation>le statut &apos;{raw}&apos; l&apos;emporte sur l&apos;attribut &apos;status&apos; = &apos;do_not_refer&apos;</translation>
    </message>
    <message>
        <source>kenmerk &apos;{code}&apos; moet een geheel aantal maanden zijn</source>
        <translation>l&apos;attribut &apos;{code}&apos; doit être un nombre entier de mois</translation>
    </message>
    <message>
        <source>{hsds_name} {value} wint van kenmerk &apos;{code}&apos; = {ours}</source>
        <translation>{hsds_name} {value} l&apos;emporte sur l&apos;attribut &apos;{code}&apos; = {ours}</translation>
    </message>
    <message>
        <source>{value} is geen realistische leeftijd</source>
        <translation>{value} n&apos;est pas un âge réaliste</translation>
    </message>
    <message>
        <source>{hsds_name} {value} jaar is geen geheel aantal maanden: naar boven afgerond tot {months} maanden ({age}), zodat niemand buiten de leeftijdsgrens naar deze dienst gaat</source>
        <translation>{hsds_name} {value} ans n&apos;est pas un nombre entier de mois : arrondi vers le haut à {months} mois ({age}), afin que personne hors de la limite d&apos;âge ne soit orienté vers ce service</translation>
    </message>
    <message>
        <source>{hsds_name} {value} jaar is geen geheel aantal maanden: naar beneden afgerond tot {months} maanden ({age}), zodat niemand buiten de leeftijdsgrens naar deze dienst gaat</source>
        <translation>{hsds_name} {value} ans n&apos;est pas un nombre entier de mois : arrondi vers le bas à {months} mois ({age}), afin que personne hors de la limite d&apos;âge ne soit orienté vers ce service</translation>
    </message>
    <message>
        <source>de minimumleeftijd is groter dan de maximumleeftijd</source>
        <translation>l&apos;âge minimum est supérieur à l&apos;âge maximum</translation>
    </message>
    <message>
        <source>{months} maanden voor de geboorte</source>
        <translation>{months} mois avant la naissance</translation>
    </message>
    <message>
        <source>{years} jaar en {months} maanden</source>
        <translation>{years} ans et {months} mois</translation>
    </message>
    <message>
        <source>{years} jaar</source>
        <translation>{years} ans</translation>
    </message>
    <message>
        <source>organisatie {reference} staat niet in het bestand</source>
        <translation>l&apos;organisation {reference} ne figure pas dans le fichier</translation>
    </message>
    <message>
        <source>sleutel te lang (hoogstens 80 tekens)</source>
        <translation>clé trop longue (80 caractères au maximum)</translation>
    </message>
    <message>
        <source>{path}number {raw} van het type &apos;{kind}&apos; niet overgenomen</source>
        <translation>{path}number {raw} du type &apos;{kind}&apos; non repris</translation>
    </message>
    <message>
        <source>kenmerk &apos;phone_label&apos; te lang</source>
        <translation>attribut &apos;phone_label&apos; trop long</translation>
    </message>
    <message>
        <source>locatie {reference} staat niet in het bestand</source>
        <translation>le lieu {reference} ne figure pas dans le fichier</translation>
    </message>
    <message>
        <source>{path}: locatie {value} van het type &apos;{kind}&apos; niet overgenomen</source>
        <translation>{path} : lieu {value} du type &apos;{kind}&apos; non repris</translation>
    </message>
    <message>
        <source>{here}: nog een adres ({address_type}) niet overgenomen</source>
        <translation>{here} : une autre adresse ({address_type}) non reprise</translation>
    </message>
    <message>
        <source>{country} is geen landcode van twee letters (BE)</source>
        <translation>{country} n&apos;est pas un code pays de deux lettres (BE)</translation>
    </message>
    <message>
        <source>kenmerk &apos;public_holidays&apos; moet closed, open of unknown zijn</source>
        <translation>l&apos;attribut &apos;public_holidays&apos; doit valoir closed, open ou unknown</translation>
    </message>
    <message>
        <source>onbekende tijdzone {zone}</source>
        <translation>fuseau horaire inconnu {zone}</translation>
    </message>
    <message>
        <source>te lang (hoogstens {most} tekens)</source>
        <translation>trop long ({most} caractères au maximum)</translation>
    </message>
    <message>
        <source>schedules: schema&apos;s met verschillende geldigheidsperiodes kunnen niet samen uitgedrukt worden; de weekuren zijn niet overgenomen (uren onbekend)</source>
        <translation>schedules : des horaires ayant des périodes de validité différentes ne peuvent pas être exprimés ensemble ; les horaires hebdomadaires n&apos;ont pas été repris (horaires inconnus)</translation>
    </message>
    <message>
        <source>de uren zijn geldig tot vóór ze geldig worden</source>
        <translation>les horaires cessent d&apos;être valables avant de le devenir</translation>
    </message>
    <message>
        <source>kenmerk &apos;date_exception&apos; is geen geldige JSON</source>
        <translation>l&apos;attribut &apos;date_exception&apos; n&apos;est pas du JSON valide</translation>
    </message>
    <message>
        <source>kenmerk &apos;date_exception&apos; moet een JSON-object zijn</source>
        <translation>l&apos;attribut &apos;date_exception&apos; doit être un objet JSON</translation>
    </message>
    <message>
        <source>kenmerk &apos;date_exception&apos;: closed moet true of false zijn</source>
        <translation>attribut &apos;date_exception&apos; : closed doit valoir true ou false</translation>
    </message>
    <message>
        <source>kenmerk &apos;date_exception&apos; zonder datum</source>
        <translation>attribut &apos;date_exception&apos; sans date</translation>
    </message>
    <message>
        <source>kenmerk &apos;date_exception&apos;: note moet tekst zijn</source>
        <translation>attribut &apos;date_exception&apos; : note doit être du texte</translation>
    </message>
    <message>
        <source>{path}: {reason}; dit schema is niet overgenomen{shown}</source>
        <translation>{path} : {reason} ; cet horaire n&apos;a pas été repris{shown}</translation>
    </message>
    <message>
        <source>{parsed} is geen dag (MO, TU, WE …)</source>
        <translation>{parsed} n&apos;est pas un jour (MO, TU, WE …)</translation>
    </message>
    <message>
        <source>onbekend soort venster {kind}</source>
        <translation>type de plage inconnu {kind}</translation>
    </message>
    <message>
        <source>onbekende frequentie {freq}</source>
        <translation>fréquence inconnue {freq}</translation>
    </message>
    <message>
        <source>herhaling &apos;{freq}&apos; kan niet uitgedrukt worden</source>
        <translation>la répétition &apos;{freq}&apos; ne peut pas être exprimée</translation>
    </message>
    <message>
        <source>herhaling met {extra} kan niet uitgedrukt worden</source>
        <translation>une répétition avec {extra} ne peut pas être exprimée</translation>
    </message>
    <message>
        <source>maanden</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>dagen</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>weken</source>
        <translation>semaines</translation>
    </message>
    <message>
        <source>herhaling om de {interval:g} {unit} kan niet uitgedrukt worden</source>
        <translation>une répétition tous les {interval:g} {unit} ne peut pas être exprimée</translation>
    </message>
    <message>
        <source>herhaling om de {interval:g} {unit}: hoogstens eens per jaar</source>
        <translation>répétition tous les {interval:g} {unit} : au maximum une fois par an</translation>
    </message>
    <message>
        <source>dagen met een volgnummer (1SA …) gelden enkel maandelijks (freq MONTHLY)</source>
        <translation>les jours numérotés (1SA …) ne valent que pour une répétition mensuelle (freq MONTHLY)</translation>
    </message>
    <message>
        <source>een volgnummer van een dag in de maand ligt tussen -5 en 5 (niet 0)</source>
        <translation>le numéro d&apos;un jour dans le mois est compris entre -5 et 5 (pas 0)</translation>
    </message>
    <message>
        <source>herhaling om de {every} maanden op elke dag kan niet uitgedrukt worden</source>
        <translation>une répétition tous les {every} mois chaque jour ne peut pas être exprimée</translation>
    </message>
    <message>
        <source>herhaling om de {every} weken met een week vanaf {week_start}</source>
        <translation>répétition toutes les {every} semaines avec une semaine commençant le {week_start}</translation>
    </message>
    <message>
        <source>geen dagen (byday) opgegeven</source>
        <translation>aucun jour (byday) indiqué</translation>
    </message>
    <message>
        <source>geen begin- of einduur (opens_at, closes_at)</source>
        <translation>pas d&apos;heure d&apos;ouverture ou de fermeture (opens_at, closes_at)</translation>
    </message>
    <message>
        <source>{path}timezone {zone} niet overgenomen; uren gelezen als plaatselijke tijd</source>
        <translation>{path}timezone {zone} non repris ; horaires lus comme heure locale</translation>
    </message>
    <message>
        <source>herhaling om de {every} {unit} zonder begindatum (dtstart) kan niet uitgedrukt worden</source>
        <translation>une répétition tous les {every} {unit} sans date de début (dtstart) ne peut pas être exprimée</translation>
    </message>
    <message>
        <source>taxonomieterm {name} (taxonomie &apos;{taxonomy}&apos;) niet overgenomen</source>
        <translation>terme de taxonomie {name} (taxonomie &apos;{taxonomy}&apos;) non repris</translation>
    </message>
    <message>
        <source>taxonomieterm {name} niet overgenomen</source>
        <translation>terme de taxonomie {name} non repris</translation>
    </message>
    <message>
        <source>zoekterm nr. {number}</source>
        <translation>terme de recherche n° {number}</translation>
    </message>
    <message>
        <source>verplicht veld ontbreekt (de zoekterm)</source>
        <translation>champ obligatoire manquant (le terme de recherche)</translation>
    </message>
    <message>
        <source>name &apos;{name}&apos; verschilt van code &apos;{code}&apos;: de code is de zoekterm</source>
        <translation>name &apos;{name}&apos; diffère de code &apos;{code}&apos; : le code est le terme de recherche</translation>
    </message>
    <message>
        <source>verwacht een lijst van rijen</source>
        <translation>une liste de lignes est attendue</translation>
    </message>
    <message>
        <source>verwacht een rij</source>
        <translation>une ligne est attendue</translation>
    </message>
    <message>
        <source>{table} rij {number}</source>
        <translation>{table} ligne {number}</translation>
    </message>
    <message>
        <source>verwacht een id (tekst)</source>
        <translation>un id (texte) est attendu</translation>
    </message>
    <message>
        <source>{table} rij {line}</source>
        <translation>{table} ligne {line}</translation>
    </message>
    <message>
        <source>id {ident} staat er twee keer in</source>
        <translation>l&apos;id {ident} figure deux fois</translation>
    </message>
    <message>
        <source>{table}: rijen voor onbekende {link} {owner} niet overgenomen</source>
        <translation>{table} : lignes pour {link} inconnu {owner} non reprises</translation>
    </message>
    <message>
        <source>{table} rij {line}: hoort bij {link} {owner_id}; niet overgenomen</source>
        <translation>{table} ligne {line} : appartient à {link} {owner_id} ; non reprise</translation>
    </message>
    <message>
        <source>{table} rij {line}: hoort bij niets; niet overgenomen</source>
        <translation>{table} ligne {line} : n&apos;appartient à rien ; non reprise</translation>
    </message>
    <message>
        <source>service_at_location.csv: {ident} hoort bij geen dienst; niet overgenomen</source>
        <translation>service_at_location.csv : {ident} n&apos;appartient à aucun service ; non repris</translation>
    </message>
    <message>
        <source>attributes.csv: kenmerken van {owner} (onbekend of niet gebruikt) niet overgenomen</source>
        <translation>attributes.csv : attributs de {owner} (inconnus ou non utilisés) non repris</translation>
    </message>
    <message>
        <source>organisatie {organization} heeft geen diensten; niet overgenomen</source>
        <translation>l&apos;organisation {organization} n&apos;a pas de services ; non reprise</translation>
    </message>
</context>
<context>
    <name>phones</name>
    <message>
        <source>&apos;{text}&apos; is geen telefoonnummer.</source>
        <translation>&apos;{text}&apos; n&apos;est pas un numéro de téléphone.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is geen geldig nummer: gebruik een Belgisch nummer (03 260 72 80), een kort nummer (1712, 112) of een internationaal nummer met +.</source>
        <translation>&apos;{text}&apos; n&apos;est pas un numéro valide : utilisez un numéro belge (03 260 72 80), un numéro court (1712, 112) ou un numéro international avec +.</translation>
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
        <translation>Horaires</translation>
    </message>
    <message>
        <source>Leeftijden</source>
        <translation>Âges</translation>
    </message>
</context>
<context>
    <name>referral_card</name>
    <message>
        <source>Nuttige nummers</source>
        <translation>Numéros utiles</translation>
    </message>
    <message>
        <source>Hier kun je terecht</source>
        <translation>Où vous pouvez vous adresser</translation>
    </message>
    <message>
        <source>Als je belt, mag je gewoon zeggen: “Ik zou graag met iemand praten.”</source>
        <translation>Quand vous appelez, vous pouvez simplement dire : « J&apos;aimerais parler à quelqu&apos;un. »</translation>
    </message>
    <message>
        <source>{name}: enkel voor hulpverleners, niet voor de cliënt</source>
        <translation>{name} : réservé aux professionnels, pas pour le client</translation>
    </message>
    <message>
        <source>{name}: nu niet door te verwijzen ({status})</source>
        <translation>{name} : orientation impossible pour le moment ({status})</translation>
    </message>
    <message>
        <source>{name}: enkel een website die het onderwerp noemt</source>
        <translation>{name} : uniquement un site web qui nomme le sujet</translation>
    </message>
    <message>
        <source>{name}: geen nummer of website gekend</source>
        <translation>{name} : aucun numéro ni site web connu</translation>
    </message>
    <message>
        <source>Contact {number}</source>
        <translation>Contact {number}</translation>
    </message>
    <message>
        <source>gratis</source>
        <translation>gratuit</translation>
    </message>
    <message>
        <source>je hoeft je naam niet te zeggen</source>
        <translation>vous ne devez pas donner votre nom</translation>
    </message>
    <message>
        <source>{part}: dag en nacht</source>
        <translation>{part} : jour et nuit</translation>
    </message>
    <message>
        <source>uren niet gekend</source>
        <translation>horaires inconnus</translation>
    </message>
    <message>
        <source>dag en nacht</source>
        <translation>jour et nuit</translation>
    </message>
    <message>
        <source>(niet op feestdagen)</source>
        <translation>(sauf les jours fériés)</translation>
    </message>
</context>
<context>
    <name>seed</name>
    <message>
        <source>De zoekindex wordt bijgewerkt na de update (één keer); even geduld…</source>
        <translation>Reconstruction de l’index de recherche après la mise à jour (une seule fois) ; veuillez patienter…</translation>
    </message>
    <message>
        <source>De zoekindex wordt bijgewerkt na de update (één keer): {done} van {total} diensten…</source>
        <translation>Reconstruction de l’index de recherche après la mise à jour (une seule fois) : {done} services sur {total}…</translation>
    </message>
</context>
<context>
    <name>text</name>
    <message>
        <source>bevat een ongeldig teken (losse surrogaat {code}, op positie {position})</source>
        <translation>contient un caractère non valide (substitut isolé {code}, à la position {position})</translation>
    </message>
    <message>
        <source>bevat een stuurteken ({code}, op positie {position})</source>
        <translation>contient un caractère de contrôle ({code}, à la position {position})</translation>
    </message>
</context>
<context>
    <name>themes</name>
    <message>
        <source>Partnergeweld</source>
        <translation>Violence conjugale</translation>
    </message>
    <message>
        <source>Kindermishandeling</source>
        <translation>Maltraitance d&apos;enfants</translation>
    </message>
    <message>
        <source>Seksueel geweld</source>
        <translation>Violence sexuelle</translation>
    </message>
    <message>
        <source>Online veiligheid en seksuele uitbuiting</source>
        <translation>Sécurité en ligne et exploitation sexuelle</translation>
    </message>
    <message>
        <source>Vermissing en ontvoering</source>
        <translation>Disparition et enlèvement</translation>
    </message>
    <message>
        <source>Verslaving</source>
        <translation>Dépendance</translation>
    </message>
    <message>
        <source>Jonge kinderen en opvoeding</source>
        <translation>Jeunes enfants et éducation</translation>
    </message>
    <message>
        <source>Juridische hulp</source>
        <translation>Aide juridique</translation>
    </message>
    <message>
        <source>Luisteren en advies</source>
        <translation>Écoute et conseil</translation>
    </message>
    <message>
        <source>Crisis</source>
        <translation>Crise</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>trefwoord</source>
        <translation>mot-clé</translation>
    </message>
    <message>
        <source>aandachtspunt</source>
        <translation>point d&apos;attention</translation>
    </message>
    <message>
        <source>sleutel van de organisatie</source>
        <translation>clé de l&apos;organisation</translation>
    </message>
    <message>
        <source>naam van de organisatie</source>
        <translation>nom de l&apos;organisation</translation>
    </message>
    <message>
        <source>beschrijving van de organisatie</source>
        <translation>description de l&apos;organisation</translation>
    </message>
    <message>
        <source>webadres van de organisatie</source>
        <translation>adresse web de l&apos;organisation</translation>
    </message>
    <message>
        <source>e-mailadres van de organisatie</source>
        <translation>adresse e-mail de l&apos;organisation</translation>
    </message>
    <message>
        <source>telefoonnummer</source>
        <translation>numéro de téléphone</translation>
    </message>
    <message>
        <source>naam bij het telefoonnummer</source>
        <translation>nom du numéro de téléphone</translation>
    </message>
    <message>
        <source>uitleg bij het telefoonnummer</source>
        <translation>explication du numéro de téléphone</translation>
    </message>
    <message>
        <source>naam van het adres</source>
        <translation>nom de l&apos;adresse</translation>
    </message>
    <message>
        <source>straat en nummer</source>
        <translation>rue et numéro</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>code postal</translation>
    </message>
    <message>
        <source>gemeente</source>
        <translation>commune</translation>
    </message>
    <message>
        <source>land</source>
        <translation>pays</translation>
    </message>
    <message>
        <source>deel dat dag en nacht bereikbaar is</source>
        <translation>partie joignable jour et nuit</translation>
    </message>
    <message>
        <source>tijdzone</source>
        <translation>fuseau horaire</translation>
    </message>
    <message>
        <source>opmerking bij een afwijkende datum</source>
        <translation>remarque sur une date particulière</translation>
    </message>
    <message>
        <source>{label}: te lang ({count} tekens, hoogstens {most})</source>
        <translation>{label} : trop long ({count} caractères, {most} au maximum)</translation>
    </message>
    <message>
        <source>{label}: te veel ({count}, hoogstens {most})</source>
        <translation>{label} : trop nombreux ({count}, {most} au maximum)</translation>
    </message>
    <message>
        <source>De sleutel bestaat uit kleine letters, cijfers en koppeltekens (bijvoorbeeld &apos;caw-antwerpen&apos;), hoogstens 80 tekens.</source>
        <translation>La clé se compose de lettres minuscules, de chiffres et de traits d&apos;union (par exemple &apos;caw-antwerpen&apos;), 80 caractères au maximum.</translation>
    </message>
    <message>
        <source>Vul een telefoonnummer in of verwijder de lege rij.</source>
        <translation>Indiquez un numéro de téléphone ou supprimez la ligne vide.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is geen e-mailadres (zoals info@voorbeeld.be).</source>
        <translation>&apos;{text}&apos; n&apos;est pas une adresse e-mail (comme info@voorbeeld.be).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is geen webadres (zoals https://www.voorbeeld.be).</source>
        <translation>&apos;{text}&apos; n&apos;est pas une adresse web (comme https://www.voorbeeld.be).</translation>
    </message>
    <message>
        <source>De leeftijden zijn ofwel onbekend, ofwel ingevuld: niet allebei.</source>
        <translation>Les âges sont soit inconnus, soit renseignés : pas les deux.</translation>
    </message>
    <message>
        <source>Een leeftijd kan niet vroeger beginnen dan de zwangerschap.</source>
        <translation>Un âge ne peut pas commencer avant la grossesse.</translation>
    </message>
    <message>
        <source>Een leeftijd van meer dan 130 jaar is niet realistisch.</source>
        <translation>Un âge de plus de 130 ans n&apos;est pas réaliste.</translation>
    </message>
    <message>
        <source>De minimumleeftijd ({minimum}) ligt boven de maximumleeftijd ({maximum}).</source>
        <translation>L&apos;âge minimum ({minimum}) est supérieur à l&apos;âge maximum ({maximum}).</translation>
    </message>
    <message>
        <source>Op {date}: geef een begin- en einduur, of duid &apos;gesloten&apos; aan.</source>
        <translation>Le {date} : indiquez une heure de début et de fin, ou cochez &apos;fermé&apos;.</translation>
    </message>
    <message>
        <source>Een venster heeft een onbekende dag of soort.</source>
        <translation>Une plage horaire a un jour ou un type inconnu.</translation>
    </message>
    <message>
        <source>Een venster herhaalt hoogstens eens per jaar (om de 52 weken, 12 maanden).</source>
        <translation>Une plage horaire se répète au maximum une fois par an (toutes les 52 semaines, tous les 12 mois).</translation>
    </message>
    <message>
        <source>{first} overlapt met {second}.</source>
        <translation>{first} chevauche {second}.</translation>
    </message>
    <message>
        <source>{date} staat meer dan eens bij de uitzonderingen.</source>
        <translation>{date} figure plus d&apos;une fois parmi les exceptions.</translation>
    </message>
    <message>
        <source>De uren gelden &apos;vanaf&apos; een datum na hun &apos;tot&apos;-datum.</source>
        <translation>Les horaires s&apos;appliquent &apos;à partir&apos; d&apos;une date postérieure à leur date &apos;jusqu&apos;au&apos;.</translation>
    </message>
    <message>
        <source>Het deel dat dag en nacht bereikbaar is: hoogstens {most} tekens.</source>
        <translation>La partie joignable jour et nuit : {most} caractères au maximum.</translation>
    </message>
    <message>
        <source>Een dienst die zelf dag en nacht open is, heeft geen apart deel dat het is.</source>
        <translation>Un service lui-même ouvert jour et nuit n&apos;a pas de partie distincte qui l&apos;est.</translation>
    </message>
    <message>
        <source>Een dienst heeft een naam.</source>
        <translation>Un service a un nom.</translation>
    </message>
    <message>
        <source>Een naam heeft hoogstens 200 tekens.</source>
        <translation>Un nom compte au maximum 200 caractères.</translation>
    </message>
    <message>
        <source>Een andere naam heeft hoogstens 200 tekens.</source>
        <translation>Un autre nom compte au maximum 200 caractères.</translation>
    </message>
    <message>
        <source>Onbekende status &apos;{status}&apos;.</source>
        <translation>Statut inconnu &apos;{status}&apos;.</translation>
    </message>
    <message>
        <source>Onbekende urgentie: {levels}.</source>
        <translation>Urgence inconnue : {levels}.</translation>
    </message>
    <message>
        <source>Een organisatie heeft een naam.</source>
        <translation>Une organisation a un nom.</translation>
    </message>
    <message>
        <source>Nummer {position}: {problem}</source>
        <translation>Numéro {position} : {problem}</translation>
    </message>
    <message>
        <source>Nummer {position} staat niet in de bewaarde vorm ({stored}).</source>
        <translation>Le numéro {position} n&apos;est pas sous la forme enregistrée ({stored}).</translation>
    </message>
    <message>
        <source>Een trefwoord is leeg.</source>
        <translation>Un mot-clé est vide.</translation>
    </message>
    <message>
        <source>Een aandachtspunt is leeg.</source>
        <translation>Un point d&apos;attention est vide.</translation>
    </message>
    <message>
        <source>Een einddatum zonder waarschuwing: vul de waarschuwing in.</source>
        <translation>Une date de fin sans avertissement : remplissez l&apos;avertissement.</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is geen Belgische postcode.</source>
        <translation>&apos;{code}&apos; n&apos;est pas un code postal belge.</translation>
    </message>
    <message>
        <source>Een adres is helemaal leeg.</source>
        <translation>Une adresse est entièrement vide.</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is geen landcode (zoals BE).</source>
        <translation>&apos;{code}&apos; n&apos;est pas un code pays (comme BE).</translation>
    </message>
</context>
<context>
    <name>vocabulary</name>
    <message>
        <source>Vul een woord of uitdrukking in.</source>
        <translation>Indiquez un mot ou une expression.</translation>
    </message>
    <message>
        <source>Een zoekterm is hoogstens {count} tekens lang.</source>
        <translation>Un terme de recherche compte au maximum {count} caractères.</translation>
    </message>
    <message>
        <source>Vul minstens één woord van de wegwijzer in dat de term vindt.</source>
        <translation>Indiquez au moins un mot du répertoire que le terme trouve.</translation>
    </message>
    <message>
        <source>Een woord dat de term vindt, is hoogstens {count} tekens lang.</source>
        <translation>Un mot que le terme trouve compte au maximum {count} caractères.</translation>
    </message>
    <message>
        <source>&apos;{flag}&apos; is geen signaal van de checklist.</source>
        <translation>&apos;{flag}&apos; n&apos;est pas un signal de la liste de contrôle.</translation>
    </message>
    <message>
        <source>{flags} zijn geen signalen van de checklist.</source>
        <translation>{flags} ne sont pas des signaux de la liste de contrôle.</translation>
    </message>
    <message>
        <source>De zoekterm &apos;{term}&apos; bestaat al: kies hem in de lijst om hem te bewerken.</source>
        <translation>Le terme de recherche &apos;{term}&apos; existe déjà : choisissez-le dans la liste pour le modifier.</translation>
    </message>
</context>
</TS>
