<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk" sourcelanguage="en">
<context>
    <name>Countries</name>
    <message>
        <source>Kyrgyzstan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tajikistan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uzbekistan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turkmenistan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afghanistan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oct–Mar (non-vegetation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apr–Sep (vegetation)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <source>there is no node &apos;{id}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} needs {periods} values, got {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: value {index} is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: value {index} ({value}) is below {minimum}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a reservoir: it has no release schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>period {period} is outside the horizon ({count} periods)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} release, {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set {name} release, {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: &apos;{value}&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: expected one number per period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{owner} {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} must be yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one series per inflow set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a level–area–volume table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an operating rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} (guide curve)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} (buffer zone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>countries and their shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run-of-river plants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a hydropower plant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: expected {thing}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id of a node cannot be changed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kind of a node cannot be changed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a {kind} has no field &apos;{field}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{owner}: a position is two numbers, x and y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{owner}: position {axis} = {value} is off the drawing (it must be {bound})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is not a valid id (1-64 letters, digits, _ and -)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a node with id &apos;{id}&apos; already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing selected to delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot link {name} to itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} already flows into {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is an inflow, a source of the river: nothing can flow into it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a sink: water leaving the basin cannot flow on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linking {source} to {target} would make water flow in a circle ({cycle}); a river network must run downhill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a link with id &apos;{id}&apos; already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the link field &apos;{field}&apos; cannot be set here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no link &apos;{id}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an allocation policy (use {policies})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected countries and energy exchanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no scenario to apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>initial state date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is not a scenario property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {count} characters; at most {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scenario needs a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date of the initial state: &apos;{text}&apos; is not a date (use YYYY-MM-DD, e.g. 2025-10-01)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnsembleCheck</name>
    <message>
        <source>expected a list of ensembles, found {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a valid name (1-64 letters, digits, _ and -)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ensemble &apos;{name}&apos; is defined twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object with a kind ({kinds}), found {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not an ensemble source (use one of: {kinds})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is a {kind}, not an inflow node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node &apos;{id}&apos; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a generator (use one of: {methods})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not what a central year can be (use {kinds})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object keyed by inflow node id, found {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object with mean_mcm and/or cv, found {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dry set cannot be the central set (&apos;{name}&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the central set &apos;{set}&apos; of &apos;{id}&apos; has no water, so it gives no seasonal shape to spread the mean over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{id}&apos; has {dry} Mm³ in the dry set &apos;{dry_set}&apos; but only {central} Mm³ in the central set &apos;{central_set}&apos;: a dry year must have less water (or give the node its cv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{id}&apos; has no water in the dry set &apos;{dry_set}&apos;: no lognormal distribution has a dry quantile of 0 (give the node its cv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a record&apos;s members are whole water years, but {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object: inflow node id → one series per member, found {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every node needs the same number of members ({counts})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of members (each a list of numbers), found {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of numbers (member {member}), found {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member {member} has {count} values but the time base has {periods} periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the members have different lengths</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnsembleImport</name>
    <message>
        <source>&apos;{id}&apos; is not an inflow node of this scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file for one node (&apos;{id}&apos;) needs exactly one value column besides member and period or date; it has {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{header}&apos; names no inflow node of this scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this column has no header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is already fed by another column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column names an inflow node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the member is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a period number from 1 to {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member {member} has period {period} twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{listed} and {count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member {member} has no value of &apos;{id}&apos; for periods {periods}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member {member} has no value of &apos;{id}&apos; for period {periods}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member {member}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &apos;member&apos; column: an ensemble file needs one, saying which member each row belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &apos;period&apos; or &apos;date&apos; column: say which period each row is (1, 2, … or its first day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table has a header but no data rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every node needs the same number of members</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnsembleNetCDF</name>
    <message>
        <source>NetCDF files need the optional packages xarray and h5netcdf, which are not installed: {command}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time step {step} is {date}, but period {step} of the scenario starts on {start}: the file&apos;s times must be the first days of the horizon&apos;s periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time dimension has {steps} steps but the scenario has {periods} periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be read as NetCDF: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variable &apos;{name}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} has dimensions {dims}; an ensemble needs (member, time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: &apos;{id}&apos; is not an inflow node of this scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown units &apos;{units}&apos; (use {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no units attribute: give the unit ({known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: member {member}, period {period} is {value}; inflows must be numbers of at least 0 ({count} such values)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} holds no variable with dimensions (member, time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the variables have different numbers of members</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldCheck</name>
    <message>
        <source>a number of more than 4000 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text}… ({count} characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{what} of {count} items</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object, found {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a valid id (1-64 letters, digits, _ and -)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown inflow set &apos;{name}&apos; (the scenario defines: {sets})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text contains the unpaired surrogate {code}, which is not a character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a value (null is not allowed here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number, found {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is too large: must be {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is too low: must be {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is below the minimum {minimum}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is outside {interval} (must be below {maximum})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is outside {interval} (must be at most {maximum})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number, found {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is above the maximum {maximum}: must be {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is above the maximum {maximum}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected text, found {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is too long: at most {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of numbers, found {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has {count} values but the time base has {periods} periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} values in all are wrong (the first 5 are listed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field (did you mean &apos;{name}&apos;?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false, found {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object with a kind ({kinds}), found {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not an operating rule (use one of: {kinds})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a guide-curve rule needs its guide curve (the target storage of every period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a buffer zone needs both its top (buffer_mcm) and its release (buffer_release_m3s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of plants, found {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plant id &apos;{id}&apos; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a two-letter country code such as KG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object of country code → share, found {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a two-letter country code such as UZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a share: use a number above 0 and at most 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shares add up to {total}, not 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object with one series per inflow set, found {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no series for inflow set &apos;{name}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object with columns level_m, area_km2, volume_mcm, found {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>columns level_m, area_km2 and volume_mcm must have the same length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs at least two rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} after {previous}: the column must be strictly increasing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} after {previous}: the column must be non-decreasing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit, Apr–Sep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit, Oct–Mar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Season</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Water in return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Season of the water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central inflow set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central year is the</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry inflow set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry set exceeded in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-correlation between rivers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year-to-year persistence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period-to-period noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default coefficient of variation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics per node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turbine capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tailwater level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schematic x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schematic y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss fraction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overflow route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow in transit at the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run-of-river plants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inflow set for other nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the initial state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level–area–volume table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaporation depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flood-control storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seepage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hydropower plant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return-flow fraction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drainage residence time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drainage store at the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precipitation depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outflow crest level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum outflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean annual volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coefficient of variation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inflow set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top of buffer zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buffer release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Water year starts in month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 to 64 letters, digits, _ and -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most 200 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in the local script, e.g. Тоқтоғұл</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 3166 two-letter code: KG, TJ, UZ, KZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICWC withdrawal limit for the vegetation season</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICWC withdrawal limit for the non-vegetation season</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the members come from: generator, record or members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country delivering the energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country receiving the energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non_vegetation (Oct–Mar) or vegetation (Apr–Sep)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generator, record or members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stochastic generator: {methods}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole number from 0 to 2^53 - 1: the same seed gives the same members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many members to generate, 1 to {most}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inflow set giving each node&apos;s central year and seasonal shape (default: the set named median, else the first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the central set stands for: mean (default) or median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inflow set giving each node&apos;s dry quantile (default: the set named dry, if any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of years with more water than the dry set; default {default} (P = 90 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correlation of the rivers&apos; annual normal scores, 0 to below 1; default {default} (an estimate, see docs/ensembles.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lag-one autocorrelation of annual normal scores, 0 to below 1; default {default} (an estimate, see docs/ensembles.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coefficient of variation of the noise on the seasonal shape, 0 to 2; default {default} (an estimate, see docs/ensembles.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of annual volumes, for nodes with no dry set and no cv of their own; default {default} (the Syr Darya basin total, R49)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inflow node id → {mean_mcm, cv}: annual statistics replacing the fitted ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the water&apos;s power turned into electricity, 0 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the flow lost on the way, from 0 up to (not including) 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: unlimited; one number, or one per period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carries what exceeds the capacity of the node&apos;s main link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a demand&apos;s return link: its share of the return flow, 0 to 1 (the shares of a demand&apos;s return links sum to 1); empty: an equal part of what the others leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inflow node id → one series per member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inflow set used in every member for inflow nodes not listed (default: the first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must not be empty; at most 200 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the initial storages were observed (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One series per inflow set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One number, or one per period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest storage allowed at the end of each period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the minimum release may draw the storage below it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 is served first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the delivery that flows back to the river, 0 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0: the return flows back in the period of the delivery; k &gt; 0: it recharges a drainage store that releases 1 − exp(−1/k) of its content each period (from the next period on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Water held in the drainage store at the start (needs a residence time above 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICWC limit: caps the delivery and is what a proportional sharing shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the zone per country (by irrigated area), summing to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean water-year volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of annual volumes (standard deviation / mean), 0 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross head of the plant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The multi-year inflow set whose water years are the members (default: the first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule: release the scheduled target; demand_following: release what the demands and minimum flows below need; guide_curve: keep the storage on a target curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target storage at the end of each period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below it (at the start of a period) the release is cut to the buffer release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release while in the buffer zone; one number, or one per period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most 100 000 000 Mm³ (100 000 km³): the largest lake on Earth, the Caspian Sea, holds about 78 000 km³</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most 1 000 000 m³/s: the largest river flow on Earth, the Amazon in flood, is about 300 000 m³/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most 1 000 000 MW: the largest power station on Earth, Three Gorges, has 22 500 MW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>between -500 and 9 000 m a.s.l.: the Dead Sea shore lies at about -430 m, the summit of Everest at 8 849 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most 1 000 000 km²: the largest lake on Earth, the Caspian Sea, covers about 371 000 km²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>between -1 000 000 and 1 000 000 (a place on the schematic drawing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most 400 000 periods (about 1 100 years of days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most 1 000 000 Mm³ per period: even the Amazon carries about 560 000 Mm³ in a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most 1 000 000 Mm³ (1 000 km³): the largest reservoir on Earth, Kariba, holds about 180 km³</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most 2 000 mm per period: open water in the hottest deserts loses about 4 000 mm in a whole year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most 10 000 mm per period: the wettest month ever recorded (Cherrapunji, July 1861) brought about 9 300 mm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Horizon</name>
    <message>
        <source>years must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scenario is not monthly</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportUnits</name>
    <message>
        <source>{unit} (mean flow over each period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{unit} (volume per period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header names two units ({units}): choose the column&apos;s unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header&apos;s unit &apos;{text}&apos; is not one WaterPlanner knows ({known}): choose the column&apos;s unit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Months</name>
    <message>
        <source>Jan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 January</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 February</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 April</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 June</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 July</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 August</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 September</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 October</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 November</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 December</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{month} {year} d{dekad}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NodeKinds</name>
    <message>
        <source>Inflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reservoir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Junction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal lake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reservoir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>junction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min_flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>terminal_lake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>terminal lake</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Objectives</name>
    <message>
        <source>&apos;{label}&apos; is not an objective: use kind[:node,node][:season] with kind one of {kinds} and season one of {seasons}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{label}&apos;: a {kind} objective needs numbers; define it in the scenario&apos;s optimisation section and refer to it by its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{label}&apos;: a {kind} objective names exactly one node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{label}&apos;: a spill objective has no season</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptimisationCheck</name>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regularisation weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number ≥ {minimum}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is below the smallest {what} allowed, {bound}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is above the largest {what} allowed, {bound}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a node id (text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no node &apos;{id}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is a {kind}, not a {wanted}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reservoir &apos;{id}&apos; has no hydropower plant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list with one number per period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has {count} values; the time base has {periods} periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object describing one objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object describing one constraint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not an objective kind (use {kinds})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not an constraint kind (use {kinds})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key for a {kind} objective (known: {keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key for a {kind} constraint (known: {keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a {kind} objective needs &apos;{key}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a {kind} constraint needs &apos;{key}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of node ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number (Mm³) or &quot;start&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a country code (text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a season (use {seasons})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a season of the ICWC limits (use {seasons})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value}: use &apos;period&apos; or &apos;total&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a limit (use {limits})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a {kind} needs min_mcm, max_mcm or both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a release_bounds needs at least one of min_mcm, max_mcm (Mm³ per period), min_m3s, max_m3s (mean flow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give {one} or {other}, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a season applies to min_m3s and max_m3s only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ramping limit needs exactly one of max_change_m3s (mean flow) and max_change_mcm (volume per period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the country whose limit applies (its code, e.g. UZ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name plants or a country, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minimum {minimum} is above the maximum {maximum}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of reservoir ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value}: use {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of constraints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name &apos;{name}&apos; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one of {modes} or an object {object}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;off&quot; or an object {object}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number ≥ 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is above the largest number of iterations allowed, {maximum}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number &gt; 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is above the largest tolerance allowed, {maximum} Mm³</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key (known: {keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a carry-over mode (use {modes})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptimisationEdits</name>
    <message>
        <source>irrigation shortfall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minimum-flow deficit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>terminal-lake inflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hydropower energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carry-over storage target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value of releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fair sharing of shortage (the largest share short)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end storage (carry-over)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operating minimum storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ramping limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release bounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minimum energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minimum terminal-lake inflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICWC limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limit of the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hard or soft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minimum-flow points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reservoirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reservoir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>terminal lake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>season</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target (Mm³)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value per Mm³</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minimum (Mm³)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maximum (Mm³)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lowest release (m³/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>highest release (m³/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>largest change (m³/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>largest change (Mm³)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per period or in total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dead storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flood curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>winter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vegetation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non-vegetation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} at {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} of {country}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scenario&apos;s optimisation section cannot be read: fix the problems listed for it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optimisation settings, {where}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} value {index}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>objective {number}{title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requirement {number}{title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (and {count} more problem(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;{part}&apos; is not a part of the optimisation settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a {type} is not an objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a {type} is not an requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no objective to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no requirement to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no objective {number} (the scenario has {count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no requirement {number} (the scenario has {count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the optimiser needs at least one objective: add another before removing this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add objective: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add requirement: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change objective: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change requirement: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove objective: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove requirement: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{weights} weights for {objectives} objectives: the objectives changed meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose at least one reservoir for the optimiser to decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimiser decides: {reservoirs}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rulebook</name>
    <message>
        <source>{name} release, {period}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} release: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{owner} {field}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problems} (and {count} more)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeFiles</name>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenario file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>series file (CSV or .xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recovery record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recovery copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} kB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be read (permission denied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder, not a {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a regular file (a device, pipe or socket), so it cannot be a {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is {size}: too large for a {what} (the limit is {limit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a regular file, so it cannot be a {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is too large for a {what} (the limit is {limit})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioFile</name>
    <message>
        <source>is not UTF-8 text: byte {byte} at offset {offset} cannot be decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains NUL characters: it is a binary file, not a scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is nested more than {levels} levels deep: not a scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key &quot;{key}&quot; appears twice in one object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON syntax error at line {line}, column {column}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read as JSON: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a scenario object at the top of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid scenario</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeriesImport</name>
    <message>
        <source>the header says {header}; its values are read as {chosen}, as chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header names no unit; its values are read as {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header names no unit: choose the column&apos;s unit ({known}) or write it in the header, e.g. &apos;{example}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table has a header but no data rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date column {column} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column is mapped to a node: choose at least one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this column does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date column cannot also hold values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column {column}: {note}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no node &apos;{id}&apos; in this scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is a {kind} node: it has no {series} series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown inflow set &apos;{name}&apos;; this scenario has: {sets}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{id}&apos; {series} is already fed by column {column}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{header}&apos; names no node of this scenario: map it to a node or skip it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this column has no header: map it to a node or skip it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty (expected e.g. 2025-10-01 or 01.10.2025, in the years {first}–{last})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date (expected e.g. 2025-10-01 or 01.10.2025, in the years {first}–{last})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot tell whether the dates are monthly, dekads or days: choose the period length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} does not start a dekad period (dekads start on days 1, 11 and 21)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} does not start a month period (months start on day 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} repeats row {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} comes before row {row} ({previous}): sort the rows by date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{period} is missing: the date jumps from {previous} (row {row}) to {date} (missing: {periods})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negative flow ({value}) is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negative demand ({value}) is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negative release ({value}) is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{count} row(s) outside the scenario&apos;s horizon ({first} – {last}) are ignored.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The file is {file_step}; its values are aggregated to the scenario&apos;s {step} periods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is {file_step}; its values are split in proportion to the days to the scenario&apos;s {step} periods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} {unit} is too large: it overflows when converted to Mm³</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in dekads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file starts on {date}, after the scenario&apos;s first period ({start}): rows for {period} onwards are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends before the scenario&apos;s last period ({period}): data up to {date} is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to import: no column is mapped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharingCheck</name>
    <message>
        <source>{value} is not an allocation policy (use one of: {policies})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of countries, found {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a two-letter country code such as KZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country &apos;{code}&apos; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of exchanges, found {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exchange id &apos;{id}&apos; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a two-letter country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a country cannot exchange energy with itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a season (use {seasons})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spreadsheet</name>
    <message>
        <source>a number too long to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column {column}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is an old .xls workbook: save it as .xlsx or CSV in Excel first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} columns: more than the {limit} a series file may have (MAX_COLUMNS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} has more than {limit} rows: too large for a series file (the limit is MAX_ROWS = {limit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} has more than {limit} cells: too large for a series file (the limit is MAX_CELLS = {limit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cell holds more than {limit} characters, the most one cell may hold (MAX_CELL_CHARS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cell holds {count} characters; one cell may hold at most {limit} (MAX_CELL_CHARS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} starts like UTF-16 text but byte {offset} is not UTF-16: save it as CSV (UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a text file (CSV) nor an .xlsx workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s text encoding is not recognised (not UTF-8 nor Windows-1251: byte {offset} is {byte}): save it as CSV (UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} holds NUL characters: it is not a text file (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this row cannot be read as CSV ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be read as an .xlsx workbook ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no sheet &apos;{sheet}&apos;; it has: {sheets}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos; of {name} is a chart, not cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet cannot be read from here on ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number of 400 digits or more: too large for a series value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (its part {part})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sheet of {where} has more than {limit} rows: too large for a series file (the limit is MAX_ROWS = {limit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sheet of {where} has more than {limit} cells: too large for a series file (the limit is MAX_CELLS = {limit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be read as an .xlsx workbook (not a valid zip archive: {error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} holds {count} parts: more than an .xlsx workbook may have (the limit is MAX_XLSX_PARTS = {limit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: its text cells (shared strings) expand to {size}, more than the limit of {limit} (MAX_XLSX_SHARED_STRINGS_BYTES)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} expands to {size} when uncompressed ({part} alone to {part_size}): more than the limit of {limit} for a workbook (MAX_XLSX_UNCOMPRESSED_BYTES)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has {rows} rows and {columns} columns: {cells} cells, more than a series file may have (the limit is MAX_CELLS = {limit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is too large a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date ({date}) where a number was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is ambiguous: write 1234 or 1.234 (decimal point) instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is too large a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cell is empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeBase</name>
    <message>
        <source>a time base needs at least one period, got {periods}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} does not start a month period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} does not start a dekad period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{periods} month periods from {start} run past the year {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{periods} dekad periods from {start} run past the year {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{periods} day periods from {start} run past the year {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>water_year_start_month must be 1-12</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>l/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ft³/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>m a.s.l.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mm/period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mm³/period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>periods</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>&apos;{value}&apos; is not a time step (use month, dekad or day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date (use YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} does not start a month period (day 1 of a month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} does not start a dekad period (day 1, 11 or 21 of a month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a non-empty list of inflow sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a valid name (letters, digits, _ and -)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inflow set &apos;{name}&apos; is defined twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of nodes, found {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the network is empty: a scenario needs at least an inflow, the river it feeds and where the water ends (a sink or a terminal lake)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node id &apos;{id}&apos; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a node kind (use one of: {kinds})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected text, found {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field: since format version 2 a node&apos;s position is in the layout section ({place})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} m³/s is above the maximum release {maximum} m³/s in period {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} m³/s is above the maximum release {maximum} m³/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>covers {low}-{high} Mm³ but must reach from dead storage {dead} to capacity {capacity}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} m is not below the highest level in the table ({top} m): the plant would have no head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} Mm³ in a drainage store needs a residence time: set drainage_residence_periods above 0 (with 0 the return flows back at once and nothing is held)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} m is below the lowest level in the table ({bottom} m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node &apos;{id}&apos; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is above capacity {capacity}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is below dead storage {dead}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} must lie between dead storage {dead} and capacity {capacity}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{periods} month periods from {start} run past the year {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{periods} dekad periods from {start} run past the year {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{periods} day periods from {start} run past the year {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plant id &apos;{id}&apos; is already used on this link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plant id &apos;{id}&apos; is already used on {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>a list of {count} items</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>expected an object with the nodes&apos; positions, found {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field (the layout holds &quot;nodes&quot;: node id → [x, y])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object keyed by node id, found {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node &apos;{id}&apos; does not exist (did you mean &apos;{name}&apos;?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a position [x, y] (two numbers), found {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of links, found {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link id &apos;{id}&apos; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>links node &apos;{id}&apos; to itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>links form a cycle: {cycle}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an inflow is a source: remove the link from &apos;{id}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sink takes water out of the basin: remove the link to &apos;{id}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a demand needs exactly one intake link (it has {count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an intake must deliver in the same period (travel time 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a demand cannot take water from a {kind} (&apos;{id}&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} of the delivery returns, but there is no link for the return flow to re-enter the river</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the drainage store holds {value} Mm³ at the start, but there is no return link for it to drain along</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a return-flow link cannot be an overflow route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a link leaving a demand (a return link) has a return share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has {count} overflow links; at most one is allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an overflow route needs the node&apos;s main link to have a capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a demand&apos;s intake cannot be an overflow route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has {count} main outgoing links ({targets}); water must leave along one (mark a second as overflow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to &apos;{id}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {kind} has no outgoing link: water reaching it has nowhere to go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reaches no sink, terminal lake or consuming demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the return shares of its return links sum to {total}, not 1 ({parts}); leave one empty to give it the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the return shares of its return links sum to {total}, more than 1 ({parts})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object keyed by reservoir id, found {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is a {kind}, not a reservoir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reservoir has no release schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scenario has no name: give it one, so that its results and reports say which plan they show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object of text fields (title, url)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a basis (use {bases})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected reference codes (text), found {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference &apos;{code}&apos; is not listed in metadata.references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a date (use YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a scenario object at the top of the file, found {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;{format}&quot;, found {value}: this is not a WaterPlanner scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number, found {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version {version} was written by a newer WaterPlanner (this one reads up to {latest})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{version} is not a scenario format version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown section in a version-1 file (it came with version 2; version 1 keeps a node&apos;s position in the node&apos;s x and y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown section (did you mean &apos;{name}&apos;?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required section is missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewCheck</name>
    <message>
        <source>expected an object, found {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field (use {fields})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is {count} characters long; at most 4096</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WaterYears</name>
    <message>
        <source>the horizon starts on {date}, not at the start of a water year ({first_day})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the horizon ends on {date} (exclusive), not at the end of a water year (it should end on {first_day})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
