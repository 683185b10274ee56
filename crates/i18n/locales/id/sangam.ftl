### Sangam: Bahasa Indonesia (Indonesian). Source comments are in locales/en/sangam.ftl.

## Page frame

site-name = Sangam
site-tagline = Pusat komunitas organisasi afiliasi Wikimedia
skip-to-content = Langsung ke isi
nav-directory = Afiliasi
nav-hubs = Hub regional
nav-former = Pernah aktif
nav-sign-in = Masuk
nav-sign-out = Keluar
nav-signed-in-as = Masuk sebagai { $username }
nav-account = Akun Anda
lang-switcher-label = Bahasa
footer-api = API (OpenAPI)
footer-about = Sangam adalah perangkat lunak bebas yang dijalankan sendiri oleh komunitas Wikimedia.

## Affiliate kinds and statuses

kind-user_group = Kelompok pengguna
kind-chapter = Kapitel
kind-thematic_organization = Organisasi tematik
kind-hub = Hub regional
status-recognized = Diakui
status-active = Aktif
status-past_due = Laporan terlambat
status-suspended = Ditangguhkan
status-expired = Kedaluwarsa
status-formerly_active = Pernah aktif

## Directory

directory-title = Afiliasi Wikimedia
directory-intro = Kelompok pengguna, kapitel, organisasi tematik, dan hub regional, beserta wilayah dan bahasa tempat mereka berkegiatan.
directory-count = { $count } afiliasi
directory-empty = Tidak ada afiliasi yang cocok dengan filter ini.
directory-serves-count = { $count } negara
directory-new = Tambahkan afiliasi
filter-region = Wilayah
filter-country = Negara
filter-language = Bahasa
filter-status = Status keanggotaan
filter-kind = Jenis
filter-any = Semua
filter-apply = Saring
filter-clear = Hapus filter
filter-include-former = Sertakan afiliasi yang pernah aktif
column-name = Nama
column-kind = Jenis
column-country = Berbasis di
column-regions = Melayani
column-languages = Bahasa
column-status = Status keanggotaan
pagination-previous = Sebelumnya
pagination-next = Berikutnya
pagination-page = Halaman { $page } dari { $pages }
former-title = Afiliasi yang pernah aktif
former-intro = Afiliasi yang pengakuannya telah berakhir. Halaman dan riwayatnya tetap disimpan di sini.

## Profile

profile-logo-alt = Logo { $name }
profile-logo-source = Logo di Wikimedia Commons
field-slug = Alamat
field-kind = Jenis
field-status = Status keanggotaan
field-name = Nama
field-other-names = Dalam bahasa lain
field-motto = Moto
field-founders = Pendiri
field-key-people = Tokoh utama
field-contact-people = Narahubung
field-admins = Penyelenggara dengan hak sunting
field-location = Lokasi
field-country = Negara
field-country-code = Kode negara
field-regions = Wilayah layanan
field-languages = Bahasa resmi
field-founded = Didirikan
field-recognized = Diakui
field-agreement = Masa perjanjian
field-mission = Misi
field-goals = Pendekatan dan tujuan
field-contacts = Kontak
field-email = Surel
field-telegram = Telegram
field-mailing-list = Milis
field-website = Situs web
field-membership-policy = Keanggotaan
field-logo = Logo afiliasi
field-lang = Bahasa teks
date-range = { $start } – { $end }
profile-telegram-link = Grup Telegram
profile-untranslated = Belum diterjemahkan; ditampilkan dalam { $language }.
profile-hubs = Bagian dari
profile-edit = Sunting profil ini
profile-history = Riwayat
profile-back = Kembali ke profil
profile-updated = Terakhir diubah pada { $date }
profile-map-alt = Peta negara yang dilayani: { $countries }
profile-map-none = Tidak ada negara yang dicantumkan.

## Regional hubs

hubs-title = Hub regional
hubs-intro = Hub regional menyatukan afiliasi di satu wilayah.
hub-affiliates = Afiliasi di hub ini
hub-affiliate-count = { $count } afiliasi
hub-map-title = Negara yang dilayani afiliasi hub ini
hub-edit-affiliates = Afiliasi hub ini
hub-edit-affiliates-help = Pilih afiliasi yang disatukan oleh hub ini.

## History

history-title = Riwayat { $name }
history-empty = Belum ada perubahan yang tercatat.
history-created = { $actor } membuat profil ini.
history-updated = { $actor } mengubah { $fields }.
history-status = { $actor } mengubah status dari { $from } menjadi { $to }.
history-notice = Pemberitahuan dari { $actor }: { $text }
history-hub-members = { $actor } mengubah afiliasi hub ini.
history-actor-system = Sangam
history-time = { $time } (UTC)

## Editing

edit-title = Sunting { $name }
new-title = Afiliasi baru
edit-lang-help = Teks di bawah ini dalam bahasa ini. Untuk menambah atau memperbaiki terjemahan, pilih bahasa lain lalu tekan "Ganti bahasa".
edit-lang-switch = Ganti bahasa
edit-source = Teks sumber ({ $language }):
edit-codes-help = Kode negara ISO, dipisahkan koma atau spasi, misalnya BD, IN, PK
edit-languages-help = Kode bahasa (BCP 47), dipisahkan koma atau spasi, misalnya tg, ru, en
edit-people-help = Nama pengguna Wikimedia, satu per baris
edit-date-help = Tahun, bulan, atau hari: 2022, 2022-12, atau 2022-12-08
edit-day-help = Satu hari: 2023-01-31
edit-logo-help = Nama berkas gambar di Wikimedia Commons, misalnya Wikimedia Community Logo.svg
edit-telegram-help = Tautan t.me atau @namagrup
edit-goal = Tujuan { $n }
edit-goal-heading = Judul
edit-goal-body = Teks
edit-goals-help = Kosongkan judul dan teks suatu tujuan untuk menghapusnya.
edit-site-admin-only = Hanya pengurus situs yang dapat mengubah ini.
edit-save = Simpan
edit-cancel = Batal
edit-saved = Tersimpan.
edit-created = Afiliasi telah dibuat.
form-errors = Harap perbaiki isian yang ditandai.
section-identity = Identitas
section-texts = Teks
section-people = Orang
section-place = Tempat dan bahasa
section-dates = Tanggal
section-contacts = Kontak

## Signing in

signin-title = Masuk
signin-username = Nama pengguna Wikimedia
signin-password = Kata sandi
signin-submit = Masuk
signout-done = Anda telah keluar.
signin-throttled-account = Terlalu banyak percobaan masuk yang gagal untuk akun ini. Coba lagi dalam { $minutes } menit.
signin-throttled-address = Terlalu banyak percobaan masuk yang gagal dari jaringan Anda. Coba lagi dalam { $minutes } menit.

## Account

account-title = Akun Anda
account-username = Nama pengguna Wikimedia
account-email = Surel (pribadi: tidak ditampilkan kepada orang lain)
account-preferred-lang = Bahasa antarmuka
account-lang-browser = Sesuai peramban saya
account-save = Simpan
account-saved = Pengaturan Anda telah disimpan.
account-site-admin = Anda adalah pengurus situs.
account-admin-of = Anda menyelenggarakan:

## Errors

error-title = Ada yang tidak beres
error-not_found = Kami tidak menemukan yang Anda cari.
error-unauthenticated = Silakan masuk terlebih dahulu.
error-bad_credentials = Nama pengguna atau kata sandi salah.
error-too_many_attempts = Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam { $minutes } menit.
error-forbidden = Anda tidak diizinkan melakukan ini.
error-site_admin_only = Hanya pengurus situs yang dapat melakukan ini.
error-not_affiliate_admin = Hanya penyelenggara afiliasi ini yang dapat melakukan ini.
error-session_expired = Sesi Anda telah berakhir. Silakan masuk lagi.
error-csrf_failed = Formulir ini sudah kedaluwarsa atau tidak berasal dari situs ini. Muat ulang halaman lalu coba lagi.
error-validation_failed = Beberapa isian perlu diperbaiki.
error-slug_taken = Alamat ini sudah dipakai afiliasi lain.
error-edited_meanwhile = Orang lain menyimpan profil ini saat Anda menyuntingnya. Perubahan Anda belum tersimpan; formulir menampilkannya agar Anda dapat membandingkan dan menyimpan lagi.
error-account_exists = Akun dengan nama pengguna ini sudah ada.
error-invalid_json = Isi permintaan bukan JSON yang sah: { $detail }
error-unsupported_media_type = Kirim isi permintaan sebagai application/json.
error-payload_too_large = Permintaan terlalu besar.
error-method_not_allowed = Alamat ini tidak menerima jenis permintaan ini.
error-bad_request = Permintaan tidak dapat dipahami.
error-internal = Terjadi masalah di pihak kami. Silakan coba lagi nanti.
error-back-home = Kembali ke direktori

## Field errors

field-error-required = Isian ini wajib diisi.
field-error-too_long = Paling banyak { $max } karakter.
field-error-too_many = Paling banyak { $max } entri.
field-error-bidi_control = Hapus karakter arah teks yang tak terlihat.
field-error-control_character = Hapus karakter kendali yang tak terlihat.
field-error-unknown_country = "{ $code }" bukan kode negara ISO 3166-1.
field-error-unknown_language = "{ $code }" bukan bahasa yang kami kenal.
field-error-invalid_language = "{ $code }" bukan tag bahasa (BCP 47) seperti tg atau zh-Hans.
field-error-invalid_date = Tulis tanggal sebagai 2022, 2022-12, atau 2022-12-08.
field-error-impossible_date = Tanggal ini tidak ada.
field-error-date_needs_day = Berikan tanggal lengkap, seperti 2022-12-08.
field-error-range_reversed = Akhir berada sebelum awal.
field-error-invalid_email = Ini bukan alamat surel.
field-error-invalid_url = Ini bukan alamat web yang diawali https://.
field-error-invalid_slug = Gunakan 2 sampai 64 huruf Latin kecil, angka, dan tanda hubung tunggal.
field-error-reserved_slug = Alamat ini dicadangkan.
field-error-slug_taken = Alamat ini sudah dipakai afiliasi lain.
field-error-invalid_choice = Pilih salah satu opsi.
field-error-invalid_file_name = Berikan nama berkas gambar di Wikimedia Commons, seperti Example.svg.
field-error-username_character = Nama pengguna tidak boleh berisi "{ $character }".
field-error-password_too_short = Sedikitnya { $min } karakter.
field-error-unknown_affiliate = Tidak ada afiliasi dengan alamat ini.
field-error-not_a_hub = Hanya hub regional yang dapat memiliki afiliasi anggota.

## Membership

members-title = Anggota { $name }
members-heading = Anggota
members-count = { $count } anggota
members-sort-date = Menurut tanggal bergabung
members-sort-name = Menurut nama
members-talk = bicara
members-no-date = tanggal tidak dicantumkan
members-utc = (UTC)
members-signed-up = Bergabung
members-join = Bergabung
members-sign-in-to-join = Masuk untuk bergabung
members-you-are-member = Anda anggota.
members-you-applied = Permohonan Anda menunggu tinjauan penyelenggara.
members-leave = Keluar dari kelompok
members-joined = Selamat datang! Anda kini anggota.
members-applied = Terima kasih! Penyelenggara akan meninjau permohonan Anda.
members-left = Anda telah keluar dari kelompok.
members-imported = Daftar telah diimpor.
members-wikitext = Daftar anggota dalam teks wiki, untuk Meta-Wiki
members-organizers = Untuk penyelenggara
members-csv = Ekspor sebagai CSV
members-import = Impor daftar pendaftaran dari wiki
members-rules = Aturan keanggotaan
members-pending = Permohonan yang menunggu
members-pending-none = Tidak ada permohonan yang menunggu.
members-no-review = Kelompok ini menerima anggota tanpa peninjauan.
members-answers-hidden = Jawaban hanya dapat dilihat oleh penyelenggara kelompok ini sendiri.
members-approve = Setujui
members-decline = Tolak
role-board = Anggota pengurus
role-contact = Narahubung
role-founder = Pendiri
membership-status-pending = menunggu persetujuan
membership-status-active = anggota
membership-status-declined = ditolak
membership-status-left = keluar
account-memberships = Keanggotaan Anda
account-no-memberships = Anda belum menjadi anggota kelompok mana pun.
join-title = Bergabung dengan { $name }
join-terms = Siapa yang dapat bergabung
join-refused = Anda belum dapat bergabung:
join-kind = Anda bergabung sebagai
join-kind-individual = perseorangan
join-kind-institution = lembaga
join-age = Usia Anda
join-country = Negara kewarganegaraan atau tempat tinggal
join-institution = Nama lembaga
join-institution-help = Hanya jika Anda bergabung atas nama lembaga.
join-institution-country = Negara tempat lembaga terdaftar
join-edit-count = Jumlah suntingan Anda di Wikimedia
join-account-created = Kapan akun Wikimedia Anda dibuat
join-unverified = menurut pengakuan, belum diverifikasi
join-unverified-help = Sepengetahuan Anda; penyelenggara dapat memeriksanya.
join-answer = Jawaban
join-privacy = Jawaban Anda hanya dilihat oleh Anda dan penyelenggara kelompok ini.
join-apply = Ajukan permohonan
rule-min_age = Anggota berusia sedikitnya { $min } tahun.
rule-countries = Anggota adalah warga atau penduduk { $countries }.
rule-institutions = Lembaga juga dapat bergabung.
rule-institution_countries = Lembaga yang terdaftar di { $countries } dapat bergabung.
rule-min_edits = Anggota telah membuat sedikitnya { $min } suntingan di proyek Wikimedia.
rule-min_account_days = Akun Wikimedia anggota berumur sedikitnya { $days } hari.
rule-review = Penyelenggara meninjau setiap permohonan.
refusal-min_age = Untuk bergabung, usia Anda harus sedikitnya { $min } tahun.
refusal-age_missing = Harap isi usia Anda: anggota berusia sedikitnya { $min } tahun.
refusal-country = Kelompok ini untuk warga dan penduduk { $countries }.
refusal-institutions_not_admitted = Kelompok ini tidak menerima lembaga.
refusal-institution_country = Hanya lembaga yang terdaftar di { $countries } yang dapat bergabung.
refusal-min_edits = Anggota memerlukan sedikitnya { $min } suntingan di proyek Wikimedia.
refusal-min_account_age = Akun Wikimedia anggota harus berumur sedikitnya { $days } hari.
rules-title = Aturan keanggotaan { $name }
rules-review = Penyelenggara meninjau permohonan sebelum seseorang menjadi anggota
rules-allow-institutions = Lembaga dapat bergabung
rules-min-age = Usia minimal
rules-countries = Warga atau penduduk (kosongkan untuk siapa saja)
rules-institution-countries = Lembaga yang terdaftar di
rules-institution-countries-help = Kode negara ISO; kosongkan untuk menerima lembaga dari mana saja.
rules-min-edits = Jumlah suntingan minimal di Wikimedia (menurut pemohon)
rules-min-account-days = Umur minimal akun Wikimedia, dalam hari (menurut pemohon)
rules-questions = Pertanyaan untuk pemohon
rules-questions-help = Kosongkan suatu pertanyaan untuk menghapusnya.
rules-question = Pertanyaan
rules-required = Wajib dijawab
import-title = Impor daftar pendaftaran ke { $name }
import-help = Tempelkan daftar pendaftaran dari halaman Meta-Wiki, seperti yang tampak di halaman atau sebagai teks wiki. Setiap orang tetap memiliki tanggal tanda tangannya. Periksa pratinjau, lalu impor.
import-text = Daftar
import-preview = Pratinjau
import-apply = Impor anggota ini
import-problems = Baris yang tidak dapat dibaca
import-line = Baris
import-reason = Alasan
import-already = sudah anggota
import-new = baru
import-fix-first = Perbaiki atau hapus baris yang tidak dapat dibaca, lalu impor lagi. Tidak ada yang diimpor.
import-summary = { $entries } entri, { $new } di antaranya baru; { $problems } baris tidak dapat dibaca; { $skipped } baris lain dilewati.
import-problem-no_name = Tidak ada nama pada baris ini.
import-problem-bad_name = Ini tidak mungkin nama pengguna Wikimedia.
import-problem-unreadable_date = Tanggal tidak dapat dibaca.
import-problem-impossible_date = Tanggal ini tidak ada.
import-problem-time_without_zone = Waktunya tidak memiliki zona waktu (UTC).
history-by = { $actor }: { $what }
history-members-imported = mengimpor { $count } anggota dari daftar pendaftaran.
history-member-approved = { $actor } menyetujui permohonan { $member }.
history-member-declined = { $actor } menolak permohonan { $member }.
history-membership-rules = { $actor } mengubah aturan keanggotaan.
error-already_member = Anda sudah menjadi anggota kelompok ini, atau permohonan Anda sedang menunggu.
error-not_eligible = Anda tidak memenuhi aturan keanggotaan kelompok ini.
field-error-impossible_age = Isi usia antara 5 dan 120.
field-error-future_date = Tanggal ini ada di masa depan.
field-error-invalid_number = Isi bilangan bulat.
field-error-unknown_question = Kelompok ini tidak mengajukan pertanyaan itu.
field-error-import_too_large = Daftar lebih besar dari 10 MB.
field-error-import_empty = Daftar kosong.
field-error-import_utf16 = Berkas dalam UTF-16. Simpan sebagai UTF-8 lalu coba lagi.
field-error-import_binary = Ini bukan teks.
field-error-import_not_utf8 = Teks tidak dalam UTF-8 (mungkin pengodean lama). Simpan sebagai UTF-8 lalu coba lagi.
field-error-import_unreadable_lines = Beberapa baris tidak dapat dibaca; tidak ada yang diimpor.

## Events and the activities calendar

calendar-heading = Kegiatan
calendar-title = Kegiatan { $name }
calendar-link = Kalender kegiatan
calendar-feed = Berlangganan (iCalendar)
calendar-wikitext = Teks wiki untuk Meta-Wiki
calendar-years = Tahun
calendar-all-years = Semua tahun
calendar-empty = Belum ada kegiatan.
event-time-range-zone = { $start } – { $end } ({ $zone })
event-time-range-utc = { $start } – { $end } (UTC)
event-status-planned = Direncanakan
event-status-ongoing = Berlangsung
event-status-done = Selesai
event-status-cancelled = Dibatalkan
event-kind-edit-a-thon = Edit-a-thon (maraton suntingan)
event-kind-workshop = Lokakarya
event-kind-training = Pelatihan
event-kind-photowalk = Jalan-jalan foto
event-kind-upload-a-thon = Upload-a-thon (maraton unggahan)
event-kind-meetup = Pertemuan
event-kind-contest = Kontes
event-kind-conference = Konferensi
event-kind-campaign = Kampanye
event-kind-other = Lainnya
event-mode-online = Daring
event-mode-in-person = Tatap muka
event-mode-hybrid = Hibrida
event-field-when = Kapan
event-field-kind = Jenis
event-field-mode = Di mana
event-field-venue = Tempat
event-field-organizers = Penyelenggara
event-field-hashtags = Tagar
event-field-wikis = Wiki
event-feed = Tambahkan ke kalender (iCalendar)

## Event errors

field-error-unknown_time_zone = “{ $zone }” bukan zona waktu yang dikenal; gunakan nama seperti Asia/Dhaka.
field-error-time_skipped = Di zona waktu ini jam melewati { $time } (waktu musim panas); pilih waktu lain.
field-error-invalid_time = Tulis waktu seperti 18:30.
field-error-end_before_start = Akhir harus setelah awal.
field-error-invalid_coordinates = Isi lintang (−90 s.d. 90) dan bujur (−180 s.d. 180), atau tidak keduanya.
field-error-venue_required = Acara tatap muka memerlukan tempat atau alamat.
field-error-online_has_no_place = Acara daring tidak memiliki koordinat.
field-error-capacity_not_positive = Isi jumlah kursi 1 sampai { $max }, atau kosongkan jika tanpa batas.
field-error-invalid_wiki = “{ $wiki }” bukan alamat wiki seperti bn.wikipedia.org.
field-error-invalid_hashtag = “{ $hashtag }” bukan tagar (hanya huruf, angka, dan _).
error-already_registered = Anda sudah terdaftar di acara ini.
error-registration_closed = Pendaftaran acara ini tidak dibuka.
error-registration_not_open_yet = Pendaftaran acara ini belum dibuka.
error-registration_ended = Pendaftaran acara ini sudah ditutup.
error-event_over = Acara ini sudah selesai atau dibatalkan.

## Event registration

event-registration = Pendaftaran
event-seats = { $taken } dari { $capacity } kursi terisi.
event-seats-unlimited = { $taken } terdaftar.
event-waiting = { $count } menunggu.
event-register = Daftar
event-register-private = Jangan tampilkan nama saya di daftar peserta publik
event-registered = Anda mendapat kursi.
event-promoted = Ada kursi kosong: Anda naik dari daftar tunggu dan mendapat kursi.
event-waitlisted = Anda nomor { $position } di daftar tunggu.
event-cancel = Batalkan pendaftaran saya
event-sign-in-to-register = Masuk untuk mendaftar.
event-participants = Peserta
event-private = privat
event-seat-registered = kursi
event-seat-waitlisted = menunggu
event-seat-cancelled = dibatalkan
event-meeting = Tautan rapat

## Event outcomes

outcomes-heading = Hasil
outcome-participants = Peserta
outcome-new_editors = Penyunting baru
outcome-articles_created = Artikel dibuat
outcome-articles_improved = Artikel diperbaiki
outcome-uploads = Unggahan ke Commons
outcome-notes = Catatan
outcomes-save = Simpan hasil
calendar-totals = Hasil per tahun
calendar-year = Tahun
event-cancel-event = Batalkan acara ini
event-restore = Pulihkan acara ini
event-participants-csv = Peserta dan jawaban (CSV)
field-error-event_not_held = Hasil dapat dicatat setelah acara berlangsung.

## My events

account-events = Acara saya
account-no-events = Anda belum mendaftar acara apa pun.
account-feed-create = Buat alamat kalender pribadi
account-feed-explain = Alamat pribadi untuk aplikasi kalender Anda berisi acara yang Anda daftari. Siapa pun yang memilikinya dapat melihatnya; membuat yang baru menonaktifkan yang lama.
account-feed-url = Alamat kalender pribadi Anda (hanya ditampilkan sekarang; salin ke aplikasi kalender Anda):

## Campaigns

nav-campaigns = Kampanye
campaigns-title = Kampanye
campaigns-empty = Belum ada kampanye.
campaign-edition-count = { $count } edisi
campaign-editions = Edisi
campaign-taking-part = Peserta
event-field-campaign = Edisi dari
calendar-campaigns = Kampanye
field-error-unknown_campaign = Tidak ada kampanye dengan alamat ini.
error-campaign_slug_taken = Kampanye lain sudah memakai alamat ini.
event-field-people = Panitia
event-field-languages = Bahasa

## The event form

event-form-heading = Acara baru { $name }
event-form-new = Acara baru
event-form-what = Apa
event-form-when = Kapan
event-form-where = Di mana
event-form-more = Lainnya
event-form-title = Judul
event-form-all-day = Sehari penuh (tanggal saja)
event-form-start-date = Tanggal mulai
event-form-start-time = Waktu mulai
event-form-end-date = Tanggal selesai
event-form-end-date-help = Kosong: hari yang sama dengan mulai.
event-form-end-time = Waktu selesai
event-form-time-zone = Zona waktu
event-form-time-zone-help = Zona waktu untuk waktu di atas, mis. Asia/Dhaka. Pembaca juga melihatnya dalam zona mereka.
event-form-address = Alamat
event-form-latitude = Lintang
event-form-longitude = Bujur
event-form-capacity = Kursi (kosong: tanpa batas)
event-form-questions = Pertanyaan untuk pendaftar
event-form-questions-help = Satu per baris; awali baris dengan * agar wajib. Hanya penyelenggara yang melihat jawaban.
event-form-organizers-help = Nama pengguna Wikimedia, satu per baris.
event-form-description = Deskripsi
event-form-closes-date = Pendaftaran ditutup pada
event-form-closes-time = pukul
event-form-registration-open = Pendaftaran dibuka
event-form-save = Buat acara

## Month grid

weekday-1 = Sen
weekday-2 = Sel
weekday-3 = Rab
weekday-4 = Kam
weekday-5 = Jum
weekday-6 = Sab
weekday-7 = Min
calendar-view-list = Daftar
calendar-view-grid = Kisi bulan
calendar-previous-month = Bulan sebelumnya
calendar-next-month = Bulan berikutnya
calendar-show-times-in = Tampilkan waktu juga di zona
calendar-show = Tampilkan
event-form-edit-heading = Ubah { $title }
event-edit = Ubah acara ini
event-undated = Belum ada tanggal
calendar-proposed = Kegiatan yang diusulkan
event-form-proposed = Diusulkan, belum ada tanggal
event-form-opens-date = Pendaftaran dibuka pada

## Reports and the lifecycle

notice-reminder_30 = pengingat: laporan jatuh tempo dalam 30 hari
notice-reminder_7 = pengingat: laporan jatuh tempo dalam 7 hari
notice-past_due = pemberitahuan: laporan wajib telah lewat waktu, dengan tenggat
notice-deadline = pemberitahuan: tenggat laporan yang belum masuk tinggal seminggu
notice-expiry = pemberitahuan: tenggat lewat dan pengakuan berakhir
history-report-filed = laporan diserahkan
history-report-deferred = laporan ditunda setahun

## Notice mail

mail-subject = { $affiliate }: { $what }
mail-report = Laporan mencakup { $start } sampai { $end } dan jatuh tempo pada { $due }.
mail-body =
    Halo { $name },
    {""}
    Ini adalah { $what }.
    { $report }
    {""}
    Serahkan laporan atau lihat status grup Anda:
    { $url }
    {""}
    — Sangam

## Reports pages

reports-heading = Laporan
reports-link = Laporan wajib dan statusnya
reports-title = Laporan { $name }
reports-intro = Laporan yang wajib diserahkan afiliasi ini untuk setiap periode, kapan jatuh temponya, dan bagaimana statusnya.
reports-none = Belum ada laporan yang wajib. Laporan muncul saat periode perjanjian atau tahun fiskal dimulai.
reports-standing = Kedudukan: { $status }.
report-kind-activity = Laporan kegiatan tahunan
report-kind-financial = Laporan keuangan
report-period = { $start } – { $end }
report-col-report = Laporan
report-col-period = Periode
report-col-due = Jatuh tempo
report-col-status = Status laporan
report-status-upcoming = Akan datang
report-status-due = Harus diserahkan
report-status-past_due = Lewat tempo
report-status-filed = Diserahkan
report-status-deferred = Ditunda
report-status-accepted = Diterima
report-due-in = { $days ->
    [0] jatuh tempo hari ini
   *[other] jatuh tempo dalam { $days } hari
}
report-overdue-by = terlambat { $days } hari
report-in-grace = dalam masa tenggang sampai { $date }
report-heading = { $report }, { $period }
report-due-on = jatuh tempo pada { $date }
report-filed-on = Diserahkan pada { $date }.
report-filed-by = Oleh { $username }.
report-accepted-on = Diterima pada { $date }.
report-changes-asked = Admin situs meminta perubahan
report-deferred-because = Ditunda satu tahun: { $reason }.
deferment-reason-natural_disaster = bencana alam
deferment-reason-pandemic = pandemi
deferment-reason-war = perang
deferment-reason-government_restriction = pembatasan pemerintah
report-wikitext = Wikiteks untuk Meta-Wiki
report-file-heading = Serahkan laporan ini
report-builder-intro = Draf ini diisi dari acara, hasil, anggota, dan perubahan pengurus yang tercatat di sini untuk periode tersebut. Sunting, lalu serahkan. Laporan di Meta-Wiki ditulis dalam bahasa Inggris.
report-builder-totals = { $events } acara, { $participants } peserta, { $joined } anggota baru.
report-build = Susun laporan dari data kami
report-build-mine = dalam bahasa saya
report-link-label = Tautan ke laporan (halamannya di Meta-Wiki)
report-body-label = Atau tulis laporannya di sini
report-file = Serahkan laporan
report-save-draft = Simpan draf
report-review-heading = Tinjauan
report-review-accept = Terima laporan
report-review-note = Apa yang harus diubah
report-review-changes = Minta perubahan
report-defer = Tunda satu tahun
report-defer-reason = Alasan
report-defer-note = Apa yang terjadi
report-decide-title = Kedaluwarsa: keputusan admin
report-decide-intro = Pengakuan kedaluwarsa karena sebuah laporan tetap tidak ada setelah tenggatnya. Akui lagi afiliasi ini untuk periode perjanjian baru, atau pindahkan ke afiliasi yang pernah aktif.
report-field-start = Hari pertama
report-field-end = Hari terakhir
report-field-due = Jatuh tempo pada
report-decide-recognize = Akui lagi
report-decide-former = Pindahkan ke pernah aktif
report-add-period = Tambah periode laporan
history-report-reviewed = sebuah laporan ditinjau
history-report-period = sebuah periode laporan ditambahkan

## Compliance dashboard

compliance-title = Kepatuhan
compliance-intro = Kedudukan setiap afiliasi: statusnya, laporan berikutnya, seberapa terlambat, pemberitahuan terakhir, dan surel pemberitahuan yang gagal dikirim.
compliance-col-affiliate = Afiliasi
compliance-col-status = Status afiliasi
compliance-col-next = Laporan berikutnya
compliance-col-overdue = Hari terlambat
compliance-col-notice = Pemberitahuan terakhir
compliance-col-mail = Masalah surel
compliance-filter-overdue = Hanya yang terlambat
compliance-filter-mail = Hanya dengan masalah surel
compliance-mail-failed = { $count } tidak terkirim: { $error }

## The annual report builder's draft

report-draft-summary-heading = Ringkasan
report-draft-summary = { $name } mengadakan { $events } acara antara { $start } dan { $end }.
report-draft-totals = { $reported } acara dengan hasil tercatat menghadirkan { $participants } peserta dan { $new_editors } penyunting baru; { $articles_created } artikel dibuat, { $articles_improved } diperbaiki, dan { $uploads } berkas diunggah.
report-draft-events-heading = Acara
report-draft-no-events = Tidak ada acara yang tercatat di sini untuk periode ini.
report-draft-members-heading = Anggota
report-draft-members = { $joined } orang bergabung; kelompok ini memiliki { $total } anggota di akhir periode.
report-draft-board-heading = Pengurus
report-draft-board = Anggota pengurus: { $names }.
report-draft-board-changes = Pengurus berubah pada { $dates }.
report-draft-plans-heading = Pelajaran dan rencana
report-draft-plans = (Tulis di sini apa yang berjalan baik, apa yang sulit, dan apa selanjutnya.)

## Report errors

field-error-report_missing = Berikan tautan ke laporan atau tulis di sini.
field-error-report_link_or_text = Berikan tautan atau tulis laporannya, jangan keduanya.
field-error-review_note_required = Sebutkan apa yang harus diubah.
field-error-deferment_reason_required = Pilih alasan penundaan.
field-error-period_overlaps = Periode ini tumpang tindih dengan periode { $start } sampai { $end }.
field-error-period_too_long = Periode laporan paling lama dua tahun.
field-error-due_before_end = Tanggal jatuh tempo sebelum periode berakhir.
error-report_accepted = Laporan ini sudah diterima.
error-report_not_filed = Hanya laporan yang sudah diserahkan dan belum diterima yang bisa ditinjau.
error-report_filed = Laporan ini sudah diserahkan.
error-report_deferred = Laporan ini sudah ditunda.
error-not_expired = Hanya afiliasi yang kedaluwarsa yang menunggu keputusan ini.
error-period_overlaps = Periode ini tumpang tindih dengan periode lain.

## Elections: refusals

error-nominations_closed = Pencalonan untuk pemilihan ini sedang tidak dibuka.
error-already_nominated = Orang ini sudah dicalonkan.
error-voting_not_open = Pemungutan suara belum dibuka.
error-voting_closed = Pemungutan suara sudah ditutup.
error-not_eligible_voter = Anda tidak ada dalam daftar pemilih pemilihan ini: daftar itu untuk anggota yang bergabung sebelum tanggal batas.
error-voting_not_closed = Suara dihitung setelah pemungutan suara ditutup.
field-error-not_eligible_candidate = Hanya anggota yang bergabung sebelum tanggal batas yang dapat mencalonkan diri.
field-error-ballot_method = Surat suara ini tidak sesuai dengan jenis pemilihan ini.
field-error-ballot_empty = Urutkan setidaknya satu kandidat.
field-error-ballot_unknown_candidate = Surat suara ini menyebut orang yang bukan kandidat.
field-error-ballot_repeated_candidate = Surat suara ini mengurutkan satu kandidat dua kali.
field-error-ballot_stances = Berikan dukungan, netral, atau menentang untuk setiap kandidat.
field-error-receipt_required = Anda sudah memberikan suara: masukkan kode tanda terima surat suara Anda untuk mengubahnya.
field-error-receipt_unknown = Tidak ada surat suara dengan kode tanda terima ini.
field-error-seats_range = Berikan jumlah kursi dari 1 sampai { $max }.
field-error-invalid_instant = Tulis waktu seperti 2027-03-01 atau 2027-03-01T09:00:00Z.
field-error-voting_before_nominations_close = Pemungutan suara hanya dapat dibuka setelah pencalonan ditutup.

## The board on the profile

board-heading = Dewan pengurus
board-now = Menjabat sekarang: { $names } (sampai { $end }).
board-phase = Sejak tahun ke-{ $year } kelompok: { $seats } kursi, masa jabatan { $months } bulan, { $how }.
board-chosen-founders = dipilih oleh para pendiri
board-chosen-election = dipilih oleh anggota
board-before = { $names }, { $start } – { $end }

## Election pages

elections-title = Pemilihan { $name }
elections-none = Belum ada pemilihan.
election-phase-upcoming = Akan datang
election-phase-nominating = Pencalonan dibuka
election-phase-waiting = Pencalonan ditutup; pemungutan suara segera dibuka
election-phase-voting = Pemungutan suara dibuka
election-phase-closed = Selesai
election-voting-dates = Pemungutan suara: { $start } – { $end }
election-nomination-dates = Pencalonan: { $start } – { $end }
election-seats = Kursi: { $seats }
election-choice = Pilihan { $rank }
election-round-elected = Terpilih: { $names }.
election-round-eliminated = Tersisih: { $names }.
election-turnout = { $count ->
   *[other] { $count } anggota telah memberikan suara.
}
election-method-meek = Urutkan kandidat sebanyak yang Anda mau, yang paling disukai pertama. Dihitung dengan Meek STV dan kuota Droop, seperti pemilihan Dewan Wikimedia.
election-method-approval = Setujui semua kandidat yang Anda dukung; yang paling banyak disetujui menang.
election-method-plurality = Pilih satu kandidat; suara terbanyak menang.
election-method-support_oppose = Berikan dukungan, netral, atau menentang untuk tiap kandidat; diurutkan menurut dukungan ÷ (dukungan + menentang).
election-receipt-found = Surat suara Anda ada dalam penghitungan.
election-receipt-missing = Tidak ada surat suara dengan kode tanda terima ini dalam penghitungan.
election-receipt-heading = Kode tanda terima Anda
election-receipt-keep = Simpan kode ini. Kode ini tidak terkait dengan nama Anda di mana pun: dengannya Anda dapat memeriksa bahwa surat suara Anda dihitung, dan mengubah suara sampai pemungutan ditutup. Tidak ada yang dapat memberikannya lagi.
election-candidates = Kandidat
election-no-candidates = Belum ada yang mencalonkan diri.
election-withdrawn = mundur
election-statement = Pernyataan Anda (mengapa anggota perlu memilih Anda)
election-stand = Mencalonkan diri
election-ballot = Surat suara Anda
election-support = Dukung
election-neutral = Netral
election-oppose = Menentang
election-change-receipt = Untuk mengubah suara, kode tanda terima surat suara Anda
election-change-vote = Ubah suara saya
election-vote = Beri suara
election-result = Hasil
election-elected = Terpilih:
election-round = Putaran
election-quota = Kuota
election-blt = Surat suara sebagai berkas BLT (hitung ulang dengan program STV apa pun)
election-ballots = Surat suara yang diterbitkan
election-check-receipt = Periksa kode tanda terima
election-check = Periksa
elections-link = Pemilihan
election-surplus = Surplus suara
election-keep-factor = Faktor simpan
election-rounds-intro = Setiap putaran: kuota, suara tiap kandidat (dengan bagian setiap suara yang disimpan kandidat terpilih, × faktor simpan), surplus di atas kuota, dan siapa yang terpilih atau tersisih.

## Setting up an election

election-new = Pemilihan baru
election-field-method = Metode penghitungan
election-field-title = Judul
election-field-seats = Kursi
election-field-nominations_open = Pencalonan dibuka
election-field-nominations_close = Pencalonan ditutup
election-field-voting_open = Pemungutan suara dibuka
election-field-voting_close = Pemungutan suara ditutup
election-field-voters_joined_before = Pemilih: yang bergabung sebelum
election-field-voters_min_edits = Suntingan minimum pemilih (opsional)
election-field-candidates_joined_before = Kandidat: yang bergabung sebelum (kosong berarti tanggal pemilih)
election-field-term_start = Masa jabatan mulai
election-field-term_end = Masa jabatan berakhir
election-method-name-meek = Berperingkat, Meek STV
election-method-name-approval = Persetujuan
election-method-name-plurality = Pilihan tunggal
election-method-name-support_oppose = Dukung, netral, atau menentang
election-awaiting = Menunggu persetujuan mereka:
election-accept = Terima pencalonan
election-withdraw = Mundur
election-nominee = Calonkan anggota lain (nama penggunanya; kosongkan untuk mencalonkan diri)
election-statement-edit = Tulis atau terjemahkan pernyataan ini
election-statement-lang = Bahasa (kode seperti en, bn, atau ur)
election-statement-save = Simpan pernyataan
election-statement-outdated = Terjemahan ini dibuat dari versi pernyataan yang lebih lama.
error-statement_source_nominee_only = Hanya calon sendiri yang dapat mengubah pernyataan dalam bahasa aslinya; tambahkan terjemahan dalam bahasa lain.
field-error-duplicate = Ini muncul dua kali.
field-error-presenter_one_of = Isi nama pengguna atau nama tamu untuk setiap pembicara.
field-error-session_minutes_range = Satu sesi berlangsung 5 hingga { $max } menit.
field-error-language_not_offered = Panggilan ini tidak menawarkan bahasa tersebut.
field-error-presenter_unknown = Tidak ada akun dengan nama pengguna ini; tulis sebagai tamu.
field-error-signature_without_date = Ada tanda tangan tanpa tanggal; tanda tangani dengan empat tilde (~~~~).
error-cfp_not_open = Panggilan proposal belum dibuka.
error-cfp_closed = Panggilan proposal sudah ditutup.
error-proposal_not_editable = Proposal ini tidak dapat diubah lagi.
error-not_proposer = Hanya pembicara proposal yang dapat melakukan ini.
error-proposal_withdrawn = Proposal ini telah ditarik.
conf-proposals-title = Proposal untuk { $title }
conf-new-title = Proposal untuk { $title }
conf-cfp-upcoming = Panggilan proposal dibuka pada { $date }.
conf-cfp-open = Panggilan proposal dibuka sampai { $date }.
conf-cfp-closed = Panggilan proposal ditutup pada { $date }.
conf-minutes = { $minutes } menit
conf-session-types = Jenis sesi
conf-languages = Bahasa
conf-interpretation = Penerjemahan antarbahasa ini dapat diatur.
conf-interested-count = { $count } berminat
conf-new = Kirim proposal
conf-none = Belum ada proposal.
conf-status-submitted = Menunggu tinjauan
conf-status-withdrawn = Ditarik
conf-status-accepted = Diterima
conf-status-waitlisted = Dalam daftar tunggu
conf-status-rejected = Tidak diterima
conf-field-presenters = Pembicara yang punya akun (nama pengguna, satu per baris)
conf-field-guests = Pembicara tanpa akun (nama, satu per baris)
conf-field-contact_email = Alamat surel (opsional; hanya penyelenggara dan pembicara yang melihatnya)
conf-field-affiliation = Afiliasi
conf-field-title = Judul
conf-field-lang = Bahasa
conf-field-language_note = Bagaimana bahasa ditangani (opsional)
conf-field-session_type = Jenis
conf-field-minutes = Waktu yang dibutuhkan, dalam menit (kosongkan untuk durasi biasa jenis ini)
conf-field-track = Jalur
conf-field-plan = Ceritakan rencana Anda secara rinci
conf-field-support = Dukungan yang Anda butuhkan
conf-field-benefit = Bagaimana sesi ini bermanfaat bagi komunitas?
conf-submit = Kirim proposal
conf-save = Simpan perubahan
conf-presenters = Pembicara
conf-time-needed = Waktu yang dibutuhkan
conf-submitted-by = Dikirim oleh { $name } pada { $date }
conf-contact = Detail kontak
conf-topic = Topik
conf-edit = Ubah proposal
conf-withdraw = Tarik proposal
conf-interested = Peserta yang berminat
conf-interested-none = Belum ada yang menandatangani.
conf-interest-add = Saya berminat
conf-interest-remove = Hapus minat saya
event-proposals = Panggilan proposal dan program
conf-mail-subject = { $title }: { $decision }
conf-mail-body =
    Halo { $name },
    {""}
    Penyelenggara telah memutuskan proposal Anda “{ $title }”: { $decision }.
    {""}
    { $note }
    {""}
    Lihat proposal:
    { $url }
    {""}
    — Sangam
error-not_reviewer = Hanya peninjau konferensi yang dapat melakukan ini.
error-own_proposal = Peninjau tidak meninjau proposal yang mereka kirim atau bawakan.
field-error-score_count = Beri satu nilai untuk setiap { $count } kriteria.
field-error-score_out_of_scale = Nilai berkisar 0 sampai { $max }.
field-error-weight_range = Bobot adalah angka di atas 0, paling banyak 100.
field-error-too_large = Paling banyak { $max }.
error-room_taken = Pada waktu itu ada sesi lain di ruangan ini.
error-presenter_busy = Salah satu pembicara sesi ini ada di sesi lain pada waktu itu.
error-proposal_not_accepted = Hanya sesi yang diterima yang masuk program.
field-error-session_longer_than_slots = Sesi ini lebih panjang dari slot waktu mana pun.
field-error-outside_slots = Tempatkan sesi di dalam salah satu slot waktu konferensi.
conf-programme-title = Program { $title }
conf-programme-zone = Waktu dalam { $zone }.
conf-programme-empty = Belum ada sesi dalam program.
conf-programme = Program
conf-when-where = Dalam program:
conf-add-to-calendar = Tambahkan ke kalender saya
sch-title = Beasiswa untuk { $title }
sch-review-title = Lamaran beasiswa untuk { $title }
sch-upcoming = Lamaran dibuka pada { $date }.
sch-open = Lamaran dibuka sampai { $date }.
sch-closed = Lamaran ditutup pada { $date }.
sch-phase = Tahap
sch-phase-open = Menerima lamaran
sch-phase-eligibility = Memeriksa kelayakan
sch-phase-scoring = Penilaian
sch-phase-decision = Keputusan
sch-phase-published = Keputusan diumumkan
sch-advance-eligibility = Tutup lamaran dan periksa kelayakan
sch-advance-scoring = Mulai menilai
sch-advance-decision = Tutup penilaian dan putuskan
sch-advance-published = Umumkan keputusan dan kirim surel ke pelamar
sch-criteria = Peninjau menilai { $criteria }, masing-masing dari 0 sampai { $max }.
sch-field-region = Negara atau wilayah
sch-field-history = Konferensi dan lamaran beasiswa sebelumnya (misalnya “Saya melamar pada 2019 dan 2023”)
sch-field-contributions = Kontribusi Anda untuk wiki dan komunitas
sch-field-motivation = Mengapa Anda ingin hadir?
sch-field-need = Dukungan yang dibutuhkan
sch-need-full = Beasiswa penuh (perjalanan, penginapan, dan pendaftaran)
sch-need-partial = Beasiswa sebagian
sch-apply = Kirim lamaran saya
sch-save = Simpan
sch-sign-in = Masuk untuk melamar.
sch-yours = Lamaran Anda
sch-sent = Dikirim pada { $date }.
sch-decision = Keputusan
sch-decision-full = Beasiswa penuh
sch-decision-partial = Beasiswa sebagian
sch-decision-waitlist = Dalam daftar tunggu
sch-decision-declined = Tidak diberikan
sch-decision-message = Pesan untuk pelamar
sch-your-scores = Nilai Anda
sch-your-score = Nilai Anda
sch-reviewer-n = Peninjau { $n }
sch-reviewer = Peninjau
sch-weighted = Berbobot
sch-score = Nilai rata-rata
sch-cutoff = Nilai terendah yang diberi beasiswa
sch-spread = Selisih antarpeninjau
sch-comment = Komentar
sch-score-it = Nilai lamaran ini
sch-flag = Tanda
sch-flag-none = Tanpa tanda
sch-flag-spam = Spam
sch-flag-ineligible = Tidak memenuhi syarat
sch-flag-note = Alasan
sch-review-link = Tinjau lamaran
sch-back-to-event = Kembali ke acara
sch-back-to-round = Kembali ke beasiswa
sch-none = Belum ada lamaran.
sch-applicant = Pelamar
sch-email = Alamat surel
sch-reviewers = Peninjau (nama pengguna, satu per baris)
sch-application-of = Lamaran beasiswa { $name }
event-scholarship = Beasiswa
sch-mail-subject = { $conference }: beasiswa — { $decision }
sch-mail-body =
    Halo { $name },
    {""}
    Keputusan beasiswa untuk { $conference } sudah diumumkan. Keputusan Anda: { $decision }.
    {""}
    { $note }
    {""}
    Nilai Anda dan batas nilainya ada di halaman beasiswa:
    { $url }
    {""}
    — Sangam
error-scholarship_not_open = Lamaran beasiswa ini belum dibuka.
error-scholarship_closed = Lamaran beasiswa ini sudah ditutup.
error-round_under_way = Tahap lamaran sudah lewat; ini tidak bisa diubah lagi.
error-applications_undecided = Beberapa lamaran belum diputuskan.
error-wrong_phase = Sekarang bukan tahap untuk ini.
error-own_application = Peninjau tidak menilai atau menandai lamarannya sendiri.
error-application_flagged = Lamaran ini ditandai: tidak dinilai dan hanya bisa ditolak.
error-application_private = Hanya pelamar, peninjau, dan penyelenggara yang dapat melihat lamaran ini.
field-error-phase_order = Tahapan maju satu per satu.
conf-call-title = Panggilan proposal { $title }
conf-save-call = Simpan panggilan
conf-field-opens = Dibuka (tanggal, atau tanggal dan waktu dalam UTC seperti 2027-03-01T00:00:00Z)
conf-field-closes = Ditutup (tanggal, atau tanggal dan waktu dalam UTC)
conf-field-session_types = Jenis sesi, satu per baris: kunci | nama | menit
conf-field-tracks = Jalur, satu per baris (opsional)
conf-field-languages = Bahasa sesi (kode seperti en hi bn, dipisahkan spasi)
conf-field-questions = Pertanyaan Anda sendiri, satu per baris (akhiri dengan * agar wajib)
conf-field-criteria = Yang dinilai peninjau, satu per baris: nama | bobot
conf-field-score_max = Nilai tertinggi skala (nilai mulai dari 0)
conf-link-call = Atur panggilan proposal
conf-link-reviews = Tinjau proposal
conf-link-schedule = Ruang dan slot waktu
sch-link-round = Atur putaran beasiswa
sch-edit-title = Putaran beasiswa { $title }
sch-save-round = Simpan putaran
conf-reviews-title = Tinjauan proposal untuk { $title }
conf-status = Status proposal
conf-reviews = Tinjauan
conf-review-it = Tinjau proposal ini
conf-decision-message = Pesan untuk pemateri (dikirim bersama keputusan)
conf-place = Masukkan ke program
conf-room = Ruang
conf-start = Mulai pukul
conf-schedule-title = Ruang dan slot waktu { $title }
conf-rooms = Ruang
conf-room-name = Nama ruang
conf-add-room = Tambahkan ruang
conf-slots = Slot waktu
conf-slots-help = Satu per baris, mulai – selesai, dalam zona waktu konferensi, seperti 2027-08-01T10:00 – 2027-08-01T13:00
conf-accepted-sessions = Sesi yang diterima
conf-not-placed = belum masuk program

election-counting = Suara sedang dihitung. Muat ulang halaman ini dalam satu menit.
election-count-failed = Penghitungan tidak dapat selesai dalam batas server ini, jadi belum ada hasil. Penyelenggara sudah diberi tahu.
election-count-failed-organizer = Administrator situs dapat memberi penghitungan lebih banyak waktu atau memori (count_seconds, count_memory_mb di pengaturan); lalu hitung ulang di sini.
election-recount = Hitung ulang
error-nothing_to_recount = Tidak ada penghitungan yang terhenti untuk dimulai lagi.
history-count-failed = Penghitungan pemilihan “{ $title }” tidak dapat selesai dalam batas server ini.
