#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace acssim {

// Everything the command line decides, handed to ConfigurationServer once at start-up.
struct ServerSettings
{
    QString stateDir;
    // --document: served byte for byte (§4.2 documents in the wild are not canonical).
    std::optional<QByteArray> document;
    QString documentPath;
    int configVersion = 1;
    qint64 validitySeconds = 86400;
    qint64 tokenValiditySeconds = 0; // 0: the token never expires
    // §2.5 identities (an SMS with the OTP goes to the primary device).
    QStringList identities;
    // §2.6 identities with their out-of-band OTP, keyed by display form.
    QHash<QString, QString> dedicated;
    // Table 11: when set, the OTP-pending 200 carries a POLICY document with this SMS_port.
    std::optional<int> policySmsPort;
    QStringList takenNames; // friendly_device_name values answered with 409 (Table 7)
    int otpLength = 6;
    bool quiet = false;
};

} // namespace acssim
