<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AlignCommand</name>
    <message>
        <location filename="../app/editor/commands/AlignCommand.cpp" line="14"/>
        <source>Align</source>
        <translation>Aligner</translation>
    </message>
</context>
<context>
    <name>BoundaryTool</name>
    <message>
        <location filename="../app/editor/tools/BoundaryTool.cpp" line="58"/>
        <source>Trust boundary</source>
        <translation>Frontière de confiance</translation>
    </message>
    <message>
        <location filename="../app/editor/tools/BoundaryTool.cpp" line="72"/>
        <source>Add trust boundary</source>
        <translation>Ajouter une frontière de confiance</translation>
    </message>
</context>
<context>
    <name>CreateShapeTool</name>
    <message>
        <location filename="../app/editor/tools/CreateShapeTool.cpp" line="27"/>
        <source>External entity</source>
        <translation>Entité externe</translation>
    </message>
    <message>
        <location filename="../app/editor/tools/CreateShapeTool.cpp" line="28"/>
        <source>Add external entity</source>
        <translation>Ajouter une entité externe</translation>
    </message>
    <message>
        <location filename="../app/editor/tools/CreateShapeTool.cpp" line="30"/>
        <source>Data store</source>
        <translation>Stockage de données</translation>
    </message>
    <message>
        <location filename="../app/editor/tools/CreateShapeTool.cpp" line="31"/>
        <source>Add data store</source>
        <translation>Ajouter un stockage de données</translation>
    </message>
    <message>
        <location filename="../app/editor/tools/CreateShapeTool.cpp" line="33"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../app/editor/tools/CreateShapeTool.cpp" line="34"/>
        <source>Add note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <location filename="../app/editor/tools/CreateShapeTool.cpp" line="36"/>
        <source>Process</source>
        <translation>Processus</translation>
    </message>
    <message>
        <location filename="../app/editor/tools/CreateShapeTool.cpp" line="37"/>
        <source>Add process</source>
        <translation>Ajouter un processus</translation>
    </message>
</context>
<context>
    <name>ElementClipboard</name>
    <message>
        <location filename="../app/editor/ElementClipboard.cpp" line="18"/>
        <source>Copied elements</source>
        <translation>Éléments copiés</translation>
    </message>
    <message>
        <location filename="../app/editor/ElementClipboard.cpp" line="43"/>
        <source>The clipboard is empty.</source>
        <translation>Le presse-papiers est vide.</translation>
    </message>
    <message>
        <location filename="../app/editor/ElementClipboard.cpp" line="52"/>
        <source>The clipboard holds no Latch elements (%1).</source>
        <translation>Le presse-papiers ne contient aucun élément Latch (%1).</translation>
    </message>
</context>
<context>
    <name>FlowTool</name>
    <message>
        <location filename="../app/editor/tools/FlowTool.cpp" line="48"/>
        <source>Data flow</source>
        <translation>Flux de données</translation>
    </message>
    <message>
        <location filename="../app/editor/tools/FlowTool.cpp" line="53"/>
        <source>Add data flow</source>
        <translation>Ajouter un flux de données</translation>
    </message>
</context>
<context>
    <name>MoveElementsCommand</name>
    <message>
        <location filename="../app/editor/commands/MoveElementsCommand.cpp" line="18"/>
        <source>Move</source>
        <translation>Déplacer</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/editor/ConflictedFile.cpp" line="23"/>
        <source>%1: git left merge conflict markers in it, and %2</source>
        <translation>%1 : git y a laissé des marqueurs de conflit, et %2</translation>
    </message>
    <message>
        <location filename="../app/editor/ConflictedFile.cpp" line="38"/>
        <source>its versions cannot be read from git (%1)</source>
        <translation>ses versions ne peuvent pas être lues depuis git (%1)</translation>
    </message>
    <message>
        <location filename="../app/editor/ConflictedFile.cpp" line="44"/>
        <source>git&apos;s version %1 does not load (%2)</source>
        <translation>la version %1 de git ne se charge pas (%2)</translation>
    </message>
    <message>
        <location filename="../app/editor/scene/GhostItem.cpp" line="33"/>
        <source>Removed since the compared version: %1</source>
        <translation>Supprimé depuis la version comparée : %1</translation>
    </message>
</context>
<context>
    <name>SelectTool</name>
    <message>
        <location filename="../app/editor/tools/SelectTool.cpp" line="109"/>
        <source>Bend flow</source>
        <translation>Couder le flux</translation>
    </message>
    <message>
        <location filename="../app/editor/tools/SelectTool.cpp" line="128"/>
        <source>Move label</source>
        <translation>Déplacer l’étiquette</translation>
    </message>
    <message>
        <location filename="../app/editor/tools/SelectTool.cpp" line="151"/>
        <source>Resize</source>
        <translation>Redimensionner</translation>
    </message>
    <message>
        <location filename="../app/editor/tools/SelectTool.cpp" line="285"/>
        <source>Reconnect flow</source>
        <translation>Reconnecter le flux</translation>
    </message>
</context>
<context>
    <name>latch::AddDiagramCommand</name>
    <message>
        <location filename="../app/editor/commands/DiagramCommands.cpp" line="19"/>
        <source>Add diagram</source>
        <translation>Ajouter un diagramme</translation>
    </message>
</context>
<context>
    <name>latch::ChangesDock</name>
    <message>
        <location filename="../app/editor/docks/ChangesDock.cpp" line="32"/>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ChangesDock.cpp" line="35"/>
        <source>Hide &amp;layout changes</source>
        <translation>Masquer les modifications de &amp;disposition</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ChangesDock.cpp" line="36"/>
        <source>&amp;End Comparison</source>
        <translation>&amp;Terminer la comparaison</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ChangesDock.cpp" line="46"/>
        <source>Element</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ChangesDock.cpp" line="46"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ChangesDock.cpp" line="46"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ChangesDock.cpp" line="46"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ChangesDock.cpp" line="80"/>
        <source>Not comparing. File → Compare With File… or Compare With Revision… shows what changed since another version.</source>
        <translation>Aucune comparaison. Fichier → Comparer avec un fichier… ou Comparer avec une révision… montre ce qui a changé depuis une autre version.</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ChangesDock.cpp" line="86"/>
        <source>No changes since %1.</source>
        <translation>Aucune modification depuis %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/docks/ChangesDock.cpp" line="87"/>
        <source>%n change(s) since %1.</source>
        <translation>
            <numerusform>%n modification depuis %1.</numerusform>
            <numerusform>%n modifications depuis %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ChangesDock.cpp" line="89"/>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ChangesDock.cpp" line="89"/>
        <source>Meaning</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ChangesDock.cpp" line="89"/>
        <source>Layout</source>
        <translation>Disposition</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ChangesDock.cpp" line="103"/>
        <source>%1 “%2”</source>
        <translation>%1 « %2 »</translation>
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
        <translation>Comparer avec un &amp;fichier…</translation>
    </message>
    <message>
        <location filename="../app/editor/window/CompareActions.cpp" line="42"/>
        <source>Compare With Re&amp;vision…</source>
        <translation>Comparer avec une ré&amp;vision…</translation>
    </message>
    <message>
        <location filename="../app/editor/window/CompareActions.cpp" line="44"/>
        <source>End Co&amp;mparison</source>
        <translation>Terminer la co&amp;mparaison</translation>
    </message>
    <message>
        <location filename="../app/editor/window/CompareActions.cpp" line="53"/>
        <source>Compare with</source>
        <translation>Comparer avec</translation>
    </message>
    <message>
        <location filename="../app/editor/window/CompareActions.cpp" line="54"/>
        <source>Latch models (*.tmodel);;All files (*)</source>
        <translation>Modèles Latch (*.tmodel);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../app/editor/window/CompareActions.cpp" line="66"/>
        <source>Compare with revision</source>
        <translation>Comparer avec une révision</translation>
    </message>
    <message>
        <location filename="../app/editor/window/CompareActions.cpp" line="67"/>
        <source>Compare with the model as this git revision has it (a branch, a tag, a commit, HEAD for the last commit, HEAD~1 for the one before):</source>
        <translation>Comparer avec le modèle tel que cette révision git le contient (une branche, une étiquette, un commit, HEAD pour le dernier commit, HEAD~1 pour le précédent) :</translation>
    </message>
    <message>
        <location filename="../app/editor/window/CompareActions.cpp" line="79"/>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
</context>
<context>
    <name>latch::Comparison</name>
    <message>
        <location filename="../app/editor/compare/Comparison.cpp" line="51"/>
        <source>The model has no file yet: save it in a git repository to compare it with a revision.</source>
        <translation>Le modèle n’a pas encore de fichier : enregistrez-le dans un dépôt git pour le comparer avec une révision.</translation>
    </message>
    <message>
        <location filename="../app/editor/compare/Comparison.cpp" line="58"/>
        <source>“%1” is not a git revision (a branch, a tag, a commit or HEAD~1).</source>
        <translation>« %1 » n’est pas une révision git (une branche, une étiquette, un commit ou HEAD~1).</translation>
    </message>
    <message>
        <location filename="../app/editor/compare/Comparison.cpp" line="69"/>
        <source>%1: cannot be read from git (%2)</source>
        <translation>%1 : illisible depuis git (%2)</translation>
    </message>
</context>
<context>
    <name>latch::ConflictsDock</name>
    <message>
        <location filename="../app/editor/docks/ConflictsDock.cpp" line="19"/>
        <source>Merge Conflicts</source>
        <translation>Conflits de fusion</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ConflictsDock.cpp" line="23"/>
        <source>Use &amp;Ours</source>
        <translation>Garder la &amp;nôtre</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ConflictsDock.cpp" line="24"/>
        <source>Use &amp;Theirs</source>
        <translation>Garder la &amp;leur</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ConflictsDock.cpp" line="25"/>
        <source>Use &amp;Base</source>
        <translation>Garder la &amp;base</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ConflictsDock.cpp" line="26"/>
        <source>&amp;Value…</source>
        <translation>&amp;Valeur…</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ConflictsDock.cpp" line="79"/>
        <source>base: %1
%2: %3
%4: %5</source>
        <translation>base : %1
%2 : %3
%4 : %5</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ConflictsDock.cpp" line="86"/>
        <source>No merge conflicts.</source>
        <translation>Aucun conflit de fusion.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/docks/ConflictsDock.cpp" line="89"/>
        <source>%n merge conflict(s) to resolve; the model holds ours until you choose.</source>
        <translation>
            <numerusform>%n conflit de fusion à résoudre ; le modèle garde la nôtre jusqu’à votre choix.</numerusform>
            <numerusform>%n conflits de fusion à résoudre ; le modèle garde la nôtre jusqu’à votre choix.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ConflictsDock.cpp" line="95"/>
        <source>Ours is %1, theirs is %2.</source>
        <translation>La nôtre est %1, la leur est %2.</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ConflictsDock.cpp" line="119"/>
        <location filename="../app/editor/docks/ConflictsDock.cpp" line="132"/>
        <source>Resolve Conflict</source>
        <translation>Résoudre le conflit</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ConflictsDock.cpp" line="120"/>
        <source>The value to keep, as JSON (%1 is &quot;%2&quot;; null removes it):</source>
        <translation>La valeur à garder, en JSON (%1 vaut « %2 » ; null la supprime) :</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ConflictsDock.cpp" line="133"/>
        <source>The conflict is left as it is: %1</source>
        <translation>Le conflit reste en l’état : %1</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ConflictsDock.cpp" line="137"/>
        <source>Resolve Merge Conflict</source>
        <translation>Résoudre le conflit de fusion</translation>
    </message>
</context>
<context>
    <name>latch::DiagramScene</name>
    <message>
        <location filename="../app/editor/scene/DiagramScene.cpp" line="390"/>
        <source>Delete element</source>
        <translation>Supprimer l&apos;élément</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/scene/DiagramScene.cpp" line="391"/>
        <source>Delete %n elements</source>
        <translation>
            <numerusform>Supprimer %n élément</numerusform>
            <numerusform>Supprimer %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/editor/scene/DiagramScene.cpp" line="491"/>
        <source>Remove bend point</source>
        <translation>Supprimer le point de courbure</translation>
    </message>
    <message>
        <location filename="../app/editor/scene/DiagramScene.cpp" line="503"/>
        <source>Add bend point</source>
        <translation>Ajouter un point de courbure</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/scene/DiagramScene.cpp" line="590"/>
        <source>%n unresolved threat(s):</source>
        <translation>
            <numerusform>%n menace non résolue :</numerusform>
            <numerusform>%n menaces non résolues :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/scene/DiagramScene.cpp" line="595"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latch::DisplayNames</name>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="25"/>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="27"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="29"/>
        <source>Mitigated</source>
        <translation>Atténuée</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="31"/>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="33"/>
        <source>Not applicable</source>
        <translation>Non applicable</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="35"/>
        <source>Transferred</source>
        <translation>Transférée</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="44"/>
        <source>Proposed</source>
        <translation>Proposée</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="46"/>
        <source>Implemented</source>
        <translation>Mise en œuvre</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="48"/>
        <source>Verified</source>
        <translation>Vérifiée</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="57"/>
        <source>critical</source>
        <translation>critique</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="59"/>
        <source>high</source>
        <translation>élevé</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="61"/>
        <source>medium</source>
        <translation>moyen</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="63"/>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="67"/>
        <source>unscored</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="75"/>
        <source>Spoofing</source>
        <translation>Usurpation d&apos;identité</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="76"/>
        <source>Tampering</source>
        <translation>Falsification</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="77"/>
        <source>Repudiation</source>
        <translation>Répudiation</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="79"/>
        <source>Information disclosure</source>
        <translation>Divulgation d&apos;informations</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="80"/>
        <source>Denial of service</source>
        <translation>Déni de service</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="82"/>
        <source>Elevation of privilege</source>
        <translation>Élévation de privilèges</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="83"/>
        <source>Linking</source>
        <translation>Liaison</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="84"/>
        <source>Identifying</source>
        <translation>Identification</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="85"/>
        <source>Non-repudiation</source>
        <translation>Non-répudiation</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="86"/>
        <source>Detecting</source>
        <translation>Détection</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="87"/>
        <source>Data disclosure</source>
        <translation>Divulgation de données</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="88"/>
        <source>Unawareness</source>
        <translation>Méconnaissance</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="89"/>
        <source>Non-compliance</source>
        <translation>Non-conformité</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="90"/>
        <source>Confidentiality</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="91"/>
        <source>Integrity</source>
        <translation>Intégrité</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="92"/>
        <source>Availability</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="107"/>
        <source>public</source>
        <translation>public</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="109"/>
        <source>internal</source>
        <translation>interne</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="111"/>
        <source>confidential</source>
        <translation>confidentiel</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="113"/>
        <source>restricted</source>
        <translation>restreint</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="120"/>
        <source>model</source>
        <translation>modèle</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="121"/>
        <source>diagram</source>
        <translation>diagramme</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="122"/>
        <source>external entity</source>
        <translation>entité externe</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="123"/>
        <source>process</source>
        <translation>processus</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="124"/>
        <source>data store</source>
        <translation>stockage de données</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="125"/>
        <source>data flow</source>
        <translation>flux de données</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="126"/>
        <source>trust boundary</source>
        <translation>frontière de confiance</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="127"/>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="128"/>
        <source>threat</source>
        <translation>menace</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="129"/>
        <source>mitigation</source>
        <translation>mesure d’atténuation</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="130"/>
        <source>asset</source>
        <translation>actif</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="139"/>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="140"/>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="141"/>
        <source>renamed</source>
        <translation>renommé</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="142"/>
        <source>type changed</source>
        <translation>type modifié</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="144"/>
        <location filename="../core/report/language/DisplayNames.cpp" line="146"/>
        <source>description changed</source>
        <translation>description modifiée</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="147"/>
        <source>property changed</source>
        <translation>propriété modifiée</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="148"/>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="149"/>
        <source>ends changed</source>
        <translation>extrémités modifiées</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="151"/>
        <source>direction changed</source>
        <translation>sens modifié</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="153"/>
        <source>boundaries crossed changed</source>
        <translation>frontières traversées modifiées</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="155"/>
        <source>enclosing boundaries changed</source>
        <translation>frontières englobantes modifiées</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="156"/>
        <source>moved</source>
        <translation>déplacé</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="157"/>
        <source>resized</source>
        <translation>redimensionné</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="159"/>
        <source>bend points changed</source>
        <translation>points de courbure modifiés</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="161"/>
        <source>moved to another diagram</source>
        <translation>déplacé dans un autre diagramme</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="162"/>
        <source>status changed</source>
        <translation>statut modifié</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="164"/>
        <source>justification changed</source>
        <translation>justification modifiée</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="165"/>
        <source>DREAD score changed</source>
        <translation>score DREAD modifié</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="166"/>
        <source>risk rating changed</source>
        <translation>évaluation du risque modifiée</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="167"/>
        <source>title changed</source>
        <translation>titre modifié</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="168"/>
        <source>category changed</source>
        <translation>catégorie modifiée</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="169"/>
        <source>made obsolete</source>
        <translation>rendue obsolète</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="170"/>
        <source>revived</source>
        <translation>de nouveau applicable</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="171"/>
        <source>mitigation linked</source>
        <translation>mesure d’atténuation liée</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="173"/>
        <source>mitigation unlinked</source>
        <translation>mesure d’atténuation déliée</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="175"/>
        <source>objective changed</source>
        <translation>objectif modifié</translation>
    </message>
    <message>
        <location filename="../core/report/language/DisplayNames.cpp" line="177"/>
        <source>rule library changed</source>
        <translation>bibliothèque de règles modifiée</translation>
    </message>
</context>
<context>
    <name>latch::Document</name>
    <message>
        <location filename="../app/editor/Document.cpp" line="56"/>
        <location filename="../app/editor/Document.cpp" line="70"/>
        <source>the model&apos;s own library</source>
        <translation>la bibliothèque intégrée au modèle</translation>
    </message>
    <message>
        <location filename="../app/editor/Document.cpp" line="168"/>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
</context>
<context>
    <name>latch::DreadDock</name>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="65"/>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="71"/>
        <source>Clear Score</source>
        <translation>Effacer le score</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="117"/>
        <source>&amp;Damage</source>
        <translation>&amp;Dommages</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="117"/>
        <source>&amp;Reproducibility</source>
        <translation>&amp;Reproductibilité</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="118"/>
        <source>E&amp;xploitability</source>
        <translation>E&amp;xploitabilité</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="118"/>
        <source>&amp;Affected users</source>
        <translation>&amp;Utilisateurs affectés</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="119"/>
        <source>D&amp;iscoverability</source>
        <translation>Dé&amp;couvrabilité</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="121"/>
        <source>Damage potential: how bad is it when the attack succeeds?
1 = nothing of value is harmed; 10 = the system or all of its data is lost or exposed.</source>
        <translation>Dommages potentiels&#xa0;: quelle est la gravité si l&apos;attaque réussit&#xa0;?
1 = rien de valeur n&apos;est touché&#xa0;; 10 = le système ou toutes ses données sont perdus ou exposés.</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="124"/>
        <source>Reproducibility: how reliably does the attack work when tried again?
1 = only under rare conditions or a narrow timing window; 10 = every time.</source>
        <translation>Reproductibilité&#xa0;: l&apos;attaque fonctionne-t-elle de façon fiable lorsqu&apos;on la retente&#xa0;?
1 = seulement dans des conditions rares ou dans une fenêtre temporelle étroite&#xa0;; 10 = à chaque fois.</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="126"/>
        <source>Exploitability: how much skill, time and tooling does the attack need?
1 = expert knowledge and custom tools; 10 = a browser or a published script.</source>
        <translation>Exploitabilité&#xa0;: combien de compétences, de temps et d&apos;outils l&apos;attaque exige-t-elle&#xa0;?
1 = connaissances d&apos;expert et outils sur mesure&#xa0;; 10 = un navigateur ou un script publié.</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="128"/>
        <source>Affected users: how many users suffer when it happens?
1 = one user or none; 10 = every user of the system.</source>
        <translation>Utilisateurs affectés&#xa0;: combien d&apos;utilisateurs en pâtissent si l&apos;attaque se produit&#xa0;?
1 = un seul utilisateur ou aucun&#xa0;; 10 = tous les utilisateurs du système.</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="130"/>
        <source>Discoverability: how easily can an attacker find the weakness?
1 = needs source code or inside knowledge; 10 = visible in the interface, the API or public documentation.</source>
        <translation>Découvrabilité&#xa0;: avec quelle facilité un attaquant peut-il trouver la faiblesse&#xa0;?
1 = nécessite le code source ou des connaissances internes&#xa0;; 10 = visible dans l&apos;interface, l&apos;API ou la documentation publique.</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="154"/>
        <source>How likely is the attack to happen?
1 = rare, needs unlikely circumstances; 5 = expected, probably already tried.</source>
        <translation>Quelle est la probabilité que l&apos;attaque se produise&#xa0;?
1 = rare, nécessite des circonstances improbables&#xa0;; 5 = attendue, probablement déjà tentée.</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="157"/>
        <source>How severe is the harm when it happens?
1 = negligible; 5 = severe: large loss, breach or outage.</source>
        <translation>Quelle est la gravité du préjudice si l&apos;attaque se produit&#xa0;?
1 = négligeable&#xa0;; 5 = grave&#xa0;: perte importante, violation de données ou interruption de service.</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="166"/>
        <source>&amp;Likelihood</source>
        <translation>&amp;Probabilité</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="168"/>
        <source>&amp;Impact</source>
        <translation>&amp;Impact</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="202"/>
        <source>Choose a threat in the Threats panel.</source>
        <translation>Choisissez une menace dans le panneau Menaces.</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="232"/>
        <source>not scored</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="257"/>
        <source>Score “%1”</source>
        <translation>Noter «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="272"/>
        <source>Rate “%1”</source>
        <translation>Évaluer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="286"/>
        <source>Clear score of “%1”</source>
        <translation>Effacer le score de «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>latch::ElementMenu</name>
    <message>
        <location filename="../app/editor/window/ElementMenu.cpp" line="42"/>
        <source>&amp;Properties</source>
        <translation>&amp;Propriétés</translation>
    </message>
    <message>
        <location filename="../app/editor/window/ElementMenu.cpp" line="46"/>
        <source>&amp;Threats of This Element</source>
        <translation>&amp;Menaces de cet élément</translation>
    </message>
</context>
<context>
    <name>latch::ExportDialog</name>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="33"/>
        <source>PDF report</source>
        <translation>Rapport PDF</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="34"/>
        <source>HTML report</source>
        <translation>Rapport HTML</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="35"/>
        <source>Threat register (CSV)</source>
        <translation>Registre des menaces (CSV)</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="37"/>
        <source>Diagram (SVG)</source>
        <translation>Diagramme (SVG)</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="38"/>
        <source>Diagram (PNG)</source>
        <translation>Diagramme (PNG)</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="39"/>
        <source>Register (Markdown)</source>
        <translation>Registre (Markdown)</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="41"/>
        <source>Jira issues (CSV)</source>
        <translation>Tickets Jira (CSV)</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="43"/>
        <source>GitLab issues (CSV)</source>
        <translation>Tickets GitLab (CSV)</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="55"/>
        <source>Include obsolete threats</source>
        <translation>Inclure les menaces obsolètes</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="56"/>
        <source>Only open and in-progress threats</source>
        <translation>Uniquement les menaces ouvertes et en cours</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="59"/>
        <source>Pre&amp;view…</source>
        <translation>&amp;Aperçu…</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="62"/>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="187"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="68"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="69"/>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="83"/>
        <source> ×</source>
        <translation>&#xa0;×</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="87"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="88"/>
        <source>&amp;Page size:</source>
        <translation>&amp;Taille de page&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="91"/>
        <source>&amp;Diagram:</source>
        <translation>&amp;Diagramme&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="92"/>
        <source>&amp;Scale:</source>
        <translation>É&amp;chelle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="95"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="129"/>
        <source>Cover, summary, diagrams, the register by risk, mitigations and an appendix of elements.</source>
        <translation>Page de garde, synthèse, diagrammes, registre classé par risque, contre-mesures et annexe des éléments.</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="132"/>
        <source>The chosen diagram, with element numbers as in the report.</source>
        <translation>Le diagramme choisi, avec la numérotation des éléments du rapport.</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="134"/>
        <source>The open threats, one issue each, for the tracker&apos;s CSV import. Nothing is sent anywhere.</source>
        <translation>Les menaces ouvertes, un ticket chacune, pour l’import CSV de l’outil de suivi. Rien n’est envoyé nulle part.</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="137"/>
        <source>The register as one Markdown document, for a wiki page or a pull request.</source>
        <translation>Le registre en un seul document Markdown, pour une page de wiki ou une pull request.</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="140"/>
        <source>One row per threat, highest risk first; UTF-8, RFC 4180.</source>
        <translation>Une ligne par menace, risque le plus élevé en premier&#xa0;; UTF-8, RFC 4180.</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="161"/>
        <source>Report preview</source>
        <translation>Aperçu du rapport</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="174"/>
        <source>threat-model</source>
        <translation>modèle-de-menaces</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="202"/>
        <source>Export failed</source>
        <translation>Échec de l&apos;exportation</translation>
    </message>
</context>
<context>
    <name>latch::InlineRenamer</name>
    <message>
        <location filename="../app/editor/window/InlineRenamer.cpp" line="57"/>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
</context>
<context>
    <name>latch::MainWindow</name>
    <message>
        <location filename="../app/editor/window/ExchangeDialogs.cpp" line="17"/>
        <source>Import a model</source>
        <translation>Importer un modèle</translation>
    </message>
    <message>
        <location filename="../app/editor/window/ExchangeDialogs.cpp" line="18"/>
        <source>Models of other tools (*.json *.tm7);;Threat Dragon (*.json);;Microsoft Threat Modeling Tool (*.tm7);;Open Threat Model (*.json);;All files (*)</source>
        <translation>Modèles d&apos;autres outils (*.json *.tm7);;Threat Dragon (*.json);;Microsoft Threat Modeling Tool (*.tm7);;Open Threat Model (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../app/editor/window/ExchangeDialogs.cpp" line="28"/>
        <source>Cannot import</source>
        <translation>Importation impossible</translation>
    </message>
    <message>
        <location filename="../app/editor/window/ExchangeDialogs.cpp" line="33"/>
        <source>Imported</source>
        <translation>Importation terminée</translation>
    </message>
    <message>
        <location filename="../app/editor/window/ExchangeDialogs.cpp" line="34"/>
        <source>%1 (%2):
%3</source>
        <translation>%1 (%2)&#xa0;:
%3</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/window/ExchangeDialogs.cpp" line="38"/>
        <source>%n thing(s) could not be taken over as they were; see the details.</source>
        <translation>
            <numerusform>%n élément n&apos;a pas pu être repris tel quel&#xa0;; voir les détails.</numerusform>
            <numerusform>%n éléments n&apos;ont pas pu être repris tels quels&#xa0;; voir les détails.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/editor/window/ExchangeDialogs.cpp" line="49"/>
        <source>Use a rule library</source>
        <translation>Utiliser une bibliothèque de règles</translation>
    </message>
    <message>
        <location filename="../app/editor/window/ExchangeDialogs.cpp" line="50"/>
        <source>Rule libraries (*.json *.tb7 *.tm7);;Latch rule libraries (*.json);;Threat Modeling Tool templates (*.tb7 *.tm7)</source>
        <translation>Bibliothèques de règles (*.json *.tb7 *.tm7);;Bibliothèques de règles Latch (*.json);;Gabarits Threat Modeling Tool (*.tb7 *.tm7)</translation>
    </message>
    <message>
        <location filename="../app/editor/window/ExchangeDialogs.cpp" line="56"/>
        <source>Cannot use this library</source>
        <translation>Impossible d&apos;utiliser cette bibliothèque</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="163"/>
        <source>Untitled model</source>
        <translation>Modèle sans titre</translation>
    </message>
    <message>
        <location filename="../app/editor/window/WindowManager.cpp" line="90"/>
        <source>an unsaved model</source>
        <translation>un modèle non enregistré</translation>
    </message>
    <message>
        <location filename="../app/editor/window/WindowManager.cpp" line="93"/>
        <source>Restore unsaved work</source>
        <translation>Restaurer le travail non enregistré</translation>
    </message>
    <message>
        <location filename="../app/editor/window/WindowManager.cpp" line="94"/>
        <source>Latch did not close normally. Restore the unsaved changes to:
%1</source>
        <translation>Latch ne s&apos;est pas fermé normalement. Restaurer les modifications non enregistrées apportées à&#xa0;:
%1</translation>
    </message>
    <message>
        <location filename="../app/editor/window/WindowManager.cpp" line="106"/>
        <source>Cannot restore</source>
        <translation>Restauration impossible</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="231"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="263"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="264"/>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="265"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../app/editor/window/WindowManager.cpp" line="54"/>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="268"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="270"/>
        <source>Use Rule &amp;Library…</source>
        <translation>Utiliser une &amp;bibliothèque de règles…</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="273"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="274"/>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="275"/>
        <location filename="../app/editor/window/MainWindow.cpp" line="433"/>
        <source>Save model</source>
        <translation>Enregistrer le modèle</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="281"/>
        <source>Re&amp;vert</source>
        <translation>Re&amp;venir à la version enregistrée</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="285"/>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="288"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="289"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="291"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="292"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="294"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../app/editor/window/EditActions.cpp" line="44"/>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <location filename="../app/editor/window/EditActions.cpp" line="45"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../app/editor/window/EditActions.cpp" line="46"/>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <location filename="../app/editor/window/EditActions.cpp" line="48"/>
        <source>D&amp;uplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <location filename="../app/editor/window/EditActions.cpp" line="49"/>
        <source>&amp;Rename…</source>
        <translation>Re&amp;nommer…</translation>
    </message>
    <message>
        <location filename="../app/editor/window/EditActions.cpp" line="50"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../app/editor/window/EditActions.cpp" line="51"/>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <location filename="../app/editor/window/EditActions.cpp" line="52"/>
        <source>&amp;Straighten Flow</source>
        <translation>&amp;Redresser le flux</translation>
    </message>
    <message>
        <location filename="../app/editor/window/EditActions.cpp" line="122"/>
        <location filename="../app/editor/window/EditActions.cpp" line="124"/>
        <source>Straighten flow</source>
        <translation>Redresser le flux</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="302"/>
        <source>Pre&amp;ferences…</source>
        <translation>Pré&amp;férences…</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="324"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="326"/>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="327"/>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="328"/>
        <source>&amp;Fit to Diagram</source>
        <translation>Ajuster au &amp;diagramme</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="330"/>
        <source>&amp;Snap to Grid</source>
        <translation>Magnétisme de la &amp;grille</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="335"/>
        <source>Risk &amp;Badges</source>
        <translation>Pas&amp;tilles de risque</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="337"/>
        <source>Show each element&apos;s unresolved threats; hide them for clean screenshots</source>
        <translation>Afficher les menaces non résolues de chaque élément&#xa0;; les masquer pour des captures d&apos;écran épurées</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="344"/>
        <source>&amp;Panels</source>
        <translation>&amp;Panneaux</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="307"/>
        <source>&amp;Arrange</source>
        <translation>Dis&amp;position</translation>
    </message>
    <message>
        <location filename="../app/editor/window/EditActions.cpp" line="74"/>
        <source>Align &amp;Left</source>
        <translation>Aligner à &amp;gauche</translation>
    </message>
    <message>
        <location filename="../app/editor/window/EditActions.cpp" line="75"/>
        <source>Align &amp;Right</source>
        <translation>Aligner à &amp;droite</translation>
    </message>
    <message>
        <location filename="../app/editor/window/EditActions.cpp" line="76"/>
        <source>Align &amp;Top</source>
        <translation>Aligner en &amp;haut</translation>
    </message>
    <message>
        <location filename="../app/editor/window/EditActions.cpp" line="77"/>
        <source>Align &amp;Bottom</source>
        <translation>Aligner en &amp;bas</translation>
    </message>
    <message>
        <location filename="../app/editor/window/EditActions.cpp" line="78"/>
        <source>Centre &amp;Horizontally</source>
        <translation>Centrer hori&amp;zontalement</translation>
    </message>
    <message>
        <location filename="../app/editor/window/EditActions.cpp" line="79"/>
        <source>Centre &amp;Vertically</source>
        <translation>Centrer &amp;verticalement</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="300"/>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="309"/>
        <source>&amp;Diagram</source>
        <translation>Dia&amp;gramme</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="310"/>
        <source>&amp;Add Diagram</source>
        <translation>&amp;Ajouter un diagramme</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="311"/>
        <source>&amp;Rename Diagram…</source>
        <translation>&amp;Renommer le diagramme…</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="313"/>
        <source>&amp;Delete Diagram</source>
        <translation>&amp;Supprimer le diagramme</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="316"/>
        <source>&amp;Next Diagram</source>
        <translation>Diagramme &amp;suivant</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="318"/>
        <source>&amp;Previous Diagram</source>
        <translation>Diagramme &amp;précédent</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="352"/>
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="361"/>
        <source>Select</source>
        <translation>Sélectionner</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="362"/>
        <source>External entity</source>
        <translation>Entité externe</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="363"/>
        <source>Process</source>
        <translation>Processus</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="364"/>
        <source>Data store</source>
        <translation>Stockage de données</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="365"/>
        <source>Data flow</source>
        <translation>Flux de données</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="366"/>
        <source>Trust boundary</source>
        <translation>Frontière de confiance</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="367"/>
        <source>Boundary line</source>
        <translation>Ligne de frontière</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="368"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="408"/>
        <source>%1 diagrams, %2 elements, %3 threats: %4 open, %5 in progress, %6 mitigated, %7 accepted</source>
        <translation>%1 diagrammes, %2 éléments, %3 menaces&#xa0;: %4 ouvertes, %5 en cours, %6 atténuées, %7 acceptées</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="422"/>
        <source>%1 %2</source>
        <translation>%2 (%1)</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="425"/>
        <source> · unresolved: %1</source>
        <translation> · non résolues&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="443"/>
        <source>Save failed</source>
        <translation>Échec de l&apos;enregistrement</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/window/MainWindow.cpp" line="449"/>
        <source>Saved %1; %n merge conflict(s) remain</source>
        <translation>
            <numerusform>%1 enregistré ; %n conflit de fusion reste</numerusform>
            <numerusform>%1 enregistré ; %n conflits de fusion restent</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="451"/>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="461"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="462"/>
        <source>%1 has changes that are not saved.</source>
        <translation>%1 comporte des modifications non enregistrées.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/window/MainWindow.cpp" line="487"/>
        <source>%n rule library(s) could not be loaded</source>
        <translation>
            <numerusform>%n bibliothèque de règles n&apos;a pas pu être chargée</numerusform>
            <numerusform>%n bibliothèques de règles n&apos;ont pas pu être chargées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="490"/>
        <source>Until they load, threats of their rules are kept as they are, not made obsolete.</source>
        <translation>Tant qu&apos;elles ne sont pas chargées, les menaces de leurs règles restent telles quelles et ne deviennent pas obsolètes.</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="496"/>
        <source>Rule libraries</source>
        <translation>Bibliothèques de règles</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="497"/>
        <source>Some rule libraries could not be loaded. Until they load, threats of their rules are kept as they are, not made obsolete.</source>
        <translation>Certaines bibliothèques de règles n&apos;ont pas pu être chargées. Tant qu&apos;elles ne sont pas chargées, les menaces de leurs règles restent telles quelles et ne deviennent pas obsolètes.</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="509"/>
        <source>Autosave failed: %1</source>
        <translation>Échec de l&apos;enregistrement automatique&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="510"/>
        <source>Autosave failed: the recovery copy is out of date</source>
        <translation>Échec de l&apos;enregistrement automatique&#xa0;: la copie de récupération n&apos;est plus à jour</translation>
    </message>
    <message>
        <location filename="../app/editor/window/WindowManager.cpp" line="45"/>
        <source>Cannot open</source>
        <translation>Ouverture impossible</translation>
    </message>
    <message>
        <location filename="../app/editor/window/WindowManager.cpp" line="36"/>
        <source>Open model</source>
        <translation>Ouvrir un modèle</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="566"/>
        <source>Use rule library %1</source>
        <translation>Utiliser la bibliothèque de règles %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/window/MainWindow.cpp" line="568"/>
        <source>%n threat type(s) of the template could not be converted</source>
        <translation>
            <numerusform>%n type de menace du gabarit n&apos;a pas pu être converti</numerusform>
            <numerusform>%n types de menaces du gabarit n&apos;ont pas pu être convertis</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="578"/>
        <source>Revert</source>
        <translation>Revenir à la version enregistrée</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="579"/>
        <source>Discard every change since the last save?</source>
        <translation>Abandonner toutes les modifications depuis le dernier enregistrement&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/editor/window/EditActions.cpp" line="181"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/window/EditActions.cpp" line="182"/>
        <source>The selection has %n attached data flow(s). Delete them too?</source>
        <translation>
            <numerusform>La sélection comporte %n flux de données rattaché. Le supprimer aussi&#xa0;?</numerusform>
            <numerusform>La sélection comporte %n flux de données rattachés. Les supprimer aussi&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/window/EditActions.cpp" line="214"/>
        <source>Paste %n element(s)</source>
        <translation>
            <numerusform>Coller %n élément</numerusform>
            <numerusform>Coller %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/editor/window/DiagramTabs.cpp" line="181"/>
        <source>Diagram %1</source>
        <translation>Diagramme %1</translation>
    </message>
    <message>
        <location filename="../app/editor/window/DiagramTabs.cpp" line="194"/>
        <source>Rename diagram</source>
        <translation>Renommer le diagramme</translation>
    </message>
    <message>
        <location filename="../app/editor/window/DiagramTabs.cpp" line="194"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/editor/window/DiagramTabs.cpp" line="203"/>
        <source>Delete diagram</source>
        <translation>Supprimer le diagramme</translation>
    </message>
    <message>
        <location filename="../app/editor/window/DiagramTabs.cpp" line="204"/>
        <source>A model keeps at least one diagram.</source>
        <translation>Un modèle doit conserver au moins un diagramme.</translation>
    </message>
    <message>
        <location filename="../app/editor/window/ElementFinder.cpp" line="20"/>
        <source>Find an element by name</source>
        <translation>Rechercher un élément par son nom</translation>
    </message>
</context>
<context>
    <name>latch::MitigationsDock</name>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="35"/>
        <source>Mitigations</source>
        <translation>Contre-mesures</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="79"/>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="83"/>
        <source>Why this status: what was decided, by whom, and what it rests on</source>
        <translation>Pourquoi ce statut&#xa0;: ce qui a été décidé, par qui, et sur quoi cela repose</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="85"/>
        <source>&amp;Justification:</source>
        <translation>&amp;Justification&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="91"/>
        <source>Linked mitigations:</source>
        <translation>Contre-mesures liées&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="99"/>
        <source>&amp;Link</source>
        <translation>&amp;Lier</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="101"/>
        <source>&amp;Unlink</source>
        <translation>&amp;Délier</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="113"/>
        <source>Suggested by the rule:</source>
        <translation>Suggérées par la règle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="118"/>
        <source>Add to Catalog and Lin&amp;k</source>
        <translation>Ajouter au &amp;catalogue et lier</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="135"/>
        <source>Mitigation catalog of the model:</source>
        <translation>Catalogue des contre-mesures du modèle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="138"/>
        <source>Mitigation</source>
        <translation>Contre-mesure</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="138"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="138"/>
        <source>Threats</source>
        <translation>Menaces</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="148"/>
        <source>&amp;New…</source>
        <translation>&amp;Nouvelle…</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="149"/>
        <source>&amp;Remove</source>
        <translation>Supp&amp;rimer</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="172"/>
        <source>Choose a threat in the Threats panel.</source>
        <translation>Choisissez une menace dans le panneau Menaces.</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="269"/>
        <source>Set “%1” to %2</source>
        <translation>Passer «&#xa0;%1&#xa0;» au statut %2</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="280"/>
        <source>Justify “%1”</source>
        <translation>Justifier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="290"/>
        <source>Link “%1”</source>
        <translation>Lier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="301"/>
        <source>Unlink “%1”</source>
        <translation>Délier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="320"/>
        <source>Adopt mitigation “%1”</source>
        <translation>Adopter la contre-mesure «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="339"/>
        <source>New mitigation “%1”</source>
        <translation>Nouvelle contre-mesure «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="346"/>
        <source>New mitigation</source>
        <translation>Nouvelle contre-mesure</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="346"/>
        <source>Title:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="360"/>
        <source>Mark “%1” %2</source>
        <translation>Marquer «&#xa0;%1&#xa0;» comme %2</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="376"/>
        <source>Remove mitigation “%1”</source>
        <translation>Supprimer la contre-mesure «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="391"/>
        <source>Rename mitigation</source>
        <translation>Renommer la contre-mesure</translation>
    </message>
</context>
<context>
    <name>latch::MoveDiagramCommand</name>
    <message>
        <location filename="../app/editor/commands/DiagramCommands.cpp" line="65"/>
        <source>Move diagram</source>
        <translation>Déplacer le diagramme</translation>
    </message>
</context>
<context>
    <name>latch::ObjectivesDock</name>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="41"/>
        <source>LINDDUN: privacy threats (linking, identifying, non-repudiation, detecting, data disclosure, unawareness, non-compliance), driven by the personal-data properties of flows and stores</source>
        <translation>LINDDUN&#xa0;: menaces pour la vie privée (corrélation, identification, non-répudiation, détection, divulgation de données, méconnaissance, non-conformité), déterminées par les propriétés de données personnelles des flux et des stockages</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="45"/>
        <source>CIA: threats to confidentiality, integrity and availability</source>
        <translation>CIA&#xa0;: menaces pour la confidentialité, l’intégrité et la disponibilité</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="46"/>
        <source>STRIDE per element and per interaction, with the OWASP API Security Top 10 and OAuth 2.0 rules</source>
        <translation>STRIDE par élément et par interaction, avec les règles OWASP API Security Top 10 et OAuth 2.0</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="56"/>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="71"/>
        <source>Names, separated by commas</source>
        <translation>Noms, séparés par des virgules</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="72"/>
        <source>What is in scope, and what is deliberately left out</source>
        <translation>Ce qui entre dans le périmètre, et ce qui en est délibérément exclu</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="75"/>
        <source>Other regimes, separated by commas</source>
        <translation>Autres référentiels, séparés par des virgules</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="76"/>
        <source>DREAD (five ratings, 1–10)</source>
        <translation>DREAD (cinq notes, 1–10)</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="77"/>
        <source>Likelihood × impact (1–5 each)</source>
        <translation>Probabilité × impact (1–5 chacun)</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="90"/>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="169"/>
        <source>Change compliance regimes</source>
        <translation>Modifier les référentiels de conformité</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="117"/>
        <source>Use %1</source>
        <translation>Utiliser %1</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="117"/>
        <source>Stop using %1</source>
        <translation>Ne plus utiliser %1</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="123"/>
        <source>Asset</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="123"/>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="123"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="129"/>
        <source>Add &amp;Asset</source>
        <translation>Ajouter un &amp;actif</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="130"/>
        <source>Remove Asset</source>
        <translation>Supprimer l&apos;actif</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="139"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="140"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="141"/>
        <source>Re&amp;viewers:</source>
        <translation>Re&amp;lecteurs&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="142"/>
        <source>&amp;Scope:</source>
        <translation>&amp;Périmètre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="143"/>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="144"/>
        <source>&amp;Risk method:</source>
        <translation>&amp;Méthode d&apos;évaluation des risques&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="145"/>
        <source>&amp;Frameworks:</source>
        <translation>&amp;Référentiels&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="146"/>
        <source>&amp;Compliance:</source>
        <translation>&amp;Conformité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="160"/>
        <source>Edit model title</source>
        <translation>Modifier le titre du modèle</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="162"/>
        <source>Edit owner</source>
        <translation>Modifier le responsable</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="164"/>
        <source>Edit reviewers</source>
        <translation>Modifier les relecteurs</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="181"/>
        <source>Edit scope</source>
        <translation>Modifier le périmètre</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="183"/>
        <source>Edit model description</source>
        <translation>Modifier la description du modèle</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="188"/>
        <source>Change risk method</source>
        <translation>Changer de méthode d&apos;évaluation des risques</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="288"/>
        <source>Classify asset</source>
        <translation>Classifier l&apos;actif</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="309"/>
        <source>Edit asset</source>
        <translation>Modifier l&apos;actif</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="319"/>
        <source>New asset</source>
        <translation>Nouvel actif</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="322"/>
        <source>Add asset</source>
        <translation>Ajouter un actif</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="332"/>
        <source>Remove asset</source>
        <translation>Supprimer l&apos;actif</translation>
    </message>
</context>
<context>
    <name>latch::OverviewDock</name>
    <message>
        <location filename="../app/editor/docks/OverviewDock.cpp" line="64"/>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
</context>
<context>
    <name>latch::PreferencesDialog</name>
    <message>
        <location filename="../app/editor/dialogs/PreferencesDialog.cpp" line="21"/>
        <source>Snap to the grid</source>
        <translation>Aligner sur la grille</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/PreferencesDialog.cpp" line="25"/>
        <source>Include obsolete threats</source>
        <translation>Inclure les menaces obsolètes</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/PreferencesDialog.cpp" line="26"/>
        <source>Only open and in-progress threats</source>
        <translation>Uniquement les menaces ouvertes et en cours</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/PreferencesDialog.cpp" line="28"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/PreferencesDialog.cpp" line="30"/>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/PreferencesDialog.cpp" line="40"/>
        <source> s</source>
        <translation>&#xa0;s</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/PreferencesDialog.cpp" line="41"/>
        <source>Off</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/PreferencesDialog.cpp" line="43"/>
        <source>DREAD (five ratings, 1–10)</source>
        <translation>DREAD (cinq notes, 1–10)</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/PreferencesDialog.cpp" line="44"/>
        <source>Likelihood × impact (1–5 each)</source>
        <translation>Probabilité × impact (1–5 chacun)</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/PreferencesDialog.cpp" line="46"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/PreferencesDialog.cpp" line="47"/>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/PreferencesDialog.cpp" line="52"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/PreferencesDialog.cpp" line="54"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/PreferencesDialog.cpp" line="55"/>
        <source>A new language applies when Latch starts again.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage de Latch.</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/PreferencesDialog.cpp" line="58"/>
        <source>&amp;Recovery copy every:</source>
        <translation>Copie de &amp;récupération toutes les&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/PreferencesDialog.cpp" line="59"/>
        <source>Canvas</source>
        <translation>Zone de dessin</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/PreferencesDialog.cpp" line="61"/>
        <source>&amp;Grid size:</source>
        <translation>Taille de la &amp;grille&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/PreferencesDialog.cpp" line="63"/>
        <source>New models and reports</source>
        <translation>Nouveaux modèles et rapports</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/PreferencesDialog.cpp" line="65"/>
        <source>Risk &amp;method:</source>
        <translation>&amp;Méthode de risque&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/PreferencesDialog.cpp" line="66"/>
        <source>&amp;Page size:</source>
        <translation>&amp;Taille de page&#xa0;:</translation>
    </message>
</context>
<context>
    <name>latch::PresentationMode</name>
    <message>
        <location filename="../app/editor/window/PresentationMode.cpp" line="19"/>
        <source>&amp;Presentation Mode</source>
        <translation>Mode &amp;présentation</translation>
    </message>
</context>
<context>
    <name>latch::PropertiesDock</name>
    <message>
        <location filename="../app/editor/docks/PropertiesDock.cpp" line="23"/>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/PropertiesDock.cpp" line="77"/>
        <source>Set %1</source>
        <translation>Définir %1</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/PropertiesDock.cpp" line="138"/>
        <source>Select one element to edit its properties.</source>
        <translation>Sélectionnez un seul élément pour modifier ses propriétés.</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/PropertiesDock.cpp" line="151"/>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/PropertiesDock.cpp" line="154"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/PropertiesDock.cpp" line="170"/>
        <source>Change type</source>
        <translation>Changer le type</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/PropertiesDock.cpp" line="174"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/PropertiesDock.cpp" line="179"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/PropertiesDock.cpp" line="185"/>
        <source>Edit description</source>
        <translation>Modifier la description</translation>
    </message>
</context>
<context>
    <name>latch::RemoveDiagramCommand</name>
    <message>
        <location filename="../app/editor/commands/DiagramCommands.cpp" line="44"/>
        <source>Delete diagram</source>
        <translation>Supprimer le diagramme</translation>
    </message>
</context>
<context>
    <name>latch::RenameDiagramCommand</name>
    <message>
        <location filename="../app/editor/commands/DiagramCommands.cpp" line="85"/>
        <source>Rename diagram</source>
        <translation>Renommer le diagramme</translation>
    </message>
</context>
<context>
    <name>latch::ReportSections</name>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="45"/>
        <source>DREAD (mean of five ratings, 1–10)</source>
        <translation>DREAD (moyenne de cinq notes, 1–10)</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="47"/>
        <source>Likelihood × impact (1–5 each)</source>
        <translation>Probabilité × impact (1–5 chacun)</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="65"/>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="67"/>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="69"/>
        <source>Diagrams</source>
        <translation>Diagrammes</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="71"/>
        <source>Threat register</source>
        <translation>Registre des menaces</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="73"/>
        <location filename="../core/report/ReportSections.cpp" line="219"/>
        <source>Mitigations</source>
        <translation>Contre-mesures</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="75"/>
        <source>Appendix: elements</source>
        <translation>Annexe : éléments</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="82"/>
        <source>Diagram: %1</source>
        <translation>Diagramme : %1</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="87"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="92"/>
        <source>Generated by Latch on %1.</source>
        <translation>Généré par Latch le %1.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="113"/>
        <source>Threat model: %1</source>
        <translation>Modèle de menaces : %1</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="113"/>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="124"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="125"/>
        <source>Reviewers</source>
        <translation>Relecteurs</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="126"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="127"/>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="128"/>
        <location filename="../core/report/ReportSections.cpp" line="134"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="129"/>
        <source>Compliance</source>
        <translation>Conformité</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="130"/>
        <source>Risk method</source>
        <translation>Méthode de risque</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="133"/>
        <source>Assets</source>
        <translation>Actifs</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="134"/>
        <source>Asset</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="134"/>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="175"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="175"/>
        <location filename="../core/report/ReportSections.cpp" line="195"/>
        <location filename="../core/report/ReportSections.cpp" line="295"/>
        <source>Threats</source>
        <translation>Menaces</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="189"/>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="195"/>
        <location filename="../core/report/ReportSections.cpp" line="219"/>
        <location filename="../core/report/ReportSections.cpp" line="295"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="203"/>
        <source>obsolete threats</source>
        <translation>menaces obsolètes</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="205"/>
        <source>closed threats (mitigated, accepted, not applicable, transferred)</source>
        <translation>menaces closes (atténuées, acceptées, non applicables, transférées)</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="208"/>
        <source>Not included: %1.</source>
        <translation>Non inclus : %1.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="218"/>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="218"/>
        <source>Threat</source>
        <translation>Menace</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="218"/>
        <location filename="../core/report/ReportSections.cpp" line="311"/>
        <source>Element</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="219"/>
        <source>L × I</source>
        <translation>P × I</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="251"/>
        <source>On every hop of %1</source>
        <translation>Sur chaque tronçon de %1</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="254"/>
        <source>Also found as: %1</source>
        <translation>Également trouvée comme : %1</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="261"/>
        <source>%1 (obsolete)</source>
        <translation>%1 (obsolète)</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="281"/>
        <source>No threats to list.</source>
        <translation>Aucune menace à lister.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="288"/>
        <source>The model has no mitigations yet.</source>
        <translation>Le modèle n’a pas encore de mesures d’atténuation.</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="295"/>
        <source>Mitigation</source>
        <translation>Contre-mesure</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="311"/>
        <source>Diagram</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <location filename="../core/report/ReportSections.cpp" line="311"/>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
</context>
<context>
    <name>latch::RiskMatrixWidget</name>
    <message>
        <location filename="../app/editor/widgets/RiskMatrixWidget.cpp" line="21"/>
        <source>Likelihood (up) × impact (right). Click a cell to rate both.</source>
        <translation>Probabilité (vers le haut) × impact (vers la droite). Cliquez sur une case pour évaluer les deux.</translation>
    </message>
    <message>
        <location filename="../app/editor/widgets/RiskMatrixWidget.cpp" line="69"/>
        <source>Impact →</source>
        <translation>Impact →</translation>
    </message>
    <message>
        <location filename="../app/editor/widgets/RiskMatrixWidget.cpp" line="73"/>
        <source>Likelihood →</source>
        <translation>Probabilité →</translation>
    </message>
</context>
<context>
    <name>latch::ThreatDialog</name>
    <message>
        <location filename="../app/editor/dialogs/ThreatDialog.cpp" line="22"/>
        <source>Add threat</source>
        <translation>Ajouter une menace</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ThreatDialog.cpp" line="22"/>
        <source>Edit threat</source>
        <translation>Modifier la menace</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ThreatDialog.cpp" line="36"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ThreatDialog.cpp" line="37"/>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ThreatDialog.cpp" line="38"/>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
</context>
<context>
    <name>latch::ThreatTableModel</name>
    <message>
        <location filename="../app/editor/docks/ThreatTableModel.cpp" line="72"/>
        <source>Repeats “%1”</source>
        <translation>Répète « %1 »</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatTableModel.cpp" line="78"/>
        <source>Also found as:</source>
        <translation>Trouvée aussi comme :</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatTableModel.cpp" line="90"/>
        <source>On every hop of %1</source>
        <translation>Sur chaque tronçon de %1</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatTableModel.cpp" line="201"/>
        <source>Rename threat</source>
        <translation>Renommer la menace</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatTableModel.cpp" line="211"/>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatTableModel.cpp" line="213"/>
        <source>Band</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatTableModel.cpp" line="215"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatTableModel.cpp" line="217"/>
        <source>Threat</source>
        <translation>Menace</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatTableModel.cpp" line="219"/>
        <source>Element</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatTableModel.cpp" line="221"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatTableModel.cpp" line="236"/>
        <source>(deleted)</source>
        <translation>(supprimé)</translation>
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
        <translation>Menaces</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="49"/>
        <source>Selection only</source>
        <translation>Sélection uniquement</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="50"/>
        <source>Obsolete</source>
        <translation>Obsolètes</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="51"/>
        <source>Repeats</source>
        <translation>Répétitions</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="75"/>
        <source>Search threats</source>
        <translation>Rechercher des menaces</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="87"/>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="92"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="97"/>
        <source>All risks</source>
        <translation>Tous les risques</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="105"/>
        <source>All OWASP</source>
        <translation>Toutes catégories OWASP</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="112"/>
        <source>Flat list</source>
        <translation>Liste simple</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="113"/>
        <source>By element</source>
        <translation>Par élément</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="114"/>
        <source>By category</source>
        <translation>Par catégorie</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="115"/>
        <source>By status</source>
        <translation>Par statut</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="122"/>
        <source>Also list the threats that say what another threat on the same element or an earlier hop already says</source>
        <translation>Lister aussi les menaces qui disent ce qu’une autre menace du même élément ou d’un tronçon précédent dit déjà</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="172"/>
        <source>&amp;Add Threat…</source>
        <translation>&amp;Ajouter une menace…</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="174"/>
        <source>Add a threat of your own to the element selected on the canvas</source>
        <translation>Ajouter votre propre menace à l&apos;élément sélectionné sur le canevas</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="175"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="179"/>
        <source>Remove threats whose rule no longer applies or whose element is gone, with the team&apos;s notes on them</source>
        <translation>Supprimer les menaces dont la règle ne s&apos;applique plus ou dont l&apos;élément a disparu, ainsi que les notes de l&apos;équipe à leur sujet</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="181"/>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="211"/>
        <source>&amp;Keep Apart</source>
        <translation>&amp;Garder à part</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="205"/>
        <source>&amp;Purge Obsolete (%1)</source>
        <translation>&amp;Purger les obsolètes (%1)</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="211"/>
        <source>Fold as &amp;Repeat</source>
        <translation>Regrouper comme &amp;répétition</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="212"/>
        <source>Fold this threat into the one it repeats again</source>
        <translation>Regrouper de nouveau cette menace avec celle qu’elle répète</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="213"/>
        <source>List this threat on its own although it repeats another one</source>
        <translation>Lister cette menace à part, bien qu’elle en répète une autre</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="216"/>
        <source>%1 of %2 shown</source>
        <translation>%1 sur %2 affichées</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="257"/>
        <source>Add threat “%1”</source>
        <translation>Ajouter la menace «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="278"/>
        <source>Edit threat</source>
        <translation>Modifier la menace</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="287"/>
        <source>Purge obsolete threats</source>
        <translation>Purger les menaces obsolètes</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="288"/>
        <source>Remove %n obsolete threat(s) from the register, with their scores and notes? Undo brings them back.</source>
        <translation>
            <numerusform>Supprimer %n menace obsolète du registre, avec son score et ses notes&#xa0;? L&apos;annulation permet de la restaurer.</numerusform>
            <numerusform>Supprimer %n menaces obsolètes du registre, avec leurs scores et leurs notes&#xa0;? L&apos;annulation permet de les restaurer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="302"/>
        <source>Purge %n obsolete threat(s)</source>
        <translation>
            <numerusform>Purger %n menace obsolète</numerusform>
            <numerusform>Purger %n menaces obsolètes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="315"/>
        <source>Keep threat apart</source>
        <translation>Garder la menace à part</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="315"/>
        <source>Fold threat as a repeat</source>
        <translation>Regrouper la menace comme répétition</translation>
    </message>
</context>
<context>
    <name>latch::rules</name>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="9"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="10"/>
        <source>A person acting directly: customer, employee, administrator, attacker.</source>
        <translation>Une personne qui agit directement&#xa0;: client, employé, administrateur, attaquant.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="12"/>
        <source>Web browser / SPA</source>
        <translation>Navigateur web / SPA</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="13"/>
        <source>Code running in a user&apos;s browser, such as a single-page app. A public client: it cannot keep a secret.</source>
        <translation>Code exécuté dans le navigateur d&apos;un utilisateur, par exemple une application monopage (SPA). Client public&#xa0;: il ne peut garder aucun secret.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="15"/>
        <source>Mobile app</source>
        <translation>Application mobile</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="16"/>
        <source>An app on a device the user controls. A public client: anything shipped in it can be extracted.</source>
        <translation>Application installée sur un appareil que l&apos;utilisateur contrôle. Client public&#xa0;: tout ce qui y est embarqué peut en être extrait.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="18"/>
        <source>External system / third-party API</source>
        <translation>Système externe / API tierce</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="19"/>
        <source>A system operated by another organisation that the modelled system calls or receives data from.</source>
        <translation>Système exploité par une autre organisation, que le système modélisé appelle ou dont il reçoit des données.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="21"/>
        <source>IoT device</source>
        <translation>Objet connecté (IoT)</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="22"/>
        <source>A connected device in the field (sensor, appliance, fitness equipment) that talks to the system on its own.</source>
        <translation>Appareil connecté déployé sur le terrain (capteur, appareil électroménager, équipement de fitness) qui communique de lui-même avec le système.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="24"/>
        <source>Web API / service</source>
        <translation>API web / service</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="25"/>
        <source>A service that exposes a REST, gRPC or GraphQL API.</source>
        <translation>Service qui expose une API REST, gRPC ou GraphQL.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="26"/>
        <source>API gateway</source>
        <translation>Passerelle d&apos;API</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="27"/>
        <source>The edge entry point for API traffic: TLS termination, token and scope checks, routing, throttling.</source>
        <translation>Point d&apos;entrée périmétrique du trafic d&apos;API&#xa0;: terminaison TLS, vérification des jetons et des portées, routage, limitation de débit.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="29"/>
        <source>OAuth2/OIDC authorization server</source>
        <translation>Serveur d&apos;autorisation OAuth2/OIDC</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="30"/>
        <source>Issues access, refresh and ID tokens after authenticating users and clients; hosts login and consent.</source>
        <translation>Émet des jetons d&apos;accès, de rafraîchissement et d&apos;identité après avoir authentifié les utilisateurs et les clients&#xa0;; héberge les pages de connexion et de consentement.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="32"/>
        <source>Background worker</source>
        <translation>Processus d&apos;arrière-plan</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="33"/>
        <source>A process without an interactive interface: consumes jobs or messages, runs schedules, batch jobs.</source>
        <translation>Processus sans interface interactive&#xa0;: consomme des tâches ou des messages, exécute des tâches planifiées et des traitements par lots.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="35"/>
        <source>Web application</source>
        <translation>Application web</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="36"/>
        <source>A server-side web application rendering pages for browsers.</source>
        <translation>Application web côté serveur qui génère des pages pour les navigateurs.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="38"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="39"/>
        <source>A relational or NoSQL database.</source>
        <translation>Base de données relationnelle ou NoSQL.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="40"/>
        <source>Log / audit store</source>
        <translation>Stockage de journaux / d&apos;audit</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="41"/>
        <source>Append-only store of audit, security or application events.</source>
        <translation>Stockage en ajout seul d&apos;événements d&apos;audit, de sécurité ou applicatifs.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="43"/>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="44"/>
        <source>An in-memory or distributed cache such as Redis or Memcached.</source>
        <translation>Cache en mémoire ou distribué, tel que Redis ou Memcached.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="46"/>
        <source>Message queue</source>
        <translation>File de messages</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="47"/>
        <source>A queue, topic or event stream such as Kafka, RabbitMQ or SQS.</source>
        <translation>File, topic ou flux d&apos;événements, tel que Kafka, RabbitMQ ou SQS.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="49"/>
        <source>File / object store</source>
        <translation>Stockage de fichiers / d&apos;objets</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="50"/>
        <source>A file system, network share or object store such as S3.</source>
        <translation>Système de fichiers, partage réseau ou stockage d&apos;objets tel que S3.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="51"/>
        <source>Secrets vault</source>
        <translation>Coffre-fort de secrets</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="52"/>
        <source>A dedicated store for keys, passwords and certificates, such as a KMS or HashiCorp Vault.</source>
        <translation>Stockage dédié aux clés, aux mots de passe et aux certificats, tel qu&apos;un KMS ou HashiCorp Vault.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="54"/>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="55"/>
        <source>The public internet and devices the organisation does not control.</source>
        <translation>L&apos;Internet public et les appareils que l&apos;organisation ne contrôle pas.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="57"/>
        <source>DMZ / edge</source>
        <translation>DMZ / périmètre</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="58"/>
        <source>The internet-facing tier where gateways and reverse proxies terminate external traffic.</source>
        <translation>Zone exposée à Internet, où les passerelles et les proxys inverses terminent le trafic externe.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="61"/>
        <source>Internal network</source>
        <translation>Réseau interne</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="62"/>
        <source>An internal, segmented network zone operated by the organisation.</source>
        <translation>Zone de réseau interne et segmentée, exploitée par l&apos;organisation.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="64"/>
        <source>Third party</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="65"/>
        <source>Systems operated by another organisation.</source>
        <translation>Systèmes exploités par une autre organisation.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="66"/>
        <source>Machine / container</source>
        <translation>Machine / conteneur</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="67"/>
        <source>A single host, VM, container or process sandbox.</source>
        <translation>Hôte unique, VM, conteneur ou bac à sable de processus.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="68"/>
        <source>HTTP(S) request</source>
        <translation>Requête HTTP(S)</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="69"/>
        <source>A request/response exchange over HTTP, HTTPS or a protocol built on it.</source>
        <translation>Échange requête/réponse sur HTTP, HTTPS ou un protocole fondé sur ceux-ci.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="71"/>
        <source>Database connection</source>
        <translation>Connexion à une base de données</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="72"/>
        <source>A client connection to a database or store (JDBC, CQL, Redis protocol).</source>
        <translation>Connexion cliente à une base de données ou à un stockage (JDBC, CQL, protocole Redis).</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="74"/>
        <source>Message / event</source>
        <translation>Message / événement</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="75"/>
        <source>A message or event published to or consumed from a queue or stream.</source>
        <translation>Message ou événement publié dans une file ou un flux, ou consommé à partir de ceux-ci.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="77"/>
        <source>Human actor</source>
        <translation>Acteur humain</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="78"/>
        <source>A person interacts directly, rather than software or a device acting on its own.</source>
        <translation>Une personne interagit directement, et non un logiciel ou un appareil qui agit de lui-même.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="81"/>
        <source>Trust level</source>
        <translation>Niveau de confiance</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="82"/>
        <source>How far the system trusts this actor: &apos;untrusted&apos; for the public and customer-controlled software, &apos;partner&apos; for contracted third parties, &apos;trusted&apos; for components the organisation operates.</source>
        <translation>Degré de confiance que le système accorde à cet acteur&#xa0;: «&#xa0;untrusted&#xa0;» pour le public et les logiciels contrôlés par les clients, «&#xa0;partner&#xa0;» pour les tiers liés par contrat, «&#xa0;trusted&#xa0;» pour les composants que l&apos;organisation exploite.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="86"/>
        <source>Has privacy controls</source>
        <translation>Dispose de paramètres de confidentialité</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="87"/>
        <source>The person has self-service settings to see their data, give and withdraw consent, object to uses and choose what is shared.</source>
        <translation>La personne dispose de paramètres en libre-service pour consulter ses données, donner et retirer son consentement, s’opposer à certaines utilisations et choisir ce qui est partagé.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="90"/>
        <source>Data processing agreement</source>
        <translation>Accord de traitement des données</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="91"/>
        <source>A data processing agreement (GDPR Article 28) or data sharing agreement binds this party to use personal data it receives only as agreed.</source>
        <translation>Un contrat de sous-traitance (article 28 du RGPD) ou un accord de partage de données oblige cette partie à n’utiliser les données personnelles qu’elle reçoit que de la manière convenue.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="94"/>
        <source>Processes data outside the EEA</source>
        <translation>Traite des données hors de l’EEE</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="95"/>
        <source>This party processes or stores personal data it receives in a country outside the European Economic Area.</source>
        <translation>Cette partie traite ou stocke les données personnelles qu’elle reçoit dans un pays situé hors de l’Espace économique européen.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="97"/>
        <source>Embeds third-party SDKs</source>
        <translation>Intègre des SDK tiers</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="98"/>
        <source>The client ships analytics, advertising, crash-reporting or social SDKs that send data from the device to their vendors.</source>
        <translation>Le client embarque des SDK d’analyse, de publicité, de rapport de plantage ou de réseaux sociaux qui envoient des données de l’appareil à leurs éditeurs.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="101"/>
        <source>Exposes an API</source>
        <translation>Expose une API</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="102"/>
        <source>The process offers a programmatic interface (REST, gRPC, GraphQL, webhooks) that other components or clients call. Most OWASP API Top 10 rules apply only when this is set.</source>
        <translation>Le processus offre une interface programmatique (REST, gRPC, GraphQL, webhooks) qu&apos;appellent d&apos;autres composants ou des clients. La plupart des règles de l&apos;OWASP API Top 10 ne s&apos;appliquent que si cette propriété est activée.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="106"/>
        <source>Authenticates callers</source>
        <translation>Authentifie les appelants</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="107"/>
        <source>Every request&apos;s caller identity is verified here (token signature, issuer, audience and expiry; certificate; session).</source>
        <translation>L&apos;identité de l&apos;appelant de chaque requête est vérifiée ici (signature, émetteur, audience et expiration du jeton&#xa0;; certificat&#xa0;; session).</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="110"/>
        <source>Authorizes requests</source>
        <translation>Contrôle l&apos;autorisation des requêtes</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="111"/>
        <source>Every request is checked on the server against the caller&apos;s roles or attributes before the function runs.</source>
        <translation>Chaque requête est vérifiée côté serveur au regard des rôles ou des attributs de l&apos;appelant avant l&apos;exécution de la fonction.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="113"/>
        <source>Checks object ownership</source>
        <translation>Vérifie la propriété des objets</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="114"/>
        <source>For every object id taken from a request, the process verifies that the authenticated caller may access that specific object (API1).</source>
        <translation>Pour chaque identifiant d&apos;objet extrait d&apos;une requête, le processus vérifie que l&apos;appelant authentifié a le droit d&apos;accéder à cet objet précis (API1).</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="117"/>
        <source>Filters response fields</source>
        <translation>Filtre les champs des réponses</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="118"/>
        <source>Responses are shaped on the server from an allowlist of fields per consumer and operation, not serialised whole from internal objects (API3).</source>
        <translation>Les réponses sont construites côté serveur à partir d&apos;une liste d&apos;autorisation de champs par consommateur et par opération, et non sérialisées telles quelles à partir des objets internes (API3).</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="121"/>
        <source>Binds request bodies to models</source>
        <translation>Lie les corps de requête aux modèles</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="122"/>
        <source>Client-supplied JSON or form data is bound directly onto internal or ORM objects without an allowlist of writable fields (API3 mass assignment).</source>
        <translation>Le JSON ou les données de formulaire fournis par le client sont liés directement à des objets internes ou ORM, sans liste d&apos;autorisation des champs modifiables (affectation de masse, API3).</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="125"/>
        <source>Validates input</source>
        <translation>Valide les entrées</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="126"/>
        <source>All incoming data is validated against a strict schema (types, lengths, ranges, formats) and non-conforming requests are rejected.</source>
        <translation>Toutes les données entrantes sont validées par rapport à un schéma strict (types, longueurs, plages, formats) et les requêtes non conformes sont rejetées.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="129"/>
        <source>Rate limited</source>
        <translation>Débit limité</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="130"/>
        <source>Requests are limited per client, per IP and per endpoint, with request size and page size caps (API4).</source>
        <translation>Les requêtes sont limitées par client, par IP et par point de terminaison, avec des plafonds de taille de requête et de taille de page (API4).</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="132"/>
        <source>Has administrative functions</source>
        <translation>Possède des fonctions d&apos;administration</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="133"/>
        <source>The process offers privileged operations (user management, configuration, refunds, deletes) besides its ordinary ones.</source>
        <translation>Le processus offre des opérations privilégiées (gestion des utilisateurs, configuration, remboursements, suppressions) en plus de ses opérations ordinaires.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="136"/>
        <source>Has a sensitive business flow</source>
        <translation>Possède un flux métier sensible</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="137"/>
        <source>The process offers a flow that hurts the business when automated at scale: purchases of limited stock, sign-up, referral credits, coupon redemption, posting content (API6).</source>
        <translation>Le processus offre un flux qui nuit à l&apos;activité lorsqu&apos;il est automatisé à grande échelle&#xa0;: achat de stocks limités, inscription, crédits de parrainage, utilisation de coupons, publication de contenu (API6).</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="141"/>
        <source>Bot / anti-automation protection</source>
        <translation>Protection anti-bots / anti-automatisation</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="142"/>
        <source>Sensitive flows are protected against automation by device fingerprinting, challenges, behavioural analysis or business-level limits.</source>
        <translation>Les flux sensibles sont protégés contre l&apos;automatisation par empreinte d&apos;appareil (device fingerprinting), défis, analyse comportementale ou limites au niveau métier.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="145"/>
        <source>Fetches URLs</source>
        <translation>Récupère des URL</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="146"/>
        <source>The process makes outbound requests to URLs or hosts that are, or can be, influenced by a caller (webhooks, imports, previews, redirect and metadata URIs).</source>
        <translation>Le processus émet des requêtes sortantes vers des URL ou des hôtes qu&apos;un appelant influence ou peut influencer (webhooks, imports, aperçus, URI de redirection et de métadonnées).</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="150"/>
        <source>Restricts outbound URLs</source>
        <translation>Restreint les URL sortantes</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="151"/>
        <source>Outbound requests are limited to an allowlist of schemes, hosts and ports; private ranges and cloud metadata addresses are blocked and redirects are not followed blindly (API7).</source>
        <translation>Les requêtes sortantes sont limitées à une liste d&apos;autorisation de schémas, d&apos;hôtes et de ports&#xa0;; les plages d&apos;adresses privées et les adresses de métadonnées cloud sont bloquées et les redirections ne sont pas suivies aveuglément (API7).</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="155"/>
        <source>Consumes third-party APIs</source>
        <translation>Consomme des API tierces</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="156"/>
        <source>The process calls APIs operated by another organisation and acts on their responses.</source>
        <translation>Le processus appelle des API exploitées par une autre organisation et agit en fonction de leurs réponses.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="159"/>
        <source>Writes security logs</source>
        <translation>Produit des journaux de sécurité</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="160"/>
        <source>Authentication events, authorization failures, validation rejections and state changes are logged with the acting identity.</source>
        <translation>Les événements d&apos;authentification, les échecs d&apos;autorisation, les rejets de validation et les changements d&apos;état sont journalisés avec l&apos;identité de leur auteur.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="163"/>
        <source>Enforces MFA</source>
        <translation>Impose la MFA</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="164"/>
        <source>Sign-in and sensitive operations require a second factor.</source>
        <translation>La connexion et les opérations sensibles exigent un second facteur.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="165"/>
        <source>Hardened configuration</source>
        <translation>Configuration durcie</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="166"/>
        <source>The deployment follows a reviewed hardening baseline (no debug endpoints or default accounts, strict CORS, security headers, only needed HTTP methods) that is scanned automatically (API8).</source>
        <translation>Le déploiement suit un référentiel de durcissement revu (aucun point de terminaison de débogage ni compte par défaut, CORS strict, en-têtes de sécurité, uniquement les méthodes HTTP nécessaires), dont le respect est vérifié automatiquement (API8).</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="170"/>
        <source>Verbose error messages</source>
        <translation>Messages d&apos;erreur verbeux</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="171"/>
        <source>Error responses contain stack traces, SQL, internal host names, component versions or other internals.</source>
        <translation>Les réponses d&apos;erreur contiennent des traces de pile, du SQL, des noms d&apos;hôtes internes, des versions de composants ou d&apos;autres détails internes.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="173"/>
        <source>In the API inventory</source>
        <translation>Dans l&apos;inventaire des API</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="174"/>
        <source>Every deployed version, host and environment of this API is listed in a maintained inventory with an owner, an audience and a lifecycle (API9).</source>
        <translation>Chaque version, chaque hôte et chaque environnement déployés de cette API figurent dans un inventaire tenu à jour, avec un responsable, une audience et un cycle de vie (API9).</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="177"/>
        <source>Deprecated versions still live</source>
        <translation>Versions obsolètes encore en ligne</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="178"/>
        <source>Older API versions, beta hosts or non-production environments of this API are still reachable.</source>
        <translation>D&apos;anciennes versions, des hôtes bêta ou des environnements hors production de cette API sont encore accessibles.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="180"/>
        <source>Runs privileged</source>
        <translation>S&apos;exécute avec des privilèges élevés</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="181"/>
        <source>The process runs as root or administrator, or with broad cloud or database rights beyond what it needs.</source>
        <translation>Le processus s&apos;exécute en tant que root ou administrateur, ou avec des droits étendus sur le cloud ou la base de données qui dépassent ses besoins.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="183"/>
        <source>Makes automated decisions</source>
        <translation>Prend des décisions automatisées</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="184"/>
        <source>The process takes decisions about people with legal or similarly significant effects, such as on credit, hiring or access to a service, without a person deciding.</source>
        <translation>Le processus prend, sans qu’un humain décide, des décisions concernant des personnes qui produisent des effets juridiques ou des effets similaires significatifs, par exemple sur un crédit, une embauche ou l’accès à un service.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="188"/>
        <source>Profiles people</source>
        <translation>Établit des profils de personnes</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="189"/>
        <source>The process evaluates or predicts people&apos;s behaviour, interests or traits from their data, e.g. for recommendations, segments or scores.</source>
        <translation>Le processus évalue ou prédit le comportement, les centres d’intérêt ou les caractéristiques de personnes à partir de leurs données, par exemple pour des recommandations, des segments ou des scores.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="192"/>
        <source>Looks up people</source>
        <translation>Recherche des personnes</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="193"/>
        <source>Callers can ask whether a person, e-mail address or phone number is known, e.g. through sign-up, password reset, invitations or search.</source>
        <translation>Les appelants peuvent demander si une personne, une adresse e-mail ou un numéro de téléphone est connu, par exemple via l’inscription, la réinitialisation du mot de passe, les invitations ou la recherche.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="196"/>
        <source>Uniform responses</source>
        <translation>Réponses uniformes</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="197"/>
        <source>Answers do not reveal whether a person or record exists: unknown, missing and forbidden get the same response in about the same time.</source>
        <translation>Les réponses ne révèlent pas si une personne ou un enregistrement existe&#xa0;: l’inconnu, l’absent et l’interdit reçoivent la même réponse, dans un délai à peu près identique.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="200"/>
        <source>Runs redundantly</source>
        <translation>Redondant</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="201"/>
        <source>More than one instance runs, on separate hosts or zones, and traffic moves to a healthy one automatically when an instance fails.</source>
        <translation>Plusieurs instances tournent, sur des hôtes ou des zones distincts, et le trafic bascule automatiquement vers une instance saine quand l&apos;une d&apos;elles tombe en panne.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="204"/>
        <source>Technology</source>
        <translation>Technologie</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="205"/>
        <source>Product and version, e.g. &apos;PostgreSQL 15&apos;, &apos;Amazon S3&apos;, &apos;Redis 7&apos;.</source>
        <translation>Produit et version, par exemple «&#xa0;PostgreSQL 15&#xa0;», «&#xa0;Amazon S3&#xa0;», «&#xa0;Redis 7&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="207"/>
        <source>Encrypted at rest</source>
        <translation>Chiffré au repos</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="208"/>
        <source>Stored data is encrypted with keys held in a key management service, not next to the data.</source>
        <translation>Les données stockées sont chiffrées avec des clés conservées dans un service de gestion des clés, et non à côté des données.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="210"/>
        <source>Holds credentials or secrets</source>
        <translation>Contient des identifiants ou des secrets</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="211"/>
        <source>The store contains passwords or password hashes, MFA seeds, API keys, tokens, private keys or other secrets.</source>
        <translation>Le stockage contient des mots de passe ou des empreintes de mots de passe, des graines MFA, des clés d&apos;API, des jetons, des clés privées ou d&apos;autres secrets.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="213"/>
        <source>Holds personal data</source>
        <translation>Contient des données personnelles</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="214"/>
        <source>The store contains personally identifiable or otherwise regulated personal data.</source>
        <translation>Le stockage contient des données personnelles permettant d&apos;identifier des personnes ou soumises à une autre réglementation.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="217"/>
        <source>Is a log</source>
        <translation>Est un journal</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="218"/>
        <source>The store keeps audit or application logs. STRIDE per element applies repudiation to log stores only.</source>
        <translation>Le stockage conserve des journaux d&apos;audit ou applicatifs. STRIDE par élément n&apos;applique la répudiation qu&apos;aux stockages de journaux.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="220"/>
        <source>Append-only / tamper-evident</source>
        <translation>Ajout seul / altérations détectables</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="221"/>
        <source>Entries cannot be changed or deleted by the writers or by operators (WORM storage, hash chaining or signed batches).</source>
        <translation>Les entrées ne peuvent être ni modifiées ni supprimées, que ce soit par les composants qui les écrivent ou par les exploitants (stockage WORM, chaînage par hachage ou lots signés).</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="223"/>
        <source>Personal data</source>
        <translation>Données personnelles</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="224"/>
        <source>The most sensitive kind of personal data kept here: &apos;ordinary&apos;, or &apos;special-category&apos; for health, genetic, biometric, religious, political, union, sexual or ethnic data (GDPR Article 9). A store marked &apos;Holds personal data&apos; counts as &apos;ordinary&apos; while this is &apos;none&apos;.</source>
        <translation>La catégorie la plus sensible de données personnelles conservées ici&#xa0;: «&#xa0;ordinary&#xa0;» (données ordinaires) ou «&#xa0;special-category&#xa0;» pour les données de santé, génétiques, biométriques, religieuses, politiques, syndicales, relatives à la sexualité ou à l’origine ethnique (article 9 du RGPD). Un stockage marqué «&#xa0;Contient des données personnelles&#xa0;» compte comme «&#xa0;ordinary&#xa0;» tant que cette valeur est «&#xa0;none&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="229"/>
        <source>Data subjects</source>
        <translation>Personnes concernées</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="230"/>
        <source>Whose personal data this is, e.g. &apos;customers&apos;, &apos;employees&apos;, &apos;patients&apos;. Empty when not recorded.</source>
        <translation>À qui appartiennent ces données personnelles, par exemple «&#xa0;clients&#xa0;», «&#xa0;salariés&#xa0;», «&#xa0;patients&#xa0;». Vide si ce n’est pas renseigné.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="232"/>
        <source>Purposes</source>
        <translation>Finalités</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="233"/>
        <source>What the personal data is used for, as recorded in the record of processing, e.g. &apos;order fulfilment&apos;. Empty when not recorded.</source>
        <translation>À quoi servent les données personnelles, tel que consigné dans le registre des activités de traitement, par exemple «&#xa0;exécution des commandes&#xa0;». Vide si ce n’est pas renseigné.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="236"/>
        <source>Retention period</source>
        <translation>Durée de conservation</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="237"/>
        <source>How long personal data is kept here before it is deleted or anonymised, e.g. &apos;2 years&apos;. Empty when no period is set.</source>
        <translation>Durée pendant laquelle les données personnelles sont conservées ici avant d’être supprimées ou anonymisées, par exemple «&#xa0;2 ans&#xa0;». Vide si aucune durée n’est fixée.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="239"/>
        <source>Lawful basis</source>
        <translation>Base légale</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="240"/>
        <source>The GDPR Article 6 basis the processing relies on; for special-category data &apos;consent&apos; stands for explicit consent. &apos;none&apos; when no basis is recorded.</source>
        <translation>La base légale de l’article 6 du RGPD sur laquelle repose le traitement&#xa0;; pour les données de catégories particulières, «&#xa0;consent&#xa0;» désigne un consentement explicite. «&#xa0;none&#xa0;» si aucune base n’est consignée.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="244"/>
        <source>Minimised</source>
        <translation>Minimisé</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="245"/>
        <source>Only the personal fields the purpose needs are included; every field has been checked against the recorded purpose.</source>
        <translation>Seuls les champs personnels nécessaires à la finalité sont inclus&#xa0;; chaque champ a été vérifié au regard de la finalité consignée.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="247"/>
        <source>Pseudonymised</source>
        <translation>Pseudonymisé</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="248"/>
        <source>Direct identifiers such as names, e-mail addresses or account numbers are replaced by pseudonyms, and the means to reverse them is kept separately.</source>
        <translation>Les identifiants directs tels que les noms, adresses e-mail ou numéros de compte sont remplacés par des pseudonymes, et le moyen de revenir en arrière est conservé séparément.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="251"/>
        <source>Erasure supported</source>
        <translation>Effacement pris en charge</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="252"/>
        <source>One person&apos;s data can be found and deleted here on request, including its copies in replicas and backups.</source>
        <translation>Les données d’une personne peuvent être retrouvées et supprimées ici sur demande, y compris leurs copies dans les répliques et les sauvegardes.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="254"/>
        <source>Subject access supported</source>
        <translation>Droit d’accès pris en charge</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="255"/>
        <source>One person&apos;s data can be found and exported here, in a readable and machine-readable form, to answer an access or portability request.</source>
        <translation>Les données d’une personne peuvent être retrouvées et exportées ici, sous une forme lisible et exploitable par machine, pour répondre à une demande d’accès ou de portabilité.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="258"/>
        <source>Combines data sources</source>
        <translation>Combine des sources de données</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="259"/>
        <source>Data sets from several systems or organisations are joined here on the same people or devices.</source>
        <translation>Des jeux de données provenant de plusieurs systèmes ou organisations sont joints ici sur les mêmes personnes ou appareils.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="261"/>
        <source>Backed up</source>
        <translation>Sauvegardé</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="262"/>
        <source>The data is copied regularly to a separate location that production credentials cannot alter, and restoring from those copies has been tested.</source>
        <translation>Les données sont copiées régulièrement vers un emplacement distinct que les identifiants de production ne peuvent pas modifier, et la restauration à partir de ces copies a été testée.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="265"/>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="266"/>
        <source>Wire protocol, e.g. &apos;HTTPS&apos;, &apos;HTTP&apos;, &apos;gRPC&apos;, &apos;WSS&apos;, &apos;JDBC/TLS&apos;, &apos;Kafka&apos;, &apos;AMQP&apos;.</source>
        <translation>Protocole de communication, par exemple «&#xa0;HTTPS&#xa0;», «&#xa0;HTTP&#xa0;», «&#xa0;gRPC&#xa0;», «&#xa0;WSS&#xa0;», «&#xa0;JDBC/TLS&#xa0;», «&#xa0;Kafka&#xa0;», «&#xa0;AMQP&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="269"/>
        <source>Encrypted in transit</source>
        <translation>Chiffré en transit</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="270"/>
        <source>TLS 1.2+ or an equivalent authenticated encryption protects the data on this flow.</source>
        <translation>TLS 1.2+ ou un chiffrement authentifié équivalent protège les données de ce flux.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="273"/>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="274"/>
        <source>How the sender proves who it is on this flow.</source>
        <translation>Manière dont l&apos;émetteur prouve son identité sur ce flux.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="275"/>
        <source>Data classification</source>
        <translation>Classification des données</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="276"/>
        <source>The most sensitive class of data this flow carries.</source>
        <translation>Classe de données la plus sensible que transporte ce flux.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="277"/>
        <source>Object ids from the client</source>
        <translation>Identifiants d&apos;objets fournis par le client</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="278"/>
        <source>Requests name the objects they act on with client-supplied identifiers (path, query or body), e.g. /accounts/{accountId}.</source>
        <translation>Les requêtes désignent les objets sur lesquels elles portent au moyen d&apos;identifiants fournis par le client (chemin, chaîne de requête ou corps), par exemple /accounts/{accountId}.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="281"/>
        <source>Modifies state</source>
        <translation>Modifie l&apos;état</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="282"/>
        <source>Requests create, change or delete data (POST, PUT, PATCH, DELETE or equivalent), rather than only reading.</source>
        <translation>Les requêtes créent, modifient ou suppriment des données (POST, PUT, PATCH, DELETE ou équivalent), au lieu de se contenter de les lire.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="284"/>
        <source>Token or key in URL</source>
        <translation>Jeton ou clé dans l&apos;URL</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="285"/>
        <source>An access token, session id or API key travels in the URL (query string or path).</source>
        <translation>Un jeton d&apos;accès, un identifiant de session ou une clé d&apos;API circule dans l&apos;URL (chaîne de requête ou chemin).</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="288"/>
        <source>The most sensitive kind of personal data this flow carries: &apos;ordinary&apos;, or &apos;special-category&apos; for health, genetic, biometric, religious, political, union, sexual or ethnic data (GDPR Article 9).</source>
        <translation>La catégorie la plus sensible de données personnelles transportées par ce flux&#xa0;: «&#xa0;ordinary&#xa0;» (données ordinaires) ou «&#xa0;special-category&#xa0;» pour les données de santé, génétiques, biométriques, religieuses, politiques, syndicales, relatives à la sexualité ou à l’origine ethnique (article 9 du RGPD).</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="292"/>
        <source>Agreed retention period</source>
        <translation>Durée de conservation convenue</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="293"/>
        <source>How long the recipient may keep the personal data, as agreed with it, e.g. &apos;90 days&apos;. Empty when no period is agreed.</source>
        <translation>Durée pendant laquelle le destinataire peut conserver les données personnelles, telle que convenue avec lui, par exemple «&#xa0;90 jours&#xa0;». Vide si aucune durée n’est convenue.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="296"/>
        <source>People informed</source>
        <translation>Personnes informées</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="297"/>
        <source>The people the data is about are told what is collected, why, for how long and who receives it, at collection or, for data obtained from others, within a month.</source>
        <translation>Les personnes concernées sont informées de ce qui est collecté, pourquoi, pour combien de temps et qui le reçoit, lors de la collecte ou, pour les données obtenues auprès de tiers, dans un délai d’un mois.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="301"/>
        <source>Stable identifiers</source>
        <translation>Identifiants stables</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="302"/>
        <source>Messages carry an identifier that stays the same across requests or sessions, such as a customer id, device id, advertising id or persistent cookie.</source>
        <translation>Les messages portent un identifiant qui reste le même d’une requête ou d’une session à l’autre, comme un identifiant client, un identifiant d’appareil, un identifiant publicitaire ou un cookie persistant.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="306"/>
        <source>Signed by the user</source>
        <translation>Signé par l’utilisateur</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="307"/>
        <source>The person digitally signs what this flow carries, so the signature later proves that they approved it.</source>
        <translation>La personne signe numériquement ce que transporte ce flux, de sorte que la signature prouve ensuite qu’elle l’a approuvé.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="309"/>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="310"/>
        <source>The kind of network zone the boundary encloses. Kept for compatibility; boundary types express the same thing.</source>
        <translation>Type de zone réseau qu&apos;englobe la frontière. Conservé pour compatibilité&#xa0;; les types de frontière expriment la même chose.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="312"/>
        <source>Requires PKCE</source>
        <translation>Exige PKCE</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="313"/>
        <source>The authorization code grant requires PKCE (S256) for every client, and always for public clients.</source>
        <translation>Le flux par code d&apos;autorisation exige PKCE (S256) pour chaque client, et toujours pour les clients publics.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="315"/>
        <source>Allows the implicit grant</source>
        <translation>Autorise le flux implicite</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="316"/>
        <source>Clients may obtain access tokens through the deprecated implicit grant.</source>
        <translation>Les clients peuvent obtenir des jetons d&apos;accès par le flux implicite, désormais déconseillé.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="318"/>
        <source>Allows the password grant</source>
        <translation>Autorise le flux par mot de passe</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="319"/>
        <source>Clients may use the resource owner password credentials grant, handling users&apos; passwords themselves.</source>
        <translation>Les clients peuvent utiliser le flux «&#xa0;Resource Owner Password Credentials&#xa0;» et manipuler eux-mêmes les mots de passe des utilisateurs.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="321"/>
        <source>Access token lifetime (minutes)</source>
        <translation>Durée de vie des jetons d&apos;accès (minutes)</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="322"/>
        <source>Lifetime of issued access tokens in minutes; 0 when not stated.</source>
        <translation>Durée de vie des jetons d&apos;accès émis, en minutes&#xa0;; 0 si elle n&apos;est pas précisée.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="324"/>
        <source>Rotates and revokes refresh tokens</source>
        <translation>Applique la rotation et la révocation des jetons de rafraîchissement</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/TypeStrings.cpp" line="325"/>
        <source>Refresh tokens are single-use, rotated on every use, bound to the client and revocable.</source>
        <translation>Les jetons de rafraîchissement sont à usage unique, renouvelés à chaque utilisation, liés au client et révocables.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="8"/>
        <source>Strict schema validation of input</source>
        <translation>Validation stricte des entrées par schéma</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="9"/>
        <source>Validate every request against a strict schema: types, formats, lengths, ranges and the set of allowed fields, using allowlists rather than denylists. Reject anything that does not conform instead of trying to repair it. Where an OpenAPI description exists, enforce it at the gateway and again inside the service.</source>
        <translation>Valider chaque requête par rapport à un schéma strict&#xa0;: types, formats, longueurs, plages et ensemble des champs autorisés, au moyen de listes d&apos;autorisation plutôt que de listes de blocage. Rejeter tout ce qui n&apos;est pas conforme au lieu de tenter de le corriger. Lorsqu&apos;une description OpenAPI existe, l&apos;appliquer au niveau de la passerelle, puis à nouveau dans le service.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="15"/>
        <source>Parameterized queries</source>
        <translation>Requêtes paramétrées</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="16"/>
        <source>Build database and search queries only with prepared statements, bound parameters or a query builder that escapes values, never by concatenating request data. Apply the same rule to NoSQL filters, LDAP queries and shell commands.</source>
        <translation>Construire les requêtes de base de données et de recherche uniquement avec des requêtes préparées, des paramètres liés ou un générateur de requêtes qui échappe les valeurs, jamais en concaténant des données reçues. Appliquer la même règle aux filtres NoSQL, aux requêtes LDAP et aux commandes shell.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="21"/>
        <source>Context-aware output encoding</source>
        <translation>Encodage des sorties selon le contexte</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="22"/>
        <source>Encode data for the context it is written into (HTML, JavaScript, URLs, SQL, log lines, CSV) so that special characters cannot change its meaning. This stops stored and reflected injection when API output is rendered in browsers or processed by downstream systems.</source>
        <translation>Encoder les données selon le contexte dans lequel elles sont écrites (HTML, JavaScript, URL, SQL, lignes de journal, CSV) afin que les caractères spéciaux ne puissent pas en modifier le sens. Cela empêche les injections stockées et réfléchies lorsque les sorties de l&apos;API sont affichées dans des navigateurs ou traitées par des systèmes en aval.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="27"/>
        <source>Authenticate with established protocols</source>
        <translation>Authentification par des protocoles éprouvés</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="28"/>
        <source>Use OAuth 2.0 / OpenID Connect from a proven identity provider instead of a home-grown scheme. Public clients such as SPAs and mobile apps use the authorization code grant with PKCE; confidential web apps use the authorization code grant; machines use client credentials or mutual TLS. Do not use the implicit or password grants, HTTP Basic, or ID tokens as access tokens.</source>
        <translation>Utiliser OAuth 2.0 / OpenID Connect avec un fournisseur d&apos;identité éprouvé plutôt qu&apos;un mécanisme maison. Les clients publics, comme les SPA et les applications mobiles, utilisent le flux par code d&apos;autorisation avec PKCE&#xa0;; les applications web confidentielles, le flux par code d&apos;autorisation&#xa0;; les machines, le flux «&#xa0;client credentials&#xa0;» ou le TLS mutuel. Ne pas utiliser les flux implicite ou par mot de passe, ni HTTP Basic, ni des jetons d&apos;identité en guise de jetons d&apos;accès.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="35"/>
        <source>Multi-factor authentication</source>
        <translation>Authentification multifacteur</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="36"/>
        <source>Require a second factor (TOTP, WebAuthn/passkey, device-bound key) at sign-in and step-up authentication for sensitive operations such as payments or changing contact details. This keeps a phished or stuffed password from being enough to take over an account.</source>
        <translation>Exiger un second facteur (TOTP, WebAuthn/clé d&apos;accès, clé liée à l&apos;appareil) à la connexion, ainsi qu&apos;une authentification renforcée pour les opérations sensibles telles que les paiements ou la modification des coordonnées. Ainsi, un mot de passe obtenu par hameçonnage ou par credential stuffing ne suffit pas pour prendre le contrôle d&apos;un compte.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="41"/>
        <source>Full token validation in every service</source>
        <translation>Validation complète des jetons dans chaque service</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="42"/>
        <source>Validate every JWT&apos;s signature against the issuer&apos;s published keys, and check iss, aud, exp, nbf and the expected algorithm; reject &apos;none&apos; and unexpected algorithms. Do this in each service that relies on the token, not only at the gateway, and never accept an ID token where an access token is required.</source>
        <translation>Vérifier la signature de chaque JWT avec les clés publiées par l&apos;émetteur, et contrôler iss, aud, exp, nbf ainsi que l&apos;algorithme attendu&#xa0;; rejeter «&#xa0;none&#xa0;» et les algorithmes inattendus. Le faire dans chaque service qui s&apos;appuie sur le jeton, pas seulement au niveau de la passerelle, et ne jamais accepter un jeton d&apos;identité là où un jeton d&apos;accès est requis.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="48"/>
        <source>Short-lived tokens, rotating refresh tokens, tokens only in headers</source>
        <translation>Jetons à courte durée de vie, rotation des jetons de rafraîchissement, jetons uniquement dans les en-têtes</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="50"/>
        <source>Issue access tokens that live minutes rather than hours, and refresh tokens that are rotated on every use, bound to the client and revocable on logout or compromise. Send tokens only in the Authorization header or in secure cookies, never in URLs, so they do not end up in logs, browser history or Referer headers.</source>
        <translation>Émettre des jetons d&apos;accès valables quelques minutes plutôt que plusieurs heures, et des jetons de rafraîchissement renouvelés à chaque utilisation, liés au client et révocables lors de la déconnexion ou en cas de compromission. Transmettre les jetons uniquement dans l&apos;en-tête Authorization ou dans des cookies sécurisés, jamais dans les URL, afin qu&apos;ils ne se retrouvent pas dans les journaux, l&apos;historique du navigateur ou les en-têtes Referer.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="56"/>
        <source>Mutual TLS between services</source>
        <translation>TLS mutuel entre services</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="57"/>
        <source>Give every service a workload identity certificate and require mutual TLS on service-to-service calls, for example through a service mesh. Each side then knows which service it talks to, and a foothold on the network is not enough to call internal APIs.</source>
        <translation>Attribuer à chaque service un certificat d&apos;identité de charge de travail et exiger le TLS mutuel pour les appels entre services, par exemple au moyen d&apos;un service mesh. Chaque partie sait alors avec quel service elle communique, et il ne suffit plus de prendre pied sur le réseau pour appeler les API internes.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="62"/>
        <source>Object-level authorization on every request</source>
        <translation>Autorisation au niveau objet pour chaque requête</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="63"/>
        <source>For every object id received from a client, load the object and check that the identity from the validated token (never a client-supplied user id) may access it, returning 404 otherwise. Centralise the check in a policy component, prefer unguessable ids as defence in depth, and cover it with negative tests that try other users&apos; ids.</source>
        <translation>Pour chaque identifiant d&apos;objet reçu d&apos;un client, charger l&apos;objet et vérifier que l&apos;identité issue du jeton validé (jamais un identifiant utilisateur fourni par le client) a le droit d&apos;y accéder, et renvoyer 404 dans le cas contraire. Centraliser la vérification dans un composant de politique, privilégier des identifiants impossibles à deviner en défense en profondeur, et couvrir ce contrôle par des tests négatifs qui essaient les identifiants d&apos;autres utilisateurs.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="69"/>
        <source>Function-level authorization (RBAC), deny by default</source>
        <translation>Autorisation au niveau fonction (RBAC), refus par défaut</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="70"/>
        <source>Enforce on the server, for every endpoint and method, which roles or attributes may call it, with deny as the default. Keep administrative functions in a separate, separately protected interface, and never rely on the client hiding buttons or on OAuth scopes alone.</source>
        <translation>Imposer côté serveur, pour chaque point de terminaison et chaque méthode, les rôles ou attributs autorisés à l&apos;appeler, avec un refus par défaut. Placer les fonctions d&apos;administration dans une interface distincte, protégée séparément, et ne jamais se fier uniquement au masquage des boutons par le client ni aux seules portées OAuth.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="75"/>
        <source>Property allowlists for reads and writes</source>
        <translation>Listes d&apos;autorisation des propriétés en lecture et en écriture</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="76"/>
        <source>Define per endpoint and role which properties may be returned and which may be written. Serialise responses from dedicated response models rather than internal entities, and bind request bodies to input models that contain only writable fields, so fields like role, isAdmin, price or balance can be neither read nor set.</source>
        <translation>Définir, par point de terminaison et par rôle, les propriétés qui peuvent être renvoyées et celles qui peuvent être écrites. Sérialiser les réponses à partir de modèles de réponse dédiés plutôt que des entités internes, et lier les corps de requête à des modèles d&apos;entrée qui ne contiennent que les champs modifiables, afin que des champs comme role, isAdmin, price ou balance ne puissent être ni lus ni définis.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="82"/>
        <source>TLS 1.2+ on every connection</source>
        <translation>TLS 1.2+ sur chaque connexion</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="83"/>
        <source>Encrypt and authenticate all data in transit with TLS 1.2 or later, including east-west traffic, database connections and message brokers. Verify certificates, disable legacy protocol versions and weak cipher suites, and use HSTS on web endpoints.</source>
        <translation>Chiffrer et authentifier toutes les données en transit avec TLS 1.2 ou une version ultérieure, y compris le trafic est-ouest, les connexions aux bases de données et les courtiers de messages. Vérifier les certificats, désactiver les anciennes versions de protocole et les suites cryptographiques faibles, et utiliser HSTS sur les points de terminaison web.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="88"/>
        <source>Encryption at rest with KMS-managed keys</source>
        <translation>Chiffrement au repos avec des clés gérées par un KMS</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="89"/>
        <source>Encrypt sensitive stores, backups and snapshots, with keys held and rotated in a key management service rather than in code or configuration. Restrict who may use the keys, so that copying the disk, a backup or a snapshot does not reveal the data.</source>
        <translation>Chiffrer les stockages sensibles, les sauvegardes et les instantanés avec des clés conservées et renouvelées dans un service de gestion des clés plutôt que dans le code ou la configuration. Restreindre l&apos;usage des clés, afin que la copie du disque, d&apos;une sauvegarde ou d&apos;un instantané ne révèle pas les données.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="94"/>
        <source>Secrets management</source>
        <translation>Gestion des secrets</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="95"/>
        <source>Keep passwords, API keys, client secrets and private keys in a secrets vault, inject them at run time, and rotate them regularly and after every suspected exposure. Prefer short-lived, automatically issued credentials (workload identity, dynamic database credentials), and never ship secrets in code, images or public clients.</source>
        <translation>Conserver les mots de passe, les clés d&apos;API, les secrets clients et les clés privées dans un coffre-fort de secrets, les injecter à l&apos;exécution, et les renouveler régulièrement ainsi qu&apos;après toute exposition suspectée. Privilégier des identifiants à courte durée de vie émis automatiquement (identité de charge de travail, identifiants de base de données dynamiques), et ne jamais livrer de secrets dans le code, les images ou les clients publics.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="101"/>
        <source>Rate limiting and quotas</source>
        <translation>Limitation de débit et quotas</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="102"/>
        <source>Limit requests per user, per API key, per IP and per endpoint at the gateway and in the service, with separate limits for reads, writes and expensive operations. Cap request body, upload and page sizes, answer excess with HTTP 429 and Retry-After, and watch aggregate metrics for distributed attacks that stay under per-source limits.</source>
        <translation>Limiter les requêtes par utilisateur, par clé d&apos;API, par IP et par point de terminaison, au niveau de la passerelle et dans le service, avec des limites distinctes pour les lectures, les écritures et les opérations coûteuses. Plafonner la taille des corps de requête, des téléversements et des pages, répondre aux dépassements par HTTP 429 avec Retry-After, et surveiller les métriques agrégées pour détecter les attaques distribuées qui restent sous les limites par source.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="108"/>
        <source>Load shedding, timeouts and resource limits</source>
        <translation>Délestage, délais d&apos;expiration et limites de ressources</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="109"/>
        <source>Reject work early when the system is saturated, based on its own state (queue depth, concurrency, latency), and give every call a timeout, a bounded retry budget and a circuit breaker. Bound memory, CPU, connection pools and query complexity per request so that one client or one slow dependency cannot exhaust them.</source>
        <translation>Rejeter le travail au plus tôt lorsque le système est saturé, en fonction de son propre état (profondeur de file, concurrence, latence), et doter chaque appel d&apos;un délai d&apos;expiration, d&apos;un budget de nouvelles tentatives borné et d&apos;un disjoncteur (circuit breaker). Borner par requête la mémoire, le CPU, les pools de connexions et la complexité des requêtes en base, afin qu&apos;un seul client ou une seule dépendance lente ne puisse pas les épuiser.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="115"/>
        <source>Anti-automation for sensitive business flows</source>
        <translation>Anti-automatisation des flux métier sensibles</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="116"/>
        <source>Identify the business flows that hurt when automated (buying limited stock, sign-up, referrals, coupons) and protect them with device fingerprinting, human-presence challenges, behavioural detection and business-level limits such as one purchase per customer per drop. Non-human patterns get blocked or slowed, not just counted.</source>
        <translation>Identifier les flux métier qui posent problème lorsqu&apos;ils sont automatisés (achat de stocks limités, inscription, parrainage, coupons) et les protéger par empreinte d&apos;appareil, défis de présence humaine, détection comportementale et limites métier, comme un achat par client et par mise en vente. Les comportements non humains sont bloqués ou ralentis, et pas seulement comptabilisés.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="122"/>
        <source>Security logging and monitoring in a SIEM</source>
        <translation>Journalisation et supervision de sécurité dans un SIEM</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="123"/>
        <source>Log authentication events, authorization failures, validation rejections and state-changing actions with the acting identity, the object, the time and a request id, and forward them to a central SIEM. Never log passwords, tokens, keys or unnecessary personal data, and alert on spikes of 401/403, enumeration patterns and unusual volumes per consumer.</source>
        <translation>Journaliser les événements d&apos;authentification, les échecs d&apos;autorisation, les rejets de validation et les actions qui modifient l&apos;état, avec l&apos;identité de l&apos;auteur, l&apos;objet, l&apos;heure et un identifiant de requête, et les transmettre à un SIEM central. Ne jamais journaliser de mots de passe, de jetons, de clés ni de données personnelles inutiles, et déclencher des alertes sur les pics de 401/403, les schémas d&apos;énumération et les volumes inhabituels par consommateur.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="129"/>
        <source>Tamper-evident, append-only audit log</source>
        <translation>Journal d&apos;audit en ajout seul, à altérations détectables</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="130"/>
        <source>Write audit events to an append-only store that the writing services and their operators cannot modify or delete (WORM storage, hash-chained or signed batches), shipped off the host quickly. Synchronise clocks and keep retention long enough for disputes and investigations, so the log can settle who did what.</source>
        <translation>Écrire les événements d&apos;audit dans un stockage en ajout seul que les services qui y écrivent et leurs exploitants ne peuvent ni modifier ni supprimer (stockage WORM, lots chaînés par hachage ou signés), et les exporter rapidement hors de l&apos;hôte. Synchroniser les horloges et prévoir une durée de conservation suffisante pour les litiges et les enquêtes, afin que le journal permette d&apos;établir qui a fait quoi.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="136"/>
        <source>Outbound URL allowlist and egress filtering</source>
        <translation>Liste d&apos;autorisation des URL sortantes et filtrage des flux sortants</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="137"/>
        <source>Accept outbound destinations only from an allowlist of schemes, hosts and ports, resolve names once and refuse private, loopback and link-local addresses including the cloud metadata endpoint 169.254.169.254. Do not follow redirects blindly, do not return raw responses to the caller, and run fetchers in a network segment whose egress is restricted.</source>
        <translation>N&apos;accepter que des destinations sortantes issues d&apos;une liste d&apos;autorisation de schémas, d&apos;hôtes et de ports, résoudre les noms une seule fois et refuser les adresses privées, de bouclage et locales au lien, y compris le point de terminaison de métadonnées cloud 169.254.169.254. Ne pas suivre aveuglément les redirections, ne pas renvoyer les réponses brutes à l&apos;appelant, et exécuter les composants de récupération dans un segment réseau dont les flux sortants sont restreints.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="143"/>
        <source>Hardened baseline and configuration scanning</source>
        <translation>Référentiel de durcissement et analyse de la configuration</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="144"/>
        <source>Deploy from a reviewed hardening baseline: no debug endpoints, sample apps or default accounts, a strict CORS policy, security headers, only the needed HTTP methods and generic error messages. Scan configuration and infrastructure as code in CI/CD and audit running systems against the baseline.</source>
        <translation>Déployer à partir d&apos;un référentiel de durcissement revu&#xa0;: aucun point de terminaison de débogage, aucune application d&apos;exemple ni aucun compte par défaut, une politique CORS stricte, des en-têtes de sécurité, uniquement les méthodes HTTP nécessaires et des messages d&apos;erreur génériques. Analyser la configuration et l&apos;infrastructure as code dans la chaîne CI/CD, et auditer les systèmes en production par rapport au référentiel.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="150"/>
        <source>API inventory and decommissioning</source>
        <translation>Inventaire et décommissionnement des API</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="151"/>
        <source>Keep an inventory of every API host, version and environment with its owner, audience, data and authentication, fed by automated discovery rather than by memory. Retire old versions on a published schedule, keep non-production environments off the internet or behind the same controls, and document the data flows to third parties.</source>
        <translation>Tenir un inventaire de chaque hôte, version et environnement d&apos;API, avec son responsable, son audience, ses données et son authentification, alimenté par une découverte automatisée plutôt que par la mémoire des équipes. Retirer les anciennes versions selon un calendrier publié, tenir les environnements hors production à l&apos;écart d&apos;Internet ou derrière les mêmes contrôles, et documenter les flux de données vers les tiers.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="157"/>
        <source>Treat third-party responses as untrusted input</source>
        <translation>Traiter les réponses des tiers comme des entrées non fiables</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="158"/>
        <source>Validate data from third-party APIs against a strict schema exactly as if it came from an anonymous client, and encode it before it is stored, rendered or used in queries. Call third parties only over TLS, do not follow their redirects blindly, set timeouts and response size limits, and assess the provider&apos;s own security.</source>
        <translation>Valider les données issues d&apos;API tierces par rapport à un schéma strict, exactement comme si elles provenaient d&apos;un client anonyme, et les encoder avant de les stocker, de les afficher ou de les utiliser dans des requêtes. N&apos;appeler les tiers qu&apos;en TLS, ne pas suivre aveuglément leurs redirections, fixer des délais d&apos;expiration et des limites de taille de réponse, et évaluer la sécurité du fournisseur lui-même.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="164"/>
        <source>Least privilege for processes and accounts</source>
        <translation>Moindre privilège pour les processus et les comptes</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="165"/>
        <source>Run each process as an unprivileged user in a minimal, read-only container, and give its database, cloud and service accounts only the operations and data it needs. Separate read and write accounts where practical, so that a compromised component gives the attacker as little as possible.</source>
        <translation>Exécuter chaque processus sous un utilisateur non privilégié, dans un conteneur minimal en lecture seule, et n&apos;accorder à ses comptes de base de données, cloud et de service que les opérations et les données dont il a besoin. Séparer les comptes de lecture et d&apos;écriture lorsque c&apos;est possible, afin qu&apos;un composant compromis apporte le moins possible à l&apos;attaquant.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="170"/>
        <source>Data minimisation for outgoing data</source>
        <translation>Minimisation des données sortantes</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="171"/>
        <source>Send to third parties, logs and analytics only the fields they need, pseudonymised where possible, under a data processing agreement. Review regularly what leaves the organisation and delete what is no longer needed.</source>
        <translation>N&apos;envoyer aux tiers, aux journaux et aux outils d&apos;analyse que les champs dont ils ont besoin, pseudonymisés si possible, dans le cadre d&apos;un contrat de sous-traitance (DPA). Revoir régulièrement ce qui sort de l&apos;organisation et supprimer ce qui n&apos;est plus nécessaire.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="176"/>
        <source>Data minimisation</source>
        <translation>Minimisation des données</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="177"/>
        <source>Check every personal field against the recorded purpose and drop those it does not need, at collection, in storage and in what is passed on. Where they serve the purpose, prefer coarser or derived values, such as an age band instead of a birth date or a region instead of an address.</source>
        <translation>Vérifier chaque champ personnel au regard de la finalité consignée et supprimer ceux dont elle n’a pas besoin, lors de la collecte, du stockage et de la transmission. Lorsqu’elles suffisent à la finalité, préférer des valeurs plus grossières ou dérivées, par exemple une tranche d’âge plutôt qu’une date de naissance, ou une région plutôt qu’une adresse.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="182"/>
        <source>Pseudonymisation with separated keys</source>
        <translation>Pseudonymisation avec clés séparées</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="183"/>
        <source>Replace direct identifiers with pseudonyms or tokens as early as possible, and keep the mapping in a separate, access-controlled service. Give different recipients different pseudonyms so that their data sets cannot be joined.</source>
        <translation>Remplacer les identifiants directs par des pseudonymes ou des jetons le plus tôt possible, et conserver la table de correspondance dans un service distinct à accès contrôlé. Attribuer des pseudonymes différents à chaque destinataire afin que leurs jeux de données ne puissent pas être joints.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="188"/>
        <source>Anonymisation and aggregation</source>
        <translation>Anonymisation et agrégation</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="189"/>
        <source>Where individual records are not needed, release aggregates, generalise or suppress rare values, or add calibrated noise. Test the result against linkage with other available data before treating it as anonymous.</source>
        <translation>Lorsque des enregistrements individuels ne sont pas nécessaires, publier des agrégats, généraliser ou supprimer les valeurs rares, ou ajouter un bruit calibré. Tester le résultat contre un recoupement avec d’autres données disponibles avant de le considérer comme anonyme.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="193"/>
        <source>Unlinkable identifiers</source>
        <translation>Identifiants non reliables</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="194"/>
        <source>Use identifiers that differ per recipient, per purpose or per session and change them regularly, instead of one stable id everywhere. Send third parties only identifiers they cannot match with data from other sources.</source>
        <translation>Utiliser des identifiants qui diffèrent selon le destinataire, la finalité ou la session et les renouveler régulièrement, au lieu d’un identifiant stable partout. N’envoyer aux tiers que des identifiants qu’ils ne peuvent pas rapprocher de données provenant d’autres sources.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="198"/>
        <source>Person identifiers kept out of URLs</source>
        <translation>Identifiants de personnes hors des URL</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="199"/>
        <source>Keep identifiers of people out of paths and query strings: send them in the request body, or use random, short-lived references that mean nothing outside the session. Mask any that remain in access logs.</source>
        <translation>Tenir les identifiants de personnes à l’écart des chemins et des chaînes de requête&#xa0;: les envoyer dans le corps de la requête, ou utiliser des références aléatoires et éphémères qui ne signifient rien en dehors de la session. Masquer ceux qui subsistent dans les journaux d’accès.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="203"/>
        <source>Third-party SDK review</source>
        <translation>Revue des SDK tiers</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="204"/>
        <source>Keep an inventory of the SDKs in every client with what each one sends and to whom, remove those without a clear need, and start the others only after the user has agreed. Configure them to collect the minimum and to leave advertising identifiers alone.</source>
        <translation>Tenir un inventaire des SDK de chaque client, avec ce que chacun envoie et à qui&#xa0;; retirer ceux qui ne répondent à aucun besoin clair et ne démarrer les autres qu’après l’accord de l’utilisateur. Les configurer pour collecter le minimum et ne pas utiliser les identifiants publicitaires.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="209"/>
        <source>Purpose-bound data sets</source>
        <translation>Jeux de données liés à une finalité</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="210"/>
        <source>Keep data collected for different purposes in separate stores or schemas and join them only for a documented, compatible purpose. Give each consumer access only to the data sets its purpose covers.</source>
        <translation>Conserver les données collectées pour des finalités différentes dans des stockages ou des schémas distincts, et ne les joindre que pour une finalité documentée et compatible. N’accorder à chaque consommateur que l’accès aux jeux de données couverts par sa finalité.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="214"/>
        <source>Need-to-know access to personal records</source>
        <translation>Accès aux données personnelles selon le besoin d’en connaître</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="215"/>
        <source>Limit who can read personal data and identified logs to the roles that need them, and record and review that access. Offer masked views for support and analytics so that most staff never see direct identifiers.</source>
        <translation>Restreindre la lecture des données personnelles et des journaux identifiants aux rôles qui en ont besoin, et journaliser et revoir ces accès. Proposer des vues masquées pour le support et l’analyse afin que la plupart des collaborateurs ne voient jamais d’identifiants directs.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="219"/>
        <source>Privacy-aware logging</source>
        <translation>Journalisation respectueuse de la vie privée</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="220"/>
        <source>Log only the events and fields that auditing or troubleshooting needs, with pseudonyms instead of names, and mask personal data in URLs and payloads. Keep logs for a short time, and longer only for the events that must stay attributable.</source>
        <translation>Ne journaliser que les événements et les champs nécessaires à l’audit ou au dépannage, avec des pseudonymes au lieu des noms, et masquer les données personnelles dans les URL et les contenus. Conserver les journaux peu de temps, et plus longtemps uniquement pour les événements qui doivent rester imputables.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="225"/>
        <source>Answer lookups, sign-in, sign-up, password reset and record requests the same way whether the person or record exists or not: same status, same message and a similar response time. Send anything specific to the verified owner through another channel, such as e-mail.</source>
        <translation>Répondre de la même manière aux recherches, connexions, inscriptions, réinitialisations de mot de passe et demandes d’enregistrements, que la personne ou l’enregistrement existe ou non&#xa0;: même statut, même message et temps de réponse similaire. Envoyer toute information spécifique au titulaire vérifié par un autre canal, par exemple par e-mail.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="230"/>
        <source>Resistance to traffic analysis</source>
        <translation>Résistance à l’analyse de trafic</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="231"/>
        <source>Serve sensitive functions from neutral host names on shared infrastructure, pad messages to uniform sizes, and send device data in batches or at fixed intervals, so that timing and volume reveal little. Keep connection metadata and its logs to a minimum.</source>
        <translation>Servir les fonctions sensibles sous des noms d’hôte neutres sur une infrastructure partagée, compléter les messages jusqu’à des tailles uniformes et envoyer les données des appareils par lots ou à intervalles fixes, afin que le moment et le volume révèlent peu de choses. Réduire au minimum les métadonnées de connexion et leurs journaux.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="236"/>
        <source>Field-level response shaping</source>
        <translation>Mise en forme des réponses au niveau des champs</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="237"/>
        <source>Build each response from an allowlist of fields for its consumer and operation instead of serialising whole records. Deliver personal fields only to the consumers and screens that use them.</source>
        <translation>Construire chaque réponse à partir d’une liste d’autorisation de champs propre à son consommateur et à l’opération, au lieu de sérialiser des enregistrements entiers. Ne livrer les champs personnels qu’aux consommateurs et aux écrans qui les utilisent.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="241"/>
        <source>Privacy notice</source>
        <translation>Mention d’information</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="242"/>
        <source>Tell people what is collected, why, on which basis, for how long and who receives it, where their data is collected or within a month of obtaining it from others. Keep the notice short at the point of collection with a link to the full text, and record which version each person was shown.</source>
        <translation>Indiquer aux personnes ce qui est collecté, pourquoi, sur quelle base, pour combien de temps et qui le reçoit, là où leurs données sont collectées ou dans un délai d’un mois après leur obtention auprès de tiers. Garder la mention courte au point de collecte avec un lien vers le texte complet, et consigner la version présentée à chaque personne.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="247"/>
        <source>Privacy dashboard and consent management</source>
        <translation>Tableau de bord de confidentialité et gestion du consentement</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="248"/>
        <source>Give people self-service settings to see their data, give and withdraw consent per purpose, object to profiling and marketing, and choose what is shared. Make withdrawing as easy as agreeing, and apply every change in all systems concerned.</source>
        <translation>Offrir aux personnes des paramètres en libre-service pour consulter leurs données, donner et retirer leur consentement par finalité, s’opposer au profilage et à la prospection, et choisir ce qui est partagé. Rendre le retrait aussi simple que l’accord, et appliquer chaque changement dans tous les systèmes concernés.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="253"/>
        <source>Subject access and export</source>
        <translation>Droit d’accès et export</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="254"/>
        <source>Index personal data by person across stores, so that one request can find, compile and export everything held about someone in a readable and machine-readable format. Verify who is asking, and answer within the legal deadline.</source>
        <translation>Indexer les données personnelles par personne dans tous les stockages, afin qu’une seule demande permette de retrouver, de rassembler et d’exporter tout ce qui est détenu sur quelqu’un dans un format lisible et exploitable par machine. Vérifier l’identité du demandeur et répondre dans le délai légal.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="259"/>
        <source>Erasure workflow</source>
        <translation>Processus d’effacement</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="260"/>
        <source>Support deleting or anonymising one person&apos;s data in every store, replica, cache and recipient, with backups expiring on a known schedule. Keep a minimal record that the erasure was done, and pass the request on to processors.</source>
        <translation>Permettre de supprimer ou d’anonymiser les données d’une personne dans chaque stockage, réplique et cache ainsi que chez chaque destinataire, les sauvegardes expirant selon un calendrier connu. Conserver une trace minimale de l’effacement effectué et transmettre la demande aux sous-traitants.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="265"/>
        <source>Human review of automated decisions</source>
        <translation>Réexamen humain des décisions automatisées</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="266"/>
        <source>Tell people when a decision about them is automated, explain its main factors, and let them have it reviewed by a person who can change it. Test the model and its data for errors and bias before and during use.</source>
        <translation>Informer les personnes lorsqu’une décision les concernant est automatisée, en expliquer les principaux facteurs et leur permettre d’obtenir un réexamen par une personne habilitée à la modifier. Tester le modèle et ses données pour détecter les erreurs et les biais, avant et pendant l’utilisation.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="270"/>
        <source>Retention schedule and automatic deletion</source>
        <translation>Calendrier de conservation et suppression automatique</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="271"/>
        <source>Set a retention period for each kind of personal data from its purpose and legal obligations, and delete or anonymise records automatically when it ends. Apply the same schedule to copies, logs and backups, and agree it with every recipient.</source>
        <translation>Fixer une durée de conservation pour chaque type de données personnelles en fonction de sa finalité et des obligations légales, et supprimer ou anonymiser automatiquement les enregistrements à son échéance. Appliquer le même calendrier aux copies, aux journaux et aux sauvegardes, et le convenir avec chaque destinataire.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="276"/>
        <source>Record of processing activities</source>
        <translation>Registre des activités de traitement</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="277"/>
        <source>For every store and flow of personal data, record whose data it is, the purposes, the lawful basis, the recipients, the retention period and the safeguards. Keep the record up to date as the system changes.</source>
        <translation>Pour chaque stockage et chaque flux de données personnelles, consigner à qui appartiennent les données, les finalités, la base légale, les destinataires, la durée de conservation et les garanties. Tenir le registre à jour à mesure que le système évolue.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="281"/>
        <source>Article 9 condition for special categories</source>
        <translation>Condition de l’article 9 pour les catégories particulières</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="282"/>
        <source>Before processing health, genetic, biometric or other special-category data, establish and document a condition of GDPR Article 9, such as explicit consent or the provision of care under professional secrecy, in addition to the Article 6 basis. Where no condition applies, do not process the data.</source>
        <translation>Avant de traiter des données de santé, génétiques, biométriques ou d’autres données de catégories particulières, établir et documenter une condition de l’article 9 du RGPD, comme le consentement explicite ou la prise en charge médicale soumise au secret professionnel, en plus de la base de l’article 6. Si aucune condition ne s’applique, ne pas traiter les données.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="288"/>
        <source>Encryption of personal data in transit</source>
        <translation>Chiffrement des données personnelles en transit</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="289"/>
        <source>Protect every flow of personal data with TLS 1.2 or later, or an equivalent authenticated encryption, inside the organisation&apos;s networks too. Verify certificates and switch off plaintext fallbacks.</source>
        <translation>Protéger chaque flux de données personnelles par TLS 1.2 ou plus récent, ou par un chiffrement authentifié équivalent, y compris à l’intérieur des réseaux de l’organisation. Vérifier les certificats et désactiver tout repli en clair.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="293"/>
        <source>Sign an agreement with every organisation that receives personal data, stating the purpose, duration and retention, the security measures, the use of sub-processors and the duty to return or delete the data at the end. Check the recipient&apos;s compliance from time to time.</source>
        <translation>Conclure un accord avec chaque organisation qui reçoit des données personnelles, précisant la finalité, la durée et la conservation, les mesures de sécurité, le recours à des sous-traitants ultérieurs et l’obligation de restituer ou de supprimer les données à la fin. Vérifier régulièrement la conformité du destinataire.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="298"/>
        <source>Safeguards for transfers outside the EEA</source>
        <translation>Garanties pour les transferts hors de l’EEE</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="299"/>
        <source>Transfer personal data to a third country only under an adequacy decision or appropriate safeguards such as standard contractual clauses, backed by a transfer impact assessment. Add technical measures where needed, such as encryption with keys held in the EEA.</source>
        <translation>Ne transférer des données personnelles vers un pays tiers que sur la base d’une décision d’adéquation ou de garanties appropriées telles que les clauses contractuelles types, étayées par une analyse d’impact du transfert. Ajouter des mesures techniques si nécessaire, comme un chiffrement avec des clés conservées dans l’EEE.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="304"/>
        <source>Data protection impact assessment</source>
        <translation>Analyse d’impact relative à la protection des données</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="305"/>
        <source>Assess high-risk processing, such as profiling, automated decisions, large-scale special-category data or joined data sets, before it starts. Describe it, weigh its necessity and proportionality, and decide on measures together with the data protection officer.</source>
        <translation>Évaluer les traitements à risque élevé, comme le profilage, les décisions automatisées, les données de catégories particulières à grande échelle ou les jeux de données joints, avant leur démarrage. Les décrire, en peser la nécessité et la proportionnalité, et décider des mesures avec le délégué à la protection des données.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="310"/>
        <source>Redundant instances with automatic failover</source>
        <translation>Instances redondantes avec basculement automatique</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="311"/>
        <source>Run at least two instances on separate hosts or availability zones behind a load balancer with health checks, so that traffic leaves a failed instance without anyone stepping in. Keep instances stateless or replicate their state, and rehearse failover regularly.</source>
        <translation>Faire tourner au moins deux instances sur des hôtes ou des zones de disponibilité distincts derrière un répartiteur de charge avec contrôles de santé, afin que le trafic quitte une instance défaillante sans intervention humaine. Garder les instances sans état ou répliquer leur état, et exercer régulièrement le basculement.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="316"/>
        <source>Regular, isolated and tested backups</source>
        <translation>Sauvegardes régulières, isolées et testées</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="317"/>
        <source>Back up on a schedule that matches the data loss the business can accept, and keep the copies in a separate account or location that production credentials can neither delete nor encrypt. Restore from them regularly, to prove that they work and to know how long a recovery takes.</source>
        <translation>Sauvegarder selon un calendrier adapté à la perte de données que l&apos;entreprise peut accepter, et conserver les copies dans un compte ou un emplacement distinct où les identifiants de production ne peuvent ni les supprimer ni les chiffrer. Les restaurer régulièrement, pour prouver qu&apos;elles fonctionnent et savoir combien de temps prend une reprise.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="322"/>
        <source>Timeouts, circuit breakers and fallbacks</source>
        <translation>Délais d&apos;expiration, disjoncteurs et solutions de repli</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="323"/>
        <source>Give every call to an outside party a strict timeout and a small retry budget, stop calling it for a while when it keeps failing, and decide beforehand what the system does without it: serve cached results, queue the work for later, or switch off only the feature that needs it.</source>
        <translation>Donner à chaque appel vers un partenaire extérieur un délai d&apos;expiration strict et un petit nombre de nouvelles tentatives, cesser de l&apos;appeler pendant un moment lorsqu&apos;il échoue de façon répétée, et décider à l&apos;avance ce que fait le système sans lui&#xa0;: servir des résultats en cache, mettre le travail en file d&apos;attente pour plus tard, ou désactiver uniquement la fonction qui en a besoin.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="328"/>
        <source>Dead-letter handling for records that fail</source>
        <translation>Traitement en file de rebut des enregistrements en échec</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="329"/>
        <source>Validate each record or message before acting on it, and move one that fails validation or keeps failing in processing to a separate dead-letter store with an alert. The consumer then carries on with the next input instead of failing on the same one again and again.</source>
        <translation>Valider chaque enregistrement ou message avant de le traiter, et déplacer celui qui échoue à la validation ou échoue à répétition au traitement vers un stockage de rebut (dead letter) distinct, avec une alerte. Le consommateur passe alors à l&apos;entrée suivante au lieu d&apos;échouer encore et encore sur la même.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="334"/>
        <source>Vendor assessment and data processing agreement</source>
        <translation>Évaluation du fournisseur et accord de traitement des données</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="335"/>
        <source>Before sensitive data goes to another organisation, review its security and agree in writing what it may do with the data, where and for how long it keeps it, and how fast it reports a breach. Send only the fields the service needs, pseudonymised where possible.</source>
        <translation>Avant que des données sensibles ne partent vers une autre organisation, évaluer sa sécurité et convenir par écrit de ce qu&apos;elle peut faire des données, où et combien de temps elle les conserve, et dans quel délai elle signale une violation. N&apos;envoyer que les champs dont le service a besoin, pseudonymisés si possible.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="340"/>
        <source>Signatures or MACs on data that must not change</source>
        <translation>Signatures ou MAC sur les données qui ne doivent pas changer</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/MitigationStrings.cpp" line="341"/>
        <source>Sign messages, files and records whose correctness matters, or protect them with a MAC, using keys kept apart from the data, and verify before acting on them. A change made on the way or in storage is then detected instead of trusted.</source>
        <translation>Signer les messages, fichiers et enregistrements dont l&apos;exactitude compte, ou les protéger par un MAC, avec des clés conservées à l&apos;écart des données, et vérifier avant de s&apos;en servir. Une modification faite en chemin ou dans le stockage est alors détectée au lieu d&apos;être tenue pour authentique.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="9"/>
        <source>Spoofing of {element.name}</source>
        <translation>Usurpation de l&apos;identité de {element.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="10"/>
        <source>An attacker pretends to be {element.name}, for instance with stolen or guessed credentials, a copied API key or a cloned client, and the system accepts the requests as if they came from the real actor. Everything the system lets {element.name} do can then be done in its name. Check how {element.name} proves its identity on each of its flows and how strong that proof is.</source>
        <translation>Un attaquant se fait passer pour {element.name}, par exemple avec des identifiants volés ou devinés, une clé d&apos;API copiée ou un client cloné, et le système accepte ses requêtes comme si elles venaient de l&apos;acteur légitime. Tout ce que le système permet à {element.name} de faire peut alors être fait en son nom. Vérifiez comment {element.name} prouve son identité sur chacun de ses flux et quelle est la solidité de cette preuve.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="17"/>
        <source>{element.name} could deny its actions</source>
        <translation>{element.name} pourrait nier ses actions</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="18"/>
        <source>{element.name} performs an action, such as a payment, a change or a submission, and later claims it never did, or that someone else did. Unless records tie each action to an authenticated identity, the system cannot show what happened, which matters for disputes, fraud handling and regulatory audits.</source>
        <translation>{element.name} effectue une action, comme un paiement, une modification ou une soumission, puis affirme ne jamais l&apos;avoir effectuée, ou que quelqu&apos;un d&apos;autre l&apos;a faite. Si aucun enregistrement ne rattache chaque action à une identité authentifiée, le système ne peut pas démontrer ce qui s&apos;est passé, ce qui pèse dans les litiges, le traitement des fraudes et les audits réglementaires.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="24"/>
        <source>An attacker stands up a look-alike of {element.name} (through DNS hijacking, a rogue host on the network, or a stolen service credential or certificate). Callers that do not verify the service&apos;s identity hand it their credentials and data, and downstream systems act on forged calls they believe come from {element.name}.</source>
        <translation>Un attaquant met en place une imitation de {element.name} (par détournement DNS, au moyen d&apos;un hôte malveillant sur le réseau, ou avec un identifiant ou un certificat de service volé). Les appelants qui ne vérifient pas l&apos;identité du service lui remettent leurs identifiants et leurs données, et les systèmes en aval donnent suite à des appels falsifiés qu&apos;ils croient émis par {element.name}.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="30"/>
        <source>Tampering with {element.name}</source>
        <translation>Falsification de {element.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="31"/>
        <source>An attacker changes how {element.name} behaves: crafted input that corrupts its state, a malicious dependency or build artefact, or a modified binary or configuration on its host. The process then produces wrong results or works for the attacker while still looking legitimate to everything that trusts it.</source>
        <translation>Un attaquant modifie le comportement de {element.name}&#xa0;: entrée forgée qui corrompt son état, dépendance ou artefact de build malveillant, ou binaire ou configuration modifiés sur son hôte. Le processus produit alors des résultats erronés ou travaille pour l&apos;attaquant, tout en paraissant légitime aux yeux de tout ce qui lui fait confiance.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="37"/>
        <source>Actions through {element.name} cannot be attributed</source>
        <translation>Les actions effectuées via {element.name} ne peuvent pas être imputées</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="38"/>
        <source>A caller performs an operation through {element.name} and later denies it, or an intruder uses the process without leaving a trace. If the process does not record who asked for what, when, and with which result, incidents cannot be reconstructed and disputed transactions cannot be settled.</source>
        <translation>Un appelant effectue une opération via {element.name} puis la nie, ou un intrus utilise le processus sans laisser de trace. Si le processus n&apos;enregistre pas qui a demandé quoi, quand et avec quel résultat, les incidents ne peuvent pas être reconstitués et les transactions contestées ne peuvent pas être tranchées.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="43"/>
        <source>Information disclosure by {element.name}</source>
        <translation>Divulgation d&apos;informations par {element.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="44"/>
        <source>{element.name} reveals data it should not: detailed error messages, debug output, responses carrying more than the caller needs, data left in memory, caches or temporary files, or timing differences that show whether a record exists. An attacker collects these details to reach protected data or to plan the next step of an attack.</source>
        <translation>{element.name} révèle des données qu&apos;il ne devrait pas révéler&#xa0;: messages d&apos;erreur détaillés, sorties de débogage, réponses contenant plus que ce dont l&apos;appelant a besoin, données laissées en mémoire, dans des caches ou dans des fichiers temporaires, ou différences de temps de réponse qui indiquent si un enregistrement existe. Un attaquant recueille ces détails pour atteindre des données protégées ou préparer l&apos;étape suivante d&apos;une attaque.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="50"/>
        <source>Denial of service against {element.name}</source>
        <translation>Déni de service contre {element.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="51"/>
        <source>An attacker makes {element.name} unavailable to legitimate callers by flooding it, sending very large payloads, triggering expensive queries, or exploiting algorithmic complexity such as catastrophic regular expressions. Everything that depends on {element.name} stalls with it.</source>
        <translation>Un attaquant rend {element.name} indisponible pour les appelants légitimes en le submergeant de requêtes, en envoyant des charges utiles très volumineuses, en déclenchant des requêtes coûteuses ou en exploitant la complexité algorithmique, par exemple au moyen d&apos;expressions régulières à retour arrière catastrophique. Tout ce qui dépend de {element.name} est bloqué avec lui.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="56"/>
        <source>Elevation of privilege through {element.name}</source>
        <translation>Élévation de privilèges via {element.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="57"/>
        <source>An attacker gets {element.name} to do something the attacker is not entitled to: calling functions meant for other roles, reaching other users&apos; data, or running code in the process&apos;s own security context through an injection or deserialisation flaw. The attacker then holds whatever rights {element.name} has on data stores and other services.</source>
        <translation>Un attaquant amène {element.name} à faire ce à quoi l&apos;attaquant n&apos;a pas droit&#xa0;: appeler des fonctions destinées à d&apos;autres rôles, accéder aux données d&apos;autres utilisateurs, ou exécuter du code dans le contexte de sécurité propre au processus grâce à une faille d&apos;injection ou de désérialisation. L&apos;attaquant détient alors tous les droits dont dispose {element.name} sur les stockages de données et les autres services.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="63"/>
        <source>Tampering with data in {element.name}</source>
        <translation>Falsification des données de {element.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="64"/>
        <source>An attacker with a path to {element.name} (a compromised service account, an injection flaw in one of its writers, a restored backup or direct network access) changes or deletes stored records. Everything that later reads the data decides on values the attacker chose, and the change may go unnoticed for a long time.</source>
        <translation>Un attaquant disposant d&apos;un accès à {element.name} (compte de service compromis, faille d&apos;injection chez l&apos;un des composants qui y écrivent, sauvegarde restaurée ou accès réseau direct) modifie ou supprime des enregistrements stockés. Tout ce qui lit ensuite ces données prend ses décisions sur la base de valeurs choisies par l&apos;attaquant, et la modification peut passer longtemps inaperçue.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="70"/>
        <source>Audit trail in {element.name} may not settle disputes</source>
        <translation>La piste d&apos;audit de {element.name} pourrait ne pas suffire à trancher les litiges</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="71"/>
        <source>{element.name} is the record of who did what. If its entries can be removed or rewritten, lack the acting identity, or carry timestamps from unsynchronised clocks, a user or an intruder can deny an action and the log cannot prove otherwise. Intruders routinely clean logs to hide their activity.</source>
        <translation>{element.name} est la trace de qui a fait quoi. Si ses entrées peuvent être supprimées ou réécrites, ne mentionnent pas l&apos;identité de l&apos;auteur ou portent des horodatages issus d&apos;horloges non synchronisées, un utilisateur ou un intrus peut nier une action sans que le journal puisse prouver le contraire. Les intrus nettoient systématiquement les journaux pour masquer leur activité.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="77"/>
        <source>Information disclosure from {element.name}</source>
        <translation>Divulgation d&apos;informations depuis {element.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="78"/>
        <source>An attacker reads data in {element.name} without authorization: through an over-privileged service account, an injection flaw in a process that queries it, an exposed management port, or unprotected replicas, exports and backups. A single such path can leak the store&apos;s entire contents at once.</source>
        <translation>Un attaquant lit des données de {element.name} sans autorisation&#xa0;: au moyen d&apos;un compte de service doté de privilèges excessifs, d&apos;une faille d&apos;injection dans un processus qui l&apos;interroge, d&apos;un port d&apos;administration exposé, ou de répliques, d&apos;exports et de sauvegardes non protégés. Un seul de ces chemins peut suffire à divulguer d&apos;un coup l&apos;intégralité du contenu du stockage.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="84"/>
        <source>An attacker fills {element.name} until it runs out of space, exhausts its connections, holds locks, or floods it with expensive queries through the processes that use it. Every process that depends on the store then fails or slows down.</source>
        <translation>Un attaquant remplit {element.name} jusqu&apos;à épuisement de l&apos;espace disponible, épuise ses connexions, maintient des verrous ou le submerge de requêtes coûteuses par l&apos;intermédiaire des processus qui l&apos;utilisent. Tous les processus qui dépendent du stockage échouent alors ou ralentissent.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="89"/>
        <source>Tampering with {element.name} in transit</source>
        <translation>Falsification de {element.name} en transit</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="90"/>
        <source>An attacker positioned on the path between {source.name} and {target.name} alters {element.name} while it travels: changed amounts, swapped identifiers, injected content, or messages replayed or dropped. The receiver then acts on data the sender never sent.</source>
        <translation>Un attaquant placé sur le chemin entre {source.name} et {target.name} altère {element.name} pendant son acheminement&#xa0;: montants modifiés, identifiants échangés, contenu injecté, messages rejoués ou supprimés. Le destinataire agit alors sur la base de données que l&apos;émetteur n&apos;a jamais envoyées.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="95"/>
        <source>Eavesdropping on {element.name}</source>
        <translation>Écoute clandestine de {element.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="96"/>
        <source>An attacker who can observe the traffic between {source.name} and {target.name}, from a compromised host or network device, a misconfigured proxy or an intermediary that logs payloads, reads {element.name}. Credentials, tokens and the {element.dataClassification} data on the flow are exposed.</source>
        <translation>Un attaquant qui peut observer le trafic entre {source.name} et {target.name}, depuis un hôte ou un équipement réseau compromis, un proxy mal configuré ou un intermédiaire qui journalise les contenus, lit {element.name}. Les identifiants, les jetons et les données de classe {element.dataClassification} transportés par le flux sont exposés.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="102"/>
        <source>Disruption of {element.name}</source>
        <translation>Perturbation de {element.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="103"/>
        <source>An attacker interrupts {element.name} by saturating the link, exhausting connections at either end or forcing constant reconnections, so that {target.name} no longer receives what {source.name} sends. Depending on the flow, work is lost, delayed or has to be retried.</source>
        <translation>Un attaquant interrompt {element.name} en saturant le lien, en épuisant les connexions à l&apos;une ou l&apos;autre extrémité ou en forçant des reconnexions incessantes, de sorte que {target.name} ne reçoit plus ce qu&apos;envoie {source.name}. Selon le flux, le travail est perdu, retardé ou doit être relancé.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="108"/>
        <source>Unencrypted {flow.name} crosses a trust boundary</source>
        <translation>{flow.name} traverse une frontière de confiance sans chiffrement</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="109"/>
        <source>{flow.name} travels from {source.name} to {target.name} across a trust boundary without encryption. Anyone with a foothold on a network it passes through can read the {flow.dataClassification} data and any credentials or tokens it carries. A trust boundary is exactly where the two sides do not share a network you fully control.</source>
        <translation>{flow.name} circule de {source.name} vers {target.name} à travers une frontière de confiance sans être chiffré. Quiconque a pris pied sur un réseau qu&apos;il traverse peut lire les données de classe {flow.dataClassification} ainsi que les identifiants ou jetons qu&apos;il transporte. Une frontière de confiance marque précisément l&apos;endroit où les deux parties ne partagent pas un réseau que vous maîtrisez entièrement.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="115"/>
        <source>Modification of {flow.name} across a trust boundary</source>
        <translation>Modification de {flow.name} à travers une frontière de confiance</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="116"/>
        <source>Because {flow.name} crosses a trust boundary in clear, an attacker in the path can change requests and responses between {source.name} and {target.name} in flight, inject content or redirect the client. {target.name} cannot tell a modified message from a genuine one.</source>
        <translation>Comme {flow.name} traverse une frontière de confiance en clair, un attaquant situé sur le chemin peut modifier à la volée les requêtes et les réponses échangées entre {source.name} et {target.name}, injecter du contenu ou rediriger le client. {target.name} ne peut pas distinguer un message modifié d&apos;un message authentique.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="121"/>
        <source>Data classified {flow.dataClassification} sent in clear on {flow.name}</source>
        <translation>Données de classe {flow.dataClassification} envoyées en clair sur {flow.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="123"/>
        <source>{flow.name} carries {flow.dataClassification} data from {source.name} to {target.name} without encryption. It stays inside one zone, but an attacker who compromises any host, container or network device on that segment can capture it: an internal network is not a confidentiality control. Infrastructure such as proxies, brokers and traffic mirrors also tends to record such traffic in plain text.</source>
        <translation>{flow.name} transporte des données de classe {flow.dataClassification} de {source.name} vers {target.name} sans chiffrement. Le flux reste à l&apos;intérieur d&apos;une même zone, mais un attaquant qui compromet n&apos;importe quel hôte, conteneur ou équipement réseau de ce segment peut les capturer&#xa0;: un réseau interne n&apos;est pas une mesure de confidentialité. Les éléments d&apos;infrastructure tels que les proxys, les courtiers de messages et les miroirs de trafic ont en outre tendance à enregistrer ce trafic en clair.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="130"/>
        <source>Unauthenticated entry into {target.name} via {flow.name}</source>
        <translation>Accès non authentifié à {target.name} via {flow.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="131"/>
        <source>{flow.name} crosses a trust boundary into {target.name} without any authentication, so anyone who can reach it can send data as if they were {source.name}. Every function and record reachable through this entry point is open to anonymous callers, who do not even need stolen credentials.</source>
        <translation>{flow.name} franchit une frontière de confiance vers {target.name} sans aucune authentification&#xa0;: quiconque peut l&apos;atteindre peut donc envoyer des données comme s&apos;il était {source.name}. Chaque fonction et chaque enregistrement accessibles par ce point d&apos;entrée sont ouverts aux appelants anonymes, qui n&apos;ont même pas besoin d&apos;identifiants volés.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="136"/>
        <source>{target.name} does not authenticate {source.name}</source>
        <translation>{target.name} n&apos;authentifie pas {source.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="137"/>
        <source>{target.name} accepts {flow.name} without checking who sent it. Any compromised component in the same zone can impersonate {source.name} and inject or request data, which makes lateral movement after a first foothold easy. Being on the internal network is not an identity.</source>
        <translation>{target.name} accepte {flow.name} sans vérifier qui l&apos;a envoyé. N&apos;importe quel composant compromis de la même zone peut se faire passer pour {source.name} et injecter ou demander des données, ce qui facilite les déplacements latéraux une fois un premier point d&apos;appui obtenu. Se trouver sur le réseau interne ne constitue pas une identité.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="142"/>
        <source>Unvalidated input from {source.name} reaches {target.name}</source>
        <translation>Des entrées non validées de {source.name} parviennent à {target.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="143"/>
        <source>{source.name} is untrusted, and {target.name} does not validate what arrives on {flow.name}. An attacker sends malformed, oversized or malicious payloads (injection strings, unexpected types, extra fields) that corrupt data or change the behaviour of {target.name} and of the systems behind it.</source>
        <translation>{source.name} n&apos;est pas de confiance, et {target.name} ne valide pas ce qui arrive par {flow.name}. Un attaquant envoie des charges utiles malformées, surdimensionnées ou malveillantes (chaînes d&apos;injection, types inattendus, champs supplémentaires) qui corrompent les données ou modifient le comportement de {target.name} et des systèmes situés derrière lui.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="149"/>
        <source>Injection into {target.name} through {source.name}</source>
        <translation>Injection dans {target.name} via {source.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="150"/>
        <source>{source.name} does not validate its input and passes data on to {target.name} over {flow.name}. If it builds queries or commands from that data, an attacker can inject query syntax (SQL, NoSQL operators, CQL) to read, change or delete records far beyond what the request should touch.</source>
        <translation>{source.name} ne valide pas ses entrées et transmet des données à {target.name} par {flow.name}. S&apos;il construit des requêtes ou des commandes à partir de ces données, un attaquant peut injecter de la syntaxe de requête (SQL, opérateurs NoSQL, CQL) pour lire, modifier ou supprimer des enregistrements bien au-delà de ce que la requête devrait toucher.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="155"/>
        <source>Log injection from {source.name} into {target.name}</source>
        <translation>Injection de journaux depuis {source.name} dans {target.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="156"/>
        <source>{source.name} writes events into {target.name}. An attacker who controls part of a logged value (a user name, a header, a free-text field) can embed line breaks or control characters to forge entries, break log parsers or hide real events, and an attacker who controls {source.name} itself can write anything into the log.</source>
        <translation>{source.name} écrit des événements dans {target.name}. Un attaquant qui contrôle une partie d&apos;une valeur journalisée (un nom d&apos;utilisateur, un en-tête, un champ de texte libre) peut y insérer des sauts de ligne ou des caractères de contrôle pour forger des entrées, perturber les analyseurs de journaux ou masquer des événements réels, et un attaquant qui contrôle {source.name} lui-même peut écrire n&apos;importe quoi dans le journal.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="162"/>
        <source>Sensitive data from {source.name} lies unencrypted in {target.name}</source>
        <translation>Les données sensibles de {source.name} sont stockées en clair dans {target.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="164"/>
        <source>{source.name} uses {target.name}, which holds personal data or credentials but is not encrypted at rest. Anyone who obtains a disk, a snapshot, a backup or file-level access to {target.name} reads the data directly, without passing any access control of the application or the database.</source>
        <translation>{source.name} utilise {target.name}, qui contient des données personnelles ou des identifiants mais n&apos;est pas chiffré au repos. Quiconque obtient un disque, un instantané, une sauvegarde ou un accès au niveau des fichiers de {target.name} lit directement les données, sans passer par aucun contrôle d&apos;accès de l&apos;application ou de la base de données.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="169"/>
        <source>Privileged {target.name} receives data across a trust boundary</source>
        <translation>{target.name}, privilégié, reçoit des données à travers une frontière de confiance</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="171"/>
        <source>{target.name} runs with elevated privileges and accepts {flow.name} from {source.name} across a trust boundary. Any injection, deserialisation or memory-safety flaw reachable through this flow gives the attacker code execution with those privileges, which often means the whole host or cloud account.</source>
        <translation>{target.name} s&apos;exécute avec des privilèges élevés et accepte {flow.name} en provenance de {source.name} à travers une frontière de confiance. Toute faille d&apos;injection, de désérialisation ou de sécurité mémoire accessible par ce flux permet à l&apos;attaquant d&apos;exécuter du code avec ces privilèges, ce qui signifie souvent la prise de l&apos;hôte entier ou de tout le compte cloud.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="177"/>
        <source>Reusable credentials cross a trust boundary on {flow.name}</source>
        <translation>Des identifiants réutilisables traversent une frontière de confiance sur {flow.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="178"/>
        <source>{flow.name} carries a user name and password from {source.name} to {target.name} across a trust boundary. Passwords are long-lived and often reused elsewhere: if the flow is intercepted, recorded by a proxy or phished through a look-alike endpoint, the attacker can sign in as {source.name} until the password is changed.</source>
        <translation>{flow.name} transporte un nom d&apos;utilisateur et un mot de passe de {source.name} vers {target.name} à travers une frontière de confiance. Les mots de passe ont une longue durée de vie et sont souvent réutilisés ailleurs&#xa0;: si le flux est intercepté, enregistré par un proxy ou détourné par hameçonnage au moyen d&apos;un faux point de terminaison, l&apos;attaquant peut se connecter en tant que {source.name} jusqu&apos;à ce que le mot de passe soit changé.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="184"/>
        <source>Credentials on unencrypted {flow.name} can be captured and reused</source>
        <translation>Les identifiants circulant sur {flow.name}, non chiffré, peuvent être capturés et réutilisés</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="186"/>
        <source>{flow.name} authenticates with {flow.authentication} but is not encrypted, so the credential or token travels in clear between {source.name} and {target.name}. An attacker who can observe the traffic copies it and then calls {target.name}, or anything else that accepts it, as {source.name}.</source>
        <translation>{flow.name} s&apos;authentifie par {flow.authentication} mais n&apos;est pas chiffré&#xa0;: l&apos;identifiant ou le jeton circule donc en clair entre {source.name} et {target.name}. Un attaquant qui peut observer le trafic le copie, puis appelle {target.name}, ou tout autre système qui l&apos;accepte, en tant que {source.name}.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="191"/>
        <source>HTTP Basic authentication on {flow.name}</source>
        <translation>Authentification HTTP Basic sur {flow.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="192"/>
        <source>{source.name} sends a user name and password to {target.name} with every request. The password is exposed on every call, sits in client configuration and proxy logs, cannot be scoped or expired per client, and invites brute force, so a single leak gives lasting access.</source>
        <translation>{source.name} envoie un nom d&apos;utilisateur et un mot de passe à {target.name} à chaque requête. Le mot de passe est exposé à chaque appel, figure dans la configuration du client et dans les journaux des proxys, ne peut être ni restreint ni soumis à expiration par client, et se prête aux attaques par force brute&#xa0;: une seule fuite donne un accès durable.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="197"/>
        <source>Flooding of {target.name} from the internet</source>
        <translation>Saturation de {target.name} depuis Internet</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="198"/>
        <source>{flow.name} reaches {target.name} from the internet, and {target.name} does not limit request rates. Attackers can cheaply send volumes that exhaust its threads, connections or downstream capacity, or that run up cloud and third-party costs, using botnets or rented infrastructure.</source>
        <translation>{flow.name} atteint {target.name} depuis Internet, et {target.name} ne limite pas le débit des requêtes. À l&apos;aide de botnets ou d&apos;infrastructures louées, des attaquants peuvent envoyer à peu de frais des volumes qui épuisent ses threads, ses connexions ou la capacité des systèmes en aval, ou qui font grimper les coûts cloud et les factures des tiers.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="203"/>
        <source>Data classified {flow.dataClassification} leaves your control on {flow.name}</source>
        <translation>Des données de classe {flow.dataClassification} échappent à votre contrôle via {flow.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="206"/>
        <source>{source.name} sends {flow.dataClassification} data to {target.name}, which another organisation operates. From then on its protection depends on that party&apos;s security, retention and staff: a breach or misuse there exposes your users&apos; data, and you remain accountable for it under data protection law.</source>
        <translation>{source.name} envoie des données de classe {flow.dataClassification} à {target.name}, qu&apos;exploite une autre organisation. Dès lors, leur protection dépend de la sécurité, des règles de conservation et du personnel de ce tiers&#xa0;: une violation ou un usage abusif chez lui expose les données de vos utilisateurs, et vous en restez responsable au regard de la réglementation sur la protection des données.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="212"/>
        <source>{target.name} keeps no record of {flow.name}</source>
        <translation>{target.name} ne conserve aucune trace de {flow.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="213"/>
        <source>{target.name} does not log what it receives on {flow.name}. {source.name}, or whoever uses its identity, can send requests, including replayed ones, and later deny them, and misuse goes unnoticed because there is nothing to alert on or investigate.</source>
        <translation>{target.name} ne journalise pas ce qu&apos;il reçoit par {flow.name}. {source.name}, ou quiconque utilise son identité, peut envoyer des requêtes, y compris rejouées, puis les nier, et les abus passent inaperçus faute de traces sur lesquelles alerter ou enquêter.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="218"/>
        <source>Replay of captured {flow.authentication} credentials on {flow.name}</source>
        <translation>Rejeu d&apos;identifiants {flow.authentication} capturés sur {flow.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="220"/>
        <source>{flow.name} is authenticated with a static {flow.authentication} secret that is valid for every request until it is rotated or expires. An attacker who obtains it once, from a log, a client, a partner&apos;s systems or a proxy, replays it from anywhere, and {target.name} cannot tell those calls from genuine ones by {source.name}.</source>
        <translation>{flow.name} est authentifié par un secret {flow.authentication} statique, valable pour chaque requête jusqu&apos;à son renouvellement ou son expiration. Un attaquant qui l&apos;obtient une seule fois, depuis un journal, un client, les systèmes d&apos;un partenaire ou un proxy, le rejoue depuis n&apos;importe où, et {target.name} ne peut pas distinguer ces appels des appels authentiques de {source.name}.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="226"/>
        <source>{target.name} is reachable across a trust boundary</source>
        <translation>{target.name} est accessible à travers une frontière de confiance</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="227"/>
        <source>{source.name} reaches {target.name} across a trust boundary. If {source.name} is compromised or misbehaves, it can flood the store with queries or writes, hold its connections or fill its disk, making it unavailable to every other component. A store that is reachable from a less trusted zone is also exposed to direct attacks on its network port.</source>
        <translation>{source.name} atteint {target.name} à travers une frontière de confiance. Si {source.name} est compromis ou se comporte mal, il peut submerger le stockage de requêtes ou d&apos;écritures, monopoliser ses connexions ou remplir son disque, le rendant indisponible pour tous les autres composants. Un stockage accessible depuis une zone de moindre confiance est en outre exposé à des attaques directes sur son port réseau.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="233"/>
        <source>Static credentials of {source.name} for {target.name}</source>
        <translation>Identifiants statiques de {source.name} pour {target.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="234"/>
        <source>{source.name} connects to {target.name} with a static {flow.authentication} credential. If it leaks from configuration, environment variables, container images or a developer&apos;s machine, an attacker connects to the store directly as {source.name} and bypasses every check the application performs.</source>
        <translation>{source.name} se connecte à {target.name} avec un identifiant {flow.authentication} statique. S&apos;il fuit depuis la configuration, des variables d&apos;environnement, des images de conteneur ou le poste d&apos;un développeur, un attaquant se connecte directement au stockage en tant que {source.name} et contourne tous les contrôles effectués par l&apos;application.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="240"/>
        <source>Data classified {flow.dataClassification} written to {target.name}</source>
        <translation>Données de classe {flow.dataClassification} écrites dans {target.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="242"/>
        <source>{flow.name} writes {flow.dataClassification} data into {target.name}. Logs are read by many people and tools, kept for a long time and copied into other systems, so secrets, tokens or personal data in log entries leak far beyond the access controls of the original data.</source>
        <translation>{flow.name} écrit des données de classe {flow.dataClassification} dans {target.name}. Les journaux sont lus par de nombreuses personnes et de nombreux outils, conservés longtemps et copiés dans d&apos;autres systèmes&#xa0;: les secrets, jetons ou données personnelles présents dans les entrées de journal fuient donc bien au-delà des contrôles d&apos;accès des données d&apos;origine.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="247"/>
        <source>Anyone can write entries to {target.name}</source>
        <translation>N&apos;importe qui peut écrire des entrées dans {target.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="248"/>
        <source>{target.name} accepts events on {flow.name} without authenticating the writer. An attacker who can reach it adds forged entries that blame someone else, or buries real events in noise, so the log can no longer show who actually did what.</source>
        <translation>{target.name} accepte des événements par {flow.name} sans authentifier leur émetteur. Un attaquant qui peut l&apos;atteindre ajoute des entrées falsifiées qui incriminent quelqu&apos;un d&apos;autre, ou noie les événements réels dans le bruit, si bien que le journal ne peut plus montrer qui a réellement fait quoi.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="253"/>
        <source>Direct store access between {source.name} and {target.name}</source>
        <translation>Accès direct au stockage entre {source.name} et {target.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="255"/>
        <source>An external actor reads or writes the data store directly on {flow.name}, with no process in between to authenticate, authorize and validate each operation. The store&apos;s own permissions become the only control, and they are rarely fine-grained enough to keep one user away from another user&apos;s records.</source>
        <translation>Un acteur externe lit ou écrit directement dans le stockage de données par {flow.name}, sans processus intermédiaire pour authentifier, autoriser et valider chaque opération. Les permissions propres au stockage deviennent le seul contrôle, et elles sont rarement assez fines pour empêcher un utilisateur d&apos;accéder aux enregistrements d&apos;un autre.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="261"/>
        <source>{target.name} does not authorize requests arriving across a trust boundary</source>
        <translation>{target.name} ne contrôle pas l&apos;autorisation des requêtes qui franchissent une frontière de confiance</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="263"/>
        <source>{flow.name} crosses a trust boundary into {target.name}, which does not check what each caller may do. Any caller that gets past authentication, or any compromised component in the zone of {source.name}, can use every function of {target.name}, including those meant for more trusted callers.</source>
        <translation>{flow.name} franchit une frontière de confiance vers {target.name}, qui ne vérifie pas ce que chaque appelant a le droit de faire. Tout appelant qui passe l&apos;authentification, ou tout composant compromis dans la zone de {source.name}, peut utiliser toutes les fonctions de {target.name}, y compris celles destinées à des appelants de plus grande confiance.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="268"/>
        <source>{target.name} treats a valid token as permission</source>
        <translation>{target.name} considère un jeton valide comme une autorisation</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="269"/>
        <source>{target.name} accepts the {flow.authentication} token on {flow.name} but enforces no authorization of its own. A valid token and its OAuth scopes only say that a client was granted coarse-grained access; they do not say that this user may perform this operation on this object. Any user holding a valid token can call operations meant for other roles or reach other users&apos; data.</source>
        <translation>{target.name} accepte le jeton {flow.authentication} de {flow.name} mais n&apos;applique aucun contrôle d&apos;autorisation propre. Un jeton valide et ses portées OAuth indiquent seulement qu&apos;un client a obtenu un accès à gros grain&#xa0;; ils n&apos;indiquent pas que cet utilisateur peut effectuer cette opération sur cet objet. Tout utilisateur détenant un jeton valide peut appeler des opérations destinées à d&apos;autres rôles ou accéder aux données d&apos;autres utilisateurs.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="276"/>
        <source>Secret embedded in public client {source.name}</source>
        <translation>Secret embarqué dans le client public {source.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="277"/>
        <source>{source.name} authenticates to {target.name} with a {flow.authentication} credential, which therefore ships inside software running on devices the attacker controls. It can be extracted from the app bundle, the JavaScript or the traffic within minutes and then used to call {target.name} from anywhere. An API key identifies a client application; it never proves who the user is.</source>
        <translation>{source.name} s&apos;authentifie auprès de {target.name} avec un identifiant {flow.authentication}, qui est donc livré dans un logiciel s&apos;exécutant sur des appareils que l&apos;attaquant contrôle. Il peut être extrait du paquet de l&apos;application, du JavaScript ou du trafic en quelques minutes, puis servir à appeler {target.name} depuis n&apos;importe où. Une clé d&apos;API identifie une application cliente&#xa0;; elle ne prouve jamais qui est l&apos;utilisateur.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="284"/>
        <source>Malformed records in {source.name} can halt {target.name}</source>
        <translation>Des enregistrements malformés dans {source.name} peuvent bloquer {target.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="285"/>
        <source>{target.name} consumes data from {source.name} on {flow.name} without validating it, assuming that whatever was stored is well formed. A single malformed or malicious record or message, planted through any other writer, makes {target.name} crash or retry on every read and stalls processing for everyone; the same record may carry a stored injection payload.</source>
        <translation>{target.name} consomme des données de {source.name} par {flow.name} sans les valider, en supposant que tout ce qui a été stocké est bien formé. Un seul enregistrement ou message malformé ou malveillant, déposé par n&apos;importe quel autre composant qui y écrit, fait planter {target.name} ou le fait réessayer à chaque lecture, et bloque le traitement pour tous&#xa0;; ce même enregistrement peut contenir une charge d&apos;injection stockée.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="291"/>
        <source>Fake device data on {flow.name}</source>
        <translation>Fausses données d&apos;appareil sur {flow.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="292"/>
        <source>{source.name} does not prove its identity with a per-device certificate on {flow.name}. An attacker can emulate one device or thousands and submit fabricated readings or commands to {target.name}, and a credential extracted from one physical device lets the attacker impersonate it indefinitely.</source>
        <translation>{source.name} ne prouve pas son identité au moyen d&apos;un certificat propre à chaque appareil sur {flow.name}. Un attaquant peut émuler un appareil ou des milliers et soumettre des mesures ou des commandes fabriquées à {target.name}, et un identifiant extrait d&apos;un appareil physique lui permet d&apos;usurper indéfiniment l&apos;identité de celui-ci.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="298"/>
        <source>Requests on {flow.name} cannot be tied to a person</source>
        <translation>Les requêtes sur {flow.name} ne peuvent pas être rattachées à une personne</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="299"/>
        <source>{flow.name} is authenticated only by an API key, which identifies a client system rather than a person and is usually shared by several hosts and operators. When a disputed or harmful request reaches {target.name}, the log shows only the key, and {source.name} can plausibly deny having sent it.</source>
        <translation>{flow.name} n&apos;est authentifié que par une clé d&apos;API, qui identifie un système client et non une personne, et qui est généralement partagée entre plusieurs hôtes et opérateurs. Lorsqu&apos;une requête contestée ou préjudiciable atteint {target.name}, le journal n&apos;indique que la clé, et {source.name} peut nier de façon plausible l&apos;avoir envoyée.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="305"/>
        <source>Broken object level authorization on {flow.name}</source>
        <translation>Autorisation défaillante au niveau objet sur {flow.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="306"/>
        <source>Requests on {flow.name} name the object they want with a client-supplied id, and {target.name} does not check that the authenticated caller may access that object. An attacker signs in with their own account, swaps the id for someone else&apos;s (ids are often sequential or printed on documents) and reads other users&apos; records at machine speed.</source>
        <translation>Les requêtes sur {flow.name} désignent l&apos;objet voulu par un identifiant fourni par le client, et {target.name} ne vérifie pas que l&apos;appelant authentifié a le droit d&apos;accéder à cet objet. Un attaquant se connecte avec son propre compte, remplace l&apos;identifiant par celui de quelqu&apos;un d&apos;autre (les identifiants sont souvent séquentiels ou imprimés sur des documents) et lit les enregistrements d&apos;autres utilisateurs à la vitesse d&apos;une machine.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="312"/>
        <source>Changing other users&apos; objects through {flow.name}</source>
        <translation>Modification des objets d&apos;autres utilisateurs via {flow.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="313"/>
        <source>{flow.name} changes or deletes the object named by a client-supplied id, and {target.name} does not check that the caller owns it. An attacker substitutes another user&apos;s id to modify, cancel or delete that user&apos;s data, with effects that can be hard to detect and to undo.</source>
        <translation>{flow.name} modifie ou supprime l&apos;objet désigné par un identifiant fourni par le client, et {target.name} ne vérifie pas que l&apos;appelant en est le propriétaire. Un attaquant substitue l&apos;identifiant d&apos;un autre utilisateur pour modifier, annuler ou supprimer les données de celui-ci, avec des effets qui peuvent être difficiles à détecter et à corriger.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="318"/>
        <source>Credential stuffing and brute force against {target.name}</source>
        <translation>Credential stuffing et force brute contre {target.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="319"/>
        <source>{target.name} accepts passwords from {source.name} on {flow.name} without both throttling and a second factor. Attackers replay leaked user name and password lists or guess passwords with automated tools, and every hit is a full account takeover because the password alone is enough.</source>
        <translation>{target.name} accepte des mots de passe de {source.name} par {flow.name} sans combiner limitation de débit et second facteur. Les attaquants rejouent des listes de noms d&apos;utilisateur et de mots de passe divulgués ou devinent les mots de passe avec des outils automatisés, et chaque succès équivaut à une prise de contrôle complète du compte, puisque le mot de passe suffit à lui seul.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="324"/>
        <source>Token or key in the URL of {flow.name}</source>
        <translation>Jeton ou clé dans l&apos;URL de {flow.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="325"/>
        <source>{flow.name} carries a token, session id or API key in the URL. URLs are written to web server, proxy and gateway logs, kept in browser history and bookmarks, and sent to other sites in Referer headers, so the credential reaches everyone who can read those and can be replayed against {target.name}.</source>
        <translation>{flow.name} transporte un jeton, un identifiant de session ou une clé d&apos;API dans l&apos;URL. Les URL sont écrites dans les journaux des serveurs web, des proxys et des passerelles, conservées dans l&apos;historique et les favoris des navigateurs, et envoyées à d&apos;autres sites dans les en-têtes Referer&#xa0;: l&apos;identifiant parvient ainsi à tous ceux qui peuvent lire ces éléments et peut être rejoué contre {target.name}.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="331"/>
        <source>{target.name} does not validate the tokens on {flow.name}</source>
        <translation>{target.name} ne valide pas les jetons de {flow.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="332"/>
        <source>{flow.name} carries {flow.authentication} tokens, but {target.name} does not validate them itself and relies on an upstream component or on the client. A caller who reaches {target.name} directly, or who presents a token signed with &apos;alg: none&apos;, a guessed key, or one that is expired or meant for another audience, is accepted as any user they like.</source>
        <translation>{flow.name} transporte des jetons {flow.authentication}, mais {target.name} ne les valide pas lui-même et s&apos;en remet à un composant en amont ou au client. Un appelant qui atteint {target.name} directement, ou qui présente un jeton signé avec «&#xa0;alg: none&#xa0;» ou avec une clé devinée, ou encore un jeton expiré ou destiné à une autre audience, est accepté sous l&apos;identité de l&apos;utilisateur de son choix.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="338"/>
        <source>{element.name} allows deprecated OAuth grants</source>
        <translation>{element.name} autorise des flux OAuth obsolètes</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="339"/>
        <source>{element.name} still offers the implicit grant or the resource owner password credentials grant. The implicit grant hands access tokens to the browser in the redirect URL, where history, logs and injected scripts can take them; the password grant trains clients to collect users&apos; passwords and gets in the way of MFA. Both make token theft and phishing easier than the authorization code grant with PKCE.</source>
        <translation>{element.name} propose encore le flux implicite ou le flux «&#xa0;Resource Owner Password Credentials&#xa0;». Le flux implicite remet les jetons d&apos;accès au navigateur dans l&apos;URL de redirection, où l&apos;historique, les journaux et les scripts injectés peuvent s&apos;en emparer&#xa0;; le flux par mot de passe habitue les clients à collecter les mots de passe des utilisateurs et fait obstacle à la MFA. Tous deux rendent le vol de jetons et l&apos;hameçonnage plus faciles qu&apos;avec le flux par code d&apos;autorisation avec PKCE.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="346"/>
        <source>Authorization codes from {element.name} can be intercepted</source>
        <translation>Les codes d&apos;autorisation émis par {element.name} peuvent être interceptés</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="347"/>
        <source>{element.name} does not require PKCE for the authorization code grant. On mobile and browser clients, a malicious app registered for the same redirect scheme, a leaked redirect URL or a log entry can reveal the authorization code, which the attacker then exchanges for the user&apos;s tokens. PKCE binds each code to the client instance that asked for it.</source>
        <translation>{element.name} n&apos;exige pas PKCE pour le flux par code d&apos;autorisation. Sur les clients mobiles et navigateur, une application malveillante enregistrée pour le même schéma de redirection, une URL de redirection divulguée ou une entrée de journal peut révéler le code d&apos;autorisation, que l&apos;attaquant échange ensuite contre les jetons de l&apos;utilisateur. PKCE lie chaque code à l&apos;instance de client qui l&apos;a demandé.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="353"/>
        <source>Stolen tokens from {element.name} stay useful too long</source>
        <translation>Les jetons volés émis par {element.name} restent exploitables trop longtemps</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="354"/>
        <source>{element.name} issues access tokens that live longer than an hour, or refresh tokens that are neither rotated nor revocable. A token stolen from a device, a log or a compromised client keeps working long after the theft, and there is no refresh token to revoke to cut the attacker off.</source>
        <translation>{element.name} émet des jetons d&apos;accès dont la durée de vie dépasse une heure, ou des jetons de rafraîchissement qui ne sont ni renouvelés ni révocables. Un jeton volé sur un appareil, dans un journal ou sur un client compromis reste utilisable longtemps après le vol, et il n&apos;existe aucun jeton de rafraîchissement à révoquer pour couper l&apos;accès de l&apos;attaquant.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="359"/>
        <source>Excessive data exposure in responses of {element.name}</source>
        <translation>Exposition excessive de données dans les réponses de {element.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="360"/>
        <source>{element.name} returns whole internal objects and relies on the client to display only what is needed. An attacker calls the API directly and reads every returned property: other people&apos;s personal details, internal flags, hashes or fields meant for administrators.</source>
        <translation>{element.name} renvoie des objets internes complets et compte sur le client pour n&apos;afficher que le nécessaire. Un attaquant appelle directement l&apos;API et lit toutes les propriétés renvoyées&#xa0;: données personnelles d&apos;autres personnes, indicateurs internes, empreintes ou champs destinés aux administrateurs.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="365"/>
        <source>Mass assignment in {element.name}</source>
        <translation>Affectation de masse dans {element.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="366"/>
        <source>{element.name} binds request bodies directly onto its data models. An attacker adds properties the client never shows, such as role, isAdmin, price, balance or ownerId, to an ordinary update and the server stores them, granting privileges or changing values the user must not control. A gateway cannot catch this; the service itself must restrict the writable fields.</source>
        <translation>{element.name} lie directement les corps de requête à ses modèles de données. Un attaquant ajoute à une mise à jour ordinaire des propriétés que le client n&apos;affiche jamais, comme role, isAdmin, price, balance ou ownerId, et le serveur les enregistre, accordant ainsi des privilèges ou modifiant des valeurs que l&apos;utilisateur ne doit pas contrôler. Une passerelle ne peut pas le détecter&#xa0;; c&apos;est le service lui-même qui doit restreindre les champs modifiables.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="373"/>
        <source>Unrestricted resource consumption at {element.name}</source>
        <translation>Consommation non restreinte de ressources sur {element.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="374"/>
        <source>{element.name} exposes an API without limits on how much a client may ask for. Attackers send high request rates, huge page sizes, large uploads or expensive queries that exhaust CPU, memory, connections or downstream quotas, causing outages for everyone or inflating the infrastructure bill.</source>
        <translation>{element.name} expose une API sans limiter ce qu&apos;un client peut demander. Les attaquants envoient des requêtes à haut débit, demandent des pages énormes, téléversent de gros fichiers ou lancent des requêtes coûteuses qui épuisent le CPU, la mémoire, les connexions ou les quotas en aval, provoquant des pannes pour tous ou gonflant la facture d&apos;infrastructure.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="379"/>
        <source>Paid third-party calls from {element.name} can be triggered without limit</source>
        <translation>Les appels payants à des tiers depuis {element.name} peuvent être déclenchés sans limite</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="381"/>
        <source>Requests to {element.name} trigger calls to third-party APIs, which are often billed per call (identity checks, SMS, e-mail, maps) or capped by a quota. Without rate limits an attacker repeats those requests to run up large bills, or to exhaust the quota so that legitimate requests fail.</source>
        <translation>Les requêtes adressées à {element.name} déclenchent des appels à des API tierces, souvent facturés à l&apos;appel (vérifications d&apos;identité, SMS, e-mail, cartographie) ou plafonnés par un quota. Sans limitation de débit, un attaquant répète ces requêtes pour faire grimper la facture, ou pour épuiser le quota afin que les requêtes légitimes échouent.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="386"/>
        <source>Broken function level authorization in {element.name}</source>
        <translation>Autorisation défaillante au niveau fonction dans {element.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="387"/>
        <source>{element.name} offers administrative functions but does not enforce on the server who may call them. An ordinary user who guesses or discovers the admin endpoints, or just switches the HTTP method from GET to PUT or DELETE, performs privileged operations. Hiding functions in the user interface is not access control.</source>
        <translation>{element.name} propose des fonctions d&apos;administration mais ne contrôle pas côté serveur qui peut les appeler. Un utilisateur ordinaire qui devine ou découvre les points de terminaison d&apos;administration, ou qui se contente de remplacer la méthode HTTP GET par PUT ou DELETE, effectue des opérations privilégiées. Masquer des fonctions dans l&apos;interface utilisateur ne constitue pas un contrôle d&apos;accès.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="393"/>
        <source>Administrative functions of {target.name} reachable by {source.name}</source>
        <translation>Fonctions d&apos;administration de {target.name} accessibles à {source.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="395"/>
        <source>{target.name} hosts administrative functions and is reachable by untrusted callers on {flow.name}. Any gap in its function-level authorization is then exploitable from the outside, and the admin endpoints draw probing and credential attacks. Administrative interfaces belong on a separate, more tightly restricted entry point.</source>
        <translation>{target.name} héberge des fonctions d&apos;administration et est accessible à des appelants non fiables par {flow.name}. La moindre faille de son autorisation au niveau fonction est alors exploitable depuis l&apos;extérieur, et les points de terminaison d&apos;administration attirent les sondages et les attaques sur les identifiants. Les interfaces d&apos;administration ont leur place sur un point d&apos;entrée distinct et plus strictement restreint.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="401"/>
        <source>Automated abuse of a business flow in {element.name}</source>
        <translation>Abus automatisé d&apos;un flux métier de {element.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="402"/>
        <source>{element.name} offers a business flow that harms the business when automated: buying up limited stock, creating accounts in bulk, or redeeming referral credits and coupons. Each request is valid on its own, so ordinary security checks pass while scripts take all the stock or credit and genuine customers are shut out.</source>
        <translation>{element.name} propose un flux métier qui nuit à l&apos;activité lorsqu&apos;il est automatisé&#xa0;: rafler des stocks limités, créer des comptes en masse ou encaisser des crédits de parrainage et des coupons. Chaque requête est valide prise isolément&#xa0;: les contrôles de sécurité ordinaires passent donc, tandis que des scripts s&apos;emparent de tout le stock ou de tout le crédit et que les véritables clients en sont privés.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="408"/>
        <source>Bots posing as {source.name} on {flow.name}</source>
        <translation>Bots se faisant passer pour {source.name} sur {flow.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="409"/>
        <source>{target.name} cannot tell whether requests on {flow.name} come from a genuine {source.name} or from a script imitating it. Attackers drive the sensitive flow from many accounts, devices and IP addresses at once, staying below simple per-client limits.</source>
        <translation>{target.name} ne peut pas savoir si les requêtes sur {flow.name} proviennent d&apos;un véritable {source.name} ou d&apos;un script qui l&apos;imite. Les attaquants actionnent le flux sensible depuis de nombreux comptes, appareils et adresses IP à la fois, en restant sous les simples limites par client.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="414"/>
        <source>Server-side request forgery through {element.name}</source>
        <translation>Falsification de requêtes côté serveur (SSRF) via {element.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="415"/>
        <source>{element.name} fetches URLs that callers can influence, without restricting the destinations. An attacker makes it request internal services, admin interfaces or the cloud metadata endpoint (169.254.169.254), borrowing the server&apos;s network position and identity to reach what the attacker cannot reach directly, including temporary cloud credentials.</source>
        <translation>{element.name} récupère des URL que les appelants peuvent influencer, sans restreindre les destinations. Un attaquant lui fait interroger des services internes, des interfaces d&apos;administration ou le point de terminaison de métadonnées cloud (169.254.169.254), empruntant la position réseau et l&apos;identité du serveur pour atteindre ce qu&apos;il ne peut pas atteindre directement, y compris des identifiants cloud temporaires.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="421"/>
        <source>{source.name} can make {target.name} fetch arbitrary URLs</source>
        <translation>{source.name} peut faire récupérer des URL arbitraires par {target.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="422"/>
        <source>{source.name} is not trusted, and what it sends on {flow.name} can steer which URLs {target.name} fetches. An attacker points the fetch at internal addresses or the cloud metadata service and reads the responses, or infers them from timing and errors, disclosing internal data and credentials.</source>
        <translation>{source.name} n&apos;est pas de confiance, et ce qu&apos;il envoie par {flow.name} peut orienter les URL que récupère {target.name}. Un attaquant dirige la requête vers des adresses internes ou vers le service de métadonnées cloud et en lit les réponses, ou les déduit des temps de réponse et des erreurs, divulguant ainsi des données internes et des identifiants.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="427"/>
        <source>Security misconfiguration of {element.name}</source>
        <translation>Mauvaise configuration de sécurité de {element.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="428"/>
        <source>{element.name} is not known to follow a hardened, automatically scanned baseline. Debug endpoints, default accounts, a permissive CORS policy, missing security headers, unneeded HTTP methods or outdated components left over from development give attackers an easy way to gain access or capabilities they should not have.</source>
        <translation>Rien n&apos;indique que {element.name} suive un référentiel de durcissement vérifié automatiquement. Des points de terminaison de débogage, des comptes par défaut, une politique CORS permissive, des en-têtes de sécurité manquants, des méthodes HTTP inutiles ou des composants obsolètes hérités du développement offrent aux attaquants un moyen facile d&apos;obtenir des accès ou des capacités qu&apos;ils ne devraient pas avoir.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="434"/>
        <source>Verbose errors from {element.name}</source>
        <translation>Erreurs verbeuses de {element.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="435"/>
        <source>{element.name} returns stack traces, SQL fragments, internal host names or component versions in its error responses. Attackers provoke errors on purpose to map the internals and to choose exploits that match the exact versions in use.</source>
        <translation>{element.name} renvoie des traces de pile, des fragments SQL, des noms d&apos;hôtes internes ou des versions de composants dans ses réponses d&apos;erreur. Les attaquants provoquent délibérément des erreurs pour cartographier les éléments internes et choisir des exploits adaptés aux versions exactes utilisées.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="440"/>
        <source>{element.name} is missing from the API inventory</source>
        <translation>{element.name} est absent de l&apos;inventaire des API</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="441"/>
        <source>No maintained inventory lists the hosts, versions and environments of {element.name}, who owns them and what data they serve. Forgotten copies (old versions, staging hosts with real data, shadow endpoints) keep running without current controls, and attackers find them through DNS, certificate transparency logs and scanning long before the owners remember them.</source>
        <translation>Aucun inventaire tenu à jour ne recense les hôtes, versions et environnements de {element.name}, leurs responsables et les données qu&apos;ils servent. Des copies oubliées (anciennes versions, hôtes de préproduction contenant des données réelles, points de terminaison fantômes) continuent de fonctionner sans les contrôles actuels, et les attaquants les découvrent grâce au DNS, aux journaux Certificate Transparency et aux analyses réseau bien avant que leurs responsables ne s&apos;en souviennent.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="447"/>
        <source>Old versions of {element.name} are still reachable</source>
        <translation>D&apos;anciennes versions de {element.name} sont encore accessibles</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="448"/>
        <source>Deprecated versions or non-production environments of {element.name} are still online. They lack the fixes and controls of the current version, so an attacker calls the old version to get around authorization checks, rate limits or validation that were added later.</source>
        <translation>Des versions obsolètes ou des environnements hors production de {element.name} sont toujours en ligne. Il leur manque les correctifs et les contrôles de la version actuelle&#xa0;: un attaquant appelle donc l&apos;ancienne version pour contourner des contrôles d&apos;autorisation, des limitations de débit ou des validations ajoutés par la suite.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="453"/>
        <source>{target.name} trusts data from third party {source.name}</source>
        <translation>{target.name} fait confiance aux données du tiers {source.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="454"/>
        <source>{target.name} receives {flow.name} from {source.name}, a system someone else operates. If that provider is compromised, misconfigured or impersonated, its data can carry injection payloads, redirects or false results, and {target.name} inherits the provider&apos;s weaknesses unless it checks the data as strictly as client input.</source>
        <translation>{target.name} reçoit {flow.name} de {source.name}, un système exploité par quelqu&apos;un d&apos;autre. Si ce fournisseur est compromis, mal configuré ou usurpé, ses données peuvent contenir des charges d&apos;injection, des redirections ou des résultats erronés, et {target.name} hérite des faiblesses du fournisseur, à moins de contrôler ces données aussi strictement que les entrées des clients.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="460"/>
        <source>Unsafe consumption of third-party APIs by {element.name}</source>
        <translation>Consommation non sécurisée d&apos;API tierces par {element.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="461"/>
        <source>{element.name} acts on responses from third-party APIs without validating them. Malicious or malformed upstream data flows into its queries, files or pages, enabling injection, data corruption or further attacks on the systems behind it.</source>
        <translation>{element.name} agit sur la base des réponses d&apos;API tierces sans les valider. Des données amont malveillantes ou malformées se retrouvent dans ses requêtes, ses fichiers ou ses pages, ouvrant la voie à des injections, à la corruption de données ou à d&apos;autres attaques contre les systèmes situés derrière lui.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="466"/>
        <source>{source.name} depends on third party {target.name}</source>
        <translation>{source.name} dépend du tiers {target.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="467"/>
        <source>{source.name} calls {target.name} on {flow.name}. If the provider is slow, down, or deliberately returns huge or never-ending responses, calls without strict timeouts and size limits tie up threads and connections in {source.name} until it can no longer serve its own clients.</source>
        <translation>{source.name} appelle {target.name} par {flow.name}. Si le fournisseur est lent, indisponible ou renvoie délibérément des réponses énormes ou interminables, les appels dépourvus de délais d&apos;expiration et de limites de taille stricts monopolisent les threads et les connexions de {source.name} jusqu&apos;à ce qu&apos;il ne puisse plus servir ses propres clients.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="472"/>
        <source>Theft of credentials from {element.name}</source>
        <translation>Vol d&apos;identifiants dans {element.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="473"/>
        <source>{element.name} holds credentials or secrets, which makes it one of the most valuable targets in the system. An attacker who reads it, through a compromised service, an injection flaw, a backup or a replica, cracks weak password hashes offline or uses stolen keys and tokens directly, and gains access to every account or system they protect.</source>
        <translation>{element.name} contient des identifiants ou des secrets, ce qui en fait l&apos;une des cibles les plus précieuses du système. Un attaquant qui parvient à le lire, via un service compromis, une faille d&apos;injection, une sauvegarde ou une réplique, casse hors ligne les empreintes de mots de passe faibles ou utilise directement les clés et jetons volés, et obtient l&apos;accès à tous les comptes ou systèmes qu&apos;ils protègent.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="479"/>
        <source>Entries in {element.name} can be altered or deleted</source>
        <translation>Les entrées de {element.name} peuvent être modifiées ou supprimées</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="480"/>
        <source>{element.name} is not append-only, so anyone with write or administrative access to it, including an intruder using a writer&apos;s credentials, can change or delete entries. Nobody can then show that the audit trail is complete, and an attacker can erase the traces of what they did.</source>
        <translation>{element.name} n&apos;est pas en ajout seul&#xa0;: quiconque y dispose d&apos;un accès en écriture ou d&apos;administration, y compris un intrus utilisant les identifiants d&apos;un composant qui y écrit, peut modifier ou supprimer des entrées. Personne ne peut alors démontrer que la piste d&apos;audit est complète, et un attaquant peut effacer les traces de ses actions.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="485"/>
        <source>Administrative actions in {element.name} are not audited</source>
        <translation>Les actions d&apos;administration dans {element.name} ne sont pas auditées</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/ThreatRuleStrings.cpp" line="486"/>
        <source>{element.name} offers administrative functions but keeps no security log. An administrator, or an attacker holding an administrator&apos;s session, can change configuration, permissions or data, and afterwards nobody can say who did it, or even that it happened.</source>
        <translation>{element.name} propose des fonctions d&apos;administration mais ne tient aucun journal de sécurité. Un administrateur, ou un attaquant qui détient la session d&apos;un administrateur, peut modifier la configuration, les permissions ou les données, et personne ne peut ensuite dire qui l&apos;a fait, ni même que cela s&apos;est produit.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="9"/>
        <source>Requests on {flow.name} can be linked into one history</source>
        <translation>Les requêtes sur {flow.name} peuvent être reliées en un seul historique</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="10"/>
        <source>Every message on {flow.name} carries the same stable identifier. Anyone who sees these messages, such as an operator, a reader of logs or an intruder at {target.name}, can join them into a timeline of what one person did, even without knowing who the person is. Such a history often becomes identifying as soon as it is combined with a single outside fact.</source>
        <translation>Chaque message sur {flow.name} porte le même identifiant stable. Quiconque voit ces messages, qu’il s’agisse d’un opérateur, d’un lecteur des journaux ou d’un intrus chez {target.name}, peut les assembler en une chronologie de ce qu’a fait une personne, même sans savoir qui elle est. Un tel historique devient souvent identifiant dès qu’il est combiné à un seul fait extérieur.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="16"/>
        <source>{target.name} can link {flow.name} with data from elsewhere</source>
        <translation>{target.name} peut relier {flow.name} à des données provenant d’ailleurs</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="18"/>
        <source>{flow.name} gives {target.name} a stable identifier. {target.name} can match it with what it collects from its other clients, sites and apps, and build a profile of the same person across services that none of them could build alone. Pseudonymising the identifier does not prevent this, because linking needs only a consistent key, not a name.</source>
        <translation>{flow.name} transmet à {target.name} un identifiant stable. {target.name} peut le rapprocher de ce qu’il collecte auprès de ses autres clients, sites et applications, et constituer sur la même personne un profil transversal qu’aucun d’eux ne pourrait constituer seul. Pseudonymiser l’identifiant ne l’empêche pas, car la liaison ne requiert qu’une clé constante, pas un nom.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="24"/>
        <source>Third-party SDKs in {element.name} track its users</source>
        <translation>Des SDK tiers dans {element.name} pistent ses utilisateurs</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="25"/>
        <source>{element.name} embeds SDKs whose vendors receive device identifiers, usage events and sometimes location straight from the user&apos;s device, outside the system&apos;s own data flows. Each vendor can recognise the same device in every other app that ships its SDK and link its activity across them. The operator of the system often neither sees nor controls what is sent.</source>
        <translation>{element.name} intègre des SDK dont les éditeurs reçoivent des identifiants d’appareil, des événements d’utilisation et parfois la localisation directement depuis l’appareil de l’utilisateur, en dehors des flux de données propres au système. Chaque éditeur peut reconnaître le même appareil dans toutes les autres applications qui embarquent son SDK et relier son activité de l’une à l’autre. L’opérateur du système ne voit souvent ni ne contrôle ce qui est envoyé.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="31"/>
        <source>{element.name} builds profiles of people</source>
        <translation>{element.name} établit des profils de personnes</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="32"/>
        <source>{element.name} evaluates people&apos;s behaviour, interests or traits from their data. The profile links many separate actions into a picture of one person and can reveal more than any single record, for instance health, finances or beliefs inferred from purchases. People rarely expect how much such a profile contains or where it ends up being used.</source>
        <translation>{element.name} évalue le comportement, les centres d’intérêt ou les caractéristiques de personnes à partir de leurs données. Le profil relie de nombreuses actions distinctes en une image d’une seule personne et peut révéler davantage que n’importe quel enregistrement isolé, par exemple la santé, la situation financière ou les convictions déduites des achats. Les personnes s’attendent rarement à tout ce qu’un tel profil contient ni à l’usage qui en sera fait.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="38"/>
        <source>{element.name} joins data sets about the same people</source>
        <translation>{element.name} joint des jeux de données sur les mêmes personnes</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="39"/>
        <source>{element.name} combines personal data from several sources on the same people or devices. Records that were harmless apart reveal much more together, and whoever can query the store, with or without permission, sees the joined picture. Data collected for one purpose also drifts into uses that nobody agreed to.</source>
        <translation>{element.name} combine des données personnelles issues de plusieurs sources sur les mêmes personnes ou appareils. Des enregistrements anodins pris séparément en révèlent beaucoup plus une fois réunis, et quiconque peut interroger le stockage, avec ou sans autorisation, voit l’image d’ensemble. Des données collectées pour une finalité glissent aussi vers des usages que personne n’a acceptés.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="45"/>
        <source>Records in {element.name} identify people directly</source>
        <translation>Les enregistrements de {element.name} identifient directement des personnes</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="46"/>
        <source>{element.name} keeps personal data together with direct identifiers such as names, e-mail addresses or account numbers. Anyone who reads it, whether a curious employee, a support tool, a stolen backup or an attacker, learns at once whom each record is about. Any leak or misuse therefore does the greatest possible harm.</source>
        <translation>{element.name} conserve des données personnelles avec des identifiants directs tels que des noms, des adresses e-mail ou des numéros de compte. Quiconque les lit, qu’il s’agisse d’un employé curieux, d’un outil de support, d’une sauvegarde volée ou d’un attaquant, apprend aussitôt qui concerne chaque enregistrement. Toute fuite ou tout abus cause donc le plus grand préjudice possible.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="52"/>
        <source>Pseudonymised data in {element.name} can be re-identified</source>
        <translation>Les données pseudonymisées de {element.name} peuvent être réidentifiées</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="53"/>
        <source>{element.name} replaces direct identifiers with pseudonyms, but the remaining attributes, such as dates, postcodes, rare conditions or behaviour over time, can still single people out. Someone who obtains the pseudonym key, or matches the records against another data set, recovers whom they are about. Pseudonymised data therefore remains personal data and needs the same protection.</source>
        <translation>{element.name} remplace les identifiants directs par des pseudonymes, mais les attributs restants, comme des dates, des codes postaux, des pathologies rares ou le comportement dans la durée, permettent encore d’isoler des personnes. Quiconque obtient la clé de pseudonymisation, ou rapproche les enregistrements d’un autre jeu de données, retrouve qui ils concernent. Les données pseudonymisées restent donc des données personnelles et exigent la même protection.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="60"/>
        <source>{target.name} learns whom the data on {flow.name} is about</source>
        <translation>{target.name} apprend qui concernent les données de {flow.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="61"/>
        <source>{flow.name} sends personal data to {target.name} together with direct identifiers. {target.name} learns exactly which person each record concerns, although its task may need no more than a reference or a pseudonym. Whatever it then keeps, combines or loses is tied to named people.</source>
        <translation>{flow.name} envoie des données personnelles à {target.name} avec des identifiants directs. {target.name} apprend exactement quelle personne concerne chaque enregistrement, alors que sa tâche ne requiert peut-être qu’une référence ou un pseudonyme. Tout ce qui y est ensuite conservé, combiné ou perdu est rattaché à des personnes nommément identifiées.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="67"/>
        <source>Person identifier in requests on {element.name}</source>
        <translation>Identifiant de personne dans les requêtes de {element.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="68"/>
        <source>Requests on {element.name} carry an identifier of the person they concern in the path or query. Web servers, proxies, gateways, browser histories and monitoring tools record URLs, so the identifier ends up in many logs that are kept longer and guarded less than the data itself. Anyone with access to those logs can tell whose records were requested, and when.</source>
        <translation>Les requêtes de {element.name} portent un identifiant de la personne concernée dans le chemin ou la chaîne de requête. Les serveurs web, les proxys, les passerelles, les historiques de navigation et les outils de supervision enregistrent les URL, si bien que l’identifiant aboutit dans de nombreux journaux conservés plus longtemps et moins bien protégés que les données elles-mêmes. Quiconque accède à ces journaux peut savoir de qui les enregistrements ont été demandés, et à quel moment.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="74"/>
        <source>What {source.name} does on {flow.name} is on record</source>
        <translation>Ce que fait {source.name} via {flow.name} est enregistré</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="75"/>
        <source>{target.name} logs each action on {flow.name} together with the signed-in person who took it. The log becomes a lasting account of that person&apos;s behaviour which they cannot later deny, and it can be turned against them in ways they did not expect, for example for performance monitoring, in disputes or in legal proceedings. The more detail it holds and the longer it is kept, the greater that exposure.</source>
        <translation>{target.name} journalise chaque action effectuée via {flow.name} avec la personne connectée qui l’a réalisée. Le journal devient une trace durable du comportement de cette personne, qu’elle ne peut plus nier par la suite, et il peut être retourné contre elle de manière inattendue, par exemple pour surveiller ses performances, dans un litige ou lors d’une procédure judiciaire. Plus il est détaillé et plus il est conservé longtemps, plus cette exposition est grande.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="82"/>
        <source>The signature on {element.name} binds the signer</source>
        <translation>La signature sur {element.name} engage le signataire</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="83"/>
        <source>The person signs what {element.name} carries, so anyone holding the signature can later prove that they approved exactly that content. That is usually the point of signing, but the signer can no longer deny their involvement even where they may need to, and the signed content also shows what they knew at the time. Only what must be provable should be signed, and the signer should be told what the signature will prove.</source>
        <translation>La personne signe ce que transporte {element.name}, si bien que quiconque détient la signature peut ensuite prouver qu’elle a approuvé exactement ce contenu. C’est généralement le but de la signature, mais le signataire ne peut plus nier son implication, même lorsqu’il en aurait besoin, et le contenu signé montre aussi ce qu’il savait à ce moment-là. Seul ce qui doit être prouvable devrait être signé, et le signataire devrait savoir ce que la signature prouvera.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="90"/>
        <source>{element.name} is a lasting record of what people did</source>
        <translation>{element.name} est une trace durable de ce que les personnes ont fait</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="91"/>
        <source>{element.name} keeps its entries under people&apos;s real identities. Whoever can read it, whether administrators, auditors, opposing parties in a dispute or an intruder, can reconstruct what a given person did and when, and the person cannot dispute it. An audit trail needs this for some events, but not for every event and not forever.</source>
        <translation>{element.name} conserve ses entrées sous l’identité réelle des personnes. Quiconque peut le lire, qu’il s’agisse d’administrateurs, d’auditeurs, de parties adverses dans un litige ou d’un intrus, peut reconstituer ce qu’une personne donnée a fait et quand, sans qu’elle puisse le contester. Une piste d’audit en a besoin pour certains événements, mais pas pour tous, ni pour toujours.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="97"/>
        <source>Identified entries written to {target.name} on {flow.name}</source>
        <translation>Entrées identifiantes écrites dans {target.name} via {flow.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="98"/>
        <source>{source.name} writes entries with personal data under real identities into {target.name}. Each entry permanently ties a person to an action and travels with the log into backups, monitoring tools and support tickets. Logging a pseudonym, or leaving the personal fields out, would keep the entry useful without the attribution.</source>
        <translation>{source.name} écrit dans {target.name} des entrées contenant des données personnelles sous des identités réelles. Chaque entrée lie durablement une personne à une action et suit le journal dans les sauvegardes, les outils de supervision et les tickets de support. Journaliser un pseudonyme, ou omettre les champs personnels, garderait l’entrée utile sans l’imputer à quelqu’un.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="104"/>
        <source>Traffic on {flow.name} reveals use of a sensitive service</source>
        <translation>Le trafic de {flow.name} révèle l’utilisation d’un service sensible</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="105"/>
        <source>{flow.name} carries special-category data across the internet. Encryption hides the content, but network operators, Wi-Fi providers and anyone else watching still see that a device talks to {target.name}, how often and when, and can infer something like a health condition or a religious affiliation from that alone. Host names, timing and message sizes are enough.</source>
        <translation>{flow.name} transporte des données de catégories particulières à travers Internet. Le chiffrement masque le contenu, mais les opérateurs réseau, les fournisseurs de Wi-Fi et tout autre observateur voient encore qu’un appareil communique avec {target.name}, à quelle fréquence et à quels moments, et peuvent en déduire, à partir de cela seul, par exemple un problème de santé ou une appartenance religieuse. Les noms d’hôte, le moment des échanges et la taille des messages suffisent.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="112"/>
        <source>Traffic on {flow.name} shows when a device is in use</source>
        <translation>Le trafic de {flow.name} montre quand un appareil est utilisé</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="113"/>
        <source>Whenever {flow.name} carries data between a connected device and the system, an observer on the network, or anyone with access to connection logs, learns that the device is switched on and in use. Over time the pattern reveals its owner&apos;s routines, such as when they are at home, asleep or exercising, even if the messages themselves contain no personal data.</source>
        <translation>Chaque fois que {flow.name} transporte des données entre un appareil connecté et le système, un observateur sur le réseau, ou quiconque a accès aux journaux de connexion, apprend que l’appareil est allumé et utilisé. Avec le temps, ces schémas révèlent les habitudes de son propriétaire, par exemple quand il est chez lui, quand il dort ou quand il fait du sport, même si les messages eux-mêmes ne contiennent aucune donnée personnelle.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="119"/>
        <source>{element.name} reveals who has an account</source>
        <translation>{element.name} révèle qui possède un compte</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="120"/>
        <source>{element.name} answers differently, in its message, status code or response time, depending on whether the person asked about is known. Anyone can submit a list of e-mail addresses or phone numbers and learn who uses the service, which is sensitive in itself for a clinic, a dating site or a debt adviser, and which also feeds targeted phishing and credential stuffing.</source>
        <translation>{element.name} répond différemment, par son message, son code de statut ou son temps de réponse, selon que la personne demandée est connue ou non. N’importe qui peut soumettre une liste d’adresses e-mail ou de numéros de téléphone et apprendre qui utilise le service, ce qui est sensible en soi pour une clinique, un site de rencontre ou un service de conseil en endettement, et alimente aussi l’hameçonnage ciblé et le bourrage d’identifiants.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="126"/>
        <source>Probing {flow.name} reveals which records exist</source>
        <translation>Sonder {flow.name} révèle quels enregistrements existent</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="127"/>
        <source>{flow.name} names a person&apos;s record by id, and {target.name} answers differently for a missing record than for one the caller may not see. By trying ids, a caller learns which records exist, how many there are and how fast new ones appear, without reading any of them. For records about people, their existence alone can be telling.</source>
        <translation>{flow.name} désigne l’enregistrement d’une personne par un identifiant, et {target.name} répond différemment pour un enregistrement absent et pour un enregistrement que l’appelant n’a pas le droit de voir. En essayant des identifiants, un appelant apprend quels enregistrements existent, combien il y en a et à quel rythme de nouveaux apparaissent, sans en lire aucun. Pour des enregistrements concernant des personnes, leur seule existence peut être révélatrice.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="133"/>
        <source>More personal data than needed on {element.name}</source>
        <translation>Plus de données personnelles que nécessaire sur {element.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="134"/>
        <source>The personal fields on {element.name} were never reduced to what the purpose needs. Every extra field is received, processed, logged and perhaps stored further along, so every later leak, breach or misuse discloses more than it had to. Data that is never collected cannot be disclosed.</source>
        <translation>Les champs personnels de {element.name} n’ont jamais été réduits à ce que la finalité exige. Chaque champ supplémentaire est reçu, traité, journalisé et peut-être stocké plus loin, si bien que toute fuite, violation ou utilisation abusive ultérieure en divulgue plus que nécessaire. Des données jamais collectées ne peuvent pas être divulguées.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="139"/>
        <source>{element.name} keeps more personal data than needed</source>
        <translation>{element.name} conserve plus de données personnelles que nécessaire</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="140"/>
        <source>{element.name} holds personal fields that were never checked against the purpose they are kept for. Anyone who gains access, and every copy, export or backup, discloses that surplus as well. Fields that are not needed should not be stored at all, or should be removed once their use has ended.</source>
        <translation>{element.name} contient des champs personnels qui n’ont jamais été vérifiés au regard de la finalité pour laquelle ils sont conservés. Quiconque y accède, ainsi que chaque copie, export ou sauvegarde, divulgue aussi ce surplus. Les champs inutiles ne devraient pas être stockés du tout, ou devraient être supprimés dès que leur usage a pris fin.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="146"/>
        <source>Whole personal records delivered on {flow.name}</source>
        <translation>Enregistrements personnels complets livrés sur {flow.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="147"/>
        <source>The API does not shape what it delivers on {flow.name}, so whole records with every personal field reach the consumer, whether the screen or task uses them or not. The client may hide the extra fields, but anyone who inspects the traffic, the app&apos;s storage or its logs sees them all.</source>
        <translation>L’API ne met pas en forme ce qu’elle livre sur {flow.name}, si bien que des enregistrements entiers, avec tous leurs champs personnels, parviennent au consommateur, que l’écran ou la tâche les utilise ou non. Le client peut masquer les champs en trop, mais quiconque inspecte le trafic, le stockage de l’application ou ses journaux les voit tous.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="152"/>
        <source>Personal data shared with {target.name}</source>
        <translation>Données personnelles partagées avec {target.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="153"/>
        <source>{flow.name} hands personal data to {target.name}, another organisation. From then on the data is also exposed to that organisation&apos;s staff, systems, sub-processors and breaches, under its security and retention practices rather than this system&apos;s. What is sent should be limited to what {target.name} needs for its task.</source>
        <translation>{flow.name} remet des données personnelles à {target.name}, une autre organisation. Dès lors, les données sont aussi exposées au personnel, aux systèmes, aux sous-traitants et aux violations de cette organisation, selon ses pratiques de sécurité et de conservation plutôt que celles de ce système. Ce qui est envoyé devrait se limiter à ce dont {target.name} a besoin pour sa tâche.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="159"/>
        <source>No privacy notice where {flow.name} collects personal data</source>
        <translation>Aucune mention d’information là où {flow.name} collecte des données personnelles</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="160"/>
        <source>{flow.name} collects personal data from {source.name} without a privacy notice at that point. The people concerned do not learn what is collected, for which purposes, for how long or who receives it, so they cannot decide whether to provide it, nor exercise their rights over it.</source>
        <translation>{flow.name} collecte des données personnelles auprès de {source.name} sans mention d’information à cet endroit. Les personnes concernées n’apprennent pas ce qui est collecté, à quelles fins, pour combien de temps ni qui le reçoit&#xa0;; elles ne peuvent donc ni décider de les fournir ou non, ni exercer leurs droits sur ces données.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="165"/>
        <source>People are not told about data obtained from {source.name}</source>
        <translation>Les personnes ne sont pas informées des données obtenues auprès de {source.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="166"/>
        <source>{flow.name} brings in personal data that {source.name} collected, and the people it concerns are not told that this system now holds it. Since they do not know the data is here, they cannot object to its use, correct it or ask for it to be erased. Data from brokers and partners is also often less accurate than what people provide themselves.</source>
        <translation>{flow.name} fait entrer des données personnelles que {source.name} a collectées, et les personnes concernées ne sont pas informées que ce système les détient désormais. Ne sachant pas que les données s’y trouvent, elles ne peuvent ni s’opposer à leur utilisation, ni les rectifier, ni en demander l’effacement. Les données provenant de courtiers et de partenaires sont en outre souvent moins exactes que celles que les personnes fournissent elles-mêmes.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="172"/>
        <source>No privacy controls for {element.name}</source>
        <translation>Aucun paramètre de confidentialité pour {element.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="173"/>
        <source>{element.name} has no privacy settings of their own: no way to see what the system holds, to withdraw consent, to object to a use or to choose what is shared. Every such wish has to go through support, if the person knows to ask at all, so in practice the system&apos;s defaults decide for them.</source>
        <translation>{element.name} ne dispose d’aucun paramètre de confidentialité propre&#xa0;: aucun moyen de voir ce que le système détient, de retirer un consentement, de s’opposer à une utilisation ou de choisir ce qui est partagé. Chaque demande de ce type doit passer par le support, si la personne sait seulement qu’elle peut la formuler&#xa0;; en pratique, ce sont donc les réglages par défaut du système qui décident à sa place.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="178"/>
        <source>One person&apos;s data in {element.name} cannot be exported</source>
        <translation>Les données d’une personne dans {element.name} ne peuvent pas être exportées</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="179"/>
        <source>There is no way to find and export everything {element.name} holds about one person. When someone asks for a copy of their data or wants to take it elsewhere, the answer is incomplete, late or pieced together by hand, and the person cannot check what is held about them.</source>
        <translation>Il n’existe aucun moyen de retrouver et d’exporter tout ce que {element.name} détient sur une personne. Lorsque quelqu’un demande une copie de ses données ou veut les emporter ailleurs, la réponse est incomplète, tardive ou reconstituée à la main, et la personne ne peut pas vérifier ce qui est détenu à son sujet.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="184"/>
        <source>One person&apos;s data in {element.name} cannot be erased</source>
        <translation>Les données d’une personne dans {element.name} ne peuvent pas être effacées</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="185"/>
        <source>{element.name} offers no way to find and delete one person&apos;s data. When someone withdraws consent, objects or asks to be forgotten, their records stay in the store, its replicas and its backups, and go on being used and exposed.</source>
        <translation>{element.name} n’offre aucun moyen de retrouver et de supprimer les données d’une personne. Lorsque quelqu’un retire son consentement, s’oppose ou demande à être oublié, ses enregistrements restent dans le stockage, ses répliques et ses sauvegardes, et continuent d’être utilisés et exposés.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="190"/>
        <source>{element.name} decides about people without a human</source>
        <translation>{element.name} décide du sort de personnes sans intervention humaine</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="191"/>
        <source>{element.name} takes decisions with legal or similarly significant effects on people, such as refusing credit, an application or a service, without a person reviewing them. Those affected often do not know that a machine decided, cannot see the logic or the data behind it and have nobody to contest it with. Errors and bias in the data or the model then reach people unchecked.</source>
        <translation>{element.name} prend des décisions produisant des effets juridiques ou des effets similaires significatifs pour des personnes, comme le refus d’un crédit, d’une candidature ou d’un service, sans qu’un humain les examine. Les personnes concernées ignorent souvent qu’une machine a décidé, ne peuvent voir ni la logique ni les données sous-jacentes et n’ont personne auprès de qui contester. Les erreurs et les biais des données ou du modèle atteignent alors les personnes sans contrôle.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="198"/>
        <source>No retention period for {element.name}</source>
        <translation>Aucune durée de conservation pour {element.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="199"/>
        <source>Personal data in {element.name} has no retention period, so in practice it is kept indefinitely. Old records pile up long after their purpose has ended, add to the damage of every breach and have to be searched and produced for every access request.</source>
        <translation>Les données personnelles de {element.name} n’ont pas de durée de conservation, si bien qu’en pratique elles sont conservées indéfiniment. Les anciens enregistrements s’accumulent longtemps après la fin de leur finalité, aggravent les conséquences de chaque violation et doivent être recherchés et communiqués à chaque demande d’accès.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="204"/>
        <source>Processing in {element.name} is not documented</source>
        <translation>Le traitement dans {element.name} n’est pas documenté</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="205"/>
        <source>For the personal data in {element.name}, the record does not say whose data it is, what it is used for or on which lawful basis it is processed. Without that, nobody can show that the processing is lawful, check new uses against the purpose or answer a supervisory authority&apos;s questions.</source>
        <translation>Pour les données personnelles de {element.name}, le registre n’indique pas à qui elles appartiennent, à quoi elles servent ni sur quelle base légale elles sont traitées. Sans cela, personne ne peut démontrer que le traitement est licite, confronter de nouveaux usages à la finalité ou répondre aux questions d’une autorité de contrôle.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="210"/>
        <source>Processing on {element.name} is not documented</source>
        <translation>Le traitement sur {element.name} n’est pas documenté</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="211"/>
        <source>For the personal data on {element.name}, the record does not say whose data it is, what it is used for or on which lawful basis it is processed. Without that, nobody can show that passing the data on is lawful or that it stays within the purpose it was collected for.</source>
        <translation>Pour les données personnelles de {element.name}, le registre n’indique pas à qui elles appartiennent, à quoi elles servent ni sur quelle base légale elles sont traitées. Sans cela, personne ne peut démontrer que leur transmission est licite ni qu’elle reste dans le cadre de la finalité pour laquelle elles ont été collectées.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="216"/>
        <source>No Article 9 condition for special-category data on {element.name}</source>
        <translation>Aucune condition de l’article 9 pour les données de catégories particulières sur {element.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="218"/>
        <source>{element.name} carries special-category data, such as health data, on a lawful basis that does not by itself permit processing it. Article 9 forbids such processing unless one of its specific conditions applies, such as explicit consent or the provision of health care, so as documented the processing is unlawful.</source>
        <translation>{element.name} transporte des données de catégories particulières, comme des données de santé, sur une base légale qui ne permet pas à elle seule de les traiter. L’article 9 interdit un tel traitement sauf si l’une de ses conditions spécifiques s’applique, comme le consentement explicite ou la prise en charge sanitaire&#xa0;; en l’état de la documentation, le traitement est donc illicite.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="224"/>
        <source>Personal data on {flow.name} travels unencrypted</source>
        <translation>Les données personnelles de {flow.name} circulent sans chiffrement</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="225"/>
        <source>{flow.name} carries personal data between {source.name} and {target.name} without encryption. Anyone on the network path can read or alter it, and the organisation cannot show the appropriate security measures that data protection law requires for personal data.</source>
        <translation>{flow.name} transporte des données personnelles entre {source.name} et {target.name} sans chiffrement. Quiconque se trouve sur le chemin réseau peut les lire ou les modifier, et l’organisation ne peut pas démontrer les mesures de sécurité appropriées que le droit de la protection des données exige pour les données personnelles.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="230"/>
        <source>No agreement covers personal data sent to {target.name}</source>
        <translation>Aucun accord ne couvre les données personnelles envoyées à {target.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="231"/>
        <source>{flow.name} sends personal data to {target.name} without a data processing agreement, or without an agreed period after which {target.name} must delete it. Nothing then binds {target.name} to use the data only as instructed, to protect it, or to return or delete it, while the sender remains accountable for whatever happens to it.</source>
        <translation>{flow.name} envoie des données personnelles à {target.name} sans accord de traitement des données, ou sans délai convenu au terme duquel {target.name} doit les supprimer. Rien n’oblige alors {target.name} à n’utiliser les données que sur instruction, à les protéger, ni à les restituer ou les supprimer, tandis que l’expéditeur reste responsable de tout ce qui leur arrive.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="237"/>
        <source>Personal data transferred to {target.name} outside the EEA</source>
        <translation>Données personnelles transférées à {target.name} hors de l’EEE</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/LinddunRuleStrings.cpp" line="238"/>
        <source>{flow.name} sends personal data to {target.name}, which processes it in a third country. Unless that country has an adequacy decision or the transfer rests on safeguards such as standard contractual clauses, the transfer is unlawful, and authorities there may gain access to the data under rules that protect people less.</source>
        <translation>{flow.name} envoie des données personnelles à {target.name}, qui les traite dans un pays tiers. À moins que ce pays ne bénéficie d’une décision d’adéquation ou que le transfert ne repose sur des garanties telles que les clauses contractuelles types, le transfert est illicite, et les autorités de ce pays peuvent accéder aux données selon des règles qui protègent moins les personnes.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/CiaRuleStrings.cpp" line="9"/>
        <source>{flow.name} exposes {flow.dataClassification} data in transit</source>
        <translation>{flow.name} expose des données de classe {flow.dataClassification} en transit</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/CiaRuleStrings.cpp" line="11"/>
        <source>{flow.name} carries {flow.dataClassification} data from {source.name} to {target.name} without encryption. Anyone who can observe the traffic on its way, through a compromised host or network device, a misconfigured proxy or a traffic mirror, reads the data as it passes and can keep a copy of all of it. Neither end notices that it happened.</source>
        <translation>{flow.name} transporte des données de classe {flow.dataClassification} de {source.name} vers {target.name} sans chiffrement. Quiconque peut observer le trafic en chemin, par un hôte ou un équipement réseau compromis, un proxy mal configuré ou un miroir de trafic, lit les données au passage et peut en conserver l&apos;intégralité. Aucune des deux extrémités ne s&apos;en aperçoit.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/CiaRuleStrings.cpp" line="17"/>
        <source>Sensitive data unencrypted at rest in {element.name}</source>
        <translation>Données sensibles non chiffrées au repos dans {element.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/CiaRuleStrings.cpp" line="18"/>
        <source>{element.name} keeps personal data or credentials without encryption at rest. Whoever gets hold of the underlying disks, volumes, snapshots or backup copies, for instance a lost backup, a snapshot shared by mistake or a drive that was never wiped, reads the contents directly, past every access check of the application in front of the store.</source>
        <translation>{element.name} conserve des données personnelles ou des identifiants sans chiffrement au repos. Quiconque met la main sur les disques, volumes, instantanés ou copies de sauvegarde sous-jacents, par exemple une sauvegarde perdue, un instantané partagé par erreur ou un disque jamais effacé, en lit directement le contenu, en contournant tous les contrôles d&apos;accès de l&apos;application placée devant le stockage.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/CiaRuleStrings.cpp" line="24"/>
        <source>Credentials kept outside a vault in {element.name}</source>
        <translation>Identifiants conservés hors d&apos;un coffre-fort dans {element.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/CiaRuleStrings.cpp" line="25"/>
        <source>{element.name} holds credentials but is an ordinary store, not a secrets manager. Anyone who can read it, through an injection flaw, a copied backup, a replica or an over-privileged account, walks away with those credentials and everything they unlock. An ordinary store seldom records each read, so the theft can go unnoticed until the credentials are used.</source>
        <translation>{element.name} contient des identifiants mais n&apos;est qu&apos;un stockage ordinaire, pas un gestionnaire de secrets. Quiconque peut le lire, par une faille d&apos;injection, une sauvegarde copiée, un réplica ou un compte doté de trop de privilèges, repart avec ces identifiants et tout ce qu&apos;ils ouvrent. Un stockage ordinaire enregistre rarement chaque lecture, si bien que le vol peut passer inaperçu jusqu&apos;à ce que les identifiants soient utilisés.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/CiaRuleStrings.cpp" line="31"/>
        <source>{target.name} gives out {flow.dataClassification} data without authorization</source>
        <translation>{target.name} livre des données de classe {flow.dataClassification} sans autorisation</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/CiaRuleStrings.cpp" line="34"/>
        <source>{source.name} obtains {flow.dataClassification} data from {target.name} on {flow.name}, and {target.name} never checks whether the caller may see it. Any caller that gets past authentication, or can reach the process at all, reads records meant for others just by asking for them. Such reads look like ordinary traffic and rarely stand out.</source>
        <translation>{source.name} obtient de {target.name} des données de classe {flow.dataClassification} sur {flow.name}, et {target.name} ne vérifie jamais si l&apos;appelant a le droit de les voir. Tout appelant qui franchit l&apos;authentification, ou qui peut simplement atteindre le processus, lit des enregistrements destinés à d&apos;autres en se contentant de les demander. Ces lectures ressemblent à du trafic ordinaire et attirent rarement l&apos;attention.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/CiaRuleStrings.cpp" line="40"/>
        <source>Internals revealed in errors from {element.name}</source>
        <translation>Détails internes révélés dans les erreurs de {element.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/CiaRuleStrings.cpp" line="41"/>
        <source>{element.name} puts stack traces, query fragments, file paths, host names or library versions into the errors it returns. An attacker provokes failures on purpose to collect these details, which map the internals and point to exploits for the exact components in use. The same messages may also echo data that belongs to other users.</source>
        <translation>{element.name} place des traces de pile, des fragments de requêtes, des chemins de fichiers, des noms d&apos;hôtes ou des versions de bibliothèques dans les erreurs qu&apos;il renvoie. Un attaquant provoque volontairement des échecs pour recueillir ces détails, qui cartographient l&apos;intérieur du système et désignent les exploits adaptés aux composants exacts en service. Les mêmes messages peuvent aussi reprendre des données appartenant à d&apos;autres utilisateurs.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/CiaRuleStrings.cpp" line="47"/>
        <source>Data classified {flow.dataClassification} leaves for {target.name}</source>
        <translation>Des données de classe {flow.dataClassification} partent vers {target.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/CiaRuleStrings.cpp" line="49"/>
        <source>{source.name} sends {flow.dataClassification} data on {flow.name} to {target.name}, which another organisation runs. From then on the data is only as safe as that party&apos;s security, staff and retention practices, which this system can neither see nor enforce: a breach or misuse at the provider exposes it with nothing failing on this side, and what was sent cannot be called back.</source>
        <translation>{source.name} envoie des données de classe {flow.dataClassification} sur {flow.name} à {target.name}, exploité par une autre organisation. Dès lors, les données ne sont pas mieux protégées que ne le permettent la sécurité, le personnel et les pratiques de conservation de ce tiers, que ce système ne peut ni voir ni imposer&#xa0;: une violation ou un abus chez le fournisseur les expose sans que rien ne défaille de ce côté, et ce qui a été envoyé ne peut pas être rappelé.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/CiaRuleStrings.cpp" line="56"/>
        <source>{flow.name} can be altered in transit</source>
        <translation>{flow.name} peut être modifié en transit</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/CiaRuleStrings.cpp" line="57"/>
        <source>{flow.name} from {source.name} to {target.name} has no cryptographic protection. Anyone able to intercept it, from a compromised host on the path or by redirecting traffic on the network, can change requests and responses, insert commands or replay old messages, and {target.name} takes the altered content as genuine.</source>
        <translation>{flow.name} de {source.name} vers {target.name} n&apos;a aucune protection cryptographique. Quiconque est en mesure de l&apos;intercepter, depuis un hôte compromis sur le chemin ou en détournant le trafic sur le réseau, peut modifier les requêtes et les réponses, insérer des commandes ou rejouer d&apos;anciens messages, et {target.name} tient le contenu altéré pour authentique.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/CiaRuleStrings.cpp" line="63"/>
        <source>Unvalidated input from {source.name} to {target.name}</source>
        <translation>Entrées non validées de {source.name} vers {target.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/CiaRuleStrings.cpp" line="64"/>
        <source>{target.name} acts on what {source.name} sends on {flow.name} without validating it first. Malformed or hostile input, such as injection payloads, out-of-range values or unexpected types, corrupts the records {target.name} writes, changes what it does, or travels on to the components behind it.</source>
        <translation>{target.name} agit sur ce que {source.name} envoie sur {flow.name} sans le valider au préalable. Des entrées malformées ou malveillantes, comme des charges d&apos;injection, des valeurs hors limites ou des types inattendus, corrompent les enregistrements qu&apos;écrit {target.name}, modifient son comportement ou se propagent aux composants situés derrière lui.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/CiaRuleStrings.cpp" line="70"/>
        <source>Unchecked data from third party {source.name}</source>
        <translation>Données non vérifiées du tiers {source.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/CiaRuleStrings.cpp" line="71"/>
        <source>{target.name} trusts what the third party {source.name} sends on {flow.name} and does not validate it. If the provider is compromised, misconfigured or impersonated, its data flows straight into this system&apos;s records and decisions: wrong values are stored as facts, and injected content reaches every component that reads them later.</source>
        <translation>{target.name} fait confiance à ce que le tiers {source.name} envoie sur {flow.name} et ne le valide pas. Si le fournisseur est compromis, mal configuré ou usurpé, ses données entrent directement dans les enregistrements et les décisions de ce système&#xa0;: des valeurs fausses sont stockées comme des faits, et le contenu injecté atteint chaque composant qui les lit par la suite.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/CiaRuleStrings.cpp" line="77"/>
        <source>Unauthorized changes through {flow.name}</source>
        <translation>Modifications non autorisées via {flow.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/CiaRuleStrings.cpp" line="78"/>
        <source>{flow.name} changes state in {target.name}, which does not check whether the caller may make that change. Anyone who can reach it, or any signed-in user whatever their role, can alter or delete data and settings that belong to others or that only administrators should touch, and the change is kept as if it were legitimate.</source>
        <translation>{flow.name} modifie l&apos;état de {target.name}, qui ne vérifie pas si l&apos;appelant a le droit d&apos;effectuer cette modification. Quiconque peut l&apos;atteindre, ou tout utilisateur connecté quel que soit son rôle, peut modifier ou supprimer des données et des paramètres qui appartiennent à d&apos;autres ou que seuls les administrateurs devraient toucher, et la modification est conservée comme si elle était légitime.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/CiaRuleStrings.cpp" line="84"/>
        <source>Protected fields can be overwritten through {element.name}</source>
        <translation>Des champs protégés peuvent être écrasés via {element.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/CiaRuleStrings.cpp" line="85"/>
        <source>{element.name} copies request bodies straight onto its internal objects. A client that adds fields it was never meant to set, such as a role, a price, an owner or an account status, changes them together with the legitimate ones, and the result is saved as though the application had made the change itself.</source>
        <translation>{element.name} copie directement le corps des requêtes sur ses objets internes. Un client qui ajoute des champs qu&apos;il n&apos;était jamais censé définir, comme un rôle, un prix, un propriétaire ou un statut de compte, les modifie en même temps que les champs légitimes, et le résultat est enregistré comme si l&apos;application avait elle-même fait la modification.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/CiaRuleStrings.cpp" line="91"/>
        <source>Entries in {element.name} can be rewritten</source>
        <translation>Les entrées de {element.name} peuvent être réécrites</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/CiaRuleStrings.cpp" line="92"/>
        <source>Entries in {element.name} can still be edited or removed once written. An intruder or insider with write access can rewrite the account of what happened, erase the traces of an attack or add false entries, so the log no longer proves anything in an investigation or an audit.</source>
        <translation>Les entrées de {element.name} peuvent encore être modifiées ou supprimées une fois écrites. Un intrus ou un initié disposant d&apos;un accès en écriture peut réécrire le récit de ce qui s&apos;est passé, effacer les traces d&apos;une attaque ou ajouter de fausses entrées, de sorte que le journal ne prouve plus rien lors d&apos;une enquête ou d&apos;un audit.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/CiaRuleStrings.cpp" line="97"/>
        <source>No request limits on {element.name}</source>
        <translation>Aucune limite de requêtes sur {element.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/CiaRuleStrings.cpp" line="98"/>
        <source>{element.name} offers an API but puts no limit on how often or how heavily one client may call it. A single client, a runaway script as much as an attacker, can send enough requests, or costly enough ones, to use up its threads, memory, connections or database capacity, making it slow or unreachable for everyone else.</source>
        <translation>{element.name} offre une API mais ne limite pas la fréquence ni l&apos;intensité avec lesquelles un client peut l&apos;appeler. Un seul client, un script emballé tout autant qu&apos;un attaquant, peut envoyer assez de requêtes, ou des requêtes assez coûteuses, pour épuiser ses threads, sa mémoire, ses connexions ou la capacité de sa base de données, et le rendre lent ou injoignable pour tous les autres.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/CiaRuleStrings.cpp" line="104"/>
        <source>{target.name} can be flooded from the internet</source>
        <translation>{target.name} peut être inondé depuis Internet</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/CiaRuleStrings.cpp" line="105"/>
        <source>{flow.name} brings traffic from the internet to {target.name}, which does not limit how much it accepts. Anyone on the internet, with a botnet or hired capacity, can send more than it can handle and keep it out of reach for legitimate users for as long as the flood goes on.</source>
        <translation>{flow.name} amène du trafic d&apos;Internet vers {target.name}, qui ne limite pas la quantité qu&apos;il accepte. N&apos;importe qui sur Internet, avec un botnet ou de la capacité louée, peut envoyer plus qu&apos;il ne peut traiter et le rendre inaccessible aux utilisateurs légitimes aussi longtemps que dure l&apos;inondation.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/CiaRuleStrings.cpp" line="110"/>
        <source>{element.name} is a single point of failure</source>
        <translation>{element.name} est un point de défaillance unique</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/CiaRuleStrings.cpp" line="111"/>
        <source>{element.name} runs as one instance with nothing to take over. A crash, a failed deployment, a host or zone outage, or an attack aimed at that single instance stops everything that depends on it until someone repairs or restarts it.</source>
        <translation>{element.name} tourne en une seule instance, sans rien pour prendre le relais. Un plantage, un déploiement raté, la panne d&apos;un hôte ou d&apos;une zone, ou une attaque visant cette instance unique arrête tout ce qui en dépend jusqu&apos;à ce que quelqu&apos;un la répare ou la redémarre.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/CiaRuleStrings.cpp" line="116"/>
        <source>{element.name} cannot be restored</source>
        <translation>{element.name} ne peut pas être restauré</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/CiaRuleStrings.cpp" line="117"/>
        <source>{element.name} has no backups, or none known to restore. An accidental deletion, corruption, a failed migration or ransomware then destroys its data for good, and whatever relies on that data stays down or has to be rebuilt from nothing.</source>
        <translation>{element.name} n&apos;a pas de sauvegardes, ou aucune dont on sait qu&apos;elle se restaure. Une suppression accidentelle, une corruption, une migration ratée ou un rançongiciel détruit alors ses données pour de bon, et tout ce qui repose sur ces données reste à l&apos;arrêt ou doit être reconstruit à partir de rien.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/CiaRuleStrings.cpp" line="122"/>
        <source>{source.name} calls {target.name}, which another organisation runs, on {flow.name}. When the provider is down, slow, throttling or changes its interface, these calls fail or hang, and without timeouts, fallbacks or a queue {source.name} stops serving its own users as well, while nothing on this side can end the outage.</source>
        <translation>{source.name} appelle {target.name}, exploité par une autre organisation, sur {flow.name}. Lorsque le fournisseur est en panne, lent, limite le débit ou change son interface, ces appels échouent ou restent bloqués, et sans délais d&apos;expiration, solutions de repli ni file d&apos;attente, {source.name} cesse lui aussi de servir ses propres utilisateurs, alors que rien de ce côté ne peut mettre fin à la panne.</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/CiaRuleStrings.cpp" line="128"/>
        <source>A bad record from {source.name} can halt {target.name}</source>
        <translation>Un enregistrement défectueux de {source.name} peut bloquer {target.name}</translation>
    </message>
    <message>
        <location filename="../core/report/language/rulestrings/CiaRuleStrings.cpp" line="129"/>
        <source>{target.name} processes what arrives from {source.name} on {flow.name} without validating it. One malformed record or message makes it fail, and because the input is retried or read again after a restart, it fails the same way each time: all work queued behind that record waits until someone removes it by hand.</source>
        <translation>{target.name} traite ce qui arrive de {source.name} sur {flow.name} sans le valider. Un seul enregistrement ou message malformé le fait échouer, et comme l&apos;entrée est retentée ou relue après un redémarrage, il échoue de la même façon à chaque fois&#xa0;: tout le travail en attente derrière cet enregistrement reste bloqué jusqu&apos;à ce que quelqu&apos;un le retire à la main.</translation>
    </message>
</context>
</TS>
