#include "Profile.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace spdc {

namespace {
QString isoOrEmpty(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}
QDateTime fromIso(const QJsonValue &value)
{
    const QString text = value.toString();
    if (text.isEmpty())
        return {};
    QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    return time.isValid() ? time.toUTC() : QDateTime();
}
Error corrupt(const QString &detail)
{
    return Error{ErrorCode::InvalidInput,
                 QCoreApplication::translate("Profile",
                     "The stored account data is damaged and cannot be read."),
                 detail};
}
} // namespace

QByteArray Profile::serialize() const
{
    QJsonObject json;
    json[QLatin1String("format")] = FormatVersion;
    json[QLatin1String("identity")] = identity.value();
    json[QLatin1String("server")] = server.toString(QUrl::FullyEncoded);
    json[QLatin1String("deviceType")] = deviceTypeName(deviceType);
    json[QLatin1String("friendlyName")] = friendlyName;
    json[QLatin1String("version")] = version;
    json[QLatin1String("validityExpires")] = isoOrEmpty(validityExpires);
    json[QLatin1String("token")] = token;
    json[QLatin1String("tokenExpires")] = isoOrEmpty(tokenExpires);
    json[QLatin1String("document")] = QString::fromLatin1(document.toBase64());
    json[QLatin1String("updated")] = isoOrEmpty(updated);
    json[QLatin1String("failures")] = failures;
    json[QLatin1String("lastError")] = lastError;
    if (pendingMessage) {
        json[QLatin1String("pendingMessage")] = QJsonObject{
            {QLatin1String("title"), pendingMessage->title},
            {QLatin1String("message"), pendingMessage->message},
            {QLatin1String("accept"), pendingMessage->acceptButton},
            {QLatin1String("reject"), pendingMessage->rejectButton}};
    }
    json[QLatin1String("messageAnswer")] = messageAnswer;
    json[QLatin1String("dedicated")] = dedicated;
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

Result<Profile> Profile::deserialize(const QByteArray &bytes)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (!doc.isObject())
        return corrupt(QStringLiteral("not a JSON object: %1").arg(parseError.errorString()));
    const QJsonObject json = doc.object();
    const int format = json.value(QLatin1String("format")).toInt(0);
    if (format < 1 || format > FormatVersion)
        return corrupt(QStringLiteral("unknown profile format %1").arg(format));

    Profile profile;
    const Result<Identity> identity =
        Identity::fromAccountId(json.value(QLatin1String("identity")).toString());
    if (!identity)
        return corrupt(QStringLiteral("bad identity"));
    profile.identity = identity.value();
    profile.server = QUrl(json.value(QLatin1String("server")).toString(), QUrl::StrictMode);
    profile.deviceType = deviceTypeFromName(json.value(QLatin1String("deviceType")).toString())
                             .value_or(DeviceType::PC);
    profile.friendlyName = json.value(QLatin1String("friendlyName")).toString();
    profile.version = json.value(QLatin1String("version")).toInt(0);
    profile.validityExpires = fromIso(json.value(QLatin1String("validityExpires")));
    profile.token = json.value(QLatin1String("token")).toString();
    profile.tokenExpires = fromIso(json.value(QLatin1String("tokenExpires")));
    profile.document =
        QByteArray::fromBase64(json.value(QLatin1String("document")).toString().toLatin1());
    profile.updated = fromIso(json.value(QLatin1String("updated")));
    profile.failures = json.value(QLatin1String("failures")).toInt(0);
    profile.lastError = json.value(QLatin1String("lastError")).toString();
    const QJsonValue message = json.value(QLatin1String("pendingMessage"));
    if (message.isObject()) {
        const QJsonObject m = message.toObject();
        profile.pendingMessage = UserMessage{m.value(QLatin1String("title")).toString(),
                                             m.value(QLatin1String("message")).toString(),
                                             m.value(QLatin1String("accept")).toBool(),
                                             m.value(QLatin1String("reject")).toBool()};
    }
    profile.messageAnswer = json.value(QLatin1String("messageAnswer")).toString();
    profile.dedicated = json.value(QLatin1String("dedicated")).toBool(false); // absent before 3
    return profile;
}

int Profile::heldVersion() const
{
    if (document.isEmpty())
        return 0;
    if (version > 0)
        return version;
    if (version != -3)
        return 0;
    // Dormant: the stored version is -3, the document keeps its own.
    const Result<ProvisioningDocument> doc = ProvisioningDocument::parse(document);
    const std::optional<VersInfo> vers = doc ? doc->vers() : std::nullopt;
    return vers && vers->version > 0 ? vers->version : 0;
}

void Profile::acceptMessage()
{
    pendingMessage.reset();
    messageAnswer = QStringLiteral("accepted");
}

void Profile::rejectMessage()
{
    if (!pendingMessage || !pendingMessage->rejectButton) {
        // Without a Reject button the configuration is enabled whatever the user does.
        acceptMessage();
        return;
    }
    pendingMessage.reset();
    messageAnswer = QStringLiteral("rejected");
    version = 0;
    document.clear();
    validityExpires = {};
}

ProfileState profileState(const Profile &profile, const QDateTime &nowUtc)
{
    if (profile.version > 0 && profile.pendingMessage && profile.pendingMessage->rejectButton)
        return ProfileState::PendingMessage;
    switch (profile.version) {
    case 0:
        if (profile.updated.isValid())
            return ProfileState::Reset;
        return profile.failures > 0 ? ProfileState::Failed : ProfileState::Unconfigured;
    case -1:
        return ProfileState::DisabledPermanently;
    case -2:
        return ProfileState::DisabledUntilUser;
    case -3:
        return ProfileState::Dormant;
    default:
        break;
    }
    if (profile.version < 0)
        return ProfileState::Failed;
    if (profile.validityExpires.isValid() && profile.validityExpires <= nowUtc)
        return ProfileState::Expired;
    return ProfileState::Configured;
}

QString profileStateName(ProfileState state)
{
    switch (state) {
    case ProfileState::Unconfigured: return QStringLiteral("unconfigured");
    case ProfileState::Configured: return QStringLiteral("configured");
    case ProfileState::Expired: return QStringLiteral("expired");
    case ProfileState::PendingMessage: return QStringLiteral("pending-message");
    case ProfileState::Reset: return QStringLiteral("reset");
    case ProfileState::DisabledPermanently: return QStringLiteral("disabled-permanently");
    case ProfileState::DisabledUntilUser: return QStringLiteral("disabled-until-user");
    case ProfileState::Dormant: return QStringLiteral("dormant");
    case ProfileState::Failed: return QStringLiteral("failed");
    }
    return QStringLiteral("failed");
}

} // namespace spdc
