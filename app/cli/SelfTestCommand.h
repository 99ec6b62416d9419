#pragma once

class QTextStream;

namespace spdc {

// `spdc-cli self-test`: can this installation work at all? Three checks, one line each
// ("OK" or "FAILED" and a reason), in this order:
//   TLS        Qt has a TLS backend, and a real handshake with a throwaway certificate
//              succeeds on loopback (with the system roots plus that certificate, as the app
//              trusts an extra CA; no error is ignored).
//   keychain   a probe item is written, read back and deleted (10 s per step).
//   operators  the mobile-broadband-provider-info database parses and names at least one
//              operator with a network code (MCC/MNC).
// Exit code: 0 all passed; 4 (ExitServer) when TLS failed; 7 (ExitKeychain) when only the
// keychain failed; 1 otherwise. Needs a QCoreApplication (it runs event loops).
int runSelfTest(QTextStream &out, QTextStream &err);

} // namespace spdc
