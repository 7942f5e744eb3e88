#pragma once

namespace latch {

// Under a file-size limit (`ulimit -f`, a quota), a write past it raises SIGXFSZ, which ends
// the process by default, leaving a half-written temporary file behind. Ignored, the write
// fails with EFBIG instead, and the save reports it like a full disk: one line, the old file
// kept whole.
class FileSizeLimit
{
public:
    static void reportOverrunsAsErrors();
};

} // namespace latch
