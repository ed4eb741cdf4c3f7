# page messages
count-call-records = { $count ->
    [one] { $count } запись звонка
    [few] { $count } записи звонков
   *[many] { $count } записей звонков
}
app-title = Просмотр записей звонков
privacy-promise = Все данные остаются на этой вкладке: без сервера и без сетевых запросов (это обеспечивает Content-Security-Policy страницы).
nav-views = Представления
quality-rules = Правила качества
edit-limits = Изменить пороги
edit-limits-hint = Изменение порога переключает на пользовательские пороги на основе правил выше. Пустое значение отключает правило. Esc закрывает.
limit-off = выкл.
language = Язык
tab-calls = Звонки
tab-other-logs = Другие журналы
invalid-limit = число не меньше 0 или пустое значение, чтобы отключить правило
loader-label = Загрузка записей звонков
loader-paste-label = Вставьте JSON записей звонков из Graph (запись, список, страницы сеансов, журналы ТСОП или прямой маршрутизации)
loader-load-pasted = Загрузить вставленный текст
loader-open-files = Открыть файлы…
loader-file-input = Открыть файлы записей звонков
loader-try-example = Открыть пример
loader-drop-hint = или перетащите файлы .json, .jsonl или .gz в любое место страницы
loader-clear = Очистить все
calls-label = Записи звонков
calls-filter-placeholder = Фильтр: имя, "точная фраза", номер, ИД, UPN, IP…
calls-filter-label = Фильтровать звонки по тексту
calls-modality = Тип связи
calls-modality-any = любой
calls-problems-only = Только проблемы
filter-from = С
filter-to = по
filter-from-label = Начало не ранее (местная дата)
filter-to-label = Начало не позднее (местная дата)
calls-shown = { $count ->
    [one] { $shown } из { $count } звонка
   *[other] { $shown } из { $count } звонков
}
calls-caption = Записи звонков; время: { $zone }
calls-findings-note = выводы помимо правил для потоков
call-back = Назад к звонкам
call-breadcrumb = Путь навигации
call-join-url = URL для присоединения:
call-findings-label = Выводы
call-findings = Выводы ({ $count })
call-details = Сведения
call-log-rows-label = Строки журналов для этого звонка
call-log-rows = Строки ТСОП и прямой маршрутизации для этого звонка ({ $count })
value-poor-because = (плохо: { $why })
drop-hint = Перетащите сюда файлы записей звонков, чтобы загрузить их
tree-call-overview = Обзор звонка
count-pstn-calls = { $count ->
    [one] { $count } звонок ТСОП
    [few] { $count } звонка ТСОП
   *[many] { $count } звонков ТСОП
}
count-direct-routing-calls = { $count ->
    [one] { $count } звонок через прямую маршрутизацию
    [few] { $count } звонка через прямую маршрутизацию
   *[many] { $count } звонков через прямую маршрутизацию
}
count-other-log-rows = { $count ->
    [one] { $count } строка других журналов
    [few] { $count } строки других журналов
   *[many] { $count } строк других журналов
}
count-sessions = { $count ->
    [one] { $count } сеанс
    [few] { $count } сеанса
   *[many] { $count } сеансов
}
count-segments = { $count ->
    [one] { $count } сегмент
    [few] { $count } сегмента
   *[many] { $count } сегментов
}
count-streams = { $count ->
    [one] { $count } поток
    [few] { $count } потока
   *[many] { $count } потоков
}
count-sources = { $count ->
    [one] { $count } источник
    [few] { $count } источника
   *[many] { $count } источников
}
loaded-line = Загружено: { $what }
loaded-line-timed = Загружено: { $what } (разбор за { $ms } мс)
size-mb = { $size } МБ
size-kb = { $size } КБ
parsing-line = Разбор источников: { $count } ({ $size })…
file-unreadable = { $name } (не удалось прочитать: { $error })
loaded-elsewhere = Загружено:
loaded-elsewhere-tab = (вкладка «{ $tab }»)
sentence-end = .
empty-calls = Записи звонков не загружены.
empty-calls-hint = Вставьте или откройте выше запись звонка ({ $request }) или их список либо откройте пример.
empty-pstn = Строки звонков ТСОП не загружены.
empty-pstn-hint = Загрузите ответ getPstnCalls ({ $request }).
empty-direct-routing = Строки прямой маршрутизации не загружены.
empty-direct-routing-hint = Загрузите ответ getDirectRoutingCalls ({ $request }).
empty-other-logs = Строки бета-журналов не загружены.
empty-other-logs-hint = Загрузите ответ бета-версии getSmsLog, getPstnBlockedUsersLog или getPstnOnlineMeetingDialoutReport.
empty-call = Запись звонка { $id } не загружена на этой вкладке.
empty-call-hint = После закрытия или перезагрузки вкладки ничего не сохраняется: загрузите файл снова, чтобы просмотреть его.
sessions-not-loaded = не загружены
sessions-lost = { $sessions }, потеряно: { $lost } (неполная)
findings-more = +{ $count } выв.
col-start = Начало ({ $zone })
col-duration = Длительность
col-type = Тип
col-modalities = Типы связи
col-organizer = Организатор
col-people = Участники
col-sessions = Сеансы
col-quality = Качество
col-poor-streams = Плохие потоки
call-heading = Звонок
no-sessions = Сеансы не загружены: запись получена без них. Получите ее с параметром { $query } вместе с последующими страницами сеансов и загрузите эти файлы.
warning-placeholder = Загружены только страницы этого звонка (сеансы или участники), но не сама запись звонка: ее тип, время и организатор неизвестны.
warning-lost-sessions = Неполная запись: сеансы этого звонка потеряны из-за синтаксической ошибки в файле (см. сообщения над списком звонков). Оценки охватывают только прочитанные сеансы.
warning-more-sessions = Есть незагруженные сеансы (в ответе был { $link }). Загрузите следующие страницы, чтобы увидеть их все.
warning-more-participants = Участников больше, чем загружено ({ $link }).
tree-label = Сеансы
tree-expand-all = Развернуть все
tree-collapse-all = Свернуть все
tree-aria = Сеансы, сегменты, мультимедиа и потоки
tree-failed = сбой
# Проблемы с входными данными (диагностика)
diagnostics-label = Проблемы с входными данными
diagnostic-place = { $source }, строка { $line }, столбец { $column }
diag-empty = входные данные пусты
diag-invalid-utf8 = здесь текст не является допустимым UTF-8: неверные байты заменены на �; сохраните экспорт в UTF-8
diag-comments = { $count ->
    [one] Пропущен { $count } комментарий
    [few] Пропущено { $count } комментария
   *[other] Пропущено { $count } комментариев
} (// или /* */): в JSON их нет, поэтому другие средства могут отклонить этот файл
diag-lone-surrogate = { $field } содержит непарный суррогат UTF-16 ({ $escape }), который не является символом: он сохранен с заменой на символ U+FFFD{ $count ->
    [1] {""}
   *[other] { " " }(в этом файле: { $count })
}
diag-number-as-text = { $named ->
    [yes] { $field } { $value }
   *[no] Значение ({ $value })
} — число, записанное как текст: прочитано как число{ $count ->
    [1] {""}
   *[other] { " " }(таких значений в этом поле: { $count })
}{ $placed ->
    [yes] { " " }(в { $path })
   *[no] {""}
}
diag-unreadable-field = { $named ->
    [yes] { $field } { $value }
   *[no] Значение ({ $value })
} — не { $expected ->
    [number] число
    [whole] целое число
    [datetime] дата и время ISO 8601, например 2026-03-17T10:00:00Z
    [duration] длительность ISO 8601, например PT0.03S
   *[other] { $expected_text }
}: значение пропущено (показано как «не сообщено»), остальное загружено{ $count ->
    [1] {""}
   *[other] { " " }(таких значений в этом поле: { $count })
}{ $placed ->
    [yes] { " " }(в { $path })
   *[no] {""}
}
diag-notification = Это { $what ->
    [lifecycle] уведомление о жизненном цикле ({ $detail })
    [change-of] уведомление об изменении ("{ $detail }")
   *[change] уведомление об изменении
}{ $identified ->
    [yes] { " " }для записи звонка { $id }
   *[no] {""}
}: оно лишь сообщает, что запись существует, и не содержит данных звонка. Получите запись запросом { $query } (разрешение приложения CallRecords.Read.All) и загрузите этот ответ сюда.
diag-graph-error = Это ответ Graph с ошибкой, а не данные звонка: { $code } — { $message }
diag-more-record-pages = У этого списка записей звонков есть еще страницы (@odata.nextLink): загружены только записи этой страницы.
diag-more-log-pages = У этого журнала есть еще страницы (@odata.nextLink, 1000 строк на странице): загружены только строки этой страницы.
diag-page-without-record = Страница сеансов или участников без "@odata.context" не указывает, к какой записи звонка она относится: ее элементы показаны в "{ no-call-record }". Загрузите страницу в том виде, в каком ее вернул Graph, чтобы связать ее с записью.
# The ids the page gives a call record without one, and the record of pages that name none.
record-without-id = (запись без идентификатора № { $number })
no-call-record = (без записи звонка)
diag-missing-id = У записи звонка нет "id"; она показана как { record-without-id }.
