### Sangam: বাংলা (Bengali). Source comments are in locales/en/sangam.ftl.

## Page frame

site-name = সঙ্গম
site-tagline = উইকিমিডিয়া অধিভুক্ত সংগঠনগুলোর কমিউনিটি হাব
skip-to-content = মূল বিষয়বস্তুতে যান
nav-directory = অধিভুক্ত সংগঠন
nav-hubs = আঞ্চলিক হাব
nav-former = পূর্বে সক্রিয়
nav-sign-in = প্রবেশ করুন
nav-sign-out = প্রস্থান করুন
nav-signed-in-as = { $username } হিসেবে প্রবেশ করেছেন
nav-account = আপনার অ্যাকাউন্ট
lang-switcher-label = ভাষা
footer-api = এপিআই (OpenAPI)
footer-about = সঙ্গম একটি মুক্ত সফটওয়্যার, যা উইকিমিডিয়া সম্প্রদায়গুলো নিজেরাই চালায়।

## Affiliate kinds and statuses

kind-user_group = ব্যবহারকারী দল
kind-chapter = চ্যাপ্টার
kind-thematic_organization = বিষয়ভিত্তিক সংগঠন
kind-hub = আঞ্চলিক হাব
status-recognized = স্বীকৃত
status-active = সক্রিয়
status-past_due = মেয়াদোত্তীর্ণ প্রতিবেদন
status-suspended = স্থগিত
status-expired = মেয়াদ শেষ
status-formerly_active = পূর্বে সক্রিয়

## Directory

directory-title = উইকিমিডিয়া অধিভুক্ত সংগঠন
directory-intro = ব্যবহারকারী দল, চ্যাপ্টার, বিষয়ভিত্তিক সংগঠন ও আঞ্চলিক হাব — তারা যে অঞ্চল ও ভাষায় কাজ করে তা সহ।
directory-count = { $count ->
    [one] { $count }টি অধিভুক্ত সংগঠন
   *[other] { $count }টি অধিভুক্ত সংগঠন
}
directory-empty = এই ছাঁকনির সঙ্গে কোনো অধিভুক্ত সংগঠন মেলেনি।
directory-serves-count = { $count ->
    [one] { $count }টি দেশ
   *[other] { $count }টি দেশ
}
directory-new = নতুন অধিভুক্ত সংগঠন যোগ করুন
filter-region = অঞ্চল
filter-country = দেশ
filter-language = ভাষা
filter-status = অবস্থা
filter-kind = ধরন
filter-any = যেকোনো
filter-apply = ছাঁকুন
filter-clear = ছাঁকনি মুছুন
filter-include-former = পূর্বে সক্রিয় সংগঠনও দেখান
column-name = নাম
column-kind = ধরন
column-country = অবস্থান
column-regions = কার্যক্ষেত্র
column-languages = ভাষা
column-status = অবস্থা
pagination-previous = আগের পাতা
pagination-next = পরের পাতা
pagination-page = পাতা { $page } / { $pages }
former-title = পূর্বে সক্রিয় অধিভুক্ত সংগঠন
former-intro = যেসব সংগঠনের স্বীকৃতি শেষ হয়েছে। তাদের পাতা ও ইতিহাস এখানে রাখা আছে।

## Profile

profile-logo-alt = { $name }-এর লোগো
profile-logo-source = উইকিমিডিয়া কমন্সে লোগো
field-slug = ঠিকানা
field-kind = ধরন
field-status = অবস্থা
field-name = নাম
field-other-names = অন্যান্য ভাষায়
field-motto = মূলমন্ত্র
field-founders = প্রতিষ্ঠাতা
field-key-people = প্রধান ব্যক্তিবর্গ
field-contact-people = যোগাযোগের ব্যক্তি
field-admins = সম্পাদনার অধিকারপ্রাপ্ত আয়োজক
field-location = অবস্থান
field-country = দেশ
field-country-code = দেশের কোড
field-regions = কার্যক্ষেত্রের অঞ্চল
field-languages = দাপ্তরিক ভাষা
field-founded = প্রতিষ্ঠা
field-recognized = স্বীকৃতি
field-agreement = চুক্তির মেয়াদ
field-mission = লক্ষ্য
field-goals = পদ্ধতি ও উদ্দেশ্য
field-contacts = যোগাযোগ
field-email = ই-মেইল
field-telegram = টেলিগ্রাম
field-mailing-list = মেইলিং লিস্ট
field-website = ওয়েবসাইট
field-membership-policy = সদস্যপদ
field-logo = লোগো
field-lang = লেখাগুলোর ভাষা
date-range = { $start } – { $end }
profile-telegram-link = টেলিগ্রাম গ্রুপ
profile-untranslated = এখনো অনূদিত হয়নি; { $language } ভাষায় দেখানো হচ্ছে।
profile-hubs = যার অংশ
profile-edit = এই পাতা সম্পাদনা করুন
profile-history = ইতিহাস
profile-back = পাতায় ফিরে যান
profile-updated = সর্বশেষ পরিবর্তন { $date }
profile-map-alt = যেসব দেশে কাজ করে তার মানচিত্র: { $countries }
profile-map-none = কোনো দেশ উল্লেখ নেই।

## Regional hubs

hubs-title = আঞ্চলিক হাব
hubs-intro = আঞ্চলিক হাব একটি অঞ্চলের অধিভুক্ত সংগঠনগুলোকে একত্র করে।
hub-affiliates = এই হাবের অধিভুক্ত সংগঠন
hub-affiliate-count = { $count ->
    [one] { $count }টি অধিভুক্ত সংগঠন
   *[other] { $count }টি অধিভুক্ত সংগঠন
}
hub-map-title = এই হাবের সংগঠনগুলো যেসব দেশে কাজ করে
hub-edit-affiliates = এই হাবের অধিভুক্ত সংগঠন
hub-edit-affiliates-help = এই হাব কোন কোন সংগঠনকে একত্র করবে তা বেছে নিন।

## History

history-title = { $name }-এর ইতিহাস
history-empty = এখনো কোনো পরিবর্তন লিপিবদ্ধ হয়নি।
history-created = { $actor } এই পাতা তৈরি করেছেন।
history-updated = { $actor } পরিবর্তন করেছেন: { $fields }।
history-status = { $actor } অবস্থা { $from } থেকে { $to } করেছেন।
history-notice = { $actor }-এর নোটিশ: { $text }
history-hub-members = { $actor } এই হাবের অধিভুক্ত সংগঠন পরিবর্তন করেছেন।
history-actor-system = সঙ্গম
history-time = { $time } (ইউটিসি)

## Editing

edit-title = { $name } সম্পাদনা
new-title = নতুন অধিভুক্ত সংগঠন
edit-lang-help = নিচের লেখাগুলো এই ভাষায়। অনুবাদ যোগ বা সংশোধন করতে অন্য ভাষা বেছে "ভাষা বদলান" চাপুন।
edit-lang-switch = ভাষা বদলান
edit-source = মূল লেখা ({ $language }):
edit-codes-help = আইএসও দেশ-কোড, কমা বা ফাঁকা দিয়ে আলাদা করুন, যেমন BD, IN, PK
edit-languages-help = ভাষা-কোড (BCP 47), কমা বা ফাঁকা দিয়ে আলাদা করুন, যেমন tg, ru, en
edit-people-help = উইকিমিডিয়া ব্যবহারকারী নাম, প্রতি লাইনে একটি
edit-date-help = একটি বছর, মাস বা দিন: 2022, 2022-12 অথবা 2022-12-08
edit-day-help = একটি দিন: 2023-01-31
edit-logo-help = উইকিমিডিয়া কমন্সের একটি ছবির ফাইলের নাম, যেমন Wikimedia Community Logo.svg
edit-telegram-help = একটি t.me লিংক অথবা @গ্রুপেরনাম
edit-goal = উদ্দেশ্য { $n }
edit-goal-heading = শিরোনাম
edit-goal-body = বিবরণ
edit-goals-help = কোনো উদ্দেশ্য মুছতে তার শিরোনাম ও বিবরণ ফাঁকা রাখুন।
edit-site-admin-only = কেবল সাইট প্রশাসকেরা এটি বদলাতে পারেন।
edit-save = সংরক্ষণ করুন
edit-cancel = বাতিল
edit-saved = সংরক্ষিত হয়েছে।
edit-created = অধিভুক্ত সংগঠনটি তৈরি হয়েছে।
form-errors = চিহ্নিত ঘরগুলো সংশোধন করুন।
section-identity = পরিচয়
section-texts = লেখা
section-people = ব্যক্তিবর্গ
section-place = স্থান ও ভাষা
section-dates = তারিখ
section-contacts = যোগাযোগ

## Signing in

signin-title = প্রবেশ
signin-username = উইকিমিডিয়া ব্যবহারকারী নাম
signin-password = পাসওয়ার্ড
signin-submit = প্রবেশ করুন
signout-done = আপনি প্রস্থান করেছেন।
signin-throttled-account = এই অ্যাকাউন্টে অনেকবার ব্যর্থ প্রবেশের চেষ্টা হয়েছে। { $minutes ->
    [one] { $minutes } মিনিট
   *[other] { $minutes } মিনিট
} পরে আবার চেষ্টা করুন।
signin-throttled-address = আপনার নেটওয়ার্ক থেকে অনেকবার ব্যর্থ প্রবেশের চেষ্টা হয়েছে। { $minutes ->
    [one] { $minutes } মিনিট
   *[other] { $minutes } মিনিট
} পরে আবার চেষ্টা করুন।

## Account

account-title = আপনার অ্যাকাউন্ট
account-username = উইকিমিডিয়া ব্যবহারকারী নাম
account-email = ই-মেইল (ব্যক্তিগত: অন্য কেউ দেখতে পান না)
account-preferred-lang = ইন্টারফেসের ভাষা
account-lang-browser = আমার ব্রাউজারের ভাষা
account-save = সংরক্ষণ করুন
account-saved = আপনার পছন্দ সংরক্ষিত হয়েছে।
account-site-admin = আপনি একজন সাইট প্রশাসক।
account-admin-of = আপনি আয়োজন করেন:

## Errors

error-title = কিছু একটা ঠিক নেই
error-not_found = আপনি যা খুঁজছেন তা পাওয়া যায়নি।
error-unauthenticated = আগে প্রবেশ করুন।
error-bad_credentials = ব্যবহারকারী নাম বা পাসওয়ার্ড ভুল।
error-too_many_attempts = অনেকবার ব্যর্থ প্রবেশের চেষ্টা হয়েছে। { $minutes ->
    [one] { $minutes } মিনিট
   *[other] { $minutes } মিনিট
} পরে আবার চেষ্টা করুন।
error-forbidden = আপনার এটি করার অনুমতি নেই।
error-site_admin_only = কেবল সাইট প্রশাসকেরা এটি করতে পারেন।
error-not_affiliate_admin = কেবল এই সংগঠনের আয়োজকেরা এটি করতে পারেন।
error-session_expired = আপনার সেশনের মেয়াদ শেষ। আবার প্রবেশ করুন।
error-csrf_failed = এই ফর্মের মেয়াদ শেষ হয়েছে বা এটি এই সাইট থেকে আসেনি। পাতাটি আবার লোড করে চেষ্টা করুন।
error-validation_failed = কিছু ঘর সংশোধন করতে হবে।
error-slug_taken = অন্য একটি সংগঠন এই ঠিকানা ব্যবহার করছে।
error-edited_meanwhile = আপনি সম্পাদনা করার সময় অন্য কেউ এই পাতা সংরক্ষণ করেছেন। আপনার পরিবর্তন সংরক্ষিত হয়নি; তুলনা করে আবার সংরক্ষণের জন্য ফর্মে সেগুলো দেখানো হলো।
error-account_exists = এই ব্যবহারকারী নামে একটি অ্যাকাউন্ট আগে থেকেই আছে।
error-invalid_json = অনুরোধের বিষয়বস্তু সঠিক JSON নয়: { $detail }
error-unsupported_media_type = অনুরোধের বিষয়বস্তু application/json হিসেবে পাঠান।
error-payload_too_large = অনুরোধটি খুব বড়।
error-method_not_allowed = এই ঠিকানা এ ধরনের অনুরোধ গ্রহণ করে না।
error-bad_request = অনুরোধটি বোঝা যায়নি।
error-internal = আমাদের দিকে কিছু সমস্যা হয়েছে। পরে আবার চেষ্টা করুন।
error-back-home = তালিকায় ফিরে যান

## Field errors

field-error-required = এই ঘরটি পূরণ করা আবশ্যক।
field-error-too_long = সর্বোচ্চ { $max }টি অক্ষর।
field-error-too_many = সর্বোচ্চ { $max }টি এন্ট্রি।
field-error-bidi_control = অদৃশ্য লেখার-দিক নির্দেশক অক্ষরগুলো মুছে দিন।
field-error-control_character = অদৃশ্য নিয়ন্ত্রণ অক্ষরগুলো মুছে দিন।
field-error-unknown_country = "{ $code }" কোনো আইএসও ৩১৬৬-১ দেশ-কোড নয়।
field-error-unknown_language = "{ $code }" আমাদের জানা কোনো ভাষা নয়।
field-error-invalid_language = "{ $code }" কোনো ভাষা-ট্যাগ (BCP 47) নয়, যেমন tg বা zh-Hans।
field-error-invalid_date = তারিখ লিখুন 2022, 2022-12 অথবা 2022-12-08 আকারে।
field-error-impossible_date = এই তারিখের অস্তিত্ব নেই।
field-error-date_needs_day = পূর্ণ তারিখ দিন, যেমন 2022-12-08।
field-error-range_reversed = শেষ তারিখটি শুরুর আগে।
field-error-invalid_email = এটি কোনো ই-মেইল ঠিকানা নয়।
field-error-invalid_url = এটি https:// দিয়ে শুরু হওয়া কোনো ওয়েব ঠিকানা নয়।
field-error-invalid_slug = ২ থেকে ৬৪টি ছোট হাতের লাতিন অক্ষর, অঙ্ক ও একক হাইফেন ব্যবহার করুন।
field-error-reserved_slug = এই ঠিকানাটি সংরক্ষিত।
field-error-slug_taken = অন্য একটি সংগঠন এই ঠিকানা ব্যবহার করছে।
field-error-invalid_choice = বিকল্পগুলোর একটি বেছে নিন।
field-error-invalid_file_name = উইকিমিডিয়া কমন্সের একটি ছবির ফাইলের নাম দিন, যেমন Example.svg।
field-error-username_character = ব্যবহারকারী নামে "{ $character }" থাকতে পারে না।
field-error-password_too_short = অন্তত { $min }টি অক্ষর।
field-error-unknown_affiliate = এই ঠিকানায় কোনো অধিভুক্ত সংগঠন নেই।
field-error-not_a_hub = কেবল আঞ্চলিক হাবেরই সদস্য সংগঠন থাকতে পারে।

## Membership

members-title = { $name }-এর সদস্য
members-heading = সদস্য
members-count = { $count ->
    [one] { $count } জন সদস্য
   *[other] { $count } জন সদস্য
}
members-sort-date = যোগদানের তারিখ অনুসারে
members-sort-name = নাম অনুসারে
members-talk = আলাপ
members-no-date = তারিখ দেওয়া নেই
members-utc = (ইউটিসি)
members-signed-up = যোগদান
members-join = যোগ দিন
members-sign-in-to-join = যোগ দিতে প্রবেশ করুন
members-you-are-member = আপনি একজন সদস্য।
members-you-applied = আপনার আবেদন আয়োজকদের বিবেচনার অপেক্ষায় আছে।
members-leave = দল ছাড়ুন
members-joined = স্বাগতম! আপনি এখন সদস্য।
members-applied = ধন্যবাদ! আয়োজকেরা আপনার আবেদন বিবেচনা করবেন।
members-left = আপনি দল ছেড়ে দিয়েছেন।
members-imported = তালিকাটি আমদানি করা হয়েছে।
members-wikitext = মেটা-উইকির জন্য উইকিটেক্সটে সদস্য তালিকা
members-organizers = আয়োজকদের জন্য
members-csv = CSV হিসেবে রপ্তানি
members-import = উইকির নিবন্ধন তালিকা আমদানি করুন
members-rules = সদস্যপদের নিয়ম
members-pending = অপেক্ষমাণ আবেদন
members-pending-none = কোনো আবেদন অপেক্ষায় নেই।
members-no-review = এই দল পর্যালোচনা ছাড়াই সদস্য গ্রহণ করে।
members-answers-hidden = উত্তরগুলো কেবল এই দলের নিজস্ব আয়োজকেরা দেখতে পান।
members-approve = অনুমোদন করুন
members-decline = প্রত্যাখ্যান করুন
role-board = বোর্ড সদস্য
role-contact = যোগাযোগের ব্যক্তি
role-founder = প্রতিষ্ঠাতা
membership-status-pending = অনুমোদনের অপেক্ষায়
membership-status-active = সদস্য
membership-status-declined = প্রত্যাখ্যাত
membership-status-left = ছেড়ে দিয়েছেন
account-memberships = আপনার সদস্যপদ
account-no-memberships = আপনি এখনো কোনো দলের সদস্য নন।
join-title = { $name }-এ যোগ দিন
join-terms = কারা যোগ দিতে পারেন
join-refused = আপনি এখনই যোগ দিতে পারছেন না:
join-kind = আপনি যোগ দিচ্ছেন
join-kind-individual = ব্যক্তি হিসেবে
join-kind-institution = প্রতিষ্ঠান হিসেবে
join-age = আপনার বয়স
join-country = নাগরিকত্ব বা বসবাসের দেশ
join-institution = প্রতিষ্ঠানের নাম
join-institution-help = কেবল কোনো প্রতিষ্ঠানের পক্ষে যোগ দিলে।
join-institution-country = প্রতিষ্ঠানটি যে দেশে নিবন্ধিত
join-edit-count = উইকিমিডিয়ায় আপনার সম্পাদনার সংখ্যা
join-account-created = আপনার উইকিমিডিয়া অ্যাকাউন্ট তৈরির তারিখ
join-unverified = আপনার দেওয়া তথ্য, যাচাই করা হয়নি
join-unverified-help = আপনি যেমন জানেন; আয়োজকেরা যাচাই করতে পারেন।
join-answer = উত্তর
join-privacy = আপনার উত্তর কেবল আপনি ও এই দলের আয়োজকেরা দেখতে পান।
join-apply = আবেদন করুন
rule-min_age = সদস্যদের বয়স অন্তত { $min } বছর।
rule-countries = সদস্যরা { $countries }-এর নাগরিক বা বাসিন্দা।
rule-institutions = প্রতিষ্ঠানও যোগ দিতে পারে।
rule-institution_countries = { $countries }-এ নিবন্ধিত প্রতিষ্ঠান যোগ দিতে পারে।
rule-min_edits = সদস্যরা উইকিমিডিয়া প্রকল্পে অন্তত { $min }টি সম্পাদনা করেছেন।
rule-min_account_days = সদস্যদের উইকিমিডিয়া অ্যাকাউন্টের বয়স অন্তত { $days } দিন।
rule-review = আয়োজকেরা প্রতিটি আবেদন পর্যালোচনা করেন।
refusal-min_age = যোগ দিতে আপনার বয়স অন্তত { $min } বছর হতে হবে।
refusal-age_missing = আপনার বয়স লিখুন: সদস্যদের বয়স অন্তত { $min } বছর।
refusal-country = এই দল { $countries }-এর নাগরিক ও বাসিন্দাদের জন্য।
refusal-institutions_not_admitted = এই দল প্রতিষ্ঠানকে সদস্য করে না।
refusal-institution_country = কেবল { $countries }-এ নিবন্ধিত প্রতিষ্ঠান যোগ দিতে পারে।
refusal-min_edits = সদস্য হতে উইকিমিডিয়া প্রকল্পে অন্তত { $min }টি সম্পাদনা দরকার।
refusal-min_account_age = সদস্যদের উইকিমিডিয়া অ্যাকাউন্টের বয়স অন্তত { $days } দিন হতে হবে।
rules-title = { $name }-এর সদস্যপদের নিয়ম
rules-review = সদস্য হওয়ার আগে আয়োজকেরা আবেদন পর্যালোচনা করবেন
rules-allow-institutions = প্রতিষ্ঠানও যোগ দিতে পারে
rules-min-age = ন্যূনতম বয়স
rules-countries = যে দেশের নাগরিক বা বাসিন্দা (সবার জন্য হলে ফাঁকা রাখুন)
rules-institution-countries = যে দেশে নিবন্ধিত প্রতিষ্ঠান
rules-institution-countries-help = আইএসও দেশ-কোড; যেকোনো দেশের প্রতিষ্ঠানের জন্য ফাঁকা রাখুন।
rules-min-edits = উইকিমিডিয়ায় ন্যূনতম সম্পাদনার সংখ্যা (আবেদনকারীর দেওয়া)
rules-min-account-days = উইকিমিডিয়া অ্যাকাউন্টের ন্যূনতম বয়স, দিনে (আবেদনকারীর দেওয়া)
rules-questions = আবেদনকারীদের জন্য প্রশ্ন
rules-questions-help = কোনো প্রশ্ন মুছতে সেটি ফাঁকা রাখুন।
rules-question = প্রশ্ন
rules-required = উত্তর দেওয়া আবশ্যক
import-title = { $name }-এ নিবন্ধন তালিকা আমদানি
import-help = মেটা-উইকির পাতা থেকে নিবন্ধন তালিকা পেস্ট করুন, পাতায় যেমন দেখায় বা উইকিটেক্সট হিসেবে। প্রত্যেকে তাঁর স্বাক্ষরের তারিখ রাখবেন। প্রাকদর্শন দেখে আমদানি করুন।
import-text = তালিকা
import-preview = প্রাকদর্শন
import-apply = এই সদস্যদের আমদানি করুন
import-problems = যে লাইনগুলো পড়া যায়নি
import-line = লাইন
import-reason = কারণ
import-already = আগে থেকেই সদস্য
import-new = নতুন
import-fix-first = যে লাইনগুলো পড়া যায়নি সেগুলো ঠিক করুন বা মুছুন, তারপর আবার আমদানি করুন। কিছুই আমদানি হয়নি।
import-summary = { $entries }টি এন্ট্রি, তার মধ্যে { $new }টি নতুন; { $problems }টি লাইন পড়া যায়নি; অন্য { $skipped }টি লাইন বাদ দেওয়া হয়েছে।
import-problem-no_name = এই লাইনে কোনো নাম নেই।
import-problem-bad_name = এটি উইকিমিডিয়ার সম্ভাব্য ব্যবহারকারী নাম নয়।
import-problem-unreadable_date = তারিখটি পড়া যাচ্ছে না।
import-problem-impossible_date = এই তারিখের অস্তিত্ব নেই।
import-problem-time_without_zone = সময়ের সঙ্গে সময় অঞ্চল (ইউটিসি) নেই।
history-by = { $actor }: { $what }
history-members-imported = { $count ->
    [one] নিবন্ধন তালিকা থেকে { $count } জন সদস্য আমদানি করেছেন।
   *[other] নিবন্ধন তালিকা থেকে { $count } জন সদস্য আমদানি করেছেন।
}
history-member-approved = { $actor } { $member }-এর আবেদন অনুমোদন করেছেন।
history-member-declined = { $actor } { $member }-এর আবেদন প্রত্যাখ্যান করেছেন।
history-membership-rules = { $actor } সদস্যপদের নিয়ম পরিবর্তন করেছেন।
error-already_member = আপনি ইতিমধ্যে এই দলের সদস্য, অথবা আপনার আবেদন অপেক্ষায় আছে।
error-not_eligible = আপনি এই দলের সদস্যপদের নিয়ম পূরণ করেন না।
field-error-impossible_age = ৫ থেকে ১২০-এর মধ্যে বয়স লিখুন।
field-error-future_date = এই তারিখটি ভবিষ্যতের।
field-error-invalid_number = একটি পূর্ণ সংখ্যা লিখুন।
field-error-unknown_question = এই দল এমন প্রশ্ন করে না।
field-error-import_too_large = তালিকাটি ১০ মেগাবাইটের চেয়ে বড়।
field-error-import_empty = তালিকাটি ফাঁকা।
field-error-import_utf16 = ফাইলটি UTF-16-এ। UTF-8 হিসেবে সংরক্ষণ করে আবার চেষ্টা করুন।
field-error-import_binary = এটি লেখা নয়।
field-error-import_not_utf8 = লেখাটি UTF-8 নয় (সম্ভবত পুরোনো এনকোডিং)। UTF-8 হিসেবে সংরক্ষণ করে আবার চেষ্টা করুন।
field-error-import_unreadable_lines = কিছু লাইন পড়া যায়নি; কিছুই আমদানি হয়নি।

## Events and the activities calendar

calendar-heading = কার্যক্রম
calendar-title = { $name }-এর কার্যক্রম
calendar-link = কার্যক্রমের দিনপঞ্জি
calendar-feed = সাবস্ক্রাইব করুন (iCalendar)
calendar-wikitext = মেটা-উইকির জন্য উইকিটেক্সট
calendar-years = বছর
calendar-all-years = সব বছর
calendar-empty = এখনও কোনো কার্যক্রম নেই।
event-time-range-zone = { $start } – { $end } ({ $zone })
event-time-range-utc = { $start } – { $end } (ইউটিসি)
event-status-planned = পরিকল্পিত
event-status-ongoing = চলমান
event-status-done = সম্পন্ন
event-status-cancelled = বাতিল
event-kind-edit-a-thon = এডিটাথন
event-kind-workshop = কর্মশালা
event-kind-training = প্রশিক্ষণ
event-kind-photowalk = ফটোওয়াক
event-kind-upload-a-thon = আপলোডাথন
event-kind-meetup = মিলনমেলা
event-kind-contest = প্রতিযোগিতা
event-kind-conference = সম্মেলন
event-kind-campaign = ক্যাম্পেইন
event-kind-other = অন্যান্য
event-mode-online = অনলাইন
event-mode-in-person = সরাসরি
event-mode-hybrid = হাইব্রিড
event-field-when = কখন
event-field-kind = ধরন
event-field-mode = কোথায়
event-field-venue = স্থান
event-field-organizers = আয়োজক
event-field-hashtags = হ্যাশট্যাগ
event-field-wikis = উইকি
event-feed = ক্যালেন্ডারে যোগ করুন (iCalendar)

## Event errors

field-error-unknown_time_zone = “{ $zone }” পরিচিত কোনো সময় অঞ্চল নয়; Asia/Dhaka-র মতো নাম লিখুন।
field-error-time_skipped = এই সময় অঞ্চলে ঘড়ি { $time } বাদ দেয় (গ্রীষ্মকালীন সময়); অন্য সময় বেছে নিন।
field-error-invalid_time = সময় ১৮:৩০ আকারে লিখুন।
field-error-end_before_start = শেষ অবশ্যই শুরুর পরে হতে হবে।
field-error-invalid_coordinates = অক্ষাংশ (−৯০ থেকে ৯০) ও দ্রাঘিমাংশ (−১৮০ থেকে ১৮০) দুটিই দিন, অথবা কোনোটিই নয়।
field-error-venue_required = সরাসরি অনুষ্ঠানের জন্য স্থান বা ঠিকানা প্রয়োজন।
field-error-online_has_no_place = অনলাইন অনুষ্ঠানের কোনো স্থানাঙ্ক থাকে না।
field-error-capacity_not_positive = ১ থেকে { $max } আসনের সংখ্যা দিন, অথবা সীমাহীন রাখতে খালি রাখুন।
field-error-invalid_wiki = “{ $wiki }” bn.wikipedia.org-এর মতো উইকির ঠিকানা নয়।
field-error-invalid_hashtag = “{ $hashtag }” হ্যাশট্যাগ নয় (শুধু অক্ষর, অঙ্ক ও _)।
error-already_registered = আপনি এই অনুষ্ঠানে ইতিমধ্যে নিবন্ধিত।
error-registration_closed = এই অনুষ্ঠানের নিবন্ধন খোলা নেই।
error-registration_not_open_yet = এই অনুষ্ঠানের নিবন্ধন এখনও শুরু হয়নি।
error-registration_ended = এই অনুষ্ঠানের নিবন্ধন বন্ধ হয়ে গেছে।
error-event_over = এই অনুষ্ঠান শেষ হয়ে গেছে বা বাতিল হয়েছে।

## Event registration

event-registration = নিবন্ধন
event-seats = { $capacity }টি আসনের { $taken }টি পূর্ণ।
event-seats-unlimited = { $taken } জন নিবন্ধিত।
event-waiting = { $count } জন অপেক্ষমাণ।
event-register = নিবন্ধন করুন
event-register-private = অংশগ্রহণকারীদের প্রকাশ্য তালিকায় আমার নাম দেখাবেন না
event-registered = আপনার আসন নিশ্চিত।
event-promoted = একটি আসন খালি হয়েছে: আপনি অপেক্ষমাণ তালিকা থেকে উঠে আসন পেয়েছেন।
event-waitlisted = আপনি অপেক্ষমাণ তালিকায় { $position } নম্বরে আছেন।
event-cancel = আমার নিবন্ধন বাতিল করুন
event-sign-in-to-register = নিবন্ধনের জন্য সাইন ইন করুন।
event-participants = অংশগ্রহণকারী
event-private = ব্যক্তিগত
event-seat-registered = আসন
event-seat-waitlisted = অপেক্ষমাণ
event-seat-cancelled = বাতিল
event-meeting = সভার লিংক

## Event outcomes

outcomes-heading = ফলাফল
outcome-participants = অংশগ্রহণকারী
outcome-new_editors = নতুন সম্পাদক
outcome-articles_created = তৈরি নিবন্ধ
outcome-articles_improved = উন্নত নিবন্ধ
outcome-uploads = কমন্সে আপলোড
outcome-notes = নোট
outcomes-save = ফলাফল সংরক্ষণ করুন
calendar-totals = বছরভিত্তিক ফলাফল
calendar-year = বছর
event-cancel-event = এই অনুষ্ঠান বাতিল করুন
event-restore = এই অনুষ্ঠান পুনর্বহাল করুন
event-participants-csv = অংশগ্রহণকারী ও উত্তর (CSV)
field-error-event_not_held = অনুষ্ঠান হয়ে যাওয়ার পরই ফলাফল লেখা যায়।

## My events

account-events = আমার অনুষ্ঠান
account-no-events = আপনি কোনো অনুষ্ঠানে নিবন্ধন করেননি।
account-feed-create = ব্যক্তিগত ক্যালেন্ডার ঠিকানা তৈরি করুন
account-feed-explain = আপনার নিবন্ধিত অনুষ্ঠানগুলোর জন্য আপনার ক্যালেন্ডার অ্যাপের একটি ব্যক্তিগত ঠিকানা। যার কাছে এটি থাকবে সে-ই এগুলো দেখতে পাবে; নতুন ঠিকানা তৈরি করলে পুরোনোটি কাজ করবে না।
account-feed-url = আপনার ব্যক্তিগত ক্যালেন্ডার ঠিকানা (শুধু এখন দেখানো হচ্ছে; আপনার ক্যালেন্ডার অ্যাপে কপি করুন):

## Campaigns

nav-campaigns = ক্যাম্পেইন
campaigns-title = ক্যাম্পেইনসমূহ
campaigns-empty = এখনও কোনো ক্যাম্পেইন নেই।
campaign-edition-count = { $count }টি সংস্করণ
campaign-editions = সংস্করণসমূহ
campaign-taking-part = অংশগ্রহণকারী সংগঠন
event-field-campaign = যে ক্যাম্পেইনের সংস্করণ
calendar-campaigns = ক্যাম্পেইন
field-error-unknown_campaign = এই ঠিকানায় কোনো ক্যাম্পেইন নেই।
error-campaign_slug_taken = অন্য একটি ক্যাম্পেইন এই ঠিকানা ব্যবহার করছে।
event-field-people = আয়োজকবৃন্দ
event-field-languages = ভাষা

## The event form

event-form-heading = { $name }-এর নতুন অনুষ্ঠান
event-form-new = নতুন অনুষ্ঠান
event-form-what = কী
event-form-when = কখন
event-form-where = কোথায়
event-form-more = আরও
event-form-title = শিরোনাম
event-form-all-day = পুরো দিন (শুধু তারিখ)
event-form-start-date = শুরুর তারিখ
event-form-start-time = শুরুর সময়
event-form-end-date = শেষের তারিখ
event-form-end-date-help = খালি থাকলে: শুরুর দিনই।
event-form-end-time = শেষের সময়
event-form-time-zone = সময় অঞ্চল
event-form-time-zone-help = উপরের সময়গুলো যে অঞ্চলের, যেমন Asia/Dhaka। পাঠকেরা নিজেদের অঞ্চলেও দেখবেন।
event-form-address = ঠিকানা
event-form-latitude = অক্ষাংশ
event-form-longitude = দ্রাঘিমাংশ
event-form-capacity = আসন (খালি: সীমাহীন)
event-form-questions = নিবন্ধনকারীদের জন্য প্রশ্ন
event-form-questions-help = প্রতি লাইনে একটি; বাধ্যতামূলক করতে লাইনের শুরুতে * দিন। উত্তর শুধু আয়োজকেরা দেখেন।
event-form-organizers-help = উইকিমিডিয়া ব্যবহারকারী নাম, প্রতি লাইনে একটি।
event-form-description = বিবরণ
event-form-closes-date = নিবন্ধন বন্ধের তারিখ
event-form-closes-time = সময়
event-form-registration-open = নিবন্ধন খোলা
event-form-save = অনুষ্ঠান তৈরি করুন

## Month grid

weekday-1 = সোম
weekday-2 = মঙ্গল
weekday-3 = বুধ
weekday-4 = বৃহস্পতি
weekday-5 = শুক্র
weekday-6 = শনি
weekday-7 = রবি
calendar-view-list = তালিকা
calendar-view-grid = মাসের ছক
calendar-previous-month = আগের মাস
calendar-next-month = পরের মাস
calendar-show-times-in = এই সময় অঞ্চলেও সময় দেখান
calendar-show = দেখান
event-form-edit-heading = { $title } পরিবর্তন করুন
event-edit = এই অনুষ্ঠান পরিবর্তন করুন
event-undated = এখনও তারিখ ঠিক হয়নি
calendar-proposed = প্রস্তাবিত কার্যক্রম
event-form-proposed = প্রস্তাবিত, এখনও তারিখ নেই
event-form-opens-date = নিবন্ধন শুরুর তারিখ

## Reports and the lifecycle

notice-reminder_30 = একটি স্মরণিকা: ৩০ দিনের মধ্যে একটি প্রতিবেদন জমা দিতে হবে
notice-reminder_7 = একটি স্মরণিকা: ৭ দিনের মধ্যে একটি প্রতিবেদন জমা দিতে হবে
notice-past_due = একটি নোটিশ: প্রয়োজনীয় প্রতিবেদন সময়সীমা পেরিয়েছে, শেষ তারিখসহ
notice-deadline = একটি নোটিশ: অনুপস্থিত প্রতিবেদনের শেষ তারিখ এক সপ্তাহ পরে
notice-expiry = একটি নোটিশ: শেষ তারিখ পেরিয়ে স্বীকৃতির মেয়াদ শেষ হয়েছে
history-report-filed = একটি প্রতিবেদন জমা
history-report-deferred = একটি প্রতিবেদন এক বছর পিছানো

## Notice mail

mail-subject = { $affiliate }: { $what }
mail-report = প্রতিবেদনটি { $start } থেকে { $end } পর্যন্ত সময়ের, জমার তারিখ { $due }।
mail-body =
    নমস্কার { $name },
    {""}
    এটি { $what }।
    { $report }
    {""}
    প্রতিবেদন জমা দিন বা আপনার দলের অবস্থা দেখুন:
    { $url }
    {""}
    — সঙ্গম

## Reports pages

reports-heading = প্রতিবেদন
reports-link = বাধ্যতামূলক প্রতিবেদন ও তাদের অবস্থা
reports-title = { $name }-এর প্রতিবেদন
reports-intro = প্রতিটি মেয়াদের জন্য এই সহযোগী সংগঠনের যে প্রতিবেদনগুলো দিতে হবে, প্রতিটির শেষ তারিখ এবং অবস্থা।
reports-none = এখনও কোনো প্রতিবেদন প্রয়োজন নেই। চুক্তির মেয়াদ বা অর্থবছর শুরু হলে সেগুলো দেখা যায়।
reports-standing = অবস্থান: { $status }।
report-kind-activity = বার্ষিক কার্যক্রম প্রতিবেদন
report-kind-financial = আর্থিক প্রতিবেদন
report-period = { $start } – { $end }
report-col-report = প্রতিবেদন
report-col-period = মেয়াদ
report-col-due = শেষ তারিখ
report-col-status = অবস্থা
report-status-upcoming = আসন্ন
report-status-due = জমার সময়
report-status-past_due = সময় পেরিয়েছে
report-status-filed = জমা হয়েছে
report-status-deferred = স্থগিত
report-status-accepted = গৃহীত
report-due-in = { $days ->
    [0] আজই শেষ তারিখ
   *[other] { $days } দিনের মধ্যে জমা দিতে হবে
}
report-overdue-by = { $days } দিন দেরি
report-in-grace = অতিরিক্ত সময় { $date } পর্যন্ত
report-heading = { $report }, { $period }
report-due-on = শেষ তারিখ { $date }
report-filed-on = { $date } তারিখে জমা হয়েছে।
report-filed-by = জমা দিয়েছেন { $username }।
report-accepted-on = { $date } তারিখে গৃহীত।
report-changes-asked = একজন সাইট প্রশাসক পরিবর্তন চেয়েছেন
report-deferred-because = এক বছরের জন্য স্থগিত: { $reason }।
deferment-reason-natural_disaster = প্রাকৃতিক দুর্যোগ
deferment-reason-pandemic = মহামারী
deferment-reason-war = যুদ্ধ
deferment-reason-government_restriction = সরকারি বিধিনিষেধ
report-wikitext = মেটা-উইকির জন্য উইকিটেক্সট
report-file-heading = এই প্রতিবেদন জমা দিন
report-builder-intro = এই খসড়াটি মেয়াদের জন্য এখানে লেখা অনুষ্ঠান, ফলাফল, সদস্য ও বোর্ডের পরিবর্তন থেকে পূরণ করা হয়েছে। সম্পাদনা করে জমা দিন। মেটা-উইকিতে প্রতিবেদন ইংরেজিতে লেখা হয়।
report-builder-totals = { $events }টি অনুষ্ঠান, { $participants } জন অংশগ্রহণকারী, { $joined } জন নতুন সদস্য।
report-build = আমাদের তথ্য থেকে প্রতিবেদন তৈরি করুন
report-build-mine = আমার ভাষায়
report-link-label = প্রতিবেদনের লিংক (মেটা-উইকিতে তার পাতা)
report-body-label = অথবা প্রতিবেদন এখানে লিখুন
report-file = প্রতিবেদন জমা দিন
report-save-draft = খসড়া সংরক্ষণ করুন
report-review-heading = পর্যালোচনা
report-review-accept = প্রতিবেদন গ্রহণ করুন
report-review-note = কী বদলাতে হবে
report-review-changes = পরিবর্তন চান
report-defer = এক বছরের জন্য স্থগিত করুন
report-defer-reason = কারণ
report-defer-note = কী ঘটেছে
report-decide-title = মেয়াদোত্তীর্ণ: প্রশাসকের সিদ্ধান্ত
report-decide-intro = শেষ সময়ের পরেও একটি প্রতিবেদন না আসায় স্বীকৃতির মেয়াদ শেষ হয়েছে। নতুন চুক্তির মেয়াদের জন্য সংগঠনকে আবার স্বীকৃতি দিন, অথবা পূর্বে সক্রিয় সংগঠনের তালিকায় সরান।
report-field-start = প্রথম দিন
report-field-end = শেষ দিন
report-field-due = জমার শেষ তারিখ
report-decide-recognize = আবার স্বীকৃতি দিন
report-decide-former = পূর্বে সক্রিয় তালিকায় সরান
report-add-period = প্রতিবেদনের মেয়াদ যোগ করুন
history-report-reviewed = একটি প্রতিবেদন পর্যালোচিত
history-report-period = একটি প্রতিবেদনের মেয়াদ যোগ হয়েছে

## Compliance dashboard

compliance-title = নিয়ম পালন
compliance-intro = প্রতিটি সংগঠনের অবস্থান: তার অবস্থা, পরবর্তী প্রতিবেদন, কত দেরি, শেষ নোটিশ, এবং যে নোটিশ ইমেইল পাঠানো যায়নি।
compliance-col-affiliate = সংগঠন
compliance-col-status = অবস্থা
compliance-col-next = পরবর্তী প্রতিবেদন
compliance-col-overdue = দেরির দিন
compliance-col-notice = শেষ নোটিশ
compliance-col-mail = ইমেইলের সমস্যা
compliance-filter-overdue = শুধু দেরি হওয়া
compliance-filter-mail = শুধু ইমেইল সমস্যাসহ
compliance-mail-failed = { $count }টি পাঠানো যায়নি: { $error }

## The annual report builder's draft

report-draft-summary-heading = সারসংক্ষেপ
report-draft-summary = { $name } { $start } থেকে { $end } পর্যন্ত { $events }টি অনুষ্ঠান করেছে।
report-draft-totals = ফলাফল লেখা { $reported }টি অনুষ্ঠানে { $participants } জন অংশগ্রহণকারী ও { $new_editors } জন নতুন সম্পাদক এসেছেন; { $articles_created }টি নিবন্ধ তৈরি, { $articles_improved }টি উন্নত এবং { $uploads }টি ফাইল আপলোড হয়েছে।
report-draft-events-heading = অনুষ্ঠান
report-draft-no-events = এই মেয়াদে এখানে কোনো অনুষ্ঠান লেখা হয়নি।
report-draft-members-heading = সদস্য
report-draft-members = { $joined } জন যোগ দিয়েছেন; মেয়াদের শেষে দলে { $total } জন সদস্য ছিলেন।
report-draft-board-heading = বোর্ড
report-draft-board = বোর্ডের সদস্য: { $names }।
report-draft-board-changes = বোর্ড বদলেছে: { $dates }।
report-draft-plans-heading = শিক্ষা ও পরিকল্পনা
report-draft-plans = (কী ভালো হয়েছে, কী কঠিন ছিল এবং এরপর কী, এখানে লিখুন।)

## Report errors

field-error-report_missing = প্রতিবেদনের লিংক দিন অথবা এখানে লিখুন।
field-error-report_link_or_text = লিংক দিন অথবা প্রতিবেদন লিখুন, দুটো একসাথে নয়।
field-error-review_note_required = কী বদলাতে হবে তা লিখুন।
field-error-deferment_reason_required = স্থগিতের কারণ বেছে নিন।
field-error-period_overlaps = এই মেয়াদ { $start } থেকে { $end } মেয়াদের সাথে মিলে যায়।
field-error-period_too_long = প্রতিবেদনের মেয়াদ সর্বোচ্চ দুই বছর।
field-error-due_before_end = জমার শেষ তারিখ মেয়াদ শেষ হওয়ার আগে।
error-report_accepted = এই প্রতিবেদন আগেই গৃহীত হয়েছে।
error-report_not_filed = শুধু জমা হওয়া ও এখনও গৃহীত না হওয়া প্রতিবেদন পর্যালোচনা করা যায়।
error-report_filed = এই প্রতিবেদন আগেই জমা হয়েছে।
error-report_deferred = এই প্রতিবেদন আগেই স্থগিত হয়েছে।
error-not_expired = এই সিদ্ধান্তের অপেক্ষায় থাকে শুধু মেয়াদোত্তীর্ণ সংগঠন।
error-period_overlaps = এই মেয়াদ অন্য একটির সাথে মিলে যায়।

## Elections: refusals

error-nominations_closed = এই নির্বাচনের মনোনয়ন এখন খোলা নেই।
error-already_nominated = এই ব্যক্তি ইতিমধ্যে মনোনীত।
error-voting_not_open = ভোটগ্রহণ এখনো শুরু হয়নি।
error-voting_closed = ভোটগ্রহণ শেষ হয়ে গেছে।
error-not_eligible_voter = আপনি এই নির্বাচনের ভোটার তালিকায় নেই: এটি নির্ধারিত তারিখের আগে যোগ দেওয়া সদস্যদের জন্য।
error-voting_not_closed = ভোটগ্রহণ শেষ হলে ভোট গণনা হয়।
field-error-not_eligible_candidate = নির্ধারিত তারিখের আগে যোগ দেওয়া সদস্যরাই প্রার্থী হতে পারেন।
field-error-ballot_method = এই ব্যালট এই নির্বাচনের ধরনের নয়।
field-error-ballot_empty = অন্তত একজন প্রার্থীকে ক্রম দিন।
field-error-ballot_unknown_candidate = এই ব্যালটে এমন কারও নাম আছে যিনি প্রার্থী নন।
field-error-ballot_repeated_candidate = এই ব্যালটে একজন প্রার্থী দুবার আছেন।
field-error-ballot_stances = প্রত্যেক প্রার্থীর জন্য সমর্থন, নিরপেক্ষ বা বিরোধিতা দিন।
field-error-receipt_required = আপনি ইতিমধ্যে ভোট দিয়েছেন: বদলাতে আপনার ব্যালটের রসিদ কোড দিন।
field-error-receipt_unknown = এই রসিদ কোডের কোনো ব্যালট নেই।
field-error-seats_range = ১ থেকে { $max } পর্যন্ত আসনসংখ্যা দিন।
field-error-invalid_instant = সময় লিখুন 2027-03-01 বা 2027-03-01T09:00:00Z হিসেবে।
field-error-voting_before_nominations_close = মনোনয়ন শেষ হওয়ার পরেই ভোটগ্রহণ শুরু হতে পারে।

## The board on the profile

board-heading = বোর্ড
board-now = বর্তমান সদস্য: { $names } ({ $end } পর্যন্ত)।
board-phase = দলের { $year } বছর থেকে: { $seats }টি আসন, { $months } মাসের মেয়াদ, { $how }।
board-chosen-founders = প্রতিষ্ঠাতারা বাছাই করেন
board-chosen-election = সদস্যদের ভোটে নির্বাচিত
board-before = { $names }, { $start } – { $end }

## Election pages

elections-title = { $name }-এর নির্বাচন
elections-none = এখনো কোনো নির্বাচন নেই।
election-phase-upcoming = আসন্ন
election-phase-nominating = মনোনয়ন চলছে
election-phase-waiting = মনোনয়ন শেষ; শিগগির ভোটগ্রহণ শুরু হবে
election-phase-voting = ভোটগ্রহণ চলছে
election-phase-closed = শেষ
election-voting-dates = ভোটগ্রহণ: { $start } – { $end }
election-nomination-dates = মনোনয়ন: { $start } – { $end }
election-seats = আসন: { $seats }
election-choice = পছন্দ { $rank }
election-round-elected = নির্বাচিত: { $names }।
election-round-eliminated = বাদ পড়েছেন: { $names }।
election-turnout = { $count ->
    [one] একজন সদস্য ভোট দিয়েছেন।
   *[other] { $count } জন সদস্য ভোট দিয়েছেন।
}
election-method-meek = যত খুশি প্রার্থীকে ক্রম দিন, সবচেয়ে পছন্দের জন প্রথমে। উইকিমিডিয়া বোর্ড নির্বাচনের মতো ড্রুপ কোটা সহ মিক এসটিভি পদ্ধতিতে গণনা হয়।
election-method-approval = যাঁদের সমর্থন করেন তাঁদের সবাইকে অনুমোদন দিন; সবচেয়ে বেশি অনুমোদিতরা জেতেন।
election-method-plurality = একজন প্রার্থী বেছে নিন; সবচেয়ে বেশি ভোট পাওয়া জেতেন।
election-method-support_oppose = প্রত্যেক প্রার্থীকে সমর্থন, নিরপেক্ষ বা বিরোধিতা দিন; ক্রম হয় সমর্থন ÷ (সমর্থন + বিরোধিতা) অনুযায়ী।
election-receipt-found = আপনার ব্যালট গণনায় আছে।
election-receipt-missing = গণনায় এই রসিদ কোডের কোনো ব্যালট নেই।
election-receipt-heading = আপনার রসিদ কোড
election-receipt-keep = এই কোডটি রাখুন। এটি কোথাও আপনার নামের সাথে যুক্ত নয়: এটি দিয়ে আপনি দেখতে পারবেন আপনার ব্যালট গোনা হয়েছে কি না, আর ভোটগ্রহণ শেষ হওয়া পর্যন্ত ভোট বদলাতে পারবেন। কেউ এটি আবার দিতে পারবে না।
election-candidates = প্রার্থী
election-no-candidates = এখনো কেউ প্রার্থী হননি।
election-withdrawn = প্রত্যাহার করেছেন
election-statement = আপনার বক্তব্য (সদস্যরা কেন আপনাকে নির্বাচিত করবেন)
election-stand = প্রার্থী হোন
election-ballot = আপনার ব্যালট
election-support = সমর্থন
election-neutral = নিরপেক্ষ
election-oppose = বিরোধিতা
election-change-receipt = ভোট বদলাতে, আপনার ব্যালটের রসিদ কোড
election-change-vote = আমার ভোট বদলান
election-vote = ভোট দিন
election-result = ফলাফল
election-elected = নির্বাচিত:
election-round = দফা
election-quota = কোটা
election-blt = BLT ফাইল হিসেবে ব্যালট (যেকোনো STV প্রোগ্রামে আবার গুনুন)
election-ballots = প্রকাশিত ব্যালট
election-check-receipt = রসিদ কোড যাচাই করুন
election-check = যাচাই
elections-link = নির্বাচন
election-surplus = উদ্বৃত্ত
election-keep-factor = রাখার অনুপাত
election-rounds-intro = প্রতি দফায়: কোটা, প্রত্যেক প্রার্থীর ভোট (নির্বাচিত প্রার্থী তাঁর কাছে আসা প্রতিটি ভোটের যে অংশ রাখেন, × রাখার অনুপাত), কোটার ওপর উদ্বৃত্ত, আর কে নির্বাচিত বা বাদ পড়লেন।

## Setting up an election

election-new = নতুন নির্বাচন
election-field-method = গণনা পদ্ধতি
election-field-title = শিরোনাম
election-field-seats = আসন
election-field-nominations_open = মনোনয়ন শুরু
election-field-nominations_close = মনোনয়ন শেষ
election-field-voting_open = ভোটগ্রহণ শুরু
election-field-voting_close = ভোটগ্রহণ শেষ
election-field-voters_joined_before = যাঁরা এর আগে যোগ দিয়েছেন তাঁরা ভোটার
election-field-voters_min_edits = ভোটারের ন্যূনতম সম্পাদনা (ঐচ্ছিক)
election-field-candidates_joined_before = যাঁরা এর আগে যোগ দিয়েছেন তাঁরা প্রার্থী (খালি হলে ভোটারের তারিখ)
election-field-term_start = মেয়াদ শুরু
election-field-term_end = মেয়াদ শেষ
election-method-name-meek = ক্রমভিত্তিক, মিক এসটিভি
election-method-name-approval = অনুমোদন
election-method-name-plurality = একক পছন্দ
election-method-name-support_oppose = সমর্থন, নিরপেক্ষ বা বিরোধিতা
election-awaiting = তাঁদের সম্মতির অপেক্ষায়:
election-accept = মনোনয়ন গ্রহণ করুন
election-withdraw = প্রত্যাহার করুন
election-nominee = অন্য সদস্যকে মনোনয়ন দিন (তাঁর ব্যবহারকারী নাম; নিজে প্রার্থী হতে খালি রাখুন)
election-statement-edit = এই বক্তব্য লিখুন বা অনুবাদ করুন
election-statement-lang = ভাষা (যেমন en, bn বা ur কোড)
election-statement-save = বক্তব্য সংরক্ষণ করুন
election-statement-outdated = এই অনুবাদটি বক্তব্যের আগের একটি সংস্করণ থেকে করা।
error-statement_source_nominee_only = যে ভাষায় বক্তব্য লেখা হয়েছে সেই ভাষায় কেবল প্রার্থী নিজে তা বদলাতে পারেন; অন্য ভাষায় অনুবাদ যোগ করুন।
field-error-duplicate = এটি দুবার আছে।
field-error-presenter_one_of = প্রত্যেক উপস্থাপকের জন্য একটি ব্যবহারকারী নাম অথবা অতিথির নাম দিন।
field-error-session_minutes_range = একটি সেশন ৫ থেকে { $max } মিনিটের।
field-error-language_not_offered = এই আহ্বানে এই ভাষা নেই।
field-error-presenter_unknown = এই ব্যবহারকারী নামে কোনো অ্যাকাউন্ট নেই; তাঁকে অতিথি হিসেবে লিখুন।
field-error-signature_without_date = একটি স্বাক্ষরে তারিখ নেই; চারটি টিল্ডা (~~~~) দিয়ে স্বাক্ষর করুন।
error-cfp_not_open = প্রস্তাব আহ্বান এখনো খোলেনি।
error-cfp_closed = প্রস্তাব আহ্বান বন্ধ হয়ে গেছে।
error-proposal_not_editable = এই প্রস্তাব আর বদলানো যায় না।
error-not_proposer = কেবল প্রস্তাবের উপস্থাপকেরা এটি করতে পারেন।
error-proposal_withdrawn = এই প্রস্তাব প্রত্যাহার করা হয়েছে।
conf-proposals-title = { $title }-এর প্রস্তাবসমূহ
conf-new-title = { $title }-এর জন্য একটি প্রস্তাব
conf-cfp-upcoming = প্রস্তাব আহ্বান খুলবে { $date }।
conf-cfp-open = প্রস্তাব আহ্বান খোলা আছে { $date } পর্যন্ত।
conf-cfp-closed = প্রস্তাব আহ্বান বন্ধ হয়েছে { $date }।
conf-minutes = { $minutes } মিনিট
conf-session-types = সেশনের ধরন
conf-languages = ভাষা
conf-interpretation = এই ভাষাগুলির মধ্যে দোভাষীর ব্যবস্থা করা যায়।
conf-interested-count = { $count } জন আগ্রহী
conf-new = প্রস্তাব পাঠান
conf-none = এখনো কোনো প্রস্তাব নেই।
conf-status-submitted = পর্যালোচনার অপেক্ষায়
conf-status-withdrawn = প্রত্যাহার করা হয়েছে
conf-status-accepted = গৃহীত
conf-status-waitlisted = অপেক্ষা-তালিকায়
conf-status-rejected = গৃহীত হয়নি
conf-field-presenters = অ্যাকাউন্টধারী উপস্থাপক (ব্যবহারকারী নাম, প্রতি লাইনে একটি)
conf-field-guests = অ্যাকাউন্টবিহীন উপস্থাপক (নাম, প্রতি লাইনে একটি)
conf-field-contact_email = ইমেইল ঠিকানা (ঐচ্ছিক; কেবল আয়োজক ও উপস্থাপকেরা দেখেন)
conf-field-affiliation = সংশ্লিষ্টতা
conf-field-title = শিরোনাম
conf-field-lang = ভাষা
conf-field-language_note = ভাষার ব্যবস্থা (ঐচ্ছিক)
conf-field-session_type = ধরন
conf-field-minutes = প্রয়োজনীয় সময়, মিনিটে (ধরনের স্বাভাবিক দৈর্ঘ্যের জন্য খালি রাখুন)
conf-field-track = ট্র্যাক
conf-field-plan = আপনার পরিকল্পনা বিস্তারিত লিখুন
conf-field-support = আপনার প্রয়োজনীয় সহায়তা
conf-field-benefit = এই সেশন সম্প্রদায়গুলির কীভাবে উপকারে আসবে?
conf-submit = প্রস্তাব পাঠান
conf-save = পরিবর্তন সংরক্ষণ করুন
conf-presenters = উপস্থাপক
conf-time-needed = প্রয়োজনীয় সময়
conf-submitted-by = { $name } পাঠিয়েছেন, { $date }
conf-contact = যোগাযোগের তথ্য
conf-topic = বিষয়
conf-edit = প্রস্তাব বদলান
conf-withdraw = প্রস্তাব প্রত্যাহার করুন
conf-interested = আগ্রহী অংশগ্রহণকারী
conf-interested-none = এখনো কেউ স্বাক্ষর করেননি।
conf-interest-add = আমি আগ্রহী
conf-interest-remove = আমার আগ্রহ সরান
event-proposals = প্রস্তাব আহ্বান ও অনুষ্ঠানসূচি
conf-mail-subject = { $title }: { $decision }
conf-mail-body =
    নমস্কার { $name },
    {""}
    আয়োজকেরা আপনার প্রস্তাব “{ $title }” নিয়ে সিদ্ধান্ত নিয়েছেন: { $decision }।
    {""}
    { $note }
    {""}
    প্রস্তাবটি দেখুন:
    { $url }
    {""}
    — Sangam
error-not_reviewer = কেবল সম্মেলনের পর্যালোচকেরা এটি করতে পারেন।
error-own_proposal = পর্যালোচকেরা নিজের পাঠানো বা উপস্থাপিত প্রস্তাব পর্যালোচনা করেন না।
field-error-score_count = { $count }টি মানদণ্ডের প্রতিটির জন্য একটি নম্বর দিন।
field-error-score_out_of_scale = নম্বর ০ থেকে { $max } পর্যন্ত।
field-error-weight_range = গুরুত্ব ০-এর বেশি ও সর্বোচ্চ ১০০ একটি সংখ্যা।
field-error-too_large = সর্বোচ্চ { $max }।
error-room_taken = সেই সময়ে এই কক্ষে আরেকটি সেশন আছে।
error-presenter_busy = এই সেশনের একজন উপস্থাপক সেই সময়ে আরেকটি সেশনে আছেন।
error-proposal_not_accepted = কেবল গৃহীত সেশন অনুষ্ঠানসূচিতে যায়।
field-error-session_longer_than_slots = এই সেশন যেকোনো সময়-স্লটের চেয়ে দীর্ঘ।
field-error-outside_slots = সেশনটি সম্মেলনের কোনো একটি সময়-স্লটের মধ্যে রাখুন।
conf-programme-title = { $title }-এর অনুষ্ঠানসূচি
conf-programme-zone = সময় { $zone } অনুযায়ী।
conf-programme-empty = অনুষ্ঠানসূচিতে এখনো কোনো সেশন নেই।
conf-programme = অনুষ্ঠানসূচি
conf-when-where = অনুষ্ঠানসূচিতে:
conf-add-to-calendar = আমার ক্যালেন্ডারে যোগ করুন
sch-title = { $title }-এর বৃত্তি
sch-review-title = { $title }-এর বৃত্তির আবেদন
sch-upcoming = আবেদন খুলবে { $date }।
sch-open = আবেদন খোলা থাকবে { $date } পর্যন্ত।
sch-closed = আবেদন বন্ধ হয়েছে { $date }।
sch-phase = ধাপ
sch-phase-open = আবেদন নেওয়া হচ্ছে
sch-phase-eligibility = যোগ্যতা যাচাই হচ্ছে
sch-phase-scoring = নম্বর দেওয়া হচ্ছে
sch-phase-decision = সিদ্ধান্ত নেওয়া হচ্ছে
sch-phase-published = সিদ্ধান্ত প্রকাশিত
sch-advance-eligibility = আবেদন বন্ধ করে যোগ্যতা যাচাই করুন
sch-advance-scoring = নম্বর দেওয়া শুরু করুন
sch-advance-decision = নম্বর দেওয়া বন্ধ করে সিদ্ধান্ত নিন
sch-advance-published = সিদ্ধান্ত প্রকাশ করে আবেদনকারীদের মেইল পাঠান
sch-criteria = পর্যালোচকেরা { $criteria }-এ নম্বর দেন, প্রতিটি ০ থেকে { $max }।
sch-field-region = দেশ বা অঞ্চল
sch-field-history = আগের সম্মেলন ও বৃত্তির আবেদন (যেমন “আমি ২০১৯ ও ২০২৩-এ আবেদন করেছিলাম”)
sch-field-contributions = উইকি ও সম্প্রদায়ে আপনার অবদান
sch-field-motivation = আপনি কেন যোগ দিতে চান?
sch-field-need = প্রয়োজনীয় সহায়তা
sch-need-full = পূর্ণ বৃত্তি (যাতায়াত, থাকা ও নিবন্ধন)
sch-need-partial = আংশিক বৃত্তি
sch-apply = আমার আবেদন পাঠান
sch-save = সংরক্ষণ করুন
sch-sign-in = আবেদন করতে সাইন ইন করুন।
sch-yours = আপনার আবেদন
sch-sent = পাঠানো হয়েছে { $date }।
sch-decision = সিদ্ধান্ত
sch-decision-full = পূর্ণ বৃত্তি
sch-decision-partial = আংশিক বৃত্তি
sch-decision-waitlist = অপেক্ষমাণ তালিকায়
sch-decision-declined = দেওয়া হয়নি
sch-decision-message = আবেদনকারীর জন্য বার্তা
sch-your-scores = আপনার নম্বর
sch-your-score = আপনার নম্বর
sch-reviewer-n = পর্যালোচক { $n }
sch-reviewer = পর্যালোচক
sch-weighted = ভারযুক্ত
sch-score = গড় নম্বর
sch-cutoff = বৃত্তিপ্রাপ্তদের সর্বনিম্ন নম্বর
sch-spread = পর্যালোচকদের পার্থক্য
sch-comment = মন্তব্য
sch-score-it = এই আবেদনে নম্বর দিন
sch-flag = চিহ্ন
sch-flag-none = কোনো চিহ্ন নেই
sch-flag-spam = স্প্যাম
sch-flag-ineligible = অযোগ্য
sch-flag-note = কারণ
sch-review-link = আবেদনগুলো পর্যালোচনা করুন
sch-back-to-event = অনুষ্ঠানে ফিরে যান
sch-back-to-round = বৃত্তির পাতায় ফিরে যান
sch-none = এখনও কোনো আবেদন নেই।
sch-applicant = আবেদনকারী
sch-email = ইমেইল ঠিকানা
sch-reviewers = পর্যালোচক (ব্যবহারকারী নাম, প্রতি লাইনে একটি)
sch-application-of = { $name }-এর বৃত্তির আবেদন
event-scholarship = বৃত্তি
sch-mail-subject = { $conference }: বৃত্তি — { $decision }
sch-mail-body =
    নমস্কার { $name },
    {""}
    { $conference }-এর বৃত্তির সিদ্ধান্ত প্রকাশিত হয়েছে। আপনার: { $decision }।
    {""}
    { $note }
    {""}
    আপনার নম্বর ও সর্বনিম্ন নম্বর বৃত্তির পাতায় আছে:
    { $url }
    {""}
    — Sangam
error-scholarship_not_open = এই বৃত্তির আবেদন এখনও খোলেনি।
error-scholarship_closed = এই বৃত্তির আবেদন বন্ধ হয়ে গেছে।
error-round_under_way = আবেদনের ধাপ পেরিয়ে গেছে; এখন আর বদলানো যায় না।
error-applications_undecided = কিছু আবেদনের এখনও সিদ্ধান্ত হয়নি।
error-wrong_phase = এখন এই কাজের ধাপ নয়।
error-own_application = পর্যালোচকেরা নিজের আবেদনে নম্বর বা চিহ্ন দেন না।
error-application_flagged = এই আবেদন চিহ্নিত: এতে নম্বর দেওয়া হয় না, শুধু প্রত্যাখ্যান করা যায়।
error-application_private = এই আবেদন শুধু আবেদনকারী, পর্যালোচক ও আয়োজকেরা দেখতে পারেন।
field-error-phase_order = ধাপগুলো একবারে একটি করে এগোয়।
conf-call-title = { $title }-এর প্রস্তাব আহ্বান
conf-save-call = আহ্বান সংরক্ষণ করুন
conf-field-opens = শুরু (একটি তারিখ, অথবা UTC-তে তারিখ ও সময়, যেমন 2027-03-01T00:00:00Z)
conf-field-closes = শেষ (একটি তারিখ, অথবা UTC-তে তারিখ ও সময়)
conf-field-session_types = অধিবেশনের ধরন, প্রতি লাইনে একটি: কী | নাম | মিনিট
conf-field-tracks = ট্র্যাক, প্রতি লাইনে একটি (ঐচ্ছিক)
conf-field-languages = অধিবেশনের ভাষা (en hi bn-এর মতো কোড, ফাঁক দিয়ে আলাদা)
conf-field-questions = আপনার নিজের প্রশ্ন, প্রতি লাইনে একটি (আবশ্যক করতে লাইনের শেষে * দিন)
conf-field-criteria = পর্যালোচকেরা যাতে নম্বর দেন, প্রতি লাইনে একটি: নাম | ভার
conf-field-score_max = সর্বোচ্চ নম্বর (নম্বর শুরু ০ থেকে)
conf-link-call = প্রস্তাব আহ্বান ঠিক করুন
conf-link-reviews = প্রস্তাবগুলো পর্যালোচনা করুন
conf-link-schedule = কক্ষ ও সময়
sch-link-round = বৃত্তির পর্ব ঠিক করুন
sch-edit-title = { $title }-এর বৃত্তির পর্ব
sch-save-round = পর্ব সংরক্ষণ করুন
conf-reviews-title = { $title }-এর প্রস্তাবের পর্যালোচনা
conf-status = অবস্থা
conf-reviews = পর্যালোচনা
conf-review-it = এই প্রস্তাব পর্যালোচনা করুন
conf-decision-message = উপস্থাপকদের জন্য বার্তা (সিদ্ধান্তের সঙ্গে মেইলে যাবে)
conf-place = অনুষ্ঠানসূচিতে রাখুন
conf-room = কক্ষ
conf-start = শুরু
conf-schedule-title = { $title }-এর কক্ষ ও সময়
conf-rooms = কক্ষ
conf-room-name = কক্ষের নাম
conf-add-room = কক্ষ যোগ করুন
conf-slots = সময়
conf-slots-help = প্রতি লাইনে একটি, শুরু – শেষ, সম্মেলনের সময় অঞ্চলে, যেমন 2027-08-01T10:00 – 2027-08-01T13:00
conf-accepted-sessions = গৃহীত অধিবেশন
conf-not-placed = এখনও অনুষ্ঠানসূচিতে নেই

election-counting = ভোট গণনা চলছে। এক মিনিট পরে পাতাটি আবার খুলুন।
election-count-failed = এই সার্ভারের সীমার মধ্যে গণনা শেষ হতে পারেনি, তাই এখনো কোনো ফলাফল নেই। আয়োজকদের জানানো হয়েছে।
election-count-failed-organizer = একজন সাইট প্রশাসক গণনার জন্য আরও সময় বা মেমরি দিতে পারেন (সেটিংসে count_seconds, count_memory_mb); তারপর এখানে আবার গণনা করুন।
election-recount = আবার গণনা করুন
error-nothing_to_recount = আবার শুরু করার মতো থেমে যাওয়া কোনো গণনা নেই।
history-count-failed = “{ $title }” নির্বাচনের গণনা এই সার্ভারের সীমার মধ্যে শেষ হতে পারেনি।
