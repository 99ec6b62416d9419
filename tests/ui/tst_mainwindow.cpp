// The main window over an in-memory store: what a user sees for a configured account, for no
// account, for an account without a stored profile and for a keychain that cannot be read.

#include "AccountIndex.h"
#include "DisplayFormat.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "ProfileStore.h"
#include "ProvisioningDocument.h"
#include "ServerMessageDialog.h"
#include "SetupWizard.h"

#include <QDir>
#include <QFile>
#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>
#include <optional>

#ifndef SPDC_CORPUS_DIR
#error "SPDC_CORPUS_DIR must name the corpus of real provisioning documents"
#endif

using namespace spdc;

namespace {

const QString Account = QStringLiteral("+15550100001");
const QDateTime Now(QDate(2025, 3, 6), QTime(12, 0), Qt::UTC);

QByteArray corpusDocument(const char *name)
{
    QFile file(QDir(QStringLiteral(SPDC_CORPUS_DIR)).filePath(QLatin1String(name)));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

template<typename T>
T *child(QWidget *root, const char *name)
{
    T *widget = root->findChild<T *>(QLatin1String(name));
    if (!widget)
        qWarning("no %s named %s", T::staticMetaObject.className(), name);
    return widget;
}

QList<QTreeWidgetItem *> topLevelItems(QTreeWidget *tree, const QString &type)
{
    QList<QTreeWidgetItem *> items;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(0) == type)
            items.append(tree->topLevelItem(i));
    }
    return items;
}

QString valueOf(QTreeWidgetItem *item, const QString &name)
{
    for (int i = 0; i < item->childCount(); ++i) {
        if (item->child(i)->text(0) == name)
            return item->child(i)->text(1);
    }
    return QString();
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void showsTheConfiguredAccount();
    void hidesTheToken();
    void showsAnExpiredConfiguration();
    void emptyStateOffersToLinkAnAccount();
    void accountWithoutProfileIsNotConfigured();
    void unavailableKeychainShowsABannerAndRetries();
    void noLinkingWhenTheOrganisationAllowsNoAccounts();
    void pendingMessageCanBeAnswered();

private:
    Profile corpusProfile() const;
    void storeProfile(const Profile &profile);
    std::unique_ptr<MainWindow> showWindow(const QDateTime &now = Now,
                                           const FlowDefaults &defaults = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<AccountIndex> m_index;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_secrets = std::make_unique<MemorySecretStore>();
    m_store = std::make_unique<ProfileStore>(m_secrets.get());
    m_index = std::make_unique<AccountIndex>(m_dir->filePath(QStringLiteral("accounts.ini")));
}

void TestMainWindow::cleanup()
{
    m_store.reset();
    m_secrets.reset();
    m_index.reset();
    m_dir.reset();
}

Profile TestMainWindow::corpusProfile() const
{
    Profile profile;
    profile.identity = Identity::fromMsisdn(Account).value();
    profile.server = QUrl(QStringLiteral("https://config.example.com/"));
    profile.friendlyName = QStringLiteral("Office PC");
    profile.document = corpusDocument("12-aosp-ts43-token-without-validity-two-apps.xml");
    const Result<ProvisioningDocument> document = ProvisioningDocument::parse(profile.document);
    if (document) {
        profile.version = document->vers()->version;
        profile.validityExpires = Now.addSecs(document->vers()->validity);
        profile.token = document->token()->token;
    }
    profile.updated = Now;
    return profile;
}

void TestMainWindow::storeProfile(const Profile &profile)
{
    std::optional<Status> saved;
    m_store->save(profile, [&](Status status) { saved = status; });
    QTRY_VERIFY(saved.has_value());
    QVERIFY(saved->ok());
    m_index->upsert({profile.accountId(), profile.server});
    m_index->setActiveAccount(profile.accountId());
}

std::unique_ptr<MainWindow> TestMainWindow::showWindow(const QDateTime &now,
                                                       const FlowDefaults &defaults)
{
    auto window = std::make_unique<MainWindow>(m_store.get(), m_index.get(), defaults);
    window->setClock([now] { return now; });
    window->show();
    return window;
}

void TestMainWindow::showsTheConfiguredAccount()
{
    const Profile profile = corpusProfile();
    QCOMPARE(profile.version, 1);
    storeProfile(profile);
    const std::unique_ptr<MainWindow> window = showWindow();
    QStackedWidget *stack = child<QStackedWidget>(window.get(), "contentStack");
    QTRY_COMPARE(stack->currentWidget()->objectName(), QStringLiteral("accountPage"));

    QCOMPARE(child<QLabel>(window.get(), "accountLabel")->text(), Account);
    QCOMPARE(child<QLabel>(window.get(), "stateLabel")->text(), QStringLiteral("Configured"));
    QCOMPARE(child<QLabel>(window.get(), "versionLabel")->text(), QStringLiteral("1"));
    QCOMPARE(child<QLabel>(window.get(), "deviceLabel")->text(), QStringLiteral("Office PC (PC)"));
    // VERS validity 1728000 s: 20 days, shown in local time.
    const QString validity = child<QLabel>(window.get(), "validityLabel")->text();
    QVERIFY2(validity.contains(DisplayFormat::localDateTime(Now.addDays(20))), qPrintable(validity));
    QVERIFY2(validity.contains(QStringLiteral("expires in 20 days")), qPrintable(validity));
    QVERIFY(!child<QFrame>(window.get(), "keychainBanner")->isVisible());

    QTreeWidget *tree = child<QTreeWidget>(window.get(), "configurationTreeWidget");
    QCOMPARE(tree->topLevelItemCount(), 4);
    const QList<QTreeWidgetItem *> applications = topLevelItems(tree, QStringLiteral("APPLICATION"));
    QCOMPARE(applications.size(), 2);
    QCOMPARE(valueOf(applications.at(0), QStringLiteral("AppID")), QStringLiteral("ap2004"));
    QCOMPARE(valueOf(applications.at(0), QStringLiteral("EntitlementStatus")), QStringLiteral("1"));
    QCOMPARE(valueOf(applications.at(1), QStringLiteral("AppID")), QStringLiteral("ap2003"));
    QCOMPARE(valueOf(applications.at(1), QStringLiteral("EntitlementStatus")), QStringLiteral("0"));
    const QList<QTreeWidgetItem *> vers = topLevelItems(tree, QStringLiteral("VERS"));
    QCOMPARE(vers.size(), 1);
    QCOMPARE(valueOf(vers.first(), QStringLiteral("validity")), QStringLiteral("1728000"));
}

void TestMainWindow::hidesTheToken()
{
    const Profile profile = corpusProfile();
    storeProfile(profile);
    const std::unique_ptr<MainWindow> window = showWindow();
    QTreeWidget *tree = child<QTreeWidget>(window.get(), "configurationTreeWidget");
    QTRY_COMPARE(tree->topLevelItemCount(), 4);
    const QList<QTreeWidgetItem *> token = topLevelItems(tree, QStringLiteral("TOKEN"));
    QCOMPARE(token.size(), 1);
    const QString shown = valueOf(token.first(), QStringLiteral("token"));
    QVERIFY(!shown.isEmpty());
    QVERIFY(!shown.contains(profile.token));
}

void TestMainWindow::showsAnExpiredConfiguration()
{
    storeProfile(corpusProfile());
    const std::unique_ptr<MainWindow> window = showWindow(Now.addDays(22));
    QLabel *state = child<QLabel>(window.get(), "stateLabel");
    QTRY_VERIFY(state->text().startsWith(QStringLiteral("Expired")));
    QVERIFY(child<QLabel>(window.get(), "validityLabel")->text().contains(QStringLiteral("expired 2 days ago")));
}

void TestMainWindow::emptyStateOffersToLinkAnAccount()
{
    const std::unique_ptr<MainWindow> window = showWindow();
    QStackedWidget *stack = child<QStackedWidget>(window.get(), "contentStack");
    QTRY_COMPARE(stack->currentWidget()->objectName(), QStringLiteral("emptyStatePage"));
    QCOMPARE(child<QLabel>(window.get(), "emptyStateLabel")->text(),
             QStringLiteral("No account is linked yet"));
    QPushButton *link = child<QPushButton>(window.get(), "linkAccountButton");
    QVERIFY(link->isVisible());

    QTest::mouseClick(link, Qt::LeftButton);
    QVERIFY(window->setupWizard());
    QTRY_VERIFY(window->setupWizard()->isVisible());
    QCOMPARE(window->setupWizard()->currentId(), int(SetupWizard::IdentityPageId));
    // A second click brings the same wizard forward instead of opening another.
    SetupWizard *first = window->setupWizard();
    window->openSetupWizard();
    QCOMPARE(window->setupWizard(), first);
    QCOMPARE(window->findChildren<SetupWizard *>().size(), 1);
}

void TestMainWindow::accountWithoutProfileIsNotConfigured()
{
    m_index->upsert({Account, QUrl(QStringLiteral("https://config.example.com/"))});
    m_index->setActiveAccount(Account);
    const std::unique_ptr<MainWindow> window = showWindow();
    QStackedWidget *stack = child<QStackedWidget>(window.get(), "contentStack");
    QTRY_COMPARE(stack->currentWidget()->objectName(), QStringLiteral("accountPage"));
    QCOMPARE(child<QLabel>(window.get(), "accountLabel")->text(), Account);
    QCOMPARE(child<QLabel>(window.get(), "stateLabel")->text(), QStringLiteral("Not configured yet"));
    QCOMPARE(child<QLabel>(window.get(), "versionLabel")->text(), QStringLiteral("None"));
    QCOMPARE(child<QTreeWidget>(window.get(), "configurationTreeWidget")->topLevelItemCount(), 0);
}

void TestMainWindow::unavailableKeychainShowsABannerAndRetries()
{
    storeProfile(corpusProfile());
    m_secrets->setAvailable(false);
    const std::unique_ptr<MainWindow> window = showWindow();
    QFrame *banner = child<QFrame>(window.get(), "keychainBanner");
    QTRY_VERIFY(banner->isVisible());
    QVERIFY(child<QLabel>(window.get(), "keychainBannerLabel")->text().contains(
        QStringLiteral("The keychain is unavailable.")));
    // Unreadable is not "no account": the account stays on screen.
    QCOMPARE(child<QStackedWidget>(window.get(), "contentStack")->currentWidget()->objectName(),
             QStringLiteral("accountPage"));
    QCOMPARE(child<QLabel>(window.get(), "accountLabel")->text(), Account);
    QCOMPARE(child<QLabel>(window.get(), "versionLabel")->text(), QStringLiteral("Unknown"));

    m_secrets->setAvailable(true);
    QTest::mouseClick(child<QPushButton>(window.get(), "retryLoadButton"), Qt::LeftButton);
    QTRY_VERIFY(!banner->isVisible());
    QCOMPARE(child<QLabel>(window.get(), "versionLabel")->text(), QStringLiteral("1"));
}

void TestMainWindow::noLinkingWhenTheOrganisationAllowsNoAccounts()
{
    FlowDefaults defaults;
    defaults.allowAddAccounts = false;
    const std::unique_ptr<MainWindow> window = showWindow(Now, defaults);
    QTRY_COMPARE(child<QStackedWidget>(window.get(), "contentStack")->currentWidget()->objectName(),
                 QStringLiteral("emptyStatePage"));
    QPushButton *link = child<QPushButton>(window.get(), "linkAccountButton");
    // Disabled and labelled, not hidden.
    QVERIFY(link->isVisible());
    QVERIFY(!link->isEnabled());
    QVERIFY(child<QLabel>(window.get(), "emptyStateHintLabel")->text().contains(
        QStringLiteral("managed by your organisation")));
    QVERIFY(!window->canLinkAccount());
    window->openSetupWizard();
    QVERIFY(!window->setupWizard());
}

void TestMainWindow::pendingMessageCanBeAnswered()
{
    Profile profile = corpusProfile();
    profile.pendingMessage = UserMessage{QStringLiteral("RCS"), QStringLiteral("Terms apply"), true, true};
    storeProfile(profile);
    const std::unique_ptr<MainWindow> window = showWindow();
    QPushButton *answer = child<QPushButton>(window.get(), "answerMessageButton");
    QTRY_VERIFY(answer->isVisible());
    QCOMPARE(child<QLabel>(window.get(), "stateLabel")->text(),
             QStringLiteral("Waiting for you to answer a message"));

    QTest::mouseClick(answer, Qt::LeftButton);
    ServerMessageDialog *dialog = window->findChild<ServerMessageDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("acceptButton")), Qt::LeftButton);
    QTRY_VERIFY(!answer->isVisible());
    QCOMPARE(child<QLabel>(window.get(), "stateLabel")->text(), QStringLiteral("Configured"));

    std::optional<Result<Profile>> stored;
    m_store->load(Account, [&](Result<Profile> loaded) { stored = std::move(loaded); });
    QTRY_VERIFY(stored.has_value());
    QVERIFY(stored->ok());
    QVERIFY(!stored->value().pendingMessage);
    QCOMPARE(stored->value().messageAnswer, QStringLiteral("accepted"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
