#pragma once

#include "DocumentFacts.h"
#include "HttpResponse.h"
#include "ServerSettings.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QString>

#include <optional>

namespace acssim {

class HttpRequest;

// The server side of RCC.14 §2.5 (additional device sharing the phone's identity, OTP by
// SMS) and §2.6 (dedicated identity, OTP obtained out of band), answering with the codes
// of Table 7. Holds the sessions, issued tokens, queued fault answers and request logs.
class ConfigurationServer
{
public:
    // A fault injected through /_sim/enqueue, answered to the next configuration request.
    struct CannedAnswer
    {
        int status = 200;
        QByteArray retryAfter;
        QString body; // one of cannedBodyNames(), empty for no body
        QByteArray location;
        qint64 dateOffset = 0;             // seconds the Date header is off the real clock
        std::optional<qint64> retryAfterFromDate; // Retry-After: the Date header plus this
        int delayMs = 0;                   // answer this late
        std::optional<qint64> validity;    // VERS validity of reset/disable/dormant/vers-only
    };

    explicit ConfigurationServer(ServerSettings settings);

    // Answers one protocol request (anything outside /_sim/) and records it.
    [[nodiscard]] HttpResponse handle(const HttpRequest &request);

    // Inspection and fault injection, used by SimControl.
    [[nodiscard]] static QStringList cannedBodyNames();
    int enqueue(const CannedAnswer &answer); // returns the queue length
    void reset();
    [[nodiscard]] QJsonArray requests() const { return m_requests; }
    [[nodiscard]] QJsonArray outbox() const { return m_outbox; }
    int revokeTokens(const QString &identity); // empty identity: all; returns how many
    void setCurrentVersion(int version) { m_currentVersion = version; }
    [[nodiscard]] int currentVersion() const { return m_currentVersion; }
    int expireSessions();

    // §2.5 and §2.6 do not say how long an OTP stays usable; ten minutes is what real
    // servers allow before the client has to start again from the first request.
    static constexpr qint64 kSessionLifetimeSeconds = 10 * 60;
    static inline const QByteArray kCookieName = QByteArrayLiteral("acs-session");

private:
    struct Session
    {
        QString identityKey;
        QString identity; // as configured, for the SMS and the document
        QString otp;
        QDateTime created;
    };
    struct IssuedToken
    {
        QString token;
        QDateTime issued;
        qint64 validitySeconds = 0; // 0: no expiry
    };
    // A request whose parameters passed Table 12 / Table 14 validation.
    struct ConfigurationRequest
    {
        int vers = 0;
        QString identityKey;
        QString token;
        bool hasOtp = false;
        QString otp;
        std::optional<QString> friendlyDeviceName;
    };
    struct Answer
    {
        HttpResponse response;
        QString note; // why, for the stderr line and the request log
    };
    using Params = QHash<QString, QString>;

    Answer answer(const HttpRequest &request, const QList<QPair<QString, QString>> &items,
                  const QDateTime &now);
    Answer secondRequest(const Session &session, const Params &params, const QDateTime &now);
    Answer tokenRequest(const ConfigurationRequest &request, const QDateTime &now);
    Answer firstRequest(const ConfigurationRequest &request, const QDateTime &now);
    Answer dedicatedRequest(const ConfigurationRequest &request, const QDateTime &now);
    Answer canned(const CannedAnswer &canned, const Params &params, const QString &cookie,
                  const QDateTime &now);
    Answer cannedBody(const CannedAnswer &canned, const Params &params, const QString &cookie,
                      const QDateTime &now);

    // Checks the parameters present; with requireAll also that the mandatory ones are.
    // Returns an empty string when valid, else the reason for the 403.
    QString validate(const Params &params, bool requireAll, ConfigurationRequest *out) const;
    [[nodiscard]] std::optional<QString> identityKeyOf(const Params &params) const;
    [[nodiscard]] bool isTakenName(const std::optional<QString> &name) const;
    [[nodiscard]] QString displayIdentity(const QString &identityKey) const;

    IssuedToken issueToken(const QString &identityKey, const QDateTime &now);
    Answer configuration(const QString &identityKey, const IssuedToken &token,
                         const QByteArray &messageCharacteristic, const QString &note);
    void sendSms(const QString &identity, const QString &otp, const QDateTime &now);
    void writeLastDocument(const QByteArray &document) const;
    void purgeSessions(const QDateTime &now);

    ServerSettings m_settings;
    QHash<QString, QString> m_sharedIdentities;    // key -> display (§2.5)
    QHash<QString, QString> m_dedicatedIdentities; // key -> display (§2.6)
    QHash<QString, QString> m_dedicatedCodes;      // key -> out-of-band OTP
    DocumentFacts m_documentFacts;
    int m_initialVersion;
    int m_currentVersion;
    qint64 m_validity;

    QHash<QString, Session> m_sessions; // cookie value -> session
    QHash<QString, IssuedToken> m_tokens; // identity key -> current token
    QList<CannedAnswer> m_queue;
    QJsonArray m_requests;
    QJsonArray m_outbox;
};

} // namespace acssim
