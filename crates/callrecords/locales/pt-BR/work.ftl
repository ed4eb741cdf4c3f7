# As chamadas de uma pessoa (a escolha "Pessoa" da página de chamadas) e o filtro de datas em UTC
person-label = Pessoa
person-any = Todos
person-hint = Mostrar as chamadas de um participante e quantos fluxos fracos ele enviou ou recebeu
person-option = { $calls ->
    [one] { $name } ({ $calls } chamada)
   *[other] { $name } ({ $calls } chamadas)
}
person-chip = Chamadas com { $name }: { $calls ->
    [one] { $calls } chamada
   *[other] { $calls } chamadas
}, { $poor ->
    [0] nenhum fluxo fraco enviado ou recebido por essa pessoa
    [one] { $poor } fluxo fraco enviado ou recebido por essa pessoa
   *[other] { $poor } fluxos fracos enviados ou recebidos por essa pessoa
}
person-clear = Mostrar as chamadas de todos
filter-from-label-utc = Iniciada em ou após (data UTC)
filter-to-label-utc = Iniciada em ou antes (data UTC)
