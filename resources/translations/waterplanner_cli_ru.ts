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
