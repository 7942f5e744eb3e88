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
    <name>QObject</name>
    <message>
        <location filename="../app/editor/ConflictedFile.cpp" line="23"/>
        <source>%1: git left merge conflict markers in it, and %2</source>
        <translation>%1: Git hat Konfliktmarkierungen darin hinterlassen, und %2</translation>
    </message>
    <message>
        <location filename="../app/editor/ConflictedFile.cpp" line="38"/>
        <source>its versions cannot be read from git (%1)</source>
        <translation>seine Fassungen lassen sich nicht aus Git lesen (%1)</translation>
    </message>
    <message>
        <location filename="../app/editor/ConflictedFile.cpp" line="44"/>
        <source>git&apos;s version %1 does not load (%2)</source>
        <translation>Gits Fassung %1 lässt sich nicht laden (%2)</translation>
    </message>
    <message>
        <location filename="../app/editor/scene/GhostItem.cpp" line="33"/>
        <source>Removed since the compared version: %1</source>
        <translation>Seit der verglichenen Version entfernt: %1</translation>
    </message>
</context>
<context>
    <name>SelectTool</name>
    <message>
        <location filename="../app/editor/tools/SelectTool.cpp" line="109"/>
        <source>Bend flow</source>
        <translation>Datenfluss knicken</translation>
    </message>
    <message>
        <location filename="../app/editor/tools/SelectTool.cpp" line="128"/>
        <source>Move label</source>
        <translation>Beschriftung verschieben</translation>
    </message>
    <message>
        <location filename="../app/editor/tools/SelectTool.cpp" line="151"/>
        <source>Resize</source>
        <translation>Größe ändern</translation>
    </message>
    <message>
        <location filename="../app/editor/tools/SelectTool.cpp" line="285"/>
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
    <name>latch::ChangesDock</name>
    <message>
        <location filename="../app/editor/docks/ChangesDock.cpp" line="32"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ChangesDock.cpp" line="35"/>
        <source>Hide &amp;layout changes</source>
        <translation>&amp;Layoutänderungen ausblenden</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ChangesDock.cpp" line="36"/>
        <source>&amp;End Comparison</source>
        <translation>Vergleich &amp;beenden</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ChangesDock.cpp" line="46"/>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ChangesDock.cpp" line="46"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ChangesDock.cpp" line="46"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ChangesDock.cpp" line="46"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ChangesDock.cpp" line="80"/>
        <source>Not comparing. File → Compare With File… or Compare With Revision… shows what changed since another version.</source>
        <translation>Kein Vergleich. Datei → Mit Datei vergleichen… oder Mit Revision vergleichen… zeigt, was sich seit einer anderen Version geändert hat.</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ChangesDock.cpp" line="86"/>
        <source>No changes since %1.</source>
        <translation>Keine Änderungen seit %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/docks/ChangesDock.cpp" line="87"/>
        <source>%n change(s) since %1.</source>
        <translation>
            <numerusform>%n Änderung seit %1.</numerusform>
            <numerusform>%n Änderungen seit %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ChangesDock.cpp" line="89"/>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ChangesDock.cpp" line="89"/>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ChangesDock.cpp" line="89"/>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ChangesDock.cpp" line="103"/>
        <source>%1 “%2”</source>
        <translation>%1 „%2“</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ChangesDock.cpp" line="111"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>latch::CompareActions</name>
    <message>
        <location filename="../app/editor/window/CompareActions.cpp" line="41"/>
        <source>Compare With &amp;File…</source>
        <translation>Mit &amp;Datei vergleichen…</translation>
    </message>
    <message>
        <location filename="../app/editor/window/CompareActions.cpp" line="42"/>
        <source>Compare With Re&amp;vision…</source>
        <translation>Mit Re&amp;vision vergleichen…</translation>
    </message>
    <message>
        <location filename="../app/editor/window/CompareActions.cpp" line="44"/>
        <source>End Co&amp;mparison</source>
        <translation>Verglei&amp;ch beenden</translation>
    </message>
    <message>
        <location filename="../app/editor/window/CompareActions.cpp" line="53"/>
        <source>Compare with</source>
        <translation>Vergleichen mit</translation>
    </message>
    <message>
        <location filename="../app/editor/window/CompareActions.cpp" line="54"/>
        <source>Latch models (*.tmodel);;All files (*)</source>
        <translation>Latch-Modelle (*.tmodel);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/editor/window/CompareActions.cpp" line="66"/>
        <source>Compare with revision</source>
        <translation>Mit Revision vergleichen</translation>
    </message>
    <message>
        <location filename="../app/editor/window/CompareActions.cpp" line="67"/>
        <source>Compare with the model as this git revision has it (a branch, a tag, a commit, HEAD for the last commit, HEAD~1 for the one before):</source>
        <translation>Mit dem Modell vergleichen, wie es in dieser git-Revision steht (ein Branch, ein Tag, ein Commit, HEAD für den letzten Commit, HEAD~1 für den davor):</translation>
    </message>
    <message>
        <location filename="../app/editor/window/CompareActions.cpp" line="79"/>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
</context>
<context>
    <name>latch::Comparison</name>
    <message>
        <location filename="../app/editor/compare/Comparison.cpp" line="51"/>
        <source>The model has no file yet: save it in a git repository to compare it with a revision.</source>
        <translation>Das Modell hat noch keine Datei: Speichern Sie es in einem git-Repository, um es mit einer Revision zu vergleichen.</translation>
    </message>
    <message>
        <location filename="../app/editor/compare/Comparison.cpp" line="58"/>
        <source>“%1” is not a git revision (a branch, a tag, a commit or HEAD~1).</source>
        <translation>„%1“ ist keine git-Revision (ein Branch, ein Tag, ein Commit oder HEAD~1).</translation>
    </message>
    <message>
        <location filename="../app/editor/compare/Comparison.cpp" line="69"/>
        <source>%1: cannot be read from git (%2)</source>
        <translation>%1: kann nicht aus git gelesen werden (%2)</translation>
    </message>
</context>
<context>
    <name>latch::ConflictsDock</name>
    <message>
        <location filename="../app/editor/docks/ConflictsDock.cpp" line="19"/>
        <source>Merge Conflicts</source>
        <translation>Merge-Konflikte</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ConflictsDock.cpp" line="23"/>
        <source>Use &amp;Ours</source>
        <translation>&amp;Unsere übernehmen</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ConflictsDock.cpp" line="24"/>
        <source>Use &amp;Theirs</source>
        <translation>&amp;Ihre übernehmen</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ConflictsDock.cpp" line="25"/>
        <source>Use &amp;Base</source>
        <translation>&amp;Basis übernehmen</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ConflictsDock.cpp" line="26"/>
        <source>&amp;Value…</source>
        <translation>&amp;Wert…</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ConflictsDock.cpp" line="79"/>
        <source>base: %1
%2: %3
%4: %5</source>
        <translation>Basis: %1
%2: %3
%4: %5</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ConflictsDock.cpp" line="86"/>
        <source>No merge conflicts.</source>
        <translation>Keine Merge-Konflikte.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/docks/ConflictsDock.cpp" line="89"/>
        <source>%n merge conflict(s) to resolve; the model holds ours until you choose.</source>
        <translation>
            <numerusform>%n Merge-Konflikt zu lösen; bis zur Entscheidung gilt unsere Fassung.</numerusform>
            <numerusform>%n Merge-Konflikte zu lösen; bis zur Entscheidung gilt unsere Fassung.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ConflictsDock.cpp" line="95"/>
        <source>Ours is %1, theirs is %2.</source>
        <translation>Unsere ist %1, ihre ist %2.</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ConflictsDock.cpp" line="119"/>
        <location filename="../app/editor/docks/ConflictsDock.cpp" line="132"/>
        <source>Resolve Conflict</source>
        <translation>Konflikt lösen</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ConflictsDock.cpp" line="120"/>
        <source>The value to keep, as JSON (%1 is &quot;%2&quot;; null removes it):</source>
        <translation>Der zu behaltende Wert als JSON (%1 ist „%2“; null entfernt ihn):</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ConflictsDock.cpp" line="133"/>
        <source>The conflict is left as it is: %1</source>
        <translation>Der Konflikt bleibt bestehen: %1</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ConflictsDock.cpp" line="137"/>
        <source>Resolve Merge Conflict</source>
        <translation>Merge-Konflikt lösen</translation>
    </message>
</context>
<context>
    <name>latch::DiagramScene</name>
    <message>
        <location filename="../app/editor/scene/DiagramScene.cpp" line="390"/>
        <source>Delete element</source>
        <translation>Element löschen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/scene/DiagramScene.cpp" line="391"/>
        <source>Delete %n elements</source>
        <translation>
            <numerusform>%n Element löschen</numerusform>
            <numerusform>%n Elemente löschen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/editor/scene/DiagramScene.cpp" line="491"/>
        <source>Remove bend point</source>
        <translation>Knickpunkt entfernen</translation>
    </message>
    <message>
        <location filename="../app/editor/scene/DiagramScene.cpp" line="503"/>
        <source>Add bend point</source>
        <translation>Knickpunkt hinzufügen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/scene/DiagramScene.cpp" line="590"/>
        <source>%n unresolved threat(s):</source>
        <translation>
            <numerusform>%n offene Bedrohung:</numerusform>
            <numerusform>%n offene Bedrohungen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/scene/DiagramScene.cpp" line="595"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latch::DisplayNames</name>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="25"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="27"/>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="29"/>
        <source>Mitigated</source>
        <translation>Gemindert</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="31"/>
        <source>Accepted</source>
        <translation>Akzeptiert</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="33"/>
        <source>Not applicable</source>
        <translation>Nicht zutreffend</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="35"/>
        <source>Transferred</source>
        <translation>Übertragen</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="44"/>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="46"/>
        <source>Implemented</source>
        <translation>Umgesetzt</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="48"/>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="57"/>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="59"/>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="61"/>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="63"/>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="67"/>
        <source>unscored</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="75"/>
        <source>Spoofing</source>
        <translation>Spoofing</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="76"/>
        <source>Tampering</source>
        <translation>Manipulation</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="77"/>
        <source>Repudiation</source>
        <translation>Abstreitbarkeit</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="79"/>
        <source>Information disclosure</source>
        <translation>Offenlegung von Informationen</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="80"/>
        <source>Denial of service</source>
        <translation>Dienstverweigerung</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="82"/>
        <source>Elevation of privilege</source>
        <translation>Rechteausweitung</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="83"/>
        <source>Linking</source>
        <translation>Verknüpfung</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="84"/>
        <source>Identifying</source>
        <translation>Identifizierung</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="85"/>
        <source>Non-repudiation</source>
        <translation>Nichtabstreitbarkeit</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="86"/>
        <source>Detecting</source>
        <translation>Erkennung</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="87"/>
        <source>Data disclosure</source>
        <translation>Offenlegung von Daten</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="88"/>
        <source>Unawareness</source>
        <translation>Unwissenheit</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="89"/>
        <source>Non-compliance</source>
        <translation>Nichteinhaltung</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="90"/>
        <source>Confidentiality</source>
        <translation>Vertraulichkeit</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="91"/>
        <source>Integrity</source>
        <translation>Integrität</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="92"/>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="107"/>
        <source>public</source>
        <translation>öffentlich</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="109"/>
        <source>internal</source>
        <translation>intern</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="111"/>
        <source>confidential</source>
        <translation>vertraulich</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="113"/>
        <source>restricted</source>
        <translation>streng vertraulich</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="120"/>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="121"/>
        <source>diagram</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="122"/>
        <source>external entity</source>
        <translation>externe Entität</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="123"/>
        <source>process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="124"/>
        <source>data store</source>
        <translation>Datenspeicher</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="125"/>
        <source>data flow</source>
        <translation>Datenfluss</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="126"/>
        <source>trust boundary</source>
        <translation>Vertrauensgrenze</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="127"/>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="128"/>
        <source>threat</source>
        <translation>Bedrohung</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="129"/>
        <source>mitigation</source>
        <translation>Gegenmaßnahme</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="130"/>
        <source>asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="139"/>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="140"/>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="141"/>
        <source>renamed</source>
        <translation>umbenannt</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="142"/>
        <source>type changed</source>
        <translation>Typ geändert</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="144"/>
        <location filename="../core/report/language/DisplayNames.cpp" line="146"/>
        <source>description changed</source>
        <translation>Beschreibung geändert</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="147"/>
        <source>property changed</source>
        <translation>Eigenschaft geändert</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="148"/>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="149"/>
        <source>ends changed</source>
        <translation>Enden geändert</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="151"/>
        <source>direction changed</source>
        <translation>Richtung geändert</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="153"/>
        <source>boundaries crossed changed</source>
        <translation>überquerte Grenzen geändert</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="155"/>
        <source>enclosing boundaries changed</source>
        <translation>umschließende Grenzen geändert</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="156"/>
        <source>moved</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="157"/>
        <source>resized</source>
        <translation>Größe geändert</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="159"/>
        <source>bend points changed</source>
        <translation>Knickpunkte geändert</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="161"/>
        <source>moved to another diagram</source>
        <translation>in ein anderes Diagramm verschoben</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="162"/>
        <source>status changed</source>
        <translation>Status geändert</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="164"/>
        <source>justification changed</source>
        <translation>Begründung geändert</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="165"/>
        <source>DREAD score changed</source>
        <translation>DREAD-Bewertung geändert</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="166"/>
        <source>risk rating changed</source>
        <translation>Risikobewertung geändert</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="167"/>
        <source>title changed</source>
        <translation>Titel geändert</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="168"/>
        <source>category changed</source>
        <translation>Kategorie geändert</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="169"/>
        <source>made obsolete</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="170"/>
        <source>revived</source>
        <translation>wieder gültig</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="171"/>
        <source>mitigation linked</source>
        <translation>Gegenmaßnahme verknüpft</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="173"/>
        <source>mitigation unlinked</source>
        <translation>Gegenmaßnahme gelöst</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="175"/>
        <source>objective changed</source>
        <translation>Ziel geändert</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="177"/>
        <source>rule library changed</source>
        <translation>Regelbibliothek geändert</translation>
    </message>
</context>
<context>
    <name>latch::Document</name>
    <message>
        <location filename="../app/editor/Document.cpp" line="56"/>
        <location filename="../app/editor/Document.cpp" line="70"/>
        <source>the model&apos;s own library</source>
        <translation>die eigene Bibliothek des Modells</translation>
    </message>
    <message>
        <location filename="../app/editor/Document.cpp" line="168"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
</context>
<context>
    <name>latch::DreadDock</name>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="65"/>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="71"/>
        <source>Clear Score</source>
        <translation>Bewertung löschen</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="117"/>
        <source>&amp;Damage</source>
        <translation>&amp;Schaden</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="117"/>
        <source>&amp;Reproducibility</source>
        <translation>&amp;Reproduzierbarkeit</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="118"/>
        <source>E&amp;xploitability</source>
        <translation>&amp;Ausnutzbarkeit</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="118"/>
        <source>&amp;Affected users</source>
        <translation>&amp;Betroffene Benutzer</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="119"/>
        <source>D&amp;iscoverability</source>
        <translation>Au&amp;ffindbarkeit</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="121"/>
        <source>Damage potential: how bad is it when the attack succeeds?
1 = nothing of value is harmed; 10 = the system or all of its data is lost or exposed.</source>
        <translation>Schadenspotenzial: Wie schwer wiegt ein erfolgreicher Angriff?
1 = nichts von Wert wird beeinträchtigt; 10 = das System oder alle seine Daten gehen verloren oder werden offengelegt.</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="124"/>
        <source>Reproducibility: how reliably does the attack work when tried again?
1 = only under rare conditions or a narrow timing window; 10 = every time.</source>
        <translation>Reproduzierbarkeit: Wie zuverlässig gelingt der Angriff bei einem erneuten Versuch?
1 = nur unter seltenen Bedingungen oder in einem engen Zeitfenster; 10 = jedes Mal.</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="126"/>
        <source>Exploitability: how much skill, time and tooling does the attack need?
1 = expert knowledge and custom tools; 10 = a browser or a published script.</source>
        <translation>Ausnutzbarkeit: Wie viel Können, Zeit und Werkzeuge erfordert der Angriff?
1 = Expertenwissen und eigens entwickelte Werkzeuge; 10 = ein Browser oder ein veröffentlichtes Skript.</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="128"/>
        <source>Affected users: how many users suffer when it happens?
1 = one user or none; 10 = every user of the system.</source>
        <translation>Betroffene Benutzer: Wie viele Benutzer sind betroffen, wenn es dazu kommt?
1 = ein Benutzer oder keiner; 10 = alle Benutzer des Systems.</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="130"/>
        <source>Discoverability: how easily can an attacker find the weakness?
1 = needs source code or inside knowledge; 10 = visible in the interface, the API or public documentation.</source>
        <translation>Auffindbarkeit: Wie leicht kann ein Angreifer die Schwachstelle finden?
1 = erfordert Quellcode oder Insiderwissen; 10 = sichtbar in der Oberfläche, der API oder der öffentlichen Dokumentation.</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="154"/>
        <source>How likely is the attack to happen?
1 = rare, needs unlikely circumstances; 5 = expected, probably already tried.</source>
        <translation>Wie wahrscheinlich ist es, dass der Angriff stattfindet?
1 = selten, erfordert unwahrscheinliche Umstände; 5 = zu erwarten, wurde vermutlich bereits versucht.</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="157"/>
        <source>How severe is the harm when it happens?
1 = negligible; 5 = severe: large loss, breach or outage.</source>
        <translation>Wie schwer ist der Schaden, wenn es dazu kommt?
1 = vernachlässigbar; 5 = schwerwiegend: großer Verlust, Sicherheitsverletzung oder Ausfall.</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="166"/>
        <source>&amp;Likelihood</source>
        <translation>&amp;Wahrscheinlichkeit</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="168"/>
        <source>&amp;Impact</source>
        <translation>A&amp;uswirkung</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="202"/>
        <source>Choose a threat in the Threats panel.</source>
        <translation>Bedrohung im Bedienfeld „Bedrohungen“ auswählen.</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="232"/>
        <source>not scored</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="257"/>
        <source>Score “%1”</source>
        <translation>„%1“ bewerten</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="272"/>
        <source>Rate “%1”</source>
        <translation>„%1“ einstufen</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="286"/>
        <source>Clear score of “%1”</source>
        <translation>Bewertung von „%1“ löschen</translation>
    </message>
</context>
<context>
    <name>latch::ElementMenu</name>
    <message>
        <location filename="../app/editor/window/ElementMenu.cpp" line="42"/>
        <source>&amp;Properties</source>
        <translation>&amp;Eigenschaften</translation>
    </message>
    <message>
        <location filename="../app/editor/window/ElementMenu.cpp" line="46"/>
        <source>&amp;Threats of This Element</source>
        <translation>&amp;Bedrohungen dieses Elements</translation>
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
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="39"/>
        <source>Register (Markdown)</source>
        <translation>Register (Markdown)</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="41"/>
        <source>Jira issues (CSV)</source>
        <translation>Jira-Vorgänge (CSV)</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="43"/>
        <source>GitLab issues (CSV)</source>
        <translation>GitLab-Issues (CSV)</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="55"/>
        <source>Include obsolete threats</source>
        <translation>Veraltete Bedrohungen einbeziehen</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="56"/>
        <source>Only open and in-progress threats</source>
        <translation>Nur offene und in Bearbeitung befindliche Bedrohungen</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="59"/>
        <source>Pre&amp;view…</source>
        <translation>&amp;Vorschau…</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="62"/>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="187"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="68"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="69"/>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="83"/>
        <source> ×</source>
        <translation> ×</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="87"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="88"/>
        <source>&amp;Page size:</source>
        <translation>&amp;Seitengröße:</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="91"/>
        <source>&amp;Diagram:</source>
        <translation>&amp;Diagramm:</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="92"/>
        <source>&amp;Scale:</source>
        <translation>&amp;Maßstab:</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="95"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="129"/>
        <source>Cover, summary, diagrams, the register by risk, mitigations and an appendix of elements.</source>
        <translation>Deckblatt, Zusammenfassung, Diagramme, das Register nach Risiko, Gegenmaßnahmen und ein Anhang mit den Elementen.</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="132"/>
        <source>The chosen diagram, with element numbers as in the report.</source>
        <translation>Das gewählte Diagramm, mit Elementnummern wie im Bericht.</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="134"/>
        <source>The open threats, one issue each, for the tracker&apos;s CSV import. Nothing is sent anywhere.</source>
        <translation>Die offenen Bedrohungen, je eine als Vorgang, für den CSV-Import des Trackers. Es wird nichts versendet.</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="137"/>
        <source>The register as one Markdown document, for a wiki page or a pull request.</source>
        <translation>Das Register als ein Markdown-Dokument, für eine Wiki-Seite oder einen Pull-Request.</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="140"/>
        <source>One row per threat, highest risk first; UTF-8, RFC 4180.</source>
        <translation>Eine Zeile pro Bedrohung, höchstes Risiko zuerst; UTF-8, RFC 4180.</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="161"/>
        <source>Report preview</source>
        <translation>Berichtsvorschau</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="174"/>
        <source>threat-model</source>
        <translation>Bedrohungsmodell</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="202"/>
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
        <location filename="../app/editor/window/MainWindow.cpp" line="163"/>
        <source>Untitled model</source>
        <translation>Unbenanntes Modell</translation>
    </message>
    <message>
        <location filename="../app/editor/window/WindowManager.cpp" line="90"/>
        <source>an unsaved model</source>
        <translation>ein nicht gespeichertes Modell</translation>
    </message>
    <message>
        <location filename="../app/editor/window/WindowManager.cpp" line="93"/>
        <source>Restore unsaved work</source>
        <translation>Nicht gespeicherte Arbeit wiederherstellen</translation>
    </message>
    <message>
        <location filename="../app/editor/window/WindowManager.cpp" line="94"/>
        <source>Latch did not close normally. Restore the unsaved changes to:
%1</source>
        <translation>Latch wurde nicht ordnungsgemäß beendet. Nicht gespeicherte Änderungen wiederherstellen für:
%1</translation>
    </message>
    <message>
        <location filename="../app/editor/window/WindowManager.cpp" line="106"/>
        <source>Cannot restore</source>
        <translation>Wiederherstellung nicht möglich</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="231"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="263"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="264"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="265"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../app/editor/window/WindowManager.cpp" line="54"/>
        <source>Open &amp;Recent</source>
        <translation>Zuletzt &amp;geöffnet</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="268"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="270"/>
        <source>Use Rule &amp;Library…</source>
        <translation>&amp;Regelbibliothek verwenden…</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="273"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="274"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="275"/>
        <location filename="../app/editor/window/MainWindow.cpp" line="433"/>
        <source>Save model</source>
        <translation>Modell speichern</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="281"/>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="285"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="288"/>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="289"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="291"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="292"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="294"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../app/editor/window/EditActions.cpp" line="44"/>
        <source>Cu&amp;t</source>
        <translation>Aus&amp;schneiden</translation>
    </message>
    <message>
        <location filename="../app/editor/window/EditActions.cpp" line="45"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../app/editor/window/EditActions.cpp" line="46"/>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <location filename="../app/editor/window/EditActions.cpp" line="48"/>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <location filename="../app/editor/window/EditActions.cpp" line="49"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <location filename="../app/editor/window/EditActions.cpp" line="50"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../app/editor/window/EditActions.cpp" line="51"/>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <location filename="../app/editor/window/EditActions.cpp" line="52"/>
        <source>&amp;Straighten Flow</source>
        <translation>Datenfluss &amp;begradigen</translation>
    </message>
    <message>
        <location filename="../app/editor/window/EditActions.cpp" line="122"/>
        <location filename="../app/editor/window/EditActions.cpp" line="124"/>
        <source>Straighten flow</source>
        <translation>Datenfluss begradigen</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="302"/>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="324"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="326"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="327"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="328"/>
        <source>&amp;Fit to Diagram</source>
        <translation>&amp;An Diagramm anpassen</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="330"/>
        <source>&amp;Snap to Grid</source>
        <translation>Am &amp;Raster ausrichten</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="335"/>
        <source>Risk &amp;Badges</source>
        <translation>Risiko&amp;markierungen</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="337"/>
        <source>Show each element&apos;s unresolved threats; hide them for clean screenshots</source>
        <translation>Die ungelösten Bedrohungen jedes Elements anzeigen; für saubere Bildschirmfotos ausblenden</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="344"/>
        <source>&amp;Panels</source>
        <translation>&amp;Bedienfelder</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="307"/>
        <source>&amp;Arrange</source>
        <translation>Anord&amp;nen</translation>
    </message>
    <message>
        <location filename="../app/editor/window/EditActions.cpp" line="74"/>
        <source>Align &amp;Left</source>
        <translation>&amp;Links ausrichten</translation>
    </message>
    <message>
        <location filename="../app/editor/window/EditActions.cpp" line="75"/>
        <source>Align &amp;Right</source>
        <translation>&amp;Rechts ausrichten</translation>
    </message>
    <message>
        <location filename="../app/editor/window/EditActions.cpp" line="76"/>
        <source>Align &amp;Top</source>
        <translation>&amp;Oben ausrichten</translation>
    </message>
    <message>
        <location filename="../app/editor/window/EditActions.cpp" line="77"/>
        <source>Align &amp;Bottom</source>
        <translation>&amp;Unten ausrichten</translation>
    </message>
    <message>
        <location filename="../app/editor/window/EditActions.cpp" line="78"/>
        <source>Centre &amp;Horizontally</source>
        <translation>&amp;Horizontal zentrieren</translation>
    </message>
    <message>
        <location filename="../app/editor/window/EditActions.cpp" line="79"/>
        <source>Centre &amp;Vertically</source>
        <translation>&amp;Vertikal zentrieren</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="300"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="309"/>
        <source>&amp;Diagram</source>
        <translation>Dia&amp;gramm</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="310"/>
        <source>&amp;Add Diagram</source>
        <translation>Diagramm &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="311"/>
        <source>&amp;Rename Diagram…</source>
        <translation>Diagramm &amp;umbenennen…</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="313"/>
        <source>&amp;Delete Diagram</source>
        <translation>Diagramm &amp;löschen</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="316"/>
        <source>&amp;Next Diagram</source>
        <translation>&amp;Nächstes Diagramm</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="318"/>
        <source>&amp;Previous Diagram</source>
        <translation>&amp;Vorheriges Diagramm</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="352"/>
        <source>Tools</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="361"/>
        <source>Select</source>
        <translation>Auswählen</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="362"/>
        <source>External entity</source>
        <translation>Externe Entität</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="363"/>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="364"/>
        <source>Data store</source>
        <translation>Datenspeicher</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="365"/>
        <source>Data flow</source>
        <translation>Datenfluss</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="366"/>
        <source>Trust boundary</source>
        <translation>Vertrauensgrenze</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="367"/>
        <source>Boundary line</source>
        <translation>Grenzlinie</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="368"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="408"/>
        <source>%1 diagrams, %2 elements, %3 threats: %4 open, %5 in progress, %6 mitigated, %7 accepted</source>
        <translation>%1 Diagramme, %2 Elemente, %3 Bedrohungen: %4 offen, %5 in Bearbeitung, %6 gemindert, %7 akzeptiert</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="422"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="425"/>
        <source> · unresolved: %1</source>
        <translation> · ungelöst: %1</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="443"/>
        <source>Save failed</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/window/MainWindow.cpp" line="449"/>
        <source>Saved %1; %n merge conflict(s) remain</source>
        <translation>
            <numerusform>%1 gespeichert; %n Merge-Konflikt bleibt</numerusform>
            <numerusform>%1 gespeichert; %n Merge-Konflikte bleiben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="451"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="461"/>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="462"/>
        <source>%1 has changes that are not saved.</source>
        <translation>%1 enthält Änderungen, die nicht gespeichert sind.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/window/MainWindow.cpp" line="487"/>
        <source>%n rule library(s) could not be loaded</source>
        <translation>
            <numerusform>%n Regelbibliothek konnte nicht geladen werden</numerusform>
            <numerusform>%n Regelbibliotheken konnten nicht geladen werden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="490"/>
        <source>Until they load, threats of their rules are kept as they are, not made obsolete.</source>
        <translation>Bis sie geladen werden, bleiben die Bedrohungen ihrer Regeln, wie sie sind, und werden nicht als veraltet markiert.</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="496"/>
        <source>Rule libraries</source>
        <translation>Regelbibliotheken</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="497"/>
        <source>Some rule libraries could not be loaded. Until they load, threats of their rules are kept as they are, not made obsolete.</source>
        <translation>Einige Regelbibliotheken konnten nicht geladen werden. Bis sie geladen werden, bleiben die Bedrohungen ihrer Regeln, wie sie sind, und werden nicht als veraltet markiert.</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="509"/>
        <source>Autosave failed: %1</source>
        <translation>Automatisches Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="510"/>
        <source>Autosave failed: the recovery copy is out of date</source>
        <translation>Automatisches Speichern fehlgeschlagen: die Wiederherstellungskopie ist veraltet</translation>
    </message>
    <message>
        <location filename="../app/editor/window/WindowManager.cpp" line="45"/>
        <source>Cannot open</source>
        <translation>Öffnen nicht möglich</translation>
    </message>
    <message>
        <location filename="../app/editor/window/WindowManager.cpp" line="36"/>
        <source>Open model</source>
        <translation>Modell öffnen</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="566"/>
        <source>Use rule library %1</source>
        <translation>Regelbibliothek %1 verwenden</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/window/MainWindow.cpp" line="568"/>
        <source>%n threat type(s) of the template could not be converted</source>
        <translation>
            <numerusform>%n Bedrohungstyp der Vorlage konnte nicht konvertiert werden</numerusform>
            <numerusform>%n Bedrohungstypen der Vorlage konnten nicht konvertiert werden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="578"/>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="579"/>
        <source>Discard every change since the last save?</source>
        <translation>Alle Änderungen seit dem letzten Speichern verwerfen?</translation>
    </message>
    <message>
        <location filename="../app/editor/window/EditActions.cpp" line="181"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/window/EditActions.cpp" line="182"/>
        <source>The selection has %n attached data flow(s). Delete them too?</source>
        <translation>
            <numerusform>Mit der Auswahl ist %n Datenfluss verbunden. Ebenfalls löschen?</numerusform>
            <numerusform>Mit der Auswahl sind %n Datenflüsse verbunden. Ebenfalls löschen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/window/EditActions.cpp" line="214"/>
        <source>Paste %n element(s)</source>
        <translation>
            <numerusform>%n Element einfügen</numerusform>
            <numerusform>%n Elemente einfügen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/editor/window/DiagramTabs.cpp" line="181"/>
        <source>Diagram %1</source>
        <translation>Diagramm %1</translation>
    </message>
    <message>
        <location filename="../app/editor/window/DiagramTabs.cpp" line="194"/>
        <source>Rename diagram</source>
        <translation>Diagramm umbenennen</translation>
    </message>
    <message>
        <location filename="../app/editor/window/DiagramTabs.cpp" line="194"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../app/editor/window/DiagramTabs.cpp" line="203"/>
        <source>Delete diagram</source>
        <translation>Diagramm löschen</translation>
    </message>
    <message>
        <location filename="../app/editor/window/DiagramTabs.cpp" line="204"/>
        <source>A model keeps at least one diagram.</source>
        <translation>Ein Modell muss mindestens ein Diagramm enthalten.</translation>
    </message>
    <message>
        <location filename="../app/editor/window/ElementFinder.cpp" line="20"/>
        <source>Find an element by name</source>
        <translation>Element nach Namen suchen</translation>
    </message>
</context>
<context>
    <name>latch::MitigationsDock</name>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="35"/>
        <source>Mitigations</source>
        <translation>Gegenmaßnahmen</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="79"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="83"/>
        <source>Why this status: what was decided, by whom, and what it rests on</source>
        <translation>Warum dieser Status: was entschieden wurde, von wem und worauf es beruht</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="85"/>
        <source>&amp;Justification:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="91"/>
        <source>Linked mitigations:</source>
        <translation>Verknüpfte Gegenmaßnahmen:</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="99"/>
        <source>&amp;Link</source>
        <translation>&amp;Verknüpfen</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="101"/>
        <source>&amp;Unlink</source>
        <translation>Verknüpfung &amp;lösen</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="113"/>
        <source>Suggested by the rule:</source>
        <translation>Von der Regel vorgeschlagen:</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="118"/>
        <source>Add to Catalog and Lin&amp;k</source>
        <translation>Zum Katalog hinzufügen und ver&amp;knüpfen</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="135"/>
        <source>Mitigation catalog of the model:</source>
        <translation>Gegenmaßnahmenkatalog des Modells:</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="138"/>
        <source>Mitigation</source>
        <translation>Gegenmaßnahme</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="138"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="138"/>
        <source>Threats</source>
        <translation>Bedrohungen</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="148"/>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="149"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="172"/>
        <source>Choose a threat in the Threats panel.</source>
        <translation>Bedrohung im Bedienfeld „Bedrohungen“ auswählen.</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="269"/>
        <source>Set “%1” to %2</source>
        <translation>„%1“ auf %2 setzen</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="280"/>
        <source>Justify “%1”</source>
        <translation>„%1“ begründen</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="290"/>
        <source>Link “%1”</source>
        <translation>„%1“ verknüpfen</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="301"/>
        <source>Unlink “%1”</source>
        <translation>Verknüpfung von „%1“ lösen</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="320"/>
        <source>Adopt mitigation “%1”</source>
        <translation>Gegenmaßnahme „%1“ übernehmen</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="339"/>
        <source>New mitigation “%1”</source>
        <translation>Neue Gegenmaßnahme „%1“</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="346"/>
        <source>New mitigation</source>
        <translation>Neue Gegenmaßnahme</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="346"/>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="360"/>
        <source>Mark “%1” %2</source>
        <translation>„%1“ als %2 markieren</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="376"/>
        <source>Remove mitigation “%1”</source>
        <translation>Gegenmaßnahme „%1“ entfernen</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="391"/>
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
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="41"/>
        <source>LINDDUN: privacy threats (linking, identifying, non-repudiation, detecting, data disclosure, unawareness, non-compliance), driven by the personal-data properties of flows and stores</source>
        <translation>LINDDUN: Datenschutzbedrohungen (Verknüpfbarkeit, Identifizierbarkeit, Nichtabstreitbarkeit, Erkennbarkeit, Datenoffenlegung, Unwissenheit, Nichteinhaltung), gesteuert durch die Eigenschaften zu personenbezogenen Daten von Datenflüssen und Datenspeichern</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="45"/>
        <source>CIA: threats to confidentiality, integrity and availability</source>
        <translation>CIA: Bedrohungen der Vertraulichkeit, Integrität und Verfügbarkeit</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="46"/>
        <source>STRIDE per element and per interaction, with the OWASP API Security Top 10 and OAuth 2.0 rules</source>
        <translation>STRIDE pro Element und pro Interaktion, mit den Regeln zu OWASP API Security Top 10 und OAuth 2.0</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="56"/>
        <source>Objectives</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="71"/>
        <source>Names, separated by commas</source>
        <translation>Namen, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="72"/>
        <source>What is in scope, and what is deliberately left out</source>
        <translation>Was zum Geltungsbereich gehört und was bewusst ausgeklammert wird</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="75"/>
        <source>Other regimes, separated by commas</source>
        <translation>Weitere Regelwerke, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="76"/>
        <source>DREAD (five ratings, 1–10)</source>
        <translation>DREAD (fünf Bewertungen, 1–10)</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="77"/>
        <source>Likelihood × impact (1–5 each)</source>
        <translation>Wahrscheinlichkeit × Auswirkung (je 1–5)</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="90"/>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="169"/>
        <source>Change compliance regimes</source>
        <translation>Compliance-Regelwerke ändern</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="117"/>
        <source>Use %1</source>
        <translation>%1 verwenden</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="117"/>
        <source>Stop using %1</source>
        <translation>%1 nicht mehr verwenden</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="123"/>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="123"/>
        <source>Classification</source>
        <translation>Klassifizierung</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="123"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="129"/>
        <source>Add &amp;Asset</source>
        <translation>&amp;Asset hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="130"/>
        <source>Remove Asset</source>
        <translation>Asset entfernen</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="139"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="140"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Eigentümer:</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="141"/>
        <source>Re&amp;viewers:</source>
        <translation>&amp;Prüfer:</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="142"/>
        <source>&amp;Scope:</source>
        <translation>&amp;Geltungsbereich:</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="143"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="144"/>
        <source>&amp;Risk method:</source>
        <translation>&amp;Risikomethode:</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="145"/>
        <source>&amp;Frameworks:</source>
        <translation>&amp;Frameworks:</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="146"/>
        <source>&amp;Compliance:</source>
        <translation>&amp;Compliance:</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="160"/>
        <source>Edit model title</source>
        <translation>Modelltitel bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="162"/>
        <source>Edit owner</source>
        <translation>Eigentümer bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="164"/>
        <source>Edit reviewers</source>
        <translation>Prüfer bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="181"/>
        <source>Edit scope</source>
        <translation>Geltungsbereich bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="183"/>
        <source>Edit model description</source>
        <translation>Modellbeschreibung bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="188"/>
        <source>Change risk method</source>
        <translation>Risikomethode ändern</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="288"/>
        <source>Classify asset</source>
        <translation>Asset klassifizieren</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="309"/>
        <source>Edit asset</source>
        <translation>Asset bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="319"/>
        <source>New asset</source>
        <translation>Neues Asset</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="322"/>
        <source>Add asset</source>
        <translation>Asset hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="332"/>
        <source>Remove asset</source>
        <translation>Asset entfernen</translation>
    </message>
</context>
<context>
    <name>latch::OverviewDock</name>
    <message>
        <location filename="../app/editor/docks/OverviewDock.cpp" line="64"/>
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
    <name>latch::PresentationMode</name>
    <message>
        <location filename="../app/editor/window/PresentationMode.cpp" line="19"/>
        <source>&amp;Presentation Mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
</context>
<context>
    <name>latch::PropertiesDock</name>
    <message>
        <location filename="../app/editor/docks/PropertiesDock.cpp" line="23"/>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/PropertiesDock.cpp" line="77"/>
        <source>Set %1</source>
        <translation>%1 festlegen</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/PropertiesDock.cpp" line="138"/>
        <source>Select one element to edit its properties.</source>
        <translation>Ein einzelnes Element auswählen, um seine Eigenschaften zu bearbeiten.</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/PropertiesDock.cpp" line="151"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/PropertiesDock.cpp" line="154"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/PropertiesDock.cpp" line="170"/>
        <source>Change type</source>
        <translation>Typ ändern</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/PropertiesDock.cpp" line="174"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/PropertiesDock.cpp" line="179"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/PropertiesDock.cpp" line="185"/>
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
    <name>latch::ReportSections</name>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="45"/>
        <source>DREAD (mean of five ratings, 1–10)</source>
        <translation>DREAD (Mittelwert aus fünf Bewertungen, 1–10)</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="47"/>
        <source>Likelihood × impact (1–5 each)</source>
        <translation>Wahrscheinlichkeit × Auswirkung (je 1–5)</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="65"/>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="67"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="69"/>
        <source>Diagrams</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="71"/>
        <source>Threat register</source>
        <translation>Bedrohungsregister</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="73"/>
        <location filename="../core/report/ReportSections.cpp" line="219"/>
        <source>Mitigations</source>
        <translation>Gegenmaßnahmen</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="75"/>
        <source>Appendix: elements</source>
        <translation>Anhang: Elemente</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="82"/>
        <source>Diagram: %1</source>
        <translation>Diagramm: %1</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="87"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="92"/>
        <source>Generated by Latch on %1.</source>
        <translation>Erstellt mit Latch am %1.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="113"/>
        <source>Threat model: %1</source>
        <translation>Bedrohungsmodell: %1</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="113"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="124"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="125"/>
        <source>Reviewers</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="126"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="127"/>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="128"/>
        <location filename="../core/report/ReportSections.cpp" line="134"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="129"/>
        <source>Compliance</source>
        <translation>Compliance</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="130"/>
        <source>Risk method</source>
        <translation>Risikomethode</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="133"/>
        <source>Assets</source>
        <translation>Assets</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="134"/>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="134"/>
        <source>Classification</source>
        <translation>Klassifizierung</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="175"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="175"/>
        <location filename="../core/report/ReportSections.cpp" line="195"/>
        <location filename="../core/report/ReportSections.cpp" line="295"/>
        <source>Threats</source>
        <translation>Bedrohungen</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="189"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="195"/>
        <location filename="../core/report/ReportSections.cpp" line="219"/>
        <location filename="../core/report/ReportSections.cpp" line="295"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="203"/>
        <source>obsolete threats</source>
        <translation>veraltete Bedrohungen</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="205"/>
        <source>closed threats (mitigated, accepted, not applicable, transferred)</source>
        <translation>geschlossene Bedrohungen (gemindert, akzeptiert, nicht anwendbar, übertragen)</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="208"/>
        <source>Not included: %1.</source>
        <translation>Nicht enthalten: %1.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="218"/>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="218"/>
        <source>Threat</source>
        <translation>Bedrohung</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="218"/>
        <location filename="../core/report/ReportSections.cpp" line="311"/>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="219"/>
        <source>L × I</source>
        <translation>W × A</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="251"/>
        <source>On every hop of %1</source>
        <translation>Auf jedem Abschnitt von %1</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="254"/>
        <source>Also found as: %1</source>
        <translation>Auch gefunden als: %1</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="261"/>
        <source>%1 (obsolete)</source>
        <translation>%1 (veraltet)</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="281"/>
        <source>No threats to list.</source>
        <translation>Keine Bedrohungen aufzuführen.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="288"/>
        <source>The model has no mitigations yet.</source>
        <translation>Das Modell hat noch keine Gegenmaßnahmen.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="295"/>
        <source>Mitigation</source>
        <translation>Gegenmaßnahme</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="311"/>
        <source>Diagram</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="311"/>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
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
        <source>Repeats “%1”</source>
        <translation>Wiederholt „%1“</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatTableModel.cpp" line="78"/>
        <source>Also found as:</source>
        <translation>Auch gefunden als:</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatTableModel.cpp" line="90"/>
        <source>On every hop of %1</source>
        <translation>Auf jedem Abschnitt von %1</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatTableModel.cpp" line="201"/>
        <source>Rename threat</source>
        <translation>Bedrohung umbenennen</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatTableModel.cpp" line="211"/>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatTableModel.cpp" line="213"/>
        <source>Band</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatTableModel.cpp" line="215"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatTableModel.cpp" line="217"/>
        <source>Threat</source>
        <translation>Bedrohung</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatTableModel.cpp" line="219"/>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatTableModel.cpp" line="221"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatTableModel.cpp" line="236"/>
        <source>(deleted)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatTableModel.cpp" line="243"/>
        <source>%1 (+%2)</source>
        <translation>%1 (+%2)</translation>
    </message>
</context>
<context>
    <name>latch::ThreatsDock</name>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="43"/>
        <source>Threats</source>
        <translation>Bedrohungen</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="49"/>
        <source>Selection only</source>
        <translation>Nur Auswahl</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="50"/>
        <source>Obsolete</source>
        <translation>Veraltete</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="51"/>
        <source>Repeats</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="75"/>
        <source>Search threats</source>
        <translation>Bedrohungen durchsuchen</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="87"/>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="92"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="97"/>
        <source>All risks</source>
        <translation>Alle Risiken</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="105"/>
        <source>All OWASP</source>
        <translation>Alle OWASP</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="112"/>
        <source>Flat list</source>
        <translation>Flache Liste</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="113"/>
        <source>By element</source>
        <translation>Nach Element</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="114"/>
        <source>By category</source>
        <translation>Nach Kategorie</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="115"/>
        <source>By status</source>
        <translation>Nach Status</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="122"/>
        <source>Also list the threats that say what another threat on the same element or an earlier hop already says</source>
        <translation>Auch die Bedrohungen auflisten, die sagen, was eine andere Bedrohung am selben Element oder an einem früheren Abschnitt schon sagt</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="172"/>
        <source>&amp;Add Threat…</source>
        <translation>Bedrohung &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="174"/>
        <source>Add a threat of your own to the element selected on the canvas</source>
        <translation>Eine eigene Bedrohung zu dem auf der Zeichenfläche ausgewählten Element hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="175"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="179"/>
        <source>Remove threats whose rule no longer applies or whose element is gone, with the team&apos;s notes on them</source>
        <translation>Bedrohungen entfernen, deren Regel nicht mehr zutrifft oder deren Element nicht mehr existiert, samt den Notizen des Teams dazu</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="181"/>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="211"/>
        <source>&amp;Keep Apart</source>
        <translation>&amp;Getrennt halten</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="205"/>
        <source>&amp;Purge Obsolete (%1)</source>
        <translation>&amp;Veraltete entfernen (%1)</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="211"/>
        <source>Fold as &amp;Repeat</source>
        <translation>Als &amp;Wiederholung einordnen</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="212"/>
        <source>Fold this threat into the one it repeats again</source>
        <translation>Diese Bedrohung wieder der Bedrohung zuordnen, die sie wiederholt</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="213"/>
        <source>List this threat on its own although it repeats another one</source>
        <translation>Diese Bedrohung eigenständig auflisten, obwohl sie eine andere wiederholt</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="216"/>
        <source>%1 of %2 shown</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="257"/>
        <source>Add threat “%1”</source>
        <translation>Bedrohung „%1“ hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="278"/>
        <source>Edit threat</source>
        <translation>Bedrohung bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="287"/>
        <source>Purge obsolete threats</source>
        <translation>Veraltete Bedrohungen entfernen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="288"/>
        <source>Remove %n obsolete threat(s) from the register, with their scores and notes? Undo brings them back.</source>
        <translation>
            <numerusform>%n veraltete Bedrohung samt Bewertung und Notizen aus dem Register entfernen? „Rückgängig“ stellt sie wieder her.</numerusform>
            <numerusform>%n veraltete Bedrohungen samt Bewertungen und Notizen aus dem Register entfernen? „Rückgängig“ stellt sie wieder her.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="302"/>
        <source>Purge %n obsolete threat(s)</source>
        <translation>
            <numerusform>%n veraltete Bedrohung entfernen</numerusform>
            <numerusform>%n veraltete Bedrohungen entfernen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="315"/>
        <source>Keep threat apart</source>
        <translation>Bedrohung getrennt halten</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="315"/>
        <source>Fold threat as a repeat</source>
        <translation>Bedrohung als Wiederholung einordnen</translation>
    </message>
</context>
<context>
    <name>latch::rules</name>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="9"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="10"/>
        <source>A person acting directly: customer, employee, administrator, attacker.</source>
        <translation>Eine Person, die direkt handelt: Kunde, Mitarbeiter, Administrator, Angreifer.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="12"/>
        <source>Web browser / SPA</source>
        <translation>Webbrowser / SPA</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="13"/>
        <source>Code running in a user&apos;s browser, such as a single-page app. A public client: it cannot keep a secret.</source>
        <translation>Code, der im Browser eines Benutzers läuft, etwa eine Single-Page-App. Ein öffentlicher Client: Er kann kein Geheimnis bewahren.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="15"/>
        <source>Mobile app</source>
        <translation>Mobile App</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="16"/>
        <source>An app on a device the user controls. A public client: anything shipped in it can be extracted.</source>
        <translation>Eine App auf einem Gerät, das der Benutzer kontrolliert. Ein öffentlicher Client: Alles, was mit ihr ausgeliefert wird, lässt sich extrahieren.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="18"/>
        <source>External system / third-party API</source>
        <translation>Externes System / Drittanbieter-API</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="19"/>
        <source>A system operated by another organisation that the modelled system calls or receives data from.</source>
        <translation>Ein von einer anderen Organisation betriebenes System, das das modellierte System aufruft oder von dem es Daten empfängt.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="21"/>
        <source>IoT device</source>
        <translation>IoT-Gerät</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="22"/>
        <source>A connected device in the field (sensor, appliance, fitness equipment) that talks to the system on its own.</source>
        <translation>Ein vernetztes Gerät im Feld (Sensor, Haushaltsgerät, Fitnessgerät), das selbstständig mit dem System kommuniziert.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="24"/>
        <source>Web API / service</source>
        <translation>Web-API / Dienst</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="25"/>
        <source>A service that exposes a REST, gRPC or GraphQL API.</source>
        <translation>Ein Dienst, der eine REST-, gRPC- oder GraphQL-API bereitstellt.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="26"/>
        <source>API gateway</source>
        <translation>API-Gateway</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="27"/>
        <source>The edge entry point for API traffic: TLS termination, token and scope checks, routing, throttling.</source>
        <translation>Der Eintrittspunkt am Netzwerkrand für API-Verkehr: TLS-Terminierung, Token- und Scope-Prüfungen, Routing, Drosselung.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="29"/>
        <source>OAuth2/OIDC authorization server</source>
        <translation>OAuth2/OIDC-Autorisierungsserver</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="30"/>
        <source>Issues access, refresh and ID tokens after authenticating users and clients; hosts login and consent.</source>
        <translation>Stellt nach der Authentifizierung von Benutzern und Clients Access-, Refresh- und ID-Tokens aus; stellt Anmeldung und Einwilligung bereit.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="32"/>
        <source>Background worker</source>
        <translation>Hintergrund-Worker</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="33"/>
        <source>A process without an interactive interface: consumes jobs or messages, runs schedules, batch jobs.</source>
        <translation>Ein Prozess ohne interaktive Oberfläche: verarbeitet Jobs oder Nachrichten, führt zeitgesteuerte Aufgaben und Batch-Jobs aus.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="35"/>
        <source>Web application</source>
        <translation>Webanwendung</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="36"/>
        <source>A server-side web application rendering pages for browsers.</source>
        <translation>Eine serverseitige Webanwendung, die Seiten für Browser rendert.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="38"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="39"/>
        <source>A relational or NoSQL database.</source>
        <translation>Eine relationale oder NoSQL-Datenbank.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="40"/>
        <source>Log / audit store</source>
        <translation>Log- / Audit-Speicher</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="41"/>
        <source>Append-only store of audit, security or application events.</source>
        <translation>Append-only-Speicher für Audit-, Sicherheits- oder Anwendungsereignisse.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="43"/>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="44"/>
        <source>An in-memory or distributed cache such as Redis or Memcached.</source>
        <translation>Ein In-Memory- oder verteilter Cache wie Redis oder Memcached.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="46"/>
        <source>Message queue</source>
        <translation>Message Queue</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="47"/>
        <source>A queue, topic or event stream such as Kafka, RabbitMQ or SQS.</source>
        <translation>Eine Queue, ein Topic oder ein Event-Stream wie Kafka, RabbitMQ oder SQS.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="49"/>
        <source>File / object store</source>
        <translation>Datei- / Objektspeicher</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="50"/>
        <source>A file system, network share or object store such as S3.</source>
        <translation>Ein Dateisystem, eine Netzwerkfreigabe oder ein Objektspeicher wie S3.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="51"/>
        <source>Secrets vault</source>
        <translation>Secrets-Vault</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="52"/>
        <source>A dedicated store for keys, passwords and certificates, such as a KMS or HashiCorp Vault.</source>
        <translation>Ein dedizierter Speicher für Schlüssel, Passwörter und Zertifikate, etwa ein KMS oder HashiCorp Vault.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="54"/>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="55"/>
        <source>The public internet and devices the organisation does not control.</source>
        <translation>Das öffentliche Internet und Geräte, die die Organisation nicht kontrolliert.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="57"/>
        <source>DMZ / edge</source>
        <translation>DMZ / Edge</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="58"/>
        <source>The internet-facing tier where gateways and reverse proxies terminate external traffic.</source>
        <translation>Die zum Internet hin exponierte Schicht, in der Gateways und Reverse Proxys externen Verkehr terminieren.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="61"/>
        <source>Internal network</source>
        <translation>Internes Netzwerk</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="62"/>
        <source>An internal, segmented network zone operated by the organisation.</source>
        <translation>Eine interne, segmentierte Netzwerkzone, die von der Organisation betrieben wird.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="64"/>
        <source>Third party</source>
        <translation>Drittanbieter</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="65"/>
        <source>Systems operated by another organisation.</source>
        <translation>Systeme, die von einer anderen Organisation betrieben werden.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="66"/>
        <source>Machine / container</source>
        <translation>Maschine / Container</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="67"/>
        <source>A single host, VM, container or process sandbox.</source>
        <translation>Ein einzelner Host, eine VM, ein Container oder eine Prozess-Sandbox.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="68"/>
        <source>HTTP(S) request</source>
        <translation>HTTP(S)-Anfrage</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="69"/>
        <source>A request/response exchange over HTTP, HTTPS or a protocol built on it.</source>
        <translation>Ein Anfrage-Antwort-Austausch über HTTP, HTTPS oder ein darauf aufbauendes Protokoll.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="71"/>
        <source>Database connection</source>
        <translation>Datenbankverbindung</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="72"/>
        <source>A client connection to a database or store (JDBC, CQL, Redis protocol).</source>
        <translation>Eine Client-Verbindung zu einer Datenbank oder einem Speicher (JDBC, CQL, Redis-Protokoll).</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="74"/>
        <source>Message / event</source>
        <translation>Nachricht / Ereignis</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="75"/>
        <source>A message or event published to or consumed from a queue or stream.</source>
        <translation>Eine Nachricht oder ein Ereignis, das in einer Queue oder einem Stream veröffentlicht oder daraus konsumiert wird.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="77"/>
        <source>Human actor</source>
        <translation>Menschlicher Akteur</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="78"/>
        <source>A person interacts directly, rather than software or a device acting on its own.</source>
        <translation>Eine Person interagiert direkt – nicht Software oder ein Gerät, das selbstständig handelt.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="81"/>
        <source>Trust level</source>
        <translation>Vertrauensstufe</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="82"/>
        <source>How far the system trusts this actor: &apos;untrusted&apos; for the public and customer-controlled software, &apos;partner&apos; for contracted third parties, &apos;trusted&apos; for components the organisation operates.</source>
        <translation>Wie weit das System diesem Akteur vertraut: &apos;untrusted&apos; für die Öffentlichkeit und vom Kunden kontrollierte Software, &apos;partner&apos; für vertraglich gebundene Dritte, &apos;trusted&apos; für Komponenten, die die Organisation selbst betreibt.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="86"/>
        <source>Has privacy controls</source>
        <translation>Hat Datenschutzeinstellungen</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="87"/>
        <source>The person has self-service settings to see their data, give and withdraw consent, object to uses and choose what is shared.</source>
        <translation>Die Person verfügt über Self-Service-Einstellungen, um ihre Daten einzusehen, Einwilligungen zu erteilen und zu widerrufen, Nutzungen zu widersprechen und zu wählen, was weitergegeben wird.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="90"/>
        <source>Data processing agreement</source>
        <translation>Auftragsverarbeitungsvertrag</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="91"/>
        <source>A data processing agreement (GDPR Article 28) or data sharing agreement binds this party to use personal data it receives only as agreed.</source>
        <translation>Ein Auftragsverarbeitungsvertrag (Art. 28 DSGVO) oder eine Vereinbarung über die Datenweitergabe verpflichtet diese Partei, erhaltene personenbezogene Daten nur wie vereinbart zu verwenden.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="94"/>
        <source>Processes data outside the EEA</source>
        <translation>Verarbeitet Daten außerhalb des EWR</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="95"/>
        <source>This party processes or stores personal data it receives in a country outside the European Economic Area.</source>
        <translation>Diese Partei verarbeitet oder speichert erhaltene personenbezogene Daten in einem Land außerhalb des Europäischen Wirtschaftsraums.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="97"/>
        <source>Embeds third-party SDKs</source>
        <translation>Bindet Drittanbieter-SDKs ein</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="98"/>
        <source>The client ships analytics, advertising, crash-reporting or social SDKs that send data from the device to their vendors.</source>
        <translation>Der Client enthält Analyse-, Werbe-, Absturzmelde- oder Social-Media-SDKs, die Daten vom Gerät an ihre Anbieter senden.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="101"/>
        <source>Exposes an API</source>
        <translation>Stellt eine API bereit</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="102"/>
        <source>The process offers a programmatic interface (REST, gRPC, GraphQL, webhooks) that other components or clients call. Most OWASP API Top 10 rules apply only when this is set.</source>
        <translation>Der Prozess bietet eine programmatische Schnittstelle (REST, gRPC, GraphQL, Webhooks), die andere Komponenten oder Clients aufrufen. Die meisten Regeln der OWASP API Top 10 greifen nur, wenn dies gesetzt ist.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="106"/>
        <source>Authenticates callers</source>
        <translation>Authentifiziert Aufrufer</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="107"/>
        <source>Every request&apos;s caller identity is verified here (token signature, issuer, audience and expiry; certificate; session).</source>
        <translation>Die Identität des Aufrufers wird hier bei jeder Anfrage geprüft (Token-Signatur, Aussteller, Audience und Ablaufzeit; Zertifikat; Sitzung).</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="110"/>
        <source>Authorizes requests</source>
        <translation>Autorisiert Anfragen</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="111"/>
        <source>Every request is checked on the server against the caller&apos;s roles or attributes before the function runs.</source>
        <translation>Jede Anfrage wird serverseitig anhand der Rollen oder Attribute des Aufrufers geprüft, bevor die Funktion ausgeführt wird.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="113"/>
        <source>Checks object ownership</source>
        <translation>Prüft Objektzugehörigkeit</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="114"/>
        <source>For every object id taken from a request, the process verifies that the authenticated caller may access that specific object (API1).</source>
        <translation>Für jede aus einer Anfrage übernommene Objekt-ID prüft der Prozess, ob der authentifizierte Aufrufer auf genau dieses Objekt zugreifen darf (API1).</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="117"/>
        <source>Filters response fields</source>
        <translation>Filtert Antwortfelder</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="118"/>
        <source>Responses are shaped on the server from an allowlist of fields per consumer and operation, not serialised whole from internal objects (API3).</source>
        <translation>Antworten werden serverseitig anhand einer Allowlist von Feldern je Konsument und Operation zusammengestellt, statt interne Objekte vollständig zu serialisieren (API3).</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="121"/>
        <source>Binds request bodies to models</source>
        <translation>Bindet Request-Bodys an Modelle</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="122"/>
        <source>Client-supplied JSON or form data is bound directly onto internal or ORM objects without an allowlist of writable fields (API3 mass assignment).</source>
        <translation>Vom Client gelieferte JSON- oder Formulardaten werden ohne Allowlist beschreibbarer Felder direkt an interne oder ORM-Objekte gebunden (API3, Mass Assignment).</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="125"/>
        <source>Validates input</source>
        <translation>Validiert Eingaben</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="126"/>
        <source>All incoming data is validated against a strict schema (types, lengths, ranges, formats) and non-conforming requests are rejected.</source>
        <translation>Alle eingehenden Daten werden gegen ein striktes Schema validiert (Typen, Längen, Wertebereiche, Formate), und nicht konforme Anfragen werden abgelehnt.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="129"/>
        <source>Rate limited</source>
        <translation>Mit Ratenbegrenzung</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="130"/>
        <source>Requests are limited per client, per IP and per endpoint, with request size and page size caps (API4).</source>
        <translation>Anfragen werden pro Client, pro IP und pro Endpunkt begrenzt, mit Obergrenzen für Anfrage- und Seitengröße (API4).</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="132"/>
        <source>Has administrative functions</source>
        <translation>Hat administrative Funktionen</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="133"/>
        <source>The process offers privileged operations (user management, configuration, refunds, deletes) besides its ordinary ones.</source>
        <translation>Der Prozess bietet neben seinen gewöhnlichen Operationen auch privilegierte (Benutzerverwaltung, Konfiguration, Erstattungen, Löschvorgänge).</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="136"/>
        <source>Has a sensitive business flow</source>
        <translation>Hat einen sensiblen Geschäftsablauf</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="137"/>
        <source>The process offers a flow that hurts the business when automated at scale: purchases of limited stock, sign-up, referral credits, coupon redemption, posting content (API6).</source>
        <translation>Der Prozess bietet einen Ablauf, der dem Geschäft schadet, wenn er in großem Umfang automatisiert wird: Käufe knapper Ware, Registrierung, Empfehlungsgutschriften, Einlösen von Gutscheinen, Veröffentlichen von Inhalten (API6).</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="141"/>
        <source>Bot / anti-automation protection</source>
        <translation>Bot- / Anti-Automatisierungsschutz</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="142"/>
        <source>Sensitive flows are protected against automation by device fingerprinting, challenges, behavioural analysis or business-level limits.</source>
        <translation>Sensible Abläufe sind durch Device Fingerprinting, Challenges, Verhaltensanalyse oder geschäftliche Limits gegen Automatisierung geschützt.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="145"/>
        <source>Fetches URLs</source>
        <translation>Ruft URLs ab</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="146"/>
        <source>The process makes outbound requests to URLs or hosts that are, or can be, influenced by a caller (webhooks, imports, previews, redirect and metadata URIs).</source>
        <translation>Der Prozess sendet ausgehende Anfragen an URLs oder Hosts, die ein Aufrufer beeinflusst oder beeinflussen kann (Webhooks, Importe, Vorschauen, Redirect- und Metadaten-URIs).</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="150"/>
        <source>Restricts outbound URLs</source>
        <translation>Beschränkt ausgehende URLs</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="151"/>
        <source>Outbound requests are limited to an allowlist of schemes, hosts and ports; private ranges and cloud metadata addresses are blocked and redirects are not followed blindly (API7).</source>
        <translation>Ausgehende Anfragen sind auf eine Allowlist von Schemata, Hosts und Ports beschränkt; private Adressbereiche und Cloud-Metadatenadressen werden blockiert, und Weiterleitungen wird nicht blind gefolgt (API7).</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="155"/>
        <source>Consumes third-party APIs</source>
        <translation>Nutzt APIs von Drittanbietern</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="156"/>
        <source>The process calls APIs operated by another organisation and acts on their responses.</source>
        <translation>Der Prozess ruft APIs auf, die eine andere Organisation betreibt, und handelt auf Grundlage ihrer Antworten.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="159"/>
        <source>Writes security logs</source>
        <translation>Schreibt Sicherheitslogs</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="160"/>
        <source>Authentication events, authorization failures, validation rejections and state changes are logged with the acting identity.</source>
        <translation>Authentifizierungsereignisse, fehlgeschlagene Autorisierungen, Ablehnungen durch die Validierung und Zustandsänderungen werden mit der handelnden Identität protokolliert.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="163"/>
        <source>Enforces MFA</source>
        <translation>Erzwingt MFA</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="164"/>
        <source>Sign-in and sensitive operations require a second factor.</source>
        <translation>Anmeldung und sensible Operationen erfordern einen zweiten Faktor.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="165"/>
        <source>Hardened configuration</source>
        <translation>Gehärtete Konfiguration</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="166"/>
        <source>The deployment follows a reviewed hardening baseline (no debug endpoints or default accounts, strict CORS, security headers, only needed HTTP methods) that is scanned automatically (API8).</source>
        <translation>Das Deployment folgt einer geprüften Härtungs-Baseline (keine Debug-Endpunkte oder Standardkonten, striktes CORS, Security-Header, nur benötigte HTTP-Methoden), deren Einhaltung automatisch gescannt wird (API8).</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="170"/>
        <source>Verbose error messages</source>
        <translation>Ausführliche Fehlermeldungen</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="171"/>
        <source>Error responses contain stack traces, SQL, internal host names, component versions or other internals.</source>
        <translation>Fehlerantworten enthalten Stacktraces, SQL, interne Hostnamen, Komponentenversionen oder andere Interna.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="173"/>
        <source>In the API inventory</source>
        <translation>Im API-Inventar</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="174"/>
        <source>Every deployed version, host and environment of this API is listed in a maintained inventory with an owner, an audience and a lifecycle (API9).</source>
        <translation>Jede bereitgestellte Version, jeder Host und jede Umgebung dieser API ist in einem gepflegten Inventar mit Eigentümer, Zielgruppe und Lebenszyklus erfasst (API9).</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="177"/>
        <source>Deprecated versions still live</source>
        <translation>Abgekündigte Versionen noch in Betrieb</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="178"/>
        <source>Older API versions, beta hosts or non-production environments of this API are still reachable.</source>
        <translation>Ältere API-Versionen, Beta-Hosts oder Nicht-Produktionsumgebungen dieser API sind noch erreichbar.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="180"/>
        <source>Runs privileged</source>
        <translation>Läuft privilegiert</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="181"/>
        <source>The process runs as root or administrator, or with broad cloud or database rights beyond what it needs.</source>
        <translation>Der Prozess läuft als root oder Administrator oder mit weitreichenden Cloud- oder Datenbankrechten, die über das Nötige hinausgehen.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="183"/>
        <source>Makes automated decisions</source>
        <translation>Trifft automatisierte Entscheidungen</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="184"/>
        <source>The process takes decisions about people with legal or similarly significant effects, such as on credit, hiring or access to a service, without a person deciding.</source>
        <translation>Der Prozess trifft Entscheidungen über Personen mit rechtlicher oder ähnlich erheblicher Wirkung, etwa über Kredite, Einstellungen oder den Zugang zu einer Leistung, ohne dass ein Mensch entscheidet.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="188"/>
        <source>Profiles people</source>
        <translation>Erstellt Profile von Personen</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="189"/>
        <source>The process evaluates or predicts people&apos;s behaviour, interests or traits from their data, e.g. for recommendations, segments or scores.</source>
        <translation>Der Prozess bewertet oder prognostiziert Verhalten, Interessen oder Eigenschaften von Personen anhand ihrer Daten, z. B. für Empfehlungen, Segmente oder Scores.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="192"/>
        <source>Looks up people</source>
        <translation>Sucht nach Personen</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="193"/>
        <source>Callers can ask whether a person, e-mail address or phone number is known, e.g. through sign-up, password reset, invitations or search.</source>
        <translation>Aufrufende können erfragen, ob eine Person, eine E-Mail-Adresse oder eine Telefonnummer bekannt ist, z. B. über Registrierung, Passwortzurücksetzung, Einladungen oder Suche.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="196"/>
        <source>Uniform responses</source>
        <translation>Einheitliche Antworten</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="197"/>
        <source>Answers do not reveal whether a person or record exists: unknown, missing and forbidden get the same response in about the same time.</source>
        <translation>Antworten verraten nicht, ob eine Person oder ein Datensatz existiert: Unbekanntes, Fehlendes und Verbotenes erhält dieselbe Antwort in etwa derselben Zeit.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="200"/>
        <source>Runs redundantly</source>
        <translation>Läuft redundant</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="201"/>
        <source>More than one instance runs, on separate hosts or zones, and traffic moves to a healthy one automatically when an instance fails.</source>
        <translation>Es läuft mehr als eine Instanz auf getrennten Hosts oder Zonen, und der Datenverkehr wechselt automatisch zu einer funktionierenden Instanz, wenn eine ausfällt.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="204"/>
        <source>Technology</source>
        <translation>Technologie</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="205"/>
        <source>Product and version, e.g. &apos;PostgreSQL 15&apos;, &apos;Amazon S3&apos;, &apos;Redis 7&apos;.</source>
        <translation>Produkt und Version, z. B. &apos;PostgreSQL 15&apos;, &apos;Amazon S3&apos;, &apos;Redis 7&apos;.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="207"/>
        <source>Encrypted at rest</source>
        <translation>Ruhende Daten verschlüsselt</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="208"/>
        <source>Stored data is encrypted with keys held in a key management service, not next to the data.</source>
        <translation>Gespeicherte Daten sind mit Schlüsseln verschlüsselt, die in einem Schlüsselverwaltungsdienst liegen und nicht neben den Daten.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="210"/>
        <source>Holds credentials or secrets</source>
        <translation>Enthält Zugangsdaten oder Geheimnisse</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="211"/>
        <source>The store contains passwords or password hashes, MFA seeds, API keys, tokens, private keys or other secrets.</source>
        <translation>Der Speicher enthält Passwörter oder Passwort-Hashes, MFA-Seeds, API-Schlüssel, Tokens, private Schlüssel oder andere Geheimnisse.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="213"/>
        <source>Holds personal data</source>
        <translation>Enthält personenbezogene Daten</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="214"/>
        <source>The store contains personally identifiable or otherwise regulated personal data.</source>
        <translation>Der Speicher enthält personenidentifizierende oder anderweitig regulierte personenbezogene Daten.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="217"/>
        <source>Is a log</source>
        <translation>Ist ein Log</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="218"/>
        <source>The store keeps audit or application logs. STRIDE per element applies repudiation to log stores only.</source>
        <translation>Der Speicher enthält Audit- oder Anwendungslogs. STRIDE-per-Element wendet Abstreitbarkeit nur auf Log-Speicher an.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="220"/>
        <source>Append-only / tamper-evident</source>
        <translation>Append-only / manipulationserkennbar</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="221"/>
        <source>Entries cannot be changed or deleted by the writers or by operators (WORM storage, hash chaining or signed batches).</source>
        <translation>Einträge können weder von den schreibenden Komponenten noch vom Betriebspersonal geändert oder gelöscht werden (WORM-Speicher, Hash-Verkettung oder signierte Batches).</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="223"/>
        <source>Personal data</source>
        <translation>Personenbezogene Daten</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="224"/>
        <source>The most sensitive kind of personal data kept here: &apos;ordinary&apos;, or &apos;special-category&apos; for health, genetic, biometric, religious, political, union, sexual or ethnic data (GDPR Article 9). A store marked &apos;Holds personal data&apos; counts as &apos;ordinary&apos; while this is &apos;none&apos;.</source>
        <translation>Die sensibelste Art personenbezogener Daten, die hier gespeichert ist: „ordinary“ (gewöhnliche Daten) oder „special-category“ für Gesundheitsdaten, genetische, biometrische, religiöse, politische, gewerkschaftliche, sexuelle oder ethnische Daten (Art. 9 DSGVO). Ein Speicher mit „Enthält personenbezogene Daten“ gilt als „ordinary“, solange hier „none“ steht.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="229"/>
        <source>Data subjects</source>
        <translation>Betroffene Personen</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="230"/>
        <source>Whose personal data this is, e.g. &apos;customers&apos;, &apos;employees&apos;, &apos;patients&apos;. Empty when not recorded.</source>
        <translation>Wessen personenbezogene Daten es sind, z. B. „Kunden“, „Beschäftigte“, „Patienten“. Leer, wenn nicht erfasst.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="232"/>
        <source>Purposes</source>
        <translation>Zwecke</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="233"/>
        <source>What the personal data is used for, as recorded in the record of processing, e.g. &apos;order fulfilment&apos;. Empty when not recorded.</source>
        <translation>Wofür die personenbezogenen Daten verwendet werden, wie im Verzeichnis von Verarbeitungstätigkeiten festgehalten, z. B. „Auftragsabwicklung“. Leer, wenn nicht erfasst.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="236"/>
        <source>Retention period</source>
        <translation>Aufbewahrungsfrist</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="237"/>
        <source>How long personal data is kept here before it is deleted or anonymised, e.g. &apos;2 years&apos;. Empty when no period is set.</source>
        <translation>Wie lange personenbezogene Daten hier aufbewahrt werden, bevor sie gelöscht oder anonymisiert werden, z. B. „2 Jahre“. Leer, wenn keine Frist festgelegt ist.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="239"/>
        <source>Lawful basis</source>
        <translation>Rechtsgrundlage</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="240"/>
        <source>The GDPR Article 6 basis the processing relies on; for special-category data &apos;consent&apos; stands for explicit consent. &apos;none&apos; when no basis is recorded.</source>
        <translation>Die Rechtsgrundlage nach Art. 6 DSGVO, auf der die Verarbeitung beruht; bei Daten besonderer Kategorien steht „consent“ für eine ausdrückliche Einwilligung. „none“, wenn keine Rechtsgrundlage erfasst ist.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="244"/>
        <source>Minimised</source>
        <translation>Minimiert</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="245"/>
        <source>Only the personal fields the purpose needs are included; every field has been checked against the recorded purpose.</source>
        <translation>Es sind nur die personenbezogenen Felder enthalten, die der Zweck erfordert; jedes Feld wurde gegen den erfassten Zweck geprüft.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="247"/>
        <source>Pseudonymised</source>
        <translation>Pseudonymisiert</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="248"/>
        <source>Direct identifiers such as names, e-mail addresses or account numbers are replaced by pseudonyms, and the means to reverse them is kept separately.</source>
        <translation>Direkte Kennungen wie Namen, E-Mail-Adressen oder Kontonummern sind durch Pseudonyme ersetzt, und die Mittel zur Aufhebung der Pseudonymisierung werden getrennt aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="251"/>
        <source>Erasure supported</source>
        <translation>Löschung unterstützt</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="252"/>
        <source>One person&apos;s data can be found and deleted here on request, including its copies in replicas and backups.</source>
        <translation>Die Daten einer einzelnen Person lassen sich hier auf Anfrage auffinden und löschen, einschließlich ihrer Kopien in Replikaten und Backups.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="254"/>
        <source>Subject access supported</source>
        <translation>Auskunft unterstützt</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="255"/>
        <source>One person&apos;s data can be found and exported here, in a readable and machine-readable form, to answer an access or portability request.</source>
        <translation>Die Daten einer einzelnen Person lassen sich hier auffinden und in lesbarer und maschinenlesbarer Form exportieren, um ein Auskunfts- oder Übertragbarkeitsersuchen zu beantworten.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="258"/>
        <source>Combines data sources</source>
        <translation>Führt Datenquellen zusammen</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="259"/>
        <source>Data sets from several systems or organisations are joined here on the same people or devices.</source>
        <translation>Datenbestände aus mehreren Systemen oder Organisationen werden hier über dieselben Personen oder Geräte zusammengeführt.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="261"/>
        <source>Backed up</source>
        <translation>Gesichert</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="262"/>
        <source>The data is copied regularly to a separate location that production credentials cannot alter, and restoring from those copies has been tested.</source>
        <translation>Die Daten werden regelmäßig an einen getrennten Ort kopiert, den Produktionszugangsdaten nicht verändern können, und die Wiederherstellung aus diesen Kopien wurde getestet.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="265"/>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="266"/>
        <source>Wire protocol, e.g. &apos;HTTPS&apos;, &apos;HTTP&apos;, &apos;gRPC&apos;, &apos;WSS&apos;, &apos;JDBC/TLS&apos;, &apos;Kafka&apos;, &apos;AMQP&apos;.</source>
        <translation>Übertragungsprotokoll, z. B. &apos;HTTPS&apos;, &apos;HTTP&apos;, &apos;gRPC&apos;, &apos;WSS&apos;, &apos;JDBC/TLS&apos;, &apos;Kafka&apos;, &apos;AMQP&apos;.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="269"/>
        <source>Encrypted in transit</source>
        <translation>Bei Übertragung verschlüsselt</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="270"/>
        <source>TLS 1.2+ or an equivalent authenticated encryption protects the data on this flow.</source>
        <translation>TLS 1.2+ oder eine gleichwertige authentifizierte Verschlüsselung schützt die Daten auf diesem Datenfluss.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="273"/>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="274"/>
        <source>How the sender proves who it is on this flow.</source>
        <translation>Wie der Sender auf diesem Datenfluss seine Identität nachweist.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="275"/>
        <source>Data classification</source>
        <translation>Datenklassifizierung</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="276"/>
        <source>The most sensitive class of data this flow carries.</source>
        <translation>Die sensibelste Datenklasse, die dieser Datenfluss überträgt.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="277"/>
        <source>Object ids from the client</source>
        <translation>Objekt-IDs vom Client</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="278"/>
        <source>Requests name the objects they act on with client-supplied identifiers (path, query or body), e.g. /accounts/{accountId}.</source>
        <translation>Anfragen benennen die Objekte, auf die sie wirken, mit vom Client gelieferten Kennungen (Pfad, Query oder Body), z. B. /accounts/{accountId}.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="281"/>
        <source>Modifies state</source>
        <translation>Ändert Zustand</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="282"/>
        <source>Requests create, change or delete data (POST, PUT, PATCH, DELETE or equivalent), rather than only reading.</source>
        <translation>Anfragen erstellen, ändern oder löschen Daten (POST, PUT, PATCH, DELETE oder Gleichwertiges), statt sie nur zu lesen.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="284"/>
        <source>Token or key in URL</source>
        <translation>Token oder Schlüssel in URL</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="285"/>
        <source>An access token, session id or API key travels in the URL (query string or path).</source>
        <translation>Ein Access-Token, eine Session-ID oder ein API-Schlüssel wird in der URL übertragen (Query-String oder Pfad).</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="288"/>
        <source>The most sensitive kind of personal data this flow carries: &apos;ordinary&apos;, or &apos;special-category&apos; for health, genetic, biometric, religious, political, union, sexual or ethnic data (GDPR Article 9).</source>
        <translation>Die sensibelste Art personenbezogener Daten, die dieser Datenfluss überträgt: „ordinary“ (gewöhnliche Daten) oder „special-category“ für Gesundheitsdaten, genetische, biometrische, religiöse, politische, gewerkschaftliche, sexuelle oder ethnische Daten (Art. 9 DSGVO).</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="292"/>
        <source>Agreed retention period</source>
        <translation>Vereinbarte Aufbewahrungsfrist</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="293"/>
        <source>How long the recipient may keep the personal data, as agreed with it, e.g. &apos;90 days&apos;. Empty when no period is agreed.</source>
        <translation>Wie lange der Empfänger die personenbezogenen Daten aufbewahren darf, wie mit ihm vereinbart, z. B. „90 Tage“. Leer, wenn keine Frist vereinbart ist.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="296"/>
        <source>People informed</source>
        <translation>Betroffene informiert</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="297"/>
        <source>The people the data is about are told what is collected, why, for how long and who receives it, at collection or, for data obtained from others, within a month.</source>
        <translation>Die Personen, die die Daten betreffen, werden darüber informiert, was erhoben wird, wozu, wie lange und wer es erhält – bei der Erhebung oder, bei von Dritten erhaltenen Daten, innerhalb eines Monats.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="301"/>
        <source>Stable identifiers</source>
        <translation>Stabile Kennungen</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="302"/>
        <source>Messages carry an identifier that stays the same across requests or sessions, such as a customer id, device id, advertising id or persistent cookie.</source>
        <translation>Nachrichten tragen eine Kennung, die über Anfragen oder Sitzungen hinweg gleich bleibt, etwa eine Kunden-ID, Geräte-ID, Werbe-ID oder ein dauerhaftes Cookie.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="306"/>
        <source>Signed by the user</source>
        <translation>Vom Benutzer signiert</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="307"/>
        <source>The person digitally signs what this flow carries, so the signature later proves that they approved it.</source>
        <translation>Die Person signiert digital, was dieser Datenfluss überträgt, sodass die Signatur später beweist, dass sie es gebilligt hat.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="309"/>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="310"/>
        <source>The kind of network zone the boundary encloses. Kept for compatibility; boundary types express the same thing.</source>
        <translation>Die Art der Netzwerkzone, die die Grenze umschließt. Aus Kompatibilitätsgründen beibehalten; Grenztypen drücken dasselbe aus.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="312"/>
        <source>Requires PKCE</source>
        <translation>Erfordert PKCE</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="313"/>
        <source>The authorization code grant requires PKCE (S256) for every client, and always for public clients.</source>
        <translation>Der Authorization Code Grant erfordert PKCE (S256) für jeden Client und in jedem Fall für öffentliche Clients.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="315"/>
        <source>Allows the implicit grant</source>
        <translation>Erlaubt den Implicit Grant</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="316"/>
        <source>Clients may obtain access tokens through the deprecated implicit grant.</source>
        <translation>Clients dürfen Access-Tokens über den veralteten Implicit Grant beziehen.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="318"/>
        <source>Allows the password grant</source>
        <translation>Erlaubt den Password Grant</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="319"/>
        <source>Clients may use the resource owner password credentials grant, handling users&apos; passwords themselves.</source>
        <translation>Clients dürfen den Resource Owner Password Credentials Grant verwenden und verarbeiten dabei selbst die Passwörter der Benutzer.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="321"/>
        <source>Access token lifetime (minutes)</source>
        <translation>Lebensdauer von Access-Tokens (Minuten)</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="322"/>
        <source>Lifetime of issued access tokens in minutes; 0 when not stated.</source>
        <translation>Lebensdauer ausgestellter Access-Tokens in Minuten; 0, wenn nicht angegeben.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="324"/>
        <source>Rotates and revokes refresh tokens</source>
        <translation>Rotiert und widerruft Refresh-Tokens</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="325"/>
        <source>Refresh tokens are single-use, rotated on every use, bound to the client and revocable.</source>
        <translation>Refresh-Tokens sind nur einmal verwendbar, werden bei jeder Verwendung rotiert, sind an den Client gebunden und widerrufbar.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="8"/>
        <source>Strict schema validation of input</source>
        <translation>Strikte Schemavalidierung von Eingaben</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="9"/>
        <source>Validate every request against a strict schema: types, formats, lengths, ranges and the set of allowed fields, using allowlists rather than denylists. Reject anything that does not conform instead of trying to repair it. Where an OpenAPI description exists, enforce it at the gateway and again inside the service.</source>
        <translation>Jede Anfrage gegen ein striktes Schema validieren: Typen, Formate, Längen, Wertebereiche und die Menge der zulässigen Felder, mit Allowlists statt Denylists. Alles, was nicht konform ist, ablehnen, statt zu versuchen, es zu reparieren. Wo eine OpenAPI-Beschreibung existiert, diese am Gateway und zusätzlich im Dienst selbst durchsetzen.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="15"/>
        <source>Parameterized queries</source>
        <translation>Parametrisierte Abfragen</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="16"/>
        <source>Build database and search queries only with prepared statements, bound parameters or a query builder that escapes values, never by concatenating request data. Apply the same rule to NoSQL filters, LDAP queries and shell commands.</source>
        <translation>Datenbank- und Suchabfragen ausschließlich mit Prepared Statements, gebundenen Parametern oder einem Query Builder erstellen, der Werte maskiert, niemals durch Verketten von Anfragedaten. Dieselbe Regel gilt für NoSQL-Filter, LDAP-Abfragen und Shell-Befehle.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="21"/>
        <source>Context-aware output encoding</source>
        <translation>Kontextabhängige Ausgabekodierung</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="22"/>
        <source>Encode data for the context it is written into (HTML, JavaScript, URLs, SQL, log lines, CSV) so that special characters cannot change its meaning. This stops stored and reflected injection when API output is rendered in browsers or processed by downstream systems.</source>
        <translation>Daten passend zu dem Kontext kodieren, in den sie geschrieben werden (HTML, JavaScript, URLs, SQL, Logzeilen, CSV), damit Sonderzeichen ihre Bedeutung nicht verändern können. Das verhindert gespeicherte und reflektierte Injection, wenn API-Ausgaben in Browsern dargestellt oder von nachgelagerten Systemen verarbeitet werden.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="27"/>
        <source>Authenticate with established protocols</source>
        <translation>Authentifizierung über etablierte Protokolle</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="28"/>
        <source>Use OAuth 2.0 / OpenID Connect from a proven identity provider instead of a home-grown scheme. Public clients such as SPAs and mobile apps use the authorization code grant with PKCE; confidential web apps use the authorization code grant; machines use client credentials or mutual TLS. Do not use the implicit or password grants, HTTP Basic, or ID tokens as access tokens.</source>
        <translation>OAuth 2.0 / OpenID Connect eines bewährten Identity Providers statt eines selbst entwickelten Verfahrens verwenden. Öffentliche Clients wie SPAs und mobile Apps nutzen den Authorization Code Grant mit PKCE; vertrauliche Webanwendungen nutzen den Authorization Code Grant; Maschinen nutzen Client Credentials oder Mutual TLS. Weder den Implicit Grant noch den Password Grant, HTTP Basic oder ID-Tokens als Access-Tokens verwenden.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="35"/>
        <source>Multi-factor authentication</source>
        <translation>Multi-Faktor-Authentifizierung</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="36"/>
        <source>Require a second factor (TOTP, WebAuthn/passkey, device-bound key) at sign-in and step-up authentication for sensitive operations such as payments or changing contact details. This keeps a phished or stuffed password from being enough to take over an account.</source>
        <translation>Bei der Anmeldung einen zweiten Faktor verlangen (TOTP, WebAuthn/Passkey, gerätegebundener Schlüssel) und für sensible Operationen wie Zahlungen oder das Ändern von Kontaktdaten eine Step-up-Authentifizierung. So reicht ein per Phishing erbeutetes oder beim Credential Stuffing eingesetztes Passwort nicht aus, um ein Konto zu übernehmen.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="41"/>
        <source>Full token validation in every service</source>
        <translation>Vollständige Token-Validierung in jedem Dienst</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="42"/>
        <source>Validate every JWT&apos;s signature against the issuer&apos;s published keys, and check iss, aud, exp, nbf and the expected algorithm; reject &apos;none&apos; and unexpected algorithms. Do this in each service that relies on the token, not only at the gateway, and never accept an ID token where an access token is required.</source>
        <translation>Die Signatur jedes JWT gegen die veröffentlichten Schlüssel des Ausstellers prüfen und iss, aud, exp, nbf sowie den erwarteten Algorithmus kontrollieren; &apos;none&apos; und unerwartete Algorithmen ablehnen. Dies in jedem Dienst tun, der sich auf das Token verlässt, nicht nur am Gateway, und niemals ein ID-Token akzeptieren, wo ein Access-Token erforderlich ist.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="48"/>
        <source>Short-lived tokens, rotating refresh tokens, tokens only in headers</source>
        <translation>Kurzlebige Tokens, rotierende Refresh-Tokens, Tokens nur in Headern</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="50"/>
        <source>Issue access tokens that live minutes rather than hours, and refresh tokens that are rotated on every use, bound to the client and revocable on logout or compromise. Send tokens only in the Authorization header or in secure cookies, never in URLs, so they do not end up in logs, browser history or Referer headers.</source>
        <translation>Access-Tokens ausstellen, die Minuten statt Stunden gültig sind, und Refresh-Tokens, die bei jeder Verwendung rotiert werden, an den Client gebunden sind und sich bei Abmeldung oder Kompromittierung widerrufen lassen. Tokens nur im Authorization-Header oder in sicheren Cookies senden, niemals in URLs, damit sie nicht in Logs, im Browserverlauf oder in Referer-Headern landen.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="56"/>
        <source>Mutual TLS between services</source>
        <translation>Mutual TLS zwischen Diensten</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="57"/>
        <source>Give every service a workload identity certificate and require mutual TLS on service-to-service calls, for example through a service mesh. Each side then knows which service it talks to, and a foothold on the network is not enough to call internal APIs.</source>
        <translation>Jedem Dienst ein Zertifikat für seine Workload-Identität geben und für Aufrufe zwischen Diensten Mutual TLS verlangen, etwa über ein Service Mesh. Dann weiß jede Seite, mit welchem Dienst sie kommuniziert, und ein bloßer Zugang zum Netzwerk reicht nicht aus, um interne APIs aufzurufen.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="62"/>
        <source>Object-level authorization on every request</source>
        <translation>Autorisierung auf Objektebene bei jeder Anfrage</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="63"/>
        <source>For every object id received from a client, load the object and check that the identity from the validated token (never a client-supplied user id) may access it, returning 404 otherwise. Centralise the check in a policy component, prefer unguessable ids as defence in depth, and cover it with negative tests that try other users&apos; ids.</source>
        <translation>Für jede von einem Client empfangene Objekt-ID das Objekt laden und prüfen, ob die Identität aus dem validierten Token (niemals eine vom Client gelieferte Benutzer-ID) darauf zugreifen darf; andernfalls 404 zurückgeben. Die Prüfung zentral in einer Policy-Komponente bündeln, als zusätzliche Verteidigungslinie nicht erratbare IDs bevorzugen und die Prüfung mit Negativtests absichern, die IDs anderer Benutzer ausprobieren.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="69"/>
        <source>Function-level authorization (RBAC), deny by default</source>
        <translation>Autorisierung auf Funktionsebene (RBAC), standardmäßig verweigern</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="70"/>
        <source>Enforce on the server, for every endpoint and method, which roles or attributes may call it, with deny as the default. Keep administrative functions in a separate, separately protected interface, and never rely on the client hiding buttons or on OAuth scopes alone.</source>
        <translation>Serverseitig für jeden Endpunkt und jede Methode durchsetzen, welche Rollen oder Attribute ihn aufrufen dürfen, mit Verweigerung als Standard. Administrative Funktionen in einer separaten, eigens geschützten Schnittstelle halten und sich weder darauf verlassen, dass der Client Schaltflächen ausblendet, noch allein auf OAuth-Scopes.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="75"/>
        <source>Property allowlists for reads and writes</source>
        <translation>Eigenschafts-Allowlists für Lese- und Schreibzugriffe</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="76"/>
        <source>Define per endpoint and role which properties may be returned and which may be written. Serialise responses from dedicated response models rather than internal entities, and bind request bodies to input models that contain only writable fields, so fields like role, isAdmin, price or balance can be neither read nor set.</source>
        <translation>Je Endpunkt und Rolle festlegen, welche Eigenschaften zurückgegeben und welche geschrieben werden dürfen. Antworten aus eigenen Antwortmodellen statt aus internen Entitäten serialisieren und Request-Bodys an Eingabemodelle binden, die nur beschreibbare Felder enthalten, sodass Felder wie role, isAdmin, price oder balance weder gelesen noch gesetzt werden können.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="82"/>
        <source>TLS 1.2+ on every connection</source>
        <translation>TLS 1.2+ auf jeder Verbindung</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="83"/>
        <source>Encrypt and authenticate all data in transit with TLS 1.2 or later, including east-west traffic, database connections and message brokers. Verify certificates, disable legacy protocol versions and weak cipher suites, and use HSTS on web endpoints.</source>
        <translation>Alle Daten bei der Übertragung mit TLS 1.2 oder neuer verschlüsseln und authentifizieren, einschließlich Ost-West-Verkehr, Datenbankverbindungen und Message Brokern. Zertifikate prüfen, veraltete Protokollversionen und schwache Cipher Suites deaktivieren und auf Web-Endpunkten HSTS einsetzen.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="88"/>
        <source>Encryption at rest with KMS-managed keys</source>
        <translation>Verschlüsselung ruhender Daten mit KMS-verwalteten Schlüsseln</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="89"/>
        <source>Encrypt sensitive stores, backups and snapshots, with keys held and rotated in a key management service rather than in code or configuration. Restrict who may use the keys, so that copying the disk, a backup or a snapshot does not reveal the data.</source>
        <translation>Sensible Speicher, Backups und Snapshots verschlüsseln, mit Schlüsseln, die in einem Schlüsselverwaltungsdienst statt in Code oder Konfiguration gehalten und rotiert werden. Einschränken, wer die Schlüssel verwenden darf, damit das Kopieren der Festplatte, eines Backups oder eines Snapshots die Daten nicht preisgibt.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="94"/>
        <source>Secrets management</source>
        <translation>Secrets-Management</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="95"/>
        <source>Keep passwords, API keys, client secrets and private keys in a secrets vault, inject them at run time, and rotate them regularly and after every suspected exposure. Prefer short-lived, automatically issued credentials (workload identity, dynamic database credentials), and never ship secrets in code, images or public clients.</source>
        <translation>Passwörter, API-Schlüssel, Client Secrets und private Schlüssel in einem Secrets-Vault aufbewahren, zur Laufzeit injizieren und regelmäßig sowie nach jeder vermuteten Offenlegung rotieren. Kurzlebige, automatisch ausgestellte Zugangsdaten bevorzugen (Workload Identity, dynamische Datenbank-Zugangsdaten) und niemals Geheimnisse in Code, Images oder öffentlichen Clients ausliefern.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="101"/>
        <source>Rate limiting and quotas</source>
        <translation>Ratenbegrenzung und Kontingente</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="102"/>
        <source>Limit requests per user, per API key, per IP and per endpoint at the gateway and in the service, with separate limits for reads, writes and expensive operations. Cap request body, upload and page sizes, answer excess with HTTP 429 and Retry-After, and watch aggregate metrics for distributed attacks that stay under per-source limits.</source>
        <translation>Anfragen pro Benutzer, pro API-Schlüssel, pro IP und pro Endpunkt am Gateway und im Dienst begrenzen, mit getrennten Limits für Lese-, Schreib- und aufwendige Operationen. Größen von Request-Bodys, Uploads und Seiten deckeln, Überschreitungen mit HTTP 429 und Retry-After beantworten und aggregierte Metriken auf verteilte Angriffe überwachen, die unter den Limits pro Quelle bleiben.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="108"/>
        <source>Load shedding, timeouts and resource limits</source>
        <translation>Lastabwurf, Timeouts und Ressourcenlimits</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="109"/>
        <source>Reject work early when the system is saturated, based on its own state (queue depth, concurrency, latency), and give every call a timeout, a bounded retry budget and a circuit breaker. Bound memory, CPU, connection pools and query complexity per request so that one client or one slow dependency cannot exhaust them.</source>
        <translation>Arbeit frühzeitig ablehnen, wenn das System ausgelastet ist, gemessen am eigenen Zustand (Queue-Tiefe, Nebenläufigkeit, Latenz), und jedem Aufruf ein Timeout, ein begrenztes Retry-Budget und einen Circuit Breaker geben. Speicher, CPU, Verbindungspools und Abfragekomplexität pro Anfrage begrenzen, damit ein einzelner Client oder eine einzelne langsame Abhängigkeit sie nicht erschöpfen kann.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="115"/>
        <source>Anti-automation for sensitive business flows</source>
        <translation>Anti-Automatisierung für sensible Geschäftsabläufe</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="116"/>
        <source>Identify the business flows that hurt when automated (buying limited stock, sign-up, referrals, coupons) and protect them with device fingerprinting, human-presence challenges, behavioural detection and business-level limits such as one purchase per customer per drop. Non-human patterns get blocked or slowed, not just counted.</source>
        <translation>Die Geschäftsabläufe identifizieren, deren Automatisierung Schaden verursacht (Kauf knapper Ware, Registrierung, Empfehlungsprogramme, Gutscheine), und sie mit Device Fingerprinting, Challenges zum Nachweis menschlicher Nutzung, Verhaltenserkennung und geschäftlichen Limits schützen, etwa einem Kauf pro Kunde und Verkaufsaktion. Nicht-menschliche Muster werden blockiert oder verlangsamt, nicht nur gezählt.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="122"/>
        <source>Security logging and monitoring in a SIEM</source>
        <translation>Sicherheitsprotokollierung und Monitoring in einem SIEM</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="123"/>
        <source>Log authentication events, authorization failures, validation rejections and state-changing actions with the acting identity, the object, the time and a request id, and forward them to a central SIEM. Never log passwords, tokens, keys or unnecessary personal data, and alert on spikes of 401/403, enumeration patterns and unusual volumes per consumer.</source>
        <translation>Authentifizierungsereignisse, fehlgeschlagene Autorisierungen, Ablehnungen durch die Validierung und zustandsändernde Aktionen mit der handelnden Identität, dem Objekt, dem Zeitpunkt und einer Request-ID protokollieren und an ein zentrales SIEM weiterleiten. Niemals Passwörter, Tokens, Schlüssel oder unnötige personenbezogene Daten protokollieren und bei Spitzen von 401/403, Enumerationsmustern und ungewöhnlichen Volumina pro Konsument alarmieren.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="129"/>
        <source>Tamper-evident, append-only audit log</source>
        <translation>Manipulationserkennbares Append-only-Audit-Log</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="130"/>
        <source>Write audit events to an append-only store that the writing services and their operators cannot modify or delete (WORM storage, hash-chained or signed batches), shipped off the host quickly. Synchronise clocks and keep retention long enough for disputes and investigations, so the log can settle who did what.</source>
        <translation>Audit-Ereignisse in einen Append-only-Speicher schreiben, den die schreibenden Dienste und deren Betreiber weder ändern noch löschen können (WORM-Speicher, per Hash verkettete oder signierte Batches), und sie zügig vom Host wegübertragen. Uhren synchronisieren und die Aufbewahrungsdauer lang genug für Streitfälle und Untersuchungen wählen, damit das Log klären kann, wer was getan hat.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="136"/>
        <source>Outbound URL allowlist and egress filtering</source>
        <translation>Allowlist für ausgehende URLs und Egress-Filterung</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="137"/>
        <source>Accept outbound destinations only from an allowlist of schemes, hosts and ports, resolve names once and refuse private, loopback and link-local addresses including the cloud metadata endpoint 169.254.169.254. Do not follow redirects blindly, do not return raw responses to the caller, and run fetchers in a network segment whose egress is restricted.</source>
        <translation>Ausgehende Ziele nur aus einer Allowlist von Schemata, Hosts und Ports akzeptieren, Namen einmalig auflösen und private, Loopback- und Link-Local-Adressen ablehnen, einschließlich des Cloud-Metadaten-Endpunkts 169.254.169.254. Weiterleitungen nicht blind folgen, keine Rohantworten an den Aufrufer zurückgeben und abrufende Komponenten in einem Netzwerksegment mit eingeschränktem ausgehendem Verkehr betreiben.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="143"/>
        <source>Hardened baseline and configuration scanning</source>
        <translation>Gehärtete Baseline und Konfigurationsscans</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="144"/>
        <source>Deploy from a reviewed hardening baseline: no debug endpoints, sample apps or default accounts, a strict CORS policy, security headers, only the needed HTTP methods and generic error messages. Scan configuration and infrastructure as code in CI/CD and audit running systems against the baseline.</source>
        <translation>Auf Basis einer geprüften Härtungs-Baseline bereitstellen: keine Debug-Endpunkte, Beispielanwendungen oder Standardkonten, eine strikte CORS-Richtlinie, Security-Header, nur die benötigten HTTP-Methoden und generische Fehlermeldungen. Konfiguration und Infrastructure as Code in der CI/CD-Pipeline scannen und laufende Systeme gegen die Baseline prüfen.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="150"/>
        <source>API inventory and decommissioning</source>
        <translation>API-Inventar und Außerbetriebnahme</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="151"/>
        <source>Keep an inventory of every API host, version and environment with its owner, audience, data and authentication, fed by automated discovery rather than by memory. Retire old versions on a published schedule, keep non-production environments off the internet or behind the same controls, and document the data flows to third parties.</source>
        <translation>Ein Inventar aller API-Hosts, -Versionen und -Umgebungen mit Eigentümer, Zielgruppe, Daten und Authentifizierung führen, gespeist aus automatischer Erkennung statt aus dem Gedächtnis. Alte Versionen nach einem veröffentlichten Zeitplan außer Betrieb nehmen, Nicht-Produktionsumgebungen vom Internet fernhalten oder hinter dieselben Kontrollen stellen und die Datenflüsse zu Drittanbietern dokumentieren.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="157"/>
        <source>Treat third-party responses as untrusted input</source>
        <translation>Antworten von Drittanbietern als nicht vertrauenswürdige Eingaben behandeln</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="158"/>
        <source>Validate data from third-party APIs against a strict schema exactly as if it came from an anonymous client, and encode it before it is stored, rendered or used in queries. Call third parties only over TLS, do not follow their redirects blindly, set timeouts and response size limits, and assess the provider&apos;s own security.</source>
        <translation>Daten aus Drittanbieter-APIs gegen ein striktes Schema validieren, genau so, als kämen sie von einem anonymen Client, und sie kodieren, bevor sie gespeichert, dargestellt oder in Abfragen verwendet werden. Drittanbieter nur über TLS aufrufen, ihren Weiterleitungen nicht blind folgen, Timeouts und Größenlimits für Antworten setzen und die Sicherheit des Anbieters selbst bewerten.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="164"/>
        <source>Least privilege for processes and accounts</source>
        <translation>Minimale Rechte für Prozesse und Konten</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="165"/>
        <source>Run each process as an unprivileged user in a minimal, read-only container, and give its database, cloud and service accounts only the operations and data it needs. Separate read and write accounts where practical, so that a compromised component gives the attacker as little as possible.</source>
        <translation>Jeden Prozess als unprivilegierten Benutzer in einem minimalen, schreibgeschützten Container ausführen und seinen Datenbank-, Cloud- und Dienstkonten nur die Operationen und Daten gewähren, die er benötigt. Lese- und Schreibkonten trennen, wo es praktikabel ist, damit eine kompromittierte Komponente dem Angreifer so wenig wie möglich verschafft.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="170"/>
        <source>Data minimisation for outgoing data</source>
        <translation>Datenminimierung bei ausgehenden Daten</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="171"/>
        <source>Send to third parties, logs and analytics only the fields they need, pseudonymised where possible, under a data processing agreement. Review regularly what leaves the organisation and delete what is no longer needed.</source>
        <translation>An Drittanbieter, Logs und Analysewerkzeuge nur die Felder senden, die sie benötigen, nach Möglichkeit pseudonymisiert und auf Grundlage eines Auftragsverarbeitungsvertrags. Regelmäßig prüfen, was die Organisation verlässt, und löschen, was nicht mehr benötigt wird.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="176"/>
        <source>Data minimisation</source>
        <translation>Datenminimierung</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="177"/>
        <source>Check every personal field against the recorded purpose and drop those it does not need, at collection, in storage and in what is passed on. Where they serve the purpose, prefer coarser or derived values, such as an age band instead of a birth date or a region instead of an address.</source>
        <translation>Jedes personenbezogene Feld gegen den erfassten Zweck prüfen und die nicht benötigten streichen – bei der Erhebung, bei der Speicherung und bei der Weitergabe. Wo sie dem Zweck genügen, gröbere oder abgeleitete Werte bevorzugen, etwa eine Altersgruppe statt des Geburtsdatums oder eine Region statt der Anschrift.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="182"/>
        <source>Pseudonymisation with separated keys</source>
        <translation>Pseudonymisierung mit getrennt verwahrten Schlüsseln</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="183"/>
        <source>Replace direct identifiers with pseudonyms or tokens as early as possible, and keep the mapping in a separate, access-controlled service. Give different recipients different pseudonyms so that their data sets cannot be joined.</source>
        <translation>Direkte Kennungen so früh wie möglich durch Pseudonyme oder Token ersetzen und die Zuordnung in einem separaten, zugriffsgeschützten Dienst verwahren. Verschiedenen Empfängern unterschiedliche Pseudonyme geben, damit sich ihre Datenbestände nicht zusammenführen lassen.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="188"/>
        <source>Anonymisation and aggregation</source>
        <translation>Anonymisierung und Aggregation</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="189"/>
        <source>Where individual records are not needed, release aggregates, generalise or suppress rare values, or add calibrated noise. Test the result against linkage with other available data before treating it as anonymous.</source>
        <translation>Wo keine Einzeldatensätze benötigt werden, Aggregate herausgeben, seltene Werte verallgemeinern oder unterdrücken oder kalibriertes Rauschen hinzufügen. Das Ergebnis auf Verknüpfbarkeit mit anderen verfügbaren Daten testen, bevor es als anonym gilt.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="193"/>
        <source>Unlinkable identifiers</source>
        <translation>Nicht verknüpfbare Kennungen</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="194"/>
        <source>Use identifiers that differ per recipient, per purpose or per session and change them regularly, instead of one stable id everywhere. Send third parties only identifiers they cannot match with data from other sources.</source>
        <translation>Kennungen verwenden, die sich je Empfänger, je Zweck oder je Sitzung unterscheiden und regelmäßig wechseln, statt überall derselben stabilen ID. Dritten nur Kennungen senden, die sie nicht mit Daten aus anderen Quellen abgleichen können.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="198"/>
        <source>Person identifiers kept out of URLs</source>
        <translation>Personenkennungen nicht in URLs</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="199"/>
        <source>Keep identifiers of people out of paths and query strings: send them in the request body, or use random, short-lived references that mean nothing outside the session. Mask any that remain in access logs.</source>
        <translation>Kennungen von Personen aus Pfaden und Query-Strings heraushalten: sie im Anfragekörper senden oder zufällige, kurzlebige Referenzen verwenden, die außerhalb der Sitzung nichts bedeuten. Verbleibende Kennungen in Zugriffsprotokollen maskieren.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="203"/>
        <source>Third-party SDK review</source>
        <translation>Prüfung von Drittanbieter-SDKs</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="204"/>
        <source>Keep an inventory of the SDKs in every client with what each one sends and to whom, remove those without a clear need, and start the others only after the user has agreed. Configure them to collect the minimum and to leave advertising identifiers alone.</source>
        <translation>Ein Verzeichnis der SDKs in jedem Client führen, mit dem, was jedes sendet und an wen; SDKs ohne klaren Bedarf entfernen und die übrigen erst nach Zustimmung des Benutzers starten. Sie so konfigurieren, dass sie nur das Minimum erheben und keine Werbe-IDs verwenden.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="209"/>
        <source>Purpose-bound data sets</source>
        <translation>Zweckgebundene Datenbestände</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="210"/>
        <source>Keep data collected for different purposes in separate stores or schemas and join them only for a documented, compatible purpose. Give each consumer access only to the data sets its purpose covers.</source>
        <translation>Für unterschiedliche Zwecke erhobene Daten in getrennten Speichern oder Schemata halten und nur für einen dokumentierten, vereinbaren Zweck zusammenführen. Jedem Abnehmer nur Zugriff auf die Datenbestände gewähren, die sein Zweck abdeckt.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="214"/>
        <source>Need-to-know access to personal records</source>
        <translation>Zugriff auf personenbezogene Datensätze nach dem Need-to-know-Prinzip</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="215"/>
        <source>Limit who can read personal data and identified logs to the roles that need them, and record and review that access. Offer masked views for support and analytics so that most staff never see direct identifiers.</source>
        <translation>Den Lesezugriff auf personenbezogene Daten und identifizierende Protokolle auf die Rollen beschränken, die ihn benötigen, und diesen Zugriff protokollieren und überprüfen. Maskierte Ansichten für Support und Analyse anbieten, damit die meisten Mitarbeitenden nie direkte Kennungen sehen.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="219"/>
        <source>Privacy-aware logging</source>
        <translation>Datenschutzgerechte Protokollierung</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="220"/>
        <source>Log only the events and fields that auditing or troubleshooting needs, with pseudonyms instead of names, and mask personal data in URLs and payloads. Keep logs for a short time, and longer only for the events that must stay attributable.</source>
        <translation>Nur die Ereignisse und Felder protokollieren, die Audit oder Fehlersuche benötigen, mit Pseudonymen statt Namen, und personenbezogene Daten in URLs und Nutzdaten maskieren. Protokolle nur kurz aufbewahren, länger nur für die Ereignisse, die zurechenbar bleiben müssen.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="225"/>
        <source>Answer lookups, sign-in, sign-up, password reset and record requests the same way whether the person or record exists or not: same status, same message and a similar response time. Send anything specific to the verified owner through another channel, such as e-mail.</source>
        <translation>Auf Suchanfragen, Anmeldung, Registrierung, Passwortzurücksetzung und Abrufe von Datensätzen gleich antworten, ob die Person oder der Datensatz existiert oder nicht: gleicher Status, gleiche Meldung und ähnliche Antwortzeit. Spezifisches nur über einen anderen Kanal, etwa per E-Mail, an den verifizierten Inhaber senden.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="230"/>
        <source>Resistance to traffic analysis</source>
        <translation>Schutz vor Verkehrsanalyse</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="231"/>
        <source>Serve sensitive functions from neutral host names on shared infrastructure, pad messages to uniform sizes, and send device data in batches or at fixed intervals, so that timing and volume reveal little. Keep connection metadata and its logs to a minimum.</source>
        <translation>Sensible Funktionen unter neutralen Hostnamen auf gemeinsam genutzter Infrastruktur bereitstellen, Nachrichten auf einheitliche Größen auffüllen und Gerätedaten gebündelt oder in festen Abständen senden, damit Zeitpunkte und Volumen wenig verraten. Verbindungsmetadaten und deren Protokolle auf ein Minimum beschränken.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="236"/>
        <source>Field-level response shaping</source>
        <translation>Antwortgestaltung auf Feldebene</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="237"/>
        <source>Build each response from an allowlist of fields for its consumer and operation instead of serialising whole records. Deliver personal fields only to the consumers and screens that use them.</source>
        <translation>Jede Antwort aus einer Allowlist von Feldern für ihren Abnehmer und ihre Operation aufbauen, statt ganze Datensätze zu serialisieren. Personenbezogene Felder nur an die Abnehmer und Ansichten liefern, die sie verwenden.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="241"/>
        <source>Privacy notice</source>
        <translation>Datenschutzhinweis</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="242"/>
        <source>Tell people what is collected, why, on which basis, for how long and who receives it, where their data is collected or within a month of obtaining it from others. Keep the notice short at the point of collection with a link to the full text, and record which version each person was shown.</source>
        <translation>Personen dort, wo ihre Daten erhoben werden, oder innerhalb eines Monats nach Erhalt der Daten von Dritten mitteilen, was erhoben wird, wozu, auf welcher Rechtsgrundlage, wie lange und wer es erhält. Den Hinweis am Ort der Erhebung kurz halten und auf den vollständigen Text verlinken, und festhalten, welche Fassung jeder Person angezeigt wurde.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="247"/>
        <source>Privacy dashboard and consent management</source>
        <translation>Datenschutz-Dashboard und Einwilligungsverwaltung</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="248"/>
        <source>Give people self-service settings to see their data, give and withdraw consent per purpose, object to profiling and marketing, and choose what is shared. Make withdrawing as easy as agreeing, and apply every change in all systems concerned.</source>
        <translation>Personen Self-Service-Einstellungen geben, um ihre Daten einzusehen, Einwilligungen je Zweck zu erteilen und zu widerrufen, Profiling und Werbung zu widersprechen und zu wählen, was weitergegeben wird. Den Widerruf so einfach machen wie die Zustimmung und jede Änderung in allen betroffenen Systemen umsetzen.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="253"/>
        <source>Subject access and export</source>
        <translation>Auskunft und Datenexport</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="254"/>
        <source>Index personal data by person across stores, so that one request can find, compile and export everything held about someone in a readable and machine-readable format. Verify who is asking, and answer within the legal deadline.</source>
        <translation>Personenbezogene Daten speicherübergreifend nach Person indexieren, damit eine einzige Anfrage alles, was über jemanden gespeichert ist, finden, zusammenstellen und in lesbarer und maschinenlesbarer Form exportieren kann. Die Identität der anfragenden Person prüfen und innerhalb der gesetzlichen Frist antworten.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="259"/>
        <source>Erasure workflow</source>
        <translation>Löschprozess</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="260"/>
        <source>Support deleting or anonymising one person&apos;s data in every store, replica, cache and recipient, with backups expiring on a known schedule. Keep a minimal record that the erasure was done, and pass the request on to processors.</source>
        <translation>Das Löschen oder Anonymisieren der Daten einer Person in jedem Speicher, Replikat und Cache sowie bei jedem Empfänger unterstützen, wobei Backups nach einem bekannten Zeitplan ablaufen. Einen minimalen Nachweis über die durchgeführte Löschung aufbewahren und die Anfrage an Auftragsverarbeiter weitergeben.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="265"/>
        <source>Human review of automated decisions</source>
        <translation>Menschliche Überprüfung automatisierter Entscheidungen</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="266"/>
        <source>Tell people when a decision about them is automated, explain its main factors, and let them have it reviewed by a person who can change it. Test the model and its data for errors and bias before and during use.</source>
        <translation>Personen mitteilen, wenn eine Entscheidung über sie automatisiert getroffen wird, die wesentlichen Faktoren erläutern und eine Überprüfung durch einen Menschen ermöglichen, der die Entscheidung ändern kann. Modell und Daten vor und während des Einsatzes auf Fehler und Verzerrungen testen.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="270"/>
        <source>Retention schedule and automatic deletion</source>
        <translation>Aufbewahrungsplan und automatische Löschung</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="271"/>
        <source>Set a retention period for each kind of personal data from its purpose and legal obligations, and delete or anonymise records automatically when it ends. Apply the same schedule to copies, logs and backups, and agree it with every recipient.</source>
        <translation>Für jede Art personenbezogener Daten eine Aufbewahrungsfrist aus Zweck und gesetzlichen Pflichten festlegen und Datensätze bei Fristende automatisch löschen oder anonymisieren. Denselben Plan auf Kopien, Protokolle und Backups anwenden und ihn mit jedem Empfänger vereinbaren.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="276"/>
        <source>Record of processing activities</source>
        <translation>Verzeichnis von Verarbeitungstätigkeiten</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="277"/>
        <source>For every store and flow of personal data, record whose data it is, the purposes, the lawful basis, the recipients, the retention period and the safeguards. Keep the record up to date as the system changes.</source>
        <translation>Für jeden Speicher und jeden Datenfluss mit personenbezogenen Daten festhalten, wessen Daten es sind, die Zwecke, die Rechtsgrundlage, die Empfänger, die Aufbewahrungsfrist und die Schutzmaßnahmen. Das Verzeichnis aktuell halten, wenn sich das System ändert.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="281"/>
        <source>Article 9 condition for special categories</source>
        <translation>Ausnahmetatbestand nach Art. 9 für besondere Kategorien</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="282"/>
        <source>Before processing health, genetic, biometric or other special-category data, establish and document a condition of GDPR Article 9, such as explicit consent or the provision of care under professional secrecy, in addition to the Article 6 basis. Where no condition applies, do not process the data.</source>
        <translation>Vor der Verarbeitung von Gesundheitsdaten, genetischen, biometrischen oder anderen Daten besonderer Kategorien zusätzlich zur Rechtsgrundlage nach Art. 6 einen Ausnahmetatbestand nach Art. 9 DSGVO bestimmen und dokumentieren, etwa eine ausdrückliche Einwilligung oder die Gesundheitsversorgung unter Berufsgeheimnis. Greift keiner, die Daten nicht verarbeiten.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="288"/>
        <source>Encryption of personal data in transit</source>
        <translation>Verschlüsselung personenbezogener Daten bei der Übertragung</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="289"/>
        <source>Protect every flow of personal data with TLS 1.2 or later, or an equivalent authenticated encryption, inside the organisation&apos;s networks too. Verify certificates and switch off plaintext fallbacks.</source>
        <translation>Jeden Datenfluss mit personenbezogenen Daten mit TLS 1.2 oder neuer oder einer gleichwertigen authentifizierten Verschlüsselung schützen, auch innerhalb der Netze der Organisation. Zertifikate prüfen und Rückfälle auf Klartext abschalten.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="293"/>
        <source>Sign an agreement with every organisation that receives personal data, stating the purpose, duration and retention, the security measures, the use of sub-processors and the duty to return or delete the data at the end. Check the recipient&apos;s compliance from time to time.</source>
        <translation>Mit jeder Organisation, die personenbezogene Daten erhält, einen Vertrag schließen, der Zweck, Dauer und Aufbewahrung, die Sicherheitsmaßnahmen, den Einsatz von Unterauftragsverarbeitern und die Pflicht zur Rückgabe oder Löschung der Daten am Ende festlegt. Die Einhaltung durch den Empfänger regelmäßig überprüfen.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="298"/>
        <source>Safeguards for transfers outside the EEA</source>
        <translation>Garantien für Übermittlungen außerhalb des EWR</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="299"/>
        <source>Transfer personal data to a third country only under an adequacy decision or appropriate safeguards such as standard contractual clauses, backed by a transfer impact assessment. Add technical measures where needed, such as encryption with keys held in the EEA.</source>
        <translation>Personenbezogene Daten nur auf Grundlage eines Angemessenheitsbeschlusses oder geeigneter Garantien wie Standardvertragsklauseln in ein Drittland übermitteln, gestützt auf eine Transfer-Folgenabschätzung. Wo nötig technische Maßnahmen ergänzen, etwa eine Verschlüsselung mit im EWR verwahrten Schlüsseln.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="304"/>
        <source>Data protection impact assessment</source>
        <translation>Datenschutz-Folgenabschätzung</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="305"/>
        <source>Assess high-risk processing, such as profiling, automated decisions, large-scale special-category data or joined data sets, before it starts. Describe it, weigh its necessity and proportionality, and decide on measures together with the data protection officer.</source>
        <translation>Verarbeitungen mit hohem Risiko, etwa Profiling, automatisierte Entscheidungen, umfangreiche Daten besonderer Kategorien oder zusammengeführte Datenbestände, vor ihrem Beginn bewerten. Sie beschreiben, Notwendigkeit und Verhältnismäßigkeit abwägen und gemeinsam mit der oder dem Datenschutzbeauftragten über Maßnahmen entscheiden.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="310"/>
        <source>Redundant instances with automatic failover</source>
        <translation>Redundante Instanzen mit automatischem Failover</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="311"/>
        <source>Run at least two instances on separate hosts or availability zones behind a load balancer with health checks, so that traffic leaves a failed instance without anyone stepping in. Keep instances stateless or replicate their state, and rehearse failover regularly.</source>
        <translation>Mindestens zwei Instanzen auf getrennten Hosts oder Verfügbarkeitszonen hinter einem Load Balancer mit Health Checks betreiben, sodass der Datenverkehr eine ausgefallene Instanz ohne manuellen Eingriff verlässt. Instanzen zustandslos halten oder ihren Zustand replizieren und das Failover regelmäßig üben.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="316"/>
        <source>Regular, isolated and tested backups</source>
        <translation>Regelmäßige, getrennt aufbewahrte und getestete Backups</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="317"/>
        <source>Back up on a schedule that matches the data loss the business can accept, and keep the copies in a separate account or location that production credentials can neither delete nor encrypt. Restore from them regularly, to prove that they work and to know how long a recovery takes.</source>
        <translation>Nach einem Zeitplan sichern, der dem Datenverlust entspricht, den das Unternehmen hinnehmen kann, und die Kopien in einem getrennten Konto oder an einem getrennten Ort aufbewahren, an dem Produktionszugangsdaten sie weder löschen noch verschlüsseln können. Regelmäßig daraus wiederherstellen, um zu belegen, dass sie funktionieren, und um zu wissen, wie lange eine Wiederherstellung dauert.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="322"/>
        <source>Timeouts, circuit breakers and fallbacks</source>
        <translation>Timeouts, Circuit Breaker und Ausweichlösungen</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="323"/>
        <source>Give every call to an outside party a strict timeout and a small retry budget, stop calling it for a while when it keeps failing, and decide beforehand what the system does without it: serve cached results, queue the work for later, or switch off only the feature that needs it.</source>
        <translation>Jedem Aufruf eines externen Partners einen strikten Timeout und ein kleines Kontingent an Wiederholungen geben, ihn eine Zeit lang nicht mehr aufrufen, wenn er wiederholt fehlschlägt, und vorab festlegen, was das System ohne ihn tut: zwischengespeicherte Ergebnisse liefern, die Arbeit für später einreihen oder nur die Funktion abschalten, die ihn braucht.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="328"/>
        <source>Dead-letter handling for records that fail</source>
        <translation>Dead-Letter-Behandlung für fehlschlagende Datensätze</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="329"/>
        <source>Validate each record or message before acting on it, and move one that fails validation or keeps failing in processing to a separate dead-letter store with an alert. The consumer then carries on with the next input instead of failing on the same one again and again.</source>
        <translation>Jeden Datensatz und jede Nachricht vor der Verarbeitung validieren und solche, die die Validierung nicht bestehen oder bei der Verarbeitung wiederholt scheitern, mit einer Alarmierung in einen getrennten Dead-Letter-Speicher verschieben. Der Verarbeiter macht dann mit der nächsten Eingabe weiter, statt immer wieder an derselben zu scheitern.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="334"/>
        <source>Vendor assessment and data processing agreement</source>
        <translation>Anbieterbewertung und Auftragsverarbeitungsvertrag</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="335"/>
        <source>Before sensitive data goes to another organisation, review its security and agree in writing what it may do with the data, where and for how long it keeps it, and how fast it reports a breach. Send only the fields the service needs, pseudonymised where possible.</source>
        <translation>Bevor sensible Daten an eine andere Organisation gehen, deren Sicherheit prüfen und schriftlich vereinbaren, was sie mit den Daten tun darf, wo und wie lange sie sie aufbewahrt und wie schnell sie eine Datenpanne meldet. Nur die Felder senden, die der Dienst braucht, wo möglich pseudonymisiert.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="340"/>
        <source>Signatures or MACs on data that must not change</source>
        <translation>Signaturen oder MACs für Daten, die sich nicht ändern dürfen</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="341"/>
        <source>Sign messages, files and records whose correctness matters, or protect them with a MAC, using keys kept apart from the data, and verify before acting on them. A change made on the way or in storage is then detected instead of trusted.</source>
        <translation>Nachrichten, Dateien und Datensätze, deren Richtigkeit zählt, signieren oder mit einem MAC schützen, mit Schlüsseln, die getrennt von den Daten aufbewahrt werden, und vor jeder Verwendung prüfen. Eine Änderung unterwegs oder im Speicher wird dann erkannt, statt für echt gehalten zu werden.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="9"/>
        <source>Spoofing of {element.name}</source>
        <translation>Spoofing von {element.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="10"/>
        <source>An attacker pretends to be {element.name}, for instance with stolen or guessed credentials, a copied API key or a cloned client, and the system accepts the requests as if they came from the real actor. Everything the system lets {element.name} do can then be done in its name. Check how {element.name} proves its identity on each of its flows and how strong that proof is.</source>
        <translation>Ein Angreifer gibt sich als {element.name} aus, etwa mit gestohlenen oder erratenen Zugangsdaten, einem kopierten API-Schlüssel oder einem geklonten Client, und das System akzeptiert die Anfragen, als kämen sie vom echten Akteur. Alles, was das System {element.name} erlaubt, kann dann unter dieser Identität geschehen. Prüfen, wie {element.name} die eigene Identität auf jedem zugehörigen Datenfluss nachweist und wie belastbar dieser Nachweis ist.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="17"/>
        <source>{element.name} could deny its actions</source>
        <translation>{element.name} könnte eigene Aktionen abstreiten</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="18"/>
        <source>{element.name} performs an action, such as a payment, a change or a submission, and later claims it never did, or that someone else did. Unless records tie each action to an authenticated identity, the system cannot show what happened, which matters for disputes, fraud handling and regulatory audits.</source>
        <translation>{element.name} führt eine Aktion aus, etwa eine Zahlung, eine Änderung oder eine Einreichung, und behauptet später, dies nie getan zu haben oder dass jemand anderes es war. Solange keine Aufzeichnungen jede Aktion an eine authentifizierte Identität binden, kann das System nicht belegen, was geschehen ist – relevant für Streitfälle, Betrugsbearbeitung und regulatorische Prüfungen.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="24"/>
        <source>An attacker stands up a look-alike of {element.name} (through DNS hijacking, a rogue host on the network, or a stolen service credential or certificate). Callers that do not verify the service&apos;s identity hand it their credentials and data, and downstream systems act on forged calls they believe come from {element.name}.</source>
        <translation>Ein Angreifer stellt eine Nachbildung von {element.name} bereit (durch DNS-Hijacking, einen unautorisierten Host im Netzwerk oder gestohlene Zugangsdaten bzw. ein gestohlenes Zertifikat eines Dienstes). Aufrufer, die die Identität des Dienstes nicht prüfen, übergeben der Nachbildung ihre Zugangsdaten und Daten, und nachgelagerte Systeme reagieren auf gefälschte Aufrufe, die vermeintlich von {element.name} stammen.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="30"/>
        <source>Tampering with {element.name}</source>
        <translation>Manipulation von {element.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="31"/>
        <source>An attacker changes how {element.name} behaves: crafted input that corrupts its state, a malicious dependency or build artefact, or a modified binary or configuration on its host. The process then produces wrong results or works for the attacker while still looking legitimate to everything that trusts it.</source>
        <translation>Ein Angreifer verändert das Verhalten von {element.name}: durch präparierte Eingaben, die den Zustand beschädigen, eine bösartige Abhängigkeit bzw. ein bösartiges Build-Artefakt oder eine veränderte Binärdatei oder Konfiguration auf dem Host. Der Prozess liefert dann falsche Ergebnisse oder arbeitet für den Angreifer, wirkt aber für alles, was ihm vertraut, weiterhin legitim.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="37"/>
        <source>Actions through {element.name} cannot be attributed</source>
        <translation>Aktionen über {element.name} sind nicht zuordenbar</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="38"/>
        <source>A caller performs an operation through {element.name} and later denies it, or an intruder uses the process without leaving a trace. If the process does not record who asked for what, when, and with which result, incidents cannot be reconstructed and disputed transactions cannot be settled.</source>
        <translation>Ein Aufrufer führt über {element.name} eine Operation aus und bestreitet sie später, oder ein Eindringling nutzt den Prozess, ohne Spuren zu hinterlassen. Wenn der Prozess nicht aufzeichnet, wer wann was mit welchem Ergebnis angefordert hat, lassen sich Vorfälle nicht rekonstruieren und strittige Transaktionen nicht klären.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="43"/>
        <source>Information disclosure by {element.name}</source>
        <translation>Offenlegung von Informationen durch {element.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="44"/>
        <source>{element.name} reveals data it should not: detailed error messages, debug output, responses carrying more than the caller needs, data left in memory, caches or temporary files, or timing differences that show whether a record exists. An attacker collects these details to reach protected data or to plan the next step of an attack.</source>
        <translation>{element.name} gibt Daten preis, die verborgen bleiben sollten: ausführliche Fehlermeldungen, Debug-Ausgaben, Antworten mit mehr Daten, als der Aufrufer braucht, Datenreste im Speicher, in Caches oder temporären Dateien oder Zeitunterschiede, die verraten, ob ein Datensatz existiert. Ein Angreifer sammelt diese Details, um an geschützte Daten zu gelangen oder den nächsten Schritt eines Angriffs zu planen.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="50"/>
        <source>Denial of service against {element.name}</source>
        <translation>Dienstverweigerung gegen {element.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="51"/>
        <source>An attacker makes {element.name} unavailable to legitimate callers by flooding it, sending very large payloads, triggering expensive queries, or exploiting algorithmic complexity such as catastrophic regular expressions. Everything that depends on {element.name} stalls with it.</source>
        <translation>Ein Angreifer macht {element.name} für legitime Aufrufer unerreichbar, indem er den Prozess mit Anfragen überflutet, sehr große Payloads sendet, aufwendige Abfragen auslöst oder algorithmische Komplexität ausnutzt, etwa katastrophales Backtracking regulärer Ausdrücke. Alles, was von {element.name} abhängt, kommt mit zum Stillstand.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="56"/>
        <source>Elevation of privilege through {element.name}</source>
        <translation>Rechteausweitung über {element.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="57"/>
        <source>An attacker gets {element.name} to do something the attacker is not entitled to: calling functions meant for other roles, reaching other users&apos; data, or running code in the process&apos;s own security context through an injection or deserialisation flaw. The attacker then holds whatever rights {element.name} has on data stores and other services.</source>
        <translation>Ein Angreifer bringt {element.name} dazu, etwas zu tun, wozu der Angreifer nicht berechtigt ist: Funktionen aufzurufen, die für andere Rollen gedacht sind, auf Daten anderer Benutzer zuzugreifen oder über eine Injection- oder Deserialisierungsschwachstelle Code im Sicherheitskontext des Prozesses selbst auszuführen. Der Angreifer verfügt dann über sämtliche Rechte, die {element.name} auf Datenspeichern und anderen Diensten hat.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="63"/>
        <source>Tampering with data in {element.name}</source>
        <translation>Manipulation von Daten in {element.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="64"/>
        <source>An attacker with a path to {element.name} (a compromised service account, an injection flaw in one of its writers, a restored backup or direct network access) changes or deletes stored records. Everything that later reads the data decides on values the attacker chose, and the change may go unnoticed for a long time.</source>
        <translation>Ein Angreifer mit einem Zugangsweg zu {element.name} (ein kompromittiertes Dienstkonto, eine Injection-Schwachstelle in einer der schreibenden Komponenten, ein wiederhergestelltes Backup oder direkter Netzwerkzugriff) ändert oder löscht gespeicherte Datensätze. Alles, was die Daten später liest, entscheidet auf Grundlage von Werten, die der Angreifer gewählt hat, und die Änderung kann lange unbemerkt bleiben.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="70"/>
        <source>Audit trail in {element.name} may not settle disputes</source>
        <translation>Audit-Trail in {element.name} ist womöglich nicht beweiskräftig</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="71"/>
        <source>{element.name} is the record of who did what. If its entries can be removed or rewritten, lack the acting identity, or carry timestamps from unsynchronised clocks, a user or an intruder can deny an action and the log cannot prove otherwise. Intruders routinely clean logs to hide their activity.</source>
        <translation>{element.name} hält fest, wer was getan hat. Wenn Einträge entfernt oder umgeschrieben werden können, die handelnde Identität fehlt oder Zeitstempel von nicht synchronisierten Uhren stammen, kann ein Benutzer oder Eindringling eine Aktion abstreiten, und das Log kann das Gegenteil nicht beweisen. Eindringlinge bereinigen routinemäßig Logs, um ihre Aktivitäten zu verbergen.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="77"/>
        <source>Information disclosure from {element.name}</source>
        <translation>Offenlegung von Informationen aus {element.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="78"/>
        <source>An attacker reads data in {element.name} without authorization: through an over-privileged service account, an injection flaw in a process that queries it, an exposed management port, or unprotected replicas, exports and backups. A single such path can leak the store&apos;s entire contents at once.</source>
        <translation>Ein Angreifer liest Daten in {element.name} ohne Berechtigung: über ein überprivilegiertes Dienstkonto, eine Injection-Schwachstelle in einem Prozess, der den Speicher abfragt, einen offenliegenden Management-Port oder ungeschützte Replikate, Exporte und Backups. Ein einziger solcher Weg kann den gesamten Inhalt des Speichers auf einmal preisgeben.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="84"/>
        <source>An attacker fills {element.name} until it runs out of space, exhausts its connections, holds locks, or floods it with expensive queries through the processes that use it. Every process that depends on the store then fails or slows down.</source>
        <translation>Ein Angreifer füllt {element.name}, bis kein Platz mehr vorhanden ist, erschöpft die Verbindungen, hält Sperren oder überflutet den Speicher über die Prozesse, die ihn nutzen, mit aufwendigen Abfragen. Jeder Prozess, der von dem Speicher abhängt, fällt dann aus oder wird langsamer.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="89"/>
        <source>Tampering with {element.name} in transit</source>
        <translation>Manipulation von {element.name} während der Übertragung</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="90"/>
        <source>An attacker positioned on the path between {source.name} and {target.name} alters {element.name} while it travels: changed amounts, swapped identifiers, injected content, or messages replayed or dropped. The receiver then acts on data the sender never sent.</source>
        <translation>Ein Angreifer, der sich auf dem Weg zwischen {source.name} und {target.name} befindet, verändert {element.name} während der Übertragung: geänderte Beträge, vertauschte Kennungen, eingeschleuste Inhalte oder wiedereingespielte bzw. verworfene Nachrichten. Der Empfänger handelt dann auf Grundlage von Daten, die der Sender nie gesendet hat.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="95"/>
        <source>Eavesdropping on {element.name}</source>
        <translation>Abhören von {element.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="96"/>
        <source>An attacker who can observe the traffic between {source.name} and {target.name}, from a compromised host or network device, a misconfigured proxy or an intermediary that logs payloads, reads {element.name}. Credentials, tokens and the {element.dataClassification} data on the flow are exposed.</source>
        <translation>Ein Angreifer, der den Verkehr zwischen {source.name} und {target.name} beobachten kann – von einem kompromittierten Host oder Netzwerkgerät, einem fehlkonfigurierten Proxy oder einem Zwischensystem aus, das Payloads protokolliert –, liest {element.name} mit. Zugangsdaten, Tokens und die als {element.dataClassification} eingestuften Daten auf dem Datenfluss werden offengelegt.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="102"/>
        <source>Disruption of {element.name}</source>
        <translation>Unterbrechung von {element.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="103"/>
        <source>An attacker interrupts {element.name} by saturating the link, exhausting connections at either end or forcing constant reconnections, so that {target.name} no longer receives what {source.name} sends. Depending on the flow, work is lost, delayed or has to be retried.</source>
        <translation>Ein Angreifer unterbricht {element.name}, indem er die Leitung überlastet, Verbindungen an einem der beiden Enden erschöpft oder ständige Neuverbindungen erzwingt, sodass {target.name} nicht mehr empfängt, was {source.name} sendet. Je nach Datenfluss geht Arbeit verloren, verzögert sich oder muss wiederholt werden.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="108"/>
        <source>Unencrypted {flow.name} crosses a trust boundary</source>
        <translation>Unverschlüsselter Datenfluss {flow.name} überquert eine Vertrauensgrenze</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="109"/>
        <source>{flow.name} travels from {source.name} to {target.name} across a trust boundary without encryption. Anyone with a foothold on a network it passes through can read the {flow.dataClassification} data and any credentials or tokens it carries. A trust boundary is exactly where the two sides do not share a network you fully control.</source>
        <translation>{flow.name} läuft ohne Verschlüsselung von {source.name} zu {target.name} über eine Vertrauensgrenze. Wer in einem der durchlaufenen Netzwerke Fuß gefasst hat, kann die als {flow.dataClassification} eingestuften Daten sowie alle übertragenen Zugangsdaten oder Tokens mitlesen. An einer Vertrauensgrenze teilen sich die beiden Seiten gerade kein Netzwerk, das vollständig unter eigener Kontrolle steht.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="115"/>
        <source>Modification of {flow.name} across a trust boundary</source>
        <translation>Veränderung von {flow.name} über eine Vertrauensgrenze hinweg</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="116"/>
        <source>Because {flow.name} crosses a trust boundary in clear, an attacker in the path can change requests and responses between {source.name} and {target.name} in flight, inject content or redirect the client. {target.name} cannot tell a modified message from a genuine one.</source>
        <translation>Da {flow.name} eine Vertrauensgrenze im Klartext überquert, kann ein Angreifer auf dem Übertragungsweg Anfragen und Antworten zwischen {source.name} und {target.name} unterwegs ändern, Inhalte einschleusen oder den Client umleiten. {target.name} kann eine veränderte Nachricht nicht von einer echten unterscheiden.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="121"/>
        <source>Data classified {flow.dataClassification} sent in clear on {flow.name}</source>
        <translation>Als {flow.dataClassification} eingestufte Daten im Klartext auf {flow.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="123"/>
        <source>{flow.name} carries {flow.dataClassification} data from {source.name} to {target.name} without encryption. It stays inside one zone, but an attacker who compromises any host, container or network device on that segment can capture it: an internal network is not a confidentiality control. Infrastructure such as proxies, brokers and traffic mirrors also tends to record such traffic in plain text.</source>
        <translation>{flow.name} überträgt als {flow.dataClassification} eingestufte Daten unverschlüsselt von {source.name} zu {target.name}. Der Datenfluss bleibt zwar innerhalb einer Zone, doch ein Angreifer, der einen beliebigen Host, Container oder ein Netzwerkgerät in diesem Segment kompromittiert, kann die Daten mitschneiden: Ein internes Netzwerk ist keine Schutzmaßnahme für die Vertraulichkeit. Infrastruktur wie Proxys, Broker und Traffic-Mirrors zeichnet solchen Verkehr zudem häufig im Klartext auf.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="130"/>
        <source>Unauthenticated entry into {target.name} via {flow.name}</source>
        <translation>Nicht authentifizierter Zugang zu {target.name} über {flow.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="131"/>
        <source>{flow.name} crosses a trust boundary into {target.name} without any authentication, so anyone who can reach it can send data as if they were {source.name}. Every function and record reachable through this entry point is open to anonymous callers, who do not even need stolen credentials.</source>
        <translation>{flow.name} überquert ohne jede Authentifizierung eine Vertrauensgrenze zu {target.name}, sodass jeder, der diesen Zugang erreicht, Daten senden kann, als wäre er {source.name}. Jede Funktion und jeder Datensatz, die über diesen Eintrittspunkt erreichbar sind, stehen anonymen Aufrufern offen, die nicht einmal gestohlene Zugangsdaten benötigen.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="136"/>
        <source>{target.name} does not authenticate {source.name}</source>
        <translation>{target.name} authentifiziert {source.name} nicht</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="137"/>
        <source>{target.name} accepts {flow.name} without checking who sent it. Any compromised component in the same zone can impersonate {source.name} and inject or request data, which makes lateral movement after a first foothold easy. Being on the internal network is not an identity.</source>
        <translation>{target.name} akzeptiert {flow.name}, ohne zu prüfen, wer die Daten gesendet hat. Jede kompromittierte Komponente in derselben Zone kann sich als {source.name} ausgeben und Daten einschleusen oder anfordern, was Lateral Movement nach einem ersten Einstiegspunkt leicht macht. Sich im internen Netzwerk zu befinden, ist keine Identität.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="142"/>
        <source>Unvalidated input from {source.name} reaches {target.name}</source>
        <translation>Nicht validierte Eingaben von {source.name} erreichen {target.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="143"/>
        <source>{source.name} is untrusted, and {target.name} does not validate what arrives on {flow.name}. An attacker sends malformed, oversized or malicious payloads (injection strings, unexpected types, extra fields) that corrupt data or change the behaviour of {target.name} and of the systems behind it.</source>
        <translation>{source.name} ist nicht vertrauenswürdig, und {target.name} validiert nicht, was über {flow.name} ankommt. Ein Angreifer sendet fehlerhafte, übergroße oder bösartige Payloads (Injection-Strings, unerwartete Typen, zusätzliche Felder), die Daten beschädigen oder das Verhalten von {target.name} und der dahinterliegenden Systeme verändern.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="149"/>
        <source>Injection into {target.name} through {source.name}</source>
        <translation>Injection in {target.name} über {source.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="150"/>
        <source>{source.name} does not validate its input and passes data on to {target.name} over {flow.name}. If it builds queries or commands from that data, an attacker can inject query syntax (SQL, NoSQL operators, CQL) to read, change or delete records far beyond what the request should touch.</source>
        <translation>{source.name} validiert die eigenen Eingaben nicht und gibt Daten über {flow.name} an {target.name} weiter. Baut {source.name} daraus Abfragen oder Befehle, kann ein Angreifer Abfragesyntax einschleusen (SQL, NoSQL-Operatoren, CQL), um Datensätze weit über das hinaus zu lesen, zu ändern oder zu löschen, was die Anfrage betreffen sollte.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="155"/>
        <source>Log injection from {source.name} into {target.name}</source>
        <translation>Log-Injection von {source.name} in {target.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="156"/>
        <source>{source.name} writes events into {target.name}. An attacker who controls part of a logged value (a user name, a header, a free-text field) can embed line breaks or control characters to forge entries, break log parsers or hide real events, and an attacker who controls {source.name} itself can write anything into the log.</source>
        <translation>{source.name} schreibt Ereignisse in {target.name}. Ein Angreifer, der einen Teil eines protokollierten Werts kontrolliert (einen Benutzernamen, einen Header, ein Freitextfeld), kann Zeilenumbrüche oder Steuerzeichen einbetten, um Einträge zu fälschen, Log-Parser zu stören oder echte Ereignisse zu verbergen; ein Angreifer, der {source.name} selbst kontrolliert, kann beliebige Inhalte ins Log schreiben.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="162"/>
        <source>Sensitive data from {source.name} lies unencrypted in {target.name}</source>
        <translation>Sensible Daten von {source.name} liegen unverschlüsselt in {target.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="164"/>
        <source>{source.name} uses {target.name}, which holds personal data or credentials but is not encrypted at rest. Anyone who obtains a disk, a snapshot, a backup or file-level access to {target.name} reads the data directly, without passing any access control of the application or the database.</source>
        <translation>{source.name} nutzt {target.name}, einen Speicher mit personenbezogenen Daten oder Zugangsdaten, dessen ruhende Daten nicht verschlüsselt sind. Wer eine Festplatte, einen Snapshot, ein Backup oder Zugriff auf Dateiebene von {target.name} erlangt, liest die Daten direkt, ohne eine Zugriffskontrolle der Anwendung oder der Datenbank zu durchlaufen.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="169"/>
        <source>Privileged {target.name} receives data across a trust boundary</source>
        <translation>Privilegierter Prozess {target.name} empfängt Daten über eine Vertrauensgrenze</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="171"/>
        <source>{target.name} runs with elevated privileges and accepts {flow.name} from {source.name} across a trust boundary. Any injection, deserialisation or memory-safety flaw reachable through this flow gives the attacker code execution with those privileges, which often means the whole host or cloud account.</source>
        <translation>{target.name} läuft mit erhöhten Rechten und nimmt {flow.name} von {source.name} über eine Vertrauensgrenze entgegen. Jede über diesen Datenfluss erreichbare Injection-, Deserialisierungs- oder Speichersicherheitsschwachstelle verschafft dem Angreifer Codeausführung mit diesen Rechten, was oft den gesamten Host oder das gesamte Cloud-Konto bedeutet.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="177"/>
        <source>Reusable credentials cross a trust boundary on {flow.name}</source>
        <translation>Wiederverwendbare Zugangsdaten überqueren auf {flow.name} eine Vertrauensgrenze</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="178"/>
        <source>{flow.name} carries a user name and password from {source.name} to {target.name} across a trust boundary. Passwords are long-lived and often reused elsewhere: if the flow is intercepted, recorded by a proxy or phished through a look-alike endpoint, the attacker can sign in as {source.name} until the password is changed.</source>
        <translation>{flow.name} überträgt Benutzername und Passwort von {source.name} zu {target.name} über eine Vertrauensgrenze. Passwörter sind langlebig und werden oft anderswo wiederverwendet: Wird der Datenfluss abgefangen, von einem Proxy aufgezeichnet oder über einen nachgeahmten Endpunkt per Phishing abgegriffen, kann sich der Angreifer als {source.name} anmelden, bis das Passwort geändert wird.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="184"/>
        <source>Credentials on unencrypted {flow.name} can be captured and reused</source>
        <translation>Zugangsdaten auf unverschlüsseltem Datenfluss {flow.name} können abgefangen und wiederverwendet werden</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="186"/>
        <source>{flow.name} authenticates with {flow.authentication} but is not encrypted, so the credential or token travels in clear between {source.name} and {target.name}. An attacker who can observe the traffic copies it and then calls {target.name}, or anything else that accepts it, as {source.name}.</source>
        <translation>{flow.name} wird per {flow.authentication} authentifiziert, ist aber nicht verschlüsselt, sodass die Zugangsdaten bzw. das Token im Klartext zwischen {source.name} und {target.name} übertragen werden. Ein Angreifer, der den Verkehr beobachten kann, kopiert sie und ruft dann {target.name} oder jedes andere System, das sie akzeptiert, als {source.name} auf.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="191"/>
        <source>HTTP Basic authentication on {flow.name}</source>
        <translation>HTTP-Basic-Authentifizierung auf {flow.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="192"/>
        <source>{source.name} sends a user name and password to {target.name} with every request. The password is exposed on every call, sits in client configuration and proxy logs, cannot be scoped or expired per client, and invites brute force, so a single leak gives lasting access.</source>
        <translation>{source.name} sendet bei jeder Anfrage Benutzername und Passwort an {target.name}. Das Passwort ist bei jedem Aufruf exponiert, liegt in Client-Konfigurationen und Proxy-Logs, lässt sich nicht pro Client einschränken oder befristen und lädt zu Brute-Force-Angriffen ein, sodass ein einziges Leck dauerhaften Zugriff verschafft.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="197"/>
        <source>Flooding of {target.name} from the internet</source>
        <translation>Überflutung von {target.name} aus dem Internet</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="198"/>
        <source>{flow.name} reaches {target.name} from the internet, and {target.name} does not limit request rates. Attackers can cheaply send volumes that exhaust its threads, connections or downstream capacity, or that run up cloud and third-party costs, using botnets or rented infrastructure.</source>
        <translation>{flow.name} erreicht {target.name} aus dem Internet, und {target.name} begrenzt die Anfragerate nicht. Angreifer können mit Botnetzen oder gemieteter Infrastruktur günstig Volumina senden, die Threads, Verbindungen oder nachgelagerte Kapazitäten erschöpfen oder Cloud- und Drittanbieterkosten in die Höhe treiben.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="203"/>
        <source>Data classified {flow.dataClassification} leaves your control on {flow.name}</source>
        <translation>Als {flow.dataClassification} eingestufte Daten verlassen auf {flow.name} den eigenen Kontrollbereich</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="206"/>
        <source>{source.name} sends {flow.dataClassification} data to {target.name}, which another organisation operates. From then on its protection depends on that party&apos;s security, retention and staff: a breach or misuse there exposes your users&apos; data, and you remain accountable for it under data protection law.</source>
        <translation>{source.name} sendet als {flow.dataClassification} eingestufte Daten an {target.name}, ein System, das eine andere Organisation betreibt. Ab dann hängt ihr Schutz von der Sicherheit, den Aufbewahrungsregeln und dem Personal dieser Partei ab: Ein Sicherheitsvorfall oder Missbrauch dort legt die Daten der eigenen Benutzer offen, und die eigene Organisation bleibt datenschutzrechtlich dafür verantwortlich.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="212"/>
        <source>{target.name} keeps no record of {flow.name}</source>
        <translation>{target.name} protokolliert {flow.name} nicht</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="213"/>
        <source>{target.name} does not log what it receives on {flow.name}. {source.name}, or whoever uses its identity, can send requests, including replayed ones, and later deny them, and misuse goes unnoticed because there is nothing to alert on or investigate.</source>
        <translation>{target.name} protokolliert nicht, was über {flow.name} eingeht. {source.name} oder wer auch immer diese Identität nutzt, kann Anfragen senden, auch wiedereingespielte, und sie später abstreiten; Missbrauch bleibt unbemerkt, weil es nichts gibt, was einen Alarm auslösen oder untersucht werden könnte.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="218"/>
        <source>Replay of captured {flow.authentication} credentials on {flow.name}</source>
        <translation>Replay abgefangener Zugangsdaten ({flow.authentication}) auf {flow.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="220"/>
        <source>{flow.name} is authenticated with a static {flow.authentication} secret that is valid for every request until it is rotated or expires. An attacker who obtains it once, from a log, a client, a partner&apos;s systems or a proxy, replays it from anywhere, and {target.name} cannot tell those calls from genuine ones by {source.name}.</source>
        <translation>{flow.name} wird mit einem statischen Geheimnis vom Typ {flow.authentication} authentifiziert, das für jede Anfrage gilt, bis es rotiert wird oder abläuft. Ein Angreifer, der es einmal erlangt – aus einem Log, einem Client, den Systemen eines Partners oder einem Proxy –, spielt es von überall aus erneut ein, und {target.name} kann diese Aufrufe nicht von echten Aufrufen durch {source.name} unterscheiden.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="226"/>
        <source>{target.name} is reachable across a trust boundary</source>
        <translation>{target.name} ist über eine Vertrauensgrenze hinweg erreichbar</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="227"/>
        <source>{source.name} reaches {target.name} across a trust boundary. If {source.name} is compromised or misbehaves, it can flood the store with queries or writes, hold its connections or fill its disk, making it unavailable to every other component. A store that is reachable from a less trusted zone is also exposed to direct attacks on its network port.</source>
        <translation>{source.name} erreicht {target.name} über eine Vertrauensgrenze hinweg. Ist {source.name} kompromittiert oder verhält sich fehlerhaft, kann darüber der Speicher mit Abfragen oder Schreibvorgängen überflutet, seine Verbindungen blockiert oder seine Festplatte gefüllt werden, sodass er für alle anderen Komponenten nicht mehr verfügbar ist. Ein Speicher, der aus einer weniger vertrauenswürdigen Zone erreichbar ist, ist zudem direkten Angriffen auf seinen Netzwerkport ausgesetzt.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="233"/>
        <source>Static credentials of {source.name} for {target.name}</source>
        <translation>Statische Zugangsdaten von {source.name} für {target.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="234"/>
        <source>{source.name} connects to {target.name} with a static {flow.authentication} credential. If it leaks from configuration, environment variables, container images or a developer&apos;s machine, an attacker connects to the store directly as {source.name} and bypasses every check the application performs.</source>
        <translation>{source.name} verbindet sich mit statischen Zugangsdaten vom Typ {flow.authentication} mit {target.name}. Gelangen diese über Konfiguration, Umgebungsvariablen, Container-Images oder den Rechner eines Entwicklers nach außen, verbindet sich ein Angreifer als {source.name} direkt mit dem Speicher und umgeht jede Prüfung, die die Anwendung durchführt.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="240"/>
        <source>Data classified {flow.dataClassification} written to {target.name}</source>
        <translation>Als {flow.dataClassification} eingestufte Daten werden in {target.name} geschrieben</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="242"/>
        <source>{flow.name} writes {flow.dataClassification} data into {target.name}. Logs are read by many people and tools, kept for a long time and copied into other systems, so secrets, tokens or personal data in log entries leak far beyond the access controls of the original data.</source>
        <translation>{flow.name} schreibt als {flow.dataClassification} eingestufte Daten in {target.name}. Logs werden von vielen Personen und Werkzeugen gelesen, lange aufbewahrt und in andere Systeme kopiert, sodass Geheimnisse, Tokens oder personenbezogene Daten in Logeinträgen weit über die Zugriffskontrollen der ursprünglichen Daten hinaus abfließen.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="247"/>
        <source>Anyone can write entries to {target.name}</source>
        <translation>Jeder kann Einträge in {target.name} schreiben</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="248"/>
        <source>{target.name} accepts events on {flow.name} without authenticating the writer. An attacker who can reach it adds forged entries that blame someone else, or buries real events in noise, so the log can no longer show who actually did what.</source>
        <translation>{target.name} nimmt Ereignisse über {flow.name} an, ohne den Schreibenden zu authentifizieren. Ein Angreifer, der den Speicher erreichen kann, fügt gefälschte Einträge hinzu, die jemand anderen belasten, oder lässt echte Ereignisse im Rauschen untergehen, sodass das Log nicht mehr zeigen kann, wer tatsächlich was getan hat.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="253"/>
        <source>Direct store access between {source.name} and {target.name}</source>
        <translation>Direkter Speicherzugriff zwischen {source.name} und {target.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="255"/>
        <source>An external actor reads or writes the data store directly on {flow.name}, with no process in between to authenticate, authorize and validate each operation. The store&apos;s own permissions become the only control, and they are rarely fine-grained enough to keep one user away from another user&apos;s records.</source>
        <translation>Ein externer Akteur liest oder schreibt den Datenspeicher direkt über {flow.name}, ohne dazwischengeschalteten Prozess, der jede Operation authentifiziert, autorisiert und validiert. Die eigenen Berechtigungen des Speichers werden zur einzigen Kontrolle, und diese sind selten feingranular genug, um einen Benutzer von den Datensätzen eines anderen fernzuhalten.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="261"/>
        <source>{target.name} does not authorize requests arriving across a trust boundary</source>
        <translation>{target.name} autorisiert keine Anfragen, die über eine Vertrauensgrenze eingehen</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="263"/>
        <source>{flow.name} crosses a trust boundary into {target.name}, which does not check what each caller may do. Any caller that gets past authentication, or any compromised component in the zone of {source.name}, can use every function of {target.name}, including those meant for more trusted callers.</source>
        <translation>{flow.name} überquert eine Vertrauensgrenze zu {target.name}, ohne dass dort geprüft wird, was der jeweilige Aufrufer tun darf. Jeder Aufrufer, der die Authentifizierung passiert, oder jede kompromittierte Komponente in der Zone von {source.name} kann jede Funktion von {target.name} nutzen, auch solche, die für vertrauenswürdigere Aufrufer gedacht sind.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="268"/>
        <source>{target.name} treats a valid token as permission</source>
        <translation>{target.name} wertet ein gültiges Token als Berechtigung</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="269"/>
        <source>{target.name} accepts the {flow.authentication} token on {flow.name} but enforces no authorization of its own. A valid token and its OAuth scopes only say that a client was granted coarse-grained access; they do not say that this user may perform this operation on this object. Any user holding a valid token can call operations meant for other roles or reach other users&apos; data.</source>
        <translation>{target.name} akzeptiert das Token ({flow.authentication}) auf {flow.name}, setzt aber keine eigene Autorisierung durch. Ein gültiges Token und seine OAuth-Scopes besagen nur, dass einem Client grobgranularer Zugriff gewährt wurde; sie besagen nicht, dass dieser Benutzer diese Operation auf diesem Objekt ausführen darf. Jeder Benutzer mit einem gültigen Token kann Operationen aufrufen, die für andere Rollen gedacht sind, oder auf Daten anderer Benutzer zugreifen.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="276"/>
        <source>Secret embedded in public client {source.name}</source>
        <translation>Geheimnis im öffentlichen Client {source.name} eingebettet</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="277"/>
        <source>{source.name} authenticates to {target.name} with a {flow.authentication} credential, which therefore ships inside software running on devices the attacker controls. It can be extracted from the app bundle, the JavaScript or the traffic within minutes and then used to call {target.name} from anywhere. An API key identifies a client application; it never proves who the user is.</source>
        <translation>{source.name} authentifiziert sich bei {target.name} mit Zugangsdaten vom Typ {flow.authentication}, die damit in Software ausgeliefert werden, die auf vom Angreifer kontrollierten Geräten läuft. Sie lassen sich innerhalb von Minuten aus dem App-Bundle, dem JavaScript-Code oder dem Datenverkehr extrahieren und dann nutzen, um {target.name} von überall aus aufzurufen. Ein API-Schlüssel identifiziert eine Client-Anwendung; er beweist nie, wer der Benutzer ist.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="284"/>
        <source>Malformed records in {source.name} can halt {target.name}</source>
        <translation>Fehlerhafte Datensätze in {source.name} können {target.name} lahmlegen</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="285"/>
        <source>{target.name} consumes data from {source.name} on {flow.name} without validating it, assuming that whatever was stored is well formed. A single malformed or malicious record or message, planted through any other writer, makes {target.name} crash or retry on every read and stalls processing for everyone; the same record may carry a stored injection payload.</source>
        <translation>{target.name} verarbeitet Daten aus {source.name} über {flow.name}, ohne sie zu validieren, und nimmt an, dass alles Gespeicherte wohlgeformt ist. Ein einziger fehlerhafter oder bösartiger Datensatz bzw. eine einzige solche Nachricht, eingeschleust über eine beliebige andere schreibende Komponente, lässt {target.name} bei jedem Lesen abstürzen oder in Wiederholungsversuche laufen und blockiert die Verarbeitung für alle; derselbe Datensatz kann zudem eine gespeicherte Injection-Payload enthalten.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="291"/>
        <source>Fake device data on {flow.name}</source>
        <translation>Gefälschte Gerätedaten auf {flow.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="292"/>
        <source>{source.name} does not prove its identity with a per-device certificate on {flow.name}. An attacker can emulate one device or thousands and submit fabricated readings or commands to {target.name}, and a credential extracted from one physical device lets the attacker impersonate it indefinitely.</source>
        <translation>{source.name} weist die eigene Identität auf {flow.name} nicht mit einem gerätespezifischen Zertifikat nach. Ein Angreifer kann ein Gerät oder Tausende emulieren und erfundene Messwerte oder Befehle an {target.name} übermitteln, und mit Zugangsdaten, die aus einem physischen Gerät extrahiert wurden, kann er sich unbegrenzt als dieses Gerät ausgeben.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="298"/>
        <source>Requests on {flow.name} cannot be tied to a person</source>
        <translation>Anfragen auf {flow.name} sind keiner Person zuordenbar</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="299"/>
        <source>{flow.name} is authenticated only by an API key, which identifies a client system rather than a person and is usually shared by several hosts and operators. When a disputed or harmful request reaches {target.name}, the log shows only the key, and {source.name} can plausibly deny having sent it.</source>
        <translation>{flow.name} wird nur durch einen API-Schlüssel authentifiziert, der ein Client-System statt einer Person identifiziert und meist von mehreren Hosts und Betreibern gemeinsam genutzt wird. Erreicht eine strittige oder schädliche Anfrage {target.name}, zeigt das Log nur den Schlüssel, und {source.name} kann glaubhaft bestreiten, sie gesendet zu haben.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="305"/>
        <source>Broken object level authorization on {flow.name}</source>
        <translation>Fehlerhafte Autorisierung auf Objektebene bei {flow.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="306"/>
        <source>Requests on {flow.name} name the object they want with a client-supplied id, and {target.name} does not check that the authenticated caller may access that object. An attacker signs in with their own account, swaps the id for someone else&apos;s (ids are often sequential or printed on documents) and reads other users&apos; records at machine speed.</source>
        <translation>Anfragen auf {flow.name} benennen das gewünschte Objekt mit einer vom Client gelieferten ID, und {target.name} prüft nicht, ob der authentifizierte Aufrufer auf dieses Objekt zugreifen darf. Ein Angreifer meldet sich mit dem eigenen Konto an, tauscht die ID gegen die einer anderen Person aus (IDs sind oft fortlaufend oder auf Dokumenten abgedruckt) und liest die Datensätze anderer Benutzer mit Maschinengeschwindigkeit.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="312"/>
        <source>Changing other users&apos; objects through {flow.name}</source>
        <translation>Ändern der Objekte anderer Benutzer über {flow.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="313"/>
        <source>{flow.name} changes or deletes the object named by a client-supplied id, and {target.name} does not check that the caller owns it. An attacker substitutes another user&apos;s id to modify, cancel or delete that user&apos;s data, with effects that can be hard to detect and to undo.</source>
        <translation>{flow.name} ändert oder löscht das über eine vom Client gelieferte ID benannte Objekt, und {target.name} prüft nicht, ob es dem Aufrufer gehört. Ein Angreifer setzt die ID eines anderen Benutzers ein, um dessen Daten zu ändern, zu stornieren oder zu löschen – mit Folgen, die schwer zu erkennen und rückgängig zu machen sein können.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="318"/>
        <source>Credential stuffing and brute force against {target.name}</source>
        <translation>Credential Stuffing und Brute Force gegen {target.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="319"/>
        <source>{target.name} accepts passwords from {source.name} on {flow.name} without both throttling and a second factor. Attackers replay leaked user name and password lists or guess passwords with automated tools, and every hit is a full account takeover because the password alone is enough.</source>
        <translation>{target.name} nimmt auf {flow.name} Passwörter von {source.name} entgegen, ohne Drosselung und zweiten Faktor zu kombinieren. Angreifer spielen geleakte Listen von Benutzernamen und Passwörtern ein oder erraten Passwörter mit automatisierten Werkzeugen, und jeder Treffer ist eine vollständige Kontoübernahme, weil das Passwort allein genügt.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="324"/>
        <source>Token or key in the URL of {flow.name}</source>
        <translation>Token oder Schlüssel in der URL von {flow.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="325"/>
        <source>{flow.name} carries a token, session id or API key in the URL. URLs are written to web server, proxy and gateway logs, kept in browser history and bookmarks, and sent to other sites in Referer headers, so the credential reaches everyone who can read those and can be replayed against {target.name}.</source>
        <translation>{flow.name} überträgt ein Token, eine Session-ID oder einen API-Schlüssel in der URL. URLs werden in die Logs von Webservern, Proxys und Gateways geschrieben, im Browserverlauf und in Lesezeichen gespeichert und in Referer-Headern an andere Websites gesendet; so gelangen die Zugangsdaten zu allen, die diese lesen können, und lassen sich gegen {target.name} wiederverwenden.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="331"/>
        <source>{target.name} does not validate the tokens on {flow.name}</source>
        <translation>{target.name} validiert die Tokens auf {flow.name} nicht</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="332"/>
        <source>{flow.name} carries {flow.authentication} tokens, but {target.name} does not validate them itself and relies on an upstream component or on the client. A caller who reaches {target.name} directly, or who presents a token signed with &apos;alg: none&apos;, a guessed key, or one that is expired or meant for another audience, is accepted as any user they like.</source>
        <translation>{flow.name} überträgt Tokens vom Typ {flow.authentication}, doch {target.name} validiert sie nicht selbst und verlässt sich auf eine vorgelagerte Komponente oder den Client. Ein Aufrufer, der {target.name} direkt erreicht oder ein Token vorlegt, das mit &apos;alg: none&apos; oder einem erratenen Schlüssel signiert, abgelaufen oder für eine andere Audience bestimmt ist, wird als beliebiger Benutzer seiner Wahl akzeptiert.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="338"/>
        <source>{element.name} allows deprecated OAuth grants</source>
        <translation>{element.name} erlaubt veraltete OAuth-Grants</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="339"/>
        <source>{element.name} still offers the implicit grant or the resource owner password credentials grant. The implicit grant hands access tokens to the browser in the redirect URL, where history, logs and injected scripts can take them; the password grant trains clients to collect users&apos; passwords and gets in the way of MFA. Both make token theft and phishing easier than the authorization code grant with PKCE.</source>
        <translation>{element.name} bietet noch den Implicit Grant oder den Resource Owner Password Credentials Grant an. Der Implicit Grant übergibt Access-Tokens in der Redirect-URL an den Browser, wo Verlauf, Logs und eingeschleuste Skripte sie abgreifen können; der Password Grant gewöhnt Clients daran, Passwörter von Benutzern einzusammeln, und steht MFA im Weg. Beide erleichtern Token-Diebstahl und Phishing im Vergleich zum Authorization Code Grant mit PKCE.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="346"/>
        <source>Authorization codes from {element.name} can be intercepted</source>
        <translation>Autorisierungscodes von {element.name} können abgefangen werden</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="347"/>
        <source>{element.name} does not require PKCE for the authorization code grant. On mobile and browser clients, a malicious app registered for the same redirect scheme, a leaked redirect URL or a log entry can reveal the authorization code, which the attacker then exchanges for the user&apos;s tokens. PKCE binds each code to the client instance that asked for it.</source>
        <translation>{element.name} verlangt für den Authorization Code Grant kein PKCE. Bei mobilen und Browser-Clients können eine bösartige App, die für dasselbe Redirect-Schema registriert ist, eine geleakte Redirect-URL oder ein Logeintrag den Autorisierungscode preisgeben, den der Angreifer dann gegen die Tokens des Benutzers eintauscht. PKCE bindet jeden Code an die Client-Instanz, die ihn angefordert hat.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="353"/>
        <source>Stolen tokens from {element.name} stay useful too long</source>
        <translation>Gestohlene Tokens von {element.name} bleiben zu lange nutzbar</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="354"/>
        <source>{element.name} issues access tokens that live longer than an hour, or refresh tokens that are neither rotated nor revocable. A token stolen from a device, a log or a compromised client keeps working long after the theft, and there is no refresh token to revoke to cut the attacker off.</source>
        <translation>{element.name} stellt Access-Tokens aus, die länger als eine Stunde gültig sind, oder Refresh-Tokens, die weder rotiert werden noch widerrufbar sind. Ein von einem Gerät, aus einem Log oder von einem kompromittierten Client gestohlenes Token funktioniert noch lange nach dem Diebstahl, und es gibt kein Refresh-Token, dessen Widerruf den Angreifer aussperren würde.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="359"/>
        <source>Excessive data exposure in responses of {element.name}</source>
        <translation>Übermäßige Datenpreisgabe in Antworten von {element.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="360"/>
        <source>{element.name} returns whole internal objects and relies on the client to display only what is needed. An attacker calls the API directly and reads every returned property: other people&apos;s personal details, internal flags, hashes or fields meant for administrators.</source>
        <translation>{element.name} gibt vollständige interne Objekte zurück und verlässt sich darauf, dass der Client nur das Nötige anzeigt. Ein Angreifer ruft die API direkt auf und liest jede zurückgegebene Eigenschaft: personenbezogene Angaben anderer Personen, interne Flags, Hashes oder Felder, die für Administratoren gedacht sind.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="365"/>
        <source>Mass assignment in {element.name}</source>
        <translation>Mass Assignment in {element.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="366"/>
        <source>{element.name} binds request bodies directly onto its data models. An attacker adds properties the client never shows, such as role, isAdmin, price, balance or ownerId, to an ordinary update and the server stores them, granting privileges or changing values the user must not control. A gateway cannot catch this; the service itself must restrict the writable fields.</source>
        <translation>{element.name} bindet Request-Bodys direkt an die eigenen Datenmodelle. Ein Angreifer fügt einer gewöhnlichen Aktualisierung Eigenschaften hinzu, die der Client nie anzeigt, etwa role, isAdmin, price, balance oder ownerId, und der Server speichert sie, wodurch Rechte gewährt oder Werte geändert werden, die der Benutzer nicht kontrollieren darf. Ein Gateway kann das nicht abfangen; der Dienst selbst muss die beschreibbaren Felder einschränken.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="373"/>
        <source>Unrestricted resource consumption at {element.name}</source>
        <translation>Unbeschränkter Ressourcenverbrauch bei {element.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="374"/>
        <source>{element.name} exposes an API without limits on how much a client may ask for. Attackers send high request rates, huge page sizes, large uploads or expensive queries that exhaust CPU, memory, connections or downstream quotas, causing outages for everyone or inflating the infrastructure bill.</source>
        <translation>{element.name} stellt eine API bereit, ohne zu begrenzen, wie viel ein Client anfordern darf. Angreifer senden hohe Anfrageraten, riesige Seitengrößen, große Uploads oder aufwendige Abfragen, die CPU, Speicher, Verbindungen oder nachgelagerte Kontingente erschöpfen, was zu Ausfällen für alle führt oder die Infrastrukturrechnung in die Höhe treibt.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="379"/>
        <source>Paid third-party calls from {element.name} can be triggered without limit</source>
        <translation>Kostenpflichtige Drittanbieteraufrufe von {element.name} unbegrenzt auslösbar</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="381"/>
        <source>Requests to {element.name} trigger calls to third-party APIs, which are often billed per call (identity checks, SMS, e-mail, maps) or capped by a quota. Without rate limits an attacker repeats those requests to run up large bills, or to exhaust the quota so that legitimate requests fail.</source>
        <translation>Anfragen an {element.name} lösen Aufrufe von Drittanbieter-APIs aus, die oft pro Aufruf abgerechnet (Identitätsprüfungen, SMS, E-Mail, Karten) oder durch ein Kontingent begrenzt werden. Ohne Ratenbegrenzung wiederholt ein Angreifer diese Anfragen, um hohe Rechnungen zu verursachen oder das Kontingent zu erschöpfen, sodass legitime Anfragen fehlschlagen.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="386"/>
        <source>Broken function level authorization in {element.name}</source>
        <translation>Fehlerhafte Autorisierung auf Funktionsebene in {element.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="387"/>
        <source>{element.name} offers administrative functions but does not enforce on the server who may call them. An ordinary user who guesses or discovers the admin endpoints, or just switches the HTTP method from GET to PUT or DELETE, performs privileged operations. Hiding functions in the user interface is not access control.</source>
        <translation>{element.name} bietet administrative Funktionen, setzt aber serverseitig nicht durch, wer sie aufrufen darf. Ein gewöhnlicher Benutzer, der die Admin-Endpunkte errät oder entdeckt oder einfach die HTTP-Methode von GET auf PUT oder DELETE umstellt, führt privilegierte Operationen aus. Funktionen in der Benutzeroberfläche auszublenden, ist keine Zugriffskontrolle.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="393"/>
        <source>Administrative functions of {target.name} reachable by {source.name}</source>
        <translation>Administrative Funktionen von {target.name} für {source.name} erreichbar</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="395"/>
        <source>{target.name} hosts administrative functions and is reachable by untrusted callers on {flow.name}. Any gap in its function-level authorization is then exploitable from the outside, and the admin endpoints draw probing and credential attacks. Administrative interfaces belong on a separate, more tightly restricted entry point.</source>
        <translation>{target.name} stellt administrative Funktionen bereit und ist für nicht vertrauenswürdige Aufrufer über {flow.name} erreichbar. Jede Lücke in der Autorisierung auf Funktionsebene ist dann von außen ausnutzbar, und die Admin-Endpunkte ziehen Sondierungen und Angriffe auf Zugangsdaten an. Administrative Schnittstellen gehören auf einen separaten, strenger beschränkten Eintrittspunkt.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="401"/>
        <source>Automated abuse of a business flow in {element.name}</source>
        <translation>Automatisierter Missbrauch eines Geschäftsablaufs in {element.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="402"/>
        <source>{element.name} offers a business flow that harms the business when automated: buying up limited stock, creating accounts in bulk, or redeeming referral credits and coupons. Each request is valid on its own, so ordinary security checks pass while scripts take all the stock or credit and genuine customers are shut out.</source>
        <translation>{element.name} bietet einen Geschäftsablauf, der dem Geschäft schadet, wenn er automatisiert wird: Aufkaufen knapper Ware, massenhaftes Anlegen von Konten oder Einlösen von Empfehlungsgutschriften und Gutscheinen. Jede einzelne Anfrage ist für sich gültig, sodass gewöhnliche Sicherheitsprüfungen bestanden werden, während Skripte den gesamten Bestand oder das gesamte Guthaben abgreifen und echte Kunden leer ausgehen.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="408"/>
        <source>Bots posing as {source.name} on {flow.name}</source>
        <translation>Bots geben sich auf {flow.name} als {source.name} aus</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="409"/>
        <source>{target.name} cannot tell whether requests on {flow.name} come from a genuine {source.name} or from a script imitating it. Attackers drive the sensitive flow from many accounts, devices and IP addresses at once, staying below simple per-client limits.</source>
        <translation>{target.name} kann nicht unterscheiden, ob Anfragen auf {flow.name} von einer echten Instanz von {source.name} stammen oder von einem Skript, das sie imitiert. Angreifer steuern den sensiblen Ablauf gleichzeitig von vielen Konten, Geräten und IP-Adressen aus und bleiben dabei unter einfachen Limits pro Client.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="414"/>
        <source>Server-side request forgery through {element.name}</source>
        <translation>Server-Side Request Forgery über {element.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="415"/>
        <source>{element.name} fetches URLs that callers can influence, without restricting the destinations. An attacker makes it request internal services, admin interfaces or the cloud metadata endpoint (169.254.169.254), borrowing the server&apos;s network position and identity to reach what the attacker cannot reach directly, including temporary cloud credentials.</source>
        <translation>{element.name} ruft URLs ab, die Aufrufer beeinflussen können, ohne die Ziele einzuschränken. Ein Angreifer bringt den Prozess dazu, interne Dienste, Administrationsoberflächen oder den Cloud-Metadaten-Endpunkt (169.254.169.254) anzufragen, und nutzt so die Netzwerkposition und Identität des Servers, um zu erreichen, was er direkt nicht erreichen kann, einschließlich temporärer Cloud-Zugangsdaten.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="421"/>
        <source>{source.name} can make {target.name} fetch arbitrary URLs</source>
        <translation>{source.name} kann {target.name} beliebige URLs abrufen lassen</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="422"/>
        <source>{source.name} is not trusted, and what it sends on {flow.name} can steer which URLs {target.name} fetches. An attacker points the fetch at internal addresses or the cloud metadata service and reads the responses, or infers them from timing and errors, disclosing internal data and credentials.</source>
        <translation>{source.name} ist nicht vertrauenswürdig, und was über {flow.name} gesendet wird, kann steuern, welche URLs {target.name} abruft. Ein Angreifer richtet den Abruf auf interne Adressen oder den Cloud-Metadatendienst und liest die Antworten oder leitet sie aus Zeitverhalten und Fehlern ab, wodurch interne Daten und Zugangsdaten offengelegt werden.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="427"/>
        <source>Security misconfiguration of {element.name}</source>
        <translation>Sicherheitsrelevante Fehlkonfiguration von {element.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="428"/>
        <source>{element.name} is not known to follow a hardened, automatically scanned baseline. Debug endpoints, default accounts, a permissive CORS policy, missing security headers, unneeded HTTP methods or outdated components left over from development give attackers an easy way to gain access or capabilities they should not have.</source>
        <translation>Es ist nicht bekannt, dass {element.name} einer gehärteten, automatisch gescannten Baseline folgt. Debug-Endpunkte, Standardkonten, eine zu freizügige CORS-Richtlinie, fehlende Security-Header, unnötige HTTP-Methoden oder veraltete Komponenten, die aus der Entwicklung übrig geblieben sind, bieten Angreifern einen einfachen Weg zu Zugriff oder Fähigkeiten, die sie nicht haben sollten.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="434"/>
        <source>Verbose errors from {element.name}</source>
        <translation>Ausführliche Fehlermeldungen von {element.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="435"/>
        <source>{element.name} returns stack traces, SQL fragments, internal host names or component versions in its error responses. Attackers provoke errors on purpose to map the internals and to choose exploits that match the exact versions in use.</source>
        <translation>{element.name} gibt in Fehlerantworten Stacktraces, SQL-Fragmente, interne Hostnamen oder Komponentenversionen zurück. Angreifer provozieren gezielt Fehler, um die Interna zu kartieren und Exploits zu wählen, die genau zu den eingesetzten Versionen passen.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="440"/>
        <source>{element.name} is missing from the API inventory</source>
        <translation>{element.name} fehlt im API-Inventar</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="441"/>
        <source>No maintained inventory lists the hosts, versions and environments of {element.name}, who owns them and what data they serve. Forgotten copies (old versions, staging hosts with real data, shadow endpoints) keep running without current controls, and attackers find them through DNS, certificate transparency logs and scanning long before the owners remember them.</source>
        <translation>Kein gepflegtes Inventar verzeichnet die Hosts, Versionen und Umgebungen von {element.name}, deren Eigentümer und die bereitgestellten Daten. Vergessene Kopien (alte Versionen, Staging-Hosts mit echten Daten, Schatten-Endpunkte) laufen ohne aktuelle Kontrollen weiter, und Angreifer finden sie über DNS, Certificate-Transparency-Logs und Scans, lange bevor sich die Eigentümer an sie erinnern.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="447"/>
        <source>Old versions of {element.name} are still reachable</source>
        <translation>Alte Versionen von {element.name} sind noch erreichbar</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="448"/>
        <source>Deprecated versions or non-production environments of {element.name} are still online. They lack the fixes and controls of the current version, so an attacker calls the old version to get around authorization checks, rate limits or validation that were added later.</source>
        <translation>Abgekündigte Versionen oder Nicht-Produktionsumgebungen von {element.name} sind noch online. Ihnen fehlen die Korrekturen und Kontrollen der aktuellen Version, sodass ein Angreifer die alte Version aufruft, um Autorisierungsprüfungen, Ratenbegrenzungen oder Validierungen zu umgehen, die erst später hinzugekommen sind.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="453"/>
        <source>{target.name} trusts data from third party {source.name}</source>
        <translation>{target.name} vertraut Daten vom Drittanbieter {source.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="454"/>
        <source>{target.name} receives {flow.name} from {source.name}, a system someone else operates. If that provider is compromised, misconfigured or impersonated, its data can carry injection payloads, redirects or false results, and {target.name} inherits the provider&apos;s weaknesses unless it checks the data as strictly as client input.</source>
        <translation>{target.name} empfängt {flow.name} von {source.name}, einem System, das jemand anderes betreibt. Ist dieser Anbieter kompromittiert, fehlkonfiguriert oder wird er imitiert, können seine Daten Injection-Payloads, Weiterleitungen oder falsche Ergebnisse enthalten, und {target.name} erbt die Schwächen des Anbieters, sofern die Daten dort nicht so streng geprüft werden wie Client-Eingaben.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="460"/>
        <source>Unsafe consumption of third-party APIs by {element.name}</source>
        <translation>Unsichere Nutzung von Drittanbieter-APIs durch {element.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="461"/>
        <source>{element.name} acts on responses from third-party APIs without validating them. Malicious or malformed upstream data flows into its queries, files or pages, enabling injection, data corruption or further attacks on the systems behind it.</source>
        <translation>{element.name} verarbeitet Antworten von Drittanbieter-APIs, ohne sie zu validieren. Bösartige oder fehlerhafte Daten von vorgelagerten Systemen gelangen in die eigenen Abfragen, Dateien oder Seiten und ermöglichen Injection, Datenbeschädigung oder weitere Angriffe auf die dahinterliegenden Systeme.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="466"/>
        <source>{source.name} depends on third party {target.name}</source>
        <translation>{source.name} hängt vom Drittanbieter {target.name} ab</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="467"/>
        <source>{source.name} calls {target.name} on {flow.name}. If the provider is slow, down, or deliberately returns huge or never-ending responses, calls without strict timeouts and size limits tie up threads and connections in {source.name} until it can no longer serve its own clients.</source>
        <translation>{source.name} ruft {target.name} über {flow.name} auf. Ist der Anbieter langsam, nicht erreichbar oder liefert er absichtlich riesige oder endlose Antworten, binden Aufrufe ohne strikte Timeouts und Größenlimits Threads und Verbindungen in {source.name}, bis die eigenen Clients nicht mehr bedient werden können.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="472"/>
        <source>Theft of credentials from {element.name}</source>
        <translation>Diebstahl von Zugangsdaten aus {element.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="473"/>
        <source>{element.name} holds credentials or secrets, which makes it one of the most valuable targets in the system. An attacker who reads it, through a compromised service, an injection flaw, a backup or a replica, cracks weak password hashes offline or uses stolen keys and tokens directly, and gains access to every account or system they protect.</source>
        <translation>{element.name} enthält Zugangsdaten oder Geheimnisse und ist damit eines der wertvollsten Ziele im System. Ein Angreifer, der den Speicher ausliest – über einen kompromittierten Dienst, eine Injection-Schwachstelle, ein Backup oder ein Replikat –, knackt schwache Passwort-Hashes offline oder nutzt gestohlene Schlüssel und Tokens direkt und erlangt so Zugriff auf jedes Konto und jedes System, das sie schützen.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="479"/>
        <source>Entries in {element.name} can be altered or deleted</source>
        <translation>Einträge in {element.name} können geändert oder gelöscht werden</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="480"/>
        <source>{element.name} is not append-only, so anyone with write or administrative access to it, including an intruder using a writer&apos;s credentials, can change or delete entries. Nobody can then show that the audit trail is complete, and an attacker can erase the traces of what they did.</source>
        <translation>{element.name} ist nicht append-only, sodass jeder mit Schreib- oder Administratorzugriff darauf, einschließlich eines Eindringlings mit den Zugangsdaten einer schreibenden Komponente, Einträge ändern oder löschen kann. Dann kann niemand belegen, dass der Audit-Trail vollständig ist, und ein Angreifer kann die Spuren seines Handelns beseitigen.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="485"/>
        <source>Administrative actions in {element.name} are not audited</source>
        <translation>Administrative Aktionen in {element.name} werden nicht auditiert</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="486"/>
        <source>{element.name} offers administrative functions but keeps no security log. An administrator, or an attacker holding an administrator&apos;s session, can change configuration, permissions or data, and afterwards nobody can say who did it, or even that it happened.</source>
        <translation>{element.name} bietet administrative Funktionen, führt aber kein Sicherheitslog. Ein Administrator oder ein Angreifer mit der Sitzung eines Administrators kann Konfiguration, Berechtigungen oder Daten ändern, und danach kann niemand sagen, wer es getan hat oder ob es überhaupt geschehen ist.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="9"/>
        <source>Requests on {flow.name} can be linked into one history</source>
        <translation>Anfragen auf {flow.name} lassen sich zu einem Verlauf verknüpfen</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="10"/>
        <source>Every message on {flow.name} carries the same stable identifier. Anyone who sees these messages, such as an operator, a reader of logs or an intruder at {target.name}, can join them into a timeline of what one person did, even without knowing who the person is. Such a history often becomes identifying as soon as it is combined with a single outside fact.</source>
        <translation>Jede Nachricht auf {flow.name} trägt dieselbe stabile Kennung. Wer diese Nachrichten sieht, etwa ein Betreiber, jemand, der Protokolle liest, oder ein Eindringling bei {target.name}, kann sie zu einer Zeitleiste dessen zusammenfügen, was eine Person getan hat, auch ohne zu wissen, wer sie ist. Ein solcher Verlauf wird oft identifizierend, sobald er mit einer einzigen externen Tatsache kombiniert wird.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="16"/>
        <source>{target.name} can link {flow.name} with data from elsewhere</source>
        <translation>{target.name} kann {flow.name} mit Daten aus anderen Quellen verknüpfen</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="18"/>
        <source>{flow.name} gives {target.name} a stable identifier. {target.name} can match it with what it collects from its other clients, sites and apps, and build a profile of the same person across services that none of them could build alone. Pseudonymising the identifier does not prevent this, because linking needs only a consistent key, not a name.</source>
        <translation>{flow.name} übergibt {target.name} eine stabile Kennung. {target.name} kann sie mit den Daten abgleichen, die bei anderen Kunden, Websites und Apps anfallen, und ein dienstübergreifendes Profil derselben Person erstellen, das keiner der Beteiligten allein erstellen könnte. Eine Pseudonymisierung der Kennung verhindert das nicht, denn für die Verknüpfung genügt ein gleichbleibender Schlüssel; ein Name ist nicht nötig.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="24"/>
        <source>Third-party SDKs in {element.name} track its users</source>
        <translation>Drittanbieter-SDKs in {element.name} verfolgen die Benutzer</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="25"/>
        <source>{element.name} embeds SDKs whose vendors receive device identifiers, usage events and sometimes location straight from the user&apos;s device, outside the system&apos;s own data flows. Each vendor can recognise the same device in every other app that ships its SDK and link its activity across them. The operator of the system often neither sees nor controls what is sent.</source>
        <translation>{element.name} bindet SDKs ein, deren Anbieter Gerätekennungen, Nutzungsereignisse und teils Standortdaten direkt vom Gerät des Benutzers erhalten, außerhalb der eigenen Datenflüsse des Systems. Jeder Anbieter kann dasselbe Gerät in jeder anderen App wiedererkennen, die sein SDK enthält, und dessen Aktivitäten appübergreifend verknüpfen. Der Betreiber des Systems sieht und kontrolliert oft nicht, was gesendet wird.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="31"/>
        <source>{element.name} builds profiles of people</source>
        <translation>{element.name} erstellt Profile von Personen</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="32"/>
        <source>{element.name} evaluates people&apos;s behaviour, interests or traits from their data. The profile links many separate actions into a picture of one person and can reveal more than any single record, for instance health, finances or beliefs inferred from purchases. People rarely expect how much such a profile contains or where it ends up being used.</source>
        <translation>{element.name} bewertet Verhalten, Interessen oder Eigenschaften von Personen anhand ihrer Daten. Das Profil verknüpft viele einzelne Handlungen zu einem Bild einer Person und kann mehr offenbaren als jeder einzelne Datensatz, etwa aus Einkäufen abgeleitete Angaben zu Gesundheit, Finanzen oder Überzeugungen. Kaum jemand rechnet damit, wie viel ein solches Profil enthält oder wofür es schließlich verwendet wird.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="38"/>
        <source>{element.name} joins data sets about the same people</source>
        <translation>{element.name} führt Datenbestände über dieselben Personen zusammen</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="39"/>
        <source>{element.name} combines personal data from several sources on the same people or devices. Records that were harmless apart reveal much more together, and whoever can query the store, with or without permission, sees the joined picture. Data collected for one purpose also drifts into uses that nobody agreed to.</source>
        <translation>{element.name} kombiniert personenbezogene Daten aus mehreren Quellen über dieselben Personen oder Geräte. Datensätze, die für sich harmlos waren, verraten zusammen viel mehr, und wer den Speicher abfragen kann, ob berechtigt oder nicht, sieht das Gesamtbild. Für einen Zweck erhobene Daten geraten zudem in Verwendungen, denen niemand zugestimmt hat.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="45"/>
        <source>Records in {element.name} identify people directly</source>
        <translation>Datensätze in {element.name} identifizieren Personen direkt</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="46"/>
        <source>{element.name} keeps personal data together with direct identifiers such as names, e-mail addresses or account numbers. Anyone who reads it, whether a curious employee, a support tool, a stolen backup or an attacker, learns at once whom each record is about. Any leak or misuse therefore does the greatest possible harm.</source>
        <translation>{element.name} speichert personenbezogene Daten zusammen mit direkten Kennungen wie Namen, E-Mail-Adressen oder Kontonummern. Wer sie liest, ob neugierige Mitarbeitende, ein Support-Werkzeug, ein gestohlenes Backup oder ein Angreifer, erfährt sofort, wen jeder Datensatz betrifft. Jedes Datenleck und jeder Missbrauch richtet daher den größtmöglichen Schaden an.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="52"/>
        <source>Pseudonymised data in {element.name} can be re-identified</source>
        <translation>Pseudonymisierte Daten in {element.name} können re-identifiziert werden</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="53"/>
        <source>{element.name} replaces direct identifiers with pseudonyms, but the remaining attributes, such as dates, postcodes, rare conditions or behaviour over time, can still single people out. Someone who obtains the pseudonym key, or matches the records against another data set, recovers whom they are about. Pseudonymised data therefore remains personal data and needs the same protection.</source>
        <translation>{element.name} ersetzt direkte Kennungen durch Pseudonyme, doch die übrigen Merkmale, etwa Datumsangaben, Postleitzahlen, seltene Erkrankungen oder Verhalten über die Zeit, können Personen weiterhin herausgreifen. Wer den Pseudonymschlüssel erlangt oder die Datensätze mit einem anderen Datenbestand abgleicht, findet heraus, wen sie betreffen. Pseudonymisierte Daten bleiben daher personenbezogene Daten und brauchen denselben Schutz.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="60"/>
        <source>{target.name} learns whom the data on {flow.name} is about</source>
        <translation>{target.name} erfährt, wen die Daten auf {flow.name} betreffen</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="61"/>
        <source>{flow.name} sends personal data to {target.name} together with direct identifiers. {target.name} learns exactly which person each record concerns, although its task may need no more than a reference or a pseudonym. Whatever it then keeps, combines or loses is tied to named people.</source>
        <translation>{flow.name} sendet personenbezogene Daten zusammen mit direkten Kennungen an {target.name}. {target.name} erfährt genau, welche Person jeder Datensatz betrifft, obwohl für die Aufgabe womöglich eine Referenz oder ein Pseudonym genügen würde. Was dort anschließend aufbewahrt, kombiniert oder verloren wird, ist an namentlich bekannte Personen gebunden.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="67"/>
        <source>Person identifier in requests on {element.name}</source>
        <translation>Personenkennung in Anfragen auf {element.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="68"/>
        <source>Requests on {element.name} carry an identifier of the person they concern in the path or query. Web servers, proxies, gateways, browser histories and monitoring tools record URLs, so the identifier ends up in many logs that are kept longer and guarded less than the data itself. Anyone with access to those logs can tell whose records were requested, and when.</source>
        <translation>Anfragen auf {element.name} tragen eine Kennung der betroffenen Person im Pfad oder im Query-String. Webserver, Proxys, Gateways, Browserverläufe und Monitoring-Werkzeuge zeichnen URLs auf, sodass die Kennung in vielen Protokollen landet, die länger aufbewahrt und schlechter geschützt werden als die Daten selbst. Wer Zugriff auf diese Protokolle hat, kann erkennen, wessen Datensätze wann abgerufen wurden.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="74"/>
        <source>What {source.name} does on {flow.name} is on record</source>
        <translation>Was {source.name} über {flow.name} tut, wird aufgezeichnet</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="75"/>
        <source>{target.name} logs each action on {flow.name} together with the signed-in person who took it. The log becomes a lasting account of that person&apos;s behaviour which they cannot later deny, and it can be turned against them in ways they did not expect, for example for performance monitoring, in disputes or in legal proceedings. The more detail it holds and the longer it is kept, the greater that exposure.</source>
        <translation>{target.name} protokolliert jede Handlung auf {flow.name} zusammen mit der angemeldeten Person, die sie ausgeführt hat. Das Protokoll wird zu einer dauerhaften Aufzeichnung ihres Verhaltens, die sie später nicht abstreiten kann, und es kann auf unerwartete Weise gegen sie verwendet werden, etwa zur Leistungsüberwachung, in Streitfällen oder in Gerichtsverfahren. Je detaillierter es ist und je länger es aufbewahrt wird, desto größer ist diese Gefährdung.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="82"/>
        <source>The signature on {element.name} binds the signer</source>
        <translation>Die Signatur auf {element.name} bindet die unterzeichnende Person</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="83"/>
        <source>The person signs what {element.name} carries, so anyone holding the signature can later prove that they approved exactly that content. That is usually the point of signing, but the signer can no longer deny their involvement even where they may need to, and the signed content also shows what they knew at the time. Only what must be provable should be signed, and the signer should be told what the signature will prove.</source>
        <translation>Die Person signiert, was {element.name} überträgt, sodass jeder, der die Signatur besitzt, später beweisen kann, dass sie genau diesen Inhalt gebilligt hat. Das ist meist der Sinn der Signatur, doch die unterzeichnende Person kann ihre Beteiligung nicht mehr abstreiten, selbst wenn sie darauf angewiesen wäre, und der signierte Inhalt zeigt auch, was sie zu diesem Zeitpunkt wusste. Nur signieren lassen, was beweisbar sein muss, und der unterzeichnenden Person mitteilen, was die Signatur beweisen wird.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="90"/>
        <source>{element.name} is a lasting record of what people did</source>
        <translation>{element.name} ist eine dauerhafte Aufzeichnung dessen, was Personen getan haben</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="91"/>
        <source>{element.name} keeps its entries under people&apos;s real identities. Whoever can read it, whether administrators, auditors, opposing parties in a dispute or an intruder, can reconstruct what a given person did and when, and the person cannot dispute it. An audit trail needs this for some events, but not for every event and not forever.</source>
        <translation>In {element.name} stehen die Einträge unter den echten Identitäten der Personen. Wer sie lesen kann, ob Administratoren, Prüfer, Gegenparteien in einem Rechtsstreit oder ein Eindringling, kann rekonstruieren, was eine bestimmte Person wann getan hat, und die Person kann es nicht bestreiten. Ein Audit-Trail braucht das für manche Ereignisse, aber nicht für jedes und nicht für immer.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="97"/>
        <source>Identified entries written to {target.name} on {flow.name}</source>
        <translation>Identifizierende Einträge über {flow.name} in {target.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="98"/>
        <source>{source.name} writes entries with personal data under real identities into {target.name}. Each entry permanently ties a person to an action and travels with the log into backups, monitoring tools and support tickets. Logging a pseudonym, or leaving the personal fields out, would keep the entry useful without the attribution.</source>
        <translation>{source.name} schreibt Einträge mit personenbezogenen Daten unter echten Identitäten in {target.name}. Jeder Eintrag bindet eine Person dauerhaft an eine Handlung und wandert mit dem Protokoll in Backups, Monitoring-Werkzeuge und Support-Tickets. Ein Pseudonym zu protokollieren oder die personenbezogenen Felder wegzulassen, hielte den Eintrag nützlich, ohne ihn einer Person zuzuordnen.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="104"/>
        <source>Traffic on {flow.name} reveals use of a sensitive service</source>
        <translation>Datenverkehr auf {flow.name} verrät die Nutzung eines sensiblen Dienstes</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="105"/>
        <source>{flow.name} carries special-category data across the internet. Encryption hides the content, but network operators, Wi-Fi providers and anyone else watching still see that a device talks to {target.name}, how often and when, and can infer something like a health condition or a religious affiliation from that alone. Host names, timing and message sizes are enough.</source>
        <translation>{flow.name} überträgt Daten besonderer Kategorien über das Internet. Die Verschlüsselung verbirgt den Inhalt, doch Netzbetreiber, WLAN-Anbieter und alle anderen Beobachter sehen weiterhin, dass ein Gerät mit {target.name} kommuniziert, wie oft und wann, und können allein daraus etwa auf eine Erkrankung oder eine Religionszugehörigkeit schließen. Hostnamen, Zeitpunkte und Nachrichtengrößen genügen dafür.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="112"/>
        <source>Traffic on {flow.name} shows when a device is in use</source>
        <translation>Datenverkehr auf {flow.name} zeigt, wann ein Gerät genutzt wird</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="113"/>
        <source>Whenever {flow.name} carries data between a connected device and the system, an observer on the network, or anyone with access to connection logs, learns that the device is switched on and in use. Over time the pattern reveals its owner&apos;s routines, such as when they are at home, asleep or exercising, even if the messages themselves contain no personal data.</source>
        <translation>Immer wenn {flow.name} Daten zwischen einem vernetzten Gerät und dem System überträgt, erfahren Beobachter im Netz oder alle mit Zugriff auf Verbindungsprotokolle, dass das Gerät eingeschaltet ist und genutzt wird. Mit der Zeit verrät das Muster die Gewohnheiten der Person, der es gehört, etwa wann sie zu Hause ist, schläft oder Sport treibt, selbst wenn die Nachrichten selbst keine personenbezogenen Daten enthalten.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="119"/>
        <source>{element.name} reveals who has an account</source>
        <translation>{element.name} verrät, wer ein Konto hat</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="120"/>
        <source>{element.name} answers differently, in its message, status code or response time, depending on whether the person asked about is known. Anyone can submit a list of e-mail addresses or phone numbers and learn who uses the service, which is sensitive in itself for a clinic, a dating site or a debt adviser, and which also feeds targeted phishing and credential stuffing.</source>
        <translation>{element.name} antwortet unterschiedlich – in der Meldung, im Statuscode oder in der Antwortzeit –, je nachdem, ob die angefragte Person bekannt ist. Jeder kann eine Liste von E-Mail-Adressen oder Telefonnummern einreichen und erfahren, wer den Dienst nutzt; das ist bei einer Klinik, einer Dating-Plattform oder einer Schuldnerberatung schon für sich sensibel und begünstigt zudem gezieltes Phishing und Credential Stuffing.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="126"/>
        <source>Probing {flow.name} reveals which records exist</source>
        <translation>Abtasten von {flow.name} verrät, welche Datensätze existieren</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="127"/>
        <source>{flow.name} names a person&apos;s record by id, and {target.name} answers differently for a missing record than for one the caller may not see. By trying ids, a caller learns which records exist, how many there are and how fast new ones appear, without reading any of them. For records about people, their existence alone can be telling.</source>
        <translation>{flow.name} benennt den Datensatz einer Person über eine ID, und {target.name} antwortet bei einem fehlenden Datensatz anders als bei einem, den der Aufrufer nicht sehen darf. Durch Ausprobieren von IDs erfährt ein Aufrufer, welche Datensätze existieren, wie viele es gibt und wie schnell neue hinzukommen, ohne einen davon zu lesen. Bei Datensätzen über Personen kann schon ihre bloße Existenz aufschlussreich sein.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="133"/>
        <source>More personal data than needed on {element.name}</source>
        <translation>Mehr personenbezogene Daten als nötig auf {element.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="134"/>
        <source>The personal fields on {element.name} were never reduced to what the purpose needs. Every extra field is received, processed, logged and perhaps stored further along, so every later leak, breach or misuse discloses more than it had to. Data that is never collected cannot be disclosed.</source>
        <translation>Die personenbezogenen Felder auf {element.name} wurden nie auf das reduziert, was der Zweck erfordert. Jedes zusätzliche Feld wird empfangen, verarbeitet, protokolliert und womöglich an späterer Stelle gespeichert, sodass jedes spätere Datenleck, jeder Sicherheitsvorfall und jeder Missbrauch mehr offenlegt als nötig. Daten, die nie erhoben werden, können auch nicht offengelegt werden.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="139"/>
        <source>{element.name} keeps more personal data than needed</source>
        <translation>{element.name} speichert mehr personenbezogene Daten als nötig</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="140"/>
        <source>{element.name} holds personal fields that were never checked against the purpose they are kept for. Anyone who gains access, and every copy, export or backup, discloses that surplus as well. Fields that are not needed should not be stored at all, or should be removed once their use has ended.</source>
        <translation>{element.name} enthält personenbezogene Felder, die nie gegen den Zweck geprüft wurden, für den sie aufbewahrt werden. Jeder, der Zugriff erlangt, und jede Kopie, jeder Export und jedes Backup legt diesen Überschuss ebenfalls offen. Nicht benötigte Felder sollten gar nicht erst gespeichert oder aber entfernt werden, sobald ihre Verwendung endet.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="146"/>
        <source>Whole personal records delivered on {flow.name}</source>
        <translation>Vollständige personenbezogene Datensätze auf {flow.name} ausgeliefert</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="147"/>
        <source>The API does not shape what it delivers on {flow.name}, so whole records with every personal field reach the consumer, whether the screen or task uses them or not. The client may hide the extra fields, but anyone who inspects the traffic, the app&apos;s storage or its logs sees them all.</source>
        <translation>Die API gestaltet nicht, was sie auf {flow.name} ausliefert, sodass ganze Datensätze mit allen personenbezogenen Feldern beim Abnehmer ankommen, ob die Ansicht oder Aufgabe sie nutzt oder nicht. Der Client mag die zusätzlichen Felder ausblenden, doch wer den Datenverkehr, den Speicher der App oder ihre Protokolle untersucht, sieht sie alle.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="152"/>
        <source>Personal data shared with {target.name}</source>
        <translation>Personenbezogene Daten an {target.name} weitergegeben</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="153"/>
        <source>{flow.name} hands personal data to {target.name}, another organisation. From then on the data is also exposed to that organisation&apos;s staff, systems, sub-processors and breaches, under its security and retention practices rather than this system&apos;s. What is sent should be limited to what {target.name} needs for its task.</source>
        <translation>{flow.name} übergibt personenbezogene Daten an {target.name}, eine andere Organisation. Ab dann sind die Daten auch deren Personal, Systemen, Unterauftragsverarbeitern und Sicherheitsvorfällen ausgesetzt, unter deren Sicherheits- und Aufbewahrungspraxis statt der dieses Systems. Was gesendet wird, sollte auf das beschränkt sein, was {target.name} für die jeweilige Aufgabe benötigt.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="159"/>
        <source>No privacy notice where {flow.name} collects personal data</source>
        <translation>Kein Datenschutzhinweis, wo {flow.name} personenbezogene Daten erhebt</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="160"/>
        <source>{flow.name} collects personal data from {source.name} without a privacy notice at that point. The people concerned do not learn what is collected, for which purposes, for how long or who receives it, so they cannot decide whether to provide it, nor exercise their rights over it.</source>
        <translation>{flow.name} erhebt personenbezogene Daten von {source.name}, ohne dass an dieser Stelle ein Datenschutzhinweis erfolgt. Die Betroffenen erfahren nicht, was erhoben wird, zu welchen Zwecken, wie lange und wer es erhält, und können daher weder entscheiden, ob sie die Daten angeben, noch ihre Rechte daran ausüben.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="165"/>
        <source>People are not told about data obtained from {source.name}</source>
        <translation>Betroffene erfahren nichts von Daten, die von {source.name} stammen</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="166"/>
        <source>{flow.name} brings in personal data that {source.name} collected, and the people it concerns are not told that this system now holds it. Since they do not know the data is here, they cannot object to its use, correct it or ask for it to be erased. Data from brokers and partners is also often less accurate than what people provide themselves.</source>
        <translation>{flow.name} bringt personenbezogene Daten ein, die {source.name} erhoben hat, und die betroffenen Personen erfahren nicht, dass dieses System sie nun speichert. Da sie nicht wissen, dass die Daten hier sind, können sie weder deren Nutzung widersprechen noch sie berichtigen oder ihre Löschung verlangen. Daten von Datenhändlern und Partnern sind zudem oft ungenauer als das, was Personen selbst angeben.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="172"/>
        <source>No privacy controls for {element.name}</source>
        <translation>Keine Datenschutzeinstellungen für {element.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="173"/>
        <source>{element.name} has no privacy settings of their own: no way to see what the system holds, to withdraw consent, to object to a use or to choose what is shared. Every such wish has to go through support, if the person knows to ask at all, so in practice the system&apos;s defaults decide for them.</source>
        <translation>{element.name} hat keine eigenen Datenschutzeinstellungen: keine Möglichkeit, einzusehen, was das System gespeichert hat, eine Einwilligung zu widerrufen, einer Nutzung zu widersprechen oder zu wählen, was weitergegeben wird. Jedes solche Anliegen muss über den Support laufen, sofern die Person überhaupt weiß, dass sie fragen kann; in der Praxis entscheiden daher die Voreinstellungen des Systems für sie.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="178"/>
        <source>One person&apos;s data in {element.name} cannot be exported</source>
        <translation>Die Daten einer Person in {element.name} lassen sich nicht exportieren</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="179"/>
        <source>There is no way to find and export everything {element.name} holds about one person. When someone asks for a copy of their data or wants to take it elsewhere, the answer is incomplete, late or pieced together by hand, and the person cannot check what is held about them.</source>
        <translation>Es gibt keine Möglichkeit, alles zu finden und zu exportieren, was {element.name} über eine Person enthält. Wenn jemand eine Kopie seiner Daten verlangt oder sie mitnehmen möchte, ist die Antwort unvollständig, verspätet oder von Hand zusammengestückelt, und die Person kann nicht prüfen, was über sie gespeichert ist.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="184"/>
        <source>One person&apos;s data in {element.name} cannot be erased</source>
        <translation>Die Daten einer Person in {element.name} lassen sich nicht löschen</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="185"/>
        <source>{element.name} offers no way to find and delete one person&apos;s data. When someone withdraws consent, objects or asks to be forgotten, their records stay in the store, its replicas and its backups, and go on being used and exposed.</source>
        <translation>{element.name} bietet keine Möglichkeit, die Daten einer einzelnen Person zu finden und zu löschen. Widerruft jemand eine Einwilligung, widerspricht oder verlangt, vergessen zu werden, bleiben die Datensätze im Speicher, in dessen Replikaten und Backups und werden weiter verwendet und offengelegt.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="190"/>
        <source>{element.name} decides about people without a human</source>
        <translation>{element.name} entscheidet ohne Menschen über Personen</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="191"/>
        <source>{element.name} takes decisions with legal or similarly significant effects on people, such as refusing credit, an application or a service, without a person reviewing them. Those affected often do not know that a machine decided, cannot see the logic or the data behind it and have nobody to contest it with. Errors and bias in the data or the model then reach people unchecked.</source>
        <translation>{element.name} trifft Entscheidungen mit rechtlicher oder ähnlich erheblicher Wirkung für Personen, etwa die Ablehnung eines Kredits, einer Bewerbung oder einer Leistung, ohne dass ein Mensch sie überprüft. Betroffene wissen oft nicht, dass eine Maschine entschieden hat, können weder die Logik noch die zugrunde liegenden Daten einsehen und haben niemanden, bei dem sie die Entscheidung anfechten können. Fehler und Verzerrungen in den Daten oder im Modell treffen Personen dann ungeprüft.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="198"/>
        <source>No retention period for {element.name}</source>
        <translation>Keine Aufbewahrungsfrist für {element.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="199"/>
        <source>Personal data in {element.name} has no retention period, so in practice it is kept indefinitely. Old records pile up long after their purpose has ended, add to the damage of every breach and have to be searched and produced for every access request.</source>
        <translation>Für personenbezogene Daten in {element.name} gibt es keine Aufbewahrungsfrist, sodass sie in der Praxis unbegrenzt aufbewahrt werden. Alte Datensätze häufen sich lange nach Ende ihres Zwecks an, vergrößern den Schaden jedes Sicherheitsvorfalls und müssen bei jedem Auskunftsersuchen durchsucht und herausgegeben werden.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="204"/>
        <source>Processing in {element.name} is not documented</source>
        <translation>Verarbeitung in {element.name} ist nicht dokumentiert</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="205"/>
        <source>For the personal data in {element.name}, the record does not say whose data it is, what it is used for or on which lawful basis it is processed. Without that, nobody can show that the processing is lawful, check new uses against the purpose or answer a supervisory authority&apos;s questions.</source>
        <translation>Für die personenbezogenen Daten in {element.name} hält das Verzeichnis nicht fest, wessen Daten es sind, wofür sie verwendet werden oder auf welcher Rechtsgrundlage sie verarbeitet werden. Ohne diese Angaben kann niemand nachweisen, dass die Verarbeitung rechtmäßig ist, neue Verwendungen gegen den Zweck prüfen oder die Fragen einer Aufsichtsbehörde beantworten.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="210"/>
        <source>Processing on {element.name} is not documented</source>
        <translation>Verarbeitung auf {element.name} ist nicht dokumentiert</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="211"/>
        <source>For the personal data on {element.name}, the record does not say whose data it is, what it is used for or on which lawful basis it is processed. Without that, nobody can show that passing the data on is lawful or that it stays within the purpose it was collected for.</source>
        <translation>Für die personenbezogenen Daten auf {element.name} hält das Verzeichnis nicht fest, wessen Daten es sind, wofür sie verwendet werden oder auf welcher Rechtsgrundlage sie verarbeitet werden. Ohne diese Angaben kann niemand nachweisen, dass die Weitergabe der Daten rechtmäßig ist oder im Rahmen des Zwecks bleibt, für den sie erhoben wurden.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="216"/>
        <source>No Article 9 condition for special-category data on {element.name}</source>
        <translation>Kein Ausnahmetatbestand nach Art. 9 für Daten besonderer Kategorien auf {element.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="218"/>
        <source>{element.name} carries special-category data, such as health data, on a lawful basis that does not by itself permit processing it. Article 9 forbids such processing unless one of its specific conditions applies, such as explicit consent or the provision of health care, so as documented the processing is unlawful.</source>
        <translation>{element.name} überträgt Daten besonderer Kategorien, etwa Gesundheitsdaten, auf einer Rechtsgrundlage, die deren Verarbeitung für sich genommen nicht erlaubt. Art. 9 verbietet eine solche Verarbeitung, sofern nicht eine seiner besonderen Voraussetzungen vorliegt, etwa eine ausdrückliche Einwilligung oder die Gesundheitsversorgung; so wie dokumentiert ist die Verarbeitung daher unrechtmäßig.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="224"/>
        <source>Personal data on {flow.name} travels unencrypted</source>
        <translation>Personenbezogene Daten auf {flow.name} werden unverschlüsselt übertragen</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="225"/>
        <source>{flow.name} carries personal data between {source.name} and {target.name} without encryption. Anyone on the network path can read or alter it, and the organisation cannot show the appropriate security measures that data protection law requires for personal data.</source>
        <translation>{flow.name} überträgt personenbezogene Daten zwischen {source.name} und {target.name} ohne Verschlüsselung. Jeder auf dem Netzwerkpfad kann sie lesen oder verändern, und die Organisation kann die geeigneten Sicherheitsmaßnahmen, die das Datenschutzrecht für personenbezogene Daten verlangt, nicht nachweisen.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="230"/>
        <source>No agreement covers personal data sent to {target.name}</source>
        <translation>Keine Vereinbarung deckt die an {target.name} gesendeten personenbezogenen Daten ab</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="231"/>
        <source>{flow.name} sends personal data to {target.name} without a data processing agreement, or without an agreed period after which {target.name} must delete it. Nothing then binds {target.name} to use the data only as instructed, to protect it, or to return or delete it, while the sender remains accountable for whatever happens to it.</source>
        <translation>{flow.name} sendet personenbezogene Daten an {target.name} ohne Auftragsverarbeitungsvertrag oder ohne vereinbarte Frist, nach der {target.name} sie löschen muss. Nichts verpflichtet {target.name} dann, die Daten nur weisungsgemäß zu verwenden, sie zu schützen oder sie zurückzugeben oder zu löschen, während der Absender für alles verantwortlich bleibt, was mit ihnen geschieht.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="237"/>
        <source>Personal data transferred to {target.name} outside the EEA</source>
        <translation>Personenbezogene Daten an {target.name} außerhalb des EWR übermittelt</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="238"/>
        <source>{flow.name} sends personal data to {target.name}, which processes it in a third country. Unless that country has an adequacy decision or the transfer rests on safeguards such as standard contractual clauses, the transfer is unlawful, and authorities there may gain access to the data under rules that protect people less.</source>
        <translation>{flow.name} sendet personenbezogene Daten an {target.name}, wo sie in einem Drittland verarbeitet werden. Sofern für dieses Land kein Angemessenheitsbeschluss besteht oder die Übermittlung nicht auf Garantien wie Standardvertragsklauseln beruht, ist sie unrechtmäßig, und Behörden dort könnten nach Regeln, die Personen weniger schützen, Zugriff auf die Daten erhalten.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/CiaRuleStrings.cpp" line="9"/>
        <source>{flow.name} exposes {flow.dataClassification} data in transit</source>
        <translation>{flow.name} legt als {flow.dataClassification} eingestufte Daten bei der Übertragung offen</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/CiaRuleStrings.cpp" line="11"/>
        <source>{flow.name} carries {flow.dataClassification} data from {source.name} to {target.name} without encryption. Anyone who can observe the traffic on its way, through a compromised host or network device, a misconfigured proxy or a traffic mirror, reads the data as it passes and can keep a copy of all of it. Neither end notices that it happened.</source>
        <translation>{flow.name} überträgt als {flow.dataClassification} eingestufte Daten unverschlüsselt von {source.name} zu {target.name}. Wer den Verkehr unterwegs beobachten kann, über einen kompromittierten Host oder ein Netzwerkgerät, einen falsch konfigurierten Proxy oder einen Traffic-Mirror, liest die Daten im Vorbeigehen mit und kann alles davon aufbewahren. Keine der beiden Seiten bemerkt es.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/CiaRuleStrings.cpp" line="17"/>
        <source>Sensitive data unencrypted at rest in {element.name}</source>
        <translation>Sensible Daten unverschlüsselt gespeichert in {element.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/CiaRuleStrings.cpp" line="18"/>
        <source>{element.name} keeps personal data or credentials without encryption at rest. Whoever gets hold of the underlying disks, volumes, snapshots or backup copies, for instance a lost backup, a snapshot shared by mistake or a drive that was never wiped, reads the contents directly, past every access check of the application in front of the store.</source>
        <translation>{element.name} speichert personenbezogene Daten oder Zugangsdaten ohne Verschlüsselung im Ruhezustand. Wer an die zugrunde liegenden Datenträger, Volumes, Snapshots oder Sicherungskopien gelangt, etwa über ein verlorenes Backup, einen versehentlich freigegebenen Snapshot oder ein nie gelöschtes Laufwerk, liest den Inhalt direkt, vorbei an allen Zugriffsprüfungen der Anwendung vor dem Speicher.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/CiaRuleStrings.cpp" line="24"/>
        <source>Credentials kept outside a vault in {element.name}</source>
        <translation>Zugangsdaten außerhalb eines Tresors in {element.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/CiaRuleStrings.cpp" line="25"/>
        <source>{element.name} holds credentials but is an ordinary store, not a secrets manager. Anyone who can read it, through an injection flaw, a copied backup, a replica or an over-privileged account, walks away with those credentials and everything they unlock. An ordinary store seldom records each read, so the theft can go unnoticed until the credentials are used.</source>
        <translation>{element.name} enthält Zugangsdaten, ist aber ein gewöhnlicher Speicher und kein Secrets-Manager. Wer ihn lesen kann, über eine Injection-Schwachstelle, ein kopiertes Backup, ein Replikat oder ein Konto mit zu vielen Rechten, erbeutet diese Zugangsdaten und alles, was sie öffnen. Ein gewöhnlicher Speicher protokolliert einzelne Lesezugriffe selten, daher kann der Diebstahl unbemerkt bleiben, bis die Zugangsdaten benutzt werden.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/CiaRuleStrings.cpp" line="31"/>
        <source>{target.name} gives out {flow.dataClassification} data without authorization</source>
        <translation>{target.name} gibt als {flow.dataClassification} eingestufte Daten ohne Autorisierung heraus</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/CiaRuleStrings.cpp" line="34"/>
        <source>{source.name} obtains {flow.dataClassification} data from {target.name} on {flow.name}, and {target.name} never checks whether the caller may see it. Any caller that gets past authentication, or can reach the process at all, reads records meant for others just by asking for them. Such reads look like ordinary traffic and rarely stand out.</source>
        <translation>{source.name} erhält über {flow.name} als {flow.dataClassification} eingestufte Daten von {target.name}, und {target.name} prüft nie, ob der Aufrufer sie sehen darf. Jeder Aufrufer, der die Authentifizierung passiert oder den Prozess überhaupt erreichen kann, liest für andere bestimmte Datensätze, indem er einfach danach fragt. Solche Lesezugriffe sehen wie gewöhnlicher Verkehr aus und fallen selten auf.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/CiaRuleStrings.cpp" line="40"/>
        <source>Internals revealed in errors from {element.name}</source>
        <translation>Interna in Fehlermeldungen von {element.name} preisgegeben</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/CiaRuleStrings.cpp" line="41"/>
        <source>{element.name} puts stack traces, query fragments, file paths, host names or library versions into the errors it returns. An attacker provokes failures on purpose to collect these details, which map the internals and point to exploits for the exact components in use. The same messages may also echo data that belongs to other users.</source>
        <translation>{element.name} schreibt Stacktraces, Abfragefragmente, Dateipfade, Hostnamen oder Bibliotheksversionen in die Fehlermeldungen, die es zurückgibt. Ein Angreifer provoziert gezielt Fehler, um diese Details zu sammeln, die die Interna abbilden und auf Exploits für genau die eingesetzten Komponenten hinweisen. Dieselben Meldungen können zudem Daten wiedergeben, die anderen Nutzern gehören.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/CiaRuleStrings.cpp" line="47"/>
        <source>Data classified {flow.dataClassification} leaves for {target.name}</source>
        <translation>Als {flow.dataClassification} eingestufte Daten gehen an {target.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/CiaRuleStrings.cpp" line="49"/>
        <source>{source.name} sends {flow.dataClassification} data on {flow.name} to {target.name}, which another organisation runs. From then on the data is only as safe as that party&apos;s security, staff and retention practices, which this system can neither see nor enforce: a breach or misuse at the provider exposes it with nothing failing on this side, and what was sent cannot be called back.</source>
        <translation>{source.name} sendet über {flow.name} als {flow.dataClassification} eingestufte Daten an {target.name}, das von einer anderen Organisation betrieben wird. Von da an sind die Daten nur so sicher wie Sicherheit, Personal und Aufbewahrungspraxis dieses Partners, die dieses System weder einsehen noch durchsetzen kann: Eine Datenpanne oder ein Missbrauch beim Anbieter legt sie offen, ohne dass auf dieser Seite etwas versagt, und was gesendet wurde, lässt sich nicht zurückholen.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/CiaRuleStrings.cpp" line="56"/>
        <source>{flow.name} can be altered in transit</source>
        <translation>{flow.name} kann bei der Übertragung verändert werden</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/CiaRuleStrings.cpp" line="57"/>
        <source>{flow.name} from {source.name} to {target.name} has no cryptographic protection. Anyone able to intercept it, from a compromised host on the path or by redirecting traffic on the network, can change requests and responses, insert commands or replay old messages, and {target.name} takes the altered content as genuine.</source>
        <translation>{flow.name} von {source.name} zu {target.name} hat keinen kryptografischen Schutz. Wer ihn abfangen kann, von einem kompromittierten Host auf dem Weg aus oder durch Umleiten von Verkehr im Netzwerk, kann Anfragen und Antworten ändern, Befehle einschleusen oder alte Nachrichten wiederholen, und {target.name} hält den veränderten Inhalt für echt.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/CiaRuleStrings.cpp" line="63"/>
        <source>Unvalidated input from {source.name} to {target.name}</source>
        <translation>Nicht validierte Eingaben von {source.name} an {target.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/CiaRuleStrings.cpp" line="64"/>
        <source>{target.name} acts on what {source.name} sends on {flow.name} without validating it first. Malformed or hostile input, such as injection payloads, out-of-range values or unexpected types, corrupts the records {target.name} writes, changes what it does, or travels on to the components behind it.</source>
        <translation>{target.name} handelt auf Grundlage dessen, was {source.name} über {flow.name} sendet, ohne es vorher zu validieren. Fehlerhafte oder bösartige Eingaben, etwa Injection-Payloads, Werte außerhalb des zulässigen Bereichs oder unerwartete Typen, verfälschen die Datensätze, die {target.name} schreibt, verändern sein Verhalten oder gelangen weiter zu den Komponenten dahinter.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/CiaRuleStrings.cpp" line="70"/>
        <source>Unchecked data from third party {source.name}</source>
        <translation>Ungeprüfte Daten vom Drittanbieter {source.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/CiaRuleStrings.cpp" line="71"/>
        <source>{target.name} trusts what the third party {source.name} sends on {flow.name} and does not validate it. If the provider is compromised, misconfigured or impersonated, its data flows straight into this system&apos;s records and decisions: wrong values are stored as facts, and injected content reaches every component that reads them later.</source>
        <translation>{target.name} vertraut dem, was der Drittanbieter {source.name} über {flow.name} sendet, und validiert es nicht. Ist der Anbieter kompromittiert, falsch konfiguriert oder wird er imitiert, gelangen seine Daten direkt in die Datensätze und Entscheidungen dieses Systems: Falsche Werte werden als Tatsachen gespeichert, und eingeschleuste Inhalte erreichen jede Komponente, die sie später liest.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/CiaRuleStrings.cpp" line="77"/>
        <source>Unauthorized changes through {flow.name}</source>
        <translation>Nicht autorisierte Änderungen über {flow.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/CiaRuleStrings.cpp" line="78"/>
        <source>{flow.name} changes state in {target.name}, which does not check whether the caller may make that change. Anyone who can reach it, or any signed-in user whatever their role, can alter or delete data and settings that belong to others or that only administrators should touch, and the change is kept as if it were legitimate.</source>
        <translation>{flow.name} ändert den Zustand in {target.name}, das nicht prüft, ob der Aufrufer diese Änderung vornehmen darf. Jeder, der es erreichen kann, oder jeder angemeldete Nutzer unabhängig von seiner Rolle, kann Daten und Einstellungen ändern oder löschen, die anderen gehören oder die nur Administratoren anfassen sollten, und die Änderung bleibt bestehen, als wäre sie rechtmäßig.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/CiaRuleStrings.cpp" line="84"/>
        <source>Protected fields can be overwritten through {element.name}</source>
        <translation>Geschützte Felder über {element.name} überschreibbar</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/CiaRuleStrings.cpp" line="85"/>
        <source>{element.name} copies request bodies straight onto its internal objects. A client that adds fields it was never meant to set, such as a role, a price, an owner or an account status, changes them together with the legitimate ones, and the result is saved as though the application had made the change itself.</source>
        <translation>{element.name} überträgt Anfrageinhalte direkt auf seine internen Objekte. Ein Client, der Felder hinzufügt, die er nie setzen sollte, etwa eine Rolle, einen Preis, einen Eigentümer oder einen Kontostatus, ändert sie zusammen mit den zulässigen, und das Ergebnis wird gespeichert, als hätte die Anwendung die Änderung selbst vorgenommen.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/CiaRuleStrings.cpp" line="91"/>
        <source>Entries in {element.name} can be rewritten</source>
        <translation>Einträge in {element.name} können umgeschrieben werden</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/CiaRuleStrings.cpp" line="92"/>
        <source>Entries in {element.name} can still be edited or removed once written. An intruder or insider with write access can rewrite the account of what happened, erase the traces of an attack or add false entries, so the log no longer proves anything in an investigation or an audit.</source>
        <translation>Einträge in {element.name} lassen sich auch nach dem Schreiben noch bearbeiten oder entfernen. Ein Eindringling oder Insider mit Schreibzugriff kann die Aufzeichnung des Geschehenen umschreiben, die Spuren eines Angriffs tilgen oder falsche Einträge hinzufügen, sodass das Log bei einer Untersuchung oder einem Audit nichts mehr beweist.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/CiaRuleStrings.cpp" line="97"/>
        <source>No request limits on {element.name}</source>
        <translation>Keine Anfragelimits bei {element.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/CiaRuleStrings.cpp" line="98"/>
        <source>{element.name} offers an API but puts no limit on how often or how heavily one client may call it. A single client, a runaway script as much as an attacker, can send enough requests, or costly enough ones, to use up its threads, memory, connections or database capacity, making it slow or unreachable for everyone else.</source>
        <translation>{element.name} bietet eine API an, begrenzt aber nicht, wie oft oder wie intensiv ein einzelner Client sie aufrufen darf. Ein einzelner Client, ein außer Kontrolle geratenes Skript ebenso wie ein Angreifer, kann genug Anfragen oder ausreichend aufwendige senden, um Threads, Speicher, Verbindungen oder Datenbankkapazität zu erschöpfen, sodass es für alle anderen langsam oder unerreichbar wird.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/CiaRuleStrings.cpp" line="104"/>
        <source>{target.name} can be flooded from the internet</source>
        <translation>{target.name} kann aus dem Internet überflutet werden</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/CiaRuleStrings.cpp" line="105"/>
        <source>{flow.name} brings traffic from the internet to {target.name}, which does not limit how much it accepts. Anyone on the internet, with a botnet or hired capacity, can send more than it can handle and keep it out of reach for legitimate users for as long as the flood goes on.</source>
        <translation>{flow.name} bringt Verkehr aus dem Internet zu {target.name}, das nicht begrenzt, wie viel es annimmt. Jeder im Internet kann mit einem Botnetz oder gemieteter Kapazität mehr senden, als es verarbeiten kann, und es für berechtigte Nutzer unerreichbar machen, solange die Flut anhält.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/CiaRuleStrings.cpp" line="110"/>
        <source>{element.name} is a single point of failure</source>
        <translation>{element.name} ist ein Single Point of Failure</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/CiaRuleStrings.cpp" line="111"/>
        <source>{element.name} runs as one instance with nothing to take over. A crash, a failed deployment, a host or zone outage, or an attack aimed at that single instance stops everything that depends on it until someone repairs or restarts it.</source>
        <translation>{element.name} läuft als einzelne Instanz, ohne dass etwas einspringen kann. Ein Absturz, ein fehlgeschlagenes Deployment, der Ausfall eines Hosts oder einer Zone oder ein Angriff auf genau diese Instanz legt alles lahm, was von ihr abhängt, bis jemand sie repariert oder neu startet.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/CiaRuleStrings.cpp" line="116"/>
        <source>{element.name} cannot be restored</source>
        <translation>{element.name} kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/CiaRuleStrings.cpp" line="117"/>
        <source>{element.name} has no backups, or none known to restore. An accidental deletion, corruption, a failed migration or ransomware then destroys its data for good, and whatever relies on that data stays down or has to be rebuilt from nothing.</source>
        <translation>{element.name} hat keine Backups oder keine, deren Wiederherstellung erprobt ist. Ein versehentliches Löschen, eine Beschädigung, eine fehlgeschlagene Migration oder Ransomware vernichtet dann seine Daten endgültig, und alles, was auf diesen Daten aufbaut, bleibt ausgefallen oder muss von Grund auf neu aufgebaut werden.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/CiaRuleStrings.cpp" line="122"/>
        <source>{source.name} calls {target.name}, which another organisation runs, on {flow.name}. When the provider is down, slow, throttling or changes its interface, these calls fail or hang, and without timeouts, fallbacks or a queue {source.name} stops serving its own users as well, while nothing on this side can end the outage.</source>
        <translation>{source.name} ruft über {flow.name} {target.name} auf, das von einer anderen Organisation betrieben wird. Ist der Anbieter ausgefallen, langsam, drosselt er oder ändert er seine Schnittstelle, schlagen diese Aufrufe fehl oder hängen, und ohne Timeouts, Ausweichlösungen oder eine Warteschlange kann auch {source.name} seine eigenen Nutzer nicht mehr bedienen, während auf dieser Seite niemand den Ausfall beenden kann.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/CiaRuleStrings.cpp" line="128"/>
        <source>A bad record from {source.name} can halt {target.name}</source>
        <translation>Ein fehlerhafter Datensatz aus {source.name} kann {target.name} anhalten</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/CiaRuleStrings.cpp" line="129"/>
        <source>{target.name} processes what arrives from {source.name} on {flow.name} without validating it. One malformed record or message makes it fail, and because the input is retried or read again after a restart, it fails the same way each time: all work queued behind that record waits until someone removes it by hand.</source>
        <translation>{target.name} verarbeitet, was über {flow.name} aus {source.name} ankommt, ohne es zu validieren. Ein einziger fehlerhafter Datensatz oder eine fehlerhafte Nachricht bringt es zum Scheitern, und weil die Eingabe wiederholt oder nach einem Neustart erneut gelesen wird, scheitert es jedes Mal auf dieselbe Weise: Alle Arbeit hinter diesem Datensatz wartet, bis jemand ihn von Hand entfernt.</translation>
    </message>
</context>
</TS>
