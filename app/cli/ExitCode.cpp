#include "ExitCode.h"

namespace spdc {

int exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput:
    case ErrorCode::RateLimited:
    case ErrorCode::NotFound:
        return ExitUsage;
    case ErrorCode::Forbidden:
        return ExitForbidden;
    case ErrorCode::AuthenticationFailed:
    case ErrorCode::Cancelled:
        return ExitAuthentication;
    case ErrorCode::ServerError:
    case ErrorCode::NetworkError:
    case ErrorCode::Timeout:
    case ErrorCode::TlsError:
    case ErrorCode::InvalidResponse:
        return ExitServer;
    case ErrorCode::DisabledByServer:
        return ExitDisabled;
    case ErrorCode::MessageRejected:
        return ExitRejected;
    case ErrorCode::KeychainUnavailable:
    case ErrorCode::StoredDataDamaged: // the stored data cannot be used either
        return ExitKeychain;
    case ErrorCode::NameConflict:
        return ExitNameConflict;
    }
    return ExitServer;
}

} // namespace spdc
