#pragma once

#include "register/RegisterFilter.h"

#include <QDate>
#include <QPageSize>

namespace latch {

// What a report or an export includes (the register's filter) and how it is laid out.
struct ReportOptions : RegisterFilter
{
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    // Printed on the cover; tests fix it so that output is reproducible.
    QDate date = QDate::currentDate();
};

} // namespace latch
