#pragma once

#include <QByteArray>
#include <QString>

namespace latch {

class ThreatRegister;
struct Model;

// The register as one Markdown document (CommonMark with GitHub's tables), for a wiki page or
// a pull request: a summary table in register order, then a section a threat. Every text the
// team or a rule wrote is escaped, so a title can neither break the table nor inject a link
// or HTML.
class MarkdownExporter
{
public:
    static QByteArray write(const Model& model, const ThreatRegister& threatRegister);
    // `text` as literal inline Markdown: the punctuation that means something is
    // backslash-escaped, and line breaks become spaces (a table cell is one line).
    static QString inlineText(const QString& text);
    // `text` as literal paragraphs: escaped as inlineText, line breaks kept as hard breaks,
    // and what would start a heading, a list or a quote at a line's start escaped too.
    static QString blockText(const QString& text);
};

} // namespace latch
