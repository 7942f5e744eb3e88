#include "FileSizeLimit.h"

#include <csignal>

namespace latch {

void FileSizeLimit::reportOverrunsAsErrors()
{
#ifdef SIGXFSZ
    std::signal(SIGXFSZ, SIG_IGN);
#endif
}

} // namespace latch
