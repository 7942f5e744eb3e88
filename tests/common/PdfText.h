#pragma once

// A PDF's text as a reader copies it, through poppler's pdftotext (scripts/install-deps).
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace latch::test {

// Text as a reader finds it: ligatures unfolded (NFKC), whitespace and line breaks removed,
// since a title may wrap anywhere in a table cell.
inline QString comparable(const QString& text)
{
    QString folded = text.normalized(QString::NormalizationForm_KC);
    folded.remove(QRegularExpression(QStringLiteral("\\s+")));
    return folded;
}

// In content-stream order (-raw), so that a table cell's lines stay together rather than
// interleaving with the next column's.
inline QString pdfText(const QString& path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  QStringList{QStringLiteral("-raw"), QStringLiteral("-enc"),
                              QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!process.waitForFinished(60'000))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace latch::test
