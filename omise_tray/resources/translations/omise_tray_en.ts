<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>AccountsDialog</name>
    <message numerus="yes">
        <source>%n key(s) in the keyring belong to no account; none was deleted.</source>
        <translation>
            <numerusform>%n key in the keyring belongs to no account; it was not deleted.</numerusform>
            <numerusform>%n keys in the keyring belong to no account; none was deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret key(s) in the keyring belong to no account in Omise Tray. They were left behind by an older version or an interrupted change. Delete them?</source>
        <translation>
            <numerusform>%n secret key in the keyring belongs to no account in Omise Tray. It was left behind by an older version or an interrupted change. Delete it?</numerusform>
            <numerusform>%n secret keys in the keyring belong to no account in Omise Tray. They were left behind by an older version or an interrupted change. Delete them?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n key(s) that no account used from the keyring.</source>
        <translation>
            <numerusform>Deleted %n key that no account used from the keyring.</numerusform>
            <numerusform>Deleted %n keys that no account used from the keyring.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>updated %n min ago</source>
        <translation>
            <numerusform>updated %n min ago</numerusform>
            <numerusform>updated %n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>updated %n h ago</source>
        <translation>
            <numerusform>updated %n h ago</numerusform>
            <numerusform>updated %n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
</context>
</TS>
