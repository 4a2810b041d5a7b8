<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk" sourcelanguage="en">
<context>
    <name>Countries</name>
    <message>
        <source>Kyrgyzstan</source>
        <translation>Қырғызстан</translation>
    </message>
    <message>
        <source>Tajikistan</source>
        <translation>Тәжікстан</translation>
    </message>
    <message>
        <source>Uzbekistan</source>
        <translation>Өзбекстан</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Қазақстан</translation>
    </message>
    <message>
        <source>Turkmenistan</source>
        <translation>Түрікменстан</translation>
    </message>
    <message>
        <source>Afghanistan</source>
        <translation>Ауғанстан</translation>
    </message>
    <message>
        <source>Oct–Mar (non-vegetation)</source>
        <translation>қаз–нау (вегетацияаралық кезең)</translation>
    </message>
    <message>
        <source>Apr–Sep (vegetation)</source>
        <translation>сәу–қыр (вегетациялық кезең)</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <source>there is no node &apos;{id}&apos;</source>
        <translation>&apos;{id}&apos; торабы жоқ</translation>
    </message>
    <message>
        <source>{what} needs {periods} values, got {count}</source>
        <translation>{what}: {periods} мән керек, ал {count} мән берілді</translation>
    </message>
    <message>
        <source>{what}: value {index} is not a number</source>
        <translation>{what}: {index}-мән сан емес</translation>
    </message>
    <message>
        <source>{what}: value {index} ({value}) is below {minimum}</source>
        <translation>{what}: {index}-мән ({value}) {minimum} шамасынан кіші</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a reservoir: it has no release schedule</source>
        <translation>&apos;{name}&apos; — су қоймасы емес: оның су жіберу кестесі жоқ</translation>
    </message>
    <message>
        <source>period {period} is outside the horizon ({count} periods)</source>
        <translation>{period}-кезең жоспарлау көкжиегінен тыс (кезеңдер саны: {count})</translation>
    </message>
    <message>
        <source>{name} release, {period}</source>
        <translation>{name}, су жіберу, {period}</translation>
    </message>
    <message>
        <source>Set {name} release, {period}</source>
        <translation>Су жіберуді орнату: {name}, {period}</translation>
    </message>
    <message>
        <source>{what}: &apos;{value}&apos; is not a number</source>
        <translation>{what}: &apos;{value}&apos; — сан емес</translation>
    </message>
    <message>
        <source>{what}: expected one number per period</source>
        <translation>{what}: әр кезеңге бір сан күтіледі</translation>
    </message>
    <message>
        <source>{owner} {field}</source>
        <translation>{owner}, {field}</translation>
    </message>
    <message>
        <source>{what} must be yes or no</source>
        <translation>{what}: тек «иә» немесе «жоқ» болуы мүмкін</translation>
    </message>
    <message>
        <source>one series per inflow set</source>
        <translation>әр ағын нұсқасына бір қатар</translation>
    </message>
    <message>
        <source>a level–area–volume table</source>
        <translation>«деңгей – аудан – көлем» қисығы</translation>
    </message>
    <message>
        <source>an operating rule</source>
        <translation>реттеу ережесі</translation>
    </message>
    <message>
        <source>{what} (guide curve)</source>
        <translation>{what} (диспетчерлік кесте)</translation>
    </message>
    <message>
        <source>{what} (buffer zone)</source>
        <translation>{what} (буферлік аймақ)</translation>
    </message>
    <message>
        <source>countries and their shares</source>
        <translation>елдер мен олардың үлестерінің тізімі</translation>
    </message>
    <message>
        <source>run-of-river plants</source>
        <translation>арналық СЭС тізімі</translation>
    </message>
    <message>
        <source>a hydropower plant</source>
        <translation>СЭС</translation>
    </message>
    <message>
        <source>{what}: expected {thing}</source>
        <translation>{what}: {thing} күтіледі</translation>
    </message>
    <message>
        <source>the id of a node cannot be changed here</source>
        <translation>тораптың идентификаторын мұнда өзгертуге болмайды</translation>
    </message>
    <message>
        <source>the kind of a node cannot be changed here</source>
        <translation>тораптың түрін мұнда өзгертуге болмайды</translation>
    </message>
    <message>
        <source>a {kind} has no field &apos;{field}&apos;</source>
        <translation>«{kind}» түріндегі торапта &apos;{field}&apos; өрісі жоқ</translation>
    </message>
    <message>
        <source>{owner}: a position is two numbers, x and y</source>
        <translation>{owner}: орны екі санмен беріледі, x және y</translation>
    </message>
    <message>
        <source>{owner}: position {axis} = {value} is off the drawing (it must be {bound})</source>
        <translation>{owner}: {axis} = {value} координатасы сызбадан тыс (рұқсат етілгені — {bound})</translation>
    </message>
    <message>
        <source>nothing to add</source>
        <translation>қосатын ештеңе жоқ</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is not a valid id (1-64 letters, digits, _ and -)</source>
        <translation>&apos;{id}&apos; — жарамсыз идентификатор (1–64 латын әрпі, цифр, _ және -)</translation>
    </message>
    <message>
        <source>a node with id &apos;{id}&apos; already exists</source>
        <translation>&apos;{id}&apos; идентификаторы бар торап бұрыннан бар</translation>
    </message>
    <message>
        <source>nothing selected to delete</source>
        <translation>жою үшін ештеңе таңдалмаған</translation>
    </message>
    <message>
        <source>cannot link {name} to itself</source>
        <translation>{name}: торапты өзімен байланыстыруға болмайды</translation>
    </message>
    <message>
        <source>{source} already flows into {target}</source>
        <translation>{source} → {target} байланысы бұрыннан бар</translation>
    </message>
    <message>
        <source>{name} is an inflow, a source of the river: nothing can flow into it</source>
        <translation>{name} — келетін ағын, өзеннің бастауы: оған ештеңе құйыла алмайды</translation>
    </message>
    <message>
        <source>{name} is a sink: water leaving the basin cannot flow on</source>
        <translation>{name} — жүйеден шығу: бассейннен кеткен су әрі қарай ақпайды</translation>
    </message>
    <message>
        <source>linking {source} to {target} would make water flow in a circle ({cycle}); a river network must run downhill</source>
        <translation>{source} → {target} байланысы суды сақина бойымен ағызар еді ({cycle}); өзен желісінде су тек төмен қарай ағады</translation>
    </message>
    <message>
        <source>a link with id &apos;{id}&apos; already exists</source>
        <translation>&apos;{id}&apos; идентификаторы бар байланыс бұрыннан бар</translation>
    </message>
    <message>
        <source>the link field &apos;{field}&apos; cannot be set here</source>
        <translation>байланыстың &apos;{field}&apos; өрісін мұнда орнатуға болмайды</translation>
    </message>
    <message>
        <source>there is no link &apos;{id}&apos;</source>
        <translation>&apos;{id}&apos; байланысы жоқ</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an allocation policy (use {policies})</source>
        <translation>&apos;{value}&apos; — бөлу тәсілі емес (рұқсат етілгені: {policies})</translation>
    </message>
    <message>
        <source>expected countries and energy exchanges</source>
        <translation>елдер мен электр энергиясы алмасулары күтіледі</translation>
    </message>
    <message>
        <source>no scenario to apply</source>
        <translation>қолданатын сценарий жоқ</translation>
    </message>
    <message>
        <source>name</source>
        <translation>атауы</translation>
    </message>
    <message>
        <source>description</source>
        <translation>сипаттамасы</translation>
    </message>
    <message>
        <source>author</source>
        <translation>авторы</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>ұйымы</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>ескертпелер</translation>
    </message>
    <message>
        <source>initial state date</source>
        <translation>бастапқы күй күні</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is not a scenario property</source>
        <translation>&apos;{key}&apos; — сценарий қасиеті емес</translation>
    </message>
    <message>
        <source>{field}: {count} characters; at most {limit}</source>
        <translation>{field}: {count} таңба; ең көбі {limit}</translation>
    </message>
    <message>
        <source>the scenario needs a title</source>
        <translation>сценарийдің атауы болуы керек</translation>
    </message>
    <message>
        <source>date of the initial state: &apos;{text}&apos; is not a date (use YYYY-MM-DD, e.g. 2025-10-01)</source>
        <translation>бастапқы күй күні: &apos;{text}&apos; — күн емес (ЖЖЖЖ-АА-КК пішімі, мысалы 2025-10-01)</translation>
    </message>
</context>
<context>
    <name>EnsembleCheck</name>
    <message>
        <source>expected a list of ensembles, found {found}</source>
        <translation>ансамбльдер тізімі күтілді, бірақ {found} берілген</translation>
    </message>
    <message>
        <source>{value} is not a valid name (1-64 letters, digits, _ and -)</source>
        <translation>{value} — жарамсыз атау (1–64 латын әрпі, цифр, _ және -)</translation>
    </message>
    <message>
        <source>ensemble &apos;{name}&apos; is defined twice</source>
        <translation>&apos;{name}&apos; ансамблі екі рет берілген</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>міндетті өріс жоқ</translation>
    </message>
    <message>
        <source>expected an object with a kind ({kinds}), found {found}</source>
        <translation>kind өрісі бар объект ({kinds}) күтілді, бірақ {found} берілген</translation>
    </message>
    <message>
        <source>{value} is not an ensemble source (use one of: {kinds})</source>
        <translation>{value} — ансамбль көзі емес (рұқсат етілгені: {kinds})</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is a {kind}, not an inflow node</source>
        <translation>&apos;{id}&apos; — «{kind}» түріндегі торап, келетін ағын торабы емес</translation>
    </message>
    <message>
        <source>node &apos;{id}&apos; does not exist</source>
        <translation>&apos;{id}&apos; торабы жоқ</translation>
    </message>
    <message>
        <source>{value} is not a generator (use one of: {methods})</source>
        <translation>{value} — генератор емес (рұқсат етілгені: {methods})</translation>
    </message>
    <message>
        <source>{value} is not what a central year can be (use {kinds})</source>
        <translation>{value} орталық жылды анықтай алмайды (рұқсат етілгені: {kinds})</translation>
    </message>
    <message>
        <source>expected an object keyed by inflow node id, found {found}</source>
        <translation>кілттері келетін ағын тораптарының идентификаторлары болатын объект күтілді, бірақ {found} берілген</translation>
    </message>
    <message>
        <source>expected an object with mean_mcm and/or cv, found {found}</source>
        <translation>mean_mcm және/немесе cv бар объект күтілді, бірақ {found} берілген</translation>
    </message>
    <message>
        <source>the dry set cannot be the central set (&apos;{name}&apos;)</source>
        <translation>сусыз нұсқа орталық нұсқамен бірдей бола алмайды (&apos;{name}&apos;)</translation>
    </message>
    <message>
        <source>the central set &apos;{set}&apos; of &apos;{id}&apos; has no water, so it gives no seasonal shape to spread the mean over</source>
        <translation>&apos;{id}&apos; торабының &apos;{set}&apos; орталық нұсқасында су жоқ, сондықтан орташа мәнді жыл ішінде бөлуге болмайды</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; has {dry} Mm³ in the dry set &apos;{dry_set}&apos; but only {central} Mm³ in the central set &apos;{central_set}&apos;: a dry year must have less water (or give the node its cv)</source>
        <translation>&apos;{id}&apos; торабында &apos;{dry_set}&apos; сусыз нұсқасында {dry} млн м³, ал &apos;{central_set}&apos; орталық нұсқасында небәрі {central} млн м³: сусыз жылы су азырақ болуы керек (немесе торапқа cv беріңіз)</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; has no water in the dry set &apos;{dry_set}&apos;: no lognormal distribution has a dry quantile of 0 (give the node its cv)</source>
        <translation>&apos;{id}&apos; торабында &apos;{dry_set}&apos; сусыз нұсқасында су жоқ: логқалыпты үлестірімнің сусыз квантилі 0 бола алмайды (торапқа cv беріңіз)</translation>
    </message>
    <message>
        <source>a record&apos;s members are whole water years, but {why}</source>
        <translation>бақылау қатарының іске асырулары — тұтас су шаруашылық жылдары, бірақ {why}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>бос объект</translation>
    </message>
    <message>
        <source>expected an object: inflow node id → one series per member, found {found}</source>
        <translation>«келетін ағын торабының идентификаторы → әр іске асыруға бір қатар» объектісі күтілді, бірақ {found} берілген</translation>
    </message>
    <message>
        <source>every node needs the same number of members ({counts})</source>
        <translation>барлық тораптарда іске асырулар саны бірдей болуы керек ({counts})</translation>
    </message>
    <message>
        <source>an empty list</source>
        <translation>бос тізім</translation>
    </message>
    <message>
        <source>expected a list of members (each a list of numbers), found {found}</source>
        <translation>іске асырулар тізімі күтілді (әрқайсысы — сандар тізімі), бірақ {found} берілген</translation>
    </message>
    <message>
        <source>expected a list of numbers (member {member}), found {found}</source>
        <translation>сандар тізімі күтілді ({member}-іске асыру), бірақ {found} берілген</translation>
    </message>
    <message>
        <source>member {member} has {count} values but the time base has {periods} periods</source>
        <translation>{member}-іске асыруда {count} мән бар, ал уақыт торында {periods} кезең бар</translation>
    </message>
    <message>
        <source>the members have different lengths</source>
        <translation>іске асырулардың ұзындығы әртүрлі</translation>
    </message>
</context>
<context>
    <name>EnsembleImport</name>
    <message>
        <source>&apos;{id}&apos; is not an inflow node of this scenario</source>
        <translation>&apos;{id}&apos; — осы сценарийдің келетін ағын торабы емес</translation>
    </message>
    <message>
        <source>a file for one node (&apos;{id}&apos;) needs exactly one value column besides member and period or date; it has {count}</source>
        <translation>бір торапқа арналған файлда (&apos;{id}&apos;) іске асыру мен кезең (немесе күн) бағандарынан басқа дәл бір мән бағаны болуы керек; мұнда олардың саны: {count}</translation>
    </message>
    <message>
        <source>&apos;{header}&apos; names no inflow node of this scenario</source>
        <translation>&apos;{header}&apos; осы сценарийдің ешбір келетін ағын торабын атамайды</translation>
    </message>
    <message>
        <source>this column has no header</source>
        <translation>бұл бағанның тақырыбы жоқ</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is already fed by another column</source>
        <translation>&apos;{id}&apos; басқа бағаннан толтырылып қойған</translation>
    </message>
    <message>
        <source>no column names an inflow node</source>
        <translation>ешбір баған келетін ағын торабын атамайды</translation>
    </message>
    <message>
        <source>the member is empty</source>
        <translation>іске асыру көрсетілмеген</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a period number from 1 to {last}</source>
        <translation>&apos;{value}&apos; — 1 мен {last} аралығындағы кезең нөмірі емес</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>сан емес</translation>
    </message>
    <message>
        <source>{value} is negative</source>
        <translation>{value} — теріс мән</translation>
    </message>
    <message>
        <source>member {member} has period {period} twice</source>
        <translation>{member}-іске асыруда {period}-кезең екі рет кездеседі</translation>
    </message>
    <message>
        <source>{listed} and {count} more</source>
        <translation>{listed} және тағы {count}</translation>
    </message>
    <message>
        <source>member {member} has no value of &apos;{id}&apos; for periods {periods}</source>
        <translation>{member}-іске асыруда &apos;{id}&apos; мәндері мына кезеңдер үшін жоқ: {periods}</translation>
    </message>
    <message>
        <source>member {member} has no value of &apos;{id}&apos; for period {periods}</source>
        <translation>{member}-іске асыруда &apos;{id}&apos; мәні мына кезең үшін жоқ: {periods}</translation>
    </message>
    <message>
        <source>member {member}: {problem}</source>
        <translation>{member}-іске асыру: {problem}</translation>
    </message>
    <message>
        <source>no &apos;member&apos; column: an ensemble file needs one, saying which member each row belongs to</source>
        <translation>&apos;member&apos; бағаны жоқ: ансамбль файлында әр жолдың қай іске асыруға жататынын көрсететін баған керек</translation>
    </message>
    <message>
        <source>no &apos;period&apos; or &apos;date&apos; column: say which period each row is (1, 2, … or its first day)</source>
        <translation>&apos;period&apos; немесе &apos;date&apos; бағаны жоқ: әр жолдың кезеңін көрсетіңіз (1, 2, … немесе оның бірінші күні)</translation>
    </message>
    <message>
        <source>the table has a header but no data rows</source>
        <translation>кестеде тақырып бар, бірақ деректер жолдары жоқ</translation>
    </message>
    <message>
        <source>every node needs the same number of members</source>
        <translation>барлық тораптарда іске асырулар саны бірдей болуы керек</translation>
    </message>
</context>
<context>
    <name>EnsembleNetCDF</name>
    <message>
        <source>NetCDF files need the optional packages xarray and h5netcdf, which are not installed: {command}</source>
        <translation>NetCDF файлдары үшін қосымша xarray және h5netcdf пакеттері керек, олар орнатылмаған: {command}</translation>
    </message>
    <message>
        <source>time step {step} is {date}, but period {step} of the scenario starts on {start}: the file&apos;s times must be the first days of the horizon&apos;s periods</source>
        <translation>{step}-уақыт қадамы — {date}, ал сценарийдің {step}-кезеңінің басы — {start}: файлдағы уақыт көкжиек кезеңдерінің бірінші күндері болуы керек</translation>
    </message>
    <message>
        <source>the time dimension has {steps} steps but the scenario has {periods} periods</source>
        <translation>уақыт өлшемінде {steps} қадам бар, ал сценарийде {periods} кезең бар</translation>
    </message>
    <message>
        <source>{name} cannot be read as NetCDF: {error}</source>
        <translation>{name} NetCDF ретінде оқылмайды: {error}</translation>
    </message>
    <message>
        <source>variable &apos;{name}&apos;</source>
        <translation>&apos;{name}&apos; айнымалысы</translation>
    </message>
    <message>
        <source>{where} has dimensions {dims}; an ensemble needs (member, time)</source>
        <translation>{where}: өлшемдері {dims}, ал ансамбльге (member, time) керек</translation>
    </message>
    <message>
        <source>{where}: &apos;{id}&apos; is not an inflow node of this scenario</source>
        <translation>{where}: &apos;{id}&apos; — осы сценарийдің келетін ағын торабы емес</translation>
    </message>
    <message>
        <source>unknown units &apos;{units}&apos; (use {known})</source>
        <translation>белгісіз өлшем бірліктері &apos;{units}&apos; (рұқсат етілгені: {known})</translation>
    </message>
    <message>
        <source>no units attribute: give the unit ({known})</source>
        <translation>units атрибуты жоқ: өлшем бірлігін көрсетіңіз ({known})</translation>
    </message>
    <message>
        <source>{where}: member {member}, period {period} is {value}; inflows must be numbers of at least 0 ({count} such values)</source>
        <translation>{where}: {member}-іске асыру, {period}-кезең: {value}; келетін ағын 0-ден кем емес сан болуы керек (мұндай мәндер саны: {count})</translation>
    </message>
    <message>
        <source>{name} holds no variable with dimensions (member, time)</source>
        <translation>{name} ішінде (member, time) өлшемді айнымалы жоқ</translation>
    </message>
    <message>
        <source>the variables have different numbers of members</source>
        <translation>айнымалылардағы іске асырулар саны әртүрлі</translation>
    </message>
</context>
<context>
    <name>FieldCheck</name>
    <message>
        <source>a number of more than 4000 digits</source>
        <translation>4000-нан астам цифрдан тұратын сан</translation>
    </message>
    <message>
        <source>{text}… ({count} characters)</source>
        <translation>{text}… ({count} таңба)</translation>
    </message>
    <message numerus="yes">
        <source>{what} of {count} items</source>
        <translation>
            <numerusform>{count} элементтен тұратын {what}</numerusform>
            <numerusform>{count} элементтен тұратын {what}</numerusform>
        </translation>
    </message>
    <message>
        <source>a number</source>
        <translation>сан</translation>
    </message>
    <message>
        <source>text</source>
        <translation>мәтін</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>тізім</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>объект</translation>
    </message>
    <message>
        <source>expected an object, found {found}</source>
        <translation>объект күтілді, бірақ {found} берілген</translation>
    </message>
    <message>
        <source>{value} is not a valid id (1-64 letters, digits, _ and -)</source>
        <translation>{value} — жарамсыз идентификатор (1–64 латын әрпі, цифр, _ және -)</translation>
    </message>
    <message>
        <source>unknown inflow set &apos;{name}&apos; (the scenario defines: {sets})</source>
        <translation>белгісіз ағын нұсқасы &apos;{name}&apos; (сценарийде берілгендері: {sets})</translation>
    </message>
    <message>
        <source>text contains the unpaired surrogate {code}, which is not a character</source>
        <translation>мәтінде {code} жұпсыз суррогаты бар, ол таңба емес</translation>
    </message>
    <message>
        <source>needs a value (null is not allowed here)</source>
        <translation>мән керек (мұнда null болмайды)</translation>
    </message>
    <message>
        <source>expected a number, found {found}</source>
        <translation>сан күтілді, бірақ {found} берілген</translation>
    </message>
    <message>
        <source>number is too large</source>
        <translation>сан тым үлкен</translation>
    </message>
    <message>
        <source>{value} is not a finite number</source>
        <translation>{value} — шектеулі сан емес</translation>
    </message>
    <message>
        <source>{value} is too large: must be {limit}</source>
        <translation>{value} тым үлкен: рұқсат етілгені — {limit}</translation>
    </message>
    <message>
        <source>{value} is too low: must be {limit}</source>
        <translation>{value} тым кіші: рұқсат етілгені — {limit}</translation>
    </message>
    <message>
        <source>{value} is negative</source>
        <translation>{value} — теріс мән</translation>
    </message>
    <message>
        <source>{value} is below the minimum {minimum}</source>
        <translation>{value} ең кіші мәннен ({minimum}) кем</translation>
    </message>
    <message>
        <source>{value} is outside {interval} (must be below {maximum})</source>
        <translation>{value} {interval} аралығынан тыс ({maximum} шамасынан кіші болуы керек)</translation>
    </message>
    <message>
        <source>{value} is outside {interval} (must be at most {maximum})</source>
        <translation>{value} {interval} аралығынан тыс ({maximum} шамасынан аспауы керек)</translation>
    </message>
    <message>
        <source>expected a whole number, found {found}</source>
        <translation>бүтін сан күтілді, бірақ {found} берілген</translation>
    </message>
    <message>
        <source>{value} is above the maximum {maximum}: must be {limit}</source>
        <translation>{value} ең үлкен мәннен ({maximum}) асады: рұқсат етілгені — {limit}</translation>
    </message>
    <message>
        <source>{value} is above the maximum {maximum}</source>
        <translation>{value} ең үлкен мәннен ({maximum}) асады</translation>
    </message>
    <message>
        <source>expected text, found {found}</source>
        <translation>мәтін күтілді, бірақ {found} берілген</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is too long: at most {limit} characters</source>
        <translation>&apos;{text}&apos; тым ұзын: ең көбі {limit} таңба</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>бос болмауы керек</translation>
    </message>
    <message>
        <source>expected a list of numbers, found {found}</source>
        <translation>сандар тізімі күтілді, бірақ {found} берілген</translation>
    </message>
    <message>
        <source>has {count} values but the time base has {periods} periods</source>
        <translation>{count} мән бар, ал уақыт торында {periods} кезең бар</translation>
    </message>
    <message>
        <source>{count} values in all are wrong (the first 5 are listed)</source>
        <translation>барлығы {count} мән қате (алғашқы 5-еуі көрсетілген)</translation>
    </message>
    <message>
        <source>unknown field (did you mean &apos;{name}&apos;?)</source>
        <translation>белгісіз өріс (&apos;{name}&apos; болуы мүмкін бе?)</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>белгісіз өріс</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>міндетті өріс жоқ</translation>
    </message>
    <message>
        <source>expected true or false, found {found}</source>
        <translation>true немесе false күтілді, бірақ {found} берілген</translation>
    </message>
    <message>
        <source>expected an object with a kind ({kinds}), found {found}</source>
        <translation>kind өрісі бар объект ({kinds}) күтілді, бірақ {found} берілген</translation>
    </message>
    <message>
        <source>{value} is not an operating rule (use one of: {kinds})</source>
        <translation>{value} — реттеу ережесі емес (рұқсат етілгені: {kinds})</translation>
    </message>
    <message>
        <source>a guide-curve rule needs its guide curve (the target storage of every period)</source>
        <translation>диспетчерлік кесте бойынша ережеге кестенің өзі керек (әр кезеңнің мақсатты көлемі)</translation>
    </message>
    <message>
        <source>a buffer zone needs both its top (buffer_mcm) and its release (buffer_release_m3s)</source>
        <translation>буферлік аймаққа оның жоғарғы шегі де (buffer_mcm), су жіберуі де (buffer_release_m3s) керек</translation>
    </message>
    <message>
        <source>expected a list of plants, found {found}</source>
        <translation>СЭС тізімі күтілді, бірақ {found} берілген</translation>
    </message>
    <message>
        <source>plant id &apos;{id}&apos; is used twice</source>
        <translation>&apos;{id}&apos; СЭС идентификаторы екі рет қолданылған</translation>
    </message>
    <message>
        <source>{value} is not a two-letter country code such as KG</source>
        <translation>{value} — екі әріпті ел коды емес (мысалы, KG)</translation>
    </message>
    <message>
        <source>expected an object of country code → share, found {found}</source>
        <translation>«ел коды → үлес» объектісі күтілді, бірақ {found} берілген</translation>
    </message>
    <message>
        <source>{value} is not a two-letter country code such as UZ</source>
        <translation>{value} — екі әріпті ел коды емес (мысалы, UZ)</translation>
    </message>
    <message>
        <source>{value} is not a share: use a number above 0 and at most 1</source>
        <translation>{value} — үлес емес: 0-ден үлкен және 1-ден аспайтын сан көрсетіңіз</translation>
    </message>
    <message>
        <source>the shares add up to {total}, not 1</source>
        <translation>үлестердің қосындысы 1 емес, {total}</translation>
    </message>
    <message>
        <source>expected an object with one series per inflow set, found {found}</source>
        <translation>әр ағын нұсқасына бір қатары бар объект күтілді, бірақ {found} берілген</translation>
    </message>
    <message>
        <source>has no series for inflow set &apos;{name}&apos;</source>
        <translation>&apos;{name}&apos; ағын нұсқасы үшін қатар жоқ</translation>
    </message>
    <message>
        <source>expected an object with columns level_m, area_km2, volume_mcm, found {found}</source>
        <translation>level_m, area_km2, volume_mcm бағандары бар объект күтілді, бірақ {found} берілген</translation>
    </message>
    <message>
        <source>columns level_m, area_km2 and volume_mcm must have the same length</source>
        <translation>level_m, area_km2 және volume_mcm бағандарының ұзындығы бірдей болуы керек</translation>
    </message>
    <message>
        <source>needs at least two rows</source>
        <translation>кемінде екі жол керек</translation>
    </message>
    <message>
        <source>{value} after {previous}: the column must be strictly increasing</source>
        <translation>{previous} мәнінен кейін {value}: бағандағы мәндер қатаң өсуі керек</translation>
    </message>
    <message>
        <source>{value} after {previous}: the column must be non-decreasing</source>
        <translation>{previous} мәнінен кейін {value}: бағандағы мәндер кемімеуі керек</translation>
    </message>
    <message>
        <source>a key: {problem}</source>
        <translation>кілт: {problem}</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Id</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Local name</source>
        <translation>Жергілікті атауы</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Коды</translation>
    </message>
    <message>
        <source>Limit, Apr–Sep</source>
        <translation>Лимит, сәу–қыр</translation>
    </message>
    <message>
        <source>Limit, Oct–Mar</source>
        <translation>Лимит, қаз–нау</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Белгісі</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Сипаттамасы</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Көзі</translation>
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
        <source>Energy</source>
        <translation>Электр энергиясы</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>Маусым</translation>
    </message>
    <message>
        <source>Water in return</source>
        <translation>Орнына берілетін су</translation>
    </message>
    <message>
        <source>Season of the water</source>
        <translation>Су берілетін маусым</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Әдіс</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Бастапқы мән (seed)</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Іске асырулар</translation>
    </message>
    <message>
        <source>Central inflow set</source>
        <translation>Орталық ағын нұсқасы</translation>
    </message>
    <message>
        <source>Central year is the</source>
        <translation>Орталық жыл — бұл</translation>
    </message>
    <message>
        <source>Dry inflow set</source>
        <translation>Сусыз ағын нұсқасы</translation>
    </message>
    <message>
        <source>Dry set exceeded in</source>
        <translation>Сусыз нұсқаның қамтамасыз етілуі</translation>
    </message>
    <message>
        <source>Cross-correlation between rivers</source>
        <translation>Өзендер арасындағы өзара корреляция</translation>
    </message>
    <message>
        <source>Year-to-year persistence</source>
        <translation>Жылдар арасындағы автокорреляция</translation>
    </message>
    <message>
        <source>Period-to-period noise</source>
        <translation>Кезеңнен кезеңге ауытқу</translation>
    </message>
    <message>
        <source>Default coefficient of variation</source>
        <translation>Әдепкі вариация коэффициенті</translation>
    </message>
    <message>
        <source>Statistics per node</source>
        <translation>Тораптар бойынша статистика</translation>
    </message>
    <message>
        <source>Turbine capacity</source>
        <translation>Турбиналардың өткізу қабілеті</translation>
    </message>
    <message>
        <source>Installed power</source>
        <translation>Белгіленген қуат</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>ПӘК</translation>
    </message>
    <message>
        <source>Tailwater level</source>
        <translation>Төменгі бьеф деңгейі</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Деңгей</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Аудан</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Көлем</translation>
    </message>
    <message>
        <source>Schematic x</source>
        <translation>Сызба, x</translation>
    </message>
    <message>
        <source>Schematic y</source>
        <translation>Сызба, y</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Қайдан</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Қайда</translation>
    </message>
    <message>
        <source>Travel time</source>
        <translation>Жету уақыты</translation>
    </message>
    <message>
        <source>Loss fraction</source>
        <translation>Шығын үлесі</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Толық көлем</translation>
    </message>
    <message>
        <source>Overflow route</source>
        <translation>Артық су жолы</translation>
    </message>
    <message>
        <source>Flow in transit at the start</source>
        <translation>Есептеу басында жолдағы су</translation>
    </message>
    <message>
        <source>Run-of-river plants</source>
        <translation>Арналық СЭС</translation>
    </message>
    <message>
        <source>Return share</source>
        <translation>Қайтарма ағындағы үлес</translation>
    </message>
    <message>
        <source>Inflow set for other nodes</source>
        <translation>Басқа тораптарға арналған ағын нұсқасы</translation>
    </message>
    <message>
        <source>Inflow</source>
        <translation>Келетін ағын</translation>
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
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>Date of the initial state</source>
        <translation>Бастапқы күй күні</translation>
    </message>
    <message>
        <source>Dead storage</source>
        <translation>Өлі көлем</translation>
    </message>
    <message>
        <source>Initial storage</source>
        <translation>Бастапқы көлем</translation>
    </message>
    <message>
        <source>Level–area–volume table</source>
        <translation>«Деңгей – аудан – көлем» қисығы</translation>
    </message>
    <message>
        <source>Evaporation depth</source>
        <translation>Булану қабаты</translation>
    </message>
    <message>
        <source>Minimum release</source>
        <translation>Ең аз су жіберу</translation>
    </message>
    <message>
        <source>Maximum release</source>
        <translation>Ең көп су жіберу</translation>
    </message>
    <message>
        <source>Flood-control storage</source>
        <translation>Су тасқынына қарсы көлем</translation>
    </message>
    <message>
        <source>Seepage</source>
        <translation>Сүзілу</translation>
    </message>
    <message>
        <source>Hydropower plant</source>
        <translation>СЭС</translation>
    </message>
    <message>
        <source>Operating minimum</source>
        <translation>Пайдалану минимумы</translation>
    </message>
    <message>
        <source>Operating rule</source>
        <translation>Реттеу ережесі</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Су қажеттілігі</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Басымдық</translation>
    </message>
    <message>
        <source>Return-flow fraction</source>
        <translation>Қайтарма ағын үлесі</translation>
    </message>
    <message>
        <source>Drainage residence time</source>
        <translation>Дренажда болу уақыты</translation>
    </message>
    <message>
        <source>Drainage store at the start</source>
        <translation>Басындағы дренаж қоры</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Су алу лимиті</translation>
    </message>
    <message>
        <source>Country shares</source>
        <translation>Елдердің үлестері</translation>
    </message>
    <message>
        <source>Required flow</source>
        <translation>Қажетті өтім</translation>
    </message>
    <message>
        <source>Precipitation depth</source>
        <translation>Жауын-шашын қабаты</translation>
    </message>
    <message>
        <source>Outflow crest level</source>
        <translation>Су ағызғыш қырының белгісі</translation>
    </message>
    <message>
        <source>Maximum outflow</source>
        <translation>Ең көп ағып шығу өтімі</translation>
    </message>
    <message>
        <source>Mean annual volume</source>
        <translation>Орташа жылдық көлем</translation>
    </message>
    <message>
        <source>Coefficient of variation</source>
        <translation>Вариация коэффициенті</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Арын</translation>
    </message>
    <message>
        <source>Inflow set</source>
        <translation>Ағын нұсқасы</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Су жіберу</translation>
    </message>
    <message>
        <source>Guide curve</source>
        <translation>Диспетчерлік кесте</translation>
    </message>
    <message>
        <source>Top of buffer zone</source>
        <translation>Буферлік аймақтың жоғарғы шегі</translation>
    </message>
    <message>
        <source>Buffer release</source>
        <translation>Буферлік аймақтағы су жіберу</translation>
    </message>
    <message>
        <source>Time step</source>
        <translation>Уақыт қадамы</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Басталу күні</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Кезеңдер саны</translation>
    </message>
    <message>
        <source>Water year starts in month</source>
        <translation>Су шаруашылық жылы басталатын ай</translation>
    </message>
    <message>
        <source>1 to 64 letters, digits, _ and -</source>
        <translation>1–64 латын әрпі, цифр, _ және -</translation>
    </message>
    <message>
        <source>At most 200 characters</source>
        <translation>Ең көбі 200 таңба</translation>
    </message>
    <message>
        <source>Name in the local script, e.g. Тоқтоғұл</source>
        <translation>Жергілікті жазудағы атауы, мысалы Тоқтоғұл</translation>
    </message>
    <message>
        <source>ISO 3166 two-letter code: KG, TJ, UZ, KZ</source>
        <translation>ISO 3166 бойынша екі әріпті код: KG, TJ, UZ, KZ</translation>
    </message>
    <message>
        <source>ICWC withdrawal limit for the vegetation season</source>
        <translation>Вегетациялық кезеңге арналған МКВК су алу лимиті</translation>
    </message>
    <message>
        <source>ICWC withdrawal limit for the non-vegetation season</source>
        <translation>Вегетацияаралық кезеңге арналған МКВК су алу лимиті</translation>
    </message>
    <message>
        <source>Where the members come from: generator, record or members</source>
        <translation>Іске асырулар қайдан алынады: generator (генератор), record (бақылау қатары) немесе members (берілген іске асырулар)</translation>
    </message>
    <message>
        <source>Country delivering the energy</source>
        <translation>Электр энергиясын жеткізетін ел</translation>
    </message>
    <message>
        <source>Country receiving the energy</source>
        <translation>Электр энергиясын алатын ел</translation>
    </message>
    <message>
        <source>non_vegetation (Oct–Mar) or vegetation (Apr–Sep)</source>
        <translation>non_vegetation (қаз–нау) немесе vegetation (сәу–қыр)</translation>
    </message>
    <message>
        <source>generator, record or members</source>
        <translation>generator, record немесе members</translation>
    </message>
    <message>
        <source>The stochastic generator: {methods}</source>
        <translation>Стохастикалық генератор: {methods}</translation>
    </message>
    <message>
        <source>Whole number from 0 to 2^53 - 1: the same seed gives the same members</source>
        <translation>0 мен 2^53 - 1 аралығындағы бүтін сан: бірдей мән бірдей іске асыруларды береді</translation>
    </message>
    <message>
        <source>How many members to generate, 1 to {most}</source>
        <translation>Қанша іске асыру жасау керек, 1 мен {most} аралығында</translation>
    </message>
    <message>
        <source>The inflow set giving each node&apos;s central year and seasonal shape (default: the set named median, else the first)</source>
        <translation>Әр тораптың орталық жылы мен жыл ішіндегі үлестірімін беретін ағын нұсқасы (әдепкіде — median нұсқасы, ол болмаса бірінші)</translation>
    </message>
    <message>
        <source>What the central set stands for: mean (default) or median</source>
        <translation>Орталық нұсқа нені білдіреді: mean (орташа, әдепкі) немесе median (медиана)</translation>
    </message>
    <message>
        <source>The inflow set giving each node&apos;s dry quantile (default: the set named dry, if any)</source>
        <translation>Әр тораптың сусыз квантилін беретін ағын нұсқасы (әдепкіде — dry нұсқасы, егер ол бар болса)</translation>
    </message>
    <message>
        <source>Share of years with more water than the dry set; default {default} (P = 90 %)</source>
        <translation>Суы сусыз нұсқадан көп жылдардың үлесі; әдепкі {default} (P = 90 %)</translation>
    </message>
    <message>
        <source>Correlation of the rivers&apos; annual normal scores, 0 to below 1; default {default} (an estimate, see docs/ensembles.md)</source>
        <translation>Өзендердің нормаланған жылдық мәндерінің корреляциясы, 0-ден бастап 1-ден кіші; әдепкі {default} (бағалау, docs/ensembles.md қараңыз)</translation>
    </message>
    <message>
        <source>Lag-one autocorrelation of annual normal scores, 0 to below 1; default {default} (an estimate, see docs/ensembles.md)</source>
        <translation>Нормаланған жылдық мәндердің 1 лагпен автокорреляциясы, 0-ден бастап 1-ден кіші; әдепкі {default} (бағалау, docs/ensembles.md қараңыз)</translation>
    </message>
    <message>
        <source>Coefficient of variation of the noise on the seasonal shape, 0 to 2; default {default} (an estimate, see docs/ensembles.md)</source>
        <translation>Жыл ішіндегі үлестірім шуының вариация коэффициенті, 0-ден 2-ге дейін; әдепкі {default} (бағалау, docs/ensembles.md қараңыз)</translation>
    </message>
    <message>
        <source>Of annual volumes, for nodes with no dry set and no cv of their own; default {default} (the Syr Darya basin total, R49)</source>
        <translation>Жылдық көлемдердің — сусыз нұсқасы да, өз cv мәні де жоқ тораптар үшін; әдепкі {default} (Сырдария алабы бойынша жалпы, R49)</translation>
    </message>
    <message>
        <source>Inflow node id → {mean_mcm, cv}: annual statistics replacing the fitted ones</source>
        <translation>Келетін ағын торабының идентификаторы → {mean_mcm, cv}: қатардан бағаланғандардың орнына жылдық статистикалар</translation>
    </message>
    <message>
        <source>Share of the water&apos;s power turned into electricity, 0 to 1</source>
        <translation>Су қуатының электр энергиясына айналатын үлесі, 0-ден 1-ге дейін</translation>
    </message>
    <message>
        <source>Share of the flow lost on the way, from 0 up to (not including) 1</source>
        <translation>Жолда жоғалатын өтім үлесі, 0-ден 1-ге дейін (1 кірмейді)</translation>
    </message>
    <message>
        <source>Empty: unlimited; one number, or one per period</source>
        <translation>Бос — шектеусіз; бір сан немесе әр кезеңге бір сан</translation>
    </message>
    <message>
        <source>Carries what exceeds the capacity of the node&apos;s main link</source>
        <translation>Тораптың негізгі байланысының өткізу қабілетінен асқан суды өткізеді</translation>
    </message>
    <message>
        <source>On a demand&apos;s return link: its share of the return flow, 0 to 1 (the shares of a demand&apos;s return links sum to 1); empty: an equal part of what the others leave</source>
        <translation>Су қажеттілігінің қайтарма байланысында: оның қайтарма ағындағы үлесі, 0-ден 1-ге дейін (барлық қайтарма байланыстар үлестерінің қосындысы 1); бос — басқалардан қалғанның тең бөлігі</translation>
    </message>
    <message>
        <source>Inflow node id → one series per member</source>
        <translation>Келетін ағын торабының идентификаторы → әр іске асыруға бір қатар</translation>
    </message>
    <message>
        <source>The inflow set used in every member for inflow nodes not listed (default: the first)</source>
        <translation>Тізімде жоқ келетін ағын тораптары үшін барлық іске асыруларда қолданылатын ағын нұсқасы (әдепкіде — бірінші)</translation>
    </message>
    <message>
        <source>Must not be empty; at most 200 characters</source>
        <translation>Бос болмауы керек; ең көбі 200 таңба</translation>
    </message>
    <message>
        <source>The day the initial storages were observed (YYYY-MM-DD)</source>
        <translation>Бастапқы көлемдер белгілі болған күн (ЖЖЖЖ-АА-КК)</translation>
    </message>
    <message>
        <source>One series per inflow set</source>
        <translation>Әр ағын нұсқасына бір қатар</translation>
    </message>
    <message>
        <source>One number, or one per period</source>
        <translation>Бір сан немесе әр кезеңге бір сан</translation>
    </message>
    <message>
        <source>Highest storage allowed at the end of each period</source>
        <translation>Әр кезеңнің соңындағы рұқсат етілген ең көп көлем</translation>
    </message>
    <message>
        <source>Only the minimum release may draw the storage below it</source>
        <translation>Көлемді одан төмен тек ең аз су жіберу ғана түсіре алады</translation>
    </message>
    <message>
        <source>1 is served first</source>
        <translation>1-басымдық бірінші қамтамасыз етіледі</translation>
    </message>
    <message>
        <source>Share of the delivery that flows back to the river, 0 to 1</source>
        <translation>Су берудің өзенге қайтатын үлесі, 0-ден 1-ге дейін</translation>
    </message>
    <message>
        <source>0: the return flows back in the period of the delivery; k &gt; 0: it recharges a drainage store that releases 1 − exp(−1/k) of its content each period (from the next period on)</source>
        <translation>0: қайтарма ағын су берілген кезеңде қайтады; k &gt; 0: ол дренаж қорын толтырады, ал қор әр кезеңде (келесі кезеңнен бастап) ішіндегі судың 1 − exp(−1/k) бөлігін береді</translation>
    </message>
    <message>
        <source>Water held in the drainage store at the start (needs a residence time above 0)</source>
        <translation>Басында дренаж қорындағы су (тұру уақыты 0-ден үлкен болуы керек)</translation>
    </message>
    <message>
        <source>ICWC limit: caps the delivery and is what a proportional sharing shares</source>
        <translation>МКВК лимиті: су беруді шектейді, пропорционалды бөлу дәл осы лимитті бөледі</translation>
    </message>
    <message>
        <source>Share of the zone per country (by irrigated area), summing to 1</source>
        <translation>Аймақтың елдер бойынша үлестері (суармалы аудан бойынша), қосындысы 1</translation>
    </message>
    <message>
        <source>Empty: unlimited</source>
        <translation>Бос — шектеусіз</translation>
    </message>
    <message>
        <source>Mean water-year volume</source>
        <translation>Су шаруашылық жылындағы орташа көлем</translation>
    </message>
    <message>
        <source>Of annual volumes (standard deviation / mean), 0 to 5</source>
        <translation>Жылдық көлемдердің (стандартты ауытқу / орташа), 0-ден 5-ке дейін</translation>
    </message>
    <message>
        <source>Gross head of the plant</source>
        <translation>СЭС-тің жалпы арыны</translation>
    </message>
    <message>
        <source>The multi-year inflow set whose water years are the members (default: the first)</source>
        <translation>Су шаруашылық жылдары іске асырулар болатын көпжылдық ағын нұсқасы (әдепкіде — бірінші)</translation>
    </message>
    <message>
        <source>schedule: release the scheduled target; demand_following: release what the demands and minimum flows below need; guide_curve: keep the storage on a target curve</source>
        <translation>schedule: кесте бойынша су жіберу; demand_following: төменгі су қажеттіліктері мен ең аз өтімдерге керегінше су жіберу; guide_curve: көлемді мақсатты қисықта ұстау</translation>
    </message>
    <message>
        <source>Target storage at the end of each period</source>
        <translation>Әр кезеңнің соңындағы мақсатты көлем</translation>
    </message>
    <message>
        <source>Below it (at the start of a period) the release is cut to the buffer release</source>
        <translation>Кезең басында көлем одан төмен болса, су жіберу буферлік аймақтағы су жіберуге дейін қысқарады</translation>
    </message>
    <message>
        <source>Release while in the buffer zone; one number, or one per period</source>
        <translation>Буферлік аймақтағы су жіберу; бір сан немесе әр кезеңге бір сан</translation>
    </message>
    <message>
        <source>at most 100 000 000 Mm³ (100 000 km³): the largest lake on Earth, the Caspian Sea, holds about 78 000 km³</source>
        <translation>ең көбі 100 000 000 млн м³ (100 000 км³): Жердегі ең үлкен көл — Каспий теңізі шамамен 78 000 км³ су сыйғызады</translation>
    </message>
    <message>
        <source>at most 1 000 000 m³/s: the largest river flow on Earth, the Amazon in flood, is about 300 000 m³/s</source>
        <translation>ең көбі 1 000 000 м³/с: Жердегі ең үлкен өзен өтімі — тасқын кезіндегі Амазонка — шамамен 300 000 м³/с</translation>
    </message>
    <message>
        <source>at most 1 000 000 MW: the largest power station on Earth, Three Gorges, has 22 500 MW</source>
        <translation>ең көбі 1 000 000 МВт: Жердегі ең ірі электр станциясы «Үш шатқалдың» қуаты 22 500 МВт</translation>
    </message>
    <message>
        <source>between -500 and 9 000 m a.s.l.: the Dead Sea shore lies at about -430 m, the summit of Everest at 8 849 m</source>
        <translation>-500 бен 9 000 м абс. аралығында: Өлі теңіз жағасы шамамен -430 м, Эверест шыңы 8 849 м биіктікте</translation>
    </message>
    <message>
        <source>at most 1 000 000 km²: the largest lake on Earth, the Caspian Sea, covers about 371 000 km²</source>
        <translation>ең көбі 1 000 000 км²: Жердегі ең үлкен көл — Каспий теңізінің ауданы шамамен 371 000 км²</translation>
    </message>
    <message>
        <source>between -1 000 000 and 1 000 000 (a place on the schematic drawing)</source>
        <translation>-1 000 000 мен 1 000 000 аралығында (сызбадағы орын)</translation>
    </message>
    <message>
        <source>at most 400 000 periods (about 1 100 years of days)</source>
        <translation>ең көбі 400 000 кезең (тәулік бойынша шамамен 1 100 жыл)</translation>
    </message>
    <message>
        <source>at most 1 000 000 Mm³ per period: even the Amazon carries about 560 000 Mm³ in a month</source>
        <translation>бір кезеңде ең көбі 1 000 000 млн м³: тіпті Амазонка бір айда шамамен 560 000 млн м³ су ағызады</translation>
    </message>
    <message>
        <source>at most 1 000 000 Mm³ (1 000 km³): the largest reservoir on Earth, Kariba, holds about 180 km³</source>
        <translation>ең көбі 1 000 000 млн м³ (1 000 км³): Жердегі ең үлкен су қоймасы — Кариба шамамен 180 км³ су сыйғызады</translation>
    </message>
    <message>
        <source>at most 2 000 mm per period: open water in the hottest deserts loses about 4 000 mm in a whole year</source>
        <translation>бір кезеңде ең көбі 2 000 мм: ең ыстық шөлдердегі ашық су беті бір жыл ішінде шамамен 4 000 мм жоғалтады</translation>
    </message>
    <message>
        <source>at most 10 000 mm per period: the wettest month ever recorded (Cherrapunji, July 1861) brought about 9 300 mm</source>
        <translation>бір кезеңде ең көбі 10 000 мм: бақылау тарихындағы ең жаңбырлы айда (Черрапунджи, 1861 жылғы шілде) шамамен 9 300 мм жауған</translation>
    </message>
</context>
<context>
    <name>Horizon</name>
    <message>
        <source>years must be at least 1</source>
        <translation>жылдар саны кемінде 1 болуы керек</translation>
    </message>
    <message>
        <source>the scenario is not monthly</source>
        <translation>сценарий айлық емес</translation>
    </message>
</context>
<context>
    <name>ImportUnits</name>
    <message>
        <source>{unit} (mean flow over each period)</source>
        <translation>{unit} (әр кезеңдегі орташа өтім)</translation>
    </message>
    <message>
        <source>{unit} (volume per period)</source>
        <translation>{unit} (кезеңдегі көлем)</translation>
    </message>
    <message>
        <source>the header names two units ({units}): choose the column&apos;s unit</source>
        <translation>тақырыпта екі өлшем бірлігі көрсетілген ({units}): бағанның өлшем бірлігін таңдаңыз</translation>
    </message>
    <message>
        <source>the header&apos;s unit &apos;{text}&apos; is not one WaterPlanner knows ({known}): choose the column&apos;s unit</source>
        <translation>тақырыптағы &apos;{text}&apos; өлшем бірлігін WaterPlanner білмейді (белгілілері: {known}): бағанның өлшем бірлігін таңдаңыз</translation>
    </message>
</context>
<context>
    <name>LinkFields</name>
    <message>
        <source>Capacity</source>
        <translation>Өткізу қабілеті</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <source> or </source>
        <translation> немесе </translation>
    </message>
    <message>
        <source> and </source>
        <translation> және </translation>
    </message>
</context>
<context>
    <name>Months</name>
    <message>
        <source>Jan</source>
        <translation>қаң</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>ақп</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>нау</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>сәу</translation>
    </message>
    <message>
        <source>May</source>
        <translation>мам</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>мау</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>шіл</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>там</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>қыр</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>қаз</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>қар</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>жел</translation>
    </message>
    <message>
        <source>1 January</source>
        <translation>1 қаңтар</translation>
    </message>
    <message>
        <source>1 February</source>
        <translation>1 ақпан</translation>
    </message>
    <message>
        <source>1 March</source>
        <translation>1 наурыз</translation>
    </message>
    <message>
        <source>1 April</source>
        <translation>1 сәуір</translation>
    </message>
    <message>
        <source>1 May</source>
        <translation>1 мамыр</translation>
    </message>
    <message>
        <source>1 June</source>
        <translation>1 маусым</translation>
    </message>
    <message>
        <source>1 July</source>
        <translation>1 шілде</translation>
    </message>
    <message>
        <source>1 August</source>
        <translation>1 тамыз</translation>
    </message>
    <message>
        <source>1 September</source>
        <translation>1 қыркүйек</translation>
    </message>
    <message>
        <source>1 October</source>
        <translation>1 қазан</translation>
    </message>
    <message>
        <source>1 November</source>
        <translation>1 қараша</translation>
    </message>
    <message>
        <source>1 December</source>
        <translation>1 желтоқсан</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <source>{month} {year} d{dekad}</source>
        <translation>{month} {year}, {dekad}-онкүндік</translation>
    </message>
</context>
<context>
    <name>NodeKinds</name>
    <message>
        <source>Inflow</source>
        <translation>Келетін ағын</translation>
    </message>
    <message>
        <source>Reservoir</source>
        <translation>Су қоймасы</translation>
    </message>
    <message>
        <source>Junction</source>
        <translation>Торап</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Су қажеттілігі</translation>
    </message>
    <message>
        <source>Minimum flow</source>
        <translation>Ең аз өтім</translation>
    </message>
    <message>
        <source>Terminal lake</source>
        <translation>Соңғы су айдыны</translation>
    </message>
    <message>
        <source>Sink</source>
        <translation>Жүйеден шығу</translation>
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
        <source>junction</source>
        <translation>торап</translation>
    </message>
    <message>
        <source>demand</source>
        <translation>су қажеттілігі</translation>
    </message>
    <message>
        <source>min_flow</source>
        <translation>ең аз өтім</translation>
    </message>
    <message>
        <source>terminal_lake</source>
        <translation>соңғы су айдыны</translation>
    </message>
    <message>
        <source>sink</source>
        <translation>жүйеден шығу</translation>
    </message>
    <message>
        <source>min flow</source>
        <translation>ең аз өтім</translation>
    </message>
    <message>
        <source>terminal lake</source>
        <translation>соңғы су айдыны</translation>
    </message>
</context>
<context>
    <name>Objectives</name>
    <message>
        <source>&apos;{label}&apos; is not an objective: use kind[:node,node][:season] with kind one of {kinds} and season one of {seasons}</source>
        <translation>&apos;{label}&apos; — оңтайландыру мақсаты емес: kind[:node,node][:season] түрінде жазыңыз, мұнда kind — мыналардың бірі: {kinds}, ал season — мыналардың бірі: {seasons}</translation>
    </message>
    <message>
        <source>&apos;{label}&apos;: a {kind} objective needs numbers; define it in the scenario&apos;s optimisation section and refer to it by its name</source>
        <translation>&apos;{label}&apos;: {kind} мақсатына сандар керек; оны сценарийдің оңтайландыру бөлімінде беріп, атауы бойынша сілтеме жасаңыз</translation>
    </message>
    <message>
        <source>&apos;{label}&apos;: a {kind} objective names exactly one node</source>
        <translation>&apos;{label}&apos;: {kind} мақсаты дәл бір торапты көрсетеді</translation>
    </message>
    <message>
        <source>&apos;{label}&apos;: a spill objective has no season</source>
        <translation>&apos;{label}&apos;: spill мақсатында маусым болмайды</translation>
    </message>
</context>
<context>
    <name>OptimisationCheck</name>
    <message>
        <source>value</source>
        <translation>мән</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>салмақ</translation>
    </message>
    <message>
        <source>penalty</source>
        <translation>айыппұл</translation>
    </message>
    <message>
        <source>regularisation weight</source>
        <translation>регуляризация салмағы</translation>
    </message>
    <message>
        <source>expected a number ≥ {minimum}</source>
        <translation>≥ {minimum} сан күтілді</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>сан күтілді</translation>
    </message>
    <message>
        <source>{value} is below the smallest {what} allowed, {bound}</source>
        <translation>{what}: {value} рұқсат етілген ең кіші мәннен кем, {bound}</translation>
    </message>
    <message>
        <source>{value} is above the largest {what} allowed, {bound}</source>
        <translation>{what}: {value} рұқсат етілген ең үлкен мәннен асады, {bound}</translation>
    </message>
    <message>
        <source>expected a node id (text)</source>
        <translation>торап идентификаторы (мәтін) күтілді</translation>
    </message>
    <message>
        <source>there is no node &apos;{id}&apos;</source>
        <translation>&apos;{id}&apos; торабы жоқ</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is a {kind}, not a {wanted}</source>
        <translation>&apos;{id}&apos; — «{kind}» түріндегі торап, ал керегі: {wanted}</translation>
    </message>
    <message>
        <source>reservoir &apos;{id}&apos; has no hydropower plant</source>
        <translation>&apos;{id}&apos; су қоймасында СЭС жоқ</translation>
    </message>
    <message>
        <source>expected a list with one number per period</source>
        <translation>әр кезеңге бір саннан тұратын тізім күтілді</translation>
    </message>
    <message>
        <source>has {count} values; the time base has {periods} periods</source>
        <translation>{count} мән бар; уақыт торында {periods} кезең бар</translation>
    </message>
    <message>
        <source>expected a number or null</source>
        <translation>сан немесе null күтілді</translation>
    </message>
    <message>
        <source>expected an object describing one objective</source>
        <translation>бір мақсатты сипаттайтын объект күтілді</translation>
    </message>
    <message>
        <source>expected an object describing one constraint</source>
        <translation>бір шектеуді сипаттайтын объект күтілді</translation>
    </message>
    <message>
        <source>{value} is not an objective kind (use {kinds})</source>
        <translation>{value} — мақсат түрі емес (рұқсат етілгені: {kinds})</translation>
    </message>
    <message>
        <source>{value} is not an constraint kind (use {kinds})</source>
        <translation>{value} — шектеу түрі емес (рұқсат етілгені: {kinds})</translation>
    </message>
    <message>
        <source>unknown key for a {kind} objective (known: {keys})</source>
        <translation>{kind} мақсаты үшін белгісіз кілт (белгілілері: {keys})</translation>
    </message>
    <message>
        <source>unknown key for a {kind} constraint (known: {keys})</source>
        <translation>{kind} шектеуі үшін белгісіз кілт (белгілілері: {keys})</translation>
    </message>
    <message>
        <source>a {kind} objective needs &apos;{key}&apos;</source>
        <translation>{kind} мақсатына &apos;{key}&apos; кілті керек</translation>
    </message>
    <message>
        <source>a {kind} constraint needs &apos;{key}&apos;</source>
        <translation>{kind} шектеуіне &apos;{key}&apos; кілті керек</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>мәтін күтілді</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true немесе false күтілді</translation>
    </message>
    <message>
        <source>expected a list of node ids</source>
        <translation>торап идентификаторларының тізімі күтілді</translation>
    </message>
    <message>
        <source>expected a number (Mm³) or &quot;start&quot;</source>
        <translation>сан (млн м³) немесе &quot;start&quot; күтілді</translation>
    </message>
    <message>
        <source>expected a country code (text)</source>
        <translation>ел коды (мәтін) күтілді</translation>
    </message>
    <message>
        <source>{value} is not a season (use {seasons})</source>
        <translation>{value} — маусым емес (рұқсат етілгені: {seasons})</translation>
    </message>
    <message>
        <source>{value} is not a season of the ICWC limits (use {seasons})</source>
        <translation>{value} — МКВК лимиттерінің маусымы емес (рұқсат етілгені: {seasons})</translation>
    </message>
    <message>
        <source>{value}: use &apos;period&apos; or &apos;total&apos;</source>
        <translation>{value}: &apos;period&apos; немесе &apos;total&apos; қолданыңыз</translation>
    </message>
    <message>
        <source>{value} is not a limit (use {limits})</source>
        <translation>{value} — желі шектеуі емес (рұқсат етілгені: {limits})</translation>
    </message>
    <message>
        <source>a {kind} needs min_mcm, max_mcm or both</source>
        <translation>{kind} үшін min_mcm, max_mcm немесе екеуі де керек</translation>
    </message>
    <message>
        <source>a release_bounds needs at least one of min_mcm, max_mcm (Mm³ per period), min_m3s, max_m3s (mean flow)</source>
        <translation>release_bounds үшін min_mcm, max_mcm (кезеңге млн м³), min_m3s, max_m3s (орташа өтім) кілттерінің кемінде біреуі керек</translation>
    </message>
    <message>
        <source>give {one} or {other}, not both</source>
        <translation>{one} немесе {other} көрсетіңіз, екеуін бірге емес</translation>
    </message>
    <message>
        <source>a season applies to min_m3s and max_m3s only</source>
        <translation>маусым тек min_m3s пен max_m3s үшін қолданылады</translation>
    </message>
    <message>
        <source>a ramping limit needs exactly one of max_change_m3s (mean flow) and max_change_mcm (volume per period)</source>
        <translation>су жіберудің өзгеру жылдамдығын шектеуге max_change_m3s (орташа өтім) пен max_change_mcm (кезеңдегі көлем) кілттерінің дәл біреуі керек</translation>
    </message>
    <message>
        <source>name the country whose limit applies (its code, e.g. UZ)</source>
        <translation>лимиті қолданылатын елді көрсетіңіз (оның коды, мысалы UZ)</translation>
    </message>
    <message>
        <source>name plants or a country, not both</source>
        <translation>СЭС-терді немесе елді көрсетіңіз, екеуін бірге емес</translation>
    </message>
    <message>
        <source>minimum {minimum} is above the maximum {maximum}</source>
        <translation>ең кіші мән ({minimum}) ең үлкен мәннен ({maximum}) асады</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>объект күтілді</translation>
    </message>
    <message>
        <source>expected a list of reservoir ids</source>
        <translation>су қоймалары идентификаторларының тізімі күтілді</translation>
    </message>
    <message>
        <source>{value}: use {choices}</source>
        <translation>{value}: {choices} қолданыңыз</translation>
    </message>
    <message>
        <source>expected a list of objectives</source>
        <translation>мақсаттар тізімі күтілді</translation>
    </message>
    <message>
        <source>expected a list of constraints</source>
        <translation>шектеулер тізімі күтілді</translation>
    </message>
    <message>
        <source>the name &apos;{name}&apos; is used twice</source>
        <translation>&apos;{name}&apos; атауы екі рет қолданылған</translation>
    </message>
    <message>
        <source>expected one of {modes} or an object {object}</source>
        <translation>{modes} ішінен біреуі немесе {object} объектісі күтілді</translation>
    </message>
    <message>
        <source>expected &quot;off&quot; or an object {object}</source>
        <translation>&quot;off&quot; немесе {object} объектісі күтілді</translation>
    </message>
    <message>
        <source>expected a whole number ≥ 1</source>
        <translation>≥ 1 бүтін сан күтілді</translation>
    </message>
    <message>
        <source>{value} is above the largest number of iterations allowed, {maximum}</source>
        <translation>{value} рұқсат етілген итерациялардың ең көп санынан ({maximum}) асады</translation>
    </message>
    <message>
        <source>expected a number &gt; 0</source>
        <translation>&gt; 0 сан күтілді</translation>
    </message>
    <message>
        <source>{value} is above the largest tolerance allowed, {maximum} Mm³</source>
        <translation>{value} рұқсат етілген ең үлкен қателіктен ({maximum} млн м³) асады</translation>
    </message>
    <message>
        <source>unknown key (known: {keys})</source>
        <translation>белгісіз кілт (белгілілері: {keys})</translation>
    </message>
    <message>
        <source>{value} is not a carry-over mode (use {modes})</source>
        <translation>{value} — ауыспалы қор режимі емес (рұқсат етілгені: {modes})</translation>
    </message>
</context>
<context>
    <name>OptimisationEdits</name>
    <message>
        <source>irrigation shortfall</source>
        <translation>суармаға су беру тапшылығы</translation>
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
        <translation>СЭС-тің электр энергиясын өндіруі</translation>
    </message>
    <message>
        <source>carry-over storage target</source>
        <translation>мақсатты ауыспалы қор</translation>
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
        <source>fair sharing of shortage (the largest share short)</source>
        <translation>тапшылықты әділ бөлу (тапшылықтың ең үлкен үлесі)</translation>
    </message>
    <message>
        <source>end storage (carry-over)</source>
        <translation>соңғы көлем (ауыспалы қор)</translation>
    </message>
    <message>
        <source>operating minimum storage</source>
        <translation>көлемнің пайдалану минимумы</translation>
    </message>
    <message>
        <source>ramping limit</source>
        <translation>су жіберудің өзгеру жылдамдығының шегі</translation>
    </message>
    <message>
        <source>release bounds</source>
        <translation>су жіберу шектері</translation>
    </message>
    <message>
        <source>minimum energy</source>
        <translation>электр энергиясын ең аз өндіру</translation>
    </message>
    <message>
        <source>minimum terminal-lake inflow</source>
        <translation>соңғы су айдынына ең аз келетін ағын</translation>
    </message>
    <message>
        <source>rule curve</source>
        <translation>реттеу қисығы</translation>
    </message>
    <message>
        <source>ICWC limit</source>
        <translation>МКВК лимиті</translation>
    </message>
    <message>
        <source>limit of the network</source>
        <translation>желі шектеуі</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>салмақ</translation>
    </message>
    <message>
        <source>penalty</source>
        <translation>айыппұл</translation>
    </message>
    <message>
        <source>name</source>
        <translation>атауы</translation>
    </message>
    <message>
        <source>hard or soft</source>
        <translation>қатаң немесе жұмсақ</translation>
    </message>
    <message>
        <source>demands</source>
        <translation>су қажеттіліктері</translation>
    </message>
    <message>
        <source>minimum-flow points</source>
        <translation>ең аз өтім тұстамалары</translation>
    </message>
    <message>
        <source>plants</source>
        <translation>СЭС-тер</translation>
    </message>
    <message>
        <source>reservoirs</source>
        <translation>су қоймалары</translation>
    </message>
    <message>
        <source>reservoir</source>
        <translation>су қоймасы</translation>
    </message>
    <message>
        <source>terminal lake</source>
        <translation>соңғы су айдыны</translation>
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
        <source>by priority</source>
        <translation>басымдық бойынша</translation>
    </message>
    <message>
        <source>target (Mm³)</source>
        <translation>мақсатты мән (млн м³)</translation>
    </message>
    <message>
        <source>value per Mm³</source>
        <translation>1 млн м³ құндылығы</translation>
    </message>
    <message>
        <source>minimum (Mm³)</source>
        <translation>ең аз мән (млн м³)</translation>
    </message>
    <message>
        <source>maximum (Mm³)</source>
        <translation>ең көп мән (млн м³)</translation>
    </message>
    <message>
        <source>lowest release (m³/s)</source>
        <translation>ең аз су жіберу (м³/с)</translation>
    </message>
    <message>
        <source>highest release (m³/s)</source>
        <translation>ең көп су жіберу (м³/с)</translation>
    </message>
    <message>
        <source>largest change (m³/s)</source>
        <translation>ең үлкен өзгеріс (м³/с)</translation>
    </message>
    <message>
        <source>largest change (Mm³)</source>
        <translation>ең үлкен өзгеріс (млн м³)</translation>
    </message>
    <message>
        <source>per period or in total</source>
        <translation>кезеңге немесе жиынтығында</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>шектеу</translation>
    </message>
    <message>
        <source>dead storage</source>
        <translation>өлі көлем</translation>
    </message>
    <message>
        <source>min release</source>
        <translation>ең аз су жіберу</translation>
    </message>
    <message>
        <source>flood curve</source>
        <translation>су тасқынына қарсы қисық</translation>
    </message>
    <message>
        <source>link capacity</source>
        <translation>байланыстардың өткізу қабілеті</translation>
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
        <source>vegetation</source>
        <translation>вегетациялық кезең</translation>
    </message>
    <message>
        <source>non-vegetation</source>
        <translation>вегетацияаралық кезең</translation>
    </message>
    <message>
        <source>{what} at {where}</source>
        <translation>{what}: {where}</translation>
    </message>
    <message>
        <source>{what} of {country}</source>
        <translation>{what}: {country}</translation>
    </message>
    <message>
        <source>the scenario&apos;s optimisation section cannot be read: fix the problems listed for it first</source>
        <translation>сценарийдің оңтайландыру бөлімі оқылмайды: алдымен ол үшін көрсетілген қателерді түзетіңіз</translation>
    </message>
    <message>
        <source>optimisation settings, {where}: {problem}</source>
        <translation>оңтайландыру баптаулары, {where}: {problem}</translation>
    </message>
    <message>
        <source>{field} value {index}</source>
        <translation>{field}, {index}-мән</translation>
    </message>
    <message>
        <source>objective {number}{title}</source>
        <translation>{number}-мақсат{title}</translation>
    </message>
    <message>
        <source>requirement {number}{title}</source>
        <translation>{number}-шектеу{title}</translation>
    </message>
    <message numerus="yes">
        <source> (and {count} more problem(s))</source>
        <translation>
            <numerusform> (және тағы {count} қате)</numerusform>
            <numerusform> (және тағы {count} қате)</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;{part}&apos; is not a part of the optimisation settings</source>
        <translation>&apos;{part}&apos; — оңтайландыру баптауларының бөлігі емес</translation>
    </message>
    <message>
        <source>a {type} is not an objective</source>
        <translation>{type} — оңтайландыру мақсаты емес</translation>
    </message>
    <message>
        <source>a {type} is not an requirement</source>
        <translation>{type} — шектеу емес</translation>
    </message>
    <message>
        <source>no objective to add</source>
        <translation>қосатын мақсат жоқ</translation>
    </message>
    <message>
        <source>no requirement to add</source>
        <translation>қосатын шектеу жоқ</translation>
    </message>
    <message>
        <source>there is no objective {number} (the scenario has {count})</source>
        <translation>{number}-мақсат жоқ (сценарийдегі мақсаттар саны: {count})</translation>
    </message>
    <message>
        <source>there is no requirement {number} (the scenario has {count})</source>
        <translation>{number}-шектеу жоқ (сценарийдегі шектеулер саны: {count})</translation>
    </message>
    <message>
        <source>the optimiser needs at least one objective: add another before removing this one</source>
        <translation>оңтайландырғышқа кемінде бір мақсат керек: мұны жоймас бұрын басқасын қосыңыз</translation>
    </message>
    <message>
        <source>Add objective: {title}</source>
        <translation>Мақсат қосу: {title}</translation>
    </message>
    <message>
        <source>Add requirement: {title}</source>
        <translation>Шектеу қосу: {title}</translation>
    </message>
    <message>
        <source>Change objective: {title}</source>
        <translation>Мақсатты өзгерту: {title}</translation>
    </message>
    <message>
        <source>Change requirement: {title}</source>
        <translation>Шектеуді өзгерту: {title}</translation>
    </message>
    <message>
        <source>Remove objective: {title}</source>
        <translation>Мақсатты жою: {title}</translation>
    </message>
    <message>
        <source>Remove requirement: {title}</source>
        <translation>Шектеуді жою: {title}</translation>
    </message>
    <message>
        <source>{weights} weights for {objectives} objectives: the objectives changed meanwhile</source>
        <translation>салмақтар саны {weights}, ал мақсаттар саны {objectives}: осы аралықта мақсаттар өзгерген</translation>
    </message>
    <message>
        <source>choose at least one reservoir for the optimiser to decide</source>
        <translation>су жіберуін оңтайландырғыш анықтайтын кемінде бір су қоймасын таңдаңыз</translation>
    </message>
    <message>
        <source>all</source>
        <translation>барлығы</translation>
    </message>
    <message>
        <source>Optimiser decides: {reservoirs}</source>
        <translation>Оңтайландырғыш анықтайды: {reservoirs}</translation>
    </message>
</context>
<context>
    <name>Rulebook</name>
    <message>
        <source>{name} release, {period}: {problem}</source>
        <translation>{name}, су жіберу, {period}: {problem}</translation>
    </message>
    <message>
        <source>{name} release: {problem}</source>
        <translation>{name}, су жіберу: {problem}</translation>
    </message>
    <message>
        <source>{owner} {field}: {problem}</source>
        <translation>{owner}, {field}: {problem}</translation>
    </message>
    <message>
        <source>{problems} (and {count} more)</source>
        <translation>{problems} (және тағы {count})</translation>
    </message>
</context>
<context>
    <name>SafeFiles</name>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>scenario file</source>
        <translation>сценарий файлы</translation>
    </message>
    <message>
        <source>series file (CSV or .xlsx)</source>
        <translation>қатарлар файлы (CSV немесе .xlsx)</translation>
    </message>
    <message>
        <source>lock</source>
        <translation>бұғаттау файлы</translation>
    </message>
    <message>
        <source>recovery record</source>
        <translation>қалпына келтіру жазбасы</translation>
    </message>
    <message>
        <source>recovery copy</source>
        <translation>қалпына келтіру көшірмесі</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} МБ</translation>
    </message>
    <message>
        <source>{size} kB</source>
        <translation>{size} КБ</translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation>{size} Б</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}</source>
        <translation>{path} оқылмайды: {reason}</translation>
    </message>
    <message>
        <source>{path} cannot be read (permission denied)</source>
        <translation>{path} оқылмайды (қол жеткізу құқығы жоқ)</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} жоқ</translation>
    </message>
    <message>
        <source>{path} is a folder, not a {what}</source>
        <translation>{path} — қалта, {what} емес</translation>
    </message>
    <message>
        <source>{path} is not a regular file (a device, pipe or socket), so it cannot be a {what}</source>
        <translation>{path} — кәдімгі файл емес (құрылғы, арна немесе сокет), сондықтан ол {what} бола алмайды</translation>
    </message>
    <message>
        <source>{name} is {size}: too large for a {what} (the limit is {limit})</source>
        <translation>{name}: көлемі {size}, бұл {what} үшін тым көп (шегі — {limit})</translation>
    </message>
    <message>
        <source>{path} is not a regular file, so it cannot be a {what}</source>
        <translation>{path} — кәдімгі файл емес, сондықтан ол {what} бола алмайды</translation>
    </message>
    <message>
        <source>{name} is too large for a {what} (the limit is {limit})</source>
        <translation>{name} {what} үшін тым үлкен (шегі — {limit})</translation>
    </message>
</context>
<context>
    <name>ScenarioFile</name>
    <message>
        <source>is not UTF-8 text: byte {byte} at offset {offset} cannot be decoded</source>
        <translation>UTF-8 мәтіні емес: {offset} орнындағы {byte} байты декодталмайды</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>бос</translation>
    </message>
    <message>
        <source>contains NUL characters: it is a binary file, not a scenario</source>
        <translation>құрамында NUL таңбалары бар: бұл сценарий емес, екілік файл</translation>
    </message>
    <message>
        <source>is nested more than {levels} levels deep: not a scenario</source>
        <translation>кірістіру тереңдігі {levels} деңгейден асады: бұл сценарий емес</translation>
    </message>
    <message>
        <source>the key &quot;{key}&quot; appears twice in one object</source>
        <translation>&quot;{key}&quot; кілті бір объектіде екі рет кездеседі</translation>
    </message>
    <message>
        <source>JSON syntax error at line {line}, column {column}: {error}</source>
        <translation>JSON синтаксис қатесі, {line}-жол, {column}-баған: {error}</translation>
    </message>
    <message>
        <source>cannot be read as JSON: {error}</source>
        <translation>JSON ретінде оқылмайды: {error}</translation>
    </message>
    <message>
        <source>expected a scenario object at the top of the file</source>
        <translation>файлдың басында сценарий объектісі күтілді</translation>
    </message>
    <message>
        <source>{path} is read-only</source>
        <translation>{path} тек оқуға арналған</translation>
    </message>
    <message>
        <source>invalid scenario</source>
        <translation>жарамсыз сценарий</translation>
    </message>
</context>
<context>
    <name>SeriesImport</name>
    <message>
        <source>the header says {header}; its values are read as {chosen}, as chosen</source>
        <translation>тақырыпта {header} көрсетілген; мәндер таңдалғандай {chosen} ретінде оқылады</translation>
    </message>
    <message>
        <source>the header names no unit; its values are read as {unit}</source>
        <translation>тақырыпта өлшем бірлігі жоқ; мәндер {unit} ретінде оқылады</translation>
    </message>
    <message>
        <source>the header names no unit: choose the column&apos;s unit ({known}) or write it in the header, e.g. &apos;{example}&apos;</source>
        <translation>тақырыпта өлшем бірлігі жоқ: бағанның өлшем бірлігін таңдаңыз ({known}) немесе оны тақырыпқа жазыңыз, мысалы &apos;{example}&apos;</translation>
    </message>
    <message>
        <source>the table has a header but no data rows</source>
        <translation>кестеде тақырып бар, бірақ деректер жолдары жоқ</translation>
    </message>
    <message>
        <source>the date column {column} does not exist</source>
        <translation>{column} күн бағаны жоқ</translation>
    </message>
    <message>
        <source>no column is mapped to a node: choose at least one</source>
        <translation>ешбір баған торапқа сәйкестендірілмеген: кемінде біреуін таңдаңыз</translation>
    </message>
    <message>
        <source>this column does not exist</source>
        <translation>мұндай баған жоқ</translation>
    </message>
    <message>
        <source>the date column cannot also hold values</source>
        <translation>күн бағанында мәндер бола алмайды</translation>
    </message>
    <message>
        <source>Column {column}: {note}.</source>
        <translation>{column} бағаны: {note}.</translation>
    </message>
    <message>
        <source>there is no node &apos;{id}&apos; in this scenario</source>
        <translation>бұл сценарийде &apos;{id}&apos; торабы жоқ</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is a {kind} node: it has no {series} series</source>
        <translation>&apos;{id}&apos; — «{kind}» түріндегі торап: онда «{series}» қатары жоқ</translation>
    </message>
    <message>
        <source>unknown inflow set &apos;{name}&apos;; this scenario has: {sets}</source>
        <translation>белгісіз ағын нұсқасы &apos;{name}&apos;; бұл сценарийде барлары: {sets}</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; {series} is already fed by column {column}</source>
        <translation>&apos;{id}&apos; торабының «{series}» қатары {column} бағанынан толтырылып қойған</translation>
    </message>
    <message>
        <source>&apos;{header}&apos; names no node of this scenario: map it to a node or skip it</source>
        <translation>&apos;{header}&apos; осы сценарийдің ешбір торабын атамайды: бағанды торапқа сәйкестендіріңіз немесе өткізіп жіберіңіз</translation>
    </message>
    <message>
        <source>this column has no header: map it to a node or skip it</source>
        <translation>бұл бағанның тақырыбы жоқ: оны торапқа сәйкестендіріңіз немесе өткізіп жіберіңіз</translation>
    </message>
    <message>
        <source>empty (expected e.g. 2025-10-01 or 01.10.2025, in the years {first}–{last})</source>
        <translation>бос (мысалы, 2025-10-01 немесе 01.10.2025 күтіледі, {first}–{last} жылдар аралығында)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date (expected e.g. 2025-10-01 or 01.10.2025, in the years {first}–{last})</source>
        <translation>&apos;{value}&apos; — күн емес (мысалы, 2025-10-01 немесе 01.10.2025 күтіледі, {first}–{last} жылдар аралығында)</translation>
    </message>
    <message>
        <source>cannot tell whether the dates are monthly, dekads or days: choose the period length</source>
        <translation>күндердің айлық, онкүндік немесе тәуліктік екенін анықтау мүмкін емес: кезең ұзындығын таңдаңыз</translation>
    </message>
    <message>
        <source>{date} does not start a dekad period (dekads start on days 1, 11 and 21)</source>
        <translation>{date} — онкүндіктің басы емес (онкүндіктер айдың 1, 11 және 21-күндері басталады)</translation>
    </message>
    <message>
        <source>{date} does not start a month period (months start on day 1)</source>
        <translation>{date} — айдың басы емес (айлар 1-күні басталады)</translation>
    </message>
    <message>
        <source>{date} repeats row {row}</source>
        <translation>{date} {row}-жолды қайталайды</translation>
    </message>
    <message>
        <source>{date} comes before row {row} ({previous}): sort the rows by date</source>
        <translation>{date} {row}-жолдан ({previous}) бұрын тұр: жолдарды күні бойынша сұрыптаңыз</translation>
    </message>
    <message>
        <source>{period} is missing: the date jumps from {previous} (row {row}) to {date} (missing: {periods})</source>
        <translation>{period} кезеңі жоқ: күн {previous} ({row}-жол) мәнінен {date} мәніне секіреді (жоқтары: {periods})</translation>
    </message>
    <message>
        <source>negative flow ({value}) is not allowed</source>
        <translation>теріс өтімге ({value}) жол берілмейді</translation>
    </message>
    <message>
        <source>negative demand ({value}) is not allowed</source>
        <translation>теріс су қажеттілігіне ({value}) жол берілмейді</translation>
    </message>
    <message>
        <source>negative release ({value}) is not allowed</source>
        <translation>теріс су жіберуге ({value}) жол берілмейді</translation>
    </message>
    <message numerus="yes">
        <source>{count} row(s) outside the scenario&apos;s horizon ({first} – {last}) are ignored.</source>
        <translation>
            <numerusform>Сценарий көкжиегінен ({first} – {last}) тыс {count} жол ескерілмейді.</numerusform>
            <numerusform>Сценарий көкжиегінен ({first} – {last}) тыс {count} жол ескерілмейді.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is {file_step}; its values are aggregated to the scenario&apos;s {step} periods.</source>
        <translation>Файл — {file_step}, ал сценарий — {step}: файл мәндері сценарий кезеңдері бойынша қосылады.</translation>
    </message>
    <message>
        <source>The file is {file_step}; its values are split in proportion to the days to the scenario&apos;s {step} periods.</source>
        <translation>Файл — {file_step}, ал сценарий — {step}: файл мәндері сценарий кезеңдеріне күндер санына қарай бөлінеді.</translation>
    </message>
    <message>
        <source>{value} {unit} is too large: it overflows when converted to Mm³</source>
        <translation>{value} {unit} тым үлкен: млн м³-ге аударғанда асып кетеді</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>айлық</translation>
    </message>
    <message>
        <source>in dekads</source>
        <translation>онкүндік</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>тәуліктік</translation>
    </message>
    <message>
        <source>inflow</source>
        <translation>келетін ағын</translation>
    </message>
    <message>
        <source>demand</source>
        <translation>су қажеттілігі</translation>
    </message>
    <message>
        <source>release</source>
        <translation>су жіберу</translation>
    </message>
    <message>
        <source>the file starts on {date}, after the scenario&apos;s first period ({start}): rows for {period} onwards are missing</source>
        <translation>файл {date} басталады, бұл сценарийдің бірінші кезеңінен ({start}) кейін: {period} кезеңінен бастап жолдар жоқ</translation>
    </message>
    <message>
        <source>the file ends before the scenario&apos;s last period ({period}): data up to {date} is needed</source>
        <translation>файл сценарийдің соңғы кезеңінен ({period}) бұрын аяқталады: {date} қоса алғанда деректер керек</translation>
    </message>
    <message>
        <source>nothing to import: no column is mapped</source>
        <translation>импорттайтын ештеңе жоқ: ешбір баған сәйкестендірілмеген</translation>
    </message>
</context>
<context>
    <name>SharingCheck</name>
    <message>
        <source>{value} is not an allocation policy (use one of: {policies})</source>
        <translation>{value} — бөлу тәсілі емес (рұқсат етілгені: {policies})</translation>
    </message>
    <message>
        <source>expected a list of countries, found {found}</source>
        <translation>елдер тізімі күтілді, бірақ {found} берілген</translation>
    </message>
    <message>
        <source>{value} is not a two-letter country code such as KZ</source>
        <translation>{value} — екі әріпті ел коды емес (мысалы, KZ)</translation>
    </message>
    <message>
        <source>country &apos;{code}&apos; is listed twice</source>
        <translation>&apos;{code}&apos; елі екі рет көрсетілген</translation>
    </message>
    <message>
        <source>expected a list of exchanges, found {found}</source>
        <translation>алмасулар тізімі күтілді, бірақ {found} берілген</translation>
    </message>
    <message>
        <source>exchange id &apos;{id}&apos; is used twice</source>
        <translation>&apos;{id}&apos; алмасу идентификаторы екі рет қолданылған</translation>
    </message>
    <message>
        <source>{value} is not a two-letter country code</source>
        <translation>{value} — екі әріпті ел коды емес</translation>
    </message>
    <message>
        <source>a country cannot exchange energy with itself</source>
        <translation>ел өзімен электр энергиясын алмаса алмайды</translation>
    </message>
    <message>
        <source>{value} is not a season (use {seasons})</source>
        <translation>{value} — маусым емес (рұқсат етілгені: {seasons})</translation>
    </message>
</context>
<context>
    <name>Spreadsheet</name>
    <message>
        <source>a number too long to show</source>
        <translation>көрсету үшін тым ұзын сан</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>{row}-жол</translation>
    </message>
    <message>
        <source>column {column}</source>
        <translation>{column} бағаны</translation>
    </message>
    <message>
        <source>{name} is an old .xls workbook: save it as .xlsx or CSV in Excel first</source>
        <translation>{name} — ескі .xls кітабы: алдымен оны Excel-де .xlsx немесе CSV ретінде сақтаңыз</translation>
    </message>
    <message>
        <source>{count} columns: more than the {limit} a series file may have (MAX_COLUMNS)</source>
        <translation>{count} баған: қатарлар файлына рұқсат етілген {limit} шегінен көп (MAX_COLUMNS)</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>{source} has more than {limit} rows: too large for a series file (the limit is MAX_ROWS = {limit})</source>
        <translation>{source}: жолдар саны {limit} шегінен көп — қатарлар файлы үшін тым көп (шегі MAX_ROWS = {limit})</translation>
    </message>
    <message>
        <source>{source} has more than {limit} cells: too large for a series file (the limit is MAX_CELLS = {limit})</source>
        <translation>{source}: ұяшықтар саны {limit} шегінен көп — қатарлар файлы үшін тым көп (шегі MAX_CELLS = {limit})</translation>
    </message>
    <message>
        <source>the cell holds more than {limit} characters, the most one cell may hold (MAX_CELL_CHARS)</source>
        <translation>ұяшықта {limit} таңбадан көп — бір ұяшыққа рұқсат етілгеннен көп (MAX_CELL_CHARS)</translation>
    </message>
    <message>
        <source>the cell holds {count} characters; one cell may hold at most {limit} (MAX_CELL_CHARS)</source>
        <translation>ұяшықта {count} таңба; бір ұяшықта ең көбі {limit} болуы мүмкін (MAX_CELL_CHARS)</translation>
    </message>
    <message>
        <source>{name} starts like UTF-16 text but byte {offset} is not UTF-16: save it as CSV (UTF-8)</source>
        <translation>{name} UTF-16 мәтіні сияқты басталады, бірақ {offset}-байт UTF-16 емес: файлды CSV (UTF-8) ретінде сақтаңыз</translation>
    </message>
    <message>
        <source>{name} is not a text file (CSV) nor an .xlsx workbook</source>
        <translation>{name} — мәтіндік файл (CSV) да, .xlsx кітабы да емес</translation>
    </message>
    <message>
        <source>{name}&apos;s text encoding is not recognised (not UTF-8 nor Windows-1251: byte {offset} is {byte}): save it as CSV (UTF-8)</source>
        <translation>{name} мәтінінің кодтауы танылмады (UTF-8 те, Windows-1251 де емес: {offset}-байт — {byte}): файлды CSV (UTF-8) ретінде сақтаңыз</translation>
    </message>
    <message>
        <source>{name} holds NUL characters: it is not a text file (CSV)</source>
        <translation>{name} ішінде NUL таңбалары бар: бұл мәтіндік файл (CSV) емес</translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>{name} бос</translation>
    </message>
    <message>
        <source>this row cannot be read as CSV ({error})</source>
        <translation>бұл жолды CSV ретінде оқу мүмкін емес ({error})</translation>
    </message>
    <message>
        <source>the workbook</source>
        <translation>кітап</translation>
    </message>
    <message>
        <source>{name} cannot be read as an .xlsx workbook ({error})</source>
        <translation>{name} .xlsx кітабы ретінде оқылмайды ({error})</translation>
    </message>
    <message>
        <source>{name} has no sheets</source>
        <translation>{name}: бірде-бір парақ жоқ</translation>
    </message>
    <message>
        <source>{name} has no sheet &apos;{sheet}&apos;; it has: {sheets}</source>
        <translation>{name}: &apos;{sheet}&apos; парағы жоқ; барлары: {sheets}</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos; of {name} is a chart, not cells</source>
        <translation>&apos;{sheet}&apos; парағы ({name}) — ұяшықтар емес, диаграмма</translation>
    </message>
    <message>
        <source>the sheet cannot be read from here on ({error})</source>
        <translation>парақ осы жерден әрі оқылмайды ({error})</translation>
    </message>
    <message>
        <source>a number of 400 digits or more: too large for a series value</source>
        <translation>400 және одан көп цифрдан тұратын сан: қатар мәні үшін тым үлкен</translation>
    </message>
    <message>
        <source>{name} (its part {part})</source>
        <translation>{name} ({part} бөлігі)</translation>
    </message>
    <message>
        <source>a sheet of {where} has more than {limit} rows: too large for a series file (the limit is MAX_ROWS = {limit})</source>
        <translation>{where}: парақта {limit} жолдан көп — қатарлар файлы үшін тым көп (шегі MAX_ROWS = {limit})</translation>
    </message>
    <message>
        <source>a sheet of {where} has more than {limit} cells: too large for a series file (the limit is MAX_CELLS = {limit})</source>
        <translation>{where}: парақта {limit} ұяшықтан көп — қатарлар файлы үшін тым көп (шегі MAX_CELLS = {limit})</translation>
    </message>
    <message>
        <source>{name} cannot be read as an .xlsx workbook (not a valid zip archive: {error})</source>
        <translation>{name} .xlsx кітабы ретінде оқылмайды (жарамды zip мұрағаты емес: {error})</translation>
    </message>
    <message>
        <source>{name} holds {count} parts: more than an .xlsx workbook may have (the limit is MAX_XLSX_PARTS = {limit})</source>
        <translation>{name}: {count} бөлік — .xlsx кітабына рұқсат етілгеннен көп (шегі MAX_XLSX_PARTS = {limit})</translation>
    </message>
    <message>
        <source>{name}: its text cells (shared strings) expand to {size}, more than the limit of {limit} (MAX_XLSX_SHARED_STRINGS_BYTES)</source>
        <translation>{name}: мәтіндік ұяшықтар (shared strings) ашылғанда {size} болады, бұл {limit} шегінен көп (MAX_XLSX_SHARED_STRINGS_BYTES)</translation>
    </message>
    <message>
        <source>{name} expands to {size} when uncompressed ({part} alone to {part_size}): more than the limit of {limit} for a workbook (MAX_XLSX_UNCOMPRESSED_BYTES)</source>
        <translation>{name} ашылғанда {size} алады (тек {part} бөлігінің өзі — {part_size}): бұл кітапқа арналған {limit} шегінен көп (MAX_XLSX_UNCOMPRESSED_BYTES)</translation>
    </message>
    <message>
        <source>{name} has no data</source>
        <translation>{name}: деректер жоқ</translation>
    </message>
    <message>
        <source>{name} has {rows} rows and {columns} columns: {cells} cells, more than a series file may have (the limit is MAX_CELLS = {limit})</source>
        <translation>{name}: {rows} жол және {columns} баған, барлығы {cells} ұяшық — қатарлар файлына рұқсат етілгеннен көп (шегі MAX_CELLS = {limit})</translation>
    </message>
    <message>
        <source>the sheet</source>
        <translation>парақ</translation>
    </message>
    <message>
        <source>{value} is too large a number</source>
        <translation>{value} — тым үлкен сан</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a finite number</source>
        <translation>&apos;{value}&apos; — шектеулі сан емес</translation>
    </message>
    <message>
        <source>a date ({date}) where a number was expected</source>
        <translation>сан күтілген жерде күн ({date}) тұр</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is ambiguous: write 1234 or 1.234 (decimal point) instead</source>
        <translation>&apos;{value}&apos; — екіұшты: оның орнына 1234 немесе 1.234 (ондық нүктемен) жазыңыз</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is too large a number</source>
        <translation>&apos;{value}&apos; — тым үлкен сан</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number</source>
        <translation>&apos;{value}&apos; — сан емес</translation>
    </message>
    <message>
        <source>the cell is empty</source>
        <translation>ұяшық бос</translation>
    </message>
</context>
<context>
    <name>TimeBase</name>
    <message>
        <source>a time base needs at least one period, got {periods}</source>
        <translation>уақыт торында кемінде бір кезең болуы керек, ал берілгені: {periods}</translation>
    </message>
    <message>
        <source>{date} does not start a month period</source>
        <translation>{date} — айдың басы емес</translation>
    </message>
    <message>
        <source>{date} does not start a dekad period</source>
        <translation>{date} — онкүндіктің басы емес</translation>
    </message>
    <message>
        <source>{periods} month periods from {start} run past the year {year}</source>
        <translation>{start} күнінен бастап {periods} ай {year} жылдан асып кетеді</translation>
    </message>
    <message>
        <source>{periods} dekad periods from {start} run past the year {year}</source>
        <translation>{start} күнінен бастап {periods} онкүндік {year} жылдан асып кетеді</translation>
    </message>
    <message>
        <source>{periods} day periods from {start} run past the year {year}</source>
        <translation>{start} күнінен бастап {periods} тәулік {year} жылдан асып кетеді</translation>
    </message>
    <message>
        <source>water_year_start_month must be 1-12</source>
        <translation>water_year_start_month 1 мен 12 аралығында болуы керек</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>Mm³</source>
        <translation>млн м³</translation>
    </message>
    <message>
        <source>km³</source>
        <translation>км³</translation>
    </message>
    <message>
        <source>m³/s</source>
        <translation>м³/с</translation>
    </message>
    <message>
        <source>m</source>
        <translation>м</translation>
    </message>
    <message>
        <source>km²</source>
        <translation>км²</translation>
    </message>
    <message>
        <source>GWh</source>
        <translation>ГВт·сағ</translation>
    </message>
    <message>
        <source>TWh</source>
        <translation>ТВт·сағ</translation>
    </message>
    <message>
        <source>MWh</source>
        <translation>МВт·сағ</translation>
    </message>
    <message>
        <source>MW</source>
        <translation>МВт</translation>
    </message>
    <message>
        <source>days</source>
        <translation>тәулік</translation>
    </message>
    <message>
        <source>months</source>
        <translation>ай</translation>
    </message>
    <message>
        <source>years</source>
        <translation>жыл</translation>
    </message>
    <message>
        <source>Mm³/month</source>
        <translation>млн м³/ай</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>мс</translation>
    </message>
    <message>
        <source>s</source>
        <translation>с</translation>
    </message>
    <message>
        <source>m³</source>
        <translation>м³</translation>
    </message>
    <message>
        <source>l/s</source>
        <translation>л/с</translation>
    </message>
    <message>
        <source>ft³/s</source>
        <translation>фут³/с</translation>
    </message>
    <message>
        <source>m a.s.l.</source>
        <translation>м абс.</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>мм</translation>
    </message>
    <message>
        <source>mm/period</source>
        <translation>мм/кезең</translation>
    </message>
    <message>
        <source>Mm³/period</source>
        <translation>млн м³/кезең</translation>
    </message>
    <message>
        <source>periods</source>
        <translation>кезең</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>&apos;{value}&apos; is not a time step (use month, dekad or day)</source>
        <translation>&apos;{value}&apos; — уақыт қадамы емес (рұқсат етілгені: month, dekad немесе day)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date (use YYYY-MM-DD)</source>
        <translation>&apos;{value}&apos; — күн емес (пішімі ЖЖЖЖ-АА-КК)</translation>
    </message>
    <message>
        <source>{date} does not start a month period (day 1 of a month)</source>
        <translation>{date} — айлық кезеңнің басы емес (айдың 1-күні)</translation>
    </message>
    <message>
        <source>{date} does not start a dekad period (day 1, 11 or 21 of a month)</source>
        <translation>{date} — онкүндіктің басы емес (айдың 1, 11 немесе 21-күні)</translation>
    </message>
    <message>
        <source>expected a non-empty list of inflow sets</source>
        <translation>ағын нұсқаларының бос емес тізімі күтілді</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a valid name (letters, digits, _ and -)</source>
        <translation>&apos;{value}&apos; — жарамсыз атау (латын әріптері, цифрлар, _ және -)</translation>
    </message>
    <message>
        <source>inflow set &apos;{name}&apos; is defined twice</source>
        <translation>&apos;{name}&apos; ағын нұсқасы екі рет берілген</translation>
    </message>
    <message>
        <source>expected a list of nodes, found {found}</source>
        <translation>тораптар тізімі күтілді, бірақ {found} берілген</translation>
    </message>
    <message>
        <source>the network is empty: a scenario needs at least an inflow, the river it feeds and where the water ends (a sink or a terminal lake)</source>
        <translation>желі бос: сценарийде кемінде келетін ағын, ол қоректендіретін өзен және су аяқталатын орын (жүйеден шығу немесе соңғы су айдыны) болуы керек</translation>
    </message>
    <message>
        <source>node id &apos;{id}&apos; is used twice</source>
        <translation>&apos;{id}&apos; торап идентификаторы екі рет қолданылған</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>міндетті өріс жоқ</translation>
    </message>
    <message>
        <source>{value} is not a node kind (use one of: {kinds})</source>
        <translation>{value} — торап түрі емес (рұқсат етілгені: {kinds})</translation>
    </message>
    <message>
        <source>expected text, found {found}</source>
        <translation>мәтін күтілді, бірақ {found} берілген</translation>
    </message>
    <message>
        <source>unknown field: since format version 2 a node&apos;s position is in the layout section ({place})</source>
        <translation>белгісіз өріс: пішімнің 2-нұсқасынан бастап тораптың орны layout бөлімінде ({place})</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>бос болмауы керек</translation>
    </message>
    <message>
        <source>{value} m³/s is above the maximum release {maximum} m³/s in period {period}</source>
        <translation>{value} м³/с {period}-кезеңдегі ең көп су жіберуден ({maximum} м³/с) асады</translation>
    </message>
    <message>
        <source>{value} m³/s is above the maximum release {maximum} m³/s</source>
        <translation>{value} м³/с ең көп су жіберуден ({maximum} м³/с) асады</translation>
    </message>
    <message>
        <source>covers {low}-{high} Mm³ but must reach from dead storage {dead} to capacity {capacity}</source>
        <translation>{low}–{high} млн м³ аралығын қамтиды, ал өлі көлемнен ({dead}) толық көлемге ({capacity}) дейін қамтуы керек</translation>
    </message>
    <message>
        <source>{value} m is not below the highest level in the table ({top} m): the plant would have no head</source>
        <translation>{value} м кестедегі ең жоғары деңгейден ({top} м) төмен емес: СЭС-те арын болмас еді</translation>
    </message>
    <message>
        <source>{value} Mm³ in a drainage store needs a residence time: set drainage_residence_periods above 0 (with 0 the return flows back at once and nothing is held)</source>
        <translation>дренаж қорындағы {value} млн м³ үшін тұру уақыты керек: drainage_residence_periods мәнін 0-ден үлкен етіп беріңіз (0 болса, қайтарма ағын бірден қайтады және ештеңе ұсталмайды)</translation>
    </message>
    <message>
        <source>{value} m is below the lowest level in the table ({bottom} m)</source>
        <translation>{value} м кестедегі ең төменгі деңгейден ({bottom} м) төмен</translation>
    </message>
    <message>
        <source>node &apos;{id}&apos; does not exist</source>
        <translation>&apos;{id}&apos; торабы жоқ</translation>
    </message>
    <message>
        <source>{value} is above capacity {capacity}</source>
        <translation>{value} толық көлемнен ({capacity}) асады</translation>
    </message>
    <message>
        <source>{value} is below dead storage {dead}</source>
        <translation>{value} өлі көлемнен ({dead}) кем</translation>
    </message>
    <message>
        <source>{value} must lie between dead storage {dead} and capacity {capacity}</source>
        <translation>{value} өлі көлем ({dead}) мен толық көлем ({capacity}) аралығында болуы керек</translation>
    </message>
    <message>
        <source>{periods} month periods from {start} run past the year {year}</source>
        <translation>{start} күнінен бастап {periods} ай {year} жылдан асып кетеді</translation>
    </message>
    <message>
        <source>{periods} dekad periods from {start} run past the year {year}</source>
        <translation>{start} күнінен бастап {periods} онкүндік {year} жылдан асып кетеді</translation>
    </message>
    <message>
        <source>{periods} day periods from {start} run past the year {year}</source>
        <translation>{start} күнінен бастап {periods} тәулік {year} жылдан асып кетеді</translation>
    </message>
    <message>
        <source>plant id &apos;{id}&apos; is already used on this link</source>
        <translation>&apos;{id}&apos; СЭС идентификаторы осы байланыста бұрыннан қолданылған</translation>
    </message>
    <message>
        <source>plant id &apos;{id}&apos; is already used on {place}</source>
        <translation>&apos;{id}&apos; СЭС идентификаторы бұрыннан қолданылған: {place}</translation>
    </message>
    <message numerus="yes">
        <source>a list of {count} items</source>
        <translation>
            <numerusform>{count} элементтен тұратын тізім</numerusform>
            <numerusform>{count} элементтен тұратын тізім</numerusform>
        </translation>
    </message>
    <message>
        <source>expected an object with the nodes&apos; positions, found {found}</source>
        <translation>тораптардың орындары бар объект күтілді, бірақ {found} берілген</translation>
    </message>
    <message>
        <source>unknown field (the layout holds &quot;nodes&quot;: node id → [x, y])</source>
        <translation>белгісіз өріс (layout ішінде тек &quot;nodes&quot; бар: торап идентификаторы → [x, y])</translation>
    </message>
    <message>
        <source>expected an object keyed by node id, found {found}</source>
        <translation>кілттері торап идентификаторлары болатын объект күтілді, бірақ {found} берілген</translation>
    </message>
    <message>
        <source>node &apos;{id}&apos; does not exist (did you mean &apos;{name}&apos;?)</source>
        <translation>&apos;{id}&apos; торабы жоқ (&apos;{name}&apos; болуы мүмкін бе?)</translation>
    </message>
    <message>
        <source>expected a position [x, y] (two numbers), found {found}</source>
        <translation>[x, y] орны (екі сан) күтілді, бірақ {found} берілген</translation>
    </message>
    <message>
        <source>expected a list of links, found {found}</source>
        <translation>байланыстар тізімі күтілді, бірақ {found} берілген</translation>
    </message>
    <message>
        <source>link id &apos;{id}&apos; is used twice</source>
        <translation>&apos;{id}&apos; байланыс идентификаторы екі рет қолданылған</translation>
    </message>
    <message>
        <source>links node &apos;{id}&apos; to itself</source>
        <translation>&apos;{id}&apos; торабын өзімен байланыстырады</translation>
    </message>
    <message>
        <source>links form a cycle: {cycle}</source>
        <translation>байланыстар сақина құрайды: {cycle}</translation>
    </message>
    <message>
        <source>an inflow is a source: remove the link from &apos;{id}&apos;</source>
        <translation>келетін ағын — бастау: &apos;{id}&apos; торабынан келетін байланысты жойыңыз</translation>
    </message>
    <message>
        <source>a sink takes water out of the basin: remove the link to &apos;{id}&apos;</source>
        <translation>жүйеден шығу суды бассейннен шығарады: &apos;{id}&apos; торабына баратын байланысты жойыңыз</translation>
    </message>
    <message>
        <source>a demand needs exactly one intake link (it has {count})</source>
        <translation>су қажеттілігінде дәл бір су алу байланысы болуы керек (қазір: {count})</translation>
    </message>
    <message>
        <source>an intake must deliver in the same period (travel time 0)</source>
        <translation>су алу суды сол кезеңде беруі керек (жету уақыты 0)</translation>
    </message>
    <message>
        <source>a demand cannot take water from a {kind} (&apos;{id}&apos;)</source>
        <translation>су қажеттілігі «{kind}» түріндегі тораптан (&apos;{id}&apos;) су ала алмайды</translation>
    </message>
    <message>
        <source>{value} of the delivery returns, but there is no link for the return flow to re-enter the river</source>
        <translation>су берудің {value} үлесі қайтады, бірақ қайтарма ағынның өзенге қайта түсетін байланысы жоқ</translation>
    </message>
    <message>
        <source>the drainage store holds {value} Mm³ at the start, but there is no return link for it to drain along</source>
        <translation>басында дренаж қорында {value} млн м³ бар, бірақ ол ағатын қайтарма байланыс жоқ</translation>
    </message>
    <message>
        <source>a return-flow link cannot be an overflow route</source>
        <translation>қайтарма ағын байланысы артық су жолы бола алмайды</translation>
    </message>
    <message>
        <source>only a link leaving a demand (a return link) has a return share</source>
        <translation>қайтарма ағын үлесі тек су қажеттілігінен шығатын байланыста (қайтарма байланыста) болады</translation>
    </message>
    <message>
        <source>has {count} overflow links; at most one is allowed</source>
        <translation>артық су байланыстары: {count}; ең көбі біреу болуы мүмкін</translation>
    </message>
    <message>
        <source>an overflow route needs the node&apos;s main link to have a capacity</source>
        <translation>артық су жолы үшін тораптың негізгі байланысының өткізу қабілеті берілуі керек</translation>
    </message>
    <message>
        <source>a demand&apos;s intake cannot be an overflow route</source>
        <translation>су қажеттілігінің су алу байланысы артық су жолы бола алмайды</translation>
    </message>
    <message>
        <source>has {count} main outgoing links ({targets}); water must leave along one (mark a second as overflow)</source>
        <translation>негізгі шығыс байланыстар: {count} ({targets}); су біреуі арқылы кетуі керек (екіншісін артық су жолы деп белгілеңіз)</translation>
    </message>
    <message>
        <source>to &apos;{id}&apos;</source>
        <translation>&apos;{id}&apos; торабына</translation>
    </message>
    <message>
        <source>the {kind} has no outgoing link: water reaching it has nowhere to go</source>
        <translation>«{kind}» түріндегі тораптан шығатын байланыс жоқ: оған жеткен судың кететін жері жоқ</translation>
    </message>
    <message>
        <source>reaches no sink, terminal lake or consuming demand</source>
        <translation>жүйеден шығуға да, соңғы су айдынына да, қайтарымсыз су қажеттілігіне де жетпейді</translation>
    </message>
    <message>
        <source>the return shares of its return links sum to {total}, not 1 ({parts}); leave one empty to give it the rest</source>
        <translation>оның қайтарма байланыстары үлестерінің қосындысы 1 емес, {total} ({parts}); қалдығы соған тиесілі болуы үшін біреуін бос қалдырыңыз</translation>
    </message>
    <message>
        <source>the return shares of its return links sum to {total}, more than 1 ({parts})</source>
        <translation>оның қайтарма байланыстары үлестерінің қосындысы {total}, бұл 1-ден көп ({parts})</translation>
    </message>
    <message>
        <source>expected an object keyed by reservoir id, found {found}</source>
        <translation>кілттері су қоймаларының идентификаторлары болатын объект күтілді, бірақ {found} берілген</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is a {kind}, not a reservoir</source>
        <translation>&apos;{id}&apos; — «{kind}» түріндегі торап, су қоймасы емес</translation>
    </message>
    <message>
        <source>reservoir has no release schedule</source>
        <translation>су қоймасының су жіберу кестесі жоқ</translation>
    </message>
    <message>
        <source>the scenario has no name: give it one, so that its results and reports say which plan they show</source>
        <translation>сценарийдің атауы жоқ: нәтижелер мен есептер қай жоспарды көрсететіні анық болуы үшін атау беріңіз</translation>
    </message>
    <message>
        <source>expected an object of text fields (title, url)</source>
        <translation>мәтіндік өрістері (title, url) бар объект күтілді</translation>
    </message>
    <message>
        <source>{value} is not a basis (use {bases})</source>
        <translation>{value} — жарамсыз негіздеме (рұқсат етілгені: {bases})</translation>
    </message>
    <message>
        <source>expected reference codes (text), found {found}</source>
        <translation>дереккөз кодтары (мәтін) күтілді, бірақ {found} берілген</translation>
    </message>
    <message>
        <source>reference &apos;{code}&apos; is not listed in metadata.references</source>
        <translation>&apos;{code}&apos; дереккөзі metadata.references ішінде жоқ</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>мәтін күтілді</translation>
    </message>
    <message>
        <source>{value} is not a date (use YYYY-MM-DD)</source>
        <translation>{value} — күн емес (пішімі ЖЖЖЖ-АА-КК)</translation>
    </message>
    <message>
        <source>expected a scenario object at the top of the file, found {found}</source>
        <translation>файлдың басында сценарий объектісі күтілді, бірақ {found} берілген</translation>
    </message>
    <message>
        <source>expected &quot;{format}&quot;, found {value}: this is not a WaterPlanner scenario</source>
        <translation>&quot;{format}&quot; күтілді, бірақ {value} берілген: бұл WaterPlanner сценарийі емес</translation>
    </message>
    <message>
        <source>expected a whole number, found {found}</source>
        <translation>бүтін сан күтілді, бірақ {found} берілген</translation>
    </message>
    <message>
        <source>version {version} was written by a newer WaterPlanner (this one reads up to {latest})</source>
        <translation>{version}-нұсқаны WaterPlanner-дің жаңарақ нұсқасы жазған (бұл бағдарлама {latest}-нұсқаға дейін оқиды)</translation>
    </message>
    <message>
        <source>{version} is not a scenario format version</source>
        <translation>{version} — сценарий пішімінің нұсқасы емес</translation>
    </message>
    <message>
        <source>unknown section in a version-1 file (it came with version 2; version 1 keeps a node&apos;s position in the node&apos;s x and y)</source>
        <translation>1-нұсқа файлындағы белгісіз бөлім (ол 2-нұсқада пайда болды; 1-нұсқада тораптың орны оның x және y өрістерінде сақталады)</translation>
    </message>
    <message>
        <source>unknown section (did you mean &apos;{name}&apos;?)</source>
        <translation>белгісіз бөлім (&apos;{name}&apos; болуы мүмкін бе?)</translation>
    </message>
    <message>
        <source>unknown section</source>
        <translation>белгісіз бөлім</translation>
    </message>
    <message>
        <source>required section is missing</source>
        <translation>міндетті бөлім жоқ</translation>
    </message>
</context>
<context>
    <name>ViewCheck</name>
    <message>
        <source>expected an object, found {found}</source>
        <translation>объект күтілді, бірақ {found} берілген</translation>
    </message>
    <message>
        <source>unknown field (use {fields})</source>
        <translation>белгісіз өріс (рұқсат етілгені: {fields})</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>мәтін күтілді</translation>
    </message>
    <message>
        <source>is {count} characters long; at most 4096</source>
        <translation>ұзындығы {count} таңба; ең көбі 4096</translation>
    </message>
</context>
<context>
    <name>WaterYears</name>
    <message>
        <source>the horizon starts on {date}, not at the start of a water year ({first_day})</source>
        <translation>көкжиек су шаруашылық жылының басында ({first_day}) емес, {date} басталады</translation>
    </message>
    <message>
        <source>the horizon ends on {date} (exclusive), not at the end of a water year (it should end on {first_day})</source>
        <translation>көкжиек су шаруашылық жылының соңында емес, {date} аяқталады (бұл күн кірмейді; ол {first_day} күні аяқталуы керек)</translation>
    </message>
</context>
</TS>
