#pragma once

namespace latch {

// Large models make a command touch hundreds of MiB of fresh memory, and on a virtual machine
// each 4 KiB page fault is dear: they can take half the run. glibc backs its heap with
// transparent huge pages (2 MiB, 512 times fewer faults) when GLIBC_TUNABLES asks for it, but
// reads that only when a process starts. So when a file named on the command line is large,
// the program starts itself once more with the tunable set, before doing anything else.
class HugePages
{
public:
    // Returns only when no restart is wanted or possible; otherwise the process is replaced.
    static void restartForLargeInput(int argc, char* argv[]);

    // Files at least this large are worth the restart (a few milliseconds).
    static constexpr long long largeInput = 4ll * 1024 * 1024;
};

} // namespace latch
