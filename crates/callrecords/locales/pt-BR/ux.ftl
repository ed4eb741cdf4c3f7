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
# O painel "Ocultar dados e exportar"
share-title = Ocultar dados e exportar
share-redact-heading = Oculte os dados antes de compartilhar
share-redact-hint = Cada valor vira um espaço reservado que é o mesmo em todos os lugares em que ocorre, então a história continua legível. As IDs de chamada, de sessão e de linha de log permanecem: elas identificam a chamada para o suporte da Microsoft e não identificam ninguém.
share-preview-region = Visualização da ocultação
share-preview-caption = O que seria substituído nos dados carregados (os exemplos mostram os valores originais: só aqui, e só antes de aplicar)
share-col-replace = Substituir
share-col-values = Valores
share-col-places = Ocorrências
share-col-samples = Exemplos: original → espaço reservado
share-none-in-data = nenhum nestes dados
share-show-original = Mostrar os valores originais
share-redact-every-view = Ocultar em todos os modos de exibição
share-download-heading = Baixar
share-json = Registros como JSON (no formato do Graph)
share-mapping = Mapeamento da ocultação (contém os valores originais)
share-writing = Gravando { $name }: { $percent } %
share-write-failed = Não foi possível gerar { $name }: { $reason }
redaction-off = A ocultação está desativada: todos os modos de exibição e exportações mostram os valores como foram carregados.
redaction-on = Dados ocultados ({ $categories }): todos os modos de exibição, gráficos, tabelas, resumos e exportações mostram espaços reservados. O mapeamento fica nesta guia.
file-not-redacted = Sem ocultação: este arquivo contém os valores como foram carregados.
file-redacted = Dados ocultados ({ $categories }): espaços reservados substituem os valores originais; o mapeamento não está neste arquivo.
redact-names = Nomes
redact-names-covers = nomes de exibição, nomes de entrada, email, nomes de dispositivos
redact-numbers = Números de telefone
redact-numbers-covers = números do chamador e do destinatário, identidades de telefone
redact-addresses = Endereços de rede
redact-addresses-covers = endereços IP, sub-redes, MAC, BSSID, sufixos DNS, troncos
redact-ids = Identificadores de usuário e de locatário
redact-ids-covers = IDs de usuário, locatário, participante e conferência, URLs de ingresso
redact-free-text = Texto livre
redact-free-text-covers = comentários digitados pelas pessoas
