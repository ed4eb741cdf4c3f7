# 输入的问题（第二部分）：解码和 gzip、JSON 语法及恢复、类型错误的值、不是通话记录数据的内容、
# 重复加载的记录、PowerShell 输出。diag-item 是某一项的名称。
diag-item = { $item ->
    [record] 通话记录
    [session] 会话
    [participant] 参与者
    [pstn] PSTN 通话行
    [direct-routing] 直接路由通话行
    [sms] 短信日志行
    [blocked-user] 已阻止用户行
    [dialout] 会议拨出报告行
    [notification] 更改通知
    [graph-error] 错误响应
   *[other] 项
}{ $numbered ->
    [yes] { " " }{ $item_index }/{ $item_total }
   *[no] {""}
}{ $identified ->
    [yes] （id { $id }）
   *[no] {""}
}
diag-syntax = { $problem ->
    [trailing-comma] JSON 中不允许尾随逗号（紧挨在 {"}"} 或 ] 之前的逗号）
    [single-quotes] JSON 中的键和字符串需要用双引号 (") 括起来，而不是单引号
    [comment] JSON 中不允许注释
    [key-expected] 此处应为用双引号括起来的键
    [value-expected] 此处应为值（字符串、数字、对象、数组、true、false 或 null）
    [unquoted] 意外的文本：只有 true、false 和 null 可以不加引号
    [comma-object] 此处应为 `,` 或 `{"}"}`：两个属性之间是否缺少逗号？
    [comma-array] 此处应为 `,` 或 `]`：两个项之间是否缺少逗号？
    [colon] 键后面应为 `:`
    [eof] 文本在{ $inside ->
        [list] 数组
        [object] 对象
        [string] 字符串
       *[other] 值
    }内部结束：输入是否被截断？
    [control-character] 字符串中有换行符或控制字符（字符串必须写在一行内；请写成 \n）
    [missing-brace] 在应为值的位置出现了键：是否缺少对象的左大括号 {"{"}？
    [nesting] JSON 的嵌套层数过多
    [invalid-escape] 字符串中的转义序列无效
    [invalid-number] 数字无效
    [number-range] 数字超出允许的范围
    [trailing-characters] JSON 值结束后还有多余的文本
    [invalid-unicode] 字符串中的 Unicode 转义 (\u) 无效
   *[other] { $detail }
}
diag-problem = { $problem ->
    [missing-field] 缺少必需字段 { $field }
    [duplicate-field] 字段 { $field } 出现了多次
    [wrong-type] 类型错误：应为{ $expected ->
        [object] 对象
        [array] 数组
        [string] 字符串
        [number] 数字
        [boolean] 布尔值
        [null] null
       *[other] 其他类型
    }，文件中为{ $got ->
        [object] 对象
        [array] 数组
        [string] 字符串
        [number] 数字
        [boolean] 布尔值
        [null] null
       *[other] 其他类型
    }
    [wrong-value] 值无效：应为{ $expected ->
        [object] 对象
        [array] 数组
        [string] 字符串
        [number] 数字
        [boolean] 布尔值
        [null] null
       *[other] 其他类型
    }
    [wrong-length] 元素数量无效
    [unknown-variant] 未知的值 { $field }
    [too-deep] 数组或页面的嵌套超过 { $depth } 层
   *[other] { diag-syntax }
}
diag-invalid-json = JSON 无效{ $where ->
    [between-items] （位于两个项之间，两者均已保留）
    [after-page] （位于页面的项之后）
    [truncated] ：文件似乎被截断了（下载是否完成？）；截断处之前的所有内容均已保留
    [truncated-page] （位于页面第 { $total } 项之后）：文件似乎被截断了（下载是否完成？）；截断处之前的 { $total } 项均已保留
    [in-session] （位于{ diag-item }的第 { $session } 个会话，共 { $sessions } 个）{ $cut ->
        [yes] ：文件似乎被截断了（下载是否完成？）
       *[no] {""}
    }；已保留该记录但不含此会话，并标记为不完整{ $lost ->
        [1] {""}
       *[other] （共丢失 { $lost } 个会话）
    }
    [cut-inside] （位于{ diag-item }内部）：文件似乎被截断了（下载是否完成？）；已读取的部分均已保留，并标记为不完整
    [cut-sessions] （位于{ diag-item }的会话中）：文件似乎被截断了（下载是否完成？）；已保留该记录及截断处之前的会话，并标记为不完整
    [cut-item] （位于{ diag-item }内部）：文件似乎被截断了（下载是否完成？）；其之前的所有内容均已保留
    [skipped] （位于{ diag-item }中，该项已跳过，其他项均已保留）
   *[none] {""}
}：{ diag-syntax }
diag-too-many-errors = 错误超过 { $count } 个：已在此处停止读取；之前读取的所有内容均已保留
diag-too-deep = 数组或页面的嵌套超过 { $depth } 层
diag-unreadable = 无法读取某个值：{ diag-problem }
diag-item-skipped = 已跳过{ diag-item }：{ diag-problem }（位于 { $path }）
diag-duplicate-key = { diag-item }中有重复的键：{ diag-problem }（位于 { $path }）；JSON 允许重复的键，因此使用了最后一个值
diag-size = { $size } { $unit ->
    [gib] GiB
    [mib] MiB
    [kib] KiB
   *[bytes] 字节
}
diag-gzip-unreadable = 文件看起来是 gzip 压缩文件，但无法解压缩：{ $cause ->
    [eof] 数据提前结束
   *[other] 数据已损坏
}
diag-gzip-damaged = gzip 数据在解压缩 { diag-size }后损坏：仅读取了之前的内容
diag-gzip-too-big = 文件解压缩后超过 { diag-size }（上限）：仅读取了前 { diag-size }，其余部分已省略
diag-gzip-too-deep = 文件是 gzip 套 gzip，超过 { $limit } 层（上限）：未解压缩
diag-odd-utf16 = 文件是 UTF-16 编码（Windows PowerShell 的写入方式），但字节数为奇数：最后一个字节只是半个字符，已省略；文件似乎被截断了（下载是否完成？）
diag-unknown-shape = 这不是通话记录数据：{ $shape ->
    [empty] 空对象 {"{"}{"}"}
    [string] 字符串
    [array] 数组
    [boolean] 布尔值
    [null] null
    [number] 数字
   *[object] 包含键 { $keys }{ $more ->
        [0] {""}
       *[other] { " " }等（另有 { $more } 个）
    } 的对象
}{ $count ->
    [1] {""}
   *[other] （共 { $count } 个类似的项）
}。可接受的内容：通话记录（GET /communications/callRecords/{"{"}id{"}"}，带或不带 $expand）、通话记录列表、会话或 participants_v2 页面、getPstnCalls 或 getDirectRoutingCalls 的结果（以及 beta 版 getSmsLog、getPstnBlockedUsersLog、getPstnOnlineMeetingDialoutReport），或由这些内容组成的 JSON 数组或 JSON Lines。
diag-unknown-more = 另有 { $items } 个项（{ $shapes } 种其他形式）也不是通话记录数据（未逐一列出）。
diag-record-copies = 通话记录 { $id } 被加载了多次（版本 { $version }；各副本一致）：只显示一次，并包含所有副本的会话。{ $copies ->
    [2] {""}
   *[other] （此记录共加载了 { $copies } 个副本）
}
diag-record-versions = 通话记录 { $id } 被加载了多次（版本 { $old } 和 { $new }）：显示版本 { $kept }，会话已合并。{ $copies ->
    [2] {""}
   *[other] （此记录共加载了 { $copies } 个副本）
}
diag-record-conflict = 通话记录 { $id } 的 id 和版本 ({ $version }) 与之前加载的一条记录相同，但内容不同 ({ $fields })：两者均已保留，此条保留为 "{ $kept_as }"。（Microsoft 文档中的示例重复使用同一个 id；同一租户的两次导出不会这样。）
diag-powershell-depth = 此文件由 ConvertTo-Json { $depth ->
    [default] 以默认深度 2
    [other] 以 -Depth { $depth_value }
   *[unknown] 以过小的 -Depth（默认值为 2）
} 写入：嵌套数据在到达此页面之前已被 PowerShell 截断{ $placed ->
    [yes] （从 { $path } 开始{ $lost ->
        [0] {""}
       *[other] ，丢失了 { $lost } 个值
    }）
   *[no] { $lost ->
        [0] {""}
       *[other] （丢失了 { $lost } 个值）
    }
}。该深度以上的内容（id、时间、顶级字段）已加载。请使用 `ConvertTo-Json -Depth { $suggest }` 重新运行，或使用 `Invoke-MgGraphRequest -Uri <url> -OutputFilePath <file>.json` 写入 Graph 的原始响应。
diag-powershell-output = { $sdk ->
    [yes] 已按 Microsoft Graph PowerShell SDK 输出 (Get-Mg… | ConvertTo-Json) 读取：PascalCase 名称已映射为 Graph 的名称
   *[no] 已按 PowerShell 输出 (ConvertTo-Json) 读取：
}{ $bags ->
    [0] {""}
   *[other] { $bags_sep ->
        [yes] ；
       *[no] {""}
    }已合并 { $bags } 个 AdditionalProperties 包
}{ $durations ->
    [0] {""}
   *[other] { $durations_sep ->
        [yes] ；
       *[no] {""}
    }已转换 { $durations } 个 TimeSpan 持续时间
}{ $dates ->
    [0] {""}
   *[other] { $dates_sep ->
        [yes] ；
       *[no] {""}
    }已转换 { $dates } 个 /Date(…)/ 日期
}{ $json ->
    [0] {""}
   *[other] { $json_sep ->
        [yes] ；
       *[no] {""}
    }已从 SDK 写入的 JSON 文本中读回 { $json } 个被 ConvertTo-Json 在深度上限处截断的值
}{ $names ->
    [0] {""}
   *[other] { $names_sep ->
        [yes] ；
       *[no] {""}
    }已从 @{"{"}…{"}"} 文本中读回 { $names } 个被 ConvertTo-Json 在深度上限处截断的标识
}{ $words ->
    [0] {""}
   *[other] { $words_sep ->
        [yes] ；
       *[no] {""}
    }已重新拆分 { $words } 个被 ConvertTo-Json 合并为文本的 modalities 列表
}。
# The source name of text pasted into the page (files keep their names).
source-pasted-text = 粘贴的文本
