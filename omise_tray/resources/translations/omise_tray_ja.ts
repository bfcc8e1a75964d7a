<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>AccountForm</name>
    <message>
        <source>Edit account</source>
        <translation>アカウントを編集</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>アカウントを追加</translation>
    </message>
    <message>
        <source>For example: Bangkok shop</source>
        <translation>例：渋谷店</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>シークレットキー</translation>
    </message>
    <message>
        <source>Leave empty to keep the current key ({key})</source>
        <extracomment>{key} is the current key, masked: skey_test_•••••1234.</extracomment>
        <translation>現在のキー（{key}）のままにする場合は空欄のまま</translation>
    </message>
    <message>
        <source>skey_test_… or skey_… from Dashboard → Keys</source>
        <translation>ダッシュボード → キー の skey_test_… または skey_…</translation>
    </message>
    <message>
        <source>Sho&amp;w key</source>
        <translation>キーを表示(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Check key</source>
        <translation>キーを確認(&amp;C)</translation>
    </message>
    <message>
        <source>S&amp;top checking</source>
        <translation>確認を中止(&amp;T)</translation>
    </message>
    <message>
        <source>Keep for this session &amp;only</source>
        <translation>この起動中だけ保持する(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Secret key:</source>
        <translation>シークレットキー(&amp;S)：</translation>
    </message>
    <message>
        <source>Paste a new secret key to replace the current one, or just change the name.</source>
        <translation>新しいシークレットキーを貼り付けて今のキーと置き換えるか、名前だけを変更してください。</translation>
    </message>
    <message>
        <source>Paste the secret key from Dashboard → Keys; it is checked with Omise before saving.</source>
        <translation>ダッシュボード → キー からシークレットキーを貼り付けてください。保存前に Omise で確認します。</translation>
    </message>
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
        <source>Checking the key with Omise…</source>
        <translation>Omise でキーを確認しています…</translation>
    </message>
    <message>
        <source>Check stopped. Press Check key to try again.</source>
        <translation>確認を中止しました。もう一度確認するには「キーを確認」を押してください。</translation>
    </message>
    <message>
        <source>Use this key for {name}</source>
        <extracomment>A button; {name} is the name of an account already in the list.</extracomment>
        <translation>このキーを{name}に使う</translation>
    </message>
    <message>
        <source>Tick “Keep for this session only” to use this key until you quit.</source>
        <translation>終了するまでこのキーを使うには「この起動中だけ保持する」にチェックを入れてください。</translation>
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
    <message>
        <source>Another account is already called {name}; pick another.</source>
        <translation>{name} という名前のアカウントはすでにあります。別の名前にしてください。</translation>
    </message>
    <message>
        <source>{problem} Or tick “Keep for this session only”.</source>
        <extracomment>{problem} says why the key could not be kept in the keyring.</extracomment>
        <translation>{problem} または「この起動中だけ保持する」にチェックを入れてください。</translation>
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
        <source>The change could not be saved ({reason}). Check that your settings folder is writable and try again.</source>
        <extracomment>{reason} is the system&apos;s own words for the failure, such as &quot;Permission denied&quot;.</extracomment>
        <translation>変更を保存できませんでした（{reason}）。設定フォルダーに書き込めるか確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>{name} was not removed: its key is in a keyring that is not available now, so it could not be deleted. Start your keyring and try again.</source>
        <translation>{name}は削除されていません。キーが保存されているキーリングを今は使えないため、キーを削除できませんでした。キーリングを起動してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>{name} was not removed: {problem}</source>
        <extracomment>{problem} is the keyring&apos;s own account of what went wrong.</extracomment>
        <translation>{name} を削除できませんでした：{problem}</translation>
    </message>
    <message>
        <source>The change could not be made; details are in the log.</source>
        <translation>変更できませんでした。詳細はログに記録されています。</translation>
    </message>
    <message>
        <source>The keyring could not be searched; details are in the log.</source>
        <translation>キーリングを検索できませんでした。詳細はログに記録されています。</translation>
    </message>
    <message>
        <source>Without a readable settings file, which keys belong to an account cannot be told; nothing was deleted.</source>
        <translation>設定ファイルを読み込めないため、どのキーがどのアカウントのものか判断できません。何も削除していません。</translation>
    </message>
    <message>
        <source>keyring ({keyring})</source>
        <translation>キーリング（{keyring}）</translation>
    </message>
    <message>
        <source>session only</source>
        <translation>この起動中のみ</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>keyring (locked)</source>
        <translation>キーリング（ロック中）</translation>
    </message>
    <message>
        <source>keyring unavailable</source>
        <translation>キーリングを利用できません</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>モード</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>通貨</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>シークレットキー</translation>
    </message>
    <message>
        <source>Kept in</source>
        <translation>保存先</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>追加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>削除(&amp;R)…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上へ(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>下へ(&amp;D)</translation>
    </message>
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
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>アカウントを削除</translation>
    </message>
    <message>
        <source>Remove {name}? Its secret key will be deleted from this computer.</source>
        <translation>{name} を削除しますか？シークレットキーはこのコンピューターから削除されます。</translation>
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
    <name>Activity</name>
    <message>
        <source>Charge</source>
        <translation>支払い</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>返金</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>出金</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>チャージバック</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>入金済み</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>送金済み</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>保留中</translation>
    </message>
    <message>
        <source>now</source>
        <extracomment>The money of a transaction can be paid out now.</extracomment>
        <translation>今すぐ</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>入金</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>出金</translation>
    </message>
    <message>
        <source>{fee} + {vat} VAT</source>
        <extracomment>A payout&apos;s fee and the VAT charged on it, both amounts.</extracomment>
        <translation>{fee} + 消費税 {vat}</translation>
    </message>
    <message>
        <source>The list could not be fetched; details are in the log.</source>
        <translation>一覧を取得できませんでした。詳細はログに記録されています。</translation>
    </message>
    <message>
        <source>Omise rejected this account&apos;s key: update it in Accounts.</source>
        <translation>Omise がこのアカウントのキーを拒否しました。アカウントで更新してください。</translation>
    </message>
    <message>
        <source>Omise could not be reached: check the connection, then retry.</source>
        <translation>Omise に接続できませんでした。接続を確認してから再試行してください。</translation>
    </message>
    <message>
        <source>Omise asked us to slow down: retry in a moment.</source>
        <translation>Omise からアクセスを控えるよう求められました。少し待ってから再試行してください。</translation>
    </message>
    <message>
        <source>Omise is having trouble right now: retry in a few minutes.</source>
        <translation>現在 Omise で問題が発生しています。数分後に再試行してください。</translation>
    </message>
    <message>
        <source>Omise&apos;s answer could not be read: retry in a moment.</source>
        <translation>Omise からの応答を読み取れませんでした。少し待ってから再試行してください。</translation>
    </message>
    <message>
        <source>Omise could not answer: {problem}</source>
        <extracomment>{problem} is the reason in Omise&apos;s own (English) words.</extracomment>
        <translation>Omise から回答を得られませんでした：{problem}</translation>
    </message>
    <message>
        <source>none of {total}</source>
        <extracomment>No row of this page is on show; {total} rows are in the whole list.</extracomment>
        <translation>全{total}件中 0件</translation>
    </message>
    <message>
        <source>{first}–{last} of {total}</source>
        <extracomment>Rows {first} to {last} of {total} are on show: &quot;21–40 of 134&quot;.</extracomment>
        <translation>全{total}件中 {first}–{last}件</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>取引</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Credit / debit</source>
        <translation>入金 / 出金</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>What it was</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Transferable</source>
        <extracomment>The column of when each transaction&apos;s money can be paid out.</extracomment>
        <translation>出金可能日</translation>
    </message>
    <message>
        <source>Fetch this page of transactions again</source>
        <translation>このページの取引をもう一度取得します</translation>
    </message>
    <message>
        <source>Newer transactions</source>
        <translation>新しい取引</translation>
    </message>
    <message>
        <source>Older transactions</source>
        <translation>古い取引</translation>
    </message>
    <message>
        <source>No account uses this currency, so there are no transactions.</source>
        <translation>この通貨を使うアカウントがないため、取引はありません。</translation>
    </message>
    <message>
        <source>Loading transactions…</source>
        <translation>取引を読み込み中…</translation>
    </message>
    <message>
        <source>No transactions yet</source>
        <translation>取引はまだありません</translation>
    </message>
    <message>
        <source>No more transactions: go back with Previous.</source>
        <translation>これ以上の取引はありません。「前へ」で戻ってください。</translation>
    </message>
    <message>
        <source>The transactions could not be loaded.</source>
        <translation>取引を読み込めませんでした。</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>出金</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>手数料</translation>
    </message>
    <message>
        <source>Net</source>
        <extracomment>What reaches the bank: the payout less its fee.</extracomment>
        <translation>差引額</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>銀行</translation>
    </message>
    <message>
        <source>Failure reason</source>
        <translation>失敗の理由</translation>
    </message>
    <message>
        <source>Fetch this page of payouts again</source>
        <translation>このページの出金をもう一度取得します</translation>
    </message>
    <message>
        <source>Newer payouts</source>
        <translation>新しい出金</translation>
    </message>
    <message>
        <source>Older payouts</source>
        <translation>古い出金</translation>
    </message>
    <message>
        <source>No account uses this currency, so there are no payouts.</source>
        <translation>この通貨を使うアカウントがないため、出金はありません。</translation>
    </message>
    <message>
        <source>Loading payouts…</source>
        <translation>出金を読み込み中…</translation>
    </message>
    <message>
        <source>No payouts yet</source>
        <translation>出金はまだありません</translation>
    </message>
    <message>
        <source>No more payouts: go back with Previous.</source>
        <translation>これ以上の出金はありません。「前へ」で戻ってください。</translation>
    </message>
    <message>
        <source>The payouts could not be loaded.</source>
        <translation>出金を読み込めませんでした。</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>アカウント(&amp;A):</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>アカウント：</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>更新(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>再試行(&amp;R)</translation>
    </message>
    <message>
        <source>Position in the list</source>
        <translation>一覧内の位置</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>前へ(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>次へ(&amp;N)</translation>
    </message>
    <message>
        <source>Problem: {problem}</source>
        <extracomment>{problem} is the failure&apos;s own sentence.</extracomment>
        <translation>問題：{problem}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>{id} (from {origin})</source>
        <extracomment>{id} is a transaction&apos;s id, {origin} the id of what it came from (a charge).</extracomment>
        <translation>{id}({origin} から)</translation>
    </message>
    <message>
        <source>Sent {sent}, paid {paid}</source>
        <extracomment>When a payout was sent and when the bank paid it: dates with times.</extracomment>
        <translation>{sent} に送金、{paid} に入金</translation>
    </message>
    <message>
        <source>Sent {sent}</source>
        <translation>{sent} に送金</translation>
    </message>
    <message>
        <source>Paid {paid}</source>
        <translation>{paid} に入金</translation>
    </message>
</context>
<context>
    <name>Advice</name>
    <message>
        <source>The API reports more available than total; check the account in the Dashboard.</source>
        <translation>API が出金可能額を残高より多く報告しています。ダッシュボードでアカウントを確認してください。</translation>
    </message>
    <message>
        <source>Consider adding funds: {available} is available, below the {low} low threshold.</source>
        <extracomment>{available} and {low} are amounts: the balance and the low threshold.</extracomment>
        <translation>入金をご検討ください：出金可能額 {available} が低残高のしきい値 {low} を下回っています。</translation>
    </message>
    <message>
        <source>Consider adding funds: {available} is available, at the {low} low threshold.</source>
        <translation>入金をご検討ください：出金可能額 {available} が低残高のしきい値 {low} に達しています。</translation>
    </message>
    <message>
        <source>High pending balance — review settlements: {pending} is pending, more than twice the {available} available.</source>
        <translation>保留中の金額が多くなっています — 精算をご確認ください：保留中 {pending} は出金可能額 {available} の2倍を超えています。</translation>
    </message>
    <message>
        <source>{reserve} is held in reserve by Omise and cannot be used or paid out.</source>
        <translation>{reserve} は Omise のリザーブとして留保されており、使用も出金もできません。</translation>
    </message>
    <message>
        <source>{on_hold} is on hold and becomes transferable once it clears.</source>
        <translation>{on_hold} は一時保留中で、確定すると出金可能になります。</translation>
    </message>
</context>
<context>
    <name>Alerts</name>
    <message>
        <source>critical</source>
        <translation>危険</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>危険</translation>
    </message>
    <message>
        <source>with a rejected key</source>
        <translation>キー拒否</translation>
    </message>
    <message>
        <source>Key rejected</source>
        <translation>キー拒否</translation>
    </message>
    <message>
        <source>low</source>
        <translation>残高低下</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>残高低下</translation>
    </message>
    <message>
        <source>down sharply</source>
        <translation>急減</translation>
    </message>
    <message>
        <source>Down sharply</source>
        <translation>急減</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>接続不可</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>接続不可</translation>
    </message>
    <message>
        <source>back above low</source>
        <translation>回復</translation>
    </message>
    <message>
        <source>Back above low</source>
        <translation>回復</translation>
    </message>
    <message>
        <source>paid out</source>
        <translation>出金済み</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>出金済み</translation>
    </message>
    <message>
        <source>available</source>
        <extracomment>The watched figure, as in &quot;฿900.00 available&quot; and &quot;available fell 85%&quot;.</extracomment>
        <translation>出金可能額</translation>
    </message>
    <message>
        <source>total</source>
        <extracomment>The watched figure, as in &quot;฿900.00 total&quot; and &quot;total fell 85%&quot;.</extracomment>
        <translation>残高</translation>
    </message>
    <message>
        <source>{account} — {what}</source>
        <extracomment>A notification&apos;s title: {account} is an account&apos;s name, {what} what happened (&quot;THB low&quot;, &quot;key rejected&quot;).</extracomment>
        <translation>{account} — {what}</translation>
    </message>
    <message>
        <source>{account} (test)</source>
        <extracomment>An account in test mode; {account} is its name.</extracomment>
        <translation>{account}(テスト)</translation>
    </message>
    <message>
        <source>key rejected</source>
        <translation>キーが拒否されました</translation>
    </message>
    <message>
        <source>{currency} back above low</source>
        <extracomment>{currency} is a currency code: &quot;THB back above low&quot;.</extracomment>
        <translation>{currency} 低残高ラインを回復</translation>
    </message>
    <message>
        <source>{currency} payout sent</source>
        <translation>{currency} 出金されました</translation>
    </message>
    <message>
        <source>{currency} down {share}%</source>
        <extracomment>{share} is a whole percentage: &quot;THB down 85%&quot;.</extracomment>
        <translation>{currency} {share}%減少</translation>
    </message>
    <message>
        <source>{currency} still critical</source>
        <translation>{currency} 依然として危険</translation>
    </message>
    <message>
        <source>{currency} critical</source>
        <translation>{currency} 危険</translation>
    </message>
    <message>
        <source>{currency} still low</source>
        <translation>{currency} 依然として残高低下</translation>
    </message>
    <message>
        <source>{currency} low</source>
        <translation>{currency} 残高低下</translation>
    </message>
    <message>
        <source>Omise rejected this account&apos;s secret key. Paste a new key from Dashboard → Keys.</source>
        <translation>Omise がこのアカウントのシークレットキーを拒否しました。ダッシュボード → キー から新しいキーを貼り付けてください。</translation>
    </message>
    <message>
        <source>The balance could not be fetched for {duration}. Last error: {message}</source>
        <extracomment>{duration} is &quot;45 minutes&quot; or &quot;3 hours&quot;; {message} the error&apos;s own sentence.</extracomment>
        <translation>{duration}にわたり残高を取得できていません。最後のエラー：{message}</translation>
    </message>
    <message>
        <source>The balance could not be fetched for {duration}.</source>
        <extracomment>{duration} is &quot;45 minutes&quot; or &quot;3 hours&quot;.</extracomment>
        <translation>{duration}にわたり残高を取得できていません。</translation>
    </message>
    <message>
        <source>{amount} {watched}, above {line}</source>
        <extracomment>{amount} {watched} is the balance now (&quot;฿1,200.00 available&quot;); {line} the low line.</extracomment>
        <translation>{watched} {amount}({line}を上回りました)</translation>
    </message>
    <message>
        <source>{amount} {watched}, below {line}</source>
        <extracomment>{amount} {watched} is the balance (&quot;฿900.00 available&quot;); {line} the line crossed.</extracomment>
        <translation>{watched} {amount}({line}未満)</translation>
    </message>
    <message>
        <source>{amount} {watched}, at {line}</source>
        <translation>{watched} {amount}({line}ちょうど)</translation>
    </message>
    <message>
        <source>{cause}: {watched} fell {share}% to {amount}, below {line}</source>
        <extracomment>{cause} names the debits (&quot;payout of ฿18,500.00 sent&quot;); {share} is a percentage.</extracomment>
        <translation>{cause}:{watched}が{share}%減って{amount}になり、{line}を下回りました</translation>
    </message>
    <message>
        <source>{cause}: {watched} fell {share}% to {amount}, at {line}</source>
        <translation>{cause}:{watched}が{share}%減って{amount}になり、{line}に達しました</translation>
    </message>
    <message>
        <source>{watched} fell {share}% to {amount}, below {line}</source>
        <extracomment>{watched} is &quot;available&quot; or &quot;total&quot;; {share} is a whole percentage.</extracomment>
        <translation>{watched}が{share}%減って{amount}になり、{line}を下回りました</translation>
    </message>
    <message>
        <source>{watched} fell {share}% to {amount}, at {line}</source>
        <translation>{watched}が{share}%減って{amount}になり、{line}に達しました</translation>
    </message>
    <message>
        <source>{cause}; {amount} {watched}.</source>
        <extracomment>{cause} names the payouts (&quot;payout of ฿18,500.00 sent&quot;); {amount} {watched} is the balance now (&quot;฿900.00 available&quot;).</extracomment>
        <translation>{cause}。{watched}は{amount}です。</translation>
    </message>
    <message>
        <source>{cause}: {watched} fell from {previous} to {amount} since the last check.</source>
        <translation>{cause}:前回の確認から{watched}が{previous}から{amount}に減りました。</translation>
    </message>
    <message>
        <source>{watched} fell from {previous} to {amount} since the last check; refunds, disputes and payouts cause drops like this.</source>
        <translation>前回の確認から{watched}が{previous}から{amount}に減りました。返金、チャージバック、出金でこのように減ることがあります。</translation>
    </message>
    <message>
        <source>{watched} fell from {previous} to {amount} since the last check; no refund, dispute or payout since then explains it.</source>
        <translation>前回の確認から{watched}が{previous}から{amount}に減りました。その後の返金、チャージバック、出金では説明がつきません。</translation>
    </message>
    <message>
        <source>{watched} fell from {previous} to {amount} since the last check. Debits since then explain only {explained} of it: {cause}.</source>
        <extracomment>{explained} is the part of the fall that {cause}, the debits, account for.</extracomment>
        <translation>前回の確認から{watched}が{previous}から{amount}に減りました。その後の引き落としで説明できるのは{explained}のみです：{cause}。</translation>
    </message>
    <message>
        <source>payout of {amount} sent</source>
        <translation>{amount}の出金</translation>
    </message>
    <message numerus="yes">
        <source>%n payouts totalling {amount} sent</source>
        <translation>
            <numerusform>%n件の出金(計{amount})</numerusform>
        </translation>
    </message>
    <message>
        <source>refund of {amount}</source>
        <translation>{amount}の返金</translation>
    </message>
    <message numerus="yes">
        <source>%n refunds totalling {amount}</source>
        <translation>
            <numerusform>%n件の返金(計{amount})</numerusform>
        </translation>
    </message>
    <message>
        <source>dispute of {amount}</source>
        <translation>{amount}のチャージバック</translation>
    </message>
    <message numerus="yes">
        <source>%n disputes totalling {amount}</source>
        <translation>
            <numerusform>%n件のチャージバック(計{amount})</numerusform>
        </translation>
    </message>
    <message>
        <source>debit of {amount}</source>
        <translation>{amount}の引き落とし</translation>
    </message>
    <message numerus="yes">
        <source>%n debits totalling {amount}</source>
        <translation>
            <numerusform>%n件の引き落とし(計{amount})</numerusform>
        </translation>
    </message>
    <message>
        <source>{list}, {item}</source>
        <extracomment>A list: the items so far, then one more.</extracomment>
        <translation>{list}、{item}</translation>
    </message>
    <message>
        <source>{list} and {item}</source>
        <extracomment>A list: the items but the last, then the last.</extracomment>
        <translation>{list}、{item}</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n時間</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n {currency} account</source>
        <translation>
            <numerusform>{currency} のアカウント %n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n {currency} accounts</source>
        <translation>
            <numerusform>{currency} のアカウント %n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account</source>
        <translation>
            <numerusform>%n件のアカウント</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accounts</source>
        <translation>
            <numerusform>%n件のアカウント</numerusform>
        </translation>
    </message>
    <message>
        <source>{accounts} {state}</source>
        <extracomment>{accounts} is &quot;4 JPY accounts&quot;, {state} is &quot;critical&quot; or &quot;back above low&quot;.</extracomment>
        <translation>{accounts}が{state}</translation>
    </message>
    <message>
        <source>{count} {state}</source>
        <extracomment>{count} accounts are in {state}: &quot;2 critical&quot;.</extracomment>
        <translation>{state} {count}件</translation>
    </message>
    <message>
        <source>{accounts}: {counts}</source>
        <extracomment>{accounts} is &quot;3 accounts&quot;, {counts} is &quot;2 critical, 1 low&quot;.</extracomment>
        <translation>{accounts}:{counts}</translation>
    </message>
    <message>
        <source>{state}: {accounts}</source>
        <extracomment>{state} heads the list of {accounts}: &quot;Critical: Shop 2 ¥920, Shop 4 ¥1,100&quot;.</extracomment>
        <translation>{state}:{accounts}</translation>
    </message>
    <message>
        <source>{first}. {second}</source>
        <extracomment>Two sentences of a summary, one after the other.</extracomment>
        <translation>{first}。{second}</translation>
    </message>
    <message numerus="yes">
        <source>{list} and %n more</source>
        <extracomment>The summary&apos;s list, then how many accounts it leaves out.</extracomment>
        <translation>
            <numerusform>{list} ほか%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>{sentences}.</source>
        <extracomment>The end of a summary&apos;s last sentence.</extracomment>
        <translation>{sentences}。</translation>
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
        <translation>{example} のように数字で入力してください。</translation>
    </message>
    <message>
        <source>{currency} has no minor unit: enter a whole number.</source>
        <extracomment>{currency} is a currency code such as JPY.</extracomment>
        <translation>{currency} には補助単位がありません。整数で入力してください。</translation>
    </message>
    <message>
        <source>{currency} amounts have at most {places} decimal places.</source>
        <extracomment>{currency} is a currency code such as THB; {places} is 2 or 3 (a currency with no minor unit has a sentence of its own).</extracomment>
        <translation>{currency} の金額は小数点以下 {places} 桁までです。</translation>
    </message>
    <message>
        <source>Enter a smaller amount: the largest is {largest}.</source>
        <extracomment>{largest} is the largest amount the app can hold.</extracomment>
        <translation>もっと小さい金額を入力してください。上限は {largest} です。</translation>
    </message>
    <message>
        <source>Enter an amount that is not negative.</source>
        <translation>マイナスではない金額を入力してください。</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Start at login on Windows needs access to the registry.</source>
        <translation>Windows でログイン時に起動するには、レジストリへのアクセスが必要です。</translation>
    </message>
    <message>
        <source>Could not turn on start at login: the registry value {where} could not be changed ({reason}). Check that you may write there, then try again.</source>
        <extracomment>{where} is a registry value&apos;s full name; {reason} the system&apos;s own words.</extracomment>
        <translation>ログイン時の起動をオンにできませんでした：レジストリ値 {where} を変更できませんでした（{reason}）。書き込み権限があるか確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Could not turn off start at login: the registry value {where} could not be changed ({reason}). Check that you may write there, then try again.</source>
        <extracomment>{where} is a registry value&apos;s full name; {reason} the system&apos;s own words.</extracomment>
        <translation>ログイン時の起動をオフにできませんでした：レジストリ値 {where} を変更できませんでした（{reason}）。書き込み権限があるか確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Could not turn on start at login: the login item {where} could not be changed ({reason}). Check that you may write there, then try again.</source>
        <extracomment>{where} is the login item&apos;s file; {reason} the system&apos;s own words.</extracomment>
        <translation>ログイン時の起動をオンにできませんでした：ログイン項目 {where} を変更できませんでした（{reason}）。書き込み権限があるか確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Could not turn off start at login: the login item {where} could not be changed ({reason}). Check that you may write there, then try again.</source>
        <extracomment>{where} is the login item&apos;s file; {reason} the system&apos;s own words.</extracomment>
        <translation>ログイン時の起動をオフにできませんでした：ログイン項目 {where} を変更できませんでした（{reason}）。書き込み権限があるか確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Could not turn on start at login: the autostart entry {where} could not be changed ({reason}). Check that you may write there, then try again.</source>
        <extracomment>{where} is the autostart entry&apos;s file; {reason} the system&apos;s own words.</extracomment>
        <translation>ログイン時の起動をオンにできませんでした：自動起動エントリ {where} を変更できませんでした（{reason}）。書き込み権限があるか確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Could not turn off start at login: the autostart entry {where} could not be changed ({reason}). Check that you may write there, then try again.</source>
        <extracomment>{where} is the autostart entry&apos;s file; {reason} the system&apos;s own words.</extracomment>
        <translation>ログイン時の起動をオフにできませんでした：自動起動エントリ {where} を変更できませんでした（{reason}）。書き込み権限があるか確認して、もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>BalanceCard</name>
    <message>
        <source>What Omise can send to your bank account now (the API&apos;s “transferable”).</source>
        <translation>Omise が今すぐ銀行口座へ出金できる金額です（API の「transferable」）。</translation>
    </message>
    <message>
        <source>Everything in the account after fees, including money not yet available.</source>
        <translation>手数料を差し引いた後のアカウント内の全額です。まだ出金可能になっていない金額も含みます。</translation>
    </message>
    <message>
        <source>Received from charges but not yet available; it becomes available once Omise settles it.</source>
        <translation>決済で受け取ったものの、まだ出金可能になっていない金額です。Omise が精算すると出金可能になります。</translation>
    </message>
    <message>
        <source>Held back by Omise as security against refunds and chargebacks.</source>
        <translation>返金やチャージバックに備えて Omise が留保している金額です。</translation>
    </message>
    <message>
        <source>Held by Omise for now, for example during a review or a dispute.</source>
        <translation>審査中やチャージバック対応中などのため、Omise が一時的に保留している金額です。</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>残高</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>保留中</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>リザーブ</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>一時保留</translation>
    </message>
    <message>
        <source>By account</source>
        <translation>アカウント別</translation>
    </message>
    <message>
        <source>Open dashboard</source>
        <translation>ダッシュボードを開く</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>履歴…</translation>
    </message>
    <message>
        <source>Balance history, transactions, payouts and daily reports</source>
        <translation>残高の推移、取引、出金、日次レポート</translation>
    </message>
    <message>
        <source>Available to pay out over the last 24 hours</source>
        <translation>過去24時間の出金可能額</translation>
    </message>
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
        <source>Available to pay out: {amount}</source>
        <extracomment>{amount} is the amount that can be paid out now (or ••• in privacy mode).</extracomment>
        <translation>出金可能額：{amount}</translation>
    </message>
    <message>
        <source>{figure}: {amount}</source>
        <extracomment>{figure} is a figure&apos;s name (&quot;Pending&quot;), {amount} its amount.</extracomment>
        <translation>{figure}：{amount}</translation>
    </message>
    <message>
        <source>{health} (last known)</source>
        <extracomment>{health} is a health word (&quot;Low&quot;) that may be out of date.</extracomment>
        <translation>{health}（最後に確認した状態）</translation>
    </message>
    <message>
        <source>Health: {health}</source>
        <extracomment>{health} is a health word, such as &quot;Low&quot;.</extracomment>
        <translation>状態：{health}</translation>
    </message>
    <message>
        <source>{card} balance: {amount} available to pay out, {health}</source>
        <extracomment>What a screen reader says for the card. {card} is a currency and mode (&quot;THB · test&quot;), {amount} the amount that can be paid out now, {health} a health word (&quot;Low&quot;).</extracomment>
        <translation>{card} の残高：出金可能額 {amount}、{health}</translation>
    </message>
    <message>
        <source>Available to pay out over the last {duration}</source>
        <extracomment>{duration} is a span of time, such as &quot;3 h&quot;.</extracomment>
        <translation>過去{duration}の出金可能額</translation>
    </message>
    <message>
        <source>Available to pay out; the dotted part is worked out from your transactions</source>
        <translation>出金可能額（点線部分は取引履歴から算出したものです）</translation>
    </message>
    <message>
        <source>{account}: {amount}</source>
        <extracomment>{account} is an account&apos;s name, {amount} its available balance (or •••).</extracomment>
        <translation>{account}：{amount}</translation>
    </message>
    <message>
        <source>{account}: {problem}</source>
        <extracomment>{account} is an account&apos;s name, {problem} what is wrong (&quot;Offline since 14:05&quot;).</extracomment>
        <translation>{account}：{problem}</translation>
    </message>
    <message>
        <source>Fetching the first balance…</source>
        <translation>最初の残高を取得中…</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>1 year</source>
        <translation>1年</translation>
    </message>
    <message numerus="yes">
        <source>%n day</source>
        <translation>
            <numerusform>%n日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n日</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the last year</source>
        <translation>過去1年を表示</translation>
    </message>
    <message>
        <source>Show the last day</source>
        <translation>過去1日を表示</translation>
    </message>
    <message numerus="yes">
        <source>Show the last %n days</source>
        <translation>
            <numerusform>過去%n日を表示</numerusform>
        </translation>
    </message>
    <message>
        <source>Balance history chart</source>
        <extracomment>The chart&apos;s name for a screen reader.</extracomment>
        <translation>残高の推移グラフ</translation>
    </message>
    <message>
        <source>Worked out from transactions</source>
        <translation>取引履歴から算出</translation>
    </message>
    <message>
        <source>Projected, without new sales</source>
        <translation>見込み（新しい売上は含みません）</translation>
    </message>
    <message>
        <source>Available {amount}</source>
        <extracomment>The hover read-out&apos;s line of the available balance; {amount} is an amount.</extracomment>
        <translation>出金可能額 {amount}</translation>
    </message>
    <message>
        <source>Total {amount}</source>
        <extracomment>The hover read-out&apos;s line of the total balance; {amount} is an amount.</extracomment>
        <translation>残高 {amount}</translation>
    </message>
    <message>
        <source>No history yet — balances are recorded every poll.</source>
        <translation>まだ履歴がありません — 残高は確認のたびに記録されます。</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>出金可能額</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>残高</translation>
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
        <translation>今後の見込み：入金予定額から予定されている出金を差し引いた額</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>No secret key is stored for this account; add it in Accounts.</source>
        <translation>このアカウントのシークレットキーが保存されていません。アカウント画面で追加してください。</translation>
    </message>
    <message>
        <source>This is a public key; paste the secret key from Dashboard → Keys.</source>
        <translation>これはパブリックキーです。ダッシュボード → キー からシークレットキーを貼り付けてください。</translation>
    </message>
    <message>
        <source>This is not an Omise secret key: a secret key starts with skey_test_ (test mode) or skey_ (live mode); copy it from Dashboard → Keys.</source>
        <translation>Omise のシークレットキーではありません。シークレットキーは skey_test_（テストモード）または skey_（本番モード）で始まります。ダッシュボード → キー からコピーしてください。</translation>
    </message>
    <message>
        <source>The Omise API address is not a valid web address; use https://api.omise.co.</source>
        <translation>Omise API のアドレスが正しい Web アドレスではありません。https://api.omise.co を使ってください。</translation>
    </message>
    <message>
        <source>The Omise API address must not contain a user name, password, query or fragment; use https://api.omise.co.</source>
        <translation>Omise API のアドレスにユーザー名、パスワード、クエリー、フラグメントは含められません。https://api.omise.co を使ってください。</translation>
    </message>
    <message>
        <source>Refusing to send the secret key over plain http:// to another computer. Use https://; plain http:// is allowed only to this computer (localhost, 127.0.0.1).</source>
        <translation>シークレットキーを暗号化されていない http:// で他のコンピューターに送ることはできません。https:// を使ってください。http:// はこのコンピューター（localhost、127.0.0.1）宛てにのみ使えます。</translation>
    </message>
    <message>
        <source>The Omise API version must be a date such as 2019-05-29 (YYYY-MM-DD).</source>
        <translation>Omise API バージョンは 2019-05-29 のような日付（YYYY-MM-DD）で指定してください。</translation>
    </message>
    <message>
        <source>This account&apos;s settings cannot be used; check it in Accounts.</source>
        <translation>このアカウントの設定は使用できません。アカウント画面で確認してください。</translation>
    </message>
    <message>
        <source>The connection to Omise broke off (connection reset); try again in a minute.</source>
        <translation>Omise との接続が途中で切れました（接続リセット）。少し待ってからもう一度お試しください。</translation>
    </message>
    <message>
        <source>Could not reach Omise through the proxy. Check the proxy settings (HTTPS_PROXY, NO_PROXY).</source>
        <translation>プロキシ経由で Omise に接続できませんでした。プロキシの設定（HTTPS_PROXY、NO_PROXY）を確認してください。</translation>
    </message>
    <message>
        <source>Could not set up a secure connection to Omise. Check this computer&apos;s date and time, and any proxy or antivirus that inspects HTTPS.</source>
        <translation>Omise との安全な接続を確立できませんでした。このコンピューターの日付と時刻、および HTTPS を検査するプロキシやウイルス対策ソフトを確認してください。</translation>
    </message>
    <message>
        <source>Omise did not answer in time; try again in a minute.</source>
        <translation>Omise から時間内に応答がありませんでした。少し待ってからもう一度お試しください。</translation>
    </message>
    <message>
        <source>Could not reach Omise (the connection timed out). Check your internet connection and try again.</source>
        <translation>Omise に接続できませんでした（接続がタイムアウトしました）。インターネット接続を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Could not reach Omise (its address could not be looked up). Check your internet connection and try again.</source>
        <translation>Omise に接続できませんでした（アドレスを解決できませんでした）。インターネット接続を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Could not reach Omise (connection refused). Check your internet connection and try again.</source>
        <translation>Omise に接続できませんでした（接続が拒否されました）。インターネット接続を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The request to Omise was cancelled.</source>
        <translation>Omise へのリクエストを取り消しました。</translation>
    </message>
    <message>
        <source>Could not reach Omise (no connection). Check your internet connection and try again.</source>
        <translation>Omise に接続できませんでした（接続なし）。インターネット接続を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Omise rejected the secret key. Check it in Dashboard → Keys and update it in this app.</source>
        <translation>Omise がシークレットキーを拒否しました。ダッシュボード → キー で確認し、このアプリのキーを更新してください。</translation>
    </message>
    <message>
        <source>Omise is receiving too many requests from this computer; wait a minute.</source>
        <translation>このコンピューターから Omise へのリクエストが多すぎます。少しお待ちください。</translation>
    </message>
    <message>
        <source>Omise is having trouble right now; try again in a few minutes.</source>
        <translation>Omise で現在問題が発生しています。数分後にもう一度お試しください。</translation>
    </message>
    <message>
        <source>Omise is having trouble right now (HTTP {status}); try again in a few minutes.</source>
        <extracomment>{status} is an HTTP status number such as 503.</extracomment>
        <translation>Omise で現在問題が発生しています（HTTP {status}）。数分後にもう一度お試しください。</translation>
    </message>
    <message>
        <source>The read failed unexpectedly; details are in the log.</source>
        <translation>読み込みが予期せず失敗しました。詳細はログに記録されています。</translation>
    </message>
    <message>
        <source>Omise&apos;s answer was cut off before the end; try again in a minute.</source>
        <translation>Omise からの応答が途中で途切れました。少し待ってからもう一度お試しください。</translation>
    </message>
    <message>
        <source>Omise sent an answer this app does not understand; try again in a minute.</source>
        <translation>Omise からこのアプリが理解できない応答が返りました。少し待ってからもう一度お試しください。</translation>
    </message>
    <message>
        <source>Omise refused the request (HTTP {status}): “{message}”</source>
        <extracomment>{status} is an HTTP status number such as 404; {message} is Omise&apos;s own words, in English, quoted as they came.</extracomment>
        <translation>Omise がリクエストを拒否しました（HTTP {status}）：“{message}”</translation>
    </message>
    <message>
        <source>Omise refused the request (HTTP {status}). Check the API address in the settings.</source>
        <extracomment>{status} is an HTTP status number such as 404.</extracomment>
        <translation>Omise がリクエストを拒否しました（HTTP {status}）。設定の API アドレスを確認してください。</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>The damaged file was kept as {file}.</source>
        <extracomment>The sentence that follows one about a damaged file; {file} is a file&apos;s name.</extracomment>
        <translation>破損したファイルは {file} として保存してあります。</translation>
    </message>
    <message>
        <source>{first} {second}</source>
        <extracomment>Two sentences in a row: {first} and {second} are whole sentences.</extracomment>
        <translation>{first}{second}</translation>
    </message>
    <message>
        <source>Your settings file was damaged ({detail}), so the defaults are in use.</source>
        <extracomment>{detail} is what the reader found wrong, in English (&quot;line 3 column 1&quot;).</extracomment>
        <translation>設定ファイルが破損していたため（{detail}）、既定の設定を使っています。</translation>
    </message>
    <message>
        <source>Your settings could not be read ({detail}); the defaults are in use until they can be.</source>
        <extracomment>{detail} is the system&apos;s reason, such as &quot;Permission denied&quot;.</extracomment>
        <translation>設定を読み込めませんでした（{detail}）。読み込めるようになるまで既定の設定を使います。</translation>
    </message>
    <message>
        <source>Your settings file as it was is kept as {file}.</source>
        <translation>元の設定ファイルは {file} として保存してあります。</translation>
    </message>
    <message>
        <source>The balances saved when Omise Tray last quit could not be read, so the figures appear after the first check.</source>
        <translation>前回 Omise Tray を終了したときに保存した残高を読み込めなかったため、最初の確認の後に金額を表示します。</translation>
    </message>
    <message>
        <source>What Omise Tray remembered about alerts already shown and snoozed could not be read, so an alert may be shown again.</source>
        <translation>表示済み・スヌーズ中の通知について Omise Tray が記録していた内容を読み込めなかったため、同じ通知がもう一度表示されることがあります。</translation>
    </message>
    <message>
        <source>Your balance history was damaged, so a new one was started.</source>
        <translation>残高履歴が破損していたため、新しい履歴を開始しました。</translation>
    </message>
    <message>
        <source>Balance history cannot be saved to {file}, so it is kept only until the app quits. Check that the folder is writable and has free space.</source>
        <extracomment>{file} is the history file&apos;s full path.</extracomment>
        <translation>残高履歴を {file} に保存できないため、アプリを終了するまでの間だけ保持します。フォルダーに書き込めるか、空き容量があるかを確認してください。</translation>
    </message>
    <message>
        <source>Your balance history was written by a newer version of Omise Tray, so new balances are not added to it. Update Omise Tray to keep recording.</source>
        <translation>残高履歴は新しいバージョンの Omise Tray で書かれているため、新しい残高を追加しません。記録を続けるには Omise Tray を更新してください。</translation>
    </message>
    <message>
        <source>The latest balances could not be added to the history: the disk is full. They are kept and added once {file} can be written again.</source>
        <extracomment>{file} is the folder the history file is in.</extracomment>
        <translation>最新の残高を履歴に追加できませんでした：ディスクがいっぱいです。残高は保持しており、{file} に書き込めるようになったら追加します。</translation>
    </message>
    <message>
        <source>The latest balances could not be added to the history: its folder cannot be written. They are kept and added once {file} can be written again.</source>
        <extracomment>{file} is the folder the history file is in.</extracomment>
        <translation>最新の残高を履歴に追加できませんでした：履歴のフォルダーに書き込めません。残高は保持しており、{file} に書き込めるようになったら追加します。</translation>
    </message>
    <message>
        <source>The latest balances could not be added to the history: the disk did not take the write. They are kept and added once {file} can be written again.</source>
        <extracomment>{file} is the folder the history file is in.</extracomment>
        <translation>最新の残高を履歴に追加できませんでした：ディスクへの書き込みに失敗しました。残高は保持しており、{file} に書き込めるようになったら追加します。</translation>
    </message>
    <message>
        <source>A setting in your settings file could not be used as written, so it was changed. In the file&apos;s own terms: {detail}</source>
        <extracomment>{detail} is, in English, which setting of the file was changed and why, naming the setting as the file does (&quot;critical&quot;, &quot;interval&quot;).</extracomment>
        <translation>設定ファイルの一部の設定がそのままでは使えなかったため、変更しました。ファイル上の表記（英語）での詳細：{detail}</translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <source>Healthy</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>注意</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>残高低下</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>危険</translation>
    </message>
    <message>
        <source>No balance yet</source>
        <translation>残高はまだありません</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>No daily reports yet: one is made on the first balance check of each day.</source>
        <translation>日次レポートはまだありません。毎日最初の残高確認のときに作成されます。</translation>
    </message>
    <message>
        <source>Available {available} · Total {total} · Pending {pending}</source>
        <extracomment>A report&apos;s balance: {available}, {total} and {pending} are amounts.</extracomment>
        <translation>出金可能額 {available} · 残高 {total} · 保留中 {pending}</translation>
    </message>
    <message>
        <source>Nothing to act on.</source>
        <translation>対応が必要なことはありません。</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row to {file}.</source>
        <extracomment>{file} is the name of the CSV file written.</extracomment>
        <translation>
            <numerusform>{file} に %n 行を保存しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n rows to {file}.</source>
        <extracomment>{file} is the name of the CSV file written.</extracomment>
        <translation>
            <numerusform>{file} に %n 行を保存しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n report to {file}.</source>
        <extracomment>{file} is the name of the CSV file written.</extracomment>
        <translation>
            <numerusform>{file} にレポートを %n 件保存しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n reports to {file}.</source>
        <extracomment>{file} is the name of the CSV file written.</extracomment>
        <translation>
            <numerusform>{file} にレポートを %n 件保存しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save {file}: that folder does not exist. Choose another folder.</source>
        <translation>{file} を保存できませんでした。そのフォルダーはありません。別のフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>Could not save {file}: that folder may not be written to. Choose another folder.</source>
        <translation>{file} を保存できませんでした。そのフォルダーには書き込めません。別のフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>Could not save {file}: the disk is full. Free some space or choose another folder.</source>
        <translation>{file} を保存できませんでした。ディスクがいっぱいです。空き容量を増やすか、別のフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>Could not save {file}: that disk is read-only. Choose another folder.</source>
        <translation>{file} を保存できませんでした。そのディスクは読み取り専用です。別のフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>Could not save {file}. Choose another folder.</source>
        <translation>{file} を保存できませんでした。別のフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>{place} — {app}</source>
        <translation>{place} — {app}</translation>
    </message>
    <message>
        <source>&amp;Balance history</source>
        <translation>残高の推移(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Upcoming</source>
        <translation>今後の予定(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Transactions</source>
        <translation>取引(&amp;T)</translation>
    </message>
    <message>
        <source>Pa&amp;youts</source>
        <translation>出金(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Daily report</source>
        <translation>日次レポート(&amp;D)</translation>
    </message>
    <message>
        <source>Daily reports, newest first</source>
        <translation>日次レポート（新しい順）</translation>
    </message>
    <message>
        <source>&amp;Update today&apos;s report</source>
        <translation>本日のレポートを更新(&amp;U)</translation>
    </message>
    <message>
        <source>Make today&apos;s report again from the latest balance of each account of this currency (it replaces the one made at the day&apos;s first balance check)</source>
        <translation>この通貨の各アカウントの最新残高から本日のレポートを作り直します（その日最初の残高確認で作成したレポートと置き換わります）</translation>
    </message>
    <message>
        <source>Balance history…</source>
        <translation>残高の推移…</translation>
    </message>
    <message>
        <source>Daily reports…</source>
        <translation>日次レポート…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV に書き出す…(&amp;E)</translation>
    </message>
    <message>
        <source>Save this {currency} history as a CSV file</source>
        <extracomment>{currency} is a currency code, such as THB.</extracomment>
        <translation>この {currency} の履歴を CSV ファイルに保存します</translation>
    </message>
    <message>
        <source>&amp;Can I pay this out?…</source>
        <translation>この金額を出金できる？…(&amp;C)</translation>
    </message>
    <message>
        <source>Check whether a transfer or refund fits the balance now</source>
        <translation>出金や返金が現在の残高でまかなえるかを確認します</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>No balance to report yet: today&apos;s report is made once a balance has arrived.</source>
        <translation>レポートにする残高がまだありません。残高が届き次第、今日のレポートを作成します。</translation>
    </message>
    <message>
        <source>Today&apos;s report was made again from the latest balance.</source>
        <translation>最新の残高から今日のレポートを作り直しました。</translation>
    </message>
    <message>
        <source>Export balance history</source>
        <translation>残高の推移を書き出す</translation>
    </message>
    <message>
        <source>Export daily reports</source>
        <translation>日次レポートを書き出す</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <extracomment>The save dialog&apos;s file types; keep &quot;(*.csv)&quot;, &quot;(*)&quot; and the &quot;;;&quot; between them.</extracomment>
        <translation>CSV ファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>KeyCheck</name>
    <message>
        <source>The key could not be checked; details are in the log.</source>
        <translation>キーを確認できませんでした。詳細はログに記録されています。</translation>
    </message>
    <message>
        <source>Omise rejected this key: it may have been revoked or mistyped. Copy the secret key again from Dashboard → Keys.</source>
        <translation>Omise がこのキーを拒否しました。無効化されたか、入力に誤りがある可能性があります。ダッシュボード → キー からシークレットキーをもう一度コピーしてください。</translation>
    </message>
    <message>
        <source>{problem} Your key was not saved; check it again when Omise is reachable.</source>
        <extracomment>{problem} says why Omise could not be reached.</extracomment>
        <translation>{problem} キーは保存されていません。Omise に接続できるようになったら、もう一度確認してください。</translation>
    </message>
    <message>
        <source>{problem} The key could not be checked yet.</source>
        <extracomment>{problem} says what went wrong with Omise&apos;s answer.</extracomment>
        <translation>{problem} キーはまだ確認できていません。</translation>
    </message>
    <message>
        <source>mode unknown</source>
        <translation>モード不明</translation>
    </message>
    <message>
        <source>live mode</source>
        <translation>本番モード</translation>
    </message>
    <message>
        <source>test mode</source>
        <translation>テストモード</translation>
    </message>
    <message>
        <source>Found {account}</source>
        <extracomment>{account} describes the Omise account the key opens: &quot;shop@example.com · TH · THB · test mode&quot;.</extracomment>
        <translation>{account} が見つかりました</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>Your keyring is locked, so Omise Tray cannot read or save secret keys. Unlock it (for example from your desktop&apos;s password manager) and try again; there is no need to restart.</source>
        <translation>キーリングがロックされているため、Omise Tray はシークレットキーを読み書きできません。ロックを解除して（たとえばデスクトップのパスワード管理ツールから）もう一度お試しください。再起動は不要です。</translation>
    </message>
    <message>
        <source>The keyring did not answer. Check that your desktop&apos;s keyring service is running, then try again; details are in the log.</source>
        <translation>キーリングが応答しませんでした。デスクトップのキーリングサービスが動いているか確認して、もう一度お試しください。詳細はログに記録されています。</translation>
    </message>
    <message>
        <source>The {keyring} keyring is not available right now. Omise Tray will not store your secret key in a plain file. You can keep the key for this session only; you will be asked again next time.</source>
        <extracomment>{keyring} is the keyring&apos;s name, such as Secret Service or macOS Keychain.</extracomment>
        <translation>キーリング {keyring} は現在利用できません。Omise Tray はシークレットキーを通常のファイルには保存しません。この起動中だけキーを保持することもできます。その場合、次回起動時にもう一度入力を求めます。</translation>
    </message>
    <message>
        <source>The only keyring available keeps passwords in a file on disk ({keyring}). Omise Tray will not store your secret key in a plain file. You can keep the key for this session only; you will be asked again next time.</source>
        <extracomment>{keyring} is the name of a keyring module that keeps passwords in a file.</extracomment>
        <translation>利用できるキーリングは、パスワードをディスク上のファイルに保存するもの（{keyring}）だけです。Omise Tray はシークレットキーを通常のファイルには保存しません。この起動中だけキーを保持することもできます。その場合、次回起動時にもう一度入力を求めます。</translation>
    </message>
    <message>
        <source>The keyring in use ({keyring}) is not one Omise Tray knows to be secure. Omise Tray will not store your secret key in a plain file. You can keep the key for this session only; you will be asked again next time.</source>
        <extracomment>{keyring} is the name of a keyring module.</extracomment>
        <translation>使用中のキーリング（{keyring}）は、Omise Tray が安全と確認できるものではありません。Omise Tray はシークレットキーを通常のファイルには保存しません。この起動中だけキーを保持することもできます。その場合、次回起動時にもう一度入力を求めます。</translation>
    </message>
    <message>
        <source>No secure keyring was found (no Secret Service, KWallet, macOS Keychain or Windows Credential Locker answered). Omise Tray will not store your secret key in a plain file. You can keep the key for this session only; you will be asked again next time.</source>
        <translation>安全なキーリングが見つかりませんでした（Secret Service、KWallet、macOS Keychain、Windows Credential Locker のいずれも応答しませんでした）。Omise Tray はシークレットキーを通常のファイルには保存しません。この起動中だけキーを保持することもできます。その場合、次回起動時にもう一度入力を求めます。</translation>
    </message>
    <message>
        <source>The configured keyring could not be loaded. Omise Tray will not store your secret key in a plain file. You can keep the key for this session only; you will be asked again next time.</source>
        <translation>設定されたキーリングを読み込めませんでした。Omise Tray はシークレットキーを通常のファイルには保存しません。この起動中だけキーを保持することもできます。その場合、次回起動時にもう一度入力を求めます。</translation>
    </message>
    <message>
        <source>Demo mode keeps keys in memory only.</source>
        <translation>デモモードでは、キーはメモリー上にのみ保持されます。</translation>
    </message>
    <message>
        <source>The {keyring} keyring cannot list the keys it holds, so keys no account uses cannot be found from here. Look for entries of the service &quot;{service}&quot; in your keyring&apos;s own password manager.</source>
        <extracomment>{keyring} is the keyring&apos;s name; {service} is the name its entries are kept under, as its own password manager shows them.</extracomment>
        <translation>キーリング {keyring} は保存しているキーの一覧を出せないため、使われていないキーをここから探すことはできません。キーリングのパスワード管理ツールで、サービス「{service}」の項目を探してください。</translation>
    </message>
    <message>
        <source>The key for {account} was kept for the last session only. Enter it again in Accounts.</source>
        <extracomment>{account} is the name of an account in the list.</extracomment>
        <translation>{account} のキーは前回の起動中だけ保持されていました。アカウント画面でもう一度入力してください。</translation>
    </message>
    <message>
        <source>The keyring holds no secret key for {account}. Add it again in Accounts.</source>
        <extracomment>{account} is the name of an account in the list.</extracomment>
        <translation>キーリングに {account} のシークレットキーがありません。アカウント画面でもう一度追加してください。</translation>
    </message>
    <message>
        <source>Omise Tray will not store your secret key in a plain file. You can keep the key for this session only; you will be asked again next time.</source>
        <translation>Omise Tray はシークレットキーを通常のファイルには保存しません。この起動中だけキーを保持することもできます。その場合、次回起動時にもう一度入力を求めます。</translation>
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
        <source>Overall status</source>
        <translation>全体の状態</translation>
    </message>
    <message>
        <source>Fetch every balance now (F5)</source>
        <translation>すべての残高を今すぐ取得します (F5)</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>アカウント…(&amp;A)</translation>
    </message>
    <message>
        <source>Add, rename or remove Omise accounts and their keys</source>
        <translation>Omise アカウントとそのキーを追加・名前変更・削除します</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定…(&amp;S)</translation>
    </message>
    <message>
        <source>Polling interval, thresholds and notifications (Ctrl+,)</source>
        <translation>更新間隔、しきい値、通知 (Ctrl+,)</translation>
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
        <source>Welcome to {app}</source>
        <translation>{app} へようこそ</translation>
    </message>
    <message>
        <source>See how much you can pay out in every currency at a glance, and get a warning before a balance runs too low for refunds and payouts.</source>
        <translation>すべての通貨の出金可能額をひと目で確認でき、返金や出金に足りなくなる前に警告を受け取れます。</translation>
    </message>
    <message>
        <source>Add an account with its secret key from the Omise Dashboard (Settings → Keys). The key is kept in your system&apos;s keyring.</source>
        <translation>Omise ダッシュボード(設定 → キー)のシークレットキーでアカウントを追加してください。キーはシステムのキーリングに保管されます。</translation>
    </message>
    <message>
        <source>Add your first Omise account</source>
        <translation>最初の Omise アカウントを追加</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>デモを試す</translation>
    </message>
    <message>
        <source>Explore the app with made-up accounts; no key needed</source>
        <translation>架空のアカウントでアプリを試せます。キーは不要です</translation>
    </message>
    <message>
        <source>Fetching balances</source>
        <translation>残高を取得中</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>今すぐ更新</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>設定…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Hide amounts</source>
        <translation>金額を隠す</translation>
    </message>
    <message>
        <source>No balances yet. Polling is paused: resume it to fetch them.</source>
        <translation>残高はまだありません。自動更新が一時停止中です。再開すると取得します。</translation>
    </message>
    <message>
        <source>No balances yet, fetching…</source>
        <translation>残高はまだありません。取得中…</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>状態：{status}</translation>
    </message>
    <message>
        <source>Add an Omise account to see its balance here.</source>
        <translation>Omise アカウントを追加すると、ここに残高が表示されます。</translation>
    </message>
    <message>
        <source>Polling paused — balances are not being updated. Resume to update them.</source>
        <translation>自動更新を一時停止中 — 残高は更新されていません。再開すると更新されます。</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>更新中…</translation>
    </message>
    <message>
        <source>Checks every {every} · {updated}</source>
        <extracomment>{every} is the polling interval (&quot;5 min&quot;); {updated} is &quot;updated 2 min ago&quot;.</extracomment>
        <translation>{every}ごとに確認 · {updated}</translation>
    </message>
    <message>
        <source>Start fetching balances again</source>
        <translation>残高の取得を再開します</translation>
    </message>
    <message>
        <source>Stop fetching balances for now</source>
        <translation>残高の取得をいったん止めます</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <source>Open</source>
        <extracomment>The action a click on a notification takes: open the app&apos;s window on the card.</extracomment>
        <translation>開く</translation>
    </message>
</context>
<context>
    <name>PayoutCheck</name>
    <message>
        <source>No: payouts are turned off for this account. Ask Omise to enable them before making a transfer.</source>
        <translation>いいえ：このアカウントは出金が無効になっています。出金する前に Omise に有効化を依頼してください。</translation>
    </message>
    <message>
        <source>No: the smallest transfer this account can make is {minimum}.</source>
        <translation>いいえ：このアカウントの最低出金額は{minimum}です。</translation>
    </message>
    <message>
        <source>No: the {fee} fee would take all of this transfer, so nothing would reach your bank.</source>
        <translation>いいえ：手数料 {fee} でこの出金の全額が差し引かれ、銀行口座には何も入金されません。</translation>
    </message>
    <message>
        <source>transfer {amount}</source>
        <extracomment>What the payout needs, added up: the transfer, payouts due first, the buffer.</extracomment>
        <translation>出金 {amount}</translation>
    </message>
    <message>
        <source>refund {amount}</source>
        <translation>返金 {amount}</translation>
    </message>
    <message>
        <source>scheduled payouts {scheduled}</source>
        <translation>予定されている出金 {scheduled}</translation>
    </message>
    <message>
        <source>buffer {buffer}</source>
        <translation>確保額 {buffer}</translation>
    </message>
    <message>
        <source>No: you are {shortfall} short ({parts}).</source>
        <extracomment>{shortfall} is the missing amount; {parts} adds up what the payout needs.</extracomment>
        <translation>いいえ：{shortfall}不足しています({parts})。</translation>
    </message>
    <message>
        <source>Yes: after this refund of {amount}, {left} remains, {remaining} above your {buffer} buffer.</source>
        <translation>はい：{amount}を返金した後も{left}残り、確保額 {buffer} を{remaining}上回ります。</translation>
    </message>
    <message>
        <source>Yes: after this refund of {amount}, {left} remains.</source>
        <translation>はい：{amount}を返金した後も{left}残ります。</translation>
    </message>
    <message>
        <source>Yes: after this transfer of {amount} and {scheduled} of scheduled payouts, {left} remains, {remaining} above your {buffer} buffer; your bank receives {net} after the {fee} fee.</source>
        <translation>はい：{amount}の出金と予定されている出金 {scheduled} の後も{left}残り、確保額 {buffer} を{remaining}上回ります。手数料 {fee} を差し引いて{net}が銀行口座に入金されます。</translation>
    </message>
    <message>
        <source>Yes: after this transfer of {amount} and {scheduled} of scheduled payouts, {left} remains; your bank receives {net} after the {fee} fee.</source>
        <translation>はい：{amount}の出金と予定されている出金 {scheduled} の後も{left}残ります。手数料 {fee} を差し引いて{net}が銀行口座に入金されます。</translation>
    </message>
    <message>
        <source>Yes: after this transfer of {amount}, {left} remains, {remaining} above your {buffer} buffer; your bank receives {net} after the {fee} fee.</source>
        <translation>はい：{amount}を出金した後も{left}残り、確保額 {buffer} を{remaining}上回ります。手数料 {fee} を差し引いて{net}が銀行口座に入金されます。</translation>
    </message>
    <message>
        <source>Yes: after this transfer of {amount}, {left} remains; your bank receives {net} after the {fee} fee.</source>
        <translation>はい：{amount}を出金した後も{left}残ります。手数料 {fee} を差し引いて{net}が銀行口座に入金されます。</translation>
    </message>
    <message>
        <source>{name} · {currency} · live</source>
        <translation>{name} · {currency} · 本番</translation>
    </message>
    <message>
        <source>{name} · {currency} · test</source>
        <translation>{name} · {currency} · テスト</translation>
    </message>
    <message>
        <source>Check a payout</source>
        <translation>出金を確認</translation>
    </message>
    <message>
        <source>Transfer to bank</source>
        <translation>銀行口座へ出金</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>返金</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Buffer to keep</source>
        <translation>残しておく金額</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>確認結果</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>アカウント(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Payout:</source>
        <translation>出金の種類(&amp;P)：</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>金額(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Keep at least:</source>
        <translation>最低限残す金額(&amp;K)：</translation>
    </message>
    <message>
        <source>Fee:</source>
        <translation>手数料：</translation>
    </message>
    <message>
        <source>Smallest payout:</source>
        <translation>最低出金額：</translation>
    </message>
    <message>
        <source>Scheduled first:</source>
        <translation>先に予定されている出金：</translation>
    </message>
    <message>
        <source>Can be used:</source>
        <translation>使える金額：</translation>
    </message>
    <message>
        <source>{amount} of scheduled payouts leave by {date}</source>
        <extracomment>A transfer asked for now leaves on {date}; {amount} of scheduled payouts leave before it or on the same run, so they are counted first.</extracomment>
        <translation>{date}までに予定されている出金 {amount}</translation>
    </message>
    <message>
        <source>Payouts are turned off for this account: Omise will not send a transfer.</source>
        <translation>このアカウントは出金が無効になっているため、Omiseは出金を行いません。</translation>
    </message>
    <message>
        <source>e.g. {example} {currency}</source>
        <extracomment>A hint in the empty amount field: {example} is an amount such as 1,000.00.</extracomment>
        <translation>例：{example} {currency}</translation>
    </message>
    <message>
        <source>Add an account first: there is no balance to check against.</source>
        <translation>先にアカウントを追加してください。確認できる残高がありません。</translation>
    </message>
    <message>
        <source>none (refunds have no transfer fee)</source>
        <translation>なし（返金には出金手数料がかかりません）</translation>
    </message>
    <message>
        <source>{amount} transferable</source>
        <extracomment>{amount} is the balance that can be transferred to the bank now.</extracomment>
        <translation>出金可能額 {amount}</translation>
    </message>
    <message>
        <source>{amount} available</source>
        <extracomment>{amount} is the balance available for refunds now.</extracomment>
        <translation>利用可能額 {amount}</translation>
    </message>
    <message>
        <source>Enter an amount to check.</source>
        <translation>確認する金額を入力してください。</translation>
    </message>
    <message>
        <source>Check the amount to keep: {problem}</source>
        <extracomment>{problem} says what is wrong with the amount typed in &quot;Keep at least&quot;.</extracomment>
        <translation>残しておく金額を確認してください：{problem}</translation>
    </message>
    <message>
        <source>No: you are {shortfall} short (refund {amount} + buffer {buffer}).</source>
        <translation>いいえ：{shortfall} 不足しています（返金 {amount} + 確保額 {buffer}）。</translation>
    </message>
    <message>
        <source>No: you are {shortfall} short (transfer {amount} + scheduled payouts {scheduled} + buffer {buffer}).</source>
        <extracomment>The amounts add up to what the transfer needs: the transfer, the scheduled payouts that leave first, and the buffer the merchant keeps.</extracomment>
        <translation>いいえ：{shortfall} 不足しています（出金 {amount} + 予定されている出金 {scheduled} + 確保額 {buffer}）。</translation>
    </message>
    <message>
        <source>No: you are {shortfall} short (transfer {amount} + buffer {buffer}).</source>
        <translation>いいえ：{shortfall} 不足しています（出金 {amount} + 確保額 {buffer}）。</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>healthy</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>注意</translation>
    </message>
    <message>
        <source>low</source>
        <translation>残高低下</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>危険</translation>
    </message>
    <message>
        <source>Health went from {before} to {after} since yesterday.</source>
        <extracomment>{before} and {after} are health words: &quot;healthy&quot;, &quot;low&quot;.</extracomment>
        <translation>昨日から状態が「{before}」から「{after}」に変わりました。</translation>
    </message>
    <message>
        <source>Health went from {before} to {after} since {date}.</source>
        <translation>{date}から状態が「{before}」から「{after}」に変わりました。</translation>
    </message>
    <message>
        <source>Available balance fell {percent}% since yesterday, from {before} to {now}.</source>
        <extracomment>{percent} is a whole percentage; {before} and {now} are amounts.</extracomment>
        <translation>出金可能額が昨日から{percent}%減り、{before}から{now}になりました。</translation>
    </message>
    <message>
        <source>Available balance fell {percent}% since {date}, from {before} to {now}.</source>
        <translation>出金可能額が{date}から{percent}%減り、{before}から{now}になりました。</translation>
    </message>
    <message>
        <source>Total balance fell {percent}% since yesterday, from {before} to {now}.</source>
        <translation>残高が昨日から{percent}%減り、{before}から{now}になりました。</translation>
    </message>
    <message>
        <source>Total balance fell {percent}% since {date}, from {before} to {now}.</source>
        <translation>残高が{date}から{percent}%減り、{before}から{now}になりました。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Total balance</source>
        <translation>残高</translation>
    </message>
    <message>
        <source>Show notifications for this account</source>
        <translation>このアカウントの通知を表示する</translation>
    </message>
    <message>
        <source>{currency}. Leave a field empty for the default.</source>
        <extracomment>{currency} is a currency code, such as THB.</extracomment>
        <translation>{currency}。空欄にすると既定値を使います。</translation>
    </message>
    <message>
        <source>{currency} · {mode}. Leave a field empty for the default.</source>
        <extracomment>{currency} is a currency code, such as THB; {mode} &quot;live&quot; or &quot;test&quot;.</extracomment>
        <translation>{currency} · {mode}。空欄にすると既定値を使います。</translation>
    </message>
    <message>
        <source>Low at or below ({currency})</source>
        <extracomment>{currency} is a currency code, such as THB.</extracomment>
        <translation>残高低下とする額（{currency}、以下）</translation>
    </message>
    <message>
        <source>Critical at or below ({currency})</source>
        <extracomment>{currency} is a currency code, such as THB.</extracomment>
        <translation>危険とする額（{currency}、以下）</translation>
    </message>
    <message>
        <source>Watch</source>
        <extracomment>Which figure the alerts watch: the available or the total balance.</extracomment>
        <translation>監視する金額</translation>
    </message>
    <message>
        <source>{amount} (default)</source>
        <extracomment>{amount} is the amount used when the field is left empty.</extracomment>
        <translation>{amount}（既定値）</translation>
    </message>
    <message>
        <source>Critical must be no more than low ({limit} {currency}).</source>
        <extracomment>{limit} is the low threshold typed, such as 1,000.00; {currency} its code.</extracomment>
        <translation>危険の額は残高低下の額（{limit} {currency}）以下にしてください。</translation>
    </message>
    <message>
        <source>Critical must be no more than the default low ({limit} {currency}).</source>
        <extracomment>{limit} is the default low threshold, such as 1,000.00; {currency} its code.</extracomment>
        <translation>危険の額は残高低下の既定値（{limit} {currency}）以下にしてください。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>アラート</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>After a number of seconds in a spin box, such as &quot;3 s&quot;.</extracomment>
        <translation> 秒</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>After a number of minutes in a spin box, such as &quot;5 min&quot;.</extracomment>
        <translation> 分</translation>
    </message>
    <message>
        <source>Pause all notifications</source>
        <translation>すべての通知を一時停止</translation>
    </message>
    <message>
        <source>The tray icon and its tooltip still show every balance&apos;s state.</source>
        <translation>トレイのアイコンとツールチップには、引き続きすべての残高の状態が表示されます。</translation>
    </message>
    <message>
        <source>Quiet hours from</source>
        <extracomment>Followed by two hours: &quot;Quiet hours from [22:00] to [07:00]&quot;.</extracomment>
        <translation>通知を控える時間帯</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Between two hours: &quot;Quiet hours from [22:00] to [07:00]&quot;.</extracomment>
        <translation>〜</translation>
    </message>
    <message>
        <source>{version} (latest)</source>
        <extracomment>{version} is an Omise API version, a date such as 2019-05-29.</extracomment>
        <translation>{version}（最新）</translation>
    </message>
    <message>
        <source>Start {app} in the tray when I log in</source>
        <extracomment>{app} is the app&apos;s name, Omise Tray.</extracomment>
        <translation>ログイン時に {app} をトレイで起動する</translation>
    </message>
    <message>
        <source>&amp;Hide amounts (show ••• instead)</source>
        <translation>金額を隠す(••• で表示)(&amp;H)</translation>
    </message>
    <message>
        <source>For a screen share or a shop counter: the window, the tray, notifications and history show ••• for every amount. Health words and colours stay.</source>
        <translation>画面共有中や店頭の画面向けです。ウィンドウ、トレイ、通知、履歴のすべての金額を ••• で表示します。残高の状態を表す言葉と色はそのまま表示されます。</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>Check balances every</source>
        <translation>残高の確認間隔</translation>
    </message>
    <message>
        <source>Omise API version</source>
        <translation>Omise API バージョン</translation>
    </message>
    <message>
        <source>The language of the windows, the tray and notifications; it applies at once. System follows the computer&apos;s language.</source>
        <translation>ウィンドウ、トレイ、通知の言語です。変更はすぐに反映されます。「システム」を選ぶとコンピューターの言語に合わせます。</translation>
    </message>
    <message>
        <source>System</source>
        <extracomment>The language choice that follows the computer&apos;s own language.</extracomment>
        <translation>システム</translation>
    </message>
    <message>
        <source>Add an account first; its alert thresholds appear here.</source>
        <translation>まずアカウントを追加してください。アラートのしきい値はここに表示されます。</translation>
    </message>
    <message>
        <source>Quiet hours must start and end at different times.</source>
        <translation>通知を控える時間帯の開始と終了には、別の時刻を指定してください。</translation>
    </message>
</context>
<context>
    <name>SnoozeMenu</name>
    <message>
        <source>For 1 hour</source>
        <translation>1時間</translation>
    </message>
    <message>
        <source>Until tomorrow {time}</source>
        <translation>明日の{time}まで</translation>
    </message>
    <message>
        <source>Resume alerts</source>
        <translation>アラートを再開</translation>
    </message>
    <message>
        <source>{account} (snoozed until {time})</source>
        <extracomment>{account} is an account&apos;s name, {time} when its snooze ends: &quot;14:05&quot;.</extracomment>
        <translation>{account}({time}まで一時停止中)</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Not up to date</source>
        <translation>最新ではありません</translation>
    </message>
    <message>
        <source>No accounts yet</source>
        <translation>アカウントはまだありません</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>今すぐ更新(&amp;R)</translation>
    </message>
    <message>
        <source>Available to pay out</source>
        <translation>出金可能額</translation>
    </message>
    <message>
        <source>live</source>
        <extracomment>An account&apos;s mode, shown after its currency: &quot;THB · live&quot;.</extracomment>
        <translation>本番</translation>
    </message>
    <message>
        <source>test</source>
        <extracomment>An account&apos;s mode, shown after its currency: &quot;THB · test&quot;.</extracomment>
        <translation>テスト</translation>
    </message>
    <message>
        <source>Resume &amp;polling</source>
        <translation>自動更新を再開(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Pause polling</source>
        <translation>自動更新を一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>Open the Omise dashboard in live mode</source>
        <translation>Omise ダッシュボードを本番モードで開く</translation>
    </message>
    <message>
        <source>Open the Omise dashboard in test mode</source>
        <translation>Omise ダッシュボードをテストモードで開く</translation>
    </message>
    <message>
        <source>last update {age}</source>
        <extracomment>{age} is how long ago: &quot;3 h ago&quot;, &quot;just now&quot;, &quot;on 12 Mar&quot;.</extracomment>
        <translation>最終更新 {age}</translation>
    </message>
    <message numerus="yes">
        <source>{current} of %n accounts {updated}</source>
        <extracomment>{current} accounts of %n are up to date; {updated} is &quot;updated 2 min ago&quot;.</extracomment>
        <translation>
            <numerusform>%n件中{current}件のアカウントを{updated}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Critical — %n accounts below their critical line</source>
        <translation>
            <numerusform>危険 — %n件のアカウントがそれぞれの危険ラインを下回っています</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Low — %n accounts below their low line</source>
        <translation>
            <numerusform>残高低下 — %n件のアカウントがそれぞれの低残高ラインを下回っています</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moderate — %n accounts below their moderate line</source>
        <translation>
            <numerusform>注意 — %n件のアカウントがそれぞれの注意ラインを下回っています</numerusform>
        </translation>
    </message>
    <message>
        <source>total below {amount}</source>
        <extracomment>The total balance (on hold included) is below the card&apos;s line {amount}.</extracomment>
        <translation>残高が{amount}未満</translation>
    </message>
    <message>
        <source>total at {amount}</source>
        <translation>残高が{amount}ちょうど</translation>
    </message>
    <message>
        <source>below {amount}</source>
        <extracomment>The balance available to pay out is below the card&apos;s line {amount}.</extracomment>
        <translation>{amount}未満</translation>
    </message>
    <message>
        <source>at {amount}</source>
        <translation>{amount}ちょうど</translation>
    </message>
    <message>
        <source>{health} — {where}</source>
        <extracomment>{health} is a health word (&quot;Low&quot;), {where} a phrase such as &quot;below ฿1,000.00&quot;.</extracomment>
        <translation>{health} — {where}</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <extracomment>Two accounts&apos; names.</extracomment>
        <translation>{first}と{second}</translation>
    </message>
    <message numerus="yes">
        <source>%n accounts</source>
        <translation>
            <numerusform>%n件のアカウント</numerusform>
        </translation>
    </message>
    <message>
        <source>{health} — {who} {where}</source>
        <extracomment>{who} is an account&apos;s name or &quot;3 accounts&quot;; {where} a phrase such as &quot;below ฿1,000.00&quot;.</extracomment>
        <translation>{health} — {who}:{where}</translation>
    </message>
    <message>
        <source>Stale — last update {time}</source>
        <extracomment>{time} is a time, with the date when not today: &quot;14:05&quot;, &quot;12 Mar 14:05&quot;.</extracomment>
        <translation>古い情報 — 最終更新 {time}</translation>
    </message>
    <message>
        <source>Omise asked us to slow down; retrying soon</source>
        <translation>Omise からアクセスを控えるよう求められました。まもなく再試行します</translation>
    </message>
    <message>
        <source>Omise asked us to slow down; retrying now</source>
        <translation>Omise からアクセスを控えるよう求められました。再試行しています</translation>
    </message>
    <message>
        <source>Omise asked us to slow down; retrying in {wait}</source>
        <extracomment>{wait} is a short duration: &quot;30 s&quot;, &quot;2 min&quot;.</extracomment>
        <translation>Omise からアクセスを控えるよう求められました。{wait}後に再試行します</translation>
    </message>
    <message>
        <source>Key rejected — update it in Accounts</source>
        <translation>キーが拒否されました — アカウントで更新してください</translation>
    </message>
    <message>
        <source>Offline since {time}, showing last known balance</source>
        <extracomment>{time} is a time, with the date when not today: &quot;14:05&quot;, &quot;12 Mar 14:05&quot;.</extracomment>
        <translation>{time}からオフライン。最後に取得した残高を表示しています</translation>
    </message>
    <message>
        <source>Offline since {time}; the balance appears once we are back online</source>
        <extracomment>{time} is a time, with the date when not today: &quot;14:05&quot;, &quot;12 Mar 14:05&quot;.</extracomment>
        <translation>{time}からオフライン。オンラインに戻ると残高が表示されます</translation>
    </message>
    <message numerus="yes">
        <source>%n account critical</source>
        <translation>
            <numerusform>%n件のアカウントが危険</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account low</source>
        <translation>
            <numerusform>%n件のアカウントが残高低下</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account moderate</source>
        <translation>
            <numerusform>%n件のアカウントが注意</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account not updating</source>
        <translation>
            <numerusform>%n件のアカウントが更新されていません</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account fetching</source>
        <translation>
            <numerusform>%n件のアカウントを取得中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accounts critical</source>
        <translation>
            <numerusform>%n件のアカウントが危険</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accounts low</source>
        <translation>
            <numerusform>%n件のアカウントが残高低下</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accounts moderate</source>
        <translation>
            <numerusform>%n件のアカウントが注意</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accounts not updating</source>
        <translation>
            <numerusform>%n件のアカウントが更新されていません</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accounts fetching</source>
        <translation>
            <numerusform>%n件のアカウントを取得中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n critical</source>
        <translation>
            <numerusform>危険 %n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n low</source>
        <translation>
            <numerusform>残高低下 %n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moderate</source>
        <translation>
            <numerusform>注意 %n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not updating</source>
        <translation>
            <numerusform>更新なし %n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fetching</source>
        <translation>
            <numerusform>取得中 %n件</numerusform>
        </translation>
    </message>
    <message>
        <source>All accounts healthy</source>
        <translation>すべてのアカウントが良好</translation>
    </message>
    <message>
        <source>Account healthy</source>
        <translation>アカウントは良好</translation>
    </message>
    <message>
        <source>Fetching balances…</source>
        <translation>残高を取得中…</translation>
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
        <translation>本日 {amount} が出金可能になります</translation>
    </message>
    <message>
        <source>{amount} becomes available tomorrow</source>
        <translation>明日 {amount} が出金可能になります</translation>
    </message>
    <message>
        <source>{amount} becomes available on {date}</source>
        <extracomment>{date} is a date in the coming two weeks, such as &quot;Fri 5 Dec&quot;.</extracomment>
        <translation>{date}に {amount} が出金可能になります</translation>
    </message>
    <message>
        <source>Next payout {date} · {amount}, more than the balance may hold</source>
        <extracomment>The scheduled payout is larger than the balance is projected to be.</extracomment>
        <translation>次回の出金 {date} · {amount}（残高が足りない可能性があります）</translation>
    </message>
    <message>
        <source>Next payout {date} · {amount}, below the smallest payout</source>
        <translation>次回の出金 {date} · {amount}（最低出金額に届きません）</translation>
    </message>
    <message>
        <source>Next payout {date} · {percent} % of balance</source>
        <extracomment>{percent} is a number such as 50; the payout takes that share of the balance.</extracomment>
        <translation>次回の出金 {date} · 残高の{percent}%</translation>
    </message>
    <message>
        <source>Next payout {date} · {amount}</source>
        <translation>次回の出金 {date} · {amount}</translation>
    </message>
    <message>
        <source>Payouts are turned off for this account</source>
        <translation>このアカウントは出金が無効になっています</translation>
    </message>
    <message>
        <source>Payouts are turned off for {name}</source>
        <translation>{name} は出金が無効になっています</translation>
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
    <name>TrayApp</name>
    <message>
        <source>Your settings could not be saved ({reason}); they apply until you quit.</source>
        <extracomment>{reason} is the system&apos;s reason, such as &quot;No space left on device&quot;.</extracomment>
        <translation>設定を保存できませんでした({reason})。アプリを終了するまでは有効です。</translation>
    </message>
    <message>
        <source>Your keyring has not answered yet. Try Accounts again in a moment.</source>
        <translation>キーリングがまだ応答していません。少し待ってから、もう一度アカウントを開いてください。</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>{health} (not up to date)</source>
        <extracomment>{health} is a health word (&quot;Low&quot;) that may be out of date.</extracomment>
        <translation>{health}（最新ではありません）</translation>
    </message>
    <message>
        <source>fetching…</source>
        <extracomment>What an account without a balance yet is doing, after its name.</extracomment>
        <translation>取得中…</translation>
    </message>
    <message>
        <source>&amp;Open {app}</source>
        <extracomment>{app} is the app&apos;s name, Omise Tray.</extracomment>
        <translation>{app} を開く(&amp;O)</translation>
    </message>
    <message>
        <source>Open Omise &amp;Dashboard</source>
        <translation>Omise ダッシュボードを開く(&amp;D)</translation>
    </message>
    <message>
        <source>Open Omise Dashboard</source>
        <translation>Omise ダッシュボードを開く</translation>
    </message>
    <message>
        <source>Live</source>
        <extracomment>The dashboard of live (real) payments.</extracomment>
        <translation>本番</translation>
    </message>
    <message>
        <source>Test</source>
        <extracomment>The dashboard of test payments.</extracomment>
        <translation>テスト</translation>
    </message>
    <message>
        <source>S&amp;nooze alerts</source>
        <translation>アラートを一時停止(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定…(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>アカウント…(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Hide amounts</source>
        <translation>金額を隠す(&amp;H)</translation>
    </message>
    <message>
        <source>Show ••• instead of every amount, for a screen share or a shop counter</source>
        <translation>画面共有中や店頭で、すべての金額を ••• で隠します</translation>
    </message>
    <message>
        <source>{currency} ({mode}): {amount} available — {health}</source>
        <extracomment>A tooltip line: {currency} such as THB, {mode} &quot;live&quot; or &quot;test&quot;, {amount} what can be paid out now, {health} a health word (&quot;Low&quot;).</extracomment>
        <translation>{currency}（{mode}）：出金可能額 {amount} — {health}</translation>
    </message>
    <message>
        <source>Polling paused</source>
        <translation>自動更新を一時停止中</translation>
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
        <translation>出金 {amount}：残高が足りない可能性があります</translation>
    </message>
    <message>
        <source>{amount} payout: below the smallest payout</source>
        <translation>出金 {amount}：最低出金額に届きません</translation>
    </message>
    <message>
        <source>payout: nothing to pay out</source>
        <translation>出金：出金できる残高がありません</translation>
    </message>
    <message>
        <source>payout leaves after these days</source>
        <translation>出金はこの期間の後になります</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Becomes available</source>
        <translation>出金可能になる額</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>出金</translation>
    </message>
    <message>
        <source>Projected available</source>
        <translation>出金可能額（見込み）</translation>
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
        <translation>アカウントの出金と取引履歴を読み込むと、今後の予定が表示されます。</translation>
    </message>
    <message>
        <source>A projection from the current balance: money already on its way and the scheduled payouts. New sales and refunds are not in it.</source>
        <translation>現在の残高からの見込みです（入金予定の売上と予定されている出金）。新しい売上や返金は含まれません。</translation>
    </message>
    <message>
        <source>Payouts are turned off for {name}.</source>
        <translation>{name} は出金が無効になっています。</translation>
    </message>
    <message>
        <source>{name}: each payout costs {fee}, taken out of it.</source>
        <translation>{name}：出金1回ごとに手数料 {fee} が出金額から差し引かれます。</translation>
    </message>
    <message>
        <source>Each payout costs {fee}, taken out of it.</source>
        <translation>出金1回ごとに手数料 {fee} が出金額から差し引かれます。</translation>
    </message>
</context>
</TS>
