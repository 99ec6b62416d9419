#include "AccountIndex.h"
#include "AcsSimProcess.h"
#include "Branding.h"
#include "KeychainSecretStore.h"
#include "ProfileStore.h"
#include "ProvisioningDocument.h"
#include "ProvisioningFlow.h"
#include "RenewalScheduler.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace spdc;
using namespace std::chrono_literals;

// The §2.5 / §2.6 flow against acs-sim over real TLS, storing in the real keychain.
class TestProvisioningFlow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void firstTimeLinkStoresTheServedConfiguration();
    void subsequentAttemptUsesTheToken();
    void corpusDocumentIsStoredByteForByte();
    void visibleSmsPolicyIsReported();
    void dedicatedIdentityNeedsNoSms();
    void unknownNumberIsForbidden();
    void wrongOtpFailsAuthentication();
    void untrustedServerSendsNothing();
    void silentServerTimesOut();
    void redirectIsNotFollowed();
    void serverErrorKeepsConfiguration();
    void disablingAnswerRemovesConfiguration();
    void tooLongOtpIsRejectedWithoutSending();
    // Issue 3: every server answer.
    void nameConflictAsksForAnotherName();
    void busyServerIsRetriedAsTold();
    void busyServerGivesUpAfterRetries();
    void rejectedTokenStartsFirstTimeFlow();
    void resetAnswerRemovesConfigurationKeepsToken();
    void untilUserAnswer();
    void dormantAnswerKeepsConfiguration();
    void acceptOnlyMessageEnablesConfiguration_data();
    void acceptOnlyMessageEnablesConfiguration();
    void rejectableMessageWaitsForTheAnswer_data();
    void rejectableMessageWaitsForTheAnswer();
    void unansweredMessagePersists();
    void unusableAnswersKeepConfiguration_data();
    void unusableAnswersKeepConfiguration();
    void specialCharactersArriveAsTyped();
    void newCodeIsRateLimited();
    void otpWaitTimesOut();
    // Issue 3, second slice.
    void dedicatedAccountSendsAnEmptyOtpWithItsToken();
    void dedicatedTokenRejectedAsksForANewCode();
    void retryAfterDateIsMeasuredAgainstTheServersClock();
    void forbiddenRemovesALinkedConfiguration();
    void expiredConfigurationKeptAfterServerError();
    void versOnlyAnswer_data();
    void versOnlyAnswer();
    void explicitZeroTokenValidityNeverExpires();
    void slowAnswerTimesOut();
    // Issue 3: never a burst of paid SMS, whichever flow sends the first request.
    void codesAreRateLimitedAcrossFlows();
    void nameConflictTextsNoCode();

private:
    FlowSettings settingsFor(const QString &number, const AcsSimProcess &sim) const;
    // Runs a flow to its end, answering the OTP prompt with `otp` (or the sim's code).
    bool run(ProvisioningFlow &flow, AcsSimProcess &sim, const QString &otp = QString(),
             int *otpPrompts = nullptr);
    Result<Profile> stored(const QString &account);
    // Links `number` first-time and returns the stored profile.
    Profile linked(const QString &number);
    Error failureOf(QSignalSpy &failed) const
    {
        // No failure is a mismatch for the caller's QCOMPARE, not a crash.
        return failed.isEmpty() ? Error{ErrorCode::NotFound, QStringLiteral("(none)"), QStringLiteral("(none)")}
                                : failed.first().at(0).value<Error>();
    }

    QTemporaryDir m_settingsDir;
    std::unique_ptr<AccountIndex> m_index;
    KeychainSecretStore *m_secrets = nullptr;
    ProfileStore *m_store = nullptr;
    AcsSimProcess m_sim;
};

void TestProvisioningFlow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_secrets = new KeychainSecretStore(QStringLiteral(SPDC_APP_ID), this);
    m_secrets->setTimeout(10s);
    m_store = new ProfileStore(m_secrets, this);
    QVERIFY(m_sim.start({QStringLiteral("--taken-name"), QStringLiteral("Taken PC")}));
}

void TestProvisioningFlow::init()
{
    // Each test starts with fresh user settings, and so with no record of texted codes: the
    // rate limit between tests would otherwise depend on how fast the previous one ran.
    m_index.reset();
    QFile::remove(m_settingsDir.filePath(QStringLiteral("index.ini")));
    m_index = std::make_unique<AccountIndex>(m_settingsDir.filePath(QStringLiteral("index.ini")));
}

FlowSettings TestProvisioningFlow::settingsFor(const QString &number, const AcsSimProcess &sim) const
{
    FlowSettings settings;
    settings.identity = Identity::fromAccountId(number).value();
    settings.server = sim.url();
    settings.extraCa = sim.caCertificates();
    settings.deviceType = DeviceType::PC;
    settings.friendlyName = QStringLiteral("Büro PC & Co");
    settings.locale = QLocale(QStringLiteral("de_DE"));
    settings.timeout = 10s;
    return settings;
}

bool TestProvisioningFlow::run(ProvisioningFlow &flow, AcsSimProcess &sim, const QString &otp,
                               int *otpPrompts)
{
    int prompts = 0;
    connect(&flow, &ProvisioningFlow::otpRequired, this, [&](const OtpPrompt &prompt) {
        ++prompts;
        QCOMPARE(prompt.destination, flow.settings().identity.value());
        const int seen = int(sim.otps().size()) - 1;
        flow.submitOtp(otp.isEmpty() ? sim.waitForOtp(qMax(0, seen)) : otp);
    });
    QSignalSpy done(&flow, &ProvisioningFlow::succeeded);
    QSignalSpy failed(&flow, &ProvisioningFlow::failed);
    flow.start();
    const bool finished = QTest::qWaitFor([&] { return done.size() + failed.size() > 0; }, 30000);
    if (otpPrompts)
        *otpPrompts = prompts;
    return finished;
}

Result<Profile> TestProvisioningFlow::stored(const QString &account)
{
    // A fresh store: what is in the keychain, not what is cached.
    KeychainSecretStore secrets(QStringLiteral(SPDC_APP_ID));
    secrets.setTimeout(10s);
    ProfileStore store(&secrets);
    std::optional<Result<Profile>> result;
    store.load(account, [&](Result<Profile> loaded) { result = std::move(loaded); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 15000))
        return Error{ErrorCode::KeychainUnavailable, QStringLiteral("timeout"), QString()};
    return *result;
}

void TestProvisioningFlow::firstTimeLinkStoresTheServedConfiguration()
{
    const QString number = QStringLiteral("+15550100001");
    ProvisioningFlow flow(m_store, m_index.get(), settingsFor(number, m_sim));
    QSignalSpy steps(&flow, &ProvisioningFlow::stepChanged);
    QSignalSpy done(&flow, &ProvisioningFlow::succeeded);
    int prompts = 0;
    QVERIFY(run(flow, m_sim, QString(), &prompts));
    QCOMPARE(done.size(), 1);
    QCOMPARE(prompts, 1);
    QCOMPARE(flow.step(), ProvisioningFlow::Step::Succeeded);
    QList<ProvisioningFlow::Step> seen;
    for (const auto &args : steps)
        seen << args.at(0).value<ProvisioningFlow::Step>();
    QCOMPARE(seen, (QList<ProvisioningFlow::Step>{ProvisioningFlow::Step::FirstRequest,
                                                   ProvisioningFlow::Step::AwaitingOtp,
                                                   ProvisioningFlow::Step::OtpRequest,
                                                   ProvisioningFlow::Step::Storing,
                                                   ProvisioningFlow::Step::Succeeded}));

    // In the keychain: the served document byte for byte, its version, token and expiry.
    const Result<Profile> profile = stored(number);
    QVERIFY2(profile, qPrintable(profile.ok() ? QString() : profile.error().detail));
    const QByteArray served = m_sim.lastDocument();
    QVERIFY(!served.isEmpty());
    QCOMPARE(profile->document, served);
    const auto doc = ProvisioningDocument::parse(served);
    QVERIFY(doc);
    QCOMPARE(profile->version, doc->vers()->version);
    QCOMPARE(profile->token, doc->token()->token);
    const qint64 validity = doc->vers()->validity;
    QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(profile->validityExpires) - validity) < 60);
    QCOMPARE(profile->friendlyName, QStringLiteral("Büro PC & Co"));
    // The index knows the account, without secrets, and made it the active one.
    QCOMPARE(m_index->activeAccount(), number);
    QFile index(m_settingsDir.filePath(QStringLiteral("index.ini")));
    QVERIFY(index.open(QIODevice::ReadOnly));
    QVERIFY(!index.readAll().contains(profile->token.toUtf8()));

    // On the wire: Table 12 then Table 13, the '+' as %2B once, the cookie on the second.
    const QJsonArray requests = m_sim.requests();
    QVERIFY(requests.size() >= 2);
    const QJsonObject first = requests.at(requests.size() - 2).toObject();
    const QJsonObject second = requests.at(requests.size() - 1).toObject();
    QVERIFY(first.value(QLatin1String("target")).toString().contains(QLatin1String("msisdn=%2B15550100001")));
    const QJsonObject params = first.value(QLatin1String("params")).toObject();
    QCOMPARE(params.value(QLatin1String("msisdn")).toString(), number);
    QCOMPARE(params.value(QLatin1String("token")).toString(), QString());
    QCOMPARE(params.value(QLatin1String("vers")).toString(), QStringLiteral("0"));
    QCOMPARE(params.value(QLatin1String("device_type")).toString(), QStringLiteral("PC"));
    QCOMPARE(params.value(QLatin1String("provisioning_version")).toString(), QStringLiteral("1.0"));
    QCOMPARE(params.value(QLatin1String("friendly_device_name")).toString(), QStringLiteral("Büro PC & Co"));
    QCOMPARE(first.value(QLatin1String("accept_language")).toString(), QStringLiteral("de-DE"));
    QVERIFY(first.value(QLatin1String("cookie")).toString().isEmpty());
    QVERIFY(second.value(QLatin1String("cookie")).toString().contains(QLatin1String("acs-session=")));
    QVERIFY(second.value(QLatin1String("params")).toObject().contains(QLatin1String("OTP")));
}

void TestProvisioningFlow::subsequentAttemptUsesTheToken()
{
    const QString number = QStringLiteral("+15550100002");
    {
        ProvisioningFlow flow(m_store, m_index.get(), settingsFor(number, m_sim));
        QVERIFY(run(flow, m_sim));
        QCOMPARE(flow.step(), ProvisioningFlow::Step::Succeeded);
    }
    const Profile before = stored(number).value();

    // §2.5.3: one request with the stored version and token, no OTP dialog; Table 2 answer.
    ProvisioningFlow again(m_store, m_index.get(), settingsFor(number, m_sim));
    int prompts = 0;
    QVERIFY(run(again, m_sim, QString(), &prompts));
    QCOMPARE(again.step(), ProvisioningFlow::Step::Succeeded);
    QCOMPARE(prompts, 0);
    const QJsonObject last = m_sim.requests().last().toObject();
    const QJsonObject params = last.value(QLatin1String("params")).toObject();
    QCOMPARE(params.value(QLatin1String("token")).toString(), before.token);
    QCOMPARE(params.value(QLatin1String("vers")).toString(), QString::number(before.version));
    const Profile after = stored(number).value();
    QCOMPARE(after.document, before.document); // a VERS-only answer keeps the configuration
    QVERIFY(after.validityExpires >= before.validityExpires);
}

void TestProvisioningFlow::corpusDocumentIsStoredByteForByte()
{
    AcsSimProcess sim;
    const QString path = QStringLiteral(SPDC_CORPUS_DIR "/09-ts43-vendorA-vowifi-entities-nodecl.xml");
    QVERIFY(sim.start({QStringLiteral("--document"), path}));
    const QString number = QStringLiteral("+15550100003");
    ProvisioningFlow flow(m_store, m_index.get(), settingsFor(number, sim));
    QVERIFY(run(flow, sim));
    QCOMPARE(flow.step(), ProvisioningFlow::Step::Succeeded);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const Profile profile = stored(number).value();
    QCOMPARE(profile.document, file.readAll());
    QCOMPARE(profile.version, 1);
    QCOMPARE(profile.token, QStringLiteral("Tq3xWmB7fLpZ21cVnYd8Ke+uRsHa4JoN"));
    QVERIFY(profile.tokenExpires.isValid()); // TOKEN validity 3600
}

void TestProvisioningFlow::visibleSmsPolicyIsReported()
{
    AcsSimProcess sim;
    QVERIFY(sim.start({QStringLiteral("--policy-sms-port"), QStringLiteral("0")}));
    ProvisioningFlow flow(m_store, m_index.get(), settingsFor(QStringLiteral("+15550100004"), sim));
    QSignalSpy prompts(&flow, &ProvisioningFlow::otpRequired);
    flow.start();
    QVERIFY(prompts.wait(15000));
    QCOMPARE(prompts.first().at(0).value<OtpPrompt>().visibleSms, true);
    QCOMPARE(flow.step(), ProvisioningFlow::Step::AwaitingOtp);
    flow.cancel();
    QCOMPARE(flow.step(), ProvisioningFlow::Step::Failed);
}

void TestProvisioningFlow::dedicatedIdentityNeedsNoSms()
{
    // §2.6: the code obtained out of band travels in the first request (Table 14).
    FlowSettings settings = settingsFor(QStringLiteral("sip:device@example.com"), m_sim);
    settings.dedicatedOtp = QStringLiteral("13572468");
    ProvisioningFlow flow(m_store, m_index.get(), settings);
    int prompts = 0;
    const int smsBefore = int(m_sim.otps().size());
    QVERIFY(run(flow, m_sim, QString(), &prompts));
    QCOMPARE(flow.step(), ProvisioningFlow::Step::Succeeded);
    QCOMPARE(prompts, 0);
    QCOMPARE(int(m_sim.otps().size()), smsBefore);
    const QJsonObject params = m_sim.requests().last().toObject().value(QLatin1String("params")).toObject();
    QCOMPARE(params.value(QLatin1String("OTP")).toString(), QStringLiteral("13572468"));
    QCOMPARE(params.value(QLatin1String("sip_uri")).toString(), QStringLiteral("sip:device@example.com"));
}

void TestProvisioningFlow::unknownNumberIsForbidden()
{
    const QString number = QStringLiteral("+15550100777");
    ProvisioningFlow flow(m_store, m_index.get(), settingsFor(number, m_sim));
    QSignalSpy failed(&flow, &ProvisioningFlow::failed);
    QVERIFY(run(flow, m_sim));
    QCOMPARE(failed.size(), 1);
    const Error error = failed.first().at(0).value<Error>();
    QCOMPARE(error.code, ErrorCode::Forbidden);
    QVERIFY(error.userMessage.contains(number));
    QCOMPARE(stored(number).error().code, ErrorCode::NotFound);
    QVERIFY(!m_index->find(number));
}

void TestProvisioningFlow::wrongOtpFailsAuthentication()
{
    const QString number = QStringLiteral("+15550100005");
    ProvisioningFlow flow(m_store, m_index.get(), settingsFor(number, m_sim));
    QSignalSpy failed(&flow, &ProvisioningFlow::failed);
    QVERIFY(run(flow, m_sim, QStringLiteral("00000000")));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(0).value<Error>().code, ErrorCode::AuthenticationFailed);
    QCOMPARE(stored(number).error().code, ErrorCode::NotFound);
}

void TestProvisioningFlow::untrustedServerSendsNothing()
{
    FlowSettings settings = settingsFor(QStringLiteral("+15550100006"), m_sim);
    settings.extraCa.clear(); // only the system roots: the sim's CA is not among them
    const int before = int(m_sim.requests().size());
    ProvisioningFlow flow(m_store, m_index.get(), settings);
    QSignalSpy failed(&flow, &ProvisioningFlow::failed);
    QVERIFY(run(flow, m_sim));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(0).value<Error>().code, ErrorCode::TlsError);
    QCOMPARE(int(m_sim.requests().size()), before);
}

void TestProvisioningFlow::silentServerTimesOut()
{
    QTcpServer silent; // accepts connections and never answers
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    FlowSettings settings = settingsFor(QStringLiteral("+15550100006"), m_sim);
    settings.server = QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(silent.serverPort()));
    settings.timeout = 500ms;
    ProvisioningFlow flow(m_store, m_index.get(), settings);
    QSignalSpy failed(&flow, &ProvisioningFlow::failed);
    QVERIFY(run(flow, m_sim));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(0).value<Error>().code, ErrorCode::Timeout);
}

void TestProvisioningFlow::redirectIsNotFollowed()
{
    // To the simulator itself, same host and https: a redirect Qt's default policy would follow.
    const QString target = QString::fromLatin1(QUrl::toPercentEncoding(m_sim.url().toString()));
    m_sim.control(QStringLiteral("/_sim/enqueue?status=302&location=") + target);
    const int before = int(m_sim.requests().size());
    ProvisioningFlow flow(m_store, m_index.get(), settingsFor(QStringLiteral("+15550100006"), m_sim));
    QSignalSpy failed(&flow, &ProvisioningFlow::failed);
    QVERIFY(run(flow, m_sim));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failureOf(failed).code, ErrorCode::InvalidResponse);
    QVERIFY(failureOf(failed).detail.contains(QLatin1String("redirect")));
    QCOMPARE(int(m_sim.requests().size()), before + 1); // the Location was never asked for
}

void TestProvisioningFlow::serverErrorKeepsConfiguration()
{
    const QString number = QStringLiteral("+15550100007");
    {
        ProvisioningFlow flow(m_store, m_index.get(), settingsFor(number, m_sim));
        QVERIFY(run(flow, m_sim));
        QCOMPARE(flow.step(), ProvisioningFlow::Step::Succeeded);
    }
    const Profile before = stored(number).value();
    m_sim.control(QStringLiteral("/_sim/enqueue?status=500"));
    ProvisioningFlow flow(m_store, m_index.get(), settingsFor(number, m_sim));
    QSignalSpy failed(&flow, &ProvisioningFlow::failed);
    QVERIFY(run(flow, m_sim));
    QCOMPARE(failed.first().at(0).value<Error>().code, ErrorCode::ServerError);
    QTest::qWait(200); // the failure count is saved asynchronously
    const Profile after = stored(number).value();
    QCOMPARE(after.document, before.document); // still in use (§2.2.4)
    QCOMPARE(after.token, before.token);
    QCOMPARE(after.failures, before.failures + 1);
}

void TestProvisioningFlow::disablingAnswerRemovesConfiguration()
{
    const QString number = QStringLiteral("+15550100008");
    {
        ProvisioningFlow flow(m_store, m_index.get(), settingsFor(number, m_sim));
        QVERIFY(run(flow, m_sim));
        QCOMPARE(flow.step(), ProvisioningFlow::Step::Succeeded);
    }
    // Table 4: version and validity -1.
    m_sim.control(QStringLiteral("/_sim/enqueue?status=200&body=disable-permanently"));
    ProvisioningFlow flow(m_store, m_index.get(), settingsFor(number, m_sim));
    QSignalSpy failed(&flow, &ProvisioningFlow::failed);
    QVERIFY(run(flow, m_sim));
    QCOMPARE(failed.first().at(0).value<Error>().code, ErrorCode::DisabledByServer);
    const Profile after = stored(number).value();
    QCOMPARE(after.version, -1);
    QVERIFY(after.document.isEmpty());
    QVERIFY(after.token.isEmpty());
    QCOMPARE(profileState(after, QDateTime::currentDateTimeUtc()), ProfileState::DisabledPermanently);

    // Table 4: linking the same identity again sends nothing (no paid SMS) and says why.
    const int requests = int(m_sim.requests().size());
    const int sms = int(m_sim.otps().size());
    ProvisioningFlow relink(m_store, m_index.get(), settingsFor(number, m_sim));
    QSignalSpy refused(&relink, &ProvisioningFlow::failed);
    QVERIFY(run(relink, m_sim));
    QCOMPARE(failureOf(refused).code, ErrorCode::DisabledByServer);
    QVERIFY(failureOf(refused).userMessage.contains(QLatin1String("Reset")));
    QCOMPARE(int(m_sim.requests().size()), requests);
    QCOMPARE(int(m_sim.otps().size()), sms);
    // What a reset of the account does; later tests link this number again.
    std::optional<Status> removed;
    m_store->remove(number, [&](Status status) { removed = status; });
    QTRY_VERIFY(removed.has_value());
}

void TestProvisioningFlow::tooLongOtpIsRejectedWithoutSending()
{
    ProvisioningFlow flow(m_store, m_index.get(), settingsFor(QStringLiteral("+15550100009"), m_sim));
    QSignalSpy prompts(&flow, &ProvisioningFlow::otpRequired);
    QSignalSpy rejected(&flow, &ProvisioningFlow::inputRejected);
    flow.start();
    QVERIFY(prompts.wait(15000));
    const int before = int(m_sim.requests().size());
    flow.submitOtp(QStringLiteral("123456789")); // Table 13: 8 characters at most
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(flow.step(), ProvisioningFlow::Step::AwaitingOtp);
    QCOMPARE(int(m_sim.requests().size()), before);
    flow.cancel();
}

Profile TestProvisioningFlow::linked(const QString &number)
{
    ProvisioningFlow flow(m_store, m_index.get(), settingsFor(number, m_sim));
    run(flow, m_sim);
    if (flow.step() != ProvisioningFlow::Step::Succeeded)
        qWarning("linking %s failed", qPrintable(number));
    return stored(number).value();
}

void TestProvisioningFlow::nameConflictAsksForAnotherName()
{
    FlowSettings settings = settingsFor(QStringLiteral("+15550100001"), m_sim);
    settings.friendlyName = QStringLiteral("Taken PC");
    m_store->remove(settings.identity.accountId(), [](Status) {});
    ProvisioningFlow flow(m_store, m_index.get(), settings);
    QSignalSpy conflicts(&flow, &ProvisioningFlow::deviceNameConflict);
    QSignalSpy rejected(&flow, &ProvisioningFlow::inputRejected);
    connect(&flow, &ProvisioningFlow::deviceNameConflict, this, [&](const QString &name) {
        QCOMPARE(name, QStringLiteral("Taken PC"));
        QCOMPARE(flow.step(), ProvisioningFlow::Step::AwaitingDeviceName);
        flow.chooseDeviceName(QString(31, u'x')); // too long: asked again, nothing sent
        flow.chooseDeviceName(QStringLiteral("Spare PC"));
    });
    QVERIFY(run(flow, m_sim));
    QCOMPARE(flow.step(), ProvisioningFlow::Step::Succeeded);
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(stored(QStringLiteral("+15550100001"))->friendlyName, QStringLiteral("Spare PC"));
    const QJsonArray requests = m_sim.requests();
    QCOMPARE(requests.at(requests.size() - 2).toObject().value(QLatin1String("params")).toObject()
                 .value(QLatin1String("friendly_device_name")).toString(), QStringLiteral("Spare PC"));
}

void TestProvisioningFlow::busyServerIsRetriedAsTold()
{
    m_sim.control(QStringLiteral("/_sim/enqueue?status=503&retry_after=1"));
    ProvisioningFlow flow(m_store, m_index.get(), settingsFor(QStringLiteral("+15550100002"), m_sim));
    QSignalSpy retries(&flow, &ProvisioningFlow::retryScheduled);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(run(flow, m_sim));
    QCOMPARE(flow.step(), ProvisioningFlow::Step::Succeeded);
    QCOMPARE(retries.size(), 1);
    QCOMPARE(retries.first().at(0).value<std::chrono::seconds>(), std::chrono::seconds(1));
    QVERIFY(clock.elapsed() >= 1000); // it waited as told
}

void TestProvisioningFlow::busyServerGivesUpAfterRetries()
{
    FlowSettings settings = settingsFor(QStringLiteral("+15550100002"), m_sim);
    settings.maxRetries = 2;
    for (int i = 0; i < 3; ++i)
        m_sim.control(QStringLiteral("/_sim/enqueue?status=503&retry_after=1"));
    ProvisioningFlow flow(m_store, m_index.get(), settings);
    QSignalSpy failed(&flow, &ProvisioningFlow::failed);
    QSignalSpy retries(&flow, &ProvisioningFlow::retryScheduled);
    QVERIFY(run(flow, m_sim));
    QCOMPARE(retries.size(), 2);
    QCOMPARE(failureOf(failed).code, ErrorCode::ServerError);
}

void TestProvisioningFlow::rejectedTokenStartsFirstTimeFlow()
{
    const QString number = QStringLiteral("+15550100003");
    const Profile before = linked(number);
    QVERIFY(!before.token.isEmpty());
    m_sim.control(QStringLiteral("/_sim/revoke-token?identity=%2B15550100003"));
    // §2.5.4: a 511 to the token request: delete it and run the first-time flow. Linking
    // texted a code just now: the flow runs once the rate limit lets a new one go.
    ProvisioningFlow flow(m_store, m_index.get(), settingsFor(number, m_sim));
    const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(31);
    flow.setClock([later] { return later; });
    int prompts = 0;
    QVERIFY(run(flow, m_sim, QString(), &prompts));
    QCOMPARE(flow.step(), ProvisioningFlow::Step::Succeeded);
    QCOMPARE(prompts, 1);
    const QJsonArray requests = m_sim.requests();
    const QJsonObject retried = requests.at(requests.size() - 2).toObject().value(QLatin1String("params")).toObject();
    QCOMPARE(retried.value(QLatin1String("token")).toString(), QString());
    QCOMPARE(retried.value(QLatin1String("vers")).toString(), QStringLiteral("0"));
    const Profile after = stored(number).value();
    QVERIFY(!after.token.isEmpty());
    QVERIFY(after.token != before.token);
}

void TestProvisioningFlow::resetAnswerRemovesConfigurationKeepsToken()
{
    const QString number = QStringLiteral("+15550100004");
    const Profile before = linked(number);
    m_sim.control(QStringLiteral("/_sim/enqueue?status=200&body=reset"));
    ProvisioningFlow flow(m_store, m_index.get(), settingsFor(number, m_sim));
    QSignalSpy failed(&flow, &ProvisioningFlow::failed);
    QVERIFY(run(flow, m_sim));
    QCOMPARE(failureOf(failed).code, ErrorCode::DisabledByServer);
    const Profile after = stored(number).value();
    QCOMPARE(after.version, 0);
    QVERIFY(after.document.isEmpty());
    QCOMPARE(after.token, before.token); // the start-up query needs no new SMS
    QCOMPARE(profileState(after, QDateTime::currentDateTimeUtc()), ProfileState::Reset);
    QVERIFY(RenewalScheduler::decide(after, RenewalScheduler::Trigger::Startup,
                                     QDateTime::currentDateTimeUtc(), 0).query);
}

void TestProvisioningFlow::untilUserAnswer()
{
    const QString number = QStringLiteral("+15550100005");
    linked(number);
    m_sim.control(QStringLiteral("/_sim/enqueue?status=200&body=disable-until-user"));
    ProvisioningFlow flow(m_store, m_index.get(), settingsFor(number, m_sim));
    QSignalSpy failed(&flow, &ProvisioningFlow::failed);
    QVERIFY(run(flow, m_sim));
    QCOMPARE(failureOf(failed).code, ErrorCode::DisabledByServer);
    const Profile after = stored(number).value();
    QCOMPARE(profileState(after, QDateTime::currentDateTimeUtc()), ProfileState::DisabledUntilUser);
    QVERIFY(after.document.isEmpty());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(!RenewalScheduler::decide(after, RenewalScheduler::Trigger::Startup, now, 0).query);
    QVERIFY(RenewalScheduler::decide(after, RenewalScheduler::Trigger::User, now, 0).query);
}

void TestProvisioningFlow::dormantAnswerKeepsConfiguration()
{
    const QString number = QStringLiteral("+15550100006");
    const Profile before = linked(number);
    m_sim.control(QStringLiteral("/_sim/enqueue?status=200&body=dormant&validity=7200"));
    ProvisioningFlow flow(m_store, m_index.get(), settingsFor(number, m_sim));
    QSignalSpy failed(&flow, &ProvisioningFlow::failed);
    QVERIFY(run(flow, m_sim));
    QCOMPARE(failureOf(failed).code, ErrorCode::DisabledByServer);
    const Profile after = stored(number).value();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCOMPARE(profileState(after, now), ProfileState::Dormant);
    QCOMPARE(after.document, before.document); // kept, service off
    // It asks again after the validity of the -3 answer, not before.
    QVERIFY(qAbs(now.secsTo(after.validityExpires) - 7200) < 60);
    QVERIFY(!RenewalScheduler::decide(after, RenewalScheduler::Trigger::Startup, now, 0).query);
    QVERIFY(RenewalScheduler::decide(after, RenewalScheduler::Trigger::Timer, now.addSecs(7260), 0).query);

    // The next query sends the version held, not 0: the server answers "no change" (Table 2)
    // and the service is on again.
    ProvisioningFlow again(m_store, m_index.get(), settingsFor(number, m_sim));
    QVERIFY(run(again, m_sim));
    QCOMPARE(again.step(), ProvisioningFlow::Step::Succeeded);
    const QJsonObject params = m_sim.requests().last().toObject().value(QLatin1String("params")).toObject();
    QCOMPARE(params.value(QLatin1String("vers")).toString(), QString::number(before.version));
    const Profile woken = stored(number).value();
    QCOMPARE(woken.version, before.version);
    QCOMPARE(woken.document, before.document);
    QCOMPARE(profileState(woken, QDateTime::currentDateTimeUtc()), ProfileState::Configured);
}

void TestProvisioningFlow::acceptOnlyMessageEnablesConfiguration_data()
{
    QTest::addColumn<QString>("body");
    QTest::newRow("Reject_btn 0") << QStringLiteral("msg-accept");
    QTest::newRow("Reject_btn absent means 0") << QStringLiteral("msg-accept-noreject");
}

void TestProvisioningFlow::acceptOnlyMessageEnablesConfiguration()
{
    QFETCH(QString, body);
    const QString number = QStringLiteral("+15550100007");
    linked(number);
    m_sim.control(QStringLiteral("/_sim/enqueue?status=200&body=") + body);
    ProvisioningFlow flow(m_store, m_index.get(), settingsFor(number, m_sim));
    QSignalSpy messages(&flow, &ProvisioningFlow::serverMessage);
    QVERIFY(run(flow, m_sim));
    // Without a Reject button the configuration is enabled whatever the user does.
    QCOMPARE(flow.step(), ProvisioningFlow::Step::Succeeded);
    QCOMPARE(messages.size(), 1);
    const UserMessage message = messages.first().at(0).value<UserMessage>();
    QCOMPARE(message.acceptButton, true);
    QCOMPARE(message.rejectButton, false);
    QVERIFY(message.message.contains(QLatin1String("https://example.com/terms")));
    Profile after = stored(number).value();
    QCOMPARE(profileState(after, QDateTime::currentDateTimeUtc()), ProfileState::Configured);
    QVERIFY(after.pendingMessage); // still to be shown until acknowledged
    flow.acceptMessage();
    QTRY_VERIFY(!stored(number)->pendingMessage);
}

void TestProvisioningFlow::rejectableMessageWaitsForTheAnswer_data()
{
    QTest::addColumn<bool>("accept");
    QTest::newRow("accept") << true;
    QTest::newRow("reject") << false;
}

void TestProvisioningFlow::rejectableMessageWaitsForTheAnswer()
{
    QFETCH(bool, accept);
    const QString number = QStringLiteral("+15550100008");
    linked(number);
    m_sim.control(QStringLiteral("/_sim/enqueue?status=200&body=msg-accept-reject"));
    ProvisioningFlow flow(m_store, m_index.get(), settingsFor(number, m_sim));
    QSignalSpy messages(&flow, &ProvisioningFlow::serverMessage);
    QSignalSpy done(&flow, &ProvisioningFlow::succeeded);
    QSignalSpy failed(&flow, &ProvisioningFlow::failed);
    flow.start();
    QVERIFY(messages.wait(15000));
    QCOMPARE(flow.step(), ProvisioningFlow::Step::AwaitingMessageAnswer);
    QCOMPARE(messages.first().at(0).value<UserMessage>().rejectButton, true);
    // The question is stored with the profile before it is asked.
    QCOMPARE(profileState(stored(number).value(), QDateTime::currentDateTimeUtc()),
             ProfileState::PendingMessage);
    if (accept)
        flow.acceptMessage();
    else
        flow.rejectMessage();
    QVERIFY(QTest::qWaitFor([&] { return done.size() + failed.size() > 0; }, 15000));
    const Profile after = stored(number).value();
    if (accept) {
        QCOMPARE(done.size(), 1);
        QCOMPARE(profileState(after, QDateTime::currentDateTimeUtc()), ProfileState::Configured);
        QCOMPARE(after.messageAnswer, QStringLiteral("accepted"));
    } else {
        QCOMPARE(failureOf(failed).code, ErrorCode::MessageRejected);
        QVERIFY(!after.configurationActive()); // default behaviour
        QVERIFY(after.document.isEmpty());
        QCOMPARE(after.messageAnswer, QStringLiteral("rejected"));
    }
}

void TestProvisioningFlow::unansweredMessagePersists()
{
    const QString number = QStringLiteral("+15550100009");
    linked(number);
    m_sim.control(QStringLiteral("/_sim/enqueue?status=200&body=msg-accept-reject"));
    ProvisioningFlow flow(m_store, m_index.get(), settingsFor(number, m_sim));
    QSignalSpy messages(&flow, &ProvisioningFlow::serverMessage);
    flow.start();
    QVERIFY(messages.wait(15000));
    flow.cancel(); // the dialog was closed: no answer
    const Profile after = stored(number).value();
    QVERIFY(after.pendingMessage);
    QCOMPARE(after.pendingMessage->title, QStringLiteral("Terms"));
    QVERIFY(!after.configurationActive());
    QVERIFY(!RenewalScheduler::decide(after, RenewalScheduler::Trigger::Startup,
                                      QDateTime::currentDateTimeUtc(), 0).query);
}

void TestProvisioningFlow::unusableAnswersKeepConfiguration_data()
{
    QTest::addColumn<QString>("enqueue");
    QTest::newRow("captive portal HTML") << QStringLiteral("status=200&body=html");
    QTest::newRow("not XML") << QStringLiteral("status=200&body=garbage");
    QTest::newRow("DOCTYPE with entities") << QStringLiteral("status=200&body=doctype");
    QTest::newRow("empty 200 to a token request") << QStringLiteral("status=200&body=empty");
    QTest::newRow("502") << QStringLiteral("status=502");
    QTest::newRow("404") << QStringLiteral("status=404");
    QTest::newRow("version -7: not a switch-off") << QStringLiteral("status=200&body=bad-version");
    QTest::newRow("VERS without an integer version") << QStringLiteral("status=200&body=no-version");
    QTest::newRow("nested too deep") << QStringLiteral("status=200&body=too-deep");
    QTest::newRow("larger than 16 MiB") << QStringLiteral("status=200&body=too-large");
}

void TestProvisioningFlow::unusableAnswersKeepConfiguration()
{
    QFETCH(QString, enqueue);
    const QString number = QStringLiteral("+15550100001");
    Profile before = stored(number).ok() ? stored(number).value() : linked(number);
    if (!before.hasConfiguration())
        before = linked(number);
    m_sim.control(QStringLiteral("/_sim/enqueue?") + enqueue);
    ProvisioningFlow flow(m_store, m_index.get(), settingsFor(number, m_sim));
    QSignalSpy failed(&flow, &ProvisioningFlow::failed);
    QVERIFY(run(flow, m_sim));
    QCOMPARE(failed.size(), 1);
    const ErrorCode code = failureOf(failed).code;
    QVERIFY(code == ErrorCode::InvalidResponse || code == ErrorCode::ServerError);
    QTRY_COMPARE(stored(number)->failures, before.failures + 1);
    const Profile after = stored(number).value();
    QCOMPARE(after.document, before.document); // never taken for version 0
    QCOMPARE(after.version, before.version);
    QCOMPARE(after.token, before.token);
}

void TestProvisioningFlow::specialCharactersArriveAsTyped()
{
    FlowSettings settings = settingsFor(QStringLiteral("sip:alice@example.com"), m_sim);
    settings.friendlyName = QStringLiteral("A&B+C=D/E?F%G Jürgen");
    ProvisioningFlow flow(m_store, m_index.get(), settings);
    QVERIFY(run(flow, m_sim));
    QCOMPARE(flow.step(), ProvisioningFlow::Step::Succeeded);
    const QJsonArray requests = m_sim.requests();
    const QJsonObject params = requests.at(requests.size() - 2).toObject().value(QLatin1String("params")).toObject();
    QCOMPARE(params.value(QLatin1String("friendly_device_name")).toString(), settings.friendlyName);
    QCOMPARE(params.value(QLatin1String("sip_uri")).toString(), QStringLiteral("sip:alice@example.com"));
}

void TestProvisioningFlow::newCodeIsRateLimited()
{
    FlowSettings settings = settingsFor(QStringLiteral("+15550100002"), m_sim);
    settings.newCodeInterval = std::chrono::seconds(30);
    m_store->remove(settings.identity.accountId(), [](Status) {});
    QTest::qWait(200);
    QDateTime now = QDateTime::currentDateTimeUtc();
    ProvisioningFlow flow(m_store, m_index.get(), settings);
    flow.setClock([&] { return now; });
    QSignalSpy prompts(&flow, &ProvisioningFlow::otpRequired);
    QSignalSpy rejected(&flow, &ProvisioningFlow::inputRejected);
    flow.start();
    QVERIFY(prompts.wait(15000));
    const int sms = int(m_sim.otps().size());
    flow.requestNewCode(); // straight away: refused, no paid SMS
    QCOMPARE(rejected.size(), 1);
    QVERIFY(rejected.first().at(0).value<Error>().userMessage.contains(QLatin1String("30")));
    QCOMPARE(flow.newCodeAvailableIn(), std::chrono::seconds(30));
    now = now.addSecs(31);
    flow.requestNewCode();
    QVERIFY(prompts.wait(15000));
    QCOMPARE(int(m_sim.otps().size()), sms + 1);
    // The interval doubles with each code.
    QCOMPARE(flow.newCodeAvailableIn(), std::chrono::seconds(60));
    flow.submitOtp(m_sim.otps().last());
    QTRY_COMPARE(flow.step(), ProvisioningFlow::Step::Succeeded);
}

void TestProvisioningFlow::otpWaitTimesOut()
{
    FlowSettings settings = settingsFor(QStringLiteral("+15550100005"), m_sim);
    settings.otpTimeout = 300ms;
    m_store->remove(settings.identity.accountId(), [](Status) {});
    QTest::qWait(200);
    ProvisioningFlow flow(m_store, m_index.get(), settings);
    QSignalSpy expired(&flow, &ProvisioningFlow::otpExpired);
    flow.start();
    QVERIFY(expired.wait(15000));
    QCOMPARE(flow.step(), ProvisioningFlow::Step::AwaitingOtp); // a new code can still be asked
    flow.cancel();
}

void TestProvisioningFlow::dedicatedAccountSendsAnEmptyOtpWithItsToken()
{
    const QString uri = QStringLiteral("sip:device@example.com");
    FlowSettings settings = settingsFor(uri, m_sim);
    settings.dedicatedOtp = QStringLiteral("13572468");
    {
        ProvisioningFlow flow(m_store, m_index.get(), settings);
        QVERIFY(run(flow, m_sim));
        QCOMPARE(flow.step(), ProvisioningFlow::Step::Succeeded);
    }
    const Profile linkedProfile = stored(uri).value();
    QVERIFY(linkedProfile.dedicated); // remembered with the account
    // §2.6.1, Table 14: a later request (no code given) uses the token, with OTP present and
    // empty; acs-sim refuses a dedicated identity's request without OTP with a 403.
    ProvisioningFlow again(m_store, m_index.get(), settingsFor(uri, m_sim));
    int prompts = 0;
    QVERIFY(run(again, m_sim, QString(), &prompts));
    QCOMPARE(again.step(), ProvisioningFlow::Step::Succeeded);
    QCOMPARE(prompts, 0);
    const QJsonObject params = m_sim.requests().last().toObject().value(QLatin1String("params")).toObject();
    QVERIFY(params.contains(QLatin1String("OTP")));
    QCOMPARE(params.value(QLatin1String("OTP")).toString(), QString());
    QCOMPARE(params.value(QLatin1String("token")).toString(), linkedProfile.token);
}

void TestProvisioningFlow::dedicatedTokenRejectedAsksForANewCode()
{
    const QString uri = QStringLiteral("sip:device@example.com");
    Profile before = stored(uri).value();
    if (!before.dedicated || before.token.isEmpty()) {
        FlowSettings settings = settingsFor(uri, m_sim);
        settings.dedicatedOtp = QStringLiteral("13572468");
        ProvisioningFlow flow(m_store, m_index.get(), settings);
        QVERIFY(run(flow, m_sim));
        before = stored(uri).value();
    }
    QVERIFY(before.hasConfiguration());
    m_sim.control(QStringLiteral("/_sim/revoke-token?identity=sip:device@example.com"));
    const int requests = int(m_sim.requests().size());
    const int sms = int(m_sim.otps().size());
    ProvisioningFlow flow(m_store, m_index.get(), settingsFor(uri, m_sim));
    QSignalSpy failed(&flow, &ProvisioningFlow::failed);
    int prompts = 0;
    QVERIFY(run(flow, m_sim, QString(), &prompts));
    // §2.6.2: no §2.5 SMS flow, no 403 wipe: the token goes, the configuration stays.
    QCOMPARE(failureOf(failed).code, ErrorCode::AuthenticationFailed);
    QVERIFY(failureOf(failed).userMessage.contains(QLatin1String("new code from your provider")));
    QCOMPARE(prompts, 0);
    QCOMPARE(int(m_sim.requests().size()), requests + 1);
    QCOMPARE(int(m_sim.otps().size()), sms);
    const Profile after = stored(uri).value();
    QVERIFY(after.token.isEmpty());
    QCOMPARE(after.document, before.document);
    QCOMPARE(after.version, before.version);
    QVERIFY(after.dedicated);

    // Without a token and without a new code there is nothing to send.
    ProvisioningFlow again(m_store, m_index.get(), settingsFor(uri, m_sim));
    QSignalSpy refused(&again, &ProvisioningFlow::failed);
    QVERIFY(run(again, m_sim));
    QCOMPARE(failureOf(refused).code, ErrorCode::AuthenticationFailed);
    QCOMPARE(int(m_sim.requests().size()), requests + 1);
}

void TestProvisioningFlow::retryAfterDateIsMeasuredAgainstTheServersClock()
{
    const QString number = QStringLiteral("+15550100002");
    linked(number);
    // The server's clock is an hour behind; it asks for a retry 2 s after its own Date.
    // Against the local clock that date is long past (1 s, the minimum).
    m_sim.control(QStringLiteral("/_sim/enqueue?status=503&retry_after_date=2&date_offset=-3600"));
    ProvisioningFlow flow(m_store, m_index.get(), settingsFor(number, m_sim));
    QSignalSpy retries(&flow, &ProvisioningFlow::retryScheduled);
    QVERIFY(run(flow, m_sim));
    QCOMPARE(flow.step(), ProvisioningFlow::Step::Succeeded);
    QCOMPARE(retries.size(), 1);
    QCOMPARE(retries.first().at(0).value<std::chrono::seconds>(), std::chrono::seconds(2));
}

void TestProvisioningFlow::forbiddenRemovesALinkedConfiguration()
{
    const QString number = QStringLiteral("+15550100003");
    const Profile before = linked(number);
    QVERIFY(before.hasConfiguration());
    m_sim.control(QStringLiteral("/_sim/enqueue?status=403"));
    ProvisioningFlow flow(m_store, m_index.get(), settingsFor(number, m_sim));
    QSignalSpy failed(&flow, &ProvisioningFlow::failed);
    QVERIFY(run(flow, m_sim));
    QCOMPARE(failureOf(failed).code, ErrorCode::Forbidden);
    QVERIFY(failureOf(failed).userMessage.contains(number));
    // §2.5.2, Table 7: configuration removed, version 0.
    const Profile after = stored(number).value();
    QCOMPARE(after.version, 0);
    QVERIFY(after.document.isEmpty());
    QVERIFY(after.token.isEmpty());
    QCOMPARE(after.failures, before.failures + 1);
}

void TestProvisioningFlow::expiredConfigurationKeptAfterServerError()
{
    const QString number = QStringLiteral("+15550100004");
    Profile expired = linked(number);
    QVERIFY(expired.hasConfiguration());
    // Whole seconds: the profile stores its times as ISO text.
    expired.validityExpires =
        QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() - 3600, Qt::UTC);
    std::optional<Status> saved;
    m_store->save(expired, [&](Status status) { saved = status; });
    QTRY_VERIFY(saved.has_value());
    QVERIFY(*saved);
    m_sim.control(QStringLiteral("/_sim/enqueue?status=500"));
    ProvisioningFlow flow(m_store, m_index.get(), settingsFor(number, m_sim));
    QSignalSpy failed(&flow, &ProvisioningFlow::failed);
    QVERIFY(run(flow, m_sim));
    QCOMPARE(failureOf(failed).code, ErrorCode::ServerError);
    // Still in use although expired (§2.2.4); asked again at the next start.
    const Profile after = stored(number).value();
    QCOMPARE(after.document, expired.document);
    QCOMPARE(after.version, expired.version);
    QCOMPARE(after.validityExpires, expired.validityExpires);
    QCOMPARE(after.failures, expired.failures + 1);
    QCOMPARE(profileState(after, QDateTime::currentDateTimeUtc()), ProfileState::Expired);
    QVERIFY(RenewalScheduler::decide(after, RenewalScheduler::Trigger::Startup,
                                     QDateTime::currentDateTimeUtc(), 0).query);
}

void TestProvisioningFlow::versOnlyAnswer_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<bool>("newToken");
    QTest::newRow("VERS only: token kept") << QStringLiteral("vers-only") << false;
    QTest::newRow("VERS and a new TOKEN: token replaced") << QStringLiteral("vers-token-new") << true;
}

void TestProvisioningFlow::versOnlyAnswer()
{
    QFETCH(QString, body);
    QFETCH(bool, newToken);
    const QString number = QStringLiteral("+15550100005");
    Profile before = linked(number);
    QVERIFY(before.hasConfiguration());
    before.validityExpires = QDateTime::currentDateTimeUtc().addSecs(60);
    std::optional<Status> saved;
    m_store->save(before, [&](Status status) { saved = status; });
    QTRY_VERIFY(saved.has_value());
    m_sim.control(QStringLiteral("/_sim/enqueue?status=200&body=") + body);
    ProvisioningFlow flow(m_store, m_index.get(), settingsFor(number, m_sim));
    QVERIFY(run(flow, m_sim));
    QCOMPARE(flow.step(), ProvisioningFlow::Step::Succeeded);
    // A partial answer resets nothing it does not mention; the validity is renewed.
    const Profile after = stored(number).value();
    QCOMPARE(after.document, before.document);
    QCOMPARE(after.version, before.version);
    QVERIFY(after.validityExpires > QDateTime::currentDateTimeUtc().addSecs(3600));
    if (newToken) {
        QVERIFY(!after.token.isEmpty());
        QVERIFY(after.token != before.token);
        // The new token is the one the server now knows: the next query is answered.
        ProvisioningFlow again(m_store, m_index.get(), settingsFor(number, m_sim));
        QVERIFY(run(again, m_sim));
        QCOMPARE(again.step(), ProvisioningFlow::Step::Succeeded);
    } else {
        QCOMPARE(after.token, before.token);
    }
}

void TestProvisioningFlow::explicitZeroTokenValidityNeverExpires()
{
    AcsSimProcess sim;
    QVERIFY(sim.start({QStringLiteral("--token-validity"), QStringLiteral("3600")}));
    const QString number = QStringLiteral("+15550100006");
    m_store->remove(number, [](Status) {});
    QTest::qWait(200);
    {
        ProvisioningFlow flow(m_store, m_index.get(), settingsFor(number, sim));
        QVERIFY(run(flow, sim));
        QCOMPARE(flow.step(), ProvisioningFlow::Step::Succeeded);
    }
    QVERIFY(stored(number)->tokenExpires.isValid()); // TOKEN validity 3600
    sim.control(QStringLiteral("/_sim/enqueue?status=200&body=token-validity-0"));
    ProvisioningFlow flow(m_store, m_index.get(), settingsFor(number, sim));
    QVERIFY(run(flow, sim));
    QCOMPARE(flow.step(), ProvisioningFlow::Step::Succeeded);
    QVERIFY(sim.lastDocument().contains("<parm name=\"validity\" value=\"0\"/>"));
    const Profile after = stored(number).value();
    QVERIFY(!after.token.isEmpty());
    QVERIFY(!after.tokenExpires.isValid()); // 0: no expiry, not "expired now"
}

void TestProvisioningFlow::slowAnswerTimesOut()
{
    const QString number = QStringLiteral("+15550100001");
    const Profile before = linked(number);
    m_sim.control(QStringLiteral("/_sim/enqueue?status=200&body=vers-only&delay_ms=3000"));
    FlowSettings settings = settingsFor(number, m_sim);
    settings.timeout = 500ms;
    ProvisioningFlow flow(m_store, m_index.get(), settings);
    QSignalSpy failed(&flow, &ProvisioningFlow::failed);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(run(flow, m_sim));
    QCOMPARE(failureOf(failed).code, ErrorCode::Timeout);
    QVERIFY(clock.elapsed() < 2500);
    QTRY_COMPARE(stored(number)->failures, before.failures + 1);
    QCOMPARE(stored(number)->document, before.document);
}

void TestProvisioningFlow::codesAreRateLimitedAcrossFlows()
{
    const QString number = QStringLiteral("+15550100003");
    FlowSettings settings = settingsFor(number, m_sim);
    settings.newCodeInterval = 30s;
    bool removed = false;
    m_store->remove(number, [&](Status) { removed = true; });
    QTRY_VERIFY(removed);
    const QDateTime t0 = QDateTime::currentDateTimeUtc();
    QDateTime now = t0;

    // A code is texted; the user types a wrong one (511) and starts again at once.
    ProvisioningFlow first(m_store, m_index.get(), settings);
    first.setClock([&] { return now; });
    QSignalSpy prompts(&first, &ProvisioningFlow::otpRequired);
    QSignalSpy firstFailed(&first, &ProvisioningFlow::failed);
    first.start();
    QVERIFY(prompts.wait(15000));
    first.submitOtp(QStringLiteral("00000000"));
    QTRY_COMPARE_WITH_TIMEOUT(firstFailed.size(), 1, 15000);
    QCOMPARE(failureOf(firstFailed).code, ErrorCode::AuthenticationFailed);
    const int requests = int(m_sim.requests().size());
    const int sms = int(m_sim.otps().size());
    now = t0.addSecs(5);
    firstFailed.clear();
    first.start();
    QTRY_COMPARE_WITH_TIMEOUT(firstFailed.size(), 1, 15000);
    QCOMPARE(failureOf(firstFailed).code, ErrorCode::RateLimited);
    QVERIFY2(failureOf(firstFailed).userMessage.contains(QLatin1String("25 second")),
             qPrintable(failureOf(firstFailed).userMessage));

    // Another flow, with its own view of the same user settings (the wizard's Retry, a second
    // `spdc-cli link`): refused before anything reaches the server, and it says how long.
    AccountIndex otherProcess(m_settingsDir.filePath(QStringLiteral("index.ini")));
    ProvisioningFlow second(m_store, &otherProcess, settings);
    now = t0.addSecs(10);
    second.setClock([&] { return now; });
    QSignalSpy secondFailed(&second, &ProvisioningFlow::failed);
    QSignalSpy secondPrompts(&second, &ProvisioningFlow::otpRequired);
    second.start();
    QTRY_COMPARE_WITH_TIMEOUT(secondFailed.size(), 1, 15000);
    QCOMPARE(failureOf(secondFailed).code, ErrorCode::RateLimited);
    QVERIFY2(failureOf(secondFailed).userMessage.contains(QLatin1String("20 second")),
             qPrintable(failureOf(secondFailed).userMessage));
    QCOMPARE(second.newCodeAvailableIn(), 20s);
    QCOMPARE(secondPrompts.size(), 0);
    QCOMPARE(int(m_sim.requests().size()), requests);
    QCOMPARE(int(m_sim.otps().size()), sms);
    // The identity was never stored: the limit does not depend on a stored account.
    QCOMPARE(stored(number).error().code, ErrorCode::NotFound);
    QVERIFY(!otherProcess.find(number));

    // Another identity is not held back.
    ProvisioningFlow other(m_store, m_index.get(), settingsFor(QStringLiteral("sip:bob@example.com"), m_sim));
    bool bobRemoved = false;
    m_store->remove(QStringLiteral("sip:bob@example.com"), [&](Status) { bobRemoved = true; });
    QTRY_VERIFY(bobRemoved);
    other.setClock([&] { return now; });
    QSignalSpy otherPrompts(&other, &ProvisioningFlow::otpRequired);
    other.start();
    QVERIFY(otherPrompts.wait(15000));
    QCOMPARE(int(m_sim.otps().size()), sms + 1);
    other.cancel();

    // Once the interval has passed the code goes out; the next one waits twice as long.
    now = t0.addSecs(31);
    secondFailed.clear();
    second.start();
    QVERIFY(secondPrompts.wait(15000));
    QCOMPARE(int(m_sim.otps().size()), sms + 2);
    QCOMPARE(second.newCodeAvailableIn(), 60s);
    QCOMPARE(first.newCodeAvailableIn(), 60s);
    second.submitOtp(m_sim.otps().last());
    QTRY_COMPARE_WITH_TIMEOUT(second.step(), ProvisioningFlow::Step::Succeeded, 15000);
}

void TestProvisioningFlow::nameConflictTextsNoCode()
{
    // Table 7: a 409 to the first request texts no code, so the retry with another name is not
    // held back; the code texted after it is counted.
    const QString number = QStringLiteral("+15550100004");
    FlowSettings settings = settingsFor(number, m_sim);
    settings.friendlyName = QStringLiteral("Taken PC");
    bool removed = false;
    m_store->remove(number, [&](Status) { removed = true; });
    QTRY_VERIFY(removed);
    const QDateTime t0 = QDateTime::currentDateTimeUtc();
    ProvisioningFlow flow(m_store, m_index.get(), settings);
    flow.setClock([t0] { return t0; });
    QSignalSpy conflicts(&flow, &ProvisioningFlow::deviceNameConflict);
    QSignalSpy prompts(&flow, &ProvisioningFlow::otpRequired);
    QSignalSpy failed(&flow, &ProvisioningFlow::failed);
    const int sms = int(m_sim.otps().size());
    flow.start();
    QVERIFY(conflicts.wait(15000));
    QCOMPARE(int(m_sim.otps().size()), sms);
    QCOMPARE(flow.newCodeAvailableIn(), 0s);
    flow.chooseDeviceName(QStringLiteral("Spare PC"));
    QVERIFY(prompts.wait(15000));
    QCOMPARE(failed.size(), 0);
    QCOMPARE(int(m_sim.otps().size()), sms + 1);
    flow.cancel();

    settings.friendlyName = QStringLiteral("Spare PC");
    ProvisioningFlow again(m_store, m_index.get(), settings);
    again.setClock([t0] { return t0.addSecs(1); });
    QSignalSpy againFailed(&again, &ProvisioningFlow::failed);
    again.start();
    QTRY_COMPARE_WITH_TIMEOUT(againFailed.size(), 1, 15000);
    QCOMPARE(failureOf(againFailed).code, ErrorCode::RateLimited);
    QCOMPARE(int(m_sim.otps().size()), sms + 1);
}

QTEST_GUILESS_MAIN(TestProvisioningFlow)
#include "tst_provisioningflow.moc"
