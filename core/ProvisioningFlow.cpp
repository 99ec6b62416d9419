#include "ProvisioningFlow.h"

#include "AccountIndex.h"
#include "ConfigurationRequest.h"
#include "HttpExchange.h"
#include "Logging.h"
#include "ProfileStore.h"
#include "ProvisioningDocument.h"
#include "RetryAfter.h"
#include "TlsTrust.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QTimer>

namespace spdc {

namespace {
// Codes are texted 30 s apart at first, the interval doubling with each further code up to 64
// times; a record is forgotten once twice the longest interval has passed without a code.
constexpr int MaxCodeDoublings = 6;

QString normalisedOtp(const QString &text)
{
    QString otp = text;
    otp.remove(QLatin1Char(' '));
    otp.remove(QLatin1Char('-'));
    return otp.trimmed();
}

// Tables 3-5 and the dormant answer: what the user is told.
QString disabledMessage(int version)
{
    switch (version) {
    case 0:
        return ProvisioningFlow::tr("The operator has switched off the service for this device "
                                    "for now. spdc will ask again the next time it starts.");
    case -1:
        return ProvisioningFlow::tr("The operator has switched off the service for this device "
                                    "permanently. Reset the account to ask again.");
    case -2:
        return ProvisioningFlow::tr("The operator has switched off the service for this device "
                                    "until you ask for it again with Refresh.");
    default:
        return ProvisioningFlow::tr("The operator has paused the service for this device. spdc "
                                    "will ask again when the configuration expires.");
    }
}
} // namespace

ProvisioningFlow::ProvisioningFlow(ProfileStore *store, AccountIndex *index,
                                   FlowSettings settings, QObject *parent)
    : QObject(parent),
      m_store(store),
      m_index(index),
      m_settings(std::move(settings)),
      m_tls(TlsTrust::configuration(m_settings.extraCa)),
      m_nowUtc([] { return QDateTime::currentDateTimeUtc(); })
{
    m_retryTimer = new QTimer(this);
    m_otpTimer = new QTimer(this);
    qRegisterMetaType<spdc::OtpPrompt>();
    qRegisterMetaType<spdc::Error>();
    qRegisterMetaType<spdc::Profile>();
    qRegisterMetaType<spdc::UserMessage>();
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, [this] {
        setStep(m_lastKind == Request::Otp ? Step::OtpRequest : Step::FirstRequest);
        send(m_lastUrl, m_lastKind);
    });
    m_otpTimer->setSingleShot(true);
    connect(m_otpTimer, &QTimer::timeout, this, [this] {
        if (m_step == Step::AwaitingOtp)
            Q_EMIT otpExpired();
    });
}

ProvisioningFlow::~ProvisioningFlow() = default;

Status ProvisioningFlow::validate(const FlowSettings &settings)
{
    if (!settings.identity.isValid())
        return Error{ErrorCode::InvalidInput, tr("Enter a phone number or a SIP address."),
                     QStringLiteral("no identity")};
    if (!settings.server.isValid() || settings.server.scheme() != QLatin1String("https"))
        return Error{ErrorCode::InvalidInput,
                     tr("Choose your operator or enter the https:// address of its "
                        "configuration server."),
                     QStringLiteral("no https server")};
    if (settings.friendlyName.size() > MaxFriendlyNameLength)
        return Error{ErrorCode::InvalidInput,
                     tr("The device name is too long: at most %1 characters are allowed.")
                         .arg(MaxFriendlyNameLength),
                     QStringLiteral("friendly name too long")};
    if (settings.dedicatedOtp) {
        const QString otp = normalisedOtp(*settings.dedicatedOtp);
        if (otp.isEmpty() || otp.size() > MaxOtpLength)
            return Error{ErrorCode::InvalidInput,
                         tr("The code must be 1 to %1 characters long.").arg(MaxOtpLength),
                         QStringLiteral("bad OTP length")};
    }
    return Status();
}

void ProvisioningFlow::setStep(Step step)
{
    if (m_step == step)
        return;
    qCDebug(lcFlow) << "step" << m_step << "->" << step;
    m_step = step;
    if (step != Step::AwaitingOtp)
        m_otpTimer->stop();
    Q_EMIT stepChanged(step);
}

void ProvisioningFlow::start()
{
    if (m_step != Step::Idle && m_step != Step::Failed && m_step != Step::Succeeded)
        return;
    if (const Status valid = validate(m_settings); !valid) {
        setStep(Step::Failed);
        Q_EMIT failed(valid.error());
        return;
    }
    // A fresh manager, so a fresh cookie jar, for every run (§2.5.2: a retry starts from the
    // beginning).
    delete m_manager;
    m_manager = new QNetworkAccessManager(this);
    m_manager->setAutoDeleteReplies(false);
    m_previous.reset();
    m_sentToken = false;
    m_retries = 0;
    setStep(Step::FirstRequest);
    loadPreviousThenSend();
}

void ProvisioningFlow::loadPreviousThenSend()
{
    // The stored profile gives the version and token of a subsequent attempt (§2.5.3).
    QPointer<ProvisioningFlow> self(this);
    m_store->load(m_settings.identity.accountId(), [self](Result<Profile> loaded) {
        if (!self || self->m_step != Step::FirstRequest)
            return;
        if (loaded) {
            self->m_previous = loaded.value();
            if (self->m_previous->version == -1) {
                // Table 4: "no other way for the user to trigger a new configuration query"
                // than resetting the account (or another identity): linking again sends nothing.
                self->fail(Error{ErrorCode::DisabledByServer, disabledMessage(-1),
                                 QStringLiteral("version -1 stored: nothing sent")},
                           false);
                return;
            }
        } else if (loaded.error().code != ErrorCode::NotFound) {
            // Unreadable is not absent: a first-time run now could overwrite a good profile.
            self->fail(loaded.error(), false);
            return;
        }
        self->sendConfigurationRequest();
    });
}

void ProvisioningFlow::sendConfigurationRequest()
{
    ConfigurationRequest request;
    request.identity = m_settings.identity;
    request.deviceType = m_settings.deviceType;
    request.friendlyName = m_settings.friendlyName;
    const bool tokenUsable = m_previous && !m_previous->token.isEmpty()
        && (!m_previous->tokenExpires.isValid() || m_previous->tokenExpires > m_nowUtc());
    const bool dedicated = isDedicated();
    if (tokenUsable && !m_settings.dedicatedOtp) {
        // The stored version: a positive one lets the server answer "no change" (Table 2), also
        // after a dormant (-3) answer, which keeps the document.
        request.version = m_previous->heldVersion();
        request.token = m_previous->token;
        // §2.6.1, Table 14: OTP is mandatory for a dedicated identity, empty with a token.
        if (dedicated)
            request.otp = QString();
        m_sentToken = true;
    } else if (dedicated && !m_settings.dedicatedOtp) {
        // §2.6: nobody texts a dedicated identity a code; only a new one from the provider helps.
        fail(Error{ErrorCode::AuthenticationFailed, dedicatedNeedsNewCode(),
                   QStringLiteral("dedicated identity without a usable token or a code")},
             false);
        return;
    } else {
        // First-time configuration: vers 0 and an empty token (§2.5.1 step 4, Table 14).
        request.version = 0;
        m_sentToken = false;
        if (m_settings.dedicatedOtp) {
            // §2.6: nothing is texted for a request with an OTP; it is never rate-limited.
            request.otp = normalisedOtp(*m_settings.dedicatedOtp);
        } else if (const std::chrono::seconds wait = newCodeAvailableIn(); wait.count() > 0) {
            // This request would make the operator text a paid SMS; one went to this identity
            // too recently, from this flow or another (a retry, a second `spdc-cli link`).
            fail(Error{ErrorCode::RateLimited,
                       tr("A new code can be sent in %n second(s).", nullptr, int(wait.count())),
                       QStringLiteral("first request rate-limited: %1 s to wait").arg(wait.count())},
                 false);
            return;
        }
    }
    setStep(Step::FirstRequest);
    send(RequestBuilder::configurationUrl(m_settings.server, request), Request::Configuration);
}

void ProvisioningFlow::send(const QUrl &url, Request kind)
{
    m_lastUrl = url;
    m_lastKind = kind;
    const QNetworkRequest request =
        RequestBuilder::networkRequest(url, m_settings.locale, m_settings.timeout, m_tls);
    m_exchange = new HttpExchange(m_manager, request, this);
    connect(m_exchange, &HttpExchange::finished, this,
            [this, kind, exchange = m_exchange](const Result<HttpResponse> &result) {
                exchange->deleteLater();
                onResponse(kind, result);
            });
    m_exchange->start();
}

void ProvisioningFlow::submitOtp(const QString &text)
{
    if (m_step != Step::AwaitingOtp)
        return;
    const QString otp = normalisedOtp(text);
    if (otp.isEmpty() || otp.size() > MaxOtpLength) {
        Q_EMIT inputRejected(Error{ErrorCode::InvalidInput,
                                   tr("Enter the code from the text message: 1 to %1 characters.")
                                       .arg(MaxOtpLength),
                                   QStringLiteral("bad OTP length")});
        return;
    }
    setStep(Step::OtpRequest);
    send(RequestBuilder::otpUrl(m_settings.server, otp), Request::Otp);
}

std::pair<QDateTime, int> ProvisioningFlow::textedCodes() const
{
    if (!m_index)
        return {m_localLastCode, m_localCodes};
    const std::optional<AccountIndex::CodeRequests> requests =
        m_index->codeRequests(m_settings.identity.accountId());
    if (!requests)
        return {QDateTime(), 0};
    return {requests->last, requests->count};
}

void ProvisioningFlow::recordTextedCode()
{
    const QDateTime now = m_nowUtc();
    const qint64 memory = m_settings.newCodeInterval.count() << (MaxCodeDoublings + 1);
    const auto [last, count] = textedCodes();
    const bool recent = last.isValid() && last.secsTo(now) < memory;
    const int codes = recent ? count + 1 : 1;
    if (!m_index) {
        m_localLastCode = now;
        m_localCodes = codes;
        return;
    }
    m_index->setCodeRequests(m_settings.identity.accountId(), {now, codes}, now.addSecs(-memory));
}

std::chrono::seconds ProvisioningFlow::newCodeAvailableIn() const
{
    const auto [last, count] = textedCodes();
    if (!last.isValid() || count <= 0)
        return std::chrono::seconds(0);
    const qint64 interval = m_settings.newCodeInterval.count() << qMin(count - 1, MaxCodeDoublings);
    // A clock set back must not stretch the wait beyond one interval.
    const qint64 elapsed = qMax<qint64>(0, last.secsTo(m_nowUtc()));
    return std::chrono::seconds(qMax<qint64>(0, interval - elapsed));
}

void ProvisioningFlow::requestNewCode()
{
    if (m_step != Step::AwaitingOtp)
        return;
    const std::chrono::seconds wait = newCodeAvailableIn();
    if (wait.count() > 0) {
        // The dialog stays: the user may still type the code that is on its way.
        Q_EMIT inputRejected(Error{ErrorCode::RateLimited,
                                   tr("A new code can be sent in %n second(s).", nullptr,
                                      int(wait.count())),
                                   QStringLiteral("new code rate-limited")});
        return;
    }
    restartFirstTime();
}

void ProvisioningFlow::restartFirstTime()
{
    // A new cookie jar: the old session is over.
    delete m_manager;
    m_manager = new QNetworkAccessManager(this);
    m_manager->setAutoDeleteReplies(false);
    sendConfigurationRequest();
}

void ProvisioningFlow::chooseDeviceName(const QString &name)
{
    if (m_step != Step::AwaitingDeviceName)
        return;
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > MaxFriendlyNameLength) {
        Q_EMIT inputRejected(Error{ErrorCode::InvalidInput,
                                   tr("Enter a device name of 1 to %1 characters.")
                                       .arg(MaxFriendlyNameLength),
                                   QStringLiteral("bad friendly name")});
        return;
    }
    m_settings.friendlyName = trimmed;
    restartFirstTime();
}

void ProvisioningFlow::acceptMessage()
{
    if (!m_profile.pendingMessage)
        return;
    const bool waiting = m_step == Step::AwaitingMessageAnswer;
    m_profile.acceptMessage();
    setStep(Step::Storing);
    QPointer<ProvisioningFlow> self(this);
    save(m_profile, [self, waiting](Status saved) {
        if (!self)
            return;
        if (!saved) {
            self->setStep(Step::Failed);
            Q_EMIT self->failed(saved.error());
            return;
        }
        self->setStep(Step::Succeeded);
        if (waiting)
            Q_EMIT self->succeeded(self->m_profile);
    });
}

void ProvisioningFlow::rejectMessage()
{
    if (m_step != Step::AwaitingMessageAnswer || !m_profile.pendingMessage)
        return;
    m_profile.rejectMessage();
    m_profile.lastError = tr("You declined the operator's message; the service is not set up.");
    setStep(Step::Storing);
    QPointer<ProvisioningFlow> self(this);
    save(m_profile, [self](Status saved) {
        if (!self)
            return;
        self->setStep(Step::Failed);
        Q_EMIT self->failed(saved ? Error{ErrorCode::MessageRejected, self->m_profile.lastError,
                                          QStringLiteral("MSG rejected")}
                                  : saved.error());
    });
}

void ProvisioningFlow::cancel()
{
    // Saving to the keychain is short and all-or-nothing: it is let finish, so that what the
    // flow reports is what is stored.
    if (m_step == Step::Idle || m_step == Step::Succeeded || m_step == Step::Failed
        || m_step == Step::Storing)
        return;
    if (m_step == Step::AwaitingMessageAnswer) {
        // Closing the message is not an answer: the question stays with the profile.
        setStep(Step::Failed);
        Q_EMIT failed(Error{ErrorCode::Cancelled,
                            tr("The operator's message is still waiting for your answer."),
                            QStringLiteral("message unanswered")});
        return;
    }
    m_retryTimer->stop();
    if (m_exchange) {
        m_exchange->disconnect(this);
        m_exchange->abort();
        m_exchange->deleteLater();
    }
    fail(Error{ErrorCode::Cancelled, tr("Linking was cancelled."), QStringLiteral("cancelled")},
         false);
}

void ProvisioningFlow::onResponse(Request kind, const Result<HttpResponse> &result)
{
    if (m_step == Step::Failed || m_step == Step::Succeeded)
        return;
    if (!result) {
        fail(result.error());
        return;
    }
    const HttpResponse &response = result.value();
    qCDebug(lcFlow) << (kind == Request::Otp ? "OTP request" : "configuration request")
                    << "answered" << response.status;
    switch (response.status) {
    case 200:
        handleOk(kind, response);
        return;
    case 403: {
        // §2.5.2 1, Table 7: the identity is not valid or not authorised. The configuration is
        // removed and the version set to 0 (§2.2.2).
        const Error error{ErrorCode::Forbidden,
                          tr("The operator refused %1: the number is not valid for this service "
                             "or not allowed to link other devices. Check the number, or try "
                             "another one.").arg(m_settings.identity.value()),
                          QStringLiteral("HTTP 403")};
        if (!m_previous) {
            setStep(Step::Failed);
            Q_EMIT failed(error);
            return;
        }
        Profile reset = *m_previous;
        reset.version = 0;
        reset.validityExpires = {};
        reset.document.clear();
        reset.token.clear();
        reset.tokenExpires = {};
        reset.pendingMessage.reset();
        reset.failures = m_previous->failures + 1;
        reset.lastError = error.userMessage;
        failAfterSaving(reset, error);
        return;
    }
    case 409:
        // Table 7: ask for another friendly_device_name and retry with it.
        setStep(Step::AwaitingDeviceName);
        Q_EMIT deviceNameConflict(m_settings.friendlyName);
        return;
    case 503:
        scheduleRetry(response);
        return;
    case 511:
        if (kind == Request::Configuration && m_sentToken) {
            m_previous->token.clear();
            m_previous->tokenExpires = {};
            if (m_previous->dedicated) {
                // §2.6.2: the token of a dedicated identity is gone; there is no SMS flow to
                // fall back to. The configuration stays (it may still be valid); the user
                // needs a new code from the provider.
                qCInfo(lcFlow) << "token of a dedicated identity rejected";
                Profile updated = *m_previous;
                updated.failures += 1;
                updated.lastError = dedicatedNeedsNewCode();
                failAfterSaving(updated, Error{ErrorCode::AuthenticationFailed, updated.lastError,
                                               QStringLiteral("HTTP 511 to a dedicated token")});
                return;
            }
            // §2.5.4 2: the token is no longer valid: delete it; from here it is a first-time run.
            qCInfo(lcFlow) << "token rejected; starting first-time configuration";
            // Saved first: the first-time request may be refused at once (rate limit), and a
            // CLI exits on that.
            QPointer<ProvisioningFlow> self(this);
            save(*m_previous, [self](Status) {
                if (self && self->m_step == Step::FirstRequest)
                    self->sendConfigurationRequest();
            });
            return;
        }
        // Nothing is sent after this: the message must not promise a new code by itself.
        fail(Error{ErrorCode::AuthenticationFailed,
                   m_settings.dedicatedOtp
                       ? tr("The code was not accepted. Check the code from your provider and "
                            "try again.")
                   : kind == Request::Otp
                       ? tr("The code was not accepted. Start again to have a new code sent.")
                       : tr("The operator could not authenticate this device."),
                   QStringLiteral("HTTP 511")});
        return;
    default:
        break;
    }
    if (response.status >= 300 && response.status < 400) {
        fail(Error{ErrorCode::InvalidResponse,
                   tr("The configuration server tried to send this device elsewhere. For your "
                      "security the redirect was not followed."),
                   QStringLiteral("HTTP %1 redirect").arg(response.status)});
        return;
    }
    fail(Error{ErrorCode::ServerError,
               tr("The operator's configuration server had a problem (error %1). Your current "
                  "configuration was kept; spdc will try again later.").arg(response.status),
               QStringLiteral("HTTP %1").arg(response.status)});
}

void ProvisioningFlow::scheduleRetry(const HttpResponse &response)
{
    if (m_retries >= m_settings.maxRetries) {
        fail(Error{ErrorCode::ServerError,
                   tr("The operator's configuration server is still busy. Try again later."),
                   QStringLiteral("HTTP 503 after %1 retries").arg(m_retries)});
        return;
    }
    ++m_retries;
    const std::chrono::seconds delay =
        RetryAfter::delay(response.retryAfter, response.date, m_nowUtc());
    qCInfo(lcFlow) << "503; retrying in" << delay.count() << "s";
    setStep(Step::WaitingToRetry);
    m_retryTimer->start(delay);
    Q_EMIT retryScheduled(delay);
}

void ProvisioningFlow::handleOk(Request kind, const HttpResponse &response)
{
    const bool blank = response.body.trimmed().isEmpty();
    if (kind == Request::Configuration && !m_sentToken && !m_settings.dedicatedOtp) {
        // §2.5.1 step 4: the first request of a first-time run is answered with a cookie and an
        // empty body (or a POLICY-only document); the server texts the OTP to the phone.
        std::optional<int> smsPort;
        bool pending = blank;
        if (!blank) {
            const Result<ProvisioningDocument> doc = ProvisioningDocument::parse(response.body);
            if (doc && doc->isPolicyOnly()) {
                pending = true;
                smsPort = doc->smsPort();
            }
        }
        if (pending) {
            // The server says a code is on its way: that is what counts against the rate limit
            // (a 409 or 403 to the same request texted nothing).
            recordTextedCode();
            setStep(Step::AwaitingOtp);
            m_otpTimer->start(m_settings.otpTimeout);
            Q_EMIT otpRequired(OtpPrompt{m_settings.identity.value(), smsPort == 0});
            return;
        }
    }
    if (blank) {
        fail(Error{ErrorCode::InvalidResponse,
                   tr("The configuration server sent an empty answer. Your current "
                      "configuration was kept."),
                   QStringLiteral("empty 200")});
        return;
    }
    applyDocument(response.body);
}

void ProvisioningFlow::applyDocument(const QByteArray &body)
{
    const Result<ProvisioningDocument> parsed = ProvisioningDocument::parse(body);
    if (!parsed) {
        // Never taken for version 0: a captive portal or a broken answer changes nothing.
        fail(Error{ErrorCode::InvalidResponse,
                   tr("The configuration server's answer is not a configuration document. "
                      "Your current configuration was kept."),
                   parsed.error().detail});
        return;
    }
    const ProvisioningDocument &doc = parsed.value();
    const std::optional<VersInfo> vers = doc.vers();
    if (!vers) {
        fail(Error{ErrorCode::InvalidResponse,
                   tr("The configuration server's answer has no configuration version. Your "
                      "current configuration was kept."),
                   QStringLiteral("no integer VERS version")});
        return;
    }
    if (vers->version < -3) {
        // Table 12 allows -3, -2, -1, 0 or a positive version: anything else is a malformed
        // answer, not a switch-off.
        fail(Error{ErrorCode::InvalidResponse,
                   tr("The configuration server's answer has no usable configuration version. "
                      "Your current configuration was kept."),
                   QStringLiteral("VERS version %1 out of range").arg(vers->version)});
        return;
    }
    if (vers->version <= 0) {
        if (const std::optional<UserMessage> message = doc.message())
            Q_EMIT serverMessage(*message);
        applyDisabled(*vers);
        return;
    }

    const QDateTime now = m_nowUtc();
    Profile profile = m_previous.value_or(Profile{});
    profile.identity = m_settings.identity;
    profile.server = m_settings.server;
    profile.deviceType = m_settings.deviceType;
    profile.friendlyName = m_settings.friendlyName;
    profile.dedicated = isDedicated();

    if (doc.isVersOnly()) {
        // Table 2: the version matches; keep the configuration, renew the validity. A VERS-only
        // answer for a version we do not hold is inconsistent. After a dormant answer the held
        // version is the document's: the service is on again.
        if (!m_previous || m_previous->heldVersion() <= 0
            || m_previous->heldVersion() != vers->version) {
            fail(Error{ErrorCode::InvalidResponse,
                       tr("The configuration server's answer does not match the configuration "
                          "on this device. Your current configuration was kept."),
                       QStringLiteral("VERS-only for a version not held")});
            return;
        }
        profile.version = vers->version;
    } else {
        profile.version = vers->version;
        profile.document = body;
        profile.pendingMessage = doc.message();
        if (profile.pendingMessage)
            profile.messageAnswer.clear();
    }
    profile.validityExpires = now.addSecs(qMax<qint64>(0, vers->validity));
    // A partial answer never resets what it does not mention: no TOKEN keeps the stored one.
    if (const std::optional<TokenInfo> token = doc.token()) {
        profile.token = token->token;
        profile.tokenExpires = token->validity.value_or(0) > 0
            ? now.addSecs(*token->validity) : QDateTime();
    }
    profile.updated = now;
    profile.failures = 0;
    profile.lastError.clear();
    m_profile = profile;
    finishStored();
}

void ProvisioningFlow::applyDisabled(const VersInfo &vers)
{
    const int version = vers.version;
    // Tables 3-5: the configuration is removed; a dormant client (-3) keeps it, service off.
    // The account stays known so that status can say why nothing is configured.
    Profile profile = m_previous.value_or(Profile{});
    profile.identity = m_settings.identity;
    profile.server = m_settings.server;
    profile.deviceType = m_settings.deviceType;
    profile.friendlyName = m_settings.friendlyName;
    profile.dedicated = isDedicated();
    profile.version = version;
    if (version == -3) {
        // Dormant: the document stays (its own VERS goes in the next request), the service is
        // off, and the next query is due after the validity this answer gives.
        profile.validityExpires = m_nowUtc().addSecs(qMax<qint64>(0, vers.validity));
    } else {
        profile.document.clear();
        profile.validityExpires = {};
    }
    if (version == -1) {
        // Permanently off: nothing is kept that could query again. After 0 and -2 the token
        // stays, so the next query (at start-up, or on the user's request) needs no new SMS;
        // should the server no longer know it, a 511 starts the first-time flow (§2.5.4).
        profile.token.clear();
        profile.tokenExpires = {};
    }
    profile.pendingMessage.reset();
    profile.updated = m_nowUtc();
    profile.failures = 0;
    const QString message = disabledMessage(version);
    profile.lastError = message;
    m_profile = profile;
    setStep(Step::Storing);
    QPointer<ProvisioningFlow> self(this);
    save(profile, [self, message, version](Status saved) {
        if (!self)
            return;
        self->setStep(Step::Failed);
        Q_EMIT self->failed(saved ? Error{ErrorCode::DisabledByServer, message,
                                          QStringLiteral("version %1").arg(version)}
                                  : saved.error());
    });
}

bool ProvisioningFlow::isDedicated() const
{
    return m_settings.dedicatedOtp.has_value() || (m_previous && m_previous->dedicated);
}

QString ProvisioningFlow::dedicatedNeedsNewCode() const
{
    return tr("The operator no longer accepts this device's credentials for %1. Get a new code "
              "from your provider and link the account again with it.")
        .arg(m_settings.identity.value());
}

void ProvisioningFlow::save(const Profile &profile, std::function<void(Status)> done)
{
    QPointer<ProvisioningFlow> self(this);
    m_store->save(profile, [self, profile, done](Status saved) {
        if (self && saved && self->m_index) {
            self->m_index->upsert({profile.accountId(), profile.server});
            if (self->m_index->activeAccount().isEmpty())
                self->m_index->setActiveAccount(profile.accountId());
            self->m_index->sync();
        }
        done(saved);
    });
}

void ProvisioningFlow::finishStored()
{
    setStep(Step::Storing);
    QPointer<ProvisioningFlow> self(this);
    save(m_profile, [self](Status saved) {
        if (!self)
            return;
        if (!saved) {
            self->setStep(Step::Failed);
            Q_EMIT self->failed(saved.error());
            return;
        }
        if (self->m_index) {
            self->m_index->setActiveAccount(self->m_profile.accountId());
            self->m_index->sync();
        }
        qCInfo(lcFlow) << "configuration version" << self->m_profile.version << "stored";
        if (const std::optional<UserMessage> message = self->m_profile.pendingMessage) {
            if (message->rejectButton) {
                // §2.2.3: with a Reject button the configuration waits for the answer.
                self->setStep(Step::AwaitingMessageAnswer);
                Q_EMIT self->serverMessage(*message);
                return;
            }
            // Without one it is enabled whatever the user does; the message is still shown.
            self->setStep(Step::Succeeded);
            Q_EMIT self->succeeded(self->m_profile);
            if (self)
                Q_EMIT self->serverMessage(*message);
            return;
        }
        self->setStep(Step::Succeeded);
        Q_EMIT self->succeeded(self->m_profile);
    });
}

void ProvisioningFlow::fail(Error error, bool countsAsAttempt)
{
    qCInfo(lcFlow) << "failed:" << error.detail;
    m_retryTimer->stop();
    // A stored configuration stays in use, even if expired (§2.2.4); only the count changes.
    if (countsAsAttempt && m_previous) {
        Profile updated = *m_previous;
        updated.failures += 1;
        updated.lastError = error.userMessage;
        failAfterSaving(updated, error);
        return;
    }
    setStep(Step::Failed);
    Q_EMIT failed(error);
}

void ProvisioningFlow::failAfterSaving(const Profile &profile, const Error &error)
{
    // The outcome is announced once the profile is stored: a CLI exits right after it.
    m_profile = profile;
    setStep(Step::Storing);
    QPointer<ProvisioningFlow> self(this);
    save(profile, [self, error](Status) {
        if (!self)
            return;
        self->setStep(Step::Failed);
        Q_EMIT self->failed(error);
    });
}

} // namespace spdc
