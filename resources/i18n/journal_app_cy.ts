<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en">
<context>
    <name>ChecklistGroup</name>
    <message>
        <source>Skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space ticks the selected skill; F2 on the note column writes a note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationsPage</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log a conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a new learning conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Learning conversations&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Professional mentor, co-coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes of the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you talked about, what you noticed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One agreed action per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation is private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed action to make a target of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage for the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make it a &amp;target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the chosen agreed action a target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;With:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed actions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action → target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion this conversation is evidence for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence &amp;for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link this conversation as evidence for the chosen criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;UREE principles and skills…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag this conversation with CUREE principles and skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ground rules of the learning agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When, how often, how you work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidentiality of the learning agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What stays between you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boundaries of the learning agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the relationship is not for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ground rules:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidentiality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boundaries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private a&amp;greement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning agreement is private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (private)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning agreement with {person}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence for: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{currentText}” is now a target for {currentText2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversation with {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this conversation from the journal?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CriteriaModel</name>
    <message>
        <source>Performance criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidenced by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{TICK} Achieved
{achieved_on}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Space to mark achieved, or F2 to choose a state</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CriteriaTab</name>
    <message>
        <source>{label} performance criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Evidence for {title}&lt;/b&gt;: add files with the button or drop them here. Write your reflection, targets and verification in the other tabs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence for {label}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CriterionComments</name>
    <message>
        <source>Mentor&apos;s comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor&apos;s comment on this criterion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CriterionDetail</name>
    <message>
        <source>Full criterion text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the criterion was achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your evidence notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What shows you meet this criterion? Saved as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Private (left out of copies you share and of printed sheets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence notes are private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence items for this criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Achieved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence &amp;notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence &amp;items (add with the button or drop files here):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{label}, criterion {n}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CureePane</name>
    <message>
        <source>CUREE framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edition of the CUREE framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUREE principles, concepts and skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edition:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateDelegate</name>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiamondTab</name>
    <message>
        <source>Skills to prioritise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a skill onto the diamond, or select it and press a place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the to&amp;p skill a target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the top skill of the diamond a development target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the top t&amp;hree targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the top three skills of the diamond development targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose nine skills from this stage&apos;s checklists and arrange them from the highest priority (top) to the lowest. Delete clears a place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Skills&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 target added to the targets of {stage}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} targets added to the targets of {stage}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DimensionTab</name>
    <message>
        <source>Your account of this dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account: what you did, what you learnt, how it shows. Saved as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence and conversations linked to this dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence or conversation to link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the chosen evidence or conversation to this dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Stage {stage} asks:&lt;/i&gt; {descriptor}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{words} words, {links} linked — {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence: {get}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation with {get}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation with {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceActions</name>
    <message>
        <source>{name} could not be added: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{p} is not a file that can be attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the file exists and that you can read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal is as it was before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “{name}” from the journal? The copy kept in the journal is deleted; the original file, if you still have it, is not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceList</name>
    <message>
        <source>Drop files here to add them as evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an evidence file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected evidence item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rena&amp;me…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the selected evidence item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mar&amp;k private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected evidence item private or shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private items are left out of copies you share and of printed sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected evidence item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add evidence files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (private)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}
{size}, added {added_at}
SHA-256 {sha256_16}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidencePage</name>
    <message>
        <source>Filter by name, type or criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All evidence items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected evidence item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rena&amp;me…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the selected evidence item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected evidence item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mar&amp;k private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected evidence item private or shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Evidence&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 item, {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} items, {size}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportPdfDialog</name>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space ticks or unticks the selected stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include entries marked &amp;private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include private entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the PDF afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the PDF afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper si&amp;ze:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one stage.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrameworkTextDialog</name>
    <message>
        <source>Framework text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the text (Enter for the next match)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the framework text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Learning Journal – User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the guide (Enter for the next match)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the user guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalSession</name>
    <message>
        <source>The change could not be saved to {name}: {reason}. Your text is still on screen; try again, or save a copy elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{dest}: a file of that name already exists; choose another name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <source>Journal sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a section (Ctrl+1 to Ctrl+9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search notes, reflections, targets and evidence (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{banner}.&lt;/b&gt; Your comments and sign-offs are saved in this copy; the teacher&apos;s own entries cannot be changed. When you have finished, use File → Return to teacher…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This journal is open read-only: you can read and print it, but changes are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{criteria_achieved} of {criteria_total} criteria achieved, {checklist_ticked} of {checklist_total} checklist items ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ This stage has {what}. The sign-off is kept; ask for it to be verified again if the change matters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JourneyPage</name>
    <message>
        <source>&lt;h2&gt;Learning journey (Teacher Learning Academy)&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start a learning journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a learning journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLA stage aimed for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage {number}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal stage it supports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning &amp;focus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLA stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supports:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The plan&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action or review point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to the plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an action or review point to the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected plan item (asks why)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected plan item done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected plan item (asks why)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Changes to the plan, and why&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The six dimensions&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The six dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Learning breakthroughs&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning breakthroughs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a learning &amp;breakthrough…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a learning breakthrough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The framework aligns TLA stage {tla_stage} with: {join}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — because {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did it go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupil or colleague feedback</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;CUREE framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning journals (*.ljournal);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a journal file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save sheets or the whole journal as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print sheets or the whole journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send to mentor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a review copy (without private entries) for your mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import mentor review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a returned review&apos;s comments and sign-offs to this journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;turn to teacher…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the reviewed copy to send back to the teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to one of the journal&apos;s automatic backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the whole journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefere&amp;nces…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the language of the window and printed sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to keep your journal through the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;framework&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About {APP_NAME}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent journals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another name or folder and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has not been changed. If it is a journal, check it with &apos;journal-app check&apos;, or open another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has not been changed. No backup of it was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup of {created}; the journal as it was is kept as {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup of {created}; the journal as it was is kept as a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily backup failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes saved at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}

Restore the newest sound backup, taken {created}? The damaged file is kept beside it, renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup not taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal was not backed up today. Check it with File → Restore from backup… or &apos;journal-app check&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgraded from an older format; the original was kept as {upgrade_backup}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of your latest changes could not be saved. Close the journal anyway and lose them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close and lose them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy elsewhere…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing already saved is damaged. You can keep working once the problem is fixed, or save a copy of the journal, with this change, somewhere else (another disk or a USB stick).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the journal elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another place and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of the journal, with your latest change, was saved as {out}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{owner} – for review – {today:%Y-%m-%d}.ljournal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the review copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review copy not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review copy saved as {out}: send this file to your mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a mentor&apos;s review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return the reviewed journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {name}: send this file back to {owner}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About {APP_NAME}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;{APP_NAME} {version}&lt;/h3&gt;&lt;p&gt;Keep the learning journal of a mentor-recognition framework on your own computer. Nothing is sent anywhere.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Frameworks and their sources:&lt;/p&gt;&lt;ul&gt;{sources}&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your latest change could not be saved, so the window was left as it is. Try again once it is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language changed; all your changes are saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewJournalDialog</name>
    <message>
        <source>New journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Ann Jones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the journal as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;School:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Framework:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning journals (*.ljournal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give your name: it is printed on every sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose where to save the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} already exists in that folder. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress by stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next targets due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Induction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional Attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional Knowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional Standards covered by achieved criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Progress by stage&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Next targets due&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Professional Standards covered by achieved criteria&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Learning journey: the six dimensions&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning journey dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;CUREE principles and skills your entries are tagged with&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principle or skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUREE principles and skills evidenced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;{title}&lt;/h2&gt;&lt;p&gt;Kept by &lt;b&gt;{owner}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{criteria_achieved} of {criteria_total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{checklist_ticked} of {checklist_total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written ({reflection_words} words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — changed since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No criterion achieved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Learning journey&lt;/b&gt; — TLA stage {tla_stage}: {stage_title}; the six dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{words} words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principle: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Place</name>
    <message>
        <source>Priority {priority}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop a skill here, or select one in the list and press this place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority {priority}, place {slot_1}: {label_if_key_else_empty}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanItemDialog</name>
    <message>
        <source>Kind of plan item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the plan changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wh&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (optional):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System ({language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window changes at once; nothing you have typed is lost. Printed sheets and the command line use the same language.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReflectionTab</name>
    <message>
        <source>{reflection} for {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflect on your mentoring at this stage: what went well, what you learnt, what you would do differently. Saved as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italic (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulleted list (Ctrl+Shift+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection is private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private: left out of copies you share and of printed sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;UREE principles and skills…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag this reflection with CUREE principles and skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} reflection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups of &lt;b&gt;{journal_name}&lt;/b&gt;, newest first. Restoring one replaces the journal with it; the journal as it is now is kept as a backup first, so nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words of reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size_1024_2:.1f} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups of this journal yet: one is taken each day it is opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewerBar</name>
    <message>
        <source>Your name as reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name (printed with your comments and sign-offs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer&apos;s &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter to go to the selected result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Search&lt;/h2&gt;&lt;p&gt;1 result for “{query}”&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Search&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Search&lt;/h2&gt;&lt;p&gt;{n} results for “{query}”&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}
    {snippet}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendToMentorDialog</name>
    <message>
        <source>Send to mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A review copy of your journal is saved as one file for you to send to your professional mentor or university tutor. Entries you marked private are left out of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save review copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tages to include:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StagePage</name>
    <message>
        <source>{label} sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance &amp;criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skills checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diamond &amp;9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Targets for further development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageReviewBox</name>
    <message>
        <source>Your review and sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-offs received from verifiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your verification comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your comment on this stage (and, if not yet verified, the reasons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not yet verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign off this stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign off this stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give your name at the top of the window first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed off yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sign-off received yet: send the journal to your mentor (File → Send to mentor…).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>&lt;h1&gt;Learning Journal&lt;/h1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your mentoring journal: criteria and evidence, skills checklists, reflections, targets and verification, all on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new journal (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a journal file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a journal file (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent journals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter to open the selected journal, Delete to remove it from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected recent journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove from list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected journal from the recent list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes it from this list only; the file is not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent journals&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File not found: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is no longer there. Remove it from the list, or put the file back and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent journals yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagDialog</name>
    <message>
        <source>Principles and skills: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUREE principles and skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills of {lower}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick what this entry shows (Space ticks the selected line).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetsModel</name>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private: left out of copies you share and of printed sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: the due date has passed and the target is still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole journal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetsPanel</name>
    <message>
        <source>F2 or a double-click edits a cell; overdue targets are shown in red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a target and start typing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;UREE principles and skills…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag the selected target with CUREE principles and skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the target “{text}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerificationTab</name>
    <message>
        <source>&amp;Print verification sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the stage&apos;s reflection and verification sheet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifierBox</name>
    <message>
        <source>{role_title}: name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{role_title}: state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{role_title}: date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{role_title}: comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verifier&apos;s comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Learning Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome&lt;/h2&gt;&lt;p&gt;Learning Journal keeps your mentoring journal on this computer: criteria and evidence, skills checklists, reflections, targets and verification, saved as you type.&lt;/p&gt;&lt;p&gt;Start with &lt;b&gt;New journal…&lt;/b&gt;. The &lt;b&gt;user guide&lt;/b&gt; (Help → User guide, or F1) walks you through the year: the stages, evidence, printing sheets for signatures, sending the journal to your mentor and backups.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the user guide now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the user guide now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Framework files left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of your framework files could not be read:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <source>{created}  {reason:&lt;16} {size_1024_2:8.1f} MB  {criteria_achieved} criteria achieved, {reflection_words} words of reflection across {stages} stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: the journal&apos;s id cannot be read ({e})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: the journal has no owner details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no backup {backup_id!r} of {name} (see &apos;journal-app backups {journal}&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{journal}: not backed up, the journal fails its check ({problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup of {name} did not check out ({problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} could not be backed up to {folder}: {strerror_or_e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest backup alone ({total_1024_2:.0f} MB) is larger than the backup space allowed ({cap_bytes_1024_2:.0f} MB); older backups of this journal were removed. Keep a copy of the journal somewhere else too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding the backups is nearly full: the next backup may not fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup {backup_id} is damaged ({problem}); choose another</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>check</name>
    <message>
        <source>older format; it will be upgraded to format {SCHEMA_VERSION} when next opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be opened: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged ({e})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite integrity: {r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{len} row(s) refer to rows that do not exist (foreign keys)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the schema revision table is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema revision {r_0_for_r_in_rev} does not match format {version} ({expected!r})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the journal&apos;s details cannot be read ({e})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the journal has no owner details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the framework snapshot is invalid ({error_count} problem(s))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{incomplete} evidence item(s) were being added when the app stopped; they will be cleared when the journal is next opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence item {name!r} (id {evidence_id}) does not match its checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{len} evidence item(s) checked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>{message} (see &apos;{prog} --help&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning Journal: keep a mentor-recognition learning journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{PROG} {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the language of messages, sheets and the window (default: as chosen in Preferences, else the system&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep settings, backups and added frameworks in DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, show or validate frameworks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the available frameworks (the default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print one framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole framework as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check a framework file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create a journal (never overwrites a file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the whole journal as JSON (evidence included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write to FILE instead of standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave out entries marked private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>build a journal from a JSON dump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check a journal: SQLite integrity, schema, evidence checksums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print sheets or the whole journal to a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which sheet (default: the whole journal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a stage to print (repeatable; default: all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print entries marked private too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list a journal&apos;s automatic backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take a backup now first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>put a backup in the journal&apos;s place (the current file is kept aside)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a backup id from &apos;journal-app backups&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a review copy for a mentor (nothing private in it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a stage to include (repeatable; default: all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as a mentor, sign off a stage in a review copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a verifier role id of the stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet verified (give the reasons in --comment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a returned review&apos;s comments and sign-offs to the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start the window (the default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  {id}: {title} — {criteria} criteria, {checklist_item_count} checklist items, verified by </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: sound (format {schema_version}; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored {path} from backup {backup}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the previous file was kept as {aside}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no display to show the window on: run it on a desktop, under &apos;xvfb-run journal-app&apos;, or with QT_QPA_PLATFORM=offscreen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the window needs the X11 libraries {names} (on Debian or Ubuntu: sudo apt install {packages}), or run it with QT_QPA_PLATFORM=wayland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{prog}: error: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the journal file could not be read or written ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conversations</name>
    <message>
        <source>Mentoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialist coaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-coaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversations have no field(s) {join}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind {fields_kind!r} (one of: {join})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a conversation needs the name of the person it was with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no conversation with id {conversation_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversation {conversation_id} has no agreed action {action_1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed in a conversation with {with_whom} on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a learning agreement is with someone: give their name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curee</name>
    <message>
        <source>only {join} can be tagged, not {kind!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown CUREE principle or skill: {join}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Diamond 9 has {SLOTS} places, not {len}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a skill can stand in only one place of the diamond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{checklist_id}/{item_id} is not a skill of this stage&apos;s checklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Develop: {full_text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the Diamond 9 (priority {diamond_row})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top of the diamond is empty: place skills in it first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>curee_pane</name>
    <message>
        <source>National framework (CUREE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welsh Government edition</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>db</name>
    <message>
        <source>{path}: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: is a folder, not a journal file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: cannot be read ({strerror})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: not a Learning Journal file (not an SQLite database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: not a Learning Journal file (an SQLite database of another application)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: the journal file is damaged ({e})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: written by a newer version of Learning Journal (format {version}; this version reads up to format {SCHEMA_VERSION}). Update the app to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: the journal file has no schema (format 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its schema cannot be read ({e})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its schema revision {revs} is not that of format {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{table}: {join}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: a file of that name already exists; choose another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: a file of that name already exists</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>evidence</name>
    <message>
        <source>no evidence item with id {evidence_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence item {name!r} (id {id}) does not match its checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: no such file to attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an evidence item needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding the evidence file was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence {name!r}: content does not match its checksum</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message>
        <source>{source}: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: not a journal dump (not valid JSON: {e})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: cannot be read ({strerror})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: not a Learning Journal dump (no &quot;format&quot;: &quot;{DUMP_FORMAT}&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: dump format {data_format_version} is newer than this app reads ({DUMP_VERSION})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: invalid dump at {loc}: {err_msg}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{dest}: a file of that name already exists; choose another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: evidence {name!r} has invalid base64 content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: the dump could not be loaded ({e})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>framework_text</name>
    <message>
        <source>&lt;h3&gt;{label}&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Principle:&lt;/b&gt; {principle}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Stage descriptors:&lt;/b&gt; {descriptors}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Professional knowledge &amp;amp; understanding:&lt;/b&gt; {knowledge}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Types of evidence:&lt;/b&gt; {evidence}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;table border=&apos;1&apos; cellpadding=&apos;4&apos; cellspacing=&apos;0&apos;&gt;&lt;tr&gt;&lt;th&gt;Performance criteria&lt;/th&gt;&lt;th&gt;{evidenced_by_label}&lt;/th&gt;&lt;th&gt;{codes_heading}&lt;/th&gt;&lt;/tr&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Principles&lt;/h2&gt;&lt;p&gt;{principles_intro}&lt;/p&gt;&lt;ol&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;What?&lt;/h3&gt;&lt;p&gt;{what_intro}&lt;/p&gt;&lt;ol&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Where?&lt;/h3&gt;&lt;p&gt;{where}&lt;/p&gt;&lt;h3&gt;When?&lt;/h3&gt;&lt;p&gt;{when}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Stages and dimensions&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Stage {number}: {title}&lt;/h3&gt;&lt;ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>frameworks</name>
    <message>
        <source>(top level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: no such framework file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: not UTF-8 text ({reason} at byte {start})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: cannot be read ({strerror})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}, line {lineno}: not valid JSON ({msg})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, line {line_1}, column {column_1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}{where}: not valid YAML ({context})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: not valid YAML ({e})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{origin}: a framework file must hold a mapping of fields at the top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, line {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (and {error_count} more problem(s))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{origin}{where}, at {format_loc}: {msg}{more}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: a framework file must hold a mapping of fields at the top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: based_on names {base_id!r}, which is not an available framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{p}: based_on names {data_based_on!r}, which is not an available framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{p}: framework id {id!r} is already defined by {id2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown framework {framework_id!r} (available: {known})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journal</name>
    <message>
        <source>the journal needs its owner&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>framework {id!r} has no stages to keep a journal of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: the journal is damaged ({problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: this journal is in an older format ({version}) and must be opened for writing once to be upgraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: could not be upgraded from format {version} ({name}); the file is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: the journal has no owner details (damaged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: the journal&apos;s framework snapshot is invalid ({error_count} problems)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: the journal is damaged and cannot be read ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: the journal cannot be read ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} could not be read or written ({orig})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: the journal is damaged ({orig}); restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is open read-only; changes cannot be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a review copy of {owner}&apos;s journal: the teacher&apos;s own content cannot be changed here, only comments and sign-offs added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the journal file is no longer at {path} (was a USB stick removed, or the file moved?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage {stage_id!r} has no criterion {criterion_id!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown state {state!r} (one of: {join})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date achieved can only be set on an achieved criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage {stage_id!r} has no checklist {checklist_id!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checklist {checklist_id!r} has no item {item_id!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no target with id {target_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a target needs some text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>targets have no field(s) {join}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown target status {fields_status!r} (one of: {join})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage {stage_id!r} has no verifier role {role_id!r} (roles: {roles})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown verification state {state!r} (one of: {join})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journey</name>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>framework {id!r} has no TLA stages and dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this journal already has a learning journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no TLA stage {tla_stage} (1 to {tla_stages})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this journal has no learning journey yet: start one first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage 4 asks for more than one learning breakthrough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage {tla_stage} asks for an account of a learning breakthrough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still thin: {dimensions}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (due {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lower} “{text}”{due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown plan item {kind!r} (one of: {join})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a plan item needs some text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say why the plan changed: the TLA asks for changes to the plan to be explained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no plan item {item_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed {before} to {after}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed {item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no TLA dimension {dimension_id!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a dimension can be linked to evidence or a conversation, not {kind!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say what changed: that is the breakthrough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no breakthrough {breakthrough_id}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journey_page</name>
    <message>
        <source>addressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still thin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>layout</name>
    <message>
        <source>Printed {fmt_date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {pageNumber} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lock</name>
    <message>
        <source>another computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} on {host} (process {get}{since_since_if_since_else})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} could not be locked for writing; try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be opened for writing: its folder is not writable ({strerror})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is already open for writing by {describe}. You can open it read-only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>models</name>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly evidenced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>new_journal_dialog</name>
    <message>
        <source>School-based tutor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ITT coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newly qualified teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{stem} learning journal.ljournal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>overview_page</name>
    <message>
        <source>Not yet requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified ✓</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>{owner} – {what}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another folder or file name and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the printer could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the printer and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>Reflection and verification sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank reflection and verification sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank criteria record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning journey (TLA summary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown sheet {sheet!r} (one of: {join})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown page size {page_size!r} (a4 or letter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{dest} is a folder; give a file name for the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{parent}: no such folder to write the PDF into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{dest}: the PDF cannot be written ({strerror_or_e})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{owner} – {label} – {SHEET_TITLES_sheet}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets for Further Development: all stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the journal printed {long_date}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>review</name>
    <message>
        <source>Review copy of {owner}&apos;s journal, exported {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{state} on {date} by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed since {s}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported the review by {reviewer_or_the_mentor}: {comments} comment(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is the teacher&apos;s journal, not a review copy: sign-offs are made in a review copy (File → Send to mentor…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage {stage_id!r} is not in this review copy (it holds: {stages})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage {stage_id!r} has no verifier role {role_id!r} (roles: {roles})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a comment needs the reviewer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sign-off needs the verifier&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say why the stage is not yet verified (--comment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: {describe}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is already a review copy; send the teacher&apos;s own journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{dest}: a file of that name already exists; choose another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{parent}: no such folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{owner} – reviewed by {reviewer_or_mentor} – {when:%Y-%m-%d}.ljournal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reviewed}: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reviewed}: cannot be read ({strerror})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a returned review: {split}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged ({join}); ask for it to be sent again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged (broken references); ask for it to be sent again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has parts this app never makes ({join}); it was not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {problems_0}; it was not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged ({e}); ask for it to be sent again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a review copy; import the review into the teacher&apos;s own journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a journal, not a review copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a review of {owner}&apos;s journal, not of this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was not exported from this journal (or from a backup older than the export)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this review was already imported on {date}; nothing changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: {outcome_verified_else_not_yet_verified} by {name} ({role_id})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>search</name>
    <message>
        <source>{label}: criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: evidence notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: checklist note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning conversation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sheets</name>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly evidenced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept private by the teacher: not included in this printout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reflection written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content fingerprint: {id_16} (matches the journal state this sheet was printed from)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> on {verified_on}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Review: {review_notes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No targets recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This stage has no criteria table; its evidence is listed below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diamond 9: skills in order of priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> &lt;font size=7&gt;({codes})&lt;/font&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept by &lt;b&gt;{owner}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework: {label} (version {version})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed {long_date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index of evidence items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher Learning Academy: learning journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No learning journey has been started in this journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLA stage aimed for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage {tla_stage}: {stage_title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action or review point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to the plan, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The six dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Stage {tla_stage} asks:&lt;/i&gt; {descriptor}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation with {with_whom}, {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning breakthroughs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Evidence:&lt;/i&gt; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Pupil or colleague feedback:&lt;/i&gt; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No learning breakthrough recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence index</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>verification_tab</name>
    <message>
        <source>Not yet requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>views</name>
    <message>
        <source>KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size:.1f} {unit}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
