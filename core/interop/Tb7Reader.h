#pragma once

#include "format/FormatError.h"

#include <QByteArray>
#include <QStringList>

#include <optional>

namespace latch {

// A Microsoft Threat Modeling Tool template (.tb7, the XmlSerializer knowledge base) as a
// Latch rule library (JSON, resources/rules/README.md), ready for RuleLibraryLoader or to be
// embedded in a model:
// - generic and standard stencil types become element types under the kind their shape
//   stands for (ellipse: process, rectangle: entity, ...), with their attributes as "tmt.*"
//   enum properties (the first item is the default; a static attribute is a default of the
//   subtype); each generic stencil says what Latch's own shapes stand for (`standsFor`:
//   ellipse, process; border boundary, region boundary; ...; see NativeStencils; when a
//   template has several of one shape, the first is the one Latch's shapes stand for);
// - threat categories map onto STRIDE by name; others (TMT's "Abuse") are kept as their own;
// - each threat type becomes an interaction rule whose condition is its Include filter and
//   not its Exclude filter, for flows not marked out of scope; {source.Name} and the like
//   become Latch placeholders.
// A threat type whose filter cannot be translated is left out and listed in `problems`
// with its id and why.
class Tb7Reader
{
public:
    // `xml` is a .tb7, or a .tm7 whose embedded template is wanted.
    static std::optional<QByteArray> convert(const QByteArray& xml, QStringList* problems,
                                             FormatError* error);
    // The TMT attribute that marks an element out of scope (the same in every template).
    static QString outOfScopeAttribute();
};

} // namespace latch
