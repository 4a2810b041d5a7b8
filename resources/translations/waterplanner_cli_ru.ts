<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>CommandLine</name>
    <message>
        <source>scenario file (.wplan)</source>
        <translation>файл сценария (.wplan)</translation>
    </message>
    <message>
        <source>use the embedded default scenario ({name})</source>
        <translation>использовать встроенный сценарий по умолчанию ({name})</translation>
    </message>
    <message>
        <source>inflow set to use (default: the scenario&apos;s first)</source>
        <translation>вариант притока (по умолчанию — первый в сценарии)</translation>
    </message>
    <message>
        <source>the default scenario is not a valid scenario:</source>
        <translation>сценарий по умолчанию содержит ошибки:</translation>
    </message>
    <message>
        <source>{file} is not a valid scenario:</source>
        <translation>{file} — сценарий с ошибками:</translation>
    </message>
    <message>
        <source>unknown inflow set &apos;{name}&apos;; this scenario defines: {sets}</source>
        <translation>неизвестный вариант притока &apos;{name}&apos;; в этом сценарии есть: {sets}</translation>
    </message>
    <message>
        <source>the optimisation problem is infeasible.</source>
        <translation>задача оптимизации не имеет допустимого решения.</translation>
    </message>
    <message>
        <source>cannot optimise: {reason}</source>
        <translation>оптимизация невозможна: {reason}</translation>
    </message>
    <message>
        <source>cannot write to {path}: {reason}</source>
        <translation>не удаётся записать в {path}: {reason}</translation>
    </message>
    <message>
        <source>cannot write {path}: the folder {folder} does not exist</source>
        <translation>не удаётся записать {path}: папки {folder} не существует</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>не удаётся записать {path}: {reason}</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>Записан файл {path}</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>simulate an inflow ensemble and print its risk table</source>
        <translation>рассчитать ансамбль притока и вывести таблицу рисков</translation>
    </message>
    <message>
        <source>simulate and write the results as an Excel workbook</source>
        <translation>рассчитать и записать результаты в книгу Excel</translation>
    </message>
    <message>
        <source>simulate a scenario and print its summary</source>
        <translation>рассчитать сценарий и вывести сводку</translation>
    </message>
    <message>
        <source>check a scenario file and list every problem</source>
        <translation>проверить файл сценария и перечислить все ошибки</translation>
    </message>
    <message>
        <source>write the PDF report of a scenario</source>
        <translation>записать отчёт по сценарию в PDF</translation>
    </message>
    <message>
        <source>optimise the release schedules of a scenario</source>
        <translation>оптимизировать графики попусков сценария</translation>
    </message>
    <message>
        <source>Pareto front between two objectives</source>
        <translation>фронт Парето между двумя целями оптимизации</translation>
    </message>
    <message>
        <source>Plan reservoir releases on a river cascade. Without a command, opens the desktop window on FILE (or on the embedded default Syr Darya scenario).</source>
        <translation>Планирование попусков из водохранилищ каскада. Без команды открывает окно программы с файлом FILE (или со встроенным сценарием Сырдарьи по умолчанию).</translation>
    </message>
    <message>
        <source>Run &apos;waterplanner &lt;command&gt; --help&apos; for the options of a command.</source>
        <translation>Параметры команды: &apos;waterplanner &lt;команда&gt; --help&apos;.</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>показать версию программы и выйти</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>команды</translation>
    </message>
    <message>
        <source>&lt;command&gt;</source>
        <translation>&lt;команда&gt;</translation>
    </message>
    <message>
        <source>Open the desktop window.</source>
        <translation>Открыть окно программы.</translation>
    </message>
    <message>
        <source>scenario file to open (default: the embedded Syr Darya scenario)</source>
        <translation>открываемый файл сценария (по умолчанию — встроенный сценарий Сырдарьи)</translation>
    </message>
    <message>
        <source>render the main window offscreen to PNG and exit</source>
        <translation>отрисовать главное окно в файл PNG без вывода на экран и выйти</translation>
    </message>
    <message>
        <source>with --screenshot: first put the window in the state of a task of the user guide, one of {tasks}</source>
        <translation>вместе с --screenshot: сначала привести окно в состояние задачи из руководства пользователя, одной из: {tasks}</translation>
    </message>
    <message>
        <source>--show needs --screenshot PNG</source>
        <translation>для --show нужен --screenshot PNG</translation>
    </message>
    <message>
        <source>waterplanner: interrupted</source>
        <translation>waterplanner: прервано</translation>
    </message>
    <message>
        <source>waterplanner: internal error (please report this with the text below)</source>
        <translation>waterplanner: внутренняя ошибка (сообщите о ней, приложив текст ниже)</translation>
    </message>
</context>
<context>
    <name>CountriesTable</name>
    <message>
        <source>  country    season             limit  withdrawn  % limit  short  formed  % basin  generated</source>
        <translation>  страна     сезон              лимит  водозабор   % лим.   деф. формир.  % басс.     выраб.</translation>
    </message>
    <message>
        <source>  exchange      net</source>
        <translation>     обмен    итого</translation>
    </message>
    <message>
        <source>  {id}: {supplier} → {receiver} {energy} GWh in {season}</source>
        <translation>  {id}: {supplier} → {receiver} {energy} ГВт·ч, {season}</translation>
    </message>
    <message>
        <source>, for {water} Mm³</source>
        <translation>, за {water} млн м³</translation>
    </message>
    <message>
        <source> in {season}</source>
        <translation>, {season}</translation>
    </message>
    <message>
        <source>Countries by ICWC season (water Mm³, energy GWh; withdrawn = entering the intakes)</source>
        <translation>Страны по сезонам МКВК (вода — млн м³, электроэнергия — ГВт·ч; водозабор — вода, поступившая в водозаборы)</translation>
    </message>
    <message>
        <source>  * season only partly within the horizon (the limit is the whole season&apos;s; exchanges count for the days covered)</source>
        <translation>  * сезон лишь частично входит в расчётный период (лимит — на весь сезон; обмены учтены за охваченные дни)</translation>
    </message>
    <message>
        <source>  * season only partly within the horizon (the limit is the whole season&apos;s)</source>
        <translation>  * сезон лишь частично входит в расчётный период (лимит — на весь сезон)</translation>
    </message>
    <message>
        <source>  whole horizon, {seasons} (per season: summary.json, written with --out)</source>
        <translation>  весь расчётный период, {seasons} (по сезонам — в summary.json, записываемом с --out)</translation>
    </message>
    <message>
        <source>  country    withdrawn  short  formed  generated</source>
        <translation>  страна     водозабор   деф. формир.     выраб.</translation>
    </message>
    <message>
        <source>  limits: the ICWC&apos;s, counting main-stem withdrawals at its control points; % limit is like for like only where the demands are those (see the scenario&apos;s notes)</source>
        <translation>  лимиты МКВК учитывают водозабор из основного русла в её контрольных створах; % лимита сопоставим, только если водопотребители сценария — именно эти (см. примечания сценария)</translation>
    </message>
    <message>
        <source>Energy exchanges (each water year):</source>
        <translation>Обмены электроэнергией (каждый водохозяйственный год):</translation>
    </message>
    <message numerus="yes">
        <source>%n seasons</source>
        <translation>
            <numerusform>%n сезон</numerusform>
            <numerusform>%n сезона</numerusform>
            <numerusform>%n сезонов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dask</name>
    <message>
        <source>cannot reach the Dask scheduler at {address}: {reason}</source>
        <translation>не удаётся подключиться к планировщику Dask по адресу {address}: {reason}</translation>
    </message>
    <message>
        <source>a local cluster needs at least one worker</source>
        <translation>локальному кластеру нужен хотя бы один рабочий процесс</translation>
    </message>
    <message>
        <source>{done} of {members} members</source>
        <translation>{done} из {members} реализаций</translation>
    </message>
</context>
<context>
    <name>EnsembleCommand</name>
    <message>
        <source>Simulate every member of one of the scenario&apos;s inflow ensembles (by default its own: the stochastic generator fitted to its inflow sets) and print the risk table: per demand and country the probability of a shortfall above the threshold, reliability, resilience and vulnerability; the probability of each event (a reservoir below its operating minimum, a sink receiving water, a terminal lake spilling); energy per country and season as P10/P50/P90. Runs in this process, or on Dask with --local or --scheduler (pip install &quot;waterplanner[scale]&quot;). See docs/ensembles.md.</source>
        <translation>Рассчитать все реализации одного из ансамблей притока сценария (по умолчанию — собственного: стохастического генератора, подобранного по вариантам притока) и вывести таблицу рисков: по каждому водопотребителю и стране — вероятность дефицита выше порога, надёжность, восстанавливаемость и уязвимость; вероятность каждого события (водохранилище ниже эксплуатационного минимума, поступление воды в выход из системы, перелив конечного водоёма); выработка электроэнергии по странам и сезонам как P10/P50/P90. Расчёт в этом процессе или на Dask с --local или --scheduler (pip install &quot;waterplanner[scale]&quot;). См. docs/ensembles.md.</translation>
    </message>
    <message>
        <source>the ensemble to run (default: the scenario&apos;s first, else the generator fitted to its inflow sets)</source>
        <translation>рассчитываемый ансамбль (по умолчанию — первый в сценарии, иначе генератор, подобранный по вариантам притока)</translation>
    </message>
    <message>
        <source>number of members (default: the ensemble&apos;s own)</source>
        <translation>число реализаций (по умолчанию — заданное в ансамбле)</translation>
    </message>
    <message>
        <source>generator seed (default: its own)</source>
        <translation>начальное значение генератора (по умолчанию — его собственное)</translation>
    </message>
    <message>
        <source>a member is short when its shortfall over the horizon exceeds PCT %% of demand (default 10)</source>
        <translation>реализация считается дефицитной, если дефицит за расчётный период превышает PCT %% водопотребности (по умолчанию 10)</translation>
    </message>
    <message>
        <source>run on a Dask LocalCluster of --workers processes</source>
        <translation>считать на Dask LocalCluster из --workers процессов</translation>
    </message>
    <message>
        <source>run on the Dask scheduler at ADDR (tcp://host:8786)</source>
        <translation>считать на планировщике Dask по адресу ADDR (tcp://host:8786)</translation>
    </message>
    <message>
        <source>workers of the LocalCluster (default 2)</source>
        <translation>рабочих процессов LocalCluster (по умолчанию 2)</translation>
    </message>
    <message>
        <source>members per chunk (default: sized to the scenario)</source>
        <translation>реализаций в одной порции (по умолчанию — по размеру сценария)</translation>
    </message>
    <message>
        <source>results.nc (NetCDF) or results.zarr: every member, dims member, period, node/link; any other path: a folder for quantiles.csv, risk.csv and risk.json</source>
        <translation>results.nc (NetCDF) или results.zarr: все реализации, измерения member, period, node/link; любой другой путь — папка для quantiles.csv, risk.csv и risk.json</translation>
    </message>
    <message>
        <source>--members must be at least 1, not {value}</source>
        <translation>--members должно быть не меньше 1, а не {value}</translation>
    </message>
    <message>
        <source>--chunk must be at least 1, not {value}</source>
        <translation>--chunk должно быть не меньше 1, а не {value}</translation>
    </message>
    <message>
        <source>--workers must be at least 1, not {value}</source>
        <translation>--workers должно быть не меньше 1, а не {value}</translation>
    </message>
    <message>
        <source>--threshold must be between 0 and 100 (%), not {value}</source>
        <translation>--threshold должно быть от 0 до 100 (%), а не {value}</translation>
    </message>
    <message>
        <source>cancelling…</source>
        <translation>отмена…</translation>
    </message>
    <message>
        <source>Dask scheduler {address}</source>
        <translation>планировщик Dask {address}</translation>
    </message>
    <message>
        <source>Dask LocalCluster, {workers}</source>
        <translation>Dask LocalCluster, {workers}</translation>
    </message>
    <message>
        <source>this process</source>
        <translation>этот процесс</translation>
    </message>
    <message>
        <source>, seed {seed}</source>
        <translation>, начальное значение {seed}</translation>
    </message>
    <message>
        <source>Ensemble &apos;{name}&apos; ({label}): {members}{seed}; {periods}; {seconds} s ({where}, {rate} members/s)</source>
        <translation>Ансамбль &apos;{name}&apos; ({label}): {members}{seed}; {periods}; {seconds} с ({where}, {rate} реализаций/с)</translation>
    </message>
    <message>
        <source>Short = shortfall over the horizon above {threshold} % of demand</source>
        <translation>Дефицитная реализация — дефицит за расчётный период выше {threshold} % водопотребности</translation>
    </message>
    <message>
        <source>Wrote every member to {path} ({format})</source>
        <translation>Все реализации записаны в {path} ({format})</translation>
    </message>
    <message>
        <source>Wrote {files} to {folder}</source>
        <translation>Записаны {files} в {folder}</translation>
    </message>
    <message>
        <source>ensemble: {reason}</source>
        <translation>ансамбль: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n workers</source>
        <translation>
            <numerusform>%n рабочий процесс</numerusform>
            <numerusform>%n рабочих процесса</numerusform>
            <numerusform>%n рабочих процессов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n members</source>
        <translation>
            <numerusform>%n реализация</numerusform>
            <numerusform>%n реализации</numerusform>
            <numerusform>%n реализаций</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n periods</source>
        <translation>
            <numerusform>%n период</numerusform>
            <numerusform>%n периода</numerusform>
            <numerusform>%n периодов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Simulate a scenario and write an .xlsx workbook: a summary sheet, the nodes, the release schedules (Mm³ and m³/s) and one sheet per result quantity (rows: periods with real dates; columns: nodes, units in the header).</source>
        <translation>Рассчитать сценарий и записать книгу .xlsx: лист сводки, узлы, графики попусков (млн м³ и м³/с) и по листу на каждую величину результата (строки — периоды с датами; столбцы — узлы, единицы в заголовке).</translation>
    </message>
    <message>
        <source>workbook to write</source>
        <translation>записываемая книга</translation>
    </message>
    <message>
        <source>--out {path}: the workbook&apos;s name must end in .xlsx</source>
        <translation>--out {path}: имя книги должно оканчиваться на .xlsx</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>language of the output: en, ru or kk (default: WATERPLANNER_LANG, else the system&apos;s language)</source>
        <translation>язык вывода: en, ru или kk (по умолчанию — WATERPLANNER_LANG, иначе язык системы)</translation>
    </message>
</context>
<context>
    <name>OptimizeCommand</name>
    <message>
        <source>Optimise every decision reservoir&apos;s release schedule over the whole horizon for the objective in the scenario&apos;s optimisation section (default: least priority-weighted shortfall plus minimum-flow deficits). See docs/optimisation.md.</source>
        <translation>Оптимизировать график попусков каждого управляемого водохранилища на весь расчётный период по цели из раздела оптимизации сценария (по умолчанию — наименьший взвешенный по приоритету дефицит плюс дефициты минимального расхода). См. docs/optimisation.md.</translation>
    </message>
    <message>
        <source>write the scenario with the optimised schedules to this file</source>
        <translation>записать сценарий с оптимизированными графиками в этот файл</translation>
    </message>
    <message>
        <source>how many binding constraints to list (default 10)</source>
        <translation>сколько активных ограничений выводить (по умолчанию 10)</translation>
    </message>
    <message>
        <source>robust schedule (optimise against an inflow ensemble)</source>
        <translation>устойчивый график (оптимизация по ансамблю притока)</translation>
    </message>
    <message>
        <source>optimise one schedule against members of this ensemble (without NAME: the scenario&apos;s first, else the default generator)</source>
        <translation>оптимизировать один график по реализациям этого ансамбля (без NAME — первый ансамбль сценария, иначе генератор по умолчанию)</translation>
    </message>
    <message>
        <source>in-sample members the LP sees (default {count})</source>
        <translation>реализаций обучающей выборки в ЛП (по умолчанию {count})</translation>
    </message>
    <message>
        <source>measure of the members&apos; objective values (default cvar)</source>
        <translation>мера значений целевой функции по реализациям (по умолчанию cvar)</translation>
    </message>
    <message>
        <source>CVaR level in [0, 1) (default 0.9: the mean of the worst 10 %%)</source>
        <translation>уровень CVaR в [0, 1) (по умолчанию 0.9 — среднее по худшим 10 %%)</translation>
    </message>
    <message>
        <source>out-of-sample members to test the schedules on (default {count}; 0 for none)</source>
        <translation>реализаций проверочной выборки для проверки графиков (по умолчанию {count}; 0 — без проверки)</translation>
    </message>
    <message>
        <source>the generator&apos;s seed (default: the ensemble&apos;s own)</source>
        <translation>начальное значение генератора (по умолчанию — заданное в ансамбле)</translation>
    </message>
    <message>
        <source>a member is short when its shortfall exceeds this %% of demand (default 10)</source>
        <translation>реализация считается дефицитной, если дефицит превышает этот %% водопотребности (по умолчанию 10)</translation>
    </message>
    <message>
        <source>{option} needs --ensemble (optimise against an inflow ensemble)</source>
        <translation>{option} требует --ensemble (оптимизация по ансамблю притока)</translation>
    </message>
    <message>
        <source>--alpha is the CVaR level: use it with --risk cvar</source>
        <translation>--alpha — уровень CVaR: используйте его с --risk cvar</translation>
    </message>
    <message>
        <source>What changes (simulated, input schedule → optimised):</source>
        <translation>Что меняется (по расчёту, исходный график → оптимизированный):</translation>
    </message>
    <message>
        <source>  Storage (Mm³)                  start        end             lowest</source>
        <translation>  Объём (млн м³)                начало        конец           минимум</translation>
    </message>
    <message>
        <source> (dead storage)</source>
        <translation> (мёртвый объём)</translation>
    </message>
    <message>
        <source>  Energy (GWh)        winter (Oct–Mar)            summer (Apr–Sep)</source>
        <translation>  Выработка (ГВт·ч)   зима (окт–мар)              лето (апр–сен)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>  Irrigation shortfall  {before} → {after} Mm³</source>
        <translation>  Дефицит на орошение       {before} → {after} млн м³</translation>
    </message>
    <message>
        <source>  Terminal-lake inflow  {before} → {after} Mm³</source>
        <translation>  Приток в конечный водоём  {before} → {after} млн м³</translation>
    </message>
    <message>
        <source>Release schedules (m³/s, mean per period)</source>
        <translation>Графики попусков (м³/с, среднее за период)</translation>
    </message>
    <message>
        <source>input</source>
        <translation>исход.</translation>
    </message>
    <message>
        <source>optim.</source>
        <translation>оптим.</translation>
    </message>
    <message>
        <source>Objective (minimised, {unit}): {before} → {after}</source>
        <translation>Целевая функция (минимизируется, {unit}): {before} → {after}</translation>
    </message>
    <message>
        <source>Objective terms                            unit        before →        after</source>
        <translation>Слагаемые целевой функции                   ед.            до →        после</translation>
    </message>
    <message>
        <source>  penalty: {label} {penalty}</source>
        <translation>  штраф: {label} {penalty}</translation>
    </message>
    <message>
        <source>Shortfall per demand (Mm³)            before →      after</source>
        <translation>Дефицит по водопотребителям (млн м³)       до →      после</translation>
    </message>
    <message>
        <source>Binding constraints (shadow prices in {unit} per unit):</source>
        <translation>Активные ограничения (двойственные оценки в {unit} на единицу):</translation>
    </message>
    <message>
        <source>No constraint binds at the optimum.</source>
        <translation>В оптимуме ни одно ограничение не активно.</translation>
    </message>
    <message>
        <source>{iterations} LP(s), {stopping}; {variables} variables, {constraints} constraints; {ms} ms ({lp_ms} ms building and solving LPs)</source>
        <translation>ЛП: {iterations}, {stopping}; переменных: {variables}, ограничений: {constraints}; {ms} мс (из них {lp_ms} мс на построение и решение ЛП)</translation>
    </message>
    <message>
        <source> and {path} was not written</source>
        <translation>, и файл {path} не записан</translation>
    </message>
    <message>
        <source>the simulator does not confirm the optimised schedule: a hard requirement is not met when the schedule is simulated, although the optimiser&apos;s linearisation met it (see the self-check above). Relax that requirement or make it soft{what}.</source>
        <translation>модель не подтверждает оптимизированный график: при расчёте графика жёсткое ограничение не выполняется, хотя в линеаризации оптимизатора оно выполнялось (см. самопроверку выше). Ослабьте это ограничение или сделайте его мягким{what}.</translation>
    </message>
    <message>
        <source>waterplanner: internal error: the optimiser and the simulator disagree about the optimised schedule (see the self-check above){what}. Please report this with the scenario file.</source>
        <translation>waterplanner: внутренняя ошибка: оптимизатор и модель расходятся в оценке оптимизированного графика (см. самопроверку выше){what}. Сообщите об этом, приложив файл сценария.</translation>
    </message>
    <message>
        <source>Wrote the optimised scenario to {path}</source>
        <translation>Оптимизированный сценарий записан в {path}</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Simulate a scenario and write its A4 PDF report: title page with the file&apos;s SHA-256, executive summary by country, schematic, plots, release schedules, shortfalls, the comparison with a baseline (--baseline) and the data sources; with --ensemble, the risk over an inflow ensemble (see docs/ensembles.md). Works without a display.</source>
        <translation>Рассчитать сценарий и записать отчёт в PDF формата A4: титульный лист с SHA-256 файла, краткая сводка по странам, схема, графики, графики попусков, дефициты, сравнение с базовым вариантом (--baseline) и источники данных; с --ensemble — риски по ансамблю притока (см. docs/ensembles.md). Работает без дисплея.</translation>
    </message>
    <message>
        <source>simulate an inflow ensemble instead of one inflow set (NAME: one of the scenario&apos;s ensembles; default its first, else the generator fitted to its inflow sets) and add the section &apos;Risk over the inflow ensemble&apos;</source>
        <translation>рассчитать ансамбль притока вместо одного варианта притока (NAME — один из ансамблей сценария; по умолчанию первый, иначе генератор, подобранный по вариантам притока) и добавить раздел о рисках по ансамблю притока</translation>
    </message>
    <message>
        <source>members of the ensemble (default: the ensemble&apos;s own; the window simulates {count})</source>
        <translation>число реализаций ансамбля (по умолчанию — заданное в ансамбле; окно программы рассчитывает {count})</translation>
    </message>
    <message>
        <source>the ensemble member every section but the risk section reports: its number (from 1, as the window shows it) or the driest, median or wettest by total inflow (default 1)</source>
        <translation>реализация ансамбля, которую показывают все разделы, кроме раздела о риске: её номер (с 1, как в окне программы) или самая маловодная (driest), медианная (median) или самая многоводная (wettest) по суммарному притоку (по умолчанию 1)</translation>
    </message>
    <message>
        <source>scenario to compare with (simulated with the same inflow set when it has one of that name, otherwise with its first)</source>
        <translation>сценарий для сравнения (рассчитывается с тем же вариантом притока, если в нём есть вариант с таким именем, иначе с первым)</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>записываемый файл PDF</translation>
    </message>
    <message>
        <source>author on the title page (default: the scenario&apos;s)</source>
        <translation>автор на титульном листе (по умолчанию — из сценария)</translation>
    </message>
    <message>
        <source>organisation on the title page (default: the scenario&apos;s)</source>
        <translation>организация на титульном листе (по умолчанию — из сценария)</translation>
    </message>
    <message>
        <source>report title (default: the scenario&apos;s name)</source>
        <translation>заголовок отчёта (по умолчанию — название сценария)</translation>
    </message>
    <message>
        <source>no progress display</source>
        <translation>не показывать ход выполнения</translation>
    </message>
    <message>
        <source>{option} needs --ensemble (it applies to an inflow ensemble)</source>
        <translation>{option} требует --ensemble (относится к ансамблю притока)</translation>
    </message>
    <message>
        <source>--inflows and --ensemble exclude each other: an ensemble replaces the inflow set</source>
        <translation>--inflows и --ensemble взаимоисключающие: ансамбль заменяет вариант притока</translation>
    </message>
    <message>
        <source>--member must be a member&apos;s number (from 1) or driest, median or wettest, not &apos;{value}&apos;</source>
        <translation>--member должно быть номером реализации (с 1) или driest, median, wettest, а не «{value}»</translation>
    </message>
    <message>
        <source>--out {path} is a folder; give the PDF file&apos;s name</source>
        <translation>--out {path} — это папка; укажите имя файла PDF</translation>
    </message>
    <message>
        <source>the baseline {file} is not a valid scenario:</source>
        <translation>базовый вариант {file} — сценарий с ошибками:</translation>
    </message>
    <message>
        <source>{name} ({file}, inflows &apos;{inflow_set}&apos;)</source>
        <translation>{name} ({file}, приток &apos;{inflow_set}&apos;)</translation>
    </message>
    <message>
        <source>{file} (shipped with WaterPlanner)</source>
        <translation>{file} (поставляется с WaterPlanner)</translation>
    </message>
    <message>
        <source>Wrote {path} ({pages}, {size} kB) in {seconds} s</source>
        <translation>Записан {path} ({pages}, {size} КБ) за {seconds} с</translation>
    </message>
    <message>
        <source>Note: {note}.</source>
        <translation>Примечание: {note}.</translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation>
            <numerusform>%n страница</numerusform>
            <numerusform>%n страницы</numerusform>
            <numerusform>%n страниц</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>--member {number}: the ensemble has only %n members</source>
        <translation>
            <numerusform>--member {number}: в ансамбле всего %n реализация</numerusform>
            <numerusform>--member {number}: в ансамбле всего %n реализации</numerusform>
            <numerusform>--member {number}: в ансамбле всего %n реализаций</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RiskTable</name>
    <message numerus="yes">
        <source>%n members</source>
        <translation>
            <numerusform>%n реализации</numerusform>
            <numerusform>%n реализациям</numerusform>
            <numerusform>%n реализациям</numerusform>
        </translation>
    </message>
    <message>
        <source>any shortfall</source>
        <translation>любом дефиците</translation>
    </message>
    <message>
        <source>shortfall above {pct} % of demand</source>
        <translation>дефиците выше {pct} % водопотребности</translation>
    </message>
    <message>
        <source>demand</source>
        <translation>потр.</translation>
    </message>
    <message>
        <source>short</source>
        <translation>деф.</translation>
    </message>
    <message>
        <source>P(short</source>
        <translation>P(деф.</translation>
    </message>
    <message>
        <source>reliab.</source>
        <translation>надёж.</translation>
    </message>
    <message>
        <source>resil.</source>
        <translation>восст.</translation>
    </message>
    <message>
        <source>vulnerability</source>
        <translation>уязвимость</translation>
    </message>
    <message>
        <source>Mm³</source>
        <translation>млн м³</translation>
    </message>
    <message>
        <source>Mm³ (% demand)</source>
        <translation>млн м³ (%потр)</translation>
    </message>
    <message>
        <source>Risk over {members} (a period fails on {tolerance}; Hashimoto et al. 1982)</source>
        <translation>Риски по {members} (период считается отказом при {tolerance}; Hashimoto et al., 1982)</translation>
    </message>
    <message>
        <source>  Countries (each demand split by its country shares)</source>
        <translation>  Страны (каждый водопотребитель разделён по долям стран)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>P %</source>
        <translation>P %</translation>
    </message>
    <message>
        <source>mean amount</source>
        <translation>среднее значение</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>точно</translation>
    </message>
    <message>
        <source>from fixed-edge histograms</source>
        <translation>по гистограммам с фиксированными границами</translation>
    </message>
    <message>
        <source>country</source>
        <translation>страна</translation>
    </message>
    <message>
        <source>season</source>
        <translation>сезон</translation>
    </message>
    <message>
        <source>  Energy per country and ICWC season, GWh ({how})</source>
        <translation>  Выработка электроэнергии по странам и сезонам МКВК, ГВт·ч ({how})</translation>
    </message>
    <message>
        <source>  * season only partly in the horizon</source>
        <translation>  * сезон лишь частично входит в расчётный период</translation>
    </message>
</context>
<context>
    <name>RobustOutput</name>
    <message>
        <source>In-sample</source>
        <translation>Обучающая выборка</translation>
    </message>
    <message>
        <source>Out-of-sample</source>
        <translation>Проверочная выборка</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>objective</source>
        <translation>цель</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>среднее</translation>
    </message>
    <message>
        <source>worst</source>
        <translation>худшее</translation>
    </message>
    <message>
        <source>CVaR {pct}</source>
        <translation>CVaR {pct}</translation>
    </message>
    <message>
        <source>{what} ({members}: {range})</source>
        <translation>{what} ({members}: {range})</translation>
    </message>
    <message>
        <source>  hard requirement broken in</source>
        <translation>  нарушены жёсткие ограничения</translation>
    </message>
    <message>
        <source>  Shortfall over the horizon, Mm³ (mean / CVaR {pct} / P(short &gt; {threshold} %))</source>
        <translation>  Дефицит за расчётный период, млн м³ (среднее / CVaR {pct} / P(дефицит &gt; {threshold} %))</translation>
    </message>
    <message>
        <source>determ.</source>
        <translation>детерм.</translation>
    </message>
    <message>
        <source>robust</source>
        <translation>устойч.</translation>
    </message>
    <message>
        <source>Robust schedule against ensemble &apos;{name}&apos; ({label}){seed}: K = {k} in-sample members, {measure} of the objective</source>
        <translation>Устойчивый график по ансамблю &apos;{name}&apos; ({label}){seed}: K = {k} реализаций обучающей выборки, {measure} целевой функции</translation>
    </message>
    <message>
        <source>Objective ({measure} over the in-sample members, minimised, {unit}): {before} → {after} (the LP&apos;s own value {lp})</source>
        <translation>Целевая функция ({measure} по реализациям обучающей выборки, минимизируется, {unit}): {before} → {after} (значение в самом ЛП {lp})</translation>
    </message>
    <message>
        <source>No out-of-sample members (--test-members 0).</source>
        <translation>Проверочной выборки нет (--test-members 0).</translation>
    </message>
    <message>
        <source>{iterations} LP(s), {stopping}; {variables} variables, {constraints} constraints, {nonzeros} non-zeros; {seconds} s ({lp_seconds} s building and solving LPs)</source>
        <translation>ЛП: {iterations}, {stopping}; переменных: {variables}, ограничений: {constraints}, ненулевых: {nonzeros}; {seconds} с (из них {lp_seconds} с на построение и решение ЛП)</translation>
    </message>
    <message>
        <source>(CVaR columns at 90 %: the measure optimised was the mean.)</source>
        <translation>(Столбцы CVaR при 90 %: оптимизировалось среднее.)</translation>
    </message>
</context>
<context>
    <name>SimulateCommand</name>
    <message>
        <source>Simulate a scenario&apos;s release schedules and print a summary table (and, when the scenario names countries, a table per country and ICWC season). With --out, also write one CSV per quantity (rows: periods; columns: nodes; units in the header) and summary.json.</source>
        <translation>Рассчитать графики попусков сценария и вывести сводную таблицу (а если в сценарии указаны страны — таблицу по странам и сезонам МКВК). С --out также записать по файлу CSV на каждую величину (строки — периоды; столбцы — узлы; единицы в заголовке) и summary.json.</translation>
    </message>
    <message>
        <source>folder for the CSV files and summary.json</source>
        <translation>папка для файлов CSV и summary.json</translation>
    </message>
    <message>
        <source>Wrote {count} files to {folder}</source>
        <translation>Записано файлов: {count}, папка {folder}</translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation> и ещё {count}</translation>
    </message>
    <message>
        <source>the summary holds numbers that are not finite: {fields}{more}</source>
        <translation>в сводке есть нечисловые значения: {fields}{more}</translation>
    </message>
    <message>
        <source>the water balance does not close (mass balance FAILED: residual {residual} Mm³, worst at node {node})</source>
        <translation>водный баланс не сходится (невязка {residual} млн м³, наибольшая в узле {node})</translation>
    </message>
    <message>
        <source>waterplanner: internal error: {faults}.
The scenario is valid, so this is a fault of WaterPlanner: please report it with the scenario file.</source>
        <translation>waterplanner: внутренняя ошибка: {faults}.
Сценарий корректен, значит, это ошибка WaterPlanner: сообщите о ней, приложив файл сценария.</translation>
    </message>
</context>
<context>
    <name>SummaryTable</name>
    <message>
        <source>Release targets not met ({count}):</source>
        <translation>Невыполненные задания по попускам ({count}):</translation>
    </message>
    <message>
        <source>  … and {count} more</source>
        <translation>  … и ещё {count}</translation>
    </message>
    <message>
        <source>Inflow set: {name}</source>
        <translation>Вариант притока: {name}</translation>
    </message>
    <message>
        <source>Demands                          demand km³  delivered km³  short %  reliab. %</source>
        <translation>Водопотребители, км³                 потребн.    подано      деф. %  надёж. %</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>  Worst: {name} ({short} % short; largest period shortfall {largest} Mm³)</source>
        <translation>  Наибольший дефицит: {name} ({short} %; максимальный дефицит за период {largest} млн м³)</translation>
    </message>
    <message>
        <source>Hydropower                       total GWh  winter GWh  summer GWh</source>
        <translation>ГЭС, ГВт·ч                               всего        зима        лето</translation>
    </message>
    <message>
        <source>Countries    water received km³  short %  energy GWh (winter / summer)</source>
        <translation>Страны       получено воды, км³   деф. %    ГВт·ч (зима / лето)</translation>
    </message>
    <message>
        <source>Reservoirs                       start km³  end km³  end % active  min km³  spill km³</source>
        <translation>Водохранилища, км³                   в начале  в конце     % полезн.     мин.  х. сброс</translation>
    </message>
    <message>
        <source>  (% active: {definition})</source>
        <translation>  (% полезн.: {definition})</translation>
    </message>
    <message>
        <source>{name}: inflow {inflow} km³, level {start} → {end} m, outflow over the crest {outflow} km³</source>
        <translation>{name}: приток {inflow} км³, уровень {start} → {end} м, сток через гребень {outflow} км³</translation>
    </message>
    <message>
        <source>from {source} {volume}</source>
        <translation>от {source} {volume}</translation>
    </message>
    <message>
        <source>{name}: {inflow} km³ (Oct–Mar {winter}): {sources}</source>
        <translation>{name}: {inflow} км³ (окт–мар {winter}): {sources}</translation>
    </message>
    <message>
        <source>Minimum flow at {node}: {deficit} Mm³ short</source>
        <translation>Минимальный расход в {node}: дефицит {deficit} млн м³</translation>
    </message>
    <message>
        <source>Link {link} carried {excess} Mm³ above its capacity</source>
        <translation>Участок {link} пропустил {excess} млн м³ сверх пропускной способности</translation>
    </message>
    <message>
        <source>Mass balance ok: residual {residual} Mm³ ({relative} of {throughput} km³ in play); worst node {node} {worst} Mm³</source>
        <translation>Водный баланс сходится: невязка {residual} млн м³ ({relative} от {throughput} км³ в обороте); наибольшая в узле {node}: {worst} млн м³</translation>
    </message>
    <message>
        <source>Mass balance FAILED: residual {residual} Mm³ ({relative} of {throughput} km³ in play); worst node {node} {worst} Mm³</source>
        <translation>Водный баланс НЕ СХОДИТСЯ: невязка {residual} млн м³ ({relative} от {throughput} км³ в обороте); наибольшая в узле {node}: {worst} млн м³</translation>
    </message>
    <message>
        <source>Simulated in {ms} ms</source>
        <translation>Расчёт занял {ms} мс</translation>
    </message>
</context>
<context>
    <name>TradeOffCommand</name>
    <message>
        <source>Risk axes over an inflow ensemble: mean:&lt;objective&gt; or cvar&lt;level&gt;:&lt;objective&gt;, e.g. cvar90:shortfall:kyzylorda (the mean of the worst 10 % of the members) against mean:energy::winter; with --ensemble, --members and --seed.</source>
        <translation>Оси риска по ансамблю притока: mean:&lt;цель&gt; или cvar&lt;уровень&gt;:&lt;цель&gt;, например cvar90:shortfall:kyzylorda (среднее по худшим 10 % реализаций) против mean:energy::winter; с --ensemble, --members и --seed.</translation>
    </message>
    <message>
        <source>Objectives available in {scenario}:</source>
        <translation>Цели, доступные в сценарии {scenario}:</translation>
    </message>
    <message>
        <source>Objectives available in this scenario:</source>
        <translation>Цели, доступные в этом сценарии:</translation>
    </message>
    <message>
        <source>(Give FILE or --default before --help to list a scenario&apos;s own.)</source>
        <translation>(Укажите FILE или --default перед --help, чтобы увидеть цели своего сценария.)</translation>
    </message>
    <message>
        <source>(cannot list the objectives: {reason})</source>
        <translation>(не удаётся перечислить цели: {reason})</translation>
    </message>
    <message>
        <source>Sweep an ε-constraint between two objectives and print the Pareto front (with --out, a CSV with one row per point and the schedule behind it).</source>
        <translation>Пройти ε-ограничением между двумя целями и вывести фронт Парето (с --out — CSV, по строке на точку с её графиком).</translation>
    </message>
    <message>
        <source>show this help and the objectives the scenario offers, then exit</source>
        <translation>показать эту справку и доступные в сценарии цели и выйти</translation>
    </message>
    <message>
        <source>the two objectives: labels of the scenario&apos;s optimisation section or kind[:node,node][:season], e.g. shortfall lake_inflow:north_aral (the list is below)</source>
        <translation>две цели: метки из раздела оптимизации сценария или kind[:node,node][:season], например shortfall lake_inflow:north_aral (список ниже)</translation>
    </message>
    <message>
        <source>number of points on the front (default 10, at least 2)</source>
        <translation>число точек фронта (по умолчанию 10, не меньше 2)</translation>
    </message>
    <message>
        <source>write the front to a CSV file</source>
        <translation>записать фронт в файл CSV</translation>
    </message>
    <message>
        <source>risk axes (over members of an inflow ensemble)</source>
        <translation>оси риска (по реализациям ансамбля притока)</translation>
    </message>
    <message>
        <source>sweep over members of this ensemble (without NAME: the scenario&apos;s first, else the default generator); implied by a risk axis</source>
        <translation>расчёт по реализациям этого ансамбля (без NAME — первый ансамбль сценария, иначе генератор по умолчанию); подразумевается осью риска</translation>
    </message>
    <message>
        <source>members in each LP (default {count})</source>
        <translation>реализаций в каждом ЛП (по умолчанию {count})</translation>
    </message>
    <message>
        <source>{option} needs --ensemble or a risk axis (cvar90:…, mean:…)</source>
        <translation>{option} требует --ensemble или оси риска (cvar90:…, mean:…)</translation>
    </message>
    <message>
        <source>--points must be at least 2</source>
        <translation>--points должно быть не меньше 2</translation>
    </message>
    <message>
        <source>stopping after the current point …</source>
        <translation>остановка после текущей точки …</translation>
    </message>
    <message>
        <source>Pareto front: {a} ({a_sense}, {a_unit}) vs {b} ({b_sense}, {b_unit})</source>
        <translation>Фронт Парето: {a} ({a_sense}, {a_unit}) против {b} ({b_sense}, {b_unit})</translation>
    </message>
    <message>
        <source>point</source>
        <translation>точка</translation>
    </message>
    <message>
        <source>  (dominated)</source>
        <translation>  (доминируемая)</translation>
    </message>
    <message>
        <source>infeasible</source>
        <translation>недопустимо</translation>
    </message>
    <message>
        <source>{points} point(s), {lps} LPs, {seconds} s</source>
        <translation>точек: {points}, ЛП: {lps}, {seconds} с</translation>
    </message>
    <message>
        <source> (cancelled: partial front)</source>
        <translation> (отменено: фронт неполный)</translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message>
        <source>Check a scenario file. Prints one problem per line on stderr as &apos;location: message&apos; (and their count on stdout). Exit 0 when valid, 2 when not.</source>
        <translation>Проверить файл сценария. Выводит по одной ошибке в строке в stderr в виде &apos;место: сообщение&apos; (и их число в stdout). Код выхода 0, если ошибок нет, иначе 2.</translation>
    </message>
    <message>
        <source>{file}: {problems}</source>
        <translation>{file}: {problems}</translation>
    </message>
    <message>
        <source>{file}: valid ({nodes}, {links}, {periods}, inflow sets: {sets})</source>
        <translation>{file}: ошибок нет ({nodes}, {links}, {periods}, варианты притока: {sets})</translation>
    </message>
    <message numerus="yes">
        <source>%n problems</source>
        <translation>
            <numerusform>%n ошибка</numerusform>
            <numerusform>%n ошибки</numerusform>
            <numerusform>%n ошибок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n nodes</source>
        <translation>
            <numerusform>%n узел</numerusform>
            <numerusform>%n узла</numerusform>
            <numerusform>%n узлов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n links</source>
        <translation>
            <numerusform>%n участок</numerusform>
            <numerusform>%n участка</numerusform>
            <numerusform>%n участков</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month periods</source>
        <translation>
            <numerusform>%n месячный период</numerusform>
            <numerusform>%n месячных периода</numerusform>
            <numerusform>%n месячных периодов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dekad periods</source>
        <translation>
            <numerusform>%n декада</numerusform>
            <numerusform>%n декады</numerusform>
            <numerusform>%n декад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day periods</source>
        <translation>
            <numerusform>%n суточный период</numerusform>
            <numerusform>%n суточных периода</numerusform>
            <numerusform>%n суточных периодов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>использование: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>позиционные аргументы</translation>
    </message>
    <message>
        <source>options</source>
        <translation>параметры</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>показать эту справку и выйти</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: ошибка: %(message)s
</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>не указаны обязательные аргументы: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>нераспознанные аргументы: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>недопустимое значение: %(value)r (выберите из %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>недопустимое значение типа %(type)s: %(value)r</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>аргумент %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>ожидался один аргумент</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>ожидалось не более одного аргумента</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>ожидался хотя бы один аргумент</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>ожидалось аргументов: %s</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>ожидалось аргументов: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>нельзя использовать вместе с аргументом %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>требуется один из аргументов %s</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>неоднозначный параметр: %(option)s может означать %(matches)s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>явно указанный аргумент %r проигнорирован</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>не удаётся открыть &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>неизвестная команда %(parser_name)r (возможные: %(choices)s)</translation>
    </message>
</context>
</TS>
