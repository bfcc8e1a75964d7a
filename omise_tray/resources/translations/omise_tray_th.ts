<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH" sourcelanguage="en">
<context>
    <name>AccountForm</name>
    <message>
        <source>Edit account</source>
        <translation>แก้ไขบัญชี</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>เพิ่มบัญชี</translation>
    </message>
    <message>
        <source>For example: Bangkok shop</source>
        <translation>ตัวอย่าง: ร้านสาขากรุงเทพฯ</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>คีย์ลับ</translation>
    </message>
    <message>
        <source>Leave empty to keep the current key ({key})</source>
        <extracomment>{key} is the current key, masked: skey_test_•••••1234.</extracomment>
        <translation>เว้นว่างไว้เพื่อใช้คีย์เดิม ({key})</translation>
    </message>
    <message>
        <source>skey_test_… or skey_… from Dashboard → Keys</source>
        <translation>skey_test_… หรือ skey_… จากแดชบอร์ด → Keys</translation>
    </message>
    <message>
        <source>Sho&amp;w key</source>
        <translation>แสดงคีย์ (&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Check key</source>
        <translation>ตรวจสอบคีย์ (&amp;C)</translation>
    </message>
    <message>
        <source>S&amp;top checking</source>
        <translation>หยุดตรวจสอบ (&amp;T)</translation>
    </message>
    <message>
        <source>Keep for this session &amp;only</source>
        <translation>เก็บไว้เฉพาะรอบการใช้งานนี้ (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>ชื่อ (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Secret key:</source>
        <translation>คีย์ลับ (&amp;S):</translation>
    </message>
    <message>
        <source>Paste a new secret key to replace the current one, or just change the name.</source>
        <translation>วางคีย์ลับใหม่เพื่อแทนคีย์เดิม หรือเปลี่ยนเฉพาะชื่อก็ได้</translation>
    </message>
    <message>
        <source>Paste the secret key from Dashboard → Keys; it is checked with Omise before saving.</source>
        <translation>วางคีย์ลับจากแดชบอร์ด → Keys ระบบจะตรวจสอบคีย์กับ Omise ก่อนบันทึก</translation>
    </message>
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
        <translation>โปรดวางคีย์ลับของบัญชีนี้</translation>
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
        <source>Checking the key with Omise…</source>
        <translation>กำลังตรวจสอบคีย์กับ Omise…</translation>
    </message>
    <message>
        <source>Check stopped. Press Check key to try again.</source>
        <translation>หยุดตรวจสอบแล้ว กด “ตรวจสอบคีย์” เพื่อลองอีกครั้ง</translation>
    </message>
    <message>
        <source>Use this key for {name}</source>
        <extracomment>A button; {name} is the name of an account already in the list.</extracomment>
        <translation>ใช้คีย์นี้กับ {name}</translation>
    </message>
    <message>
        <source>Tick “Keep for this session only” to use this key until you quit.</source>
        <translation>ติ๊ก “เก็บไว้เฉพาะรอบการใช้งานนี้” เพื่อใช้คีย์นี้จนกว่าจะปิดโปรแกรม</translation>
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
    <message>
        <source>Another account is already called {name}; pick another.</source>
        <translation>มีบัญชีอื่นชื่อ {name} อยู่แล้ว โปรดตั้งชื่ออื่น</translation>
    </message>
    <message>
        <source>{problem} Or tick “Keep for this session only”.</source>
        <extracomment>{problem} says why the key could not be kept in the keyring.</extracomment>
        <translation>{problem} หรือติ๊ก “เก็บไว้เฉพาะรอบการใช้งานนี้”</translation>
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
        <source>The change could not be saved ({reason}). Check that your settings folder is writable and try again.</source>
        <extracomment>{reason} is the system&apos;s own words for the failure, such as &quot;Permission denied&quot;.</extracomment>
        <translation>บันทึกการเปลี่ยนแปลงไม่ได้ ({reason}) โปรดตรวจสอบว่าโฟลเดอร์การตั้งค่าเขียนได้ แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>{name} was not removed: its key is in a keyring that is not available now, so it could not be deleted. Start your keyring and try again.</source>
        <translation>ยังไม่ได้ลบ {name} เพราะคีย์ของบัญชีนี้อยู่ในคีย์ริง (keyring) ที่ใช้งานไม่ได้ในตอนนี้ จึงลบคีย์ไม่ได้ โปรดเปิดคีย์ริงแล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>{name} was not removed: {problem}</source>
        <extracomment>{problem} is the keyring&apos;s own account of what went wrong.</extracomment>
        <translation>ยังไม่ได้ลบ {name}: {problem}</translation>
    </message>
    <message>
        <source>The change could not be made; details are in the log.</source>
        <translation>ไม่สามารถเปลี่ยนแปลงได้ ดูรายละเอียดได้ในไฟล์บันทึก (log)</translation>
    </message>
    <message>
        <source>The keyring could not be searched; details are in the log.</source>
        <translation>ค้นหาในคีย์ริงไม่ได้ ดูรายละเอียดได้ในไฟล์บันทึก (log)</translation>
    </message>
    <message>
        <source>Without a readable settings file, which keys belong to an account cannot be told; nothing was deleted.</source>
        <translation>อ่านไฟล์การตั้งค่าไม่ได้ จึงบอกไม่ได้ว่าคีย์ใดเป็นของบัญชีใด ไม่ได้ลบคีย์ใดเลย</translation>
    </message>
    <message>
        <source>keyring ({keyring})</source>
        <translation>คีย์ริง ({keyring})</translation>
    </message>
    <message>
        <source>session only</source>
        <translation>เฉพาะรอบการใช้งานนี้</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ไม่พบคีย์</translation>
    </message>
    <message>
        <source>keyring (locked)</source>
        <translation>คีย์ริง (ล็อกอยู่)</translation>
    </message>
    <message>
        <source>keyring unavailable</source>
        <translation>ใช้คีย์ริงไม่ได้</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>โหมด</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>สกุลเงิน</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>คีย์ลับ</translation>
    </message>
    <message>
        <source>Kept in</source>
        <translation>เก็บไว้ที่</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>บัญชี</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>เพิ่ม… (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>แก้ไข… (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>ลบ… (&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>เลื่อนขึ้น (&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>เลื่อนลง (&amp;D)</translation>
    </message>
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
        <source>unknown</source>
        <translation>ไม่ทราบ</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>ลบบัญชี</translation>
    </message>
    <message>
        <source>Remove {name}? Its secret key will be deleted from this computer.</source>
        <translation>ลบ {name} หรือไม่ คีย์ลับของบัญชีนี้จะถูกลบออกจากคอมพิวเตอร์เครื่องนี้</translation>
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
    <name>Activity</name>
    <message>
        <source>Charge</source>
        <translation>การชำระเงิน</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>การคืนเงิน</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>การโอนเงิน</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>การโต้แย้งรายการ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>อื่นๆ</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>ไม่สำเร็จ</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>โอนถึงแล้ว</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>ส่งแล้ว</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>รอดำเนินการ</translation>
    </message>
    <message>
        <source>now</source>
        <extracomment>The money of a transaction can be paid out now.</extracomment>
        <translation>ตอนนี้</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>เงินเข้า</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>เงินออก</translation>
    </message>
    <message>
        <source>{fee} + {vat} VAT</source>
        <extracomment>A payout&apos;s fee and the VAT charged on it, both amounts.</extracomment>
        <translation>{fee} + VAT {vat}</translation>
    </message>
    <message>
        <source>The list could not be fetched; details are in the log.</source>
        <translation>ดึงรายการไม่ได้ ดูรายละเอียดได้ในไฟล์บันทึก (log)</translation>
    </message>
    <message>
        <source>Omise rejected this account&apos;s key: update it in Accounts.</source>
        <translation>Omise ปฏิเสธคีย์ของบัญชีนี้ โปรดอัปเดตคีย์ในเมนูบัญชี</translation>
    </message>
    <message>
        <source>Omise could not be reached: check the connection, then retry.</source>
        <translation>เชื่อมต่อ Omise ไม่ได้ โปรดตรวจสอบการเชื่อมต่ออินเทอร์เน็ต แล้วลองใหม่</translation>
    </message>
    <message>
        <source>Omise asked us to slow down: retry in a moment.</source>
        <translation>Omise ขอให้ลดความถี่ในการเรียกข้อมูล โปรดลองใหม่อีกสักครู่</translation>
    </message>
    <message>
        <source>Omise is having trouble right now: retry in a few minutes.</source>
        <translation>ขณะนี้ Omise ขัดข้อง โปรดลองใหม่ในอีกไม่กี่นาที</translation>
    </message>
    <message>
        <source>Omise&apos;s answer could not be read: retry in a moment.</source>
        <translation>อ่านคำตอบจาก Omise ไม่ได้ โปรดลองใหม่อีกสักครู่</translation>
    </message>
    <message>
        <source>Omise could not answer: {problem}</source>
        <extracomment>{problem} is the reason in Omise&apos;s own (English) words.</extracomment>
        <translation>Omise ตอบกลับไม่ได้: {problem}</translation>
    </message>
    <message>
        <source>none of {total}</source>
        <extracomment>No row of this page is on show; {total} rows are in the whole list.</extracomment>
        <translation>ไม่มีจาก {total} รายการ</translation>
    </message>
    <message>
        <source>{first}–{last} of {total}</source>
        <extracomment>Rows {first} to {last} of {total} are on show: &quot;21–40 of 134&quot;.</extracomment>
        <translation>{first}–{last} จาก {total}</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>รายการเคลื่อนไหว</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <source>Credit / debit</source>
        <translation>เงินเข้า / เงินออก</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>จำนวนเงิน</translation>
    </message>
    <message>
        <source>What it was</source>
        <translation>ประเภทรายการ</translation>
    </message>
    <message>
        <source>Transferable</source>
        <extracomment>The column of when each transaction&apos;s money can be paid out.</extracomment>
        <translation>โอนได้เมื่อ</translation>
    </message>
    <message>
        <source>Fetch this page of transactions again</source>
        <translation>ดึงรายการเคลื่อนไหวหน้านี้อีกครั้ง</translation>
    </message>
    <message>
        <source>Newer transactions</source>
        <translation>รายการเคลื่อนไหวที่ใหม่กว่า</translation>
    </message>
    <message>
        <source>Older transactions</source>
        <translation>รายการเคลื่อนไหวที่เก่ากว่า</translation>
    </message>
    <message>
        <source>No account uses this currency, so there are no transactions.</source>
        <translation>ไม่มีบัญชีที่ใช้สกุลเงินนี้ จึงไม่มีรายการเคลื่อนไหว</translation>
    </message>
    <message>
        <source>Loading transactions…</source>
        <translation>กำลังโหลดรายการเคลื่อนไหว…</translation>
    </message>
    <message>
        <source>No transactions yet</source>
        <translation>ยังไม่มีรายการเคลื่อนไหว</translation>
    </message>
    <message>
        <source>No more transactions: go back with Previous.</source>
        <translation>ไม่มีรายการเคลื่อนไหวเพิ่มเติม กด ก่อนหน้า เพื่อย้อนกลับ</translation>
    </message>
    <message>
        <source>The transactions could not be loaded.</source>
        <translation>โหลดรายการเคลื่อนไหวไม่ได้</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>การโอนเงิน</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>สร้างเมื่อ</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>ค่าธรรมเนียม</translation>
    </message>
    <message>
        <source>Net</source>
        <extracomment>What reaches the bank: the payout less its fee.</extracomment>
        <translation>ยอดสุทธิ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>ธนาคาร</translation>
    </message>
    <message>
        <source>Failure reason</source>
        <translation>สาเหตุที่ไม่สำเร็จ</translation>
    </message>
    <message>
        <source>Fetch this page of payouts again</source>
        <translation>ดึงรายการโอนเงินหน้านี้อีกครั้ง</translation>
    </message>
    <message>
        <source>Newer payouts</source>
        <translation>การโอนเงินที่ใหม่กว่า</translation>
    </message>
    <message>
        <source>Older payouts</source>
        <translation>การโอนเงินที่เก่ากว่า</translation>
    </message>
    <message>
        <source>No account uses this currency, so there are no payouts.</source>
        <translation>ไม่มีบัญชีที่ใช้สกุลเงินนี้ จึงไม่มีการโอนเงิน</translation>
    </message>
    <message>
        <source>Loading payouts…</source>
        <translation>กำลังโหลดรายการโอนเงิน…</translation>
    </message>
    <message>
        <source>No payouts yet</source>
        <translation>ยังไม่มีการโอนเงิน</translation>
    </message>
    <message>
        <source>No more payouts: go back with Previous.</source>
        <translation>ไม่มีการโอนเงินเพิ่มเติม กด ก่อนหน้า เพื่อย้อนกลับ</translation>
    </message>
    <message>
        <source>The payouts could not be loaded.</source>
        <translation>โหลดรายการโอนเงินไม่ได้</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>คัดลอก</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>บัญชี</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>บัญชี (&amp;A):</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>บัญชี:</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>รีเฟรช (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>ลองใหม่ (&amp;R)</translation>
    </message>
    <message>
        <source>Position in the list</source>
        <translation>ตำแหน่งในรายการ</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>ก่อนหน้า (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>ถัดไป (&amp;N)</translation>
    </message>
    <message>
        <source>Problem: {problem}</source>
        <extracomment>{problem} is the failure&apos;s own sentence.</extracomment>
        <translation>ปัญหา: {problem}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>กำลังโหลด…</translation>
    </message>
    <message>
        <source>{id} (from {origin})</source>
        <extracomment>{id} is a transaction&apos;s id, {origin} the id of what it came from (a charge).</extracomment>
        <translation>{id} (จาก {origin})</translation>
    </message>
    <message>
        <source>Sent {sent}, paid {paid}</source>
        <extracomment>When a payout was sent and when the bank paid it: dates with times.</extracomment>
        <translation>ส่งเมื่อ {sent} โอนถึงเมื่อ {paid}</translation>
    </message>
    <message>
        <source>Sent {sent}</source>
        <translation>ส่งเมื่อ {sent}</translation>
    </message>
    <message>
        <source>Paid {paid}</source>
        <translation>โอนถึงเมื่อ {paid}</translation>
    </message>
</context>
<context>
    <name>Advice</name>
    <message>
        <source>The API reports more available than total; check the account in the Dashboard.</source>
        <translation>API รายงานยอดเงินที่โอนได้มากกว่ายอดคงเหลือ โปรดตรวจสอบบัญชีในแดชบอร์ด</translation>
    </message>
    <message>
        <source>Consider adding funds: {available} is available, below the {low} low threshold.</source>
        <extracomment>{available} and {low} are amounts: the balance and the low threshold.</extracomment>
        <translation>ควรเติมเงิน: ยอดเงินที่โอนได้ {available} ต่ำกว่าเกณฑ์ยอดต่ำ {low}</translation>
    </message>
    <message>
        <source>Consider adding funds: {available} is available, at the {low} low threshold.</source>
        <translation>ควรเติมเงิน: ยอดเงินที่โอนได้ {available} เท่ากับเกณฑ์ยอดต่ำ {low}</translation>
    </message>
    <message>
        <source>High pending balance — review settlements: {pending} is pending, more than twice the {available} available.</source>
        <translation>ยอดรอดำเนินการสูง — โปรดตรวจสอบการชำระบัญชี: ยอดรอดำเนินการ {pending} มากกว่าสองเท่าของยอดเงินที่โอนได้ {available}</translation>
    </message>
    <message>
        <source>{reserve} is held in reserve by Omise and cannot be used or paid out.</source>
        <translation>Omise กันเงินสำรองไว้ {reserve} ซึ่งใช้หรือโอนออกไม่ได้</translation>
    </message>
    <message>
        <source>{on_hold} is on hold and becomes transferable once it clears.</source>
        <translation>ยอด {on_hold} ถูกพักไว้ และจะโอนได้เมื่อผ่านการตรวจสอบแล้ว</translation>
    </message>
</context>
<context>
    <name>Alerts</name>
    <message>
        <source>critical</source>
        <translation>วิกฤต</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>วิกฤต</translation>
    </message>
    <message>
        <source>with a rejected key</source>
        <translation>คีย์ถูกปฏิเสธ</translation>
    </message>
    <message>
        <source>Key rejected</source>
        <translation>คีย์ถูกปฏิเสธ</translation>
    </message>
    <message>
        <source>low</source>
        <translation>ยอดต่ำ</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>ยอดต่ำ</translation>
    </message>
    <message>
        <source>down sharply</source>
        <translation>ยอดลดลงมาก</translation>
    </message>
    <message>
        <source>Down sharply</source>
        <translation>ยอดลดลงมาก</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>เชื่อมต่อไม่ได้</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>เชื่อมต่อไม่ได้</translation>
    </message>
    <message>
        <source>back above low</source>
        <translation>กลับมาสูงกว่าเกณฑ์ยอดต่ำ</translation>
    </message>
    <message>
        <source>Back above low</source>
        <translation>กลับมาสูงกว่าเกณฑ์ยอดต่ำ</translation>
    </message>
    <message>
        <source>paid out</source>
        <translation>โอนเงินออกแล้ว</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>โอนเงินออกแล้ว</translation>
    </message>
    <message>
        <source>available</source>
        <extracomment>The watched figure, as in &quot;฿900.00 available&quot; and &quot;available fell 85%&quot;.</extracomment>
        <translation>ยอดเงินที่โอนได้</translation>
    </message>
    <message>
        <source>total</source>
        <extracomment>The watched figure, as in &quot;฿900.00 total&quot; and &quot;total fell 85%&quot;.</extracomment>
        <translation>ยอดคงเหลือ</translation>
    </message>
    <message>
        <source>{account} — {what}</source>
        <extracomment>A notification&apos;s title: {account} is an account&apos;s name, {what} what happened (&quot;THB low&quot;, &quot;key rejected&quot;).</extracomment>
        <translation>{account} — {what}</translation>
    </message>
    <message>
        <source>{account} (test)</source>
        <extracomment>An account in test mode; {account} is its name.</extracomment>
        <translation>{account} (ทดสอบ)</translation>
    </message>
    <message>
        <source>key rejected</source>
        <translation>คีย์ถูกปฏิเสธ</translation>
    </message>
    <message>
        <source>{currency} back above low</source>
        <extracomment>{currency} is a currency code: &quot;THB back above low&quot;.</extracomment>
        <translation>{currency} กลับมาสูงกว่าเกณฑ์ยอดต่ำแล้ว</translation>
    </message>
    <message>
        <source>{currency} payout sent</source>
        <translation>{currency} โอนเงินออกแล้ว</translation>
    </message>
    <message>
        <source>{currency} down {share}%</source>
        <extracomment>{share} is a whole percentage: &quot;THB down 85%&quot;.</extracomment>
        <translation>{currency} ลดลง {share}%</translation>
    </message>
    <message>
        <source>{currency} still critical</source>
        <translation>{currency} ยังวิกฤตอยู่</translation>
    </message>
    <message>
        <source>{currency} critical</source>
        <translation>{currency} วิกฤต</translation>
    </message>
    <message>
        <source>{currency} still low</source>
        <translation>{currency} ยอดยังต่ำอยู่</translation>
    </message>
    <message>
        <source>{currency} low</source>
        <translation>{currency} ยอดต่ำ</translation>
    </message>
    <message>
        <source>Omise rejected this account&apos;s secret key. Paste a new key from Dashboard → Keys.</source>
        <translation>Omise ปฏิเสธซีเคร็ตคีย์ของบัญชีนี้ โปรดวางคีย์ใหม่จากแดชบอร์ด → คีย์</translation>
    </message>
    <message>
        <source>The balance could not be fetched for {duration}. Last error: {message}</source>
        <extracomment>{duration} is &quot;45 minutes&quot; or &quot;3 hours&quot;; {message} the error&apos;s own sentence.</extracomment>
        <translation>ดึงยอดเงินไม่ได้มา {duration}แล้ว ข้อผิดพลาดล่าสุด: {message}</translation>
    </message>
    <message>
        <source>The balance could not be fetched for {duration}.</source>
        <extracomment>{duration} is &quot;45 minutes&quot; or &quot;3 hours&quot;.</extracomment>
        <translation>ดึงยอดเงินไม่ได้มา {duration}แล้ว</translation>
    </message>
    <message>
        <source>{amount} {watched}, above {line}</source>
        <extracomment>{amount} {watched} is the balance now (&quot;฿1,200.00 available&quot;); {line} the low line.</extracomment>
        <translation>{watched} {amount} สูงกว่า {line} แล้ว</translation>
    </message>
    <message>
        <source>{amount} {watched}, below {line}</source>
        <extracomment>{amount} {watched} is the balance (&quot;฿900.00 available&quot;); {line} the line crossed.</extracomment>
        <translation>{watched} {amount} ต่ำกว่า {line}</translation>
    </message>
    <message>
        <source>{amount} {watched}, at {line}</source>
        <translation>{watched} {amount} เท่ากับเกณฑ์ {line}</translation>
    </message>
    <message>
        <source>{cause}: {watched} fell {share}% to {amount}, below {line}</source>
        <extracomment>{cause} names the debits (&quot;payout of ฿18,500.00 sent&quot;); {share} is a percentage.</extracomment>
        <translation>{cause}: {watched}ลดลง {share}% เหลือ {amount} ต่ำกว่า {line}</translation>
    </message>
    <message>
        <source>{cause}: {watched} fell {share}% to {amount}, at {line}</source>
        <translation>{cause}: {watched}ลดลง {share}% เหลือ {amount} เท่ากับเกณฑ์ {line}</translation>
    </message>
    <message>
        <source>{watched} fell {share}% to {amount}, below {line}</source>
        <extracomment>{watched} is &quot;available&quot; or &quot;total&quot;; {share} is a whole percentage.</extracomment>
        <translation>{watched}ลดลง {share}% เหลือ {amount} ต่ำกว่า {line}</translation>
    </message>
    <message>
        <source>{watched} fell {share}% to {amount}, at {line}</source>
        <translation>{watched}ลดลง {share}% เหลือ {amount} เท่ากับเกณฑ์ {line}</translation>
    </message>
    <message>
        <source>{cause}; {amount} {watched}.</source>
        <extracomment>{cause} names the payouts (&quot;payout of ฿18,500.00 sent&quot;); {amount} {watched} is the balance now (&quot;฿900.00 available&quot;).</extracomment>
        <translation>{cause} ตอนนี้{watched} {amount}</translation>
    </message>
    <message>
        <source>{cause}: {watched} fell from {previous} to {amount} since the last check.</source>
        <translation>{cause}: {watched}ลดลงจาก {previous} เหลือ {amount} ตั้งแต่การตรวจครั้งก่อน</translation>
    </message>
    <message>
        <source>{watched} fell from {previous} to {amount} since the last check; refunds, disputes and payouts cause drops like this.</source>
        <translation>{watched}ลดลงจาก {previous} เหลือ {amount} ตั้งแต่การตรวจครั้งก่อน การคืนเงิน การโต้แย้งรายการ และการโอนเงินทำให้ยอดลดลงแบบนี้ได้</translation>
    </message>
    <message>
        <source>{watched} fell from {previous} to {amount} since the last check; no refund, dispute or payout since then explains it.</source>
        <translation>{watched}ลดลงจาก {previous} เหลือ {amount} ตั้งแต่การตรวจครั้งก่อน โดยไม่มีการคืนเงิน การโต้แย้งรายการ หรือการโอนเงินหลังจากนั้นที่อธิบายได้</translation>
    </message>
    <message>
        <source>{watched} fell from {previous} to {amount} since the last check. Debits since then explain only {explained} of it: {cause}.</source>
        <extracomment>{explained} is the part of the fall that {cause}, the debits, account for.</extracomment>
        <translation>{watched}ลดลงจาก {previous} เหลือ {amount} ตั้งแต่การตรวจครั้งก่อน รายการหักเงินหลังจากนั้นอธิบายได้เพียง {explained}: {cause}</translation>
    </message>
    <message>
        <source>payout of {amount} sent</source>
        <translation>โอนเงินออก {amount}</translation>
    </message>
    <message numerus="yes">
        <source>%n payouts totalling {amount} sent</source>
        <translation>
            <numerusform>โอนเงินออก %n รายการ รวม {amount}</numerusform>
        </translation>
    </message>
    <message>
        <source>refund of {amount}</source>
        <translation>คืนเงิน {amount}</translation>
    </message>
    <message numerus="yes">
        <source>%n refunds totalling {amount}</source>
        <translation>
            <numerusform>คืนเงิน %n รายการ รวม {amount}</numerusform>
        </translation>
    </message>
    <message>
        <source>dispute of {amount}</source>
        <translation>การโต้แย้งรายการ {amount}</translation>
    </message>
    <message numerus="yes">
        <source>%n disputes totalling {amount}</source>
        <translation>
            <numerusform>การโต้แย้งรายการ %n รายการ รวม {amount}</numerusform>
        </translation>
    </message>
    <message>
        <source>debit of {amount}</source>
        <translation>หักเงิน {amount}</translation>
    </message>
    <message numerus="yes">
        <source>%n debits totalling {amount}</source>
        <translation>
            <numerusform>หักเงิน %n รายการ รวม {amount}</numerusform>
        </translation>
    </message>
    <message>
        <source>{list}, {item}</source>
        <extracomment>A list: the items so far, then one more.</extracomment>
        <translation>{list}, {item}</translation>
    </message>
    <message>
        <source>{list} and {item}</source>
        <extracomment>A list: the items but the last, then the last.</extracomment>
        <translation>{list} และ {item}</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n นาที</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n ชั่วโมง</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n {currency} account</source>
        <translation>
            <numerusform>%n บัญชี {currency}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n {currency} accounts</source>
        <translation>
            <numerusform>%n บัญชี {currency}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account</source>
        <translation>
            <numerusform>%n บัญชี</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accounts</source>
        <translation>
            <numerusform>%n บัญชี</numerusform>
        </translation>
    </message>
    <message>
        <source>{accounts} {state}</source>
        <extracomment>{accounts} is &quot;4 JPY accounts&quot;, {state} is &quot;critical&quot; or &quot;back above low&quot;.</extracomment>
        <translation>{accounts} {state}</translation>
    </message>
    <message>
        <source>{count} {state}</source>
        <extracomment>{count} accounts are in {state}: &quot;2 critical&quot;.</extracomment>
        <translation>{state} {count}</translation>
    </message>
    <message>
        <source>{accounts}: {counts}</source>
        <extracomment>{accounts} is &quot;3 accounts&quot;, {counts} is &quot;2 critical, 1 low&quot;.</extracomment>
        <translation>{accounts}: {counts}</translation>
    </message>
    <message>
        <source>{state}: {accounts}</source>
        <extracomment>{state} heads the list of {accounts}: &quot;Critical: Shop 2 ¥920, Shop 4 ¥1,100&quot;.</extracomment>
        <translation>{state}: {accounts}</translation>
    </message>
    <message>
        <source>{first}. {second}</source>
        <extracomment>Two sentences of a summary, one after the other.</extracomment>
        <translation>{first} {second}</translation>
    </message>
    <message numerus="yes">
        <source>{list} and %n more</source>
        <extracomment>The summary&apos;s list, then how many accounts it leaves out.</extracomment>
        <translation>
            <numerusform>{list} และอีก %n บัญชี</numerusform>
        </translation>
    </message>
    <message>
        <source>{sentences}.</source>
        <extracomment>The end of a summary&apos;s last sentence.</extracomment>
        <translation>{sentences}</translation>
    </message>
    <message>
        <source>{account} {amount}</source>
        <extracomment>An account in a summary: its name and its balance (&quot;Shop 2 ¥920&quot;).</extracomment>
        <translation>{account} {amount}</translation>
    </message>
</context>
<context>
    <name>Amount</name>
    <message>
        <source>Enter a number, such as {example}.</source>
        <extracomment>{example} is an amount such as 1,000.00.</extracomment>
        <translation>โปรดกรอกตัวเลข เช่น {example}</translation>
    </message>
    <message>
        <source>{currency} has no minor unit: enter a whole number.</source>
        <extracomment>{currency} is a currency code such as JPY.</extracomment>
        <translation>{currency} ไม่มีหน่วยย่อย โปรดกรอกจำนวนเต็ม</translation>
    </message>
    <message>
        <source>{currency} amounts have at most {places} decimal places.</source>
        <extracomment>{currency} is a currency code such as THB; {places} is 2 or 3 (a currency with no minor unit has a sentence of its own).</extracomment>
        <translation>จำนวนเงิน {currency} มีทศนิยมได้ไม่เกิน {places} ตำแหน่ง</translation>
    </message>
    <message>
        <source>Enter a smaller amount: the largest is {largest}.</source>
        <extracomment>{largest} is the largest amount the app can hold.</extracomment>
        <translation>โปรดกรอกจำนวนที่น้อยกว่านี้ จำนวนสูงสุดคือ {largest}</translation>
    </message>
    <message>
        <source>Enter an amount that is not negative.</source>
        <translation>โปรดกรอกจำนวนที่ไม่ติดลบ</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Start at login on Windows needs access to the registry.</source>
        <translation>การเปิดเมื่อเข้าสู่ระบบบน Windows ต้องเข้าถึงรีจิสทรีได้</translation>
    </message>
    <message>
        <source>Could not turn on start at login: the registry value {where} could not be changed ({reason}). Check that you may write there, then try again.</source>
        <extracomment>{where} is a registry value&apos;s full name; {reason} the system&apos;s own words.</extracomment>
        <translation>เปิดใช้การเปิดเมื่อเข้าสู่ระบบไม่ได้: แก้ไขค่ารีจิสทรี {where} ไม่ได้ ({reason}) โปรดตรวจสอบว่าคุณมีสิทธิ์เขียนที่ตำแหน่งนั้น แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>Could not turn off start at login: the registry value {where} could not be changed ({reason}). Check that you may write there, then try again.</source>
        <extracomment>{where} is a registry value&apos;s full name; {reason} the system&apos;s own words.</extracomment>
        <translation>ยกเลิกการเปิดเมื่อเข้าสู่ระบบไม่ได้: แก้ไขค่ารีจิสทรี {where} ไม่ได้ ({reason}) โปรดตรวจสอบว่าคุณมีสิทธิ์เขียนที่ตำแหน่งนั้น แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>Could not turn on start at login: the login item {where} could not be changed ({reason}). Check that you may write there, then try again.</source>
        <extracomment>{where} is the login item&apos;s file; {reason} the system&apos;s own words.</extracomment>
        <translation>เปิดใช้การเปิดเมื่อเข้าสู่ระบบไม่ได้: แก้ไขรายการเข้าสู่ระบบ {where} ไม่ได้ ({reason}) โปรดตรวจสอบว่าคุณมีสิทธิ์เขียนที่ตำแหน่งนั้น แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>Could not turn off start at login: the login item {where} could not be changed ({reason}). Check that you may write there, then try again.</source>
        <extracomment>{where} is the login item&apos;s file; {reason} the system&apos;s own words.</extracomment>
        <translation>ยกเลิกการเปิดเมื่อเข้าสู่ระบบไม่ได้: แก้ไขรายการเข้าสู่ระบบ {where} ไม่ได้ ({reason}) โปรดตรวจสอบว่าคุณมีสิทธิ์เขียนที่ตำแหน่งนั้น แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>Could not turn on start at login: the autostart entry {where} could not be changed ({reason}). Check that you may write there, then try again.</source>
        <extracomment>{where} is the autostart entry&apos;s file; {reason} the system&apos;s own words.</extracomment>
        <translation>เปิดใช้การเปิดเมื่อเข้าสู่ระบบไม่ได้: แก้ไขรายการเริ่มอัตโนมัติ {where} ไม่ได้ ({reason}) โปรดตรวจสอบว่าคุณมีสิทธิ์เขียนที่ตำแหน่งนั้น แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>Could not turn off start at login: the autostart entry {where} could not be changed ({reason}). Check that you may write there, then try again.</source>
        <extracomment>{where} is the autostart entry&apos;s file; {reason} the system&apos;s own words.</extracomment>
        <translation>ยกเลิกการเปิดเมื่อเข้าสู่ระบบไม่ได้: แก้ไขรายการเริ่มอัตโนมัติ {where} ไม่ได้ ({reason}) โปรดตรวจสอบว่าคุณมีสิทธิ์เขียนที่ตำแหน่งนั้น แล้วลองอีกครั้ง</translation>
    </message>
</context>
<context>
    <name>BalanceCard</name>
    <message>
        <source>What Omise can send to your bank account now (the API&apos;s “transferable”).</source>
        <translation>ยอดที่ Omise โอนเข้าบัญชีธนาคารของคุณได้ตอนนี้ (ใน API เรียกว่า “transferable”)</translation>
    </message>
    <message>
        <source>Everything in the account after fees, including money not yet available.</source>
        <translation>เงินทั้งหมดในบัญชีหลังหักค่าธรรมเนียม รวมถึงเงินที่ยังโอนไม่ได้</translation>
    </message>
    <message>
        <source>Received from charges but not yet available; it becomes available once Omise settles it.</source>
        <translation>เงินที่ได้รับจากการชำระเงินแต่ยังโอนไม่ได้ จะโอนได้เมื่อ Omise ชำระบัญชีแล้ว</translation>
    </message>
    <message>
        <source>Held back by Omise as security against refunds and chargebacks.</source>
        <translation>เงินที่ Omise กันไว้เป็นหลักประกันสำหรับการคืนเงินและการปฏิเสธการชำระเงิน (chargeback)</translation>
    </message>
    <message>
        <source>Held by Omise for now, for example during a review or a dispute.</source>
        <translation>เงินที่ Omise พักไว้ชั่วคราว เช่น ระหว่างการตรวจสอบหรือการโต้แย้งรายการ</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>ยอดคงเหลือ</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>รอดำเนินการ</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>เงินสำรอง</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>ถูกพักไว้</translation>
    </message>
    <message>
        <source>By account</source>
        <translation>แยกตามบัญชี</translation>
    </message>
    <message>
        <source>Open dashboard</source>
        <translation>เปิดแดชบอร์ด</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>ประวัติ…</translation>
    </message>
    <message>
        <source>Balance history, transactions, payouts and daily reports</source>
        <translation>ประวัติยอดเงิน รายการเคลื่อนไหว การโอนเงิน และรายงานประจำวัน</translation>
    </message>
    <message>
        <source>Available to pay out over the last 24 hours</source>
        <translation>ยอดเงินที่โอนได้ในช่วง 24 ชั่วโมงที่ผ่านมา</translation>
    </message>
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
        <source>Available to pay out: {amount}</source>
        <extracomment>{amount} is the amount that can be paid out now (or ••• in privacy mode).</extracomment>
        <translation>ยอดเงินที่โอนได้: {amount}</translation>
    </message>
    <message>
        <source>{figure}: {amount}</source>
        <extracomment>{figure} is a figure&apos;s name (&quot;Pending&quot;), {amount} its amount.</extracomment>
        <translation>{figure}: {amount}</translation>
    </message>
    <message>
        <source>{health} (last known)</source>
        <extracomment>{health} is a health word (&quot;Low&quot;) that may be out of date.</extracomment>
        <translation>{health} (ข้อมูลล่าสุดที่ทราบ)</translation>
    </message>
    <message>
        <source>Health: {health}</source>
        <extracomment>{health} is a health word, such as &quot;Low&quot;.</extracomment>
        <translation>สถานะ: {health}</translation>
    </message>
    <message>
        <source>{card} balance: {amount} available to pay out, {health}</source>
        <extracomment>What a screen reader says for the card. {card} is a currency and mode (&quot;THB · test&quot;), {amount} the amount that can be paid out now, {health} a health word (&quot;Low&quot;).</extracomment>
        <translation>ยอดเงิน {card}: โอนได้ {amount} สถานะ{health}</translation>
    </message>
    <message>
        <source>Available to pay out over the last {duration}</source>
        <extracomment>{duration} is a span of time, such as &quot;3 h&quot;.</extracomment>
        <translation>ยอดเงินที่โอนได้ในช่วง {duration} ที่ผ่านมา</translation>
    </message>
    <message>
        <source>Available to pay out; the dotted part is worked out from your transactions</source>
        <translation>ยอดเงินที่โอนได้ ส่วนที่เป็นเส้นจุดคำนวณย้อนหลังจากรายการเคลื่อนไหวของคุณ</translation>
    </message>
    <message>
        <source>{account}: {amount}</source>
        <extracomment>{account} is an account&apos;s name, {amount} its available balance (or •••).</extracomment>
        <translation>{account}: {amount}</translation>
    </message>
    <message>
        <source>{account}: {problem}</source>
        <extracomment>{account} is an account&apos;s name, {problem} what is wrong (&quot;Offline since 14:05&quot;).</extracomment>
        <translation>{account}: {problem}</translation>
    </message>
    <message>
        <source>Fetching the first balance…</source>
        <translation>กำลังดึงยอดเงินครั้งแรก…</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>1 year</source>
        <translation>1 ปี</translation>
    </message>
    <message numerus="yes">
        <source>%n day</source>
        <translation>
            <numerusform>%n วัน</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n วัน</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the last year</source>
        <translation>แสดงช่วง 1 ปีที่ผ่านมา</translation>
    </message>
    <message>
        <source>Show the last day</source>
        <translation>แสดงช่วง 1 วันที่ผ่านมา</translation>
    </message>
    <message numerus="yes">
        <source>Show the last %n days</source>
        <translation>
            <numerusform>แสดงช่วง %n วันที่ผ่านมา</numerusform>
        </translation>
    </message>
    <message>
        <source>Balance history chart</source>
        <extracomment>The chart&apos;s name for a screen reader.</extracomment>
        <translation>กราฟประวัติยอดเงิน</translation>
    </message>
    <message>
        <source>Worked out from transactions</source>
        <translation>คำนวณจากรายการเคลื่อนไหว</translation>
    </message>
    <message>
        <source>Projected, without new sales</source>
        <translation>ประมาณการ (ไม่รวมยอดขายใหม่)</translation>
    </message>
    <message>
        <source>Available {amount}</source>
        <extracomment>The hover read-out&apos;s line of the available balance; {amount} is an amount.</extracomment>
        <translation>ยอดเงินที่โอนได้ {amount}</translation>
    </message>
    <message>
        <source>Total {amount}</source>
        <extracomment>The hover read-out&apos;s line of the total balance; {amount} is an amount.</extracomment>
        <translation>ยอดคงเหลือ {amount}</translation>
    </message>
    <message>
        <source>No history yet — balances are recorded every poll.</source>
        <translation>ยังไม่มีประวัติ — ระบบจะบันทึกยอดเงินทุกครั้งที่ตรวจสอบ</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>ยอดเงินที่โอนได้</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>ยอดคงเหลือ</translation>
    </message>
    <message>
        <source>Projected</source>
        <translation>ประมาณการ</translation>
    </message>
    <message>
        <source>Before the first balance check, the balance is worked out backwards from the transactions; reserves and holds are not in it</source>
        <translation>ก่อนการตรวจยอดเงินครั้งแรก ยอดเงินคำนวณย้อนหลังจากรายการเคลื่อนไหว จึงไม่รวมเงินสำรองและเงินที่ถูกพักไว้</translation>
    </message>
    <message>
        <source>The coming days: money on its way less scheduled payouts</source>
        <translation>วันข้างหน้า: เงินที่กำลังจะเข้า หักการโอนเงินตามกำหนดการ</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>No secret key is stored for this account; add it in Accounts.</source>
        <translation>ยังไม่มีคีย์ลับของบัญชีนี้ โปรดเพิ่มที่เมนูบัญชี</translation>
    </message>
    <message>
        <source>This is a public key; paste the secret key from Dashboard → Keys.</source>
        <translation>นี่คือคีย์สาธารณะ โปรดวางคีย์ลับจากแดชบอร์ด → Keys</translation>
    </message>
    <message>
        <source>This is not an Omise secret key: a secret key starts with skey_test_ (test mode) or skey_ (live mode); copy it from Dashboard → Keys.</source>
        <translation>นี่ไม่ใช่คีย์ลับของ Omise คีย์ลับขึ้นต้นด้วย skey_test_ (โหมดทดสอบ) หรือ skey_ (โหมดใช้งานจริง) โปรดคัดลอกจากแดชบอร์ด → Keys</translation>
    </message>
    <message>
        <source>The Omise API address is not a valid web address; use https://api.omise.co.</source>
        <translation>ที่อยู่ API ของ Omise ไม่ใช่ที่อยู่เว็บที่ถูกต้อง โปรดใช้ https://api.omise.co</translation>
    </message>
    <message>
        <source>The Omise API address must not contain a user name, password, query or fragment; use https://api.omise.co.</source>
        <translation>ที่อยู่ API ของ Omise ต้องไม่มีชื่อผู้ใช้ รหัสผ่าน query หรือ fragment โปรดใช้ https://api.omise.co</translation>
    </message>
    <message>
        <source>Refusing to send the secret key over plain http:// to another computer. Use https://; plain http:// is allowed only to this computer (localhost, 127.0.0.1).</source>
        <translation>จะไม่ส่งคีย์ลับผ่าน http:// ธรรมดาไปยังคอมพิวเตอร์เครื่องอื่น โปรดใช้ https:// (อนุญาต http:// เฉพาะเครื่องนี้เท่านั้น: localhost, 127.0.0.1)</translation>
    </message>
    <message>
        <source>The Omise API version must be a date such as 2019-05-29 (YYYY-MM-DD).</source>
        <translation>เวอร์ชัน Omise API ต้องเป็นวันที่ เช่น 2019-05-29 (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>This account&apos;s settings cannot be used; check it in Accounts.</source>
        <translation>ใช้การตั้งค่าของบัญชีนี้ไม่ได้ โปรดตรวจสอบที่เมนูบัญชี</translation>
    </message>
    <message>
        <source>The connection to Omise broke off (connection reset); try again in a minute.</source>
        <translation>การเชื่อมต่อกับ Omise ขาดกลางคัน (การเชื่อมต่อถูกรีเซ็ต) โปรดลองอีกครั้งในอีกสักครู่</translation>
    </message>
    <message>
        <source>Could not reach Omise through the proxy. Check the proxy settings (HTTPS_PROXY, NO_PROXY).</source>
        <translation>ติดต่อ Omise ผ่านพร็อกซีไม่ได้ โปรดตรวจสอบการตั้งค่าพร็อกซี (HTTPS_PROXY, NO_PROXY)</translation>
    </message>
    <message>
        <source>Could not set up a secure connection to Omise. Check this computer&apos;s date and time, and any proxy or antivirus that inspects HTTPS.</source>
        <translation>สร้างการเชื่อมต่อที่ปลอดภัยกับ Omise ไม่ได้ โปรดตรวจสอบวันที่และเวลาของเครื่อง รวมถึงพร็อกซีหรือโปรแกรมป้องกันไวรัสที่ตรวจ HTTPS</translation>
    </message>
    <message>
        <source>Omise did not answer in time; try again in a minute.</source>
        <translation>Omise ไม่ตอบกลับภายในเวลาที่กำหนด โปรดลองอีกครั้งในอีกสักครู่</translation>
    </message>
    <message>
        <source>Could not reach Omise (the connection timed out). Check your internet connection and try again.</source>
        <translation>ติดต่อ Omise ไม่ได้ (หมดเวลาเชื่อมต่อ) โปรดตรวจสอบอินเทอร์เน็ตแล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>Could not reach Omise (its address could not be looked up). Check your internet connection and try again.</source>
        <translation>ติดต่อ Omise ไม่ได้ (ค้นหาที่อยู่ไม่พบ) โปรดตรวจสอบอินเทอร์เน็ตแล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>Could not reach Omise (connection refused). Check your internet connection and try again.</source>
        <translation>ติดต่อ Omise ไม่ได้ (การเชื่อมต่อถูกปฏิเสธ) โปรดตรวจสอบอินเทอร์เน็ตแล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>The request to Omise was cancelled.</source>
        <translation>ยกเลิกคำขอไปยัง Omise แล้ว</translation>
    </message>
    <message>
        <source>Could not reach Omise (no connection). Check your internet connection and try again.</source>
        <translation>ติดต่อ Omise ไม่ได้ (ไม่มีการเชื่อมต่อ) โปรดตรวจสอบอินเทอร์เน็ตแล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>Omise rejected the secret key. Check it in Dashboard → Keys and update it in this app.</source>
        <translation>Omise ปฏิเสธคีย์ลับ โปรดตรวจสอบที่แดชบอร์ด → Keys แล้วอัปเดตคีย์ในแอปนี้</translation>
    </message>
    <message>
        <source>Omise is receiving too many requests from this computer; wait a minute.</source>
        <translation>Omise ได้รับคำขอจากเครื่องนี้มากเกินไป โปรดรอสักครู่</translation>
    </message>
    <message>
        <source>Omise is having trouble right now; try again in a few minutes.</source>
        <translation>Omise ขัดข้องอยู่ในขณะนี้ โปรดลองอีกครั้งในอีกไม่กี่นาที</translation>
    </message>
    <message>
        <source>Omise is having trouble right now (HTTP {status}); try again in a few minutes.</source>
        <extracomment>{status} is an HTTP status number such as 503.</extracomment>
        <translation>Omise ขัดข้องอยู่ในขณะนี้ (HTTP {status}) โปรดลองอีกครั้งในอีกไม่กี่นาที</translation>
    </message>
    <message>
        <source>The read failed unexpectedly; details are in the log.</source>
        <translation>อ่านข้อมูลไม่สำเร็จโดยไม่คาดคิด ดูรายละเอียดได้ในไฟล์บันทึก (log)</translation>
    </message>
    <message>
        <source>Omise&apos;s answer was cut off before the end; try again in a minute.</source>
        <translation>คำตอบจาก Omise ถูกตัดก่อนจบ โปรดลองอีกครั้งในอีกสักครู่</translation>
    </message>
    <message>
        <source>Omise sent an answer this app does not understand; try again in a minute.</source>
        <translation>Omise ส่งคำตอบที่แอปนี้อ่านไม่ได้ โปรดลองอีกครั้งในอีกสักครู่</translation>
    </message>
    <message>
        <source>Omise refused the request (HTTP {status}): “{message}”</source>
        <extracomment>{status} is an HTTP status number such as 404; {message} is Omise&apos;s own words, in English, quoted as they came.</extracomment>
        <translation>Omise ปฏิเสธคำขอ (HTTP {status}): “{message}”</translation>
    </message>
    <message>
        <source>Omise refused the request (HTTP {status}). Check the API address in the settings.</source>
        <extracomment>{status} is an HTTP status number such as 404.</extracomment>
        <translation>Omise ปฏิเสธคำขอ (HTTP {status}) โปรดตรวจสอบที่อยู่ API ในการตั้งค่า</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>The damaged file was kept as {file}.</source>
        <extracomment>The sentence that follows one about a damaged file; {file} is a file&apos;s name.</extracomment>
        <translation>เก็บไฟล์ที่เสียหายไว้ในชื่อ {file}</translation>
    </message>
    <message>
        <source>{first} {second}</source>
        <extracomment>Two sentences in a row: {first} and {second} are whole sentences.</extracomment>
        <translation>{first} {second}</translation>
    </message>
    <message>
        <source>Your settings file was damaged ({detail}), so the defaults are in use.</source>
        <extracomment>{detail} is what the reader found wrong, in English (&quot;line 3 column 1&quot;).</extracomment>
        <translation>ไฟล์การตั้งค่าเสียหาย ({detail}) จึงใช้ค่าเริ่มต้นแทน</translation>
    </message>
    <message>
        <source>Your settings could not be read ({detail}); the defaults are in use until they can be.</source>
        <extracomment>{detail} is the system&apos;s reason, such as &quot;Permission denied&quot;.</extracomment>
        <translation>อ่านการตั้งค่าไม่ได้ ({detail}) จึงใช้ค่าเริ่มต้นไปก่อนจนกว่าจะอ่านได้</translation>
    </message>
    <message>
        <source>Your settings file as it was is kept as {file}.</source>
        <translation>เก็บไฟล์การตั้งค่าฉบับเดิมไว้ในชื่อ {file}</translation>
    </message>
    <message>
        <source>The balances saved when Omise Tray last quit could not be read, so the figures appear after the first check.</source>
        <translation>อ่านยอดเงินที่บันทึกไว้ตอนปิด Omise Tray ครั้งก่อนไม่ได้ ตัวเลขจะแสดงหลังการตรวจครั้งแรก</translation>
    </message>
    <message>
        <source>What Omise Tray remembered about alerts already shown and snoozed could not be read, so an alert may be shown again.</source>
        <translation>อ่านข้อมูลที่ Omise Tray จำไว้เกี่ยวกับการแจ้งเตือนที่แสดงแล้วและที่พักไว้ไม่ได้ การแจ้งเตือนบางรายการจึงอาจแสดงซ้ำ</translation>
    </message>
    <message>
        <source>Your balance history was damaged, so a new one was started.</source>
        <translation>ประวัติยอดเงินเสียหาย จึงเริ่มบันทึกประวัติใหม่</translation>
    </message>
    <message>
        <source>Balance history cannot be saved to {file}, so it is kept only until the app quits. Check that the folder is writable and has free space.</source>
        <extracomment>{file} is the history file&apos;s full path.</extracomment>
        <translation>บันทึกประวัติยอดเงินลงใน {file} ไม่ได้ จึงเก็บไว้จนกว่าจะปิดแอปเท่านั้น โปรดตรวจสอบว่าโฟลเดอร์เขียนได้และมีพื้นที่ว่าง</translation>
    </message>
    <message>
        <source>Your balance history was written by a newer version of Omise Tray, so new balances are not added to it. Update Omise Tray to keep recording.</source>
        <translation>ประวัติยอดเงินถูกเขียนโดย Omise Tray เวอร์ชันที่ใหม่กว่า จึงไม่เพิ่มยอดใหม่ลงไป โปรดอัปเดต Omise Tray เพื่อบันทึกต่อ</translation>
    </message>
    <message>
        <source>The latest balances could not be added to the history: the disk is full. They are kept and added once {file} can be written again.</source>
        <extracomment>{file} is the folder the history file is in.</extracomment>
        <translation>เพิ่มยอดเงินล่าสุดลงในประวัติไม่ได้ เพราะดิสก์เต็ม ระบบเก็บยอดไว้และจะเพิ่มเมื่อเขียน {file} ได้อีกครั้ง</translation>
    </message>
    <message>
        <source>The latest balances could not be added to the history: its folder cannot be written. They are kept and added once {file} can be written again.</source>
        <extracomment>{file} is the folder the history file is in.</extracomment>
        <translation>เพิ่มยอดเงินล่าสุดลงในประวัติไม่ได้ เพราะเขียนโฟลเดอร์ของประวัติไม่ได้ ระบบเก็บยอดไว้และจะเพิ่มเมื่อเขียน {file} ได้อีกครั้ง</translation>
    </message>
    <message>
        <source>The latest balances could not be added to the history: the disk did not take the write. They are kept and added once {file} can be written again.</source>
        <extracomment>{file} is the folder the history file is in.</extracomment>
        <translation>เพิ่มยอดเงินล่าสุดลงในประวัติไม่ได้ เพราะดิสก์ไม่รับการเขียน ระบบเก็บยอดไว้และจะเพิ่มเมื่อเขียน {file} ได้อีกครั้ง</translation>
    </message>
    <message>
        <source>A setting in your settings file could not be used as written, so it was changed. In the file&apos;s own terms: {detail}</source>
        <extracomment>{detail} is, in English, which setting of the file was changed and why, naming the setting as the file does (&quot;critical&quot;, &quot;interval&quot;).</extracomment>
        <translation>ค่าการตั้งค่าบางรายการในไฟล์การตั้งค่าใช้ตามที่เขียนไว้ไม่ได้ จึงถูกเปลี่ยน รายละเอียดตามชื่อในไฟล์ (ภาษาอังกฤษ): {detail}</translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <source>Healthy</source>
        <translation>ปกติ</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>ปานกลาง</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>ยอดต่ำ</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>วิกฤต</translation>
    </message>
    <message>
        <source>No balance yet</source>
        <translation>ยังไม่มียอดเงิน</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>No daily reports yet: one is made on the first balance check of each day.</source>
        <translation>ยังไม่มีรายงานประจำวัน: ระบบจะสร้างรายงานเมื่อตรวจสอบยอดเงินครั้งแรกของแต่ละวัน</translation>
    </message>
    <message>
        <source>Available {available} · Total {total} · Pending {pending}</source>
        <extracomment>A report&apos;s balance: {available}, {total} and {pending} are amounts.</extracomment>
        <translation>ยอดเงินที่โอนได้ {available} · ยอดคงเหลือ {total} · ยอดรอดำเนินการ {pending}</translation>
    </message>
    <message>
        <source>Nothing to act on.</source>
        <translation>ไม่มีสิ่งที่ต้องดำเนินการ</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row to {file}.</source>
        <extracomment>{file} is the name of the CSV file written.</extracomment>
        <translation>
            <numerusform>บันทึก %n แถวลงใน {file} แล้ว</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n rows to {file}.</source>
        <extracomment>{file} is the name of the CSV file written.</extracomment>
        <translation>
            <numerusform>บันทึก %n แถวลงใน {file} แล้ว</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n report to {file}.</source>
        <extracomment>{file} is the name of the CSV file written.</extracomment>
        <translation>
            <numerusform>บันทึกรายงาน %n ฉบับลงใน {file} แล้ว</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n reports to {file}.</source>
        <extracomment>{file} is the name of the CSV file written.</extracomment>
        <translation>
            <numerusform>บันทึกรายงาน %n ฉบับลงใน {file} แล้ว</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save {file}: that folder does not exist. Choose another folder.</source>
        <translation>บันทึก {file} ไม่ได้: ไม่มีโฟลเดอร์นั้น โปรดเลือกโฟลเดอร์อื่น</translation>
    </message>
    <message>
        <source>Could not save {file}: that folder may not be written to. Choose another folder.</source>
        <translation>บันทึก {file} ไม่ได้: ไม่มีสิทธิ์เขียนไฟล์ในโฟลเดอร์นั้น โปรดเลือกโฟลเดอร์อื่น</translation>
    </message>
    <message>
        <source>Could not save {file}: the disk is full. Free some space or choose another folder.</source>
        <translation>บันทึก {file} ไม่ได้: ดิสก์เต็ม โปรดเพิ่มพื้นที่ว่างหรือเลือกโฟลเดอร์อื่น</translation>
    </message>
    <message>
        <source>Could not save {file}: that disk is read-only. Choose another folder.</source>
        <translation>บันทึก {file} ไม่ได้: ดิสก์นั้นอ่านได้อย่างเดียว โปรดเลือกโฟลเดอร์อื่น</translation>
    </message>
    <message>
        <source>Could not save {file}. Choose another folder.</source>
        <translation>บันทึก {file} ไม่ได้ โปรดเลือกโฟลเดอร์อื่น</translation>
    </message>
    <message>
        <source>{place} — {app}</source>
        <translation>{place} — {app}</translation>
    </message>
    <message>
        <source>&amp;Balance history</source>
        <translation>ประวัติยอดเงิน (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Upcoming</source>
        <translation>ล่วงหน้า (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Transactions</source>
        <translation>รายการเคลื่อนไหว (&amp;T)</translation>
    </message>
    <message>
        <source>Pa&amp;youts</source>
        <translation>การโอนเงิน (&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Daily report</source>
        <translation>รายงานประจำวัน (&amp;D)</translation>
    </message>
    <message>
        <source>Daily reports, newest first</source>
        <translation>รายงานประจำวัน ล่าสุดอยู่บนสุด</translation>
    </message>
    <message>
        <source>&amp;Update today&apos;s report</source>
        <translation>อัปเดตรายงานของวันนี้ (&amp;U)</translation>
    </message>
    <message>
        <source>Make today&apos;s report again from the latest balance of each account of this currency (it replaces the one made at the day&apos;s first balance check)</source>
        <translation>ทำรายงานของวันนี้ใหม่จากยอดเงินล่าสุดของทุกบัญชีในสกุลเงินนี้ (แทนที่รายงานที่ทำไว้ตอนตรวจยอดเงินครั้งแรกของวัน)</translation>
    </message>
    <message>
        <source>Balance history…</source>
        <translation>ประวัติยอดเงิน…</translation>
    </message>
    <message>
        <source>Daily reports…</source>
        <translation>รายงานประจำวัน…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>ส่งออก CSV… (&amp;E)</translation>
    </message>
    <message>
        <source>Save this {currency} history as a CSV file</source>
        <extracomment>{currency} is a currency code, such as THB.</extracomment>
        <translation>บันทึกประวัติ {currency} นี้เป็นไฟล์ CSV</translation>
    </message>
    <message>
        <source>&amp;Can I pay this out?…</source>
        <translation>โอนยอดนี้ได้ไหม?… (&amp;C)</translation>
    </message>
    <message>
        <source>Check whether a transfer or refund fits the balance now</source>
        <translation>ตรวจว่ายอดเงินตอนนี้พอสำหรับการโอนเงินหรือการคืนเงินหรือไม่</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>No balance to report yet: today&apos;s report is made once a balance has arrived.</source>
        <translation>ยังไม่มียอดเงินสำหรับรายงาน: ระบบจะสร้างรายงานของวันนี้เมื่อได้รับยอดเงินแล้ว</translation>
    </message>
    <message>
        <source>Today&apos;s report was made again from the latest balance.</source>
        <translation>สร้างรายงานของวันนี้ใหม่จากยอดเงินล่าสุดแล้ว</translation>
    </message>
    <message>
        <source>Export balance history</source>
        <translation>ส่งออกประวัติยอดเงิน</translation>
    </message>
    <message>
        <source>Export daily reports</source>
        <translation>ส่งออกรายงานประจำวัน</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <extracomment>The save dialog&apos;s file types; keep &quot;(*.csv)&quot;, &quot;(*)&quot; and the &quot;;;&quot; between them.</extracomment>
        <translation>ไฟล์ CSV (*.csv);;ไฟล์ทั้งหมด (*)</translation>
    </message>
</context>
<context>
    <name>KeyCheck</name>
    <message>
        <source>The key could not be checked; details are in the log.</source>
        <translation>ตรวจสอบคีย์ไม่ได้ ดูรายละเอียดได้ในไฟล์บันทึก (log)</translation>
    </message>
    <message>
        <source>Omise rejected this key: it may have been revoked or mistyped. Copy the secret key again from Dashboard → Keys.</source>
        <translation>Omise ปฏิเสธคีย์นี้ คีย์อาจถูกยกเลิกหรือพิมพ์ผิด โปรดคัดลอกคีย์ลับอีกครั้งจากแดชบอร์ด → Keys</translation>
    </message>
    <message>
        <source>{problem} Your key was not saved; check it again when Omise is reachable.</source>
        <extracomment>{problem} says why Omise could not be reached.</extracomment>
        <translation>{problem} ยังไม่ได้บันทึกคีย์ โปรดตรวจสอบอีกครั้งเมื่อติดต่อ Omise ได้</translation>
    </message>
    <message>
        <source>{problem} The key could not be checked yet.</source>
        <extracomment>{problem} says what went wrong with Omise&apos;s answer.</extracomment>
        <translation>{problem} ยังตรวจสอบคีย์ไม่ได้</translation>
    </message>
    <message>
        <source>mode unknown</source>
        <translation>ไม่ทราบโหมด</translation>
    </message>
    <message>
        <source>live mode</source>
        <translation>โหมดใช้งานจริง</translation>
    </message>
    <message>
        <source>test mode</source>
        <translation>โหมดทดสอบ</translation>
    </message>
    <message>
        <source>Found {account}</source>
        <extracomment>{account} describes the Omise account the key opens: &quot;shop@example.com · TH · THB · test mode&quot;.</extracomment>
        <translation>พบบัญชี {account}</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>Your keyring is locked, so Omise Tray cannot read or save secret keys. Unlock it (for example from your desktop&apos;s password manager) and try again; there is no need to restart.</source>
        <translation>คีย์ริงถูกล็อกอยู่ Omise Tray จึงอ่านหรือบันทึกคีย์ลับไม่ได้ โปรดปลดล็อก (เช่น จากโปรแกรมจัดการรหัสผ่านของเดสก์ท็อป) แล้วลองอีกครั้ง ไม่ต้องเปิดโปรแกรมใหม่</translation>
    </message>
    <message>
        <source>The keyring did not answer. Check that your desktop&apos;s keyring service is running, then try again; details are in the log.</source>
        <translation>คีย์ริงไม่ตอบสนอง โปรดตรวจสอบว่าบริการคีย์ริงของเดสก์ท็อปทำงานอยู่ แล้วลองอีกครั้ง ดูรายละเอียดได้ในไฟล์บันทึก (log)</translation>
    </message>
    <message>
        <source>The {keyring} keyring is not available right now. Omise Tray will not store your secret key in a plain file. You can keep the key for this session only; you will be asked again next time.</source>
        <extracomment>{keyring} is the keyring&apos;s name, such as Secret Service or macOS Keychain.</extracomment>
        <translation>คีย์ริง {keyring} ใช้งานไม่ได้ในขณะนี้ Omise Tray จะไม่เก็บคีย์ลับของคุณไว้ในไฟล์ธรรมดา คุณเก็บคีย์ไว้เฉพาะรอบการใช้งานนี้ได้ ครั้งหน้าระบบจะถามคีย์อีกครั้ง</translation>
    </message>
    <message>
        <source>The only keyring available keeps passwords in a file on disk ({keyring}). Omise Tray will not store your secret key in a plain file. You can keep the key for this session only; you will be asked again next time.</source>
        <extracomment>{keyring} is the name of a keyring module that keeps passwords in a file.</extracomment>
        <translation>คีย์ริงเดียวที่มีเก็บรหัสผ่านไว้ในไฟล์บนดิสก์ ({keyring}) Omise Tray จะไม่เก็บคีย์ลับของคุณไว้ในไฟล์ธรรมดา คุณเก็บคีย์ไว้เฉพาะรอบการใช้งานนี้ได้ ครั้งหน้าระบบจะถามคีย์อีกครั้ง</translation>
    </message>
    <message>
        <source>The keyring in use ({keyring}) is not one Omise Tray knows to be secure. Omise Tray will not store your secret key in a plain file. You can keep the key for this session only; you will be asked again next time.</source>
        <extracomment>{keyring} is the name of a keyring module.</extracomment>
        <translation>คีย์ริงที่ใช้อยู่ ({keyring}) ไม่ใช่คีย์ริงที่ Omise Tray รู้ว่าปลอดภัย Omise Tray จะไม่เก็บคีย์ลับของคุณไว้ในไฟล์ธรรมดา คุณเก็บคีย์ไว้เฉพาะรอบการใช้งานนี้ได้ ครั้งหน้าระบบจะถามคีย์อีกครั้ง</translation>
    </message>
    <message>
        <source>No secure keyring was found (no Secret Service, KWallet, macOS Keychain or Windows Credential Locker answered). Omise Tray will not store your secret key in a plain file. You can keep the key for this session only; you will be asked again next time.</source>
        <translation>ไม่พบคีย์ริงที่ปลอดภัย (ทั้ง Secret Service, KWallet, macOS Keychain และ Windows Credential Locker ไม่ตอบสนอง) Omise Tray จะไม่เก็บคีย์ลับของคุณไว้ในไฟล์ธรรมดา คุณเก็บคีย์ไว้เฉพาะรอบการใช้งานนี้ได้ ครั้งหน้าระบบจะถามคีย์อีกครั้ง</translation>
    </message>
    <message>
        <source>The configured keyring could not be loaded. Omise Tray will not store your secret key in a plain file. You can keep the key for this session only; you will be asked again next time.</source>
        <translation>โหลดคีย์ริงที่ตั้งค่าไว้ไม่ได้ Omise Tray จะไม่เก็บคีย์ลับของคุณไว้ในไฟล์ธรรมดา คุณเก็บคีย์ไว้เฉพาะรอบการใช้งานนี้ได้ ครั้งหน้าระบบจะถามคีย์อีกครั้ง</translation>
    </message>
    <message>
        <source>Demo mode keeps keys in memory only.</source>
        <translation>โหมดสาธิตเก็บคีย์ไว้ในหน่วยความจำเท่านั้น</translation>
    </message>
    <message>
        <source>The {keyring} keyring cannot list the keys it holds, so keys no account uses cannot be found from here. Look for entries of the service &quot;{service}&quot; in your keyring&apos;s own password manager.</source>
        <extracomment>{keyring} is the keyring&apos;s name; {service} is the name its entries are kept under, as its own password manager shows them.</extracomment>
        <translation>คีย์ริง {keyring} แสดงรายการคีย์ที่เก็บไว้ไม่ได้ จึงค้นหาคีย์ที่ไม่มีบัญชีใช้จากที่นี่ไม่ได้ โปรดค้นหารายการของบริการ &quot;{service}&quot; ในโปรแกรมจัดการรหัสผ่านของคีย์ริงเอง</translation>
    </message>
    <message>
        <source>The key for {account} was kept for the last session only. Enter it again in Accounts.</source>
        <extracomment>{account} is the name of an account in the list.</extracomment>
        <translation>คีย์ของ {account} ถูกเก็บไว้เฉพาะรอบการใช้งานที่แล้ว โปรดกรอกอีกครั้งที่เมนูบัญชี</translation>
    </message>
    <message>
        <source>The keyring holds no secret key for {account}. Add it again in Accounts.</source>
        <extracomment>{account} is the name of an account in the list.</extracomment>
        <translation>ไม่มีคีย์ลับของ {account} ในคีย์ริง โปรดเพิ่มอีกครั้งที่เมนูบัญชี</translation>
    </message>
    <message>
        <source>Omise Tray will not store your secret key in a plain file. You can keep the key for this session only; you will be asked again next time.</source>
        <translation>Omise Tray จะไม่เก็บคีย์ลับของคุณไว้ในไฟล์ธรรมดา คุณเก็บคีย์ไว้เฉพาะรอบการใช้งานนี้ได้ ครั้งหน้าระบบจะถามคีย์อีกครั้ง</translation>
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
        <source>Overall status</source>
        <translation>สถานะโดยรวม</translation>
    </message>
    <message>
        <source>Fetch every balance now (F5)</source>
        <translation>ดึงยอดเงินทุกบัญชีตอนนี้ (F5)</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>บัญชี… (&amp;A)</translation>
    </message>
    <message>
        <source>Add, rename or remove Omise accounts and their keys</source>
        <translation>เพิ่ม เปลี่ยนชื่อ หรือลบบัญชี Omise และคีย์ของบัญชี</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>การตั้งค่า… (&amp;S)</translation>
    </message>
    <message>
        <source>Polling interval, thresholds and notifications (Ctrl+,)</source>
        <translation>ความถี่ในการดึงยอด เกณฑ์ยอดเงิน และการแจ้งเตือน (Ctrl+,)</translation>
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
        <source>Welcome to {app}</source>
        <translation>ยินดีต้อนรับสู่ {app}</translation>
    </message>
    <message>
        <source>See how much you can pay out in every currency at a glance, and get a warning before a balance runs too low for refunds and payouts.</source>
        <translation>ดูยอดเงินที่โอนได้ของทุกสกุลเงินได้ในพริบตา และรับการแจ้งเตือนก่อนยอดเงินจะต่ำเกินไปสำหรับการคืนเงินและการโอนเงิน</translation>
    </message>
    <message>
        <source>Add an account with its secret key from the Omise Dashboard (Settings → Keys). The key is kept in your system&apos;s keyring.</source>
        <translation>เพิ่มบัญชีด้วยซีเคร็ตคีย์จากแดชบอร์ด Omise (ตั้งค่า → คีย์) คีย์จะถูกเก็บไว้ในที่เก็บรหัสผ่านของระบบ</translation>
    </message>
    <message>
        <source>Add your first Omise account</source>
        <translation>เพิ่มบัญชี Omise บัญชีแรก</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>ลองใช้เดโม</translation>
    </message>
    <message>
        <source>Explore the app with made-up accounts; no key needed</source>
        <translation>ลองใช้แอปด้วยบัญชีสมมติ ไม่ต้องใช้คีย์</translation>
    </message>
    <message>
        <source>Fetching balances</source>
        <translation>กำลังดึงยอดเงิน</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>รีเฟรชตอนนี้</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>การตั้งค่า…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>ออก</translation>
    </message>
    <message>
        <source>Hide amounts</source>
        <translation>ซ่อนยอดเงิน</translation>
    </message>
    <message>
        <source>No balances yet. Polling is paused: resume it to fetch them.</source>
        <translation>ยังไม่มียอดเงิน การดึงยอดหยุดชั่วคราวอยู่ ให้ดึงยอดต่อเพื่อรับยอดเงิน</translation>
    </message>
    <message>
        <source>No balances yet, fetching…</source>
        <translation>ยังไม่มียอดเงิน กำลังดึงยอด…</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>สถานะ: {status}</translation>
    </message>
    <message>
        <source>Add an Omise account to see its balance here.</source>
        <translation>เพิ่มบัญชี Omise เพื่อดูยอดเงินที่นี่</translation>
    </message>
    <message>
        <source>Polling paused — balances are not being updated. Resume to update them.</source>
        <translation>หยุดดึงยอดชั่วคราว — ยอดเงินไม่ได้อัปเดต ให้ดึงยอดต่อเพื่ออัปเดต</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>กำลังอัปเดต…</translation>
    </message>
    <message>
        <source>Checks every {every} · {updated}</source>
        <extracomment>{every} is the polling interval (&quot;5 min&quot;); {updated} is &quot;updated 2 min ago&quot;.</extracomment>
        <translation>ตรวจทุก {every} · {updated}</translation>
    </message>
    <message>
        <source>Start fetching balances again</source>
        <translation>กลับมาดึงยอดเงินอีกครั้ง</translation>
    </message>
    <message>
        <source>Stop fetching balances for now</source>
        <translation>หยุดดึงยอดเงินไว้ก่อน</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <source>Open</source>
        <extracomment>The action a click on a notification takes: open the app&apos;s window on the card.</extracomment>
        <translation>เปิด</translation>
    </message>
</context>
<context>
    <name>PayoutCheck</name>
    <message>
        <source>No: payouts are turned off for this account. Ask Omise to enable them before making a transfer.</source>
        <translation>ไม่ได้: บัญชีนี้ปิดการโอนเงินอยู่ โปรดติดต่อ Omise ให้เปิดใช้งานก่อนโอนเงิน</translation>
    </message>
    <message>
        <source>No: the smallest transfer this account can make is {minimum}.</source>
        <translation>ไม่ได้: บัญชีนี้โอนเงินได้ขั้นต่ำ {minimum}</translation>
    </message>
    <message>
        <source>No: the {fee} fee would take all of this transfer, so nothing would reach your bank.</source>
        <translation>ไม่ได้: ค่าธรรมเนียม {fee} จะหักยอดโอนนี้จนหมด จึงไม่มีเงินเข้าบัญชีธนาคารของคุณ</translation>
    </message>
    <message>
        <source>transfer {amount}</source>
        <extracomment>What the payout needs, added up: the transfer, payouts due first, the buffer.</extracomment>
        <translation>โอนเงิน {amount}</translation>
    </message>
    <message>
        <source>refund {amount}</source>
        <translation>คืนเงิน {amount}</translation>
    </message>
    <message>
        <source>scheduled payouts {scheduled}</source>
        <translation>การโอนเงินตามกำหนดการ {scheduled}</translation>
    </message>
    <message>
        <source>buffer {buffer}</source>
        <translation>เงินกันไว้ {buffer}</translation>
    </message>
    <message>
        <source>No: you are {shortfall} short ({parts}).</source>
        <extracomment>{shortfall} is the missing amount; {parts} adds up what the payout needs.</extracomment>
        <translation>ไม่ได้: เงินขาดอยู่ {shortfall} ({parts})</translation>
    </message>
    <message>
        <source>Yes: after this refund of {amount}, {left} remains, {remaining} above your {buffer} buffer.</source>
        <translation>ได้: หลังคืนเงิน {amount} จะเหลือ {left} สูงกว่าเงินกันไว้ {buffer} อยู่ {remaining}</translation>
    </message>
    <message>
        <source>Yes: after this refund of {amount}, {left} remains.</source>
        <translation>ได้: หลังคืนเงิน {amount} จะเหลือ {left}</translation>
    </message>
    <message>
        <source>Yes: after this transfer of {amount} and {scheduled} of scheduled payouts, {left} remains, {remaining} above your {buffer} buffer; your bank receives {net} after the {fee} fee.</source>
        <translation>ได้: หลังโอนเงิน {amount} และการโอนเงินตามกำหนดการ {scheduled} จะเหลือ {left} สูงกว่าเงินกันไว้ {buffer} อยู่ {remaining} ธนาคารของคุณจะได้รับ {net} หลังหักค่าธรรมเนียม {fee}</translation>
    </message>
    <message>
        <source>Yes: after this transfer of {amount} and {scheduled} of scheduled payouts, {left} remains; your bank receives {net} after the {fee} fee.</source>
        <translation>ได้: หลังโอนเงิน {amount} และการโอนเงินตามกำหนดการ {scheduled} จะเหลือ {left} ธนาคารของคุณจะได้รับ {net} หลังหักค่าธรรมเนียม {fee}</translation>
    </message>
    <message>
        <source>Yes: after this transfer of {amount}, {left} remains, {remaining} above your {buffer} buffer; your bank receives {net} after the {fee} fee.</source>
        <translation>ได้: หลังโอนเงิน {amount} จะเหลือ {left} สูงกว่าเงินกันไว้ {buffer} อยู่ {remaining} ธนาคารของคุณจะได้รับ {net} หลังหักค่าธรรมเนียม {fee}</translation>
    </message>
    <message>
        <source>Yes: after this transfer of {amount}, {left} remains; your bank receives {net} after the {fee} fee.</source>
        <translation>ได้: หลังโอนเงิน {amount} จะเหลือ {left} ธนาคารของคุณจะได้รับ {net} หลังหักค่าธรรมเนียม {fee}</translation>
    </message>
    <message>
        <source>{name} · {currency} · live</source>
        <translation>{name} · {currency} · ใช้งานจริง</translation>
    </message>
    <message>
        <source>{name} · {currency} · test</source>
        <translation>{name} · {currency} · ทดสอบ</translation>
    </message>
    <message>
        <source>Check a payout</source>
        <translation>ตรวจสอบการโอนเงิน</translation>
    </message>
    <message>
        <source>Transfer to bank</source>
        <translation>โอนเข้าบัญชีธนาคาร</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>คืนเงิน</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>จำนวนเงิน</translation>
    </message>
    <message>
        <source>Buffer to keep</source>
        <translation>ยอดสำรองที่ต้องการเหลือไว้</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>ไม่บังคับ</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>ผลการตรวจสอบ</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>บัญชี (&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Payout:</source>
        <translation>การโอนเงิน (&amp;P):</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>จำนวนเงิน (&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Keep at least:</source>
        <translation>เหลือไว้อย่างน้อย (&amp;K):</translation>
    </message>
    <message>
        <source>Fee:</source>
        <translation>ค่าธรรมเนียม:</translation>
    </message>
    <message>
        <source>Smallest payout:</source>
        <translation>ยอดโอนขั้นต่ำ:</translation>
    </message>
    <message>
        <source>Scheduled first:</source>
        <translation>โอนตามกำหนดการก่อน:</translation>
    </message>
    <message>
        <source>Can be used:</source>
        <translation>ใช้ได้:</translation>
    </message>
    <message>
        <source>{amount} of scheduled payouts leave by {date}</source>
        <extracomment>A transfer asked for now leaves on {date}; {amount} of scheduled payouts leave before it or on the same run, so they are counted first.</extracomment>
        <translation>การโอนเงินตามกำหนดการ {amount} จะออกภายใน {date}</translation>
    </message>
    <message>
        <source>Payouts are turned off for this account: Omise will not send a transfer.</source>
        <translation>บัญชีนี้ปิดการโอนเงินอยู่ Omise จะไม่โอนเงินให้</translation>
    </message>
    <message>
        <source>e.g. {example} {currency}</source>
        <extracomment>A hint in the empty amount field: {example} is an amount such as 1,000.00.</extracomment>
        <translation>เช่น {example} {currency}</translation>
    </message>
    <message>
        <source>Add an account first: there is no balance to check against.</source>
        <translation>โปรดเพิ่มบัญชีก่อน ยังไม่มียอดเงินให้ตรวจสอบ</translation>
    </message>
    <message>
        <source>none (refunds have no transfer fee)</source>
        <translation>ไม่มี (การคืนเงินไม่มีค่าธรรมเนียมการโอน)</translation>
    </message>
    <message>
        <source>{amount} transferable</source>
        <extracomment>{amount} is the balance that can be transferred to the bank now.</extracomment>
        <translation>โอนได้ {amount}</translation>
    </message>
    <message>
        <source>{amount} available</source>
        <extracomment>{amount} is the balance available for refunds now.</extracomment>
        <translation>ใช้ได้ {amount}</translation>
    </message>
    <message>
        <source>Enter an amount to check.</source>
        <translation>กรอกจำนวนเงินที่ต้องการตรวจสอบ</translation>
    </message>
    <message>
        <source>Check the amount to keep: {problem}</source>
        <extracomment>{problem} says what is wrong with the amount typed in &quot;Keep at least&quot;.</extracomment>
        <translation>โปรดตรวจสอบยอดที่ต้องการเหลือไว้: {problem}</translation>
    </message>
    <message>
        <source>No: you are {shortfall} short (refund {amount} + buffer {buffer}).</source>
        <translation>ไม่ได้: ยังขาดอีก {shortfall} (คืนเงิน {amount} + เงินกันไว้ {buffer})</translation>
    </message>
    <message>
        <source>No: you are {shortfall} short (transfer {amount} + scheduled payouts {scheduled} + buffer {buffer}).</source>
        <extracomment>The amounts add up to what the transfer needs: the transfer, the scheduled payouts that leave first, and the buffer the merchant keeps.</extracomment>
        <translation>ไม่ได้: ยังขาดอีก {shortfall} (โอนเงิน {amount} + การโอนเงินตามกำหนดการ {scheduled} + เงินกันไว้ {buffer})</translation>
    </message>
    <message>
        <source>No: you are {shortfall} short (transfer {amount} + buffer {buffer}).</source>
        <translation>ไม่ได้: ยังขาดอีก {shortfall} (โอนเงิน {amount} + เงินกันไว้ {buffer})</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>healthy</source>
        <translation>ปกติ</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>ปานกลาง</translation>
    </message>
    <message>
        <source>low</source>
        <translation>ยอดต่ำ</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>วิกฤต</translation>
    </message>
    <message>
        <source>Health went from {before} to {after} since yesterday.</source>
        <extracomment>{before} and {after} are health words: &quot;healthy&quot;, &quot;low&quot;.</extracomment>
        <translation>สถานะยอดเงินเปลี่ยนจาก{before}เป็น{after}ตั้งแต่เมื่อวาน</translation>
    </message>
    <message>
        <source>Health went from {before} to {after} since {date}.</source>
        <translation>สถานะยอดเงินเปลี่ยนจาก{before}เป็น{after}ตั้งแต่ {date}</translation>
    </message>
    <message>
        <source>Available balance fell {percent}% since yesterday, from {before} to {now}.</source>
        <extracomment>{percent} is a whole percentage; {before} and {now} are amounts.</extracomment>
        <translation>ยอดเงินที่โอนได้ลดลง {percent}% จากเมื่อวาน จาก {before} เหลือ {now}</translation>
    </message>
    <message>
        <source>Available balance fell {percent}% since {date}, from {before} to {now}.</source>
        <translation>ยอดเงินที่โอนได้ลดลง {percent}% ตั้งแต่ {date} จาก {before} เหลือ {now}</translation>
    </message>
    <message>
        <source>Total balance fell {percent}% since yesterday, from {before} to {now}.</source>
        <translation>ยอดคงเหลือลดลง {percent}% จากเมื่อวาน จาก {before} เหลือ {now}</translation>
    </message>
    <message>
        <source>Total balance fell {percent}% since {date}, from {before} to {now}.</source>
        <translation>ยอดคงเหลือลดลง {percent}% ตั้งแต่ {date} จาก {before} เหลือ {now}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Total balance</source>
        <translation>ยอดคงเหลือทั้งหมด</translation>
    </message>
    <message>
        <source>Show notifications for this account</source>
        <translation>แสดงการแจ้งเตือนของบัญชีนี้</translation>
    </message>
    <message>
        <source>{currency}. Leave a field empty for the default.</source>
        <extracomment>{currency} is a currency code, such as THB.</extracomment>
        <translation>{currency} เว้นช่องว่างไว้เพื่อใช้ค่าเริ่มต้น</translation>
    </message>
    <message>
        <source>{currency} · {mode}. Leave a field empty for the default.</source>
        <extracomment>{currency} is a currency code, such as THB; {mode} &quot;live&quot; or &quot;test&quot;.</extracomment>
        <translation>{currency} · {mode} เว้นช่องว่างไว้เพื่อใช้ค่าเริ่มต้น</translation>
    </message>
    <message>
        <source>Low at or below ({currency})</source>
        <extracomment>{currency} is a currency code, such as THB.</extracomment>
        <translation>ยอดต่ำเมื่อไม่เกิน ({currency})</translation>
    </message>
    <message>
        <source>Critical at or below ({currency})</source>
        <extracomment>{currency} is a currency code, such as THB.</extracomment>
        <translation>วิกฤตเมื่อไม่เกิน ({currency})</translation>
    </message>
    <message>
        <source>Watch</source>
        <extracomment>Which figure the alerts watch: the available or the total balance.</extracomment>
        <translation>ติดตามยอด</translation>
    </message>
    <message>
        <source>{amount} (default)</source>
        <extracomment>{amount} is the amount used when the field is left empty.</extracomment>
        <translation>{amount} (ค่าเริ่มต้น)</translation>
    </message>
    <message>
        <source>Critical must be no more than low ({limit} {currency}).</source>
        <extracomment>{limit} is the low threshold typed, such as 1,000.00; {currency} its code.</extracomment>
        <translation>เกณฑ์วิกฤตต้องไม่เกินเกณฑ์ยอดต่ำ ({limit} {currency})</translation>
    </message>
    <message>
        <source>Critical must be no more than the default low ({limit} {currency}).</source>
        <extracomment>{limit} is the default low threshold, such as 1,000.00; {currency} its code.</extracomment>
        <translation>เกณฑ์วิกฤตต้องไม่เกินเกณฑ์ยอดต่ำเริ่มต้น ({limit} {currency})</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>การตั้งค่า</translation>
    </message>
    <message>
        <source>General</source>
        <translation>ทั่วไป</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>การแจ้งเตือน</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>After a number of seconds in a spin box, such as &quot;3 s&quot;.</extracomment>
        <translation> วินาที</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>After a number of minutes in a spin box, such as &quot;5 min&quot;.</extracomment>
        <translation> นาที</translation>
    </message>
    <message>
        <source>Pause all notifications</source>
        <translation>หยุดการแจ้งเตือนทั้งหมดชั่วคราว</translation>
    </message>
    <message>
        <source>The tray icon and its tooltip still show every balance&apos;s state.</source>
        <translation>ไอคอนในถาดระบบและคำอธิบายของไอคอนยังแสดงสถานะยอดเงินทุกบัญชีเหมือนเดิม</translation>
    </message>
    <message>
        <source>Quiet hours from</source>
        <extracomment>Followed by two hours: &quot;Quiet hours from [22:00] to [07:00]&quot;.</extracomment>
        <translation>ช่วงงดแจ้งเตือน ตั้งแต่</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Between two hours: &quot;Quiet hours from [22:00] to [07:00]&quot;.</extracomment>
        <translation>ถึง</translation>
    </message>
    <message>
        <source>{version} (latest)</source>
        <extracomment>{version} is an Omise API version, a date such as 2019-05-29.</extracomment>
        <translation>{version} (ล่าสุด)</translation>
    </message>
    <message>
        <source>Start {app} in the tray when I log in</source>
        <extracomment>{app} is the app&apos;s name, Omise Tray.</extracomment>
        <translation>เปิด {app} ในถาดระบบเมื่อเข้าสู่ระบบ</translation>
    </message>
    <message>
        <source>&amp;Hide amounts (show ••• instead)</source>
        <translation>ซ่อนยอดเงิน (แสดงเป็น •••) (&amp;H)</translation>
    </message>
    <message>
        <source>For a screen share or a shop counter: the window, the tray, notifications and history show ••• for every amount. Health words and colours stay.</source>
        <translation>สำหรับตอนแชร์หน้าจอหรือเปิดจอไว้ที่หน้าร้าน: หน้าต่าง ไอคอนในถาดระบบ การแจ้งเตือน และประวัติ จะแสดง ••• แทนยอดเงินทุกจุด ส่วนคำและสีที่บอกสถานะยอดเงินยังแสดงตามเดิม</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ภาษา (&amp;L)</translation>
    </message>
    <message>
        <source>Check balances every</source>
        <translation>ตรวจยอดเงินทุก</translation>
    </message>
    <message>
        <source>Omise API version</source>
        <translation>เวอร์ชัน Omise API</translation>
    </message>
    <message>
        <source>The language of the windows, the tray and notifications; it applies at once. System follows the computer&apos;s language.</source>
        <translation>ภาษาของหน้าต่าง ไอคอนในถาดระบบ และการแจ้งเตือน มีผลทันที เลือก “ตามระบบ” เพื่อใช้ภาษาเดียวกับคอมพิวเตอร์</translation>
    </message>
    <message>
        <source>System</source>
        <extracomment>The language choice that follows the computer&apos;s own language.</extracomment>
        <translation>ตามระบบ</translation>
    </message>
    <message>
        <source>Add an account first; its alert thresholds appear here.</source>
        <translation>โปรดเพิ่มบัญชีก่อน เกณฑ์การแจ้งเตือนของบัญชีจะแสดงที่นี่</translation>
    </message>
    <message>
        <source>Quiet hours must start and end at different times.</source>
        <translation>เวลาเริ่มและเวลาสิ้นสุดของช่วงงดแจ้งเตือนต้องไม่ตรงกัน</translation>
    </message>
</context>
<context>
    <name>SnoozeMenu</name>
    <message>
        <source>For 1 hour</source>
        <translation>1 ชั่วโมง</translation>
    </message>
    <message>
        <source>Until tomorrow {time}</source>
        <translation>จนถึงพรุ่งนี้ {time} น.</translation>
    </message>
    <message>
        <source>Resume alerts</source>
        <translation>กลับมาแจ้งเตือน</translation>
    </message>
    <message>
        <source>{account} (snoozed until {time})</source>
        <extracomment>{account} is an account&apos;s name, {time} when its snooze ends: &quot;14:05&quot;.</extracomment>
        <translation>{account} (พักไว้ถึง {time} น.)</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Not up to date</source>
        <translation>ไม่เป็นปัจจุบัน</translation>
    </message>
    <message>
        <source>No accounts yet</source>
        <translation>ยังไม่มีบัญชี</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>รีเฟรชตอนนี้ (&amp;R)</translation>
    </message>
    <message>
        <source>Available to pay out</source>
        <translation>ยอดเงินที่โอนได้</translation>
    </message>
    <message>
        <source>live</source>
        <extracomment>An account&apos;s mode, shown after its currency: &quot;THB · live&quot;.</extracomment>
        <translation>ใช้งานจริง</translation>
    </message>
    <message>
        <source>test</source>
        <extracomment>An account&apos;s mode, shown after its currency: &quot;THB · test&quot;.</extracomment>
        <translation>ทดสอบ</translation>
    </message>
    <message>
        <source>Resume &amp;polling</source>
        <translation>ดึงยอดต่อ (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Pause polling</source>
        <translation>หยุดดึงยอดชั่วคราว (&amp;P)</translation>
    </message>
    <message>
        <source>Open the Omise dashboard in live mode</source>
        <translation>เปิดแดชบอร์ด Omise ในโหมดใช้งานจริง</translation>
    </message>
    <message>
        <source>Open the Omise dashboard in test mode</source>
        <translation>เปิดแดชบอร์ด Omise ในโหมดทดสอบ</translation>
    </message>
    <message>
        <source>last update {age}</source>
        <extracomment>{age} is how long ago: &quot;3 h ago&quot;, &quot;just now&quot;, &quot;on 12 Mar&quot;.</extracomment>
        <translation>อัปเดตล่าสุด {age}</translation>
    </message>
    <message numerus="yes">
        <source>{current} of %n accounts {updated}</source>
        <extracomment>{current} accounts of %n are up to date; {updated} is &quot;updated 2 min ago&quot;.</extracomment>
        <translation>
            <numerusform>{current} จาก %n บัญชี {updated}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Critical — %n accounts below their critical line</source>
        <translation>
            <numerusform>วิกฤต — %n บัญชีต่ำกว่าเกณฑ์วิกฤตของบัญชี</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Low — %n accounts below their low line</source>
        <translation>
            <numerusform>ยอดต่ำ — %n บัญชีต่ำกว่าเกณฑ์ยอดต่ำของบัญชี</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moderate — %n accounts below their moderate line</source>
        <translation>
            <numerusform>ปานกลาง — %n บัญชีต่ำกว่าเกณฑ์ปานกลางของบัญชี</numerusform>
        </translation>
    </message>
    <message>
        <source>total below {amount}</source>
        <extracomment>The total balance (on hold included) is below the card&apos;s line {amount}.</extracomment>
        <translation>ยอดคงเหลือต่ำกว่า {amount}</translation>
    </message>
    <message>
        <source>total at {amount}</source>
        <translation>ยอดคงเหลือเท่ากับ {amount}</translation>
    </message>
    <message>
        <source>below {amount}</source>
        <extracomment>The balance available to pay out is below the card&apos;s line {amount}.</extracomment>
        <translation>ต่ำกว่า {amount}</translation>
    </message>
    <message>
        <source>at {amount}</source>
        <translation>เท่ากับ {amount}</translation>
    </message>
    <message>
        <source>{health} — {where}</source>
        <extracomment>{health} is a health word (&quot;Low&quot;), {where} a phrase such as &quot;below ฿1,000.00&quot;.</extracomment>
        <translation>{health} — {where}</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <extracomment>Two accounts&apos; names.</extracomment>
        <translation>{first} และ {second}</translation>
    </message>
    <message numerus="yes">
        <source>%n accounts</source>
        <translation>
            <numerusform>%n บัญชี</numerusform>
        </translation>
    </message>
    <message>
        <source>{health} — {who} {where}</source>
        <extracomment>{who} is an account&apos;s name or &quot;3 accounts&quot;; {where} a phrase such as &quot;below ฿1,000.00&quot;.</extracomment>
        <translation>{health} — {who} {where}</translation>
    </message>
    <message>
        <source>Stale — last update {time}</source>
        <extracomment>{time} is a time, with the date when not today: &quot;14:05&quot;, &quot;12 Mar 14:05&quot;.</extracomment>
        <translation>ข้อมูลเก่า — อัปเดตล่าสุด {time}</translation>
    </message>
    <message>
        <source>Omise asked us to slow down; retrying soon</source>
        <translation>Omise ขอให้ลดความถี่ในการเรียกข้อมูล จะลองใหม่เร็วๆ นี้</translation>
    </message>
    <message>
        <source>Omise asked us to slow down; retrying now</source>
        <translation>Omise ขอให้ลดความถี่ในการเรียกข้อมูล กำลังลองใหม่</translation>
    </message>
    <message>
        <source>Omise asked us to slow down; retrying in {wait}</source>
        <extracomment>{wait} is a short duration: &quot;30 s&quot;, &quot;2 min&quot;.</extracomment>
        <translation>Omise ขอให้ลดความถี่ในการเรียกข้อมูล จะลองใหม่ในอีก {wait}</translation>
    </message>
    <message>
        <source>Key rejected — update it in Accounts</source>
        <translation>คีย์ถูกปฏิเสธ — อัปเดตคีย์ในเมนูบัญชี</translation>
    </message>
    <message>
        <source>Offline since {time}, showing last known balance</source>
        <extracomment>{time} is a time, with the date when not today: &quot;14:05&quot;, &quot;12 Mar 14:05&quot;.</extracomment>
        <translation>ออฟไลน์ตั้งแต่ {time} แสดงยอดเงินล่าสุดที่ทราบ</translation>
    </message>
    <message>
        <source>Offline since {time}; the balance appears once we are back online</source>
        <extracomment>{time} is a time, with the date when not today: &quot;14:05&quot;, &quot;12 Mar 14:05&quot;.</extracomment>
        <translation>ออฟไลน์ตั้งแต่ {time} ยอดเงินจะแสดงเมื่อกลับมาออนไลน์</translation>
    </message>
    <message numerus="yes">
        <source>%n account critical</source>
        <translation>
            <numerusform>%n บัญชีวิกฤต</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account low</source>
        <translation>
            <numerusform>%n บัญชียอดต่ำ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account moderate</source>
        <translation>
            <numerusform>%n บัญชียอดปานกลาง</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account not updating</source>
        <translation>
            <numerusform>%n บัญชีไม่อัปเดต</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account fetching</source>
        <translation>
            <numerusform>%n บัญชีกำลังดึงยอด</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accounts critical</source>
        <translation>
            <numerusform>%n บัญชีวิกฤต</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accounts low</source>
        <translation>
            <numerusform>%n บัญชียอดต่ำ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accounts moderate</source>
        <translation>
            <numerusform>%n บัญชียอดปานกลาง</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accounts not updating</source>
        <translation>
            <numerusform>%n บัญชีไม่อัปเดต</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accounts fetching</source>
        <translation>
            <numerusform>%n บัญชีกำลังดึงยอด</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n critical</source>
        <translation>
            <numerusform>วิกฤต %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n low</source>
        <translation>
            <numerusform>ยอดต่ำ %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moderate</source>
        <translation>
            <numerusform>ปานกลาง %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not updating</source>
        <translation>
            <numerusform>ไม่อัปเดต %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fetching</source>
        <translation>
            <numerusform>กำลังดึงยอด %n</numerusform>
        </translation>
    </message>
    <message>
        <source>All accounts healthy</source>
        <translation>ทุกบัญชีปกติ</translation>
    </message>
    <message>
        <source>Account healthy</source>
        <translation>บัญชีปกติ</translation>
    </message>
    <message>
        <source>Fetching balances…</source>
        <translation>กำลังดึงยอดเงิน…</translation>
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
    <name>Timeline</name>
    <message>
        <source>{amount} becomes available today</source>
        <translation>{amount} จะโอนได้วันนี้</translation>
    </message>
    <message>
        <source>{amount} becomes available tomorrow</source>
        <translation>{amount} จะโอนได้พรุ่งนี้</translation>
    </message>
    <message>
        <source>{amount} becomes available on {date}</source>
        <extracomment>{date} is a date in the coming two weeks, such as &quot;Fri 5 Dec&quot;.</extracomment>
        <translation>{amount} จะโอนได้วัน {date}</translation>
    </message>
    <message>
        <source>Next payout {date} · {amount}, more than the balance may hold</source>
        <extracomment>The scheduled payout is larger than the balance is projected to be.</extracomment>
        <translation>โอนเงินครั้งถัดไป {date} · {amount} ซึ่งอาจมากกว่ายอดเงินที่มี</translation>
    </message>
    <message>
        <source>Next payout {date} · {amount}, below the smallest payout</source>
        <translation>โอนเงินครั้งถัดไป {date} · {amount} ต่ำกว่ายอดโอนขั้นต่ำ</translation>
    </message>
    <message>
        <source>Next payout {date} · {percent} % of balance</source>
        <extracomment>{percent} is a number such as 50; the payout takes that share of the balance.</extracomment>
        <translation>โอนเงินครั้งถัดไป {date} · {percent}% ของยอดเงิน</translation>
    </message>
    <message>
        <source>Next payout {date} · {amount}</source>
        <translation>โอนเงินครั้งถัดไป {date} · {amount}</translation>
    </message>
    <message>
        <source>Payouts are turned off for this account</source>
        <translation>บัญชีนี้ปิดการโอนเงินอยู่</translation>
    </message>
    <message>
        <source>Payouts are turned off for {name}</source>
        <translation>{name} ปิดการโอนเงินอยู่</translation>
    </message>
    <message>
        <source>{name} may fall below {amount} by {date}</source>
        <translation>{name} อาจเหลือต่ำกว่า {amount} ภายใน {date}</translation>
    </message>
    <message>
        <source>May fall below {amount} by {date}</source>
        <translation>ยอดเงินอาจต่ำกว่า {amount} ภายใน {date}</translation>
    </message>
    <message>
        <source>Timeline read {age}; it could not be updated since</source>
        <extracomment>{age} is how long ago, such as &quot;2 h ago&quot; or &quot;on 12 Mar&quot;.</extracomment>
        <translation>ข้อมูลล่วงหน้าอ่านล่าสุด {age} และยังอัปเดตไม่ได้</translation>
    </message>
</context>
<context>
    <name>TrayApp</name>
    <message>
        <source>Your settings could not be saved ({reason}); they apply until you quit.</source>
        <extracomment>{reason} is the system&apos;s reason, such as &quot;No space left on device&quot;.</extracomment>
        <translation>บันทึกการตั้งค่าไม่ได้ ({reason}) การตั้งค่าจะมีผลจนกว่าจะปิดแอป</translation>
    </message>
    <message>
        <source>Your keyring has not answered yet. Try Accounts again in a moment.</source>
        <translation>ที่เก็บรหัสผ่านของระบบยังไม่ตอบสนอง โปรดเปิดเมนูบัญชีอีกครั้งในอีกสักครู่</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>{health} (not up to date)</source>
        <extracomment>{health} is a health word (&quot;Low&quot;) that may be out of date.</extracomment>
        <translation>{health} (ไม่เป็นปัจจุบัน)</translation>
    </message>
    <message>
        <source>fetching…</source>
        <extracomment>What an account without a balance yet is doing, after its name.</extracomment>
        <translation>กำลังดึงยอด…</translation>
    </message>
    <message>
        <source>&amp;Open {app}</source>
        <extracomment>{app} is the app&apos;s name, Omise Tray.</extracomment>
        <translation>เปิด {app} (&amp;O)</translation>
    </message>
    <message>
        <source>Open Omise &amp;Dashboard</source>
        <translation>เปิดแดชบอร์ด Omise (&amp;D)</translation>
    </message>
    <message>
        <source>Open Omise Dashboard</source>
        <translation>เปิดแดชบอร์ด Omise</translation>
    </message>
    <message>
        <source>Live</source>
        <extracomment>The dashboard of live (real) payments.</extracomment>
        <translation>ใช้งานจริง</translation>
    </message>
    <message>
        <source>Test</source>
        <extracomment>The dashboard of test payments.</extracomment>
        <translation>ทดสอบ</translation>
    </message>
    <message>
        <source>S&amp;nooze alerts</source>
        <translation>พักการแจ้งเตือน (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>การตั้งค่า… (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>บัญชี… (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ออก (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Hide amounts</source>
        <translation>ซ่อนยอดเงิน (&amp;H)</translation>
    </message>
    <message>
        <source>Show ••• instead of every amount, for a screen share or a shop counter</source>
        <translation>แสดง ••• แทนยอดเงินทุกจุด ใช้ตอนแชร์หน้าจอหรือเปิดจอไว้ที่หน้าร้าน</translation>
    </message>
    <message>
        <source>{currency} ({mode}): {amount} available — {health}</source>
        <extracomment>A tooltip line: {currency} such as THB, {mode} &quot;live&quot; or &quot;test&quot;, {amount} what can be paid out now, {health} a health word (&quot;Low&quot;).</extracomment>
        <translation>{currency} ({mode}): โอนได้ {amount} — {health}</translation>
    </message>
    <message>
        <source>Polling paused</source>
        <translation>หยุดดึงยอดชั่วคราว</translation>
    </message>
</context>
<context>
    <name>Upcoming</name>
    <message>
        <source>scheduled for {date}</source>
        <translation>ตามกำหนด {date}</translation>
    </message>
    <message>
        <source>{percent} % of balance</source>
        <translation>{percent}% ของยอดเงิน</translation>
    </message>
    <message>
        <source>{amount} payout: more than the balance may hold</source>
        <translation>โอนเงิน {amount}: อาจมากกว่ายอดเงินที่มี</translation>
    </message>
    <message>
        <source>{amount} payout: below the smallest payout</source>
        <translation>โอนเงิน {amount}: ต่ำกว่ายอดโอนขั้นต่ำ</translation>
    </message>
    <message>
        <source>payout: nothing to pay out</source>
        <translation>โอนเงิน: ไม่มียอดให้โอน</translation>
    </message>
    <message>
        <source>payout leaves after these days</source>
        <translation>โอนเงินหลังช่วงวันเหล่านี้</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Becomes available</source>
        <translation>จะโอนได้</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>โอนเงิน</translation>
    </message>
    <message>
        <source>Projected available</source>
        <translation>ยอดเงินที่โอนได้ (ประมาณการ)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>The coming days, one row a day</source>
        <translation>วันข้างหน้า วันละหนึ่งแถว</translation>
    </message>
    <message>
        <source>The coming days appear once the accounts&apos; payouts and transactions have been read.</source>
        <translation>ข้อมูลวันข้างหน้าจะแสดงเมื่ออ่านการโอนเงินและรายการเคลื่อนไหวของบัญชีเสร็จแล้ว</translation>
    </message>
    <message>
        <source>A projection from the current balance: money already on its way and the scheduled payouts. New sales and refunds are not in it.</source>
        <translation>ประมาณการจากยอดเงินปัจจุบัน: เงินที่กำลังจะเข้าและการโอนเงินตามกำหนดการ ไม่รวมยอดขายใหม่และการคืนเงิน</translation>
    </message>
    <message>
        <source>Payouts are turned off for {name}.</source>
        <translation>{name} ปิดการโอนเงินอยู่</translation>
    </message>
    <message>
        <source>{name}: each payout costs {fee}, taken out of it.</source>
        <translation>{name}: ค่าธรรมเนียมการโอน {fee} ต่อครั้ง หักจากยอดที่โอน</translation>
    </message>
    <message>
        <source>Each payout costs {fee}, taken out of it.</source>
        <translation>ค่าธรรมเนียมการโอน {fee} ต่อครั้ง หักจากยอดที่โอน</translation>
    </message>
</context>
</TS>
