#include "ElementClipboard.h"

#include "Document.h"
#include "format/TmodelReader.h"
#include "format/TmodelWriter.h"
#include "model/IdGenerator.h"

#include <QCoreApplication>
#include <QHash>
#include <QMimeData>

namespace latch {

QMimeData* ElementClipboard::copy(const Document& document, const QString& diagramId,
                                  const QStringList& elementIds)
{
    Model fragment;
    fragment.title = QCoreApplication::translate("ElementClipboard", "Copied elements");
    Diagram diagram;
    diagram.id = diagramId;
    diagram.name = QStringLiteral("clipboard");
    if (const Diagram* source = document.diagram(diagramId)) {
        for (const Element& element : source->elements) {
            if (!elementIds.contains(element.id))
                continue;
            if (element.kind == ElementKind::Flow &&
                (!elementIds.contains(element.source) || !elementIds.contains(element.target)))
                continue;
            diagram.elements.append(element);
        }
    }
    fragment.diagrams.append(diagram);
    const QByteArray bytes = TmodelWriter::write(fragment);
    auto* data = new QMimeData;
    data->setData(QString::fromLatin1(mimeType), bytes);
    data->setText(QString::fromUtf8(bytes));
    return data;
}

std::optional<QVector<Element>> ElementClipboard::paste(const QMimeData* data, QString* error)
{
    if (!data) {
        *error = QCoreApplication::translate("ElementClipboard", "The clipboard is empty.");
        return std::nullopt;
    }
    QByteArray bytes = data->data(QString::fromLatin1(mimeType));
    if (bytes.isEmpty())
        bytes = data->text().toUtf8(); // pasted from a text editor
    FormatError formatError;
    const auto model = TmodelReader::read(bytes, &formatError);
    if (!model) {
        *error = QCoreApplication::translate("ElementClipboard",
                                             "The clipboard holds no Latch elements (%1).")
                     .arg(formatError.toString(QStringLiteral("clipboard")));
        return std::nullopt;
    }
    QVector<Element> elements;
    for (const Diagram& diagram : model->diagrams)
        elements += diagram.elements;
    return elements;
}

QVector<Element> ElementClipboard::withFreshIds(const QVector<Element>& elements, int dx, int dy)
{
    QHash<QString, QString> renamed;
    for (const Element& element : elements)
        renamed.insert(element.id, IdGenerator::newId(IdKind::Element));
    QVector<Element> result = elements;
    for (Element& element : result) {
        element.id = renamed.value(element.id);
        if (element.kind == ElementKind::Flow) {
            element.source = renamed.value(element.source);
            element.target = renamed.value(element.target);
        }
        element.bounds.x += dx;
        element.bounds.y += dy;
        for (Point& p : element.points) {
            p.x += dx;
            p.y += dy;
        }
    }
    return result;
}

} // namespace latch
