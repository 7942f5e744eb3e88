#pragma once

#include "model/Element.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

class QMimeData;

namespace latch {

class Document;

// Copying elements between diagrams and windows. The clipboard holds a small but complete
// .tmodel document (one diagram with the copied elements), so it is readable as text, survives
// a trip through any application, and is checked by the same reader as a file.
class ElementClipboard
{
public:
    static constexpr const char* mimeType = "application/x-latch-tmodel";

    // The selected elements plus the flows whose two ends are both selected; a flow copied
    // without its ends is left out, since it could not be pasted whole.
    static QMimeData* copy(const Document& document, const QString& diagramId,
                           const QStringList& elementIds);
    // The elements in the clipboard, or nothing (with a reason) if it holds no Latch elements.
    static std::optional<QVector<Element>> paste(const QMimeData* data, QString* error);
    // The same elements with new ids (flows rewired to them), shifted by an offset.
    static QVector<Element> withFreshIds(const QVector<Element>& elements, int dx, int dy);
};

} // namespace latch
