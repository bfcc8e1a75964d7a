<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>BalanceCard</name>
    <message>
        <source>Available to pay out; the dotted part is worked out from your transactions</source>
        <translation>振込可能額（点線部分は取引履歴から算出したものです）</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>Worked out from transactions</source>
        <translation>取引履歴から算出</translation>
    </message>
    <message>
        <source>Projected, without new sales</source>
        <translation>見込み（新しい売上は含みません）</translation>
    </message>
    <message>
        <source>Projected</source>
        <translation>見込み</translation>
    </message>
    <message>
        <source>Before the first balance check, the balance is worked out backwards from the transactions; reserves and holds are not in it</source>
        <translation>初回の残高確認より前の残高は取引履歴から逆算したもので、リザーブや保留中の金額は含まれません</translation>
    </message>
    <message>
        <source>The coming days: money on its way less scheduled payouts</source>
        <translation>今後の見込み：入金予定額から予定されている振込を差し引いた額</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>&amp;Upcoming</source>
        <translation>今後の予定(&amp;U)</translation>
    </message>
</context>
<context>
    <name>PayoutCheck</name>
    <message>
        <source>Smallest payout:</source>
        <translation>最低振込額：</translation>
    </message>
    <message>
        <source>Scheduled first:</source>
        <translation>先に予定されている振込：</translation>
    </message>
    <message>
        <source>{amount} of scheduled payouts leave by {date}</source>
        <extracomment>A transfer asked for now leaves on {date}; {amount} of scheduled payouts leave before it or on the same run, so they are counted first.</extracomment>
        <translation>{date}までに予定されている振込 {amount}</translation>
    </message>
    <message>
        <source>Payouts are turned off for this account: Omise will not send a transfer.</source>
        <translation>このアカウントは振込が無効になっているため、Omiseは振込を行いません。</translation>
    </message>
    <message>
        <source>No: payouts are turned off for this account. Ask Omise to enable them before making a transfer.</source>
        <translation>いいえ：このアカウントは振込が無効になっています。振込の前にOmiseに有効化を依頼してください。</translation>
    </message>
    <message>
        <source>No: the smallest transfer this account can make is {minimum}.</source>
        <translation>いいえ：このアカウントの最低振込額は {minimum} です。</translation>
    </message>
    <message>
        <source>No: the {fee} fee would take all of this transfer, so nothing would reach your bank.</source>
        <translation>いいえ：手数料 {fee} で振込額がすべて差し引かれ、銀行口座には何も入金されません。</translation>
    </message>
    <message>
        <source>No: you are {shortfall} short (refund {amount} + buffer {buffer}).</source>
        <translation>いいえ：{shortfall} 不足しています（返金 {amount} + 確保額 {buffer}）。</translation>
    </message>
    <message>
        <source>No: you are {shortfall} short (transfer {amount} + scheduled payouts {scheduled} + buffer {buffer}).</source>
        <extracomment>The amounts add up to what the transfer needs: the transfer, the scheduled payouts that leave first, and the buffer the merchant keeps.</extracomment>
        <translation>いいえ：{shortfall} 不足しています（振込 {amount} + 予定されている振込 {scheduled} + 確保額 {buffer}）。</translation>
    </message>
    <message>
        <source>No: you are {shortfall} short (transfer {amount} + buffer {buffer}).</source>
        <translation>いいえ：{shortfall} 不足しています（振込 {amount} + 確保額 {buffer}）。</translation>
    </message>
    <message>
        <source>Yes: after this refund of {amount}, {left} remains, {remaining} above your {buffer} buffer.</source>
        <translation>はい：{amount} を返金した後、{left} が残ります（確保額 {buffer} を {remaining} 上回ります）。</translation>
    </message>
    <message>
        <source>Yes: after this refund of {amount}, {left} remains.</source>
        <translation>はい：{amount} を返金した後、{left} が残ります。</translation>
    </message>
    <message>
        <source>Yes: after this transfer of {amount} and {scheduled} of scheduled payouts, {left} remains, {remaining} above your {buffer} buffer; your bank receives {net} after the {fee} fee.</source>
        <translation>はい：{amount} の振込と予定されている振込 {scheduled} の後、{left} が残ります（確保額 {buffer} を {remaining} 上回ります）。手数料 {fee} を差し引いた {net} が銀行口座に入金されます。</translation>
    </message>
    <message>
        <source>Yes: after this transfer of {amount} and {scheduled} of scheduled payouts, {left} remains; your bank receives {net} after the {fee} fee.</source>
        <translation>はい：{amount} の振込と予定されている振込 {scheduled} の後、{left} が残ります。手数料 {fee} を差し引いた {net} が銀行口座に入金されます。</translation>
    </message>
    <message>
        <source>Yes: after this transfer of {amount}, {left} remains, {remaining} above your {buffer} buffer; your bank receives {net} after the {fee} fee.</source>
        <translation>はい：{amount} を振り込んだ後、{left} が残ります（確保額 {buffer} を {remaining} 上回ります）。手数料 {fee} を差し引いた {net} が銀行口座に入金されます。</translation>
    </message>
    <message>
        <source>Yes: after this transfer of {amount}, {left} remains; your bank receives {net} after the {fee} fee.</source>
        <translation>はい：{amount} を振り込んだ後、{left} が残ります。手数料 {fee} を差し引いた {net} が銀行口座に入金されます。</translation>
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
        <translation>本日 {amount} が振込可能になります</translation>
    </message>
    <message>
        <source>{amount} becomes available tomorrow</source>
        <translation>明日 {amount} が振込可能になります</translation>
    </message>
    <message>
        <source>{amount} becomes available on {date}</source>
        <extracomment>{date} is a date in the coming two weeks, such as &quot;Fri 5 Dec&quot;.</extracomment>
        <translation>{date}に {amount} が振込可能になります</translation>
    </message>
    <message>
        <source>Next payout {date} · {amount}, more than the balance may hold</source>
        <extracomment>The scheduled payout is larger than the balance is projected to be.</extracomment>
        <translation>次回の振込 {date} · {amount}（残高が足りない可能性があります）</translation>
    </message>
    <message>
        <source>Next payout {date} · {amount}, below the smallest payout</source>
        <translation>次回の振込 {date} · {amount}（最低振込額に届きません）</translation>
    </message>
    <message>
        <source>Next payout {date} · {percent} % of balance</source>
        <extracomment>{percent} is a number such as 50; the payout takes that share of the balance.</extracomment>
        <translation>次回の振込 {date} · 残高の{percent}%</translation>
    </message>
    <message>
        <source>Next payout {date} · {amount}</source>
        <translation>次回の振込 {date} · {amount}</translation>
    </message>
    <message>
        <source>Payouts are turned off for this account</source>
        <translation>このアカウントは振込が無効になっています</translation>
    </message>
    <message>
        <source>Payouts are turned off for {name}</source>
        <translation>{name} は振込が無効になっています</translation>
    </message>
    <message>
        <source>{name} may fall below {amount} by {date}</source>
        <translation>{name} は{date}までに {amount} を下回るおそれがあります</translation>
    </message>
    <message>
        <source>May fall below {amount} by {date}</source>
        <translation>{date}までに {amount} を下回るおそれがあります</translation>
    </message>
    <message>
        <source>Timeline read {age}; it could not be updated since</source>
        <extracomment>{age} is how long ago, such as &quot;2 h ago&quot; or &quot;on 12 Mar&quot;.</extracomment>
        <translation>見通しは{age}の情報です（その後、更新できていません）</translation>
    </message>
</context>
<context>
    <name>Upcoming</name>
    <message>
        <source>scheduled for {date}</source>
        <translation>予定日 {date}</translation>
    </message>
    <message>
        <source>{percent} % of balance</source>
        <translation>残高の{percent}%</translation>
    </message>
    <message>
        <source>{amount} payout: more than the balance may hold</source>
        <translation>振込 {amount}：残高が足りない可能性があります</translation>
    </message>
    <message>
        <source>{amount} payout: below the smallest payout</source>
        <translation>振込 {amount}：最低振込額に届きません</translation>
    </message>
    <message>
        <source>payout: nothing to pay out</source>
        <translation>振込：振り込む残高がありません</translation>
    </message>
    <message>
        <source>payout leaves after these days</source>
        <translation>振込はこの期間の後になります</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Becomes available</source>
        <translation>振込可能になる額</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>振込</translation>
    </message>
    <message>
        <source>Projected available</source>
        <translation>振込可能額（見込み）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>The coming days, one row a day</source>
        <translation>今後の予定（1日1行）</translation>
    </message>
    <message>
        <source>The coming days appear once the accounts&apos; payouts and transactions have been read.</source>
        <translation>アカウントの振込と取引履歴を読み込むと、今後の予定が表示されます。</translation>
    </message>
    <message>
        <source>A projection from the current balance: money already on its way and the scheduled payouts. New sales and refunds are not in it.</source>
        <translation>現在の残高からの見込みです（入金予定の売上と予定されている振込）。新しい売上や返金は含まれません。</translation>
    </message>
    <message>
        <source>Payouts are turned off for {name}.</source>
        <translation>{name} は振込が無効になっています。</translation>
    </message>
    <message>
        <source>{name}: each payout costs {fee}, taken out of it.</source>
        <translation>{name}：振込1回ごとに手数料 {fee} が振込額から差し引かれます。</translation>
    </message>
    <message>
        <source>Each payout costs {fee}, taken out of it.</source>
        <translation>振込1回ごとに手数料 {fee} が振込額から差し引かれます。</translation>
    </message>
</context>
</TS>
