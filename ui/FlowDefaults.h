#pragma once

#include "DeviceType.h"
#include "OperatorDatabase.h"

#include <QList>
#include <QLocale>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

#include <chrono>
#include <optional>

namespace spdc {

// What the front end was started with and every new ProvisioningFlow inherits: the command
// line and the organisation's settings, resolved by the owner (main.cpp or a test) and handed
// to the wizard and the main window, never read from globals. A locked value is shown
// disabled and labelled "Managed by your organisation".
struct FlowDefaults
{
    std::optional<QUrl> server;          // --server or a preset URL: preselects "Other server…"
    QString operatorCode;                // a preset MCC+MNC, when no URL is given
    bool serverLocked = false;           // the server choice is set by policy
    bool allowCustomServer = true;       // may the user type a server URL at all
    // mobile-broadband-provider-info: the operator picker and the country of national numbers.
    QString operatorDatabasePath = OperatorDatabase::defaultPath();

    QList<QSslCertificate> extraCa;      // --ca-file: added to the system roots, never instead
    QLocale locale;                      // --locale: the Accept-Language of the requests
    std::chrono::milliseconds timeout{std::chrono::seconds(30)};
    // How long a texted code is waited for before the OTP dialog offers a new one (§2.5).
    std::chrono::milliseconds otpTimeout{std::chrono::minutes(5)};
    // The rate limit of "Send a new code" (FlowSettings::newCodeInterval); tests shorten it.
    std::chrono::seconds newCodeInterval{30};

    std::optional<DeviceType> deviceType;   // preset; when none, what the platform says (PC)
    bool deviceTypeLocked = false;
    std::optional<QString> friendlyName;    // preset; the host name when none
    bool friendlyNameLocked = false;

    // When false, only accounts already in the index can be linked (again).
    bool allowAddAccounts = true;
};

} // namespace spdc
