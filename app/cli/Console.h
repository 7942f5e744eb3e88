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

    // Large output (a register of 100k threats) as UTF-8 bytes in one piece, after what `out`
    // already holds.
    void writeOut(const QByteArray& utf8);

    enum Status
    {
        Success = 0,
        ProblemFound = 1,
        UsageError = 2
    };
};

} // namespace latch::cli
