#include "ResolveConflictCommand.h"

#include "Document.h"
#include "ModelObjectives.h"

#include <QSet>

namespace latch {

namespace {

QHash<QString, const Element*> elementsOf(const Model& model)
{
    QHash<QString, const Element*> all;
    for (const Diagram& d : model.diagrams) {
        for (const Element& e : d.elements)
            all.insert(e.id, &e);
    }
    return all;
}

} // namespace

ResolveConflictCommand::ResolveConflictCommand(Document* document, Model resolved,
                                               const QString& text, QUndoCommand* parent)
    : ModelEditCommand(document, text, parent)
    , m_before(document->model())
    , m_after(std::move(resolved))
{
    const auto before = elementsOf(m_before);
    const auto after = elementsOf(m_after);
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        const Element* now = after.value(it.key());
        if (!now || *now != *it.value())
            m_touched.append(it.key());
    }
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (!before.contains(it.key()))
            m_touched.append(it.key());
    }
}

void ResolveConflictCommand::apply()
{
    bringTo(m_after);
    // The first time, the register starts from the resolution's; regeneration follows.
    if (!m_applied)
        m_document->setThreats(m_after.threats);
    m_applied = true;
}

void ResolveConflictCommand::revert()
{
    bringTo(m_before);
}

void ResolveConflictCommand::bringTo(const Model& target)
{
    Document& doc = *m_document;
    // Diagrams the target does not have go first, elements and all.
    QSet<QString> targetDiagrams;
    for (const Diagram& diagram : target.diagrams)
        targetDiagrams.insert(diagram.id);
    for (const Diagram& diagram : QVector<Diagram>(doc.model().diagrams)) {
        if (!targetDiagrams.contains(diagram.id))
            doc.removeDiagram(diagram.id);
    }
    for (qsizetype i = 0; i < target.diagrams.size(); ++i) {
        const Diagram& want = target.diagrams.at(i);
        const Diagram* have = doc.diagram(want.id);
        if (!have) {
            doc.insertDiagram(i, want);
            continue;
        }
        if (have->name != want.name)
            doc.renameDiagram(want.id, want.name);
        QSet<QString> wanted;
        for (const Element& e : want.elements)
            wanted.insert(e.id);
        // Flows before their ends, so that no view ever sees a flow without one.
        for (int pass = 0; pass < 2; ++pass) {
            for (const Element& e : QVector<Element>(doc.diagram(want.id)->elements)) {
                if ((e.kind == ElementKind::Flow) == (pass == 0) && !wanted.contains(e.id))
                    doc.removeElement(want.id, e.id);
            }
        }
        for (int pass = 0; pass < 2; ++pass) {
            for (qsizetype at = 0; at < want.elements.size(); ++at) {
                const Element& e = want.elements.at(at);
                if ((e.kind == ElementKind::Flow) != (pass == 1))
                    continue;
                const Element* current = doc.element(e.id);
                if (!current)
                    doc.insertElement(want.id, at, e);
                else if (*current != e)
                    doc.replaceElement(e);
            }
        }
    }
    if (doc.model().mitigations != target.mitigations)
        doc.setMitigations(target.mitigations);
    const ModelObjectives objectives = ModelObjectives::of(target);
    if (!(ModelObjectives::of(doc.model()) == objectives))
        doc.setObjectives(objectives);
    if (doc.model().frameworks != target.frameworks)
        doc.setFrameworks(target.frameworks);
    if (doc.model().embeddedLibrary != target.embeddedLibrary)
        doc.restoreEmbeddedLibrary(target.embeddedLibrary);
    doc.setConflicts(target.conflicts);
}

} // namespace latch
