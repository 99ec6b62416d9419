#pragma once

#include "Result.h"

namespace spdc {

// spdc-cli's exit codes: a stable contract for scripts.
enum ExitCode : int {
    ExitOk = 0,
    ExitUsage = 1,              // usage or invalid input
    ExitForbidden = 2,          // 403
    ExitAuthentication = 3,     // 511
    ExitServer = 4,             // 5xx, unreachable, timeout, TLS, unusable response
    ExitDisabled = 5,           // version <= 0
    ExitRejected = 6,           // the user rejected the server's message
    ExitKeychain = 7,           // keychain unavailable
    ExitNameConflict = 8,       // friendly-name conflict unresolved
};

int exitCodeFor(ErrorCode code);

} // namespace spdc
