# logs messages
table-name-pstn = ТСОП
table-caption-pstn = Звонки ТСОП
table-heading-pstn = Звонки ТСОП
table-name-direct-routing = Прямая маршрутизация
table-caption-direct-routing = Звонки через прямую маршрутизацию
table-heading-direct-routing = Звонки через прямую маршрутизацию
table-name-sms = SMS
table-caption-sms = Журнал SMS
table-heading-sms = Журнал SMS (бета-версия)
table-name-pstn-blocked-users = Пользователи, заблокированные в ТСОП
table-caption-pstn-blocked-users = Пользователи, заблокированные в ТСОП
table-heading-pstn-blocked-users = Пользователи, заблокированные в ТСОП (бета-версия)
table-name-dial-out-report = Отчет об исходящих вызовах
table-caption-dial-out-report = Отчет об исходящих вызовах
table-heading-dial-out-report = Отчет об исходящих вызовах из собраний по сети (бета-версия)
group-by-user = По пользователям
group-by-destination = По направлениям
group-by-call-type = По типам звонков
group-calls = Звонки
group-minutes = Минуты
group-more = и еще { $count }
dr-failures-by-sip = Сбои по итоговому коду SIP
dr-code = Код
dr-meaning = Значение и дальнейшие действия
dr-by-trunk = По магистралям (SBC)
dr-trunk = Магистраль
dr-failed = Сбой
dr-success-rate = Доля успешных
logs-filter-placeholder = Фильтр: пользователь, номер, код, магистраль, ИД…
logs-filter-label = Фильтр: { $table }
logs-outcome = Результат
logs-columns = Столбцы
logs-shown = { $count ->
    [one] { $shown } из { $count } строки
   *[other] { $shown } из { $count } строк
}
logs-caption = { $table }; время в UTC
logs-what-it-means = Что это значит
logs-call-record = Запись звонка
logs-call-record-title = Запись звонка, к которой относится эта строка, и как это определено
