<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en">
<context>
    <name>BusyDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>CalendarPopup</name>
    <message>
        <source>Calendar</source>
        <translation>Calendr</translation>
    </message>
</context>
<context>
    <name>ChecklistGroup</name>
    <message>
        <source>{title} checklist</source>
        <translation>Rhestr wirio: {title}</translation>
    </message>
    <message>
        <source>Space ticks the selected skill; F2 on the note column writes a note</source>
        <translation>Mae Bylchwr yn ticio&apos;r sgil a ddewiswyd; mae F2 yng ngholofn y nodyn yn ysgrifennu nodyn</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <source>Skill</source>
        <translation>Sgil</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
</context>
<context>
    <name>ConversationsPage</name>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Gyda</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Ffocws</translation>
    </message>
    <message>
        <source>Learning conversations</source>
        <translation>Sgyrsiau dysgu</translation>
    </message>
    <message>
        <source>Log a &amp;conversation</source>
        <translation>Cofnod&amp;i sgwrs</translation>
    </message>
    <message>
        <source>Log a new learning conversation</source>
        <translation>Cofnodi sgwrs ddysgu newydd</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Di&amp;leu</translation>
    </message>
    <message>
        <source>Delete the selected conversation</source>
        <translation>Dileu&apos;r sgwrs a ddewiswyd</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Learning conversations&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Sgyrsiau dysgu&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No conversations logged yet&lt;/h3&gt;&lt;p&gt;Log each learning conversation with your trainee, mentor or colleagues: when, with whom, its focus, your notes and the actions you agreed. An agreed action can become a target, and a conversation can be evidence for a criterion.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Dim sgyrsiau wedi&apos;u cofnodi eto&lt;/h3&gt;&lt;p&gt;Cofnodwch bob sgwrs ddysgu gyda&apos;ch hyfforddai, eich mentor neu gydweithwyr: pryd, gyda phwy, ei ffocws, eich nodiadau a&apos;r camau gweithredu a gytunwyd. Gall cam gweithredu a gytunwyd ddod yn darged, a gall sgwrs fod yn dystiolaeth ar gyfer maen prawf.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Log the first conversation</source>
        <translation>Cofnodi&apos;r sgwrs gyntaf</translation>
    </message>
    <message>
        <source>Date of the conversation</source>
        <translation>Dyddiad y sgwrs</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Gyda phwy</translation>
    </message>
    <message>
        <source>Their role</source>
        <translation>Eu rôl</translation>
    </message>
    <message>
        <source>e.g. Professional mentor, co-coach</source>
        <translation>e.e. Mentor proffesiynol, cyd-hyfforddwr</translation>
    </message>
    <message>
        <source>Kind of conversation</source>
        <translation>Math o sgwrs</translation>
    </message>
    <message>
        <source>Notes of the conversation</source>
        <translation>Nodiadau’r sgwrs</translation>
    </message>
    <message>
        <source>What you talked about, what you noticed</source>
        <translation>Beth y buoch yn ei drafod, beth y sylwoch arno</translation>
    </message>
    <message>
        <source>Agreed actions</source>
        <translation>Camau gweithredu a gytunwyd</translation>
    </message>
    <message>
        <source>One agreed action per line</source>
        <translation>Un cam gweithredu y cytunwyd arno ar bob llinell</translation>
    </message>
    <message>
        <source>&amp;Private</source>
        <translation>&amp;Preifat</translation>
    </message>
    <message>
        <source>Conversation is private</source>
        <translation>Mae&apos;r sgwrs yn breifat</translation>
    </message>
    <message>
        <source>Agreed action to make a target of</source>
        <translation>Cam gweithredu i&apos;w droi&apos;n darged</translation>
    </message>
    <message>
        <source>Stage for the target</source>
        <translation>Cam y targed</translation>
    </message>
    <message>
        <source>Whole journal</source>
        <translation>Y dyddlyfr cyfan</translation>
    </message>
    <message>
        <source>Make it a &amp;target</source>
        <translation>&amp;Ei droi&apos;n darged</translation>
    </message>
    <message>
        <source>Make the chosen agreed action a target</source>
        <translation>Troi&apos;r cam gweithredu a ddewiswyd yn darged</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dyddiad:</translation>
    </message>
    <message>
        <source>Their &amp;role:</source>
        <translation>Eu &amp;rôl:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Math:</translation>
    </message>
    <message>
        <source>Focu&amp;s:</source>
        <translation>Ffocw&amp;s:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Nodiadau:</translation>
    </message>
    <message>
        <source>&amp;Agreed actions:</source>
        <translation>&amp;Camau a gytunwyd:</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Cam:</translation>
    </message>
    <message>
        <source>Evidence for &amp;it</source>
        <translation>&amp;Tystiolaeth ar ei gyfer</translation>
    </message>
    <message>
        <source>&amp;With:</source>
        <translation>G&amp;yda:</translation>
    </message>
    <message>
        <source>Action → target:</source>
        <translation>Cam gweithredu → targed:</translation>
    </message>
    <message>
        <source>Criterion this conversation is evidence for</source>
        <translation>Y maen prawf y mae&apos;r sgwrs hon yn dystiolaeth ar ei gyfer</translation>
    </message>
    <message>
        <source>Link this conversation as evidence for the chosen criterion</source>
        <translation>Cysylltu&apos;r sgwrs hon yn dystiolaeth ar gyfer y maen prawf a ddewiswyd</translation>
    </message>
    <message>
        <source>Evidence for:</source>
        <translation>Tystiolaeth ar gyfer:</translation>
    </message>
    <message>
        <source>C&amp;UREE principles and skills…</source>
        <translation>Egwyddorion &amp;a sgiliau CUREE…</translation>
    </message>
    <message>
        <source>Tag this conversation with CUREE principles and skills</source>
        <translation>Tagio&apos;r sgwrs hon ag egwyddorion a sgiliau CUREE</translation>
    </message>
    <message>
        <source>Learning agreement</source>
        <translation>Cytundeb dysgu</translation>
    </message>
    <message>
        <source>Ground rules of the learning agreement</source>
        <translation>Rheolau sylfaenol y cytundeb dysgu</translation>
    </message>
    <message>
        <source>When, how often, how you work</source>
        <translation>Pryd, pa mor aml, sut rydych chi&apos;n gweithio</translation>
    </message>
    <message>
        <source>Confidentiality of the learning agreement</source>
        <translation>Cyfrinachedd y cytundeb dysgu</translation>
    </message>
    <message>
        <source>What stays between you</source>
        <translation>Beth sy&apos;n aros rhyngoch chi</translation>
    </message>
    <message>
        <source>Boundaries of the learning agreement</source>
        <translation>Ffiniau’r cytundeb dysgu</translation>
    </message>
    <message>
        <source>What the relationship is not for</source>
        <translation>Beth nad yw’r berthynas ar ei gyfer</translation>
    </message>
    <message>
        <source>Ground rules:</source>
        <translation>Rheolau sylfaenol:</translation>
    </message>
    <message>
        <source>Confidentiality:</source>
        <translation>Cyfrinachedd:</translation>
    </message>
    <message>
        <source>Boundaries:</source>
        <translation>Ffiniau:</translation>
    </message>
    <message>
        <source>Private a&amp;greement</source>
        <translation>Cyt&amp;undeb preifat</translation>
    </message>
    <message>
        <source>Learning agreement is private</source>
        <translation>Mae&apos;r cytundeb dysgu yn breifat</translation>
    </message>
    <message>
        <source>  (private)</source>
        <translation>  (preifat)</translation>
    </message>
    <message>
        <source>Learning agreement with {person}</source>
        <translation>Cytundeb dysgu gyda {person}</translation>
    </message>
    <message>
        <source>Evidence for: </source>
        <translation>Tystiolaeth ar gyfer: </translation>
    </message>
    <message>
        <source>Made a target ✓</source>
        <translation>Wedi&apos;i droi&apos;n darged ✓</translation>
    </message>
    <message>
        <source>The chosen agreed action is already a target for this stage</source>
        <translation>Mae&apos;r cam gweithredu a ddewiswyd eisoes yn darged ar gyfer y cam hwn</translation>
    </message>
    <message>
        <source>Already a target for {stage} (no due date)</source>
        <translation>Eisoes yn darged ar gyfer {stage} (dim dyddiad targed)</translation>
    </message>
    <message>
        <source>Already a target for {stage}, due {due}</source>
        <translation>Eisoes yn darged ar gyfer {stage}, erbyn {due}</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Rhywun</translation>
    </message>
    <message>
        <source>Target added</source>
        <translation>Targed wedi’i ychwanegu</translation>
    </message>
    <message>
        <source>“{currentText}” is now a target for {currentText2}.</source>
        <translation>Mae “{currentText}” bellach yn darged ar gyfer {currentText2}.</translation>
    </message>
    <message>
        <source>conversation with {text}</source>
        <translation>sgwrs gyda {text}</translation>
    </message>
    <message>
        <source>Delete conversation</source>
        <translation>Dileu’r sgwrs</translation>
    </message>
    <message>
        <source>Delete this conversation from the journal?</source>
        <translation>Dileu&apos;r sgwrs hon o&apos;r dyddlyfr?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
</context>
<context>
    <name>CriteriaModel</name>
    <message>
        <source>Performance criterion</source>
        <translation>Maen prawf perfformiad</translation>
    </message>
    <message>
        <source>Evidenced by</source>
        <translation>Tystiolaeth drwy</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Wedi’i gyflawni</translation>
    </message>
    <message>
        <source>Standards</source>
        <translation>Safonau</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Tystiolaeth</translation>
    </message>
    <message>
        <source>{TICK} Achieved
{achieved_on}</source>
        <translation>{TICK} Wedi’i gyflawni
{achieved_on}</translation>
    </message>
    <message>
        <source>Press Space to mark achieved, or F2 to choose a state</source>
        <translation>Pwyswch Bylchwr i&apos;w nodi wedi&apos;i gyflawni, neu F2 i ddewis cyflwr</translation>
    </message>
    <message numerus="yes">
        <source>%n evidence item(s)</source>
        <translation>
            <numerusform>%n eitem dystiolaeth</numerusform>
            <numerusform>%n eitem dystiolaeth</numerusform>
            <numerusform>%n eitem dystiolaeth</numerusform>
            <numerusform>%n eitem dystiolaeth</numerusform>
            <numerusform>%n eitem dystiolaeth</numerusform>
        </translation>
    </message>
    <message>
        <source>no evidence yet</source>
        <translation>dim tystiolaeth eto</translation>
    </message>
</context>
<context>
    <name>CriteriaTab</name>
    <message>
        <source>{label} performance criteria</source>
        <translation>Meini prawf perfformiad {label}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Evidence for {title}&lt;/b&gt;: add files with the button or drop them here. Write your reflection, targets and verification in the other tabs.</source>
        <translation>&lt;b&gt;Tystiolaeth ar gyfer {title}&lt;/b&gt;: ychwanegwch ffeiliau â&apos;r botwm neu gollyngwch nhw yma. Ysgrifennwch eich myfyrdod, eich targedau a&apos;r dilysu yn y tabiau eraill.</translation>
    </message>
    <message>
        <source>Evidence for {label}</source>
        <translation>Tystiolaeth ar gyfer {label}</translation>
    </message>
</context>
<context>
    <name>CriterionComments</name>
    <message>
        <source>Mentor&apos;s comment:</source>
        <translation>Sylw’r mentor:</translation>
    </message>
    <message>
        <source>Mentor&apos;s comment on this criterion</source>
        <translation>Sylw’r mentor ar y maen prawf hwn</translation>
    </message>
</context>
<context>
    <name>CriterionDetail</name>
    <message>
        <source>Full criterion text</source>
        <translation>Testun llawn y maen prawf</translation>
    </message>
    <message>
        <source>Achieved state</source>
        <translation>Cyflwr cyflawni</translation>
    </message>
    <message>
        <source>Date achieved</source>
        <translation>Dyddiad cyflawni</translation>
    </message>
    <message>
        <source>The date the criterion was achieved</source>
        <translation>Y dyddiad y cyflawnwyd y maen prawf</translation>
    </message>
    <message>
        <source>on</source>
        <comment>achieved on a date</comment>
        <translation>ar</translation>
    </message>
    <message>
        <source>Your evidence notes</source>
        <translation>Eich nodiadau tystiolaeth</translation>
    </message>
    <message>
        <source>What shows you meet this criterion? Saved as you type.</source>
        <translation>Beth sy&apos;n dangos eich bod yn bodloni&apos;r maen prawf hwn? Caiff ei gadw wrth i chi deipio.</translation>
    </message>
    <message>
        <source>&amp;Private (left out of copies you share and of printed sheets)</source>
        <translation>&amp;Preifat (ni chaiff ei rannu na&apos;i argraffu)</translation>
    </message>
    <message>
        <source>Evidence notes are private</source>
        <translation>Mae&apos;r nodiadau tystiolaeth yn breifat</translation>
    </message>
    <message>
        <source>Evidence items for this criterion</source>
        <translation>Eitemau tystiolaeth ar gyfer y maen prawf hwn</translation>
    </message>
    <message>
        <source>&amp;Achieved:</source>
        <translation>&amp;Cyflawni:</translation>
    </message>
    <message>
        <source>Evi&amp;dence notes:</source>
        <translation>&amp;Nodiadau tystiolaeth:</translation>
    </message>
    <message>
        <source>Evidence items (add &amp;with the button or drop files here):</source>
        <translation>&amp;Eitemau tystiolaeth (ychwanegwch â&apos;r botwm neu gollyngwch ffeiliau yma):</translation>
    </message>
    <message>
        <source>&lt;b&gt;{label}, criterion {n}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{label}, maen prawf {n}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>CureePane</name>
    <message>
        <source>CUREE framework</source>
        <translation>Fframwaith CUREE</translation>
    </message>
    <message>
        <source>Edition of the CUREE framework</source>
        <translation>Argraffiad o fframwaith CUREE</translation>
    </message>
    <message>
        <source>CUREE principles, concepts and skills</source>
        <translation>Egwyddorion, cysyniadau a sgiliau CUREE</translation>
    </message>
    <message>
        <source>&amp;Edition:</source>
        <translation>&amp;Argraffiad:</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>No date</source>
        <translation>Dim dyddiad</translation>
    </message>
    <message>
        <source>Type a date such as 1/11/2026 or 1 Nov 2026, or press Alt+Down for a calendar</source>
        <translation>Teipiwch ddyddiad fel 1/11/2026 neu 1 Tach 2026, neu pwyswch Alt+Down am galendr</translation>
    </message>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Dewis o galendr (Alt+Down)</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation>Clirio&apos;r dyddiad</translation>
    </message>
    <message>
        <source>A date is needed here. Type it like 1/11/2026 or 1 Nov 2026.</source>
        <translation>Mae angen dyddiad yma. Teipiwch ef fel 1/11/2026 neu 1 Tach 2026.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Date problem</source>
        <translation>Problem gyda&apos;r dyddiad</translation>
    </message>
</context>
<context>
    <name>DiamondTab</name>
    <message>
        <source>Skills to prioritise</source>
        <translation>Sgiliau i&apos;w blaenoriaethu</translation>
    </message>
    <message>
        <source>Drag a skill onto the diamond, or select it and press a place</source>
        <translation>Llusgwch sgil i&apos;r diemwnt, neu dewiswch hi a gwasgu lle</translation>
    </message>
    <message>
        <source>Make the to&amp;p skill a target</source>
        <translation>Troi&apos;r sgil &amp;uchaf yn darged</translation>
    </message>
    <message>
        <source>Make the top skill of the diamond a development target</source>
        <translation>Troi&apos;r sgil ar frig y diemwnt yn darged datblygu</translation>
    </message>
    <message>
        <source>&amp;Make the top three targets</source>
        <translation>Troi&apos;r t&amp;air uchaf yn dargedau</translation>
    </message>
    <message>
        <source>Make the top three skills of the diamond development targets</source>
        <translation>Troi&apos;r tair sgil uchaf yn y diemwnt yn dargedau datblygu</translation>
    </message>
    <message>
        <source>Choose nine skills from this stage&apos;s checklists and arrange them from the highest priority (top) to the lowest. Delete clears a place.</source>
        <translation>Dewiswch naw sgil o restrau gwirio&apos;r cam hwn a&apos;u trefnu o&apos;r flaenoriaeth uchaf (ar y brig) i&apos;r isaf. Mae Delete yn clirio lle.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Skills&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sgiliau&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Targets added</source>
        <translation>Targedau wedi’u hychwanegu</translation>
    </message>
    <message>
        <source>1 target added to the targets of {stage}.</source>
        <translation>Ychwanegwyd 1 targed at dargedau {stage}.</translation>
    </message>
    <message>
        <source>{n} targets added to the targets of {stage}.</source>
        <translation>Ychwanegwyd {n} targed at dargedau {stage}.</translation>
    </message>
</context>
<context>
    <name>DimensionTab</name>
    <message>
        <source>Your account of this dimension</source>
        <translation>Eich disgrifiad o&apos;r dimensiwn hwn</translation>
    </message>
    <message>
        <source>Your account: what you did, what you learnt, how it shows. Saved as you type.</source>
        <translation>Eich disgrifiad: beth a wnaethoch, beth a ddysgoch, sut mae&apos;n dangos. Caiff ei gadw wrth i chi deipio.</translation>
    </message>
    <message>
        <source>Dimension status</source>
        <translation>Statws y dimensiwn</translation>
    </message>
    <message>
        <source>Evidence and conversations linked to this dimension</source>
        <translation>Tystiolaeth a sgyrsiau sy&apos;n gysylltiedig â&apos;r dimensiwn hwn</translation>
    </message>
    <message>
        <source>Evidence or conversation to link</source>
        <translation>Tystiolaeth neu sgwrs i&apos;w chysylltu</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Cysylltu</translation>
    </message>
    <message>
        <source>Link the chosen evidence or conversation to this dimension</source>
        <translation>Cysylltu&apos;r dystiolaeth neu&apos;r sgwrs a ddewiswyd â&apos;r dimensiwn hwn</translation>
    </message>
    <message>
        <source>&lt;i&gt;Stage {stage} asks:&lt;/i&gt; {descriptor}</source>
        <translation>&lt;i&gt;Mae cam {stage} yn gofyn:&lt;/i&gt; {descriptor}</translation>
    </message>
    <message>
        <source>{words} words, {links} linked — {status}</source>
        <translation>{words} gair, {links} cysylltiad — {status}</translation>
    </message>
    <message>
        <source>Evidence: {get}</source>
        <translation>Tystiolaeth: {get}</translation>
    </message>
    <message>
        <source>Conversation with {get}</source>
        <translation>Sgwrs gyda {get}</translation>
    </message>
    <message>
        <source>Evidence: {name}</source>
        <translation>Tystiolaeth: {name}</translation>
    </message>
    <message>
        <source>Conversation with {name}</source>
        <translation>Sgwrs gyda {name}</translation>
    </message>
</context>
<context>
    <name>EvidenceActions</name>
    <message>
        <source>{name} could not be added: {reason}</source>
        <translation>Nid oedd modd ychwanegu {name}: {reason}</translation>
    </message>
    <message>
        <source>Evidence not added</source>
        <translation>Ni ychwanegwyd y dystiolaeth</translation>
    </message>
    <message>
        <source>{p} is not a file that can be attached.</source>
        <translation>Nid yw {p} yn ffeil y gellir ei hatodi.</translation>
    </message>
    <message>
        <source>Check that the file exists and that you can read it.</source>
        <translation>Gwiriwch fod y ffeil yn bodoli a&apos;ch bod yn gallu ei darllen.</translation>
    </message>
    <message>
        <source>Adding {name}…</source>
        <translation>Wrthi’n ychwanegu {name}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Adding evidence</source>
        <translation>Ychwanegu tystiolaeth</translation>
    </message>
    <message>
        <source>The journal is as it was before.</source>
        <translation>Mae&apos;r dyddlyfr fel yr oedd o&apos;r blaen.</translation>
    </message>
    <message>
        <source>Cannot open evidence</source>
        <translation>Methu agor y dystiolaeth</translation>
    </message>
    <message>
        <source>No program to open it</source>
        <translation>Dim rhaglen i&apos;w hagor</translation>
    </message>
    <message>
        <source>“{name}” ({kind}) could not be opened: no program on this computer is set to open it.</source>
        <translation>Nid oedd modd agor “{name}” ({kind}): nid oes rhaglen ar y cyfrifiadur hwn wedi&apos;i gosod i&apos;w hagor.</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Cadw copi…</translation>
    </message>
    <message>
        <source>You can save a copy where you choose and open it with another program, or on another computer.</source>
        <translation>Gallwch gadw copi lle y dewiswch a&apos;i agor â rhaglen arall, neu ar gyfrifiadur arall.</translation>
    </message>
    <message>
        <source>Save a copy of the evidence</source>
        <translation>Cadw copi o&apos;r dystiolaeth</translation>
    </message>
    <message>
        <source>Copy not saved</source>
        <translation>Ni chadwyd y copi</translation>
    </message>
    <message>
        <source>Choose another place and try again.</source>
        <translation>Dewiswch le arall a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Copy saved</source>
        <translation>Copi wedi&apos;i gadw</translation>
    </message>
    <message>
        <source>A copy of “{name}” was saved as {path}.</source>
        <translation>Cadwyd copi o “{name}” fel {path}.</translation>
    </message>
    <message>
        <source>Rename evidence</source>
        <translation>Ailenwi tystiolaeth</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Enw newydd:</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>Tynnu tystiolaeth</translation>
    </message>
    <message>
        <source>Remove “{name}” from the journal? The copy kept in the journal is deleted; the original file, if you still have it, is not touched.</source>
        <translation>Tynnu “{name}” o&apos;r dyddlyfr? Caiff y copi a gedwir yn y dyddlyfr ei ddileu; ni chyffyrddir â&apos;r ffeil wreiddiol, os yw hi gennych o hyd.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
</context>
<context>
    <name>EvidenceList</name>
    <message>
        <source>Drop files here to add them as evidence</source>
        <translation>Gollyngwch ffeiliau yma i&apos;w hychwanegu&apos;n dystiolaeth</translation>
    </message>
    <message>
        <source>Add an evidence file</source>
        <translation>Ychwanegu ffeil dystiolaeth</translation>
    </message>
    <message>
        <source>Open the selected evidence item</source>
        <translation>Agor yr eitem dystiolaeth a ddewiswyd</translation>
    </message>
    <message>
        <source>Add fi&amp;le…</source>
        <translation>Ychwanegu ffei&amp;l…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Agor</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>A&amp;ilenwi…</translation>
    </message>
    <message>
        <source>Rename the selected evidence item</source>
        <translation>Ailenwi&apos;r eitem dystiolaeth a ddewiswyd</translation>
    </message>
    <message>
        <source>Mar&amp;k private</source>
        <translation>Nodi’n &amp;breifat</translation>
    </message>
    <message>
        <source>Mark the selected evidence item private or shared</source>
        <translation>Nodi&apos;r eitem dystiolaeth a ddewiswyd yn breifat neu&apos;n un a rennir</translation>
    </message>
    <message>
        <source>Private items are left out of copies you share and of printed sheets</source>
        <translation>Ni chaiff eitemau preifat eu cynnwys mewn copïau a rannwch nac mewn taflenni printiedig</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Tynn&amp;u</translation>
    </message>
    <message>
        <source>Remove the selected evidence item</source>
        <translation>Tynnu&apos;r eitem dystiolaeth a ddewiswyd</translation>
    </message>
    <message>
        <source>Add evidence files</source>
        <translation>Ychwanegu ffeiliau tystiolaeth</translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Maint</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ychwanegwyd</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>Yn cefnogi</translation>
    </message>
    <message>
        <source>  (private)</source>
        <translation>  (preifat)</translation>
    </message>
    <message>
        <source>{name}
{size}, added {added_at}
SHA-256 {sha256_16}…</source>
        <translation>{name}
{size}, ychwanegwyd {added_at}
SHA-256 {sha256_16}…</translation>
    </message>
</context>
<context>
    <name>EvidencePage</name>
    <message>
        <source>Filter by name, type or criterion</source>
        <translation>Hidlo yn ôl enw, math neu faen prawf</translation>
    </message>
    <message>
        <source>Filter evidence</source>
        <translation>Hidlo’r dystiolaeth</translation>
    </message>
    <message>
        <source>All evidence items</source>
        <translation>Pob eitem dystiolaeth</translation>
    </message>
    <message>
        <source>Open the selected evidence item</source>
        <translation>Agor yr eitem dystiolaeth a ddewiswyd</translation>
    </message>
    <message>
        <source>Rename the selected evidence item</source>
        <translation>Ailenwi&apos;r eitem dystiolaeth a ddewiswyd</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Agor</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>A&amp;ilenwi…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Tynn&amp;u</translation>
    </message>
    <message>
        <source>Remove the selected evidence item</source>
        <translation>Tynnu&apos;r eitem dystiolaeth a ddewiswyd</translation>
    </message>
    <message>
        <source>Mar&amp;k private</source>
        <translation>Nodi’n &amp;breifat</translation>
    </message>
    <message>
        <source>Mark the selected evidence item private or shared</source>
        <translation>Nodi&apos;r eitem dystiolaeth a ddewiswyd yn breifat neu&apos;n un a rennir</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Evidence&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Tystiolaeth&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No evidence yet&lt;/h3&gt;&lt;p&gt;Evidence is the files that show you meet a criterion: lesson observations, plans, feedback you gave, notes of meetings. Add a file to a criterion on its stage&apos;s &lt;i&gt;Performance criteria&lt;/i&gt; tab (the button or a file dropped there); every item is then listed here, with the criteria it supports.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Dim tystiolaeth eto&lt;/h3&gt;&lt;p&gt;Tystiolaeth yw&apos;r ffeiliau sy&apos;n dangos eich bod yn bodloni maen prawf: arsylwadau gwersi, cynlluniau, adborth a roesoch, nodiadau cyfarfodydd. Ychwanegwch ffeil at faen prawf ar dab &lt;i&gt;Meini prawf perfformiad&lt;/i&gt; ei gam (y botwm, neu ollwng ffeil yno); yna rhestrir pob eitem yma, gyda&apos;r meini prawf y mae&apos;n eu cefnogi.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Go to the first stage&apos;s criteria</source>
        <translation>Mynd i feini prawf y cam cyntaf</translation>
    </message>
    <message>
        <source>1 item, {size}</source>
        <translation>1 eitem, {size}</translation>
    </message>
    <message>
        <source>{n} items, {size}</source>
        <translation>{n} eitem, {size}</translation>
    </message>
</context>
<context>
    <name>ExportPdfDialog</name>
    <message>
        <source>Print</source>
        <translation>Argraffu</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Allforio PDF</translation>
    </message>
    <message>
        <source>&amp;Sheets</source>
        <translation>&amp;Taflenni</translation>
    </message>
    <message>
        <source>Stages to print</source>
        <translation>Camau i&apos;w hargraffu</translation>
    </message>
    <message>
        <source>Space ticks or unticks the selected stage</source>
        <translation>Mae Bylchwr yn ticio neu&apos;n dad-dicio&apos;r cam a ddewiswyd</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Maint papur</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Llythyr UDA</translation>
    </message>
    <message>
        <source>Include entries marked &amp;private</source>
        <translation>Cynnwys cofnodion a nodwyd yn &amp;breifat</translation>
    </message>
    <message>
        <source>Include private entries</source>
        <translation>Cynnwys cofnodion preifat</translation>
    </message>
    <message>
        <source>&amp;Open the PDF afterwards</source>
        <translation>&amp;Agor y PDF wedyn</translation>
    </message>
    <message>
        <source>Open the PDF afterwards</source>
        <translation>Agor y PDF wedyn</translation>
    </message>
    <message>
        <source>S&amp;tages:</source>
        <translation>&amp;Camau:</translation>
    </message>
    <message>
        <source>Paper si&amp;ze:</source>
        <translation>&amp;Maint papur:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>All&amp;forio…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>A&amp;rgraffu…</translation>
    </message>
    <message>
        <source>Nothing to print</source>
        <translation>Dim byd i&apos;w argraffu</translation>
    </message>
    <message>
        <source>Choose at least one stage.</source>
        <translation>Dewiswch o leiaf un cam.</translation>
    </message>
</context>
<context>
    <name>FrameworkTextDialog</name>
    <message>
        <source>Framework text</source>
        <translation>Testun y fframwaith</translation>
    </message>
    <message>
        <source>Find in the text (Enter for the next match)</source>
        <translation>Canfod yn y testun (Enter i fynd i&apos;r nesaf)</translation>
    </message>
    <message>
        <source>Find in the framework text</source>
        <translation>Canfod yn nhestun y fframwaith</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Learning Journal – User guide</source>
        <translation>Learning Journal – Canllaw defnyddwyr</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Canllaw defnyddwyr</translation>
    </message>
    <message>
        <source>Find in the guide (Enter for the next match)</source>
        <translation>Canfod yn y canllaw (Enter i fynd i&apos;r nesaf)</translation>
    </message>
    <message>
        <source>Find in the user guide</source>
        <translation>Canfod yn y canllaw defnyddwyr</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>Canfod y &amp;nesaf</translation>
    </message>
    <message>
        <source>Find the next match</source>
        <translation>Canfod y nesaf</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Heb ei ganfod</translation>
    </message>
</context>
<context>
    <name>JournalSession</name>
    <message>
        <source>{reason} Your text is still on screen; try again, or save a copy elsewhere.</source>
        <translation>{reason} Mae eich testun ar y sgrin o hyd; rhowch gynnig arall arni, neu cadwch gopi yn rhywle arall.</translation>
    </message>
    <message>
        <source>The change could not be saved to {name}: {reason}. Your text is still on screen; try again, or save a copy elsewhere.</source>
        <translation>Nid oedd modd cadw&apos;r newid yn {name}: {reason}. Mae eich testun ar y sgrin o hyd; rhowch gynnig arall arni, neu cadwch gopi yn rhywle arall.</translation>
    </message>
    <message>
        <source>{dest}: a file of that name already exists; choose another name</source>
        <translation>{dest}: mae ffeil o&apos;r enw hwnnw&apos;n bodoli eisoes; dewiswch enw arall</translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <source>Journal sections</source>
        <translation>Adrannau&apos;r dyddlyfr</translation>
    </message>
    <message>
        <source>Choose a section (Ctrl+1 to Ctrl+9)</source>
        <translation>Dewiswch adran (Ctrl+1 i Ctrl+9)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Trosolwg</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Targedau</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Tystiolaeth</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Sgyrsiau</translation>
    </message>
    <message>
        <source>Learning journey</source>
        <translation>Taith ddysgu</translation>
    </message>
    <message>
        <source>Search notes, reflections, targets and evidence (Ctrl+F)</source>
        <translation>Chwilio nodiadau, myfyrdodau, targedau a thystiolaeth (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the journal</source>
        <translation>Chwilio&apos;r dyddlyfr</translation>
    </message>
    <message>
        <source>&lt;b&gt;{banner}.&lt;/b&gt; Your comments and sign-offs are saved in this copy; the teacher&apos;s own entries cannot be changed. When you have finished, use File → Return to teacher…</source>
        <translation>&lt;b&gt;{banner}.&lt;/b&gt; Caiff eich sylwadau a&apos;ch llofnodion eu cadw yn y copi hwn; ni ellir newid cofnodion yr athro ei hun. Pan fyddwch wedi gorffen, defnyddiwch Ffeil → Dychwelyd at yr athro…</translation>
    </message>
    <message>
        <source>This journal is open read-only: you can read and print it, but changes are not saved.</source>
        <translation>Mae&apos;r dyddlyfr hwn ar agor i&apos;w ddarllen yn unig: gallwch ei ddarllen a&apos;i argraffu, ond ni chaiff newidiadau eu cadw.</translation>
    </message>
    <message>
        <source>All targets</source>
        <translation>Pob targed</translation>
    </message>
    <message>
        <source>written</source>
        <translation>wedi&apos;i ysgrifennu</translation>
    </message>
    <message>
        <source>{criteria_achieved} of {criteria_total} criteria achieved, {checklist_ticked} of {checklist_total} checklist items ticked</source>
        <translation>{criteria_achieved} o {criteria_total} maen prawf wedi&apos;u cyflawni, {checklist_ticked} o {checklist_total} eitem rhestr wirio wedi&apos;u ticio</translation>
    </message>
    <message>
        <source>⚠ This stage has {what}. The sign-off is kept; ask for it to be verified again if the change matters.</source>
        <translation>⚠ Mae&apos;r cam hwn wedi {what}. Cedwir y llofnod; gofynnwch iddo gael ei ddilysu eto os yw&apos;r newid yn bwysig.</translation>
    </message>
</context>
<context>
    <name>JourneyPage</name>
    <message>
        <source>&lt;h2&gt;Learning journey (Teacher Learning Academy)&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Taith ddysgu (Teacher Learning Academy)&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;A learning journey follows the Teacher Learning Academy: you choose a focus for your own professional learning and a TLA stage, plan it (and say why when the plan changes), and write an account for each of its six dimensions, linking evidence and conversations. It runs beside your journal&apos;s stages.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Mae taith ddysgu yn dilyn y Teacher Learning Academy: rydych yn dewis ffocws i&apos;ch dysgu proffesiynol eich hun a cham TLA, yn ei gynllunio (ac yn dweud pam pan fydd y cynllun yn newid), ac yn ysgrifennu adroddiad ar gyfer pob un o&apos;i chwe dimensiwn, gan gysylltu tystiolaeth a sgyrsiau. Mae&apos;n rhedeg ochr yn ochr â chamau eich dyddlyfr.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Start a learning journey</source>
        <translation>&amp;Dechrau taith ddysgu</translation>
    </message>
    <message>
        <source>Start a learning journey</source>
        <translation>Dechrau taith ddysgu</translation>
    </message>
    <message>
        <source>Learning focus</source>
        <translation>Ffocws dysgu</translation>
    </message>
    <message>
        <source>TLA stage aimed for</source>
        <translation>Cam TLA a geisir</translation>
    </message>
    <message>
        <source>Stage {number}: {title}</source>
        <translation>Cam {number}: {title}</translation>
    </message>
    <message>
        <source>Journal stage it supports</source>
        <translation>Y cam yn y dyddlyfr y mae&apos;n ei gefnogi</translation>
    </message>
    <message>
        <source>&lt;b&gt;The plan&lt;/b&gt;</source>
        <translation>&lt;b&gt;Y cynllun&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Action or review point</source>
        <translation>Cam gweithredu neu bwynt adolygu</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Erbyn</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wedi’i wneud</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>Y cynllun</translation>
    </message>
    <message>
        <source>&amp;Add to the plan…</source>
        <translation>&amp;Ychwanegu at y cynllun…</translation>
    </message>
    <message>
        <source>Add an action or review point to the plan</source>
        <translation>Ychwanegu cam gweithredu neu bwynt adolygu at y cynllun</translation>
    </message>
    <message>
        <source>Change the selected plan item (asks why)</source>
        <translation>Newid yr eitem a ddewiswyd yn y cynllun (mae&apos;n gofyn pam)</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Nod&amp;i ei fod wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>Mark the selected plan item done</source>
        <translation>Nodi bod yr eitem a ddewiswyd yn y cynllun wedi&apos;i gwneud</translation>
    </message>
    <message>
        <source>Learning journey</source>
        <translation>Taith ddysgu</translation>
    </message>
    <message>
        <source>Learning f&amp;ocus:</source>
        <translation>Ffocws &amp;dysgu:</translation>
    </message>
    <message>
        <source>&amp;TLA stage:</source>
        <translation>Ca&amp;m TLA:</translation>
    </message>
    <message>
        <source>S&amp;upports:</source>
        <translation>Yn c&amp;efnogi:</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Newid…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Tynnu…</translation>
    </message>
    <message>
        <source>Remove the selected plan item (asks why)</source>
        <translation>Tynnu&apos;r eitem a ddewiswyd o&apos;r cynllun (mae&apos;n gofyn pam)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Changes to the plan, and why&lt;/b&gt;</source>
        <translation>&lt;b&gt;Newidiadau i&apos;r cynllun, a pham&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Changes to the plan</source>
        <translation>Newidiadau i&apos;r cynllun</translation>
    </message>
    <message>
        <source>&lt;b&gt;The six dimensions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Y chwe dimensiwn&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The six dimensions</source>
        <translation>Y chwe dimensiwn</translation>
    </message>
    <message>
        <source>&lt;b&gt;Learning breakthroughs&lt;/b&gt;</source>
        <translation>&lt;b&gt;Torri tir newydd yn y dysgu&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Learning breakthroughs</source>
        <translation>Torri tir newydd yn y dysgu</translation>
    </message>
    <message>
        <source>Record a learning &amp;breakthrough…</source>
        <translation>Cofnodi &amp;achos o dorri tir newydd…</translation>
    </message>
    <message>
        <source>Record a learning breakthrough</source>
        <translation>Cofnodi achos o dorri tir newydd yn y dysgu</translation>
    </message>
    <message>
        <source>The framework aligns TLA stage {tla_stage} with: {join}</source>
        <translation>Mae&apos;r fframwaith yn cysoni cam TLA {tla_stage} â: {join}</translation>
    </message>
    <message>
        <source> — because {reason}</source>
        <translation> — oherwydd {reason}</translation>
    </message>
    <message>
        <source>Add to the plan</source>
        <translation>Ychwanegu at y cynllun</translation>
    </message>
    <message>
        <source>Change the plan</source>
        <translation>Newid y cynllun</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Nodi ei fod wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>How did it go?</source>
        <translation>Sut aeth hi?</translation>
    </message>
    <message>
        <source>Remove from the plan</source>
        <translation>Tynnu o&apos;r cynllun</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Pam?</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Beth a newidiodd</translation>
    </message>
    <message>
        <source>The evidence</source>
        <translation>Y dystiolaeth</translation>
    </message>
    <message>
        <source>Pupil or colleague feedback</source>
        <translation>Adborth gan ddisgyblion neu gydweithwyr</translation>
    </message>
    <message>
        <source>{name}:</source>
        <translation>{name}:</translation>
    </message>
</context>
<context>
    <name>MainMenu</name>
    <message>
        <source>&amp;CUREE framework</source>
        <translation>Fframwaith &amp;CUREE</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <source>&amp;New journal…</source>
        <translation>Dyddlyfr &amp;newydd…</translation>
    </message>
    <message>
        <source>Start a new journal</source>
        <translation>Dechrau dyddlyfr newydd</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Agor…</translation>
    </message>
    <message>
        <source>Open a journal file</source>
        <translation>Agor ffeil dyddlyfr</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Agor un &amp;diweddar</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>All&amp;forio PDF…</translation>
    </message>
    <message>
        <source>Save sheets or the whole journal as a PDF</source>
        <translation>Cadw taflenni neu&apos;r dyddlyfr cyfan fel PDF</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>A&amp;rgraffu…</translation>
    </message>
    <message>
        <source>Print sheets or the whole journal</source>
        <translation>Argraffu taflenni neu&apos;r dyddlyfr cyfan</translation>
    </message>
    <message>
        <source>&amp;Close journal</source>
        <translation>&amp;Cau&apos;r dyddlyfr</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <source>&amp;Send to mentor…</source>
        <translation>Anfon at y &amp;mentor…</translation>
    </message>
    <message>
        <source>Save a review copy (without private entries) for your mentor</source>
        <translation>Cadw copi adolygu (heb gofnodion preifat) i&apos;ch mentor</translation>
    </message>
    <message>
        <source>&amp;Import mentor review…</source>
        <translation>Mewnforio adolygiad y m&amp;entor…</translation>
    </message>
    <message>
        <source>Add a returned review&apos;s comments and sign-offs to this journal</source>
        <translation>Ychwanegu sylwadau a llofnodion adolygiad a ddychwelwyd at y dyddlyfr hwn</translation>
    </message>
    <message>
        <source>Re&amp;turn to teacher…</source>
        <translation>Dychwelyd at yr a&amp;thro…</translation>
    </message>
    <message>
        <source>Save the reviewed copy to send back to the teacher</source>
        <translation>Cadw&apos;r copi a adolygwyd i&apos;w anfon yn ôl at yr athro</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>Adfer o gopi &amp;wrth gefn…</translation>
    </message>
    <message>
        <source>Go back to one of the journal&apos;s automatic backups</source>
        <translation>Mynd yn ôl at un o gopïau wrth gefn awtomatig y dyddlyfr</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Golygu</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Canfod…</translation>
    </message>
    <message>
        <source>Search the whole journal</source>
        <translation>Chwilio&apos;r dyddlyfr cyfan</translation>
    </message>
    <message>
        <source>Prefere&amp;nces…</source>
        <translation>De&amp;wisiadau…</translation>
    </message>
    <message>
        <source>Choose the language of the window and printed sheets</source>
        <translation>Dewis iaith y ffenestr a&apos;r taflenni printiedig</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>G&amp;weld</translation>
    </message>
    <message>
        <source>Show the CUREE framework beside the journal</source>
        <translation>Dangos fframwaith CUREE wrth ymyl y dyddlyfr</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Cym&amp;orth</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>Canllaw &amp;defnyddwyr</translation>
    </message>
    <message>
        <source>How to keep your journal through the year</source>
        <translation>Sut i gadw&apos;ch dyddlyfr drwy&apos;r flwyddyn</translation>
    </message>
    <message>
        <source>The &amp;framework&apos;s text</source>
        <translation>Testun y &amp;fframwaith</translation>
    </message>
    <message>
        <source>&amp;About {APP_NAME}</source>
        <translation>&amp;Ynghylch {APP_NAME}</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Prif</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Prif far offer</translation>
    </message>
    <message>
        <source> (missing)</source>
        <translation> (ar goll)</translation>
    </message>
    <message>
        <source>No recent journals</source>
        <translation>Dim dyddlyfrau diweddar</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Save status</source>
        <translation>Statws cadw</translation>
    </message>
    <message>
        <source>Framework files left out</source>
        <translation>Ffeiliau fframwaith a adawyd allan</translation>
    </message>
    <message>
        <source>Some of your framework files could not be read:</source>
        <translation>Nid oedd modd darllen rhai o&apos;ch ffeiliau fframwaith:</translation>
    </message>
    <message>
        <source>Learning journals (*.ljournal);;All files (*)</source>
        <translation>Dyddlyfrau dysgu (*.ljournal);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Journal not created</source>
        <translation>Ni chrëwyd y dyddlyfr</translation>
    </message>
    <message>
        <source>Choose another name or folder and try again.</source>
        <translation>Dewiswch enw neu ffolder arall a rhoi cynnig arall arni.</translation>
    </message>
    <message>
        <source>Open a journal</source>
        <translation>Agor dyddlyfr</translation>
    </message>
    <message>
        <source>Journal already open</source>
        <translation>Mae&apos;r dyddlyfr ar agor eisoes</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Agor i&apos;w ddarllen yn unig</translation>
    </message>
    <message>
        <source>Cannot open the journal</source>
        <translation>Methu agor y dyddlyfr</translation>
    </message>
    <message>
        <source>The file has not been changed. If it is a journal, check it with &apos;journal-app check&apos;, or open another one.</source>
        <translation>Nid yw&apos;r ffeil wedi&apos;i newid. Os yw&apos;n ddyddlyfr, gwiriwch hi gyda &apos;journal-app check&apos;, neu agorwch un arall.</translation>
    </message>
    <message>
        <source>{path} could not be opened ({name}: {reason}).</source>
        <translation>Nid oedd modd agor {path} ({name}: {reason}).</translation>
    </message>
    <message>
        <source>If it is a journal, check it with &apos;journal-app check&apos;, or open another one.</source>
        <translation>Os dyddlyfr ydyw, gwiriwch ef gyda &apos;journal-app check&apos;, neu agorwch un arall.</translation>
    </message>
    <message>
        <source>Journal opened</source>
        <translation>Agorwyd y dyddlyfr</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>I&apos;w ddarllen yn unig</translation>
    </message>
    <message>
        <source>Opened for reading only</source>
        <translation>Wedi&apos;i agor i&apos;w ddarllen yn unig</translation>
    </message>
    <message>
        <source>The file has not been changed. No backup of it was found.</source>
        <translation>Nid yw&apos;r ffeil wedi&apos;i newid. Ni chafwyd hyd i gopi wrth gefn ohoni.</translation>
    </message>
    <message>
        <source>The journal is damaged</source>
        <translation>Mae&apos;r dyddlyfr wedi&apos;i ddifrodi</translation>
    </message>
    <message>
        <source>Restored the backup of {created}; the journal as it was is kept as {name}</source>
        <translation>Adferwyd y copi wrth gefn o {created}; cedwir y dyddlyfr fel yr oedd fel {name}</translation>
    </message>
    <message>
        <source>Restored the backup of {created}; the journal as it was is kept as a backup</source>
        <translation>Adferwyd y copi wrth gefn o {created}; cedwir y dyddlyfr fel yr oedd yn gopi wrth gefn</translation>
    </message>
    <message>
        <source>The daily backup failed: {reason}</source>
        <translation>Methodd y copi wrth gefn dyddiol: {reason}</translation>
    </message>
    <message>
        <source>All changes saved at {time}</source>
        <translation>Cadwyd pob newid am {time}</translation>
    </message>
    <message>
        <source>Framework files left out:</source>
        <translation>Ffeiliau fframwaith a adawyd allan:</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Adfer y copi wrth gefn</translation>
    </message>
    <message>
        <source>{problem}

Restore the newest sound backup, taken {created}? The damaged file is kept beside it, renamed.</source>
        <translation>{problem}

Adfer y copi wrth gefn cyfan diweddaraf, a gymerwyd {created}? Cedwir y ffeil a ddifrodwyd wrth ei ymyl, dan enw newydd.</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Heb ei adfer</translation>
    </message>
    <message>
        <source>Backups not available</source>
        <translation>Nid oes copïau wrth gefn ar gael</translation>
    </message>
    <message>
        <source>The journal is as it was.</source>
        <translation>Mae&apos;r dyddlyfr fel yr oedd.</translation>
    </message>
    <message>
        <source>Backup not taken</source>
        <translation>Ni chymerwyd copi wrth gefn</translation>
    </message>
    <message>
        <source>Your journal was not backed up today. Check it with File → Restore from backup… or &apos;journal-app check&apos;.</source>
        <translation>Ni chymerwyd copi wrth gefn o&apos;ch dyddlyfr heddiw. Gwiriwch ef gyda Ffeil → Adfer o gopi wrth gefn… neu &apos;journal-app check&apos;.</translation>
    </message>
    <message>
        <source>Backup space</source>
        <translation>Lle i gopïau wrth gefn</translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation>Agorwyd {name}</translation>
    </message>
    <message>
        <source>Upgraded from an older format; the original was kept as {upgrade_backup}</source>
        <translation>Uwchraddiwyd o fformat hŷn; cadwyd y gwreiddiol fel {upgrade_backup}</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>Newidiadau heb eu cadw</translation>
    </message>
    <message>
        <source>Some of your latest changes could not be saved. Close the journal anyway and lose them?</source>
        <translation>Nid oedd modd cadw rhai o&apos;ch newidiadau diweddaraf. Cau&apos;r dyddlyfr beth bynnag a&apos;u colli?</translation>
    </message>
    <message>
        <source>Close and lose them</source>
        <translation>Cau a&apos;u colli</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Heb ei gadw</translation>
    </message>
    <message>
        <source>Save a copy elsewhere…</source>
        <translation>Cadw copi yn rhywle arall…</translation>
    </message>
    <message>
        <source>Nothing already saved is damaged. You can keep working once the problem is fixed, or save a copy of the journal, with this change, somewhere else (another disk or a USB stick).</source>
        <translation>Nid oes dim a gadwyd eisoes wedi&apos;i ddifrodi. Gallwch barhau i weithio unwaith y bydd y broblem wedi&apos;i datrys, neu gadw copi o&apos;r dyddlyfr, gyda&apos;r newid hwn, yn rhywle arall (disg arall neu gof bach USB).</translation>
    </message>
    <message>
        <source>Save a copy of the journal elsewhere</source>
        <translation>Cadw copi o&apos;r dyddlyfr yn rhywle arall</translation>
    </message>
    <message>
        <source>Copy not saved</source>
        <translation>Ni chadwyd y copi</translation>
    </message>
    <message>
        <source>Choose another place and try again.</source>
        <translation>Dewiswch le arall a rhoi cynnig arall arni.</translation>
    </message>
    <message>
        <source>A copy of the journal, with your latest change, was saved as {out}</source>
        <translation>Cadwyd copi o&apos;r dyddlyfr, gyda&apos;ch newid diweddaraf, fel {out}</translation>
    </message>
    <message>
        <source>{owner} – review form – {today:%Y-%m-%d}.pdf</source>
        <translation>{owner} – ffurflen adolygu – {today:%Y-%m-%d}.pdf</translation>
    </message>
    <message>
        <source>Save the review form</source>
        <translation>Cadw&apos;r ffurflen adolygu</translation>
    </message>
    <message>
        <source>PDF review forms (*.pdf)</source>
        <translation>Ffurflenni adolygu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>{owner} – for review – {today:%Y-%m-%d}.ljournal</source>
        <translation>{owner} – i’w adolygu – {today:%Y-%m-%d}.ljournal</translation>
    </message>
    <message>
        <source>Save the review copy</source>
        <translation>Cadw&apos;r copi adolygu</translation>
    </message>
    <message>
        <source>Review form not saved</source>
        <translation>Ni chadwyd y ffurflen adolygu</translation>
    </message>
    <message>
        <source>Review copy not saved</source>
        <translation>Ni chadwyd y copi adolygu</translation>
    </message>
    <message>
        <source>Review form saved as {out}: send it to your mentor, who fills it in with any PDF reader and sends it back</source>
        <translation>Cadwyd y ffurflen adolygu fel {out}: anfonwch hi at eich mentor, sy&apos;n ei llenwi ag unrhyw ddarllenydd PDF ac yn ei hanfon yn ôl</translation>
    </message>
    <message>
        <source>Review copy saved as {out}: send this file to your mentor</source>
        <translation>Cadwyd y copi adolygu fel {out}: anfonwch y ffeil hon at eich mentor</translation>
    </message>
    <message>
        <source>Import a mentor&apos;s review</source>
        <translation>Mewnforio adolygiad mentor</translation>
    </message>
    <message>
        <source>Import mentor review</source>
        <translation>Mewnforio adolygiad y mentor</translation>
    </message>
    <message>
        <source>Checking the returned file…</source>
        <translation>Wrthi’n gwirio’r ffeil a ddychwelwyd…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Mewnforio</translation>
    </message>
    <message>
        <source>Import cancelled: your journal has not been changed</source>
        <translation>Canslwyd y mewnforio: nid yw eich dyddlyfr wedi&apos;i newid</translation>
    </message>
    <message>
        <source>Review not imported</source>
        <translation>Ni fewnforiwyd yr adolygiad</translation>
    </message>
    <message>
        <source>Your journal has not been changed.</source>
        <translation>Nid yw eich dyddlyfr wedi&apos;i newid.</translation>
    </message>
    <message>
        <source>Review imported</source>
        <translation>Mewnforiwyd yr adolygiad</translation>
    </message>
    <message>
        <source>This review will add:</source>
        <translation>Bydd yr adolygiad hwn yn ychwanegu:</translation>
    </message>
    <message>
        <source>Comments: {n}</source>
        <translation>Sylwadau: {n}</translation>
    </message>
    <message>
        <source>Nothing else in your journal changes. Import it?</source>
        <translation>Ni fydd dim arall yn eich dyddlyfr yn newid. Ei fewnforio?</translation>
    </message>
    <message>
        <source>Returned reviews (*.ljournal *.pdf);;All files (*)</source>
        <translation>Adolygiadau a ddychwelwyd (*.ljournal *.pdf);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Return the reviewed journal</source>
        <translation>Dychwelyd y dyddlyfr a adolygwyd</translation>
    </message>
    <message>
        <source>Saved {name}: send this file back to {owner}</source>
        <translation>Cadwyd {name}: anfonwch y ffeil hon yn ôl at {owner}</translation>
    </message>
    <message>
        <source>About {APP_NAME}</source>
        <translation>Ynghylch {APP_NAME}</translation>
    </message>
    <message>
        <source>&lt;h3&gt;{APP_NAME} {version}&lt;/h3&gt;&lt;p&gt;Keep the learning journal of a mentor-recognition framework on your own computer. Nothing is sent anywhere.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Frameworks and their sources:&lt;/p&gt;&lt;ul&gt;{sources}&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;{APP_NAME} {version}&lt;/h3&gt;&lt;p&gt;Cadwch ddyddlyfr dysgu fframwaith cydnabod mentoriaid ar eich cyfrifiadur eich hun. Nid oes dim yn cael ei anfon i unman.&lt;/p&gt;&lt;p&gt;Trwydded: GNU General Public License, fersiwn 3 neu ddiweddarach.&lt;/p&gt;&lt;p&gt;Fframweithiau a&apos;u ffynonellau:&lt;/p&gt;&lt;ul&gt;{sources}&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Language not changed</source>
        <translation>Ni newidiwyd yr iaith</translation>
    </message>
    <message>
        <source>Your latest change could not be saved, so the window was left as it is. Try again once it is saved.</source>
        <translation>Nid oedd modd cadw&apos;ch newid diweddaraf, felly gadawyd y ffenestr fel y mae. Rhowch gynnig arall arni unwaith y bydd wedi&apos;i gadw.</translation>
    </message>
    <message>
        <source>Language changed; all your changes are saved</source>
        <translation>Newidiwyd yr iaith; mae pob newid wedi&apos;i gadw</translation>
    </message>
</context>
<context>
    <name>NewJournalDialog</name>
    <message>
        <source>New journal</source>
        <translation>Dyddlyfr newydd</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Eich enw</translation>
    </message>
    <message>
        <source>e.g. Ann Jones</source>
        <translation>e.e. Ann Jones</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Ysgol</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Fframwaith</translation>
    </message>
    <message>
        <source>Framework description</source>
        <translation>Disgrifiad o&apos;r fframwaith</translation>
    </message>
    <message>
        <source>Save the journal as</source>
        <translation>Cadw&apos;r dyddlyfr fel</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Pori…</translation>
    </message>
    <message>
        <source>Choose where to save the journal</source>
        <translation>Dewis ble i gadw&apos;r dyddlyfr</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Eich &amp;enw:</translation>
    </message>
    <message>
        <source>&amp;School:</source>
        <translation>&amp;Ysgol:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôl:</translation>
    </message>
    <message>
        <source>&amp;Framework:</source>
        <translation>&amp;Fframwaith:</translation>
    </message>
    <message>
        <source>Framework files left out</source>
        <translation>Ffeiliau fframwaith a adawyd allan</translation>
    </message>
    <message>
        <source>Left out, because they could not be read:</source>
        <translation>Wedi&apos;u gadael allan, am nad oedd modd eu darllen:</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>&amp;Cadw fel:</translation>
    </message>
    <message>
        <source>&amp;Create journal</source>
        <translation>Creu &amp;dyddlyfr</translation>
    </message>
    <message>
        <source>Learning journals (*.ljournal)</source>
        <translation>Dyddlyfrau dysgu (*.ljournal)</translation>
    </message>
    <message>
        <source>Please give your name: it is printed on every sheet.</source>
        <translation>Rhowch eich enw: caiff ei argraffu ar bob taflen.</translation>
    </message>
    <message>
        <source>Please choose where to save the journal.</source>
        <translation>Dewiswch ble i gadw&apos;r dyddlyfr.</translation>
    </message>
    <message>
        <source>{name} already exists in that folder. Choose another name.</source>
        <translation>Mae {name} yn bodoli eisoes yn y ffolder honno. Dewiswch enw arall.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Trosolwg</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Cam</translation>
    </message>
    <message>
        <source>Criteria achieved</source>
        <translation>Meini prawf wedi&apos;u cyflawni</translation>
    </message>
    <message>
        <source>Checklist ticked</source>
        <translation>Rhestr wirio wedi&apos;i thicio</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Myfyrdod</translation>
    </message>
    <message>
        <source>Open targets</source>
        <translation>Targedau agored</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Dilysu</translation>
    </message>
    <message>
        <source>Progress by stage</source>
        <translation>Cynnydd fesul cam</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Erbyn</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Targed</translation>
    </message>
    <message>
        <source>Next targets due</source>
        <translation>Y targedau nesaf</translation>
    </message>
    <message>
        <source>Induction</source>
        <translation>Sefydlu</translation>
    </message>
    <message>
        <source>Professional Attributes</source>
        <translation>Priodoleddau Proffesiynol</translation>
    </message>
    <message>
        <source>Professional Knowledge</source>
        <translation>Gwybodaeth Broffesiynol</translation>
    </message>
    <message>
        <source>Professional Skills</source>
        <translation>Sgiliau Proffesiynol</translation>
    </message>
    <message>
        <source>Professional Standards covered by achieved criteria</source>
        <translation>Safonau Proffesiynol a gwmpesir gan feini prawf a gyflawnwyd</translation>
    </message>
    <message>
        <source>&lt;b&gt;Progress by stage&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cynnydd fesul cam&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next targets due&lt;/b&gt;</source>
        <translation>&lt;b&gt;Y targedau nesaf&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Professional Standards covered by achieved criteria&lt;/b&gt;</source>
        <translation>&lt;b&gt;Safonau Proffesiynol a gwmpesir gan feini prawf a gyflawnwyd&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Learning journey: the six dimensions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Taith ddysgu: y chwe dimensiwn&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimensiwn</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Disgrifiad</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Cysylltiadau</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Learning journey dimensions</source>
        <translation>Dimensiynau&apos;r daith ddysgu</translation>
    </message>
    <message>
        <source>&lt;b&gt;CUREE principles and skills your entries are tagged with&lt;/b&gt;</source>
        <translation>&lt;b&gt;Egwyddorion a sgiliau CUREE y tagiwyd eich cofnodion â nhw&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Principle or skill</source>
        <translation>Egwyddor neu sgil</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Cofnodion</translation>
    </message>
    <message>
        <source>CUREE principles and skills evidenced</source>
        <translation>Egwyddorion a sgiliau CUREE y ceir tystiolaeth ohonynt</translation>
    </message>
    <message>
        <source>&lt;h2&gt;{title}&lt;/h2&gt;&lt;p&gt;Kept by &lt;b&gt;{owner}&lt;/b&gt;</source>
        <translation>&lt;h2&gt;{title}&lt;/h2&gt;&lt;p&gt;Yn cael ei gadw gan &lt;b&gt;{owner}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{criteria_achieved} of {criteria_total}</source>
        <translation>{criteria_achieved} o {criteria_total}</translation>
    </message>
    <message>
        <source>{checklist_ticked} of {checklist_total}</source>
        <translation>{checklist_ticked} o {checklist_total}</translation>
    </message>
    <message>
        <source>Written ({reflection_words} words)</source>
        <translation>Wedi&apos;i ysgrifennu ({reflection_words} gair)</translation>
    </message>
    <message>
        <source>Not written</source>
        <translation>Heb ei ysgrifennu</translation>
    </message>
    <message>
        <source> — changed since</source>
        <translation> — wedi newid ers hynny</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Dim dyddiad</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation> (yn hwyr)</translation>
    </message>
    <message>
        <source>Whole journal</source>
        <translation>Y dyddlyfr cyfan</translation>
    </message>
    <message>
        <source>No open targets</source>
        <translation>Dim targedau agored</translation>
    </message>
    <message>
        <source>No criterion achieved yet</source>
        <translation>Dim maen prawf wedi&apos;i gyflawni eto</translation>
    </message>
    <message>
        <source>&lt;b&gt;Learning journey&lt;/b&gt; — TLA stage {tla_stage}: {stage_title}; the six dimensions</source>
        <translation>&lt;b&gt;Taith ddysgu&lt;/b&gt; — cam TLA {tla_stage}: {stage_title}; y chwe dimensiwn</translation>
    </message>
    <message numerus="yes">
        <source>%n words</source>
        <translation>
            <numerusform>%n gair</numerusform>
            <numerusform>%n gair</numerusform>
            <numerusform>%n gair</numerusform>
            <numerusform>%n gair</numerusform>
            <numerusform>%n gair</numerusform>
        </translation>
    </message>
    <message>
        <source>Principle: {title}</source>
        <translation>Egwyddor: {title}</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>dim eto</translation>
    </message>
</context>
<context>
    <name>PaperSignOffDialog</name>
    <message>
        <source>Record a sign-off signed on paper</source>
        <translation>Cofnodi llofnod a wnaed ar bapur</translation>
    </message>
    <message>
        <source>For a verification sheet signed by hand: record what the verifier wrote and attach a scan or photo of the signed sheet. The sign-off is sealed against {stage} as it is now.</source>
        <translation>Ar gyfer dalen ddilysu a lofnodwyd â llaw: cofnodwch yr hyn a ysgrifennodd y dilysydd ac atodwch sgan neu lun o&apos;r ddalen wedi&apos;i llofnodi. Mae&apos;r llofnod wedi&apos;i selio yn erbyn {stage} fel y mae nawr.</translation>
    </message>
    <message>
        <source>Verifier&apos;s name</source>
        <translation>Enw&apos;r dilysydd</translation>
    </message>
    <message>
        <source>&amp;Verified</source>
        <translation>&amp;Wedi&apos;i ddilysu</translation>
    </message>
    <message>
        <source>N&amp;ot yet verified</source>
        <translation>&amp;Heb ei ddilysu eto</translation>
    </message>
    <message>
        <source>Date signed</source>
        <translation>Dyddiad llofnodi</translation>
    </message>
    <message>
        <source>Verifier&apos;s comment</source>
        <translation>Sylw&apos;r dilysydd</translation>
    </message>
    <message>
        <source>As written on the sheet (if not yet verified, the reasons)</source>
        <translation>Fel y&apos;i hysgrifennwyd ar y ddalen (os nad yw wedi&apos;i ddilysu eto, y rhesymau)</translation>
    </message>
    <message>
        <source>Scan or photo of the signed sheet</source>
        <translation>Sgan neu lun o&apos;r ddalen wedi&apos;i llofnodi</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Pori…</translation>
    </message>
    <message>
        <source>Choose the scan or photo of the signed sheet</source>
        <translation>Dewiswch y sgan neu&apos;r llun o&apos;r ddalen wedi&apos;i llofnodi</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôl:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Canlyniad:</translation>
    </message>
    <message>
        <source>&amp;Date signed:</source>
        <translation>&amp;Dyddiad llofnodi:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Sylw:</translation>
    </message>
    <message>
        <source>&amp;Scan of the sheet:</source>
        <translation>Sg&amp;an o&apos;r ddalen:</translation>
    </message>
    <message>
        <source>Verifier&apos;s role</source>
        <translation>Rôl y dilysydd</translation>
    </message>
    <message>
        <source>R&amp;ecord sign-off</source>
        <translation>&amp;Cofnodi&apos;r llofnod</translation>
    </message>
    <message>
        <source>The scan or photo of the signed sheet</source>
        <translation>Y sgan neu&apos;r llun o&apos;r ddalen wedi&apos;i llofnodi</translation>
    </message>
    <message>
        <source>Scans and photos (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.heic);;All files (*)</source>
        <translation>Sganiau a lluniau (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.heic);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Give the verifier&apos;s name.</source>
        <translation>Rhowch enw&apos;r dilysydd.</translation>
    </message>
    <message>
        <source>Give the date the sheet was signed, like 1/11/2026.</source>
        <translation>Rhowch y dyddiad y llofnodwyd y ddalen, fel 1/11/2026.</translation>
    </message>
    <message>
        <source>Say why the stage is not yet verified, as the verifier wrote it.</source>
        <translation>Dywedwch pam nad yw&apos;r cam wedi&apos;i ddilysu eto, fel yr ysgrifennodd y dilysydd.</translation>
    </message>
    <message>
        <source>Choose the scan or photo of the signed sheet.</source>
        <translation>Dewiswch y sgan neu&apos;r llun o&apos;r ddalen wedi&apos;i llofnodi.</translation>
    </message>
    <message>
        <source>The sign-off was not recorded: see the message in the status bar.</source>
        <translation>Ni chofnodwyd y llofnod: gweler y neges yn y bar statws.</translation>
    </message>
</context>
<context>
    <name>Place</name>
    <message>
        <source>Priority {priority}</source>
        <translation>Blaenoriaeth {priority}</translation>
    </message>
    <message>
        <source>Drop a skill here, or select one in the list and press this place</source>
        <translation>Gollyngwch sgil yma, neu dewiswch un yn y rhestr a gwasgu&apos;r lle hwn</translation>
    </message>
    <message>
        <source>Priority {priority}, place {slot_1}: {label_if_key_else_empty}</source>
        <translation>Blaenoriaeth {priority}, lle {slot_1}: {label_if_key_else_empty}</translation>
    </message>
</context>
<context>
    <name>PlanItemDialog</name>
    <message>
        <source>Kind of plan item</source>
        <translation>Math o eitem yn y cynllun</translation>
    </message>
    <message>
        <source>Plan item</source>
        <translation>Eitem yn y cynllun</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Dyddiad targed</translation>
    </message>
    <message>
        <source>Why the plan changes</source>
        <translation>Pam mae’r cynllun yn newid</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Math:</translation>
    </message>
    <message>
        <source>Wh&amp;y (optional):</source>
        <translation>&amp;Pam (dewisol):</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Beth:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Erbyn:</translation>
    </message>
    <message>
        <source>Wh&amp;y:</source>
        <translation>&amp;Pam:</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Dewisiadau</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>System ({language})</source>
        <translation>Y system ({language})</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Iaith:</translation>
    </message>
    <message>
        <source>The window changes at once; nothing you have typed is lost. Printed sheets and the command line use the same language.</source>
        <translation>Mae&apos;r ffenestr yn newid ar unwaith; nid oes dim a deipiwyd gennych yn cael ei golli. Mae&apos;r taflenni printiedig a&apos;r llinell orchymyn yn defnyddio&apos;r un iaith.</translation>
    </message>
</context>
<context>
    <name>ReflectionTab</name>
    <message>
        <source>{reflection} for {label}</source>
        <translation>{reflection} ar gyfer {label}</translation>
    </message>
    <message>
        <source>Reflect on your mentoring at this stage: what went well, what you learnt, what you would do differently. Saved as you type.</source>
        <translation>Myfyriwch ar eich mentora ar y cam hwn: beth aeth yn dda, beth a ddysgoch, beth y byddech yn ei wneud yn wahanol. Caiff ei gadw wrth i chi deipio.</translation>
    </message>
    <message>
        <source>Tab types an indent here; Ctrl+Tab goes on to the next tab, and Alt+P to Private.</source>
        <translation>Mae Tab yn teipio mewnoliad yma; mae Ctrl+Tab yn mynd ymlaen i’r tab nesaf, ac Alt+P i Preifat.</translation>
    </message>
    <message>
        <source>B</source>
        <translation>T</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Trwm</translation>
    </message>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation>Trwm (Ctrl+B)</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italig</translation>
    </message>
    <message>
        <source>Italic (Ctrl+I)</source>
        <translation>Italig (Ctrl+I)</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Rhestr</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Rhestr bwledi</translation>
    </message>
    <message>
        <source>Bulleted list (Ctrl+Shift+L)</source>
        <translation>Rhestr bwledi (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Dadwneud</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Dadwneud (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ailwneud</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Ailwneud (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Word count</source>
        <translation>Nifer y geiriau</translation>
    </message>
    <message>
        <source>&amp;Private</source>
        <translation>&amp;Preifat</translation>
    </message>
    <message>
        <source>Reflection is private</source>
        <translation>Mae&apos;r myfyrdod yn breifat</translation>
    </message>
    <message>
        <source>Private: left out of copies you share and of printed sheets</source>
        <translation>Preifat: ni chaiff ei gynnwys mewn copïau a rannwch nac mewn taflenni printiedig</translation>
    </message>
    <message>
        <source>C&amp;UREE principles and skills…</source>
        <translation>Egwyddorion a sgiliau C&amp;UREE…</translation>
    </message>
    <message>
        <source>Tag this reflection with CUREE principles and skills</source>
        <translation>Tagio&apos;r myfyrdod hwn ag egwyddorion a sgiliau CUREE</translation>
    </message>
    <message numerus="yes">
        <source>%n words</source>
        <translation>
            <numerusform>%n gair</numerusform>
            <numerusform>%n gair</numerusform>
            <numerusform>%n gair</numerusform>
            <numerusform>%n gair</numerusform>
            <numerusform>%n gair</numerusform>
        </translation>
    </message>
    <message>
        <source>{label} reflection</source>
        <translation>Myfyrdod {label}</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Adfer o gopi wrth gefn</translation>
    </message>
    <message>
        <source>Backups of &lt;b&gt;{journal_name}&lt;/b&gt;, newest first. Restoring one replaces the journal with it; the journal as it is now is kept as a backup first, so nothing is lost.</source>
        <translation>Copïau wrth gefn o &lt;b&gt;{journal_name}&lt;/b&gt;, y diweddaraf yn gyntaf. Mae adfer un yn rhoi&apos;r copi hwnnw yn lle&apos;r dyddlyfr; cedwir y dyddlyfr fel y mae nawr yn gopi wrth gefn yn gyntaf, felly nid oes dim yn cael ei golli.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Cymerwyd</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pam</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Maint</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Camau</translation>
    </message>
    <message>
        <source>Criteria achieved</source>
        <translation>Meini prawf wedi&apos;u cyflawni</translation>
    </message>
    <message>
        <source>Words of reflection</source>
        <translation>Geiriau o fyfyrdod</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copïau wrth gefn</translation>
    </message>
    <message>
        <source>{size_1024_2:.1f} MB</source>
        <translation>{size_1024_2:.1f} MB</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>&amp;Adfer y copi wrth gefn hwn</translation>
    </message>
    <message>
        <source>No backups of this journal yet: one is taken each day it is opened.</source>
        <translation>Dim copïau wrth gefn o&apos;r dyddlyfr hwn eto: cymerir un bob dydd y caiff ei agor.</translation>
    </message>
</context>
<context>
    <name>ReviewerBar</name>
    <message>
        <source>Your name as reviewer</source>
        <translation>Eich enw fel adolygydd</translation>
    </message>
    <message>
        <source>Your name (printed with your comments and sign-offs)</source>
        <translation>Eich enw (caiff ei argraffu gyda&apos;ch sylwadau a&apos;ch llofnodion)</translation>
    </message>
    <message>
        <source>Reviewer&apos;s &amp;name:</source>
        <translation>&amp;Enw’r adolygydd:</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search results</source>
        <translation>Canlyniadau chwilio</translation>
    </message>
    <message>
        <source>Press Enter to go to the selected result</source>
        <translation>Pwyswch Enter i fynd i&apos;r canlyniad a ddewiswyd</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Search&lt;/h2&gt;&lt;p&gt;1 result for “{query}”&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Chwilio&lt;/h2&gt;&lt;p&gt;1 canlyniad ar gyfer “{query}”&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Search&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Chwilio&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Search&lt;/h2&gt;&lt;p&gt;{n} results for “{query}”&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Chwilio&lt;/h2&gt;&lt;p&gt;{n} canlyniad ar gyfer “{query}”&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{title}
    {snippet}</source>
        <translation>{title}
    {snippet}</translation>
    </message>
</context>
<context>
    <name>SendToMentorDialog</name>
    <message>
        <source>Send to mentor</source>
        <translation>Anfon at y mentor</translation>
    </message>
    <message>
        <source>Your journal is saved as one file for you to send to your professional mentor or university tutor. Entries you marked private are left out of it.</source>
        <translation>Mae eich dyddlyfr yn cael ei gadw fel un ffeil i chi ei hanfon at eich mentor proffesiynol neu diwtor y brifysgol. Mae&apos;r cofnodion a nodwyd gennych yn breifat yn cael eu gadael allan ohoni.</translation>
    </message>
    <message>
        <source>&amp;Review form (PDF): for a mentor with only a PDF reader, who fills it in, signs it and sends it back</source>
        <translation>&amp;Ffurflen adolygu (PDF): ar gyfer mentor sydd â darllenydd PDF yn unig, sy&apos;n ei llenwi, yn ei llofnodi ac yn ei hanfon yn ôl</translation>
    </message>
    <message>
        <source>Review &amp;copy (.ljournal): for a mentor who has Learning Journal</source>
        <translation>C&amp;opi adolygu (.ljournal): ar gyfer mentor sydd â Learning Journal</translation>
    </message>
    <message>
        <source>How your mentor will review it</source>
        <translation>Sut bydd eich mentor yn ei adolygu</translation>
    </message>
    <message>
        <source>Stages to send</source>
        <translation>Camau i&apos;w hanfon</translation>
    </message>
    <message>
        <source>&amp;Save review copy…</source>
        <translation>Cadw&apos;r copi &amp;adolygu…</translation>
    </message>
    <message>
        <source>&amp;Save review form…</source>
        <translation>Cadw&apos;r ffurflen &amp;adolygu…</translation>
    </message>
    <message>
        <source>S&amp;tages to include:</source>
        <translation>Camau i&apos;w &amp;cynnwys:</translation>
    </message>
</context>
<context>
    <name>StagePage</name>
    <message>
        <source>{label} sections</source>
        <translation>Adrannau {label}</translation>
    </message>
    <message>
        <source>Performance &amp;criteria</source>
        <translation>&amp;Meini prawf perfformiad</translation>
    </message>
    <message>
        <source>Eviden&amp;ce</source>
        <translation>Ty&amp;stiolaeth</translation>
    </message>
    <message>
        <source>&amp;Skills checklist</source>
        <translation>Rhestr wirio &amp;sgiliau</translation>
    </message>
    <message>
        <source>Diamond &amp;9</source>
        <translation>Diemwnt &amp;9</translation>
    </message>
    <message>
        <source>&amp;Reflection</source>
        <translation>M&amp;yfyrdod</translation>
    </message>
    <message>
        <source>&amp;Targets for further development</source>
        <translation>&amp;Targedau ar gyfer datblygu pellach</translation>
    </message>
    <message>
        <source>Ver&amp;ification</source>
        <translation>&amp;Dilysu</translation>
    </message>
    <message>
        <source>Verification warning</source>
        <translation>Rhybudd dilysu</translation>
    </message>
</context>
<context>
    <name>StageReviewBox</name>
    <message>
        <source>Your review and sign-off</source>
        <translation>Eich adolygiad a&apos;ch llofnod</translation>
    </message>
    <message>
        <source>Sign-offs received from verifiers</source>
        <translation>Llofnodion a gafwyd gan ddilyswyr</translation>
    </message>
    <message>
        <source>Sign-off status</source>
        <translation>Statws llofnodi</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Eich rôl</translation>
    </message>
    <message>
        <source>Your verification comment</source>
        <translation>Eich sylw dilysu</translation>
    </message>
    <message>
        <source>Your comment on this stage (and, if not yet verified, the reasons)</source>
        <translation>Eich sylw ar y cam hwn (a&apos;r rhesymau, os nad yw wedi&apos;i ddilysu eto)</translation>
    </message>
    <message>
        <source>Verifie&amp;d</source>
        <translation>Wed&amp;i’i ddilysu</translation>
    </message>
    <message>
        <source>N&amp;ot yet verified</source>
        <translation>&amp;Heb ei ddilysu eto</translation>
    </message>
    <message>
        <source>Si&amp;gn off this stage</source>
        <translation>&amp;Llofnodi&apos;r cam hwn</translation>
    </message>
    <message>
        <source>&amp;Your role:</source>
        <translation>Eich &amp;rôl:</translation>
    </message>
    <message>
        <source>Kept as its record: {name} (on the Evidence page)</source>
        <translation>Wedi&apos;i gadw fel ei gofnod: {name} (ar y dudalen Tystiolaeth)</translation>
    </message>
    <message>
        <source>Sign off this stage</source>
        <translation>Llofnodi&apos;r cam hwn</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Sylw:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Canlyniad:</translation>
    </message>
    <message>
        <source>Give your name at the top of the window first.</source>
        <translation>Rhowch eich enw ar frig y ffenestr yn gyntaf.</translation>
    </message>
    <message>
        <source>Not signed off yet.</source>
        <translation>Heb ei lofnodi eto.</translation>
    </message>
    <message>
        <source>No sign-off received yet: send the journal to your mentor (File → Send to mentor…).</source>
        <translation>Dim llofnod wedi dod i law eto: anfonwch y dyddlyfr at eich mentor (Ffeil → Anfon at y mentor…).</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>&lt;h1&gt;Learning Journal&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Learning Journal&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>Learning Journal</source>
        <translation>Learning Journal</translation>
    </message>
    <message>
        <source>Keep your mentoring journal: criteria and evidence, skills checklists, reflections, targets and verification, all on this computer.</source>
        <translation>Cadwch eich dyddlyfr mentora: meini prawf a thystiolaeth, rhestrau gwirio sgiliau, myfyrdodau, targedau a dilysu, i gyd ar y cyfrifiadur hwn.</translation>
    </message>
    <message>
        <source>&amp;New journal…</source>
        <translation>Dyddlyfr &amp;newydd…</translation>
    </message>
    <message>
        <source>New journal</source>
        <translation>Dyddlyfr newydd</translation>
    </message>
    <message>
        <source>Start a new journal (Ctrl+N)</source>
        <translation>Dechrau dyddlyfr newydd (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Agor…</translation>
    </message>
    <message>
        <source>Open a journal file</source>
        <translation>Agor ffeil dyddlyfr</translation>
    </message>
    <message>
        <source>Open a journal file (Ctrl+O)</source>
        <translation>Agor ffeil dyddlyfr (Ctrl+O)</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Dyddlyfr</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Perchennog</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Newidiwyd ddiwethaf</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Fframwaith</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ble</translation>
    </message>
    <message>
        <source>Recent journals</source>
        <translation>Dyddlyfrau diweddar</translation>
    </message>
    <message>
        <source>Press Enter to open the selected journal, Delete to remove it from the list</source>
        <translation>Pwyswch Enter i agor y dyddlyfr a ddewiswyd, Delete i&apos;w dynnu o&apos;r rhestr</translation>
    </message>
    <message>
        <source>Open &amp;selected</source>
        <translation>Agor yr un a &amp;ddewiswyd</translation>
    </message>
    <message>
        <source>Open the selected recent journal</source>
        <translation>Agor y dyddlyfr diweddar a ddewiswyd</translation>
    </message>
    <message>
        <source>&amp;Remove from list</source>
        <translation>&amp;Tynnu o&apos;r rhestr</translation>
    </message>
    <message>
        <source>Remove the selected journal from the recent list</source>
        <translation>Tynnu&apos;r dyddlyfr a ddewiswyd o&apos;r rhestr ddiweddar</translation>
    </message>
    <message>
        <source>Removes it from this list only; the file is not deleted</source>
        <translation>Mae&apos;n ei dynnu o&apos;r rhestr hon yn unig; ni chaiff y ffeil ei dileu</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent journals&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dyddlyfrau diweddar&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No journals yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Start your own with &lt;b&gt;New journal…&lt;/b&gt;: choose the framework you are working towards, and the journal is saved as one file you can copy, back up and hand to your mentor.&lt;/p&gt;&lt;p&gt;Been sent a journal or a review copy? Use &lt;b&gt;Open…&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Dim dyddlyfrau eto.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Dechreuwch eich un chi gyda &lt;b&gt;Dyddlyfr newydd…&lt;/b&gt;: dewiswch y fframwaith rydych yn gweithio tuag ato, a chaiff y dyddlyfr ei gadw fel un ffeil y gallwch ei chopïo, gwneud copi wrth gefn ohoni a&apos;i rhoi i&apos;ch mentor.&lt;/p&gt;&lt;p&gt;Wedi cael dyddlyfr neu gopi adolygu? Defnyddiwch &lt;b&gt;Agor…&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No recent journals</source>
        <translation>Dim dyddlyfrau diweddar</translation>
    </message>
    <message>
        <source>File not found: {path}</source>
        <translation>Heb ddod o hyd i&apos;r ffeil: {path}</translation>
    </message>
    <message>
        <source>This file is no longer there. Remove it from the list, or put the file back and open it again.</source>
        <translation>Nid yw&apos;r ffeil hon yno bellach. Tynnwch hi o&apos;r rhestr, neu rhowch y ffeil yn ôl a&apos;i hagor eto.</translation>
    </message>
</context>
<context>
    <name>TagDialog</name>
    <message>
        <source>Principles and skills: {what}</source>
        <translation>Egwyddorion a sgiliau: {what}</translation>
    </message>
    <message>
        <source>CUREE principles and skills</source>
        <translation>Egwyddorion a sgiliau CUREE</translation>
    </message>
    <message>
        <source>Principles</source>
        <translation>Egwyddorion</translation>
    </message>
    <message>
        <source>Skills of {lower}</source>
        <translation>Sgiliau {lower}</translation>
    </message>
    <message>
        <source>Tick what this entry shows (Space ticks the selected line).</source>
        <translation>Ticiwch yr hyn y mae&apos;r cofnod hwn yn ei ddangos (mae Bylchwr yn ticio&apos;r llinell a ddewiswyd).</translation>
    </message>
</context>
<context>
    <name>TargetsModel</name>
    <message>
        <source>Target</source>
        <translation>Targed</translation>
    </message>
    <message>
        <source>Success criteria</source>
        <translation>Meini prawf llwyddiant</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Erbyn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Review notes</source>
        <translation>Nodiadau adolygu</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Preifat</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Cam</translation>
    </message>
    <message>
        <source>Private: left out of copies you share and of printed sheets</source>
        <translation>Preifat: ni chaiff ei gynnwys mewn copïau a rannwch nac mewn taflenni printiedig</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation> (yn hwyr)</translation>
    </message>
    <message>
        <source>no success criteria yet</source>
        <translation>dim meini prawf llwyddiant eto</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>dim dyddiad targed</translation>
    </message>
    <message>
        <source>no review notes yet</source>
        <translation>dim nodiadau adolygu eto</translation>
    </message>
    <message>
        <source>Overdue: the due date has passed and the target is still open</source>
        <translation>Yn hwyr: mae&apos;r dyddiad targed wedi mynd heibio ac mae&apos;r targed yn dal ar agor</translation>
    </message>
    <message>
        <source>Whole journal</source>
        <translation>Y dyddlyfr cyfan</translation>
    </message>
</context>
<context>
    <name>TargetsPanel</name>
    <message>
        <source>F2 or a double-click edits a cell; overdue targets are shown in red</source>
        <translation>Mae F2 neu glicio ddwywaith yn golygu cell; dangosir targedau hwyr mewn coch</translation>
    </message>
    <message>
        <source>&amp;Add target</source>
        <translation>Ychwa&amp;negu targed</translation>
    </message>
    <message>
        <source>Add a target</source>
        <translation>Ychwanegu targed</translation>
    </message>
    <message>
        <source>Add a target and start typing it</source>
        <translation>Ychwanegu targed a dechrau ei deipio</translation>
    </message>
    <message>
        <source>&amp;Delete target</source>
        <translation>Di&amp;leu targed</translation>
    </message>
    <message>
        <source>Delete the selected target</source>
        <translation>Dileu&apos;r targed a ddewiswyd</translation>
    </message>
    <message>
        <source>C&amp;UREE principles and skills…</source>
        <translation>Egwyddorion a sgiliau C&amp;UREE…</translation>
    </message>
    <message>
        <source>Tag the selected target with CUREE principles and skills</source>
        <translation>Tagio&apos;r targed a ddewiswyd ag egwyddorion a sgiliau CUREE</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No targets yet&lt;/h3&gt;&lt;p&gt;Targets for further development say what you will work on next and how you will know it is done. They come from a stage&apos;s reflection, a learning conversation or Diamond 9; one for the whole journal can be added here.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Dim targedau eto&lt;/h3&gt;&lt;p&gt;Mae targedau ar gyfer datblygu pellach yn dweud ar beth y byddwch yn gweithio nesaf a sut y byddwch yn gwybod ei fod wedi&apos;i wneud. Maen nhw&apos;n dod o fyfyrdod cam, sgwrs ddysgu neu Ddiemwnt 9; gellir ychwanegu un ar gyfer y dyddlyfr cyfan yma.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No targets for this stage yet&lt;/h3&gt;&lt;p&gt;A target says what you will work on next, its success criteria and when it is due. Add one here, or make one from a learning conversation or from Diamond 9.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Dim targedau ar gyfer y cam hwn eto&lt;/h3&gt;&lt;p&gt;Mae targed yn dweud ar beth y byddwch yn gweithio nesaf, ei feini prawf llwyddiant a phryd mae&apos;n ddyledus. Ychwanegwch un yma, neu gwnewch un o sgwrs ddysgu neu o Ddiemwnt 9.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>New target</source>
        <translation>Targed newydd</translation>
    </message>
    <message>
        <source>Delete target</source>
        <translation>Dileu targed</translation>
    </message>
    <message>
        <source>Delete the target “{text}”?</source>
        <translation>Dileu’r targed “{text}”?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>target “{text}”</source>
        <translation>targed “{text}”</translation>
    </message>
</context>
<context>
    <name>VerificationTab</name>
    <message>
        <source>&amp;Print verification sheet…</source>
        <translation>&amp;Argraffu’r daflen ddilysu…</translation>
    </message>
    <message>
        <source>Print the stage&apos;s reflection and verification sheet</source>
        <translation>Argraffu taflen myfyrio a dilysu&apos;r cam</translation>
    </message>
    <message>
        <source>Record a sign-off signed on p&amp;aper…</source>
        <translation>Cofnodi llofnod a wnaed ar &amp;bapur…</translation>
    </message>
    <message>
        <source>Record a sign-off from a signed paper sheet, with its scan</source>
        <translation>Cofnodi llofnod o ddalen bapur wedi&apos;i llofnodi, gyda&apos;i sgan</translation>
    </message>
</context>
<context>
    <name>VerifierBox</name>
    <message>
        <source>{role_title}: name</source>
        <translation>{role_title}: enw</translation>
    </message>
    <message>
        <source>{role_title}: state</source>
        <translation>{role_title}: cyflwr</translation>
    </message>
    <message>
        <source>{role_title}: date</source>
        <translation>{role_title}: dyddiad</translation>
    </message>
    <message>
        <source>{role_title}: comment</source>
        <translation>{role_title}: sylw</translation>
    </message>
    <message>
        <source>The verifier&apos;s comment</source>
        <translation>Sylw’r dilysydd</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Enw:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Cyflwr:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Dyddiad:</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Sylw:</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Learning Journal</source>
        <translation>Croeso i Learning Journal</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome&lt;/h2&gt;&lt;p&gt;Learning Journal keeps your mentoring journal on this computer: criteria and evidence, skills checklists, reflections, targets and verification, saved as you type.&lt;/p&gt;&lt;p&gt;Start with &lt;b&gt;New journal…&lt;/b&gt;. The &lt;b&gt;user guide&lt;/b&gt; (Help → User guide, or F1) walks you through the year: the stages, evidence, printing sheets for signatures, sending the journal to your mentor and backups.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Croeso&lt;/h2&gt;&lt;p&gt;Mae Learning Journal yn cadw eich dyddlyfr mentora ar y cyfrifiadur hwn: meini prawf a thystiolaeth, rhestrau gwirio sgiliau, myfyrdodau, targedau a dilysu, wedi&apos;u cadw wrth i chi deipio.&lt;/p&gt;&lt;p&gt;Dechreuwch gyda &lt;b&gt;Dyddlyfr newydd…&lt;/b&gt;. Mae&apos;r &lt;b&gt;canllaw defnyddwyr&lt;/b&gt; (Cymorth → Canllaw defnyddwyr, neu F1) yn eich tywys drwy&apos;r flwyddyn: y camau, tystiolaeth, argraffu taflenni i&apos;w llofnodi, anfon y dyddlyfr at eich mentor, a chopïau wrth gefn.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Open the user guide now</source>
        <translation>&amp;Agor y canllaw defnyddwyr nawr</translation>
    </message>
    <message>
        <source>Open the user guide now</source>
        <translation>Agor y canllaw defnyddwyr nawr</translation>
    </message>
</context>
<context>
    <name>WrittenNote</name>
    <message>
        <source>Open folder</source>
        <translation>Agor y ffolder</translation>
    </message>
    <message>
        <source>Open the folder the file was saved in</source>
        <translation>Agor y ffolder y cadwyd y ffeil ynddo</translation>
    </message>
    <message>
        <source>Folder not opened</source>
        <translation>Heb agor y ffolder</translation>
    </message>
    <message>
        <source>No file manager could open {folder}.</source>
        <translation>Nid oedd rheolwr ffeiliau a allai agor {folder}.</translation>
    </message>
</context>
<context>
    <name>accessible</name>
    <message>
        <source>{what}: {text}</source>
        <translation>{what}: {text}</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>defnydd: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>dadleuon safle</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opsiynau</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>dangos y neges gymorth hon a gadael</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>dangos rhif fersiwn y rhaglen a gadael</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>mae angen y dadleuon canlynol: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>dadleuon anhysbys: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>dewis annilys: %(value)r (dewiswch o blith %(choices)s)</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>dadl %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>disgwylid un ddadl</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>gwerth %(type)s annilys: %(value)r</translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <source>daily</source>
        <translation>dyddiol</translation>
    </message>
    <message>
        <source>taken by hand</source>
        <translation>wedi&apos;i gymryd â llaw</translation>
    </message>
    <message>
        <source>before importing a review</source>
        <translation>cyn mewnforio adolygiad</translation>
    </message>
    <message>
        <source>before restoring</source>
        <translation>cyn adfer</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>copi wrth gefn</translation>
    </message>
    <message>
        <source>before upgrading from format {version}</source>
        <translation>cyn uwchraddio o fformat {version}</translation>
    </message>
    <message>
        <source>{created}  {reason:&lt;16} {size_1024_2:8.1f} MB  {criteria_achieved} criteria achieved, {reflection_words} words of reflection across {stages} stages</source>
        <translation>{created}  {reason:&lt;16} {size_1024_2:8.1f} MB  {criteria_achieved} maen prawf wedi&apos;u cyflawni, {reflection_words} gair o fyfyrdod ar draws {stages} cam</translation>
    </message>
    <message>
        <source>{path}: the journal&apos;s id cannot be read</source>
        <translation>{path}: ni ellir darllen dynodydd y dyddlyfr</translation>
    </message>
    <message>
        <source>{folder} is not a folder the app made (a link or a file); no backup was written there</source>
        <translation>Nid yw {folder} yn ffolder a wnaeth yr ap (dolen neu ffeil yw hi); ni ysgrifennwyd copi wrth gefn yno</translation>
    </message>
    <message>
        <source>no backup {backup_id!r} of {name} (see &apos;journal-app backups {journal}&apos;)</source>
        <translation>dim copi wrth gefn {backup_id!r} o {name} (gweler &apos;journal-app backups {journal}&apos;)</translation>
    </message>
    <message>
        <source>{journal}: not backed up, the journal fails its check ({problem})</source>
        <translation>{journal}: ni chymerwyd copi wrth gefn, mae&apos;r dyddlyfr yn methu ei wiriad ({problem})</translation>
    </message>
    <message>
        <source>the backup of {name} did not check out ({problem})</source>
        <translation>nid oedd y copi wrth gefn o {name} yn gywir wrth ei wirio ({problem})</translation>
    </message>
    <message>
        <source>This journal is read-only ({reason}): the backup was not restored.</source>
        <translation>Mae&apos;r dyddlyfr hwn i&apos;w ddarllen yn unig ({reason}): ni adferwyd y copi wrth gefn.</translation>
    </message>
    <message>
        <source>the backup was not restored and {name} is as it was</source>
        <translation>ni adferwyd y copi wrth gefn ac mae {name} fel yr oedd</translation>
    </message>
    <message>
        <source>The backup could not be restored ({e}); {name} is as it was.</source>
        <translation>Ni ellid adfer y copi wrth gefn ({e}); mae {name} fel yr oedd.</translation>
    </message>
    <message>
        <source>The backup folder&apos;s disk is full: {name} was not backed up to {folder}. Free some space there, or choose another data folder.</source>
        <translation>Mae disg ffolder y copïau wrth gefn yn llawn: ni wnaed copi wrth gefn o {name} yn {folder}. Rhyddhewch ychydig o le yno, neu dewiswch ffolder data arall.</translation>
    </message>
    <message>
        <source>{name} was not backed up to {folder}</source>
        <translation>ni wnaed copi wrth gefn o {name} yn {folder}</translation>
    </message>
    <message>
        <source>{name} could not be backed up to {folder}: {strerror_or_e}</source>
        <translation>nid oedd modd cymryd copi wrth gefn o {name} yn {folder}: {strerror_or_e}</translation>
    </message>
    <message>
        <source>The newest backup alone ({total_1024_2:.0f} MB) is larger than the backup space allowed ({cap_bytes_1024_2:.0f} MB); older backups of this journal were removed. Keep a copy of the journal somewhere else too.</source>
        <translation>Mae&apos;r copi wrth gefn diweddaraf ar ei ben ei hun ({total_1024_2:.0f} MB) yn fwy na&apos;r lle a ganiateir i gopïau wrth gefn ({cap_bytes_1024_2:.0f} MB); tynnwyd copïau hŷn o&apos;r dyddlyfr hwn. Cadwch gopi o&apos;r dyddlyfr yn rhywle arall hefyd.</translation>
    </message>
    <message>
        <source>The disk holding the backups is nearly full: the next backup may not fit.</source>
        <translation>Mae&apos;r ddisg sy&apos;n dal y copïau wrth gefn bron yn llawn: efallai na fydd lle i&apos;r copi nesaf.</translation>
    </message>
    <message>
        <source>backup {backup_id} is damaged ({problem}); choose another</source>
        <translation>mae copi wrth gefn {backup_id} wedi&apos;i ddifrodi ({problem}); dewiswch un arall</translation>
    </message>
</context>
<context>
    <name>check</name>
    <message>
        <source>older format; it will be upgraded to format {SCHEMA_VERSION} when next opened</source>
        <translation>fformat hŷn; caiff ei uwchraddio i fformat {SCHEMA_VERSION} pan gaiff ei agor nesaf</translation>
    </message>
    <message>
        <source>cannot be opened: {e}</source>
        <translation>ni ellir ei agor: {e}</translation>
    </message>
    <message>
        <source>{problem}; opening the journal for writing sets it aside</source>
        <translation>{problem}; mae agor y dyddlyfr i ysgrifennu ynddo yn ei symud o&apos;r neilltu</translation>
    </message>
    <message>
        <source>the file is damaged ({e})</source>
        <translation>mae&apos;r ffeil wedi&apos;i difrodi ({e})</translation>
    </message>
    <message>
        <source>its structure is not that of a journal: {difference}</source>
        <translation>nid strwythur dyddlyfr sydd ganddo: {difference}</translation>
    </message>
    <message>
        <source>SQLite integrity: {r}</source>
        <translation>Cywirdeb SQLite: {r}</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refer to rows that do not exist (foreign keys)</source>
        <translation>
            <numerusform>Mae %n rhes yn cyfeirio at resi nad ydynt yn bodoli (allweddi estron)</numerusform>
            <numerusform>Mae %n rhes yn cyfeirio at resi nad ydynt yn bodoli (allweddi estron)</numerusform>
            <numerusform>Mae %n rhes yn cyfeirio at resi nad ydynt yn bodoli (allweddi estron)</numerusform>
            <numerusform>Mae %n rhes yn cyfeirio at resi nad ydynt yn bodoli (allweddi estron)</numerusform>
            <numerusform>Mae %n rhes yn cyfeirio at resi nad ydynt yn bodoli (allweddi estron)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the framework snapshot is invalid (%n problem(s))</source>
        <translation>
            <numerusform>mae ciplun y fframwaith yn annilys (%n problem)</numerusform>
            <numerusform>mae ciplun y fframwaith yn annilys (%n problem)</numerusform>
            <numerusform>mae ciplun y fframwaith yn annilys (%n problem)</numerusform>
            <numerusform>mae ciplun y fframwaith yn annilys (%n problem)</numerusform>
            <numerusform>mae ciplun y fframwaith yn annilys (%n problem)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence item(s) were being added when the app stopped; they will be cleared when the journal is next opened</source>
        <translation>
            <numerusform>Roedd %n eitem dystiolaeth yn cael eu hychwanegu pan stopiodd yr ap; cânt eu clirio pan gaiff y dyddlyfr ei agor nesaf</numerusform>
            <numerusform>Roedd %n eitem dystiolaeth yn cael eu hychwanegu pan stopiodd yr ap; cânt eu clirio pan gaiff y dyddlyfr ei agor nesaf</numerusform>
            <numerusform>Roedd %n eitem dystiolaeth yn cael eu hychwanegu pan stopiodd yr ap; cânt eu clirio pan gaiff y dyddlyfr ei agor nesaf</numerusform>
            <numerusform>Roedd %n eitem dystiolaeth yn cael eu hychwanegu pan stopiodd yr ap; cânt eu clirio pan gaiff y dyddlyfr ei agor nesaf</numerusform>
            <numerusform>Roedd %n eitem dystiolaeth yn cael eu hychwanegu pan stopiodd yr ap; cânt eu clirio pan gaiff y dyddlyfr ei agor nesaf</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence item(s) checked</source>
        <translation>
            <numerusform>Gwiriwyd %n eitem dystiolaeth</numerusform>
            <numerusform>Gwiriwyd %n eitem dystiolaeth</numerusform>
            <numerusform>Gwiriwyd %n eitem dystiolaeth</numerusform>
            <numerusform>Gwiriwyd %n eitem dystiolaeth</numerusform>
            <numerusform>Gwiriwyd %n eitem dystiolaeth</numerusform>
        </translation>
    </message>
    <message>
        <source>the schema revision table is missing</source>
        <translation>mae tabl adolygiad y sgema ar goll</translation>
    </message>
    <message>
        <source>schema revision {r_0_for_r_in_rev} does not match format {version} ({expected!r})</source>
        <translation>nid yw adolygiad y sgema {r_0_for_r_in_rev} yn cyfateb i fformat {version} ({expected!r})</translation>
    </message>
    <message>
        <source>the journal&apos;s details cannot be read ({e})</source>
        <translation>ni ellir darllen manylion y dyddlyfr ({e})</translation>
    </message>
    <message>
        <source>the journal has no owner details</source>
        <translation>nid oes manylion perchennog yn y dyddlyfr</translation>
    </message>
    <message>
        <source>evidence item {name!r} (id {evidence_id}) does not match its checksum</source>
        <translation>nid yw&apos;r eitem dystiolaeth {name!r} (id {evidence_id}) yn cyfateb i&apos;w siecswm</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>{message} (see &apos;{prog} --help&apos;)</source>
        <translation>{message} (gweler &apos;{prog} --help&apos;)</translation>
    </message>
    <message>
        <source>Learning Journal: keep a mentor-recognition learning journal.</source>
        <translation>Learning Journal: cadw dyddlyfr dysgu cydnabod mentoriaid.</translation>
    </message>
    <message>
        <source>the language of messages, sheets and the window (default: as chosen in Preferences, else the system&apos;s)</source>
        <translation>iaith y negeseuon, y taflenni a&apos;r ffenestr (diofyn: fel y&apos;i dewiswyd yn Dewisiadau, neu iaith y system)</translation>
    </message>
    <message>
        <source>keep settings, backups and added frameworks in DIR</source>
        <translation>cadw gosodiadau, copïau wrth gefn a fframweithiau ychwanegol yn DIR</translation>
    </message>
    <message>
        <source>list, show or validate frameworks</source>
        <translation>rhestru, dangos neu ddilysu fframweithiau</translation>
    </message>
    <message>
        <source>list the available frameworks (the default)</source>
        <translation>rhestru&apos;r fframweithiau sydd ar gael (y diofyn)</translation>
    </message>
    <message>
        <source>print one framework</source>
        <translation>argraffu un fframwaith</translation>
    </message>
    <message>
        <source>the whole framework as JSON</source>
        <translation>y fframwaith cyfan fel JSON</translation>
    </message>
    <message>
        <source>check a framework file</source>
        <translation>gwirio ffeil fframwaith</translation>
    </message>
    <message>
        <source>create a journal (never overwrites a file)</source>
        <translation>creu dyddlyfr (nid yw byth yn trosysgrifo ffeil)</translation>
    </message>
    <message>
        <source>write the whole journal as JSON (evidence included)</source>
        <translation>ysgrifennu&apos;r dyddlyfr cyfan fel JSON (gan gynnwys y dystiolaeth)</translation>
    </message>
    <message>
        <source>write to FILE instead of standard output</source>
        <translation>ysgrifennu i FILE yn lle&apos;r allbwn safonol</translation>
    </message>
    <message>
        <source>leave out entries marked private</source>
        <translation>gadael allan gofnodion a nodwyd yn breifat</translation>
    </message>
    <message>
        <source>build a journal from a JSON dump</source>
        <translation>adeiladu dyddlyfr o ddymp JSON</translation>
    </message>
    <message>
        <source>check a journal: SQLite integrity, schema, evidence checksums</source>
        <translation>gwirio dyddlyfr: cywirdeb SQLite, sgema, siecsymiau tystiolaeth</translation>
    </message>
    <message>
        <source>print sheets or the whole journal to a PDF file</source>
        <translation>argraffu taflenni neu&apos;r dyddlyfr cyfan i ffeil PDF</translation>
    </message>
    <message>
        <source>which sheet (default: the whole journal)</source>
        <translation>pa daflen (diofyn: y dyddlyfr cyfan)</translation>
    </message>
    <message>
        <source>a stage to print (repeatable; default: all)</source>
        <translation>cam i&apos;w argraffu (gellir ei ailadrodd; diofyn: pob un)</translation>
    </message>
    <message>
        <source>print entries marked private too</source>
        <translation>argraffu cofnodion a nodwyd yn breifat hefyd</translation>
    </message>
    <message>
        <source>list a journal&apos;s automatic backups</source>
        <translation>rhestru copïau wrth gefn awtomatig dyddlyfr</translation>
    </message>
    <message>
        <source>take a backup now first</source>
        <translation>cymryd copi wrth gefn nawr yn gyntaf</translation>
    </message>
    <message>
        <source>put a backup in the journal&apos;s place (the current file is kept aside)</source>
        <translation>rhoi copi wrth gefn yn lle&apos;r dyddlyfr (cedwir y ffeil bresennol o&apos;r neilltu)</translation>
    </message>
    <message>
        <source>a backup id from &apos;journal-app backups&apos;</source>
        <translation>dynodydd copi wrth gefn o &apos;journal-app backups&apos;</translation>
    </message>
    <message>
        <source>write a review copy for a mentor (nothing private in it)</source>
        <translation>ysgrifennu copi adolygu i fentor (heb ddim byd preifat ynddo)</translation>
    </message>
    <message>
        <source>a stage to include (repeatable; default: all)</source>
        <translation>cam i&apos;w gynnwys (gellir ei ailadrodd; diofyn: pob un)</translation>
    </message>
    <message>
        <source>write a fillable PDF review form (for a mentor with only a PDF reader) instead of a review copy (.ljournal)</source>
        <translation>ysgrifennu ffurflen adolygu PDF i&apos;w llenwi (ar gyfer mentor sydd â darllenydd PDF yn unig) yn lle copi adolygu (.ljournal)</translation>
    </message>
    <message>
        <source>as a mentor, sign off a stage in a review copy</source>
        <translation>fel mentor, llofnodi cam mewn copi adolygu</translation>
    </message>
    <message>
        <source>not yet verified (give the reasons in --comment)</source>
        <translation>heb ei ddilysu eto (rhowch y rhesymau yn --comment)</translation>
    </message>
    <message>
        <source>add a returned review&apos;s comments and sign-offs to the journal</source>
        <translation>ychwanegu sylwadau a llofnodion adolygiad a ddychwelwyd at y dyddlyfr</translation>
    </message>
    <message>
        <source>the returned review copy (.ljournal) or review form (.pdf)</source>
        <translation>y copi adolygu (.ljournal) neu&apos;r ffurflen adolygu (.pdf) a ddychwelwyd</translation>
    </message>
    <message>
        <source>only show what the returned review would add; change nothing</source>
        <translation>dangos yn unig beth fyddai&apos;r adolygiad a ddychwelwyd yn ei ychwanegu; peidio â newid dim</translation>
    </message>
    <message>
        <source>start the window (the default)</source>
        <translation>agor y ffenestr (y diofyn)</translation>
    </message>
    <message>
        <source>{id}: {title} (version {version})
{description}
Source: {source}</source>
        <translation>{id}: {title} (fersiwn {version})
{description}
Ffynhonnell: {source}</translation>
    </message>
    <message>
        <source>{id}: {title} — {criteria} criteria, {items} checklist items, verified by {verifiers}</source>
        <translation>{id}: {title} — {criteria} maen prawf, {items} eitem rhestr wirio, wedi&apos;i ddilysu gan {verifiers}</translation>
    </message>
    <message>
        <source>created {path} ({framework}, kept by {owner})</source>
        <translation>crëwyd {path} ({framework}, yn cael ei gadw gan {owner})</translation>
    </message>
    <message>
        <source>created {path} from {dump}</source>
        <translation>crëwyd {path} o {dump}</translation>
    </message>
    <message>
        <source>{path}: sound (format {version}; {notes})</source>
        <translation>{path}: cyfan a chywir (fformat {version}; {notes})</translation>
    </message>
    <message>
        <source>wrote {path}</source>
        <translation>ysgrifennwyd {path}</translation>
    </message>
    <message>
        <source>{path}: no backups yet (they are taken when the journal is opened in the window, or with --now)</source>
        <translation>{path}: dim copïau wrth gefn eto (fe&apos;u cymerir pan gaiff y dyddlyfr ei agor yn y ffenestr, neu gyda --now)</translation>
    </message>
    <message>
        <source>{stages} stages, {criteria} criteria achieved, {words} words of reflection</source>
        <translation>{stages} cam, {criteria} maen prawf wedi&apos;u cyflawni, {words} gair o fyfyrdod</translation>
    </message>
    <message>
        <source>restored {path} from backup {backup}; the previous file was kept as {aside}</source>
        <translation>adferwyd {path} o gopi wrth gefn {backup}; cadwyd y ffeil flaenorol fel {aside}</translation>
    </message>
    <message>
        <source>wrote the review form {path}: send it to your mentor, who fills it in with a PDF reader and sends it back</source>
        <translation>ysgrifennwyd y ffurflen adolygu {path}: anfonwch hi at eich mentor, sy&apos;n ei llenwi â darllenydd PDF ac yn ei hanfon yn ôl</translation>
    </message>
    <message>
        <source>wrote the review copy {path}</source>
        <translation>ysgrifennwyd y copi adolygu {path}</translation>
    </message>
    <message>
        <source>{copy}: stage {stage} not yet verified by {name} (seal {seal})</source>
        <translation>{copy}: cam {stage} heb ei ddilysu eto gan {name} (sêl {seal})</translation>
    </message>
    <message>
        <source>{copy}: stage {stage} verified by {name} (seal {seal})</source>
        <translation>{copy}: cam {stage} wedi&apos;i ddilysu gan {name} (sêl {seal})</translation>
    </message>
    <message>
        <source>stopped by an unexpected problem ({name}: {reason})</source>
        <translation>daeth i ben oherwydd problem annisgwyl ({name}: {reason})</translation>
    </message>
    <message>
        <source>restored {path} from backup {backup}</source>
        <translation>adferwyd {path} o gopi wrth gefn {backup}</translation>
    </message>
    <message>
        <source>a verifier role of the stage: its title as printed (in English or Welsh, any case) or its id</source>
        <translation>un o rolau dilysydd y cam: ei deitl fel y&apos;i hargraffwyd (yn Saesneg neu yn Gymraeg, mewn unrhyw achos) neu ei id</translation>
    </message>
    <message numerus="yes">
        <source>{file}: valid framework {id!r} ({title}, version {version}, %n stage(s))</source>
        <translation>
            <numerusform>{file}: fframwaith dilys {id!r} ({title}, fersiwn {version}, %n cam)</numerusform>
            <numerusform>{file}: fframwaith dilys {id!r} ({title}, fersiwn {version}, %n cam)</numerusform>
            <numerusform>{file}: fframwaith dilys {id!r} ({title}, fersiwn {version}, %n cam)</numerusform>
            <numerusform>{file}: fframwaith dilys {id!r} ({title}, fersiwn {version}, %n cam)</numerusform>
            <numerusform>{file}: fframwaith dilys {id!r} ({title}, fersiwn {version}, %n cam)</numerusform>
        </translation>
    </message>
    <message>
        <source>no display to show the window on: run it on a desktop, under &apos;xvfb-run journal-app&apos;, or with QT_QPA_PLATFORM=offscreen</source>
        <translation>dim sgrin i ddangos y ffenestr arni: rhedwch ef ar fwrdd gwaith, dan &apos;xvfb-run journal-app&apos;, neu gyda QT_QPA_PLATFORM=offscreen</translation>
    </message>
    <message>
        <source>the window needs the X11 libraries {names} (on Debian or Ubuntu: sudo apt install {packages}), or run it with QT_QPA_PLATFORM=wayland</source>
        <translation>mae angen llyfrgelloedd X11 {names} ar y ffenestr (ar Debian neu Ubuntu: sudo apt install {packages}), neu rhedwch ef gyda QT_QPA_PLATFORM=wayland</translation>
    </message>
    <message>
        <source>the command did not finish ({where})</source>
        <translation>ni orffennodd y gorchymyn ({where})</translation>
    </message>
    <message>
        <source>the command did not finish</source>
        <translation>ni orffennodd y gorchymyn</translation>
    </message>
    <message>
        <source>This journal is read-only ({reason}); nothing was changed.</source>
        <translation>Mae&apos;r dyddlyfr hwn i&apos;w ddarllen yn unig ({reason}); ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>{prog}: warning: {message}</source>
        <translation>{prog}: rhybudd: {message}</translation>
    </message>
    <message>
        <source>{prog}: error: {message}</source>
        <translation>{prog}: gwall: {message}</translation>
    </message>
    <message>
        <source>the journal file could not be read or written ({reason})</source>
        <translation>nid oedd modd darllen nac ysgrifennu ffeil y dyddlyfr ({reason})</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>torrwyd ar draws</translation>
    </message>
</context>
<context>
    <name>conversations</name>
    <message>
        <source>Mentoring</source>
        <translation>Mentora</translation>
    </message>
    <message>
        <source>Specialist coaching</source>
        <translation>Hyfforddi arbenigol</translation>
    </message>
    <message>
        <source>Co-coaching</source>
        <translation>Cyd-hyfforddi</translation>
    </message>
    <message>
        <source>conversations have no such field: {join}</source>
        <translation>nid oes gan sgyrsiau faes o&apos;r fath: {join}</translation>
    </message>
    <message>
        <source>unknown kind {fields_kind!r} (one of: {join})</source>
        <translation>math anhysbys {fields_kind!r} (un o: {join})</translation>
    </message>
    <message>
        <source>a conversation needs the name of the person it was with</source>
        <translation>mae angen enw&apos;r person y cafwyd y sgwrs ag ef neu hi</translation>
    </message>
    <message>
        <source>no conversation with id {conversation_id}</source>
        <translation>dim sgwrs â&apos;r dynodydd {conversation_id}</translation>
    </message>
    <message>
        <source>conversation {conversation_id} has no agreed action {action_1}</source>
        <translation>nid oes gan sgwrs {conversation_id} gam gweithredu {action_1}</translation>
    </message>
    <message>
        <source>Agreed in a conversation with {with_whom} on {when}</source>
        <translation>Cytunwyd arno mewn sgwrs gyda {with_whom} ar {when}</translation>
    </message>
    <message>
        <source>the whole journal</source>
        <translation>y dyddlyfr cyfan</translation>
    </message>
    <message>
        <source>“{text}” is already an open target for {where} (no due date)</source>
        <translation>Mae “{text}” eisoes yn darged ar agor ar gyfer {where} (dim dyddiad targed)</translation>
    </message>
    <message>
        <source>“{text}” is already an open target for {where}, due {due}</source>
        <translation>Mae “{text}” eisoes yn darged ar agor ar gyfer {where}, erbyn {due}</translation>
    </message>
    <message>
        <source>a learning agreement is with someone: give their name</source>
        <translation>mae cytundeb dysgu gyda rhywun: rhowch ei enw</translation>
    </message>
</context>
<context>
    <name>curee</name>
    <message>
        <source>only {join} can be tagged, not {kind!r}</source>
        <translation>dim ond {join} y gellir eu tagio, nid {kind!r}</translation>
    </message>
    <message>
        <source>unknown CUREE principle or skill: {join}</source>
        <translation>egwyddor neu sgil CUREE anhysbys: {join}</translation>
    </message>
    <message>
        <source>a Diamond 9 has {SLOTS} places, not {len}</source>
        <translation>mae gan Ddiemwnt 9 {SLOTS} lle, nid {len}</translation>
    </message>
    <message>
        <source>a skill can stand in only one place of the diamond</source>
        <translation>dim ond mewn un lle yn y diemwnt y gall sgil fod</translation>
    </message>
    <message>
        <source>{checklist_id}/{item_id} is not a skill of this stage&apos;s checklists</source>
        <translation>nid yw {checklist_id}/{item_id} yn sgil yn rhestrau gwirio&apos;r cam hwn</translation>
    </message>
    <message>
        <source>Develop: {full_text}</source>
        <translation>Datblygu: {full_text}</translation>
    </message>
    <message>
        <source>From the Diamond 9 (priority {diamond_row})</source>
        <translation>O&apos;r Diemwnt 9 (blaenoriaeth {diamond_row})</translation>
    </message>
    <message>
        <source>the top of the diamond is empty: place skills in it first</source>
        <translation>mae brig y diemwnt yn wag: rhowch sgiliau ynddo yn gyntaf</translation>
    </message>
</context>
<context>
    <name>curee_pane</name>
    <message>
        <source>National framework (CUREE)</source>
        <translation>Fframwaith cenedlaethol (CUREE)</translation>
    </message>
    <message>
        <source>Welsh Government edition</source>
        <translation>Argraffiad Llywodraeth Cymru</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <source>“{text}” is not a date. Type it like 1/11/2026 or 1 Nov 2026.</source>
        <translation>Nid yw “{text}” yn ddyddiad. Teipiwch ef fel 1/11/2026 neu 1 Tach 2026.</translation>
    </message>
</context>
<context>
    <name>db</name>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}: nid oes ffeil o&apos;r fath</translation>
    </message>
    <message>
        <source>{path}: is a folder, not a journal file</source>
        <translation>{path}: ffolder yw hwn, nid ffeil dyddlyfr</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({strerror})</source>
        <translation>{path}: ni ellir ei darllen ({strerror})</translation>
    </message>
    <message>
        <source>{path}: is not a regular file (a device, pipe or socket), so it is not a journal</source>
        <translation>{path}: nid ffeil gyffredin yw hon (dyfais, pibell neu soced), felly nid dyddlyfr mohoni</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>nid ffeil gyffredin</translation>
    </message>
    <message>
        <source>its -wal file cannot be read ({strerror})</source>
        <translation>nid oes modd darllen ei ffeil -wal ({strerror})</translation>
    </message>
    <message>
        <source>its -wal is not a regular file</source>
        <translation>nid ffeil gyffredin yw ei -wal</translation>
    </message>
    <message>
        <source>its -wal is not an SQLite write-ahead log</source>
        <translation>nid log ysgrifennu-ymlaen SQLite yw ei -wal</translation>
    </message>
    <message>
        <source>its -wal was written for a database with another page size</source>
        <translation>ysgrifennwyd ei -wal ar gyfer cronfa ddata â maint tudalen arall</translation>
    </message>
    <message>
        <source>its -wal belongs to another database</source>
        <translation>mae ei -wal yn perthyn i gronfa ddata arall</translation>
    </message>
    <message>
        <source>read with its -wal, the journal is damaged ({problem})</source>
        <translation>o&apos;i ddarllen gyda&apos;i -wal, mae&apos;r dyddlyfr wedi&apos;i ddifrodi ({problem})</translation>
    </message>
    <message>
        <source>it cannot be read with its -wal ({e})</source>
        <translation>nid oes modd ei ddarllen gyda&apos;i -wal ({e})</translation>
    </message>
    <message>
        <source>{name}: {problem}; it was set aside as {names} and the journal opened without it</source>
        <translation>{name}: {problem}; fe&apos;i symudwyd o&apos;r neilltu fel {names} ac agorwyd y dyddlyfr hebddo</translation>
    </message>
    <message>
        <source>{path}: not a Learning Journal file</source>
        <translation>{path}: nid ffeil Learning Journal</translation>
    </message>
    <message>
        <source>{path}: the journal file is damaged ({e})</source>
        <translation>{path}: mae ffeil y dyddlyfr wedi&apos;i difrodi ({e})</translation>
    </message>
    <message>
        <source>{path}: not a Learning Journal file (it belongs to another application)</source>
        <translation>{path}: nid ffeil Learning Journal (mae&apos;n perthyn i raglen arall)</translation>
    </message>
    <message>
        <source>{path}: written by a newer version of Learning Journal (format {version}; this version reads up to format {SCHEMA_VERSION}). Update the app to open it.</source>
        <translation>{path}: wedi&apos;i hysgrifennu gan fersiwn mwy newydd o Learning Journal (fformat {version}; mae&apos;r fersiwn hwn yn darllen hyd at fformat {SCHEMA_VERSION}). Diweddarwch yr ap i&apos;w hagor.</translation>
    </message>
    <message>
        <source>{path}: the journal file has no schema (format 0)</source>
        <translation>{path}: nid oes sgema gan ffeil y dyddlyfr (fformat 0)</translation>
    </message>
    <message>
        <source>{type} {name} is not as this format defines it</source>
        <translation>nid yw {type} {name} fel y mae&apos;r fformat hwn yn ei ddiffinio</translation>
    </message>
    <message>
        <source>{type} {name} is not part of a journal</source>
        <translation>nid yw {type} {name} yn rhan o ddyddlyfr</translation>
    </message>
    <message>
        <source>{type} {name} is missing</source>
        <translation>mae {type} {name} ar goll</translation>
    </message>
    <message>
        <source>format {version} is not one this app knows</source>
        <translation>nid yw&apos;r ap hwn yn adnabod fformat {version}</translation>
    </message>
    <message>
        <source>; and {more} more</source>
        <translation>; a {more} arall</translation>
    </message>
    <message>
        <source>the journal is damaged or altered: its structure is not that of a journal ({text}); nothing stored in it was run</source>
        <translation>mae&apos;r dyddlyfr wedi&apos;i ddifrodi neu ei newid: nid strwythur dyddlyfr sydd ganddo ({text}); ni redwyd dim a storiwyd ynddo</translation>
    </message>
    <message>
        <source>its schema cannot be read ({e})</source>
        <translation>ni ellir darllen ei sgema ({e})</translation>
    </message>
    <message>
        <source>its schema revision {revs} is not that of format {version}</source>
        <translation>nid adolygiad sgema fformat {version} yw {revs}</translation>
    </message>
    <message>
        <source>{name} could not be opened</source>
        <translation>ni ellid agor {name}</translation>
    </message>
    <message>
        <source>the disk it is on is read-only</source>
        <translation>mae&apos;r ddisg y mae arni i&apos;w darllen yn unig</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>mae&apos;r ffeil i&apos;w darllen yn unig</translation>
    </message>
    <message>
        <source>its folder is read-only</source>
        <translation>mae ei ffolder i&apos;w darllen yn unig</translation>
    </message>
    <message>
        <source>{path} was not written</source>
        <translation>ni ysgrifennwyd {path}</translation>
    </message>
    <message>
        <source>{path}: a file of that name already exists; choose another name</source>
        <translation>{path}: mae ffeil o&apos;r enw hwnnw&apos;n bodoli eisoes; dewiswch enw arall</translation>
    </message>
    <message>
        <source>{path} was not created</source>
        <translation>ni chrëwyd {path}</translation>
    </message>
    <message>
        <source>{path}: a file of that name already exists</source>
        <translation>{path}: mae ffeil o&apos;r enw hwnnw&apos;n bodoli eisoes</translation>
    </message>
</context>
<context>
    <name>delegates</name>
    <message>
        <source>{column} of “{row}”</source>
        <translation>{column} “{row}”</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>The disk is full: {what}. Free some space on it and try again.</source>
        <translation>Mae&apos;r ddisg yn llawn: {what}. Rhyddhewch ychydig o le arni a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The disk or the file is read-only: {what}.</source>
        <translation>Mae&apos;r ddisg neu&apos;r ffeil i&apos;w darllen yn unig: {what}.</translation>
    </message>
    <message>
        <source>The file has grown larger than this disk or computer allows: {what}.</source>
        <translation>Mae&apos;r ffeil wedi tyfu&apos;n fwy nag y mae&apos;r ddisg neu&apos;r cyfrifiadur hwn yn ei ganiatáu: {what}.</translation>
    </message>
    <message>
        <source>The disk could not be read or written (an input/output error): {what}. If it is a USB stick, check that it is still plugged in.</source>
        <translation>Ni ellid darllen na ysgrifennu ar y ddisg (gwall mewnbwn/allbwn): {what}. Os cof bach USB yw hi, gwiriwch ei bod wedi&apos;i chysylltu o hyd.</translation>
    </message>
    <message>
        <source>Permission was refused: {what}.</source>
        <translation>Gwrthodwyd caniatâd: {what}.</translation>
    </message>
</context>
<context>
    <name>evidence</name>
    <message>
        <source>no evidence item with id {evidence_id}</source>
        <translation>dim eitem dystiolaeth â&apos;r dynodydd {evidence_id}</translation>
    </message>
    <message>
        <source>evidence item {name!r} (id {id}) does not match its checksum</source>
        <translation>nid yw&apos;r eitem dystiolaeth {name!r} (id {id}) yn cyfateb i&apos;w siecswm</translation>
    </message>
    <message>
        <source>{source}: no such file to attach</source>
        <translation>{source}: nid oes ffeil o&apos;r fath i&apos;w hatodi</translation>
    </message>
    <message>
        <source>an evidence item needs a name</source>
        <translation>mae angen enw ar eitem dystiolaeth</translation>
    </message>
    <message>
        <source>adding the evidence file was cancelled</source>
        <translation>cafodd ychwanegu&apos;r ffeil dystiolaeth ei ganslo</translation>
    </message>
    <message>
        <source>evidence {name!r}: content does not match its checksum</source>
        <translation>tystiolaeth {name!r}: nid yw&apos;r cynnwys yn cyfateb i&apos;w siecswm</translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message>
        <source>{dest} is a folder; give a file name for the dump</source>
        <translation>Ffolder yw {dest}; rhowch enw ffeil ar gyfer y dymp</translation>
    </message>
    <message>
        <source>{parent}: no such folder to write the dump into</source>
        <translation>{parent}: nid oes ffolder o&apos;r fath i ysgrifennu&apos;r dymp ynddi</translation>
    </message>
    <message>
        <source>{source}: not a regular file, so not a journal dump</source>
        <translation>{source}: nid yw&apos;n ffeil arferol, felly nid yw&apos;n ddymp dyddlyfr</translation>
    </message>
    <message>
        <source>{source}: no such file</source>
        <translation>{source}: nid oes ffeil o&apos;r fath</translation>
    </message>
    <message>
        <source>{source}: not a journal dump (not valid JSON: {e})</source>
        <translation>{source}: nid dymp dyddlyfr (nid JSON dilys: {e})</translation>
    </message>
    <message>
        <source>{source}: not a journal dump (nested too deeply, or a number too long)</source>
        <translation>{source}: nid yw&apos;n ddymp dyddlyfr (wedi&apos;i nythu&apos;n rhy ddwfn, neu rif rhy hir)</translation>
    </message>
    <message>
        <source>{source}: cannot be read ({strerror})</source>
        <translation>{source}: ni ellir ei darllen ({strerror})</translation>
    </message>
    <message>
        <source>{source}: not a Learning Journal dump (no &quot;format&quot;: &quot;{DUMP_FORMAT}&quot;)</source>
        <translation>{source}: nid dymp Learning Journal (dim &quot;format&quot;: &quot;{DUMP_FORMAT}&quot;)</translation>
    </message>
    <message>
        <source>{source}: dump format {data_format_version} is newer than this app reads ({DUMP_VERSION})</source>
        <translation>{source}: mae fformat y dymp {data_format_version} yn fwy newydd na&apos;r hyn y mae&apos;r ap hwn yn ei ddarllen ({DUMP_VERSION})</translation>
    </message>
    <message>
        <source>{source}: invalid dump at {loc}: {err_msg}</source>
        <translation>{source}: dymp annilys yn {loc}: {err_msg}</translation>
    </message>
    <message>
        <source>{dest}: a file of that name already exists; choose another name</source>
        <translation>{dest}: mae ffeil o&apos;r enw hwnnw&apos;n bodoli eisoes; dewiswch enw arall</translation>
    </message>
    <message>
        <source>{source}: evidence {name!r} has invalid base64 content</source>
        <translation>{source}: mae gan dystiolaeth {name!r} gynnwys base64 annilys</translation>
    </message>
    <message>
        <source>{source}: invalid dump: some of its entries contradict each other</source>
        <translation>{source}: dymp annilys: mae rhai o&apos;i gofnodion yn gwrth-ddweud ei gilydd</translation>
    </message>
    <message>
        <source>{source}: the dump could not be loaded ({e})</source>
        <translation>{source}: nid oedd modd llwytho&apos;r dymp ({e})</translation>
    </message>
    <message>
        <source>{source}: the dump could not be loaded</source>
        <translation>{source}: nid oedd modd llwytho&apos;r dymp</translation>
    </message>
    <message>
        <source>{source}: invalid dump: {what} id {id} appears twice</source>
        <translation>{source}: dymp annilys: mae id {id} yn {what} yn ymddangos ddwywaith</translation>
    </message>
</context>
<context>
    <name>filetypes</name>
    <message>
        <source>PDF document</source>
        <translation>Dogfen PDF</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Delwedd PNG</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>Delwedd JPEG</translation>
    </message>
    <message>
        <source>GIF image</source>
        <translation>Delwedd GIF</translation>
    </message>
    <message>
        <source>SVG image</source>
        <translation>Delwedd SVG</translation>
    </message>
    <message>
        <source>WebP image</source>
        <translation>Delwedd WebP</translation>
    </message>
    <message>
        <source>HEIC photo</source>
        <translation>Llun HEIC</translation>
    </message>
    <message>
        <source>TIFF image</source>
        <translation>Delwedd TIFF</translation>
    </message>
    <message>
        <source>Text file</source>
        <translation>Ffeil destun</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV)</source>
        <translation>Taenlen (CSV)</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Tudalen we</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Dogfen Word</translation>
    </message>
    <message>
        <source>OpenDocument text</source>
        <translation>Testun OpenDocument</translation>
    </message>
    <message>
        <source>Rich text document</source>
        <translation>Dogfen testun cyfoethog</translation>
    </message>
    <message>
        <source>Excel spreadsheet</source>
        <translation>Taenlen Excel</translation>
    </message>
    <message>
        <source>OpenDocument spreadsheet</source>
        <translation>Taenlen OpenDocument</translation>
    </message>
    <message>
        <source>PowerPoint presentation</source>
        <translation>Cyflwyniad PowerPoint</translation>
    </message>
    <message>
        <source>OpenDocument presentation</source>
        <translation>Cyflwyniad OpenDocument</translation>
    </message>
    <message>
        <source>ZIP archive</source>
        <translation>Archif ZIP</translation>
    </message>
    <message>
        <source>MP3 audio</source>
        <translation>Sain MP3</translation>
    </message>
    <message>
        <source>WAV audio</source>
        <translation>Sain WAV</translation>
    </message>
    <message>
        <source>MP4 video</source>
        <translation>Fideo MP4</translation>
    </message>
    <message>
        <source>QuickTime video</source>
        <translation>Fideo QuickTime</translation>
    </message>
    <message>
        <source>Email message</source>
        <translation>Neges e-bost</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Delwedd</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Sain</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Fideo</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Ffeil</translation>
    </message>
</context>
<context>
    <name>framework_text</name>
    <message>
        <source>&lt;h3&gt;{label}&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Principle:&lt;/b&gt; {principle}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Stage descriptors:&lt;/b&gt; {descriptors}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Professional knowledge &amp;amp; understanding:&lt;/b&gt; {knowledge}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Types of evidence:&lt;/b&gt; {evidence}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{label}&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Egwyddor:&lt;/b&gt; {principle}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Disgrifyddion y cam:&lt;/b&gt; {descriptors}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Gwybodaeth a dealltwriaeth broffesiynol:&lt;/b&gt; {knowledge}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Mathau o dystiolaeth:&lt;/b&gt; {evidence}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;table border=&apos;1&apos; cellpadding=&apos;4&apos; cellspacing=&apos;0&apos;&gt;&lt;tr&gt;&lt;th&gt;Performance criteria&lt;/th&gt;&lt;th&gt;{evidenced_by_label}&lt;/th&gt;&lt;th&gt;{codes_heading}&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;table border=&apos;1&apos; cellpadding=&apos;4&apos; cellspacing=&apos;0&apos;&gt;&lt;tr&gt;&lt;th&gt;Meini prawf perfformiad&lt;/th&gt;&lt;th&gt;{evidenced_by_label}&lt;/th&gt;&lt;th&gt;{codes_heading}&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Principles&lt;/h2&gt;&lt;p&gt;{principles_intro}&lt;/p&gt;&lt;ol&gt;</source>
        <translation>&lt;h2&gt;Egwyddorion&lt;/h2&gt;&lt;p&gt;{principles_intro}&lt;/p&gt;&lt;ol&gt;</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Pam?</translation>
    </message>
    <message>
        <source>Who?</source>
        <translation>Pwy?</translation>
    </message>
    <message>
        <source>&lt;h3&gt;What?&lt;/h3&gt;&lt;p&gt;{what_intro}&lt;/p&gt;&lt;ol&gt;</source>
        <translation>&lt;h3&gt;Beth?&lt;/h3&gt;&lt;p&gt;{what_intro}&lt;/p&gt;&lt;ol&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Where?&lt;/h3&gt;&lt;p&gt;{where}&lt;/p&gt;&lt;h3&gt;When?&lt;/h3&gt;&lt;p&gt;{when}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ble?&lt;/h3&gt;&lt;p&gt;{where}&lt;/p&gt;&lt;h3&gt;Pryd?&lt;/h3&gt;&lt;p&gt;{when}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Stages and dimensions&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Camau a dimensiynau&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Stage {number}: {title}&lt;/h3&gt;&lt;ul&gt;</source>
        <translation>&lt;h3&gt;Cam {number}: {title}&lt;/h3&gt;&lt;ul&gt;</translation>
    </message>
</context>
<context>
    <name>frameworks</name>
    <message>
        <source>nested more than {limit} levels deep</source>
        <translation>wedi&apos;i nythu&apos;n ddyfnach na {limit} lefel</translation>
    </message>
    <message>
        <source>more than {limit} values (YAML aliases counted each time they are used)</source>
        <translation>mwy na {limit} o werthoedd (gan gyfrif arallenwau YAML bob tro y&apos;u defnyddir)</translation>
    </message>
    <message>
        <source>{path}: a link, not a regular file; not read as a framework</source>
        <translation>{path}: dolen, nid ffeil gyffredin; heb ei darllen fel fframwaith</translation>
    </message>
    <message>
        <source>{path}: not a regular file; not read as a framework</source>
        <translation>{path}: nid ffeil gyffredin; heb ei darllen fel fframwaith</translation>
    </message>
    <message>
        <source>{path}: larger than {limit} MB; not read as a framework</source>
        <translation>{path}: mwy na {limit} MB; heb ei darllen fel fframwaith</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(lefel uchaf)</translation>
    </message>
    <message>
        <source>{path}: {reason}; not read as a framework</source>
        <translation>{path}: {reason}; heb ei darllen fel fframwaith</translation>
    </message>
    <message>
        <source>{path}: no such framework file</source>
        <translation>{path}: nid oes ffeil fframwaith o&apos;r fath</translation>
    </message>
    <message>
        <source>{path}: not UTF-8 text ({reason} at byte {start})</source>
        <translation>{path}: nid testun UTF-8 ({reason} ym meit {start})</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({strerror})</source>
        <translation>{path}: ni ellir ei darllen ({strerror})</translation>
    </message>
    <message>
        <source>{path}, line {lineno}: not valid JSON ({msg})</source>
        <translation>{path}, llinell {lineno}: nid JSON dilys ({msg})</translation>
    </message>
    <message>
        <source>, line {line_1}, column {column_1}</source>
        <translation>, llinell {line_1}, colofn {column_1}</translation>
    </message>
    <message>
        <source>{path}{where}: not valid YAML ({context})</source>
        <translation>{path}{where}: nid YAML dilys ({context})</translation>
    </message>
    <message>
        <source>{path}: not valid YAML ({e})</source>
        <translation>{path}: nid YAML dilys ({e})</translation>
    </message>
    <message>
        <source>{origin}: a framework file must hold a mapping of fields at the top level</source>
        <translation>{origin}: rhaid i ffeil fframwaith gynnwys mapiad o feysydd ar y lefel uchaf</translation>
    </message>
    <message>
        <source>, line {line}</source>
        <translation>, llinell {line}</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more problem(s))</source>
        <translation>
            <numerusform> (a %n problem arall)</numerusform>
            <numerusform> (a %n problem arall)</numerusform>
            <numerusform> (a %n problem arall)</numerusform>
            <numerusform> (a %n problem arall)</numerusform>
            <numerusform> (a %n problem arall)</numerusform>
        </translation>
    </message>
    <message>
        <source>{origin}{where}, at {format_loc}: {msg}{more}</source>
        <translation>{origin}{where}, yn {format_loc}: {msg}{more}</translation>
    </message>
    <message>
        <source>{path}: a framework file must hold a mapping of fields at the top level</source>
        <translation>{path}: rhaid i ffeil fframwaith gynnwys mapiad o feysydd ar y lefel uchaf</translation>
    </message>
    <message>
        <source>{path}: based_on names {base_id!r}, which is not an available framework</source>
        <translation>{path}: mae based_on yn enwi {base_id!r}, nad yw&apos;n fframwaith sydd ar gael</translation>
    </message>
    <message>
        <source>{folder}: cannot be read ({strerror})</source>
        <translation>{folder}: nid oes modd ei darllen ({strerror})</translation>
    </message>
    <message>
        <source>{p}: based_on names {data_based_on!r}, which is not an available framework</source>
        <translation>{p}: mae based_on yn enwi {data_based_on!r}, nad yw&apos;n fframwaith sydd ar gael</translation>
    </message>
    <message>
        <source>{p}: framework id {id!r} is already defined by {id2}</source>
        <translation>{p}: mae dynodydd fframwaith {id!r} wedi&apos;i ddiffinio eisoes gan {id2}</translation>
    </message>
    <message>
        <source>unknown framework {framework_id!r} (available: {known})</source>
        <translation>fframwaith anhysbys {framework_id!r} (ar gael: {known})</translation>
    </message>
    <message>
        <source>unknown stage {stage!r} (this journal&apos;s stages: {known})</source>
        <extracomment>Welsh wording of this item&apos;s text fields, by field name (a string, or a list of strings for a list field, item for item). Shown when the app speaks Welsh; English otherwise.</extracomment>
        <translation>cam anhysbys {stage!r} (camau&apos;r dyddlyfr hwn: {known})</translation>
    </message>
    <message>
        <source>Reflection</source>
        <extracomment>Fields that hold identifiers, codes or references rather than words to translate. Models whose lists are Professional Standards codes.</extracomment>
        <translation>Myfyrdod</translation>
    </message>
    <message>
        <source>Targets for Further Development</source>
        <translation>Targedau ar gyfer Datblygu Pellach</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Dilysu</translation>
    </message>
    <message>
        <source>Reflection and Verification including Development Targets</source>
        <translation>Myfyrio a Dilysu gan gynnwys Targedau Datblygu</translation>
    </message>
    <message>
        <source>Professional Standards</source>
        <translation>Safonau Proffesiynol</translation>
    </message>
    <message>
        <source>Evidenced by</source>
        <translation>Tystiolaeth drwy</translation>
    </message>
    <message>
        <source>Not translated: this framework&apos;s text is in English.</source>
        <translation>Heb ei gyfieithu: mae testun y fframwaith hwn yn Saesneg.</translation>
    </message>
    <message>
        <source>Partly translated: some of this framework&apos;s text is in English.</source>
        <translation>Wedi&apos;i gyfieithu&apos;n rhannol: mae peth o destun y fframwaith hwn yn Saesneg.</translation>
    </message>
    <message>
        <source>{text!r} names more than one verifier role of stage {stage_id!r}; give its id (roles: {roles})</source>
        <translation>mae {text!r} yn enwi mwy nag un rôl dilysydd yng ngham {stage_id!r}; rhowch ei id (rolau: {roles})</translation>
    </message>
    <message>
        <source>stage {stage_id!r} has no verifier role {text!r} (roles: {roles})</source>
        <translation>nid oes gan gam {stage_id!r} rôl dilysydd {text!r} (rolau: {roles})</translation>
    </message>
</context>
<context>
    <name>journal</name>
    <message>
        <source>the journal needs its owner&apos;s name</source>
        <translation>mae angen enw perchennog y dyddlyfr</translation>
    </message>
    <message>
        <source>framework {id!r} has no stages to keep a journal of</source>
        <translation>nid oes gan fframwaith {id!r} gamau i gadw dyddlyfr ohonynt</translation>
    </message>
    <message>
        <source>{path}: this journal is read-only ({reason}) and in an older format ({version}); copy it to a folder you can write to and open the copy, which upgrades it</source>
        <translation>{path}: mae&apos;r dyddlyfr hwn i&apos;w ddarllen yn unig ({reason}) ac mewn fformat hŷn ({version}); copïwch ef i ffolder y gallwch ysgrifennu ynddi ac agorwch y copi, a fydd yn ei uwchraddio</translation>
    </message>
    <message>
        <source>This journal is read-only ({reason}); opened for reading only.</source>
        <translation>Mae&apos;r dyddlyfr hwn i&apos;w ddarllen yn unig ({reason}); fe&apos;i agorwyd i&apos;w ddarllen yn unig.</translation>
    </message>
    <message>
        <source>{path}: the journal is damaged ({problem})</source>
        <translation>{path}: mae&apos;r dyddlyfr wedi&apos;i ddifrodi ({problem})</translation>
    </message>
    <message>
        <source>{path}: this journal is in an older format ({version}) and must be opened for writing once to be upgraded</source>
        <translation>{path}: mae&apos;r dyddlyfr hwn mewn fformat hŷn ({version}) a rhaid ei agor i ysgrifennu ynddo unwaith er mwyn ei uwchraddio</translation>
    </message>
    <message>
        <source>{path}: could not be upgraded from format {version} ({name}); the file is unchanged</source>
        <translation>{path}: nid oedd modd ei uwchraddio o fformat {version} ({name}); nid yw&apos;r ffeil wedi newid</translation>
    </message>
    <message>
        <source>{path}: the journal has no owner details (damaged)</source>
        <translation>{path}: nid oes manylion perchennog yn y dyddlyfr (wedi&apos;i ddifrodi)</translation>
    </message>
    <message>
        <source>{path}: the journal&apos;s framework snapshot is invalid ({error_count} problems)</source>
        <translation>{path}: mae ciplun fframwaith y dyddlyfr yn annilys ({error_count} problem)</translation>
    </message>
    <message>
        <source>{name} could not be opened</source>
        <translation>ni ellid agor {name}</translation>
    </message>
    <message>
        <source>{path}: the journal is damaged and cannot be read ({reason})</source>
        <translation>{path}: mae&apos;r dyddlyfr wedi&apos;i ddifrodi ac ni ellir ei ddarllen ({reason})</translation>
    </message>
    <message>
        <source>{path}: the journal cannot be read ({name})</source>
        <translation>{path}: ni ellir darllen y dyddlyfr ({name})</translation>
    </message>
    <message>
        <source>{name}: {problem}; the journal was read without it</source>
        <translation>{name}: {problem}; darllenwyd y dyddlyfr hebddo</translation>
    </message>
    <message>
        <source>{path}: {problem}, and it could not be set aside ({strerror})</source>
        <translation>{path}: {problem}, ac nid oedd modd ei symud o&apos;r neilltu ({strerror})</translation>
    </message>
    <message>
        <source>{name} could not be read or written</source>
        <translation>ni ellid darllen nac ysgrifennu {name}</translation>
    </message>
    <message>
        <source>{name} could not be read or written ({orig})</source>
        <translation>nid oedd modd darllen nac ysgrifennu {name} ({orig})</translation>
    </message>
    <message>
        <source>{path}: the journal is damaged ({orig}); restore a backup</source>
        <translation>{path}: mae&apos;r dyddlyfr wedi&apos;i ddifrodi ({orig}); adferwch gopi wrth gefn</translation>
    </message>
    <message>
        <source>This journal is read-only ({reason}): changes cannot be saved.</source>
        <translation>Mae&apos;r dyddlyfr hwn i&apos;w ddarllen yn unig ({reason}): ni ellir cadw newidiadau.</translation>
    </message>
    <message>
        <source>{name} is open read-only; changes cannot be saved</source>
        <translation>mae {name} ar agor i&apos;w ddarllen yn unig; ni ellir cadw newidiadau</translation>
    </message>
    <message>
        <source>this is a review copy of {owner}&apos;s journal: the teacher&apos;s own content cannot be changed here, only comments and sign-offs added</source>
        <translation>copi adolygu o ddyddlyfr {owner} yw hwn: ni ellir newid cynnwys yr athro ei hun yma, dim ond ychwanegu sylwadau a llofnodion</translation>
    </message>
    <message>
        <source>the journal file is no longer at {path} (was a USB stick removed, or the file moved?)</source>
        <translation>nid yw ffeil y dyddlyfr yn {path} bellach (a dynnwyd cof bach USB allan, neu a symudwyd y ffeil?)</translation>
    </message>
    <message>
        <source>the journal file at {path} was replaced by another program while it was open; the change was not saved</source>
        <translation>disodlwyd ffeil y dyddlyfr yn {path} gan raglen arall tra oedd ar agor; ni chadwyd y newid</translation>
    </message>
    <message>
        <source>the change was not saved to {name}</source>
        <translation>ni chadwyd y newid yn {name}</translation>
    </message>
    <message>
        <source>stage {stage_id!r} has no criterion {criterion_id!r}</source>
        <translation>nid oes gan gam {stage_id!r} faen prawf {criterion_id!r}</translation>
    </message>
    <message>
        <source>unknown state {state!r} (one of: {join})</source>
        <translation>cyflwr anhysbys {state!r} (un o: {join})</translation>
    </message>
    <message>
        <source>a date achieved can only be set on an achieved criterion</source>
        <translation>dim ond ar faen prawf a gyflawnwyd y gellir rhoi dyddiad cyflawni</translation>
    </message>
    <message>
        <source>stage {stage_id!r} has no checklist {checklist_id!r}</source>
        <translation>nid oes gan gam {stage_id!r} restr wirio {checklist_id!r}</translation>
    </message>
    <message>
        <source>checklist {checklist_id!r} has no item {item_id!r}</source>
        <translation>nid oes gan restr wirio {checklist_id!r} eitem {item_id!r}</translation>
    </message>
    <message>
        <source>no target with id {target_id}</source>
        <translation>dim targed â&apos;r dynodydd {target_id}</translation>
    </message>
    <message>
        <source>a target needs some text</source>
        <translation>mae angen rhywfaint o destun ar darged</translation>
    </message>
    <message>
        <source>targets have no such field: {join}</source>
        <translation>nid oes gan dargedau faes o&apos;r fath: {join}</translation>
    </message>
    <message>
        <source>unknown target status {fields_status!r} (one of: {join})</source>
        <translation>statws targed anhysbys {fields_status!r} (un o: {join})</translation>
    </message>
    <message>
        <source>stage {stage_id!r} has no verifier role {role_id!r} (roles: {roles})</source>
        <translation>nid oes gan gam {stage_id!r} rôl dilysydd {role_id!r} (rolau: {roles})</translation>
    </message>
    <message>
        <source>unknown verification state {state!r} (one of: {join})</source>
        <translation>cyflwr dilysu anhysbys {state!r} (un o: {join})</translation>
    </message>
</context>
<context>
    <name>journey</name>
    <message>
        <source>Action</source>
        <translation>Cam gweithredu</translation>
    </message>
    <message>
        <source>Review point</source>
        <translation>Pwynt adolygu</translation>
    </message>
    <message>
        <source>Addressed</source>
        <extracomment>A dimension&apos;s status as the window and sheets say it (translated when read).</extracomment>
        <translation>Wedi&apos;i drafod</translation>
    </message>
    <message>
        <source>Still thin</source>
        <translation>Yn dal yn denau</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Heb ddechrau</translation>
    </message>
    <message>
        <source>framework {id!r} has no TLA stages and dimensions</source>
        <translation>nid oes gan fframwaith {id!r} gamau a dimensiynau TLA</translation>
    </message>
    <message>
        <source>this journal already has a learning journey</source>
        <translation>mae gan y dyddlyfr hwn daith ddysgu eisoes</translation>
    </message>
    <message>
        <source>there is no TLA stage {tla_stage} (1 to {tla_stages})</source>
        <translation>nid oes cam TLA {tla_stage} (1 i {tla_stages})</translation>
    </message>
    <message>
        <source>this journal has no learning journey yet: start one first</source>
        <translation>nid oes gan y dyddlyfr hwn daith ddysgu eto: dechreuwch un yn gyntaf</translation>
    </message>
    <message>
        <source>Stage 4 asks for more than one learning breakthrough.</source>
        <translation>Mae cam 4 yn gofyn am fwy nag un achos o dorri tir newydd yn y dysgu.</translation>
    </message>
    <message>
        <source>Stage {tla_stage} asks for an account of a learning breakthrough.</source>
        <translation>Mae cam {tla_stage} yn gofyn am ddisgrifiad o achos o dorri tir newydd yn y dysgu.</translation>
    </message>
    <message>
        <source>Still thin: {dimensions}.</source>
        <translation>Yn dal yn denau: {dimensions}.</translation>
    </message>
    <message>
        <source> (due {date})</source>
        <translation> (erbyn {date})</translation>
    </message>
    <message>
        <source>{lower} “{text}”{due}</source>
        <translation>{lower} “{text}”{due}</translation>
    </message>
    <message>
        <source>unknown plan item {kind!r} (one of: {join})</source>
        <translation>eitem cynllun anhysbys {kind!r} (un o: {join})</translation>
    </message>
    <message>
        <source>a plan item needs some text</source>
        <translation>mae angen rhywfaint o destun ar eitem yn y cynllun</translation>
    </message>
    <message>
        <source>Added {item}</source>
        <translation>Ychwanegwyd {item}</translation>
    </message>
    <message>
        <source>say why the plan changed: the TLA asks for changes to the plan to be explained</source>
        <translation>dywedwch pam y newidiodd y cynllun: mae&apos;r TLA yn gofyn i newidiadau i&apos;r cynllun gael eu hesbonio</translation>
    </message>
    <message>
        <source>no plan item {item_id}</source>
        <translation>dim eitem {item_id} yn y cynllun</translation>
    </message>
    <message>
        <source> — done</source>
        <translation> — wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>Changed {before} to {after}</source>
        <translation>Newidiwyd {before} i {after}</translation>
    </message>
    <message>
        <source>Removed {item}</source>
        <translation>Tynnwyd {item}</translation>
    </message>
    <message>
        <source>no TLA dimension {dimension_id!r}</source>
        <translation>dim dimensiwn TLA {dimension_id!r}</translation>
    </message>
    <message>
        <source>a dimension can be linked to evidence or a conversation, not {kind!r}</source>
        <translation>gellir cysylltu dimensiwn â thystiolaeth neu sgwrs, nid {kind!r}</translation>
    </message>
    <message>
        <source>say what changed: that is the breakthrough</source>
        <translation>dywedwch beth a newidiodd: dyna&apos;r tir newydd a dorrwyd</translation>
    </message>
    <message>
        <source>no breakthrough {breakthrough_id}</source>
        <translation>dim achos o dorri tir newydd {breakthrough_id}</translation>
    </message>
</context>
<context>
    <name>journey_page</name>
    <message>
        <source>addressed</source>
        <translation>wedi&apos;i drafod</translation>
    </message>
    <message>
        <source>still thin</source>
        <translation>yn dal yn denau</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>heb ddechrau</translation>
    </message>
</context>
<context>
    <name>layout</name>
    <message>
        <source>Printed {fmt_date}</source>
        <translation>Argraffwyd {fmt_date}</translation>
    </message>
    <message>
        <source>Page {pageNumber} of {total}</source>
        <translation>Tudalen {pageNumber} o {total}</translation>
    </message>
</context>
<context>
    <name>lock</name>
    <message>
        <source>another computer</source>
        <translation>cyfrifiadur arall</translation>
    </message>
    <message>
        <source>{who} on {host} (process {pid}, since {since})</source>
        <translation>{who} ar {host} (proses {pid}, ers {since})</translation>
    </message>
    <message>
        <source>{who} on {host} (process {pid})</source>
        <translation>{who} ar {host} (proses {pid})</translation>
    </message>
    <message>
        <source>{name} is already open for writing elsewhere. You can open it read-only.</source>
        <translation>Mae {name} ar agor eisoes i ysgrifennu ynddo yn rhywle arall. Gallwch ei agor i&apos;w ddarllen yn unig.</translation>
    </message>
    <message>
        <source>{name} is not a plain file; it cannot be opened for writing</source>
        <translation>Nid ffeil gyffredin yw {name}; ni ellir ei agor i ysgrifennu ynddo</translation>
    </message>
    <message>
        <source>{name} cannot be opened for writing ({strerror})</source>
        <translation>ni ellir agor {name} i ysgrifennu ynddo ({strerror})</translation>
    </message>
    <message>
        <source>{name} cannot be opened for writing: its folder is not writable ({strerror})</source>
        <translation>ni ellir agor {name} i ysgrifennu ynddo: ni ellir ysgrifennu yn ei ffolder ({strerror})</translation>
    </message>
    <message>
        <source>{name} is already open for writing by {describe}. You can open it read-only.</source>
        <translation>Mae {name} ar agor eisoes i ysgrifennu ynddo gan {describe}. Gallwch ei agor i&apos;w ddarllen yn unig.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
</context>
<context>
    <name>models</name>
    <message>
        <source>Not started</source>
        <translation>Heb ddechrau</translation>
    </message>
    <message>
        <source>Begun</source>
        <translation>Wedi dechrau</translation>
    </message>
    <message>
        <source>Partly evidenced</source>
        <translation>Tystiolaeth rannol</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Wedi’i gyflawni</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ar agor</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Wedi&apos;i roi heibio</translation>
    </message>
    <message>
        <source>Induction</source>
        <translation>Sefydlu</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Priodoleddau</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Gwybodaeth</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Sgiliau</translation>
    </message>
</context>
<context>
    <name>new_journal_dialog</name>
    <message>
        <source>School-based tutor</source>
        <translation>Tiwtor ysgol</translation>
    </message>
    <message>
        <source>Professional mentor</source>
        <translation>Mentor proffesiynol</translation>
    </message>
    <message>
        <source>ITT coordinator</source>
        <translation>Cydlynydd hyfforddiant cychwynnol athrawon</translation>
    </message>
    <message>
        <source>Newly qualified teacher</source>
        <translation>Athro newydd gymhwyso</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Arall</translation>
    </message>
    <message>
        <source>My learning journal.ljournal</source>
        <translation>Fy nyddlyfr dysgu.ljournal</translation>
    </message>
    <message>
        <source>{owner} learning journal.ljournal</source>
        <translation>Dyddlyfr dysgu {owner}.ljournal</translation>
    </message>
</context>
<context>
    <name>overview_page</name>
    <message>
        <source>Not yet requested</source>
        <translation>Heb ofyn eto</translation>
    </message>
    <message>
        <source>Awaiting</source>
        <translation>Yn aros</translation>
    </message>
    <message>
        <source>Partly verified</source>
        <translation>Wedi&apos;i ddilysu&apos;n rhannol</translation>
    </message>
    <message>
        <source>Verified ✓</source>
        <translation>Wedi&apos;i ddilysu ✓</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>{owner} – {what}.pdf</source>
        <translation>{owner} – {what}.pdf</translation>
    </message>
    <message>
        <source>PDF not written</source>
        <translation>Ni ysgrifennwyd y PDF</translation>
    </message>
    <message>
        <source>Choose another folder or file name and try again.</source>
        <translation>Dewiswch ffolder neu enw ffeil arall a rhoi cynnig arall arni.</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Allforio PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PDF saved as {path}</source>
        <translation>Cadwyd y PDF fel {path}</translation>
    </message>
    <message>
        <source>PDF not opened</source>
        <translation>Heb agor y PDF</translation>
    </message>
    <message>
        <source>The PDF was saved as {path}, but no program on this computer could open it. Open it from its folder with a PDF reader.</source>
        <translation>Cafodd y PDF ei gadw fel {path}, ond nid oedd unrhyw raglen ar y cyfrifiadur hwn yn gallu ei agor. Agorwch ef o&apos;i ffolder gyda darllenydd PDF.</translation>
    </message>
    <message>
        <source>the printer could not be started</source>
        <translation>nid oedd modd cychwyn yr argraffydd</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Heb ei argraffu</translation>
    </message>
    <message>
        <source>Check the printer and try again.</source>
        <translation>Gwiriwch yr argraffydd a rhoi cynnig arall arni.</translation>
    </message>
    <message>
        <source>{dest} is a folder; give a file name for the PDF</source>
        <translation>ffolder yw {dest}; rhowch enw ffeil ar gyfer y PDF</translation>
    </message>
    <message>
        <source>Printed to the file {path}</source>
        <translation>Argraffwyd i&apos;r ffeil {path}</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>Reflection and verification sheet</source>
        <translation>Taflen myfyrio a dilysu</translation>
    </message>
    <message>
        <source>Criteria record</source>
        <translation>Cofnod meini prawf</translation>
    </message>
    <message>
        <source>Whole journal</source>
        <translation>Y dyddlyfr cyfan</translation>
    </message>
    <message>
        <source>Blank sheets</source>
        <translation>Taflenni gwag</translation>
    </message>
    <message>
        <source>Blank reflection and verification sheet</source>
        <translation>Taflen myfyrio a dilysu wag</translation>
    </message>
    <message>
        <source>Blank criteria record</source>
        <translation>Cofnod meini prawf gwag</translation>
    </message>
    <message>
        <source>Learning journey (TLA summary)</source>
        <translation>Taith ddysgu (crynodeb TLA)</translation>
    </message>
    <message>
        <source>unknown sheet {sheet!r} (one of: {join})</source>
        <translation>taflen anhysbys {sheet!r} (un o: {join})</translation>
    </message>
    <message>
        <source>unknown page size {page_size!r} (a4 or letter)</source>
        <translation>maint tudalen anhysbys {page_size!r} (a4 neu letter)</translation>
    </message>
    <message>
        <source>{dest} is a folder; give a file name for the PDF</source>
        <translation>ffolder yw {dest}; rhowch enw ffeil ar gyfer y PDF</translation>
    </message>
    <message>
        <source>{parent}: no such folder to write the PDF into</source>
        <translation>{parent}: nid oes ffolder o&apos;r fath i ysgrifennu&apos;r PDF ynddi</translation>
    </message>
    <message>
        <source>{dest}: the PDF cannot be written ({strerror_or_e})</source>
        <translation>{dest}: ni ellir ysgrifennu&apos;r PDF ({strerror_or_e})</translation>
    </message>
    <message>
        <source>{owner} – {label} – {SHEET_TITLES_sheet}</source>
        <translation>{owner} – {label} – {SHEET_TITLES_sheet}</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Cynnwys</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Targedau</translation>
    </message>
    <message>
        <source>Targets for Further Development: all stages</source>
        <translation>Targedau ar gyfer Datblygu Pellach: pob cam</translation>
    </message>
    <message>
        <source>End of the journal printed {long_date}.</source>
        <translation>Diwedd y dyddlyfr a argraffwyd {long_date}.</translation>
    </message>
</context>
<context>
    <name>review</name>
    <message>
        <source>Review copy of {owner}&apos;s journal, exported {date}</source>
        <translation>Copi adolygu o ddyddlyfr {owner}, a allforiwyd {date}</translation>
    </message>
    <message>
        <source>this is the teacher&apos;s journal, not a review copy: sign-offs are made in a review copy (File → Send to mentor…)</source>
        <translation>dyddlyfr yr athro yw hwn, nid copi adolygu: gwneir llofnodion mewn copi adolygu (Ffeil → Anfon at y mentor…)</translation>
    </message>
    <message>
        <source>stage {stage_id!r} is not in this review copy (it holds: {stages})</source>
        <translation>nid yw cam {stage_id!r} yn y copi adolygu hwn (mae&apos;n cynnwys: {stages})</translation>
    </message>
    <message>
        <source>stage {stage_id!r} has no verifier role {role_id!r} (roles: {roles})</source>
        <translation>nid oes gan gam {stage_id!r} rôl dilysydd {role_id!r} (rolau: {roles})</translation>
    </message>
    <message>
        <source>a comment needs the reviewer&apos;s name</source>
        <translation>mae angen enw&apos;r adolygydd ar sylw</translation>
    </message>
    <message>
        <source>a sign-off needs the verifier&apos;s name</source>
        <translation>mae angen enw&apos;r dilysydd ar lofnod</translation>
    </message>
    <message>
        <source>say why the stage is not yet verified (--comment)</source>
        <translation>dywedwch pam nad yw&apos;r cam wedi&apos;i ddilysu eto (--comment)</translation>
    </message>
    <message>
        <source>this journal&apos;s record of export {export_id} is damaged</source>
        <translation>mae cofnod y dyddlyfr hwn o allforio {export_id} wedi&apos;i ddifrodi</translation>
    </message>
    <message>
        <source>this review was already imported; nothing changed</source>
        <translation>mewnforiwyd yr adolygiad hwn eisoes; ni newidiodd dim</translation>
    </message>
    <message>
        <source>not yet verified on {date} by {name}</source>
        <translation>nodwyd nad yw wedi&apos;i ddilysu eto ar {date} gan {name}</translation>
    </message>
    <message>
        <source>changed since verified on {date} by {name}</source>
        <translation>newid ers iddo gael ei ddilysu ar {date} gan {name}</translation>
    </message>
    <message>
        <source>verified on {date} by {name}</source>
        <translation>dilyswyd ar {date} gan {name}</translation>
    </message>
    <message>
        <source>this is already a review copy; send the teacher&apos;s own journal</source>
        <translation>copi adolygu yw hwn eisoes; anfonwch ddyddlyfr yr athro ei hun</translation>
    </message>
    <message>
        <source>{dest}: a file of that name already exists; choose another name</source>
        <translation>{dest}: mae ffeil o&apos;r enw hwnnw&apos;n bodoli eisoes; dewiswch enw arall</translation>
    </message>
    <message>
        <source>{parent}: no such folder</source>
        <translation>{parent}: nid oes ffolder o&apos;r fath</translation>
    </message>
    <message>
        <source>{name} is open read-only: it cannot record the review copy, so the review could not be imported back; open it for writing to send it</source>
        <translation>mae {name} ar agor i&apos;w ddarllen yn unig: ni all gofnodi&apos;r copi adolygu, felly ni ellid mewnforio&apos;r adolygiad yn ôl; agorwch ef i ysgrifennu ato i&apos;w anfon</translation>
    </message>
    <message>
        <source>{owner} – reviewed by {reviewer_or_mentor} – {when:%Y-%m-%d}.ljournal</source>
        <translation>{owner} – adolygwyd gan {reviewer_or_mentor} – {when:%Y-%m-%d}.ljournal</translation>
    </message>
    <message>
        <source>{reviewed}: no such file</source>
        <translation>{reviewed}: nid oes ffeil o&apos;r fath</translation>
    </message>
    <message>
        <source>{reviewed}: cannot be read ({strerror})</source>
        <translation>{reviewed}: ni ellir ei darllen ({strerror})</translation>
    </message>
    <message>
        <source>{name} is not a returned review: {split}</source>
        <translation>nid adolygiad a ddychwelwyd yw {name}: {split}</translation>
    </message>
    <message>
        <source>{name} is damaged ({join}); ask for it to be sent again</source>
        <translation>mae {name} wedi&apos;i ddifrodi ({join}); gofynnwch iddo gael ei anfon eto</translation>
    </message>
    <message>
        <source>{name} is damaged (broken references); ask for it to be sent again</source>
        <translation>mae {name} wedi&apos;i ddifrodi (cyfeiriadau wedi torri); gofynnwch iddo gael ei anfon eto</translation>
    </message>
    <message>
        <source>{name} has parts this app never makes ({join}); it was not imported</source>
        <translation>mae gan {name} rannau nad yw&apos;r ap hwn byth yn eu gwneud ({join}); ni chafodd ei fewnforio</translation>
    </message>
    <message>
        <source>{name}: {problems_0}; it was not imported</source>
        <translation>{name}: {problems_0}; ni chafodd ei fewnforio</translation>
    </message>
    <message>
        <source>{name} is damaged ({e}); ask for it to be sent again</source>
        <translation>mae {name} wedi&apos;i ddifrodi ({e}); gofynnwch iddo gael ei anfon eto</translation>
    </message>
    <message>
        <source>{name} is damaged (the value of {what} is not valid); ask for it to be sent again</source>
        <translation>mae {name} wedi&apos;i ddifrodi (nid yw gwerth {what} yn ddilys); gofynnwch iddo gael ei anfon eto</translation>
    </message>
    <message>
        <source>{name}: a text in it is longer than {limit} characters ({what}); it was not imported</source>
        <translation>{name}: mae testun ynddo yn hwy na {limit} nod ({what}); ni chafodd ei fewnforio</translation>
    </message>
    <message>
        <source>{stage}: the sign-off by {name} does not match the content in the returned file: it will show as changed since verified</source>
        <translation>{stage}: nid yw llofnod {name} yn cyfateb i&apos;r cynnwys yn y ffeil a ddychwelwyd: bydd yn dangos fel wedi newid ers ei ddilysu</translation>
    </message>
    <message>
        <source>{stage}: your content has changed since {name} signed it: the sign-off will show as changed since verified; ask for it to be verified again if the change matters</source>
        <translation>{stage}: mae eich cynnwys wedi newid ers i {name} ei lofnodi: bydd y llofnod yn dangos fel wedi newid ers ei ddilysu; gofynnwch iddo gael ei ddilysu eto os yw&apos;r newid yn bwysig</translation>
    </message>
    <message>
        <source>{stage}: what you typed for {role} stays; {name}&apos;s sign-off is recorded beside it</source>
        <translation>{stage}: mae&apos;r hyn a deipiwyd gennych ar gyfer {role} yn aros; cofnodir llofnod {name} wrth ei ochr</translation>
    </message>
    <message>
        <source>this is a review copy; import the review into the teacher&apos;s own journal</source>
        <translation>copi adolygu yw hwn; mewnforiwch yr adolygiad i ddyddlyfr yr athro ei hun</translation>
    </message>
    <message>
        <source>{name} is a journal, not a review copy</source>
        <translation>dyddlyfr yw {name}, nid copi adolygu</translation>
    </message>
    <message>
        <source>Review of {owner}&apos;s journal from {name}, reviewed by {reviewer}.</source>
        <translation>Adolygiad o ddyddlyfr {owner} o {name}, wedi&apos;i adolygu gan {reviewer}.</translation>
    </message>
    <message>
        <source>the mentor</source>
        <translation>y mentor</translation>
    </message>
    <message>
        <source>Sign-offs:</source>
        <translation>Llofnodion:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>dim</translation>
    </message>
    <message>
        <source>Comments:</source>
        <translation>Sylwadau:</translation>
    </message>
    <message>
        <source>Your own entries that stay as they are:</source>
        <translation>Eich cofnodion eich hun sy&apos;n aros fel y maent:</translation>
    </message>
    <message>
        <source>Please note:</source>
        <translation>Sylwch:</translation>
    </message>
    <message>
        <source>Checked:</source>
        <translation>Wedi&apos;i wirio:</translation>
    </message>
    <message>
        <source>Imported the review by {reviewer}. Comments added: {comments}.</source>
        <translation>Mewnforiwyd yr adolygiad gan {reviewer}. Sylwadau a ychwanegwyd: {comments}.</translation>
    </message>
    <message>
        <source>Imported the mentor&apos;s review. Comments added: {comments}.</source>
        <translation>Mewnforiwyd adolygiad y mentor. Sylwadau a ychwanegwyd: {comments}.</translation>
    </message>
    <message>
        <source>{name} is not a file</source>
        <translation>nid ffeil yw {name}</translation>
    </message>
    <message>
        <source>{name} holds {count} comments, far more than a review can have; it was not imported</source>
        <translation>mae {name} yn dal {count} o sylwadau, llawer mwy nag y gall adolygiad eu cael; ni chafodd ei fewnforio</translation>
    </message>
    <message>
        <source>{name} holds comments made for another export; it was not imported</source>
        <translation>mae {name} yn dal sylwadau a wnaed ar gyfer allforio arall; ni chafodd ei fewnforio</translation>
    </message>
    <message>
        <source>{name} holds {count} sign-offs, far more than a review can have; it was not imported</source>
        <translation>mae {name} yn dal {count} o lofnodion, llawer mwy nag y gall adolygiad eu cael; ni chafodd ei fewnforio</translation>
    </message>
    <message>
        <source>{name} holds sign-offs made for another export; it was not imported</source>
        <translation>mae {name} yn dal llofnodion a wnaed ar gyfer allforio arall; ni chafodd ei fewnforio</translation>
    </message>
    <message>
        <source>{name} is not consistent: it names {owner} as the owner but holds the journal of {other}; it was not imported</source>
        <translation>nid yw {name} yn gyson: mae&apos;n enwi {owner} fel y perchennog ond yn dal dyddlyfr {other}; ni chafodd ei fewnforio</translation>
    </message>
    <message>
        <source>{name} cannot be read as a review copy ({e})</source>
        <translation>ni ellir darllen {name} fel copi adolygu ({e})</translation>
    </message>
    <message>
        <source>{name} names a stage its own framework does not have ({stage}); it was not imported</source>
        <translation>mae {name} yn enwi cam nad yw yn ei fframwaith ei hun ({stage}); ni chafodd ei fewnforio</translation>
    </message>
    <message>
        <source>the stage as a whole</source>
        <translation>y cam cyfan</translation>
    </message>
    <message>
        <source>{name} is a review of {owner}&apos;s journal, not of this one</source>
        <translation>adolygiad o ddyddlyfr {owner} yw {name}, nid o&apos;r un hwn</translation>
    </message>
    <message>
        <source>{name} was not exported from this journal (or from a backup older than the export)</source>
        <translation>ni chafodd {name} ei allforio o&apos;r dyddlyfr hwn (nac o gopi wrth gefn hŷn na&apos;r allforio)</translation>
    </message>
    <message>
        <source>this review was already imported on {date}; nothing changed</source>
        <translation>mewnforiwyd yr adolygiad hwn eisoes ar {date}; ni newidiodd dim</translation>
    </message>
    <message>
        <source>{name} claims the stages {claimed}, but that export sent {sent}; it was not imported</source>
        <translation>mae {name} yn honni&apos;r camau {claimed}, ond anfonodd yr allforio hwnnw {sent}; ni chafodd ei fewnforio</translation>
    </message>
    <message>
        <source>{name} holds another journal&apos;s content under this journal&apos;s ids; it was not imported</source>
        <translation>mae {name} yn dal cynnwys dyddlyfr arall dan ddynodwyr y dyddlyfr hwn; ni chafodd ei fewnforio</translation>
    </message>
    <message>
        <source>{name} is not the copy made by that export (it was made on {date}): an older review under a newer export&apos;s id is not imported</source>
        <translation>nid {name} yw&apos;r copi a wnaed gan yr allforio hwnnw (fe&apos;i gwnaed ar {date}): ni fewnforir hen adolygiad dan ddynodwr allforio mwy newydd</translation>
    </message>
    <message>
        <source>{name} holds content of stages that were not sent ({stages}); it was not imported</source>
        <translation>mae {name} yn dal cynnwys camau nas anfonwyd ({stages}); ni chafodd ei fewnforio</translation>
    </message>
    <message>
        <source>{name} holds an entry dated {date}, in the future; it was not imported</source>
        <translation>mae {name} yn dal cofnod wedi&apos;i ddyddio {date}, yn y dyfodol; ni chafodd ei fewnforio</translation>
    </message>
    <message>
        <source>{name} holds an entry dated {date}, before the review was sent on {sent}; it was not imported</source>
        <translation>mae {name} yn dal cofnod wedi&apos;i ddyddio {date}, cyn i&apos;r adolygiad gael ei anfon ar {sent}; ni chafodd ei fewnforio</translation>
    </message>
    <message>
        <source>{name} holds a sign-off or comment for stage {stage!r}, which was not sent for review; it was not imported</source>
        <translation>mae {name} yn dal llofnod neu sylw ar gyfer cam {stage!r}, nas anfonwyd i&apos;w adolygu; ni chafodd ei fewnforio</translation>
    </message>
    <message>
        <source>{name} names a stage this journal does not have ({stage}); it was not imported</source>
        <translation>mae {name} yn enwi cam nad yw yn y dyddlyfr hwn ({stage}); ni chafodd ei fewnforio</translation>
    </message>
    <message>
        <source>{name} holds an entry for the role {role!r}, which stage {stage} does not have; it was not imported</source>
        <translation>mae {name} yn dal cofnod ar gyfer y rôl {role!r}, nad yw gan gam {stage}; ni chafodd ei fewnforio</translation>
    </message>
    <message>
        <source>{name} holds {count} comments, more than the {cap} this review can have (one per criterion and role); it was not imported</source>
        <translation>mae {name} yn dal {count} o sylwadau, mwy na&apos;r {cap} y gall yr adolygiad hwn eu cael (un i bob maen prawf a rôl); ni chafodd ei fewnforio</translation>
    </message>
    <message>
        <source>{name} holds a comment on a criterion stage {stage} does not have ({criterion}); it was not imported</source>
        <translation>mae {name} yn dal sylw ar faen prawf nad yw gan gam {stage} ({criterion}); ni chafodd ei fewnforio</translation>
    </message>
    <message>
        <source>{name} holds two comments by one role on the same criterion; it was not imported</source>
        <translation>mae {name} yn dal dau sylw gan un rôl ar yr un maen prawf; ni chafodd ei fewnforio</translation>
    </message>
    <message>
        <source>{name} holds a comment without its text or author; it was not imported</source>
        <translation>mae {name} yn dal sylw heb ei destun na&apos;i awdur; ni chafodd ei fewnforio</translation>
    </message>
    <message>
        <source>{name} holds two sign-offs for one role of a stage; it was not imported</source>
        <translation>mae {name} yn dal dau lofnod ar gyfer un rôl mewn cam; ni chafodd ei fewnforio</translation>
    </message>
    <message>
        <source>{name} holds a sign-off without a name or a valid outcome; it was not imported</source>
        <translation>mae {name} yn dal llofnod heb enw na chanlyniad dilys; ni chafodd ei fewnforio</translation>
    </message>
    <message>
        <source>{name} holds a sign-off without a valid seal; it was not imported</source>
        <translation>mae {name} yn dal llofnod heb sêl ddilys; ni chafodd ei fewnforio</translation>
    </message>
    <message>
        <source>{stage}: verified by {name} ({role})</source>
        <translation>{stage}: wedi&apos;i ddilysu gan {name} ({role})</translation>
    </message>
    <message>
        <source>{stage}: not yet verified by {name} ({role})</source>
        <translation>{stage}: heb ei ddilysu eto gan {name} ({role})</translation>
    </message>
    <message>
        <source>{stage}: {name} signed content that is not what you sent: the sign-off will show as changed since verified</source>
        <translation>{stage}: llofnododd {name} gynnwys nad yw&apos;n un a anfonwyd gennych: bydd y llofnod yn dangos fel wedi newid ers ei ddilysu</translation>
    </message>
    <message>
        <source>It is a review of this journal, answering the review sent on {date} (stages: {stages}), not imported before.</source>
        <translation>Mae&apos;n adolygiad o&apos;r dyddlyfr hwn, yn ateb yr adolygiad a anfonwyd ar {date} (camau: {stages}), heb ei fewnforio o&apos;r blaen.</translation>
    </message>
    <message>
        <source>The file is sound and holds nothing this app does not make; its evidence matches its checksums.</source>
        <translation>Mae&apos;r ffeil yn iach ac nid yw&apos;n dal dim nad yw&apos;r ap hwn yn ei wneud; mae ei thystiolaeth yn cyfateb i&apos;w sieciau.</translation>
    </message>
    <message>
        <source>Its owner, framework, creation date, export date and stages match this journal&apos;s record of that export.</source>
        <translation>Mae ei pherchennog, ei fframwaith, ei dyddiad creu, ei dyddiad allforio a&apos;i chamau yn cyfateb i gofnod y dyddlyfr hwn o&apos;r allforio hwnnw.</translation>
    </message>
    <message>
        <source>Sign-offs and comments are only for the stages sent, roles those stages have and criteria that exist, dated between the sending and now.</source>
        <translation>Mae&apos;r llofnodion a&apos;r sylwadau ar gyfer y camau a anfonwyd yn unig, rolau sydd gan y camau hynny a meini prawf sy&apos;n bodoli, wedi&apos;u dyddio rhwng yr anfon a nawr.</translation>
    </message>
    <message>
        <source>The review names the journal&apos;s owner {owner}; this journal&apos;s owner is now {current}.</source>
        <translation>Mae&apos;r adolygiad yn enwi perchennog y dyddlyfr yn {owner}; perchennog y dyddlyfr hwn bellach yw {current}.</translation>
    </message>
    <message>
        <source>{stage}: what you typed for {role} was kept; {name}&apos;s sign-off is recorded beside it</source>
        <translation>{stage}: cadwyd yr hyn a deipiwyd gennych ar gyfer {role}; cofnodwyd llofnod {name} wrth ei ochr</translation>
    </message>
</context>
<context>
    <name>reviewform</name>
    <message>
        <source>this is already a review copy; send the teacher&apos;s own journal</source>
        <translation>copi adolygu yw hwn eisoes; anfonwch ddyddlyfr yr athro ei hun</translation>
    </message>
    <message>
        <source>{dest}: a file of that name already exists; choose another name</source>
        <translation>{dest}: mae ffeil â&apos;r enw hwnnw&apos;n bodoli eisoes; dewiswch enw arall</translation>
    </message>
    <message>
        <source>{parent}: no such folder</source>
        <translation>{parent}: nid oes ffolder o&apos;r fath</translation>
    </message>
    <message>
        <source>{owner} – review form for a mentor</source>
        <translation>{owner} – ffurflen adolygu i fentor</translation>
    </message>
    <message>
        <source>Learning Journal review form: fill it in, save it and send it back</source>
        <translation>Ffurflen adolygu Learning Journal: llenwch hi, cadwch hi a&apos;i hanfon yn ôl</translation>
    </message>
    <message>
        <source>{dest}: the form cannot be written ({reason})</source>
        <translation>{dest}: ni ellir ysgrifennu&apos;r ffurflen ({reason})</translation>
    </message>
    <message>
        <source>Your digital signature (optional): sign the whole form once you have filled it in</source>
        <translation>Eich llofnod digidol (dewisol): llofnodwch y ffurflen gyfan ar ôl ei llenwi</translation>
    </message>
    <message>
        <source>Review form: {owner}&apos;s learning journal</source>
        <translation>Ffurflen adolygu: dyddlyfr dysgu {owner}</translation>
    </message>
    <message>
        <source>Exported {date} for: {stages}.</source>
        <translation>Allforiwyd {date} ar gyfer: {stages}.</translation>
    </message>
    <message>
        <source>How to use this form: read each stage, write your comments in the boxes, choose Verified or Not yet for your role, give your name and the date, then save the form (do not print it to PDF) and send it back. You may sign it digitally at the end. On paper: print it, write in the boxes, sign on the signature lines and return the sheet.</source>
        <translation>Sut i ddefnyddio&apos;r ffurflen hon: darllenwch bob cam, ysgrifennwch eich sylwadau yn y blychau, dewiswch Wedi&apos;i ddilysu neu Ddim eto ar gyfer eich rôl, rhowch eich enw a&apos;r dyddiad, yna cadwch y ffurflen (peidiwch â&apos;i hargraffu i PDF) a&apos;i hanfon yn ôl. Gallwch ei llofnodi&apos;n ddigidol ar y diwedd. Ar bapur: argraffwch hi, ysgrifennwch yn y blychau, llofnodwch ar y llinellau llofnod a dychwelwch y ddalen.</translation>
    </message>
    <message>
        <source>Entries the teacher marked private are not in this form.</source>
        <translation>Nid yw&apos;r cofnodion a nododd yr athro&apos;n breifat yn y ffurflen hon.</translation>
    </message>
    <message>
        <source>Digital signature</source>
        <translation>Llofnod digidol</translation>
    </message>
    <message>
        <source>Optional. If your PDF reader can sign, sign here once you have filled in the whole form: a change made after signing makes the signature invalid and the form is refused.</source>
        <translation>Dewisol. Os gall eich darllenydd PDF lofnodi, llofnodwch yma ar ôl llenwi&apos;r ffurflen gyfan: mae newid a wneir ar ôl llofnodi yn gwneud y llofnod yn annilys ac mae&apos;r ffurflen yn cael ei gwrthod.</translation>
    </message>
    <message>
        <source>{stage}: your comments on each criterion</source>
        <translation>{stage}: eich sylwadau ar bob maen prawf</translation>
    </message>
    <message>
        <source>{stage}, criterion {n}: your comment</source>
        <translation>{stage}, maen prawf {n}: eich sylw</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Eich enw</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>eich enw</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Wedi&apos;i ddilysu</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Ddim eto</translation>
    </message>
    <message>
        <source>verified or not yet</source>
        <translation>wedi&apos;i ddilysu neu ddim eto</translation>
    </message>
    <message>
        <source>Your comment (if not yet verified, the reasons)</source>
        <translation>Eich sylw (os nad yw wedi&apos;i ddilysu eto, y rhesymau)</translation>
    </message>
    <message>
        <source>your comment</source>
        <translation>eich sylw</translation>
    </message>
    <message>
        <source>Date (DD/MM/YYYY)</source>
        <translation>Dyddiad (DD/MM/BBBB)</translation>
    </message>
    <message>
        <source>date, as DD/MM/YYYY</source>
        <translation>dyddiad, fel DD/MM/BBBB</translation>
    </message>
    <message>
        <source>Signature (on paper): </source>
        <translation>Llofnod (ar bapur): </translation>
    </message>
    <message>
        <source>{name} was not issued by this journal (or by a backup older than the export)</source>
        <translation>ni chyhoeddwyd {name} gan y dyddlyfr hwn (neu gan gopi wrth gefn sy&apos;n hŷn na&apos;r allforio)</translation>
    </message>
    <message>
        <source>{name}: the form&apos;s identifying data was changed; it was not imported</source>
        <translation>{name}: newidiwyd data adnabod y ffurflen; ni chafodd ei mewnforio</translation>
    </message>
    <message>
        <source>{name} came back with nothing filled in; nothing was imported</source>
        <translation>daeth {name} yn ôl heb ddim wedi&apos;i lenwi; ni fewnforiwyd dim</translation>
    </message>
    <message>
        <source>the form is not digitally signed: the seal shows whether the content changed afterwards, not who filled it in</source>
        <translation>nid yw&apos;r ffurflen wedi&apos;i llofnodi&apos;n ddigidol: mae&apos;r sêl yn dangos a newidiodd y cynnwys wedyn, nid pwy a&apos;i llenwodd</translation>
    </message>
    <message>
        <source>mentor</source>
        <translation>mentor</translation>
    </message>
    <message>
        <source>Review form returned by {who} – {date}.pdf</source>
        <translation>Ffurflen adolygu a ddychwelwyd gan {who} – {date}.pdf</translation>
    </message>
    <message>
        <source>JavaScript</source>
        <translation>JavaScript</translation>
    </message>
    <message>
        <source>embedded files</source>
        <translation>ffeiliau wedi&apos;u hymgorffori</translation>
    </message>
    <message>
        <source>an action that starts a program</source>
        <translation>gweithred sy&apos;n cychwyn rhaglen</translation>
    </message>
    <message>
        <source>an XFA form</source>
        <translation>ffurflen XFA</translation>
    </message>
    <message>
        <source>embedded media</source>
        <translation>cyfryngau wedi&apos;u hymgorffori</translation>
    </message>
    <message>
        <source>a link or action that reaches outside the form</source>
        <translation>dolen neu weithred sy&apos;n cyrraedd y tu allan i&apos;r ffurflen</translation>
    </message>
    <message>
        <source>{name}: no such file</source>
        <translation>{name}: nid oes ffeil o&apos;r fath</translation>
    </message>
    <message>
        <source>{name}: cannot be read ({reason})</source>
        <translation>{name}: ni ellir ei darllen ({reason})</translation>
    </message>
    <message>
        <source>{name} is not a regular file</source>
        <translation>nid yw {name} yn ffeil gyffredin</translation>
    </message>
    <message>
        <source>{name} is too large for a review form ({mb} MB; at most {cap} MB)</source>
        <translation>mae {name} yn rhy fawr i fod yn ffurflen adolygu ({mb} MB; {cap} MB ar y mwyaf)</translation>
    </message>
    <message>
        <source>{name} is too large for a review form</source>
        <translation>mae {name} yn rhy fawr i fod yn ffurflen adolygu</translation>
    </message>
    <message>
        <source>{name} is neither a returned review copy nor a review form</source>
        <translation>nid yw {name} yn gopi adolygu a ddychwelwyd nac yn ffurflen adolygu</translation>
    </message>
    <message>
        <source>{name} is encrypted (password-protected); ask the mentor to save it without a password</source>
        <translation>mae {name} wedi&apos;i amgryptio (wedi&apos;i diogelu â chyfrinair); gofynnwch i&apos;r mentor ei chadw heb gyfrinair</translation>
    </message>
    <message>
        <source>{name} has too many pages ({detail}) to be a review form</source>
        <translation>mae gan {name} ormod o dudalennau ({detail}) i fod yn ffurflen adolygu</translation>
    </message>
    <message>
        <source>{name} took too long to read; it was not imported</source>
        <translation>cymerodd {name} ormod o amser i&apos;w darllen; ni chafodd ei mewnforio</translation>
    </message>
    <message>
        <source>{name} holds a text too long for a review form; it was not imported</source>
        <translation>mae {name} yn cynnwys testun rhy hir i ffurflen adolygu; ni chafodd ei mewnforio</translation>
    </message>
    <message>
        <source>{name} contains {detail}, which a review form never has; nothing in it was run or opened, and it was not imported</source>
        <translation>mae {name} yn cynnwys {detail}, nad oes gan ffurflen adolygu byth; ni redwyd nac agorwyd dim ohono, ac ni chafodd ei mewnforio</translation>
    </message>
    <message>
        <source>{name} has two fields named {detail}, which a review form never has; it was not imported</source>
        <translation>Mae gan {name} ddau faes o&apos;r enw {detail}, ac nid oes gan ffurflen adolygu hynny byth; ni chafodd ei mewnforio</translation>
    </message>
    <message>
        <source>{name} is damaged ({detail}); ask for it to be sent again</source>
        <translation>mae {name} wedi&apos;i difrodi ({detail}); gofynnwch iddi gael ei hanfon eto</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} a {second}</translation>
    </message>
    <message>
        <source>{name} is not a Learning Journal review form</source>
        <translation>nid yw {name} yn ffurflen adolygu Learning Journal</translation>
    </message>
    <message>
        <source>{name}: the form was flattened: ask the mentor to save it rather than print it</source>
        <translation>{name}: cafodd y ffurflen ei gwastatáu: gofynnwch i&apos;r mentor ei chadw yn hytrach na&apos;i hargraffu</translation>
    </message>
    <message>
        <source>{name}: the digital signature does not verify (the form was changed after it was signed, or the signature is damaged); it was not imported</source>
        <translation>{name}: nid yw&apos;r llofnod digidol yn dilysu (newidiwyd y ffurflen ar ôl ei llofnodi, neu mae&apos;r llofnod wedi&apos;i ddifrodi); ni chafodd ei mewnforio</translation>
    </message>
    <message>
        <source>{name}: the digital signature does not cover the whole form as returned (something was added after signing); ask the mentor to sign once, last</source>
        <translation>{name}: nid yw&apos;r llofnod digidol yn cwmpasu&apos;r ffurflen gyfan fel y&apos;i dychwelwyd (ychwanegwyd rhywbeth ar ôl llofnodi); gofynnwch i&apos;r mentor lofnodi unwaith, yn olaf</translation>
    </message>
    <message>
        <source>the mentor</source>
        <translation>y mentor</translation>
    </message>
    <message>
        <source>{name}: the date {date!r} could not be read; ask the mentor to write it as DD/MM/YYYY</source>
        <translation>{name}: ni ellid darllen y dyddiad {date!r}; gofynnwch i&apos;r mentor ei ysgrifennu fel DD/MM/BBBB</translation>
    </message>
</context>
<context>
    <name>search</name>
    <message>
        <source>{label}: criterion</source>
        <translation>{label}: maen prawf</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Dyddlyfr</translation>
    </message>
    <message>
        <source>{where}: evidence notes</source>
        <translation>{where}: nodiadau tystiolaeth</translation>
    </message>
    <message>
        <source>{where}: reflection</source>
        <translation>{where}: myfyrdod</translation>
    </message>
    <message>
        <source>{where}: target</source>
        <translation>{where}: targed</translation>
    </message>
    <message>
        <source>Evidence item</source>
        <translation>Eitem dystiolaeth</translation>
    </message>
    <message>
        <source>{where}: checklist note</source>
        <translation>{where}: nodyn rhestr wirio</translation>
    </message>
    <message>
        <source>Learning conversation</source>
        <translation>Sgwrs ddysgu</translation>
    </message>
</context>
<context>
    <name>sheets</name>
    <message>
        <source>Not started</source>
        <translation>Heb ddechrau</translation>
    </message>
    <message>
        <source>Begun</source>
        <translation>Wedi dechrau</translation>
    </message>
    <message>
        <source>Partly evidenced</source>
        <translation>Tystiolaeth rannol</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Wedi’i gyflawni</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ar agor</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Wedi&apos;i roi heibio</translation>
    </message>
    <message>
        <source>Kept private by the teacher: not included in this printout.</source>
        <translation>Wedi&apos;i gadw&apos;n breifat gan yr athro: nid yw wedi&apos;i gynnwys yn yr allbrint hwn.</translation>
    </message>
    <message>
        <source>No reflection written yet.</source>
        <translation>Dim myfyrdod wedi&apos;i ysgrifennu eto.</translation>
    </message>
    <message>
        <source>(continued below the table, note {n})</source>
        <translation>(yn parhau o dan y tabl, nodyn {n})</translation>
    </message>
    <message>
        <source>Note {n}, continued from the table above:</source>
        <translation>Nodyn {n}, yn parhau o&apos;r tabl uchod:</translation>
    </message>
    <message>
        <source>Content fingerprint: {id_16} (matches the journal state this sheet was printed from)</source>
        <translation>Ôl bys y cynnwys: {id_16} (yn cyfateb i gyflwr y dyddlyfr pan argraffwyd y daflen hon)</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Wedi&apos;i ddilysu</translation>
    </message>
    <message>
        <source> on {verified_on}</source>
        <translation> ar {verified_on}</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Sylwadau</translation>
    </message>
    <message>
        <source>Name: </source>
        <translation>Enw: </translation>
    </message>
    <message>
        <source>Date: </source>
        <translation>Dyddiad: </translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Llofnod:</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Targed</translation>
    </message>
    <message>
        <source>Success criteria</source>
        <translation>Meini prawf llwyddiant</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Erbyn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Cam</translation>
    </message>
    <message>
        <source>
Review: {review_notes}</source>
        <translation>
Adolygu: {review_notes}</translation>
    </message>
    <message>
        <source>Whole journal</source>
        <translation>Y dyddlyfr cyfan</translation>
    </message>
    <message>
        <source>No targets recorded.</source>
        <translation>Dim targedau wedi&apos;u cofnodi.</translation>
    </message>
    <message>
        <source>This stage has no criteria table; its evidence is listed below.</source>
        <translation>Nid oes tabl meini prawf gan y cam hwn; rhestrir ei dystiolaeth isod.</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Blaenoriaeth</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Sgiliau</translation>
    </message>
    <message>
        <source>Diamond 9: skills in order of priority</source>
        <translation>Diemwnt 9: sgiliau yn nhrefn blaenoriaeth</translation>
    </message>
    <message>
        <source>Performance criteria</source>
        <translation>Meini prawf perfformiad</translation>
    </message>
    <message>
        <source>Your evidence</source>
        <translation>Eich tystiolaeth</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Dyddiad:</translation>
    </message>
    <message>
        <source>as above</source>
        <translation>fel uchod</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Priodoleddau</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Gwybodaeth</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Tystiolaeth</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ychwanegwyd</translation>
    </message>
    <message>
        <source>Skills checklist</source>
        <translation>Rhestr wirio sgiliau</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Rhestr wirio</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>Kept by &lt;b&gt;{owner}&lt;/b&gt;</source>
        <translation>Yn cael ei gadw gan &lt;b&gt;{owner}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Framework: {label} (version {version})</source>
        <translation>Fframwaith: {label} (fersiwn {version})</translation>
    </message>
    <message>
        <source>Printed {long_date}</source>
        <translation>Argraffwyd {long_date}</translation>
    </message>
    <message>
        <source>Framework plan</source>
        <translation>Cynllun y fframwaith</translation>
    </message>
    <message>
        <source>Evidence item</source>
        <translation>Eitem dystiolaeth</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Maint</translation>
    </message>
    <message>
        <source>No evidence items.</source>
        <translation>Dim eitemau tystiolaeth.</translation>
    </message>
    <message>
        <source>Index of evidence items</source>
        <translation>Mynegai eitemau tystiolaeth</translation>
    </message>
    <message>
        <source>Learning journey</source>
        <translation>Taith ddysgu</translation>
    </message>
    <message>
        <source>Teacher Learning Academy: learning journey</source>
        <translation>Teacher Learning Academy: taith ddysgu</translation>
    </message>
    <message>
        <source>No learning journey has been started in this journal.</source>
        <translation>Nid oes taith ddysgu wedi&apos;i dechrau yn y dyddlyfr hwn.</translation>
    </message>
    <message>
        <source>Learning focus</source>
        <translation>Ffocws dysgu</translation>
    </message>
    <message>
        <source>TLA stage aimed for</source>
        <translation>Cam TLA a geisir</translation>
    </message>
    <message>
        <source>Stage {tla_stage}: {stage_title}</source>
        <translation>Cam {tla_stage}: {stage_title}</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>Yn cefnogi</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>Y cynllun</translation>
    </message>
    <message>
        <source>Action or review point</source>
        <translation>Cam gweithredu neu bwynt adolygu</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wedi’i wneud</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Adolygu</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Cam gweithredu</translation>
    </message>
    <message>
        <source>No plan yet.</source>
        <translation>Dim cynllun eto.</translation>
    </message>
    <message>
        <source>Changes to the plan, and why</source>
        <translation>Newidiadau i&apos;r cynllun, a pham</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Newid</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pam</translation>
    </message>
    <message>
        <source>The six dimensions</source>
        <translation>Y chwe dimensiwn</translation>
    </message>
    <message>
        <source>&lt;i&gt;Stage {tla_stage} asks:&lt;/i&gt; {descriptor}</source>
        <translation>&lt;i&gt;Mae cam {tla_stage} yn gofyn:&lt;/i&gt; {descriptor}</translation>
    </message>
    <message>
        <source>Not written yet.</source>
        <translation>Heb ei ysgrifennu eto.</translation>
    </message>
    <message>
        <source>Evidence: {name}</source>
        <translation>Tystiolaeth: {name}</translation>
    </message>
    <message>
        <source>Conversation with {with_whom}, {date}</source>
        <translation>Sgwrs gyda {with_whom}, {date}</translation>
    </message>
    <message>
        <source>Learning breakthroughs</source>
        <translation>Torri tir newydd yn y dysgu</translation>
    </message>
    <message>
        <source>&lt;i&gt;Evidence:&lt;/i&gt; </source>
        <translation>&lt;i&gt;Tystiolaeth:&lt;/i&gt; </translation>
    </message>
    <message>
        <source>&lt;i&gt;Pupil or colleague feedback:&lt;/i&gt; </source>
        <translation>&lt;i&gt;Adborth gan ddisgyblion neu gydweithwyr:&lt;/i&gt; </translation>
    </message>
    <message>
        <source>No learning breakthrough recorded yet.</source>
        <translation>Dim achos o dorri tir newydd wedi&apos;i gofnodi eto.</translation>
    </message>
    <message>
        <source>Evidence index</source>
        <translation>Mynegai tystiolaeth</translation>
    </message>
</context>
<context>
    <name>signoffs</name>
    <message>
        <source>returned in a review copy</source>
        <translation>wedi&apos;i ddychwelyd mewn copi adolygu</translation>
    </message>
    <message>
        <source>returned on the PDF review form</source>
        <translation>wedi&apos;i ddychwelyd ar y ffurflen adolygu PDF</translation>
    </message>
    <message>
        <source>signed on paper</source>
        <translation>wedi&apos;i lofnodi ar bapur</translation>
    </message>
    <message>
        <source>valid, certificate not confirmed</source>
        <translation>dilys, tystysgrif heb ei chadarnhau</translation>
    </message>
    <message>
        <source>valid, certificate trusted by this computer</source>
        <translation>dilys, tystysgrif y mae&apos;r cyfrifiadur hwn yn ymddiried ynddi</translation>
    </message>
    <message>
        <source>digitally signed by {signer} (certificate SHA-256 {sha}…): {status}</source>
        <translation>wedi&apos;i lofnodi&apos;n ddigidol gan {signer} (tystysgrif SHA-256 {sha}…): {status}</translation>
    </message>
    <message>
        <source>stage {stage_id!r} has no verifier role {role_id!r} (roles: {roles})</source>
        <translation>nid oes gan gam {stage_id!r} rôl dilysydd {role_id!r} (rolau: {roles})</translation>
    </message>
    <message>
        <source>a sign-off needs the verifier&apos;s name</source>
        <translation>mae llofnod angen enw&apos;r dilysydd</translation>
    </message>
    <message>
        <source>say why the stage is not yet verified (the comment)</source>
        <translation>dywedwch pam nad yw&apos;r cam wedi&apos;i ddilysu eto (y sylw)</translation>
    </message>
    <message>
        <source>the date signed cannot be in the future</source>
        <translation>ni all dyddiad y llofnod fod yn y dyfodol</translation>
    </message>
    <message>
        <source>{scan}: no such file to attach as the signed sheet</source>
        <translation>{scan}: nid oes ffeil o&apos;r fath i&apos;w hatodi fel y ddalen wedi&apos;i llofnodi</translation>
    </message>
    <message>
        <source>Signed sheet – {stage} – {name} – {scan}</source>
        <translation>Dalen wedi&apos;i llofnodi – {stage} – {name} – {scan}</translation>
    </message>
</context>
<context>
    <name>validate</name>
    <message>
        <source>table {table}, column {column}: a value of the wrong type, missing or out of range</source>
        <translation>tabl {table}, colofn {column}: gwerth o&apos;r math anghywir, ar goll neu y tu allan i&apos;r amrediad</translation>
    </message>
    <message>
        <source>table journal_info: it must hold exactly one row</source>
        <translation>tabl journal_info: rhaid iddo gynnwys un rhes yn union</translation>
    </message>
</context>
<context>
    <name>verification_tab</name>
    <message>
        <source>Not yet requested</source>
        <translation>Heb ofyn eto</translation>
    </message>
    <message>
        <source>Awaiting</source>
        <translation>Yn aros</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Wedi&apos;i ddilysu</translation>
    </message>
</context>
<context>
    <name>views</name>
    <message>
        <source>KB</source>
        <translation>KB</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>{n} bytes</source>
        <translation>{n} beit</translation>
    </message>
    <message>
        <source>{size:.1f} {unit}</source>
        <translation>{size:.1f} {unit}</translation>
    </message>
</context>
</TS>
