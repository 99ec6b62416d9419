#pragma once

#include "DeviceType.h"
#include "Identity.h"

#include <QLocale>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QUrl>

#include <chrono>
#include <optional>

namespace spdc {

// The GET parameters of a configuration request for a secondary device:
// Table 12 (§2.5, shared identity) or Table 14 (§2.6, dedicated identity, with the OTP).
struct ConfigurationRequest
{
    int version = 0;                   // vers: 0 the first time
    Identity identity;                 // msisdn or sip_uri
    QString token;                     // empty the first time (§2.5.1 step 4)
    DeviceType deviceType = DeviceType::PC;
    QString friendlyName;              // only sent when given
    std::optional<QString> otp;        // Table 14 only
};

// Builds the URLs and network requests. Values are percent-encoded here, once: QUrlQuery
// leaves '+' alone, and a '+' in an MSISDN must arrive as %2B (Table 12 note, RFC 3986 §2.1).
namespace RequestBuilder {

QByteArray percentEncode(const QString &value);
// The first request of Table 12 / Table 14, parameters in the table's order.
QUrl configurationUrl(const QUrl &server, const ConfigurationRequest &request);
// The second request of §2.5.1 step c (Table 13): the OTP; the cookie travels in the jar.
QUrl otpUrl(const QUrl &server, const QString &otp);
// BCP 47 form of a locale for Accept-Language (§2.2.3): de-DE, not de_DE.
QString acceptLanguage(const QLocale &locale);
// Every request goes out through here: redirects are never followed, HTTP/1.1 only, a
// transfer timeout, the given TLS trust, Accept-Language.
QNetworkRequest networkRequest(const QUrl &url, const QLocale &locale,
                               std::chrono::milliseconds timeout,
                               const QSslConfiguration &tls);

} // namespace RequestBuilder
} // namespace spdc
