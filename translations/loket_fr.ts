<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Indicators</name>
    <message>
        <source>Reports received</source>
        <translation>Signalements reçus</translation>
    </message>
    <message>
        <source>Reports resolved</source>
        <translation>Signalements résolus</translation>
    </message>
    <message>
        <source>Handling time, median (working days)</source>
        <translation>Délai de traitement, médiane (jours ouvrables)</translation>
    </message>
    <message>
        <source>Handling time, 90th percentile (working days)</source>
        <translation>Délai de traitement, 90e percentile (jours ouvrables)</translation>
    </message>
    <message>
        <source>Resolved within the service norm</source>
        <translation>Résolus dans la norme de service</translation>
    </message>
    <message>
        <source>Backlog at month end</source>
        <translation>En cours à la fin du mois</translation>
    </message>
    <message>
        <source>Overdue at month end</source>
        <translation>En retard à la fin du mois</translation>
    </message>
    <message>
        <source>Citizens with eBox consent</source>
        <translation>Citoyens ayant consenti à l’eBox</translation>
    </message>
    <message>
        <source>Documents delivered digitally</source>
        <translation>Documents remis numériquement</translation>
    </message>
    <message>
        <source>eBox read rate</source>
        <translation>Taux de lecture dans l’eBox</translation>
    </message>
    <message>
        <source>Fallbacks to paper</source>
        <translation>Repli sur papier</translation>
    </message>
    <message>
        <source>Paper returned undelivered</source>
        <translation>Papier revenu non distribué</translation>
    </message>
    <message>
        <source>Contacts at the counter</source>
        <translation>Contacts au guichet</translation>
    </message>
    <message>
        <source>Contacts by phone</source>
        <translation>Contacts par téléphone</translation>
    </message>
    <message>
        <source>Contacts through the helpdesk</source>
        <translation>Contacts via le helpdesk</translation>
    </message>
    <message>
        <source>Home visits</source>
        <translation>Visites à domicile</translation>
    </message>
    <message>
        <source>Contacts by e-mail</source>
        <translation>Contacts par e-mail</translation>
    </message>
    <message>
        <source>Video calls</source>
        <translation>Appels vidéo</translation>
    </message>
    <message>
        <source>Follow-up tasks due</source>
        <translation>Tâches de suivi arrivant à échéance</translation>
    </message>
    <message>
        <source>Follow-up tasks closed on time</source>
        <translation>Tâches de suivi clôturées à temps</translation>
    </message>
    <message>
        <source>Guides completed alone</source>
        <translation>Guides terminés seul</translation>
    </message>
    <message>
        <source>Guides completed with help</source>
        <translation>Guides terminés avec de l’aide</translation>
    </message>
    <message>
        <source>The regional hub cannot be reached; try again when the connection is back.</source>
        <translation>Le service régional est injoignable ; réessayez quand la connexion sera rétablie.</translation>
    </message>
    <message>
        <source>The session has ended; sign in again to see the indicators.</source>
        <translation>La session a expiré ; reconnectez-vous pour voir les indicateurs.</translation>
    </message>
    <message>
        <source>This account may not see these indicators; they are for managers and admins, each for the municipalities in their scope.</source>
        <translation>Ce compte ne peut pas voir ces indicateurs ; ils sont réservés aux responsables et aux administrateurs, chacun pour les communes de son périmètre.</translation>
    </message>
    <message>
        <source>The hub refused the period: %1</source>
        <translation>Le service régional a refusé la période : %1</translation>
    </message>
    <message>
        <source>The hub could not compute the indicators; try again later.</source>
        <translation>Le service régional n’a pas pu calculer les indicateurs ; réessayez plus tard.</translation>
    </message>
    <message>
        <source>The hub&apos;s answer could not be read; the hub may be of another version.</source>
        <translation>La réponse du service régional n’a pas pu être lue ; il s’agit peut-être d’une autre version.</translation>
    </message>
</context>
<context>
    <name>NationalNumber</name>
    <message>
        <source>No national number was given.</source>
        <translation>Aucun numéro de registre national n’a été donné.</translation>
    </message>
    <message>
        <source>A national number holds only digits (dots and a dash are allowed).</source>
        <translation>Un numéro de registre national ne contient que des chiffres (points et tiret permis).</translation>
    </message>
    <message>
        <source>A national number has exactly 11 digits.</source>
        <translation>Un numéro de registre national compte exactement 11 chiffres.</translation>
    </message>
    <message>
        <source>The last two digits do not match the rest: a digit was probably mistyped.</source>
        <translation>Les deux derniers chiffres ne correspondent pas au reste : un chiffre a probablement été mal tapé.</translation>
    </message>
    <message>
        <source>The birth date in this national number is impossible.</source>
        <translation>La date de naissance de ce numéro de registre national est impossible.</translation>
    </message>
    <message>
        <source>The daily sequence number (digits 7 to 9) is invalid.</source>
        <translation>Le numéro d’ordre (chiffres 7 à 9) n’est pas valable.</translation>
    </message>
</context>
<context>
    <name>ReportRules</name>
    <message>
        <source>Choose what the problem is.</source>
        <translation>Choisissez de quel problème il s’agit.</translation>
    </message>
    <message>
        <source>This category is not in the regional catalogue (any more).</source>
        <translation>Cette catégorie ne figure pas (plus) dans le catalogue régional.</translation>
    </message>
    <message>
        <source>Say where the problem is: a street in the region, or coordinates.</source>
        <translation>Indiquez où se trouve le problème : une rue de la région, ou des coordonnées.</translation>
    </message>
    <message>
        <source>The coordinates need both a latitude and a longitude, in degrees.</source>
        <translation>Les coordonnées doivent comporter une latitude et une longitude, en degrés.</translation>
    </message>
    <message numerus="yes">
        <source>The description is at most %n characters long.</source>
        <translation>
            <numerusform>La description compte au maximum %n caractère.</numerusform>
            <numerusform>La description compte au maximum %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be filled in.</source>
        <translation>« %1 » doit être complété.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a value that is not allowed.</source>
        <translation>« %1 » a une valeur qui n’est pas autorisée.</translation>
    </message>
    <message>
        <source>The report has this status already.</source>
        <translation>Le signalement a déjà ce statut.</translation>
    </message>
    <message>
        <source>A report cannot be set back to received.</source>
        <translation>Un signalement ne peut pas être remis à reçu.</translation>
    </message>
    <message>
        <source>This report is finished; it can only be reopened (acknowledged or in progress), or closed once it was resolved.</source>
        <translation>Ce signalement est terminé ; il peut seulement être rouvert (accusé ou en cours), ou clôturé s’il a été résolu.</translation>
    </message>
    <message>
        <source>Write a text for the citizen: it says what was done or why not.</source>
        <translation>Rédigez un texte pour le citoyen : ce qui a été fait, ou pourquoi pas.</translation>
    </message>
    <message numerus="yes">
        <source>A text is at most %n characters long.</source>
        <translation>
            <numerusform>Un texte compte au maximum %n caractère.</numerusform>
            <numerusform>Un texte compte au maximum %n caractères.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>Cannot read the schema version.</source>
        <translation>La version du schéma ne peut pas être lue.</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>A task needs an identifier.</source>
        <translation>Une tâche doit avoir un identifiant.</translation>
    </message>
    <message>
        <source>A task needs a citizen.</source>
        <translation>Une tâche doit concerner un citoyen.</translation>
    </message>
    <message>
        <source>A task needs a title: what is to be done.</source>
        <translation>Une tâche doit avoir un titre : ce qu’il faut faire.</translation>
    </message>
    <message>
        <source>A task needs the municipality it belongs to.</source>
        <translation>Une tâche doit indiquer la commune à laquelle elle appartient.</translation>
    </message>
    <message>
        <source>A task needs a valid due date.</source>
        <translation>Une tâche doit avoir une date d’échéance valide.</translation>
    </message>
    <message>
        <source>A claimed task needs its owner.</source>
        <translation>Une tâche prise en charge doit avoir un responsable.</translation>
    </message>
    <message>
        <source>An open task has no owner yet.</source>
        <translation>Une tâche ouverte n’a pas encore de responsable.</translation>
    </message>
    <message>
        <source>A closed task needs its outcome.</source>
        <translation>Une tâche clôturée doit avoir un résultat.</translation>
    </message>
    <message>
        <source>Only a closed task has an outcome.</source>
        <translation>Seule une tâche clôturée a un résultat.</translation>
    </message>
    <message>
        <source>Someone else has claimed this task.</source>
        <translation>Quelqu’un d’autre a pris cette tâche en charge.</translation>
    </message>
    <message>
        <source>This task is closed; reopen it first.</source>
        <translation>Cette tâche est clôturée ; rouvrez-la d’abord.</translation>
    </message>
    <message>
        <source>Only a closed task can be reopened.</source>
        <translation>Seule une tâche clôturée peut être rouverte.</translation>
    </message>
    <message>
        <source>A handover needs a note for the colleague who takes the task over.</source>
        <translation>Un transfert nécessite une note pour le collègue qui reprend la tâche.</translation>
    </message>
    <message>
        <source>Say what came of the task before closing it.</source>
        <translation>Indiquez ce qu’il est advenu de la tâche avant de la clôturer.</translation>
    </message>
    <message>
        <source>Choose the municipality whose counter takes the task over.</source>
        <translation>Choisissez la commune dont le guichet reprend la tâche.</translation>
    </message>
</context>
<context>
    <name>Visit</name>
    <message>
        <source>A visit needs an identifier.</source>
        <translation>Une visite à domicile doit avoir un identifiant.</translation>
    </message>
    <message>
        <source>A visit needs a citizen.</source>
        <translation>Une visite à domicile doit concerner un citoyen.</translation>
    </message>
    <message>
        <source>A visit needs the outreach worker who visits.</source>
        <translation>Une visite à domicile doit indiquer le travailleur de proximité qui l’effectue.</translation>
    </message>
    <message>
        <source>A visit needs a valid date.</source>
        <translation>Une visite à domicile doit avoir une date valide.</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>received</source>
        <translation>reçu</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>pris en charge</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>planifié</translation>
    </message>
    <message>
        <source>being worked on</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>résolu</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>clôturé</translation>
    </message>
    <message>
        <source>not taken up</source>
        <translation>non retenu</translation>
    </message>
    <message>
        <source>already reported by someone else</source>
        <translation>déjà signalé par quelqu’un d’autre</translation>
    </message>
    <message>
        <source>forwarded to the responsible municipality</source>
        <translation>transmis à la commune compétente</translation>
    </message>
    <message>
        <source>being prepared</source>
        <translation>en préparation</translation>
    </message>
    <message>
        <source>sent to the eBox</source>
        <translation>envoyé dans l’eBox</translation>
    </message>
    <message>
        <source>sent by post</source>
        <translation>envoyé par la poste</translation>
    </message>
    <message>
        <source>delivered by post</source>
        <translation>distribué par la poste</translation>
    </message>
    <message>
        <source>in eBox, not opened</source>
        <translation>dans l’eBox, pas encore ouvert</translation>
    </message>
    <message>
        <source>arrived in the eBox</source>
        <translation>arrivé dans l’eBox</translation>
    </message>
    <message>
        <source>opened in eBox</source>
        <translation>ouvert dans l’eBox</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lu</translation>
    </message>
    <message>
        <source>not opened, reminder sent</source>
        <translation>pas ouvert, rappel envoyé</translation>
    </message>
    <message>
        <source>not opened, leaves the eBox soon</source>
        <translation>pas ouvert, quitte bientôt l’eBox</translation>
    </message>
    <message>
        <source>no longer in the eBox</source>
        <translation>n’est plus dans l’eBox</translation>
    </message>
    <message>
        <source>not opened in eBox, will be sent on paper</source>
        <translation>pas ouvert dans l’eBox, sera envoyé sur papier</translation>
    </message>
    <message>
        <source>sent on paper</source>
        <translation>envoyé sur papier</translation>
    </message>
    <message>
        <source>returned by the post, not delivered</source>
        <translation>renvoyé par la poste, non distribué</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <source>Permit</source>
        <translation>Permis</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Attestation</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Avis</translation>
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
        <translation>Visite au guichet</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Appel téléphonique</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Visite à domicile</translation>
    </message>
    <message>
        <source>Regional helpdesk</source>
        <translation>Helpdesk régional</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Appel vidéo</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>néerlandais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <source>German</source>
        <translation>allemand</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>arabe</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>turc</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>polonais</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>roumain</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>italien</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>espagnol</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>portugais</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>russe</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>ukrainien</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>How lists show a person: family name, then given names</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Tax bill</source>
        <translation>Avis d’imposition</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <source>Fine</source>
        <translation>Amende</translation>
    </message>
    <message>
        <source>Identity card and passport</source>
        <translation>Carte d’identité et passeport</translation>
    </message>
    <message>
        <source>Change of address</source>
        <translation>Changement d’adresse</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Attestations</translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation>Taxes</translation>
    </message>
    <message>
        <source>Waste collection</source>
        <translation>Collecte des déchets</translation>
    </message>
    <message>
        <source>Parking</source>
        <translation>Stationnement</translation>
    </message>
    <message>
        <source>Building permit</source>
        <translation>Permis d’urbanisme</translation>
    </message>
    <message>
        <source>Social support</source>
        <translation>Aide sociale</translation>
    </message>
    <message>
        <source>Energy premium</source>
        <translation>Prime énergie</translation>
    </message>
    <message>
        <source>Help with the eBox</source>
        <translation>Aide pour l’eBox</translation>
    </message>
    <message>
        <source>Help with digital services</source>
        <translation>Aide aux services numériques</translation>
    </message>
    <message>
        <source>Follow-up of a report</source>
        <translation>Suivi d’un signalement</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Logement</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>Accueil des enfants</translation>
    </message>
    <message>
        <source>Care for older people</source>
        <translation>Soins aux personnes âgées</translation>
    </message>
    <message>
        <source>Other question</source>
        <translation>Autre question</translation>
    </message>
    <message>
        <source>counter</source>
        <translation>guichet</translation>
    </message>
    <message>
        <source>outreach</source>
        <translation>visites à domicile</translation>
    </message>
    <message>
        <source>helpdesk</source>
        <translation>helpdesk</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <source>Paper copy requested</source>
        <translation>Copie papier demandée</translation>
    </message>
    <message>
        <source>Resend requested</source>
        <translation>Renvoi demandé</translation>
    </message>
    <message>
        <source>Explained to the citizen</source>
        <translation>Expliqué au citoyen</translation>
    </message>
    <message>
        <source>Helped to activate the eBox</source>
        <translation>Aidé à activer l’eBox</translation>
    </message>
</context>
<context>
    <name>loket</name>
    <message>
        <source>Reports</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>Documents and eBox</source>
        <translation>Documents et eBox</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Digital inclusion</source>
        <translation>Inclusion numérique</translation>
    </message>
</context>
<context>
    <name>loket::AddVisitCommand</name>
    <message>
        <source>The visit could not be saved. It is kept in memory; Loket tries to save it again.</source>
        <translation>La visite à domicile n’a pas pu être enregistrée. Elle est gardée en mémoire ; Loket réessaie de l’enregistrer.</translation>
    </message>
</context>
<context>
    <name>loket::CitizenSearch</name>
    <message>
        <source>No cache is open.</source>
        <translation>Aucun cache n’est ouvert.</translation>
    </message>
</context>
<context>
    <name>loket::Connection</name>
    <message>
        <source>The cache %1 does not exist.</source>
        <translation>Le cache %1 n’existe pas.</translation>
    </message>
    <message>
        <source>The cache %1 cannot be read: check its permissions.</source>
        <translation>Le cache %1 ne peut pas être lu : vérifiez ses droits d’accès.</translation>
    </message>
    <message>
        <source>%1 is not a Loket cache (it is not an SQLite database). The file was left as it is.</source>
        <translation>%1 n’est pas un cache Loket (ce n’est pas une base de données SQLite). Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The cache %1 cannot be opened: %2</source>
        <translation>Le cache %1 ne peut pas être ouvert : %2</translation>
    </message>
    <message>
        <source>The cache %1 is damaged and cannot be read (%2). The file was left as it is; remove it to download the data again.</source>
        <translation>Le cache %1 est endommagé et ne peut pas être lu (%2). Le fichier n’a pas été modifié ; supprimez-le pour télécharger à nouveau les données.</translation>
    </message>
    <message>
        <source>The cache %1 cannot be read: %2</source>
        <translation>Le cache %1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>The cache %1 was written by a newer version of Loket (schema %2; this version understands up to %3). Start the newer Loket, or remove the cache to download the data again. The file was left as it is.</source>
        <translation>Le cache %1 a été écrit par une version plus récente de Loket (schéma %2 ; cette version comprend jusqu’à %3). Lancez le Loket plus récent, ou supprimez le cache pour télécharger à nouveau les données. Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The cache %1 must be brought up to date before it can be read.</source>
        <translation>Le cache %1 doit être mis à jour avant de pouvoir être lu.</translation>
    </message>
    <message>
        <source>The cache %1 cannot be switched to write-ahead logging: %2</source>
        <translation>Le cache %1 ne peut pas passer en journalisation anticipée (WAL) : %2</translation>
    </message>
    <message>
        <source>The cache %1 could not be brought up to date: %2</source>
        <translation>Le cache %1 n’a pas pu être mis à jour : %2</translation>
    </message>
</context>
<context>
    <name>loket::CorrectContactMomentCommand</name>
    <message>
        <source>The correction of the contact moment could not be saved. It is kept in memory; Loket tries to save it again.</source>
        <translation>La correction du moment de contact n’a pas pu être enregistrée. Elle est gardée en mémoire ; Loket réessaie de l’enregistrer.</translation>
    </message>
</context>
<context>
    <name>loket::CreateReportCommand</name>
    <message numerus="yes">
        <source>A report takes at most %n photos.</source>
        <translation>
            <numerusform>Un signalement comporte au maximum %n photo.</numerusform>
            <numerusform>Un signalement comporte au maximum %n photos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The photo %1 is larger than %2 MB.</source>
        <translation>La photo %1 dépasse %2 Mo.</translation>
    </message>
    <message>
        <source>The photo %1 is not a JPEG or PNG picture.</source>
        <translation>La photo %1 n’est pas une image JPEG ou PNG.</translation>
    </message>
    <message>
        <source>The report could not be saved. It is kept in memory; Loket tries to save it again.</source>
        <translation>Le signalement n’a pas pu être enregistré. Il est gardé en mémoire ; Loket réessaie de l’enregistrer.</translation>
    </message>
    <message>
        <source>Reports for this municipality go to its own report server (%1), which takes no photos from Loket. Remove the photos and describe what they show.</source>
        <translation>Les signalements de cette commune vont vers son propre serveur de signalements (%1), qui n’accepte pas de photos de Loket. Retirez les photos et décrivez ce qu’elles montrent.</translation>
    </message>
</context>
<context>
    <name>loket::CreateTaskCommand</name>
    <message>
        <source>The task could not be saved. It is kept in memory; Loket tries to save it again.</source>
        <translation>La tâche n’a pas pu être enregistrée. Elle est conservée en mémoire ; Loket essaie de l’enregistrer à nouveau.</translation>
    </message>
</context>
<context>
    <name>loket::DiscardOutboxEntryCommand</name>
    <message>
        <source>A consultation of a dossier cannot be discarded: the law requires every one to reach the regional access log.</source>
        <translation>Une consultation de dossier ne peut pas être supprimée : la loi exige que chacune parvienne au journal régional des accès.</translation>
    </message>
    <message>
        <source>Give a reason for discarding the change.</source>
        <translation>Indiquez un motif pour supprimer la modification.</translation>
    </message>
    <message>
        <source>The reason is too long: at most %1 characters.</source>
        <translation>Le motif est trop long : au maximum %1 caractères.</translation>
    </message>
    <message>
        <source>This change is no longer waiting: it was sent or discarded meanwhile.</source>
        <translation>Cette modification n’est plus en attente : elle a été envoyée ou supprimée entre-temps.</translation>
    </message>
    <message>
        <source>Later changes build on this one. Discard them first, newest first: %1.</source>
        <translation>Des modifications ultérieures s’appuient sur celle-ci. Supprimez-les d’abord, en commençant par la plus récente : %1.</translation>
    </message>
    <message>
        <source>The earlier state of this guide step is not known on this computer, so it cannot be put back. Retry the change instead.</source>
        <translation>L’état antérieur de cette étape du guide n’est pas connu sur cet ordinateur, il ne peut donc pas être rétabli. Réessayez plutôt la modification.</translation>
    </message>
    <message>
        <source>Loket cannot put this kind of record back yet, so the change cannot be discarded. Retry it, or ask the helpdesk.</source>
        <translation>Loket ne peut pas encore rétablir ce type d’enregistrement, la modification ne peut donc pas être supprimée. Réessayez-la, ou adressez-vous au helpdesk.</translation>
    </message>
    <message>
        <source>The change could not be discarded. It is still waiting; Loket tries to discard it again.</source>
        <translation>La modification n’a pas pu être supprimée. Elle est toujours en attente ; Loket réessaie de la supprimer.</translation>
    </message>
</context>
<context>
    <name>loket::DocumentAction</name>
    <message>
        <source>The action is not linked to a citizen.</source>
        <translation>L’action n’est liée à aucun citoyen.</translation>
    </message>
    <message>
        <source>Choose the document this action is about.</source>
        <translation>Choisissez le document concerné par cette action.</translation>
    </message>
    <message>
        <source>Help with activating the eBox is about the citizen, not about one document.</source>
        <translation>L’aide à l’activation de l’eBox concerne le citoyen, pas un document.</translation>
    </message>
    <message>
        <source>A request for a paper copy or a resend needs a reason.</source>
        <translation>Une demande de copie papier ou de renvoi doit être motivée.</translation>
    </message>
    <message numerus="yes">
        <source>The reason is too long: at most %n character(s).</source>
        <translation>
            <numerusform>Le motif est trop long : %n caractère au maximum.</numerusform>
            <numerusform>Le motif est trop long : %n caractères au maximum.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loket::DocumentExplanation</name>
    <message>
        <source>This document is being prepared and has not been sent yet.</source>
        <translation>Ce document est en préparation et n’a pas encore été envoyé.</translation>
    </message>
    <message>
        <source>It was sent to your eBox on %1.</source>
        <translation>Il a été envoyé dans votre eBox le %1.</translation>
    </message>
    <message>
        <source>You opened it on %1.</source>
        <translation>Vous l’avez ouvert le %1.</translation>
    </message>
    <message>
        <source>It was not opened within 15 days, so a reminder was sent on %1.</source>
        <translation>Il n’a pas été ouvert dans les 15 jours ; un rappel a donc été envoyé le %1.</translation>
    </message>
    <message>
        <source>Because it was still not opened, a paper copy has been made on %1; it will be posted.</source>
        <translation>Comme il n’était toujours pas ouvert, une copie papier a été faite le %1 ; elle sera envoyée par la poste.</translation>
    </message>
    <message>
        <source>Because it was still not opened, a paper copy followed by post on %1.</source>
        <translation>Comme il n’était toujours pas ouvert, une copie papier a suivi par la poste le %1.</translation>
    </message>
    <message>
        <source>It was sent to you by post on %1.</source>
        <translation>Il vous a été envoyé par la poste le %1.</translation>
    </message>
    <message>
        <source>The post returned it as undeliverable on %1: the address must be checked.</source>
        <translation>La poste l’a renvoyé comme non distribuable le %1 : l’adresse doit être vérifiée.</translation>
    </message>
    <message>
        <source>It will expire soon.</source>
        <translation>Il expirera bientôt.</translation>
    </message>
    <message>
        <source>It can still be used until %1.</source>
        <translation>Il peut encore être utilisé jusqu’au %1.</translation>
    </message>
    <message>
        <source>It expired on %1.</source>
        <translation>Il a expiré le %1.</translation>
    </message>
    <message>
        <source>It has not been opened yet.</source>
        <translation>Il n’a pas encore été ouvert.</translation>
    </message>
    <message>
        <source>It went by post because you do not receive documents in the eBox.</source>
        <translation>Il a été envoyé par la poste parce que vous ne recevez pas de documents dans l’eBox.</translation>
    </message>
    <message>
        <source>It went by post because you chose the eBox only on %1, after it was sent.</source>
        <translation>Il a été envoyé par la poste parce que vous n’avez choisi l’eBox que le %1, après son envoi.</translation>
    </message>
    <message>
        <source>The post does not confirm delivery.</source>
        <translation>La poste ne confirme pas la distribution.</translation>
    </message>
</context>
<context>
    <name>loket::Guide</name>
    <message>
        <source>The town hall&apos;s e-counter address is not set (setting townhall/eloket_url), and the guide &quot;%1&quot; needs it.</source>
        <translation>L’adresse du guichet électronique de la maison communale n’est pas réglée (paramètre townhall/eloket_url), et le guide «&#xa0;%1&#xa0;» en a besoin.</translation>
    </message>
    <message>
        <source>The town hall&apos;s address for reporting problems is not set (setting townhall/report_url), and the guide &quot;%1&quot; needs it.</source>
        <translation>L’adresse de la maison communale pour signaler des problèmes n’est pas réglée (paramètre townhall/report_url), et le guide «&#xa0;%1&#xa0;» en a besoin.</translation>
    </message>
    <message>
        <source>The town hall&apos;s name is not set (setting townhall/name), and the guide &quot;%1&quot; needs it.</source>
        <translation>Le nom de la maison communale n’est pas réglé (paramètre townhall/name), et le guide «&#xa0;%1&#xa0;» en a besoin.</translation>
    </message>
</context>
<context>
    <name>loket::GuideLibrary</name>
    <message>
        <source>there is no folder of guides here.</source>
        <translation>il n’y a pas de dossier de guides ici.</translation>
    </message>
    <message>
        <source>a guide&apos;s folder is named after its id: lowercase letters, digits and single hyphens, like &quot;ebox-activate&quot;.</source>
        <translation>le dossier d’un guide porte l’identifiant du guide&#xa0;: lettres minuscules, chiffres et traits d’union simples, comme «&#xa0;ebox-activate&#xa0;».</translation>
    </message>
    <message>
        <source>there are no guides in this folder.</source>
        <translation>il n’y a pas de guides dans ce dossier.</translation>
    </message>
    <message>
        <source>the folder with the handouts&apos; fixed texts is missing; it holds one file per language, like nl.txt.</source>
        <translation>le dossier avec les textes fixes des fiches manque&#xa0;; il contient un fichier par langue, comme nl.txt.</translation>
    </message>
    <message>
        <source>only language files like nl.txt belong in this folder.</source>
        <translation>seuls des fichiers de langue comme nl.txt ont leur place dans ce dossier.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code; name the file after the language&apos;s two-letter code, like nl.txt or ar.txt.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un code de langue&#xa0;; nommez le fichier d’après le code de deux lettres de la langue, comme nl.txt ou ar.txt.</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>this guide&apos;s folder holds no language files like nl.md.</source>
        <translation>le dossier de ce guide ne contient aucun fichier de langue comme nl.md.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code; name the file after the language&apos;s two-letter code, like nl.md or ar.md.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un code de langue&#xa0;; nommez le fichier d’après le code de deux lettres de la langue, comme nl.md ou ar.md.</translation>
    </message>
    <message>
        <source>the image &quot;%1&quot; lies outside the guides&apos; folder; keep images in images/ or in the guide&apos;s own folder.</source>
        <translation>l’image «&#xa0;%1&#xa0;» se trouve hors du dossier des guides&#xa0;; gardez les images dans images/ ou dans le dossier du guide.</translation>
    </message>
    <message>
        <source>the image &quot;%1&quot; does not exist (looked for %2).</source>
        <translation>l’image «&#xa0;%1&#xa0;» n’existe pas (cherchée à %2).</translation>
    </message>
    <message>
        <source>the file &quot;%1&quot; is not a PNG or JPEG image.</source>
        <translation>le fichier «&#xa0;%1&#xa0;» n’est pas une image PNG ou JPEG.</translation>
    </message>
    <message>
        <source>missing: every guide needs a file for every language that has a handout text (%1).</source>
        <translation>manquant&#xa0;: chaque guide a besoin d’un fichier pour chaque langue qui a un texte de fiche (%1).</translation>
    </message>
    <message>
        <source>there is no handout/%1.txt for this language; add it, and this language to every guide.</source>
        <translation>il n’y a pas de handout/%1.txt pour cette langue&#xa0;; ajoutez-le, et cette langue à chaque guide.</translation>
    </message>
    <message>
        <source>has version %1 but %2 has version %3: change the version in every language together.</source>
        <translation>a la version %1 mais %2 a la version %3&#xa0;: changez la version dans toutes les langues à la fois.</translation>
    </message>
    <message>
        <source>has %1 steps but %2 has %3: every language has the same steps.</source>
        <translation>a %1 étapes mais %2 en a %3&#xa0;: chaque langue a les mêmes étapes.</translation>
    </message>
    <message>
        <source>step %1 has the id &quot;%2&quot; but in %3 it is &quot;%4&quot;: the same step has the same id in every language.</source>
        <translation>l’étape %1 a l’identifiant «&#xa0;%2&#xa0;» mais en %3 c’est «&#xa0;%4&#xa0;»&#xa0;: la même étape a le même identifiant dans chaque langue.</translation>
    </message>
</context>
<context>
    <name>loket::HandoutJob</name>
    <message>
        <source>The guide to print, by its id (see --list).</source>
        <translation>Le guide à imprimer, par son identifiant (voir --list).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The citizen&apos;s language: nl, fr, en, de, ar or tr (see --list).</source>
        <translation>La langue du citoyen&#xa0;: nl, fr, en, de, ar ou tr (voir --list).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANGUE</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Le fichier PDF à écrire.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>The town hall&apos;s contact details and addresses, as in resources/guides/townhall.example.ini (default: the demo town hall, Herent).</source>
        <translation>Les coordonnées et adresses de la maison communale, comme dans resources/guides/townhall.example.ini (par défaut&#xa0;: la maison communale de démonstration, Herent).</translation>
    </message>
    <message>
        <source>Read the guides from this folder instead of the ones built in, e.g. to try out edited guides.</source>
        <translation>Lire les guides dans ce dossier au lieu des guides intégrés, par exemple pour essayer des guides modifiés.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>List the guides and their languages, and stop.</source>
        <translation>Lister les guides et leurs langues, puis s’arrêter.</translation>
    </message>
    <message>
        <source>The built-in guides have errors (listed above).</source>
        <translation>Les guides intégrés contiennent des erreurs (listées ci-dessus).</translation>
    </message>
    <message>
        <source>The guides in %1 have errors (listed above); fix them and try again.</source>
        <translation>Les guides dans %1 contiennent des erreurs (listées ci-dessus)&#xa0;; corrigez-les et réessayez.</translation>
    </message>
    <message>
        <source>the option --%1 is required.</source>
        <translation>l’option --%1 est obligatoire.</translation>
    </message>
    <message>
        <source>there is no guide &quot;%1&quot;. The guides are: %2.</source>
        <translation>il n’y a pas de guide «&#xa0;%1&#xa0;». Les guides sont&#xa0;: %2.</translation>
    </message>
    <message>
        <source>the guide &quot;%1&quot; is not available in &quot;%2&quot;. Its languages are: %3.</source>
        <translation>le guide «&#xa0;%1&#xa0;» n’existe pas en «&#xa0;%2&#xa0;». Ses langues sont&#xa0;: %3.</translation>
    </message>
    <message>
        <source>note: using the demo town hall (%1); give yours with --town-hall FILE.</source>
        <translation>remarque&#xa0;: la maison communale de démonstration (%1) est utilisée&#xa0;; indiquez la vôtre avec --town-hall FICHIER.</translation>
    </message>
</context>
<context>
    <name>loket::HandoutText</name>
    <message>
        <source>this line is not UTF-8 text; save the file as UTF-8.</source>
        <translation>cette ligne n’est pas du texte UTF-8&#xa0;; enregistrez le fichier en UTF-8.</translation>
    </message>
    <message>
        <source>a line reads &quot;name: text&quot;, like &quot;step: Step {number}&quot;.</source>
        <translation>une ligne se lit «&#xa0;nom: texte&#xa0;», comme «&#xa0;step: Étape {number}&#xa0;».</translation>
    </message>
    <message>
        <source>unknown name &quot;%1&quot;; the names are %2.</source>
        <translation>nom inconnu «&#xa0;%1&#xa0;»&#xa0;; les noms sont %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice (first on line %2).</source>
        <translation>«&#xa0;%1&#xa0;» apparaît deux fois (d’abord à la ligne %2).</translation>
    </message>
    <message>
        <source>the text of &quot;%1&quot; is empty.</source>
        <translation>le texte de «&#xa0;%1&#xa0;» est vide.</translation>
    </message>
    <message>
        <source>the text of &quot;%1&quot; has an unknown placeholder {%2}.</source>
        <translation>le texte de «&#xa0;%1&#xa0;» contient un paramètre inconnu {%2}.</translation>
    </message>
    <message>
        <source>the text of &quot;%1&quot; must keep the placeholder {%2}.</source>
        <translation>le texte de «&#xa0;%1&#xa0;» doit garder le paramètre {%2}.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing; every handout text needs %2.</source>
        <translation>«&#xa0;%1&#xa0;» manque&#xa0;; chaque texte de fiche a besoin de %2.</translation>
    </message>
</context>
<context>
    <name>loket::HandoutWriter</name>
    <message>
        <source>There is no guide &quot;%1&quot;. The guides are: %2.</source>
        <translation>Il n’y a pas de guide «&#xa0;%1&#xa0;». Les guides sont&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The guide &quot;%1&quot; is not available in &quot;%2&quot;. Its languages are: %3.</source>
        <translation>Le guide «&#xa0;%1&#xa0;» n’existe pas en «&#xa0;%2&#xa0;». Ses langues sont&#xa0;: %3.</translation>
    </message>
    <message>
        <source>No installed font has the letters of &quot;%1&quot;; install the package fonts-noto-core.</source>
        <translation>Aucune police installée n’a les lettres de «&#xa0;%1&#xa0;»&#xa0;; installez le paquet fonts-noto-core.</translation>
    </message>
    <message>
        <source>The handout cannot be printed: the printer or file did not accept it.</source>
        <translation>La fiche ne peut pas être imprimée&#xa0;: l’imprimante ou le fichier l’a refusée.</translation>
    </message>
    <message>
        <source>The handout cannot be printed: a new page was refused.</source>
        <translation>La fiche ne peut pas être imprimée&#xa0;: une nouvelle page a été refusée.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Impossible d’écrire %1&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>loket::HelpdeskLookup</name>
    <message>
        <source>The regional hub&apos;s answer could not be read.</source>
        <translation>La réponse du service régional n’a pas pu être lue.</translation>
    </message>
    <message>
        <source>The regional hub refused the search (HTTP %1).</source>
        <translation>Le service régional a refusé la recherche (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>loket::LinkCitizenToReportCommand</name>
    <message>
        <source>The citizen could not be linked to the report. It is kept in memory; Loket tries again.</source>
        <translation>Le citoyen n’a pas pu être lié au signalement. Le lien est gardé en mémoire ; Loket réessaie.</translation>
    </message>
</context>
<context>
    <name>loket::LocalHub</name>
    <message>
        <source>loket-hub could not be started: %1</source>
        <translation>loket-hub n’a pas pu être lancé&#xa0;: %1</translation>
    </message>
    <message>
        <source>loket-hub stopped before it listened: %1</source>
        <translation>loket-hub s’est arrêté avant d’écouter&#xa0;: %1</translation>
    </message>
    <message>
        <source>loket-hub was not found.</source>
        <translation>loket-hub est introuvable.</translation>
    </message>
    <message>
        <source>loket-hub did not start listening within %1 s.</source>
        <translation>loket-hub n’a pas commencé à écouter dans les %1 s.</translation>
    </message>
</context>
<context>
    <name>loket::LogContactMomentCommand</name>
    <message>
        <source>The contact moment could not be saved. It is kept in memory; Loket tries to save it again.</source>
        <translation>Le moment de contact n’a pas pu être enregistré. Il est gardé en mémoire ; Loket réessaie de l’enregistrer.</translation>
    </message>
    <message>
        <source>The follow-up task cannot be made: %1</source>
        <translation>La tâche de suivi ne peut pas être créée : %1</translation>
    </message>
</context>
<context>
    <name>loket::Open311Journal</name>
    <message>
        <source>The server address must be a web address such as https://meldingen.example.be/open311/v2/.</source>
        <translation>L’adresse du serveur doit être une adresse web, comme https://meldingen.example.be/open311/v2/.</translation>
    </message>
    <message>
        <source>The server address must not contain a question mark or a #; give the address the calls are made under.</source>
        <translation>L’adresse du serveur ne peut contenir ni point d’interrogation ni # ; indiquez l’adresse sous laquelle les appels sont effectués.</translation>
    </message>
    <message>
        <source>The API key is missing: the server needs it to accept reports.</source>
        <translation>La clé API manque : le serveur en a besoin pour accepter les signalements.</translation>
    </message>
    <message>
        <source>The jurisdiction or the API key is too long.</source>
        <translation>La juridiction ou la clé API est trop longue.</translation>
    </message>
</context>
<context>
    <name>loket::Open311Relay</name>
    <message>
        <source>The cache cannot be written.</source>
        <translation>Le cache ne peut pas être écrit.</translation>
    </message>
    <message>
        <source>No report server is configured for %1 any more. Configure it again under File &gt; Report servers, or discard the report.</source>
        <translation>Aucun serveur de signalements n’est plus configuré pour %1. Configurez-le à nouveau sous Fichier &gt; Serveurs de signalements, ou supprimez le signalement.</translation>
    </message>
    <message>
        <source>The report waiting to be sent is no longer on this computer.</source>
        <translation>Le signalement en attente d’envoi n’est plus sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The report server of %1 (%2) refused the report: %3. The report is kept; correct it or discard it.</source>
        <translation>Le serveur de signalements de %1 (%2) a refusé le signalement : %3. Le signalement est conservé ; corrigez-le ou supprimez-le.</translation>
    </message>
    <message>
        <source>The report server of %1 (%2) cannot be reached now; the report waits and is sent later, once.</source>
        <translation>Le serveur de signalements de %1 (%2) est injoignable pour l’instant ; le signalement attend et sera envoyé plus tard, une seule fois.</translation>
    </message>
    <message>
        <source>Seen on the report server %1.</source>
        <translation>Vu sur le serveur de signalements %1.</translation>
    </message>
    <message>
        <source>Update %1 of the report server %2.</source>
        <translation>Mise à jour %1 du serveur de signalements %2.</translation>
    </message>
</context>
<context>
    <name>loket::OutboxDescriber</name>
    <message>
        <source>a citizen</source>
        <translation>un citoyen</translation>
    </message>
    <message>
        <source>a citizen no longer on this computer</source>
        <translation>un citoyen qui n’est plus sur cet ordinateur</translation>
    </message>
    <message>
        <source>a document no longer on this computer</source>
        <translation>un document qui n’est plus sur cet ordinateur</translation>
    </message>
    <message>
        <source>Correction of a contact moment for %1</source>
        <translation>Correction d’un contact pour %1</translation>
    </message>
    <message>
        <source>Contact moment for %1</source>
        <translation>Contact pour %1</translation>
    </message>
    <message>
        <source>Paper copy requested: %1</source>
        <translation>Copie papier demandée : %1</translation>
    </message>
    <message>
        <source>Resend requested: %1</source>
        <translation>Renvoi demandé : %1</translation>
    </message>
    <message>
        <source>Document explained: %1</source>
        <translation>Document expliqué : %1</translation>
    </message>
    <message>
        <source>Help with activating the eBox for %1</source>
        <translation>Aide à l’activation de l’eBox pour %1</translation>
    </message>
    <message>
        <source>Guide step for %1</source>
        <translation>Étape du guide pour %1</translation>
    </message>
    <message>
        <source>Guide step &quot;%1&quot; for %2</source>
        <translation>Étape du guide « %1 » pour %2</translation>
    </message>
    <message>
        <source>National number shown: %1</source>
        <translation>Numéro de registre national affiché : %1</translation>
    </message>
    <message>
        <source>Dossier consulted: %1</source>
        <translation>Dossier consulté : %1</translation>
    </message>
    <message>
        <source>Home visit planned for %1</source>
        <translation>Visite à domicile planifiée pour %1</translation>
    </message>
    <message>
        <source>Change to a record of type &quot;%1&quot;</source>
        <translation>Modification d’un enregistrement de type « %1 »</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>The regional hub could not be reached or did not answer in time.</source>
        <translation>Le service régional était injoignable ou n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The sign-in had ended; sign in again and it is sent.</source>
        <translation>La connexion avait expiré ; reconnectez-vous et la modification sera envoyée.</translation>
    </message>
    <message>
        <source>Your account may not make this change.</source>
        <translation>Votre compte n’est pas autorisé à faire cette modification.</translation>
    </message>
    <message>
        <source>The record does not exist (any more) on the regional hub.</source>
        <translation>L’enregistrement n’existe pas (plus) au service régional.</translation>
    </message>
    <message>
        <source>The record was changed on the regional hub meanwhile.</source>
        <translation>L’enregistrement a été modifié entre-temps au service régional.</translation>
    </message>
    <message>
        <source>The regional hub was busy and asked to wait.</source>
        <translation>Le service régional était occupé et a demandé d’attendre.</translation>
    </message>
    <message>
        <source>The regional hub had a problem (server error).</source>
        <translation>Le service régional a rencontré un problème (erreur du serveur).</translation>
    </message>
    <message>
        <source>The regional hub refused the change as it stands.</source>
        <translation>Le service régional a refusé la modification en l’état.</translation>
    </message>
    <message>
        <source>Follow-up task for %1: %2</source>
        <translation>Tâche de suivi pour %1 : %2</translation>
    </message>
    <message>
        <source>Task handed over to the helpdesk queue</source>
        <translation>Tâche transférée à la file d’attente du helpdesk</translation>
    </message>
    <message>
        <source>Task handed over to a municipality&apos;s queue</source>
        <translation>Tâche transférée à la file d’attente d’une commune</translation>
    </message>
    <message>
        <source>Task closed: %1</source>
        <translation>Tâche clôturée : %1</translation>
    </message>
    <message>
        <source>Task reopened</source>
        <translation>Tâche rouverte</translation>
    </message>
    <message>
        <source>Task claimed</source>
        <translation>Tâche prise en charge</translation>
    </message>
</context>
<context>
    <name>loket::Parser</name>
    <message>
        <source>this line is not UTF-8 text; save the file as UTF-8.</source>
        <translation>cette ligne n’est pas du texte UTF-8&#xa0;; enregistrez le fichier en UTF-8.</translation>
    </message>
    <message>
        <source>unknown placeholder {%1}; the known ones are %2.</source>
        <translation>paramètre inconnu {%1}&#xa0;; les paramètres connus sont %2.</translation>
    </message>
    <message>
        <source>a ** to make text bold is opened but not closed.</source>
        <translation>un ** pour mettre du texte en gras est ouvert mais pas fermé.</translation>
    </message>
    <message>
        <source>the file must start with its header: a line ---, then the lines id, version, title, audience and url, then a line ---.</source>
        <translation>le fichier doit commencer par son en-tête&#xa0;: une ligne ---, puis les lignes id, version, title, audience et url, puis une ligne ---.</translation>
    </message>
    <message>
        <source>a header line reads &quot;name: value&quot;, like &quot;title: Activate your eBox&quot;.</source>
        <translation>une ligne d’en-tête se lit «&#xa0;nom: valeur&#xa0;», comme «&#xa0;title: Activez votre eBox&#xa0;».</translation>
    </message>
    <message>
        <source>unknown header field &quot;%1&quot;; the fields are %2.</source>
        <translation>champ d’en-tête inconnu «&#xa0;%1&#xa0;»&#xa0;; les champs sont %2.</translation>
    </message>
    <message>
        <source>the header field &quot;%1&quot; appears twice (first on line %2).</source>
        <translation>le champ d’en-tête «&#xa0;%1&#xa0;» apparaît deux fois (d’abord à la ligne %2).</translation>
    </message>
    <message>
        <source>the header field &quot;%1&quot; is empty.</source>
        <translation>le champ d’en-tête «&#xa0;%1&#xa0;» est vide.</translation>
    </message>
    <message>
        <source>the header is not closed: add a line --- after its last field.</source>
        <translation>l’en-tête n’est pas fermé&#xa0;: ajoutez une ligne --- après son dernier champ.</translation>
    </message>
    <message>
        <source>the header has no &quot;%1&quot; field.</source>
        <translation>l’en-tête n’a pas de champ «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; may only hold lowercase letters, digits and single hyphens, like &quot;ebox-activate&quot;.</source>
        <translation>l’identifiant «&#xa0;%1&#xa0;» ne peut contenir que des lettres minuscules, des chiffres et des traits d’union simples, comme «&#xa0;ebox-activate&#xa0;».</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; differs from the guide&apos;s folder &quot;%2&quot;; they must be the same.</source>
        <translation>l’identifiant «&#xa0;%1&#xa0;» diffère du dossier du guide «&#xa0;%2&#xa0;»&#xa0;; ils doivent être identiques.</translation>
    </message>
    <message>
        <source>the version must be a whole number from 1 up, not &quot;%1&quot;.</source>
        <translation>la version doit être un nombre entier à partir de 1, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>the url must be a full web address starting with https://, or {eloket-url} or {report-url} for the addresses each town hall sets; not &quot;%1&quot;.</source>
        <translation>l’url doit être une adresse web complète commençant par https://, ou {eloket-url} ou {report-url} pour les adresses que chaque maison communale règle&#xa0;; pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>a # heading is not used: the title goes in the header, and steps start with &quot;## 1. &quot;.</source>
        <translation>un titre # n’est pas utilisé&#xa0;: le titre va dans l’en-tête, et les étapes commencent par «&#xa0;## 1. &#xa0;».</translation>
    </message>
    <message>
        <source>only step headings (&quot;## 1. Title {#step-id}&quot;) are allowed; write other text as a paragraph.</source>
        <translation>seuls les titres d’étape («&#xa0;## 1. Titre {#step-id}&#xa0;») sont permis&#xa0;; écrivez le reste comme un paragraphe.</translation>
    </message>
    <message>
        <source>a step heading reads &quot;## 1. Title {#step-id}&quot;: the number, a dot, the title and the step id.</source>
        <translation>un titre d’étape se lit «&#xa0;## 1. Titre {#step-id}&#xa0;»&#xa0;: le numéro, un point, le titre et l’identifiant de l’étape.</translation>
    </message>
    <message>
        <source>this is step %1, so it must be numbered %1, not %2.</source>
        <translation>c’est l’étape %1, elle doit donc porter le numéro %1, pas %2.</translation>
    </message>
    <message>
        <source>step %1 has no step id: end the heading with one, like {#open-website}. Step ids never change once a guide is in use.</source>
        <translation>l’étape %1 n’a pas d’identifiant&#xa0;: terminez le titre par un identifiant, comme {#open-website}. Les identifiants d’étape ne changent plus une fois un guide en usage.</translation>
    </message>
    <message>
        <source>the step id &quot;%1&quot; may only hold lowercase letters, digits and single hyphens.</source>
        <translation>l’identifiant d’étape «&#xa0;%1&#xa0;» ne peut contenir que des lettres minuscules, des chiffres et des traits d’union simples.</translation>
    </message>
    <message>
        <source>the step id &quot;%1&quot; is also used on line %2; every step needs its own.</source>
        <translation>l’identifiant d’étape «&#xa0;%1&#xa0;» est aussi utilisé à la ligne %2&#xa0;; chaque étape a besoin du sien.</translation>
    </message>
    <message>
        <source>step %1 has no title.</source>
        <translation>l’étape %1 n’a pas de titre.</translation>
    </message>
    <message>
        <source>step %1 has no text under its heading.</source>
        <translation>l’étape %1 n’a pas de texte sous son titre.</translation>
    </message>
    <message>
        <source>an image is written on a line of its own as ![what the picture shows](file.png).</source>
        <translation>une image s’écrit sur une ligne à part comme ![ce que montre l’image](fichier.png).</translation>
    </message>
    <message>
        <source>the image has no description between [ and ]; write what it shows, for people who cannot see it.</source>
        <translation>l’image n’a pas de description entre [ et ]&#xa0;; écrivez ce qu’elle montre, pour les personnes qui ne peuvent pas la voir.</translation>
    </message>
    <message>
        <source>the image has no file name between ( and ).</source>
        <translation>l’image n’a pas de nom de fichier entre ( et ).</translation>
    </message>
    <message>
        <source>the image &quot;%1&quot; must be a PNG or JPEG file (README.md says how to make one from an SVG).</source>
        <translation>l’image «&#xa0;%1&#xa0;» doit être un fichier PNG ou JPEG (README.md explique comment en faire un à partir d’un SVG).</translation>
    </message>
    <message>
        <source>the guide has no steps; each step starts with a heading like &quot;## 1. Open the website {#open-website}&quot;.</source>
        <translation>le guide n’a pas d’étapes&#xa0;; chaque étape commence par un titre comme «&#xa0;## 1. Ouvrez le site web {#open-website}&#xa0;».</translation>
    </message>
</context>
<context>
    <name>loket::RecordAccessCommand</name>
    <message>
        <source>The consultation of the dossier could not be written to the access log. It is kept in memory; Loket tries to write it again.</source>
        <translation>La consultation du dossier n’a pas pu être écrite dans le journal des accès. Elle est gardée en mémoire ; Loket réessaie de l’écrire.</translation>
    </message>
</context>
<context>
    <name>loket::RecordDocumentActionCommand</name>
    <message>
        <source>The action on the document could not be saved. It is kept in memory; Loket tries to save it again.</source>
        <translation>L’action sur le document n’a pas pu être enregistrée. Elle est gardée en mémoire ; Loket réessaie de l’enregistrer.</translation>
    </message>
</context>
<context>
    <name>loket::RecordGuideProgressCommand</name>
    <message>
        <source>The progress in the guide could not be saved. It is kept in memory; Loket tries to save it again.</source>
        <translation>La progression dans le guide n&apos;a pas pu être enregistrée. Elle est gardée en mémoire ; Loket essaie de l&apos;enregistrer à nouveau.</translation>
    </message>
</context>
<context>
    <name>loket::ResolveConflictCommand</name>
    <message>
        <source>The choice could not be saved. Try again.</source>
        <translation>Le choix n’a pas pu être enregistré. Réessayez.</translation>
    </message>
</context>
<context>
    <name>loket::RetryOutboxEntryCommand</name>
    <message>
        <source>This change is no longer waiting: it was sent or discarded meanwhile.</source>
        <translation>Cette modification n’est plus en attente : elle a été envoyée ou supprimée entre-temps.</translation>
    </message>
    <message>
        <source>This change is in conflict with the regional hub&apos;s version: choose which version to keep instead.</source>
        <translation>Cette modification est en conflit avec la version du service régional : choisissez plutôt quelle version conserver.</translation>
    </message>
    <message>
        <source>The change could not be queued again. Loket tries again by itself.</source>
        <translation>La modification n’a pas pu être remise en file d’attente. Loket réessaie de lui-même.</translation>
    </message>
</context>
<context>
    <name>loket::SetOpen311TargetCommand</name>
    <message>
        <source>The report server could not be saved. Loket tries again.</source>
        <translation>Le serveur de signalements n’a pas pu être enregistré. Loket réessaie.</translation>
    </message>
</context>
<context>
    <name>loket::Store</name>
    <message>
        <source>The search index of the cache could not be rebuilt after an interrupted download: %1</source>
        <translation>L’index de recherche du cache n’a pas pu être reconstruit après un téléchargement interrompu : %1</translation>
    </message>
    <message>
        <source>Expired dossiers could not be removed from this computer. Loket tries again within the hour.</source>
        <translation>Les dossiers expirés n’ont pas pu être supprimés de cet ordinateur. Loket réessaie dans l’heure.</translation>
    </message>
    <message>
        <source>This computer&apos;s copy was wiped at the request of the regional service.</source>
        <translation>La copie sur cet ordinateur a été effacée à la demande du service régional.</translation>
    </message>
    <message>
        <source>No cache is open on this computer.</source>
        <translation>Aucun cache n’est ouvert sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>loket::SyncEngine</name>
    <message>
        <source>The regional hub did not answer in time. Loket keeps working offline and tries again by itself.</source>
        <translation>Le hub régional n’a pas répondu à temps. Loket continue hors ligne et réessaie de lui-même.</translation>
    </message>
    <message>
        <source>The regional hub cannot be reached. Loket keeps working offline and tries again by itself.</source>
        <translation>Le hub régional est injoignable. Loket continue hors ligne et réessaie de lui-même.</translation>
    </message>
    <message>
        <source>Your sign-in at the regional hub has ended. Sign in again to continue synchronising.</source>
        <translation>Votre connexion au hub régional a expiré. Reconnectez-vous pour continuer la synchronisation.</translation>
    </message>
    <message>
        <source>The regional hub is busy and asked to wait. Loket tries again by itself.</source>
        <translation>Le hub régional est occupé et a demandé d’attendre. Loket réessaie de lui-même.</translation>
    </message>
    <message>
        <source>The regional hub has a problem (server error). Loket tries again by itself.</source>
        <translation>Le hub régional a un problème (erreur du serveur). Loket réessaie de lui-même.</translation>
    </message>
    <message>
        <source>The regional hub refused the request: %1</source>
        <translation>Le hub régional a refusé la demande : %1</translation>
    </message>
    <message>
        <source>The account or the password is not right.</source>
        <translation>Le compte ou le mot de passe n’est pas correct.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins. Wait a few minutes and try again.</source>
        <translation>Trop de connexions échouées. Attendez quelques minutes et réessayez.</translation>
    </message>
    <message>
        <source>The regional hub gave an answer Loket does not understand.</source>
        <translation>Le hub régional a donné une réponse que Loket ne comprend pas.</translation>
    </message>
    <message>
        <source>The cache could not be prepared for the new account. Nothing was changed.</source>
        <translation>Le cache n’a pas pu être préparé pour le nouveau compte. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The cache cannot be written.</source>
        <translation>Le cache ne peut pas être écrit.</translation>
    </message>
    <message>
        <source>The search index could not be rebuilt.</source>
        <translation>L’index de recherche n’a pas pu être reconstruit.</translation>
    </message>
    <message>
        <source>The hub&apos;s confirmation could not be saved in the cache; the change will be sent again and the hub recognises it.</source>
        <translation>La confirmation du hub n’a pas pu être enregistrée dans le cache ; la modification sera renvoyée et le hub la reconnaîtra.</translation>
    </message>
    <message>
        <source>A conflict could not be saved in the cache.</source>
        <translation>Un conflit n’a pas pu être enregistré dans le cache.</translation>
    </message>
    <message>
        <source>A %1 was changed on the hub while you changed it here. Choose which version to keep.</source>
        <translation>Cette donnée (%1) a été modifiée sur le hub pendant que vous la modifiiez ici. Choisissez la version à garder.</translation>
    </message>
    <message>
        <source>The regional hub refused a %1: %2. The change is kept; correct it or ask the helpdesk.</source>
        <translation>Le hub régional a refusé une modification (%1) : %2. La modification est gardée ; corrigez-la ou contactez le helpdesk.</translation>
    </message>
    <message>
        <source>The regional hub sent data Loket cannot accept; nothing of it was stored. Loket tries again later; if this persists, tell the helpdesk.</source>
        <translation>Le hub régional a envoyé des données que Loket ne peut pas accepter ; rien n’a été enregistré. Loket réessaiera plus tard ; si cela persiste, prévenez le helpdesk.</translation>
    </message>
    <message>
        <source>The cache could not store the data from the hub (is the disk full?). Nothing was lost; Loket tries again later.</source>
        <translation>Le cache n’a pas pu enregistrer les données du hub (le disque est-il plein ?). Rien n’a été perdu ; Loket réessaiera plus tard.</translation>
    </message>
    <message>
        <source>contact moment</source>
        <translation>moment de contact</translation>
    </message>
    <message>
        <source>citizen</source>
        <translation>citoyen</translation>
    </message>
    <message numerus="yes">
        <source>The regional hub would remove %n citizens from this computer without giving a reason. Nothing was removed; ask the helpdesk before confirming.</source>
        <translation>
            <numerusform>Le hub régional supprimerait %n citoyen de cet ordinateur sans donner de raison. Rien n’a été supprimé&#xa0;; demandez au helpdesk avant de confirmer.</numerusform>
            <numerusform>Le hub régional supprimerait %n citoyens de cet ordinateur sans donner de raison. Rien n’a été supprimé&#xa0;; demandez au helpdesk avant de confirmer.</numerusform>
        </translation>
    </message>
    <message>
        <source>step of a guide</source>
        <translation>étape d&apos;un guide</translation>
    </message>
    <message>
        <source>document action</source>
        <translation>action sur un document</translation>
    </message>
    <message>
        <source>access-log entry</source>
        <translation>entrée du journal des accès</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>visite à domicile</translation>
    </message>
    <message>
        <source>report</source>
        <translation>signalement</translation>
    </message>
    <message>
        <source>photo of a report</source>
        <translation>photo d’un signalement</translation>
    </message>
    <message>
        <source>Work offline is on, so Loket does not contact the regional hub. Switch off Work offline to sign in.</source>
        <translation>Travailler hors ligne est activé, Loket ne contacte donc pas le service régional. Désactivez Travailler hors ligne pour vous connecter.</translation>
    </message>
    <message>
        <source>%1 claimed this task at %2; it is no longer yours to do.</source>
        <translation>%1 a pris cette tâche en charge à %2 ; elle ne vous revient plus.</translation>
    </message>
    <message>
        <source>%1 claimed this task; it is no longer yours to do.</source>
        <translation>%1 a pris cette tâche en charge ; elle ne vous revient plus.</translation>
    </message>
</context>
<context>
    <name>loket::TaskStepCommand</name>
    <message>
        <source>This task is no longer on this computer: it was handed over to a queue you do not see, or removed.</source>
        <translation>Cette tâche n’est plus sur cet ordinateur : elle a été transférée à une file d’attente que vous ne voyez pas, ou supprimée.</translation>
    </message>
    <message>
        <source>The task could not be claimed on this computer. Try again.</source>
        <translation>La tâche n’a pas pu être prise en charge sur cet ordinateur. Réessayez.</translation>
    </message>
    <message>
        <source>The handover could not be saved on this computer. Try again.</source>
        <translation>Le transfert n’a pas pu être enregistré sur cet ordinateur. Réessayez.</translation>
    </message>
    <message>
        <source>The task could not be closed on this computer. Try again.</source>
        <translation>La tâche n’a pas pu être clôturée sur cet ordinateur. Réessayez.</translation>
    </message>
    <message>
        <source>The task could not be reopened on this computer. Try again.</source>
        <translation>La tâche n’a pas pu être rouverte sur cet ordinateur. Réessayez.</translation>
    </message>
</context>
<context>
    <name>loket::TownHall</name>
    <message>
        <source>townhall/name is missing: the town hall&apos;s name, like &quot;Gemeente Herent&quot;.</source>
        <translation>townhall/name manque&#xa0;: le nom de la maison communale, comme «&#xa0;Gemeente Herent&#xa0;».</translation>
    </message>
    <message>
        <source>townhall/address is missing: street and number, postcode and place, separated by a comma.</source>
        <translation>townhall/address manque&#xa0;: rue et numéro, code postal et localité, séparés par une virgule.</translation>
    </message>
    <message>
        <source>townhall/phone is missing.</source>
        <translation>townhall/phone manque.</translation>
    </message>
    <message>
        <source>townhall/%1 must be a full web address starting with https://, not &quot;%2&quot;.</source>
        <translation>townhall/%1 doit être une adresse web complète commençant par https://, pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>townhall/%1: &quot;%2&quot; is not an opening time like &quot;08:30-12:00&quot; (several separated by spaces).</source>
        <translation>townhall/%1&#xa0;: «&#xa0;%2&#xa0;» n’est pas une heure d’ouverture comme «&#xa0;08:30-12:00&#xa0;» (plusieurs séparées par des espaces).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Impossible de lire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 is not a settings file like townhall.example.ini.</source>
        <translation>%1 n’est pas un fichier de paramètres comme townhall.example.ini.</translation>
    </message>
</context>
<context>
    <name>loket::UpdateReportStatusCommand</name>
    <message>
        <source>The status update could not be saved. It is kept in memory; Loket tries to save it again.</source>
        <translation>La mise à jour du statut n’a pas pu être enregistrée. Elle est gardée en mémoire ; Loket réessaie de l’enregistrer.</translation>
    </message>
    <message>
        <source>This report is handled on the report server %1; its status follows from there.</source>
        <translation>Ce signalement est traité sur le serveur de signalements %1 ; son statut provient de ce serveur.</translation>
    </message>
</context>
<context>
    <name>loket::VisitPreparer</name>
    <message>
        <source>This computer&apos;s copy was wiped at the request of the regional service.</source>
        <translation>La copie sur cet ordinateur a été effacée à la demande du service régional.</translation>
    </message>
    <message>
        <source>Sign in first: the dossiers come from the regional hub.</source>
        <translation>Connectez-vous d’abord : les dossiers proviennent du service régional.</translation>
    </message>
    <message>
        <source>Work offline is on. Switch it off to prepare the visits.</source>
        <translation>Travailler hors ligne est activé. Désactivez-le pour préparer les visites à domicile.</translation>
    </message>
    <message>
        <source>The regional hub could not be reached, so nothing was fetched. The dossiers prepared earlier are still on this computer.</source>
        <translation>Le service régional était injoignable, rien n’a donc été récupéré. Les dossiers préparés auparavant sont toujours sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Work offline was switched on. The dossiers fetched until then are ready.</source>
        <translation>Travailler hors ligne a été activé. Les dossiers récupérés jusque-là sont prêts.</translation>
    </message>
    <message>
        <source>the regional hub did not answer in time</source>
        <translation>le service régional n’a pas répondu à temps</translation>
    </message>
    <message>
        <source>the regional hub cannot be reached</source>
        <translation>le service régional est injoignable</translation>
    </message>
    <message>
        <source>the sign-in is no longer valid; sign in again</source>
        <translation>la connexion n’est plus valide ; reconnectez-vous</translation>
    </message>
    <message>
        <source>this citizen is not on your visit list at the regional hub</source>
        <translation>ce citoyen ne figure pas sur votre liste de visites au service régional</translation>
    </message>
    <message>
        <source>the regional hub does not know this citizen</source>
        <translation>le service régional ne connaît pas ce citoyen</translation>
    </message>
    <message>
        <source>the regional hub answered with an error (HTTP %1)</source>
        <translation>le service régional a répondu par une erreur (HTTP %1)</translation>
    </message>
    <message>
        <source>the regional hub&apos;s answer could not be read</source>
        <translation>la réponse du service régional n’a pas pu être lue</translation>
    </message>
    <message>
        <source>the dossier could not be stored (%1)</source>
        <translation>le dossier n’a pas pu être enregistré (%1)</translation>
    </message>
    <message>
        <source>The cache cannot be written (is the disk full?).</source>
        <translation>Le cache ne peut pas être écrit (le disque est-il plein ?).</translation>
    </message>
    <message>
        <source>The sign-in is no longer valid. Sign in again and prepare once more.</source>
        <translation>La connexion n’est plus valide. Reconnectez-vous et relancez la préparation.</translation>
    </message>
    <message>
        <source>The dossier is not on this computer and the regional hub cannot be asked now (offline).</source>
        <translation>Le dossier n’est pas sur cet ordinateur et le service régional ne peut pas être consulté maintenant (hors ligne).</translation>
    </message>
    <message>
        <source>The dossier could not be opened: %1.</source>
        <translation>Le dossier n’a pas pu être ouvert : %1.</translation>
    </message>
    <message>
        <source>the regional hub does not let this account see this citizen</source>
        <translation>le service régional ne permet pas à ce compte de voir ce citoyen</translation>
    </message>
</context>
<context>
    <name>loket::demo</name>
    <message>
        <source>Cannot remove %1.</source>
        <translation>Impossible de supprimer %1.</translation>
    </message>
    <message>
        <source>Writing the demo cache failed: %1</source>
        <translation>L’écriture du cache de démonstration a échoué : %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="vanished">Annulé.</translation>
    </message>
    <message>
        <source>The demo cache cannot be switched to write-ahead logging: %1</source>
        <translation>Le cache de démonstration ne peut pas passer en journalisation anticipée (WAL) : %1</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2.</source>
        <translation>Impossible de renommer %1 en %2.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Annulé ; rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>loket::demo::ShardWriter</name>
    <message>
        <source>Writing the demo cache failed: %1</source>
        <translation>L’écriture du cache de démonstration a échoué&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>loket::ui</name>
    <message>
        <source>figures up to %1, computed %2</source>
        <translation>chiffres jusqu’au %1, calculés le %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>NIS code</source>
        <translation>Code INS</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Figures from</source>
        <translation>Chiffres du</translation>
    </message>
    <message>
        <source>Service indicators</source>
        <translation>Indicateurs de service</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Definitions: docs/kpi.md. A dash means there is nothing to compute the figure from.</source>
        <translation>Définitions : docs/kpi.md. Un tiret signifie qu’il n’y a rien pour calculer le chiffre.</translation>
    </message>
</context>
<context>
    <name>loket::ui::AddVisitDialog</name>
    <message>
        <source>Add visit</source>
        <translation>Ajouter une visite à domicile</translation>
    </message>
    <message>
        <source>National number of the citizen</source>
        <translation>Numéro de registre national du citoyen</translation>
    </message>
    <message>
        <source>e.g. 85.07.30-033.28</source>
        <translation>p. ex. 85.07.30-033.28</translation>
    </message>
    <message>
        <source>Day of the visit</source>
        <translation>Jour de la visite</translation>
    </message>
    <message>
        <source>Purpose of the visit</source>
        <translation>Objet de la visite</translation>
    </message>
    <message>
        <source>e.g. help with the eBox</source>
        <translation>p. ex. aide pour l’eBox</translation>
    </message>
    <message>
        <source>&amp;National number:</source>
        <translation>&amp;Numéro de registre national :</translation>
    </message>
    <message>
        <source>Citizen:</source>
        <translation>Citoyen :</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Jour :</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Objet :</translation>
    </message>
    <message>
        <source>Type the citizen&apos;s national number.</source>
        <translation>Tapez le numéro de registre national du citoyen.</translation>
    </message>
    <message>
        <source>No citizen with this national number is on this computer. Ask the regional service to plan the visit; it arrives with the next sync.</source>
        <translation>Aucun citoyen avec ce numéro de registre national ne se trouve sur cet ordinateur. Demandez au service régional de planifier la visite ; elle arrivera à la prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>loket::ui::CitizenResultsModel</name>
    <message>
        <source>born %1</source>
        <translation>né(e) en %1</translation>
    </message>
    <message>
        <source>national number ending in %1</source>
        <translation>numéro de registre national se terminant par %1</translation>
    </message>
    <message>
        <source>municipality %1</source>
        <translation>commune %1</translation>
    </message>
</context>
<context>
    <name>loket::ui::ConflictDialog</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Version on the regional service</source>
        <translation>Version au service régional</translation>
    </message>
    <message>
        <source>Last changed on the regional service</source>
        <translation>Dernière modification au service régional</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>Numéro d’enregistrement</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Citoyen</translation>
    </message>
    <message>
        <source>Time of the contact</source>
        <translation>Moment du contact</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>What was asked</source>
        <translation>Ce qui a été demandé</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Follow-up task</source>
        <translation>Tâche de suivi</translation>
    </message>
    <message>
        <source>Follow-up by</source>
        <translation>Suivi par</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Suivi pour le</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Choose which version to keep</source>
        <translation>Choisissez la version à conserver</translation>
    </message>
    <message>
        <source>%1

Someone changed this record on the regional service while you changed it here. Compare the versions: &quot;Before&quot; is what both changes started from. Nothing is overwritten until you choose.</source>
        <translation>%1

Quelqu’un a modifié cet enregistrement au service régional pendant que vous le modifiiez ici. Comparez les versions : « Avant » est le point de départ des deux modifications. Rien n’est écrasé tant que vous n’avez pas choisi.</translation>
    </message>
    <message>
        <source>The versions field by field</source>
        <translation>Les versions champ par champ</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Différence</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>On the regional service (theirs)</source>
        <translation>Au service régional (la leur)</translation>
    </message>
    <message>
        <source>On this computer (mine)</source>
        <translation>Sur cet ordinateur (la mienne)</translation>
    </message>
    <message>
        <source>Keep mine: your version is sent and becomes the current one; the service keeps theirs in the record&apos;s history.
Take theirs: your change is dropped and this computer shows the service&apos;s version.</source>
        <translation>Garder la mienne : votre version est envoyée et devient la version actuelle ; le service conserve la sienne dans l’historique de l’enregistrement.
Prendre la leur : votre modification est abandonnée et cet ordinateur affiche la version du service.</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Garder la mienne</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>&amp;Prendre la leur</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>Décider plus &amp;tard</translation>
    </message>
    <message>
        <source>Changed here</source>
        <translation>Modifié ici</translation>
    </message>
    <message>
        <source>Changed on the service</source>
        <translation>Modifié au service</translation>
    </message>
    <message>
        <source>Changed on both sides</source>
        <translation>Modifié des deux côtés</translation>
    </message>
    <message>
        <source>Same change on both sides</source>
        <translation>Même modification des deux côtés</translation>
    </message>
</context>
<context>
    <name>loket::ui::ContactForm</name>
    <message>
        <source>Open a dossier first: a contact moment belongs to a citizen.</source>
        <translation>Ouvrez d’abord un dossier : un contact appartient à un citoyen.</translation>
    </message>
    <message>
        <source>Choose what the contact was about.</source>
        <translation>Choisissez le sujet du contact.</translation>
    </message>
    <message>
        <source>Write a short summary of the contact.</source>
        <translation>Écrivez un bref résumé du contact.</translation>
    </message>
    <message>
        <source>The summary is too long: at most %1 characters, now %2.</source>
        <translation>Le résumé est trop long : %1 caractères au plus, actuellement %2.</translation>
    </message>
    <message>
        <source>Write the outcome: what was answered, done or agreed.</source>
        <translation>Indiquez le résultat : ce qui a été répondu, fait ou convenu.</translation>
    </message>
    <message>
        <source>Describe the follow-up task, or untick the follow-up.</source>
        <translation>Décrivez la tâche de suivi, ou décochez le suivi.</translation>
    </message>
    <message>
        <source>Name who takes up the follow-up task.</source>
        <translation>Indiquez qui se charge de la tâche de suivi.</translation>
    </message>
    <message>
        <source>The due date of the follow-up task cannot be in the past.</source>
        <translation>L’échéance de la tâche de suivi ne peut pas être dans le passé.</translation>
    </message>
    <message>
        <source>Log contact</source>
        <translation>Noter un contact</translation>
    </message>
    <message>
        <source>Log contact with %1</source>
        <translation>Noter un contact avec %1</translation>
    </message>
    <message>
        <source>Choose a topic…</source>
        <translation>Choisissez un sujet…</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Canal :</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Sujet :</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Résumé :</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>Résul&amp;tat :</translation>
    </message>
    <message>
        <source>&amp;Follow-up task needed</source>
        <translation>&amp;Tâche de suivi nécessaire</translation>
    </message>
    <message>
        <source>T&amp;ask:</source>
        <translation>T&amp;âche :</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Responsable :</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>É&amp;chéance :</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Follow-up task</source>
        <translation>Tâche de suivi</translation>
    </message>
    <message>
        <source>Owner of the follow-up task</source>
        <translation>Responsable de la tâche de suivi</translation>
    </message>
    <message>
        <source>Due date of the follow-up task</source>
        <translation>Échéance de la tâche de suivi</translation>
    </message>
    <message>
        <source>Why the contact cannot be saved yet</source>
        <translation>Pourquoi le contact ne peut pas encore être enregistré</translation>
    </message>
    <message>
        <source>Save contact</source>
        <translation>Enregistrer le contact</translation>
    </message>
    <message>
        <source>Saved in the cache at once and sent to the regional service when online (%1)</source>
        <translation>Enregistré tout de suite dans le cache et envoyé au service régional dès que la connexion est là (%1)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the panel; what was typed is kept for this citizen</source>
        <translation>Fermer le panneau ; ce qui a été saisi est conservé pour ce citoyen</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Genre :</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>&amp;File d’attente :</translation>
    </message>
    <message>
        <source>Regional helpdesk</source>
        <translation>Helpdesk régional</translation>
    </message>
    <message>
        <source>Counter of the municipality of the contact</source>
        <translation>Guichet de la commune du contact</translation>
    </message>
    <message>
        <source>Kind of follow-up task</source>
        <translation>Type de tâche de suivi</translation>
    </message>
    <message>
        <source>Queue of the follow-up task</source>
        <translation>File d’attente de la tâche de suivi</translation>
    </message>
</context>
<context>
    <name>loket::ui::ContactsModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>%1 (by %2)</source>
        <extracomment>A follow-up task and the date it is due</extracomment>
        <translation>%1 (pour le %2)</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
</context>
<context>
    <name>loket::ui::DashboardWindow</name>
    <message>
        <source>Service indicators</source>
        <translation>Indicateurs de service</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <source>First month of the period</source>
        <translation>Premier mois de la période</translation>
    </message>
    <message>
        <source>Last month of the period</source>
        <translation>Dernier mois de la période</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>Show the indicators of this period</source>
        <translation>Afficher les indicateurs de cette période</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Export all indicators as CSV</source>
        <translation>Exporter tous les indicateurs en CSV</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print all indicators</source>
        <translation>Imprimer tous les indicateurs</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <source>Save all indicators as PDF</source>
        <translation>Enregistrer tous les indicateurs en PDF</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>The chosen indicator per month and municipality</source>
        <translation>L’indicateur choisi par mois et par commune</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Time of the figures</source>
        <translation>Moment des chiffres</translation>
    </message>
    <message>
        <source>Computing the indicators on the hub…</source>
        <translation>Le service régional calcule les indicateurs…</translation>
    </message>
    <message>
        <source>Figures up to %1, computed by the hub at %2.</source>
        <translation>Chiffres jusqu’au %1, calculés par le service régional à %2.</translation>
    </message>
    <message>
        <source>A dash means there is nothing to compute a figure from, or the data does not exist yet (see the definitions).</source>
        <translation>Un tiret signifie qu’il n’y a rien pour calculer un chiffre, ou que les données n’existent pas encore (voir les définitions).</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>Graphique : %1</translation>
    </message>
    <message>
        <source>A line per municipality over the months; the table beside it holds the same figures.</source>
        <translation>Une ligne par commune au fil des mois ; le tableau à côté contient les mêmes chiffres.</translation>
    </message>
    <message>
        <source>The CSV file could not be written to %1: %2. Choose another folder or file name.</source>
        <translation>Le fichier CSV n’a pas pu être écrit dans %1 : %2. Choisissez un autre dossier ou nom de fichier.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1: the folder does not exist or the file is read-only. Choose another folder or file name.</source>
        <translation>Le PDF n’a pas pu être écrit dans %1 : le dossier n’existe pas ou le fichier est en lecture seule. Choisissez un autre dossier ou nom de fichier.</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1. Choose another folder or file name.</source>
        <translation>Le PDF n’a pas pu être écrit dans %1. Choisissez un autre dossier ou nom de fichier.</translation>
    </message>
    <message>
        <source>Export indicators as CSV</source>
        <translation>Exporter les indicateurs en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save indicators as PDF</source>
        <translation>Enregistrer les indicateurs en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print indicators</source>
        <translation>Imprimer les indicateurs</translation>
    </message>
</context>
<context>
    <name>loket::ui::DemoCacheBuilder</name>
    <message>
        <source>Demo region</source>
        <translation>Région de démonstration</translation>
    </message>
    <message numerus="yes">
        <source>Creating a demo region with %Ln generated citizens. This happens once; the next start opens it at once.</source>
        <translation>
            <numerusform>Création d’une région de démonstration avec %Ln citoyen généré. Cela ne se fait qu’une fois ; au prochain démarrage, elle s’ouvre tout de suite.</numerusform>
            <numerusform>Création d’une région de démonstration avec %Ln citoyens générés. Cela ne se fait qu’une fois ; au prochain démarrage, elle s’ouvre tout de suite.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Creating the demo region…</source>
        <translation>Création de la région de démonstration…</translation>
    </message>
    <message>
        <source>The demo region was not created because it was cancelled. Start Loket with --demo to try again.</source>
        <translation>La région de démonstration n’a pas été créée parce que la création a été annulée. Lancez Loket avec --demo pour réessayer.</translation>
    </message>
    <message>
        <source>The demo region could not be created: %1</source>
        <translation>La région de démonstration n’a pas pu être créée : %1</translation>
    </message>
</context>
<context>
    <name>loket::ui::DemoHub</name>
    <message>
        <source>it stopped unexpectedly (exit code %1). %2</source>
        <translation>il s’est arrêté de façon inattendue (code de sortie %1). %2</translation>
    </message>
    <message>
        <source>its folder %1 cannot be created.</source>
        <translation>son dossier %1 ne peut pas être créé.</translation>
    </message>
    <message numerus="yes">
        <source>Starting the demo regional service with %Ln generated citizen(s) (people who do not exist). The first start creates the region and takes a little longer.</source>
        <translation>
            <numerusform>Démarrage du service régional de démonstration avec %Ln citoyen généré (une personne qui n’existe pas). Le premier démarrage crée la région et prend un peu plus de temps.</numerusform>
            <numerusform>Démarrage du service régional de démonstration avec %Ln citoyens générés (des personnes qui n’existent pas). Le premier démarrage crée la région et prend un peu plus de temps.</numerusform>
        </translation>
    </message>
    <message>
        <source>it listed no counter account for a single municipality.</source>
        <translation type="vanished">il n’a donné aucun compte de guichet pour une seule commune.</translation>
    </message>
    <message>
        <source>The demo regional service (loket-hub) could not be used: %1

Install the loket-hub program next to loket, or start Loket with --db FILE to open a cache.</source>
        <translation>Le service régional de démonstration (loket-hub) n’a pas pu être utilisé : %1

Installez le programme loket-hub à côté de loket, ou lancez Loket avec --db FICHIER pour ouvrir un cache.</translation>
    </message>
    <message>
        <source>it listed no %1 account for a single municipality.</source>
        <translation>il n’indiquait aucun compte %1 pour une seule commune.</translation>
    </message>
</context>
<context>
    <name>loket::ui::DiscardedOutboxModel</name>
    <message>
        <source>(not signed in)</source>
        <translation>(non connecté)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Effectuée</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Supprimée</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>loket::ui::DocumentActionDialog</name>
    <message>
        <source>Request a paper copy</source>
        <translation>Demander une copie papier</translation>
    </message>
    <message>
        <source>Why does the citizen need a paper copy of “%1”?</source>
        <translation>Pourquoi le citoyen a-t-il besoin d’une copie papier de « %1 » ?</translation>
    </message>
    <message>
        <source>The citizen cannot open the eBox</source>
        <translation>Le citoyen ne parvient pas à ouvrir l’eBox</translation>
    </message>
    <message>
        <source>The citizen needs it on paper for another office</source>
        <translation>Le citoyen en a besoin sur papier pour un autre service</translation>
    </message>
    <message>
        <source>The citizen lost the letter</source>
        <translation>Le citoyen a perdu la lettre</translation>
    </message>
    <message>
        <source>&amp;Request paper copy</source>
        <translation>&amp;Demander la copie papier</translation>
    </message>
    <message>
        <source>Request a resend</source>
        <translation>Demander un renvoi</translation>
    </message>
    <message>
        <source>Why must “%1” be sent again?</source>
        <translation>Pourquoi « %1 » doit-il être renvoyé ?</translation>
    </message>
    <message>
        <source>The citizen never received it</source>
        <translation>Le citoyen ne l’a jamais reçu</translation>
    </message>
    <message>
        <source>It was sent to an old address</source>
        <translation>Il a été envoyé à une ancienne adresse</translation>
    </message>
    <message>
        <source>&amp;Request resend</source>
        <translation>&amp;Demander le renvoi</translation>
    </message>
    <message>
        <source>Explained to the citizen</source>
        <translation>Expliqué au citoyen</translation>
    </message>
    <message>
        <source>Helped to activate the eBox</source>
        <translation>Aidé à activer l’eBox</translation>
    </message>
    <message>
        <source>A note, if you like (optional):</source>
        <translation>Une note, si vous le souhaitez (facultatif) :</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 sur %2 caractères</translation>
    </message>
</context>
<context>
    <name>loket::ui::DocumentDetail</name>
    <message>
        <source>Select a document to see which way it went and why.</source>
        <translation>Choisissez un document pour voir quel chemin il a suivi et pourquoi.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; from %3</source>
        <extracomment>Document detail heading: kind, title, sending service</extracomment>
        <translation>%1 « %2 » de %3</translation>
    </message>
    <message>
        <source>an unknown service</source>
        <translation>un service inconnu</translation>
    </message>
    <message>
        <source>Request a &amp;paper copy…</source>
        <translation>Demander une copie &amp;papier…</translation>
    </message>
    <message>
        <source>Ask the sending service to post a paper copy</source>
        <translation>Demander au service expéditeur d’envoyer une copie papier</translation>
    </message>
    <message>
        <source>Request a re&amp;send…</source>
        <translation>Demander un &amp;renvoi…</translation>
    </message>
    <message>
        <source>Ask the sending service to send the document again</source>
        <translation>Demander au service expéditeur de renvoyer le document</translation>
    </message>
    <message>
        <source>Mark as e&amp;xplained</source>
        <translation>Marquer comme e&amp;xpliqué</translation>
    </message>
    <message>
        <source>Record that the document was explained to the citizen</source>
        <translation>Enregistrer que le document a été expliqué au citoyen</translation>
    </message>
    <message>
        <source>Helped to activate the e&amp;Box…</source>
        <translation>Aidé à activer l’e&amp;Box…</translation>
    </message>
    <message>
        <source>Record that the citizen was helped to activate the eBox</source>
        <translation>Enregistrer que le citoyen a été aidé à activer l’eBox</translation>
    </message>
    <message>
        <source>Document history</source>
        <translation>Historique du document</translation>
    </message>
</context>
<context>
    <name>loket::ui::DocumentHistoryModel</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>not yet sent to the regional service</source>
        <translation>pas encore envoyé au service régional</translation>
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
        <translation>Citoyen</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>In the eBox since</source>
        <translation>Dans l’eBox depuis</translation>
    </message>
    <message>
        <source>Returned on</source>
        <translation>Renvoyé le</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Assistance notes</source>
        <translation>Notes d’assistance</translation>
    </message>
    <message>
        <source>Reason given by the post</source>
        <translation>Motif donné par la poste</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;</source>
        <translation>%1 « %2 »</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Available until</source>
        <translation>Disponible jusqu’au</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé le</translation>
    </message>
</context>
<context>
    <name>loket::ui::DocumentWorkListWindow</name>
    <message>
        <source>Looking through the documents…</source>
        <translation>Recherche dans les documents…</translation>
    </message>
    <message>
        <source>Document work lists</source>
        <translation>Listes de travail des documents</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;Liste :</translation>
    </message>
    <message>
        <source>Unread in the eBox, citizens with assistance notes</source>
        <translation>Non lus dans l’eBox, citoyens avec notes d’assistance</translation>
    </message>
    <message>
        <source>Paper returned as undeliverable</source>
        <translation>Papier renvoyé comme non distribuable</translation>
    </message>
    <message>
        <source>Unread for more than (&amp;days):</source>
        <translation>Non lu depuis plus de (&amp;jours) :</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Commune :</translation>
    </message>
    <message>
        <source>All in this cache</source>
        <translation>Toutes dans ce cache</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Open dossier</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Documents on this work list</source>
        <translation>Documents de cette liste de travail</translation>
    </message>
    <message>
        <source>The work list could not be read: %1</source>
        <translation>La liste de travail n’a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>No documents on this list: nothing to follow up.</source>
        <translation type="vanished">Aucun document dans cette liste : rien à suivre.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) to follow up.</source>
        <translation>
            <numerusform>%n document à suivre.</numerusform>
            <numerusform>%n documents à suivre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent in the last (&amp;days):</source>
        <translation>Envoyés dans les derniers (&amp;jours) :</translation>
    </message>
    <message>
        <source>Every document sent lately</source>
        <translation>Tous les documents envoyés récemment</translation>
    </message>
    <message>
        <source>No documents on this list.</source>
        <translation>Aucun document dans cette liste.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s), newest first; at most %1 are shown.</source>
        <translation>
            <numerusform>%n document, le plus récent d’abord ; %1 au maximum sont affichés.</numerusform>
            <numerusform>%n documents, le plus récent d’abord ; %1 au maximum sont affichés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loket::ui::DocumentsModel</name>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Available until</source>
        <translation>Disponible jusqu’au</translation>
    </message>
</context>
<context>
    <name>loket::ui::DossierView</name>
    <message>
        <source>National number:</source>
        <translation>Numéro de registre national&#xa0;:</translation>
    </message>
    <message>
        <source>Show or hide the national number</source>
        <translation>Afficher ou masquer le numéro de registre national</translation>
    </message>
    <message>
        <source>Dossier sections</source>
        <translation>Parties du dossier</translation>
    </message>
    <message>
        <source>Overview: everything that happened, newest first</source>
        <translation>Vue d’ensemble : tout ce qui s’est passé, le plus récent d’abord</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Nothing has happened in this dossier yet.</source>
        <translation>Il ne s’est encore rien passé dans ce dossier.</translation>
    </message>
    <message>
        <source>This citizen has not filed or joined any report.</source>
        <translation>Ce citoyen n’a fait ni rejoint aucun signalement.</translation>
    </message>
    <message>
        <source>No documents were sent to this citizen.</source>
        <translation>Aucun document n’a été envoyé à ce citoyen.</translation>
    </message>
    <message>
        <source>No earlier contacts with this citizen.</source>
        <translation>Aucun contact antérieur avec ce citoyen.</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>National number %1</source>
        <translation>Numéro de registre national %1</translation>
    </message>
    <message>
        <source>National number hidden, ending in %1</source>
        <translation>Numéro de registre national masqué, se termine par %1</translation>
    </message>
    <message>
        <source>Hide national number</source>
        <translation>Masquer le numéro de registre national</translation>
    </message>
    <message>
        <source>Show national number</source>
        <translation>Afficher le numéro de registre national</translation>
    </message>
    <message>
        <source>%1 (%2). Showing it is noted in the access log.</source>
        <translation>%1 (%2). L’affichage est noté dans le journal des accès.</translation>
    </message>
    <message numerus="yes">
        <source>%n years old</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>né(e) le %1</translation>
    </message>
    <message>
        <source>born in %1</source>
        <translation>né(e) en %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adresse&#xa0;: %1</translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation>Téléphone %1</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Langue&#xa0;: %1</translation>
    </message>
    <message>
        <source>eBox: yes</source>
        <translation>eBox&#xa0;: oui</translation>
    </message>
    <message>
        <source>eBox: yes, since %1</source>
        <translation>eBox&#xa0;: oui, depuis le %1</translation>
    </message>
    <message>
        <source>eBox: no</source>
        <translation>eBox&#xa0;: non</translation>
    </message>
    <message>
        <source>Letters go to the eBox</source>
        <translation>Courrier envoyé dans l’eBox</translation>
    </message>
    <message>
        <source>Letters go on paper</source>
        <translation>Courrier envoyé sur papier</translation>
    </message>
    <message>
        <source>Assistance note</source>
        <translation>Note d’assistance</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Vue d’ensemble</translation>
    </message>
    <message>
        <source>&amp;Reports (%1)</source>
        <translation>&amp;Signalements (%1)</translation>
    </message>
    <message>
        <source>&amp;Documents (%1)</source>
        <translation>&amp;Documents (%1)</translation>
    </message>
    <message>
        <source>&amp;Contacts (%1)</source>
        <translation>&amp;Contacts (%1)</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Attention&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (street hidden: privacy mode)</source>
        <translation>%1 (rue masquée : mode confidentialité)</translation>
    </message>
    <message>
        <source>Phone and e-mail hidden (privacy mode)</source>
        <translation>Téléphone et e-mail masqués (mode confidentialité)</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Toutes les communes</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Tous les canaux</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Commune :</translation>
    </message>
    <message>
        <source>Cha&amp;nnel:</source>
        <translation>Ca&amp;nal :</translation>
    </message>
    <message>
        <source>Show the contacts in one municipality</source>
        <translation>Afficher les contacts d’une seule commune</translation>
    </message>
    <message>
        <source>Show the contacts through one channel</source>
        <translation>Afficher les contacts par un seul canal</translation>
    </message>
    <message>
        <source>No contact matches the filter. Choose “All municipalities” and “All channels” to see every contact.</source>
        <translation>Aucun contact ne correspond au filtre. Choisissez « Toutes les communes » et « Tous les canaux » pour voir tous les contacts.</translation>
    </message>
</context>
<context>
    <name>loket::ui::GuideAutonomyModel</name>
    <message>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>Done by the citizen</source>
        <translation>Fait par le citoyen</translation>
    </message>
</context>
<context>
    <name>loket::ui::GuidePanel</name>
    <message>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <source>Did it alone</source>
        <translation>Fait seul</translation>
    </message>
    <message>
        <source>Did it with help</source>
        <translation>Fait avec aide</translation>
    </message>
    <message>
        <source>Completed with help</source>
        <translation>Terminé avec aide</translation>
    </message>
    <message>
        <source>Completed alone</source>
        <translation>Terminé seul</translation>
    </message>
    <message>
        <source>completed alone: %1</source>
        <translation>terminé seul : %1</translation>
    </message>
    <message>
        <source>completed with help: %1</source>
        <translation>terminé avec aide : %1</translation>
    </message>
    <message numerus="yes">
        <source>not yet: %n guide(s)</source>
        <translation>
            <numerusform>pas encore : %n guide</numerusform>
            <numerusform>pas encore : %n guides</numerusform>
        </translation>
    </message>
    <message>
        <source>Digital autonomy — %1</source>
        <translation>Autonomie numérique — %1</translation>
    </message>
    <message>
        <source>Guided mode</source>
        <translation>Mode guidé</translation>
    </message>
    <message>
        <source>With %1 (reads %2)</source>
        <translation>Avec %1 (lit %2)</translation>
    </message>
    <message>
        <source>&amp;Guide:</source>
        <translation>&amp;Guide :</translation>
    </message>
    <message>
        <source>&amp;Steps:</source>
        <translation>É&amp;tapes :</translation>
    </message>
    <message>
        <source>Did it &amp;alone</source>
        <translation>Fait &amp;seul</translation>
    </message>
    <message>
        <source>The citizen did this step without help</source>
        <translation>Le citoyen a fait cette étape sans aide</translation>
    </message>
    <message>
        <source>With &amp;help</source>
        <translation>Avec &amp;aide</translation>
    </message>
    <message>
        <source>The citizen did this step with your help</source>
        <translation>Le citoyen a fait cette étape avec votre aide</translation>
    </message>
    <message>
        <source>N&amp;ot yet</source>
        <translation>&amp;Pas encore</translation>
    </message>
    <message>
        <source>Set this step back to not done</source>
        <translation>Remettre cette étape à « pas faite »</translation>
    </message>
    <message>
        <source>Save &amp;handout (%1)…</source>
        <translation>Enregistrer la &amp;fiche (%1)…</translation>
    </message>
    <message>
        <source>Save the guide as a PDF to print, in the citizen&apos;s language</source>
        <translation>Enregistrer le guide en PDF pour l&apos;imprimer, dans la langue du citoyen</translation>
    </message>
    <message>
        <source>Close guide</source>
        <translation>Fermer le guide</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Étape %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>Assist &amp;remotely</source>
        <translation>Aider à &amp;distance</translation>
    </message>
    <message>
        <source>Show each step side by side in the citizen&apos;s language and yours, for a citizen on the phone (%1)</source>
        <translation>Afficher chaque étape côte à côte dans la langue du citoyen et dans la vôtre, pour un citoyen au téléphone (%1)</translation>
    </message>
    <message>
        <source>Assist remotely</source>
        <translation>Aider à distance</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>Go back one step on both sides</source>
        <translation>Revenir d’une étape des deux côtés</translation>
    </message>
    <message>
        <source>Ne&amp;xt step</source>
        <translation>Étape &amp;suivante</translation>
    </message>
    <message>
        <source>The citizen did this step with your help: go to the next step on both sides</source>
        <translation>Le citoyen a effectué cette étape avec votre aide : passer à l’étape suivante des deux côtés</translation>
    </message>
    <message>
        <source>This guide has no text in %1. The citizen sees it in %2, as you do: one column shows it.</source>
        <translation>Ce guide n’a pas de texte en %1. Le citoyen le voit en %2, comme vous : une seule colonne l’affiche.</translation>
    </message>
    <message>
        <source>This guide has no text in %1. The citizen&apos;s column shows it in %2.</source>
        <translation>Ce guide n’a pas de texte en %1. La colonne du citoyen l’affiche en %2.</translation>
    </message>
    <message>
        <source>%1 reads %2, like you: one column shows the words you both see.</source>
        <translation>%1 lit %2, comme vous : une seule colonne affiche les mots que vous voyez tous les deux.</translation>
    </message>
    <message>
        <source>The citizen</source>
        <translation>Le citoyen</translation>
    </message>
    <message>
        <source>What the citizen sees (%1)</source>
        <translation>Ce que voit le citoyen (%1)</translation>
    </message>
    <message>
        <source>What you both see (%1)</source>
        <translation>Ce que vous voyez tous les deux (%1)</translation>
    </message>
    <message>
        <source>In your language (%1)</source>
        <translation>Dans votre langue (%1)</translation>
    </message>
    <message>
        <source>Guided remotely through %1: step %2</source>
        <translation>Accompagné à distance pour %1 : étape %2</translation>
    </message>
    <message>
        <source>Guided remotely through %1: steps %2–%3</source>
        <extracomment>Steps a–b of a guide, with an en dash</extracomment>
        <translation>Accompagné à distance pour %1 : étapes %2–%3</translation>
    </message>
    <message numerus="yes">
        <source>All %n step(s) done</source>
        <translation>
            <numerusform>%n étape terminée</numerusform>
            <numerusform>Les %n étapes terminées</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped at step %1 of %2</source>
        <translation>Arrêté à l’étape %1 sur %2</translation>
    </message>
</context>
<context>
    <name>loket::ui::IndicatorTableModel</name>
    <message>
        <source>%1, %2, %3: %4</source>
        <translation>%1, %2, %3 : %4</translation>
    </message>
    <message>
        <source>no figure</source>
        <translation>pas de chiffre</translation>
    </message>
</context>
<context>
    <name>loket::ui::LockScreen</name>
    <message>
        <source>That is not the password of this session. Try again.</source>
        <translation>Ce n’est pas le mot de passe de cette session. Réessayez.</translation>
    </message>
    <message>
        <source>Loket is locked</source>
        <translation>Loket est verrouillé</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>Connecté : %1</translation>
    </message>
    <message>
        <source>Type your password to go on where you were.</source>
        <translation>Tapez votre mot de passe pour reprendre là où vous étiez.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
</context>
<context>
    <name>loket::ui::LoginDialog</name>
    <message>
        <source>Sign in to the regional service</source>
        <translation>Se connecter au service régional</translation>
    </message>
    <message>
        <source>Loket keeps the dossiers of your municipality up to date from the regional service. Sign in with your staff account.</source>
        <translation>Loket tient les dossiers de votre commune à jour à partir du service régional. Connectez-vous avec votre compte du personnel.</translation>
    </message>
    <message>
        <source>Service &amp;address:</source>
        <translation>&amp;Adresse du service :</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Compte :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>e.g. https://loket.region.example</source>
        <translation>p. ex. https://loket.region.exemple</translation>
    </message>
    <message>
        <source>Address of the regional service</source>
        <translation>Adresse du service régional</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>Message de connexion</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>Se co&amp;nnecter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The address must start with https:// (or http:// on this computer), followed by the name of the regional service.</source>
        <translation>L’adresse doit commencer par https:// (ou http:// sur cet ordinateur), suivi du nom du service régional.</translation>
    </message>
    <message>
        <source>Type your account name.</source>
        <translation>Tapez le nom de votre compte.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Tapez votre mot de passe.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion en cours…</translation>
    </message>
</context>
<context>
    <name>loket::ui::MainWindow</name>
    <message>
        <source>Not signed in, so the cache was not filled. Choose File → Sign in to the regional service to try again.</source>
        <translation>Pas connecté, donc le cache n’a pas été rempli. Choisissez Fichier → Se connecter au service régional pour réessayer.</translation>
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
        <translation>Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Search citizen, national number, address or report number…</source>
        <translation>Rechercher un citoyen, numéro de registre national, adresse ou numéro de signalement…</translation>
    </message>
    <message>
        <source>Search citizen</source>
        <translation>Rechercher un citoyen</translation>
    </message>
    <message>
        <source>Type a name, a national number, an address, a birth year or a report number. Up and Down choose a result, Enter opens the dossier.</source>
        <translation>Tapez un nom, un numéro de registre national, une adresse, une année de naissance ou un numéro de signalement. Les flèches haut et bas choisissent un résultat, Entrée ouvre le dossier.</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Afficha&amp;ge</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;Open cache…</source>
        <translation>&amp;Ouvrir un cache…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Back to search</source>
        <translation>Retour à la re&amp;cherche</translation>
    </message>
    <message>
        <source>&amp;Open selected dossier</source>
        <translation>&amp;Ouvrir le dossier choisi</translation>
    </message>
    <message>
        <source>Dossier &amp;reports</source>
        <translation>Dossier&#xa0;: &amp;signalements</translation>
    </message>
    <message>
        <source>Dossier &amp;documents</source>
        <translation>Dossier&#xa0;: &amp;documents</translation>
    </message>
    <message>
        <source>Dossier &amp;contacts</source>
        <translation>Dossier&#xa0;: co&amp;ntacts</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Texte plus &amp;grand</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Texte plus &amp;petit</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>Taille de texte &amp;normale</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>Contraste é&amp;levé</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <extracomment>Follow the operating system&apos;s language</extracomment>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Loket</source>
        <translation>À &amp;propos de Loket</translation>
    </message>
    <message>
        <source>Open cache</source>
        <translation>Ouvrir un cache</translation>
    </message>
    <message>
        <source>Loket caches (*.loket *.sqlite *.db);;All files (*)</source>
        <translation>Caches Loket (*.loket *.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>This citizen is no longer in the cache (moved out of the region or removed by the regional service). Search again to find the current dossier.</source>
        <translation>Ce citoyen n’est plus dans le cache (a quitté la région ou a été retiré par le service régional). Recherchez à nouveau pour trouver le dossier actuel.</translation>
    </message>
    <message>
        <source>No cache is open.</source>
        <translation>Aucun cache n’est ouvert.</translation>
    </message>
    <message>
        <source>Type a name, a national number or an address.

A birth year or a report number narrows the search too.</source>
        <translation>Tapez un nom, un numéro de registre national ou une adresse.

Une année de naissance ou un numéro de signalement affine aussi la recherche.</translation>
    </message>
    <message>
        <source>No citizen matches “%1”.

Check the spelling, or search by national number or address.</source>
        <translation>Aucun citoyen ne correspond à «&#xa0;%1&#xa0;».

Vérifiez l’orthographe, ou recherchez par numéro de registre national ou par adresse.</translation>
    </message>
    <message>
        <source>The search could not be run. Try again; if it keeps failing, reopen the cache.

Detail: %1</source>
        <translation>La recherche n’a pas pu être exécutée. Réessayez ; si l’échec persiste, rouvrez le cache.

Détail&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>first %Ln shown — type more to narrow down</source>
        <translation>
            <numerusform>%Ln premier affiché — tapez davantage pour affiner</numerusform>
            <numerusform>%Ln premiers affichés — tapez davantage pour affiner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln found</source>
        <translation>
            <numerusform>%Ln trouvé</numerusform>
            <numerusform>%Ln trouvés</numerusform>
        </translation>
    </message>
    <message>
        <source>No cache is open yet.

To try Loket with a generated demo region, start it with:
loket --demo

To open a cache file, choose File → Open cache… (%1), or start Loket with:
loket --db FILE</source>
        <translation>Aucun cache n’est encore ouvert.

Pour essayer Loket avec une région de démonstration générée, lancez-le avec&#xa0;:
loket --demo

Pour ouvrir un fichier de cache, choisissez Fichier → Ouvrir un cache… (%1), ou lancez Loket avec&#xa0;:
loket --db FICHIER</translation>
    </message>
    <message>
        <source>Opening the cache…</source>
        <translation>Ouverture du cache…</translation>
    </message>
    <message>
        <source>Choose a citizen in the results and press Enter to open the dossier.

Esc brings you back to the search box from anywhere.</source>
        <translation>Choisissez un citoyen dans les résultats et appuyez sur Entrée pour ouvrir le dossier.

Échap vous ramène de partout à la zone de recherche.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Next or previous result (in the search box)</source>
        <translation>Résultat suivant ou précédent (dans la zone de recherche)</translation>
    </message>
    <message>
        <source>Down, Up</source>
        <translation>Flèche bas, flèche haut</translation>
    </message>
    <message>
        <source>Open the chosen result</source>
        <translation>Ouvrir le résultat choisi</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>About Loket</source>
        <translation>À propos de Loket</translation>
    </message>
    <message>
        <source>Loket %1

Find any citizen of the region in a few keystrokes and see the whole dossier.

Free software under the GNU General Public License, version 3 or later.</source>
        <translation>Loket %1

Trouvez n’importe quel citoyen de la région en quelques frappes et voyez tout le dossier.

Logiciel libre sous la licence publique générale GNU, version 3 ou ultérieure.</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Lang&amp;ue</translation>
    </message>
    <message>
        <source>Dossier o&amp;verview</source>
        <translation>Dossier&#xa0;: &amp;vue d’ensemble</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Barre de menus</translation>
    </message>
    <message>
        <source>Sign &amp;in to the regional service…</source>
        <translation>Se co&amp;nnecter au service régional…</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>S&amp;ynchroniser maintenant</translation>
    </message>
    <message>
        <source>Send the changes waiting and fetch what changed at the regional service</source>
        <translation>Envoyer les modifications en attente et récupérer ce qui a changé au service régional</translation>
    </message>
    <message>
        <source>&amp;Log contact…</source>
        <translation>&amp;Noter un contact…</translation>
    </message>
    <message>
        <source>Log contact (%1)</source>
        <translation>Noter un contact (%1)</translation>
    </message>
    <message>
        <source>Note a conversation with this citizen: channel, topic, summary and outcome</source>
        <translation>Noter un entretien avec ce citoyen : canal, sujet, résumé et résultat</translation>
    </message>
    <message>
        <source>Connecting to the regional service…</source>
        <translation>Connexion au service régional…</translation>
    </message>
    <message>
        <source>Your session at the regional service has ended. Sign in again; the changes waiting on this computer are kept and sent afterwards.</source>
        <translation>Votre session au service régional a pris fin. Reconnectez-vous ; les modifications en attente sur cet ordinateur sont conservées et envoyées ensuite.</translation>
    </message>
    <message>
        <source>%1 It is kept and saved again automatically.

Detail: %2</source>
        <translation>%1 Elle est conservée et enregistrée à nouveau automatiquement.

Détail : %2</translation>
    </message>
    <message>
        <source>Remove citizens from the cache?</source>
        <translation>Retirer des citoyens du cache ?</translation>
    </message>
    <message numerus="yes">
        <source>The regional service would remove %Ln citizen(s) from this cache without saying why. That can happen when the service was restored from an old backup.

Remove them only if your coordinator confirms it.</source>
        <translation>
            <numerusform>Le service régional retirerait %Ln citoyen de ce cache sans dire pourquoi. Cela peut arriver quand le service a été restauré à partir d’une ancienne sauvegarde.

Ne le retirez que si votre coordinateur le confirme.</numerusform>
            <numerusform>Le service régional retirerait %Ln citoyens de ce cache sans dire pourquoi. Cela peut arriver quand le service a été restauré à partir d’une ancienne sauvegarde.

Ne les retirez que si votre coordinateur le confirme.</numerusform>
        </translation>
    </message>
    <message>
        <source>The cache %1 could not be opened: %2</source>
        <translation>Le cache %1 n’a pas pu être ouvert : %2</translation>
    </message>
    <message>
        <source>Filling the cache from the regional service. The progress is shown below; the dossiers can be searched as soon as it is done.</source>
        <translation>Le cache se remplit à partir du service régional. La progression est affichée en bas ; les dossiers pourront être recherchés dès que ce sera fini.</translation>
    </message>
    <message>
        <source>%1

Detail: %2</source>
        <translation>%1

Détail : %2</translation>
    </message>
    <message>
        <source>&amp;Guides…</source>
        <translation>&amp;Guides…</translation>
    </message>
    <message>
        <source>Guides (%1)</source>
        <translation>Guides (%1)</translation>
    </message>
    <message>
        <source>Walk through a guide step by step with this citizen and note what they did alone</source>
        <translation>Parcourir un guide étape par étape avec ce citoyen et noter ce qu&apos;il a fait seul</translation>
    </message>
    <message>
        <source>Save handout</source>
        <translation>Enregistrer la fiche</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The handout could not be saved: %1</source>
        <translation>La fiche n&apos;a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <source>Document &amp;work lists…</source>
        <translation>Listes de &amp;travail des documents…</translation>
    </message>
    <message>
        <source>Documents to follow up: unread in the eBox by citizens who need help, and paper returned as undeliverable</source>
        <translation>Documents à suivre : non lus dans l’eBox chez des citoyens qui ont besoin d’aide, et papier renvoyé comme non distribuable</translation>
    </message>
    <message>
        <source>Service &amp;indicators…</source>
        <translation>&amp;Indicateurs de service…</translation>
    </message>
    <message>
        <source>Service levels of the municipalities, month by month, on the region&apos;s common definitions</source>
        <translation>Niveau de service des communes, mois par mois, selon les définitions communes de la région</translation>
    </message>
    <message>
        <source>%1 Nothing was saved.</source>
        <translation>%1 Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>&amp;Lock the screen</source>
        <translation>&amp;Verrouiller l’écran</translation>
    </message>
    <message>
        <source>Hide the dossier until your password is typed</source>
        <translation>Masquer le dossier jusqu’à ce que votre mot de passe soit tapé</translation>
    </message>
    <message>
        <source>&amp;Privacy mode</source>
        <translation>Mode &amp;confidentialité</translation>
    </message>
    <message>
        <source>Hide streets, phone numbers and e-mail addresses on screen, and keep national numbers masked</source>
        <translation>Masquer les rues, numéros de téléphone et adresses e-mail à l’écran, et garder les numéros de registre national masqués</translation>
    </message>
    <message>
        <source>Lock the screen &amp;after</source>
        <translation>Verrouiller l’écran &amp;après</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) without input</source>
        <translation>
            <numerusform>%n minute sans saisie</numerusform>
            <numerusform>%n minutes sans saisie</numerusform>
        </translation>
    </message>
    <message>
        <source>Work offline is on, so nothing is sent or fetched. Switch it off (File → Work offline) to synchronise.</source>
        <translation>Travailler hors ligne est activé : rien n’est envoyé ni récupéré. Désactivez-le (Fichier → Travailler hors ligne) pour synchroniser.</translation>
    </message>
    <message>
        <source>Work o&amp;ffline</source>
        <translation>Travailler &amp;hors ligne</translation>
    </message>
    <message>
        <source>Send and fetch nothing until switched off; changes wait on this computer and go out at once afterwards</source>
        <translation>Ne rien envoyer ni récupérer jusqu’à la désactivation ; les modifications attendent sur cet ordinateur et partent aussitôt après</translation>
    </message>
    <message>
        <source>&amp;Changes waiting…</source>
        <translation>&amp;Modifications en attente…</translation>
    </message>
    <message>
        <source>The changes not yet sent: retry, discard with a reason, or resolve a conflict</source>
        <translation>Les modifications pas encore envoyées : réessayer, supprimer avec un motif, ou résoudre un conflit</translation>
    </message>
    <message>
        <source>&amp;Visits…</source>
        <translation>&amp;Visites à domicile…</translation>
    </message>
    <message>
        <source>Your planned home visits: prepare their dossiers for working offline</source>
        <translation>Vos visites à domicile planifiées : préparez leurs dossiers pour travailler hors ligne</translation>
    </message>
    <message numerus="yes">
        <source>Keep visited dossiers for %n day(s)…</source>
        <translation>
            <numerusform>Conserver les dossiers visités %n jour…</numerusform>
            <numerusform>Conserver les dossiers visités %n jours…</numerusform>
        </translation>
    </message>
    <message>
        <source>Report &amp;list…</source>
        <translation>&amp;Liste des signalements…</translation>
    </message>
    <message>
        <source>Reports of this municipality and the region: filter, follow up, add a status</source>
        <translation>Signalements de cette commune et de la région : filtrer, suivre, ajouter un statut</translation>
    </message>
    <message>
        <source>New &amp;report…</source>
        <translation>Nouveau &amp;signalement…</translation>
    </message>
    <message>
        <source>Report a problem in the public domain, on this citizen&apos;s behalf when a dossier is open</source>
        <translation>Signaler un problème sur le domaine public, au nom de ce citoyen si un dossier est ouvert</translation>
    </message>
    <message>
        <source>Purpose of &amp;consultations</source>
        <translation>Objet des &amp;consultations</translation>
    </message>
    <message>
        <source>Counter visit</source>
        <translation>Visite au guichet</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Visite à domicile</translation>
    </message>
    <message>
        <source>Helpdesk call</source>
        <translation>Appel au helpdesk</translation>
    </message>
    <message>
        <source>Follow-up of a file</source>
        <translation>Suivi d’un dossier</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>As my role says (counter, home visit or helpdesk)</source>
        <translation>Selon mon rôle (guichet, visite à domicile ou helpdesk)</translation>
    </message>
    <message>
        <source>The dossier you had open is no longer on this computer: the regional service withdrew the access, or its visit is past the keep period.</source>
        <translation>Le dossier que vous aviez ouvert n’est plus sur cet ordinateur : le service régional a retiré l’accès, ou le délai de conservation après la visite est dépassé.</translation>
    </message>
    <message>
        <source>Keep visited dossiers</source>
        <translation>Conserver les dossiers visités</translation>
    </message>
    <message>
        <source>Days a visited citizen&apos;s dossier stays on this computer after the visit (0: only until the end of the day of the visit):</source>
        <translation>Nombre de jours pendant lesquels le dossier d’un citoyen visité reste sur cet ordinateur après la visite (0 : seulement jusqu’à la fin du jour de la visite) :</translation>
    </message>
    <message>
        <source>This computer&apos;s copy was wiped at the request of the regional service.</source>
        <translation>La copie sur cet ordinateur a été effacée à la demande du service régional.</translation>
    </message>
    <message>
        <source>Remote assistance ended</source>
        <translation>Assistance à distance terminée</translation>
    </message>
    <message>
        <source>&amp;Report servers…</source>
        <translation>&amp;Serveurs de signalements…</translation>
    </message>
    <message>
        <source>Where each municipality&apos;s new reports go from this computer: the regional hub or the municipality&apos;s own Open311 server</source>
        <translation>Où vont, depuis cet ordinateur, les nouveaux signalements de chaque commune : le service régional ou le propre serveur Open311 de la commune</translation>
    </message>
    <message>
        <source>Follow-up &amp;tasks…</source>
        <translation>&amp;Tâches de suivi…</translation>
    </message>
    <message>
        <source>The queue of follow-up tasks: claim, hand over and close them</source>
        <translation>La file d’attente des tâches de suivi : les prendre en charge, les transférer et les clôturer</translation>
    </message>
    <message>
        <source>Opening the dossier from the regional service…</source>
        <translation>Ouverture du dossier depuis le service régional…</translation>
    </message>
    <message>
        <source>Offline: only the dossiers opened on this computer are searched.</source>
        <translation>Hors ligne : la recherche porte uniquement sur les dossiers ouverts sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>loket::ui::OpenItemsModel</name>
    <message>
        <source>Open reports (%1)</source>
        <translation>Signalements ouverts (%1)</translation>
    </message>
    <message>
        <source>Documents unread or returned (%1)</source>
        <translation>Documents non lus ou renvoyés (%1)</translation>
    </message>
    <message>
        <source>Open follow-up tasks (%1)</source>
        <translation>Tâches de suivi ouvertes (%1)</translation>
    </message>
    <message>
        <source>Contacts in the last %1 days (%2)</source>
        <translation>Contacts des %1 derniers jours (%2)</translation>
    </message>
    <message>
        <source>No open report in any municipality.</source>
        <translation>Aucun signalement ouvert, quelle que soit la commune.</translation>
    </message>
    <message>
        <source>No document waiting to be read, none returned by the post.</source>
        <translation>Aucun document en attente de lecture, aucun renvoyé par la poste.</translation>
    </message>
    <message>
        <source>No follow-up task waiting.</source>
        <translation>Aucune tâche de suivi en attente.</translation>
    </message>
    <message>
        <source>No contact in the last %1 days.</source>
        <translation>Aucun contact au cours des %1 derniers jours.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
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
        <translation>prévu %1</translation>
    </message>
    <message>
        <source>Report %1 &quot;%2&quot; — %3</source>
        <extracomment>An open report: its number, its subject, where it stands</extracomment>
        <translation>Signalement %1 « %2 » — %3</translation>
    </message>
    <message>
        <source>since %1</source>
        <extracomment>Since when a document waits: delivered in the eBox, or returned by the post</extracomment>
        <translation>depuis %1</translation>
    </message>
    <message>
        <source>returned by the post</source>
        <translation>renvoyé par la poste</translation>
    </message>
    <message>
        <source>returned by the post: %1</source>
        <translation>renvoyé par la poste : %1</translation>
    </message>
    <message numerus="yes">
        <source>not opened in the eBox for %n day(s)</source>
        <translation>
            <numerusform>non ouvert dans l’eBox depuis %n jour</numerusform>
            <numerusform>non ouvert dans l’eBox depuis %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; — %3</source>
        <extracomment>An open document: its kind, its title, why it waits</extracomment>
        <translation>%1 « %2 » — %3</translation>
    </message>
    <message>
        <source>Helpdesk (%1)</source>
        <translation>Helpdesk (%1)</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>échéance %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>An open follow-up task: what kind, its title
----------
A recent contact: how, about what</extracomment>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>loket::ui::OpenItemsPanel</name>
    <message>
        <source>Open for this citizen, in every municipality</source>
        <translation>En cours pour ce citoyen, dans toutes les communes</translation>
    </message>
    <message>
        <source>Open for this citizen</source>
        <translation>En cours pour ce citoyen</translation>
    </message>
    <message>
        <source>Press Enter on a line to open it in the dossier.</source>
        <translation>Appuyez sur Entrée sur une ligne pour l’ouvrir dans le dossier.</translation>
    </message>
    <message>
        <source>What is open could not be read from this computer&apos;s copy. Reopen the dossier to try again. Detail: %1</source>
        <translation>Les éléments en cours n’ont pas pu être lus dans la copie de cet ordinateur. Rouvrez le dossier pour réessayer. Détail : %1</translation>
    </message>
    <message>
        <source>Reading what is open…</source>
        <translation>Lecture des éléments en cours…</translation>
    </message>
    <message>
        <source>Nothing open: no open report, no unread or returned document, no contact in the last %1 days.</source>
        <translation type="vanished">Rien en cours : aucun signalement ouvert, aucun document non lu ou renvoyé, aucun contact au cours des %1 derniers jours.</translation>
    </message>
    <message>
        <source>Nothing open: no open report, no unread or returned document, no open follow-up task, no contact in the last %1 days.</source>
        <translation>Rien en cours : aucun signalement ouvert, aucun document non lu ou renvoyé, aucune tâche de suivi ouverte, aucun contact au cours des %1 derniers jours.</translation>
    </message>
</context>
<context>
    <name>loket::ui::OutboxDiscardDialog</name>
    <message>
        <source>Discard a change</source>
        <translation>Supprimer une modification</translation>
    </message>
    <message>
        <source>Discard &quot;%1&quot;?

This change will never reach the regional service. What this computer shows of the record goes back to the service&apos;s version. The discard is recorded with your name, the time and the reason.</source>
        <translation>Supprimer « %1 » ?

Cette modification ne parviendra jamais au service régional. Ce que cet ordinateur affiche de l’enregistrement revient à la version du service. La suppression est consignée avec votre nom, l’heure et le motif.</translation>
    </message>
    <message>
        <source>Reason for discarding</source>
        <translation>Motif de la suppression</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Choisissez un motif…</translation>
    </message>
    <message>
        <source>Other (describe below)</source>
        <translation>Autre (décrivez ci-dessous)</translation>
    </message>
    <message>
        <source>Entered twice by mistake</source>
        <translation>Saisi deux fois par erreur</translation>
    </message>
    <message>
        <source>Entered for the wrong citizen</source>
        <translation>Saisi pour le mauvais citoyen</translation>
    </message>
    <message>
        <source>The citizen withdrew the request</source>
        <translation>Le citoyen a retiré sa demande</translation>
    </message>
    <message>
        <source>Refused by the regional service and no longer needed</source>
        <translation>Refusé par le service régional et plus nécessaire</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>Reason in your own words</source>
        <translation>Motif dans vos propres mots</translation>
    </message>
    <message>
        <source>In your &amp;words:</source>
        <translation>Dans vos &amp;mots :</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 sur %2 caractères</translation>
    </message>
</context>
<context>
    <name>loket::ui::OutboxModel</name>
    <message>
        <source>When you retry it</source>
        <translation>Quand vous la réessayerez</translation>
    </message>
    <message>
        <source>When you have chosen a version</source>
        <translation>Quand vous aurez choisi une version</translation>
    </message>
    <message>
        <source>When you work online again</source>
        <translation>Quand vous travaillerez à nouveau en ligne</translation>
    </message>
    <message>
        <source>At the next sync</source>
        <translation>À la prochaine synchronisation</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Effectuée</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation>Dernier problème</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Prochaine tentative</translation>
    </message>
</context>
<context>
    <name>loket::ui::OutboxWindow</name>
    <message>
        <source>Changes waiting to be sent</source>
        <translation>Modifications en attente d’envoi</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Send the selected changes at the next sync, which starts now</source>
        <translation>Envoyer les modifications sélectionnées lors de la prochaine synchronisation, qui démarre maintenant</translation>
    </message>
    <message>
        <source>Retry all &amp;failed</source>
        <translation>Réessayer tous les &amp;échecs</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>&amp;Choose a version…</source>
        <translation>&amp;Choisir une version…</translation>
    </message>
    <message>
        <source>Compare your version with the regional service&apos;s and choose</source>
        <translation>Comparez votre version avec celle du service régional et choisissez</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>&amp;Waiting</source>
        <translation>En a&amp;ttente</translation>
    </message>
    <message>
        <source>Changes discarded by staff</source>
        <translation>Modifications supprimées par le personnel</translation>
    </message>
    <message>
        <source>D&amp;iscarded</source>
        <translation>Su&amp;pprimées</translation>
    </message>
    <message>
        <source>The changes waiting cannot be read: %1</source>
        <translation>Les modifications en attente ne peuvent pas être lues : %1</translation>
    </message>
    <message>
        <source>Nothing is waiting: every change reached the regional service.</source>
        <translation>Rien n’est en attente : chaque modification est parvenue au service régional.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n modification en attente d’envoi.</numerusform>
            <numerusform>%n modifications en attente d’envoi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused: retry or discard them.</source>
        <translation>
            <numerusform>%n refusée : réessayez-la ou supprimez-la.</numerusform>
            <numerusform>%n refusées : réessayez-les ou supprimez-les.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in conflict: choose a version.</source>
        <translation>
            <numerusform>%n en conflit : choisissez une version.</numerusform>
            <numerusform>%n en conflit : choisissez une version.</numerusform>
        </translation>
    </message>
    <message>
        <source>Work offline is on: nothing is sent until you switch it off.</source>
        <translation>Le travail hors ligne est activé : rien n’est envoyé tant que vous ne le désactivez pas.</translation>
    </message>
    <message>
        <source>A consultation of a dossier cannot be discarded: the law requires every one to reach the regional access log.</source>
        <translation>Une consultation de dossier ne peut pas être supprimée : la loi exige que chacune parvienne au journal d’accès régional.</translation>
    </message>
    <message>
        <source>Take the selected change out for good, with a reason</source>
        <translation>Retirer définitivement la modification sélectionnée, avec un motif</translation>
    </message>
    <message>
        <source>This conflict was resolved meanwhile.</source>
        <translation>Ce conflit a été résolu entre-temps.</translation>
    </message>
</context>
<context>
    <name>loket::ui::ReportForm</name>
    <message>
        <source>New report for %1</source>
        <translation>Nouveau signalement pour %1</translation>
    </message>
    <message>
        <source>New report</source>
        <translation>Nouveau signalement</translation>
    </message>
    <message>
        <source>Type a word: pothole, light, litter…</source>
        <translation>Tapez un mot : nid-de-poule, éclairage, déchets…</translation>
    </message>
    <message>
        <source>&amp;What is the problem?</source>
        <translation>&amp;Quel est le problème ?</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Commune :</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>&amp;Street, number, postcode:</source>
        <translation>&amp;Rue, numéro, code postal :</translation>
    </message>
    <message>
        <source>Latitude, e.g. 50.8798</source>
        <translation>Latitude, p. ex. 50.8798</translation>
    </message>
    <message>
        <source>Longitude, e.g. 4.7005</source>
        <translation>Longitude, p. ex. 4.7005</translation>
    </message>
    <message>
        <source>Coordinates (o&amp;ptional):</source>
        <translation>Coordonnées (&amp;facultatif) :</translation>
    </message>
    <message>
        <source>In the citizen&apos;s words: what, since when, how dangerous</source>
        <translation>Avec les mots du citoyen : quoi, depuis quand, quel danger</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>Add a p&amp;hoto…</source>
        <translation>Ajouter une &amp;photo…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Photos (or drop them here):</source>
        <translation>Photos (ou déposez-les ici) :</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>Te&amp;xt message</source>
        <translation>S&amp;MS</translation>
    </message>
    <message>
        <source>&amp;Letter</source>
        <translation>&amp;Lettre</translation>
    </message>
    <message>
        <source>N&amp;ot needed</source>
        <translation>Pas &amp;nécessaire</translation>
    </message>
    <message>
        <source>Keep the citizen informed by:</source>
        <translation>Tenir le citoyen informé par :</translation>
    </message>
    <message>
        <source>Already reported nearby (open, last 30 days)</source>
        <translation>Déjà signalé à proximité (ouvert, 30 derniers jours)</translation>
    </message>
    <message>
        <source>&amp;Link the citizen to this report instead</source>
        <translation>Lier plu&amp;tôt le citoyen à ce signalement</translation>
    </message>
    <message>
        <source>&amp;File the report</source>
        <translation>&amp;Introduire le signalement</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Handled by %1.</source>
        <translation>Traité par %1.</translation>
    </message>
    <message numerus="yes">
        <source>Expected within %n working day(s): by %1.</source>
        <translation>
            <numerusform>Attendu dans %n jour ouvrable : au plus tard le %1.</numerusform>
            <numerusform>Attendu dans les %n jours ouvrables : au plus tard le %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(choisir)</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1 (obligatoire) :</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 sur %2 caractères</translation>
    </message>
    <message>
        <source>The cache is not open: the report cannot be filed now.</source>
        <translation>Le cache n’est pas ouvert : le signalement ne peut pas être introduit maintenant.</translation>
    </message>
    <message>
        <source>%1 · %2 %3 · %4 · reported %5</source>
        <translation>%1 · %2 %3 · %4 · signalé le %5</translation>
    </message>
    <message>
        <source>(not sent yet)</source>
        <translation>(pas encore envoyé)</translation>
    </message>
    <message>
        <source>Nothing of this kind reported nearby.</source>
        <translation>Rien de ce type signalé à proximité.</translation>
    </message>
    <message numerus="yes">
        <source>A report takes at most %n photos.</source>
        <translation>
            <numerusform>Un signalement contient au maximum %n photo.</numerusform>
            <numerusform>Un signalement contient au maximum %n photos.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a JPEG or PNG picture.</source>
        <translation>%1 n’est pas une image JPEG ou PNG.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>%1 cannot be prepared: %2</source>
        <translation>%1 ne peut pas être préparé : %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, even without its metadata. Take a photo with a lower resolution.</source>
        <translation>%1 dépasse %2 Mo, même sans ses métadonnées. Prenez une photo de plus faible résolution.</translation>
    </message>
    <message>
        <source>%1 (%2 kB)</source>
        <translation>%1 (%2 ko)</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Ajouter des photos</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png)</source>
        <translation>Images (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>%1 is not a file on this computer.</source>
        <translation>%1 n’est pas un fichier sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>loket::ui::ReportListModel</name>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Signalé</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation>Citoyens</translation>
    </message>
    <message>
        <source>(not sent yet)</source>
        <translation>(pas encore envoyé)</translation>
    </message>
    <message>
        <source>%1 (reported in %2)</source>
        <translation>%1 (signalé à %2)</translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <translation>%1 — en retard</translation>
    </message>
</context>
<context>
    <name>loket::ui::ReportListWindow</name>
    <message>
        <source>Looking through the reports…</source>
        <translation>Recherche dans les signalements…</translation>
    </message>
    <message>
        <source>Choose a report to see its story.</source>
        <translation>Choisissez un signalement pour voir son historique.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>(not sent yet)</source>
        <translation>(pas encore envoyé)</translation>
    </message>
    <message>
        <source>Where: %1, %2</source>
        <translation>Où : %1, %2</translation>
    </message>
    <message>
        <source>Reported in %1 and forwarded to %2.</source>
        <translation>Signalé à %1 et transmis à %2.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut : %1</translation>
    </message>
    <message>
        <source>expected by %1 — overdue</source>
        <translation>attendu au plus tard le %1 — en retard</translation>
    </message>
    <message>
        <source>expected by %1</source>
        <translation>attendu au plus tard le %1</translation>
    </message>
    <message>
        <source>Keep the citizen informed by e-mail.</source>
        <translation>Tenir le citoyen informé par e-mail.</translation>
    </message>
    <message>
        <source>Keep the citizen informed by text message.</source>
        <translation>Tenir le citoyen informé par SMS.</translation>
    </message>
    <message>
        <source>Keep the citizen informed by letter.</source>
        <translation>Tenir le citoyen informé par lettre.</translation>
    </message>
    <message>
        <source>The citizen does not want to be kept informed.</source>
        <translation>Le citoyen ne souhaite pas être tenu informé.</translation>
    </message>
    <message>
        <source>Photos: %1</source>
        <translation>Photos : %1</translation>
    </message>
    <message>
        <source>My municipality (%1)</source>
        <translation>Ma commune (%1)</translation>
    </message>
    <message>
        <source>The region (everything in this cache)</source>
        <translation>La région (tout ce cache)</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout statut</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Encore ouverts</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Toute catégorie</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Où :</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie :</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>En &amp;retard uniquement</translation>
    </message>
    <message>
        <source>Reported &amp;from</source>
        <translation>Signalé d&amp;u</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>&amp;au</translation>
    </message>
    <message>
        <source>Se&amp;arch:</source>
        <translation>Rec&amp;hercher :</translation>
    </message>
    <message>
        <source>Number, street or words of the description</source>
        <translation>Numéro, rue ou mots de la description</translation>
    </message>
    <message>
        <source>Add a status &amp;update…</source>
        <translation>Ajouter une &amp;mise à jour du statut…</translation>
    </message>
    <message>
        <source>Open the citizen&apos;s &amp;dossier</source>
        <translation>Ouvrir le &amp;dossier du citoyen</translation>
    </message>
    <message>
        <source>The reports could not be read: %1</source>
        <translation>Les signalements n’ont pas pu être lus : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n signalement</numerusform>
            <numerusform>%n signalements</numerusform>
        </translation>
    </message>
    <message>
        <source>This report is handled on the municipality&apos;s own report server; its status follows from there.</source>
        <translation>Ce signalement est traité sur le serveur de signalements propre à la commune ; son statut en découle.</translation>
    </message>
    <message>
        <source>Sent to the report server of %1 (%2), number %3 there; its status follows from there.</source>
        <translation>Envoyé au serveur de signalements de %1 (%2), sous le numéro %3 ; son statut en découle.</translation>
    </message>
    <message>
        <source>Received by the report server of %1 (%2); it has not given a number yet.</source>
        <translation>Reçu par le serveur de signalements de %1 (%2) ; il n’a pas encore attribué de numéro.</translation>
    </message>
    <message>
        <source>Waiting to be sent to the report server of %1 (%2).</source>
        <translation>En attente d’envoi au serveur de signalements de %1 (%2).</translation>
    </message>
    <message>
        <source>Last looked at on the server: %1.</source>
        <translation>Dernière vérification sur le serveur : %1.</translation>
    </message>
</context>
<context>
    <name>loket::ui::ReportServersDialog</name>
    <message>
        <source>Saved. New reports for %1 go the way shown; reports already waiting keep theirs.</source>
        <translation>Enregistré. Les nouveaux signalements pour %1 suivent la voie indiquée ; les signalements déjà en attente conservent la leur.</translation>
    </message>
    <message>
        <source>Report servers</source>
        <translation>Serveurs de signalements</translation>
    </message>
    <message>
        <source>New reports go to the regional hub, which forwards them. A municipality with its own Open311 (GeoReport v2) server can receive its reports there instead; this setting holds for this computer.</source>
        <translation>Les nouveaux signalements sont envoyés au service régional, qui les transmet. Une commune disposant de son propre serveur Open311 (GeoReport v2) peut plutôt y recevoir ses signalements ; ce paramètre vaut pour cet ordinateur.</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>New reports go to</source>
        <translation>Les nouveaux signalements vont vers</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Adresse du serveur :</translation>
    </message>
    <message>
        <source>&amp;Jurisdiction:</source>
        <translation>&amp;Juridiction :</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clé API :</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Send to the &amp;hub</source>
        <translation>Envoyer au &amp;service régional</translation>
    </message>
    <message>
        <source>The settings could not be read: %1</source>
        <translation>Les paramètres n’ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>The regional hub</source>
        <translation>Le service régional</translation>
    </message>
    <message>
        <source>Own server: %1</source>
        <translation>Serveur propre : %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>loket::ui::ReportStatusDialog</name>
    <message>
        <source>Status update for %1</source>
        <translation>Mise à jour du statut de %1</translation>
    </message>
    <message>
        <source>the new report</source>
        <translation>le nouveau signalement</translation>
    </message>
    <message>
        <source>Now: %1. What is the next step?</source>
        <translation>Actuellement : %1. Quelle est l’étape suivante ?</translation>
    </message>
    <message>
        <source>&amp;New status:</source>
        <translation>&amp;Nouveau statut :</translation>
    </message>
    <message>
        <source>Internal &amp;note (staff only):</source>
        <translation>Note &amp;interne (réservée au personnel) :</translation>
    </message>
    <message>
        <source>&amp;Save the update</source>
        <translation>&amp;Enregistrer la mise à jour</translation>
    </message>
    <message>
        <source>Text for the &amp;citizen (required):</source>
        <translation>Texte pour le &amp;citoyen (obligatoire) :</translation>
    </message>
    <message>
        <source>Text for the &amp;citizen:</source>
        <translation>Texte pour le &amp;citoyen :</translation>
    </message>
</context>
<context>
    <name>loket::ui::ReportTimelineModel</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>What the citizen reads</source>
        <translation>Ce que lit le citoyen</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Note interne</translation>
    </message>
</context>
<context>
    <name>loket::ui::ReportsModel</name>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Signalé le</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Prévu le</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>loket::ui::StatusBar</name>
    <message>
        <source>● Online</source>
        <translation>● En ligne</translation>
    </message>
    <message>
        <source>○ Offline: working from the cache</source>
        <translation>○ Hors ligne&#xa0;: travail avec le cache</translation>
    </message>
    <message>
        <source>○ Not connected yet</source>
        <translation>○ Pas encore connecté</translation>
    </message>
    <message>
        <source>never synchronised</source>
        <translation>jamais synchronisé</translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>dernière synchronisation %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n modification en attente</numerusform>
            <numerusform>%n modifications en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the changes that still have to be sent</source>
        <translation>Afficher les modifications qui doivent encore être envoyées</translation>
    </message>
    <message>
        <source>No cache open</source>
        <translation>Aucun cache ouvert</translation>
    </message>
    <message>
        <source>Cache: %1 (demo data, people who do not exist)</source>
        <translation>Cache&#xa0;: %1 (données de démonstration, personnes qui n’existent pas)</translation>
    </message>
    <message>
        <source>Cache: %1</source>
        <translation>Cache&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln citizen(s)</source>
        <translation>
            <numerusform>%Ln citoyen</numerusform>
            <numerusform>%Ln citoyens</numerusform>
        </translation>
    </message>
    <message>
        <source>counting citizens…</source>
        <translation>comptage des citoyens…</translation>
    </message>
    <message>
        <source>Filling the cache: %1 records</source>
        <translation>Remplissage du cache : %1 enregistrements</translation>
    </message>
    <message>
        <source>Progress of the first fill</source>
        <translation>Progression du premier remplissage</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the first fill</source>
        <translation>Annuler le premier remplissage</translation>
    </message>
    <message>
        <source>Stop filling the cache; what arrived so far stays usable, and Sync now goes on from there</source>
        <translation>Arrêter le remplissage ; ce qui est déjà arrivé reste utilisable, et Synchroniser maintenant reprend à partir de là</translation>
    </message>
    <message>
        <source>○ Offline (by choice)</source>
        <translation>○ Hors ligne (volontairement)</translation>
    </message>
    <message>
        <source>Work offline is on: nothing is sent or fetched. Changes wait on this computer until you switch it off.</source>
        <translation>Le travail hors ligne est activé : rien n’est envoyé ni récupéré. Les modifications attendent sur cet ordinateur jusqu’à ce que vous le désactiviez.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>%n conflit à résoudre</numerusform>
            <numerusform>%n conflits à résoudre</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loket::ui::TaskQueueModel</name>
    <message>
        <source>Call back</source>
        <translation>Rappeler</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Prise en charge</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n jour de retard</numerusform>
            <numerusform>%n jours de retard</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>(not on this computer)</source>
        <translation>(pas sur cet ordinateur)</translation>
    </message>
    <message>
        <source>%1
Last note: %2</source>
        <translation>%1
Dernière note : %2</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>personne pour l’instant</translation>
    </message>
    <message>
        <source>you</source>
        <translation>vous</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Citoyen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>loket::ui::TaskQueueWindow</name>
    <message>
        <source>Notice</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>The tasks could not be read from this computer&apos;s cache.</source>
        <translation>Les tâches n’ont pas pu être lues dans le cache de cet ordinateur.</translation>
    </message>
    <message>
        <source>No tasks in this queue.</source>
        <translation>Aucune tâche dans cette file d’attente.</translation>
    </message>
    <message>
        <source>Follow-up tasks</source>
        <translation>Tâches de suivi</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>&amp;File d’attente :</translation>
    </message>
    <message>
        <source>Helpdesk</source>
        <translation>Helpdesk</translation>
    </message>
    <message>
        <source>My municipality</source>
        <translation>Ma commune</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mes tâches</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File d’attente</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation>&amp;Prendre en charge</translation>
    </message>
    <message>
        <source>Take this task: it becomes yours, and colleagues see that.</source>
        <translation>Prendre cette tâche en charge : elle devient la vôtre, et vos collègues le voient.</translation>
    </message>
    <message>
        <source>&amp;Hand over…</source>
        <translation>&amp;Transférer…</translation>
    </message>
    <message>
        <source>C&amp;lose task…</source>
        <translation>&amp;Clôturer la tâche…</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>That task is in none of these queues: it is closed, or it waits at another municipality&apos;s counter.</source>
        <translation>Cette tâche n’est dans aucune de ces files : elle est clôturée, ou elle attend au guichet d’une autre commune.</translation>
    </message>
</context>
<context>
    <name>loket::ui::TaskStepDialog</name>
    <message>
        <source>Hand over task</source>
        <translation>Transférer la tâche</translation>
    </message>
    <message>
        <source>Helpdesk queue</source>
        <translation>File d’attente du helpdesk</translation>
    </message>
    <message>
        <source>A municipality&apos;s counter</source>
        <translation>Le guichet d’une commune</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File d’attente</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>&amp;File d’attente :</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Commune :</translation>
    </message>
    <message>
        <source>Staff id, or empty for anyone in the queue</source>
        <translation>Matricule du membre du personnel, ou vide pour toute personne de la file d’attente</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>&amp;Person (optional):</source>
        <translation>&amp;Personne (facultatif) :</translation>
    </message>
    <message>
        <source>Close task</source>
        <translation>Clôturer la tâche</translation>
    </message>
    <message>
        <source>Note for the colleague</source>
        <translation>Note pour le collègue</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>&amp;Note (required):</source>
        <translation>&amp;Note (obligatoire) :</translation>
    </message>
    <message>
        <source>&amp;Outcome (required):</source>
        <translation>&amp;Résultat (obligatoire) :</translation>
    </message>
    <message>
        <source>&amp;Hand over</source>
        <translation>&amp;Transférer</translation>
    </message>
    <message>
        <source>&amp;Close task</source>
        <translation>&amp;Clôturer la tâche</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 sur %2 caractères</translation>
    </message>
</context>
<context>
    <name>loket::ui::TimelineModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Report %1 &quot;%2&quot; — %3</source>
        <extracomment>Timeline line: report number, its subject, what happened</extracomment>
        <translation>Signalement %1 «&#xa0;%2&#xa0;» — %3</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; — %3</source>
        <extracomment>Timeline line: kind of document, its title, what happened to it</extracomment>
        <translation>%1 «&#xa0;%2&#xa0;» — %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Timeline line: how the citizen was in contact, about what</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Told the citizen: %1</source>
        <translation>Communiqué au citoyen&#xa0;: %1</translation>
    </message>
    <message>
        <source>Note for staff: %1</source>
        <translation>Note pour le personnel&#xa0;: %1</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>De&#xa0;: %1</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Résultat&#xa0;: %1</translation>
    </message>
    <message>
        <source>Follow-up: %1 (%2, by %3)</source>
        <translation>Suivi&#xa0;: %1 (%2, pour le %3)</translation>
    </message>
    <message>
        <source>%1: %2 &quot;%3&quot;</source>
        <extracomment>Timeline line: what staff did, kind of document, its title</extracomment>
        <translation>%1 : %2 « %3 »</translation>
    </message>
    <message>
        <source>not yet sent to the regional service</source>
        <translation>pas encore envoyé au service régional</translation>
    </message>
    <message>
        <source>Not yet sent to the regional service.</source>
        <translation>Pas encore envoyé au service régional.</translation>
    </message>
</context>
<context>
    <name>loket::ui::VisitListModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Citoyen</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Refreshed at</source>
        <translation>Actualisé le</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Not prepared</source>
        <translation>Non préparé</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <source>(dossier not on this computer)</source>
        <translation>(dossier absent de cet ordinateur)</translation>
    </message>
    <message>
        <source>%1 (not yet sent)</source>
        <translation>%1 (pas encore envoyé)</translation>
    </message>
    <message numerus="yes">
        <source>The visit is more than %n day(s) ago: its dossier leaves this computer.</source>
        <translation>
            <numerusform>La visite date de plus de %n jour : son dossier quitte cet ordinateur.</numerusform>
            <numerusform>La visite date de plus de %n jours : son dossier quitte cet ordinateur.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loket::ui::VisitListWindow</name>
    <message>
        <source>The visit list could not be read: %1</source>
        <translation>La liste des visites n’a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>Fetching the visit list and the catalogue…</source>
        <translation>Récupération de la liste des visites et du catalogue…</translation>
    </message>
    <message>
        <source>Fetching dossiers: %1 of %2</source>
        <translation>Récupération des dossiers : %1 sur %2</translation>
    </message>
    <message>
        <source>Stopped: %1 of %2 dossiers fetched. The ones fetched are ready.</source>
        <translation>Arrêté : %1 dossiers sur %2 récupérés. Ceux qui ont été récupérés sont prêts.</translation>
    </message>
    <message>
        <source>%1 of %2 dossiers are ready; %3 could not be fetched (see the list).</source>
        <translation>%1 dossiers sur %2 sont prêts ; %3 n’ont pas pu être récupérés (voir la liste).</translation>
    </message>
    <message numerus="yes">
        <source>All %n dossier(s) are ready for offline use (%1).</source>
        <translation>
            <numerusform>%n dossier est prêt pour une utilisation hors ligne (%1).</numerusform>
            <numerusform>Les %n dossiers sont prêts pour une utilisation hors ligne (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>The visit was added. It is sent to the regional service with the next sync.</source>
        <translation>La visite a été ajoutée. Elle sera envoyée au service régional lors de la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>This dossier is not on this computer. Prepare for offline first.</source>
        <translation>Ce dossier n’est pas sur cet ordinateur. Préparez d’abord le travail hors ligne.</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visites</translation>
    </message>
    <message numerus="yes">
        <source>Your planned home visits. Prepare for offline fetches the dossiers of the current visits, so that you can work without a network. A dossier leaves this computer %n day(s) after the visit.</source>
        <translation>
            <numerusform>Vos visites à domicile planifiées. « Préparer hors ligne » récupère les dossiers des visites en cours, afin que vous puissiez travailler sans réseau. Un dossier quitte cet ordinateur %n jour après la visite.</numerusform>
            <numerusform>Vos visites à domicile planifiées. « Préparer hors ligne » récupère les dossiers des visites en cours, afin que vous puissiez travailler sans réseau. Un dossier quitte cet ordinateur %n jours après la visite.</numerusform>
        </translation>
    </message>
    <message>
        <source>Visit list</source>
        <translation>Liste des visites</translation>
    </message>
    <message>
        <source>&amp;Prepare for offline</source>
        <translation>&amp;Préparer hors ligne</translation>
    </message>
    <message>
        <source>Prepare for offline</source>
        <translation>Préparer hors ligne</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Cancel the preparation</source>
        <translation>Annuler la préparation</translation>
    </message>
    <message>
        <source>&amp;Add visit…</source>
        <translation>Ajouter une &amp;visite…</translation>
    </message>
    <message>
        <source>Add visit</source>
        <translation>Ajouter une visite</translation>
    </message>
    <message>
        <source>&amp;Open dossier</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Open dossier</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Progress of the preparation</source>
        <translation>Progression de la préparation</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Loket: find any citizen of the region in a few keystrokes and see the whole dossier.</source>
        <translation>Loket&#xa0;: trouvez n’importe quel citoyen de la région en quelques frappes et voyez tout le dossier.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Afficher cette aide et quitter.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Afficher la version et quitter.</translation>
    </message>
    <message>
        <source>Open the cache FILE.</source>
        <translation>Ouvrir le cache FICHIER.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Open the demo region (generated people who do not exist); it is created on first use.</source>
        <translation type="vanished">Ouvrir la région de démonstration (personnes générées qui n’existent pas)&#xa0;; elle est créée à la première utilisation.</translation>
    </message>
    <message>
        <source>How many citizens the demo region has (1000 to 1000000; default 20000).</source>
        <translation>Nombre de citoyens de la région de démonstration (1000 à 1000000&#xa0;; 20000 par défaut).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Use this UI language for this session: nl, fr or en.</source>
        <translation>Utiliser cette langue pour cette session&#xa0;: nl, fr ou en.</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>LANGUE</translation>
    </message>
    <message>
        <source>Search, open a dossier, save a picture of the window to FILE (PNG) and exit; for the documentation.</source>
        <translation>Rechercher, ouvrir un dossier, enregistrer une image de la fenêtre dans FICHIER (PNG) et quitter&#xa0;; pour la documentation.</translation>
    </message>
    <message>
        <source>What --screenshot types into the search box.</source>
        <translation>Ce que --screenshot tape dans la zone de recherche.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>Which result --screenshot opens (0 is the first).</source>
        <translation>Le résultat que --screenshot ouvre (0 est le premier).</translation>
    </message>
    <message>
        <source>Try &apos;loket --help&apos;.</source>
        <translation>Essayez «&#xa0;loket --help&#xa0;».</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argument inattendu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Choose either --db or --demo, not both.</source>
        <translation>Choisissez --db ou --demo, pas les deux.</translation>
    </message>
    <message>
        <source>--demo-citizens needs a number from 1000 to 1000000.</source>
        <translation>--demo-citizens attend un nombre de 1000 à 1000000.</translation>
    </message>
    <message>
        <source>--lang takes nl, fr or en.</source>
        <translation>--lang accepte nl, fr ou en.</translation>
    </message>
    <message>
        <source>--screenshot-pick needs a number of 0 or more.</source>
        <translation>--screenshot-pick attend un nombre supérieur ou égal à 0.</translation>
    </message>
    <message>
        <source>Start the demo regional service (loket-hub --demo, generated people who do not exist) on this computer and fill the cache from it; the service stops when Loket quits.</source>
        <translation>Démarrer le service régional de démonstration (loket-hub --demo, personnes générées qui n’existent pas) sur cet ordinateur et en remplir le cache ; le service s’arrête quand Loket se ferme.</translation>
    </message>
    <message>
        <source>Which dossier tab --screenshot shows: overview, reports, documents or contacts.</source>
        <translation>L’onglet du dossier que --screenshot montre : overview, reports, documents ou contacts.</translation>
    </message>
    <message>
        <source>TAB</source>
        <translation>ONGLET</translation>
    </message>
    <message>
        <source>--screenshot-tab takes overview, reports, documents or contacts.</source>
        <translation>--screenshot-tab prend overview, reports, documents ou contacts.</translation>
    </message>
    <message>
        <source>Sign in to the demo region as a counter clerk (counter, the default) or as the regional helpdesk (helpdesk: searches the whole region online).</source>
        <translation>Se connecter à la région de démonstration comme agent de guichet (counter, par défaut) ou comme helpdesk régional (helpdesk : recherche en ligne dans toute la région).</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>RÔLE</translation>
    </message>
    <message>
        <source>Shows the dossier with remote assistance through this guide in the --screenshot picture.</source>
        <translation>Affiche le dossier avec l’assistance à distance via ce guide dans l’image de --screenshot.</translation>
    </message>
    <message>
        <source>GUIDE</source>
        <translation>GUIDE</translation>
    </message>
    <message>
        <source>--demo-role is counter or helpdesk.</source>
        <translation>--demo-role vaut counter ou helpdesk.</translation>
    </message>
</context>
</TS>
