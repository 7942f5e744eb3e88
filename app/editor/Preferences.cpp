#include "Preferences.h"

#include <QSettings>

namespace latch {

Preferences Preferences::load()
{
    const QSettings settings;
    Preferences p;
    p.language = settings.value(QStringLiteral("language")).toString();
    p.gridSize = std::clamp(settings.value(QStringLiteral("gridSize"), p.gridSize).toInt(),
                            minimumGrid, maximumGrid);
    p.snapToGrid = settings.value(QStringLiteral("snapToGrid"), p.snapToGrid).toBool();
    p.autosaveSeconds =
        std::max(0, settings.value(QStringLiteral("autosaveSeconds"), p.autosaveSeconds).toInt());
    p.riskMethod =
        settings.value(QStringLiteral("riskMethod")).toString() == QLatin1String("matrix")
            ? RiskMethod::Matrix
            : RiskMethod::Dread;
    p.pageSize =
        settings.value(QStringLiteral("report/pageSize")).toString() == QLatin1String("letter")
            ? QPageSize::Letter
            : QPageSize::A4;
    p.includeObsolete = settings.value(QStringLiteral("report/includeObsolete"), false).toBool();
    p.openOnly = settings.value(QStringLiteral("report/openOnly"), false).toBool();
    return p;
}

void Preferences::save() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("language"), language);
    settings.setValue(QStringLiteral("gridSize"), gridSize);
    settings.setValue(QStringLiteral("snapToGrid"), snapToGrid);
    settings.setValue(QStringLiteral("autosaveSeconds"), autosaveSeconds);
    settings.setValue(QStringLiteral("riskMethod"), riskMethodName(riskMethod));
    settings.setValue(QStringLiteral("report/pageSize"), pageSize == QPageSize::Letter
                                                             ? QStringLiteral("letter")
                                                             : QStringLiteral("a4"));
    settings.setValue(QStringLiteral("report/includeObsolete"), includeObsolete);
    settings.setValue(QStringLiteral("report/openOnly"), openOnly);
}

ReportOptions Preferences::reportOptions() const
{
    ReportOptions options;
    options.pageSize = pageSize;
    options.includeObsolete = includeObsolete;
    options.includeClosed = !openOnly;
    return options;
}

} // namespace latch
