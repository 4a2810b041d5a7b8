<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>--show {task}: not a task of the screenshots (choose one of {tasks}, with --screenshot PNG)</source>
        <translation>--show {task}: такой задачи для снимков нет (выберите одну из: {tasks}, вместе с --screenshot PNG)</translation>
    </message>
    <message>
        <source>no display to open the window on (DISPLAY and WAYLAND_DISPLAY are unset). Run it on a desktop, render it with &apos;waterplanner --screenshot PNG&apos;, or use the command-line tools, e.g. &apos;waterplanner simulate --default&apos;.</source>
        <translation>нет дисплея, на котором можно открыть окно (DISPLAY и WAYLAND_DISPLAY не заданы). Запустите программу на рабочем столе, получите изображение окна командой &apos;waterplanner --screenshot PNG&apos; или используйте инструменты командной строки, например &apos;waterplanner simulate --default&apos;.</translation>
    </message>
    <message>
        <source>cannot start: {problems}</source>
        <translation>не удаётся запустить: {problems}</translation>
    </message>
    <message>
        <source>could not write {path}</source>
        <translation>не удалось записать {path}</translation>
    </message>
    <message>
        <source>the screenshot shows no results (the scenario has problems)</source>
        <translation>на снимке нет результатов (в сценарии есть проблемы)</translation>
    </message>
    <message>
        <source>the window did not reach the state of &apos;{task}&apos;: {why}</source>
        <translation>окно не пришло в состояние задачи «{task}»: {why}</translation>
    </message>
    <message>
        <source>Starting the simulation engine…</source>
        <translation>Запуск расчётного движка…</translation>
    </message>
</context>
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
        <source>Non-vegetation October–March or vegetation April–September of a water year; &apos;partial&apos; when the horizon covers only part of it</source>
        <translation>Межвегетационный (октябрь–март) или вегетационный (апрель–сентябрь) период водохозяйственного года; «неполный», если расчётный период охватывает только его часть</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Лимит</translation>
    </message>
    <message>
        <source>The country&apos;s ICWC withdrawal limit for the whole season (main-stem withdrawals at the ICWC&apos;s control points: see the scenario&apos;s notes for what it covers)</source>
        <translation>Лимит водозабора страны по МКВК на весь период (водозабор из основного русла в створах контроля МКВК; что он охватывает — см. примечания сценария)</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>Водозабор</translation>
    </message>
    <message>
        <source>Water entering the intakes of the country&apos;s demands (before the intakes&apos; losses)</source>
        <translation>Вода, поступившая в водозаборы водопотребителей страны (до потерь в водозаборах)</translation>
    </message>
    <message>
        <source>% of limit</source>
        <translation>% лимита</translation>
    </message>
    <message>
        <source>Withdrawal as a share of the season&apos;s limit</source>
        <translation>Водозабор в процентах от лимита периода</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Водопотребность</translation>
    </message>
    <message>
        <source>What the country&apos;s demands asked for</source>
        <translation>Сколько запросили водопотребители страны</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Водоподача</translation>
    </message>
    <message>
        <source>What reached the fields (withdrawal less the intakes&apos; losses)</source>
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
        <source>The country&apos;s share of the basin&apos;s inflow in the season</source>
        <translation>Доля страны в притоке бассейна за период</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Выработка</translation>
    </message>
    <message>
        <source>Energy of the country&apos;s plants (at dams and run-of-river)</source>
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
        <source>Withdrawal minus the baseline&apos;s</source>
        <translation>Водозабор минус водозабор базового варианта</translation>
    </message>
    <message>
        <source>Δ shortfall</source>
        <translation>Δ дефицита</translation>
    </message>
    <message>
        <source>Shortfall minus the baseline&apos;s</source>
        <translation>Дефицит минус дефицит базового варианта</translation>
    </message>
    <message>
        <source>Δ generated</source>
        <translation>Δ выработки</translation>
    </message>
    <message>
        <source>Energy generated minus the baseline&apos;s</source>
        <translation>Выработка минус выработка базового варианта</translation>
    </message>
    <message>
        <source>Δ net energy</source>
        <translation>Δ сальдо</translation>
    </message>
    <message>
        <source>Net energy minus the baseline&apos;s</source>
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
        <source>The horizon covers {percent} of this season ({start} to {end}, exclusive); the limit is still the whole season&apos;s.</source>
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
        <translation>
            <numerusform>{season}, среднее за {count} сезон</numerusform>
            <numerusform>{season}, среднее за {count} сезона</numerusform>
            <numerusform>{season}, среднее за {count} сезонов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountriesRisk</name>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>The country (its demands together, a shared demand split by its shares; its plants at dams and run-of-river)</source>
        <translation>Страна (все её водопотребители, общая водопотребность делится по долям; её ГЭС при плотинах и русловые)</translation>
    </message>
    <message>
        <source>ICWC season</source>
        <translation>Период МКВК</translation>
    </message>
    <message>
        <source>Non-vegetation October–March or vegetation April–September</source>
        <translation>Межвегетационный (октябрь–март) или вегетационный (апрель–сентябрь) период</translation>
    </message>
    <message>
        <source>P(short &gt;
{threshold} %)</source>
        <translation>P(дефицит &gt;
{threshold} %)</translation>
    </message>
    <message>
        <source>Share of members whose shortfall over the whole horizon exceeds {threshold} % of the country&apos;s demand</source>
        <translation>Доля реализаций, в которых дефицит за весь расчётный период превышает {threshold} % водопотребности страны</translation>
    </message>
    <message>
        <source>Δ P(short)
points</source>
        <translation>Δ P(дефицит)
п. п.</translation>
    </message>
    <message>
        <source>P(short) minus the baseline&apos;s, percentage points</source>
        <translation>P(дефицит) минус P(дефицит) базового варианта, процентные пункты</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Надёжность</translation>
    </message>
    <message>
        <source>Share of the periods with demand in which the country&apos;s demands got all they asked for, all members pooled</source>
        <translation>Доля периодов с водопотребностью, в которых водопотребители страны получили всё запрошенное, по всем реализациям</translation>
    </message>
    <message>
        <source>Δ reliab.
points</source>
        <translation>Δ надёжн.
п. п.</translation>
    </message>
    <message>
        <source>Reliability minus the baseline&apos;s, percentage points</source>
        <translation>Надёжность минус надёжность базового варианта, процентные пункты</translation>
    </message>
    <message>
        <source>Energy P10
{unit}</source>
        <translation>Выработка P10
{unit}</translation>
    </message>
    <message>
        <source>Energy of the country&apos;s plants in the season: 10 % of the members generate less</source>
        <translation>Выработка ГЭС страны за период: у 10 % реализаций она меньше</translation>
    </message>
    <message>
        <source>Energy P50
{unit}</source>
        <translation>Выработка P50
{unit}</translation>
    </message>
    <message>
        <source>Median energy over the members</source>
        <translation>Медианная выработка по реализациям</translation>
    </message>
    <message>
        <source>Energy P90
{unit}</source>
        <translation>Выработка P90
{unit}</translation>
    </message>
    <message>
        <source>90 % of the members generate less</source>
        <translation>У 90 % реализаций выработка меньше</translation>
    </message>
    <message>
        <source>Δ P50
{unit}</source>
        <translation>Δ P50
{unit}</translation>
    </message>
    <message>
        <source>Median energy minus the baseline&apos;s</source>
        <translation>Медианная выработка минус медианная выработка базового варианта</translation>
    </message>
    <message>
        <source>(no plants)</source>
        <translation>(нет ГЭС)</translation>
    </message>
    <message>
        <source>{season} (partial)</source>
        <translation>{season} (неполный)</translation>
    </message>
    <message>
        <source>Baseline: {value}</source>
        <translation>Базовый вариант: {value}</translation>
    </message>
</context>
<context>
    <name>CountriesView</name>
    <message>
        <source>Withdrawal is the water entering the intakes of a country&apos;s demands (a demand shared among countries is split by its shares); limits are per ICWC season (October–March, April–September); % of basin is the country&apos;s share of the inflow formed in the basin that season.</source>
        <translation>Водозабор — вода, поступившая в водозаборы водопотребителей страны (общая водопотребность делится между странами по долям); лимиты заданы на период МКВК (октябрь–март, апрель–сентябрь); % бассейна — доля страны в стоке, сформированном в бассейне за этот период.</translation>
    </message>
    <message>
        <source>An ICWC limit counts main-stem withdrawals at the ICWC&apos;s control points: where a country&apos;s demands hold more (small rivers, users below a control point), % of limit is not like for like; the scenario&apos;s notes say what each limit covers.</source>
        <translation>Лимит МКВК учитывает водозабор из основного русла в створах контроля МКВК: если водопотребители страны включают больше (малые реки, водопользователи ниже створа), % лимита несопоставим; что охватывает каждый лимит — см. примечания сценария.</translation>
    </message>
    <message>
        <source>{id}: {supplier} → {receiver}, {energy} {unit} in {season} of each water year</source>
        <translation>{id}: {supplier} → {receiver}, {energy} {unit} за {season} каждого водохозяйственного года</translation>
    </message>
    <message>
        <source>, in return for {water} {unit} of water in {season}</source>
        <translation>, в обмен на {water} {unit} воды за {season}</translation>
    </message>
    <message>
        <source>, in return for {water} {unit} of water</source>
        <translation>, в обмен на {water} {unit} воды</translation>
    </message>
    <message numerus="yes">
        <source>Risk over {count} members: P(short) is the share of members whose shortfall over the horizon exceeds {threshold} % of the country&apos;s demand; energy per season over the members</source>
        <translation>
            <numerusform>Риск по {count} реализации: P(дефицит) — доля реализаций, в которых дефицит за расчётный период превышает {threshold} % водопотребности страны; выработка по периодам по всем реализациям</numerusform>
            <numerusform>Риск по {count} реализациям: P(дефицит) — доля реализаций, в которых дефицит за расчётный период превышает {threshold} % водопотребности страны; выработка по периодам по всем реализациям</numerusform>
            <numerusform>Риск по {count} реализациям: P(дефицит) — доля реализаций, в которых дефицит за расчётный период превышает {threshold} % водопотребности страны; выработка по периодам по всем реализациям</numerusform>
        </translation>
    </message>
    <message>
        <source>Unit of the volumes in the chart and the table</source>
        <translation>Единица объёмов на диаграмме и в таблице</translation>
    </message>
    <message>
        <source>Volumes in</source>
        <translation>Объёмы в</translation>
    </message>
    <message>
        <source>Not simulated: no country figures.</source>
        <translation>Расчёт не выполнен: показателей по странам нет.</translation>
    </message>
    <message>
        <source>; Δ = this scenario minus the baseline</source>
        <translation>; Δ = этот сценарий минус базовый вариант</translation>
    </message>
    <message>
        <source>{countries} countries × {seasons} ICWC seasons, {start} to {end}</source>
        <translation>Стран: {countries} × периодов МКВК: {seasons}, с {start} по {end}</translation>
    </message>
    <message>
        <source>; ensemble of {count}: member {number} is shown</source>
        <translation>; ансамбль из {count}: показана реализация {number}</translation>
    </message>
    <message>
        <source>Energy exchanges:</source>
        <translation>Обмен электроэнергией:</translation>
    </message>
    <message>
        <source>A partial season is covered by the horizon only in part: its limit is still the whole season&apos;s, its exchanges count for the days covered.</source>
        <translation>Неполный период охвачен расчётным периодом лишь частично: его лимит по-прежнему на весь период, обмен учитывается за охваченные дни.</translation>
    </message>
    <message>
        <source>&apos;Unassigned&apos; gathers demands, rivers and plants of no country.</source>
        <translation>«Без страны» объединяет водопотребителей, реки и ГЭС, не отнесённые к стране.</translation>
    </message>
    <message>
        <source>The scenario assigns no countries yet.</source>
        <translation>В сценарии страны пока не заданы.</translation>
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
        <source>Divide each demand&apos;s shortfall by its priority</source>
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
        <source>One of the network&apos;s own limits, made hard or given another penalty.</source>
        <translation>Одно из ограничений самой сети, сделанное жёстким или со своим штрафом.</translation>
    </message>
    <message>
        <source>per {unit}</source>
        <translation>на {unit}</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is not a number</source>
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
        <source>{field}, period {number}: &apos;{text}&apos; is not a number</source>
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
        <translation>на ед. ценности</translation>
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
    <name>Fan</name>
    <message>
        <source>{prefix}90 % band (P5–P95)</source>
        <translation>{prefix}полоса 90 % (P5–P95)</translation>
    </message>
    <message>
        <source>{prefix}50 % band (P25–P75)</source>
        <translation>{prefix}полоса 50 % (P25–P75)</translation>
    </message>
    <message>
        <source>{prefix}90 % / 50 % bands</source>
        <translation>{prefix}полосы 90 % / 50 %</translation>
    </message>
    <message>
        <source>{prefix}median of the members</source>
        <translation>{prefix}медиана реализаций</translation>
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
        <translation>
            <numerusform>Не удалось сохранить {what} ({count} проблема); открытый сценарий не изменён:</numerusform>
            <numerusform>Не удалось сохранить {what} ({count} проблемы); открытый сценарий не изменён:</numerusform>
            <numerusform>Не удалось сохранить {what} ({count} проблем); открытый сценарий не изменён:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not open {what} ({count} problems); the open scenario is unchanged:</source>
        <translation>
            <numerusform>Не удалось открыть {what} ({count} проблема); открытый сценарий не изменён:</numerusform>
            <numerusform>Не удалось открыть {what} ({count} проблемы); открытый сценарий не изменён:</numerusform>
            <numerusform>Не удалось открыть {what} ({count} проблем); открытый сценарий не изменён:</numerusform>
        </translation>
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
        <source>The page &apos;{title}&apos; ({file}) is not installed.</source>
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
        <source>What&apos;s &amp;new</source>
        <translation>&amp;Что нового</translation>
    </message>
    <message>
        <source>The Syr Darya &amp;data and sources</source>
        <translation>&amp;Данные и источники по Сырдарье</translation>
    </message>
    <message>
        <source>What&apos;s &amp;this?</source>
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
        <source>What&apos;s new</source>
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
    <message>
        <source>Installing and administering</source>
        <translation>Установка и администрирование</translation>
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
        <source>Each column&apos;s unit is read from its header; choose it where the header names none. Flows (m³/s, l/s, ft³/s) are mean flows over each period, volumes (Mm³, km³, m³) totals per period.</source>
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
        <source>Read from the header (&apos;{text}&apos;): {unit}</source>
        <translation>Из заголовка («{text}»): {unit}</translation>
    </message>
    <message>
        <source>The header&apos;s unit &apos;{text}&apos; is not one WaterPlanner knows: choose this column&apos;s unit</source>
        <translation>Единица в заголовке «{text}» неизвестна WaterPlanner: выберите единицу этого столбца</translation>
    </message>
    <message>
        <source>two units?</source>
        <translation>две единицы?</translation>
    </message>
    <message>
        <source>The header names {units}: choose this column&apos;s unit</source>
        <translation>В заголовке указаны {units}: выберите единицу этого столбца</translation>
    </message>
    <message>
        <source>choose…</source>
        <translation>выберите…</translation>
    </message>
    <message>
        <source>The header names no unit: choose this column&apos;s unit</source>
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
        <translation>
            <numerusform>Готово: {count} ряд, {step} значения ({units}); импорт будет выполнен одним изменением.</numerusform>
            <numerusform>Готово: {count} ряда, {step} значения ({units}); импорт будет выполнен одним изменением.</numerusform>
            <numerusform>Готово: {count} рядов, {step} значения ({units}); импорт будет выполнен одним изменением.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} problems: nothing will be imported until the file is clean.</source>
        <translation>
            <numerusform>{count} проблема: ничего не будет импортировано, пока файл не исправлен.</numerusform>
            <numerusform>{count} проблемы: ничего не будет импортировано, пока файл не исправлен.</numerusform>
            <numerusform>{count} проблем: ничего не будет импортировано, пока файл не исправлен.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inflows</name>
    <message>
        <source>Ensemble: {name}</source>
        <translation>Ансамбль: {name}</translation>
    </message>
    <message>
        <source>The scenario&apos;s ensemble &apos;{name}&apos;</source>
        <translation>Ансамбль сценария «{name}»</translation>
    </message>
    <message>
        <source>Members drawn by the default stochastic generator fitted to this scenario&apos;s own inflow sets (see docs/ensembles.md); the plots show the median and the 50 % and 90 % bands</source>
        <translation>Реализации, сгенерированные стохастическим генератором по умолчанию, подобранным по собственным вариантам притока сценария (см. docs/ensembles.md); графики показывают медиану и полосы 50 % и 90 %</translation>
    </message>
    <message>
        <source>The baseline has no inflow set &apos;{name}&apos;: it is shown with its own &apos;{own}&apos;</source>
        <translation>В базовом варианте нет варианта притока «{name}»: он показан со своим «{own}»</translation>
    </message>
    <message numerus="yes">
        <source>Ensemble: generated ({count} members)</source>
        <translation>
            <numerusform>Ансамбль: сгенерированный ({count} реализация)</numerusform>
            <numerusform>Ансамбль: сгенерированный ({count} реализации)</numerusform>
            <numerusform>Ансамбль: сгенерированный ({count} реализаций)</numerusform>
        </translation>
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
        <source>&apos;{text}&apos; is not a number</source>
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
        <source>The selected node&apos;s menu</source>
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
    <name>Language</name>
    <message>
        <source>The window speaks {language} now.</source>
        <translation>Окно теперь на языке: {language}.</translation>
    </message>
    <message>
        <source>Show the window in {language}; the open scenario, its unsaved edits and its history stay</source>
        <translation>Показать окно на языке «{language}»; открытый сценарий, его несохранённые изменения и история остаются</translation>
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
    <name>LocalNames</name>
    <message>
        <source>{name} ({local})</source>
        <translation>{name} ({local})</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cascade</source>
        <translation>Каскад</translation>
    </message>
    <message>
        <source>Release schedule</source>
        <translation>График попусков</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Свойства</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Optimiser</source>
        <translation>Оптимизатор</translation>
    </message>
    <message>
        <source> (engine loading)</source>
        <translation> (загрузка движка)</translation>
    </message>
    <message>
        <source>Opened scenario</source>
        <translation>Сценарий открыт</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Новый</translation>
    </message>
    <message>
        <source>Start from the default Syr Darya scenario</source>
        <translation>Начать со сценария Сырдарьи по умолчанию</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Re-run simulation</source>
        <translation>Пересчитать</translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation>&amp;Свойства…</translation>
    </message>
    <message>
        <source>Title, author, organisation, description and the date of the initial state</source>
        <translation>Название, автор, организация, описание и дата начального состояния</translation>
    </message>
    <message>
        <source>Water &amp;sharing and countries…</source>
        <translation>&amp;Распределение воды и страны…</translation>
    </message>
    <message>
        <source>How a shortage is shared (upstream first or the ICWC&apos;s proportional rule), the countries&apos; seasonal limits and the energy exchange ledger</source>
        <translation>Как распределяется дефицит (сначала верхние или пропорционально по правилу МКВК), сезонные лимиты стран и обмен электроэнергией</translation>
    </message>
    <message>
        <source>Set as baseline</source>
        <translation>Сделать базовым</translation>
    </message>
    <message>
        <source>Freeze the current plan for comparison</source>
        <translation>Зафиксировать текущий план для сравнения</translation>
    </message>
    <message>
        <source>Compare with file…</source>
        <translation>Сравнить с файлом…</translation>
    </message>
    <message>
        <source>Compare with another scenario file</source>
        <translation>Сравнить с другим файлом сценария</translation>
    </message>
    <message>
        <source>Clear baseline</source>
        <translation>Сбросить базовый</translation>
    </message>
    <message>
        <source>Export plots…</source>
        <translation>Экспорт графиков…</translation>
    </message>
    <message>
        <source>Save the visible plot tab as PNG or SVG</source>
        <translation>Сохранить видимую вкладку графиков в PNG или SVG</translation>
    </message>
    <message>
        <source>Fit schematic</source>
        <translation>Вписать схему</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>Экспорт &amp;отчёта…</translation>
    </message>
    <message>
        <source>&amp;Import series…</source>
        <translation>&amp;Импорт рядов…</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Основная</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source> Inflows: </source>
        <translation> Приток: </translation>
    </message>
    <message>
        <source>  Units: </source>
        <translation>  Единицы: </translation>
    </message>
    <message>
        <source>Optimise…</source>
        <translation>Оптимизация…</translation>
    </message>
    <message>
        <source>Open the optimiser panel</source>
        <translation>Открыть панель оптимизатора</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation>С&amp;ценарий</translation>
    </message>
    <message>
        <source>&amp;Optimise</source>
        <translation>&amp;Оптимизация</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>About WaterPlanner</source>
        <translation>О программе WaterPlanner</translation>
    </message>
    <message>
        <source>Undo {step}</source>
        <translation>Отменить: {step}</translation>
    </message>
    <message>
        <source>Redo {step}</source>
        <translation>Повторить: {step}</translation>
    </message>
    <message>
        <source>Stop comparing with the {baseline}</source>
        <translation>Прекратить сравнение: {baseline}</translation>
    </message>
    <message>
        <source>No baseline is set</source>
        <translation>Базовый вариант не задан</translation>
    </message>
    <message>
        <source>Not simulated: fix the problems first</source>
        <translation>Расчёт не выполнен: сначала устраните проблемы</translation>
    </message>
    <message>
        <source>✓ no problems</source>
        <translation>✓ проблем нет</translation>
    </message>
    <message>
        <source>Problems make the scenario invalid; warnings are release targets the reservoirs could not follow</source>
        <translation>Проблемы делают сценарий некорректным; предупреждения — плановые попуски, которые водохранилища не смогли выполнить</translation>
    </message>
    <message>
        <source>Simulation failed</source>
        <translation>Ошибка расчёта</translation>
    </message>
    <message>
        <source>Simulated in {time} ms</source>
        <translation>Расчёт: {time} мс</translation>
    </message>
    <message>
        <source>Simulated in {time} s</source>
        <translation>Расчёт: {time} с</translation>
    </message>
    <message>
        <source>An inflow ensemble: the plots show the members&apos; median and 50 % and 90 % bands, and the Summary the risk over all members; the headline numbers, the tables and the highlighted curves are the member chosen in the toolbar</source>
        <translation>Ансамбль притока: графики показывают медиану реализаций и полосы 50 % и 90 %, сводка — риск по всем реализациям; основные показатели, таблицы и выделенные кривые относятся к реализации, выбранной на панели инструментов</translation>
    </message>
    <message>
        <source>The compiled simulation engine is being prepared in the background (the first start of a new installation); meanwhile the same engine runs uncompiled.</source>
        <translation>Скомпилированный расчётный движок готовится в фоне (первый запуск новой установки); пока работает тот же движок без компиляции.</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>ещё не сохранён</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>отклонено</translation>
    </message>
    <message>
        <source>Set water sharing and countries</source>
        <translation>Изменить распределение воды и страны</translation>
    </message>
    <message>
        <source>Compare with scenario</source>
        <translation>Сравнить со сценарием</translation>
    </message>
    <message>
        <source>Export plots</source>
        <translation>Экспорт графиков</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Изображение PNG (*.png);;Рисунок SVG (*.svg)</translation>
    </message>
    <message>
        <source>Exported {name}</source>
        <translation>Экспортирован {name}</translation>
    </message>
    <message>
        <source>Could not export: {reason}</source>
        <translation>Не удалось экспортировать: {reason}</translation>
    </message>
    <message>
        <source>No report: the scenario has no results yet (fix its problems first)</source>
        <translation>Отчёта нет: у сценария ещё нет результатов (сначала устраните проблемы)</translation>
    </message>
    <message>
        <source>WaterPlanner {version}
Reservoir-release planning for transboundary river cascades.</source>
        <translation>WaterPlanner {version}
Планирование попусков водохранилищ для трансграничных речных каскадов.</translation>
    </message>
    <message numerus="yes">
        <source>The scenario has {count} problems (listed under Problems) and cannot be simulated.
The plots come back as soon as it is valid again.</source>
        <translation>
            <numerusform>В сценарии {count} проблема (см. «Проблемы»), расчёт невозможен.
Графики вернутся, как только сценарий снова станет корректным.</numerusform>
            <numerusform>В сценарии {count} проблемы (см. «Проблемы»), расчёт невозможен.
Графики вернутся, как только сценарий снова станет корректным.</numerusform>
            <numerusform>В сценарии {count} проблем (см. «Проблемы»), расчёт невозможен.
Графики вернутся, как только сценарий снова станет корректным.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ {count} problems</source>
        <translation>
            <numerusform>⚠ {count} проблема</numerusform>
            <numerusform>⚠ {count} проблемы</numerusform>
            <numerusform>⚠ {count} проблем</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>△ {count} warnings</source>
        <translation>
            <numerusform>△ {count} предупреждение</numerusform>
            <numerusform>△ {count} предупреждения</numerusform>
            <numerusform>△ {count} предупреждений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} members simulated in {time} ms (tables: member {member})</source>
        <translation>
            <numerusform>{count} реализация: {time} мс (таблицы: реализация {member})</numerusform>
            <numerusform>{count} реализации: {time} мс (таблицы: реализация {member})</numerusform>
            <numerusform>{count} реализаций: {time} мс (таблицы: реализация {member})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Members</name>
    <message>
        <source>Driest</source>
        <translation>Маловодная</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Медианная</translation>
    </message>
    <message>
        <source>Wettest</source>
        <translation>Многоводная</translation>
    </message>
    <message>
        <source>Draw the driest member: the one with the least total inflow over the horizon (every river, every period)</source>
        <translation>Показать самую маловодную реализацию: с наименьшим суммарным притоком за расчётный период (все реки, все периоды)</translation>
    </message>
    <message>
        <source>Draw the median member: the one with the median total inflow over the horizon (every river, every period)</source>
        <translation>Показать медианную реализацию: с медианным суммарным притоком за расчётный период (все реки, все периоды)</translation>
    </message>
    <message>
        <source>Draw the wettest member: the one with the most total inflow over the horizon (every river, every period)</source>
        <translation>Показать самую многоводную реализацию: с наибольшим суммарным притоком за расчётный период (все реки, все периоды)</translation>
    </message>
    <message>
        <source>The member drawn as a line over the bands; the summary and the Countries tables show it too</source>
        <translation>Реализация, показанная линией поверх полос; её же показывают сводка и таблицы «Страны»</translation>
    </message>
    <message>
        <source>of {count}</source>
        <translation>из {count}</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Реализация</translation>
    </message>
    <message>
        <source>{member}: total inflow {total} {unit} over the horizon ({rank} of the ensemble). The member is drawn as a line over the bands; the summary and the Countries tables show it too.</source>
        <translation>{member}: суммарный приток {total} {unit} за расчётный период ({rank} в ансамбле). Реализация показана линией поверх полос; её же показывают сводка и таблицы «Страны».</translation>
    </message>
    <message>
        <source>{member}: total inflow {total} {unit} over the horizon. The member is drawn as a line over the bands; the summary and the Countries tables show it too.</source>
        <translation>{member}: суммарный приток {total} {unit} за расчётный период. Реализация показана линией поверх полос; её же показывают сводка и таблицы «Страны».</translation>
    </message>
</context>
<context>
    <name>OptimisationSettings</name>
    <message>
        <source>Weight for the next run ({unit}). The scenario says {weight}; &apos;Keep weights&apos; stores this one.</source>
        <translation>Вес для следующего расчёта ({unit}). В сценарии: {weight}; «Запомнить» запишет этот.</translation>
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
        <source>{name} {reason}: set its operating rule to &apos;schedule&apos; without a buffer zone to let the optimiser decide its releases</source>
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
        <translation>Вес (расчёт)</translation>
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
        <translation>Запомнить</translation>
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
        <source>No requirements: the optimiser respects the network&apos;s own limits and the defaults below.</source>
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
        <source>The scenario&apos;s own optimisation settings ({gist}).</source>
        <translation>Собственные настройки оптимизации сценария ({gist}).</translation>
    </message>
    <message>
        <source>The scenario&apos;s own optimisation settings.</source>
        <translation>Собственные настройки оптимизации сценария.</translation>
    </message>
    <message>
        <source>The scenario has no optimisation settings of its own: the optimiser&apos;s defaults are shown. Any change here is saved with the scenario.</source>
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
        <source>weight of objective {number}: &apos;{text}&apos; is not a number</source>
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
    <name>OptimisationWords</name>
    <message>
        <source>whole year</source>
        <translation>весь год</translation>
    </message>
    <message>
        <source>winter (Oct–Mar)</source>
        <translation>зима (окт–мар)</translation>
    </message>
    <message>
        <source>summer (Apr–Sep)</source>
        <translation>лето (апр–сен)</translation>
    </message>
    <message>
        <source>storage stays above dead storage</source>
        <translation>объём остаётся выше мёртвого</translation>
    </message>
    <message>
        <source>releases at least the minimum release</source>
        <translation>попуск не ниже минимального</translation>
    </message>
    <message>
        <source>storage stays below the flood-control curve</source>
        <translation>объём остаётся ниже противопаводковой кривой</translation>
    </message>
    <message>
        <source>river reaches carry at most their capacity</source>
        <translation>расход на участках не выше их пропускной способности</translation>
    </message>
    <message>
        <source>in total over the season</source>
        <translation>в сумме за сезон</translation>
    </message>
    <message>
        <source>in every period</source>
        <translation>в каждом периоде</translation>
    </message>
    <message>
        <source>every season it has a limit for</source>
        <translation>каждый период, для которого у неё есть лимит</translation>
    </message>
    <message>
        <source>vegetation season (Apr–Sep)</source>
        <translation>вегетационный период (апр–сен)</translation>
    </message>
    <message>
        <source>non-vegetation season (Oct–Mar)</source>
        <translation>межвегетационный период (окт–мар)</translation>
    </message>
    <message>
        <source>soft (default)</source>
        <translation>мягкий (по умолчанию)</translation>
    </message>
    <message>
        <source>hard</source>
        <translation>жёсткий</translation>
    </message>
    <message>
        <source>off</source>
        <translation>выкл.</translation>
    </message>
    <message>
        <source>units of value</source>
        <translation>единиц ценности</translation>
    </message>
    <message>
        <source>per unit of value</source>
        <translation>на ед. ценности</translation>
    </message>
    <message>
        <source>per {unit}</source>
        <translation>на {unit}</translation>
    </message>
    <message>
        <source>{country}&apos;s plants</source>
        <translation>ГЭС страны {country}</translation>
    </message>
    <message>
        <source>all plants</source>
        <translation>все ГЭС</translation>
    </message>
    <message>
        <source>Minimise irrigation shortfall (priority-weighted)</source>
        <translation>Минимизировать: дефицит орошения (с учётом приоритетов)</translation>
    </message>
    <message>
        <source>Minimise irrigation shortfall</source>
        <translation>Минимизировать: дефицит орошения</translation>
    </message>
    <message>
        <source> of {who}</source>
        <translation> — {who}</translation>
    </message>
    <message>
        <source> in {country}</source>
        <translation> — {country}</translation>
    </message>
    <message>
        <source> of all demands</source>
        <translation> всех водопотребителей</translation>
    </message>
    <message>
        <source>all minimum-flow points</source>
        <translation>все створы минимального расхода</translation>
    </message>
    <message>
        <source>Minimise the deficit below the minimum flows at {points}</source>
        <translation>Минимизировать: дефицит ниже минимальных расходов ({points})</translation>
    </message>
    <message>
        <source>Maximise the inflow to {lake}</source>
        <translation>Максимизировать: приток в {lake}</translation>
    </message>
    <message>
        <source>Minimise the inflow to {lake} below {target} {unit}</source>
        <translation>Минимизировать: недобор притока в {lake} до {target} {unit}</translation>
    </message>
    <message>
        <source>Maximise the hydropower energy of {plants}</source>
        <translation>Максимизировать: выработка электроэнергии ({plants})</translation>
    </message>
    <message>
        <source>Minimise {reservoir}&apos;s end storage below {target} {unit}</source>
        <translation>Минимизировать: недобор конечного объёма {reservoir} до {target} {unit}</translation>
    </message>
    <message>
        <source>all reservoirs</source>
        <translation>все водохранилища</translation>
    </message>
    <message>
        <source>Minimise spill at {reservoirs}</source>
        <translation>Минимизировать: холостой сброс ({reservoirs})</translation>
    </message>
    <message>
        <source>Maximise the value of {reservoir}&apos;s releases</source>
        <translation>Максимизировать: ценность попусков {reservoir}</translation>
    </message>
    <message>
        <source>all demands</source>
        <translation>все водопотребители</translation>
    </message>
    <message>
        <source>Minimise the largest shortage share (fair sharing) among {demands}</source>
        <translation>Минимизировать: наибольшая доля дефицита (справедливое распределение) — {demands}</translation>
    </message>
    <message>
        <source>Minimise the </source>
        <translation>Минимизировать: </translation>
    </message>
    <message>
        <source>Maximise the </source>
        <translation>Максимизировать: </translation>
    </message>
    <message>
        <source>Minimise </source>
        <translation>Минимизировать: </translation>
    </message>
    <message>
        <source>Maximise </source>
        <translation>Максимизировать: </translation>
    </message>
    <message>
        <source>winter</source>
        <translation>зима</translation>
    </message>
    <message>
        <source>summer</source>
        <translation>лето</translation>
    </message>
    <message>
        <source>irrigation shortfall of {who}</source>
        <translation>дефицит орошения: {who}</translation>
    </message>
    <message>
        <source>irrigation shortfall</source>
        <translation>дефицит орошения</translation>
    </message>
    <message>
        <source>minimum-flow deficit at {points}</source>
        <translation>дефицит минимального расхода: {points}</translation>
    </message>
    <message>
        <source>minimum-flow deficit</source>
        <translation>дефицит минимального расхода</translation>
    </message>
    <message>
        <source>inflow to {lake}</source>
        <translation>приток в {lake}</translation>
    </message>
    <message>
        <source>{lake} inflow below {target}</source>
        <translation>{lake}: недобор притока до {target}</translation>
    </message>
    <message>
        <source>energy of {who}</source>
        <translation>выработка: {who}</translation>
    </message>
    <message>
        <source>energy</source>
        <translation>выработка</translation>
    </message>
    <message>
        <source>{reservoir} end storage deficit</source>
        <translation>{reservoir}: недобор конечного объёма</translation>
    </message>
    <message>
        <source>spill</source>
        <translation>холостой сброс</translation>
    </message>
    <message>
        <source>value of {reservoir} releases</source>
        <translation>ценность попусков {reservoir}</translation>
    </message>
    <message>
        <source>largest shortage share of {who}</source>
        <translation>наибольшая доля дефицита: {who}</translation>
    </message>
    <message>
        <source>largest shortage share</source>
        <translation>наибольшая доля дефицита</translation>
    </message>
    <message>
        <source>{reservoir}: end storage at least its start storage</source>
        <translation>{reservoir}: конечный объём не ниже начального</translation>
    </message>
    <message>
        <source>{reservoir}: end storage at least {amount} {unit}</source>
        <translation>{reservoir}: конечный объём не менее {amount} {unit}</translation>
    </message>
    <message>
        <source>{reservoir}: storage at least {amount} {unit} in every period</source>
        <translation>{reservoir}: объём не менее {amount} {unit} в каждом периоде</translation>
    </message>
    <message>
        <source>{reservoir}: release changes by at most {amount} {unit} from one period to the next</source>
        <translation>{reservoir}: попуск меняется не более чем на {amount} {unit} от периода к периоду</translation>
    </message>
    <message>
        <source>{reservoir}: release changes by at most {amount} {unit} per period</source>
        <translation>{reservoir}: попуск меняется не более чем на {amount} {unit} за период</translation>
    </message>
    <message>
        <source>between {low} and {high} {unit}</source>
        <translation>от {low} до {high} {unit}</translation>
    </message>
    <message>
        <source>at least {amount} {unit}</source>
        <translation>не менее {amount} {unit}</translation>
    </message>
    <message>
        <source>at most {amount} {unit}</source>
        <translation>не более {amount} {unit}</translation>
    </message>
    <message>
        <source>within its planned bounds per period ({unit})</source>
        <translation>в пределах плановых границ по периодам ({unit})</translation>
    </message>
    <message>
        <source> and </source>
        <translation> и </translation>
    </message>
    <message>
        <source>{reservoir}: release {bounds}</source>
        <translation>{reservoir}: попуск {bounds}</translation>
    </message>
    <message>
        <source>Energy of {plants} at least {amount} {unit} {per}</source>
        <translation>Выработка ({plants}) не менее {amount} {unit} {per}</translation>
    </message>
    <message>
        <source>Inflow to {lake} at least {amount} {unit}</source>
        <translation>Приток в {lake} не менее {amount} {unit}</translation>
    </message>
    <message>
        <source>lowest and highest</source>
        <translation>наименьший и наибольший</translation>
    </message>
    <message>
        <source>lowest</source>
        <translation>наименьший</translation>
    </message>
    <message>
        <source>highest</source>
        <translation>наибольший</translation>
    </message>
    <message>
        <source>{reservoir}: storage within its rule curve ({bounds} per period, {unit})</source>
        <translation>{reservoir}: объём в пределах диспетчерского графика ({bounds} по периодам, {unit})</translation>
    </message>
    <message>
        <source>Network: {limit}</source>
        <translation>Сеть: {limit}</translation>
    </message>
    <message>
        <source>{country}: withdrawals at most its ICWC limit in {season}, each water year</source>
        <translation>{country}: водозабор не выше лимита МКВК — {season}, каждый водохозяйственный год</translation>
    </message>
    <message>
        <source>soft: {penalty} per {unit}</source>
        <translation>мягкое: {penalty} на {unit}</translation>
    </message>
    <message>
        <source>Mean of the members</source>
        <translation>Среднее по реализациям</translation>
    </message>
    <message>
        <source>CVaR {level} % of the members</source>
        <translation>CVaR {level} % по реализациям</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>{decided} (every reservoir on a schedule; {ruled} follows the operating rule)</source>
        <translation>{decided} (все водохранилища, работающие по графику; {ruled} работает по правилу регулирования)</translation>
    </message>
    <message>
        <source>{decided} (every reservoir on a schedule; {ruled} follow the operating rule)</source>
        <translation>{decided} (все водохранилища, работающие по графику; {ruled} работают по правилу регулирования)</translation>
    </message>
    <message>
        <source>Carry-over off: the reservoirs may end the horizon emptier than they start (the scenario says so).</source>
        <translation>Переходящий объём выключен: водохранилища могут закончить расчётный период с меньшим объёмом, чем начали (так задано в сценарии).</translation>
    </message>
    <message>
        <source>No default carry-over: every reservoir decided states its own end storage.</source>
        <translation>Переходящего объёма по умолчанию нет: для каждого регулируемого водохранилища задан собственный конечный объём.</translation>
    </message>
    <message>
        <source>Carry-over, hard: {names} must end the horizon with at least their start storage.</source>
        <translation>Переходящий объём, жёсткий: {names} должны закончить расчётный период с объёмом не ниже начального.</translation>
    </message>
    <message>
        <source>ten times the most a Mm³ of water is worth in the objective</source>
        <translation>десятикратная наибольшая ценность 1 млн м³ воды в цели оптимизации</translation>
    </message>
    <message>
        <source>Carry-over, soft (default): {names} should end the horizon with at least their start storage; each Mm³ below both the start and what the current schedule leaves costs {cost}.</source>
        <translation>Переходящий объём, мягкий (по умолчанию): {names} должны закончить расчётный период с объёмом не ниже начального; каждый млн м³ ниже и начального объёма, и того, что оставляет текущий график, стоит {cost}.</translation>
    </message>
    <message>
        <source>{penalty} objective units</source>
        <translation>{penalty} ед. цели оптимизации</translation>
    </message>
    <message>
        <source>Carry-over, soft: {names} should end the horizon with at least their start storage; each Mm³ below both the start and what the current schedule leaves costs {cost}.</source>
        <translation>Переходящий объём, мягкий: {names} должны закончить расчётный период с объёмом не ниже начального; каждый млн м³ ниже и начального объёма, и того, что оставляет текущий график, стоит {cost}.</translation>
    </message>
    <message>
        <source> Own end-storage requirement at {names}.</source>
        <translation> Собственное ограничение конечного объёма: {names}.</translation>
    </message>
    <message>
        <source>Regularisation off: among equally good schedules any may come out, however far from the current schedule or uneven.</source>
        <translation>Регуляризация выключена: из равноценных графиков может получиться любой, сколь угодно далёкий от текущего или неровный.</translation>
    </message>
    <message>
        <source>Regularisation (default): among equally good schedules, the one closest to the current schedule ({deviation} per Mm³ of deviation) and smoothest from period to period ({ramping} per Mm³ of change), relative to the objective scale: it breaks ties and never costs a real improvement.</source>
        <translation>Регуляризация (по умолчанию): из равноценных графиков выбирается ближайший к текущему ({deviation} на млн м³ отклонения) и наиболее плавный от периода к периоду ({ramping} на млн м³ изменения) относительно масштаба цели: она лишь разрешает равенство и никогда не стоит реального улучшения.</translation>
    </message>
    <message>
        <source>Regularisation: among equally good schedules, the one closest to the current schedule ({deviation} per Mm³ of deviation) and smoothest from period to period ({ramping} per Mm³ of change), relative to the objective scale: it breaks ties and never costs a real improvement.</source>
        <translation>Регуляризация: из равноценных графиков выбирается ближайший к текущему ({deviation} на млн м³ отклонения) и наиболее плавный от периода к периоду ({ramping} на млн м³ изменения) относительно масштаба цели: она лишь разрешает равенство и никогда не стоит реального улучшения.</translation>
    </message>
</context>
<context>
    <name>Optimiser</name>
    <message>
        <source>Optimise</source>
        <translation>Оптимизировать</translation>
    </message>
    <message>
        <source>Find the schedule that best meets the objectives for the inflow set shown</source>
        <translation>Найти график, наилучшим образом достигающий целей оптимизации для показанного варианта притока</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Apply schedule</source>
        <translation>Применить график</translation>
    </message>
    <message>
        <source>Apply the optimised schedule (one step you can undo)</source>
        <translation>Применить оптимизированный график (один шаг, который можно отменить)</translation>
    </message>
    <message>
        <source>Not run yet</source>
        <translation>Ещё не запускался</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Trade-off</source>
        <translation>Компромисс</translation>
    </message>
    <message>
        <source>The weights changed since the last run: run again to see their effect.</source>
        <translation>Веса изменились после последнего запуска: запустите снова, чтобы увидеть их влияние.</translation>
    </message>
    <message>
        <source>The schedules shown come from {source}. Any other edit ends this.</source>
        <translation>Показанные графики получены: {source}. Любое другое изменение это прекращает.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
    <message>
        <source>Not run: {reason}</source>
        <translation>Не запущено: {reason}</translation>
    </message>
    <message>
        <source>Choose two different objectives for the trade-off.</source>
        <translation>Выберите две разные цели оптимизации для компромисса.</translation>
    </message>
    <message>
        <source>Cancelling after the current linear programme…</source>
        <translation>Отмена после текущей задачи линейного программирования…</translation>
    </message>
    <message>
        <source>Not optimised: {reason}</source>
        <translation>Не оптимизировано: {reason}</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Отменено; ничего не изменено.</translation>
    </message>
    <message>
        <source>Self-check passed for every member.</source>
        <translation>Самопроверка пройдена для каждой реализации.</translation>
    </message>
    <message>
        <source>The optimiser&apos;s model of some members differs from their simulation: a better schedule may exist; the figures are the simulator&apos;s.</source>
        <translation>Модель оптимизатора для некоторых реализаций расходится с их моделированием: возможно, существует лучший график; показаны величины моделирования.</translation>
    </message>
    <message>
        <source> Nothing better than the current schedule was found.</source>
        <translation> Лучше текущего графика ничего не найдено.</translation>
    </message>
    <message>
        <source>Done in {seconds} s. {check}.</source>
        <translation>Готово за {seconds} с. {check}.</translation>
    </message>
    <message>
        <source>Done in {seconds} s. {check}; nothing better than the current schedule was found.</source>
        <translation>Готово за {seconds} с. {check}; лучше текущего графика ничего не найдено.</translation>
    </message>
    <message>
        <source>{count} without a feasible schedule</source>
        <translation>без допустимого графика: {count}</translation>
    </message>
    <message>
        <source>{count} dominated</source>
        <translation>доминируемых: {count}</translation>
    </message>
    <message>
        <source>no trade-off</source>
        <translation>компромисса нет</translation>
    </message>
    <message>
        <source>Trade-off: {what} in {seconds} s</source>
        <translation>Компромисс: {what} за {seconds} с</translation>
    </message>
    <message>
        <source> (cancelled: the points found so far)</source>
        <translation> (отменено: найденные к этому моменту точки)</translation>
    </message>
    <message>
        <source>The network changed since the run: run the optimiser again.</source>
        <translation>Сеть изменилась после запуска: запустите оптимизатор снова.</translation>
    </message>
    <message>
        <source>Apply optimised schedule</source>
        <translation>Применить оптимизированный график</translation>
    </message>
    <message>
        <source>Apply trade-off point {number}</source>
        <translation>Применить точку компромисса {number}</translation>
    </message>
    <message>
        <source>the optimiser stopped ({why})</source>
        <translation>оптимизатор остановился ({why})</translation>
    </message>
    <message numerus="yes">
        <source>Fix the {count} problem(s) of the scenario first (Problems tab).</source>
        <translation>
            <numerusform>Сначала устраните {count} проблему сценария (вкладка «Проблемы»).</numerusform>
            <numerusform>Сначала устраните {count} проблемы сценария (вкладка «Проблемы»).</numerusform>
            <numerusform>Сначала устраните {count} проблем сценария (вкладка «Проблемы»).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, tested on {count} other members</source>
        <translation>
            <numerusform>, проверен на {count} другой реализации</numerusform>
            <numerusform>, проверен на {count} других реализациях</numerusform>
            <numerusform>, проверен на {count} других реализациях</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done in {seconds} s: one schedule for {count} members{tested}.</source>
        <translation>
            <numerusform>Готово за {seconds} с: один график для {count} реализации{tested}.</numerusform>
            <numerusform>Готово за {seconds} с: один график для {count} реализаций{tested}.</numerusform>
            <numerusform>Готово за {seconds} с: один график для {count} реализаций{tested}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} points</source>
        <translation>
            <numerusform>{count} точка</numerusform>
            <numerusform>{count} точки</numerusform>
            <numerusform>{count} точек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply robust schedule ({count} members)</source>
        <translation>
            <numerusform>Применить устойчивый график ({count} реализация)</numerusform>
            <numerusform>Применить устойчивый график ({count} реализации)</numerusform>
            <numerusform>Применить устойчивый график ({count} реализаций)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OptimiserResult</name>
    <message>
        <source>Not run yet: the figures of a run appear here.</source>
        <translation>Ещё не запускался: здесь появятся показатели запуска.</translation>
    </message>
    <message>
        <source>End storage ({unit})</source>
        <translation>Конечный объём ({unit})</translation>
    </message>
    <message>
        <source>ends lower than before and below its start storage, {amount} {unit}</source>
        <translation>заканчивает ниже, чем раньше, и ниже начального объёма, {amount} {unit}</translation>
    </message>
    <message>
        <source>Lowest storage ({unit})</source>
        <translation>Наименьший объём ({unit})</translation>
    </message>
    <message>
        <source>now reaches dead storage, {amount} {unit}</source>
        <translation>теперь достигает мёртвого объёма, {amount} {unit}</translation>
    </message>
    <message>
        <source>Energy ({unit})</source>
        <translation>Выработка ({unit})</translation>
    </message>
    <message>
        <source>winter (Oct–Mar)</source>
        <translation>зима (окт–мар)</translation>
    </message>
    <message>
        <source>summer (Apr–Sep)</source>
        <translation>лето (апр–сен)</translation>
    </message>
    <message>
        <source>(no country)</source>
        <translation>(без страны)</translation>
    </message>
    <message>
        <source>Totals ({unit})</source>
        <translation>Итого ({unit})</translation>
    </message>
    <message>
        <source>Irrigation shortfall</source>
        <translation>Дефицит орошения</translation>
    </message>
    <message>
        <source>Terminal-lake inflow</source>
        <translation>Приток в конечный водоём</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Цель оптимизации</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>До</translation>
    </message>
    <message>
        <source>After</source>
        <translation>После</translation>
    </message>
    <message>
        <source>What changes (simulated, input schedule → optimised)</source>
        <translation>Что меняется (расчёт, исходный график → оптимизированный)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>converged</source>
        <translation>сошёлся</translation>
    </message>
    <message>
        <source> Nothing better than the current schedule was found.</source>
        <translation> Лучше текущего графика ничего не найдено.</translation>
    </message>
    <message>
        <source>{words}
Label: {label}; weight {weight}</source>
        <translation>{words}
Метка: {label}; вес {weight}</translation>
    </message>
    <message>
        <source>after: {warning}</source>
        <translation>после: {warning}</translation>
    </message>
    <message numerus="yes">
        <source>Objective (minimised, {unit}): {before} → {after}; inflow set &apos;{inflow_set}&apos;; {count} linear programme(s), {state}.</source>
        <translation>
            <numerusform>Цель оптимизации (минимизируется, {unit}): {before} → {after}; вариант притока «{inflow_set}»; {count} задача линейного программирования, {state}.</numerusform>
            <numerusform>Цель оптимизации (минимизируется, {unit}): {before} → {after}; вариант притока «{inflow_set}»; {count} задачи линейного программирования, {state}.</numerusform>
            <numerusform>Цель оптимизации (минимизируется, {unit}): {before} → {after}; вариант притока «{inflow_set}»; {count} задач линейного программирования, {state}.</numerusform>
        </translation>
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
        <translation>
            <numerusform>{count} ГЭС: {names}</numerusform>
            <numerusform>{count} ГЭС: {names}</numerusform>
            <numerusform>{count} ГЭС: {names}</numerusform>
        </translation>
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
        <source>Row {row}: {column} &apos;{text}&apos; is not a number</source>
        <translation>Строка {row}: {column} «{text}» — не число</translation>
    </message>
</context>
<context>
    <name>Plots</name>
    <message>
        <source>min–max release</source>
        <translation>мин.–макс. попуск</translation>
    </message>
    <message>
        <source>min release</source>
        <translation>мин. попуск</translation>
    </message>
    <message>
        <source>baseline </source>
        <translation>базовый вариант: </translation>
    </message>
    <message>
        <source>storage</source>
        <translation>объём</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>полный объём</translation>
    </message>
    <message>
        <source>dead storage</source>
        <translation>мёртвый объём</translation>
    </message>
    <message>
        <source>flood-control limit</source>
        <translation>противопаводковый предел</translation>
    </message>
    <message>
        <source>guide curve (target)</source>
        <translation>диспетчерский график (цель)</translation>
    </message>
    <message>
        <source>buffer zone (reduced release below)</source>
        <translation>буферная зона (ниже — сниженный попуск)</translation>
    </message>
    <message>
        <source>operating minimum</source>
        <translation>эксплуатационный минимум</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>базовый вариант</translation>
    </message>
    <message>
        <source>release and spill</source>
        <translation>попуск и холостой сброс</translation>
    </message>
    <message>
        <source>turbine capacity</source>
        <translation>пропускная способность турбин</translation>
    </message>
    <message>
        <source>spill</source>
        <translation>холостой сброс</translation>
    </message>
    <message>
        <source>release</source>
        <translation>попуск</translation>
    </message>
    <message>
        <source>max release</source>
        <translation>макс. попуск</translation>
    </message>
    <message>
        <source>delivery against demand</source>
        <translation>водоподача и водопотребность</translation>
    </message>
    <message>
        <source>delivery</source>
        <translation>водоподача</translation>
    </message>
    <message>
        <source>demand</source>
        <translation>водопотребность</translation>
    </message>
    <message>
        <source>baseline delivery</source>
        <translation>водоподача базового варианта</translation>
    </message>
    <message>
        <source>shortfall</source>
        <translation>дефицит</translation>
    </message>
    <message>
        <source>hydropower</source>
        <translation>выработка ГЭС</translation>
    </message>
    <message>
        <source>energy</source>
        <translation>выработка</translation>
    </message>
    <message>
        <source>lake level</source>
        <translation>уровень водоёма</translation>
    </message>
    <message>
        <source>crest {level} {unit}</source>
        <translation>гребень {level} {unit}</translation>
    </message>
    <message>
        <source>level</source>
        <translation>уровень</translation>
    </message>
    <message>
        <source>inflow</source>
        <translation>приток</translation>
    </message>
    <message>
        <source>{name} (run-of-river)</source>
        <translation>{name} (русловая)</translation>
    </message>
</context>
<context>
    <name>ProblemPlace</name>
    <message>
        <source>, row {row}</source>
        <translation>, строка {row}</translation>
    </message>
    <message>
        <source>{field}: {part}</source>
        <translation>{field}: {part}</translation>
    </message>
    <message>
        <source>{name}, {field}</source>
        <translation>{name}, {field}</translation>
    </message>
    <message>
        <source>release schedule</source>
        <translation>график попусков</translation>
    </message>
    <message>
        <source>{source} → {target}</source>
        <translation>{source} → {target}</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
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
        <source>{where}: {message}
In the file: {location}</source>
        <translation>{where}: {message}
В файле: {location}</translation>
    </message>
    <message>
        <source>Release targets not met ({count}): the reservoir released a different amount than scheduled</source>
        <translation>Плановые попуски не выполнены ({count}): водохранилище пропустило не столько, сколько запланировано</translation>
    </message>
</context>
<context>
    <name>Readout</name>
    <message>
        <source>{name}: unlimited</source>
        <translation>{name}: без ограничения</translation>
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
    <message numerus="yes">
        <source>{count} more recovery copies will be offered the next time WaterPlanner starts.</source>
        <translation>
            <numerusform>Ещё {count} копия для восстановления будет предложена при следующем запуске WaterPlanner.</numerusform>
            <numerusform>Ещё {count} копии для восстановления будут предложены при следующем запуске WaterPlanner.</numerusform>
            <numerusform>Ещё {count} копий для восстановления будут предложены при следующем запуске WaterPlanner.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} (its folder was not recorded)</source>
        <translation>{name} (папка не записана)</translation>
    </message>
    <message>
        <source>an unsaved scenario</source>
        <translation>несохранённый сценарий</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>Восстановить несохранённую работу?</translation>
    </message>
    <message>
        <source>WaterPlanner did not close normally. A recovery copy of {source} ({name}, saved {saved}) was found.

Restore it? (If not, the copy is deleted.)</source>
        <translation>WaterPlanner был закрыт некорректно. Найдена копия для восстановления: {source} ({name}, сохранена {saved}).

Восстановить её? (Если нет, копия будет удалена.)</translation>
    </message>
    <message>
        <source>recently</source>
        <translation>недавно</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>не удаётся записать {path}: {reason}</translation>
    </message>
    <message>
        <source>the report could not be made ({why})</source>
        <translation>отчёт не удалось сформировать ({why})</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Экспорт отчёта</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>Подготовка отчёта…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Report written</source>
        <translation>Отчёт записан</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>The report was not written:
{message}</source>
        <translation>Отчёт не записан:
{message}</translation>
    </message>
    <message numerus="yes">
        <source>{name}: {count} pages, {size} kB.</source>
        <translation>
            <numerusform>{name}: {count} страница, {size} КБ.</numerusform>
            <numerusform>{name}: {count} страницы, {size} КБ.</numerusform>
            <numerusform>{name}: {count} страниц, {size} КБ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsTabs</name>
    <message>
        <source>{path} could not be written</source>
        <translation>не удалось записать {path}</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Объём</translation>
    </message>
    <message>
        <source>Releases and spill</source>
        <translation>Попуски и сбросы</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Водоподача</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Электроэнергия</translation>
    </message>
    <message>
        <source>Terminal lake</source>
        <translation>Конечный водоём</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
</context>
<context>
    <name>RiskPanel</name>
    <message>
        <source>Risk</source>
        <translation>Риск</translation>
    </message>
    <message>
        <source>A member is short when its shortfall over the whole horizon exceeds this share of its demand: used by P(short) here, in the Countries tab and in the report</source>
        <translation>Реализация считается дефицитной, если её дефицит за весь расчётный период превышает эту долю водопотребности: используется в P(дефицит) здесь, на вкладке «Страны» и в отчёте</translation>
    </message>
    <message>
        <source>short &gt;</source>
        <translation>дефицит &gt;</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Базовый</translation>
    </message>
    <message numerus="yes">
        <source>Risk over {count} members</source>
        <translation>
            <numerusform>Риск по {count} реализации</numerusform>
            <numerusform>Риск по {count} реализациям</numerusform>
            <numerusform>Риск по {count} реализациям</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RiskRows</name>
    <message>
        <source>Share of members whose shortfall over the whole horizon exceeds the threshold share of their demand</source>
        <translation>Доля реализаций, в которых дефицит за весь расчётный период превышает пороговую долю их водопотребности</translation>
    </message>
    <message>
        <source>Share of the periods with demand that did not fail (any shortfall), all members pooled (Hashimoto et al. 1982)</source>
        <translation>Доля периодов с водопотребностью без отказа (без дефицита), по всем реализациям вместе (Hashimoto et al. 1982)</translation>
    </message>
    <message>
        <source>Chance that a failed period is followed by one that does not fail; &apos;–&apos; when no period fails</source>
        <translation>Вероятность того, что за периодом с отказом следует период без отказа; «–», если отказов нет</translation>
    </message>
    <message>
        <source>Mean shortfall of the failed periods, in Mm³ and as % of their demand (the mean of shortfall ÷ demand); &apos;–&apos; when no period fails</source>
        <translation>Средний дефицит периодов с отказом, в млн м³ и в % их водопотребности (среднее отношения дефицит ÷ водопотребность); «–», если отказов нет</translation>
    </message>
    <message>
        <source>{name}: P(short &gt; {threshold} %)</source>
        <translation>{name}: P(дефицит &gt; {threshold} %)</translation>
    </message>
    <message>
        <source>reliability</source>
        <translation>надёжность</translation>
    </message>
    <message>
        <source>resilience</source>
        <translation>восстанавливаемость</translation>
    </message>
    <message>
        <source>vulnerability</source>
        <translation>уязвимость</translation>
    </message>
    <message>
        <source>vulnerability, % of demand</source>
        <translation>уязвимость, % водопотребности</translation>
    </message>
    <message>
        <source>Energy of the plants of {name} over each ICWC season (dams and run-of-river), {unit}, over the members</source>
        <translation>Выработка ГЭС страны {name} за каждый период МКВК (при плотинах и русловые), {unit}, по реализациям</translation>
    </message>
    <message>
        <source>{season} (partial)</source>
        <translation>{season} (неполный)</translation>
    </message>
    <message>
        <source>{name}, {season}: {q} of the members&apos; energy (exact)</source>
        <translation>{name}, {season}: {q} выработки по реализациям (точно)</translation>
    </message>
    <message>
        <source>{name}, {season}: {q} of the members&apos; energy (from a histogram)</source>
        <translation>{name}, {season}: {q} выработки по реализациям (по гистограмме)</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <source>Each country&apos;s demands together (a shared demand split by its shares)</source>
        <translation>Все водопотребители каждой страны вместе (общая водопотребность делится по долям)</translation>
    </message>
    <message>
        <source>Demands</source>
        <translation>Водопотребители</translation>
    </message>
    <message>
        <source>Each demand node</source>
        <translation>Каждый узел водопотребления</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>Share of members in which each event happens at least once</source>
        <translation>Доля реализаций, в которых каждое событие происходит хотя бы раз</translation>
    </message>
    <message>
        <source>{label}: share of members; mean amount over all members {amount} {unit}</source>
        <translation>{label}: доля реализаций; среднее количество по всем реализациям {amount} {unit}</translation>
    </message>
    <message>
        <source>Energy P10 / P50 / P90</source>
        <translation>Выработка P10 / P50 / P90</translation>
    </message>
    <message>
        <source>Energy per country and ICWC season over the members</source>
        <translation>Выработка по странам и периодам МКВК по реализациям</translation>
    </message>
</context>
<context>
    <name>RobustChoice</name>
    <message>
        <source>the inflow set shown</source>
        <translation>показанный вариант притока</translation>
    </message>
    <message>
        <source>an ensemble</source>
        <translation>ансамбль</translation>
    </message>
    <message>
        <source>Optimise for one inflow set, or one schedule for many possible years (members of an ensemble)</source>
        <translation>Оптимизировать для одного варианта притока или один график для многих возможных лет (реализаций ансамбля)</translation>
    </message>
    <message>
        <source>The ensemble the members come from</source>
        <translation>Ансамбль, из которого берутся реализации</translation>
    </message>
    <message>
        <source>In-sample members: the linear programme holds one copy of the network per member (20–100 is usual)</source>
        <translation>Реализации для оптимизации: задача линейного программирования содержит по копии сети на реализацию (обычно 20–100)</translation>
    </message>
    <message>
        <source>CVaR</source>
        <translation>CVaR</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>среднее</translation>
    </message>
    <message>
        <source>Minimise the mean of the members&apos; objective, or its CVaR: the mean of the worst (1 − α) share of the members</source>
        <translation>Минимизировать среднее значение цели по реализациям или его CVaR: среднее по худшей доле (1 − α) реализаций</translation>
    </message>
    <message>
        <source>CVaR level: 0.90 is the mean of the worst 10 % of the members</source>
        <translation>Уровень CVaR: 0,90 — среднее по худшим 10 % реализаций</translation>
    </message>
    <message>
        <source>test on </source>
        <translation>проверка на </translation>
    </message>
    <message>
        <source> others</source>
        <translation> других</translation>
    </message>
    <message>
        <source>Out-of-sample members (never seen by the optimiser) on which the schedules are measured afterwards</source>
        <translation>Независимые реализации (оптимизатор их не видел), на которых графики затем проверяются</translation>
    </message>
    <message>
        <source>seed: ensemble&apos;s</source>
        <translation>начальное значение: из ансамбля</translation>
    </message>
    <message>
        <source>seed </source>
        <translation>начальное значение </translation>
    </message>
    <message>
        <source>The generator&apos;s seed (the same seed gives the same members)</source>
        <translation>Начальное значение генератора (одно и то же значение даёт те же реализации)</translation>
    </message>
    <message>
        <source>Optimise against</source>
        <translation>Оптимизировать для</translation>
    </message>
    <message>
        <source>Generated from the inflow sets</source>
        <translation>Сгенерирован по вариантам притока</translation>
    </message>
</context>
<context>
    <name>RobustResult</name>
    <message>
        <source>Input schedule</source>
        <translation>Исходный график</translation>
    </message>
    <message>
        <source>Deterministic optimum</source>
        <translation>Детерминированный оптимум</translation>
    </message>
    <message>
        <source>Robust schedule</source>
        <translation>Устойчивый график</translation>
    </message>
    <message>
        <source>in-sample</source>
        <translation>обучающие реализации</translation>
    </message>
    <message>
        <source>out-of-sample</source>
        <translation>проверочные реализации</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>График</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Среднее</translation>
    </message>
    <message>
        <source>Worst</source>
        <translation>Худшая</translation>
    </message>
    <message>
        <source>Hard req. broken</source>
        <translation>Нарушены жёстк. огр.</translation>
    </message>
    <message>
        <source>CVaR</source>
        <translation>CVaR</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Водопотребитель</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Исходный</translation>
    </message>
    <message>
        <source>Deterministic</source>
        <translation>Детерминир.</translation>
    </message>
    <message>
        <source>Robust</source>
        <translation>Устойчивый</translation>
    </message>
    <message>
        <source>converged</source>
        <translation>сошёлся</translation>
    </message>
    <message>
        <source>: {measure} of the objective ({unit}) {before} → {after}; {iterations} linear programme(s) of {variables} variables, {state}.</source>
        <translation>: {measure} цели оптимизации ({unit}) {before} → {after}; {iterations} задач(и) линейного программирования с {variables} переменными, {state}.</translation>
    </message>
    <message>
        <source> Nothing better than the current schedule was found.</source>
        <translation> Лучше текущего графика ничего не найдено.</translation>
    </message>
    <message>
        <source>CVaR {level}</source>
        <translation>CVaR {level}</translation>
    </message>
    <message>
        <source>{broken} of {count}</source>
        <translation>{broken} из {count}</translation>
    </message>
    <message>
        <source>Shortfall over the horizon ({what}), {unit}: mean / CVaR {level} / P(short &gt; {threshold} %)</source>
        <translation>Дефицит за расчётный период ({what}), {unit}: среднее / CVaR {level} / P(дефицит &gt; {threshold} %)</translation>
    </message>
    <message numerus="yes">
        <source>One schedule for {count} members of &apos;{ensemble}&apos;</source>
        <translation>
            <numerusform>Один график для {count} реализации «{ensemble}»</numerusform>
            <numerusform>Один график для {count} реализаций «{ensemble}»</numerusform>
            <numerusform>Один график для {count} реализаций «{ensemble}»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>One schedule for {count} members of &apos;{ensemble}&apos; (seed {seed})</source>
        <translation>
            <numerusform>Один график для {count} реализации «{ensemble}» (начальное значение {seed})</numerusform>
            <numerusform>Один график для {count} реализаций «{ensemble}» (начальное значение {seed})</numerusform>
            <numerusform>Один график для {count} реализаций «{ensemble}» (начальное значение {seed})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In-sample: the {count} members optimised for</source>
        <translation>
            <numerusform>Обучающие: {count} реализация, для которой оптимизировано</numerusform>
            <numerusform>Обучающие: {count} реализации, для которых оптимизировано</numerusform>
            <numerusform>Обучающие: {count} реализаций, для которых оптимизировано</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Out-of-sample: {count} other members, never seen by the optimiser</source>
        <translation>
            <numerusform>Проверочные: {count} другая реализация, которую оптимизатор не видел</numerusform>
            <numerusform>Проверочные: {count} другие реализации, которые оптимизатор не видел</numerusform>
            <numerusform>Проверочные: {count} других реализаций, которые оптимизатор не видел</numerusform>
        </translation>
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
        <source>&apos;{part}&apos; is not a country and its share, such as &apos;UZ 0.5&apos;</source>
        <translation>«{part}» — не страна и её доля, например «UZ 0.5»</translation>
    </message>
    <message>
        <source>an operating rule has no field &apos;{name}&apos;</source>
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
        <source>The day the initial storages were observed or published; it is printed on the report&apos;s title page</source>
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
        <source>Cannot paste: &apos;{cell}&apos; is not a number</source>
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
        <source>{name} follows its {rule} rule: this schedule is kept in the scenario but not released. Choose the &apos;Release schedule&apos; rule in the inspector to release it.</source>
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
        <source>&apos;{text}&apos; is not a number</source>
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
        <translation>{name}: график попусков (тяните точки)</translation>
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
        <translation>
            <numerusform>Переместить {count} узел</numerusform>
            <numerusform>Переместить {count} узла</numerusform>
            <numerusform>Переместить {count} узлов</numerusform>
        </translation>
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
        <source>Fill and shortfall: {member}</source>
        <translation>Заполнение и дефицит: {member}</translation>
    </message>
    <message>
        <source>The storage bars (active storage at the end of the horizon) and the shortfall badges show {member}, the member the Summary and the plots show; choose it in the toolbar</source>
        <translation>Столбики заполнения (полезный объём на конец расчётного периода) и значки дефицита показывают {member} — ту же реализацию, что сводка и графики; её выбирают на панели инструментов</translation>
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
        <source>Active storage at the end of the horizon, {member}: {percent}</source>
        <translation>Полезный объём на конец расчётного периода, {member}: {percent}</translation>
    </message>
    <message>
        <source>Active storage at the end of the horizon: {percent}</source>
        <translation>Полезный объём на конец расчётного периода: {percent}</translation>
    </message>
    <message>
        <source>Shortfall, {member}: {badge}</source>
        <translation>Дефицит, {member}: {badge}</translation>
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
    <name>Session</name>
    <message>
        <source>baseline: {name}</source>
        <translation>базовый вариант: {name}</translation>
    </message>
    <message>
        <source>Risk threshold not changed: {reason}</source>
        <translation>Порог риска не изменён: {reason}</translation>
    </message>
    <message>
        <source>The scenario has problems: fix them before freezing it as the baseline</source>
        <translation>В сценарии есть проблемы: устраните их, прежде чем фиксировать его как базовый вариант</translation>
    </message>
    <message>
        <source>baseline (frozen)</source>
        <translation>базовый вариант (зафиксирован)</translation>
    </message>
    <message>
        <source>Baseline set: dashed grey curves and Δ show the change from here</source>
        <translation>Базовый вариант задан: серые пунктирные кривые и Δ показывают изменения от него</translation>
    </message>
    <message>
        <source>Baseline not set: {name}: {problem}</source>
        <translation>Базовый вариант не задан: {name}: {problem}</translation>
    </message>
    <message>
        <source>Comparing with {name}</source>
        <translation>Сравнение с {name}</translation>
    </message>
    <message>
        <source>Not changed: {reason}</source>
        <translation>Не изменено: {reason}</translation>
    </message>
    <message>
        <source>The saved baseline {name} could not be read ({problem})</source>
        <translation>Сохранённый базовый вариант {name} не читается ({problem})</translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation>не указано имя файла</translation>
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
        <source>{where}: &apos;{text}&apos; is not a number</source>
        <translation>{where}: «{text}» — не число</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is not a season (Apr–Sep or Oct–Mar)</source>
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
    <name>Simulation</name>
    <message>
        <source>the simulation could not run: {reason}</source>
        <translation>расчёт не удалось выполнить: {reason}</translation>
    </message>
    <message>
        <source>the simulation stopped: {reason}</source>
        <translation>расчёт остановлен: {reason}</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>Total shortfall</source>
        <translation>Общий дефицит</translation>
    </message>
    <message>
        <source>Water short</source>
        <translation>Недоподано воды</translation>
    </message>
    <message>
        <source>Worst: {name}</source>
        <translation>Наибольший: {name}</translation>
    </message>
    <message>
        <source>Worst demand: none short</source>
        <translation>Наибольший дефицит: нет</translation>
    </message>
    <message>
        <source>{name}: inflow</source>
        <translation>{name}: приток</translation>
    </message>
    <message>
        <source>{name}: level at end</source>
        <translation>{name}: уровень в конце</translation>
    </message>
    <message>
        <source>{name}: end, % active</source>
        <translation>{name}: в конце, % полезн.</translation>
    </message>
    <message>
        <source>{name}: {end} {unit} at the end of the horizon ({start} {unit} at the start); {definition}</source>
        <translation>{name}: {end} {unit} в конце расчётного периода ({start} {unit} в начале); {definition}</translation>
    </message>
    <message>
        <source>Hydropower, total</source>
        <translation>Выработка ГЭС, всего</translation>
    </message>
    <message>
        <source>No country</source>
        <translation>Без страны</translation>
    </message>
    <message>
        <source>{name}: shortfall</source>
        <translation>{name}: дефицит</translation>
    </message>
    <message>
        <source>{name}: winter energy</source>
        <translation>{name}: выработка зимой</translation>
    </message>
    <message>
        <source>{name}: summer energy</source>
        <translation>{name}: выработка летом</translation>
    </message>
    <message>
        <source>Mass balance ✓</source>
        <translation>Водный баланс ✓</translation>
    </message>
    <message>
        <source>Mass balance ✗ does not close</source>
        <translation>Водный баланс ✗ не сходится</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <source>Δ baseline</source>
        <translation>Δ от базового</translation>
    </message>
    <message>
        <source>Not simulated</source>
        <translation>Расчёт не выполнен</translation>
    </message>
    <message>
        <source>Member {number}</source>
        <translation>Реализация {number}</translation>
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
        <source>row {row}, {column}: &apos;{text}&apos; is not a number</source>
        <translation>строка {row}, {column}: «{text}» — не число</translation>
    </message>
</context>
<context>
    <name>Tradeoff</name>
    <message>
        <source>&lt;span style=&apos;color:{efficient}&apos;&gt;●&lt;/span&gt; efficient point &amp;nbsp; &lt;span style=&apos;color:{dominated}&apos;&gt;□&lt;/span&gt; dominated (another point is at least as good in both) &amp;nbsp; &lt;span style=&apos;color:{chosen}&apos;&gt;◯&lt;/span&gt; chosen</source>
        <translation>&lt;span style=&apos;color:{efficient}&apos;&gt;●&lt;/span&gt; эффективная точка &amp;nbsp; &lt;span style=&apos;color:{dominated}&apos;&gt;□&lt;/span&gt; доминируемая (другая точка не хуже по обеим целям) &amp;nbsp; &lt;span style=&apos;color:{chosen}&apos;&gt;◯&lt;/span&gt; выбранная</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>среднее</translation>
    </message>
    <message>
        <source>CVaR {level} %</source>
        <translation>CVaR {level} %</translation>
    </message>
    <message>
        <source>{measure} over the members of </source>
        <translation>{measure} по реализациям: </translation>
    </message>
    <message>
        <source>Number of points across the range of objective B</source>
        <translation>Число точек во всём диапазоне цели B</translation>
    </message>
    <message>
        <source>Trade-off…</source>
        <translation>Компромисс…</translation>
    </message>
    <message>
        <source>Sweep the best compromises between objective A and B</source>
        <translation>Найти наилучшие компромиссы между целями A и B</translation>
    </message>
    <message>
        <source>Click a point to see its schedule</source>
        <translation>Щёлкните точку, чтобы увидеть её график</translation>
    </message>
    <message>
        <source>Apply this point</source>
        <translation>Применить эту точку</translation>
    </message>
    <message>
        <source>A (x axis)</source>
        <translation>A (ось x)</translation>
    </message>
    <message>
        <source>B (y axis)</source>
        <translation>B (ось y)</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Точек</translation>
    </message>
    <message>
        <source>{text}
Label: {label}</source>
        <translation>{text}
Метка: {label}</translation>
    </message>
    <message>
        <source>Choose objectives A and B and press Trade-off…; then click a point to see its schedule.</source>
        <translation>Выберите цели A и B и нажмите «Компромисс…»; затем щёлкните точку, чтобы увидеть её график.</translation>
    </message>
    <message>
        <source>A: {words} ({unit}, {sense}).</source>
        <translation>A: {words} ({unit}, {sense}).</translation>
    </message>
    <message>
        <source>B: {words} ({unit}, {sense}).</source>
        <translation>B: {words} ({unit}, {sense}).</translation>
    </message>
    <message>
        <source>Click a point to see its schedule.</source>
        <translation>Щёлкните точку, чтобы увидеть её график.</translation>
    </message>
    <message>
        <source>Point {number} (dominated): A {a} {unit_a}, B {b} {unit_b}</source>
        <translation>Точка {number} (доминируемая): A {a} {unit_a}, B {b} {unit_b}</translation>
    </message>
    <message>
        <source>Point {number}: A {a} {unit_a}, B {b} {unit_b}</source>
        <translation>Точка {number}: A {a} {unit_a}, B {b} {unit_b}</translation>
    </message>
    <message>
        <source>Point {number}: no schedule meets every requirement at this ε.</source>
        <translation>Точка {number}: ни один график не выполняет всех ограничений при этом ε.</translation>
    </message>
    <message>
        <source>Point {number} of {count} (dominated: another point is at least as good in both): A = {a} {unit_a}, B = {b} {unit_b}&lt;br&gt;Release ({unit}): </source>
        <translation>Точка {number} из {count} (доминируемая: другая точка не хуже по обеим целям): A = {a} {unit_a}, B = {b} {unit_b}&lt;br&gt;Попуск ({unit}): </translation>
    </message>
    <message>
        <source>Point {number} of {count}: A = {a} {unit_a}, B = {b} {unit_b}&lt;br&gt;Release ({unit}): </source>
        <translation>Точка {number} из {count}: A = {a} {unit_a}, B = {b} {unit_b}&lt;br&gt;Попуск ({unit}): </translation>
    </message>
    <message>
        <source>maximised</source>
        <translation>максимизируется</translation>
    </message>
    <message>
        <source>minimised</source>
        <translation>минимизируется</translation>
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
        <source>&lt;b&gt;Summary&lt;/b&gt;: the figures of the run on screen (shortfall, energy, the North Aral Sea, the mass balance) beside the baseline&apos;s.</source>
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
