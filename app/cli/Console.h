#pragma once

#include <QTextStream>

namespace latch::cli {

// Where a command writes: results to `out`, one line per problem to `err`.
// Exit statuses follow the CLI contract: 0 success, 1 a problem found, 2 usage or unreadable input.
struct Console
{
    Console();

    QTextStream out;
    QTextStream err;

    enum Status
    {
        Success = 0,
        ProblemFound = 1,
        UsageError = 2
    };
};

} // namespace latch::cli
