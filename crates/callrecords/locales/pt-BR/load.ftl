# Carregamento em partes: a linha de progresso, a barra e o botão Parar.
load-progress = Lendo { $name }{ $count ->
        [1] {""}
       *[other] {" "}({ $index } de { $count })
    }: { $percent }% · { $done } de { $total } · { $items ->
        [one] { $items } item lido
       *[other] { $items } itens lidos
    }
load-adding = Adicionando { $name } ao que já foi carregado: { $percent }%
load-stop = Parar carregamento
load-stopped = Carregamento interrompido: nada de { $name } foi adicionado; o que já estava carregado foi mantido.
load-progress-label = Progresso do carregamento
load-judging = Avaliando os fluxos: { $done } de { $total ->
        [one] { $total } chamada
       *[other] { $total } chamadas
    }
load-linking = Associando as linhas de PSTN e Roteamento Direto às chamadas: { $done } de { $total ->
        [one] { $total } chamada
       *[other] { $total } chamadas
    }
load-redacting = Ocultando os dados: { $percent } %
load-redaction-stopped = Ocultação interrompida: os modos de exibição mostram os dados como antes.
load-judging-again = Avaliando os fluxos de novo: { $done } de { $total ->
        [one] { $total } chamada
       *[other] { $total } chamadas
    }; até lá, as avaliações mostradas são as anteriores.
load-judging-label = Progresso da avaliação
# The string-length limit (ingest/bound.rs).
diag-long-text = { $field } contém um valor de texto de { $length } caracteres, maior do que um valor pode ter ({ $limit } bytes): os primeiros { $kept } caracteres foram mantidos, terminando em “…”{ $count ->
    [1] {""}
   *[other] { " " }({ $count } valores neste arquivo foram cortados da mesma forma)
}
