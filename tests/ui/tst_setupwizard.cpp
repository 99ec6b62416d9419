// The wizard end to end: acs-sim as a real process over TLS, the real keychain (a private
// gnome-keyring started by with-keyring.sh), the GUI driven by objectName under offscreen.

#include "AccountIndex.h"
#include "AcsSimProcess.h"
#include "Branding.h"
#include "FrontendOptions.h"
#include "KeychainSecretStore.h"
#include "NameConflictDialog.h"
#include "OtpDialog.h"
#include "ProfileStore.h"
#include "ServerMessageDialog.h"
#include "SetupWizard.h"
#include "WidgetLookup.h"

#include <QAbstractButton>
#include <QApplication>
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
#include <QFile>
#include <QSet>
#include <QTreeView>
#include <QXmlStreamReader>

#include <chrono>
#include <memory>
#include <optional>

using namespace spdc;
using namespace std::chrono_literals;

namespace {

const QString Account = QStringLiteral("+15550100001");
const QString TakenName = QStringLiteral("Taken laptop");
constexpr int NetworkTimeoutMs = 20000;

// QVERIFY2 builds its message even when the check passes: only ask a failure for its error.
template<typename R>
QByteArray failureText(const R &result)
{
    return result.ok() ? QByteArray() : result.error().userMessage.toUtf8();
}

// The English source texts that the German translation changes, and Qt's own English button
// texts: none of them may be seen on a button once German is loaded.
QSet<QString> englishTexts()
{
    QSet<QString> texts{QStringLiteral("&Next >"), QStringLiteral("< &Back"), QStringLiteral("&Finish"),
                        QStringLiteral("Cancel"), QStringLiteral("&Cancel"), QStringLiteral("&Close"),
                        QStringLiteral("Close")};
    QFile file(QStringLiteral(SPDC_TS_DIR "/spdc_de.ts"));
    if (!file.open(QIODevice::ReadOnly))
        qWarning("cannot read spdc_de.ts");
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("source"))
            source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")) {
            const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!translation.isEmpty() && translation != source)
                texts.insert(source);
        }
    }
    return texts;
}

// The text of each button a person sees under root.
QStringList visibleButtonTexts(QWidget *root)
{
    QStringList texts;
    const QList<QAbstractButton *> buttons = root->findChildren<QAbstractButton *>();
    for (QAbstractButton *button : buttons) {
        if (button->isVisible() && !button->text().isEmpty())
            texts.append(button->text());
    }
    return texts;
}

} // namespace

class TestSetupWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void startsWithTheChoiceOfFlow();
    void invalidNumberKeepsNextDisabled();
    void nationalNumberInTheOperatorsCountry();
    void serverGivenOnTheCommandLineIsPreselected();
    void linksAndStoresTheProfileInTheKeychain();
    void wrongOtpShowsTheErrorWithRetry();
    void cancellingTheOtpDialogOffersRetry();
    void nameConflictAsksForAnotherName();
    void busyServerIsRetriedByItself();
    void serverMessageIsAnswered_data();
    void serverMessageIsAnswered();
    void closingTheServerMessageIsNoAnswer();
    void dedicatedIdentityWithTheProvidersCode_data();
    void dedicatedIdentityWithTheProvidersCode();
    void dedicatedWrongCodeOffersToChangeIt();
    void refusedNumberOffersAnotherNumber();
    void changeNumberFromTheOtpDialog();
    void expiredCodeOffersANewCodeOrAnotherNumber();
    void keyboardOnlyCompletion();
    void everyInputHasAnAccessibleName();
    void newCodeFromTheOtpDialog();
    void germanUserSeesGermanTexts();

private:
    std::unique_ptr<KeychainSecretStore> freshKeychain();
    std::optional<Result<Profile>> loadFromKeychain(const QString &account);
    // Chooses §2.5 or §2.6 and the acs-sim server; ends on the identity page.
    void walkToIdentityPage(SetupWizard &wizard, bool dedicated = false);
    // Fills the pages and enters the linking page.
    void walkToLinkingPage(SetupWizard &wizard, const QString &friendlyName,
                           const QString &identity = QStringLiteral("+1 555 010 0001"),
                           const QString &dedicatedCode = QString());
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

void TestSetupWizard::walkToIdentityPage(SetupWizard &wizard, bool dedicated)
{
    QAbstractButton *next = wizard.button(QWizard::NextButton);
    QCOMPARE(wizard.currentId(), int(SetupWizard::ChoicePageId));
    child<QRadioButton>(&wizard, dedicated ? "dedicatedIdentityRadioButton" : "sharedIdentityRadioButton")->click();
    QVERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);

    QCOMPARE(wizard.currentId(), int(SetupWizard::ServerPageId));
    child<QRadioButton>(&wizard, "customServerRadioButton")->click();
    QLineEdit *serverUrl = child<QLineEdit>(&wizard, "serverUrlLineEdit");
    serverUrl->clear();
    QTest::keyClicks(serverUrl, m_sim.url().toString());
    QVERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(SetupWizard::IdentityPageId));
}

void TestSetupWizard::walkToLinkingPage(SetupWizard &wizard, const QString &friendlyName,
                                        const QString &identity, const QString &dedicatedCode)
{
    walkToIdentityPage(wizard, !dedicatedCode.isEmpty());
    if (QTest::currentTestFailed())
        return;
    QAbstractButton *next = wizard.button(QWizard::NextButton);
    const bool sip = identity.startsWith(QLatin1String("sip:"));
    child<QRadioButton>(&wizard, sip ? "sipUriRadioButton" : "msisdnRadioButton")->click();
    // Typed the way people write it; the request carries E.164.
    QLineEdit *identityEdit = child<QLineEdit>(&wizard, "identityLineEdit");
    identityEdit->clear();
    QTest::keyClicks(identityEdit, identity);
    if (!dedicatedCode.isEmpty()) {
        QVERIFY(!next->isEnabled());
        QLineEdit *code = child<QLineEdit>(&wizard, "dedicatedCodeLineEdit");
        code->clear();
        QTest::keyClicks(code, dedicatedCode);
    }
    QVERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);

    QCOMPARE(wizard.currentId(), int(SetupWizard::DevicePageId));
    QLineEdit *name = child<QLineEdit>(&wizard, "friendlyNameLineEdit");
    name->clear();
    QTest::keyClicks(name, friendlyName);
    QComboBox *type = child<QComboBox>(&wizard, "deviceTypeComboBox");
    type->setCurrentIndex(type->findData(int(DeviceType::PC)));
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(SetupWizard::LinkingPageId));
}

void TestSetupWizard::answerOtp(SetupWizard &wizard, const QString &code)
{
    QTRY_VERIFY_WITH_TIMEOUT(visible<OtpDialog>(&wizard), NetworkTimeoutMs);
    OtpDialog *dialog = visible<OtpDialog>(&wizard);
    QVERIFY(child<QLabel>(dialog, "destinationLabel")->text().contains(QStringLiteral("+1 555-010-0001")));
    QTest::keyClicks(child<QLineEdit>(dialog, "otpLineEdit"), code);
    QPushButton *ok = child<QPushButton>(dialog, "okButton");
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
}

void TestSetupWizard::startsWithTheChoiceOfFlow()
{
    SetupWizard &wizard = *m_wizard;
    QCOMPARE(wizard.currentId(), int(SetupWizard::ChoicePageId));
    // §2.5, the common case, is preselected: Next goes on at once.
    QVERIFY(child<QRadioButton>(&wizard, "sharedIdentityRadioButton")->isChecked());
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    QVERIFY(!wizard.flowSettings().dedicatedOtp);
    // The operator comes next: its country is how a national number is read.
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(SetupWizard::ServerPageId));
}

void TestSetupWizard::invalidNumberKeepsNextDisabled()
{
    SetupWizard &wizard = *m_wizard;
    walkToIdentityPage(wizard);
    if (QTest::currentTestFailed())
        return;
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

void TestSetupWizard::nationalNumberInTheOperatorsCountry()
{
    SetupWizard &wizard = *m_wizard;
    QAbstractButton *next = wizard.button(QWizard::NextButton);
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(SetupWizard::ServerPageId));
    QLineEdit *search = child<QLineEdit>(&wizard, "operatorSearchLineEdit");
    if (!search->isEnabled())
        QSKIP("mobile-broadband-provider-info is not installed");
    QTest::keyClicks(search, QStringLiteral("vodafone united kingdom"));
    QTest::keyClick(search, Qt::Key_Down);
    QVERIFY(wizard.flowSettings().server.host().contains(QStringLiteral("mcc234")));
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(SetupWizard::IdentityPageId));

    // Typed the British way; shown, live, as it will be sent.
    QVERIFY(child<QLabel>(&wizard, "identityHintLabel")->text().contains(QStringLiteral("United Kingdom")));
    QTest::keyClicks(child<QLineEdit>(&wizard, "identityLineEdit"), QStringLiteral("07700 900123"));
    QCOMPARE(child<QLabel>(&wizard, "identityPreviewLabel")->text(), QStringLiteral("Will send: +447700900123 (+44 7700 900123)"));
    QVERIFY(next->isEnabled());
    QCOMPARE(wizard.flowSettings().identity.value(), QStringLiteral("+447700900123"));

    // Another server: no country any more, so only international numbers.
    wizard.back();
    child<QRadioButton>(&wizard, "customServerRadioButton")->click();
    QTest::keyClicks(child<QLineEdit>(&wizard, "serverUrlLineEdit"), m_sim.url().toString());
    QTest::mouseClick(next, Qt::LeftButton);
    QVERIFY(!next->isEnabled());
    QVERIFY(child<QLabel>(&wizard, "identityPreviewLabel")->text().isEmpty());
}

void TestSetupWizard::serverGivenOnTheCommandLineIsPreselected()
{
    FlowDefaults defaults;
    defaults.server = m_sim.url();
    SetupWizard wizard(m_store.get(), m_index.get(), defaults);
    wizard.show();
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(SetupWizard::ServerPageId));
    QVERIFY(child<QRadioButton>(&wizard, "customServerRadioButton")->isChecked());
    QCOMPARE(child<QLineEdit>(&wizard, "serverUrlLineEdit")->text(), m_sim.url().toString());
    QVERIFY(!child<QLineEdit>(&wizard, "operatorSearchLineEdit")->isEnabled());
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
    QTRY_VERIFY_WITH_TIMEOUT(visible<OtpDialog>(&wizard), NetworkTimeoutMs);
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
    QTRY_VERIFY_WITH_TIMEOUT(visible<OtpDialog>(&wizard), NetworkTimeoutMs);
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

    // Retry at once would make the operator text another paid SMS right after the first:
    // nothing is sent, and the page says how long to wait.
    const int sent = int(m_sim.otps().size());
    const int requests = int(m_sim.requests().size());
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), NetworkTimeoutMs);
    QVERIFY2(error->text().contains(QStringLiteral("A new code can be sent in")),
             qPrintable(error->text()));
    QVERIFY(retry->isVisible());
    QCOMPARE(int(m_sim.requests().size()), requests);
    QCOMPARE(int(m_sim.otps().size()), sent);

    // Once the interval has passed (the record of the last code forgotten, as after the wait),
    // Retry starts again from the first request; the server texts a new code.
    QSettings().remove(QStringLiteral("smsRequests"));
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
    QTRY_VERIFY_WITH_TIMEOUT(visible<OtpDialog>(&wizard), NetworkTimeoutMs);
    QTest::mouseClick(child<QPushButton>(visible<OtpDialog>(&wizard), "cancelButton"), Qt::LeftButton);

    QLabel *error = child<QLabel>(&wizard, "errorLabel");
    QTRY_VERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("cancelled")));
    QVERIFY(child<QPushButton>(&wizard, "retryButton")->isVisible());
    QVERIFY(!visible<OtpDialog>(&wizard));

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
    // Table 7, 409: a small dialog explains and proposes another name.
    QTRY_VERIFY_WITH_TIMEOUT(visible<NameConflictDialog>(&wizard), NetworkTimeoutMs);
    NameConflictDialog *dialog = visible<NameConflictDialog>(&wizard);
    QVERIFY(child<QLabel>(dialog, "explanationLabel")->text().contains(TakenName));
    QLineEdit *newName = child<QLineEdit>(dialog, "newFriendlyNameLineEdit");
    QCOMPARE(newName->text(), TakenName + QStringLiteral(" 2"));
    QCOMPARE(newName->maxLength(), 30);
    // The taken name itself cannot be sent again.
    newName->clear();
    QTest::keyClicks(newName, TakenName);
    QPushButton *use = child<QPushButton>(dialog, "useNameButton");
    QVERIFY(!use->isEnabled());
    newName->clear();
    QTest::keyClicks(newName, QStringLiteral("Second laptop"));
    QVERIFY(use->isEnabled());
    QTest::mouseClick(use, Qt::LeftButton);
    QTRY_VERIFY(!visible<NameConflictDialog>(&wizard));

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

void TestSetupWizard::closingTheServerMessageIsNoAnswer()
{
    SetupWizard &wizard = *m_wizard;
    walkToLinkingPage(wizard, QStringLiteral("Message laptop"));
    if (QTest::currentTestFailed())
        return;
    const QString otp = m_sim.waitForOtp(0, NetworkTimeoutMs);
    QVERIFY(!otp.isEmpty());
    m_sim.control(QStringLiteral("/_sim/enqueue?status=200&body=msg-accept-reject"));
    answerOtp(wizard, otp);
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY_WITH_TIMEOUT(visible<ServerMessageDialog>(&wizard), NetworkTimeoutMs);
    // Escape (or the window's close button) is not Decline (§2.2.3).
    visible<ServerMessageDialog>(&wizard)->reject();
    QLabel *error = child<QLabel>(&wizard, "errorLabel");
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), NetworkTimeoutMs);
    QVERIFY2(error->text().contains(QStringLiteral("waiting for your answer")), qPrintable(error->text()));
    const std::optional<Result<Profile>> loaded = loadFromKeychain(Account);
    QVERIFY(loaded.has_value() && loaded->ok());
    QVERIFY(loaded->value().pendingMessage);
    QVERIFY(loaded->value().messageAnswer.isEmpty());
}

void TestSetupWizard::dedicatedIdentityWithTheProvidersCode_data()
{
    QTest::addColumn<QString>("identity");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("parameter");
    // acs-sim's default §2.6 identities.
    QTest::newRow("SIP URI") << QStringLiteral("sip:device@example.com") << QStringLiteral("1357 2468")
                             << QStringLiteral("sip:device@example.com") << QStringLiteral("sip_uri");
    QTest::newRow("MSISDN") << QStringLiteral("+1 555 010 0099") << QStringLiteral("24681357")
                            << QStringLiteral("+15550100099") << QStringLiteral("msisdn");
}

void TestSetupWizard::dedicatedIdentityWithTheProvidersCode()
{
    QFETCH(QString, identity);
    QFETCH(QString, code);
    QFETCH(QString, account);
    QFETCH(QString, parameter);
    std::optional<Status> removed;
    m_store->remove(account, [&](Status status) { removed = status; });
    QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), NetworkTimeoutMs);

    SetupWizard &wizard = *m_wizard;
    QSignalSpy linked(&wizard, &SetupWizard::accountLinked);
    walkToLinkingPage(wizard, QStringLiteral("Kiosk"), identity, code);
    if (QTest::currentTestFailed())
        return;
    // §2.6: the code went in the first request; no SMS, no OTP dialog.
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(SetupWizard::ResultPageId), NetworkTimeoutMs);
    QCOMPARE(linked.count(), 1);
    QVERIFY(!visible<OtpDialog>(&wizard));
    QVERIFY(m_sim.otps().isEmpty());
    const QJsonObject params = m_sim.requests().first().toObject().value(QLatin1String("params")).toObject();
    QCOMPARE(params.value(parameter).toString(), account);
    QCOMPARE(params.value(QLatin1String("OTP")).toString(), code.remove(QLatin1Char(' ')));
    const std::optional<Result<Profile>> loaded = loadFromKeychain(account);
    QVERIFY(loaded.has_value());
    QVERIFY2(loaded->ok(), failureText(*loaded).constData());
    QCOMPARE(loaded->value().document, m_sim.lastDocument());
}

void TestSetupWizard::dedicatedWrongCodeOffersToChangeIt()
{
    SetupWizard &wizard = *m_wizard;
    walkToLinkingPage(wizard, QStringLiteral("Kiosk"), QStringLiteral("sip:device@example.com"),
                      QStringLiteral("11111111"));
    if (QTest::currentTestFailed())
        return;
    QLabel *error = child<QLabel>(&wizard, "errorLabel");
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), NetworkTimeoutMs);
    QVERIFY2(error->text().contains(QStringLiteral("not accepted")), qPrintable(error->text()));
    QVERIFY(!visible<OtpDialog>(&wizard));
    QPushButton *change = child<QPushButton>(&wizard, "changeIdentityButton");
    QVERIFY(change->isVisible());
    QVERIFY(change->text().contains(QStringLiteral("code")));
    QTest::mouseClick(change, Qt::LeftButton);
    QTRY_COMPARE(wizard.currentId(), int(SetupWizard::IdentityPageId));
    QLineEdit *code = child<QLineEdit>(&wizard, "dedicatedCodeLineEdit");
    QVERIFY(code->isVisible());
    code->clear();
    QTest::keyClicks(code, QStringLiteral("13572468"));
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(SetupWizard::ResultPageId), NetworkTimeoutMs);
}

void TestSetupWizard::refusedNumberOffersAnotherNumber()
{
    SetupWizard &wizard = *m_wizard;
    // acs-sim does not know this number: 403 (§2.5.2).
    walkToLinkingPage(wizard, QStringLiteral("Refused laptop"), QStringLiteral("+1 555 010 0050"));
    if (QTest::currentTestFailed())
        return;
    QLabel *error = child<QLabel>(&wizard, "errorLabel");
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), NetworkTimeoutMs);
    QVERIFY2(error->text().contains(QStringLiteral("refused")), qPrintable(error->text()));
    QVERIFY(child<QPushButton>(&wizard, "retryButton")->isVisible());
    QPushButton *another = child<QPushButton>(&wizard, "changeIdentityButton");
    QVERIFY(another->isVisible());
    QCOMPARE(another->text(), QStringLiteral("&Use another number"));

    QTest::mouseClick(another, Qt::LeftButton);
    QTRY_COMPARE(wizard.currentId(), int(SetupWizard::IdentityPageId));
    // Pre-filled and selected: typing replaces it.
    QLineEdit *identity = child<QLineEdit>(&wizard, "identityLineEdit");
    QCOMPARE(identity->text(), QStringLiteral("+1 555 010 0050"));
    QCOMPARE(identity->selectedText(), identity->text());
    QTest::keyClicks(identity, QStringLiteral("+1 555 010 0001"));
    QCOMPARE(wizard.flowSettings().identity.value(), Account);
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(SetupWizard::LinkingPageId));
    QTRY_VERIFY_WITH_TIMEOUT(visible<OtpDialog>(&wizard), NetworkTimeoutMs);
}

void TestSetupWizard::changeNumberFromTheOtpDialog()
{
    SetupWizard &wizard = *m_wizard;
    walkToLinkingPage(wizard, QStringLiteral("Change laptop"));
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY_WITH_TIMEOUT(visible<OtpDialog>(&wizard), NetworkTimeoutMs);
    QTest::mouseClick(child<QPushButton>(visible<OtpDialog>(&wizard), "changeNumberButton"), Qt::LeftButton);
    QTRY_COMPARE(wizard.currentId(), int(SetupWizard::IdentityPageId));
    QVERIFY(!visible<OtpDialog>(&wizard));
    QCOMPARE(child<QLineEdit>(&wizard, "identityLineEdit")->text(), QStringLiteral("+1 555 010 0001"));
    // Nothing failed: going back is not an error.
    QVERIFY(!child<QLabel>(&wizard, "errorLabel")->isVisibleTo(&wizard));
}

void TestSetupWizard::expiredCodeOffersANewCodeOrAnotherNumber()
{
    FlowDefaults defaults;
    defaults.extraCa = m_sim.caCertificates();
    defaults.timeout = 15s;
    defaults.otpTimeout = 1500ms;
    m_wizard = std::make_unique<SetupWizard>(m_store.get(), m_index.get(), defaults);
    SetupWizard &wizard = *m_wizard;
    wizard.show();
    walkToLinkingPage(wizard, QStringLiteral("Slow laptop"));
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY_WITH_TIMEOUT(visible<OtpDialog>(&wizard), NetworkTimeoutMs);
    OtpDialog *dialog = visible<OtpDialog>(&wizard);
    QVERIFY(child<QLabel>(dialog, "codeTimeLabel")->text().contains(QStringLiteral("0:0")));
    // The flow's otpExpired: said in the dialog, both ways out offered.
    QLabel *error = child<QLabel>(dialog, "errorLabel");
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 5000);
    QVERIFY(error->text().contains(QStringLiteral("may have expired")));
    QVERIFY(child<QPushButton>(dialog, "changeNumberButton")->isEnabled());
    QPushButton *newCode = child<QPushButton>(dialog, "newCodeButton");
    // The rate limit (30 s for the first new code) is counted down on the button.
    QVERIFY2(newCode->text().contains(QStringLiteral(" s)")), qPrintable(newCode->text()));
    QVERIFY(!newCode->isEnabled());
    QVERIFY(visible<OtpDialog>(&wizard));
}

void TestSetupWizard::keyboardOnlyCompletion()
{
    // Only keys, each sent to whatever has the focus: what a keyboard user can do.
    FlowDefaults defaults;
    defaults.server = m_sim.url();
    defaults.extraCa = m_sim.caCertificates();
    defaults.timeout = 15s;
    SetupWizard wizard(m_store.get(), m_index.get(), defaults);
    wizard.show();
    wizard.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&wizard));
    const auto focused = [] { return QApplication::focusWidget(); };
    const auto press = [&](Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
        QVERIFY(focused());
        QTest::keyClick(focused(), key, modifiers);
    };

    // The choice: §2.5 is preselected; Return is Next.
    QTRY_COMPARE(focused(), child<QWidget>(&wizard, "sharedIdentityRadioButton"));
    press(Qt::Key_Return);
    // The operator: the --server address is preselected and focused.
    QCOMPARE(wizard.currentId(), int(SetupWizard::ServerPageId));
    QTRY_COMPARE(focused(), child<QWidget>(&wizard, "serverUrlLineEdit"));
    press(Qt::Key_Return);
    // The number: the cursor is in the field.
    QCOMPARE(wizard.currentId(), int(SetupWizard::IdentityPageId));
    QTRY_COMPARE(focused(), child<QWidget>(&wizard, "identityLineEdit"));
    QTest::keyClicks(focused(), QStringLiteral("+1 555 010 0001"));
    press(Qt::Key_Return);
    // The device: name, then type, in that order.
    QCOMPARE(wizard.currentId(), int(SetupWizard::DevicePageId));
    QTRY_COMPARE(focused(), child<QWidget>(&wizard, "friendlyNameLineEdit"));
    press(Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(focused(), QStringLiteral("Keyboard laptop"));
    press(Qt::Key_Tab);
    QCOMPARE(focused(), child<QWidget>(&wizard, "deviceTypeComboBox"));
    press(Qt::Key_Backtab);
    press(Qt::Key_Return);
    // Linking: the code dialog takes the focus, in its code field.
    QCOMPARE(wizard.currentId(), int(SetupWizard::LinkingPageId));
    QTRY_VERIFY_WITH_TIMEOUT(visible<OtpDialog>(&wizard), NetworkTimeoutMs);
    OtpDialog *dialog = visible<OtpDialog>(&wizard);
    QTRY_COMPARE(focused(), child<QWidget>(dialog, "otpLineEdit"));
    const QString otp = m_sim.waitForOtp(0, NetworkTimeoutMs);
    QVERIFY(!otp.isEmpty());
    QTest::keyClicks(focused(), otp);
    press(Qt::Key_Return);
    // The result: Return is Finish.
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(SetupWizard::ResultPageId), NetworkTimeoutMs);
    // The dialog is gone; giving the keyboard back to the window under it is the window
    // manager's part, which the offscreen platform does not play.
    if (!wizard.isActiveWindow()) {
        wizard.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
    }
    QTRY_VERIFY(focused() && focused()->window() == &wizard);
    press(Qt::Key_Return);
    QCOMPARE(wizard.result(), int(QDialog::Accepted));
    const QJsonObject params = m_sim.requests().first().toObject().value(QLatin1String("params")).toObject();
    QCOMPARE(params.value(QLatin1String("friendly_device_name")).toString(), QStringLiteral("Keyboard laptop"));
}

void TestSetupWizard::everyInputHasAnAccessibleName()
{
    SetupWizard &wizard = *m_wizard;
    QList<QWidget *> inputs;
    for (QLineEdit *edit : wizard.findChildren<QLineEdit *>()) {
        if (!edit->parentWidget()->inherits("QComboBox"))
            inputs.append(edit);
    }
    for (QComboBox *combo : wizard.findChildren<QComboBox *>())
        inputs.append(combo);
    for (QTreeView *view : wizard.findChildren<QTreeView *>())
        inputs.append(view);
    QVERIFY(inputs.size() >= 6);
    for (const QWidget *input : std::as_const(inputs))
        QVERIFY2(!input->accessibleName().isEmpty(), qPrintable(input->objectName()));
}




void TestSetupWizard::newCodeFromTheOtpDialog()
{
    FlowDefaults defaults;
    defaults.extraCa = m_sim.caCertificates();
    defaults.timeout = 15s;
    defaults.newCodeInterval = 1s;
    m_wizard = std::make_unique<SetupWizard>(m_store.get(), m_index.get(), defaults);
    SetupWizard &wizard = *m_wizard;
    wizard.show();
    walkToLinkingPage(wizard, QStringLiteral("New code laptop"));
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY_WITH_TIMEOUT(visible<OtpDialog>(&wizard), NetworkTimeoutMs);
    const QString first = m_sim.waitForOtp(0, NetworkTimeoutMs);
    QVERIFY(!first.isEmpty());
    OtpDialog *dialog = visible<OtpDialog>(&wizard);
    QPushButton *newCode = child<QPushButton>(dialog, "newCodeButton");
    // The rate limit runs out; the button sends another SMS through a new first request.
    QTRY_VERIFY_WITH_TIMEOUT(newCode->isEnabled(), 5000);
    QTest::mouseClick(newCode, Qt::LeftButton);
    const QString second = m_sim.waitForOtp(1, NetworkTimeoutMs);
    QVERIFY(!second.isEmpty());
    QCOMPARE(m_sim.otps().size(), 2);
    // The dialog says so, and the new code links the device.
    QTRY_VERIFY_WITH_TIMEOUT(visible<OtpDialog>(&wizard)
                                 && child<QLabel>(visible<OtpDialog>(&wizard), "destinationLabel")
                                        ->text().contains(QStringLiteral("new code")),
                             NetworkTimeoutMs);
    answerOtp(wizard, second);
    if (QTest::currentTestFailed())
        return;
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(SetupWizard::ResultPageId), NetworkTimeoutMs);
}

void TestSetupWizard::germanUserSeesGermanTexts()
{
    installTranslations(QLocale(QLocale::German, QLocale::Germany));
    const auto english = [] { installTranslations(QLocale(QLocale::English, QLocale::UnitedStates)); };
    const QSet<QString> untranslated = englishTexts();
    QVERIFY(untranslated.contains(QStringLiteral("Send a &new code")));
    FlowDefaults defaults;
    defaults.locale = QLocale(QLocale::German, QLocale::Germany);
    defaults.extraCa = m_sim.caCertificates();
    defaults.timeout = 15s;
    m_wizard = std::make_unique<SetupWizard>(m_store.get(), m_index.get(), defaults);
    SetupWizard &wizard = *m_wizard;
    wizard.show();
    const auto noEnglishOn = [&](QWidget *root) {
        const QStringList texts = visibleButtonTexts(root);
        QStringList left;
        for (const QString &text : texts) {
            if (untranslated.contains(text))
                left.append(text);
        }
        return left.join(QLatin1String(" | "));
    };
    QVERIFY(!visibleButtonTexts(&wizard).isEmpty());
    QString left = noEnglishOn(&wizard);
    QVERIFY2(left.isEmpty(), qPrintable(left));
    QVERIFY(!untranslated.contains(wizard.currentPage()->title()));

    walkToLinkingPage(wizard, QStringLiteral("Arbeits-PC"));
    if (QTest::currentTestFailed())
        return english();
    QTRY_VERIFY_WITH_TIMEOUT(visible<OtpDialog>(&wizard), NetworkTimeoutMs);
    OtpDialog *dialog = visible<OtpDialog>(&wizard);
    left = noEnglishOn(dialog);
    QVERIFY2(left.isEmpty(), qPrintable(left));
    QVERIFY(!untranslated.contains(dialog->windowTitle()));
    const QString otp = m_sim.waitForOtp(0, NetworkTimeoutMs);
    // The requests ask for German answers too.
    QCOMPARE(m_sim.requests().last().toObject().value(QLatin1String("accept_language")).toString().left(2),
             QStringLiteral("de"));
    answerOtp(wizard, otp);
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(SetupWizard::ResultPageId), NetworkTimeoutMs);
    left = noEnglishOn(&wizard);
    QVERIFY2(left.isEmpty(), qPrintable(left));
    QVERIFY(!untranslated.contains(wizard.currentPage()->title()));
    english();
}

QTEST_MAIN(TestSetupWizard)
#include "tst_setupwizard.moc"
