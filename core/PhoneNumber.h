#pragma once

#include "Result.h"

#include <QString>

namespace spdc {

// What people type as a phone number, turned into E.164 with libphonenumber.
namespace PhoneNumber {

// International input ("+44 7700 900123", "0044 …") is accepted anywhere; a national number
// ("07700 900123") only when the region (ISO 3166 alpha-2, e.g. "GB") is known, from the
// operator's country. The result is "+447700900123". Only the length is checked
// (IsPossibleNumber): ranges reserved for fiction and tests must still work.
Result<QString> toE164(const QString &text, const QString &region);

// "+44 7700 900123": for showing a number to a person.
QString formatInternational(const QString &e164);

} // namespace PhoneNumber
} // namespace spdc
