#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace latch {

// A disagreement that a three-way merge (ModelMerge) could not settle, kept in the model until
// someone settles it (ConflictResolution). Meanwhile the model holds one version: ours for a
// field both sides changed, the surviving version of something one side removed.
struct MergeConflict
{
    // model, asset, diagram, element, threat or mitigation.
    QString subject;
    QString id; // of the subject; empty for the model itself
    // The field as the file names it ("status", "name", "properties.authenticates",
    // "dread.damage"); empty when the conflict is about the subject as a whole.
    QString field;
    // changed: both sides changed the field, differently. removed: one side removed the subject
    // and the other changed it. in-use: one side removed it and the other refers to it (a flow
    // to a deleted process, a link to a deleted mitigation), so it was kept.
    QString reason;
    // Each side's value as compact JSON; "null" where that side has none (it removed it).
    QByteArray base;
    QByteArray ours;
    QByteArray theirs;
    // How the user knows the two sides: "ours" and "theirs" in a merge; during a rebase, ours
    // is the branch being rebased onto and theirs the user's own commit.
    QString oursName;
    QString theirsName;

    static QStringList subjects();
    static QStringList reasons();

    friend bool operator==(const MergeConflict& a, const MergeConflict& b)
    {
        return a.subject == b.subject && a.id == b.id && a.field == b.field &&
               a.reason == b.reason && a.base == b.base && a.ours == b.ours &&
               a.theirs == b.theirs && a.oursName == b.oursName && a.theirsName == b.theirsName;
    }
    friend bool operator!=(const MergeConflict& a, const MergeConflict& b) { return !(a == b); }
};

} // namespace latch

// Plain values: Qt containers may move them with memcpy when they grow.
Q_DECLARE_TYPEINFO(latch::MergeConflict, Q_RELOCATABLE_TYPE);
