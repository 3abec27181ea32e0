<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
</context>
</TS>
