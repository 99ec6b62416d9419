#pragma once

#include "Result.h"

#include <QSslCertificate>
#include <QSslKey>

#include <chrono>

namespace spdc {

// A throwaway certificate for a TLS check on loopback: EC P-256 (fast to make, see PLATFORM.md),
// self-signed, with subjectAltName DNS:<hostName> and IP:127.0.0.1, valid from an hour ago for
// `lifetime`. Made with the OpenSSL C API so an installed spdc-cli needs no openssl command.
struct SelfSignedCertificate
{
    QSslCertificate certificate;
    QSslKey privateKey;

    [[nodiscard]] static Result<SelfSignedCertificate> generate(
        const QString &hostName, std::chrono::seconds lifetime = std::chrono::hours(1));
};

} // namespace spdc
