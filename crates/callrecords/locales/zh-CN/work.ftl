# 某个人的通话（通话页面的“人员”选择）以及按 UTC 日期筛选
person-label = 人员
person-any = 所有人
person-hint = 显示某个参与者的通话，以及其发送或接收的较差的流的数量
person-option = { $name }（{ $calls } 个通话）
person-chip = 与 { $name } 的通话：{ $calls } 个通话，{ $poor ->
    [0] 其发送或接收的流中没有较差的流
   *[other] 其发送或接收的较差的流：{ $poor } 个
}
person-clear = 显示所有人的通话
filter-from-label-utc = 开始于此日期或之后（UTC 日期）
filter-to-label-utc = 开始于此日期或之前（UTC 日期）
