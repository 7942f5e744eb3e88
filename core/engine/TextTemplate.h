#pragma once

#include "Condition.h"

#include <QString>
#include <QVector>

#include <memory>

namespace latch {

struct EvaluationContext;

// A title or description with placeholders: "Spoofing of {source.name} towards {target.name}".
// `{{` and `}}` stand for literal braces. Parsed once per rule.
class TextTemplate
{
public:
    // False with a message and column on a bad placeholder.
    bool parse(const QString& text, QString* error, int* errorColumn);
    QString render(const EvaluationContext& context) const;
    // The same into `out`, reusing its storage.
    void renderInto(QString& out, const EvaluationContext& context) const;
    const QString& text() const { return m_text; }
    // A placeholder reads the boundaries a flow crosses: the context needs its crossings.
    bool needsCrossings() const { return m_needsCrossings; }

private:
    struct Part
    {
        QString literal;
        std::shared_ptr<const Condition> path; // set for a placeholder
    };
    QString m_text;
    QVector<Part> m_parts;
    bool m_needsCrossings = false;
};

} // namespace latch
