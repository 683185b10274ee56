### Sangam: қазақ тілі (Kazakh). Source comments are in locales/en/sangam.ftl.
### Strings marked "review" want a check by a native speaker.

## Page frame

site-name = Сангам
site-tagline = Викимедиа серіктес ұйымдарының қауымдастық орталығы
skip-to-content = Мазмұнға өту
nav-directory = Ұйымдар
nav-hubs = Аймақтық хабтар
nav-former = Бұрын белсенді
nav-sign-in = Кіру
nav-sign-out = Шығу
nav-signed-in-as = { $username } ретінде кірдіңіз
nav-account = Тіркелгіңіз
lang-switcher-label = Тіл
footer-api = API (OpenAPI) сипаттамасы
footer-about = Сангам — Викимедиа қауымдастықтары өздері іске қосатын еркін бағдарламалық жасақтама.

## Affiliate kinds and statuses

kind-user_group = Қатысушылар тобы
# review: "chapter" of the Wikimedia movement
kind-chapter = Бөлімше
kind-thematic_organization = Тақырыптық ұйым
kind-hub = Аймақтық хаб
status-recognized = Танылған
status-active = Белсенді
status-past_due = Есеп мерзімі өтті
status-suspended = Тоқтатылған
status-expired = Мерзімі бітті
status-formerly_active = Бұрын белсенді

## Directory

directory-title = Викимедиа серіктес ұйымдары
directory-intro = Қатысушылар топтары, бөлімшелер, тақырыптық ұйымдар мен аймақтық хабтар — олар жұмыс істейтін аймақтар мен тілдерімен.
directory-count = { $count ->
    [one] { $count } ұйым
   *[other] { $count } ұйым
}
directory-empty = Бұл сүзгілерге сай ұйым жоқ.
directory-serves-count = { $count ->
    [one] { $count } ел
   *[other] { $count } ел
}
directory-new = Ұйым қосу
filter-region = Аймақ
filter-country = Ел
filter-language = Тіл
filter-status = Мәртебе
filter-kind = Түрі
filter-any = Кез келген
filter-apply = Сүзу
filter-clear = Сүзгілерді тазарту
filter-include-former = Бұрын белсенді ұйымдарды да көрсету
column-name = Атауы
column-kind = Түрі
column-country = Орналасқан жері
column-regions = Жұмыс аймағы
column-languages = Тілдер
column-status = Мәртебе
pagination-previous = Алдыңғы
pagination-next = Келесі
pagination-page = { $pages } беттің { $page }-беті
former-title = Бұрын белсенді ұйымдар
former-intro = Танылуы аяқталған ұйымдар. Олардың беттері мен тарихы осында сақталады.

## Profile

profile-logo-alt = { $name } логотипі
profile-logo-source = Викимедиа Ортаққорындағы логотип
field-slug = Мекенжай
field-kind = Түрі
field-status = Мәртебе
field-name = Атауы
field-other-names = Басқа тілдерде
field-motto = Ұраны
field-founders = Негізін қалаушылар
field-key-people = Негізгі тұлғалар
field-contact-people = Байланыс тұлғалары
field-admins = Өңдеу құқығы бар ұйымдастырушылар
field-location = Орналасқан жері
field-country = Ел
field-country-code = Ел коды
field-regions = Жұмыс аймақтары
field-languages = Ресми тілдер
field-founded = Құрылған
field-recognized = Танылған
field-agreement = Келісім мерзімі
field-mission = Миссиясы
field-goals = Тәсілдер мен мақсаттар
field-contacts = Байланыс
field-email = Эл. пошта
field-telegram = Телеграм
field-mailing-list = Тарату тізімі
field-website = Веб-сайт
field-membership-policy = Мүшелік
field-logo = Логотип
field-lang = Мәтіндер тілі
date-range = { $start } – { $end }
profile-telegram-link = Телеграм тобы
profile-untranslated = Әлі аударылмаған; { $language } тілінде көрсетілген.
profile-hubs = Құрамына кіреді
profile-edit = Бетті өңдеу
profile-history = Тарих
profile-back = Бетке оралу
profile-updated = Соңғы өзгеріс: { $date }
profile-map-alt = Жұмыс істейтін елдер картасы: { $countries }
profile-map-none = Елдер көрсетілмеген.

## Regional hubs

hubs-title = Аймақтық хабтар
hubs-intro = Аймақтық хабтар бір аймақтың ұйымдарын біріктіреді.
hub-affiliates = Осы хабтың ұйымдары
hub-affiliate-count = { $count ->
    [one] { $count } ұйым
   *[other] { $count } ұйым
}
hub-map-title = Осы хаб ұйымдары жұмыс істейтін елдер
hub-edit-affiliates = Осы хабтың ұйымдары
hub-edit-affiliates-help = Осы хаб біріктіретін ұйымдарды таңдаңыз.

## History

history-title = { $name }: тарих
history-empty = Әзірге өзгерістер тіркелмеген.
history-created = { $actor } бұл бетті жасады.
history-updated = { $actor } өзгертті: { $fields }.
history-status = { $actor } мәртебені «{ $from }» орнына «{ $to }» етіп өзгертті.
history-notice = { $actor } хабарламасы: { $text }
history-hub-members = { $actor } осы хабтың ұйымдарын өзгертті.
history-actor-system = Сангам
history-time = { $time } (UTC)

## Editing

edit-title = Өңдеу: { $name }
new-title = Жаңа ұйым
edit-lang-help = Төмендегі мәтіндер осы тілде. Аударма қосу не түзету үшін басқа тілді таңдап, «Тілді ауыстыру» батырмасын басыңыз.
edit-lang-switch = Тілді ауыстыру
edit-source = Түпнұсқа мәтін ({ $language }):
edit-codes-help = ISO ел кодтары, үтір не бос орын арқылы, мысалы BD, IN, PK
edit-languages-help = Тіл кодтары (BCP 47), үтір не бос орын арқылы, мысалы tg, ru, en
edit-people-help = Викимедиа қатысушы аттары, әр жолға біреуден
edit-date-help = Жыл, ай немесе күн: 2022, 2022-12 немесе 2022-12-08
edit-day-help = Күн: 2023-01-31
edit-logo-help = Викимедиа Ортаққорындағы сурет файлының атауы, мысалы Wikimedia Community Logo.svg
edit-telegram-help = t.me сілтемесі не @топатауы
edit-goal = { $n }-мақсат
edit-goal-heading = Тақырып
edit-goal-body = Мәтін
edit-goals-help = Мақсатты жою үшін оның тақырыбы мен мәтінін бос қалдырыңыз.
edit-site-admin-only = Мұны тек сайт әкімшілері өзгерте алады.
edit-save = Сақтау
edit-cancel = Болдырмау
edit-saved = Сақталды.
edit-created = Ұйым құрылды.
form-errors = Белгіленген өрістерді түзетіңіз.
section-identity = Негізгі мәлімет
section-texts = Мәтіндер
section-people = Адамдар
section-place = Орны мен тілдері
section-dates = Күндер
section-contacts = Байланыс

## Signing in

signin-title = Кіру
signin-username = Викимедиа қатысушы аты
signin-password = Құпиясөз
signin-submit = Кіру
signout-done = Сіз шықтыңыз.
signin-throttled-account = Бұл тіркелгіге кірудің сәтсіз әрекеттері тым көп. { $minutes ->
    [one] { $minutes } минуттан
   *[other] { $minutes } минуттан
} кейін қайталап көріңіз.
signin-throttled-address = Желіңізден кірудің сәтсіз әрекеттері тым көп. { $minutes ->
    [one] { $minutes } минуттан
   *[other] { $minutes } минуттан
} кейін қайталап көріңіз.

## Account

account-title = Тіркелгіңіз
account-username = Викимедиа қатысушы аты
account-email = Эл. пошта (жеке: басқаларға көрсетілмейді)
account-preferred-lang = Интерфейс тілі
account-lang-browser = Браузерім бойынша
account-save = Сақтау
account-saved = Баптауларыңыз сақталды.
account-site-admin = Сіз сайт әкімшісісіз.
account-admin-of = Сіз ұйымдастыратындар:

## Errors

error-title = Бірдеңе дұрыс емес
error-not_found = Іздегеніңіз табылмады.
error-unauthenticated = Алдымен кіріңіз.
error-bad_credentials = Қатысушы аты не құпиясөз қате.
error-too_many_attempts = Кірудің сәтсіз әрекеттері тым көп. { $minutes ->
    [one] { $minutes } минуттан
   *[other] { $minutes } минуттан
} кейін қайталап көріңіз.
error-forbidden = Бұған рұқсатыңыз жоқ.
error-site_admin_only = Мұны тек сайт әкімшілері жасай алады.
error-not_affiliate_admin = Мұны тек осы ұйымның ұйымдастырушылары жасай алады.
error-session_expired = Сеансыңыздың мерзімі бітті. Қайта кіріңіз.
error-csrf_failed = Бұл пішіннің мерзімі өтті немесе ол осы сайттан жіберілмеген. Бетті жаңартып, қайталап көріңіз.
error-validation_failed = Кейбір өрістерді түзету керек.
error-slug_taken = Бұл мекенжайды басқа ұйым қолданып жатыр.
error-edited_meanwhile = Сіз өңдеп жатқанда бұл бетті басқа біреу сақтады. Өзгерістеріңіз сақталмады; салыстырып, қайта сақтауыңыз үшін олар пішінде көрсетілген.
error-account_exists = Бұл атпен тіркелгі бұрыннан бар.
error-invalid_json = Сұрау денесі дұрыс JSON емес: { $detail }
error-unsupported_media_type = Сұрау денесін application/json ретінде жіберіңіз.
error-payload_too_large = Сұрау тым үлкен.
error-method_not_allowed = Бұл мекенжай мұндай сұрауды қабылдамайды.
error-bad_request = Сұрауды түсіну мүмкін болмады.
error-internal = Біз жақта ақау шықты. Кейінірек қайталап көріңіз.
error-back-home = Тізімге оралу

## Field errors

field-error-required = Бұл өріс міндетті.
field-error-too_long = Ең көбі { $max } таңба.
field-error-too_many = Ең көбі { $max } жазба.
field-error-bidi_control = Мәтін бағытын өзгертетін көрінбейтін таңбаларды өшіріңіз.
field-error-control_character = Көрінбейтін басқару таңбаларын өшіріңіз.
field-error-unknown_country = «{ $code }» — ISO 3166-1 ел коды емес.
field-error-unknown_language = «{ $code }» — белгісіз тіл.
field-error-invalid_language = «{ $code }» — тіл тегі (BCP 47) емес, мысалы tg не zh-Hans.
field-error-invalid_date = Күнді 2022, 2022-12 немесе 2022-12-08 түрінде жазыңыз.
field-error-impossible_date = Мұндай күн жоқ.
field-error-date_needs_day = Толық күнді жазыңыз, мысалы 2022-12-08.
field-error-range_reversed = Соңы басынан бұрын тұр.
field-error-invalid_email = Бұл эл. пошта мекенжайы емес.
field-error-invalid_url = Бұл https:// деп басталатын веб-мекенжай емес.
field-error-invalid_slug = 2–64 кіші латын әрпін, цифрды және жалқы сызықшаны қолданыңыз.
field-error-reserved_slug = Бұл мекенжай сақталған.
field-error-slug_taken = Бұл мекенжайды басқа ұйым қолданып жатыр.
field-error-invalid_choice = Нұсқалардың бірін таңдаңыз.
field-error-invalid_file_name = Викимедиа Ортаққорындағы сурет файлының атауын жазыңыз, мысалы Example.svg.
field-error-username_character = Қатысушы атында «{ $character }» болмауы керек.
field-error-password_too_short = Кемінде { $min } таңба.
field-error-unknown_affiliate = Бұл мекенжайда ұйым жоқ.
field-error-not_a_hub = Мүше ұйымдар тек аймақтық хабта бола алады.

## Membership

members-title = { $name }: мүшелер
members-heading = Мүшелер
members-count = { $count ->
    [one] { $count } мүше
   *[other] { $count } мүше
}
members-sort-date = Қосылған күні бойынша
members-sort-name = Аты бойынша
members-talk = талқылау
members-no-date = күні көрсетілмеген
members-utc = (UTC)
members-signed-up = Қосылды
members-join = Қосылу
members-sign-in-to-join = Қосылу үшін кіріңіз
members-you-are-member = Сіз мүшесіз.
members-you-applied = Өтінішіңіз ұйымдастырушылардың қарауын күтіп тұр.
members-leave = Топтан шығу
members-joined = Қош келдіңіз! Енді сіз мүшесіз.
members-applied = Рахмет! Ұйымдастырушылар өтінішіңізді қарайды.
members-left = Сіз топтан шықтыңыз.
members-imported = Тізім импортталды.
members-wikitext = Мета-уики үшін уикимәтіндегі мүшелер тізімі
members-organizers = Ұйымдастырушыларға
members-csv = CSV ретінде экспорттау
members-import = Уикидегі тіркелу тізімін импорттау
members-rules = Мүшелік ережелері
members-pending = Күтудегі өтініштер
members-pending-none = Күтудегі өтініш жоқ.
members-no-review = Бұл топ мүшелерді қараусыз қабылдайды.
members-answers-hidden = Жауаптарды тек осы топтың өз ұйымдастырушылары көреді.
members-approve = Мақұлдау
members-decline = Қабылдамау
role-board = Басқарма мүшесі
role-contact = Байланыс тұлғасы
role-founder = Негізін қалаушы
membership-status-pending = мақұлдауды күтуде
membership-status-active = мүше
membership-status-declined = қабылданбады
membership-status-left = шықты
account-memberships = Мүшеліктеріңіз
account-no-memberships = Сіз әзірге ешбір топтың мүшесі емессіз.
join-title = { $name }: қосылу
join-terms = Кім қосыла алады
join-refused = Сіз әзірге қосыла алмайсыз:
join-kind = Сіз қосылатын түр
join-kind-individual = жеке тұлға
join-kind-institution = мекеме
join-age = Жасыңыз
join-country = Азаматтық немесе тұрғылықты ел
join-institution = Мекеменің атауы
join-institution-help = Тек мекеменің атынан қосылсаңыз.
join-institution-country = Мекеме тіркелген ел
join-edit-count = Викимедиадағы түзетулеріңіздің саны
join-account-created = Викимедиа тіркелгіңіз қашан ашылды
join-unverified = сіздің айтуыңызша, тексерілмеген
join-unverified-help = Өзіңіз білетіндей; ұйымдастырушылар тексере алады.
join-answer = Жауап
join-privacy = Жауаптарыңызды тек сіз және осы топтың ұйымдастырушылары көреді.
join-apply = Өтініш беру
rule-min_age = Мүшелердің жасы кемінде { $min }.
rule-countries = Мүшелер — { $countries } азаматтары немесе тұрғындары.
rule-institutions = Мекемелер де қосыла алады.
rule-institution_countries = { $countries } елінде тіркелген мекемелер қосыла алады.
rule-min_edits = Мүшелердің Викимедиа жобаларында кемінде { $min } түзетуі бар.
rule-min_account_days = Мүшелердің Викимедиа тіркелгілері кемінде { $days } күн бұрын ашылған.
rule-review = Ұйымдастырушылар әр өтінішті қарайды.
refusal-min_age = Қосылу үшін жасыңыз кемінде { $min } болуы керек.
refusal-age_missing = Жасыңызды жазыңыз: мүшелердің жасы кемінде { $min }.
refusal-country = Бұл топ { $countries } азаматтары мен тұрғындарына арналған.
refusal-institutions_not_admitted = Бұл топ мекемелерді қабылдамайды.
refusal-institution_country = Тек { $countries } елінде тіркелген мекемелер қосыла алады.
refusal-min_edits = Мүшелердің Викимедиа жобаларында кемінде { $min } түзетуі болуы керек.
refusal-min_account_age = Мүшелердің Викимедиа тіркелгісі кемінде { $days } күн бұрын ашылған болуы керек.
rules-title = { $name }: мүшелік ережелері
rules-review = Мүше болмас бұрын ұйымдастырушылар өтініштерді қарайды
rules-allow-institutions = Мекемелер де қосыла алады
rules-min-age = Ең төменгі жас
rules-countries = Азаматтары немесе тұрғындары (барлығы үшін бос қалдырыңыз)
rules-institution-countries = Тіркелген мекемелер елі
rules-institution-countries-help = ISO ел кодтары; кез келген жердегі мекемелер үшін бос қалдырыңыз.
rules-min-edits = Викимедиадағы ең аз түзетулер саны (өтініш берушінің айтуынша)
rules-min-account-days = Викимедиа тіркелгісінің ең аз жасы, күнмен (өтініш берушінің айтуынша)
rules-questions = Өтініш берушілерге сұрақтар
rules-questions-help = Сұрақты жою үшін оны бос қалдырыңыз.
rules-question = Сұрақ
rules-required = Жауап міндетті
import-title = { $name }: тіркелу тізімін импорттау
import-help = Мета-уики бетіндегі тіркелу тізімін қойыңыз — бетте көрінгендей немесе уикимәтін ретінде. Әркімнің қолтаңба күні сақталады. Алдын ала қарап шығып, импорттаңыз.
import-text = Тізім
import-preview = Алдын ала қарау
import-apply = Осы мүшелерді импорттау
import-problems = Оқылмаған жолдар
import-line = Жол
import-reason = Себебі
import-already = бұрыннан мүше
import-new = жаңа
import-fix-first = Оқылмаған жолдарды түзетіңіз не өшіріңіз, сосын қайта импорттаңыз. Ештеңе импортталмады.
import-summary = { $entries } жазба, оның ішінде { $new } жаңа; { $problems } жол оқылмады; басқа { $skipped } жол өткізілді.
import-problem-no_name = Бұл жолда есім жоқ.
import-problem-bad_name = Бұл Викимедиадағы мүмкін қатысушы аты емес.
import-problem-unreadable_date = Күнді оқу мүмкін емес.
import-problem-impossible_date = Мұндай күн жоқ.
import-problem-time_without_zone = Уақыттың белдеуі (UTC) көрсетілмеген.
history-by = { $actor }: { $what }
history-members-imported = { $count ->
    [one] тіркелу тізімінен { $count } мүшені импорттады.
   *[other] тіркелу тізімінен { $count } мүшені импорттады.
}
history-member-approved = { $actor } { $member } өтінішін мақұлдады.
history-member-declined = { $actor } { $member } өтінішін қабылдамады.
history-membership-rules = { $actor } мүшелік ережелерін өзгертті.
error-already_member = Сіз бұл топтың мүшесісіз немесе өтінішіңіз күтуде.
error-not_eligible = Сіз бұл топтың мүшелік ережелеріне сай емессіз.
field-error-impossible_age = 5 пен 120 аралығындағы жасты жазыңыз.
field-error-future_date = Бұл күн әлі келмеген.
field-error-invalid_number = Бүтін сан жазыңыз.
field-error-unknown_question = Бұл топ мұндай сұрақ қоймайды.
field-error-import_too_large = Тізім 10 МБ-тан үлкен.
field-error-import_empty = Тізім бос.
field-error-import_utf16 = Файл UTF-16 кодтауында. Оны UTF-8 ретінде сақтап, қайталап көріңіз.
field-error-import_binary = Бұл мәтін емес.
field-error-import_not_utf8 = Мәтін UTF-8 емес (ескі кодтау болуы мүмкін). Оны UTF-8 ретінде сақтап, қайталап көріңіз.
field-error-import_unreadable_lines = Кейбір жолдар оқылмады; ештеңе импортталмады.

## Events and the activities calendar

calendar-heading = Іс-шаралар
calendar-title = { $name }: іс-шаралар
calendar-link = Іс-шаралар күнтізбесі
calendar-feed = Жазылу (iCalendar)
calendar-wikitext = Мета-Уики үшін уикимәтін
calendar-years = Жылдар
calendar-all-years = Барлық жылдар
calendar-empty = Әзірге іс-шаралар жоқ.
event-time-range-zone = { $start } – { $end } ({ $zone })
event-time-range-utc = { $start } – { $end } (UTC)
event-status-planned = Жоспарланған
event-status-ongoing = Жүріп жатыр
event-status-done = Аяқталды
event-status-cancelled = Тоқтатылды
event-kind-edit-a-thon = Өңдеу марафоны
event-kind-workshop = Шеберхана
event-kind-training = Оқыту
event-kind-photowalk = Фотосеруен
event-kind-upload-a-thon = Жүктеу марафоны
event-kind-meetup = Кездесу
event-kind-contest = Байқау
event-kind-conference = Конференция
event-kind-campaign = Науқан
event-kind-other = Басқа
event-mode-online = Онлайн
event-mode-in-person = Бетпе-бет
event-mode-hybrid = Аралас
event-field-when = Қашан
event-field-kind = Түрі
event-field-mode = Қайда
event-field-venue = Орын
event-field-organizers = Ұйымдастырушылар
event-field-hashtags = Хэштегтер
event-field-wikis = Уикилер
event-feed = Күнтізбеге қосу (iCalendar)

## Event errors

field-error-unknown_time_zone = «{ $zone }» — белгісіз уақыт белдеуі; Asia/Dhaka сияқты атау жазыңыз.
field-error-time_skipped = Бұл белдеуде сағат { $time } уақытын өткізіп жібереді (жазғы уақыт); басқа уақыт таңдаңыз.
field-error-invalid_time = Уақытты 18:30 түрінде жазыңыз.
field-error-end_before_start = Аяқталуы басталуынан кейін болуы керек.
field-error-invalid_coordinates = Ендікті (−90…90) және бойлықты (−180…180) беріңіз немесе ешқайсысын бермеңіз.
field-error-venue_required = Бетпе-бет іс-шараға орын немесе мекенжай керек.
field-error-online_has_no_place = Онлайн іс-шараның координаттары болмайды.
field-error-capacity_not_positive = Орын санын 1-ден { $max }-ге дейін беріңіз немесе шектеусіз болса бос қалдырыңыз.
field-error-invalid_wiki = «{ $wiki }» — bn.wikipedia.org сияқты уики мекенжайы емес.
field-error-invalid_hashtag = «{ $hashtag }» — хэштег емес (тек әріп, сан және _).
error-already_registered = Сіз бұл іс-шараға тіркеліп қойғансыз.
error-registration_closed = Бұл іс-шараға тіркеу ашық емес.
error-registration_not_open_yet = Бұл іс-шараға тіркеу әлі басталған жоқ.
error-registration_ended = Бұл іс-шараға тіркеу жабылды.
error-event_over = Бұл іс-шара аяқталды немесе тоқтатылды.

## Event registration

event-registration = Тіркеу
event-seats = { $capacity } орынның { $taken } орны толды.
event-seats-unlimited = Тіркелгендер: { $taken }.
event-waiting = Күту тізімінде: { $count }.
event-register = Тіркелу
event-register-private = Менің атымды қатысушылардың ашық тізімінде көрсетпеңіз
event-registered = Сізге орын бар.
event-promoted = Орын босады: сіз күту тізімінен көтеріліп, орын алдыңыз.
event-waitlisted = Сіз күту тізімінде { $position }-шісіз.
event-cancel = Тіркелуімді болдырмау
event-sign-in-to-register = Тіркелу үшін кіріңіз.
event-participants = Қатысушылар
event-private = жабық
event-seat-registered = орын
event-seat-waitlisted = күту
event-seat-cancelled = болдырылмады
event-meeting = Кездесу сілтемесі

## Event outcomes

outcomes-heading = Нәтижелер
outcome-participants = Қатысушылар
outcome-new_editors = Жаңа редакторлар
outcome-articles_created = Жасалған мақалалар
outcome-articles_improved = Жақсартылған мақалалар
outcome-uploads = Ортаққа жүктеулер
outcome-notes = Жазбалар
outcomes-save = Нәтижелерді сақтау
calendar-totals = Жылдар бойынша нәтижелер
calendar-year = Жыл
event-cancel-event = Бұл іс-шараны тоқтату
event-restore = Бұл іс-шараны қалпына келтіру
event-participants-csv = Қатысушылар мен жауаптар (CSV)
field-error-event_not_held = Нәтижелерді іс-шара өткеннен кейін жазуға болады.

## My events

account-events = Менің іс-шараларым
account-no-events = Сіз ешбір іс-шараға тіркелмегенсіз.
account-feed-create = Жеке күнтізбе мекенжайын жасау
account-feed-explain = Тіркелген іс-шараларыңыз бар күнтізбе қолданбасына арналған жеке мекенжай. Оны білетін кез келген адам көре алады; жаңасын жасау ескісін өшіреді.
account-feed-url = Жеке күнтізбе мекенжайыңыз (тек қазір көрсетіледі; оны күнтізбе қолданбасына көшіріңіз):

## Campaigns

nav-campaigns = Науқандар
campaigns-title = Науқандар
campaigns-empty = Әзірге науқан жоқ.
campaign-edition-count = { $count } басылым
campaign-editions = Басылымдар
campaign-taking-part = Қатысушылар
event-field-campaign = Науқан басылымы
calendar-campaigns = Науқандар
field-error-unknown_campaign = Бұл мекенжаймен науқан жоқ.
error-campaign_slug_taken = Бұл мекенжайды басқа науқан қолданып отыр.
event-field-people = Ұйымдастырушылар
event-field-languages = Тілдер

## The event form

event-form-heading = { $name }: жаңа іс-шара
event-form-new = Жаңа іс-шара
event-form-what = Не
event-form-when = Қашан
event-form-where = Қайда
event-form-more = Тағы
event-form-title = Атауы
event-form-all-day = Толық күндер (тек күндер)
event-form-start-date = Басталу күні
event-form-start-time = Басталу уақыты
event-form-end-date = Аяқталу күні
event-form-end-date-help = Бос болса — басталған күн.
event-form-end-time = Аяқталу уақыты
event-form-time-zone = Уақыт белдеуі
event-form-time-zone-help = Жоғарыдағы уақыттың белдеуі, мысалы Asia/Dhaka. Оқырмандар оны өз белдеуінде де көреді.
event-form-address = Мекенжай
event-form-latitude = Ендік
event-form-longitude = Бойлық
event-form-capacity = Орындар (бос — шектеусіз)
event-form-questions = Тіркелушілерге сұрақтар
event-form-questions-help = Әр жолға біреуден; міндетті ету үшін жолды * белгісінен бастаңыз. Жауаптарды тек ұйымдастырушылар көреді.
event-form-organizers-help = Уикимедиа қатысушы аттары, әр жолға біреуден.
event-form-description = Сипаттама
event-form-closes-date = Тіркеу жабылатын күн
event-form-closes-time = уақыты
event-form-registration-open = Тіркеу ашық
event-form-save = Іс-шараны жасау

## Month grid

weekday-1 = Дс
weekday-2 = Сс
weekday-3 = Ср
weekday-4 = Бс
weekday-5 = Жм
weekday-6 = Сб
weekday-7 = Жс
calendar-view-list = Тізім
calendar-view-grid = Ай торы
calendar-previous-month = Алдыңғы ай
calendar-next-month = Келесі ай
calendar-show-times-in = Уақытты мына белдеуде де көрсету
calendar-show = Көрсету
event-form-edit-heading = Өзгерту: { $title }
event-edit = Бұл іс-шараны өзгерту
event-undated = Күні әлі белгіленбеген
calendar-proposed = Ұсынылған іс-шаралар
event-form-proposed = Ұсынылған, күні әлі жоқ
event-form-opens-date = Тіркеу ашылатын күн

## Reports and the lifecycle

notice-reminder_30 = еске салу: есепті 30 күннен кейін тапсыру керек
notice-reminder_7 = еске салу: есепті 7 күннен кейін тапсыру керек
notice-past_due = хабарлама: міндетті есептің мерзімі өтті, соңғы мерзіммен
notice-deadline = хабарлама: есептің соңғы мерзіміне бір апта қалды
notice-expiry = хабарлама: мерзім өтіп, тану тоқтатылды
history-report-filed = есеп тапсырылды
history-report-deferred = есеп бір жылға шегерілді

## Notice mail

mail-subject = { $affiliate }: { $what }
mail-report = Есеп { $start } – { $end } кезеңін қамтиды, тапсыру мерзімі — { $due }.
mail-body =
    Сәлеметсіз бе, { $name }!
    {""}
    Бұл — { $what }.
    { $report }
    {""}
    Есепті тапсырыңыз немесе тобыңыздың жағдайын қараңыз:
    { $url }
    {""}
    — Sangam

## Reports pages

reports-heading = Есептер
reports-link = Міндетті есептер және олардың жағдайы
reports-title = { $name }: есептер
reports-intro = Бұл ұйым әр кезең үшін тапсыруы тиіс есептер, олардың мерзімі және жағдайы.
reports-none = Әзірге ешқандай есеп талап етілмейді. Олар келісім кезеңі немесе қаржы жылы басталғанда шығады.
reports-standing = Жағдайы: { $status }.
report-kind-activity = Жылдық қызмет есебі
report-kind-financial = Қаржы есебі
report-period = { $start } – { $end }
report-col-report = Есеп
report-col-period = Кезең
report-col-due = Мерзімі
report-col-status = Күйі
report-status-upcoming = Алда
report-status-due = Тапсыру уақыты
report-status-past_due = Мерзімі өтті
report-status-filed = Тапсырылды
report-status-deferred = Кейінге қалдырылды
report-status-accepted = Қабылданды
report-due-in = { $days ->
    [0] мерзімі бүгін
   *[other] мерзіміне { $days } күн қалды
}
report-overdue-by = { $days } күн кешікті
report-in-grace = жеңілдік кезеңі { $date } дейін
report-heading = { $report }, { $period }
report-due-on = мерзімі: { $date }
report-filed-on = { $date } тапсырылды.
report-filed-by = Тапсырған: { $username }.
report-accepted-on = { $date } қабылданды.
report-changes-asked = Сайт әкімшісі өзгерістер сұрады
report-deferred-because = Бір жылға кейінге қалдырылды: { $reason }.
deferment-reason-natural_disaster = табиғи апат
deferment-reason-pandemic = пандемия
deferment-reason-war = соғыс
deferment-reason-government_restriction = үкімет шектеуі
report-wikitext = Мета-Уикиге арналған уикимәтін
report-file-heading = Бұл есепті тапсыру
report-builder-intro = Бұл жоба осы кезеңге мұнда жазылған іс-шаралардан, нәтижелерден, мүшелерден және басқарма өзгерістерінен толтырылды. Өңдеп, содан кейін тапсырыңыз. Мета-Уикидегі есептер ағылшынша жазылады.
report-builder-totals = Іс-шаралар: { $events }, қатысушылар: { $participants }, жаңа мүшелер: { $joined }.
report-build = Есепті біздің деректерден құрастыру
report-build-mine = менің тілімде
report-link-label = Есепке сілтеме (оның Мета-Уикидегі беті)
report-body-label = Немесе есепті осында жазыңыз
report-file = Есепті тапсыру
report-save-draft = Жобаны сақтау
report-review-heading = Тексеру
report-review-accept = Есепті қабылдау
report-review-note = Нені өзгерту керек
report-review-changes = Өзгерістер сұрау
report-defer = Бір жылға кейінге қалдыру
report-defer-reason = Себебі
report-defer-note = Не болды
report-decide-title = Мерзімі бітті: әкімші шешімі
report-decide-intro = Тану мерзімі бітті, себебі соңғы мерзімнен кейін де есеп келмеді. Ұйымды жаңа келісім кезеңіне қайта таныңыз немесе бұрын белсенді болғандар тізіміне ауыстырыңыз.
report-field-start = Бірінші күн
report-field-end = Соңғы күн
report-field-due = Тапсыру мерзімі
report-decide-recognize = Қайта тану
report-decide-former = Бұрын белсенділерге ауыстыру
report-add-period = Есеп кезеңін қосу
history-report-reviewed = есеп тексерілді
history-report-period = есеп кезеңі қосылды

## Compliance dashboard

compliance-title = Талаптарды сақтау
compliance-intro = Әр ұйымның жағдайы: күйі, келесі есеп, қаншалықты кешіккені, соңғы хабарлама және жіберілмеген хаттар.
compliance-col-affiliate = Ұйым
compliance-col-status = Күйі
compliance-col-next = Келесі есеп
compliance-col-overdue = Кешіккен күндер
compliance-col-notice = Соңғы хабарлама
compliance-col-mail = Пошта мәселелері
compliance-filter-overdue = Тек кешіккендер
compliance-filter-mail = Тек пошта мәселелері барлар
compliance-mail-failed = Жіберілмеді: { $count }. { $error }

## The annual report builder's draft

report-draft-summary-heading = Қысқаша
report-draft-summary = { $name } { $start } мен { $end } аралығында { $events } іс-шара өткізді.
report-draft-totals = Нәтижелері жазылған { $reported } іс-шараға { $participants } қатысушы және { $new_editors } жаңа редактор келді; { $articles_created } мақала жасалды, { $articles_improved } жақсартылды, { $uploads } файл жүктелді.
report-draft-events-heading = Іс-шаралар
report-draft-no-events = Бұл кезеңде мұнда ешбір іс-шара жазылмаған.
report-draft-members-heading = Мүшелер
report-draft-members = { $joined } адам қосылды; кезең соңында топта { $total } мүше болды.
report-draft-board-heading = Басқарма
report-draft-board = Басқарма мүшелері: { $names }.
report-draft-board-changes = Басқарма өзгерген күндер: { $dates }.
report-draft-plans-heading = Сабақтар мен жоспарлар
report-draft-plans = (Не жақсы болғанын, не қиын болғанын және алда не барын осында жазыңыз.)

## Report errors

field-error-report_missing = Есепке сілтеме беріңіз немесе оны осында жазыңыз.
field-error-report_link_or_text = Сілтеме беріңіз немесе есепті жазыңыз, екеуін бірге емес.
field-error-review_note_required = Нені өзгерту керектігін жазыңыз.
field-error-deferment_reason_required = Кейінге қалдыру себебін таңдаңыз.
field-error-period_overlaps = Бұл кезең { $start } – { $end } кезеңімен қабаттасады.
field-error-period_too_long = Есеп кезеңі ең көбі екі жыл.
field-error-due_before_end = Тапсыру мерзімі кезең аяқталмай тұр.
error-report_accepted = Бұл есеп қабылданып қойған.
error-report_not_filed = Тек тапсырылған әрі әлі қабылданбаған есепті тексеруге болады.
error-report_filed = Бұл есеп тапсырылып қойған.
error-report_deferred = Бұл есеп кейінге қалдырылып қойған.
error-not_expired = Бұл шешімді тек тану мерзімі біткен ұйым күтеді.
error-period_overlaps = Бұл кезең басқасымен қабаттасады.

## Elections: refusals

error-nominations_closed = Бұл сайлауға кандидат ұсыну қазір ашық емес.
error-already_nominated = Бұл адам бұрыннан ұсынылған.
error-voting_not_open = Дауыс беру әлі басталған жоқ.
error-voting_closed = Дауыс беру аяқталды.
error-not_eligible_voter = Сіз бұл сайлаудың сайлаушылар тізімінде жоқсыз: ол белгіленген күнге дейін қосылған мүшелерге арналған.
error-voting_not_closed = Дауыстар дауыс беру аяқталғаннан кейін саналады.
field-error-not_eligible_candidate = Тек белгіленген күнге дейін қосылған мүшелер ғана кандидат бола алады.
field-error-ballot_method = Бұл бюллетень осы сайлау түріне сай емес.
field-error-ballot_empty = Кемінде бір кандидатты ретімен белгілеңіз.
field-error-ballot_unknown_candidate = Бұл бюллетеньде кандидат емес адам аталған.
field-error-ballot_repeated_candidate = Бұл бюллетеньде бір кандидат екі рет аталған.
field-error-ballot_stances = Әр кандидатқа қолдау, бейтарап не қарсы деп белгілеңіз.
field-error-receipt_required = Сіз дауыс беріп қойдыңыз: оны өзгерту үшін бюллетеніңіздің түбіртек кодын енгізіңіз.
field-error-receipt_unknown = Бұл түбіртек кодымен бюллетень жоқ.
field-error-seats_range = Орын санын 1-ден { $max }-ге дейін беріңіз.
field-error-invalid_instant = Уақытты 2027-03-01 немесе 2027-03-01T09:00:00Z түрінде жазыңыз.
field-error-voting_before_nominations_close = Дауыс беру кандидат ұсыну жабылғаннан кейін ғана ашыла алады.

## The board on the profile

board-heading = Басқарма
board-now = Қазір басқармада: { $names } ({ $end } дейін).
board-phase = Топтың { $year }-жылынан бастап: { $seats } орын, мерзімі { $months } ай, { $how }.
board-chosen-founders = құрылтайшылар таңдайды
board-chosen-election = мүшелер сайлайды
board-before = { $names }, { $start } – { $end }

## Election pages

elections-title = { $name }: сайлаулар
elections-none = Әзірге сайлау жоқ.
election-phase-upcoming = Алда
election-phase-nominating = Кандидат ұсыну жүріп жатыр
election-phase-waiting = Ұсыну аяқталды; дауыс беру жақында
election-phase-voting = Дауыс беру жүріп жатыр
election-phase-closed = Аяқталды
election-voting-dates = Дауыс беру: { $start } – { $end }
election-nomination-dates = Кандидат ұсыну: { $start } – { $end }
election-seats = Орындар: { $seats }
election-choice = { $rank }-таңдау
election-round-elected = Сайланды: { $names }.
election-round-eliminated = Шықты: { $names }.
election-turnout = { $count ->
    [one] Бір мүше дауыс берді.
   *[other] { $count } мүше дауыс берді.
}
election-method-meek = Қанша кандидат болса да ретімен белгілеңіз, ең қалаулысын бірінші. Санау — Викимедиа кеңесінің сайлауындағыдай Друп квотасымен Meek STV.
election-method-approval = Қолдайтын кандидаттардың бәрін мақұлдаңыз; ең көп мақұлданғандар жеңеді.
election-method-plurality = Бір кандидатты таңдаңыз; ең көп дауыс алғандар жеңеді.
election-method-support_oppose = Әр кандидатқа қолдау, бейтарап не қарсы деп белгілеңіз; реті қолдау ÷ (қолдау + қарсы) бойынша.
election-receipt-found = Бюллетеніңіз есепке алынды.
election-receipt-missing = Есепте бұл түбіртек кодымен бюллетень жоқ.
election-receipt-heading = Түбіртек кодыңыз
election-receipt-keep = Бұл кодты сақтаңыз. Ол еш жерде атыңызбен байланыспаған: ол арқылы бюллетеніңіз есептелгенін тексеріп, дауыс беру аяқталғанша дауысыңызды өзгерте аласыз. Оны ешкім қайта бере алмайды.
election-candidates = Кандидаттар
election-no-candidates = Әзірге кандидат жоқ.
election-withdrawn = бас тартты
election-statement = Үндеуіңіз (мүшелер сізді неге сайлауы керек)
election-stand = Кандидат болу
election-ballot = Бюллетеніңіз
election-support = Қолдау
election-neutral = Бейтарап
election-oppose = Қарсы
election-change-receipt = Дауысты өзгерту үшін бюллетеніңіздің түбіртек коды
election-change-vote = Дауысымды өзгерту
election-vote = Дауыс беру
election-result = Нәтиже
election-elected = Сайланғандар:
election-round = Кезең
election-quota = Квота
election-blt = Бюллетеньдер BLT файлы ретінде (кез келген STV бағдарламасымен қайта санаңыз)
election-ballots = Жарияланған бюллетеньдер
election-check-receipt = Түбіртек кодын тексеру
election-check = Тексеру
elections-link = Сайлаулар
election-surplus = Артық
election-keep-factor = Ұстау үлесі
election-rounds-intro = Әр кезеңде: квота, әр кандидаттың дауыстары (сайланған кандидат өзіне жеткен әр дауыстан ұстайтын үлес, × ұстау үлесі), квотадан артығы және кім сайланды не шықты.

## Setting up an election

election-new = Жаңа сайлау
election-field-method = Санау әдісі
election-field-title = Атауы
election-field-seats = Орындар
election-field-nominations_open = Ұсыну басталады
election-field-nominations_close = Ұсыну аяқталады
election-field-voting_open = Дауыс беру басталады
election-field-voting_close = Дауыс беру аяқталады
election-field-voters_joined_before = Сайлаушылар: осы күнге дейін қосылғандар
election-field-voters_min_edits = Сайлаушының ең аз түзетуі (міндетті емес)
election-field-candidates_joined_before = Кандидаттар: осы күнге дейін қосылғандар (бос болса, сайлаушылар күні)
election-field-term_start = Мерзім басы
election-field-term_end = Мерзім соңы
election-method-name-meek = Рет бойынша, Meek STV
election-method-name-approval = Мақұлдау
election-method-name-plurality = Бір таңдау
election-method-name-support_oppose = Қолдау, бейтарап не қарсы
election-awaiting = Келісімін күтуде:
election-accept = Ұсынысты қабылдау
election-withdraw = Бас тарту
election-nominee = Басқа мүшені ұсыну (қатысушы аты; өзіңізді ұсыну үшін бос қалдырыңыз)
election-statement-edit = Бұл мәлімдемені жазу немесе аудару
election-statement-lang = Тіл (en, bn немесе ur сияқты код)
election-statement-save = Мәлімдемені сақтау
election-statement-outdated = Бұл аударма мәлімдеменің бұрынғы нұсқасынан жасалған.
error-statement_source_nominee_only = Мәлімдеме жазылған тілде оны тек үміткердің өзі өзгерте алады; басқа тілге аударма қосыңыз.
field-error-duplicate = Бұл екі рет берілген.
field-error-presenter_one_of = Әр баяндамашы үшін не қатысушы атын, не қонақтың атын беріңіз.
field-error-session_minutes_range = Сессия 5-тен { $max } минутқа дейін созылады.
field-error-language_not_offered = Шақыруда бұл тіл ұсынылмайды.
field-error-presenter_unknown = Бұл қатысушы атымен тіркелгі жоқ; оны қонақ ретінде жазыңыз.
field-error-signature_without_date = Қолтаңбада күн жоқ; төрт тильдамен (~~~~) қол қойыңыз.
error-cfp_not_open = Ұсыныстар қабылдау әлі ашылмады.
error-cfp_closed = Ұсыныстар қабылдау жабылды.
error-proposal_not_editable = Бұл ұсынысты енді өзгертуге болмайды.
error-not_proposer = Мұны тек ұсыныстың баяндамашылары жасай алады.
error-proposal_withdrawn = Бұл ұсыныс кері қайтарылды.
conf-proposals-title = { $title } үшін ұсыныстар
conf-new-title = { $title } үшін ұсыныс
conf-cfp-upcoming = Ұсыныстар қабылдау { $date } ашылады.
conf-cfp-open = Ұсыныстар қабылдау { $date } дейін ашық.
conf-cfp-closed = Ұсыныстар қабылдау { $date } жабылды.
conf-minutes = { $minutes } минут
conf-session-types = Сессия түрлері
conf-languages = Тілдер
conf-interpretation = Бұл тілдер арасында аударма ұйымдастыруға болады.
conf-interested-count = { $count } адам қызығады
conf-new = Ұсыныс жіберу
conf-none = Әзірге ұсыныс жоқ.
conf-status-submitted = Қарауды күтуде
conf-status-withdrawn = Кері қайтарылды
conf-status-accepted = Қабылданды
conf-status-waitlisted = Күту тізімінде
conf-status-rejected = Қабылданбады
conf-field-presenters = Тіркелгісі бар баяндамашылар (қатысушы аттары, әр жолда біреу)
conf-field-guests = Тіркелгісі жоқ баяндамашылар (аттары, әр жолда біреу)
conf-field-contact_email = Электрондық пошта (міндетті емес; тек ұйымдастырушылар мен баяндамашылар көреді)
conf-field-affiliation = Ұйым
conf-field-title = Тақырыбы
conf-field-lang = Тіл
conf-field-language_note = Тілдің қалай қолданылатыны (міндетті емес)
conf-field-session_type = Түрі
conf-field-minutes = Қажет уақыт, минутпен (түрдің әдеттегі ұзақтығы үшін бос қалдырыңыз)
conf-field-track = Бағыт
conf-field-plan = Жоспарыңызды толық сипаттаңыз
conf-field-support = Сізге қажет көмек
conf-field-benefit = Бұл сессия қауымдастықтарға қалай пайдалы болады?
conf-submit = Ұсынысты жіберу
conf-save = Өзгерістерді сақтау
conf-presenters = Баяндамашылар
conf-time-needed = Қажет уақыт
conf-submitted-by = { $name } жіберді, { $date }
conf-contact = Байланыс деректері
conf-topic = Тақырып
conf-edit = Ұсынысты өзгерту
conf-withdraw = Ұсынысты кері қайтару
conf-interested = Қызығатын қатысушылар
conf-interested-none = Әзірге ешкім қол қоймады.
conf-interest-add = Маған қызық
conf-interest-remove = Қызығушылығымды алып тастау
event-proposals = Ұсыныстар қабылдау және бағдарлама
conf-mail-subject = { $title }: { $decision }
conf-mail-body =
    Сәлеметсіз бе, { $name }!
    {""}
    Ұйымдастырушылар «{ $title }» ұсынысыңыз бойынша шешім қабылдады: { $decision }.
    {""}
    { $note }
    {""}
    Ұсынысты көру:
    { $url }
    {""}
    — Sangam
error-not_reviewer = Мұны тек конференцияның рецензенттері жасай алады.
error-own_proposal = Рецензенттер өздері жіберген не баяндайтын ұсынысты бағаламайды.
field-error-score_count = { $count } өлшемнің әрқайсысына бір баға қойыңыз.
field-error-score_out_of_scale = Бағалар 0-ден { $max } дейін.
field-error-weight_range = Салмақ — 0-ден үлкен, 100-ден аспайтын сан.
field-error-too_large = Ең көбі { $max }.
error-room_taken = Бұл уақытта бұл залда басқа сессия бар.
error-presenter_busy = Бұл сессияның бір баяндамашысы бұл уақытта басқа сессияда.
error-proposal_not_accepted = Бағдарламаға тек қабылданған сессиялар кіреді.
field-error-session_longer_than_slots = Бұл сессия кез келген уақыт аралығынан ұзын.
field-error-outside_slots = Сессияны конференцияның бір уақыт аралығының ішіне қойыңыз.
conf-programme-title = { $title } бағдарламасы
conf-programme-zone = Уақыт { $zone } бойынша.
conf-programme-empty = Бағдарламада әзірге сессия жоқ.
conf-programme = Бағдарлама
conf-when-where = Бағдарламада:
conf-add-to-calendar = Күнтізбеме қосу
sch-title = { $title }: стипендиялар
sch-review-title = { $title }: стипендияға өтінімдер
sch-upcoming = Өтінім қабылдау { $date } басталады.
sch-open = Өтінімдер { $date } дейін қабылданады.
sch-closed = Өтінім қабылдау { $date } аяқталды.
sch-phase = Кезең
sch-phase-open = Өтінімдер қабылдануда
sch-phase-eligibility = Сәйкестік тексерілуде
sch-phase-scoring = Бағалау
sch-phase-decision = Шешім
sch-phase-published = Шешімдер жарияланды
sch-advance-eligibility = Өтінімдерді жауып, сәйкестікті тексеру
sch-advance-scoring = Бағалауды бастау
sch-advance-decision = Бағалауды жауып, шешім қабылдау
sch-advance-published = Шешімдерді жариялап, өтінім берушілерге хат жіберу
sch-criteria = Сарапшылар { $criteria } бойынша әрқайсысын 0-ден { $max } дейін бағалайды.
sch-field-region = Ел немесе өңір
sch-field-history = Бұрынғы конференциялар мен стипендияға өтінімдер (мысалы, «2019 және 2023 жылдары өтінім бердім»)
sch-field-contributions = Уикилер мен қауымдастыққа қосқан үлесіңіз
sch-field-motivation = Неліктен қатысқыңыз келеді?
sch-field-need = Қажетті қолдау
sch-need-full = Толық стипендия (жол, тұру және тіркелу)
sch-need-partial = Ішінара стипендия
sch-apply = Өтінімімді жіберу
sch-save = Сақтау
sch-sign-in = Өтінім беру үшін кіріңіз.
sch-yours = Сіздің өтініміңіз
sch-sent = { $date } жіберілді.
sch-decision = Шешім
sch-decision-full = Толық стипендия
sch-decision-partial = Ішінара стипендия
sch-decision-waitlist = Күту тізімінде
sch-decision-declined = Берілмеді
sch-decision-message = Өтінім берушіге хабар
sch-your-scores = Сіздің ұпайларыңыз
sch-your-score = Сіздің ұпайыңыз
sch-reviewer-n = Сарапшы { $n }
sch-reviewer = Сарапшы
sch-weighted = Салмақты
sch-score = Орташа ұпай
sch-cutoff = Стипендия берілген ең төмен ұпай
sch-spread = Сарапшылар арасындағы айырма
sch-comment = Пікір
sch-score-it = Бұл өтінімді бағалау
sch-flag = Белгі
sch-flag-none = Белгісіз
sch-flag-spam = Спам
sch-flag-ineligible = Сәйкес емес
sch-flag-note = Себебі
sch-review-link = Өтінімдерді қарау
sch-back-to-event = Іс-шараға оралу
sch-back-to-round = Стипендия бетіне оралу
sch-none = Әзірге өтінім жоқ.
sch-applicant = Өтінім беруші
sch-email = Электрондық пошта
sch-reviewers = Сарапшылар (қатысушы аттары, бір жолға біреу)
sch-application-of = { $name }: стипендияға өтінім
event-scholarship = Стипендиялар
sch-mail-subject = { $conference }: стипендия — { $decision }
sch-mail-body =
    Сәлеметсіз бе, { $name }!
    {""}
    { $conference } стипендиялары бойынша шешімдер жарияланды. Сіздікі: { $decision }.
    {""}
    { $note }
    {""}
    Ұпайларыңыз бен шекті ұпай стипендия бетінде:
    { $url }
    {""}
    — Sangam
error-scholarship_not_open = Бұл стипендияға өтінім қабылдау әлі басталған жоқ.
error-scholarship_closed = Бұл стипендияға өтінім қабылдау аяқталды.
error-round_under_way = Өтінім кезеңі өтіп кетті; енді өзгертуге болмайды.
error-applications_undecided = Кейбір өтінімдер бойынша әлі шешім жоқ.
error-wrong_phase = Қазір бұған сәйкес кезең емес.
error-own_application = Сарапшылар өз өтінімін бағаламайды және белгілемейді.
error-application_flagged = Бұл өтінім белгіленген: ол бағаланбайды, тек қабылданбауы мүмкін.
error-application_private = Бұл өтінімді тек өтінім беруші, сарапшылар мен ұйымдастырушылар көре алады.
field-error-phase_order = Кезеңдер бір-бірден алға жылжиды.
conf-call-title = { $title }: ұсыныстар қабылдау
conf-save-call = Қабылдауды сақтау
conf-field-opens = Басталуы (күн, немесе UTC бойынша күн мен уақыт, мысалы 2027-03-01T00:00:00Z)
conf-field-closes = Аяқталуы (күн, немесе UTC бойынша күн мен уақыт)
conf-field-session_types = Сессия түрлері, бір жолға біреу: кілт | атауы | минут
conf-field-tracks = Бағыттар, бір жолға біреу (міндетті емес)
conf-field-languages = Сессия тілдері (en hi bn сияқты кодтар, бос орынмен бөлінген)
conf-field-questions = Өз сұрақтарыңыз, бір жолға біреу (міндетті ету үшін соңына * қойыңыз)
conf-field-criteria = Сарапшылар нені бағалайды, бір жолға біреу: атауы | салмағы
conf-field-score_max = Шкаланың ең жоғары ұпайы (ұпай 0-ден басталады)
conf-link-call = Ұсыныстар қабылдауды баптау
conf-link-reviews = Ұсыныстарды қарау
conf-link-schedule = Залдар мен уақыт аралықтары
sch-link-round = Стипендия кезеңін баптау
sch-edit-title = { $title }: стипендия кезеңі
sch-save-round = Кезеңді сақтау
conf-reviews-title = { $title }: ұсыныстарды қарау
conf-status = Күйі
conf-reviews = Сараптамалар
conf-review-it = Бұл ұсынысты қарау
conf-decision-message = Баяндамашыларға хабар (шешіммен бірге хатпен жіберіледі)
conf-place = Бағдарламаға қою
conf-room = Зал
conf-start = Басталу уақыты
conf-schedule-title = { $title }: залдар мен уақыт аралықтары
conf-rooms = Залдар
conf-room-name = Зал атауы
conf-add-room = Зал қосу
conf-slots = Уақыт аралықтары
conf-slots-help = Бір жолға біреу, басы – соңы, конференцияның уақыт белдеуінде, мысалы 2027-08-01T10:00 – 2027-08-01T13:00
conf-accepted-sessions = Қабылданған сессиялар
conf-not-placed = әлі бағдарламада жоқ

election-counting = Дауыстар саналып жатыр. Бір минуттан кейін бетті қайта жүктеңіз.
election-count-failed = Есеп осы сервердің шектеулері ішінде аяқталмады, сондықтан әзірге нәтиже жоқ. Ұйымдастырушыларға хабарланды.
election-count-failed-organizer = Сайт әкімшісі есепке көбірек уақыт не жад бере алады (баптаулардағы count_seconds, count_memory_mb); содан кейін мұнда қайта санаңыз.
election-recount = Қайта санау
error-nothing_to_recount = Қайта бастайтын тоқтаған есеп жоқ.
history-count-failed = «{ $title }» сайлауының есебі осы сервердің шектеулері ішінде аяқталмады.
