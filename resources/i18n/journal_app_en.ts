<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CriteriaModel</name>
    <message numerus="yes">
        <source>%n evidence item(s)</source>
        <translation>
            <numerusform>%n evidence item</numerusform>
            <numerusform>%n evidence items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message numerus="yes">
        <source>%n words</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReflectionTab</name>
    <message numerus="yes">
        <source>%n words</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>check</name>
    <message numerus="yes">
        <source>%n row(s) refer to rows that do not exist (foreign keys)</source>
        <translation>
            <numerusform>%n row refers to a row that does not exist (foreign keys)</numerusform>
            <numerusform>%n rows refer to rows that do not exist (foreign keys)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the framework snapshot is invalid (%n problem(s))</source>
        <translation>
            <numerusform>the framework snapshot is invalid (%n problem)</numerusform>
            <numerusform>the framework snapshot is invalid (%n problems)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence item(s) were being added when the app stopped; they will be cleared when the journal is next opened</source>
        <translation>
            <numerusform>%n evidence item was being added when the app stopped; it will be cleared when the journal is next opened</numerusform>
            <numerusform>%n evidence items were being added when the app stopped; they will be cleared when the journal is next opened</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence item(s) checked</source>
        <translation>
            <numerusform>%n evidence item checked</numerusform>
            <numerusform>%n evidence items checked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message numerus="yes">
        <source>{file}: valid framework {id!r} ({title}, version {version}, %n stage(s))</source>
        <translation>
            <numerusform>{file}: valid framework {id!r} ({title}, version {version}, %n stage)</numerusform>
            <numerusform>{file}: valid framework {id!r} ({title}, version {version}, %n stages)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>frameworks</name>
    <message numerus="yes">
        <source> (and %n more problem(s))</source>
        <translation>
            <numerusform> (and %n more problem)</numerusform>
            <numerusform> (and %n more problems)</numerusform>
        </translation>
    </message>
</context>
</TS>
