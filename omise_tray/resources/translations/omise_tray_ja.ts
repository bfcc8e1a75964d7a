<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>BalanceCard</name>
    <message>
        <source>Available to pay out; the dotted part is worked out from your transactions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>Worked out from transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projected, without new sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the first balance check, the balance is worked out backwards from the transactions; reserves and holds are not in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coming days: money on its way less scheduled payouts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>&amp;Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayoutCheck</name>
    <message>
        <source>Smallest payout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} of scheduled payouts leave by {date}</source>
        <extracomment>A transfer asked for now leaves on {date}; {amount} of scheduled payouts leave before it or on the same run, so they are counted first.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payouts are turned off for this account: Omise will not send a transfer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: payouts are turned off for this account. Ask Omise to enable them before making a transfer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: the smallest transfer this account can make is {minimum}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: the {fee} fee would take all of this transfer, so nothing would reach your bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: you are {shortfall} short (refund {amount} + buffer {buffer}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: you are {shortfall} short (transfer {amount} + scheduled payouts {scheduled} + buffer {buffer}).</source>
        <extracomment>The amounts add up to what the transfer needs: the transfer, the scheduled payouts that leave first, and the buffer the merchant keeps.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: you are {shortfall} short (transfer {amount} + buffer {buffer}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: after this refund of {amount}, {left} remains, {remaining} above your {buffer} buffer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: after this refund of {amount}, {left} remains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: after this transfer of {amount} and {scheduled} of scheduled payouts, {left} remains, {remaining} above your {buffer} buffer; your bank receives {net} after the {fee} fee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: after this transfer of {amount} and {scheduled} of scheduled payouts, {left} remains; your bank receives {net} after the {fee} fee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: after this transfer of {amount}, {left} remains, {remaining} above your {buffer} buffer; your bank receives {net} after the {fee} fee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: after this transfer of {amount}, {left} remains; your bank receives {net} after the {fee} fee.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <source>just now</source>
        <translation>たった今</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n分前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n時間前</numerusform>
        </translation>
    </message>
    <message>
        <source>on {date}</source>
        <translation>{date}</translation>
    </message>
    <message>
        <source>not updated yet</source>
        <translation>まだ更新されていません</translation>
    </message>
    <message>
        <source>updated just now</source>
        <translation>たった今更新</translation>
    </message>
    <message numerus="yes">
        <source>updated %n min ago</source>
        <translation>
            <numerusform>%n分前に更新</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>updated %n h ago</source>
        <translation>
            <numerusform>%n時間前に更新</numerusform>
        </translation>
    </message>
    <message>
        <source>updated on {date}</source>
        <translation>{date}に更新</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n時間</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>明日</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>昨日</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>{amount} becomes available today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} becomes available tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} becomes available on {date}</source>
        <extracomment>{date} is a date in the coming two weeks, such as &quot;Fri 5 Dec&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next payout {date} · {amount}, more than the balance may hold</source>
        <extracomment>The scheduled payout is larger than the balance is projected to be.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next payout {date} · {amount}, below the smallest payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next payout {date} · {percent} % of balance</source>
        <extracomment>{percent} is a number such as 50; the payout takes that share of the balance.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next payout {date} · {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payouts are turned off for this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payouts are turned off for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} may fall below {amount} by {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May fall below {amount} by {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline read {age}; it could not be updated since</source>
        <extracomment>{age} is how long ago, such as &quot;2 h ago&quot; or &quot;on 12 Mar&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upcoming</name>
    <message>
        <source>scheduled for {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{percent} % of balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} payout: more than the balance may hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} payout: below the smallest payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payout: nothing to pay out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payout leaves after these days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Becomes available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projected available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coming days, one row a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coming days appear once the accounts&apos; payouts and transactions have been read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A projection from the current balance: money already on its way and the scheduled payouts. New sales and refunds are not in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payouts are turned off for {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: each payout costs {fee}, taken out of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each payout costs {fee}, taken out of it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
