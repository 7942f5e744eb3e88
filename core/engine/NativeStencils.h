#pragma once

#include "model/ElementKind.h"

#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>

namespace latch {

struct ElementType;

// How a shape drawn in Latch answers a TMT template's filters ("TMT templates on native
// diagrams", README). A converted template marks its generic stencils (`standsFor` in the
// library, Tb7Reader): GE.P stands for process, GE.EI for entity, GE.DS for store, GE.DF for
// flow, GE.TB.B for region boundary, GE.TB.L for line boundary, GE.A for note, or whatever
// the template names as its generic elements. The first generic stencil claimed for a kind
// (and shape) is the one that kind stands for.
//
// - Types: an element whose type is a Latch one (`process.webApi`, or the bare kind) is also
//   a stand-in for its kind's generic stencil, so `source is 'GE.P'` holds for it. It is never
//   a standard stencil (`SE.*`). An element whose type is already a template's keeps it.
// - Attributes: a template attribute (`tmt.<name>`) the element does not set is answered by
//   the Latch property that means the same (the table in NativeStencils.cpp), when the answer
//   is one of the attribute's values; otherwise it takes the stencil's default.
class NativeStencils
{
public:
    // Records a type marked as a generic stencil. Returns false when the kind (and shape) is
    // already claimed: that stencil is still the template's, but no kind stands for it.
    bool claim(const ElementType& type);
    void clear() { *this = NativeStencils(); }

    // The generic stencil an element of this kind and shape stands for, or an empty string.
    QString standIn(ElementKind kind, BoundaryShape shape) const;

    // Reads one of the element's Latch properties (its own value, or its type's default).
    using Lookup = std::function<QVariant(const QString& property)>;
    // The template attribute value (`property` is "tmt.<name>") that the element's Latch
    // properties give, as text; an invalid QVariant when no Latch property answers it.
    static QVariant answer(ElementKind kind, const QString& property, const Lookup& latch);
    // The Latch properties that answer an attribute, for people ("encrypted"); may be empty.
    static QStringList answeredBy(ElementKind kind, const QString& property);

private:
    QString m_byKind[6];
    QString m_regionBoundary;
    QString m_lineBoundary;
};

} // namespace latch
