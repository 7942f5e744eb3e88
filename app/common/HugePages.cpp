#include "HugePages.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

// Not under AddressSanitizer: its allocator ignores glibc's tunables anyway.
#if defined(__linux__) && defined(__GLIBC__) && !defined(__SANITIZE_ADDRESS__)
#define LATCH_HUGE_PAGES 1
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace latch {

namespace {

#if defined(LATCH_HUGE_PAGES)
constexpr const char* tunables = "GLIBC_TUNABLES";

bool hugePagesOnOffer()
{
    // "always" or "madvise" between brackets: glibc's madvise() calls are heard.
    std::FILE* file = std::fopen("/sys/kernel/mm/transparent_hugepage/enabled", "r");
    if (!file)
        return false;
    char text[128] = {};
    const std::size_t length = std::fread(text, 1, sizeof text - 1, file);
    std::fclose(file);
    text[length] = '\0';
    return std::strstr(text, "[always]") || std::strstr(text, "[madvise]");
}

bool namesLargeFile(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        struct stat info = {};
        if (::stat(argv[i], &info) == 0 && S_ISREG(info.st_mode) &&
            info.st_size >= HugePages::largeInput)
            return true;
    }
    return false;
}
#endif

} // namespace

void HugePages::restartForLargeInput(int argc, char* argv[])
{
#if defined(LATCH_HUGE_PAGES)
    if (std::getenv(tunables) || !namesLargeFile(argc, argv) || !hugePagesOnOffer())
        return; // set already (by us, or by the user, whose choice stands), or not worth it
    ::setenv(tunables, "glibc.malloc.hugetlb=1", 1);
    ::execv("/proc/self/exe", argv);
    ::unsetenv(tunables); // could not restart: carry on as we are
#else
    (void)argc;
    (void)argv;
#endif
}

} // namespace latch
