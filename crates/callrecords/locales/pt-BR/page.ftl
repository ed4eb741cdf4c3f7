# page messages
count-call-records = { $count ->
    [one] { $count } registro de chamada
   *[other] { $count } registros de chamadas
}
app-title = Visualizador de registros de chamadas
privacy-promise = Tudo fica nesta guia: nenhum servidor, nenhuma solicitação de rede (imposto pela Content-Security-Policy da página).
nav-views = Modos de exibição
quality-rules = Regras de qualidade
edit-limits = Editar limites
edit-limits-hint = Alterar um limite muda para limites personalizados, a partir das regras acima. Vazio desativa a regra. Esc fecha.
limit-off = desativado
language = Idioma
tab-calls = Chamadas
tab-other-logs = Outros logs
invalid-limit = um número igual ou maior que 0, ou vazio para desativar a regra
loader-label = Carregar registros de chamadas
loader-paste-label = Cole o JSON de registros de chamadas do Graph (um registro, uma lista, páginas de sessões, logs de PSTN ou de Roteamento Direto)
loader-load-pasted = Carregar texto colado
loader-open-files = Abrir arquivos…
loader-file-input = Abrir arquivos de registros de chamadas
loader-try-example = Experimentar um exemplo
loader-drop-hint = ou solte arquivos .json, .jsonl ou .gz em qualquer lugar da página
loader-clear = Limpar tudo
calls-label = Registros de chamadas
calls-filter-placeholder = Filtrar: nome, "frase exata", número, ID, UPN, IP…
calls-filter-label = Filtrar chamadas por texto
calls-modality = Modalidade
calls-modality-any = qualquer
calls-problems-only = Somente problemas
filter-from = De
filter-to = até
filter-from-label = Iniciada em ou após (data local)
filter-to-label = Iniciada em ou antes (data local)
calls-shown = { $count ->
    [one] { $shown } de { $count } chamada
   *[other] { $shown } de { $count } chamadas
}
calls-caption = Registros de chamadas; horários: { $zone }
calls-findings-note = constatações além das regras de fluxo
call-back = Voltar às chamadas
call-breadcrumb = Trilha de navegação
call-join-url = URL de ingresso:
call-findings-label = Constatações
call-findings = Constatações ({ $count })
call-details = Detalhes
call-log-rows-label = Linhas de log desta chamada
call-log-rows = Linhas de PSTN e de Roteamento Direto desta chamada ({ $count })
value-poor-because = (fraco: { $why })
drop-hint = Solte arquivos de registros de chamadas para carregá-los
tree-call-overview = Visão geral da chamada
count-pstn-calls = { $count ->
    [one] { $count } chamada PSTN
   *[other] { $count } chamadas PSTN
}
count-direct-routing-calls = { $count ->
    [one] { $count } chamada de Roteamento Direto
   *[other] { $count } chamadas de Roteamento Direto
}
count-other-log-rows = { $count ->
    [one] { $count } linha de outros logs
   *[other] { $count } linhas de outros logs
}
count-sessions = { $count ->
    [one] { $count } sessão
   *[other] { $count } sessões
}
count-segments = { $count ->
    [one] { $count } segmento
   *[other] { $count } segmentos
}
count-streams = { $count ->
    [one] { $count } fluxo
   *[other] { $count } fluxos
}
count-sources = { $count ->
    [one] { $count } fonte
   *[other] { $count } fontes
}
loaded-line = Carregado: { $what }
loaded-line-timed = Carregado: { $what } (analisado em { $ms } ms)
size-mb = { $size } MB
size-kb = { $size } KB
parsing-line = { $count ->
    [one] Analisando { $count } fonte ({ $size })…
   *[other] Analisando { $count } fontes ({ $size })…
}
file-unreadable = { $name } (não foi possível ler: { $error })
loaded-elsewhere = Carregado:
loaded-elsewhere-tab = (guia { $tab })
sentence-end = .
empty-calls = Nenhum registro de chamada carregado.
empty-calls-hint = Cole ou abra um registro de chamada ({ $request }) ou uma lista deles acima, ou experimente o exemplo.
empty-pstn = Nenhuma linha de chamada PSTN carregada.
empty-pstn-hint = Carregue uma resposta de getPstnCalls ({ $request }).
empty-direct-routing = Nenhuma linha de Roteamento Direto carregada.
empty-direct-routing-hint = Carregue uma resposta de getDirectRoutingCalls ({ $request }).
empty-other-logs = Nenhuma linha de log beta carregada.
empty-other-logs-hint = Carregue uma resposta beta de getSmsLog, getPstnBlockedUsersLog ou getPstnOnlineMeetingDialoutReport.
empty-call = O registro de chamada { $id } não está carregado nesta guia.
empty-call-hint = Nada é mantido depois que a guia é fechada ou recarregada: carregue o arquivo novamente para vê-lo.
sessions-not-loaded = não carregadas
sessions-lost = { $sessions }, { $lost } perdidas (incompleto)
findings-more = { $count ->
    [one] +{ $count } constatação
   *[other] +{ $count } constatações
}
col-start = Início ({ $zone })
col-duration = Duração
col-type = Tipo
col-modalities = Modalidades
col-organizer = Organizador
col-people = Pessoas
col-sessions = Sessões
col-quality = Qualidade
col-poor-streams = Fluxos fracos
call-heading = Chamada
no-sessions = Nenhuma sessão carregada: este registro veio sem elas. Obtenha-o com { $query }, com as páginas de sessões seguintes, e carregue esses arquivos.
warning-placeholder = Somente páginas desta chamada foram carregadas (sessões ou participantes), não o próprio registro de chamada: o tipo, os horários e o organizador são desconhecidos.
warning-lost-sessions = Incompleto: sessões desta chamada foram perdidas devido a um erro de sintaxe no arquivo (veja as mensagens acima das chamadas). As avaliações abrangem apenas as sessões que puderam ser lidas.
warning-more-sessions = Existem mais sessões que não foram carregadas (a resposta tinha { $link }). Carregue as páginas seguintes para ver todas.
warning-more-participants = Existem mais participantes do que os carregados ({ $link }).
tree-label = Sessões
tree-expand-all = Expandir tudo
tree-collapse-all = Recolher tudo
tree-aria = Sessões, segmentos, mídias e fluxos
tree-failed = falhou
# Problemas com a entrada (diagnósticos)
diagnostics-label = Problemas com a entrada
diagnostic-place = { $source }, linha { $line }, coluna { $column }
diag-empty = a entrada está vazia
diag-invalid-utf8 = o texto não é UTF-8 válido aqui: os bytes inválidos foram substituídos por �; salve a exportação como UTF-8
diag-comments = { $count ->
    [one] 1 comentário (// ou /* */) ignorado
   *[other] { $count } comentários (// ou /* */) ignorados
}: JSON não tem comentários, então outras ferramentas podem recusar este arquivo
diag-lone-surrogate = { $field } contém um substituto UTF-16 sem par ({ $escape }), que não é um caractere: foi mantido com o caractere de substituição U+FFFD no lugar dele{ $count ->
    [1] {""}
   *[other] { " " }({ $count } neste arquivo)
}
diag-number-as-text = { $named ->
    [yes] { $field } { $value }
   *[no] Um valor ({ $value })
} é um número escrito como texto: lido como o número{ $count ->
    [1] {""}
   *[other] { " " }({ $count } valores como este neste campo)
}{ $placed ->
    [yes] { " " }(em { $path })
   *[no] {""}
}
diag-unreadable-field = { $named ->
    [yes] { $field } { $value }
   *[no] Um valor ({ $value })
} não é { $expected ->
    [number] um número
    [whole] um número inteiro
    [datetime] uma data e hora ISO 8601 como 2026-03-17T10:00:00Z
    [duration] uma duração ISO 8601 como PT0.03S
   *[other] { $expected_text }
}: foi deixado de fora (mostrado como não relatado) e o restante foi carregado{ $count ->
    [1] {""}
   *[other] { " " }({ $count } valores como este neste campo)
}{ $placed ->
    [yes] { " " }(em { $path })
   *[no] {""}
}
diag-notification = Esta é { $what ->
    [lifecycle] uma notificação de ciclo de vida ({ $detail })
    [change-of] uma notificação de alteração ("{ $detail }")
   *[change] uma notificação de alteração
}{ $identified ->
    [yes] { " " }do registro de chamada { $id }
   *[no] {""}
}: ela só informa que um registro existe e não contém dados de chamada. Obtenha o registro com { $query } (permissão de aplicativo CallRecords.Read.All) e carregue essa resposta aqui.
diag-graph-error = Esta é uma resposta de erro do Graph, não dados de chamada: { $code } — { $message }
diag-more-record-pages = Esta lista de registros de chamadas tem mais páginas (@odata.nextLink): só os registros desta página foram carregados.
diag-more-log-pages = Este log tem mais páginas (@odata.nextLink, 1.000 linhas por página): só as linhas desta página foram carregadas.
diag-page-without-record = Uma página de sessões ou participantes sem "@odata.context" não informa a qual registro de chamada pertence: os itens dela são mostrados em "{ no-call-record }". Carregue a página como o Graph a retornou para juntá-la ao registro.
# The ids the page gives a call record without one, and the record of pages that name none.
record-without-id = (registro sem id nº { $number })
no-call-record = (sem registro de chamada)
diag-missing-id = Um registro de chamada não tem "id"; ele é mostrado como { record-without-id }.
