#pragma once

#include "model/Model.h"
#include "report/ReportOptions.h"

#include <QString>

namespace latch {

// The user's settings (QSettings, ~/.config/Latch/Latch.conf): what the preferences dialog
// edits and what new windows, documents and exports start from.
struct Preferences
{
    QString language;  // "" follows the system; "en", "de", "fr"
    int gridSize = 10; // canvas units between grid dots
    bool snapToGrid = true;
    int autosaveSeconds = 60;                  // 0: no recovery copies
    RiskMethod riskMethod = RiskMethod::Dread; // for new models
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    bool includeObsolete = false; // report defaults
    bool openOnly = false;

    static constexpr int minimumGrid = 5;
    static constexpr int maximumGrid = 50;

    static Preferences load();
    void save() const;
    ReportOptions reportOptions() const;
};

} // namespace latch
