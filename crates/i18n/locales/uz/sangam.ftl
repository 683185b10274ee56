### Sangam: oʻzbekcha (Uzbek, Latin script). Source comments are in locales/en/sangam.ftl.
### Strings marked "review" want a check by a native speaker.

## Page frame

site-name = Sangam
site-tagline = Vikimedia hamkor tashkilotlarining hamjamiyat markazi
skip-to-content = Asosiy qismga oʻtish
nav-directory = Tashkilotlar
nav-hubs = Mintaqaviy xablar
nav-former = Avval faol boʻlganlar
nav-sign-in = Kirish
nav-sign-out = Chiqish
nav-signed-in-as = { $username } sifatida kirgansiz
nav-account = Hisobingiz
lang-switcher-label = Til
footer-api = API tavsifi (OpenAPI)
footer-about = Sangam — Vikimedia hamjamiyatlari oʻzlari ishga tushiradigan erkin dasturiy taʼminot.

## Affiliate kinds and statuses

kind-user_group = Foydalanuvchilar guruhi
# review: "chapter" of the Wikimedia movement
kind-chapter = Boʻlim
kind-thematic_organization = Mavzuli tashkilot
kind-hub = Mintaqaviy xab
status-recognized = Tan olingan
status-active = Faol
status-past_due = Hisobot muddati oʻtgan
status-suspended = Toʻxtatilgan
status-expired = Muddati tugagan
status-formerly_active = Avval faol boʻlgan

## Directory

directory-title = Vikimedia hamkor tashkilotlari
directory-intro = Foydalanuvchilar guruhlari, boʻlimlar, mavzuli tashkilotlar va mintaqaviy xablar — ular ishlaydigan hududlar va tillar bilan.
directory-count = { $count ->
    [one] { $count } ta tashkilot
   *[other] { $count } ta tashkilot
}
directory-empty = Bu filtrlarga mos tashkilot topilmadi.
directory-serves-count = { $count ->
    [one] { $count } ta mamlakat
   *[other] { $count } ta mamlakat
}
directory-new = Tashkilot qoʻshish
filter-region = Hudud
filter-country = Mamlakat
filter-language = Til
filter-status = Holat
filter-kind = Turi
filter-any = Istalgan
filter-apply = Saralash
filter-clear = Filtrlarni tozalash
filter-include-former = Avval faol boʻlgan tashkilotlarni ham koʻrsatish
column-name = Nomi
column-kind = Turi
column-country = Joylashuvi
column-regions = Faoliyat hududi
column-languages = Tillar
column-status = Holat
pagination-previous = Oldingi
pagination-next = Keyingi
pagination-page = { $pages } sahifadan { $page }-sahifa
former-title = Avval faol boʻlgan tashkilotlar
former-intro = Tan olinishi tugagan tashkilotlar. Ularning sahifalari va tarixi shu yerda saqlanadi.

## Profile

profile-logo-alt = { $name } logotipi
profile-logo-source = Vikimedia Commonsdagi logotip
field-slug = Manzil
field-kind = Turi
field-status = Holat
field-name = Nomi
field-other-names = Boshqa tillarda
field-motto = Shiori
field-founders = Asoschilar
field-key-people = Asosiy shaxslar
field-contact-people = Aloqa uchun shaxslar
field-admins = Tahrirlash huquqiga ega tashkilotchilar
field-location = Joylashuvi
field-country = Mamlakat
field-country-code = Mamlakat kodi
field-regions = Faoliyat hududlari
field-languages = Rasmiy tillar
field-founded = Tashkil topgan
field-recognized = Tan olingan
field-agreement = Kelishuv muddati
field-mission = Vazifasi
field-goals = Yondashuvlar va maqsadlar
field-contacts = Aloqa
field-email = E-pochta
field-telegram = Telegram guruhi
field-mailing-list = Xabarlar roʻyxati
field-website = Veb-sayt
field-membership-policy = Aʼzolik
field-logo = Logotip
field-lang = Matnlar tili
date-range = { $start } – { $end }
profile-telegram-link = Telegram guruhi
profile-untranslated = Hali tarjima qilinmagan; { $language } tilida koʻrsatilmoqda.
profile-hubs = Tarkibiga kiradi
profile-edit = Sahifani tahrirlash
profile-history = Tarix
profile-back = Sahifaga qaytish
profile-updated = Oxirgi oʻzgarish: { $date }
profile-map-alt = Faoliyat olib boriladigan mamlakatlar xaritasi: { $countries }
profile-map-none = Mamlakatlar koʻrsatilmagan.

## Regional hubs

hubs-title = Mintaqaviy xablar
hubs-intro = Mintaqaviy xablar bir mintaqadagi tashkilotlarni birlashtiradi.
hub-affiliates = Ushbu xab tashkilotlari
hub-affiliate-count = { $count ->
    [one] { $count } ta tashkilot
   *[other] { $count } ta tashkilot
}
hub-map-title = Ushbu xab tashkilotlari faoliyat yuritadigan mamlakatlar
hub-edit-affiliates = Ushbu xab tashkilotlari
hub-edit-affiliates-help = Ushbu xab birlashtiradigan tashkilotlarni tanlang.

## History

history-title = { $name }: tarix
history-empty = Hozircha oʻzgarishlar qayd etilmagan.
history-created = { $actor } bu sahifani yaratdi.
history-updated = { $actor } oʻzgartirdi: { $fields }.
history-status = { $actor } holatni “{ $from }”dan “{ $to }”ga oʻzgartirdi.
history-notice = { $actor } bildirishnomasi: { $text }
history-hub-members = { $actor } ushbu xab tashkilotlarini oʻzgartirdi.
history-actor-system = Sangam tizimi
history-time = { $time } (UTC)

## Editing

edit-title = Tahrirlash: { $name }
new-title = Yangi tashkilot
edit-lang-help = Quyidagi matnlar shu tilda. Tarjima qoʻshish yoki tuzatish uchun boshqa tilni tanlab, “Tilni almashtirish” tugmasini bosing.
edit-lang-switch = Tilni almashtirish
edit-source = Asl matn ({ $language }):
edit-codes-help = ISO mamlakat kodlari, vergul yoki boʻsh joy bilan ajratilgan, masalan BD, IN, PK
edit-languages-help = Til kodlari (BCP 47), vergul yoki boʻsh joy bilan ajratilgan, masalan tg, ru, en
edit-people-help = Vikimedia foydalanuvchi nomlari, har qatorda bittadan
edit-date-help = Yil, oy yoki kun: 2022, 2022-12 yoki 2022-12-08
edit-day-help = Kun: 2023-01-31
edit-logo-help = Vikimedia Commonsdagi rasm fayli nomi, masalan Wikimedia Community Logo.svg
edit-telegram-help = t.me havolasi yoki @guruhnomi
edit-goal = { $n }-maqsad
edit-goal-heading = Sarlavha
edit-goal-body = Matn
edit-goals-help = Maqsadni oʻchirish uchun uning sarlavhasi va matnini boʻsh qoldiring.
edit-site-admin-only = Buni faqat sayt administratorlari oʻzgartira oladi.
edit-save = Saqlash
edit-cancel = Bekor qilish
edit-saved = Saqlandi.
edit-created = Tashkilot yaratildi.
form-errors = Belgilangan maydonlarni tuzating.
section-identity = Asosiy maʼlumot
section-texts = Matnlar
section-people = Odamlar
section-place = Joy va tillar
section-dates = Sanalar
section-contacts = Aloqa

## Signing in

signin-title = Kirish
signin-username = Vikimedia foydalanuvchi nomi
signin-password = Parol
signin-submit = Kirish
signout-done = Siz chiqdingiz.
signin-throttled-account = Bu hisobga kirish uchun muvaffaqiyatsiz urinishlar juda koʻp. { $minutes ->
    [one] { $minutes } daqiqadan
   *[other] { $minutes } daqiqadan
} keyin qayta urinib koʻring.
signin-throttled-address = Tarmogʻingizdan kirish uchun muvaffaqiyatsiz urinishlar juda koʻp. { $minutes ->
    [one] { $minutes } daqiqadan
   *[other] { $minutes } daqiqadan
} keyin qayta urinib koʻring.

## Account

account-title = Hisobingiz
account-username = Vikimedia foydalanuvchi nomi
account-email = E-pochta (shaxsiy: boshqalarga koʻrsatilmaydi)
account-preferred-lang = Interfeys tili
account-lang-browser = Brauzerim boʻyicha
account-save = Saqlash
account-saved = Sozlamalaringiz saqlandi.
account-site-admin = Siz sayt administratorisiz.
account-admin-of = Siz tashkil qilayotganlar:

## Errors

error-title = Nimadir notoʻgʻri
error-not_found = Siz izlagan narsa topilmadi.
error-unauthenticated = Avval kiring.
error-bad_credentials = Foydalanuvchi nomi yoki parol notoʻgʻri.
error-too_many_attempts = Muvaffaqiyatsiz kirish urinishlari juda koʻp. { $minutes ->
    [one] { $minutes } daqiqadan
   *[other] { $minutes } daqiqadan
} keyin qayta urinib koʻring.
error-forbidden = Sizga bunga ruxsat berilmagan.
error-site_admin_only = Buni faqat sayt administratorlari bajara oladi.
error-not_affiliate_admin = Buni faqat ushbu tashkilot tashkilotchilari bajara oladi.
error-session_expired = Seansingiz muddati tugadi. Qayta kiring.
error-csrf_failed = Bu shaklning muddati oʻtgan yoki u ushbu saytdan yuborilmagan. Sahifani yangilab, qayta urinib koʻring.
error-validation_failed = Baʼzi maydonlarni tuzatish kerak.
error-slug_taken = Bu manzilni boshqa tashkilot allaqachon ishlatmoqda.
error-edited_meanwhile = Siz tahrirlayotganingizda bu sahifani boshqa kishi saqladi. Oʻzgarishlaringiz saqlanmadi; solishtirib, qayta saqlashingiz uchun ular shaklda koʻrsatilgan.
error-account_exists = Bu nomdagi hisob allaqachon mavjud.
error-invalid_json = Soʻrov tanasi yaroqli JSON emas: { $detail }
error-unsupported_media_type = Soʻrov tanasini application/json sifatida yuboring.
error-payload_too_large = Soʻrov juda katta.
error-method_not_allowed = Bu manzil bunday soʻrovni qabul qilmaydi.
error-bad_request = Soʻrovni tushunib boʻlmadi.
error-internal = Bizning tomonda xatolik yuz berdi. Keyinroq urinib koʻring.
error-back-home = Roʻyxatga qaytish

## Field errors

field-error-required = Bu maydon majburiy.
field-error-too_long = Koʻpi bilan { $max } ta belgi.
field-error-too_many = Koʻpi bilan { $max } ta yozuv.
field-error-bidi_control = Matn yoʻnalishini oʻzgartiruvchi koʻrinmas belgilarni oʻchiring.
field-error-control_character = Koʻrinmas boshqaruv belgilarini oʻchiring.
field-error-unknown_country = “{ $code }” ISO 3166-1 mamlakat kodi emas.
field-error-unknown_language = “{ $code }” bizga maʼlum til emas.
field-error-invalid_language = “{ $code }” til tegi (BCP 47) emas, masalan tg yoki zh-Hans.
field-error-invalid_date = Sanani 2022, 2022-12 yoki 2022-12-08 koʻrinishida yozing.
field-error-impossible_date = Bunday sana mavjud emas.
field-error-date_needs_day = Toʻliq sanani yozing, masalan 2022-12-08.
field-error-range_reversed = Oxiri boshidan oldin.
field-error-invalid_email = Bu e-pochta manzili emas.
field-error-invalid_url = Bu https:// bilan boshlanadigan veb-manzil emas.
field-error-invalid_slug = 2 dan 64 gacha kichik lotin harfi, raqam va yakka chiziqchadan foydalaning.
field-error-reserved_slug = Bu manzil band qilingan.
field-error-slug_taken = Bu manzilni boshqa tashkilot allaqachon ishlatmoqda.
field-error-invalid_choice = Variantlardan birini tanlang.
field-error-invalid_file_name = Vikimedia Commonsdagi rasm fayli nomini yozing, masalan Example.svg.
field-error-username_character = Foydalanuvchi nomida “{ $character }” boʻlishi mumkin emas.
field-error-password_too_short = Kamida { $min } ta belgi.
field-error-unknown_affiliate = Bu manzilda tashkilot yoʻq.
field-error-not_a_hub = Aʼzo tashkilotlarga faqat mintaqaviy xab ega boʻla oladi.

## Membership

members-title = { $name } aʼzolari
members-heading = Aʼzolar
members-count = { $count ->
    [one] { $count } aʼzo
   *[other] { $count } aʼzo
}
members-sort-date = Qoʻshilgan sana boʻyicha
members-sort-name = Ism boʻyicha
members-talk = munozara
members-no-date = sana koʻrsatilmagan
members-utc = (UTC vaqti)
members-signed-up = Qoʻshilgan
members-join = Qoʻshilish
members-sign-in-to-join = Qoʻshilish uchun kiring
members-you-are-member = Siz aʼzosiz.
members-you-applied = Arizangiz tashkilotchilar koʻrib chiqishini kutmoqda.
members-leave = Guruhdan chiqish
members-joined = Xush kelibsiz! Endi siz aʼzosiz.
members-applied = Rahmat! Tashkilotchilar arizangizni koʻrib chiqadi.
members-left = Siz guruhdan chiqdingiz.
members-imported = Roʻyxat import qilindi.
members-wikitext = Meta-Viki uchun vikimatndagi aʼzolar roʻyxati
members-organizers = Tashkilotchilar uchun
members-csv = CSV sifatida eksport
members-import = Vikidagi roʻyxatdan oʻtish roʻyxatini import qilish
members-rules = Aʼzolik qoidalari
members-pending = Kutilayotgan arizalar
members-pending-none = Kutilayotgan ariza yoʻq.
members-no-review = Bu guruh aʼzolarni koʻrib chiqmasdan qabul qiladi.
members-answers-hidden = Javoblarni faqat shu guruhning oʻz tashkilotchilari koʻradi.
members-approve = Tasdiqlash
members-decline = Rad etish
role-board = Boshqaruv aʼzosi
role-contact = Aloqa uchun shaxs
role-founder = Asoschi
membership-status-pending = tasdiqlanishini kutmoqda
membership-status-active = aʼzo
membership-status-declined = rad etilgan
membership-status-left = chiqqan
account-memberships = Aʼzoliklaringiz
account-no-memberships = Siz hali hech bir guruh aʼzosi emassiz.
join-title = { $name }ga qoʻshilish
join-terms = Kim qoʻshila oladi
join-refused = Hozircha qoʻshila olmaysiz:
join-kind = Siz qoʻshilmoqdasiz
join-kind-individual = shaxs sifatida
join-kind-institution = muassasa sifatida
join-age = Yoshingiz
join-country = Fuqarolik yoki yashash mamlakati
join-institution = Muassasa nomi
join-institution-help = Faqat muassasa nomidan qoʻshilsangiz.
join-institution-country = Muassasa roʻyxatdan oʻtgan mamlakat
join-edit-count = Vikimediadagi tahrirlaringiz soni
join-account-created = Vikimedia hisobingiz qachon ochilgan
join-unverified = sizning soʻzingizga koʻra, tekshirilmagan
join-unverified-help = Oʻzingiz bilganingizdek; tashkilotchilar tekshirishi mumkin.
join-answer = Javob
join-privacy = Javoblaringizni faqat siz va shu guruh tashkilotchilari koʻradi.
join-apply = Ariza berish
rule-min_age = Aʼzolarning yoshi kamida { $min } da.
rule-countries = Aʼzolar { $countries } fuqarolari yoki aholisi.
rule-institutions = Muassasalar ham qoʻshila oladi.
rule-institution_countries = { $countries }da roʻyxatdan oʻtgan muassasalar qoʻshila oladi.
rule-min_edits = Aʼzolar Vikimedia loyihalarida kamida { $min } ta tahrir qilgan.
rule-min_account_days = Aʼzolarning Vikimedia hisoblari kamida { $days } kunlik.
rule-review = Tashkilotchilar har bir arizani koʻrib chiqadi.
refusal-min_age = Qoʻshilish uchun yoshingiz kamida { $min } boʻlishi kerak.
refusal-age_missing = Yoshingizni yozing: aʼzolarning yoshi kamida { $min } da.
refusal-country = Bu guruh { $countries } fuqarolari va aholisi uchun.
refusal-institutions_not_admitted = Bu guruh muassasalarni qabul qilmaydi.
refusal-institution_country = Faqat { $countries }da roʻyxatdan oʻtgan muassasalar qoʻshila oladi.
refusal-min_edits = Aʼzolarning Vikimedia loyihalarida kamida { $min } ta tahriri boʻlishi kerak.
refusal-min_account_age = Aʼzolarning Vikimedia hisobi kamida { $days } kunlik boʻlishi kerak.
rules-title = { $name } aʼzolik qoidalari
rules-review = Aʼzo boʻlishdan oldin tashkilotchilar arizalarni koʻrib chiqadi
rules-allow-institutions = Muassasalar ham qoʻshila oladi
rules-min-age = Eng kichik yosh
rules-countries = Fuqarolari yoki aholisi (hamma uchun boʻsh qoldiring)
rules-institution-countries = Roʻyxatdan oʻtgan muassasalar mamlakati
rules-institution-countries-help = ISO mamlakat kodlari; istalgan joydagi muassasalar uchun boʻsh qoldiring.
rules-min-edits = Vikimediadagi eng kam tahrirlar soni (ariza beruvchi aytganiga koʻra)
rules-min-account-days = Vikimedia hisobining eng kam yoshi, kunlarda (ariza beruvchi aytganiga koʻra)
rules-questions = Ariza beruvchilarga savollar
rules-questions-help = Savolni oʻchirish uchun uni boʻsh qoldiring.
rules-question = Savol
rules-required = Javob majburiy
import-title = { $name }ga roʻyxatdan oʻtish roʻyxatini import qilish
import-help = Meta-Viki sahifasidagi roʻyxatdan oʻtish roʻyxatini joylashtiring — sahifada koʻringanidek yoki vikimatn sifatida. Har bir kishining imzo sanasi saqlanadi. Oldindan koʻrib chiqing, soʻng import qiling.
import-text = Roʻyxat
import-preview = Oldindan koʻrish
import-apply = Bu aʼzolarni import qilish
import-problems = Oʻqib boʻlmagan qatorlar
import-line = Qator
import-reason = Sabab
import-already = allaqachon aʼzo
import-new = yangi
import-fix-first = Oʻqib boʻlmagan qatorlarni tuzating yoki oʻchiring, soʻng qayta import qiling. Hech narsa import qilinmadi.
import-summary = { $entries } ta yozuv, ulardan { $new } tasi yangi; { $problems } ta qatorni oʻqib boʻlmadi; boshqa { $skipped } ta qator tashlab ketildi.
import-problem-no_name = Bu qatorda ism yoʻq.
import-problem-bad_name = Bu Vikimedia foydalanuvchi nomi boʻla olmaydi.
import-problem-unreadable_date = Sanani oʻqib boʻlmaydi.
import-problem-impossible_date = Bunday sana mavjud emas.
import-problem-time_without_zone = Vaqtning mintaqasi (UTC) koʻrsatilmagan.
history-by = { $actor }: { $what }
history-members-imported = { $count ->
    [one] roʻyxatdan oʻtish roʻyxatidan { $count } ta aʼzoni import qildi.
   *[other] roʻyxatdan oʻtish roʻyxatidan { $count } ta aʼzoni import qildi.
}
history-member-approved = { $actor } { $member } arizasini tasdiqladi.
history-member-declined = { $actor } { $member } arizasini rad etdi.
history-membership-rules = { $actor } aʼzolik qoidalarini oʻzgartirdi.
error-already_member = Siz allaqachon bu guruh aʼzosisiz yoki arizangiz kutilmoqda.
error-not_eligible = Siz bu guruhning aʼzolik qoidalariga mos kelmaysiz.
field-error-impossible_age = 5 dan 120 gacha boʻlgan yoshni yozing.
field-error-future_date = Bu sana hali kelmagan.
field-error-invalid_number = Butun son yozing.
field-error-unknown_question = Bu guruh bunday savol bermaydi.
field-error-import_too_large = Roʻyxat 10 MB dan katta.
field-error-import_empty = Roʻyxat boʻsh.
field-error-import_utf16 = Fayl UTF-16 kodlashda. Uni UTF-8 sifatida saqlab, qayta urinib koʻring.
field-error-import_binary = Bu matn emas.
field-error-import_not_utf8 = Matn UTF-8 emas (ehtimol eski kodlash). Uni UTF-8 sifatida saqlab, qayta urinib koʻring.
field-error-import_unreadable_lines = Baʼzi qatorlarni oʻqib boʻlmadi; hech narsa import qilinmadi.

## Events and the activities calendar

calendar-heading = Tadbirlar
calendar-title = { $name } tadbirlari
calendar-link = Tadbirlar taqvimi
calendar-feed = Obuna boʻlish (iCalendar)
calendar-wikitext = Meta-Viki uchun vikimatn
calendar-years = Yillar
calendar-all-years = Barcha yillar
calendar-empty = Hozircha tadbirlar yoʻq.
event-time-range-zone = { $start } – { $end } ({ $zone })
event-time-range-utc = { $start } – { $end } (UTC)
event-status-planned = Rejalashtirilgan
event-status-ongoing = Davom etmoqda
event-status-done = Yakunlangan
event-status-cancelled = Bekor qilingan
event-kind-edit-a-thon = Tahrirlash marafoni
event-kind-workshop = Seminar-amaliyot
event-kind-training = Oʻquv mashgʻuloti
event-kind-photowalk = Fotosayr
event-kind-upload-a-thon = Yuklash marafoni
event-kind-meetup = Uchrashuv
event-kind-contest = Tanlov
event-kind-conference = Konferensiya
event-kind-campaign = Kampaniya
event-kind-other = Boshqa
event-mode-online = Onlayn
event-mode-in-person = Yuzma-yuz
event-mode-hybrid = Gibrid
event-field-when = Qachon
event-field-kind = Turi
event-field-mode = Qayerda
event-field-venue = Joy
event-field-organizers = Tashkilotchilar
event-field-hashtags = Xeshteglar
event-field-wikis = Vikilar
event-feed = Taqvimga qoʻshish (iCalendar)

## Event errors

field-error-unknown_time_zone = “{ $zone }” maʼlum vaqt mintaqasi emas; Asia/Dhaka kabi nom yozing.
field-error-time_skipped = Bu mintaqada soatlar { $time } ni oʻtkazib yuboradi (yozgi vaqt); boshqa vaqtni tanlang.
field-error-invalid_time = Vaqtni 18:30 shaklida yozing.
field-error-end_before_start = Tugash boshlanishdan keyin boʻlishi kerak.
field-error-invalid_coordinates = Kenglik (−90 dan 90 gacha) va uzunlikni (−180 dan 180 gacha) kiriting yoki hech birini.
field-error-venue_required = Yuzma-yuz tadbir uchun joy yoki manzil kerak.
field-error-online_has_no_place = Onlayn tadbirning koordinatalari boʻlmaydi.
field-error-capacity_not_positive = Oʻrinlar sonini 1 dan { $max } gacha kiriting yoki cheklovsiz boʻlsa boʻsh qoldiring.
field-error-invalid_wiki = “{ $wiki }” bn.wikipedia.org kabi viki manzili emas.
field-error-invalid_hashtag = “{ $hashtag }” xeshteg emas (faqat harf, raqam va _).
error-already_registered = Siz bu tadbirga allaqachon roʻyxatdan oʻtgansiz.
error-registration_closed = Bu tadbirga roʻyxatdan oʻtish ochiq emas.
error-registration_not_open_yet = Bu tadbirga roʻyxatdan oʻtish hali boshlanmagan.
error-registration_ended = Bu tadbirga roʻyxatdan oʻtish yopilgan.
error-event_over = Bu tadbir tugagan yoki bekor qilingan.

## Event registration

event-registration = Roʻyxatdan oʻtish
event-seats = { $capacity } oʻrindan { $taken } tasi band.
event-seats-unlimited = Roʻyxatdan oʻtganlar: { $taken }.
event-waiting = Kutish roʻyxatida: { $count }.
event-register = Roʻyxatdan oʻtish
event-register-private = Ismimni ishtirokchilarning ochiq roʻyxatida koʻrsatmang
event-registered = Sizga oʻrin bor.
event-promoted = Oʻrin boʻshadi: siz kutish roʻyxatidan koʻtarilib, oʻrin oldingiz.
event-waitlisted = Siz kutish roʻyxatida { $position }-oʻrindasiz.
event-cancel = Roʻyxatdan oʻtishimni bekor qilish
event-sign-in-to-register = Roʻyxatdan oʻtish uchun kiring.
event-participants = Ishtirokchilar
event-private = yopiq
event-seat-registered = oʻrin
event-seat-waitlisted = kutish
event-seat-cancelled = bekor
event-meeting = Uchrashuv havolasi

## Event outcomes

outcomes-heading = Natijalar
outcome-participants = Ishtirokchilar
outcome-new_editors = Yangi muharrirlar
outcome-articles_created = Yaratilgan maqolalar
outcome-articles_improved = Yaxshilangan maqolalar
outcome-uploads = Commonsga yuklanganlar
outcome-notes = Izohlar
outcomes-save = Natijalarni saqlash
calendar-totals = Yillar boʻyicha natijalar
calendar-year = Yil
event-cancel-event = Bu tadbirni bekor qilish
event-restore = Bu tadbirni tiklash
event-participants-csv = Ishtirokchilar va javoblar (CSV)
field-error-event_not_held = Natijalarni tadbir oʻtgandan keyin yozish mumkin.

## My events

account-events = Mening tadbirlarim
account-no-events = Siz hech qanday tadbirga roʻyxatdan oʻtmagansiz.
account-feed-create = Shaxsiy taqvim manzilini yaratish
account-feed-explain = Roʻyxatdan oʻtgan tadbirlaringiz uchun taqvim ilovasiga shaxsiy manzil. Uni bilgan har kim koʻradi; yangisini yaratish eskisini oʻchiradi.
account-feed-url = Shaxsiy taqvim manzilingiz (faqat hozir koʻrsatiladi; uni taqvim ilovasiga koʻchiring):

## Campaigns

nav-campaigns = Kampaniyalar
campaigns-title = Kampaniyalar
campaigns-empty = Hozircha kampaniyalar yoʻq.
campaign-edition-count = { $count } ta nashr
campaign-editions = Nashrlar
campaign-taking-part = Ishtirok etuvchilar
event-field-campaign = Kampaniya nashri
calendar-campaigns = Kampaniyalar
field-error-unknown_campaign = Bu manzilda kampaniya yoʻq.
error-campaign_slug_taken = Bu manzil boshqa kampaniyada band.
event-field-people = Tashkilotchilar
event-field-languages = Tillar

## The event form

event-form-heading = { $name }: yangi tadbir
event-form-new = Yangi tadbir
event-form-what = Nima
event-form-when = Qachon
event-form-where = Qayerda
event-form-more = Yana
event-form-title = Sarlavha
event-form-all-day = Toʻliq kunlar (faqat sanalar)
event-form-start-date = Boshlanish sanasi
event-form-start-time = Boshlanish vaqti
event-form-end-date = Tugash sanasi
event-form-end-date-help = Boʻsh: boshlanish kuni.
event-form-end-time = Tugash vaqti
event-form-time-zone = Vaqt mintaqasi
event-form-time-zone-help = Yuqoridagi vaqtlar mintaqasi, masalan Asia/Dhaka. Oʻquvchilar ularni oʻz mintaqasida ham koʻradi.
event-form-address = Manzil
event-form-latitude = Kenglik
event-form-longitude = Uzunlik
event-form-capacity = Oʻrinlar (boʻsh: cheklovsiz)
event-form-questions = Roʻyxatdan oʻtuvchilar uchun savollar
event-form-questions-help = Har qatorda bittadan; majburiy qilish uchun qatorni * bilan boshlang. Javoblarni faqat tashkilotchilar koʻradi.
event-form-organizers-help = Vikimedia foydalanuvchi nomlari, har qatorda bittadan.
event-form-description = Tavsif
event-form-closes-date = Roʻyxatdan oʻtish yopiladigan sana
event-form-closes-time = soat
event-form-registration-open = Roʻyxatdan oʻtish ochiq
event-form-save = Tadbirni yaratish

## Month grid

weekday-1 = Du
weekday-2 = Se
weekday-3 = Ch
weekday-4 = Pa
weekday-5 = Ju
weekday-6 = Sh
weekday-7 = Ya
calendar-view-list = Roʻyxat
calendar-view-grid = Oy jadvali
calendar-previous-month = Oldingi oy
calendar-next-month = Keyingi oy
calendar-show-times-in = Vaqtni bu mintaqada ham koʻrsatish
calendar-show = Koʻrsatish
event-form-edit-heading = Oʻzgartirish: { $title }
event-edit = Bu tadbirni oʻzgartirish
event-undated = Sana hali belgilanmagan
calendar-proposed = Taklif etilgan tadbirlar
event-form-proposed = Taklif, hali sanasiz
event-form-opens-date = Roʻyxatdan oʻtish ochiladigan sana

## Reports and the lifecycle

notice-reminder_30 = eslatma: hisobot 30 kundan soʻng topshirilishi kerak
notice-reminder_7 = eslatma: hisobot 7 kundan soʻng topshirilishi kerak
notice-past_due = bildirishnoma: majburiy hisobot muddati oʻtdi, soʻnggi muddat bilan
notice-deadline = bildirishnoma: hisobotning soʻnggi muddatiga bir hafta qoldi
notice-expiry = bildirishnoma: muddat oʻtdi va tan olinish tugadi
history-report-filed = hisobot topshirildi
history-report-deferred = hisobot bir yilga kechiktirildi

## Notice mail

mail-subject = { $affiliate }: { $what }
mail-report = Hisobot { $start } – { $end } davrini qamraydi, topshirish muddati — { $due }.
mail-body =
    Salom, { $name }!
    {""}
    Bu — { $what }.
    { $report }
    {""}
    Hisobotni topshiring yoki guruhingiz holatini koʻring:
    { $url }
    {""}
    — Sangam

## Reports pages

reports-heading = Hisobotlar
reports-link = Majburiy hisobotlar va ularning holati
reports-title = { $name }: hisobotlar
reports-intro = Ushbu tashkilot har bir davr uchun topshirishi kerak boʻlgan hisobotlar, muddatlari va holati.
reports-none = Hozircha hech qanday hisobot talab qilinmaydi. Ular kelishuv davri yoki moliya yili boshlanganda paydo boʻladi.
reports-standing = Holati: { $status }.
report-kind-activity = Yillik faoliyat hisoboti
report-kind-financial = Moliyaviy hisobot
report-period = { $start } – { $end }
report-col-report = Hisobot
report-col-period = Davr
report-col-due = Muddat
report-col-status = Holat
report-status-upcoming = Kutilmoqda
report-status-due = Topshirish vaqti
report-status-past_due = Muddati oʻtgan
report-status-filed = Topshirilgan
report-status-deferred = Kechiktirilgan
report-status-accepted = Qabul qilingan
report-due-in = { $days ->
    [0] muddati bugun
   *[other] muddatiga { $days } kun qoldi
}
report-overdue-by = { $days } kun kechikdi
report-in-grace = imtiyozli davr { $date } gacha
report-heading = { $report }, { $period }
report-due-on = muddati: { $date }
report-filed-on = { $date } kuni topshirildi.
report-filed-by = Topshirgan: { $username }.
report-accepted-on = { $date } kuni qabul qilindi.
report-changes-asked = Sayt administratori oʻzgartirish soʻradi
report-deferred-because = Bir yilga kechiktirildi: { $reason }.
deferment-reason-natural_disaster = tabiiy ofat
deferment-reason-pandemic = pandemiya
deferment-reason-war = urush
deferment-reason-government_restriction = hukumat cheklovi
report-wikitext = Meta-Viki uchun vikimatn
report-file-heading = Ushbu hisobotni topshirish
report-builder-intro = Bu qoralama shu davr uchun bu yerda yozilgan tadbirlar, natijalar, aʼzolar va boshqaruv oʻzgarishlaridan toʻldirildi. Tahrirlang, soʻng topshiring. Meta-Vikidagi hisobotlar ingliz tilida yoziladi.
report-builder-totals = Tadbirlar: { $events }, ishtirokchilar: { $participants }, yangi aʼzolar: { $joined }.
report-build = Hisobotni bizning maʼlumotlardan tuzish
report-build-mine = mening tilimda
report-link-label = Hisobotga havola (uning Meta-Vikidagi sahifasi)
report-body-label = Yoki hisobotni shu yerda yozing
report-file = Hisobotni topshirish
report-save-draft = Qoralamani saqlash
report-review-heading = Koʻrib chiqish
report-review-accept = Hisobotni qabul qilish
report-review-note = Nimani oʻzgartirish kerak
report-review-changes = Oʻzgartirish soʻrash
report-defer = Bir yilga kechiktirish
report-defer-reason = Sabab
report-defer-note = Nima yuz berdi
report-decide-title = Muddati tugadi: administrator qarori
report-decide-intro = Tan olish muddati tugadi, chunki oxirgi muddatdan keyin ham hisobot kelmadi. Tashkilotni yangi kelishuv davriga qayta tan oling yoki avval faol boʻlganlar roʻyxatiga oʻtkazing.
report-field-start = Birinchi kun
report-field-end = Oxirgi kun
report-field-due = Topshirish muddati
report-decide-recognize = Qayta tan olish
report-decide-former = Avval faollarga oʻtkazish
report-add-period = Hisobot davrini qoʻshish
history-report-reviewed = hisobot koʻrib chiqildi
history-report-period = hisobot davri qoʻshildi

## Compliance dashboard

compliance-title = Talablarga rioya
compliance-intro = Har bir tashkilotning holati: maqomi, keyingi hisobot, qanchalik kechikkani, oxirgi bildirishnoma va yuborilmagan xatlar.
compliance-col-affiliate = Tashkilot
compliance-col-status = Maqom
compliance-col-next = Keyingi hisobot
compliance-col-overdue = Kechikkan kunlar
compliance-col-notice = Oxirgi bildirishnoma
compliance-col-mail = Pochta muammolari
compliance-filter-overdue = Faqat kechikkanlar
compliance-filter-mail = Faqat pochta muammolari borlar
compliance-mail-failed = Yuborilmadi: { $count }. { $error }

## The annual report builder's draft

report-draft-summary-heading = Qisqacha
report-draft-summary = { $name } { $start } va { $end } oraligʻida { $events } ta tadbir oʻtkazdi.
report-draft-totals = Natijalari yozilgan { $reported } ta tadbirga { $participants } ishtirokchi va { $new_editors } yangi muharrir keldi; { $articles_created } ta maqola yaratildi, { $articles_improved } tasi yaxshilandi, { $uploads } ta fayl yuklandi.
report-draft-events-heading = Tadbirlar
report-draft-no-events = Bu davr uchun bu yerda hech qanday tadbir yozilmagan.
report-draft-members-heading = Aʼzolar
report-draft-members = { $joined } kishi qoʻshildi; davr oxirida guruhda { $total } aʼzo bor edi.
report-draft-board-heading = Boshqaruv
report-draft-board = Boshqaruv aʼzolari: { $names }.
report-draft-board-changes = Boshqaruv oʻzgargan kunlar: { $dates }.
report-draft-plans-heading = Saboqlar va rejalar
report-draft-plans = (Nima yaxshi boʻlgani, nima qiyin boʻlgani va keyin nima borligini shu yerda yozing.)

## Report errors

field-error-report_missing = Hisobotga havola bering yoki uni shu yerda yozing.
field-error-report_link_or_text = Havola bering yoki hisobotni yozing, ikkalasini emas.
field-error-review_note_required = Nimani oʻzgartirish kerakligini yozing.
field-error-deferment_reason_required = Kechiktirish sababini tanlang.
field-error-period_overlaps = Bu davr { $start } – { $end } davri bilan ustma-ust tushadi.
field-error-period_too_long = Hisobot davri koʻpi bilan ikki yil.
field-error-due_before_end = Topshirish muddati davr tugashidan oldin.
error-report_accepted = Bu hisobot allaqachon qabul qilingan.
error-report_not_filed = Faqat topshirilgan va hali qabul qilinmagan hisobotni koʻrib chiqish mumkin.
error-report_filed = Bu hisobot allaqachon topshirilgan.
error-report_deferred = Bu hisobot allaqachon kechiktirilgan.
error-not_expired = Bu qarorni faqat tan olish muddati tugagan tashkilot kutadi.
error-period_overlaps = Bu davr boshqasi bilan ustma-ust tushadi.

## Elections: refusals

error-nominations_closed = Bu saylov uchun nomzod koʻrsatish hozir ochiq emas.
error-already_nominated = Bu kishi allaqachon nomzod qilib koʻrsatilgan.
error-voting_not_open = Ovoz berish hali boshlanmagan.
error-voting_closed = Ovoz berish tugadi.
error-not_eligible_voter = Siz bu saylovning saylovchilar roʻyxatida yoʻqsiz: u belgilangan sanagacha qoʻshilgan aʼzolar uchun.
error-voting_not_closed = Ovozlar ovoz berish tugagandan keyin sanaladi.
field-error-not_eligible_candidate = Faqat belgilangan sanagacha qoʻshilgan aʼzolar nomzod boʻla oladi.
field-error-ballot_method = Bu byulleten ushbu saylov turiga mos emas.
field-error-ballot_empty = Kamida bitta nomzodni tartib bilan belgilang.
field-error-ballot_unknown_candidate = Bu byulletenda nomzod boʻlmagan kishi bor.
field-error-ballot_repeated_candidate = Bu byulletenda bitta nomzod ikki marta bor.
field-error-ballot_stances = Har bir nomzod uchun qoʻllab-quvvatlash, betaraf yoki qarshi tanlang.
field-error-receipt_required = Siz allaqachon ovoz bergansiz: uni oʻzgartirish uchun byulleteningiz kvitansiya kodini kiriting.
field-error-receipt_unknown = Bu kvitansiya kodi bilan byulleten yoʻq.
field-error-seats_range = Oʻrinlar sonini 1 dan { $max } gacha kiriting.
field-error-invalid_instant = Vaqtni 2027-03-01 yoki 2027-03-01T09:00:00Z koʻrinishida yozing.
field-error-voting_before_nominations_close = Ovoz berish faqat nomzod koʻrsatish yopilgandan keyin ochilishi mumkin.

## The board on the profile

board-heading = Boshqaruv
board-now = Hozir boshqaruvda: { $names } ({ $end } gacha).
board-phase = Guruhning { $year }-yilidan: { $seats } oʻrin, muddati { $months } oy, { $how }.
board-chosen-founders = asoschilar tanlaydi
board-chosen-election = aʼzolar saylaydi
board-before = { $names }, { $start } – { $end }

## Election pages

elections-title = { $name }: saylovlar
elections-none = Hozircha saylov yoʻq.
election-phase-upcoming = Kelgusi
election-phase-nominating = Nomzod koʻrsatish ochiq
election-phase-waiting = Nomzod koʻrsatish yopildi; ovoz berish tez orada
election-phase-voting = Ovoz berish davom etmoqda
election-phase-closed = Yakunlangan
election-voting-dates = Ovoz berish: { $start } – { $end }
election-nomination-dates = Nomzod koʻrsatish: { $start } – { $end }
election-seats = Oʻrinlar: { $seats }
election-choice = { $rank }-tanlov
election-round-elected = Saylandi: { $names }.
election-round-eliminated = Chiqib ketdi: { $names }.
election-turnout = { $count ->
    [one] Bir aʼzo ovoz berdi.
   *[other] { $count } aʼzo ovoz berdi.
}
election-method-meek = Xohlagancha nomzodni tartib bilan belgilang, eng maqbulini birinchi. Hisob — Vikimedia kengashi saylovlaridagidek Drup kvotasi bilan Meek STV.
election-method-approval = Qoʻllab-quvvatlagan barcha nomzodlarni maʼqullang; eng koʻp maʼqullanganlar yutadi.
election-method-plurality = Bitta nomzodni tanlang; eng koʻp ovoz olganlar yutadi.
election-method-support_oppose = Har bir nomzodga qoʻllab-quvvatlash, betaraf yoki qarshi bering; tartib qoʻllab-quvvatlash ÷ (qoʻllab-quvvatlash + qarshi) boʻyicha.
election-receipt-found = Byulleteningiz hisobga olindi.
election-receipt-missing = Hisobda bu kvitansiya kodi bilan byulleten yoʻq.
election-receipt-heading = Kvitansiya kodingiz
election-receipt-keep = Bu kodni saqlang. U hech qayerda ismingiz bilan bogʻlanmagan: u bilan byulleteningiz hisoblanganini tekshirishingiz va ovoz berish tugaguncha ovozingizni oʻzgartirishingiz mumkin. Uni hech kim qayta bera olmaydi.
election-candidates = Nomzodlar
election-no-candidates = Hozircha nomzod yoʻq.
election-withdrawn = qaytib oldi
election-statement = Murojaatingiz (aʼzolar nega sizni saylashi kerak)
election-stand = Nomzod boʻlish
election-ballot = Byulleteningiz
election-support = Qoʻllab-quvvatlash
election-neutral = Betaraf
election-oppose = Qarshi
election-change-receipt = Ovozni oʻzgartirish uchun byulleteningiz kvitansiya kodi
election-change-vote = Ovozimni oʻzgartirish
election-vote = Ovoz berish
election-result = Natija
election-elected = Saylanganlar:
election-round = Bosqich
election-quota = Kvota
election-blt = Byulletenlar BLT fayli sifatida (istalgan STV dasturi bilan qayta sanang)
election-ballots = Eʼlon qilingan byulletenlar
election-check-receipt = Kvitansiya kodini tekshirish
election-check = Tekshirish
elections-link = Saylovlar
election-surplus = Ortiqcha
election-keep-factor = Ushlab qolish ulushi
election-rounds-intro = Har bosqichda: kvota, har bir nomzodning ovozlari (saylangan nomzod oʻziga yetgan har bir ovozdan ushlab qoladigan ulush, × ushlab qolish ulushi), kvotadan ortiqcha va kim saylandi yoki chiqib ketdi.

## Setting up an election

election-new = Yangi saylov
election-field-method = Hisoblash usuli
election-field-title = Nomi
election-field-seats = Oʻrinlar
election-field-nominations_open = Nomzod koʻrsatish boshlanadi
election-field-nominations_close = Nomzod koʻrsatish tugaydi
election-field-voting_open = Ovoz berish boshlanadi
election-field-voting_close = Ovoz berish tugaydi
election-field-voters_joined_before = Saylovchilar: shu sanagacha qoʻshilganlar
election-field-voters_min_edits = Saylovchining eng kam tahrirlari (ixtiyoriy)
election-field-candidates_joined_before = Nomzodlar: shu sanagacha qoʻshilganlar (boʻsh boʻlsa, saylovchilar sanasi)
election-field-term_start = Muddat boshi
election-field-term_end = Muddat oxiri
election-method-name-meek = Tartib bilan, Meek STV
election-method-name-approval = Maʼqullash
election-method-name-plurality = Bitta tanlov
election-method-name-support_oppose = Qoʻllab-quvvatlash, betaraf yoki qarshi
election-awaiting = Ularning roziligi kutilmoqda:
election-accept = Nomzodlikni qabul qilish
election-withdraw = Qaytib olish
election-nominee = Boshqa aʼzoni koʻrsatish (foydalanuvchi nomi; oʻzingiz uchun boʻsh qoldiring)
election-statement-edit = Ushbu bayonotni yozish yoki tarjima qilish
election-statement-lang = Til (en, bn yoki ur kabi kod)
election-statement-save = Bayonotni saqlash
election-statement-outdated = Bu tarjima bayonotning avvalgi versiyasidan qilingan.
error-statement_source_nominee_only = Bayonot yozilgan tilda uni faqat nomzodning oʻzi oʻzgartira oladi; boshqa tilga tarjima qoʻshing.
field-error-duplicate = Bu ikki marta berilgan.
field-error-presenter_one_of = Har bir maʼruzachi uchun foydalanuvchi nomi yoki mehmon ismini bering.
field-error-session_minutes_range = Sessiya 5 dan { $max } daqiqagacha davom etadi.
field-error-language_not_offered = Chaqiruvda bu til taklif qilinmaydi.
field-error-presenter_unknown = Bu foydalanuvchi nomi bilan hisob yoʻq; uni mehmon sifatida yozing.
field-error-signature_without_date = Imzoda sana yoʻq; toʻrtta tilda (~~~~) bilan imzo qoʻying.
error-cfp_not_open = Takliflar qabuli hali ochilmagan.
error-cfp_closed = Takliflar qabuli yopilgan.
error-proposal_not_editable = Bu taklifni endi oʻzgartirib boʻlmaydi.
error-not_proposer = Buni faqat taklif maʼruzachilari qila oladi.
error-proposal_withdrawn = Bu taklif qaytarib olingan.
conf-proposals-title = { $title } uchun takliflar
conf-new-title = { $title } uchun taklif
conf-cfp-upcoming = Takliflar qabuli { $date } ochiladi.
conf-cfp-open = Takliflar qabuli { $date } gacha ochiq.
conf-cfp-closed = Takliflar qabuli { $date } yopildi.
conf-minutes = { $minutes } daqiqa
conf-session-types = Sessiya turlari
conf-languages = Tillar
conf-interpretation = Bu tillar orasida tarjima tashkil qilinishi mumkin.
conf-interested-count = { $count } kishi qiziqmoqda
conf-new = Taklif yuborish
conf-none = Hozircha taklif yoʻq.
conf-status-submitted = Koʻrib chiqish kutilmoqda
conf-status-withdrawn = Qaytarib olingan
conf-status-accepted = Qabul qilingan
conf-status-waitlisted = Kutish roʻyxatida
conf-status-rejected = Qabul qilinmagan
conf-field-presenters = Hisobi bor maʼruzachilar (foydalanuvchi nomlari, har qatorda bittadan)
conf-field-guests = Hisobi yoʻq maʼruzachilar (ismlar, har qatorda bittadan)
conf-field-contact_email = Elektron pochta (ixtiyoriy; faqat tashkilotchilar va maʼruzachilar koʻradi)
conf-field-affiliation = Tashkilot
conf-field-title = Sarlavha
conf-field-lang = Til
conf-field-language_note = Til qanday qoʻllanishi (ixtiyoriy)
conf-field-session_type = Turi
conf-field-minutes = Kerakli vaqt, daqiqada (turning odatiy davomiyligi uchun boʻsh qoldiring)
conf-field-track = Yoʻnalish
conf-field-plan = Rejangizni batafsil yozing
conf-field-support = Sizga kerakli yordam
conf-field-benefit = Bu sessiya hamjamiyatlarga qanday foyda keltiradi?
conf-submit = Taklifni yuborish
conf-save = Oʻzgarishlarni saqlash
conf-presenters = Maʼruzachilar
conf-time-needed = Kerakli vaqt
conf-submitted-by = { $name } yubordi, { $date }
conf-contact = Aloqa maʼlumotlari
conf-topic = Mavzu
conf-edit = Taklifni oʻzgartirish
conf-withdraw = Taklifni qaytarib olish
conf-interested = Qiziqqan ishtirokchilar
conf-interested-none = Hozircha hech kim imzo qoʻymagan.
conf-interest-add = Menga qiziq
conf-interest-remove = Qiziqishimni olib tashlash
event-proposals = Takliflar qabuli va dastur
conf-mail-subject = { $title }: { $decision }
conf-mail-body =
    Salom, { $name }!
    {""}
    Tashkilotchilar “{ $title }” taklifingiz boʻyicha qaror qabul qildi: { $decision }.
    {""}
    { $note }
    {""}
    Taklifni koʻrish:
    { $url }
    {""}
    — Sangam
error-not_reviewer = Buni faqat konferensiya taqrizchilari qila oladi.
error-own_proposal = Taqrizchilar oʻzlari yuborgan yoki taqdim etadigan taklifni baholamaydi.
field-error-score_count = { $count } mezonning har biri uchun bitta baho bering.
field-error-score_out_of_scale = Baholar 0 dan { $max } gacha.
field-error-weight_range = Vazn 0 dan katta va koʻpi bilan 100 boʻlgan son.
field-error-too_large = Koʻpi bilan { $max }.
error-room_taken = Bu vaqtda bu xonada boshqa sessiya bor.
error-presenter_busy = Bu sessiya maʼruzachilaridan biri bu vaqtda boshqa sessiyada.
error-proposal_not_accepted = Dasturga faqat qabul qilingan sessiyalar kiradi.
field-error-session_longer_than_slots = Bu sessiya har qanday vaqt oraligʻidan uzunroq.
field-error-outside_slots = Sessiyani konferensiyaning vaqt oraliqlaridan biri ichiga qoʻying.
conf-programme-title = { $title } dasturi
conf-programme-zone = Vaqt { $zone } boʻyicha.
conf-programme-empty = Dasturda hozircha sessiya yoʻq.
conf-programme = Dastur
conf-when-where = Dasturda:
conf-add-to-calendar = Taqvimimga qoʻshish
sch-title = { $title }: stipendiyalar
sch-review-title = { $title }: stipendiya arizalari
sch-upcoming = Arizalar { $date } qabul qilina boshlaydi.
sch-open = Arizalar { $date } gacha qabul qilinadi.
sch-closed = Arizalar qabuli { $date } tugadi.
sch-phase = Bosqich
sch-phase-open = Arizalar qabul qilinmoqda
sch-phase-eligibility = Muvofiqlik tekshirilmoqda
sch-phase-scoring = Baholash
sch-phase-decision = Qaror
sch-phase-published = Qarorlar e’lon qilindi
sch-advance-eligibility = Arizalarni yopib, muvofiqlikni tekshirish
sch-advance-scoring = Baholashni boshlash
sch-advance-decision = Baholashni yopib, qaror qabul qilish
sch-advance-published = Qarorlarni e’lon qilib, arizachilarga xat yuborish
sch-criteria = Taqrizchilar { $criteria } bo‘yicha har birini 0 dan { $max } gacha baholaydi.
sch-field-region = Mamlakat yoki hudud
sch-field-history = Avvalgi konferensiyalar va stipendiya arizalari (masalan, “2019 va 2023 yillarda ariza berganman”)
sch-field-contributions = Vikilar va hamjamiyatga qo‘shgan hissangiz
sch-field-motivation = Nega qatnashmoqchisiz?
sch-field-need = Kerakli yordam
sch-need-full = To‘liq stipendiya (yo‘l, yashash va ro‘yxatdan o‘tish)
sch-need-partial = Qisman stipendiya
sch-apply = Arizamni yuborish
sch-save = Saqlash
sch-sign-in = Ariza berish uchun kiring.
sch-yours = Arizangiz
sch-sent = { $date } yuborilgan.
sch-decision = Qaror
sch-decision-full = To‘liq stipendiya
sch-decision-partial = Qisman stipendiya
sch-decision-waitlist = Kutish ro‘yxatida
sch-decision-declined = Berilmadi
sch-decision-message = Arizachiga xabar
sch-your-scores = Ballaringiz
sch-your-score = Ballingiz
sch-reviewer-n = Taqrizchi { $n }
sch-reviewer = Taqrizchi
sch-weighted = Vaznli
sch-score = O‘rtacha ball
sch-cutoff = Stipendiya berilgan eng past ball
sch-spread = Taqrizchilar orasidagi farq
sch-comment = Izoh
sch-score-it = Bu arizani baholash
sch-flag = Belgi
sch-flag-none = Belgisiz
sch-flag-spam = Spam
sch-flag-ineligible = Talabga javob bermaydi
sch-flag-note = Sababi
sch-review-link = Arizalarni ko‘rib chiqish
sch-back-to-event = Tadbirga qaytish
sch-back-to-round = Stipendiyalarga qaytish
sch-none = Hozircha ariza yo‘q.
sch-applicant = Arizachi
sch-email = Elektron pochta
sch-reviewers = Taqrizchilar (foydalanuvchi nomlari, har qatorda bittadan)
sch-application-of = { $name }ning stipendiya arizasi
event-scholarship = Stipendiyalar
sch-mail-subject = { $conference }: stipendiya — { $decision }
sch-mail-body =
    Assalomu alaykum, { $name }!
    {""}
    { $conference } stipendiyalari bo‘yicha qarorlar e’lon qilindi. Sizniki: { $decision }.
    {""}
    { $note }
    {""}
    Ballaringiz va o‘tish bali stipendiyalar sahifasida:
    { $url }
    {""}
    — Sangam
error-scholarship_not_open = Bu stipendiyaga arizalar hali qabul qilinmayapti.
error-scholarship_closed = Bu stipendiyaga arizalar qabuli tugagan.
error-round_under_way = Arizalar bosqichi o‘tdi; endi uni o‘zgartirib bo‘lmaydi.
error-applications_undecided = Ba’zi arizalar bo‘yicha hali qaror yo‘q.
error-wrong_phase = Hozir buning bosqichi emas.
error-own_application = Taqrizchilar o‘z arizasini baholamaydi va belgilamaydi.
error-application_flagged = Bu ariza belgilangan: u baholanmaydi va faqat rad etilishi mumkin.
error-application_private = Bu arizani faqat arizachi, taqrizchilar va tashkilotchilar ko‘ra oladi.
field-error-phase_order = Bosqichlar birma-bir oldinga siljiydi.
conf-call-title = { $title }: takliflar qabuli
conf-save-call = Qabulni saqlash
conf-field-opens = Boshlanishi (sana yoki UTC bo‘yicha sana va vaqt, masalan 2027-03-01T00:00:00Z)
conf-field-closes = Tugashi (sana yoki UTC bo‘yicha sana va vaqt)
conf-field-session_types = Sessiya turlari, har qatorda bittadan: kalit | nomi | daqiqa
conf-field-tracks = Yo‘nalishlar, har qatorda bittadan (ixtiyoriy)
conf-field-languages = Sessiya tillari (en hi bn kabi kodlar, bo‘sh joy bilan ajratilgan)
conf-field-questions = O‘z savollaringiz, har qatorda bittadan (majburiy qilish uchun oxiriga * qo‘ying)
conf-field-criteria = Taqrizchilar nimani baholaydi, har qatorda bittadan: nomi | vazni
conf-field-score_max = Shkalaning eng yuqori bali (ballar 0 dan boshlanadi)
conf-link-call = Takliflar qabulini sozlash
conf-link-reviews = Takliflarni ko‘rib chiqish
conf-link-schedule = Xonalar va vaqtlar
sch-link-round = Stipendiya bosqichini sozlash
sch-edit-title = { $title }: stipendiya bosqichi
sch-save-round = Bosqichni saqlash
conf-reviews-title = { $title }: takliflarni ko‘rib chiqish
conf-status = Holati
conf-reviews = Taqrizlar
conf-review-it = Bu taklifni ko‘rib chiqish
conf-decision-message = Ma’ruzachilarga xabar (qaror bilan birga xatda yuboriladi)
conf-place = Dasturga qo‘yish
conf-room = Xona
conf-start = Boshlanish vaqti
conf-schedule-title = { $title }: xonalar va vaqtlar
conf-rooms = Xonalar
conf-room-name = Xona nomi
conf-add-room = Xona qo‘shish
conf-slots = Vaqt oraliqlari
conf-slots-help = Har qatorda bittadan, boshi – oxiri, konferensiya vaqt mintaqasida, masalan 2027-08-01T10:00 – 2027-08-01T13:00
conf-accepted-sessions = Qabul qilingan sessiyalar
conf-not-placed = hali dasturda emas

election-counting = Ovozlar sanalmoqda. Bir daqiqadan soʻng sahifani qayta yuklang.
election-count-failed = Hisob bu serverning cheklovlari ichida tugamadi, shuning uchun hali natija yoʻq. Tashkilotchilarga xabar berildi.
election-count-failed-organizer = Sayt maʼmuri hisobga koʻproq vaqt yoki xotira berishi mumkin (sozlamalardagi count_seconds, count_memory_mb); keyin bu yerda qayta sanang.
election-recount = Qayta sanash
error-nothing_to_recount = Qayta boshlash uchun toʻxtagan hisob yoʻq.
history-count-failed = “{ $title }” saylovining hisobi bu serverning cheklovlari ichida tugamadi.
