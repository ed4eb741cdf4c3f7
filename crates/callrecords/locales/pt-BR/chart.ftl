# chart messages
charts = Gráficos
charts-hint-open = Passe o mouse para ver valores exatos; clique em uma barra, intervalo ou linha para abri-la.
charts-hint-closed = { $count ->
    [one] { $count } fluxo: abra para desenhá-lo.
   *[other] { $count } fluxos: abra para desenhá-los.
}
charts-across = Gráficos de todas as chamadas
charts-across-hint = { $calls ->
    [one] { $calls } chamada
   *[other] { $calls } chamadas
}, { $streams ->
    [one] { $streams } fluxo
   *[other] { $streams } fluxos
}. Passe o mouse para ver valores exatos; clique em um ponto ou barra para abrir o fluxo.
chart-show-table = Mostrar como tabela
chart-save-svg = Salvar “{ $caption }” como SVG
chart-save-png = Salvar “{ $caption }” como PNG
