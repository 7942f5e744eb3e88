#pragma once

#include "ExportingCommand.h"

namespace latch::cli {

class ExportCommand : public ExportingCommand
{
public:
    QString name() const override { return QStringLiteral("export"); }
    QString usage() const override;
    QString summary() const override;

protected:
    bool writes(ExportFile::Format format) const override;
    QString outputHint() const override;
};

} // namespace latch::cli
