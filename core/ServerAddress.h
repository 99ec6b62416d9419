#pragma once

#include "Result.h"

#include <QUrl>

namespace spdc {

// Where the configuration server is (§2.2.1): derived from the operator's MCC/MNC, or a URL
// set by the user or the IT department.
namespace ServerAddress {

// https://config.rcs.mnc<MNC>.mcc<MCC>.pub.3gppnetwork.org/, a 2-digit MNC padded to 3 digits.
Result<QUrl> fromOperator(const QString &mcc, const QString &mnc);
// "MCCMNC" as people and databases write it: "23415" (2-digit MNC), "310260", "234-15", "234/015".
Result<QUrl> fromMccMnc(const QString &text);
// An explicit server URL. Only https: the configuration carries a token and the server's
// certificate is what authenticates it (§2.2.5).
Result<QUrl> fromUserText(const QString &text);

} // namespace ServerAddress
} // namespace spdc
