### Sangam: اردو (Urdu). Source comments are in locales/en/sangam.ftl.

## Page frame

site-name = سنگم
site-tagline = ویکیمیڈیا سے وابستہ تنظیموں کا کمیونٹی مرکز
skip-to-content = مرکزی مواد پر جائیں
nav-directory = وابستہ تنظیمیں
nav-hubs = علاقائی مراکز
nav-former = سابقہ فعال
nav-sign-in = داخل ہوں
nav-sign-out = خارج ہوں
nav-signed-in-as = بطور { $username } داخل
nav-account = آپ کا کھاتہ
lang-switcher-label = زبان
footer-api = اے پی آئی (OpenAPI)
footer-about = سنگم ایک آزاد سافٹ ویئر ہے جسے ویکیمیڈیا برادریاں خود چلاتی ہیں۔

## Affiliate kinds and statuses

kind-user_group = صارف گروپ
kind-chapter = چیپٹر
kind-thematic_organization = موضوعاتی تنظیم
kind-hub = علاقائی مرکز
status-recognized = تسلیم شدہ
status-active = فعال
status-past_due = رپورٹ واجب الادا
status-suspended = معطل
status-expired = میعاد ختم
status-formerly_active = سابقہ فعال

## Directory

directory-title = ویکیمیڈیا سے وابستہ تنظیمیں
directory-intro = صارف گروپ، چیپٹر، موضوعاتی تنظیمیں اور علاقائی مراکز، ان علاقوں اور زبانوں کے ساتھ جن میں وہ کام کرتے ہیں۔
directory-count = { $count ->
    [one] { $count } وابستہ تنظیم
   *[other] { $count } وابستہ تنظیمیں
}
directory-empty = ان فلٹروں سے کوئی وابستہ تنظیم نہیں ملی۔
directory-serves-count = { $count ->
    [one] { $count } ملک
   *[other] { $count } ممالک
}
directory-new = وابستہ تنظیم شامل کریں
filter-region = خطہ
filter-country = ملک
filter-language = زبان
filter-status = حیثیت
filter-kind = قسم
filter-any = کوئی بھی
filter-apply = فلٹر کریں
filter-clear = فلٹر ہٹائیں
filter-include-former = سابقہ فعال تنظیمیں بھی دکھائیں
column-name = نام
column-kind = قسم
column-country = مقام
column-regions = دائرہ کار
column-languages = زبانیں
column-status = حیثیت
pagination-previous = پچھلا
pagination-next = اگلا
pagination-page = صفحہ { $page } از { $pages }
former-title = سابقہ فعال وابستہ تنظیمیں
former-intro = وہ تنظیمیں جن کی منظوری ختم ہو چکی ہے۔ ان کے صفحات اور تاریخچہ یہاں محفوظ ہیں۔

## Profile

profile-logo-alt = { $name } کا لوگو
profile-logo-source = ویکیمیڈیا کامنز پر لوگو
field-slug = پتہ
field-kind = قسم
field-status = حیثیت
field-name = نام
field-other-names = دیگر زبانوں میں
field-motto = نصب العین
field-founders = بانیان
field-key-people = اہم شخصیات
field-contact-people = رابطہ افراد
field-admins = ترمیم کے اختیار والے منتظمین
field-location = مقام
field-country = ملک
field-country-code = ملکی کوڈ
field-regions = دائرہ کار کے علاقے
field-languages = سرکاری زبانیں
field-founded = تاسیس
field-recognized = منظوری
field-agreement = معاہدے کی مدت
field-mission = مشن
field-goals = طریقہ کار اور اہداف
field-contacts = رابطہ
field-email = ای میل
field-telegram = ٹیلی گرام
field-mailing-list = میلنگ لسٹ
field-website = ویب سائٹ
field-membership-policy = رکنیت
field-logo = لوگو
field-lang = تحریروں کی زبان
date-range = { $start } – { $end }
profile-telegram-link = ٹیلی گرام گروپ
profile-untranslated = ابھی ترجمہ نہیں ہوا؛ { $language } میں دکھایا جا رہا ہے۔
profile-hubs = جس کا حصہ ہے
profile-edit = یہ صفحہ ترمیم کریں
profile-history = تاریخچہ
profile-back = صفحے پر واپس جائیں
profile-updated = آخری تبدیلی { $date }
profile-map-alt = جن ممالک میں کام کرتی ہے ان کا نقشہ: { $countries }
profile-map-none = کوئی ملک درج نہیں۔

## Regional hubs

hubs-title = علاقائی مراکز
hubs-intro = علاقائی مراکز کسی خطے کی وابستہ تنظیموں کو یکجا کرتے ہیں۔
hub-affiliates = اس مرکز کی وابستہ تنظیمیں
hub-affiliate-count = { $count ->
    [one] { $count } وابستہ تنظیم
   *[other] { $count } وابستہ تنظیمیں
}
hub-map-title = اس مرکز کی تنظیمیں جن ممالک میں کام کرتی ہیں
hub-edit-affiliates = اس مرکز کی وابستہ تنظیمیں
hub-edit-affiliates-help = وہ تنظیمیں منتخب کریں جنہیں یہ مرکز یکجا کرتا ہے۔

## History

history-title = { $name } کا تاریخچہ
history-empty = ابھی کوئی تبدیلی درج نہیں ہوئی۔
history-created = { $actor } نے یہ صفحہ بنایا۔
history-updated = { $actor } نے { $fields } تبدیل کیا۔
history-status = { $actor } نے حیثیت { $from } سے { $to } کی۔
history-notice = { $actor } کی جانب سے اطلاع: { $text }
history-hub-members = { $actor } نے اس مرکز کی وابستہ تنظیمیں تبدیل کیں۔
history-actor-system = سنگم
history-time = { $time } (یو ٹی سی)

## Editing

edit-title = { $name } میں ترمیم
new-title = نئی وابستہ تنظیم
edit-lang-help = نیچے کی تحریریں اس زبان میں ہیں۔ ترجمہ شامل یا درست کرنے کے لیے دوسری زبان منتخب کریں اور "زبان بدلیں" دبائیں۔
edit-lang-switch = زبان بدلیں
edit-source = اصل متن ({ $language }):
edit-codes-help = آئی ایس او ملکی کوڈ، کاما یا وقفے سے الگ، مثلاً BD, IN, PK
edit-languages-help = زبان کے کوڈ (BCP 47)، کاما یا وقفے سے الگ، مثلاً tg, ru, en
edit-people-help = ویکیمیڈیا صارف نام، ہر سطر میں ایک
edit-date-help = ایک سال، مہینہ یا دن: 2022، 2022-12 یا 2022-12-08
edit-day-help = ایک دن: 2023-01-31
edit-logo-help = ویکیمیڈیا کامنز پر کسی تصویری فائل کا نام، مثلاً Wikimedia Community Logo.svg
edit-telegram-help = t.me کا ربط یا ‎@گروپ‌نام
edit-goal = ہدف { $n }
edit-goal-heading = عنوان
edit-goal-body = متن
edit-goals-help = کسی ہدف کو ہٹانے کے لیے اس کا عنوان اور متن خالی چھوڑ دیں۔
edit-site-admin-only = اسے صرف سائٹ منتظمین تبدیل کر سکتے ہیں۔
edit-save = محفوظ کریں
edit-cancel = منسوخ کریں
edit-saved = محفوظ ہو گیا۔
edit-created = وابستہ تنظیم بنا دی گئی۔
form-errors = براہ کرم نشان زدہ خانے درست کریں۔
section-identity = شناخت
section-texts = تحریریں
section-people = افراد
section-place = مقام اور زبانیں
section-dates = تاریخیں
section-contacts = رابطہ

## Signing in

signin-title = داخلہ
signin-username = ویکیمیڈیا صارف نام
signin-password = پاس ورڈ
signin-submit = داخل ہوں
signout-done = آپ خارج ہو چکے ہیں۔
signin-throttled-account = اس کھاتے میں داخلے کی بہت سی ناکام کوششیں ہوئیں۔ { $minutes ->
    [one] { $minutes } منٹ
   *[other] { $minutes } منٹ
} بعد دوبارہ کوشش کریں۔
signin-throttled-address = آپ کے نیٹ ورک سے داخلے کی بہت سی ناکام کوششیں ہوئیں۔ { $minutes ->
    [one] { $minutes } منٹ
   *[other] { $minutes } منٹ
} بعد دوبارہ کوشش کریں۔

## Account

account-title = آپ کا کھاتہ
account-username = ویکیمیڈیا صارف نام
account-email = ای میل (نجی: کسی اور کو نظر نہیں آتا)
account-preferred-lang = انٹرفیس کی زبان
account-lang-browser = جیسا میرا براؤزر کہے
account-save = محفوظ کریں
account-saved = آپ کی ترتیبات محفوظ ہو گئیں۔
account-site-admin = آپ سائٹ منتظم ہیں۔
account-admin-of = آپ ان کے منتظم ہیں:

## Errors

error-title = کچھ درست نہیں
error-not_found = آپ جو تلاش کر رہے تھے وہ نہیں ملا۔
error-unauthenticated = براہ کرم پہلے داخل ہوں۔
error-bad_credentials = صارف نام یا پاس ورڈ غلط ہے۔
error-too_many_attempts = داخلے کی بہت سی ناکام کوششیں۔ { $minutes ->
    [one] { $minutes } منٹ
   *[other] { $minutes } منٹ
} بعد دوبارہ کوشش کریں۔
error-forbidden = آپ کو یہ کرنے کی اجازت نہیں۔
error-site_admin_only = یہ صرف سائٹ منتظمین کر سکتے ہیں۔
error-not_affiliate_admin = یہ صرف اس تنظیم کے منتظمین کر سکتے ہیں۔
error-session_expired = آپ کے سیشن کی میعاد ختم ہو گئی۔ براہ کرم دوبارہ داخل ہوں۔
error-csrf_failed = اس فارم کی میعاد ختم ہو گئی ہے یا یہ اس سائٹ سے نہیں آیا۔ صفحہ دوبارہ لوڈ کر کے کوشش کریں۔
error-validation_failed = کچھ خانوں کی درستی درکار ہے۔
error-slug_taken = یہ پتہ کوئی دوسری تنظیم پہلے سے استعمال کر رہی ہے۔
error-edited_meanwhile = آپ کی ترمیم کے دوران کسی اور نے یہ صفحہ محفوظ کر دیا۔ آپ کی تبدیلیاں محفوظ نہیں ہوئیں؛ فارم میں دکھائی گئی ہیں تاکہ آپ موازنہ کر کے دوبارہ محفوظ کر سکیں۔
error-account_exists = اس صارف نام کا کھاتہ پہلے سے موجود ہے۔
error-invalid_json = درخواست کا متن درست JSON نہیں: { $detail }
error-unsupported_media_type = درخواست کا متن application/json کے طور پر بھیجیں۔
error-payload_too_large = درخواست بہت بڑی ہے۔
error-method_not_allowed = یہ پتہ اس قسم کی درخواست قبول نہیں کرتا۔
error-bad_request = درخواست سمجھ میں نہیں آئی۔
error-internal = ہماری طرف کچھ خرابی ہو گئی۔ براہ کرم بعد میں کوشش کریں۔
error-back-home = فہرست پر واپس جائیں

## Field errors

field-error-required = یہ خانہ لازمی ہے۔
field-error-too_long = زیادہ سے زیادہ { $max } حروف۔
field-error-too_many = زیادہ سے زیادہ { $max } اندراجات۔
field-error-bidi_control = متن کی سمت بدلنے والے پوشیدہ حروف ہٹا دیں۔
field-error-control_character = پوشیدہ کنٹرول حروف ہٹا دیں۔
field-error-unknown_country = "{ $code }" آئی ایس او 3166-1 کا ملکی کوڈ نہیں ہے۔
field-error-unknown_language = "{ $code }" کوئی معلوم زبان نہیں ہے۔
field-error-invalid_language = "{ $code }" زبان کا ٹیگ (BCP 47) نہیں ہے، جیسے tg یا zh-Hans۔
field-error-invalid_date = تاریخ 2022، 2022-12 یا 2022-12-08 کی صورت میں لکھیں۔
field-error-impossible_date = یہ تاریخ موجود نہیں۔
field-error-date_needs_day = پوری تاریخ دیں، جیسے 2022-12-08۔
field-error-range_reversed = اختتام آغاز سے پہلے ہے۔
field-error-invalid_email = یہ ای میل پتہ نہیں ہے۔
field-error-invalid_url = یہ https:// سے شروع ہونے والا ویب پتہ نہیں ہے۔
field-error-invalid_slug = 2 سے 64 تک چھوٹے لاطینی حروف، ہندسے اور اکیلے خط فاصل استعمال کریں۔
field-error-reserved_slug = یہ پتہ محفوظ ہے۔
field-error-slug_taken = یہ پتہ کوئی دوسری تنظیم پہلے سے استعمال کر رہی ہے۔
field-error-invalid_choice = اختیارات میں سے ایک منتخب کریں۔
field-error-invalid_file_name = ویکیمیڈیا کامنز پر کسی تصویری فائل کا نام دیں، جیسے Example.svg۔
field-error-username_character = صارف نام میں "{ $character }" نہیں ہو سکتا۔
field-error-password_too_short = کم از کم { $min } حروف۔
field-error-unknown_affiliate = اس پتے پر کوئی وابستہ تنظیم نہیں۔
field-error-not_a_hub = صرف علاقائی مرکز کی رکن تنظیمیں ہو سکتی ہیں۔

## Membership

members-title = { $name } کے ارکان
members-heading = ارکان
members-count = { $count ->
    [one] { $count } رکن
   *[other] { $count } ارکان
}
members-sort-date = شمولیت کی تاریخ کے لحاظ سے
members-sort-name = نام کے لحاظ سے
members-talk = تبادلۂ خیال
members-no-date = تاریخ نہیں دی گئی
members-utc = (یو ٹی سی)
members-signed-up = شمولیت
members-join = شامل ہوں
members-sign-in-to-join = شامل ہونے کے لیے داخل ہوں
members-you-are-member = آپ رکن ہیں۔
members-you-applied = آپ کی درخواست منتظمین کے جائزے کی منتظر ہے۔
members-leave = گروپ چھوڑیں
members-joined = خوش آمدید! اب آپ رکن ہیں۔
members-applied = شکریہ! منتظمین آپ کی درخواست کا جائزہ لیں گے۔
members-left = آپ نے گروپ چھوڑ دیا ہے۔
members-imported = فہرست درآمد ہو گئی۔
members-wikitext = میٹا ویکی کے لیے ویکی متن میں ارکان کی فہرست
members-organizers = منتظمین کے لیے
members-csv = CSV کے طور پر برآمد کریں
members-import = ویکی کی شمولیتی فہرست درآمد کریں
members-rules = رکنیت کے قواعد
members-pending = منتظر درخواستیں
members-pending-none = کوئی درخواست منتظر نہیں۔
members-no-review = یہ گروپ بغیر جائزے کے ارکان شامل کرتا ہے۔
members-answers-hidden = جوابات صرف اس گروپ کے اپنے منتظمین دیکھ سکتے ہیں۔
members-approve = منظور کریں
members-decline = مسترد کریں
role-board = بورڈ رکن
role-contact = رابطہ فرد
role-founder = بانی
membership-status-pending = منظوری کی منتظر
membership-status-active = رکن
membership-status-declined = مسترد
membership-status-left = چھوڑ دیا
account-memberships = آپ کی رکنیتیں
account-no-memberships = آپ ابھی کسی گروپ کے رکن نہیں ہیں۔
join-title = { $name } میں شامل ہوں
join-terms = کون شامل ہو سکتا ہے
join-refused = آپ ابھی شامل نہیں ہو سکتے:
join-kind = آپ اس حیثیت سے شامل ہو رہے ہیں
join-kind-individual = فرد
join-kind-institution = ادارہ
join-age = آپ کی عمر
join-country = شہریت یا رہائش کا ملک
join-institution = ادارے کا نام
join-institution-help = صرف اس صورت میں جب آپ کسی ادارے کی جانب سے شامل ہوں۔
join-institution-country = وہ ملک جہاں ادارہ رجسٹرڈ ہے
join-edit-count = ویکیمیڈیا پر آپ کی ترامیم کی تعداد
join-account-created = آپ کا ویکیمیڈیا کھاتہ کب بنا
join-unverified = آپ کے بیان کے مطابق، تصدیق شدہ نہیں
join-unverified-help = جیسا آپ جانتے ہیں؛ منتظمین جانچ سکتے ہیں۔
join-answer = جواب
join-privacy = آپ کے جوابات صرف آپ اور اس گروپ کے منتظمین دیکھ سکتے ہیں۔
join-apply = درخواست دیں
rule-min_age = ارکان کی عمر کم از کم { $min } سال ہے۔
rule-countries = ارکان { $countries } کے شہری یا رہائشی ہیں۔
rule-institutions = ادارے بھی شامل ہو سکتے ہیں۔
rule-institution_countries = { $countries } میں رجسٹرڈ ادارے شامل ہو سکتے ہیں۔
rule-min_edits = ارکان نے ویکیمیڈیا منصوبوں پر کم از کم { $min } ترامیم کی ہیں۔
rule-min_account_days = ارکان کے ویکیمیڈیا کھاتے کم از کم { $days } دن پرانے ہیں۔
rule-review = منتظمین ہر درخواست کا جائزہ لیتے ہیں۔
refusal-min_age = شامل ہونے کے لیے آپ کی عمر کم از کم { $min } سال ہونی چاہیے۔
refusal-age_missing = براہ کرم اپنی عمر بتائیں: ارکان کی عمر کم از کم { $min } سال ہے۔
refusal-country = یہ گروپ { $countries } کے شہریوں اور رہائشیوں کے لیے ہے۔
refusal-institutions_not_admitted = یہ گروپ اداروں کو شامل نہیں کرتا۔
refusal-institution_country = صرف { $countries } میں رجسٹرڈ ادارے شامل ہو سکتے ہیں۔
refusal-min_edits = ارکان کی ویکیمیڈیا منصوبوں پر کم از کم { $min } ترامیم ہونی چاہییں۔
refusal-min_account_age = ارکان کے ویکیمیڈیا کھاتے کم از کم { $days } دن پرانے ہونے چاہییں۔
rules-title = { $name } کی رکنیت کے قواعد
rules-review = رکن بننے سے پہلے منتظمین درخواستوں کا جائزہ لیں
rules-allow-institutions = ادارے بھی شامل ہو سکتے ہیں
rules-min-age = کم از کم عمر
rules-countries = ان ممالک کے شہری یا رہائشی (سب کے لیے خالی چھوڑیں)
rules-institution-countries = ان ممالک میں رجسٹرڈ ادارے
rules-institution-countries-help = آئی ایس او ملکی کوڈ؛ کہیں کے بھی اداروں کے لیے خالی چھوڑیں۔
rules-min-edits = ویکیمیڈیا پر کم از کم ترامیم (درخواست گزار کے بیان کے مطابق)
rules-min-account-days = ویکیمیڈیا کھاتے کی کم از کم عمر، دنوں میں (درخواست گزار کے بیان کے مطابق)
rules-questions = درخواست گزاروں سے سوالات
rules-questions-help = کسی سوال کو ہٹانے کے لیے اسے خالی چھوڑ دیں۔
rules-question = سوال
rules-required = جواب لازمی ہے
import-title = { $name } میں شمولیتی فہرست درآمد کریں
import-help = میٹا ویکی کے صفحے سے شمولیتی فہرست چسپاں کریں، جیسی صفحے پر نظر آتی ہے یا ویکی متن کے طور پر۔ ہر فرد کے دستخط کی تاریخ برقرار رہے گی۔ پیش منظر دیکھیں، پھر درآمد کریں۔
import-text = فہرست
import-preview = پیش منظر
import-apply = یہ ارکان درآمد کریں
import-problems = وہ سطریں جو پڑھی نہیں جا سکیں
import-line = سطر
import-reason = وجہ
import-already = پہلے سے رکن
import-new = نیا
import-fix-first = جو سطریں پڑھی نہیں جا سکیں انہیں درست کریں یا ہٹا دیں، پھر دوبارہ درآمد کریں۔ کچھ بھی درآمد نہیں ہوا۔
import-summary = { $entries } اندراجات، ان میں { $new } نئے؛ { $problems } سطریں پڑھی نہیں جا سکیں؛ { $skipped } دیگر سطریں چھوڑ دی گئیں۔
import-problem-no_name = اس سطر میں کوئی نام نہیں۔
import-problem-bad_name = یہ ویکیمیڈیا کا ممکنہ صارف نام نہیں۔
import-problem-unreadable_date = تاریخ پڑھی نہیں جا سکتی۔
import-problem-impossible_date = یہ تاریخ موجود نہیں۔
import-problem-time_without_zone = وقت کے ساتھ منطقۂ وقت (UTC) نہیں۔
history-by = { $actor }: { $what }
history-members-imported = { $count ->
    [one] شمولیتی فہرست سے { $count } رکن درآمد کیا۔
   *[other] شمولیتی فہرست سے { $count } ارکان درآمد کیے۔
}
history-member-approved = { $actor } نے { $member } کی درخواست منظور کی۔
history-member-declined = { $actor } نے { $member } کی درخواست مسترد کی۔
history-membership-rules = { $actor } نے رکنیت کے قواعد تبدیل کیے۔
error-already_member = آپ پہلے سے اس گروپ کے رکن ہیں، یا آپ کی درخواست منتظر ہے۔
error-not_eligible = آپ اس گروپ کی رکنیت کے قواعد پر پورے نہیں اترتے۔
field-error-impossible_age = 5 سے 120 کے درمیان عمر بتائیں۔
field-error-future_date = یہ تاریخ مستقبل کی ہے۔
field-error-invalid_number = ایک مکمل عدد لکھیں۔
field-error-unknown_question = یہ گروپ ایسا سوال نہیں پوچھتا۔
field-error-import_too_large = فہرست 10 MB سے بڑی ہے۔
field-error-import_empty = فہرست خالی ہے۔
field-error-import_utf16 = فائل UTF-16 میں ہے۔ اسے UTF-8 میں محفوظ کر کے دوبارہ کوشش کریں۔
field-error-import_binary = یہ متن نہیں ہے۔
field-error-import_not_utf8 = متن UTF-8 میں نہیں (شاید پرانی انکوڈنگ)۔ اسے UTF-8 میں محفوظ کر کے دوبارہ کوشش کریں۔
field-error-import_unreadable_lines = کچھ سطریں پڑھی نہیں جا سکیں؛ کچھ بھی درآمد نہیں ہوا۔

## Events and the activities calendar

calendar-heading = سرگرمیاں
calendar-title = { $name } کی سرگرمیاں
calendar-link = سرگرمیوں کا کیلنڈر
calendar-feed = سبسکرائب کریں (iCalendar)
calendar-wikitext = میٹا ویکی کے لیے ویکی متن
calendar-years = سال
calendar-all-years = تمام سال
calendar-empty = ابھی کوئی سرگرمی نہیں۔
event-time-range-zone = { $start } – { $end } ({ $zone })
event-time-range-utc = { $start } – { $end } (یو ٹی سی)
event-status-planned = منصوبہ بند
event-status-ongoing = جاری
event-status-done = مکمل
event-status-cancelled = منسوخ
event-kind-edit-a-thon = ایڈیٹاتھون
event-kind-workshop = ورکشاپ
event-kind-training = تربیت
event-kind-photowalk = فوٹو واک
event-kind-upload-a-thon = اپ لوڈاتھون
event-kind-meetup = ملاقات
event-kind-contest = مقابلہ
event-kind-conference = کانفرنس
event-kind-campaign = مہم
event-kind-other = دیگر
event-mode-online = آن لائن
event-mode-in-person = بالمشافہ
event-mode-hybrid = ہائبرڈ
event-field-when = کب
event-field-kind = قسم
event-field-mode = کہاں
event-field-venue = مقام
event-field-organizers = منتظمین
event-field-hashtags = ہیش ٹیگ
event-field-wikis = ویکی
event-feed = کیلنڈر میں شامل کریں (iCalendar)

## Event errors

field-error-unknown_time_zone = “{ $zone }” کوئی معلوم ٹائم زون نہیں؛ Asia/Dhaka جیسا نام لکھیں۔
field-error-time_skipped = اس ٹائم زون میں گھڑیاں { $time } چھوڑ دیتی ہیں (موسم گرما کا وقت)؛ کوئی اور وقت چنیں۔
field-error-invalid_time = وقت 18:30 کی صورت میں لکھیں۔
field-error-end_before_start = اختتام آغاز کے بعد ہونا چاہیے۔
field-error-invalid_coordinates = عرض بلد (−90 تا 90) اور طول بلد (−180 تا 180) دونوں دیں، یا کوئی نہیں۔
field-error-venue_required = بالمشافہ تقریب کے لیے مقام یا پتا ضروری ہے۔
field-error-online_has_no_place = آن لائن تقریب کے کوئی نقاط نہیں ہوتے۔
field-error-capacity_not_positive = 1 سے { $max } تک نشستوں کی تعداد دیں، یا کوئی حد نہ ہو تو خالی چھوڑیں۔
field-error-invalid_wiki = “{ $wiki }” bn.wikipedia.org جیسا ویکی پتا نہیں۔
field-error-invalid_hashtag = “{ $hashtag }” ہیش ٹیگ نہیں (صرف حروف، اعداد اور _)۔
error-already_registered = آپ اس تقریب کے لیے پہلے سے رجسٹر ہیں۔
error-registration_closed = اس تقریب کے لیے رجسٹریشن کھلی نہیں۔
error-registration_not_open_yet = اس تقریب کی رجسٹریشن ابھی شروع نہیں ہوئی۔
error-registration_ended = اس تقریب کی رجسٹریشن بند ہو چکی ہے۔
error-event_over = یہ تقریب ختم ہو چکی ہے یا منسوخ ہو گئی ہے۔

## Event registration

event-registration = رجسٹریشن
event-seats = { $capacity } میں سے { $taken } نشستیں بھر چکی ہیں۔
event-seats-unlimited = { $taken } رجسٹرڈ۔
event-waiting = { $count } انتظار میں۔
event-register = رجسٹر کریں
event-register-private = شرکاء کی عوامی فہرست میں میرا نام نہ دکھائیں
event-registered = آپ کی نشست پکی ہے۔
event-promoted = ایک نشست خالی ہوئی: آپ انتظار کی فہرست سے آگے بڑھے اور آپ کو نشست مل گئی۔
event-waitlisted = آپ انتظار کی فہرست میں { $position } نمبر پر ہیں۔
event-cancel = میری رجسٹریشن منسوخ کریں
event-sign-in-to-register = رجسٹر کرنے کے لیے سائن اِن کریں۔
event-participants = شرکاء
event-private = نجی
event-seat-registered = نشست
event-seat-waitlisted = انتظار
event-seat-cancelled = منسوخ
event-meeting = میٹنگ لنک

## Event outcomes

outcomes-heading = نتائج
outcome-participants = شرکاء
outcome-new_editors = نئے مدیران
outcome-articles_created = تخلیق شدہ مضامین
outcome-articles_improved = بہتر کیے گئے مضامین
outcome-uploads = کامنز پر اپ لوڈ
outcome-notes = نوٹس
outcomes-save = نتائج محفوظ کریں
calendar-totals = سال بہ سال نتائج
calendar-year = سال
event-cancel-event = یہ تقریب منسوخ کریں
event-restore = یہ تقریب بحال کریں
event-participants-csv = شرکاء اور جوابات (CSV)
field-error-event_not_held = نتائج تقریب ہو جانے کے بعد ہی درج کیے جا سکتے ہیں۔

## My events

account-events = میری تقریبات
account-no-events = آپ نے کسی تقریب کے لیے رجسٹریشن نہیں کی۔
account-feed-create = نجی کیلنڈر پتا بنائیں
account-feed-explain = آپ کی رجسٹر شدہ تقریبات کے لیے آپ کی کیلنڈر ایپ کا نجی پتا۔ جس کے پاس یہ ہو وہ انہیں دیکھ سکتا ہے؛ نیا پتا بنانے سے پرانا بند ہو جاتا ہے۔
account-feed-url = آپ کا نجی کیلنڈر پتا (صرف ابھی دکھایا جا رہا ہے؛ اسے اپنی کیلنڈر ایپ میں کاپی کریں):

## Campaigns

nav-campaigns = مہمات
campaigns-title = مہمات
campaigns-empty = ابھی کوئی مہم نہیں۔
campaign-edition-count = { $count ->
    [one] { $count } ایڈیشن
   *[other] { $count } ایڈیشن
}
campaign-editions = ایڈیشن
campaign-taking-part = شریک
event-field-campaign = اس مہم کا ایڈیشن
calendar-campaigns = مہمات
field-error-unknown_campaign = اس پتے کی کوئی مہم نہیں۔
error-campaign_slug_taken = یہ پتا پہلے سے کسی اور مہم کا ہے۔
event-field-people = منتظمین
event-field-languages = زبانیں

## The event form

event-form-heading = { $name } کی نئی تقریب
event-form-new = نئی تقریب
event-form-what = کیا
event-form-when = کب
event-form-where = کہاں
event-form-more = مزید
event-form-title = عنوان
event-form-all-day = پورے دن (صرف تاریخیں)
event-form-start-date = آغاز کی تاریخ
event-form-start-time = آغاز کا وقت
event-form-end-date = اختتام کی تاریخ
event-form-end-date-help = خالی: وہی دن جو آغاز کا۔
event-form-end-time = اختتام کا وقت
event-form-time-zone = ٹائم زون
event-form-time-zone-help = اوپر کے اوقات جس زون کے ہیں، جیسے Asia/Dhaka۔ قارئین انہیں اپنے زون میں بھی دیکھیں گے۔
event-form-address = پتا
event-form-latitude = عرض بلد
event-form-longitude = طول بلد
event-form-capacity = نشستیں (خالی: کوئی حد نہیں)
event-form-questions = رجسٹر کرنے والوں کے لیے سوالات
event-form-questions-help = ہر سطر میں ایک؛ لازمی بنانے کے لیے سطر * سے شروع کریں۔ جوابات صرف منتظمین دیکھتے ہیں۔
event-form-organizers-help = ویکیمیڈیا صارف نام، ہر سطر میں ایک۔
event-form-description = تفصیل
event-form-closes-date = رجسٹریشن بند ہونے کی تاریخ
event-form-closes-time = وقت
event-form-registration-open = لوگ رجسٹر کر سکتے ہیں
event-form-save = تقریب بنائیں

## Month grid

weekday-1 = پیر
weekday-2 = منگل
weekday-3 = بدھ
weekday-4 = جمعرات
weekday-5 = جمعہ
weekday-6 = ہفتہ
weekday-7 = اتوار
calendar-view-list = فہرست
calendar-view-grid = ماہانہ جدول
calendar-previous-month = پچھلا مہینہ
calendar-next-month = اگلا مہینہ
calendar-show-times-in = اس ٹائم زون میں بھی وقت دکھائیں
calendar-show = دکھائیں
event-form-edit-heading = { $title } میں تبدیلی
event-edit = یہ تقریب تبدیل کریں
event-undated = ابھی تاریخ طے نہیں
calendar-proposed = مجوزہ سرگرمیاں
event-form-proposed = مجوزہ، ابھی تاریخ نہیں
event-form-opens-date = رجسٹریشن شروع ہونے کی تاریخ

## Reports and the lifecycle

notice-reminder_30 = یاد دہانی: 30 دن میں ایک رپورٹ جمع کرانی ہے
notice-reminder_7 = یاد دہانی: 7 دن میں ایک رپورٹ جمع کرانی ہے
notice-past_due = نوٹس: لازمی رپورٹ کی مدت گزر چکی ہے، آخری تاریخ کے ساتھ
notice-deadline = نوٹس: باقی رپورٹ کی آخری تاریخ ایک ہفتے میں ہے
notice-expiry = نوٹس: آخری تاریخ گزر گئی اور منظوری ختم ہو گئی
history-report-filed = ایک رپورٹ جمع
history-report-deferred = ایک رپورٹ ایک سال کے لیے مؤخر

## Notice mail

mail-subject = { $affiliate }: { $what }
mail-report = رپورٹ { $start } سے { $end } تک کی ہے اور اس کی آخری تاریخ { $due } ہے۔
mail-body =
    السلام علیکم { $name }،
    {""}
    یہ { $what } ہے۔
    { $report }
    {""}
    رپورٹ جمع کرائیں یا اپنے گروپ کی صورتحال دیکھیں:
    { $url }
    {""}
    — سنگم

## Reports pages

reports-heading = رپورٹیں
reports-link = لازمی رپورٹیں اور ان کی صورتحال
reports-title = { $name } کی رپورٹیں
reports-intro = وہ رپورٹیں جو اس تنظیم کو ہر مدت کے لیے جمع کرانی ہیں، ہر ایک کی آخری تاریخ اور اس کی صورتحال۔
reports-none = ابھی کوئی رپورٹ لازمی نہیں۔ یہ معاہدے کی مدت یا مالی سال شروع ہونے پر ظاہر ہوتی ہیں۔
reports-standing = حیثیت: { $status }۔
report-kind-activity = سالانہ سرگرمی رپورٹ
report-kind-financial = مالی رپورٹ
report-period = { $start } – { $end }
report-col-report = رپورٹ
report-col-period = مدت
report-col-due = آخری تاریخ
report-col-status = صورتحال
report-status-upcoming = آنے والی
report-status-due = جمع کرانے کا وقت
report-status-past_due = مدت گزر چکی
report-status-filed = جمع شدہ
report-status-deferred = مؤخر
report-status-accepted = منظور شدہ
report-due-in = { $days ->
    [0] آج آخری تاریخ ہے
   *[other] { $days } دن میں جمع کرانی ہے
}
report-overdue-by = { $days } دن کی تاخیر
report-in-grace = رعایتی مدت { $date } تک
report-heading = { $report }، { $period }
report-due-on = آخری تاریخ { $date }
report-filed-on = { $date } کو جمع ہوئی۔
report-filed-by = از { $username }۔
report-accepted-on = { $date } کو منظور ہوئی۔
report-changes-asked = سائٹ منتظم نے تبدیلیاں مانگیں
report-deferred-because = ایک سال کے لیے مؤخر: { $reason }۔
deferment-reason-natural_disaster = قدرتی آفت
deferment-reason-pandemic = وبا
deferment-reason-war = جنگ
deferment-reason-government_restriction = حکومتی پابندی
report-wikitext = میٹا ویکی کے لیے ویکی متن
report-file-heading = یہ رپورٹ جمع کرائیں
report-builder-intro = یہ مسودہ اس مدت کے لیے یہاں درج تقریبات، نتائج، اراکین اور بورڈ کی تبدیلیوں سے بھرا گیا ہے۔ اس میں ترمیم کریں، پھر جمع کرائیں۔ میٹا ویکی پر رپورٹیں انگریزی میں لکھی جاتی ہیں۔
report-builder-totals = { $events } تقریبات، { $participants } شرکاء، { $joined } نئے اراکین۔
report-build = ہمارے ڈیٹا سے رپورٹ تیار کریں
report-build-mine = میری زبان میں
report-link-label = رپورٹ کا ربط (میٹا ویکی پر اس کا صفحہ)
report-body-label = یا رپورٹ یہاں لکھیں
report-file = رپورٹ جمع کرائیں
report-save-draft = مسودہ محفوظ کریں
report-review-heading = جائزہ
report-review-accept = رپورٹ منظور کریں
report-review-note = کیا بدلنا چاہیے
report-review-changes = تبدیلیاں مانگیں
report-defer = ایک سال کے لیے مؤخر کریں
report-defer-reason = وجہ
report-defer-note = کیا ہوا
report-decide-title = میعاد ختم: منتظم کا فیصلہ
report-decide-intro = منظوری کی میعاد ختم ہو گئی کیونکہ آخری تاریخ کے بعد بھی ایک رپورٹ نہیں آئی۔ تنظیم کو نئی معاہدے کی مدت کے لیے دوبارہ منظور کریں، یا اسے سابقہ فعال تنظیموں میں منتقل کریں۔
report-field-start = پہلا دن
report-field-end = آخری دن
report-field-due = جمع کرانے کی تاریخ
report-decide-recognize = دوبارہ منظور کریں
report-decide-former = سابقہ فعال میں منتقل کریں
report-add-period = رپورٹ کی مدت شامل کریں
history-report-reviewed = ایک رپورٹ کا جائزہ
history-report-period = رپورٹ کی ایک مدت شامل

## Compliance dashboard

compliance-title = تعمیل
compliance-intro = ہر تنظیم کی حیثیت: اس کی صورتحال، اگلی رپورٹ، کتنی تاخیر، آخری نوٹس، اور نوٹس کی وہ ای میلیں جو نہ بھیجی جا سکیں۔
compliance-col-affiliate = تنظیم
compliance-col-status = حیثیت
compliance-col-next = اگلی رپورٹ
compliance-col-overdue = تاخیر کے دن
compliance-col-notice = آخری نوٹس
compliance-col-mail = ای میل کے مسائل
compliance-filter-overdue = صرف تاخیر والی
compliance-filter-mail = صرف ای میل کے مسائل والی
compliance-mail-failed = { $count } نہیں بھیجی گئیں: { $error }

## The annual report builder's draft

report-draft-summary-heading = خلاصہ
report-draft-summary = { $name } نے { $start } اور { $end } کے درمیان { $events } تقریبات منعقد کیں۔
report-draft-totals = درج نتائج والی { $reported } تقریبات میں { $participants } شرکاء اور { $new_editors } نئے ایڈیٹر آئے؛ { $articles_created } مضامین بنائے گئے، { $articles_improved } بہتر کیے گئے، اور { $uploads } فائلیں اپ لوڈ ہوئیں۔
report-draft-events-heading = تقریبات
report-draft-no-events = اس مدت کے لیے یہاں کوئی تقریب درج نہیں۔
report-draft-members-heading = اراکین
report-draft-members = { $joined } لوگ شامل ہوئے؛ مدت کے آخر میں گروپ کے { $total } اراکین تھے۔
report-draft-board-heading = بورڈ
report-draft-board = بورڈ کے اراکین: { $names }۔
report-draft-board-changes = بورڈ ان تاریخوں کو بدلا: { $dates }۔
report-draft-plans-heading = سبق اور منصوبے
report-draft-plans = (یہاں لکھیں کہ کیا اچھا رہا، کیا مشکل تھا، اور آگے کیا ہے۔)

## Report errors

field-error-report_missing = رپورٹ کا ربط دیں یا اسے یہاں لکھیں۔
field-error-report_link_or_text = ربط دیں یا رپورٹ لکھیں، دونوں نہیں۔
field-error-review_note_required = بتائیں کہ کیا بدلنا چاہیے۔
field-error-deferment_reason_required = مؤخر کرنے کی وجہ چنیں۔
field-error-period_overlaps = یہ مدت { $start } سے { $end } والی مدت سے ٹکراتی ہے۔
field-error-period_too_long = رپورٹ کی مدت زیادہ سے زیادہ دو سال ہوتی ہے۔
field-error-due_before_end = جمع کرانے کی تاریخ مدت ختم ہونے سے پہلے ہے۔
error-report_accepted = یہ رپورٹ پہلے ہی منظور ہو چکی ہے۔
error-report_not_filed = صرف جمع شدہ اور ابھی غیر منظور رپورٹ کا جائزہ لیا جا سکتا ہے۔
error-report_filed = یہ رپورٹ پہلے ہی جمع ہو چکی ہے۔
error-report_deferred = یہ رپورٹ پہلے ہی مؤخر ہو چکی ہے۔
error-not_expired = اس فیصلے کا انتظار صرف میعاد ختم شدہ تنظیم کرتی ہے۔
error-period_overlaps = یہ مدت کسی دوسری سے ٹکراتی ہے۔

## Elections: refusals

error-nominations_closed = اس انتخاب کے لیے نامزدگیاں ابھی کھلی نہیں ہیں۔
error-already_nominated = یہ شخص پہلے سے نامزد ہے۔
error-voting_not_open = ووٹنگ ابھی شروع نہیں ہوئی۔
error-voting_closed = ووٹنگ بند ہو چکی ہے۔
error-not_eligible_voter = آپ اس انتخاب کی ووٹر فہرست میں نہیں ہیں: یہ مقررہ تاریخ سے پہلے شامل ہونے والے ارکان کے لیے ہے۔
error-voting_not_closed = ووٹنگ بند ہونے کے بعد ووٹ گنے جاتے ہیں۔
field-error-not_eligible_candidate = صرف مقررہ تاریخ سے پہلے شامل ہونے والے ارکان امیدوار بن سکتے ہیں۔
field-error-ballot_method = یہ بیلٹ اس انتخاب کی قسم کا نہیں ہے۔
field-error-ballot_empty = کم از کم ایک امیدوار کو درجہ دیں۔
field-error-ballot_unknown_candidate = اس بیلٹ میں ایسا نام ہے جو امیدوار نہیں۔
field-error-ballot_repeated_candidate = اس بیلٹ میں ایک امیدوار دو بار ہے۔
field-error-ballot_stances = ہر امیدوار کے لیے حمایت، غیر جانبدار یا مخالفت دیں۔
field-error-receipt_required = آپ پہلے ہی ووٹ دے چکے ہیں: اسے بدلنے کے لیے اپنے بیلٹ کا رسید کوڈ دیں۔
field-error-receipt_unknown = اس رسید کوڈ کا کوئی بیلٹ نہیں۔
field-error-seats_range = نشستوں کی تعداد 1 سے { $max } تک دیں۔
field-error-invalid_instant = وقت 2027-03-01 یا 2027-03-01T09:00:00Z کی طرح لکھیں۔
field-error-voting_before_nominations_close = ووٹنگ نامزدگیاں بند ہونے کے بعد ہی کھل سکتی ہے۔

## The board on the profile

board-heading = بورڈ
board-now = موجودہ ارکان: { $names } ({ $end } تک)۔
board-phase = گروپ کے سال { $year } سے: { $seats } نشستیں، { $months } ماہ کی مدت، { $how }۔
board-chosen-founders = بانیوں کے منتخب کردہ
board-chosen-election = ارکان کے ووٹ سے منتخب
board-before = { $names }، { $start } – { $end }

## Election pages

elections-title = { $name } کے انتخابات
elections-none = ابھی کوئی انتخاب نہیں۔
election-phase-upcoming = آنے والا
election-phase-nominating = نامزدگیاں کھلی ہیں
election-phase-waiting = نامزدگیاں بند؛ ووٹنگ جلد شروع ہوگی
election-phase-voting = ووٹنگ جاری
election-phase-closed = بند
election-voting-dates = ووٹنگ: { $start } – { $end }
election-nomination-dates = نامزدگیاں: { $start } – { $end }
election-seats = نشستیں: { $seats }
election-choice = پسند { $rank }
election-round-elected = منتخب: { $names }۔
election-round-eliminated = خارج: { $names }۔
election-turnout = { $count ->
    [one] ایک رکن نے ووٹ دیا ہے۔
   *[other] { $count } ارکان نے ووٹ دیا ہے۔
}
election-method-meek = جتنے چاہیں امیدواروں کو درجہ دیں، سب سے پسندیدہ پہلے۔ گنتی ویکیمیڈیا بورڈ کے انتخابات کی طرح ڈروپ کوٹا کے ساتھ میک ایس ٹی وی سے ہوتی ہے۔
election-method-approval = جن امیدواروں کی حمایت کرتے ہیں سب کو منظوری دیں؛ سب سے زیادہ منظور شدہ جیتتے ہیں۔
election-method-plurality = ایک امیدوار چنیں؛ سب سے زیادہ ووٹ والے جیتتے ہیں۔
election-method-support_oppose = ہر امیدوار کو حمایت، غیر جانبدار یا مخالفت دیں؛ درجہ حمایت ÷ (حمایت + مخالفت) سے بنتا ہے۔
election-receipt-found = آپ کا بیلٹ گنتی میں ہے۔
election-receipt-missing = گنتی میں اس رسید کوڈ کا کوئی بیلٹ نہیں۔
election-receipt-heading = آپ کا رسید کوڈ
election-receipt-keep = یہ کوڈ سنبھال کر رکھیں۔ یہ کہیں بھی آپ کے نام سے نہیں جڑا: اس سے آپ دیکھ سکتے ہیں کہ آپ کا بیلٹ گنا گیا، اور ووٹنگ بند ہونے تک ووٹ بدل سکتے ہیں۔ کوئی اسے دوبارہ نہیں دے سکتا۔
election-candidates = امیدوار
election-no-candidates = ابھی کوئی امیدوار نہیں۔
election-withdrawn = دستبردار
election-statement = آپ کا بیان (ارکان آپ کو کیوں منتخب کریں)
election-stand = انتخاب لڑیں
election-ballot = آپ کا بیلٹ
election-support = حمایت
election-neutral = غیر جانبدار
election-oppose = مخالفت
election-change-receipt = ووٹ بدلنے کے لیے، اپنے بیلٹ کا رسید کوڈ
election-change-vote = میرا ووٹ بدلیں
election-vote = ووٹ دیں
election-result = نتیجہ
election-elected = منتخب:
election-round = مرحلہ
election-quota = کوٹا
election-blt = بیلٹ BLT فائل کی صورت میں (کسی بھی STV پروگرام سے دوبارہ گنیں)
election-ballots = شائع شدہ بیلٹ
election-check-receipt = رسید کوڈ جانچیں
election-check = جانچیں
elections-link = انتخابات
election-surplus = فاضل
election-keep-factor = رکھنے کا تناسب
election-rounds-intro = ہر مرحلے میں: کوٹا، ہر امیدوار کے ووٹ (منتخب امیدوار تک پہنچنے والے ہر ووٹ کا جو حصہ وہ رکھتا ہے، × رکھنے کا تناسب)، کوٹے سے اوپر فاضل، اور کون منتخب یا خارج ہوا۔

## Setting up an election

election-new = نیا انتخاب
election-field-method = گنتی کا طریقہ
election-field-title = عنوان
election-field-seats = نشستیں
election-field-nominations_open = نامزدگیاں شروع
election-field-nominations_close = نامزدگیاں ختم
election-field-voting_open = ووٹنگ شروع
election-field-voting_close = ووٹنگ ختم
election-field-voters_joined_before = اس سے پہلے شامل ہونے والے ووٹر
election-field-voters_min_edits = ووٹروں کی کم از کم ترامیم (اختیاری)
election-field-candidates_joined_before = اس سے پہلے شامل ہونے والے امیدوار (خالی ہو تو ووٹروں کی تاریخ)
election-field-term_start = مدت کا آغاز
election-field-term_end = مدت کا اختتام
election-method-name-meek = درجہ وار، میک ایس ٹی وی
election-method-name-approval = منظوری
election-method-name-plurality = ایک انتخاب
election-method-name-support_oppose = حمایت، غیر جانبدار یا مخالفت
election-awaiting = ان کی منظوری کا انتظار:
election-accept = نامزدگی قبول کریں
election-withdraw = دستبردار ہوں
election-nominee = کسی اور رکن کو نامزد کریں (ان کا صارف نام؛ خود امیدوار بننے کے لیے خالی چھوڑیں)
election-statement-edit = یہ بیان لکھیں یا اس کا ترجمہ کریں
election-statement-lang = زبان (en، bn یا ur جیسا کوڈ)
election-statement-save = بیان محفوظ کریں
election-statement-outdated = یہ ترجمہ بیان کے پرانے نسخے سے کیا گیا تھا۔
error-statement_source_nominee_only = جس زبان میں بیان لکھا گیا ہے اس میں صرف امیدوار ہی اسے بدل سکتے ہیں؛ کسی اور زبان میں ترجمہ شامل کریں۔
field-error-duplicate = یہ دو بار ہے۔
field-error-presenter_one_of = ہر پیش کنندہ کے لیے یا تو صارف نام دیں یا مہمان کا نام۔
field-error-session_minutes_range = ایک نشست 5 سے { $max } منٹ کی ہوتی ہے۔
field-error-language_not_offered = اس دعوت میں یہ زبان شامل نہیں۔
field-error-presenter_unknown = اس صارف نام کا کوئی کھاتہ نہیں؛ انہیں مہمان کے طور پر لکھیں۔
field-error-signature_without_date = ایک دستخط میں تاریخ نہیں؛ چار ٹلڈے (~~~~) سے دستخط کریں۔
error-cfp_not_open = تجاویز کی دعوت ابھی کھلی نہیں۔
error-cfp_closed = تجاویز کی دعوت بند ہو چکی ہے۔
error-proposal_not_editable = یہ تجویز اب بدلی نہیں جا سکتی۔
error-not_proposer = یہ صرف تجویز کے پیش کنندگان کر سکتے ہیں۔
error-proposal_withdrawn = یہ تجویز واپس لے لی گئی ہے۔
conf-proposals-title = { $title } کے لیے تجاویز
conf-new-title = { $title } کے لیے ایک تجویز
conf-cfp-upcoming = تجاویز کی دعوت { $date } کو کھلے گی۔
conf-cfp-open = تجاویز کی دعوت { $date } تک کھلی ہے۔
conf-cfp-closed = تجاویز کی دعوت { $date } کو بند ہوئی۔
conf-minutes = { $minutes } منٹ
conf-session-types = نشست کی اقسام
conf-languages = زبانیں
conf-interpretation = ان زبانوں کے درمیان ترجمانی کا انتظام کیا جا سکتا ہے۔
conf-interested-count = { $count } دلچسپی رکھتے ہیں
conf-new = تجویز بھیجیں
conf-none = ابھی کوئی تجویز نہیں۔
conf-status-submitted = جائزے کی منتظر
conf-status-withdrawn = واپس لی گئی
conf-status-accepted = منظور
conf-status-waitlisted = انتظار کی فہرست میں
conf-status-rejected = منظور نہیں
conf-field-presenters = کھاتے والے پیش کنندگان (صارف نام، ہر سطر میں ایک)
conf-field-guests = بغیر کھاتے کے پیش کنندگان (نام، ہر سطر میں ایک)
conf-field-contact_email = ای میل پتہ (اختیاری؛ صرف منتظمین اور پیش کنندگان دیکھتے ہیں)
conf-field-affiliation = وابستگی
conf-field-title = عنوان
conf-field-lang = زبان
conf-field-language_note = زبان کا انتظام (اختیاری)
conf-field-session_type = قسم
conf-field-minutes = درکار وقت، منٹوں میں (قسم کے معمول کے دورانیے کے لیے خالی چھوڑیں)
conf-field-track = ٹریک
conf-field-plan = اپنا منصوبہ تفصیل سے بیان کریں
conf-field-support = آپ کو درکار مدد
conf-field-benefit = یہ نشست برادریوں کے لیے کیسے مفید ہوگی؟
conf-submit = تجویز بھیجیں
conf-save = تبدیلیاں محفوظ کریں
conf-presenters = پیش کنندگان
conf-time-needed = درکار وقت
conf-submitted-by = { $name } نے { $date } کو بھیجی
conf-contact = رابطے کی تفصیلات
conf-topic = موضوع
conf-edit = تجویز تبدیل کریں
conf-withdraw = تجویز واپس لیں
conf-interested = دلچسپی رکھنے والے شرکاء
conf-interested-none = ابھی کسی نے دستخط نہیں کیے۔
conf-interest-add = مجھے دلچسپی ہے
conf-interest-remove = میری دلچسپی ہٹائیں
event-proposals = تجاویز کی دعوت اور پروگرام
conf-mail-subject = { $title }: { $decision }
conf-mail-body =
    السلام علیکم { $name }،
    {""}
    منتظمین نے آپ کی تجویز “{ $title }” پر فیصلہ کیا ہے: { $decision }۔
    {""}
    { $note }
    {""}
    تجویز دیکھیں:
    { $url }
    {""}
    — Sangam
error-not_reviewer = یہ صرف کانفرنس کے جائزہ کار کر سکتے ہیں۔
error-own_proposal = جائزہ کار اپنی بھیجی یا پیش کردہ تجویز کا جائزہ نہیں لیتے۔
field-error-score_count = { $count } معیارات میں سے ہر ایک کے لیے ایک نمبر دیں۔
field-error-score_out_of_scale = نمبر 0 سے { $max } تک ہیں۔
field-error-weight_range = وزن 0 سے زیادہ اور زیادہ سے زیادہ 100 کا عدد ہے۔
field-error-too_large = زیادہ سے زیادہ { $max }۔
error-room_taken = اس وقت اس کمرے میں ایک اور نشست ہے۔
error-presenter_busy = اس نشست کا ایک پیش کنندہ اس وقت دوسری نشست میں ہے۔
error-proposal_not_accepted = پروگرام میں صرف منظور شدہ نشستیں جاتی ہیں۔
field-error-session_longer_than_slots = یہ نشست کسی بھی وقت کے خانے سے لمبی ہے۔
field-error-outside_slots = نشست کو کانفرنس کے کسی وقت کے خانے کے اندر رکھیں۔
conf-programme-title = { $title } کا پروگرام
conf-programme-zone = اوقات { $zone } کے مطابق۔
conf-programme-empty = پروگرام میں ابھی کوئی نشست نہیں۔
conf-programme = پروگرام
conf-when-where = پروگرام میں:
conf-add-to-calendar = میرے کیلنڈر میں شامل کریں
sch-title = { $title } کے وظائف
sch-review-title = { $title } کے وظیفے کی درخواستیں
sch-upcoming = درخواستیں { $date } کو کھلیں گی۔
sch-open = درخواستیں { $date } تک کھلی ہیں۔
sch-closed = درخواستیں { $date } کو بند ہو گئیں۔
sch-phase = مرحلہ
sch-phase-open = درخواستیں لی جا رہی ہیں
sch-phase-eligibility = اہلیت کی جانچ
sch-phase-scoring = نمبر دیے جا رہے ہیں
sch-phase-decision = فیصلہ
sch-phase-published = فیصلے شائع ہو گئے
sch-advance-eligibility = درخواستیں بند کریں اور اہلیت جانچیں
sch-advance-scoring = نمبر دینا شروع کریں
sch-advance-decision = نمبر دینا بند کریں اور فیصلہ کریں
sch-advance-published = فیصلے شائع کریں اور درخواست دہندگان کو میل بھیجیں
sch-criteria = جائزہ کار { $criteria } پر نمبر دیتے ہیں، ہر ایک 0 سے { $max } تک۔
sch-field-region = ملک یا علاقہ
sch-field-history = پچھلی کانفرنسیں اور وظیفے کی درخواستیں (مثلاً ”میں نے 2019 اور 2023 میں درخواست دی“)
sch-field-contributions = ویکیوں اور برادری میں آپ کا حصہ
sch-field-motivation = آپ کیوں شرکت کرنا چاہتے ہیں؟
sch-field-need = درکار مدد
sch-need-full = مکمل وظیفہ (سفر، قیام اور رجسٹریشن)
sch-need-partial = جزوی وظیفہ
sch-apply = میری درخواست بھیجیں
sch-save = محفوظ کریں
sch-sign-in = درخواست دینے کے لیے سائن ان کریں۔
sch-yours = آپ کی درخواست
sch-sent = { $date } کو بھیجی گئی۔
sch-decision = فیصلہ
sch-decision-full = مکمل وظیفہ
sch-decision-partial = جزوی وظیفہ
sch-decision-waitlist = انتظار کی فہرست میں
sch-decision-declined = نہیں دیا گیا
sch-decision-message = درخواست دہندہ کے لیے پیغام
sch-your-scores = آپ کے نمبر
sch-your-score = آپ کے نمبر
sch-reviewer-n = جائزہ کار { $n }
sch-reviewer = جائزہ کار
sch-weighted = وزنی
sch-score = اوسط نمبر
sch-cutoff = وظیفہ پانے والوں کے کم از کم نمبر
sch-spread = جائزہ کاروں کا فرق
sch-comment = تبصرہ
sch-score-it = اس درخواست کو نمبر دیں
sch-flag = نشان
sch-flag-none = کوئی نشان نہیں
sch-flag-spam = اسپام
sch-flag-ineligible = نااہل
sch-flag-note = وجہ
sch-review-link = درخواستوں کا جائزہ لیں
sch-back-to-event = تقریب پر واپس جائیں
sch-back-to-round = وظائف کے صفحے پر واپس جائیں
sch-none = ابھی کوئی درخواست نہیں۔
sch-applicant = درخواست دہندہ
sch-email = ای میل پتا
sch-reviewers = جائزہ کار (صارف نام، ہر سطر میں ایک)
sch-application-of = { $name } کی وظیفے کی درخواست
event-scholarship = وظائف
sch-mail-subject = { $conference }: وظیفہ — { $decision }
sch-mail-body =
    السلام علیکم { $name }،
    {""}
    { $conference } کے وظائف کے فیصلے شائع ہو گئے ہیں۔ آپ کا: { $decision }۔
    {""}
    { $note }
    {""}
    آپ کے نمبر اور کم از کم نمبر وظائف کے صفحے پر ہیں:
    { $url }
    {""}
    — Sangam
error-scholarship_not_open = اس وظیفے کی درخواستیں ابھی نہیں کھلیں۔
error-scholarship_closed = اس وظیفے کی درخواستیں بند ہو چکی ہیں۔
error-round_under_way = درخواستوں کا مرحلہ گزر چکا ہے؛ اب اسے بدلا نہیں جا سکتا۔
error-applications_undecided = کچھ درخواستوں پر ابھی فیصلہ نہیں ہوا۔
error-wrong_phase = ابھی اس کام کا مرحلہ نہیں ہے۔
error-own_application = جائزہ کار اپنی درخواست کو نمبر یا نشان نہیں دیتے۔
error-application_flagged = اس درخواست پر نشان ہے: اسے نمبر نہیں دیے جاتے اور صرف رد کی جا سکتی ہے۔
error-application_private = یہ درخواست صرف درخواست دہندہ، جائزہ کار اور منتظمین دیکھ سکتے ہیں۔
field-error-phase_order = مرحلے ایک ایک کر کے آگے بڑھتے ہیں۔
conf-call-title = { $title } کے لیے تجاویز کی دعوت
conf-save-call = دعوت محفوظ کریں
conf-field-opens = آغاز (ایک تاریخ، یا UTC میں تاریخ اور وقت، جیسے 2027-03-01T00:00:00Z)
conf-field-closes = اختتام (ایک تاریخ، یا UTC میں تاریخ اور وقت)
conf-field-session_types = سیشن کی اقسام، ہر سطر میں ایک: کلید | نام | منٹ
conf-field-tracks = ٹریک، ہر سطر میں ایک (اختیاری)
conf-field-languages = سیشن کی زبانیں (en hi bn جیسے کوڈ، خالی جگہ سے الگ)
conf-field-questions = آپ کے اپنے سوال، ہر سطر میں ایک (لازمی بنانے کے لیے آخر میں * لگائیں)
conf-field-criteria = جائزہ کار کس پر نمبر دیں، ہر سطر میں ایک: نام | وزن
conf-field-score_max = زیادہ سے زیادہ نمبر (نمبر 0 سے شروع)
conf-link-call = تجاویز کی دعوت طے کریں
conf-link-reviews = تجاویز کا جائزہ لیں
conf-link-schedule = کمرے اور اوقات
sch-link-round = وظیفے کا دور طے کریں
sch-edit-title = { $title } کا وظیفے کا دور
sch-save-round = دور محفوظ کریں
conf-reviews-title = { $title } کی تجاویز کا جائزہ
conf-status = کیفیت
conf-reviews = جائزے
conf-review-it = اس تجویز کا جائزہ لیں
conf-decision-message = پیش کنندگان کے لیے پیغام (فیصلے کے ساتھ میل کیا جائے گا)
conf-place = پروگرام میں رکھیں
conf-room = کمرہ
conf-start = آغاز کا وقت
conf-schedule-title = { $title } کے کمرے اور اوقات
conf-rooms = کمرے
conf-room-name = کمرے کا نام
conf-add-room = کمرہ شامل کریں
conf-slots = اوقات
conf-slots-help = ہر سطر میں ایک، آغاز – اختتام، کانفرنس کے منطقۂ وقت میں، جیسے 2027-08-01T10:00 – 2027-08-01T13:00
conf-accepted-sessions = منظور شدہ سیشن
conf-not-placed = ابھی پروگرام میں نہیں

election-counting = ووٹوں کی گنتی ہو رہی ہے۔ ایک منٹ بعد یہ صفحہ دوبارہ کھولیں۔
election-count-failed = گنتی اس سرور کی حدود کے اندر مکمل نہیں ہو سکی، اس لیے ابھی کوئی نتیجہ نہیں۔ منتظمین کو بتا دیا گیا ہے۔
election-count-failed-organizer = سائٹ کا منتظم گنتی کو زیادہ وقت یا میموری دے سکتا ہے (ترتیبات میں count_seconds، count_memory_mb)؛ پھر یہاں دوبارہ گنیں۔
election-recount = دوبارہ گنیں
error-nothing_to_recount = دوبارہ شروع کرنے کے لیے کوئی رکی ہوئی گنتی نہیں۔
history-count-failed = “{ $title }” انتخاب کی گنتی اس سرور کی حدود کے اندر مکمل نہیں ہو سکی۔
