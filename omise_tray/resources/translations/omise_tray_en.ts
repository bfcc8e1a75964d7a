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
    <name>Alerts</name>
    <message numerus="yes">
        <source>%n payouts totalling {amount} sent</source>
        <translation>
            <numerusform>%n payout totalling {amount} sent</numerusform>
            <numerusform>%n payouts totalling {amount} sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refunds totalling {amount}</source>
        <translation>
            <numerusform>%n refund totalling {amount}</numerusform>
            <numerusform>%n refunds totalling {amount}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disputes totalling {amount}</source>
        <translation>
            <numerusform>%n dispute totalling {amount}</numerusform>
            <numerusform>%n disputes totalling {amount}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n debits totalling {amount}</source>
        <translation>
            <numerusform>%n debit totalling {amount}</numerusform>
            <numerusform>%n debits totalling {amount}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n {currency} account</source>
        <translation>
            <numerusform>%n {currency} account</numerusform>
            <numerusform>%n {currency} accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n {currency} accounts</source>
        <translation>
            <numerusform>%n {currency} account</numerusform>
            <numerusform>%n {currency} accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accounts</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{list} and %n more</source>
        <extracomment>The summary&apos;s list, then how many accounts it leaves out.</extracomment>
        <translation>
            <numerusform>{list} and %n more</numerusform>
            <numerusform>{list} and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message numerus="yes">
        <source>{current} of %n accounts {updated}</source>
        <extracomment>{current} accounts of %n are up to date; {updated} is &quot;updated 2 min ago&quot;.</extracomment>
        <translation>
            <numerusform>{current} of %n account {updated}</numerusform>
            <numerusform>{current} of %n accounts {updated}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Critical — %n accounts below their critical line</source>
        <translation>
            <numerusform>Critical — %n account below its critical line</numerusform>
            <numerusform>Critical — %n accounts below their critical line</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Low — %n accounts below their low line</source>
        <translation>
            <numerusform>Low — %n account below its low line</numerusform>
            <numerusform>Low — %n accounts below their low line</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moderate — %n accounts below their moderate line</source>
        <translation>
            <numerusform>Moderate — %n account below its moderate line</numerusform>
            <numerusform>Moderate — %n accounts below their moderate line</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accounts</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account critical</source>
        <translation>
            <numerusform>%n account critical</numerusform>
            <numerusform>%n accounts critical</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account low</source>
        <translation>
            <numerusform>%n account low</numerusform>
            <numerusform>%n accounts low</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account moderate</source>
        <translation>
            <numerusform>%n account moderate</numerusform>
            <numerusform>%n accounts moderate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account not updating</source>
        <translation>
            <numerusform>%n account not updating</numerusform>
            <numerusform>%n accounts not updating</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account fetching</source>
        <translation>
            <numerusform>%n account fetching</numerusform>
            <numerusform>%n accounts fetching</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accounts critical</source>
        <translation>
            <numerusform>%n account critical</numerusform>
            <numerusform>%n accounts critical</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accounts low</source>
        <translation>
            <numerusform>%n account low</numerusform>
            <numerusform>%n accounts low</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accounts moderate</source>
        <translation>
            <numerusform>%n account moderate</numerusform>
            <numerusform>%n accounts moderate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accounts not updating</source>
        <translation>
            <numerusform>%n account not updating</numerusform>
            <numerusform>%n accounts not updating</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accounts fetching</source>
        <translation>
            <numerusform>%n account fetching</numerusform>
            <numerusform>%n accounts fetching</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n critical</source>
        <translation>
            <numerusform>%n critical</numerusform>
            <numerusform>%n critical</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n low</source>
        <translation>
            <numerusform>%n low</numerusform>
            <numerusform>%n low</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moderate</source>
        <translation>
            <numerusform>%n moderate</numerusform>
            <numerusform>%n moderate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not updating</source>
        <translation>
            <numerusform>%n not updating</numerusform>
            <numerusform>%n not updating</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fetching</source>
        <translation>
            <numerusform>%n fetching</numerusform>
            <numerusform>%n fetching</numerusform>
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
