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

void Console::writeOut(const QByteArray& utf8)
{
    out.flush();
    std::fwrite(utf8.constData(), 1, std::size_t(utf8.size()), stdout);
    std::fflush(stdout);
}

} // namespace latch::cli
