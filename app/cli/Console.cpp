#include "Console.h"

#include <cstdio>

namespace latch::cli {

Console::Console()
    : out(stdout)
    , err(stderr)
{
    out.setEncoding(QStringConverter::Utf8);
    err.setEncoding(QStringConverter::Utf8);
}

} // namespace latch::cli
