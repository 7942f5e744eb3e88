#include "XmlNode.h"

#include <QXmlStreamReader>

namespace latch {

namespace {

const QString xsi = QStringLiteral("http://www.w3.org/2001/XMLSchema-instance");

bool readInto(QXmlStreamReader& xml, XmlNode& node, int depth, QString* error)
{
    if (depth > XmlNode::maximumDepth) {
        *error = QStringLiteral("elements nested more than %1 deep").arg(XmlNode::maximumDepth);
        return false;
    }
    node.name = xml.name().toString();
    const QXmlStreamAttributes attributes = xml.attributes();
    node.nil = attributes.value(xsi, QLatin1String("nil")) == QLatin1String("true");
    const QStringView type = attributes.value(xsi, QLatin1String("type"));
    node.type = type.mid(type.indexOf(QLatin1Char(':')) + 1).toString();
    for (const QXmlStreamAttribute& attribute : attributes) {
        if (attribute.namespaceUri() != xsi)
            node.attributes.insert(attribute.name().toString(), attribute.value().toString());
    }
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            node.children.append(XmlNode());
            if (!readInto(xml, node.children.last(), depth + 1, error))
                return false;
        } else if (xml.isCharacters()) {
            node.text += xml.text();
        } else if (xml.isEndElement()) {
            return true;
        }
    }
    *error = xml.hasError() ? xml.errorString() : QStringLiteral("the document ends too early");
    return false;
}

} // namespace

const XmlNode* XmlNode::child(QLatin1String local) const
{
    for (const XmlNode& c : children) {
        if (c.name == local)
            return &c;
    }
    return nullptr;
}

QString XmlNode::value(QLatin1String local) const
{
    const XmlNode* c = child(local);
    return c && !c->nil ? c->text.trimmed() : QString();
}

std::optional<XmlNode> XmlNode::read(QXmlStreamReader& xml, QString* error)
{
    XmlNode node;
    if (!readInto(xml, node, 0, error))
        return std::nullopt;
    return node;
}

std::optional<XmlNode> XmlNode::parse(const QByteArray& bytes, QString* error, int* line,
                                      int* column)
{
    QXmlStreamReader xml(bytes);
    std::optional<XmlNode> root;
    if (xml.readNextStartElement())
        root = read(xml, error);
    else
        *error = xml.hasError() ? xml.errorString() : QStringLiteral("no XML element");
    *line = int(xml.lineNumber());
    *column = int(xml.columnNumber());
    return root;
}

} // namespace latch
