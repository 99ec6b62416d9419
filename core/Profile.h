#pragma once

#include "DeviceType.h"
#include "Identity.h"
#include "ProvisioningDocument.h"
#include "Result.h"

#include <QDateTime>
#include <QUrl>

namespace spdc {

// What the client knows about one account: kept as a whole in the keychain (§4.2.1: "stored
// securely on the device"), never in a plain file.
struct Profile
{
    // Bumped when the stored shape changes; older formats are still read.
    //   1: identity, server, device, VERS, TOKEN, document, failures
    //   2: adds the pending server message and the user's answer (§2.2.3)
    //   3: adds `dedicated` (§2.6)
    static constexpr int FormatVersion = 3;

    Identity identity;
    QUrl server;
    DeviceType deviceType = DeviceType::PC;
    QString friendlyName;

    int version = 0;              // VERS version of the configuration held (0: none)
    QDateTime validityExpires;    // absolute UTC expiry of the configuration; null: none
    QString token;                // TOKEN token (§2.5.1 d); empty: none
    QDateTime tokenExpires;       // absolute UTC; null: no expiry (validity 0 or absent)
    QByteArray document;          // the configuration document, byte for byte as received
    QDateTime updated;            // when the server last answered successfully
    int failures = 0;             // consecutive unsuccessful attempts (§2.2.4)
    QString lastError;            // a person's sentence for the last failure
    // The server's MSG (§2.2.3) until the user answers it; closing the dialog is no answer.
    std::optional<UserMessage> pendingMessage;
    QString messageAnswer;        // "accepted", "rejected" or empty
    // §2.6: a dedicated identity, linked with a code from the provider. Its requests always
    // carry OTP (Table 14) and it can never be texted a code.
    bool dedicated = false;

    QString accountId() const { return identity.accountId(); }
    bool hasConfiguration() const { return version > 0 && !document.isEmpty(); }
    // The positive version of the document held, also while dormant (-3): the vers of the next
    // request, so that the server can answer "no change" (Table 2). 0 when none is held.
    int heldVersion() const;
    // A configuration is in use unless the server disabled it or a Reject is still possible.
    bool configurationActive() const
    {
        return hasConfiguration() && !(pendingMessage && pendingMessage->rejectButton);
    }

    // §2.2.3: Accept clears the message; Reject (only when offered) reverts to the default
    // behaviour: the configuration is removed, the token kept for the next query.
    void acceptMessage();
    void rejectMessage();

    QByteArray serialize() const;
    static Result<Profile> deserialize(const QByteArray &bytes);
};

// The states of an account as the front ends show them (and `spdc-cli status` prints them).
enum class ProfileState {
    Unconfigured,
    Configured,
    Expired,
    PendingMessage,
    Reset,                 // version 0 (Table 3)
    DisabledPermanently,   // version -1 (Table 4)
    DisabledUntilUser,     // version -2 (Table 5)
    Dormant,               // version -3
    Failed,
};

ProfileState profileState(const Profile &profile, const QDateTime &nowUtc);
QString profileStateName(ProfileState state);

} // namespace spdc

Q_DECLARE_METATYPE(spdc::Profile)
