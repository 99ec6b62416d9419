#pragma once

#include <QString>

class QObject;
class QValidator;

namespace spdc {

// A one-time code as people type or paste it: "123 456", "1234-5678". Used by the OTP dialog
// (§2.5, texted code) and the wizard (§2.6, the code from the provider).
namespace OtpInput {

// The code without the spaces and dashes people copy along.
QString significant(const QString &text);
// Accepts at most ProvisioningFlow::MaxOtpLength significant characters (Table 13).
QValidator *createValidator(QObject *parent);

} // namespace OtpInput
} // namespace spdc
