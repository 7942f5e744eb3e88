#include "RuleLibrary.h"

#include "model/ThreatCategory.h"

#include <algorithm>

namespace latch {

RuleLibrary::RuleLibrary()
{
    const QStringList names{
        QStringLiteral("Spoofing"),          QStringLiteral("Tampering"),
        QStringLiteral("Repudiation"),       QStringLiteral("Information disclosure"),
        QStringLiteral("Denial of service"), QStringLiteral("Elevation of privilege")};
    const QStringList ids = ThreatCategory::stride();
    for (qsizetype i = 0; i < ids.size(); ++i)
        m_categories.append({ids.at(i), names.at(i), QString()});
}

const QVector<const Rule*>& RuleLibrary::rulesFor(ElementKind kind) const
{
    auto it = m_byKind.constFind(int(kind));
    if (it != m_byKind.cend())
        return *it;
    QVector<const Rule*> rules;
    for (const Rule& rule : m_rules) {
        if (ruleTargetKind(rule.target) == kind)
            rules.append(&rule);
    }
    return *m_byKind.insert(int(kind), rules);
}

const Rule* RuleLibrary::findRule(const QString& id) const
{
    // Looked up once per threat when a model is read or written: hashed, not scanned.
    if (m_byId.size() != m_rules.size()) {
        m_byId.clear();
        m_byId.reserve(m_rules.size());
        for (qsizetype i = 0; i < m_rules.size(); ++i)
            m_byId.insert(m_rules.at(i).id, i);
    }
    const auto it = m_byId.constFind(id);
    return it == m_byId.cend() ? nullptr : &m_rules.at(*it);
}

const LibraryMitigation* RuleLibrary::findMitigation(const QString& id) const
{
    auto it = std::find_if(m_mitigations.cbegin(), m_mitigations.cend(),
                           [&](const LibraryMitigation& m) { return m.id == id; });
    return it == m_mitigations.cend() ? nullptr : &*it;
}

QStringList RuleLibrary::categoryIds() const
{
    QStringList ids;
    for (const LibraryCategory& category : m_categories)
        ids << category.id;
    return ids;
}

const LibraryCategory* RuleLibrary::findCategory(const QString& id) const
{
    auto it = std::find_if(m_categories.cbegin(), m_categories.cend(),
                           [&](const LibraryCategory& c) { return c.id == id; });
    return it == m_categories.cend() ? nullptr : &*it;
}

void RuleLibrary::addCategory(const LibraryCategory& category)
{
    auto it = std::find_if(m_categories.begin(), m_categories.end(),
                           [&](const LibraryCategory& c) { return c.id == category.id; });
    if (it != m_categories.end())
        *it = category;
    else
        m_categories.append(category);
}

void RuleLibrary::addMitigation(const LibraryMitigation& mitigation)
{
    auto it = std::find_if(m_mitigations.begin(), m_mitigations.end(),
                           [&](const LibraryMitigation& m) { return m.id == mitigation.id; });
    if (it != m_mitigations.end())
        *it = mitigation;
    else
        m_mitigations.append(mitigation);
}

void RuleLibrary::addRule(const Rule& rule)
{
    m_byKind.clear();
    m_byId.clear();
    auto it = std::find_if(m_rules.begin(), m_rules.end(),
                           [&](const Rule& r) { return r.id == rule.id; });
    if (it != m_rules.end())
        *it = rule;
    else
        m_rules.append(rule);
}

} // namespace latch
