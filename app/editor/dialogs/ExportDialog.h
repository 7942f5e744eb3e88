#pragma once

#include "report/ExportFile.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;

namespace latch {

class Document;

// File → Export: the report (PDF with a preview, or HTML), the register as CSV, or a diagram
// as SVG or PNG, with the options each takes. Writing goes through ExportFile, so a failed
// export leaves no partial file behind.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(const Document* document, const QString& currentDiagramId,
                 QWidget* parent = nullptr);

    ExportFile::Format format() const;
    void setFormat(ExportFile::Format format);
    ExportFile::Request request() const;
    // Exports to `path` (no file dialog); false with the error shown to the user.
    bool exportTo(const QString& path);

private:
    void updateOptions();
    void preview();
    void chooseFileAndExport();
    QString suggestedPath() const;

    const Document* m_document;
    QComboBox* m_format;
    QComboBox* m_pageSize;
    QCheckBox* m_obsolete;
    QCheckBox* m_openOnly;
    QComboBox* m_diagram;
    QDoubleSpinBox* m_scale;
    QPushButton* m_preview;
    QLabel* m_hint;
};

} // namespace latch
