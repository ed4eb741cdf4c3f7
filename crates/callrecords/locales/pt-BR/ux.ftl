# Fuso horário da página, opção UTC, editor de limites, constatações por tipo, foco e downloads
zone-utc = UTC
zone-local = horário local
utc-label = Horários em UTC
utc-hint = Mostrar todos os horários em UTC em vez do seu fuso horário (cada horário termina então em UTC; caso contrário, no seu próprio deslocamento, com horário de verão).
reset-limits = Redefinir para { $rules }
skip-link = Pular para o conteúdo
rules-note = Todos os vereditos da página são avaliados por estas regras.
loader-nothing-kept = Nada do que você carrega é guardado: fechar ou recarregar esta guia o descarta.
logs-csv = Baixar CSV
logs-csv-title = As linhas mostradas, nas colunas mostradas, como um arquivo CSV gerado nesta guia
table-region = { $table }: tabela
problems-more = { $count ->
    [one] +{ $count } problema
   *[other] +{ $count } problemas
}
findings-show-more = Mostrar mais { $count }
finding-group = { $kind } ({ $count })
finding-group-notes = { $notes ->
    [one] { $kind } ({ $count }, { $notes } observação)
   *[other] { $kind } ({ $count }, { $notes } observações)
}
detail-other-metrics = Outras métricas ({ $count }, não relatadas para { $kind })
