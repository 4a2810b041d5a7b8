<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk" sourcelanguage="en">
<context>
    <name>CommandLine</name>
    <message>
        <source>scenario file (.wplan)</source>
        <translation>сценарий файлы (.wplan)</translation>
    </message>
    <message>
        <source>use the embedded default scenario ({name})</source>
        <translation>кіріктірілген әдепкі сценарийді пайдалану ({name})</translation>
    </message>
    <message>
        <source>inflow set to use (default: the scenario&apos;s first)</source>
        <translation>пайдаланылатын ағын нұсқасы (әдепкі — сценарийдегі біріншісі)</translation>
    </message>
    <message>
        <source>the default scenario is not a valid scenario:</source>
        <translation>әдепкі сценарийде қателер бар:</translation>
    </message>
    <message>
        <source>{file} is not a valid scenario:</source>
        <translation>{file} — қателері бар сценарий:</translation>
    </message>
    <message>
        <source>unknown inflow set &apos;{name}&apos;; this scenario defines: {sets}</source>
        <translation>&apos;{name}&apos; ағын нұсқасы белгісіз; бұл сценарийде бар нұсқалар: {sets}</translation>
    </message>
    <message>
        <source>the optimisation problem is infeasible.</source>
        <translation>оңтайландыру есебінің мүмкін шешімі жоқ.</translation>
    </message>
    <message>
        <source>cannot optimise: {reason}</source>
        <translation>оңтайландыру мүмкін емес: {reason}</translation>
    </message>
    <message>
        <source>cannot write to {path}: {reason}</source>
        <translation>{path} ішіне жазу мүмкін емес: {reason}</translation>
    </message>
    <message>
        <source>cannot write {path}: the folder {folder} does not exist</source>
        <translation>{path} жазу мүмкін емес: {folder} қалтасы жоқ</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>{path} жазу мүмкін емес: {reason}</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>{path} файлы жазылды</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>simulate an inflow ensemble and print its risk table</source>
        <translation>келетін ағын ансамблін есептеп, тәуекелдер кестесін шығару</translation>
    </message>
    <message>
        <source>simulate and write the results as an Excel workbook</source>
        <translation>есептеп, нәтижелерді Excel кітабына жазу</translation>
    </message>
    <message>
        <source>simulate a scenario and print its summary</source>
        <translation>сценарийді есептеп, қорытындысын шығару</translation>
    </message>
    <message>
        <source>check a scenario file and list every problem</source>
        <translation>сценарий файлын тексеріп, барлық қателерді тізіп шығару</translation>
    </message>
    <message>
        <source>write the PDF report of a scenario</source>
        <translation>сценарий бойынша PDF есепті жазу</translation>
    </message>
    <message>
        <source>optimise the release schedules of a scenario</source>
        <translation>сценарийдің су жіберу кестелерін оңтайландыру</translation>
    </message>
    <message>
        <source>Pareto front between two objectives</source>
        <translation>екі оңтайландыру мақсаты арасындағы Парето шебі</translation>
    </message>
    <message>
        <source>Plan reservoir releases on a river cascade. Without a command, opens the desktop window on FILE (or on the embedded default Syr Darya scenario).</source>
        <translation>Каскадтағы су қоймаларынан су жіберуді жоспарлау. Пәрменсіз бағдарлама терезесін FILE файлымен (немесе кіріктірілген әдепкі Сырдария сценарийімен) ашады.</translation>
    </message>
    <message>
        <source>Run &apos;waterplanner &lt;command&gt; --help&apos; for the options of a command.</source>
        <translation>Пәрмен параметрлері: &apos;waterplanner &lt;пәрмен&gt; --help&apos;.</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>бағдарлама нұсқасын көрсетіп, шығу</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>пәрмендер</translation>
    </message>
    <message>
        <source>&lt;command&gt;</source>
        <translation>&lt;пәрмен&gt;</translation>
    </message>
    <message>
        <source>Open the desktop window.</source>
        <translation>Бағдарлама терезесін ашу.</translation>
    </message>
    <message>
        <source>scenario file to open (default: the embedded Syr Darya scenario)</source>
        <translation>ашылатын сценарий файлы (әдепкі — кіріктірілген Сырдария сценарийі)</translation>
    </message>
    <message>
        <source>render the main window offscreen to PNG and exit</source>
        <translation>басты терезені экранға шығармай PNG файлына салып, шығу</translation>
    </message>
    <message>
        <source>with --screenshot: first put the window in the state of a task of the user guide, one of {tasks}</source>
        <translation>--screenshot-пен бірге: алдымен терезені пайдаланушы нұсқаулығындағы тапсырманың күйіне келтіру, біреуі: {tasks}</translation>
    </message>
    <message>
        <source>--show needs --screenshot PNG</source>
        <translation>--show үшін --screenshot PNG қажет</translation>
    </message>
    <message>
        <source>waterplanner: interrupted</source>
        <translation>waterplanner: үзілді</translation>
    </message>
    <message>
        <source>waterplanner: internal error (please report this with the text below)</source>
        <translation>waterplanner: ішкі қате (төмендегі мәтінді қоса хабарлаңыз)</translation>
    </message>
</context>
<context>
    <name>CountriesTable</name>
    <message>
        <source>  country    season             limit  withdrawn  % limit  short  formed  % basin  generated</source>
        <translation>  ел         маусым             лимит     су алу   % лим.  тапш. қалыпт.   % бас.     өндір.</translation>
    </message>
    <message>
        <source>  exchange      net</source>
        <translation>    алмасу  барлығы</translation>
    </message>
    <message>
        <source>  {id}: {supplier} → {receiver} {energy} GWh in {season}</source>
        <translation>  {id}: {supplier} → {receiver} {energy} ГВт·сағ, {season}</translation>
    </message>
    <message>
        <source>, for {water} Mm³</source>
        <translation>, {water} млн м³ үшін</translation>
    </message>
    <message>
        <source> in {season}</source>
        <translation>, {season}</translation>
    </message>
    <message>
        <source>Countries by ICWC season (water Mm³, energy GWh; withdrawn = entering the intakes)</source>
        <translation>МКВК маусымдары бойынша елдер (су — млн м³, электр энергиясы — ГВт·сағ; су алу — су алғыштарға түскен су)</translation>
    </message>
    <message>
        <source>  * season only partly within the horizon (the limit is the whole season&apos;s; exchanges count for the days covered)</source>
        <translation>  * маусым есептік кезеңге ішінара ғана кіреді (лимит — бүкіл маусымға; алмасулар қамтылған күндерге есептелген)</translation>
    </message>
    <message>
        <source>  * season only partly within the horizon (the limit is the whole season&apos;s)</source>
        <translation>  * маусым есептік кезеңге ішінара ғана кіреді (лимит — бүкіл маусымға)</translation>
    </message>
    <message>
        <source>  whole horizon, {seasons} (per season: summary.json, written with --out)</source>
        <translation>  бүкіл есептік кезең, {seasons} (маусымдар бойынша — --out арқылы жазылатын summary.json ішінде)</translation>
    </message>
    <message>
        <source>  country    withdrawn  short  formed  generated</source>
        <translation>  ел            су алу  тапш. қалыпт.     өндір.</translation>
    </message>
    <message>
        <source>  limits: the ICWC&apos;s, counting main-stem withdrawals at its control points; % limit is like for like only where the demands are those (see the scenario&apos;s notes)</source>
        <translation>  лимиттер — МКВК лимиттері, олар негізгі арнадан оның бақылау тұстамаларындағы су алуды есептейді; % лимит сценарийдің су тұтынушылары дәл солар болғанда ғана салыстырмалы (сценарий ескертпелерін қараңыз)</translation>
    </message>
    <message>
        <source>Energy exchanges (each water year):</source>
        <translation>Электр энергиясымен алмасу (әр су шаруашылық жылы):</translation>
    </message>
    <message numerus="yes">
        <source>%n seasons</source>
        <translation>
            <numerusform>%n маусым</numerusform>
            <numerusform>%n маусым</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dask</name>
    <message>
        <source>cannot reach the Dask scheduler at {address}: {reason}</source>
        <translation>{address} мекенжайындағы Dask жоспарлаушысына қосылу мүмкін емес: {reason}</translation>
    </message>
    <message>
        <source>a local cluster needs at least one worker</source>
        <translation>жергілікті кластерге кемінде бір жұмыс процесі керек</translation>
    </message>
    <message>
        <source>{done} of {members} members</source>
        <translation>{members} іске асырудың {done}</translation>
    </message>
</context>
<context>
    <name>EnsembleCommand</name>
    <message>
        <source>Simulate every member of one of the scenario&apos;s inflow ensembles (by default its own: the stochastic generator fitted to its inflow sets) and print the risk table: per demand and country the probability of a shortfall above the threshold, reliability, resilience and vulnerability; the probability of each event (a reservoir below its operating minimum, a sink receiving water, a terminal lake spilling); energy per country and season as P10/P50/P90. Runs in this process, or on Dask with --local or --scheduler (pip install &quot;waterplanner[scale]&quot;). See docs/ensembles.md.</source>
        <translation>Сценарийдің келетін ағын ансамбльдерінің біреуінің барлық іске асыруларын есептеп (әдепкі — өзінікі: ағын нұсқаларына бейімделген стохастикалық генератор), тәуекелдер кестесін шығару: әр су тұтынушы мен ел бойынша — шектен асатын тапшылық ықтималдығы, сенімділік, қалпына келу және осалдық; әр оқиғаның ықтималдығы (су қоймасы пайдалану минимумынан төмен, жүйеден шығуға су түсуі, соңғы су айдынының асып төгілуі); елдер мен маусымдар бойынша электр энергиясын өндіру P10/P50/P90 түрінде. Осы процесте немесе --local не --scheduler арқылы Dask-та есептеледі (pip install &quot;waterplanner[scale]&quot;). docs/ensembles.md қараңыз.</translation>
    </message>
    <message>
        <source>the ensemble to run (default: the scenario&apos;s first, else the generator fitted to its inflow sets)</source>
        <translation>есептелетін ансамбль (әдепкі — сценарийдегі біріншісі, әйтпесе ағын нұсқаларына бейімделген генератор)</translation>
    </message>
    <message>
        <source>number of members (default: the ensemble&apos;s own)</source>
        <translation>іске асырулар саны (әдепкі — ансамбльде берілгені)</translation>
    </message>
    <message>
        <source>generator seed (default: its own)</source>
        <translation>генератордың бастапқы мәні (әдепкі — өзінікі)</translation>
    </message>
    <message>
        <source>a member is short when its shortfall over the horizon exceeds PCT %% of demand (default 10)</source>
        <translation>есептік кезеңдегі тапшылық су қажеттілігінің PCT %% асса, іске асыру тапшылықты деп саналады (әдепкі 10)</translation>
    </message>
    <message>
        <source>run on a Dask LocalCluster of --workers processes</source>
        <translation>--workers процестен тұратын Dask LocalCluster-де есептеу</translation>
    </message>
    <message>
        <source>run on the Dask scheduler at ADDR (tcp://host:8786)</source>
        <translation>ADDR мекенжайындағы Dask жоспарлаушысында есептеу (tcp://host:8786)</translation>
    </message>
    <message>
        <source>workers of the LocalCluster (default 2)</source>
        <translation>LocalCluster жұмыс процестері (әдепкі 2)</translation>
    </message>
    <message>
        <source>members per chunk (default: sized to the scenario)</source>
        <translation>бір бөліктегі іске асырулар (әдепкі — сценарий көлеміне қарай)</translation>
    </message>
    <message>
        <source>results.nc (NetCDF) or results.zarr: every member, dims member, period, node/link; any other path: a folder for quantiles.csv, risk.csv and risk.json</source>
        <translation>results.nc (NetCDF) немесе results.zarr: барлық іске асырулар, өлшемдері member, period, node/link; кез келген басқа жол — quantiles.csv, risk.csv және risk.json үшін қалта</translation>
    </message>
    <message>
        <source>--members must be at least 1, not {value}</source>
        <translation>--members кемінде 1 болуы керек, {value} емес</translation>
    </message>
    <message>
        <source>--chunk must be at least 1, not {value}</source>
        <translation>--chunk кемінде 1 болуы керек, {value} емес</translation>
    </message>
    <message>
        <source>--workers must be at least 1, not {value}</source>
        <translation>--workers кемінде 1 болуы керек, {value} емес</translation>
    </message>
    <message>
        <source>--threshold must be between 0 and 100 (%), not {value}</source>
        <translation>--threshold 0 мен 100 (%) аралығында болуы керек, {value} емес</translation>
    </message>
    <message>
        <source>cancelling…</source>
        <translation>болдырмау…</translation>
    </message>
    <message>
        <source>Dask scheduler {address}</source>
        <translation>Dask жоспарлаушысы {address}</translation>
    </message>
    <message>
        <source>Dask LocalCluster, {workers}</source>
        <translation>Dask LocalCluster, {workers}</translation>
    </message>
    <message>
        <source>this process</source>
        <translation>осы процесс</translation>
    </message>
    <message>
        <source>, seed {seed}</source>
        <translation>, бастапқы мән {seed}</translation>
    </message>
    <message>
        <source>Ensemble &apos;{name}&apos; ({label}): {members}{seed}; {periods}; {seconds} s ({where}, {rate} members/s)</source>
        <translation>&apos;{name}&apos; ансамблі ({label}): {members}{seed}; {periods}; {seconds} с ({where}, {rate} іске асыру/с)</translation>
    </message>
    <message>
        <source>Short = shortfall over the horizon above {threshold} % of demand</source>
        <translation>Тапшылықты іске асыру — есептік кезеңдегі тапшылық су қажеттілігінің {threshold} % жоғары</translation>
    </message>
    <message>
        <source>Wrote every member to {path} ({format})</source>
        <translation>Барлық іске асырулар {path} ішіне жазылды ({format})</translation>
    </message>
    <message>
        <source>Wrote {files} to {folder}</source>
        <translation>{files} файлдары {folder} ішіне жазылды</translation>
    </message>
    <message>
        <source>ensemble: {reason}</source>
        <translation>ансамбль: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n workers</source>
        <translation>
            <numerusform>%n жұмыс процесі</numerusform>
            <numerusform>%n жұмыс процесі</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n members</source>
        <translation>
            <numerusform>%n іске асыру</numerusform>
            <numerusform>%n іске асыру</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n periods</source>
        <translation>
            <numerusform>%n кезең</numerusform>
            <numerusform>%n кезең</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Simulate a scenario and write an .xlsx workbook: a summary sheet, the nodes, the release schedules (Mm³ and m³/s) and one sheet per result quantity (rows: periods with real dates; columns: nodes, units in the header).</source>
        <translation>Сценарийді есептеп, .xlsx кітабын жазу: қорытынды парағы, тораптар, су жіберу кестелері (млн м³ және м³/с) және нәтиженің әр шамасына бір парақ (жолдар — күндері бар кезеңдер; бағандар — тораптар, бірліктері тақырыпта).</translation>
    </message>
    <message>
        <source>workbook to write</source>
        <translation>жазылатын кітап</translation>
    </message>
    <message>
        <source>--out {path}: the workbook&apos;s name must end in .xlsx</source>
        <translation>--out {path}: кітап атауы .xlsx деп аяқталуы керек</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>language of the output: en, ru or kk (default: WATERPLANNER_LANG, else the system&apos;s language)</source>
        <translation>шығыс тілі: en, ru немесе kk (әдепкі — WATERPLANNER_LANG, әйтпесе жүйе тілі)</translation>
    </message>
</context>
<context>
    <name>OptimizeCommand</name>
    <message>
        <source>Optimise every decision reservoir&apos;s release schedule over the whole horizon for the objective in the scenario&apos;s optimisation section (default: least priority-weighted shortfall plus minimum-flow deficits). See docs/optimisation.md.</source>
        <translation>Сценарийдің оңтайландыру бөліміндегі мақсат бойынша әр басқарылатын су қоймасының су жіберу кестесін бүкіл есептік кезеңге оңтайландыру (әдепкі — басымдық бойынша салмақталған ең аз тапшылық және ең аз өтім тапшылықтары). docs/optimisation.md қараңыз.</translation>
    </message>
    <message>
        <source>write the scenario with the optimised schedules to this file</source>
        <translation>оңтайландырылған кестелері бар сценарийді осы файлға жазу</translation>
    </message>
    <message>
        <source>how many binding constraints to list (default 10)</source>
        <translation>қанша белсенді шектеуді шығару (әдепкі 10)</translation>
    </message>
    <message>
        <source>robust schedule (optimise against an inflow ensemble)</source>
        <translation>орнықты кесте (келетін ағын ансамблі бойынша оңтайландыру)</translation>
    </message>
    <message>
        <source>optimise one schedule against members of this ensemble (without NAME: the scenario&apos;s first, else the default generator)</source>
        <translation>осы ансамбльдің іске асырулары бойынша бір кестені оңтайландыру (NAME болмаса — сценарийдің бірінші ансамблі, әйтпесе әдепкі генератор)</translation>
    </message>
    <message>
        <source>in-sample members the LP sees (default {count})</source>
        <translation>СБ көретін оқыту іріктемесінің іске асырулары (әдепкі {count})</translation>
    </message>
    <message>
        <source>measure of the members&apos; objective values (default cvar)</source>
        <translation>іске асырулардағы мақсат функциясы мәндерінің өлшемі (әдепкі cvar)</translation>
    </message>
    <message>
        <source>CVaR level in [0, 1) (default 0.9: the mean of the worst 10 %%)</source>
        <translation>[0, 1) аралығындағы CVaR деңгейі (әдепкі 0.9 — ең нашар 10 %% орташасы)</translation>
    </message>
    <message>
        <source>out-of-sample members to test the schedules on (default {count}; 0 for none)</source>
        <translation>кестелерді тексеруге арналған тексеру іріктемесінің іске асырулары (әдепкі {count}; 0 — тексерусіз)</translation>
    </message>
    <message>
        <source>the generator&apos;s seed (default: the ensemble&apos;s own)</source>
        <translation>генератордың бастапқы мәні (әдепкі — ансамбльде берілгені)</translation>
    </message>
    <message>
        <source>a member is short when its shortfall exceeds this %% of demand (default 10)</source>
        <translation>тапшылық су қажеттілігінің осы %% асса, іске асыру тапшылықты деп саналады (әдепкі 10)</translation>
    </message>
    <message>
        <source>{option} needs --ensemble (optimise against an inflow ensemble)</source>
        <translation>{option} үшін --ensemble керек (келетін ағын ансамблі бойынша оңтайландыру)</translation>
    </message>
    <message>
        <source>--alpha is the CVaR level: use it with --risk cvar</source>
        <translation>--alpha — CVaR деңгейі: оны --risk cvar-мен бірге қолданыңыз</translation>
    </message>
    <message>
        <source>What changes (simulated, input schedule → optimised):</source>
        <translation>Не өзгереді (есеп бойынша, бастапқы кесте → оңтайландырылған):</translation>
    </message>
    <message>
        <source>  Storage (Mm³)                  start        end             lowest</source>
        <translation>  Көлем (млн м³)                  басы        соңы            ең азы</translation>
    </message>
    <message>
        <source> (dead storage)</source>
        <translation> (өлі көлем)</translation>
    </message>
    <message>
        <source>  Energy (GWh)        winter (Oct–Mar)            summer (Apr–Sep)</source>
        <translation>  Өндіріс (ГВт·сағ)   қыс (қаз–нау)               жаз (сәу–қыр)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(жоқ)</translation>
    </message>
    <message>
        <source>  Irrigation shortfall  {before} → {after} Mm³</source>
        <translation>  Суаруға су тапшылығы            {before} → {after} млн м³</translation>
    </message>
    <message>
        <source>  Terminal-lake inflow  {before} → {after} Mm³</source>
        <translation>  Соңғы су айдынына келетін ағын  {before} → {after} млн м³</translation>
    </message>
    <message>
        <source>Release schedules (m³/s, mean per period)</source>
        <translation>Су жіберу кестелері (м³/с, кезеңдегі орташа)</translation>
    </message>
    <message>
        <source>input</source>
        <translation>баст.</translation>
    </message>
    <message>
        <source>optim.</source>
        <translation>оңтай.</translation>
    </message>
    <message>
        <source>Objective (minimised, {unit}): {before} → {after}</source>
        <translation>Мақсат функциясы (азайтылады, {unit}): {before} → {after}</translation>
    </message>
    <message>
        <source>Objective terms                            unit        before →        after</source>
        <translation>Мақсат функциясының құраушылары           бірл.         дейін →        кейін</translation>
    </message>
    <message>
        <source>  penalty: {label} {penalty}</source>
        <translation>  айыппұл: {label} {penalty}</translation>
    </message>
    <message>
        <source>Shortfall per demand (Mm³)            before →      after</source>
        <translation>Су тұтынушылар бойынша тапшылық (млн м³)  дейін →    кейін</translation>
    </message>
    <message>
        <source>Binding constraints (shadow prices in {unit} per unit):</source>
        <translation>Белсенді шектеулер (көлеңкелі бағалар бірлікке {unit}):</translation>
    </message>
    <message>
        <source>No constraint binds at the optimum.</source>
        <translation>Оңтайлы нүктеде бірде-бір шектеу белсенді емес.</translation>
    </message>
    <message>
        <source>{iterations} LP(s), {stopping}; {variables} variables, {constraints} constraints; {ms} ms ({lp_ms} ms building and solving LPs)</source>
        <translation>СБ: {iterations}, {stopping}; айнымалылар: {variables}, шектеулер: {constraints}; {ms} мс (оның {lp_ms} мс СБ құру мен шешуге)</translation>
    </message>
    <message>
        <source> and {path} was not written</source>
        <translation>, ал {path} файлы жазылмады</translation>
    </message>
    <message>
        <source>the simulator does not confirm the optimised schedule: a hard requirement is not met when the schedule is simulated, although the optimiser&apos;s linearisation met it (see the self-check above). Relax that requirement or make it soft{what}.</source>
        <translation>модель оңтайландырылған кестені растамайды: кестені есептегенде қатаң шектеу орындалмайды, дегенмен оңтайландырғыштың сызықтандыруында орындалды (жоғарыдағы өзін-өзі тексеруді қараңыз). Сол шектеуді әлсіретіңіз немесе жұмсақ етіңіз{what}.</translation>
    </message>
    <message>
        <source>waterplanner: internal error: the optimiser and the simulator disagree about the optimised schedule (see the self-check above){what}. Please report this with the scenario file.</source>
        <translation>waterplanner: ішкі қате: оңтайландырғыш пен модель оңтайландырылған кесте бойынша келіспейді (жоғарыдағы өзін-өзі тексеруді қараңыз){what}. Сценарий файлын қоса хабарлаңыз.</translation>
    </message>
    <message>
        <source>Wrote the optimised scenario to {path}</source>
        <translation>Оңтайландырылған сценарий {path} ішіне жазылды</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Simulate a scenario and write its A4 PDF report: title page with the file&apos;s SHA-256, executive summary by country, schematic, plots, release schedules, shortfalls, the comparison with a baseline (--baseline) and the data sources; with --ensemble, the risk over an inflow ensemble (see docs/ensembles.md). Works without a display.</source>
        <translation>Сценарийді есептеп, A4 пішіміндегі PDF есебін жазу: файлдың SHA-256 көрсетілген титул парағы, елдер бойынша қысқаша қорытынды, сұлба, графиктер, су жіберу кестелері, тапшылықтар, базалық нұсқамен салыстыру (--baseline) және деректер көздері; --ensemble арқылы — келетін ағын ансамблі бойынша тәуекелдер (docs/ensembles.md қараңыз). Дисплейсіз жұмыс істейді.</translation>
    </message>
    <message>
        <source>simulate an inflow ensemble instead of one inflow set (NAME: one of the scenario&apos;s ensembles; default its first, else the generator fitted to its inflow sets) and add the section &apos;Risk over the inflow ensemble&apos;</source>
        <translation>бір ағын нұсқасының орнына келетін ағын ансамблін есептеу (NAME — сценарий ансамбльдерінің бірі; әдепкі — біріншісі, әйтпесе ағын нұсқаларына бейімделген генератор) және келетін ағын ансамблі бойынша тәуекелдер бөлімін қосу</translation>
    </message>
    <message>
        <source>members of the ensemble (default: the ensemble&apos;s own; the window simulates {count})</source>
        <translation>ансамбль іске асыруларының саны (әдепкі — ансамбльде берілгені; бағдарлама терезесі {count} есептейді)</translation>
    </message>
    <message>
        <source>the ensemble member every section but the risk section reports: its number (from 1, as the window shows it) or the driest, median or wettest by total inflow (default 1)</source>
        <translation>тәуекел бөлімінен басқа барлық бөлімдер көрсететін ансамбль іске асыруы: оның нөмірі (бағдарлама терезесіндегідей 1-ден бастап) немесе жалпы келетін ағын бойынша ең сусыз (driest), медианалық (median) не ең сулы (wettest) іске асыру (әдепкі 1)</translation>
    </message>
    <message>
        <source>scenario to compare with (simulated with the same inflow set when it has one of that name, otherwise with its first)</source>
        <translation>салыстыратын сценарий (онда осындай атаулы ағын нұсқасы болса, сол нұсқамен, әйтпесе біріншісімен есептеледі)</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>жазылатын PDF файлы</translation>
    </message>
    <message>
        <source>author on the title page (default: the scenario&apos;s)</source>
        <translation>титул парағындағы автор (әдепкі — сценарийдегі)</translation>
    </message>
    <message>
        <source>organisation on the title page (default: the scenario&apos;s)</source>
        <translation>титул парағындағы ұйым (әдепкі — сценарийдегі)</translation>
    </message>
    <message>
        <source>report title (default: the scenario&apos;s name)</source>
        <translation>есептің тақырыбы (әдепкі — сценарий атауы)</translation>
    </message>
    <message>
        <source>no progress display</source>
        <translation>орындалу барысын көрсетпеу</translation>
    </message>
    <message>
        <source>{option} needs --ensemble (it applies to an inflow ensemble)</source>
        <translation>{option} үшін --ensemble керек (келетін ағын ансамбліне қатысты)</translation>
    </message>
    <message>
        <source>--inflows and --ensemble exclude each other: an ensemble replaces the inflow set</source>
        <translation>--inflows пен --ensemble бірін-бірі жоққа шығарады: ансамбль ағын нұсқасын алмастырады</translation>
    </message>
    <message>
        <source>--member must be a member&apos;s number (from 1) or driest, median or wettest, not &apos;{value}&apos;</source>
        <translation>--member іске асыру нөмірі (1-ден бастап) немесе driest, median, wettest болуы керек, «{value}» емес</translation>
    </message>
    <message>
        <source>--out {path} is a folder; give the PDF file&apos;s name</source>
        <translation>--out {path} — қалта; PDF файлының атауын көрсетіңіз</translation>
    </message>
    <message>
        <source>the baseline {file} is not a valid scenario:</source>
        <translation>{file} базалық нұсқасы — қателері бар сценарий:</translation>
    </message>
    <message>
        <source>{name} ({file}, inflows &apos;{inflow_set}&apos;)</source>
        <translation>{name} ({file}, ағын &apos;{inflow_set}&apos;)</translation>
    </message>
    <message>
        <source>{file} (shipped with WaterPlanner)</source>
        <translation>{file} (WaterPlanner-мен бірге жеткізіледі)</translation>
    </message>
    <message>
        <source>Wrote {path} ({pages}, {size} kB) in {seconds} s</source>
        <translation>{path} жазылды ({pages}, {size} КБ), {seconds} с</translation>
    </message>
    <message>
        <source>Note: {note}.</source>
        <translation>Ескертпе: {note}.</translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation>
            <numerusform>%n бет</numerusform>
            <numerusform>%n бет</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>--member {number}: the ensemble has only %n members</source>
        <translation>
            <numerusform>--member {number}: ансамбльде тек %n іске асыру бар</numerusform>
            <numerusform>--member {number}: ансамбльде тек %n іске асыру бар</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RiskTable</name>
    <message numerus="yes">
        <source>%n members</source>
        <translation>
            <numerusform>%n іске асыру</numerusform>
            <numerusform>%n іске асыру</numerusform>
        </translation>
    </message>
    <message>
        <source>any shortfall</source>
        <translation>кез келген тапшылықта</translation>
    </message>
    <message>
        <source>shortfall above {pct} % of demand</source>
        <translation>тапшылық су қажеттілігінің {pct} % асқанда</translation>
    </message>
    <message>
        <source>demand</source>
        <translation>қажет.</translation>
    </message>
    <message>
        <source>short</source>
        <translation>тапш.</translation>
    </message>
    <message>
        <source>P(short</source>
        <translation>P(тапш.</translation>
    </message>
    <message>
        <source>reliab.</source>
        <translation>сенім.</translation>
    </message>
    <message>
        <source>resil.</source>
        <translation>қалп.</translation>
    </message>
    <message>
        <source>vulnerability</source>
        <translation>осалдық</translation>
    </message>
    <message>
        <source>Mm³</source>
        <translation>млн м³</translation>
    </message>
    <message>
        <source>Mm³ (% demand)</source>
        <translation>млн м³ (%қаж.)</translation>
    </message>
    <message>
        <source>Risk over {members} (a period fails on {tolerance}; Hashimoto et al. 1982)</source>
        <translation>{members} бойынша тәуекелдер (кезең {tolerance} сәтсіз деп саналады; Hashimoto et al., 1982)</translation>
    </message>
    <message>
        <source>  Countries (each demand split by its country shares)</source>
        <translation>  Елдер (әр су тұтынушы елдердің үлестері бойынша бөлінген)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <source>P %</source>
        <translation>P %</translation>
    </message>
    <message>
        <source>mean amount</source>
        <translation>орташа мәні</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>дәл</translation>
    </message>
    <message>
        <source>from fixed-edge histograms</source>
        <translation>шекаралары тұрақты гистограммалар бойынша</translation>
    </message>
    <message>
        <source>country</source>
        <translation>ел</translation>
    </message>
    <message>
        <source>season</source>
        <translation>маусым</translation>
    </message>
    <message>
        <source>  Energy per country and ICWC season, GWh ({how})</source>
        <translation>  Елдер мен МКВК маусымдары бойынша электр энергиясын өндіру, ГВт·сағ ({how})</translation>
    </message>
    <message>
        <source>  * season only partly in the horizon</source>
        <translation>  * маусым есептік кезеңге ішінара ғана кіреді</translation>
    </message>
</context>
<context>
    <name>RobustOutput</name>
    <message>
        <source>In-sample</source>
        <translation>Оқыту іріктемесі</translation>
    </message>
    <message>
        <source>Out-of-sample</source>
        <translation>Тексеру іріктемесі</translation>
    </message>
    <message>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>objective</source>
        <translation>мақсат</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>орташа</translation>
    </message>
    <message>
        <source>worst</source>
        <translation>ең нашар</translation>
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
        <translation>  қатаң шектеулер бұзылды</translation>
    </message>
    <message>
        <source>  Shortfall over the horizon, Mm³ (mean / CVaR {pct} / P(short &gt; {threshold} %))</source>
        <translation>  Есептік кезеңдегі тапшылық, млн м³ (орташа / CVaR {pct} / P(тапшылық &gt; {threshold} %))</translation>
    </message>
    <message>
        <source>determ.</source>
        <translation>детерм.</translation>
    </message>
    <message>
        <source>robust</source>
        <translation>орнықты</translation>
    </message>
    <message>
        <source>Robust schedule against ensemble &apos;{name}&apos; ({label}){seed}: K = {k} in-sample members, {measure} of the objective</source>
        <translation>&apos;{name}&apos; ансамблі бойынша орнықты кесте ({label}){seed}: оқыту іріктемесінің K = {k} іске асыруы, мақсат функциясының {measure}</translation>
    </message>
    <message>
        <source>Objective ({measure} over the in-sample members, minimised, {unit}): {before} → {after} (the LP&apos;s own value {lp})</source>
        <translation>Мақсат функциясы (оқыту іріктемесінің іске асырулары бойынша {measure}, азайтылады, {unit}): {before} → {after} (СБ-ның өз мәні {lp})</translation>
    </message>
    <message>
        <source>No out-of-sample members (--test-members 0).</source>
        <translation>Тексеру іріктемесі жоқ (--test-members 0).</translation>
    </message>
    <message>
        <source>{iterations} LP(s), {stopping}; {variables} variables, {constraints} constraints, {nonzeros} non-zeros; {seconds} s ({lp_seconds} s building and solving LPs)</source>
        <translation>СБ: {iterations}, {stopping}; айнымалылар: {variables}, шектеулер: {constraints}, нөлдік еместер: {nonzeros}; {seconds} с (оның {lp_seconds} с СБ құру мен шешуге)</translation>
    </message>
    <message>
        <source>(CVaR columns at 90 %: the measure optimised was the mean.)</source>
        <translation>(CVaR бағандары 90 % кезінде: орташа мән оңтайландырылды.)</translation>
    </message>
</context>
<context>
    <name>SimulateCommand</name>
    <message>
        <source>Simulate a scenario&apos;s release schedules and print a summary table (and, when the scenario names countries, a table per country and ICWC season). With --out, also write one CSV per quantity (rows: periods; columns: nodes; units in the header) and summary.json.</source>
        <translation>Сценарийдің су жіберу кестелерін есептеп, қорытынды кестені шығару (ал сценарийде елдер көрсетілсе — елдер мен МКВК маусымдары бойынша кестені де). --out арқылы әр шамаға бір CSV файлын (жолдар — кезеңдер; бағандар — тораптар; бірліктері тақырыпта) және summary.json файлын да жазу.</translation>
    </message>
    <message>
        <source>folder for the CSV files and summary.json</source>
        <translation>CSV файлдары мен summary.json үшін қалта</translation>
    </message>
    <message>
        <source>Wrote {count} files to {folder}</source>
        <translation>{folder} қалтасына жазылған файлдар: {count}</translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation> және тағы {count}</translation>
    </message>
    <message>
        <source>the summary holds numbers that are not finite: {fields}{more}</source>
        <translation>қорытындыда шектеусіз мәндер бар: {fields}{more}</translation>
    </message>
    <message>
        <source>the water balance does not close (mass balance FAILED: residual {residual} Mm³, worst at node {node})</source>
        <translation>су балансы жинақталмайды (қалдық {residual} млн м³, ең үлкені {node} торабында)</translation>
    </message>
    <message>
        <source>waterplanner: internal error: {faults}.
The scenario is valid, so this is a fault of WaterPlanner: please report it with the scenario file.</source>
        <translation>waterplanner: ішкі қате: {faults}.
Сценарий дұрыс, демек бұл WaterPlanner қатесі: сценарий файлын қоса хабарлаңыз.</translation>
    </message>
</context>
<context>
    <name>SummaryTable</name>
    <message>
        <source>Release targets not met ({count}):</source>
        <translation>Орындалмаған су жіберу тапсырмалары ({count}):</translation>
    </message>
    <message>
        <source>  … and {count} more</source>
        <translation>  … және тағы {count}</translation>
    </message>
    <message>
        <source>Inflow set: {name}</source>
        <translation>Ағын нұсқасы: {name}</translation>
    </message>
    <message>
        <source>Demands                          demand km³  delivered km³  short %  reliab. %</source>
        <translation>Су тұтынушылар, км³                қажеттілік   берілді     тапш. %  сенім. %</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>  Worst: {name} ({short} % short; largest period shortfall {largest} Mm³)</source>
        <translation>  Ең үлкен тапшылық: {name} ({short} %; кезеңдегі ең үлкен тапшылық {largest} млн м³)</translation>
    </message>
    <message>
        <source>Hydropower                       total GWh  winter GWh  summer GWh</source>
        <translation>СЭС, ГВт·сағ                           барлығы         қыс         жаз</translation>
    </message>
    <message>
        <source>Countries    water received km³  short %  energy GWh (winter / summer)</source>
        <translation>Елдер           алынған су, км³  тапш. %  ГВт·сағ (қыс / жаз)</translation>
    </message>
    <message>
        <source>Reservoirs                       start km³  end km³  end % active  min km³  spill km³</source>
        <translation>Су қоймалары, км³                     басында  соңында     % пайдалы     мин.  бос төгу</translation>
    </message>
    <message>
        <source>  (% active: {definition})</source>
        <translation>  (% пайдалы: {definition})</translation>
    </message>
    <message>
        <source>{name}: inflow {inflow} km³, level {start} → {end} m, outflow over the crest {outflow} km³</source>
        <translation>{name}: келетін ағын {inflow} км³, деңгей {start} → {end} м, жал арқылы ағып кету {outflow} км³</translation>
    </message>
    <message>
        <source>from {source} {volume}</source>
        <translation>{source} тарапынан {volume}</translation>
    </message>
    <message>
        <source>{name}: {inflow} km³ (Oct–Mar {winter}): {sources}</source>
        <translation>{name}: {inflow} км³ (қаз–нау {winter}): {sources}</translation>
    </message>
    <message>
        <source>Minimum flow at {node}: {deficit} Mm³ short</source>
        <translation>{node} тұсындағы ең аз өтім: тапшылық {deficit} млн м³</translation>
    </message>
    <message>
        <source>Link {link} carried {excess} Mm³ above its capacity</source>
        <translation>{link} учаскесі өткізу қабілетінен тыс {excess} млн м³ өткізді</translation>
    </message>
    <message>
        <source>Mass balance ok: residual {residual} Mm³ ({relative} of {throughput} km³ in play); worst node {node} {worst} Mm³</source>
        <translation>Су балансы жинақталады: қалдық {residual} млн м³ (айналымдағы {throughput} км³-тің {relative}); ең үлкені {node} торабында: {worst} млн м³</translation>
    </message>
    <message>
        <source>Mass balance FAILED: residual {residual} Mm³ ({relative} of {throughput} km³ in play); worst node {node} {worst} Mm³</source>
        <translation>Су балансы ЖИНАҚТАЛМАЙДЫ: қалдық {residual} млн м³ (айналымдағы {throughput} км³-тің {relative}); ең үлкені {node} торабында: {worst} млн м³</translation>
    </message>
    <message>
        <source>Simulated in {ms} ms</source>
        <translation>Есептеу уақыты {ms} мс</translation>
    </message>
</context>
<context>
    <name>TradeOffCommand</name>
    <message>
        <source>Risk axes over an inflow ensemble: mean:&lt;objective&gt; or cvar&lt;level&gt;:&lt;objective&gt;, e.g. cvar90:shortfall:kyzylorda (the mean of the worst 10 % of the members) against mean:energy::winter; with --ensemble, --members and --seed.</source>
        <translation>Келетін ағын ансамблі бойынша тәуекел осьтері: mean:&lt;мақсат&gt; немесе cvar&lt;деңгей&gt;:&lt;мақсат&gt;, мысалы cvar90:shortfall:kyzylorda (ең нашар 10 % іске асырулардың орташасы) mean:energy::winter-ге қарсы; --ensemble, --members және --seed арқылы.</translation>
    </message>
    <message>
        <source>Objectives available in {scenario}:</source>
        <translation>{scenario} сценарийіндегі қолжетімді мақсаттар:</translation>
    </message>
    <message>
        <source>Objectives available in this scenario:</source>
        <translation>Бұл сценарийдегі қолжетімді мақсаттар:</translation>
    </message>
    <message>
        <source>(Give FILE or --default before --help to list a scenario&apos;s own.)</source>
        <translation>(Сценарийдің өз мақсаттарын көру үшін --help алдында FILE немесе --default көрсетіңіз.)</translation>
    </message>
    <message>
        <source>(cannot list the objectives: {reason})</source>
        <translation>(мақсаттарды тізу мүмкін емес: {reason})</translation>
    </message>
    <message>
        <source>Sweep an ε-constraint between two objectives and print the Pareto front (with --out, a CSV with one row per point and the schedule behind it).</source>
        <translation>Екі мақсат арасында ε-шектеумен өтіп, Парето шебін шығару (--out арқылы — әр нүктеге оның кестесімен бір жол бар CSV).</translation>
    </message>
    <message>
        <source>show this help and the objectives the scenario offers, then exit</source>
        <translation>осы анықтаманы және сценарийдегі мақсаттарды көрсетіп, шығу</translation>
    </message>
    <message>
        <source>the two objectives: labels of the scenario&apos;s optimisation section or kind[:node,node][:season], e.g. shortfall lake_inflow:north_aral (the list is below)</source>
        <translation>екі мақсат: сценарийдің оңтайландыру бөліміндегі белгілер немесе kind[:node,node][:season], мысалы shortfall lake_inflow:north_aral (тізім төменде)</translation>
    </message>
    <message>
        <source>number of points on the front (default 10, at least 2)</source>
        <translation>шептегі нүктелер саны (әдепкі 10, кемінде 2)</translation>
    </message>
    <message>
        <source>write the front to a CSV file</source>
        <translation>шепті CSV файлына жазу</translation>
    </message>
    <message>
        <source>risk axes (over members of an inflow ensemble)</source>
        <translation>тәуекел осьтері (келетін ағын ансамблінің іске асырулары бойынша)</translation>
    </message>
    <message>
        <source>sweep over members of this ensemble (without NAME: the scenario&apos;s first, else the default generator); implied by a risk axis</source>
        <translation>осы ансамбльдің іске асырулары бойынша есептеу (NAME болмаса — сценарийдің бірінші ансамблі, әйтпесе әдепкі генератор); тәуекел осі болса, өздігінен</translation>
    </message>
    <message>
        <source>members in each LP (default {count})</source>
        <translation>әр СБ-дағы іске асырулар (әдепкі {count})</translation>
    </message>
    <message>
        <source>{option} needs --ensemble or a risk axis (cvar90:…, mean:…)</source>
        <translation>{option} үшін --ensemble немесе тәуекел осі керек (cvar90:…, mean:…)</translation>
    </message>
    <message>
        <source>--points must be at least 2</source>
        <translation>--points кемінде 2 болуы керек</translation>
    </message>
    <message>
        <source>stopping after the current point …</source>
        <translation>ағымдағы нүктеден кейін тоқтату …</translation>
    </message>
    <message>
        <source>Pareto front: {a} ({a_sense}, {a_unit}) vs {b} ({b_sense}, {b_unit})</source>
        <translation>Парето шебі: {a} ({a_sense}, {a_unit}) және {b} ({b_sense}, {b_unit})</translation>
    </message>
    <message>
        <source>point</source>
        <translation>нүкте</translation>
    </message>
    <message>
        <source>  (dominated)</source>
        <translation>  (басылған)</translation>
    </message>
    <message>
        <source>infeasible</source>
        <translation>мүмкін емес</translation>
    </message>
    <message>
        <source>{points} point(s), {lps} LPs, {seconds} s</source>
        <translation>нүктелер: {points}, СБ: {lps}, {seconds} с</translation>
    </message>
    <message>
        <source> (cancelled: partial front)</source>
        <translation> (тоқтатылды: шеп толық емес)</translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message>
        <source>Check a scenario file. Prints one problem per line on stderr as &apos;location: message&apos; (and their count on stdout). Exit 0 when valid, 2 when not.</source>
        <translation>Сценарий файлын тексеру. Әр қатені stderr ағынына бір жолдан &apos;орны: хабар&apos; түрінде шығарады (олардың санын stdout ағынына). Қате болмаса шығу коды 0, әйтпесе 2.</translation>
    </message>
    <message>
        <source>{file}: {problems}</source>
        <translation>{file}: {problems}</translation>
    </message>
    <message>
        <source>{file}: valid ({nodes}, {links}, {periods}, inflow sets: {sets})</source>
        <translation>{file}: қате жоқ ({nodes}, {links}, {periods}, ағын нұсқалары: {sets})</translation>
    </message>
    <message numerus="yes">
        <source>%n problems</source>
        <translation>
            <numerusform>%n қате</numerusform>
            <numerusform>%n қате</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n nodes</source>
        <translation>
            <numerusform>%n торап</numerusform>
            <numerusform>%n торап</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n links</source>
        <translation>
            <numerusform>%n учаске</numerusform>
            <numerusform>%n учаске</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month periods</source>
        <translation>
            <numerusform>%n айлық кезең</numerusform>
            <numerusform>%n айлық кезең</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dekad periods</source>
        <translation>
            <numerusform>%n онкүндік</numerusform>
            <numerusform>%n онкүндік</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day periods</source>
        <translation>
            <numerusform>%n тәуліктік кезең</numerusform>
            <numerusform>%n тәуліктік кезең</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>қолданылуы: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>позициялық аргументтер</translation>
    </message>
    <message>
        <source>options</source>
        <translation>параметрлер</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>осы анықтаманы көрсетіп, шығу</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: қате: %(message)s
</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>міндетті аргументтер көрсетілмеген: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>танылмаған аргументтер: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>жарамсыз таңдау: %(value)r (мыналардан таңдаңыз: %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>%(type)s түрінің жарамсыз мәні: %(value)r</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>%(argument_name)s аргументі: %(message)s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>бір аргумент күтілді</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>ең көбі бір аргумент күтілді</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>кемінде бір аргумент күтілді</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>күтілген аргументтер саны: %s</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>күтілген аргументтер саны: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>%s аргументімен бірге қолдануға болмайды</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>%s аргументтерінің бірі міндетті</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>бірмәнсіз емес параметр: %(option)s мыналарға сәйкес келуі мүмкін: %(matches)s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>анық көрсетілген %r аргументі ескерілмеді</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>&apos;%(filename)s&apos; ашу мүмкін емес: %(error)s</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>белгісіз пәрмен %(parser_name)r (мүмкіндері: %(choices)s)</translation>
    </message>
</context>
</TS>
