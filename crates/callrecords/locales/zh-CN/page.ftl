# page messages
count-call-records = { $count } 条通话记录
app-title = 通话记录查看器
privacy-promise = 所有内容都留在此标签页中：没有服务器，没有网络请求（由页面的 Content-Security-Policy 强制执行）。
nav-views = 视图
quality-rules = 质量规则
edit-limits = 编辑阈值
edit-limits-hint = 更改阈值会切换为自定义阈值（以上面的规则为起点）。留空则关闭该规则。按 Esc 关闭。
limit-off = 关闭
language = 语言
tab-calls = 通话
tab-other-logs = 其他日志
invalid-limit = 大于或等于 0 的数字，留空则关闭该规则
loader-label = 加载通话记录
loader-paste-label = 粘贴 Graph 通话记录 JSON（单条记录、列表、会话页面、PSTN 或直接路由日志）
loader-load-pasted = 加载粘贴的文本
loader-open-files = 打开文件…
loader-file-input = 打开通话记录文件
loader-try-example = 试用示例
loader-drop-hint = 或将 .json、.jsonl 或 .gz 文件拖放到页面任意位置
loader-clear = 全部清除
calls-label = 通话记录
calls-filter-placeholder = 筛选：姓名、"精确短语"、号码、ID、UPN、IP…
calls-filter-label = 按文本筛选通话
calls-modality = 模式
calls-modality-any = 任意
calls-problems-only = 仅显示问题
filter-from = 从
filter-to = 至
filter-from-label = 开始于此日期或之后（本地日期）
filter-to-label = 开始于此日期或之前（本地日期）
calls-shown = 已显示 { $shown } 个，共 { $count } 个通话
calls-caption = 通话记录；时间：{ $zone }
calls-findings-note = 流规则之外的发现
call-back = 返回通话列表
call-breadcrumb = 导航路径
call-join-url = 加入 URL：
call-findings-label = 发现
call-findings = 发现 ({ $count })
call-details = 详细信息
call-log-rows-label = 此通话的日志行
call-log-rows = 此通话的 PSTN 和直接路由行 ({ $count })
value-poor-because = （差：{ $why }）
drop-hint = 拖放通话记录文件以加载
tree-call-overview = 通话概览
count-pstn-calls = { $count } 个 PSTN 通话
count-direct-routing-calls = { $count } 个直接路由通话
count-other-log-rows = { $count } 行其他日志
count-sessions = { $count } 个会话
count-segments = { $count } 个分段
count-streams = { $count } 个流
count-sources = { $count } 个来源
loaded-line = 已加载：{ $what }
loaded-line-timed = 已加载：{ $what }（解析用时 { $ms } 毫秒）
size-mb = { $size } MB
size-kb = { $size } KB
parsing-line = 正在解析 { $count } 个来源（{ $size }）…
file-unreadable = { $name }（无法读取：{ $error }）
loaded-elsewhere = 已加载：
loaded-elsewhere-tab = （“{ $tab }”标签页）
sentence-end = 。
empty-calls = 未加载任何通话记录。
empty-calls-hint = 在上方粘贴或打开一条通话记录（{ $request }）或其列表，或试用示例。
empty-pstn = 未加载任何 PSTN 通话行。
empty-pstn-hint = 加载 getPstnCalls 响应（{ $request }）。
empty-direct-routing = 未加载任何直接路由行。
empty-direct-routing-hint = 加载 getDirectRoutingCalls 响应（{ $request }）。
empty-other-logs = 未加载任何 beta 版日志行。
empty-other-logs-hint = 加载 beta 版 getSmsLog、getPstnBlockedUsersLog 或 getPstnOnlineMeetingDialoutReport 响应。
empty-call = 此标签页中未加载通话记录 { $id }。
empty-call-hint = 关闭或重新加载标签页后不会保留任何内容：请重新加载文件以查看。
sessions-not-loaded = 未加载
sessions-lost = { $sessions }，丢失 { $lost } 个（不完整）
findings-more = +{ $count } 项发现
col-start = 开始时间 ({ $zone })
col-duration = 持续时间
col-type = 类型
col-modalities = 模式
col-organizer = 组织者
col-people = 人员
col-sessions = 会话
col-quality = 质量
col-poor-streams = 较差的流
call-heading = 通话
no-sessions = 未加载会话：此记录不含会话。请使用 { $query } 获取它及其后续会话页面，然后加载这些文件。
warning-placeholder = 仅加载了此通话的页面（会话或参与者），而非通话记录本身：其类型、时间和组织者未知。
warning-lost-sessions = 不完整：由于文件中的语法错误，此通话的部分会话已丢失（请参阅通话列表上方的消息）。判定仅涵盖可读取的会话。
warning-more-sessions = 还有未加载的会话（响应包含 { $link }）。请加载后续页面以查看全部会话。
warning-more-participants = 参与者多于已加载的数量（{ $link }）。
tree-label = 会话
tree-expand-all = 全部展开
tree-collapse-all = 全部折叠
tree-aria = 会话、分段、媒体和流
tree-failed = 失败
# 输入的问题（诊断）
diagnostics-label = 输入的问题
diagnostic-place = { $source }，第 { $line } 行，第 { $column } 列
diag-empty = 输入为空
diag-invalid-utf8 = 此处的文本不是有效的 UTF-8：错误的字节已替换为 �；请将导出内容另存为 UTF-8
diag-comments = 已跳过 { $count } 条注释（// 或 /* */）：JSON 没有注释，因此其他工具可能会拒绝此文件
diag-lone-surrogate = { $field } 包含一个未配对的 UTF-16 代理项 ({ $escape })，它不是字符：已保留并用替换字符 U+FFFD 代替{ $count ->
    [1] {""}
   *[other] （此文件中共 { $count } 处）
}
diag-number-as-text = { $named ->
    [yes] { $field } { $value }
   *[no] 某个值 ({ $value })
} 是以文本形式写入的数字：已按数字读取{ $count ->
    [1] {""}
   *[other] （此字段中有 { $count } 个类似的值）
}{ $placed ->
    [yes] （位于 { $path }）
   *[no] {""}
}
diag-unreadable-field = { $named ->
    [yes] { $field } { $value }
   *[no] 某个值 ({ $value })
} 不是{ $expected ->
    [number] 数字
    [whole] 整数
    [datetime] ISO 8601 日期和时间（如 2026-03-17T10:00:00Z）
    [duration] ISO 8601 持续时间（如 PT0.03S）
   *[other] { $expected_text }
}：已将其省略（显示为未报告），其余部分已加载{ $count ->
    [1] {""}
   *[other] （此字段中有 { $count } 个类似的值）
}{ $placed ->
    [yes] （位于 { $path }）
   *[no] {""}
}
diag-notification = 这是{ $what ->
    [lifecycle] 生命周期通知 ({ $detail })
    [change-of] 更改通知 ("{ $detail }")
   *[change] 更改通知
}{ $identified ->
    [yes] （通话记录 { $id }）
   *[no] {""}
}：它只说明某条记录存在，不包含通话数据。请使用 { $query }（应用程序权限 CallRecords.Read.All）获取该记录，并在此处加载该响应。
diag-graph-error = 这是来自 Graph 的错误响应，不是通话数据：{ $code } — { $message }
diag-more-record-pages = 此通话记录列表还有更多页 (@odata.nextLink)：仅加载了此页中的记录。
diag-more-log-pages = 此日志还有更多页（@odata.nextLink，每页 1,000 行）：仅加载了此页中的行。
diag-page-without-record = 没有 "@odata.context" 的会话或参与者页面不会说明它属于哪条通话记录：其项目显示在 "{ no-call-record }" 下。请按 Graph 返回的原样加载该页面，以将其关联到相应记录。
# The ids the page gives a call record without one, and the record of pages that name none.
record-without-id = （无 ID 的记录 #{ $number }）
no-call-record = （无通话记录）
diag-missing-id = 某条通话记录没有 "id"；它显示为 { record-without-id }。
