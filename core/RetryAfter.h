#pragma once

#include <QByteArray>
#include <QDateTime>

#include <chrono>

namespace spdc {

// §2.2.4, Table 7: after a 503 the client retries "after the time specified in the
// Retry-After header". RFC 9110 allows delta-seconds or an HTTP-date.
namespace RetryAfter {

constexpr std::chrono::seconds DefaultBackoff{30};
constexpr std::chrono::seconds Minimum{1};
constexpr std::chrono::seconds Maximum{3600};

// The delay to wait. An HTTP-date is compared with the response's Date header when present
// (the server's clock), else with `nowUtc`. Absurd values are clamped to [Minimum, Maximum];
// an absent or unparseable value gives DefaultBackoff.
// An HTTP-date in any of the three forms of RFC 9110 §5.6.7 (IMF-fixdate, RFC 850, asctime),
// as UTC; invalid when it is none of them. Also reads the Date header of a response.
QDateTime parseHttpDate(const QString &text);

std::chrono::seconds delay(const QByteArray &header, const QDateTime &responseDate,
                           const QDateTime &nowUtc);

} // namespace RetryAfter
} // namespace spdc
