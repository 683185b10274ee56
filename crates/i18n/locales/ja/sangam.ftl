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
