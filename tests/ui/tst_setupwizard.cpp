// The wizard end to end: acs-sim as a real process over TLS, the real keychain (a private
// gnome-keyring started by with-keyring.sh), the GUI driven by objectName under offscreen.

#include "AccountIndex.h"
#include "AcsSimProcess.h"
#include "Branding.h"
#include "KeychainSecretStore.h"
#include "OtpDialog.h"
#include "ProfileStore.h"
#include "ServerMessageDialog.h"
#include "SetupWizard.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <chrono>
#include <memory>
#include <optional>

using namespace spdc;
using namespace std::chrono_literals;

namespace {

const QString Account = QStringLiteral("+15550100001");
const QString TakenName = QStringLiteral("Taken laptop");
constexpr int NetworkTimeoutMs = 20000;

template<typename T>
T *child(QWidget *root, const char *name)
{
    T *widget = root->findChild<T *>(QLatin1String(name));
    if (!widget)
        qWarning("no %s named %s", T::staticMetaObject.className(), name);
    return widget;
}

// The OTP dialog on screen now; an accepted one may linger until its deleteLater.
OtpDialog *visibleOtpDialog(QWidget *root)
{
    const QList<OtpDialog *> dialogs = root->findChildren<OtpDialog *>();
    for (OtpDialog *dialog : dialogs) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

// QVERIFY2 builds its message even when the check passes: only ask a failure for its error.
template<typename R>
QByteArray failureText(const R &result)
{
    return result.ok() ? QByteArray() : result.error().userMessage.toUtf8();
}

} // namespace

class TestSetupWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void invalidNumberKeepsNextDisabled();
    void serverGivenOnTheCommandLineIsPreselected();
    void linksAndStoresTheProfileInTheKeychain();
    void wrongOtpShowsTheErrorWithRetry();
    void cancellingTheOtpDialogOffersRetry();
    void nameConflictAsksForAnotherName();
    void busyServerIsRetriedByItself();
    void serverMessageIsAnswered_data();
    void serverMessageIsAnswered();

private:
    std::unique_ptr<KeychainSecretStore> freshKeychain();
    std::optional<Result<Profile>> loadFromKeychain(const QString &account);
    // Fills the first three pages and enters the linking page.
    void walkToLinkingPage(SetupWizard &wizard, const QString &friendlyName);
    // Waits for the next OTP dialog and answers it.
    void answerOtp(SetupWizard &wizard, const QString &code);

    AcsSimProcess m_sim;
    std::unique_ptr<KeychainSecretStore> m_secrets;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<AccountIndex> m_index;
    std::unique_ptr<SetupWizard> m_wizard;
};

void TestSetupWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("spdc-tests"));
    // One simulator for all tests: each test resets it. A friendly name it refuses with 409.
    QVERIFY(m_sim.start({QStringLiteral("--taken-name"), TakenName}));
    QVERIFY(!m_sim.caCertificates().isEmpty());
}

std::unique_ptr<KeychainSecretStore> TestSetupWizard::freshKeychain()
{
    auto secrets = std::make_unique<KeychainSecretStore>(QStringLiteral(SPDC_APP_ID));
    // A locked keyring would wait for a password prompt forever.
    secrets->setTimeout(10s);
    return secrets;
}

void TestSetupWizard::init()
{
    QSettings().clear();
    m_secrets = freshKeychain();
    m_store = std::make_unique<ProfileStore>(m_secrets.get());
    m_index = std::make_unique<AccountIndex>();

    // Each test links from scratch: no profile (and so no token) left by the one before.
    std::optional<Status> removed;
    m_store->remove(Account, [&](Status status) { removed = status; });
    QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), NetworkTimeoutMs);
    QVERIFY2(removed->ok(), failureText(*removed).constData());
    m_sim.control(QStringLiteral("/_sim/reset"));

    FlowDefaults defaults;
    defaults.extraCa = m_sim.caCertificates();
    defaults.timeout = 15s;
    m_wizard = std::make_unique<SetupWizard>(m_store.get(), m_index.get(), defaults);
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
}

void TestSetupWizard::cleanup()
{
    m_wizard.reset();
    m_store.reset();
    m_secrets.reset();
    m_index.reset();
}

std::optional<Result<Profile>> TestSetupWizard::loadFromKeychain(const QString &account)
{
    // A fresh store: what another process (the next start of spdc) would read.
    const std::unique_ptr<KeychainSecretStore> secrets = freshKeychain();
    ProfileStore store(secrets.get());
    std::optional<Result<Profile>> loaded;
    store.load(account, [&](Result<Profile> result) { loaded = std::move(result); });
    if (!QTest::qWaitFor([&] { return loaded.has_value(); }, NetworkTimeoutMs))
        qWarning("the keychain did not answer in time");
    return loaded;
}

void TestSetupWizard::walkToLinkingPage(SetupWizard &wizard, const QString &friendlyName)
{
    QAbstractButton *next = wizard.button(QWizard::NextButton);
    QCOMPARE(wizard.currentId(), int(SetupWizard::IdentityPageId));
    child<QRadioButton>(&wizard, "msisdnRadioButton")->click();
    // Typed the way people write it; the request carries E.164.
    QTest::keyClicks(child<QLineEdit>(&wizard, "identityLineEdit"), QStringLiteral("+1 555 010 0001"));
    QVERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);

    QCOMPARE(wizard.currentId(), int(SetupWizard::ServerPageId));
    child<QRadioButton>(&wizard, "customServerRadioButton")->click();
    QLineEdit *serverUrl = child<QLineEdit>(&wizard, "serverUrlLineEdit");
    serverUrl->clear();
    QTest::keyClicks(serverUrl, m_sim.url().toString());
    QVERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);

    QCOMPARE(wizard.currentId(), int(SetupWizard::DevicePageId));
    QLineEdit *name = child<QLineEdit>(&wizard, "friendlyNameLineEdit");
    name->clear();
    QTest::keyClicks(name, friendlyName);
    QComboBox *type = child<QComboBox>(&wizard, "deviceTypeComboBox");
    QCOMPARE(type->currentText(), QStringLiteral("PC"));
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(SetupWizard::LinkingPageId));
}

void TestSetupWizard::answerOtp(SetupWizard &wizard, const QString &code)
{
    QTRY_VERIFY_WITH_TIMEOUT(visibleOtpDialog(&wizard), NetworkTimeoutMs);
    OtpDialog *dialog = visibleOtpDialog(&wizard);
    QVERIFY(child<QLabel>(dialog, "destinationLabel")->text().contains(Account));
    QTest::keyClicks(child<QLineEdit>(dialog, "otpLineEdit"), code);
    QPushButton *ok = child<QPushButton>(dialog, "okButton");
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
}

void TestSetupWizard::invalidNumberKeepsNextDisabled()
{
    SetupWizard &wizard = *m_wizard;
    QAbstractButton *next = wizard.button(QWizard::NextButton);
    QLineEdit *identity = child<QLineEdit>(&wizard, "identityLineEdit");
    QLabel *error = child<QLabel>(&wizard, "identityErrorLabel");
    QVERIFY(!next->isEnabled());
    QVERIFY(!error->isVisible());

    QTest::keyClicks(identity, QStringLiteral("12345"));
    QVERIFY(!next->isEnabled());
    // Shown after a pause in typing, under the field.
    QTRY_VERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("international format")));

    identity->clear();
    QTest::keyClicks(identity, QStringLiteral("+15550100001"));
    QVERIFY(next->isEnabled());
    QVERIFY(!error->isVisible());

    // The same text is no SIP address.
    child<QRadioButton>(&wizard, "sipUriRadioButton")->click();
    QVERIFY(!next->isEnabled());
    QTest::keyClick(identity, Qt::Key_Return);
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("SIP address")));
}

void TestSetupWizard::serverGivenOnTheCommandLineIsPreselected()
{
    FlowDefaults defaults;
    defaults.server = m_sim.url();
    SetupWizard wizard(m_store.get(), m_index.get(), defaults);
    wizard.show();
    QTest::keyClicks(child<QLineEdit>(&wizard, "identityLineEdit"), Account);
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(SetupWizard::ServerPageId));
    QVERIFY(child<QRadioButton>(&wizard, "customServerRadioButton")->isChecked());
    QCOMPARE(child<QLineEdit>(&wizard, "serverUrlLineEdit")->text(), m_sim.url().toString());
    QVERIFY(!child<QLineEdit>(&wizard, "operatorLineEdit")->isEnabled());
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    QCOMPARE(wizard.flowSettings().server, m_sim.url());
}

void TestSetupWizard::linksAndStoresTheProfileInTheKeychain()
{
    SetupWizard &wizard = *m_wizard;
    QSignalSpy linked(&wizard, &SetupWizard::accountLinked);
    walkToLinkingPage(wizard, QStringLiteral("Test laptop"));
    if (QTest::currentTestFailed())
        return;

    QLabel *status = child<QLabel>(&wizard, "statusLabel");
    QTRY_VERIFY_WITH_TIMEOUT(visibleOtpDialog(&wizard), NetworkTimeoutMs);
    QCOMPARE(status->text(), QStringLiteral("Waiting for the code…"));
    const QString otp = m_sim.waitForOtp(0, NetworkTimeoutMs);
    QVERIFY(!otp.isEmpty());
    // Pasted with a space in the middle, as people copy it from a message.
    answerOtp(wizard, otp.left(3) + QLatin1Char(' ') + otp.mid(3));
    if (QTest::currentTestFailed())
        return;

    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(SetupWizard::ResultPageId), NetworkTimeoutMs);
    QCOMPARE(linked.count(), 1);
    QVERIFY(child<QLabel>(&wizard, "linkedLabel")->text().contains(Account));
    QCOMPARE(child<QLabel>(&wizard, "versionLabel")->text(), QStringLiteral("1"));
    QVERIFY(child<QLabel>(&wizard, "validityLabel")->text().contains(QStringLiteral("expires in")));

    // What the pages collected went into the first request (Table 12).
    const QJsonObject params = m_sim.requests().first().toObject().value(QLatin1String("params")).toObject();
    QCOMPARE(params.value(QLatin1String("msisdn")).toString(), Account);
    QCOMPARE(params.value(QLatin1String("friendly_device_name")).toString(), QStringLiteral("Test laptop"));
    QCOMPARE(params.value(QLatin1String("device_type")).toString(), QStringLiteral("PC"));

    // Read back through a fresh keychain client: the stored document is the served one.
    const std::optional<Result<Profile>> loaded = loadFromKeychain(Account);
    QVERIFY(loaded.has_value());
    QVERIFY2(loaded->ok(), failureText(*loaded).constData());
    const Profile &profile = loaded->value();
    QCOMPARE(profile.version, 1);
    QVERIFY(!m_sim.lastDocument().isEmpty());
    QCOMPARE(profile.document, m_sim.lastDocument());
    QCOMPARE(profile.friendlyName, QStringLiteral("Test laptop"));
    QVERIFY(profile.validityExpires > QDateTime::currentDateTimeUtc());
    QCOMPARE(m_index->activeAccount(), Account);

    QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
    QCOMPARE(wizard.result(), int(QDialog::Accepted));
}

void TestSetupWizard::wrongOtpShowsTheErrorWithRetry()
{
    SetupWizard &wizard = *m_wizard;
    walkToLinkingPage(wizard, QStringLiteral("Retry laptop"));
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY_WITH_TIMEOUT(visibleOtpDialog(&wizard), NetworkTimeoutMs);
    const QString first = m_sim.waitForOtp(0, NetworkTimeoutMs);
    QVERIFY(!first.isEmpty());
    // 8 digits can never be the simulator's 6-digit code.
    answerOtp(wizard, QStringLiteral("99999999"));
    if (QTest::currentTestFailed())
        return;

    QLabel *error = child<QLabel>(&wizard, "errorLabel");
    QPushButton *retry = child<QPushButton>(&wizard, "retryButton");
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), NetworkTimeoutMs);
    QVERIFY(error->text().contains(QStringLiteral("not accepted")));
    QVERIFY(retry->isVisible());
    QVERIFY(!wizard.button(QWizard::CommitButton)->isEnabled());
    QCOMPARE(wizard.currentId(), int(SetupWizard::LinkingPageId));

    // Retry starts again from the first request; the server texts a new code.
    const int sent = int(m_sim.otps().size());
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(!error->isVisible());
    const QString second = m_sim.waitForOtp(sent, NetworkTimeoutMs);
    QVERIFY(!second.isEmpty());
    answerOtp(wizard, second);
    if (QTest::currentTestFailed())
        return;
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(SetupWizard::ResultPageId), NetworkTimeoutMs);

    const std::optional<Result<Profile>> loaded = loadFromKeychain(Account);
    QVERIFY(loaded.has_value() && loaded->ok());
    QCOMPARE(loaded->value().document, m_sim.lastDocument());
}

void TestSetupWizard::cancellingTheOtpDialogOffersRetry()
{
    SetupWizard &wizard = *m_wizard;
    walkToLinkingPage(wizard, QStringLiteral("Cancel laptop"));
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY_WITH_TIMEOUT(visibleOtpDialog(&wizard), NetworkTimeoutMs);
    QTest::mouseClick(child<QPushButton>(visibleOtpDialog(&wizard), "cancelButton"), Qt::LeftButton);

    QLabel *error = child<QLabel>(&wizard, "errorLabel");
    QTRY_VERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("cancelled")));
    QVERIFY(child<QPushButton>(&wizard, "retryButton")->isVisible());
    QVERIFY(!visibleOtpDialog(&wizard));

    // Nothing was stored.
    const std::optional<Result<Profile>> loaded = loadFromKeychain(Account);
    QVERIFY(loaded.has_value());
    QVERIFY(!loaded->ok());
    QCOMPARE(loaded->error().code, ErrorCode::NotFound);
}

void TestSetupWizard::nameConflictAsksForAnotherName()
{
    SetupWizard &wizard = *m_wizard;
    walkToLinkingPage(wizard, TakenName);
    if (QTest::currentTestFailed())
        return;
    // Table 7, 409: asked on the linking page, next to the status.
    QWidget *nameWidget = child<QWidget>(&wizard, "deviceNameWidget");
    QTRY_VERIFY_WITH_TIMEOUT(nameWidget->isVisible(), NetworkTimeoutMs);
    QVERIFY(child<QLabel>(&wizard, "deviceNameConflictLabel")->text().contains(TakenName));
    QLineEdit *newName = child<QLineEdit>(&wizard, "newFriendlyNameLineEdit");
    QCOMPARE(newName->text(), TakenName);
    newName->clear();
    QTest::keyClicks(newName, QStringLiteral("Second laptop"));
    QTest::mouseClick(child<QPushButton>(&wizard, "useNameButton"), Qt::LeftButton);
    QVERIFY(!nameWidget->isVisible());

    const QString otp = m_sim.waitForOtp(0, NetworkTimeoutMs);
    QVERIFY(!otp.isEmpty());
    answerOtp(wizard, otp);
    if (QTest::currentTestFailed())
        return;
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(SetupWizard::ResultPageId), NetworkTimeoutMs);
    const std::optional<Result<Profile>> loaded = loadFromKeychain(Account);
    QVERIFY(loaded.has_value() && loaded->ok());
    QCOMPARE(loaded->value().friendlyName, QStringLiteral("Second laptop"));
    // The device page now says the same, should the user link again from this wizard.
    QCOMPARE(wizard.flowSettings().friendlyName, QStringLiteral("Second laptop"));
}

void TestSetupWizard::busyServerIsRetriedByItself()
{
    m_sim.control(QStringLiteral("/_sim/enqueue?status=503&retry_after=1"));
    SetupWizard &wizard = *m_wizard;
    walkToLinkingPage(wizard, QStringLiteral("Busy laptop"));
    if (QTest::currentTestFailed())
        return;
    QLabel *status = child<QLabel>(&wizard, "statusLabel");
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("busy")), NetworkTimeoutMs);
    QVERIFY2(status->text().contains(QStringLiteral("1 second")), qPrintable(status->text()));
    QVERIFY(!child<QLabel>(&wizard, "errorLabel")->isVisible());
    // No click needed: after Retry-After the flow asks again and the code is sent.
    const QString otp = m_sim.waitForOtp(0, NetworkTimeoutMs);
    QVERIFY(!otp.isEmpty());
    answerOtp(wizard, otp);
    if (QTest::currentTestFailed())
        return;
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(SetupWizard::ResultPageId), NetworkTimeoutMs);
}

void TestSetupWizard::serverMessageIsAnswered_data()
{
    QTest::addColumn<bool>("accept");
    QTest::newRow("accept") << true;
    QTest::newRow("decline") << false;
}

void TestSetupWizard::serverMessageIsAnswered()
{
    QFETCH(bool, accept);
    SetupWizard &wizard = *m_wizard;
    walkToLinkingPage(wizard, QStringLiteral("Message laptop"));
    if (QTest::currentTestFailed())
        return;
    const QString otp = m_sim.waitForOtp(0, NetworkTimeoutMs);
    QVERIFY(!otp.isEmpty());
    // The answer to the code carries an MSG with Accept and Decline (§2.2.3).
    m_sim.control(QStringLiteral("/_sim/enqueue?status=200&body=msg-accept-reject"));
    answerOtp(wizard, otp);
    if (QTest::currentTestFailed())
        return;

    ServerMessageDialog *message = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((message = wizard.findChild<ServerMessageDialog *>()) && message->isVisible(),
                             NetworkTimeoutMs);
    QVERIFY(child<QPushButton>(message, "acceptButton"));
    QPushButton *decline = child<QPushButton>(message, "declineButton");
    QVERIFY(decline);
    QCOMPARE(wizard.currentId(), int(SetupWizard::LinkingPageId));

    QTest::mouseClick(accept ? child<QPushButton>(message, "acceptButton") : decline, Qt::LeftButton);
    if (accept) {
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(SetupWizard::ResultPageId), NetworkTimeoutMs);
    } else {
        QLabel *error = child<QLabel>(&wizard, "errorLabel");
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), NetworkTimeoutMs);
        QVERIFY(error->text().contains(QStringLiteral("declined")));
    }
    const std::optional<Result<Profile>> loaded = loadFromKeychain(Account);
    QVERIFY(loaded.has_value() && loaded->ok());
    QVERIFY(!loaded->value().pendingMessage);
    QCOMPARE(loaded->value().messageAnswer, accept ? QStringLiteral("accepted") : QStringLiteral("rejected"));
    QCOMPARE(loaded->value().hasConfiguration(), accept);
}

QTEST_MAIN(TestSetupWizard)
#include "tst_setupwizard.moc"
