### Sangam: español (Spanish). Source comments are in locales/en/sangam.ftl.

## Page frame

site-name = Sangam
site-tagline = Punto de encuentro de las organizaciones afiliadas de Wikimedia
skip-to-content = Ir al contenido
nav-directory = Afiliados
nav-hubs = Centros regionales
nav-former = Antes activos
nav-sign-in = Iniciar sesión
nav-sign-out = Cerrar sesión
nav-signed-in-as = Sesión iniciada como { $username }
nav-account = Tu cuenta
lang-switcher-label = Idioma
footer-api = API (OpenAPI)
footer-about = Sangam es software libre que las comunidades de Wikimedia gestionan por sí mismas.

## Affiliate kinds and statuses

kind-user_group = Grupo de usuarios
kind-chapter = Capítulo
kind-thematic_organization = Organización temática
kind-hub = Centro regional
status-recognized = Reconocido
status-active = Activo
status-past_due = Informe atrasado
status-suspended = Suspendido
status-expired = Vencido
status-formerly_active = Antes activo

## Directory

directory-title = Afiliados de Wikimedia
directory-intro = Grupos de usuarios, capítulos, organizaciones temáticas y centros regionales, con las regiones e idiomas en los que trabajan.
directory-count = { $count ->
    [one] { $count } afiliado
   *[other] { $count } afiliados
}
directory-empty = Ningún afiliado coincide con estos filtros.
directory-serves-count = { $count ->
    [one] { $count } país
   *[other] { $count } países
}
directory-new = Añadir un afiliado
filter-region = Región
filter-country = País
filter-language = Idioma
filter-status = Estado
filter-kind = Tipo
filter-any = Cualquiera
filter-apply = Filtrar
filter-clear = Quitar filtros
filter-include-former = Incluir afiliados antes activos
column-name = Nombre
column-kind = Tipo
column-country = Con sede en
column-regions = Trabaja en
column-languages = Idiomas
column-status = Estado
pagination-previous = Anterior
pagination-next = Siguiente
pagination-page = Página { $page } de { $pages }
former-title = Afiliados antes activos
former-intro = Afiliados cuyo reconocimiento terminó. Sus páginas e historial se conservan aquí.

## Profile

profile-logo-alt = Logotipo de { $name }
profile-logo-source = Logotipo en Wikimedia Commons
field-slug = Dirección
field-kind = Tipo
field-status = Estado
field-name = Nombre
field-other-names = En otros idiomas
field-motto = Lema
field-founders = Fundadores
field-key-people = Personas clave
field-contact-people = Personas de contacto
field-admins = Organizadores con permiso de edición
field-location = Ubicación
field-country = País
field-country-code = Código de país
field-regions = Regiones en las que trabaja
field-languages = Idiomas oficiales
field-founded = Fundación
field-recognized = Reconocimiento
field-agreement = Período del acuerdo
field-mission = Misión
field-goals = Enfoques y objetivos
field-contacts = Contacto
field-email = Correo electrónico
field-telegram = Telegram
field-mailing-list = Lista de correo
field-website = Sitio web
field-membership-policy = Membresía
field-logo = Logotipo
field-lang = Idioma de los textos
date-range = { $start } – { $end }
profile-telegram-link = Grupo de Telegram
profile-untranslated = Aún sin traducir; se muestra en { $language }.
profile-hubs = Forma parte de
profile-edit = Editar este perfil
profile-history = Historial
profile-back = Volver al perfil
profile-updated = Último cambio el { $date }
profile-map-alt = Mapa de los países en los que trabaja: { $countries }
profile-map-none = No hay países indicados.

## Regional hubs

hubs-title = Centros regionales
hubs-intro = Los centros regionales reúnen a los afiliados de una región.
hub-affiliates = Afiliados de este centro
hub-affiliate-count = { $count ->
    [one] { $count } afiliado
   *[other] { $count } afiliados
}
hub-map-title = Países en los que trabajan los afiliados de este centro
hub-edit-affiliates = Afiliados de este centro
hub-edit-affiliates-help = Elige los afiliados que reúne este centro.

## History

history-title = Historial de { $name }
history-empty = Aún no hay cambios registrados.
history-created = { $actor } creó este perfil.
history-updated = { $actor } cambió { $fields }.
history-status = { $actor } cambió el estado de «{ $from }» a «{ $to }».
history-notice = Aviso de { $actor }: { $text }
history-hub-members = { $actor } cambió los afiliados de este centro.
history-actor-system = Sangam
history-time = { $time } (UTC)

## Editing

edit-title = Editar { $name }
new-title = Nuevo afiliado
edit-lang-help = Los textos de abajo están en este idioma. Para añadir o corregir una traducción, elige otro idioma y pulsa «Cambiar idioma».
edit-lang-switch = Cambiar idioma
edit-source = Texto original ({ $language }):
edit-codes-help = Códigos de país ISO, separados por comas o espacios, p. ej. BD, IN, PK
edit-languages-help = Códigos de idioma (BCP 47), separados por comas o espacios, p. ej. tg, ru, en
edit-people-help = Nombres de usuario de Wikimedia, uno por línea
edit-date-help = Un año, un mes o un día: 2022, 2022-12 o 2022-12-08
edit-day-help = Un día: 2023-01-31
edit-logo-help = El nombre de un archivo de imagen en Wikimedia Commons, p. ej. Wikimedia Community Logo.svg
edit-telegram-help = Un enlace t.me o @nombredelgrupo
edit-goal = Objetivo { $n }
edit-goal-heading = Título
edit-goal-body = Texto
edit-goals-help = Deja vacíos el título y el texto de un objetivo para eliminarlo.
edit-site-admin-only = Solo los administradores del sitio pueden cambiar esto.
edit-save = Guardar
edit-cancel = Cancelar
edit-saved = Guardado.
edit-created = Se creó el afiliado.
form-errors = Corrige los campos marcados.
section-identity = Identidad
section-texts = Textos
section-people = Personas
section-place = Lugar e idiomas
section-dates = Fechas
section-contacts = Contacto

## Signing in

signin-title = Iniciar sesión
signin-username = Nombre de usuario de Wikimedia
signin-password = Contraseña
signin-submit = Iniciar sesión
signout-done = Has cerrado la sesión.
signin-throttled-account = Demasiados intentos fallidos de inicio de sesión en esta cuenta. Vuelve a intentarlo dentro de { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}.
signin-throttled-address = Demasiados intentos fallidos de inicio de sesión desde tu red. Vuelve a intentarlo dentro de { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}.

## Account

account-title = Tu cuenta
account-username = Nombre de usuario de Wikimedia
account-email = Correo electrónico (privado: no se muestra a nadie más)
account-preferred-lang = Idioma de la interfaz
account-lang-browser = El de mi navegador
account-save = Guardar
account-saved = Se guardaron tus preferencias.
account-site-admin = Eres administrador del sitio.
account-admin-of = Organizas:

## Errors

error-title = Algo no va bien
error-not_found = No encontramos lo que buscabas.
error-unauthenticated = Primero inicia sesión.
error-bad_credentials = Nombre de usuario o contraseña incorrectos.
error-too_many_attempts = Demasiados intentos fallidos de inicio de sesión. Vuelve a intentarlo dentro de { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}.
error-forbidden = No tienes permiso para hacer esto.
error-site_admin_only = Solo los administradores del sitio pueden hacer esto.
error-not_affiliate_admin = Solo los organizadores de este afiliado pueden hacer esto.
error-session_expired = Tu sesión ha caducado. Vuelve a iniciar sesión.
error-csrf_failed = Este formulario caducó o no se envió desde este sitio. Recarga la página e inténtalo de nuevo.
error-validation_failed = Hay campos que corregir.
error-slug_taken = Otro afiliado ya usa esta dirección.
error-edited_meanwhile = Otra persona guardó este perfil mientras lo editabas. Tus cambios no se guardaron; el formulario los muestra para que puedas compararlos y guardar de nuevo.
error-account_exists = Ya existe una cuenta con este nombre de usuario.
error-invalid_json = El cuerpo de la solicitud no es JSON válido: { $detail }
error-unsupported_media_type = Envía el cuerpo de la solicitud como application/json.
error-payload_too_large = La solicitud es demasiado grande.
error-method_not_allowed = Esta dirección no acepta este tipo de solicitud.
error-bad_request = No se pudo entender la solicitud.
error-internal = Algo falló de nuestro lado. Inténtalo más tarde.
error-back-home = Volver al directorio

## Field errors

field-error-required = Este campo es obligatorio.
field-error-too_long = Como máximo { $max } caracteres.
field-error-too_many = Como máximo { $max } elementos.
field-error-bidi_control = Quita los caracteres invisibles de dirección del texto.
field-error-control_character = Quita los caracteres de control invisibles.
field-error-unknown_country = «{ $code }» no es un código de país ISO 3166-1.
field-error-unknown_language = «{ $code }» no es un idioma que conozcamos.
field-error-invalid_language = «{ $code }» no es una etiqueta de idioma (BCP 47) como tg o zh-Hans.
field-error-invalid_date = Escribe la fecha como 2022, 2022-12 o 2022-12-08.
field-error-impossible_date = Esta fecha no existe.
field-error-date_needs_day = Indica una fecha completa, como 2022-12-08.
field-error-range_reversed = El final es anterior al inicio.
field-error-invalid_email = Esto no es una dirección de correo electrónico.
field-error-invalid_url = Esto no es una dirección web que empiece por https://.
field-error-invalid_slug = Usa de 2 a 64 letras latinas minúsculas, cifras y guiones sueltos.
field-error-reserved_slug = Esta dirección está reservada.
field-error-slug_taken = Otro afiliado ya usa esta dirección.
field-error-invalid_choice = Elige una de las opciones.
field-error-invalid_file_name = Indica el nombre de un archivo de imagen en Wikimedia Commons, como Example.svg.
field-error-username_character = Los nombres de usuario no pueden contener «{ $character }».
field-error-password_too_short = Al menos { $min } caracteres.
field-error-unknown_affiliate = No hay ningún afiliado con esta dirección.
field-error-not_a_hub = Solo un centro regional puede tener afiliados miembros.

## Membership

members-title = Miembros de { $name }
members-heading = Miembros
members-count = { $count ->
    [one] { $count } miembro
   *[other] { $count } miembros
}
members-sort-date = Por fecha de inscripción
members-sort-name = Por nombre
members-talk = discusión
members-no-date = sin fecha
members-utc = (UTC)
members-signed-up = Inscripción
members-join = Unirse
members-sign-in-to-join = Inicia sesión para unirte
members-you-are-member = Eres miembro.
members-you-applied = Tu solicitud espera la revisión de los organizadores.
members-leave = Dejar el grupo
members-joined = ¡Bienvenida, bienvenido! Ya eres miembro.
members-applied = ¡Gracias! Los organizadores revisarán tu solicitud.
members-left = Has dejado el grupo.
members-imported = Se importó la lista.
members-wikitext = Lista de miembros en wikitexto, para Meta-Wiki
members-organizers = Para organizadores
members-csv = Exportar como CSV
members-import = Importar una lista de inscripción de la wiki
members-rules = Reglas de membresía
members-pending = Solicitudes pendientes
members-pending-none = No hay solicitudes pendientes.
members-no-review = Este grupo admite miembros sin revisión.
members-answers-hidden = Solo los organizadores de este grupo ven las respuestas.
members-approve = Aprobar
members-decline = Rechazar
role-board = Miembro de la junta
role-contact = Persona de contacto
role-founder = Fundador
membership-status-pending = pendiente de aprobación
membership-status-active = miembro
membership-status-declined = rechazada
membership-status-left = se retiró
account-memberships = Tus membresías
account-no-memberships = Aún no eres miembro de ningún grupo.
join-title = Unirse a { $name }
join-terms = Quién puede unirse
join-refused = Todavía no puedes unirte:
join-kind = Te unes como
join-kind-individual = persona
join-kind-institution = institución
join-age = Tu edad
join-country = País de ciudadanía o residencia
join-institution = Nombre de la institución
join-institution-help = Solo si te unes en nombre de una institución.
join-institution-country = País donde está registrada la institución
join-edit-count = Tu número de ediciones en Wikimedia
join-account-created = Cuándo se creó tu cuenta de Wikimedia
join-unverified = declarado, sin verificar
join-unverified-help = Según lo sepas; los organizadores pueden comprobarlo.
join-answer = Respuesta
join-privacy = Tus respuestas solo las ven tú y los organizadores de este grupo.
join-apply = Solicitar
rule-min_age = Los miembros tienen al menos { $min } años.
rule-countries = Los miembros son ciudadanos o residentes de { $countries }.
rule-institutions = Las instituciones también pueden unirse.
rule-institution_countries = Pueden unirse instituciones registradas en { $countries }.
rule-min_edits = Los miembros han hecho al menos { $min } ediciones en proyectos Wikimedia.
rule-min_account_days = Las cuentas de Wikimedia de los miembros tienen al menos { $days } días.
rule-review = Los organizadores revisan cada solicitud.
refusal-min_age = Para unirte debes tener al menos { $min } años.
refusal-age_missing = Indica tu edad: los miembros tienen al menos { $min } años.
refusal-country = Este grupo es para ciudadanos y residentes de { $countries }.
refusal-institutions_not_admitted = Este grupo no admite instituciones.
refusal-institution_country = Solo pueden unirse instituciones registradas en { $countries }.
refusal-min_edits = Los miembros necesitan al menos { $min } ediciones en proyectos Wikimedia.
refusal-min_account_age = La cuenta de Wikimedia debe tener al menos { $days } días.
rules-title = Reglas de membresía de { $name }
rules-review = Los organizadores revisan las solicitudes antes de admitir a alguien
rules-allow-institutions = Las instituciones pueden unirse
rules-min-age = Edad mínima
rules-countries = Ciudadanos o residentes de (vacío: cualquiera)
rules-institution-countries = Instituciones registradas en
rules-institution-countries-help = Códigos de país ISO; déjalo vacío para admitir instituciones de cualquier lugar.
rules-min-edits = Número mínimo de ediciones en Wikimedia (declarado por quien solicita)
rules-min-account-days = Antigüedad mínima de la cuenta de Wikimedia, en días (declarada por quien solicita)
rules-questions = Preguntas para quienes solicitan
rules-questions-help = Deja una pregunta vacía para eliminarla.
rules-question = Pregunta
rules-required = Respuesta obligatoria
import-title = Importar una lista de inscripción a { $name }
import-help = Pega una lista de inscripción de una página de Meta-Wiki, tal como se ve o en wikitexto. Cada persona conserva la fecha de su firma. Revisa la vista previa y luego importa.
import-text = La lista
import-preview = Vista previa
import-apply = Importar estos miembros
import-problems = Líneas que no se pueden leer
import-line = Línea
import-reason = Motivo
import-already = ya es miembro
import-new = nuevo
import-fix-first = Corrige o quita las líneas que no se pueden leer y vuelve a importar. No se importó nada.
import-summary = { $entries } entradas, { $new } nuevas; { $problems } líneas no se pueden leer; se omitieron otras { $skipped } líneas.
import-problem-no_name = Esta línea no tiene nombre.
import-problem-bad_name = Esto no puede ser un nombre de usuario de Wikimedia.
import-problem-unreadable_date = No se puede leer la fecha.
import-problem-impossible_date = Esta fecha no existe.
import-problem-time_without_zone = La hora no tiene zona horaria (UTC).
history-by = { $actor }: { $what }
history-members-imported = { $count ->
    [one] importó { $count } miembro de una lista de inscripción.
   *[other] importó { $count } miembros de una lista de inscripción.
}
history-member-approved = { $actor } aprobó la solicitud de { $member }.
history-member-declined = { $actor } rechazó la solicitud de { $member }.
history-membership-rules = { $actor } cambió las reglas de membresía.
error-already_member = Ya eres miembro de este grupo o tu solicitud está pendiente.
error-not_eligible = No cumples las reglas de membresía de este grupo.
field-error-impossible_age = Indica una edad entre 5 y 120.
field-error-future_date = Esta fecha está en el futuro.
field-error-invalid_number = Indica un número entero.
field-error-unknown_question = Este grupo no hace esa pregunta.
field-error-import_too_large = La lista supera los 10 MB.
field-error-import_empty = La lista está vacía.
field-error-import_utf16 = El archivo está en UTF-16. Guárdalo como UTF-8 e inténtalo de nuevo.
field-error-import_binary = Esto no es texto.
field-error-import_not_utf8 = El texto no está en UTF-8 (quizá en una codificación antigua). Guárdalo como UTF-8 e inténtalo de nuevo.
field-error-import_unreadable_lines = Algunas líneas no se pueden leer; no se importó nada.

## Events and the activities calendar

calendar-heading = Actividades
calendar-title = Actividades de { $name }
calendar-link = Calendario de actividades
calendar-feed = Suscribirse (iCalendar)
calendar-wikitext = Wikitexto para Meta-Wiki
calendar-years = Años
calendar-all-years = Todos los años
calendar-empty = Todavía no hay actividades.
event-time-range-zone = { $start } – { $end } ({ $zone })
event-time-range-utc = { $start } – { $end } (UTC)
event-status-planned = Planificada
event-status-ongoing = En curso
event-status-done = Realizada
event-status-cancelled = Cancelada
event-kind-edit-a-thon = Editatón
event-kind-workshop = Taller
event-kind-training = Formación
event-kind-photowalk = Paseo fotográfico
event-kind-upload-a-thon = Subitón
event-kind-meetup = Encuentro
event-kind-contest = Concurso
event-kind-conference = Conferencia
event-kind-campaign = Campaña
event-kind-other = Otro
event-mode-online = En línea
event-mode-in-person = Presencial
event-mode-hybrid = Híbrida
event-field-when = Cuándo
event-field-kind = Tipo
event-field-mode = Dónde
event-field-venue = Lugar
event-field-organizers = Organizan
event-field-hashtags = Etiquetas
event-field-wikis = Wikis
event-feed = Añadir al calendario (iCalendar)

## Event errors

field-error-unknown_time_zone = “{ $zone }” no es una zona horaria conocida; usa un nombre como Asia/Dhaka.
field-error-time_skipped = En esta zona horaria los relojes se saltan las { $time } (horario de verano); elige otra hora.
field-error-invalid_time = Escribe la hora como 18:30.
field-error-end_before_start = El final debe ser posterior al inicio.
field-error-invalid_coordinates = Indica una latitud (−90 a 90) y una longitud (−180 a 180), o ninguna.
field-error-venue_required = Un evento presencial necesita un lugar o una dirección.
field-error-online_has_no_place = Un evento en línea no tiene coordenadas.
field-error-capacity_not_positive = Indica de 1 a { $max } plazas, o déjalo vacío si no hay límite.
field-error-invalid_wiki = “{ $wiki }” no es una dirección de wiki como bn.wikipedia.org.
field-error-invalid_hashtag = “{ $hashtag }” no es una etiqueta (solo letras, cifras y _).
error-already_registered = Ya estás inscrito en este evento.
error-registration_closed = La inscripción a este evento no está abierta.
error-registration_not_open_yet = La inscripción a este evento aún no ha comenzado.
error-registration_ended = La inscripción a este evento ha terminado.
error-event_over = Este evento ha terminado o se ha cancelado.

## Event registration

event-registration = Inscripción
event-seats = { $taken } de { $capacity } plazas ocupadas.
event-seats-unlimited = { $taken } inscritos.
event-waiting = { $count } en lista de espera.
event-register = Inscribirme
event-register-private = No mostrar mi nombre en la lista pública de participantes
event-registered = Tienes plaza.
event-promoted = Se liberó una plaza: pasaste de la lista de espera y tienes plaza.
event-waitlisted = Eres el número { $position } en la lista de espera.
event-cancel = Cancelar mi inscripción
event-sign-in-to-register = Inicia sesión para inscribirte.
event-participants = Participantes
event-private = privada
event-seat-registered = plaza
event-seat-waitlisted = espera
event-seat-cancelled = cancelada
event-meeting = Enlace de la reunión

## Event outcomes

outcomes-heading = Resultados
outcome-participants = Participantes
outcome-new_editors = Editores nuevos
outcome-articles_created = Artículos creados
outcome-articles_improved = Artículos mejorados
outcome-uploads = Subidas a Commons
outcome-notes = Notas
outcomes-save = Guardar los resultados
calendar-totals = Resultados por año
calendar-year = Año
event-cancel-event = Cancelar este evento
event-restore = Restablecer este evento
event-participants-csv = Participantes y respuestas (CSV)
field-error-event_not_held = Los resultados se registran cuando el evento se ha celebrado.

## My events

account-events = Mis eventos
account-no-events = No te has inscrito en ningún evento.
account-feed-create = Crear una dirección de calendario privada
account-feed-explain = Una dirección privada para tu aplicación de calendario con los eventos en los que te inscribiste. Quien la tenga los ve; crear una nueva desactiva la anterior.
account-feed-url = Tu dirección de calendario privada (solo se muestra ahora; cópiala en tu aplicación de calendario):

## Campaigns

nav-campaigns = Campañas
campaigns-title = Campañas
campaigns-empty = Todavía no hay campañas.
campaign-edition-count = { $count ->
    [one] { $count } edición
   *[other] { $count } ediciones
}
campaign-editions = Ediciones
campaign-taking-part = Participan
event-field-campaign = Edición de
calendar-campaigns = Campañas
field-error-unknown_campaign = No hay ninguna campaña con esta dirección.
error-campaign_slug_taken = Otra campaña ya usa esta dirección.
event-field-people = Organizadores
event-field-languages = Idiomas

## The event form

event-form-heading = Nuevo evento de { $name }
event-form-new = Nuevo evento
event-form-what = Qué
event-form-when = Cuándo
event-form-where = Dónde
event-form-more = Más
event-form-title = Título
event-form-all-day = Días completos (solo fechas)
event-form-start-date = Fecha de inicio
event-form-start-time = Hora de inicio
event-form-end-date = Fecha de fin
event-form-end-date-help = Vacío: el mismo día del inicio.
event-form-end-time = Hora de fin
event-form-time-zone = Zona horaria
event-form-time-zone-help = La zona de las horas de arriba, p. ej. Asia/Dhaka. Los lectores las ven también en su zona.
event-form-address = Dirección
event-form-latitude = Latitud
event-form-longitude = Longitud
event-form-capacity = Plazas (vacío: sin límite)
event-form-questions = Preguntas para quienes se inscriben
event-form-questions-help = Una por línea; empieza la línea con * para que sea obligatoria. Solo la organización ve las respuestas.
event-form-organizers-help = Nombres de usuario de Wikimedia, uno por línea.
event-form-description = Descripción
event-form-closes-date = La inscripción cierra el
event-form-closes-time = a las
event-form-registration-open = Se puede inscribir
event-form-save = Crear el evento

## Month grid

weekday-1 = lun
weekday-2 = mar
weekday-3 = mié
weekday-4 = jue
weekday-5 = vie
weekday-6 = sáb
weekday-7 = dom
calendar-view-list = Lista
calendar-view-grid = Cuadrícula del mes
calendar-previous-month = Mes anterior
calendar-next-month = Mes siguiente
calendar-show-times-in = Mostrar las horas también en la zona
calendar-show = Mostrar
event-form-edit-heading = Cambiar { $title }
event-edit = Cambiar este evento
event-undated = Sin fecha todavía
calendar-proposed = Actividades propuestas
event-form-proposed = Propuesta, sin fecha todavía
event-form-opens-date = La inscripción abre el

## Reports and the lifecycle

notice-reminder_30 = un recordatorio: un informe vence en 30 días
notice-reminder_7 = un recordatorio: un informe vence en 7 días
notice-past_due = un aviso: un informe obligatorio está vencido, con una fecha límite
notice-deadline = un aviso: la fecha límite del informe pendiente es dentro de una semana
notice-expiry = un aviso: pasó la fecha límite y el reconocimiento caducó
history-report-filed = un informe presentado
history-report-deferred = un informe aplazado un año

## Notice mail

mail-subject = { $affiliate }: { $what }
mail-report = El informe abarca del { $start } al { $end } y vence el { $due }.
mail-body =
    Hola, { $name }:
    {""}
    Esto es { $what }.
    { $report }
    {""}
    Presenta el informe o consulta la situación de tu grupo:
    { $url }
    {""}
    — Sangam

## Reports pages

reports-heading = Informes
reports-link = Informes requeridos y su estado
reports-title = Informes de { $name }
reports-intro = Los informes que esta afiliada debe por cada periodo, cuándo vence cada uno y en qué estado está.
reports-none = Todavía no se requiere ningún informe. Aparecen cuando empieza un periodo de acuerdo o un año fiscal.
reports-standing = Situación: { $status }.
report-kind-activity = Informe anual de actividades
report-kind-financial = Informe financiero
report-period = { $start } – { $end }
report-col-report = Informe
report-col-period = Periodo
report-col-due = Vence
report-col-status = Estado
report-status-upcoming = Próximo
report-status-due = Pendiente
report-status-past_due = Vencido
report-status-filed = Presentado
report-status-deferred = Aplazado
report-status-accepted = Aceptado
report-due-in = { $days ->
    [0] vence hoy
    [one] vence en { $days } día
   *[other] vence en { $days } días
}
report-overdue-by = { $days ->
    [one] { $days } día de retraso
   *[other] { $days } días de retraso
}
report-in-grace = en el periodo de gracia hasta el { $date }
report-heading = { $report }, { $period }
report-due-on = vence el { $date }
report-filed-on = Presentado el { $date }.
report-filed-by = Por { $username }.
report-accepted-on = Aceptado el { $date }.
report-changes-asked = Un administrador del sitio pidió cambios
report-deferred-because = Aplazado un año: { $reason }.
deferment-reason-natural_disaster = desastre natural
deferment-reason-pandemic = pandemia
deferment-reason-war = guerra
deferment-reason-government_restriction = restricción gubernamental
report-wikitext = Wikitexto para Meta-Wiki
report-file-heading = Presentar este informe
report-builder-intro = Este borrador se llenó con los eventos, resultados, miembros y cambios de junta registrados aquí para el periodo. Edítalo y luego preséntalo. Los informes en Meta-Wiki se escriben en inglés.
report-builder-totals = { $events } eventos, { $participants } participantes, { $joined } miembros nuevos.
report-build = Preparar el informe con nuestros datos
report-build-mine = en mi idioma
report-link-label = Enlace al informe (su página en Meta-Wiki)
report-body-label = O escribe el informe aquí
report-file = Presentar el informe
report-save-draft = Guardar el borrador
report-review-heading = Revisión
report-review-accept = Aceptar el informe
report-review-note = Qué debe cambiar
report-review-changes = Pedir cambios
report-defer = Aplazar un año
report-defer-reason = Motivo
report-defer-note = Qué ocurrió
report-decide-title = Vencida: decisión de un administrador
report-decide-intro = El reconocimiento venció porque faltó un informe después del plazo. Reconoce de nuevo a la afiliada por un nuevo periodo de acuerdo o pásala a las afiliadas antes activas.
report-field-start = Primer día
report-field-end = Último día
report-field-due = Vence el
report-decide-recognize = Reconocer de nuevo
report-decide-former = Pasar a antes activas
report-add-period = Añadir un periodo de informe
history-report-reviewed = un informe revisado
history-report-period = un periodo de informe añadido

## Compliance dashboard

compliance-title = Cumplimiento
compliance-intro = La situación de cada afiliada: su estado, el próximo informe, cuánto retraso lleva, el último aviso y el correo de avisos que no se pudo enviar.
compliance-col-affiliate = Afiliada
compliance-col-status = Estado
compliance-col-next = Próximo informe
compliance-col-overdue = Días de retraso
compliance-col-notice = Último aviso
compliance-col-mail = Problemas de correo
compliance-filter-overdue = Solo con retraso
compliance-filter-mail = Solo con problemas de correo
compliance-mail-failed = { $count } sin enviar: { $error }

## The annual report builder's draft

report-draft-summary-heading = Resumen
report-draft-summary = { $name } organizó { $events ->
    [one] un evento
   *[other] { $events } eventos
} entre el { $start } y el { $end }.
report-draft-totals = Los { $reported } eventos con resultados registrados reunieron { $participants } participantes y { $new_editors } editores nuevos; se crearon { $articles_created } artículos, se mejoraron { $articles_improved } y se subieron { $uploads } archivos.
report-draft-events-heading = Eventos
report-draft-no-events = No se registraron eventos aquí para este periodo.
report-draft-members-heading = Miembros
report-draft-members = Se unieron { $joined } personas; el grupo tenía { $total } miembros al final del periodo.
report-draft-board-heading = Junta
report-draft-board = Miembros de la junta: { $names }.
report-draft-board-changes = La junta cambió el { $dates }.
report-draft-plans-heading = Lecciones y planes
report-draft-plans = (Escribe aquí qué salió bien, qué fue difícil y qué viene después.)

## Report errors

field-error-report_missing = Da un enlace al informe o escríbelo aquí.
field-error-report_link_or_text = Da un enlace o escribe el informe, no ambos.
field-error-review_note_required = Di qué debe cambiar.
field-error-deferment_reason_required = Elige el motivo del aplazamiento.
field-error-period_overlaps = Este periodo se superpone con el del { $start } al { $end }.
field-error-period_too_long = Un periodo de informe dura como máximo dos años.
field-error-due_before_end = La fecha de vencimiento es anterior al fin del periodo.
error-report_accepted = Este informe ya fue aceptado.
error-report_not_filed = Solo se puede revisar un informe presentado y aún no aceptado.
error-report_filed = Este informe ya fue presentado.
error-report_deferred = Este informe ya fue aplazado.
error-not_expired = Solo una afiliada vencida espera esta decisión.
error-period_overlaps = Este periodo se superpone con otro.

## Elections: refusals

error-nominations_closed = Las candidaturas para esta elección no están abiertas.
error-already_nominated = Esta persona ya está nominada.
error-voting_not_open = La votación aún no ha comenzado.
error-voting_closed = La votación ha terminado.
error-not_eligible_voter = No figuras en el censo de esta elección: es para los miembros que se unieron antes de la fecha límite.
error-voting_not_closed = Los votos se cuentan cuando termina la votación.
field-error-not_eligible_candidate = Solo pueden presentarse los miembros que se unieron antes de la fecha límite.
field-error-ballot_method = Esta papeleta no corresponde al tipo de esta elección.
field-error-ballot_empty = Ordena al menos a un candidato.
field-error-ballot_unknown_candidate = Esta papeleta nombra a alguien que no es candidato.
field-error-ballot_repeated_candidate = Esta papeleta ordena dos veces al mismo candidato.
field-error-ballot_stances = Indica apoyo, neutral u oposición para cada candidato.
field-error-receipt_required = Ya has votado: para cambiar tu voto, escribe el código de recibo de tu papeleta.
field-error-receipt_unknown = No hay ninguna papeleta con este código de recibo.
field-error-seats_range = Indica un número de puestos entre 1 y { $max }.
field-error-invalid_instant = Escribe la hora como 2027-03-01 o 2027-03-01T09:00:00Z.
field-error-voting_before_nominations_close = La votación solo puede abrirse después de cerrar las candidaturas.

## The board on the profile

board-heading = Junta directiva
board-now = En la junta ahora: { $names } (hasta el { $end }).
board-phase = Desde el año { $year } del grupo: { $seats } puestos, mandatos de { $months } meses, { $how }.
board-chosen-founders = elegidos por los fundadores
board-chosen-election = elegidos por los miembros
board-before = { $names }, { $start } – { $end }

## Election pages

elections-title = Elecciones de { $name }
elections-none = Aún no hay elecciones.
election-phase-upcoming = Próxima
election-phase-nominating = Candidaturas abiertas
election-phase-waiting = Candidaturas cerradas; la votación abre pronto
election-phase-voting = Votación abierta
election-phase-closed = Cerrada
election-voting-dates = Votación: { $start } – { $end }
election-nomination-dates = Candidaturas: { $start } – { $end }
election-seats = Puestos: { $seats }
election-choice = Opción { $rank }
election-round-elected = Elegidos: { $names }.
election-round-eliminated = Eliminados: { $names }.
election-turnout = { $count ->
    [one] Ha votado un miembro.
   *[other] Han votado { $count } miembros.
}
election-method-meek = Ordena a tantos candidatos como quieras, el preferido primero. Se cuenta con Meek STV y la cuota Droop, como las elecciones a la Junta de Wikimedia.
election-method-approval = Aprueba a todos los candidatos que apoyes; ganan los más aprobados.
election-method-plurality = Elige un candidato; ganan los más votados.
election-method-support_oppose = Indica apoyo, neutral u oposición para cada candidato; se ordenan por apoyo ÷ (apoyo + oposición).
election-receipt-found = Tu papeleta está en el recuento.
election-receipt-missing = Ninguna papeleta del recuento tiene este código de recibo.
election-receipt-heading = Tu código de recibo
election-receipt-keep = Guarda este código. No está vinculado a tu nombre en ninguna parte: con él puedes comprobar que tu papeleta se cuenta y cambiar tu voto hasta el cierre. Nadie podrá dártelo de nuevo.
election-candidates = Candidatos
election-no-candidates = Aún no se presenta nadie.
election-withdrawn = retirado
election-statement = Tu declaración (por qué deberían elegirte)
election-stand = Presentarme
election-ballot = Tu papeleta
election-support = Apoyo
election-neutral = Ni a favor ni en contra
election-oppose = Oposición
election-change-receipt = Para cambiar tu voto, el código de recibo de tu papeleta
election-change-vote = Cambiar mi voto
election-vote = Votar
election-result = Resultado
election-elected = Elegidos:
election-round = Ronda
election-quota = Cuota
election-blt = Las papeletas como archivo BLT (recuéntalas con cualquier programa STV)
election-ballots = Las papeletas publicadas
election-check-receipt = Comprobar un código de recibo
election-check = Comprobar
elections-link = Elecciones
election-surplus = Excedente
election-keep-factor = Factor de retención
election-rounds-intro = En cada ronda: la cuota, los votos de cada candidato (con la parte de cada voto que un candidato elegido conserva, × factor de retención), el excedente sobre la cuota y quién fue elegido o eliminado.

## Setting up an election

election-new = Nueva elección
election-field-method = Método de recuento
election-field-title = Título
election-field-seats = Puestos
election-field-nominations_open = Apertura de candidaturas
election-field-nominations_close = Cierre de candidaturas
election-field-voting_open = Apertura de la votación
election-field-voting_close = Cierre de la votación
election-field-voters_joined_before = Votan los que se unieron antes del
election-field-voters_min_edits = Ediciones mínimas para votar (opcional)
election-field-candidates_joined_before = Pueden presentarse los que se unieron antes del (si está vacío, la fecha de los votantes)
election-field-term_start = Inicio del mandato
election-field-term_end = Fin del mandato
election-method-name-meek = Por orden, Meek STV
election-method-name-approval = Aprobación
election-method-name-plurality = Opción única
election-method-name-support_oppose = Apoyo, neutral u oposición
election-awaiting = Esperan su aceptación:
election-accept = Aceptar la nominación
election-withdraw = Retirarme
election-nominee = Nominar a otro miembro (su nombre de usuario; vacío para presentarte tú)
election-statement-edit = Escribir o traducir esta declaración
election-statement-lang = Idioma (un código como en, bn o ur)
election-statement-save = Guardar la declaración
election-statement-outdated = Esta traducción se hizo a partir de una versión anterior de la declaración.
error-statement_source_nominee_only = Solo la persona candidata puede cambiar la declaración en el idioma en que la escribió; añade una traducción a otro idioma.
field-error-duplicate = Esto aparece dos veces.
field-error-presenter_one_of = Indica para cada ponente un nombre de usuario o el nombre de una persona invitada.
field-error-session_minutes_range = Una sesión dura de 5 a { $max } minutos.
field-error-language_not_offered = La convocatoria no ofrece este idioma.
field-error-presenter_unknown = Ninguna cuenta tiene este nombre de usuario; indícala como persona invitada.
field-error-signature_without_date = Una firma no tiene fecha; firma con cuatro virgulillas (~~~~).
error-cfp_not_open = La convocatoria de propuestas aún no está abierta.
error-cfp_closed = La convocatoria de propuestas ha cerrado.
error-proposal_not_editable = Esta propuesta ya no se puede cambiar.
error-not_proposer = Solo los ponentes de la propuesta pueden hacer esto.
error-proposal_withdrawn = Esta propuesta fue retirada.
conf-proposals-title = Propuestas para { $title }
conf-new-title = Una propuesta para { $title }
conf-cfp-upcoming = La convocatoria de propuestas abre el { $date }.
conf-cfp-open = La convocatoria de propuestas está abierta hasta el { $date }.
conf-cfp-closed = La convocatoria de propuestas cerró el { $date }.
conf-minutes = { $minutes } minutos
conf-session-types = Tipos de sesión
conf-languages = Idiomas
conf-interpretation = Se puede organizar interpretación entre estos idiomas.
conf-interested-count = { $count } interesados
conf-new = Enviar una propuesta
conf-none = Todavía no hay propuestas.
conf-status-submitted = Pendiente de revisión
conf-status-withdrawn = Retirada
conf-status-accepted = Aceptada
conf-status-waitlisted = En lista de espera
conf-status-rejected = No aceptada
conf-field-presenters = Ponentes con cuenta (nombres de usuario, uno por línea)
conf-field-guests = Ponentes sin cuenta (nombres, uno por línea)
conf-field-contact_email = Correo electrónico (opcional; solo lo ven la organización y los ponentes)
conf-field-affiliation = Afiliación
conf-field-title = Título
conf-field-lang = Idioma
conf-field-language_note = Cómo se maneja el idioma (opcional)
conf-field-session_type = Tipo
conf-field-minutes = Tiempo necesario, en minutos (vacío para la duración habitual del tipo)
conf-field-track = Eje temático
conf-field-plan = Describe tu plan en detalle
conf-field-support = El apoyo que necesitas
conf-field-benefit = ¿Cómo beneficiará esta sesión a las comunidades?
conf-submit = Enviar la propuesta
conf-save = Guardar los cambios
conf-presenters = Ponentes
conf-time-needed = Tiempo necesario
conf-submitted-by = Enviada por { $name } el { $date }
conf-contact = Datos de contacto
conf-topic = El tema
conf-edit = Cambiar la propuesta
conf-withdraw = Retirar la propuesta
conf-interested = Asistentes interesados
conf-interested-none = Nadie ha firmado todavía.
conf-interest-add = Me interesa
conf-interest-remove = Quitar mi interés
event-proposals = Convocatoria de propuestas y programa
conf-mail-subject = { $title }: { $decision }
conf-mail-body =
    Hola, { $name }:
    {""}
    La organización ha decidido sobre tu propuesta «{ $title }»: { $decision }.
    {""}
    { $note }
    {""}
    Ver la propuesta:
    { $url }
    {""}
    — Sangam
error-not_reviewer = Solo las personas revisoras de la conferencia pueden hacer esto.
error-own_proposal = Nadie revisa una propuesta que envió o presenta.
field-error-score_count = Da una puntuación por cada uno de los { $count } criterios.
field-error-score_out_of_scale = Las puntuaciones van de 0 a { $max }.
field-error-weight_range = Un peso es un número mayor que 0 y como mucho 100.
field-error-too_large = Como mucho { $max }.
error-room_taken = A esa hora hay otra sesión en esta sala.
error-presenter_busy = Un ponente de esta sesión está en otra sesión a esa hora.
error-proposal_not_accepted = Solo las sesiones aceptadas entran en el programa.
field-error-session_longer_than_slots = Esta sesión es más larga que cualquier franja horaria.
field-error-outside_slots = Coloca la sesión dentro de una de las franjas horarias de la conferencia.
conf-programme-title = Programa de { $title }
conf-programme-zone = Horas en { $zone }.
conf-programme-empty = Aún no hay sesiones en el programa.
conf-programme = El programa
conf-when-where = En el programa:
conf-add-to-calendar = Añadir a mi calendario
sch-title = Becas para { $title }
sch-review-title = Solicitudes de beca para { $title }
sch-upcoming = Las solicitudes se abren el { $date }.
sch-open = Las solicitudes están abiertas hasta el { $date }.
sch-closed = Las solicitudes se cerraron el { $date }.
sch-phase = Etapa
sch-phase-open = Recibiendo solicitudes
sch-phase-eligibility = Comprobando la elegibilidad
sch-phase-scoring = Puntuación
sch-phase-decision = Decisión
sch-phase-published = Decisiones publicadas
sch-advance-eligibility = Cerrar las solicitudes y comprobar la elegibilidad
sch-advance-scoring = Empezar a puntuar
sch-advance-decision = Cerrar la puntuación y decidir
sch-advance-published = Publicar las decisiones y avisar por correo
sch-criteria = Los revisores puntúan { $criteria }, cada uno de 0 a { $max }.
sch-field-region = País o región
sch-field-history = Conferencias y solicitudes de beca anteriores (por ejemplo «solicité en 2019 y 2023»)
sch-field-contributions = Tus contribuciones a los wikis y a la comunidad
sch-field-motivation = ¿Por qué quieres asistir?
sch-field-need = Ayuda necesaria
sch-need-full = Beca completa (viaje, alojamiento e inscripción)
sch-need-partial = Beca parcial
sch-apply = Enviar mi solicitud
sch-save = Guardar
sch-sign-in = Inicia sesión para solicitar.
sch-yours = Tu solicitud
sch-sent = Enviada el { $date }.
sch-decision = Decisión
sch-decision-full = Beca completa
sch-decision-partial = Beca parcial
sch-decision-waitlist = En lista de espera
sch-decision-declined = No concedida
sch-decision-message = Mensaje para la persona solicitante
sch-your-scores = Tus puntuaciones
sch-your-score = Tu puntuación
sch-reviewer-n = Revisor { $n }
sch-reviewer = Revisor
sch-weighted = Ponderada
sch-score = Puntuación media
sch-cutoff = Puntuación más baja con beca
sch-spread = Dispersión de los revisores
sch-comment = Comentario
sch-score-it = Puntuar esta solicitud
sch-flag = Marca
sch-flag-none = Sin marca
sch-flag-spam = Spam
sch-flag-ineligible = No elegible
sch-flag-note = Motivo
sch-review-link = Revisar las solicitudes
sch-back-to-event = Volver al evento
sch-back-to-round = Volver a las becas
sch-none = Aún no hay solicitudes.
sch-applicant = Solicitante
sch-email = Correo electrónico
sch-reviewers = Revisores (nombres de usuario, uno por línea)
sch-application-of = Solicitud de beca de { $name }
event-scholarship = Becas
sch-mail-subject = { $conference }: beca — { $decision }
sch-mail-body =
    Hola, { $name }:
    {""}
    Se han publicado las decisiones de becas para { $conference }. La tuya: { $decision }.
    {""}
    { $note }
    {""}
    Tus puntuaciones y el corte están en la página de las becas:
    { $url }
    {""}
    — Sangam
error-scholarship_not_open = Las solicitudes de estas becas aún no están abiertas.
error-scholarship_closed = Las solicitudes de estas becas se han cerrado.
error-round_under_way = La convocatoria ya pasó de la etapa de solicitudes; no se puede cambiar.
error-applications_undecided = Algunas solicitudes aún no tienen decisión.
error-wrong_phase = La convocatoria no está en la etapa para esto.
error-own_application = Los revisores no puntúan ni marcan su propia solicitud.
error-application_flagged = Esta solicitud está marcada: no se puntúa y solo puede rechazarse.
error-application_private = Solo la persona solicitante, los revisores y los organizadores pueden ver esta solicitud.
field-error-phase_order = La convocatoria avanza una etapa cada vez.
conf-call-title = La convocatoria de propuestas de { $title }
conf-save-call = Guardar la convocatoria
conf-field-opens = Se abre (una fecha, o fecha y hora en UTC como 2027-03-01T00:00:00Z)
conf-field-closes = Se cierra (una fecha, o fecha y hora en UTC)
conf-field-session_types = Tipos de sesión, uno por línea: clave | nombre | minutos
conf-field-tracks = Líneas temáticas, una por línea (opcional)
conf-field-languages = Idiomas de las sesiones (códigos como en hi bn, separados por espacios)
conf-field-questions = Tus propias preguntas, una por línea (termina con * para hacerla obligatoria)
conf-field-criteria = Lo que puntúan los revisores, uno por línea: nombre | peso
conf-field-score_max = El máximo de la escala (las puntuaciones empiezan en 0)
conf-link-call = Definir la convocatoria de propuestas
conf-link-reviews = Revisar las propuestas
conf-link-schedule = Salas y franjas horarias
sch-link-round = Definir la convocatoria de becas
sch-edit-title = La convocatoria de becas de { $title }
sch-save-round = Guardar la convocatoria
conf-reviews-title = Revisión de las propuestas para { $title }
conf-status = Estado
conf-reviews = Revisiones
conf-review-it = Revisar esta propuesta
conf-decision-message = Mensaje para los ponentes (se envía con la decisión)
conf-place = Colocar en el programa
conf-room = Sala
conf-start = Empieza a las
conf-schedule-title = Salas y franjas horarias de { $title }
conf-rooms = Salas
conf-room-name = Nombre de la sala
conf-add-room = Añadir la sala
conf-slots = Franjas horarias
conf-slots-help = Una por línea, inicio – fin, en la zona horaria de la conferencia, como 2027-08-01T10:00 – 2027-08-01T13:00
conf-accepted-sessions = Sesiones aceptadas
conf-not-placed = aún no está en el programa

election-counting = Se están contando los votos. Vuelva a cargar esta página en un minuto.
election-count-failed = El recuento no pudo terminar dentro de los límites de este servidor, así que aún no hay resultado. Se ha avisado a los organizadores.
election-count-failed-organizer = Un administrador del sitio puede dar más tiempo o memoria a los recuentos (count_seconds, count_memory_mb en la configuración); después, vuelva a contar aquí.
election-recount = Volver a contar
error-nothing_to_recount = No hay ningún recuento detenido que volver a empezar.
history-count-failed = El recuento de la elección «{ $title }» no pudo terminar dentro de los límites de este servidor.
