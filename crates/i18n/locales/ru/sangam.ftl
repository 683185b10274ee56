### Sangam: русский (Russian). Source comments are in locales/en/sangam.ftl.

## Page frame

site-name = Сангам
site-tagline = Общий дом аффилированных организаций Викимедиа
skip-to-content = Перейти к содержанию
nav-directory = Организации
nav-hubs = Региональные хабы
nav-former = Прекратившие деятельность
nav-sign-in = Войти
nav-sign-out = Выйти
nav-signed-in-as = Вы вошли как { $username }
nav-account = Ваша учётная запись
lang-switcher-label = Язык
footer-api = API (OpenAPI)
footer-about = Сангам — свободное программное обеспечение, которое сообщества Викимедиа запускают сами.

## Affiliate kinds and statuses

kind-user_group = Группа участников
kind-chapter = Региональное отделение
kind-thematic_organization = Тематическая организация
kind-hub = Региональный хаб
status-recognized = Признана
status-active = Действует
status-past_due = Отчёт просрочен
status-suspended = Приостановлена
status-expired = Срок истёк
status-formerly_active = Прекратила деятельность

## Directory

directory-title = Аффилированные организации Викимедиа
directory-intro = Группы участников, региональные отделения, тематические организации и региональные хабы — с регионами и языками, в которых они работают.
directory-count = { $count ->
    [one] { $count } организация
    [few] { $count } организации
    [many] { $count } организаций
   *[other] { $count } организации
}
directory-empty = Нет организаций, подходящих под эти фильтры.
directory-serves-count = { $count ->
    [one] { $count } страна
    [few] { $count } страны
    [many] { $count } стран
   *[other] { $count } страны
}
directory-new = Добавить организацию
filter-region = Регион
filter-country = Страна
filter-language = Язык
filter-status = Статус
filter-kind = Тип
filter-any = Любой
filter-apply = Применить
filter-clear = Сбросить фильтры
filter-include-former = Показать прекратившие деятельность
column-name = Название
column-kind = Тип
column-country = Где находится
column-regions = Где работает
column-languages = Языки
column-status = Статус
pagination-previous = Назад
pagination-next = Далее
pagination-page = Страница { $page } из { $pages }
former-title = Прекратившие деятельность организации
former-intro = Организации, чьё признание закончилось. Их страницы и история сохраняются здесь.

## Profile

profile-logo-alt = Логотип: { $name }
profile-logo-source = Логотип на Викискладе
field-slug = Адрес
field-kind = Тип
field-status = Статус
field-name = Название
field-other-names = На других языках
field-motto = Девиз
field-founders = Основатели
field-key-people = Ключевые фигуры
field-contact-people = Контактные лица
field-admins = Организаторы с правом правки
field-location = Местонахождение
field-country = Страна
field-country-code = Код страны
field-regions = Регионы работы
field-languages = Официальные языки
field-founded = Основана
field-recognized = Признана
field-agreement = Срок соглашения
field-mission = Миссия
field-goals = Подходы и цели
field-contacts = Контакты
field-email = Эл. почта
field-telegram = Телеграм
field-mailing-list = Список рассылки
field-website = Сайт
field-membership-policy = Членство
field-logo = Логотип
field-lang = Язык текстов
date-range = { $start } — { $end }
profile-telegram-link = Группа в Телеграме
profile-untranslated = Ещё не переведено; показано на языке: { $language }.
profile-hubs = Входит в
profile-edit = Править страницу
profile-history = История
profile-back = Вернуться к странице
profile-updated = Последнее изменение: { $date }
profile-map-alt = Карта стран, где работает организация: { $countries }
profile-map-none = Страны не указаны.

## Regional hubs

hubs-title = Региональные хабы
hubs-intro = Региональные хабы объединяют организации одного региона.
hub-affiliates = Организации этого хаба
hub-affiliate-count = { $count ->
    [one] { $count } организация
    [few] { $count } организации
    [many] { $count } организаций
   *[other] { $count } организации
}
hub-map-title = Страны, где работают организации этого хаба
hub-edit-affiliates = Организации этого хаба
hub-edit-affiliates-help = Выберите организации, которые объединяет этот хаб.

## History

history-title = История: { $name }
history-empty = Изменений пока нет.
history-created = { $actor } создаёт эту страницу.
history-updated = { $actor } изменяет: { $fields }.
history-status = { $actor } меняет статус с «{ $from }» на «{ $to }».
history-notice = Уведомление от { $actor }: { $text }
history-hub-members = { $actor } изменяет состав организаций этого хаба.
history-actor-system = Сангам
history-time = { $time } (UTC)

## Editing

edit-title = Правка: { $name }
new-title = Новая организация
edit-lang-help = Тексты ниже — на этом языке. Чтобы добавить или исправить перевод, выберите другой язык и нажмите «Сменить язык».
edit-lang-switch = Сменить язык
edit-source = Исходный текст ({ $language }):
edit-codes-help = Коды стран ISO через запятую или пробел, например BD, IN, PK
edit-languages-help = Коды языков (BCP 47) через запятую или пробел, например tg, ru, en
edit-people-help = Имена участников Викимедиа, по одному в строке
edit-date-help = Год, месяц или день: 2022, 2022-12 или 2022-12-08
edit-day-help = День: 2023-01-31
edit-logo-help = Название файла изображения на Викискладе, например Wikimedia Community Logo.svg
edit-telegram-help = Ссылка t.me или @имягруппы
edit-goal = Цель { $n }
edit-goal-heading = Заголовок
edit-goal-body = Текст
edit-goals-help = Чтобы удалить цель, оставьте её заголовок и текст пустыми.
edit-site-admin-only = Это могут менять только администраторы сайта.
edit-save = Сохранить
edit-cancel = Отмена
edit-saved = Сохранено.
edit-created = Организация создана.
form-errors = Исправьте отмеченные поля.
section-identity = Основное
section-texts = Тексты
section-people = Люди
section-place = Место и языки
section-dates = Даты
section-contacts = Контакты

## Signing in

signin-title = Вход
signin-username = Имя участника Викимедиа
signin-password = Пароль
signin-submit = Войти
signout-done = Вы вышли.
signin-throttled-account = Слишком много неудачных попыток входа в эту учётную запись. Попробуйте снова через { $minutes ->
    [one] { $minutes } минуту
    [few] { $minutes } минуты
    [many] { $minutes } минут
   *[other] { $minutes } минуты
}.
signin-throttled-address = Слишком много неудачных попыток входа из вашей сети. Попробуйте снова через { $minutes ->
    [one] { $minutes } минуту
    [few] { $minutes } минуты
    [many] { $minutes } минут
   *[other] { $minutes } минуты
}.

## Account

account-title = Ваша учётная запись
account-username = Имя участника Викимедиа
account-email = Эл. почта (личное: никому больше не показывается)
account-preferred-lang = Язык интерфейса
account-lang-browser = Как в браузере
account-save = Сохранить
account-saved = Настройки сохранены.
account-site-admin = Вы администратор сайта.
account-admin-of = Вы организатор:

## Errors

error-title = Что-то не так
error-not_found = То, что вы ищете, не найдено.
error-unauthenticated = Сначала войдите.
error-bad_credentials = Неверное имя участника или пароль.
error-too_many_attempts = Слишком много неудачных попыток входа. Попробуйте снова через { $minutes ->
    [one] { $minutes } минуту
    [few] { $minutes } минуты
    [many] { $minutes } минут
   *[other] { $minutes } минуты
}.
error-forbidden = У вас нет права это делать.
error-site_admin_only = Это могут делать только администраторы сайта.
error-not_affiliate_admin = Это могут делать только организаторы этой организации.
error-session_expired = Сеанс истёк. Войдите снова.
error-csrf_failed = Срок действия формы истёк, или она отправлена не с этого сайта. Обновите страницу и попробуйте снова.
error-validation_failed = Некоторые поля нужно исправить.
error-slug_taken = Этот адрес уже занят другой организацией.
error-edited_meanwhile = Пока вы правили страницу, её сохранил кто-то другой. Ваши изменения не сохранены; они показаны в форме, чтобы вы могли сравнить и сохранить снова.
error-account_exists = Учётная запись с таким именем уже существует.
error-invalid_json = Тело запроса — некорректный JSON: { $detail }
error-unsupported_media_type = Отправьте тело запроса как application/json.
error-payload_too_large = Запрос слишком велик.
error-method_not_allowed = Этот адрес не принимает такие запросы.
error-bad_request = Не удалось понять запрос.
error-internal = У нас что-то сломалось. Попробуйте позже.
error-back-home = Вернуться к списку

## Field errors

field-error-required = Это обязательное поле.
field-error-too_long = Не более { $max } знаков.
field-error-too_many = Не более { $max } записей.
field-error-bidi_control = Удалите невидимые символы направления текста.
field-error-control_character = Удалите невидимые управляющие символы.
field-error-unknown_country = «{ $code }» — не код страны по ISO 3166-1.
field-error-unknown_language = «{ $code }» — неизвестный язык.
field-error-invalid_language = «{ $code }» — не языковой тег (BCP 47), как tg или zh-Hans.
field-error-invalid_date = Укажите дату как 2022, 2022-12 или 2022-12-08.
field-error-impossible_date = Такой даты не существует.
field-error-date_needs_day = Укажите полную дату, например 2022-12-08.
field-error-range_reversed = Конец раньше начала.
field-error-invalid_email = Это не адрес электронной почты.
field-error-invalid_url = Это не веб-адрес, начинающийся с https://.
field-error-invalid_slug = Используйте от 2 до 64 строчных латинских букв, цифр и одиночных дефисов.
field-error-reserved_slug = Этот адрес зарезервирован.
field-error-slug_taken = Этот адрес уже занят другой организацией.
field-error-invalid_choice = Выберите один из вариантов.
field-error-invalid_file_name = Укажите название файла изображения на Викискладе, например Example.svg.
field-error-username_character = Имя участника не может содержать «{ $character }».
field-error-password_too_short = Не менее { $min } знаков.
field-error-unknown_affiliate = Организации с таким адресом нет.
field-error-not_a_hub = Участников может иметь только региональный хаб.

## Membership

members-title = Участники организации { $name }
members-heading = Участники
members-count = { $count ->
    [one] { $count } участник
    [few] { $count } участника
    [many] { $count } участников
   *[other] { $count } участника
}
members-sort-date = По дате вступления
members-sort-name = По имени
members-talk = обс.
members-no-date = дата не указана
members-utc = (UTC)
members-signed-up = Вступление
members-join = Вступить
members-sign-in-to-join = Войдите, чтобы вступить
members-you-are-member = Вы участник.
members-you-applied = Ваша заявка ждёт рассмотрения организаторами.
members-leave = Выйти из группы
members-joined = Добро пожаловать! Теперь вы участник.
members-applied = Спасибо! Организаторы рассмотрят вашу заявку.
members-left = Вы вышли из группы.
members-imported = Список импортирован.
members-wikitext = Список участников в викиразметке для Мета-вики
members-organizers = Для организаторов
members-csv = Выгрузить в CSV
members-import = Импортировать список записавшихся из вики
members-rules = Условия членства
members-pending = Заявки на рассмотрении
members-pending-none = Заявок на рассмотрении нет.
members-no-review = Эта группа принимает участников без рассмотрения заявок.
members-answers-hidden = Ответы видят только организаторы этой группы.
members-approve = Принять
members-decline = Отклонить
role-board = Член правления
role-contact = Контактное лицо
role-founder = Основатель
membership-status-pending = ждёт одобрения
membership-status-active = участник
membership-status-declined = заявка отклонена
membership-status-left = вышел
account-memberships = Ваше членство
account-no-memberships = Вы пока не состоите ни в одной группе.
join-title = Вступить: { $name }
join-terms = Кто может вступить
join-refused = Пока вы не можете вступить:
join-kind = Вы вступаете как
join-kind-individual = частное лицо
join-kind-institution = организация-член
join-age = Ваш возраст
join-country = Страна гражданства или проживания
join-institution = Название учреждения
join-institution-help = Только если вы вступаете от имени учреждения.
join-institution-country = Страна регистрации учреждения
join-edit-count = Число ваших правок в проектах Викимедиа
join-account-created = Когда создана ваша учётная запись Викимедиа
join-unverified = с ваших слов, не проверено
join-unverified-help = Как вам известно; организаторы могут проверить.
join-answer = Ответ
join-privacy = Ваши ответы видите только вы и организаторы этой группы.
join-apply = Подать заявку
rule-min_age = Участникам не меньше { $min } лет.
rule-countries = Участники — граждане или жители: { $countries }.
rule-institutions = Учреждения тоже могут вступать.
rule-institution_countries = Могут вступать учреждения, зарегистрированные в: { $countries }.
rule-min_edits = У участников не меньше { $min } правок в проектах Викимедиа.
rule-min_account_days = Учётным записям участников в Викимедиа не меньше { $days } дней.
rule-review = Организаторы рассматривают каждую заявку.
refusal-min_age = Чтобы вступить, вам должно быть не меньше { $min } лет.
refusal-age_missing = Укажите возраст: участникам не меньше { $min } лет.
refusal-country = Эта группа — для граждан и жителей: { $countries }.
refusal-institutions_not_admitted = Эта группа не принимает учреждения.
refusal-institution_country = Вступать могут только учреждения, зарегистрированные в: { $countries }.
refusal-min_edits = Участникам нужно не меньше { $min } правок в проектах Викимедиа.
refusal-min_account_age = Учётной записи Викимедиа должно быть не меньше { $days } дней.
rules-title = Условия членства: { $name }
rules-review = Организаторы рассматривают заявки, прежде чем человек станет участником
rules-allow-institutions = Учреждения тоже могут вступать
rules-min-age = Минимальный возраст
rules-countries = Граждане или жители (оставьте пустым — для всех)
rules-institution-countries = Учреждения, зарегистрированные в
rules-institution-countries-help = Коды стран ISO; оставьте пустым, чтобы принимать учреждения отовсюду.
rules-min-edits = Минимальное число правок в Викимедиа (со слов заявителя)
rules-min-account-days = Минимальный возраст учётной записи Викимедиа в днях (со слов заявителя)
rules-questions = Вопросы заявителям
rules-questions-help = Чтобы удалить вопрос, оставьте его пустым.
rules-question = Вопрос
rules-required = Ответ обязателен
import-title = Импорт списка записавшихся: { $name }
import-help = Вставьте список записавшихся со страницы Мета-вики — как он виден на странице или в викиразметке. У каждого сохранится дата подписи. Проверьте предпросмотр, затем импортируйте.
import-text = Список
import-preview = Предпросмотр
import-apply = Импортировать этих участников
import-problems = Строки, которые не удалось прочитать
import-line = Строка
import-reason = Причина
import-already = уже участник
import-new = новый
import-fix-first = Исправьте или удалите нечитаемые строки и импортируйте снова. Ничего не импортировано.
import-summary = Записей: { $entries }, из них новых: { $new }; нечитаемых строк: { $problems }; прочих пропущенных строк: { $skipped }.
import-problem-no_name = В этой строке нет имени.
import-problem-bad_name = Такого имени участника Викимедиа быть не может.
import-problem-unreadable_date = Не удаётся прочитать дату.
import-problem-impossible_date = Такой даты не существует.
import-problem-time_without_zone = У времени не указан часовой пояс (UTC).
history-by = { $actor }: { $what }
history-members-imported = { $count ->
    [one] импортирован { $count } участник из списка записавшихся.
    [few] импортированы { $count } участника из списка записавшихся.
    [many] импортированы { $count } участников из списка записавшихся.
   *[other] импортированы { $count } участника из списка записавшихся.
}
history-member-approved = { $actor } одобряет заявку участника { $member }.
history-member-declined = { $actor } отклоняет заявку участника { $member }.
history-membership-rules = { $actor } изменяет условия членства.
error-already_member = Вы уже состоите в этой группе, или ваша заявка на рассмотрении.
error-not_eligible = Вы не соответствуете условиям членства этой группы.
field-error-impossible_age = Укажите возраст от 5 до 120 лет.
field-error-future_date = Эта дата ещё не наступила.
field-error-invalid_number = Укажите целое число.
field-error-unknown_question = Эта группа не задаёт такого вопроса.
field-error-import_too_large = Список больше 10 МБ.
field-error-import_empty = Список пуст.
field-error-import_utf16 = Файл в кодировке UTF-16. Сохраните его в UTF-8 и попробуйте снова.
field-error-import_binary = Это не текст.
field-error-import_not_utf8 = Текст не в UTF-8 (возможно, в старой кодировке). Сохраните его в UTF-8 и попробуйте снова.
field-error-import_unreadable_lines = Некоторые строки не удалось прочитать; ничего не импортировано.

## Events and the activities calendar

calendar-heading = Мероприятия
calendar-title = Мероприятия: { $name }
calendar-link = Календарь мероприятий
calendar-feed = Подписаться (iCalendar)
calendar-wikitext = Викитекст для Мета-вики
calendar-years = Годы
calendar-all-years = Все годы
calendar-empty = Мероприятий пока нет.
event-time-range-zone = { $start } — { $end } ({ $zone })
event-time-range-utc = { $start } — { $end } (UTC)
event-status-planned = Запланировано
event-status-ongoing = Идёт
event-status-done = Завершено
event-status-cancelled = Отменено
event-kind-edit-a-thon = Марафон правок
event-kind-workshop = Мастер-класс
event-kind-training = Обучение
event-kind-photowalk = Фотопрогулка
event-kind-upload-a-thon = Марафон загрузок
event-kind-meetup = Встреча
event-kind-contest = Конкурс
event-kind-conference = Конференция
event-kind-campaign = Кампания
event-kind-other = Другое
event-mode-online = Онлайн
event-mode-in-person = Очно
event-mode-hybrid = Гибридный формат
event-field-when = Когда
event-field-kind = Тип
event-field-mode = Где
event-field-venue = Место
event-field-organizers = Организаторы
event-field-hashtags = Хештеги
event-field-wikis = Вики
event-feed = Добавить в календарь (iCalendar)

## Event errors

field-error-unknown_time_zone = «{ $zone }» — неизвестный часовой пояс; укажите название вроде Asia/Dhaka.
field-error-time_skipped = В этом часовом поясе часы пропускают { $time } (летнее время); выберите другое время.
field-error-invalid_time = Укажите время в виде 18:30.
field-error-end_before_start = Окончание должно быть позже начала.
field-error-invalid_coordinates = Укажите широту (от −90 до 90) и долготу (от −180 до 180) или ни то, ни другое.
field-error-venue_required = Для очного мероприятия нужно место или адрес.
field-error-online_has_no_place = У онлайн-мероприятия нет координат.
field-error-capacity_not_positive = Укажите число мест от 1 до { $max } или оставьте пустым, если ограничения нет.
field-error-invalid_wiki = «{ $wiki }» — не адрес вики вроде bn.wikipedia.org.
field-error-invalid_hashtag = «{ $hashtag }» — не хештег (только буквы, цифры и _).
error-already_registered = Вы уже зарегистрированы на это мероприятие.
error-registration_closed = Регистрация на это мероприятие не открыта.
error-registration_not_open_yet = Регистрация на это мероприятие ещё не началась.
error-registration_ended = Регистрация на это мероприятие закрыта.
error-event_over = Это мероприятие завершено или отменено.

## Event registration

event-registration = Регистрация
event-seats = Занято мест: { $taken } из { $capacity }.
event-seats-unlimited = Зарегистрировано: { $taken }.
event-waiting = В листе ожидания: { $count }.
event-register = Зарегистрироваться
event-register-private = Не показывать моё имя в открытом списке участников
event-registered = У вас есть место.
event-promoted = Освободилось место: вы перешли из листа ожидания и получили место.
event-waitlisted = Вы { $position }-й в листе ожидания.
event-cancel = Отменить мою регистрацию
event-sign-in-to-register = Войдите, чтобы зарегистрироваться.
event-participants = Участники
event-private = скрыто
event-seat-registered = место
event-seat-waitlisted = ожидание
event-seat-cancelled = отменено
event-meeting = Ссылка на встречу

## Event outcomes

outcomes-heading = Итоги
outcome-participants = Участники
outcome-new_editors = Новые редакторы
outcome-articles_created = Создано статей
outcome-articles_improved = Улучшено статей
outcome-uploads = Загрузки на Викисклад
outcome-notes = Заметки
outcomes-save = Сохранить итоги
calendar-totals = Итоги по годам
calendar-year = Год
event-cancel-event = Отменить мероприятие
event-restore = Вернуть мероприятие
event-participants-csv = Участники и ответы (CSV)
field-error-event_not_held = Итоги можно записать, когда мероприятие состоялось.

## My events

account-events = Мои мероприятия
account-no-events = Вы не зарегистрированы ни на одно мероприятие.
account-feed-create = Создать личный адрес календаря
account-feed-explain = Личный адрес для приложения-календаря с мероприятиями, на которые вы зарегистрированы. Их видит любой, у кого есть адрес; новый адрес отключает старый.
account-feed-url = Ваш личный адрес календаря (показан только сейчас; скопируйте его в приложение-календарь):

## Campaigns

nav-campaigns = Кампании
campaigns-title = Кампании
campaigns-empty = Кампаний пока нет.
campaign-edition-count = { $count ->
    [one] { $count } выпуск
    [few] { $count } выпуска
    [many] { $count } выпусков
   *[other] { $count } выпуска
}
campaign-editions = Выпуски
campaign-taking-part = Участвуют
event-field-campaign = Выпуск кампании
calendar-campaigns = Кампании
field-error-unknown_campaign = Кампании с таким адресом нет.
error-campaign_slug_taken = Этот адрес уже занят другой кампанией.
event-field-people = Организаторы
event-field-languages = Языки

## The event form

event-form-heading = Новое мероприятие: { $name }
event-form-new = Новое мероприятие
event-form-what = Что
event-form-when = Когда
event-form-where = Где
event-form-more = Ещё
event-form-title = Название
event-form-all-day = Целые дни (только даты)
event-form-start-date = Дата начала
event-form-start-time = Время начала
event-form-end-date = Дата окончания
event-form-end-date-help = Пусто — тот же день, что и начало.
event-form-end-time = Время окончания
event-form-time-zone = Часовой пояс
event-form-time-zone-help = Пояс, в котором указано время, например Asia/Dhaka. Читатели увидят его и в своём поясе.
event-form-address = Адрес
event-form-latitude = Широта
event-form-longitude = Долгота
event-form-capacity = Мест (пусто — без ограничения)
event-form-questions = Вопросы для регистрирующихся
event-form-questions-help = По одному в строке; начните строку с *, чтобы вопрос был обязательным. Ответы видят только организаторы.
event-form-organizers-help = Имена участников Викимедиа, по одному в строке.
event-form-description = Описание
event-form-closes-date = Регистрация закрывается
event-form-closes-time = в
event-form-registration-open = Регистрация открыта
event-form-save = Создать мероприятие

## Month grid

weekday-1 = Пн
weekday-2 = Вт
weekday-3 = Ср
weekday-4 = Чт
weekday-5 = Пт
weekday-6 = Сб
weekday-7 = Вс
calendar-view-list = Список
calendar-view-grid = Сетка месяца
calendar-previous-month = Предыдущий месяц
calendar-next-month = Следующий месяц
calendar-show-times-in = Показать время также в поясе
calendar-show = Показать
event-form-edit-heading = Изменить: { $title }
event-edit = Изменить мероприятие
event-undated = Дата пока не назначена
calendar-proposed = Предлагаемые мероприятия
event-form-proposed = Предлагается, даты пока нет
event-form-opens-date = Регистрация открывается

## Reports and the lifecycle

notice-reminder_30 = напоминание: отчёт нужно сдать через 30 дней
notice-reminder_7 = напоминание: отчёт нужно сдать через 7 дней
notice-past_due = уведомление: обязательный отчёт просрочен, назначен крайний срок
notice-deadline = уведомление: крайний срок отчёта через неделю
notice-expiry = уведомление: срок истёк, признание прекращено
history-report-filed = сдан отчёт
history-report-deferred = отчёт отсрочен на год

## Notice mail

mail-subject = { $affiliate }: { $what }
mail-report = Отчёт охватывает период с { $start } по { $end }, срок сдачи — { $due }.
mail-body =
    Здравствуйте, { $name }!
    {""}
    Это { $what }.
    { $report }
    {""}
    Сдайте отчёт или посмотрите положение вашей группы:
    { $url }
    {""}
    — Sangam

## Reports pages

reports-heading = Отчёты
reports-link = Обязательные отчёты и их состояние
reports-title = Отчёты: { $name }
reports-intro = Отчёты, которые эта организация должна сдать за каждый период, сроки и состояние каждого.
reports-none = Пока никаких отчётов не требуется. Они появляются, когда начинается период соглашения или финансовый год.
reports-standing = Положение: { $status }.
report-kind-activity = Годовой отчёт о деятельности
report-kind-financial = Финансовый отчёт
report-period = { $start } – { $end }
report-col-report = Отчёт
report-col-period = Период
report-col-due = Срок
report-col-status = Состояние
report-status-upcoming = Предстоит
report-status-due = Пора сдавать
report-status-past_due = Просрочен
report-status-filed = Сдан
report-status-deferred = Отложен
report-status-accepted = Принят
report-due-in = { $days ->
    [0] срок сегодня
    [one] срок через { $days } день
    [few] срок через { $days } дня
   *[other] срок через { $days } дней
}
report-overdue-by = { $days ->
    [one] просрочен на { $days } день
    [few] просрочен на { $days } дня
   *[other] просрочен на { $days } дней
}
report-in-grace = льготный период до { $date }
report-heading = { $report }, { $period }
report-due-on = срок: { $date }
report-filed-on = Сдан { $date }.
report-filed-by = Сдал(а) { $username }.
report-accepted-on = Принят { $date }.
report-changes-asked = Администратор сайта попросил изменений
report-deferred-because = Отложен на год: { $reason }.
deferment-reason-natural_disaster = стихийное бедствие
deferment-reason-pandemic = пандемия
deferment-reason-war = война
deferment-reason-government_restriction = ограничение властей
report-wikitext = Викитекст для Мета-Вики
report-file-heading = Сдать этот отчёт
report-builder-intro = Черновик заполнен по мероприятиям, итогам, участникам и изменениям правления, записанным здесь за период. Отредактируйте и сдайте его. Отчёты на Мета-Вики пишутся по-английски.
report-builder-totals = Мероприятий: { $events }, участников: { $participants }, новых членов: { $joined }.
report-build = Собрать отчёт по нашим данным
report-build-mine = на моём языке
report-link-label = Ссылка на отчёт (его страница на Мета-Вики)
report-body-label = Или напишите отчёт здесь
report-file = Сдать отчёт
report-save-draft = Сохранить черновик
report-review-heading = Проверка
report-review-accept = Принять отчёт
report-review-note = Что нужно изменить
report-review-changes = Попросить изменений
report-defer = Отложить на год
report-defer-reason = Причина
report-defer-note = Что случилось
report-decide-title = Истекло: решение администратора
report-decide-intro = Признание истекло, потому что отчёт так и не поступил после крайнего срока. Признайте организацию снова на новый период соглашения или перенесите её в список бывших активных.
report-field-start = Первый день
report-field-end = Последний день
report-field-due = Срок сдачи
report-decide-recognize = Признать снова
report-decide-former = Перенести в бывшие активные
report-add-period = Добавить отчётный период
history-report-reviewed = отчёт проверен
history-report-period = добавлен отчётный период

## Compliance dashboard

compliance-title = Соблюдение требований
compliance-intro = Положение каждой организации: состояние, следующий отчёт, насколько он просрочен, последнее уведомление и неотправленные письма.
compliance-col-affiliate = Организация
compliance-col-status = Состояние
compliance-col-next = Следующий отчёт
compliance-col-overdue = Дней просрочки
compliance-col-notice = Последнее уведомление
compliance-col-mail = Проблемы с почтой
compliance-filter-overdue = Только просроченные
compliance-filter-mail = Только с проблемами почты
compliance-mail-failed = Не отправлено: { $count }. { $error }

## The annual report builder's draft

report-draft-summary-heading = Кратко
report-draft-summary = { $name } провела { $events ->
    [one] { $events } мероприятие
    [few] { $events } мероприятия
   *[other] { $events } мероприятий
} с { $start } по { $end }.
report-draft-totals = На { $reported } мероприятиях с записанными итогами было { $participants } участников и { $new_editors } новых редакторов; создано статей: { $articles_created }, улучшено: { $articles_improved }, загружено файлов: { $uploads }.
report-draft-events-heading = Мероприятия
report-draft-no-events = За этот период здесь не записано мероприятий.
report-draft-members-heading = Члены
report-draft-members = Присоединились: { $joined }; в конце периода в группе было { $total } членов.
report-draft-board-heading = Правление
report-draft-board = Члены правления: { $names }.
report-draft-board-changes = Правление менялось: { $dates }.
report-draft-plans-heading = Уроки и планы
report-draft-plans = (Напишите здесь, что получилось, что было трудно и что дальше.)

## Report errors

field-error-report_missing = Дайте ссылку на отчёт или напишите его здесь.
field-error-report_link_or_text = Дайте ссылку или напишите отчёт, но не то и другое.
field-error-review_note_required = Напишите, что нужно изменить.
field-error-deferment_reason_required = Выберите причину отсрочки.
field-error-period_overlaps = Этот период пересекается с периодом с { $start } по { $end }.
field-error-period_too_long = Отчётный период длится не больше двух лет.
field-error-due_before_end = Срок сдачи раньше конца периода.
error-report_accepted = Этот отчёт уже принят.
error-report_not_filed = Проверить можно только сданный и ещё не принятый отчёт.
error-report_filed = Этот отчёт уже сдан.
error-report_deferred = Этот отчёт уже отложен.
error-not_expired = Этого решения ждёт только организация с истёкшим признанием.
error-period_overlaps = Этот период пересекается с другим.

## Elections: refusals

error-nominations_closed = Выдвижение кандидатов на эти выборы сейчас закрыто.
error-already_nominated = Этот человек уже выдвинут.
error-voting_not_open = Голосование ещё не началось.
error-voting_closed = Голосование закончилось.
error-not_eligible_voter = Вас нет в списке избирателей: он для членов, вступивших до установленной даты.
error-voting_not_closed = Голоса подсчитываются после окончания голосования.
field-error-not_eligible_candidate = Кандидатами могут быть только члены, вступившие до установленной даты.
field-error-ballot_method = Этот бюллетень не подходит для этих выборов.
field-error-ballot_empty = Отметьте хотя бы одного кандидата.
field-error-ballot_unknown_candidate = В бюллетене указан тот, кто не является кандидатом.
field-error-ballot_repeated_candidate = В бюллетене один кандидат указан дважды.
field-error-ballot_stances = Для каждого кандидата выберите «за», «нейтрально» или «против».
field-error-receipt_required = Вы уже проголосовали: чтобы изменить голос, введите код квитанции вашего бюллетеня.
field-error-receipt_unknown = Бюллетеня с таким кодом квитанции нет.
field-error-seats_range = Укажите число мест от 1 до { $max }.
field-error-invalid_instant = Запишите время как 2027-03-01 или 2027-03-01T09:00:00Z.
field-error-voting_before_nominations_close = Голосование может начаться только после окончания выдвижения.

## The board on the profile

board-heading = Правление
board-now = Сейчас в правлении: { $names } (до { $end }).
board-phase = С { $year }-го года группы: мест — { $seats }, срок — { $months } мес., { $how }.
board-chosen-founders = назначаются основателями
board-chosen-election = избираются членами
board-before = { $names }, { $start } – { $end }

## Election pages

elections-title = Выборы: { $name }
elections-none = Выборов пока нет.
election-phase-upcoming = Предстоят
election-phase-nominating = Идёт выдвижение
election-phase-waiting = Выдвижение закончено; скоро голосование
election-phase-voting = Идёт голосование
election-phase-closed = Завершены
election-voting-dates = Голосование: { $start } – { $end }
election-nomination-dates = Выдвижение: { $start } – { $end }
election-seats = Мест: { $seats }
election-choice = Выбор { $rank }
election-round-elected = Избраны: { $names }.
election-round-eliminated = Выбыли: { $names }.
election-turnout = { $count ->
    [one] Проголосовал { $count } член.
    [few] Проголосовали { $count } члена.
   *[other] Проголосовали { $count } членов.
}
election-method-meek = Расставьте сколько угодно кандидатов по порядку, самого предпочтительного первым. Подсчёт — Meek STV с квотой Друпа, как на выборах в Совет Викимедиа.
election-method-approval = Одобрите всех кандидатов, которых поддерживаете; побеждают набравшие больше одобрений.
election-method-plurality = Выберите одного кандидата; побеждают набравшие больше голосов.
election-method-support_oppose = Для каждого кандидата выберите «за», «нейтрально» или «против»; порядок — по доле «за» ÷ («за» + «против»).
election-receipt-found = Ваш бюллетень учтён.
election-receipt-missing = В подсчёте нет бюллетеня с таким кодом.
election-receipt-heading = Код вашей квитанции
election-receipt-keep = Сохраните этот код. Он нигде не связан с вашим именем: по нему можно проверить, что бюллетень учтён, и изменить голос до конца голосования. Выдать его повторно никто не сможет.
election-candidates = Кандидаты
election-no-candidates = Кандидатов пока нет.
election-withdrawn = снял кандидатуру
election-statement = Ваше обращение (почему члены должны избрать вас)
election-stand = Выдвинуть себя
election-ballot = Ваш бюллетень
election-support = За
election-neutral = Нейтрально
election-oppose = Против
election-change-receipt = Чтобы изменить голос — код квитанции вашего бюллетеня
election-change-vote = Изменить мой голос
election-vote = Проголосовать
election-result = Итоги
election-elected = Избраны:
election-round = Раунд
election-quota = Квота
election-blt = Бюллетени в файле BLT (пересчитайте любой программой STV)
election-ballots = Опубликованные бюллетени
election-check-receipt = Проверить код квитанции
election-check = Проверить
elections-link = Выборы
election-surplus = Избыток
election-keep-factor = Доля удержания
election-rounds-intro = В каждом раунде: квота, голоса каждого кандидата (с долей, которую избранный кандидат оставляет себе от каждого дошедшего до него голоса, × доля удержания), избыток сверх квоты и кто избран или выбыл.

## Setting up an election

election-new = Новые выборы
election-field-method = Метод подсчёта
election-field-title = Название
election-field-seats = Мест
election-field-nominations_open = Начало выдвижения
election-field-nominations_close = Конец выдвижения
election-field-voting_open = Начало голосования
election-field-voting_close = Конец голосования
election-field-voters_joined_before = Голосуют вступившие до
election-field-voters_min_edits = Минимум правок избирателя (необязательно)
election-field-candidates_joined_before = Баллотируются вступившие до (если пусто — дата для избирателей)
election-field-term_start = Начало срока
election-field-term_end = Конец срока
election-method-name-meek = Ранжирование, Meek STV
election-method-name-approval = Одобрение
election-method-name-plurality = Один выбор
election-method-name-support_oppose = За, нейтрально или против
election-awaiting = Ждут согласия:
election-accept = Принять выдвижение
election-withdraw = Снять кандидатуру
election-nominee = Выдвинуть другого члена (его имя участника; оставьте пустым, чтобы выдвинуть себя)
election-statement-edit = Написать или перевести это заявление
election-statement-lang = Язык (код, например en, bn или ur)
election-statement-save = Сохранить заявление
election-statement-outdated = Этот перевод сделан с более ранней версии заявления.
error-statement_source_nominee_only = Заявление на языке, на котором оно написано, может изменить только сам кандидат; добавьте перевод на другой язык.
field-error-duplicate = Это указано дважды.
field-error-presenter_one_of = Для каждого докладчика укажите либо имя участника, либо имя гостя.
field-error-session_minutes_range = Сессия длится от 5 до { $max } минут.
field-error-language_not_offered = В этом приглашении такой язык не предлагается.
field-error-presenter_unknown = Учётной записи с таким именем нет; укажите человека как гостя.
field-error-signature_without_date = У подписи нет даты; подписывайтесь четырьмя тильдами (~~~~).
error-cfp_not_open = Приём заявок ещё не открыт.
error-cfp_closed = Приём заявок закрыт.
error-proposal_not_editable = Эту заявку больше нельзя изменить.
error-not_proposer = Это могут делать только докладчики заявки.
error-proposal_withdrawn = Эта заявка отозвана.
conf-proposals-title = Заявки на { $title }
conf-new-title = Заявка на { $title }
conf-cfp-upcoming = Приём заявок откроется { $date }.
conf-cfp-open = Приём заявок открыт до { $date }.
conf-cfp-closed = Приём заявок закрылся { $date }.
conf-minutes = { $minutes } мин.
conf-session-types = Форматы сессий
conf-languages = Языки
conf-interpretation = Между этими языками можно организовать перевод.
conf-interested-count = Интересуются: { $count }
conf-new = Подать заявку
conf-none = Заявок пока нет.
conf-status-submitted = Ждёт рассмотрения
conf-status-withdrawn = Отозвана
conf-status-accepted = Принята
conf-status-waitlisted = В листе ожидания
conf-status-rejected = Не принята
conf-field-presenters = Докладчики с учётной записью (имена участников, по одному в строке)
conf-field-guests = Докладчики без учётной записи (имена, по одному в строке)
conf-field-contact_email = Адрес электронной почты (необязательно; видят только организаторы и докладчики)
conf-field-affiliation = Организация
conf-field-title = Название
conf-field-lang = Язык
conf-field-language_note = Как устроен язык сессии (необязательно)
conf-field-session_type = Формат
conf-field-minutes = Нужное время в минутах (пусто — обычная длительность формата)
conf-field-track = Направление
conf-field-plan = Подробно опишите свой план
conf-field-support = Какая поддержка вам нужна
conf-field-benefit = Чем эта сессия полезна сообществам?
conf-submit = Отправить заявку
conf-save = Сохранить изменения
conf-presenters = Докладчики
conf-time-needed = Нужное время
conf-submitted-by = Отправил(а) { $name }, { $date }
conf-contact = Контактные данные
conf-topic = Тема
conf-edit = Изменить заявку
conf-withdraw = Отозвать заявку
conf-interested = Заинтересованные участники
conf-interested-none = Пока никто не подписался.
conf-interest-add = Мне интересно
conf-interest-remove = Убрать мой интерес
event-proposals = Приём заявок и программа
conf-mail-subject = { $title }: { $decision }
conf-mail-body =
    Здравствуйте, { $name }!
    {""}
    Организаторы приняли решение по вашей заявке «{ $title }»: { $decision }.
    {""}
    { $note }
    {""}
    Посмотреть заявку:
    { $url }
    {""}
    — Sangam
error-not_reviewer = Это могут делать только рецензенты конференции.
error-own_proposal = Рецензенты не оценивают заявки, которые отправили или представляют сами.
field-error-score_count = Поставьте по одной оценке за каждый из критериев ({ $count }).
field-error-score_out_of_scale = Оценки ставятся от 0 до { $max }.
field-error-weight_range = Вес — число больше 0 и не больше 100.
field-error-too_large = Не больше { $max }.
error-room_taken = В это время в этом зале другая сессия.
error-presenter_busy = Один из докладчиков этой сессии в это время на другой сессии.
error-proposal_not_accepted = В программу попадают только принятые сессии.
field-error-session_longer_than_slots = Эта сессия длиннее любого временного слота.
field-error-outside_slots = Поставьте сессию внутрь одного из временных слотов конференции.
conf-programme-title = Программа: { $title }
conf-programme-zone = Время указано по { $zone }.
conf-programme-empty = В программе пока нет сессий.
conf-programme = Программа
conf-when-where = В программе:
conf-add-to-calendar = Добавить в мой календарь
sch-title = Стипендии: { $title }
sch-review-title = Заявки на стипендии: { $title }
sch-upcoming = Приём заявок начнётся { $date }.
sch-open = Заявки принимаются до { $date }.
sch-closed = Приём заявок закончился { $date }.
sch-phase = Этап
sch-phase-open = Приём заявок
sch-phase-eligibility = Проверка соответствия
sch-phase-scoring = Оценка
sch-phase-decision = Решение
sch-phase-published = Решения опубликованы
sch-advance-eligibility = Закрыть приём и проверить соответствие
sch-advance-scoring = Начать оценку
sch-advance-decision = Закрыть оценку и принять решения
sch-advance-published = Опубликовать решения и написать заявителям
sch-criteria = Рецензенты оценивают: { $criteria }, каждое от 0 до { $max }.
sch-field-region = Страна или регион
sch-field-history = Прежние конференции и заявки на стипендии (например, «подавал в 2019 и 2023 годах»)
sch-field-contributions = Ваш вклад в вики и сообщество
sch-field-motivation = Почему вы хотите участвовать?
sch-field-need = Нужная поддержка
sch-need-full = Полная стипендия (дорога, проживание и регистрация)
sch-need-partial = Частичная стипендия
sch-apply = Отправить заявку
sch-save = Сохранить
sch-sign-in = Войдите, чтобы подать заявку.
sch-yours = Ваша заявка
sch-sent = Отправлена { $date }.
sch-decision = Решение
sch-decision-full = Полная стипендия
sch-decision-partial = Частичная стипендия
sch-decision-waitlist = В листе ожидания
sch-decision-declined = Не присуждена
sch-decision-message = Сообщение заявителю
sch-your-scores = Ваши оценки
sch-your-score = Ваша оценка
sch-reviewer-n = Рецензент { $n }
sch-reviewer = Рецензент
sch-weighted = Взвешенная
sch-score = Средняя оценка
sch-cutoff = Наименьшая оценка среди получивших стипендию
sch-spread = Разброс оценок рецензентов
sch-comment = Комментарий
sch-score-it = Оценить эту заявку
sch-flag = Отметка
sch-flag-none = Без отметки
sch-flag-spam = Спам
sch-flag-ineligible = Не соответствует условиям
sch-flag-note = Причина
sch-review-link = Рассмотреть заявки
sch-back-to-event = К мероприятию
sch-back-to-round = К стипендиям
sch-none = Заявок пока нет.
sch-applicant = Заявитель
sch-email = Электронная почта
sch-reviewers = Рецензенты (имена участников, по одному в строке)
sch-application-of = Заявка на стипендию: { $name }
event-scholarship = Стипендии
sch-mail-subject = { $conference }: стипендия — { $decision }
sch-mail-body =
    Здравствуйте, { $name }!
    {""}
    Решения о стипендиях на { $conference } опубликованы. Ваше: { $decision }.
    {""}
    { $note }
    {""}
    Ваши оценки и проходной балл — на странице стипендий:
    { $url }
    {""}
    — Sangam
error-scholarship_not_open = Приём заявок на эти стипендии ещё не начался.
error-scholarship_closed = Приём заявок на эти стипендии закончился.
error-round_under_way = Этап приёма заявок прошёл; изменить это уже нельзя.
error-applications_undecided = По некоторым заявкам ещё нет решения.
error-wrong_phase = Сейчас не тот этап для этого.
error-own_application = Рецензенты не оценивают и не отмечают свою собственную заявку.
error-application_flagged = Эта заявка отмечена: её не оценивают, и её можно только отклонить.
error-application_private = Эту заявку видят только заявитель, рецензенты и организаторы.
field-error-phase_order = Этапы идут по одному, только вперёд.
conf-call-title = Приём заявок на доклады: { $title }
conf-save-call = Сохранить приём заявок
conf-field-opens = Начало (дата или дата и время в UTC, например 2027-03-01T00:00:00Z)
conf-field-closes = Конец (дата или дата и время в UTC)
conf-field-session_types = Виды сессий, по одному в строке: ключ | название | минуты
conf-field-tracks = Направления, по одному в строке (необязательно)
conf-field-languages = Языки сессий (коды вроде en hi bn через пробел)
conf-field-questions = Ваши вопросы, по одному в строке (поставьте * в конце, чтобы сделать обязательным)
conf-field-criteria = Что оценивают рецензенты, по одному в строке: название | вес
conf-field-score_max = Верх шкалы (оценки начинаются с 0)
conf-link-call = Настроить приём заявок
conf-link-reviews = Рассмотреть заявки
conf-link-schedule = Залы и время
sch-link-round = Настроить стипендии
sch-edit-title = Стипендии: { $title }
sch-save-round = Сохранить стипендии
conf-reviews-title = Рецензирование заявок: { $title }
conf-status = Состояние
conf-reviews = Рецензии
conf-review-it = Оценить эту заявку
conf-decision-message = Сообщение докладчикам (уходит письмом вместе с решением)
conf-place = Поставить в программу
conf-room = Зал
conf-start = Начало
conf-schedule-title = Залы и время: { $title }
conf-rooms = Залы
conf-room-name = Название зала
conf-add-room = Добавить зал
conf-slots = Временные интервалы
conf-slots-help = По одному в строке, начало – конец, в часовом поясе конференции, например 2027-08-01T10:00 – 2027-08-01T13:00
conf-accepted-sessions = Принятые сессии
conf-not-placed = ещё не в программе

election-counting = Голоса подсчитываются. Обновите страницу через минуту.
election-count-failed = Подсчёт не уложился в ограничения этого сервера, поэтому итогов пока нет. Организаторам сообщено.
election-count-failed-organizer = Администратор сайта может дать подсчёту больше времени или памяти (count_seconds, count_memory_mb в настройках); затем подсчитайте заново здесь.
election-recount = Подсчитать заново
error-nothing_to_recount = Нет остановленного подсчёта, который можно начать заново.
history-count-failed = Подсчёт голосов на выборах «{ $title }» не уложился в ограничения этого сервера.
