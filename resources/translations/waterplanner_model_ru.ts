<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>Countries</name>
    <message>
        <source>Kyrgyzstan</source>
        <translation>Кыргызстан</translation>
    </message>
    <message>
        <source>Tajikistan</source>
        <translation>Таджикистан</translation>
    </message>
    <message>
        <source>Uzbekistan</source>
        <translation>Узбекистан</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Казахстан</translation>
    </message>
    <message>
        <source>Turkmenistan</source>
        <translation>Туркменистан</translation>
    </message>
    <message>
        <source>Afghanistan</source>
        <translation>Афганистан</translation>
    </message>
    <message>
        <source>Oct–Mar (non-vegetation)</source>
        <translation>окт–мар (межвегетационный период)</translation>
    </message>
    <message>
        <source>Apr–Sep (vegetation)</source>
        <translation>апр–сен (вегетационный период)</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <source>there is no node &apos;{id}&apos;</source>
        <translation>узла &apos;{id}&apos; нет</translation>
    </message>
    <message>
        <source>{what} needs {periods} values, got {count}</source>
        <translation>{what}: нужно значений — {periods}, получено — {count}</translation>
    </message>
    <message>
        <source>{what}: value {index} is not a number</source>
        <translation>{what}: значение № {index} — не число</translation>
    </message>
    <message>
        <source>{what}: value {index} ({value}) is below {minimum}</source>
        <translation>{what}: значение № {index} ({value}) меньше {minimum}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a reservoir: it has no release schedule</source>
        <translation>&apos;{name}&apos; — не водохранилище: у него нет графика попусков</translation>
    </message>
    <message>
        <source>period {period} is outside the horizon ({count} periods)</source>
        <translation>период {period} вне горизонта планирования (периодов: {count})</translation>
    </message>
    <message>
        <source>{name} release, {period}</source>
        <translation>{name}, попуск, {period}</translation>
    </message>
    <message>
        <source>Set {name} release, {period}</source>
        <translation>Задать попуск: {name}, {period}</translation>
    </message>
    <message>
        <source>{what}: &apos;{value}&apos; is not a number</source>
        <translation>{what}: &apos;{value}&apos; — не число</translation>
    </message>
    <message>
        <source>{what}: expected one number per period</source>
        <translation>{what}: ожидается по одному числу на каждый период</translation>
    </message>
    <message>
        <source>{owner} {field}</source>
        <translation>{owner}, {field}</translation>
    </message>
    <message>
        <source>{what} must be yes or no</source>
        <translation>{what}: допустимо только «да» или «нет»</translation>
    </message>
    <message>
        <source>one series per inflow set</source>
        <translation>один ряд для каждого варианта притока</translation>
    </message>
    <message>
        <source>a level–area–volume table</source>
        <translation>кривая «уровень – площадь – объём»</translation>
    </message>
    <message>
        <source>an operating rule</source>
        <translation>правило регулирования</translation>
    </message>
    <message>
        <source>{what} (guide curve)</source>
        <translation>{what} (диспетчерский график)</translation>
    </message>
    <message>
        <source>{what} (buffer zone)</source>
        <translation>{what} (буферная зона)</translation>
    </message>
    <message>
        <source>countries and their shares</source>
        <translation>перечень стран и их долей</translation>
    </message>
    <message>
        <source>run-of-river plants</source>
        <translation>перечень русловых ГЭС</translation>
    </message>
    <message>
        <source>a hydropower plant</source>
        <translation>ГЭС</translation>
    </message>
    <message>
        <source>{what}: expected {thing}</source>
        <translation>{what}: ожидается {thing}</translation>
    </message>
    <message>
        <source>the id of a node cannot be changed here</source>
        <translation>идентификатор узла здесь изменить нельзя</translation>
    </message>
    <message>
        <source>the kind of a node cannot be changed here</source>
        <translation>тип узла здесь изменить нельзя</translation>
    </message>
    <message>
        <source>a {kind} has no field &apos;{field}&apos;</source>
        <translation>у узла типа «{kind}» нет поля &apos;{field}&apos;</translation>
    </message>
    <message>
        <source>{owner}: a position is two numbers, x and y</source>
        <translation>{owner}: положение задаётся двумя числами, x и y</translation>
    </message>
    <message>
        <source>{owner}: position {axis} = {value} is off the drawing (it must be {bound})</source>
        <translation>{owner}: координата {axis} = {value} вне схемы (допустимо {bound})</translation>
    </message>
    <message>
        <source>nothing to add</source>
        <translation>нечего добавлять</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is not a valid id (1-64 letters, digits, _ and -)</source>
        <translation>&apos;{id}&apos; — недопустимый идентификатор (от 1 до 64 латинских букв, цифр, _ и -)</translation>
    </message>
    <message>
        <source>a node with id &apos;{id}&apos; already exists</source>
        <translation>узел с идентификатором &apos;{id}&apos; уже есть</translation>
    </message>
    <message>
        <source>nothing selected to delete</source>
        <translation>ничего не выбрано для удаления</translation>
    </message>
    <message>
        <source>cannot link {name} to itself</source>
        <translation>{name}: узел нельзя соединить с самим собой</translation>
    </message>
    <message>
        <source>{source} already flows into {target}</source>
        <translation>участок {source} → {target} уже есть</translation>
    </message>
    <message>
        <source>{name} is an inflow, a source of the river: nothing can flow into it</source>
        <translation>{name} — приток, исток реки: в него ничего не может втекать</translation>
    </message>
    <message>
        <source>{name} is a sink: water leaving the basin cannot flow on</source>
        <translation>{name} — выход из системы: вода, покинувшая бассейн, дальше не течёт</translation>
    </message>
    <message>
        <source>linking {source} to {target} would make water flow in a circle ({cycle}); a river network must run downhill</source>
        <translation>участок {source} → {target} замкнул бы течение в кольцо ({cycle}); в речной сети вода течёт только вниз</translation>
    </message>
    <message>
        <source>a link with id &apos;{id}&apos; already exists</source>
        <translation>участок с идентификатором &apos;{id}&apos; уже есть</translation>
    </message>
    <message>
        <source>the link field &apos;{field}&apos; cannot be set here</source>
        <translation>поле участка &apos;{field}&apos; здесь задать нельзя</translation>
    </message>
    <message>
        <source>there is no link &apos;{id}&apos;</source>
        <translation>участка &apos;{id}&apos; нет</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an allocation policy (use {policies})</source>
        <translation>&apos;{value}&apos; — не способ распределения (допустимо: {policies})</translation>
    </message>
    <message>
        <source>expected countries and energy exchanges</source>
        <translation>ожидаются страны и обмены электроэнергией</translation>
    </message>
    <message>
        <source>no scenario to apply</source>
        <translation>нет сценария для применения</translation>
    </message>
    <message>
        <source>name</source>
        <translation>название</translation>
    </message>
    <message>
        <source>description</source>
        <translation>описание</translation>
    </message>
    <message>
        <source>author</source>
        <translation>автор</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>организация</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>примечания</translation>
    </message>
    <message>
        <source>initial state date</source>
        <translation>дата начального состояния</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is not a scenario property</source>
        <translation>&apos;{key}&apos; — не свойство сценария</translation>
    </message>
    <message>
        <source>{field}: {count} characters; at most {limit}</source>
        <translation>{field}: символов — {count}, допустимо не более {limit}</translation>
    </message>
    <message>
        <source>the scenario needs a title</source>
        <translation>у сценария должно быть название</translation>
    </message>
    <message>
        <source>date of the initial state: &apos;{text}&apos; is not a date (use YYYY-MM-DD, e.g. 2025-10-01)</source>
        <translation>дата начального состояния: &apos;{text}&apos; — не дата (формат ГГГГ-ММ-ДД, например 2025-10-01)</translation>
    </message>
</context>
<context>
    <name>EnsembleCheck</name>
    <message>
        <source>expected a list of ensembles, found {found}</source>
        <translation>ожидался список ансамблей, а не {found}</translation>
    </message>
    <message>
        <source>{value} is not a valid name (1-64 letters, digits, _ and -)</source>
        <translation>{value} — недопустимое имя (от 1 до 64 латинских букв, цифр, _ и -)</translation>
    </message>
    <message>
        <source>ensemble &apos;{name}&apos; is defined twice</source>
        <translation>ансамбль &apos;{name}&apos; задан дважды</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>нет обязательного поля</translation>
    </message>
    <message>
        <source>expected an object with a kind ({kinds}), found {found}</source>
        <translation>ожидался объект с полем kind ({kinds}), а не {found}</translation>
    </message>
    <message>
        <source>{value} is not an ensemble source (use one of: {kinds})</source>
        <translation>{value} — не источник ансамбля (допустимо: {kinds})</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is a {kind}, not an inflow node</source>
        <translation>&apos;{id}&apos; — узел типа «{kind}», а не узел притока</translation>
    </message>
    <message>
        <source>node &apos;{id}&apos; does not exist</source>
        <translation>узла &apos;{id}&apos; нет</translation>
    </message>
    <message>
        <source>{value} is not a generator (use one of: {methods})</source>
        <translation>{value} — не генератор (допустимо: {methods})</translation>
    </message>
    <message>
        <source>{value} is not what a central year can be (use {kinds})</source>
        <translation>{value} не может задавать центральный год (допустимо: {kinds})</translation>
    </message>
    <message>
        <source>expected an object keyed by inflow node id, found {found}</source>
        <translation>ожидался объект с идентификаторами узлов притока в качестве ключей, а не {found}</translation>
    </message>
    <message>
        <source>expected an object with mean_mcm and/or cv, found {found}</source>
        <translation>ожидался объект с mean_mcm и/или cv, а не {found}</translation>
    </message>
    <message>
        <source>the dry set cannot be the central set (&apos;{name}&apos;)</source>
        <translation>маловодный вариант не может совпадать с центральным (&apos;{name}&apos;)</translation>
    </message>
    <message>
        <source>the central set &apos;{set}&apos; of &apos;{id}&apos; has no water, so it gives no seasonal shape to spread the mean over</source>
        <translation>в центральном варианте &apos;{set}&apos; у &apos;{id}&apos; нет воды, поэтому по нему нельзя распределить среднее внутри года</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; has {dry} Mm³ in the dry set &apos;{dry_set}&apos; but only {central} Mm³ in the central set &apos;{central_set}&apos;: a dry year must have less water (or give the node its cv)</source>
        <translation>у &apos;{id}&apos; в маловодном варианте &apos;{dry_set}&apos; {dry} млн м³, а в центральном &apos;{central_set}&apos; лишь {central} млн м³: в маловодный год воды должно быть меньше (или задайте узлу cv)</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; has no water in the dry set &apos;{dry_set}&apos;: no lognormal distribution has a dry quantile of 0 (give the node its cv)</source>
        <translation>у &apos;{id}&apos; нет воды в маловодном варианте &apos;{dry_set}&apos;: у логнормального распределения квантиль маловодья не бывает нулевым (задайте узлу cv)</translation>
    </message>
    <message>
        <source>a record&apos;s members are whole water years, but {why}</source>
        <translation>реализации ряда наблюдений — целые водохозяйственные годы, но {why}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>пустой объект</translation>
    </message>
    <message>
        <source>expected an object: inflow node id → one series per member, found {found}</source>
        <translation>ожидался объект «идентификатор узла притока → по ряду на каждую реализацию», а не {found}</translation>
    </message>
    <message>
        <source>every node needs the same number of members ({counts})</source>
        <translation>у всех узлов должно быть одинаковое число реализаций ({counts})</translation>
    </message>
    <message>
        <source>an empty list</source>
        <translation>пустой список</translation>
    </message>
    <message>
        <source>expected a list of members (each a list of numbers), found {found}</source>
        <translation>ожидался список реализаций (каждая — список чисел), а не {found}</translation>
    </message>
    <message>
        <source>expected a list of numbers (member {member}), found {found}</source>
        <translation>ожидался список чисел (реализация {member}), а не {found}</translation>
    </message>
    <message>
        <source>member {member} has {count} values but the time base has {periods} periods</source>
        <translation>в реализации {member} значений: {count}, а во временной сетке периодов: {periods}</translation>
    </message>
    <message>
        <source>the members have different lengths</source>
        <translation>реализации разной длины</translation>
    </message>
</context>
<context>
    <name>EnsembleImport</name>
    <message>
        <source>&apos;{id}&apos; is not an inflow node of this scenario</source>
        <translation>&apos;{id}&apos; — не узел притока этого сценария</translation>
    </message>
    <message>
        <source>a file for one node (&apos;{id}&apos;) needs exactly one value column besides member and period or date; it has {count}</source>
        <translation>в файле для одного узла (&apos;{id}&apos;) кроме столбцов реализации и периода (или даты) должен быть ровно один столбец значений; их здесь: {count}</translation>
    </message>
    <message>
        <source>&apos;{header}&apos; names no inflow node of this scenario</source>
        <translation>&apos;{header}&apos; не называет ни одного узла притока этого сценария</translation>
    </message>
    <message>
        <source>this column has no header</source>
        <translation>у этого столбца нет заголовка</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is already fed by another column</source>
        <translation>&apos;{id}&apos; уже заполняется из другого столбца</translation>
    </message>
    <message>
        <source>no column names an inflow node</source>
        <translation>ни один столбец не называет узел притока</translation>
    </message>
    <message>
        <source>the member is empty</source>
        <translation>реализация не указана</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a period number from 1 to {last}</source>
        <translation>&apos;{value}&apos; — не номер периода от 1 до {last}</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>не число</translation>
    </message>
    <message>
        <source>{value} is negative</source>
        <translation>{value} — отрицательное значение</translation>
    </message>
    <message>
        <source>member {member} has period {period} twice</source>
        <translation>в реализации {member} период {period} встречается дважды</translation>
    </message>
    <message>
        <source>{listed} and {count} more</source>
        <translation>{listed} и ещё {count}</translation>
    </message>
    <message>
        <source>member {member} has no value of &apos;{id}&apos; for periods {periods}</source>
        <translation>в реализации {member} нет значений &apos;{id}&apos; для периодов {periods}</translation>
    </message>
    <message>
        <source>member {member} has no value of &apos;{id}&apos; for period {periods}</source>
        <translation>в реализации {member} нет значения &apos;{id}&apos; для периода {periods}</translation>
    </message>
    <message>
        <source>member {member}: {problem}</source>
        <translation>реализация {member}: {problem}</translation>
    </message>
    <message>
        <source>no &apos;member&apos; column: an ensemble file needs one, saying which member each row belongs to</source>
        <translation>нет столбца &apos;member&apos;: он нужен в файле ансамбля, чтобы указать, к какой реализации относится каждая строка</translation>
    </message>
    <message>
        <source>no &apos;period&apos; or &apos;date&apos; column: say which period each row is (1, 2, … or its first day)</source>
        <translation>нет столбца &apos;period&apos; или &apos;date&apos;: укажите период каждой строки (1, 2, … или его первый день)</translation>
    </message>
    <message>
        <source>the table has a header but no data rows</source>
        <translation>в таблице есть заголовок, но нет строк с данными</translation>
    </message>
    <message>
        <source>every node needs the same number of members</source>
        <translation>у всех узлов должно быть одинаковое число реализаций</translation>
    </message>
</context>
<context>
    <name>EnsembleNetCDF</name>
    <message>
        <source>NetCDF files need the optional packages xarray and h5netcdf, which are not installed: {command}</source>
        <translation>для файлов NetCDF нужны дополнительные пакеты xarray и h5netcdf, они не установлены: {command}</translation>
    </message>
    <message>
        <source>time step {step} is {date}, but period {step} of the scenario starts on {start}: the file&apos;s times must be the first days of the horizon&apos;s periods</source>
        <translation>шаг времени {step} — {date}, а период {step} сценария начинается {start}: время в файле должно совпадать с первыми днями периодов горизонта</translation>
    </message>
    <message>
        <source>the time dimension has {steps} steps but the scenario has {periods} periods</source>
        <translation>в измерении времени шагов: {steps}, а в сценарии периодов: {periods}</translation>
    </message>
    <message>
        <source>{name} cannot be read as NetCDF: {error}</source>
        <translation>{name} не читается как NetCDF: {error}</translation>
    </message>
    <message>
        <source>variable &apos;{name}&apos;</source>
        <translation>переменная &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>{where} has dimensions {dims}; an ensemble needs (member, time)</source>
        <translation>{where}: измерения {dims}, а для ансамбля нужны (member, time)</translation>
    </message>
    <message>
        <source>{where}: &apos;{id}&apos; is not an inflow node of this scenario</source>
        <translation>{where}: &apos;{id}&apos; — не узел притока этого сценария</translation>
    </message>
    <message>
        <source>unknown units &apos;{units}&apos; (use {known})</source>
        <translation>неизвестные единицы &apos;{units}&apos; (допустимо: {known})</translation>
    </message>
    <message>
        <source>no units attribute: give the unit ({known})</source>
        <translation>нет атрибута units: укажите единицы ({known})</translation>
    </message>
    <message>
        <source>{where}: member {member}, period {period} is {value}; inflows must be numbers of at least 0 ({count} such values)</source>
        <translation>{where}: реализация {member}, период {period}: {value}; приток должен быть числом не меньше 0 (таких значений: {count})</translation>
    </message>
    <message>
        <source>{name} holds no variable with dimensions (member, time)</source>
        <translation>в {name} нет переменной с измерениями (member, time)</translation>
    </message>
    <message>
        <source>the variables have different numbers of members</source>
        <translation>у переменных разное число реализаций</translation>
    </message>
</context>
<context>
    <name>FieldCheck</name>
    <message>
        <source>a number of more than 4000 digits</source>
        <translation>число длиной более 4000 цифр</translation>
    </message>
    <message>
        <source>{text}… ({count} characters)</source>
        <translation>{text}… (символов: {count})</translation>
    </message>
    <message numerus="yes">
        <source>{what} of {count} items</source>
        <translation>
            <numerusform>{what} из {count} элемента</numerusform>
            <numerusform>{what} из {count} элементов</numerusform>
            <numerusform>{what} из {count} элементов</numerusform>
        </translation>
    </message>
    <message>
        <source>a number</source>
        <translation>число</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>список</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>объект</translation>
    </message>
    <message>
        <source>expected an object, found {found}</source>
        <translation>ожидался объект, а не {found}</translation>
    </message>
    <message>
        <source>{value} is not a valid id (1-64 letters, digits, _ and -)</source>
        <translation>{value} — недопустимый идентификатор (от 1 до 64 латинских букв, цифр, _ и -)</translation>
    </message>
    <message>
        <source>unknown inflow set &apos;{name}&apos; (the scenario defines: {sets})</source>
        <translation>неизвестный вариант притока &apos;{name}&apos; (в сценарии заданы: {sets})</translation>
    </message>
    <message>
        <source>text contains the unpaired surrogate {code}, which is not a character</source>
        <translation>текст содержит непарный суррогат {code}, который не является символом</translation>
    </message>
    <message>
        <source>needs a value (null is not allowed here)</source>
        <translation>нужно значение (null здесь не допускается)</translation>
    </message>
    <message>
        <source>expected a number, found {found}</source>
        <translation>ожидалось число, а не {found}</translation>
    </message>
    <message>
        <source>number is too large</source>
        <translation>слишком большое число</translation>
    </message>
    <message>
        <source>{value} is not a finite number</source>
        <translation>{value} — не конечное число</translation>
    </message>
    <message>
        <source>{value} is too large: must be {limit}</source>
        <translation>{value} — слишком много: допустимо {limit}</translation>
    </message>
    <message>
        <source>{value} is too low: must be {limit}</source>
        <translation>{value} — слишком мало: допустимо {limit}</translation>
    </message>
    <message>
        <source>{value} is negative</source>
        <translation>{value} — отрицательное значение</translation>
    </message>
    <message>
        <source>{value} is below the minimum {minimum}</source>
        <translation>{value} меньше минимума {minimum}</translation>
    </message>
    <message>
        <source>{value} is outside {interval} (must be below {maximum})</source>
        <translation>{value} вне интервала {interval} (должно быть меньше {maximum})</translation>
    </message>
    <message>
        <source>{value} is outside {interval} (must be at most {maximum})</source>
        <translation>{value} вне интервала {interval} (должно быть не больше {maximum})</translation>
    </message>
    <message>
        <source>expected a whole number, found {found}</source>
        <translation>ожидалось целое число, а не {found}</translation>
    </message>
    <message>
        <source>{value} is above the maximum {maximum}: must be {limit}</source>
        <translation>{value} больше максимума {maximum}: допустимо {limit}</translation>
    </message>
    <message>
        <source>{value} is above the maximum {maximum}</source>
        <translation>{value} больше максимума {maximum}</translation>
    </message>
    <message>
        <source>expected text, found {found}</source>
        <translation>ожидался текст, а не {found}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is too long: at most {limit} characters</source>
        <translation>&apos;{text}&apos; — слишком длинно: не более {limit} символов</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>не должно быть пустым</translation>
    </message>
    <message>
        <source>expected a list of numbers, found {found}</source>
        <translation>ожидался список чисел, а не {found}</translation>
    </message>
    <message>
        <source>has {count} values but the time base has {periods} periods</source>
        <translation>значений: {count}, а во временной сетке периодов: {periods}</translation>
    </message>
    <message>
        <source>{count} values in all are wrong (the first 5 are listed)</source>
        <translation>всего неверных значений: {count} (показаны первые 5)</translation>
    </message>
    <message>
        <source>unknown field (did you mean &apos;{name}&apos;?)</source>
        <translation>неизвестное поле (может быть, &apos;{name}&apos;?)</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>неизвестное поле</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>нет обязательного поля</translation>
    </message>
    <message>
        <source>expected true or false, found {found}</source>
        <translation>ожидалось true или false, а не {found}</translation>
    </message>
    <message>
        <source>expected an object with a kind ({kinds}), found {found}</source>
        <translation>ожидался объект с полем kind ({kinds}), а не {found}</translation>
    </message>
    <message>
        <source>{value} is not an operating rule (use one of: {kinds})</source>
        <translation>{value} — не правило регулирования (допустимо: {kinds})</translation>
    </message>
    <message>
        <source>a guide-curve rule needs its guide curve (the target storage of every period)</source>
        <translation>для правила по диспетчерскому графику нужен сам график (целевой объём на каждый период)</translation>
    </message>
    <message>
        <source>a buffer zone needs both its top (buffer_mcm) and its release (buffer_release_m3s)</source>
        <translation>для буферной зоны нужны и её верхняя граница (buffer_mcm), и попуск (buffer_release_m3s)</translation>
    </message>
    <message>
        <source>expected a list of plants, found {found}</source>
        <translation>ожидался список ГЭС, а не {found}</translation>
    </message>
    <message>
        <source>plant id &apos;{id}&apos; is used twice</source>
        <translation>идентификатор ГЭС &apos;{id}&apos; использован дважды</translation>
    </message>
    <message>
        <source>{value} is not a two-letter country code such as KG</source>
        <translation>{value} — не двухбуквенный код страны (например, KG)</translation>
    </message>
    <message>
        <source>expected an object of country code → share, found {found}</source>
        <translation>ожидался объект «код страны → доля», а не {found}</translation>
    </message>
    <message>
        <source>{value} is not a two-letter country code such as UZ</source>
        <translation>{value} — не двухбуквенный код страны (например, UZ)</translation>
    </message>
    <message>
        <source>{value} is not a share: use a number above 0 and at most 1</source>
        <translation>{value} — не доля: укажите число больше 0 и не больше 1</translation>
    </message>
    <message>
        <source>the shares add up to {total}, not 1</source>
        <translation>сумма долей — {total}, а не 1</translation>
    </message>
    <message>
        <source>expected an object with one series per inflow set, found {found}</source>
        <translation>ожидался объект с рядом для каждого варианта притока, а не {found}</translation>
    </message>
    <message>
        <source>has no series for inflow set &apos;{name}&apos;</source>
        <translation>нет ряда для варианта притока &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>expected an object with columns level_m, area_km2, volume_mcm, found {found}</source>
        <translation>ожидался объект со столбцами level_m, area_km2, volume_mcm, а не {found}</translation>
    </message>
    <message>
        <source>columns level_m, area_km2 and volume_mcm must have the same length</source>
        <translation>столбцы level_m, area_km2 и volume_mcm должны быть одной длины</translation>
    </message>
    <message>
        <source>needs at least two rows</source>
        <translation>нужно не меньше двух строк</translation>
    </message>
    <message>
        <source>{value} after {previous}: the column must be strictly increasing</source>
        <translation>{value} после {previous}: значения в столбце должны строго возрастать</translation>
    </message>
    <message>
        <source>{value} after {previous}: the column must be non-decreasing</source>
        <translation>{value} после {previous}: значения в столбце не должны убывать</translation>
    </message>
    <message>
        <source>a key: {problem}</source>
        <translation>ключ: {problem}</translation>
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
        <translation>Тип</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Local name</source>
        <translation>Местное название</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Limit, Apr–Sep</source>
        <translation>Лимит, апр–сен</translation>
    </message>
    <message>
        <source>Limit, Oct–Mar</source>
        <translation>Лимит, окт–мар</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
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
        <source>Energy</source>
        <translation>Электроэнергия</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>Сезон</translation>
    </message>
    <message>
        <source>Water in return</source>
        <translation>Вода взамен</translation>
    </message>
    <message>
        <source>Season of the water</source>
        <translation>Сезон подачи воды</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Начальное значение (seed)</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Реализации</translation>
    </message>
    <message>
        <source>Central inflow set</source>
        <translation>Центральный вариант притока</translation>
    </message>
    <message>
        <source>Central year is the</source>
        <translation>Центральный год — это</translation>
    </message>
    <message>
        <source>Dry inflow set</source>
        <translation>Маловодный вариант притока</translation>
    </message>
    <message>
        <source>Dry set exceeded in</source>
        <translation>Обеспеченность маловодного варианта</translation>
    </message>
    <message>
        <source>Cross-correlation between rivers</source>
        <translation>Взаимная корреляция рек</translation>
    </message>
    <message>
        <source>Year-to-year persistence</source>
        <translation>Автокорреляция между годами</translation>
    </message>
    <message>
        <source>Period-to-period noise</source>
        <translation>Разброс от периода к периоду</translation>
    </message>
    <message>
        <source>Default coefficient of variation</source>
        <translation>Коэффициент вариации по умолчанию</translation>
    </message>
    <message>
        <source>Statistics per node</source>
        <translation>Статистики по узлам</translation>
    </message>
    <message>
        <source>Turbine capacity</source>
        <translation>Пропускная способность турбин</translation>
    </message>
    <message>
        <source>Installed power</source>
        <translation>Установленная мощность</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>КПД</translation>
    </message>
    <message>
        <source>Tailwater level</source>
        <translation>Уровень нижнего бьефа</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Площадь</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Объём</translation>
    </message>
    <message>
        <source>Schematic x</source>
        <translation>Схема, x</translation>
    </message>
    <message>
        <source>Schematic y</source>
        <translation>Схема, y</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Откуда</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Куда</translation>
    </message>
    <message>
        <source>Travel time</source>
        <translation>Время добегания</translation>
    </message>
    <message>
        <source>Loss fraction</source>
        <translation>Доля потерь</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Полный объём</translation>
    </message>
    <message>
        <source>Overflow route</source>
        <translation>Путь сброса излишков</translation>
    </message>
    <message>
        <source>Flow in transit at the start</source>
        <translation>Вода в пути на начало расчёта</translation>
    </message>
    <message>
        <source>Run-of-river plants</source>
        <translation>Русловые ГЭС</translation>
    </message>
    <message>
        <source>Return share</source>
        <translation>Доля в возвратном стоке</translation>
    </message>
    <message>
        <source>Inflow set for other nodes</source>
        <translation>Вариант притока для остальных узлов</translation>
    </message>
    <message>
        <source>Inflow</source>
        <translation>Приток</translation>
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
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Date of the initial state</source>
        <translation>Дата начального состояния</translation>
    </message>
    <message>
        <source>Dead storage</source>
        <translation>Мёртвый объём</translation>
    </message>
    <message>
        <source>Initial storage</source>
        <translation>Начальный объём</translation>
    </message>
    <message>
        <source>Level–area–volume table</source>
        <translation>Кривая «уровень – площадь – объём»</translation>
    </message>
    <message>
        <source>Evaporation depth</source>
        <translation>Слой испарения</translation>
    </message>
    <message>
        <source>Minimum release</source>
        <translation>Минимальный попуск</translation>
    </message>
    <message>
        <source>Maximum release</source>
        <translation>Максимальный попуск</translation>
    </message>
    <message>
        <source>Flood-control storage</source>
        <translation>Противопаводковый объём</translation>
    </message>
    <message>
        <source>Seepage</source>
        <translation>Фильтрация</translation>
    </message>
    <message>
        <source>Hydropower plant</source>
        <translation>ГЭС</translation>
    </message>
    <message>
        <source>Operating minimum</source>
        <translation>Эксплуатационный минимум</translation>
    </message>
    <message>
        <source>Operating rule</source>
        <translation>Правило регулирования</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Водопотребность</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Return-flow fraction</source>
        <translation>Доля возвратного стока</translation>
    </message>
    <message>
        <source>Drainage residence time</source>
        <translation>Время пребывания в дренаже</translation>
    </message>
    <message>
        <source>Drainage store at the start</source>
        <translation>Дренажный запас на начало</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Лимит водозабора</translation>
    </message>
    <message>
        <source>Country shares</source>
        <translation>Доли стран</translation>
    </message>
    <message>
        <source>Required flow</source>
        <translation>Требуемый расход</translation>
    </message>
    <message>
        <source>Precipitation depth</source>
        <translation>Слой осадков</translation>
    </message>
    <message>
        <source>Outflow crest level</source>
        <translation>Отметка гребня водосброса</translation>
    </message>
    <message>
        <source>Maximum outflow</source>
        <translation>Максимальный расход сброса</translation>
    </message>
    <message>
        <source>Mean annual volume</source>
        <translation>Средний годовой объём</translation>
    </message>
    <message>
        <source>Coefficient of variation</source>
        <translation>Коэффициент вариации</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Напор</translation>
    </message>
    <message>
        <source>Inflow set</source>
        <translation>Вариант притока</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Попуск</translation>
    </message>
    <message>
        <source>Guide curve</source>
        <translation>Диспетчерский график</translation>
    </message>
    <message>
        <source>Top of buffer zone</source>
        <translation>Верхняя граница буферной зоны</translation>
    </message>
    <message>
        <source>Buffer release</source>
        <translation>Попуск в буферной зоне</translation>
    </message>
    <message>
        <source>Time step</source>
        <translation>Шаг по времени</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Число периодов</translation>
    </message>
    <message>
        <source>Water year starts in month</source>
        <translation>Месяц начала водохозяйственного года</translation>
    </message>
    <message>
        <source>1 to 64 letters, digits, _ and -</source>
        <translation>От 1 до 64 латинских букв, цифр, _ и -</translation>
    </message>
    <message>
        <source>At most 200 characters</source>
        <translation>Не более 200 символов</translation>
    </message>
    <message>
        <source>Name in the local script, e.g. Тоқтоғұл</source>
        <translation>Название местным письмом, например Тоқтоғұл</translation>
    </message>
    <message>
        <source>ISO 3166 two-letter code: KG, TJ, UZ, KZ</source>
        <translation>Двухбуквенный код ISO 3166: KG, TJ, UZ, KZ</translation>
    </message>
    <message>
        <source>ICWC withdrawal limit for the vegetation season</source>
        <translation>Лимит водозабора МКВК на вегетационный период</translation>
    </message>
    <message>
        <source>ICWC withdrawal limit for the non-vegetation season</source>
        <translation>Лимит водозабора МКВК на межвегетационный период</translation>
    </message>
    <message>
        <source>Where the members come from: generator, record or members</source>
        <translation>Откуда берутся реализации: generator (генератор), record (ряд наблюдений) или members (заданные реализации)</translation>
    </message>
    <message>
        <source>Country delivering the energy</source>
        <translation>Страна, поставляющая электроэнергию</translation>
    </message>
    <message>
        <source>Country receiving the energy</source>
        <translation>Страна, получающая электроэнергию</translation>
    </message>
    <message>
        <source>non_vegetation (Oct–Mar) or vegetation (Apr–Sep)</source>
        <translation>non_vegetation (окт–мар) или vegetation (апр–сен)</translation>
    </message>
    <message>
        <source>generator, record or members</source>
        <translation>generator, record или members</translation>
    </message>
    <message>
        <source>The stochastic generator: {methods}</source>
        <translation>Стохастический генератор: {methods}</translation>
    </message>
    <message>
        <source>Whole number from 0 to 2^53 - 1: the same seed gives the same members</source>
        <translation>Целое число от 0 до 2^53 - 1: одно и то же значение даёт те же реализации</translation>
    </message>
    <message>
        <source>How many members to generate, 1 to {most}</source>
        <translation>Сколько реализаций получить, от 1 до {most}</translation>
    </message>
    <message>
        <source>The inflow set giving each node&apos;s central year and seasonal shape (default: the set named median, else the first)</source>
        <translation>Вариант притока, задающий центральный год и внутригодовое распределение каждого узла (по умолчанию — вариант median, иначе первый)</translation>
    </message>
    <message>
        <source>What the central set stands for: mean (default) or median</source>
        <translation>Что представляет центральный вариант: mean (среднее, по умолчанию) или median (медиану)</translation>
    </message>
    <message>
        <source>The inflow set giving each node&apos;s dry quantile (default: the set named dry, if any)</source>
        <translation>Вариант притока, задающий маловодный квантиль каждого узла (по умолчанию — вариант dry, если он есть)</translation>
    </message>
    <message>
        <source>Share of years with more water than the dry set; default {default} (P = 90 %)</source>
        <translation>Доля лет, более многоводных, чем маловодный вариант; по умолчанию {default} (P = 90 %)</translation>
    </message>
    <message>
        <source>Correlation of the rivers&apos; annual normal scores, 0 to below 1; default {default} (an estimate, see docs/ensembles.md)</source>
        <translation>Корреляция нормированных годовых значений рек, от 0 до значений меньше 1; по умолчанию {default} (оценка, см. docs/ensembles.md)</translation>
    </message>
    <message>
        <source>Lag-one autocorrelation of annual normal scores, 0 to below 1; default {default} (an estimate, see docs/ensembles.md)</source>
        <translation>Автокорреляция нормированных годовых значений с лагом 1, от 0 до значений меньше 1; по умолчанию {default} (оценка, см. docs/ensembles.md)</translation>
    </message>
    <message>
        <source>Coefficient of variation of the noise on the seasonal shape, 0 to 2; default {default} (an estimate, see docs/ensembles.md)</source>
        <translation>Коэффициент вариации шума внутригодового распределения, от 0 до 2; по умолчанию {default} (оценка, см. docs/ensembles.md)</translation>
    </message>
    <message>
        <source>Of annual volumes, for nodes with no dry set and no cv of their own; default {default} (the Syr Darya basin total, R49)</source>
        <translation>Годовых объёмов — для узлов без маловодного варианта и собственного cv; по умолчанию {default} (по бассейну Сырдарьи в целом, R49)</translation>
    </message>
    <message>
        <source>Inflow node id → {mean_mcm, cv}: annual statistics replacing the fitted ones</source>
        <translation>Идентификатор узла притока → {mean_mcm, cv}: годовые статистики вместо подобранных по ряду</translation>
    </message>
    <message>
        <source>Share of the water&apos;s power turned into electricity, 0 to 1</source>
        <translation>Доля мощности потока, превращаемая в электроэнергию, от 0 до 1</translation>
    </message>
    <message>
        <source>Share of the flow lost on the way, from 0 up to (not including) 1</source>
        <translation>Доля расхода, теряемая в пути, от 0 до 1 (не включая 1)</translation>
    </message>
    <message>
        <source>Empty: unlimited; one number, or one per period</source>
        <translation>Пусто — без ограничения; одно число или по числу на каждый период</translation>
    </message>
    <message>
        <source>Carries what exceeds the capacity of the node&apos;s main link</source>
        <translation>Пропускает то, что превышает пропускную способность основного участка узла</translation>
    </message>
    <message>
        <source>On a demand&apos;s return link: its share of the return flow, 0 to 1 (the shares of a demand&apos;s return links sum to 1); empty: an equal part of what the others leave</source>
        <translation>На участке возвратного стока водопотребности: его доля возвратного стока, от 0 до 1 (доли всех таких участков в сумме дают 1); пусто — поровну из того, что оставили другие</translation>
    </message>
    <message>
        <source>Inflow node id → one series per member</source>
        <translation>Идентификатор узла притока → по ряду на каждую реализацию</translation>
    </message>
    <message>
        <source>The inflow set used in every member for inflow nodes not listed (default: the first)</source>
        <translation>Вариант притока, используемый во всех реализациях для неперечисленных узлов притока (по умолчанию — первый)</translation>
    </message>
    <message>
        <source>Must not be empty; at most 200 characters</source>
        <translation>Не может быть пустым; не более 200 символов</translation>
    </message>
    <message>
        <source>The day the initial storages were observed (YYYY-MM-DD)</source>
        <translation>День, на который известны начальные объёмы (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>One series per inflow set</source>
        <translation>По ряду на каждый вариант притока</translation>
    </message>
    <message>
        <source>One number, or one per period</source>
        <translation>Одно число или по числу на каждый период</translation>
    </message>
    <message>
        <source>Highest storage allowed at the end of each period</source>
        <translation>Наибольший допустимый объём на конец каждого периода</translation>
    </message>
    <message>
        <source>Only the minimum release may draw the storage below it</source>
        <translation>Сработать водохранилище ниже него может только минимальный попуск</translation>
    </message>
    <message>
        <source>1 is served first</source>
        <translation>Приоритет 1 обслуживается первым</translation>
    </message>
    <message>
        <source>Share of the delivery that flows back to the river, 0 to 1</source>
        <translation>Доля водоподачи, возвращающаяся в реку, от 0 до 1</translation>
    </message>
    <message>
        <source>0: the return flows back in the period of the delivery; k &gt; 0: it recharges a drainage store that releases 1 − exp(−1/k) of its content each period (from the next period on)</source>
        <translation>0: возвратный сток возвращается в том же периоде, что и водоподача; k &gt; 0: он пополняет дренажный запас, который каждый период (начиная со следующего) отдаёт 1 − exp(−1/k) своего содержимого</translation>
    </message>
    <message>
        <source>Water held in the drainage store at the start (needs a residence time above 0)</source>
        <translation>Вода в дренажном запасе на начало (нужно время пребывания больше 0)</translation>
    </message>
    <message>
        <source>ICWC limit: caps the delivery and is what a proportional sharing shares</source>
        <translation>Лимит МКВК: ограничивает водоподачу; именно его делит пропорциональное распределение</translation>
    </message>
    <message>
        <source>Share of the zone per country (by irrigated area), summing to 1</source>
        <translation>Доли зоны по странам (по орошаемой площади), в сумме 1</translation>
    </message>
    <message>
        <source>Empty: unlimited</source>
        <translation>Пусто — без ограничения</translation>
    </message>
    <message>
        <source>Mean water-year volume</source>
        <translation>Средний объём за водохозяйственный год</translation>
    </message>
    <message>
        <source>Of annual volumes (standard deviation / mean), 0 to 5</source>
        <translation>Годовых объёмов (стандартное отклонение / среднее), от 0 до 5</translation>
    </message>
    <message>
        <source>Gross head of the plant</source>
        <translation>Напор ГЭС брутто</translation>
    </message>
    <message>
        <source>The multi-year inflow set whose water years are the members (default: the first)</source>
        <translation>Многолетний вариант притока, водохозяйственные годы которого служат реализациями (по умолчанию — первый)</translation>
    </message>
    <message>
        <source>schedule: release the scheduled target; demand_following: release what the demands and minimum flows below need; guide_curve: keep the storage on a target curve</source>
        <translation>schedule: попуск по графику; demand_following: попуск по нуждам водопотребителей и минимальных расходов ниже по течению; guide_curve: держать объём на целевой кривой</translation>
    </message>
    <message>
        <source>Target storage at the end of each period</source>
        <translation>Целевой объём на конец каждого периода</translation>
    </message>
    <message>
        <source>Below it (at the start of a period) the release is cut to the buffer release</source>
        <translation>Если объём на начало периода ниже неё, попуск сокращается до попуска буферной зоны</translation>
    </message>
    <message>
        <source>Release while in the buffer zone; one number, or one per period</source>
        <translation>Попуск в буферной зоне; одно число или по числу на каждый период</translation>
    </message>
    <message>
        <source>at most 100 000 000 Mm³ (100 000 km³): the largest lake on Earth, the Caspian Sea, holds about 78 000 km³</source>
        <translation>не более 100 000 000 млн м³ (100 000 км³): крупнейшее озеро Земли, Каспийское море, вмещает около 78 000 км³</translation>
    </message>
    <message>
        <source>at most 1 000 000 m³/s: the largest river flow on Earth, the Amazon in flood, is about 300 000 m³/s</source>
        <translation>не более 1 000 000 м³/с: наибольший расход реки на Земле — у Амазонки в паводок — около 300 000 м³/с</translation>
    </message>
    <message>
        <source>at most 1 000 000 MW: the largest power station on Earth, Three Gorges, has 22 500 MW</source>
        <translation>не более 1 000 000 МВт: у крупнейшей электростанции Земли, «Три ущелья», 22 500 МВт</translation>
    </message>
    <message>
        <source>between -500 and 9 000 m a.s.l.: the Dead Sea shore lies at about -430 m, the summit of Everest at 8 849 m</source>
        <translation>от -500 до 9 000 м абс.: берег Мёртвого моря лежит на отметке около -430 м, вершина Эвереста — 8 849 м</translation>
    </message>
    <message>
        <source>at most 1 000 000 km²: the largest lake on Earth, the Caspian Sea, covers about 371 000 km²</source>
        <translation>не более 1 000 000 км²: площадь крупнейшего озера Земли, Каспийского моря, — около 371 000 км²</translation>
    </message>
    <message>
        <source>between -1 000 000 and 1 000 000 (a place on the schematic drawing)</source>
        <translation>от -1 000 000 до 1 000 000 (место на схеме)</translation>
    </message>
    <message>
        <source>at most 400 000 periods (about 1 100 years of days)</source>
        <translation>не более 400 000 периодов (около 1 100 лет посуточно)</translation>
    </message>
    <message>
        <source>at most 1 000 000 Mm³ per period: even the Amazon carries about 560 000 Mm³ in a month</source>
        <translation>не более 1 000 000 млн м³ за период: даже Амазонка проносит за месяц около 560 000 млн м³</translation>
    </message>
    <message>
        <source>at most 1 000 000 Mm³ (1 000 km³): the largest reservoir on Earth, Kariba, holds about 180 km³</source>
        <translation>не более 1 000 000 млн м³ (1 000 км³): крупнейшее водохранилище Земли, Кариба, вмещает около 180 км³</translation>
    </message>
    <message>
        <source>at most 2 000 mm per period: open water in the hottest deserts loses about 4 000 mm in a whole year</source>
        <translation>не более 2 000 мм за период: открытая водная поверхность в самых жарких пустынях теряет около 4 000 мм за целый год</translation>
    </message>
    <message>
        <source>at most 10 000 mm per period: the wettest month ever recorded (Cherrapunji, July 1861) brought about 9 300 mm</source>
        <translation>не более 10 000 мм за период: в самый дождливый месяц за всю историю наблюдений (Черрапунджи, июль 1861 г.) выпало около 9 300 мм</translation>
    </message>
</context>
<context>
    <name>Horizon</name>
    <message>
        <source>years must be at least 1</source>
        <translation>число лет должно быть не меньше 1</translation>
    </message>
    <message>
        <source>the scenario is not monthly</source>
        <translation>сценарий не помесячный</translation>
    </message>
</context>
<context>
    <name>ImportUnits</name>
    <message>
        <source>{unit} (mean flow over each period)</source>
        <translation>{unit} (средний расход за каждый период)</translation>
    </message>
    <message>
        <source>{unit} (volume per period)</source>
        <translation>{unit} (объём за период)</translation>
    </message>
    <message>
        <source>the header names two units ({units}): choose the column&apos;s unit</source>
        <translation>в заголовке указаны две единицы ({units}): выберите единицу столбца</translation>
    </message>
    <message>
        <source>the header&apos;s unit &apos;{text}&apos; is not one WaterPlanner knows ({known}): choose the column&apos;s unit</source>
        <translation>единица &apos;{text}&apos; из заголовка незнакома WaterPlanner (известны: {known}): выберите единицу столбца</translation>
    </message>
</context>
<context>
    <name>LinkFields</name>
    <message>
        <source>Capacity</source>
        <translation>Пропускная способность</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <source> or </source>
        <translation> или </translation>
    </message>
    <message>
        <source> and </source>
        <translation> и </translation>
    </message>
</context>
<context>
    <name>Months</name>
    <message>
        <source>Jan</source>
        <translation>янв</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>фев</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>мар</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>апр</translation>
    </message>
    <message>
        <source>May</source>
        <translation>май</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>июн</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>июл</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>авг</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>сен</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>окт</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>ноя</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>дек</translation>
    </message>
    <message>
        <source>1 January</source>
        <translation>1 января</translation>
    </message>
    <message>
        <source>1 February</source>
        <translation>1 февраля</translation>
    </message>
    <message>
        <source>1 March</source>
        <translation>1 марта</translation>
    </message>
    <message>
        <source>1 April</source>
        <translation>1 апреля</translation>
    </message>
    <message>
        <source>1 May</source>
        <translation>1 мая</translation>
    </message>
    <message>
        <source>1 June</source>
        <translation>1 июня</translation>
    </message>
    <message>
        <source>1 July</source>
        <translation>1 июля</translation>
    </message>
    <message>
        <source>1 August</source>
        <translation>1 августа</translation>
    </message>
    <message>
        <source>1 September</source>
        <translation>1 сентября</translation>
    </message>
    <message>
        <source>1 October</source>
        <translation>1 октября</translation>
    </message>
    <message>
        <source>1 November</source>
        <translation>1 ноября</translation>
    </message>
    <message>
        <source>1 December</source>
        <translation>1 декабря</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <source>{month} {year} d{dekad}</source>
        <translation>{month} {year}, {dekad}-я дек.</translation>
    </message>
</context>
<context>
    <name>NodeKinds</name>
    <message>
        <source>Inflow</source>
        <translation>Приток</translation>
    </message>
    <message>
        <source>Reservoir</source>
        <translation>Водохранилище</translation>
    </message>
    <message>
        <source>Junction</source>
        <translation>Узел</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Водопотребность</translation>
    </message>
    <message>
        <source>Minimum flow</source>
        <translation>Минимальный расход</translation>
    </message>
    <message>
        <source>Terminal lake</source>
        <translation>Конечный водоём</translation>
    </message>
    <message>
        <source>Sink</source>
        <translation>Выход из системы</translation>
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
        <source>junction</source>
        <translation>узел</translation>
    </message>
    <message>
        <source>demand</source>
        <translation>водопотребность</translation>
    </message>
    <message>
        <source>min_flow</source>
        <translation>минимальный расход</translation>
    </message>
    <message>
        <source>terminal_lake</source>
        <translation>конечный водоём</translation>
    </message>
    <message>
        <source>sink</source>
        <translation>выход из системы</translation>
    </message>
    <message>
        <source>min flow</source>
        <translation>минимальный расход</translation>
    </message>
    <message>
        <source>terminal lake</source>
        <translation>конечный водоём</translation>
    </message>
</context>
<context>
    <name>Objectives</name>
    <message>
        <source>&apos;{label}&apos; is not an objective: use kind[:node,node][:season] with kind one of {kinds} and season one of {seasons}</source>
        <translation>&apos;{label}&apos; — не цель оптимизации: пишите kind[:node,node][:season], где kind — одно из: {kinds}, а season — одно из: {seasons}</translation>
    </message>
    <message>
        <source>&apos;{label}&apos;: a {kind} objective needs numbers; define it in the scenario&apos;s optimisation section and refer to it by its name</source>
        <translation>&apos;{label}&apos;: для цели {kind} нужны числа; задайте её в разделе оптимизации сценария и ссылайтесь на неё по названию</translation>
    </message>
    <message>
        <source>&apos;{label}&apos;: a {kind} objective names exactly one node</source>
        <translation>&apos;{label}&apos;: цель {kind} указывает ровно один узел</translation>
    </message>
    <message>
        <source>&apos;{label}&apos;: a spill objective has no season</source>
        <translation>&apos;{label}&apos;: у цели spill нет сезона</translation>
    </message>
</context>
<context>
    <name>OptimisationCheck</name>
    <message>
        <source>value</source>
        <translation>значение</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>вес</translation>
    </message>
    <message>
        <source>penalty</source>
        <translation>штраф</translation>
    </message>
    <message>
        <source>regularisation weight</source>
        <translation>вес регуляризации</translation>
    </message>
    <message>
        <source>expected a number ≥ {minimum}</source>
        <translation>ожидалось число ≥ {minimum}</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>ожидалось число</translation>
    </message>
    <message>
        <source>{value} is below the smallest {what} allowed, {bound}</source>
        <translation>{what}: {value} меньше наименьшего допустимого, {bound}</translation>
    </message>
    <message>
        <source>{value} is above the largest {what} allowed, {bound}</source>
        <translation>{what}: {value} больше наибольшего допустимого, {bound}</translation>
    </message>
    <message>
        <source>expected a node id (text)</source>
        <translation>ожидался идентификатор узла (текст)</translation>
    </message>
    <message>
        <source>there is no node &apos;{id}&apos;</source>
        <translation>узла &apos;{id}&apos; нет</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is a {kind}, not a {wanted}</source>
        <translation>&apos;{id}&apos; — узел типа «{kind}», а требуется {wanted}</translation>
    </message>
    <message>
        <source>reservoir &apos;{id}&apos; has no hydropower plant</source>
        <translation>у водохранилища &apos;{id}&apos; нет ГЭС</translation>
    </message>
    <message>
        <source>expected a list with one number per period</source>
        <translation>ожидался список с одним числом на каждый период</translation>
    </message>
    <message>
        <source>has {count} values; the time base has {periods} periods</source>
        <translation>значений: {count}, а во временной сетке периодов: {periods}</translation>
    </message>
    <message>
        <source>expected a number or null</source>
        <translation>ожидалось число или null</translation>
    </message>
    <message>
        <source>expected an object describing one objective</source>
        <translation>ожидался объект с описанием одной цели</translation>
    </message>
    <message>
        <source>expected an object describing one constraint</source>
        <translation>ожидался объект с описанием одного ограничения</translation>
    </message>
    <message>
        <source>{value} is not an objective kind (use {kinds})</source>
        <translation>{value} — не вид цели (допустимо: {kinds})</translation>
    </message>
    <message>
        <source>{value} is not an constraint kind (use {kinds})</source>
        <translation>{value} — не вид ограничения (допустимо: {kinds})</translation>
    </message>
    <message>
        <source>unknown key for a {kind} objective (known: {keys})</source>
        <translation>неизвестный ключ для цели {kind} (известны: {keys})</translation>
    </message>
    <message>
        <source>unknown key for a {kind} constraint (known: {keys})</source>
        <translation>неизвестный ключ для ограничения {kind} (известны: {keys})</translation>
    </message>
    <message>
        <source>a {kind} objective needs &apos;{key}&apos;</source>
        <translation>для цели {kind} нужен ключ &apos;{key}&apos;</translation>
    </message>
    <message>
        <source>a {kind} constraint needs &apos;{key}&apos;</source>
        <translation>для ограничения {kind} нужен ключ &apos;{key}&apos;</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>ожидался текст</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>ожидалось true или false</translation>
    </message>
    <message>
        <source>expected a list of node ids</source>
        <translation>ожидался список идентификаторов узлов</translation>
    </message>
    <message>
        <source>expected a number (Mm³) or &quot;start&quot;</source>
        <translation>ожидалось число (млн м³) или &quot;start&quot;</translation>
    </message>
    <message>
        <source>expected a country code (text)</source>
        <translation>ожидался код страны (текст)</translation>
    </message>
    <message>
        <source>{value} is not a season (use {seasons})</source>
        <translation>{value} — не сезон (допустимо: {seasons})</translation>
    </message>
    <message>
        <source>{value} is not a season of the ICWC limits (use {seasons})</source>
        <translation>{value} — не сезон лимитов МКВК (допустимо: {seasons})</translation>
    </message>
    <message>
        <source>{value}: use &apos;period&apos; or &apos;total&apos;</source>
        <translation>{value}: используйте &apos;period&apos; или &apos;total&apos;</translation>
    </message>
    <message>
        <source>{value} is not a limit (use {limits})</source>
        <translation>{value} — не ограничение сети (допустимо: {limits})</translation>
    </message>
    <message>
        <source>a {kind} needs min_mcm, max_mcm or both</source>
        <translation>для {kind} нужен min_mcm, max_mcm или оба</translation>
    </message>
    <message>
        <source>a release_bounds needs at least one of min_mcm, max_mcm (Mm³ per period), min_m3s, max_m3s (mean flow)</source>
        <translation>для release_bounds нужен хотя бы один из ключей min_mcm, max_mcm (млн м³ за период), min_m3s, max_m3s (средний расход)</translation>
    </message>
    <message>
        <source>give {one} or {other}, not both</source>
        <translation>укажите {one} или {other}, но не оба сразу</translation>
    </message>
    <message>
        <source>a season applies to min_m3s and max_m3s only</source>
        <translation>сезон относится только к min_m3s и max_m3s</translation>
    </message>
    <message>
        <source>a ramping limit needs exactly one of max_change_m3s (mean flow) and max_change_mcm (volume per period)</source>
        <translation>для ограничения скорости изменения попусков нужен ровно один из ключей max_change_m3s (средний расход) и max_change_mcm (объём за период)</translation>
    </message>
    <message>
        <source>name the country whose limit applies (its code, e.g. UZ)</source>
        <translation>укажите страну, чей лимит применяется (её код, например UZ)</translation>
    </message>
    <message>
        <source>name plants or a country, not both</source>
        <translation>укажите ГЭС или страну, но не то и другое сразу</translation>
    </message>
    <message>
        <source>minimum {minimum} is above the maximum {maximum}</source>
        <translation>минимум {minimum} больше максимума {maximum}</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>ожидался объект</translation>
    </message>
    <message>
        <source>expected a list of reservoir ids</source>
        <translation>ожидался список идентификаторов водохранилищ</translation>
    </message>
    <message>
        <source>{value}: use {choices}</source>
        <translation>{value}: используйте {choices}</translation>
    </message>
    <message>
        <source>expected a list of objectives</source>
        <translation>ожидался список целей</translation>
    </message>
    <message>
        <source>expected a list of constraints</source>
        <translation>ожидался список ограничений</translation>
    </message>
    <message>
        <source>the name &apos;{name}&apos; is used twice</source>
        <translation>название &apos;{name}&apos; использовано дважды</translation>
    </message>
    <message>
        <source>expected one of {modes} or an object {object}</source>
        <translation>ожидалось одно из {modes} или объект {object}</translation>
    </message>
    <message>
        <source>expected &quot;off&quot; or an object {object}</source>
        <translation>ожидалось &quot;off&quot; или объект {object}</translation>
    </message>
    <message>
        <source>expected a whole number ≥ 1</source>
        <translation>ожидалось целое число ≥ 1</translation>
    </message>
    <message>
        <source>{value} is above the largest number of iterations allowed, {maximum}</source>
        <translation>{value} больше наибольшего допустимого числа итераций, {maximum}</translation>
    </message>
    <message>
        <source>expected a number &gt; 0</source>
        <translation>ожидалось число &gt; 0</translation>
    </message>
    <message>
        <source>{value} is above the largest tolerance allowed, {maximum} Mm³</source>
        <translation>{value} больше наибольшей допустимой погрешности, {maximum} млн м³</translation>
    </message>
    <message>
        <source>unknown key (known: {keys})</source>
        <translation>неизвестный ключ (известны: {keys})</translation>
    </message>
    <message>
        <source>{value} is not a carry-over mode (use {modes})</source>
        <translation>{value} — не режим переходящего запаса (допустимо: {modes})</translation>
    </message>
</context>
<context>
    <name>OptimisationEdits</name>
    <message>
        <source>irrigation shortfall</source>
        <translation>дефицит водоподачи на орошение</translation>
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
        <source>carry-over storage target</source>
        <translation>целевой переходящий запас</translation>
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
        <source>fair sharing of shortage (the largest share short)</source>
        <translation>справедливое распределение дефицита (наибольшая доля дефицита)</translation>
    </message>
    <message>
        <source>end storage (carry-over)</source>
        <translation>объём на конец (переходящий запас)</translation>
    </message>
    <message>
        <source>operating minimum storage</source>
        <translation>эксплуатационный минимум объёма</translation>
    </message>
    <message>
        <source>ramping limit</source>
        <translation>ограничение скорости изменения попусков</translation>
    </message>
    <message>
        <source>release bounds</source>
        <translation>границы попусков</translation>
    </message>
    <message>
        <source>minimum energy</source>
        <translation>минимальная выработка электроэнергии</translation>
    </message>
    <message>
        <source>minimum terminal-lake inflow</source>
        <translation>минимальный приток в конечный водоём</translation>
    </message>
    <message>
        <source>rule curve</source>
        <translation>кривая регулирования</translation>
    </message>
    <message>
        <source>ICWC limit</source>
        <translation>лимит МКВК</translation>
    </message>
    <message>
        <source>limit of the network</source>
        <translation>ограничение сети</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>вес</translation>
    </message>
    <message>
        <source>penalty</source>
        <translation>штраф</translation>
    </message>
    <message>
        <source>name</source>
        <translation>название</translation>
    </message>
    <message>
        <source>hard or soft</source>
        <translation>жёсткое или мягкое</translation>
    </message>
    <message>
        <source>demands</source>
        <translation>водопотребности</translation>
    </message>
    <message>
        <source>minimum-flow points</source>
        <translation>створы минимального расхода</translation>
    </message>
    <message>
        <source>plants</source>
        <translation>ГЭС</translation>
    </message>
    <message>
        <source>reservoirs</source>
        <translation>водохранилища</translation>
    </message>
    <message>
        <source>reservoir</source>
        <translation>водохранилище</translation>
    </message>
    <message>
        <source>terminal lake</source>
        <translation>конечный водоём</translation>
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
        <source>by priority</source>
        <translation>по приоритету</translation>
    </message>
    <message>
        <source>target (Mm³)</source>
        <translation>целевое значение (млн м³)</translation>
    </message>
    <message>
        <source>value per Mm³</source>
        <translation>ценность 1 млн м³</translation>
    </message>
    <message>
        <source>minimum (Mm³)</source>
        <translation>минимум (млн м³)</translation>
    </message>
    <message>
        <source>maximum (Mm³)</source>
        <translation>максимум (млн м³)</translation>
    </message>
    <message>
        <source>lowest release (m³/s)</source>
        <translation>наименьший попуск (м³/с)</translation>
    </message>
    <message>
        <source>highest release (m³/s)</source>
        <translation>наибольший попуск (м³/с)</translation>
    </message>
    <message>
        <source>largest change (m³/s)</source>
        <translation>наибольшее изменение (м³/с)</translation>
    </message>
    <message>
        <source>largest change (Mm³)</source>
        <translation>наибольшее изменение (млн м³)</translation>
    </message>
    <message>
        <source>per period or in total</source>
        <translation>за период или в сумме</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>ограничение</translation>
    </message>
    <message>
        <source>dead storage</source>
        <translation>мёртвый объём</translation>
    </message>
    <message>
        <source>min release</source>
        <translation>минимальный попуск</translation>
    </message>
    <message>
        <source>flood curve</source>
        <translation>противопаводковая кривая</translation>
    </message>
    <message>
        <source>link capacity</source>
        <translation>пропускная способность участков</translation>
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
        <source>vegetation</source>
        <translation>вегетационный период</translation>
    </message>
    <message>
        <source>non-vegetation</source>
        <translation>межвегетационный период</translation>
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
        <translation>раздел оптимизации сценария не читается: сначала исправьте указанные для него ошибки</translation>
    </message>
    <message>
        <source>optimisation settings, {where}: {problem}</source>
        <translation>настройки оптимизации, {where}: {problem}</translation>
    </message>
    <message>
        <source>{field} value {index}</source>
        <translation>{field}, значение № {index}</translation>
    </message>
    <message>
        <source>objective {number}{title}</source>
        <translation>цель {number}{title}</translation>
    </message>
    <message>
        <source>requirement {number}{title}</source>
        <translation>ограничение {number}{title}</translation>
    </message>
    <message numerus="yes">
        <source> (and {count} more problem(s))</source>
        <translation>
            <numerusform> (и ещё {count} ошибка)</numerusform>
            <numerusform> (и ещё {count} ошибки)</numerusform>
            <numerusform> (и ещё {count} ошибок)</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;{part}&apos; is not a part of the optimisation settings</source>
        <translation>&apos;{part}&apos; — не раздел настроек оптимизации</translation>
    </message>
    <message>
        <source>a {type} is not an objective</source>
        <translation>{type} — не цель оптимизации</translation>
    </message>
    <message>
        <source>a {type} is not an requirement</source>
        <translation>{type} — не ограничение</translation>
    </message>
    <message>
        <source>no objective to add</source>
        <translation>нет цели для добавления</translation>
    </message>
    <message>
        <source>no requirement to add</source>
        <translation>нет ограничения для добавления</translation>
    </message>
    <message>
        <source>there is no objective {number} (the scenario has {count})</source>
        <translation>цели № {number} нет (в сценарии целей: {count})</translation>
    </message>
    <message>
        <source>there is no requirement {number} (the scenario has {count})</source>
        <translation>ограничения № {number} нет (в сценарии ограничений: {count})</translation>
    </message>
    <message>
        <source>the optimiser needs at least one objective: add another before removing this one</source>
        <translation>оптимизатору нужна хотя бы одна цель: добавьте другую, прежде чем удалять эту</translation>
    </message>
    <message>
        <source>Add objective: {title}</source>
        <translation>Добавить цель: {title}</translation>
    </message>
    <message>
        <source>Add requirement: {title}</source>
        <translation>Добавить ограничение: {title}</translation>
    </message>
    <message>
        <source>Change objective: {title}</source>
        <translation>Изменить цель: {title}</translation>
    </message>
    <message>
        <source>Change requirement: {title}</source>
        <translation>Изменить ограничение: {title}</translation>
    </message>
    <message>
        <source>Remove objective: {title}</source>
        <translation>Удалить цель: {title}</translation>
    </message>
    <message>
        <source>Remove requirement: {title}</source>
        <translation>Удалить ограничение: {title}</translation>
    </message>
    <message>
        <source>{weights} weights for {objectives} objectives: the objectives changed meanwhile</source>
        <translation>весов: {weights}, а целей: {objectives} — цели тем временем изменились</translation>
    </message>
    <message>
        <source>choose at least one reservoir for the optimiser to decide</source>
        <translation>выберите хотя бы одно водохранилище, попуски которого определит оптимизатор</translation>
    </message>
    <message>
        <source>all</source>
        <translation>все</translation>
    </message>
    <message>
        <source>Optimiser decides: {reservoirs}</source>
        <translation>Оптимизатор определяет: {reservoirs}</translation>
    </message>
</context>
<context>
    <name>Rulebook</name>
    <message>
        <source>{name} release, {period}: {problem}</source>
        <translation>{name}, попуск, {period}: {problem}</translation>
    </message>
    <message>
        <source>{name} release: {problem}</source>
        <translation>{name}, попуск: {problem}</translation>
    </message>
    <message>
        <source>{owner} {field}: {problem}</source>
        <translation>{owner}, {field}: {problem}</translation>
    </message>
    <message>
        <source>{problems} (and {count} more)</source>
        <translation>{problems} (и ещё {count})</translation>
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
        <translation>файл сценария</translation>
    </message>
    <message>
        <source>series file (CSV or .xlsx)</source>
        <translation>файл рядов (CSV или .xlsx)</translation>
    </message>
    <message>
        <source>lock</source>
        <translation>файл блокировки</translation>
    </message>
    <message>
        <source>recovery record</source>
        <translation>запись для восстановления</translation>
    </message>
    <message>
        <source>recovery copy</source>
        <translation>копия для восстановления</translation>
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
        <translation>{path} не читается: {reason}</translation>
    </message>
    <message>
        <source>{path} cannot be read (permission denied)</source>
        <translation>{path} не читается (нет прав доступа)</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} не существует</translation>
    </message>
    <message>
        <source>{path} is a folder, not a {what}</source>
        <translation>{path} — папка, а не {what}</translation>
    </message>
    <message>
        <source>{path} is not a regular file (a device, pipe or socket), so it cannot be a {what}</source>
        <translation>{path} — не обычный файл (устройство, канал или сокет), поэтому это не {what}</translation>
    </message>
    <message>
        <source>{name} is {size}: too large for a {what} (the limit is {limit})</source>
        <translation>{name} занимает {size} — слишком много: {what} может занимать не более {limit}</translation>
    </message>
    <message>
        <source>{path} is not a regular file, so it cannot be a {what}</source>
        <translation>{path} — не обычный файл, поэтому это не {what}</translation>
    </message>
    <message>
        <source>{name} is too large for a {what} (the limit is {limit})</source>
        <translation>{name} слишком велик: {what} может занимать не более {limit}</translation>
    </message>
</context>
<context>
    <name>ScenarioFile</name>
    <message>
        <source>is not UTF-8 text: byte {byte} at offset {offset} cannot be decoded</source>
        <translation>не текст в UTF-8: байт {byte} в позиции {offset} не декодируется</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>пуст</translation>
    </message>
    <message>
        <source>contains NUL characters: it is a binary file, not a scenario</source>
        <translation>содержит символы NUL: это двоичный файл, а не сценарий</translation>
    </message>
    <message>
        <source>is nested more than {levels} levels deep: not a scenario</source>
        <translation>вложенность глубже {levels} уровней: это не сценарий</translation>
    </message>
    <message>
        <source>the key &quot;{key}&quot; appears twice in one object</source>
        <translation>ключ &quot;{key}&quot; встречается в одном объекте дважды</translation>
    </message>
    <message>
        <source>JSON syntax error at line {line}, column {column}: {error}</source>
        <translation>синтаксическая ошибка JSON в строке {line}, позиция {column}: {error}</translation>
    </message>
    <message>
        <source>cannot be read as JSON: {error}</source>
        <translation>не читается как JSON: {error}</translation>
    </message>
    <message>
        <source>expected a scenario object at the top of the file</source>
        <translation>в начале файла ожидался объект сценария</translation>
    </message>
    <message>
        <source>{path} is read-only</source>
        <translation>{path} доступен только для чтения</translation>
    </message>
    <message>
        <source>invalid scenario</source>
        <translation>недопустимый сценарий</translation>
    </message>
</context>
<context>
    <name>SeriesImport</name>
    <message>
        <source>the header says {header}; its values are read as {chosen}, as chosen</source>
        <translation>в заголовке указано {header}; значения читаются как {chosen}, как выбрано</translation>
    </message>
    <message>
        <source>the header names no unit; its values are read as {unit}</source>
        <translation>в заголовке нет единицы; значения читаются как {unit}</translation>
    </message>
    <message>
        <source>the header names no unit: choose the column&apos;s unit ({known}) or write it in the header, e.g. &apos;{example}&apos;</source>
        <translation>в заголовке нет единицы: выберите единицу столбца ({known}) или укажите её в заголовке, например &apos;{example}&apos;</translation>
    </message>
    <message>
        <source>the table has a header but no data rows</source>
        <translation>в таблице есть заголовок, но нет строк с данными</translation>
    </message>
    <message>
        <source>the date column {column} does not exist</source>
        <translation>столбца дат {column} нет</translation>
    </message>
    <message>
        <source>no column is mapped to a node: choose at least one</source>
        <translation>ни один столбец не сопоставлен узлу: выберите хотя бы один</translation>
    </message>
    <message>
        <source>this column does not exist</source>
        <translation>такого столбца нет</translation>
    </message>
    <message>
        <source>the date column cannot also hold values</source>
        <translation>столбец дат не может одновременно содержать значения</translation>
    </message>
    <message>
        <source>Column {column}: {note}.</source>
        <translation>Столбец {column}: {note}.</translation>
    </message>
    <message>
        <source>there is no node &apos;{id}&apos; in this scenario</source>
        <translation>в этом сценарии нет узла &apos;{id}&apos;</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is a {kind} node: it has no {series} series</source>
        <translation>&apos;{id}&apos; — узел типа «{kind}»: у него нет ряда «{series}»</translation>
    </message>
    <message>
        <source>unknown inflow set &apos;{name}&apos;; this scenario has: {sets}</source>
        <translation>неизвестный вариант притока &apos;{name}&apos;; в этом сценарии есть: {sets}</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; {series} is already fed by column {column}</source>
        <translation>ряд «{series}» узла &apos;{id}&apos; уже заполняется из столбца {column}</translation>
    </message>
    <message>
        <source>&apos;{header}&apos; names no node of this scenario: map it to a node or skip it</source>
        <translation>&apos;{header}&apos; не называет ни одного узла этого сценария: сопоставьте столбец узлу или пропустите его</translation>
    </message>
    <message>
        <source>this column has no header: map it to a node or skip it</source>
        <translation>у этого столбца нет заголовка: сопоставьте его узлу или пропустите</translation>
    </message>
    <message>
        <source>empty (expected e.g. 2025-10-01 or 01.10.2025, in the years {first}–{last})</source>
        <translation>пусто (ожидается, например, 2025-10-01 или 01.10.2025, в {first}–{last} годах)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date (expected e.g. 2025-10-01 or 01.10.2025, in the years {first}–{last})</source>
        <translation>&apos;{value}&apos; — не дата (ожидается, например, 2025-10-01 или 01.10.2025, в {first}–{last} годах)</translation>
    </message>
    <message>
        <source>cannot tell whether the dates are monthly, dekads or days: choose the period length</source>
        <translation>не удаётся понять, даты помесячные, подекадные или посуточные: выберите длину периода</translation>
    </message>
    <message>
        <source>{date} does not start a dekad period (dekads start on days 1, 11 and 21)</source>
        <translation>{date} — не начало декады (декады начинаются 1, 11 и 21 числа)</translation>
    </message>
    <message>
        <source>{date} does not start a month period (months start on day 1)</source>
        <translation>{date} — не начало месяца (месяцы начинаются 1 числа)</translation>
    </message>
    <message>
        <source>{date} repeats row {row}</source>
        <translation>{date} повторяет строку {row}</translation>
    </message>
    <message>
        <source>{date} comes before row {row} ({previous}): sort the rows by date</source>
        <translation>{date} идёт раньше строки {row} ({previous}): отсортируйте строки по дате</translation>
    </message>
    <message>
        <source>{period} is missing: the date jumps from {previous} (row {row}) to {date} (missing: {periods})</source>
        <translation>пропущен период {period}: дата перескакивает с {previous} (строка {row}) на {date} (пропущены: {periods})</translation>
    </message>
    <message>
        <source>negative flow ({value}) is not allowed</source>
        <translation>отрицательный расход ({value}) недопустим</translation>
    </message>
    <message>
        <source>negative demand ({value}) is not allowed</source>
        <translation>отрицательная водопотребность ({value}) недопустима</translation>
    </message>
    <message>
        <source>negative release ({value}) is not allowed</source>
        <translation>отрицательный попуск ({value}) недопустим</translation>
    </message>
    <message numerus="yes">
        <source>{count} row(s) outside the scenario&apos;s horizon ({first} – {last}) are ignored.</source>
        <translation>
            <numerusform>{count} строка вне горизонта сценария ({first} – {last}) не учитывается.</numerusform>
            <numerusform>{count} строки вне горизонта сценария ({first} – {last}) не учитываются.</numerusform>
            <numerusform>{count} строк вне горизонта сценария ({first} – {last}) не учитываются.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is {file_step}; its values are aggregated to the scenario&apos;s {step} periods.</source>
        <translation>Файл {file_step}, а сценарий {step}: значения файла суммируются по периодам сценария.</translation>
    </message>
    <message>
        <source>The file is {file_step}; its values are split in proportion to the days to the scenario&apos;s {step} periods.</source>
        <translation>Файл {file_step}, а сценарий {step}: значения файла распределяются по периодам сценария пропорционально числу дней.</translation>
    </message>
    <message>
        <source>{value} {unit} is too large: it overflows when converted to Mm³</source>
        <translation>{value} {unit} — слишком большое значение: при пересчёте в млн м³ происходит переполнение</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>помесячный</translation>
    </message>
    <message>
        <source>in dekads</source>
        <translation>подекадный</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>посуточный</translation>
    </message>
    <message>
        <source>inflow</source>
        <translation>приток</translation>
    </message>
    <message>
        <source>demand</source>
        <translation>водопотребность</translation>
    </message>
    <message>
        <source>release</source>
        <translation>попуск</translation>
    </message>
    <message>
        <source>the file starts on {date}, after the scenario&apos;s first period ({start}): rows for {period} onwards are missing</source>
        <translation>файл начинается {date}, позже первого периода сценария ({start}): нет строк начиная с {period}</translation>
    </message>
    <message>
        <source>the file ends before the scenario&apos;s last period ({period}): data up to {date} is needed</source>
        <translation>файл заканчивается раньше последнего периода сценария ({period}): нужны данные по {date} включительно</translation>
    </message>
    <message>
        <source>nothing to import: no column is mapped</source>
        <translation>нечего импортировать: ни один столбец не сопоставлен</translation>
    </message>
</context>
<context>
    <name>SharingCheck</name>
    <message>
        <source>{value} is not an allocation policy (use one of: {policies})</source>
        <translation>{value} — не способ распределения (допустимо: {policies})</translation>
    </message>
    <message>
        <source>expected a list of countries, found {found}</source>
        <translation>ожидался список стран, а не {found}</translation>
    </message>
    <message>
        <source>{value} is not a two-letter country code such as KZ</source>
        <translation>{value} — не двухбуквенный код страны (например, KZ)</translation>
    </message>
    <message>
        <source>country &apos;{code}&apos; is listed twice</source>
        <translation>страна &apos;{code}&apos; указана дважды</translation>
    </message>
    <message>
        <source>expected a list of exchanges, found {found}</source>
        <translation>ожидался список обменов, а не {found}</translation>
    </message>
    <message>
        <source>exchange id &apos;{id}&apos; is used twice</source>
        <translation>идентификатор обмена &apos;{id}&apos; использован дважды</translation>
    </message>
    <message>
        <source>{value} is not a two-letter country code</source>
        <translation>{value} — не двухбуквенный код страны</translation>
    </message>
    <message>
        <source>a country cannot exchange energy with itself</source>
        <translation>страна не может обмениваться электроэнергией сама с собой</translation>
    </message>
    <message>
        <source>{value} is not a season (use {seasons})</source>
        <translation>{value} — не сезон (допустимо: {seasons})</translation>
    </message>
</context>
<context>
    <name>Spreadsheet</name>
    <message>
        <source>a number too long to show</source>
        <translation>число слишком длинное, чтобы его показать</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>строка {row}</translation>
    </message>
    <message>
        <source>column {column}</source>
        <translation>столбец {column}</translation>
    </message>
    <message>
        <source>{name} is an old .xls workbook: save it as .xlsx or CSV in Excel first</source>
        <translation>{name} — книга старого формата .xls: сначала сохраните её в Excel как .xlsx или CSV</translation>
    </message>
    <message>
        <source>{count} columns: more than the {limit} a series file may have (MAX_COLUMNS)</source>
        <translation>столбцов: {count} — больше, чем допустимо в файле рядов ({limit}, MAX_COLUMNS)</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>{source} has more than {limit} rows: too large for a series file (the limit is MAX_ROWS = {limit})</source>
        <translation>{source}: строк больше {limit} — слишком много для файла рядов (предел MAX_ROWS = {limit})</translation>
    </message>
    <message>
        <source>{source} has more than {limit} cells: too large for a series file (the limit is MAX_CELLS = {limit})</source>
        <translation>{source}: ячеек больше {limit} — слишком много для файла рядов (предел MAX_CELLS = {limit})</translation>
    </message>
    <message>
        <source>the cell holds more than {limit} characters, the most one cell may hold (MAX_CELL_CHARS)</source>
        <translation>в ячейке больше {limit} символов — больше, чем допустимо для одной ячейки (MAX_CELL_CHARS)</translation>
    </message>
    <message>
        <source>the cell holds {count} characters; one cell may hold at most {limit} (MAX_CELL_CHARS)</source>
        <translation>символов в ячейке: {count}; в одной ячейке допустимо не более {limit} (MAX_CELL_CHARS)</translation>
    </message>
    <message>
        <source>{name} starts like UTF-16 text but byte {offset} is not UTF-16: save it as CSV (UTF-8)</source>
        <translation>{name} начинается как текст UTF-16, но байт {offset} — не UTF-16: сохраните файл как CSV (UTF-8)</translation>
    </message>
    <message>
        <source>{name} is not a text file (CSV) nor an .xlsx workbook</source>
        <translation>{name} — не текстовый файл (CSV) и не книга .xlsx</translation>
    </message>
    <message>
        <source>{name}&apos;s text encoding is not recognised (not UTF-8 nor Windows-1251: byte {offset} is {byte}): save it as CSV (UTF-8)</source>
        <translation>кодировка текста {name} не распознана (не UTF-8 и не Windows-1251: байт {offset} равен {byte}): сохраните файл как CSV (UTF-8)</translation>
    </message>
    <message>
        <source>{name} holds NUL characters: it is not a text file (CSV)</source>
        <translation>{name} содержит символы NUL: это не текстовый файл (CSV)</translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>{name} пуст</translation>
    </message>
    <message>
        <source>this row cannot be read as CSV ({error})</source>
        <translation>эту строку не удаётся прочитать как CSV ({error})</translation>
    </message>
    <message>
        <source>the workbook</source>
        <translation>книга</translation>
    </message>
    <message>
        <source>{name} cannot be read as an .xlsx workbook ({error})</source>
        <translation>{name} не читается как книга .xlsx ({error})</translation>
    </message>
    <message>
        <source>{name} has no sheets</source>
        <translation>{name}: нет ни одного листа</translation>
    </message>
    <message>
        <source>{name} has no sheet &apos;{sheet}&apos;; it has: {sheets}</source>
        <translation>{name}: нет листа &apos;{sheet}&apos;; есть: {sheets}</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos; of {name} is a chart, not cells</source>
        <translation>лист &apos;{sheet}&apos; ({name}) — диаграмма, а не ячейки</translation>
    </message>
    <message>
        <source>the sheet cannot be read from here on ({error})</source>
        <translation>дальше этого места лист не читается ({error})</translation>
    </message>
    <message>
        <source>a number of 400 digits or more: too large for a series value</source>
        <translation>число из 400 и более цифр: слишком большое для значения ряда</translation>
    </message>
    <message>
        <source>{name} (its part {part})</source>
        <translation>{name} (часть {part})</translation>
    </message>
    <message>
        <source>a sheet of {where} has more than {limit} rows: too large for a series file (the limit is MAX_ROWS = {limit})</source>
        <translation>{where}: на листе больше {limit} строк — слишком много для файла рядов (предел MAX_ROWS = {limit})</translation>
    </message>
    <message>
        <source>a sheet of {where} has more than {limit} cells: too large for a series file (the limit is MAX_CELLS = {limit})</source>
        <translation>{where}: на листе больше {limit} ячеек — слишком много для файла рядов (предел MAX_CELLS = {limit})</translation>
    </message>
    <message>
        <source>{name} cannot be read as an .xlsx workbook (not a valid zip archive: {error})</source>
        <translation>{name} не читается как книга .xlsx (это не корректный zip-архив: {error})</translation>
    </message>
    <message>
        <source>{name} holds {count} parts: more than an .xlsx workbook may have (the limit is MAX_XLSX_PARTS = {limit})</source>
        <translation>{name}: частей — {count}, больше, чем допустимо для книги .xlsx (предел MAX_XLSX_PARTS = {limit})</translation>
    </message>
    <message>
        <source>{name}: its text cells (shared strings) expand to {size}, more than the limit of {limit} (MAX_XLSX_SHARED_STRINGS_BYTES)</source>
        <translation>{name}: текстовые ячейки (shared strings) распаковываются в {size}, больше предела {limit} (MAX_XLSX_SHARED_STRINGS_BYTES)</translation>
    </message>
    <message>
        <source>{name} expands to {size} when uncompressed ({part} alone to {part_size}): more than the limit of {limit} for a workbook (MAX_XLSX_UNCOMPRESSED_BYTES)</source>
        <translation>{name} в распакованном виде занимает {size} (одна только часть {part} — {part_size}): больше предела {limit} для книги (MAX_XLSX_UNCOMPRESSED_BYTES)</translation>
    </message>
    <message>
        <source>{name} has no data</source>
        <translation>{name}: нет данных</translation>
    </message>
    <message>
        <source>{name} has {rows} rows and {columns} columns: {cells} cells, more than a series file may have (the limit is MAX_CELLS = {limit})</source>
        <translation>{name}: строк — {rows}, столбцов — {columns}, ячеек всего: {cells} — больше, чем допустимо в файле рядов (предел MAX_CELLS = {limit})</translation>
    </message>
    <message>
        <source>the sheet</source>
        <translation>лист</translation>
    </message>
    <message>
        <source>{value} is too large a number</source>
        <translation>{value} — слишком большое число</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a finite number</source>
        <translation>&apos;{value}&apos; — не конечное число</translation>
    </message>
    <message>
        <source>a date ({date}) where a number was expected</source>
        <translation>дата ({date}) там, где ожидалось число</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is ambiguous: write 1234 or 1.234 (decimal point) instead</source>
        <translation>&apos;{value}&apos; — неоднозначно: напишите 1234 или 1.234 (с десятичной точкой)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is too large a number</source>
        <translation>&apos;{value}&apos; — слишком большое число</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number</source>
        <translation>&apos;{value}&apos; — не число</translation>
    </message>
    <message>
        <source>the cell is empty</source>
        <translation>ячейка пуста</translation>
    </message>
</context>
<context>
    <name>TimeBase</name>
    <message>
        <source>a time base needs at least one period, got {periods}</source>
        <translation>во временной сетке должен быть хотя бы один период, а задано: {periods}</translation>
    </message>
    <message>
        <source>{date} does not start a month period</source>
        <translation>{date} — не начало месяца</translation>
    </message>
    <message>
        <source>{date} does not start a dekad period</source>
        <translation>{date} — не начало декады</translation>
    </message>
    <message>
        <source>{periods} month periods from {start} run past the year {year}</source>
        <translation>{periods} мес. начиная с {start} выходят за {year} год</translation>
    </message>
    <message>
        <source>{periods} dekad periods from {start} run past the year {year}</source>
        <translation>{periods} дек. начиная с {start} выходят за {year} год</translation>
    </message>
    <message>
        <source>{periods} day periods from {start} run past the year {year}</source>
        <translation>{periods} сут. начиная с {start} выходят за {year} год</translation>
    </message>
    <message>
        <source>water_year_start_month must be 1-12</source>
        <translation>water_year_start_month должен быть от 1 до 12</translation>
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
        <translation>ГВт·ч</translation>
    </message>
    <message>
        <source>TWh</source>
        <translation>ТВт·ч</translation>
    </message>
    <message>
        <source>MWh</source>
        <translation>МВт·ч</translation>
    </message>
    <message>
        <source>MW</source>
        <translation>МВт</translation>
    </message>
    <message>
        <source>days</source>
        <translation>сут</translation>
    </message>
    <message>
        <source>months</source>
        <translation>мес.</translation>
    </message>
    <message>
        <source>years</source>
        <translation>лет</translation>
    </message>
    <message>
        <source>Mm³/month</source>
        <translation>млн м³/мес.</translation>
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
        <translation>мм/период</translation>
    </message>
    <message>
        <source>Mm³/period</source>
        <translation>млн м³/период</translation>
    </message>
    <message>
        <source>periods</source>
        <translation>периоды</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>&apos;{value}&apos; is not a time step (use month, dekad or day)</source>
        <translation>&apos;{value}&apos; — не шаг по времени (допустимо: month, dekad или day)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date (use YYYY-MM-DD)</source>
        <translation>&apos;{value}&apos; — не дата (формат ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>{date} does not start a month period (day 1 of a month)</source>
        <translation>{date} — не начало месячного периода (1-е число месяца)</translation>
    </message>
    <message>
        <source>{date} does not start a dekad period (day 1, 11 or 21 of a month)</source>
        <translation>{date} — не начало декады (1, 11 или 21 число месяца)</translation>
    </message>
    <message>
        <source>expected a non-empty list of inflow sets</source>
        <translation>ожидался непустой список вариантов притока</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a valid name (letters, digits, _ and -)</source>
        <translation>&apos;{value}&apos; — недопустимое имя (латинские буквы, цифры, _ и -)</translation>
    </message>
    <message>
        <source>inflow set &apos;{name}&apos; is defined twice</source>
        <translation>вариант притока &apos;{name}&apos; задан дважды</translation>
    </message>
    <message>
        <source>expected a list of nodes, found {found}</source>
        <translation>ожидался список узлов, а не {found}</translation>
    </message>
    <message>
        <source>the network is empty: a scenario needs at least an inflow, the river it feeds and where the water ends (a sink or a terminal lake)</source>
        <translation>схема пуста: в сценарии нужен хотя бы приток, река, которую он питает, и место, где вода заканчивается (выход из системы или конечный водоём)</translation>
    </message>
    <message>
        <source>node id &apos;{id}&apos; is used twice</source>
        <translation>идентификатор узла &apos;{id}&apos; использован дважды</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>нет обязательного поля</translation>
    </message>
    <message>
        <source>{value} is not a node kind (use one of: {kinds})</source>
        <translation>{value} — не тип узла (допустимо: {kinds})</translation>
    </message>
    <message>
        <source>expected text, found {found}</source>
        <translation>ожидался текст, а не {found}</translation>
    </message>
    <message>
        <source>unknown field: since format version 2 a node&apos;s position is in the layout section ({place})</source>
        <translation>неизвестное поле: начиная с версии формата 2 положение узла хранится в разделе layout ({place})</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>не должно быть пустым</translation>
    </message>
    <message>
        <source>{value} m³/s is above the maximum release {maximum} m³/s in period {period}</source>
        <translation>{value} м³/с больше максимального попуска {maximum} м³/с в периоде {period}</translation>
    </message>
    <message>
        <source>{value} m³/s is above the maximum release {maximum} m³/s</source>
        <translation>{value} м³/с больше максимального попуска {maximum} м³/с</translation>
    </message>
    <message>
        <source>covers {low}-{high} Mm³ but must reach from dead storage {dead} to capacity {capacity}</source>
        <translation>охватывает {low}–{high} млн м³, а должна охватывать диапазон от мёртвого объёма {dead} до полного объёма {capacity}</translation>
    </message>
    <message>
        <source>{value} m is not below the highest level in the table ({top} m): the plant would have no head</source>
        <translation>{value} м не ниже наибольшего уровня в таблице ({top} м): у ГЭС не было бы напора</translation>
    </message>
    <message>
        <source>{value} Mm³ in a drainage store needs a residence time: set drainage_residence_periods above 0 (with 0 the return flows back at once and nothing is held)</source>
        <translation>для {value} млн м³ в дренажном запасе нужно время пребывания: задайте drainage_residence_periods больше 0 (при 0 возвратный сток возвращается сразу и ничего не задерживается)</translation>
    </message>
    <message>
        <source>{value} m is below the lowest level in the table ({bottom} m)</source>
        <translation>{value} м ниже наименьшего уровня в таблице ({bottom} м)</translation>
    </message>
    <message>
        <source>node &apos;{id}&apos; does not exist</source>
        <translation>узла &apos;{id}&apos; нет</translation>
    </message>
    <message>
        <source>{value} is above capacity {capacity}</source>
        <translation>{value} больше полного объёма {capacity}</translation>
    </message>
    <message>
        <source>{value} is below dead storage {dead}</source>
        <translation>{value} меньше мёртвого объёма {dead}</translation>
    </message>
    <message>
        <source>{value} must lie between dead storage {dead} and capacity {capacity}</source>
        <translation>{value} должно быть между мёртвым объёмом {dead} и полным объёмом {capacity}</translation>
    </message>
    <message>
        <source>{periods} month periods from {start} run past the year {year}</source>
        <translation>{periods} мес. начиная с {start} выходят за {year} год</translation>
    </message>
    <message>
        <source>{periods} dekad periods from {start} run past the year {year}</source>
        <translation>{periods} дек. начиная с {start} выходят за {year} год</translation>
    </message>
    <message>
        <source>{periods} day periods from {start} run past the year {year}</source>
        <translation>{periods} сут. начиная с {start} выходят за {year} год</translation>
    </message>
    <message>
        <source>plant id &apos;{id}&apos; is already used on this link</source>
        <translation>идентификатор ГЭС &apos;{id}&apos; уже использован на этом участке</translation>
    </message>
    <message>
        <source>plant id &apos;{id}&apos; is already used on {place}</source>
        <translation>идентификатор ГЭС &apos;{id}&apos; уже использован: {place}</translation>
    </message>
    <message numerus="yes">
        <source>a list of {count} items</source>
        <translation>
            <numerusform>список из {count} элемента</numerusform>
            <numerusform>список из {count} элементов</numerusform>
            <numerusform>список из {count} элементов</numerusform>
        </translation>
    </message>
    <message>
        <source>expected an object with the nodes&apos; positions, found {found}</source>
        <translation>ожидался объект с положениями узлов, а не {found}</translation>
    </message>
    <message>
        <source>unknown field (the layout holds &quot;nodes&quot;: node id → [x, y])</source>
        <translation>неизвестное поле (в layout есть только &quot;nodes&quot;: идентификатор узла → [x, y])</translation>
    </message>
    <message>
        <source>expected an object keyed by node id, found {found}</source>
        <translation>ожидался объект с идентификаторами узлов в качестве ключей, а не {found}</translation>
    </message>
    <message>
        <source>node &apos;{id}&apos; does not exist (did you mean &apos;{name}&apos;?)</source>
        <translation>узла &apos;{id}&apos; нет (может быть, &apos;{name}&apos;?)</translation>
    </message>
    <message>
        <source>expected a position [x, y] (two numbers), found {found}</source>
        <translation>ожидалось положение [x, y] (два числа), а не {found}</translation>
    </message>
    <message>
        <source>expected a list of links, found {found}</source>
        <translation>ожидался список участков, а не {found}</translation>
    </message>
    <message>
        <source>link id &apos;{id}&apos; is used twice</source>
        <translation>идентификатор участка &apos;{id}&apos; использован дважды</translation>
    </message>
    <message>
        <source>links node &apos;{id}&apos; to itself</source>
        <translation>соединяет узел &apos;{id}&apos; с самим собой</translation>
    </message>
    <message>
        <source>links form a cycle: {cycle}</source>
        <translation>участки образуют кольцо: {cycle}</translation>
    </message>
    <message>
        <source>an inflow is a source: remove the link from &apos;{id}&apos;</source>
        <translation>приток — это исток: удалите участок от &apos;{id}&apos;</translation>
    </message>
    <message>
        <source>a sink takes water out of the basin: remove the link to &apos;{id}&apos;</source>
        <translation>выход из системы выводит воду из бассейна: удалите участок к &apos;{id}&apos;</translation>
    </message>
    <message>
        <source>a demand needs exactly one intake link (it has {count})</source>
        <translation>у водопотребности должен быть ровно один водозаборный участок (сейчас: {count})</translation>
    </message>
    <message>
        <source>an intake must deliver in the same period (travel time 0)</source>
        <translation>водозабор должен подавать воду в том же периоде (время добегания 0)</translation>
    </message>
    <message>
        <source>a demand cannot take water from a {kind} (&apos;{id}&apos;)</source>
        <translation>водопотребность не может забирать воду из узла типа «{kind}» (&apos;{id}&apos;)</translation>
    </message>
    <message>
        <source>{value} of the delivery returns, but there is no link for the return flow to re-enter the river</source>
        <translation>возвращается доля водоподачи {value}, но нет участка, по которому возвратный сток вернётся в реку</translation>
    </message>
    <message>
        <source>the drainage store holds {value} Mm³ at the start, but there is no return link for it to drain along</source>
        <translation>в дренажном запасе на начало {value} млн м³, но нет участка возвратного стока, по которому он мог бы стекать</translation>
    </message>
    <message>
        <source>a return-flow link cannot be an overflow route</source>
        <translation>участок возвратного стока не может быть путём сброса излишков</translation>
    </message>
    <message>
        <source>only a link leaving a demand (a return link) has a return share</source>
        <translation>доля возвратного стока задаётся только для участка, выходящего из водопотребности (участка возвратного стока)</translation>
    </message>
    <message>
        <source>has {count} overflow links; at most one is allowed</source>
        <translation>участков сброса излишков: {count}; допустим не более одного</translation>
    </message>
    <message>
        <source>an overflow route needs the node&apos;s main link to have a capacity</source>
        <translation>для пути сброса излишков у основного участка узла должна быть задана пропускная способность</translation>
    </message>
    <message>
        <source>a demand&apos;s intake cannot be an overflow route</source>
        <translation>водозабор водопотребности не может быть путём сброса излишков</translation>
    </message>
    <message>
        <source>has {count} main outgoing links ({targets}); water must leave along one (mark a second as overflow)</source>
        <translation>основных отводящих участков: {count} ({targets}); вода должна уходить по одному (отметьте второй как путь сброса излишков)</translation>
    </message>
    <message>
        <source>to &apos;{id}&apos;</source>
        <translation>к &apos;{id}&apos;</translation>
    </message>
    <message>
        <source>the {kind} has no outgoing link: water reaching it has nowhere to go</source>
        <translation>у узла типа «{kind}» нет отводящего участка: дошедшей до него воде некуда уйти</translation>
    </message>
    <message>
        <source>reaches no sink, terminal lake or consuming demand</source>
        <translation>не доходит ни до выхода из системы, ни до конечного водоёма, ни до безвозвратной водопотребности</translation>
    </message>
    <message>
        <source>the return shares of its return links sum to {total}, not 1 ({parts}); leave one empty to give it the rest</source>
        <translation>сумма долей его участков возвратного стока — {total}, а не 1 ({parts}); оставьте одну долю пустой, чтобы на неё пришёлся остаток</translation>
    </message>
    <message>
        <source>the return shares of its return links sum to {total}, more than 1 ({parts})</source>
        <translation>сумма долей его участков возвратного стока — {total}, больше 1 ({parts})</translation>
    </message>
    <message>
        <source>expected an object keyed by reservoir id, found {found}</source>
        <translation>ожидался объект с идентификаторами водохранилищ в качестве ключей, а не {found}</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is a {kind}, not a reservoir</source>
        <translation>&apos;{id}&apos; — узел типа «{kind}», а не водохранилище</translation>
    </message>
    <message>
        <source>reservoir has no release schedule</source>
        <translation>у водохранилища нет графика попусков</translation>
    </message>
    <message>
        <source>the scenario has no name: give it one, so that its results and reports say which plan they show</source>
        <translation>у сценария нет названия: задайте его, чтобы по результатам и отчётам было видно, к какому плану они относятся</translation>
    </message>
    <message>
        <source>expected an object of text fields (title, url)</source>
        <translation>ожидался объект с текстовыми полями (title, url)</translation>
    </message>
    <message>
        <source>{value} is not a basis (use {bases})</source>
        <translation>{value} — недопустимое основание (допустимо: {bases})</translation>
    </message>
    <message>
        <source>expected reference codes (text), found {found}</source>
        <translation>ожидались коды источников (текст), а не {found}</translation>
    </message>
    <message>
        <source>reference &apos;{code}&apos; is not listed in metadata.references</source>
        <translation>источник &apos;{code}&apos; не указан в metadata.references</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>ожидался текст</translation>
    </message>
    <message>
        <source>{value} is not a date (use YYYY-MM-DD)</source>
        <translation>{value} — не дата (формат ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>expected a scenario object at the top of the file, found {found}</source>
        <translation>в начале файла ожидался объект сценария, а не {found}</translation>
    </message>
    <message>
        <source>expected &quot;{format}&quot;, found {value}: this is not a WaterPlanner scenario</source>
        <translation>ожидалось &quot;{format}&quot;, а указано {value}: это не сценарий WaterPlanner</translation>
    </message>
    <message>
        <source>expected a whole number, found {found}</source>
        <translation>ожидалось целое число, а не {found}</translation>
    </message>
    <message>
        <source>version {version} was written by a newer WaterPlanner (this one reads up to {latest})</source>
        <translation>версия {version} записана более новой версией WaterPlanner (эта читает версии до {latest})</translation>
    </message>
    <message>
        <source>{version} is not a scenario format version</source>
        <translation>{version} — не версия формата сценария</translation>
    </message>
    <message>
        <source>unknown section in a version-1 file (it came with version 2; version 1 keeps a node&apos;s position in the node&apos;s x and y)</source>
        <translation>неизвестный раздел в файле версии 1 (он появился в версии 2; в версии 1 положение узла хранится в его полях x и y)</translation>
    </message>
    <message>
        <source>unknown section (did you mean &apos;{name}&apos;?)</source>
        <translation>неизвестный раздел (может быть, &apos;{name}&apos;?)</translation>
    </message>
    <message>
        <source>unknown section</source>
        <translation>неизвестный раздел</translation>
    </message>
    <message>
        <source>required section is missing</source>
        <translation>нет обязательного раздела</translation>
    </message>
</context>
<context>
    <name>ViewCheck</name>
    <message>
        <source>expected an object, found {found}</source>
        <translation>ожидался объект, а не {found}</translation>
    </message>
    <message>
        <source>unknown field (use {fields})</source>
        <translation>неизвестное поле (допустимо: {fields})</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>ожидался текст</translation>
    </message>
    <message>
        <source>is {count} characters long; at most 4096</source>
        <translation>символов: {count}; допустимо не более 4096</translation>
    </message>
</context>
<context>
    <name>WaterYears</name>
    <message>
        <source>the horizon starts on {date}, not at the start of a water year ({first_day})</source>
        <translation>горизонт начинается {date}, а не в начале водохозяйственного года ({first_day})</translation>
    </message>
    <message>
        <source>the horizon ends on {date} (exclusive), not at the end of a water year (it should end on {first_day})</source>
        <translation>горизонт заканчивается {date} (не включая), а не в конце водохозяйственного года (он должен заканчиваться {first_day})</translation>
    </message>
</context>
</TS>
