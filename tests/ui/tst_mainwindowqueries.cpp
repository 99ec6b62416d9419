// The main window's queries against acs-sim as a real process over TLS, with an in-memory
// keychain: switching accounts queries the new one silently with its token (or asks for the
// OTP when the token is gone), the renewal scheduler renews an expired configuration of the
// active account only, stops after five failures in a row, and the operator's message that
// arrives during a background renewal is shown and, when left unanswered, offered again.

#include "AccountIndex.h"
#include "AccountManager.h"
#include "AccountQuery.h"
#include "AccountSwitcher.h"
#include "AcsSimProcess.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "OtpDialog.h"
#include "ProfileStore.h"
#include "ProvisioningFlow.h"
#include "RenewalScheduler.h"
#include "ServerMessageDialog.h"
#include "SetupWizard.h"
#include "WidgetLookup.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QJsonObject>
#include <QRadioButton>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <algorithm>
#include <chrono>
#include <memory>
#include <optional>

using namespace spdc;
using namespace std::chrono_literals;

namespace {

const QString First = QStringLiteral("+15550100001");
const QString Second = QStringLiteral("+15550100002");
constexpr int NetworkTimeoutMs = 20000;

// The protocol requests that named this identity, oldest first.
QList<QJsonObject> requestsFor(const AcsSimProcess &sim, const QString &identity)
{
    QList<QJsonObject> result;
    const QJsonArray all = sim.requests();
    for (const QJsonValue &value : all) {
        const QJsonObject request = value.toObject();
        if (request.value(QLatin1String("params")).toObject().value(QLatin1String("msisdn")).toString()
            == identity)
            result.append(request);
    }
    return result;
}

QString param(const QJsonObject &request, const char *name)
{
    return request.value(QLatin1String("params")).toObject().value(QLatin1String(name)).toString();
}

} // namespace

class TestMainWindowQueries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void switchingQueriesTheNewAccountSilently();
    void switchingWithARevokedTokenAsksForTheOtp();
    void switchingToAResetAccountRestoresItsBackup();
    void schedulerRenewsTheActiveAccountOnly();
    void automaticQueriesStopAfterFiveFailures();
    void operatorsMessageDuringRenewalIsShownAndOffered();
    void wizardLeftWithAnUnansweredMessageShowsItsAccount();
    void busyServerShowsProgressAndCanBeCancelled();

private:
    // Links an account the way the wizard does (first-time, OTP from the outbox).
    void link(AcsSimProcess &sim, const QString &account);
    std::unique_ptr<MainWindow> showWindow(RenewalScheduler *scheduler = nullptr);
    std::optional<Profile> stored(const QString &account);
    // Drives the main window's wizard for an MSISDN up to the linking page.
    void walkWizardToLinking(SetupWizard &wizard, const QString &typedNumber);

    AcsSimProcess m_sim;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<AccountIndex> m_index;
    std::unique_ptr<AccountManager> m_accounts;
    FlowDefaults m_defaults;
};

void TestMainWindowQueries::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_sim.start());
}

void TestMainWindowQueries::init()
{
    m_sim.control(QStringLiteral("/_sim/reset"));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_secrets = std::make_unique<MemorySecretStore>();
    m_store = std::make_unique<ProfileStore>(m_secrets.get());
    m_index = std::make_unique<AccountIndex>(m_dir->filePath(QStringLiteral("accounts.ini")));
    m_accounts = std::make_unique<AccountManager>(m_store.get(), m_index.get());
    m_defaults = FlowDefaults();
    m_defaults.extraCa = m_sim.caCertificates();
    m_defaults.timeout = 15s;
}

void TestMainWindowQueries::cleanup()
{
    m_accounts.reset();
    m_store.reset();
    m_secrets.reset();
    m_index.reset();
    m_dir.reset();
}

void TestMainWindowQueries::link(AcsSimProcess &sim, const QString &account)
{
    FlowSettings settings;
    settings.identity = Identity::fromAccountId(account).value();
    settings.server = sim.url();
    settings.friendlyName = QStringLiteral("Office PC");
    settings.extraCa = sim.caCertificates();
    settings.timeout = 15s;
    ProvisioningFlow flow(m_store.get(), m_index.get(), settings);
    const int codes = sim.otps().size();
    bool linked = false;
    connect(&flow, &ProvisioningFlow::otpRequired, &flow, [&] {
        const QString code = sim.waitForOtp(codes);
        QTimer::singleShot(0, &flow, [&flow, code] { flow.submitOtp(code); });
    });
    connect(&flow, &ProvisioningFlow::succeeded, &flow, [&] { linked = true; });
    flow.start();
    QTRY_VERIFY_WITH_TIMEOUT(linked, NetworkTimeoutMs);
}

std::unique_ptr<MainWindow> TestMainWindowQueries::showWindow(RenewalScheduler *scheduler)
{
    auto window = std::make_unique<MainWindow>(m_accounts.get(), m_defaults, scheduler);
    if (scheduler) {
        // As main.cpp does.
        connect(window.get(), &MainWindow::activeProfileLoaded, scheduler,
                &RenewalScheduler::startup, Qt::SingleShotConnection);
    }
    window->show();
    return window;
}

std::optional<Profile> TestMainWindowQueries::stored(const QString &account)
{
    std::optional<Result<Profile>> loaded;
    m_store->load(account, [&](Result<Profile> result) { loaded = std::move(result); });
    if (!QTest::qWaitFor([&] { return loaded.has_value(); }, 5000) || !loaded->ok())
        return std::nullopt;
    return loaded->value();
}

void TestMainWindowQueries::switchingQueriesTheNewAccountSilently()
{
    link(m_sim, First);
    link(m_sim, Second);
    QCOMPARE(m_index->activeAccount(), Second);
    const int codes = m_sim.otps().size();
    const std::unique_ptr<MainWindow> window = showWindow();
    QTRY_COMPARE(child<QLabel>(window.get(), "versionLabel")->text(), QStringLiteral("1"));
    QCOMPARE(child<QLabel>(window.get(), "accountLabel")->text(), Second);
    const int before = requestsFor(m_sim, First).size();

    AccountSwitcher *switcher = child<AccountSwitcher>(window.get(), "accountComboBox");
    Q_EMIT switcher->activated(switcher->indexOfAccount(First));
    // Nothing of the other account while the new one is read.
    QCOMPARE(child<QLabel>(window.get(), "accountLabel")->text(), First);
    QCOMPARE(child<QTreeWidget>(window.get(), "configurationTreeWidget")->topLevelItemCount(), 0);

    QTRY_COMPARE(child<QLabel>(window.get(), "versionLabel")->text(), QStringLiteral("1"));
    // The query starts once the profile is read (and no backup needed restoring).
    QTRY_VERIFY_WITH_TIMEOUT(requestsFor(m_sim, First).size() > before, NetworkTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!window->runningQuery(), NetworkTimeoutMs);
    // One request, for the new account, with its token: no SMS, no dialog.
    const QList<QJsonObject> requests = requestsFor(m_sim, First);
    QCOMPARE(requests.size(), before + 1);
    QCOMPARE(param(requests.last(), "token"), stored(First)->token);
    QVERIFY(!param(requests.last(), "token").isEmpty());
    QCOMPARE(requests.last().value(QLatin1String("status")).toInt(), 200);
    QCOMPARE(m_sim.otps().size(), codes);
    QVERIFY(!visible<OtpDialog>(window.get()));
    QVERIFY(child<QLabel>(window.get(), "renewalStatusLabel")->text().contains(
        QStringLiteral("Checked with your operator")));
    QCOMPARE(m_index->activeAccount(), First);
}

void TestMainWindowQueries::switchingWithARevokedTokenAsksForTheOtp()
{
    link(m_sim, First);
    link(m_sim, Second);
    // Linking texted codes a moment ago; the rate limit on texted codes has its own tests.
    // Here the switch comes later, as if the user had waited.
    QSettings(m_dir->filePath(QStringLiteral("accounts.ini")), QSettings::IniFormat)
        .remove(QStringLiteral("smsRequests"));
    const QString revoked = stored(First)->token;
    m_sim.control(QStringLiteral("/_sim/revoke-token?identity=%2B15550100001"));
    const int codes = m_sim.otps().size();
    const std::unique_ptr<MainWindow> window = showWindow();
    QTRY_COMPARE(child<QLabel>(window.get(), "accountLabel")->text(), Second);
    QTRY_COMPARE(child<QLabel>(window.get(), "versionLabel")->text(), QStringLiteral("1"));

    window->switchToAccount(First);
    // §2.5.4 2: the token is refused (511); the first-time flow texts a code.
    QTRY_VERIFY_WITH_TIMEOUT(visible<OtpDialog>(window.get()), NetworkTimeoutMs);
    OtpDialog *dialog = visible<OtpDialog>(window.get());
    const QString code = m_sim.waitForOtp(codes);
    QVERIFY(!code.isEmpty());
    QTest::keyClicks(child<QLineEdit>(dialog, "otpLineEdit"), code);
    QTest::mouseClick(child<QPushButton>(dialog, "okButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!window->runningQuery(), NetworkTimeoutMs);
    QVERIFY(!visible<OtpDialog>(window.get()));
    QCOMPARE(child<QLabel>(window.get(), "stateLabel")->text(), QStringLiteral("Configured"));
    QCOMPARE(m_index->activeAccount(), First);
    // The revoked token was tried first, then a new one came with the configuration.
    const QList<QJsonObject> requests = requestsFor(m_sim, First);
    QVERIFY(std::any_of(requests.cbegin(), requests.cend(), [&](const QJsonObject &request) {
        return param(request, "token") == revoked
            && request.value(QLatin1String("status")).toInt() == 511;
    }));
    QVERIFY(!stored(First)->token.isEmpty());
    QVERIFY(stored(First)->token != revoked);
}

void TestMainWindowQueries::switchingToAResetAccountRestoresItsBackup()
{
    link(m_sim, First);
    link(m_sim, Second);
    const QString token = stored(First)->token;
    std::optional<Status> reset;
    m_accounts->reset(First, [&](Status status) { reset = status; });
    QTRY_VERIFY(reset.has_value());
    QVERIFY(reset->ok());
    QVERIFY(stored(First)->token.isEmpty());
    const int codes = m_sim.otps().size();
    const std::unique_ptr<MainWindow> window = showWindow();
    QTRY_COMPARE(child<QLabel>(window.get(), "accountLabel")->text(), Second);
    QTRY_COMPARE(child<QLabel>(window.get(), "versionLabel")->text(), QStringLiteral("1"));
    const int before = requestsFor(m_sim, First).size();

    window->switchToAccount(First);
    // §4.2.1: the backup comes back instead of a first-time configuration (no SMS, no dialog);
    // the query then goes out silently with the backup's token.
    QTRY_COMPARE(child<QLabel>(window.get(), "stateLabel")->text(), QStringLiteral("Configured"));
    QTRY_VERIFY_WITH_TIMEOUT(requestsFor(m_sim, First).size() > before, NetworkTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!window->runningQuery(), NetworkTimeoutMs);
    const QList<QJsonObject> requests = requestsFor(m_sim, First);
    QCOMPARE(requests.size(), before + 1);
    QCOMPARE(param(requests.last(), "token"), token);
    QCOMPARE(requests.last().value(QLatin1String("status")).toInt(), 200);
    QCOMPARE(m_sim.otps().size(), codes);
    QVERIFY(!visible<OtpDialog>(window.get()));
    QCOMPARE(stored(First)->token, token);
}

void TestMainWindowQueries::schedulerRenewsTheActiveAccountOnly()
{
    // A configuration valid for 2 seconds (§2.2.4: renewed when the validity expires).
    AcsSimProcess shortSim;
    QVERIFY(shortSim.start({QStringLiteral("--validity"), QStringLiteral("2")}));
    m_defaults.extraCa = shortSim.caCertificates();
    link(shortSim, Second);
    link(shortSim, First);
    QCOMPARE(m_index->activeAccount(), First);
    const QDateTime firstExpiry = stored(First)->validityExpires;
    const int secondBefore = requestsFor(shortSim, Second).size();
    const int firstBefore = requestsFor(shortSim, First).size();

    RenewalScheduler scheduler;
    const std::unique_ptr<MainWindow> window = showWindow(&scheduler);
    QTRY_COMPARE(child<QLabel>(window.get(), "versionLabel")->text(), QStringLiteral("1"));

    // The validity timer fires; a silent query with the token renews the configuration.
    QTRY_VERIFY_WITH_TIMEOUT(requestsFor(shortSim, First).size() > firstBefore, 10000);
    const QJsonObject renewal = requestsFor(shortSim, First).at(firstBefore);
    QVERIFY(!param(renewal, "token").isEmpty());
    QCOMPARE(param(renewal, "vers"), QStringLiteral("1"));
    QTRY_VERIFY_WITH_TIMEOUT(stored(First)->validityExpires > firstExpiry, NetworkTimeoutMs);
    QTRY_VERIFY(child<QLabel>(window.get(), "renewalStatusLabel")->text().contains(
        QStringLiteral("Checked with your operator")));
    QCOMPARE(scheduler.failuresThisRun(), 0);
    // §4.2.1: the stored, expired, non-active account is never queried.
    QTest::qWait(2500);
    QCOMPARE(requestsFor(shortSim, Second).size(), secondBefore);
}

void TestMainWindowQueries::automaticQueriesStopAfterFiveFailures()
{
    link(m_sim, First);
    const int linking = requestsFor(m_sim, First).size();
    // The scheduler's clocks: two days on, so the one-day configuration has expired; each
    // jump of an hour looks like a resume from sleep.
    qint64 offsetSecs = 2 * 86400;
    qint64 monotonic = 0;
    RenewalScheduler scheduler;
    scheduler.setClocks(
        [&offsetSecs] { return QDateTime::currentDateTimeUtc().addSecs(offsetSecs); },
        [&monotonic] { return monotonic; });
    const std::unique_ptr<MainWindow> window = showWindow(&scheduler);
    QTRY_COMPARE(child<QLabel>(window.get(), "versionLabel")->text(), QStringLiteral("1"));
    // The start-up check: expired, so a query; the server fails it.
    QTRY_VERIFY_WITH_TIMEOUT(!window->runningQuery() && scheduler.failuresThisRun() == 0
                                 && requestsFor(m_sim, First).size() == linking + 1,
                             NetworkTimeoutMs);

    for (int failure = 1; failure <= RenewalScheduler::MaxAutomaticFailures; ++failure) {
        m_sim.control(QStringLiteral("/_sim/enqueue?status=500"));
        const int before = requestsFor(m_sim, First).size();
        offsetSecs += 3600;
        scheduler.checkClock();
        QTRY_COMPARE_WITH_TIMEOUT(scheduler.failuresThisRun(), failure, NetworkTimeoutMs);
        QTRY_VERIFY(!window->runningQuery());
        QCOMPARE(requestsFor(m_sim, First).size(), before + 1);
    }
    // The configuration is kept (§2.2.4) and the window says why nothing more is asked.
    QTRY_VERIFY(child<QLabel>(window.get(), "renewalStatusLabel")->text().contains(
        QStringLiteral("stopped asking after 5 failed attempts")));
    QCOMPARE(child<QLabel>(window.get(), "versionLabel")->text(), QStringLiteral("1"));

    const int before = requestsFor(m_sim, First).size();
    offsetSecs += 3600;
    scheduler.checkClock();
    QTest::qWait(300);
    QVERIFY(!window->runningQuery());
    QCOMPARE(requestsFor(m_sim, First).size(), before);

    // The user may still ask; success starts the count again.
    QTest::mouseClick(child<QPushButton>(window.get(), "refreshButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(requestsFor(m_sim, First).size(), before + 1, NetworkTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!window->runningQuery(), NetworkTimeoutMs);
    QCOMPARE(scheduler.failuresThisRun(), 0);
}

void TestMainWindowQueries::operatorsMessageDuringRenewalIsShownAndOffered()
{
    link(m_sim, First);
    qint64 offsetSecs = 0;
    qint64 monotonic = 0;
    RenewalScheduler scheduler;
    scheduler.setClocks(
        [&offsetSecs] { return QDateTime::currentDateTimeUtc().addSecs(offsetSecs); },
        [&monotonic] { return monotonic; });
    const std::unique_ptr<MainWindow> window = showWindow(&scheduler);
    QTRY_COMPARE(child<QLabel>(window.get(), "versionLabel")->text(), QStringLiteral("1"));
    QVERIFY(!window->runningQuery());

    // The next answer carries a new configuration with a message to accept or decline.
    m_sim.control(QStringLiteral("/_sim/enqueue?status=200&body=msg-accept-reject"));
    offsetSecs = 2 * 86400; // expired, as after a night's sleep
    scheduler.checkClock();
    QTRY_VERIFY_WITH_TIMEOUT(visible<ServerMessageDialog>(window.get()), NetworkTimeoutMs);

    // Closed without an answer: the question stays with the account and is offered again.
    visible<ServerMessageDialog>(window.get())->reject();
    QTRY_VERIFY_WITH_TIMEOUT(!window->runningQuery(), NetworkTimeoutMs);
    QPushButton *answer = child<QPushButton>(window.get(), "answerMessageButton");
    QTRY_VERIFY(answer->isVisible());
    QCOMPARE(child<QLabel>(window.get(), "stateLabel")->text(),
             QStringLiteral("Waiting for you to answer a message"));
    QVERIFY(stored(First)->pendingMessage.has_value());

    QTest::mouseClick(answer, Qt::LeftButton);
    QTRY_VERIFY(visible<ServerMessageDialog>(window.get()));
    QTest::mouseClick(child<QPushButton>(visible<ServerMessageDialog>(window.get()), "acceptButton"),
                      Qt::LeftButton);
    QTRY_VERIFY(!answer->isVisible());
    QCOMPARE(child<QLabel>(window.get(), "stateLabel")->text(), QStringLiteral("Configured"));
    QCOMPARE(stored(First)->messageAnswer, QStringLiteral("accepted"));
}

void TestMainWindowQueries::walkWizardToLinking(SetupWizard &wizard, const QString &typedNumber)
{
    QAbstractButton *next = wizard.button(QWizard::NextButton);
    QCOMPARE(wizard.currentId(), int(SetupWizard::ChoicePageId));
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(SetupWizard::ServerPageId));
    child<QRadioButton>(&wizard, "customServerRadioButton")->click();
    QLineEdit *serverUrl = child<QLineEdit>(&wizard, "serverUrlLineEdit");
    serverUrl->clear();
    QTest::keyClicks(serverUrl, m_sim.url().toString());
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(SetupWizard::IdentityPageId));
    child<QRadioButton>(&wizard, "msisdnRadioButton")->click();
    QTest::keyClicks(child<QLineEdit>(&wizard, "identityLineEdit"), typedNumber);
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(SetupWizard::DevicePageId));
    QLineEdit *name = child<QLineEdit>(&wizard, "friendlyNameLineEdit");
    name->clear();
    QTest::keyClicks(name, QStringLiteral("Second PC"));
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(SetupWizard::LinkingPageId));
}

void TestMainWindowQueries::wizardLeftWithAnUnansweredMessageShowsItsAccount()
{
    link(m_sim, First);
    const std::unique_ptr<MainWindow> window = showWindow();
    QTRY_COMPARE(child<QLabel>(window.get(), "versionLabel")->text(), QStringLiteral("1"));
    QCOMPARE(child<QLabel>(window.get(), "accountLabel")->text(), First);

    // Adding a second account: its code is answered with a message, closed without an answer.
    window->openSetupWizard();
    SetupWizard *wizard = window->setupWizard();
    QVERIFY(wizard);
    const int codes = m_sim.otps().size();
    walkWizardToLinking(*wizard, QStringLiteral("+1 555 010 0002"));
    if (QTest::currentTestFailed())
        return;
    const QString code = m_sim.waitForOtp(codes, NetworkTimeoutMs);
    QVERIFY(!code.isEmpty());
    m_sim.control(QStringLiteral("/_sim/enqueue?status=200&body=msg-accept-reject"));
    QTRY_VERIFY_WITH_TIMEOUT(visible<OtpDialog>(wizard), NetworkTimeoutMs);
    QTest::keyClicks(child<QLineEdit>(visible<OtpDialog>(wizard), "otpLineEdit"), code);
    QTest::mouseClick(child<QPushButton>(visible<OtpDialog>(wizard), "okButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(visible<ServerMessageDialog>(wizard), NetworkTimeoutMs);
    visible<ServerMessageDialog>(wizard)->reject();
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(wizard, "errorLabel")->isVisible(), NetworkTimeoutMs);
    QCOMPARE(m_index->activeAccount(), Second);
    wizard->reject();

    // The window follows the index: the new, active account, waiting for the answer.
    QTRY_COMPARE(child<QLabel>(window.get(), "accountLabel")->text(), Second);
    QTRY_COMPARE(child<QLabel>(window.get(), "stateLabel")->text(),
                 QStringLiteral("Waiting for you to answer a message"));
    QVERIFY(child<QPushButton>(window.get(), "answerMessageButton")->isVisible());
    AccountSwitcher *switcher = child<AccountSwitcher>(window.get(), "accountComboBox");
    QVERIFY(switcher->indexOfAccount(Second) >= 0);

    // Refresh now asks for the shown account.
    const int before = requestsFor(m_sim, Second).size();
    QPushButton *refresh = child<QPushButton>(window.get(), "refreshButton");
    QVERIFY(refresh->isEnabled());
    QTest::mouseClick(refresh, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(requestsFor(m_sim, Second).size(), before + 1, NetworkTimeoutMs);
    QCOMPARE(param(requestsFor(m_sim, Second).last(), "token"), stored(Second)->token);
    QTRY_VERIFY_WITH_TIMEOUT(!window->runningQuery() || visible<ServerMessageDialog>(window.get()),
                             NetworkTimeoutMs);
    // The message still waits for its answer: it is asked again.
    if (ServerMessageDialog *message = visible<ServerMessageDialog>(window.get()))
        message->reject();
    QTRY_VERIFY_WITH_TIMEOUT(!window->runningQuery(), NetworkTimeoutMs);
}

void TestMainWindowQueries::busyServerShowsProgressAndCanBeCancelled()
{
    link(m_sim, First);
    RenewalScheduler scheduler;
    const std::unique_ptr<MainWindow> window = showWindow(&scheduler);
    QTRY_COMPARE(child<QLabel>(window.get(), "versionLabel")->text(), QStringLiteral("1"));
    QTRY_VERIFY_WITH_TIMEOUT(!window->runningQuery(), NetworkTimeoutMs);
    QProgressBar *progress = child<QProgressBar>(window.get(), "queryProgressBar");
    QPushButton *cancel = child<QPushButton>(window.get(), "cancelQueryButton");
    QVERIFY(!progress->isVisible());
    QVERIFY(!cancel->isVisible());

    // The server is busy for a while (§2.2.4: 503 with Retry-After).
    for (int i = 0; i < 3; ++i)
        m_sim.control(QStringLiteral("/_sim/enqueue?status=503&retry_after=20"));
    const int before = requestsFor(m_sim, First).size();
    const int failures = scheduler.failuresThisRun();
    QTest::mouseClick(child<QPushButton>(window.get(), "refreshButton"), Qt::LeftButton);
    QLabel *status = child<QLabel>(window.get(), "renewalStatusLabel");
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("Trying again in")),
                             NetworkTimeoutMs);
    // Seen working (a busy bar), with a way out.
    QVERIFY(progress->isVisible());
    QCOMPARE(progress->maximum(), 0);
    QVERIFY(cancel->isVisible());
    QVERIFY(cancel->isEnabled());
    QVERIFY(!child<QPushButton>(window.get(), "refreshButton")->isEnabled());

    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!window->runningQuery());
    QVERIFY(!progress->isVisible());
    QVERIFY(!cancel->isVisible());
    QVERIFY2(status->text().contains(QStringLiteral("cancelled")), qPrintable(status->text()));
    QVERIFY(child<QPushButton>(window.get(), "refreshButton")->isEnabled());
    // The configuration stays, a cancel is no failed attempt, and nothing more is sent.
    QCOMPARE(child<QLabel>(window.get(), "versionLabel")->text(), QStringLiteral("1"));
    QCOMPARE(scheduler.failuresThisRun(), failures);
    QTest::qWait(1500);
    QCOMPARE(requestsFor(m_sim, First).size(), before + 1);
}

QTEST_MAIN(TestMainWindowQueries)
#include "tst_mainwindowqueries.moc"
