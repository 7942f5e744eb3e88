#include "ConflictText.h"

#include "model/Model.h"

namespace latch {

namespace {

constexpr int longestValue = 60;

} // namespace

QString ConflictText::elementOf(const Model& model, const MergeConflict& c)
{
    if (c.subject == QLatin1String("element"))
        return model.findElement(c.id) ? c.id : QString();
    if (c.subject == QLatin1String("threat")) {
        const Threat* t = model.findThreat(c.id);
        return t && model.findElement(t->element) ? t->element : QString();
    }
    return {};
}

QString ConflictText::subjectName(const Model& model, const MergeConflict& c)
{
    if (c.subject == QLatin1String("model"))
        return model.title;
    if (c.subject == QLatin1String("element")) {
        const Element* e = model.findElement(c.id);
        return e ? e->name : QString();
    }
    if (c.subject == QLatin1String("threat")) {
        const Threat* t = model.findThreat(c.id);
        return t ? t->title : QString();
    }
    if (c.subject == QLatin1String("mitigation")) {
        const Mitigation* m = model.findMitigation(c.id);
        return m ? m->title : QString();
    }
    for (const Asset& a : model.assets) {
        if (c.subject == QLatin1String("asset") && a.id == c.id)
            return a.name;
    }
    for (const Diagram& d : model.diagrams) {
        if (c.subject == QLatin1String("diagram") && d.id == c.id)
            return d.name;
    }
    return {};
}

QString ConflictText::oursName(const MergeConflict& c)
{
    return c.oursName.isEmpty() ? QStringLiteral("ours") : c.oursName;
}

QString ConflictText::theirsName(const MergeConflict& c)
{
    return c.theirsName.isEmpty() ? QStringLiteral("theirs") : c.theirsName;
}

QString ConflictText::shortValue(const QByteArray& json)
{
    if (json.isEmpty() || json == "null")
        return QStringLiteral("(none)");
    QString text = QString::fromUtf8(json);
    if (text.size() > longestValue)
        text = text.left(longestValue - 1) + QChar(0x2026);
    return text;
}

QString ConflictText::describe(const Model& model, const MergeConflict& c)
{
    QString subject = c.subject;
    if (!c.id.isEmpty())
        subject += QLatin1Char(' ') + c.id;
    const QString name = subjectName(model, c);
    if (!name.isEmpty() && c.subject != QLatin1String("model"))
        subject += QStringLiteral(" \"%1\"").arg(name);
    const QString ours = oursName(c);
    const QString theirs = theirsName(c);
    if (c.reason == QLatin1String("removed")) {
        const bool oursRemoved = c.ours == "null";
        return QStringLiteral("%1: removed by %2, changed by %3 (kept for now)")
            .arg(subject, oursRemoved ? ours : theirs, oursRemoved ? theirs : ours);
    }
    if (c.reason == QLatin1String("in-use")) {
        const bool oursRemoved = c.ours == "null";
        return QStringLiteral("%1: removed by %2, still used by %3 (kept for now)")
            .arg(subject, oursRemoved ? ours : theirs, oursRemoved ? theirs : ours);
    }
    return QStringLiteral("%1 %2: %3 %4, %5 %6 (base %7)")
        .arg(subject, c.field, ours, shortValue(c.ours), theirs, shortValue(c.theirs),
             shortValue(c.base));
}

} // namespace latch
