<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>DialogParts</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plants</name>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turbine capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none — click to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{count} plants: {names}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{label} ({unit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add plant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power = efficiency × ρ g × min(flow, turbine capacity) × head, at most the installed power; the flow is what enters the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plant {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}: {column} &apos;{text}&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioProperties</name>
    <message>
        <source>Scenario properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD, e.g. 2025-10-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the initial storages were observed or published; it is printed on the report&apos;s title page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
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
        <source>Initial state on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set scenario properties</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableEdit</name>
    <message>
        <source>Paste from a spreadsheet with Ctrl+V (tab-separated) at the selected cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove last row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row {row}, {column}: &apos;{text}&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
