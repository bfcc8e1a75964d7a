<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>AccountForm</name>
    <message>
        <source>Saving…</source>
        <translation>保存しています…</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>アカウント名を入力してください。</translation>
    </message>
    <message>
        <source>Paste the account&apos;s secret key.</source>
        <translation>このアカウントのシークレットキーを貼り付けてください。</translation>
    </message>
    <message>
        <source>Wait for Omise to check the key.</source>
        <translation>Omise によるキーの確認が終わるまでお待ちください。</translation>
    </message>
    <message>
        <source>Use this key for {name}, or paste another key.</source>
        <translation>このキーを{name}に使うか、別のキーを貼り付けてください。</translation>
    </message>
    <message>
        <source>Paste a key of this account.</source>
        <translation>このアカウントのキーを貼り付けてください。</translation>
    </message>
    <message>
        <source>Save needs a key Omise has accepted.</source>
        <translation>保存するには、Omise で確認できたキーが必要です。</translation>
    </message>
    <message>
        <source>Use this key for {name}</source>
        <extracomment>A button; {name} is the name of an account already in the list.</extracomment>
        <translation>このキーを{name}に使う</translation>
    </message>
    <message>
        <source>This key belongs to {name}, already added.</source>
        <translation>このキーは登録済みの{name}のものです。</translation>
    </message>
    <message>
        <source>This key belongs to another Omise account, not to {name}. Add it as an account of its own.</source>
        <translation>このキーは{name}ではなく、別の Omise アカウントのものです。新しいアカウントとして追加してください。</translation>
    </message>
    <message>
        <source>Save gives {name} this key.</source>
        <extracomment>{name} is the name of the account whose key Save replaces.</extracomment>
        <translation>保存すると、{name}のキーがこのキーに置き換わります。</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>An account is already called {name}; pick another name.</source>
        <translation>「{name}」という名前のアカウントはすでにあります。別の名前にしてください。</translation>
    </message>
    <message>
        <source>{name} is no longer among the accounts (it was removed elsewhere), so nothing was saved.</source>
        <translation>{name}は別の場所で削除されたため、アカウント一覧にありません。何も保存されていません。</translation>
    </message>
    <message>
        <source>This key belongs to another Omise account, not to {name}.</source>
        <translation>このキーは{name}ではなく、別の Omise アカウントのものです。</translation>
    </message>
    <message>
        <source>This key belongs to {name}, already added.</source>
        <extracomment>{name} is the name of the account the key opens, already in the list.</extracomment>
        <translation>このキーは登録済みの{name}のものです。</translation>
    </message>
    <message>
        <source>The change was not saved: another Omise Tray program is changing the settings. Try again in a moment.</source>
        <translation>変更は保存されていません。別の Omise Tray のプログラムが設定を変更中です。少し待ってからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The change could not be made; details are in the log.</source>
        <translation>変更できませんでした。詳細はログに記録されています。</translation>
    </message>
    <message>
        <source>{name} was not removed: its key is in a keyring that is not available now, so it could not be deleted. Start your keyring and try again.</source>
        <translation>{name}は削除されていません。キーが保存されているキーリングを今は使えないため、キーを削除できませんでした。キーリングを起動してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The keyring could not be searched; details are in the log.</source>
        <translation>キーリングを検索できませんでした。詳細はログに記録されています。</translation>
    </message>
    <message>
        <source>Without a readable settings file, which keys belong to an account cannot be told; nothing was deleted.</source>
        <translation>設定ファイルを読み込めないため、どのキーがどのアカウントのものか判断できません。何も削除していません。</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Keys no account &amp;uses…</source>
        <translation>使われていないキー(&amp;U)…</translation>
    </message>
    <message>
        <source>Find secret keys left in the keyring that no account uses, and delete them</source>
        <translation>キーリングに残っている、どのアカウントも使っていないシークレットキーを探して削除します</translation>
    </message>
    <message>
        <source>{name} (duplicate)</source>
        <extracomment>In the list of accounts, an entry that repeats an account already listed; the sentence under the list names the account it repeats.</extracomment>
        <translation>{name}（重複）</translation>
    </message>
    <message>
        <source>{name} is the same Omise account as {original}, so it is counted once. Select it and press Remove to delete it.</source>
        <translation>{name}は{original}と同じ Omise アカウントのため、残高は1回だけ数えています。選択して削除ボタンを押すと一覧から削除できます。</translation>
    </message>
    <message>
        <source>Looking for keys no account uses…</source>
        <translation>どのアカウントも使っていないキーを探しています…</translation>
    </message>
    <message>
        <source>Every key Omise Tray keeps in the keyring belongs to an account.</source>
        <translation>Omise Tray がキーリングに保存しているキーは、すべていずれかのアカウントで使われています。</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) in the keyring belong to no account; none was deleted.</source>
        <translation>
            <numerusform>キーリングに、どのアカウントも使っていないキーが %n 件あります。削除はしていません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Keys no account uses</source>
        <translation>使われていないキー</translation>
    </message>
    <message numerus="yes">
        <source>%n secret key(s) in the keyring belong to no account in Omise Tray. They were left behind by an older version or an interrupted change. Delete them?</source>
        <translation>
            <numerusform>キーリングに、Omise Tray のどのアカウントも使っていないシークレットキーが %n 件あります。以前のバージョンや途中で止まった変更で残ったものです。削除しますか？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n key(s) that no account used from the keyring.</source>
        <translation>
            <numerusform>どのアカウントも使っていないキーを %n 件、キーリングから削除しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BalanceCard</name>
    <message>
        <source>History of {card}</source>
        <extracomment>{card} is a currency and mode, such as &quot;THB · test&quot;.</extracomment>
        <translation>{card} の履歴</translation>
    </message>
    <message>
        <source>Open the Omise dashboard for {card}</source>
        <extracomment>{card} is a currency and mode, such as &quot;THB · test&quot;.</extracomment>
        <translation>{card} の Omise ダッシュボードを開く</translation>
    </message>
    <message>
        <source>Available to pay out; the dotted part is worked out from your transactions</source>
        <translation>振込可能額（点線部分は取引履歴から算出したものです）</translation>
    </message>
    <message>
        <source>{account}: {amount}</source>
        <extracomment>{account} is an account&apos;s name, {amount} its available balance (or •••).</extracomment>
        <translation>{account}：{amount}</translation>
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
    <name>MainWindow</name>
    <message>
        <source>S&amp;how amounts</source>
        <translation>金額を表示(&amp;H)</translation>
    </message>
    <message>
        <source>Show every amount again (Ctrl+Shift+H)</source>
        <translation>すべての金額をもう一度表示します (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <source>&amp;Hide amounts</source>
        <translation>金額を隠す(&amp;H)</translation>
    </message>
    <message>
        <source>Show ••• instead of every amount, for a screen share or a shop counter (Ctrl+Shift+H)</source>
        <translation>画面共有中や店頭で、すべての金額を ••• で隠します (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <source>S&amp;nooze alerts</source>
        <translation>アラートを一時停止(&amp;N)</translation>
    </message>
    <message>
        <source>Hold back one account&apos;s alerts for an hour or until tomorrow</source>
        <translation>アカウントごとにアラートを1時間、または明日まで止めます</translation>
    </message>
    <message>
        <source>Hide amounts</source>
        <translation>金額を隠す</translation>
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
    <name>SettingsDialog</name>
    <message>
        <source> s</source>
        <extracomment>After a number of seconds in a spin box, such as &quot;3 s&quot;.</extracomment>
        <translation> 秒</translation>
    </message>
    <message>
        <source>&amp;Hide amounts (show ••• instead)</source>
        <translation>金額を隠す(••• で表示)(&amp;H)</translation>
    </message>
    <message>
        <source>For a screen share or a shop counter: the window, the tray, notifications and history show ••• for every amount. Health words and colours stay.</source>
        <translation>画面共有中や店頭の画面向けです。ウィンドウ、トレイ、通知、履歴のすべての金額を ••• で表示します。残高の状態を表す言葉と色はそのまま表示されます。</translation>
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
    <name>TrayController</name>
    <message>
        <source>&amp;Hide amounts</source>
        <translation>金額を隠す(&amp;H)</translation>
    </message>
    <message>
        <source>Show ••• instead of every amount, for a screen share or a shop counter</source>
        <translation>画面共有中や店頭で、すべての金額を ••• で隠します</translation>
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
