# Problemas com a entrada, parte dois: decodificação e gzip, sintaxe JSON e recuperação, valores
# do tipo errado, formatos que não são dados de registros de chamadas, registros carregados duas
# vezes, saída do PowerShell. diag-item (o nome de um item) é usado entre parênteses ou depois
# de dois-pontos, sem artigo, para não depender do gênero.
diag-item = { $item ->
    [record] registro de chamada
    [session] sessão
    [participant] participante
    [pstn] linha de chamada PSTN
    [direct-routing] linha de chamada do Roteamento Direto
    [sms] linha do log de SMS
    [blocked-user] linha de usuário bloqueado
    [dialout] linha do relatório de discagem de reunião
    [notification] notificação de alteração
    [graph-error] resposta de erro
    [element] { $numbered ->
        [yes] item
       *[no] um item
    }
   *[item] item
}{ $numbered ->
    [yes] { " " }{ $item_index } de { $item_total }
   *[no] {""}
}{ $identified ->
    [yes] , id { $id }
   *[no] {""}
}
diag-syntax = { $problem ->
    [trailing-comma] uma vírgula final (uma vírgula logo antes de {"}"} ou ]) não é permitida em JSON
    [single-quotes] o JSON exige aspas duplas (") em volta de nomes de propriedades e cadeias de caracteres, não aspas simples
    [comment] comentários não são permitidos em JSON
    [key-expected] esperava-se um nome de propriedade entre aspas duplas
    [value-expected] esperava-se um valor (cadeia de caracteres, número, objeto, matriz, true, false ou null)
    [unquoted] texto inesperado: só true, false e null podem aparecer sem aspas
    [comma-object] esperava-se `,` ou `{"}"}`: falta uma vírgula entre duas propriedades?
    [comma-array] esperava-se `,` ou `]`: falta uma vírgula entre dois itens?
    [colon] esperava-se `:` depois do nome da propriedade
    [eof] o texto termina dentro { $inside ->
        [list] de uma matriz
        [object] de um objeto
        [string] de uma cadeia de caracteres
       *[other] de um valor
    }: a entrada foi cortada?
    [control-character] uma quebra de linha ou um caractere de controle dentro de uma cadeia de caracteres (cada cadeia deve ficar em uma linha; escreva \n)
    [missing-brace] um nome de propriedade onde deveria começar um valor: falta a {"{"} de abertura do objeto?
    [nesting] o JSON está aninhado em níveis demais
    [invalid-escape] sequência de escape inválida em uma cadeia de caracteres
    [invalid-number] número inválido
    [number-range] número fora do intervalo permitido
    [trailing-characters] há texto depois do fim do valor JSON
    [invalid-unicode] escape Unicode (\u) inválido em uma cadeia de caracteres
   *[other] { $detail }
}
diag-problem = { $problem ->
    [missing-field] falta o campo obrigatório { $field }
    [duplicate-field] o campo { $field } aparece mais de uma vez
    [wrong-type] tipo errado: esperava-se { $expected ->
        [object] um objeto
        [array] uma matriz
        [string] uma cadeia de caracteres
        [number] um número
        [boolean] um valor booliano
        [null] null
       *[other] outro tipo
    }, e o arquivo tem { $got ->
        [object] um objeto
        [array] uma matriz
        [string] uma cadeia de caracteres
        [number] um número
        [boolean] um valor booliano
        [null] null
       *[other] outro tipo
    }
    [wrong-value] valor inválido: esperava-se { $expected ->
        [object] um objeto
        [array] uma matriz
        [string] uma cadeia de caracteres
        [number] um número
        [boolean] um valor booliano
        [null] null
       *[other] outro tipo
    }
    [wrong-length] número de elementos inválido
    [unknown-variant] valor desconhecido { $field }
    [too-deep] matrizes ou páginas aninhadas em mais de { $depth } níveis
   *[other] { diag-syntax }
}
diag-invalid-json = JSON inválido{ $where ->
    [between-items] { " " }entre dois itens (os dois foram mantidos)
    [after-page] { " " }depois dos itens da página
    [truncated] : o arquivo parece truncado (o download foi concluído?); tudo o que vem antes do corte foi mantido
    [truncated-page] { " " }depois do item { $total } da página: o arquivo parece truncado (o download foi concluído?); { $total ->
        [one] o item antes do corte foi mantido
       *[other] os { $total } itens antes do corte foram mantidos
    }
    [in-session] { " " }na sessão { $session } de { $sessions } ({ diag-item }){ $cut ->
        [yes] : o arquivo parece truncado (o download foi concluído?)
       *[no] {""}
    }; o registro foi mantido sem ela, marcado como incompleto{ $lost ->
        [1] {""}
       *[other] { " " }({ $lost } sessões perdidas no total)
    }
    [cut-inside] { " " }dentro de um item ({ diag-item }): o arquivo parece truncado (o download foi concluído?); o que foi lido dele foi mantido, marcado como incompleto
    [cut-sessions] { " " }nas sessões de um registro ({ diag-item }): o arquivo parece truncado (o download foi concluído?); o registro foi mantido com as sessões antes do corte, marcado como incompleto
    [cut-item] { " " }dentro de um item ({ diag-item }): o arquivo parece truncado (o download foi concluído?); tudo o que vem antes dele foi mantido
    [skipped] { " " }em um item ({ diag-item }), que foi ignorado; os outros foram mantidos
   *[none] {""}
}: { diag-syntax }
diag-too-many-errors = mais de { $count } erros: a leitura parou aqui; tudo o que foi lido antes foi mantido
diag-too-deep = matrizes ou páginas aninhadas em mais de { $depth } níveis
diag-unreadable = um valor não pôde ser lido: { diag-problem }
diag-item-skipped = Um item foi ignorado ({ diag-item }): { diag-problem } (em { $path })
diag-duplicate-key = Chave repetida ({ diag-item }): { diag-problem } em { $path }; o JSON permite chaves repetidas, então o último valor foi usado
diag-size = { $size } { $unit ->
    [gib] GiB
    [mib] MiB
    [kib] KiB
   *[bytes] { $size ->
        [one] byte
       *[other] bytes
    }
}
diag-gzip-unreadable = o arquivo parece compactado com gzip, mas não pôde ser descompactado: { $cause ->
    [eof] os dados terminam antes da hora
   *[other] os dados estão danificados
}
diag-gzip-damaged = os dados gzip estão danificados depois de { diag-size } descompactados: só o que veio antes foi lido
diag-gzip-too-big = o arquivo descompactado passa de { diag-size } (o limite): só os primeiros { diag-size } foram lidos e o restante foi deixado de fora
diag-gzip-too-deep = o arquivo é gzip dentro de gzip em mais de { $limit } camadas (o limite): ele não foi descompactado
diag-odd-utf16 = o arquivo é UTF-16 (como o Windows PowerShell grava), mas tem um número ímpar de bytes: o último byte é metade de um caractere e foi deixado de fora; o arquivo parece cortado (o download foi concluído?)
diag-unknown-shape = Isto não são dados de registros de chamadas: { $shape ->
    [empty] um objeto vazio {"{"}{"}"}
    [string] uma cadeia de caracteres
    [array] uma matriz
    [boolean] um valor booliano
    [null] null
    [number] um número
   *[object] um objeto com as chaves { $keys }{ $more ->
        [0] {""}
       *[other] { " " }e mais { $more }
    }
}{ $count ->
    [1] {""}
   *[other] { " " }({ $count } itens como este)
}. São aceitos: um registro de chamada (GET /communications/callRecords/{"{"}id{"}"}, com ou sem $expand), uma lista de registros de chamadas, uma página de sessões ou de participants_v2, resultados de getPstnCalls ou getDirectRoutingCalls (e os beta getSmsLog, getPstnBlockedUsersLog, getPstnOnlineMeetingDialoutReport) ou uma matriz JSON ou JSON Lines desses.
diag-unknown-more = { $items ->
    [one] Mais { $items } item
   *[other] Mais { $items } itens
} de { $shapes ->
    [one] { $shapes } outro formato
   *[other] { $shapes } outros formatos
} também não { $items ->
    [one] é
   *[other] são
} dados de registros de chamadas (não listados um a um).
diag-record-copies = O registro de chamada { $id } foi carregado mais de uma vez (versão { $version }; as cópias coincidem): ele é mostrado uma vez, com as sessões de todas as cópias.{ $copies ->
    [2] {""}
   *[other] { " " }({ $copies } cópias deste registro foram carregadas no total)
}
diag-record-versions = O registro de chamada { $id } foi carregado mais de uma vez (versões { $old } e { $new }): a versão { $kept } é mostrada, com as sessões mescladas.{ $copies ->
    [2] {""}
   *[other] { " " }({ $copies } cópias deste registro foram carregadas no total)
}
diag-record-conflict = O registro de chamada { $id } tem o mesmo id e a mesma versão ({ $version }) de um registro carregado antes, mas conteúdo diferente ({ $fields }): os dois foram mantidos, este como "{ $kept_as }". (Os exemplos da documentação da Microsoft reutilizam um id; duas exportações de um mesmo locatário não fariam isso.)
diag-powershell-depth = Este arquivo foi gravado pelo ConvertTo-Json { $depth ->
    [default] com a profundidade padrão de 2
    [other] com -Depth { $depth_value }
   *[unknown] com um -Depth pequeno demais (o padrão é 2)
}: o PowerShell cortou os dados aninhados antes que chegassem a esta página{ $placed ->
    [yes] { " " }(a partir de { $path }{ $lost ->
        [0] {""}
        [one] , { $lost } valor perdido
       *[other] , { $lost } valores perdidos
    })
   *[no] { $lost ->
        [0] {""}
        [one] { " " }({ $lost } valor perdido)
       *[other] { " " }({ $lost } valores perdidos)
    }
}. O que está acima dessa profundidade (ids, horários, campos de nível superior) foi carregado. Execute de novo com `ConvertTo-Json -Depth { $suggest }` ou grave a resposta bruta do Graph com `Invoke-MgGraphRequest -Uri <url> -OutputFilePath <file>.json`.
diag-powershell-output = { $sdk ->
    [yes] Lido como saída do Microsoft Graph PowerShell SDK (Get-Mg… | ConvertTo-Json): nomes em PascalCase mapeados para os do Graph
   *[no] Lido como saída do PowerShell (ConvertTo-Json):{ " " }
}{ $bags ->
    [0] {""}
   *[other] { $bags_sep ->
        [yes] ;{ " " }
       *[no] {""}
    }{ $bags ->
        [one] 1 conjunto AdditionalProperties mesclado
       *[other] { $bags } conjuntos AdditionalProperties mesclados
    }
}{ $durations ->
    [0] {""}
   *[other] { $durations_sep ->
        [yes] ;{ " " }
       *[no] {""}
    }{ $durations ->
        [one] 1 duração TimeSpan convertida
       *[other] { $durations } durações TimeSpan convertidas
    }
}{ $dates ->
    [0] {""}
   *[other] { $dates_sep ->
        [yes] ;{ " " }
       *[no] {""}
    }{ $dates ->
        [one] 1 data /Date(…)/ convertida
       *[other] { $dates } datas /Date(…)/ convertidas
    }
}{ $json ->
    [0] {""}
   *[other] { $json_sep ->
        [yes] ;{ " " }
       *[no] {""}
    }{ $json ->
        [one] 1 valor que o ConvertTo-Json cortou no limite de profundidade lido de volta do texto JSON que o SDK gravou para ele
       *[other] { $json } valores que o ConvertTo-Json cortou no limite de profundidade lidos de volta do texto JSON que o SDK gravou para eles
    }
}{ $names ->
    [0] {""}
   *[other] { $names_sep ->
        [yes] ;{ " " }
       *[no] {""}
    }{ $names ->
        [one] 1 identidade que o ConvertTo-Json cortou no limite de profundidade lida de volta do texto @{"{"}…{"}"} dela
       *[other] { $names } identidades que o ConvertTo-Json cortou no limite de profundidade lidas de volta do texto @{"{"}…{"}"} delas
    }
}{ $words ->
    [0] {""}
   *[other] { $words_sep ->
        [yes] ;{ " " }
       *[no] {""}
    }{ $words ->
        [one] 1 lista de modalidades que o ConvertTo-Json juntou em texto separada de novo
       *[other] { $words } listas de modalidades que o ConvertTo-Json juntou em texto separadas de novo
    }
}.
# The source name of text pasted into the page (files keep their names).
source-pasted-text = texto colado
