### Sangam interface messages: English (the source locale).
### Every locale has the same message ids and variables; tests check it.
### Variables that hold names of people or affiliates are shown isolated (<bdi>) by the pages.

## Page frame

# The product name. Keep it "Sangam" in Latin script unless your community writes it otherwise.
site-name = Sangam
# Shown under the product name in the page header.
site-tagline = Community hub for Wikimedia affiliates
# Link for keyboard and screen-reader users that jumps over the navigation.
skip-to-content = Skip to content
# Navigation: the directory of all affiliates.
nav-directory = Affiliates
# Navigation: the list of regional hubs.
nav-hubs = Regional hubs
# Navigation: affiliates that are no longer recognized.
nav-former = Formerly active
# Navigation: sign-in link.
nav-sign-in = Sign in
# Button that ends the session.
nav-sign-out = Sign out
# Header text for a signed-in person. $username is their Wikimedia username.
nav-signed-in-as = Signed in as { $username }
# Navigation: the person's own settings.
nav-account = Your account
# Label of the list of interface languages.
lang-switcher-label = Language
# Footer: link to the machine-readable API description.
footer-api = API (OpenAPI)
# Footer: one sentence on what Sangam is.
footer-about = Sangam is free software that Wikimedia communities run for themselves.

## Affiliate kinds and statuses

kind-user_group = User group
kind-chapter = Chapter
kind-thematic_organization = Thematic organization
kind-hub = Regional hub
# Recognized by the Affiliations Committee, agreement not yet started.
status-recognized = Recognized
status-active = Active
# A required report is overdue.
status-past_due = Past due
status-suspended = Suspended
# The agreement has ended without renewal.
status-expired = Expired
# No longer listed among current affiliates; the page is kept.
status-formerly_active = Formerly active

## Directory

directory-title = Wikimedia affiliates
directory-intro = User groups, chapters, thematic organizations and regional hubs, with the regions and languages they serve.
# $count is a number.
directory-count = { $count ->
    [one] { $count } affiliate
   *[other] { $count } affiliates
}
directory-empty = No affiliates match these filters.
# "Serves" column when an affiliate serves many countries. $count is a number.
directory-serves-count = { $count ->
    [one] { $count } country
   *[other] { $count } countries
}
# Link for site admins to create a new profile.
directory-new = Add an affiliate
# Filter: the countries an affiliate serves.
filter-region = Region
filter-country = Country
filter-language = Language
filter-status = Status
filter-kind = Kind
# First option of every filter: no restriction.
filter-any = Any
filter-apply = Filter
filter-clear = Clear filters
# Option: also list affiliates that are no longer recognized.
filter-include-former = Include formerly active affiliates
column-name = Name
column-kind = Kind
column-country = Based in
column-regions = Serves
column-languages = Languages
column-status = Status
pagination-previous = Previous
pagination-next = Next
# $page and $pages are numbers.
pagination-page = Page { $page } of { $pages }
# Heading of the page listing affiliates that are no longer recognized.
former-title = Formerly active affiliates
former-intro = Affiliates whose recognition ended. Their pages and history are kept here.

## Profile

# Alternative text of an affiliate's logo. $name is the affiliate's name.
profile-logo-alt = Logo of { $name }
# Link under the logo to the image's page on Wikimedia Commons, where its licence is.
profile-logo-source = Logo on Wikimedia Commons
field-slug = Address
field-kind = Kind
field-status = Status
field-name = Name
# Infobox row: the affiliate's name in other languages.
field-other-names = Other languages
field-motto = Motto
field-founders = Founders
field-key-people = Key people
field-contact-people = Contact persons
field-admins = Organizers with edit rights
field-location = Location
field-country = Country
field-country-code = Country code
field-regions = Regions served
field-languages = Official languages
field-founded = Founded
field-recognized = Recognized
field-agreement = Agreement period
field-mission = Mission
field-goals = Approaches and goals
field-contacts = Contact
field-email = E-mail
field-telegram = Telegram
field-mailing-list = Mailing list
field-website = Website
field-membership-policy = Membership
field-logo = Logo
field-lang = Language of the texts
# A period between two dates.
date-range = { $start } – { $end }
# Link text of an affiliate's Telegram group.
profile-telegram-link = Telegram group
# Shown when a text is not yet translated into the reader's language. $language is the language it is shown in.
profile-untranslated = Not yet translated; shown in { $language }.
# Heading of the hubs an affiliate belongs to.
profile-hubs = Part of
profile-edit = Edit this profile
profile-history = History
# Link from the history page back to the profile.
profile-back = Back to the profile
# $date is a date.
profile-updated = Last changed on { $date }
# Alternative text of the map of countries served. $countries is a list of country names.
profile-map-alt = Map of the countries served: { $countries }
# Shown instead of a map when the affiliate names no countries.
profile-map-none = No countries listed.

## Regional hubs

hubs-title = Regional hubs
hubs-intro = Regional hubs bring affiliates of a region together.
hub-affiliates = Affiliates in this hub
# $count is a number.
hub-affiliate-count = { $count ->
    [one] { $count } affiliate
   *[other] { $count } affiliates
}
hub-map-title = Countries served by the affiliates of this hub
hub-edit-affiliates = Affiliates of this hub
hub-edit-affiliates-help = Choose the affiliates this hub brings together.

## History

# $name is the affiliate's name.
history-title = History of { $name }
history-empty = No changes recorded yet.
# $actor is a username.
history-created = { $actor } created this profile.
# $actor is a username; $fields is a list of field names.
history-updated = { $actor } changed { $fields }.
# $from and $to are statuses.
history-status = { $actor } changed the status from { $from } to { $to }.
# A notice kept in the history, such as a reporting notice. $text is its text as written.
history-notice = Notice from { $actor }: { $text }
history-hub-members = { $actor } changed the affiliates of this hub.
# Shown as the actor when a change was made by the system or imported.
history-actor-system = Sangam
# $time is a date and time.
history-time = { $time } (UTC)

## Editing

# $name is the affiliate's name.
edit-title = Edit { $name }
new-title = New affiliate
edit-lang-help = The texts below are in this language. Choose another language and press "Change language" to add or correct a translation.
edit-lang-switch = Change language
# Shown above a field when editing a translation. $language is the source language; the source text follows.
edit-source = Source text ({ $language }):
edit-codes-help = ISO country codes, separated by commas or spaces, e.g. BD, IN, PK
edit-languages-help = Language codes (BCP 47), separated by commas or spaces, e.g. tg, ru, en
edit-people-help = Wikimedia usernames, one per line
edit-date-help = A year, a month or a day: 2022, 2022-12 or 2022-12-08
edit-day-help = A day: 2023-01-31
edit-logo-help = The name of an image file on Wikimedia Commons, e.g. Wikimedia Community Logo.svg
edit-telegram-help = A t.me link or @groupname
# $n is the goal's number.
edit-goal = Goal { $n }
edit-goal-heading = Heading
edit-goal-body = Text
edit-goals-help = Leave a goal's heading and text empty to remove it.
edit-site-admin-only = Only site admins can change this.
edit-save = Save
edit-cancel = Cancel
edit-saved = Saved.
edit-created = The affiliate was created.
form-errors = Please correct the marked fields.
section-identity = Identity
section-texts = Texts
section-people = People
section-place = Place and languages
section-dates = Dates
section-contacts = Contact

## Signing in

signin-title = Sign in
signin-username = Wikimedia username
signin-password = Password
signin-submit = Sign in
signout-done = You are signed out.
# $minutes is a number.
signin-throttled-account = Too many failed sign-ins for this account. Try again in { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}.
signin-throttled-address = Too many failed sign-ins from your network. Try again in { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}.

## Account

account-title = Your account
account-username = Wikimedia username
account-email = E-mail (private: shown to nobody else)
account-preferred-lang = Interface language
# Option for "no preference": the browser's language is used.
account-lang-browser = As my browser says
account-save = Save
account-saved = Your settings are saved.
# Shown to site admins on their account page.
account-site-admin = You are a site admin.
account-admin-of = You organize:

## Errors (pages and API). Codes are stable; the API sends them with these messages.

error-title = Something is not right
error-not_found = We could not find what you asked for.
error-unauthenticated = Please sign in first.
error-bad_credentials = Wrong username or password.
# $minutes is a number.
error-too_many_attempts = Too many failed sign-ins. Try again in { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}.
error-forbidden = You are not allowed to do this.
error-site_admin_only = Only site admins can do this.
error-not_affiliate_admin = Only this affiliate's organizers can do this.
error-session_expired = Your session has expired. Please sign in again.
error-csrf_failed = This form has expired or did not come from this site. Reload the page and try again.
error-validation_failed = Some fields need correcting.
error-slug_taken = Another affiliate already uses this address.
error-edited_meanwhile = Someone else saved this profile while you were editing it. Your changes were not saved; the form shows them so you can compare and save again.
error-account_exists = An account with this username already exists.
# $detail is the parser's explanation, in English.
error-invalid_json = The request body is not valid JSON: { $detail }
error-unsupported_media_type = Send the request body as application/json.
error-payload_too_large = The request is too large.
error-method_not_allowed = This address does not accept this kind of request.
error-bad_request = The request could not be understood.
error-internal = Something went wrong on our side. Please try again later.
error-back-home = Back to the directory

## Field errors, shown next to a form field or in the API's "fields" list.

field-error-required = This field is required.
# $max is a number.
field-error-too_long = At most { $max } characters.
field-error-too_many = At most { $max } entries.
field-error-bidi_control = Remove the invisible text-direction characters.
field-error-control_character = Remove the invisible control characters.
# $code is what was typed.
field-error-unknown_country = "{ $code }" is not an ISO 3166-1 country code.
field-error-unknown_language = "{ $code }" is not a language we know.
field-error-invalid_language = "{ $code }" is not a language tag (BCP 47) such as tg or zh-Hans.
field-error-invalid_date = Write the date as 2022, 2022-12 or 2022-12-08.
field-error-impossible_date = This date does not exist.
field-error-date_needs_day = Give a full date, such as 2022-12-08.
field-error-range_reversed = The end is before the start.
field-error-invalid_email = This is not an e-mail address.
field-error-invalid_url = This is not a web address starting with https://.
field-error-invalid_slug = Use 2 to 64 lower-case Latin letters, digits and single hyphens.
field-error-reserved_slug = This address is reserved.
field-error-slug_taken = Another affiliate already uses this address.
field-error-invalid_choice = Choose one of the options.
field-error-invalid_file_name = Give the name of an image file on Wikimedia Commons, such as Example.svg.
# $character is the character that is not allowed.
field-error-username_character = Usernames cannot contain "{ $character }".
# $min is a number.
field-error-password_too_short = At least { $min } characters.
field-error-unknown_affiliate = There is no affiliate with this address.
field-error-not_a_hub = Only a regional hub can have member affiliates.

## Membership: the member list

# Heading of an affiliate's member list. $name is the affiliate's name.
members-title = Members of { $name }
# Heading of the members section on a profile.
members-heading = Members
# $count is a number.
members-count = { $count ->
    [one] { $count } member
   *[other] { $count } members
}
members-sort-date = By sign-up date
members-sort-name = By name
# Link after a member's name to their talk page, as signatures show it.
members-talk = talk
# Shown instead of a sign-up date that the imported list did not give.
members-no-date = date not given
members-utc = (UTC)
members-signed-up = Signed up
members-join = Join
members-sign-in-to-join = Sign in to join
members-you-are-member = You are a member.
members-you-applied = Your application is waiting for the organizers.
members-leave = Leave
members-joined = Welcome! You are now a member.
members-applied = Thank you! The organizers will review your application.
members-left = You have left the group.
members-imported = The list was imported.
members-wikitext = Member list as wikitext, for Meta-Wiki
members-organizers = For organizers
members-csv = Export as CSV
members-import = Import a wiki sign-up list
members-rules = Membership rules
members-pending = Applications waiting
members-pending-none = No applications are waiting.
members-no-review = This group admits members without review.
# Shown to organizers who may not see an applicant's answers (site admins who do not organize this group).
members-answers-hidden = The answers are visible to this group's own organizers only.
members-approve = Approve
members-decline = Decline
# Roles an organizer gives a member.
role-board = Board member
role-contact = Contact person
role-founder = Founder
membership-status-pending = waiting for approval
membership-status-active = member
membership-status-declined = declined
membership-status-left = left
account-memberships = Your memberships
account-no-memberships = You are not a member of any group yet.

## Membership: joining

# $name is the affiliate's name.
join-title = Join { $name }
join-terms = Who can join
join-refused = You cannot join yet:
join-kind = You are joining as
join-kind-individual = a person
join-kind-institution = an institution
join-age = Your age
join-country = Country of citizenship or residence
join-institution = Name of the institution
join-institution-help = Only when you join on behalf of an institution.
join-institution-country = Country where the institution is registered
join-edit-count = Your number of Wikimedia edits
join-account-created = When your Wikimedia account was created
join-unverified = as stated, not verified
join-unverified-help = As you know it; organizers may check it.
join-answer = Answer
join-privacy = Your answers are seen only by you and this group's organizers.
join-apply = Apply
# Rules, as the join page states them. $min and $days are numbers; $countries is a list of countries.
rule-min_age = Members are at least { $min } years old.
rule-countries = Members are citizens or residents of { $countries }.
rule-institutions = Institutions may join.
rule-institution_countries = Institutions registered in { $countries } may join.
rule-min_edits = Members have made at least { $min } edits on Wikimedia projects.
rule-min_account_days = Members' Wikimedia accounts are at least { $days } days old.
rule-review = The organizers review every application.
# Why an application is refused. Same variables as above.
refusal-min_age = You must be at least { $min } years old to join.
refusal-age_missing = Please give your age: members are at least { $min } years old.
refusal-country = This group is for citizens and residents of { $countries }.
refusal-institutions_not_admitted = This group does not admit institutions.
refusal-institution_country = Only institutions registered in { $countries } may join.
refusal-min_edits = Members need at least { $min } edits on Wikimedia projects.
refusal-min_account_age = Members' Wikimedia accounts must be at least { $days } days old.

## Membership: rules, as organizers set them

# $name is the affiliate's name.
rules-title = Membership rules of { $name }
rules-review = Organizers review applications before people become members
rules-allow-institutions = Institutions may join
rules-min-age = Minimum age
rules-countries = Citizens or residents of (leave empty for anyone)
rules-institution-countries = Institutions registered in
rules-institution-countries-help = ISO country codes; leave empty to admit institutions from anywhere.
rules-min-edits = Minimum number of Wikimedia edits (stated by the applicant)
rules-min-account-days = Minimum age of the Wikimedia account, in days (stated by the applicant)
rules-questions = Questions for applicants
rules-questions-help = Leave a question empty to remove it.
rules-question = Question
rules-required = An answer is required

## Membership: importing a wiki sign-up list

# $name is the affiliate's name.
import-title = Import a sign-up list into { $name }
import-help = Paste a sign-up list from a Meta-Wiki page, as the page shows it or as wikitext. Each person keeps the date of their signature. Check the preview, then import.
import-text = The list
import-preview = Preview
import-apply = Import these members
import-problems = Lines that cannot be read
import-line = Line
import-reason = Why
import-already = already a member
import-new = new
import-fix-first = Correct or remove the lines that cannot be read, then import again. Nothing was imported.
# $entries, $new, $problems and $skipped are numbers.
import-summary = { $entries } entries, { $new } of them new; { $problems } lines cannot be read; { $skipped } other lines were skipped.
import-problem-no_name = There is no name on this line.
import-problem-bad_name = This is not a possible Wikimedia username.
import-problem-unreadable_date = The date cannot be read.
import-problem-impossible_date = This date does not exist.
import-problem-time_without_zone = The time has no time zone (UTC).

## History of membership

# Generic "who: what" history line. $actor is a username, $what a sentence.
history-by = { $actor }: { $what }
# $count is a number.
history-members-imported = { $count ->
    [one] imported { $count } member from a sign-up list.
   *[other] imported { $count } members from a sign-up list.
}
# $actor and $member are usernames.
history-member-approved = { $actor } approved the application of { $member }.
history-member-declined = { $actor } declined the application of { $member }.
history-membership-rules = { $actor } changed the membership rules.

## Membership errors

error-already_member = You are already a member of this group, or your application is waiting.
error-not_eligible = You do not meet this group's membership rules.
field-error-impossible_age = Give an age between 5 and 120.
field-error-future_date = This date is in the future.
field-error-invalid_number = Give a whole number.
field-error-unknown_question = This group does not ask that question.
field-error-import_too_large = The list is larger than 10 MB.
field-error-import_empty = The list is empty.
field-error-import_utf16 = The file is in UTF-16. Save it as UTF-8 and try again.
field-error-import_binary = This is not text.
field-error-import_not_utf8 = The text is not UTF-8 (perhaps a legacy encoding). Save it as UTF-8 and try again.
field-error-import_unreadable_lines = Some lines cannot be read; nothing was imported.

## Events and the activities calendar

# Heading of the activities section on a profile.
calendar-heading = Activities
# Title of an affiliate's or hub's activities calendar. $name is the affiliate.
calendar-title = Activities of { $name }
# Link from a profile to its calendar.
calendar-link = Activities calendar
# Link to the calendar's iCalendar feed, for calendar apps.
calendar-feed = Subscribe (iCalendar)
# Link to the calendar as wikitext, to paste on Meta-Wiki.
calendar-wikitext = Wikitext for Meta-Wiki
# Label of the list of years above a calendar.
calendar-years = Years
# Shows every year of a calendar.
calendar-all-years = All years
# A calendar with no events.
calendar-empty = No activities yet.
# When a timed event happens in its own time zone. $zone is an IANA name such as Asia/Dhaka.
event-time-range-zone = { $start } – { $end } ({ $zone })
# The same times in UTC.
event-time-range-utc = { $start } – { $end } (UTC)
# Status of an event that has not started.
event-status-planned = Planned
# Status of an event under way.
event-status-ongoing = Ongoing
# Status of an event that is over.
event-status-done = Done
# Status of an event the organizers cancelled.
event-status-cancelled = Cancelled
# Kind of event: people editing together.
event-kind-edit-a-thon = Edit-a-thon
# Kind of event.
event-kind-workshop = Workshop
# Kind of event.
event-kind-training = Training
# Kind of event: a walk to take photos for Commons.
event-kind-photowalk = Photowalk
# Kind of event: uploading media to Commons together.
event-kind-upload-a-thon = Upload-a-thon
# Kind of event.
event-kind-meetup = Meetup
# Kind of event.
event-kind-contest = Contest
# Kind of event.
event-kind-conference = Conference
# Kind of event: a campaign such as Wiki Loves Folklore.
event-kind-campaign = Campaign
# Kind of event.
event-kind-other = Other
# An event held on the internet.
event-mode-online = Online
# An event held at a place.
event-mode-in-person = In person
# An event held at a place and online.
event-mode-hybrid = Hybrid
# Label: when an event happens.
event-field-when = When
# Label: the kind of event.
event-field-kind = Kind
# Label: online, in person or hybrid.
event-field-mode = Where
# Label: the place of an event.
event-field-venue = Venue
# Label: the affiliates that organize an event.
event-field-organizers = Organized by
# Label: the event's hashtags.
event-field-hashtags = Hashtags
# Label: the wikis the event works on.
event-field-wikis = Wikis
# Link to one event as an iCalendar file.
event-feed = Add to calendar (iCalendar)

## Event errors

# $zone is what was typed.
field-error-unknown_time_zone = “{ $zone }” is not a time zone we know; use a name such as Asia/Dhaka.
# $time is a local date and time that does not exist because of a daylight-saving change.
field-error-time_skipped = The clocks skip { $time } in this time zone (summer time); choose another time.
# A time could not be read.
field-error-invalid_time = Write the time as 18:30.
# An event ends before it starts.
field-error-end_before_start = The end must come after the start.
# Coordinates out of range or only one of them.
field-error-invalid_coordinates = Give a latitude (−90 to 90) and a longitude (−180 to 180), or neither.
# In-person or hybrid event without a place.
field-error-venue_required = An event held in person needs a venue or an address.
# Coordinates given for an online event.
field-error-online_has_no_place = An online event has no coordinates.
# Capacity zero, negative or too large.
field-error-capacity_not_positive = Give a number of seats from 1 to { $max }, or leave it empty for no limit.
# $wiki is what was typed.
field-error-invalid_wiki = “{ $wiki }” is not a wiki address such as bn.wikipedia.org.
# $hashtag is what was typed.
field-error-invalid_hashtag = “{ $hashtag }” is not a hashtag (letters, digits and _ only).
# Registering twice.
error-already_registered = You are already registered for this event.
# The organizers have not opened registration.
error-registration_closed = Registration for this event is not open.
# Before the opening date.
error-registration_not_open_yet = Registration for this event has not opened yet.
# After the closing date.
error-registration_ended = Registration for this event has closed.
# Registering for a past or cancelled event.
error-event_over = This event is over or cancelled.

## Event registration

# Heading of the registration part of an event page.
event-registration = Registration
# Seats of an event with a capacity.
event-seats = { $taken } of { $capacity } seats taken.
# Registrations of an event without a limit.
event-seats-unlimited = { $taken } registered.
# People on the waitlist.
event-waiting = { $count } waiting.
# Button: register for an event.
event-register = Register
# Checkbox: a private registration (counted, not listed).
event-register-private = Do not show my name in the public list of participants
# The reader is registered with a seat.
event-registered = You have a seat.
# The reader was moved up from the waitlist.
event-promoted = A seat became free: you moved up from the waitlist and have a seat.
# The reader's place on the waitlist.
event-waitlisted = You are number { $position } on the waitlist.
# Button: cancel one's registration.
event-cancel = Cancel my registration
# Shown to anonymous readers of an event.
event-sign-in-to-register = Sign in to register.
# Heading of the list of participants.
event-participants = Participants
# Marks a private registration, for organizers.
event-private = private
# For organizers: a registration with a seat.
event-seat-registered = seat
# For organizers: a registration on the waitlist.
event-seat-waitlisted = waitlist
# For organizers: a cancelled registration.
event-seat-cancelled = cancelled
# The online meeting's address, shown to registered people.
event-meeting = Meeting link

## Event outcomes

# Heading: what an event achieved.
outcomes-heading = Outcomes
# Outcome: how many took part.
outcome-participants = Participants
# Outcome: people who made their first edits.
outcome-new_editors = New editors
# Outcome.
outcome-articles_created = Articles created
# Outcome.
outcome-articles_improved = Articles improved
# Outcome: files uploaded to Wikimedia Commons.
outcome-uploads = Uploads to Commons
# Outcome: free notes.
outcome-notes = Notes
# Button.
outcomes-save = Save the outcomes
# Heading of the yearly totals on a calendar; each event counts once.
calendar-totals = Outcomes by year
# Column heading.
calendar-year = Year
# Organizers' button.
event-cancel-event = Cancel this event
# Organizers' button: undo a cancellation.
event-restore = Restore this event
# Organizers' export link.
event-participants-csv = Participants and answers (CSV)
# Outcomes for an event that has not started or was cancelled.
field-error-event_not_held = Outcomes can be recorded once the event has taken place.

## My events

# Heading on the account page; also the title of the private calendar feed.
account-events = My events
# Account page without registrations.
account-no-events = You have not registered for any event.
# Button on the account page.
account-feed-create = Make a private calendar address
# Explains the private calendar address.
account-feed-explain = A private address for your calendar app with the events you registered for. Anyone who has it sees them; making a new one stops the old one.
# Shown once with the new address.
account-feed-url = Your private calendar address (shown only now; copy it into your calendar app):

## Campaigns

# Navigation link to the list of recurring campaigns.
nav-campaigns = Campaigns
# Title of the list of recurring campaigns (Wiki Loves Folklore…).
campaigns-title = Campaigns
# Empty list of campaigns.
campaigns-empty = No campaigns yet.
# How many editions (events) a campaign has here.
campaign-edition-count = { $count ->
    [one] { $count } edition
   *[other] { $count } editions
}
# Heading: a campaign's editions (events).
campaign-editions = Editions
# Heading: the affiliates taking part in a campaign.
campaign-taking-part = Taking part
# Label: the campaign an event is an edition of.
event-field-campaign = Edition of
# Label before the campaigns an affiliate takes part in.
calendar-campaigns = Campaigns
# An event names a campaign that does not exist.
field-error-unknown_campaign = There is no campaign with this address.
# Creating a campaign with a taken address.
error-campaign_slug_taken = Another campaign already uses this address.
# Label: the people organizing an event.
event-field-people = Organizers
# Label: the languages an event works in.
event-field-languages = Languages

## The event form

# Title of the new-event form. $name is the affiliate.
event-form-heading = New event of { $name }
# Organizers' button on the calendar.
event-form-new = New event
# Form section: what the event is.
event-form-what = What
# Form section: dates and times.
event-form-when = When
# Form section: place or meeting link.
event-form-where = Where
# Form section: wikis, hashtags, languages, organizers, description.
event-form-more = More
# Form field.
event-form-title = Title
# Checkbox: an all-day or date-range event.
event-form-all-day = Whole days (dates only)
# Form field.
event-form-start-date = Start date
# Form field.
event-form-start-time = Start time
# Form field.
event-form-end-date = End date
# Help under the end date.
event-form-end-date-help = Empty: the same day as the start.
# Form field.
event-form-end-time = End time
# Form field.
event-form-time-zone = Time zone
# Help under the time zone.
event-form-time-zone-help = The zone the times above are in, e.g. Asia/Dhaka. Readers see them in their own zone too.
# Form field.
event-form-address = Address
# Form field.
event-form-latitude = Latitude
# Form field.
event-form-longitude = Longitude
# Form field.
event-form-capacity = Seats (empty: no limit)
# Form field.
event-form-questions = Questions for people who register
# Help under the questions.
event-form-questions-help = One per line; start a line with * to make it required. Only organizers see the answers.
# Help under the organizers.
event-form-organizers-help = Wikimedia usernames, one per line.
# Form field.
event-form-description = Description
# Form field (in the event's time zone).
event-form-closes-date = Registration closes on
# Form field: the closing time (in the event's time zone).
event-form-closes-time = at
# Checkbox.
event-form-registration-open = People may register
# Button.
event-form-save = Create the event

## Month grid

# Short weekday name (1 is Monday) heading the month grid.
weekday-1 = Mon
weekday-2 = Tue
weekday-3 = Wed
weekday-4 = Thu
weekday-5 = Fri
weekday-6 = Sat
weekday-7 = Sun
# Switch: the calendar as a list by month.
calendar-view-list = List
# Switch: the calendar as a grid of one month.
calendar-view-grid = Month grid
# Link.
calendar-previous-month = Previous month
# Link.
calendar-next-month = Next month
# Label of the reader's time zone field (an IANA name).
calendar-show-times-in = Show times also in the time zone
# Button.
calendar-show = Show
# Title of the edit form. $title is the event's title.
event-form-edit-heading = Change { $title }
# Organizers' button.
event-edit = Change this event
# When a proposed activity has no date.
event-undated = No date yet
# Heading of the calendar's activities without a date.
calendar-proposed = Proposed activities
# Checkbox on the event form.
event-form-proposed = Proposed, no date yet
# Form field (in the event's time zone); empty: open now.
event-form-opens-date = Registration opens on

## Reports and the lifecycle

# History: which notice the lifecycle sent.
notice-reminder_30 = a reminder: a report is due in 30 days
# History.
notice-reminder_7 = a reminder: a report is due in 7 days
# History.
notice-past_due = a notice: a required report is past due, with a deadline
# History.
notice-deadline = a notice: the deadline for the missing report is in a week
# History.
notice-expiry = a notice: the deadline passed and the recognition expired
# History: a report was filed.
history-report-filed = a report filed
# History: a report was deferred.
history-report-deferred = a report deferred by a year

## Notice mail

# A notice mail's subject. $affiliate is the affiliate's address, $what the notice (notice-…).
mail-subject = { $affiliate }: { $what }
# A notice mail's line about the report.
mail-report = The report covers { $start } to { $end } and is due on { $due }.
# A notice mail's text. $name is the recipient's username; $what the notice; $report the report line (may be empty); $url the affiliate's page.
mail-body =
    Hello { $name },
    {""}
    This is { $what }.
    { $report }
    {""}
    File the report or see where your group stands:
    { $url }
    {""}
    — Sangam

## Reports pages

# Profile section heading and the link to the reports page.
reports-heading = Reports
reports-link = Required reports and where they stand
# Title of an affiliate's reports page. $name is the affiliate.
reports-title = Reports of { $name }
reports-intro = The reports this affiliate owes for each period, when each is due, and where it stands.
reports-none = No reports are required yet. They appear when an agreement period or a fiscal year begins.
# Shown when the affiliate is not simply active. $status is its status.
reports-standing = Standing: { $status }.
report-kind-activity = Annual activity report
report-kind-financial = Financial report
# A reporting period.
report-period = { $start } – { $end }
report-col-report = Report
report-col-period = Period
report-col-due = Due
report-col-status = Status
report-status-upcoming = Upcoming
report-status-due = Due
report-status-past_due = Past due
report-status-filed = Filed
report-status-deferred = Deferred
report-status-accepted = Accepted
# Days until a report's due date.
report-due-in = { $days ->
    [0] due today
    [one] due in { $days } day
   *[other] due in { $days } days
}
# Days since the grace period ended.
report-overdue-by = { $days ->
    [one] { $days } day overdue
   *[other] { $days } days overdue
}
# After the due date, during the grace period. $date is its last day.
report-in-grace = in the grace period until { $date }
# A report page's title. $report is its kind, $period its period.
report-heading = { $report }, { $period }
report-due-on = due on { $date }
report-filed-on = Filed on { $date }.
report-filed-by = By { $username }.
report-accepted-on = Accepted on { $date }.
report-changes-asked = A site admin asked for changes
# $reason is one of the deferment reasons.
report-deferred-because = Deferred by a year: { $reason }.
deferment-reason-natural_disaster = natural disaster
deferment-reason-pandemic = pandemic
deferment-reason-war = war
deferment-reason-government_restriction = government restriction
report-wikitext = Wikitext for Meta-Wiki
report-file-heading = File this report
report-builder-intro = This draft was filled in from the events, outcomes, members and board changes recorded here for the period. Edit it, then file it. Reports on Meta-Wiki are written in English.
# The builder's summary. $events events, $participants participants, $joined people who joined.
report-builder-totals = { $events ->
    [one] one event
   *[other] { $events } events
}, { $participants } participants, { $joined ->
    [one] one new member
   *[other] { $joined } new members
}.
report-build = Build the report from our data
report-build-mine = in my language
report-link-label = Link to the report (its page on Meta-Wiki)
report-body-label = Or write the report here
report-file = File the report
report-save-draft = Save the draft
report-review-heading = Review
report-review-accept = Accept the report
report-review-note = What should change
report-review-changes = Ask for changes
report-defer = Defer by a year
report-defer-reason = Reason
report-defer-note = What happened
report-decide-title = Expired: an admin's decision
report-decide-intro = The recognition expired because a report stayed missing after its deadline. Recognize the affiliate again for a new agreement period, or move it to the formerly active affiliates.
report-field-start = First day
report-field-end = Last day
report-field-due = Due on
report-decide-recognize = Recognize again
report-decide-former = Move to formerly active
report-add-period = Add a reporting period
# History: a site admin reviewed a report.
history-report-reviewed = a report reviewed
# History: a reporting period was added.
history-report-period = a reporting period added

## Compliance dashboard

compliance-title = Compliance
compliance-intro = Every affiliate's standing: its status, the next report due, how late it is, the last notice, and notice mail that could not be sent.
compliance-col-affiliate = Affiliate
compliance-col-status = Status
compliance-col-next = Next report due
compliance-col-overdue = Days overdue
compliance-col-notice = Last notice
compliance-col-mail = Mail problems
compliance-filter-overdue = Only overdue
compliance-filter-mail = Only with mail problems
# $count mails not sent; $error the mail server's last answer.
compliance-mail-failed = { $count } not sent: { $error }

## The annual report builder's draft

report-draft-summary-heading = Summary
# $name the affiliate, $events how many events, $start and $end the period.
report-draft-summary = { $name } held { $events ->
    [one] one event
   *[other] { $events } events
} between { $start } and { $end }.
report-draft-totals = { $reported ->
    [one] The event with recorded outcomes brought
   *[other] The { $reported } events with recorded outcomes brought
} { $participants } participants and { $new_editors } new editors; { $articles_created } articles were created, { $articles_improved } improved, and { $uploads } files uploaded.
report-draft-events-heading = Events
report-draft-no-events = No events were recorded here for this period.
report-draft-members-heading = Members
report-draft-members = { $joined } people joined; the group had { $total } members at the end of the period.
report-draft-board-heading = Board
report-draft-board = Board members: { $names }.
report-draft-board-changes = The board changed on { $dates }.
report-draft-plans-heading = Lessons and plans
report-draft-plans = (Write here what went well, what was hard, and what comes next.)

## Report errors

field-error-report_missing = Give a link to the report or write it here.
field-error-report_link_or_text = Give a link or write the report, not both.
field-error-review_note_required = Say what should change.
field-error-deferment_reason_required = Choose the reason for the deferment.
# $start and $end are the other period's days.
field-error-period_overlaps = This period overlaps the one from { $start } to { $end }.
field-error-period_too_long = A reporting period lasts at most two years.
field-error-due_before_end = The due date comes before the period ends.
error-report_accepted = This report was accepted already.
error-report_not_filed = Only a filed report that is not accepted yet can be reviewed.
error-report_filed = This report was filed already.
error-report_deferred = This report was deferred already.
error-not_expired = Only an expired affiliate waits for this decision.
error-period_overlaps = This period overlaps another.

## Elections: refusals

error-nominations_closed = Nominations for this election are not open.
error-already_nominated = This person is nominated already.
error-voting_not_open = Voting has not opened yet.
error-voting_closed = Voting has closed.
error-not_eligible_voter = You are not on this election's voter roll: it is for members who joined before its cut-off date.
error-voting_not_closed = The votes are counted once voting has closed.
field-error-not_eligible_candidate = Only members who joined before the cut-off date can stand.
field-error-ballot_method = This ballot is not of this election's kind.
field-error-ballot_empty = Rank at least one candidate.
field-error-ballot_unknown_candidate = This ballot names someone who is not a candidate.
field-error-ballot_repeated_candidate = This ballot ranks a candidate twice.
field-error-ballot_stances = Give support, neutral or oppose for every candidate.
field-error-receipt_required = You have voted already: give the receipt code of your ballot to change it.
field-error-receipt_unknown = No ballot has this receipt code.
field-error-seats_range = Give a number of seats from 1 to { $max }.
field-error-invalid_instant = Write the time as 2027-03-01 or 2027-03-01T09:00:00Z.
field-error-voting_before_nominations_close = Voting can open only after nominations close.

## The board on the profile

board-heading = Board
# $names the members sitting now, $end the day their term ends.
board-now = Sitting now: { $names } (until { $end }).
# One phase of the board's structure. $how is board-chosen-founders or board-chosen-election.
board-phase = From year { $year } of the group: { $seats } seats, terms of { $months } months, { $how }.
board-chosen-founders = chosen by the founders
board-chosen-election = elected by the members
# An earlier board: $names, and the first and last day of its term.
board-before = { $names }, { $start } – { $end }

## Election pages

# $name the affiliate.
elections-title = Elections of { $name }
elections-none = No elections yet.
election-phase-upcoming = Upcoming
election-phase-nominating = Nominations open
election-phase-waiting = Nominations closed; voting opens soon
election-phase-voting = Voting open
election-phase-closed = Closed
# $start and $end the first and last day.
election-voting-dates = Voting: { $start } – { $end }
election-nomination-dates = Nominations: { $start } – { $end }
election-seats = Seats: { $seats }
# A ballot's menu: $rank 1 for the first choice.
election-choice = Choice { $rank }
# $names who reached the quota in this round.
election-round-elected = Elected: { $names }.
election-round-eliminated = Eliminated: { $names }.
# $count members who voted.
election-turnout = { $count ->
    [one] One member has voted.
   *[other] { $count } members have voted.
}
election-method-meek = Rank as many candidates as you like, most preferred first. Counted by Meek STV with the Droop quota, as the Wikimedia Board elections are.
election-method-approval = Approve every candidate you support; the most approved win.
election-method-plurality = Choose one candidate; the most votes win.
election-method-support_oppose = Give each candidate your support, a neutral answer or your opposition; they are ranked by support ÷ (support + oppose).
election-receipt-found = Your ballot is in the count.
election-receipt-missing = No ballot in the count has this receipt code.
election-receipt-heading = Your receipt code
election-receipt-keep = Keep this code. It is not linked to your name anywhere: with it you can check that your ballot is counted, and change your vote until voting closes. Nobody can give it to you again.
election-candidates = Candidates
election-no-candidates = Nobody stands yet.
election-withdrawn = withdrawn
election-statement = Your statement (why members should elect you)
election-stand = Stand for election
election-ballot = Your ballot
election-support = Support
election-neutral = Neutral
election-oppose = Oppose
election-change-receipt = To change your vote, the receipt code of your ballot
election-change-vote = Change my vote
election-vote = Vote
election-result = Result
election-elected = Elected:
election-round = Round
election-quota = Quota
election-blt = The ballots as a BLT file (recount them with any STV program)
election-ballots = The published ballots
election-check-receipt = Check a receipt code
election-check = Check
elections-link = Elections
election-surplus = Surplus
election-keep-factor = Keep factor
election-rounds-intro = Each round: the quota, every candidate's votes (with the share an elected candidate keeps of each vote reaching them, × keep factor), the surplus over the quota, and who was elected or eliminated.

## Setting up an election

election-new = New election
election-field-method = Counting method
election-field-title = Title
election-field-seats = Seats
election-field-nominations_open = Nominations open
election-field-nominations_close = Nominations close
election-field-voting_open = Voting opens
election-field-voting_close = Voting closes
election-field-voters_joined_before = Voters joined before
election-field-voters_min_edits = Voters' minimum edit count (optional)
election-field-candidates_joined_before = Candidates joined before (the voters' date if empty)
election-field-term_start = Term starts
election-field-term_end = Term ends
election-method-name-meek = Ranked, Meek STV
election-method-name-approval = Approval
election-method-name-plurality = Single choice
election-method-name-support_oppose = Support, neutral or oppose
election-awaiting = Waiting for their acceptance:
election-accept = Accept the nomination
election-withdraw = Withdraw
election-nominee = Nominate another member (their username; leave empty to stand yourself)
# The form under a candidate's statement, for the nominee and the affiliate's admins.
election-statement-edit = Write or translate this statement
election-statement-lang = Language (a code such as en, bn or ur)
election-statement-save = Save the statement
election-statement-outdated = This translation was made from an earlier version of the statement.
error-statement_source_nominee_only = Only the nominee can change the statement in the language they wrote it in; add a translation in another language.
# The conference programme: the call for proposals and proposals. $max: the longest session in minutes.
field-error-duplicate = This appears twice.
field-error-presenter_one_of = Give either a username or a guest's name for each presenter.
field-error-session_minutes_range = A session lasts from 5 to { $max } minutes.
field-error-language_not_offered = The call does not offer this language.
field-error-presenter_unknown = No account has this username; name them as a guest instead.
field-error-signature_without_date = A signature has no date; sign with four tildes (~~~~).
error-cfp_not_open = The call for proposals is not open yet.
error-cfp_closed = The call for proposals has closed.
error-proposal_not_editable = This proposal can no longer be changed.
error-not_proposer = Only the proposal's presenters can do this.
error-proposal_withdrawn = This proposal was withdrawn.
# The conference programme's pages. $title: the conference; $date: a date and time; $count: people; $name: a username.
conf-proposals-title = Proposals for { $title }
conf-new-title = A proposal for { $title }
conf-cfp-upcoming = The call for proposals opens on { $date }.
conf-cfp-open = The call for proposals is open until { $date }.
conf-cfp-closed = The call for proposals closed on { $date }.
conf-minutes = { $minutes } minutes
conf-session-types = Session types
conf-languages = Languages
conf-interpretation = Interpretation between these languages can be arranged.
conf-interested-count = { $count } interested
conf-new = Send a proposal
conf-none = No proposals yet.
conf-status-submitted = Awaiting review
conf-status-withdrawn = Withdrawn
conf-status-accepted = Accepted
conf-status-waitlisted = On the waiting list
conf-status-rejected = Not accepted
conf-field-presenters = Presenters with an account (usernames, one per line)
conf-field-guests = Presenters without an account (names, one per line)
conf-field-contact_email = Email address (optional; only the organizers and the presenters see it)
conf-field-affiliation = Affiliation
conf-field-title = Title
conf-field-lang = Language
conf-field-language_note = How the language is handled (optional)
conf-field-session_type = Type
conf-field-minutes = Time needed, in minutes (empty for the type's usual length)
conf-field-track = Track
conf-field-plan = Narrate your plan in detail
conf-field-support = Any support you need
conf-field-benefit = How will this session benefit the communities?
conf-submit = Send the proposal
conf-save = Save the changes
conf-presenters = Presenters
conf-time-needed = Time needed
conf-submitted-by = Sent by { $name } on { $date }
conf-contact = Contact details
conf-topic = The topic
conf-edit = Change the proposal
conf-withdraw = Withdraw the proposal
conf-interested = Interested attendees
conf-interested-none = Nobody has signed yet.
conf-interest-add = I am interested
conf-interest-remove = Remove my interest
event-proposals = Call for proposals and programme
# A decision mail. $title: the proposal; $decision: conf-status-…; $note: the organizers' message (may be empty); $url: the proposal's page; $count, $max: numbers.
conf-mail-subject = { $title }: { $decision }
conf-mail-body =
    Hello { $name },
    {""}
    The organizers have decided on your proposal “{ $title }”: { $decision }.
    {""}
    { $note }
    {""}
    See the proposal:
    { $url }
    {""}
    — Sangam
error-not_reviewer = Only the conference's reviewers can do this.
error-own_proposal = Reviewers do not review a proposal they sent or present.
field-error-score_count = Give one score for each of the { $count } criteria.
field-error-score_out_of_scale = Scores run from 0 to { $max }.
field-error-weight_range = A weight is a number above 0, at most 100.
field-error-too_large = At most { $max }.
# Placing a session in the programme.
error-room_taken = Another session is in this room at that time.
error-presenter_busy = A presenter of this session is in another session at that time.
error-proposal_not_accepted = Only accepted sessions go in the programme.
field-error-session_longer_than_slots = This session is longer than any time slot.
field-error-outside_slots = Place the session inside one of the conference's time slots.
# The public programme. $zone: an IANA time zone.
conf-programme-title = Programme of { $title }
conf-programme-zone = Times in { $zone }.
conf-programme-empty = No session is in the programme yet.
conf-programme = The programme
conf-when-where = In the programme:
conf-add-to-calendar = Add to my calendar
# Scholarships. $title, $conference: the conference; $date: a date and time; $criteria: a list; $max: the top score; $n: a number; $name: a username; $decision: sch-decision-…; $note: the organizers' message (may be empty); $url: the round's page.
sch-title = Scholarships for { $title }
sch-review-title = Scholarship applications for { $title }
sch-upcoming = Applications open on { $date }.
sch-open = Applications are open until { $date }.
sch-closed = Applications closed on { $date }.
sch-phase = Stage
sch-phase-open = Taking applications
sch-phase-eligibility = Checking eligibility
sch-phase-scoring = Scoring
sch-phase-decision = Deciding
sch-phase-published = Decisions published
sch-advance-eligibility = Close applications and check eligibility
sch-advance-scoring = Start scoring
sch-advance-decision = Close scoring and decide
sch-advance-published = Publish the decisions and mail the applicants
sch-criteria = Reviewers score { $criteria }, each from 0 to { $max }.
sch-field-region = Country or region
sch-field-history = Earlier conferences and scholarship applications (for example “I applied in 2019 and 2023”)
sch-field-contributions = Your contributions to the wikis and the community
sch-field-motivation = Why do you want to attend?
sch-field-need = Support needed
sch-need-full = Full scholarship (travel, stay and registration)
sch-need-partial = Partial scholarship
sch-apply = Send my application
sch-save = Save
sch-sign-in = Sign in to apply.
sch-yours = Your application
sch-sent = Sent on { $date }.
sch-decision = Decision
sch-decision-full = Full scholarship
sch-decision-partial = Partial scholarship
sch-decision-waitlist = On the waiting list
sch-decision-declined = Not awarded
sch-decision-message = Message to the applicant
sch-your-scores = Your scores
sch-your-score = Your score
sch-reviewer-n = Reviewer { $n }
sch-reviewer = Reviewer
sch-weighted = Weighted
sch-score = Mean score
sch-cutoff = Lowest score awarded
sch-spread = Reviewers' spread
sch-comment = Comment
sch-score-it = Score this application
sch-flag = Flag
sch-flag-none = No flag
sch-flag-spam = Spam
sch-flag-ineligible = Not eligible
sch-flag-note = Why
sch-review-link = Review the applications
sch-back-to-event = Back to the event
sch-back-to-round = Back to the scholarship round
sch-none = No applications yet.
sch-applicant = Applicant
sch-email = Email address
sch-reviewers = Reviewers (usernames, one per line)
sch-application-of = Scholarship application of { $name }
event-scholarship = Scholarships
sch-mail-subject = { $conference }: scholarship — { $decision }
sch-mail-body =
    Hello { $name },
    {""}
    The scholarship decisions for { $conference } are published. Yours: { $decision }.
    {""}
    { $note }
    {""}
    Your scores and the cut-off are on the round's page:
    { $url }
    {""}
    — Sangam
error-scholarship_not_open = Applications for this scholarship round are not open yet.
error-scholarship_closed = Applications for this scholarship round have closed.
error-round_under_way = The round has moved past applications; it can no longer be changed.
error-applications_undecided = Some applications have no decision yet.
error-wrong_phase = The round is not at the stage for this.
error-own_application = Reviewers do not score or flag their own application.
error-application_flagged = This application is flagged: it is not scored and can only be declined.
error-application_private = Only the applicant, the round's reviewers and the organizers can see this application.
field-error-phase_order = The round moves one stage forward at a time.
# The organizers' conference pages. $title: the conference.
conf-call-title = The call for proposals of { $title }
conf-save-call = Save the call
conf-field-opens = Opens (a date, or a date and time in UTC such as 2027-03-01T00:00:00Z)
conf-field-closes = Closes (a date, or a date and time in UTC)
conf-field-session_types = Session types, one a line: key | name | minutes
conf-field-tracks = Tracks, one a line (optional)
conf-field-languages = Languages sessions may be held in (codes such as en hi bn, separated by spaces)
conf-field-questions = Your own questions, one a line (end a line with * to make it required)
conf-field-criteria = What reviewers score, one a line: name | weight
conf-field-score_max = The top of the scale (scores run from 0)
conf-link-call = Set the call for proposals
conf-link-reviews = Review the proposals
conf-link-schedule = Rooms and time slots
sch-link-round = Set the scholarship round
sch-edit-title = The scholarship round of { $title }
sch-save-round = Save the round
conf-reviews-title = Review of the proposals for { $title }
conf-status = Status
conf-reviews = Reviews
conf-review-it = Review this proposal
conf-decision-message = Message to the presenters (mailed with the decision)
conf-place = Place in the programme
conf-room = Room
conf-start = Starts at
conf-schedule-title = Rooms and time slots of { $title }
conf-rooms = Rooms
conf-room-name = Name of the room
conf-add-room = Add the room
conf-slots = Time slots
conf-slots-help = One a line, start – end, in the conference's time zone, such as 2027-08-01T10:00 – 2027-08-01T13:00
conf-accepted-sessions = Accepted sessions
conf-not-placed = not in the programme yet

election-counting = The votes are being counted. Reload this page in a minute.
election-count-failed = The count could not finish within this server's limits, so there is no result yet. The organizers have been told.
election-count-failed-organizer = A site administrator can give counts more time or memory (count_seconds, count_memory_mb in the settings); then count again here.
election-recount = Count again
error-nothing_to_recount = There is no stopped count to start again.
history-count-failed = The count of the election “{ $title }” could not finish within this server's limits.
