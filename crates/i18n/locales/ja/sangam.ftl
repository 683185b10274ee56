### Sangam: 日本語 (Japanese). Source comments are in locales/en/sangam.ftl.

## Page frame

site-name = サンガム
site-tagline = ウィキメディア加盟団体のためのコミュニティハブ
skip-to-content = 本文へ移動
nav-directory = 加盟団体
nav-hubs = 地域ハブ
nav-former = 過去の加盟団体
nav-sign-in = ログイン
nav-sign-out = ログアウト
nav-signed-in-as = { $username } としてログイン中
nav-account = アカウント
lang-switcher-label = 言語
footer-api = API（OpenAPI）
footer-about = サンガムは、ウィキメディアのコミュニティが自ら運用する自由ソフトウェアです。

## Affiliate kinds and statuses

kind-user_group = ユーザーグループ
kind-chapter = 支部
kind-thematic_organization = テーマ別組織
kind-hub = 地域ハブ
status-recognized = 承認済み
status-active = 活動中
status-past_due = 報告期限超過
status-suspended = 活動停止中
status-expired = 期限切れ
status-formerly_active = 過去に活動

## Directory

directory-title = ウィキメディア加盟団体
directory-intro = ユーザーグループ、支部、テーマ別組織、地域ハブと、それぞれが活動する地域と言語の一覧です。
directory-count = { $count } 団体
directory-empty = この条件に合う加盟団体はありません。
directory-serves-count = { $count } か国
directory-new = 加盟団体を追加
filter-region = 地域
filter-country = 国
filter-language = 言語
filter-status = 状態
filter-kind = 種類
filter-any = すべて
filter-apply = 絞り込む
filter-clear = 条件をクリア
filter-include-former = 過去の加盟団体も表示
column-name = 名称
column-kind = 種類
column-country = 所在国
column-regions = 活動地域
column-languages = 言語
column-status = 状態
pagination-previous = 前へ
pagination-next = 次へ
pagination-page = { $page } / { $pages } ページ
former-title = 過去の加盟団体
former-intro = 承認が終了した加盟団体です。ページと履歴はここに保存されています。

## Profile

profile-logo-alt = { $name } のロゴ
profile-logo-source = ウィキメディア・コモンズのロゴ
field-slug = アドレス
field-kind = 種類
field-status = 状態
field-name = 名称
field-other-names = 他の言語での名称
field-motto = モットー
field-founders = 創設者
field-key-people = 主要人物
field-contact-people = 連絡担当者
field-admins = 編集権限のある運営者
field-location = 所在地
field-country = 国
field-country-code = 国コード
field-regions = 活動地域
field-languages = 公用語
field-founded = 設立
field-recognized = 承認
field-agreement = 協定期間
field-mission = 使命
field-goals = 取り組みと目標
field-contacts = 連絡先
field-email = 電子メール
field-telegram = テレグラム
field-mailing-list = メーリングリスト
field-website = ウェブサイト
field-membership-policy = 会員資格
field-logo = ロゴ
field-lang = テキストの言語
date-range = { $start }～{ $end }
profile-telegram-link = テレグラムのグループ
profile-untranslated = まだ翻訳されていません。{ $language }で表示しています。
profile-hubs = 所属
profile-edit = このページを編集
profile-history = 履歴
profile-back = ページに戻る
profile-updated = 最終更新: { $date }
profile-map-alt = 活動している国の地図: { $countries }
profile-map-none = 国が登録されていません。

## Regional hubs

hubs-title = 地域ハブ
hubs-intro = 地域ハブは、ある地域の加盟団体を結びつけます。
hub-affiliates = このハブの加盟団体
hub-affiliate-count = { $count } 団体
hub-map-title = このハブの団体が活動している国
hub-edit-affiliates = このハブの加盟団体
hub-edit-affiliates-help = このハブがまとめる加盟団体を選んでください。

## History

history-title = { $name } の履歴
history-empty = まだ変更は記録されていません。
history-created = { $actor } がこのページを作成しました。
history-updated = { $actor } が { $fields } を変更しました。
history-status = { $actor } が状態を「{ $from }」から「{ $to }」に変更しました。
history-notice = { $actor } からの通知: { $text }
history-hub-members = { $actor } がこのハブの加盟団体を変更しました。
history-actor-system = サンガム
history-time = { $time }（UTC）

## Editing

edit-title = { $name } を編集
new-title = 新しい加盟団体
edit-lang-help = 以下のテキストはこの言語です。翻訳を追加・修正するには、別の言語を選んで「言語を切り替える」を押してください。
edit-lang-switch = 言語を切り替える
edit-source = 原文（{ $language }）:
edit-codes-help = ISO 国コード（カンマまたは空白区切り）、例: BD, IN, PK
edit-languages-help = 言語コード（BCP 47、カンマまたは空白区切り）、例: tg, ru, en
edit-people-help = ウィキメディアの利用者名を1行に1人ずつ
edit-date-help = 年、月、または日: 2022、2022-12、2022-12-08
edit-day-help = 日付: 2023-01-31
edit-logo-help = ウィキメディア・コモンズの画像ファイル名、例: Wikimedia Community Logo.svg
edit-telegram-help = t.me のリンク、または @グループ名
edit-goal = 目標 { $n }
edit-goal-heading = 見出し
edit-goal-body = 本文
edit-goals-help = 目標を削除するには、見出しと本文を空にしてください。
edit-site-admin-only = これはサイト管理者のみが変更できます。
edit-save = 保存
edit-cancel = キャンセル
edit-saved = 保存しました。
edit-created = 加盟団体を作成しました。
form-errors = 印の付いた項目を修正してください。
section-identity = 基本情報
section-texts = テキスト
section-people = 人物
section-place = 場所と言語
section-dates = 日付
section-contacts = 連絡先

## Signing in

signin-title = ログイン
signin-username = ウィキメディアの利用者名
signin-password = パスワード
signin-submit = ログイン
signout-done = ログアウトしました。
signin-throttled-account = このアカウントへのログイン失敗が多すぎます。{ $minutes } 分後にもう一度お試しください。
signin-throttled-address = お使いのネットワークからのログイン失敗が多すぎます。{ $minutes } 分後にもう一度お試しください。

## Account

account-title = アカウント
account-username = ウィキメディアの利用者名
account-email = 電子メール（非公開: 他の人には表示されません）
account-preferred-lang = 表示言語
account-lang-browser = ブラウザーの設定に従う
account-save = 保存
account-saved = 設定を保存しました。
account-site-admin = あなたはサイト管理者です。
account-admin-of = 運営している団体:

## Errors

error-title = 問題が発生しました
error-not_found = お探しのものは見つかりませんでした。
error-unauthenticated = 先にログインしてください。
error-bad_credentials = 利用者名またはパスワードが正しくありません。
error-too_many_attempts = ログイン失敗が多すぎます。{ $minutes } 分後にもう一度お試しください。
error-forbidden = この操作は許可されていません。
error-site_admin_only = この操作はサイト管理者のみが行えます。
error-not_affiliate_admin = この操作はこの団体の運営者のみが行えます。
error-session_expired = セッションの有効期限が切れました。もう一度ログインしてください。
error-csrf_failed = このフォームは期限切れか、このサイトから送信されたものではありません。ページを再読み込みしてやり直してください。
error-validation_failed = 修正が必要な項目があります。
error-slug_taken = このアドレスは他の団体が使用しています。
error-edited_meanwhile = 編集中に他の人がこのページを保存しました。あなたの変更は保存されていません。比較して保存し直せるよう、フォームに表示しています。
error-account_exists = この利用者名のアカウントはすでに存在します。
error-invalid_json = リクエスト本文が正しい JSON ではありません: { $detail }
error-unsupported_media_type = リクエスト本文は application/json で送信してください。
error-payload_too_large = リクエストが大きすぎます。
error-method_not_allowed = このアドレスはこの種類のリクエストを受け付けません。
error-bad_request = リクエストを解釈できませんでした。
error-internal = サーバー側で問題が発生しました。しばらくしてからお試しください。
error-back-home = 一覧に戻る

## Field errors

field-error-required = この項目は必須です。
field-error-too_long = { $max } 文字以内で入力してください。
field-error-too_many = { $max } 件以内で入力してください。
field-error-bidi_control = 見えない文字方向制御文字を削除してください。
field-error-control_character = 見えない制御文字を削除してください。
field-error-unknown_country = 「{ $code }」は ISO 3166-1 の国コードではありません。
field-error-unknown_language = 「{ $code }」は既知の言語ではありません。
field-error-invalid_language = 「{ $code }」は言語タグ（BCP 47、例: tg、zh-Hans）ではありません。
field-error-invalid_date = 日付は 2022、2022-12、2022-12-08 の形式で入力してください。
field-error-impossible_date = この日付は存在しません。
field-error-date_needs_day = 2022-12-08 のように完全な日付を入力してください。
field-error-range_reversed = 終了が開始より前になっています。
field-error-invalid_email = 電子メールアドレスではありません。
field-error-invalid_url = https:// で始まるウェブアドレスではありません。
field-error-invalid_slug = 小文字のラテン文字、数字、単独のハイフンを 2～64 文字で使ってください。
field-error-reserved_slug = このアドレスは予約されています。
field-error-slug_taken = このアドレスは他の団体が使用しています。
field-error-invalid_choice = 選択肢から選んでください。
field-error-invalid_file_name = ウィキメディア・コモンズの画像ファイル名を入力してください（例: Example.svg）。
field-error-username_character = 利用者名に「{ $character }」は使えません。
field-error-password_too_short = { $min } 文字以上にしてください。
field-error-unknown_affiliate = このアドレスの加盟団体はありません。
field-error-not_a_hub = 加盟団体を持てるのは地域ハブだけです。

## Membership

members-title = { $name } のメンバー
members-heading = メンバー
members-count = { $count } 人のメンバー
members-sort-date = 参加日順
members-sort-name = 名前順
members-talk = 会話
members-no-date = 日付なし
members-utc = （UTC）
members-signed-up = 参加日
members-join = 参加する
members-sign-in-to-join = 参加するにはログイン
members-you-are-member = あなたはメンバーです。
members-you-applied = あなたの申請は運営者の審査を待っています。
members-leave = 退会する
members-joined = ようこそ！メンバーになりました。
members-applied = ありがとうございます。運営者が申請を審査します。
members-left = 退会しました。
members-imported = リストを取り込みました。
members-wikitext = メタウィキ用のウィキテキスト形式のメンバー一覧
members-organizers = 運営者向け
members-csv = CSV で書き出す
members-import = ウィキの参加者リストを取り込む
members-rules = 会員資格のルール
members-pending = 審査待ちの申請
members-pending-none = 審査待ちの申請はありません。
members-no-review = このグループは審査なしでメンバーを受け入れます。
members-answers-hidden = 回答はこのグループ自身の運営者だけが見られます。
members-approve = 承認
members-decline = 却下
role-board = 理事
role-contact = 連絡担当者
role-founder = 創設者
membership-status-pending = 承認待ち
membership-status-active = メンバー
membership-status-declined = 却下
membership-status-left = 退会
account-memberships = 所属グループ
account-no-memberships = まだどのグループにも所属していません。
join-title = { $name } に参加
join-terms = 参加できる人
join-refused = まだ参加できません:
join-kind = 参加の形
join-kind-individual = 個人として
join-kind-institution = 団体・機関として
join-age = 年齢
join-country = 国籍または居住国
join-institution = 機関の名称
join-institution-help = 機関を代表して参加する場合のみ。
join-institution-country = 機関の登録国
join-edit-count = ウィキメディアでの編集回数
join-account-created = ウィキメディアのアカウントの作成日
join-unverified = 自己申告、未確認
join-unverified-help = ご存じの範囲で。運営者が確認することがあります。
join-answer = 回答
join-privacy = 回答はあなたとこのグループの運営者だけが見られます。
join-apply = 申請する
rule-min_age = メンバーは { $min } 歳以上です。
rule-countries = メンバーは { $countries } の国民または居住者です。
rule-institutions = 機関も参加できます。
rule-institution_countries = { $countries } で登録された機関が参加できます。
rule-min_edits = メンバーはウィキメディアのプロジェクトで { $min } 回以上編集しています。
rule-min_account_days = メンバーのウィキメディアのアカウントは作成から { $days } 日以上経っています。
rule-review = 運営者がすべての申請を審査します。
refusal-min_age = 参加するには { $min } 歳以上である必要があります。
refusal-age_missing = 年齢を入力してください。メンバーは { $min } 歳以上です。
refusal-country = このグループは { $countries } の国民と居住者のためのものです。
refusal-institutions_not_admitted = このグループは機関を受け入れていません。
refusal-institution_country = 参加できるのは { $countries } で登録された機関だけです。
refusal-min_edits = メンバーにはウィキメディアのプロジェクトでの { $min } 回以上の編集が必要です。
refusal-min_account_age = ウィキメディアのアカウントが作成から { $days } 日以上経っている必要があります。
rules-title = { $name } の会員資格のルール
rules-review = メンバーになる前に運営者が申請を審査する
rules-allow-institutions = 機関も参加できる
rules-min-age = 最低年齢
rules-countries = 国民または居住者である国（誰でもよい場合は空欄）
rules-institution-countries = 機関の登録国
rules-institution-countries-help = ISO 国コード。どこの機関でもよい場合は空欄。
rules-min-edits = ウィキメディアでの最低編集回数（申請者の申告）
rules-min-account-days = ウィキメディアのアカウントの最低日数（申請者の申告）
rules-questions = 申請者への質問
rules-questions-help = 質問を削除するには空欄にしてください。
rules-question = 質問
rules-required = 回答必須
import-title = { $name } に参加者リストを取り込む
import-help = メタウィキのページの参加者リストを、ページの表示どおりまたはウィキテキストで貼り付けてください。各人の署名の日付はそのまま残ります。プレビューを確認してから取り込んでください。
import-text = リスト
import-preview = プレビュー
import-apply = このメンバーを取り込む
import-problems = 読み取れない行
import-line = 行
import-reason = 理由
import-already = すでにメンバー
import-new = 新規
import-fix-first = 読み取れない行を直すか削除してから、もう一度取り込んでください。何も取り込まれていません。
import-summary = { $entries } 件（うち新規 { $new } 件）、読み取れない行 { $problems } 行、その他スキップした行 { $skipped } 行。
import-problem-no_name = この行には名前がありません。
import-problem-bad_name = ウィキメディアの利用者名としてありえません。
import-problem-unreadable_date = 日付を読み取れません。
import-problem-impossible_date = この日付は存在しません。
import-problem-time_without_zone = 時刻にタイムゾーン（UTC）がありません。
history-by = { $actor }: { $what }
history-members-imported = 参加者リストから { $count } 人のメンバーを取り込みました。
history-member-approved = { $actor } が { $member } の申請を承認しました。
history-member-declined = { $actor } が { $member } の申請を却下しました。
history-membership-rules = { $actor } が会員資格のルールを変更しました。
error-already_member = すでにこのグループのメンバーか、申請が審査待ちです。
error-not_eligible = このグループの会員資格のルールを満たしていません。
field-error-impossible_age = 5 歳から 120 歳の間で入力してください。
field-error-future_date = この日付は未来の日付です。
field-error-invalid_number = 整数を入力してください。
field-error-unknown_question = このグループにその質問はありません。
field-error-import_too_large = リストが 10 MB を超えています。
field-error-import_empty = リストが空です。
field-error-import_utf16 = ファイルが UTF-16 です。UTF-8 で保存し直してください。
field-error-import_binary = これはテキストではありません。
field-error-import_not_utf8 = テキストが UTF-8 ではありません（古い文字コードかもしれません）。UTF-8 で保存し直してください。
field-error-import_unreadable_lines = 読み取れない行があるため、何も取り込まれていません。

## Events and the activities calendar

calendar-heading = 活动
calendar-title = { $name }の活動
calendar-link = 活動カレンダー
calendar-feed = 購読する（iCalendar）
calendar-wikitext = メタウィキ用のウィキテキスト
calendar-years = 年
calendar-all-years = すべての年
calendar-empty = まだ活動はありません。
event-time-range-zone = { $start }～{ $end }（{ $zone }）
event-time-range-utc = { $start }～{ $end }（UTC）
event-status-planned = 予定
event-status-ongoing = 開催中
event-status-done = 完了
event-status-cancelled = 中止
event-kind-edit-a-thon = エディタソン
event-kind-workshop = ワークショップ
event-kind-training = 研修
event-kind-photowalk = フォトウォーク
event-kind-upload-a-thon = アップロードソン
event-kind-meetup = ミートアップ
event-kind-contest = コンテスト
event-kind-conference = カンファレンス
event-kind-campaign = キャンペーン
event-kind-other = その他
event-mode-online = オンライン
event-mode-in-person = 対面
event-mode-hybrid = ハイブリッド
event-field-when = 日時
event-field-kind = 種類
event-field-mode = 形式
event-field-venue = 会場
event-field-organizers = 主催
event-field-hashtags = ハッシュタグ
event-field-wikis = ウィキ
event-feed = カレンダーに追加（iCalendar）

## Event errors

field-error-unknown_time_zone = 「{ $zone }」は不明なタイムゾーンです。Asia/Dhaka のような名前を使ってください。
field-error-time_skipped = このタイムゾーンでは { $time } は存在しません（夏時間）。別の時刻を選んでください。
field-error-invalid_time = 時刻は 18:30 の形式で書いてください。
field-error-end_before_start = 終了は開始より後にしてください。
field-error-invalid_coordinates = 緯度（−90〜90）と経度（−180〜180）の両方を入れるか、どちらも入れないでください。
field-error-venue_required = 対面のイベントには会場か住所が必要です。
field-error-online_has_no_place = オンラインのイベントに座標はありません。
field-error-capacity_not_positive = 定員は 1〜{ $max } で入力するか、制限なしなら空欄にしてください。
field-error-invalid_wiki = 「{ $wiki }」は bn.wikipedia.org のようなウィキのアドレスではありません。
field-error-invalid_hashtag = 「{ $hashtag }」はハッシュタグではありません（文字・数字・_ のみ）。
error-already_registered = このイベントにはすでに登録済みです。
error-registration_closed = このイベントの登録は受け付けていません。
error-registration_not_open_yet = このイベントの登録はまだ始まっていません。
error-registration_ended = このイベントの登録は締め切られました。
error-event_over = このイベントは終了したか中止されました。

## Event registration

event-registration = 参加登録
event-seats = 定員 { $capacity } 名中 { $taken } 名が登録済み。
event-seats-unlimited = { $taken } 名が登録済み。
event-waiting = キャンセル待ち { $count } 名。
event-register = 参加登録する
event-register-private = 公開の参加者一覧に名前を表示しない
event-registered = 参加登録済みです。
event-promoted = 空きが出たため、キャンセル待ちから参加確定になりました。
event-waitlisted = キャンセル待ち { $position } 番目です。
event-cancel = 登録を取り消す
event-sign-in-to-register = 登録するにはログインしてください。
event-participants = 参加者
event-private = 非公開
event-seat-registered = 参加
event-seat-waitlisted = キャンセル待ち
event-seat-cancelled = 取消
event-meeting = 会議のリンク

## Event outcomes

outcomes-heading = 成果
outcome-participants = 参加者数
outcome-new_editors = 新規編集者
outcome-articles_created = 作成された記事
outcome-articles_improved = 改善された記事
outcome-uploads = コモンズへのアップロード
outcome-notes = メモ
outcomes-save = 成果を保存
calendar-totals = 年ごとの成果
calendar-year = 年
event-cancel-event = このイベントを中止する
event-restore = このイベントを再開する
event-participants-csv = 参加者と回答（CSV）
field-error-event_not_held = 成果はイベントの開催後に記録できます。

## My events

account-events = 参加するイベント
account-no-events = 登録しているイベントはありません。
account-feed-create = 非公開のカレンダーアドレスを作成
account-feed-explain = 登録したイベントをカレンダーアプリで見るための非公開アドレスです。知っている人は誰でも見られます。新しく作ると古いものは使えなくなります。
account-feed-url = 非公開のカレンダーアドレス（今だけ表示されます。カレンダーアプリにコピーしてください）：

## Campaigns

nav-campaigns = キャンペーン
campaigns-title = キャンペーン一覧
campaigns-empty = キャンペーンはまだありません。
campaign-edition-count = { $count } 回
campaign-editions = 開催回
campaign-taking-part = 参加団体
event-field-campaign = キャンペーン
calendar-campaigns = キャンペーン
field-error-unknown_campaign = このアドレスのキャンペーンはありません。
error-campaign_slug_taken = このアドレスは別のキャンペーンが使っています。
event-field-people = 担当者
event-field-languages = 言語

## The event form

event-form-heading = { $name }の新しいイベント
event-form-new = 新しいイベント
event-form-what = 内容
event-form-when = 日時
event-form-where = 場所
event-form-more = その他
event-form-title = タイトル
event-form-all-day = 終日（日付のみ）
event-form-start-date = 開始日
event-form-start-time = 開始時刻
event-form-end-date = 終了日
event-form-end-date-help = 空欄なら開始日と同じ日です。
event-form-end-time = 終了時刻
event-form-time-zone = タイムゾーン
event-form-time-zone-help = 上の時刻のタイムゾーン（例：Asia/Dhaka）。読者は自分のタイムゾーンでも確認できます。
event-form-address = 住所
event-form-latitude = 緯度
event-form-longitude = 経度
event-form-capacity = 定員（空欄：制限なし）
event-form-questions = 登録者への質問
event-form-questions-help = 1 行に 1 つ。必須にするには行頭に * を付けます。回答は主催者だけが見られます。
event-form-organizers-help = ウィキメディアの利用者名を 1 行に 1 つ。
event-form-description = 説明
event-form-closes-date = 登録締切日
event-form-closes-time = 時刻
event-form-registration-open = 参加登録を受け付ける
event-form-save = イベントを作成

## Month grid

weekday-1 = 月
weekday-2 = 火
weekday-3 = 水
weekday-4 = 木
weekday-5 = 金
weekday-6 = 土
weekday-7 = 日
calendar-view-list = 一覧
calendar-view-grid = 月表示
calendar-previous-month = 前の月
calendar-next-month = 次の月
calendar-show-times-in = 次のタイムゾーンでも時刻を表示
calendar-show = 表示
event-form-edit-heading = { $title } を変更
event-edit = このイベントを変更
event-undated = 日程未定
calendar-proposed = 提案中の活動
event-form-proposed = 提案中（日程未定）
event-form-opens-date = 登録開始日

## Reports and the lifecycle

notice-reminder_30 = リマインダー：30 日後に報告書の期限です
notice-reminder_7 = リマインダー：7 日後に報告書の期限です
notice-past_due = 通知：必要な報告書の期限が過ぎました（最終期限付き）
notice-deadline = 通知：未提出の報告書の最終期限まで 1 週間です
notice-expiry = 通知：期限が過ぎ、承認が失効しました
history-report-filed = 報告書の提出
history-report-deferred = 報告書の 1 年延期

## Notice mail

mail-subject = { $affiliate }：{ $what }
mail-report = 報告書の対象期間は { $start }～{ $end }、期限は { $due } です。
mail-body =
    { $name } さん
    {""}
    これは{ $what }です。
    { $report }
    {""}
    報告書の提出やグループの状況の確認はこちら：
    { $url }
    {""}
    — Sangam

## Reports pages

reports-heading = 報告書
reports-link = 必要な報告書とその状況
reports-title = { $name } の報告書
reports-intro = この団体が各期間に提出すべき報告書、それぞれの期限と状況です。
reports-none = まだ必要な報告書はありません。協定期間または会計年度が始まると表示されます。
reports-standing = 現在の状態: { $status }。
report-kind-activity = 年次活動報告書
report-kind-financial = 財務報告書
report-period = { $start } – { $end }
report-col-report = 報告書
report-col-period = 期間
report-col-due = 期限
report-col-status = 状況
report-status-upcoming = 予定
report-status-due = 提出時期
report-status-past_due = 期限切れ
report-status-filed = 提出済み
report-status-deferred = 延期
report-status-accepted = 承認済み
report-due-in = { $days ->
    [0] 今日が期限
   *[other] 期限まであと { $days } 日
}
report-overdue-by = { $days } 日超過
report-in-grace = 猶予期間は { $date } まで
report-heading = { $report }、{ $period }
report-due-on = 期限 { $date }
report-filed-on = { $date } に提出。
report-filed-by = 提出者: { $username }。
report-accepted-on = { $date } に承認。
report-changes-asked = サイト管理者が修正を求めました
report-deferred-because = 1 年延期: { $reason }。
deferment-reason-natural_disaster = 自然災害
deferment-reason-pandemic = パンデミック
deferment-reason-war = 戦争
deferment-reason-government_restriction = 政府による制限
report-wikitext = メタウィキ用のウィキテキスト
report-file-heading = この報告書を提出
report-builder-intro = この下書きは、期間中にここで記録されたイベント、成果、メンバー、理事会の変更から作成されました。編集してから提出してください。メタウィキの報告書は英語で書かれます。
report-builder-totals = イベント { $events } 件、参加者 { $participants } 人、新メンバー { $joined } 人。
report-build = 記録から報告書を作成
report-build-mine = 自分の言語で
report-link-label = 報告書へのリンク (メタウィキのページ)
report-body-label = または報告書をここに書く
report-file = 報告書を提出
report-save-draft = 下書きを保存
report-review-heading = 審査
report-review-accept = 報告書を承認
report-review-note = 修正すべき点
report-review-changes = 修正を求める
report-defer = 1 年延期する
report-defer-reason = 理由
report-defer-note = 何が起きたか
report-decide-title = 失効: 管理者の判断
report-decide-intro = 期限を過ぎても報告書が届かなかったため、承認が失効しました。新しい協定期間で団体を再承認するか、以前活動していた団体の一覧に移してください。
report-field-start = 初日
report-field-end = 最終日
report-field-due = 提出期限
report-decide-recognize = 再承認する
report-decide-former = 以前の活動団体に移す
report-add-period = 報告期間を追加
history-report-reviewed = 報告書が審査されました
history-report-period = 報告期間が追加されました

## Compliance dashboard

compliance-title = 遵守状況
compliance-intro = 各団体の状況: 状態、次の報告書、遅れ、最後の通知、送信できなかった通知メール。
compliance-col-affiliate = 団体
compliance-col-status = 状態
compliance-col-next = 次の報告書
compliance-col-overdue = 超過日数
compliance-col-notice = 最後の通知
compliance-col-mail = メールの問題
compliance-filter-overdue = 期限超過のみ
compliance-filter-mail = メールの問題があるもののみ
compliance-mail-failed = 未送信 { $count } 件: { $error }

## The annual report builder's draft

report-draft-summary-heading = 概要
report-draft-summary = { $name } は { $start } から { $end } までに { $events } 件のイベントを開催しました。
report-draft-totals = 成果が記録された { $reported } 件のイベントには { $participants } 人が参加し、新しい編集者は { $new_editors } 人でした。記事の作成 { $articles_created } 件、改善 { $articles_improved } 件、ファイルのアップロード { $uploads } 件。
report-draft-events-heading = イベント
report-draft-no-events = この期間のイベントはここに記録されていません。
report-draft-members-heading = メンバー
report-draft-members = { $joined } 人が参加し、期間の終わりのメンバーは { $total } 人でした。
report-draft-board-heading = 理事会
report-draft-board = 理事: { $names }。
report-draft-board-changes = 理事会が変わった日: { $dates }。
report-draft-plans-heading = 学びと計画
report-draft-plans = (うまくいったこと、難しかったこと、次の予定をここに書いてください。)

## Report errors

field-error-report_missing = 報告書へのリンクを入力するか、ここに書いてください。
field-error-report_link_or_text = リンクか本文のどちらか一方にしてください。
field-error-review_note_required = 修正すべき点を書いてください。
field-error-deferment_reason_required = 延期の理由を選んでください。
field-error-period_overlaps = この期間は { $start } から { $end } までの期間と重なります。
field-error-period_too_long = 報告期間は最長 2 年です。
field-error-due_before_end = 提出期限が期間の終わりより前です。
error-report_accepted = この報告書はすでに承認されています。
error-report_not_filed = 審査できるのは、提出済みでまだ承認されていない報告書だけです。
error-report_filed = この報告書はすでに提出されています。
error-report_deferred = この報告書はすでに延期されています。
error-not_expired = この判断を待つのは承認が失効した団体だけです。
error-period_overlaps = この期間は別の期間と重なります。

## Elections: refusals

error-nominations_closed = この選挙の立候補受付は現在行われていません。
error-already_nominated = この人はすでに推薦されています。
error-voting_not_open = 投票はまだ始まっていません。
error-voting_closed = 投票は終了しました。
error-not_eligible_voter = あなたはこの選挙の有権者名簿に載っていません。締切日より前に加入したメンバーが対象です。
error-voting_not_closed = 開票は投票終了後に行われます。
field-error-not_eligible_candidate = 締切日より前に加入したメンバーだけが立候補できます。
field-error-ballot_method = この投票用紙はこの選挙の方式に合っていません。
field-error-ballot_empty = 少なくとも1人の候補者に順位をつけてください。
field-error-ballot_unknown_candidate = この投票用紙には候補者でない人が含まれています。
field-error-ballot_repeated_candidate = この投票用紙には同じ候補者が2回含まれています。
field-error-ballot_stances = すべての候補者に支持・中立・反対のいずれかを選んでください。
field-error-receipt_required = すでに投票済みです。変更するには投票の受付番号を入力してください。
field-error-receipt_unknown = この受付番号の投票はありません。
field-error-seats_range = 議席数は1から{ $max }までで指定してください。
field-error-invalid_instant = 時刻は 2027-03-01 または 2027-03-01T09:00:00Z の形で書いてください。
field-error-voting_before_nominations_close = 投票は立候補受付の締切後にのみ開始できます。

## The board on the profile

board-heading = 理事会
board-now = 現在の理事：{ $names }（{ $end }まで）。
board-phase = グループの{ $year }年目から：{ $seats }議席、任期{ $months }か月、{ $how }。
board-chosen-founders = 創設者が選ぶ
board-chosen-election = メンバーが選挙で選ぶ
board-before = { $names }、{ $start } – { $end }

## Election pages

elections-title = { $name }の選挙
elections-none = 選挙はまだありません。
election-phase-upcoming = 予定
election-phase-nominating = 立候補受付中
election-phase-waiting = 立候補受付終了・まもなく投票開始
election-phase-voting = 投票受付中
election-phase-closed = 終了
election-voting-dates = 投票：{ $start } – { $end }
election-nomination-dates = 立候補受付：{ $start } – { $end }
election-seats = 議席数：{ $seats }
election-choice = 第{ $rank }希望
election-round-elected = 当選：{ $names }。
election-round-eliminated = 落選：{ $names }。
election-turnout = { $count ->
   *[other] { $count }人のメンバーが投票しました。
}
election-method-meek = 好きなだけ候補者に順位をつけてください（最も支持する人が1位）。ウィキメディア財団理事会選挙と同じく、ドループ基数のMeek STVで集計します。
election-method-approval = 支持する候補者をすべて承認してください。承認の多い人が当選します。
election-method-plurality = 候補者を1人選んでください。得票の多い人が当選します。
election-method-support_oppose = 各候補者に支持・中立・反対をつけてください。支持 ÷（支持 + 反対）の順に並びます。
election-receipt-found = あなたの票は集計に含まれています。
election-receipt-missing = 集計にこの受付番号の票はありません。
election-receipt-heading = あなたの受付番号
election-receipt-keep = この番号を保管してください。どこにもあなたの名前とは結びついていません。票が集計されたかの確認と、投票終了までの投票の変更に使えます。再発行はできません。
election-candidates = 候補者
election-no-candidates = まだ候補者はいません。
election-withdrawn = 辞退
election-statement = あなたの所信（メンバーがあなたを選ぶべき理由）
election-stand = 立候補する
election-ballot = あなたの投票
election-support = 支持
election-neutral = 中立
election-oppose = 反対
election-change-receipt = 投票を変更するには、投票の受付番号
election-change-vote = 投票を変更する
election-vote = 投票する
election-result = 結果
election-elected = 当選：
election-round = 回
election-quota = 基数
election-blt = BLTファイル形式の票（任意のSTVプログラムで再集計できます）
election-ballots = 公開された票
election-check-receipt = 受付番号を確認する
election-check = 確認
elections-link = 選挙
election-surplus = 余剰
election-keep-factor = 保持率
election-rounds-intro = 各回：基数、各候補者の得票（当選者が届いた票のうち保持する割合を × 保持率で表示）、基数を超える余剰、当選・落選した人。

## Setting up an election

election-new = 新しい選挙
election-field-method = 集計方式
election-field-title = 名称
election-field-seats = 議席数
election-field-nominations_open = 立候補受付開始
election-field-nominations_close = 立候補受付終了
election-field-voting_open = 投票開始
election-field-voting_close = 投票終了
election-field-voters_joined_before = この日より前に加入したメンバーが有権者
election-field-voters_min_edits = 有権者の最低編集回数（任意）
election-field-candidates_joined_before = この日より前に加入したメンバーが立候補可能（空欄なら有権者と同じ日）
election-field-term_start = 任期開始
election-field-term_end = 任期終了
election-method-name-meek = 順位付け、Meek STV
election-method-name-approval = 承認
election-method-name-plurality = 単記
election-method-name-support_oppose = 支持・中立・反対
election-awaiting = 承諾待ち：
election-accept = 推薦を受ける
election-withdraw = 辞退する
election-nominee = ほかのメンバーを推薦する（利用者名。自分が立候補するなら空欄）
election-statement-edit = この所信表明を書く・翻訳する
election-statement-lang = 言語（en、bn、ur などのコード）
election-statement-save = 所信表明を保存
election-statement-outdated = この翻訳は所信表明の以前の版から作られました。
error-statement_source_nominee_only = 所信表明を書かれた言語で変更できるのは候補者本人だけです。別の言語への翻訳を追加してください。
field-error-duplicate = これは2回あります。
field-error-presenter_one_of = 発表者ごとに利用者名かゲストの名前のどちらかを入力してください。
field-error-session_minutes_range = セッションの長さは5分から{ $max }分です。
field-error-language_not_offered = この募集ではその言語は受け付けていません。
field-error-presenter_unknown = この利用者名のアカウントはありません。ゲストとして名前を入力してください。
field-error-signature_without_date = 日付のない署名があります。チルダ4つ（~~~~）で署名してください。
error-cfp_not_open = 発表募集はまだ始まっていません。
error-cfp_closed = 発表募集は締め切られました。
error-proposal_not_editable = この提案はもう変更できません。
error-not_proposer = この操作は提案の発表者のみが行えます。
error-proposal_withdrawn = この提案は取り下げられました。
conf-proposals-title = { $title }への提案
conf-new-title = { $title }への提案を送る
conf-cfp-upcoming = 発表募集は{ $date }に始まります。
conf-cfp-open = 発表募集は{ $date }まで受け付けています。
conf-cfp-closed = 発表募集は{ $date }に締め切られました。
conf-minutes = { $minutes }分
conf-session-types = セッションの種類
conf-languages = 言語
conf-interpretation = これらの言語の間の通訳を手配できます。
conf-interested-count = 関心あり { $count } 人
conf-new = 提案を送る
conf-none = まだ提案はありません。
conf-status-submitted = 審査待ち
conf-status-withdrawn = 取り下げ
conf-status-accepted = 採択
conf-status-waitlisted = 補欠
conf-status-rejected = 不採択
conf-field-presenters = アカウントのある発表者（利用者名、1行に1人）
conf-field-guests = アカウントのない発表者（名前、1行に1人）
conf-field-contact_email = メールアドレス（任意。運営者と発表者のみが見られます）
conf-field-affiliation = 所属
conf-field-title = タイトル
conf-field-lang = 言語
conf-field-language_note = 言語の扱い（任意）
conf-field-session_type = 種類
conf-field-minutes = 必要な時間（分。種類の標準の長さにするなら空欄）
conf-field-track = トラック
conf-field-plan = 計画を詳しく書いてください
conf-field-support = 必要な支援
conf-field-benefit = このセッションはコミュニティにどう役立ちますか？
conf-submit = 提案を送信
conf-save = 変更を保存
conf-presenters = 発表者
conf-time-needed = 必要な時間
conf-submitted-by = { $name }が{ $date }に送信
conf-contact = 連絡先
conf-topic = テーマ
conf-edit = 提案を変更
conf-withdraw = 提案を取り下げる
conf-interested = 参加に関心のある人
conf-interested-none = まだ誰も署名していません。
conf-interest-add = 関心があります
conf-interest-remove = 関心を取り消す
event-proposals = 発表募集とプログラム
conf-mail-subject = { $title }：{ $decision }
conf-mail-body =
    { $name } さん
    {""}
    運営者があなたの提案「{ $title }」について決定しました：{ $decision }。
    {""}
    { $note }
    {""}
    提案を見る：
    { $url }
    {""}
    — Sangam
error-not_reviewer = この操作は会議の査読者のみが行えます。
error-own_proposal = 査読者は自分が送った、または発表する提案を査読しません。
field-error-score_count = { $count } 個の基準それぞれに点数を1つ付けてください。
field-error-score_out_of_scale = 点数は0から{ $max }までです。
field-error-weight_range = 重みは0より大きく100以下の数です。
field-error-too_large = 最大 { $max }。
error-room_taken = その時間、この部屋では別のセッションがあります。
error-presenter_busy = このセッションの発表者の一人が、その時間に別のセッションに出ています。
error-proposal_not_accepted = プログラムに入るのは採択されたセッションだけです。
field-error-session_longer_than_slots = このセッションはどの時間枠よりも長いです。
field-error-outside_slots = セッションを会議の時間枠のいずれかの中に置いてください。
conf-programme-title = { $title } のプログラム
conf-programme-zone = 時刻は { $zone } です。
conf-programme-empty = プログラムにはまだセッションがありません。
conf-programme = プログラム
conf-when-where = プログラム：
conf-add-to-calendar = カレンダーに追加
sch-title = { $title } の奨学金
sch-review-title = { $title } の奨学金申請
sch-upcoming = 申請の受付は { $date } に始まります。
sch-open = 申請は { $date } まで受け付けています。
sch-closed = 申請の受付は { $date } に終了しました。
sch-phase = 段階
sch-phase-open = 申請受付中
sch-phase-eligibility = 資格確認中
sch-phase-scoring = 採点中
sch-phase-decision = 決定中
sch-phase-published = 決定を公表済み
sch-advance-eligibility = 申請を締め切って資格を確認する
sch-advance-scoring = 採点を始める
sch-advance-decision = 採点を締め切って決定する
sch-advance-published = 決定を公表して申請者にメールする
sch-criteria = 審査員は { $criteria } をそれぞれ 0 から { $max } で採点します。
sch-field-region = 国または地域
sch-field-history = これまでの会議と奨学金の申請（例：「2019 年と 2023 年に申請しました」）
sch-field-contributions = ウィキとコミュニティへの貢献
sch-field-motivation = 参加したい理由
sch-field-need = 必要な支援
sch-need-full = 全額奨学金（渡航、宿泊、登録）
sch-need-partial = 一部奨学金
sch-apply = 申請を送る
sch-save = 保存
sch-sign-in = 申請するにはログインしてください。
sch-yours = あなたの申請
sch-sent = { $date } に送信。
sch-decision = 決定
sch-decision-full = 全額奨学金
sch-decision-partial = 一部奨学金
sch-decision-waitlist = 補欠
sch-decision-declined = 不採用
sch-decision-message = 申請者へのメッセージ
sch-your-scores = あなたの点数
sch-your-score = あなたの点数
sch-reviewer-n = 審査員 { $n }
sch-reviewer = 審査員
sch-weighted = 加重
sch-score = 平均点
sch-cutoff = 採用された最低点
sch-spread = 審査員間のばらつき
sch-comment = コメント
sch-score-it = この申請を採点する
sch-flag = フラグ
sch-flag-none = フラグなし
sch-flag-spam = スパム
sch-flag-ineligible = 資格なし
sch-flag-note = 理由
sch-review-link = 申請を審査する
sch-back-to-event = イベントに戻る
sch-back-to-round = 奨学金のページに戻る
sch-none = まだ申請はありません。
sch-applicant = 申請者
sch-email = メールアドレス
sch-reviewers = 審査員（利用者名、1 行に 1 人）
sch-application-of = { $name } の奨学金申請
event-scholarship = 奨学金
sch-mail-subject = { $conference }：奨学金 — { $decision }
sch-mail-body =
    { $name } さん
    {""}
    { $conference } の奨学金の決定が公表されました。あなたの結果：{ $decision }。
    {""}
    { $note }
    {""}
    点数と採用の最低点は奨学金のページにあります：
    { $url }
    {""}
    — Sangam
error-scholarship_not_open = この奨学金の申請はまだ受け付けていません。
error-scholarship_closed = この奨学金の申請は締め切られました。
error-round_under_way = 申請の段階を過ぎたため、変更できません。
error-applications_undecided = まだ決定のない申請があります。
error-wrong_phase = 今はこの操作の段階ではありません。
error-own_application = 審査員は自分の申請を採点したりフラグを付けたりしません。
error-application_flagged = この申請にはフラグがあります。採点されず、不採用にしかできません。
error-application_private = この申請を見られるのは申請者、審査員、主催者だけです。
field-error-phase_order = 段階は一つずつ進みます。
conf-call-title = { $title } の発表募集
conf-save-call = 募集を保存
conf-field-opens = 開始（日付、または 2027-03-01T00:00:00Z のような UTC の日時）
conf-field-closes = 締切（日付、または UTC の日時）
conf-field-session_types = セッションの種類（1 行に 1 つ：キー | 名前 | 分）
conf-field-tracks = トラック（1 行に 1 つ、任意）
conf-field-languages = セッションの言語（en hi bn のようなコードを空白で区切る）
conf-field-questions = 独自の質問（1 行に 1 つ、必須にするには行末に *）
conf-field-criteria = 審査員が採点する項目（1 行に 1 つ：名前 | 重み）
conf-field-score_max = 点数の上限（点数は 0 から）
conf-link-call = 発表募集を設定
conf-link-reviews = 提案を審査する
conf-link-schedule = 部屋と時間枠
sch-link-round = 奨学金の募集を設定
sch-edit-title = { $title } の奨学金の募集
sch-save-round = 募集を保存
conf-reviews-title = { $title } の提案の審査
conf-status = 状態
conf-reviews = 審査
conf-review-it = この提案を審査する
conf-decision-message = 発表者へのメッセージ（決定とともにメールされます）
conf-place = プログラムに配置
conf-room = 部屋
conf-start = 開始時刻
conf-schedule-title = { $title } の部屋と時間枠
conf-rooms = 部屋
conf-room-name = 部屋の名前
conf-add-room = 部屋を追加
conf-slots = 時間枠
conf-slots-help = 1 行に 1 つ、開始 – 終了を会議のタイムゾーンで（例：2027-08-01T10:00 – 2027-08-01T13:00）
conf-accepted-sessions = 採択されたセッション
conf-not-placed = まだプログラムにありません

election-counting = 開票中です。1分ほどしてからこのページを再読み込みしてください。
election-count-failed = このサーバーの制限内で開票が終わらなかったため、まだ結果はありません。主催者に知らせました。
election-count-failed-organizer = サイト管理者は開票に使える時間やメモリーを増やせます（設定の count_seconds、count_memory_mb）。その後、ここで開票し直してください。
election-recount = 開票し直す
error-nothing_to_recount = やり直す中断された開票はありません。
history-count-failed = 選挙「{ $title }」の開票は、このサーバーの制限内で終わりませんでした。
