### Sangam: 中文（简体）(Simplified Chinese). Source comments are in locales/en/sangam.ftl.

## Page frame

site-name = 桑加姆
site-tagline = 维基媒体附属组织的社群中心
skip-to-content = 跳到正文
nav-directory = 附属组织
nav-hubs = 区域中心
nav-former = 曾经活跃
nav-sign-in = 登录
nav-sign-out = 退出
nav-signed-in-as = 已登录为 { $username }
nav-account = 我的账户
lang-switcher-label = 语言
footer-api = 接口（OpenAPI）
footer-about = 桑加姆是由维基媒体社群自行运行的自由软件。

## Affiliate kinds and statuses

kind-user_group = 用户组
kind-chapter = 分会
kind-thematic_organization = 主题组织
kind-hub = 区域中心
status-recognized = 已认可
status-active = 活跃
status-past_due = 报告逾期
status-suspended = 已暂停
status-expired = 已到期
status-formerly_active = 曾经活跃

## Directory

directory-title = 维基媒体附属组织
directory-intro = 用户组、分会、主题组织和区域中心，以及它们服务的地区和语言。
directory-count = { $count } 个附属组织
directory-empty = 没有符合这些筛选条件的附属组织。
directory-serves-count = { $count } 个国家
directory-new = 添加附属组织
filter-region = 地区
filter-country = 国家
filter-language = 语言
filter-status = 状态
filter-kind = 类型
filter-any = 任意
filter-apply = 筛选
filter-clear = 清除筛选
filter-include-former = 包括曾经活跃的附属组织
column-name = 名称
column-kind = 类型
column-country = 所在国
column-regions = 服务地区
column-languages = 语言
column-status = 状态
pagination-previous = 上一页
pagination-next = 下一页
pagination-page = 第 { $page } 页，共 { $pages } 页
former-title = 曾经活跃的附属组织
former-intro = 认可已结束的附属组织。它们的页面和历史保存在这里。

## Profile

profile-logo-alt = { $name }的标志
profile-logo-source = 维基共享资源上的标志
field-slug = 地址
field-kind = 类型
field-status = 状态
field-name = 名称
field-other-names = 其他语言名称
field-motto = 格言
field-founders = 创始人
field-key-people = 关键人物
field-contact-people = 联系人
field-admins = 有编辑权限的组织者
field-location = 所在地
field-country = 国家
field-country-code = 国家代码
field-regions = 服务地区
field-languages = 官方语言
field-founded = 成立
field-recognized = 认可
field-agreement = 协议期限
field-mission = 使命
field-goals = 方法与目标
field-contacts = 联系方式
field-email = 电子邮件
field-telegram = 电报
field-mailing-list = 邮件列表
field-website = 网站
field-membership-policy = 成员资格
field-logo = 标志
field-lang = 文本语言
date-range = { $start } 至 { $end }
profile-telegram-link = 电报群组
profile-untranslated = 尚未翻译；以{ $language }显示。
profile-hubs = 所属
profile-edit = 编辑此页面
profile-history = 历史
profile-back = 返回页面
profile-updated = 最后修改于 { $date }
profile-map-alt = 服务国家地图：{ $countries }
profile-map-none = 未列出国家。

## Regional hubs

hubs-title = 区域中心
hubs-intro = 区域中心将一个地区的附属组织联合起来。
hub-affiliates = 此中心的附属组织
hub-affiliate-count = { $count } 个附属组织
hub-map-title = 此中心的附属组织服务的国家
hub-edit-affiliates = 此中心的附属组织
hub-edit-affiliates-help = 选择此中心联合的附属组织。

## History

history-title = { $name }的历史
history-empty = 尚无变更记录。
history-created = { $actor }创建了此页面。
history-updated = { $actor }修改了{ $fields }。
history-status = { $actor }将状态从“{ $from }”改为“{ $to }”。
history-notice = 来自{ $actor }的通知：{ $text }
history-hub-members = { $actor }修改了此中心的附属组织。
history-actor-system = 桑加姆
history-time = { $time }（协调世界时）

## Editing

edit-title = 编辑{ $name }
new-title = 新的附属组织
edit-lang-help = 以下文本使用此语言。要添加或修改翻译，请选择其他语言并点击“切换语言”。
edit-lang-switch = 切换语言
edit-source = 原文（{ $language }）：
edit-codes-help = ISO 国家代码，用逗号或空格分隔，例如 BD, IN, PK
edit-languages-help = 语言代码（BCP 47），用逗号或空格分隔，例如 tg, ru, en
edit-people-help = 维基媒体用户名，每行一个
edit-date-help = 年、月或日：2022、2022-12 或 2022-12-08
edit-day-help = 日期：2023-01-31
edit-logo-help = 维基共享资源上的图像文件名，例如 Wikimedia Community Logo.svg
edit-telegram-help = t.me 链接或 @群组名
edit-goal = 目标 { $n }
edit-goal-heading = 标题
edit-goal-body = 正文
edit-goals-help = 将目标的标题和正文留空即可删除该目标。
edit-site-admin-only = 只有网站管理员可以修改此项。
edit-save = 保存
edit-cancel = 取消
edit-saved = 已保存。
edit-created = 附属组织已创建。
form-errors = 请修改标出的字段。
section-identity = 基本信息
section-texts = 文本
section-people = 人员
section-place = 地点与语言
section-dates = 日期
section-contacts = 联系方式

## Signing in

signin-title = 登录
signin-username = 维基媒体用户名
signin-password = 密码
signin-submit = 登录
signout-done = 您已退出。
signin-throttled-account = 此账户登录失败次数过多。请在 { $minutes } 分钟后重试。
signin-throttled-address = 来自您网络的登录失败次数过多。请在 { $minutes } 分钟后重试。

## Account

account-title = 我的账户
account-username = 维基媒体用户名
account-email = 电子邮件（私密：不会向他人显示）
account-preferred-lang = 界面语言
account-lang-browser = 跟随浏览器
account-save = 保存
account-saved = 您的设置已保存。
account-site-admin = 您是网站管理员。
account-admin-of = 您组织的团体：

## Errors

error-title = 出了点问题
error-not_found = 找不到您要查找的内容。
error-unauthenticated = 请先登录。
error-bad_credentials = 用户名或密码错误。
error-too_many_attempts = 登录失败次数过多。请在 { $minutes } 分钟后重试。
error-forbidden = 您无权执行此操作。
error-site_admin_only = 只有网站管理员可以执行此操作。
error-not_affiliate_admin = 只有此附属组织的组织者可以执行此操作。
error-session_expired = 您的会话已过期。请重新登录。
error-csrf_failed = 此表单已过期或并非来自本网站。请重新加载页面后重试。
error-validation_failed = 有些字段需要修改。
error-slug_taken = 此地址已被其他附属组织使用。
error-edited_meanwhile = 在您编辑期间，其他人保存了此页面。您的修改未保存；表单中显示了它们，便于您比较后重新保存。
error-account_exists = 使用此用户名的账户已存在。
error-invalid_json = 请求正文不是有效的 JSON：{ $detail }
error-unsupported_media_type = 请以 application/json 格式发送请求正文。
error-payload_too_large = 请求过大。
error-method_not_allowed = 此地址不接受这种请求。
error-bad_request = 无法理解该请求。
error-internal = 我们这边出了问题。请稍后再试。
error-back-home = 返回列表

## Field errors

field-error-required = 此字段为必填项。
field-error-too_long = 最多 { $max } 个字符。
field-error-too_many = 最多 { $max } 项。
field-error-bidi_control = 请删除不可见的文字方向控制字符。
field-error-control_character = 请删除不可见的控制字符。
field-error-unknown_country = “{ $code }”不是 ISO 3166-1 国家代码。
field-error-unknown_language = “{ $code }”不是已知的语言。
field-error-invalid_language = “{ $code }”不是语言标签（BCP 47），例如 tg 或 zh-Hans。
field-error-invalid_date = 请将日期写成 2022、2022-12 或 2022-12-08。
field-error-impossible_date = 这个日期不存在。
field-error-date_needs_day = 请填写完整日期，例如 2022-12-08。
field-error-range_reversed = 结束早于开始。
field-error-invalid_email = 这不是电子邮件地址。
field-error-invalid_url = 这不是以 https:// 开头的网址。
field-error-invalid_slug = 请使用 2 至 64 个小写拉丁字母、数字和单个连字符。
field-error-reserved_slug = 此地址已保留。
field-error-slug_taken = 此地址已被其他附属组织使用。
field-error-invalid_choice = 请从选项中选择一项。
field-error-invalid_file_name = 请填写维基共享资源上的图像文件名，例如 Example.svg。
field-error-username_character = 用户名不能包含“{ $character }”。
field-error-password_too_short = 至少 { $min } 个字符。
field-error-unknown_affiliate = 没有使用此地址的附属组织。
field-error-not_a_hub = 只有区域中心才能有成员附属组织。

## Membership

members-title = { $name }的成员
members-heading = 成员
members-count = { $count } 名成员
members-sort-date = 按加入日期
members-sort-name = 按姓名
members-talk = 讨论
members-no-date = 未注明日期
members-utc = （协调世界时）
members-signed-up = 加入日期
members-join = 加入
members-sign-in-to-join = 登录后加入
members-you-are-member = 您是成员。
members-you-applied = 您的申请正在等待组织者审核。
members-leave = 退出
members-joined = 欢迎！您现在是成员了。
members-applied = 谢谢！组织者会审核您的申请。
members-left = 您已退出该组织。
members-imported = 列表已导入。
members-wikitext = 供元维基使用的维基文本成员列表
members-organizers = 组织者专区
members-csv = 导出为 CSV
members-import = 导入维基报名列表
members-rules = 成员资格规则
members-pending = 待审核的申请
members-pending-none = 没有待审核的申请。
members-no-review = 本组织无需审核即可接纳成员。
members-answers-hidden = 只有本组织自己的组织者能看到这些回答。
members-approve = 批准
members-decline = 拒绝
role-board = 理事会成员
role-contact = 联系人
role-founder = 创始人
membership-status-pending = 等待批准
membership-status-active = 成员
membership-status-declined = 已拒绝
membership-status-left = 已退出
account-memberships = 我的成员资格
account-no-memberships = 您还不是任何组织的成员。
join-title = 加入{ $name }
join-terms = 谁可以加入
join-refused = 您暂时不能加入：
join-kind = 您加入的身份
join-kind-individual = 个人
join-kind-institution = 机构
join-age = 您的年龄
join-country = 国籍或居住国
join-institution = 机构名称
join-institution-help = 仅在代表机构加入时填写。
join-institution-country = 机构的注册国家
join-edit-count = 您在维基媒体的编辑次数
join-account-created = 您的维基媒体账户创建日期
join-unverified = 自行申报，未经核实
join-unverified-help = 按您所知填写；组织者可能会核实。
join-answer = 回答
join-privacy = 只有您和本组织的组织者能看到您的回答。
join-apply = 提交申请
rule-min_age = 成员年满 { $min } 岁。
rule-countries = 成员是{ $countries }的公民或居民。
rule-institutions = 机构也可以加入。
rule-institution_countries = 在{ $countries }注册的机构可以加入。
rule-min_edits = 成员在维基媒体项目中至少编辑过 { $min } 次。
rule-min_account_days = 成员的维基媒体账户已创建至少 { $days } 天。
rule-review = 组织者会审核每一份申请。
refusal-min_age = 您必须年满 { $min } 岁才能加入。
refusal-age_missing = 请填写您的年龄：成员须年满 { $min } 岁。
refusal-country = 本组织面向{ $countries }的公民和居民。
refusal-institutions_not_admitted = 本组织不接纳机构成员。
refusal-institution_country = 只有在{ $countries }注册的机构可以加入。
refusal-min_edits = 成员须在维基媒体项目中至少编辑 { $min } 次。
refusal-min_account_age = 成员的维基媒体账户须已创建至少 { $days } 天。
rules-title = { $name }的成员资格规则
rules-review = 成为成员前由组织者审核申请
rules-allow-institutions = 机构也可以加入
rules-min-age = 最低年龄
rules-countries = 这些国家的公民或居民（不限则留空）
rules-institution-countries = 机构注册国家
rules-institution-countries-help = ISO 国家代码；接纳任何地方的机构则留空。
rules-min-edits = 维基媒体最低编辑次数（申请人自行申报）
rules-min-account-days = 维基媒体账户最短存在天数（申请人自行申报）
rules-questions = 向申请人提出的问题
rules-questions-help = 将问题留空即可删除。
rules-question = 问题
rules-required = 必须回答
import-title = 向{ $name }导入报名列表
import-help = 粘贴元维基页面上的报名列表，可以是页面显示的样子，也可以是维基文本。每个人都会保留签名的日期。先查看预览，再导入。
import-text = 列表
import-preview = 预览
import-apply = 导入这些成员
import-problems = 无法读取的行
import-line = 行
import-reason = 原因
import-already = 已是成员
import-new = 新成员
import-fix-first = 请修正或删除无法读取的行，然后重新导入。未导入任何内容。
import-summary = 共 { $entries } 条，其中新成员 { $new } 条；{ $problems } 行无法读取；跳过其他 { $skipped } 行。
import-problem-no_name = 这一行没有名字。
import-problem-bad_name = 这不可能是维基媒体用户名。
import-problem-unreadable_date = 无法读取日期。
import-problem-impossible_date = 这个日期不存在。
import-problem-time_without_zone = 时间没有时区（UTC）。
history-by = { $actor }：{ $what }
history-members-imported = 从报名列表导入了 { $count } 名成员。
history-member-approved = { $actor }批准了{ $member }的申请。
history-member-declined = { $actor }拒绝了{ $member }的申请。
history-membership-rules = { $actor }修改了成员资格规则。
error-already_member = 您已是本组织成员，或您的申请正在审核中。
error-not_eligible = 您不符合本组织的成员资格规则。
field-error-impossible_age = 请填写 5 到 120 之间的年龄。
field-error-future_date = 这个日期在未来。
field-error-invalid_number = 请填写整数。
field-error-unknown_question = 本组织没有这个问题。
field-error-import_too_large = 列表超过 10 MB。
field-error-import_empty = 列表是空的。
field-error-import_utf16 = 文件是 UTF-16 编码。请另存为 UTF-8 后重试。
field-error-import_binary = 这不是文本。
field-error-import_not_utf8 = 文本不是 UTF-8（可能是旧编码）。请另存为 UTF-8 后重试。
field-error-import_unreadable_lines = 有些行无法读取；未导入任何内容。

## Events and the activities calendar

calendar-heading = 活动
calendar-title = { $name }的活动
calendar-link = 活动日历
calendar-feed = 订阅（iCalendar）
calendar-wikitext = 用于元维基的维基文本
calendar-years = 年份
calendar-all-years = 所有年份
calendar-empty = 暂无活动。
event-time-range-zone = { $start }至{ $end }（{ $zone }）
event-time-range-utc = { $start }至{ $end }（UTC）
event-status-planned = 计划中
event-status-ongoing = 进行中
event-status-done = 已完成
event-status-cancelled = 已取消
event-kind-edit-a-thon = 编辑马拉松
event-kind-workshop = 工作坊
event-kind-training = 培训
event-kind-photowalk = 摄影漫步
event-kind-upload-a-thon = 上传马拉松
event-kind-meetup = 聚会
event-kind-contest = 竞赛
event-kind-conference = 会议
event-kind-campaign = 活动项目
event-kind-other = 其他
event-mode-online = 线上
event-mode-in-person = 线下
event-mode-hybrid = 线上线下结合
event-field-when = 时间
event-field-kind = 类型
event-field-mode = 形式
event-field-venue = 地点
event-field-organizers = 主办方
event-field-hashtags = 话题标签
event-field-wikis = 维基
event-feed = 添加到日历（iCalendar）

## Event errors

field-error-unknown_time_zone = “{ $zone }”不是已知的时区；请使用 Asia/Dhaka 这样的名称。
field-error-time_skipped = 此时区跳过了 { $time }（夏令时）；请选择其他时间。
field-error-invalid_time = 请按 18:30 的格式填写时间。
field-error-end_before_start = 结束时间必须晚于开始时间。
field-error-invalid_coordinates = 请同时填写纬度（−90 至 90）和经度（−180 至 180），或都不填。
field-error-venue_required = 线下活动需要地点或地址。
field-error-online_has_no_place = 线上活动没有坐标。
field-error-capacity_not_positive = 请填写 1 至 { $max } 的名额，或留空表示不限。
field-error-invalid_wiki = “{ $wiki }”不是 bn.wikipedia.org 这样的维基地址。
field-error-invalid_hashtag = “{ $hashtag }”不是话题标签（仅限字母、数字和 _）。
error-already_registered = 您已报名此活动。
error-registration_closed = 此活动未开放报名。
error-registration_not_open_yet = 此活动尚未开始报名。
error-registration_ended = 此活动报名已截止。
error-event_over = 此活动已结束或已取消。

## Event registration

event-registration = 报名
event-seats = { $capacity } 个名额中已报名 { $taken } 个。
event-seats-unlimited = 已报名 { $taken } 人。
event-waiting = 候补 { $count } 人。
event-register = 报名
event-register-private = 不要在公开的参与者名单中显示我的名字
event-registered = 您已获得名额。
event-promoted = 有名额空出：您已从候补转为正式报名。
event-waitlisted = 您是候补第 { $position } 位。
event-cancel = 取消我的报名
event-sign-in-to-register = 请登录后报名。
event-participants = 参与者
event-private = 不公开
event-seat-registered = 正式
event-seat-waitlisted = 候补
event-seat-cancelled = 已取消
event-meeting = 会议链接

## Event outcomes

outcomes-heading = 成果
outcome-participants = 参与者
outcome-new_editors = 新编者
outcome-articles_created = 新建条目
outcome-articles_improved = 改进条目
outcome-uploads = 上传至共享资源
outcome-notes = 备注
outcomes-save = 保存成果
calendar-totals = 按年成果
calendar-year = 年份
event-cancel-event = 取消此活动
event-restore = 恢复此活动
event-participants-csv = 参与者与回答（CSV）
field-error-event_not_held = 活动举行后才能记录成果。

## My events

account-events = 我的活动
account-no-events = 您尚未报名任何活动。
account-feed-create = 创建私人日历地址
account-feed-explain = 用于日历应用的私人地址，包含您报名的活动。任何拥有此地址的人都能看到；创建新地址后旧地址失效。
account-feed-url = 您的私人日历地址（仅此时显示；请复制到日历应用中）：

## Campaigns

nav-campaigns = 活动项目
campaigns-title = 活动项目列表
campaigns-empty = 暂无活动项目。
campaign-edition-count = { $count } 届
campaign-editions = 各届
campaign-taking-part = 参与组织
event-field-campaign = 所属活动项目
calendar-campaigns = 活动项目
field-error-unknown_campaign = 没有此地址的活动项目。
error-campaign_slug_taken = 此地址已被其他活动项目使用。
event-field-people = 组织者
event-field-languages = 语言

## The event form

event-form-heading = { $name }的新活动
event-form-new = 新活动
event-form-what = 内容
event-form-when = 时间
event-form-where = 地点
event-form-more = 更多
event-form-title = 标题
event-form-all-day = 全天（仅日期）
event-form-start-date = 开始日期
event-form-start-time = 开始时间
event-form-end-date = 结束日期
event-form-end-date-help = 留空：与开始同一天。
event-form-end-time = 结束时间
event-form-time-zone = 时区
event-form-time-zone-help = 上述时间所在的时区，例如 Asia/Dhaka。读者也会看到自己时区的时间。
event-form-address = 地址
event-form-latitude = 纬度
event-form-longitude = 经度
event-form-capacity = 名额（留空：不限）
event-form-questions = 报名者需回答的问题
event-form-questions-help = 每行一个；以 * 开头表示必答。只有组织者能看到回答。
event-form-organizers-help = 维基媒体用户名，每行一个。
event-form-description = 简介
event-form-closes-date = 报名截止日期
event-form-closes-time = 时间
event-form-registration-open = 开放报名
event-form-save = 创建活动

## Month grid

weekday-1 = 周一
weekday-2 = 周二
weekday-3 = 周三
weekday-4 = 周四
weekday-5 = 周五
weekday-6 = 周六
weekday-7 = 周日
calendar-view-list = 列表
calendar-view-grid = 月视图
calendar-previous-month = 上个月
calendar-next-month = 下个月
calendar-show-times-in = 同时按此时区显示时间
calendar-show = 显示
event-form-edit-heading = 修改：{ $title }
event-edit = 修改此活动
event-undated = 日期待定
calendar-proposed = 拟议活动
event-form-proposed = 拟议，日期待定
event-form-opens-date = 报名开始日期

## Reports and the lifecycle

notice-reminder_30 = 提醒：报告将在 30 天后到期
notice-reminder_7 = 提醒：报告将在 7 天后到期
notice-past_due = 通知：必需的报告已逾期，并给出最后期限
notice-deadline = 通知：缺失报告的最后期限还有一周
notice-expiry = 通知：期限已过，认可已失效
history-report-filed = 提交了报告
history-report-deferred = 报告延期一年

## Notice mail

mail-subject = { $affiliate }：{ $what }
mail-report = 报告涵盖 { $start } 至 { $end }，截止日期为 { $due }。
mail-body =
    { $name }，您好：
    {""}
    这是{ $what }。
    { $report }
    {""}
    提交报告或查看您小组的状态：
    { $url }
    {""}
    — Sangam

## Reports pages

reports-heading = 报告
reports-link = 必交报告及其状态
reports-title = { $name } 的报告
reports-intro = 该组织每个期间应提交的报告、各自的截止日期和状态。
reports-none = 目前还没有需要提交的报告。协议期或财政年度开始时会出现。
reports-standing = 当前状态:{ $status }。
report-kind-activity = 年度活动报告
report-kind-financial = 财务报告
report-period = { $start } – { $end }
report-col-report = 报告
report-col-period = 期间
report-col-due = 截止日期
report-col-status = 状态
report-status-upcoming = 即将到来
report-status-due = 待提交
report-status-past_due = 已逾期
report-status-filed = 已提交
report-status-deferred = 已延期
report-status-accepted = 已接受
report-due-in = { $days ->
    [0] 今天截止
   *[other] { $days } 天后截止
}
report-overdue-by = 逾期 { $days } 天
report-in-grace = 宽限期至 { $date }
report-heading = { $report },{ $period }
report-due-on = { $date } 截止
report-filed-on = 于 { $date } 提交。
report-filed-by = 提交人:{ $username }。
report-accepted-on = 于 { $date } 接受。
report-changes-asked = 站点管理员要求修改
report-deferred-because = 延期一年:{ $reason }。
deferment-reason-natural_disaster = 自然灾害
deferment-reason-pandemic = 大流行病
deferment-reason-war = 战争
deferment-reason-government_restriction = 政府限制
report-wikitext = 用于元维基的维基文本
report-file-heading = 提交此报告
report-builder-intro = 此草稿根据本期间在此记录的活动、成果、成员和理事会变动填写。请编辑后提交。元维基上的报告以英文撰写。
report-builder-totals = 活动 { $events } 场,参与者 { $participants } 人,新成员 { $joined } 人。
report-build = 根据我们的数据生成报告
report-build-mine = 用我的语言
report-link-label = 报告链接(其元维基页面)
report-body-label = 或在此撰写报告
report-file = 提交报告
report-save-draft = 保存草稿
report-review-heading = 审核
report-review-accept = 接受报告
report-review-note = 需要修改的内容
report-review-changes = 要求修改
report-defer = 延期一年
report-defer-reason = 原因
report-defer-note = 发生了什么
report-decide-title = 已失效:管理员决定
report-decide-intro = 由于截止日期后仍缺少报告,认可已失效。请为新的协议期重新认可该组织,或将其移至曾经活跃的组织列表。
report-field-start = 第一天
report-field-end = 最后一天
report-field-due = 截止日期为
report-decide-recognize = 重新认可
report-decide-former = 移至曾经活跃
report-add-period = 添加报告期间
history-report-reviewed = 一份报告已审核
history-report-period = 已添加一个报告期间

## Compliance dashboard

compliance-title = 合规情况
compliance-intro = 每个组织的情况:状态、下一份报告、逾期多久、最近的通知,以及未能发送的通知邮件。
compliance-col-affiliate = 组织
compliance-col-status = 组织状态
compliance-col-next = 下一份报告
compliance-col-overdue = 逾期天数
compliance-col-notice = 最近通知
compliance-col-mail = 邮件问题
compliance-filter-overdue = 仅逾期
compliance-filter-mail = 仅有邮件问题
compliance-mail-failed = { $count } 封未发送:{ $error }

## The annual report builder's draft

report-draft-summary-heading = 概要
report-draft-summary = { $name } 在 { $start } 至 { $end } 期间举办了 { $events } 场活动。
report-draft-totals = 记录了成果的 { $reported } 场活动共有 { $participants } 名参与者和 { $new_editors } 名新编者;创建条目 { $articles_created } 篇,改进 { $articles_improved } 篇,上传文件 { $uploads } 个。
report-draft-events-heading = 活动
report-draft-no-events = 此期间在此没有记录任何活动。
report-draft-members-heading = 成员
report-draft-members = 有 { $joined } 人加入;期间结束时小组共有 { $total } 名成员。
report-draft-board-heading = 理事会
report-draft-board = 理事会成员:{ $names }。
report-draft-board-changes = 理事会变动日期:{ $dates }。
report-draft-plans-heading = 经验与计划
report-draft-plans = (在此写下哪些顺利、哪些困难,以及下一步计划。)

## Report errors

field-error-report_missing = 请提供报告链接或在此撰写报告。
field-error-report_link_or_text = 请提供链接或撰写报告,不要两者都填。
field-error-review_note_required = 请说明需要修改什么。
field-error-deferment_reason_required = 请选择延期原因。
field-error-period_overlaps = 此期间与 { $start } 至 { $end } 的期间重叠。
field-error-period_too_long = 报告期间最长两年。
field-error-due_before_end = 截止日期早于期间结束。
error-report_accepted = 此报告已被接受。
error-report_not_filed = 只能审核已提交且尚未接受的报告。
error-report_filed = 此报告已提交。
error-report_deferred = 此报告已延期。
error-not_expired = 只有认可已失效的组织才等待此决定。
error-period_overlaps = 此期间与另一期间重叠。

## Elections: refusals

error-nominations_closed = 本次选举目前不接受提名。
error-already_nominated = 此人已被提名。
error-voting_not_open = 投票尚未开始。
error-voting_closed = 投票已结束。
error-not_eligible_voter = 您不在本次选举的选民名单中：名单只包括在截止日期前加入的成员。
error-voting_not_closed = 投票结束后才会计票。
field-error-not_eligible_candidate = 只有在截止日期前加入的成员才能参选。
field-error-ballot_method = 这张选票与本次选举的方式不符。
field-error-ballot_empty = 请至少为一位候选人排序。
field-error-ballot_unknown_candidate = 这张选票上有非候选人的名字。
field-error-ballot_repeated_candidate = 这张选票把同一位候选人排了两次。
field-error-ballot_stances = 请为每位候选人选择支持、中立或反对。
field-error-receipt_required = 您已经投过票：如要更改，请输入您选票的回执码。
field-error-receipt_unknown = 没有与此回执码对应的选票。
field-error-seats_range = 席位数请填写 1 到 { $max }。
field-error-invalid_instant = 时间请写成 2027-03-01 或 2027-03-01T09:00:00Z。
field-error-voting_before_nominations_close = 投票只能在提名截止后开始。

## The board on the profile

board-heading = 理事会
board-now = 现任理事：{ $names }（至 { $end }）。
board-phase = 自小组第 { $year } 年起：{ $seats } 个席位，任期 { $months } 个月，{ $how }。
board-chosen-founders = 由创始人选定
board-chosen-election = 由成员选举产生
board-before = { $names }，{ $start } – { $end }

## Election pages

elections-title = { $name }的选举
elections-none = 还没有选举。
election-phase-upcoming = 即将开始
election-phase-nominating = 提名进行中
election-phase-waiting = 提名已截止；投票即将开始
election-phase-voting = 投票进行中
election-phase-closed = 已结束
election-voting-dates = 投票：{ $start } – { $end }
election-nomination-dates = 提名：{ $start } – { $end }
election-seats = 席位：{ $seats }
election-choice = 第 { $rank } 选择
election-round-elected = 当选：{ $names }。
election-round-eliminated = 淘汰：{ $names }。
election-turnout = { $count ->
   *[other] 已有 { $count } 名成员投票。
}
election-method-meek = 为任意多位候选人排序，最想选的排第一。按维基媒体基金会理事会选举的方式，以德鲁普商额的 Meek STV 计票。
election-method-approval = 认可所有您支持的候选人；得到认可最多者当选。
election-method-plurality = 选择一位候选人；得票最多者当选。
election-method-support_oppose = 为每位候选人选择支持、中立或反对；按 支持 ÷（支持 + 反对）排序。
election-receipt-found = 您的选票已计入。
election-receipt-missing = 计票中没有此回执码的选票。
election-receipt-heading = 您的回执码
election-receipt-keep = 请保存此码。它在任何地方都不与您的名字关联：凭它可以核对您的选票已被计入，并在投票结束前更改投票。无人能为您补发。
election-candidates = 候选人
election-no-candidates = 还没有候选人。
election-withdrawn = 已退选
election-statement = 您的参选声明（成员为什么应当选您）
election-stand = 参选
election-ballot = 您的选票
election-support = 支持
election-neutral = 中立
election-oppose = 反对
election-change-receipt = 如要更改投票，请输入您选票的回执码
election-change-vote = 更改我的投票
election-vote = 投票
election-result = 结果
election-elected = 当选：
election-round = 轮次
election-quota = 商额
election-blt = BLT 文件格式的选票（可用任何 STV 程序重新计票）
election-ballots = 公开的选票
election-check-receipt = 核对回执码
election-check = 核对
elections-link = 选举
election-surplus = 盈余
election-keep-factor = 保留系数
election-rounds-intro = 每一轮：商额、每位候选人的票数（当选者从到达的每张票中保留的份额，以 × 保留系数表示）、超出商额的盈余，以及谁当选或被淘汰。

## Setting up an election

election-new = 新选举
election-field-method = 计票方式
election-field-title = 名称
election-field-seats = 席位
election-field-nominations_open = 提名开始
election-field-nominations_close = 提名截止
election-field-voting_open = 投票开始
election-field-voting_close = 投票截止
election-field-voters_joined_before = 选民：在此日期前加入的成员
election-field-voters_min_edits = 选民最低编辑次数（可选）
election-field-candidates_joined_before = 候选人：在此日期前加入的成员（留空则同选民日期）
election-field-term_start = 任期开始
election-field-term_end = 任期结束
election-method-name-meek = 排序投票，Meek STV
election-method-name-approval = 认可投票
election-method-name-plurality = 单选
election-method-name-support_oppose = 支持、中立或反对
election-awaiting = 等待其接受：
election-accept = 接受提名
election-withdraw = 退选
election-nominee = 提名其他成员（其用户名；自己参选请留空）
election-statement-edit = 撰写或翻译此参选声明
election-statement-lang = 语言（如 en、bn 或 ur 等代码）
election-statement-save = 保存声明
election-statement-outdated = 此译文译自声明的较早版本。
error-statement_source_nominee_only = 只有候选人本人可以修改其原文语言的声明；请添加其他语言的译文。
field-error-duplicate = 此项重复出现。
field-error-presenter_one_of = 请为每位主讲人填写用户名或嘉宾姓名，二者选一。
field-error-session_minutes_range = 一场会议时长为 5 至 { $max } 分钟。
field-error-language_not_offered = 此征集不提供该语言。
field-error-presenter_unknown = 没有使用此用户名的账户；请以嘉宾身份填写其姓名。
field-error-signature_without_date = 有签名没有日期；请用四个波浪号（~~~~）签名。
error-cfp_not_open = 提案征集尚未开始。
error-cfp_closed = 提案征集已截止。
error-proposal_not_editable = 此提案已无法更改。
error-not_proposer = 只有提案的主讲人可以执行此操作。
error-proposal_withdrawn = 此提案已撤回。
conf-proposals-title = { $title }的提案
conf-new-title = 为{ $title }提交提案
conf-cfp-upcoming = 提案征集将于{ $date }开始。
conf-cfp-open = 提案征集开放至{ $date }。
conf-cfp-closed = 提案征集已于{ $date }截止。
conf-minutes = { $minutes } 分钟
conf-session-types = 会议形式
conf-languages = 语言
conf-interpretation = 可安排这些语言之间的口译。
conf-interested-count = { $count } 人感兴趣
conf-new = 提交提案
conf-none = 尚无提案。
conf-status-submitted = 等待评审
conf-status-withdrawn = 已撤回
conf-status-accepted = 已接受
conf-status-waitlisted = 候补中
conf-status-rejected = 未接受
conf-field-presenters = 有账户的主讲人（用户名，每行一个）
conf-field-guests = 无账户的主讲人（姓名，每行一个）
conf-field-contact_email = 电子邮件地址（可选；仅组织者和主讲人可见）
conf-field-affiliation = 所属机构
conf-field-title = 标题
conf-field-lang = 语言
conf-field-language_note = 语言安排（可选）
conf-field-session_type = 形式
conf-field-minutes = 所需时间，以分钟计（留空则为该形式的常规时长）
conf-field-track = 分会场主题
conf-field-plan = 详细说明您的计划
conf-field-support = 您需要的支持
conf-field-benefit = 本场会议将如何惠及社群？
conf-submit = 提交提案
conf-save = 保存更改
conf-presenters = 主讲人
conf-time-needed = 所需时间
conf-submitted-by = 由{ $name }于{ $date }提交
conf-contact = 联系信息
conf-topic = 主题
conf-edit = 修改提案
conf-withdraw = 撤回提案
conf-interested = 感兴趣的参加者
conf-interested-none = 尚无人签名。
conf-interest-add = 我感兴趣
conf-interest-remove = 取消我的关注
event-proposals = 提案征集与日程
conf-mail-subject = { $title }：{ $decision }
conf-mail-body =
    { $name }，您好：
    {""}
    组织者已对您的提案“{ $title }”作出决定：{ $decision }。
    {""}
    { $note }
    {""}
    查看提案：
    { $url }
    {""}
    — Sangam
error-not_reviewer = 只有会议的评审人可以执行此操作。
error-own_proposal = 评审人不评审自己提交或主讲的提案。
field-error-score_count = 请为 { $count } 项标准各打一个分。
field-error-score_out_of_scale = 分数范围为 0 至 { $max }。
field-error-weight_range = 权重须为大于 0 且不超过 100 的数。
field-error-too_large = 最多 { $max }。
error-room_taken = 该时段此会场已有其他会议。
error-presenter_busy = 本场的一位主讲人在该时段有另一场会议。
error-proposal_not_accepted = 只有已接受的会议才会列入日程。
field-error-session_longer_than_slots = 本场会议比任何时间段都长。
field-error-outside_slots = 请把会议安排在会议的某个时间段之内。
conf-programme-title = { $title }日程
conf-programme-zone = 时间按 { $zone }。
conf-programme-empty = 日程中尚无会议。
conf-programme = 日程
conf-when-where = 日程安排：
conf-add-to-calendar = 添加到我的日历
sch-title = { $title } 奖学金
sch-review-title = { $title } 奖学金申请
sch-upcoming = 申请将于 { $date } 开放。
sch-open = 申请开放至 { $date }。
sch-closed = 申请已于 { $date } 截止。
sch-phase = 阶段
sch-phase-open = 正在接受申请
sch-phase-eligibility = 正在审核资格
sch-phase-scoring = 正在评分
sch-phase-decision = 正在决定
sch-phase-published = 结果已公布
sch-advance-eligibility = 截止申请并审核资格
sch-advance-scoring = 开始评分
sch-advance-decision = 结束评分并作出决定
sch-advance-published = 公布结果并邮件通知申请人
sch-criteria = 评审人按 { $criteria } 评分，每项 0 至 { $max } 分。
sch-field-region = 国家或地区
sch-field-history = 以往参加的会议和奖学金申请（例如“我在 2019 年和 2023 年申请过”）
sch-field-contributions = 你对维基和社群的贡献
sch-field-motivation = 你为什么想参加？
sch-field-need = 所需资助
sch-need-full = 全额奖学金（交通、住宿和注册）
sch-need-partial = 部分奖学金
sch-apply = 提交我的申请
sch-save = 保存
sch-sign-in = 登录后即可申请。
sch-yours = 你的申请
sch-sent = 提交于 { $date }。
sch-decision = 决定
sch-decision-full = 全额奖学金
sch-decision-partial = 部分奖学金
sch-decision-waitlist = 候补
sch-decision-declined = 未获资助
sch-decision-message = 给申请人的留言
sch-your-scores = 你的分数
sch-your-score = 你的评分
sch-reviewer-n = 评审人 { $n }
sch-reviewer = 评审人
sch-weighted = 加权
sch-score = 平均分
sch-cutoff = 获资助者的最低分
sch-spread = 评审人分歧
sch-comment = 评语
sch-score-it = 为此申请评分
sch-flag = 标记
sch-flag-none = 无标记
sch-flag-spam = 垃圾申请
sch-flag-ineligible = 不符合资格
sch-flag-note = 原因
sch-review-link = 评审申请
sch-back-to-event = 返回活动
sch-back-to-round = 返回奖学金页面
sch-none = 暂无申请。
sch-applicant = 申请人
sch-email = 电子邮件地址
sch-reviewers = 评审人（用户名，每行一个）
sch-application-of = { $name } 的奖学金申请
event-scholarship = 奖学金
sch-mail-subject = { $conference }：奖学金 — { $decision }
sch-mail-body =
    { $name }，你好：
    {""}
    { $conference } 的奖学金结果已公布。你的结果：{ $decision }。
    {""}
    { $note }
    {""}
    你的分数和录取最低分在奖学金页面上：
    { $url }
    {""}
    — Sangam
error-scholarship_not_open = 本轮奖学金尚未开放申请。
error-scholarship_closed = 本轮奖学金申请已截止。
error-round_under_way = 申请阶段已过，无法再更改。
error-applications_undecided = 还有申请尚未作出决定。
error-wrong_phase = 现在不是进行此操作的阶段。
error-own_application = 评审人不为自己的申请评分或标记。
error-application_flagged = 此申请已被标记：不参与评分，只能拒绝。
error-application_private = 只有申请人、评审人和组织者可以查看此申请。
field-error-phase_order = 各阶段须逐一推进。
conf-call-title = { $title } 的议题征集
conf-save-call = 保存征集
conf-field-opens = 开始（日期，或 UTC 日期和时间，如 2027-03-01T00:00:00Z）
conf-field-closes = 截止（日期，或 UTC 日期和时间）
conf-field-session_types = 议程类型，每行一个：键 | 名称 | 分钟
conf-field-tracks = 分组，每行一个（可选）
conf-field-languages = 议程语言（如 en hi bn 的代码，用空格分隔）
conf-field-questions = 你自己的问题，每行一个（行末加 * 表示必答）
conf-field-criteria = 评审人评分的项目，每行一个：名称 | 权重
conf-field-score_max = 评分上限（分数从 0 开始）
conf-link-call = 设置议题征集
conf-link-reviews = 评审提案
conf-link-schedule = 会议室和时段
sch-link-round = 设置奖学金轮次
sch-edit-title = { $title } 的奖学金轮次
sch-save-round = 保存轮次
conf-reviews-title = { $title } 的提案评审
conf-status = 状态
conf-reviews = 评审
conf-review-it = 评审此提案
conf-decision-message = 给讲者的留言（随决定一起邮寄）
conf-place = 排入议程
conf-room = 会议室
conf-start = 开始时间
conf-schedule-title = { $title } 的会议室和时段
conf-rooms = 会议室
conf-room-name = 会议室名称
conf-add-room = 添加会议室
conf-slots = 时段
conf-slots-help = 每行一个，开始 – 结束，使用会议所在时区，如 2027-08-01T10:00 – 2027-08-01T13:00
conf-accepted-sessions = 已接受的议程
conf-not-placed = 尚未排入议程

election-counting = 正在计票。请一分钟后重新加载此页面。
election-count-failed = 计票未能在本服务器的限制内完成，因此尚无结果。已通知组织者。
election-count-failed-organizer = 网站管理员可以给计票更多时间或内存（设置中的 count_seconds、count_memory_mb）；然后在此重新计票。
election-recount = 重新计票
error-nothing_to_recount = 没有可以重新开始的已停止计票。
history-count-failed = 选举“{ $title }”的计票未能在本服务器的限制内完成。
