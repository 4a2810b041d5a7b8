<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>Countries</name>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>The country (a shared demand is split among its countries by its shares)</source>
        <translation>Страна (общая водопотребность делится между странами по их долям)</translation>
    </message>
    <message>
        <source>ICWC season</source>
        <translation>Период МКВК</translation>
    </message>
    <message>
        <source>Non-vegetation October–March or vegetation April–September of a water year; 'partial' when the horizon covers only part of it</source>
        <translation>Межвегетационный (октябрь–март) или вегетационный (апрель–сентябрь) период водохозяйственного года; «неполный», если расчётный период охватывает только его часть</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Лимит</translation>
    </message>
    <message>
        <source>The country's ICWC withdrawal limit for the whole season (main-stem withdrawals at the ICWC's control points: see the scenario's notes for what it covers)</source>
        <translation>Лимит водозабора страны по МКВК на весь период (водозабор из основного русла в створах контроля МКВК; что он охватывает — см. примечания сценария)</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>Водозабор</translation>
    </message>
    <message>
        <source>Water entering the intakes of the country's demands (before the intakes' losses)</source>
        <translation>Вода, поступившая в водозаборы водопотребителей страны (до потерь в водозаборах)</translation>
    </message>
    <message>
        <source>% of limit</source>
        <translation>% лимита</translation>
    </message>
    <message>
        <source>Withdrawal as a share of the season's limit</source>
        <translation>Водозабор в процентах от лимита периода</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Водопотребность</translation>
    </message>
    <message>
        <source>What the country's demands asked for</source>
        <translation>Сколько запросили водопотребители страны</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Водоподача</translation>
    </message>
    <message>
        <source>What reached the fields (withdrawal less the intakes' losses)</source>
        <translation>Сколько дошло до полей (водозабор за вычетом потерь в водозаборах)</translation>
    </message>
    <message>
        <source>Shortfall</source>
        <translation>Дефицит</translation>
    </message>
    <message>
        <source>Demand not delivered</source>
        <translation>Неподанная часть водопотребности</translation>
    </message>
    <message>
        <source>Flow formed</source>
        <translation>Формирование стока</translation>
    </message>
    <message>
        <source>Flow formed: local inflow of the rivers that rise in the country</source>
        <translation>Формирование стока: местный приток рек, берущих начало в стране</translation>
    </message>
    <message>
        <source>Formed</source>
        <translation>Сток</translation>
    </message>
    <message>
        <source>% of basin</source>
        <translation>% бассейна</translation>
    </message>
    <message>
        <source>The country's share of the basin's inflow in the season</source>
        <translation>Доля страны в притоке бассейна за период</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Выработка</translation>
    </message>
    <message>
        <source>Energy of the country's plants (at dams and run-of-river)</source>
        <translation>Выработка электроэнергии станциями страны (ГЭС при плотинах и русловые)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Energy received under the exchange ledger</source>
        <translation>Электроэнергия, полученная по соглашению об обмене</translation>
    </message>
    <message>
        <source>Supplied</source>
        <translation>Передано</translation>
    </message>
    <message>
        <source>Energy supplied under the exchange ledger</source>
        <translation>Электроэнергия, переданная по соглашению об обмене</translation>
    </message>
    <message>
        <source>Net energy</source>
        <translation>Сальдо электроэнергии</translation>
    </message>
    <message>
        <source>Net energy: generated + received − supplied</source>
        <translation>Сальдо электроэнергии: выработка + получено − передано</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Сальдо</translation>
    </message>
    <message>
        <source>Δ withdrawal</source>
        <translation>Δ водозабора</translation>
    </message>
    <message>
        <source>Withdrawal minus the baseline's</source>
        <translation>Водозабор минус водозабор базового варианта</translation>
    </message>
    <message>
        <source>Δ shortfall</source>
        <translation>Δ дефицита</translation>
    </message>
    <message>
        <source>Shortfall minus the baseline's</source>
        <translation>Дефицит минус дефицит базового варианта</translation>
    </message>
    <message>
        <source>Δ generated</source>
        <translation>Δ выработки</translation>
    </message>
    <message>
        <source>Energy generated minus the baseline's</source>
        <translation>Выработка минус выработка базового варианта</translation>
    </message>
    <message>
        <source>Δ net energy</source>
        <translation>Δ сальдо</translation>
    </message>
    <message>
        <source>Net energy minus the baseline's</source>
        <translation>Сальдо электроэнергии минус сальдо базового варианта</translation>
    </message>
    <message>
        <source>{season} (partial)</source>
        <translation>{season} (неполный)</translation>
    </message>
    <message>
        <source>{title} ({unit})</source>
        <translation>{title} ({unit})</translation>
    </message>
    <message>
        <source>The horizon covers {percent} of this season ({start} to {end}, exclusive); the limit is still the whole season's.</source>
        <translation>Расчётный период охватывает {percent} этого периода (с {start} по {end}, не включая); лимит по-прежнему установлен на весь период.</translation>
    </message>
    <message>
        <source>Over the limit by {amount} {unit}.</source>
        <translation>Превышение лимита на {amount} {unit}.</translation>
    </message>
    <message>
        <source>Baseline: {value}</source>
        <translation>Базовый вариант: {value}</translation>
    </message>
</context>
<context>
    <name>CountriesChart</name>
    <message>
        <source>{season} (partial)</source>
        <translation>{season} (неполный)</translation>
    </message>
    <message>
        <source>Oct–Mar</source>
        <translation>окт–мар</translation>
    </message>
    <message>
        <source>Apr–Sep</source>
        <translation>апр–сен</translation>
    </message>
    <message>
        <source>Withdrawal against the ICWC limit</source>
        <translation>Водозабор и лимит МКВК</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>лимит</translation>
    </message>
    <message>
        <source>over the limit</source>
        <translation>превышение лимита</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>базовый вариант</translation>
    </message>
    <message>
        <source>Energy generated and net after exchanges</source>
        <translation>Выработка и сальдо после обмена</translation>
    </message>
    <message>
        <source>net after exchanges</source>
        <translation>сальдо после обмена</translation>
    </message>
    <message>
        <source>Withdrawal (no ICWC limit set)</source>
        <translation>Водозабор (лимит МКВК не задан)</translation>
    </message>
    <message>
        <source>Energy generated</source>
        <translation>Выработка электроэнергии</translation>
    </message>
    <message numerus="yes">
        <source>{season}, mean of {count} seasons</source>
        <translation><numerusform>{season}, среднее за {count} сезон</numerusform><numerusform>{season}, среднее за {count} сезона</numerusform><numerusform>{season}, среднее за {count} сезонов</numerusform></translation>
    </message>
</context>
<context>
    <name>DialogParts</name>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Удалить выбранные</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>{name} (not saved)</source>
        <translation>{name} (не сохранён)</translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation>не указано имя файла</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Demands</source>
        <translation>Водопотребители</translation>
    </message>
    <message>
        <source>Minimum-flow points</source>
        <translation>Створы минимального расхода</translation>
    </message>
    <message>
        <source>Plants</source>
        <translation>ГЭС</translation>
    </message>
    <message>
        <source>Reservoirs</source>
        <translation>Водохранилища</translation>
    </message>
    <message>
        <source>Reservoir</source>
        <translation>Водохранилище</translation>
    </message>
    <message>
        <source>Terminal lake</source>
        <translation>Конечный водоём</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>Сезон</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Учёт</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Ограничение</translation>
    </message>
    <message>
        <source>Divide each demand's shortfall by its priority</source>
        <translation>Делить дефицит каждого водопотребителя на его приоритет</translation>
    </message>
    <message>
        <source>Inflow target (blank: maximise the inflow)</source>
        <translation>Целевой приток (пусто — максимизировать приток)</translation>
    </message>
    <message>
        <source>End-storage target</source>
        <translation>Целевой конечный объём</translation>
    </message>
    <message>
        <source>Value per Mm³ released, per period</source>
        <translation>Ценность 1 млн м³ попуска за период</translation>
    </message>
    <message>
        <source>Lowest storage per period (blank: none)</source>
        <translation>Наименьший объём по периодам (пусто — нет)</translation>
    </message>
    <message>
        <source>Highest storage per period (blank: none)</source>
        <translation>Наибольший объём по периодам (пусто — нет)</translation>
    </message>
    <message>
        <source>Storage at least, in every period</source>
        <translation>Объём не ниже, в каждом периоде</translation>
    </message>
    <message>
        <source>Release at least</source>
        <translation>Попуск не менее</translation>
    </message>
    <message>
        <source>Release at most</source>
        <translation>Попуск не более</translation>
    </message>
    <message>
        <source>Lowest release per period (blank: none)</source>
        <translation>Наименьший попуск по периодам (пусто — нет)</translation>
    </message>
    <message>
        <source>Highest release per period (blank: none)</source>
        <translation>Наибольший попуск по периодам (пусто — нет)</translation>
    </message>
    <message>
        <source>Largest change from one period to the next</source>
        <translation>Наибольшее изменение от периода к периоду</translation>
    </message>
    <message>
        <source>… or as a volume per period</source>
        <translation>… или как объём за период</translation>
    </message>
    <message>
        <source>End storage at least</source>
        <translation>Конечный объём не менее</translation>
    </message>
    <message>
        <source>Energy at least</source>
        <translation>Выработка не менее</translation>
    </message>
    <message>
        <source>Inflow at least</source>
        <translation>Приток не менее</translation>
    </message>
    <message>
        <source>Replaces the default carry-over for this reservoir.</source>
        <translation>Заменяет для этого водохранилища переходящий объём по умолчанию.</translation>
    </message>
    <message>
        <source>The level the operator does not want to go below (above dead storage).</source>
        <translation>Уровень, ниже которого эксплуатация не допускает сработки (выше мёртвого объёма).</translation>
    </message>
    <message>
        <source>Mean flow in every period of the season: this form survives a change of time step or horizon.</source>
        <translation>Средний расход в каждом периоде сезона: такая запись сохраняется при смене шага по времени или расчётного периода.</translation>
    </message>
    <message>
        <source>Name plants or a country, not both.</source>
        <translation>Укажите ГЭС или страну, но не то и другое.</translation>
    </message>
    <message>
        <source>One of the network's own limits, made hard or given another penalty.</source>
        <translation>Одно из ограничений самой сети, сделанное жёстким или со своим штрафом.</translation>
    </message>
    <message>
        <source>per {unit}</source>
        <translation>на {unit}</translation>
    </message>
    <message>
        <source>{field}: '{text}' is not a number</source>
        <translation>{field}: «{text}» — не число</translation>
    </message>
    <message>
        <source>Tick the nodes concerned; none ticked means all of them</source>
        <translation>Отметьте нужные узлы; если не отмечено ни одного — все</translation>
    </message>
    <message>
        <source>value</source>
        <translation>значение</translation>
    </message>
    <message>
        <source>{field}: period {number} has no value</source>
        <translation>{field}: для периода {number} нет значения</translation>
    </message>
    <message>
        <source>{field}, period {number}: '{text}' is not a number</source>
        <translation>{field}, период {number}: «{text}» — не число</translation>
    </message>
    <message>
        <source>its start storage</source>
        <translation>свой начальный объём</translation>
    </message>
    <message>
        <source>a volume of</source>
        <translation>объём</translation>
    </message>
    <message>
        <source>Change objective</source>
        <translation>Изменить цель оптимизации</translation>
    </message>
    <message>
        <source>Add objective</source>
        <translation>Добавить цель оптимизации</translation>
    </message>
    <message>
        <source>Change requirement</source>
        <translation>Изменить ограничение</translation>
    </message>
    <message>
        <source>Add requirement</source>
        <translation>Добавить ограничение</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>{field} (none ticked: all)</source>
        <translation>{field} (ничего не отмечено — все)</translation>
    </message>
    <message>
        <source>any country</source>
        <translation>любая страна</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <source>A name the trade-off and the command line can refer to</source>
        <translation>Имя, по которому к записи обращаются компромисс и командная строка</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>per unit of value</source>
        <translation>на единицу ценности</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <source>hard: must hold</source>
        <translation>жёсткое: должно выполняться</translation>
    </message>
    <message>
        <source>soft: may give way, at a penalty</source>
        <translation>мягкое: может нарушаться со штрафом</translation>
    </message>
    <message>
        <source>Penalty</source>
        <translation>Штраф</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Enter the {field} ({unit}).</source>
        <translation>Введите значение «{field}» ({unit}).</translation>
    </message>
    <message>
        <source>Enter {field}.</source>
        <translation>Введите: {field}.</translation>
    </message>
    <message>
        <source>The scenario has no {field} for this kind.</source>
        <translation>В сценарии нет объекта «{field}» для этого вида.</translation>
    </message>
    <message>
        <source>Enter a weight.</source>
        <translation>Введите вес.</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>Give the lowest or the highest storage (or both) for at least one period.</source>
        <translation>Задайте наименьший или наибольший объём (или оба) хотя бы для одного периода.</translation>
    </message>
    <message>
        <source>Give the lowest release, the highest release or both.</source>
        <translation>Задайте наименьший попуск, наибольший попуск или оба.</translation>
    </message>
    <message>
        <source>Give the largest change either as a flow ({flow}) or as a volume per period ({volume}), not both.</source>
        <translation>Задайте наибольшее изменение либо как расход ({flow}), либо как объём за период ({volume}), но не то и другое.</translation>
    </message>
    <message>
        <source>Tick plants or choose a country, not both.</source>
        <translation>Отметьте ГЭС или выберите страну, но не то и другое.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Buffer zone top</source>
        <translation>Верхняя граница буферной зоны</translation>
    </message>
    <message>
        <source>While the storage at the start of a period is below this, the release is cut to the buffer release</source>
        <translation>Пока объём на начало периода ниже этой границы, попуск снижается до попуска в буферной зоне</translation>
    </message>
    <message>
        <source>Release while in the buffer zone (never below the minimum release); empty: no cut</source>
        <translation>Попуск в буферной зоне (не ниже минимального попуска); пусто — без снижения</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>WaterPlanner scenarios (*.wplan);;All files (*)</source>
        <translation>Сценарии WaterPlanner (*.wplan);;Все файлы (*)</translation>
    </message>
    <message>
        <source>no scenario ships with this installation</source>
        <translation>в этой установке нет ни одного сценария</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>{name} has changes that are not saved.</source>
        <translation>В «{name}» есть несохранённые изменения.</translation>
    </message>
    <message>
        <source>Save them before continuing?</source>
        <translation>Сохранить их, прежде чем продолжить?</translation>
    </message>
    <message>
        <source>the default scenario</source>
        <translation>сценарий по умолчанию</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>Открыть сценарий</translation>
    </message>
    <message>
        <source>Opened {name}, written in format version {version}: it will be saved in version {current} (nothing in it changes meaning; an older WaterPlanner cannot open the saved file)</source>
        <translation>Открыт {name}, записанный в формате версии {version}: он будет сохранён в версии {current} (смысл данных не меняется; более старый WaterPlanner не сможет открыть сохранённый файл)</translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation>Открыт {name}</translation>
    </message>
    <message>
        <source>Save scenario as</source>
        <translation>Сохранить сценарий как</translation>
    </message>
    <message>
        <source>Could not save {name}: {reason}</source>
        <translation>Не удалось сохранить {name}: {reason}</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Не удалось сохранить</translation>
    </message>
    <message>
        <source>{path} could not be written:
{reason}

Your scenario is still open; try another folder.</source>
        <translation>Не удалось записать {path}:
{reason}

Сценарий по-прежнему открыт; попробуйте другую папку.</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>Сохранён {name}</translation>
    </message>
    <message>
        <source>(no recent files)</source>
        <translation>(нет недавних файлов)</translation>
    </message>
    <message>
        <source>Could not save {what}: {message}</source>
        <translation>Не удалось сохранить {what}: {message}</translation>
    </message>
    <message>
        <source>Could not open {what}: {message}</source>
        <translation>Не удалось открыть {what}: {message}</translation>
    </message>
    <message numerus="yes">
        <source>Could not save {what} ({count} problems); the open scenario is unchanged:</source>
        <translation><numerusform>Не удалось сохранить {what} ({count} проблема); открытый сценарий не изменён:</numerusform><numerusform>Не удалось сохранить {what} ({count} проблемы); открытый сценарий не изменён:</numerusform><numerusform>Не удалось сохранить {what} ({count} проблем); открытый сценарий не изменён:</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Could not open {what} ({count} problems); the open scenario is unchanged:</source>
        <translation><numerusform>Не удалось открыть {what} ({count} проблема); открытый сценарий не изменён:</numerusform><numerusform>Не удалось открыть {what} ({count} проблемы); открытый сценарий не изменён:</numerusform><numerusform>Не удалось открыть {what} ({count} проблем); открытый сценарий не изменён:</numerusform></translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>WaterPlanner — Help</source>
        <translation>WaterPlanner — Справка</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Назад</translation>
    </message>
    <message>
        <source>Back  [Alt+Left]</source>
        <translation>Назад  [Alt+Left]</translation>
    </message>
    <message>
        <source>Forward ▶</source>
        <translation>Вперёд ▶</translation>
    </message>
    <message>
        <source>Forward  [Alt+Right]</source>
        <translation>Вперёд  [Alt+Right]</translation>
    </message>
    <message>
        <source>Find in page (Ctrl+F, Enter for the next)</source>
        <translation>Найти на странице (Ctrl+F, Enter — следующее)</translation>
    </message>
    <message>
        <source>The page '{title}' ({file}) is not installed.</source>
        <translation>Страница «{title}» ({file}) не установлена.</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>не найдено</translation>
    </message>
    <message>
        <source>{name} is not part of the help</source>
        <translation>{name} не входит в справку</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>User &amp;guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <source>The user guide, at the section about the panel you are in</source>
        <translation>Руководство пользователя, раздел о панели, в которой вы работаете</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>Every shortcut of the window</source>
        <translation>Все сочетания клавиш окна</translation>
    </message>
    <message>
        <source>What's &amp;new</source>
        <translation>&amp;Что нового</translation>
    </message>
    <message>
        <source>The Syr Darya &amp;data and sources</source>
        <translation>&amp;Данные и источники по Сырдарье</translation>
    </message>
    <message>
        <source>What's &amp;this?</source>
        <translation>Что &amp;это?</translation>
    </message>
</context>
<context>
    <name>HelpPages</name>
    <message>
        <source>User guide</source>
        <translation>Руководство пользователя</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>What's new</source>
        <translation>Что нового</translation>
    </message>
    <message>
        <source>Syr Darya data and sources</source>
        <translation>Данные и источники по Сырдарье</translation>
    </message>
    <message>
        <source>Inflow ensembles and risk</source>
        <translation>Ансамбли притока и риск</translation>
    </message>
    <message>
        <source>The optimiser</source>
        <translation>Оптимизатор</translation>
    </message>
    <message>
        <source>How the simulation works</source>
        <translation>Как устроен расчёт</translation>
    </message>
    <message>
        <source>Water allocation and sharing</source>
        <translation>Распределение воды</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>The scenario file format</source>
        <translation>Формат файла сценария</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Быстродействие</translation>
    </message>
</context>
<context>
    <name>HelpSections</name>
    <message>
        <source>Changing the network and its data</source>
        <translation>Изменение сети и её данных</translation>
    </message>
    <message>
        <source>Changing releases</source>
        <translation>Изменение попусков</translation>
    </message>
    <message>
        <source>Reading the results</source>
        <translation>Чтение результатов</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <source>Your work is safe</source>
        <translation>Ваша работа в сохранности</translation>
    </message>
    <message>
        <source>The optimiser</source>
        <translation>Оптимизатор</translation>
    </message>
    <message>
        <source>The Countries tab</source>
        <translation>Вкладка «Страны»</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>(skip)</source>
        <translation>(пропустить)</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Определить</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Dekads</source>
        <translation>Декада</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Сутки</translation>
    </message>
    <message>
        <source>{name}: release</source>
        <translation>{name}: попуск</translation>
    </message>
    <message>
        <source>{name}: inflow</source>
        <translation>{name}: приток</translation>
    </message>
    <message>
        <source>{name}: demand</source>
        <translation>{name}: водопотребность</translation>
    </message>
    <message>
        <source>Import series</source>
        <translation>Импорт рядов</translation>
    </message>
    <message>
        <source>Choose a CSV or Excel (.xlsx) file</source>
        <translation>Выберите файл CSV или Excel (.xlsx)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Лист:</translation>
    </message>
    <message>
        <source>Dates in column</source>
        <translation>Даты в столбце</translation>
    </message>
    <message>
        <source>Period length</source>
        <translation>Длина периода</translation>
    </message>
    <message>
        <source>Inflows go to set</source>
        <translation>Приток в вариант</translation>
    </message>
    <message>
        <source>How to read the file</source>
        <translation>Как читать файл</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Куда</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <source>Each column's unit is read from its header; choose it where the header names none. Flows (m³/s, l/s, ft³/s) are mean flows over each period, volumes (Mm³, km³, m³) totals per period.</source>
        <translation>Единица каждого столбца читается из его заголовка; выберите её, если в заголовке её нет. Расходы (м³/с, л/с, фут³/с) — средние за каждый период, объёмы (млн м³, км³, м³) — суммы за период.</translation>
    </message>
    <message>
        <source>The file (first {count} rows)</source>
        <translation>Файл (первые {count} строк)</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Файл не выбран.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>Import series from {name}</source>
        <translation>Импорт рядов из {name}</translation>
    </message>
    <message>
        <source>{name} cannot be read ({why})</source>
        <translation>{name} не читается ({why})</translation>
    </message>
    <message>
        <source>The file cannot be read; nothing will be imported.</source>
        <translation>Файл не читается; ничего не будет импортировано.</translation>
    </message>
    <message>
        <source>Read from the header ('{text}'): {unit}</source>
        <translation>Из заголовка («{text}»): {unit}</translation>
    </message>
    <message>
        <source>The header's unit '{text}' is not one WaterPlanner knows: choose this column's unit</source>
        <translation>Единица в заголовке «{text}» неизвестна WaterPlanner: выберите единицу этого столбца</translation>
    </message>
    <message>
        <source>two units?</source>
        <translation>две единицы?</translation>
    </message>
    <message>
        <source>The header names {units}: choose this column's unit</source>
        <translation>В заголовке указаны {units}: выберите единицу этого столбца</translation>
    </message>
    <message>
        <source>choose…</source>
        <translation>выберите…</translation>
    </message>
    <message>
        <source>The header names no unit: choose this column's unit</source>
        <translation>В заголовке нет единицы: выберите единицу этого столбца</translation>
    </message>
    <message>
        <source>→ unit?</source>
        <translation>→ единица?</translation>
    </message>
    <message>
        <source>the file cannot be checked ({why})</source>
        <translation>файл не удаётся проверить ({why})</translation>
    </message>
    <message>
        <source>Nothing will be imported.</source>
        <translation>Ничего не будет импортировано.</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>месячные</translation>
    </message>
    <message>
        <source>dekad</source>
        <translation>подекадные</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>суточные</translation>
    </message>
    <message>
        <source>{column} in {unit}</source>
        <translation>{column} в {unit}</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Таблицы (*.csv *.xlsx *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>the import failed ({why})</source>
        <translation>импорт не выполнен ({why})</translation>
    </message>
    <message numerus="yes">
        <source>Ready: {count} series, {step} values ({units}), will be imported as one edit.</source>
        <translation><numerusform>Готово: {count} ряд, {step} значения ({units}); импорт будет выполнен одним изменением.</numerusform><numerusform>Готово: {count} ряда, {step} значения ({units}); импорт будет выполнен одним изменением.</numerusform><numerusform>Готово: {count} рядов, {step} значения ({units}); импорт будет выполнен одним изменением.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{count} problems: nothing will be imported until the file is clean.</source>
        <translation><numerusform>{count} проблема: ничего не будет импортировано, пока файл не исправлен.</numerusform><numerusform>{count} проблемы: ничего не будет импортировано, пока файл не исправлен.</numerusform><numerusform>{count} проблем: ничего не будет импортировано, пока файл не исправлен.</numerusform></translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>varies per period: {low}–{high}</source>
        <translation>меняется по периодам: {low}–{high}</translation>
    </message>
    <message>
        <source>{label} ({unit})</source>
        <translation>{label} ({unit})</translation>
    </message>
    <message>
        <source>Set {name} {field}</source>
        <translation>Изменить {field}: {name}</translation>
    </message>
    <message>
        <source>Select a node on the schematic</source>
        <translation>Выберите узел на схеме</translation>
    </message>
    <message>
        <source>Power stations on this reach without storage of their own</source>
        <translation>Электростанции на этом участке без собственного водохранилища</translation>
    </message>
    <message>
        <source>{source} → {target} — link</source>
        <translation>{source} → {target} — участок</translation>
    </message>
    <message>
        <source>all of the return</source>
        <translation>весь возвратный сток</translation>
    </message>
    <message>
        <source>an equal part of what the others leave</source>
        <translation>равная часть того, что оставляют остальные</translation>
    </message>
    <message>
        <source>{share}: {why}</source>
        <translation>{share}: {why}</translation>
    </message>
    <message>
        <source>Set {source} → {target} {field}</source>
        <translation>Изменить {field}: {source} → {target}</translation>
    </message>
    <message>
        <source>{name} — {kind}</source>
        <translation>{name} — {kind}</translation>
    </message>
    <message>
        <source>per period…</source>
        <translation>по периодам…</translation>
    </message>
    <message>
        <source>Give {field} one value per period (a seasonal limit)</source>
        <translation>Задать «{field}» по значению на каждый период (сезонное ограничение)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Operating rule&lt;/b&gt;</source>
        <translation>&lt;b&gt;Правило регулирования&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>{name}: operating rule {rule}</source>
        <translation>{name}: правило регулирования — {rule}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hydropower plant&lt;/b&gt;</source>
        <translation>&lt;b&gt;ГЭС&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Remove the plant</source>
        <translation>Удалить ГЭС</translation>
    </message>
    <message>
        <source>Add a plant</source>
        <translation>Добавить ГЭС</translation>
    </message>
    <message>
        <source>none — click to set</source>
        <translation>нет — нажмите, чтобы задать</translation>
    </message>
    <message>
        <source>{count} rows, {low}–{high} {unit}…</source>
        <translation>строк: {count}, {low}–{high} {unit}…</translation>
    </message>
    <message>
        <source>{sets} sets × {periods} periods…</source>
        <translation>вариантов: {sets} × периодов: {periods}…</translation>
    </message>
    <message>
        <source>{count} values, {low}–{high}…</source>
        <translation>значений: {count}, {low}–{high}…</translation>
    </message>
    <message>
        <source>add a plant first</source>
        <translation>сначала добавьте ГЭС</translation>
    </message>
    <message>
        <source>needs a value</source>
        <translation>нужно значение</translation>
    </message>
    <message>
        <source>only a reservoir has an operating rule</source>
        <translation>правило регулирования есть только у водохранилища</translation>
    </message>
    <message>
        <source>'{text}' is not a number</source>
        <translation>«{text}» — не число</translation>
    </message>
    <message>
        <source>{source} → {target}: run-of-river plants</source>
        <translation>{source} → {target}: русловые ГЭС</translation>
    </message>
    <message>
        <source>the plants were refused</source>
        <translation>ГЭС не приняты</translation>
    </message>
    <message>
        <source>Add {name} plant</source>
        <translation>Добавить ГЭС: {name}</translation>
    </message>
    <message>
        <source>Remove {name} plant</source>
        <translation>Удалить ГЭС: {name}</translation>
    </message>
    <message>
        <source>{name}: {field}</source>
        <translation>{name}: {field}</translation>
    </message>
    <message>
        <source>the table was refused</source>
        <translation>таблица не принята</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>Cascade</source>
        <translation>Каскад</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Стрелки</translation>
    </message>
    <message>
        <source>Go to the next node that way on screen</source>
        <translation>Перейти к соседнему узлу в этом направлении</translation>
    </message>
    <message>
        <source>Shift+arrow keys</source>
        <translation>Shift+стрелки</translation>
    </message>
    <message>
        <source>Move the selected nodes (one undo step per run of presses)</source>
        <translation>Переместить выбранные узлы (серия нажатий — один шаг отмены)</translation>
    </message>
    <message>
        <source>L, arrow keys, Enter</source>
        <translation>L, стрелки, Enter</translation>
    </message>
    <message>
        <source>Connect the selected node to a node downstream; Esc cancels</source>
        <translation>Соединить выбранный узел с узлом ниже по течению; Esc — отмена</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insert</translation>
    </message>
    <message>
        <source>Add a node</source>
        <translation>Добавить узел</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete the selected nodes or links (focus anywhere in the panel)</source>
        <translation>Удалить выбранные узлы или участки (фокус в любом месте панели)</translation>
    </message>
    <message>
        <source>Menu key or Shift+F10</source>
        <translation>Клавиша меню или Shift+F10</translation>
    </message>
    <message>
        <source>The selected node's menu</source>
        <translation>Меню выбранного узла</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>Снять выделение</translation>
    </message>
    <message>
        <source>Release schedule</source>
        <translation>График попусков</translation>
    </message>
    <message>
        <source>Arrow keys, Enter, typing</source>
        <translation>Стрелки, Enter, ввод</translation>
    </message>
    <message>
        <source>Move between cells and edit them</source>
        <translation>Переход между ячейками и их правка</translation>
    </message>
    <message>
        <source>Ctrl+C / Ctrl+V</source>
        <translation>Ctrl+C / Ctrl+V</translation>
    </message>
    <message>
        <source>Copy / paste tab-separated blocks</source>
        <translation>Копировать / вставить блоки с разделителем-табуляцией</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Везде</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>Next / previous control (they leave the table)</source>
        <translation>Следующий / предыдущий элемент (выход из таблицы)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> или </translation>
    </message>
    <message>
        <source>&lt;h1&gt;Keyboard shortcuts&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Сочетания клавиш&lt;/h1&gt;</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Click a legend entry to hide or show its curve</source>
        <translation>Щелчок по элементу легенды скрывает или показывает его кривую</translation>
    </message>
</context>
<context>
    <name>OptimisationSettings</name>
    <message>
        <source>Weight for the next run ({unit}). The scenario says {weight}; 'Keep weights' stores this one.</source>
        <translation>Вес для следующего расчёта ({unit}). В сценарии: {weight}; «Сохранить веса» запишет этот.</translation>
    </message>
    <message>
        <source>Weight for the next run ({unit}). The scenario says {weight}.</source>
        <translation>Вес для следующего расчёта ({unit}). В сценарии: {weight}.</translation>
    </message>
    <message>
        <source>Reservoirs the optimiser decides</source>
        <translation>Водохранилища, попуски которых задаёт оптимизатор</translation>
    </message>
    <message>
        <source>The others keep their schedule</source>
        <translation>Остальные сохраняют свой график</translation>
    </message>
    <message>
        <source>follows its {rule} rule, not a schedule</source>
        <translation>работает по правилу «{rule}», а не по графику</translation>
    </message>
    <message>
        <source>has a buffer zone that cuts its schedule</source>
        <translation>имеет буферную зону, которая урезает график</translation>
    </message>
    <message>
        <source>{name} {reason}: set its operating rule to 'schedule' without a buffer zone to let the optimiser decide its releases</source>
        <translation>{name} {reason}: задайте правило регулирования «график» без буферной зоны, чтобы попуски определял оптимизатор</translation>
    </message>
    <message>
        <source>The optimiser sets the releases of the reservoirs ticked; the others keep their schedule.</source>
        <translation>Оптимизатор задаёт попуски отмеченных водохранилищ; остальные сохраняют свой график.</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Цель оптимизации</translation>
    </message>
    <message>
        <source>Weight (this run)</source>
        <translation>Вес (этот расчёт)</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Keep weights</source>
        <translation>Сохранить веса</translation>
    </message>
    <message>
        <source>Store the weights typed for this run in the scenario (one step you can undo)</source>
        <translation>Записать веса, введённые для этого расчёта, в сценарий (один шаг, который можно отменить)</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Ограничение</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>No requirements: the optimiser respects the network's own limits and the defaults below.</source>
        <translation>Ограничений нет: оптимизатор соблюдает собственные ограничения сети и настройки по умолчанию ниже.</translation>
    </message>
    <message>
        <source>Whether every decided reservoir should end the horizon with at least its start storage</source>
        <translation>Должно ли каждое регулируемое водохранилище закончить расчётный период с объёмом не ниже начального</translation>
    </message>
    <message>
        <source>on: close and smooth</source>
        <translation>вкл.: близко и плавно</translation>
    </message>
    <message>
        <source>Among equally good schedules, prefer the one closest to the current schedule and smoothest from period to period</source>
        <translation>Из равноценных графиков выбирать ближайший к текущему и наиболее плавный от периода к периоду</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Цели оптимизации</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Ограничения</translation>
    </message>
    <message>
        <source>Protective defaults and decisions</source>
        <translation>Защитные настройки и решения</translation>
    </message>
    <message>
        <source>Carry-over</source>
        <translation>Переходящий объём</translation>
    </message>
    <message>
        <source>Regularisation</source>
        <translation>Регуляризация</translation>
    </message>
    <message>
        <source>Decides</source>
        <translation>Решает</translation>
    </message>
    <message>
        <source>The scenario's own optimisation settings ({gist}).</source>
        <translation>Собственные настройки оптимизации сценария ({gist}).</translation>
    </message>
    <message>
        <source>The scenario's own optimisation settings.</source>
        <translation>Собственные настройки оптимизации сценария.</translation>
    </message>
    <message>
        <source>The scenario has no optimisation settings of its own: the optimiser's defaults are shown. Any change here is saved with the scenario.</source>
        <translation>У сценария нет собственных настроек оптимизации: показаны настройки оптимизатора по умолчанию. Любое изменение здесь сохраняется в сценарии.</translation>
    </message>
    <message>
        <source>The next run applies:</source>
        <translation>Следующий расчёт применит:</translation>
    </message>
    <message>
        <source>{text}
Label: {label} (the trade-off and the command line use it)</source>
        <translation>{text}
Метка: {label} (её используют компромисс и командная строка)</translation>
    </message>
    <message>
        <source>
Name: {name}</source>
        <translation>
Имя: {name}</translation>
    </message>
    <message>
        <source>the optimisation settings cannot be read</source>
        <translation>настройки оптимизации не читаются</translation>
    </message>
    <message>
        <source>weight of objective {number}: '{text}' is not a number</source>
        <translation>вес цели {number}: «{text}» — не число</translation>
    </message>
    <message>
        <source>Not changed: {reason}</source>
        <translation>Не изменено: {reason}</translation>
    </message>
    <message>
        <source>Keep objective weights</source>
        <translation>Сохранить веса целей</translation>
    </message>
    <message>
        <source>Carry-over: {mode}</source>
        <translation>Переходящий объём: {mode}</translation>
    </message>
    <message>
        <source>Regularisation: on</source>
        <translation>Регуляризация: вкл.</translation>
    </message>
    <message>
        <source>Regularisation: off</source>
        <translation>Регуляризация: выкл.</translation>
    </message>
    <message>
        <source>Choose at least one reservoir for the optimiser to decide.</source>
        <translation>Выберите хотя бы одно водохранилище, попуски которого задаст оптимизатор.</translation>
    </message>
    <message>
        <source>Optimiser decides: every reservoir on a schedule</source>
        <translation>Оптимизатор задаёт: все водохранилища, работающие по графику</translation>
    </message>
</context>
<context>
    <name>Plants</name>
    <message>
        <source>Id</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Напор</translation>
    </message>
    <message>
        <source>Turbine capacity</source>
        <translation>Пропускная способность турбин</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Установленная мощность</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>КПД</translation>
    </message>
    <message>
        <source>none — click to add</source>
        <translation>нет — нажмите, чтобы добавить</translation>
    </message>
    <message numerus="yes">
        <source>{count} plants: {names}</source>
        <translation><numerusform>{count} ГЭС: {names}</numerusform><numerusform>{count} ГЭС: {names}</numerusform><numerusform>{count} ГЭС: {names}</numerusform></translation>
    </message>
    <message>
        <source>{label} ({unit})</source>
        <translation>{label} ({unit})</translation>
    </message>
    <message>
        <source>Add plant</source>
        <translation>Добавить ГЭС</translation>
    </message>
    <message>
        <source>Power = efficiency × ρ g × min(flow, turbine capacity) × head, at most the installed power; the flow is what enters the link.</source>
        <translation>Мощность = КПД × ρ g × min(расход, пропускная способность турбин) × напор, но не более установленной мощности; расход — то, что поступает на участок.</translation>
    </message>
    <message>
        <source>Row {row}: {column} '{text}' is not a number</source>
        <translation>Строка {row}: {column} «{text}» — не число</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>✓ No problems: the scenario is valid and every release target is met</source>
        <translation>✓ Проблем нет: сценарий корректен, все плановые попуски выполнены</translation>
    </message>
    <message>
        <source>⚠ {where}: {message}</source>
        <translation>⚠ {where}: {message}</translation>
    </message>
    <message>
        <source>Release targets not met ({count}): the reservoir released a different amount than scheduled</source>
        <translation>Плановые попуски не выполнены ({count}): водохранилище пропустило не столько, сколько запланировано</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>The recovery file {path} cannot be read ({why}) nor set aside ({reason}); remove it by hand.</source>
        <translation>Файл восстановления {path} не читается ({why}) и не может быть отложен ({reason}); удалите его вручную.</translation>
    </message>
    <message>
        <source>A damaged recovery file was set aside as {name} ({why}).</source>
        <translation>Повреждённый файл восстановления отложен как {name} ({why}).</translation>
    </message>
    <message>
        <source>cannot be read: {reason}</source>
        <translation>не читается: {reason}</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>не обычный файл</translation>
    </message>
    <message>
        <source>too large for a lock</source>
        <translation>слишком велик для файла блокировки</translation>
    </message>
    <message>
        <source>lock</source>
        <translation>файл блокировки</translation>
    </message>
    <message>
        <source>not a lock written by WaterPlanner</source>
        <translation>не файл блокировки WaterPlanner</translation>
    </message>
    <message>
        <source>recovery record</source>
        <translation>запись восстановления</translation>
    </message>
    <message>
        <source>not a JSON record</source>
        <translation>не запись JSON</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>не объект JSON</translation>
    </message>
    <message>
        <source>the original file name is not a file name</source>
        <translation>исходное имя файла не является именем файла</translation>
    </message>
    <message>
        <source>the time it was saved is not a time</source>
        <translation>время сохранения не является временем</translation>
    </message>
    <message>
        <source>recovery copy</source>
        <translation>копия для восстановления</translation>
    </message>
    <message>
        <source>not a readable scenario: {problem}</source>
        <translation>не читаемый сценарий: {problem}</translation>
    </message>
    <message>
        <source>not a scenario</source>
        <translation>не сценарий</translation>
    </message>
    <message>
        <source>its recovery copy was damaged</source>
        <translation>его копия для восстановления повреждена</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>Release schedule</source>
        <translation>График попусков</translation>
    </message>
    <message>
        <source>Demand-following</source>
        <translation>По водопотребности</translation>
    </message>
    <message>
        <source>Guide curve</source>
        <translation>Диспетчерский график</translation>
    </message>
    <message>
        <source>Release the planned schedule, limited by storage; spill when full</source>
        <translation>Пропускать плановый график с учётом наличия воды; холостой сброс при заполнении</translation>
    </message>
    <message>
        <source>Release what the demands and minimum flows downstream need, nearest reservoir first, within the release bounds</source>
        <translation>Пропускать то, что нужно водопотребителям и створам минимального расхода ниже по течению, начиная с ближайшего водохранилища, в пределах ограничений попуска</translation>
    </message>
    <message>
        <source>Release to keep the end-of-period storage on the guide curve, within the release bounds</source>
        <translation>Пропускать так, чтобы объём на конец периода был на диспетчерском графике, в пределах ограничений попуска</translation>
    </message>
    <message>
        <source>'{part}' is not a country and its share, such as 'UZ 0.5'</source>
        <translation>«{part}» — не страна и её доля, например «UZ 0.5»</translation>
    </message>
    <message>
        <source>an operating rule has no field '{name}'</source>
        <translation>у правила регулирования нет поля «{name}»</translation>
    </message>
</context>
<context>
    <name>ScenarioProperties</name>
    <message>
        <source>Scenario properties</source>
        <translation>Свойства сценария</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, e.g. 2025-10-01</source>
        <translation>ГГГГ-ММ-ДД, например 2025-10-01</translation>
    </message>
    <message>
        <source>The day the initial storages were observed or published; it is printed on the report's title page</source>
        <translation>День, на который наблюдались или опубликованы начальные объёмы; печатается на титульной странице отчёта</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Initial state on</source>
        <translation>Начальное состояние на</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Set scenario properties</source>
        <translation>Изменить свойства сценария</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <source>Set…</source>
        <translation>Задать…</translation>
    </message>
    <message>
        <source>Set the selected cells to one value</source>
        <translation>Задать выбранным ячейкам одно значение</translation>
    </message>
    <message>
        <source>Scale %…</source>
        <translation>Масштаб %…</translation>
    </message>
    <message>
        <source>Scale the selected cells by a percentage</source>
        <translation>Умножить выбранные ячейки на процент</translation>
    </message>
    <message>
        <source>Shift…</source>
        <translation>Сдвиг…</translation>
    </message>
    <message>
        <source>Add an amount to the selected cells</source>
        <translation>Прибавить величину к выбранным ячейкам</translation>
    </message>
    <message>
        <source>Copy season</source>
        <translation>Копировать сезон</translation>
    </message>
    <message>
        <source>Copy the selected periods to the same periods of every other year of the horizon</source>
        <translation>Скопировать выбранные периоды в те же периоды всех остальных лет расчётного периода</translation>
    </message>
    <message>
        <source>Select some cells of the schedule table first</source>
        <translation>Сначала выберите ячейки в таблице графика</translation>
    </message>
    <message>
        <source>{action} {names} release</source>
        <translation>{action}: попуск {names}</translation>
    </message>
    <message>
        <source>Set releases</source>
        <translation>Задать попуски</translation>
    </message>
    <message>
        <source>New release ({unit}):</source>
        <translation>Новый попуск ({unit}):</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Задать</translation>
    </message>
    <message>
        <source>Scale releases</source>
        <translation>Масштабировать попуски</translation>
    </message>
    <message>
        <source>Scale the selected releases to (%):</source>
        <translation>Изменить выбранные попуски до (%):</translation>
    </message>
    <message>
        <source>Scale by {percent} %</source>
        <translation>Масштаб {percent} %</translation>
    </message>
    <message>
        <source>Shift releases</source>
        <translation>Сдвинуть попуски</translation>
    </message>
    <message>
        <source>Add to the selected releases ({unit}):</source>
        <translation>Прибавить к выбранным попускам ({unit}):</translation>
    </message>
    <message>
        <source>Shift by {amount}</source>
        <translation>Сдвиг на {amount}</translation>
    </message>
    <message>
        <source>Select the periods of one season to copy first</source>
        <translation>Сначала выберите периоды одного сезона для копирования</translation>
    </message>
    <message>
        <source>The horizon has only one year: there is no other year to copy the season to</source>
        <translation>Расчётный период охватывает только один год: копировать сезон некуда</translation>
    </message>
    <message>
        <source>Click the cell where the pasted block should start</source>
        <translation>Щёлкните ячейку, с которой начнётся вставляемый блок</translation>
    </message>
    <message>
        <source>Cannot paste: {problem}</source>
        <translation>Вставка невозможна: {problem}</translation>
    </message>
    <message>
        <source>Cannot paste: '{cell}' is not a number</source>
        <translation>Вставка невозможна: «{cell}» — не число</translation>
    </message>
    <message>
        <source>Paste releases</source>
        <translation>Вставить попуски</translation>
    </message>
    <message>
        <source>demand-following</source>
        <translation>по водопотребности</translation>
    </message>
    <message>
        <source>guide curve</source>
        <translation>по диспетчерскому графику</translation>
    </message>
    <message>
        <source>{name}, {period}</source>
        <translation>{name}, {period}</translation>
    </message>
    <message>
        <source>{where}: not a number</source>
        <translation>{where}: не число</translation>
    </message>
    <message>
        <source>{where}: {value} {unit} is negative; a release cannot be below zero</source>
        <translation>{where}: {value} {unit} — отрицательное значение; попуск не может быть меньше нуля</translation>
    </message>
    <message>
        <source>Target not released — {warning}</source>
        <translation>Плановый попуск не выполнен — {warning}</translation>
    </message>
    <message>
        <source>{name} follows its {rule} rule: this schedule is kept in the scenario but not released. Choose the 'Release schedule' rule in the inspector to release it.</source>
        <translation>{name} работает по правилу «{rule}»: этот график хранится в сценарии, но не выполняется. Чтобы выполнить его, выберите в свойствах правило «График попусков».</translation>
    </message>
    <message>
        <source>{name}, {period}: {value} {unit}</source>
        <translation>{name}, {period}: {value} {unit}</translation>
    </message>
    <message>
        <source>{name} ({unit}) — {rule}, schedule not used</source>
        <translation>{name} ({unit}) — {rule}, график не используется</translation>
    </message>
    <message>
        <source>{name} ({unit})</source>
        <translation>{name} ({unit})</translation>
    </message>
    <message>
        <source>'{text}' is not a number</source>
        <translation>«{text}» — не число</translation>
    </message>
</context>
<context>
    <name>SchedulePlot</name>
    <message>
        <source>demand-following</source>
        <translation>по водопотребности</translation>
    </message>
    <message>
        <source>guide-curve</source>
        <translation>по диспетчерскому графику</translation>
    </message>
    <message>
        <source>turbine capacity</source>
        <translation>пропускная способность турбин</translation>
    </message>
    <message>
        <source>baseline target</source>
        <translation>план базового варианта</translation>
    </message>
    <message>
        <source>simulated release</source>
        <translation>расчётный попуск</translation>
    </message>
    <message>
        <source>target release</source>
        <translation>плановый попуск</translation>
    </message>
    <message>
        <source>target</source>
        <translation>план</translation>
    </message>
    <message>
        <source>simulated</source>
        <translation>расчёт</translation>
    </message>
    <message>
        <source>max release</source>
        <translation>макс. попуск</translation>
    </message>
    <message>
        <source>{name}: release schedule (drag the points)</source>
        <translation>{name}: график попусков (перетаскивайте точки)</translation>
    </message>
    <message>
        <source>Select a reservoir to edit its release schedule</source>
        <translation>Выберите водохранилище, чтобы править его график попусков</translation>
    </message>
    <message>
        <source>{name}: {rule} rule — the schedule below is not released</source>
        <translation>{name}: правило «{rule}» — график ниже не выполняется</translation>
    </message>
</context>
<context>
    <name>Schematic</name>
    <message>
        <source>Move {name}</source>
        <translation>Переместить {name}</translation>
    </message>
    <message numerus="yes">
        <source>Move {count} nodes</source>
        <translation><numerusform>Переместить {count} узел</numerusform><numerusform>Переместить {count} узла</numerusform><numerusform>Переместить {count} узлов</numerusform></translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>Удалить {name}</translation>
    </message>
    <message>
        <source>Add {kind} here</source>
        <translation>Добавить здесь: {kind}</translation>
    </message>
    <message>
        <source>Add node</source>
        <translation>Добавить узел</translation>
    </message>
    <message>
        <source>Add a node: a reservoir, an inflow, a demand, a junction or a sink  [Insert]</source>
        <translation>Добавить узел: водохранилище, приток, водопотребителя, узел или выход из системы  [Insert]</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Соединить</translation>
    </message>
    <message>
        <source>Drag from one node to the node downstream of it (or hold Shift while dragging); from the keyboard: select the upstream node, press L, choose the downstream node with the arrow keys, Enter  [L]</source>
        <translation>Перетащите от узла к узлу ниже по течению (или тяните с нажатой Shift); с клавиатуры: выберите верхний узел, нажмите L, стрелками выберите нижний узел, Enter  [L]</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete the selected nodes (with their links) or links  [Del]</source>
        <translation>Удалить выбранные узлы (с их участками) или участки  [Del]</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Вписать</translation>
    </message>
    <message>
        <source>Show the whole network  [Ctrl+0]</source>
        <translation>Показать всю сеть  [Ctrl+0]</translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation>Добавить {name}</translation>
    </message>
    <message>
        <source>Connect {source} → {target}</source>
        <translation>Соединить {source} → {target}</translation>
    </message>
    <message>
        <source>Delete link {ids}</source>
        <translation>Удалить участок {ids}</translation>
    </message>
</context>
<context>
    <name>SchematicItems</name>
    <message>
        <source>inflow</source>
        <translation>приток</translation>
    </message>
    <message>
        <source>reservoir</source>
        <translation>водохранилище</translation>
    </message>
    <message>
        <source>junction</source>
        <translation>узел</translation>
    </message>
    <message>
        <source>demand</source>
        <translation>водопотребитель</translation>
    </message>
    <message>
        <source>min flow</source>
        <translation>минимальный расход</translation>
    </message>
    <message>
        <source>terminal lake</source>
        <translation>конечный водоём</translation>
    </message>
    <message>
        <source>sink</source>
        <translation>выход из системы</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; ({kind})</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; ({kind})</translation>
    </message>
    <message>
        <source>Country: {country}</source>
        <translation>Страна: {country}</translation>
    </message>
    <message>
        <source>Active storage at the end of the horizon: {percent}</source>
        <translation>Полезный объём на конец расчётного периода: {percent}</translation>
    </message>
    <message>
        <source>Shortfall: {badge}</source>
        <translation>Дефицит: {badge}</translation>
    </message>
    <message>
        <source>&lt;i&gt;Shift-drag to another node to connect&lt;/i&gt;</source>
        <translation>&lt;i&gt;Перетащите с Shift на другой узел, чтобы соединить&lt;/i&gt;</translation>
    </message>
    <message>
        <source>travel time {count} periods</source>
        <translation>время добегания, периодов: {count}</translation>
    </message>
    <message>
        <source>loss {percent}</source>
        <translation>потери {percent}</translation>
    </message>
    <message>
        <source>capacity {low}–{high} {unit} by period</source>
        <translation>пропускная способность {low}–{high} {unit} по периодам</translation>
    </message>
    <message>
        <source>capacity {value} {unit}</source>
        <translation>пропускная способность {value} {unit}</translation>
    </message>
    <message>
        <source>{name} (run-of-river, {country})</source>
        <translation>{name} (русловая, {country})</translation>
    </message>
    <message>
        <source>{name} (run-of-river)</source>
        <translation>{name} (русловая)</translation>
    </message>
    <message>
        <source>: {power} {mw}, head {head} {m}, turbines {flow} {m3s}</source>
        <translation>: {power} {mw}, напор {head} {m}, турбины {flow} {m3s}</translation>
    </message>
    <message>
        <source>&lt;br&gt;overflow route</source>
        <translation>&lt;br&gt;путь сброса излишков</translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <source>Upstream first — water is taken where it first reaches an intake (priorities rank intakes at one point)</source>
        <translation>Сначала верхние — вода забирается там, где она впервые доходит до водозабора (приоритеты ранжируют водозаборы в одной точке)</translation>
    </message>
    <message>
        <source>Proportional (ICWC) — users of equal priority get the same fraction of their limit, or of their demand without one</source>
        <translation>Пропорционально (МКВК) — водопользователи равного приоритета получают одинаковую долю своего лимита, а без лимита — своей водопотребности</translation>
    </message>
    <message>
        <source>Apr–Sep (vegetation)</source>
        <translation>апр–сен (вегетация)</translation>
    </message>
    <message>
        <source>Oct–Mar (non-vegetation)</source>
        <translation>окт–мар (межвегетация)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Limit Apr–Sep (Mm³)</source>
        <translation>Лимит апр–сен (млн м³)</translation>
    </message>
    <message>
        <source>Limit Oct–Mar (Mm³)</source>
        <translation>Лимит окт–мар (млн м³)</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Поставщик</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>Energy (GWh)</source>
        <translation>Электроэнергия (ГВт·ч)</translation>
    </message>
    <message>
        <source>Energy season</source>
        <translation>Сезон электроэнергии</translation>
    </message>
    <message>
        <source>Water (Mm³)</source>
        <translation>Вода (млн м³)</translation>
    </message>
    <message>
        <source>Water season</source>
        <translation>Сезон воды</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>{where}: '{text}' is not a number</source>
        <translation>{where}: «{text}» — не число</translation>
    </message>
    <message>
        <source>{where}: '{text}' is not a season (Apr–Sep or Oct–Mar)</source>
        <translation>{where}: «{text}» — не сезон (апр–сен или окт–мар)</translation>
    </message>
    <message>
        <source>Water sharing and countries</source>
        <translation>Распределение воды и страны</translation>
    </message>
    <message>
        <source>Sharing a shortage</source>
        <translation>Распределение дефицита</translation>
    </message>
    <message>
        <source>&lt;b&gt;Countries&lt;/b&gt; — ICWC withdrawal limits per season, counted at the intakes (empty: no limit)</source>
        <translation>&lt;b&gt;Страны&lt;/b&gt; — лимиты водозабора МКВК по сезонам, учитываемые на водозаборах (пусто — без лимита)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Energy exchanges&lt;/b&gt; — energy delivered in one season, in return for water released in another</source>
        <translation>&lt;b&gt;Обмен электроэнергией&lt;/b&gt; — электроэнергия, поставленная в один сезон в обмен на воду, пропущенную в другой</translation>
    </message>
    <message>
        <source>Countries, row {row}</source>
        <translation>Страны, строка {row}</translation>
    </message>
    <message>
        <source>{where}, Apr–Sep limit</source>
        <translation>{where}, лимит апр–сен</translation>
    </message>
    <message>
        <source>{where}, Oct–Mar limit</source>
        <translation>{where}, лимит окт–мар</translation>
    </message>
    <message>
        <source>Energy exchanges, row {row}</source>
        <translation>Обмен электроэнергией, строка {row}</translation>
    </message>
    <message>
        <source>{where}, energy</source>
        <translation>{where}, электроэнергия</translation>
    </message>
    <message>
        <source>{where}, energy season</source>
        <translation>{where}, сезон электроэнергии</translation>
    </message>
    <message>
        <source>{where}, water</source>
        <translation>{where}, вода</translation>
    </message>
    <message>
        <source>{where}, water season</source>
        <translation>{where}, сезон воды</translation>
    </message>
</context>
<context>
    <name>TableEdit</name>
    <message>
        <source>Paste from a spreadsheet with Ctrl+V (tab-separated) at the selected cell.</source>
        <translation>Вставьте из электронной таблицы через Ctrl+V (разделитель — табуляция) в выбранную ячейку.</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Добавить строку</translation>
    </message>
    <message>
        <source>Remove last row</source>
        <translation>Удалить последнюю строку</translation>
    </message>
    <message>
        <source>row {row}, {column}: '{text}' is not a number</source>
        <translation>строка {row}, {column}: «{text}» — не число</translation>
    </message>
</context>
<context>
    <name>WhatsThis</name>
    <message>
        <source>&lt;b&gt;Cascade&lt;/b&gt;: the river network. Click or use the arrow keys to select a node; drag or Shift+arrows to move it; Shift-drag or L to connect two nodes; Delete removes the selection. Bars show storage, badges shortfall.</source>
        <translation>&lt;b&gt;Каскад&lt;/b&gt;: речная сеть. Щёлкните узел или выберите его стрелками; перетаскивайте или двигайте Shift+стрелками; перетаскивание с Shift или L соединяет два узла; Delete удаляет выделенное. Столбики показывают наполнение, значки — дефицит.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Release schedule&lt;/b&gt;: the planned release of each reservoir in each period. Type a value, paste a block from a spreadsheet, or drag the points of the plot on the right; rule-driven reservoirs are greyed.</source>
        <translation>&lt;b&gt;График попусков&lt;/b&gt;: плановый попуск каждого водохранилища в каждом периоде. Введите значение, вставьте блок из электронной таблицы или перетаскивайте точки графика справа; водохранилища, работающие по правилу, показаны серым.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Summary&lt;/b&gt;: the figures of the run on screen (shortfall, energy, the North Aral Sea, the mass balance) beside the baseline's.</source>
        <translation>&lt;b&gt;Сводка&lt;/b&gt;: показатели текущего расчёта (дефицит, электроэнергия, Малый Арал, водный баланс) рядом с показателями базового варианта.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Inspector&lt;/b&gt;: every field of the selected node or link, editable.</source>
        <translation>&lt;b&gt;Свойства&lt;/b&gt;: все поля выбранного узла или участка, доступные для правки.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Problems&lt;/b&gt;: what is wrong with the scenario, with where and why.</source>
        <translation>&lt;b&gt;Проблемы&lt;/b&gt;: что не так со сценарием, где и почему.</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;: every edit as an undo step; click one to go back to it.</source>
        <translation>&lt;b&gt;История&lt;/b&gt;: каждое изменение — шаг отмены; щёлкните по шагу, чтобы вернуться к нему.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Optimiser&lt;/b&gt;: proposes release schedules that meet the objectives under the constraints, and the trade-off between two objectives.</source>
        <translation>&lt;b&gt;Оптимизатор&lt;/b&gt;: предлагает графики попусков, достигающие целей оптимизации при заданных ограничениях, и компромисс между двумя целями.</translation>
    </message>
</context>
</TS>
