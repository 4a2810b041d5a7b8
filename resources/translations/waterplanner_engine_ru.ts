<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>CountryLimits</name>
    <message>
        <source>either season</source>
        <translation>ни одного из сезонов</translation>
    </message>
    <message>
        <source>the vegetation season (Apr–Sep)</source>
        <translation>вегетационный период (апр–сен)</translation>
    </message>
    <message>
        <source>the non-vegetation season (Oct–Mar)</source>
        <translation>межвегетационный период (окт–мар)</translation>
    </message>
    <message>
        <source>the requirement &apos;{label}&apos; holds {country}&apos;s withdrawals to its ICWC limit, but this scenario sets {country} no limit for {season}: set the limit (Scenario → Water sharing and countries) or remove the requirement</source>
        <translation>ограничение &apos;{label}&apos; удерживает водозабор страны {country} в пределах лимита МКВК, но в этом сценарии для страны {country} не задан лимит на {season}: задайте лимит (Сценарий → Вододеление и страны) или удалите ограничение</translation>
    </message>
    <message>
        <source>{country}&apos;s withdrawals at most its vegetation-season (Apr–Sep) limit {limit} Mm³ in {season}{part}</source>
        <translation>водозабор страны {country} не больше её лимита на вегетационный период (апр–сен) {limit} млн м³, {season}{part}</translation>
    </message>
    <message>
        <source>{country}&apos;s withdrawals at most its non-vegetation-season (Oct–Mar) limit {limit} Mm³ in {season}{part}</source>
        <translation>водозабор страны {country} не больше её лимита на межвегетационный период (окт–мар) {limit} млн м³, {season}{part}</translation>
    </message>
    <message>
        <source> (the horizon covers part of it)</source>
        <translation> (расчётный период охватывает его частично)</translation>
    </message>
</context>
<context>
    <name>Defaults</name>
    <message>
        <source>carry-over off</source>
        <translation>переходящий запас не задан</translation>
    </message>
    <message>
        <source>no default carry-over (every decision reservoir states its own end storage)</source>
        <translation>переходящий запас по умолчанию не применяется (для каждого управляемого водохранилища задан свой конечный объём)</translation>
    </message>
    <message>
        <source>carry-over hard (end storage ≥ start storage) at {reservoirs}</source>
        <translation>переходящий запас жёсткий (конечный объём ≥ начального) для: {reservoirs}</translation>
    </message>
    <message>
        <source>carry-over soft at {reservoirs} (end storage ≥ start storage; each Mm³ below both the start and what the input schedule leaves costs {penalty} {unit})</source>
        <translation>переходящий запас мягкий для: {reservoirs} (конечный объём ≥ начального; каждый млн м³ ниже и начального объёма, и того, что оставляет исходный график, стоит {penalty} {unit})</translation>
    </message>
    <message>
        <source>; own end-storage requirement at {reservoirs}</source>
        <translation>; собственное ограничение конечного объёма: {reservoirs}</translation>
    </message>
    <message>
        <source>regularisation off</source>
        <translation>регуляризация отключена</translation>
    </message>
    <message>
        <source>regularisation {deviation} per Mm³ of deviation from the input schedule and {ramping} per Mm³ of change from one period to the next</source>
        <translation>регуляризация: {deviation} за млн м³ отклонения от исходного графика и {ramping} за млн м³ изменения от периода к периоду</translation>
    </message>
    <message>
        <source>Defaults: {carry_over}; {regularisation}.</source>
        <translation>Параметры по умолчанию: {carry_over}; {regularisation}.</translation>
    </message>
</context>
<context>
    <name>EnsembleFiles</name>
    <message>
        <source>{module} is not installed: ensemble result files need the optional extra, pip install &quot;waterplanner[scale]&quot;</source>
        <translation>{module} не установлен: для файлов результатов ансамбля нужен дополнительный пакет, pip install &quot;waterplanner[scale]&quot;</translation>
    </message>
    <message>
        <source>{path}: ensemble results are written as .nc (NetCDF) or .zarr</source>
        <translation>{path}: результаты ансамбля записываются в формате .nc (NetCDF) или .zarr</translation>
    </message>
</context>
<context>
    <name>EnsembleRun</name>
    <message>
        <source>&apos;generated&apos; ({label})</source>
        <translation>«{label}»</translation>
    </message>
    <message>
        <source>, seed {seed}</source>
        <translation>, начальное значение {seed}</translation>
    </message>
    <message>
        <source>Ensemble {title}: {source}, {members}{seed}.</source>
        <translation>Ансамбль {title}: {source}, {members}{seed}.</translation>
    </message>
    <message>
        <source>lognormal_ar1</source>
        <translation>«логнормальный АР(1)»</translation>
    </message>
    <message>
        <source>stochastic generator {method}</source>
        <translation>стохастический генератор {method}</translation>
    </message>
    <message>
        <source>record of the inflow set &apos;{name}&apos;</source>
        <translation>ряд наблюдений варианта притока &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>stored members</source>
        <translation>сохранённые реализации</translation>
    </message>
    <message>
        <source>The baseline has other inflow nodes than the plan: it is not shown with the ensemble</source>
        <translation>У базового варианта другие узлы притока, чем в плане: он не показывается вместе с ансамблем</translation>
    </message>
    <message>
        <source>no member called &apos;{which}&apos; (driest, median or wettest)</source>
        <translation>нет реализации &apos;{which}&apos; (driest, median или wettest)</translation>
    </message>
    <message>
        <source>driest</source>
        <translation>самая маловодная</translation>
    </message>
    <message>
        <source>median</source>
        <translation>медианная</translation>
    </message>
    <message>
        <source>wettest</source>
        <translation>самая многоводная</translation>
    </message>
    <message>
        <source>member {number} of {count} ({rank})</source>
        <translation>реализация {number} из {count} ({rank})</translation>
    </message>
    <message>
        <source>member {number} of {count}</source>
        <translation>реализация {number} из {count}</translation>
    </message>
</context>
<context>
    <name>Ensembles</name>
    <message>
        <source>Generated from the inflow sets</source>
        <translation>Сгенерирован по вариантам притока</translation>
    </message>
    <message>
        <source>The default stochastic generator (lognormal_ar1) fitted to the scenario&apos;s own inflow sets.</source>
        <translation>Стохастический генератор по умолчанию («логнормальный АР(1)»), подобранный по вариантам притока самого сценария.</translation>
    </message>
    <message>
        <source>the scenario has no ensemble &apos;{name}&apos; (it has: {names})</source>
        <translation>в сценарии нет ансамбля &apos;{name}&apos; (есть: {names})</translation>
    </message>
    <message>
        <source>seed {seed} is outside 0 to 2^53 - 1</source>
        <translation>начальное значение {seed} вне диапазона от 0 до 2^53 - 1</translation>
    </message>
    <message>
        <source>&apos;{method}&apos; is not a generator (use one of: {methods})</source>
        <translation>&apos;{method}&apos; — не генератор (используйте один из: {methods})</translation>
    </message>
    <message>
        <source>ensemble &apos;{name}&apos; has {members} (the water years of its record), not {asked}</source>
        <translation>в ансамбле &apos;{name}&apos; {members} (водохозяйственные годы ряда наблюдений), а не {asked}</translation>
    </message>
    <message>
        <source>ensemble &apos;{name}&apos; has {members}, not {asked}</source>
        <translation>в ансамбле &apos;{name}&apos; {members}, а не {asked}</translation>
    </message>
    <message>
        <source>Each water year of the inflow set &apos;{name}&apos; is a member, index-sequential.</source>
        <translation>Каждый водохозяйственный год варианта притока &apos;{name}&apos; — отдельная реализация (индексно-последовательный метод).</translation>
    </message>
    <message>
        <source>Inflow set &apos;{name}&apos; in every member for: {nodes}.</source>
        <translation>Вариант притока &apos;{name}&apos; во всех реализациях для: {nodes}.</translation>
    </message>
    <message>
        <source>at most {count} members can be generated</source>
        <translation>можно сгенерировать не более {count} реализаций</translation>
    </message>
    <message>
        <source>members must be at least 1, not {count}</source>
        <translation>число реализаций должно быть не меньше 1, а не {count}</translation>
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
        <source>{field}: the scenario has no inflow set &apos;{name}&apos; (it has: {names})</source>
        <translation>{field}: в сценарии нет варианта притока &apos;{name}&apos; (есть: {names})</translation>
    </message>
    <message>
        <source>dry_set: the dry set cannot be the central set (&apos;{name}&apos;)</source>
        <translation>dry_set: маловодный вариант не может совпадать с центральным (&apos;{name}&apos;)</translation>
    </message>
    <message>
        <source>&apos;{node}&apos;: the dry set &apos;{dry_set}&apos; holds {dry} Mm³ and the central set &apos;{central_set}&apos; {central} Mm³; a lognormal needs 0 &lt; dry ≤ central (give the node its cv)</source>
        <translation>&apos;{node}&apos;: в маловодном варианте &apos;{dry_set}&apos; {dry} млн м³, а в центральном &apos;{central_set}&apos; {central} млн м³; для логнормального распределения нужно 0 &lt; маловодный ≤ центральный (задайте узлу его cv)</translation>
    </message>
    <message>
        <source>&apos;{node}&apos;: the central set &apos;{central_set}&apos; has no water, so it gives no seasonal shape to spread the mean over</source>
        <translation>&apos;{node}&apos;: в центральном варианте &apos;{central_set}&apos; нет воды, поэтому по нему нельзя распределить среднее внутри года</translation>
    </message>
    <message>
        <source>Annual volumes: lognormal per inflow node, fitted to the inflow set &apos;{central}&apos; as the median year and &apos;{dry}&apos; as the dry quantile.</source>
        <translation>Годовые объёмы: логнормальное распределение по каждому узлу притока, подобранное по варианту притока &apos;{central}&apos; как медианному году и &apos;{dry}&apos; как маловодному квантилю.</translation>
    </message>
    <message>
        <source>Annual volumes: lognormal per inflow node, fitted to the inflow set &apos;{central}&apos; as the mean year and &apos;{dry}&apos; as the dry quantile.</source>
        <translation>Годовые объёмы: логнормальное распределение по каждому узлу притока, подобранное по варианту притока &apos;{central}&apos; как среднему году и &apos;{dry}&apos; как маловодному квантилю.</translation>
    </message>
    <message>
        <source>Annual volumes: lognormal per inflow node, fitted to the inflow set &apos;{central}&apos; as the median year.</source>
        <translation>Годовые объёмы: логнормальное распределение по каждому узлу притока, подобранное по варианту притока &apos;{central}&apos; как медианному году.</translation>
    </message>
    <message>
        <source>Annual volumes: lognormal per inflow node, fitted to the inflow set &apos;{central}&apos; as the mean year.</source>
        <translation>Годовые объёмы: логнормальное распределение по каждому узлу притока, подобранное по варианту притока &apos;{central}&apos; как среднему году.</translation>
    </message>
    <message>
        <source>No dry set: coefficient of variation {cv} assumed for {nodes}.</source>
        <translation>Маловодного варианта нет: для {nodes} принят коэффициент вариации {cv}.</translation>
    </message>
    <message>
        <source>cross-correlation</source>
        <translation>взаимная корреляция</translation>
    </message>
    <message>
        <source>lag-1 persistence</source>
        <translation>автокорреляция с лагом 1</translation>
    </message>
    <message>
        <source>period noise cv</source>
        <translation>Cv шума по периодам</translation>
    </message>
    <message>
        <source>Estimates (defaults): {estimates}.</source>
        <translation>Оценки (по умолчанию): {estimates}.</translation>
    </message>
    <message>
        <source>a record&apos;s members are whole water years, but {why}</source>
        <translation>реализации ряда наблюдений — целые водохозяйственные годы, но {why}</translation>
    </message>
    <message>
        <source>the record has {years}, so {members}: members {first}..{last} do not exist</source>
        <translation>в ряде наблюдений {years}, значит, {members}: реализаций {first}..{last} нет</translation>
    </message>
    <message numerus="yes">
        <source>%n water years</source>
        <translation>
            <numerusform>%n водохозяйственный год</numerusform>
            <numerusform>%n водохозяйственных года</numerusform>
            <numerusform>%n водохозяйственных лет</numerusform>
        </translation>
    </message>
    <message>
        <source>an ensemble needs at least one member</source>
        <translation>в ансамбле должна быть хотя бы одна реализация</translation>
    </message>
    <message>
        <source>{done} of {members} members</source>
        <translation>{done} из {members} реализаций</translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <source>Water value: one more Mm³ at {node} in {period} would improve the objective by {price} {unit}</source>
        <translation>Ценность воды: ещё 1 млн м³ в {node} в {period} улучшил бы целевую функцию на {price} {unit}</translation>
    </message>
    <message>
        <source> (non-zero in {periods})</source>
        <translation> (не нулевая в {periods})</translation>
    </message>
    <message>
        <source>one {unit} less required</source>
        <translation>ослабление требования на 1 {unit}</translation>
    </message>
    <message>
        <source>one {unit} more room</source>
        <translation>расширение границы на 1 {unit}</translation>
    </message>
    <message>
        <source>{requirement} binds {when}: {relax} in {period} would improve the objective by {price} {unit}</source>
        <translation>{requirement} — ограничение активно {when}: {relax} в {period} улучшило бы целевую функцию на {price} {unit}</translation>
    </message>
    <message>
        <source>{requirement} binds {when}: it sits exactly at its bound (no shadow price: relaxing it alone would not improve the objective measurably)</source>
        <translation>{requirement} — ограничение активно {when}: значение ровно на границе (двойственная оценка нулевая: ослабление только этого ограничения заметно не улучшит целевую функцию)</translation>
    </message>
    <message>
        <source>whole horizon</source>
        <translation>весь расчётный период</translation>
    </message>
    <message>
        <source>per {unit}</source>
        <translation>за {unit}</translation>
    </message>
    <message>
        <source>in {periods}</source>
        <translation>в {periods}</translation>
    </message>
    <message>
        <source>in {periods} ({first} … {last})</source>
        <translation>в {periods} ({first} … {last})</translation>
    </message>
    <message numerus="yes">
        <source>%n periods</source>
        <translation>
            <numerusform>%n периоде</numerusform>
            <numerusform>%n периодах</numerusform>
            <numerusform>%n периодах</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Infeasible</name>
    <message>
        <source>No schedule meets every hard requirement with inflow set &apos;{name}&apos; when each intake takes what reaches it before water passes on (the simulator&apos;s rule).</source>
        <translation>Ни один график не удовлетворяет всем жёстким ограничениям при варианте притока &apos;{name}&apos;, если каждый водозабор забирает дошедшую до него воду прежде, чем она пройдёт ниже (правило модели).</translation>
    </message>
    <message>
        <source>No schedule meets every hard requirement with inflow set &apos;{name}&apos;.</source>
        <translation>Ни один график не удовлетворяет всем жёстким ограничениям при варианте притока &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source> Even with every requirement relaxed the water balance cannot close (evaporation and seepage exceed the water available?).</source>
        <translation> Даже при ослаблении всех ограничений водный баланс не сходится (испарение и фильтрация превышают располагаемую воду?).</translation>
    </message>
    <message>
        <source>To make it solvable, at least this much would have to give way:</source>
        <translation>Чтобы задача стала разрешимой, нужно уступить как минимум:</translation>
    </message>
    <message>
        <source>  - {requirement}: short by {amount} {unit} in total</source>
        <translation>  - {requirement}: недостаёт {amount} {unit} в сумме</translation>
    </message>
    <message>
        <source>It conflicts with:</source>
        <translation>Оно противоречит:</translation>
    </message>
    <message>
        <source>Make one of them soft (&quot;hard&quot;: false with a penalty) or relax it.</source>
        <translation>Сделайте одно из них мягким (&quot;hard&quot;: false со штрафом) или ослабьте его.</translation>
    </message>
</context>
<context>
    <name>Objectives</name>
    <message>
        <source>irrigation shortfall</source>
        <translation>дефицит на орошение</translation>
    </message>
    <message>
        <source>minimum-flow deficit</source>
        <translation>дефицит минимального расхода</translation>
    </message>
    <message>
        <source>terminal-lake inflow</source>
        <translation>приток в конечный водоём</translation>
    </message>
    <message>
        <source>hydropower energy</source>
        <translation>выработка электроэнергии ГЭС</translation>
    </message>
    <message>
        <source>carry-over storage deficit</source>
        <translation>дефицит переходящего запаса</translation>
    </message>
    <message>
        <source>spill</source>
        <translation>холостой сброс</translation>
    </message>
    <message>
        <source>value of releases</source>
        <translation>ценность попусков</translation>
    </message>
    <message>
        <source>largest shortage share (fair sharing)</source>
        <translation>наибольшая доля дефицита (справедливое распределение)</translation>
    </message>
    <message>
        <source>terminal-lake inflow deficit below {volume} Mm³</source>
        <translation>дефицит притока в конечный водоём ниже {volume} млн м³</translation>
    </message>
    <message>
        <source> (priority-weighted)</source>
        <translation> (с весами по приоритету)</translation>
    </message>
    <message>
        <source> at {nodes}</source>
        <translation> в {nodes}</translation>
    </message>
    <message>
        <source> in {country}</source>
        <translation> в стране {country}</translation>
    </message>
    <message>
        <source>, winter</source>
        <translation>, зима</translation>
    </message>
    <message>
        <source>, summer</source>
        <translation>, лето</translation>
    </message>
</context>
<context>
    <name>Optimiser</name>
    <message>
        <source>units of value</source>
        <translation>ед. ценности</translation>
    </message>
    <message>
        <source>{unit} of {objectives}</source>
        <translation>{unit} ({objectives})</translation>
    </message>
    <message>
        <source>objective units</source>
        <translation>ед. целевой функции</translation>
    </message>
    <message>
        <source>simulating the input schedule</source>
        <translation>расчёт исходного графика</translation>
    </message>
    <message>
        <source>done</source>
        <translation>готово</translation>
    </message>
    <message>
        <source>The optimiser found nothing better than the input schedule (the linearisation misled it); the input is returned unchanged.</source>
        <translation>Оптимизатор не нашёл ничего лучше исходного графика (линеаризация ввела его в заблуждение); исходный график возвращён без изменений.</translation>
    </message>
    <message>
        <source>Successive LP {stopping}.</source>
        <translation>Последовательное ЛП: {stopping}.</translation>
    </message>
    <message>
        <source>This scenario shares shortages in proportion (the ICWC rule); the optimiser&apos;s linear programme plans deliveries upstream-first (each intake takes what reaches it before water passes on), and its self-check compares with that. The figures after are the simulator&apos;s under the scenario&apos;s own rule</source>
        <translation>В этом сценарии дефицит распределяется пропорционально (правило МКВК); линейная программа оптимизатора планирует водоподачу сверху вниз (каждый водозабор забирает дошедшую до него воду прежде, чем она пройдёт ниже), и самопроверка сравнивает именно с этим. Показатели «после» — результаты модели по правилу самого сценария</translation>
    </message>
    <message>
        <source>: here both rules deliver the same.</source>
        <translation>: здесь оба правила дают одинаковую водоподачу.</translation>
    </message>
    <message>
        <source>: with the optimised schedule they deliver up to {volume} Mm³ differently ({demand}, {period}). A fair_shortfall objective makes the optimiser value sharing a shortage evenly.</source>
        <translation>: при оптимизированном графике водоподача по ним различается до {volume} млн м³ ({demand}, {period}). Цель «наибольшая доля дефицита» заставляет оптимизатор ценить равномерное распределение дефицита.</translation>
    </message>
    <message>
        <source>the network has no nodes: there is nothing to optimise</source>
        <translation>в схеме нет узлов: оптимизировать нечего</translation>
    </message>
    <message>
        <source>unknown inflow set &apos;{name}&apos;; this scenario defines: {sets}</source>
        <translation>неизвестный вариант притока &apos;{name}&apos;; в этом сценарии есть: {sets}</translation>
    </message>
    <message>
        <source>decision reservoir &apos;{id}&apos; is not in the network</source>
        <translation>управляемого водохранилища &apos;{id}&apos; нет в схеме</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is not a reservoir</source>
        <translation>&apos;{id}&apos; — не водохранилище</translation>
    </message>
    <message>
        <source>{name} follows its demand-following rule, so it has no release schedule to optimise: set its operating rule to &apos;schedule&apos; to let the optimiser decide its releases, or take it out of the decision reservoirs</source>
        <translation>{name} работает по правилу «по водопотребности», поэтому у него нет графика попусков для оптимизации: задайте правило регулирования «График попусков», чтобы попуски определял оптимизатор, или исключите его из управляемых водохранилищ</translation>
    </message>
    <message>
        <source>{name} follows its guide-curve rule, so it has no release schedule to optimise: set its operating rule to &apos;schedule&apos; to let the optimiser decide its releases, or take it out of the decision reservoirs</source>
        <translation>{name} работает по диспетчерскому графику, поэтому у него нет графика попусков для оптимизации: задайте правило регулирования «График попусков», чтобы попуски определял оптимизатор, или исключите его из управляемых водохранилищ</translation>
    </message>
    <message>
        <source>{name} has a buffer zone: while its storage is in it the simulator cuts the release to the buffer release, whatever the schedule says, and the optimiser cannot plan around that cut. Remove the buffer zone from its rule to let the optimiser decide its releases, or take it out of the decision reservoirs (it is then held to what it released in the plan)</source>
        <translation>у {name} есть буферная зона: пока объём в ней, модель снижает попуск до буферного, что бы ни было в графике, и оптимизатор не может это учесть. Удалите буферную зону из правила, чтобы попуски определял оптимизатор, или исключите водохранилище из управляемых (тогда его попуски останутся такими, как в плане)</translation>
    </message>
    <message>
        <source>stopped after {count} iterations without meeting the tolerance</source>
        <translation>остановлено после {count} итераций, точность не достигнута</translation>
    </message>
    <message>
        <source>No schedule meets every hard requirement when each intake takes what reaches it before water passes on (the simulator&apos;s rule). Relax a requirement, or set the optimisation section&apos;s allocation to &quot;free&quot;.</source>
        <translation>Ни один график не удовлетворяет всем жёстким ограничениям, если каждый водозабор забирает дошедшую до него воду прежде, чем она пройдёт ниже (правило модели). Ослабьте ограничение или задайте в разделе оптимизации allocation = &quot;free&quot;.</translation>
    </message>
    <message>
        <source>stopped: the linearisation around the last schedule is infeasible</source>
        <translation>остановлено: линеаризация вокруг последнего графика не имеет допустимого решения</translation>
    </message>
    <message>
        <source>LP {iteration}: objective {objective}, LP–simulation gap {gap} Mm³</source>
        <translation>ЛП {iteration}: целевая функция {objective}, расхождение ЛП и модели {gap} млн м³</translation>
    </message>
    <message>
        <source>converged</source>
        <translation>сходимость достигнута</translation>
    </message>
    <message>
        <source>converged (trust region exhausted)</source>
        <translation>сходимость достигнута (доверительная область исчерпана)</translation>
    </message>
    <message>
        <source>trust region exhausted</source>
        <translation>доверительная область исчерпана</translation>
    </message>
    <message>
        <source>trust region exhausted before the LP met the simulation</source>
        <translation>доверительная область исчерпана прежде, чем ЛП совпало с моделью</translation>
    </message>
    <message>
        <source>the optimiser produced no schedule</source>
        <translation>оптимизатор не выдал графика</translation>
    </message>
    <message>
        <source>the problem is unbounded: some objective can improve without limit (is a value per unit of release attached to a reservoir whose release has no upper limit and no water limit?)</source>
        <translation>задача неограничена: какая-то цель может улучшаться без предела (не задана ли ценность единицы попуска для водохранилища, у которого попуск не ограничен ни сверху, ни запасом воды?)</translation>
    </message>
    <message>
        <source>the solver hit its iteration or time limit before finding the optimum</source>
        <translation>решатель исчерпал лимит итераций или времени, не найдя оптимума</translation>
    </message>
    <message>
        <source>the solver could not solve the problem ({reason})</source>
        <translation>решатель не смог решить задачу ({reason})</translation>
    </message>
</context>
<context>
    <name>Precheck</name>
    <message>
        <source>about {variables} variables, {constraints} constraints and {nonzeros} non-zero coefficients</source>
        <translation>около {variables} переменных, {constraints} ограничений и {nonzeros} ненулевых коэффициентов</translation>
    </message>
    <message>
        <source>{count} month periods</source>
        <translation>{count} месячных периодов</translation>
    </message>
    <message>
        <source>{count} dekad periods</source>
        <translation>{count} декад</translation>
    </message>
    <message>
        <source>{count} day periods</source>
        <translation>{count} суточных периодов</translation>
    </message>
    <message>
        <source>the problem is too large to optimise on this machine: {periods} × {nodes} nodes give {size}, more than the {limit} non-zeros the optimiser attempts. Aggregate the scenario to a coarser time step (monthly instead of daily or dekadal), shorten the horizon (optimise a few water years at a time), or fix the releases of some reservoirs (decision_reservoirs).</source>
        <translation>задача слишком велика для оптимизации на этом компьютере: {periods} × {nodes} узлов дают {size}, больше предела оптимизатора в {limit} ненулевых коэффициентов. Укрупните шаг сценария (месяцы вместо суток или декад), сократите расчётный период (оптимизируйте по нескольку водохозяйственных лет) или зафиксируйте попуски части водохранилищ (decision_reservoirs).</translation>
    </message>
    <message>
        <source>the network has no reservoir: there is no release schedule to optimise</source>
        <translation>в схеме нет водохранилищ: нет графика попусков для оптимизации</translation>
    </message>
    <message>
        <source>every reservoir follows a demand-following or guide-curve rule or has a buffer zone: there is no release schedule to optimise (set a reservoir&apos;s operating rule to &apos;schedule&apos;, without a buffer zone, to optimise it)</source>
        <translation>все водохранилища работают по правилу «по водопотребности» или по диспетчерскому графику либо имеют буферную зону: нет графика попусков для оптимизации (чтобы оптимизировать водохранилище, задайте ему правило регулирования «График попусков» без буферной зоны)</translation>
    </message>
    <message>
        <source>no reservoir is a decision (decision_reservoirs is empty): there is no release schedule to optimise</source>
        <translation>нет управляемых водохранилищ (decision_reservoirs пуст): нет графика попусков для оптимизации</translation>
    </message>
    <message>
        <source>{names} follows an operating rule (or a buffer zone) below {upstream}: the optimiser follows the rule&apos;s answer to what the schedule sends down (on a guide curve it releases what keeps the storage on the curve; elsewhere it holds the release the rule gave the previous schedule), and the LPs repeat until optimiser and simulator agree.</source>
        <translation>{names} ниже {upstream} работает по правилу регулирования (или имеет буферную зону): оптимизатор следует ответу правила на то, что сбрасывает график сверху (на диспетчерском графике попуск держит объём на кривой; в остальных случаях сохраняется попуск, который правило дало при предыдущем графике), и ЛП повторяются, пока оптимизатор и модель не совпадут.</translation>
    </message>
    <message>
        <source>{names} follow an operating rule (or a buffer zone) below {upstream}: the optimiser follows the rule&apos;s answer to what the schedule sends down (on a guide curve it releases what keeps the storage on the curve; elsewhere it holds the release the rule gave the previous schedule), and the LPs repeat until optimiser and simulator agree.</source>
        <translation>{names} ниже {upstream} работают по правилам регулирования (или имеют буферные зоны): оптимизатор следует ответу правила на то, что сбрасывает график сверху (на диспетчерском графике попуск держит объём на кривой; в остальных случаях сохраняется попуск, который правило дало при предыдущем графике), и ЛП повторяются, пока оптимизатор и модель не совпадут.</translation>
    </message>
    <message>
        <source>the minimum flow at {name} asks for {asked} Mm³ over the horizon, but at most {water} Mm³ can reach it (all inflow upstream plus all water stored upstream at the start): short by {short} Mm³ whatever the schedule</source>
        <translation>минимальный расход в {name} требует {asked} млн м³ за расчётный период, но дойти туда может не более {water} млн м³ (весь приток выше плюс весь начальный запас воды выше): при любом графике недостаёт {short} млн м³</translation>
    </message>
    <message>
        <source>the minimum flow at {name} asks in {period} for {asked} Mm³, but at most {possible} Mm³ can pass then (inflow plus the most the reservoirs upstream can release): short by {short} Mm³ in {count} period(s) whatever the schedule</source>
        <translation>минимальный расход в {name} требует в {period} {asked} млн м³, но пройти там может не более {possible} млн м³ (приток плюс наибольший возможный попуск водохранилищ выше): при любом графике недостаёт {short} млн м³ (периодов: {count})</translation>
    </message>
    <message>
        <source>A minimum flow is physically impossible with inflow set &apos;{name}&apos;:</source>
        <translation>Минимальный расход физически недостижим при варианте притока &apos;{name}&apos;:</translation>
    </message>
    <message>
        <source>Lower the required minimum flow (is its unit right?) or check the inflows.</source>
        <translation>Снизьте требуемый минимальный расход (верна ли единица измерения?) или проверьте приток.</translation>
    </message>
</context>
<context>
    <name>Quantities</name>
    <message>
        <source>Storage (end of period)</source>
        <translation>Объём (на конец периода)</translation>
    </message>
    <message>
        <source>Water level (end of period)</source>
        <translation>Уровень воды (на конец периода)</translation>
    </message>
    <message>
        <source>Inflow</source>
        <translation>Приток</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Попуск</translation>
    </message>
    <message>
        <source>Spill / outflow over crest</source>
        <translation>Холостой сброс / сток через гребень</translation>
    </message>
    <message>
        <source>Outflow downstream</source>
        <translation>Сток вниз по течению</translation>
    </message>
    <message>
        <source>Evaporation</source>
        <translation>Испарение</translation>
    </message>
    <message>
        <source>Precipitation</source>
        <translation>Осадки</translation>
    </message>
    <message>
        <source>Seepage</source>
        <translation>Фильтрация</translation>
    </message>
    <message>
        <source>Abstraction to demands</source>
        <translation>Водозабор для водопотребителей</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Водопотребность</translation>
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
        <source>Return flow</source>
        <translation>Возвратный сток</translation>
    </message>
    <message>
        <source>Drainage store (end of period)</source>
        <translation>Запас коллекторно-дренажного стока (на конец периода)</translation>
    </message>
    <message>
        <source>Minimum-flow deficit</source>
        <translation>Дефицит минимального расхода</translation>
    </message>
    <message>
        <source>Turbine flow</source>
        <translation>Расход через турбины</translation>
    </message>
    <message>
        <source>Net head</source>
        <translation>Полезный напор</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Выработка электроэнергии</translation>
    </message>
    <message>
        <source>Flow entering the link</source>
        <translation>Расход на входе участка</translation>
    </message>
    <message>
        <source>Loss on the link</source>
        <translation>Потери на участке</translation>
    </message>
    <message>
        <source>Flow arriving from the link</source>
        <translation>Расход на выходе участка</translation>
    </message>
    <message>
        <source>Flow above the link&apos;s capacity</source>
        <translation>Расход сверх пропускной способности участка</translation>
    </message>
    <message>
        <source>Run-of-river turbine flow</source>
        <translation>Расход через турбины русловой ГЭС</translation>
    </message>
    <message>
        <source>Run-of-river energy</source>
        <translation>Выработка русловой ГЭС</translation>
    </message>
</context>
<context>
    <name>Record</name>
    <message>
        <source>the robust optimiser ({measure} over {members} of &apos;{ensemble}&apos;)</source>
        <translation>устойчивая оптимизация ({measure}; {members} ансамбля &apos;{ensemble}&apos;)</translation>
    </message>
    <message>
        <source>the optimiser</source>
        <translation>оптимизатор</translation>
    </message>
    <message>
        <source>a trade-off point</source>
        <translation>точка компромисса</translation>
    </message>
    <message>
        <source>point {point} of {points} of the trade-off between {a} and {b}</source>
        <translation>точка {point} из {points} компромисса между {a} и {b}</translation>
    </message>
</context>
<context>
    <name>Requirements</name>
    <message>
        <source>the simulator&apos;s intake rule at {name} (its demands are served before water passes on)</source>
        <translation>правило водозабора модели в {name} (водопотребители обслуживаются прежде, чем вода пройдёт ниже)</translation>
    </message>
    <message>
        <source>{name} turbine flow at most the turbines&apos; capacity {flow} m³/s</source>
        <translation>{name}: расход через турбины не больше пропускной способности турбин {flow} м³/с</translation>
    </message>
    <message>
        <source>{name} power at most its installed {power} MW</source>
        <translation>{name}: мощность не больше установленной {power} МВт</translation>
    </message>
    <message>
        <source>{name} turbine flow within the flow of its reach</source>
        <translation>{name}: расход через турбины в пределах расхода участка</translation>
    </message>
    <message>
        <source>energy of {name}</source>
        <translation>выработка {name}</translation>
    </message>
    <message>
        <source>minimum flow at {name}</source>
        <translation>минимальный расход в {name}</translation>
    </message>
    <message>
        <source>{name} release against the input schedule</source>
        <translation>{name}: попуск относительно исходного графика</translation>
    </message>
    <message>
        <source>{name} change of release</source>
        <translation>{name}: изменение попуска</translation>
    </message>
    <message>
        <source>{name} storage at most its capacity {volume} Mm³</source>
        <translation>{name}: объём не больше полного объёма {volume} млн м³</translation>
    </message>
    <message>
        <source>{name} release at most its maximum</source>
        <translation>{name}: попуск не больше максимального</translation>
    </message>
    <message>
        <source>{name} release at most its fixed schedule</source>
        <translation>{name}: попуск не больше заданного графика</translation>
    </message>
    <message>
        <source>intake of {name} at most its demand and its limit</source>
        <translation>водозабор {name} не больше водопотребности и лимита</translation>
    </message>
    <message>
        <source>intake of {name} at most its demand</source>
        <translation>водозабор {name} не больше водопотребности</translation>
    </message>
    <message>
        <source>shortfall of {name}</source>
        <translation>дефицит {name}</translation>
    </message>
    <message>
        <source>water balance of {name}</source>
        <translation>водный баланс {name}</translation>
    </message>
    <message>
        <source>{name} below its outflow crest</source>
        <translation>{name}: ниже гребня сброса</translation>
    </message>
    <message>
        <source>{name} outflow at most the outlet capacity</source>
        <translation>{name}: сток не больше пропускной способности выпуска</translation>
    </message>
    <message>
        <source>routing below {name}</source>
        <translation>распределение стока ниже {name}</translation>
    </message>
    <message>
        <source>water balance at {name}</source>
        <translation>водный баланс в {name}</translation>
    </message>
    <message>
        <source>return flow of {name}</source>
        <translation>возвратный сток {name}</translation>
    </message>
    <message>
        <source>drainage store of {name}</source>
        <translation>запас коллекторно-дренажного стока {name}</translation>
    </message>
    <message>
        <source>equal-priority demands at {name} share in proportion to demand</source>
        <translation>водопотребители равного приоритета в {name} делят воду пропорционально водопотребности</translation>
    </message>
    <message>
        <source>{name} turbine flow within its release</source>
        <translation>{name}: расход через турбины в пределах попуска</translation>
    </message>
    <message>
        <source>reservoirs stay above their dead storage</source>
        <translation>водохранилища не срабатываются ниже мёртвого объёма</translation>
    </message>
    <message>
        <source>reservoirs release at least their minimum release</source>
        <translation>попуски из водохранилищ не меньше минимальных</translation>
    </message>
    <message>
        <source>reservoirs stay below their flood-control curve</source>
        <translation>водохранилища не выше противопаводковой кривой</translation>
    </message>
    <message>
        <source>river links carry at most their capacity</source>
        <translation>участки реки пропускают не больше своей пропускной способности</translation>
    </message>
    <message>
        <source>{names} storage within its rule-curve band</source>
        <translation>{names}: объём в коридоре диспетчерского графика</translation>
    </message>
    <message>
        <source>{names} storage at least its operating minimum {volume} Mm³</source>
        <translation>{names}: объём не меньше эксплуатационного минимума {volume} млн м³</translation>
    </message>
    <message>
        <source>{names} release within its planned bounds</source>
        <translation>{names}: попуск в плановых пределах</translation>
    </message>
    <message>
        <source>{flow} m³/s</source>
        <translation>{flow} м³/с</translation>
    </message>
    <message>
        <source>{volume} Mm³</source>
        <translation>{volume} млн м³</translation>
    </message>
    <message>
        <source>{names} release changes by at most {limit} per period</source>
        <translation>{names}: попуск меняется не больше чем на {limit} за период</translation>
    </message>
    <message>
        <source>{names} ends the horizon with at least its start storage</source>
        <translation>{names}: к концу расчётного периода объём не меньше начального</translation>
    </message>
    <message>
        <source>{names} ends the horizon with at least {volume} Mm³</source>
        <translation>{names}: к концу расчётного периода объём не меньше {volume} млн м³</translation>
    </message>
    <message>
        <source>{names} ends the horizon with at least its start storage {volume} Mm³ (default carry-over)</source>
        <translation>{names}: к концу расчётного периода объём не меньше начального {volume} млн м³ (переходящий запас по умолчанию)</translation>
    </message>
    <message>
        <source>plants of {country}</source>
        <translation>ГЭС страны {country}</translation>
    </message>
    <message>
        <source>all plants</source>
        <translation>все ГЭС</translation>
    </message>
    <message>
        <source>{plants} generate at least {energy} MWh in every period{season}</source>
        <translation>{plants}: выработка не меньше {energy} МВт·ч в каждом периоде{season}</translation>
    </message>
    <message>
        <source>{plants} generate at least {energy} MWh in total{season}</source>
        <translation>{plants}: выработка не меньше {energy} МВт·ч в сумме{season}</translation>
    </message>
    <message>
        <source>{names} receives at least {volume} Mm³{season}</source>
        <translation>{names}: приток не меньше {volume} млн м³{season}</translation>
    </message>
    <message>
        <source>{country}&apos;s withdrawals at most its vegetation-season (Apr–Sep) ICWC limit (each water year&apos;s season separately)</source>
        <translation>водозабор страны {country} не больше лимита МКВК на вегетационный период (апр–сен) (сезон каждого водохозяйственного года отдельно)</translation>
    </message>
    <message>
        <source>{country}&apos;s withdrawals at most its non-vegetation-season (Oct–Mar) ICWC limit (each water year&apos;s season separately)</source>
        <translation>водозабор страны {country} не больше лимита МКВК на межвегетационный период (окт–мар) (сезон каждого водохозяйственного года отдельно)</translation>
    </message>
    <message>
        <source>{country}&apos;s withdrawals at most its seasonal ICWC limit in every season it has one (each water year&apos;s season separately)</source>
        <translation>водозабор страны {country} не больше сезонного лимита МКВК в каждом сезоне, где лимит задан (сезон каждого водохозяйственного года отдельно)</translation>
    </message>
    <message>
        <source> in winter</source>
        <translation> в зимний период</translation>
    </message>
    <message>
        <source> in summer</source>
        <translation> в летний период</translation>
    </message>
    <message>
        <source>flow on {link} at most its capacity</source>
        <translation>расход на участке {link} не больше пропускной способности</translation>
    </message>
    <message>
        <source>{name} storage at least its dead storage {volume} Mm³</source>
        <translation>{name}: объём не меньше мёртвого объёма {volume} млн м³</translation>
    </message>
    <message>
        <source>{name} release at least its minimum</source>
        <translation>{name}: попуск не меньше минимального</translation>
    </message>
    <message>
        <source>{name} storage at most its flood-control curve</source>
        <translation>{name}: объём не выше противопаводковой кривой</translation>
    </message>
    <message>
        <source>{name} storage at least its rule curve minimum</source>
        <translation>{name}: объём не ниже нижней границы диспетчерского графика</translation>
    </message>
    <message>
        <source>{name} storage at most its rule curve maximum</source>
        <translation>{name}: объём не выше верхней границы диспетчерского графика</translation>
    </message>
    <message>
        <source>{name} release at least its release bounds minimum</source>
        <translation>{name}: попуск не меньше нижней плановой границы</translation>
    </message>
    <message>
        <source>{name} release at most its release bounds maximum</source>
        <translation>{name}: попуск не больше верхней плановой границы</translation>
    </message>
    <message>
        <source>{name} storage at least its operating minimum {volume} Mm³</source>
        <translation>{name}: объём не меньше эксплуатационного минимума {volume} млн м³</translation>
    </message>
    <message>
        <source>{name} end storage at least {volume} Mm³</source>
        <translation>{name}: конечный объём не меньше {volume} млн м³</translation>
    </message>
    <message>
        <source>{name} end storage at least its start storage {volume} Mm³ (default carry-over)</source>
        <translation>{name}: конечный объём не меньше начального {volume} млн м³ (переходящий запас по умолчанию)</translation>
    </message>
    <message>
        <source>{name} release may rise by at most {limit} {unit} per period</source>
        <translation>{name}: попуск может увеличиться не больше чем на {limit} {unit} за период</translation>
    </message>
    <message>
        <source>{name} release may fall by at most {limit} {unit} per period</source>
        <translation>{name}: попуск может уменьшиться не больше чем на {limit} {unit} за период</translation>
    </message>
    <message>
        <source>{name} release at most what its rule releases</source>
        <translation>{name}: попуск не больше, чем по правилу регулирования</translation>
    </message>
    <message>
        <source>{name} storage on its guide curve</source>
        <translation>{name}: объём на диспетчерском графике</translation>
    </message>
    <message>
        <source>shortage share of {name}</source>
        <translation>доля дефицита {name}</translation>
    </message>
    <message>
        <source>inflow to {name} against its target {volume} Mm³</source>
        <translation>приток в {name} относительно целевого {volume} млн м³</translation>
    </message>
    <message>
        <source>{name} end storage against its target {volume} Mm³</source>
        <translation>{name}: конечный объём относительно целевого {volume} млн м³</translation>
    </message>
    <message>
        <source>{name} full while it spills</source>
        <translation>{name}: заполнено, пока идёт холостой сброс</translation>
    </message>
    <message>
        <source>{name} cumulative release near the last schedule</source>
        <translation>{name}: суммарный попуск близок к последнему графику</translation>
    </message>
    <message>
        <source>{name}: member {member}&apos;s release is the schedule less what its storage cannot give</source>
        <translation>{name}: попуск реализации {member} — график за вычетом того, что не может дать её объём</translation>
    </message>
    <message>
        <source>{measure} excess of member&apos;s {objective} over the value at risk</source>
        <translation>{measure}: превышение {objective} реализации над мерой риска VaR</translation>
    </message>
    <message>
        <source>objective</source>
        <translation>целевой функции</translation>
    </message>
    <message>
        <source>{name} storage at least its floor {volume} Mm³</source>
        <translation>{name}: объём не ниже нижней границы сработки {volume} млн м³</translation>
    </message>
</context>
<context>
    <name>RiskEvents</name>
    <message>
        <source>{name} receives more than {volume} Mm³ from {source}</source>
        <translation>в {name} поступает более {volume} млн м³ от {source}</translation>
    </message>
    <message>
        <source>{name} receives more than {volume} Mm³ (all sources)</source>
        <translation>в {name} поступает более {volume} млн м³ (все источники)</translation>
    </message>
    <message>
        <source>{name} receives water from {source}</source>
        <translation>в {name} поступает вода от {source}</translation>
    </message>
    <message>
        <source>{name} receives water (all sources)</source>
        <translation>в {name} поступает вода (все источники)</translation>
    </message>
    <message>
        <source>{name} below its operating minimum ({volume} Mm³)</source>
        <translation>{name} ниже эксплуатационного минимума ({volume} млн м³)</translation>
    </message>
    <message>
        <source>{name} spills over its crest ({level} m)</source>
        <translation>{name}: перелив через гребень ({level} м)</translation>
    </message>
</context>
<context>
    <name>RiskMeasure</name>
    <message>
        <source>risk measure &apos;{kind}&apos; is not known: use {kinds}</source>
        <translation>неизвестная мера риска &apos;{kind}&apos;: используйте {kinds}</translation>
    </message>
    <message>
        <source>CVaR level α = {alpha} is outside [0, 1): 0.9 means the mean of the worst 10 % of the members</source>
        <translation>уровень CVaR α = {alpha} вне [0, 1): 0.9 — среднее по худшим 10 % реализаций</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>среднее</translation>
    </message>
    <message>
        <source>CVaR {pct} %</source>
        <translation>CVaR {pct} %</translation>
    </message>
    <message>
        <source>&apos;{label}&apos;: the CVaR level {pct} % is outside 0 to 100 % (cvar90 is the mean of the worst 10 % of the members)</source>
        <translation>&apos;{label}&apos;: уровень CVaR {pct} % вне диапазона от 0 до 100 % (cvar90 — среднее по худшим 10 % реализаций)</translation>
    </message>
</context>
<context>
    <name>RiskOptions</name>
    <message>
        <source>threshold: {pct} % is not between 0 and 100 %</source>
        <translation>порог: {pct} % не в пределах от 0 до 100 %</translation>
    </message>
    <message>
        <source>failure tolerance: {pct} % is not in [0, 100) %</source>
        <translation>допуск отказа: {pct} % не в пределах [0, 100) %</translation>
    </message>
    <message>
        <source>sink volume threshold must be ≥ 0 Mm³</source>
        <translation>порог объёма для выхода из системы должен быть ≥ 0 млн м³</translation>
    </message>
    <message>
        <source>energy histogram needs at least one bin</source>
        <translation>в гистограмме выработки должен быть хотя бы один интервал</translation>
    </message>
</context>
<context>
    <name>Robust</name>
    <message>
        <source>input schedule</source>
        <translation>исходный график</translation>
    </message>
    <message>
        <source>deterministic optimum</source>
        <translation>детерминир. оптимум</translation>
    </message>
    <message>
        <source>robust schedule</source>
        <translation>устойчивый график</translation>
    </message>
    <message>
        <source>Self-check passed for all {count} in-sample members: largest difference between optimiser and simulator {storage} Mm³ storage, {delivery} Mm³ delivery</source>
        <translation>Самопроверка пройдена для всех реализаций обучающей выборки ({count}): наибольшее расхождение оптимизатора и модели — объём {storage} млн м³, водоподача {delivery} млн м³</translation>
    </message>
    <message>
        <source>Self-check not passed in {failed} of {count} in-sample members: the optimiser&apos;s model of them differs from their simulation by up to {storage} Mm³ storage, {delivery} Mm³ delivery. A better schedule may exist; every figure shown for this one is the simulator&apos;s, member by member.</source>
        <translation>Самопроверка не пройдена в {failed} из {count} реализаций обучающей выборки: модель оптимизатора для них расходится с моделированием до {storage} млн м³ по объёму и {delivery} млн м³ по водоподаче. Возможно, существует лучший график; все показанные для этого графика величины получены моделированием каждой реализации.</translation>
    </message>
    <message>
        <source>  member {member}: {check}</source>
        <translation>  реализация {member}: {check}</translation>
    </message>
    <message>
        <source>the robust problem is too large to optimise on this machine: {members} members × {size} each are more than the {limit} non-zeros the optimiser attempts. Use fewer in-sample members (at most {most}), a coarser time step or a shorter horizon.</source>
        <translation>устойчивая задача слишком велика для этого компьютера: {members} реализаций × {size} каждая — больше предела оптимизатора в {limit} ненулевых коэффициентов. Уменьшите число реализаций обучающей выборки (не более {most}), укрупните шаг по времени или сократите расчётный период.</translation>
    </message>
    <message>
        <source>drawing the ensemble members</source>
        <translation>выборка реализаций ансамбля</translation>
    </message>
    <message>
        <source>No one schedule meets every hard requirement in all {count} in-sample members at once, although each member alone can be met: the members need releases no single schedule gives. Make a requirement soft, or optimise against fewer or less extreme members.</source>
        <translation>Ни один график не удовлетворяет всем жёстким ограничениям сразу во всех {count} реализациях обучающей выборки, хотя для каждой по отдельности это возможно: реализациям нужны попуски, которые не даёт ни один общий график. Сделайте ограничение мягким или оптимизируйте по меньшему числу или менее экстремальным реализациям.</translation>
    </message>
    <message>
        <source>the deterministic optimum, for comparison</source>
        <translation>детерминированный оптимум для сравнения</translation>
    </message>
    <message>
        <source>No deterministic optimum to compare with: {reason}</source>
        <translation>Нет детерминированного оптимума для сравнения: {reason}</translation>
    </message>
    <message>
        <source>measuring the schedules on the members</source>
        <translation>оценка графиков на реализациях</translation>
    </message>
    <message>
        <source>The optimiser found nothing better than the input schedule for these members (the linearisation misled it); the input is returned unchanged.</source>
        <translation>Для этих реализаций оптимизатор не нашёл ничего лучше исходного графика (линеаризация ввела его в заблуждение); исходный график возвращён без изменений.</translation>
    </message>
    <message>
        <source>member {member}</source>
        <translation>реализация {member}</translation>
    </message>
    <message>
        <source>members must be a whole number, not {value}</source>
        <translation>число реализаций должно быть целым, а не {value}</translation>
    </message>
    <message>
        <source>test members must be a whole number, not {value}</source>
        <translation>число проверочных реализаций должно быть целым, а не {value}</translation>
    </message>
    <message>
        <source>a robust schedule needs at least one in-sample member (K = {count})</source>
        <translation>для устойчивого графика нужна хотя бы одна реализация обучающей выборки (K = {count})</translation>
    </message>
    <message>
        <source>K = {count} in-sample members make one LP too large: at most {most} (20–100 is usual)</source>
        <translation>K = {count} реализаций обучающей выборки делают ЛП слишком большим: не более {most} (обычно 20–100)</translation>
    </message>
    <message>
        <source>out-of-sample members: {count} is not between 0 and {most}</source>
        <translation>реализации проверочной выборки: {count} — не в пределах от 0 до {most}</translation>
    </message>
    <message>
        <source>threshold {pct} % is not between 0 and 100 %</source>
        <translation>порог {pct} % не в пределах от 0 до 100 %</translation>
    </message>
    <message>
        <source>the scenario has no inflow set, so it has no ensemble to optimise against</source>
        <translation>в сценарии нет вариантов притока, поэтому нет ансамбля для оптимизации</translation>
    </message>
    <message>
        <source>ensemble &apos;{name}&apos; has {members}, fewer than the K = {k} in-sample members asked</source>
        <translation>в ансамбле &apos;{name}&apos; {members} — меньше, чем запрошенные K = {k} реализаций обучающей выборки</translation>
    </message>
    <message>
        <source>Ensemble &apos;{name}&apos; has {members}: {left} are left for the out-of-sample test (not {asked}).</source>
        <translation>В ансамбле &apos;{name}&apos; {members}: для проверочной выборки остаётся {left} (а не {asked}).</translation>
    </message>
    <message>
        <source>ensemble &apos;{name}&apos;: {reason}</source>
        <translation>ансамбль &apos;{name}&apos;: {reason}</translation>
    </message>
    <message>
        <source>No one schedule meets every hard requirement in all {count} in-sample members at once. Relax a requirement or make it soft.</source>
        <translation>Ни один график не удовлетворяет всем жёстким ограничениям сразу во всех {count} реализациях обучающей выборки. Ослабьте ограничение или сделайте его мягким.</translation>
    </message>
    <message>
        <source>LP {iteration} ({members}): objective {objective}, LP–simulation gap {gap} Mm³</source>
        <translation>ЛП {iteration} ({members}): целевая функция {objective}, расхождение ЛП и модели {gap} млн м³</translation>
    </message>
    <message>
        <source>; the best schedule found was then confirmed with its releases fixed (LP and simulator agree on it in every member)</source>
        <translation>; затем лучший найденный график подтверждён при зафиксированных попусках (ЛП и модель совпадают в каждой реализации)</translation>
    </message>
</context>
<context>
    <name>SelfCheck</name>
    <message>
        <source>Self-check passed: largest difference between optimiser and simulator {storage} Mm³ storage, {delivery} Mm³ delivery, {energy} MWh energy</source>
        <translation>Самопроверка пройдена: наибольшее расхождение оптимизатора и модели — объём {storage} млн м³, водоподача {delivery} млн м³, выработка {energy} МВт·ч</translation>
    </message>
    <message>
        <source>Self-check FAILED: largest difference between optimiser and simulator {storage} Mm³ storage, {delivery} Mm³ delivery, {energy} MWh energy</source>
        <translation>Самопроверка НЕ ПРОЙДЕНА: наибольшее расхождение оптимизатора и модели — объём {storage} млн м³, водоподача {delivery} млн м³, выработка {energy} МВт·ч</translation>
    </message>
    <message>
        <source> (linearised energy off by {gap} MWh)</source>
        <translation> (линеаризованная выработка отличается на {gap} МВт·ч)</translation>
    </message>
    <message>
        <source>; worst at {where}</source>
        <translation>; наибольшее: {where}</translation>
    </message>
    <message>
        <source>  hard requirement not met in the simulation: {requirement}</source>
        <translation>  жёсткое ограничение не выполнено в модели: {requirement}</translation>
    </message>
    <message>
        <source>{name} storage, {period}</source>
        <translation>{name}, объём, {period}</translation>
    </message>
    <message>
        <source>{name} delivery, {period}</source>
        <translation>{name}, водоподача, {period}</translation>
    </message>
    <message>
        <source>compared with the schedule simulated upstream-first, as the optimiser plans deliveries; the scenario shares shortages in proportion</source>
        <translation>сравнение с графиком, рассчитанным сверху вниз, как водоподачу планирует оптимизатор; в сценарии дефицит распределяется пропорционально</translation>
    </message>
</context>
<context>
    <name>Simulation</name>
    <message>
        <source>unknown inflow set &apos;{name}&apos; (the scenario defines: {sets})</source>
        <translation>неизвестный вариант притока &apos;{name}&apos; (в сценарии есть: {sets})</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>{name} (run-of-river)</source>
        <translation>{name} (русловая ГЭС)</translation>
    </message>
    <message>
        <source>active storage filled, % (storage above dead storage ÷ active capacity)</source>
        <translation>наполнение полезного объёма, % (объём сверх мёртвого ÷ полезный объём)</translation>
    </message>
</context>
<context>
    <name>TradeOff</name>
    <message>
        <source>No trade-off between {a} and {b} here: one schedule reaches the best of both at once ({a} {a_value} {a_unit}, {b} {b_value} {b_unit}).</source>
        <translation>Здесь нет компромисса между {a} и {b}: один график достигает лучшего значения обеих целей сразу ({a} {a_value} {a_unit}, {b} {b_value} {b_unit}).</translation>
    </message>
    <message>
        <source>choose two different objectives</source>
        <translation>выберите две разные цели оптимизации</translation>
    </message>
    <message>
        <source>{objective} no worse than {bound}</source>
        <translation>{objective} не хуже {bound}</translation>
    </message>
    <message>
        <source>optimising {objective} alone</source>
        <translation>оптимизация только по {objective}</translation>
    </message>
    <message>
        <source>done: no trade-off</source>
        <translation>готово: компромисса нет</translation>
    </message>
    <message>
        <source>point {point} of {points}: {objective} {sign} {bound}</source>
        <translation>точка {point} из {points}: {objective} {sign} {bound}</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>&apos;{label}&apos;: there is no node &apos;{node}&apos;</source>
        <translation>&apos;{label}&apos;: нет узла &apos;{node}&apos;</translation>
    </message>
    <message>
        <source>&apos;{label}&apos;: &apos;{node}&apos; is a {kind}, not a {kinds}</source>
        <translation>&apos;{label}&apos;: &apos;{node}&apos; — это {kind}, а не {kinds}</translation>
    </message>
    <message>
        <source>&apos;{label}&apos;: reservoir &apos;{node}&apos; has no hydropower plant</source>
        <translation>&apos;{label}&apos;: у водохранилища &apos;{node}&apos; нет ГЭС</translation>
    </message>
    <message>
        <source>optimising {objective} alone ({members})</source>
        <translation>оптимизация только по {objective} ({members})</translation>
    </message>
    <message>
        <source>{measure} over {members} of {objective}</source>
        <translation>{measure} ({members}): {objective}</translation>
    </message>
    <message>
        <source>{measure} of {objective} no worse than {bound}</source>
        <translation>{measure} для {objective} не хуже {bound}</translation>
    </message>
</context>
<context>
    <name>UnmetTargets</name>
    <message>
        <source>storage at dead level</source>
        <translation>объём на уровне мёртвого</translation>
    </message>
    <message>
        <source>storage at the operating minimum</source>
        <translation>объём на эксплуатационном минимуме</translation>
    </message>
    <message>
        <source>storage in the buffer zone (reduced release)</source>
        <translation>объём в буферной зоне (попуск снижен)</translation>
    </message>
    <message>
        <source>above the maximum release</source>
        <translation>выше максимального попуска</translation>
    </message>
    <message>
        <source>below the minimum release</source>
        <translation>ниже минимального попуска</translation>
    </message>
    <message>
        <source>storage above the flood-control limit</source>
        <translation>объём выше противопаводкового предела</translation>
    </message>
    <message>
        <source>{name}, {period}: target {target}, released {released}: {reason}</source>
        <translation>{name}, {period}: задание {target}, попуск {released}: {reason}</translation>
    </message>
    <message>
        <source>above the maximum release of {limit}</source>
        <translation>выше максимального попуска {limit}</translation>
    </message>
    <message>
        <source>below the minimum release of {limit}</source>
        <translation>ниже минимального попуска {limit}</translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <source>Scenario</source>
        <translation>Сценарий</translation>
    </message>
    <message>
        <source>Inflow set</source>
        <translation>Вариант притока</translation>
    </message>
    <message>
        <source>First period</source>
        <translation>Первый период</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Периодов</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Водопотребитель</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Demand [Mm³]</source>
        <translation>Водопотребность [млн м³]</translation>
    </message>
    <message>
        <source>Delivered [Mm³]</source>
        <translation>Подано [млн м³]</translation>
    </message>
    <message>
        <source>Shortfall [Mm³]</source>
        <translation>Дефицит [млн м³]</translation>
    </message>
    <message>
        <source>Shortfall [%]</source>
        <translation>Дефицит [%]</translation>
    </message>
    <message>
        <source>Reliability [%]</source>
        <translation>Надёжность [%]</translation>
    </message>
    <message>
        <source>Plant</source>
        <translation>ГЭС</translation>
    </message>
    <message>
        <source>Energy [GWh]</source>
        <translation>Выработка [ГВт·ч]</translation>
    </message>
    <message>
        <source>Winter [GWh]</source>
        <translation>Зима [ГВт·ч]</translation>
    </message>
    <message>
        <source>Summer [GWh]</source>
        <translation>Лето [ГВт·ч]</translation>
    </message>
    <message>
        <source>Received [Mm³]</source>
        <translation>Получено [млн м³]</translation>
    </message>
    <message>
        <source>Inflow [Mm³]</source>
        <translation>Приток [млн м³]</translation>
    </message>
    <message>
        <source>End level [m]</source>
        <translation>Уровень в конце [м]</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Узлы</translation>
    </message>
    <message>
        <source>Release schedule Mm³</source>
        <translation>График попусков млн м³</translation>
    </message>
    <message>
        <source>Release schedule m³ s</source>
        <translation>График попусков м³ с</translation>
    </message>
</context>
</TS>
