### Sangam: سنڌي (Sindhi, Arabic script). Source comments are in locales/en/sangam.ftl.
### Strings marked "review" want a check by a native speaker.

## Page frame

site-name = سنگم
site-tagline = وڪيميڊيا سان لاڳاپيل تنظيمن جو برادري مرڪز
skip-to-content = مکيه مواد ڏانهن وڃو
nav-directory = لاڳاپيل تنظيمون
nav-hubs = علائقائي مرڪز
nav-former = اڳ ۾ سرگرم
nav-sign-in = داخل ٿيو
nav-sign-out = ٻاهر نڪرو
nav-signed-in-as = { $username } طور داخل
nav-account = توهان جو کاتو
lang-switcher-label = ٻولي
footer-api = اي پي آءِ (OpenAPI)
footer-about = سنگم آزاد سافٽ ويئر آهي، جنهن کي وڪيميڊيا برادريون پاڻ هلائين ٿيون.

## Affiliate kinds and statuses

kind-user_group = واپرائيندڙ گروپ
kind-chapter = چيپٽر
kind-thematic_organization = موضوعاتي تنظيم
kind-hub = علائقائي مرڪز
status-recognized = تسليم ٿيل
status-active = سرگرم
# review: "report overdue"
status-past_due = رپورٽ واجب الادا
status-suspended = معطل
status-expired = مدو پورو
status-formerly_active = اڳ ۾ سرگرم

## Directory

directory-title = وڪيميڊيا جون لاڳاپيل تنظيمون
directory-intro = واپرائيندڙ گروپ، چيپٽر، موضوعاتي تنظيمون ۽ علائقائي مرڪز، انهن علائقن ۽ ٻولين سميت جن ۾ اهي ڪم ڪن ٿا.
directory-count = { $count ->
    [one] { $count } لاڳاپيل تنظيم
   *[other] { $count } لاڳاپيل تنظيمون
}
directory-empty = انهن فلٽرن سان ڪا به لاڳاپيل تنظيم نه ملي.
directory-serves-count = { $count ->
    [one] { $count } ملڪ
   *[other] { $count } ملڪ
}
directory-new = لاڳاپيل تنظيم شامل ڪريو
filter-region = علائقو
filter-country = ملڪ
filter-language = ٻولي
filter-status = حيثيت
filter-kind = قسم
filter-any = ڪو به
filter-apply = فلٽر ڪريو
filter-clear = فلٽر هٽايو
filter-include-former = اڳ ۾ سرگرم تنظيمون به ڏيکاريو
column-name = نالو
column-kind = قسم
column-country = جاءِ
column-regions = ڪم جو دائرو
column-languages = ٻوليون
column-status = حيثيت
pagination-previous = پويون
pagination-next = ايندڙ
pagination-page = صفحو { $page } / { $pages }
former-title = اڳ ۾ سرگرم لاڳاپيل تنظيمون
former-intro = اهي تنظيمون جن جي منظوري ختم ٿي وئي. سندن صفحا ۽ تاريخ هتي محفوظ آهن.

## Profile

profile-logo-alt = { $name } جو لوگو
profile-logo-source = وڪيميڊيا ڪامنز تي لوگو
field-slug = پتو
field-kind = قسم
field-status = حيثيت
field-name = نالو
field-other-names = ٻين ٻولين ۾
field-motto = نعرو
field-founders = باني
field-key-people = اهم شخصيتون
field-contact-people = رابطي وارا ماڻهو
field-admins = سنوارڻ جي اختيار وارا منتظم
field-location = جاءِ
field-country = ملڪ
field-country-code = ملڪ جو ڪوڊ
field-regions = ڪم جا علائقا
field-languages = سرڪاري ٻوليون
field-founded = قيام
field-recognized = منظوري
field-agreement = معاهدي جو عرصو
field-mission = مشن
field-goals = طريقا ۽ مقصد
field-contacts = رابطو
field-email = اي ميل
field-telegram = ٽيليگرام
field-mailing-list = ميلنگ لسٽ
field-website = ويب سائيٽ
field-membership-policy = رڪنيت
field-logo = لوگو
field-lang = لکڻين جي ٻولي
date-range = { $start } – { $end }
profile-telegram-link = ٽيليگرام گروپ
profile-untranslated = اڃا ترجمو نه ٿيو آهي؛ { $language } ۾ ڏيکاريو پيو وڃي.
profile-hubs = جنهن جو حصو آهي
profile-edit = هي صفحو سنواريو
profile-history = تاريخ
profile-back = صفحي ڏانهن واپس
profile-updated = آخري تبديلي { $date }
profile-map-alt = انهن ملڪن جو نقشو جن ۾ ڪم ڪري ٿي: { $countries }
profile-map-none = ڪو به ملڪ درج ناهي.

## Regional hubs

hubs-title = علائقائي مرڪز
hubs-intro = علائقائي مرڪز ڪنهن علائقي جي لاڳاپيل تنظيمن کي گڏ ڪن ٿا.
hub-affiliates = هن مرڪز جون لاڳاپيل تنظيمون
hub-affiliate-count = { $count ->
    [one] { $count } لاڳاپيل تنظيم
   *[other] { $count } لاڳاپيل تنظيمون
}
hub-map-title = هن مرڪز جون تنظيمون جن ملڪن ۾ ڪم ڪن ٿيون
hub-edit-affiliates = هن مرڪز جون لاڳاپيل تنظيمون
hub-edit-affiliates-help = چونڊيو ته هي مرڪز ڪهڙين تنظيمن کي گڏ ڪري ٿو.

## History

history-title = { $name } جي تاريخ
history-empty = اڃا ڪا به تبديلي درج ناهي.
history-created = { $actor } هي صفحو ٺاهيو.
history-updated = { $actor } { $fields } تبديل ڪيو.
history-status = { $actor } حيثيت { $from } مان { $to } ڪئي.
history-notice = { $actor } پاران اطلاع: { $text }
history-hub-members = { $actor } هن مرڪز جون لاڳاپيل تنظيمون تبديل ڪيون.
history-actor-system = سنگم
history-time = { $time } (يو ٽي سي)

## Editing

edit-title = { $name } سنواريو
new-title = نئين لاڳاپيل تنظيم
edit-lang-help = هيٺيون لکڻيون هن ٻولي ۾ آهن. ترجمو شامل يا درست ڪرڻ لاءِ ٻي ٻولي چونڊيو ۽ "ٻولي بدلايو" دٻايو.
edit-lang-switch = ٻولي بدلايو
edit-source = اصل لکڻي ({ $language }):
edit-codes-help = آءِ ايس او ملڪي ڪوڊ، ڪاما يا خال سان الڳ، مثال طور BD, IN, PK
edit-languages-help = ٻولي جا ڪوڊ (BCP 47)، ڪاما يا خال سان الڳ، مثال طور tg, ru, en
edit-people-help = وڪيميڊيا واپرائيندڙ نالا، هر سٽ ۾ هڪ
edit-date-help = هڪ سال، مهينو يا ڏينهن: 2022، 2022-12 يا 2022-12-08
edit-day-help = هڪ ڏينهن: 2023-01-31
edit-logo-help = وڪيميڊيا ڪامنز تي ڪنهن تصويري فائل جو نالو، مثال طور Wikimedia Community Logo.svg
edit-telegram-help = t.me جو ڳنڍڻو يا @گروپ جو نالو
edit-goal = مقصد { $n }
edit-goal-heading = عنوان
edit-goal-body = لکڻي
edit-goals-help = ڪنهن مقصد کي هٽائڻ لاءِ ان جو عنوان ۽ لکڻي خالي ڇڏيو.
edit-site-admin-only = هي صرف سائيٽ منتظم بدلائي سگهن ٿا.
edit-save = محفوظ ڪريو
edit-cancel = رد ڪريو
edit-saved = محفوظ ٿي ويو.
edit-created = لاڳاپيل تنظيم ٺهي وئي.
form-errors = مهرباني ڪري نشان لڳل خانا درست ڪريو.
section-identity = سڃاڻپ
section-texts = لکڻيون
section-people = ماڻهو
section-place = جاءِ ۽ ٻوليون
section-dates = تاريخون
section-contacts = رابطو

## Signing in

signin-title = داخلا
signin-username = وڪيميڊيا واپرائيندڙ نالو
signin-password = پاسورڊ
signin-submit = داخل ٿيو
signout-done = توهان ٻاهر نڪري ويا آهيو.
signin-throttled-account = هن کاتي ۾ داخل ٿيڻ جون گهڻيون ناڪام ڪوششون ٿيون. { $minutes ->
    [one] { $minutes } منٽ
   *[other] { $minutes } منٽن
} کان پوءِ ٻيهر ڪوشش ڪريو.
signin-throttled-address = توهان جي نيٽ ورڪ مان داخل ٿيڻ جون گهڻيون ناڪام ڪوششون ٿيون. { $minutes ->
    [one] { $minutes } منٽ
   *[other] { $minutes } منٽن
} کان پوءِ ٻيهر ڪوشش ڪريو.

## Account

account-title = توهان جو کاتو
account-username = وڪيميڊيا واپرائيندڙ نالو
account-email = اي ميل (ذاتي: ڪنهن ٻئي کي نظر نٿو اچي)
account-preferred-lang = انٽرفيس جي ٻولي
account-lang-browser = جيئن منهنجو برائوزر چوي
account-save = محفوظ ڪريو
account-saved = توهان جون ترتيبون محفوظ ٿي ويون.
account-site-admin = توهان سائيٽ منتظم آهيو.
account-admin-of = توهان انهن جا منتظم آهيو:

## Errors

error-title = ڪجهه ٺيڪ ناهي
error-not_found = توهان جيڪو ڳولي رهيا هئا اهو نه مليو.
error-unauthenticated = مهرباني ڪري پهريان داخل ٿيو.
error-bad_credentials = واپرائيندڙ نالو يا پاسورڊ غلط آهي.
error-too_many_attempts = داخل ٿيڻ جون گهڻيون ناڪام ڪوششون. { $minutes ->
    [one] { $minutes } منٽ
   *[other] { $minutes } منٽن
} کان پوءِ ٻيهر ڪوشش ڪريو.
error-forbidden = توهان کي اهو ڪرڻ جي اجازت ناهي.
error-site_admin_only = اهو صرف سائيٽ منتظم ڪري سگهن ٿا.
error-not_affiliate_admin = اهو صرف هن تنظيم جا منتظم ڪري سگهن ٿا.
error-session_expired = توهان جي سيشن جو مدو پورو ٿي ويو. مهرباني ڪري ٻيهر داخل ٿيو.
error-csrf_failed = هن فارم جو مدو پورو ٿي ويو يا اهو هن سائيٽ تان نه آيو. صفحو ٻيهر لوڊ ڪري ڪوشش ڪريو.
error-validation_failed = ڪجهه خانن کي درستي جي ضرورت آهي.
error-slug_taken = هي پتو ڪا ٻي تنظيم اڳ ۾ استعمال ڪري رهي آهي.
error-edited_meanwhile = توهان جي سنوارڻ دوران ڪنهن ٻئي هي صفحو محفوظ ڪيو. توهان جون تبديليون محفوظ نه ٿيون؛ اهي فارم ۾ ڏيکاريل آهن ته جيئن توهان ڀيٽ ڪري ٻيهر محفوظ ڪري سگهو.
error-account_exists = هن واپرائيندڙ نالي جو کاتو اڳ ۾ موجود آهي.
error-invalid_json = درخواست جو متن درست JSON ناهي: { $detail }
error-unsupported_media_type = درخواست جو متن application/json طور موڪليو.
error-payload_too_large = درخواست تمام وڏي آهي.
error-method_not_allowed = هي پتو اهڙي درخواست قبول نٿو ڪري.
error-bad_request = درخواست سمجهه ۾ نه آئي.
error-internal = اسان جي پاسي ڪا خرابي ٿي. مهرباني ڪري پوءِ ڪوشش ڪريو.
error-back-home = فهرست ڏانهن واپس

## Field errors

field-error-required = هي خانو لازمي آهي.
field-error-too_long = وڌ ۾ وڌ { $max } اکر.
field-error-too_many = وڌ ۾ وڌ { $max } داخلائون.
field-error-bidi_control = لکڻي جي رخ بدلائيندڙ لڪل اکر هٽايو.
field-error-control_character = لڪل ڪنٽرول اکر هٽايو.
field-error-unknown_country = "{ $code }" آءِ ايس او 3166-1 جو ملڪي ڪوڊ ناهي.
field-error-unknown_language = "{ $code }" ڪا ڄاتل ٻولي ناهي.
field-error-invalid_language = "{ $code }" ٻولي جو ٽيگ (BCP 47) ناهي، جهڙوڪ tg يا zh-Hans.
field-error-invalid_date = تاريخ 2022، 2022-12 يا 2022-12-08 جي صورت ۾ لکو.
field-error-impossible_date = هي تاريخ موجود ناهي.
field-error-date_needs_day = پوري تاريخ ڏيو، جهڙوڪ 2022-12-08.
field-error-range_reversed = پڄاڻي شروعات کان اڳ آهي.
field-error-invalid_email = هي اي ميل پتو ناهي.
field-error-invalid_url = هي https:// سان شروع ٿيندڙ ويب پتو ناهي.
field-error-invalid_slug = 2 کان 64 ننڍا لاطيني اکر، انگ ۽ اڪيلا ڊيش استعمال ڪريو.
field-error-reserved_slug = هي پتو محفوظ آهي.
field-error-slug_taken = هي پتو ڪا ٻي تنظيم اڳ ۾ استعمال ڪري رهي آهي.
field-error-invalid_choice = اختيارن مان هڪ چونڊيو.
field-error-invalid_file_name = وڪيميڊيا ڪامنز تي ڪنهن تصويري فائل جو نالو ڏيو، جهڙوڪ Example.svg.
field-error-username_character = واپرائيندڙ نالي ۾ "{ $character }" نٿو ٿي سگهي.
field-error-password_too_short = گهٽ ۾ گهٽ { $min } اکر.
field-error-unknown_affiliate = هن پتي تي ڪا لاڳاپيل تنظيم ناهي.
field-error-not_a_hub = صرف علائقائي مرڪز جون ميمبر تنظيمون ٿي سگهن ٿيون.

## Membership

members-title = { $name } جا ميمبر
members-heading = ميمبر
members-count = { $count ->
    [one] { $count } ميمبر
   *[other] { $count } ميمبر
}
members-sort-date = شامل ٿيڻ جي تاريخ موجب
members-sort-name = نالي موجب
members-talk = بحث
members-no-date = تاريخ نه ڏنل
members-utc = (يو ٽي سي)
members-signed-up = شامل ٿيو
members-join = شامل ٿيو
members-sign-in-to-join = شامل ٿيڻ لاءِ داخل ٿيو
members-you-are-member = توهان ميمبر آهيو.
members-you-applied = توهان جي درخواست منتظمن جي جائزي جي انتظار ۾ آهي.
members-leave = گروپ ڇڏيو
members-joined = ڀلي ڪري آيا! هاڻي توهان ميمبر آهيو.
members-applied = مهرباني! منتظم توهان جي درخواست جو جائزو وٺندا.
members-left = توهان گروپ ڇڏي ڏنو آهي.
members-imported = فهرست درآمد ٿي وئي.
members-wikitext = ميٽا وڪي لاءِ وڪي متن ۾ ميمبرن جي فهرست
members-organizers = منتظمن لاءِ
members-csv = CSV طور برآمد ڪريو
members-import = وڪي جي شموليت فهرست درآمد ڪريو
members-rules = رڪنيت جا ضابطا
members-pending = انتظار ۾ درخواستون
members-pending-none = ڪا به درخواست انتظار ۾ ناهي.
members-no-review = هي گروپ جائزي کانسواءِ ميمبر شامل ڪري ٿو.
members-answers-hidden = جواب صرف هن گروپ جا پنهنجا منتظم ڏسي سگهن ٿا.
members-approve = منظور ڪريو
members-decline = رد ڪريو
role-board = بورڊ ميمبر
role-contact = رابطي وارو ماڻهو
role-founder = باني
membership-status-pending = منظوري جي انتظار ۾
membership-status-active = ميمبر
membership-status-declined = رد ٿيل
membership-status-left = ڇڏي ڏنو
account-memberships = توهان جون رڪنيتون
account-no-memberships = توهان اڃا ڪنهن به گروپ جا ميمبر ناهيو.
join-title = { $name } ۾ شامل ٿيو
join-terms = ڪير شامل ٿي سگهي ٿو
join-refused = توهان اڃا شامل نٿا ٿي سگهو:
join-kind = توهان هن حيثيت ۾ شامل ٿي رهيا آهيو
join-kind-individual = فرد
join-kind-institution = ادارو
join-age = توهان جي عمر
join-country = شهريت يا رهائش جو ملڪ
join-institution = اداري جو نالو
join-institution-help = صرف تڏهن جڏهن توهان ڪنهن اداري پاران شامل ٿيو.
join-institution-country = اهو ملڪ جتي ادارو رجسٽر ٿيل آهي
join-edit-count = وڪيميڊيا تي توهان جي سنوارن جو تعداد
join-account-created = توهان جو وڪيميڊيا کاتو ڪڏهن ٺهيو
join-unverified = توهان جي ٻڌائڻ موجب، تصديق ٿيل ناهي
join-unverified-help = جيئن توهان ڄاڻو ٿا؛ منتظم جانچ ڪري سگهن ٿا.
join-answer = جواب
join-privacy = توهان جا جواب صرف توهان ۽ هن گروپ جا منتظم ڏسي سگهن ٿا.
join-apply = درخواست ڏيو
rule-min_age = ميمبرن جي عمر گهٽ ۾ گهٽ { $min } سال آهي.
rule-countries = ميمبر { $countries } جا شهري يا رهاڪو آهن.
rule-institutions = ادارا به شامل ٿي سگهن ٿا.
rule-institution_countries = { $countries } ۾ رجسٽر ٿيل ادارا شامل ٿي سگهن ٿا.
rule-min_edits = ميمبرن وڪيميڊيا منصوبن تي گهٽ ۾ گهٽ { $min } سنوارون ڪيون آهن.
rule-min_account_days = ميمبرن جا وڪيميڊيا کاتا گهٽ ۾ گهٽ { $days } ڏينهن پراڻا آهن.
rule-review = منتظم هر درخواست جو جائزو وٺن ٿا.
refusal-min_age = شامل ٿيڻ لاءِ توهان جي عمر گهٽ ۾ گهٽ { $min } سال هجڻ گهرجي.
refusal-age_missing = مهرباني ڪري پنهنجي عمر ٻڌايو: ميمبرن جي عمر گهٽ ۾ گهٽ { $min } سال آهي.
refusal-country = هي گروپ { $countries } جي شهرين ۽ رهاڪن لاءِ آهي.
refusal-institutions_not_admitted = هي گروپ ادارن کي شامل نٿو ڪري.
refusal-institution_country = صرف { $countries } ۾ رجسٽر ٿيل ادارا شامل ٿي سگهن ٿا.
refusal-min_edits = ميمبرن جون وڪيميڊيا منصوبن تي گهٽ ۾ گهٽ { $min } سنوارون هجڻ گهرجن.
refusal-min_account_age = ميمبرن جا وڪيميڊيا کاتا گهٽ ۾ گهٽ { $days } ڏينهن پراڻا هجڻ گهرجن.
rules-title = { $name } جي رڪنيت جا ضابطا
rules-review = ميمبر ٿيڻ کان اڳ منتظم درخواستن جو جائزو وٺن
rules-allow-institutions = ادارا به شامل ٿي سگهن ٿا
rules-min-age = گهٽ ۾ گهٽ عمر
rules-countries = انهن ملڪن جا شهري يا رهاڪو (سڀني لاءِ خالي ڇڏيو)
rules-institution-countries = انهن ملڪن ۾ رجسٽر ٿيل ادارا
rules-institution-countries-help = آءِ ايس او ملڪي ڪوڊ؛ ڪٿي جي به ادارن لاءِ خالي ڇڏيو.
rules-min-edits = وڪيميڊيا تي گهٽ ۾ گهٽ سنوارون (درخواست ڏيندڙ جي ٻڌائڻ موجب)
rules-min-account-days = وڪيميڊيا کاتي جي گهٽ ۾ گهٽ عمر، ڏينهن ۾ (درخواست ڏيندڙ جي ٻڌائڻ موجب)
rules-questions = درخواست ڏيندڙن کان سوال
rules-questions-help = ڪنهن سوال کي هٽائڻ لاءِ ان کي خالي ڇڏيو.
rules-question = سوال
rules-required = جواب لازمي آهي
import-title = { $name } ۾ شموليت فهرست درآمد ڪريو
import-help = ميٽا وڪي صفحي تان شموليت فهرست چسپاڻ ڪريو، جيئن صفحي تي نظر اچي ٿي يا وڪي متن طور. هر فرد جي صحيح جي تاريخ برقرار رهندي. اڳ ڏيک ڏسو، پوءِ درآمد ڪريو.
import-text = فهرست
import-preview = اڳ ڏيک
import-apply = اهي ميمبر درآمد ڪريو
import-problems = اهي سٽون جيڪي پڙهي نه سگهيون
import-line = سٽ
import-reason = سبب
import-already = اڳ ۾ ميمبر
import-new = نئون
import-fix-first = جيڪي سٽون پڙهي نه سگهيون انهن کي درست ڪريو يا هٽايو، پوءِ ٻيهر درآمد ڪريو. ڪجهه به درآمد نه ٿيو.
import-summary = { $entries } داخلائون، جن مان { $new } نيون؛ { $problems } سٽون پڙهي نه سگهيون؛ { $skipped } ٻيون سٽون ڇڏيون ويون.
import-problem-no_name = هن سٽ ۾ ڪو نالو ناهي.
import-problem-bad_name = هي وڪيميڊيا جو ممڪن واپرائيندڙ نالو ناهي.
import-problem-unreadable_date = تاريخ پڙهي نٿي سگهجي.
import-problem-impossible_date = هي تاريخ موجود ناهي.
import-problem-time_without_zone = وقت سان گڏ وقت جو علائقو (UTC) ناهي.
history-by = { $actor }: { $what }
history-members-imported = { $count ->
    [one] شموليت فهرست مان { $count } ميمبر درآمد ڪيو.
   *[other] شموليت فهرست مان { $count } ميمبر درآمد ڪيا.
}
history-member-approved = { $actor } { $member } جي درخواست منظور ڪئي.
history-member-declined = { $actor } { $member } جي درخواست رد ڪئي.
history-membership-rules = { $actor } رڪنيت جا ضابطا تبديل ڪيا.
error-already_member = توهان اڳ ۾ هن گروپ جا ميمبر آهيو، يا توهان جي درخواست انتظار ۾ آهي.
error-not_eligible = توهان هن گروپ جي رڪنيت جا ضابطا پورا نٿا ڪريو.
field-error-impossible_age = 5 کان 120 جي وچ ۾ عمر ٻڌايو.
field-error-future_date = هي تاريخ مستقبل جي آهي.
field-error-invalid_number = هڪ پورو انگ لکو.
field-error-unknown_question = هي گروپ اهڙو سوال نٿو پڇي.
field-error-import_too_large = فهرست 10 MB کان وڏي آهي.
field-error-import_empty = فهرست خالي آهي.
field-error-import_utf16 = فائل UTF-16 ۾ آهي. ان کي UTF-8 ۾ محفوظ ڪري ٻيهر ڪوشش ڪريو.
field-error-import_binary = هي متن ناهي.
field-error-import_not_utf8 = متن UTF-8 ۾ ناهي (شايد پراڻي انڪوڊنگ). ان کي UTF-8 ۾ محفوظ ڪري ٻيهر ڪوشش ڪريو.
field-error-import_unreadable_lines = ڪجهه سٽون پڙهي نه سگهيون؛ ڪجهه به درآمد نه ٿيو.

## Events and the activities calendar

calendar-heading = سرگرميون
calendar-title = { $name } جون سرگرميون
calendar-link = سرگرمين جو ڪئلينڊر
calendar-feed = سبسڪرائب ڪريو (iCalendar)
calendar-wikitext = ميٽا وڪي لاءِ وڪي متن
calendar-years = سال
calendar-all-years = سڀ سال
calendar-empty = اڃا ڪا سرگرمي ناهي.
event-time-range-zone = { $start } – { $end } ({ $zone })
event-time-range-utc = { $start } – { $end } (يو ٽي سي)
event-status-planned = رٿيل
event-status-ongoing = جاري
event-status-done = مڪمل
event-status-cancelled = منسوخ
event-kind-edit-a-thon = ايڊيٽاٿون
event-kind-workshop = ورڪشاپ
event-kind-training = تربيت
event-kind-photowalk = فوٽو واڪ
event-kind-upload-a-thon = اپلوڊاٿون
event-kind-meetup = ملاقات
event-kind-contest = مقابلو
event-kind-conference = ڪانفرنس
event-kind-campaign = مهم
event-kind-other = ٻيو
event-mode-online = آن لائن
event-mode-in-person = روبرو
event-mode-hybrid = هائبرڊ
event-field-when = ڪڏهن
event-field-kind = قسم
event-field-mode = ڪٿي
event-field-venue = جاءِ
event-field-organizers = منتظم
event-field-hashtags = هيش ٽيگ
event-field-wikis = وڪيون
event-feed = ڪئلينڊر ۾ شامل ڪريو (iCalendar)

## Event errors

field-error-unknown_time_zone = “{ $zone }” ڪو ڄاتل ٽائيم زون ناهي؛ Asia/Dhaka جهڙو نالو لکو.
field-error-time_skipped = هن ٽائيم زون ۾ گهڙيال { $time } ڇڏي ڏين ٿا (اونهاري جو وقت)؛ ٻيو وقت چونڊيو.
field-error-invalid_time = وقت 18:30 جي صورت ۾ لکو.
field-error-end_before_start = پڄاڻي شروعات کان پوءِ هجڻ گهرجي.
field-error-invalid_coordinates = ويڪرائي ڦاڪ (−90 کان 90) ۽ ڊگهائي ڦاڪ (−180 کان 180) ٻئي ڏيو، يا ڪوبه نه.
field-error-venue_required = روبرو تقريب لاءِ جاءِ يا پتو ضروري آهي.
field-error-online_has_no_place = آن لائن تقريب جا ڪي نقطا نه هوندا آهن.
field-error-capacity_not_positive = 1 کان { $max } تائين سيٽن جو تعداد ڏيو، يا حد نه هجي ته خالي ڇڏيو.
field-error-invalid_wiki = “{ $wiki }” bn.wikipedia.org جهڙو وڪي پتو ناهي.
field-error-invalid_hashtag = “{ $hashtag }” هيش ٽيگ ناهي (رڳو اکر، انگ ۽ _).
error-already_registered = توهان هن تقريب لاءِ اڳ ۾ ئي رجسٽر آهيو.
error-registration_closed = هن تقريب لاءِ رجسٽريشن کليل ناهي.
error-registration_not_open_yet = هن تقريب جي رجسٽريشن اڃا شروع ناهي ٿي.
error-registration_ended = هن تقريب جي رجسٽريشن بند ٿي چڪي آهي.
error-event_over = هي تقريب ختم ٿي چڪي آهي يا منسوخ ٿي وئي آهي.

## Event registration

event-registration = رجسٽريشن
event-seats = { $capacity } مان { $taken } سيٽون ڀرجي چڪيون.
event-seats-unlimited = { $taken } رجسٽرڊ.
event-waiting = { $count } انتظار ۾.
event-register = رجسٽر ڪريو
event-register-private = شرڪت ڪندڙن جي عوامي فهرست ۾ منهنجو نالو نه ڏيکاريو
event-registered = توهان جي سيٽ پڪي آهي.
event-promoted = هڪ سيٽ خالي ٿي: توهان انتظار جي فهرست مان اڳتي وڌيا ۽ توهان کي سيٽ ملي وئي.
event-waitlisted = توهان انتظار جي فهرست ۾ { $position } نمبر تي آهيو.
event-cancel = منهنجي رجسٽريشن منسوخ ڪريو
event-sign-in-to-register = رجسٽر ڪرڻ لاءِ سائن ان ڪريو.
event-participants = شرڪت ڪندڙ
event-private = ذاتي
event-seat-registered = سيٽ
event-seat-waitlisted = انتظار
event-seat-cancelled = منسوخ
event-meeting = ميٽنگ لنڪ

## Event outcomes

outcomes-heading = نتيجا
outcome-participants = شرڪت ڪندڙ
outcome-new_editors = نوان ايڊيٽر
outcome-articles_created = ٺاهيل مضمون
outcome-articles_improved = سڌاريل مضمون
outcome-uploads = ڪامنز تي اپلوڊ
outcome-notes = نوٽس
outcomes-save = نتيجا محفوظ ڪريو
calendar-totals = سال وار نتيجا
calendar-year = سال
event-cancel-event = هي تقريب منسوخ ڪريو
event-restore = هي تقريب بحال ڪريو
event-participants-csv = شرڪت ڪندڙ ۽ جواب (CSV)
field-error-event_not_held = نتيجا تقريب ٿيڻ کان پوءِ ئي درج ڪري سگهجن ٿا.

## My events

account-events = منهنجون تقريبون
account-no-events = توهان ڪنهن به تقريب لاءِ رجسٽريشن ناهي ڪئي.
account-feed-create = ذاتي ڪئلينڊر پتو ٺاهيو
account-feed-explain = توهان جي رجسٽر ٿيل تقريبن لاءِ توهان جي ڪئلينڊر ايپ جو ذاتي پتو. جنهن وٽ اهو هجي اهو انهن کي ڏسي سگهي ٿو؛ نئون پتو ٺاهڻ سان پراڻو بند ٿي وڃي ٿو.
account-feed-url = توهان جو ذاتي ڪئلينڊر پتو (رڳو هاڻي ڏيکاريو پيو وڃي؛ ان کي پنهنجي ڪئلينڊر ايپ ۾ ڪاپي ڪريو):

## Campaigns

nav-campaigns = مهمون
campaigns-title = مهمون
campaigns-empty = اڃا ڪا مهم ناهي.
campaign-edition-count = { $count } ايڊيشن
campaign-editions = ايڊيشن
campaign-taking-part = شريڪ
event-field-campaign = هن مهم جو ايڊيشن
calendar-campaigns = مهمون
field-error-unknown_campaign = هن پتي جي ڪا مهم ناهي.
error-campaign_slug_taken = هي پتو اڳ ۾ ئي ٻي مهم وٽ آهي.
event-field-people = منتظم ماڻهو
event-field-languages = ٻوليون

## The event form

event-form-heading = { $name } جي نئين تقريب
event-form-new = نئين تقريب
event-form-what = ڇا
event-form-when = ڪڏهن
event-form-where = ڪٿي
event-form-more = وڌيڪ
event-form-title = عنوان
event-form-all-day = پورا ڏينهن (رڳو تاريخون)
event-form-start-date = شروعاتي تاريخ
event-form-start-time = شروعاتي وقت
event-form-end-date = پڄاڻي جي تاريخ
event-form-end-date-help = خالي: شروعات وارو ئي ڏينهن.
event-form-end-time = پڄاڻي جو وقت
event-form-time-zone = ٽائيم زون
event-form-time-zone-help = مٿيان وقت جنهن زون جا آهن، جيئن Asia/Dhaka. پڙهندڙ انهن کي پنهنجي زون ۾ به ڏسندا.
event-form-address = پتو
event-form-latitude = ويڪرائي ڦاڪ
event-form-longitude = ڊگهائي ڦاڪ
event-form-capacity = سيٽون (خالي: ڪا حد ناهي)
event-form-questions = رجسٽر ڪندڙن لاءِ سوال
event-form-questions-help = هر سٽ ۾ هڪ؛ لازمي بڻائڻ لاءِ سٽ * سان شروع ڪريو. جواب رڳو منتظم ڏسن ٿا.
event-form-organizers-help = وڪيميڊيا يوزر نالا، هر سٽ ۾ هڪ.
event-form-description = تفصيل
event-form-closes-date = رجسٽريشن بند ٿيڻ جي تاريخ
event-form-closes-time = وقت
event-form-registration-open = ماڻهو رجسٽر ڪري سگهن ٿا
event-form-save = تقريب ٺاهيو

## Month grid

weekday-1 = سومر
weekday-2 = اڱارو
weekday-3 = اربع
weekday-4 = خميس
weekday-5 = جمعو
weekday-6 = ڇنڇر
weekday-7 = آچر
calendar-view-list = فهرست
calendar-view-grid = مهيني جو جدول
calendar-previous-month = پويون مهينو
calendar-next-month = ايندڙ مهينو
calendar-show-times-in = هن ٽائيم زون ۾ به وقت ڏيکاريو
calendar-show = ڏيکاريو
event-form-edit-heading = { $title } ۾ تبديلي
event-edit = هي تقريب تبديل ڪريو
event-undated = اڃا تاريخ طئي ناهي
calendar-proposed = تجويز ڪيل سرگرميون
event-form-proposed = تجويز ڪيل، اڃا تاريخ ناهي
event-form-opens-date = رجسٽريشن شروع ٿيڻ جي تاريخ

## Reports and the lifecycle

notice-reminder_30 = ياد ڏياريندڙ: 30 ڏينهن ۾ هڪ رپورٽ جمع ڪرائڻي آهي
notice-reminder_7 = ياد ڏياريندڙ: 7 ڏينهن ۾ هڪ رپورٽ جمع ڪرائڻي آهي
notice-past_due = نوٽيس: لازمي رپورٽ جي مدت گذري چڪي آهي، آخري تاريخ سان
notice-deadline = نوٽيس: رهيل رپورٽ جي آخري تاريخ هڪ هفتي ۾ آهي
notice-expiry = نوٽيس: آخري تاريخ گذري وئي ۽ منظوري ختم ٿي وئي
history-report-filed = هڪ رپورٽ جمع
history-report-deferred = هڪ رپورٽ هڪ سال لاءِ ملتوي

## Notice mail

mail-subject = { $affiliate }: { $what }
mail-report = رپورٽ { $start } کان { $end } تائين جي آهي ۽ { $due } تي جمع ٿيڻي آهي.
mail-body =
    سلام { $name }،
    {""}
    هي { $what } آهي.
    { $report }
    {""}
    رپورٽ جمع ڪرايو يا پنهنجي گروپ جي صورتحال ڏسو:
    { $url }
    {""}
    — سنگم

## Reports pages

reports-heading = رپورٽون
reports-link = لازمي رپورٽون ۽ انهن جي حالت
reports-title = { $name } جون رپورٽون
reports-intro = اهي رپورٽون جيڪي هن تنظيم کي هر مدت لاءِ جمع ڪرائڻيون آهن، هر هڪ جي آخري تاريخ ۽ حالت.
reports-none = اڃا ڪا رپورٽ لازمي ناهي. اهي معاهدي جي مدت يا مالي سال شروع ٿيڻ تي ظاهر ٿينديون آهن.
reports-standing = حيثيت: { $status }.
report-kind-activity = سالياني سرگرمي رپورٽ
report-kind-financial = مالي رپورٽ
report-period = { $start } – { $end }
report-col-report = رپورٽ
report-col-period = مدت
report-col-due = آخري تاريخ
report-col-status = حالت
report-status-upcoming = ايندڙ
report-status-due = جمع ڪرائڻ جو وقت
report-status-past_due = مدت گذري چڪي
report-status-filed = جمع ٿيل
report-status-deferred = ملتوي
report-status-accepted = منظور ٿيل
report-due-in = { $days ->
    [0] اڄ آخري تاريخ آهي
   *[other] { $days } ڏينهن ۾ جمع ڪرائڻي آهي
}
report-overdue-by = { $days } ڏينهن دير
report-in-grace = رعايتي مدت { $date } تائين
report-heading = { $report }، { $period }
report-due-on = آخري تاريخ { $date }
report-filed-on = { $date } تي جمع ٿي.
report-filed-by = { $username } پاران.
report-accepted-on = { $date } تي منظور ٿي.
report-changes-asked = سائيٽ منتظم تبديليون گهريون
report-deferred-because = هڪ سال لاءِ ملتوي: { $reason }.
deferment-reason-natural_disaster = قدرتي آفت
deferment-reason-pandemic = وبا
deferment-reason-war = جنگ
deferment-reason-government_restriction = سرڪاري پابندي
report-wikitext = ميٽا وڪي لاءِ وڪي متن
report-file-heading = هي رپورٽ جمع ڪرايو
report-builder-intro = هي مسودو هن مدت لاءِ هتي درج تقريبن، نتيجن، ميمبرن ۽ بورڊ جي تبديلين مان ڀريو ويو آهي. ان ۾ ترميم ڪريو، پوءِ جمع ڪرايو. ميٽا وڪي تي رپورٽون انگريزي ۾ لکيون وينديون آهن.
report-builder-totals = { $events } تقريبون، { $participants } شرڪت ڪندڙ، { $joined } نوان ميمبر.
report-build = اسان جي ڊيٽا مان رپورٽ تيار ڪريو
report-build-mine = منهنجي ٻولي ۾
report-link-label = رپورٽ جي ڳنڍڻي (ميٽا وڪي تي ان جو صفحو)
report-body-label = يا رپورٽ هتي لکو
report-file = رپورٽ جمع ڪرايو
report-save-draft = مسودو محفوظ ڪريو
report-review-heading = جائزو
report-review-accept = رپورٽ منظور ڪريو
report-review-note = ڇا بدلجڻ گهرجي
report-review-changes = تبديليون گهرو
report-defer = هڪ سال لاءِ ملتوي ڪريو
report-defer-reason = سبب
report-defer-note = ڇا ٿيو
report-decide-title = مدت ختم: منتظم جو فيصلو
report-decide-intro = منظوري جي مدت ختم ٿي وئي ڇو ته آخري تاريخ کان پوءِ به هڪ رپورٽ نه آئي. تنظيم کي نئين معاهدي جي مدت لاءِ ٻيهر منظور ڪريو، يا ان کي اڳوڻين سرگرم تنظيمن ۾ منتقل ڪريو.
report-field-start = پهريون ڏينهن
report-field-end = آخري ڏينهن
report-field-due = جمع ڪرائڻ جي تاريخ
report-decide-recognize = ٻيهر منظور ڪريو
report-decide-former = اڳوڻين سرگرم ۾ منتقل ڪريو
report-add-period = رپورٽ جي مدت شامل ڪريو
history-report-reviewed = هڪ رپورٽ جو جائزو
history-report-period = رپورٽ جي هڪ مدت شامل

## Compliance dashboard

compliance-title = تعميل
compliance-intro = هر تنظيم جي حيثيت: ان جي حالت، ايندڙ رپورٽ، ڪيتري دير، آخري نوٽيس، ۽ نوٽيس جون اهي اي ميلون جيڪي موڪلي نه سگهيون.
compliance-col-affiliate = تنظيم
compliance-col-status = حيثيت
compliance-col-next = ايندڙ رپورٽ
compliance-col-overdue = دير جا ڏينهن
compliance-col-notice = آخري نوٽيس
compliance-col-mail = اي ميل جا مسئلا
compliance-filter-overdue = رڳو دير واريون
compliance-filter-mail = رڳو اي ميل مسئلن واريون
compliance-mail-failed = { $count } نه موڪليون ويون: { $error }

## The annual report builder's draft

report-draft-summary-heading = خلاصو
report-draft-summary = { $name } { $start } ۽ { $end } جي وچ ۾ { $events } تقريبون ڪرايون.
report-draft-totals = درج نتيجن واريون { $reported } تقريبن ۾ { $participants } شرڪت ڪندڙ ۽ { $new_editors } نوان ايڊيٽر آيا؛ { $articles_created } مضمون ٺاهيا ويا، { $articles_improved } بهتر ڪيا ويا، ۽ { $uploads } فائلون اپلوڊ ٿيون.
report-draft-events-heading = تقريبون
report-draft-no-events = هن مدت لاءِ هتي ڪا تقريب درج ناهي.
report-draft-members-heading = ميمبر
report-draft-members = { $joined } ماڻهو شامل ٿيا؛ مدت جي آخر ۾ گروپ جا { $total } ميمبر هئا.
report-draft-board-heading = بورڊ
report-draft-board = بورڊ جا ميمبر: { $names }.
report-draft-board-changes = بورڊ انهن تاريخن تي بدليو: { $dates }.
report-draft-plans-heading = سبق ۽ منصوبا
report-draft-plans = (هتي لکو ته ڇا سٺو رهيو، ڇا ڏکيو هو، ۽ اڳتي ڇا آهي.)

## Report errors

field-error-report_missing = رپورٽ جي ڳنڍڻي ڏيو يا ان کي هتي لکو.
field-error-report_link_or_text = ڳنڍڻي ڏيو يا رپورٽ لکو، ٻئي نه.
field-error-review_note_required = ٻڌايو ته ڇا بدلجڻ گهرجي.
field-error-deferment_reason_required = ملتوي ڪرڻ جو سبب چونڊيو.
field-error-period_overlaps = هي مدت { $start } کان { $end } واري مدت سان ٽڪرائجي ٿي.
field-error-period_too_long = رپورٽ جي مدت وڌ ۾ وڌ ٻه سال هوندي آهي.
field-error-due_before_end = جمع ڪرائڻ جي تاريخ مدت ختم ٿيڻ کان اڳ آهي.
error-report_accepted = هي رپورٽ اڳ ۾ ئي منظور ٿي چڪي آهي.
error-report_not_filed = رڳو جمع ٿيل ۽ اڃا غير منظور رپورٽ جو جائزو وٺي سگهجي ٿو.
error-report_filed = هي رپورٽ اڳ ۾ ئي جمع ٿي چڪي آهي.
error-report_deferred = هي رپورٽ اڳ ۾ ئي ملتوي ٿي چڪي آهي.
error-not_expired = هن فيصلي جو انتظار رڳو مدت ختم ٿيل تنظيم ڪندي آهي.
error-period_overlaps = هي مدت ڪنهن ٻي سان ٽڪرائجي ٿي.

## Elections: refusals

error-nominations_closed = هن چونڊ لاءِ نامزدگيون اڃا کليل ناهن.
error-already_nominated = هي ماڻهو اڳ ۾ ئي نامزد آهي.
error-voting_not_open = ووٽنگ اڃا شروع نه ٿي آهي.
error-voting_closed = ووٽنگ بند ٿي چڪي آهي.
error-not_eligible_voter = توهان هن چونڊ جي ووٽر لسٽ ۾ ناهيو: اها مقرر تاريخ کان اڳ شامل ٿيل ميمبرن لاءِ آهي.
error-voting_not_closed = ووٽنگ بند ٿيڻ کان پوءِ ووٽ ڳڻيا ويندا آهن.
field-error-not_eligible_candidate = رڳو مقرر تاريخ کان اڳ شامل ٿيل ميمبر اميدوار ٿي سگهن ٿا.
field-error-ballot_method = هي بيلٽ هن چونڊ جي قسم جو ناهي.
field-error-ballot_empty = گهٽ ۾ گهٽ هڪ اميدوار کي درجو ڏيو.
field-error-ballot_unknown_candidate = هن بيلٽ ۾ اهڙو نالو آهي جيڪو اميدوار ناهي.
field-error-ballot_repeated_candidate = هن بيلٽ ۾ هڪ اميدوار ٻه ڀيرا آهي.
field-error-ballot_stances = هر اميدوار لاءِ حمايت، غير جانبدار يا مخالفت ڏيو.
field-error-receipt_required = توهان اڳ ۾ ئي ووٽ ڏئي چڪا آهيو: ان کي بدلائڻ لاءِ پنهنجي بيلٽ جو رسيد ڪوڊ ڏيو.
field-error-receipt_unknown = هن رسيد ڪوڊ جو ڪو بيلٽ ناهي.
field-error-seats_range = سيٽن جو تعداد 1 کان { $max } تائين ڏيو.
field-error-invalid_instant = وقت 2027-03-01 يا 2027-03-01T09:00:00Z وانگر لکو.
field-error-voting_before_nominations_close = ووٽنگ نامزدگيون بند ٿيڻ کان پوءِ ئي کلي سگهي ٿي.

## The board on the profile

board-heading = بورڊ
board-now = هاڻوڪا ميمبر: { $names } ({ $end } تائين).
board-phase = گروپ جي سال { $year } کان: { $seats } سيٽون، { $months } مهينن جي مدت، { $how }.
board-chosen-founders = باني چونڊين ٿا
board-chosen-election = ميمبرن جي ووٽ سان چونڊيل
board-before = { $names }، { $start } – { $end }

## Election pages

elections-title = { $name } جون چونڊون
elections-none = اڃا ڪا چونڊ ناهي.
election-phase-upcoming = ايندڙ
election-phase-nominating = نامزدگيون کليل
election-phase-waiting = نامزدگيون بند؛ ووٽنگ جلد شروع ٿيندي
election-phase-voting = ووٽنگ جاري
election-phase-closed = بند
election-voting-dates = ووٽنگ: { $start } – { $end }
election-nomination-dates = نامزدگيون: { $start } – { $end }
election-seats = سيٽون: { $seats }
election-choice = پسند { $rank }
election-round-elected = چونڊيل: { $names }.
election-round-eliminated = خارج: { $names }.
election-turnout = { $count ->
    [one] هڪ ميمبر ووٽ ڏنو آهي.
   *[other] { $count } ميمبر ووٽ ڏئي چڪا آهن.
}
election-method-meek = جيترا چاهيو اميدوارن کي درجو ڏيو، سڀ کان پسنديده پهريان. ڳڻپ وڪيميڊيا بورڊ جي چونڊن وانگر ڊروپ ڪوٽا سان ميڪ ايس ٽي وي سان ٿيندي آهي.
election-method-approval = جن اميدوارن جي حمايت ڪريو سڀني کي منظوري ڏيو؛ سڀ کان وڌيڪ منظور ٿيل کٽن ٿا.
election-method-plurality = هڪ اميدوار چونڊيو؛ سڀ کان وڌيڪ ووٽ وارا کٽن ٿا.
election-method-support_oppose = هر اميدوار کي حمايت، غير جانبدار يا مخالفت ڏيو؛ درجو حمايت ÷ (حمايت + مخالفت) سان ٺهي ٿو.
election-receipt-found = توهان جو بيلٽ ڳڻپ ۾ آهي.
election-receipt-missing = ڳڻپ ۾ هن رسيد ڪوڊ جو ڪو بيلٽ ناهي.
election-receipt-heading = توهان جو رسيد ڪوڊ
election-receipt-keep = هي ڪوڊ سنڀالي رکو. اهو ڪٿي به توهان جي نالي سان ڳنڍيل ناهي: ان سان توهان ڏسي سگهو ٿا ته توهان جو بيلٽ ڳڻيو ويو، ۽ ووٽنگ بند ٿيڻ تائين ووٽ بدلائي سگهو ٿا. ڪو به اهو ٻيهر نٿو ڏئي سگهي.
election-candidates = اميدوار
election-no-candidates = اڃا ڪو اميدوار ناهي.
election-withdrawn = دستبردار
election-statement = توهان جو بيان (ميمبر توهان کي ڇو چونڊين)
election-stand = چونڊ وڙهو
election-ballot = توهان جو بيلٽ
election-support = حمايت
election-neutral = غير جانبدار
election-oppose = مخالفت
election-change-receipt = ووٽ بدلائڻ لاءِ، پنهنجي بيلٽ جو رسيد ڪوڊ
election-change-vote = منهنجو ووٽ بدلايو
election-vote = ووٽ ڏيو
election-result = نتيجو
election-elected = چونڊيل:
election-round = مرحلو
election-quota = ڪوٽا
election-blt = بيلٽ BLT فائل طور (ڪنهن به STV پروگرام سان ٻيهر ڳڻيو)
election-ballots = شايع ٿيل بيلٽ
election-check-receipt = رسيد ڪوڊ جانچيو
election-check = جانچيو
elections-link = چونڊون
election-surplus = اضافي
election-keep-factor = رکڻ جو تناسب
election-rounds-intro = هر مرحلي ۾: ڪوٽا، هر اميدوار جا ووٽ (چونڊيل اميدوار تائين پهچندڙ هر ووٽ جو جيڪو حصو هو رکي ٿو، × رکڻ جو تناسب)، ڪوٽا کان مٿي اضافي، ۽ ڪير چونڊيو يا خارج ٿيو.

## Setting up an election

election-new = نئين چونڊ
election-field-method = ڳڻپ جو طريقو
election-field-title = عنوان
election-field-seats = سيٽون
election-field-nominations_open = نامزدگيون شروع
election-field-nominations_close = نامزدگيون ختم
election-field-voting_open = ووٽنگ شروع
election-field-voting_close = ووٽنگ ختم
election-field-voters_joined_before = ان کان اڳ شامل ٿيل ووٽر
election-field-voters_min_edits = ووٽرن جون گهٽ ۾ گهٽ ترميمون (اختياري)
election-field-candidates_joined_before = ان کان اڳ شامل ٿيل اميدوار (خالي هجي ته ووٽرن جي تاريخ)
election-field-term_start = مدت جي شروعات
election-field-term_end = مدت جو خاتمو
election-method-name-meek = درجي وار، ميڪ ايس ٽي وي
election-method-name-approval = منظوري
election-method-name-plurality = هڪ چونڊ
election-method-name-support_oppose = حمايت، غير جانبدار يا مخالفت
election-awaiting = انهن جي منظوري جو انتظار:
election-accept = نامزدگي قبول ڪريو
election-withdraw = دستبردار ٿيو
election-nominee = ڪنهن ٻئي ميمبر کي نامزد ڪريو (ان جو يوزر نالو؛ پاڻ اميدوار ٿيڻ لاءِ خالي ڇڏيو)
election-statement-edit = هي بيان لکو يا ان جو ترجمو ڪريو
election-statement-lang = ٻولي (en، bn يا ur جهڙو ڪوڊ)
election-statement-save = بيان محفوظ ڪريو
election-statement-outdated = هي ترجمو بيان جي اڳئين نسخي مان ڪيو ويو هو.
error-statement_source_nominee_only = جنهن ٻوليءَ ۾ بيان لکيو ويو آهي، ان ۾ صرف اميدوار ئي ان کي بدلائي سگهي ٿو؛ ڪنهن ٻي ٻوليءَ ۾ ترجمو شامل ڪريو.
field-error-duplicate = هي ٻه ڀيرا آهي.
field-error-presenter_one_of = هر پيش ڪندڙ لاءِ يا ته يوزر نالو ڏيو يا مهمان جو نالو.
field-error-session_minutes_range = هڪ نشست 5 کان { $max } منٽن جي ٿئي ٿي.
field-error-language_not_offered = هن سڏ ۾ هيءَ ٻولي شامل ناهي.
field-error-presenter_unknown = هن يوزر نالي جو ڪو کاتو ناهي؛ کين مهمان طور لکو.
field-error-signature_without_date = هڪ صحيح ۾ تاريخ ناهي؛ چئن ٽلڊن (~~~~) سان صحيح ڪريو.
error-cfp_not_open = تجويزن جو سڏ اڃا کليل ناهي.
error-cfp_closed = تجويزن جو سڏ بند ٿي چڪو آهي.
error-proposal_not_editable = هيءَ تجويز هاڻي بدلائي نٿي سگهجي.
error-not_proposer = اهو صرف تجويز جا پيش ڪندڙ ڪري سگهن ٿا.
error-proposal_withdrawn = هيءَ تجويز واپس ورتي وئي آهي.
conf-proposals-title = { $title } لاءِ تجويزون
conf-new-title = { $title } لاءِ هڪ تجويز
conf-cfp-upcoming = تجويزن جو سڏ { $date } تي کلندو.
conf-cfp-open = تجويزن جو سڏ { $date } تائين کليل آهي.
conf-cfp-closed = تجويزن جو سڏ { $date } تي بند ٿيو.
conf-minutes = { $minutes } منٽ
conf-session-types = نشست جا قسم
conf-languages = ٻوليون
conf-interpretation = انهن ٻولين وچ ۾ ترجماني جو بندوبست ٿي سگهي ٿو.
conf-interested-count = { $count } دلچسپي رکن ٿا
conf-new = تجويز موڪليو
conf-none = اڃا ڪا تجويز ناهي.
conf-status-submitted = جائزي جي انتظار ۾
conf-status-withdrawn = واپس ورتل
conf-status-accepted = منظور
conf-status-waitlisted = انتظار جي فهرست ۾
conf-status-rejected = منظور نه ٿي
conf-field-presenters = کاتي وارا پيش ڪندڙ (يوزر نالا، هر سٽ ۾ هڪ)
conf-field-guests = کاتي کان سواءِ پيش ڪندڙ (نالا، هر سٽ ۾ هڪ)
conf-field-contact_email = اي ميل پتو (اختياري؛ صرف منتظم ۽ پيش ڪندڙ ڏسن ٿا)
conf-field-affiliation = وابستگي
conf-field-title = عنوان
conf-field-lang = ٻولي
conf-field-language_note = ٻوليءَ جو بندوبست (اختياري)
conf-field-session_type = قسم
conf-field-minutes = گهربل وقت، منٽن ۾ (قسم جي عام ڊيگهه لاءِ خالي ڇڏيو)
conf-field-track = ٽريڪ
conf-field-plan = پنهنجو منصوبو تفصيل سان بيان ڪريو
conf-field-support = توهان کي گهربل مدد
conf-field-benefit = هيءَ نشست برادرين لاءِ ڪيئن فائديمند ٿيندي؟
conf-submit = تجويز موڪليو
conf-save = تبديليون محفوظ ڪريو
conf-presenters = پيش ڪندڙ
conf-time-needed = گهربل وقت
conf-submitted-by = { $name } { $date } تي موڪلي
conf-contact = رابطي جا تفصيل
conf-topic = موضوع
conf-edit = تجويز بدلايو
conf-withdraw = تجويز واپس وٺو
conf-interested = دلچسپي رکندڙ شرڪت ڪندڙ
conf-interested-none = اڃا ڪنهن صحيح ناهي ڪئي.
conf-interest-add = مون کي دلچسپي آهي
conf-interest-remove = منهنجي دلچسپي هٽايو
event-proposals = تجويزن جو سڏ ۽ پروگرام
conf-mail-subject = { $title }: { $decision }
conf-mail-body =
    سلام { $name }،
    {""}
    منتظمن توهان جي تجويز “{ $title }” تي فيصلو ڪيو آهي: { $decision }.
    {""}
    { $note }
    {""}
    تجويز ڏسو:
    { $url }
    {""}
    — Sangam
error-not_reviewer = اهو صرف ڪانفرنس جا جائزو وٺندڙ ڪري سگهن ٿا.
error-own_proposal = جائزو وٺندڙ پنهنجي موڪليل يا پيش ڪيل تجويز جو جائزو نٿا وٺن.
field-error-score_count = { $count } معيارن مان هر هڪ لاءِ هڪ نمبر ڏيو.
field-error-score_out_of_scale = نمبر 0 کان { $max } تائين آهن.
field-error-weight_range = وزن 0 کان وڌيڪ ۽ وڌ ۾ وڌ 100 جو انگ آهي.
field-error-too_large = وڌ ۾ وڌ { $max }.
error-room_taken = ان وقت هن ڪمري ۾ ٻي نشست آهي.
error-presenter_busy = هن نشست جو هڪ پيش ڪندڙ ان وقت ٻي نشست ۾ آهي.
error-proposal_not_accepted = پروگرام ۾ صرف منظور ٿيل نشستون وڃن ٿيون.
field-error-session_longer_than_slots = هيءَ نشست ڪنهن به وقت جي خاني کان ڊگهي آهي.
field-error-outside_slots = نشست کي ڪانفرنس جي ڪنهن وقت جي خاني اندر رکو.
conf-programme-title = { $title } جو پروگرام
conf-programme-zone = وقت { $zone } موجب.
conf-programme-empty = پروگرام ۾ اڃا ڪا نشست ناهي.
conf-programme = پروگرام
conf-when-where = پروگرام ۾:
conf-add-to-calendar = منهنجي ڪئلينڊر ۾ شامل ڪريو
sch-title = { $title } لاءِ اسڪالرشپون
sch-review-title = { $title } لاءِ اسڪالرشپ جون درخواستون
sch-upcoming = درخواستون { $date } تي کلنديون.
sch-open = درخواستون { $date } تائين کليل آهن.
sch-closed = درخواستون { $date } تي بند ٿيون.
sch-phase = مرحلو
sch-phase-open = درخواستون ورتيون پيون وڃن
sch-phase-eligibility = اهليت جي جانچ
sch-phase-scoring = نمبر ڏيڻ
sch-phase-decision = فيصلو
sch-phase-published = فيصلا شايع ٿيا
sch-advance-eligibility = درخواستون بند ڪريو ۽ اهليت جانچيو
sch-advance-scoring = نمبر ڏيڻ شروع ڪريو
sch-advance-decision = نمبر ڏيڻ بند ڪريو ۽ فيصلو ڪريو
sch-advance-published = فيصلا شايع ڪريو ۽ درخواست ڏيندڙن کي ميل موڪليو
sch-criteria = جائزو وٺندڙ { $criteria } تي نمبر ڏين ٿا، هر هڪ 0 کان { $max } تائين.
sch-field-region = ملڪ يا علائقو
sch-field-history = اڳيون ڪانفرنسون ۽ اسڪالرشپ جون درخواستون (مثال طور ”مون 2019 ۽ 2023 ۾ درخواست ڏني“)
sch-field-contributions = وڪين ۽ برادريءَ ۾ توهان جو حصو
sch-field-motivation = توهان ڇو شرڪت ڪرڻ چاهيو ٿا؟
sch-field-need = گهربل مدد
sch-need-full = پوري اسڪالرشپ (سفر، رهائش ۽ رجسٽريشن)
sch-need-partial = جزوي اسڪالرشپ
sch-apply = منهنجي درخواست موڪليو
sch-save = محفوظ ڪريو
sch-sign-in = درخواست ڏيڻ لاءِ سائن ان ڪريو.
sch-yours = توهان جي درخواست
sch-sent = { $date } تي موڪلي وئي.
sch-decision = فيصلو
sch-decision-full = پوري اسڪالرشپ
sch-decision-partial = جزوي اسڪالرشپ
sch-decision-waitlist = انتظار جي فهرست ۾
sch-decision-declined = نه ڏني وئي
sch-decision-message = درخواست ڏيندڙ لاءِ پيغام
sch-your-scores = توهان جا نمبر
sch-your-score = توهان جا نمبر
sch-reviewer-n = جائزو وٺندڙ { $n }
sch-reviewer = جائزو وٺندڙ
sch-weighted = وزن وارو
sch-score = سراسري نمبر
sch-cutoff = اسڪالرشپ وارن جو گهٽ ۾ گهٽ نمبر
sch-spread = جائزو وٺندڙن جو فرق
sch-comment = راءِ
sch-score-it = هن درخواست کي نمبر ڏيو
sch-flag = نشان
sch-flag-none = ڪو نشان ناهي
sch-flag-spam = اسپام
sch-flag-ineligible = اهل ناهي
sch-flag-note = سبب
sch-review-link = درخواستن جو جائزو وٺو
sch-back-to-event = تقريب ڏانهن موٽو
sch-back-to-round = اسڪالرشپ واري صفحي ڏانهن موٽو
sch-none = اڃا ڪا درخواست ناهي.
sch-applicant = درخواست ڏيندڙ
sch-email = اي ميل پتو
sch-reviewers = جائزو وٺندڙ (يوزر نالا، هر سٽ ۾ هڪ)
sch-application-of = { $name } جي اسڪالرشپ درخواست
event-scholarship = اسڪالرشپون
sch-mail-subject = { $conference }: اسڪالرشپ — { $decision }
sch-mail-body =
    السلام عليڪم { $name }،
    {""}
    { $conference } جي اسڪالرشپن جا فيصلا شايع ٿي ويا آهن. توهان جو: { $decision }.
    {""}
    { $note }
    {""}
    توهان جا نمبر ۽ گهٽ ۾ گهٽ نمبر اسڪالرشپ واري صفحي تي آهن:
    { $url }
    {""}
    — Sangam
error-scholarship_not_open = هن اسڪالرشپ لاءِ درخواستون اڃا نه کليون آهن.
error-scholarship_closed = هن اسڪالرشپ لاءِ درخواستون بند ٿي چڪيون آهن.
error-round_under_way = درخواستن جو مرحلو گذري چڪو آهي؛ هاڻي اهو بدلائي نٿو سگهجي.
error-applications_undecided = ڪجهه درخواستن تي اڃا فيصلو ناهي ٿيو.
error-wrong_phase = هن وقت هن ڪم جو مرحلو ناهي.
error-own_application = جائزو وٺندڙ پنهنجي درخواست کي نمبر يا نشان نٿا ڏين.
error-application_flagged = هن درخواست تي نشان آهي: ان کي نمبر نٿا ڏنا وڃن ۽ اها رڳو رد ٿي سگهي ٿي.
error-application_private = هيءَ درخواست رڳو درخواست ڏيندڙ، جائزو وٺندڙ ۽ منتظم ڏسي سگهن ٿا.
field-error-phase_order = مرحلا هڪ هڪ ڪري اڳتي وڌن ٿا.
conf-call-title = { $title } لاءِ تجويزن جي دعوت
conf-save-call = دعوت محفوظ ڪريو
conf-field-opens = شروع (هڪ تاريخ، يا UTC ۾ تاريخ ۽ وقت، جيئن 2027-03-01T00:00:00Z)
conf-field-closes = آخري (هڪ تاريخ، يا UTC ۾ تاريخ ۽ وقت)
conf-field-session_types = سيشن جا قسم، هر سٽ ۾ هڪ: ڪنجي | نالو | منٽ
conf-field-tracks = ٽريڪ، هر سٽ ۾ هڪ (اختياري)
conf-field-languages = سيشن جون ٻوليون (en hi bn جهڙا ڪوڊ، خال سان الڳ)
conf-field-questions = توهان جا پنهنجا سوال، هر سٽ ۾ هڪ (لازمي ڪرڻ لاءِ آخر ۾ * لڳايو)
conf-field-criteria = جائزو وٺندڙ ڇا تي نمبر ڏين، هر سٽ ۾ هڪ: نالو | وزن
conf-field-score_max = وڌ ۾ وڌ نمبر (نمبر 0 کان شروع)
conf-link-call = تجويزن جي دعوت مقرر ڪريو
conf-link-reviews = تجويزن جو جائزو وٺو
conf-link-schedule = ڪمرا ۽ وقت
sch-link-round = اسڪالرشپ جو دور مقرر ڪريو
sch-edit-title = { $title } جو اسڪالرشپ دور
sch-save-round = دور محفوظ ڪريو
conf-reviews-title = { $title } جي تجويزن جو جائزو
conf-status = حالت
conf-reviews = جائزا
conf-review-it = هن تجويز جو جائزو وٺو
conf-decision-message = پيش ڪندڙن لاءِ پيغام (فيصلي سان گڏ ميل ٿيندو)
conf-place = پروگرام ۾ رکو
conf-room = ڪمرو
conf-start = شروع
conf-schedule-title = { $title } جا ڪمرا ۽ وقت
conf-rooms = ڪمرا
conf-room-name = ڪمري جو نالو
conf-add-room = ڪمرو شامل ڪريو
conf-slots = وقت جا حصا
conf-slots-help = هر سٽ ۾ هڪ، شروع – آخر، ڪانفرنس جي وقت واري علائقي ۾، جيئن 2027-08-01T10:00 – 2027-08-01T13:00
conf-accepted-sessions = منظور ٿيل سيشن
conf-not-placed = اڃا پروگرام ۾ ناهي

election-counting = ووٽ ڳڻيا پيا وڃن. هڪ منٽ کانپوءِ هي صفحو ٻيهر کوليو.
election-count-failed = ڳڻپ هن سرور جي حدن اندر پوري نه ٿي سگهي، تنهنڪري اڃا ڪو نتيجو ناهي. منتظمن کي ٻڌايو ويو آهي.
election-count-failed-organizer = سائيٽ جو منتظم ڳڻپ کي وڌيڪ وقت يا ميموري ڏئي سگهي ٿو (سيٽنگن ۾ count_seconds، count_memory_mb)؛ پوءِ هتي ٻيهر ڳڻيو.
election-recount = ٻيهر ڳڻيو
error-nothing_to_recount = ٻيهر شروع ڪرڻ لاءِ ڪا رڪيل ڳڻپ ناهي.
history-count-failed = “{ $title }” چونڊ جي ڳڻپ هن سرور جي حدن اندر پوري نه ٿي سگهي.
