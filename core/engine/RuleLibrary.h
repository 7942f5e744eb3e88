#pragma once

#include "LibraryEntries.h"
#include "Rule.h"
#include "TypeRegistry.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace latch {

// The rules in force: the built-in library, then user libraries and a model's own, layered in
// load order (a later rule or mitigation with the same id replaces the earlier one).
class RuleLibrary
{
public:
    RuleLibrary();

    TypeRegistry& types() { return m_types; }
    const TypeRegistry& types() const { return m_types; }
    const QVector<LibraryCategory>& categories() const { return m_categories; }
    // Their ids in order: STRIDE's six always first, then as the libraries declared them
    // (LINDDUN's, CIA's, a template's own).
    QStringList categoryIds() const;
    const QVector<LibraryMitigation>& mitigations() const { return m_mitigations; }
    const QVector<Rule>& rules() const { return m_rules; }
    // Ids and names of the libraries layered here, in load order.
    const QStringList& sources() const { return m_sources; }

    // Rules whose threats attach to elements of this kind, in library order.
    const QVector<const Rule*>& rulesFor(ElementKind kind) const;

    const Rule* findRule(const QString& id) const;
    const LibraryMitigation* findMitigation(const QString& id) const;
    const LibraryCategory* findCategory(const QString& id) const;

    void addSource(const QString& description) { m_sources.append(description); }
    void addCategory(const LibraryCategory& category);
    void addMitigation(const LibraryMitigation& mitigation);
    void addRule(const Rule& rule);

private:
    TypeRegistry m_types;
    QVector<LibraryCategory> m_categories;
    QVector<LibraryMitigation> m_mitigations;
    QVector<Rule> m_rules;
    QStringList m_sources;
    mutable QHash<int, QVector<const Rule*>> m_byKind; // rebuilt after a change
    mutable QHash<QString, qsizetype> m_byId;          // index into m_rules; likewise
};

} // namespace latch
