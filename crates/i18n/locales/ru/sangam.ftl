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
