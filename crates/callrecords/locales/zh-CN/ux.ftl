# 页面时区规则、UTC 开关、阈值编辑器、按类型分组的发现、焦点和下载
zone-utc = UTC
zone-local = 本地时间
utc-label = 以 UTC 显示时间
utc-hint = 以 UTC 而非你所在的时区显示所有时间（此时每个时间以 UTC 结尾；否则以各自的偏移量结尾，已含夏令时）。
reset-limits = 重置为 { $rules }
skip-link = 跳到内容
rules-note = 页面上的所有判定均按这些规则得出。
loader-nothing-kept = 加载的任何内容都不会保留：关闭或重新加载此标签页即会清除。
logs-csv = 下载 CSV
logs-csv-title = 以当前显示的行和列，在此标签页中生成的 CSV 文件
table-region = { $table }：表格
problems-more = +{ $count } 个问题
findings-show-more = 再显示 { $count } 项
finding-group = { $kind } ({ $count })
finding-group-notes = { $kind } ({ $count }，{ $notes } 条备注)
detail-other-metrics = 其他指标（{ $count } 项，{ $kind } 不报告）
