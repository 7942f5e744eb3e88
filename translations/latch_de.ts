<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AlignCommand</name>
    <message>
        <location filename="../app/editor/commands/AlignCommand.cpp" line="14"/>
        <source>Align</source>
        <translation>Ausrichten</translation>
    </message>
</context>
<context>
    <name>BoundaryTool</name>
    <message>
        <location filename="../app/editor/tools/BoundaryTool.cpp" line="58"/>
        <source>Trust boundary</source>
        <translation>Vertrauensgrenze</translation>
    </message>
    <message>
        <location filename="../app/editor/tools/BoundaryTool.cpp" line="72"/>
        <source>Add trust boundary</source>
        <translation>Vertrauensgrenze hinzufügen</translation>
    </message>
</context>
<context>
    <name>CreateShapeTool</name>
    <message>
        <location filename="../app/editor/tools/CreateShapeTool.cpp" line="27"/>
        <source>External entity</source>
        <translation>Externe Entität</translation>
    </message>
    <message>
        <location filename="../app/editor/tools/CreateShapeTool.cpp" line="28"/>
        <source>Add external entity</source>
        <translation>Externe Entität hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/editor/tools/CreateShapeTool.cpp" line="30"/>
        <source>Data store</source>
        <translation>Datenspeicher</translation>
    </message>
    <message>
        <location filename="../app/editor/tools/CreateShapeTool.cpp" line="31"/>
        <source>Add data store</source>
        <translation>Datenspeicher hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/editor/tools/CreateShapeTool.cpp" line="33"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../app/editor/tools/CreateShapeTool.cpp" line="34"/>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/editor/tools/CreateShapeTool.cpp" line="36"/>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <location filename="../app/editor/tools/CreateShapeTool.cpp" line="37"/>
        <source>Add process</source>
        <translation>Prozess hinzufügen</translation>
    </message>
</context>
<context>
    <name>ElementClipboard</name>
    <message>
        <location filename="../app/editor/ElementClipboard.cpp" line="18"/>
        <source>Copied elements</source>
        <translation>Kopierte Elemente</translation>
    </message>
    <message>
        <location filename="../app/editor/ElementClipboard.cpp" line="43"/>
        <source>The clipboard is empty.</source>
        <translation>Die Zwischenablage ist leer.</translation>
    </message>
    <message>
        <location filename="../app/editor/ElementClipboard.cpp" line="52"/>
        <source>The clipboard holds no Latch elements (%1).</source>
        <translation>Die Zwischenablage enthält keine Latch-Elemente (%1).</translation>
    </message>
</context>
<context>
    <name>FlowTool</name>
    <message>
        <location filename="../app/editor/tools/FlowTool.cpp" line="48"/>
        <source>Data flow</source>
        <translation>Datenfluss</translation>
    </message>
    <message>
        <location filename="../app/editor/tools/FlowTool.cpp" line="53"/>
        <source>Add data flow</source>
        <translation>Datenfluss hinzufügen</translation>
    </message>
</context>
<context>
    <name>MoveElementsCommand</name>
    <message>
        <location filename="../app/editor/commands/MoveElementsCommand.cpp" line="18"/>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
</context>
<context>
    <name>SelectTool</name>
    <message>
        <location filename="../app/editor/tools/SelectTool.cpp" line="65"/>
        <source>Resize</source>
        <translation>Größe ändern</translation>
    </message>
    <message>
        <location filename="../app/editor/tools/SelectTool.cpp" line="130"/>
        <source>Reconnect flow</source>
        <translation>Datenfluss neu verbinden</translation>
    </message>
</context>
<context>
    <name>latch::AddDiagramCommand</name>
    <message>
        <location filename="../app/editor/commands/DiagramCommands.cpp" line="19"/>
        <source>Add diagram</source>
        <translation>Diagramm hinzufügen</translation>
    </message>
</context>
<context>
    <name>latch::DiagramScene</name>
    <message>
        <location filename="../app/editor/scene/DiagramScene.cpp" line="253"/>
        <source>Delete element</source>
        <translation>Element löschen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/scene/DiagramScene.cpp" line="254"/>
        <source>Delete %n elements</source>
        <translation>
            <numerusform>%n Element löschen</numerusform>
            <numerusform>%n Elemente löschen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latch::DisplayNames</name>
    <message>
        <location filename="../app/editor/DisplayNames.cpp" line="24"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../app/editor/DisplayNames.cpp" line="26"/>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <location filename="../app/editor/DisplayNames.cpp" line="28"/>
        <source>Mitigated</source>
        <translation>Gemindert</translation>
    </message>
    <message>
        <location filename="../app/editor/DisplayNames.cpp" line="30"/>
        <source>Accepted</source>
        <translation>Akzeptiert</translation>
    </message>
    <message>
        <location filename="../app/editor/DisplayNames.cpp" line="32"/>
        <source>Not applicable</source>
        <translation>Nicht zutreffend</translation>
    </message>
    <message>
        <location filename="../app/editor/DisplayNames.cpp" line="34"/>
        <source>Transferred</source>
        <translation>Übertragen</translation>
    </message>
    <message>
        <location filename="../app/editor/DisplayNames.cpp" line="43"/>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/editor/DisplayNames.cpp" line="45"/>
        <source>Implemented</source>
        <translation>Umgesetzt</translation>
    </message>
    <message>
        <location filename="../app/editor/DisplayNames.cpp" line="47"/>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <location filename="../app/editor/DisplayNames.cpp" line="56"/>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <location filename="../app/editor/DisplayNames.cpp" line="58"/>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <location filename="../app/editor/DisplayNames.cpp" line="60"/>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <location filename="../app/editor/DisplayNames.cpp" line="62"/>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <location filename="../app/editor/DisplayNames.cpp" line="66"/>
        <source>unscored</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <location filename="../app/editor/DisplayNames.cpp" line="72"/>
        <source>Spoofing</source>
        <translation>Spoofing</translation>
    </message>
    <message>
        <location filename="../app/editor/DisplayNames.cpp" line="74"/>
        <source>Tampering</source>
        <translation>Manipulation</translation>
    </message>
    <message>
        <location filename="../app/editor/DisplayNames.cpp" line="76"/>
        <source>Repudiation</source>
        <translation>Abstreitbarkeit</translation>
    </message>
    <message>
        <location filename="../app/editor/DisplayNames.cpp" line="78"/>
        <source>Information disclosure</source>
        <translation>Offenlegung von Informationen</translation>
    </message>
    <message>
        <location filename="../app/editor/DisplayNames.cpp" line="80"/>
        <source>Denial of service</source>
        <translation>Dienstverweigerung</translation>
    </message>
    <message>
        <location filename="../app/editor/DisplayNames.cpp" line="82"/>
        <source>Elevation of privilege</source>
        <translation>Rechteausweitung</translation>
    </message>
    <message>
        <location filename="../app/editor/DisplayNames.cpp" line="92"/>
        <source>public</source>
        <translation>öffentlich</translation>
    </message>
    <message>
        <location filename="../app/editor/DisplayNames.cpp" line="94"/>
        <source>internal</source>
        <translation>intern</translation>
    </message>
    <message>
        <location filename="../app/editor/DisplayNames.cpp" line="96"/>
        <source>confidential</source>
        <translation>vertraulich</translation>
    </message>
    <message>
        <location filename="../app/editor/DisplayNames.cpp" line="98"/>
        <source>restricted</source>
        <translation>streng vertraulich</translation>
    </message>
</context>
<context>
    <name>latch::Document</name>
    <message>
        <location filename="../app/editor/Document.cpp" line="41"/>
        <location filename="../app/editor/Document.cpp" line="52"/>
        <source>the model&apos;s own library</source>
        <translation>die eigene Bibliothek des Modells</translation>
    </message>
    <message>
        <location filename="../app/editor/Document.cpp" line="114"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
</context>
<context>
    <name>latch::DreadDock</name>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="63"/>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="69"/>
        <source>Clear Score</source>
        <translation>Bewertung löschen</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="115"/>
        <source>&amp;Damage</source>
        <translation>&amp;Schaden</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="115"/>
        <source>&amp;Reproducibility</source>
        <translation>&amp;Reproduzierbarkeit</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="116"/>
        <source>E&amp;xploitability</source>
        <translation>&amp;Ausnutzbarkeit</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="116"/>
        <source>&amp;Affected users</source>
        <translation>&amp;Betroffene Benutzer</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="117"/>
        <source>D&amp;iscoverability</source>
        <translation>Au&amp;ffindbarkeit</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="119"/>
        <source>Damage potential: how bad is it when the attack succeeds?
1 = nothing of value is harmed; 10 = the system or all of its data is lost or exposed.</source>
        <translation>Schadenspotenzial: Wie schwer wiegt ein erfolgreicher Angriff?
1 = nichts von Wert wird beeinträchtigt; 10 = das System oder alle seine Daten gehen verloren oder werden offengelegt.</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="122"/>
        <source>Reproducibility: how reliably does the attack work when tried again?
1 = only under rare conditions or a narrow timing window; 10 = every time.</source>
        <translation>Reproduzierbarkeit: Wie zuverlässig gelingt der Angriff bei einem erneuten Versuch?
1 = nur unter seltenen Bedingungen oder in einem engen Zeitfenster; 10 = jedes Mal.</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="124"/>
        <source>Exploitability: how much skill, time and tooling does the attack need?
1 = expert knowledge and custom tools; 10 = a browser or a published script.</source>
        <translation>Ausnutzbarkeit: Wie viel Können, Zeit und Werkzeuge erfordert der Angriff?
1 = Expertenwissen und eigens entwickelte Werkzeuge; 10 = ein Browser oder ein veröffentlichtes Skript.</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="126"/>
        <source>Affected users: how many users suffer when it happens?
1 = one user or none; 10 = every user of the system.</source>
        <translation>Betroffene Benutzer: Wie viele Benutzer sind betroffen, wenn es dazu kommt?
1 = ein Benutzer oder keiner; 10 = alle Benutzer des Systems.</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="128"/>
        <source>Discoverability: how easily can an attacker find the weakness?
1 = needs source code or inside knowledge; 10 = visible in the interface, the API or public documentation.</source>
        <translation>Auffindbarkeit: Wie leicht kann ein Angreifer die Schwachstelle finden?
1 = erfordert Quellcode oder Insiderwissen; 10 = sichtbar in der Oberfläche, der API oder der öffentlichen Dokumentation.</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="152"/>
        <source>How likely is the attack to happen?
1 = rare, needs unlikely circumstances; 5 = expected, probably already tried.</source>
        <translation>Wie wahrscheinlich ist es, dass der Angriff stattfindet?
1 = selten, erfordert unwahrscheinliche Umstände; 5 = zu erwarten, wurde vermutlich bereits versucht.</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="155"/>
        <source>How severe is the harm when it happens?
1 = negligible; 5 = severe: large loss, breach or outage.</source>
        <translation>Wie schwer ist der Schaden, wenn es dazu kommt?
1 = vernachlässigbar; 5 = schwerwiegend: großer Verlust, Sicherheitsverletzung oder Ausfall.</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="164"/>
        <source>&amp;Likelihood</source>
        <translation>&amp;Wahrscheinlichkeit</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="166"/>
        <source>&amp;Impact</source>
        <translation>A&amp;uswirkung</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="199"/>
        <source>Choose a threat in the Threats panel.</source>
        <translation>Bedrohung im Bedienfeld „Bedrohungen“ auswählen.</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="229"/>
        <source>not scored</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="254"/>
        <source>Score “%1”</source>
        <translation>„%1“ bewerten</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="269"/>
        <source>Rate “%1”</source>
        <translation>„%1“ einstufen</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="283"/>
        <source>Clear score of “%1”</source>
        <translation>Bewertung von „%1“ löschen</translation>
    </message>
</context>
<context>
    <name>latch::ExportDialog</name>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="33"/>
        <source>PDF report</source>
        <translation>PDF-Bericht</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="34"/>
        <source>HTML report</source>
        <translation>HTML-Bericht</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="35"/>
        <source>Threat register (CSV)</source>
        <translation>Bedrohungsregister (CSV)</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="37"/>
        <source>Diagram (SVG)</source>
        <translation>Diagramm (SVG)</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="38"/>
        <source>Diagram (PNG)</source>
        <translation>Diagramm (PNG)</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="49"/>
        <source>Include obsolete threats</source>
        <translation>Veraltete Bedrohungen einbeziehen</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="50"/>
        <source>Only open and in-progress threats</source>
        <translation>Nur offene und in Bearbeitung befindliche Bedrohungen</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="53"/>
        <source>Pre&amp;view…</source>
        <translation>&amp;Vorschau…</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="56"/>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="170"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="62"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="63"/>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="77"/>
        <source> ×</source>
        <translation> ×</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="81"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="82"/>
        <source>&amp;Page size:</source>
        <translation>&amp;Seitengröße:</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="85"/>
        <source>&amp;Diagram:</source>
        <translation>&amp;Diagramm:</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="86"/>
        <source>&amp;Scale:</source>
        <translation>&amp;Maßstab:</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="89"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="121"/>
        <source>Cover, summary, diagrams, the register by risk, mitigations and an appendix of elements.</source>
        <translation>Deckblatt, Zusammenfassung, Diagramme, das Register nach Risiko, Gegenmaßnahmen und ein Anhang mit den Elementen.</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="123"/>
        <source>The chosen diagram, with element numbers as in the report.</source>
        <translation>Das gewählte Diagramm, mit Elementnummern wie im Bericht.</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="124"/>
        <source>One row per threat, highest risk first; UTF-8, RFC 4180.</source>
        <translation>Eine Zeile pro Bedrohung, höchstes Risiko zuerst; UTF-8, RFC 4180.</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="144"/>
        <source>Report preview</source>
        <translation>Berichtsvorschau</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="157"/>
        <source>threat-model</source>
        <translation>Bedrohungsmodell</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="185"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>latch::InlineRenamer</name>
    <message>
        <location filename="../app/editor/window/InlineRenamer.cpp" line="57"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
</context>
<context>
    <name>latch::MainWindow</name>
    <message>
        <location filename="../app/editor/window/ExchangeDialogs.cpp" line="17"/>
        <source>Import a model</source>
        <translation>Modell importieren</translation>
    </message>
    <message>
        <location filename="../app/editor/window/ExchangeDialogs.cpp" line="18"/>
        <source>Models of other tools (*.json *.tm7);;Threat Dragon (*.json);;Microsoft Threat Modeling Tool (*.tm7);;Open Threat Model (*.json);;All files (*)</source>
        <translation>Modelle anderer Werkzeuge (*.json *.tm7);;Threat Dragon (*.json);;Microsoft Threat Modeling Tool (*.tm7);;Open Threat Model (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/editor/window/ExchangeDialogs.cpp" line="28"/>
        <source>Cannot import</source>
        <translation>Import nicht möglich</translation>
    </message>
    <message>
        <location filename="../app/editor/window/ExchangeDialogs.cpp" line="33"/>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <location filename="../app/editor/window/ExchangeDialogs.cpp" line="34"/>
        <source>%1 (%2):
%3</source>
        <translation>%1 (%2):
%3</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/window/ExchangeDialogs.cpp" line="38"/>
        <source>%n thing(s) could not be taken over as they were; see the details.</source>
        <translation>
            <numerusform>%n Eintrag konnte nicht unverändert übernommen werden; siehe Details.</numerusform>
            <numerusform>%n Einträge konnten nicht unverändert übernommen werden; siehe Details.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/editor/window/ExchangeDialogs.cpp" line="49"/>
        <source>Use a rule library</source>
        <translation>Regelbibliothek verwenden</translation>
    </message>
    <message>
        <location filename="../app/editor/window/ExchangeDialogs.cpp" line="50"/>
        <source>Rule libraries (*.json *.tb7 *.tm7);;Latch rule libraries (*.json);;Threat Modeling Tool templates (*.tb7 *.tm7)</source>
        <translation>Regelbibliotheken (*.json *.tb7 *.tm7);;Latch-Regelbibliotheken (*.json);;Vorlagen des Threat Modeling Tool (*.tb7 *.tm7)</translation>
    </message>
    <message>
        <location filename="../app/editor/window/ExchangeDialogs.cpp" line="56"/>
        <source>Cannot use this library</source>
        <translation>Diese Bibliothek kann nicht verwendet werden</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="141"/>
        <source>Untitled model</source>
        <translation>Unbenanntes Modell</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="194"/>
        <source>an unsaved model</source>
        <translation>ein nicht gespeichertes Modell</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="196"/>
        <source>Restore unsaved work</source>
        <translation>Nicht gespeicherte Arbeit wiederherstellen</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="197"/>
        <source>Latch did not close normally. Restore the unsaved changes to:
%1</source>
        <translation>Latch wurde nicht ordnungsgemäß beendet. Nicht gespeicherte Änderungen wiederherstellen für:
%1</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="209"/>
        <source>Cannot restore</source>
        <translation>Wiederherstellung nicht möglich</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="226"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="250"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="251"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="252"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="253"/>
        <source>Open &amp;Recent</source>
        <translation>Zuletzt &amp;geöffnet</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="254"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="256"/>
        <source>Use Rule &amp;Library…</source>
        <translation>&amp;Regelbibliothek verwenden…</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="260"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="261"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="262"/>
        <location filename="../app/editor/window/MainWindow.cpp" line="496"/>
        <source>Save model</source>
        <translation>Modell speichern</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="268"/>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="270"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="273"/>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="274"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="276"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="277"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="279"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="284"/>
        <source>Cu&amp;t</source>
        <translation>Aus&amp;schneiden</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="285"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="286"/>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="287"/>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="290"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="291"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="292"/>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="297"/>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="300"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="301"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="302"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="303"/>
        <source>&amp;Fit to Diagram</source>
        <translation>&amp;An Diagramm anpassen</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="305"/>
        <source>&amp;Snap to Grid</source>
        <translation>Am &amp;Raster ausrichten</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="315"/>
        <source>Risk &amp;Badges</source>
        <translation>Risiko&amp;markierungen</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="317"/>
        <source>Show each element&apos;s unresolved threats; hide them for clean screenshots</source>
        <translation>Die ungelösten Bedrohungen jedes Elements anzeigen; für saubere Bildschirmfotos ausblenden</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="326"/>
        <source>&amp;Panels</source>
        <translation>&amp;Bedienfelder</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="331"/>
        <source>&amp;Arrange</source>
        <translation>Anord&amp;nen</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="336"/>
        <source>Align &amp;Left</source>
        <translation>&amp;Links ausrichten</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="337"/>
        <source>Align &amp;Right</source>
        <translation>&amp;Rechts ausrichten</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="338"/>
        <source>Align &amp;Top</source>
        <translation>&amp;Oben ausrichten</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="339"/>
        <source>Align &amp;Bottom</source>
        <translation>&amp;Unten ausrichten</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="340"/>
        <source>Centre &amp;Horizontally</source>
        <translation>&amp;Horizontal zentrieren</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="341"/>
        <source>Centre &amp;Vertically</source>
        <translation>&amp;Vertikal zentrieren</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="346"/>
        <source>&amp;Diagram</source>
        <translation>Dia&amp;gramm</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="347"/>
        <source>&amp;Add Diagram</source>
        <translation>Diagramm &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="348"/>
        <source>&amp;Rename Diagram…</source>
        <translation>Diagramm &amp;umbenennen…</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="350"/>
        <source>&amp;Delete Diagram</source>
        <translation>Diagramm &amp;löschen</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="355"/>
        <source>Tools</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="364"/>
        <source>Select</source>
        <translation>Auswählen</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="365"/>
        <source>External entity</source>
        <translation>Externe Entität</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="366"/>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="367"/>
        <source>Data store</source>
        <translation>Datenspeicher</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="368"/>
        <source>Data flow</source>
        <translation>Datenfluss</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="369"/>
        <source>Trust boundary</source>
        <translation>Vertrauensgrenze</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="370"/>
        <source>Boundary line</source>
        <translation>Grenzlinie</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="371"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="471"/>
        <source>%1 diagrams, %2 elements, %3 threats: %4 open, %5 in progress, %6 mitigated, %7 accepted</source>
        <translation>%1 Diagramme, %2 Elemente, %3 Bedrohungen: %4 offen, %5 in Bearbeitung, %6 gemindert, %7 akzeptiert</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="485"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="488"/>
        <source> · unresolved: %1</source>
        <translation> · ungelöst: %1</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="506"/>
        <source>Save failed</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="510"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="519"/>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="520"/>
        <source>%1 has changes that are not saved.</source>
        <translation>%1 enthält Änderungen, die nicht gespeichert sind.</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="566"/>
        <location filename="../app/editor/window/MainWindow.cpp" line="586"/>
        <source>Cannot open</source>
        <translation>Öffnen nicht möglich</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="580"/>
        <source>Open model</source>
        <translation>Modell öffnen</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="604"/>
        <source>Use rule library %1</source>
        <translation>Regelbibliothek %1 verwenden</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/window/MainWindow.cpp" line="606"/>
        <source>%n threat type(s) of the template could not be converted</source>
        <translation>
            <numerusform>%n Bedrohungstyp der Vorlage konnte nicht konvertiert werden</numerusform>
            <numerusform>%n Bedrohungstypen der Vorlage konnten nicht konvertiert werden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="616"/>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="617"/>
        <source>Discard every change since the last save?</source>
        <translation>Alle Änderungen seit dem letzten Speichern verwerfen?</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="633"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/window/MainWindow.cpp" line="634"/>
        <source>The selection has %n attached data flow(s). Delete them too?</source>
        <translation>
            <numerusform>Mit der Auswahl ist %n Datenfluss verbunden. Ebenfalls löschen?</numerusform>
            <numerusform>Mit der Auswahl sind %n Datenflüsse verbunden. Ebenfalls löschen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/window/MainWindow.cpp" line="666"/>
        <source>Paste %n element(s)</source>
        <translation>
            <numerusform>%n Element einfügen</numerusform>
            <numerusform>%n Elemente einfügen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="741"/>
        <source>Diagram %1</source>
        <translation>Diagramm %1</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="753"/>
        <source>Rename diagram</source>
        <translation>Diagramm umbenennen</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="753"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="762"/>
        <source>Delete diagram</source>
        <translation>Diagramm löschen</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="763"/>
        <source>A model keeps at least one diagram.</source>
        <translation>Ein Modell muss mindestens ein Diagramm enthalten.</translation>
    </message>
</context>
<context>
    <name>latch::MitigationsDock</name>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="32"/>
        <source>Mitigations</source>
        <translation>Gegenmaßnahmen</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="76"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="80"/>
        <source>Why this status: what was decided, by whom, and what it rests on</source>
        <translation>Warum dieser Status: was entschieden wurde, von wem und worauf es beruht</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="82"/>
        <source>&amp;Justification:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="88"/>
        <source>Linked mitigations:</source>
        <translation>Verknüpfte Gegenmaßnahmen:</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="96"/>
        <source>&amp;Link</source>
        <translation>&amp;Verknüpfen</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="98"/>
        <source>&amp;Unlink</source>
        <translation>Verknüpfung &amp;lösen</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="110"/>
        <source>Suggested by the rule:</source>
        <translation>Von der Regel vorgeschlagen:</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="115"/>
        <source>Add to Catalog and Lin&amp;k</source>
        <translation>Zum Katalog hinzufügen und ver&amp;knüpfen</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="132"/>
        <source>Mitigation catalog of the model:</source>
        <translation>Gegenmaßnahmenkatalog des Modells:</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="135"/>
        <source>Mitigation</source>
        <translation>Gegenmaßnahme</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="135"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="135"/>
        <source>Threats</source>
        <translation>Bedrohungen</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="145"/>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="146"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="168"/>
        <source>Choose a threat in the Threats panel.</source>
        <translation>Bedrohung im Bedienfeld „Bedrohungen“ auswählen.</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="264"/>
        <source>Set “%1” to %2</source>
        <translation>„%1“ auf %2 setzen</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="275"/>
        <source>Justify “%1”</source>
        <translation>„%1“ begründen</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="288"/>
        <source>Link “%1”</source>
        <translation>„%1“ verknüpfen</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="301"/>
        <source>Unlink “%1”</source>
        <translation>Verknüpfung von „%1“ lösen</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="319"/>
        <source>Adopt mitigation “%1”</source>
        <translation>Gegenmaßnahme „%1“ übernehmen</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="342"/>
        <source>New mitigation “%1”</source>
        <translation>Neue Gegenmaßnahme „%1“</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="349"/>
        <source>New mitigation</source>
        <translation>Neue Gegenmaßnahme</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="349"/>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="363"/>
        <source>Mark “%1” %2</source>
        <translation>„%1“ als %2 markieren</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="382"/>
        <source>Remove mitigation “%1”</source>
        <translation>Gegenmaßnahme „%1“ entfernen</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="397"/>
        <source>Rename mitigation</source>
        <translation>Gegenmaßnahme umbenennen</translation>
    </message>
</context>
<context>
    <name>latch::MoveDiagramCommand</name>
    <message>
        <location filename="../app/editor/commands/DiagramCommands.cpp" line="65"/>
        <source>Move diagram</source>
        <translation>Diagramm verschieben</translation>
    </message>
</context>
<context>
    <name>latch::ObjectivesDock</name>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="42"/>
        <source>Objectives</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="57"/>
        <source>Names, separated by commas</source>
        <translation>Namen, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="58"/>
        <source>What is in scope, and what is deliberately left out</source>
        <translation>Was zum Geltungsbereich gehört und was bewusst ausgeklammert wird</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="61"/>
        <source>Other regimes, separated by commas</source>
        <translation>Weitere Regelwerke, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="62"/>
        <source>DREAD (five ratings, 1–10)</source>
        <translation>DREAD (fünf Bewertungen, 1–10)</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="63"/>
        <source>Likelihood × impact (1–5 each)</source>
        <translation>Wahrscheinlichkeit × Auswirkung (je 1–5)</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="76"/>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="132"/>
        <source>Change compliance regimes</source>
        <translation>Compliance-Regelwerke ändern</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="82"/>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="82"/>
        <source>Classification</source>
        <translation>Klassifizierung</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="82"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="88"/>
        <source>Add &amp;Asset</source>
        <translation>&amp;Asset hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="89"/>
        <source>Remove Asset</source>
        <translation>Asset entfernen</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="98"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="99"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Eigentümer:</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="100"/>
        <source>Re&amp;viewers:</source>
        <translation>&amp;Prüfer:</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="101"/>
        <source>&amp;Scope:</source>
        <translation>&amp;Geltungsbereich:</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="102"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="103"/>
        <source>&amp;Risk method:</source>
        <translation>&amp;Risikomethode:</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="104"/>
        <source>&amp;Compliance:</source>
        <translation>&amp;Compliance:</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="123"/>
        <source>Edit model title</source>
        <translation>Modelltitel bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="125"/>
        <source>Edit owner</source>
        <translation>Eigentümer bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="127"/>
        <source>Edit reviewers</source>
        <translation>Prüfer bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="144"/>
        <source>Edit scope</source>
        <translation>Geltungsbereich bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="146"/>
        <source>Edit model description</source>
        <translation>Modellbeschreibung bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="151"/>
        <source>Change risk method</source>
        <translation>Risikomethode ändern</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="243"/>
        <source>Classify asset</source>
        <translation>Asset klassifizieren</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="264"/>
        <source>Edit asset</source>
        <translation>Asset bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="274"/>
        <source>New asset</source>
        <translation>Neues Asset</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="277"/>
        <source>Add asset</source>
        <translation>Asset hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="287"/>
        <source>Remove asset</source>
        <translation>Asset entfernen</translation>
    </message>
</context>
<context>
    <name>latch::OverviewDock</name>
    <message>
        <location filename="../app/editor/docks/OverviewDock.cpp" line="62"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
</context>
<context>
    <name>latch::PreferencesDialog</name>
    <message>
        <location filename="../app/editor/dialogs/PreferencesDialog.cpp" line="21"/>
        <source>Snap to the grid</source>
        <translation>Am Raster ausrichten</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/PreferencesDialog.cpp" line="25"/>
        <source>Include obsolete threats</source>
        <translation>Veraltete Bedrohungen einbeziehen</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/PreferencesDialog.cpp" line="26"/>
        <source>Only open and in-progress threats</source>
        <translation>Nur offene und in Bearbeitung befindliche Bedrohungen</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/PreferencesDialog.cpp" line="28"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/PreferencesDialog.cpp" line="30"/>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/PreferencesDialog.cpp" line="40"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/PreferencesDialog.cpp" line="41"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/PreferencesDialog.cpp" line="43"/>
        <source>DREAD (five ratings, 1–10)</source>
        <translation>DREAD (fünf Bewertungen, 1–10)</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/PreferencesDialog.cpp" line="44"/>
        <source>Likelihood × impact (1–5 each)</source>
        <translation>Wahrscheinlichkeit × Auswirkung (je 1–5)</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/PreferencesDialog.cpp" line="46"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/PreferencesDialog.cpp" line="47"/>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/PreferencesDialog.cpp" line="52"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/PreferencesDialog.cpp" line="54"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/PreferencesDialog.cpp" line="55"/>
        <source>A new language applies when Latch starts again.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Latch.</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/PreferencesDialog.cpp" line="58"/>
        <source>&amp;Recovery copy every:</source>
        <translation>&amp;Wiederherstellungskopie alle:</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/PreferencesDialog.cpp" line="59"/>
        <source>Canvas</source>
        <translation>Zeichenfläche</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/PreferencesDialog.cpp" line="61"/>
        <source>&amp;Grid size:</source>
        <translation>&amp;Rastergröße:</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/PreferencesDialog.cpp" line="63"/>
        <source>New models and reports</source>
        <translation>Neue Modelle und Berichte</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/PreferencesDialog.cpp" line="65"/>
        <source>Risk &amp;method:</source>
        <translation>Risiko&amp;methode:</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/PreferencesDialog.cpp" line="66"/>
        <source>&amp;Page size:</source>
        <translation>&amp;Seitengröße:</translation>
    </message>
</context>
<context>
    <name>latch::PropertiesDock</name>
    <message>
        <location filename="../app/editor/docks/PropertiesDock.cpp" line="21"/>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/PropertiesDock.cpp" line="73"/>
        <source>Set %1</source>
        <translation>%1 festlegen</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/PropertiesDock.cpp" line="136"/>
        <source>Select one element to edit its properties.</source>
        <translation>Ein einzelnes Element auswählen, um seine Eigenschaften zu bearbeiten.</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/PropertiesDock.cpp" line="149"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/PropertiesDock.cpp" line="152"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/PropertiesDock.cpp" line="168"/>
        <source>Change type</source>
        <translation>Typ ändern</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/PropertiesDock.cpp" line="172"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/PropertiesDock.cpp" line="177"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/PropertiesDock.cpp" line="183"/>
        <source>Edit description</source>
        <translation>Beschreibung bearbeiten</translation>
    </message>
</context>
<context>
    <name>latch::RemoveDiagramCommand</name>
    <message>
        <location filename="../app/editor/commands/DiagramCommands.cpp" line="44"/>
        <source>Delete diagram</source>
        <translation>Diagramm löschen</translation>
    </message>
</context>
<context>
    <name>latch::RenameDiagramCommand</name>
    <message>
        <location filename="../app/editor/commands/DiagramCommands.cpp" line="85"/>
        <source>Rename diagram</source>
        <translation>Diagramm umbenennen</translation>
    </message>
</context>
<context>
    <name>latch::RiskMatrixWidget</name>
    <message>
        <location filename="../app/editor/widgets/RiskMatrixWidget.cpp" line="21"/>
        <source>Likelihood (up) × impact (right). Click a cell to rate both.</source>
        <translation>Wahrscheinlichkeit (nach oben) × Auswirkung (nach rechts). Auf eine Zelle klicken, um beide festzulegen.</translation>
    </message>
    <message>
        <location filename="../app/editor/widgets/RiskMatrixWidget.cpp" line="69"/>
        <source>Impact →</source>
        <translation>Auswirkung →</translation>
    </message>
    <message>
        <location filename="../app/editor/widgets/RiskMatrixWidget.cpp" line="73"/>
        <source>Likelihood →</source>
        <translation>Wahrscheinlichkeit →</translation>
    </message>
</context>
<context>
    <name>latch::ThreatDialog</name>
    <message>
        <location filename="../app/editor/dialogs/ThreatDialog.cpp" line="22"/>
        <source>Add threat</source>
        <translation>Bedrohung hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ThreatDialog.cpp" line="22"/>
        <source>Edit threat</source>
        <translation>Bedrohung bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ThreatDialog.cpp" line="36"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ThreatDialog.cpp" line="37"/>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ThreatDialog.cpp" line="38"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
</context>
<context>
    <name>latch::ThreatTableModel</name>
    <message>
        <location filename="../app/editor/docks/ThreatTableModel.cpp" line="72"/>
        <source>Rename threat</source>
        <translation>Bedrohung umbenennen</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatTableModel.cpp" line="82"/>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatTableModel.cpp" line="84"/>
        <source>Band</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatTableModel.cpp" line="86"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatTableModel.cpp" line="88"/>
        <source>Threat</source>
        <translation>Bedrohung</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatTableModel.cpp" line="90"/>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatTableModel.cpp" line="92"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatTableModel.cpp" line="105"/>
        <source>(deleted)</source>
        <translation>(gelöscht)</translation>
    </message>
</context>
<context>
    <name>latch::ThreatsDock</name>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="28"/>
        <source>Threats</source>
        <translation>Bedrohungen</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="34"/>
        <source>Selection only</source>
        <translation>Nur Auswahl</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="35"/>
        <source>Obsolete</source>
        <translation>Veraltete</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="53"/>
        <source>Search threats</source>
        <translation>Bedrohungen durchsuchen</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="66"/>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="71"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="76"/>
        <source>All risks</source>
        <translation>Alle Risiken</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="84"/>
        <source>All OWASP</source>
        <translation>Alle OWASP</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="91"/>
        <source>Flat list</source>
        <translation>Flache Liste</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="92"/>
        <source>By element</source>
        <translation>Nach Element</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="93"/>
        <source>By category</source>
        <translation>Nach Kategorie</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="94"/>
        <source>By status</source>
        <translation>Nach Status</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="143"/>
        <source>&amp;Add Threat…</source>
        <translation>Bedrohung &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="145"/>
        <source>Add a threat of your own to the element selected on the canvas</source>
        <translation>Eine eigene Bedrohung zu dem auf der Zeichenfläche ausgewählten Element hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="146"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="150"/>
        <source>Remove threats whose rule no longer applies or whose element is gone, with the team&apos;s notes on them</source>
        <translation>Bedrohungen entfernen, deren Regel nicht mehr zutrifft oder deren Element nicht mehr existiert, samt den Notizen des Teams dazu</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="172"/>
        <source>&amp;Purge Obsolete (%1)</source>
        <translation>&amp;Veraltete entfernen (%1)</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="177"/>
        <source>%1 of %2 shown</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="216"/>
        <source>Add threat “%1”</source>
        <translation>Bedrohung „%1“ hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="234"/>
        <source>Edit threat</source>
        <translation>Bedrohung bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="243"/>
        <source>Purge obsolete threats</source>
        <translation>Veraltete Bedrohungen entfernen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="244"/>
        <source>Remove %n obsolete threat(s) from the register, with their scores and notes? Undo brings them back.</source>
        <translation>
            <numerusform>%n veraltete Bedrohung samt Bewertung und Notizen aus dem Register entfernen? „Rückgängig“ stellt sie wieder her.</numerusform>
            <numerusform>%n veraltete Bedrohungen samt Bewertungen und Notizen aus dem Register entfernen? „Rückgängig“ stellt sie wieder her.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="258"/>
        <source>Purge %n obsolete threat(s)</source>
        <translation>
            <numerusform>%n veraltete Bedrohung entfernen</numerusform>
            <numerusform>%n veraltete Bedrohungen entfernen</numerusform>
        </translation>
    </message>
</context>
</TS>
