<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk" sourcelanguage="en">
<context>
    <name>CountryLimits</name>
    <message>
        <source>either season</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vegetation season (Apr–Sep)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the non-vegetation season (Oct–Mar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the requirement &apos;{label}&apos; holds {country}&apos;s withdrawals to its ICWC limit, but this scenario sets {country} no limit for {season}: set the limit (Scenario → Water sharing and countries) or remove the requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{country}&apos;s withdrawals at most its vegetation-season (Apr–Sep) limit {limit} Mm³ in {season}{part}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{country}&apos;s withdrawals at most its non-vegetation-season (Oct–Mar) limit {limit} Mm³ in {season}{part}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the horizon covers part of it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Defaults</name>
    <message>
        <source>carry-over off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no default carry-over (every decision reservoir states its own end storage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carry-over hard (end storage ≥ start storage) at {reservoirs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carry-over soft at {reservoirs} (end storage ≥ start storage; each Mm³ below both the start and what the input schedule leaves costs {penalty} {unit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; own end-storage requirement at {reservoirs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regularisation off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regularisation {deviation} per Mm³ of deviation from the input schedule and {ramping} per Mm³ of change from one period to the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defaults: {carry_over}; {regularisation}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnsembleFiles</name>
    <message>
        <source>{module} is not installed: ensemble result files need the optional extra, pip install &quot;waterplanner[scale]&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: ensemble results are written as .nc (NetCDF) or .zarr</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ensembles</name>
    <message>
        <source>Generated from the inflow sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default stochastic generator (lognormal_ar1) fitted to the scenario&apos;s own inflow sets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scenario has no ensemble &apos;{name}&apos; (it has: {names})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed {seed} is outside 0 to 2^53 - 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{method}&apos; is not a generator (use one of: {methods})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ensemble &apos;{name}&apos; has {members} (the water years of its record), not {asked}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ensemble &apos;{name}&apos; has {members}, not {asked}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each water year of the inflow set &apos;{name}&apos; is a member, index-sequential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inflow set &apos;{name}&apos; in every member for: {nodes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most {count} members can be generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>members must be at least 1, not {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n members</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{field}: the scenario has no inflow set &apos;{name}&apos; (it has: {names})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dry_set: the dry set cannot be the central set (&apos;{name}&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{node}&apos;: the dry set &apos;{dry_set}&apos; holds {dry} Mm³ and the central set &apos;{central_set}&apos; {central} Mm³; a lognormal needs 0 &lt; dry ≤ central (give the node its cv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{node}&apos;: the central set &apos;{central_set}&apos; has no water, so it gives no seasonal shape to spread the mean over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual volumes: lognormal per inflow node, fitted to the inflow set &apos;{central}&apos; as the median year and &apos;{dry}&apos; as the dry quantile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual volumes: lognormal per inflow node, fitted to the inflow set &apos;{central}&apos; as the mean year and &apos;{dry}&apos; as the dry quantile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual volumes: lognormal per inflow node, fitted to the inflow set &apos;{central}&apos; as the median year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual volumes: lognormal per inflow node, fitted to the inflow set &apos;{central}&apos; as the mean year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dry set: coefficient of variation {cv} assumed for {nodes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cross-correlation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lag-1 persistence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>period noise cv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimates (defaults): {estimates}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a record&apos;s members are whole water years, but {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record has {years}, so {members}: members {first}..{last} do not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n water years</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <source>Water value: one more Mm³ at {node} in {period} would improve the objective by {price} {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (non-zero in {periods})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one {unit} less required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one {unit} more room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{requirement} binds {when}: {relax} in {period} would improve the objective by {price} {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{requirement} binds {when}: it sits exactly at its bound (no shadow price: relaxing it alone would not improve the objective measurably)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in {periods}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in {periods} ({first} … {last})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n periods</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Infeasible</name>
    <message>
        <source>No schedule meets every hard requirement with inflow set &apos;{name}&apos; when each intake takes what reaches it before water passes on (the simulator&apos;s rule).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No schedule meets every hard requirement with inflow set &apos;{name}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Even with every requirement relaxed the water balance cannot close (evaporation and seepage exceed the water available?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To make it solvable, at least this much would have to give way:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  - {requirement}: short by {amount} {unit} in total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It conflicts with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make one of them soft (&quot;hard&quot;: false with a penalty) or relax it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Objectives</name>
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
        <source>carry-over storage deficit</source>
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
        <source>largest shortage share (fair sharing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>terminal-lake inflow deficit below {volume} Mm³</source>
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
        <source>, winter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, summer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Optimiser</name>
    <message>
        <source>units of value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{unit} of {objectives}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>objective units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simulating the input schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The optimiser found nothing better than the input schedule (the linearisation misled it); the input is returned unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Successive LP {stopping}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scenario shares shortages in proportion (the ICWC rule); the optimiser&apos;s linear programme plans deliveries upstream-first (each intake takes what reaches it before water passes on), and its self-check compares with that. The figures after are the simulator&apos;s under the scenario&apos;s own rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: here both rules deliver the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: with the optimised schedule they deliver up to {volume} Mm³ differently ({demand}, {period}). A fair_shortfall objective makes the optimiser value sharing a shortage evenly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the network has no nodes: there is nothing to optimise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown inflow set &apos;{name}&apos;; this scenario defines: {sets}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision reservoir &apos;{id}&apos; is not in the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is not a reservoir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} follows its demand-following rule, so it has no release schedule to optimise: set its operating rule to &apos;schedule&apos; to let the optimiser decide its releases, or take it out of the decision reservoirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} follows its guide-curve rule, so it has no release schedule to optimise: set its operating rule to &apos;schedule&apos; to let the optimiser decide its releases, or take it out of the decision reservoirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has a buffer zone: while its storage is in it the simulator cuts the release to the buffer release, whatever the schedule says, and the optimiser cannot plan around that cut. Remove the buffer zone from its rule to let the optimiser decide its releases, or take it out of the decision reservoirs (it is then held to what it released in the plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped after {count} iterations without meeting the tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No schedule meets every hard requirement when each intake takes what reaches it before water passes on (the simulator&apos;s rule). Relax a requirement, or set the optimisation section&apos;s allocation to &quot;free&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped: the linearisation around the last schedule is infeasible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LP {iteration}: objective {objective}, LP–simulation gap {gap} Mm³</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>converged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>converged (trust region exhausted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trust region exhausted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trust region exhausted before the LP met the simulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the optimiser produced no schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the problem is unbounded: some objective can improve without limit (is a value per unit of release attached to a reservoir whose release has no upper limit and no water limit?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the solver hit its iteration or time limit before finding the optimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the solver could not solve the problem ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Precheck</name>
    <message>
        <source>about {variables} variables, {constraints} constraints and {nonzeros} non-zero coefficients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} month periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} dekad periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} day periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the problem is too large to optimise on this machine: {periods} × {nodes} nodes give {size}, more than the {limit} non-zeros the optimiser attempts. Aggregate the scenario to a coarser time step (monthly instead of daily or dekadal), shorten the horizon (optimise a few water years at a time), or fix the releases of some reservoirs (decision_reservoirs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the network has no reservoir: there is no release schedule to optimise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every reservoir follows a demand-following or guide-curve rule or has a buffer zone: there is no release schedule to optimise (set a reservoir&apos;s operating rule to &apos;schedule&apos;, without a buffer zone, to optimise it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reservoir is a decision (decision_reservoirs is empty): there is no release schedule to optimise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{names} follows an operating rule (or a buffer zone) below {upstream}: the optimiser follows the rule&apos;s answer to what the schedule sends down (on a guide curve it releases what keeps the storage on the curve; elsewhere it holds the release the rule gave the previous schedule), and the LPs repeat until optimiser and simulator agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{names} follow an operating rule (or a buffer zone) below {upstream}: the optimiser follows the rule&apos;s answer to what the schedule sends down (on a guide curve it releases what keeps the storage on the curve; elsewhere it holds the release the rule gave the previous schedule), and the LPs repeat until optimiser and simulator agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the minimum flow at {name} asks for {asked} Mm³ over the horizon, but at most {water} Mm³ can reach it (all inflow upstream plus all water stored upstream at the start): short by {short} Mm³ whatever the schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the minimum flow at {name} asks in {period} for {asked} Mm³, but at most {possible} Mm³ can pass then (inflow plus the most the reservoirs upstream can release): short by {short} Mm³ in {count} period(s) whatever the schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A minimum flow is physically impossible with inflow set &apos;{name}&apos;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower the required minimum flow (is its unit right?) or check the inflows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Requirements</name>
    <message>
        <source>the simulator&apos;s intake rule at {name} (its demands are served before water passes on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} turbine flow at most the turbines&apos; capacity {flow} m³/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} power at most its installed {power} MW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} turbine flow within the flow of its reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>energy of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minimum flow at {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} release against the input schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} change of release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} storage at most its capacity {volume} Mm³</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} release at most its maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} release at most its fixed schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intake of {name} at most its demand and its limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intake of {name} at most its demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shortfall of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>water balance of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} below its outflow crest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} outflow at most the outlet capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>routing below {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>water balance at {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return flow of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drainage store of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>equal-priority demands at {name} share in proportion to demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} turbine flow within its release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reservoirs stay above their dead storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reservoirs release at least their minimum release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reservoirs stay below their flood-control curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>river links carry at most their capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{names} storage within its rule-curve band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{names} storage at least its operating minimum {volume} Mm³</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{names} release within its planned bounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{flow} m³/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{volume} Mm³</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{names} release changes by at most {limit} per period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{names} ends the horizon with at least its start storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{names} ends the horizon with at least {volume} Mm³</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{names} ends the horizon with at least its start storage {volume} Mm³ (default carry-over)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plants of {country}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all plants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{plants} generate at least {energy} MWh in every period{season}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{plants} generate at least {energy} MWh in total{season}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{names} receives at least {volume} Mm³{season}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{country}&apos;s withdrawals at most its vegetation-season (Apr–Sep) ICWC limit (each water year&apos;s season separately)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{country}&apos;s withdrawals at most its non-vegetation-season (Oct–Mar) ICWC limit (each water year&apos;s season separately)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{country}&apos;s withdrawals at most its seasonal ICWC limit in every season it has one (each water year&apos;s season separately)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> in winter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> in summer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flow on {link} at most its capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} storage at least its dead storage {volume} Mm³</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} release at least its minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} storage at most its flood-control curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} storage at least its rule curve minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} storage at most its rule curve maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} release at least its release bounds minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} release at most its release bounds maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} storage at least its operating minimum {volume} Mm³</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} end storage at least {volume} Mm³</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} end storage at least its start storage {volume} Mm³ (default carry-over)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} release may rise by at most {limit} {unit} per period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} release may fall by at most {limit} {unit} per period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} release at most what its rule releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} storage on its guide curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shortage share of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inflow to {name} against its target {volume} Mm³</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} end storage against its target {volume} Mm³</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelfCheck</name>
    <message>
        <source>Self-check passed: largest difference between optimiser and simulator {storage} Mm³ storage, {delivery} Mm³ delivery, {energy} MWh energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-check FAILED: largest difference between optimiser and simulator {storage} Mm³ storage, {delivery} Mm³ delivery, {energy} MWh energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (linearised energy off by {gap} MWh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; worst at {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  hard requirement not met in the simulation: {requirement}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} storage, {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} delivery, {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compared with the schedule simulated upstream-first, as the optimiser plans deliveries; the scenario shares shortages in proportion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Simulation</name>
    <message>
        <source>unknown inflow set &apos;{name}&apos; (the scenario defines: {sets})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>{name} (run-of-river)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active storage filled, % (storage above dead storage ÷ active capacity)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnmetTargets</name>
    <message>
        <source>storage at dead level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storage at the operating minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storage in the buffer zone (reduced release)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above the maximum release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below the minimum release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storage above the flood-control limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, {period}: target {target}, released {released}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above the maximum release of {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below the minimum release of {limit}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release schedule Mm³</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release schedule m³ s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
