# chart messages
charts = Gráficos
charts-hint-open = Passe o mouse para ver valores exatos; clique em uma barra, intervalo ou linha para abri-la.
charts-hint-closed = { $count ->
    [one] { $count } fluxo: abra para desenhá-lo.
   *[other] { $count } fluxos: abra para desenhá-los.
}
charts-across = Gráficos de todas as chamadas
charts-across-gathering = Reunindo os fluxos das chamadas: { $done } de { $total }…
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
# Títulos, eixos, legendas e alternativas de texto dos gráficos
chart-sentence = { $clauses }.
chart-clause-separator = { "; " }
chart-sentence-separator = { " " }
chart-rows-cut = As primeiras { $shown } de { $count } linhas são mostradas.
chart-too-small = Pequeno demais para desenhar
chart-unknown = desconhecido
chart-not-applicable = n/d
chart-col-assessment = Avaliação
chart-col-average = Média
chart-col-breaking-limit = Acima do limite
chart-col-calls = Chamadas
chart-col-code = Código
chart-col-date = Data
chart-col-duration = Duração
chart-col-endpoint = Ponto de extremidade
chart-col-ends = Termina
chart-col-failed = Com falha
chart-col-failure = Falha
chart-col-from = De
chart-col-item = Item
chart-col-limit = Limite
chart-col-max = Máx.
chart-col-measure = Medida
chart-col-media = Mídia
chart-col-minutes = Minutos
chart-col-phrase = Frase
chart-col-record = Registro
chart-col-share = Parcela
chart-col-starts = Começa
chart-col-stream = Fluxo
chart-col-streams = Fluxos
chart-col-successful = Bem-sucedidas
chart-col-to = Até
chart-col-unknown-outcome = Resultado desconhecido
chart-col-value = Valor
chart-col-verdict = Veredito
chart-count-calls = { $calls ->
    [one] { $calls } chamada
   *[other] { $calls } chamadas
}
chart-count-streams = { $streams ->
    [one] { $streams } fluxo
   *[other] { $streams } fluxos
}
chart-count-not-reported = { $count } não relatados
chart-minutes = { $minutes } min
chart-calls = chamadas
chart-unknown-outcome = resultado desconhecido
chart-group-jitter = Tremulação
chart-group-packet-loss = Perda de pacotes
chart-group-round-trip = Ida e volta
chart-group-audio-degradation = Degradação de áudio (MOS de rede)
chart-group-concealed = Amostras ocultas
chart-group-frame-rate = Taxa de quadros de vídeo
chart-group-frame-loss = Perda de quadros de vídeo
chart-group-post-fec = Perda de pacotes de vídeo após FEC
chart-axis-degradation = Degradação
chart-axis-frame-rate = Taxa de quadros
chart-axis-frame-loss = Perda de quadros
chart-axis-post-fec = Perda após FEC
chart-breaks-limit = acima do limite
chart-within-limit = dentro do limite
chart-not-judged = não avaliado
chart-not-a-measurement = não é uma medição ({ $value })
chart-stream-not-judged = fluxo não avaliado
chart-stream-unclassified = fluxo não classificado
chart-within-the-limit = dentro do { $limit } ({ $rules })
chart-beyond-not-deciding = acima do { $limit }, mas não decide para este fluxo em { $rules }
chart-no-limit-under = nenhum limite em { $rules }
chart-metric-caption = { $metric } por fluxo, avaliado por { $rules }
chart-metric-no-streams = Nenhum fluxo para { $metric }.
chart-metric-summary-none-poor = { $streams ->
    [one] { $streams } fluxo
   *[other] { $streams } fluxos
}, nenhum acima de um limite{ $missing ->
    [0] {""}
   *[other] ; { $missing } não relatados
}.
chart-metric-summary-poor = { $streams ->
    [one] { $streams } fluxo
   *[other] { $streams } fluxos
}, { $poor } acima do limite: { $names }{ $missing ->
    [0] {""}
   *[other] ; { $missing } não relatados
}.
chart-max-value = máx. { $value }
chart-no-data-stream-reports = Sem dados: nenhum fluxo relata { $metric }
chart-legend-max = máx.
chart-legend-limit = limite
chart-timeline-title = Linha do tempo
chart-timeline-session = Sessão { $session } · { $who }
chart-timeline-segment = Segmento { $segment } da sessão { $session } · { $who }
chart-timeline-untimed-item = { $item }: sem hora de início ou de término
chart-timeline-since-call-start = tempo desde o início da chamada
chart-timeline-since-first-start = tempo desde o primeiro início registrado
chart-timeline-caption = Linha do tempo da chamada ({ $axis }, tempo 0 = { $origin })
chart-timeline-none = Nenhuma hora de início e de término para colocar em uma linha do tempo.
chart-timeline-starts-at = { $span } começa em +{ $at }
chart-timeline-summary = { $sessions ->
    [one] { $sessions } sessão
   *[other] { $sessions } sessões
} em { $length }, { $segments ->
    [one] { $segments } segmento
   *[other] { $segments } segmentos
}; { $timed ->
    [one] { $timed } fluxo
   *[other] { $timed } fluxos
} de { $streams } têm horários.
chart-timeline-failed = Com falha: { $spans }.
chart-timeline-untimed = { $items ->
    [one] { $items } item sem horários não mostrado.
   *[other] { $items } itens sem horários não mostrados.
}
chart-timeline-untimed-note = { $items ->
    [one] { $items } item sem horas de início/término não mostrado
   *[other] { $items } itens sem horas de início/término não mostrados
}
chart-timeline-span = +{ $from } até +{ $to } · { $verdict }
chart-timeline-no-data = Sem dados: nenhuma hora de início e de término para colocar em uma linha do tempo
chart-no-judged-streams = nenhum fluxo avaliado
chart-failed = falhou
chart-failed-at = falhou em { $stage }
chart-unknown-endpoints = pontos de extremidade desconhecidos
chart-health-title = { $events ->
    [network] Eventos de rede
    [device] Eventos de dispositivo
   *[both] Eventos de rede e de dispositivo
}
chart-health-caption = { $events ->
    [network] Taxas de eventos de rede por ponto de extremidade (fração da chamada)
    [device] Taxas de eventos de dispositivo por ponto de extremidade (fração da chamada)
   *[both] Taxas de eventos de rede e de dispositivo por ponto de extremidade (fração da chamada)
}
chart-endpoint-segment = { $who } · segmento { $segment }
chart-at-or-over-the-limit = no limite ou acima dele
chart-within-the-limit-plain = dentro do limite
chart-no-published-limit = nenhum limite publicado
chart-at-or-over-limit-of = no { $limit } ou acima dele ({ $source })
chart-health-none = Nenhum ponto de extremidade relata taxas de eventos de rede ou de dispositivo.
chart-health-summary-within = { $endpoints ->
    [one] { $endpoints } ponto de extremidade
   *[other] { $endpoints } pontos de extremidade
}; nenhuma taxa atinge um limite publicado.
chart-health-summary-over = { $endpoints ->
    [one] { $endpoints } ponto de extremidade
   *[other] { $endpoints } pontos de extremidade
}; no limite ou acima dele: { $over }.
chart-health-no-data = Sem dados: nenhum ponto de extremidade relata taxas de eventos de rede ou de dispositivo
chart-at-or-over-limit = no limite ou acima
chart-viewer-limit = limite do visualizador, nenhum publicado
chart-limit-findings = limite (constatações)
chart-percent-of-call = % da chamada
chart-silent-sides = Os eventos de rede e de dispositivo deixam de fora { $sides ->
    [one] { $sides } lado de ponto de extremidade
   *[other] { $sides } lados de ponto de extremidade
} com informações de rede ou de dispositivo, mas sem nenhuma dessas taxas (veja os detalhes de cada mídia).
chart-distribution-title = { $metric } · todas as chamadas · { $rules }
chart-distribution-caption = { $metric }: distribuição pelos fluxos de áudio, avaliada por { $rules }
chart-distribution-summary = { $reported ->
    [one] { $reported } fluxo de áudio relatado
   *[other] { $reported } fluxos de áudio relatados
} em relação ao { $limit }; { $poor } acima dele; { $missing } não relatados.
chart-distribution-summary-no-limit = { $reported ->
    [one] { $reported } fluxo de áudio relatado
   *[other] { $reported } fluxos de áudio relatados
}, sem limite nestas regras; { $poor } acima dele; { $missing } não relatados.
chart-bin-label = { $metric } de { $from } a { $to }
chart-bin-breaking = { $poor } acima do limite
chart-distribution-no-data = Sem dados: nenhum fluxo de áudio relata { $metric }
chart-other-streams = outros fluxos
chart-axis-streams = fluxos
chart-scatter-title = Tremulação em relação à perda de pacotes · todas as chamadas · { $rules }
chart-scatter-caption = Tremulação média em relação à perda de pacotes média por fluxo, avaliada por { $rules }
chart-scatter-summary = { $plotted ->
    [one] { $plotted } fluxo plotado
   *[other] { $plotted } fluxos plotados
}, { $poor } ruins; { $missing } sem tremulação ou perda não plotados.
chart-scatter-value = tremulação { $jitter }, perda de pacotes { $loss }
chart-scatter-detail = { $verdict } · registro { $record }
chart-scatter-no-data = Sem dados: nenhum fluxo relata tremulação e perda de pacotes
chart-scatter-x-axis = Tremulação, média (ms)
chart-scatter-y-axis = Perda de pacotes, média (%)
chart-audio-limit = limite de áudio
chart-scatter-not-plotted = { $count } não plotados (não relatados)
chart-picked = { $count ->
    [one] { $count } fluxo na barra clicada
   *[other] { $count } fluxos na barra clicada
}
chart-picked-of = { $count ->
    [one] { $count } fluxo na barra clicada de “{ $metric }”
   *[other] { $count } fluxos na barra clicada de “{ $metric }”
}
chart-picked-label = Fluxos na barra clicada
chart-stream-not-found = fluxo não encontrado
chart-daily-title = Chamadas por dia ({ $zone })
chart-daily-caption = Chamadas de { $log } por dia ({ $zone })
chart-daily-calls-over-days = { $calls ->
    [one] { $calls } chamada
   *[other] { $calls } chamadas
} em { $days ->
    [one] { $days } dia
   *[other] { $days } dias
}
chart-daily-busiest = dia mais movimentado { $date } com { $calls ->
    [one] { $calls } chamada
   *[other] { $calls } chamadas
}
chart-daily-failed = { $failed } com falha
chart-daily-without-time = { $rows ->
    [one] { $rows } linha sem hora não contada
   *[other] { $rows } linhas sem hora não contadas
}
chart-daily-outcomes = { $successful } bem-sucedidas, { $failed } com falha{ $other ->
    [0] {""}
   *[other] , { $other } com resultado desconhecido
}
chart-daily-no-data = Sem dados: nenhuma chamada de { $log } com hora
chart-daily-legend-without-time = { $rows } sem hora
chart-daily-x-axis = dia ({ $zone })
chart-sip-title = Chamadas com falha por código SIP final
chart-sip-caption = Chamadas do Roteamento Direto com falha por código SIP final
chart-sip-no-code = sem código
chart-sip-more-codes = mais { $count } códigos
chart-sip-summary = { $failed ->
    [one] { $failed } chamada com falha
   *[other] { $failed } chamadas com falha
} em { $groups ->
    [one] { $groups } grupo
   *[other] { $groups } grupos
}; mais frequente: { $top } ({ $share }).
chart-sip-none = Nenhuma chamada com falha.
chart-sip-no-data = Sem dados: nenhuma chamada com falha
chart-sip-x-axis = chamadas com falha
# A chart of a big call draws the worst streams or endpoints only (chart/worst.rs)
chart-worst-streams = { $title } · os { $shown } piores de { $count } fluxos
chart-worst-sessions = { $title } · as { $shown } piores de { $count } sessões (com falha primeiro)
chart-worst-sides = { $title } · os { $shown } piores de { $count } pontos de extremidade
