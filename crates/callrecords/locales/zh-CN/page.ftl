# page messages
count-call-records = { $count } 条通话记录
app-title = 通话记录查看器
privacy-promise = 所有内容都留在此标签页中：没有服务器，没有网络请求（由页面的 Content-Security-Policy 强制执行）。
nav-views = 视图
quality-rules = 质量规则
edit-limits = 编辑阈值
edit-limits-hint = 更改阈值会切换为自定义阈值（以上面的规则为起点）。留空则关闭该规则。
limit-off = 关闭
language = 语言
