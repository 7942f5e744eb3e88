#pragma once

#include <QString>
#include <QVector>

namespace latch {

class RuleLibrary;
struct Model;

// One modeling problem, located like a format error: "diagrams[0].elements[3] "Name"".
struct LintFinding
{
    QString place;
    QString message;
};

// Finds modeling problems in a valid model: what loads fine but makes a poor threat model
// (unnamed or isolated elements, flows that skip a process, boundaries around nothing,
// properties the library does not know, decisions without a justification, ...).
class ModelLinter
{
public:
    static QVector<LintFinding> lint(const Model& model, const RuleLibrary& library);
};

} // namespace latch
