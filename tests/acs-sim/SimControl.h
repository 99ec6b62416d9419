#pragma once

#include "HttpResponse.h"

namespace acssim {

class ConfigurationServer;
class HttpRequest;

// The /_sim/ paths: inspection and fault injection for tests, outside the RCC.14 protocol
// and never recorded in the protocol request log.
class SimControl
{
public:
    static inline const QByteArray kPrefix = QByteArrayLiteral("/_sim/");

    explicit SimControl(ConfigurationServer &server, bool quiet)
        : m_server(server), m_quiet(quiet) { }

    [[nodiscard]] static bool isControlPath(const QByteArray &path) { return path.startsWith(kPrefix); }
    [[nodiscard]] HttpResponse handle(const HttpRequest &request);

private:
    HttpResponse answer(const HttpRequest &request);

    ConfigurationServer &m_server;
    bool m_quiet;
};

} // namespace acssim
