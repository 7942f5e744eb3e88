#pragma once

#include "ReportOptions.h"

#include <QByteArray>
#include <QStringList>

namespace latch {

class ThreatRegister;
struct Model;

// The threat register as CSV (RFC 4180): UTF-8 without a byte-order mark, a header row, one
// row per threat in register order, CRLF line ends. Text cells that a spreadsheet would run
// as a formula get a leading apostrophe: those starting with = + - @ or their full-width forms
// ＝ ＋ － ＠, also after leading spaces, tabs, line ends or no-break spaces (an import may trim
// them), and those starting with a tab or a carriage return. So does a cell that starts with
// an apostrophe, so that stripping one leading apostrophe always gives the text back. Numbers
// are written as numbers, empty when unscored.
class CsvExporter
{
public:
    static QByteArray write(const Model& model, const ReportOptions& options = {});
    static QByteArray write(const ThreatRegister& threatRegister);
    // The header row, in the documented, stable column order.
    static QStringList columns();
    // One cell, quoted and neutralised as described above.
    static QString textCell(const QString& text);
};

} // namespace latch
