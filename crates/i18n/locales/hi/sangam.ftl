### Sangam: हिन्दी (Hindi). Source comments are in locales/en/sangam.ftl.

## Page frame

site-name = संगम
site-tagline = विकिमीडिया संबद्ध संगठनों का सामुदायिक केंद्र
skip-to-content = मुख्य सामग्री पर जाएँ
nav-directory = संबद्ध संगठन
nav-hubs = क्षेत्रीय हब
nav-former = पूर्व में सक्रिय
nav-sign-in = लॉग इन करें
nav-sign-out = लॉग आउट करें
nav-signed-in-as = { $username } के रूप में लॉग इन
nav-account = आपका खाता
lang-switcher-label = भाषा
footer-api = एपीआई (OpenAPI)
footer-about = संगम मुक्त सॉफ़्टवेयर है, जिसे विकिमीडिया समुदाय स्वयं चलाते हैं।

## Affiliate kinds and statuses

kind-user_group = सदस्य समूह
kind-chapter = चैप्टर
kind-thematic_organization = विषयगत संगठन
kind-hub = क्षेत्रीय हब
status-recognized = मान्यता प्राप्त
status-active = सक्रिय
status-past_due = रिपोर्ट बकाया
status-suspended = निलंबित
status-expired = अवधि समाप्त
status-formerly_active = पूर्व में सक्रिय

## Directory

directory-title = विकिमीडिया संबद्ध संगठन
directory-intro = सदस्य समूह, चैप्टर, विषयगत संगठन और क्षेत्रीय हब, उन क्षेत्रों और भाषाओं के साथ जिनमें वे काम करते हैं।
directory-count = { $count ->
    [one] { $count } संबद्ध संगठन
   *[other] { $count } संबद्ध संगठन
}
directory-empty = इन फ़िल्टरों से कोई संबद्ध संगठन मेल नहीं खाता।
directory-serves-count = { $count ->
    [one] { $count } देश
   *[other] { $count } देश
}
directory-new = संबद्ध संगठन जोड़ें
filter-region = क्षेत्र
filter-country = देश
filter-language = भाषा
filter-status = स्थिति
filter-kind = प्रकार
filter-any = कोई भी
filter-apply = फ़िल्टर करें
filter-clear = फ़िल्टर हटाएँ
filter-include-former = पूर्व में सक्रिय संगठन भी दिखाएँ
column-name = नाम
column-kind = प्रकार
column-country = स्थित
column-regions = कार्यक्षेत्र
column-languages = भाषाएँ
column-status = स्थिति
pagination-previous = पिछला
pagination-next = अगला
pagination-page = पृष्ठ { $page } / { $pages }
former-title = पूर्व में सक्रिय संबद्ध संगठन
former-intro = वे संगठन जिनकी मान्यता समाप्त हो गई। उनके पृष्ठ और इतिहास यहाँ सुरक्षित हैं।

## Profile

profile-logo-alt = { $name } का लोगो
profile-logo-source = विकिमीडिया कॉमन्स पर लोगो
field-slug = पता
field-kind = प्रकार
field-status = स्थिति
field-name = नाम
field-other-names = अन्य भाषाओं में
field-motto = आदर्श वाक्य
field-founders = संस्थापक
field-key-people = प्रमुख व्यक्ति
field-contact-people = संपर्क व्यक्ति
field-admins = संपादन अधिकार वाले आयोजक
field-location = स्थान
field-country = देश
field-country-code = देश कोड
field-regions = कार्यक्षेत्र
field-languages = आधिकारिक भाषाएँ
field-founded = स्थापना
field-recognized = मान्यता
field-agreement = समझौते की अवधि
field-mission = उद्देश्य
field-goals = दृष्टिकोण और लक्ष्य
field-contacts = संपर्क
field-email = ई-मेल
field-telegram = टेलीग्राम
field-mailing-list = मेलिंग सूची
field-website = वेबसाइट
field-membership-policy = सदस्यता
field-logo = लोगो
field-lang = पाठ की भाषा
date-range = { $start } – { $end }
profile-telegram-link = टेलीग्राम समूह
profile-untranslated = अभी अनुवाद नहीं हुआ; { $language } में दिखाया जा रहा है।
profile-hubs = इसका हिस्सा
profile-edit = यह पृष्ठ संपादित करें
profile-history = इतिहास
profile-back = पृष्ठ पर वापस जाएँ
profile-updated = अंतिम परिवर्तन { $date }
profile-map-alt = जिन देशों में काम करता है उनका नक्शा: { $countries }
profile-map-none = कोई देश सूचीबद्ध नहीं है।

## Regional hubs

hubs-title = क्षेत्रीय हब
hubs-intro = क्षेत्रीय हब किसी क्षेत्र के संबद्ध संगठनों को एक साथ लाते हैं।
hub-affiliates = इस हब के संबद्ध संगठन
hub-affiliate-count = { $count ->
    [one] { $count } संबद्ध संगठन
   *[other] { $count } संबद्ध संगठन
}
hub-map-title = इस हब के संगठन जिन देशों में काम करते हैं
hub-edit-affiliates = इस हब के संबद्ध संगठन
hub-edit-affiliates-help = चुनें कि यह हब किन संगठनों को एक साथ लाता है।

## History

history-title = { $name } का इतिहास
history-empty = अभी तक कोई परिवर्तन दर्ज नहीं हुआ।
history-created = { $actor } ने यह पृष्ठ बनाया।
history-updated = { $actor } ने { $fields } बदला।
history-status = { $actor } ने स्थिति { $from } से { $to } की।
history-notice = { $actor } की सूचना: { $text }
history-hub-members = { $actor } ने इस हब के संबद्ध संगठन बदले।
history-actor-system = संगम
history-time = { $time } (यूटीसी)

## Editing

edit-title = { $name } संपादित करें
new-title = नया संबद्ध संगठन
edit-lang-help = नीचे के पाठ इस भाषा में हैं। अनुवाद जोड़ने या सुधारने के लिए दूसरी भाषा चुनें और "भाषा बदलें" दबाएँ।
edit-lang-switch = भाषा बदलें
edit-source = मूल पाठ ({ $language }):
edit-codes-help = आईएसओ देश कोड, अल्पविराम या रिक्त स्थान से अलग, जैसे BD, IN, PK
edit-languages-help = भाषा कोड (BCP 47), अल्पविराम या रिक्त स्थान से अलग, जैसे tg, ru, en
edit-people-help = विकिमीडिया सदस्य नाम, प्रति पंक्ति एक
edit-date-help = एक वर्ष, महीना या दिन: 2022, 2022-12 या 2022-12-08
edit-day-help = एक दिन: 2023-01-31
edit-logo-help = विकिमीडिया कॉमन्स पर किसी चित्र फ़ाइल का नाम, जैसे Wikimedia Community Logo.svg
edit-telegram-help = एक t.me लिंक या @समूहनाम
edit-goal = लक्ष्य { $n }
edit-goal-heading = शीर्षक
edit-goal-body = विवरण
edit-goals-help = किसी लक्ष्य को हटाने के लिए उसका शीर्षक और विवरण खाली छोड़ें।
edit-site-admin-only = इसे केवल साइट प्रबंधक बदल सकते हैं।
edit-save = सहेजें
edit-cancel = रद्द करें
edit-saved = सहेज लिया गया।
edit-created = संबद्ध संगठन बना दिया गया।
form-errors = कृपया चिह्नित फ़ील्ड ठीक करें।
section-identity = पहचान
section-texts = पाठ
section-people = लोग
section-place = स्थान और भाषाएँ
section-dates = तिथियाँ
section-contacts = संपर्क

## Signing in

signin-title = लॉग इन
signin-username = विकिमीडिया सदस्य नाम
signin-password = पासवर्ड
signin-submit = लॉग इन करें
signout-done = आप लॉग आउट हो गए हैं।
signin-throttled-account = इस खाते पर बहुत अधिक असफल लॉग इन प्रयास हुए। { $minutes ->
    [one] { $minutes } मिनट
   *[other] { $minutes } मिनट
} बाद फिर प्रयास करें।
signin-throttled-address = आपके नेटवर्क से बहुत अधिक असफल लॉग इन प्रयास हुए। { $minutes ->
    [one] { $minutes } मिनट
   *[other] { $minutes } मिनट
} बाद फिर प्रयास करें।

## Account

account-title = आपका खाता
account-username = विकिमीडिया सदस्य नाम
account-email = ई-मेल (निजी: किसी और को नहीं दिखता)
account-preferred-lang = इंटरफ़ेस की भाषा
account-lang-browser = मेरे ब्राउज़र के अनुसार
account-save = सहेजें
account-saved = आपकी सेटिंग सहेज ली गई हैं।
account-site-admin = आप साइट प्रबंधक हैं।
account-admin-of = आप इनके आयोजक हैं:

## Errors

error-title = कुछ ठीक नहीं है
error-not_found = आप जो खोज रहे थे वह नहीं मिला।
error-unauthenticated = कृपया पहले लॉग इन करें।
error-bad_credentials = सदस्य नाम या पासवर्ड गलत है।
error-too_many_attempts = बहुत अधिक असफल लॉग इन प्रयास। { $minutes ->
    [one] { $minutes } मिनट
   *[other] { $minutes } मिनट
} बाद फिर प्रयास करें।
error-forbidden = आपको यह करने की अनुमति नहीं है।
error-site_admin_only = यह केवल साइट प्रबंधक कर सकते हैं।
error-not_affiliate_admin = यह केवल इस संगठन के आयोजक कर सकते हैं।
error-session_expired = आपका सत्र समाप्त हो गया है। कृपया फिर से लॉग इन करें।
error-csrf_failed = इस फ़ॉर्म की अवधि समाप्त हो गई है या यह इस साइट से नहीं आया। पृष्ठ फिर से लोड करके प्रयास करें।
error-validation_failed = कुछ फ़ील्ड ठीक करने होंगे।
error-slug_taken = यह पता कोई दूसरा संगठन पहले से उपयोग कर रहा है।
error-edited_meanwhile = आपके संपादन के दौरान किसी और ने यह पृष्ठ सहेज दिया। आपके परिवर्तन सहेजे नहीं गए; फ़ॉर्म में वे दिखाए गए हैं ताकि आप तुलना करके फिर से सहेज सकें।
error-account_exists = इस सदस्य नाम का खाता पहले से मौजूद है।
error-invalid_json = अनुरोध का मुख्य भाग मान्य JSON नहीं है: { $detail }
error-unsupported_media_type = अनुरोध का मुख्य भाग application/json के रूप में भेजें।
error-payload_too_large = अनुरोध बहुत बड़ा है।
error-method_not_allowed = यह पता इस प्रकार का अनुरोध स्वीकार नहीं करता।
error-bad_request = अनुरोध समझ में नहीं आया।
error-internal = हमारी ओर से कुछ गड़बड़ हो गई। कृपया बाद में प्रयास करें।
error-back-home = सूची पर वापस जाएँ

## Field errors

field-error-required = यह फ़ील्ड आवश्यक है।
field-error-too_long = अधिकतम { $max } अक्षर।
field-error-too_many = अधिकतम { $max } प्रविष्टियाँ।
field-error-bidi_control = अदृश्य पाठ-दिशा वर्ण हटाएँ।
field-error-control_character = अदृश्य नियंत्रण वर्ण हटाएँ।
field-error-unknown_country = "{ $code }" आईएसओ 3166-1 देश कोड नहीं है।
field-error-unknown_language = "{ $code }" कोई ज्ञात भाषा नहीं है।
field-error-invalid_language = "{ $code }" भाषा टैग (BCP 47) नहीं है, जैसे tg या zh-Hans।
field-error-invalid_date = तिथि 2022, 2022-12 या 2022-12-08 के रूप में लिखें।
field-error-impossible_date = यह तिथि मौजूद नहीं है।
field-error-date_needs_day = पूरी तिथि दें, जैसे 2022-12-08।
field-error-range_reversed = अंत, आरंभ से पहले है।
field-error-invalid_email = यह ई-मेल पता नहीं है।
field-error-invalid_url = यह https:// से शुरू होने वाला वेब पता नहीं है।
field-error-invalid_slug = 2 से 64 छोटे लैटिन अक्षर, अंक और एकल हाइफ़न उपयोग करें।
field-error-reserved_slug = यह पता आरक्षित है।
field-error-slug_taken = यह पता कोई दूसरा संगठन पहले से उपयोग कर रहा है।
field-error-invalid_choice = विकल्पों में से एक चुनें।
field-error-invalid_file_name = विकिमीडिया कॉमन्स पर किसी चित्र फ़ाइल का नाम दें, जैसे Example.svg।
field-error-username_character = सदस्य नाम में "{ $character }" नहीं हो सकता।
field-error-password_too_short = कम से कम { $min } अक्षर।
field-error-unknown_affiliate = इस पते पर कोई संबद्ध संगठन नहीं है।
field-error-not_a_hub = केवल क्षेत्रीय हब के ही सदस्य संगठन हो सकते हैं।

## Membership

members-title = { $name } के सदस्य
members-heading = सदस्य
members-count = { $count ->
    [one] { $count } सदस्य
   *[other] { $count } सदस्य
}
members-sort-date = जुड़ने की तिथि के अनुसार
members-sort-name = नाम के अनुसार
members-talk = वार्ता
members-no-date = तिथि नहीं दी गई
members-utc = (यूटीसी)
members-signed-up = जुड़े
members-join = जुड़ें
members-sign-in-to-join = जुड़ने के लिए लॉग इन करें
members-you-are-member = आप सदस्य हैं।
members-you-applied = आपका आवेदन आयोजकों की समीक्षा की प्रतीक्षा में है।
members-leave = समूह छोड़ें
members-joined = स्वागत है! अब आप सदस्य हैं।
members-applied = धन्यवाद! आयोजक आपके आवेदन की समीक्षा करेंगे।
members-left = आपने समूह छोड़ दिया है।
members-imported = सूची आयात हो गई।
members-wikitext = मेटा-विकि के लिए विकिपाठ में सदस्य सूची
members-organizers = आयोजकों के लिए
members-csv = CSV के रूप में निर्यात करें
members-import = विकि की पंजीकरण सूची आयात करें
members-rules = सदस्यता के नियम
members-pending = प्रतीक्षारत आवेदन
members-pending-none = कोई आवेदन प्रतीक्षा में नहीं है।
members-no-review = यह समूह बिना समीक्षा के सदस्य बनाता है।
members-answers-hidden = उत्तर केवल इस समूह के अपने आयोजक देख सकते हैं।
members-approve = स्वीकार करें
members-decline = अस्वीकार करें
role-board = बोर्ड सदस्य
role-contact = संपर्क व्यक्ति
role-founder = संस्थापक
membership-status-pending = स्वीकृति की प्रतीक्षा में
membership-status-active = सदस्य
membership-status-declined = अस्वीकृत
membership-status-left = छोड़ दिया
account-memberships = आपकी सदस्यताएँ
account-no-memberships = आप अभी किसी समूह के सदस्य नहीं हैं।
join-title = { $name } से जुड़ें
join-terms = कौन जुड़ सकता है
join-refused = आप अभी नहीं जुड़ सकते:
join-kind = आप इस रूप में जुड़ रहे हैं
join-kind-individual = एक व्यक्ति
join-kind-institution = एक संस्था
join-age = आपकी आयु
join-country = नागरिकता या निवास का देश
join-institution = संस्था का नाम
join-institution-help = केवल तब, जब आप किसी संस्था की ओर से जुड़ रहे हों।
join-institution-country = वह देश जहाँ संस्था पंजीकृत है
join-edit-count = विकिमीडिया पर आपके संपादनों की संख्या
join-account-created = आपका विकिमीडिया खाता कब बना
join-unverified = आपके बताए अनुसार, सत्यापित नहीं
join-unverified-help = जैसा आप जानते हैं; आयोजक जाँच सकते हैं।
join-answer = उत्तर
join-privacy = आपके उत्तर केवल आप और इस समूह के आयोजक देख सकते हैं।
join-apply = आवेदन करें
rule-min_age = सदस्यों की आयु कम से कम { $min } वर्ष है।
rule-countries = सदस्य { $countries } के नागरिक या निवासी हैं।
rule-institutions = संस्थाएँ भी जुड़ सकती हैं।
rule-institution_countries = { $countries } में पंजीकृत संस्थाएँ जुड़ सकती हैं।
rule-min_edits = सदस्यों ने विकिमीडिया परियोजनाओं पर कम से कम { $min } संपादन किए हैं।
rule-min_account_days = सदस्यों के विकिमीडिया खाते कम से कम { $days } दिन पुराने हैं।
rule-review = आयोजक हर आवेदन की समीक्षा करते हैं।
refusal-min_age = जुड़ने के लिए आपकी आयु कम से कम { $min } वर्ष होनी चाहिए।
refusal-age_missing = कृपया अपनी आयु बताएँ: सदस्यों की आयु कम से कम { $min } वर्ष है।
refusal-country = यह समूह { $countries } के नागरिकों और निवासियों के लिए है।
refusal-institutions_not_admitted = यह समूह संस्थाओं को सदस्य नहीं बनाता।
refusal-institution_country = केवल { $countries } में पंजीकृत संस्थाएँ जुड़ सकती हैं।
refusal-min_edits = सदस्यों के विकिमीडिया परियोजनाओं पर कम से कम { $min } संपादन होने चाहिए।
refusal-min_account_age = सदस्यों के विकिमीडिया खाते कम से कम { $days } दिन पुराने होने चाहिए।
rules-title = { $name } की सदस्यता के नियम
rules-review = सदस्य बनने से पहले आयोजक आवेदनों की समीक्षा करें
rules-allow-institutions = संस्थाएँ भी जुड़ सकती हैं
rules-min-age = न्यूनतम आयु
rules-countries = इन देशों के नागरिक या निवासी (सबके लिए खाली छोड़ें)
rules-institution-countries = इन देशों में पंजीकृत संस्थाएँ
rules-institution-countries-help = आईएसओ देश कोड; कहीं की भी संस्थाओं के लिए खाली छोड़ें।
rules-min-edits = विकिमीडिया पर न्यूनतम संपादन (आवेदक के बताए अनुसार)
rules-min-account-days = विकिमीडिया खाते की न्यूनतम आयु, दिनों में (आवेदक के बताए अनुसार)
rules-questions = आवेदकों से प्रश्न
rules-questions-help = किसी प्रश्न को हटाने के लिए उसे खाली छोड़ें।
rules-question = प्रश्न
rules-required = उत्तर आवश्यक है
import-title = { $name } में पंजीकरण सूची आयात करें
import-help = मेटा-विकि पृष्ठ से पंजीकरण सूची चिपकाएँ, जैसी पृष्ठ पर दिखती है या विकिपाठ के रूप में। हर व्यक्ति की हस्ताक्षर की तिथि बनी रहेगी। पूर्वावलोकन देखें, फिर आयात करें।
import-text = सूची
import-preview = पूर्वावलोकन
import-apply = इन सदस्यों को आयात करें
import-problems = जो पंक्तियाँ पढ़ी नहीं जा सकीं
import-line = पंक्ति
import-reason = कारण
import-already = पहले से सदस्य
import-new = नया
import-fix-first = जो पंक्तियाँ पढ़ी नहीं जा सकीं उन्हें ठीक करें या हटाएँ, फिर दोबारा आयात करें। कुछ भी आयात नहीं हुआ।
import-summary = { $entries } प्रविष्टियाँ, उनमें से { $new } नई; { $problems } पंक्तियाँ पढ़ी नहीं जा सकीं; { $skipped } अन्य पंक्तियाँ छोड़ी गईं।
import-problem-no_name = इस पंक्ति में कोई नाम नहीं है।
import-problem-bad_name = यह विकिमीडिया का संभव सदस्य नाम नहीं है।
import-problem-unreadable_date = तिथि पढ़ी नहीं जा सकती।
import-problem-impossible_date = यह तिथि मौजूद नहीं है।
import-problem-time_without_zone = समय के साथ समय क्षेत्र (UTC) नहीं है।
history-by = { $actor }: { $what }
history-members-imported = { $count ->
    [one] पंजीकरण सूची से { $count } सदस्य आयात किया।
   *[other] पंजीकरण सूची से { $count } सदस्य आयात किए।
}
history-member-approved = { $actor } ने { $member } का आवेदन स्वीकार किया।
history-member-declined = { $actor } ने { $member } का आवेदन अस्वीकार किया।
history-membership-rules = { $actor } ने सदस्यता के नियम बदले।
error-already_member = आप पहले से इस समूह के सदस्य हैं, या आपका आवेदन प्रतीक्षा में है।
error-not_eligible = आप इस समूह की सदस्यता के नियमों को पूरा नहीं करते।
field-error-impossible_age = 5 से 120 के बीच आयु बताएँ।
field-error-future_date = यह तिथि भविष्य की है।
field-error-invalid_number = एक पूर्ण संख्या लिखें।
field-error-unknown_question = यह समूह ऐसा प्रश्न नहीं पूछता।
field-error-import_too_large = सूची 10 MB से बड़ी है।
field-error-import_empty = सूची खाली है।
field-error-import_utf16 = फ़ाइल UTF-16 में है। इसे UTF-8 में सहेजकर फिर प्रयास करें।
field-error-import_binary = यह पाठ नहीं है।
field-error-import_not_utf8 = पाठ UTF-8 में नहीं है (शायद पुरानी एन्कोडिंग)। इसे UTF-8 में सहेजकर फिर प्रयास करें।
field-error-import_unreadable_lines = कुछ पंक्तियाँ पढ़ी नहीं जा सकीं; कुछ भी आयात नहीं हुआ।

## Events and the activities calendar

calendar-heading = गतिविधियाँ
calendar-title = { $name } की गतिविधियाँ
calendar-link = गतिविधियों का कैलेंडर
calendar-feed = सदस्यता लें (iCalendar)
calendar-wikitext = मेटा-विकि के लिए विकिटेक्स्ट
calendar-years = वर्ष
calendar-all-years = सभी वर्ष
calendar-empty = अभी कोई गतिविधि नहीं है।
event-time-range-zone = { $start } – { $end } ({ $zone })
event-time-range-utc = { $start } – { $end } (यूटीसी)
event-status-planned = नियोजित
event-status-ongoing = जारी
event-status-done = पूर्ण
event-status-cancelled = रद्द
event-kind-edit-a-thon = एडिट-ए-थॉन
event-kind-workshop = कार्यशाला
event-kind-training = प्रशिक्षण
event-kind-photowalk = फ़ोटोवॉक
event-kind-upload-a-thon = अपलोड-ए-थॉन
event-kind-meetup = मिलन
event-kind-contest = प्रतियोगिता
event-kind-conference = सम्मेलन
event-kind-campaign = अभियान
event-kind-other = अन्य
event-mode-online = ऑनलाइन
event-mode-in-person = व्यक्तिगत रूप से
event-mode-hybrid = हाइब्रिड
event-field-when = कब
event-field-kind = प्रकार
event-field-mode = कहाँ
event-field-venue = स्थान
event-field-organizers = आयोजक
event-field-hashtags = हैशटैग
event-field-wikis = विकि
event-feed = कैलेंडर में जोड़ें (iCalendar)

## Event errors

field-error-unknown_time_zone = “{ $zone }” कोई ज्ञात समय क्षेत्र नहीं है; Asia/Dhaka जैसा नाम लिखें।
field-error-time_skipped = इस समय क्षेत्र में घड़ियाँ { $time } छोड़ देती हैं (ग्रीष्मकालीन समय); कोई और समय चुनें।
field-error-invalid_time = समय 18:30 के रूप में लिखें।
field-error-end_before_start = समाप्ति प्रारंभ के बाद होनी चाहिए।
field-error-invalid_coordinates = अक्षांश (−90 से 90) और देशांतर (−180 से 180) दोनों दें, या कोई नहीं।
field-error-venue_required = व्यक्तिगत रूप से होने वाले कार्यक्रम के लिए स्थान या पता चाहिए।
field-error-online_has_no_place = ऑनलाइन कार्यक्रम के निर्देशांक नहीं होते।
field-error-capacity_not_positive = 1 से { $max } तक सीटों की संख्या दें, या कोई सीमा न हो तो खाली छोड़ें।
field-error-invalid_wiki = “{ $wiki }” bn.wikipedia.org जैसा विकि पता नहीं है।
field-error-invalid_hashtag = “{ $hashtag }” हैशटैग नहीं है (केवल अक्षर, अंक और _)।
error-already_registered = आप इस कार्यक्रम के लिए पहले से पंजीकृत हैं।
error-registration_closed = इस कार्यक्रम के लिए पंजीकरण खुला नहीं है।
error-registration_not_open_yet = इस कार्यक्रम का पंजीकरण अभी शुरू नहीं हुआ है।
error-registration_ended = इस कार्यक्रम का पंजीकरण बंद हो चुका है।
error-event_over = यह कार्यक्रम समाप्त हो चुका है या रद्द हो गया है।

## Event registration

event-registration = पंजीकरण
event-seats = { $capacity } में से { $taken } सीटें भरी हैं।
event-seats-unlimited = { $taken } पंजीकृत।
event-waiting = { $count } प्रतीक्षा में।
event-register = पंजीकरण करें
event-register-private = प्रतिभागियों की सार्वजनिक सूची में मेरा नाम न दिखाएँ
event-registered = आपकी सीट पक्की है।
event-promoted = एक सीट खाली हुई: आप प्रतीक्षा सूची से आगे बढ़े और आपको सीट मिल गई।
event-waitlisted = आप प्रतीक्षा सूची में { $position } नंबर पर हैं।
event-cancel = मेरा पंजीकरण रद्द करें
event-sign-in-to-register = पंजीकरण के लिए साइन इन करें।
event-participants = प्रतिभागी
event-private = निजी
event-seat-registered = सीट
event-seat-waitlisted = प्रतीक्षा
event-seat-cancelled = रद्द
event-meeting = बैठक लिंक

## Event outcomes

outcomes-heading = परिणाम
outcome-participants = प्रतिभागी
outcome-new_editors = नए संपादक
outcome-articles_created = बनाए गए लेख
outcome-articles_improved = सुधारे गए लेख
outcome-uploads = कॉमन्स पर अपलोड
outcome-notes = टिप्पणियाँ
outcomes-save = परिणाम सहेजें
calendar-totals = वर्षवार परिणाम
calendar-year = वर्ष
event-cancel-event = यह कार्यक्रम रद्द करें
event-restore = यह कार्यक्रम बहाल करें
event-participants-csv = प्रतिभागी और उत्तर (CSV)
field-error-event_not_held = कार्यक्रम होने के बाद ही परिणाम दर्ज किए जा सकते हैं।

## My events

account-events = मेरे कार्यक्रम
account-no-events = आपने किसी कार्यक्रम के लिए पंजीकरण नहीं किया है।
account-feed-create = निजी कैलेंडर पता बनाएँ
account-feed-explain = आपके पंजीकृत कार्यक्रमों के लिए आपके कैलेंडर ऐप का निजी पता। जिसके पास यह है वह इन्हें देख सकता है; नया पता बनाने पर पुराना काम करना बंद कर देता है।
account-feed-url = आपका निजी कैलेंडर पता (केवल अभी दिखाया जा रहा है; इसे अपने कैलेंडर ऐप में कॉपी करें):

## Campaigns

nav-campaigns = अभियान
campaigns-title = अभियान
campaigns-empty = अभी कोई अभियान नहीं है।
campaign-edition-count = { $count } संस्करण
campaign-editions = संस्करण
campaign-taking-part = भाग लेने वाले
event-field-campaign = इस अभियान का संस्करण
calendar-campaigns = अभियान
field-error-unknown_campaign = इस पते का कोई अभियान नहीं है।
error-campaign_slug_taken = यह पता पहले से किसी और अभियान का है।
event-field-people = आयोजक व्यक्ति
event-field-languages = भाषाएँ

## The event form

event-form-heading = { $name } का नया कार्यक्रम
event-form-new = नया कार्यक्रम
event-form-what = क्या
event-form-when = कब
event-form-where = कहाँ
event-form-more = और
event-form-title = शीर्षक
event-form-all-day = पूरे दिन (केवल तिथियाँ)
event-form-start-date = आरंभ तिथि
event-form-start-time = आरंभ समय
event-form-end-date = समाप्ति तिथि
event-form-end-date-help = खाली: आरंभ वाला दिन ही।
event-form-end-time = समाप्ति समय
event-form-time-zone = समय क्षेत्र
event-form-time-zone-help = ऊपर के समय जिस क्षेत्र के हैं, जैसे Asia/Dhaka। पाठक उन्हें अपने क्षेत्र में भी देखेंगे।
event-form-address = पता
event-form-latitude = अक्षांश
event-form-longitude = देशांतर
event-form-capacity = सीटें (खाली: कोई सीमा नहीं)
event-form-questions = पंजीकरण करने वालों के लिए प्रश्न
event-form-questions-help = हर पंक्ति में एक; अनिवार्य बनाने के लिए पंक्ति * से शुरू करें। उत्तर केवल आयोजक देखते हैं।
event-form-organizers-help = विकिमीडिया सदस्य नाम, हर पंक्ति में एक।
event-form-description = विवरण
event-form-closes-date = पंजीकरण बंद होने की तिथि
event-form-closes-time = समय
event-form-registration-open = लोग पंजीकरण कर सकते हैं
event-form-save = कार्यक्रम बनाएँ

## Month grid

weekday-1 = सोम
weekday-2 = मंगल
weekday-3 = बुध
weekday-4 = गुरु
weekday-5 = शुक्र
weekday-6 = शनि
weekday-7 = रवि
calendar-view-list = सूची
calendar-view-grid = मासिक ग्रिड
calendar-previous-month = पिछला महीना
calendar-next-month = अगला महीना
calendar-show-times-in = इस समय क्षेत्र में भी समय दिखाएँ
calendar-show = दिखाएँ
event-form-edit-heading = { $title } बदलें
event-edit = यह कार्यक्रम बदलें
event-undated = अभी तिथि तय नहीं
calendar-proposed = प्रस्तावित गतिविधियाँ
event-form-proposed = प्रस्तावित, अभी तिथि नहीं
event-form-opens-date = पंजीकरण शुरू होने की तिथि

## Reports and the lifecycle

notice-reminder_30 = अनुस्मारक: 30 दिनों में एक रिपोर्ट देनी है
notice-reminder_7 = अनुस्मारक: 7 दिनों में एक रिपोर्ट देनी है
notice-past_due = सूचना: आवश्यक रिपोर्ट की समय-सीमा बीत चुकी है, अंतिम तिथि सहित
notice-deadline = सूचना: लंबित रिपोर्ट की अंतिम तिथि एक सप्ताह में है
notice-expiry = सूचना: अंतिम तिथि बीत गई और मान्यता समाप्त हो गई
history-report-filed = एक रिपोर्ट जमा
history-report-deferred = एक रिपोर्ट एक वर्ष के लिए स्थगित

## Notice mail

mail-subject = { $affiliate }: { $what }
mail-report = रिपोर्ट { $start } से { $end } तक की है और { $due } को देय है।
mail-body =
    नमस्ते { $name },
    {""}
    यह { $what } है।
    { $report }
    {""}
    रिपोर्ट जमा करें या अपने समूह की स्थिति देखें:
    { $url }
    {""}
    — संगम

## Reports pages

reports-heading = रिपोर्टें
reports-link = ज़रूरी रिपोर्टें और उनकी स्थिति
reports-title = { $name } की रिपोर्टें
reports-intro = इस संबद्ध संगठन को हर अवधि के लिए कौन-सी रिपोर्टें देनी हैं, हर एक की नियत तारीख़ क्या है और वह किस स्थिति में है।
reports-none = अभी कोई रिपोर्ट ज़रूरी नहीं है। वे समझौता अवधि या वित्तीय वर्ष शुरू होने पर दिखती हैं।
reports-standing = स्थिति: { $status }।
report-kind-activity = वार्षिक गतिविधि रिपोर्ट
report-kind-financial = वित्तीय रिपोर्ट
report-period = { $start } – { $end }
report-col-report = रिपोर्ट
report-col-period = अवधि
report-col-due = नियत तारीख़
report-col-status = स्थिति
report-status-upcoming = आगामी
report-status-due = देय
report-status-past_due = समय बीत चुका
report-status-filed = जमा
report-status-deferred = स्थगित
report-status-accepted = स्वीकृत
report-due-in = { $days ->
    [0] आज देय
   *[other] { $days } दिन में देय
}
report-overdue-by = { $days } दिन की देरी
report-in-grace = छूट अवधि { $date } तक
report-heading = { $report }, { $period }
report-due-on = { $date } को देय
report-filed-on = { $date } को जमा हुई।
report-filed-by = { $username } द्वारा।
report-accepted-on = { $date } को स्वीकृत।
report-changes-asked = साइट प्रबंधक ने बदलाव माँगे
report-deferred-because = एक साल के लिए स्थगित: { $reason }।
deferment-reason-natural_disaster = प्राकृतिक आपदा
deferment-reason-pandemic = महामारी
deferment-reason-war = युद्ध
deferment-reason-government_restriction = सरकारी प्रतिबंध
report-wikitext = मेटा-विकि के लिए विकिटेक्स्ट
report-file-heading = यह रिपोर्ट जमा करें
report-builder-intro = यह मसौदा इस अवधि के लिए यहाँ दर्ज कार्यक्रमों, परिणामों, सदस्यों और बोर्ड बदलावों से भरा गया है। इसे संपादित करें, फिर जमा करें। मेटा-विकि पर रिपोर्टें अंग्रेज़ी में लिखी जाती हैं।
report-builder-totals = { $events } कार्यक्रम, { $participants } प्रतिभागी, { $joined } नए सदस्य।
report-build = हमारे आँकड़ों से रिपोर्ट बनाएँ
report-build-mine = मेरी भाषा में
report-link-label = रिपोर्ट की कड़ी (मेटा-विकि पर उसका पन्ना)
report-body-label = या रिपोर्ट यहाँ लिखें
report-file = रिपोर्ट जमा करें
report-save-draft = मसौदा सहेजें
report-review-heading = समीक्षा
report-review-accept = रिपोर्ट स्वीकार करें
report-review-note = क्या बदलना चाहिए
report-review-changes = बदलाव माँगें
report-defer = एक साल के लिए स्थगित करें
report-defer-reason = कारण
report-defer-note = क्या हुआ
report-decide-title = समाप्त: प्रबंधक का निर्णय
report-decide-intro = मान्यता समाप्त हो गई क्योंकि अंतिम तारीख़ के बाद भी एक रिपोर्ट नहीं आई। संगठन को नई समझौता अवधि के लिए फिर से मान्यता दें, या उसे पूर्व सक्रिय संगठनों में ले जाएँ।
report-field-start = पहला दिन
report-field-end = अंतिम दिन
report-field-due = नियत तारीख़
report-decide-recognize = फिर से मान्यता दें
report-decide-former = पूर्व सक्रिय में ले जाएँ
report-add-period = रिपोर्ट अवधि जोड़ें
history-report-reviewed = एक रिपोर्ट की समीक्षा हुई
history-report-period = एक रिपोर्ट अवधि जोड़ी गई

## Compliance dashboard

compliance-title = अनुपालन
compliance-intro = हर संगठन की स्थिति: उसका दर्जा, अगली देय रिपोर्ट, कितनी देरी, अंतिम सूचना, और सूचना के ईमेल जो भेजे नहीं जा सके।
compliance-col-affiliate = संगठन
compliance-col-status = दर्जा
compliance-col-next = अगली देय रिपोर्ट
compliance-col-overdue = देरी के दिन
compliance-col-notice = अंतिम सूचना
compliance-col-mail = ईमेल की समस्याएँ
compliance-filter-overdue = केवल देरी वाले
compliance-filter-mail = केवल ईमेल समस्या वाले
compliance-mail-failed = { $count } नहीं भेजे गए: { $error }

## The annual report builder's draft

report-draft-summary-heading = सारांश
report-draft-summary = { $name } ने { $start } और { $end } के बीच { $events } कार्यक्रम आयोजित किए।
report-draft-totals = दर्ज परिणामों वाले { $reported } कार्यक्रमों में { $participants } प्रतिभागी और { $new_editors } नए संपादक आए; { $articles_created } लेख बनाए गए, { $articles_improved } सुधारे गए, और { $uploads } फ़ाइलें अपलोड हुईं।
report-draft-events-heading = कार्यक्रम
report-draft-no-events = इस अवधि के लिए यहाँ कोई कार्यक्रम दर्ज नहीं है।
report-draft-members-heading = सदस्य
report-draft-members = { $joined } लोग जुड़े; अवधि के अंत में समूह में { $total } सदस्य थे।
report-draft-board-heading = बोर्ड
report-draft-board = बोर्ड सदस्य: { $names }।
report-draft-board-changes = बोर्ड इन तारीख़ों को बदला: { $dates }।
report-draft-plans-heading = सीख और योजनाएँ
report-draft-plans = (यहाँ लिखें कि क्या अच्छा रहा, क्या कठिन था, और आगे क्या है।)

## Report errors

field-error-report_missing = रिपोर्ट की कड़ी दें या उसे यहाँ लिखें।
field-error-report_link_or_text = कड़ी दें या रिपोर्ट लिखें, दोनों नहीं।
field-error-review_note_required = बताएँ कि क्या बदलना चाहिए।
field-error-deferment_reason_required = स्थगन का कारण चुनें।
field-error-period_overlaps = यह अवधि { $start } से { $end } वाली अवधि से टकराती है।
field-error-period_too_long = रिपोर्ट अवधि अधिकतम दो साल की होती है।
field-error-due_before_end = नियत तारीख़ अवधि ख़त्म होने से पहले है।
error-report_accepted = यह रिपोर्ट पहले ही स्वीकृत है।
error-report_not_filed = केवल जमा हुई और अभी अस्वीकृत न हुई रिपोर्ट की समीक्षा हो सकती है।
error-report_filed = यह रिपोर्ट पहले ही जमा है।
error-report_deferred = यह रिपोर्ट पहले ही स्थगित है।
error-not_expired = इस निर्णय की प्रतीक्षा केवल समाप्त मान्यता वाला संगठन करता है।
error-period_overlaps = यह अवधि किसी दूसरी से टकराती है।

## Elections: refusals

error-nominations_closed = इस चुनाव के नामांकन अभी खुले नहीं हैं।
error-already_nominated = यह व्यक्ति पहले से नामांकित है।
error-voting_not_open = मतदान अभी शुरू नहीं हुआ है।
error-voting_closed = मतदान समाप्त हो चुका है।
error-not_eligible_voter = आप इस चुनाव की मतदाता सूची में नहीं हैं: यह निर्धारित तिथि से पहले जुड़े सदस्यों के लिए है।
error-voting_not_closed = मतदान समाप्त होने के बाद मतों की गिनती होती है।
field-error-not_eligible_candidate = केवल निर्धारित तिथि से पहले जुड़े सदस्य ही उम्मीदवार बन सकते हैं।
field-error-ballot_method = यह मतपत्र इस चुनाव के प्रकार का नहीं है।
field-error-ballot_empty = कम से कम एक उम्मीदवार को क्रम दें।
field-error-ballot_unknown_candidate = इस मतपत्र में ऐसा नाम है जो उम्मीदवार नहीं है।
field-error-ballot_repeated_candidate = इस मतपत्र में एक उम्मीदवार दो बार है।
field-error-ballot_stances = हर उम्मीदवार के लिए समर्थन, तटस्थ या विरोध चुनें।
field-error-receipt_required = आप पहले ही मतदान कर चुके हैं: बदलने के लिए अपने मतपत्र का रसीद कोड दें।
field-error-receipt_unknown = इस रसीद कोड का कोई मतपत्र नहीं है।
field-error-seats_range = 1 से { $max } तक सीटों की संख्या दें।
field-error-invalid_instant = समय 2027-03-01 या 2027-03-01T09:00:00Z के रूप में लिखें।
field-error-voting_before_nominations_close = मतदान नामांकन बंद होने के बाद ही खुल सकता है।

## The board on the profile

board-heading = बोर्ड
board-now = अभी के सदस्य: { $names } ({ $end } तक)।
board-phase = समूह के { $year } वर्ष से: { $seats } सीटें, { $months } महीने का कार्यकाल, { $how }।
board-chosen-founders = संस्थापकों द्वारा चुने गए
board-chosen-election = सदस्यों द्वारा निर्वाचित
board-before = { $names }, { $start } – { $end }

## Election pages

elections-title = { $name } के चुनाव
elections-none = अभी कोई चुनाव नहीं।
election-phase-upcoming = आगामी
election-phase-nominating = नामांकन खुले हैं
election-phase-waiting = नामांकन बंद; मतदान जल्द शुरू होगा
election-phase-voting = मतदान जारी
election-phase-closed = समाप्त
election-voting-dates = मतदान: { $start } – { $end }
election-nomination-dates = नामांकन: { $start } – { $end }
election-seats = सीटें: { $seats }
election-choice = पसंद { $rank }
election-round-elected = निर्वाचित: { $names }।
election-round-eliminated = बाहर: { $names }।
election-turnout = { $count ->
    [one] एक सदस्य ने मतदान किया है।
   *[other] { $count } सदस्यों ने मतदान किया है।
}
election-method-meek = जितने चाहें उतने उम्मीदवारों को क्रम दें, सबसे पसंदीदा पहले। विकिमीडिया बोर्ड चुनावों की तरह ड्रूप कोटा के साथ मीक एसटीवी से गिनती होती है।
election-method-approval = जिन-जिन उम्मीदवारों का समर्थन करते हैं उन्हें स्वीकृति दें; सबसे अधिक स्वीकृत जीतते हैं।
election-method-plurality = एक उम्मीदवार चुनें; सबसे अधिक मत वाले जीतते हैं।
election-method-support_oppose = हर उम्मीदवार को समर्थन, तटस्थ या विरोध दें; क्रम समर्थन ÷ (समर्थन + विरोध) से बनता है।
election-receipt-found = आपका मतपत्र गिनती में है।
election-receipt-missing = गिनती में इस रसीद कोड का कोई मतपत्र नहीं है।
election-receipt-heading = आपका रसीद कोड
election-receipt-keep = यह कोड संभालकर रखें। यह कहीं भी आपके नाम से जुड़ा नहीं है: इससे आप देख सकते हैं कि आपका मतपत्र गिना गया, और मतदान बंद होने तक अपना मत बदल सकते हैं। कोई इसे दोबारा नहीं दे सकता।
election-candidates = उम्मीदवार
election-no-candidates = अभी कोई उम्मीदवार नहीं।
election-withdrawn = नाम वापस लिया
election-statement = आपका वक्तव्य (सदस्य आपको क्यों चुनें)
election-stand = चुनाव लड़ें
election-ballot = आपका मतपत्र
election-support = समर्थन
election-neutral = तटस्थ
election-oppose = विरोध
election-change-receipt = मत बदलने के लिए, अपने मतपत्र का रसीद कोड
election-change-vote = मेरा मत बदलें
election-vote = मत दें
election-result = परिणाम
election-elected = निर्वाचित:
election-round = दौर
election-quota = कोटा
election-blt = BLT फ़ाइल के रूप में मतपत्र (किसी भी STV प्रोग्राम से दोबारा गिनें)
election-ballots = प्रकाशित मतपत्र
election-check-receipt = रसीद कोड जाँचें
election-check = जाँचें
elections-link = चुनाव
election-surplus = अधिशेष
election-keep-factor = रखने का अनुपात
election-rounds-intro = हर दौर में: कोटा, हर उम्मीदवार के मत (निर्वाचित उम्मीदवार तक पहुँचने वाले हर मत का जो हिस्सा वह रखता है, × रखने का अनुपात), कोटे से ऊपर का अधिशेष, और कौन निर्वाचित या बाहर हुआ।

## Setting up an election

election-new = नया चुनाव
election-field-method = गिनती की विधि
election-field-title = शीर्षक
election-field-seats = सीटें
election-field-nominations_open = नामांकन शुरू
election-field-nominations_close = नामांकन समाप्त
election-field-voting_open = मतदान शुरू
election-field-voting_close = मतदान समाप्त
election-field-voters_joined_before = इससे पहले जुड़े सदस्य मतदाता
election-field-voters_min_edits = मतदाताओं के न्यूनतम संपादन (वैकल्पिक)
election-field-candidates_joined_before = इससे पहले जुड़े सदस्य उम्मीदवार (खाली हो तो मतदाताओं की तिथि)
election-field-term_start = कार्यकाल शुरू
election-field-term_end = कार्यकाल समाप्त
election-method-name-meek = क्रमवार, मीक एसटीवी
election-method-name-approval = स्वीकृति
election-method-name-plurality = एकल पसंद
election-method-name-support_oppose = समर्थन, तटस्थ या विरोध
election-awaiting = उनकी स्वीकृति की प्रतीक्षा:
election-accept = नामांकन स्वीकार करें
election-withdraw = नाम वापस लें
election-nominee = किसी और सदस्य को नामांकित करें (उनका सदस्य नाम; स्वयं लड़ने के लिए खाली छोड़ें)
election-statement-edit = यह वक्तव्य लिखें या अनुवाद करें
election-statement-lang = भाषा (en, bn या ur जैसा कोड)
election-statement-save = वक्तव्य सहेजें
election-statement-outdated = यह अनुवाद वक्तव्य के पुराने संस्करण से किया गया था।
error-statement_source_nominee_only = जिस भाषा में वक्तव्य लिखा गया है, उसमें केवल उम्मीदवार ही उसे बदल सकते हैं; किसी अन्य भाषा में अनुवाद जोड़ें।
field-error-duplicate = यह दो बार है।
field-error-presenter_one_of = हर प्रस्तुतकर्ता के लिए या तो सदस्य नाम या अतिथि का नाम दें।
field-error-session_minutes_range = एक सत्र 5 से { $max } मिनट का होता है।
field-error-language_not_offered = इस आमंत्रण में यह भाषा नहीं है।
field-error-presenter_unknown = इस सदस्य नाम का कोई खाता नहीं है; उन्हें अतिथि के रूप में लिखें।
field-error-signature_without_date = एक हस्ताक्षर में तिथि नहीं है; चार टिल्डे (~~~~) से हस्ताक्षर करें।
error-cfp_not_open = प्रस्तावों का आमंत्रण अभी खुला नहीं है।
error-cfp_closed = प्रस्तावों का आमंत्रण बंद हो चुका है।
error-proposal_not_editable = यह प्रस्ताव अब बदला नहीं जा सकता।
error-not_proposer = यह केवल प्रस्ताव के प्रस्तुतकर्ता कर सकते हैं।
error-proposal_withdrawn = यह प्रस्ताव वापस ले लिया गया है।
conf-proposals-title = { $title } के लिए प्रस्ताव
conf-new-title = { $title } के लिए एक प्रस्ताव
conf-cfp-upcoming = प्रस्तावों का आमंत्रण { $date } को खुलेगा।
conf-cfp-open = प्रस्तावों का आमंत्रण { $date } तक खुला है।
conf-cfp-closed = प्रस्तावों का आमंत्रण { $date } को बंद हुआ।
conf-minutes = { $minutes } मिनट
conf-session-types = सत्र के प्रकार
conf-languages = भाषाएँ
conf-interpretation = इन भाषाओं के बीच दुभाषिए की व्यवस्था की जा सकती है।
conf-interested-count = { $count } इच्छुक
conf-new = प्रस्ताव भेजें
conf-none = अभी कोई प्रस्ताव नहीं।
conf-status-submitted = समीक्षा की प्रतीक्षा में
conf-status-withdrawn = वापस लिया गया
conf-status-accepted = स्वीकृत
conf-status-waitlisted = प्रतीक्षा सूची में
conf-status-rejected = स्वीकृत नहीं
conf-field-presenters = खाते वाले प्रस्तुतकर्ता (सदस्य नाम, हर पंक्ति में एक)
conf-field-guests = बिना खाते वाले प्रस्तुतकर्ता (नाम, हर पंक्ति में एक)
conf-field-contact_email = ईमेल पता (वैकल्पिक; केवल आयोजक और प्रस्तुतकर्ता देखते हैं)
conf-field-affiliation = संबद्धता
conf-field-title = शीर्षक
conf-field-lang = भाषा
conf-field-language_note = भाषा की व्यवस्था (वैकल्पिक)
conf-field-session_type = प्रकार
conf-field-minutes = आवश्यक समय, मिनटों में (प्रकार की सामान्य अवधि के लिए खाली छोड़ें)
conf-field-track = ट्रैक
conf-field-plan = अपनी योजना विस्तार से बताएँ
conf-field-support = आपको जो सहायता चाहिए
conf-field-benefit = यह सत्र समुदायों के लिए कैसे लाभदायक होगा?
conf-submit = प्रस्ताव भेजें
conf-save = बदलाव सहेजें
conf-presenters = प्रस्तुतकर्ता
conf-time-needed = आवश्यक समय
conf-submitted-by = { $name } ने { $date } को भेजा
conf-contact = संपर्क विवरण
conf-topic = विषय
conf-edit = प्रस्ताव बदलें
conf-withdraw = प्रस्ताव वापस लें
conf-interested = इच्छुक प्रतिभागी
conf-interested-none = अभी किसी ने हस्ताक्षर नहीं किए।
conf-interest-add = मुझे रुचि है
conf-interest-remove = मेरी रुचि हटाएँ
event-proposals = प्रस्तावों का आमंत्रण और कार्यक्रम
conf-mail-subject = { $title }: { $decision }
conf-mail-body =
    नमस्ते { $name },
    {""}
    आयोजकों ने आपके प्रस्ताव “{ $title }” पर निर्णय लिया है: { $decision }।
    {""}
    { $note }
    {""}
    प्रस्ताव देखें:
    { $url }
    {""}
    — Sangam
error-not_reviewer = यह केवल सम्मेलन के समीक्षक कर सकते हैं।
error-own_proposal = समीक्षक अपने भेजे या प्रस्तुत प्रस्ताव की समीक्षा नहीं करते।
field-error-score_count = { $count } मानदंडों में से हर एक के लिए एक अंक दें।
field-error-score_out_of_scale = अंक 0 से { $max } तक होते हैं।
field-error-weight_range = भार 0 से अधिक और अधिकतम 100 की संख्या है।
field-error-too_large = अधिकतम { $max }।
error-room_taken = उस समय इस कक्ष में दूसरा सत्र है।
error-presenter_busy = इस सत्र का एक प्रस्तुतकर्ता उस समय दूसरे सत्र में है।
error-proposal_not_accepted = कार्यक्रम में केवल स्वीकृत सत्र जाते हैं।
field-error-session_longer_than_slots = यह सत्र किसी भी समय-खंड से लंबा है।
field-error-outside_slots = सत्र को सम्मेलन के किसी समय-खंड के भीतर रखें।
conf-programme-title = { $title } का कार्यक्रम
conf-programme-zone = समय { $zone } के अनुसार।
conf-programme-empty = कार्यक्रम में अभी कोई सत्र नहीं है।
conf-programme = कार्यक्रम
conf-when-where = कार्यक्रम में:
conf-add-to-calendar = मेरे कैलेंडर में जोड़ें
sch-title = { $title } की छात्रवृत्तियाँ
sch-review-title = { $title } के छात्रवृत्ति आवेदन
sch-upcoming = आवेदन { $date } को खुलेंगे।
sch-open = आवेदन { $date } तक खुले हैं।
sch-closed = आवेदन { $date } को बंद हो गए।
sch-phase = चरण
sch-phase-open = आवेदन लिए जा रहे हैं
sch-phase-eligibility = पात्रता की जाँच
sch-phase-scoring = अंक दिए जा रहे हैं
sch-phase-decision = निर्णय
sch-phase-published = निर्णय प्रकाशित
sch-advance-eligibility = आवेदन बंद करें और पात्रता जाँचें
sch-advance-scoring = अंक देना शुरू करें
sch-advance-decision = अंक देना बंद करें और निर्णय लें
sch-advance-published = निर्णय प्रकाशित करें और आवेदकों को मेल भेजें
sch-criteria = समीक्षक { $criteria } पर अंक देते हैं, हर एक 0 से { $max } तक।
sch-field-region = देश या क्षेत्र
sch-field-history = पिछले सम्मेलन और छात्रवृत्ति आवेदन (जैसे “मैंने 2019 और 2023 में आवेदन किया था”)
sch-field-contributions = विकि और समुदाय में आपका योगदान
sch-field-motivation = आप क्यों भाग लेना चाहते हैं?
sch-field-need = आवश्यक सहायता
sch-need-full = पूर्ण छात्रवृत्ति (यात्रा, ठहराव और पंजीकरण)
sch-need-partial = आंशिक छात्रवृत्ति
sch-apply = मेरा आवेदन भेजें
sch-save = सहेजें
sch-sign-in = आवेदन करने के लिए साइन इन करें।
sch-yours = आपका आवेदन
sch-sent = { $date } को भेजा गया।
sch-decision = निर्णय
sch-decision-full = पूर्ण छात्रवृत्ति
sch-decision-partial = आंशिक छात्रवृत्ति
sch-decision-waitlist = प्रतीक्षा सूची में
sch-decision-declined = नहीं दी गई
sch-decision-message = आवेदक के लिए संदेश
sch-your-scores = आपके अंक
sch-your-score = आपके अंक
sch-reviewer-n = समीक्षक { $n }
sch-reviewer = समीक्षक
sch-weighted = भारित
sch-score = औसत अंक
sch-cutoff = छात्रवृत्ति पाने वालों के न्यूनतम अंक
sch-spread = समीक्षकों का अंतर
sch-comment = टिप्पणी
sch-score-it = इस आवेदन को अंक दें
sch-flag = चिह्न
sch-flag-none = कोई चिह्न नहीं
sch-flag-spam = स्पैम
sch-flag-ineligible = अपात्र
sch-flag-note = कारण
sch-review-link = आवेदनों की समीक्षा करें
sch-back-to-event = कार्यक्रम पर लौटें
sch-back-to-round = छात्रवृत्ति पृष्ठ पर लौटें
sch-none = अभी कोई आवेदन नहीं।
sch-applicant = आवेदक
sch-email = ईमेल पता
sch-reviewers = समीक्षक (सदस्य नाम, हर पंक्ति में एक)
sch-application-of = { $name } का छात्रवृत्ति आवेदन
event-scholarship = छात्रवृत्तियाँ
sch-mail-subject = { $conference }: छात्रवृत्ति — { $decision }
sch-mail-body =
    नमस्ते { $name },
    {""}
    { $conference } की छात्रवृत्तियों के निर्णय प्रकाशित हो गए हैं। आपका: { $decision }।
    {""}
    { $note }
    {""}
    आपके अंक और न्यूनतम अंक छात्रवृत्ति पृष्ठ पर हैं:
    { $url }
    {""}
    — Sangam
error-scholarship_not_open = इस छात्रवृत्ति के आवेदन अभी खुले नहीं हैं।
error-scholarship_closed = इस छात्रवृत्ति के आवेदन बंद हो गए हैं।
error-round_under_way = आवेदन का चरण बीत चुका है; अब इसे बदला नहीं जा सकता।
error-applications_undecided = कुछ आवेदनों पर अभी निर्णय नहीं हुआ है।
error-wrong_phase = अभी इसका चरण नहीं है।
error-own_application = समीक्षक अपने ही आवेदन को अंक या चिह्न नहीं देते।
error-application_flagged = यह आवेदन चिह्नित है: इसे अंक नहीं दिए जाते और केवल अस्वीकार किया जा सकता है।
error-application_private = यह आवेदन केवल आवेदक, समीक्षक और आयोजक देख सकते हैं।
field-error-phase_order = चरण एक बार में एक ही आगे बढ़ता है।
conf-call-title = { $title } के लिए प्रस्ताव आमंत्रण
conf-save-call = आमंत्रण सहेजें
conf-field-opens = शुरू (एक तारीख, या UTC में तारीख और समय, जैसे 2027-03-01T00:00:00Z)
conf-field-closes = समाप्त (एक तारीख, या UTC में तारीख और समय)
conf-field-session_types = सत्र के प्रकार, हर पंक्ति में एक: कुंजी | नाम | मिनट
conf-field-tracks = ट्रैक, हर पंक्ति में एक (वैकल्पिक)
conf-field-languages = सत्रों की भाषाएँ (en hi bn जैसे कोड, रिक्त स्थान से अलग)
conf-field-questions = आपके अपने प्रश्न, हर पंक्ति में एक (अनिवार्य बनाने के लिए अंत में * लगाएँ)
conf-field-criteria = समीक्षक किस पर अंक दें, हर पंक्ति में एक: नाम | भार
conf-field-score_max = अधिकतम अंक (अंक 0 से शुरू)
conf-link-call = प्रस्ताव आमंत्रण तय करें
conf-link-reviews = प्रस्तावों की समीक्षा करें
conf-link-schedule = कक्ष और समय
sch-link-round = छात्रवृत्ति दौर तय करें
sch-edit-title = { $title } का छात्रवृत्ति दौर
sch-save-round = दौर सहेजें
conf-reviews-title = { $title } के प्रस्तावों की समीक्षा
conf-status = स्थिति
conf-reviews = समीक्षाएँ
conf-review-it = इस प्रस्ताव की समीक्षा करें
conf-decision-message = प्रस्तुतकर्ताओं के लिए संदेश (निर्णय के साथ मेल किया जाएगा)
conf-place = कार्यक्रम में रखें
conf-room = कक्ष
conf-start = शुरू होने का समय
conf-schedule-title = { $title } के कक्ष और समय
conf-rooms = कक्ष
conf-room-name = कक्ष का नाम
conf-add-room = कक्ष जोड़ें
conf-slots = समय-खंड
conf-slots-help = हर पंक्ति में एक, शुरू – अंत, सम्मेलन के समय क्षेत्र में, जैसे 2027-08-01T10:00 – 2027-08-01T13:00
conf-accepted-sessions = स्वीकृत सत्र
conf-not-placed = अभी कार्यक्रम में नहीं

election-counting = मतों की गिनती हो रही है। एक मिनट बाद यह पृष्ठ फिर से खोलें।
election-count-failed = गिनती इस सर्वर की सीमाओं के भीतर पूरी नहीं हो सकी, इसलिए अभी कोई परिणाम नहीं है। आयोजकों को बता दिया गया है।
election-count-failed-organizer = साइट प्रशासक गिनती को अधिक समय या मेमोरी दे सकते हैं (सेटिंग्स में count_seconds, count_memory_mb); फिर यहाँ दोबारा गिनें।
election-recount = फिर से गिनें
error-nothing_to_recount = फिर से शुरू करने के लिए कोई रुकी हुई गिनती नहीं है।
history-count-failed = “{ $title }” चुनाव की गिनती इस सर्वर की सीमाओं के भीतर पूरी नहीं हो सकी।
