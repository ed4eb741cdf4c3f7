## O relatório HTML (report/html.rs): um arquivo para quem não tem a página. Os horários nele estão em UTC.
report-title = Relatório de chamadas: { $title }
report-many-calls = { $count ->
    [one] { $count } chamada
   *[other] { $count } chamadas
}
report-exported = Exportado em
report-exported-at = { $time } (todos os horários em UTC)
report-rules = Regras de qualidade
report-redaction = Ocultação de dados
report-made-by = Gerado por
report-made-by-text = Visualizador de registros de chamadas, no navegador: nada foi enviado a lugar nenhum para gerar este arquivo.
report-first-calls = { $chosen } chamadas foram escolhidas; este relatório contém as { $kept } primeiras.
report-call-id = ID da chamada
report-findings = Constatações ({ $count })
report-col-kind = Tipo
report-col-who = Quem
report-col-what = O quê
report-col-evidence = Evidência
report-sessions = Sessões
report-charts-left-out = Os gráficos dos { $count } fluxos desta chamada ficaram fora do relatório: a página os desenha.
report-details = Detalhes
report-details-some = Detalhes de { $shown } dos { $count } nós da chamada: a chamada e o caminho até cada fluxo que não está bom e cada sessão com falha. A página tem o restante.
report-the-call = A chamada
