<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>--show {task}: not a task of the screenshots (choose one of {tasks}, with --screenshot PNG)</source>
        <translation>--show {task}: суреттерге мұндай тапсырма жоқ (біреуін таңдаңыз: {tasks}, --screenshot PNG-пен бірге)</translation>
    </message>
    <message>
        <source>no display to open the window on (DISPLAY and WAYLAND_DISPLAY are unset). Run it on a desktop, render it with &apos;waterplanner --screenshot PNG&apos;, or use the command-line tools, e.g. &apos;waterplanner simulate --default&apos;.</source>
        <translation>терезені ашатын дисплей жоқ (DISPLAY және WAYLAND_DISPLAY берілмеген). Бағдарламаны жұмыс үстелінде іске қосыңыз, терезе суретін &apos;waterplanner --screenshot PNG&apos; командасымен алыңыз немесе командалық жол құралдарын пайдаланыңыз, мысалы &apos;waterplanner simulate --default&apos;.</translation>
    </message>
    <message>
        <source>cannot start: {problems}</source>
        <translation>іске қосу мүмкін емес: {problems}</translation>
    </message>
    <message>
        <source>could not write {path}</source>
        <translation>{path} жазылмады</translation>
    </message>
    <message>
        <source>the screenshot shows no results (the scenario has problems)</source>
        <translation>суретте нәтижелер жоқ (сценарийде мәселелер бар)</translation>
    </message>
    <message>
        <source>the window did not reach the state of &apos;{task}&apos;: {why}</source>
        <translation>терезе «{task}» тапсырмасының күйіне жетпеді: {why}</translation>
    </message>
    <message>
        <source>Starting the simulation engine…</source>
        <translation>Есептеу қозғалтқышы іске қосылуда…</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <source>The country (a shared demand is split among its countries by its shares)</source>
        <translation>Ел (ортақ су қажеттілігі елдер арасында үлестеріне қарай бөлінеді)</translation>
    </message>
    <message>
        <source>ICWC season</source>
        <translation>МКВК кезеңі</translation>
    </message>
    <message>
        <source>Non-vegetation October–March or vegetation April–September of a water year; &apos;partial&apos; when the horizon covers only part of it</source>
        <translation>Су шаруашылық жылының вегетацияаралық (қазан–наурыз) немесе вегетациялық (сәуір–қыркүйек) кезеңі; есептеу кезеңі оның бір бөлігін ғана қамтыса — «толық емес»</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Лимит</translation>
    </message>
    <message>
        <source>The country&apos;s ICWC withdrawal limit for the whole season (main-stem withdrawals at the ICWC&apos;s control points: see the scenario&apos;s notes for what it covers)</source>
        <translation>Елдің бүкіл кезеңге МКВК белгілеген су алу лимиті (МКВК бақылау тұстамаларындағы негізгі арнадан су алу; нені қамтитынын сценарий ескертпелерінен қараңыз)</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>Су алу</translation>
    </message>
    <message>
        <source>Water entering the intakes of the country&apos;s demands (before the intakes&apos; losses)</source>
        <translation>Елдің су тұтынушыларының су алғыштарына түскен су (су алғыштардағы шығынға дейін)</translation>
    </message>
    <message>
        <source>% of limit</source>
        <translation>Лимиттің %</translation>
    </message>
    <message>
        <source>Withdrawal as a share of the season&apos;s limit</source>
        <translation>Су алудың кезең лимитіне пайыздық үлесі</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Су қажеттілігі</translation>
    </message>
    <message>
        <source>What the country&apos;s demands asked for</source>
        <translation>Елдің су тұтынушылары сұраған көлем</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Су беру</translation>
    </message>
    <message>
        <source>What reached the fields (withdrawal less the intakes&apos; losses)</source>
        <translation>Егістікке жеткен су (су алудан су алғыштардағы шығынды шегергенде)</translation>
    </message>
    <message>
        <source>Shortfall</source>
        <translation>Тапшылық</translation>
    </message>
    <message>
        <source>Demand not delivered</source>
        <translation>Берілмеген су қажеттілігі</translation>
    </message>
    <message>
        <source>Flow formed</source>
        <translation>Қалыптасқан ағын</translation>
    </message>
    <message>
        <source>Flow formed: local inflow of the rivers that rise in the country</source>
        <translation>Қалыптасқан ағын: елден бастау алатын өзендердің жергілікті ағыны</translation>
    </message>
    <message>
        <source>Formed</source>
        <translation>Ағын</translation>
    </message>
    <message>
        <source>% of basin</source>
        <translation>Бассейннің %</translation>
    </message>
    <message>
        <source>The country&apos;s share of the basin&apos;s inflow in the season</source>
        <translation>Кезеңдегі бассейн ағынындағы елдің үлесі</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Өндіру</translation>
    </message>
    <message>
        <source>Energy of the country&apos;s plants (at dams and run-of-river)</source>
        <translation>Ел станцияларының электр энергиясын өндіруі (бөгеттердегі және арналық СЭС)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Алынды</translation>
    </message>
    <message>
        <source>Energy received under the exchange ledger</source>
        <translation>Айырбас келісімі бойынша алынған электр энергиясы</translation>
    </message>
    <message>
        <source>Supplied</source>
        <translation>Берілді</translation>
    </message>
    <message>
        <source>Energy supplied under the exchange ledger</source>
        <translation>Айырбас келісімі бойынша берілген электр энергиясы</translation>
    </message>
    <message>
        <source>Net energy</source>
        <translation>Электр энергиясының сальдосы</translation>
    </message>
    <message>
        <source>Net energy: generated + received − supplied</source>
        <translation>Электр энергиясының сальдосы: өндіру + алынды − берілді</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Сальдо</translation>
    </message>
    <message>
        <source>Δ withdrawal</source>
        <translation>Су алудың Δ</translation>
    </message>
    <message>
        <source>Withdrawal minus the baseline&apos;s</source>
        <translation>Су алу минус базалық нұсқаның су алуы</translation>
    </message>
    <message>
        <source>Δ shortfall</source>
        <translation>Тапшылықтың Δ</translation>
    </message>
    <message>
        <source>Shortfall minus the baseline&apos;s</source>
        <translation>Тапшылық минус базалық нұсқаның тапшылығы</translation>
    </message>
    <message>
        <source>Δ generated</source>
        <translation>Өндірудің Δ</translation>
    </message>
    <message>
        <source>Energy generated minus the baseline&apos;s</source>
        <translation>Өндіру минус базалық нұсқаның өндіруі</translation>
    </message>
    <message>
        <source>Δ net energy</source>
        <translation>Сальдоның Δ</translation>
    </message>
    <message>
        <source>Net energy minus the baseline&apos;s</source>
        <translation>Электр энергиясының сальдосы минус базалық нұсқаның сальдосы</translation>
    </message>
    <message>
        <source>{season} (partial)</source>
        <translation>{season} (толық емес)</translation>
    </message>
    <message>
        <source>{title} ({unit})</source>
        <translation>{title} ({unit})</translation>
    </message>
    <message>
        <source>The horizon covers {percent} of this season ({start} to {end}, exclusive); the limit is still the whole season&apos;s.</source>
        <translation>Есептеу кезеңі осы кезеңнің {percent} қамтиды ({start} – {end}, соңғы күнсіз); лимит бұрынғыдай бүкіл кезеңге белгіленген.</translation>
    </message>
    <message>
        <source>Over the limit by {amount} {unit}.</source>
        <translation>Лимиттен {amount} {unit} асып кетті.</translation>
    </message>
    <message>
        <source>Baseline: {value}</source>
        <translation>Базалық нұсқа: {value}</translation>
    </message>
</context>
<context>
    <name>CountriesChart</name>
    <message>
        <source>{season} (partial)</source>
        <translation>{season} (толық емес)</translation>
    </message>
    <message>
        <source>Oct–Mar</source>
        <translation>қаз–нау</translation>
    </message>
    <message>
        <source>Apr–Sep</source>
        <translation>сәу–қыр</translation>
    </message>
    <message>
        <source>Withdrawal against the ICWC limit</source>
        <translation>Су алу және МКВК лимиті</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>лимит</translation>
    </message>
    <message>
        <source>over the limit</source>
        <translation>лимиттен асу</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>базалық нұсқа</translation>
    </message>
    <message>
        <source>Energy generated and net after exchanges</source>
        <translation>Өндіру және айырбастан кейінгі сальдо</translation>
    </message>
    <message>
        <source>net after exchanges</source>
        <translation>айырбастан кейінгі сальдо</translation>
    </message>
    <message>
        <source>Withdrawal (no ICWC limit set)</source>
        <translation>Су алу (МКВК лимиті берілмеген)</translation>
    </message>
    <message>
        <source>Energy generated</source>
        <translation>Электр энергиясын өндіру</translation>
    </message>
    <message numerus="yes">
        <source>{season}, mean of {count} seasons</source>
        <translation>
            <numerusform>{season}, {count} маусымның орташасы</numerusform>
            <numerusform>{season}, {count} маусымның орташасы</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountriesRisk</name>
    <message>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <source>The country (its demands together, a shared demand split by its shares; its plants at dams and run-of-river)</source>
        <translation>Ел (оның барлық су тұтынушылары, ортақ су қажеттілігі үлестерге бөлінеді; оның бөгеттердегі және арналық СЭС-тері)</translation>
    </message>
    <message>
        <source>ICWC season</source>
        <translation>МКВК кезеңі</translation>
    </message>
    <message>
        <source>Non-vegetation October–March or vegetation April–September</source>
        <translation>Вегетацияаралық (қазан–наурыз) немесе вегетациялық (сәуір–қыркүйек) кезең</translation>
    </message>
    <message>
        <source>P(short &gt;
{threshold} %)</source>
        <translation>P(тапшылық &gt;
{threshold} %)</translation>
    </message>
    <message>
        <source>Share of members whose shortfall over the whole horizon exceeds {threshold} % of the country&apos;s demand</source>
        <translation>Бүкіл есептеу кезеңіндегі тапшылығы елдің су қажеттілігінің {threshold} %-нан асатын іске асырулардың үлесі</translation>
    </message>
    <message>
        <source>Δ P(short)
points</source>
        <translation>Δ P(тапшылық)
п. т.</translation>
    </message>
    <message>
        <source>P(short) minus the baseline&apos;s, percentage points</source>
        <translation>P(тапшылық) минус базалық нұсқаның P(тапшылық), пайыздық тармақ</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Сенімділік</translation>
    </message>
    <message>
        <source>Share of the periods with demand in which the country&apos;s demands got all they asked for, all members pooled</source>
        <translation>Су қажеттілігі бар кезеңдердің ішінде елдің су тұтынушылары сұрағанның бәрін алған кезеңдердің үлесі, барлық іске асырулар бойынша</translation>
    </message>
    <message>
        <source>Δ reliab.
points</source>
        <translation>Δ сенімд.
п. т.</translation>
    </message>
    <message>
        <source>Reliability minus the baseline&apos;s, percentage points</source>
        <translation>Сенімділік минус базалық нұсқаның сенімділігі, пайыздық тармақ</translation>
    </message>
    <message>
        <source>Energy P10
{unit}</source>
        <translation>Өндіру P10
{unit}</translation>
    </message>
    <message>
        <source>Energy of the country&apos;s plants in the season: 10 % of the members generate less</source>
        <translation>Кезеңдегі ел СЭС-терінің өндіруі: іске асырулардың 10 %-ында одан аз</translation>
    </message>
    <message>
        <source>Energy P50
{unit}</source>
        <translation>Өндіру P50
{unit}</translation>
    </message>
    <message>
        <source>Median energy over the members</source>
        <translation>Іске асырулар бойынша медианалық өндіру</translation>
    </message>
    <message>
        <source>Energy P90
{unit}</source>
        <translation>Өндіру P90
{unit}</translation>
    </message>
    <message>
        <source>90 % of the members generate less</source>
        <translation>Іске асырулардың 90 %-ында өндіру одан аз</translation>
    </message>
    <message>
        <source>Δ P50
{unit}</source>
        <translation>Δ P50
{unit}</translation>
    </message>
    <message>
        <source>Median energy minus the baseline&apos;s</source>
        <translation>Медианалық өндіру минус базалық нұсқаның медианалық өндіруі</translation>
    </message>
    <message>
        <source>(no plants)</source>
        <translation>(СЭС жоқ)</translation>
    </message>
    <message>
        <source>{season} (partial)</source>
        <translation>{season} (толық емес)</translation>
    </message>
    <message>
        <source>Baseline: {value}</source>
        <translation>Базалық нұсқа: {value}</translation>
    </message>
</context>
<context>
    <name>CountriesView</name>
    <message>
        <source>Withdrawal is the water entering the intakes of a country&apos;s demands (a demand shared among countries is split by its shares); limits are per ICWC season (October–March, April–September); % of basin is the country&apos;s share of the inflow formed in the basin that season.</source>
        <translation>Су алу — елдің су тұтынушыларының су алғыштарына түскен су (ортақ су қажеттілігі елдер арасында үлестерге бөлінеді); лимиттер МКВК кезеңіне берілген (қазан–наурыз, сәуір–қыркүйек); бассейннің % — осы кезеңде бассейнде қалыптасқан ағындағы елдің үлесі.</translation>
    </message>
    <message>
        <source>An ICWC limit counts main-stem withdrawals at the ICWC&apos;s control points: where a country&apos;s demands hold more (small rivers, users below a control point), % of limit is not like for like; the scenario&apos;s notes say what each limit covers.</source>
        <translation>МКВК лимиті МКВК бақылау тұстамаларындағы негізгі арнадан су алуды ескереді: елдің су тұтынушылары көбірек қамтыса (шағын өзендер, тұстамадан төмен су пайдаланушылар), лимиттің %-ы салыстырмалы емес; әр лимиттің нені қамтитынын сценарий ескертпелерінен қараңыз.</translation>
    </message>
    <message>
        <source>{id}: {supplier} → {receiver}, {energy} {unit} in {season} of each water year</source>
        <translation>{id}: {supplier} → {receiver}, әр су шаруашылық жылының {season} кезеңінде {energy} {unit}</translation>
    </message>
    <message>
        <source>, in return for {water} {unit} of water in {season}</source>
        <translation>, {season} кезеңінде {water} {unit} су орнына</translation>
    </message>
    <message>
        <source>, in return for {water} {unit} of water</source>
        <translation>, {water} {unit} су орнына</translation>
    </message>
    <message numerus="yes">
        <source>Risk over {count} members: P(short) is the share of members whose shortfall over the horizon exceeds {threshold} % of the country&apos;s demand; energy per season over the members</source>
        <translation>
            <numerusform>{count} іске асыру бойынша тәуекел: P(тапшылық) — есептеу кезеңіндегі тапшылығы елдің су қажеттілігінің {threshold} %-нан асатын іске асырулардың үлесі; кезеңдер бойынша өндіру барлық іске асырулар бойынша</numerusform>
            <numerusform>{count} іске асыру бойынша тәуекел: P(тапшылық) — есептеу кезеңіндегі тапшылығы елдің су қажеттілігінің {threshold} %-нан асатын іске асырулардың үлесі; кезеңдер бойынша өндіру барлық іске асырулар бойынша</numerusform>
        </translation>
    </message>
    <message>
        <source>Unit of the volumes in the chart and the table</source>
        <translation>Диаграмма мен кестедегі көлемдердің бірлігі</translation>
    </message>
    <message>
        <source>Volumes in</source>
        <translation>Көлемдер</translation>
    </message>
    <message>
        <source>Not simulated: no country figures.</source>
        <translation>Есептеу жүргізілмеді: елдер бойынша көрсеткіштер жоқ.</translation>
    </message>
    <message>
        <source>; Δ = this scenario minus the baseline</source>
        <translation>; Δ = осы сценарий минус базалық нұсқа</translation>
    </message>
    <message>
        <source>{countries} countries × {seasons} ICWC seasons, {start} to {end}</source>
        <translation>Елдер: {countries} × МКВК кезеңдері: {seasons}, {start} – {end}</translation>
    </message>
    <message>
        <source>; ensemble of {count}: member {number} is shown</source>
        <translation>; {count} ансамблі: {number}-іске асыру көрсетілген</translation>
    </message>
    <message>
        <source>Energy exchanges:</source>
        <translation>Электр энергиясын айырбастау:</translation>
    </message>
    <message>
        <source>A partial season is covered by the horizon only in part: its limit is still the whole season&apos;s, its exchanges count for the days covered.</source>
        <translation>Толық емес кезең есептеу кезеңімен ішінара ғана қамтылған: оның лимиті бұрынғыдай бүкіл кезеңге, айырбас қамтылған күндер үшін есептеледі.</translation>
    </message>
    <message>
        <source>&apos;Unassigned&apos; gathers demands, rivers and plants of no country.</source>
        <translation>«Елсіз» елге жатқызылмаған су тұтынушыларды, өзендерді және СЭС-терді біріктіреді.</translation>
    </message>
    <message>
        <source>The scenario assigns no countries yet.</source>
        <translation>Сценарийде елдер әлі берілмеген.</translation>
    </message>
</context>
<context>
    <name>DialogParts</name>
    <message>
        <source>Add</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Таңдалғандарды жою</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>{name} (not saved)</source>
        <translation>{name} (сақталмаған)</translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation>файл атауы көрсетілмеген</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Demands</source>
        <translation>Су тұтынушылар</translation>
    </message>
    <message>
        <source>Minimum-flow points</source>
        <translation>Ең аз өтім тұстамалары</translation>
    </message>
    <message>
        <source>Plants</source>
        <translation>СЭС</translation>
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
        <source>Terminal lake</source>
        <translation>Соңғы су айдыны</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>Маусым</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Есептеу</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Шектеу</translation>
    </message>
    <message>
        <source>Divide each demand&apos;s shortfall by its priority</source>
        <translation>Әр тұтынушының тапшылығын оның басымдығына бөлу</translation>
    </message>
    <message>
        <source>Inflow target (blank: maximise the inflow)</source>
        <translation>Мақсатты ағын (бос — ағынды барынша арттыру)</translation>
    </message>
    <message>
        <source>End-storage target</source>
        <translation>Мақсатты соңғы көлем</translation>
    </message>
    <message>
        <source>Value per Mm³ released, per period</source>
        <translation>Кезеңдегі 1 млн м³ су жіберудің құны</translation>
    </message>
    <message>
        <source>Lowest storage per period (blank: none)</source>
        <translation>Кезеңдер бойынша ең аз көлем (бос — жоқ)</translation>
    </message>
    <message>
        <source>Highest storage per period (blank: none)</source>
        <translation>Кезеңдер бойынша ең көп көлем (бос — жоқ)</translation>
    </message>
    <message>
        <source>Storage at least, in every period</source>
        <translation>Көлем әр кезеңде кемінде</translation>
    </message>
    <message>
        <source>Release at least</source>
        <translation>Су жіберу кемінде</translation>
    </message>
    <message>
        <source>Release at most</source>
        <translation>Су жіберу ең көбі</translation>
    </message>
    <message>
        <source>Lowest release per period (blank: none)</source>
        <translation>Кезеңдер бойынша ең аз су жіберу (бос — жоқ)</translation>
    </message>
    <message>
        <source>Highest release per period (blank: none)</source>
        <translation>Кезеңдер бойынша ең көп су жіберу (бос — жоқ)</translation>
    </message>
    <message>
        <source>Largest change from one period to the next</source>
        <translation>Кезеңнен кезеңге ең үлкен өзгеріс</translation>
    </message>
    <message>
        <source>… or as a volume per period</source>
        <translation>… немесе кезеңдегі көлем ретінде</translation>
    </message>
    <message>
        <source>End storage at least</source>
        <translation>Соңғы көлем кемінде</translation>
    </message>
    <message>
        <source>Energy at least</source>
        <translation>Өндіру кемінде</translation>
    </message>
    <message>
        <source>Inflow at least</source>
        <translation>Келетін ағын кемінде</translation>
    </message>
    <message>
        <source>Replaces the default carry-over for this reservoir.</source>
        <translation>Осы су қоймасы үшін әдепкі ауыспалы көлемді алмастырады.</translation>
    </message>
    <message>
        <source>The level the operator does not want to go below (above dead storage).</source>
        <translation>Пайдалану кезінде одан төмен түсуге жол берілмейтін деңгей (өлі көлемнен жоғары).</translation>
    </message>
    <message>
        <source>Mean flow in every period of the season: this form survives a change of time step or horizon.</source>
        <translation>Маусымның әр кезеңіндегі орташа өтім: мұндай жазба уақыт қадамы немесе есептеу кезеңі өзгергенде сақталады.</translation>
    </message>
    <message>
        <source>Name plants or a country, not both.</source>
        <translation>СЭС-ті немесе елді көрсетіңіз, екеуін бірге емес.</translation>
    </message>
    <message>
        <source>One of the network&apos;s own limits, made hard or given another penalty.</source>
        <translation>Желінің өз шектеулерінің бірі, қатаң етілген немесе басқа айыппұл берілген.</translation>
    </message>
    <message>
        <source>per {unit}</source>
        <translation>/ {unit}</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is not a number</source>
        <translation>{field}: «{text}» сан емес</translation>
    </message>
    <message>
        <source>Tick the nodes concerned; none ticked means all of them</source>
        <translation>Қажетті тораптарды белгілеңіз; ешқайсысы белгіленбесе — барлығы</translation>
    </message>
    <message>
        <source>value</source>
        <translation>мән</translation>
    </message>
    <message>
        <source>{field}: period {number} has no value</source>
        <translation>{field}: {number}-кезеңнің мәні жоқ</translation>
    </message>
    <message>
        <source>{field}, period {number}: &apos;{text}&apos; is not a number</source>
        <translation>{field}, {number}-кезең: «{text}» сан емес</translation>
    </message>
    <message>
        <source>its start storage</source>
        <translation>өзінің бастапқы көлемі</translation>
    </message>
    <message>
        <source>a volume of</source>
        <translation>көлем</translation>
    </message>
    <message>
        <source>Change objective</source>
        <translation>Оңтайландыру мақсатын өзгерту</translation>
    </message>
    <message>
        <source>Add objective</source>
        <translation>Оңтайландыру мақсатын қосу</translation>
    </message>
    <message>
        <source>Change requirement</source>
        <translation>Шектеуді өзгерту</translation>
    </message>
    <message>
        <source>Add requirement</source>
        <translation>Шектеу қосу</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>{field} (none ticked: all)</source>
        <translation>{field} (ештеңе белгіленбесе — барлығы)</translation>
    </message>
    <message>
        <source>any country</source>
        <translation>кез келген ел</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>міндетті емес</translation>
    </message>
    <message>
        <source>A name the trade-off and the command line can refer to</source>
        <translation>Ымыра мен командалық жол сілтеме жасайтын атау</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>per unit of value</source>
        <translation>/ құн бірлігі</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Салмақ</translation>
    </message>
    <message>
        <source>hard: must hold</source>
        <translation>қатаң: орындалуы тиіс</translation>
    </message>
    <message>
        <source>soft: may give way, at a penalty</source>
        <translation>жұмсақ: айыппұлмен бұзылуы мүмкін</translation>
    </message>
    <message>
        <source>Penalty</source>
        <translation>Айыппұл</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Enter the {field} ({unit}).</source>
        <translation>«{field}» мәнін енгізіңіз ({unit}).</translation>
    </message>
    <message>
        <source>Enter {field}.</source>
        <translation>Енгізіңіз: {field}.</translation>
    </message>
    <message>
        <source>The scenario has no {field} for this kind.</source>
        <translation>Сценарийде бұл түр үшін «{field}» жоқ.</translation>
    </message>
    <message>
        <source>Enter a weight.</source>
        <translation>Салмақты енгізіңіз.</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>Give the lowest or the highest storage (or both) for at least one period.</source>
        <translation>Кем дегенде бір кезеңге ең аз немесе ең көп көлемді (немесе екеуін) беріңіз.</translation>
    </message>
    <message>
        <source>Give the lowest release, the highest release or both.</source>
        <translation>Ең аз су жіберуді, ең көп су жіберуді немесе екеуін беріңіз.</translation>
    </message>
    <message>
        <source>Give the largest change either as a flow ({flow}) or as a volume per period ({volume}), not both.</source>
        <translation>Ең үлкен өзгерісті не өтім ({flow}), не кезеңдегі көлем ({volume}) ретінде беріңіз, екеуін бірге емес.</translation>
    </message>
    <message>
        <source>Tick plants or choose a country, not both.</source>
        <translation>СЭС-ті белгілеңіз немесе елді таңдаңыз, екеуін бірге емес.</translation>
    </message>
</context>
<context>
    <name>Fan</name>
    <message>
        <source>{prefix}90 % band (P5–P95)</source>
        <translation>{prefix}90 % жолағы (P5–P95)</translation>
    </message>
    <message>
        <source>{prefix}50 % band (P25–P75)</source>
        <translation>{prefix}50 % жолағы (P25–P75)</translation>
    </message>
    <message>
        <source>{prefix}90 % / 50 % bands</source>
        <translation>{prefix}90 % / 50 % жолақтары</translation>
    </message>
    <message>
        <source>{prefix}median of the members</source>
        <translation>{prefix}іске асырулар медианасы</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Buffer zone top</source>
        <translation>Буферлік аймақтың жоғарғы шегі</translation>
    </message>
    <message>
        <source>While the storage at the start of a period is below this, the release is cut to the buffer release</source>
        <translation>Кезең басындағы көлем осы шектен төмен болғанда, су жіберу буферлік аймақтағы су жіберуге дейін азайтылады</translation>
    </message>
    <message>
        <source>Release while in the buffer zone (never below the minimum release); empty: no cut</source>
        <translation>Буферлік аймақтағы су жіберу (ең аз су жіберуден төмен емес); бос — азайтусыз</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>WaterPlanner scenarios (*.wplan);;All files (*)</source>
        <translation>WaterPlanner сценарийлері (*.wplan);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>no scenario ships with this installation</source>
        <translation>бұл орнатуда бірде-бір сценарий жоқ</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Сақталмаған өзгерістер</translation>
    </message>
    <message>
        <source>{name} has changes that are not saved.</source>
        <translation>«{name}» ішінде сақталмаған өзгерістер бар.</translation>
    </message>
    <message>
        <source>Save them before continuing?</source>
        <translation>Жалғастырмас бұрын оларды сақтау керек пе?</translation>
    </message>
    <message>
        <source>the default scenario</source>
        <translation>әдепкі сценарий</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>Сценарийді ашу</translation>
    </message>
    <message>
        <source>Opened {name}, written in format version {version}: it will be saved in version {current} (nothing in it changes meaning; an older WaterPlanner cannot open the saved file)</source>
        <translation>{name} ашылды, ол {version} нұсқалы пішімде жазылған: {current} нұсқасында сақталады (деректердің мағынасы өзгермейді; WaterPlanner-дің ескі нұсқасы сақталған файлды аша алмайды)</translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation>{name} ашылды</translation>
    </message>
    <message>
        <source>Save scenario as</source>
        <translation>Сценарийді басқаша сақтау</translation>
    </message>
    <message>
        <source>Could not save {name}: {reason}</source>
        <translation>{name} сақталмады: {reason}</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Сақтау мүмкін болмады</translation>
    </message>
    <message>
        <source>{path} could not be written:
{reason}

Your scenario is still open; try another folder.</source>
        <translation>{path} жазылмады:
{reason}

Сценарий әлі ашық; басқа қалтаны көріңіз.</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>{name} сақталды</translation>
    </message>
    <message>
        <source>(no recent files)</source>
        <translation>(соңғы файлдар жоқ)</translation>
    </message>
    <message>
        <source>Could not save {what}: {message}</source>
        <translation>{what} сақталмады: {message}</translation>
    </message>
    <message>
        <source>Could not open {what}: {message}</source>
        <translation>{what} ашылмады: {message}</translation>
    </message>
    <message numerus="yes">
        <source>Could not save {what} ({count} problems); the open scenario is unchanged:</source>
        <translation>
            <numerusform>{what} сақталмады ({count} мәселе); ашық сценарий өзгермеді:</numerusform>
            <numerusform>{what} сақталмады ({count} мәселе); ашық сценарий өзгермеді:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not open {what} ({count} problems); the open scenario is unchanged:</source>
        <translation>
            <numerusform>{what} ашылмады ({count} мәселе); ашық сценарий өзгермеді:</numerusform>
            <numerusform>{what} ашылмады ({count} мәселе); ашық сценарий өзгермеді:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>WaterPlanner — Help</source>
        <translation>WaterPlanner — Анықтама</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Артқа</translation>
    </message>
    <message>
        <source>Back  [Alt+Left]</source>
        <translation>Артқа  [Alt+Left]</translation>
    </message>
    <message>
        <source>Forward ▶</source>
        <translation>Алға ▶</translation>
    </message>
    <message>
        <source>Forward  [Alt+Right]</source>
        <translation>Алға  [Alt+Right]</translation>
    </message>
    <message>
        <source>Find in page (Ctrl+F, Enter for the next)</source>
        <translation>Беттен іздеу (Ctrl+F, Enter — келесісі)</translation>
    </message>
    <message>
        <source>The page &apos;{title}&apos; ({file}) is not installed.</source>
        <translation>«{title}» беті ({file}) орнатылмаған.</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>табылмады</translation>
    </message>
    <message>
        <source>{name} is not part of the help</source>
        <translation>{name} анықтамаға кірмейді</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>User &amp;guide</source>
        <translation>&amp;Пайдаланушы нұсқаулығы</translation>
    </message>
    <message>
        <source>The user guide, at the section about the panel you are in</source>
        <translation>Пайдаланушы нұсқаулығы, сіз жұмыс істеп отырған панель туралы бөлім</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Пернелер тіркесімдері</translation>
    </message>
    <message>
        <source>Every shortcut of the window</source>
        <translation>Терезенің барлық пернелер тіркесімі</translation>
    </message>
    <message>
        <source>What&apos;s &amp;new</source>
        <translation>&amp;Не жаңалық</translation>
    </message>
    <message>
        <source>The Syr Darya &amp;data and sources</source>
        <translation>Сырдария &amp;деректері мен дереккөздері</translation>
    </message>
    <message>
        <source>What&apos;s &amp;this?</source>
        <translation>Бұл &amp;не?</translation>
    </message>
</context>
<context>
    <name>HelpPages</name>
    <message>
        <source>User guide</source>
        <translation>Пайдаланушы нұсқаулығы</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Пернелер тіркесімдері</translation>
    </message>
    <message>
        <source>What&apos;s new</source>
        <translation>Не жаңалық</translation>
    </message>
    <message>
        <source>Syr Darya data and sources</source>
        <translation>Сырдария деректері мен дереккөздері</translation>
    </message>
    <message>
        <source>Inflow ensembles and risk</source>
        <translation>Ағын ансамбльдері және тәуекел</translation>
    </message>
    <message>
        <source>The optimiser</source>
        <translation>Оңтайландырғыш</translation>
    </message>
    <message>
        <source>How the simulation works</source>
        <translation>Есептеу қалай жүргізіледі</translation>
    </message>
    <message>
        <source>Water allocation and sharing</source>
        <translation>Суды бөлу</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Есептер</translation>
    </message>
    <message>
        <source>The scenario file format</source>
        <translation>Сценарий файлының пішімі</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Жылдамдық</translation>
    </message>
    <message>
        <source>Installing and administering</source>
        <translation>Орнату және әкімшілік ету</translation>
    </message>
</context>
<context>
    <name>HelpSections</name>
    <message>
        <source>Changing the network and its data</source>
        <translation>Желіні және оның деректерін өзгерту</translation>
    </message>
    <message>
        <source>Changing releases</source>
        <translation>Су жіберуді өзгерту</translation>
    </message>
    <message>
        <source>Reading the results</source>
        <translation>Нәтижелерді оқу</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Мәселелер</translation>
    </message>
    <message>
        <source>Your work is safe</source>
        <translation>Жұмысыңыз сақталады</translation>
    </message>
    <message>
        <source>The optimiser</source>
        <translation>Оңтайландырғыш</translation>
    </message>
    <message>
        <source>The Countries tab</source>
        <translation>«Елдер» қойындысы</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>(skip)</source>
        <translation>(өткізіп жіберу)</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Анықтау</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Ай</translation>
    </message>
    <message>
        <source>Dekads</source>
        <translation>Онкүндік</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Тәулік</translation>
    </message>
    <message>
        <source>{name}: release</source>
        <translation>{name}: су жіберу</translation>
    </message>
    <message>
        <source>{name}: inflow</source>
        <translation>{name}: келетін ағын</translation>
    </message>
    <message>
        <source>{name}: demand</source>
        <translation>{name}: су қажеттілігі</translation>
    </message>
    <message>
        <source>Import series</source>
        <translation>Қатарларды импорттау</translation>
    </message>
    <message>
        <source>Choose a CSV or Excel (.xlsx) file</source>
        <translation>CSV немесе Excel (.xlsx) файлын таңдаңыз</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Шолу…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Парақ:</translation>
    </message>
    <message>
        <source>Dates in column</source>
        <translation>Күндер бағанда</translation>
    </message>
    <message>
        <source>Period length</source>
        <translation>Кезең ұзақтығы</translation>
    </message>
    <message>
        <source>Inflows go to set</source>
        <translation>Ағын нұсқасына</translation>
    </message>
    <message>
        <source>How to read the file</source>
        <translation>Файлды қалай оқу керек</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Баған</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Бірлік</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Қайда</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Бағандар</translation>
    </message>
    <message>
        <source>Each column&apos;s unit is read from its header; choose it where the header names none. Flows (m³/s, l/s, ft³/s) are mean flows over each period, volumes (Mm³, km³, m³) totals per period.</source>
        <translation>Әр бағанның бірлігі оның тақырыбынан оқылады; тақырыпта бірлік болмаса, оны таңдаңыз. Өтімдер (м³/с, л/с, фут³/с) — әр кезеңдегі орташа, көлемдер (млн м³, км³, м³) — кезеңдегі жиынтық.</translation>
    </message>
    <message>
        <source>The file (first {count} rows)</source>
        <translation>Файл (алғашқы {count} жол)</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Файл таңдалмаған.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорттау</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>Import series from {name}</source>
        <translation>{name} файлынан қатарларды импорттау</translation>
    </message>
    <message>
        <source>{name} cannot be read ({why})</source>
        <translation>{name} оқылмайды ({why})</translation>
    </message>
    <message>
        <source>The file cannot be read; nothing will be imported.</source>
        <translation>Файл оқылмайды; ештеңе импортталмайды.</translation>
    </message>
    <message>
        <source>Read from the header (&apos;{text}&apos;): {unit}</source>
        <translation>Тақырыптан («{text}»): {unit}</translation>
    </message>
    <message>
        <source>The header&apos;s unit &apos;{text}&apos; is not one WaterPlanner knows: choose this column&apos;s unit</source>
        <translation>Тақырыптағы «{text}» бірлігі WaterPlanner-ге белгісіз: осы бағанның бірлігін таңдаңыз</translation>
    </message>
    <message>
        <source>two units?</source>
        <translation>екі бірлік пе?</translation>
    </message>
    <message>
        <source>The header names {units}: choose this column&apos;s unit</source>
        <translation>Тақырыпта {units} көрсетілген: осы бағанның бірлігін таңдаңыз</translation>
    </message>
    <message>
        <source>choose…</source>
        <translation>таңдаңыз…</translation>
    </message>
    <message>
        <source>The header names no unit: choose this column&apos;s unit</source>
        <translation>Тақырыпта бірлік жоқ: осы бағанның бірлігін таңдаңыз</translation>
    </message>
    <message>
        <source>→ unit?</source>
        <translation>→ бірлік?</translation>
    </message>
    <message>
        <source>the file cannot be checked ({why})</source>
        <translation>файлды тексеру мүмкін емес ({why})</translation>
    </message>
    <message>
        <source>Nothing will be imported.</source>
        <translation>Ештеңе импортталмайды.</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>айлық</translation>
    </message>
    <message>
        <source>dekad</source>
        <translation>онкүндік</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>тәуліктік</translation>
    </message>
    <message>
        <source>{column} in {unit}</source>
        <translation>{column} — {unit}</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Кестелер (*.csv *.xlsx *.txt);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>the import failed ({why})</source>
        <translation>импорт орындалмады ({why})</translation>
    </message>
    <message numerus="yes">
        <source>Ready: {count} series, {step} values ({units}), will be imported as one edit.</source>
        <translation>
            <numerusform>Дайын: {count} қатар, {step} мәндер ({units}); импорт бір өзгеріс ретінде орындалады.</numerusform>
            <numerusform>Дайын: {count} қатар, {step} мәндер ({units}); импорт бір өзгеріс ретінде орындалады.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} problems: nothing will be imported until the file is clean.</source>
        <translation>
            <numerusform>{count} мәселе: файл түзетілмейінше ештеңе импортталмайды.</numerusform>
            <numerusform>{count} мәселе: файл түзетілмейінше ештеңе импортталмайды.</numerusform>
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
        <translation>Сценарийдің «{name}» ансамблі</translation>
    </message>
    <message>
        <source>Members drawn by the default stochastic generator fitted to this scenario&apos;s own inflow sets (see docs/ensembles.md); the plots show the median and the 50 % and 90 % bands</source>
        <translation>Сценарийдің өз ағын нұсқаларына бейімделген әдепкі стохастикалық генератор жасаған іске асырулар (docs/ensembles.md қараңыз); графиктер медиананы және 50 % пен 90 % жолақтарын көрсетеді</translation>
    </message>
    <message>
        <source>The baseline has no inflow set &apos;{name}&apos;: it is shown with its own &apos;{own}&apos;</source>
        <translation>Базалық нұсқада «{name}» ағын нұсқасы жоқ: ол өзінің «{own}» нұсқасымен көрсетілген</translation>
    </message>
    <message numerus="yes">
        <source>Ensemble: generated ({count} members)</source>
        <translation>
            <numerusform>Ансамбль: генерацияланған ({count} іске асыру)</numerusform>
            <numerusform>Ансамбль: генерацияланған ({count} іске асыру)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>varies per period: {low}–{high}</source>
        <translation>кезеңдер бойынша өзгереді: {low}–{high}</translation>
    </message>
    <message>
        <source>{label} ({unit})</source>
        <translation>{label} ({unit})</translation>
    </message>
    <message>
        <source>Set {name} {field}</source>
        <translation>{field} өзгерту: {name}</translation>
    </message>
    <message>
        <source>Select a node on the schematic</source>
        <translation>Сызбадан торапты таңдаңыз</translation>
    </message>
    <message>
        <source>Power stations on this reach without storage of their own</source>
        <translation>Осы учаскедегі өз су қоймасы жоқ электр станциялары</translation>
    </message>
    <message>
        <source>{source} → {target} — link</source>
        <translation>{source} → {target} — учаске</translation>
    </message>
    <message>
        <source>all of the return</source>
        <translation>бүкіл қайтарма ағын</translation>
    </message>
    <message>
        <source>an equal part of what the others leave</source>
        <translation>қалғандары қалдырған судың тең бөлігі</translation>
    </message>
    <message>
        <source>{share}: {why}</source>
        <translation>{share}: {why}</translation>
    </message>
    <message>
        <source>Set {source} → {target} {field}</source>
        <translation>{field} өзгерту: {source} → {target}</translation>
    </message>
    <message>
        <source>{name} — {kind}</source>
        <translation>{name} — {kind}</translation>
    </message>
    <message>
        <source>per period…</source>
        <translation>кезеңдер бойынша…</translation>
    </message>
    <message>
        <source>Give {field} one value per period (a seasonal limit)</source>
        <translation>«{field}» мәнін әр кезеңге бөлек беру (маусымдық шектеу)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Operating rule&lt;/b&gt;</source>
        <translation>&lt;b&gt;Реттеу ережесі&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Ереже</translation>
    </message>
    <message>
        <source>{name}: operating rule {rule}</source>
        <translation>{name}: реттеу ережесі — {rule}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hydropower plant&lt;/b&gt;</source>
        <translation>&lt;b&gt;СЭС&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Remove the plant</source>
        <translation>СЭС-ті жою</translation>
    </message>
    <message>
        <source>Add a plant</source>
        <translation>СЭС қосу</translation>
    </message>
    <message>
        <source>none — click to set</source>
        <translation>жоқ — беру үшін басыңыз</translation>
    </message>
    <message>
        <source>{count} rows, {low}–{high} {unit}…</source>
        <translation>жолдар: {count}, {low}–{high} {unit}…</translation>
    </message>
    <message>
        <source>{sets} sets × {periods} periods…</source>
        <translation>нұсқалар: {sets} × кезеңдер: {periods}…</translation>
    </message>
    <message>
        <source>{count} values, {low}–{high}…</source>
        <translation>мәндер: {count}, {low}–{high}…</translation>
    </message>
    <message>
        <source>add a plant first</source>
        <translation>алдымен СЭС қосыңыз</translation>
    </message>
    <message>
        <source>needs a value</source>
        <translation>мән қажет</translation>
    </message>
    <message>
        <source>only a reservoir has an operating rule</source>
        <translation>реттеу ережесі тек су қоймасында болады</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number</source>
        <translation>«{text}» сан емес</translation>
    </message>
    <message>
        <source>{source} → {target}: run-of-river plants</source>
        <translation>{source} → {target}: арналық СЭС</translation>
    </message>
    <message>
        <source>the plants were refused</source>
        <translation>СЭС қабылданбады</translation>
    </message>
    <message>
        <source>Add {name} plant</source>
        <translation>СЭС қосу: {name}</translation>
    </message>
    <message>
        <source>Remove {name} plant</source>
        <translation>СЭС-ті жою: {name}</translation>
    </message>
    <message>
        <source>{name}: {field}</source>
        <translation>{name}: {field}</translation>
    </message>
    <message>
        <source>the table was refused</source>
        <translation>кесте қабылданбады</translation>
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
        <translation>Бағыттауыш пернелер</translation>
    </message>
    <message>
        <source>Go to the next node that way on screen</source>
        <translation>Осы бағыттағы келесі торапқа өту</translation>
    </message>
    <message>
        <source>Shift+arrow keys</source>
        <translation>Shift+бағыттауыштар</translation>
    </message>
    <message>
        <source>Move the selected nodes (one undo step per run of presses)</source>
        <translation>Таңдалған тораптарды жылжыту (бір сериялы басу — бір болдырмау қадамы)</translation>
    </message>
    <message>
        <source>L, arrow keys, Enter</source>
        <translation>L, бағыттауыштар, Enter</translation>
    </message>
    <message>
        <source>Connect the selected node to a node downstream; Esc cancels</source>
        <translation>Таңдалған торапты ағыс бойынша төмендегі торапқа қосу; Esc — бас тарту</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insert</translation>
    </message>
    <message>
        <source>Add a node</source>
        <translation>Торап қосу</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete the selected nodes or links (focus anywhere in the panel)</source>
        <translation>Таңдалған тораптарды немесе учаскелерді жою (фокус панельдің кез келген жерінде)</translation>
    </message>
    <message>
        <source>Menu key or Shift+F10</source>
        <translation>Мәзір пернесі немесе Shift+F10</translation>
    </message>
    <message>
        <source>The selected node&apos;s menu</source>
        <translation>Таңдалған тораптың мәзірі</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>Таңдауды алып тастау</translation>
    </message>
    <message>
        <source>Release schedule</source>
        <translation>Су жіберу кестесі</translation>
    </message>
    <message>
        <source>Arrow keys, Enter, typing</source>
        <translation>Бағыттауыштар, Enter, теру</translation>
    </message>
    <message>
        <source>Move between cells and edit them</source>
        <translation>Ұяшықтар арасында өту және оларды түзету</translation>
    </message>
    <message>
        <source>Ctrl+C / Ctrl+V</source>
        <translation>Ctrl+C / Ctrl+V</translation>
    </message>
    <message>
        <source>Copy / paste tab-separated blocks</source>
        <translation>Табуляциямен бөлінген блоктарды көшіру / қою</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Барлық жерде</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>Next / previous control (they leave the table)</source>
        <translation>Келесі / алдыңғы элемент (кестеден шығады)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> немесе </translation>
    </message>
    <message>
        <source>&lt;h1&gt;Keyboard shortcuts&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Пернелер тіркесімдері&lt;/h1&gt;</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>The window speaks {language} now.</source>
        <translation>Терезе енді мына тілде: {language}.</translation>
    </message>
    <message>
        <source>Show the window in {language}; the open scenario, its unsaved edits and its history stay</source>
        <translation>Терезені «{language}» тілінде көрсету; ашық сценарий, оның сақталмаған өзгерістері мен тарихы сақталады</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Click a legend entry to hide or show its curve</source>
        <translation>Шартты белгі элементін басу оның қисығын жасырады немесе көрсетеді</translation>
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
        <translation>Су жіберу кестесі</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Жиынтық</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Қасиеттер</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Мәселелер</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Тарих</translation>
    </message>
    <message>
        <source>Optimiser</source>
        <translation>Оңтайландырғыш</translation>
    </message>
    <message>
        <source> (engine loading)</source>
        <translation> (жүктелуде)</translation>
    </message>
    <message>
        <source>Opened scenario</source>
        <translation>Сценарий ашылды</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Жаңа</translation>
    </message>
    <message>
        <source>Start from the default Syr Darya scenario</source>
        <translation>Сырдарияның әдепкі сценарийінен бастау</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ашу…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>&amp;Басқаша сақтау…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Қайталау</translation>
    </message>
    <message>
        <source>Re-run simulation</source>
        <translation>Қайта есептеу</translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation>&amp;Қасиеттер…</translation>
    </message>
    <message>
        <source>Title, author, organisation, description and the date of the initial state</source>
        <translation>Атауы, авторы, ұйым, сипаттамасы және бастапқы күй күні</translation>
    </message>
    <message>
        <source>Water &amp;sharing and countries…</source>
        <translation>Суды &amp;бөлу және елдер…</translation>
    </message>
    <message>
        <source>How a shortage is shared (upstream first or the ICWC&apos;s proportional rule), the countries&apos; seasonal limits and the energy exchange ledger</source>
        <translation>Тапшылық қалай бөлінеді (алдымен жоғарғылар немесе МКВК ережесі бойынша пропорционалды), елдердің маусымдық лимиттері және электр энергиясын айырбастау</translation>
    </message>
    <message>
        <source>Set as baseline</source>
        <translation>Базалық ету</translation>
    </message>
    <message>
        <source>Freeze the current plan for comparison</source>
        <translation>Ағымдағы жоспарды салыстыру үшін бекіту</translation>
    </message>
    <message>
        <source>Compare with file…</source>
        <translation>Файлмен салыстыру…</translation>
    </message>
    <message>
        <source>Compare with another scenario file</source>
        <translation>Басқа сценарий файлымен салыстыру</translation>
    </message>
    <message>
        <source>Clear baseline</source>
        <translation>Базалықты алу</translation>
    </message>
    <message>
        <source>Export plots…</source>
        <translation>Графиктерді экспорттау…</translation>
    </message>
    <message>
        <source>Save the visible plot tab as PNG or SVG</source>
        <translation>Көрінетін графиктер қойындысын PNG немесе SVG ретінде сақтау</translation>
    </message>
    <message>
        <source>Fit schematic</source>
        <translation>Сызбаны сыйғызу</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>&amp;Есепті экспорттау…</translation>
    </message>
    <message>
        <source>&amp;Import series…</source>
        <translation>Қатарларды &amp;импорттау…</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Негізгі</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Қайталау</translation>
    </message>
    <message>
        <source> Inflows: </source>
        <translation> Ағын: </translation>
    </message>
    <message>
        <source>  Units: </source>
        <translation>  Бірліктер: </translation>
    </message>
    <message>
        <source>Optimise…</source>
        <translation>Оңтайландыру…</translation>
    </message>
    <message>
        <source>Open the optimiser panel</source>
        <translation>Оңтайландырғыш панелін ашу</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Соңғы файлдар</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Түзету</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation>С&amp;ценарий</translation>
    </message>
    <message>
        <source>&amp;Optimise</source>
        <translation>&amp;Оңтайландыру</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>About WaterPlanner</source>
        <translation>WaterPlanner туралы</translation>
    </message>
    <message>
        <source>Undo {step}</source>
        <translation>Болдырмау: {step}</translation>
    </message>
    <message>
        <source>Redo {step}</source>
        <translation>Қайталау: {step}</translation>
    </message>
    <message>
        <source>Stop comparing with the {baseline}</source>
        <translation>Салыстыруды тоқтату: {baseline}</translation>
    </message>
    <message>
        <source>No baseline is set</source>
        <translation>Базалық нұсқа берілмеген</translation>
    </message>
    <message>
        <source>Not simulated: fix the problems first</source>
        <translation>Есептеу жүргізілмеді: алдымен мәселелерді шешіңіз</translation>
    </message>
    <message>
        <source>✓ no problems</source>
        <translation>✓ мәселе жоқ</translation>
    </message>
    <message>
        <source>Problems make the scenario invalid; warnings are release targets the reservoirs could not follow</source>
        <translation>Мәселелер сценарийді жарамсыз етеді; ескертулер — су қоймалары орындай алмаған жоспарлы су жіберу</translation>
    </message>
    <message>
        <source>Simulation failed</source>
        <translation>Есептеу қатесі</translation>
    </message>
    <message>
        <source>Simulated in {time} ms</source>
        <translation>Есептеу: {time} мс</translation>
    </message>
    <message>
        <source>Simulated in {time} s</source>
        <translation>Есептеу: {time} с</translation>
    </message>
    <message>
        <source>An inflow ensemble: the plots show the members&apos; median and 50 % and 90 % bands, and the Summary the risk over all members; the headline numbers, the tables and the highlighted curves are the member chosen in the toolbar</source>
        <translation>Ағын ансамблі: графиктер іске асырулар медианасын және 50 % пен 90 % жолақтарын, жиынтық — барлық іске асырулар бойынша тәуекелді көрсетеді; негізгі көрсеткіштер, кестелер және ерекшеленген қисықтар құралдар тақтасында таңдалған іске асыруға жатады</translation>
    </message>
    <message>
        <source>The compiled simulation engine is being prepared in the background (the first start of a new installation); meanwhile the same engine runs uncompiled.</source>
        <translation>Компиляцияланған есептеу қозғалтқышы фонда дайындалуда (жаңа орнатудың алғашқы іске қосылуы); әзірге сол қозғалтқыш компиляциясыз жұмыс істейді.</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>әлі сақталмаған</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>қабылданбады</translation>
    </message>
    <message>
        <source>Set water sharing and countries</source>
        <translation>Суды бөлуді және елдерді өзгерту</translation>
    </message>
    <message>
        <source>Compare with scenario</source>
        <translation>Сценариймен салыстыру</translation>
    </message>
    <message>
        <source>Export plots</source>
        <translation>Графиктерді экспорттау</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG суреті (*.png);;SVG сызбасы (*.svg)</translation>
    </message>
    <message>
        <source>Exported {name}</source>
        <translation>{name} экспортталды</translation>
    </message>
    <message>
        <source>Could not export: {reason}</source>
        <translation>Экспорттау мүмкін болмады: {reason}</translation>
    </message>
    <message>
        <source>No report: the scenario has no results yet (fix its problems first)</source>
        <translation>Есеп жоқ: сценарийдің әлі нәтижелері жоқ (алдымен мәселелерді шешіңіз)</translation>
    </message>
    <message>
        <source>WaterPlanner {version}
Reservoir-release planning for transboundary river cascades.</source>
        <translation>WaterPlanner {version}
Трансшекаралық өзен каскадтары үшін су қоймаларынан су жіберуді жоспарлау.</translation>
    </message>
    <message numerus="yes">
        <source>The scenario has {count} problems (listed under Problems) and cannot be simulated.
The plots come back as soon as it is valid again.</source>
        <translation>
            <numerusform>Сценарийде {count} мәселе бар («Мәселелер» қараңыз), есептеу мүмкін емес.
Сценарий қайта дұрыс болғанда графиктер оралады.</numerusform>
            <numerusform>Сценарийде {count} мәселе бар («Мәселелер» қараңыз), есептеу мүмкін емес.
Сценарий қайта дұрыс болғанда графиктер оралады.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ {count} problems</source>
        <translation>
            <numerusform>⚠ {count} мәселе</numerusform>
            <numerusform>⚠ {count} мәселе</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>△ {count} warnings</source>
        <translation>
            <numerusform>△ {count} ескерту</numerusform>
            <numerusform>△ {count} ескерту</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} members simulated in {time} ms (tables: member {member})</source>
        <translation>
            <numerusform>{count} іске асыру: {time} мс (кестелер: {member}-іске асыру)</numerusform>
            <numerusform>{count} іске асыру: {time} мс (кестелер: {member}-іске асыру)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Members</name>
    <message>
        <source>Driest</source>
        <translation>Сусыз</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Медианалық</translation>
    </message>
    <message>
        <source>Wettest</source>
        <translation>Сулы</translation>
    </message>
    <message>
        <source>Draw the driest member: the one with the least total inflow over the horizon (every river, every period)</source>
        <translation>Ең сусыз іске асыруды көрсету: есептеу кезеңіндегі жиынтық ағыны ең аз (барлық өзендер, барлық кезеңдер)</translation>
    </message>
    <message>
        <source>Draw the median member: the one with the median total inflow over the horizon (every river, every period)</source>
        <translation>Медианалық іске асыруды көрсету: есептеу кезеңіндегі жиынтық ағыны медианалық (барлық өзендер, барлық кезеңдер)</translation>
    </message>
    <message>
        <source>Draw the wettest member: the one with the most total inflow over the horizon (every river, every period)</source>
        <translation>Ең сулы іске асыруды көрсету: есептеу кезеңіндегі жиынтық ағыны ең көп (барлық өзендер, барлық кезеңдер)</translation>
    </message>
    <message>
        <source>The member drawn as a line over the bands; the summary and the Countries tables show it too</source>
        <translation>Жолақтар үстінде сызықпен көрсетілген іске асыру; жиынтық пен «Елдер» кестелері де соны көрсетеді</translation>
    </message>
    <message>
        <source>of {count}</source>
        <translation>/ {count}</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Іске асыру</translation>
    </message>
    <message>
        <source>{member}: total inflow {total} {unit} over the horizon ({rank} of the ensemble). The member is drawn as a line over the bands; the summary and the Countries tables show it too.</source>
        <translation>{member}: есептеу кезеңіндегі жиынтық ағын {total} {unit} (ансамбльдегі {rank}). Іске асыру жолақтар үстінде сызықпен көрсетілген; жиынтық пен «Елдер» кестелері де соны көрсетеді.</translation>
    </message>
    <message>
        <source>{member}: total inflow {total} {unit} over the horizon. The member is drawn as a line over the bands; the summary and the Countries tables show it too.</source>
        <translation>{member}: есептеу кезеңіндегі жиынтық ағын {total} {unit}. Іске асыру жолақтар үстінде сызықпен көрсетілген; жиынтық пен «Елдер» кестелері де соны көрсетеді.</translation>
    </message>
</context>
<context>
    <name>OptimisationSettings</name>
    <message>
        <source>Weight for the next run ({unit}). The scenario says {weight}; &apos;Keep weights&apos; stores this one.</source>
        <translation>Келесі есептеуге арналған салмақ ({unit}). Сценарийде: {weight}; «Бекіту» осыны жазады.</translation>
    </message>
    <message>
        <source>Weight for the next run ({unit}). The scenario says {weight}.</source>
        <translation>Келесі есептеуге арналған салмақ ({unit}). Сценарийде: {weight}.</translation>
    </message>
    <message>
        <source>Reservoirs the optimiser decides</source>
        <translation>Су жіберуін оңтайландырғыш анықтайтын су қоймалары</translation>
    </message>
    <message>
        <source>The others keep their schedule</source>
        <translation>Қалғандары өз кестесін сақтайды</translation>
    </message>
    <message>
        <source>follows its {rule} rule, not a schedule</source>
        <translation>кесте бойынша емес, «{rule}» ережесі бойынша жұмыс істейді</translation>
    </message>
    <message>
        <source>has a buffer zone that cuts its schedule</source>
        <translation>кестені қысқартатын буферлік аймағы бар</translation>
    </message>
    <message>
        <source>{name} {reason}: set its operating rule to &apos;schedule&apos; without a buffer zone to let the optimiser decide its releases</source>
        <translation>{name} {reason}: су жіберуді оңтайландырғыш анықтауы үшін буферлік аймақсыз «кесте» реттеу ережесін орнатыңыз</translation>
    </message>
    <message>
        <source>The optimiser sets the releases of the reservoirs ticked; the others keep their schedule.</source>
        <translation>Оңтайландырғыш белгіленген су қоймаларының су жіберуін анықтайды; қалғандары өз кестесін сақтайды.</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Мақсат</translation>
    </message>
    <message>
        <source>Weight (this run)</source>
        <translation>Салмақ (есептеу)</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Қосу…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Өзгерту…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Keep weights</source>
        <translation>Бекіту</translation>
    </message>
    <message>
        <source>Store the weights typed for this run in the scenario (one step you can undo)</source>
        <translation>Осы есептеуге енгізілген салмақтарды сценарийге жазу (болдырмауға болатын бір қадам)</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Шектеу</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>No requirements: the optimiser respects the network&apos;s own limits and the defaults below.</source>
        <translation>Шектеулер жоқ: оңтайландырғыш желінің өз шектеулерін және төмендегі әдепкі баптауларды сақтайды.</translation>
    </message>
    <message>
        <source>Whether every decided reservoir should end the horizon with at least its start storage</source>
        <translation>Әр реттелетін су қоймасы есептеу кезеңін кемінде бастапқы көлеммен аяқтауы керек пе</translation>
    </message>
    <message>
        <source>on: close and smooth</source>
        <translation>қосулы: жақын әрі бірқалыпты</translation>
    </message>
    <message>
        <source>Among equally good schedules, prefer the one closest to the current schedule and smoothest from period to period</source>
        <translation>Тең бағалы кестелердің ішінен ағымдағыға ең жақынын және кезеңнен кезеңге ең бірқалыптысын таңдау</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Оңтайландыру мақсаттары</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Шектеулер</translation>
    </message>
    <message>
        <source>Protective defaults and decisions</source>
        <translation>Қорғаныш баптаулары және шешімдер</translation>
    </message>
    <message>
        <source>Carry-over</source>
        <translation>Ауыспалы көлем</translation>
    </message>
    <message>
        <source>Regularisation</source>
        <translation>Регуляризация</translation>
    </message>
    <message>
        <source>Decides</source>
        <translation>Шешеді</translation>
    </message>
    <message>
        <source>The scenario&apos;s own optimisation settings ({gist}).</source>
        <translation>Сценарийдің өз оңтайландыру баптаулары ({gist}).</translation>
    </message>
    <message>
        <source>The scenario&apos;s own optimisation settings.</source>
        <translation>Сценарийдің өз оңтайландыру баптаулары.</translation>
    </message>
    <message>
        <source>The scenario has no optimisation settings of its own: the optimiser&apos;s defaults are shown. Any change here is saved with the scenario.</source>
        <translation>Сценарийдің өз оңтайландыру баптаулары жоқ: оңтайландырғыштың әдепкі баптаулары көрсетілген. Мұндағы кез келген өзгеріс сценарийде сақталады.</translation>
    </message>
    <message>
        <source>The next run applies:</source>
        <translation>Келесі есептеу қолданады:</translation>
    </message>
    <message>
        <source>{text}
Label: {label} (the trade-off and the command line use it)</source>
        <translation>{text}
Белгі: {label} (оны ымыра мен командалық жол пайдаланады)</translation>
    </message>
    <message>
        <source>
Name: {name}</source>
        <translation>
Атауы: {name}</translation>
    </message>
    <message>
        <source>the optimisation settings cannot be read</source>
        <translation>оңтайландыру баптаулары оқылмайды</translation>
    </message>
    <message>
        <source>weight of objective {number}: &apos;{text}&apos; is not a number</source>
        <translation>{number}-мақсаттың салмағы: «{text}» сан емес</translation>
    </message>
    <message>
        <source>Not changed: {reason}</source>
        <translation>Өзгертілмеді: {reason}</translation>
    </message>
    <message>
        <source>Keep objective weights</source>
        <translation>Мақсат салмақтарын сақтау</translation>
    </message>
    <message>
        <source>Carry-over: {mode}</source>
        <translation>Ауыспалы көлем: {mode}</translation>
    </message>
    <message>
        <source>Regularisation: on</source>
        <translation>Регуляризация: қосулы</translation>
    </message>
    <message>
        <source>Regularisation: off</source>
        <translation>Регуляризация: өшірулі</translation>
    </message>
    <message>
        <source>Choose at least one reservoir for the optimiser to decide.</source>
        <translation>Оңтайландырғыш шешетін кем дегенде бір су қоймасын таңдаңыз.</translation>
    </message>
    <message>
        <source>Optimiser decides: every reservoir on a schedule</source>
        <translation>Оңтайландырғыш шешеді: кесте бойынша жұмыс істейтін барлық су қоймалары</translation>
    </message>
</context>
<context>
    <name>OptimisationWords</name>
    <message>
        <source>whole year</source>
        <translation>жыл бойы</translation>
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
        <source>storage stays above dead storage</source>
        <translation>көлем өлі көлемнен жоғары қалады</translation>
    </message>
    <message>
        <source>releases at least the minimum release</source>
        <translation>су жіберу ең аздан кем емес</translation>
    </message>
    <message>
        <source>storage stays below the flood-control curve</source>
        <translation>көлем су тасқынына қарсы қисықтан төмен қалады</translation>
    </message>
    <message>
        <source>river reaches carry at most their capacity</source>
        <translation>учаскелердегі өтім олардың өткізу қабілетінен аспайды</translation>
    </message>
    <message>
        <source>in total over the season</source>
        <translation>маусым бойы жиынтығында</translation>
    </message>
    <message>
        <source>in every period</source>
        <translation>әр кезеңде</translation>
    </message>
    <message>
        <source>every season it has a limit for</source>
        <translation>лимиті бар әр кезең</translation>
    </message>
    <message>
        <source>vegetation season (Apr–Sep)</source>
        <translation>вегетациялық кезең (сәу–қыр)</translation>
    </message>
    <message>
        <source>non-vegetation season (Oct–Mar)</source>
        <translation>вегетацияаралық кезең (қаз–нау)</translation>
    </message>
    <message>
        <source>soft (default)</source>
        <translation>жұмсақ (әдепкі)</translation>
    </message>
    <message>
        <source>hard</source>
        <translation>қатаң</translation>
    </message>
    <message>
        <source>off</source>
        <translation>өшірулі</translation>
    </message>
    <message>
        <source>units of value</source>
        <translation>құн бірлігі</translation>
    </message>
    <message>
        <source>per unit of value</source>
        <translation>/ құн бірлігі</translation>
    </message>
    <message>
        <source>per {unit}</source>
        <translation>/ {unit}</translation>
    </message>
    <message>
        <source>{country}&apos;s plants</source>
        <translation>{country} СЭС-тері</translation>
    </message>
    <message>
        <source>all plants</source>
        <translation>барлық СЭС</translation>
    </message>
    <message>
        <source>Minimise irrigation shortfall (priority-weighted)</source>
        <translation>Азайту: суармадағы тапшылық (басымдықтарды ескере)</translation>
    </message>
    <message>
        <source>Minimise irrigation shortfall</source>
        <translation>Азайту: суармадағы тапшылық</translation>
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
        <translation> — барлық су тұтынушылар</translation>
    </message>
    <message>
        <source>all minimum-flow points</source>
        <translation>барлық ең аз өтім тұстамалары</translation>
    </message>
    <message>
        <source>Minimise the deficit below the minimum flows at {points}</source>
        <translation>Азайту: ең аз өтімнен төмен тапшылық ({points})</translation>
    </message>
    <message>
        <source>Maximise the inflow to {lake}</source>
        <translation>Арттыру: {lake} келетін ағын</translation>
    </message>
    <message>
        <source>Minimise the inflow to {lake} below {target} {unit}</source>
        <translation>Азайту: {lake} келетін ағынның {target} {unit} деңгейінен кемуі</translation>
    </message>
    <message>
        <source>Maximise the hydropower energy of {plants}</source>
        <translation>Арттыру: электр энергиясын өндіру ({plants})</translation>
    </message>
    <message>
        <source>Minimise {reservoir}&apos;s end storage below {target} {unit}</source>
        <translation>Азайту: {reservoir} соңғы көлемінің {target} {unit} деңгейінен кемуі</translation>
    </message>
    <message>
        <source>all reservoirs</source>
        <translation>барлық су қоймалары</translation>
    </message>
    <message>
        <source>Minimise spill at {reservoirs}</source>
        <translation>Азайту: бос төгу ({reservoirs})</translation>
    </message>
    <message>
        <source>Maximise the value of {reservoir}&apos;s releases</source>
        <translation>Арттыру: {reservoir} су жіберуінің құны</translation>
    </message>
    <message>
        <source>all demands</source>
        <translation>барлық су тұтынушылар</translation>
    </message>
    <message>
        <source>Minimise the largest shortage share (fair sharing) among {demands}</source>
        <translation>Азайту: тапшылықтың ең үлкен үлесі (әділ бөлу) — {demands}</translation>
    </message>
    <message>
        <source>Minimise the </source>
        <translation>Азайту: </translation>
    </message>
    <message>
        <source>Maximise the </source>
        <translation>Арттыру: </translation>
    </message>
    <message>
        <source>Minimise </source>
        <translation>Азайту: </translation>
    </message>
    <message>
        <source>Maximise </source>
        <translation>Арттыру: </translation>
    </message>
    <message>
        <source>winter</source>
        <translation>қыс</translation>
    </message>
    <message>
        <source>summer</source>
        <translation>жаз</translation>
    </message>
    <message>
        <source>irrigation shortfall of {who}</source>
        <translation>суармадағы тапшылық: {who}</translation>
    </message>
    <message>
        <source>irrigation shortfall</source>
        <translation>суармадағы тапшылық</translation>
    </message>
    <message>
        <source>minimum-flow deficit at {points}</source>
        <translation>ең аз өтім тапшылығы: {points}</translation>
    </message>
    <message>
        <source>minimum-flow deficit</source>
        <translation>ең аз өтім тапшылығы</translation>
    </message>
    <message>
        <source>inflow to {lake}</source>
        <translation>{lake} келетін ағын</translation>
    </message>
    <message>
        <source>{lake} inflow below {target}</source>
        <translation>{lake}: ағынның {target} деңгейінен кемуі</translation>
    </message>
    <message>
        <source>energy of {who}</source>
        <translation>өндіру: {who}</translation>
    </message>
    <message>
        <source>energy</source>
        <translation>өндіру</translation>
    </message>
    <message>
        <source>{reservoir} end storage deficit</source>
        <translation>{reservoir}: соңғы көлемнің кемуі</translation>
    </message>
    <message>
        <source>spill</source>
        <translation>бос төгу</translation>
    </message>
    <message>
        <source>value of {reservoir} releases</source>
        <translation>{reservoir} су жіберуінің құны</translation>
    </message>
    <message>
        <source>largest shortage share of {who}</source>
        <translation>тапшылықтың ең үлкен үлесі: {who}</translation>
    </message>
    <message>
        <source>largest shortage share</source>
        <translation>тапшылықтың ең үлкен үлесі</translation>
    </message>
    <message>
        <source>{reservoir}: end storage at least its start storage</source>
        <translation>{reservoir}: соңғы көлем бастапқыдан кем емес</translation>
    </message>
    <message>
        <source>{reservoir}: end storage at least {amount} {unit}</source>
        <translation>{reservoir}: соңғы көлем кемінде {amount} {unit}</translation>
    </message>
    <message>
        <source>{reservoir}: storage at least {amount} {unit} in every period</source>
        <translation>{reservoir}: әр кезеңде көлем кемінде {amount} {unit}</translation>
    </message>
    <message>
        <source>{reservoir}: release changes by at most {amount} {unit} from one period to the next</source>
        <translation>{reservoir}: су жіберу кезеңнен кезеңге ең көбі {amount} {unit} өзгереді</translation>
    </message>
    <message>
        <source>{reservoir}: release changes by at most {amount} {unit} per period</source>
        <translation>{reservoir}: су жіберу кезеңде ең көбі {amount} {unit} өзгереді</translation>
    </message>
    <message>
        <source>between {low} and {high} {unit}</source>
        <translation>{low}-ден {high} {unit} дейін</translation>
    </message>
    <message>
        <source>at least {amount} {unit}</source>
        <translation>кемінде {amount} {unit}</translation>
    </message>
    <message>
        <source>at most {amount} {unit}</source>
        <translation>ең көбі {amount} {unit}</translation>
    </message>
    <message>
        <source>within its planned bounds per period ({unit})</source>
        <translation>кезеңдер бойынша жоспарлы шектер аясында ({unit})</translation>
    </message>
    <message>
        <source> and </source>
        <translation> және </translation>
    </message>
    <message>
        <source>{reservoir}: release {bounds}</source>
        <translation>{reservoir}: су жіберу {bounds}</translation>
    </message>
    <message>
        <source>Energy of {plants} at least {amount} {unit} {per}</source>
        <translation>Өндіру ({plants}) кемінде {amount} {unit} {per}</translation>
    </message>
    <message>
        <source>Inflow to {lake} at least {amount} {unit}</source>
        <translation>{lake} келетін ағын кемінде {amount} {unit}</translation>
    </message>
    <message>
        <source>lowest and highest</source>
        <translation>ең аз және ең көп</translation>
    </message>
    <message>
        <source>lowest</source>
        <translation>ең аз</translation>
    </message>
    <message>
        <source>highest</source>
        <translation>ең көп</translation>
    </message>
    <message>
        <source>{reservoir}: storage within its rule curve ({bounds} per period, {unit})</source>
        <translation>{reservoir}: көлем диспетчерлік кесте аясында ({bounds} кезеңдер бойынша, {unit})</translation>
    </message>
    <message>
        <source>Network: {limit}</source>
        <translation>Желі: {limit}</translation>
    </message>
    <message>
        <source>{country}: withdrawals at most its ICWC limit in {season}, each water year</source>
        <translation>{country}: су алу МКВК лимитінен аспайды — {season}, әр су шаруашылық жылы</translation>
    </message>
    <message>
        <source>soft: {penalty} per {unit}</source>
        <translation>жұмсақ: {unit} үшін {penalty}</translation>
    </message>
    <message>
        <source>Mean of the members</source>
        <translation>Іске асырулар бойынша орташа</translation>
    </message>
    <message>
        <source>CVaR {level} % of the members</source>
        <translation>Іске асырулар бойынша CVaR {level} %</translation>
    </message>
    <message>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>{decided} (every reservoir on a schedule; {ruled} follows the operating rule)</source>
        <translation>{decided} (кесте бойынша жұмыс істейтін барлық су қоймалары; {ruled} реттеу ережесі бойынша жұмыс істейді)</translation>
    </message>
    <message>
        <source>{decided} (every reservoir on a schedule; {ruled} follow the operating rule)</source>
        <translation>{decided} (кесте бойынша жұмыс істейтін барлық су қоймалары; {ruled} реттеу ережесі бойынша жұмыс істейді)</translation>
    </message>
    <message>
        <source>Carry-over off: the reservoirs may end the horizon emptier than they start (the scenario says so).</source>
        <translation>Ауыспалы көлем өшірулі: су қоймалары есептеу кезеңін бастағаннан аз көлеммен аяқтай алады (сценарийде солай берілген).</translation>
    </message>
    <message>
        <source>No default carry-over: every reservoir decided states its own end storage.</source>
        <translation>Әдепкі ауыспалы көлем жоқ: әр реттелетін су қоймасына өз соңғы көлемі берілген.</translation>
    </message>
    <message>
        <source>Carry-over, hard: {names} must end the horizon with at least their start storage.</source>
        <translation>Ауыспалы көлем, қатаң: {names} есептеу кезеңін кемінде бастапқы көлеммен аяқтауы тиіс.</translation>
    </message>
    <message>
        <source>ten times the most a Mm³ of water is worth in the objective</source>
        <translation>оңтайландыру мақсатындағы 1 млн м³ судың ең үлкен құнының он еселенгені</translation>
    </message>
    <message>
        <source>Carry-over, soft (default): {names} should end the horizon with at least their start storage; each Mm³ below both the start and what the current schedule leaves costs {cost}.</source>
        <translation>Ауыспалы көлем, жұмсақ (әдепкі): {names} есептеу кезеңін кемінде бастапқы көлеммен аяқтауы керек; бастапқы көлемнен де, ағымдағы кесте қалдыратыннан да төмен әр млн м³ {cost} тұрады.</translation>
    </message>
    <message>
        <source>{penalty} objective units</source>
        <translation>оңтайландыру мақсатының {penalty} бірлігі</translation>
    </message>
    <message>
        <source>Carry-over, soft: {names} should end the horizon with at least their start storage; each Mm³ below both the start and what the current schedule leaves costs {cost}.</source>
        <translation>Ауыспалы көлем, жұмсақ: {names} есептеу кезеңін кемінде бастапқы көлеммен аяқтауы керек; бастапқы көлемнен де, ағымдағы кесте қалдыратыннан да төмен әр млн м³ {cost} тұрады.</translation>
    </message>
    <message>
        <source> Own end-storage requirement at {names}.</source>
        <translation> Соңғы көлемнің өз шектеуі: {names}.</translation>
    </message>
    <message>
        <source>Regularisation off: among equally good schedules any may come out, however far from the current schedule or uneven.</source>
        <translation>Регуляризация өшірулі: тең бағалы кестелердің кез келгені шығуы мүмкін, ағымдағыдан қаншалықты алыс не біркелкі емес болса да.</translation>
    </message>
    <message>
        <source>Regularisation (default): among equally good schedules, the one closest to the current schedule ({deviation} per Mm³ of deviation) and smoothest from period to period ({ramping} per Mm³ of change), relative to the objective scale: it breaks ties and never costs a real improvement.</source>
        <translation>Регуляризация (әдепкі): тең бағалы кестелердің ішінен ағымдағыға ең жақыны ({deviation} ауытқудың млн м³ үшін) және кезеңнен кезеңге ең бірқалыптысы ({ramping} өзгерістің млн м³ үшін) мақсат масштабына қатысты таңдалады: ол тек теңдікті шешеді және нақты жақсартуды ешқашан жоғалтпайды.</translation>
    </message>
    <message>
        <source>Regularisation: among equally good schedules, the one closest to the current schedule ({deviation} per Mm³ of deviation) and smoothest from period to period ({ramping} per Mm³ of change), relative to the objective scale: it breaks ties and never costs a real improvement.</source>
        <translation>Регуляризация: тең бағалы кестелердің ішінен ағымдағыға ең жақыны ({deviation} ауытқудың млн м³ үшін) және кезеңнен кезеңге ең бірқалыптысы ({ramping} өзгерістің млн м³ үшін) мақсат масштабына қатысты таңдалады: ол тек теңдікті шешеді және нақты жақсартуды ешқашан жоғалтпайды.</translation>
    </message>
</context>
<context>
    <name>Optimiser</name>
    <message>
        <source>Optimise</source>
        <translation>Оңтайландыру</translation>
    </message>
    <message>
        <source>Find the schedule that best meets the objectives for the inflow set shown</source>
        <translation>Көрсетілген ағын нұсқасы үшін оңтайландыру мақсаттарына ең жақсы жететін кестені табу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Apply schedule</source>
        <translation>Кестені қолдану</translation>
    </message>
    <message>
        <source>Apply the optimised schedule (one step you can undo)</source>
        <translation>Оңтайландырылған кестені қолдану (болдырмауға болатын бір қадам)</translation>
    </message>
    <message>
        <source>Not run yet</source>
        <translation>Әлі іске қосылмаған</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>Trade-off</source>
        <translation>Ымыра</translation>
    </message>
    <message>
        <source>The weights changed since the last run: run again to see their effect.</source>
        <translation>Соңғы іске қосудан кейін салмақтар өзгерді: олардың әсерін көру үшін қайта іске қосыңыз.</translation>
    </message>
    <message>
        <source>The schedules shown come from {source}. Any other edit ends this.</source>
        <translation>Көрсетілген кестелер алынған: {source}. Кез келген басқа өзгеріс мұны тоқтатады.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Іске қосу…</translation>
    </message>
    <message>
        <source>Not run: {reason}</source>
        <translation>Іске қосылмады: {reason}</translation>
    </message>
    <message>
        <source>Choose two different objectives for the trade-off.</source>
        <translation>Ымыра үшін екі түрлі оңтайландыру мақсатын таңдаңыз.</translation>
    </message>
    <message>
        <source>Cancelling after the current linear programme…</source>
        <translation>Ағымдағы сызықтық бағдарламалау есебінен кейін бас тарту…</translation>
    </message>
    <message>
        <source>Not optimised: {reason}</source>
        <translation>Оңтайландырылмады: {reason}</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Бас тартылды; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>Self-check passed for every member.</source>
        <translation>Әр іске асыру үшін өзін-өзі тексеру өтті.</translation>
    </message>
    <message>
        <source>The optimiser&apos;s model of some members differs from their simulation: a better schedule may exist; the figures are the simulator&apos;s.</source>
        <translation>Оңтайландырғыштың кейбір іске асырулар моделі олардың модельдеуінен ерекшеленеді: жақсырақ кесте болуы мүмкін; модельдеу шамалары көрсетілген.</translation>
    </message>
    <message>
        <source> Nothing better than the current schedule was found.</source>
        <translation> Ағымдағы кестеден жақсы ештеңе табылмады.</translation>
    </message>
    <message>
        <source>Done in {seconds} s. {check}.</source>
        <translation>{seconds} с ішінде дайын. {check}.</translation>
    </message>
    <message>
        <source>Done in {seconds} s. {check}; nothing better than the current schedule was found.</source>
        <translation>{seconds} с ішінде дайын. {check}; ағымдағы кестеден жақсы ештеңе табылмады.</translation>
    </message>
    <message>
        <source>{count} without a feasible schedule</source>
        <translation>мүмкін кестесіз: {count}</translation>
    </message>
    <message>
        <source>{count} dominated</source>
        <translation>басымдалған: {count}</translation>
    </message>
    <message>
        <source>no trade-off</source>
        <translation>ымыра жоқ</translation>
    </message>
    <message>
        <source>Trade-off: {what} in {seconds} s</source>
        <translation>Ымыра: {what}, {seconds} с</translation>
    </message>
    <message>
        <source> (cancelled: the points found so far)</source>
        <translation> (бас тартылды: осы сәтке дейін табылған нүктелер)</translation>
    </message>
    <message>
        <source>The network changed since the run: run the optimiser again.</source>
        <translation>Іске қосудан кейін желі өзгерді: оңтайландырғышты қайта іске қосыңыз.</translation>
    </message>
    <message>
        <source>Apply optimised schedule</source>
        <translation>Оңтайландырылған кестені қолдану</translation>
    </message>
    <message>
        <source>Apply trade-off point {number}</source>
        <translation>Ымыраның {number}-нүктесін қолдану</translation>
    </message>
    <message>
        <source>the optimiser stopped ({why})</source>
        <translation>оңтайландырғыш тоқтады ({why})</translation>
    </message>
    <message numerus="yes">
        <source>Fix the {count} problem(s) of the scenario first (Problems tab).</source>
        <translation>
            <numerusform>Алдымен сценарийдің {count} мәселесін шешіңіз («Мәселелер» қойындысы).</numerusform>
            <numerusform>Алдымен сценарийдің {count} мәселесін шешіңіз («Мәселелер» қойындысы).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, tested on {count} other members</source>
        <translation>
            <numerusform>, басқа {count} іске асыруда тексерілді</numerusform>
            <numerusform>, басқа {count} іске асыруда тексерілді</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done in {seconds} s: one schedule for {count} members{tested}.</source>
        <translation>
            <numerusform>{seconds} с ішінде дайын: {count} іске асыруға бір кесте{tested}.</numerusform>
            <numerusform>{seconds} с ішінде дайын: {count} іске асыруға бір кесте{tested}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} points</source>
        <translation>
            <numerusform>{count} нүкте</numerusform>
            <numerusform>{count} нүкте</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply robust schedule ({count} members)</source>
        <translation>
            <numerusform>Орнықты кестені қолдану ({count} іске асыру)</numerusform>
            <numerusform>Орнықты кестені қолдану ({count} іске асыру)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OptimiserResult</name>
    <message>
        <source>Not run yet: the figures of a run appear here.</source>
        <translation>Әлі іске қосылмаған: іске қосудың көрсеткіштері осында шығады.</translation>
    </message>
    <message>
        <source>End storage ({unit})</source>
        <translation>Соңғы көлем ({unit})</translation>
    </message>
    <message>
        <source>ends lower than before and below its start storage, {amount} {unit}</source>
        <translation>бұрынғыдан төмен және бастапқы көлемнен төмен аяқталады, {amount} {unit}</translation>
    </message>
    <message>
        <source>Lowest storage ({unit})</source>
        <translation>Ең аз көлем ({unit})</translation>
    </message>
    <message>
        <source>now reaches dead storage, {amount} {unit}</source>
        <translation>енді өлі көлемге жетеді, {amount} {unit}</translation>
    </message>
    <message>
        <source>Energy ({unit})</source>
        <translation>Өндіру ({unit})</translation>
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
        <source>(no country)</source>
        <translation>(елсіз)</translation>
    </message>
    <message>
        <source>Totals ({unit})</source>
        <translation>Барлығы ({unit})</translation>
    </message>
    <message>
        <source>Irrigation shortfall</source>
        <translation>Суармадағы тапшылық</translation>
    </message>
    <message>
        <source>Terminal-lake inflow</source>
        <translation>Соңғы су айдынына келетін ағын</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Мақсат</translation>
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
        <source>What changes (simulated, input schedule → optimised)</source>
        <translation>Не өзгереді (есептеу, бастапқы кесте → оңтайландырылған)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Өзгеріс</translation>
    </message>
    <message>
        <source>converged</source>
        <translation>жинақталды</translation>
    </message>
    <message>
        <source> Nothing better than the current schedule was found.</source>
        <translation> Ағымдағы кестеден жақсы ештеңе табылмады.</translation>
    </message>
    <message>
        <source>{words}
Label: {label}; weight {weight}</source>
        <translation>{words}
Белгі: {label}; салмақ {weight}</translation>
    </message>
    <message>
        <source>after: {warning}</source>
        <translation>кейін: {warning}</translation>
    </message>
    <message numerus="yes">
        <source>Objective (minimised, {unit}): {before} → {after}; inflow set &apos;{inflow_set}&apos;; {count} linear programme(s), {state}.</source>
        <translation>
            <numerusform>Оңтайландыру мақсаты (азайтылады, {unit}): {before} → {after}; ағын нұсқасы «{inflow_set}»; {count} сызықтық бағдарламалау есебі, {state}.</numerusform>
            <numerusform>Оңтайландыру мақсаты (азайтылады, {unit}): {before} → {after}; ағын нұсқасы «{inflow_set}»; {count} сызықтық бағдарламалау есебі, {state}.</numerusform>
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
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Арын</translation>
    </message>
    <message>
        <source>Turbine capacity</source>
        <translation>Турбиналардың өткізу қабілеті</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Белгіленген қуат</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>ПӘК</translation>
    </message>
    <message>
        <source>none — click to add</source>
        <translation>жоқ — қосу үшін басыңыз</translation>
    </message>
    <message numerus="yes">
        <source>{count} plants: {names}</source>
        <translation>
            <numerusform>{count} СЭС: {names}</numerusform>
            <numerusform>{count} СЭС: {names}</numerusform>
        </translation>
    </message>
    <message>
        <source>{label} ({unit})</source>
        <translation>{label} ({unit})</translation>
    </message>
    <message>
        <source>Add plant</source>
        <translation>СЭС қосу</translation>
    </message>
    <message>
        <source>Power = efficiency × ρ g × min(flow, turbine capacity) × head, at most the installed power; the flow is what enters the link.</source>
        <translation>Қуат = ПӘК × ρ g × min(өтім, турбиналардың өткізу қабілеті) × арын, бірақ белгіленген қуаттан аспайды; өтім — учаскеге кіретін су.</translation>
    </message>
    <message>
        <source>Row {row}: {column} &apos;{text}&apos; is not a number</source>
        <translation>{row}-жол: {column} «{text}» сан емес</translation>
    </message>
</context>
<context>
    <name>Plots</name>
    <message>
        <source>min–max release</source>
        <translation>ең аз – ең көп су жіберу</translation>
    </message>
    <message>
        <source>min release</source>
        <translation>ең аз су жіберу</translation>
    </message>
    <message>
        <source>baseline </source>
        <translation>базалық нұсқа: </translation>
    </message>
    <message>
        <source>storage</source>
        <translation>көлем</translation>
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
        <source>flood-control limit</source>
        <translation>су тасқынына қарсы шек</translation>
    </message>
    <message>
        <source>guide curve (target)</source>
        <translation>диспетчерлік кесте (мақсат)</translation>
    </message>
    <message>
        <source>buffer zone (reduced release below)</source>
        <translation>буферлік аймақ (төменде — азайтылған су жіберу)</translation>
    </message>
    <message>
        <source>operating minimum</source>
        <translation>пайдалану минимумы</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>базалық нұсқа</translation>
    </message>
    <message>
        <source>release and spill</source>
        <translation>су жіберу және бос төгу</translation>
    </message>
    <message>
        <source>turbine capacity</source>
        <translation>турбиналардың өткізу қабілеті</translation>
    </message>
    <message>
        <source>spill</source>
        <translation>бос төгу</translation>
    </message>
    <message>
        <source>release</source>
        <translation>су жіберу</translation>
    </message>
    <message>
        <source>max release</source>
        <translation>ең көп су жіберу</translation>
    </message>
    <message>
        <source>delivery against demand</source>
        <translation>су беру және су қажеттілігі</translation>
    </message>
    <message>
        <source>delivery</source>
        <translation>су беру</translation>
    </message>
    <message>
        <source>demand</source>
        <translation>су қажеттілігі</translation>
    </message>
    <message>
        <source>baseline delivery</source>
        <translation>базалық нұсқаның су беруі</translation>
    </message>
    <message>
        <source>shortfall</source>
        <translation>тапшылық</translation>
    </message>
    <message>
        <source>hydropower</source>
        <translation>СЭС өндіруі</translation>
    </message>
    <message>
        <source>energy</source>
        <translation>өндіру</translation>
    </message>
    <message>
        <source>lake level</source>
        <translation>су айдынының деңгейі</translation>
    </message>
    <message>
        <source>crest {level} {unit}</source>
        <translation>жал {level} {unit}</translation>
    </message>
    <message>
        <source>level</source>
        <translation>деңгей</translation>
    </message>
    <message>
        <source>inflow</source>
        <translation>келетін ағын</translation>
    </message>
    <message>
        <source>{name} (run-of-river)</source>
        <translation>{name} (арналық)</translation>
    </message>
</context>
<context>
    <name>ProblemPlace</name>
    <message>
        <source>, row {row}</source>
        <translation>, {row}-жол</translation>
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
        <translation>су жіберу кестесі</translation>
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
        <translation>✓ Мәселе жоқ: сценарий дұрыс, барлық жоспарлы су жіберу орындалды</translation>
    </message>
    <message>
        <source>⚠ {where}: {message}</source>
        <translation>⚠ {where}: {message}</translation>
    </message>
    <message>
        <source>{where}: {message}
In the file: {location}</source>
        <translation>{where}: {message}
Файлда: {location}</translation>
    </message>
    <message>
        <source>Release targets not met ({count}): the reservoir released a different amount than scheduled</source>
        <translation>Жоспарлы су жіберу орындалмады ({count}): су қоймасы жоспарланғаннан басқа көлем жіберді</translation>
    </message>
</context>
<context>
    <name>Readout</name>
    <message>
        <source>{name}: unlimited</source>
        <translation>{name}: шектеусіз</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>The recovery file {path} cannot be read ({why}) nor set aside ({reason}); remove it by hand.</source>
        <translation>{path} қалпына келтіру файлы оқылмайды ({why}) және шетке қойылмайды ({reason}); оны қолмен жойыңыз.</translation>
    </message>
    <message>
        <source>A damaged recovery file was set aside as {name} ({why}).</source>
        <translation>Бүлінген қалпына келтіру файлы {name} ретінде шетке қойылды ({why}).</translation>
    </message>
    <message>
        <source>cannot be read: {reason}</source>
        <translation>оқылмайды: {reason}</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>қалыпты файл емес</translation>
    </message>
    <message>
        <source>too large for a lock</source>
        <translation>құлыптау файлы үшін тым үлкен</translation>
    </message>
    <message>
        <source>lock</source>
        <translation>құлыптау файлы</translation>
    </message>
    <message>
        <source>not a lock written by WaterPlanner</source>
        <translation>WaterPlanner құлыптау файлы емес</translation>
    </message>
    <message>
        <source>recovery record</source>
        <translation>қалпына келтіру жазбасы</translation>
    </message>
    <message>
        <source>not a JSON record</source>
        <translation>JSON жазбасы емес</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>JSON нысаны емес</translation>
    </message>
    <message>
        <source>the original file name is not a file name</source>
        <translation>бастапқы файл атауы файл атауы емес</translation>
    </message>
    <message>
        <source>the time it was saved is not a time</source>
        <translation>сақталған уақыты уақыт емес</translation>
    </message>
    <message>
        <source>recovery copy</source>
        <translation>қалпына келтіру көшірмесі</translation>
    </message>
    <message>
        <source>not a readable scenario: {problem}</source>
        <translation>оқылатын сценарий емес: {problem}</translation>
    </message>
    <message>
        <source>not a scenario</source>
        <translation>сценарий емес</translation>
    </message>
    <message>
        <source>its recovery copy was damaged</source>
        <translation>оның қалпына келтіру көшірмесі бүлінген</translation>
    </message>
    <message numerus="yes">
        <source>{count} more recovery copies will be offered the next time WaterPlanner starts.</source>
        <translation>
            <numerusform>Қалпына келтірудің тағы {count} көшірмесі WaterPlanner келесі іске қосылғанда ұсынылады.</numerusform>
            <numerusform>Қалпына келтірудің тағы {count} көшірмесі WaterPlanner келесі іске қосылғанда ұсынылады.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} (its folder was not recorded)</source>
        <translation>{name} (қалтасы жазылмаған)</translation>
    </message>
    <message>
        <source>an unsaved scenario</source>
        <translation>сақталмаған сценарий</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>Сақталмаған жұмысты қалпына келтіру керек пе?</translation>
    </message>
    <message>
        <source>WaterPlanner did not close normally. A recovery copy of {source} ({name}, saved {saved}) was found.

Restore it? (If not, the copy is deleted.)</source>
        <translation>WaterPlanner дұрыс жабылмады. Қалпына келтіру көшірмесі табылды: {source} ({name}, сақталған уақыты {saved}).

Оны қалпына келтіру керек пе? (Жоқ болса, көшірме жойылады.)</translation>
    </message>
    <message>
        <source>recently</source>
        <translation>жақында</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>{path} жазу мүмкін емес: {reason}</translation>
    </message>
    <message>
        <source>the report could not be made ({why})</source>
        <translation>есепті жасау мүмкін болмады ({why})</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Есепті экспорттау</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>Есеп дайындалуда…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Report written</source>
        <translation>Есеп жазылды</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <source>The report was not written:
{message}</source>
        <translation>Есеп жазылмады:
{message}</translation>
    </message>
    <message numerus="yes">
        <source>{name}: {count} pages, {size} kB.</source>
        <translation>
            <numerusform>{name}: {count} бет, {size} КБ.</numerusform>
            <numerusform>{name}: {count} бет, {size} КБ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsTabs</name>
    <message>
        <source>{path} could not be written</source>
        <translation>{path} жазылмады</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Көлем</translation>
    </message>
    <message>
        <source>Releases and spill</source>
        <translation>Су жіберу мен төгу</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Су беру</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Электр энергиясы</translation>
    </message>
    <message>
        <source>Terminal lake</source>
        <translation>Соңғы су айдыны</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Елдер</translation>
    </message>
</context>
<context>
    <name>RiskPanel</name>
    <message>
        <source>Risk</source>
        <translation>Тәуекел</translation>
    </message>
    <message>
        <source>A member is short when its shortfall over the whole horizon exceeds this share of its demand: used by P(short) here, in the Countries tab and in the report</source>
        <translation>Іске асыру тапшылықты деп саналады, егер оның бүкіл есептеу кезеңіндегі тапшылығы су қажеттілігінің осы үлесінен асса: мұнда, «Елдер» қойындысында және есепте P(тапшылық) үшін қолданылады</translation>
    </message>
    <message>
        <source>short &gt;</source>
        <translation>тапшылық &gt;</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Жоспар</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Базалық</translation>
    </message>
    <message numerus="yes">
        <source>Risk over {count} members</source>
        <translation>
            <numerusform>{count} іске асыру бойынша тәуекел</numerusform>
            <numerusform>{count} іске асыру бойынша тәуекел</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RiskRows</name>
    <message>
        <source>Share of members whose shortfall over the whole horizon exceeds the threshold share of their demand</source>
        <translation>Бүкіл есептеу кезеңіндегі тапшылығы су қажеттілігінің шекті үлесінен асатын іске асырулардың үлесі</translation>
    </message>
    <message>
        <source>Share of the periods with demand that did not fail (any shortfall), all members pooled (Hashimoto et al. 1982)</source>
        <translation>Су қажеттілігі бар кезеңдердің ішінде іркіліссіз (тапшылықсыз) кезеңдердің үлесі, барлық іске асырулар бірге (Hashimoto et al. 1982)</translation>
    </message>
    <message>
        <source>Chance that a failed period is followed by one that does not fail; &apos;–&apos; when no period fails</source>
        <translation>Іркілісті кезеңнен кейін іркіліссіз кезең келу ықтималдығы; іркіліс болмаса «–»</translation>
    </message>
    <message>
        <source>Mean shortfall of the failed periods, in Mm³ and as % of their demand (the mean of shortfall ÷ demand); &apos;–&apos; when no period fails</source>
        <translation>Іркілісті кезеңдердің орташа тапшылығы, млн м³ және олардың су қажеттілігінің %-ымен (тапшылық ÷ су қажеттілігі қатынасының орташасы); іркіліс болмаса «–»</translation>
    </message>
    <message>
        <source>{name}: P(short &gt; {threshold} %)</source>
        <translation>{name}: P(тапшылық &gt; {threshold} %)</translation>
    </message>
    <message>
        <source>reliability</source>
        <translation>сенімділік</translation>
    </message>
    <message>
        <source>resilience</source>
        <translation>қалпына келу</translation>
    </message>
    <message>
        <source>vulnerability</source>
        <translation>осалдық</translation>
    </message>
    <message>
        <source>vulnerability, % of demand</source>
        <translation>осалдық, су қажеттілігінің %</translation>
    </message>
    <message>
        <source>Energy of the plants of {name} over each ICWC season (dams and run-of-river), {unit}, over the members</source>
        <translation>{name} СЭС-терінің әр МКВК кезеңіндегі өндіруі (бөгеттердегі және арналық), {unit}, іске асырулар бойынша</translation>
    </message>
    <message>
        <source>{season} (partial)</source>
        <translation>{season} (толық емес)</translation>
    </message>
    <message>
        <source>{name}, {season}: {q} of the members&apos; energy (exact)</source>
        <translation>{name}, {season}: іске асырулар бойынша өндірудің {q} (дәл)</translation>
    </message>
    <message>
        <source>{name}, {season}: {q} of the members&apos; energy (from a histogram)</source>
        <translation>{name}, {season}: іске асырулар бойынша өндірудің {q} (гистограмма бойынша)</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Елдер</translation>
    </message>
    <message>
        <source>Each country&apos;s demands together (a shared demand split by its shares)</source>
        <translation>Әр елдің барлық су тұтынушылары бірге (ортақ су қажеттілігі үлестерге бөлінеді)</translation>
    </message>
    <message>
        <source>Demands</source>
        <translation>Су тұтынушылар</translation>
    </message>
    <message>
        <source>Each demand node</source>
        <translation>Әр су тұтыну торабы</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Оқиғалар</translation>
    </message>
    <message>
        <source>Share of members in which each event happens at least once</source>
        <translation>Әр оқиға кемінде бір рет болатын іске асырулардың үлесі</translation>
    </message>
    <message>
        <source>{label}: share of members; mean amount over all members {amount} {unit}</source>
        <translation>{label}: іске асырулар үлесі; барлық іске асырулар бойынша орташа шама {amount} {unit}</translation>
    </message>
    <message>
        <source>Energy P10 / P50 / P90</source>
        <translation>Өндіру P10 / P50 / P90</translation>
    </message>
    <message>
        <source>Energy per country and ICWC season over the members</source>
        <translation>Елдер және МКВК кезеңдері бойынша өндіру, іске асырулар бойынша</translation>
    </message>
</context>
<context>
    <name>RobustChoice</name>
    <message>
        <source>the inflow set shown</source>
        <translation>көрсетілген ағын нұсқасы</translation>
    </message>
    <message>
        <source>an ensemble</source>
        <translation>ансамбль</translation>
    </message>
    <message>
        <source>Optimise for one inflow set, or one schedule for many possible years (members of an ensemble)</source>
        <translation>Бір ағын нұсқасы үшін оңтайландыру немесе көптеген ықтимал жылдарға (ансамбль іске асыруларына) бір кесте</translation>
    </message>
    <message>
        <source>The ensemble the members come from</source>
        <translation>Іске асырулар алынатын ансамбль</translation>
    </message>
    <message>
        <source>In-sample members: the linear programme holds one copy of the network per member (20–100 is usual)</source>
        <translation>Оңтайландыруға арналған іске асырулар: сызықтық бағдарламалау есебінде әр іске асыруға желінің бір көшірмесі бар (әдетте 20–100)</translation>
    </message>
    <message>
        <source>CVaR</source>
        <translation>CVaR</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>орташа</translation>
    </message>
    <message>
        <source>Minimise the mean of the members&apos; objective, or its CVaR: the mean of the worst (1 − α) share of the members</source>
        <translation>Мақсаттың іске асырулар бойынша орташа мәнін немесе оның CVaR-ын азайту: іске асырулардың ең нашар (1 − α) үлесі бойынша орташа</translation>
    </message>
    <message>
        <source>CVaR level: 0.90 is the mean of the worst 10 % of the members</source>
        <translation>CVaR деңгейі: 0,90 — іске асырулардың ең нашар 10 %-ы бойынша орташа</translation>
    </message>
    <message>
        <source>test on </source>
        <translation>тексеру: </translation>
    </message>
    <message>
        <source> others</source>
        <translation> басқа</translation>
    </message>
    <message>
        <source>Out-of-sample members (never seen by the optimiser) on which the schedules are measured afterwards</source>
        <translation>Графиктер кейін тексерілетін тәуелсіз іске асырулар (оңтайландырғыш оларды көрмеген)</translation>
    </message>
    <message>
        <source>seed: ensemble&apos;s</source>
        <translation>бастапқы мән: ансамбльдегідей</translation>
    </message>
    <message>
        <source>seed </source>
        <translation>бастапқы мән </translation>
    </message>
    <message>
        <source>The generator&apos;s seed (the same seed gives the same members)</source>
        <translation>Генератордың бастапқы мәні (бір мән бірдей іске асыруларды береді)</translation>
    </message>
    <message>
        <source>Optimise against</source>
        <translation>Оңтайландыру үшін</translation>
    </message>
    <message>
        <source>Generated from the inflow sets</source>
        <translation>Ағын нұсқалары бойынша генерацияланған</translation>
    </message>
</context>
<context>
    <name>RobustResult</name>
    <message>
        <source>Input schedule</source>
        <translation>Бастапқы кесте</translation>
    </message>
    <message>
        <source>Deterministic optimum</source>
        <translation>Детерминделген оңтайлы</translation>
    </message>
    <message>
        <source>Robust schedule</source>
        <translation>Орнықты кесте</translation>
    </message>
    <message>
        <source>in-sample</source>
        <translation>оқыту іске асырулары</translation>
    </message>
    <message>
        <source>out-of-sample</source>
        <translation>тексеру іске асырулары</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Кесте</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Орташа</translation>
    </message>
    <message>
        <source>Worst</source>
        <translation>Ең нашар</translation>
    </message>
    <message>
        <source>Hard req. broken</source>
        <translation>Қатаң шект. бұзылды</translation>
    </message>
    <message>
        <source>CVaR</source>
        <translation>CVaR</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Су тұтынушы</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Бастапқы</translation>
    </message>
    <message>
        <source>Deterministic</source>
        <translation>Детерминд.</translation>
    </message>
    <message>
        <source>Robust</source>
        <translation>Орнықты</translation>
    </message>
    <message>
        <source>converged</source>
        <translation>жинақталды</translation>
    </message>
    <message>
        <source>: {measure} of the objective ({unit}) {before} → {after}; {iterations} linear programme(s) of {variables} variables, {state}.</source>
        <translation>: оңтайландыру мақсатының {measure} ({unit}) {before} → {after}; {variables} айнымалысы бар {iterations} сызықтық бағдарламалау есебі, {state}.</translation>
    </message>
    <message>
        <source> Nothing better than the current schedule was found.</source>
        <translation> Ағымдағы кестеден жақсы ештеңе табылмады.</translation>
    </message>
    <message>
        <source>CVaR {level}</source>
        <translation>CVaR {level}</translation>
    </message>
    <message>
        <source>{broken} of {count}</source>
        <translation>{broken} / {count}</translation>
    </message>
    <message>
        <source>Shortfall over the horizon ({what}), {unit}: mean / CVaR {level} / P(short &gt; {threshold} %)</source>
        <translation>Есептеу кезеңіндегі тапшылық ({what}), {unit}: орташа / CVaR {level} / P(тапшылық &gt; {threshold} %)</translation>
    </message>
    <message numerus="yes">
        <source>One schedule for {count} members of &apos;{ensemble}&apos;</source>
        <translation>
            <numerusform>«{ensemble}» ансамблінің {count} іске асыруына бір кесте</numerusform>
            <numerusform>«{ensemble}» ансамблінің {count} іске асыруына бір кесте</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>One schedule for {count} members of &apos;{ensemble}&apos; (seed {seed})</source>
        <translation>
            <numerusform>«{ensemble}» ансамблінің {count} іске асыруына бір кесте (бастапқы мән {seed})</numerusform>
            <numerusform>«{ensemble}» ансамблінің {count} іске асыруына бір кесте (бастапқы мән {seed})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In-sample: the {count} members optimised for</source>
        <translation>
            <numerusform>Оқыту: оңтайландырылған {count} іске асыру</numerusform>
            <numerusform>Оқыту: оңтайландырылған {count} іске асыру</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Out-of-sample: {count} other members, never seen by the optimiser</source>
        <translation>
            <numerusform>Тексеру: оңтайландырғыш көрмеген басқа {count} іске асыру</numerusform>
            <numerusform>Тексеру: оңтайландырғыш көрмеген басқа {count} іске асыру</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>Release schedule</source>
        <translation>Су жіберу кестесі</translation>
    </message>
    <message>
        <source>Demand-following</source>
        <translation>Су қажеттілігі бойынша</translation>
    </message>
    <message>
        <source>Guide curve</source>
        <translation>Диспетчерлік кесте</translation>
    </message>
    <message>
        <source>Release the planned schedule, limited by storage; spill when full</source>
        <translation>Судың бар болуына қарай жоспарлы кестені жіберу; толғанда бос төгу</translation>
    </message>
    <message>
        <source>Release what the demands and minimum flows downstream need, nearest reservoir first, within the release bounds</source>
        <translation>Ағыс бойынша төмендегі су тұтынушыларға және ең аз өтім тұстамаларына қажетті суды ең жақын су қоймасынан бастап, су жіберу шектеулері аясында жіберу</translation>
    </message>
    <message>
        <source>Release to keep the end-of-period storage on the guide curve, within the release bounds</source>
        <translation>Кезең соңындағы көлем диспетчерлік кестеде болатындай, су жіберу шектеулері аясында жіберу</translation>
    </message>
    <message>
        <source>&apos;{part}&apos; is not a country and its share, such as &apos;UZ 0.5&apos;</source>
        <translation>«{part}» — ел және оның үлесі емес, мысалы «UZ 0.5»</translation>
    </message>
    <message>
        <source>an operating rule has no field &apos;{name}&apos;</source>
        <translation>реттеу ережесінде «{name}» өрісі жоқ</translation>
    </message>
</context>
<context>
    <name>ScenarioProperties</name>
    <message>
        <source>Scenario properties</source>
        <translation>Сценарий қасиеттері</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, e.g. 2025-10-01</source>
        <translation>ЖЖЖЖ-АА-КК, мысалы 2025-10-01</translation>
    </message>
    <message>
        <source>The day the initial storages were observed or published; it is printed on the report&apos;s title page</source>
        <translation>Бастапқы көлемдер байқалған немесе жарияланған күн; есептің титул бетінде басылады</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
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
        <source>Initial state on</source>
        <translation>Бастапқы күй күні</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Сипаттамасы</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>Set scenario properties</source>
        <translation>Сценарий қасиеттерін өзгерту</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <source>Set…</source>
        <translation>Беру…</translation>
    </message>
    <message>
        <source>Set the selected cells to one value</source>
        <translation>Таңдалған ұяшықтарға бір мән беру</translation>
    </message>
    <message>
        <source>Scale %…</source>
        <translation>Масштаб %…</translation>
    </message>
    <message>
        <source>Scale the selected cells by a percentage</source>
        <translation>Таңдалған ұяшықтарды пайызға көбейту</translation>
    </message>
    <message>
        <source>Shift…</source>
        <translation>Ығысу…</translation>
    </message>
    <message>
        <source>Add an amount to the selected cells</source>
        <translation>Таңдалған ұяшықтарға шама қосу</translation>
    </message>
    <message>
        <source>Copy season</source>
        <translation>Маусымды көшіру</translation>
    </message>
    <message>
        <source>Copy the selected periods to the same periods of every other year of the horizon</source>
        <translation>Таңдалған кезеңдерді есептеу кезеңінің қалған барлық жылдарының сол кезеңдеріне көшіру</translation>
    </message>
    <message>
        <source>Select some cells of the schedule table first</source>
        <translation>Алдымен кесте ұяшықтарын таңдаңыз</translation>
    </message>
    <message>
        <source>{action} {names} release</source>
        <translation>{action}: {names} су жіберуі</translation>
    </message>
    <message>
        <source>Set releases</source>
        <translation>Су жіберуді беру</translation>
    </message>
    <message>
        <source>New release ({unit}):</source>
        <translation>Жаңа су жіберу ({unit}):</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Беру</translation>
    </message>
    <message>
        <source>Scale releases</source>
        <translation>Су жіберуді масштабтау</translation>
    </message>
    <message>
        <source>Scale the selected releases to (%):</source>
        <translation>Таңдалған су жіберуді өзгерту (%):</translation>
    </message>
    <message>
        <source>Scale by {percent} %</source>
        <translation>Масштаб {percent} %</translation>
    </message>
    <message>
        <source>Shift releases</source>
        <translation>Су жіберуді ығыстыру</translation>
    </message>
    <message>
        <source>Add to the selected releases ({unit}):</source>
        <translation>Таңдалған су жіберуге қосу ({unit}):</translation>
    </message>
    <message>
        <source>Shift by {amount}</source>
        <translation>{amount} ығысу</translation>
    </message>
    <message>
        <source>Select the periods of one season to copy first</source>
        <translation>Алдымен көшіру үшін бір маусымның кезеңдерін таңдаңыз</translation>
    </message>
    <message>
        <source>The horizon has only one year: there is no other year to copy the season to</source>
        <translation>Есептеу кезеңі бір жылды ғана қамтиды: маусымды көшіретін басқа жыл жоқ</translation>
    </message>
    <message>
        <source>Click the cell where the pasted block should start</source>
        <translation>Қойылатын блок басталатын ұяшықты басыңыз</translation>
    </message>
    <message>
        <source>Cannot paste: {problem}</source>
        <translation>Қою мүмкін емес: {problem}</translation>
    </message>
    <message>
        <source>Cannot paste: &apos;{cell}&apos; is not a number</source>
        <translation>Қою мүмкін емес: «{cell}» сан емес</translation>
    </message>
    <message>
        <source>Paste releases</source>
        <translation>Су жіберуді қою</translation>
    </message>
    <message>
        <source>demand-following</source>
        <translation>су қажеттілігі бойынша</translation>
    </message>
    <message>
        <source>guide curve</source>
        <translation>диспетчерлік кесте бойынша</translation>
    </message>
    <message>
        <source>{name}, {period}</source>
        <translation>{name}, {period}</translation>
    </message>
    <message>
        <source>{where}: not a number</source>
        <translation>{where}: сан емес</translation>
    </message>
    <message>
        <source>{where}: {value} {unit} is negative; a release cannot be below zero</source>
        <translation>{where}: {value} {unit} — теріс мән; су жіберу нөлден кем болмайды</translation>
    </message>
    <message>
        <source>Target not released — {warning}</source>
        <translation>Жоспарлы су жіберу орындалмады — {warning}</translation>
    </message>
    <message>
        <source>{name} follows its {rule} rule: this schedule is kept in the scenario but not released. Choose the &apos;Release schedule&apos; rule in the inspector to release it.</source>
        <translation>{name} «{rule}» ережесі бойынша жұмыс істейді: бұл кесте сценарийде сақталады, бірақ орындалмайды. Оны орындау үшін қасиеттерде «Су жіберу кестесі» ережесін таңдаңыз.</translation>
    </message>
    <message>
        <source>{name}, {period}: {value} {unit}</source>
        <translation>{name}, {period}: {value} {unit}</translation>
    </message>
    <message>
        <source>{name} ({unit}) — {rule}, schedule not used</source>
        <translation>{name} ({unit}) — {rule}, кесте қолданылмайды</translation>
    </message>
    <message>
        <source>{name} ({unit})</source>
        <translation>{name} ({unit})</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number</source>
        <translation>«{text}» сан емес</translation>
    </message>
</context>
<context>
    <name>SchedulePlot</name>
    <message>
        <source>demand-following</source>
        <translation>су қажеттілігі бойынша</translation>
    </message>
    <message>
        <source>guide-curve</source>
        <translation>диспетчерлік кесте бойынша</translation>
    </message>
    <message>
        <source>turbine capacity</source>
        <translation>турбиналардың өткізу қабілеті</translation>
    </message>
    <message>
        <source>baseline target</source>
        <translation>базалық нұсқа жоспары</translation>
    </message>
    <message>
        <source>simulated release</source>
        <translation>есептік су жіберу</translation>
    </message>
    <message>
        <source>target release</source>
        <translation>жоспарлы су жіберу</translation>
    </message>
    <message>
        <source>target</source>
        <translation>жоспар</translation>
    </message>
    <message>
        <source>simulated</source>
        <translation>есептік</translation>
    </message>
    <message>
        <source>max release</source>
        <translation>ең көп су жіберу</translation>
    </message>
    <message>
        <source>{name}: release schedule (drag the points)</source>
        <translation>{name}: су жіберу кестесі (сүйреңіз)</translation>
    </message>
    <message>
        <source>Select a reservoir to edit its release schedule</source>
        <translation>Су жіберу кестесін түзету үшін су қоймасын таңдаңыз</translation>
    </message>
    <message>
        <source>{name}: {rule} rule — the schedule below is not released</source>
        <translation>{name}: «{rule}» ережесі — төмендегі кесте орындалмайды</translation>
    </message>
</context>
<context>
    <name>Schematic</name>
    <message>
        <source>Move {name}</source>
        <translation>{name} жылжыту</translation>
    </message>
    <message numerus="yes">
        <source>Move {count} nodes</source>
        <translation>
            <numerusform>{count} торапты жылжыту</numerusform>
            <numerusform>{count} торапты жылжыту</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>{name} жою</translation>
    </message>
    <message>
        <source>Add {kind} here</source>
        <translation>Осында қосу: {kind}</translation>
    </message>
    <message>
        <source>Add node</source>
        <translation>Торап қосу</translation>
    </message>
    <message>
        <source>Add a node: a reservoir, an inflow, a demand, a junction or a sink  [Insert]</source>
        <translation>Торап қосу: су қоймасы, келетін ағын, су тұтынушы, торап немесе жүйеден шығу  [Insert]</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <source>Drag from one node to the node downstream of it (or hold Shift while dragging); from the keyboard: select the upstream node, press L, choose the downstream node with the arrow keys, Enter  [L]</source>
        <translation>Тораптан ағыс бойынша төмендегі торапқа сүйреңіз (немесе Shift басулы күйде); пернетақтадан: жоғарғы торапты таңдап, L басыңыз, бағыттауыштармен төменгі торапты таңдап, Enter  [L]</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Delete the selected nodes (with their links) or links  [Del]</source>
        <translation>Таңдалған тораптарды (учаскелерімен) немесе учаскелерді жою  [Del]</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Сыйғызу</translation>
    </message>
    <message>
        <source>Show the whole network  [Ctrl+0]</source>
        <translation>Бүкіл желіні көрсету  [Ctrl+0]</translation>
    </message>
    <message>
        <source>Fill and shortfall: {member}</source>
        <translation>Толуы және тапшылық: {member}</translation>
    </message>
    <message>
        <source>The storage bars (active storage at the end of the horizon) and the shortfall badges show {member}, the member the Summary and the plots show; choose it in the toolbar</source>
        <translation>Толу жолақтары (есептеу кезеңінің соңындағы пайдалы көлем) мен тапшылық белгілері: {member} — жиынтық пен графиктердегі іске асыру; оны құралдар тақтасында таңдаңыз</translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation>{name} қосу</translation>
    </message>
    <message>
        <source>Connect {source} → {target}</source>
        <translation>{source} → {target} қосу</translation>
    </message>
    <message>
        <source>Delete link {ids}</source>
        <translation>{ids} учаскесін жою</translation>
    </message>
</context>
<context>
    <name>SchematicItems</name>
    <message>
        <source>inflow</source>
        <translation>келетін ағын</translation>
    </message>
    <message>
        <source>reservoir</source>
        <translation>су қоймасы</translation>
    </message>
    <message>
        <source>junction</source>
        <translation>торап</translation>
    </message>
    <message>
        <source>demand</source>
        <translation>су тұтынушы</translation>
    </message>
    <message>
        <source>min flow</source>
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
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; ({kind})</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; ({kind})</translation>
    </message>
    <message>
        <source>Country: {country}</source>
        <translation>Ел: {country}</translation>
    </message>
    <message>
        <source>Active storage at the end of the horizon, {member}: {percent}</source>
        <translation>Есептеу кезеңінің соңындағы пайдалы көлем, {member}: {percent}</translation>
    </message>
    <message>
        <source>Active storage at the end of the horizon: {percent}</source>
        <translation>Есептеу кезеңінің соңындағы пайдалы көлем: {percent}</translation>
    </message>
    <message>
        <source>Shortfall, {member}: {badge}</source>
        <translation>Тапшылық, {member}: {badge}</translation>
    </message>
    <message>
        <source>Shortfall: {badge}</source>
        <translation>Тапшылық: {badge}</translation>
    </message>
    <message>
        <source>&lt;i&gt;Shift-drag to another node to connect&lt;/i&gt;</source>
        <translation>&lt;i&gt;Қосу үшін Shift басып басқа торапқа сүйреңіз&lt;/i&gt;</translation>
    </message>
    <message>
        <source>travel time {count} periods</source>
        <translation>жету уақыты, кезеңдер: {count}</translation>
    </message>
    <message>
        <source>loss {percent}</source>
        <translation>шығын {percent}</translation>
    </message>
    <message>
        <source>capacity {low}–{high} {unit} by period</source>
        <translation>өткізу қабілеті {low}–{high} {unit} кезеңдер бойынша</translation>
    </message>
    <message>
        <source>capacity {value} {unit}</source>
        <translation>өткізу қабілеті {value} {unit}</translation>
    </message>
    <message>
        <source>{name} (run-of-river, {country})</source>
        <translation>{name} (арналық, {country})</translation>
    </message>
    <message>
        <source>{name} (run-of-river)</source>
        <translation>{name} (арналық)</translation>
    </message>
    <message>
        <source>: {power} {mw}, head {head} {m}, turbines {flow} {m3s}</source>
        <translation>: {power} {mw}, арын {head} {m}, турбиналар {flow} {m3s}</translation>
    </message>
    <message>
        <source>&lt;br&gt;overflow route</source>
        <translation>&lt;br&gt;артық су жолы</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>baseline: {name}</source>
        <translation>базалық нұсқа: {name}</translation>
    </message>
    <message>
        <source>Risk threshold not changed: {reason}</source>
        <translation>Тәуекел шегі өзгертілмеді: {reason}</translation>
    </message>
    <message>
        <source>The scenario has problems: fix them before freezing it as the baseline</source>
        <translation>Сценарийде мәселелер бар: оны базалық нұсқа ретінде бекітпес бұрын оларды шешіңіз</translation>
    </message>
    <message>
        <source>baseline (frozen)</source>
        <translation>базалық нұсқа (бекітілген)</translation>
    </message>
    <message>
        <source>Baseline set: dashed grey curves and Δ show the change from here</source>
        <translation>Базалық нұсқа берілді: сұр үзік қисықтар мен Δ одан болған өзгерістерді көрсетеді</translation>
    </message>
    <message>
        <source>Baseline not set: {name}: {problem}</source>
        <translation>Базалық нұсқа берілмеді: {name}: {problem}</translation>
    </message>
    <message>
        <source>Comparing with {name}</source>
        <translation>{name} файлымен салыстыру</translation>
    </message>
    <message>
        <source>Not changed: {reason}</source>
        <translation>Өзгертілмеді: {reason}</translation>
    </message>
    <message>
        <source>The saved baseline {name} could not be read ({problem})</source>
        <translation>Сақталған {name} базалық нұсқасы оқылмайды ({problem})</translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation>файл атауы көрсетілмеген</translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <source>Upstream first — water is taken where it first reaches an intake (priorities rank intakes at one point)</source>
        <translation>Алдымен жоғарғылар — су алғашқы жеткен су алғыштан алынады (басымдықтар бір нүктедегі су алғыштарды реттейді)</translation>
    </message>
    <message>
        <source>Proportional (ICWC) — users of equal priority get the same fraction of their limit, or of their demand without one</source>
        <translation>Пропорционалды (МКВК) — басымдығы тең су пайдаланушылар өз лимитінің, лимиті болмаса — су қажеттілігінің бірдей үлесін алады</translation>
    </message>
    <message>
        <source>Apr–Sep (vegetation)</source>
        <translation>сәу–қыр (вегетация)</translation>
    </message>
    <message>
        <source>Oct–Mar (non-vegetation)</source>
        <translation>қаз–нау (вегетацияаралық)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Коды</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Limit Apr–Sep (Mm³)</source>
        <translation>Лимит сәу–қыр (млн м³)</translation>
    </message>
    <message>
        <source>Limit Oct–Mar (Mm³)</source>
        <translation>Лимит қаз–нау (млн м³)</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Жеткізуші</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Алушы</translation>
    </message>
    <message>
        <source>Energy (GWh)</source>
        <translation>Электр энергиясы (ГВт·сағ)</translation>
    </message>
    <message>
        <source>Energy season</source>
        <translation>Электр энергиясы маусымы</translation>
    </message>
    <message>
        <source>Water (Mm³)</source>
        <translation>Су (млн м³)</translation>
    </message>
    <message>
        <source>Water season</source>
        <translation>Су маусымы</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is not a number</source>
        <translation>{where}: «{text}» сан емес</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is not a season (Apr–Sep or Oct–Mar)</source>
        <translation>{where}: «{text}» маусым емес (сәу–қыр немесе қаз–нау)</translation>
    </message>
    <message>
        <source>Water sharing and countries</source>
        <translation>Суды бөлу және елдер</translation>
    </message>
    <message>
        <source>Sharing a shortage</source>
        <translation>Тапшылықты бөлу</translation>
    </message>
    <message>
        <source>&lt;b&gt;Countries&lt;/b&gt; — ICWC withdrawal limits per season, counted at the intakes (empty: no limit)</source>
        <translation>&lt;b&gt;Елдер&lt;/b&gt; — МКВК су алу лимиттері маусымдар бойынша, су алғыштарда есептеледі (бос — лимитсіз)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Energy exchanges&lt;/b&gt; — energy delivered in one season, in return for water released in another</source>
        <translation>&lt;b&gt;Электр энергиясын айырбастау&lt;/b&gt; — бір маусымда берілген электр энергиясы басқа маусымда жіберілген су орнына</translation>
    </message>
    <message>
        <source>Countries, row {row}</source>
        <translation>Елдер, {row}-жол</translation>
    </message>
    <message>
        <source>{where}, Apr–Sep limit</source>
        <translation>{where}, сәу–қыр лимиті</translation>
    </message>
    <message>
        <source>{where}, Oct–Mar limit</source>
        <translation>{where}, қаз–нау лимиті</translation>
    </message>
    <message>
        <source>Energy exchanges, row {row}</source>
        <translation>Электр энергиясын айырбастау, {row}-жол</translation>
    </message>
    <message>
        <source>{where}, energy</source>
        <translation>{where}, электр энергиясы</translation>
    </message>
    <message>
        <source>{where}, energy season</source>
        <translation>{where}, электр энергиясы маусымы</translation>
    </message>
    <message>
        <source>{where}, water</source>
        <translation>{where}, су</translation>
    </message>
    <message>
        <source>{where}, water season</source>
        <translation>{where}, су маусымы</translation>
    </message>
</context>
<context>
    <name>Simulation</name>
    <message>
        <source>the simulation could not run: {reason}</source>
        <translation>есептеуді орындау мүмкін болмады: {reason}</translation>
    </message>
    <message>
        <source>the simulation stopped: {reason}</source>
        <translation>есептеу тоқтады: {reason}</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>Total shortfall</source>
        <translation>Жалпы тапшылық</translation>
    </message>
    <message>
        <source>Water short</source>
        <translation>Берілмеген су</translation>
    </message>
    <message>
        <source>Worst: {name}</source>
        <translation>Ең үлкені: {name}</translation>
    </message>
    <message>
        <source>Worst demand: none short</source>
        <translation>Ең үлкен тапшылық: жоқ</translation>
    </message>
    <message>
        <source>{name}: inflow</source>
        <translation>{name}: келетін ағын</translation>
    </message>
    <message>
        <source>{name}: level at end</source>
        <translation>{name}: соңғы деңгей</translation>
    </message>
    <message>
        <source>{name}: end, % active</source>
        <translation>{name}: соңында, пайдалы&#xa0;%</translation>
    </message>
    <message>
        <source>{name}: {end} {unit} at the end of the horizon ({start} {unit} at the start); {definition}</source>
        <translation>{name}: есептеу кезеңінің соңында {end} {unit} (басында {start} {unit}); {definition}</translation>
    </message>
    <message>
        <source>Hydropower, total</source>
        <translation>СЭС өндіруі, барлығы</translation>
    </message>
    <message>
        <source>No country</source>
        <translation>Елсіз</translation>
    </message>
    <message>
        <source>{name}: shortfall</source>
        <translation>{name}: тапшылық</translation>
    </message>
    <message>
        <source>{name}: winter energy</source>
        <translation>{name}: қыстағы өндіру</translation>
    </message>
    <message>
        <source>{name}: summer energy</source>
        <translation>{name}: жаздағы өндіру</translation>
    </message>
    <message>
        <source>Mass balance ✓</source>
        <translation>Су балансы ✓</translation>
    </message>
    <message>
        <source>Mass balance ✗ does not close</source>
        <translation>Су балансы ✗ сәйкес емес</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Қазір</translation>
    </message>
    <message>
        <source>Δ baseline</source>
        <translation>Базалықтан Δ</translation>
    </message>
    <message>
        <source>Not simulated</source>
        <translation>Есептеу жүргізілмеді</translation>
    </message>
    <message>
        <source>Member {number}</source>
        <translation>{number}-іске асыру</translation>
    </message>
</context>
<context>
    <name>TableEdit</name>
    <message>
        <source>Paste from a spreadsheet with Ctrl+V (tab-separated) at the selected cell.</source>
        <translation>Электрондық кестеден Ctrl+V арқылы таңдалған ұяшыққа қойыңыз (бөлгіш — табуляция).</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Жол қосу</translation>
    </message>
    <message>
        <source>Remove last row</source>
        <translation>Соңғы жолды жою</translation>
    </message>
    <message>
        <source>row {row}, {column}: &apos;{text}&apos; is not a number</source>
        <translation>{row}-жол, {column}: «{text}» сан емес</translation>
    </message>
</context>
<context>
    <name>Tradeoff</name>
    <message>
        <source>&lt;span style=&apos;color:{efficient}&apos;&gt;●&lt;/span&gt; efficient point &amp;nbsp; &lt;span style=&apos;color:{dominated}&apos;&gt;□&lt;/span&gt; dominated (another point is at least as good in both) &amp;nbsp; &lt;span style=&apos;color:{chosen}&apos;&gt;◯&lt;/span&gt; chosen</source>
        <translation>&lt;span style=&apos;color:{efficient}&apos;&gt;●&lt;/span&gt; тиімді нүкте &amp;nbsp; &lt;span style=&apos;color:{dominated}&apos;&gt;□&lt;/span&gt; басымдалған (басқа нүкте екі мақсат бойынша да кем емес) &amp;nbsp; &lt;span style=&apos;color:{chosen}&apos;&gt;◯&lt;/span&gt; таңдалған</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>орташа</translation>
    </message>
    <message>
        <source>CVaR {level} %</source>
        <translation>CVaR {level} %</translation>
    </message>
    <message>
        <source>{measure} over the members of </source>
        <translation>іске асырулар бойынша {measure}: </translation>
    </message>
    <message>
        <source>Number of points across the range of objective B</source>
        <translation>B мақсатының бүкіл ауқымындағы нүктелер саны</translation>
    </message>
    <message>
        <source>Trade-off…</source>
        <translation>Ымыра…</translation>
    </message>
    <message>
        <source>Sweep the best compromises between objective A and B</source>
        <translation>A және B мақсаттары арасындағы ең жақсы ымыраларды табу</translation>
    </message>
    <message>
        <source>Click a point to see its schedule</source>
        <translation>Кестесін көру үшін нүктені басыңыз</translation>
    </message>
    <message>
        <source>Apply this point</source>
        <translation>Осы нүктені қолдану</translation>
    </message>
    <message>
        <source>A (x axis)</source>
        <translation>A (x осі)</translation>
    </message>
    <message>
        <source>B (y axis)</source>
        <translation>B (y осі)</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Нүктелер</translation>
    </message>
    <message>
        <source>{text}
Label: {label}</source>
        <translation>{text}
Белгі: {label}</translation>
    </message>
    <message>
        <source>Choose objectives A and B and press Trade-off…; then click a point to see its schedule.</source>
        <translation>A және B мақсаттарын таңдап, «Ымыра…» басыңыз; содан кейін кестесін көру үшін нүктені басыңыз.</translation>
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
        <translation>Кестесін көру үшін нүктені басыңыз.</translation>
    </message>
    <message>
        <source>Point {number} (dominated): A {a} {unit_a}, B {b} {unit_b}</source>
        <translation>{number}-нүкте (басымдалған): A {a} {unit_a}, B {b} {unit_b}</translation>
    </message>
    <message>
        <source>Point {number}: A {a} {unit_a}, B {b} {unit_b}</source>
        <translation>{number}-нүкте: A {a} {unit_a}, B {b} {unit_b}</translation>
    </message>
    <message>
        <source>Point {number}: no schedule meets every requirement at this ε.</source>
        <translation>{number}-нүкте: осы ε кезінде бірде-бір кесте барлық шектеулерді орындамайды.</translation>
    </message>
    <message>
        <source>Point {number} of {count} (dominated: another point is at least as good in both): A = {a} {unit_a}, B = {b} {unit_b}&lt;br&gt;Release ({unit}): </source>
        <translation>{number}-нүкте / {count} (басымдалған: басқа нүкте екі мақсат бойынша да кем емес): A = {a} {unit_a}, B = {b} {unit_b}&lt;br&gt;Су жіберу ({unit}): </translation>
    </message>
    <message>
        <source>Point {number} of {count}: A = {a} {unit_a}, B = {b} {unit_b}&lt;br&gt;Release ({unit}): </source>
        <translation>{number}-нүкте / {count}: A = {a} {unit_a}, B = {b} {unit_b}&lt;br&gt;Су жіберу ({unit}): </translation>
    </message>
    <message>
        <source>maximised</source>
        <translation>арттырылады</translation>
    </message>
    <message>
        <source>minimised</source>
        <translation>азайтылады</translation>
    </message>
</context>
<context>
    <name>WhatsThis</name>
    <message>
        <source>&lt;b&gt;Cascade&lt;/b&gt;: the river network. Click or use the arrow keys to select a node; drag or Shift+arrows to move it; Shift-drag or L to connect two nodes; Delete removes the selection. Bars show storage, badges shortfall.</source>
        <translation>&lt;b&gt;Каскад&lt;/b&gt;: өзен желісі. Торапты басыңыз немесе бағыттауыштармен таңдаңыз; сүйреңіз немесе Shift+бағыттауыштармен жылжытыңыз; Shift басып сүйреу немесе L екі торапты қосады; Delete таңдалғанды жояды. Бағандар толуын, белгілер тапшылықты көрсетеді.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Release schedule&lt;/b&gt;: the planned release of each reservoir in each period. Type a value, paste a block from a spreadsheet, or drag the points of the plot on the right; rule-driven reservoirs are greyed.</source>
        <translation>&lt;b&gt;Су жіберу кестесі&lt;/b&gt;: әр су қоймасының әр кезеңдегі жоспарлы су жіберуі. Мән енгізіңіз, электрондық кестеден блок қойыңыз немесе оң жақтағы графиктің нүктелерін сүйреңіз; ереже бойынша жұмыс істейтін су қоймалары сұр түспен көрсетілген.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Summary&lt;/b&gt;: the figures of the run on screen (shortfall, energy, the North Aral Sea, the mass balance) beside the baseline&apos;s.</source>
        <translation>&lt;b&gt;Жиынтық&lt;/b&gt;: ағымдағы есептеудің көрсеткіштері (тапшылық, электр энергиясы, Кіші Арал, су балансы) базалық нұсқаның көрсеткіштерімен қатар.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Inspector&lt;/b&gt;: every field of the selected node or link, editable.</source>
        <translation>&lt;b&gt;Қасиеттер&lt;/b&gt;: таңдалған тораптың немесе учаскенің түзетуге болатын барлық өрістері.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Problems&lt;/b&gt;: what is wrong with the scenario, with where and why.</source>
        <translation>&lt;b&gt;Мәселелер&lt;/b&gt;: сценарийдегі қателер, қайда және неліктен.</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;: every edit as an undo step; click one to go back to it.</source>
        <translation>&lt;b&gt;Тарих&lt;/b&gt;: әр өзгеріс — болдырмау қадамы; оған оралу үшін қадамды басыңыз.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Optimiser&lt;/b&gt;: proposes release schedules that meet the objectives under the constraints, and the trade-off between two objectives.</source>
        <translation>&lt;b&gt;Оңтайландырғыш&lt;/b&gt;: шектеулер аясында оңтайландыру мақсаттарына жететін су жіберу кестелерін және екі мақсат арасындағы ымыраны ұсынады.</translation>
    </message>
</context>
</TS>
