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
edit-limits-hint = Alterar um limite muda para limites personalizados, a partir das regras acima. Vazio desativa a regra.
limit-off = desativado
language = Idioma
