<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH" sourcelanguage="en">
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
</TS>
