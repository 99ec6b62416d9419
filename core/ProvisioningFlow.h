#pragma once

#include "DeviceType.h"
#include "Identity.h"
#include "Profile.h"
#include "Result.h"

#include <QLocale>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>
#include <utility>

class QNetworkAccessManager;
class QTimer;

namespace spdc {

class AccountIndex;
class HttpExchange;
class ProfileStore;
struct HttpResponse;

// Everything a flow needs to know before it starts.
struct FlowSettings
{
    Identity identity;
    QUrl server;
    DeviceType deviceType = DeviceType::PC;
    QString friendlyName;
    // §2.6: the code obtained out of band goes in the first request (Table 14).
    std::optional<QString> dedicatedOtp;
    QLocale locale;
    QList<QSslCertificate> extraCa;
    std::chrono::milliseconds timeout{std::chrono::seconds(30)};
    // How long a texted code is waited for before offering a new one.
    std::chrono::milliseconds otpTimeout{std::chrono::minutes(5)};
    // Each first request makes the operator send a paid SMS: codes are rate-limited per
    // identity, across flows and processes, the interval doubling with each code.
    std::chrono::seconds newCodeInterval{30};
    // 503 answers retried within one run before giving up.
    int maxRetries = 5;
};

// What the OTP dialog needs to tell the user.
struct OtpPrompt
{
    QString destination;        // where the code was sent: the primary identity
    bool visibleSms = false;    // POLICY SMS_port=0: the code arrives as a visible SMS
};

// The provisioning dialogue of §2.5 (and §2.6) as an explicit state machine.
//
//   Idle -> FirstRequest -> (200, empty or POLICY-only) -> AwaitingOtp -> OtpRequest
//        -> (200 + configuration) -> Storing [-> AwaitingMessageAnswer] -> Succeeded
//
// With a stored token the first request is answered with the configuration directly (§2.5.3);
// a 409 goes through AwaitingDeviceName, a 503 through WaitingToRetry. Any step can end in
// Failed. The flow asks its user through signals (otpRequired) and takes
// answers through slots (submitOtp, cancel); the GUI, the CLI and the tests answer the same
// way. One QNetworkAccessManager, and so one cookie jar, per flow.
class ProvisioningFlow : public QObject
{
    Q_OBJECT
public:
    enum class Step {
        Idle,
        FirstRequest,
        AwaitingOtp,
        OtpRequest,
        AwaitingDeviceName,
        WaitingToRetry,
        Storing,
        AwaitingMessageAnswer,
        Succeeded,
        Failed,
    };
    Q_ENUM(Step)

    static constexpr int MaxOtpLength = 8;             // Table 13: String (8 max)
    static constexpr int MaxFriendlyNameLength = 30;   // Table 12: 30 max before escaping

    ProvisioningFlow(ProfileStore *store, AccountIndex *index, FlowSettings settings,
                     QObject *parent = nullptr);
    ~ProvisioningFlow() override;

    // Checks what the user typed against the Format column of Tables 12-14; nothing is sent
    // for settings that fail.
    static Status validate(const FlowSettings &settings);

    Step step() const { return m_step; }
    const FlowSettings &settings() const { return m_settings; }
    // The stored profile once the flow has succeeded.
    const Profile &profile() const { return m_profile; }

    // How long until a request that makes the operator text a code may go out for this
    // identity (zero: now): requestNewCode(), and any first-time start of any flow.
    std::chrono::seconds newCodeAvailableIn() const;

    // An injectable clock, for validity expiry.
    void setClock(std::function<QDateTime()> nowUtc) { m_nowUtc = std::move(nowUtc); }

public Q_SLOTS:
    void start();
    void submitOtp(const QString &otp);
    // Sends the first request again so the operator texts a new code (rate-limited).
    void requestNewCode();
    // After deviceNameConflict: retry with another friendly_device_name (Table 7, 409).
    void chooseDeviceName(const QString &name);
    // The user's answer to serverMessage (§2.2.3).
    void acceptMessage();
    void rejectMessage();
    void cancel();

Q_SIGNALS:
    void stepChanged(spdc::ProvisioningFlow::Step step);
    // The server has texted a code to the primary device (§2.5.1 a/b): ask the user for it.
    void otpRequired(const spdc::OtpPrompt &prompt);
    // An answer the flow cannot use (an empty or too long OTP); the step does not change.
    void inputRejected(const spdc::Error &error);
    // No code was entered in time: offer a new code or another number.
    void otpExpired();
    // 409: another device of this identity already uses the name; ask for another.
    void deviceNameConflict(const QString &rejectedName);
    // 503: the flow waits as told and then retries by itself.
    void retryScheduled(std::chrono::seconds delay);
    // MSG (§2.2.3): show it with exactly the buttons it asks for. With a Reject button the flow
    // waits in AwaitingMessageAnswer; without one the configuration is already enabled.
    void serverMessage(const spdc::UserMessage &message);
    void succeeded(const spdc::Profile &profile);
    void failed(const spdc::Error &error);

private:
    enum class Request { Configuration, Otp };

    void setStep(Step step);
    void loadPreviousThenSend();
    void sendConfigurationRequest();
    void send(const QUrl &url, Request kind);
    void onResponse(Request kind, const Result<HttpResponse> &result);
    void handleOk(Request kind, const HttpResponse &response);
    void applyDocument(const QByteArray &body);
    void applyDisabled(const VersInfo &vers);
    // §2.6: this run or the stored account uses a dedicated identity.
    bool isDedicated() const;
    QString dedicatedNeedsNewCode() const;
    void fail(Error error, bool countsAsAttempt = true);
    void failAfterSaving(const Profile &profile, const Error &error);
    void finishStored();
    void save(const Profile &profile, std::function<void(Status)> done);
    void scheduleRetry(const HttpResponse &response);
    void restartFirstTime();
    // The codes texted to this identity lately: when the last one was, and how many in a row.
    std::pair<QDateTime, int> textedCodes() const;
    void recordTextedCode();

    // What went out last, to send again after a 503.
    QUrl m_lastUrl;
    Request m_lastKind = Request::Configuration;
    int m_retries = 0;
    QTimer *m_retryTimer = nullptr;
    QTimer *m_otpTimer = nullptr;
    // Without an account index the record of texted codes is this flow's own.
    QDateTime m_localLastCode;
    int m_localCodes = 0;

    ProfileStore *m_store;
    AccountIndex *m_index;
    FlowSettings m_settings;
    QSslConfiguration m_tls;
    QNetworkAccessManager *m_manager = nullptr;
    QPointer<HttpExchange> m_exchange;
    Step m_step = Step::Idle;
    std::optional<Profile> m_previous;   // what was stored before this run
    bool m_sentToken = false;
    Profile m_profile;
    std::function<QDateTime()> m_nowUtc;
};

} // namespace spdc

Q_DECLARE_METATYPE(spdc::OtpPrompt)
Q_DECLARE_METATYPE(spdc::UserMessage)
