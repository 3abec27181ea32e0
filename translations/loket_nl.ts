<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>Indicators</name>
    <message>
        <source>Reports received</source>
        <translation>Ontvangen meldingen</translation>
    </message>
    <message>
        <source>Reports resolved</source>
        <translation>Opgeloste meldingen</translation>
    </message>
    <message>
        <source>Handling time, median (working days)</source>
        <translation>Behandeltijd, mediaan (werkdagen)</translation>
    </message>
    <message>
        <source>Handling time, 90th percentile (working days)</source>
        <translation>Behandeltijd, 90e percentiel (werkdagen)</translation>
    </message>
    <message>
        <source>Resolved within the service norm</source>
        <translation>Opgelost binnen de servicenorm</translation>
    </message>
    <message>
        <source>Backlog at month end</source>
        <translation>Openstaand op het einde van de maand</translation>
    </message>
    <message>
        <source>Overdue at month end</source>
        <translation>Over tijd op het einde van de maand</translation>
    </message>
    <message>
        <source>Citizens with eBox consent</source>
        <translation>Burgers met eBox-toestemming</translation>
    </message>
    <message>
        <source>Documents delivered digitally</source>
        <translation>Digitaal bezorgde documenten</translation>
    </message>
    <message>
        <source>eBox read rate</source>
        <translation>Leesgraad in de eBox</translation>
    </message>
    <message>
        <source>Fallbacks to paper</source>
        <translation>Terugval op papier</translation>
    </message>
    <message>
        <source>Paper returned undelivered</source>
        <translation>Onbestelbaar teruggekomen papier</translation>
    </message>
    <message>
        <source>Contacts at the counter</source>
        <translation>Contacten aan het loket</translation>
    </message>
    <message>
        <source>Contacts by phone</source>
        <translation>Telefonische contacten</translation>
    </message>
    <message>
        <source>Contacts through the helpdesk</source>
        <translation>Contacten via de helpdesk</translation>
    </message>
    <message>
        <source>Home visits</source>
        <translation>Huisbezoeken</translation>
    </message>
    <message>
        <source>Contacts by e-mail</source>
        <translation>Contacten per e-mail</translation>
    </message>
    <message>
        <source>Video calls</source>
        <translation>Videogesprekken</translation>
    </message>
    <message>
        <source>Follow-up tasks due</source>
        <translation>Opvolgtaken met vervaldag</translation>
    </message>
    <message>
        <source>Follow-up tasks closed on time</source>
        <translation>Opvolgtaken tijdig afgesloten</translation>
    </message>
    <message>
        <source>Guides completed alone</source>
        <translation>Gidsen zelfstandig afgerond</translation>
    </message>
    <message>
        <source>Guides completed with help</source>
        <translation>Gidsen afgerond met hulp</translation>
    </message>
    <message>
        <source>The regional hub cannot be reached; try again when the connection is back.</source>
        <translation>De regionale dienst is niet bereikbaar; probeer opnieuw wanneer de verbinding terug is.</translation>
    </message>
    <message>
        <source>The session has ended; sign in again to see the indicators.</source>
        <translation>De sessie is afgelopen; meld u opnieuw aan om de indicatoren te zien.</translation>
    </message>
    <message>
        <source>This account may not see these indicators; they are for managers and admins, each for the municipalities in their scope.</source>
        <translation>Deze account mag deze indicatoren niet zien; ze zijn voor leidinggevenden en beheerders, elk voor de gemeenten binnen hun bereik.</translation>
    </message>
    <message>
        <source>The hub refused the period: %1</source>
        <translation>De regionale dienst weigerde de periode: %1</translation>
    </message>
    <message>
        <source>The hub could not compute the indicators; try again later.</source>
        <translation>De regionale dienst kon de indicatoren niet berekenen; probeer later opnieuw.</translation>
    </message>
    <message>
        <source>The hub&apos;s answer could not be read; the hub may be of another version.</source>
        <translation>Het antwoord van de regionale dienst kon niet gelezen worden; misschien is het een andere versie.</translation>
    </message>
</context>
<context>
    <name>NationalNumber</name>
    <message>
        <source>No national number was given.</source>
        <translation>Er is geen rijksregisternummer opgegeven.</translation>
    </message>
    <message>
        <source>A national number holds only digits (dots and a dash are allowed).</source>
        <translation>Een rijksregisternummer bevat alleen cijfers (punten en een streepje mogen).</translation>
    </message>
    <message>
        <source>A national number has exactly 11 digits.</source>
        <translation>Een rijksregisternummer heeft precies 11 cijfers.</translation>
    </message>
    <message>
        <source>The last two digits do not match the rest: a digit was probably mistyped.</source>
        <translation>De laatste twee cijfers kloppen niet met de rest: waarschijnlijk is er een cijfer verkeerd getypt.</translation>
    </message>
    <message>
        <source>The birth date in this national number is impossible.</source>
        <translation>De geboortedatum in dit rijksregisternummer is onmogelijk.</translation>
    </message>
    <message>
        <source>The daily sequence number (digits 7 to 9) is invalid.</source>
        <translation>Het volgnummer (cijfers 7 tot 9) is ongeldig.</translation>
    </message>
</context>
<context>
    <name>ReportRules</name>
    <message>
        <source>Choose what the problem is.</source>
        <translation>Kies wat het probleem is.</translation>
    </message>
    <message>
        <source>This category is not in the regional catalogue (any more).</source>
        <translation>Deze categorie staat (niet meer) in de regionale catalogus.</translation>
    </message>
    <message>
        <source>Say where the problem is: a street in the region, or coordinates.</source>
        <translation>Zeg waar het probleem is: een straat in de regio, of coördinaten.</translation>
    </message>
    <message>
        <source>The coordinates need both a latitude and a longitude, in degrees.</source>
        <translation>De coördinaten hebben zowel een breedtegraad als een lengtegraad nodig, in graden.</translation>
    </message>
    <message numerus="yes">
        <source>The description is at most %n characters long.</source>
        <translation>
            <numerusform>De beschrijving is hoogstens %n teken lang.</numerusform>
            <numerusform>De beschrijving is hoogstens %n tekens lang.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be filled in.</source>
        <translation>„%1” moet ingevuld worden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a value that is not allowed.</source>
        <translation>„%1” heeft een waarde die niet toegelaten is.</translation>
    </message>
    <message>
        <source>The report has this status already.</source>
        <translation>De melding heeft deze status al.</translation>
    </message>
    <message>
        <source>A report cannot be set back to received.</source>
        <translation>Een melding kan niet terug op ontvangen gezet worden.</translation>
    </message>
    <message>
        <source>This report is finished; it can only be reopened (acknowledged or in progress), or closed once it was resolved.</source>
        <translation>Deze melding is afgehandeld; ze kan alleen heropend worden (bevestigd of in behandeling), of afgesloten als ze opgelost was.</translation>
    </message>
    <message>
        <source>Write a text for the citizen: it says what was done or why not.</source>
        <translation>Schrijf een tekst voor de burger: wat er gedaan is, of waarom niet.</translation>
    </message>
    <message numerus="yes">
        <source>A text is at most %n characters long.</source>
        <translation>
            <numerusform>Een tekst is hoogstens %n teken lang.</numerusform>
            <numerusform>Een tekst is hoogstens %n tekens lang.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>Cannot read the schema version.</source>
        <translation>De schemaversie kan niet gelezen worden.</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>A task needs an identifier.</source>
        <translation>Een taak heeft een identificatie nodig.</translation>
    </message>
    <message>
        <source>A task needs a citizen.</source>
        <translation>Een taak heeft een burger nodig.</translation>
    </message>
    <message>
        <source>A task needs a title: what is to be done.</source>
        <translation>Een taak heeft een titel nodig: wat er moet gebeuren.</translation>
    </message>
    <message>
        <source>A task needs the municipality it belongs to.</source>
        <translation>Een taak heeft de gemeente nodig waartoe ze behoort.</translation>
    </message>
    <message>
        <source>A task needs a valid due date.</source>
        <translation>Een taak heeft een geldige vervaldag nodig.</translation>
    </message>
    <message>
        <source>A claimed task needs its owner.</source>
        <translation>Een opgenomen taak moet een eigenaar hebben.</translation>
    </message>
    <message>
        <source>An open task has no owner yet.</source>
        <translation>Een open taak heeft nog geen eigenaar.</translation>
    </message>
    <message>
        <source>A closed task needs its outcome.</source>
        <translation>Een afgesloten taak moet een resultaat hebben.</translation>
    </message>
    <message>
        <source>Only a closed task has an outcome.</source>
        <translation>Alleen een afgesloten taak heeft een resultaat.</translation>
    </message>
    <message>
        <source>Someone else has claimed this task.</source>
        <translation>Iemand anders heeft deze taak opgenomen.</translation>
    </message>
    <message>
        <source>This task is closed; reopen it first.</source>
        <translation>Deze taak is afgesloten; heropen ze eerst.</translation>
    </message>
    <message>
        <source>Only a closed task can be reopened.</source>
        <translation>Alleen een afgesloten taak kan heropend worden.</translation>
    </message>
    <message>
        <source>A handover needs a note for the colleague who takes the task over.</source>
        <translation>Een overdracht heeft een notitie nodig voor de collega die de taak overneemt.</translation>
    </message>
    <message>
        <source>Say what came of the task before closing it.</source>
        <translation>Zeg wat de taak opgeleverd heeft voor u ze afsluit.</translation>
    </message>
    <message>
        <source>Choose the municipality whose counter takes the task over.</source>
        <translation>Kies de gemeente waarvan het loket de taak overneemt.</translation>
    </message>
</context>
<context>
    <name>Visit</name>
    <message>
        <source>A visit needs an identifier.</source>
        <translation>Een huisbezoek heeft een identificatie nodig.</translation>
    </message>
    <message>
        <source>A visit needs a citizen.</source>
        <translation>Een huisbezoek heeft een burger nodig.</translation>
    </message>
    <message>
        <source>A visit needs the outreach worker who visits.</source>
        <translation>Een huisbezoek heeft de outreachwerker nodig die op bezoek gaat.</translation>
    </message>
    <message>
        <source>A visit needs a valid date.</source>
        <translation>Een huisbezoek heeft een geldige datum nodig.</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>received</source>
        <translation>ontvangen</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>in behandeling genomen</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>ingepland</translation>
    </message>
    <message>
        <source>being worked on</source>
        <translation>in uitvoering</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>opgelost</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>afgesloten</translation>
    </message>
    <message>
        <source>not taken up</source>
        <translation>niet weerhouden</translation>
    </message>
    <message>
        <source>already reported by someone else</source>
        <translation>al gemeld door iemand anders</translation>
    </message>
    <message>
        <source>forwarded to the responsible municipality</source>
        <translation>doorgestuurd naar de bevoegde gemeente</translation>
    </message>
    <message>
        <source>being prepared</source>
        <translation>in voorbereiding</translation>
    </message>
    <message>
        <source>sent to the eBox</source>
        <translation>verstuurd naar de eBox</translation>
    </message>
    <message>
        <source>sent by post</source>
        <translation>verstuurd per post</translation>
    </message>
    <message>
        <source>delivered by post</source>
        <translation>bezorgd door de post</translation>
    </message>
    <message>
        <source>in eBox, not opened</source>
        <translation>in de eBox, nog niet geopend</translation>
    </message>
    <message>
        <source>arrived in the eBox</source>
        <translation>aangekomen in de eBox</translation>
    </message>
    <message>
        <source>opened in eBox</source>
        <translation>geopend in de eBox</translation>
    </message>
    <message>
        <source>read</source>
        <translation>gelezen</translation>
    </message>
    <message>
        <source>not opened, reminder sent</source>
        <translation>niet geopend, herinnering verstuurd</translation>
    </message>
    <message>
        <source>not opened, leaves the eBox soon</source>
        <translation>niet geopend, verdwijnt binnenkort uit de eBox</translation>
    </message>
    <message>
        <source>no longer in the eBox</source>
        <translation>niet meer in de eBox</translation>
    </message>
    <message>
        <source>not opened in eBox, will be sent on paper</source>
        <translation>niet geopend in de eBox, wordt op papier verstuurd</translation>
    </message>
    <message>
        <source>sent on paper</source>
        <translation>op papier verstuurd</translation>
    </message>
    <message>
        <source>returned by the post, not delivered</source>
        <translation>teruggestuurd door de post, niet bezorgd</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslissing</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Uitnodiging</translation>
    </message>
    <message>
        <source>Permit</source>
        <translation>Vergunning</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Herinnering</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Attest</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factuur</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>eBox</source>
        <translation>eBox</translation>
    </message>
    <message>
        <source>paper</source>
        <translation>papier</translation>
    </message>
    <message>
        <source>Visit at the counter</source>
        <translation>Bezoek aan het loket</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Telefoongesprek</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Huisbezoek</translation>
    </message>
    <message>
        <source>Regional helpdesk</source>
        <translation>Regionale helpdesk</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Videogesprek</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Duits</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabisch</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Turks</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Pools</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>Roemeens</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italiaans</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spaans</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugees</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russisch</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Oekraïens</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>How lists show a person: family name, then given names</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Tax bill</source>
        <translation>Belastingaanslag</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Bevestiging</translation>
    </message>
    <message>
        <source>Fine</source>
        <translation>Boete</translation>
    </message>
    <message>
        <source>Identity card and passport</source>
        <translation>Identiteitskaart en paspoort</translation>
    </message>
    <message>
        <source>Change of address</source>
        <translation>Adreswijziging</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Attesten</translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation>Belastingen</translation>
    </message>
    <message>
        <source>Waste collection</source>
        <translation>Afvalophaling</translation>
    </message>
    <message>
        <source>Parking</source>
        <translation>Parkeren</translation>
    </message>
    <message>
        <source>Building permit</source>
        <translation>Omgevingsvergunning</translation>
    </message>
    <message>
        <source>Social support</source>
        <translation>Sociale ondersteuning</translation>
    </message>
    <message>
        <source>Energy premium</source>
        <translation>Energiepremie</translation>
    </message>
    <message>
        <source>Help with the eBox</source>
        <translation>Hulp bij de eBox</translation>
    </message>
    <message>
        <source>Help with digital services</source>
        <translation>Hulp bij digitale diensten</translation>
    </message>
    <message>
        <source>Follow-up of a report</source>
        <translation>Opvolging van een melding</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Wonen</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>Kinderopvang</translation>
    </message>
    <message>
        <source>Care for older people</source>
        <translation>Ouderenzorg</translation>
    </message>
    <message>
        <source>Other question</source>
        <translation>Andere vraag</translation>
    </message>
    <message>
        <source>counter</source>
        <translation>loket</translation>
    </message>
    <message>
        <source>outreach</source>
        <translation>huisbezoek</translation>
    </message>
    <message>
        <source>helpdesk</source>
        <translation>helpdesk</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>leidinggevende</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>beheerder</translation>
    </message>
    <message>
        <source>Paper copy requested</source>
        <translation>Papieren exemplaar gevraagd</translation>
    </message>
    <message>
        <source>Resend requested</source>
        <translation>Opnieuw versturen gevraagd</translation>
    </message>
    <message>
        <source>Explained to the citizen</source>
        <translation>Uitgelegd aan de burger</translation>
    </message>
    <message>
        <source>Helped to activate the eBox</source>
        <translation>Geholpen om de eBox te activeren</translation>
    </message>
</context>
<context>
    <name>loket</name>
    <message>
        <source>Reports</source>
        <translation>Meldingen</translation>
    </message>
    <message>
        <source>Documents and eBox</source>
        <translation>Documenten en eBox</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <source>Digital inclusion</source>
        <translation>Digitale inclusie</translation>
    </message>
</context>
<context>
    <name>loket::AddVisitCommand</name>
    <message>
        <source>The visit could not be saved. It is kept in memory; Loket tries to save it again.</source>
        <translation>Het huisbezoek kon niet opgeslagen worden. Het blijft in het geheugen; Loket probeert het opnieuw op te slaan.</translation>
    </message>
</context>
<context>
    <name>loket::CitizenSearch</name>
    <message>
        <source>No cache is open.</source>
        <translation>Er is geen cache geopend.</translation>
    </message>
</context>
<context>
    <name>loket::Connection</name>
    <message>
        <source>The cache %1 does not exist.</source>
        <translation>De cache %1 bestaat niet.</translation>
    </message>
    <message>
        <source>The cache %1 cannot be read: check its permissions.</source>
        <translation>De cache %1 kan niet gelezen worden: controleer de toegangsrechten.</translation>
    </message>
    <message>
        <source>%1 is not a Loket cache (it is not an SQLite database). The file was left as it is.</source>
        <translation>%1 is geen Loket-cache (het is geen SQLite-databank). Het bestand is onaangeroerd gebleven.</translation>
    </message>
    <message>
        <source>The cache %1 cannot be opened: %2</source>
        <translation>De cache %1 kan niet geopend worden: %2</translation>
    </message>
    <message>
        <source>The cache %1 is damaged and cannot be read (%2). The file was left as it is; remove it to download the data again.</source>
        <translation>De cache %1 is beschadigd en kan niet gelezen worden (%2). Het bestand is onaangeroerd gebleven; verwijder het om de gegevens opnieuw op te halen.</translation>
    </message>
    <message>
        <source>The cache %1 cannot be read: %2</source>
        <translation>De cache %1 kan niet gelezen worden: %2</translation>
    </message>
    <message>
        <source>The cache %1 was written by a newer version of Loket (schema %2; this version understands up to %3). Start the newer Loket, or remove the cache to download the data again. The file was left as it is.</source>
        <translation>De cache %1 werd geschreven door een nieuwere versie van Loket (schema %2; deze versie kent tot %3). Start de nieuwere Loket, of verwijder de cache om de gegevens opnieuw op te halen. Het bestand is onaangeroerd gebleven.</translation>
    </message>
    <message>
        <source>The cache %1 must be brought up to date before it can be read.</source>
        <translation>De cache %1 moet eerst bijgewerkt worden voor hij gelezen kan worden.</translation>
    </message>
    <message>
        <source>The cache %1 cannot be switched to write-ahead logging: %2</source>
        <translation>De cache %1 kan niet overschakelen op write-ahead logging: %2</translation>
    </message>
    <message>
        <source>The cache %1 could not be brought up to date: %2</source>
        <translation>De cache %1 kon niet bijgewerkt worden: %2</translation>
    </message>
</context>
<context>
    <name>loket::CorrectContactMomentCommand</name>
    <message>
        <source>The correction of the contact moment could not be saved. It is kept in memory; Loket tries to save it again.</source>
        <translation>De correctie van het contactmoment kon niet bewaard worden. Ze blijft in het geheugen; Loket probeert ze opnieuw te bewaren.</translation>
    </message>
</context>
<context>
    <name>loket::CreateReportCommand</name>
    <message numerus="yes">
        <source>A report takes at most %n photos.</source>
        <translation>
            <numerusform>Een melding bevat hoogstens %n foto.</numerusform>
            <numerusform>Een melding bevat hoogstens %n foto’s.</numerusform>
        </translation>
    </message>
    <message>
        <source>The photo %1 is larger than %2 MB.</source>
        <translation>De foto %1 is groter dan %2 MB.</translation>
    </message>
    <message>
        <source>The photo %1 is not a JPEG or PNG picture.</source>
        <translation>De foto %1 is geen JPEG- of PNG-afbeelding.</translation>
    </message>
    <message>
        <source>The report could not be saved. It is kept in memory; Loket tries to save it again.</source>
        <translation>De melding kon niet opgeslagen worden. Ze blijft in het geheugen; Loket probeert ze opnieuw op te slaan.</translation>
    </message>
    <message>
        <source>Reports for this municipality go to its own report server (%1), which takes no photos from Loket. Remove the photos and describe what they show.</source>
        <translation>Meldingen voor deze gemeente gaan naar haar eigen meldingenserver (%1), die geen foto’s van Loket aanneemt. Verwijder de foto’s en beschrijf wat erop te zien is.</translation>
    </message>
</context>
<context>
    <name>loket::CreateTaskCommand</name>
    <message>
        <source>The task could not be saved. It is kept in memory; Loket tries to save it again.</source>
        <translation>De taak kon niet opgeslagen worden. Ze blijft in het geheugen; Loket probeert ze opnieuw op te slaan.</translation>
    </message>
</context>
<context>
    <name>loket::DiscardOutboxEntryCommand</name>
    <message>
        <source>A consultation of a dossier cannot be discarded: the law requires every one to reach the regional access log.</source>
        <translation>Een raadpleging van een dossier kan niet geschrapt worden: de wet eist dat elke raadpleging het regionale toegangslogboek bereikt.</translation>
    </message>
    <message>
        <source>Give a reason for discarding the change.</source>
        <translation>Geef een reden om de wijziging te schrappen.</translation>
    </message>
    <message>
        <source>The reason is too long: at most %1 characters.</source>
        <translation>De reden is te lang: hoogstens %1 tekens.</translation>
    </message>
    <message>
        <source>This change is no longer waiting: it was sent or discarded meanwhile.</source>
        <translation>Deze wijziging wacht niet meer: ze is intussen verstuurd of geschrapt.</translation>
    </message>
    <message>
        <source>Later changes build on this one. Discard them first, newest first: %1.</source>
        <translation>Latere wijzigingen bouwen op deze voort. Schrap die eerst, de nieuwste eerst: %1.</translation>
    </message>
    <message>
        <source>The earlier state of this guide step is not known on this computer, so it cannot be put back. Retry the change instead.</source>
        <translation>De vorige toestand van deze gidsstap is niet gekend op deze computer, dus hij kan niet teruggezet worden. Probeer de wijziging in de plaats daarvan opnieuw.</translation>
    </message>
    <message>
        <source>Loket cannot put this kind of record back yet, so the change cannot be discarded. Retry it, or ask the helpdesk.</source>
        <translation>Loket kan dit soort gegevens nog niet terugzetten, dus de wijziging kan niet geschrapt worden. Probeer ze opnieuw, of vraag het aan de helpdesk.</translation>
    </message>
    <message>
        <source>The change could not be discarded. It is still waiting; Loket tries to discard it again.</source>
        <translation>De wijziging kon niet geschrapt worden. Ze wacht nog; Loket probeert ze opnieuw te schrappen.</translation>
    </message>
</context>
<context>
    <name>loket::DocumentAction</name>
    <message>
        <source>The action is not linked to a citizen.</source>
        <translation>De actie is niet aan een burger gekoppeld.</translation>
    </message>
    <message>
        <source>Choose the document this action is about.</source>
        <translation>Kies het document waarover deze actie gaat.</translation>
    </message>
    <message>
        <source>Help with activating the eBox is about the citizen, not about one document.</source>
        <translation>Hulp bij het activeren van de eBox gaat over de burger, niet over één document.</translation>
    </message>
    <message>
        <source>A request for a paper copy or a resend needs a reason.</source>
        <translation>Een vraag om een papieren exemplaar of om opnieuw te versturen heeft een reden nodig.</translation>
    </message>
    <message numerus="yes">
        <source>The reason is too long: at most %n character(s).</source>
        <translation>
            <numerusform>De reden is te lang: hoogstens %n teken.</numerusform>
            <numerusform>De reden is te lang: hoogstens %n tekens.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loket::DocumentExplanation</name>
    <message>
        <source>This document is being prepared and has not been sent yet.</source>
        <translation>Dit document wordt voorbereid en is nog niet verstuurd.</translation>
    </message>
    <message>
        <source>It was sent to your eBox on %1.</source>
        <translation>Het werd op %1 naar uw eBox gestuurd.</translation>
    </message>
    <message>
        <source>You opened it on %1.</source>
        <translation>U hebt het op %1 geopend.</translation>
    </message>
    <message>
        <source>It was not opened within 15 days, so a reminder was sent on %1.</source>
        <translation>Het werd niet binnen 15 dagen geopend, daarom werd op %1 een herinnering gestuurd.</translation>
    </message>
    <message>
        <source>Because it was still not opened, a paper copy has been made on %1; it will be posted.</source>
        <translation>Omdat het nog altijd niet geopend was, werd op %1 een papieren exemplaar gemaakt; het wordt met de post verstuurd.</translation>
    </message>
    <message>
        <source>Because it was still not opened, a paper copy followed by post on %1.</source>
        <translation>Omdat het nog altijd niet geopend was, volgde op %1 een papieren exemplaar met de post.</translation>
    </message>
    <message>
        <source>It was sent to you by post on %1.</source>
        <translation>Het werd u op %1 met de post gestuurd.</translation>
    </message>
    <message>
        <source>The post returned it as undeliverable on %1: the address must be checked.</source>
        <translation>De post stuurde het op %1 terug als onbestelbaar: het adres moet nagekeken worden.</translation>
    </message>
    <message>
        <source>It will expire soon.</source>
        <translation>Het vervalt binnenkort.</translation>
    </message>
    <message>
        <source>It can still be used until %1.</source>
        <translation>Het kan nog gebruikt worden tot %1.</translation>
    </message>
    <message>
        <source>It expired on %1.</source>
        <translation>Het is vervallen op %1.</translation>
    </message>
    <message>
        <source>It has not been opened yet.</source>
        <translation>Het is nog niet geopend.</translation>
    </message>
    <message>
        <source>It went by post because you do not receive documents in the eBox.</source>
        <translation>Het ging met de post omdat u geen documenten in de eBox ontvangt.</translation>
    </message>
    <message>
        <source>It went by post because you chose the eBox only on %1, after it was sent.</source>
        <translation>Het ging met de post omdat u pas op %1 voor de eBox koos, nadat het verstuurd was.</translation>
    </message>
    <message>
        <source>The post does not confirm delivery.</source>
        <translation>De post bevestigt de bezorging niet.</translation>
    </message>
</context>
<context>
    <name>loket::Guide</name>
    <message>
        <source>The town hall&apos;s e-counter address is not set (setting townhall/eloket_url), and the guide &quot;%1&quot; needs it.</source>
        <translation>Het adres van het e-loket van het gemeentehuis is niet ingesteld (instelling townhall/eloket_url), en de gids &quot;%1&quot; heeft het nodig.</translation>
    </message>
    <message>
        <source>The town hall&apos;s address for reporting problems is not set (setting townhall/report_url), and the guide &quot;%1&quot; needs it.</source>
        <translation>Het adres van het gemeentehuis om problemen te melden is niet ingesteld (instelling townhall/report_url), en de gids &quot;%1&quot; heeft het nodig.</translation>
    </message>
    <message>
        <source>The town hall&apos;s name is not set (setting townhall/name), and the guide &quot;%1&quot; needs it.</source>
        <translation>De naam van het gemeentehuis is niet ingesteld (instelling townhall/name), en de gids &quot;%1&quot; heeft hem nodig.</translation>
    </message>
</context>
<context>
    <name>loket::GuideLibrary</name>
    <message>
        <source>there is no folder of guides here.</source>
        <translation>hier staat geen map met gidsen.</translation>
    </message>
    <message>
        <source>a guide&apos;s folder is named after its id: lowercase letters, digits and single hyphens, like &quot;ebox-activate&quot;.</source>
        <translation>de map van een gids draagt de id van de gids: kleine letters, cijfers en enkele koppeltekens, zoals &quot;ebox-activate&quot;.</translation>
    </message>
    <message>
        <source>there are no guides in this folder.</source>
        <translation>er staan geen gidsen in deze map.</translation>
    </message>
    <message>
        <source>the folder with the handouts&apos; fixed texts is missing; it holds one file per language, like nl.txt.</source>
        <translation>de map met de vaste teksten van de infobladen ontbreekt; ze bevat één bestand per taal, zoals nl.txt.</translation>
    </message>
    <message>
        <source>only language files like nl.txt belong in this folder.</source>
        <translation>in deze map horen alleen taalbestanden zoals nl.txt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code; name the file after the language&apos;s two-letter code, like nl.txt or ar.txt.</source>
        <translation>&quot;%1&quot; is geen taalcode; geef het bestand de code van twee letters van de taal, zoals nl.txt of ar.txt.</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kan niet gelezen worden: %1</translation>
    </message>
    <message>
        <source>this guide&apos;s folder holds no language files like nl.md.</source>
        <translation>de map van deze gids bevat geen taalbestanden zoals nl.md.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code; name the file after the language&apos;s two-letter code, like nl.md or ar.md.</source>
        <translation>&quot;%1&quot; is geen taalcode; geef het bestand de code van twee letters van de taal, zoals nl.md of ar.md.</translation>
    </message>
    <message>
        <source>the image &quot;%1&quot; lies outside the guides&apos; folder; keep images in images/ or in the guide&apos;s own folder.</source>
        <translation>de afbeelding &quot;%1&quot; staat buiten de map van de gidsen; bewaar afbeeldingen in images/ of in de eigen map van de gids.</translation>
    </message>
    <message>
        <source>the image &quot;%1&quot; does not exist (looked for %2).</source>
        <translation>de afbeelding &quot;%1&quot; bestaat niet (gezocht naar %2).</translation>
    </message>
    <message>
        <source>the file &quot;%1&quot; is not a PNG or JPEG image.</source>
        <translation>het bestand &quot;%1&quot; is geen PNG- of JPEG-afbeelding.</translation>
    </message>
    <message>
        <source>missing: every guide needs a file for every language that has a handout text (%1).</source>
        <translation>ontbreekt: elke gids heeft een bestand nodig voor elke taal met een infobladtekst (%1).</translation>
    </message>
    <message>
        <source>there is no handout/%1.txt for this language; add it, and this language to every guide.</source>
        <translation>er is geen handout/%1.txt voor deze taal; voeg het toe, en deze taal aan elke gids.</translation>
    </message>
    <message>
        <source>has version %1 but %2 has version %3: change the version in every language together.</source>
        <translation>heeft versie %1 maar %2 heeft versie %3: verander de versie in alle talen tegelijk.</translation>
    </message>
    <message>
        <source>has %1 steps but %2 has %3: every language has the same steps.</source>
        <translation>heeft %1 stappen maar %2 heeft er %3: elke taal heeft dezelfde stappen.</translation>
    </message>
    <message>
        <source>step %1 has the id &quot;%2&quot; but in %3 it is &quot;%4&quot;: the same step has the same id in every language.</source>
        <translation>stap %1 heeft de id &quot;%2&quot; maar in %3 is dat &quot;%4&quot;: dezelfde stap heeft in elke taal dezelfde id.</translation>
    </message>
</context>
<context>
    <name>loket::HandoutJob</name>
    <message>
        <source>The guide to print, by its id (see --list).</source>
        <translation>De gids om af te drukken, volgens zijn id (zie --list).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The citizen&apos;s language: nl, fr, en, de, ar or tr (see --list).</source>
        <translation>De taal van de burger: nl, fr, en, de, ar of tr (zie --list).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>TAAL</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Het PDF-bestand om te schrijven.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <source>The town hall&apos;s contact details and addresses, as in resources/guides/townhall.example.ini (default: the demo town hall, Herent).</source>
        <translation>De contactgegevens en adressen van het gemeentehuis, zoals in resources/guides/townhall.example.ini (standaard: het demogemeentehuis, Herent).</translation>
    </message>
    <message>
        <source>Read the guides from this folder instead of the ones built in, e.g. to try out edited guides.</source>
        <translation>De gidsen uit deze map lezen in plaats van de ingebouwde, bijvoorbeeld om aangepaste gidsen uit te proberen.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>MAP</translation>
    </message>
    <message>
        <source>List the guides and their languages, and stop.</source>
        <translation>De gidsen en hun talen oplijsten, en stoppen.</translation>
    </message>
    <message>
        <source>The built-in guides have errors (listed above).</source>
        <translation>De ingebouwde gidsen bevatten fouten (hierboven opgelijst).</translation>
    </message>
    <message>
        <source>The guides in %1 have errors (listed above); fix them and try again.</source>
        <translation>De gidsen in %1 bevatten fouten (hierboven opgelijst); verbeter ze en probeer opnieuw.</translation>
    </message>
    <message>
        <source>the option --%1 is required.</source>
        <translation>de optie --%1 is verplicht.</translation>
    </message>
    <message>
        <source>there is no guide &quot;%1&quot;. The guides are: %2.</source>
        <translation>er is geen gids &quot;%1&quot;. De gidsen zijn: %2.</translation>
    </message>
    <message>
        <source>the guide &quot;%1&quot; is not available in &quot;%2&quot;. Its languages are: %3.</source>
        <translation>de gids &quot;%1&quot; bestaat niet in &quot;%2&quot;. De talen ervan zijn: %3.</translation>
    </message>
    <message>
        <source>note: using the demo town hall (%1); give yours with --town-hall FILE.</source>
        <translation>let op: het demogemeentehuis (%1) wordt gebruikt; geef het uwe op met --town-hall BESTAND.</translation>
    </message>
</context>
<context>
    <name>loket::HandoutText</name>
    <message>
        <source>this line is not UTF-8 text; save the file as UTF-8.</source>
        <translation>deze regel is geen UTF-8-tekst; bewaar het bestand als UTF-8.</translation>
    </message>
    <message>
        <source>a line reads &quot;name: text&quot;, like &quot;step: Step {number}&quot;.</source>
        <translation>een regel luidt &quot;naam: tekst&quot;, zoals &quot;step: Stap {number}&quot;.</translation>
    </message>
    <message>
        <source>unknown name &quot;%1&quot;; the names are %2.</source>
        <translation>onbekende naam &quot;%1&quot;; de namen zijn %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice (first on line %2).</source>
        <translation>&quot;%1&quot; komt twee keer voor (eerst op regel %2).</translation>
    </message>
    <message>
        <source>the text of &quot;%1&quot; is empty.</source>
        <translation>de tekst van &quot;%1&quot; is leeg.</translation>
    </message>
    <message>
        <source>the text of &quot;%1&quot; has an unknown placeholder {%2}.</source>
        <translation>de tekst van &quot;%1&quot; bevat een onbekende plaatshouder {%2}.</translation>
    </message>
    <message>
        <source>the text of &quot;%1&quot; must keep the placeholder {%2}.</source>
        <translation>de tekst van &quot;%1&quot; moet de plaatshouder {%2} behouden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing; every handout text needs %2.</source>
        <translation>&quot;%1&quot; ontbreekt; elke infobladtekst heeft %2 nodig.</translation>
    </message>
</context>
<context>
    <name>loket::HandoutWriter</name>
    <message>
        <source>There is no guide &quot;%1&quot;. The guides are: %2.</source>
        <translation>Er is geen gids &quot;%1&quot;. De gidsen zijn: %2.</translation>
    </message>
    <message>
        <source>The guide &quot;%1&quot; is not available in &quot;%2&quot;. Its languages are: %3.</source>
        <translation>De gids &quot;%1&quot; bestaat niet in &quot;%2&quot;. De talen ervan zijn: %3.</translation>
    </message>
    <message>
        <source>No installed font has the letters of &quot;%1&quot;; install the package fonts-noto-core.</source>
        <translation>Geen enkel geïnstalleerd lettertype heeft de letters van &quot;%1&quot;; installeer het pakket fonts-noto-core.</translation>
    </message>
    <message>
        <source>The handout cannot be printed: the printer or file did not accept it.</source>
        <translation>Het infoblad kan niet afgedrukt worden: de printer of het bestand aanvaardde het niet.</translation>
    </message>
    <message>
        <source>The handout cannot be printed: a new page was refused.</source>
        <translation>Het infoblad kan niet afgedrukt worden: een nieuwe pagina werd geweigerd.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kan niet geschreven worden: %2.</translation>
    </message>
</context>
<context>
    <name>loket::HelpdeskLookup</name>
    <message>
        <source>The regional hub&apos;s answer could not be read.</source>
        <translation>Het antwoord van de regionale dienst kon niet gelezen worden.</translation>
    </message>
    <message>
        <source>The regional hub refused the search (HTTP %1).</source>
        <translation>De regionale dienst weigerde de zoekopdracht (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>loket::LinkCitizenToReportCommand</name>
    <message>
        <source>The citizen could not be linked to the report. It is kept in memory; Loket tries again.</source>
        <translation>De burger kon niet aan de melding gekoppeld worden. Dit blijft in het geheugen; Loket probeert opnieuw.</translation>
    </message>
</context>
<context>
    <name>loket::LocalHub</name>
    <message>
        <source>loket-hub could not be started: %1</source>
        <translation>loket-hub kon niet gestart worden: %1</translation>
    </message>
    <message>
        <source>loket-hub stopped before it listened: %1</source>
        <translation>loket-hub stopte voor het luisterde: %1</translation>
    </message>
    <message>
        <source>loket-hub was not found.</source>
        <translation>loket-hub werd niet gevonden.</translation>
    </message>
    <message>
        <source>loket-hub did not start listening within %1 s.</source>
        <translation>loket-hub begon niet te luisteren binnen %1 s.</translation>
    </message>
</context>
<context>
    <name>loket::LogContactMomentCommand</name>
    <message>
        <source>The contact moment could not be saved. It is kept in memory; Loket tries to save it again.</source>
        <translation>Het contactmoment kon niet bewaard worden. Het blijft in het geheugen; Loket probeert het opnieuw te bewaren.</translation>
    </message>
    <message>
        <source>The follow-up task cannot be made: %1</source>
        <translation>De opvolgtaak kan niet gemaakt worden: %1</translation>
    </message>
</context>
<context>
    <name>loket::Open311Journal</name>
    <message>
        <source>The server address must be a web address such as https://meldingen.example.be/open311/v2/.</source>
        <translation>Het serveradres moet een webadres zijn, zoals https://meldingen.example.be/open311/v2/.</translation>
    </message>
    <message>
        <source>The server address must not contain a question mark or a #; give the address the calls are made under.</source>
        <translation>Het serveradres mag geen vraagteken of # bevatten; geef het adres waaronder de oproepen gebeuren.</translation>
    </message>
    <message>
        <source>The API key is missing: the server needs it to accept reports.</source>
        <translation>De API-sleutel ontbreekt: de server heeft die nodig om meldingen te aanvaarden.</translation>
    </message>
    <message>
        <source>The jurisdiction or the API key is too long.</source>
        <translation>De jurisdictie of de API-sleutel is te lang.</translation>
    </message>
</context>
<context>
    <name>loket::Open311Relay</name>
    <message>
        <source>The cache cannot be written.</source>
        <translation>De cache kan niet geschreven worden.</translation>
    </message>
    <message>
        <source>No report server is configured for %1 any more. Configure it again under File &gt; Report servers, or discard the report.</source>
        <translation>Er is voor %1 geen meldingenserver meer ingesteld. Stel hem opnieuw in onder Bestand &gt; Meldingenservers, of schrap de melding.</translation>
    </message>
    <message>
        <source>The report waiting to be sent is no longer on this computer.</source>
        <translation>De melding die wacht om verstuurd te worden, staat niet meer op deze computer.</translation>
    </message>
    <message>
        <source>The report server of %1 (%2) refused the report: %3. The report is kept; correct it or discard it.</source>
        <translation>De meldingenserver van %1 (%2) weigerde de melding: %3. De melding blijft bewaard; verbeter of schrap ze.</translation>
    </message>
    <message>
        <source>The report server of %1 (%2) cannot be reached now; the report waits and is sent later, once.</source>
        <translation>De meldingenserver van %1 (%2) is nu niet bereikbaar; de melding wacht en wordt later één keer verstuurd.</translation>
    </message>
    <message>
        <source>Seen on the report server %1.</source>
        <translation>Gezien op de meldingenserver %1.</translation>
    </message>
    <message>
        <source>Update %1 of the report server %2.</source>
        <translation>Update %1 van de meldingenserver %2.</translation>
    </message>
</context>
<context>
    <name>loket::OutboxDescriber</name>
    <message>
        <source>a citizen</source>
        <translation>een burger</translation>
    </message>
    <message>
        <source>a citizen no longer on this computer</source>
        <translation>een burger die niet meer op deze computer staat</translation>
    </message>
    <message>
        <source>a document no longer on this computer</source>
        <translation>een document dat niet meer op deze computer staat</translation>
    </message>
    <message>
        <source>Correction of a contact moment for %1</source>
        <translation>Correctie van een contactmoment voor %1</translation>
    </message>
    <message>
        <source>Contact moment for %1</source>
        <translation>Contactmoment voor %1</translation>
    </message>
    <message>
        <source>Paper copy requested: %1</source>
        <translation>Papieren exemplaar gevraagd: %1</translation>
    </message>
    <message>
        <source>Resend requested: %1</source>
        <translation>Opnieuw versturen gevraagd: %1</translation>
    </message>
    <message>
        <source>Document explained: %1</source>
        <translation>Document uitgelegd: %1</translation>
    </message>
    <message>
        <source>Help with activating the eBox for %1</source>
        <translation>Hulp bij het activeren van de eBox voor %1</translation>
    </message>
    <message>
        <source>Guide step for %1</source>
        <translation>Gidsstap voor %1</translation>
    </message>
    <message>
        <source>Guide step &quot;%1&quot; for %2</source>
        <translation>Gidsstap „%1” voor %2</translation>
    </message>
    <message>
        <source>National number shown: %1</source>
        <translation>Rijksregisternummer getoond: %1</translation>
    </message>
    <message>
        <source>Dossier consulted: %1</source>
        <translation>Dossier geraadpleegd: %1</translation>
    </message>
    <message>
        <source>Home visit planned for %1</source>
        <translation>Huisbezoek ingepland voor %1</translation>
    </message>
    <message>
        <source>Change to a record of type &quot;%1&quot;</source>
        <translation>Wijziging aan gegevens van het type „%1”</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wachtend</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>The regional hub could not be reached or did not answer in time.</source>
        <translation>De regionale dienst was niet bereikbaar of antwoordde niet op tijd.</translation>
    </message>
    <message>
        <source>The sign-in had ended; sign in again and it is sent.</source>
        <translation>De aanmelding was verlopen; meld u opnieuw aan en de wijziging wordt verstuurd.</translation>
    </message>
    <message>
        <source>Your account may not make this change.</source>
        <translation>Uw account mag deze wijziging niet maken.</translation>
    </message>
    <message>
        <source>The record does not exist (any more) on the regional hub.</source>
        <translation>De gegevens bestaan (niet meer) bij de regionale dienst.</translation>
    </message>
    <message>
        <source>The record was changed on the regional hub meanwhile.</source>
        <translation>De gegevens zijn intussen bij de regionale dienst gewijzigd.</translation>
    </message>
    <message>
        <source>The regional hub was busy and asked to wait.</source>
        <translation>De regionale dienst was bezet en vroeg om te wachten.</translation>
    </message>
    <message>
        <source>The regional hub had a problem (server error).</source>
        <translation>De regionale dienst had een probleem (serverfout).</translation>
    </message>
    <message>
        <source>The regional hub refused the change as it stands.</source>
        <translation>De regionale dienst weigerde de wijziging zoals ze is.</translation>
    </message>
    <message>
        <source>Follow-up task for %1: %2</source>
        <translation>Opvolgtaak voor %1: %2</translation>
    </message>
    <message>
        <source>Task handed over to the helpdesk queue</source>
        <translation>Taak overgedragen aan de wachtrij van de helpdesk</translation>
    </message>
    <message>
        <source>Task handed over to a municipality&apos;s queue</source>
        <translation>Taak overgedragen aan de wachtrij van een gemeente</translation>
    </message>
    <message>
        <source>Task closed: %1</source>
        <translation>Taak afgesloten: %1</translation>
    </message>
    <message>
        <source>Task reopened</source>
        <translation>Taak heropend</translation>
    </message>
    <message>
        <source>Task claimed</source>
        <translation>Taak opgenomen</translation>
    </message>
</context>
<context>
    <name>loket::Parser</name>
    <message>
        <source>this line is not UTF-8 text; save the file as UTF-8.</source>
        <translation>deze regel is geen UTF-8-tekst; bewaar het bestand als UTF-8.</translation>
    </message>
    <message>
        <source>unknown placeholder {%1}; the known ones are %2.</source>
        <translation>onbekende plaatshouder {%1}; de gekende zijn %2.</translation>
    </message>
    <message>
        <source>a ** to make text bold is opened but not closed.</source>
        <translation>een ** om tekst vet te maken is geopend maar niet gesloten.</translation>
    </message>
    <message>
        <source>the file must start with its header: a line ---, then the lines id, version, title, audience and url, then a line ---.</source>
        <translation>het bestand moet beginnen met zijn kop: een regel ---, dan de regels id, version, title, audience en url, dan een regel ---.</translation>
    </message>
    <message>
        <source>a header line reads &quot;name: value&quot;, like &quot;title: Activate your eBox&quot;.</source>
        <translation>een kopregel luidt &quot;naam: waarde&quot;, zoals &quot;title: Activeer uw eBox&quot;.</translation>
    </message>
    <message>
        <source>unknown header field &quot;%1&quot;; the fields are %2.</source>
        <translation>onbekend kopveld &quot;%1&quot;; de velden zijn %2.</translation>
    </message>
    <message>
        <source>the header field &quot;%1&quot; appears twice (first on line %2).</source>
        <translation>het kopveld &quot;%1&quot; komt twee keer voor (eerst op regel %2).</translation>
    </message>
    <message>
        <source>the header field &quot;%1&quot; is empty.</source>
        <translation>het kopveld &quot;%1&quot; is leeg.</translation>
    </message>
    <message>
        <source>the header is not closed: add a line --- after its last field.</source>
        <translation>de kop is niet afgesloten: voeg een regel --- toe na het laatste veld.</translation>
    </message>
    <message>
        <source>the header has no &quot;%1&quot; field.</source>
        <translation>de kop heeft geen veld &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; may only hold lowercase letters, digits and single hyphens, like &quot;ebox-activate&quot;.</source>
        <translation>de id &quot;%1&quot; mag alleen kleine letters, cijfers en enkele koppeltekens bevatten, zoals &quot;ebox-activate&quot;.</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; differs from the guide&apos;s folder &quot;%2&quot;; they must be the same.</source>
        <translation>de id &quot;%1&quot; verschilt van de map van de gids &quot;%2&quot;; ze moeten gelijk zijn.</translation>
    </message>
    <message>
        <source>the version must be a whole number from 1 up, not &quot;%1&quot;.</source>
        <translation>de versie moet een geheel getal vanaf 1 zijn, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>the url must be a full web address starting with https://, or {eloket-url} or {report-url} for the addresses each town hall sets; not &quot;%1&quot;.</source>
        <translation>de url moet een volledig webadres zijn dat begint met https://, of {eloket-url} of {report-url} voor de adressen die elk gemeentehuis instelt; niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>a # heading is not used: the title goes in the header, and steps start with &quot;## 1. &quot;.</source>
        <translation>een #-titel wordt niet gebruikt: de titel staat in de kop, en stappen beginnen met &quot;## 1. &quot;.</translation>
    </message>
    <message>
        <source>only step headings (&quot;## 1. Title {#step-id}&quot;) are allowed; write other text as a paragraph.</source>
        <translation>alleen staptitels (&quot;## 1. Titel {#step-id}&quot;) zijn toegelaten; schrijf andere tekst als een alinea.</translation>
    </message>
    <message>
        <source>a step heading reads &quot;## 1. Title {#step-id}&quot;: the number, a dot, the title and the step id.</source>
        <translation>een staptitel luidt &quot;## 1. Titel {#step-id}&quot;: het nummer, een punt, de titel en de stap-id.</translation>
    </message>
    <message>
        <source>this is step %1, so it must be numbered %1, not %2.</source>
        <translation>dit is stap %1, dus ze moet nummer %1 dragen, niet %2.</translation>
    </message>
    <message>
        <source>step %1 has no step id: end the heading with one, like {#open-website}. Step ids never change once a guide is in use.</source>
        <translation>stap %1 heeft geen stap-id: sluit de titel af met een id, zoals {#open-website}. Stap-id&apos;s veranderen nooit meer zodra een gids in gebruik is.</translation>
    </message>
    <message>
        <source>the step id &quot;%1&quot; may only hold lowercase letters, digits and single hyphens.</source>
        <translation>de stap-id &quot;%1&quot; mag alleen kleine letters, cijfers en enkele koppeltekens bevatten.</translation>
    </message>
    <message>
        <source>the step id &quot;%1&quot; is also used on line %2; every step needs its own.</source>
        <translation>de stap-id &quot;%1&quot; wordt ook gebruikt op regel %2; elke stap heeft een eigen id nodig.</translation>
    </message>
    <message>
        <source>step %1 has no title.</source>
        <translation>stap %1 heeft geen titel.</translation>
    </message>
    <message>
        <source>step %1 has no text under its heading.</source>
        <translation>stap %1 heeft geen tekst onder de titel.</translation>
    </message>
    <message>
        <source>an image is written on a line of its own as ![what the picture shows](file.png).</source>
        <translation>een afbeelding staat op een eigen regel als ![wat de afbeelding toont](bestand.png).</translation>
    </message>
    <message>
        <source>the image has no description between [ and ]; write what it shows, for people who cannot see it.</source>
        <translation>de afbeelding heeft geen beschrijving tussen [ en ]; schrijf wat ze toont, voor wie ze niet kan zien.</translation>
    </message>
    <message>
        <source>the image has no file name between ( and ).</source>
        <translation>de afbeelding heeft geen bestandsnaam tussen ( en ).</translation>
    </message>
    <message>
        <source>the image &quot;%1&quot; must be a PNG or JPEG file (README.md says how to make one from an SVG).</source>
        <translation>de afbeelding &quot;%1&quot; moet een PNG- of JPEG-bestand zijn (README.md legt uit hoe u er een maakt van een SVG).</translation>
    </message>
    <message>
        <source>the guide has no steps; each step starts with a heading like &quot;## 1. Open the website {#open-website}&quot;.</source>
        <translation>de gids heeft geen stappen; elke stap begint met een titel zoals &quot;## 1. Open de website {#open-website}&quot;.</translation>
    </message>
</context>
<context>
    <name>loket::RecordAccessCommand</name>
    <message>
        <source>The consultation of the dossier could not be written to the access log. It is kept in memory; Loket tries to write it again.</source>
        <translation>De raadpleging van het dossier kon niet in het toegangslogboek geschreven worden. Ze blijft in het geheugen; Loket probeert ze opnieuw te schrijven.</translation>
    </message>
</context>
<context>
    <name>loket::RecordDocumentActionCommand</name>
    <message>
        <source>The action on the document could not be saved. It is kept in memory; Loket tries to save it again.</source>
        <translation>De actie op het document kon niet bewaard worden. Ze blijft in het geheugen; Loket probeert ze opnieuw te bewaren.</translation>
    </message>
</context>
<context>
    <name>loket::RecordGuideProgressCommand</name>
    <message>
        <source>The progress in the guide could not be saved. It is kept in memory; Loket tries to save it again.</source>
        <translation>De voortgang in de gids kon niet bewaard worden. Ze blijft in het geheugen; Loket probeert ze opnieuw te bewaren.</translation>
    </message>
</context>
<context>
    <name>loket::ResolveConflictCommand</name>
    <message>
        <source>The choice could not be saved. Try again.</source>
        <translation>De keuze kon niet bewaard worden. Probeer opnieuw.</translation>
    </message>
</context>
<context>
    <name>loket::RetryOutboxEntryCommand</name>
    <message>
        <source>This change is no longer waiting: it was sent or discarded meanwhile.</source>
        <translation>Deze wijziging wacht niet meer: ze is intussen verstuurd of geschrapt.</translation>
    </message>
    <message>
        <source>This change is in conflict with the regional hub&apos;s version: choose which version to keep instead.</source>
        <translation>Deze wijziging is in conflict met de versie van de regionale dienst: kies in de plaats daarvan welke versie u behoudt.</translation>
    </message>
    <message>
        <source>The change could not be queued again. Loket tries again by itself.</source>
        <translation>De wijziging kon niet opnieuw in de wachtrij gezet worden. Loket probeert het zelf opnieuw.</translation>
    </message>
</context>
<context>
    <name>loket::SetOpen311TargetCommand</name>
    <message>
        <source>The report server could not be saved. Loket tries again.</source>
        <translation>De meldingenserver kon niet opgeslagen worden. Loket probeert het opnieuw.</translation>
    </message>
</context>
<context>
    <name>loket::Store</name>
    <message>
        <source>The search index of the cache could not be rebuilt after an interrupted download: %1</source>
        <translation>De zoekindex van de cache kon niet opnieuw opgebouwd worden na een onderbroken download: %1</translation>
    </message>
    <message>
        <source>Expired dossiers could not be removed from this computer. Loket tries again within the hour.</source>
        <translation>Vervallen dossiers konden niet van deze computer verwijderd worden. Loket probeert opnieuw binnen het uur.</translation>
    </message>
    <message>
        <source>This computer&apos;s copy was wiped at the request of the regional service.</source>
        <translation>De kopie op deze computer is gewist op vraag van de regionale dienst.</translation>
    </message>
    <message>
        <source>No cache is open on this computer.</source>
        <translation>Er is geen cache open op deze computer.</translation>
    </message>
</context>
<context>
    <name>loket::SyncEngine</name>
    <message>
        <source>The regional hub did not answer in time. Loket keeps working offline and tries again by itself.</source>
        <translation>De regionale hub antwoordde niet op tijd. Loket werkt offline verder en probeert het zelf opnieuw.</translation>
    </message>
    <message>
        <source>The regional hub cannot be reached. Loket keeps working offline and tries again by itself.</source>
        <translation>De regionale hub is niet bereikbaar. Loket werkt offline verder en probeert het zelf opnieuw.</translation>
    </message>
    <message>
        <source>Your sign-in at the regional hub has ended. Sign in again to continue synchronising.</source>
        <translation>Uw aanmelding bij de regionale hub is verlopen. Meld u opnieuw aan om verder te synchroniseren.</translation>
    </message>
    <message>
        <source>The regional hub is busy and asked to wait. Loket tries again by itself.</source>
        <translation>De regionale hub is druk bezet en vroeg om te wachten. Loket probeert het zelf opnieuw.</translation>
    </message>
    <message>
        <source>The regional hub has a problem (server error). Loket tries again by itself.</source>
        <translation>De regionale hub heeft een probleem (serverfout). Loket probeert het zelf opnieuw.</translation>
    </message>
    <message>
        <source>The regional hub refused the request: %1</source>
        <translation>De regionale hub weigerde de aanvraag: %1</translation>
    </message>
    <message>
        <source>The account or the password is not right.</source>
        <translation>De gebruikersnaam of het wachtwoord klopt niet.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins. Wait a few minutes and try again.</source>
        <translation>Te veel mislukte aanmeldingen. Wacht enkele minuten en probeer opnieuw.</translation>
    </message>
    <message>
        <source>The regional hub gave an answer Loket does not understand.</source>
        <translation>De regionale hub gaf een antwoord dat Loket niet begrijpt.</translation>
    </message>
    <message>
        <source>The cache could not be prepared for the new account. Nothing was changed.</source>
        <translation>De cache kon niet voorbereid worden voor de nieuwe gebruiker. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>The cache cannot be written.</source>
        <translation>Er kan niet naar de cache geschreven worden.</translation>
    </message>
    <message>
        <source>The search index could not be rebuilt.</source>
        <translation>De zoekindex kon niet opnieuw opgebouwd worden.</translation>
    </message>
    <message>
        <source>The hub&apos;s confirmation could not be saved in the cache; the change will be sent again and the hub recognises it.</source>
        <translation>De bevestiging van de hub kon niet in de cache bewaard worden; de wijziging wordt opnieuw verstuurd en de hub herkent ze.</translation>
    </message>
    <message>
        <source>A conflict could not be saved in the cache.</source>
        <translation>Een conflict kon niet in de cache bewaard worden.</translation>
    </message>
    <message>
        <source>A %1 was changed on the hub while you changed it here. Choose which version to keep.</source>
        <translation>Dit gegeven (%1) werd op de hub gewijzigd terwijl u het hier wijzigde. Kies welke versie u bewaart.</translation>
    </message>
    <message>
        <source>The regional hub refused a %1: %2. The change is kept; correct it or ask the helpdesk.</source>
        <translation>De regionale hub weigerde een wijziging (%1): %2. De wijziging blijft bewaard; verbeter ze of vraag het aan de helpdesk.</translation>
    </message>
    <message>
        <source>The regional hub sent data Loket cannot accept; nothing of it was stored. Loket tries again later; if this persists, tell the helpdesk.</source>
        <translation>De regionale hub stuurde gegevens die Loket niet kan aanvaarden; er is niets van bewaard. Loket probeert later opnieuw; blijft dit gebeuren, verwittig dan de helpdesk.</translation>
    </message>
    <message>
        <source>The cache could not store the data from the hub (is the disk full?). Nothing was lost; Loket tries again later.</source>
        <translation>De cache kon de gegevens van de hub niet bewaren (is de schijf vol?). Er ging niets verloren; Loket probeert later opnieuw.</translation>
    </message>
    <message>
        <source>contact moment</source>
        <translation>contactmoment</translation>
    </message>
    <message>
        <source>citizen</source>
        <translation>burger</translation>
    </message>
    <message numerus="yes">
        <source>The regional hub would remove %n citizens from this computer without giving a reason. Nothing was removed; ask the helpdesk before confirming.</source>
        <translation>
            <numerusform>De regionale hub zou %n burger van deze computer verwijderen zonder reden op te geven. Er is niets verwijderd; vraag het aan de helpdesk voor u bevestigt.</numerusform>
            <numerusform>De regionale hub zou %n burgers van deze computer verwijderen zonder reden op te geven. Er is niets verwijderd; vraag het aan de helpdesk voor u bevestigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>step of a guide</source>
        <translation>stap van een gids</translation>
    </message>
    <message>
        <source>document action</source>
        <translation>actie op een document</translation>
    </message>
    <message>
        <source>access-log entry</source>
        <translation>regel van het toegangslogboek</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>huisbezoek</translation>
    </message>
    <message>
        <source>report</source>
        <translation>melding</translation>
    </message>
    <message>
        <source>photo of a report</source>
        <translation>foto bij een melding</translation>
    </message>
    <message>
        <source>Work offline is on, so Loket does not contact the regional hub. Switch off Work offline to sign in.</source>
        <translation>Offline werken staat aan, dus Loket neemt geen contact op met de regionale dienst. Zet Offline werken uit om u aan te melden.</translation>
    </message>
    <message>
        <source>%1 claimed this task at %2; it is no longer yours to do.</source>
        <translation>%1 heeft deze taak om %2 opgenomen; u hoeft ze niet meer te doen.</translation>
    </message>
    <message>
        <source>%1 claimed this task; it is no longer yours to do.</source>
        <translation>%1 heeft deze taak opgenomen; u hoeft ze niet meer te doen.</translation>
    </message>
</context>
<context>
    <name>loket::TaskStepCommand</name>
    <message>
        <source>This task is no longer on this computer: it was handed over to a queue you do not see, or removed.</source>
        <translation>Deze taak staat niet meer op deze computer: ze werd overgedragen aan een wachtrij die u niet ziet, of verwijderd.</translation>
    </message>
    <message>
        <source>The task could not be claimed on this computer. Try again.</source>
        <translation>De taak kon op deze computer niet opgenomen worden. Probeer opnieuw.</translation>
    </message>
    <message>
        <source>The handover could not be saved on this computer. Try again.</source>
        <translation>De overdracht kon op deze computer niet opgeslagen worden. Probeer opnieuw.</translation>
    </message>
    <message>
        <source>The task could not be closed on this computer. Try again.</source>
        <translation>De taak kon op deze computer niet afgesloten worden. Probeer opnieuw.</translation>
    </message>
    <message>
        <source>The task could not be reopened on this computer. Try again.</source>
        <translation>De taak kon op deze computer niet heropend worden. Probeer opnieuw.</translation>
    </message>
</context>
<context>
    <name>loket::TownHall</name>
    <message>
        <source>townhall/name is missing: the town hall&apos;s name, like &quot;Gemeente Herent&quot;.</source>
        <translation>townhall/name ontbreekt: de naam van het gemeentehuis, zoals &quot;Gemeente Herent&quot;.</translation>
    </message>
    <message>
        <source>townhall/address is missing: street and number, postcode and place, separated by a comma.</source>
        <translation>townhall/address ontbreekt: straat en nummer, postcode en plaats, gescheiden door een komma.</translation>
    </message>
    <message>
        <source>townhall/phone is missing.</source>
        <translation>townhall/phone ontbreekt.</translation>
    </message>
    <message>
        <source>townhall/%1 must be a full web address starting with https://, not &quot;%2&quot;.</source>
        <translation>townhall/%1 moet een volledig webadres zijn dat begint met https://, niet &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>townhall/%1: &quot;%2&quot; is not an opening time like &quot;08:30-12:00&quot; (several separated by spaces).</source>
        <translation>townhall/%1: &quot;%2&quot; is geen openingsuur zoals &quot;08:30-12:00&quot; (meerdere gescheiden door spaties).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kan niet gelezen worden: %2.</translation>
    </message>
    <message>
        <source>%1 is not a settings file like townhall.example.ini.</source>
        <translation>%1 is geen instellingenbestand zoals townhall.example.ini.</translation>
    </message>
</context>
<context>
    <name>loket::UpdateReportStatusCommand</name>
    <message>
        <source>The status update could not be saved. It is kept in memory; Loket tries to save it again.</source>
        <translation>De statuswijziging kon niet opgeslagen worden. Ze blijft in het geheugen; Loket probeert ze opnieuw op te slaan.</translation>
    </message>
    <message>
        <source>This report is handled on the report server %1; its status follows from there.</source>
        <translation>Deze melding wordt behandeld op de meldingenserver %1; de status komt van daar.</translation>
    </message>
</context>
<context>
    <name>loket::VisitPreparer</name>
    <message>
        <source>This computer&apos;s copy was wiped at the request of the regional service.</source>
        <translation>De kopie op deze computer is gewist op vraag van de regionale dienst.</translation>
    </message>
    <message>
        <source>Sign in first: the dossiers come from the regional hub.</source>
        <translation>Meld u eerst aan: de dossiers komen van de regionale dienst.</translation>
    </message>
    <message>
        <source>Work offline is on. Switch it off to prepare the visits.</source>
        <translation>Offline werken staat aan. Zet het uit om de huisbezoeken voor te bereiden.</translation>
    </message>
    <message>
        <source>The regional hub could not be reached, so nothing was fetched. The dossiers prepared earlier are still on this computer.</source>
        <translation>De regionale dienst was niet bereikbaar, dus er is niets opgehaald. De eerder voorbereide dossiers staan nog op deze computer.</translation>
    </message>
    <message>
        <source>Work offline was switched on. The dossiers fetched until then are ready.</source>
        <translation>Offline werken is aangezet. De dossiers die tot dan opgehaald zijn, zijn klaar.</translation>
    </message>
    <message>
        <source>the regional hub did not answer in time</source>
        <translation>de regionale dienst antwoordde niet op tijd</translation>
    </message>
    <message>
        <source>the regional hub cannot be reached</source>
        <translation>de regionale dienst is niet bereikbaar</translation>
    </message>
    <message>
        <source>the sign-in is no longer valid; sign in again</source>
        <translation>de aanmelding is niet meer geldig; meld u opnieuw aan</translation>
    </message>
    <message>
        <source>this citizen is not on your visit list at the regional hub</source>
        <translation>deze burger staat niet op uw lijst met huisbezoeken bij de regionale dienst</translation>
    </message>
    <message>
        <source>the regional hub does not know this citizen</source>
        <translation>de regionale dienst kent deze burger niet</translation>
    </message>
    <message>
        <source>the regional hub answered with an error (HTTP %1)</source>
        <translation>de regionale dienst antwoordde met een fout (HTTP %1)</translation>
    </message>
    <message>
        <source>the regional hub&apos;s answer could not be read</source>
        <translation>het antwoord van de regionale dienst kon niet gelezen worden</translation>
    </message>
    <message>
        <source>the dossier could not be stored (%1)</source>
        <translation>het dossier kon niet opgeslagen worden (%1)</translation>
    </message>
    <message>
        <source>The cache cannot be written (is the disk full?).</source>
        <translation>De cache kan niet geschreven worden (is de schijf vol?).</translation>
    </message>
    <message>
        <source>The sign-in is no longer valid. Sign in again and prepare once more.</source>
        <translation>De aanmelding is niet meer geldig. Meld u opnieuw aan en bereid nog eens voor.</translation>
    </message>
    <message>
        <source>The dossier is not on this computer and the regional hub cannot be asked now (offline).</source>
        <translation>Het dossier staat niet op deze computer en de regionale dienst kan nu niet geraadpleegd worden (offline).</translation>
    </message>
    <message>
        <source>The dossier could not be opened: %1.</source>
        <translation>Het dossier kon niet geopend worden: %1.</translation>
    </message>
    <message>
        <source>the regional hub does not let this account see this citizen</source>
        <translation>de regionale dienst laat deze account deze burger niet zien</translation>
    </message>
</context>
<context>
    <name>loket::demo</name>
    <message>
        <source>Cannot remove %1.</source>
        <translation>%1 kan niet verwijderd worden.</translation>
    </message>
    <message>
        <source>Writing the demo cache failed: %1</source>
        <translation>Het schrijven van de democache is mislukt: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="vanished">Geannuleerd.</translation>
    </message>
    <message>
        <source>The demo cache cannot be switched to write-ahead logging: %1</source>
        <translation>De democache kan niet overschakelen op write-ahead logging: %1</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2.</source>
        <translation>%1 kan niet hernoemd worden naar %2.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Geannuleerd; er is niets gewijzigd.</translation>
    </message>
</context>
<context>
    <name>loket::demo::ShardWriter</name>
    <message>
        <source>Writing the demo cache failed: %1</source>
        <translation>Het schrijven van de democache is mislukt: %1</translation>
    </message>
</context>
<context>
    <name>loket::ui</name>
    <message>
        <source>figures up to %1, computed %2</source>
        <translation>cijfers tot %1, berekend %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>NIS code</source>
        <translation>NIS-code</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Figures from</source>
        <translation>Cijfers van</translation>
    </message>
    <message>
        <source>Service indicators</source>
        <translation>Dienstverleningsindicatoren</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot %2</translation>
    </message>
    <message>
        <source>Definitions: docs/kpi.md. A dash means there is nothing to compute the figure from.</source>
        <translation>Definities: docs/kpi.md. Een streepje betekent dat er niets is om het cijfer uit te berekenen.</translation>
    </message>
</context>
<context>
    <name>loket::ui::AddVisitDialog</name>
    <message>
        <source>Add visit</source>
        <translation>Huisbezoek toevoegen</translation>
    </message>
    <message>
        <source>National number of the citizen</source>
        <translation>Rijksregisternummer van de burger</translation>
    </message>
    <message>
        <source>e.g. 85.07.30-033.28</source>
        <translation>bv. 85.07.30-033.28</translation>
    </message>
    <message>
        <source>Day of the visit</source>
        <translation>Dag van het huisbezoek</translation>
    </message>
    <message>
        <source>Purpose of the visit</source>
        <translation>Doel van het huisbezoek</translation>
    </message>
    <message>
        <source>e.g. help with the eBox</source>
        <translation>bv. hulp bij de eBox</translation>
    </message>
    <message>
        <source>&amp;National number:</source>
        <translation>&amp;Rijksregisternummer:</translation>
    </message>
    <message>
        <source>Citizen:</source>
        <translation>Burger:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Dag:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>D&amp;oel:</translation>
    </message>
    <message>
        <source>Type the citizen&apos;s national number.</source>
        <translation>Typ het rijksregisternummer van de burger.</translation>
    </message>
    <message>
        <source>No citizen with this national number is on this computer. Ask the regional service to plan the visit; it arrives with the next sync.</source>
        <translation>Er staat geen burger met dit rijksregisternummer op deze computer. Vraag de regionale dienst om het huisbezoek in te plannen; het komt binnen bij de volgende synchronisatie.</translation>
    </message>
</context>
<context>
    <name>loket::ui::CitizenResultsModel</name>
    <message>
        <source>born %1</source>
        <translation>geboren in %1</translation>
    </message>
    <message>
        <source>national number ending in %1</source>
        <translation>rijksregisternummer eindigend op %1</translation>
    </message>
    <message>
        <source>municipality %1</source>
        <translation>gemeente %1</translation>
    </message>
</context>
<context>
    <name>loket::ui::ConflictDialog</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Version on the regional service</source>
        <translation>Versie bij de regionale dienst</translation>
    </message>
    <message>
        <source>Last changed on the regional service</source>
        <translation>Laatst gewijzigd bij de regionale dienst</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>Recordnummer</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Burger</translation>
    </message>
    <message>
        <source>Time of the contact</source>
        <translation>Tijdstip van het contact</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>What was asked</source>
        <translation>Wat gevraagd werd</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Follow-up task</source>
        <translation>Opvolgtaak</translation>
    </message>
    <message>
        <source>Follow-up by</source>
        <translation>Opvolging door</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Opvolging tegen</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Choose which version to keep</source>
        <translation>Kies welke versie u behoudt</translation>
    </message>
    <message>
        <source>%1

Someone changed this record on the regional service while you changed it here. Compare the versions: &quot;Before&quot; is what both changes started from. Nothing is overwritten until you choose.</source>
        <translation>%1

Iemand heeft deze gegevens bij de regionale dienst gewijzigd terwijl u ze hier wijzigde. Vergelijk de versies: „Vooraf” is waar beide wijzigingen van vertrokken. Er wordt niets overschreven tot u kiest.</translation>
    </message>
    <message>
        <source>The versions field by field</source>
        <translation>De versies veld per veld</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Verschil</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vooraf</translation>
    </message>
    <message>
        <source>On the regional service (theirs)</source>
        <translation>Bij de regionale dienst (die van hen)</translation>
    </message>
    <message>
        <source>On this computer (mine)</source>
        <translation>Op deze computer (die van mij)</translation>
    </message>
    <message>
        <source>Keep mine: your version is sent and becomes the current one; the service keeps theirs in the record&apos;s history.
Take theirs: your change is dropped and this computer shows the service&apos;s version.</source>
        <translation>Mijn versie behouden: uw versie wordt verstuurd en wordt de actuele; de dienst bewaart die van hen in de geschiedenis van de gegevens.
Hun versie overnemen: uw wijziging vervalt en deze computer toont de versie van de dienst.</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Mijn versie behouden</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>&amp;Hun versie overnemen</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>&amp;Later beslissen</translation>
    </message>
    <message>
        <source>Changed here</source>
        <translation>Hier gewijzigd</translation>
    </message>
    <message>
        <source>Changed on the service</source>
        <translation>Bij de dienst gewijzigd</translation>
    </message>
    <message>
        <source>Changed on both sides</source>
        <translation>Aan beide kanten gewijzigd</translation>
    </message>
    <message>
        <source>Same change on both sides</source>
        <translation>Zelfde wijziging aan beide kanten</translation>
    </message>
</context>
<context>
    <name>loket::ui::ContactForm</name>
    <message>
        <source>Open a dossier first: a contact moment belongs to a citizen.</source>
        <translation>Open eerst een dossier: een contactmoment hoort bij een burger.</translation>
    </message>
    <message>
        <source>Choose what the contact was about.</source>
        <translation>Kies waarover het contact ging.</translation>
    </message>
    <message>
        <source>Write a short summary of the contact.</source>
        <translation>Schrijf een korte samenvatting van het contact.</translation>
    </message>
    <message>
        <source>The summary is too long: at most %1 characters, now %2.</source>
        <translation>De samenvatting is te lang: hoogstens %1 tekens, nu %2.</translation>
    </message>
    <message>
        <source>Write the outcome: what was answered, done or agreed.</source>
        <translation>Schrijf het resultaat: wat er geantwoord, gedaan of afgesproken is.</translation>
    </message>
    <message>
        <source>Describe the follow-up task, or untick the follow-up.</source>
        <translation>Beschrijf de opvolgtaak, of vink de opvolging uit.</translation>
    </message>
    <message>
        <source>Name who takes up the follow-up task.</source>
        <translation>Geef aan wie de opvolgtaak opneemt.</translation>
    </message>
    <message>
        <source>The due date of the follow-up task cannot be in the past.</source>
        <translation>De vervaldatum van de opvolgtaak kan niet in het verleden liggen.</translation>
    </message>
    <message>
        <source>Log contact</source>
        <translation>Contact noteren</translation>
    </message>
    <message>
        <source>Log contact with %1</source>
        <translation>Contact noteren met %1</translation>
    </message>
    <message>
        <source>Choose a topic…</source>
        <translation>Kies een onderwerp…</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Kanaal:</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Onderwerp:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Samenvatting:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resultaat:</translation>
    </message>
    <message>
        <source>&amp;Follow-up task needed</source>
        <translation>O&amp;pvolgtaak nodig</translation>
    </message>
    <message>
        <source>T&amp;ask:</source>
        <translation>&amp;Taak:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Wie:</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>&amp;Vervaldatum:</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Follow-up task</source>
        <translation>Opvolgtaak</translation>
    </message>
    <message>
        <source>Owner of the follow-up task</source>
        <translation>Wie de opvolgtaak opneemt</translation>
    </message>
    <message>
        <source>Due date of the follow-up task</source>
        <translation>Vervaldatum van de opvolgtaak</translation>
    </message>
    <message>
        <source>Why the contact cannot be saved yet</source>
        <translation>Waarom het contact nog niet bewaard kan worden</translation>
    </message>
    <message>
        <source>Save contact</source>
        <translation>Contact bewaren</translation>
    </message>
    <message>
        <source>Saved in the cache at once and sent to the regional service when online (%1)</source>
        <translation>Meteen bewaard in de cache en naar de regionale dienst verstuurd zodra er verbinding is (%1)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Close the panel; what was typed is kept for this citizen</source>
        <translation>Het paneel sluiten; wat getypt is blijft bewaard voor deze burger</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Aard:</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>Wa&amp;chtrij:</translation>
    </message>
    <message>
        <source>Regional helpdesk</source>
        <translation>Regionale helpdesk</translation>
    </message>
    <message>
        <source>Counter of the municipality of the contact</source>
        <translation>Loket van de gemeente van het contact</translation>
    </message>
    <message>
        <source>Kind of follow-up task</source>
        <translation>Soort opvolgtaak</translation>
    </message>
    <message>
        <source>Queue of the follow-up task</source>
        <translation>Wachtrij van de opvolgtaak</translation>
    </message>
</context>
<context>
    <name>loket::ui::ContactsModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opvolging</translation>
    </message>
    <message>
        <source>%1 (by %2)</source>
        <extracomment>A follow-up task and the date it is due</extracomment>
        <translation>%1 (tegen %2)</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
</context>
<context>
    <name>loket::ui::DashboardWindow</name>
    <message>
        <source>Service indicators</source>
        <translation>Dienstverleningsindicatoren</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Van</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Tot</translation>
    </message>
    <message>
        <source>First month of the period</source>
        <translation>Eerste maand van de periode</translation>
    </message>
    <message>
        <source>Last month of the period</source>
        <translation>Laatste maand van de periode</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Tonen</translation>
    </message>
    <message>
        <source>Show the indicators of this period</source>
        <translation>De indicatoren van deze periode tonen</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exporteren…</translation>
    </message>
    <message>
        <source>Export all indicators as CSV</source>
        <translation>Alle indicatoren als CSV exporteren</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>Print all indicators</source>
        <translation>Alle indicatoren afdrukken</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Als P&amp;DF bewaren…</translation>
    </message>
    <message>
        <source>Save all indicators as PDF</source>
        <translation>Alle indicatoren als pdf bewaren</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicatoren</translation>
    </message>
    <message>
        <source>The chosen indicator per month and municipality</source>
        <translation>De gekozen indicator per maand en gemeente</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Time of the figures</source>
        <translation>Tijdstip van de cijfers</translation>
    </message>
    <message>
        <source>Computing the indicators on the hub…</source>
        <translation>De regionale dienst berekent de indicatoren…</translation>
    </message>
    <message>
        <source>Figures up to %1, computed by the hub at %2.</source>
        <translation>Cijfers tot %1, berekend door de regionale dienst om %2.</translation>
    </message>
    <message>
        <source>A dash means there is nothing to compute a figure from, or the data does not exist yet (see the definitions).</source>
        <translation>Een streepje betekent dat er niets is om een cijfer uit te berekenen, of dat de gegevens nog niet bestaan (zie de definities).</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>Grafiek: %1</translation>
    </message>
    <message>
        <source>A line per municipality over the months; the table beside it holds the same figures.</source>
        <translation>Een lijn per gemeente over de maanden; de tabel ernaast bevat dezelfde cijfers.</translation>
    </message>
    <message>
        <source>The CSV file could not be written to %1: %2. Choose another folder or file name.</source>
        <translation>Het CSV-bestand kon niet geschreven worden naar %1: %2. Kies een andere map of bestandsnaam.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 bewaard.</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1: the folder does not exist or the file is read-only. Choose another folder or file name.</source>
        <translation>De pdf kon niet geschreven worden naar %1: de map bestaat niet of het bestand is alleen-lezen. Kies een andere map of bestandsnaam.</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1. Choose another folder or file name.</source>
        <translation>De pdf kon niet geschreven worden naar %1. Kies een andere map of bestandsnaam.</translation>
    </message>
    <message>
        <source>Export indicators as CSV</source>
        <translation>Indicatoren als CSV exporteren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Save indicators as PDF</source>
        <translation>Indicatoren als pdf bewaren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>Print indicators</source>
        <translation>Indicatoren afdrukken</translation>
    </message>
</context>
<context>
    <name>loket::ui::DemoCacheBuilder</name>
    <message>
        <source>Demo region</source>
        <translation>Demoregio</translation>
    </message>
    <message numerus="yes">
        <source>Creating a demo region with %Ln generated citizens. This happens once; the next start opens it at once.</source>
        <translation>
            <numerusform>Een demoregio met %Ln gegenereerde burger wordt aangemaakt. Dat gebeurt één keer; de volgende keer opent ze meteen.</numerusform>
            <numerusform>Een demoregio met %Ln gegenereerde burgers wordt aangemaakt. Dat gebeurt één keer; de volgende keer opent ze meteen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Creating the demo region…</source>
        <translation>De demoregio wordt aangemaakt…</translation>
    </message>
    <message>
        <source>The demo region was not created because it was cancelled. Start Loket with --demo to try again.</source>
        <translation>De demoregio is niet aangemaakt omdat het aanmaken geannuleerd werd. Start Loket met --demo om het opnieuw te proberen.</translation>
    </message>
    <message>
        <source>The demo region could not be created: %1</source>
        <translation>De demoregio kon niet aangemaakt worden: %1</translation>
    </message>
</context>
<context>
    <name>loket::ui::DemoHub</name>
    <message>
        <source>it stopped unexpectedly (exit code %1). %2</source>
        <translation>ze is onverwacht gestopt (afsluitcode %1). %2</translation>
    </message>
    <message>
        <source>its folder %1 cannot be created.</source>
        <translation>haar map %1 kan niet aangemaakt worden.</translation>
    </message>
    <message numerus="yes">
        <source>Starting the demo regional service with %Ln generated citizen(s) (people who do not exist). The first start creates the region and takes a little longer.</source>
        <translation>
            <numerusform>De regionale demodienst start met %Ln gegenereerde burger (iemand die niet bestaat). De eerste start maakt de regio aan en duurt wat langer.</numerusform>
            <numerusform>De regionale demodienst start met %Ln gegenereerde burgers (mensen die niet bestaan). De eerste start maakt de regio aan en duurt wat langer.</numerusform>
        </translation>
    </message>
    <message>
        <source>it listed no counter account for a single municipality.</source>
        <translation type="vanished">ze gaf geen loketaccount voor één gemeente.</translation>
    </message>
    <message>
        <source>The demo regional service (loket-hub) could not be used: %1

Install the loket-hub program next to loket, or start Loket with --db FILE to open a cache.</source>
        <translation>De regionale demodienst (loket-hub) kon niet gebruikt worden: %1

Installeer het programma loket-hub naast loket, of start Loket met --db BESTAND om een cache te openen.</translation>
    </message>
    <message>
        <source>it listed no %1 account for a single municipality.</source>
        <translation>het vermeldde geen %1-account voor één enkele gemeente.</translation>
    </message>
</context>
<context>
    <name>loket::ui::DiscardedOutboxModel</name>
    <message>
        <source>(not signed in)</source>
        <translation>(niet aangemeld)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Gemaakt</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Geschrapt</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
</context>
<context>
    <name>loket::ui::DocumentActionDialog</name>
    <message>
        <source>Request a paper copy</source>
        <translation>Papieren exemplaar vragen</translation>
    </message>
    <message>
        <source>Why does the citizen need a paper copy of “%1”?</source>
        <translation>Waarom heeft de burger een papieren exemplaar van „%1” nodig?</translation>
    </message>
    <message>
        <source>The citizen cannot open the eBox</source>
        <translation>De burger kan de eBox niet openen</translation>
    </message>
    <message>
        <source>The citizen needs it on paper for another office</source>
        <translation>De burger heeft het op papier nodig voor een andere dienst</translation>
    </message>
    <message>
        <source>The citizen lost the letter</source>
        <translation>De burger is de brief kwijt</translation>
    </message>
    <message>
        <source>&amp;Request paper copy</source>
        <translation>Papieren exemplaar &amp;vragen</translation>
    </message>
    <message>
        <source>Request a resend</source>
        <translation>Opnieuw versturen vragen</translation>
    </message>
    <message>
        <source>Why must “%1” be sent again?</source>
        <translation>Waarom moet „%1” opnieuw verstuurd worden?</translation>
    </message>
    <message>
        <source>The citizen never received it</source>
        <translation>De burger heeft het nooit ontvangen</translation>
    </message>
    <message>
        <source>It was sent to an old address</source>
        <translation>Het werd naar een oud adres gestuurd</translation>
    </message>
    <message>
        <source>&amp;Request resend</source>
        <translation>Opnieuw versturen &amp;vragen</translation>
    </message>
    <message>
        <source>Explained to the citizen</source>
        <translation>Uitgelegd aan de burger</translation>
    </message>
    <message>
        <source>Helped to activate the eBox</source>
        <translation>Geholpen om de eBox te activeren</translation>
    </message>
    <message>
        <source>A note, if you like (optional):</source>
        <translation>Een notitie, als u wilt (niet verplicht):</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Vastleggen</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 van %2 tekens</translation>
    </message>
</context>
<context>
    <name>loket::ui::DocumentDetail</name>
    <message>
        <source>Select a document to see which way it went and why.</source>
        <translation>Kies een document om te zien welke weg het volgde en waarom.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; from %3</source>
        <extracomment>Document detail heading: kind, title, sending service</extracomment>
        <translation>%1 „%2” van %3</translation>
    </message>
    <message>
        <source>an unknown service</source>
        <translation>een onbekende dienst</translation>
    </message>
    <message>
        <source>Request a &amp;paper copy…</source>
        <translation>&amp;Papieren exemplaar vragen…</translation>
    </message>
    <message>
        <source>Ask the sending service to post a paper copy</source>
        <translation>Vraag de verzendende dienst om een papieren exemplaar te posten</translation>
    </message>
    <message>
        <source>Request a re&amp;send…</source>
        <translation>Opnieuw &amp;versturen vragen…</translation>
    </message>
    <message>
        <source>Ask the sending service to send the document again</source>
        <translation>Vraag de verzendende dienst om het document opnieuw te versturen</translation>
    </message>
    <message>
        <source>Mark as e&amp;xplained</source>
        <translation>Markeren als &amp;uitgelegd</translation>
    </message>
    <message>
        <source>Record that the document was explained to the citizen</source>
        <translation>Vastleggen dat het document aan de burger werd uitgelegd</translation>
    </message>
    <message>
        <source>Helped to activate the e&amp;Box…</source>
        <translation>Geholpen met &amp;eBox activeren…</translation>
    </message>
    <message>
        <source>Record that the citizen was helped to activate the eBox</source>
        <translation>Vastleggen dat de burger geholpen werd om de eBox te activeren</translation>
    </message>
    <message>
        <source>Document history</source>
        <translation>Geschiedenis van het document</translation>
    </message>
</context>
<context>
    <name>loket::ui::DocumentHistoryModel</name>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>not yet sent to the regional service</source>
        <translation>nog niet naar de regionale dienst gestuurd</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>A moment in a document&apos;s history: date, then time</extracomment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>loket::ui::DocumentWorkListModel</name>
    <message>
        <source>Citizen</source>
        <translation>Burger</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>In the eBox since</source>
        <translation>In de eBox sinds</translation>
    </message>
    <message>
        <source>Returned on</source>
        <translation>Teruggestuurd op</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assistance notes</source>
        <translation>Notities over hulp</translation>
    </message>
    <message>
        <source>Reason given by the post</source>
        <translation>Reden volgens de post</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;</source>
        <translation>%1 „%2”</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Available until</source>
        <translation>Beschikbaar tot</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verstuurd</translation>
    </message>
</context>
<context>
    <name>loket::ui::DocumentWorkListWindow</name>
    <message>
        <source>Looking through the documents…</source>
        <translation>De documenten worden doorzocht…</translation>
    </message>
    <message>
        <source>Document work lists</source>
        <translation>Werklijsten documenten</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;Lijst:</translation>
    </message>
    <message>
        <source>Unread in the eBox, citizens with assistance notes</source>
        <translation>Ongelezen in de eBox, burgers met notities over hulp</translation>
    </message>
    <message>
        <source>Paper returned as undeliverable</source>
        <translation>Papier teruggestuurd als onbestelbaar</translation>
    </message>
    <message>
        <source>Unread for more than (&amp;days):</source>
        <translation>Ongelezen langer dan (&amp;dagen):</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Gemeente:</translation>
    </message>
    <message>
        <source>All in this cache</source>
        <translation>Alle in deze cache</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>&amp;Open dossier</source>
        <translation>Dossier &amp;openen</translation>
    </message>
    <message>
        <source>Documents on this work list</source>
        <translation>Documenten op deze werklijst</translation>
    </message>
    <message>
        <source>The work list could not be read: %1</source>
        <translation>De werklijst kon niet gelezen worden: %1</translation>
    </message>
    <message>
        <source>No documents on this list: nothing to follow up.</source>
        <translation type="vanished">Geen documenten op deze lijst: niets op te volgen.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) to follow up.</source>
        <translation>
            <numerusform>%n document op te volgen.</numerusform>
            <numerusform>%n documenten op te volgen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent in the last (&amp;days):</source>
        <translation>Verstuurd in de laatste (&amp;dagen):</translation>
    </message>
    <message>
        <source>Every document sent lately</source>
        <translation>Alle recent verstuurde documenten</translation>
    </message>
    <message>
        <source>No documents on this list.</source>
        <translation>Geen documenten op deze lijst.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s), newest first; at most %1 are shown.</source>
        <translation>
            <numerusform>%n document, het nieuwste eerst; er worden er hoogstens %1 getoond.</numerusform>
            <numerusform>%n documenten, het nieuwste eerst; er worden er hoogstens %1 getoond.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loket::ui::DocumentsModel</name>
    <message>
        <source>Sent</source>
        <translation>Verstuurd</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Available until</source>
        <translation>Beschikbaar tot</translation>
    </message>
</context>
<context>
    <name>loket::ui::DossierView</name>
    <message>
        <source>National number:</source>
        <translation>Rijksregisternummer:</translation>
    </message>
    <message>
        <source>Show or hide the national number</source>
        <translation>Rijksregisternummer tonen of verbergen</translation>
    </message>
    <message>
        <source>Dossier sections</source>
        <translation>Onderdelen van het dossier</translation>
    </message>
    <message>
        <source>Overview: everything that happened, newest first</source>
        <translation>Overzicht: alles wat er gebeurde, het nieuwste eerst</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Meldingen</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactmomenten</translation>
    </message>
    <message>
        <source>Nothing has happened in this dossier yet.</source>
        <translation>In dit dossier is nog niets gebeurd.</translation>
    </message>
    <message>
        <source>This citizen has not filed or joined any report.</source>
        <translation>Deze burger heeft geen meldingen gedaan of mee ondertekend.</translation>
    </message>
    <message>
        <source>No documents were sent to this citizen.</source>
        <translation>Er zijn geen documenten naar deze burger verstuurd.</translation>
    </message>
    <message>
        <source>No earlier contacts with this citizen.</source>
        <translation>Nog geen eerdere contacten met deze burger.</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>niet gekend</translation>
    </message>
    <message>
        <source>National number %1</source>
        <translation>Rijksregisternummer %1</translation>
    </message>
    <message>
        <source>National number hidden, ending in %1</source>
        <translation>Rijksregisternummer verborgen, eindigt op %1</translation>
    </message>
    <message>
        <source>Hide national number</source>
        <translation>Rijksregisternummer verbergen</translation>
    </message>
    <message>
        <source>Show national number</source>
        <translation>Rijksregisternummer tonen</translation>
    </message>
    <message>
        <source>%1 (%2). Showing it is noted in the access log.</source>
        <translation>%1 (%2). Het tonen wordt genoteerd in het toegangslogboek.</translation>
    </message>
    <message numerus="yes">
        <source>%n years old</source>
        <translation>
            <numerusform>%n jaar</numerusform>
            <numerusform>%n jaar</numerusform>
        </translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>geboren op %1</translation>
    </message>
    <message>
        <source>born in %1</source>
        <translation>geboren in %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adres: %1</translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation>Telefoon %1</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Taal: %1</translation>
    </message>
    <message>
        <source>eBox: yes</source>
        <translation>eBox: ja</translation>
    </message>
    <message>
        <source>eBox: yes, since %1</source>
        <translation>eBox: ja, sinds %1</translation>
    </message>
    <message>
        <source>eBox: no</source>
        <translation>eBox: nee</translation>
    </message>
    <message>
        <source>Letters go to the eBox</source>
        <translation>Brieven gaan naar de eBox</translation>
    </message>
    <message>
        <source>Letters go on paper</source>
        <translation>Brieven gaan op papier</translation>
    </message>
    <message>
        <source>Assistance note</source>
        <translation>Ondersteuningsnota</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Overzicht</translation>
    </message>
    <message>
        <source>&amp;Reports (%1)</source>
        <translation>&amp;Meldingen (%1)</translation>
    </message>
    <message>
        <source>&amp;Documents (%1)</source>
        <translation>&amp;Documenten (%1)</translation>
    </message>
    <message>
        <source>&amp;Contacts (%1)</source>
        <translation>&amp;Contactmomenten (%1)</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Let op: %1</translation>
    </message>
    <message>
        <source>%1 (street hidden: privacy mode)</source>
        <translation>%1 (straat verborgen: privacymodus)</translation>
    </message>
    <message>
        <source>Phone and e-mail hidden (privacy mode)</source>
        <translation>Telefoon en e-mail verborgen (privacymodus)</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Alle gemeenten</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle kanalen</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Gemeente:</translation>
    </message>
    <message>
        <source>Cha&amp;nnel:</source>
        <translation>&amp;Kanaal:</translation>
    </message>
    <message>
        <source>Show the contacts in one municipality</source>
        <translation>Toon de contacten in één gemeente</translation>
    </message>
    <message>
        <source>Show the contacts through one channel</source>
        <translation>Toon de contacten via één kanaal</translation>
    </message>
    <message>
        <source>No contact matches the filter. Choose “All municipalities” and “All channels” to see every contact.</source>
        <translation>Geen enkel contact komt overeen met de filter. Kies „Alle gemeenten” en „Alle kanalen” om alle contacten te zien.</translation>
    </message>
</context>
<context>
    <name>loket::ui::GuideAutonomyModel</name>
    <message>
        <source>Guide</source>
        <translation>Gids</translation>
    </message>
    <message>
        <source>Done by the citizen</source>
        <translation>Gedaan door de burger</translation>
    </message>
</context>
<context>
    <name>loket::ui::GuidePanel</name>
    <message>
        <source>Not yet</source>
        <translation>Nog niet</translation>
    </message>
    <message>
        <source>Did it alone</source>
        <translation>Zelf gedaan</translation>
    </message>
    <message>
        <source>Did it with help</source>
        <translation>Met hulp gedaan</translation>
    </message>
    <message>
        <source>Completed with help</source>
        <translation>Afgerond met hulp</translation>
    </message>
    <message>
        <source>Completed alone</source>
        <translation>Zelfstandig afgerond</translation>
    </message>
    <message>
        <source>completed alone: %1</source>
        <translation>zelfstandig afgerond: %1</translation>
    </message>
    <message>
        <source>completed with help: %1</source>
        <translation>afgerond met hulp: %1</translation>
    </message>
    <message numerus="yes">
        <source>not yet: %n guide(s)</source>
        <translation>
            <numerusform>nog niet: %n gids</numerusform>
            <numerusform>nog niet: %n gidsen</numerusform>
        </translation>
    </message>
    <message>
        <source>Digital autonomy — %1</source>
        <translation>Digitale zelfredzaamheid — %1</translation>
    </message>
    <message>
        <source>Guided mode</source>
        <translation>Begeleide modus</translation>
    </message>
    <message>
        <source>With %1 (reads %2)</source>
        <translation>Met %1 (leest %2)</translation>
    </message>
    <message>
        <source>&amp;Guide:</source>
        <translation>&amp;Gids:</translation>
    </message>
    <message>
        <source>&amp;Steps:</source>
        <translation>&amp;Stappen:</translation>
    </message>
    <message>
        <source>Did it &amp;alone</source>
        <translation>&amp;Zelf gedaan</translation>
    </message>
    <message>
        <source>The citizen did this step without help</source>
        <translation>De burger deed deze stap zonder hulp</translation>
    </message>
    <message>
        <source>With &amp;help</source>
        <translation>Met &amp;hulp</translation>
    </message>
    <message>
        <source>The citizen did this step with your help</source>
        <translation>De burger deed deze stap met uw hulp</translation>
    </message>
    <message>
        <source>N&amp;ot yet</source>
        <translation>N&amp;og niet</translation>
    </message>
    <message>
        <source>Set this step back to not done</source>
        <translation>Deze stap terugzetten op niet gedaan</translation>
    </message>
    <message>
        <source>Save &amp;handout (%1)…</source>
        <translation>&amp;Handleiding bewaren (%1)…</translation>
    </message>
    <message>
        <source>Save the guide as a PDF to print, in the citizen&apos;s language</source>
        <translation>De gids als pdf bewaren om af te drukken, in de taal van de burger</translation>
    </message>
    <message>
        <source>Close guide</source>
        <translation>Gids sluiten</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Stap %1 van %2: %3</translation>
    </message>
    <message>
        <source>Assist &amp;remotely</source>
        <translation>&amp;Op afstand helpen</translation>
    </message>
    <message>
        <source>Show each step side by side in the citizen&apos;s language and yours, for a citizen on the phone (%1)</source>
        <translation>Toon elke stap naast elkaar in de taal van de burger en in de uwe, voor een burger aan de telefoon (%1)</translation>
    </message>
    <message>
        <source>Assist remotely</source>
        <translation>Op afstand helpen</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Terug</translation>
    </message>
    <message>
        <source>Go back one step on both sides</source>
        <translation>Ga aan beide kanten één stap terug</translation>
    </message>
    <message>
        <source>Ne&amp;xt step</source>
        <translation>&amp;Volgende stap</translation>
    </message>
    <message>
        <source>The citizen did this step with your help: go to the next step on both sides</source>
        <translation>De burger heeft deze stap met uw hulp gedaan: ga aan beide kanten naar de volgende stap</translation>
    </message>
    <message>
        <source>This guide has no text in %1. The citizen sees it in %2, as you do: one column shows it.</source>
        <translation>Deze gids heeft geen tekst in %1. De burger ziet hem in %2, net als u: één kolom toont hem.</translation>
    </message>
    <message>
        <source>This guide has no text in %1. The citizen&apos;s column shows it in %2.</source>
        <translation>Deze gids heeft geen tekst in %1. De kolom van de burger toont hem in %2.</translation>
    </message>
    <message>
        <source>%1 reads %2, like you: one column shows the words you both see.</source>
        <translation>%1 leest %2, net als u: één kolom toont de woorden die u allebei ziet.</translation>
    </message>
    <message>
        <source>The citizen</source>
        <translation>De burger</translation>
    </message>
    <message>
        <source>What the citizen sees (%1)</source>
        <translation>Wat de burger ziet (%1)</translation>
    </message>
    <message>
        <source>What you both see (%1)</source>
        <translation>Wat u allebei ziet (%1)</translation>
    </message>
    <message>
        <source>In your language (%1)</source>
        <translation>In uw taal (%1)</translation>
    </message>
    <message>
        <source>Guided remotely through %1: step %2</source>
        <translation>Op afstand begeleid bij %1: stap %2</translation>
    </message>
    <message>
        <source>Guided remotely through %1: steps %2–%3</source>
        <extracomment>Steps a–b of a guide, with an en dash</extracomment>
        <translation>Op afstand begeleid bij %1: stappen %2–%3</translation>
    </message>
    <message numerus="yes">
        <source>All %n step(s) done</source>
        <translation>
            <numerusform>%n stap gedaan</numerusform>
            <numerusform>Alle %n stappen gedaan</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped at step %1 of %2</source>
        <translation>Gestopt bij stap %1 van %2</translation>
    </message>
</context>
<context>
    <name>loket::ui::IndicatorTableModel</name>
    <message>
        <source>%1, %2, %3: %4</source>
        <translation>%1, %2, %3: %4</translation>
    </message>
    <message>
        <source>no figure</source>
        <translation>geen cijfer</translation>
    </message>
</context>
<context>
    <name>loket::ui::LockScreen</name>
    <message>
        <source>That is not the password of this session. Try again.</source>
        <translation>Dat is niet het wachtwoord van deze sessie. Probeer opnieuw.</translation>
    </message>
    <message>
        <source>Loket is locked</source>
        <translation>Loket is vergrendeld</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>Aangemeld: %1</translation>
    </message>
    <message>
        <source>Type your password to go on where you were.</source>
        <translation>Typ uw wachtwoord om verder te gaan waar u was.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
</context>
<context>
    <name>loket::ui::LoginDialog</name>
    <message>
        <source>Sign in to the regional service</source>
        <translation>Aanmelden bij de regionale dienst</translation>
    </message>
    <message>
        <source>Loket keeps the dossiers of your municipality up to date from the regional service. Sign in with your staff account.</source>
        <translation>Loket houdt de dossiers van uw gemeente bij via de regionale dienst. Meld u aan met uw personeelsaccount.</translation>
    </message>
    <message>
        <source>Service &amp;address:</source>
        <translation>&amp;Adres van de dienst:</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>A&amp;ccount:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>e.g. https://loket.region.example</source>
        <translation>bv. https://loket.regio.voorbeeld</translation>
    </message>
    <message>
        <source>Address of the regional service</source>
        <translation>Adres van de regionale dienst</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>Melding bij het aanmelden</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Aanmelden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>The address must start with https:// (or http:// on this computer), followed by the name of the regional service.</source>
        <translation>Het adres moet beginnen met https:// (of http:// op deze computer), gevolgd door de naam van de regionale dienst.</translation>
    </message>
    <message>
        <source>Type your account name.</source>
        <translation>Typ de naam van uw account.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Typ uw wachtwoord.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Bezig met aanmelden…</translation>
    </message>
</context>
<context>
    <name>loket::ui::MainWindow</name>
    <message>
        <source>Not signed in, so the cache was not filled. Choose File → Sign in to the regional service to try again.</source>
        <translation>Niet aangemeld, dus de cache is niet gevuld. Kies Bestand → Aanmelden bij de regionale dienst om het opnieuw te proberen.</translation>
    </message>
    <message>
        <source>Loket</source>
        <translation>Loket</translation>
    </message>
    <message>
        <source>Loket — %1</source>
        <translation>Loket — %1</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Zoeken:</translation>
    </message>
    <message>
        <source>Search citizen, national number, address or report number…</source>
        <translation>Zoek een burger op naam, rijksregisternummer, adres of meldingsnummer…</translation>
    </message>
    <message>
        <source>Search citizen</source>
        <translation>Burger zoeken</translation>
    </message>
    <message>
        <source>Type a name, a national number, an address, a birth year or a report number. Up and Down choose a result, Enter opens the dossier.</source>
        <translation>Typ een naam, een rijksregisternummer, een adres, een geboortejaar of een meldingsnummer. Pijl omhoog en omlaag kiezen een resultaat, Enter opent het dossier.</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultaten</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Zoekresultaten</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Weergave</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hulp</translation>
    </message>
    <message>
        <source>&amp;Open cache…</source>
        <translation>Cache &amp;openen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>&amp;Back to search</source>
        <translation>&amp;Terug naar zoeken</translation>
    </message>
    <message>
        <source>&amp;Open selected dossier</source>
        <translation>Gekozen dossier &amp;openen</translation>
    </message>
    <message>
        <source>Dossier &amp;reports</source>
        <translation>Dossier: &amp;meldingen</translation>
    </message>
    <message>
        <source>Dossier &amp;documents</source>
        <translation>Dossier: &amp;documenten</translation>
    </message>
    <message>
        <source>Dossier &amp;contacts</source>
        <translation>Dossier: &amp;contactmomenten</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>&amp;Grotere tekst</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>&amp;Kleinere tekst</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>&amp;Normale tekstgrootte</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Hoog contrast</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <extracomment>Follow the operating system&apos;s language</extracomment>
        <translation>&amp;Systeemtaal</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>&amp;About Loket</source>
        <translation>&amp;Over Loket</translation>
    </message>
    <message>
        <source>Open cache</source>
        <translation>Cache openen</translation>
    </message>
    <message>
        <source>Loket caches (*.loket *.sqlite *.db);;All files (*)</source>
        <translation>Loket-caches (*.loket *.sqlite *.db);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>This citizen is no longer in the cache (moved out of the region or removed by the regional service). Search again to find the current dossier.</source>
        <translation>Deze burger staat niet meer in de cache (verhuisd uit de regio of verwijderd door de regionale dienst). Zoek opnieuw om het huidige dossier te vinden.</translation>
    </message>
    <message>
        <source>No cache is open.</source>
        <translation>Er is geen cache geopend.</translation>
    </message>
    <message>
        <source>Type a name, a national number or an address.

A birth year or a report number narrows the search too.</source>
        <translation>Typ een naam, een rijksregisternummer of een adres.

Ook een geboortejaar of een meldingsnummer verfijnt de zoekopdracht.</translation>
    </message>
    <message>
        <source>No citizen matches “%1”.

Check the spelling, or search by national number or address.</source>
        <translation>Geen enkele burger past bij “%1”.

Controleer de spelling, of zoek op rijksregisternummer of adres.</translation>
    </message>
    <message>
        <source>The search could not be run. Try again; if it keeps failing, reopen the cache.

Detail: %1</source>
        <translation>De zoekopdracht kon niet uitgevoerd worden. Probeer opnieuw; lukt het blijvend niet, open de cache dan opnieuw.

Detail: %1</translation>
    </message>
    <message numerus="yes">
        <source>first %Ln shown — type more to narrow down</source>
        <translation>
            <numerusform>eerste %Ln getoond — typ meer om te verfijnen</numerusform>
            <numerusform>eerste %Ln getoond — typ meer om te verfijnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln found</source>
        <translation>
            <numerusform>%Ln gevonden</numerusform>
            <numerusform>%Ln gevonden</numerusform>
        </translation>
    </message>
    <message>
        <source>No cache is open yet.

To try Loket with a generated demo region, start it with:
loket --demo

To open a cache file, choose File → Open cache… (%1), or start Loket with:
loket --db FILE</source>
        <translation>Er is nog geen cache geopend.

Om Loket uit te proberen met een gegenereerde demoregio, start u het met:
loket --demo

Om een cachebestand te openen, kiest u Bestand → Cache openen… (%1), of start u Loket met:
loket --db BESTAND</translation>
    </message>
    <message>
        <source>Opening the cache…</source>
        <translation>De cache wordt geopend…</translation>
    </message>
    <message>
        <source>Choose a citizen in the results and press Enter to open the dossier.

Esc brings you back to the search box from anywhere.</source>
        <translation>Kies een burger in de resultaten en druk op Enter om het dossier te openen.

Esc brengt u van overal terug naar het zoekvak.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Sneltoets</translation>
    </message>
    <message>
        <source>Next or previous result (in the search box)</source>
        <translation>Volgend of vorig resultaat (in het zoekvak)</translation>
    </message>
    <message>
        <source>Down, Up</source>
        <translation>Pijl omlaag, pijl omhoog</translation>
    </message>
    <message>
        <source>Open the chosen result</source>
        <translation>Het gekozen resultaat openen</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>About Loket</source>
        <translation>Over Loket</translation>
    </message>
    <message>
        <source>Loket %1

Find any citizen of the region in a few keystrokes and see the whole dossier.

Free software under the GNU General Public License, version 3 or later.</source>
        <translation>Loket %1

Vind elke burger van de regio in enkele toetsaanslagen en zie het hele dossier.

Vrije software onder de GNU General Public License, versie 3 of later.</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>Dossier o&amp;verview</source>
        <translation>Dossier: o&amp;verzicht</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Menubalk</translation>
    </message>
    <message>
        <source>Sign &amp;in to the regional service…</source>
        <translation>&amp;Aanmelden bij de regionale dienst…</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>Nu s&amp;ynchroniseren</translation>
    </message>
    <message>
        <source>Send the changes waiting and fetch what changed at the regional service</source>
        <translation>De wachtende wijzigingen versturen en ophalen wat er bij de regionale dienst veranderd is</translation>
    </message>
    <message>
        <source>&amp;Log contact…</source>
        <translation>Contact &amp;noteren…</translation>
    </message>
    <message>
        <source>Log contact (%1)</source>
        <translation>Contact noteren (%1)</translation>
    </message>
    <message>
        <source>Note a conversation with this citizen: channel, topic, summary and outcome</source>
        <translation>Een gesprek met deze burger noteren: kanaal, onderwerp, samenvatting en resultaat</translation>
    </message>
    <message>
        <source>Connecting to the regional service…</source>
        <translation>Verbinden met de regionale dienst…</translation>
    </message>
    <message>
        <source>Your session at the regional service has ended. Sign in again; the changes waiting on this computer are kept and sent afterwards.</source>
        <translation>Uw sessie bij de regionale dienst is afgelopen. Meld u opnieuw aan; de wijzigingen die op deze computer wachten blijven bewaard en worden daarna verstuurd.</translation>
    </message>
    <message>
        <source>%1 It is kept and saved again automatically.

Detail: %2</source>
        <translation>%1 Het blijft bewaard en wordt automatisch opnieuw opgeslagen.

Detail: %2</translation>
    </message>
    <message>
        <source>Remove citizens from the cache?</source>
        <translation>Burgers uit de cache verwijderen?</translation>
    </message>
    <message numerus="yes">
        <source>The regional service would remove %Ln citizen(s) from this cache without saying why. That can happen when the service was restored from an old backup.

Remove them only if your coordinator confirms it.</source>
        <translation>
            <numerusform>De regionale dienst zou %Ln burger uit deze cache verwijderen zonder te zeggen waarom. Dat kan gebeuren als de dienst uit een oude back-up teruggezet is.

Verwijder alleen als uw coördinator het bevestigt.</numerusform>
            <numerusform>De regionale dienst zou %Ln burgers uit deze cache verwijderen zonder te zeggen waarom. Dat kan gebeuren als de dienst uit een oude back-up teruggezet is.

Verwijder ze alleen als uw coördinator het bevestigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The cache %1 could not be opened: %2</source>
        <translation>De cache %1 kon niet geopend worden: %2</translation>
    </message>
    <message>
        <source>Filling the cache from the regional service. The progress is shown below; the dossiers can be searched as soon as it is done.</source>
        <translation>De cache wordt gevuld vanuit de regionale dienst. De voortgang staat onderaan; zodra het klaar is, kunt u de dossiers doorzoeken.</translation>
    </message>
    <message>
        <source>%1

Detail: %2</source>
        <translation>%1

Detail: %2</translation>
    </message>
    <message>
        <source>&amp;Guides…</source>
        <translation>&amp;Gidsen…</translation>
    </message>
    <message>
        <source>Guides (%1)</source>
        <translation>Gidsen (%1)</translation>
    </message>
    <message>
        <source>Walk through a guide step by step with this citizen and note what they did alone</source>
        <translation>Stap voor stap een gids doorlopen met deze burger en noteren wat hij of zij zelf deed</translation>
    </message>
    <message>
        <source>Save handout</source>
        <translation>Handleiding bewaren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Pdf-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>The handout could not be saved: %1</source>
        <translation>De handleiding kon niet bewaard worden: %1</translation>
    </message>
    <message>
        <source>Document &amp;work lists…</source>
        <translation>&amp;Werklijsten documenten…</translation>
    </message>
    <message>
        <source>Documents to follow up: unread in the eBox by citizens who need help, and paper returned as undeliverable</source>
        <translation>Op te volgen documenten: ongelezen in de eBox bij burgers die hulp nodig hebben, en papier dat als onbestelbaar terugkwam</translation>
    </message>
    <message>
        <source>Service &amp;indicators…</source>
        <translation>Dienstverlenings&amp;indicatoren…</translation>
    </message>
    <message>
        <source>Service levels of the municipalities, month by month, on the region&apos;s common definitions</source>
        <translation>Dienstverlening van de gemeenten, maand per maand, volgens de gemeenschappelijke definities van de regio</translation>
    </message>
    <message>
        <source>%1 Nothing was saved.</source>
        <translation>%1 Er werd niets bewaard.</translation>
    </message>
    <message>
        <source>&amp;Lock the screen</source>
        <translation>Scherm &amp;vergrendelen</translation>
    </message>
    <message>
        <source>Hide the dossier until your password is typed</source>
        <translation>Het dossier verbergen tot uw wachtwoord getypt is</translation>
    </message>
    <message>
        <source>&amp;Privacy mode</source>
        <translation>&amp;Privacymodus</translation>
    </message>
    <message>
        <source>Hide streets, phone numbers and e-mail addresses on screen, and keep national numbers masked</source>
        <translation>Straten, telefoonnummers en e-mailadressen op het scherm verbergen, en rijksregisternummers gemaskeerd houden</translation>
    </message>
    <message>
        <source>Lock the screen &amp;after</source>
        <translation>Scherm vergrendelen &amp;na</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) without input</source>
        <translation>
            <numerusform>%n minuut zonder invoer</numerusform>
            <numerusform>%n minuten zonder invoer</numerusform>
        </translation>
    </message>
    <message>
        <source>Work offline is on, so nothing is sent or fetched. Switch it off (File → Work offline) to synchronise.</source>
        <translation>Offline werken staat aan, dus er wordt niets verstuurd of opgehaald. Zet het uit (Bestand → Offline werken) om te synchroniseren.</translation>
    </message>
    <message>
        <source>Work o&amp;ffline</source>
        <translation>O&amp;ffline werken</translation>
    </message>
    <message>
        <source>Send and fetch nothing until switched off; changes wait on this computer and go out at once afterwards</source>
        <translation>Niets versturen of ophalen tot het uitgezet wordt; wijzigingen wachten op deze computer en gaan daarna meteen weg</translation>
    </message>
    <message>
        <source>&amp;Changes waiting…</source>
        <translation>&amp;Wachtende wijzigingen…</translation>
    </message>
    <message>
        <source>The changes not yet sent: retry, discard with a reason, or resolve a conflict</source>
        <translation>De wijzigingen die nog niet verstuurd zijn: opnieuw proberen, schrappen met een reden, of een conflict oplossen</translation>
    </message>
    <message>
        <source>&amp;Visits…</source>
        <translation>&amp;Huisbezoeken…</translation>
    </message>
    <message>
        <source>Your planned home visits: prepare their dossiers for working offline</source>
        <translation>Uw ingeplande huisbezoeken: bereid hun dossiers voor om offline te werken</translation>
    </message>
    <message numerus="yes">
        <source>Keep visited dossiers for %n day(s)…</source>
        <translation>
            <numerusform>Bezochte dossiers %n dag bewaren…</numerusform>
            <numerusform>Bezochte dossiers %n dagen bewaren…</numerusform>
        </translation>
    </message>
    <message>
        <source>Report &amp;list…</source>
        <translation>&amp;Lijst met meldingen…</translation>
    </message>
    <message>
        <source>Reports of this municipality and the region: filter, follow up, add a status</source>
        <translation>Meldingen van deze gemeente en de regio: filteren, opvolgen, een status toevoegen</translation>
    </message>
    <message>
        <source>New &amp;report…</source>
        <translation>Nieuwe &amp;melding…</translation>
    </message>
    <message>
        <source>Report a problem in the public domain, on this citizen&apos;s behalf when a dossier is open</source>
        <translation>Een probleem op het openbaar domein melden, namens deze burger als er een dossier open is</translation>
    </message>
    <message>
        <source>Purpose of &amp;consultations</source>
        <translation>Doel van &amp;raadplegingen</translation>
    </message>
    <message>
        <source>Counter visit</source>
        <translation>Bezoek aan het loket</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Huisbezoek</translation>
    </message>
    <message>
        <source>Helpdesk call</source>
        <translation>Oproep naar de helpdesk</translation>
    </message>
    <message>
        <source>Follow-up of a file</source>
        <translation>Opvolging van een dossier</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>As my role says (counter, home visit or helpdesk)</source>
        <translation>Volgens mijn rol (loket, huisbezoek of helpdesk)</translation>
    </message>
    <message>
        <source>The dossier you had open is no longer on this computer: the regional service withdrew the access, or its visit is past the keep period.</source>
        <translation>Het dossier dat u open had, staat niet meer op deze computer: de regionale dienst heeft de toegang ingetrokken, of de bewaartermijn na het huisbezoek is voorbij.</translation>
    </message>
    <message>
        <source>Keep visited dossiers</source>
        <translation>Bezochte dossiers bewaren</translation>
    </message>
    <message>
        <source>Days a visited citizen&apos;s dossier stays on this computer after the visit (0: only until the end of the day of the visit):</source>
        <translation>Dagen dat het dossier van een bezochte burger na het huisbezoek op deze computer blijft (0: alleen tot het einde van de dag van het huisbezoek):</translation>
    </message>
    <message>
        <source>This computer&apos;s copy was wiped at the request of the regional service.</source>
        <translation>De kopie op deze computer is gewist op vraag van de regionale dienst.</translation>
    </message>
    <message>
        <source>Remote assistance ended</source>
        <translation>Hulp op afstand beëindigd</translation>
    </message>
    <message>
        <source>&amp;Report servers…</source>
        <translation>&amp;Meldingenservers…</translation>
    </message>
    <message>
        <source>Where each municipality&apos;s new reports go from this computer: the regional hub or the municipality&apos;s own Open311 server</source>
        <translation>Waar de nieuwe meldingen van elke gemeente vanaf deze computer naartoe gaan: de regionale dienst of de eigen Open311-server van de gemeente</translation>
    </message>
    <message>
        <source>Follow-up &amp;tasks…</source>
        <translation>Opvolg&amp;taken…</translation>
    </message>
    <message>
        <source>The queue of follow-up tasks: claim, hand over and close them</source>
        <translation>De wachtrij met opvolgtaken: opnemen, overdragen en afsluiten</translation>
    </message>
    <message>
        <source>Opening the dossier from the regional service…</source>
        <translation>Het dossier wordt geopend vanuit de regionale dienst…</translation>
    </message>
    <message>
        <source>Offline: only the dossiers opened on this computer are searched.</source>
        <translation>Offline: alleen de dossiers die op deze computer geopend zijn, worden doorzocht.</translation>
    </message>
</context>
<context>
    <name>loket::ui::OpenItemsModel</name>
    <message>
        <source>Open reports (%1)</source>
        <translation>Open meldingen (%1)</translation>
    </message>
    <message>
        <source>Documents unread or returned (%1)</source>
        <translation>Documenten ongelezen of teruggestuurd (%1)</translation>
    </message>
    <message>
        <source>Open follow-up tasks (%1)</source>
        <translation>Open opvolgtaken (%1)</translation>
    </message>
    <message>
        <source>Contacts in the last %1 days (%2)</source>
        <translation>Contacten in de laatste %1 dagen (%2)</translation>
    </message>
    <message>
        <source>No open report in any municipality.</source>
        <translation>In geen enkele gemeente is er een open melding.</translation>
    </message>
    <message>
        <source>No document waiting to be read, none returned by the post.</source>
        <translation>Geen document dat wacht om gelezen te worden, geen enkel teruggestuurd door de post.</translation>
    </message>
    <message>
        <source>No follow-up task waiting.</source>
        <translation>Geen opvolgtaak die wacht.</translation>
    </message>
    <message>
        <source>No contact in the last %1 days.</source>
        <translation>Geen contact in de laatste %1 dagen.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A section of the open items without any: its title, then a sentence saying so</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <extracomment>An open item read aloud: what, municipality, date</extracomment>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>verwacht %1</translation>
    </message>
    <message>
        <source>Report %1 &quot;%2&quot; — %3</source>
        <extracomment>An open report: its number, its subject, where it stands</extracomment>
        <translation>Melding %1 „%2” — %3</translation>
    </message>
    <message>
        <source>since %1</source>
        <extracomment>Since when a document waits: delivered in the eBox, or returned by the post</extracomment>
        <translation>sinds %1</translation>
    </message>
    <message>
        <source>returned by the post</source>
        <translation>teruggestuurd door de post</translation>
    </message>
    <message>
        <source>returned by the post: %1</source>
        <translation>teruggestuurd door de post: %1</translation>
    </message>
    <message numerus="yes">
        <source>not opened in the eBox for %n day(s)</source>
        <translation>
            <numerusform>%n dag niet geopend in de eBox</numerusform>
            <numerusform>%n dagen niet geopend in de eBox</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; — %3</source>
        <extracomment>An open document: its kind, its title, why it waits</extracomment>
        <translation>%1 „%2” — %3</translation>
    </message>
    <message>
        <source>Helpdesk (%1)</source>
        <translation>Helpdesk (%1)</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>te doen tegen %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>An open follow-up task: what kind, its title
----------
A recent contact: how, about what</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>loket::ui::OpenItemsPanel</name>
    <message>
        <source>Open for this citizen, in every municipality</source>
        <translation>Open voor deze burger, in elke gemeente</translation>
    </message>
    <message>
        <source>Open for this citizen</source>
        <translation>Open voor deze burger</translation>
    </message>
    <message>
        <source>Press Enter on a line to open it in the dossier.</source>
        <translation>Druk op Enter op een regel om die in het dossier te openen.</translation>
    </message>
    <message>
        <source>What is open could not be read from this computer&apos;s copy. Reopen the dossier to try again. Detail: %1</source>
        <translation>Wat open staat, kon niet gelezen worden uit de kopie op deze computer. Open het dossier opnieuw om het nog eens te proberen. Detail: %1</translation>
    </message>
    <message>
        <source>Reading what is open…</source>
        <translation>Lezen wat open staat…</translation>
    </message>
    <message>
        <source>Nothing open: no open report, no unread or returned document, no contact in the last %1 days.</source>
        <translation type="vanished">Niets open: geen open melding, geen ongelezen of teruggestuurd document, geen contact in de laatste %1 dagen.</translation>
    </message>
    <message>
        <source>Nothing open: no open report, no unread or returned document, no open follow-up task, no contact in the last %1 days.</source>
        <translation>Niets open: geen open melding, geen ongelezen of teruggestuurd document, geen open opvolgtaak, geen contact in de laatste %1 dagen.</translation>
    </message>
</context>
<context>
    <name>loket::ui::OutboxDiscardDialog</name>
    <message>
        <source>Discard a change</source>
        <translation>Een wijziging schrappen</translation>
    </message>
    <message>
        <source>Discard &quot;%1&quot;?

This change will never reach the regional service. What this computer shows of the record goes back to the service&apos;s version. The discard is recorded with your name, the time and the reason.</source>
        <translation>„%1” schrappen?

Deze wijziging zal de regionale dienst nooit bereiken. Wat deze computer van de gegevens toont, gaat terug naar de versie van de dienst. Het schrappen wordt vastgelegd met uw naam, het tijdstip en de reden.</translation>
    </message>
    <message>
        <source>Reason for discarding</source>
        <translation>Reden om te schrappen</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Kies een reden…</translation>
    </message>
    <message>
        <source>Other (describe below)</source>
        <translation>Andere (beschrijf hieronder)</translation>
    </message>
    <message>
        <source>Entered twice by mistake</source>
        <translation>Per vergissing twee keer ingevoerd</translation>
    </message>
    <message>
        <source>Entered for the wrong citizen</source>
        <translation>Voor de verkeerde burger ingevoerd</translation>
    </message>
    <message>
        <source>The citizen withdrew the request</source>
        <translation>De burger heeft de aanvraag ingetrokken</translation>
    </message>
    <message>
        <source>Refused by the regional service and no longer needed</source>
        <translation>Geweigerd door de regionale dienst en niet meer nodig</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <source>Reason in your own words</source>
        <translation>Reden in uw eigen woorden</translation>
    </message>
    <message>
        <source>In your &amp;words:</source>
        <translation>In uw &amp;woorden:</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Schrappen</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 van %2 tekens</translation>
    </message>
</context>
<context>
    <name>loket::ui::OutboxModel</name>
    <message>
        <source>When you retry it</source>
        <translation>Wanneer u het opnieuw probeert</translation>
    </message>
    <message>
        <source>When you have chosen a version</source>
        <translation>Wanneer u een versie gekozen hebt</translation>
    </message>
    <message>
        <source>When you work online again</source>
        <translation>Wanneer u weer online werkt</translation>
    </message>
    <message>
        <source>At the next sync</source>
        <translation>Bij de volgende synchronisatie</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Gemaakt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Toestand</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Pogingen</translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation>Laatste probleem</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Volgende poging</translation>
    </message>
</context>
<context>
    <name>loket::ui::OutboxWindow</name>
    <message>
        <source>Changes waiting to be sent</source>
        <translation>Wachtende wijzigingen</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Opnieuw proberen</translation>
    </message>
    <message>
        <source>Send the selected changes at the next sync, which starts now</source>
        <translation>De gekozen wijzigingen versturen bij de volgende synchronisatie, die nu start</translation>
    </message>
    <message>
        <source>Retry all &amp;failed</source>
        <translation>Alle &amp;mislukte opnieuw proberen</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Schrappen…</translation>
    </message>
    <message>
        <source>&amp;Choose a version…</source>
        <translation>&amp;Versie kiezen…</translation>
    </message>
    <message>
        <source>Compare your version with the regional service&apos;s and choose</source>
        <translation>Vergelijk uw versie met die van de regionale dienst en kies</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>&amp;Waiting</source>
        <translation>&amp;Wachtend</translation>
    </message>
    <message>
        <source>Changes discarded by staff</source>
        <translation>Wijzigingen die door het personeel geschrapt zijn</translation>
    </message>
    <message>
        <source>D&amp;iscarded</source>
        <translation>&amp;Geschrapt</translation>
    </message>
    <message>
        <source>The changes waiting cannot be read: %1</source>
        <translation>De wachtende wijzigingen kunnen niet gelezen worden: %1</translation>
    </message>
    <message>
        <source>Nothing is waiting: every change reached the regional service.</source>
        <translation>Er wacht niets: elke wijziging heeft de regionale dienst bereikt.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n wijziging wacht om verstuurd te worden.</numerusform>
            <numerusform>%n wijzigingen wachten om verstuurd te worden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused: retry or discard them.</source>
        <translation>
            <numerusform>%n geweigerd: probeer ze opnieuw of schrap ze.</numerusform>
            <numerusform>%n geweigerd: probeer ze opnieuw of schrap ze.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in conflict: choose a version.</source>
        <translation>
            <numerusform>%n in conflict: kies een versie.</numerusform>
            <numerusform>%n in conflict: kies een versie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Work offline is on: nothing is sent until you switch it off.</source>
        <translation>Offline werken staat aan: er wordt niets verstuurd tot u het uitzet.</translation>
    </message>
    <message>
        <source>A consultation of a dossier cannot be discarded: the law requires every one to reach the regional access log.</source>
        <translation>Een raadpleging van een dossier kan niet geschrapt worden: de wet vereist dat elke raadpleging het regionale toegangslogboek bereikt.</translation>
    </message>
    <message>
        <source>Take the selected change out for good, with a reason</source>
        <translation>De gekozen wijziging definitief schrappen, met een reden</translation>
    </message>
    <message>
        <source>This conflict was resolved meanwhile.</source>
        <translation>Dit conflict werd intussen opgelost.</translation>
    </message>
</context>
<context>
    <name>loket::ui::ReportForm</name>
    <message>
        <source>New report for %1</source>
        <translation>Nieuwe melding voor %1</translation>
    </message>
    <message>
        <source>New report</source>
        <translation>Nieuwe melding</translation>
    </message>
    <message>
        <source>Type a word: pothole, light, litter…</source>
        <translation>Typ een woord: put, verlichting, zwerfvuil…</translation>
    </message>
    <message>
        <source>&amp;What is the problem?</source>
        <translation>&amp;Wat is het probleem?</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Gemeente:</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straat</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>&amp;Street, number, postcode:</source>
        <translation>&amp;Straat, nummer, postcode:</translation>
    </message>
    <message>
        <source>Latitude, e.g. 50.8798</source>
        <translation>Breedtegraad, bv. 50.8798</translation>
    </message>
    <message>
        <source>Longitude, e.g. 4.7005</source>
        <translation>Lengtegraad, bv. 4.7005</translation>
    </message>
    <message>
        <source>Coordinates (o&amp;ptional):</source>
        <translation>Coördinaten (o&amp;ptioneel):</translation>
    </message>
    <message>
        <source>In the citizen&apos;s words: what, since when, how dangerous</source>
        <translation>In de woorden van de burger: wat, sinds wanneer, hoe gevaarlijk</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschrijving:</translation>
    </message>
    <message>
        <source>Add a p&amp;hoto…</source>
        <translation>&amp;Foto toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Photos (or drop them here):</source>
        <translation>Foto&apos;s (of sleep ze hierheen):</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>Te&amp;xt message</source>
        <translation>S&amp;ms</translation>
    </message>
    <message>
        <source>&amp;Letter</source>
        <translation>B&amp;rief</translation>
    </message>
    <message>
        <source>N&amp;ot needed</source>
        <translation>&amp;Niet nodig</translation>
    </message>
    <message>
        <source>Keep the citizen informed by:</source>
        <translation>De burger op de hoogte houden via:</translation>
    </message>
    <message>
        <source>Already reported nearby (open, last 30 days)</source>
        <translation>Al gemeld in de buurt (open, laatste 30 dagen)</translation>
    </message>
    <message>
        <source>&amp;Link the citizen to this report instead</source>
        <translation>De burger in plaats daarvan aan deze melding &amp;koppelen</translation>
    </message>
    <message>
        <source>&amp;File the report</source>
        <translation>Melding &amp;indienen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Handled by %1.</source>
        <translation>Behandeld door %1.</translation>
    </message>
    <message numerus="yes">
        <source>Expected within %n working day(s): by %1.</source>
        <translation>
            <numerusform>Verwacht binnen %n werkdag: uiterlijk %1.</numerusform>
            <numerusform>Verwacht binnen %n werkdagen: uiterlijk %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(kies)</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(niet gekend)</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1 (verplicht):</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 van %2 tekens</translation>
    </message>
    <message>
        <source>The cache is not open: the report cannot be filed now.</source>
        <translation>De cache is niet open: de melding kan nu niet ingediend worden.</translation>
    </message>
    <message>
        <source>%1 · %2 %3 · %4 · reported %5</source>
        <translation>%1 · %2 %3 · %4 · gemeld op %5</translation>
    </message>
    <message>
        <source>(not sent yet)</source>
        <translation>(nog niet verstuurd)</translation>
    </message>
    <message>
        <source>Nothing of this kind reported nearby.</source>
        <translation>Niets van deze soort gemeld in de buurt.</translation>
    </message>
    <message numerus="yes">
        <source>A report takes at most %n photos.</source>
        <translation>
            <numerusform>Een melding bevat hoogstens %n foto.</numerusform>
            <numerusform>Een melding bevat hoogstens %n foto&apos;s.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a JPEG or PNG picture.</source>
        <translation>%1 is geen JPEG- of PNG-afbeelding.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan niet gelezen worden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be prepared: %2</source>
        <translation>%1 kan niet voorbereid worden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, even without its metadata. Take a photo with a lower resolution.</source>
        <translation>%1 is groter dan %2 MB, zelfs zonder metadata. Neem een foto met een lagere resolutie.</translation>
    </message>
    <message>
        <source>%1 (%2 kB)</source>
        <translation>%1 (%2 kB)</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Foto&apos;s toevoegen</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png)</source>
        <translation>Afbeeldingen (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>%1 is not a file on this computer.</source>
        <translation>%1 is geen bestand op deze computer.</translation>
    </message>
</context>
<context>
    <name>loket::ui::ReportListModel</name>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Gemeld</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Verwacht</translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation>Burgers</translation>
    </message>
    <message>
        <source>(not sent yet)</source>
        <translation>(nog niet verstuurd)</translation>
    </message>
    <message>
        <source>%1 (reported in %2)</source>
        <translation>%1 (gemeld in %2)</translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <translation>%1 — over tijd</translation>
    </message>
</context>
<context>
    <name>loket::ui::ReportListWindow</name>
    <message>
        <source>Looking through the reports…</source>
        <translation>De meldingen worden doorzocht…</translation>
    </message>
    <message>
        <source>Choose a report to see its story.</source>
        <translation>Kies een melding om haar verloop te zien.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>(not sent yet)</source>
        <translation>(nog niet verstuurd)</translation>
    </message>
    <message>
        <source>Where: %1, %2</source>
        <translation>Waar: %1, %2</translation>
    </message>
    <message>
        <source>Reported in %1 and forwarded to %2.</source>
        <translation>Gemeld in %1 en doorgestuurd naar %2.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>expected by %1 — overdue</source>
        <translation>verwacht uiterlijk %1 — over tijd</translation>
    </message>
    <message>
        <source>expected by %1</source>
        <translation>verwacht uiterlijk %1</translation>
    </message>
    <message>
        <source>Keep the citizen informed by e-mail.</source>
        <translation>De burger op de hoogte houden via e-mail.</translation>
    </message>
    <message>
        <source>Keep the citizen informed by text message.</source>
        <translation>De burger op de hoogte houden via sms.</translation>
    </message>
    <message>
        <source>Keep the citizen informed by letter.</source>
        <translation>De burger op de hoogte houden via brief.</translation>
    </message>
    <message>
        <source>The citizen does not want to be kept informed.</source>
        <translation>De burger wil niet op de hoogte gehouden worden.</translation>
    </message>
    <message>
        <source>Photos: %1</source>
        <translation>Foto&apos;s: %1</translation>
    </message>
    <message>
        <source>My municipality (%1)</source>
        <translation>Mijn gemeente (%1)</translation>
    </message>
    <message>
        <source>The region (everything in this cache)</source>
        <translation>De regio (alles in deze cache)</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Elke status</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Nog open</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Elke categorie</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Meldingen</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Waar:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Categorie:</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>&amp;Alleen over tijd</translation>
    </message>
    <message>
        <source>Reported &amp;from</source>
        <translation>Gemeld &amp;van</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>t&amp;ot</translation>
    </message>
    <message>
        <source>Se&amp;arch:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <source>Number, street or words of the description</source>
        <translation>Nummer, straat of woorden uit de beschrijving</translation>
    </message>
    <message>
        <source>Add a status &amp;update…</source>
        <translation>Status&amp;update toevoegen…</translation>
    </message>
    <message>
        <source>Open the citizen&apos;s &amp;dossier</source>
        <translation>&amp;Dossier van de burger openen</translation>
    </message>
    <message>
        <source>The reports could not be read: %1</source>
        <translation>De meldingen konden niet gelezen worden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n melding</numerusform>
            <numerusform>%n meldingen</numerusform>
        </translation>
    </message>
    <message>
        <source>This report is handled on the municipality&apos;s own report server; its status follows from there.</source>
        <translation>Deze melding wordt behandeld op de eigen meldingenserver van de gemeente; de status volgt van daar.</translation>
    </message>
    <message>
        <source>Sent to the report server of %1 (%2), number %3 there; its status follows from there.</source>
        <translation>Verstuurd naar de meldingenserver van %1 (%2), daar met nummer %3; de status volgt van daar.</translation>
    </message>
    <message>
        <source>Received by the report server of %1 (%2); it has not given a number yet.</source>
        <translation>Ontvangen door de meldingenserver van %1 (%2); die heeft nog geen nummer gegeven.</translation>
    </message>
    <message>
        <source>Waiting to be sent to the report server of %1 (%2).</source>
        <translation>Wacht om verstuurd te worden naar de meldingenserver van %1 (%2).</translation>
    </message>
    <message>
        <source>Last looked at on the server: %1.</source>
        <translation>Laatst nagekeken op de server: %1.</translation>
    </message>
</context>
<context>
    <name>loket::ui::ReportServersDialog</name>
    <message>
        <source>Saved. New reports for %1 go the way shown; reports already waiting keep theirs.</source>
        <translation>Bewaard. Nieuwe meldingen voor %1 gaan de getoonde weg; meldingen die al wachten, behouden hun weg.</translation>
    </message>
    <message>
        <source>Report servers</source>
        <translation>Meldingenservers</translation>
    </message>
    <message>
        <source>New reports go to the regional hub, which forwards them. A municipality with its own Open311 (GeoReport v2) server can receive its reports there instead; this setting holds for this computer.</source>
        <translation>Nieuwe meldingen gaan naar de regionale dienst, die ze doorstuurt. Een gemeente met een eigen Open311-server (GeoReport v2) kan haar meldingen in de plaats daar ontvangen; deze instelling geldt voor deze computer.</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>New reports go to</source>
        <translation>Nieuwe meldingen gaan naar</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Server&amp;adres:</translation>
    </message>
    <message>
        <source>&amp;Jurisdiction:</source>
        <translation>&amp;Jurisdictie:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;sleutel:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formaat:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Bewaren</translation>
    </message>
    <message>
        <source>Send to the &amp;hub</source>
        <translation>Naar de regionale &amp;dienst sturen</translation>
    </message>
    <message>
        <source>The settings could not be read: %1</source>
        <translation>De instellingen konden niet gelezen worden: %1</translation>
    </message>
    <message>
        <source>The regional hub</source>
        <translation>De regionale dienst</translation>
    </message>
    <message>
        <source>Own server: %1</source>
        <translation>Eigen server: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Bewaren…</translation>
    </message>
</context>
<context>
    <name>loket::ui::ReportStatusDialog</name>
    <message>
        <source>Status update for %1</source>
        <translation>Statusupdate voor %1</translation>
    </message>
    <message>
        <source>the new report</source>
        <translation>de nieuwe melding</translation>
    </message>
    <message>
        <source>Now: %1. What is the next step?</source>
        <translation>Nu: %1. Wat is de volgende stap?</translation>
    </message>
    <message>
        <source>&amp;New status:</source>
        <translation>&amp;Nieuwe status:</translation>
    </message>
    <message>
        <source>Internal &amp;note (staff only):</source>
        <translation>&amp;Interne notitie (enkel voor personeel):</translation>
    </message>
    <message>
        <source>&amp;Save the update</source>
        <translation>Update &amp;opslaan</translation>
    </message>
    <message>
        <source>Text for the &amp;citizen (required):</source>
        <translation>Tekst voor de &amp;burger (verplicht):</translation>
    </message>
    <message>
        <source>Text for the &amp;citizen:</source>
        <translation>Tekst voor de &amp;burger:</translation>
    </message>
</context>
<context>
    <name>loket::ui::ReportTimelineModel</name>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>What the citizen reads</source>
        <translation>Wat de burger leest</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Interne notitie</translation>
    </message>
</context>
<context>
    <name>loket::ui::ReportsModel</name>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Gemeld</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Verwacht</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>loket::ui::StatusBar</name>
    <message>
        <source>● Online</source>
        <translation>● Online</translation>
    </message>
    <message>
        <source>○ Offline: working from the cache</source>
        <translation>○ Offline: werkt met de cache</translation>
    </message>
    <message>
        <source>○ Not connected yet</source>
        <translation>○ Nog niet verbonden</translation>
    </message>
    <message>
        <source>never synchronised</source>
        <translation>nog nooit gesynchroniseerd</translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>laatste synchronisatie %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n wijziging wacht</numerusform>
            <numerusform>%n wijzigingen wachten</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the changes that still have to be sent</source>
        <translation>Toon de wijzigingen die nog verstuurd moeten worden</translation>
    </message>
    <message>
        <source>No cache open</source>
        <translation>Geen cache geopend</translation>
    </message>
    <message>
        <source>Cache: %1 (demo data, people who do not exist)</source>
        <translation>Cache: %1 (demogegevens, personen die niet bestaan)</translation>
    </message>
    <message>
        <source>Cache: %1</source>
        <translation>Cache: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln citizen(s)</source>
        <translation>
            <numerusform>%Ln burger</numerusform>
            <numerusform>%Ln burgers</numerusform>
        </translation>
    </message>
    <message>
        <source>counting citizens…</source>
        <translation>burgers worden geteld…</translation>
    </message>
    <message>
        <source>Filling the cache: %1 records</source>
        <translation>Cache vullen: %1 gegevens</translation>
    </message>
    <message>
        <source>Progress of the first fill</source>
        <translation>Voortgang van de eerste vulling</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Cancel the first fill</source>
        <translation>De eerste vulling annuleren</translation>
    </message>
    <message>
        <source>Stop filling the cache; what arrived so far stays usable, and Sync now goes on from there</source>
        <translation>Stoppen met vullen; wat al binnen is blijft bruikbaar, en Nu synchroniseren gaat van daar verder</translation>
    </message>
    <message>
        <source>○ Offline (by choice)</source>
        <translation>○ Offline (eigen keuze)</translation>
    </message>
    <message>
        <source>Work offline is on: nothing is sent or fetched. Changes wait on this computer until you switch it off.</source>
        <translation>Offline werken staat aan: er wordt niets verstuurd of opgehaald. Wijzigingen wachten op deze computer tot u het uitzet.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>%n conflict op te lossen</numerusform>
            <numerusform>%n conflicten op te lossen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loket::ui::TaskQueueModel</name>
    <message>
        <source>Call back</source>
        <translation>Terugbellen</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Nakijken</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Versturen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Opgenomen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n dag over tijd</numerusform>
            <numerusform>%n dagen over tijd</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>(not on this computer)</source>
        <translation>(niet op deze computer)</translation>
    </message>
    <message>
        <source>%1
Last note: %2</source>
        <translation>%1
Laatste notitie: %2</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>nog niemand</translation>
    </message>
    <message>
        <source>you</source>
        <translation>u</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vervaldag</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Burger</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Taak</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>loket::ui::TaskQueueWindow</name>
    <message>
        <source>Notice</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>The tasks could not be read from this computer&apos;s cache.</source>
        <translation>De taken konden niet gelezen worden uit de cache van deze computer.</translation>
    </message>
    <message>
        <source>No tasks in this queue.</source>
        <translation>Geen taken in deze wachtrij.</translation>
    </message>
    <message>
        <source>Follow-up tasks</source>
        <translation>Opvolgtaken</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>&amp;Wachtrij:</translation>
    </message>
    <message>
        <source>Helpdesk</source>
        <translation>Helpdesk</translation>
    </message>
    <message>
        <source>My municipality</source>
        <translation>Mijn gemeente</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mijn taken</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Wachtrij</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation>&amp;Opnemen</translation>
    </message>
    <message>
        <source>Take this task: it becomes yours, and colleagues see that.</source>
        <translation>Neem deze taak op: ze wordt de uwe, en collega’s zien dat.</translation>
    </message>
    <message>
        <source>&amp;Hand over…</source>
        <translation>&amp;Overdragen…</translation>
    </message>
    <message>
        <source>C&amp;lose task…</source>
        <translation>Taak &amp;afsluiten…</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>That task is in none of these queues: it is closed, or it waits at another municipality&apos;s counter.</source>
        <translation>Die taak staat in geen van deze wachtrijen: ze is afgesloten, of ze wacht aan het loket van een andere gemeente.</translation>
    </message>
</context>
<context>
    <name>loket::ui::TaskStepDialog</name>
    <message>
        <source>Hand over task</source>
        <translation>Taak overdragen</translation>
    </message>
    <message>
        <source>Helpdesk queue</source>
        <translation>Wachtrij van de helpdesk</translation>
    </message>
    <message>
        <source>A municipality&apos;s counter</source>
        <translation>Het loket van een gemeente</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Wachtrij</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>&amp;Wachtrij:</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Gemeente:</translation>
    </message>
    <message>
        <source>Staff id, or empty for anyone in the queue</source>
        <translation>Personeelsnummer, of leeg voor iedereen in de wachtrij</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>&amp;Person (optional):</source>
        <translation>&amp;Persoon (optioneel):</translation>
    </message>
    <message>
        <source>Close task</source>
        <translation>Taak afsluiten</translation>
    </message>
    <message>
        <source>Note for the colleague</source>
        <translation>Notitie voor de collega</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>&amp;Note (required):</source>
        <translation>&amp;Notitie (verplicht):</translation>
    </message>
    <message>
        <source>&amp;Outcome (required):</source>
        <translation>&amp;Resultaat (verplicht):</translation>
    </message>
    <message>
        <source>&amp;Hand over</source>
        <translation>&amp;Overdragen</translation>
    </message>
    <message>
        <source>&amp;Close task</source>
        <translation>Taak &amp;afsluiten</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 van %2 tekens</translation>
    </message>
</context>
<context>
    <name>loket::ui::TimelineModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Report %1 &quot;%2&quot; — %3</source>
        <extracomment>Timeline line: report number, its subject, what happened</extracomment>
        <translation>Melding %1 &quot;%2&quot; — %3</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; — %3</source>
        <extracomment>Timeline line: kind of document, its title, what happened to it</extracomment>
        <translation>%1 &quot;%2&quot; — %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Timeline line: how the citizen was in contact, about what</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Told the citizen: %1</source>
        <translation>Aan de burger gemeld: %1</translation>
    </message>
    <message>
        <source>Note for staff: %1</source>
        <translation>Nota voor medewerkers: %1</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Van: %1</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Resultaat: %1</translation>
    </message>
    <message>
        <source>Follow-up: %1 (%2, by %3)</source>
        <translation>Opvolging: %1 (%2, tegen %3)</translation>
    </message>
    <message>
        <source>%1: %2 &quot;%3&quot;</source>
        <extracomment>Timeline line: what staff did, kind of document, its title</extracomment>
        <translation>%1: %2 „%3”</translation>
    </message>
    <message>
        <source>not yet sent to the regional service</source>
        <translation>nog niet naar de regionale dienst gestuurd</translation>
    </message>
    <message>
        <source>Not yet sent to the regional service.</source>
        <translation>Nog niet naar de regionale dienst gestuurd.</translation>
    </message>
</context>
<context>
    <name>loket::ui::VisitListModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Burger</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>Refreshed at</source>
        <translation>Vernieuwd op</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Not prepared</source>
        <translation>Niet voorbereid</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Verlopen</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Mislukt: %1</translation>
    </message>
    <message>
        <source>(dossier not on this computer)</source>
        <translation>(dossier niet op deze computer)</translation>
    </message>
    <message>
        <source>%1 (not yet sent)</source>
        <translation>%1 (nog niet verstuurd)</translation>
    </message>
    <message numerus="yes">
        <source>The visit is more than %n day(s) ago: its dossier leaves this computer.</source>
        <translation>
            <numerusform>Het huisbezoek is meer dan %n dag geleden: het dossier verdwijnt van deze computer.</numerusform>
            <numerusform>Het huisbezoek is meer dan %n dagen geleden: het dossier verdwijnt van deze computer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loket::ui::VisitListWindow</name>
    <message>
        <source>The visit list could not be read: %1</source>
        <translation>De lijst met huisbezoeken kon niet gelezen worden: %1</translation>
    </message>
    <message>
        <source>Fetching the visit list and the catalogue…</source>
        <translation>De lijst met huisbezoeken en de catalogus worden opgehaald…</translation>
    </message>
    <message>
        <source>Fetching dossiers: %1 of %2</source>
        <translation>Dossiers ophalen: %1 van %2</translation>
    </message>
    <message>
        <source>Stopped: %1 of %2 dossiers fetched. The ones fetched are ready.</source>
        <translation>Gestopt: %1 van %2 dossiers opgehaald. De opgehaalde dossiers zijn klaar.</translation>
    </message>
    <message>
        <source>%1 of %2 dossiers are ready; %3 could not be fetched (see the list).</source>
        <translation>%1 van %2 dossiers zijn klaar; %3 konden niet opgehaald worden (zie de lijst).</translation>
    </message>
    <message numerus="yes">
        <source>All %n dossier(s) are ready for offline use (%1).</source>
        <translation>
            <numerusform>%n dossier is klaar voor offline gebruik (%1).</numerusform>
            <numerusform>Alle %n dossiers zijn klaar voor offline gebruik (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>The visit was added. It is sent to the regional service with the next sync.</source>
        <translation>Het huisbezoek werd toegevoegd. Het wordt bij de volgende synchronisatie naar de regionale dienst verstuurd.</translation>
    </message>
    <message>
        <source>This dossier is not on this computer. Prepare for offline first.</source>
        <translation>Dit dossier staat niet op deze computer. Bereid eerst voor op offline werken.</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Huisbezoeken</translation>
    </message>
    <message numerus="yes">
        <source>Your planned home visits. Prepare for offline fetches the dossiers of the current visits, so that you can work without a network. A dossier leaves this computer %n day(s) after the visit.</source>
        <translation>
            <numerusform>Uw geplande huisbezoeken. Offline voorbereiden haalt de dossiers van de huidige huisbezoeken op, zodat u zonder netwerk kunt werken. Een dossier verdwijnt %n dag na het huisbezoek van deze computer.</numerusform>
            <numerusform>Uw geplande huisbezoeken. Offline voorbereiden haalt de dossiers van de huidige huisbezoeken op, zodat u zonder netwerk kunt werken. Een dossier verdwijnt %n dagen na het huisbezoek van deze computer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Visit list</source>
        <translation>Lijst met huisbezoeken</translation>
    </message>
    <message>
        <source>&amp;Prepare for offline</source>
        <translation>&amp;Offline voorbereiden</translation>
    </message>
    <message>
        <source>Prepare for offline</source>
        <translation>Offline voorbereiden</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuleren</translation>
    </message>
    <message>
        <source>Cancel the preparation</source>
        <translation>De voorbereiding annuleren</translation>
    </message>
    <message>
        <source>&amp;Add visit…</source>
        <translation>&amp;Huisbezoek toevoegen…</translation>
    </message>
    <message>
        <source>Add visit</source>
        <translation>Huisbezoek toevoegen</translation>
    </message>
    <message>
        <source>&amp;Open dossier</source>
        <translation>&amp;Dossier openen</translation>
    </message>
    <message>
        <source>Open dossier</source>
        <translation>Dossier openen</translation>
    </message>
    <message>
        <source>Progress of the preparation</source>
        <translation>Voortgang van de voorbereiding</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Loket: find any citizen of the region in a few keystrokes and see the whole dossier.</source>
        <translation>Loket: vind elke burger van de regio in enkele toetsaanslagen en zie het hele dossier.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Deze hulp tonen en afsluiten.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>De versie tonen en afsluiten.</translation>
    </message>
    <message>
        <source>Open the cache FILE.</source>
        <translation>De cache BESTAND openen.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <source>Open the demo region (generated people who do not exist); it is created on first use.</source>
        <translation type="vanished">De demoregio openen (gegenereerde personen die niet bestaan); ze wordt aangemaakt bij het eerste gebruik.</translation>
    </message>
    <message>
        <source>How many citizens the demo region has (1000 to 1000000; default 20000).</source>
        <translation>Hoeveel burgers de demoregio telt (1000 tot 1000000; standaard 20000).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Use this UI language for this session: nl, fr or en.</source>
        <translation>Deze taal gebruiken voor deze sessie: nl, fr of en.</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>TAAL</translation>
    </message>
    <message>
        <source>Search, open a dossier, save a picture of the window to FILE (PNG) and exit; for the documentation.</source>
        <translation>Zoeken, een dossier openen, een afbeelding van het venster in BESTAND (PNG) bewaren en afsluiten; voor de documentatie.</translation>
    </message>
    <message>
        <source>What --screenshot types into the search box.</source>
        <translation>Wat --screenshot in het zoekvak typt.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEKST</translation>
    </message>
    <message>
        <source>Which result --screenshot opens (0 is the first).</source>
        <translation>Welk resultaat --screenshot opent (0 is het eerste).</translation>
    </message>
    <message>
        <source>Try &apos;loket --help&apos;.</source>
        <translation>Probeer &apos;loket --help&apos;.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Onverwacht argument: %1</translation>
    </message>
    <message>
        <source>Choose either --db or --demo, not both.</source>
        <translation>Kies --db of --demo, niet allebei.</translation>
    </message>
    <message>
        <source>--demo-citizens needs a number from 1000 to 1000000.</source>
        <translation>--demo-citizens verwacht een getal van 1000 tot 1000000.</translation>
    </message>
    <message>
        <source>--lang takes nl, fr or en.</source>
        <translation>--lang aanvaardt nl, fr of en.</translation>
    </message>
    <message>
        <source>--screenshot-pick needs a number of 0 or more.</source>
        <translation>--screenshot-pick verwacht een getal van 0 of meer.</translation>
    </message>
    <message>
        <source>Start the demo regional service (loket-hub --demo, generated people who do not exist) on this computer and fill the cache from it; the service stops when Loket quits.</source>
        <translation>De regionale demodienst (loket-hub --demo, gegenereerde mensen die niet bestaan) op deze computer starten en de cache daaruit vullen; de dienst stopt wanneer Loket afsluit.</translation>
    </message>
    <message>
        <source>Which dossier tab --screenshot shows: overview, reports, documents or contacts.</source>
        <translation>Welk tabblad van het dossier --screenshot toont: overview, reports, documents of contacts.</translation>
    </message>
    <message>
        <source>TAB</source>
        <translation>TABBLAD</translation>
    </message>
    <message>
        <source>--screenshot-tab takes overview, reports, documents or contacts.</source>
        <translation>--screenshot-tab neemt overview, reports, documents of contacts.</translation>
    </message>
    <message>
        <source>Sign in to the demo region as a counter clerk (counter, the default) or as the regional helpdesk (helpdesk: searches the whole region online).</source>
        <translation>Aanmelden in de demoregio als loketmedewerker (counter, de standaard) of als regionale helpdesk (helpdesk: zoekt online in de hele regio).</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROL</translation>
    </message>
    <message>
        <source>Shows the dossier with remote assistance through this guide in the --screenshot picture.</source>
        <translation>Toont het dossier met hulp op afstand via deze gids in de afbeelding van --screenshot.</translation>
    </message>
    <message>
        <source>GUIDE</source>
        <translation>GIDS</translation>
    </message>
    <message>
        <source>--demo-role is counter or helpdesk.</source>
        <translation>--demo-role is counter of helpdesk.</translation>
    </message>
</context>
</TS>
