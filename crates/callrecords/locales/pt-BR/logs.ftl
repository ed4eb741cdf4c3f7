# logs messages
table-name-pstn = PSTN
table-caption-pstn = Chamadas PSTN
table-heading-pstn = Chamadas PSTN
table-name-direct-routing = Roteamento Direto
table-caption-direct-routing = Chamadas de Roteamento Direto
table-heading-direct-routing = Chamadas de Roteamento Direto
table-name-sms = SMS
table-caption-sms = Log de SMS
table-heading-sms = Log de SMS (beta)
table-name-pstn-blocked-users = Usuários bloqueados no PSTN
table-caption-pstn-blocked-users = Usuários bloqueados no PSTN
table-heading-pstn-blocked-users = Usuários bloqueados no PSTN (beta)
table-name-dial-out-report = Relatório de discagem externa
table-caption-dial-out-report = Relatório de discagem externa
table-heading-dial-out-report = Relatório de discagem externa de reuniões online (beta)
group-by-user = Por usuário
group-by-destination = Por destino
group-by-call-type = Por tipo de chamada
group-calls = Chamadas
group-minutes = Minutos
group-more = e mais { $count }
dr-failures-by-sip = Falhas por código SIP final
dr-code = Código
dr-meaning = Significado e próxima etapa
dr-by-trunk = Por tronco (SBC)
dr-trunk = Tronco
dr-failed = Com falha
dr-success-rate = Taxa de sucesso
logs-filter-placeholder = Filtrar: usuário, número, código, tronco, ID…
logs-filter-label = Filtrar { $table }
logs-outcome = Resultado
logs-columns = Colunas
logs-shown = { $count ->
    [one] { $shown } de { $count } linha
   *[other] { $shown } de { $count } linhas
}
logs-caption = { $table }; horários em UTC
logs-what-it-means = O que significa
logs-call-record = Registro de chamada
logs-call-record-title = O registro de chamada ao qual esta linha pertence e como isso foi decidido
