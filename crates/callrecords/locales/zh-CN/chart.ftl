# chart messages
charts = 图表
charts-hint-open = 悬停可查看确切值；单击条形、区间或行可将其打开。
charts-hint-closed = { $count } 个流：展开即可绘制。
charts-across = 跨通话图表
charts-across-hint = { $calls } 个通话，{ $streams } 个流。悬停可查看确切值；单击点或条形可打开其流。
chart-show-table = 以表格形式显示
chart-save-svg = 将“{ $caption }”另存为 SVG
chart-save-png = 将“{ $caption }”另存为 PNG
