# Проблемы с входными данными, часть вторая: декодирование и gzip, синтаксис JSON и
# восстановление, значения неверного типа, данные, которые не являются записями звонков,
# повторно загруженные записи, вывод PowerShell. diag-item (название элемента) стоит в
# именительном падеже и употребляется после тире или двоеточия.
diag-item = { $item ->
    [record] запись звонка
    [session] сеанс
    [participant] участник
    [pstn] строка звонка ТСОП
    [direct-routing] строка звонка прямой маршрутизации
    [sms] строка журнала SMS
    [blocked-user] строка заблокированного пользователя
    [dialout] строка отчета об исходящих звонках из собраний
    [notification] уведомление об изменении
    [graph-error] ответ с ошибкой
   *[other] элемент
}{ $numbered ->
    [yes] { " " }{ $item_index } из { $item_total }
   *[no] {""}
}{ $identified ->
    [yes] { " " }(id { $id })
   *[no] {""}
}
diag-syntax = { $problem ->
    [trailing-comma] запятая в конце (прямо перед {"}"} или ]) в JSON не допускается
    [single-quotes] в JSON ключи и строки заключаются в двойные кавычки ("), а не в одинарные
    [comment] комментарии в JSON не допускаются
    [key-expected] ожидался ключ в двойных кавычках
    [value-expected] ожидалось значение (строка, число, объект, массив, true, false или null)
    [unquoted] неожиданный текст: без кавычек могут стоять только true, false и null
    [comma-object] ожидалось `,` или `{"}"}`: не пропущена ли запятая между двумя свойствами?
    [comma-array] ожидалось `,` или `]`: не пропущена ли запятая между двумя элементами?
    [colon] после ключа ожидалось `:`
    [eof] текст обрывается внутри { $inside ->
        [list] массива
        [object] объекта
        [string] строки
       *[other] значения
    }: не обрезаны ли входные данные?
    [control-character] перенос строки или управляющий символ внутри строкового значения (оно должно умещаться в одну строку; используйте \n)
    [missing-brace] ключ там, где должно начинаться значение: не пропущена ли открывающая {"{"} объекта?
    [nesting] JSON вложен слишком глубоко
    [invalid-escape] недопустимая escape-последовательность в строке
    [invalid-number] недопустимое число
    [number-range] число вне допустимого диапазона
    [trailing-characters] после значения JSON есть лишний текст
    [invalid-unicode] недопустимая escape-последовательность Unicode (\u) в строке
   *[other] { $detail }
}
diag-problem = { $problem ->
    [missing-field] нет обязательного поля { $field }
    [duplicate-field] поле { $field } встречается несколько раз
    [wrong-type] неверный тип: ожидается { $expected ->
        [object] объект
        [array] массив
        [string] строка
        [number] число
        [boolean] логическое значение
        [null] null
       *[other] другой тип
    }, в файле — { $got ->
        [object] объект
        [array] массив
        [string] строка
        [number] число
        [boolean] логическое значение
        [null] null
       *[other] другой тип
    }
    [wrong-value] недопустимое значение: ожидается { $expected ->
        [object] объект
        [array] массив
        [string] строка
        [number] число
        [boolean] логическое значение
        [null] null
       *[other] другой тип
    }
    [wrong-length] неверное число элементов
    [unknown-variant] неизвестное значение { $field }
    [too-deep] массивы или страницы вложены глубже { $depth } { $depth ->
        [one] уровня
       *[other] уровней
    }
   *[other] { diag-syntax }
}
diag-invalid-json = недопустимый JSON{ $where ->
    [between-items] { " " }между двумя элементами (оба сохранены)
    [after-page] { " " }после элементов страницы
    [truncated] : файл, похоже, обрезан (скачивание завершилось?); все, что было до обрыва, сохранено
    [truncated-page] { " " }после элемента { $total } страницы: файл, похоже, обрезан (скачивание завершилось?); { $total ->
        [one] { $total } элемент до обрыва сохранен
        [few] { $total } элемента до обрыва сохранены
       *[other] { $total } элементов до обрыва сохранены
    }
    [in-session] { " " }в сеансе { $session } из { $sessions } — { diag-item }{ $cut ->
        [yes] : файл, похоже, обрезан (скачивание завершилось?)
       *[no] {""}
    }; запись сохранена без этого сеанса и помечена как неполная{ $lost ->
        [1] {""}
        [one] { " " }(всего потерян { $lost } сеанс)
        [few] { " " }(всего потеряно { $lost } сеанса)
       *[other] { " " }(всего потеряно { $lost } сеансов)
    }
    [cut-inside] { " " }внутри элемента — { diag-item }: файл, похоже, обрезан (скачивание завершилось?); прочитанная часть сохранена и помечена как неполная
    [cut-sessions] { " " }в сеансах записи — { diag-item }: файл, похоже, обрезан (скачивание завершилось?); запись сохранена с сеансами до обрыва и помечена как неполная
    [cut-item] { " " }внутри элемента — { diag-item }: файл, похоже, обрезан (скачивание завершилось?); все, что было до него, сохранено
    [skipped] { " " }в элементе — { diag-item }; он пропущен, остальные сохранены
   *[none] {""}
}: { diag-syntax }
diag-too-many-errors = более { $count } { $count ->
    [one] ошибки
   *[other] ошибок
}: чтение остановлено здесь; все прочитанное ранее сохранено
diag-too-deep = массивы или страницы вложены глубже { $depth } { $depth ->
    [one] уровня
   *[other] уровней
}
diag-unreadable = значение не удалось прочитать: { diag-problem }
diag-item-skipped = Элемент пропущен — { diag-item }: { diag-problem } (в { $path })
diag-duplicate-key = Повторяющийся ключ — { diag-item }: { diag-problem } в { $path }; JSON допускает повторяющиеся ключи, поэтому использовано последнее значение
diag-size = { $size } { $unit ->
    [gib] ГиБ
    [mib] МиБ
    [kib] КиБ
   *[bytes] { $size ->
        [one] байт
        [few] байта
       *[other] байт
    }
}
diag-gzip-unreadable = файл похож на сжатый gzip, но распаковать его не удалось: { $cause ->
    [eof] данные обрываются раньше времени
   *[other] данные повреждены
}
diag-gzip-damaged = данные gzip повреждены: распаковано только { diag-size }, и прочитано только то, что было до повреждения
diag-gzip-too-big = после распаковки файл превышает предел — { diag-size }: прочитаны только первые { diag-size }, остальное пропущено
diag-gzip-too-deep = файл — это gzip внутри gzip глубже { $limit } { $limit ->
    [one] уровня
   *[other] уровней
} (предел): он не распакован
diag-odd-utf16 = файл в кодировке UTF-16 (так пишет Windows PowerShell), но в нем нечетное число байтов: последний байт — половина символа, он пропущен; файл, похоже, обрезан (скачивание завершилось?)
diag-unknown-shape = Это не данные записей звонков: { $shape ->
    [empty] пустой объект {"{"}{"}"}
    [string] строка
    [array] массив
    [boolean] логическое значение
    [null] null
    [number] число
   *[object] объект с ключами { $keys }{ $more ->
        [0] {""}
       *[other] { " " }и еще { $more }
    }
}{ $count ->
    [1] {""}
    [one] { " " }({ $count } такой элемент)
    [few] { " " }({ $count } таких элемента)
   *[other] { " " }({ $count } таких элементов)
}. Принимаются: запись звонка (GET /communications/callRecords/{"{"}id{"}"}, с $expand или без), список записей звонков, страница сеансов или participants_v2, результаты getPstnCalls или getDirectRoutingCalls (а также бета-версии getSmsLog, getPstnBlockedUsersLog, getPstnOnlineMeetingDialoutReport), массив JSON или JSON Lines из них.
diag-unknown-more = Еще { $items } { $items ->
    [one] элемент
    [few] элемента
   *[other] элементов
} в { $shapes } { $shapes ->
    [one] другой форме
   *[other] других формах
} — тоже не данные записей звонков (по одному не перечислены).
diag-record-copies = Запись звонка { $id } загружена несколько раз (версия { $version }; копии совпадают): она показана один раз, с сеансами всех копий.{ $copies ->
    [2] {""}
   *[other] { " " }(всего копий этой записи: { $copies })
}
diag-record-versions = Запись звонка { $id } загружена несколько раз (версии { $old } и { $new }): показана версия { $kept }, сеансы объединены.{ $copies ->
    [2] {""}
   *[other] { " " }(всего копий этой записи: { $copies })
}
diag-record-conflict = У записи звонка { $id } те же id и версия ({ $version }), что и у загруженной ранее, но другое содержимое ({ $fields }): сохранены обе, эта — как "{ $kept_as }". (В примерах документации Майкрософт один id используется повторно; у двух экспортов одного клиента такого не будет.)
diag-powershell-depth = Этот файл записан командой ConvertTo-Json { $depth ->
    [default] с глубиной по умолчанию 2
    [other] с -Depth { $depth_value }
   *[unknown] со слишком малым -Depth (по умолчанию 2)
}: PowerShell обрезал вложенные данные до того, как они попали на эту страницу{ $placed ->
    [yes] { " " }(начиная с { $path }{ $lost ->
        [0] {""}
        [one] , потеряно { $lost } значение
        [few] , потеряно { $lost } значения
       *[other] , потеряно { $lost } значений
    })
   *[no] { $lost ->
        [0] {""}
        [one] { " " }(потеряно { $lost } значение)
        [few] { " " }(потеряно { $lost } значения)
       *[other] { " " }(потеряно { $lost } значений)
    }
}. То, что выше этой глубины (id, время, поля верхнего уровня), загружено. Запустите команду снова с `ConvertTo-Json -Depth { $suggest }` или запишите исходный ответ Graph командой `Invoke-MgGraphRequest -Uri <url> -OutputFilePath <file>.json`.
diag-powershell-output = { $sdk ->
    [yes] Прочитано как вывод Microsoft Graph PowerShell SDK (Get-Mg… | ConvertTo-Json): имена в PascalCase сопоставлены с именами Graph
   *[no] Прочитано как вывод PowerShell (ConvertTo-Json):{ " " }
}{ $bags ->
    [0] {""}
   *[other] { $bags_sep ->
        [yes] ;{ " " }
       *[no] {""}
    }{ $bags ->
        [one] объединен { $bags } набор AdditionalProperties
        [few] объединено { $bags } набора AdditionalProperties
       *[other] объединено { $bags } наборов AdditionalProperties
    }
}{ $durations ->
    [0] {""}
   *[other] { $durations_sep ->
        [yes] ;{ " " }
       *[no] {""}
    }{ $durations ->
        [one] преобразована { $durations } длительность TimeSpan
        [few] преобразовано { $durations } длительности TimeSpan
       *[other] преобразовано { $durations } длительностей TimeSpan
    }
}{ $dates ->
    [0] {""}
   *[other] { $dates_sep ->
        [yes] ;{ " " }
       *[no] {""}
    }{ $dates ->
        [one] преобразована { $dates } дата /Date(…)/
        [few] преобразовано { $dates } даты /Date(…)/
       *[other] преобразовано { $dates } дат /Date(…)/
    }
}{ $json ->
    [0] {""}
   *[other] { $json_sep ->
        [yes] ;{ " " }
       *[no] {""}
    }{ $json ->
        [one] { $json } значение, обрезанное ConvertTo-Json на пределе глубины, прочитано из JSON-текста, который SDK записал для него
        [few] { $json } значения, обрезанных ConvertTo-Json на пределе глубины, прочитаны из JSON-текста, который SDK записал для них
       *[other] { $json } значений, обрезанных ConvertTo-Json на пределе глубины, прочитаны из JSON-текста, который SDK записал для них
    }
}{ $names ->
    [0] {""}
   *[other] { $names_sep ->
        [yes] ;{ " " }
       *[no] {""}
    }{ $names ->
        [one] { $names } удостоверение, обрезанное ConvertTo-Json на пределе глубины, прочитано из его текста @{"{"}…{"}"}
        [few] { $names } удостоверения, обрезанных ConvertTo-Json на пределе глубины, прочитаны из их текста @{"{"}…{"}"}
       *[other] { $names } удостоверений, обрезанных ConvertTo-Json на пределе глубины, прочитаны из их текста @{"{"}…{"}"}
    }
}{ $words ->
    [0] {""}
   *[other] { $words_sep ->
        [yes] ;{ " " }
       *[no] {""}
    }{ $words ->
        [one] { $words } список модальностей, который ConvertTo-Json склеил в текст, снова разделен
        [few] { $words } списка модальностей, которые ConvertTo-Json склеил в текст, снова разделены
       *[other] { $words } списков модальностей, которые ConvertTo-Json склеил в текст, снова разделены
    }
}.
# The source name of text pasted into the page (files keep their names).
source-pasted-text = вставленный текст
