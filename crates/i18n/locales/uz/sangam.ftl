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
