#pragma once

#include "Command.h"

namespace latch::cli {

class ExportCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("export"); }
    QString usage() const override;
    QString summary() const override;
    int run(const QStringList& arguments, Console& console) override;
    bool drawsPictures() const override { return true; }
};

} // namespace latch::cli
