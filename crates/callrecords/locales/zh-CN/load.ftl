# 分段加载：进度行、进度条和“停止”按钮。
load-progress = 正在读取 { $name }{ $count ->
        [1] {""}
       *[other] {" "}（第 { $index } 个，共 { $count } 个）
    }：{ $percent }% · { $done } / { $total } · 已读取 { $items } 项
load-adding = 正在将 { $name } 添加到已加载的数据：{ $percent }%
load-stop = 停止加载
load-stopped = 已停止加载：未添加 { $name } 中的任何内容；之前加载的数据保持不变。
load-progress-label = 加载进度
load-judging = 正在评估流：{ $done } / { $total } 个通话
load-linking = 正在将 PSTN 和直接路由记录与通话匹配：{ $done } / { $total } 个通话
load-redacting = 正在脱敏数据：{ $percent } %
load-redaction-stopped = 脱敏已停止：视图按之前的样子显示数据。
load-judging-again = 正在重新评估流：{ $done } / { $total } 个通话；完成之前显示的仍是先前的评估结果。
load-judging-label = 评估进度
# The string-length limit (ingest/bound.rs).
diag-long-text = { $field } 中的文本值长度为 { $length } 个字符，超过了单个值的上限（{ $limit } 字节）：仅保留前 { $kept } 个字符，并以“…”结尾{ $count ->
    [1] {""}
   *[other] （此文件中共有 { $count } 个值按同样方式截断）
}
