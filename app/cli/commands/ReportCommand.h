#pragma once

#include "ExportingCommand.h"

namespace latch::cli {

class ReportCommand : public ExportingCommand
{
public:
    QString name() const override { return QStringLiteral("report"); }
    QString usage() const override;
    QString summary() const override;

protected:
    bool writes(ExportFile::Format format) const override;
    QString outputHint() const override;
    bool translates() const override;
};

} // namespace latch::cli
