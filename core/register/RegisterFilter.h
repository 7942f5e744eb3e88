#pragma once

namespace latch {

// Which threats a view of the register includes. The defaults suit an auditor: live threats of
// every status, obsolete ones left out.
struct RegisterFilter
{
    bool includeObsolete = false;
    // Closed: mitigated, accepted, not applicable or transferred. Left out for a to-do list.
    bool includeClosed = true;
    // Threats that repeat another one (ThreatRepeats): left out, the one shown lists them.
    bool includeRepeats = false;
};

} // namespace latch
