# chart messages
charts = 图表
charts-hint-open = 悬停可查看确切值；单击条形、区间或行可将其打开。
charts-hint-closed = { $count } 个流：展开即可绘制。
charts-across = 跨通话图表
charts-across-gathering = 正在汇总通话的流：{ $done } / { $total }…
charts-across-hint = { $calls } 个通话，{ $streams } 个流。悬停可查看确切值；单击点或条形可打开其流。
chart-show-table = 以表格形式显示
chart-save-svg = 将“{ $caption }”另存为 SVG
chart-save-png = 将“{ $caption }”另存为 PNG
# 图表的标题、坐标轴、图例和文本替代内容
chart-sentence = { $clauses }。
chart-clause-separator = ；
chart-sentence-separator = { "" }
chart-rows-cut = 显示了 { $count } 行中的前 { $shown } 行。
chart-too-small = 太小，无法绘制
chart-unknown = 未知
chart-not-applicable = 不适用
chart-col-assessment = 评估
chart-col-average = 平均值
chart-col-breaking-limit = 超出限值
chart-col-calls = 通话
chart-col-code = 代码
chart-col-date = 日期
chart-col-duration = 持续时间
chart-col-endpoint = 终结点
chart-col-ends = 结束
chart-col-failed = 失败
chart-col-failure = 失败信息
chart-col-from = 从
chart-col-item = 项目
chart-col-limit = 限值
chart-col-max = 最大值
chart-col-measure = 度量
chart-col-media = 媒体
chart-col-minutes = 分钟
chart-col-phrase = 短语
chart-col-record = 记录
chart-col-share = 占比
chart-col-starts = 开始
chart-col-stream = 流
chart-col-streams = 流数
chart-col-successful = 成功
chart-col-to = 到
chart-col-unknown-outcome = 结果未知
chart-col-value = 值
chart-col-verdict = 判定
chart-count-calls = { $calls } 个通话
chart-count-streams = { $streams } 个流
chart-count-not-reported = { $count } 个未报告
chart-minutes = { $minutes } 分钟
chart-calls = 通话
chart-unknown-outcome = 结果未知
chart-group-jitter = 抖动
chart-group-packet-loss = 丢包率
chart-group-round-trip = 往返时间
chart-group-audio-degradation = 音频降级（网络 MOS）
chart-group-concealed = 隐藏样本
chart-group-frame-rate = 视频帧速率
chart-group-frame-loss = 视频丢帧率
chart-group-post-fec = FEC 后视频丢包率
chart-axis-degradation = 降级
chart-axis-frame-rate = 帧速率
chart-axis-frame-loss = 丢帧率
chart-axis-post-fec = FEC 后丢包率
chart-breaks-limit = 超出限值
chart-within-limit = 在限值内
chart-not-judged = 未判定
chart-not-a-measurement = 不是测量值（{ $value }）
chart-stream-not-judged = 流未判定
chart-stream-unclassified = 流未分类
chart-within-the-limit = 在{ $limit }以内（{ $rules }）
chart-beyond-not-deciding = 超出{ $limit }，但在 { $rules } 下不作为此流的判定依据
chart-no-limit-under = { $rules } 下没有限值
chart-metric-caption = 每个流的{ $metric }，按 { $rules } 判定
chart-metric-no-streams = 没有{ $metric }的流。
chart-metric-summary-none-poor = { $streams } 个流，均未超出限值{ $missing ->
    [0] {""}
   *[other] ；{ $missing } 个未报告
}。
chart-metric-summary-poor = { $streams } 个流，{ $poor } 个超出限值：{ $names }{ $missing ->
    [0] {""}
   *[other] ；{ $missing } 个未报告
}。
chart-max-value = 最大 { $value }
chart-no-data-stream-reports = 无数据：没有流报告{ $metric }
chart-legend-max = 最大值
chart-legend-limit = 限值
chart-timeline-title = 时间线
chart-timeline-session = 会话 { $session } · { $who }
chart-timeline-segment = 会话 { $session } 的段 { $segment } · { $who }
chart-timeline-untimed-item = { $item }：没有开始或结束时间
chart-timeline-since-call-start = 自通话开始的时间
chart-timeline-since-first-start = 自首个记录的开始时间起的时间
chart-timeline-caption = 通话时间线（{ $axis }，时间 0 = { $origin }）
chart-timeline-none = 没有可放在时间线上的开始和结束时间。
chart-timeline-starts-at = { $span } 开始于 +{ $at }
chart-timeline-summary = { $sessions } 个会话，历时 { $length }，{ $segments } 个段；{ $streams } 个流中有 { $timed } 个带有时间。
chart-timeline-failed = 失败：{ $spans }。
chart-timeline-untimed = 未显示 { $items } 个没有时间的项目。
chart-timeline-untimed-note = 未显示 { $items } 个没有开始/结束时间的项目
chart-timeline-span = +{ $from } 到 +{ $to } · { $verdict }
chart-timeline-no-data = 无数据：没有可放在时间线上的开始和结束时间
chart-no-judged-streams = 没有已判定的流
chart-failed = 失败
chart-failed-at = 在{ $stage }失败
chart-unknown-endpoints = 未知终结点
chart-health-title = { $events ->
    [network] 网络事件
    [device] 设备事件
   *[both] 网络和设备事件
}
chart-health-caption = { $events ->
    [network] 每个终结点的网络事件比率（占通话的比例）
    [device] 每个终结点的设备事件比率（占通话的比例）
   *[both] 每个终结点的网络和设备事件比率（占通话的比例）
}
chart-endpoint-segment = { $who } · 段 { $segment }
chart-at-or-over-the-limit = 达到或超出限值
chart-within-the-limit-plain = 在限值内
chart-no-published-limit = 没有已发布的限值
chart-at-or-over-limit-of = 达到或超出{ $limit }（{ $source }）
chart-health-none = 没有终结点报告网络或设备事件比率。
chart-health-summary-within = { $endpoints } 个终结点；没有比率达到已发布的限值。
chart-health-summary-over = { $endpoints } 个终结点；达到或超出限值：{ $over }。
chart-health-no-data = 无数据：没有终结点报告网络或设备事件比率
chart-at-or-over-limit = 达到或超出限值
chart-viewer-limit = 查看器的限值，未发布限值
chart-limit-findings = 限值（发现）
chart-percent-of-call = 占通话的百分比
chart-silent-sides = 网络和设备事件未包含 { $sides } 个有网络或设备信息但没有这些比率的终结点端（请查看每个媒体的详细信息）。
chart-distribution-title = { $metric } · 所有通话 · { $rules }
chart-distribution-caption = { $metric }：音频流分布，按 { $rules } 判定
chart-distribution-summary = { $reported } 个音频流报告了该值，对照{ $limit }；{ $poor } 个超出；{ $missing } 个未报告。
chart-distribution-summary-no-limit = { $reported } 个音频流报告了该值，这些规则下没有限值；{ $poor } 个超出；{ $missing } 个未报告。
chart-bin-label = { $metric } 从 { $from } 到 { $to }
chart-bin-breaking = { $poor } 个超出限值
chart-distribution-no-data = 无数据：没有音频流报告{ $metric }
chart-other-streams = 其他流
chart-axis-streams = 流
chart-scatter-title = 抖动与丢包率 · 所有通话 · { $rules }
chart-scatter-caption = 每个流的平均抖动与平均丢包率，按 { $rules } 判定
chart-scatter-summary = 绘制了 { $plotted } 个流，{ $poor } 个差；{ $missing } 个没有抖动或丢包数据，未绘制。
chart-scatter-value = 抖动 { $jitter }，丢包率 { $loss }
chart-scatter-detail = { $verdict } · 记录 { $record }
chart-scatter-no-data = 无数据：没有流同时报告抖动和丢包率
chart-scatter-x-axis = 抖动，平均（毫秒）
chart-scatter-y-axis = 丢包率，平均（%）
chart-audio-limit = 音频限值
chart-scatter-not-plotted = { $count } 个未绘制（未报告）
chart-picked = 所单击条形中的 { $count } 个流
chart-picked-of = “{ $metric }”中所单击条形的 { $count } 个流
chart-picked-label = 所单击条形中的流
chart-stream-not-found = 找不到流
chart-daily-title = 每日通话数（{ $zone }）
chart-daily-caption = 每日 { $log } 通话数（{ $zone }）
chart-daily-calls-over-days = { $days } 天内 { $calls } 个通话
chart-daily-busiest = 最忙的一天是 { $date }，有 { $calls } 个通话
chart-daily-failed = { $failed } 个失败
chart-daily-without-time = { $rows } 行没有时间，未计入
chart-daily-outcomes = { $successful } 个成功，{ $failed } 个失败{ $other ->
    [0] {""}
   *[other] ，{ $other } 个结果未知
}
chart-daily-no-data = 无数据：没有带时间的 { $log } 通话
chart-daily-legend-without-time = { $rows } 个没有时间
chart-daily-x-axis = 日期（{ $zone }）
chart-sip-title = 按最终 SIP 代码统计的失败通话
chart-sip-caption = 按最终 SIP 代码统计的直接路由失败通话
chart-sip-no-code = 无代码
chart-sip-more-codes = 另外 { $count } 个代码
chart-sip-summary = { $groups } 组中共 { $failed } 个失败通话；最常见的是 { $top }（{ $share }）。
chart-sip-none = 没有失败通话。
chart-sip-no-data = 无数据：没有失败通话
chart-sip-x-axis = 失败通话
# A chart of a big call draws the worst streams or endpoints only (chart/worst.rs)
chart-worst-streams = { $title } · { $count } 个流中最差的 { $shown } 个
chart-worst-sessions = { $title } · { $count } 个会话中最差的 { $shown } 个（失败的优先）
chart-worst-sides = { $title } · { $count } 个终结点中最差的 { $shown } 个
