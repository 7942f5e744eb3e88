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
        <location filename="../core/report/language/DisplayNames.cpp" line="73"/>
        <source>Spoofing</source>
        <translation>Spoofing</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="75"/>
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
        <location filename="../core/report/language/DisplayNames.cpp" line="81"/>
        <source>Denial of service</source>
        <translation>Dienstverweigerung</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="83"/>
        <source>Elevation of privilege</source>
        <translation>Rechteausweitung</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="93"/>
        <source>public</source>
        <translation>öffentlich</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="95"/>
        <source>internal</source>
        <translation>intern</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="97"/>
        <source>confidential</source>
        <translation>vertraulich</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="99"/>
        <source>restricted</source>
        <translation>streng vertraulich</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="106"/>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="107"/>
        <source>diagram</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="108"/>
        <source>external entity</source>
        <translation>externe Entität</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="109"/>
        <source>process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="110"/>
        <source>data store</source>
        <translation>Datenspeicher</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="111"/>
        <source>data flow</source>
        <translation>Datenfluss</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="112"/>
        <source>trust boundary</source>
        <translation>Vertrauensgrenze</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="113"/>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="114"/>
        <source>threat</source>
        <translation>Bedrohung</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="115"/>
        <source>mitigation</source>
        <translation>Gegenmaßnahme</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="116"/>
        <source>asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="125"/>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="126"/>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="127"/>
        <source>renamed</source>
        <translation>umbenannt</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="128"/>
        <source>type changed</source>
        <translation>Typ geändert</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="130"/>
        <location filename="../core/report/language/DisplayNames.cpp" line="132"/>
        <source>description changed</source>
        <translation>Beschreibung geändert</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="133"/>
        <source>property changed</source>
        <translation>Eigenschaft geändert</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="134"/>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="135"/>
        <source>ends changed</source>
        <translation>Enden geändert</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="137"/>
        <source>direction changed</source>
        <translation>Richtung geändert</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="139"/>
        <source>boundaries crossed changed</source>
        <translation>überquerte Grenzen geändert</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="141"/>
        <source>enclosing boundaries changed</source>
        <translation>umschließende Grenzen geändert</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="142"/>
        <source>moved</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="143"/>
        <source>resized</source>
        <translation>Größe geändert</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="145"/>
        <source>bend points changed</source>
        <translation>Knickpunkte geändert</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="147"/>
        <source>moved to another diagram</source>
        <translation>in ein anderes Diagramm verschoben</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="148"/>
        <source>status changed</source>
        <translation>Status geändert</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="150"/>
        <source>justification changed</source>
        <translation>Begründung geändert</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="151"/>
        <source>DREAD score changed</source>
        <translation>DREAD-Bewertung geändert</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="152"/>
        <source>risk rating changed</source>
        <translation>Risikobewertung geändert</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="153"/>
        <source>title changed</source>
        <translation>Titel geändert</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="154"/>
        <source>category changed</source>
        <translation>Kategorie geändert</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="155"/>
        <source>made obsolete</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="156"/>
        <source>revived</source>
        <translation>wieder gültig</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="157"/>
        <source>mitigation linked</source>
        <translation>Gegenmaßnahme verknüpft</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="159"/>
        <source>mitigation unlinked</source>
        <translation>Gegenmaßnahme gelöst</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="161"/>
        <source>objective changed</source>
        <translation>Ziel geändert</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="163"/>
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
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="127"/>
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
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="118"/>
        <source>Edit model title</source>
        <translation>Modelltitel bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="120"/>
        <source>Edit owner</source>
        <translation>Eigentümer bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="122"/>
        <source>Edit reviewers</source>
        <translation>Prüfer bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="139"/>
        <source>Edit scope</source>
        <translation>Geltungsbereich bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="141"/>
        <source>Edit model description</source>
        <translation>Modellbeschreibung bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="146"/>
        <source>Change risk method</source>
        <translation>Risikomethode ändern</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="238"/>
        <source>Classify asset</source>
        <translation>Asset klassifizieren</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="259"/>
        <source>Edit asset</source>
        <translation>Asset bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="269"/>
        <source>New asset</source>
        <translation>Neues Asset</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="272"/>
        <source>Add asset</source>
        <translation>Asset hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="282"/>
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
        <location filename="../app/editor/docks/PropertiesDock.cpp" line="22"/>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/PropertiesDock.cpp" line="74"/>
        <source>Set %1</source>
        <translation>%1 festlegen</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/PropertiesDock.cpp" line="135"/>
        <source>Select one element to edit its properties.</source>
        <translation>Ein einzelnes Element auswählen, um seine Eigenschaften zu bearbeiten.</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/PropertiesDock.cpp" line="148"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/PropertiesDock.cpp" line="151"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/PropertiesDock.cpp" line="167"/>
        <source>Change type</source>
        <translation>Typ ändern</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/PropertiesDock.cpp" line="171"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/PropertiesDock.cpp" line="176"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/PropertiesDock.cpp" line="182"/>
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
        <location filename="../core/report/ReportSections.cpp" line="42"/>
        <source>DREAD (mean of five ratings, 1–10)</source>
        <translation>DREAD (Mittelwert aus fünf Bewertungen, 1–10)</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="44"/>
        <source>Likelihood × impact (1–5 each)</source>
        <translation>Wahrscheinlichkeit × Auswirkung (je 1–5)</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="62"/>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="64"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="66"/>
        <source>Diagrams</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="68"/>
        <source>Threat register</source>
        <translation>Bedrohungsregister</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="70"/>
        <location filename="../core/report/ReportSections.cpp" line="207"/>
        <source>Mitigations</source>
        <translation>Gegenmaßnahmen</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="72"/>
        <source>Appendix: elements</source>
        <translation>Anhang: Elemente</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="79"/>
        <source>Diagram: %1</source>
        <translation>Diagramm: %1</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="84"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="89"/>
        <source>Generated by Latch on %1.</source>
        <translation>Erstellt mit Latch am %1.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="110"/>
        <source>Threat model: %1</source>
        <translation>Bedrohungsmodell: %1</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="110"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="121"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="122"/>
        <source>Reviewers</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="123"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="124"/>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="125"/>
        <location filename="../core/report/ReportSections.cpp" line="131"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="126"/>
        <source>Compliance</source>
        <translation>Compliance</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="127"/>
        <source>Risk method</source>
        <translation>Risikomethode</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="130"/>
        <source>Assets</source>
        <translation>Assets</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="131"/>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="131"/>
        <source>Classification</source>
        <translation>Klassifizierung</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="163"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="163"/>
        <location filename="../core/report/ReportSections.cpp" line="183"/>
        <location filename="../core/report/ReportSections.cpp" line="283"/>
        <source>Threats</source>
        <translation>Bedrohungen</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="177"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="183"/>
        <location filename="../core/report/ReportSections.cpp" line="207"/>
        <location filename="../core/report/ReportSections.cpp" line="283"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="191"/>
        <source>obsolete threats</source>
        <translation>veraltete Bedrohungen</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="193"/>
        <source>closed threats (mitigated, accepted, not applicable, transferred)</source>
        <translation>geschlossene Bedrohungen (gemindert, akzeptiert, nicht anwendbar, übertragen)</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="196"/>
        <source>Not included: %1.</source>
        <translation>Nicht enthalten: %1.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="206"/>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="206"/>
        <source>Threat</source>
        <translation>Bedrohung</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="206"/>
        <location filename="../core/report/ReportSections.cpp" line="299"/>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="207"/>
        <source>L × I</source>
        <translation>W × A</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="239"/>
        <source>On every hop of %1</source>
        <translation>Auf jedem Abschnitt von %1</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="242"/>
        <source>Also found as: %1</source>
        <translation>Auch gefunden als: %1</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="249"/>
        <source>%1 (obsolete)</source>
        <translation>%1 (veraltet)</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="269"/>
        <source>No threats to list.</source>
        <translation>Keine Bedrohungen aufzuführen.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="276"/>
        <source>The model has no mitigations yet.</source>
        <translation>Das Modell hat noch keine Gegenmaßnahmen.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="283"/>
        <source>Mitigation</source>
        <translation>Gegenmaßnahme</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="299"/>
        <source>Diagram</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="299"/>
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
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="31"/>
        <source>Threats</source>
        <translation>Bedrohungen</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="37"/>
        <source>Selection only</source>
        <translation>Nur Auswahl</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="38"/>
        <source>Obsolete</source>
        <translation>Veraltete</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="39"/>
        <source>Repeats</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="63"/>
        <source>Search threats</source>
        <translation>Bedrohungen durchsuchen</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="76"/>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="81"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="86"/>
        <source>All risks</source>
        <translation>Alle Risiken</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="94"/>
        <source>All OWASP</source>
        <translation>Alle OWASP</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="101"/>
        <source>Flat list</source>
        <translation>Flache Liste</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="102"/>
        <source>By element</source>
        <translation>Nach Element</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="103"/>
        <source>By category</source>
        <translation>Nach Kategorie</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="104"/>
        <source>By status</source>
        <translation>Nach Status</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="111"/>
        <source>Also list the threats that say what another threat on the same element or an earlier hop already says</source>
        <translation>Auch die Bedrohungen auflisten, die sagen, was eine andere Bedrohung am selben Element oder an einem früheren Abschnitt schon sagt</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="161"/>
        <source>&amp;Add Threat…</source>
        <translation>Bedrohung &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="163"/>
        <source>Add a threat of your own to the element selected on the canvas</source>
        <translation>Eine eigene Bedrohung zu dem auf der Zeichenfläche ausgewählten Element hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="164"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="168"/>
        <source>Remove threats whose rule no longer applies or whose element is gone, with the team&apos;s notes on them</source>
        <translation>Bedrohungen entfernen, deren Regel nicht mehr zutrifft oder deren Element nicht mehr existiert, samt den Notizen des Teams dazu</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="170"/>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="200"/>
        <source>&amp;Keep Apart</source>
        <translation>&amp;Getrennt halten</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="194"/>
        <source>&amp;Purge Obsolete (%1)</source>
        <translation>&amp;Veraltete entfernen (%1)</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="200"/>
        <source>Fold as &amp;Repeat</source>
        <translation>Als &amp;Wiederholung einordnen</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="201"/>
        <source>Fold this threat into the one it repeats again</source>
        <translation>Diese Bedrohung wieder der Bedrohung zuordnen, die sie wiederholt</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="202"/>
        <source>List this threat on its own although it repeats another one</source>
        <translation>Diese Bedrohung eigenständig auflisten, obwohl sie eine andere wiederholt</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="205"/>
        <source>%1 of %2 shown</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="246"/>
        <source>Add threat “%1”</source>
        <translation>Bedrohung „%1“ hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="267"/>
        <source>Edit threat</source>
        <translation>Bedrohung bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="276"/>
        <source>Purge obsolete threats</source>
        <translation>Veraltete Bedrohungen entfernen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="277"/>
        <source>Remove %n obsolete threat(s) from the register, with their scores and notes? Undo brings them back.</source>
        <translation>
            <numerusform>%n veraltete Bedrohung samt Bewertung und Notizen aus dem Register entfernen? „Rückgängig“ stellt sie wieder her.</numerusform>
            <numerusform>%n veraltete Bedrohungen samt Bewertungen und Notizen aus dem Register entfernen? „Rückgängig“ stellt sie wieder her.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="291"/>
        <source>Purge %n obsolete threat(s)</source>
        <translation>
            <numerusform>%n veraltete Bedrohung entfernen</numerusform>
            <numerusform>%n veraltete Bedrohungen entfernen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="304"/>
        <source>Keep threat apart</source>
        <translation>Bedrohung getrennt halten</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="304"/>
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
        <source>Exposes an API</source>
        <translation>Stellt eine API bereit</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="87"/>
        <source>The process offers a programmatic interface (REST, gRPC, GraphQL, webhooks) that other components or clients call. Most OWASP API Top 10 rules apply only when this is set.</source>
        <translation>Der Prozess bietet eine programmatische Schnittstelle (REST, gRPC, GraphQL, Webhooks), die andere Komponenten oder Clients aufrufen. Die meisten Regeln der OWASP API Top 10 greifen nur, wenn dies gesetzt ist.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="91"/>
        <source>Authenticates callers</source>
        <translation>Authentifiziert Aufrufer</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="92"/>
        <source>Every request&apos;s caller identity is verified here (token signature, issuer, audience and expiry; certificate; session).</source>
        <translation>Die Identität des Aufrufers wird hier bei jeder Anfrage geprüft (Token-Signatur, Aussteller, Audience und Ablaufzeit; Zertifikat; Sitzung).</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="95"/>
        <source>Authorizes requests</source>
        <translation>Autorisiert Anfragen</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="96"/>
        <source>Every request is checked on the server against the caller&apos;s roles or attributes before the function runs.</source>
        <translation>Jede Anfrage wird serverseitig anhand der Rollen oder Attribute des Aufrufers geprüft, bevor die Funktion ausgeführt wird.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="98"/>
        <source>Checks object ownership</source>
        <translation>Prüft Objektzugehörigkeit</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="99"/>
        <source>For every object id taken from a request, the process verifies that the authenticated caller may access that specific object (API1).</source>
        <translation>Für jede aus einer Anfrage übernommene Objekt-ID prüft der Prozess, ob der authentifizierte Aufrufer auf genau dieses Objekt zugreifen darf (API1).</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="102"/>
        <source>Filters response fields</source>
        <translation>Filtert Antwortfelder</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="103"/>
        <source>Responses are shaped on the server from an allowlist of fields per consumer and operation, not serialised whole from internal objects (API3).</source>
        <translation>Antworten werden serverseitig anhand einer Allowlist von Feldern je Konsument und Operation zusammengestellt, statt interne Objekte vollständig zu serialisieren (API3).</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="106"/>
        <source>Binds request bodies to models</source>
        <translation>Bindet Request-Bodys an Modelle</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="107"/>
        <source>Client-supplied JSON or form data is bound directly onto internal or ORM objects without an allowlist of writable fields (API3 mass assignment).</source>
        <translation>Vom Client gelieferte JSON- oder Formulardaten werden ohne Allowlist beschreibbarer Felder direkt an interne oder ORM-Objekte gebunden (API3, Mass Assignment).</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="110"/>
        <source>Validates input</source>
        <translation>Validiert Eingaben</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="111"/>
        <source>All incoming data is validated against a strict schema (types, lengths, ranges, formats) and non-conforming requests are rejected.</source>
        <translation>Alle eingehenden Daten werden gegen ein striktes Schema validiert (Typen, Längen, Wertebereiche, Formate), und nicht konforme Anfragen werden abgelehnt.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="114"/>
        <source>Rate limited</source>
        <translation>Mit Ratenbegrenzung</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="115"/>
        <source>Requests are limited per client, per IP and per endpoint, with request size and page size caps (API4).</source>
        <translation>Anfragen werden pro Client, pro IP und pro Endpunkt begrenzt, mit Obergrenzen für Anfrage- und Seitengröße (API4).</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="117"/>
        <source>Has administrative functions</source>
        <translation>Hat administrative Funktionen</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="118"/>
        <source>The process offers privileged operations (user management, configuration, refunds, deletes) besides its ordinary ones.</source>
        <translation>Der Prozess bietet neben seinen gewöhnlichen Operationen auch privilegierte (Benutzerverwaltung, Konfiguration, Erstattungen, Löschvorgänge).</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="121"/>
        <source>Has a sensitive business flow</source>
        <translation>Hat einen sensiblen Geschäftsablauf</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="122"/>
        <source>The process offers a flow that hurts the business when automated at scale: purchases of limited stock, sign-up, referral credits, coupon redemption, posting content (API6).</source>
        <translation>Der Prozess bietet einen Ablauf, der dem Geschäft schadet, wenn er in großem Umfang automatisiert wird: Käufe knapper Ware, Registrierung, Empfehlungsgutschriften, Einlösen von Gutscheinen, Veröffentlichen von Inhalten (API6).</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="126"/>
        <source>Bot / anti-automation protection</source>
        <translation>Bot- / Anti-Automatisierungsschutz</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="127"/>
        <source>Sensitive flows are protected against automation by device fingerprinting, challenges, behavioural analysis or business-level limits.</source>
        <translation>Sensible Abläufe sind durch Device Fingerprinting, Challenges, Verhaltensanalyse oder geschäftliche Limits gegen Automatisierung geschützt.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="130"/>
        <source>Fetches URLs</source>
        <translation>Ruft URLs ab</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="131"/>
        <source>The process makes outbound requests to URLs or hosts that are, or can be, influenced by a caller (webhooks, imports, previews, redirect and metadata URIs).</source>
        <translation>Der Prozess sendet ausgehende Anfragen an URLs oder Hosts, die ein Aufrufer beeinflusst oder beeinflussen kann (Webhooks, Importe, Vorschauen, Redirect- und Metadaten-URIs).</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="135"/>
        <source>Restricts outbound URLs</source>
        <translation>Beschränkt ausgehende URLs</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="136"/>
        <source>Outbound requests are limited to an allowlist of schemes, hosts and ports; private ranges and cloud metadata addresses are blocked and redirects are not followed blindly (API7).</source>
        <translation>Ausgehende Anfragen sind auf eine Allowlist von Schemata, Hosts und Ports beschränkt; private Adressbereiche und Cloud-Metadatenadressen werden blockiert, und Weiterleitungen wird nicht blind gefolgt (API7).</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="140"/>
        <source>Consumes third-party APIs</source>
        <translation>Nutzt APIs von Drittanbietern</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="141"/>
        <source>The process calls APIs operated by another organisation and acts on their responses.</source>
        <translation>Der Prozess ruft APIs auf, die eine andere Organisation betreibt, und handelt auf Grundlage ihrer Antworten.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="144"/>
        <source>Writes security logs</source>
        <translation>Schreibt Sicherheitslogs</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="145"/>
        <source>Authentication events, authorization failures, validation rejections and state changes are logged with the acting identity.</source>
        <translation>Authentifizierungsereignisse, fehlgeschlagene Autorisierungen, Ablehnungen durch die Validierung und Zustandsänderungen werden mit der handelnden Identität protokolliert.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="148"/>
        <source>Enforces MFA</source>
        <translation>Erzwingt MFA</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="149"/>
        <source>Sign-in and sensitive operations require a second factor.</source>
        <translation>Anmeldung und sensible Operationen erfordern einen zweiten Faktor.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="150"/>
        <source>Hardened configuration</source>
        <translation>Gehärtete Konfiguration</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="151"/>
        <source>The deployment follows a reviewed hardening baseline (no debug endpoints or default accounts, strict CORS, security headers, only needed HTTP methods) that is scanned automatically (API8).</source>
        <translation>Das Deployment folgt einer geprüften Härtungs-Baseline (keine Debug-Endpunkte oder Standardkonten, striktes CORS, Security-Header, nur benötigte HTTP-Methoden), deren Einhaltung automatisch gescannt wird (API8).</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="155"/>
        <source>Verbose error messages</source>
        <translation>Ausführliche Fehlermeldungen</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="156"/>
        <source>Error responses contain stack traces, SQL, internal host names, component versions or other internals.</source>
        <translation>Fehlerantworten enthalten Stacktraces, SQL, interne Hostnamen, Komponentenversionen oder andere Interna.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="158"/>
        <source>In the API inventory</source>
        <translation>Im API-Inventar</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="159"/>
        <source>Every deployed version, host and environment of this API is listed in a maintained inventory with an owner, an audience and a lifecycle (API9).</source>
        <translation>Jede bereitgestellte Version, jeder Host und jede Umgebung dieser API ist in einem gepflegten Inventar mit Eigentümer, Zielgruppe und Lebenszyklus erfasst (API9).</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="162"/>
        <source>Deprecated versions still live</source>
        <translation>Abgekündigte Versionen noch in Betrieb</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="163"/>
        <source>Older API versions, beta hosts or non-production environments of this API are still reachable.</source>
        <translation>Ältere API-Versionen, Beta-Hosts oder Nicht-Produktionsumgebungen dieser API sind noch erreichbar.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="165"/>
        <source>Runs privileged</source>
        <translation>Läuft privilegiert</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="166"/>
        <source>The process runs as root or administrator, or with broad cloud or database rights beyond what it needs.</source>
        <translation>Der Prozess läuft als root oder Administrator oder mit weitreichenden Cloud- oder Datenbankrechten, die über das Nötige hinausgehen.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="168"/>
        <source>Technology</source>
        <translation>Technologie</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="169"/>
        <source>Product and version, e.g. &apos;PostgreSQL 15&apos;, &apos;Amazon S3&apos;, &apos;Redis 7&apos;.</source>
        <translation>Produkt und Version, z. B. &apos;PostgreSQL 15&apos;, &apos;Amazon S3&apos;, &apos;Redis 7&apos;.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="171"/>
        <source>Encrypted at rest</source>
        <translation>Ruhende Daten verschlüsselt</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="172"/>
        <source>Stored data is encrypted with keys held in a key management service, not next to the data.</source>
        <translation>Gespeicherte Daten sind mit Schlüsseln verschlüsselt, die in einem Schlüsselverwaltungsdienst liegen und nicht neben den Daten.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="174"/>
        <source>Holds credentials or secrets</source>
        <translation>Enthält Zugangsdaten oder Geheimnisse</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="175"/>
        <source>The store contains passwords or password hashes, MFA seeds, API keys, tokens, private keys or other secrets.</source>
        <translation>Der Speicher enthält Passwörter oder Passwort-Hashes, MFA-Seeds, API-Schlüssel, Tokens, private Schlüssel oder andere Geheimnisse.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="177"/>
        <source>Holds personal data</source>
        <translation>Enthält personenbezogene Daten</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="178"/>
        <source>The store contains personally identifiable or otherwise regulated personal data.</source>
        <translation>Der Speicher enthält personenidentifizierende oder anderweitig regulierte personenbezogene Daten.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="181"/>
        <source>Is a log</source>
        <translation>Ist ein Log</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="182"/>
        <source>The store keeps audit or application logs. STRIDE per element applies repudiation to log stores only.</source>
        <translation>Der Speicher enthält Audit- oder Anwendungslogs. STRIDE-per-Element wendet Abstreitbarkeit nur auf Log-Speicher an.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="184"/>
        <source>Append-only / tamper-evident</source>
        <translation>Append-only / manipulationserkennbar</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="185"/>
        <source>Entries cannot be changed or deleted by the writers or by operators (WORM storage, hash chaining or signed batches).</source>
        <translation>Einträge können weder von den schreibenden Komponenten noch vom Betriebspersonal geändert oder gelöscht werden (WORM-Speicher, Hash-Verkettung oder signierte Batches).</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="187"/>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="188"/>
        <source>Wire protocol, e.g. &apos;HTTPS&apos;, &apos;HTTP&apos;, &apos;gRPC&apos;, &apos;WSS&apos;, &apos;JDBC/TLS&apos;, &apos;Kafka&apos;, &apos;AMQP&apos;.</source>
        <translation>Übertragungsprotokoll, z. B. &apos;HTTPS&apos;, &apos;HTTP&apos;, &apos;gRPC&apos;, &apos;WSS&apos;, &apos;JDBC/TLS&apos;, &apos;Kafka&apos;, &apos;AMQP&apos;.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="191"/>
        <source>Encrypted in transit</source>
        <translation>Bei Übertragung verschlüsselt</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="192"/>
        <source>TLS 1.2+ or an equivalent authenticated encryption protects the data on this flow.</source>
        <translation>TLS 1.2+ oder eine gleichwertige authentifizierte Verschlüsselung schützt die Daten auf diesem Datenfluss.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="195"/>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="196"/>
        <source>How the sender proves who it is on this flow.</source>
        <translation>Wie der Sender auf diesem Datenfluss seine Identität nachweist.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="197"/>
        <source>Data classification</source>
        <translation>Datenklassifizierung</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="198"/>
        <source>The most sensitive class of data this flow carries.</source>
        <translation>Die sensibelste Datenklasse, die dieser Datenfluss überträgt.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="199"/>
        <source>Object ids from the client</source>
        <translation>Objekt-IDs vom Client</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="200"/>
        <source>Requests name the objects they act on with client-supplied identifiers (path, query or body), e.g. /accounts/{accountId}.</source>
        <translation>Anfragen benennen die Objekte, auf die sie wirken, mit vom Client gelieferten Kennungen (Pfad, Query oder Body), z. B. /accounts/{accountId}.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="203"/>
        <source>Modifies state</source>
        <translation>Ändert Zustand</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="204"/>
        <source>Requests create, change or delete data (POST, PUT, PATCH, DELETE or equivalent), rather than only reading.</source>
        <translation>Anfragen erstellen, ändern oder löschen Daten (POST, PUT, PATCH, DELETE oder Gleichwertiges), statt sie nur zu lesen.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="206"/>
        <source>Token or key in URL</source>
        <translation>Token oder Schlüssel in URL</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="207"/>
        <source>An access token, session id or API key travels in the URL (query string or path).</source>
        <translation>Ein Access-Token, eine Session-ID oder ein API-Schlüssel wird in der URL übertragen (Query-String oder Pfad).</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="210"/>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="211"/>
        <source>The kind of network zone the boundary encloses. Kept for compatibility; boundary types express the same thing.</source>
        <translation>Die Art der Netzwerkzone, die die Grenze umschließt. Aus Kompatibilitätsgründen beibehalten; Grenztypen drücken dasselbe aus.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="213"/>
        <source>Requires PKCE</source>
        <translation>Erfordert PKCE</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="214"/>
        <source>The authorization code grant requires PKCE (S256) for every client, and always for public clients.</source>
        <translation>Der Authorization Code Grant erfordert PKCE (S256) für jeden Client und in jedem Fall für öffentliche Clients.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="216"/>
        <source>Allows the implicit grant</source>
        <translation>Erlaubt den Implicit Grant</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="217"/>
        <source>Clients may obtain access tokens through the deprecated implicit grant.</source>
        <translation>Clients dürfen Access-Tokens über den veralteten Implicit Grant beziehen.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="219"/>
        <source>Allows the password grant</source>
        <translation>Erlaubt den Password Grant</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="220"/>
        <source>Clients may use the resource owner password credentials grant, handling users&apos; passwords themselves.</source>
        <translation>Clients dürfen den Resource Owner Password Credentials Grant verwenden und verarbeiten dabei selbst die Passwörter der Benutzer.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="222"/>
        <source>Access token lifetime (minutes)</source>
        <translation>Lebensdauer von Access-Tokens (Minuten)</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="223"/>
        <source>Lifetime of issued access tokens in minutes; 0 when not stated.</source>
        <translation>Lebensdauer ausgestellter Access-Tokens in Minuten; 0, wenn nicht angegeben.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="225"/>
        <source>Rotates and revokes refresh tokens</source>
        <translation>Rotiert und widerruft Refresh-Tokens</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="226"/>
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
</context>
</TS>
