<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk" sourcelanguage="en">
<context>
    <name>CountryLimits</name>
    <message>
        <source>either season</source>
        <translation>бірде-бір маусым</translation>
    </message>
    <message>
        <source>the vegetation season (Apr–Sep)</source>
        <translation>вегетациялық кезең (сәу–қыр)</translation>
    </message>
    <message>
        <source>the non-vegetation season (Oct–Mar)</source>
        <translation>вегетацияаралық кезең (қаз–нау)</translation>
    </message>
    <message>
        <source>the requirement &apos;{label}&apos; holds {country}&apos;s withdrawals to its ICWC limit, but this scenario sets {country} no limit for {season}: set the limit (Scenario → Water sharing and countries) or remove the requirement</source>
        <translation>&apos;{label}&apos; шектеуі {country} елінің су алуын МКВК лимиті шегінде ұстайды, бірақ бұл сценарийде {country} үшін {season} лимиті берілмеген: лимитті беріңіз (Сценарий → Суды бөлу және елдер) немесе шектеуді алып тастаңыз</translation>
    </message>
    <message>
        <source>{country}&apos;s withdrawals at most its vegetation-season (Apr–Sep) limit {limit} Mm³ in {season}{part}</source>
        <translation>{country} елінің су алуы вегетациялық кезеңге (сәу–қыр) арналған {limit} млн м³ лимитінен аспайды, {season}{part}</translation>
    </message>
    <message>
        <source>{country}&apos;s withdrawals at most its non-vegetation-season (Oct–Mar) limit {limit} Mm³ in {season}{part}</source>
        <translation>{country} елінің су алуы вегетацияаралық кезеңге (қаз–нау) арналған {limit} млн м³ лимитінен аспайды, {season}{part}</translation>
    </message>
    <message>
        <source> (the horizon covers part of it)</source>
        <translation> (есептік кезең оны ішінара қамтиды)</translation>
    </message>
</context>
<context>
    <name>Defaults</name>
    <message>
        <source>carry-over off</source>
        <translation>ауыспалы қор берілмеген</translation>
    </message>
    <message>
        <source>no default carry-over (every decision reservoir states its own end storage)</source>
        <translation>әдепкі ауыспалы қор қолданылмайды (әр басқарылатын су қоймасының өз соңғы көлемі берілген)</translation>
    </message>
    <message>
        <source>carry-over hard (end storage ≥ start storage) at {reservoirs}</source>
        <translation>ауыспалы қор қатаң (соңғы көлем ≥ бастапқы көлем): {reservoirs}</translation>
    </message>
    <message>
        <source>carry-over soft at {reservoirs} (end storage ≥ start storage; each Mm³ below both the start and what the input schedule leaves costs {penalty} {unit})</source>
        <translation>ауыспалы қор жұмсақ: {reservoirs} (соңғы көлем ≥ бастапқы көлем; бастапқы көлемнен де, бастапқы кесте қалдыратын көлемнен де төмен әр млн м³ құны {penalty} {unit})</translation>
    </message>
    <message>
        <source>; own end-storage requirement at {reservoirs}</source>
        <translation>; соңғы көлемнің өз шектеуі: {reservoirs}</translation>
    </message>
    <message>
        <source>regularisation off</source>
        <translation>регуляризация өшірулі</translation>
    </message>
    <message>
        <source>regularisation {deviation} per Mm³ of deviation from the input schedule and {ramping} per Mm³ of change from one period to the next</source>
        <translation>регуляризация: бастапқы кестеден ауытқудың әр млн м³ үшін {deviation} және кезеңнен кезеңге өзгерудің әр млн м³ үшін {ramping}</translation>
    </message>
    <message>
        <source>Defaults: {carry_over}; {regularisation}.</source>
        <translation>Әдепкі параметрлер: {carry_over}; {regularisation}.</translation>
    </message>
</context>
<context>
    <name>EnsembleFiles</name>
    <message>
        <source>{module} is not installed: ensemble result files need the optional extra, pip install &quot;waterplanner[scale]&quot;</source>
        <translation>{module} орнатылмаған: ансамбль нәтижелерінің файлдарына қосымша пакет керек, pip install &quot;waterplanner[scale]&quot;</translation>
    </message>
    <message>
        <source>{path}: ensemble results are written as .nc (NetCDF) or .zarr</source>
        <translation>{path}: ансамбль нәтижелері .nc (NetCDF) немесе .zarr пішімінде жазылады</translation>
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
        <translation>, бастапқы мән {seed}</translation>
    </message>
    <message>
        <source>Ensemble {title}: {source}, {members}{seed}.</source>
        <translation>{title} ансамблі: {source}, {members}{seed}.</translation>
    </message>
    <message>
        <source>lognormal_ar1</source>
        <translation>«логнормалды АР(1)»</translation>
    </message>
    <message>
        <source>stochastic generator {method}</source>
        <translation>{method} стохастикалық генераторы</translation>
    </message>
    <message>
        <source>record of the inflow set &apos;{name}&apos;</source>
        <translation>&apos;{name}&apos; ағын нұсқасының бақылау қатары</translation>
    </message>
    <message>
        <source>stored members</source>
        <translation>сақталған іске асырулар</translation>
    </message>
    <message>
        <source>The baseline has other inflow nodes than the plan: it is not shown with the ensemble</source>
        <translation>Базалық нұсқаның келетін ағын тораптары жоспардағыдан өзгеше: ол ансамбльмен бірге көрсетілмейді</translation>
    </message>
    <message>
        <source>no member called &apos;{which}&apos; (driest, median or wettest)</source>
        <translation>&apos;{which}&apos; деген іске асыру жоқ (driest, median немесе wettest)</translation>
    </message>
    <message>
        <source>driest</source>
        <translation>ең сусыз</translation>
    </message>
    <message>
        <source>median</source>
        <translation>медианалық</translation>
    </message>
    <message>
        <source>wettest</source>
        <translation>ең сулы</translation>
    </message>
    <message>
        <source>member {number} of {count} ({rank})</source>
        <translation>{number}-іске асыру / {count} ({rank})</translation>
    </message>
    <message>
        <source>member {number} of {count}</source>
        <translation>{number}-іске асыру / {count}</translation>
    </message>
</context>
<context>
    <name>Ensembles</name>
    <message>
        <source>Generated from the inflow sets</source>
        <translation>Ағын нұсқалары бойынша генерацияланған</translation>
    </message>
    <message>
        <source>The default stochastic generator (lognormal_ar1) fitted to the scenario&apos;s own inflow sets.</source>
        <translation>Сценарийдің өз ағын нұсқаларына бейімделген әдепкі стохастикалық генератор («логнормалды АР(1)»).</translation>
    </message>
    <message>
        <source>the scenario has no ensemble &apos;{name}&apos; (it has: {names})</source>
        <translation>сценарийде &apos;{name}&apos; ансамблі жоқ (барлары: {names})</translation>
    </message>
    <message>
        <source>seed {seed} is outside 0 to 2^53 - 1</source>
        <translation>{seed} бастапқы мәні 0 мен 2^53 - 1 аралығынан тыс</translation>
    </message>
    <message>
        <source>&apos;{method}&apos; is not a generator (use one of: {methods})</source>
        <translation>&apos;{method}&apos; генератор емес (мыналардың бірін қолданыңыз: {methods})</translation>
    </message>
    <message>
        <source>ensemble &apos;{name}&apos; has {members} (the water years of its record), not {asked}</source>
        <translation>&apos;{name}&apos; ансамблінде {members} бар (бақылау қатарының су шаруашылық жылдары), {asked} емес</translation>
    </message>
    <message>
        <source>ensemble &apos;{name}&apos; has {members}, not {asked}</source>
        <translation>&apos;{name}&apos; ансамблінде {members} бар, {asked} емес</translation>
    </message>
    <message>
        <source>Each water year of the inflow set &apos;{name}&apos; is a member, index-sequential.</source>
        <translation>&apos;{name}&apos; ағын нұсқасының әр су шаруашылық жылы — жеке іске асыру (индекстік-тізбекті әдіс).</translation>
    </message>
    <message>
        <source>Inflow set &apos;{name}&apos; in every member for: {nodes}.</source>
        <translation>Барлық іске асыруларда &apos;{name}&apos; ағын нұсқасы мыналар үшін: {nodes}.</translation>
    </message>
    <message>
        <source>at most {count} members can be generated</source>
        <translation>ең көбі {count} іске асыру генерациялауға болады</translation>
    </message>
    <message>
        <source>members must be at least 1, not {count}</source>
        <translation>іске асырулар саны кемінде 1 болуы керек, {count} емес</translation>
    </message>
    <message numerus="yes">
        <source>%n members</source>
        <translation>
            <numerusform>%n іске асыру</numerusform>
            <numerusform>%n іске асыру</numerusform>
        </translation>
    </message>
    <message>
        <source>{field}: the scenario has no inflow set &apos;{name}&apos; (it has: {names})</source>
        <translation>{field}: сценарийде &apos;{name}&apos; ағын нұсқасы жоқ (барлары: {names})</translation>
    </message>
    <message>
        <source>dry_set: the dry set cannot be the central set (&apos;{name}&apos;)</source>
        <translation>dry_set: сусыз нұсқа орталық нұсқамен бірдей бола алмайды (&apos;{name}&apos;)</translation>
    </message>
    <message>
        <source>&apos;{node}&apos;: the dry set &apos;{dry_set}&apos; holds {dry} Mm³ and the central set &apos;{central_set}&apos; {central} Mm³; a lognormal needs 0 &lt; dry ≤ central (give the node its cv)</source>
        <translation>&apos;{node}&apos;: &apos;{dry_set}&apos; сусыз нұсқасында {dry} млн м³, ал &apos;{central_set}&apos; орталық нұсқасында {central} млн м³; логқалыпты үлестірімге 0 &lt; сусыз ≤ орталық керек (торапқа оның cv мәнін беріңіз)</translation>
    </message>
    <message>
        <source>&apos;{node}&apos;: the central set &apos;{central_set}&apos; has no water, so it gives no seasonal shape to spread the mean over</source>
        <translation>&apos;{node}&apos;: &apos;{central_set}&apos; орталық нұсқасында су жоқ, сондықтан орташа мәнді жыл ішінде бөлуге болмайды</translation>
    </message>
    <message>
        <source>Annual volumes: lognormal per inflow node, fitted to the inflow set &apos;{central}&apos; as the median year and &apos;{dry}&apos; as the dry quantile.</source>
        <translation>Жылдық көлемдер: әр келетін ағын торабы бойынша логқалыпты үлестірім, &apos;{central}&apos; ағын нұсқасына медианалық жыл және &apos;{dry}&apos; нұсқасына сусыз квантиль ретінде бейімделген.</translation>
    </message>
    <message>
        <source>Annual volumes: lognormal per inflow node, fitted to the inflow set &apos;{central}&apos; as the mean year and &apos;{dry}&apos; as the dry quantile.</source>
        <translation>Жылдық көлемдер: әр келетін ағын торабы бойынша логқалыпты үлестірім, &apos;{central}&apos; ағын нұсқасына орташа жыл және &apos;{dry}&apos; нұсқасына сусыз квантиль ретінде бейімделген.</translation>
    </message>
    <message>
        <source>Annual volumes: lognormal per inflow node, fitted to the inflow set &apos;{central}&apos; as the median year.</source>
        <translation>Жылдық көлемдер: әр келетін ағын торабы бойынша логқалыпты үлестірім, &apos;{central}&apos; ағын нұсқасына медианалық жыл ретінде бейімделген.</translation>
    </message>
    <message>
        <source>Annual volumes: lognormal per inflow node, fitted to the inflow set &apos;{central}&apos; as the mean year.</source>
        <translation>Жылдық көлемдер: әр келетін ағын торабы бойынша логқалыпты үлестірім, &apos;{central}&apos; ағын нұсқасына орташа жыл ретінде бейімделген.</translation>
    </message>
    <message>
        <source>No dry set: coefficient of variation {cv} assumed for {nodes}.</source>
        <translation>Сусыз нұсқа жоқ: {nodes} үшін вариация коэффициенті {cv} деп алынды.</translation>
    </message>
    <message>
        <source>cross-correlation</source>
        <translation>өзара корреляция</translation>
    </message>
    <message>
        <source>lag-1 persistence</source>
        <translation>1-лагтық автокорреляция</translation>
    </message>
    <message>
        <source>period noise cv</source>
        <translation>кезеңдік шудың Cv</translation>
    </message>
    <message>
        <source>Estimates (defaults): {estimates}.</source>
        <translation>Бағалаулар (әдепкі): {estimates}.</translation>
    </message>
    <message>
        <source>a record&apos;s members are whole water years, but {why}</source>
        <translation>бақылау қатарының іске асырулары — тұтас су шаруашылық жылдары, бірақ {why}</translation>
    </message>
    <message>
        <source>the record has {years}, so {members}: members {first}..{last} do not exist</source>
        <translation>бақылау қатарында {years}, демек {members}: {first}..{last} іске асырулары жоқ</translation>
    </message>
    <message numerus="yes">
        <source>%n water years</source>
        <translation>
            <numerusform>%n су шаруашылық жылы</numerusform>
            <numerusform>%n су шаруашылық жылы</numerusform>
        </translation>
    </message>
    <message>
        <source>an ensemble needs at least one member</source>
        <translation>ансамбльде кемінде бір іске асыру болуы керек</translation>
    </message>
    <message>
        <source>{done} of {members} members</source>
        <translation>{members} іске асырудың {done}</translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <source>Water value: one more Mm³ at {node} in {period} would improve the objective by {price} {unit}</source>
        <translation>Судың құндылығы: {period} кезеңінде {node} ішіндегі тағы 1 млн м³ мақсат функциясын {price} {unit} жақсартар еді</translation>
    </message>
    <message>
        <source> (non-zero in {periods})</source>
        <translation> ({periods} нөлдік емес)</translation>
    </message>
    <message>
        <source>one {unit} less required</source>
        <translation>талапты 1 {unit} әлсірету</translation>
    </message>
    <message>
        <source>one {unit} more room</source>
        <translation>шекараны 1 {unit} кеңейту</translation>
    </message>
    <message>
        <source>{requirement} binds {when}: {relax} in {period} would improve the objective by {price} {unit}</source>
        <translation>{requirement} — шектеу {when} белсенді: {period} кезеңінде {relax} мақсат функциясын {price} {unit} жақсартар еді</translation>
    </message>
    <message>
        <source>{requirement} binds {when}: it sits exactly at its bound (no shadow price: relaxing it alone would not improve the objective measurably)</source>
        <translation>{requirement} — шектеу {when} белсенді: мәні дәл шекарада (көлеңкелі баға нөлге тең: тек осы шектеуді әлсірету мақсат функциясын байқалатындай жақсартпайды)</translation>
    </message>
    <message>
        <source>whole horizon</source>
        <translation>бүкіл есептік кезең</translation>
    </message>
    <message>
        <source>per {unit}</source>
        <translation>{unit} үшін</translation>
    </message>
    <message>
        <source>in {periods}</source>
        <translation>{periods} кезеңінде</translation>
    </message>
    <message>
        <source>in {periods} ({first} … {last})</source>
        <translation>{periods} ({first} … {last})</translation>
    </message>
    <message numerus="yes">
        <source>%n periods</source>
        <translation>
            <numerusform>%n кезеңде</numerusform>
            <numerusform>%n кезеңде</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Infeasible</name>
    <message>
        <source>No schedule meets every hard requirement with inflow set &apos;{name}&apos; when each intake takes what reaches it before water passes on (the simulator&apos;s rule).</source>
        <translation>&apos;{name}&apos; ағын нұсқасында әр су алғыш өзіне жеткен суды төмен өткізбес бұрын алса (модель ережесі), бірде-бір кесте барлық қатаң шектеулерді қанағаттандырмайды.</translation>
    </message>
    <message>
        <source>No schedule meets every hard requirement with inflow set &apos;{name}&apos;.</source>
        <translation>&apos;{name}&apos; ағын нұсқасында бірде-бір кесте барлық қатаң шектеулерді қанағаттандырмайды.</translation>
    </message>
    <message>
        <source> Even with every requirement relaxed the water balance cannot close (evaporation and seepage exceed the water available?).</source>
        <translation> Барлық шектеулерді әлсіреткенде де су балансы жинақталмайды (булану мен сүзілу қолда бар судан асады ма?).</translation>
    </message>
    <message>
        <source>To make it solvable, at least this much would have to give way:</source>
        <translation>Есеп шешілуі үшін кемінде мынаны жеңілдету керек:</translation>
    </message>
    <message>
        <source>  - {requirement}: short by {amount} {unit} in total</source>
        <translation>  - {requirement}: барлығы {amount} {unit} жетпейді</translation>
    </message>
    <message>
        <source>It conflicts with:</source>
        <translation>Ол мыналарға қайшы келеді:</translation>
    </message>
    <message>
        <source>Make one of them soft (&quot;hard&quot;: false with a penalty) or relax it.</source>
        <translation>Олардың бірін жұмсақ етіңіз (&quot;hard&quot;: false айыппұлмен) немесе әлсіретіңіз.</translation>
    </message>
</context>
<context>
    <name>Objectives</name>
    <message>
        <source>irrigation shortfall</source>
        <translation>суаруға су тапшылығы</translation>
    </message>
    <message>
        <source>minimum-flow deficit</source>
        <translation>ең аз өтім тапшылығы</translation>
    </message>
    <message>
        <source>terminal-lake inflow</source>
        <translation>соңғы су айдынына келетін ағын</translation>
    </message>
    <message>
        <source>hydropower energy</source>
        <translation>СЭС электр энергиясын өндіру</translation>
    </message>
    <message>
        <source>carry-over storage deficit</source>
        <translation>ауыспалы қор тапшылығы</translation>
    </message>
    <message>
        <source>spill</source>
        <translation>бос төгу</translation>
    </message>
    <message>
        <source>value of releases</source>
        <translation>су жіберудің құндылығы</translation>
    </message>
    <message>
        <source>largest shortage share (fair sharing)</source>
        <translation>тапшылықтың ең үлкен үлесі (әділ бөлу)</translation>
    </message>
    <message>
        <source>terminal-lake inflow deficit below {volume} Mm³</source>
        <translation>соңғы су айдынына келетін ағынның {volume} млн м³-ден төмен тапшылығы</translation>
    </message>
    <message>
        <source> (priority-weighted)</source>
        <translation> (басымдық бойынша салмақталған)</translation>
    </message>
    <message>
        <source> at {nodes}</source>
        <translation> ({nodes})</translation>
    </message>
    <message>
        <source> in {country}</source>
        <translation> ({country} елі)</translation>
    </message>
    <message>
        <source>, winter</source>
        <translation>, қыс</translation>
    </message>
    <message>
        <source>, summer</source>
        <translation>, жаз</translation>
    </message>
</context>
<context>
    <name>Optimiser</name>
    <message>
        <source>units of value</source>
        <translation>құндылық бірл.</translation>
    </message>
    <message>
        <source>{unit} of {objectives}</source>
        <translation>{unit} ({objectives})</translation>
    </message>
    <message>
        <source>objective units</source>
        <translation>мақсат функциясы бірл.</translation>
    </message>
    <message>
        <source>simulating the input schedule</source>
        <translation>бастапқы кестені есептеу</translation>
    </message>
    <message>
        <source>done</source>
        <translation>дайын</translation>
    </message>
    <message>
        <source>The optimiser found nothing better than the input schedule (the linearisation misled it); the input is returned unchanged.</source>
        <translation>Оңтайландырғыш бастапқы кестеден жақсысын таппады (сызықтандыру оны адастырды); бастапқы кесте өзгеріссіз қайтарылды.</translation>
    </message>
    <message>
        <source>Successive LP {stopping}.</source>
        <translation>Тізбекті СБ: {stopping}.</translation>
    </message>
    <message>
        <source>This scenario shares shortages in proportion (the ICWC rule); the optimiser&apos;s linear programme plans deliveries upstream-first (each intake takes what reaches it before water passes on), and its self-check compares with that. The figures after are the simulator&apos;s under the scenario&apos;s own rule</source>
        <translation>Бұл сценарийде тапшылық пропорционалды бөлінеді (МКВК ережесі); оңтайландырғыштың сызықтық бағдарламасы су беруді жоғарыдан төмен жоспарлайды (әр су алғыш өзіне жеткен суды төмен өткізбес бұрын алады), өзін-өзі тексеру де осымен салыстырады. «Кейінгі» көрсеткіштер — сценарийдің өз ережесі бойынша модель нәтижелері</translation>
    </message>
    <message>
        <source>: here both rules deliver the same.</source>
        <translation>: мұнда екі ереже де бірдей су береді.</translation>
    </message>
    <message>
        <source>: with the optimised schedule they deliver up to {volume} Mm³ differently ({demand}, {period}). A fair_shortfall objective makes the optimiser value sharing a shortage evenly.</source>
        <translation>: оңтайландырылған кестеде олар бойынша су беру {volume} млн м³ дейін ерекшеленеді ({demand}, {period}). «Тапшылықтың ең үлкен үлесі» мақсаты оңтайландырғышты тапшылықты біркелкі бөлуді бағалауға мәжбүрлейді.</translation>
    </message>
    <message>
        <source>the network has no nodes: there is nothing to optimise</source>
        <translation>сұлбада тораптар жоқ: оңтайландыратын ештеңе жоқ</translation>
    </message>
    <message>
        <source>unknown inflow set &apos;{name}&apos;; this scenario defines: {sets}</source>
        <translation>&apos;{name}&apos; ағын нұсқасы белгісіз; бұл сценарийде бар нұсқалар: {sets}</translation>
    </message>
    <message>
        <source>decision reservoir &apos;{id}&apos; is not in the network</source>
        <translation>&apos;{id}&apos; басқарылатын су қоймасы сұлбада жоқ</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is not a reservoir</source>
        <translation>&apos;{id}&apos; су қоймасы емес</translation>
    </message>
    <message>
        <source>{name} follows its demand-following rule, so it has no release schedule to optimise: set its operating rule to &apos;schedule&apos; to let the optimiser decide its releases, or take it out of the decision reservoirs</source>
        <translation>{name} «су қажеттілігі бойынша» ережесімен жұмыс істейді, сондықтан оңтайландыратын су жіберу кестесі жоқ: су жіберуді оңтайландырғыш анықтауы үшін реттеу ережесін «Су жіберу кестесі» етіп беріңіз немесе оны басқарылатын су қоймаларынан шығарыңыз</translation>
    </message>
    <message>
        <source>{name} follows its guide-curve rule, so it has no release schedule to optimise: set its operating rule to &apos;schedule&apos; to let the optimiser decide its releases, or take it out of the decision reservoirs</source>
        <translation>{name} диспетчерлік кесте бойынша жұмыс істейді, сондықтан оңтайландыратын су жіберу кестесі жоқ: су жіберуді оңтайландырғыш анықтауы үшін реттеу ережесін «Су жіберу кестесі» етіп беріңіз немесе оны басқарылатын су қоймаларынан шығарыңыз</translation>
    </message>
    <message>
        <source>{name} has a buffer zone: while its storage is in it the simulator cuts the release to the buffer release, whatever the schedule says, and the optimiser cannot plan around that cut. Remove the buffer zone from its rule to let the optimiser decide its releases, or take it out of the decision reservoirs (it is then held to what it released in the plan)</source>
        <translation>{name} су қоймасында буферлік аймақ бар: көлем сонда тұрғанда модель кестеге қарамастан су жіберуді буферлік деңгейге дейін азайтады, ал оңтайландырғыш мұны ескере алмайды. Су жіберуді оңтайландырғыш анықтауы үшін ережеден буферлік аймақты алып тастаңыз немесе су қоймасын басқарылатындардан шығарыңыз (сонда оның су жіберуі жоспардағыдай қалады)</translation>
    </message>
    <message>
        <source>stopped after {count} iterations without meeting the tolerance</source>
        <translation>{count} итерациядан кейін тоқтатылды, дәлдікке жетпеді</translation>
    </message>
    <message>
        <source>No schedule meets every hard requirement when each intake takes what reaches it before water passes on (the simulator&apos;s rule). Relax a requirement, or set the optimisation section&apos;s allocation to &quot;free&quot;.</source>
        <translation>Әр су алғыш өзіне жеткен суды төмен өткізбес бұрын алса (модель ережесі), бірде-бір кесте барлық қатаң шектеулерді қанағаттандырмайды. Шектеуді әлсіретіңіз немесе оңтайландыру бөлімінде allocation = &quot;free&quot; етіп беріңіз.</translation>
    </message>
    <message>
        <source>stopped: the linearisation around the last schedule is infeasible</source>
        <translation>тоқтатылды: соңғы кесте маңындағы сызықтандырудың мүмкін шешімі жоқ</translation>
    </message>
    <message>
        <source>LP {iteration}: objective {objective}, LP–simulation gap {gap} Mm³</source>
        <translation>СБ {iteration}: мақсат функциясы {objective}, СБ мен модель айырмасы {gap} млн м³</translation>
    </message>
    <message>
        <source>converged</source>
        <translation>жинақталды</translation>
    </message>
    <message>
        <source>converged (trust region exhausted)</source>
        <translation>жинақталды (сенім аймағы таусылды)</translation>
    </message>
    <message>
        <source>trust region exhausted</source>
        <translation>сенім аймағы таусылды</translation>
    </message>
    <message>
        <source>trust region exhausted before the LP met the simulation</source>
        <translation>СБ модельмен сәйкес келгенше сенім аймағы таусылды</translation>
    </message>
    <message>
        <source>the optimiser produced no schedule</source>
        <translation>оңтайландырғыш кесте бермеді</translation>
    </message>
    <message>
        <source>the problem is unbounded: some objective can improve without limit (is a value per unit of release attached to a reservoir whose release has no upper limit and no water limit?)</source>
        <translation>есеп шектелмеген: қандай да бір мақсат шексіз жақсара алады (су жіберуі жоғарыдан да, су қорымен де шектелмеген су қоймасына су жіберу бірлігінің құндылығы берілмеген бе?)</translation>
    </message>
    <message>
        <source>the solver hit its iteration or time limit before finding the optimum</source>
        <translation>шешуші оптимумды таппай, итерация не уақыт лимитіне жетті</translation>
    </message>
    <message>
        <source>the solver could not solve the problem ({reason})</source>
        <translation>шешуші есепті шеше алмады ({reason})</translation>
    </message>
</context>
<context>
    <name>Precheck</name>
    <message>
        <source>about {variables} variables, {constraints} constraints and {nonzeros} non-zero coefficients</source>
        <translation>шамамен {variables} айнымалы, {constraints} шектеу және {nonzeros} нөлдік емес коэффициент</translation>
    </message>
    <message>
        <source>{count} month periods</source>
        <translation>{count} айлық кезең</translation>
    </message>
    <message>
        <source>{count} dekad periods</source>
        <translation>{count} онкүндік</translation>
    </message>
    <message>
        <source>{count} day periods</source>
        <translation>{count} тәуліктік кезең</translation>
    </message>
    <message>
        <source>the problem is too large to optimise on this machine: {periods} × {nodes} nodes give {size}, more than the {limit} non-zeros the optimiser attempts. Aggregate the scenario to a coarser time step (monthly instead of daily or dekadal), shorten the horizon (optimise a few water years at a time), or fix the releases of some reservoirs (decision_reservoirs).</source>
        <translation>есеп бұл компьютерде оңтайландыру үшін тым үлкен: {periods} × {nodes} торап {size} береді, бұл оңтайландырғыштың {limit} нөлдік емес коэффициент шегінен көп. Сценарийдің уақыт қадамын ірілендіріңіз (тәулік не онкүндік орнына ай), есептік кезеңді қысқартыңыз (бірнеше су шаруашылық жылынан оңтайландырыңыз) немесе кейбір су қоймаларының су жіберуін бекітіңіз (decision_reservoirs).</translation>
    </message>
    <message>
        <source>the network has no reservoir: there is no release schedule to optimise</source>
        <translation>сұлбада су қоймасы жоқ: оңтайландыратын су жіберу кестесі жоқ</translation>
    </message>
    <message>
        <source>every reservoir follows a demand-following or guide-curve rule or has a buffer zone: there is no release schedule to optimise (set a reservoir&apos;s operating rule to &apos;schedule&apos;, without a buffer zone, to optimise it)</source>
        <translation>барлық су қоймалары «су қажеттілігі бойынша» ережесімен не диспетчерлік кесте бойынша жұмыс істейді немесе буферлік аймағы бар: оңтайландыратын су жіберу кестесі жоқ (су қоймасын оңтайландыру үшін оған буферлік аймақсыз «Су жіберу кестесі» реттеу ережесін беріңіз)</translation>
    </message>
    <message>
        <source>no reservoir is a decision (decision_reservoirs is empty): there is no release schedule to optimise</source>
        <translation>басқарылатын су қоймалары жоқ (decision_reservoirs бос): оңтайландыратын су жіберу кестесі жоқ</translation>
    </message>
    <message>
        <source>{names} follows an operating rule (or a buffer zone) below {upstream}: the optimiser follows the rule&apos;s answer to what the schedule sends down (on a guide curve it releases what keeps the storage on the curve; elsewhere it holds the release the rule gave the previous schedule), and the LPs repeat until optimiser and simulator agree.</source>
        <translation>{upstream} төменіндегі {names} реттеу ережесімен жұмыс істейді (немесе буферлік аймағы бар): оңтайландырғыш кесте жоғарыдан жіберетін суға ереженің жауабын ұстанады (диспетчерлік кестеде су жіберу көлемді қисықта ұстайды; басқа жағдайда ереже алдыңғы кестеде берген су жіберу сақталады), ал СБ оңтайландырғыш пен модель сәйкес келгенше қайталанады.</translation>
    </message>
    <message>
        <source>{names} follow an operating rule (or a buffer zone) below {upstream}: the optimiser follows the rule&apos;s answer to what the schedule sends down (on a guide curve it releases what keeps the storage on the curve; elsewhere it holds the release the rule gave the previous schedule), and the LPs repeat until optimiser and simulator agree.</source>
        <translation>{upstream} төменіндегі {names} реттеу ережелерімен жұмыс істейді (немесе буферлік аймақтары бар): оңтайландырғыш кесте жоғарыдан жіберетін суға ереженің жауабын ұстанады (диспетчерлік кестеде су жіберу көлемді қисықта ұстайды; басқа жағдайда ереже алдыңғы кестеде берген су жіберу сақталады), ал СБ оңтайландырғыш пен модель сәйкес келгенше қайталанады.</translation>
    </message>
    <message>
        <source>the minimum flow at {name} asks for {asked} Mm³ over the horizon, but at most {water} Mm³ can reach it (all inflow upstream plus all water stored upstream at the start): short by {short} Mm³ whatever the schedule</source>
        <translation>{name} тұсындағы ең аз өтім есептік кезеңде {asked} млн м³ талап етеді, бірақ оған ең көбі {water} млн м³ жете алады (жоғарыдағы барлық келетін ағын мен жоғарыдағы барлық бастапқы су қоры): кез келген кестеде {short} млн м³ жетпейді</translation>
    </message>
    <message>
        <source>the minimum flow at {name} asks in {period} for {asked} Mm³, but at most {possible} Mm³ can pass then (inflow plus the most the reservoirs upstream can release): short by {short} Mm³ in {count} period(s) whatever the schedule</source>
        <translation>{name} тұсындағы ең аз өтім {period} кезеңінде {asked} млн м³ талап етеді, бірақ онда ең көбі {possible} млн м³ өте алады (келетін ағын және жоғарыдағы су қоймаларының ең көп су жіберуі): кез келген кестеде {short} млн м³ жетпейді (кезеңдер: {count})</translation>
    </message>
    <message>
        <source>A minimum flow is physically impossible with inflow set &apos;{name}&apos;:</source>
        <translation>&apos;{name}&apos; ағын нұсқасында ең аз өтімге физикалық тұрғыдан қол жеткізу мүмкін емес:</translation>
    </message>
    <message>
        <source>Lower the required minimum flow (is its unit right?) or check the inflows.</source>
        <translation>Талап етілетін ең аз өтімді төмендетіңіз (өлшем бірлігі дұрыс па?) немесе келетін ағынды тексеріңіз.</translation>
    </message>
</context>
<context>
    <name>Quantities</name>
    <message>
        <source>Storage (end of period)</source>
        <translation>Көлем (кезең соңында)</translation>
    </message>
    <message>
        <source>Water level (end of period)</source>
        <translation>Су деңгейі (кезең соңында)</translation>
    </message>
    <message>
        <source>Inflow</source>
        <translation>Келетін ағын</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Су жіберу</translation>
    </message>
    <message>
        <source>Spill / outflow over crest</source>
        <translation>Бос төгу / жал арқылы ағып кету</translation>
    </message>
    <message>
        <source>Outflow downstream</source>
        <translation>Төменге ағып кету</translation>
    </message>
    <message>
        <source>Evaporation</source>
        <translation>Булану</translation>
    </message>
    <message>
        <source>Precipitation</source>
        <translation>Жауын-шашын</translation>
    </message>
    <message>
        <source>Seepage</source>
        <translation>Сүзілу</translation>
    </message>
    <message>
        <source>Abstraction to demands</source>
        <translation>Су тұтынушыларға су алу</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Су қажеттілігі</translation>
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
        <source>Return flow</source>
        <translation>Қайтарма ағын</translation>
    </message>
    <message>
        <source>Drainage store (end of period)</source>
        <translation>Коллекторлық-дренаждық ағын қоры (кезең соңында)</translation>
    </message>
    <message>
        <source>Minimum-flow deficit</source>
        <translation>Ең аз өтім тапшылығы</translation>
    </message>
    <message>
        <source>Turbine flow</source>
        <translation>Турбиналар арқылы өтім</translation>
    </message>
    <message>
        <source>Net head</source>
        <translation>Пайдалы арын</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Электр энергиясын өндіру</translation>
    </message>
    <message>
        <source>Flow entering the link</source>
        <translation>Учаскеге кіретін өтім</translation>
    </message>
    <message>
        <source>Loss on the link</source>
        <translation>Учаскедегі шығын</translation>
    </message>
    <message>
        <source>Flow arriving from the link</source>
        <translation>Учаскеден келетін өтім</translation>
    </message>
    <message>
        <source>Flow above the link&apos;s capacity</source>
        <translation>Учаскенің өткізу қабілетінен асқан өтім</translation>
    </message>
    <message>
        <source>Run-of-river turbine flow</source>
        <translation>Арналық СЭС турбиналары арқылы өтім</translation>
    </message>
    <message>
        <source>Run-of-river energy</source>
        <translation>Арналық СЭС өндірісі</translation>
    </message>
</context>
<context>
    <name>Record</name>
    <message>
        <source>the robust optimiser ({measure} over {members} of &apos;{ensemble}&apos;)</source>
        <translation>орнықты оңтайландыру (&apos;{ensemble}&apos; ансамблінің {members} бойынша {measure})</translation>
    </message>
    <message>
        <source>the optimiser</source>
        <translation>оңтайландырғыш</translation>
    </message>
    <message>
        <source>a trade-off point</source>
        <translation>ымыра нүктесі</translation>
    </message>
    <message>
        <source>point {point} of {points} of the trade-off between {a} and {b}</source>
        <translation>{a} мен {b} арасындағы ымыраның {points} нүктесінің {point}-нүктесі</translation>
    </message>
</context>
<context>
    <name>Requirements</name>
    <message>
        <source>the simulator&apos;s intake rule at {name} (its demands are served before water passes on)</source>
        <translation>{name} тұсындағы модельдің су алу ережесі (су тұтынушылар су төмен өтпес бұрын қамтамасыз етіледі)</translation>
    </message>
    <message>
        <source>{name} turbine flow at most the turbines&apos; capacity {flow} m³/s</source>
        <translation>{name}: турбиналар арқылы өтім турбиналардың өткізу қабілетінен ({flow} м³/с) аспайды</translation>
    </message>
    <message>
        <source>{name} power at most its installed {power} MW</source>
        <translation>{name}: қуат белгіленген {power} МВт қуаттан аспайды</translation>
    </message>
    <message>
        <source>{name} turbine flow within the flow of its reach</source>
        <translation>{name}: турбиналар арқылы өтім учаске өтімі шегінде</translation>
    </message>
    <message>
        <source>energy of {name}</source>
        <translation>{name} өндірісі</translation>
    </message>
    <message>
        <source>minimum flow at {name}</source>
        <translation>{name} тұсындағы ең аз өтім</translation>
    </message>
    <message>
        <source>{name} release against the input schedule</source>
        <translation>{name}: бастапқы кестеге қатысты су жіберу</translation>
    </message>
    <message>
        <source>{name} change of release</source>
        <translation>{name}: су жіберудің өзгеруі</translation>
    </message>
    <message>
        <source>{name} storage at most its capacity {volume} Mm³</source>
        <translation>{name}: көлем толық көлемнен ({volume} млн м³) аспайды</translation>
    </message>
    <message>
        <source>{name} release at most its maximum</source>
        <translation>{name}: су жіберу ең көбінен аспайды</translation>
    </message>
    <message>
        <source>{name} release at most its fixed schedule</source>
        <translation>{name}: су жіберу бекітілген кестеден аспайды</translation>
    </message>
    <message>
        <source>intake of {name} at most its demand and its limit</source>
        <translation>{name} су алуы су қажеттілігі мен лимиттен аспайды</translation>
    </message>
    <message>
        <source>intake of {name} at most its demand</source>
        <translation>{name} су алуы су қажеттілігінен аспайды</translation>
    </message>
    <message>
        <source>shortfall of {name}</source>
        <translation>{name} тапшылығы</translation>
    </message>
    <message>
        <source>water balance of {name}</source>
        <translation>{name} су балансы</translation>
    </message>
    <message>
        <source>{name} below its outflow crest</source>
        <translation>{name}: төгу жалынан төмен</translation>
    </message>
    <message>
        <source>{name} outflow at most the outlet capacity</source>
        <translation>{name}: ағып кету шығару құрылысының өткізу қабілетінен аспайды</translation>
    </message>
    <message>
        <source>routing below {name}</source>
        <translation>{name} төменгі ағынды бөлу</translation>
    </message>
    <message>
        <source>water balance at {name}</source>
        <translation>{name} тұсындағы су балансы</translation>
    </message>
    <message>
        <source>return flow of {name}</source>
        <translation>{name} қайтарма ағыны</translation>
    </message>
    <message>
        <source>drainage store of {name}</source>
        <translation>{name} коллекторлық-дренаждық ағын қоры</translation>
    </message>
    <message>
        <source>equal-priority demands at {name} share in proportion to demand</source>
        <translation>{name} тұсындағы басымдығы бірдей су тұтынушылар суды су қажеттілігіне пропорционалды бөледі</translation>
    </message>
    <message>
        <source>{name} turbine flow within its release</source>
        <translation>{name}: турбиналар арқылы өтім су жіберу шегінде</translation>
    </message>
    <message>
        <source>reservoirs stay above their dead storage</source>
        <translation>су қоймалары өлі көлемнен төмен босатылмайды</translation>
    </message>
    <message>
        <source>reservoirs release at least their minimum release</source>
        <translation>су қоймаларынан су жіберу ең азынан кем емес</translation>
    </message>
    <message>
        <source>reservoirs stay below their flood-control curve</source>
        <translation>су қоймалары су тасқынына қарсы қисықтан жоғары емес</translation>
    </message>
    <message>
        <source>river links carry at most their capacity</source>
        <translation>өзен учаскелері өткізу қабілетінен артық өткізбейді</translation>
    </message>
    <message>
        <source>{names} storage within its rule-curve band</source>
        <translation>{names}: көлем диспетчерлік кесте дәлізінде</translation>
    </message>
    <message>
        <source>{names} storage at least its operating minimum {volume} Mm³</source>
        <translation>{names}: көлем пайдалану минимумынан ({volume} млн м³) кем емес</translation>
    </message>
    <message>
        <source>{names} release within its planned bounds</source>
        <translation>{names}: су жіберу жоспарлы шектерде</translation>
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
        <translation>{names}: су жіберу бір кезеңде {limit} артық өзгермейді</translation>
    </message>
    <message>
        <source>{names} ends the horizon with at least its start storage</source>
        <translation>{names}: есептік кезеңнің соңында көлем бастапқыдан кем емес</translation>
    </message>
    <message>
        <source>{names} ends the horizon with at least {volume} Mm³</source>
        <translation>{names}: есептік кезеңнің соңында көлем {volume} млн м³-ден кем емес</translation>
    </message>
    <message>
        <source>{names} ends the horizon with at least its start storage {volume} Mm³ (default carry-over)</source>
        <translation>{names}: есептік кезеңнің соңында көлем бастапқы {volume} млн м³-ден кем емес (әдепкі ауыспалы қор)</translation>
    </message>
    <message>
        <source>plants of {country}</source>
        <translation>{country} елінің СЭС-тері</translation>
    </message>
    <message>
        <source>all plants</source>
        <translation>барлық СЭС</translation>
    </message>
    <message>
        <source>{plants} generate at least {energy} MWh in every period{season}</source>
        <translation>{plants}: әр кезеңде{season} өндіріс {energy} МВт·сағ-тан кем емес</translation>
    </message>
    <message>
        <source>{plants} generate at least {energy} MWh in total{season}</source>
        <translation>{plants}: жиынтық өндіріс{season} {energy} МВт·сағ-тан кем емес</translation>
    </message>
    <message>
        <source>{names} receives at least {volume} Mm³{season}</source>
        <translation>{names}: келетін ағын{season} {volume} млн м³-ден кем емес</translation>
    </message>
    <message>
        <source>{country}&apos;s withdrawals at most its vegetation-season (Apr–Sep) ICWC limit (each water year&apos;s season separately)</source>
        <translation>{country} елінің су алуы МКВК-ның вегетациялық кезеңге (сәу–қыр) арналған лимитінен аспайды (әр су шаруашылық жылының маусымы бөлек)</translation>
    </message>
    <message>
        <source>{country}&apos;s withdrawals at most its non-vegetation-season (Oct–Mar) ICWC limit (each water year&apos;s season separately)</source>
        <translation>{country} елінің су алуы МКВК-ның вегетацияаралық кезеңге (қаз–нау) арналған лимитінен аспайды (әр су шаруашылық жылының маусымы бөлек)</translation>
    </message>
    <message>
        <source>{country}&apos;s withdrawals at most its seasonal ICWC limit in every season it has one (each water year&apos;s season separately)</source>
        <translation>{country} елінің су алуы лимит берілген әр маусымда МКВК-ның маусымдық лимитінен аспайды (әр су шаруашылық жылының маусымы бөлек)</translation>
    </message>
    <message>
        <source> in winter</source>
        <translation> қысқы кезеңде</translation>
    </message>
    <message>
        <source> in summer</source>
        <translation> жазғы кезеңде</translation>
    </message>
    <message>
        <source>flow on {link} at most its capacity</source>
        <translation>{link} учаскесіндегі өтім өткізу қабілетінен аспайды</translation>
    </message>
    <message>
        <source>{name} storage at least its dead storage {volume} Mm³</source>
        <translation>{name}: көлем өлі көлемнен ({volume} млн м³) кем емес</translation>
    </message>
    <message>
        <source>{name} release at least its minimum</source>
        <translation>{name}: су жіберу ең азынан кем емес</translation>
    </message>
    <message>
        <source>{name} storage at most its flood-control curve</source>
        <translation>{name}: көлем су тасқынына қарсы қисықтан жоғары емес</translation>
    </message>
    <message>
        <source>{name} storage at least its rule curve minimum</source>
        <translation>{name}: көлем диспетчерлік кестенің төменгі шегінен кем емес</translation>
    </message>
    <message>
        <source>{name} storage at most its rule curve maximum</source>
        <translation>{name}: көлем диспетчерлік кестенің жоғарғы шегінен аспайды</translation>
    </message>
    <message>
        <source>{name} release at least its release bounds minimum</source>
        <translation>{name}: су жіберу жоспарлы төменгі шектен кем емес</translation>
    </message>
    <message>
        <source>{name} release at most its release bounds maximum</source>
        <translation>{name}: су жіберу жоспарлы жоғарғы шектен аспайды</translation>
    </message>
    <message>
        <source>{name} storage at least its operating minimum {volume} Mm³</source>
        <translation>{name}: көлем пайдалану минимумынан ({volume} млн м³) кем емес</translation>
    </message>
    <message>
        <source>{name} end storage at least {volume} Mm³</source>
        <translation>{name}: соңғы көлем {volume} млн м³-ден кем емес</translation>
    </message>
    <message>
        <source>{name} end storage at least its start storage {volume} Mm³ (default carry-over)</source>
        <translation>{name}: соңғы көлем бастапқы {volume} млн м³-ден кем емес (әдепкі ауыспалы қор)</translation>
    </message>
    <message>
        <source>{name} release may rise by at most {limit} {unit} per period</source>
        <translation>{name}: су жіберу бір кезеңде {limit} {unit} артық өспейді</translation>
    </message>
    <message>
        <source>{name} release may fall by at most {limit} {unit} per period</source>
        <translation>{name}: су жіберу бір кезеңде {limit} {unit} артық азаймайды</translation>
    </message>
    <message>
        <source>{name} release at most what its rule releases</source>
        <translation>{name}: су жіберу реттеу ережесі бойынша жіберілетіннен аспайды</translation>
    </message>
    <message>
        <source>{name} storage on its guide curve</source>
        <translation>{name}: көлем диспетчерлік кестеде</translation>
    </message>
    <message>
        <source>shortage share of {name}</source>
        <translation>{name} тапшылық үлесі</translation>
    </message>
    <message>
        <source>inflow to {name} against its target {volume} Mm³</source>
        <translation>{name} келетін ағыны мақсатты {volume} млн м³-ге қатысты</translation>
    </message>
    <message>
        <source>{name} end storage against its target {volume} Mm³</source>
        <translation>{name}: соңғы көлем мақсатты {volume} млн м³-ге қатысты</translation>
    </message>
    <message>
        <source>{name} full while it spills</source>
        <translation>{name}: бос төгу кезінде толы</translation>
    </message>
    <message>
        <source>{name} cumulative release near the last schedule</source>
        <translation>{name}: жиынтық су жіберу соңғы кестеге жақын</translation>
    </message>
    <message>
        <source>{name}: member {member}&apos;s release is the schedule less what its storage cannot give</source>
        <translation>{name}: {member}-іске асырудың жіберілімі — кесте, оның көлемі бере алмайтынын шегергенде</translation>
    </message>
    <message>
        <source>{measure} excess of member&apos;s {objective} over the value at risk</source>
        <translation>{measure}: іске асырудың {objective} шамасының VaR тәуекел өлшемінен асуы</translation>
    </message>
    <message>
        <source>objective</source>
        <translation>мақсат функциясы</translation>
    </message>
    <message>
        <source>{name} storage at least its floor {volume} Mm³</source>
        <translation>{name}: көлем төменгі шегінен {volume} млн м³ кем емес</translation>
    </message>
</context>
<context>
    <name>RiskEvents</name>
    <message>
        <source>{name} receives more than {volume} Mm³ from {source}</source>
        <translation>{name} ішіне {source} тарапынан {volume} млн м³-ден астам су түседі</translation>
    </message>
    <message>
        <source>{name} receives more than {volume} Mm³ (all sources)</source>
        <translation>{name} ішіне {volume} млн м³-ден астам су түседі (барлық көздерден)</translation>
    </message>
    <message>
        <source>{name} receives water from {source}</source>
        <translation>{name} ішіне {source} тарапынан су түседі</translation>
    </message>
    <message>
        <source>{name} receives water (all sources)</source>
        <translation>{name} ішіне су түседі (барлық көздерден)</translation>
    </message>
    <message>
        <source>{name} below its operating minimum ({volume} Mm³)</source>
        <translation>{name} пайдалану минимумынан төмен ({volume} млн м³)</translation>
    </message>
    <message>
        <source>{name} spills over its crest ({level} m)</source>
        <translation>{name}: жал арқылы асып төгілу ({level} м)</translation>
    </message>
</context>
<context>
    <name>RiskMeasure</name>
    <message>
        <source>risk measure &apos;{kind}&apos; is not known: use {kinds}</source>
        <translation>&apos;{kind}&apos; тәуекел өлшемі белгісіз: {kinds} қолданыңыз</translation>
    </message>
    <message>
        <source>CVaR level α = {alpha} is outside [0, 1): 0.9 means the mean of the worst 10 % of the members</source>
        <translation>CVaR деңгейі α = {alpha} [0, 1) аралығынан тыс: 0.9 — ең нашар 10 % іске асырулардың орташасы</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>орташа</translation>
    </message>
    <message>
        <source>CVaR {pct} %</source>
        <translation>CVaR {pct} %</translation>
    </message>
    <message>
        <source>&apos;{label}&apos;: the CVaR level {pct} % is outside 0 to 100 % (cvar90 is the mean of the worst 10 % of the members)</source>
        <translation>&apos;{label}&apos;: CVaR деңгейі {pct} % 0 мен 100 % аралығынан тыс (cvar90 — ең нашар 10 % іске асырулардың орташасы)</translation>
    </message>
</context>
<context>
    <name>RiskOptions</name>
    <message>
        <source>threshold: {pct} % is not between 0 and 100 %</source>
        <translation>шек: {pct} % 0 мен 100 % аралығында емес</translation>
    </message>
    <message>
        <source>failure tolerance: {pct} % is not in [0, 100) %</source>
        <translation>сәтсіздік төзімділігі: {pct} % [0, 100) % аралығында емес</translation>
    </message>
    <message>
        <source>sink volume threshold must be ≥ 0 Mm³</source>
        <translation>жүйеден шығу көлемінің шегі ≥ 0 млн м³ болуы керек</translation>
    </message>
    <message>
        <source>energy histogram needs at least one bin</source>
        <translation>өндіріс гистограммасында кемінде бір аралық болуы керек</translation>
    </message>
</context>
<context>
    <name>Robust</name>
    <message>
        <source>input schedule</source>
        <translation>бастапқы кесте</translation>
    </message>
    <message>
        <source>deterministic optimum</source>
        <translation>детерминделген оңтайлы</translation>
    </message>
    <message>
        <source>robust schedule</source>
        <translation>орнықты кесте</translation>
    </message>
    <message>
        <source>Self-check passed for all {count} in-sample members: largest difference between optimiser and simulator {storage} Mm³ storage, {delivery} Mm³ delivery</source>
        <translation>Өзін-өзі тексеру оқыту іріктемесінің барлық іске асыруларында ({count}) өтті: оңтайландырғыш пен модельдің ең үлкен айырмасы — көлем {storage} млн м³, су беру {delivery} млн м³</translation>
    </message>
    <message>
        <source>Self-check not passed in {failed} of {count} in-sample members: the optimiser&apos;s model of them differs from their simulation by up to {storage} Mm³ storage, {delivery} Mm³ delivery. A better schedule may exist; every figure shown for this one is the simulator&apos;s, member by member.</source>
        <translation>Өзін-өзі тексеру оқыту іріктемесінің {count} іске асыруының {failed}-інде өтпеді: оңтайландырғыштың олардың моделі модельдеуден көлем бойынша {storage} млн м³, су беру бойынша {delivery} млн м³ дейін ерекшеленеді. Жақсырақ кесте болуы мүмкін; осы кесте үшін көрсетілген барлық шамалар әр іске асыруды модельдеуден алынған.</translation>
    </message>
    <message>
        <source>  member {member}: {check}</source>
        <translation>  {member}-іске асыру: {check}</translation>
    </message>
    <message>
        <source>the robust problem is too large to optimise on this machine: {members} members × {size} each are more than the {limit} non-zeros the optimiser attempts. Use fewer in-sample members (at most {most}), a coarser time step or a shorter horizon.</source>
        <translation>орнықты есеп бұл компьютер үшін тым үлкен: {members} іске асыру × әрқайсысы {size} — оңтайландырғыштың {limit} нөлдік емес коэффициент шегінен көп. Оқыту іріктемесінің іске асыруларын азайтыңыз (ең көбі {most}), уақыт қадамын ірілендіріңіз немесе есептік кезеңді қысқартыңыз.</translation>
    </message>
    <message>
        <source>drawing the ensemble members</source>
        <translation>ансамбль іске асыруларын іріктеу</translation>
    </message>
    <message>
        <source>No one schedule meets every hard requirement in all {count} in-sample members at once, although each member alone can be met: the members need releases no single schedule gives. Make a requirement soft, or optimise against fewer or less extreme members.</source>
        <translation>Бірде-бір кесте оқыту іріктемесінің барлық {count} іске асыруында барлық қатаң шектеулерді бір мезгілде қанағаттандырмайды, дегенмен әрқайсысы үшін жеке мүмкін: іске асыруларға ешбір ортақ кесте бермейтін су жіберу керек. Шектеуді жұмсақ етіңіз немесе азырақ не онша шеткі емес іске асырулар бойынша оңтайландырыңыз.</translation>
    </message>
    <message>
        <source>the deterministic optimum, for comparison</source>
        <translation>салыстыру үшін детерминделген оңтайлы</translation>
    </message>
    <message>
        <source>No deterministic optimum to compare with: {reason}</source>
        <translation>Салыстыратын детерминделген оңтайлы жоқ: {reason}</translation>
    </message>
    <message>
        <source>measuring the schedules on the members</source>
        <translation>кестелерді іске асыруларда бағалау</translation>
    </message>
    <message>
        <source>The optimiser found nothing better than the input schedule for these members (the linearisation misled it); the input is returned unchanged.</source>
        <translation>Бұл іске асырулар үшін оңтайландырғыш бастапқы кестеден жақсысын таппады (сызықтандыру оны адастырды); бастапқы кесте өзгеріссіз қайтарылды.</translation>
    </message>
    <message>
        <source>member {member}</source>
        <translation>{member}-іске асыру</translation>
    </message>
    <message>
        <source>members must be a whole number, not {value}</source>
        <translation>іске асырулар саны бүтін сан болуы керек, {value} емес</translation>
    </message>
    <message>
        <source>test members must be a whole number, not {value}</source>
        <translation>тексеру іске асыруларының саны бүтін сан болуы керек, {value} емес</translation>
    </message>
    <message>
        <source>a robust schedule needs at least one in-sample member (K = {count})</source>
        <translation>орнықты кестеге оқыту іріктемесінің кемінде бір іске асыруы керек (K = {count})</translation>
    </message>
    <message>
        <source>K = {count} in-sample members make one LP too large: at most {most} (20–100 is usual)</source>
        <translation>оқыту іріктемесінің K = {count} іске асыруы СБ-ны тым үлкен етеді: ең көбі {most} (әдетте 20–100)</translation>
    </message>
    <message>
        <source>out-of-sample members: {count} is not between 0 and {most}</source>
        <translation>тексеру іріктемесінің іске асырулары: {count} 0 мен {most} аралығында емес</translation>
    </message>
    <message>
        <source>threshold {pct} % is not between 0 and 100 %</source>
        <translation>{pct} % шегі 0 мен 100 % аралығында емес</translation>
    </message>
    <message>
        <source>the scenario has no inflow set, so it has no ensemble to optimise against</source>
        <translation>сценарийде ағын нұсқалары жоқ, сондықтан оңтайландыруға ансамбль жоқ</translation>
    </message>
    <message>
        <source>ensemble &apos;{name}&apos; has {members}, fewer than the K = {k} in-sample members asked</source>
        <translation>&apos;{name}&apos; ансамблінде {members} бар — бұл сұралған оқыту іріктемесінің K = {k} іске асыруынан аз</translation>
    </message>
    <message>
        <source>Ensemble &apos;{name}&apos; has {members}: {left} are left for the out-of-sample test (not {asked}).</source>
        <translation>&apos;{name}&apos; ансамблінде {members} бар: тексеру іріктемесіне {left} қалады ({asked} емес).</translation>
    </message>
    <message>
        <source>ensemble &apos;{name}&apos;: {reason}</source>
        <translation>&apos;{name}&apos; ансамблі: {reason}</translation>
    </message>
    <message>
        <source>No one schedule meets every hard requirement in all {count} in-sample members at once. Relax a requirement or make it soft.</source>
        <translation>Бірде-бір кесте оқыту іріктемесінің барлық {count} іске асыруында барлық қатаң шектеулерді бір мезгілде қанағаттандырмайды. Шектеуді әлсіретіңіз немесе жұмсақ етіңіз.</translation>
    </message>
    <message>
        <source>LP {iteration} ({members}): objective {objective}, LP–simulation gap {gap} Mm³</source>
        <translation>СБ {iteration} ({members}): мақсат функциясы {objective}, СБ мен модель айырмасы {gap} млн м³</translation>
    </message>
    <message>
        <source>; the best schedule found was then confirmed with its releases fixed (LP and simulator agree on it in every member)</source>
        <translation>; содан кейін табылған ең жақсы кесте су жіберу бекітілген күйде расталды (СБ мен модель әр іске асыруда сәйкес)</translation>
    </message>
</context>
<context>
    <name>SelfCheck</name>
    <message>
        <source>Self-check passed: largest difference between optimiser and simulator {storage} Mm³ storage, {delivery} Mm³ delivery, {energy} MWh energy</source>
        <translation>Өзін-өзі тексеру өтті: оңтайландырғыш пен модельдің ең үлкен айырмасы — көлем {storage} млн м³, су беру {delivery} млн м³, өндіріс {energy} МВт·сағ</translation>
    </message>
    <message>
        <source>Self-check FAILED: largest difference between optimiser and simulator {storage} Mm³ storage, {delivery} Mm³ delivery, {energy} MWh energy</source>
        <translation>Өзін-өзі тексеру ӨТПЕДІ: оңтайландырғыш пен модельдің ең үлкен айырмасы — көлем {storage} млн м³, су беру {delivery} млн м³, өндіріс {energy} МВт·сағ</translation>
    </message>
    <message>
        <source> (linearised energy off by {gap} MWh)</source>
        <translation> (сызықтандырылған өндіріс {gap} МВт·сағ ерекшеленеді)</translation>
    </message>
    <message>
        <source>; worst at {where}</source>
        <translation>; ең үлкені: {where}</translation>
    </message>
    <message>
        <source>  hard requirement not met in the simulation: {requirement}</source>
        <translation>  модельде қатаң шектеу орындалмады: {requirement}</translation>
    </message>
    <message>
        <source>{name} storage, {period}</source>
        <translation>{name}, көлем, {period}</translation>
    </message>
    <message>
        <source>{name} delivery, {period}</source>
        <translation>{name}, су беру, {period}</translation>
    </message>
    <message>
        <source>compared with the schedule simulated upstream-first, as the optimiser plans deliveries; the scenario shares shortages in proportion</source>
        <translation>оңтайландырғыш су беруді жоспарлайтындай жоғарыдан төмен есептелген кестемен салыстырылды; сценарийде тапшылық пропорционалды бөлінеді</translation>
    </message>
</context>
<context>
    <name>Simulation</name>
    <message>
        <source>unknown inflow set &apos;{name}&apos; (the scenario defines: {sets})</source>
        <translation>&apos;{name}&apos; ағын нұсқасы белгісіз (сценарийде барлары: {sets})</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>{name} (run-of-river)</source>
        <translation>{name} (арналық СЭС)</translation>
    </message>
    <message>
        <source>active storage filled, % (storage above dead storage ÷ active capacity)</source>
        <translation>пайдалы көлемнің толуы, % (өлі көлемнен жоғары көлем ÷ пайдалы көлем)</translation>
    </message>
</context>
<context>
    <name>TradeOff</name>
    <message>
        <source>No trade-off between {a} and {b} here: one schedule reaches the best of both at once ({a} {a_value} {a_unit}, {b} {b_value} {b_unit}).</source>
        <translation>Мұнда {a} мен {b} арасында ымыра жоқ: бір кесте екі мақсаттың да ең жақсы мәніне бірден жетеді ({a} {a_value} {a_unit}, {b} {b_value} {b_unit}).</translation>
    </message>
    <message>
        <source>choose two different objectives</source>
        <translation>екі түрлі оңтайландыру мақсатын таңдаңыз</translation>
    </message>
    <message>
        <source>{objective} no worse than {bound}</source>
        <translation>{objective} {bound} мәнінен нашар емес</translation>
    </message>
    <message>
        <source>optimising {objective} alone</source>
        <translation>тек {objective} бойынша оңтайландыру</translation>
    </message>
    <message>
        <source>done: no trade-off</source>
        <translation>дайын: ымыра жоқ</translation>
    </message>
    <message>
        <source>point {point} of {points}: {objective} {sign} {bound}</source>
        <translation>{points} нүктенің {point}-нүктесі: {objective} {sign} {bound}</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>тоқтатылды</translation>
    </message>
    <message>
        <source>&apos;{label}&apos;: there is no node &apos;{node}&apos;</source>
        <translation>&apos;{label}&apos;: &apos;{node}&apos; торабы жоқ</translation>
    </message>
    <message>
        <source>&apos;{label}&apos;: &apos;{node}&apos; is a {kind}, not a {kinds}</source>
        <translation>&apos;{label}&apos;: &apos;{node}&apos; — {kind}, {kinds} емес</translation>
    </message>
    <message>
        <source>&apos;{label}&apos;: reservoir &apos;{node}&apos; has no hydropower plant</source>
        <translation>&apos;{label}&apos;: &apos;{node}&apos; су қоймасында СЭС жоқ</translation>
    </message>
    <message>
        <source>optimising {objective} alone ({members})</source>
        <translation>тек {objective} бойынша оңтайландыру ({members})</translation>
    </message>
    <message>
        <source>{measure} over {members} of {objective}</source>
        <translation>{members} бойынша {measure}: {objective}</translation>
    </message>
    <message>
        <source>{measure} of {objective} no worse than {bound}</source>
        <translation>{objective} үшін {measure} {bound} мәнінен нашар емес</translation>
    </message>
</context>
<context>
    <name>UnmetTargets</name>
    <message>
        <source>storage at dead level</source>
        <translation>көлем өлі көлем деңгейінде</translation>
    </message>
    <message>
        <source>storage at the operating minimum</source>
        <translation>көлем пайдалану минимумында</translation>
    </message>
    <message>
        <source>storage in the buffer zone (reduced release)</source>
        <translation>көлем буферлік аймақта (су жіберу азайтылған)</translation>
    </message>
    <message>
        <source>above the maximum release</source>
        <translation>ең көп су жіберуден жоғары</translation>
    </message>
    <message>
        <source>below the minimum release</source>
        <translation>ең аз су жіберуден төмен</translation>
    </message>
    <message>
        <source>storage above the flood-control limit</source>
        <translation>көлем су тасқынына қарсы шектен жоғары</translation>
    </message>
    <message>
        <source>{name}, {period}: target {target}, released {released}: {reason}</source>
        <translation>{name}, {period}: тапсырма {target}, жіберілді {released}: {reason}</translation>
    </message>
    <message>
        <source>above the maximum release of {limit}</source>
        <translation>ең көп су жіберуден ({limit}) жоғары</translation>
    </message>
    <message>
        <source>below the minimum release of {limit}</source>
        <translation>ең аз су жіберуден ({limit}) төмен</translation>
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
        <translation>Ағын нұсқасы</translation>
    </message>
    <message>
        <source>First period</source>
        <translation>Бірінші кезең</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Кезеңдер</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Су тұтынушы</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <source>Demand [Mm³]</source>
        <translation>Су қажеттілігі [млн м³]</translation>
    </message>
    <message>
        <source>Delivered [Mm³]</source>
        <translation>Берілді [млн м³]</translation>
    </message>
    <message>
        <source>Shortfall [Mm³]</source>
        <translation>Тапшылық [млн м³]</translation>
    </message>
    <message>
        <source>Shortfall [%]</source>
        <translation>Тапшылық [%]</translation>
    </message>
    <message>
        <source>Reliability [%]</source>
        <translation>Сенімділік [%]</translation>
    </message>
    <message>
        <source>Plant</source>
        <translation>СЭС</translation>
    </message>
    <message>
        <source>Energy [GWh]</source>
        <translation>Өндіріс [ГВт·сағ]</translation>
    </message>
    <message>
        <source>Winter [GWh]</source>
        <translation>Қыс [ГВт·сағ]</translation>
    </message>
    <message>
        <source>Summer [GWh]</source>
        <translation>Жаз [ГВт·сағ]</translation>
    </message>
    <message>
        <source>Received [Mm³]</source>
        <translation>Алынды [млн м³]</translation>
    </message>
    <message>
        <source>Inflow [Mm³]</source>
        <translation>Келетін ағын [млн м³]</translation>
    </message>
    <message>
        <source>End level [m]</source>
        <translation>Соңғы деңгей [м]</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Қорытынды</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Тораптар</translation>
    </message>
    <message>
        <source>Release schedule Mm³</source>
        <translation>Су жіберу кестесі млн м³</translation>
    </message>
    <message>
        <source>Release schedule m³ s</source>
        <translation>Су жіберу кестесі м³ с</translation>
    </message>
</context>
</TS>
