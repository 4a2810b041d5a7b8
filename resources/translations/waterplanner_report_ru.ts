<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>Report</name>
    <message>
        <source>Untitled scenario</source>
        <translation>Сценарий без названия</translation>
    </message>
    <message>
        <source>(not saved to a file)</source>
        <translation>(не сохранён в файл)</translation>
    </message>
    <message>
        <source>{name}, inflows &apos;{inflow_set}&apos;</source>
        <translation>{name}, приток «{inflow_set}»</translation>
    </message>
    <message>
        <source>, seed {seed}</source>
        <translation>, зерно генератора {seed}</translation>
    </message>
    <message>
        <source>ensemble {title}: {members}{seed}</source>
        <translation>ансамбль {title}: {members}{seed}</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>WaterPlanner · {title}</source>
        <translation>WaterPlanner · {title}</translation>
    </message>
    <message>
        <source>unsaved scenario</source>
        <translation>несохранённый сценарий</translation>
    </message>
    <message>
        <source>{file} · SHA-256 {hash}… · inflows: {inflows} · {date}</source>
        <translation>{file} · SHA-256 {hash}… · приток: {inflows} · {date}</translation>
    </message>
    <message>
        <source>Page {number} of {total}</source>
        <translation>Стр. {number} из {total}</translation>
    </message>
    <message>
        <source>cannot write {path}: permission denied (is the file read-only or open in another program?)</source>
        <translation>не удаётся записать {path}: нет доступа (файл только для чтения или открыт в другой программе?)</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>не удаётся записать {path}: {reason}</translation>
    </message>
    <message>
        <source>cannot write {path}: the folder {folder} does not exist</source>
        <translation>не удаётся записать {path}: папки {folder} не существует</translation>
    </message>
    <message>
        <source>cannot write {path}: it is a folder</source>
        <translation>не удаётся записать {path}: это папка</translation>
    </message>
    <message>
        <source>cannot write into {folder}: permission denied</source>
        <translation>нет доступа на запись в папку {folder}</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Подготовка</translation>
    </message>
    <message>
        <source>cannot write {path}: the PDF could not be started</source>
        <translation>не удаётся записать {path}: не удалось начать PDF</translation>
    </message>
    <message>
        <source>Drawing the title page</source>
        <translation>Титульный лист</translation>
    </message>
    <message>
        <source>Drawing page {number} of {total}</source>
        <translation>Страница {number} из {total}</translation>
    </message>
    <message>
        <source>cannot write {path}: making the PDF failed</source>
        <translation>не удаётся записать {path}: ошибка при создании PDF</translation>
    </message>
    <message>
        <source>Writing the file</source>
        <translation>Запись файла</translation>
    </message>
    <message>
        <source>cannot write {path}: the PDF came out empty</source>
        <translation>не удаётся записать {path}: PDF получился пустым</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>{title} – WaterPlanner report</source>
        <translation>{title} – отчёт WaterPlanner</translation>
    </message>
    <message>
        <source>Building {section}</source>
        <translation>Подготовка раздела: {section}</translation>
    </message>
    <message>
        <source>Laying out pages</source>
        <translation>Вёрстка страниц</translation>
    </message>
    <message numerus="yes">
        <source>%n members</source>
        <translation>
            <numerusform>%n реализация</numerusform>
            <numerusform>%n реализации</numerusform>
            <numerusform>%n реализаций</numerusform>
        </translation>
    </message>
    <message>
        <source>executive summary</source>
        <translation>сводка</translation>
    </message>
    <message>
        <source>cascade schematic</source>
        <translation>схема каскада</translation>
    </message>
    <message>
        <source>countries</source>
        <translation>страны</translation>
    </message>
    <message>
        <source>risk</source>
        <translation>риск</translation>
    </message>
    <message>
        <source>plots</source>
        <translation>графики</translation>
    </message>
    <message>
        <source>release schedules</source>
        <translation>графики попусков</translation>
    </message>
    <message>
        <source>shortfall</source>
        <translation>дефицит</translation>
    </message>
    <message>
        <source>baseline comparison</source>
        <translation>сравнение с базовым вариантом</translation>
    </message>
    <message>
        <source>optimisation</source>
        <translation>оптимизация</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>источники</translation>
    </message>
</context>
<context>
    <name>ReportComparison</name>
    <message>
        <source>Water delivered, {unit}</source>
        <translation>Водоподача, {unit}</translation>
    </message>
    <message>
        <source>Shortfall, %</source>
        <translation>Дефицит, %</translation>
    </message>
    <message>
        <source>Energy, {unit}</source>
        <translation>Выработка, {unit}</translation>
    </message>
    <message>
        <source>Winter energy, {unit}</source>
        <translation>Выработка зимой, {unit}</translation>
    </message>
    <message>
        <source>Summer energy, {unit}</source>
        <translation>Выработка летом, {unit}</translation>
    </message>
    <message>
        <source>Inflow to {lake}, {unit}</source>
        <translation>Приток в {lake}, {unit}</translation>
    </message>
    <message>
        <source>{lake} end level, {unit}</source>
        <translation>{lake}: уровень на конец, {unit}</translation>
    </message>
    <message>
        <source>{reservoir} end storage, {unit}</source>
        <translation>{reservoir}: объём на конец, {unit}</translation>
    </message>
    <message>
        <source>{reservoir} end fill (active), %</source>
        <translation>{reservoir}: наполнение полезного объёма на конец, %</translation>
    </message>
    <message>
        <source>Comparison with the baseline</source>
        <translation>Сравнение с базовым вариантом</translation>
    </message>
    <message>
        <source>Baseline: {baseline}. Changes are this scenario minus the baseline.</source>
        <translation>Базовый вариант: {baseline}. Изменения — этот сценарий минус базовый вариант.</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>This scenario</source>
        <translation>Этот сценарий</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Базовый вариант</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Changes by country</source>
        <translation>Изменения по странам</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Shortfall
%</source>
        <translation>Дефицит
%</translation>
    </message>
    <message>
        <source>Change
points</source>
        <translation>Изменение,
п. п.</translation>
    </message>
    <message>
        <source>Winter energy
change</source>
        <translation>Изменение
выработки зимой</translation>
    </message>
    <message>
        <source>Summer energy
change</source>
        <translation>Изменение
выработки летом</translation>
    </message>
    <message>
        <source>Shortfall by demand</source>
        <translation>Дефицит по водопотребителям</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Водопотребитель</translation>
    </message>
    <message>
        <source>Shortfall</source>
        <translation>Дефицит</translation>
    </message>
    <message>
        <source>Baseline
%</source>
        <translation>Базовый
вариант, %</translation>
    </message>
    <message>
        <source>The plots in &apos;Results over time&apos; overlay the baseline as dashed grey curves.</source>
        <translation>На графиках раздела «Результаты во времени» базовый вариант показан серыми штриховыми линиями.</translation>
    </message>
</context>
<context>
    <name>ReportCountries</name>
    <message>
        <source>Unassigned</source>
        <translation>Без страны</translation>
    </message>
    <message>
        <source>{volume} of water</source>
        <translation>{volume} воды</translation>
    </message>
    <message>
        <source>{volume} of water in {season}</source>
        <translation>{volume} воды, {season}</translation>
    </message>
    <message>
        <source>Withdrawal is the water entering the intakes of a country&apos;s demands, before the intakes&apos; losses; delivery is what reaches the fields and shortfall what the demands did not get. A demand irrigated by several countries (the Fergana Valley) is split among them by its shares. Limits are the ICWC&apos;s, per season of the water year: non-vegetation October–March and vegetation April–September; % of limit is the withdrawal as a share of the season&apos;s limit, printed in bold colour above 100 %. Flow formed is the local inflow of the rivers rising in a country, % of basin its share of the basin&apos;s inflow that season. Energy generated is that of the country&apos;s plants, at dams and run-of-river.</source>
        <translation>Водозабор — вода, поступившая в водозаборы водопотребителей страны, до потерь на водозаборах; водоподача — то, что дошло до полей, дефицит — то, что водопотребители недополучили. Водопотребитель, орошаемый несколькими странами (Ферганская долина), делится между ними по долям. Лимиты — лимиты МКВК на каждый период водохозяйственного года: межвегетационный (октябрь–март) и вегетационный (апрель–сентябрь); % лимита — водозабор в процентах от лимита периода, свыше 100 % выделен цветом. Формирование стока — местный приток рек, берущих начало в стране, % бассейна — его доля в притоке бассейна за период. Выработка — электроэнергия ГЭС страны, при плотинах и русловых.</translation>
    </message>
    <message>
        <source> An ICWC limit counts main-stem withdrawals at the ICWC&apos;s control points: where a country&apos;s demands hold more (small rivers, users below a control point), % of limit is not like for like; the scenario&apos;s notes say what each limit covers.</source>
        <translation> Лимит МКВК учитывает водозабор из основного русла в контрольных створах МКВК: если водопотребители страны включают больше (малые реки, водопользователи ниже створа), % лимита несопоставим напрямую; что охватывает каждый лимит, сказано в примечаниях сценария.</translation>
    </message>
    <message>
        <source> The exchange ledger moves energy from supplier to receiver in its season of every water year; net energy = generated + received − supplied.</source>
        <translation> По соглашениям об обмене электроэнергия передаётся от поставщика получателю в указанный период каждого водохозяйственного года; сальдо = выработка + получено − передано.</translation>
    </message>
    <message>
        <source>* Season only partly within the horizon: its limit is the whole season&apos;s; exchanges count for the days covered.</source>
        <translation>* Период лишь частично входит в расчётный: лимит указан на весь период; обмены учтены за охваченные дни.</translation>
    </message>
    <message>
        <source>* Season only partly within the horizon: its limit is the whole season&apos;s.</source>
        <translation>* Период лишь частично входит в расчётный: лимит указан на весь период.</translation>
    </message>
    <message>
        <source>Unassigned: demands, rivers and plants of no country.</source>
        <translation>Без страны — водопотребители, реки и ГЭС, не отнесённые ни к одной стране.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>ICWC season</source>
        <translation>Период МКВК</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <source>Water by country and season</source>
        <translation>Вода по странам и периодам</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Лимит</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>Водозабор</translation>
    </message>
    <message>
        <source>% of
limit</source>
        <translation>% от
лимита</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Водопотреб-
ность</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Водоподача</translation>
    </message>
    <message>
        <source>Shortfall</source>
        <translation>Дефицит</translation>
    </message>
    <message>
        <source>Flow formed</source>
        <translation>Формиро-
вание
стока</translation>
    </message>
    <message>
        <source>% of
basin</source>
        <translation>% от
бассейна</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Выработка</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Supplied</source>
        <translation>Передано</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Сальдо</translation>
    </message>
    <message>
        <source>Flow formation and energy</source>
        <translation>Формирование стока и выработка</translation>
    </message>
    <message>
        <source>Energy exchange ledger</source>
        <translation>Обмен электроэнергией</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Обмен</translation>
    </message>
    <message>
        <source>Supplier → receiver</source>
        <translation>Поставщик → получатель</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Энергия</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>In return</source>
        <translation>Взамен</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Each exchange repeats in every water year of the horizon.</source>
        <translation>Каждый обмен повторяется в каждом водохозяйственном году расчётного периода.</translation>
    </message>
    <message>
        <source>Changes from the baseline by country and season</source>
        <translation>Изменения относительно базового варианта по странам и периодам</translation>
    </message>
    <message>
        <source>Withdrawal
change</source>
        <translation>Изменение
водозабора</translation>
    </message>
    <message>
        <source>Shortfall
change</source>
        <translation>Изменение
дефицита</translation>
    </message>
    <message>
        <source>Generated
change</source>
        <translation>Изменение
выработки</translation>
    </message>
    <message>
        <source>Net energy
change</source>
        <translation>Изменение
сальдо</translation>
    </message>
    <message>
        <source>This scenario minus the baseline ({baseline}).</source>
        <translation>Этот сценарий минус базовый вариант ({baseline}).</translation>
    </message>
    <message numerus="yes">
        <source>The results hold %n ensemble members; these figures are those of {member}.</source>
        <translation>
            <numerusform>Результаты содержат %n реализацию ансамбля; здесь показана {member}.</numerusform>
            <numerusform>Результаты содержат %n реализации ансамбля; здесь показана {member}.</numerusform>
            <numerusform>Результаты содержат %n реализаций ансамбля; здесь показана {member}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportInputs</name>
    <message>
        <source>ensemble &apos;{name}&apos;, {members}</source>
        <translation>ансамбль «{name}», {members}</translation>
    </message>
    <message>
        <source>inflow set &apos;{name}&apos;</source>
        <translation>вариант притока «{name}»</translation>
    </message>
    <message numerus="yes">
        <source>%n members</source>
        <translation>
            <numerusform>%n реализация</numerusform>
            <numerusform>%n реализации</numerusform>
            <numerusform>%n реализаций</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportLayout</name>
    <message>
        <source>(continued)</source>
        <translation>(продолжение)</translation>
    </message>
</context>
<context>
    <name>ReportNames</name>
    <message>
        <source>all</source>
        <translation>все</translation>
    </message>
    <message>
        <source>hydropower plant, {field}</source>
        <translation>ГЭС, {field}</translation>
    </message>
    <message>
        <source>{field}, inflow set “{inflow_set}”</source>
        <translation>{field}, вариант притока «{inflow_set}»</translation>
    </message>
    <message>
        <source>release schedule ({unit})</source>
        <translation>график попусков ({unit})</translation>
    </message>
    <message>
        <source>Time base</source>
        <translation>Расчётный период</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Сценарий</translation>
    </message>
    <message>
        <source>Energy exchange {supplier} → {receiver}: {field}</source>
        <translation>Обмен электроэнергией {supplier} → {receiver}: {field}</translation>
    </message>
    <message>
        <source>{link}: {plant} (run-of-river plant), {field}</source>
        <translation>{link}: {plant} (русловая ГЭС), {field}</translation>
    </message>
    <message>
        <source>the reach {link}</source>
        <translation>участок {link}</translation>
    </message>
</context>
<context>
    <name>ReportOptimisation</name>
    <message>
        <source>irrigation shortfall</source>
        <translation>дефицит орошения</translation>
    </message>
    <message>
        <source>minimum-flow deficit</source>
        <translation>недобор минимального расхода</translation>
    </message>
    <message>
        <source>inflow to the terminal lake</source>
        <translation>приток в конечный водоём</translation>
    </message>
    <message>
        <source>hydropower energy</source>
        <translation>выработка ГЭС</translation>
    </message>
    <message>
        <source>carry-over storage below its target</source>
        <translation>переходящий объём ниже целевого</translation>
    </message>
    <message>
        <source>spill</source>
        <translation>холостой сброс</translation>
    </message>
    <message>
        <source>value of the releases</source>
        <translation>ценность попусков</translation>
    </message>
    <message>
        <source>storage within a rule curve</source>
        <translation>объём в пределах диспетчерского графика</translation>
    </message>
    <message>
        <source>release within bounds</source>
        <translation>попуск в заданных пределах</translation>
    </message>
    <message>
        <source>release changes at most a limit</source>
        <translation>изменение попуска не больше предела</translation>
    </message>
    <message>
        <source>storage at the end of the horizon at least</source>
        <translation>объём на конец расчётного периода не меньше</translation>
    </message>
    <message>
        <source>energy at least</source>
        <translation>выработка не меньше</translation>
    </message>
    <message>
        <source>inflow to the terminal lake at least</source>
        <translation>приток в конечный водоём не меньше</translation>
    </message>
    <message>
        <source>a limit of the network</source>
        <translation>ограничение сети</translation>
    </message>
    <message>
        <source>storage above dead storage</source>
        <translation>объём выше мёртвого</translation>
    </message>
    <message>
        <source>releases at least the minimum release</source>
        <translation>попуск не ниже минимального</translation>
    </message>
    <message>
        <source>storage below the flood-control curve</source>
        <translation>объём ниже противопаводковой кривой</translation>
    </message>
    <message>
        <source>river reaches carry at most their capacity</source>
        <translation>участки рек пропускают не больше своей пропускной способности</translation>
    </message>
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
        <source>inflow to the terminal lake below {volume}</source>
        <translation>приток в конечный водоём ниже {volume}</translation>
    </message>
    <message>
        <source>carry-over storage below {volume}</source>
        <translation>переходящий объём ниже {volume}</translation>
    </message>
    <message>
        <source> (priority-weighted)</source>
        <translation> (с весами приоритетов)</translation>
    </message>
    <message>
        <source> at {nodes}</source>
        <translation> в узлах: {nodes}</translation>
    </message>
    <message>
        <source> in {country}</source>
        <translation> в стране {country}</translation>
    </message>
    <message>
        <source>limit {name}</source>
        <translation>ограничение {name}</translation>
    </message>
    <message>
        <source> per period</source>
        <translation> за период</translation>
    </message>
    <message>
        <source> of {volume} per period</source>
        <translation> на {volume} за период</translation>
    </message>
    <message>
        <source>Optimisation settings</source>
        <translation>Параметры оптимизации</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Параметр</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>by priority, as the simulator shares it</source>
        <translation>по приоритетам, как распределяет модель</translation>
    </message>
    <message>
        <source>free (the optimiser chooses the deliveries)</source>
        <translation>свободное (водоподачу выбирает оптимизатор)</translation>
    </message>
    <message>
        <source>Reservoirs whose releases the optimiser decides: {reservoirs}. Water allocation among demands: {allocation}.</source>
        <translation>Водохранилища, попуски которых определяет оптимизатор: {reservoirs}. Распределение воды между водопотребителями: {allocation}.</translation>
    </message>
    <message>
        <source>maximise</source>
        <translation>максимум</translation>
    </message>
    <message>
        <source>minimise</source>
        <translation>минимум</translation>
    </message>
    <message>
        <source>Objective terms</source>
        <translation>Слагаемые цели оптимизации</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Слагаемое</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Смысл</translation>
    </message>
    <message>
        <source>Sense</source>
        <translation>Направл.</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <source>whole network</source>
        <translation>вся сеть</translation>
    </message>
    <message>
        <source>hard</source>
        <translation>жёсткое</translation>
    </message>
    <message>
        <source>soft (penalty {penalty})</source>
        <translation>мягкое (штраф {penalty})</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Требования</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Требование</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>Сезон</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Optimiser result</source>
        <translation>Результат оптимизатора</translation>
    </message>
    <message>
        <source>Objective (minimised): {before} before, {after} after optimising ({unit}), with the inflow set &apos;{inflow_set}&apos;.</source>
        <translation>Цель оптимизации (минимизируется): {before} до и {after} после оптимизации ({unit}), вариант притока «{inflow_set}».</translation>
    </message>
    <message>
        <source>This report simulates the inflow set &apos;{inflow_set}&apos;: its tables show the optimised schedules under those inflows.</source>
        <translation>Этот отчёт рассчитан для варианта притока «{inflow_set}»: его таблицы показывают оптимизированные графики при этом притоке.</translation>
    </message>
    <message>
        <source>converged</source>
        <translation>сошлось</translation>
    </message>
    <message>
        <source>not converged</source>
        <translation>не сошлось</translation>
    </message>
    <message>
        <source>Objective terms, before and after</source>
        <translation>Слагаемые цели до и после</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
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
        <source>Binding constraints</source>
        <translation>Активные ограничения</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Периоды</translation>
    </message>
    <message>
        <source>Shadow price</source>
        <translation>Теневая цена</translation>
    </message>
    <message>
        <source>The requirements that limit the optimum, largest shadow price first: relaxing one by a unit would improve the objective by about its shadow price (in {unit}).</source>
        <translation>Требования, ограничивающие оптимум, начиная с наибольшей теневой цены: ослабление требования на единицу улучшило бы цель примерно на его теневую цену (в {unit}).</translation>
    </message>
    <message>
        <source>No requirement binds at the optimum.</source>
        <translation>В оптимуме ни одно требование не активно.</translation>
    </message>
    <message>
        <source>units of value</source>
        <translation>единицы ценности</translation>
    </message>
    <message>
        <source>maximised</source>
        <translation>максимизируется</translation>
    </message>
    <message>
        <source>minimised</source>
        <translation>минимизируется</translation>
    </message>
    <message>
        <source>Trade-off</source>
        <translation>Компромисс</translation>
    </message>
    <message>
        <source>The front between two objectives: A, {a} ({unit_a}, {sense_a}), and B, {b} ({unit_b}, {sense_b}). Each point is the best A can be while B is no worse than a bound; the planner chose point {point} of {points}: A = {value_a} {unit_a}, B = {value_b} {unit_b}.</source>
        <translation>Фронт между двумя целями: A — {a} ({unit_a}, {sense_a}) и B — {b} ({unit_b}, {sense_b}). Каждая точка — лучшее значение A при B не хуже заданной границы; плановик выбрал точку {point} из {points}: A = {value_a} {unit_a}, B = {value_b} {unit_b}.</translation>
    </message>
    <message>
        <source> The sweep was stopped before it finished.</source>
        <translation> Расчёт фронта был остановлен до завершения.</translation>
    </message>
    <message>
        <source>efficient points of the front</source>
        <translation>эффективные точки фронта</translation>
    </message>
    <message>
        <source>dominated point</source>
        <translation>доминируемая точка</translation>
    </message>
    <message>
        <source>chosen point ({point})</source>
        <translation>выбранная точка ({point})</translation>
    </message>
    <message>
        <source>The trade-off front; each axis in its objective&apos;s unit.</source>
        <translation>Фронт компромисса; каждая ось — в единицах своей цели.</translation>
    </message>
    <message>
        <source>not feasible</source>
        <translation>недопустима</translation>
    </message>
    <message>
        <source>dominated</source>
        <translation>доминируема</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>выбрана</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Точка</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Before and after</source>
        <translation>До и после</translation>
    </message>
    <message>
        <source>&apos;Before&apos; is the scenario the schedules were applied to, &apos;after&apos; the scenario of this report, both simulated with the inflow set &apos;{inflow_set}&apos;.</source>
        <translation>«До» — сценарий, к которому были применены графики, «после» — сценарий этого отчёта; оба рассчитаны для варианта притока «{inflow_set}».</translation>
    </message>
    <message>
        <source>Shortfall, {unit}</source>
        <translation>Дефицит, {unit}</translation>
    </message>
    <message>
        <source>Hydropower, {unit}</source>
        <translation>Выработка ГЭС, {unit}</translation>
    </message>
    <message>
        <source>Inflow to the terminal lake, {unit}</source>
        <translation>Приток в конечный водоём, {unit}</translation>
    </message>
    <message>
        <source>Whole horizon</source>
        <translation>Весь расчётный период</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Объём водохранилищ</translation>
    </message>
    <message>
        <source>Reservoir</source>
        <translation>Водохранилище</translation>
    </message>
    <message>
        <source>End before</source>
        <translation>Конец, до</translation>
    </message>
    <message>
        <source>End after</source>
        <translation>Конец, после</translation>
    </message>
    <message>
        <source>Lowest before</source>
        <translation>Минимум, до</translation>
    </message>
    <message>
        <source>Lowest after</source>
        <translation>Минимум, после</translation>
    </message>
    <message>
        <source>Dead storage</source>
        <translation>Мёртвый объём</translation>
    </message>
    <message>
        <source>Lowest: the least storage reached over the horizon, the initial storage included.</source>
        <translation>Минимум — наименьший объём за расчётный период, включая начальный.</translation>
    </message>
    <message>
        <source>whole horizon</source>
        <translation>весь расчётный период</translation>
    </message>
    <message>
        <source>Energy by country and season</source>
        <translation>Выработка по странам и сезонам</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Shortfall by demand</source>
        <translation>Дефицит по водопотребителям</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Водопотребитель</translation>
    </message>
    <message>
        <source>The release schedules of this report were replaced by {source}, applied to the scenario &apos;{scenario}&apos;. The tables below compare it before and after.</source>
        <translation>Графики попусков этого отчёта заменены (источник: {source}) в сценарии «{scenario}». Таблицы ниже сравнивают сценарий до и после замены.</translation>
    </message>
    <message>
        <source>The results of this report were not simulated with one of the scenario&apos;s inflow sets, so they are not compared with the scenario before the schedules were applied.</source>
        <translation>Результаты этого отчёта рассчитаны не по одному из вариантов притока сценария, поэтому они не сравниваются со сценарием до применения графиков.</translation>
    </message>
    <message>
        <source>Optimisation</source>
        <translation>Оптимизация</translation>
    </message>
    <message>
        <source>Optimisation settings of the scenario</source>
        <translation>Параметры оптимизации сценария</translation>
    </message>
    <message>
        <source>The scenario states these objectives and requirements for the optimiser. Binding constraints are listed when the report is made from an applied optimiser result.</source>
        <translation>Сценарий задаёт оптимизатору эти цели и требования. Активные ограничения приводятся, если отчёт составлен по применённому результату оптимизатора.</translation>
    </message>
    <message numerus="yes">
        <source>%n linear programme(s), {state}</source>
        <translation>
            <numerusform>%n задача ЛП, {state}</numerusform>
            <numerusform>%n задачи ЛП, {state}</numerusform>
            <numerusform>%n задач ЛП, {state}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportPlots</name>
    <message>
        <source>none in this horizon</source>
        <translation>нет в расчётном периоде</translation>
    </message>
    <message>
        <source>this scenario (country colour)</source>
        <translation>этот сценарий (цвет страны)</translation>
    </message>
    <message>
        <source>this scenario (country colour), by month</source>
        <translation>этот сценарий (цвет страны), по месяцам</translation>
    </message>
    <message>
        <source>this scenario (country colour), by water year</source>
        <translation>этот сценарий (цвет страны), по водохозяйственным годам</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>базовый вариант</translation>
    </message>
    <message>
        <source>summer (Apr–Sep)</source>
        <translation>лето (апр–сен)</translation>
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
        <source>operating minimum</source>
        <translation>эксплуатационный минимум</translation>
    </message>
    <message>
        <source>guide curve (target)</source>
        <translation>диспетчерский график (цель)</translation>
    </message>
    <message>
        <source>Storage at the end of each month (the first point is the initial storage), with the capacity and the dead storage</source>
        <translation>Объём водохранилищ на конец каждого месяца (первая точка — начальный объём), с полным и мёртвым объёмом</translation>
    </message>
    <message>
        <source>Mean release over each month in {unit}</source>
        <translation>Средний попуск за каждый месяц, {unit}</translation>
    </message>
    <message>
        <source>Delivery (country colour) against demand (thin black) per month; the gap is the shortfall.</source>
        <translation>Водоподача (цвет страны) и водопотребность (тонкая чёрная линия) за месяц; разрыв между ними — дефицит.</translation>
    </message>
    <message>
        <source>Energy generated in each month, {unit}.</source>
        <translation>Выработка электроэнергии за каждый месяц, {unit}.</translation>
    </message>
    <message>
        <source>Lake level at the end of each month with the level of the outflow crest; inflow per month.</source>
        <translation>Уровень водоёма на конец каждого месяца и отметка гребня водосброса; приток за месяц.</translation>
    </message>
    <message>
        <source>Storage at the end of each water year (the first point is the initial storage), with the capacity and the dead storage</source>
        <translation>Объём водохранилищ на конец каждого водохозяйственного года (первая точка — начальный объём), с полным и мёртвым объёмом</translation>
    </message>
    <message>
        <source>Mean release over each water year in {unit}</source>
        <translation>Средний попуск за каждый водохозяйственный год, {unit}</translation>
    </message>
    <message>
        <source>Delivery (country colour) against demand (thin black) per water year; the gap is the shortfall.</source>
        <translation>Водоподача (цвет страны) и водопотребность (тонкая чёрная линия) за водохозяйственный год; разрыв между ними — дефицит.</translation>
    </message>
    <message>
        <source>Energy generated in each water year, {unit}.</source>
        <translation>Выработка электроэнергии за каждый водохозяйственный год, {unit}.</translation>
    </message>
    <message>
        <source>Lake level at the end of each water year with the level of the outflow crest; inflow per water year.</source>
        <translation>Уровень водоёма на конец каждого водохозяйственного года и отметка гребня водосброса; приток за водохозяйственный год.</translation>
    </message>
    <message>
        <source>Storage at the end of each period (the first point is the initial storage), with the capacity and the dead storage</source>
        <translation>Объём водохранилищ на конец каждого периода (первая точка — начальный объём), с полным и мёртвым объёмом</translation>
    </message>
    <message>
        <source>Mean release over each period in {unit}</source>
        <translation>Средний попуск за каждый период, {unit}</translation>
    </message>
    <message>
        <source>Delivery (country colour) against demand (thin black) per period; the gap is the shortfall.</source>
        <translation>Водоподача (цвет страны) и водопотребность (тонкая чёрная линия) за период; разрыв между ними — дефицит.</translation>
    </message>
    <message>
        <source>Energy generated in each period, {unit}.</source>
        <translation>Выработка электроэнергии за каждый период, {unit}.</translation>
    </message>
    <message>
        <source>Lake level at the end of each period with the level of the outflow crest; inflow per period.</source>
        <translation>Уровень водоёма на конец каждого периода и отметка гребня водосброса; приток за период.</translation>
    </message>
    <message>
        <source>Results over time</source>
        <translation>Результаты во времени</translation>
    </message>
    <message>
        <source>Every plot shows {member} of the inflow ensemble; &apos;Risk over the inflow ensemble&apos; draws all the members.</source>
        <translation>На всех графиках — {member} ансамбля притока; раздел «Риск по ансамблю притока» показывает все реализации.</translation>
    </message>
    <message>
        <source>The baseline ({baseline}) is drawn dashed and grey on every plot.</source>
        <translation>Базовый вариант ({baseline}) показан на всех графиках серой штриховой линией.</translation>
    </message>
    <message>
        <source>The baseline has a different time base and is not overlaid.</source>
        <translation>У базового варианта другой расчётный период, поэтому он не показан на графиках.</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Объём водохранилищ</translation>
    </message>
    <message>
        <source>, and the operating rules&apos; guide curves and operating minima.</source>
        <translation>, а также диспетчерские графики правил регулирования и эксплуатационные минимумы.</translation>
    </message>
    <message>
        <source>no release</source>
        <translation>нет попуска</translation>
    </message>
    <message>
        <source>spill</source>
        <translation>холостой сброс</translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>Попуски</translation>
    </message>
    <message>
        <source> (spill, where any, in purple).</source>
        <translation> (холостой сброс, если есть, — фиолетовым).</translation>
    </message>
    <message>
        <source>no demand</source>
        <translation>нет водопотребности</translation>
    </message>
    <message>
        <source>shortfall</source>
        <translation>дефицит</translation>
    </message>
    <message>
        <source>Deliveries and demands</source>
        <translation>Водоподача и водопотребность</translation>
    </message>
    <message>
        <source>demand</source>
        <translation>водопотребность</translation>
    </message>
    <message>
        <source>no generation</source>
        <translation>нет выработки</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Выработка электроэнергии</translation>
    </message>
    <message>
        <source>crest</source>
        <translation>гребень</translation>
    </message>
    <message>
        <source>Inflow to {lake}</source>
        <translation>Приток в {lake}</translation>
    </message>
    <message>
        <source>no inflow</source>
        <translation>нет притока</translation>
    </message>
    <message>
        <source>Terminal lake</source>
        <translation>Конечный водоём</translation>
    </message>
    <message>
        <source>outflow crest</source>
        <translation>гребень водосброса</translation>
    </message>
</context>
<context>
    <name>ReportRisk</name>
    <message>
        <source>Risk over the inflow ensemble</source>
        <translation>Риск по ансамблю притока</translation>
    </message>
    <message>
        <source>any shortfall</source>
        <translation>любом дефиците</translation>
    </message>
    <message>
        <source>a shortfall above {tolerance} % of the period&apos;s demand</source>
        <translation>дефиците выше {tolerance} % водопотребности периода</translation>
    </message>
    <message>
        <source>P(short &gt; {threshold} %) is the share of members whose shortfall over the whole horizon exceeds {threshold} % of their demand. A period fails on {tolerance}. Reliability is the share of periods with demand that did not fail; resilience the chance that a failed period is followed by one that does not fail; vulnerability the mean shortfall of the failed periods, in Mm³ and as % of their demand (Hashimoto, Stedinger &amp; Loucks 1982), all pooled over the members. Mean short is the shortfall over the horizon as % of demand, all members together. A country&apos;s figures are those of its demands together, a demand shared among countries split by its shares. &apos;–&apos;: the metric does not apply (no demand, or no period failed).</source>
        <translation>P(дефицит &gt; {threshold} %) — доля реализаций, у которых дефицит за весь расчётный период превышает {threshold} % водопотребности. Период считается отказом при {tolerance}. Надёжность — доля периодов с водопотребностью без отказа; восстанавливаемость — вероятность того, что за периодом отказа следует период без отказа; уязвимость — средний дефицит периодов отказа, в млн м³ и в % их водопотребности (Hashimoto, Stedinger &amp; Loucks 1982); всё — по всем реализациям вместе. Средний дефицит — дефицит за расчётный период в % водопотребности, по всем реализациям вместе. Показатели страны — по всем её водопотребителям, общая водопотребность делится по долям. «–»: показатель неприменим (нет водопотребности или не было отказов).</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Водо-
потреб-
ность</translation>
    </message>
    <message>
        <source>Mean short
%</source>
        <translation>Средний
дефицит, %</translation>
    </message>
    <message>
        <source>P(short &gt;
{threshold} %) %</source>
        <translation>P(дефицит &gt;
{threshold} %), %</translation>
    </message>
    <message>
        <source>Reliability
%</source>
        <translation>Надёж-
ность, %</translation>
    </message>
    <message>
        <source>Resilience
%</source>
        <translation>Восстанав-
ливае-
мость, %</translation>
    </message>
    <message>
        <source>Vulnerability
{unit} (% demand)</source>
        <translation>Уязвимость
{unit} (% водопотр.)</translation>
    </message>
    <message>
        <source>Supply risk by country</source>
        <translation>Риск недоподачи по странам</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Supply risk by demand</source>
        <translation>Риск недоподачи по водопотребителям</translation>
    </message>
    <message>
        <source>Demand</source>
        <comment>the column of the demands&apos; names</comment>
        <translation>Водопотребитель</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Probability
%</source>
        <translation>Вероятность
%</translation>
    </message>
    <message>
        <source>Mean amount
(all members)</source>
        <translation>Среднее значение
(все реализации)</translation>
    </message>
    <message>
        <source>Probability: share of members in which the event happens at least once over the horizon. Mean amount: over all members (periods below the minimum; Mm³ received or spilled).</source>
        <translation>Вероятность — доля реализаций, в которых событие происходит хотя бы раз за расчётный период. Среднее значение — по всем реализациям (число периодов ниже минимума; млн м³ поступления или сброса).</translation>
    </message>
    <message>
        <source>Energy of each country&apos;s plants (dams and run-of-river) summed over each ICWC season; P10/P50/P90 over the members.</source>
        <translation>Выработка ГЭС каждой страны (при плотинах и русловых), суммарно за каждый период МКВК; P10/P50/P90 — по реализациям.</translation>
    </message>
    <message>
        <source>Energy of each country&apos;s plants (dams and run-of-river) summed over each ICWC season; P10/P50/P90 over the members, read from fixed-edge histograms.</source>
        <translation>Выработка ГЭС каждой страны (при плотинах и русловых), суммарно за каждый период МКВК; P10/P50/P90 — по реализациям, по гистограммам с фиксированными границами.</translation>
    </message>
    <message>
        <source> * Season only partly within the horizon.</source>
        <translation> * Период лишь частично входит в расчётный.</translation>
    </message>
    <message>
        <source>Energy per country and season</source>
        <translation>Выработка по странам и периодам</translation>
    </message>
    <message>
        <source>ICWC season</source>
        <translation>Период МКВК</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Среднее</translation>
    </message>
    <message>
        <source>Change
points</source>
        <translation>Измене-
ние, п. п.</translation>
    </message>
    <message>
        <source>Baseline
%</source>
        <translation>Базовый
вариант, %</translation>
    </message>
    <message>
        <source>P(short)
%</source>
        <translation>P(деф.)
%</translation>
    </message>
    <message>
        <source>Change from the baseline</source>
        <translation>Изменение относительно базового варианта</translation>
    </message>
    <message>
        <source>Energy P50</source>
        <translation>Выработка P50</translation>
    </message>
    <message>
        <source>Baseline P50</source>
        <translation>Базовый P50</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Median energy of each country&apos;s plants over the members, per ICWC season.</source>
        <translation>Медианная по реализациям выработка ГЭС каждой страны за каждый период МКВК.</translation>
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
        <source>crest</source>
        <translation>гребень</translation>
    </message>
    <message>
        <source>90 % band (P5–P95), in the country&apos;s colour</source>
        <translation>полоса 90 % (P5–P95), цветом страны</translation>
    </message>
    <message>
        <source>50 % band (P25–P75)</source>
        <translation>полоса 50 % (P25–P75)</translation>
    </message>
    <message>
        <source>median of the members</source>
        <translation>медиана по реализациям</translation>
    </message>
    <message>
        <source>member {member}</source>
        <translation>реализация {member}</translation>
    </message>
    <message>
        <source>Storage over the members</source>
        <translation>Объём водохранилищ по реализациям</translation>
    </message>
    <message>
        <source>Deliveries over the members</source>
        <translation>Водоподача по реализациям</translation>
    </message>
    <message>
        <source>demand</source>
        <translation>водопотребность</translation>
    </message>
    <message>
        <source>Terminal lake over the members</source>
        <translation>Конечный водоём по реализациям</translation>
    </message>
    <message>
        <source>outflow crest</source>
        <translation>гребень водосброса</translation>
    </message>
    <message numerus="yes">
        <source>The results hold %n members of an inflow ensemble (their source was not recorded with them).</source>
        <translation>
            <numerusform>Результаты содержат %n реализацию ансамбля притока (их источник не записан).</numerusform>
            <numerusform>Результаты содержат %n реализации ансамбля притока (их источник не записан).</numerusform>
            <numerusform>Результаты содержат %n реализаций ансамбля притока (их источник не записан).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The other sections of this report show member {member}; this one covers all %n members. A member is short when its shortfall over the horizon exceeds {threshold} % of demand.</source>
        <translation>
            <numerusform>Остальные разделы отчёта показывают реализацию {member}; этот раздел охватывает все %n реализацию. Реализация считается дефицитной, если её дефицит за расчётный период превышает {threshold} % водопотребности.</numerusform>
            <numerusform>Остальные разделы отчёта показывают реализацию {member}; этот раздел охватывает все %n реализации. Реализация считается дефицитной, если её дефицит за расчётный период превышает {threshold} % водопотребности.</numerusform>
            <numerusform>Остальные разделы отчёта показывают реализацию {member}; этот раздел охватывает все %n реализаций. Реализация считается дефицитной, если её дефицит за расчётный период превышает {threshold} % водопотребности.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The baseline ({baseline}) simulated on the same %n members; changes are this scenario minus the baseline, in percentage points (energy in GWh).</source>
        <translation>
            <numerusform>Базовый вариант ({baseline}) рассчитан на той же %n реализации; изменения — этот сценарий минус базовый вариант, в процентных пунктах (выработка — в ГВт·ч).</numerusform>
            <numerusform>Базовый вариант ({baseline}) рассчитан на тех же %n реализациях; изменения — этот сценарий минус базовый вариант, в процентных пунктах (выработка — в ГВт·ч).</numerusform>
            <numerusform>Базовый вариант ({baseline}) рассчитан на тех же %n реализациях; изменения — этот сценарий минус базовый вариант, в процентных пунктах (выработка — в ГВт·ч).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Storage at the end of each month over the %n members: the median (country colour), the 50 % and 90 % bands, and the member the other sections show.</source>
        <translation>
            <numerusform>Объём водохранилищ на конец каждого месяца по %n реализации: медиана (цвет страны), полосы 50 % и 90 % и реализация, которую показывают остальные разделы.</numerusform>
            <numerusform>Объём водохранилищ на конец каждого месяца по %n реализациям: медиана (цвет страны), полосы 50 % и 90 % и реализация, которую показывают остальные разделы.</numerusform>
            <numerusform>Объём водохранилищ на конец каждого месяца по %n реализациям: медиана (цвет страны), полосы 50 % и 90 % и реализация, которую показывают остальные разделы.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Storage at the end of each water year over the %n members: the median (country colour), the 50 % and 90 % bands, and the member the other sections show.</source>
        <translation>
            <numerusform>Объём водохранилищ на конец каждого водохозяйственного года по %n реализации: медиана (цвет страны), полосы 50 % и 90 % и реализация, которую показывают остальные разделы.</numerusform>
            <numerusform>Объём водохранилищ на конец каждого водохозяйственного года по %n реализациям: медиана (цвет страны), полосы 50 % и 90 % и реализация, которую показывают остальные разделы.</numerusform>
            <numerusform>Объём водохранилищ на конец каждого водохозяйственного года по %n реализациям: медиана (цвет страны), полосы 50 % и 90 % и реализация, которую показывают остальные разделы.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Storage at the end of each period over the %n members: the median (country colour), the 50 % and 90 % bands, and the member the other sections show.</source>
        <translation>
            <numerusform>Объём водохранилищ на конец каждого периода по %n реализации: медиана (цвет страны), полосы 50 % и 90 % и реализация, которую показывают остальные разделы.</numerusform>
            <numerusform>Объём водохранилищ на конец каждого периода по %n реализациям: медиана (цвет страны), полосы 50 % и 90 % и реализация, которую показывают остальные разделы.</numerusform>
            <numerusform>Объём водохранилищ на конец каждого периода по %n реализациям: медиана (цвет страны), полосы 50 % и 90 % и реализация, которую показывают остальные разделы.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delivery per month over the %n members against the demand (thin black): where the band lies below the demand, members fall short.</source>
        <translation>
            <numerusform>Водоподача за месяц по %n реализации и водопотребность (тонкая чёрная линия): где полоса ниже водопотребности, реализации дефицитны.</numerusform>
            <numerusform>Водоподача за месяц по %n реализациям и водопотребность (тонкая чёрная линия): где полоса ниже водопотребности, реализации дефицитны.</numerusform>
            <numerusform>Водоподача за месяц по %n реализациям и водопотребность (тонкая чёрная линия): где полоса ниже водопотребности, реализации дефицитны.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delivery per water year over the %n members against the demand (thin black): where the band lies below the demand, members fall short.</source>
        <translation>
            <numerusform>Водоподача за водохозяйственный год по %n реализации и водопотребность (тонкая чёрная линия): где полоса ниже водопотребности, реализации дефицитны.</numerusform>
            <numerusform>Водоподача за водохозяйственный год по %n реализациям и водопотребность (тонкая чёрная линия): где полоса ниже водопотребности, реализации дефицитны.</numerusform>
            <numerusform>Водоподача за водохозяйственный год по %n реализациям и водопотребность (тонкая чёрная линия): где полоса ниже водопотребности, реализации дефицитны.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delivery per period over the %n members against the demand (thin black): where the band lies below the demand, members fall short.</source>
        <translation>
            <numerusform>Водоподача за период по %n реализации и водопотребность (тонкая чёрная линия): где полоса ниже водопотребности, реализации дефицитны.</numerusform>
            <numerusform>Водоподача за период по %n реализациям и водопотребность (тонкая чёрная линия): где полоса ниже водопотребности, реализации дефицитны.</numerusform>
            <numerusform>Водоподача за период по %n реализациям и водопотребность (тонкая чёрная линия): где полоса ниже водопотребности, реализации дефицитны.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lake level at the end of each month over the %n members, with the crest over which it spills.</source>
        <translation>
            <numerusform>Уровень водоёма на конец каждого месяца по %n реализации и гребень, через который идёт перелив.</numerusform>
            <numerusform>Уровень водоёма на конец каждого месяца по %n реализациям и гребень, через который идёт перелив.</numerusform>
            <numerusform>Уровень водоёма на конец каждого месяца по %n реализациям и гребень, через который идёт перелив.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lake level at the end of each water year over the %n members, with the crest over which it spills.</source>
        <translation>
            <numerusform>Уровень водоёма на конец каждого водохозяйственного года по %n реализации и гребень, через который идёт перелив.</numerusform>
            <numerusform>Уровень водоёма на конец каждого водохозяйственного года по %n реализациям и гребень, через который идёт перелив.</numerusform>
            <numerusform>Уровень водоёма на конец каждого водохозяйственного года по %n реализациям и гребень, через который идёт перелив.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lake level at the end of each period over the %n members, with the crest over which it spills.</source>
        <translation>
            <numerusform>Уровень водоёма на конец каждого периода по %n реализации и гребень, через который идёт перелив.</numerusform>
            <numerusform>Уровень водоёма на конец каждого периода по %n реализациям и гребень, через который идёт перелив.</numerusform>
            <numerusform>Уровень водоёма на конец каждого периода по %n реализациям и гребень, через который идёт перелив.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportSchematic</name>
    <message>
        <source>end {storage} {unit} ({fill} % active)</source>
        <translation>конец: {storage} {unit} (наполн. {fill} %)</translation>
    </message>
    <message>
        <source>short {percent} %</source>
        <translation>дефицит {percent} %</translation>
    </message>
    <message>
        <source>inflow {inflow} {unit}, end {level} {metres}</source>
        <translation>приток {inflow} {unit}, конец {level} {metres}</translation>
    </message>
    <message>
        <source>run-of-river plant</source>
        <translation>русловая ГЭС</translation>
    </message>
    <message>
        <source>inflow</source>
        <translation>приток</translation>
    </message>
    <message>
        <source>reservoir</source>
        <translation>водохранилище</translation>
    </message>
    <message>
        <source>demand</source>
        <translation>водопотребитель</translation>
    </message>
    <message>
        <source>minimum flow</source>
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
</context>
<context>
    <name>ReportSections</name>
    <message>
        <source>Executive summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Water demanded by the irrigation zones</source>
        <translation>Водопотребность зон орошения</translation>
    </message>
    <message>
        <source>Water delivered</source>
        <translation>Водоподача</translation>
    </message>
    <message>
        <source>Shortfall</source>
        <translation>Дефицит</translation>
    </message>
    <message>
        <source>Worst-supplied demand</source>
        <translation>Наибольший дефицит</translation>
    </message>
    <message>
        <source>{name}: {percent} short</source>
        <translation>{name}: дефицит {percent}</translation>
    </message>
    <message>
        <source>Hydropower, whole horizon</source>
        <translation>Выработка ГЭС за весь период</translation>
    </message>
    <message>
        <source>of which winter (Oct–Mar) / summer (Apr–Sep)</source>
        <translation>в т. ч. зима (окт–мар) / лето (апр–сен)</translation>
    </message>
    <message>
        <source>Inflow to {lake}</source>
        <translation>Приток в {lake}</translation>
    </message>
    <message>
        <source>{lake} level, start → end</source>
        <translation>{lake}: уровень, начало → конец</translation>
    </message>
    <message>
        <source>closes</source>
        <translation>сходится</translation>
    </message>
    <message>
        <source>DOES NOT CLOSE</source>
        <translation>НЕ СХОДИТСЯ</translation>
    </message>
    <message>
        <source>Water balance check</source>
        <translation>Проверка водного баланса</translation>
    </message>
    <message>
        <source> (residual {volume})</source>
        <translation> (невязка {volume})</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>By country</source>
        <translation>По странам</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Water received</source>
        <translation>Получено воды</translation>
    </message>
    <message>
        <source>Winter energy</source>
        <translation>Выработка зимой</translation>
    </message>
    <message>
        <source>Summer energy</source>
        <translation>Выработка летом</translation>
    </message>
    <message>
        <source>Aral inflow</source>
        <translation>Приток в Арал</translation>
    </message>
    <message>
        <source>Water received is what the country&apos;s irrigation zones were delivered (a zone shared by several countries split by its shares); energy is what its plants generated. Winter is October–March, summer April–September. Per season and with the limits: see Countries.</source>
        <translation>Получено воды — водоподача зонам орошения страны (зона, общая для нескольких стран, делится по долям); выработка — электроэнергия её ГЭС. Зима — октябрь–март, лето — апрель–сентябрь. По сезонам и с лимитами — см. раздел «Страны».</translation>
    </message>
    <message>
        <source>Demands</source>
        <translation>Водопотребители</translation>
    </message>
    <message>
        <source>Demand</source>
        <comment>the column of the demands&apos; names</comment>
        <translation>Водопотребитель</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Водопотребность</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Подано</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Надёжность</translation>
    </message>
    <message>
        <source>Worst
period</source>
        <translation>Худший
период</translation>
    </message>
    <message>
        <source>Reliability: share of the periods with a demand in which it was met in full.</source>
        <translation>Надёжность — доля периодов с водопотребностью, в которых она удовлетворена полностью.</translation>
    </message>
    <message>
        <source>Hydropower</source>
        <translation>Гидроэнергетика</translation>
    </message>
    <message>
        <source>Plant</source>
        <translation>ГЭС</translation>
    </message>
    <message>
        <source>Winter</source>
        <translation>Зима</translation>
    </message>
    <message>
        <source>Summer</source>
        <translation>Лето</translation>
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
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Конец</translation>
    </message>
    <message>
        <source>End fill
(active)</source>
        <translation>Наполнение
на конец</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>Минимум</translation>
    </message>
    <message>
        <source>Dead</source>
        <translation>Мёртвый</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Полный</translation>
    </message>
    <message>
        <source>Spill</source>
        <translation>Хол. сброс</translation>
    </message>
    <message>
        <source>Where water left the basin</source>
        <translation>Где вода покинула бассейн</translation>
    </message>
    <message>
        <source>Sink</source>
        <translation>Выход из системы</translation>
    </message>
    <message>
        <source>Oct-Mar</source>
        <translation>Окт–мар</translation>
    </message>
    <message>
        <source>From ({unit})</source>
        <translation>Откуда ({unit})</translation>
    </message>
    <message>
        <source>What reached each sink, and along which link: overflow from a reservoir or drainage returned from a zone.</source>
        <translation>Что поступило в каждый выход из системы и по какому участку: сброс из водохранилища или коллекторно-дренажный сток зоны.</translation>
    </message>
    <message>
        <source>Minimum flow at {name}: {volume} short.</source>
        <translation>Минимальный расход в створе {name}: недобор {volume}.</translation>
    </message>
    <message>
        <source>The reach {link} carried {volume} above its capacity (flooding).</source>
        <translation>Участок {link} пропустил {volume} сверх своей пропускной способности (затопление).</translation>
    </message>
    <message>
        <source>{name} (run-of-river)</source>
        <translation>{name} (русловая)</translation>
    </message>
    <message>
        <source>Cascade schematic</source>
        <translation>Схема каскада</translation>
    </message>
    <message>
        <source>Nodes at their schematic positions, coloured by country. Rivers in slate blue, abstractions grey, return flows dashed, overflow paths dotted. Reservoirs show their storage at the end of the horizon and their fill then, {definition}; demands show their shortfall.</source>
        <translation>Узлы на своих местах схемы, цвет — по стране. Реки — серо-синие, водозаборы — серые, возвратный сток — штриховой линией, пути сброса — пунктиром. У водохранилищ указаны объём на конец расчётного периода и его {definition}; у водопотребителей — дефицит.</translation>
    </message>
    <message>
        <source>The target releases of the scenario, as the planner set them.</source>
        <translation>Плановые попуски сценария, как их задал плановик.</translation>
    </message>
    <message>
        <source> Summer months (April–September) are shaded.</source>
        <translation> Летние месяцы (апрель–сентябрь) затенены.</translation>
    </message>
    <message>
        <source> Where a reservoir could not follow its target (too little water, or a full reservoir), the plots show the release actually made.</source>
        <translation> Где водохранилище не могло выдержать план (мало воды или водохранилище заполнено), графики показывают фактический попуск.</translation>
    </message>
    <message>
        <source>Release schedules</source>
        <translation>Графики попусков</translation>
    </message>
    <message>
        <source>Releases in {unit} per period</source>
        <translation>Попуски, {unit} за период</translation>
    </message>
    <message>
        <source>Releases in {unit} per month</source>
        <translation>Попуски, {unit} за месяц</translation>
    </message>
    <message>
        <source>Releases in {unit} per water year</source>
        <translation>Попуски, {unit} за водохозяйственный год</translation>
    </message>
    <message>
        <source>Releases in {unit}</source>
        <translation>Попуски, {unit}</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Среднее</translation>
    </message>
    <message>
        <source>Release targets not met</source>
        <translation>Невыполненные плановые попуски</translation>
    </message>
    <message>
        <source>Periods in which a reservoir released a different amount than its target, because it could not do otherwise.</source>
        <translation>Периоды, в которых водохранилище пропустило не столько, сколько было запланировано, потому что иначе не могло.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Попуск</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Shortfall by demand and period</source>
        <translation>Дефицит по водопотребителям и периодам</translation>
    </message>
    <message>
        <source>Total shortfall {volume} ({percent} of demand).</source>
        <translation>Суммарный дефицит {volume} ({percent} водопотребности).</translation>
    </message>
    <message numerus="yes">
        <source>%n more period(s) not listed.</source>
        <translation>
            <numerusform>Ещё %n период не показан.</numerusform>
            <numerusform>Ещё %n периода не показаны.</numerusform>
            <numerusform>Ещё %n периодов не показано.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The results hold %n ensemble members; this summary and the other sections show {member}. &apos;Risk over the inflow ensemble&apos; covers them all.</source>
        <translation>
            <numerusform>Результаты содержат %n реализацию ансамбля; в этой сводке и в остальных разделах показана {member}. Раздел «Риск по ансамблю притока» охватывает все.</numerusform>
            <numerusform>Результаты содержат %n реализации ансамбля; в этой сводке и в остальных разделах показана {member}. Раздел «Риск по ансамблю притока» охватывает все.</numerusform>
            <numerusform>Результаты содержат %n реализаций ансамбля; в этой сводке и в остальных разделах показана {member}. Раздел «Риск по ансамблю притока» охватывает все.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill: {definition}.</source>
        <translation>Под наполнением понимается {definition}.</translation>
    </message>
</context>
<context>
    <name>ReportSources</name>
    <message>
        <source>cited</source>
        <translation>ссылка</translation>
    </message>
    <message>
        <source>derived</source>
        <translation>расчёт</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>оценка</translation>
    </message>
    <message>
        <source>unspecified</source>
        <translation>не указан</translation>
    </message>
    <message>
        <source>Time base: {periods} from {first} to {last} (water year starting in month {month}).</source>
        <translation>Расчётный период: {periods} с {first} по {last} (водохозяйственный год начинается с {month}-го месяца).</translation>
    </message>
    <message>
        <source>Each reservoir follows its target release unless storage, the minimum or maximum release or its flood-control space forces otherwise; water above capacity spills.</source>
        <translation>Каждое водохранилище выдерживает плановый попуск, если этому не препятствуют объём, минимальный или максимальный попуск или противопаводковая ёмкость; вода сверх полного объёма уходит в холостой сброс.</translation>
    </message>
    <message>
        <source>Demands take water at their intake in priority order, upstream first; a share returns downstream. Demands at a minimum-flow point take only what exceeds it.</source>
        <translation>Водопотребители забирают воду на своих водозаборах в порядке приоритета, сначала верхние по течению; часть воды возвращается ниже по течению. Водопотребители у створа минимального расхода берут только то, что его превышает.</translation>
    </message>
    <message>
        <source>Evaporation and precipitation act on the surface area interpolated from each level–area–volume table. Energy uses the net head (level minus tailwater) and the turbine flow, capped at the turbine capacity; spill makes no energy.</source>
        <translation>Испарение и осадки рассчитываются по площади зеркала, интерполированной по кривой «уровень – площадь – объём». Выработка определяется полезным напором (уровень минус уровень нижнего бьефа) и расходом через турбины, ограниченным пропускной способностью турбин; холостой сброс электроэнергию не вырабатывает.</translation>
    </message>
    <message>
        <source>Winter is October–March (non-vegetation season), summer April–September.</source>
        <translation>Зима — октябрь–март (межвегетационный период), лето — апрель–сентябрь.</translation>
    </message>
    <message>
        <source>Volumes are in million m³ (Mm³) per period; flows in m³/s are period means, converted with each period&apos;s exact length.</source>
        <translation>Объёмы — в миллионах м³ (млн м³) за период; расходы в м³/с — средние за период, пересчитанные по точной длительности каждого периода.</translation>
    </message>
    <message>
        <source>A reservoir&apos;s fill in % is its {definition}.</source>
        <translation>Наполнение водохранилища в % — это {definition}.</translation>
    </message>
    <message>
        <source>{count} {basis}</source>
        <translation>{basis}: {count}</translation>
    </message>
    <message>
        <source>Sources of the numbers</source>
        <translation>Источники данных</translation>
    </message>
    <message>
        <source>{entries} ({summary}). Basis: cited = taken from the reference; derived = computed from cited numbers; estimate = the modeller&apos;s judgement.</source>
        <translation>{entries} ({summary}). Тип: ссылка — взято из указанного источника; расчёт — вычислено по приведённым числам; оценка — экспертное суждение разработчика модели.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Величина</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Refs</source>
        <translation>Ссылки</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Assumptions and data sources</source>
        <translation>Допущения и источники данных</translation>
    </message>
    <message>
        <source>(Cut after {count} characters; the whole text is in the scenario file.)</source>
        <translation>(Обрезано после {count} символов; полный текст — в файле сценария.)</translation>
    </message>
    <message>
        <source>Model assumptions</source>
        <translation>Допущения модели</translation>
    </message>
    <message>
        <source>This report uses the {inflows} (see &apos;Risk over the inflow ensemble&apos;).</source>
        <translation>В отчёте используется {inflows} (см. раздел «Риск по ансамблю притока»).</translation>
    </message>
    <message>
        <source>This report uses the {inflows}.</source>
        <translation>В отчёте используется {inflows}.</translation>
    </message>
    <message>
        <source>Inflow sets</source>
        <translation>Варианты притока</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Вариант</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Литература</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Источник</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportTime</name>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Water year</source>
        <translation>Водохоз. год</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>The horizon has {periods}, too many to print one by one: </source>
        <translation>Расчётный период содержит {periods} — слишком много, чтобы выводить каждый: </translation>
    </message>
    <message>
        <source>starting in January</source>
        <translation>начиная с января</translation>
    </message>
    <message>
        <source>starting in February</source>
        <translation>начиная с февраля</translation>
    </message>
    <message>
        <source>starting in March</source>
        <translation>начиная с марта</translation>
    </message>
    <message>
        <source>starting in April</source>
        <translation>начиная с апреля</translation>
    </message>
    <message>
        <source>starting in May</source>
        <translation>начиная с мая</translation>
    </message>
    <message>
        <source>starting in June</source>
        <translation>начиная с июня</translation>
    </message>
    <message>
        <source>starting in July</source>
        <translation>начиная с июля</translation>
    </message>
    <message>
        <source>starting in August</source>
        <translation>начиная с августа</translation>
    </message>
    <message>
        <source>starting in September</source>
        <translation>начиная с сентября</translation>
    </message>
    <message>
        <source>starting in October</source>
        <translation>начиная с октября</translation>
    </message>
    <message>
        <source>starting in November</source>
        <translation>начиная с ноября</translation>
    </message>
    <message>
        <source>starting in December</source>
        <translation>начиная с декабря</translation>
    </message>
    <message>
        <source>tables and plots show one row or step per water year ({starting}): volumes and energy summed, flows averaged over the time, storages and levels at the water year&apos;s end.</source>
        <translation>таблицы и графики показывают одну строку или шаг на водохозяйственный год ({starting}): объёмы и выработка суммируются, расходы усредняются по времени, объёмы водохранилищ и уровни берутся на конец водохозяйственного года.</translation>
    </message>
    <message>
        <source>tables and plots show one row or step per month: volumes and energy summed, flows averaged over the time, storages and levels at the month&apos;s end.</source>
        <translation>таблицы и графики показывают одну строку или шаг на месяц: объёмы и выработка суммируются, расходы усредняются по времени, объёмы водохранилищ и уровни берутся на конец месяца.</translation>
    </message>
    <message>
        <source> The daily values are in the Excel export ({command}).</source>
        <translation> Суточные значения — в выгрузке Excel ({command}).</translation>
    </message>
    <message>
        <source> The dekad values are in the Excel export ({command}).</source>
        <translation> Декадные значения — в выгрузке Excel ({command}).</translation>
    </message>
    <message>
        <source> The monthly values are in the Excel export ({command}).</source>
        <translation> Месячные значения — в выгрузке Excel ({command}).</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <source>{first}–{last} {month} {year}</source>
        <translation>{first}–{last} {month} {year}</translation>
    </message>
    <message numerus="yes">
        <source>{count} day periods</source>
        <translation>
            <numerusform>{count} суточный период</numerusform>
            <numerusform>{count} суточных периода</numerusform>
            <numerusform>{count} суточных периодов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} dekad periods</source>
        <translation>
            <numerusform>{count} декадный период</numerusform>
            <numerusform>{count} декадных периода</numerusform>
            <numerusform>{count} декадных периодов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} month periods</source>
        <translation>
            <numerusform>{count} месячный период</numerusform>
            <numerusform>{count} месячных периода</numerusform>
            <numerusform>{count} месячных периодов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} daily periods</source>
        <translation>
            <numerusform>{count} суточный период</numerusform>
            <numerusform>{count} суточных периода</numerusform>
            <numerusform>{count} суточных периодов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} monthly periods</source>
        <translation>
            <numerusform>{count} месячный период</numerusform>
            <numerusform>{count} месячных периода</numerusform>
            <numerusform>{count} месячных периодов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportTitle</name>
    <message>
        <source>{day} January {year}</source>
        <translation>{day} января {year} г.</translation>
    </message>
    <message>
        <source>{day} February {year}</source>
        <translation>{day} февраля {year} г.</translation>
    </message>
    <message>
        <source>{day} March {year}</source>
        <translation>{day} марта {year} г.</translation>
    </message>
    <message>
        <source>{day} April {year}</source>
        <translation>{day} апреля {year} г.</translation>
    </message>
    <message>
        <source>{day} May {year}</source>
        <translation>{day} мая {year} г.</translation>
    </message>
    <message>
        <source>{day} June {year}</source>
        <translation>{day} июня {year} г.</translation>
    </message>
    <message>
        <source>{day} July {year}</source>
        <translation>{day} июля {year} г.</translation>
    </message>
    <message>
        <source>{day} August {year}</source>
        <translation>{day} августа {year} г.</translation>
    </message>
    <message>
        <source>{day} September {year}</source>
        <translation>{day} сентября {year} г.</translation>
    </message>
    <message>
        <source>{day} October {year}</source>
        <translation>{day} октября {year} г.</translation>
    </message>
    <message>
        <source>{day} November {year}</source>
        <translation>{day} ноября {year} г.</translation>
    </message>
    <message>
        <source>{day} December {year}</source>
        <translation>{day} декабря {year} г.</translation>
    </message>
    <message>
        <source>date of the initial state not stated</source>
        <translation>дата начального состояния не указана</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
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
        <source>Initial state</source>
        <translation>Начальное состояние</translation>
    </message>
    <message>
        <source>Inflows</source>
        <translation>Приток</translation>
    </message>
    <message>
        <source>Inflow set</source>
        <translation>Вариант притока</translation>
    </message>
    <message>
        <source>Member reported</source>
        <translation>Показанная реализация</translation>
    </message>
    <message>
        <source>{member}; the section &apos;Risk over the inflow ensemble&apos; covers all members</source>
        <translation>{member}; раздел «Риск по ансамблю притока» охватывает все реализации</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Расчётный период</translation>
    </message>
    <message>
        <source>{first} – {last} ({periods})</source>
        <translation>{first} – {last} ({periods})</translation>
    </message>
    <message>
        <source>replaced by {source} (see page {page})</source>
        <translation>заменены; источник: {source} (см. стр. {page})</translation>
    </message>
    <message>
        <source>replaced by {source}</source>
        <translation>заменены; источник: {source}</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Базовый вариант</translation>
    </message>
    <message>
        <source>Scenario file</source>
        <translation>Файл сценария</translation>
    </message>
    <message>
        <source>SHA-256 of the file</source>
        <translation>SHA-256 файла</translation>
    </message>
    <message>
        <source>SHA-256 of the scenario</source>
        <translation>SHA-256 сценария</translation>
    </message>
    <message>
        <source>SHA-256 as simulated</source>
        <translation>SHA-256 рассчитанного</translation>
    </message>
    <message>
        <source>(the scenario had changes not saved to the file)</source>
        <translation>(в сценарии были изменения, не сохранённые в файл)</translation>
    </message>
    <message>
        <source>Release schedules</source>
        <translation>Графики попусков</translation>
    </message>
    <message>
        <source>Reservoir release planning report</source>
        <translation>Отчёт о планировании попусков из водохранилищ</translation>
    </message>
    <message>
        <source>Produced offline by WaterPlanner {version}. Every number in this report comes from simulating the scenario file named above; its SHA-256 hash identifies the exact input.</source>
        <translation>Подготовлено без подключения к сети программой WaterPlanner {version}. Все числа отчёта получены расчётом по указанному выше файлу сценария; его хеш SHA-256 однозначно определяет исходные данные.</translation>
    </message>
    <message>
        <source>Shortfall</source>
        <translation>Дефицит</translation>
    </message>
    <message>
        <source>{shortfall} {unit} of {demand} {unit}</source>
        <translation>{shortfall} {unit} из {demand} {unit}</translation>
    </message>
    <message>
        <source>Hydropower</source>
        <translation>Выработка ГЭС</translation>
    </message>
    <message>
        <source>winter {winter} / summer {summer}</source>
        <translation>зима {winter} / лето {summer}</translation>
    </message>
    <message>
        <source>Aral inflow</source>
        <translation>Приток в Арал</translation>
    </message>
    <message>
        <source>Lake inflow</source>
        <translation>Приток в водоём</translation>
    </message>
    <message>
        <source>level {level} at end</source>
        <translation>уровень на конец: {level}</translation>
    </message>
</context>
</TS>
