<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AlignCommand</name>
    <message>
        <location filename="../app/editor/commands/AlignCommand.cpp" line="14"/>
        <source>Align</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoundaryTool</name>
    <message>
        <location filename="../app/editor/tools/BoundaryTool.cpp" line="58"/>
        <source>Trust boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/tools/BoundaryTool.cpp" line="72"/>
        <source>Add trust boundary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateShapeTool</name>
    <message>
        <location filename="../app/editor/tools/CreateShapeTool.cpp" line="27"/>
        <source>External entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/tools/CreateShapeTool.cpp" line="28"/>
        <source>Add external entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/tools/CreateShapeTool.cpp" line="30"/>
        <source>Data store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/tools/CreateShapeTool.cpp" line="31"/>
        <source>Add data store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/tools/CreateShapeTool.cpp" line="33"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/tools/CreateShapeTool.cpp" line="34"/>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/tools/CreateShapeTool.cpp" line="36"/>
        <source>Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/tools/CreateShapeTool.cpp" line="37"/>
        <source>Add process</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ElementClipboard</name>
    <message>
        <location filename="../app/editor/ElementClipboard.cpp" line="18"/>
        <source>Copied elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/ElementClipboard.cpp" line="43"/>
        <source>The clipboard is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/ElementClipboard.cpp" line="52"/>
        <source>The clipboard holds no Latch elements (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlowTool</name>
    <message>
        <location filename="../app/editor/tools/FlowTool.cpp" line="48"/>
        <source>Data flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/tools/FlowTool.cpp" line="53"/>
        <source>Add data flow</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveElementsCommand</name>
    <message>
        <location filename="../app/editor/commands/MoveElementsCommand.cpp" line="18"/>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelectTool</name>
    <message>
        <location filename="../app/editor/tools/SelectTool.cpp" line="65"/>
        <source>Resize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/tools/SelectTool.cpp" line="130"/>
        <source>Reconnect flow</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>latch::AddDiagramCommand</name>
    <message>
        <location filename="../app/editor/commands/DiagramCommands.cpp" line="19"/>
        <source>Add diagram</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>latch::DiagramScene</name>
    <message>
        <location filename="../app/editor/scene/DiagramScene.cpp" line="254"/>
        <source>Delete element</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/scene/DiagramScene.cpp" line="255"/>
        <source>Delete %n elements</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latch::DisplayNames</name>
    <message>
        <location filename="../app/editor/DisplayNames.cpp" line="24"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/DisplayNames.cpp" line="26"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/DisplayNames.cpp" line="28"/>
        <source>Mitigated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/DisplayNames.cpp" line="30"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/DisplayNames.cpp" line="32"/>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/DisplayNames.cpp" line="34"/>
        <source>Transferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/DisplayNames.cpp" line="43"/>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/DisplayNames.cpp" line="45"/>
        <source>Implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/DisplayNames.cpp" line="47"/>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/DisplayNames.cpp" line="56"/>
        <source>critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/DisplayNames.cpp" line="58"/>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/DisplayNames.cpp" line="60"/>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/DisplayNames.cpp" line="62"/>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/DisplayNames.cpp" line="66"/>
        <source>unscored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/DisplayNames.cpp" line="72"/>
        <source>Spoofing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/DisplayNames.cpp" line="74"/>
        <source>Tampering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/DisplayNames.cpp" line="76"/>
        <source>Repudiation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/DisplayNames.cpp" line="78"/>
        <source>Information disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/DisplayNames.cpp" line="80"/>
        <source>Denial of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/DisplayNames.cpp" line="82"/>
        <source>Elevation of privilege</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/DisplayNames.cpp" line="92"/>
        <source>public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/DisplayNames.cpp" line="94"/>
        <source>internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/DisplayNames.cpp" line="96"/>
        <source>confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/DisplayNames.cpp" line="98"/>
        <source>restricted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>latch::Document</name>
    <message>
        <location filename="../app/editor/Document.cpp" line="41"/>
        <location filename="../app/editor/Document.cpp" line="52"/>
        <source>the model&apos;s own library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/Document.cpp" line="114"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>latch::DreadDock</name>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="63"/>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="69"/>
        <source>Clear Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="115"/>
        <source>&amp;Damage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="115"/>
        <source>&amp;Reproducibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="116"/>
        <source>E&amp;xploitability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="116"/>
        <source>&amp;Affected users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="117"/>
        <source>D&amp;iscoverability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="119"/>
        <source>Damage potential: how bad is it when the attack succeeds?
1 = nothing of value is harmed; 10 = the system or all of its data is lost or exposed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="122"/>
        <source>Reproducibility: how reliably does the attack work when tried again?
1 = only under rare conditions or a narrow timing window; 10 = every time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="124"/>
        <source>Exploitability: how much skill, time and tooling does the attack need?
1 = expert knowledge and custom tools; 10 = a browser or a published script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="126"/>
        <source>Affected users: how many users suffer when it happens?
1 = one user or none; 10 = every user of the system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="128"/>
        <source>Discoverability: how easily can an attacker find the weakness?
1 = needs source code or inside knowledge; 10 = visible in the interface, the API or public documentation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="152"/>
        <source>How likely is the attack to happen?
1 = rare, needs unlikely circumstances; 5 = expected, probably already tried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="155"/>
        <source>How severe is the harm when it happens?
1 = negligible; 5 = severe: large loss, breach or outage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="164"/>
        <source>&amp;Likelihood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="166"/>
        <source>&amp;Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="199"/>
        <source>Choose a threat in the Threats panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="229"/>
        <source>not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="254"/>
        <source>Score “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="269"/>
        <source>Rate “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="283"/>
        <source>Clear score of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>latch::ExportDialog</name>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="32"/>
        <source>PDF report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="33"/>
        <source>HTML report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="34"/>
        <source>Threat register (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="36"/>
        <source>Diagram (SVG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="37"/>
        <source>Diagram (PNG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="48"/>
        <source>Include obsolete threats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="49"/>
        <source>Only open and in-progress threats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="52"/>
        <source>Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="55"/>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="166"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="61"/>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="62"/>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="73"/>
        <source> ×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="77"/>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="78"/>
        <source>&amp;Page size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="81"/>
        <source>&amp;Diagram:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="82"/>
        <source>&amp;Scale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="85"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="117"/>
        <source>Cover, summary, diagrams, the register by risk, mitigations and an appendix of elements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="119"/>
        <source>The chosen diagram, with element numbers as in the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="120"/>
        <source>One row per threat, highest risk first; UTF-8, RFC 4180.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="140"/>
        <source>Report preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="153"/>
        <source>threat-model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="181"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>latch::InlineRenamer</name>
    <message>
        <location filename="../app/editor/window/InlineRenamer.cpp" line="57"/>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>latch::MainWindow</name>
    <message>
        <location filename="../app/editor/window/ExchangeDialogs.cpp" line="17"/>
        <source>Import a model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/window/ExchangeDialogs.cpp" line="18"/>
        <source>Models of other tools (*.json *.tm7);;Threat Dragon (*.json);;Microsoft Threat Modeling Tool (*.tm7);;Open Threat Model (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/window/ExchangeDialogs.cpp" line="28"/>
        <source>Cannot import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/window/ExchangeDialogs.cpp" line="33"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/window/ExchangeDialogs.cpp" line="34"/>
        <source>%1 (%2):
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/window/ExchangeDialogs.cpp" line="38"/>
        <source>%n thing(s) could not be taken over as they were; see the details.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/editor/window/ExchangeDialogs.cpp" line="49"/>
        <source>Use a rule library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/window/ExchangeDialogs.cpp" line="50"/>
        <source>Rule libraries (*.json *.tb7 *.tm7);;Latch rule libraries (*.json);;Threat Modeling Tool templates (*.tb7 *.tm7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/window/ExchangeDialogs.cpp" line="56"/>
        <source>Cannot use this library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="59"/>
        <source>Untitled model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="164"/>
        <source>an unsaved model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="166"/>
        <source>Restore unsaved work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="167"/>
        <source>Latch did not close normally. Restore the unsaved changes to:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="179"/>
        <source>Cannot restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="196"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="220"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="221"/>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="222"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="223"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="224"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="226"/>
        <source>Use Rule &amp;Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="230"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="231"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="232"/>
        <location filename="../app/editor/window/MainWindow.cpp" line="459"/>
        <source>Save model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="238"/>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="240"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="243"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="244"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="246"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="247"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="249"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="254"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="255"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="256"/>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="257"/>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="260"/>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="261"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="262"/>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="267"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="268"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="269"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="270"/>
        <source>&amp;Fit to Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="272"/>
        <source>&amp;Snap to Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="281"/>
        <source>Risk &amp;Badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="283"/>
        <source>Show each element&apos;s unresolved threats; hide them for clean screenshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="292"/>
        <source>&amp;Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="297"/>
        <source>&amp;Arrange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="302"/>
        <source>Align &amp;Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="303"/>
        <source>Align &amp;Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="304"/>
        <source>Align &amp;Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="305"/>
        <source>Align &amp;Bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="306"/>
        <source>Centre &amp;Horizontally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="307"/>
        <source>Centre &amp;Vertically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="312"/>
        <source>&amp;Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="313"/>
        <source>&amp;Add Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="314"/>
        <source>&amp;Rename Diagram…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="316"/>
        <source>&amp;Delete Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="321"/>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="330"/>
        <source>Select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="331"/>
        <source>External entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="332"/>
        <source>Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="333"/>
        <source>Data store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="334"/>
        <source>Data flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="335"/>
        <source>Trust boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="336"/>
        <source>Boundary line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="337"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="434"/>
        <source>%1 diagrams, %2 elements, %3 threats: %4 open, %5 in progress, %6 mitigated, %7 accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="448"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="451"/>
        <source> · unresolved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="469"/>
        <source>Save failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="473"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="482"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="483"/>
        <source>%1 has changes that are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="529"/>
        <location filename="../app/editor/window/MainWindow.cpp" line="549"/>
        <source>Cannot open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="543"/>
        <source>Open model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="567"/>
        <source>Use rule library %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/window/MainWindow.cpp" line="569"/>
        <source>%n threat type(s) of the template could not be converted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="579"/>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="580"/>
        <source>Discard every change since the last save?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="596"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/window/MainWindow.cpp" line="597"/>
        <source>The selection has %n attached data flow(s). Delete them too?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/window/MainWindow.cpp" line="629"/>
        <source>Paste %n element(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="704"/>
        <source>Diagram %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="716"/>
        <source>Rename diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="716"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="725"/>
        <source>Delete diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="726"/>
        <source>A model keeps at least one diagram.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>latch::MitigationsDock</name>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="32"/>
        <source>Mitigations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="76"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="80"/>
        <source>Why this status: what was decided, by whom, and what it rests on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="82"/>
        <source>&amp;Justification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="88"/>
        <source>Linked mitigations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="96"/>
        <source>&amp;Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="98"/>
        <source>&amp;Unlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="110"/>
        <source>Suggested by the rule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="115"/>
        <source>Add to Catalog and Lin&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="132"/>
        <source>Mitigation catalog of the model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="135"/>
        <source>Mitigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="135"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="135"/>
        <source>Threats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="145"/>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="146"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="168"/>
        <source>Choose a threat in the Threats panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="265"/>
        <source>Set “%1” to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="276"/>
        <source>Justify “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="289"/>
        <source>Link “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="302"/>
        <source>Unlink “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="320"/>
        <source>Adopt mitigation “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="343"/>
        <source>New mitigation “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="350"/>
        <source>New mitigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="350"/>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="364"/>
        <source>Mark “%1” %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="384"/>
        <source>Remove mitigation “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="399"/>
        <source>Rename mitigation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>latch::MoveDiagramCommand</name>
    <message>
        <location filename="../app/editor/commands/DiagramCommands.cpp" line="65"/>
        <source>Move diagram</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>latch::ObjectivesDock</name>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="42"/>
        <source>Objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="57"/>
        <source>Names, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="58"/>
        <source>What is in scope, and what is deliberately left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="61"/>
        <source>Other regimes, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="62"/>
        <source>DREAD (five ratings, 1–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="63"/>
        <source>Likelihood × impact (1–5 each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="76"/>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="132"/>
        <source>Change compliance regimes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="82"/>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="82"/>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="82"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="88"/>
        <source>Add &amp;Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="89"/>
        <source>Remove Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="98"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="99"/>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="100"/>
        <source>Re&amp;viewers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="101"/>
        <source>&amp;Scope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="102"/>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="103"/>
        <source>&amp;Risk method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="104"/>
        <source>&amp;Compliance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="123"/>
        <source>Edit model title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="125"/>
        <source>Edit owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="127"/>
        <source>Edit reviewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="144"/>
        <source>Edit scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="146"/>
        <source>Edit model description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="151"/>
        <source>Change risk method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="243"/>
        <source>Classify asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="264"/>
        <source>Edit asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="274"/>
        <source>New asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="277"/>
        <source>Add asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="287"/>
        <source>Remove asset</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>latch::OverviewDock</name>
    <message>
        <location filename="../app/editor/docks/OverviewDock.cpp" line="62"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>latch::PropertiesDock</name>
    <message>
        <location filename="../app/editor/docks/PropertiesDock.cpp" line="21"/>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/PropertiesDock.cpp" line="73"/>
        <source>Set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/PropertiesDock.cpp" line="136"/>
        <source>Select one element to edit its properties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/PropertiesDock.cpp" line="149"/>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/PropertiesDock.cpp" line="152"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/PropertiesDock.cpp" line="168"/>
        <source>Change type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/PropertiesDock.cpp" line="172"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/PropertiesDock.cpp" line="177"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/PropertiesDock.cpp" line="183"/>
        <source>Edit description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>latch::RemoveDiagramCommand</name>
    <message>
        <location filename="../app/editor/commands/DiagramCommands.cpp" line="44"/>
        <source>Delete diagram</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>latch::RenameDiagramCommand</name>
    <message>
        <location filename="../app/editor/commands/DiagramCommands.cpp" line="85"/>
        <source>Rename diagram</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>latch::RiskMatrixWidget</name>
    <message>
        <location filename="../app/editor/widgets/RiskMatrixWidget.cpp" line="21"/>
        <source>Likelihood (up) × impact (right). Click a cell to rate both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/widgets/RiskMatrixWidget.cpp" line="69"/>
        <source>Impact →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/widgets/RiskMatrixWidget.cpp" line="73"/>
        <source>Likelihood →</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>latch::ThreatDialog</name>
    <message>
        <location filename="../app/editor/dialogs/ThreatDialog.cpp" line="22"/>
        <source>Add threat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ThreatDialog.cpp" line="22"/>
        <source>Edit threat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ThreatDialog.cpp" line="36"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ThreatDialog.cpp" line="37"/>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ThreatDialog.cpp" line="38"/>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>latch::ThreatTableModel</name>
    <message>
        <location filename="../app/editor/docks/ThreatTableModel.cpp" line="72"/>
        <source>Rename threat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatTableModel.cpp" line="82"/>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatTableModel.cpp" line="84"/>
        <source>Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatTableModel.cpp" line="86"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatTableModel.cpp" line="88"/>
        <source>Threat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatTableModel.cpp" line="90"/>
        <source>Element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatTableModel.cpp" line="92"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatTableModel.cpp" line="105"/>
        <source>(deleted)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>latch::ThreatsDock</name>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="28"/>
        <source>Threats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="34"/>
        <source>Selection only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="35"/>
        <source>Obsolete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="53"/>
        <source>Search threats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="66"/>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="71"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="76"/>
        <source>All risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="84"/>
        <source>All OWASP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="91"/>
        <source>Flat list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="92"/>
        <source>By element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="93"/>
        <source>By category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="94"/>
        <source>By status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="143"/>
        <source>&amp;Add Threat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="145"/>
        <source>Add a threat of your own to the element selected on the canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="146"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="150"/>
        <source>Remove threats whose rule no longer applies or whose element is gone, with the team&apos;s notes on them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="172"/>
        <source>&amp;Purge Obsolete (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="177"/>
        <source>%1 of %2 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="216"/>
        <source>Add threat “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="234"/>
        <source>Edit threat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="243"/>
        <source>Purge obsolete threats</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="244"/>
        <source>Remove %n obsolete threat(s) from the register, with their scores and notes? Undo brings them back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="258"/>
        <source>Purge %n obsolete threat(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
