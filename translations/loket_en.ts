<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ReportRules</name>
    <message numerus="yes">
        <source>The description is at most %n characters long.</source>
        <translation>
            <numerusform>The description is at most %n character long.</numerusform>
            <numerusform>The description is at most %n characters long.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A text is at most %n characters long.</source>
        <translation>
            <numerusform>A text is at most %n character long.</numerusform>
            <numerusform>A text is at most %n characters long.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loket::CreateReportCommand</name>
    <message numerus="yes">
        <source>A report takes at most %n photos.</source>
        <translation>
            <numerusform>A report takes at most %n photo.</numerusform>
            <numerusform>A report takes at most %n photos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loket::DocumentAction</name>
    <message numerus="yes">
        <source>The reason is too long: at most %n character(s).</source>
        <translation>
            <numerusform>The reason is too long: at most %n character.</numerusform>
            <numerusform>The reason is too long: at most %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loket::SyncEngine</name>
    <message numerus="yes">
        <source>The regional hub would remove %n citizens from this computer without giving a reason. Nothing was removed; ask the helpdesk before confirming.</source>
        <translation>
            <numerusform>The regional hub would remove %n citizen from this computer without giving a reason. Nothing was removed; ask the helpdesk before confirming.</numerusform>
            <numerusform>The regional hub would remove %n citizens from this computer without giving a reason. Nothing was removed; ask the helpdesk before confirming.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loket::ui::DemoCacheBuilder</name>
    <message numerus="yes">
        <source>Creating a demo region with %Ln generated citizens. This happens once; the next start opens it at once.</source>
        <translation>
            <numerusform>Creating a demo region with %Ln generated citizen. This happens once; the next start opens it at once.</numerusform>
            <numerusform>Creating a demo region with %Ln generated citizens. This happens once; the next start opens it at once.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loket::ui::DemoHub</name>
    <message numerus="yes">
        <source>Starting the demo regional service with %Ln generated citizen(s) (people who do not exist). The first start creates the region and takes a little longer.</source>
        <translation>
            <numerusform>Starting the demo regional service with %Ln generated citizen (a person who does not exist). The first start creates the region and takes a little longer.</numerusform>
            <numerusform>Starting the demo regional service with %Ln generated citizens (people who do not exist). The first start creates the region and takes a little longer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loket::ui::DocumentWorkListWindow</name>
    <message numerus="yes">
        <source>%n document(s) to follow up.</source>
        <translation>
            <numerusform>%n document to follow up.</numerusform>
            <numerusform>%n documents to follow up.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s), newest first; at most %1 are shown.</source>
        <translation>
            <numerusform>%n document, newest first; at most %1 are shown.</numerusform>
            <numerusform>%n documents, newest first; at most %1 are shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loket::ui::DossierView</name>
    <message numerus="yes">
        <source>%n years old</source>
        <translation>
            <numerusform>%n year old</numerusform>
            <numerusform>%n years old</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loket::ui::GuidePanel</name>
    <message numerus="yes">
        <source>not yet: %n guide(s)</source>
        <translation>
            <numerusform>not yet: %n guide</numerusform>
            <numerusform>not yet: %n guides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n step(s) done</source>
        <translation>
            <numerusform>The only step done</numerusform>
            <numerusform>All %n steps done</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loket::ui::MainWindow</name>
    <message numerus="yes">
        <source>first %Ln shown — type more to narrow down</source>
        <translation>
            <numerusform>first %Ln shown — type more to narrow down</numerusform>
            <numerusform>first %Ln shown — type more to narrow down</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln found</source>
        <translation>
            <numerusform>%Ln found</numerusform>
            <numerusform>%Ln found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The regional service would remove %Ln citizen(s) from this cache without saying why. That can happen when the service was restored from an old backup.

Remove them only if your coordinator confirms it.</source>
        <translation>
            <numerusform>The regional service would remove %Ln citizen from this cache without saying why. That can happen when the service was restored from an old backup.

Remove it only if your coordinator confirms it.</numerusform>
            <numerusform>The regional service would remove %Ln citizens from this cache without saying why. That can happen when the service was restored from an old backup.

Remove them only if your coordinator confirms it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) without input</source>
        <translation>
            <numerusform>%n minute without input</numerusform>
            <numerusform>%n minutes without input</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep visited dossiers for %n day(s)…</source>
        <translation>
            <numerusform>Keep visited dossiers for %n day…</numerusform>
            <numerusform>Keep visited dossiers for %n days…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loket::ui::OpenItemsModel</name>
    <message numerus="yes">
        <source>not opened in the eBox for %n day(s)</source>
        <translation>
            <numerusform>not opened in the eBox for %n day</numerusform>
            <numerusform>not opened in the eBox for %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loket::ui::OutboxWindow</name>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n change waiting to be sent.</numerusform>
            <numerusform>%n changes waiting to be sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused: retry or discard them.</source>
        <translation>
            <numerusform>%n refused: retry or discard it.</numerusform>
            <numerusform>%n refused: retry or discard them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in conflict: choose a version.</source>
        <translation>
            <numerusform>%n in conflict: choose a version.</numerusform>
            <numerusform>%n in conflict: choose a version.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loket::ui::ReportForm</name>
    <message numerus="yes">
        <source>Expected within %n working day(s): by %1.</source>
        <translation>
            <numerusform>Expected within %n working day: by %1.</numerusform>
            <numerusform>Expected within %n working days: by %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A report takes at most %n photos.</source>
        <translation>
            <numerusform>A report takes at most %n photo.</numerusform>
            <numerusform>A report takes at most %n photos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loket::ui::ReportListWindow</name>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n report</numerusform>
            <numerusform>%n reports</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loket::ui::StatusBar</name>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln citizen(s)</source>
        <translation>
            <numerusform>%Ln citizen</numerusform>
            <numerusform>%Ln citizens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>%n conflict to resolve</numerusform>
            <numerusform>%n conflicts to resolve</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loket::ui::TaskQueueModel</name>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loket::ui::VisitListModel</name>
    <message numerus="yes">
        <source>The visit is more than %n day(s) ago: its dossier leaves this computer.</source>
        <translation>
            <numerusform>The visit is more than %n day ago: its dossier leaves this computer.</numerusform>
            <numerusform>The visit is more than %n days ago: its dossier leaves this computer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loket::ui::VisitListWindow</name>
    <message numerus="yes">
        <source>All %n dossier(s) are ready for offline use (%1).</source>
        <translation>
            <numerusform>The %n dossier is ready for offline use (%1).</numerusform>
            <numerusform>All %n dossiers are ready for offline use (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your planned home visits. Prepare for offline fetches the dossiers of the current visits, so that you can work without a network. A dossier leaves this computer %n day(s) after the visit.</source>
        <translation>
            <numerusform>Your planned home visits. Prepare for offline fetches the dossiers of the current visits, so that you can work without a network. A dossier leaves this computer %n day after the visit.</numerusform>
            <numerusform>Your planned home visits. Prepare for offline fetches the dossiers of the current visits, so that you can work without a network. A dossier leaves this computer %n days after the visit.</numerusform>
        </translation>
    </message>
</context>
</TS>
