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
edit-limits-hint = Изменение порога переключает на пользовательские пороги на основе правил выше. Пустое значение отключает правило.
limit-off = выкл.
language = Язык
