<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk" sourcelanguage="en">
<context>
    <name>Report</name>
    <message>
        <source>Untitled scenario</source>
        <translation>Атаусыз сценарий</translation>
    </message>
    <message>
        <source>(not saved to a file)</source>
        <translation>(файлға сақталмаған)</translation>
    </message>
    <message>
        <source>{name}, inflows &apos;{inflow_set}&apos;</source>
        <translation>{name}, келетін ағын «{inflow_set}»</translation>
    </message>
    <message>
        <source>, seed {seed}</source>
        <translation>, генератор дәні {seed}</translation>
    </message>
    <message>
        <source>ensemble {title}: {members}{seed}</source>
        <translation>ансамбль {title}: {members}{seed}</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Мазмұны</translation>
    </message>
    <message>
        <source>WaterPlanner · {title}</source>
        <translation>WaterPlanner · {title}</translation>
    </message>
    <message>
        <source>unsaved scenario</source>
        <translation>сақталмаған сценарий</translation>
    </message>
    <message>
        <source>{file} · SHA-256 {hash}… · inflows: {inflows} · {date}</source>
        <translation>{file} · SHA-256 {hash}… · келетін ағын: {inflows} · {date}</translation>
    </message>
    <message>
        <source>Page {number} of {total}</source>
        <translation>Бет {number} / {total}</translation>
    </message>
    <message>
        <source>cannot write {path}: permission denied (is the file read-only or open in another program?)</source>
        <translation>{path} жазу мүмкін емес: рұқсат жоқ (файл тек оқуға арналған ба, әлде басқа бағдарламада ашық па?)</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>{path} жазу мүмкін емес: {reason}</translation>
    </message>
    <message>
        <source>cannot write {path}: the folder {folder} does not exist</source>
        <translation>{path} жазу мүмкін емес: {folder} қалтасы жоқ</translation>
    </message>
    <message>
        <source>cannot write {path}: it is a folder</source>
        <translation>{path} жазу мүмкін емес: бұл қалта</translation>
    </message>
    <message>
        <source>cannot write into {folder}: permission denied</source>
        <translation>{folder} қалтасына жазуға рұқсат жоқ</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Дайындық</translation>
    </message>
    <message>
        <source>cannot write {path}: the PDF could not be started</source>
        <translation>{path} жазу мүмкін емес: PDF құжатын бастау мүмкін болмады</translation>
    </message>
    <message>
        <source>Drawing the title page</source>
        <translation>Титул беті</translation>
    </message>
    <message>
        <source>Drawing page {number} of {total}</source>
        <translation>Бет {number} / {total}</translation>
    </message>
    <message>
        <source>cannot write {path}: making the PDF failed</source>
        <translation>{path} жазу мүмкін емес: PDF жасау сәтсіз аяқталды</translation>
    </message>
    <message>
        <source>Writing the file</source>
        <translation>Файлды жазу</translation>
    </message>
    <message>
        <source>cannot write {path}: the PDF came out empty</source>
        <translation>{path} жазу мүмкін емес: PDF бос болып шықты</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Дайын</translation>
    </message>
    <message>
        <source>{title} – WaterPlanner report</source>
        <translation>{title} – WaterPlanner есебі</translation>
    </message>
    <message>
        <source>Building {section}</source>
        <translation>Бөлімді дайындау: {section}</translation>
    </message>
    <message>
        <source>Laying out pages</source>
        <translation>Беттерді беттеу</translation>
    </message>
    <message numerus="yes">
        <source>%n members</source>
        <translation>
            <numerusform>%n іске асыру</numerusform>
            <numerusform>%n іске асыру</numerusform>
        </translation>
    </message>
    <message>
        <source>executive summary</source>
        <translation>қысқаша қорытынды</translation>
    </message>
    <message>
        <source>cascade schematic</source>
        <translation>каскад сызбасы</translation>
    </message>
    <message>
        <source>countries</source>
        <translation>елдер</translation>
    </message>
    <message>
        <source>risk</source>
        <translation>тәуекел</translation>
    </message>
    <message>
        <source>plots</source>
        <translation>графиктер</translation>
    </message>
    <message>
        <source>release schedules</source>
        <translation>су жіберу кестелері</translation>
    </message>
    <message>
        <source>shortfall</source>
        <translation>тапшылық</translation>
    </message>
    <message>
        <source>baseline comparison</source>
        <translation>базалық нұсқамен салыстыру</translation>
    </message>
    <message>
        <source>optimisation</source>
        <translation>оңтайландыру</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>дереккөздер</translation>
    </message>
</context>
<context>
    <name>ReportComparison</name>
    <message>
        <source>Water delivered, {unit}</source>
        <translation>Берілген су, {unit}</translation>
    </message>
    <message>
        <source>Shortfall, %</source>
        <translation>Тапшылық, %</translation>
    </message>
    <message>
        <source>Energy, {unit}</source>
        <translation>Өндіру, {unit}</translation>
    </message>
    <message>
        <source>Winter energy, {unit}</source>
        <translation>Қыстағы өндіру, {unit}</translation>
    </message>
    <message>
        <source>Summer energy, {unit}</source>
        <translation>Жаздағы өндіру, {unit}</translation>
    </message>
    <message>
        <source>Inflow to {lake}, {unit}</source>
        <translation>{lake}: келетін ағын, {unit}</translation>
    </message>
    <message>
        <source>{lake} end level, {unit}</source>
        <translation>{lake}: соңындағы деңгей, {unit}</translation>
    </message>
    <message>
        <source>{reservoir} end storage, {unit}</source>
        <translation>{reservoir}: соңындағы көлем, {unit}</translation>
    </message>
    <message>
        <source>{reservoir} end fill (active), %</source>
        <translation>{reservoir}: соңындағы пайдалы көлемнің толуы, %</translation>
    </message>
    <message>
        <source>Comparison with the baseline</source>
        <translation>Базалық нұсқамен салыстыру</translation>
    </message>
    <message>
        <source>Baseline: {baseline}. Changes are this scenario minus the baseline.</source>
        <translation>Базалық нұсқа: {baseline}. Өзгерістер — осы сценарий минус базалық нұсқа.</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <source>This scenario</source>
        <translation>Осы сценарий</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Базалық нұсқа</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Өзгеріс</translation>
    </message>
    <message>
        <source>Changes by country</source>
        <translation>Елдер бойынша өзгерістер</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Алынды</translation>
    </message>
    <message>
        <source>Shortfall
%</source>
        <translation>Тапшылық
%</translation>
    </message>
    <message>
        <source>Change
points</source>
        <translation>Өзгеріс,
п. п.</translation>
    </message>
    <message>
        <source>Winter energy
change</source>
        <translation>Қыстағы
өндіру өзгерісі</translation>
    </message>
    <message>
        <source>Summer energy
change</source>
        <translation>Жаздағы
өндіру өзгерісі</translation>
    </message>
    <message>
        <source>Shortfall by demand</source>
        <translation>Су тұтынушылар бойынша тапшылық</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Су тұтынушы</translation>
    </message>
    <message>
        <source>Shortfall</source>
        <translation>Тапшылық</translation>
    </message>
    <message>
        <source>Baseline
%</source>
        <translation>Базалық
нұсқа, %</translation>
    </message>
    <message>
        <source>The plots in &apos;Results over time&apos; overlay the baseline as dashed grey curves.</source>
        <translation>«Уақыт бойынша нәтижелер» бөлімінің графиктерінде базалық нұсқа сұр штрих сызықтармен көрсетілген.</translation>
    </message>
</context>
<context>
    <name>ReportCountries</name>
    <message>
        <source>Unassigned</source>
        <translation>Елсіз</translation>
    </message>
    <message>
        <source>{volume} of water</source>
        <translation>{volume} су</translation>
    </message>
    <message>
        <source>{volume} of water in {season}</source>
        <translation>{volume} су, {season}</translation>
    </message>
    <message>
        <source>Withdrawal is the water entering the intakes of a country&apos;s demands, before the intakes&apos; losses; delivery is what reaches the fields and shortfall what the demands did not get. A demand irrigated by several countries (the Fergana Valley) is split among them by its shares. Limits are the ICWC&apos;s, per season of the water year: non-vegetation October–March and vegetation April–September; % of limit is the withdrawal as a share of the season&apos;s limit, printed in bold colour above 100 %. Flow formed is the local inflow of the rivers rising in a country, % of basin its share of the basin&apos;s inflow that season. Energy generated is that of the country&apos;s plants, at dams and run-of-river.</source>
        <translation>Су алу — елдің су тұтынушыларының су алғыштарына түскен су, су алғыштардағы шығынға дейін; су беру — егістікке жеткен су, тапшылық — су тұтынушылар алмаған су. Бірнеше ел суаратын су тұтынушы (Ферғана алқабы) олардың арасында үлестері бойынша бөлінеді. Лимиттер — су шаруашылық жылының әр кезеңіне арналған МКВК лимиттері: вегетацияаралық (қазан–наурыз) және вегетациялық (сәуір–қыркүйек); лимиттің % — су алудың кезең лимитіне пайыздық үлесі, 100 %-дан асса түспен белгіленеді. Қалыптасқан ағын — елде бастау алатын өзендердің жергілікті ағыны, бассейннің % — оның кезеңдегі бассейн ағынындағы үлесі. Өндіру — елдің бөгеттердегі және арналық СЭС-тері өндірген электр энергиясы.</translation>
    </message>
    <message>
        <source> An ICWC limit counts main-stem withdrawals at the ICWC&apos;s control points: where a country&apos;s demands hold more (small rivers, users below a control point), % of limit is not like for like; the scenario&apos;s notes say what each limit covers.</source>
        <translation> МКВК лимиті негізгі арнадан су алуды МКВК бақылау тұстамаларында есептейді: егер елдің су тұтынушылары көбірек қамтыса (шағын өзендер, тұстамадан төмендегі су пайдаланушылар), лимиттің % тікелей салыстырмалы емес; әр лимит нені қамтитыны сценарий ескертпелерінде айтылған.</translation>
    </message>
    <message>
        <source> The exchange ledger moves energy from supplier to receiver in its season of every water year; net energy = generated + received − supplied.</source>
        <translation> Айырбас келісімдері бойынша электр энергиясы әр су шаруашылық жылының көрсетілген кезеңінде жеткізушіден алушыға беріледі; сальдо = өндіру + алынды − берілді.</translation>
    </message>
    <message>
        <source>* Season only partly within the horizon: its limit is the whole season&apos;s; exchanges count for the days covered.</source>
        <translation>* Кезең есептік кезеңге тек ішінара кіреді: лимит бүкіл кезеңге берілген; айырбастар қамтылған күндерге есептелген.</translation>
    </message>
    <message>
        <source>* Season only partly within the horizon: its limit is the whole season&apos;s.</source>
        <translation>* Кезең есептік кезеңге тек ішінара кіреді: лимит бүкіл кезеңге берілген.</translation>
    </message>
    <message>
        <source>Unassigned: demands, rivers and plants of no country.</source>
        <translation>Елсіз — ешбір елге жатқызылмаған су тұтынушылар, өзендер және СЭС.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <source>ICWC season</source>
        <translation>МКВК кезеңі</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Елдер</translation>
    </message>
    <message>
        <source>Water by country and season</source>
        <translation>Елдер мен кезеңдер бойынша су</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Лимит</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>Су алу</translation>
    </message>
    <message>
        <source>% of
limit</source>
        <translation>Лимиттен
%</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Су
қажеттілігі</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Су беру</translation>
    </message>
    <message>
        <source>Shortfall</source>
        <translation>Тапшылық</translation>
    </message>
    <message>
        <source>Flow formed</source>
        <translation>Қалыптасқан
ағын</translation>
    </message>
    <message>
        <source>% of
basin</source>
        <translation>Бассейннен
%</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Өндіру</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Алынды</translation>
    </message>
    <message>
        <source>Supplied</source>
        <translation>Берілді</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Сальдо</translation>
    </message>
    <message>
        <source>Flow formation and energy</source>
        <translation>Ағынның қалыптасуы және өндіру</translation>
    </message>
    <message>
        <source>Energy exchange ledger</source>
        <translation>Электр энергиясымен алмасу</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Алмасу</translation>
    </message>
    <message>
        <source>Supplier → receiver</source>
        <translation>Жеткізуші → алушы</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Энергия</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>In return</source>
        <translation>Орнына</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>Each exchange repeats in every water year of the horizon.</source>
        <translation>Әр алмасу есептік кезеңнің әр су шаруашылық жылында қайталанады.</translation>
    </message>
    <message>
        <source>Changes from the baseline by country and season</source>
        <translation>Базалық нұсқадан елдер мен кезеңдер бойынша өзгерістер</translation>
    </message>
    <message>
        <source>Withdrawal
change</source>
        <translation>Су алу
өзгерісі</translation>
    </message>
    <message>
        <source>Shortfall
change</source>
        <translation>Тапшылық
өзгерісі</translation>
    </message>
    <message>
        <source>Generated
change</source>
        <translation>Өндіру
өзгерісі</translation>
    </message>
    <message>
        <source>Net energy
change</source>
        <translation>Сальдо
өзгерісі</translation>
    </message>
    <message>
        <source>This scenario minus the baseline ({baseline}).</source>
        <translation>Осы сценарий минус базалық нұсқа ({baseline}).</translation>
    </message>
    <message numerus="yes">
        <source>The results hold %n ensemble members; these figures are those of {member}.</source>
        <translation>
            <numerusform>Нәтижелерде ансамбльдің %n іске асыруы бар; мұнда {member} көрсетілген.</numerusform>
            <numerusform>Нәтижелерде ансамбльдің %n іске асыруы бар; мұнда {member} көрсетілген.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportInputs</name>
    <message>
        <source>ensemble &apos;{name}&apos;, {members}</source>
        <translation>«{name}» ансамблі, {members}</translation>
    </message>
    <message>
        <source>inflow set &apos;{name}&apos;</source>
        <translation>«{name}» ағын нұсқасы</translation>
    </message>
    <message numerus="yes">
        <source>%n members</source>
        <translation>
            <numerusform>%n іске асыру</numerusform>
            <numerusform>%n іске асыру</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportLayout</name>
    <message>
        <source>(continued)</source>
        <translation>(жалғасы)</translation>
    </message>
</context>
<context>
    <name>ReportNames</name>
    <message>
        <source>all</source>
        <translation>барлығы</translation>
    </message>
    <message>
        <source>hydropower plant, {field}</source>
        <translation>СЭС, {field}</translation>
    </message>
    <message>
        <source>{field}, inflow set “{inflow_set}”</source>
        <translation>{field}, «{inflow_set}» ағын нұсқасы</translation>
    </message>
    <message>
        <source>release schedule ({unit})</source>
        <translation>су жіберу кестесі ({unit})</translation>
    </message>
    <message>
        <source>Time base</source>
        <translation>Есептік кезең</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Сценарий</translation>
    </message>
    <message>
        <source>Energy exchange {supplier} → {receiver}: {field}</source>
        <translation>Электр энергиясымен алмасу {supplier} → {receiver}: {field}</translation>
    </message>
    <message>
        <source>{link}: {plant} (run-of-river plant), {field}</source>
        <translation>{link}: {plant} (арналық СЭС), {field}</translation>
    </message>
    <message>
        <source>the reach {link}</source>
        <translation>{link} учаскесі</translation>
    </message>
</context>
<context>
    <name>ReportOptimisation</name>
    <message>
        <source>irrigation shortfall</source>
        <translation>суару тапшылығы</translation>
    </message>
    <message>
        <source>minimum-flow deficit</source>
        <translation>ең аз өтімнің жетіспеуі</translation>
    </message>
    <message>
        <source>inflow to the terminal lake</source>
        <translation>соңғы су айдынына келетін ағын</translation>
    </message>
    <message>
        <source>hydropower energy</source>
        <translation>СЭС өндіруі</translation>
    </message>
    <message>
        <source>carry-over storage below its target</source>
        <translation>ауыспалы көлемнің мақсаттан төмендеуі</translation>
    </message>
    <message>
        <source>spill</source>
        <translation>бос төгу</translation>
    </message>
    <message>
        <source>value of the releases</source>
        <translation>су жіберудің құндылығы</translation>
    </message>
    <message>
        <source>storage within a rule curve</source>
        <translation>көлем диспетчерлік кесте шегінде</translation>
    </message>
    <message>
        <source>release within bounds</source>
        <translation>су жіберу берілген шектерде</translation>
    </message>
    <message>
        <source>release changes at most a limit</source>
        <translation>су жіберудің өзгерісі шектен аспайды</translation>
    </message>
    <message>
        <source>storage at the end of the horizon at least</source>
        <translation>есептік кезең соңындағы көлем кемінде</translation>
    </message>
    <message>
        <source>energy at least</source>
        <translation>өндіру кемінде</translation>
    </message>
    <message>
        <source>inflow to the terminal lake at least</source>
        <translation>соңғы су айдынына келетін ағын кемінде</translation>
    </message>
    <message>
        <source>a limit of the network</source>
        <translation>желі шектеуі</translation>
    </message>
    <message>
        <source>storage above dead storage</source>
        <translation>көлем өлі көлемнен жоғары</translation>
    </message>
    <message>
        <source>releases at least the minimum release</source>
        <translation>су жіберу ең аздан кем емес</translation>
    </message>
    <message>
        <source>storage below the flood-control curve</source>
        <translation>көлем су тасқынына қарсы қисықтан төмен</translation>
    </message>
    <message>
        <source>river reaches carry at most their capacity</source>
        <translation>өзен учаскелері өткізу қабілетінен артық өткізбейді</translation>
    </message>
    <message>
        <source>whole year</source>
        <translation>бүкіл жыл</translation>
    </message>
    <message>
        <source>winter (Oct–Mar)</source>
        <translation>қыс (қаз–нау)</translation>
    </message>
    <message>
        <source>summer (Apr–Sep)</source>
        <translation>жаз (сәу–қыр)</translation>
    </message>
    <message>
        <source>inflow to the terminal lake below {volume}</source>
        <translation>соңғы су айдынына келетін ағынның {volume} мөлшерінен төмендеуі</translation>
    </message>
    <message>
        <source>carry-over storage below {volume}</source>
        <translation>ауыспалы көлемнің {volume} мөлшерінен төмендеуі</translation>
    </message>
    <message>
        <source> (priority-weighted)</source>
        <translation> (басымдық салмақтарымен)</translation>
    </message>
    <message>
        <source> at {nodes}</source>
        <translation>, тораптар: {nodes}</translation>
    </message>
    <message>
        <source> in {country}</source>
        <translation>, ел: {country}</translation>
    </message>
    <message>
        <source>limit {name}</source>
        <translation>{name} шектеуі</translation>
    </message>
    <message>
        <source> per period</source>
        <translation> кезеңге</translation>
    </message>
    <message>
        <source> of {volume} per period</source>
        <translation>, кезеңге {volume}</translation>
    </message>
    <message>
        <source>Optimisation settings</source>
        <translation>Оңтайландыру параметрлері</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Параметр</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <source>by priority, as the simulator shares it</source>
        <translation>басымдықтар бойынша, модель бөлетіндей</translation>
    </message>
    <message>
        <source>free (the optimiser chooses the deliveries)</source>
        <translation>еркін (су беруді оңтайландырғыш таңдайды)</translation>
    </message>
    <message>
        <source>Reservoirs whose releases the optimiser decides: {reservoirs}. Water allocation among demands: {allocation}.</source>
        <translation>Су жіберуін оңтайландырғыш анықтайтын су қоймалары: {reservoirs}. Суды су тұтынушылар арасында бөлу: {allocation}.</translation>
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
        <translation>Оңтайландыру мақсатының құраушылары</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Құраушы</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Мағынасы</translation>
    </message>
    <message>
        <source>Sense</source>
        <translation>Бағыты</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Салмағы</translation>
    </message>
    <message>
        <source>whole network</source>
        <translation>бүкіл желі</translation>
    </message>
    <message>
        <source>hard</source>
        <translation>қатаң</translation>
    </message>
    <message>
        <source>soft (penalty {penalty})</source>
        <translation>жұмсақ (айыппұл {penalty})</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Талаптар</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Талап</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Қайда</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>Маусым</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Optimiser result</source>
        <translation>Оңтайландырғыш нәтижесі</translation>
    </message>
    <message>
        <source>Objective (minimised): {before} before, {after} after optimising ({unit}), with the inflow set &apos;{inflow_set}&apos;.</source>
        <translation>Оңтайландыру мақсаты (азайтылады): оңтайландыруға дейін {before}, кейін {after} ({unit}), «{inflow_set}» ағын нұсқасымен.</translation>
    </message>
    <message>
        <source>This report simulates the inflow set &apos;{inflow_set}&apos;: its tables show the optimised schedules under those inflows.</source>
        <translation>Бұл есеп «{inflow_set}» ағын нұсқасы үшін есептелген: оның кестелері оңтайландырылған кестелерді сол келетін ағында көрсетеді.</translation>
    </message>
    <message>
        <source>converged</source>
        <translation>жинақталды</translation>
    </message>
    <message>
        <source>not converged</source>
        <translation>жинақталмады</translation>
    </message>
    <message>
        <source>Objective terms, before and after</source>
        <translation>Мақсат құраушылары, дейін және кейін</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Бірлігі</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Дейін</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Кейін</translation>
    </message>
    <message>
        <source>Binding constraints</source>
        <translation>Белсенді шектеулер</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Кезеңдер</translation>
    </message>
    <message>
        <source>Shadow price</source>
        <translation>Көлеңкелі баға</translation>
    </message>
    <message>
        <source>The requirements that limit the optimum, largest shadow price first: relaxing one by a unit would improve the objective by about its shadow price (in {unit}).</source>
        <translation>Оңтайлы мәнді шектейтін талаптар, ең үлкен көлеңкелі бағадан бастап: талапты бір бірлікке жеңілдету мақсатты шамамен оның көлеңкелі бағасына жақсартар еді ({unit}).</translation>
    </message>
    <message>
        <source>No requirement binds at the optimum.</source>
        <translation>Оңтайлы нүктеде ешбір талап белсенді емес.</translation>
    </message>
    <message>
        <source>units of value</source>
        <translation>құндылық бірліктері</translation>
    </message>
    <message>
        <source>maximised</source>
        <translation>арттырылады</translation>
    </message>
    <message>
        <source>minimised</source>
        <translation>азайтылады</translation>
    </message>
    <message>
        <source>Trade-off</source>
        <translation>Ымыра</translation>
    </message>
    <message>
        <source>The front between two objectives: A, {a} ({unit_a}, {sense_a}), and B, {b} ({unit_b}, {sense_b}). Each point is the best A can be while B is no worse than a bound; the planner chose point {point} of {points}: A = {value_a} {unit_a}, B = {value_b} {unit_b}.</source>
        <translation>Екі мақсат арасындағы фронт: A — {a} ({unit_a}, {sense_a}) және B — {b} ({unit_b}, {sense_b}). Әр нүкте — B берілген шектен нашар болмағанда A-ның ең жақсы мәні; жоспарлаушы {points} нүктенің {point}-нүктесін таңдады: A = {value_a} {unit_a}, B = {value_b} {unit_b}.</translation>
    </message>
    <message>
        <source> The sweep was stopped before it finished.</source>
        <translation> Фронтты есептеу аяқталмай тоқтатылды.</translation>
    </message>
    <message>
        <source>efficient points of the front</source>
        <translation>фронттың тиімді нүктелері</translation>
    </message>
    <message>
        <source>dominated point</source>
        <translation>басым түсілген нүкте</translation>
    </message>
    <message>
        <source>chosen point ({point})</source>
        <translation>таңдалған нүкте ({point})</translation>
    </message>
    <message>
        <source>The trade-off front; each axis in its objective&apos;s unit.</source>
        <translation>Ымыра фронты; әр ось — өз мақсатының бірлігінде.</translation>
    </message>
    <message>
        <source>not feasible</source>
        <translation>мүмкін емес</translation>
    </message>
    <message>
        <source>dominated</source>
        <translation>басым түсілген</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>таңдалды</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Нүкте</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Өзгеріс</translation>
    </message>
    <message>
        <source>Before and after</source>
        <translation>Дейін және кейін</translation>
    </message>
    <message>
        <source>&apos;Before&apos; is the scenario the schedules were applied to, &apos;after&apos; the scenario of this report, both simulated with the inflow set &apos;{inflow_set}&apos;.</source>
        <translation>«Дейін» — кестелер қолданылған сценарий, «кейін» — осы есептің сценарийі; екеуі де «{inflow_set}» ағын нұсқасымен есептелген.</translation>
    </message>
    <message>
        <source>Shortfall, {unit}</source>
        <translation>Тапшылық, {unit}</translation>
    </message>
    <message>
        <source>Hydropower, {unit}</source>
        <translation>СЭС өндіруі, {unit}</translation>
    </message>
    <message>
        <source>Inflow to the terminal lake, {unit}</source>
        <translation>Соңғы су айдынына келетін ағын, {unit}</translation>
    </message>
    <message>
        <source>Whole horizon</source>
        <translation>Бүкіл есептік кезең</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Су қоймаларының көлемі</translation>
    </message>
    <message>
        <source>Reservoir</source>
        <translation>Су қоймасы</translation>
    </message>
    <message>
        <source>End before</source>
        <translation>Соңы, дейін</translation>
    </message>
    <message>
        <source>End after</source>
        <translation>Соңы, кейін</translation>
    </message>
    <message>
        <source>Lowest before</source>
        <translation>Ең төмен, дейін</translation>
    </message>
    <message>
        <source>Lowest after</source>
        <translation>Ең төмен, кейін</translation>
    </message>
    <message>
        <source>Dead storage</source>
        <translation>Өлі көлем</translation>
    </message>
    <message>
        <source>Lowest: the least storage reached over the horizon, the initial storage included.</source>
        <translation>Ең төмен — есептік кезеңдегі ең аз көлем, бастапқы көлемді қоса.</translation>
    </message>
    <message>
        <source>whole horizon</source>
        <translation>бүкіл есептік кезең</translation>
    </message>
    <message>
        <source>Energy by country and season</source>
        <translation>Елдер мен маусымдар бойынша өндіру</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <source>Shortfall by demand</source>
        <translation>Су тұтынушылар бойынша тапшылық</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Су тұтынушы</translation>
    </message>
    <message>
        <source>The release schedules of this report were replaced by {source}, applied to the scenario &apos;{scenario}&apos;. The tables below compare it before and after.</source>
        <translation>Осы есептің су жіберу кестелері «{scenario}» сценарийінде ауыстырылды (дереккөзі: {source}). Төмендегі кестелер сценарийді ауыстыруға дейін және кейін салыстырады.</translation>
    </message>
    <message>
        <source>The results of this report were not simulated with one of the scenario&apos;s inflow sets, so they are not compared with the scenario before the schedules were applied.</source>
        <translation>Бұл есептің нәтижелері сценарийдің ағын нұсқаларының бірімен есептелмеген, сондықтан олар кестелер қолданылғанға дейінгі сценариймен салыстырылмайды.</translation>
    </message>
    <message>
        <source>Optimisation</source>
        <translation>Оңтайландыру</translation>
    </message>
    <message>
        <source>Optimisation settings of the scenario</source>
        <translation>Сценарийдің оңтайландыру параметрлері</translation>
    </message>
    <message>
        <source>The scenario states these objectives and requirements for the optimiser. Binding constraints are listed when the report is made from an applied optimiser result.</source>
        <translation>Сценарий оңтайландырғышқа осы мақсаттар мен талаптарды береді. Белсенді шектеулер есеп қолданылған оңтайландырғыш нәтижесі бойынша жасалса ғана келтіріледі.</translation>
    </message>
    <message numerus="yes">
        <source>%n linear programme(s), {state}</source>
        <translation>
            <numerusform>%n СБ есебі, {state}</numerusform>
            <numerusform>%n СБ есебі, {state}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportPlots</name>
    <message>
        <source>none in this horizon</source>
        <translation>есептік кезеңде жоқ</translation>
    </message>
    <message>
        <source>this scenario (country colour)</source>
        <translation>осы сценарий (ел түсі)</translation>
    </message>
    <message>
        <source>this scenario (country colour), by month</source>
        <translation>осы сценарий (ел түсі), айлар бойынша</translation>
    </message>
    <message>
        <source>this scenario (country colour), by water year</source>
        <translation>осы сценарий (ел түсі), су шаруашылық жылдары бойынша</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>базалық нұсқа</translation>
    </message>
    <message>
        <source>summer (Apr–Sep)</source>
        <translation>жаз (сәу–қыр)</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>толық көлем</translation>
    </message>
    <message>
        <source>dead storage</source>
        <translation>өлі көлем</translation>
    </message>
    <message>
        <source>operating minimum</source>
        <translation>пайдалану минимумы</translation>
    </message>
    <message>
        <source>guide curve (target)</source>
        <translation>диспетчерлік кесте (мақсат)</translation>
    </message>
    <message>
        <source>Storage at the end of each month (the first point is the initial storage), with the capacity and the dead storage</source>
        <translation>Су қоймаларының әр айдың соңындағы көлемі (бірінші нүкте — бастапқы көлем), толық және өлі көлеммен</translation>
    </message>
    <message>
        <source>Mean release over each month in {unit}</source>
        <translation>Әр ай ішіндегі орташа су жіберу, {unit}</translation>
    </message>
    <message>
        <source>Delivery (country colour) against demand (thin black) per month; the gap is the shortfall.</source>
        <translation>Су беру (ел түсі) және су қажеттілігі (жіңішке қара сызық) айына; олардың арасындағы айырма — тапшылық.</translation>
    </message>
    <message>
        <source>Energy generated in each month, {unit}.</source>
        <translation>Әр ай ішінде өндірілген электр энергиясы, {unit}.</translation>
    </message>
    <message>
        <source>Lake level at the end of each month with the level of the outflow crest; inflow per month.</source>
        <translation>Су айдынының әр айдың соңындағы деңгейі және су ағызғыш қырының белгісі; келетін ағын айына.</translation>
    </message>
    <message>
        <source>Storage at the end of each water year (the first point is the initial storage), with the capacity and the dead storage</source>
        <translation>Су қоймаларының әр су шаруашылық жылының соңындағы көлемі (бірінші нүкте — бастапқы көлем), толық және өлі көлеммен</translation>
    </message>
    <message>
        <source>Mean release over each water year in {unit}</source>
        <translation>Әр су шаруашылық жылы ішіндегі орташа су жіберу, {unit}</translation>
    </message>
    <message>
        <source>Delivery (country colour) against demand (thin black) per water year; the gap is the shortfall.</source>
        <translation>Су беру (ел түсі) және су қажеттілігі (жіңішке қара сызық) су шаруашылық жылына; олардың арасындағы айырма — тапшылық.</translation>
    </message>
    <message>
        <source>Energy generated in each water year, {unit}.</source>
        <translation>Әр су шаруашылық жылы ішінде өндірілген электр энергиясы, {unit}.</translation>
    </message>
    <message>
        <source>Lake level at the end of each water year with the level of the outflow crest; inflow per water year.</source>
        <translation>Су айдынының әр су шаруашылық жылының соңындағы деңгейі және су ағызғыш қырының белгісі; келетін ағын су шаруашылық жылына.</translation>
    </message>
    <message>
        <source>Storage at the end of each period (the first point is the initial storage), with the capacity and the dead storage</source>
        <translation>Су қоймаларының әр кезеңнің соңындағы көлемі (бірінші нүкте — бастапқы көлем), толық және өлі көлеммен</translation>
    </message>
    <message>
        <source>Mean release over each period in {unit}</source>
        <translation>Әр кезең ішіндегі орташа су жіберу, {unit}</translation>
    </message>
    <message>
        <source>Delivery (country colour) against demand (thin black) per period; the gap is the shortfall.</source>
        <translation>Су беру (ел түсі) және су қажеттілігі (жіңішке қара сызық) кезеңге; олардың арасындағы айырма — тапшылық.</translation>
    </message>
    <message>
        <source>Energy generated in each period, {unit}.</source>
        <translation>Әр кезең ішінде өндірілген электр энергиясы, {unit}.</translation>
    </message>
    <message>
        <source>Lake level at the end of each period with the level of the outflow crest; inflow per period.</source>
        <translation>Су айдынының әр кезеңнің соңындағы деңгейі және су ағызғыш қырының белгісі; келетін ағын кезеңге.</translation>
    </message>
    <message>
        <source>Results over time</source>
        <translation>Уақыт бойынша нәтижелер</translation>
    </message>
    <message>
        <source>Every plot shows {member} of the inflow ensemble; &apos;Risk over the inflow ensemble&apos; draws all the members.</source>
        <translation>Барлық графиктерде: {member}. «Келетін ағын ансамблі бойынша тәуекел» бөлімі барлық іске асыруларды көрсетеді.</translation>
    </message>
    <message>
        <source>The baseline ({baseline}) is drawn dashed and grey on every plot.</source>
        <translation>Базалық нұсқа ({baseline}) барлық графиктерде сұр штрих сызықпен көрсетілген.</translation>
    </message>
    <message>
        <source>The baseline has a different time base and is not overlaid.</source>
        <translation>Базалық нұсқаның есептік кезеңі басқа, сондықтан ол графиктерде көрсетілмеген.</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Су қоймаларының көлемі</translation>
    </message>
    <message>
        <source>, and the operating rules&apos; guide curves and operating minima.</source>
        <translation>, сондай-ақ реттеу ережелерінің диспетчерлік кестелері мен пайдалану минимумдары.</translation>
    </message>
    <message>
        <source>no release</source>
        <translation>су жіберу жоқ</translation>
    </message>
    <message>
        <source>spill</source>
        <translation>бос төгу</translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>Су жіберу</translation>
    </message>
    <message>
        <source> (spill, where any, in purple).</source>
        <translation> (бос төгу, болса, — күлгін түспен).</translation>
    </message>
    <message>
        <source>no demand</source>
        <translation>су қажеттілігі жоқ</translation>
    </message>
    <message>
        <source>shortfall</source>
        <translation>тапшылық</translation>
    </message>
    <message>
        <source>Deliveries and demands</source>
        <translation>Су беру және су қажеттілігі</translation>
    </message>
    <message>
        <source>demand</source>
        <translation>су қажеттілігі</translation>
    </message>
    <message>
        <source>no generation</source>
        <translation>өндіру жоқ</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Электр энергиясын өндіру</translation>
    </message>
    <message>
        <source>crest</source>
        <translation>жал</translation>
    </message>
    <message>
        <source>Inflow to {lake}</source>
        <translation>{lake}: келетін ағын</translation>
    </message>
    <message>
        <source>no inflow</source>
        <translation>келетін ағын жоқ</translation>
    </message>
    <message>
        <source>Terminal lake</source>
        <translation>Соңғы су айдыны</translation>
    </message>
    <message>
        <source>outflow crest</source>
        <translation>су ағызғыш жалы</translation>
    </message>
</context>
<context>
    <name>ReportRisk</name>
    <message>
        <source>Risk over the inflow ensemble</source>
        <translation>Келетін ағын ансамблі бойынша тәуекел</translation>
    </message>
    <message>
        <source>any shortfall</source>
        <translation>кез келген тапшылықта</translation>
    </message>
    <message>
        <source>a shortfall above {tolerance} % of the period&apos;s demand</source>
        <translation>тапшылық кезеңдегі су қажеттілігінің {tolerance} %-ынан асқанда</translation>
    </message>
    <message>
        <source>P(short &gt; {threshold} %) is the share of members whose shortfall over the whole horizon exceeds {threshold} % of their demand. A period fails on {tolerance}. Reliability is the share of periods with demand that did not fail; resilience the chance that a failed period is followed by one that does not fail; vulnerability the mean shortfall of the failed periods, in Mm³ and as % of their demand (Hashimoto, Stedinger &amp; Loucks 1982), all pooled over the members. Mean short is the shortfall over the horizon as % of demand, all members together. A country&apos;s figures are those of its demands together, a demand shared among countries split by its shares. &apos;–&apos;: the metric does not apply (no demand, or no period failed).</source>
        <translation>P(тапшылық &gt; {threshold} %) — бүкіл есептік кезеңдегі тапшылығы су қажеттілігінің {threshold} %-ынан асатын іске асырулардың үлесі. Кезең {tolerance} іркіліс деп саналады. Сенімділік — су қажеттілігі бар кезеңдердің ішіндегі іркіліссіз кезеңдердің үлесі; қалпына келу — іркіліс кезеңінен кейін іркіліссіз кезең келу ықтималдығы; осалдық — іркіліс кезеңдерінің орташа тапшылығы, млн м³-пен және олардың су қажеттілігінің %-ымен (Hashimoto, Stedinger &amp; Loucks 1982); бәрі барлық іске асырулар бойынша бірге. Орташа тапшылық — есептік кезеңдегі тапшылық, су қажеттілігінің %-ымен, барлық іске асырулар бірге. Елдің көрсеткіштері — оның барлық су тұтынушылары бойынша, ортақ су қажеттілігі үлестерге бөлінеді. «–»: көрсеткіш қолданылмайды (су қажеттілігі жоқ немесе іркіліс болмаған).</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Су қажет-
тілігі</translation>
    </message>
    <message>
        <source>Mean short
%</source>
        <translation>Орташа
тапшы-
лық, %</translation>
    </message>
    <message>
        <source>P(short &gt;
{threshold} %) %</source>
        <translation>P(тапш. &gt;
{threshold} %), %</translation>
    </message>
    <message>
        <source>Reliability
%</source>
        <translation>Сенімділік
%</translation>
    </message>
    <message>
        <source>Resilience
%</source>
        <translation>Қалпына
келу, %</translation>
    </message>
    <message>
        <source>Vulnerability
{unit} (% demand)</source>
        <translation>Осалдық
{unit} (% қажетт.)</translation>
    </message>
    <message>
        <source>Supply risk by country</source>
        <translation>Елдер бойынша су жетпеу тәуекелі</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <source>Supply risk by demand</source>
        <translation>Су тұтынушылар бойынша су жетпеу тәуекелі</translation>
    </message>
    <message>
        <source>Demand</source>
        <comment>the column of the demands&apos; names</comment>
        <translation>Су тұтынушы</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Оқиғалар</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <source>Probability
%</source>
        <translation>Ықтималдық
%</translation>
    </message>
    <message>
        <source>Mean amount
(all members)</source>
        <translation>Орташа мөлшер
(барлық іске асыру)</translation>
    </message>
    <message>
        <source>Probability: share of members in which the event happens at least once over the horizon. Mean amount: over all members (periods below the minimum; Mm³ received or spilled).</source>
        <translation>Ықтималдық — есептік кезеңде оқиға кемінде бір рет болатын іске асырулардың үлесі. Орташа мөлшер — барлық іске асырулар бойынша (минимумнан төмен кезеңдер саны; келген немесе төгілген млн м³).</translation>
    </message>
    <message>
        <source>Energy of each country&apos;s plants (dams and run-of-river) summed over each ICWC season; P10/P50/P90 over the members.</source>
        <translation>Әр елдің СЭС-терінің (бөгеттердегі және арналық) өндіруі, әр МКВК кезеңі бойынша жиынтық; P10/P50/P90 — іске асырулар бойынша.</translation>
    </message>
    <message>
        <source>Energy of each country&apos;s plants (dams and run-of-river) summed over each ICWC season; P10/P50/P90 over the members, read from fixed-edge histograms.</source>
        <translation>Әр елдің СЭС-терінің (бөгеттердегі және арналық) өндіруі, әр МКВК кезеңі бойынша жиынтық; P10/P50/P90 — іске асырулар бойынша, шекаралары бекітілген гистограммалардан.</translation>
    </message>
    <message>
        <source> * Season only partly within the horizon.</source>
        <translation> * Кезең есептік кезеңге тек ішінара кіреді.</translation>
    </message>
    <message>
        <source>Energy per country and season</source>
        <translation>Елдер мен кезеңдер бойынша өндіру</translation>
    </message>
    <message>
        <source>ICWC season</source>
        <translation>МКВК кезеңі</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Орташа</translation>
    </message>
    <message>
        <source>Change
points</source>
        <translation>Өзгеріс,
п. п.</translation>
    </message>
    <message>
        <source>Baseline
%</source>
        <translation>Базалық
нұсқа, %</translation>
    </message>
    <message>
        <source>P(short)
%</source>
        <translation>P(тапш.)
%</translation>
    </message>
    <message>
        <source>Change from the baseline</source>
        <translation>Базалық нұсқадан өзгеріс</translation>
    </message>
    <message>
        <source>Energy P50</source>
        <translation>Өндіру P50</translation>
    </message>
    <message>
        <source>Baseline P50</source>
        <translation>Базалық P50</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Өзгеріс</translation>
    </message>
    <message>
        <source>Median energy of each country&apos;s plants over the members, per ICWC season.</source>
        <translation>Әр елдің СЭС-терінің әр МКВК кезеңіндегі іске асырулар бойынша медианалық өндіруі.</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>толық көлем</translation>
    </message>
    <message>
        <source>dead storage</source>
        <translation>өлі көлем</translation>
    </message>
    <message>
        <source>crest</source>
        <translation>жал</translation>
    </message>
    <message>
        <source>90 % band (P5–P95), in the country&apos;s colour</source>
        <translation>90 % жолағы (P5–P95), ел түсімен</translation>
    </message>
    <message>
        <source>50 % band (P25–P75)</source>
        <translation>50 % жолағы (P25–P75)</translation>
    </message>
    <message>
        <source>median of the members</source>
        <translation>іске асырулар медианасы</translation>
    </message>
    <message>
        <source>member {member}</source>
        <translation>{member}-іске асыру</translation>
    </message>
    <message>
        <source>Storage over the members</source>
        <translation>Іске асырулар бойынша су қоймаларының көлемі</translation>
    </message>
    <message>
        <source>Deliveries over the members</source>
        <translation>Іске асырулар бойынша су беру</translation>
    </message>
    <message>
        <source>demand</source>
        <translation>су қажеттілігі</translation>
    </message>
    <message>
        <source>Terminal lake over the members</source>
        <translation>Іске асырулар бойынша соңғы су айдыны</translation>
    </message>
    <message>
        <source>outflow crest</source>
        <translation>су ағызғыш жалы</translation>
    </message>
    <message numerus="yes">
        <source>The results hold %n members of an inflow ensemble (their source was not recorded with them).</source>
        <translation>
            <numerusform>Нәтижелерде келетін ағын ансамблінің %n іске асыруы бар (олардың көзі жазылмаған).</numerusform>
            <numerusform>Нәтижелерде келетін ағын ансамблінің %n іске асыруы бар (олардың көзі жазылмаған).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The other sections of this report show member {member}; this one covers all %n members. A member is short when its shortfall over the horizon exceeds {threshold} % of demand.</source>
        <translation>
            <numerusform>Есептің басқа бөлімдері {member}-іске асыруды көрсетеді; бұл бөлім барлық %n іске асыруды қамтиды. Іске асырудың есептік кезеңдегі тапшылығы су қажеттілігінің {threshold} %-ынан асса, ол тапшы деп саналады.</numerusform>
            <numerusform>Есептің басқа бөлімдері {member}-іске асыруды көрсетеді; бұл бөлім барлық %n іске асыруды қамтиды. Іске асырудың есептік кезеңдегі тапшылығы су қажеттілігінің {threshold} %-ынан асса, ол тапшы деп саналады.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The baseline ({baseline}) simulated on the same %n members; changes are this scenario minus the baseline, in percentage points (energy in GWh).</source>
        <translation>
            <numerusform>Базалық нұсқа ({baseline}) сол %n іске асыруда есептелген; өзгерістер — осы сценарий минус базалық нұсқа, пайыздық пункттермен (өндіру — ГВт·сағ).</numerusform>
            <numerusform>Базалық нұсқа ({baseline}) сол %n іске асыруда есептелген; өзгерістер — осы сценарий минус базалық нұсқа, пайыздық пункттермен (өндіру — ГВт·сағ).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Storage at the end of each month over the %n members: the median (country colour), the 50 % and 90 % bands, and the member the other sections show.</source>
        <translation>
            <numerusform>Су қоймаларының әр айдың соңындағы көлемі, %n іске асыру бойынша: медиана (ел түсі), 50 % және 90 % жолақтары және басқа бөлімдер көрсететін іске асыру.</numerusform>
            <numerusform>Су қоймаларының әр айдың соңындағы көлемі, %n іске асыру бойынша: медиана (ел түсі), 50 % және 90 % жолақтары және басқа бөлімдер көрсететін іске асыру.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Storage at the end of each water year over the %n members: the median (country colour), the 50 % and 90 % bands, and the member the other sections show.</source>
        <translation>
            <numerusform>Су қоймаларының әр су шаруашылық жылының соңындағы көлемі, %n іске асыру бойынша: медиана (ел түсі), 50 % және 90 % жолақтары және басқа бөлімдер көрсететін іске асыру.</numerusform>
            <numerusform>Су қоймаларының әр су шаруашылық жылының соңындағы көлемі, %n іске асыру бойынша: медиана (ел түсі), 50 % және 90 % жолақтары және басқа бөлімдер көрсететін іске асыру.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Storage at the end of each period over the %n members: the median (country colour), the 50 % and 90 % bands, and the member the other sections show.</source>
        <translation>
            <numerusform>Су қоймаларының әр кезеңнің соңындағы көлемі, %n іске асыру бойынша: медиана (ел түсі), 50 % және 90 % жолақтары және басқа бөлімдер көрсететін іске асыру.</numerusform>
            <numerusform>Су қоймаларының әр кезеңнің соңындағы көлемі, %n іске асыру бойынша: медиана (ел түсі), 50 % және 90 % жолақтары және басқа бөлімдер көрсететін іске асыру.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delivery per month over the %n members against the demand (thin black): where the band lies below the demand, members fall short.</source>
        <translation>
            <numerusform>Су беру айына, %n іске асыру бойынша, және су қажеттілігі (жіңішке қара сызық): жолақ су қажеттілігінен төмен жерде іске асыруларда тапшылық бар.</numerusform>
            <numerusform>Су беру айына, %n іске асыру бойынша, және су қажеттілігі (жіңішке қара сызық): жолақ су қажеттілігінен төмен жерде іске асыруларда тапшылық бар.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delivery per water year over the %n members against the demand (thin black): where the band lies below the demand, members fall short.</source>
        <translation>
            <numerusform>Су беру су шаруашылық жылына, %n іске асыру бойынша, және су қажеттілігі (жіңішке қара сызық): жолақ су қажеттілігінен төмен жерде іске асыруларда тапшылық бар.</numerusform>
            <numerusform>Су беру су шаруашылық жылына, %n іске асыру бойынша, және су қажеттілігі (жіңішке қара сызық): жолақ су қажеттілігінен төмен жерде іске асыруларда тапшылық бар.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delivery per period over the %n members against the demand (thin black): where the band lies below the demand, members fall short.</source>
        <translation>
            <numerusform>Су беру кезеңге, %n іске асыру бойынша, және су қажеттілігі (жіңішке қара сызық): жолақ су қажеттілігінен төмен жерде іске асыруларда тапшылық бар.</numerusform>
            <numerusform>Су беру кезеңге, %n іске асыру бойынша, және су қажеттілігі (жіңішке қара сызық): жолақ су қажеттілігінен төмен жерде іске асыруларда тапшылық бар.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lake level at the end of each month over the %n members, with the crest over which it spills.</source>
        <translation>
            <numerusform>Су айдынының әр айдың соңындағы деңгейі, %n іске асыру бойынша, және асып төгілетін жал.</numerusform>
            <numerusform>Су айдынының әр айдың соңындағы деңгейі, %n іске асыру бойынша, және асып төгілетін жал.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lake level at the end of each water year over the %n members, with the crest over which it spills.</source>
        <translation>
            <numerusform>Су айдынының әр су шаруашылық жылының соңындағы деңгейі, %n іске асыру бойынша, және асып төгілетін жал.</numerusform>
            <numerusform>Су айдынының әр су шаруашылық жылының соңындағы деңгейі, %n іске асыру бойынша, және асып төгілетін жал.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lake level at the end of each period over the %n members, with the crest over which it spills.</source>
        <translation>
            <numerusform>Су айдынының әр кезеңнің соңындағы деңгейі, %n іске асыру бойынша, және асып төгілетін жал.</numerusform>
            <numerusform>Су айдынының әр кезеңнің соңындағы деңгейі, %n іске асыру бойынша, және асып төгілетін жал.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportSchematic</name>
    <message>
        <source>end {storage} {unit} ({fill} % active)</source>
        <translation>соңы: {storage} {unit} (толуы {fill} %)</translation>
    </message>
    <message>
        <source>short {percent} %</source>
        <translation>тапшылық {percent} %</translation>
    </message>
    <message>
        <source>inflow {inflow} {unit}, end {level} {metres}</source>
        <translation>ағын {inflow} {unit}, соңы {level} {metres}</translation>
    </message>
    <message>
        <source>run-of-river plant</source>
        <translation>арналық СЭС</translation>
    </message>
    <message>
        <source>inflow</source>
        <translation>келетін ағын</translation>
    </message>
    <message>
        <source>reservoir</source>
        <translation>су қоймасы</translation>
    </message>
    <message>
        <source>demand</source>
        <translation>су тұтынушы</translation>
    </message>
    <message>
        <source>minimum flow</source>
        <translation>ең аз өтім</translation>
    </message>
    <message>
        <source>terminal lake</source>
        <translation>соңғы су айдыны</translation>
    </message>
    <message>
        <source>sink</source>
        <translation>жүйеден шығу</translation>
    </message>
</context>
<context>
    <name>ReportSections</name>
    <message>
        <source>Executive summary</source>
        <translation>Қысқаша қорытынды</translation>
    </message>
    <message>
        <source>Water demanded by the irrigation zones</source>
        <translation>Суармалы аймақтардың су қажеттілігі</translation>
    </message>
    <message>
        <source>Water delivered</source>
        <translation>Берілген су</translation>
    </message>
    <message>
        <source>Shortfall</source>
        <translation>Тапшылық</translation>
    </message>
    <message>
        <source>Worst-supplied demand</source>
        <translation>Ең көп тапшылық</translation>
    </message>
    <message>
        <source>{name}: {percent} short</source>
        <translation>{name}: тапшылық {percent}</translation>
    </message>
    <message>
        <source>Hydropower, whole horizon</source>
        <translation>Бүкіл кезеңдегі СЭС өндіруі</translation>
    </message>
    <message>
        <source>of which winter (Oct–Mar) / summer (Apr–Sep)</source>
        <translation>соның ішінде қыс (қаз–нау) / жаз (сәу–қыр)</translation>
    </message>
    <message>
        <source>Inflow to {lake}</source>
        <translation>{lake}: келетін ағын</translation>
    </message>
    <message>
        <source>{lake} level, start → end</source>
        <translation>{lake}: деңгей, басы → соңы</translation>
    </message>
    <message>
        <source>closes</source>
        <translation>жинақталады</translation>
    </message>
    <message>
        <source>DOES NOT CLOSE</source>
        <translation>ЖИНАҚТАЛМАЙДЫ</translation>
    </message>
    <message>
        <source>Water balance check</source>
        <translation>Су балансын тексеру</translation>
    </message>
    <message>
        <source> (residual {volume})</source>
        <translation> (қалдық {volume})</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>By country</source>
        <translation>Елдер бойынша</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <source>Water received</source>
        <translation>Алынған су</translation>
    </message>
    <message>
        <source>Winter energy</source>
        <translation>Қыстағы өндіру</translation>
    </message>
    <message>
        <source>Summer energy</source>
        <translation>Жаздағы өндіру</translation>
    </message>
    <message>
        <source>Aral inflow</source>
        <translation>Аралға ағын</translation>
    </message>
    <message>
        <source>Water received is what the country&apos;s irrigation zones were delivered (a zone shared by several countries split by its shares); energy is what its plants generated. Winter is October–March, summer April–September. Per season and with the limits: see Countries.</source>
        <translation>Алынған су — елдің суармалы аймақтарына берілген су (бірнеше елге ортақ аймақ үлестері бойынша бөлінеді); өндіру — оның СЭС-тері өндірген электр энергиясы. Қыс — қазан–наурыз, жаз — сәуір–қыркүйек. Маусымдар және лимиттер бойынша — «Елдер» бөлімін қараңыз.</translation>
    </message>
    <message>
        <source>Demands</source>
        <translation>Су тұтынушылар</translation>
    </message>
    <message>
        <source>Demand</source>
        <comment>the column of the demands&apos; names</comment>
        <translation>Су тұтынушы</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Су қажеттілігі</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Берілді</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Сенімділік</translation>
    </message>
    <message>
        <source>Worst
period</source>
        <translation>Ең нашар
кезең</translation>
    </message>
    <message>
        <source>Reliability: share of the periods with a demand in which it was met in full.</source>
        <translation>Сенімділік — су қажеттілігі бар кезеңдердің ішінде ол толық қамтамасыз етілген кезеңдердің үлесі.</translation>
    </message>
    <message>
        <source>Hydropower</source>
        <translation>Гидроэнергетика</translation>
    </message>
    <message>
        <source>Plant</source>
        <translation>СЭС</translation>
    </message>
    <message>
        <source>Winter</source>
        <translation>Қыс</translation>
    </message>
    <message>
        <source>Summer</source>
        <translation>Жаз</translation>
    </message>
    <message>
        <source>Reservoirs</source>
        <translation>Су қоймалары</translation>
    </message>
    <message>
        <source>Reservoir</source>
        <translation>Су қоймасы</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Басы</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Соңы</translation>
    </message>
    <message>
        <source>End fill
(active)</source>
        <translation>Соңындағы
толуы</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>Ең төмен</translation>
    </message>
    <message>
        <source>Dead</source>
        <translation>Өлі</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Толық</translation>
    </message>
    <message>
        <source>Spill</source>
        <translation>Бос төгу</translation>
    </message>
    <message>
        <source>Where water left the basin</source>
        <translation>Су бассейннен қайда шықты</translation>
    </message>
    <message>
        <source>Sink</source>
        <translation>Жүйеден шығу</translation>
    </message>
    <message>
        <source>Oct-Mar</source>
        <translation>Қаз–нау</translation>
    </message>
    <message>
        <source>From ({unit})</source>
        <translation>Қайдан ({unit})</translation>
    </message>
    <message>
        <source>What reached each sink, and along which link: overflow from a reservoir or drainage returned from a zone.</source>
        <translation>Жүйеден әр шығуға не және қай байланыс арқылы жетті: су қоймасынан төгілген су немесе аймақтан қайтқан коллекторлық-дренаждық ағын.</translation>
    </message>
    <message>
        <source>Minimum flow at {name}: {volume} short.</source>
        <translation>{name} тұсындағы ең аз өтім: {volume} жетіспейді.</translation>
    </message>
    <message>
        <source>The reach {link} carried {volume} above its capacity (flooding).</source>
        <translation>{link} учаскесі өткізу қабілетінен {volume} артық өткізді (су басу).</translation>
    </message>
    <message>
        <source>{name} (run-of-river)</source>
        <translation>{name} (арналық)</translation>
    </message>
    <message>
        <source>Cascade schematic</source>
        <translation>Каскад сызбасы</translation>
    </message>
    <message>
        <source>Nodes at their schematic positions, coloured by country. Rivers in slate blue, abstractions grey, return flows dashed, overflow paths dotted. Reservoirs show their storage at the end of the horizon and their fill then, {definition}; demands show their shortfall.</source>
        <translation>Тораптар сызбадағы орындарында, түсі — ел бойынша. Өзендер — сұр-көк, су алу — сұр, қайтарма ағын — штрих сызықпен, төгу жолдары — нүктелі сызықпен. Су қоймаларында есептік кезең соңындағы көлемі және {definition} көрсетілген; су тұтынушыларда — тапшылық.</translation>
    </message>
    <message>
        <source>The target releases of the scenario, as the planner set them.</source>
        <translation>Сценарийдің жоспарлы су жіберулері, жоспарлаушы бергендей.</translation>
    </message>
    <message>
        <source> Summer months (April–September) are shaded.</source>
        <translation> Жаз айлары (сәуір–қыркүйек) бояумен белгіленген.</translation>
    </message>
    <message>
        <source> Where a reservoir could not follow its target (too little water, or a full reservoir), the plots show the release actually made.</source>
        <translation> Су қоймасы жоспарды ұстай алмаған жерде (су аз немесе су қоймасы толы) графиктер нақты су жіберуді көрсетеді.</translation>
    </message>
    <message>
        <source>Release schedules</source>
        <translation>Су жіберу кестелері</translation>
    </message>
    <message>
        <source>Releases in {unit} per period</source>
        <translation>Су жіберу, кезеңге {unit}</translation>
    </message>
    <message>
        <source>Releases in {unit} per month</source>
        <translation>Су жіберу, айына {unit}</translation>
    </message>
    <message>
        <source>Releases in {unit} per water year</source>
        <translation>Су жіберу, су шаруашылық жылына {unit}</translation>
    </message>
    <message>
        <source>Releases in {unit}</source>
        <translation>Су жіберу, {unit}</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Орташа</translation>
    </message>
    <message>
        <source>Release targets not met</source>
        <translation>Орындалмаған жоспарлы су жіберулер</translation>
    </message>
    <message>
        <source>Periods in which a reservoir released a different amount than its target, because it could not do otherwise.</source>
        <translation>Су қоймасы басқаша мүмкін болмағандықтан жоспардан өзгеше мөлшерде су жіберген кезеңдер.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Жоспар</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Жіберілді</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>Shortfall by demand and period</source>
        <translation>Су тұтынушылар мен кезеңдер бойынша тапшылық</translation>
    </message>
    <message>
        <source>Total shortfall {volume} ({percent} of demand).</source>
        <translation>Жалпы тапшылық {volume} (су қажеттілігінің {percent}).</translation>
    </message>
    <message numerus="yes">
        <source>%n more period(s) not listed.</source>
        <translation>
            <numerusform>Тағы %n кезең көрсетілмеген.</numerusform>
            <numerusform>Тағы %n кезең көрсетілмеген.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The results hold %n ensemble members; this summary and the other sections show {member}. &apos;Risk over the inflow ensemble&apos; covers them all.</source>
        <translation>
            <numerusform>Нәтижелерде ансамбльдің %n іске асыруы бар; бұл қорытындыда және басқа бөлімдерде {member} көрсетілген. «Келетін ағын ансамблі бойынша тәуекел» бөлімі барлығын қамтиды.</numerusform>
            <numerusform>Нәтижелерде ансамбльдің %n іске асыруы бар; бұл қорытындыда және басқа бөлімдерде {member} көрсетілген. «Келетін ағын ансамблі бойынша тәуекел» бөлімі барлығын қамтиды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill: {definition}.</source>
        <translation>Толуы дегеніміз — {definition}.</translation>
    </message>
</context>
<context>
    <name>ReportSources</name>
    <message>
        <source>cited</source>
        <translation>сілтеме</translation>
    </message>
    <message>
        <source>derived</source>
        <translation>есеп</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>бағалау</translation>
    </message>
    <message>
        <source>unspecified</source>
        <translation>көрсетілмеген</translation>
    </message>
    <message>
        <source>Time base: {periods} from {first} to {last} (water year starting in month {month}).</source>
        <translation>Есептік кезең: {first} – {last}, {periods} (су шаруашылық жылы {month}-айдан басталады).</translation>
    </message>
    <message>
        <source>Each reservoir follows its target release unless storage, the minimum or maximum release or its flood-control space forces otherwise; water above capacity spills.</source>
        <translation>Әр су қоймасы жоспарлы су жіберуді ұстанады, егер көлем, ең аз немесе ең көп су жіберу немесе су тасқынына қарсы сыйымдылық басқаша мәжбүрлемесе; толық көлемнен асқан су бос төгіледі.</translation>
    </message>
    <message>
        <source>Demands take water at their intake in priority order, upstream first; a share returns downstream. Demands at a minimum-flow point take only what exceeds it.</source>
        <translation>Су тұтынушылар суды өз су алғыштарында басымдық ретімен алады, алдымен ағыстың жоғарғы жағындағылар; судың бір бөлігі төменге қайтады. Ең аз өтім тұстамасындағы су тұтынушылар одан асқан суды ғана алады.</translation>
    </message>
    <message>
        <source>Evaporation and precipitation act on the surface area interpolated from each level–area–volume table. Energy uses the net head (level minus tailwater) and the turbine flow, capped at the turbine capacity; spill makes no energy.</source>
        <translation>Булану мен жауын-шашын «деңгей – аудан – көлем» қисығынан интерполяцияланған айдын ауданы бойынша есептеледі. Өндіру пайдалы арынмен (деңгей минус төменгі бьеф деңгейі) және турбиналардың өткізу қабілетімен шектелген турбиналық өтіммен анықталады; бос төгу электр энергиясын өндірмейді.</translation>
    </message>
    <message>
        <source>Winter is October–March (non-vegetation season), summer April–September.</source>
        <translation>Қыс — қазан–наурыз (вегетацияаралық кезең), жаз — сәуір–қыркүйек.</translation>
    </message>
    <message>
        <source>Volumes are in million m³ (Mm³) per period; flows in m³/s are period means, converted with each period&apos;s exact length.</source>
        <translation>Көлемдер — кезеңге миллион м³-пен (млн м³); м³/с-тағы өтімдер — әр кезеңнің нақты ұзақтығы бойынша есептелген кезеңдік орташа мәндер.</translation>
    </message>
    <message>
        <source>A reservoir&apos;s fill in % is its {definition}.</source>
        <translation>Су қоймасының % толуы — бұл {definition}.</translation>
    </message>
    <message>
        <source>{count} {basis}</source>
        <translation>{basis}: {count}</translation>
    </message>
    <message>
        <source>Sources of the numbers</source>
        <translation>Сандардың дереккөздері</translation>
    </message>
    <message>
        <source>{entries} ({summary}). Basis: cited = taken from the reference; derived = computed from cited numbers; estimate = the modeller&apos;s judgement.</source>
        <translation>{entries} ({summary}). Түрі: сілтеме — көрсетілген дереккөзден алынған; есеп — келтірілген сандардан есептелген; бағалау — модель әзірлеушісінің сараптамалық пікірі.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Шама</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Refs</source>
        <translation>Сілтемелер</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>Assumptions and data sources</source>
        <translation>Болжамдар және деректер көздері</translation>
    </message>
    <message>
        <source>(Cut after {count} characters; the whole text is in the scenario file.)</source>
        <translation>({count} таңбадан кейін қысқартылды; толық мәтін сценарий файлында.)</translation>
    </message>
    <message>
        <source>Model assumptions</source>
        <translation>Модельдің болжамдары</translation>
    </message>
    <message>
        <source>This report uses the {inflows} (see &apos;Risk over the inflow ensemble&apos;).</source>
        <translation>Есепте {inflows} пайдаланылады («Келетін ағын ансамблі бойынша тәуекел» бөлімін қараңыз).</translation>
    </message>
    <message>
        <source>This report uses the {inflows}.</source>
        <translation>Есепте {inflows} пайдаланылады.</translation>
    </message>
    <message>
        <source>Inflow sets</source>
        <translation>Ағын нұсқалары</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Нұсқа</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Сипаттамасы</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Әдебиеттер</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Коды</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Дереккөз</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n жазба</numerusform>
            <numerusform>%n жазба</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportTime</name>
    <message>
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <source>Water year</source>
        <translation>Су шаруашылық жылы</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>The horizon has {periods}, too many to print one by one: </source>
        <translation>Есептік кезеңде {periods} бар — әрқайсысын шығару үшін тым көп: </translation>
    </message>
    <message>
        <source>starting in January</source>
        <translation>қаңтардан басталады</translation>
    </message>
    <message>
        <source>starting in February</source>
        <translation>ақпаннан басталады</translation>
    </message>
    <message>
        <source>starting in March</source>
        <translation>наурыздан басталады</translation>
    </message>
    <message>
        <source>starting in April</source>
        <translation>сәуірден басталады</translation>
    </message>
    <message>
        <source>starting in May</source>
        <translation>мамырдан басталады</translation>
    </message>
    <message>
        <source>starting in June</source>
        <translation>маусымнан басталады</translation>
    </message>
    <message>
        <source>starting in July</source>
        <translation>шілдеден басталады</translation>
    </message>
    <message>
        <source>starting in August</source>
        <translation>тамыздан басталады</translation>
    </message>
    <message>
        <source>starting in September</source>
        <translation>қыркүйектен басталады</translation>
    </message>
    <message>
        <source>starting in October</source>
        <translation>қазаннан басталады</translation>
    </message>
    <message>
        <source>starting in November</source>
        <translation>қарашадан басталады</translation>
    </message>
    <message>
        <source>starting in December</source>
        <translation>желтоқсаннан басталады</translation>
    </message>
    <message>
        <source>tables and plots show one row or step per water year ({starting}): volumes and energy summed, flows averaged over the time, storages and levels at the water year&apos;s end.</source>
        <translation>кестелер мен графиктер әр су шаруашылық жылына бір жол немесе бір қадам көрсетеді ({starting}): көлемдер мен өндіру қосылады, өтімдер уақыт бойынша орташаланады, су қоймаларының көлемі мен деңгейлер су шаруашылық жылының соңына алынады.</translation>
    </message>
    <message>
        <source>tables and plots show one row or step per month: volumes and energy summed, flows averaged over the time, storages and levels at the month&apos;s end.</source>
        <translation>кестелер мен графиктер әр айға бір жол немесе бір қадам көрсетеді: көлемдер мен өндіру қосылады, өтімдер уақыт бойынша орташаланады, су қоймаларының көлемі мен деңгейлер ай соңына алынады.</translation>
    </message>
    <message>
        <source> The daily values are in the Excel export ({command}).</source>
        <translation> Тәуліктік мәндер Excel экспортында ({command}).</translation>
    </message>
    <message>
        <source> The dekad values are in the Excel export ({command}).</source>
        <translation> Онкүндік мәндер Excel экспортында ({command}).</translation>
    </message>
    <message>
        <source> The monthly values are in the Excel export ({command}).</source>
        <translation> Айлық мәндер Excel экспортында ({command}).</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{year} ж. {day} {month}</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <source>{first}–{last} {month} {year}</source>
        <translation>{year} ж. {first}–{last} {month}</translation>
    </message>
    <message numerus="yes">
        <source>{count} day periods</source>
        <translation>
            <numerusform>{count} тәуліктік кезең</numerusform>
            <numerusform>{count} тәуліктік кезең</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} dekad periods</source>
        <translation>
            <numerusform>{count} онкүндік кезең</numerusform>
            <numerusform>{count} онкүндік кезең</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} month periods</source>
        <translation>
            <numerusform>{count} айлық кезең</numerusform>
            <numerusform>{count} айлық кезең</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} daily periods</source>
        <translation>
            <numerusform>{count} тәуліктік кезең</numerusform>
            <numerusform>{count} тәуліктік кезең</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} monthly periods</source>
        <translation>
            <numerusform>{count} айлық кезең</numerusform>
            <numerusform>{count} айлық кезең</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportTitle</name>
    <message>
        <source>{day} January {year}</source>
        <translation>{year} жылғы {day} қаңтар</translation>
    </message>
    <message>
        <source>{day} February {year}</source>
        <translation>{year} жылғы {day} ақпан</translation>
    </message>
    <message>
        <source>{day} March {year}</source>
        <translation>{year} жылғы {day} наурыз</translation>
    </message>
    <message>
        <source>{day} April {year}</source>
        <translation>{year} жылғы {day} сәуір</translation>
    </message>
    <message>
        <source>{day} May {year}</source>
        <translation>{year} жылғы {day} мамыр</translation>
    </message>
    <message>
        <source>{day} June {year}</source>
        <translation>{year} жылғы {day} маусым</translation>
    </message>
    <message>
        <source>{day} July {year}</source>
        <translation>{year} жылғы {day} шілде</translation>
    </message>
    <message>
        <source>{day} August {year}</source>
        <translation>{year} жылғы {day} тамыз</translation>
    </message>
    <message>
        <source>{day} September {year}</source>
        <translation>{year} жылғы {day} қыркүйек</translation>
    </message>
    <message>
        <source>{day} October {year}</source>
        <translation>{year} жылғы {day} қазан</translation>
    </message>
    <message>
        <source>{day} November {year}</source>
        <translation>{year} жылғы {day} қараша</translation>
    </message>
    <message>
        <source>{day} December {year}</source>
        <translation>{year} жылғы {day} желтоқсан</translation>
    </message>
    <message>
        <source>date of the initial state not stated</source>
        <translation>бастапқы күйдің күні көрсетілмеген</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Авторы</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>Initial state</source>
        <translation>Бастапқы күй</translation>
    </message>
    <message>
        <source>Inflows</source>
        <translation>Келетін ағын</translation>
    </message>
    <message>
        <source>Inflow set</source>
        <translation>Ағын нұсқасы</translation>
    </message>
    <message>
        <source>Member reported</source>
        <translation>Көрсетілген іске асыру</translation>
    </message>
    <message>
        <source>{member}; the section &apos;Risk over the inflow ensemble&apos; covers all members</source>
        <translation>{member}; «Келетін ағын ансамблі бойынша тәуекел» бөлімі барлық іске асыруларды қамтиды</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Есептік кезең</translation>
    </message>
    <message>
        <source>{first} – {last} ({periods})</source>
        <translation>{first} – {last} ({periods})</translation>
    </message>
    <message>
        <source>replaced by {source} (see page {page})</source>
        <translation>ауыстырылды; дереккөзі: {source} ({page}-бетті қараңыз)</translation>
    </message>
    <message>
        <source>replaced by {source}</source>
        <translation>ауыстырылды; дереккөзі: {source}</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Базалық нұсқа</translation>
    </message>
    <message>
        <source>Scenario file</source>
        <translation>Сценарий файлы</translation>
    </message>
    <message>
        <source>SHA-256 of the file</source>
        <translation>Файлдың SHA-256</translation>
    </message>
    <message>
        <source>SHA-256 of the scenario</source>
        <translation>Сценарийдің SHA-256</translation>
    </message>
    <message>
        <source>SHA-256 as simulated</source>
        <translation>Есептелгеннің SHA-256</translation>
    </message>
    <message>
        <source>(the scenario had changes not saved to the file)</source>
        <translation>(сценарийде файлға сақталмаған өзгерістер болған)</translation>
    </message>
    <message>
        <source>Release schedules</source>
        <translation>Су жіберу кестелері</translation>
    </message>
    <message>
        <source>Reservoir release planning report</source>
        <translation>Су қоймаларынан су жіберуді жоспарлау есебі</translation>
    </message>
    <message>
        <source>Produced offline by WaterPlanner {version}. Every number in this report comes from simulating the scenario file named above; its SHA-256 hash identifies the exact input.</source>
        <translation>WaterPlanner {version} бағдарламасымен желіге қосылмай дайындалды. Есептегі барлық сандар жоғарыда аталған сценарий файлы бойынша есептеуден алынды; оның SHA-256 хеші бастапқы деректерді дәл анықтайды.</translation>
    </message>
    <message>
        <source>Shortfall</source>
        <translation>Тапшылық</translation>
    </message>
    <message>
        <source>{shortfall} {unit} of {demand} {unit}</source>
        <translation>{demand} {unit} ішінен {shortfall} {unit}</translation>
    </message>
    <message>
        <source>Hydropower</source>
        <translation>СЭС өндіруі</translation>
    </message>
    <message>
        <source>winter {winter} / summer {summer}</source>
        <translation>қыс {winter} / жаз {summer}</translation>
    </message>
    <message>
        <source>Aral inflow</source>
        <translation>Аралға келетін ағын</translation>
    </message>
    <message>
        <source>Lake inflow</source>
        <translation>Су айдынына келетін ағын</translation>
    </message>
    <message>
        <source>level {level} at end</source>
        <translation>соңындағы деңгей: {level}</translation>
    </message>
</context>
</TS>
