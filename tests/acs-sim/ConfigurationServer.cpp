#include "ConfigurationServer.h"

#include "Documents.h"
#include "HttpRequest.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>

#include <cstdio>

namespace acssim {

namespace {

const QString kVers = QStringLiteral("vers");
const QString kMsisdn = QStringLiteral("msisdn");
const QString kSipUri = QStringLiteral("sip_uri");
const QString kProvisioningVersion = QStringLiteral("provisioning_version");
const QString kToken = QStringLiteral("token");
const QString kDeviceType = QStringLiteral("device_type");
const QString kFriendlyName = QStringLiteral("friendly_device_name");
const QString kOtp = QStringLiteral("OTP");

// Table 12: SIP URIs compare case-insensitively, MSISDNs exactly.
QString normalisedIdentity(const QString &identity)
{
    return identity.startsWith(QLatin1String("sip:"), Qt::CaseInsensitive) ? identity.toLower()
                                                                            : identity;
}

bool isE164(const QString &msisdn)
{
    static const QRegularExpression pattern(QStringLiteral("^\\+[1-9][0-9]{1,14}$"));
    return pattern.match(msisdn).hasMatch();
}

QString randomFrom(QLatin1String alphabet, int length)
{
    QString out;
    out.reserve(length);
    for (int i = 0; i < length; ++i)
        out += QChar(alphabet.at(QRandomGenerator::system()->bounded(int(alphabet.size()))));
    return out;
}

// 24 characters (Table 12: token String (24 max)) from the base64 alphabet, always with a
// '+' and a '/' so that a client that forgets to percent-encode them gets a 511.
QString randomToken()
{
    QString token = randomFrom(QLatin1String("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/="), 24);
    const int plusAt = QRandomGenerator::system()->bounded(24);
    int slashAt = QRandomGenerator::system()->bounded(23);
    if (slashAt >= plusAt)
        ++slashAt;
    token[plusAt] = u'+';
    token[slashAt] = u'/';
    return token;
}

QString describeParams(const QList<QPair<QString, QString>> &items)
{
    QStringList parts;
    for (const auto &[name, value] : items) {
        // OTPs only ever appear on the SMS line; tokens are shown by length.
        if (name == kOtp)
            parts << name + QStringLiteral("=***");
        else if (name == kToken)
            parts << name + (value.isEmpty() ? QStringLiteral("=(empty)")
                                             : QStringLiteral("=(%1 chars)").arg(value.size()));
        else
            parts << name + u'=' + value;
    }
    return parts.join(u' ');
}

QByteArray jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QString sessionCookie(const HttpRequest &request)
{
    const QList<QByteArray> cookies = request.header(QByteArrayLiteral("cookie")).split(';');
    for (const QByteArray &cookie : cookies) {
        const QByteArray trimmed = cookie.trimmed();
        const qsizetype equals = trimmed.indexOf('=');
        if (equals > 0 && trimmed.left(equals) == ConfigurationServer::kCookieName)
            return QString::fromLatin1(trimmed.mid(equals + 1));
    }
    return {};
}

HttpResponse status(int code)
{
    return HttpResponse(code);
}

} // namespace

ConfigurationServer::ConfigurationServer(ServerSettings settings)
    : m_settings(std::move(settings)),
      m_initialVersion(m_settings.configVersion),
      m_validity(m_settings.validitySeconds)
{
    for (const QString &identity : std::as_const(m_settings.identities))
        m_sharedIdentities.insert(normalisedIdentity(identity), identity);
    for (auto it = m_settings.dedicated.cbegin(); it != m_settings.dedicated.cend(); ++it) {
        m_dedicatedIdentities.insert(normalisedIdentity(it.key()), it.key());
        m_dedicatedCodes.insert(normalisedIdentity(it.key()), it.value());
    }
    if (m_settings.document) {
        // The version and token of a served file are whatever the file says (§2.2.2: the
        // server compares the client's vers with the version of what it would serve).
        m_documentFacts = DocumentFacts::fromXml(*m_settings.document);
        if (!m_documentFacts.parseError.isEmpty())
            std::fprintf(stderr, "acs-sim: note: %s is not well-formed XML (%s); serving it anyway\n",
                         qUtf8Printable(m_settings.documentPath),
                         qUtf8Printable(m_documentFacts.parseError));
        m_initialVersion = m_documentFacts.version.value_or(m_settings.configVersion);
        m_validity = m_documentFacts.validity.value_or(m_settings.validitySeconds);
    }
    m_currentVersion = m_initialVersion;
}

QStringList ConfigurationServer::cannedBodyNames()
{
    return {QStringLiteral("empty"), QStringLiteral("reset"), QStringLiteral("disable-permanently"),
            QStringLiteral("disable-until-user"), QStringLiteral("dormant"), QStringLiteral("html"),
            QStringLiteral("garbage"), QStringLiteral("doctype"), QStringLiteral("vers-only"),
            QStringLiteral("msg-accept"), QStringLiteral("msg-accept-reject"),
            QStringLiteral("msg-accept-noreject"), QStringLiteral("bad-version"),
            QStringLiteral("no-version"), QStringLiteral("too-deep"), QStringLiteral("too-large"),
            QStringLiteral("vers-token-new"), QStringLiteral("token-validity-0")};
}

HttpResponse ConfigurationServer::handle(const HttpRequest &request)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<QPair<QString, QString>> items = request.queryItems();
    Answer result = answer(request, items, now);
    result.response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));

    QJsonObject params;
    for (const auto &[name, value] : items)
        params.insert(name, value);
    const auto headerOrNull = [&request](const QByteArray &name) {
        return request.hasHeader(name) ? QJsonValue(QString::fromUtf8(request.header(name)))
                                       : QJsonValue(QJsonValue::Null);
    };
    m_requests.append(QJsonObject{
            {QStringLiteral("time"), now.toString(Qt::ISODateWithMs)},
            {QStringLiteral("method"), QString::fromLatin1(request.method())},
            {QStringLiteral("target"), QString::fromUtf8(request.target())},
            {QStringLiteral("path"), QString::fromUtf8(request.path())},
            {QStringLiteral("params"), params},
            {QStringLiteral("cookie"), headerOrNull(QByteArrayLiteral("cookie"))},
            {QStringLiteral("accept_language"), headerOrNull(QByteArrayLiteral("accept-language"))},
            {QStringLiteral("status"), result.response.status()},
            {QStringLiteral("note"), result.note},
    });
    if (!m_settings.quiet)
        std::fprintf(stderr, "acs-sim: %s %s -> %d [%s] %s\n", request.method().constData(),
                     request.path().constData(), result.response.status(),
                     qUtf8Printable(describeParams(items)), qUtf8Printable(result.note));
    return result.response;
}

ConfigurationServer::Answer ConfigurationServer::answer(const HttpRequest &request,
                                                        const QList<QPair<QString, QString>> &items,
                                                        const QDateTime &now)
{
    if (request.method() != "GET") {
        HttpResponse response(405);
        response.setHeader(QByteArrayLiteral("Allow"), QByteArrayLiteral("GET"));
        return {response, QStringLiteral("only GET is served")};
    }
    purgeSessions(now);

    Params params;
    bool duplicate = false;
    for (const auto &[name, value] : items) {
        duplicate = duplicate || params.contains(name);
        params.insert(name, value);
    }
    const QString cookie = sessionCookie(request);

    if (!m_queue.isEmpty())
        return canned(m_queue.takeFirst(), params, cookie, now);

    if (duplicate)
        return {status(403), QStringLiteral("a parameter appears twice")};

    // §2.5.1 c / Table 13: the second request carries the OTP and the cookie of the first.
    const bool hasOtp = params.contains(kOtp);
    if (hasOtp && !cookie.isEmpty() && m_sessions.contains(cookie))
        return secondRequest(m_sessions.take(cookie), params, now);
    if (hasOtp && !params.contains(kMsisdn) && !params.contains(kSipUri))
        return {status(511), QStringLiteral("OTP without a valid session cookie")};

    ConfigurationRequest parsed;
    const QString invalid = validate(params, true, &parsed);
    if (!invalid.isEmpty())
        return {status(403), invalid}; // Table 7: invalid request
    const bool shared = m_sharedIdentities.contains(parsed.identityKey);
    const bool dedicated = m_dedicatedIdentities.contains(parsed.identityKey);
    if (!shared && !dedicated)
        return {status(403), QStringLiteral("unknown identity")}; // §2.5.2 item 1

    // Table 14: OTP is mandatory for a dedicated identity, empty when a token is sent (§2.6.1).
    if (dedicated && !parsed.hasOtp)
        return {status(403), QStringLiteral("OTP parameter missing for a dedicated identity (Table 14)")};
    if (!parsed.token.isEmpty())
        return tokenRequest(parsed, now); // §2.5.3, §2.6.1
    if (parsed.hasOtp && !parsed.otp.isEmpty())
        return dedicatedRequest(parsed, now); // §2.6, Table 14
    if (shared)
        return firstRequest(parsed, now); // §2.5.1
    // A dedicated identity cannot be sent an SMS: Table 14 makes the OTP mandatory.
    if (parsed.hasOtp)
        return {status(511), QStringLiteral("empty OTP for a dedicated identity")};
    return {status(403), QStringLiteral("OTP parameter missing for a dedicated identity (Table 14)")};
}

QString ConfigurationServer::validate(const Params &params, bool requireAll,
                                      ConfigurationRequest *out) const
{
    if (params.contains(kVers)) {
        bool ok = false;
        const QString text = params.value(kVers);
        out->vers = text.toInt(&ok);
        // Table 12: -3, -2, -1, 0 or a positive integer, written as plain digits.
        static const QRegularExpression integer(QStringLiteral("^-?[0-9]+$"));
        if (!ok || !integer.match(text).hasMatch() || out->vers < -3)
            return QStringLiteral("vers is not an integer >= -3");
    } else if (requireAll) {
        return QStringLiteral("vers missing");
    }

    const bool hasMsisdn = params.contains(kMsisdn);
    const bool hasSipUri = params.contains(kSipUri);
    if (hasMsisdn && hasSipUri)
        return QStringLiteral("both msisdn and sip_uri given");
    if (hasMsisdn) {
        // A '+' sent unencoded arrives here as a space (HttpRequest::decodeFormComponent).
        if (!isE164(params.value(kMsisdn)))
            return QStringLiteral("msisdn is not E.164");
        out->identityKey = params.value(kMsisdn);
    } else if (hasSipUri) {
        const QString uri = params.value(kSipUri);
        if (!uri.startsWith(QLatin1String("sip:"), Qt::CaseInsensitive) || uri.size() <= 4
            || uri.size() > 50 || uri.contains(u' '))
            return QStringLiteral("sip_uri malformed");
        out->identityKey = normalisedIdentity(uri);
    } else if (requireAll) {
        return QStringLiteral("neither msisdn nor sip_uri given");
    }

    if (params.contains(kProvisioningVersion)) {
        if (params.value(kProvisioningVersion) != u"1.0")
            return QStringLiteral("provisioning_version is not 1.0");
    } else if (requireAll) {
        return QStringLiteral("provisioning_version missing");
    }

    // Present but possibly empty (first request): Table 12 makes the parameter mandatory.
    if (!params.contains(kToken) && requireAll)
        return QStringLiteral("token missing");
    out->token = params.value(kToken);

    if (params.contains(kDeviceType)) {
        const QString type = params.value(kDeviceType);
        if (type != u"PC" && type != u"Tablet" && type != u"Other")
            return QStringLiteral("device_type is not PC, Tablet or Other");
    } else if (requireAll) {
        return QStringLiteral("device_type missing");
    }

    if (params.contains(kFriendlyName)) {
        const QString name = params.value(kFriendlyName);
        if (name.size() > 30)
            return QStringLiteral("friendly_device_name longer than 30 characters");
        out->friendlyDeviceName = name;
    }

    out->hasOtp = params.contains(kOtp);
    out->otp = params.value(kOtp);
    return {};
}

std::optional<QString> ConfigurationServer::identityKeyOf(const Params &params) const
{
    QString key;
    if (params.contains(kMsisdn))
        key = params.value(kMsisdn);
    else if (params.contains(kSipUri))
        key = normalisedIdentity(params.value(kSipUri));
    if (m_sharedIdentities.contains(key) || m_dedicatedIdentities.contains(key))
        return key;
    return std::nullopt;
}

bool ConfigurationServer::isTakenName(const std::optional<QString> &name) const
{
    return name && m_settings.takenNames.contains(*name);
}

QString ConfigurationServer::displayIdentity(const QString &identityKey) const
{
    return m_sharedIdentities.value(identityKey, m_dedicatedIdentities.value(identityKey, identityKey));
}

ConfigurationServer::Answer ConfigurationServer::firstRequest(const ConfigurationRequest &request,
                                                              const QDateTime &now)
{
    if (isTakenName(request.friendlyDeviceName))
        return {status(409), QStringLiteral("friendly_device_name already in use")};

    // §2.5.1 step 4: 200 with a new cookie, and an SMS with the OTP to the primary device.
    const QString cookie = randomFrom(
            QLatin1String("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"), 32);
    const QString otp = randomFrom(QLatin1String("0123456789"), m_settings.otpLength);
    const QString identity = displayIdentity(request.identityKey);
    m_sessions.insert(cookie, Session{request.identityKey, identity, otp, now});
    sendSms(identity, otp, now);

    HttpResponse response(200);
    response.setHeader(QByteArrayLiteral("Set-Cookie"),
                       kCookieName + '=' + cookie.toLatin1() + "; Path=/; Secure; HttpOnly");
    if (m_settings.policySmsPort)
        response.setBody(Documents::policySmsPort(*m_settings.policySmsPort), HttpResponse::kXmlContentType);
    return {response, QStringLiteral("first request: session created, OTP sent by SMS")};
}

ConfigurationServer::Answer ConfigurationServer::secondRequest(const Session &session,
                                                               const Params &params,
                                                               const QDateTime &now)
{
    // The session has been taken out of the table: whatever happens here, a retry starts
    // again from the first request (§2.5.2 item 2).
    if (session.created.secsTo(now) > kSessionLifetimeSeconds)
        return {status(511), QStringLiteral("session expired")};
    // The client may repeat the first request's parameters with the OTP; they must still
    // be well-formed and name the same identity.
    ConfigurationRequest parsed;
    const QString invalid = validate(params, false, &parsed);
    if (!invalid.isEmpty())
        return {status(403), invalid};
    if (!parsed.identityKey.isEmpty() && parsed.identityKey != session.identityKey)
        return {status(511), QStringLiteral("identity differs from the session's")};
    if (parsed.otp != session.otp)
        return {status(511), QStringLiteral("wrong OTP, session discarded")};
    const IssuedToken token = issueToken(session.identityKey, now);
    return configuration(session.identityKey, token, {},
                         QStringLiteral("right OTP: configuration served, token issued"));
}

ConfigurationServer::Answer ConfigurationServer::dedicatedRequest(const ConfigurationRequest &request,
                                                                  const QDateTime &now)
{
    if (!m_dedicatedCodes.contains(request.identityKey))
        return {status(511), QStringLiteral("OTP without a session for a non-dedicated identity")};
    if (isTakenName(request.friendlyDeviceName))
        return {status(409), QStringLiteral("friendly_device_name already in use")};
    if (request.otp != m_dedicatedCodes.value(request.identityKey))
        return {status(511), QStringLiteral("wrong out-of-band OTP")};
    const IssuedToken token = issueToken(request.identityKey, now);
    return configuration(request.identityKey, token, {},
                         QStringLiteral("dedicated identity: configuration served, token issued"));
}

ConfigurationServer::Answer ConfigurationServer::tokenRequest(const ConfigurationRequest &request,
                                                              const QDateTime &now)
{
    const auto it = m_tokens.constFind(request.identityKey);
    if (it == m_tokens.cend() || it->token != request.token)
        return {status(511), QStringLiteral("unknown or revoked token")}; // §2.5.4 item 2
    const IssuedToken token = *it;
    if (token.validitySeconds > 0 && token.issued.secsTo(now) > token.validitySeconds) {
        m_tokens.remove(request.identityKey);
        return {status(511), QStringLiteral("token expired")};
    }
    if (request.vers == m_currentVersion) {
        // Table 2: version unchanged, validity renewed, token repeated.
        HttpResponse response(200);
        response.setBody(Documents::versAndToken(m_currentVersion, m_validity, token.token,
                                                 token.validitySeconds),
                         HttpResponse::kXmlContentType);
        return {response, QStringLiteral("token valid, version current: Table 2 document")};
    }
    return configuration(request.identityKey, token, {},
                         QStringLiteral("token valid, version differs: configuration served"));
}

ConfigurationServer::Answer ConfigurationServer::canned(const CannedAnswer &canned,
                                                        const Params &params,
                                                        const QString &cookie, const QDateTime &now)
{
    Answer answer = cannedBody(canned, params, cookie, now);
    HttpResponse &response = answer.response;
    response.setStatus(canned.status);
    if (!canned.retryAfter.isEmpty())
        response.setHeader(QByteArrayLiteral("Retry-After"), canned.retryAfter);
    if (canned.retryAfterFromDate)
        response.setRetryAfterFromDate(*canned.retryAfterFromDate);
    if (!canned.location.isEmpty())
        response.setHeader(QByteArrayLiteral("Location"), canned.location);
    response.setDateOffset(canned.dateOffset);
    response.setDelayMs(canned.delayMs);
    return answer;
}

ConfigurationServer::Answer ConfigurationServer::cannedBody(const CannedAnswer &canned,
                                                            const Params &params,
                                                            const QString &cookie,
                                                            const QDateTime &now)
{
    HttpResponse response(canned.status);
    const QString note = QStringLiteral("canned answer") + (canned.body.isEmpty() ? QString() : u' ' + canned.body);
    const QByteArray xml = HttpResponse::kXmlContentType;
    const QString &body = canned.body;
    if (body == u"reset")
        response.setBody(Documents::versOnly(0, canned.validity.value_or(0)), xml); // Table 3
    else if (body == u"disable-permanently")
        response.setBody(Documents::versOnly(-1, canned.validity.value_or(-1)), xml); // Table 4
    else if (body == u"disable-until-user")
        response.setBody(Documents::versOnly(-2, canned.validity.value_or(-2)), xml); // Table 5
    else if (body == u"dormant") // paused: asked again after the (positive) validity
        response.setBody(Documents::versOnly(-3, canned.validity.value_or(m_validity)), xml);
    else if (body == u"bad-version") // outside Table 12's -3, -2, -1, 0 or positive
        response.setBody(Documents::versOnly(-7, canned.validity.value_or(m_validity)), xml);
    else if (body == u"no-version")
        response.setBody(Documents::noIntegerVersion(), xml);
    else if (body == u"too-deep")
        response.setBody(Documents::tooDeep(m_currentVersion), xml);
    else if (body == u"too-large")
        response.setBody(Documents::tooLarge(m_currentVersion), xml);
    else if (body == u"html")
        response.setBody(Documents::captivePortalHtml(), QByteArrayLiteral("text/html; charset=utf-8"));
    else if (body == u"garbage")
        response.setBody(Documents::garbage(), xml);
    else if (body == u"doctype")
        response.setBody(Documents::doctypeDocument(), xml);
    else if (body == u"vers-only")
        response.setBody(Documents::versOnly(m_currentVersion, canned.validity.value_or(m_validity)), xml);
    else if (body == u"vers-token-new") {
        // Table 2 with a new TOKEN: the version is current, the token replaced.
        const std::optional<QString> identityKey = identityKeyOf(params);
        const IssuedToken token = identityKey ? issueToken(*identityKey, now)
                                              : IssuedToken{randomToken(), now, 0};
        response.setBody(Documents::versAndToken(m_currentVersion, canned.validity.value_or(m_validity),
                                                 token.token, token.validitySeconds),
                         xml);
    } else if (body == u"msg-accept" || body == u"msg-accept-reject" || body == u"msg-accept-noreject"
               || body == u"token-validity-0") {
        // A full configuration with a user message (§2.2.3). The token in it is registered
        // for the identity the request names (or its session's), so that the client's next
        // request with that token is accepted like after an OTP exchange.
        std::optional<QString> identityKey = identityKeyOf(params);
        if (!identityKey && m_sessions.contains(cookie))
            identityKey = m_sessions.value(cookie).identityKey;
        IssuedToken token;
        if (identityKey) {
            m_sessions.remove(cookie);
            const auto it = m_tokens.constFind(*identityKey);
            token = it != m_tokens.cend() ? *it : issueToken(*identityKey, now);
        } else {
            token = IssuedToken{m_documentFacts.token.value_or(randomToken()), now,
                                m_settings.tokenValiditySeconds};
        }
        if (body == u"token-validity-0") {
            // A token that never expires, written with an explicit validity of 0 (Table 10).
            token.validitySeconds = 0;
            if (identityKey)
                m_tokens.insert(*identityKey, token);
        }
        QByteArray message;
        if (body == u"msg-accept-reject")
            message = Documents::message(Documents::RejectButton::Offered);
        else if (body == u"msg-accept")
            message = Documents::message(Documents::RejectButton::Zero);
        else if (body == u"msg-accept-noreject")
            message = Documents::message(Documents::RejectButton::Absent);
        Answer answer = configuration(identityKey.value_or(QStringLiteral("sip:unknown@example.com")),
                                      token, message, note);
        if (body == u"token-validity-0") {
            // Table 10: validity 0 means no expiry, like an absent parm, only spelt out.
            answer.response.setBody(Documents::withTokenValidityZero(answer.response.body()), xml);
            writeLastDocument(answer.response.body());
        }
        return answer;
    }
    return {response, note};
}

ConfigurationServer::IssuedToken ConfigurationServer::issueToken(const QString &identityKey,
                                                                 const QDateTime &now)
{
    // A served file carries its own token: that is the one the client will send back.
    IssuedToken token;
    token.issued = now;
    if (m_settings.document && m_documentFacts.token) {
        token.token = *m_documentFacts.token;
        token.validitySeconds = m_documentFacts.tokenValidity.value_or(m_settings.tokenValiditySeconds);
    } else {
        token.token = randomToken();
        token.validitySeconds = m_settings.tokenValiditySeconds;
    }
    m_tokens.insert(identityKey, token); // replaces (revokes) any earlier one
    return token;
}

ConfigurationServer::Answer ConfigurationServer::configuration(const QString &identityKey,
                                                               const IssuedToken &token,
                                                               const QByteArray &messageCharacteristic,
                                                               const QString &note)
{
    QByteArray document;
    if (m_settings.document) {
        document = messageCharacteristic.isEmpty()
                ? *m_settings.document
                : Documents::withFragmentBeforeEnd(*m_settings.document, messageCharacteristic);
    } else {
        document = Documents::configuration(m_currentVersion, m_validity, token.token,
                                            token.validitySeconds, displayIdentity(identityKey),
                                            messageCharacteristic);
    }
    writeLastDocument(document);
    HttpResponse response(200);
    response.setBody(document, HttpResponse::kXmlContentType);
    return {response, note};
}

void ConfigurationServer::sendSms(const QString &identity, const QString &otp, const QDateTime &now)
{
    const QString time = now.toString(Qt::ISODateWithMs);
    m_outbox.append(QJsonObject{{QStringLiteral("to"), identity},
                                {QStringLiteral("otp"), otp},
                                {QStringLiteral("time"), time}});
    std::fprintf(stdout, "acs-sim: SMS to %s: Your configuration code is %s\n",
                 qUtf8Printable(identity), qUtf8Printable(otp));
    std::fflush(stdout);
    QFile file(QDir(m_settings.stateDir).filePath(QStringLiteral("outbox.jsonl")));
    if (file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        file.write("{\"to\": " + jsonString(identity) + ", \"otp\": " + jsonString(otp)
                   + ", \"time\": " + jsonString(time) + "}\n");
        file.flush();
    } else {
        std::fprintf(stderr, "acs-sim: cannot append to %s: %s\n", qUtf8Printable(file.fileName()),
                     qUtf8Printable(file.errorString()));
    }
}

void ConfigurationServer::writeLastDocument(const QByteArray &document) const
{
    QSaveFile file(QDir(m_settings.stateDir).filePath(QStringLiteral("last-document.xml")));
    if (!file.open(QIODevice::WriteOnly) || file.write(document) != document.size() || !file.commit())
        std::fprintf(stderr, "acs-sim: cannot write %s: %s\n", qUtf8Printable(file.fileName()),
                     qUtf8Printable(file.errorString()));
}

void ConfigurationServer::purgeSessions(const QDateTime &now)
{
    for (auto it = m_sessions.begin(); it != m_sessions.end();) {
        if (it->created.secsTo(now) > kSessionLifetimeSeconds)
            it = m_sessions.erase(it);
        else
            ++it;
    }
}

int ConfigurationServer::enqueue(const CannedAnswer &answer)
{
    m_queue.append(answer);
    return int(m_queue.size());
}

void ConfigurationServer::reset()
{
    m_sessions.clear();
    m_tokens.clear();
    m_queue.clear();
    m_requests = {};
    m_outbox = {};
    m_currentVersion = m_initialVersion;
    QFile outbox(QDir(m_settings.stateDir).filePath(QStringLiteral("outbox.jsonl")));
    if (!outbox.open(QIODevice::WriteOnly | QIODevice::Truncate))
        std::fprintf(stderr, "acs-sim: cannot truncate %s\n", qUtf8Printable(outbox.fileName()));
}

int ConfigurationServer::revokeTokens(const QString &identity)
{
    if (identity.isEmpty()) {
        const int count = int(m_tokens.size());
        m_tokens.clear();
        return count;
    }
    return m_tokens.remove(normalisedIdentity(identity)) ? 1 : 0;
}

int ConfigurationServer::expireSessions()
{
    const int count = int(m_sessions.size());
    m_sessions.clear();
    return count;
}

} // namespace acssim
