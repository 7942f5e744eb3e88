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
    <name>SelectTool</name>
    <message>
        <location filename="../app/editor/tools/SelectTool.cpp" line="65"/>
        <source>Resize</source>
        <translation>Redimensionner</translation>
    </message>
    <message>
        <location filename="../app/editor/tools/SelectTool.cpp" line="130"/>
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
    <name>latch::DiagramScene</name>
    <message>
        <location filename="../app/editor/scene/DiagramScene.cpp" line="253"/>
        <source>Delete element</source>
        <translation>Supprimer l&apos;élément</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/scene/DiagramScene.cpp" line="254"/>
        <source>Delete %n elements</source>
        <translation>
            <numerusform>Supprimer %n élément</numerusform>
            <numerusform>Supprimer %n éléments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>latch::DisplayNames</name>
    <message>
        <location filename="../app/editor/DisplayNames.cpp" line="24"/>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location filename="../app/editor/DisplayNames.cpp" line="26"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../app/editor/DisplayNames.cpp" line="28"/>
        <source>Mitigated</source>
        <translation>Atténuée</translation>
    </message>
    <message>
        <location filename="../app/editor/DisplayNames.cpp" line="30"/>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <location filename="../app/editor/DisplayNames.cpp" line="32"/>
        <source>Not applicable</source>
        <translation>Non applicable</translation>
    </message>
    <message>
        <location filename="../app/editor/DisplayNames.cpp" line="34"/>
        <source>Transferred</source>
        <translation>Transférée</translation>
    </message>
    <message>
        <location filename="../app/editor/DisplayNames.cpp" line="43"/>
        <source>Proposed</source>
        <translation>Proposée</translation>
    </message>
    <message>
        <location filename="../app/editor/DisplayNames.cpp" line="45"/>
        <source>Implemented</source>
        <translation>Mise en œuvre</translation>
    </message>
    <message>
        <location filename="../app/editor/DisplayNames.cpp" line="47"/>
        <source>Verified</source>
        <translation>Vérifiée</translation>
    </message>
    <message>
        <location filename="../app/editor/DisplayNames.cpp" line="56"/>
        <source>critical</source>
        <translation>critique</translation>
    </message>
    <message>
        <location filename="../app/editor/DisplayNames.cpp" line="58"/>
        <source>high</source>
        <translation>élevé</translation>
    </message>
    <message>
        <location filename="../app/editor/DisplayNames.cpp" line="60"/>
        <source>medium</source>
        <translation>moyen</translation>
    </message>
    <message>
        <location filename="../app/editor/DisplayNames.cpp" line="62"/>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <location filename="../app/editor/DisplayNames.cpp" line="66"/>
        <source>unscored</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <location filename="../app/editor/DisplayNames.cpp" line="72"/>
        <source>Spoofing</source>
        <translation>Usurpation d&apos;identité</translation>
    </message>
    <message>
        <location filename="../app/editor/DisplayNames.cpp" line="74"/>
        <source>Tampering</source>
        <translation>Falsification</translation>
    </message>
    <message>
        <location filename="../app/editor/DisplayNames.cpp" line="76"/>
        <source>Repudiation</source>
        <translation>Répudiation</translation>
    </message>
    <message>
        <location filename="../app/editor/DisplayNames.cpp" line="78"/>
        <source>Information disclosure</source>
        <translation>Divulgation d&apos;informations</translation>
    </message>
    <message>
        <location filename="../app/editor/DisplayNames.cpp" line="80"/>
        <source>Denial of service</source>
        <translation>Déni de service</translation>
    </message>
    <message>
        <location filename="../app/editor/DisplayNames.cpp" line="82"/>
        <source>Elevation of privilege</source>
        <translation>Élévation de privilèges</translation>
    </message>
    <message>
        <location filename="../app/editor/DisplayNames.cpp" line="92"/>
        <source>public</source>
        <translation>public</translation>
    </message>
    <message>
        <location filename="../app/editor/DisplayNames.cpp" line="94"/>
        <source>internal</source>
        <translation>interne</translation>
    </message>
    <message>
        <location filename="../app/editor/DisplayNames.cpp" line="96"/>
        <source>confidential</source>
        <translation>confidentiel</translation>
    </message>
    <message>
        <location filename="../app/editor/DisplayNames.cpp" line="98"/>
        <source>restricted</source>
        <translation>restreint</translation>
    </message>
</context>
<context>
    <name>latch::Document</name>
    <message>
        <location filename="../app/editor/Document.cpp" line="41"/>
        <location filename="../app/editor/Document.cpp" line="52"/>
        <source>the model&apos;s own library</source>
        <translation>la bibliothèque intégrée au modèle</translation>
    </message>
    <message>
        <location filename="../app/editor/Document.cpp" line="114"/>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
</context>
<context>
    <name>latch::DreadDock</name>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="63"/>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="69"/>
        <source>Clear Score</source>
        <translation>Effacer le score</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="115"/>
        <source>&amp;Damage</source>
        <translation>&amp;Dommages</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="115"/>
        <source>&amp;Reproducibility</source>
        <translation>&amp;Reproductibilité</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="116"/>
        <source>E&amp;xploitability</source>
        <translation>E&amp;xploitabilité</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="116"/>
        <source>&amp;Affected users</source>
        <translation>&amp;Utilisateurs affectés</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="117"/>
        <source>D&amp;iscoverability</source>
        <translation>Dé&amp;couvrabilité</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="119"/>
        <source>Damage potential: how bad is it when the attack succeeds?
1 = nothing of value is harmed; 10 = the system or all of its data is lost or exposed.</source>
        <translation>Dommages potentiels&#xa0;: quelle est la gravité si l&apos;attaque réussit&#xa0;?
1 = rien de valeur n&apos;est touché&#xa0;; 10 = le système ou toutes ses données sont perdus ou exposés.</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="122"/>
        <source>Reproducibility: how reliably does the attack work when tried again?
1 = only under rare conditions or a narrow timing window; 10 = every time.</source>
        <translation>Reproductibilité&#xa0;: l&apos;attaque fonctionne-t-elle de façon fiable lorsqu&apos;on la retente&#xa0;?
1 = seulement dans des conditions rares ou dans une fenêtre temporelle étroite&#xa0;; 10 = à chaque fois.</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="124"/>
        <source>Exploitability: how much skill, time and tooling does the attack need?
1 = expert knowledge and custom tools; 10 = a browser or a published script.</source>
        <translation>Exploitabilité&#xa0;: combien de compétences, de temps et d&apos;outils l&apos;attaque exige-t-elle&#xa0;?
1 = connaissances d&apos;expert et outils sur mesure&#xa0;; 10 = un navigateur ou un script publié.</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="126"/>
        <source>Affected users: how many users suffer when it happens?
1 = one user or none; 10 = every user of the system.</source>
        <translation>Utilisateurs affectés&#xa0;: combien d&apos;utilisateurs en pâtissent si l&apos;attaque se produit&#xa0;?
1 = un seul utilisateur ou aucun&#xa0;; 10 = tous les utilisateurs du système.</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="128"/>
        <source>Discoverability: how easily can an attacker find the weakness?
1 = needs source code or inside knowledge; 10 = visible in the interface, the API or public documentation.</source>
        <translation>Découvrabilité&#xa0;: avec quelle facilité un attaquant peut-il trouver la faiblesse&#xa0;?
1 = nécessite le code source ou des connaissances internes&#xa0;; 10 = visible dans l&apos;interface, l&apos;API ou la documentation publique.</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="152"/>
        <source>How likely is the attack to happen?
1 = rare, needs unlikely circumstances; 5 = expected, probably already tried.</source>
        <translation>Quelle est la probabilité que l&apos;attaque se produise&#xa0;?
1 = rare, nécessite des circonstances improbables&#xa0;; 5 = attendue, probablement déjà tentée.</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="155"/>
        <source>How severe is the harm when it happens?
1 = negligible; 5 = severe: large loss, breach or outage.</source>
        <translation>Quelle est la gravité du préjudice si l&apos;attaque se produit&#xa0;?
1 = négligeable&#xa0;; 5 = grave&#xa0;: perte importante, violation de données ou interruption de service.</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="164"/>
        <source>&amp;Likelihood</source>
        <translation>&amp;Probabilité</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="166"/>
        <source>&amp;Impact</source>
        <translation>&amp;Impact</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="199"/>
        <source>Choose a threat in the Threats panel.</source>
        <translation>Choisissez une menace dans le panneau Menaces.</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="229"/>
        <source>not scored</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="254"/>
        <source>Score “%1”</source>
        <translation>Noter «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="269"/>
        <source>Rate “%1”</source>
        <translation>Évaluer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/DreadDock.cpp" line="283"/>
        <source>Clear score of “%1”</source>
        <translation>Effacer le score de «&#xa0;%1&#xa0;»</translation>
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
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="49"/>
        <source>Include obsolete threats</source>
        <translation>Inclure les menaces obsolètes</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="50"/>
        <source>Only open and in-progress threats</source>
        <translation>Uniquement les menaces ouvertes et en cours</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="53"/>
        <source>Pre&amp;view…</source>
        <translation>&amp;Aperçu…</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="56"/>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="170"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="62"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="63"/>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="77"/>
        <source> ×</source>
        <translation>&#xa0;×</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="81"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="82"/>
        <source>&amp;Page size:</source>
        <translation>&amp;Taille de page&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="85"/>
        <source>&amp;Diagram:</source>
        <translation>&amp;Diagramme&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="86"/>
        <source>&amp;Scale:</source>
        <translation>É&amp;chelle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="89"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="121"/>
        <source>Cover, summary, diagrams, the register by risk, mitigations and an appendix of elements.</source>
        <translation>Page de garde, synthèse, diagrammes, registre classé par risque, contre-mesures et annexe des éléments.</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="123"/>
        <source>The chosen diagram, with element numbers as in the report.</source>
        <translation>Le diagramme choisi, avec la numérotation des éléments du rapport.</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="124"/>
        <source>One row per threat, highest risk first; UTF-8, RFC 4180.</source>
        <translation>Une ligne par menace, risque le plus élevé en premier&#xa0;; UTF-8, RFC 4180.</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="144"/>
        <source>Report preview</source>
        <translation>Aperçu du rapport</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="157"/>
        <source>threat-model</source>
        <translation>modèle-de-menaces</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/ExportDialog.cpp" line="185"/>
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
        <location filename="../app/editor/window/MainWindow.cpp" line="141"/>
        <source>Untitled model</source>
        <translation>Modèle sans titre</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="194"/>
        <source>an unsaved model</source>
        <translation>un modèle non enregistré</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="196"/>
        <source>Restore unsaved work</source>
        <translation>Restaurer le travail non enregistré</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="197"/>
        <source>Latch did not close normally. Restore the unsaved changes to:
%1</source>
        <translation>Latch ne s&apos;est pas fermé normalement. Restaurer les modifications non enregistrées apportées à&#xa0;:
%1</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="209"/>
        <source>Cannot restore</source>
        <translation>Restauration impossible</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="226"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="250"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="251"/>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="252"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="253"/>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="254"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="256"/>
        <source>Use Rule &amp;Library…</source>
        <translation>Utiliser une &amp;bibliothèque de règles…</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="260"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="261"/>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="262"/>
        <location filename="../app/editor/window/MainWindow.cpp" line="496"/>
        <source>Save model</source>
        <translation>Enregistrer le modèle</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="268"/>
        <source>Re&amp;vert</source>
        <translation>Re&amp;venir à la version enregistrée</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="270"/>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="273"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="274"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="276"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="277"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="279"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="284"/>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="285"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="286"/>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="287"/>
        <source>D&amp;uplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="290"/>
        <source>&amp;Rename…</source>
        <translation>Re&amp;nommer…</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="291"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="292"/>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="297"/>
        <source>Pre&amp;ferences…</source>
        <translation>Pré&amp;férences…</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="300"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="301"/>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="302"/>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="303"/>
        <source>&amp;Fit to Diagram</source>
        <translation>Ajuster au &amp;diagramme</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="305"/>
        <source>&amp;Snap to Grid</source>
        <translation>Magnétisme de la &amp;grille</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="315"/>
        <source>Risk &amp;Badges</source>
        <translation>Pas&amp;tilles de risque</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="317"/>
        <source>Show each element&apos;s unresolved threats; hide them for clean screenshots</source>
        <translation>Afficher les menaces non résolues de chaque élément&#xa0;; les masquer pour des captures d&apos;écran épurées</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="326"/>
        <source>&amp;Panels</source>
        <translation>&amp;Panneaux</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="331"/>
        <source>&amp;Arrange</source>
        <translation>Dis&amp;position</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="336"/>
        <source>Align &amp;Left</source>
        <translation>Aligner à &amp;gauche</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="337"/>
        <source>Align &amp;Right</source>
        <translation>Aligner à &amp;droite</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="338"/>
        <source>Align &amp;Top</source>
        <translation>Aligner en &amp;haut</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="339"/>
        <source>Align &amp;Bottom</source>
        <translation>Aligner en &amp;bas</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="340"/>
        <source>Centre &amp;Horizontally</source>
        <translation>Centrer hori&amp;zontalement</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="341"/>
        <source>Centre &amp;Vertically</source>
        <translation>Centrer &amp;verticalement</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="346"/>
        <source>&amp;Diagram</source>
        <translation>Dia&amp;gramme</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="347"/>
        <source>&amp;Add Diagram</source>
        <translation>&amp;Ajouter un diagramme</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="348"/>
        <source>&amp;Rename Diagram…</source>
        <translation>&amp;Renommer le diagramme…</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="350"/>
        <source>&amp;Delete Diagram</source>
        <translation>&amp;Supprimer le diagramme</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="355"/>
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="364"/>
        <source>Select</source>
        <translation>Sélectionner</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="365"/>
        <source>External entity</source>
        <translation>Entité externe</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="366"/>
        <source>Process</source>
        <translation>Processus</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="367"/>
        <source>Data store</source>
        <translation>Stockage de données</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="368"/>
        <source>Data flow</source>
        <translation>Flux de données</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="369"/>
        <source>Trust boundary</source>
        <translation>Frontière de confiance</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="370"/>
        <source>Boundary line</source>
        <translation>Ligne de frontière</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="371"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="471"/>
        <source>%1 diagrams, %2 elements, %3 threats: %4 open, %5 in progress, %6 mitigated, %7 accepted</source>
        <translation>%1 diagrammes, %2 éléments, %3 menaces&#xa0;: %4 ouvertes, %5 en cours, %6 atténuées, %7 acceptées</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="485"/>
        <source>%1 %2</source>
        <translation>%2 (%1)</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="488"/>
        <source> · unresolved: %1</source>
        <translation> · non résolues&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="506"/>
        <source>Save failed</source>
        <translation>Échec de l&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="510"/>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="519"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="520"/>
        <source>%1 has changes that are not saved.</source>
        <translation>%1 comporte des modifications non enregistrées.</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="566"/>
        <location filename="../app/editor/window/MainWindow.cpp" line="586"/>
        <source>Cannot open</source>
        <translation>Ouverture impossible</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="580"/>
        <source>Open model</source>
        <translation>Ouvrir un modèle</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="604"/>
        <source>Use rule library %1</source>
        <translation>Utiliser la bibliothèque de règles %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/window/MainWindow.cpp" line="606"/>
        <source>%n threat type(s) of the template could not be converted</source>
        <translation>
            <numerusform>%n type de menace du gabarit n&apos;a pas pu être converti</numerusform>
            <numerusform>%n types de menaces du gabarit n&apos;ont pas pu être convertis</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="616"/>
        <source>Revert</source>
        <translation>Revenir à la version enregistrée</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="617"/>
        <source>Discard every change since the last save?</source>
        <translation>Abandonner toutes les modifications depuis le dernier enregistrement&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="633"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/window/MainWindow.cpp" line="634"/>
        <source>The selection has %n attached data flow(s). Delete them too?</source>
        <translation>
            <numerusform>La sélection comporte %n flux de données rattaché. Le supprimer aussi&#xa0;?</numerusform>
            <numerusform>La sélection comporte %n flux de données rattachés. Les supprimer aussi&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/window/MainWindow.cpp" line="666"/>
        <source>Paste %n element(s)</source>
        <translation>
            <numerusform>Coller %n élément</numerusform>
            <numerusform>Coller %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="741"/>
        <source>Diagram %1</source>
        <translation>Diagramme %1</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="753"/>
        <source>Rename diagram</source>
        <translation>Renommer le diagramme</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="753"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="762"/>
        <source>Delete diagram</source>
        <translation>Supprimer le diagramme</translation>
    </message>
    <message>
        <location filename="../app/editor/window/MainWindow.cpp" line="763"/>
        <source>A model keeps at least one diagram.</source>
        <translation>Un modèle doit conserver au moins un diagramme.</translation>
    </message>
</context>
<context>
    <name>latch::MitigationsDock</name>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="32"/>
        <source>Mitigations</source>
        <translation>Contre-mesures</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="76"/>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="80"/>
        <source>Why this status: what was decided, by whom, and what it rests on</source>
        <translation>Pourquoi ce statut&#xa0;: ce qui a été décidé, par qui, et sur quoi cela repose</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="82"/>
        <source>&amp;Justification:</source>
        <translation>&amp;Justification&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="88"/>
        <source>Linked mitigations:</source>
        <translation>Contre-mesures liées&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="96"/>
        <source>&amp;Link</source>
        <translation>&amp;Lier</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="98"/>
        <source>&amp;Unlink</source>
        <translation>&amp;Délier</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="110"/>
        <source>Suggested by the rule:</source>
        <translation>Suggérées par la règle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="115"/>
        <source>Add to Catalog and Lin&amp;k</source>
        <translation>Ajouter au &amp;catalogue et lier</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="132"/>
        <source>Mitigation catalog of the model:</source>
        <translation>Catalogue des contre-mesures du modèle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="135"/>
        <source>Mitigation</source>
        <translation>Contre-mesure</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="135"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="135"/>
        <source>Threats</source>
        <translation>Menaces</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="145"/>
        <source>&amp;New…</source>
        <translation>&amp;Nouvelle…</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="146"/>
        <source>&amp;Remove</source>
        <translation>Supp&amp;rimer</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="168"/>
        <source>Choose a threat in the Threats panel.</source>
        <translation>Choisissez une menace dans le panneau Menaces.</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="264"/>
        <source>Set “%1” to %2</source>
        <translation>Passer «&#xa0;%1&#xa0;» au statut %2</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="275"/>
        <source>Justify “%1”</source>
        <translation>Justifier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="288"/>
        <source>Link “%1”</source>
        <translation>Lier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="301"/>
        <source>Unlink “%1”</source>
        <translation>Délier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="319"/>
        <source>Adopt mitigation “%1”</source>
        <translation>Adopter la contre-mesure «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="342"/>
        <source>New mitigation “%1”</source>
        <translation>Nouvelle contre-mesure «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="349"/>
        <source>New mitigation</source>
        <translation>Nouvelle contre-mesure</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="349"/>
        <source>Title:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="363"/>
        <source>Mark “%1” %2</source>
        <translation>Marquer «&#xa0;%1&#xa0;» comme %2</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="382"/>
        <source>Remove mitigation “%1”</source>
        <translation>Supprimer la contre-mesure «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/MitigationsDock.cpp" line="397"/>
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
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="42"/>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="57"/>
        <source>Names, separated by commas</source>
        <translation>Noms, séparés par des virgules</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="58"/>
        <source>What is in scope, and what is deliberately left out</source>
        <translation>Ce qui entre dans le périmètre, et ce qui en est délibérément exclu</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="61"/>
        <source>Other regimes, separated by commas</source>
        <translation>Autres référentiels, séparés par des virgules</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="62"/>
        <source>DREAD (five ratings, 1–10)</source>
        <translation>DREAD (cinq notes, 1–10)</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="63"/>
        <source>Likelihood × impact (1–5 each)</source>
        <translation>Probabilité × impact (1–5 chacun)</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="76"/>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="132"/>
        <source>Change compliance regimes</source>
        <translation>Modifier les référentiels de conformité</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="82"/>
        <source>Asset</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="82"/>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="82"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="88"/>
        <source>Add &amp;Asset</source>
        <translation>Ajouter un &amp;actif</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="89"/>
        <source>Remove Asset</source>
        <translation>Supprimer l&apos;actif</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="98"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="99"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="100"/>
        <source>Re&amp;viewers:</source>
        <translation>Re&amp;lecteurs&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="101"/>
        <source>&amp;Scope:</source>
        <translation>&amp;Périmètre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="102"/>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="103"/>
        <source>&amp;Risk method:</source>
        <translation>&amp;Méthode d&apos;évaluation des risques&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="104"/>
        <source>&amp;Compliance:</source>
        <translation>&amp;Conformité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="123"/>
        <source>Edit model title</source>
        <translation>Modifier le titre du modèle</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="125"/>
        <source>Edit owner</source>
        <translation>Modifier le responsable</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="127"/>
        <source>Edit reviewers</source>
        <translation>Modifier les relecteurs</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="144"/>
        <source>Edit scope</source>
        <translation>Modifier le périmètre</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="146"/>
        <source>Edit model description</source>
        <translation>Modifier la description du modèle</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="151"/>
        <source>Change risk method</source>
        <translation>Changer de méthode d&apos;évaluation des risques</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="243"/>
        <source>Classify asset</source>
        <translation>Classifier l&apos;actif</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="264"/>
        <source>Edit asset</source>
        <translation>Modifier l&apos;actif</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="274"/>
        <source>New asset</source>
        <translation>Nouvel actif</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="277"/>
        <source>Add asset</source>
        <translation>Ajouter un actif</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ObjectivesDock.cpp" line="287"/>
        <source>Remove asset</source>
        <translation>Supprimer l&apos;actif</translation>
    </message>
</context>
<context>
    <name>latch::OverviewDock</name>
    <message>
        <location filename="../app/editor/docks/OverviewDock.cpp" line="62"/>
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
        <translation> s</translation>
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
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/PreferencesDialog.cpp" line="55"/>
        <source>A new language applies when Latch starts again.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage de Latch.</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/PreferencesDialog.cpp" line="58"/>
        <source>&amp;Recovery copy every:</source>
        <translation>Copie de &amp;récupération toutes les :</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/PreferencesDialog.cpp" line="59"/>
        <source>Canvas</source>
        <translation>Zone de dessin</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/PreferencesDialog.cpp" line="61"/>
        <source>&amp;Grid size:</source>
        <translation>Taille de la &amp;grille :</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/PreferencesDialog.cpp" line="63"/>
        <source>New models and reports</source>
        <translation>Nouveaux modèles et rapports</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/PreferencesDialog.cpp" line="65"/>
        <source>Risk &amp;method:</source>
        <translation>&amp;Méthode de risque :</translation>
    </message>
    <message>
        <location filename="../app/editor/dialogs/PreferencesDialog.cpp" line="66"/>
        <source>&amp;Page size:</source>
        <translation>&amp;Taille de page&#xa0;:</translation>
    </message>
</context>
<context>
    <name>latch::PropertiesDock</name>
    <message>
        <location filename="../app/editor/docks/PropertiesDock.cpp" line="21"/>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/PropertiesDock.cpp" line="73"/>
        <source>Set %1</source>
        <translation>Définir %1</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/PropertiesDock.cpp" line="136"/>
        <source>Select one element to edit its properties.</source>
        <translation>Sélectionnez un seul élément pour modifier ses propriétés.</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/PropertiesDock.cpp" line="149"/>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/PropertiesDock.cpp" line="152"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/PropertiesDock.cpp" line="168"/>
        <source>Change type</source>
        <translation>Changer le type</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/PropertiesDock.cpp" line="172"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/PropertiesDock.cpp" line="177"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/PropertiesDock.cpp" line="183"/>
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
        <source>Rename threat</source>
        <translation>Renommer la menace</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatTableModel.cpp" line="82"/>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatTableModel.cpp" line="84"/>
        <source>Band</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatTableModel.cpp" line="86"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatTableModel.cpp" line="88"/>
        <source>Threat</source>
        <translation>Menace</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatTableModel.cpp" line="90"/>
        <source>Element</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatTableModel.cpp" line="92"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatTableModel.cpp" line="105"/>
        <source>(deleted)</source>
        <translation>(supprimé)</translation>
    </message>
</context>
<context>
    <name>latch::ThreatsDock</name>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="28"/>
        <source>Threats</source>
        <translation>Menaces</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="34"/>
        <source>Selection only</source>
        <translation>Sélection uniquement</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="35"/>
        <source>Obsolete</source>
        <translation>Obsolètes</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="53"/>
        <source>Search threats</source>
        <translation>Rechercher des menaces</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="66"/>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="71"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="76"/>
        <source>All risks</source>
        <translation>Tous les risques</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="84"/>
        <source>All OWASP</source>
        <translation>Toutes catégories OWASP</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="91"/>
        <source>Flat list</source>
        <translation>Liste simple</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="92"/>
        <source>By element</source>
        <translation>Par élément</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="93"/>
        <source>By category</source>
        <translation>Par catégorie</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="94"/>
        <source>By status</source>
        <translation>Par statut</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="143"/>
        <source>&amp;Add Threat…</source>
        <translation>&amp;Ajouter une menace…</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="145"/>
        <source>Add a threat of your own to the element selected on the canvas</source>
        <translation>Ajouter votre propre menace à l&apos;élément sélectionné sur le canevas</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="146"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="150"/>
        <source>Remove threats whose rule no longer applies or whose element is gone, with the team&apos;s notes on them</source>
        <translation>Supprimer les menaces dont la règle ne s&apos;applique plus ou dont l&apos;élément a disparu, ainsi que les notes de l&apos;équipe à leur sujet</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="172"/>
        <source>&amp;Purge Obsolete (%1)</source>
        <translation>&amp;Purger les obsolètes (%1)</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="177"/>
        <source>%1 of %2 shown</source>
        <translation>%1 sur %2 affichées</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="216"/>
        <source>Add threat “%1”</source>
        <translation>Ajouter la menace «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="234"/>
        <source>Edit threat</source>
        <translation>Modifier la menace</translation>
    </message>
    <message>
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="243"/>
        <source>Purge obsolete threats</source>
        <translation>Purger les menaces obsolètes</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="244"/>
        <source>Remove %n obsolete threat(s) from the register, with their scores and notes? Undo brings them back.</source>
        <translation>
            <numerusform>Supprimer %n menace obsolète du registre, avec son score et ses notes&#xa0;? L&apos;annulation permet de la restaurer.</numerusform>
            <numerusform>Supprimer %n menaces obsolètes du registre, avec leurs scores et leurs notes&#xa0;? L&apos;annulation permet de les restaurer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/editor/docks/ThreatsDock.cpp" line="258"/>
        <source>Purge %n obsolete threat(s)</source>
        <translation>
            <numerusform>Purger %n menace obsolète</numerusform>
            <numerusform>Purger %n menaces obsolètes</numerusform>
        </translation>
    </message>
</context>
</TS>
