#pragma once

#include <QString>

namespace latch {

// Why a model could not be read, and where. `line`/`column` locate syntax errors in the text
// (1-based; 0 when unknown); `path` locates semantic errors in the document
// ("diagrams[0].elements[3].source").
struct FormatError
{
    QString message;
    QString path;
    int line = 0;
    int column = 0;

    // One line for the user: "bank.tmodel:12:5: message" or "bank.tmodel: path: message".
    QString toString(const QString& fileName) const;
};

} // namespace latch
