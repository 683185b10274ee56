### Sangam: тоҷикӣ (Tajik). Source comments are in locales/en/sangam.ftl.
### Strings marked "review" want a check by a native speaker.

## Page frame

site-name = Сангам
site-tagline = Маркази ҷамъиятии ташкилотҳои вобаста ба Викимедиа
skip-to-content = Гузариш ба мундариҷа
nav-directory = Ташкилотҳо
nav-hubs = Марказҳои минтақавӣ
nav-former = Қаблан фаъол
nav-sign-in = Ворид шудан
nav-sign-out = Баромадан
nav-signed-in-as = Шумо ҳамчун { $username } ворид шудед
nav-account = Ҳисоби шумо
lang-switcher-label = Забон
footer-api = API (OpenAPI)-и Сангам
footer-about = Сангам нармафзори озод аст, ки ҷомеаҳои Викимедиа худашон идора мекунанд.

## Affiliate kinds and statuses

kind-user_group = Гурӯҳи корбарон
# review: "chapter" of the Wikimedia movement
kind-chapter = Шуъба
kind-thematic_organization = Ташкилоти мавзӯӣ
kind-hub = Маркази минтақавӣ
status-recognized = Эътирофшуда
status-active = Фаъол
status-past_due = Ҳисобот дер мондааст
status-suspended = Боздошташуда
status-expired = Мӯҳлаташ тамом шуда
status-formerly_active = Қаблан фаъол

## Directory

directory-title = Ташкилотҳои вобаста ба Викимедиа
directory-intro = Гурӯҳҳои корбарон, шуъбаҳо, ташкилотҳои мавзӯӣ ва марказҳои минтақавӣ бо минтақаҳо ва забонҳое, ки дар онҳо фаъолият мекунанд.
directory-count = { $count ->
    [one] { $count } ташкилот
   *[other] { $count } ташкилот
}
directory-empty = Бо ин филтрҳо ягон ташкилот ёфт нашуд.
directory-serves-count = { $count ->
    [one] { $count } кишвар
   *[other] { $count } кишвар
}
directory-new = Илова кардани ташкилот
filter-region = Минтақа
filter-country = Кишвар
filter-language = Забон
filter-status = Ҳолат
filter-kind = Навъ
filter-any = Ҳама
filter-apply = Филтр кардан
filter-clear = Тоза кардани филтрҳо
filter-include-former = Ташкилотҳои қаблан фаъолро низ нишон додан
column-name = Ном
column-kind = Навъ
column-country = Ҷойгиршавӣ
column-regions = Минтақаи фаъолият
column-languages = Забонҳо
column-status = Ҳолат
pagination-previous = Қаблӣ
pagination-next = Баъдӣ
pagination-page = Саҳифаи { $page } аз { $pages }
former-title = Ташкилотҳои қаблан фаъол
former-intro = Ташкилотҳое, ки эътирофашон ба охир расидааст. Саҳифаҳо ва таърихи онҳо дар ин ҷо нигоҳ дошта мешаванд.

## Profile

profile-logo-alt = Нишонаи { $name }
profile-logo-source = Нишона дар Викианбор
field-slug = Суроға
field-kind = Навъ
field-status = Ҳолат
field-name = Ном
field-other-names = Бо забонҳои дигар
field-motto = Шиор
field-founders = Асосгузорон
field-key-people = Шахсони асосӣ
field-contact-people = Шахсони тамос
field-admins = Созмондиҳандагон бо ҳуқуқи таҳрир
field-location = Маҳал
field-country = Кишвар
field-country-code = Рамзи кишвар
field-regions = Минтақаҳои фаъолият
field-languages = Забонҳои расмӣ
field-founded = Таъсис
field-recognized = Эътироф
field-agreement = Мӯҳлати шартнома
field-mission = Рисолат
field-goals = Равишҳо ва ҳадафҳо
field-contacts = Тамос
field-email = Почтаи электронӣ
field-telegram = Телеграм
field-mailing-list = Рӯйхати почтавӣ
field-website = Вебсайт
field-membership-policy = Узвият
field-logo = Нишона
field-lang = Забони матнҳо
date-range = { $start } – { $end }
profile-telegram-link = Гурӯҳи Телеграм
profile-untranslated = Ҳанӯз тарҷума нашудааст; бо забони { $language } нишон дода мешавад.
profile-hubs = Ҷузъи
profile-edit = Таҳрири ин саҳифа
profile-history = Таърих
profile-back = Бозгашт ба саҳифа
profile-updated = Охирин тағйир: { $date }
profile-map-alt = Харитаи кишварҳои фаъолият: { $countries }
profile-map-none = Ягон кишвар зикр нашудааст.

## Regional hubs

hubs-title = Марказҳои минтақавӣ
hubs-intro = Марказҳои минтақавӣ ташкилотҳои як минтақаро муттаҳид мекунанд.
hub-affiliates = Ташкилотҳои ин марказ
hub-affiliate-count = { $count ->
    [one] { $count } ташкилот
   *[other] { $count } ташкилот
}
hub-map-title = Кишварҳое, ки ташкилотҳои ин марказ дар онҳо фаъолият мекунанд
hub-edit-affiliates = Ташкилотҳои ин марказ
hub-edit-affiliates-help = Ташкилотҳоеро интихоб кунед, ки ин марказ муттаҳид мекунад.

## History

history-title = Таърихи { $name }
history-empty = Ҳанӯз ягон тағйирот сабт нашудааст.
history-created = { $actor } ин саҳифаро эҷод кард.
history-updated = { $actor } инҳоро тағйир дод: { $fields }.
history-status = { $actor } ҳолатро аз «{ $from }» ба «{ $to }» иваз кард.
history-notice = Огоҳиномаи { $actor }: { $text }
history-hub-members = { $actor } ташкилотҳои ин марказро тағйир дод.
history-actor-system = Сангам
history-time = { $time } (UTC)

## Editing

edit-title = Таҳрири { $name }
new-title = Ташкилоти нав
edit-lang-help = Матнҳои зер бо ҳамин забонанд. Барои илова ё ислоҳи тарҷума забони дигарро интихоб карда, «Иваз кардани забон»-ро пахш кунед.
edit-lang-switch = Иваз кардани забон
edit-source = Матни аслӣ ({ $language }):
edit-codes-help = Рамзҳои кишварҳои ISO, бо вергул ё фосила ҷудо, масалан BD, IN, PK
edit-languages-help = Рамзҳои забон (BCP 47), бо вергул ё фосила ҷудо, масалан tg, ru, en
edit-people-help = Номҳои корбарии Викимедиа, дар ҳар сатр яктоӣ
edit-date-help = Сол, моҳ ё рӯз: 2022, 2022-12 ё 2022-12-08
edit-day-help = Рӯз: 2023-01-31
edit-logo-help = Номи файли тасвир дар Викианбор, масалан Wikimedia Community Logo.svg
edit-telegram-help = Пайванди t.me ё @номигурӯҳ
edit-goal = Ҳадафи { $n }
edit-goal-heading = Сарлавҳа
edit-goal-body = Матн
edit-goals-help = Барои нест кардани ҳадаф сарлавҳа ва матни онро холӣ гузоред.
edit-site-admin-only = Инро танҳо мудирони сомона тағйир дода метавонанд.
edit-save = Захира кардан
edit-cancel = Бекор кардан
edit-saved = Захира шуд.
edit-created = Ташкилот эҷод шуд.
form-errors = Лутфан майдонҳои қайдшударо ислоҳ кунед.
section-identity = Шиносоӣ
section-texts = Матнҳо
section-people = Одамон
section-place = Макон ва забонҳо
section-dates = Санаҳо
section-contacts = Тамос

## Signing in

signin-title = Воридшавӣ
signin-username = Номи корбарии Викимедиа
signin-password = Гузарвожа
signin-submit = Ворид шудан
signout-done = Шумо аз система баромадед.
signin-throttled-account = Кӯшишҳои ноком барои воридшавӣ ба ин ҳисоб аз ҳад зиёд шуданд. Баъд аз { $minutes ->
    [one] { $minutes } дақиқа
   *[other] { $minutes } дақиқа
} бори дигар кӯшиш кунед.
signin-throttled-address = Аз шабакаи шумо кӯшишҳои ноком барои воридшавӣ аз ҳад зиёд шуданд. Баъд аз { $minutes ->
    [one] { $minutes } дақиқа
   *[other] { $minutes } дақиқа
} бори дигар кӯшиш кунед.

## Account

account-title = Ҳисоби шумо
account-username = Номи корбарии Викимедиа
account-email = Почтаи электронӣ (шахсӣ: ба дигарон нишон дода намешавад)
account-preferred-lang = Забони интерфейс
account-lang-browser = Мувофиқи браузери ман
account-save = Захира кардан
account-saved = Танзимоти шумо захира шуд.
account-site-admin = Шумо мудири сомона ҳастед.
account-admin-of = Шумо созмондиҳандаи инҳо ҳастед:

## Errors

error-title = Чизе дуруст нест
error-not_found = Он чи шумо ҷустед, ёфт нашуд.
error-unauthenticated = Лутфан аввал ворид шавед.
error-bad_credentials = Номи корбарӣ ё гузарвожа нодуруст аст.
error-too_many_attempts = Кӯшишҳои ноком аз ҳад зиёданд. Баъд аз { $minutes ->
    [one] { $minutes } дақиқа
   *[other] { $minutes } дақиқа
} бори дигар кӯшиш кунед.
error-forbidden = Шумо иҷозати ин корро надоред.
error-site_admin_only = Инро танҳо мудирони сомона карда метавонанд.
error-not_affiliate_admin = Инро танҳо созмондиҳандагони ин ташкилот карда метавонанд.
error-session_expired = Мӯҳлати ҷаласаи шумо тамом шуд. Лутфан дубора ворид шавед.
error-csrf_failed = Мӯҳлати ин шакл гузаштааст ё он аз ин сомона нафиристода шудааст. Саҳифаро аз нав бор карда, боз кӯшиш кунед.
error-validation_failed = Баъзе майдонҳо ислоҳро талаб мекунанд.
error-slug_taken = Ин суроғаро ташкилоти дигар истифода мебарад.
error-edited_meanwhile = Ҳангоми таҳрири шумо шахси дигаре ин саҳифаро захира кард. Тағйироти шумо захира нашуд; онҳо дар шакл нишон дода шудаанд, то муқоиса карда, аз нав захира кунед.
error-account_exists = Ҳисоб бо ин номи корбарӣ аллакай вуҷуд дорад.
error-invalid_json = Матни дархост JSON-и дуруст нест: { $detail }
error-unsupported_media_type = Матни дархостро ҳамчун application/json фиристед.
error-payload_too_large = Дархост хеле калон аст.
error-method_not_allowed = Ин суроға чунин дархостро қабул намекунад.
error-bad_request = Дархост фаҳмо нест.
error-internal = Дар тарафи мо хатое рух дод. Лутфан баъдтар кӯшиш кунед.
error-back-home = Бозгашт ба феҳрист

## Field errors

field-error-required = Ин майдон ҳатмист.
field-error-too_long = Ҳадди аксар { $max } аломат.
field-error-too_many = Ҳадди аксар { $max } сабт.
field-error-bidi_control = Аломатҳои ноаёни самти матнро тоза кунед.
field-error-control_character = Аломатҳои ноаёни идоракуниро тоза кунед.
field-error-unknown_country = «{ $code }» рамзи кишвари ISO 3166-1 нест.
field-error-unknown_language = «{ $code }» забони маълум нест.
field-error-invalid_language = «{ $code }» нишони забон (BCP 47) нест, масалан tg ё zh-Hans.
field-error-invalid_date = Санаро ба шакли 2022, 2022-12 ё 2022-12-08 нависед.
field-error-impossible_date = Чунин сана вуҷуд надорад.
field-error-date_needs_day = Санаи пурра нависед, масалан 2022-12-08.
field-error-range_reversed = Анҷом пеш аз оғоз аст.
field-error-invalid_email = Ин суроғаи почтаи электронӣ нест.
field-error-invalid_url = Ин суроғаи веб нест, ки бо https:// оғоз шавад.
field-error-invalid_slug = Аз 2 то 64 ҳарфи хурди лотинӣ, рақам ва тиреҳои яккаса истифода баред.
field-error-reserved_slug = Ин суроға банд карда шудааст.
field-error-slug_taken = Ин суроғаро ташкилоти дигар истифода мебарад.
field-error-invalid_choice = Яке аз имконҳоро интихоб кунед.
field-error-invalid_file_name = Номи файли тасвирро дар Викианбор нависед, масалан Example.svg.
field-error-username_character = Номи корбарӣ наметавонад «{ $character }» дошта бошад.
field-error-password_too_short = Ақаллан { $min } аломат.
field-error-unknown_affiliate = Бо ин суроға ташкилот нест.
field-error-not_a_hub = Танҳо маркази минтақавӣ метавонад ташкилотҳои узв дошта бошад.

## Membership

members-title = Аъзоёни { $name }
members-heading = Аъзоён
members-count = { $count ->
    [one] { $count } аъзо
   *[other] { $count } аъзо
}
members-sort-date = Аз рӯи санаи пайвастан
members-sort-name = Аз рӯи ном
members-talk = баҳс
members-no-date = сана дода нашудааст
members-utc = (UTC)
members-signed-up = Пайваст
members-join = Пайвастан
members-sign-in-to-join = Барои пайвастан ворид шавед
members-you-are-member = Шумо аъзо ҳастед.
members-you-applied = Дархости шумо мунтазири баррасии созмондиҳандагон аст.
members-leave = Баромадан аз гурӯҳ
members-joined = Хуш омадед! Акнун шумо аъзо ҳастед.
members-applied = Ташаккур! Созмондиҳандагон дархости шуморо баррасӣ мекунанд.
members-left = Шумо аз гурӯҳ баромадед.
members-imported = Рӯйхат ворид карда шуд.
members-wikitext = Рӯйхати аъзоён бо викиматн барои Мета-Вики
members-organizers = Барои созмондиҳандагон
members-csv = Содирот ба CSV
members-import = Ворид кардани рӯйхати сабти номи вики
members-rules = Қоидаҳои узвият
members-pending = Дархостҳои мунтазир
members-pending-none = Ягон дархост мунтазир нест.
members-no-review = Ин гурӯҳ аъзоёнро бе баррасӣ қабул мекунад.
members-answers-hidden = Ҷавобҳоро танҳо созмондиҳандагони худи ин гурӯҳ мебинанд.
members-approve = Тасдиқ кардан
members-decline = Рад кардан
role-board = Узви раёсат
role-contact = Шахси тамос
role-founder = Асосгузор
membership-status-pending = мунтазири тасдиқ
membership-status-active = аъзо
membership-status-declined = радшуда
membership-status-left = баромадааст
account-memberships = Узвиятҳои шумо
account-no-memberships = Шумо ҳанӯз аъзои ягон гурӯҳ нестед.
join-title = Пайвастан ба { $name }
join-terms = Кӣ метавонад пайвандад
join-refused = Шумо ҳоло пайваста наметавонед:
join-kind = Шумо ҳамчун кӣ мепайвандед
join-kind-individual = шахси алоҳида
join-kind-institution = муассиса
join-age = Синну соли шумо
join-country = Кишвари шаҳрвандӣ ё истиқомат
join-institution = Номи муассиса
join-institution-help = Танҳо вақте ки шумо аз номи муассиса мепайвандед.
join-institution-country = Кишваре, ки муассиса дар он ба қайд гирифта шудааст
join-edit-count = Шумораи вироишҳои шумо дар Викимедиа
join-account-created = Ҳисоби Викимедиаи шумо кай сохта шудааст
join-unverified = мувофиқи гуфтаи шумо, тасдиқнашуда
join-unverified-help = Тавре ки шумо медонед; созмондиҳандагон метавонанд санҷанд.
join-answer = Ҷавоб
join-privacy = Ҷавобҳои шуморо танҳо шумо ва созмондиҳандагони ин гурӯҳ мебинанд.
join-apply = Дархост додан
rule-min_age = Синну соли аъзоён на камтар аз { $min } сол аст.
rule-countries = Аъзоён шаҳрвандон ё сокинони { $countries } мебошанд.
rule-institutions = Муассисаҳо низ метавонанд пайванданд.
rule-institution_countries = Муассисаҳое, ки дар { $countries } ба қайд гирифта шудаанд, метавонанд пайванданд.
rule-min_edits = Аъзоён дар лоиҳаҳои Викимедиа на камтар аз { $min } вироиш кардаанд.
rule-min_account_days = Ҳисобҳои Викимедиаи аъзоён на камтар аз { $days } рӯз пеш сохта шудаанд.
rule-review = Созмондиҳандагон ҳар дархостро баррасӣ мекунанд.
refusal-min_age = Барои пайвастан синну соли шумо бояд на камтар аз { $min } сол бошад.
refusal-age_missing = Лутфан синну соли худро нависед: аъзоён на камтар аз { $min } сола мебошанд.
refusal-country = Ин гурӯҳ барои шаҳрвандон ва сокинони { $countries } аст.
refusal-institutions_not_admitted = Ин гурӯҳ муассисаҳоро қабул намекунад.
refusal-institution_country = Танҳо муассисаҳое, ки дар { $countries } ба қайд гирифта шудаанд, метавонанд пайванданд.
refusal-min_edits = Аъзоён бояд дар лоиҳаҳои Викимедиа на камтар аз { $min } вироиш дошта бошанд.
refusal-min_account_age = Ҳисобҳои Викимедиаи аъзоён бояд на камтар аз { $days } рӯз пеш сохта шуда бошанд.
rules-title = Қоидаҳои узвияти { $name }
rules-review = Созмондиҳандагон дархостҳоро пеш аз қабул баррасӣ кунанд
rules-allow-institutions = Муассисаҳо низ метавонанд пайванданд
rules-min-age = Синну соли ҳадди ақал
rules-countries = Шаҳрвандон ё сокинони ин кишварҳо (барои ҳама холӣ гузоред)
rules-institution-countries = Муассисаҳое, ки дар ин кишварҳо ба қайд гирифта шудаанд
rules-institution-countries-help = Рамзҳои кишварҳои ISO; барои муассисаҳои ҳама ҷо холӣ гузоред.
rules-min-edits = Шумораи камтарини вироишҳо дар Викимедиа (ба гуфтаи довталаб)
rules-min-account-days = Синну соли камтарини ҳисоби Викимедиа, бо рӯз (ба гуфтаи довталаб)
rules-questions = Саволҳо ба довталабон
rules-questions-help = Барои нест кардани савол онро холӣ гузоред.
rules-question = Савол
rules-required = Ҷавоб ҳатмист
import-title = Ворид кардани рӯйхати сабти ном ба { $name }
import-help = Рӯйхати сабти номро аз саҳифаи Мета-Вики гузоред, чи тавре ки дар саҳифа намоён аст ё ҳамчун викиматн. Санаи имзои ҳар кас нигоҳ дошта мешавад. Пешнамоишро бинед, баъд ворид кунед.
import-text = Рӯйхат
import-preview = Пешнамоиш
import-apply = Ворид кардани ин аъзоён
import-problems = Сатрҳое, ки хонда нашуданд
import-line = Сатр
import-reason = Сабаб
import-already = аллакай аъзо
import-new = нав
import-fix-first = Сатрҳои хонданашавандаро ислоҳ ё нест кунед, баъд аз нав ворид кунед. Ҳеҷ чиз ворид нашуд.
import-summary = { $entries } сабт, аз онҳо { $new } нав; { $problems } сатр хонда нашуд; { $skipped } сатри дигар партофта шуд.
import-problem-no_name = Дар ин сатр ном нест.
import-problem-bad_name = Ин номи корбарии имконпазири Викимедиа нест.
import-problem-unreadable_date = Санаро хондан ғайриимкон аст.
import-problem-impossible_date = Чунин сана вуҷуд надорад.
import-problem-time_without_zone = Вақт минтақаи вақт (UTC) надорад.
history-by = { $actor }: { $what }
history-members-imported = { $count ->
    [one] аз рӯйхати сабти ном { $count } аъзоро ворид кард.
   *[other] аз рӯйхати сабти ном { $count } аъзоро ворид кард.
}
history-member-approved = { $actor } дархости { $member }-ро тасдиқ кард.
history-member-declined = { $actor } дархости { $member }-ро рад кард.
history-membership-rules = { $actor } қоидаҳои узвиятро тағйир дод.
error-already_member = Шумо аллакай аъзои ин гурӯҳ ҳастед ё дархости шумо мунтазир аст.
error-not_eligible = Шумо ба қоидаҳои узвияти ин гурӯҳ мувофиқ нестед.
field-error-impossible_age = Синну солро аз 5 то 120 нависед.
field-error-future_date = Ин сана дар оянда аст.
field-error-invalid_number = Адади бутун нависед.
field-error-unknown_question = Ин гурӯҳ чунин савол намедиҳад.
field-error-import_too_large = Рӯйхат аз 10 МБ калонтар аст.
field-error-import_empty = Рӯйхат холӣ аст.
field-error-import_utf16 = Файл бо UTF-16 аст. Онро бо UTF-8 захира карда, боз кӯшиш кунед.
field-error-import_binary = Ин матн нест.
field-error-import_not_utf8 = Матн бо UTF-8 нест (шояд рамзгузории кӯҳна). Онро бо UTF-8 захира карда, боз кӯшиш кунед.
field-error-import_unreadable_lines = Баъзе сатрҳо хонда нашуданд; ҳеҷ чиз ворид нашуд.

## Events and the activities calendar

calendar-heading = Фаъолиятҳо
calendar-title = Фаъолиятҳои { $name }
calendar-link = Тақвими фаъолиятҳо
calendar-feed = Обуна шудан (iCalendar)
calendar-wikitext = Викиматн барои Мета-Вики
calendar-years = Солҳо
calendar-all-years = Ҳамаи солҳо
calendar-empty = Ҳоло фаъолияте нест.
event-time-range-zone = { $start } – { $end } ({ $zone })
event-time-range-utc = { $start } – { $end } (UTC)
event-status-planned = Ба нақша гирифта шуда
event-status-ongoing = Идома дорад
event-status-done = Анҷом ёфт
event-status-cancelled = Бекор карда шуд
event-kind-edit-a-thon = Вироиштон
event-kind-workshop = Семинар
event-kind-training = Омӯзиш
event-kind-photowalk = Сайри аксбардорӣ
event-kind-upload-a-thon = Боргузориштон
event-kind-meetup = Вохӯрӣ
event-kind-contest = Озмун
event-kind-conference = Конфронс
event-kind-campaign = Маърака
event-kind-other = Дигар
event-mode-online = Онлайн
event-mode-in-person = Ҳузурӣ
event-mode-hybrid = Омехта
event-field-when = Кай
event-field-kind = Намуд
event-field-mode = Дар куҷо
event-field-venue = Макон
event-field-organizers = Ташкилкунандагон
event-field-hashtags = Ҳештегҳо
event-field-wikis = Викиҳо
event-feed = Ба тақвим илова кардан (iCalendar)

## Event errors

field-error-unknown_time_zone = “{ $zone }” минтақаи вақти маълум нест; номе монанди Asia/Dhaka нависед.
field-error-time_skipped = Дар ин минтақа соатҳо { $time }-ро мегузаронанд (вақти тобистона); вақти дигар интихоб кунед.
field-error-invalid_time = Вақтро ба шакли 18:30 нависед.
field-error-end_before_start = Анҷом бояд пас аз оғоз бошад.
field-error-invalid_coordinates = Арзи ҷуғрофӣ (−90 то 90) ва тӯли ҷуғрофӣ (−180 то 180)-ро диҳед, ё ҳеҷ кадомро.
field-error-venue_required = Чорабинии ҳузурӣ макон ё суроға мехоҳад.
field-error-online_has_no_place = Чорабинии онлайн координата надорад.
field-error-capacity_not_positive = Шумораи ҷойҳоро аз 1 то { $max } диҳед ё барои беҳудуд холӣ гузоред.
field-error-invalid_wiki = “{ $wiki }” суроғаи вики монанди bn.wikipedia.org нест.
field-error-invalid_hashtag = “{ $hashtag }” ҳештег нест (танҳо ҳарф, рақам ва _).
error-already_registered = Шумо аллакай барои ин чорабинӣ сабти ном шудаед.
error-registration_closed = Сабти ном барои ин чорабинӣ кушода нест.
error-registration_not_open_yet = Сабти ном барои ин чорабинӣ ҳанӯз оғоз нашудааст.
error-registration_ended = Сабти ном барои ин чорабинӣ баста шуд.
error-event_over = Ин чорабинӣ анҷом ёфтааст ё бекор шудааст.

## Event registration

event-registration = Сабти ном
event-seats = { $taken } аз { $capacity } ҷой банд аст.
event-seats-unlimited = { $taken } нафар сабти ном шудааст.
event-waiting = { $count } нафар дар интизор.
event-register = Сабти ном кардан
event-register-private = Номи маро дар рӯйхати умумии иштирокчиён нишон надиҳед
event-registered = Ҷойи шумо банд аст.
event-promoted = Ҷой холӣ шуд: шумо аз рӯйхати интизорӣ боло рафтед ва ҷой гирифтед.
event-waitlisted = Шумо дар рӯйхати интизорӣ рақами { $position } ҳастед.
event-cancel = Сабти номамро бекор кунед
event-sign-in-to-register = Барои сабти ном ворид шавед.
event-participants = Иштирокчиён
event-private = махфӣ
event-seat-registered = ҷой
event-seat-waitlisted = интизорӣ
event-seat-cancelled = бекор
event-meeting = Пайванди вохӯрӣ

## Event outcomes

outcomes-heading = Натиҷаҳо
outcome-participants = Иштирокчиён
outcome-new_editors = Муҳаррирони нав
outcome-articles_created = Мақолаҳои сохташуда
outcome-articles_improved = Мақолаҳои беҳтаршуда
outcome-uploads = Боргузорӣ ба Викианбор
outcome-notes = Қайдҳо
outcomes-save = Натиҷаҳоро нигоҳ доштан
calendar-totals = Натиҷаҳо аз рӯи сол
calendar-year = Сол
event-cancel-event = Ин чорабиниро бекор кунед
event-restore = Ин чорабиниро барқарор кунед
event-participants-csv = Иштирокчиён ва ҷавобҳо (CSV)
field-error-event_not_held = Натиҷаҳоро пас аз баргузории чорабинӣ сабт кардан мумкин аст.

## My events

account-events = Чорабиниҳои ман
account-no-events = Шумо барои ягон чорабинӣ сабти ном нашудаед.
account-feed-create = Суроғаи махфии тақвим созед
account-feed-explain = Суроғаи махфӣ барои барномаи тақвими шумо бо чорабиниҳое, ки сабти ном кардаед. Ҳар кас онро дошта бошад, онҳоро мебинад; суроғаи нав кӯҳнаро қатъ мекунад.
account-feed-url = Суроғаи махфии тақвими шумо (танҳо ҳозир нишон дода мешавад; онро ба барномаи тақвим нусха бардоред):

## Campaigns

nav-campaigns = Маъракаҳо
campaigns-title = Маъракаҳо
campaigns-empty = Ҳоло маърака нест.
campaign-edition-count = { $count } нашр
campaign-editions = Нашрҳо
campaign-taking-part = Иштирокчиён
event-field-campaign = Нашри
calendar-campaigns = Маъракаҳо
field-error-unknown_campaign = Маърака бо ин суроға нест.
error-campaign_slug_taken = Ин суроғаро маъракаи дигар истифода мебарад.
event-field-people = Ташкилкунандагон
event-field-languages = Забонҳо

## The event form

event-form-heading = Чорабинии нави { $name }
event-form-new = Чорабинии нав
event-form-what = Чӣ
event-form-when = Кай
event-form-where = Дар куҷо
event-form-more = Бештар
event-form-title = Унвон
event-form-all-day = Рӯзҳои пурра (танҳо сана)
event-form-start-date = Санаи оғоз
event-form-start-time = Вақти оғоз
event-form-end-date = Санаи анҷом
event-form-end-date-help = Холӣ: ҳамон рӯзи оғоз.
event-form-end-time = Вақти анҷом
event-form-time-zone = Минтақаи вақт
event-form-time-zone-help = Минтақае, ки вақтҳои боло дар он аст, масалан Asia/Dhaka. Хонандагон онҳоро дар минтақаи худ низ мебинанд.
event-form-address = Суроға
event-form-latitude = Арзи ҷуғрофӣ
event-form-longitude = Тӯли ҷуғрофӣ
event-form-capacity = Ҷойҳо (холӣ: бе маҳдудият)
event-form-questions = Саволҳо барои сабтиномшавандагон
event-form-questions-help = Дар ҳар сатр як савол; барои ҳатмӣ сатрро бо * оғоз кунед. Ҷавобҳоро танҳо ташкилкунандагон мебинанд.
event-form-organizers-help = Номҳои корбарии Викимедиа, дар ҳар сатр як.
event-form-description = Тавсиф
event-form-closes-date = Санаи қатъи сабти ном
event-form-closes-time = соати
event-form-registration-open = Сабти ном кушода аст
event-form-save = Чорабиниро созед

## Month grid

weekday-1 = Дш
weekday-2 = Сш
weekday-3 = Чш
weekday-4 = Пш
weekday-5 = Ҷм
weekday-6 = Шб
weekday-7 = Яш
calendar-view-list = Рӯйхат
calendar-view-grid = Ҷадвали моҳ
calendar-previous-month = Моҳи гузашта
calendar-next-month = Моҳи оянда
calendar-show-times-in = Вақтро инчунин дар минтақаи
calendar-show = Нишон додан
event-form-edit-heading = Тағйир додани { $title }
event-edit = Ин чорабиниро тағйир диҳед
event-undated = Сана ҳоло муайян нашудааст
calendar-proposed = Фаъолиятҳои пешниҳодшуда
event-form-proposed = Пешниҳодшуда, ҳоло бе сана
event-form-opens-date = Санаи оғози сабти ном

## Reports and the lifecycle

notice-reminder_30 = ёддошт: гузориш пас аз 30 рӯз бояд супорида шавад
notice-reminder_7 = ёддошт: гузориш пас аз 7 рӯз бояд супорида шавад
notice-past_due = огоҳинома: мӯҳлати гузориши ҳатмӣ гузашт, бо мӯҳлати охирин
notice-deadline = огоҳинома: мӯҳлати охирини гузориш пас аз як ҳафта
notice-expiry = огоҳинома: мӯҳлат гузашт ва эътироф ба охир расид
history-report-filed = гузориш супорида шуд
history-report-deferred = гузориш як сол мавқуф гузошта шуд

## Notice mail

mail-subject = { $affiliate }: { $what }
mail-report = Гузориш аз { $start } то { $end }-ро фаро мегирад ва мӯҳлаташ { $due } аст.
mail-body =
    Салом, { $name }!
    {""}
    Ин { $what } аст.
    { $report }
    {""}
    Гузоришро супоред ё вазъи гурӯҳи худро бинед:
    { $url }
    {""}
    — Sangam

## Reports pages

reports-heading = Ҳисоботҳо
reports-link = Ҳисоботҳои ҳатмӣ ва вазъи онҳо
reports-title = Ҳисоботҳои { $name }
reports-intro = Ҳисоботҳое, ки ин созмон барои ҳар давра бояд супорад, мӯҳлат ва вазъи ҳар кадом.
reports-none = Ҳоло ягон ҳисобот талаб карда намешавад. Онҳо ҳангоми оғози давраи созишнома ё соли молиявӣ пайдо мешаванд.
reports-standing = Вазъ: { $status }.
report-kind-activity = Ҳисоботи солонаи фаъолият
report-kind-financial = Ҳисоботи молиявӣ
report-period = { $start } – { $end }
report-col-report = Ҳисобот
report-col-period = Давра
report-col-due = Мӯҳлат
report-col-status = Ҳолат
report-status-upcoming = Дар пеш
report-status-due = Вақти супоридан
report-status-past_due = Мӯҳлаташ гузашт
report-status-filed = Супорида шуд
report-status-deferred = Мавқуф гузошта шуд
report-status-accepted = Қабул шуд
report-due-in = { $days ->
    [0] мӯҳлат имрӯз
   *[other] то мӯҳлат { $days } рӯз монд
}
report-overdue-by = { $days } рӯз дер шуд
report-in-grace = дар давраи имтиёзнок то { $date }
report-heading = { $report }, { $period }
report-due-on = мӯҳлат: { $date }
report-filed-on = { $date } супорида шуд.
report-filed-by = Супоранда: { $username }.
report-accepted-on = { $date } қабул шуд.
report-changes-asked = Мудири сомона тағйирот хост
report-deferred-because = Ба як сол мавқуф гузошта шуд: { $reason }.
deferment-reason-natural_disaster = офати табиӣ
deferment-reason-pandemic = пандемия
deferment-reason-war = ҷанг
deferment-reason-government_restriction = маҳдудияти давлатӣ
report-wikitext = Викиматн барои Мета-Вики
report-file-heading = Супоридани ин ҳисобот
report-builder-intro = Ин сиёҳнавис аз чорабиниҳо, натиҷаҳо, аъзоён ва тағйироти раёсат, ки дар ин ҷо барои давра сабт шудаанд, пур карда шуд. Онро таҳрир кунед, баъд супоред. Ҳисоботҳо дар Мета-Вики бо забони англисӣ навишта мешаванд.
report-builder-totals = Чорабиниҳо: { $events }, иштирокчиён: { $participants }, аъзоёни нав: { $joined }.
report-build = Ҳисоботро аз маълумоти мо тартиб додан
report-build-mine = бо забони ман
report-link-label = Пайванд ба ҳисобот (саҳифаи он дар Мета-Вики)
report-body-label = Ё ҳисоботро дар ин ҷо нависед
report-file = Супоридани ҳисобот
report-save-draft = Нигоҳ доштани сиёҳнавис
report-review-heading = Баррасӣ
report-review-accept = Қабули ҳисобот
report-review-note = Чӣ бояд тағйир ёбад
report-review-changes = Тағйирот хостан
report-defer = Ба як сол мавқуф гузоштан
report-defer-reason = Сабаб
report-defer-note = Чӣ рӯй дод
report-decide-title = Мӯҳлат гузашт: қарори мудир
report-decide-intro = Эътироф ба охир расид, зеро ҳисобот пас аз мӯҳлати ниҳоӣ ҳам нарасид. Созмонро барои давраи нави созишнома аз нав эътироф кунед ё ба рӯйхати қаблан фаъолҳо гузаронед.
report-field-start = Рӯзи аввал
report-field-end = Рӯзи охир
report-field-due = Мӯҳлати супоридан
report-decide-recognize = Аз нав эътироф кардан
report-decide-former = Ба қаблан фаъолҳо гузаронидан
report-add-period = Илова кардани давраи ҳисобот
history-report-reviewed = ҳисобот баррасӣ шуд
history-report-period = давраи ҳисобот илова шуд

## Compliance dashboard

compliance-title = Риояи талабот
compliance-intro = Вазъи ҳар созмон: ҳолат, ҳисоботи навбатӣ, чӣ қадар дер шудааст, огоҳиномаи охирин ва номаҳои фиристоданашуда.
compliance-col-affiliate = Созмон
compliance-col-status = Ҳолат
compliance-col-next = Ҳисоботи навбатӣ
compliance-col-overdue = Рӯзҳои дермонӣ
compliance-col-notice = Огоҳиномаи охирин
compliance-col-mail = Мушкилоти почта
compliance-filter-overdue = Танҳо дермондаҳо
compliance-filter-mail = Танҳо бо мушкилоти почта
compliance-mail-failed = Фиристода нашуд: { $count }. { $error }

## The annual report builder's draft

report-draft-summary-heading = Хулоса
report-draft-summary = { $name } аз { $start } то { $end } { $events } чорабинӣ гузаронд.
report-draft-totals = Ба { $reported } чорабинии натиҷаҳояшон сабтшуда { $participants } иштирокчӣ ва { $new_editors } муҳаррири нав омаданд; { $articles_created } мақола эҷод, { $articles_improved } беҳтар ва { $uploads } парванда бор карда шуд.
report-draft-events-heading = Чорабиниҳо
report-draft-no-events = Барои ин давра дар ин ҷо ягон чорабинӣ сабт нашудааст.
report-draft-members-heading = Аъзоён
report-draft-members = { $joined } нафар ҳамроҳ шуданд; дар охири давра гурӯҳ { $total } аъзо дошт.
report-draft-board-heading = Раёсат
report-draft-board = Аъзоёни раёсат: { $names }.
report-draft-board-changes = Раёсат дар ин рӯзҳо тағйир ёфт: { $dates }.
report-draft-plans-heading = Сабақҳо ва нақшаҳо
report-draft-plans = (Дар ин ҷо нависед, ки чӣ хуб шуд, чӣ душвор буд ва минбаъд чӣ мешавад.)

## Report errors

field-error-report_missing = Пайванди ҳисоботро диҳед ё онро дар ин ҷо нависед.
field-error-report_link_or_text = Пайванд диҳед ё ҳисоботро нависед, на ҳардуро.
field-error-review_note_required = Нависед, ки чӣ бояд тағйир ёбад.
field-error-deferment_reason_required = Сабаби мавқуф гузоштанро интихоб кунед.
field-error-period_overlaps = Ин давра бо давраи { $start } – { $end } рост меояд.
field-error-period_too_long = Давраи ҳисобот на зиёда аз ду сол аст.
field-error-due_before_end = Мӯҳлати супоридан пеш аз анҷоми давра аст.
error-report_accepted = Ин ҳисобот аллакай қабул шудааст.
error-report_not_filed = Танҳо ҳисоботи супоридашуда ва ҳанӯз қабулнашударо баррасӣ кардан мумкин аст.
error-report_filed = Ин ҳисобот аллакай супорида шудааст.
error-report_deferred = Ин ҳисобот аллакай мавқуф гузошта шудааст.
error-not_expired = Ин қарорро танҳо созмоне интизор аст, ки мӯҳлати эътирофаш гузаштааст.
error-period_overlaps = Ин давра бо давраи дигар рост меояд.

## Elections: refusals

error-nominations_closed = Пешниҳоди номзадҳо барои ин интихобот ҳоло кушода нест.
error-already_nominated = Ин шахс аллакай пешниҳод шудааст.
error-voting_not_open = Овоздиҳӣ ҳанӯз оғоз нашудааст.
error-voting_closed = Овоздиҳӣ ба охир расид.
error-not_eligible_voter = Шумо дар рӯйхати интихобкунандагони ин интихобот нестед: он барои аъзоёнест, ки то санаи муайян пайвастаанд.
error-voting_not_closed = Овозҳо пас аз анҷоми овоздиҳӣ ҳисоб карда мешаванд.
field-error-not_eligible_candidate = Танҳо аъзоёне, ки то санаи муайян пайвастаанд, номзад шуда метавонанд.
field-error-ballot_method = Ин бюллетен ба навъи ин интихобот мувофиқ нест.
field-error-ballot_empty = Ақаллан як номзадро бо тартиб нишон диҳед.
field-error-ballot_unknown_candidate = Дар ин бюллетен касе ҳаст, ки номзад нест.
field-error-ballot_repeated_candidate = Дар ин бюллетен як номзад ду бор омадааст.
field-error-ballot_stances = Барои ҳар номзад дастгирӣ, бетарафӣ ё муқобилатро интихоб кунед.
field-error-receipt_required = Шумо аллакай овоз додаед: барои иваз кардан рамзи квитансияи бюллетени худро нависед.
field-error-receipt_unknown = Бюллетене бо ин рамзи квитансия нест.
field-error-seats_range = Шумораи ҷойҳоро аз 1 то { $max } нависед.
field-error-invalid_instant = Вақтро ҳамчун 2027-03-01 ё 2027-03-01T09:00:00Z нависед.
field-error-voting_before_nominations_close = Овоздиҳӣ танҳо пас аз баста шудани пешниҳоди номзадҳо кушода мешавад.

## The board on the profile

board-heading = Раёсат
board-now = Ҳоло аъзо: { $names } (то { $end }).
board-phase = Аз соли { $year }-уми гурӯҳ: { $seats } ҷой, мӯҳлат { $months } моҳ, { $how }.
board-chosen-founders = аз ҷониби муассисон интихоб мешавад
board-chosen-election = аз ҷониби аъзоён интихоб мешавад
board-before = { $names }, { $start } – { $end }

## Election pages

elections-title = Интихоботи { $name }
elections-none = Ҳанӯз интихобот нест.
election-phase-upcoming = Дар пеш
election-phase-nominating = Пешниҳоди номзадҳо кушода аст
election-phase-waiting = Пешниҳод баста шуд; овоздиҳӣ ба наздикӣ
election-phase-voting = Овоздиҳӣ идома дорад
election-phase-closed = Анҷомёфта
election-voting-dates = Овоздиҳӣ: { $start } – { $end }
election-nomination-dates = Пешниҳоди номзадҳо: { $start } – { $end }
election-seats = Ҷойҳо: { $seats }
election-choice = Интихоби { $rank }
election-round-elected = Интихоб шуданд: { $names }.
election-round-eliminated = Хориҷ шуданд: { $names }.
election-turnout = { $count ->
    [one] Як аъзо овоз дод.
   *[other] { $count } аъзо овоз доданд.
}
election-method-meek = Ҳар қадар номзадро, ки хоҳед, бо тартиб нишон диҳед, аввал беҳтаринро. Ҳисоб бо усули Meek STV ва квотаи Droop, мисли интихоботи Шӯрои Викимедиа.
election-method-approval = Ҳамаи номзадҳоеро, ки дастгирӣ мекунед, тасдиқ кунед; бештар тасдиқшудаҳо ғолиб мешаванд.
election-method-plurality = Як номзадро интихоб кунед; соҳиби бештари овозҳо ғолиб аст.
election-method-support_oppose = Ба ҳар номзад дастгирӣ, бетарафӣ ё муқобилат диҳед; тартиб аз рӯи дастгирӣ ÷ (дастгирӣ + муқобилат).
election-receipt-found = Бюллетени шумо ҳисоб шудааст.
election-receipt-missing = Дар ҳисоб бюллетене бо ин рамз нест.
election-receipt-heading = Рамзи квитансияи шумо
election-receipt-keep = Ин рамзро нигоҳ доред. Он ба номи шумо ҳеҷ ҷо пайваст нест: бо он шумо метавонед санҷед, ки бюллетенатон ҳисоб шудааст, ва то анҷоми овоздиҳӣ овозатонро иваз кунед. Касе онро дубора дода наметавонад.
election-candidates = Номзадҳо
election-no-candidates = Ҳанӯз номзад нест.
election-withdrawn = баргашт
election-statement = Изҳороти шумо (чаро аъзоён бояд шуморо интихоб кунанд)
election-stand = Номзад шудан
election-ballot = Бюллетени шумо
election-support = Дастгирӣ
election-neutral = Бетараф
election-oppose = Муқобил
election-change-receipt = Барои иваз кардани овоз, рамзи квитансияи бюллетенатон
election-change-vote = Иваз кардани овози ман
election-vote = Овоз додан
election-result = Натиҷа
election-elected = Интихобшудагон:
election-round = Давр
election-quota = Квота
election-blt = Бюллетенҳо ҳамчун файли BLT (бо ҳар барномаи STV аз нав ҳисоб кунед)
election-ballots = Бюллетенҳои нашршуда
election-check-receipt = Санҷиши рамзи квитансия
election-check = Санҷидан
elections-link = Интихобот
election-surplus = Изофа
election-keep-factor = Ҳиссаи нигоҳдошт
election-rounds-intro = Дар ҳар давр: квота, овозҳои ҳар номзад (ҳиссае, ки номзади интихобшуда аз ҳар овози расида нигоҳ медорад, × ҳиссаи нигоҳдошт), изофа аз квота ва кӣ интихоб ё хориҷ шуд.

## Setting up an election

election-new = Интихоботи нав
election-field-method = Усули ҳисоб
election-field-title = Унвон
election-field-seats = Ҷойҳо
election-field-nominations_open = Оғози пешниҳод
election-field-nominations_close = Анҷоми пешниҳод
election-field-voting_open = Оғози овоздиҳӣ
election-field-voting_close = Анҷоми овоздиҳӣ
election-field-voters_joined_before = Интихобкунандагон: пайвастагон то
election-field-voters_min_edits = Ҳадди ақали вироишҳои интихобкунанда (ихтиёрӣ)
election-field-candidates_joined_before = Номзадҳо: пайвастагон то (агар холӣ бошад, санаи интихобкунандагон)
election-field-term_start = Оғози мӯҳлат
election-field-term_end = Анҷоми мӯҳлат
election-method-name-meek = Бо тартиб, Meek STV
election-method-name-approval = Тасдиқ
election-method-name-plurality = Як интихоб
election-method-name-support_oppose = Дастгирӣ, бетараф ё муқобил
election-awaiting = Интизори розигии онҳо:
election-accept = Пешниҳодро қабул кардан
election-withdraw = Баргаштан
election-nominee = Аъзои дигарро пешниҳод кунед (номи корбарии ӯ; барои худ номзад шудан холӣ гузоред)
election-statement-edit = Ин изҳоротро нависед ё тарҷума кунед
election-statement-lang = Забон (рамзе монанди en, bn ё ur)
election-statement-save = Изҳоротро нигоҳ доред
election-statement-outdated = Ин тарҷума аз нусхаи пешинаи изҳорот карда шудааст.
error-statement_source_nominee_only = Изҳоротро бо забоне, ки навишта шудааст, танҳо худи номзад иваз карда метавонад; тарҷумаро ба забони дигар илова кунед.
field-error-duplicate = Ин ду бор омадааст.
field-error-presenter_one_of = Барои ҳар муаррифкунанда ё номи корбар ё номи меҳмонро нависед.
field-error-session_minutes_range = Ҷаласа аз 5 то { $max } дақиқа давом мекунад.
field-error-language_not_offered = Даъват ин забонро пешниҳод намекунад.
field-error-presenter_unknown = Бо ин номи корбар ҳисоб нест; ӯро ҳамчун меҳмон нависед.
field-error-signature_without_date = Як имзо сана надорад; бо чор тилда (~~~~) имзо кунед.
error-cfp_not_open = Даъват барои пешниҳодҳо ҳанӯз кушода нашудааст.
error-cfp_closed = Даъват барои пешниҳодҳо баста шудааст.
error-proposal_not_editable = Ин пешниҳодро дигар тағйир додан мумкин нест.
error-not_proposer = Инро танҳо муаррифкунандагони пешниҳод карда метавонанд.
error-proposal_withdrawn = Ин пешниҳод бозпас гирифта шудааст.
conf-proposals-title = Пешниҳодҳо барои { $title }
conf-new-title = Пешниҳод барои { $title }
conf-cfp-upcoming = Даъват барои пешниҳодҳо { $date } кушода мешавад.
conf-cfp-open = Даъват барои пешниҳодҳо то { $date } кушода аст.
conf-cfp-closed = Даъват барои пешниҳодҳо { $date } баста шуд.
conf-minutes = { $minutes } дақиқа
conf-session-types = Намудҳои ҷаласа
conf-languages = Забонҳо
conf-interpretation = Тарҷумаи шифоҳӣ байни ин забонҳо ташкил карда мешавад.
conf-interested-count = { $count } нафар шавқманд
conf-new = Пешниҳод фиристодан
conf-none = Ҳанӯз пешниҳод нест.
conf-status-submitted = Дар интизори баррасӣ
conf-status-withdrawn = Бозпас гирифта шуд
conf-status-accepted = Қабул шуд
conf-status-waitlisted = Дар рӯйхати интизорӣ
conf-status-rejected = Қабул нашуд
conf-field-presenters = Муаррифкунандагон бо ҳисоб (номҳои корбарӣ, ҳар кадом дар як сатр)
conf-field-guests = Муаррифкунандагони бе ҳисоб (номҳо, ҳар кадом дар як сатр)
conf-field-contact_email = Суроғаи почтаи электронӣ (ихтиёрӣ; танҳо созмондиҳандагон ва муаррифкунандагон мебинанд)
conf-field-affiliation = Вобастагӣ
conf-field-title = Сарлавҳа
conf-field-lang = Забон
conf-field-language_note = Тарзи истифодаи забон (ихтиёрӣ)
conf-field-session_type = Намуд
conf-field-minutes = Вақти лозимӣ, бо дақиқа (барои давомоти муқаррарии намуд холӣ гузоред)
conf-field-track = Самт
conf-field-plan = Нақшаи худро муфассал нависед
conf-field-support = Дастгирие, ки ба шумо лозим аст
conf-field-benefit = Ин ҷаласа ба ҷомеаҳо чӣ фоида мерасонад?
conf-submit = Пешниҳодро фиристед
conf-save = Тағйиротро нигоҳ доред
conf-presenters = Муаррифкунандагон
conf-time-needed = Вақти лозимӣ
conf-submitted-by = { $name } { $date } фиристод
conf-contact = Маълумоти тамос
conf-topic = Мавзӯъ
conf-edit = Пешниҳодро тағйир диҳед
conf-withdraw = Пешниҳодро бозпас гиред
conf-interested = Иштирокчиёни шавқманд
conf-interested-none = Ҳанӯз касе имзо накардааст.
conf-interest-add = Ман шавқманд ҳастам
conf-interest-remove = Шавқи маро бардоред
event-proposals = Даъват барои пешниҳодҳо ва барнома
conf-mail-subject = { $title }: { $decision }
conf-mail-body =
    Салом, { $name }!
    {""}
    Созмондиҳандагон дар бораи пешниҳоди шумо «{ $title }» қарор қабул карданд: { $decision }.
    {""}
    { $note }
    {""}
    Пешниҳодро бинед:
    { $url }
    {""}
    — Sangam
error-not_reviewer = Инро танҳо баррасикунандагони конфронс карда метавонанд.
error-own_proposal = Баррасикунандагон пешниҳоди фиристода ё муаррифкардаи худро баррасӣ намекунанд.
field-error-score_count = Барои ҳар яке аз { $count } меъёр як баҳо диҳед.
field-error-score_out_of_scale = Баҳоҳо аз 0 то { $max } мебошанд.
field-error-weight_range = Вазн адади аз 0 зиёд ва на бештар аз 100 аст.
field-error-too_large = На бештар аз { $max }.
error-room_taken = Дар ин вақт дар ин толор ҷаласаи дигар ҳаст.
error-presenter_busy = Яке аз муаррифкунандагони ин ҷаласа дар ин вақт дар ҷаласаи дигар аст.
error-proposal_not_accepted = Ба барнома танҳо ҷаласаҳои қабулшуда дохил мешаванд.
field-error-session_longer_than_slots = Ин ҷаласа аз ҳар фосилаи вақт дарозтар аст.
field-error-outside_slots = Ҷаласаро дар дохили яке аз фосилаҳои вақти конфронс гузоред.
conf-programme-title = Барномаи { $title }
conf-programme-zone = Вақт аз рӯи { $zone }.
conf-programme-empty = Дар барнома ҳанӯз ҷаласа нест.
conf-programme = Барнома
conf-when-where = Дар барнома:
conf-add-to-calendar = Ба тақвими ман илова кунед
sch-title = Стипендияҳо: { $title }
sch-review-title = Дархостҳои стипендия: { $title }
sch-upcoming = Қабули дархостҳо { $date } оғоз мешавад.
sch-open = Дархостҳо то { $date } қабул мешаванд.
sch-closed = Қабули дархостҳо { $date } анҷом ёфт.
sch-phase = Марҳила
sch-phase-open = Қабули дархостҳо
sch-phase-eligibility = Санҷиши мутобиқат
sch-phase-scoring = Баҳодиҳӣ
sch-phase-decision = Қарор
sch-phase-published = Қарорҳо нашр шуданд
sch-advance-eligibility = Қабулро бастан ва мутобиқатро санҷидан
sch-advance-scoring = Баҳодиҳиро оғоз кардан
sch-advance-decision = Баҳодиҳиро бастан ва қарор қабул кардан
sch-advance-published = Қарорҳоро нашр кардан ва ба довталабон нома фиристодан
sch-criteria = Баррасикунандагон { $criteria }-ро аз 0 то { $max } баҳо медиҳанд.
sch-field-region = Кишвар ё минтақа
sch-field-history = Конфронсҳо ва дархостҳои пешинаи стипендия (масалан, «Ман дар солҳои 2019 ва 2023 дархост дода будам»)
sch-field-contributions = Саҳми шумо дар викиҳо ва ҷомеа
sch-field-motivation = Чаро мехоҳед иштирок кунед?
sch-field-need = Дастгирии лозимӣ
sch-need-full = Стипендияи пурра (сафар, истиқомат ва бақайдгирӣ)
sch-need-partial = Стипендияи қисман
sch-apply = Дархости маро фиристед
sch-save = Нигоҳ доштан
sch-sign-in = Барои дархост додан ворид шавед.
sch-yours = Дархости шумо
sch-sent = { $date } фиристода шуд.
sch-decision = Қарор
sch-decision-full = Стипендияи пурра
sch-decision-partial = Стипендияи қисман
sch-decision-waitlist = Дар рӯйхати интизорӣ
sch-decision-declined = Дода нашуд
sch-decision-message = Паём ба довталаб
sch-your-scores = Баҳоҳои шумо
sch-your-score = Баҳои шумо
sch-reviewer-n = Баррасикунанда { $n }
sch-reviewer = Баррасикунанда
sch-weighted = Вазндор
sch-score = Баҳои миёна
sch-cutoff = Баҳои пасттарини стипендиягирон
sch-spread = Фарқи баррасикунандагон
sch-comment = Шарҳ
sch-score-it = Ин дархостро баҳо диҳед
sch-flag = Аломат
sch-flag-none = Бе аломат
sch-flag-spam = Спам
sch-flag-ineligible = Мутобиқ нест
sch-flag-note = Сабаб
sch-review-link = Баррасии дархостҳо
sch-back-to-event = Бозгашт ба чорабинӣ
sch-back-to-round = Бозгашт ба стипендияҳо
sch-none = Ҳоло дархост нест.
sch-applicant = Довталаб
sch-email = Почтаи электронӣ
sch-reviewers = Баррасикунандагон (номҳои корбарӣ, дар ҳар сатр яке)
sch-application-of = Дархости стипендияи { $name }
event-scholarship = Стипендияҳо
sch-mail-subject = { $conference }: стипендия — { $decision }
sch-mail-body =
    Салом, { $name }!
    {""}
    Қарорҳо дар бораи стипендияҳои { $conference } нашр шуданд. Қарори шумо: { $decision }.
    {""}
    { $note }
    {""}
    Баҳоҳои шумо ва ҳадди ақал дар саҳифаи стипендияҳо:
    { $url }
    {""}
    — Sangam
error-scholarship_not_open = Қабули дархостҳо барои ин стипендия ҳанӯз оғоз нашудааст.
error-scholarship_closed = Қабули дархостҳо барои ин стипендия анҷом ёфт.
error-round_under_way = Марҳилаи дархостҳо гузашт; акнун тағйир додан мумкин нест.
error-applications_undecided = Баъзе дархостҳо ҳанӯз қарор надоранд.
error-wrong_phase = Ҳоло марҳилаи ин кор нест.
error-own_application = Баррасикунандагон дархости худро баҳо намедиҳанд ва аломат намегузоранд.
error-application_flagged = Ин дархост аломатгузорӣ шудааст: баҳо дода намешавад ва танҳо рад кардан мумкин аст.
error-application_private = Ин дархостро танҳо довталаб, баррасикунандагон ва ташкилкунандагон дида метавонанд.
field-error-phase_order = Марҳилаҳо як-як пеш мераванд.
conf-call-title = Қабули пешниҳодҳо: { $title }
conf-save-call = Нигоҳ доштани қабул
conf-field-opens = Оғоз (сана, ё сана ва вақт бо UTC, масалан 2027-03-01T00:00:00Z)
conf-field-closes = Анҷом (сана, ё сана ва вақт бо UTC)
conf-field-session_types = Навъҳои ҷаласа, дар ҳар сатр яке: калид | ном | дақиқа
conf-field-tracks = Самтҳо, дар ҳар сатр яке (ихтиёрӣ)
conf-field-languages = Забонҳои ҷаласаҳо (рамзҳо ба монанди en hi bn, бо фосила ҷудо)
conf-field-questions = Саволҳои худатон, дар ҳар сатр яке (барои ҳатмӣ кардан дар охир * гузоред)
conf-field-criteria = Баррасикунандагон чиро баҳо медиҳанд, дар ҳар сатр яке: ном | вазн
conf-field-score_max = Баҳои баландтарин (баҳоҳо аз 0 сар мешаванд)
conf-link-call = Танзими қабули пешниҳодҳо
conf-link-reviews = Баррасии пешниҳодҳо
conf-link-schedule = Толорҳо ва вақтҳо
sch-link-round = Танзими даври стипендия
sch-edit-title = Даври стипендияи { $title }
sch-save-round = Нигоҳ доштани давр
conf-reviews-title = Баррасии пешниҳодҳо: { $title }
conf-status = Ҳолат
conf-reviews = Баррасиҳо
conf-review-it = Ин пешниҳодро баррасӣ кунед
conf-decision-message = Паём ба маърӯзачиён (бо қарор тавассути почта фиристода мешавад)
conf-place = Ба барнома гузоштан
conf-room = Толор
conf-start = Оғоз
conf-schedule-title = Толорҳо ва вақтҳои { $title }
conf-rooms = Толорҳо
conf-room-name = Номи толор
conf-add-room = Илова кардани толор
conf-slots = Фосилаҳои вақт
conf-slots-help = Дар ҳар сатр яке, оғоз – анҷом, бо минтақаи вақти конфронс, масалан 2027-08-01T10:00 – 2027-08-01T13:00
conf-accepted-sessions = Ҷаласаҳои қабулшуда
conf-not-placed = ҳанӯз дар барнома нест

election-counting = Овозҳо шумурда мешаванд. Пас аз як дақиқа саҳифаро аз нав бор кунед.
election-count-failed = Ҳисоб дар доираи маҳдудиятҳои ин сервер ба охир нарасид, бинобар ин ҳоло натиҷа нест. Ба ташкилкунандагон хабар дода шуд.
election-count-failed-organizer = Маъмури сайт метавонад ба ҳисоб вақт ё хотираи бештар диҳад (count_seconds, count_memory_mb дар танзимот); баъд дар ин ҷо аз нав шумуред.
election-recount = Аз нав шумурдан
error-nothing_to_recount = Ҳисоби боздошташудае нест, ки аз нав оғоз шавад.
history-count-failed = Ҳисоби интихоботи «{ $title }» дар доираи маҳдудиятҳои ин сервер ба охир нарасид.
