#pragma once

#include "Command.h"

namespace latch::cli {

class ReportCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("report"); }
    QString usage() const override;
    QString summary() const override;
    int run(const QStringList& arguments, Console& console) override;
    bool drawsPictures() const override { return true; }
};

} // namespace latch::cli
