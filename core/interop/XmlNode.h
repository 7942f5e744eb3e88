#pragma once

#include <QHash>
#include <QString>
#include <QVector>

#include <optional>

class QXmlStreamReader;

namespace latch {

// A small tree of XML elements for the importers of Microsoft's formats: DataContract and
// XmlSerializer files are read by local name (prefixes change meaning across a .tm7), with
// the i:type and i:nil of each element kept.
struct XmlNode
{
    QString name; // local name
    QString type; // the local part of xsi:type
    bool nil = false;
    QString text;
    QHash<QString, QString> attributes; // by local name, except xsi's
    QVector<XmlNode> children;

    const XmlNode* child(QLatin1String local) const;
    // The trimmed text of a child; empty when it is missing or nil.
    QString value(QLatin1String local) const;
    double number(QLatin1String local) const { return value(local).toDouble(); }

    static constexpr int maximumDepth = 64;
    // Reads the element the reader is on, to its end. Fails (with the reason) when the XML
    // is malformed or nested deeper than maximumDepth.
    static std::optional<XmlNode> read(QXmlStreamReader& xml, QString* error);
    // A whole document's root element.
    static std::optional<XmlNode> parse(const QByteArray& bytes, QString* error, int* line,
                                        int* column);
};

} // namespace latch
