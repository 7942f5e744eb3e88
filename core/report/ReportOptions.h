#pragma once

#include <QDate>
#include <QPageSize>

namespace latch {

// What a report or an export includes. The defaults suit an auditor: live threats of every
// status, obsolete ones left out.
struct ReportOptions
{
    bool includeObsolete = false;
    // Closed: mitigated, accepted, not applicable or transferred. Left out for a to-do list.
    bool includeClosed = true;
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    // Printed on the cover; tests fix it so that output is reproducible.
    QDate date = QDate::currentDate();
};

} // namespace latch
