<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH" sourcelanguage="en">
<context>
    <name>AccountForm</name>
    <message>
        <source>Saving…</source>
        <translation>กำลังบันทึก…</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>โปรดตั้งชื่อให้บัญชีนี้</translation>
    </message>
    <message>
        <source>Paste the account&apos;s secret key.</source>
        <translation>โปรดวางคีย์ลับ (secret key) ของบัญชีนี้</translation>
    </message>
    <message>
        <source>Wait for Omise to check the key.</source>
        <translation>โปรดรอให้ Omise ตรวจสอบคีย์ก่อน</translation>
    </message>
    <message>
        <source>Use this key for {name}, or paste another key.</source>
        <translation>ใช้คีย์นี้กับ {name} หรือวางคีย์อื่น</translation>
    </message>
    <message>
        <source>Paste a key of this account.</source>
        <translation>โปรดวางคีย์ของบัญชีนี้</translation>
    </message>
    <message>
        <source>Save needs a key Omise has accepted.</source>
        <translation>ต้องใช้คีย์ที่ Omise ตรวจสอบผ่านแล้วจึงจะบันทึกได้</translation>
    </message>
    <message>
        <source>Use this key for {name}</source>
        <extracomment>A button; {name} is the name of an account already in the list.</extracomment>
        <translation>ใช้คีย์นี้กับ {name}</translation>
    </message>
    <message>
        <source>This key belongs to {name}, already added.</source>
        <translation>คีย์นี้เป็นของ {name} ซึ่งเพิ่มไว้แล้ว</translation>
    </message>
    <message>
        <source>This key belongs to another Omise account, not to {name}. Add it as an account of its own.</source>
        <translation>คีย์นี้เป็นของบัญชี Omise อื่น ไม่ใช่ของ {name} โปรดเพิ่มเป็นบัญชีใหม่แยกต่างหาก</translation>
    </message>
    <message>
        <source>Save gives {name} this key.</source>
        <extracomment>{name} is the name of the account whose key Save replaces.</extracomment>
        <translation>กดบันทึกเพื่อให้ {name} ใช้คีย์นี้</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>An account is already called {name}; pick another name.</source>
        <translation>มีบัญชีชื่อ {name} อยู่แล้ว โปรดตั้งชื่ออื่น</translation>
    </message>
    <message>
        <source>{name} is no longer among the accounts (it was removed elsewhere), so nothing was saved.</source>
        <translation>{name} ไม่อยู่ในรายการบัญชีแล้ว (ถูกลบจากที่อื่น) จึงไม่ได้บันทึกสิ่งใด</translation>
    </message>
    <message>
        <source>This key belongs to another Omise account, not to {name}.</source>
        <translation>คีย์นี้เป็นของบัญชี Omise อื่น ไม่ใช่ของ {name}</translation>
    </message>
    <message>
        <source>This key belongs to {name}, already added.</source>
        <extracomment>{name} is the name of the account the key opens, already in the list.</extracomment>
        <translation>คีย์นี้เป็นของ {name} ซึ่งเพิ่มไว้แล้ว</translation>
    </message>
    <message>
        <source>The change was not saved: another Omise Tray program is changing the settings. Try again in a moment.</source>
        <translation>ยังไม่ได้บันทึกการเปลี่ยนแปลง เพราะโปรแกรม Omise Tray อีกตัวกำลังแก้ไขการตั้งค่าอยู่ โปรดลองอีกครั้งในอีกสักครู่</translation>
    </message>
    <message>
        <source>The change could not be made; details are in the log.</source>
        <translation>ไม่สามารถเปลี่ยนแปลงได้ ดูรายละเอียดได้ในไฟล์บันทึก (log)</translation>
    </message>
    <message>
        <source>{name} was not removed: its key is in a keyring that is not available now, so it could not be deleted. Start your keyring and try again.</source>
        <translation>ยังไม่ได้ลบ {name} เพราะคีย์ของบัญชีนี้อยู่ในคีย์ริง (keyring) ที่ใช้งานไม่ได้ในตอนนี้ จึงลบคีย์ไม่ได้ โปรดเปิดคีย์ริงแล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>The keyring could not be searched; details are in the log.</source>
        <translation>ค้นหาในคีย์ริงไม่ได้ ดูรายละเอียดได้ในไฟล์บันทึก (log)</translation>
    </message>
    <message>
        <source>Without a readable settings file, which keys belong to an account cannot be told; nothing was deleted.</source>
        <translation>อ่านไฟล์การตั้งค่าไม่ได้ จึงบอกไม่ได้ว่าคีย์ใดเป็นของบัญชีใด ไม่ได้ลบคีย์ใดเลย</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Keys no account &amp;uses…</source>
        <translation>คีย์ที่ไม่มีบัญชีใช้(&amp;U)…</translation>
    </message>
    <message>
        <source>Find secret keys left in the keyring that no account uses, and delete them</source>
        <translation>ค้นหาคีย์ลับที่ค้างอยู่ในคีย์ริงซึ่งไม่มีบัญชีใดใช้ แล้วลบทิ้ง</translation>
    </message>
    <message>
        <source>{name} (duplicate)</source>
        <extracomment>In the list of accounts, an entry that repeats an account already listed; the sentence under the list names the account it repeats.</extracomment>
        <translation>{name} (ซ้ำ)</translation>
    </message>
    <message>
        <source>{name} is the same Omise account as {original}, so it is counted once. Select it and press Remove to delete it.</source>
        <translation>{name} เป็นบัญชี Omise เดียวกับ {original} จึงนับยอดเพียงครั้งเดียว เลือกรายการนี้แล้วกดปุ่มลบเพื่อนำออก</translation>
    </message>
    <message>
        <source>Looking for keys no account uses…</source>
        <translation>กำลังค้นหาคีย์ที่ไม่มีบัญชีใช้…</translation>
    </message>
    <message>
        <source>Every key Omise Tray keeps in the keyring belongs to an account.</source>
        <translation>คีย์ทุกรายการที่ Omise Tray เก็บไว้ในคีย์ริงมีบัญชีใช้งานอยู่</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) in the keyring belong to no account; none was deleted.</source>
        <translation>
            <numerusform>มีคีย์ %n รายการในคีย์ริงที่ไม่มีบัญชีใช้ ยังไม่ได้ลบรายการใด</numerusform>
        </translation>
    </message>
    <message>
        <source>Keys no account uses</source>
        <translation>คีย์ที่ไม่มีบัญชีใช้</translation>
    </message>
    <message numerus="yes">
        <source>%n secret key(s) in the keyring belong to no account in Omise Tray. They were left behind by an older version or an interrupted change. Delete them?</source>
        <translation>
            <numerusform>มีคีย์ลับ %n รายการในคีย์ริงที่ไม่มีบัญชีใดใน Omise Tray ใช้ ซึ่งค้างมาจากเวอร์ชันเก่าหรือการเปลี่ยนแปลงที่ไม่เสร็จสมบูรณ์ ต้องการลบหรือไม่</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n key(s) that no account used from the keyring.</source>
        <translation>
            <numerusform>ลบคีย์ที่ไม่มีบัญชีใช้ออกจากคีย์ริงแล้ว %n รายการ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BalanceCard</name>
    <message>
        <source>History of {card}</source>
        <extracomment>{card} is a currency and mode, such as &quot;THB · test&quot;.</extracomment>
        <translation>ประวัติของ {card}</translation>
    </message>
    <message>
        <source>Open the Omise dashboard for {card}</source>
        <extracomment>{card} is a currency and mode, such as &quot;THB · test&quot;.</extracomment>
        <translation>เปิดแดชบอร์ด Omise ของ {card}</translation>
    </message>
    <message>
        <source>{account}: {amount}</source>
        <extracomment>{account} is an account&apos;s name, {amount} its available balance (or •••).</extracomment>
        <translation>{account}: {amount}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>S&amp;how amounts</source>
        <translation>แสดงยอดเงิน (&amp;H)</translation>
    </message>
    <message>
        <source>Show every amount again (Ctrl+Shift+H)</source>
        <translation>แสดงยอดเงินทั้งหมดอีกครั้ง (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <source>&amp;Hide amounts</source>
        <translation>ซ่อนยอดเงิน (&amp;H)</translation>
    </message>
    <message>
        <source>Show ••• instead of every amount, for a screen share or a shop counter (Ctrl+Shift+H)</source>
        <translation>แสดง ••• แทนยอดเงินทุกจุด ใช้ตอนแชร์หน้าจอหรือเปิดจอไว้ที่หน้าร้าน (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <source>S&amp;nooze alerts</source>
        <translation>พักการแจ้งเตือน (&amp;N)</translation>
    </message>
    <message>
        <source>Hold back one account&apos;s alerts for an hour or until tomorrow</source>
        <translation>พักการแจ้งเตือนของบัญชีใดบัญชีหนึ่งไว้ 1 ชั่วโมง หรือจนถึงพรุ่งนี้</translation>
    </message>
    <message>
        <source>Hide amounts</source>
        <translation>ซ่อนยอดเงิน</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source> s</source>
        <extracomment>After a number of seconds in a spin box, such as &quot;3 s&quot;.</extracomment>
        <translation> วินาที</translation>
    </message>
    <message>
        <source>&amp;Hide amounts (show ••• instead)</source>
        <translation>ซ่อนยอดเงิน (แสดงเป็น •••) (&amp;H)</translation>
    </message>
    <message>
        <source>For a screen share or a shop counter: the window, the tray, notifications and history show ••• for every amount. Health words and colours stay.</source>
        <translation>สำหรับตอนแชร์หน้าจอหรือเปิดจอไว้ที่หน้าร้าน: หน้าต่าง ไอคอนในถาดระบบ การแจ้งเตือน และประวัติ จะแสดง ••• แทนยอดเงินทุกจุด ส่วนคำและสีที่บอกสถานะยอดเงินยังแสดงตามเดิม</translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <source>just now</source>
        <translation>เมื่อสักครู่</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n นาทีที่แล้ว</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n ชั่วโมงที่แล้ว</numerusform>
        </translation>
    </message>
    <message>
        <source>on {date}</source>
        <translation>เมื่อ {date}</translation>
    </message>
    <message>
        <source>not updated yet</source>
        <translation>ยังไม่ได้อัปเดต</translation>
    </message>
    <message>
        <source>updated just now</source>
        <translation>อัปเดตเมื่อสักครู่</translation>
    </message>
    <message numerus="yes">
        <source>updated %n min ago</source>
        <translation>
            <numerusform>อัปเดตเมื่อ %n นาทีที่แล้ว</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>updated %n h ago</source>
        <translation>
            <numerusform>อัปเดตเมื่อ %n ชั่วโมงที่แล้ว</numerusform>
        </translation>
    </message>
    <message>
        <source>updated on {date}</source>
        <translation>อัปเดตเมื่อ {date}</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n วินาที</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n นาที</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n ชั่วโมง</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>วันนี้</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>พรุ่งนี้</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>เมื่อวาน</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>&amp;Hide amounts</source>
        <translation>ซ่อนยอดเงิน (&amp;H)</translation>
    </message>
    <message>
        <source>Show ••• instead of every amount, for a screen share or a shop counter</source>
        <translation>แสดง ••• แทนยอดเงินทุกจุด ใช้ตอนแชร์หน้าจอหรือเปิดจอไว้ที่หน้าร้าน</translation>
    </message>
</context>
</TS>
