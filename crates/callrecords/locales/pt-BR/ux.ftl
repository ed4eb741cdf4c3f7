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
share-report-this-call = Esta chamada como relatório HTML
share-report-one-shown = A chamada mostrada como relatório HTML
share-report-first = As primeiras { $first } das { $count } chamadas mostradas como relatório HTML
share-report-shown = As { $count } chamadas mostradas como relatório HTML
share-files-hint = Os arquivos são gerados nesta guia e salvos pelo navegador; nada é enviado a lugar nenhum. Eles contêm o que a página mostra: com dados ocultados enquanto a ocultação estiver ativa. As colunas do CSV têm os nomes do Call Record Insights da Microsoft; cada página de log tem o próprio CSV das linhas e colunas mostradas.
share-streams-csv = Fluxos como CSV (uma linha por fluxo)
share-calls-csv = Chamadas como CSV
