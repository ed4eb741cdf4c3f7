# Загрузка по частям: строка хода загрузки, индикатор и кнопка «Остановить».
load-progress = Чтение { $name }{ $count ->
        [1] {""}
       *[other] {" "}({ $index } из { $count })
    }: { $percent } % · { $done } из { $total } · прочитано { $items ->
        [one] { $items } элемент
        [few] { $items } элемента
        [many] { $items } элементов
       *[other] { $items } элемента
    }
load-adding = Добавление { $name } к загруженным данным: { $percent } %
load-stop = Остановить загрузку
load-stopped = Загрузка остановлена: из { $name } ничего не добавлено; ранее загруженные данные сохранены.
load-progress-label = Ход загрузки
load-judging = Оценка потоков: { $done } из { $total ->
        [one] { $total } звонка
       *[other] { $total } звонков
    }
load-linking = Сопоставление строк ТСОП и прямой маршрутизации со звонками: { $done } из { $total ->
        [one] { $total } звонка
       *[other] { $total } звонков
    }
load-redacting = Скрытие данных: { $percent } %
load-redaction-stopped = Скрытие данных остановлено: представления показывают данные как прежде.
load-judging-again = Повторная оценка потоков: { $done } из { $total ->
        [one] { $total } звонка
       *[other] { $total } звонков
    }; пока она не завершена, показаны прежние оценки.
load-judging-label = Ход оценки
# The string-length limit (ingest/bound.rs).
diag-long-text = { $field } содержит текстовое значение длиной { $length } { $length ->
        [one] символ
        [few] символа
       *[other] символов
    } — больше предела для одного значения ({ $limit } байт): из него сохранено начало ({ $kept } { $kept ->
        [one] символ
        [few] символа
       *[other] символов
    }), в конце — «…»{ $count ->
    [1] {""}
    [few] { " " }(в этом файле так обрезаны { $count } значения)
   *[other] { " " }(в этом файле так обрезано { $count } значений)
}
