# chart messages
charts = Диаграммы
charts-hint-open = Наведите указатель, чтобы увидеть точные значения; щелкните полосу, интервал или строку, чтобы открыть их.
charts-hint-closed = { $count ->
    [one] { $count } поток: разверните, чтобы построить диаграммы.
    [few] { $count } потока: разверните, чтобы построить диаграммы.
   *[many] { $count } потоков: разверните, чтобы построить диаграммы.
}
charts-across = Диаграммы по всем звонкам
charts-across-gathering = Сбор потоков звонков: { $done } из { $total }…
charts-across-hint = Звонков: { $calls }, потоков: { $streams }. Наведите указатель, чтобы увидеть точные значения; щелкните точку или полосу, чтобы открыть поток.
chart-show-table = Показать в виде таблицы
chart-save-svg = Сохранить «{ $caption }» в формате SVG
chart-save-png = Сохранить «{ $caption }» в формате PNG
# Заголовки, оси, легенды и текстовые альтернативы диаграмм
chart-sentence = { $clauses }.
chart-clause-separator = { "; " }
chart-sentence-separator = { " " }
chart-rows-cut = Показаны первые { $shown } из { $count } { $n ->
    [one] строки
   *[other] строк
}.
chart-too-small = Слишком мало места для диаграммы
chart-unknown = неизвестно
chart-not-applicable = н/д
chart-col-assessment = Оценка
chart-col-average = Среднее
chart-col-breaking-limit = С превышением порога
chart-col-calls = Звонки
chart-col-code = Код
chart-col-date = Дата
chart-col-duration = Длительность
chart-col-endpoint = Конечная точка
chart-col-ends = Окончание
chart-col-failed = Неуспешные
chart-col-failure = Сбой
chart-col-from = От
chart-col-item = Элемент
chart-col-limit = Порог
chart-col-max = Макс.
chart-col-measure = Показатель
chart-col-media = Мультимедиа
chart-col-minutes = Минуты
chart-col-phrase = Фраза
chart-col-record = Запись
chart-col-share = Доля
chart-col-starts = Начало
chart-col-stream = Поток
chart-col-streams = Потоки
chart-col-successful = Успешные
chart-col-to = До
chart-col-unknown-outcome = Результат неизвестен
chart-col-value = Значение
chart-col-verdict = Вердикт
chart-count-calls = { $calls ->
    [one] { $calls } звонок
    [few] { $calls } звонка
    [many] { $calls } звонков
   *[other] { $calls } звонка
}
chart-count-streams = { $streams ->
    [one] { $streams } поток
    [few] { $streams } потока
    [many] { $streams } потоков
   *[other] { $streams } потока
}
chart-count-not-reported = не сообщено: { $count }
chart-minutes = { $minutes } мин
chart-calls = звонки
chart-unknown-outcome = результат неизвестен
chart-group-jitter = Джиттер
chart-group-packet-loss = Потеря пакетов
chart-group-round-trip = Круговая задержка
chart-group-audio-degradation = Ухудшение аудио (сетевой MOS)
chart-group-concealed = Скрытые сэмплы
chart-group-frame-rate = Частота кадров видео
chart-group-frame-loss = Потеря кадров видео
chart-group-post-fec = Потеря пакетов видео после FEC
chart-axis-degradation = Ухудшение
chart-axis-frame-rate = Частота кадров
chart-axis-frame-loss = Потеря кадров
chart-axis-post-fec = Потеря после FEC
chart-breaks-limit = превышает порог
chart-within-limit = в пределах порога
chart-not-judged = не оценивается
chart-not-a-measurement = не измерение ({ $value })
chart-stream-not-judged = поток не оценивался
chart-stream-unclassified = поток не классифицирован
chart-within-the-limit = в пределах порога «{ $limit }» ({ $rules })
chart-beyond-not-deciding = выше порога «{ $limit }», но по правилам «{ $rules }» для этого потока он не решающий
chart-no-limit-under = нет порога в правилах «{ $rules }»
chart-metric-caption = { $metric } по потокам, оценка по правилам «{ $rules }»
chart-metric-no-streams = Нет потоков для показателя «{ $metric }».
chart-metric-summary-none-poor = { $streams ->
    [one] { $streams } поток
    [few] { $streams } потока
    [many] { $streams } потоков
   *[other] { $streams } потока
}, ни один не превышает порог{ $missing ->
    [0] {""}
   *[other] ; не сообщено: { $missing }
}.
chart-metric-summary-poor = { $streams ->
    [one] { $streams } поток
    [few] { $streams } потока
    [many] { $streams } потоков
   *[other] { $streams } потока
}, превышают порог: { $poor } — { $names }{ $missing ->
    [0] {""}
   *[other] ; не сообщено: { $missing }
}.
chart-max-value = макс. { $value }
chart-no-data-stream-reports = Нет данных: ни один поток не сообщает показатель «{ $metric }»
chart-legend-max = макс.
chart-legend-limit = порог
chart-timeline-title = Временная шкала
chart-timeline-session = Сеанс { $session } · { $who }
chart-timeline-segment = Сегмент { $segment } сеанса { $session } · { $who }
chart-timeline-untimed-item = { $item }: нет времени начала или окончания
chart-timeline-since-call-start = время от начала звонка
chart-timeline-since-first-start = время от первого записанного начала
chart-timeline-caption = Временная шкала звонка ({ $axis }, время 0 = { $origin })
chart-timeline-none = Нет времени начала и окончания, которое можно показать на временной шкале.
chart-timeline-starts-at = { $span } начинается в +{ $at }
chart-timeline-summary = { $sessions ->
    [one] { $sessions } сеанс
    [few] { $sessions } сеанса
    [many] { $sessions } сеансов
   *[other] { $sessions } сеанса
} за { $length }, { $segments ->
    [one] { $segments } сегмент
    [few] { $segments } сегмента
    [many] { $segments } сегментов
   *[other] { $segments } сегмента
}; время указано у { $timed } из { $streams } { $streams ->
    [one] потока
   *[other] потоков
}.
chart-timeline-failed = Сбой: { $spans }.
chart-timeline-untimed = Не показаны элементы без времени: { $items }.
chart-timeline-untimed-note = Не показаны элементы без времени начала и окончания: { $items }
chart-timeline-span = от +{ $from } до +{ $to } · { $verdict }
chart-timeline-no-data = Нет данных: нет времени начала и окончания для временной шкалы
chart-no-judged-streams = нет оцененных потоков
chart-failed = сбой
chart-failed-at = сбой на этапе «{ $stage }»
chart-unknown-endpoints = неизвестные конечные точки
chart-health-title = { $events ->
    [network] События сети
    [device] События устройства
   *[both] События сети и устройства
}
chart-health-caption = { $events ->
    [network] Доли событий сети по конечным точкам (доля длительности звонка)
    [device] Доли событий устройства по конечным точкам (доля длительности звонка)
   *[both] Доли событий сети и устройства по конечным точкам (доля длительности звонка)
}
chart-endpoint-segment = { $who } · сегмент { $segment }
chart-at-or-over-the-limit = на пороге или выше
chart-within-the-limit-plain = в пределах порога
chart-no-published-limit = нет опубликованного порога
chart-at-or-over-limit-of = на пороге «{ $limit }» или выше ({ $source })
chart-health-none = Ни одна конечная точка не сообщает доли событий сети или устройства.
chart-health-summary-within = { $endpoints ->
    [one] { $endpoints } конечная точка
    [few] { $endpoints } конечные точки
    [many] { $endpoints } конечных точек
   *[other] { $endpoints } конечной точки
}; ни одна доля не достигает опубликованного порога.
chart-health-summary-over = { $endpoints ->
    [one] { $endpoints } конечная точка
    [few] { $endpoints } конечные точки
    [many] { $endpoints } конечных точек
   *[other] { $endpoints } конечной точки
}; на пороге или выше: { $over }.
chart-health-no-data = Нет данных: ни одна конечная точка не сообщает доли событий сети или устройства
chart-at-or-over-limit = на пороге или выше
chart-viewer-limit = порог средства просмотра, опубликованного нет
chart-limit-findings = порог (результаты)
chart-percent-of-call = % длительности звонка
chart-silent-sides = В событиях сети и устройства не учтены стороны конечных точек со сведениями о сети или устройстве, но без этих долей: { $sides } (см. сведения о каждом мультимедиа).
chart-distribution-title = { $metric } · все звонки · { $rules }
chart-distribution-caption = { $metric }: распределение по аудиопотокам, оценка по правилам «{ $rules }»
chart-distribution-summary = Аудиопотоков со значением: { $reported }, порог: { $limit }; превышают его: { $poor }; не сообщено: { $missing }.
chart-distribution-summary-no-limit = Аудиопотоков со значением: { $reported }, в этих правилах порога нет; превышают: { $poor }; не сообщено: { $missing }.
chart-bin-label = { $metric } от { $from } до { $to }
chart-bin-breaking = превышают порог: { $poor }
chart-distribution-no-data = Нет данных: ни один аудиопоток не сообщает показатель «{ $metric }»
chart-other-streams = другие потоки
chart-axis-streams = потоки
chart-scatter-title = Джиттер и потеря пакетов · все звонки · { $rules }
chart-scatter-caption = Средний джиттер и средняя потеря пакетов по потокам, оценка по правилам «{ $rules }»
chart-scatter-summary = На диаграмме { $plotted ->
    [one] { $plotted } поток
    [few] { $plotted } потока
    [many] { $plotted } потоков
   *[other] { $plotted } потока
}, плохих: { $poor }; без джиттера или потерь (не показаны): { $missing }.
chart-scatter-value = джиттер { $jitter }, потеря пакетов { $loss }
chart-scatter-detail = { $verdict } · запись { $record }
chart-scatter-no-data = Нет данных: ни один поток не сообщает и джиттер, и потерю пакетов
chart-scatter-x-axis = Джиттер, средний (мс)
chart-scatter-y-axis = Потеря пакетов, средняя (%)
chart-audio-limit = порог для аудио
chart-scatter-not-plotted = не показано (не сообщено): { $count }
chart-picked = { $count ->
    [one] { $count } поток в выбранной полосе
    [few] { $count } потока в выбранной полосе
    [many] { $count } потоков в выбранной полосе
   *[other] { $count } потока в выбранной полосе
}
chart-picked-of = { $count ->
    [one] { $count } поток в выбранной полосе диаграммы «{ $metric }»
    [few] { $count } потока в выбранной полосе диаграммы «{ $metric }»
    [many] { $count } потоков в выбранной полосе диаграммы «{ $metric }»
   *[other] { $count } потока в выбранной полосе диаграммы «{ $metric }»
}
chart-picked-label = Потоки в выбранной полосе
chart-stream-not-found = поток не найден
chart-daily-title = Звонки по дням ({ $zone })
chart-daily-caption = { $log }: звонки по дням ({ $zone })
chart-daily-calls-over-days = { $calls ->
    [one] { $calls } звонок
    [few] { $calls } звонка
    [many] { $calls } звонков
   *[other] { $calls } звонка
} за { $days ->
    [one] { $days } день
    [few] { $days } дня
    [many] { $days } дней
   *[other] { $days } дня
}
chart-daily-busiest = больше всего { $date }: { $calls ->
    [one] { $calls } звонок
    [few] { $calls } звонка
    [many] { $calls } звонков
   *[other] { $calls } звонка
}
chart-daily-failed = неуспешных: { $failed }
chart-daily-without-time = строк без времени (не учтены): { $rows }
chart-daily-outcomes = успешных: { $successful }, неуспешных: { $failed }{ $other ->
    [0] {""}
   *[other] , с неизвестным результатом: { $other }
}
chart-daily-no-data = Нет данных: в журнале «{ $log }» нет звонков со временем
chart-daily-legend-without-time = без времени: { $rows }
chart-daily-x-axis = день ({ $zone })
chart-sip-title = Неуспешные звонки по итоговому коду SIP
chart-sip-caption = Неуспешные звонки Прямой маршрутизации по итоговому коду SIP
chart-sip-no-code = нет кода
chart-sip-more-codes = еще коды: { $count }
chart-sip-summary = { $failed ->
    [one] { $failed } неуспешный звонок
    [few] { $failed } неуспешных звонка
    [many] { $failed } неуспешных звонков
   *[other] { $failed } неуспешного звонка
} в { $groups ->
    [one] { $groups } группе
   *[other] { $groups } группах
}; чаще всего { $top } ({ $share }).
chart-sip-none = Неуспешных звонков нет.
chart-sip-no-data = Нет данных: нет неуспешных звонков
chart-sip-x-axis = неуспешные звонки
# A chart of a big call draws the worst streams or endpoints only (chart/worst.rs)
chart-worst-streams = { $title } · { $shown } худших из { $count } { $count ->
        [one] потока
       *[other] потоков
    }
chart-worst-sessions = { $title } · { $shown } худших из { $count } { $count ->
        [one] сеанса
       *[other] сеансов
    } (сначала сбойные)
chart-worst-sides = { $title } · { $shown } худших из { $count } { $count ->
        [one] конечной точки
       *[other] конечных точек
    }
