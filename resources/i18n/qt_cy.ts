<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB" sourcelanguage="en">
<!-- Qt ships no Welsh translation of its own strings (qtbase_cy), so the ones this app shows
     (standard buttons, file, input and print dialogs, text context menus) are translated here,
     in Qt's own contexts. Edited by hand or with Qt Linguist; not touched by make update-translations. -->
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Gyriant</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Ffolder</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Dileu</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Edrych yn:</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>Ffolder &amp;newydd</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Agor</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Ailenwi</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Newid i olwg fanwl</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Newid i olwg rhestr</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Creu ffolder newydd</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Creu ffolder newydd</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Golwg fanwl</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Enw ffeil:</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Ffeiliau</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Ffeiliau o&amp;'r math:</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Ymlaen</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Mynd yn ôl</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Mynd ymlaen</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Mynd i'r ffolder uwch</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Golwg rhestr</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Rhestr o leoedd a nodau tudalen</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Ffolder uwch</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Dangos </translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Dangos ffeiliau &amp;cudd</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Bar ochr</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Computer</source>
        <translation>Cyfrifiadur</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Dyddiad newid</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Maint</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>All other platforms</comment>
        <translation>Math</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translation>Rhowch werth:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Gludo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Torri</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Dewis y cyfan</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Hide Details...</source>
        <translation>Cuddio’r manylion…</translation>
    </message>
    <message>
        <source>Show Details...</source>
        <translation>Dangos y manylion…</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Na</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ie</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Taflu</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Agor</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Gweithredu</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Cymorth</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Ailosod</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Rhoi’r gorau iddi</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Ceisio eto</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Anwybyddu</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Adfer y rhagosodiadau</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;Opsiynau &gt;&gt;</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;Opsiynau &lt;&lt;</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Argraffu</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>Pob tudalen</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>Tudalennau eilrif</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Ffeil leol</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>Tudalennau odrif</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Argraffu</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>Argraffu i ffeil (PDF)</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>Ysgrifennu ffeil PDF</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Collate</source>
        <translation>Coladu</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Lliw</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>Modd lliw</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Copïau</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Copïau:</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>Y dudalen bresennol</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>Argraffu ar y ddwy ochr</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Graddlwyd</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>Rhwymo ar yr ochr hir</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Diffodd</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opsiynau</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>Gosodiadau allbwn</translation>
    </message>
    <message>
        <source>Page &amp;Set:</source>
        <translation>&amp;Set tudalennau:</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Tudalennau</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>Tudalennau o</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>Argraffu’r cyfan</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation>Ystod argraffu</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Tu chwith</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Detholiad</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>Rhwymo ar yr ochr fer</translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>Nodwch dudalennau neu ystodau wedi’u gwahanu gan gomâu. Nodir ystod gan ddau rif wedi’u gwahanu gan gysylltnod. E.e.: mae 3,5-7,9 yn argraffu tudalennau 3, 5, 6, 7 a 9.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>i</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Lleoliad:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>&amp;Ffeil allbwn:</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>&amp;Priodweddau</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Rhagolwg</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Argraffydd</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Math:</translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <source>Scroll Left</source>
        <translation>Sgrolio i’r chwith</translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation>Sgrolio i’r dde</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Gludo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Torri</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Dewis y cyfan</translation>
    </message>
</context>
</TS>
