<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk" sourcelanguage="en">
<context>
    <name>Report</name>
    <message>
        <source>Untitled scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not saved to a file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, inflows &apos;{inflow_set}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, seed {seed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ensemble {title}: {members}{seed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WaterPlanner · {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsaved scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} · SHA-256 {hash}… · inflows: {inflows} · {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {number} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write {path}: permission denied (is the file read-only or open in another program?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write {path}: the folder {folder} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write {path}: it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write into {folder}: permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write {path}: the PDF could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing the title page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing page {number} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write {path}: making the PDF failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write {path}: the PDF came out empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} – WaterPlanner report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building {section}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laying out pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n members</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n-member ensemble</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>executive summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cascade schematic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release schedules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shortfall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseline comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optimisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportComparison</name>
    <message>
        <source>Water delivered, {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortfall, %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy, {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Winter energy, {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summer energy, {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inflow to {lake}, {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lake} end level, {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reservoir} end storage, {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reservoir} end fill (active), %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison with the baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline: {baseline}. Changes are this scenario minus the baseline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes by country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortfall
%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change
points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Winter energy
change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summer energy
change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortfall by demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortfall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline
%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plots in &apos;Results over time&apos; overlay the baseline as dashed grey curves.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportCountries</name>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{volume} of water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{volume} of water in {season}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal is the water entering the intakes of a country&apos;s demands, before the intakes&apos; losses; delivery is what reaches the fields and shortfall what the demands did not get. A demand irrigated by several countries (the Fergana Valley) is split among them by its shares. Limits are the ICWC&apos;s, per season of the water year: non-vegetation October–March and vegetation April–September; % of limit is the withdrawal as a share of the season&apos;s limit, printed in bold colour above 100 %. Flow formed is the local inflow of the rivers rising in a country, % of basin its share of the basin&apos;s inflow that season. Energy generated is that of the country&apos;s plants, at dams and run-of-river.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> An ICWC limit counts main-stem withdrawals at the ICWC&apos;s control points: where a country&apos;s demands hold more (small rivers, users below a control point), % of limit is not like for like; the scenario&apos;s notes say what each limit covers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The exchange ledger moves energy from supplier to receiver in its season of every water year; net energy = generated + received − supplied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* Season only partly within the horizon: its limit is the whole season&apos;s; exchanges count for the days covered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* Season only partly within the horizon: its limit is the whole season&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned: demands, rivers and plants of no country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICWC season</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Water by country and season</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of
limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortfall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow formed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of
basin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow formation and energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy exchange ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier → receiver</source>
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
        <source>In return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each exchange repeats in every water year of the horizon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes from the baseline by country and season</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal
change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortfall
change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated
change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net energy
change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scenario minus the baseline ({baseline}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The results hold %n ensemble members; these are the first&apos;s.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportInputs</name>
    <message>
        <source>ensemble &apos;{name}&apos;, {members}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inflow set &apos;{name}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n members</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportLayout</name>
    <message>
        <source>(continued)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportNames</name>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hydropower plant, {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}, inflow set “{inflow_set}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release schedule ({unit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{link}: {plant} (run-of-river plant), {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reach {link}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportOptimisation</name>
    <message>
        <source>irrigation shortfall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minimum-flow deficit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inflow to the terminal lake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hydropower energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carry-over storage below its target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value of the releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storage within a rule curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release within bounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release changes at most a limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storage at the end of the horizon at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>energy at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inflow to the terminal lake at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a limit of the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storage above dead storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>releases at least the minimum release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storage below the flood-control curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>river reaches carry at most their capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>winter (Oct–Mar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summer (Apr–Sep)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inflow to the terminal lake below {volume}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carry-over storage below {volume}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (priority-weighted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> at {nodes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> in {country}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limit {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> per period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> of {volume} per period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimisation settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by priority, as the simulator shares it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free (the optimiser chooses the deliveries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reservoirs whose releases the optimiser decides: {reservoirs}. Water allocation among demands: {allocation}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maximise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minimise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>soft (penalty {penalty})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Season</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimiser result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective (minimised): {before} before, {after} after optimising ({unit}), with the inflow set &apos;{inflow_set}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report simulates the inflow set &apos;{inflow_set}&apos;: its tables show the optimised schedules under those inflows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>converged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not converged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective terms, before and after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binding constraints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shadow price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requirements that limit the optimum, largest shadow price first: relaxing one by a unit would improve the objective by about its shadow price (in {unit}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requirement binds at the optimum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>units of value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maximised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minimised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The front between two objectives: A, {a} ({unit_a}, {sense_a}), and B, {b} ({unit_b}, {sense_b}). Each point is the best A can be while B is no worse than a bound; the planner chose point {point} of {points}: A = {value_a} {unit_a}, B = {value_b} {unit_b}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The sweep was stopped before it finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>efficient points of the front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dominated point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chosen point ({point})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trade-off front; each axis in its objective&apos;s unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not feasible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dominated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before and after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;Before&apos; is the scenario the schedules were applied to, &apos;after&apos; the scenario of this report, both simulated with the inflow set &apos;{inflow_set}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortfall, {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hydropower, {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inflow to the terminal lake, {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reservoir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest: the least storage reached over the horizon, the initial storage included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy by country and season</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortfall by demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release schedules of this report were replaced by {source}, applied to the scenario &apos;{scenario}&apos;. The tables below compare it before and after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results of this report were not simulated with one of the scenario&apos;s inflow sets, so they are not compared with the scenario before the schedules were applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimisation settings of the scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario states these objectives and requirements for the optimiser. Binding constraints are listed when the report is made from an applied optimiser result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n linear programme(s), {state}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportPlots</name>
    <message>
        <source>none in this horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this scenario (country colour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this scenario (country colour), by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this scenario (country colour), by water year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summer (Apr–Sep)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dead storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operating minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guide curve (target)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage at the end of each month (the first point is the initial storage), with the capacity and the dead storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean release over each month in {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery (country colour) against demand (thin black) per month; the gap is the shortfall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy generated in each month, {unit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lake level at the end of each month with the level of the outflow crest; inflow per month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage at the end of each water year (the first point is the initial storage), with the capacity and the dead storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean release over each water year in {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery (country colour) against demand (thin black) per water year; the gap is the shortfall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy generated in each water year, {unit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lake level at the end of each water year with the level of the outflow crest; inflow per water year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage at the end of each period (the first point is the initial storage), with the capacity and the dead storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean release over each period in {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery (country colour) against demand (thin black) per period; the gap is the shortfall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy generated in each period, {unit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lake level at the end of each period with the level of the outflow crest; inflow per period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The baseline ({baseline}) is drawn dashed and grey on every plot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The baseline has a different time base and is not overlaid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, and the operating rules&apos; guide curves and operating minima.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (spill, where any, in purple).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shortfall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries and demands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inflow to {lake}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no inflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal lake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outflow crest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportRisk</name>
    <message>
        <source>Risk over the inflow ensemble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any shortfall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a shortfall above {tolerance} % of the period&apos;s demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P(short &gt; {threshold} %) is the share of members whose shortfall over the whole horizon exceeds {threshold} % of their demand. A period fails on {tolerance}. Reliability is the share of periods with demand that did not fail; resilience the chance that a failed period is followed by one that does not fail; vulnerability the mean shortfall of the failed periods, in Mm³ and as % of their demand (Hashimoto, Stedinger &amp; Loucks 1982), all pooled over the members. Mean short is the shortfall over the horizon as % of demand, all members together. A country&apos;s figures are those of its demands together, a demand shared among countries split by its shares. &apos;–&apos;: the metric does not apply (no demand, or no period failed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean short
%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P(short &gt;
{threshold} %) %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliability
%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resilience
%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vulnerability
{unit} (% demand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supply risk by country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supply risk by demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability
%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean amount
(all members)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability: share of members in which the event happens at least once over the horizon. Mean amount: over all members (periods below the minimum; Mm³ received or spilled).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy of each country&apos;s plants (dams and run-of-river) summed over each ICWC season; P10/P50/P90 over the members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy of each country&apos;s plants (dams and run-of-river) summed over each ICWC season; P10/P50/P90 over the members, read from fixed-edge histograms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> * Season only partly within the horizon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy per country and season</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICWC season</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change
points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline
%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P(short)
%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change from the baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy P50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline P50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median energy of each country&apos;s plants over the members, per ICWC season.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dead storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90 % band (P5–P95), in the country&apos;s colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>50 % band (P25–P75)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median of the members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member {member}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage over the members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries over the members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal lake over the members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outflow crest</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The results hold %n members of an inflow ensemble (their source was not recorded with them).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The other sections of this report show member {member}; this one covers all %n members. A member is short when its shortfall over the horizon exceeds {threshold} % of demand.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The baseline ({baseline}) simulated on the same %n members; changes are this scenario minus the baseline, in percentage points (energy in GWh).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Storage at the end of each month over the %n members: the median (country colour), the 50 % and 90 % bands, and the member the other sections show.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Storage at the end of each water year over the %n members: the median (country colour), the 50 % and 90 % bands, and the member the other sections show.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Storage at the end of each period over the %n members: the median (country colour), the 50 % and 90 % bands, and the member the other sections show.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delivery per month over the %n members against the demand (thin black): where the band lies below the demand, members fall short.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delivery per water year over the %n members against the demand (thin black): where the band lies below the demand, members fall short.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delivery per period over the %n members against the demand (thin black): where the band lies below the demand, members fall short.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lake level at the end of each month over the %n members, with the crest over which it spills.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lake level at the end of each water year over the %n members, with the crest over which it spills.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lake level at the end of each period over the %n members, with the crest over which it spills.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportSchematic</name>
    <message>
        <source>end {storage} {unit} ({fill} % active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>short {percent} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inflow {inflow} {unit}, end {level} {metres}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run-of-river plant</source>
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
        <source>demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minimum flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>terminal lake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sink</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportSections</name>
    <message>
        <source>Executive summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Water demanded by the irrigation zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Water delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortfall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst-supplied demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {percent} short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hydropower, whole horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of which winter (Oct–Mar) / summer (Apr–Sep)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inflow to {lake}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lake} level, start → end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOES NOT CLOSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Water balance check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (residual {volume})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Water received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Winter energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summer energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aral inflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Water received is what the country&apos;s irrigation zones were delivered (a zone shared by several countries split by its shares); energy is what its plants generated. Winter is October–March, summer April–September. Per season and with the limits: see Countries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst
period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliability: share of the periods with a demand in which it was met in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hydropower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Winter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reservoirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reservoir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End fill
(active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where water left the basin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oct-Mar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From ({unit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What reached each sink, and along which link: overflow from a reservoir or drainage returned from a zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum flow at {name}: {volume} short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reach {link} carried {volume} above its capacity (flooding).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (run-of-river)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cascade schematic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes at their schematic positions, coloured by country. Rivers in slate blue, abstractions grey, return flows dashed, overflow paths dotted. Reservoirs show their storage at the end of the horizon and their fill then, {definition}; demands show their shortfall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target releases of the scenario, as the planner set them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Summer months (April–September) are shaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Where a reservoir could not follow its target (too little water, or a full reservoir), the plots show the release actually made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release schedules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releases in {unit} per period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releases in {unit} per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releases in {unit} per water year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releases in {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release targets not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periods in which a reservoir released a different amount than its target, because it could not do otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortfall by demand and period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total shortfall {volume} ({percent} of demand).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more period(s) not listed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The results hold %n ensemble members; this summary shows the first. &apos;Risk over the inflow ensemble&apos; covers them all.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Fill: {definition}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportSources</name>
    <message>
        <source>cited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>derived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unspecified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time base: {periods} from {first} to {last} (water year starting in month {month}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each reservoir follows its target release unless storage, the minimum or maximum release or its flood-control space forces otherwise; water above capacity spills.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demands take water at their intake in priority order, upstream first; a share returns downstream. Demands at a minimum-flow point take only what exceeds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaporation and precipitation act on the surface area interpolated from each level–area–volume table. Energy uses the net head (level minus tailwater) and the turbine flow, capped at the turbine capacity; spill makes no energy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Winter is October–March (non-vegetation season), summer April–September.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volumes are in million m³ (Mm³) per period; flows in m³/s are period means, converted with each period&apos;s exact length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reservoir&apos;s fill in % is its {definition}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources of the numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{entries} ({summary}). Basis: cited = taken from the reference; derived = computed from cited numbers; estimate = the modeller&apos;s judgement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assumptions and data sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Cut after {count} characters; the whole text is in the scenario file.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model assumptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report uses the {inflows} (see &apos;Risk over the inflow ensemble&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report uses the {inflows}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inflow sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
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
        <source>References</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportTime</name>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Water year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The horizon has {periods}, too many to print one by one: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tables and plots show one row or step per water year (starting on {date}): volumes and energy summed, flows averaged over the time, storages and levels at the water year&apos;s end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tables and plots show one row or step per month: volumes and energy summed, flows averaged over the time, storages and levels at the month&apos;s end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The daily values are in the Excel export ({command}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The dekad values are in the Excel export ({command}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The monthly values are in the Excel export ({command}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first}–{last} {month} {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{count} day periods</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} dekad periods</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} month periods</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} daily periods</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} monthly periods</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportTitle</name>
    <message>
        <source>{day} January {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} February {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} March {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} April {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} May {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} June {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} July {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} August {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} September {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} October {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} November {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} December {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date of the initial state not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
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
        <source>Initial state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inflows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inflow set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} – {last} ({periods})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaced by {source} (see page {page})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaced by {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of the scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 as simulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the scenario had changes not saved to the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release schedules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reservoir release planning report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produced offline by WaterPlanner {version}. Every number in this report comes from simulating the scenario file named above; its SHA-256 hash identifies the exact input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortfall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shortfall} {unit} of {demand} {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hydropower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>winter {winter} / summer {summer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aral inflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lake inflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level {level} at end</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
