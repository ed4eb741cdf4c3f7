## HTML-отчет (report/html.rs): один файл для того, у кого нет страницы. Время в нем указано в UTC.
report-title = Отчет о звонках: { $title }
report-many-calls = { $count ->
    [one] { $count } звонок
    [few] { $count } звонка
   *[other] { $count } звонков
}
report-exported = Экспортировано
report-exported-at = { $time } (все время в UTC)
report-rules = Правила качества
report-redaction = Скрытие данных
report-made-by = Создано
report-made-by-text = Просмотр записей звонков, в браузере: для создания этого файла ничего никуда не отправлялось.
report-first-calls = { $chosen ->
    [one] Выбран { $chosen } звонок
    [few] Выбрано { $chosen } звонка
   *[other] Выбрано { $chosen } звонков
}; в отчет вошли первые { $kept }.
report-call-id = Идентификатор звонка
report-findings = Выводы ({ $count })
report-col-kind = Вид
report-col-who = Кто
report-col-what = Что
report-col-evidence = Подтверждение
report-sessions = Сеансы
report-charts-left-out = Диаграммы { $count ->
    [one] { $count } потока
   *[other] { $count } потоков
} этого звонка не вошли в отчет: их рисует страница.
report-details = Подробности
report-details-some = Подробности { $shown } из { $count } узлов звонка: сам звонок и путь к каждому потоку с качеством ниже хорошего и к каждому сбойному сеансу. Остальное — на странице.
report-the-call = Звонок
