# Часовой пояс страницы, переключатель UTC, редактор порогов, выводы по типам, фокус и загрузки
zone-utc = UTC
zone-local = местное время
utc-label = Время в UTC
utc-hint = Показывать всё время в UTC, а не в вашем часовом поясе (тогда каждое время заканчивается на UTC; иначе — своим смещением с учётом летнего времени).
reset-limits = Сбросить к { $rules }
skip-link = Перейти к содержимому
rules-note = Все оценки на странице выносятся по этим правилам.
loader-nothing-kept = Ничего из загруженного не сохраняется: закрытие или перезагрузка вкладки всё удаляет.
logs-csv = Скачать CSV
logs-csv-title = Показанные строки в показанных столбцах в виде CSV-файла, созданного в этой вкладке
table-region = { $table }: таблица
problems-more = { $count ->
    [one] +{ $count } проблема
    [few] +{ $count } проблемы
   *[many] +{ $count } проблем
}
findings-show-more = Показать ещё { $count }
finding-group = { $kind } ({ $count })
finding-group-notes = { $notes ->
    [one] { $kind } ({ $count }, { $notes } замечание)
    [few] { $kind } ({ $count }, { $notes } замечания)
   *[many] { $kind } ({ $count }, { $notes } замечаний)
}
detail-other-metrics = Другие метрики ({ $count }, не передаются для: { $kind })
share-report-this-call = Этот звонок в виде HTML-отчёта
share-report-one-shown = Показанный звонок в виде HTML-отчёта
share-report-first = Первые { $first } из { $count } показанных звонков в виде HTML-отчёта
share-report-shown = Показанные звонки ({ $count }) в виде HTML-отчёта
share-files-hint = Файлы создаются в этой вкладке и сохраняются браузером; ничего никуда не отправляется. В них то, что показывает страница: с замаскированными данными, пока маскировка включена. Столбцы CSV названы как в Call Record Insights от Майкрософт; у каждой страницы журнала свой CSV с показанными строками и столбцами.
share-streams-csv = Потоки в CSV (строка на поток)
share-calls-csv = Звонки в CSV
