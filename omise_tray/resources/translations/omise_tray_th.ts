<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH" sourcelanguage="en">
<context>
    <name>BalanceCard</name>
    <message>
        <source>Available to pay out; the dotted part is worked out from your transactions</source>
        <translation>ยอดที่โอนได้ ส่วนที่เป็นเส้นจุดคำนวณย้อนหลังจากรายการเดินบัญชีของคุณ</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>Worked out from transactions</source>
        <translation>คำนวณจากรายการเดินบัญชี</translation>
    </message>
    <message>
        <source>Projected, without new sales</source>
        <translation>ประมาณการ (ไม่รวมยอดขายใหม่)</translation>
    </message>
    <message>
        <source>Projected</source>
        <translation>ประมาณการ</translation>
    </message>
    <message>
        <source>Before the first balance check, the balance is worked out backwards from the transactions; reserves and holds are not in it</source>
        <translation>ก่อนการตรวจยอดเงินครั้งแรก ยอดเงินคำนวณย้อนหลังจากรายการเดินบัญชี จึงไม่รวมเงินสำรองและเงินที่ถูกพักไว้</translation>
    </message>
    <message>
        <source>The coming days: money on its way less scheduled payouts</source>
        <translation>วันข้างหน้า: เงินที่กำลังจะเข้า หักการโอนเงินตามกำหนดการ</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>&amp;Upcoming</source>
        <translation>ล่วงหน้า (&amp;U)</translation>
    </message>
</context>
<context>
    <name>PayoutCheck</name>
    <message>
        <source>Smallest payout:</source>
        <translation>ยอดโอนขั้นต่ำ:</translation>
    </message>
    <message>
        <source>Scheduled first:</source>
        <translation>โอนตามกำหนดการก่อน:</translation>
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
        <source>No: payouts are turned off for this account. Ask Omise to enable them before making a transfer.</source>
        <translation>ไม่ได้: บัญชีนี้ปิดการโอนเงินอยู่ โปรดติดต่อ Omise ให้เปิดก่อนทำการโอน</translation>
    </message>
    <message>
        <source>No: the smallest transfer this account can make is {minimum}.</source>
        <translation>ไม่ได้: บัญชีนี้โอนได้ขั้นต่ำครั้งละ {minimum}</translation>
    </message>
    <message>
        <source>No: the {fee} fee would take all of this transfer, so nothing would reach your bank.</source>
        <translation>ไม่ได้: ค่าธรรมเนียม {fee} จะหักยอดโอนนี้จนหมด ไม่มีเงินเข้าบัญชีธนาคารของคุณ</translation>
    </message>
    <message>
        <source>No: you are {shortfall} short (refund {amount} + buffer {buffer}).</source>
        <translation>ไม่ได้: ยังขาดอีก {shortfall} (คืนเงิน {amount} + ยอดที่กันไว้ {buffer})</translation>
    </message>
    <message>
        <source>No: you are {shortfall} short (transfer {amount} + scheduled payouts {scheduled} + buffer {buffer}).</source>
        <extracomment>The amounts add up to what the transfer needs: the transfer, the scheduled payouts that leave first, and the buffer the merchant keeps.</extracomment>
        <translation>ไม่ได้: ยังขาดอีก {shortfall} (โอนเงิน {amount} + โอนตามกำหนดการ {scheduled} + ยอดที่กันไว้ {buffer})</translation>
    </message>
    <message>
        <source>No: you are {shortfall} short (transfer {amount} + buffer {buffer}).</source>
        <translation>ไม่ได้: ยังขาดอีก {shortfall} (โอนเงิน {amount} + ยอดที่กันไว้ {buffer})</translation>
    </message>
    <message>
        <source>Yes: after this refund of {amount}, {left} remains, {remaining} above your {buffer} buffer.</source>
        <translation>ได้: หลังคืนเงิน {amount} จะเหลือ {left} มากกว่ายอดที่กันไว้ {buffer} อยู่ {remaining}</translation>
    </message>
    <message>
        <source>Yes: after this refund of {amount}, {left} remains.</source>
        <translation>ได้: หลังคืนเงิน {amount} จะเหลือ {left}</translation>
    </message>
    <message>
        <source>Yes: after this transfer of {amount} and {scheduled} of scheduled payouts, {left} remains, {remaining} above your {buffer} buffer; your bank receives {net} after the {fee} fee.</source>
        <translation>ได้: หลังโอนเงิน {amount} และโอนตามกำหนดการ {scheduled} จะเหลือ {left} มากกว่ายอดที่กันไว้ {buffer} อยู่ {remaining} บัญชีธนาคารของคุณจะได้รับ {net} หลังหักค่าธรรมเนียม {fee}</translation>
    </message>
    <message>
        <source>Yes: after this transfer of {amount} and {scheduled} of scheduled payouts, {left} remains; your bank receives {net} after the {fee} fee.</source>
        <translation>ได้: หลังโอนเงิน {amount} และโอนตามกำหนดการ {scheduled} จะเหลือ {left} บัญชีธนาคารของคุณจะได้รับ {net} หลังหักค่าธรรมเนียม {fee}</translation>
    </message>
    <message>
        <source>Yes: after this transfer of {amount}, {left} remains, {remaining} above your {buffer} buffer; your bank receives {net} after the {fee} fee.</source>
        <translation>ได้: หลังโอนเงิน {amount} จะเหลือ {left} มากกว่ายอดที่กันไว้ {buffer} อยู่ {remaining} บัญชีธนาคารของคุณจะได้รับ {net} หลังหักค่าธรรมเนียม {fee}</translation>
    </message>
    <message>
        <source>Yes: after this transfer of {amount}, {left} remains; your bank receives {net} after the {fee} fee.</source>
        <translation>ได้: หลังโอนเงิน {amount} จะเหลือ {left} บัญชีธนาคารของคุณจะได้รับ {net} หลังหักค่าธรรมเนียม {fee}</translation>
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
        <translation>ยอดที่โอนได้ (ประมาณการ)</translation>
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
        <translation>ข้อมูลวันข้างหน้าจะแสดงเมื่ออ่านการโอนเงินและรายการเดินบัญชีของบัญชีเสร็จแล้ว</translation>
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
