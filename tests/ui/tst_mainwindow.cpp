// The main window over an in-memory store: what a user sees for a configured account, for no
// account, for an account without a stored profile and for a keychain that cannot be read; the
// account switcher and its states, remove and reset, the configuration filter and "Copy value",
// Refresh now when nothing may be sent, restoring a backup, and the start-at-login entry.
// Queries against a real server are in tst_mainwindowqueries.

#include "AccountIndex.h"
#include "AccountManager.h"
#include "AccountQuery.h"
#include "AccountSwitcher.h"
#include "DecisionPrompter.h"
#include "DisplayFormat.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "ProvisioningFlow.h"
#include "ProfileStore.h"
#include "ProvisioningDocument.h"
#include "ServerMessageDialog.h"
#include "SetupWizard.h"
#include "WidgetLookup.h"

#include <QAbstractButton>
#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFrame>
#include <QApplication>
#include <QGuiApplication>
#include <QHash>
#include <QImage>
#include <QPalette>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QWizard>

#include <cmath>
#include <memory>
#include <optional>

#ifndef SPDC_CORPUS_DIR
#error "SPDC_CORPUS_DIR must name the corpus of real provisioning documents"
#endif

using namespace spdc;

namespace {

const QString Account = QStringLiteral("+15550100001");
const QString Other = QStringLiteral("+15550100002");
const QString Third = QStringLiteral("sip:alice@example.com");
const QDateTime Now(QDate(2025, 3, 6), QTime(12, 0), Qt::UTC);

QByteArray corpusDocument(const char *name)
{
    QFile file(QDir(QStringLiteral(SPDC_CORPUS_DIR)).filePath(QLatin1String(name)));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
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

// Counts the reads per account, to prove what is read from the keychain and when.
class CountingSecretStore : public MemorySecretStore
{
public:
    void read(const QString &key, ReadCallback done) override
    {
        m_reads.append(key);
        MemorySecretStore::read(key, std::move(done));
    }
    int readsFor(const QString &account) const
    {
        int count = 0;
        for (const QString &key : m_reads)
            count += key.contains(account) ? 1 : 0;
        return count;
    }
    void clearReads() { m_reads.clear(); }

private:
    QStringList m_reads;
};

QTreeWidgetItem *findItem(QTreeWidget *tree, const QString &name, const QString &value = QString())
{
    for (QTreeWidgetItemIterator it(tree); *it; ++it) {
        if ((*it)->text(0) == name && (value.isEmpty() || (*it)->text(1) == value))
            return *it;
    }
    return nullptr;
}

QString stateOf(AccountSwitcher *switcher, const QString &account)
{
    const int index = switcher->indexOfAccount(account);
    return index < 0 ? QStringLiteral("<absent>")
                     : switcher->itemData(index, AccountSwitcher::StateTextRole).toString();
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
    void bannerFollowsADarkPalette();
    void noLinkingWhenTheOrganisationAllowsNoAccounts();
    void pendingMessageCanBeAnswered();

    void switcherListsAccountsWithTheirStates();
    void startUpReadsOnlyTheActiveAccount();
    void switchingClearsTheViewAndShowsTheOtherAccount();
    void removeAsksFirst();
    void resetKeepsABackup();
    void addAccountIsRefusedWhenManaged();
    void linkingAgainRestoresAStillValidBackup();
    void filterKeepsParentsOfMatches();
    void copyValueNeverCopiesTheToken();
    void refreshNowSendsNothingWhenSwitchedOffPermanently();
    void startAtLoginWritesAndRemovesTheEntry();

private:
    Profile corpusProfile(const QString &account = Account) const;
    void storeProfile(const Profile &profile, bool active = true);
    std::unique_ptr<MainWindow> showWindow(const QDateTime &now = Now,
                                           const FlowDefaults &defaults = {});
    std::optional<Result<Profile>> loadStored(const QString &account);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CountingSecretStore> m_secrets;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<AccountIndex> m_index;
    std::unique_ptr<AccountManager> m_accounts;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_secrets = std::make_unique<CountingSecretStore>();
    m_store = std::make_unique<ProfileStore>(m_secrets.get());
    m_index = std::make_unique<AccountIndex>(m_dir->filePath(QStringLiteral("accounts.ini")));
    m_accounts = std::make_unique<AccountManager>(m_store.get(), m_index.get());
    m_accounts->setClock([] { return Now; });
}

void TestMainWindow::cleanup()
{
    m_accounts.reset();
    m_store.reset();
    m_secrets.reset();
    m_index.reset();
    m_dir.reset();
}

Profile TestMainWindow::corpusProfile(const QString &account) const
{
    Profile profile;
    profile.identity = Identity::fromAccountId(account).value();
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

void TestMainWindow::storeProfile(const Profile &profile, bool active)
{
    // As an earlier session stored it: this session has not read it yet.
    ProfileStore earlier(m_secrets.get());
    earlier.setIndex(m_index.get());
    std::optional<Status> saved;
    earlier.save(profile, [&](Status status) { saved = status; });
    QTRY_VERIFY(saved.has_value());
    QVERIFY(saved->ok());
    m_index->upsert({profile.accountId(), profile.server});
    if (active)
        m_index->setActiveAccount(profile.accountId());
}

std::unique_ptr<MainWindow> TestMainWindow::showWindow(const QDateTime &now,
                                                       const FlowDefaults &defaults)
{
    m_accounts->setClock([now] { return now; });
    auto window = std::make_unique<MainWindow>(m_accounts.get(), defaults);
    window->setClock([now] { return now; });
    window->show();
    return window;
}

std::optional<Result<Profile>> TestMainWindow::loadStored(const QString &account)
{
    std::optional<Result<Profile>> stored;
    m_store->load(account, [&](Result<Profile> loaded) { stored = std::move(loaded); });
    if (!QTest::qWaitFor([&] { return stored.has_value(); }, 5000))
        qWarning("the store did not answer");
    return stored;
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
    QCOMPARE(window->setupWizard()->currentId(), window->setupWizard()->startId());
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

    // The account list is still shown.
    AccountSwitcher *switcher = child<AccountSwitcher>(window.get(), "accountComboBox");
    QVERIFY(switcher->isVisible());
    QCOMPARE(switcher->currentText(), Account);

    m_secrets->setAvailable(true);
    QTest::mouseClick(child<QPushButton>(window.get(), "retryLoadButton"), Qt::LeftButton);
    QTRY_COMPARE(child<QLabel>(window.get(), "versionLabel")->text(), QStringLiteral("1"));
    QVERIFY(!banner->isVisible());
}

namespace {

// The colour that covers most of a widget as drawn: its background.
QColor dominantColour(QWidget *widget)
{
    const QImage image = widget->grab().toImage();
    QHash<QRgb, int> counts;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            ++counts[image.pixel(x, y)];
    }
    QRgb best = 0;
    int most = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            best = it.key();
        }
    }
    return QColor::fromRgb(best);
}

// WCAG 2 contrast ratio of two colours (1 to 21; body text wants at least 4.5).
qreal contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](qreal v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const qreal la = luminance(a);
    const qreal lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

void TestMainWindow::bannerFollowsADarkPalette()
{
    // A dark desktop: light text on dark surfaces.
    const QPalette original = QApplication::palette();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Button, QColor(0x3c, 0x3c, 0x3c));
    dark.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    QApplication::setPalette(dark);

    storeProfile(corpusProfile());
    m_secrets->setAvailable(false);
    const std::unique_ptr<MainWindow> window = showWindow();
    QFrame *banner = child<QFrame>(window.get(), "keychainBanner");
    QTRY_VERIFY(banner->isVisible());
    QLabel *label = child<QLabel>(window.get(), "keychainBannerLabel");
    const QColor background = dominantColour(banner);
    const QColor text = label->palette().color(label->foregroundRole());
    QApplication::setPalette(original);

    // Still a dark surface (no light box in a dark window), its text readable on it.
    QVERIFY2(background.lightness() < 96, qPrintable(background.name()));
    QVERIFY2(contrast(background, text) >= 4.5,
             qPrintable(QStringLiteral("%1 on %2").arg(text.name(), background.name())));
    // And back in a light palette, a light surface with dark text.
    QTRY_VERIFY(dominantColour(banner).lightness() > 160);
    QVERIFY(contrast(dominantColour(banner), label->palette().color(label->foregroundRole())) >= 4.5);
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


void TestMainWindow::switcherListsAccountsWithTheirStates()
{
    // Active: configured. The others: expired after a failed renewal, switched off for good,
    // waiting for an answer, failed with a reason, and one with nothing stored.
    storeProfile(corpusProfile(Account));
    Profile expired = corpusProfile(Other);
    expired.validityExpires = Now.addDays(-2);
    expired.failures = 1;
    expired.lastError = QStringLiteral("The server could not be reached.");
    storeProfile(expired, false);
    Profile disabled = corpusProfile(Third);
    disabled.version = -1;
    disabled.document.clear();
    disabled.validityExpires = {};
    storeProfile(disabled, false);
    Profile pending = corpusProfile(QStringLiteral("+15550100003"));
    pending.pendingMessage = UserMessage{QStringLiteral("RCS"), QStringLiteral("Terms"), true, true};
    storeProfile(pending, false);
    Profile failed;
    failed.identity = Identity::fromAccountId(QStringLiteral("+15550100004")).value();
    failed.server = QUrl(QStringLiteral("https://config.example.com/"));
    failed.failures = 2;
    failed.lastError = QStringLiteral("The operator refused the number.");
    storeProfile(failed, false);
    m_index->upsert({QStringLiteral("+15550100005"), QUrl(QStringLiteral("https://config.example.com/"))});

    const std::unique_ptr<MainWindow> window = showWindow();
    AccountSwitcher *switcher = child<AccountSwitcher>(window.get(), "accountComboBox");
    QTRY_COMPARE(stateOf(switcher, Account), QStringLiteral("Configured, expires in 20 days"));
    QCOMPARE(switcher->count(), 6);
    QCOMPARE(switcher->currentText(), Account);
    QVERIFY(switcher->itemData(switcher->currentIndex(), AccountSwitcher::ActiveRole).toBool());
    // Not read yet: names without a state.
    QCOMPARE(stateOf(switcher, Other), QString());
    QCOMPARE(stateOf(switcher, Third), QString());

    // Opening the list reads the others.
    switcher->showPopup();
    QTRY_COMPARE(stateOf(switcher, Other),
                 QStringLiteral("Expired 2 days ago; last attempt failed: The server could not be reached."));
    QCOMPARE(stateOf(switcher, Third), QStringLiteral("Disabled by the operator"));
    QCOMPARE(stateOf(switcher, QStringLiteral("+15550100003")),
             QStringLiteral("Waiting for your answer to the operator's message"));
    QCOMPARE(stateOf(switcher, QStringLiteral("+15550100004")),
             QStringLiteral("Failed: The operator refused the number."));
    QCOMPARE(stateOf(switcher, QStringLiteral("+15550100005")), QStringLiteral("Not configured yet"));
    switcher->hidePopup();
    // Still the active account's data on screen.
    QCOMPARE(child<QLabel>(window.get(), "accountLabel")->text(), Account);
}

void TestMainWindow::startUpReadsOnlyTheActiveAccount()
{
    storeProfile(corpusProfile(Other), false);
    storeProfile(corpusProfile(Third), false);
    storeProfile(corpusProfile(Account));
    m_secrets->clearReads();

    const std::unique_ptr<MainWindow> window = showWindow();
    QTRY_COMPARE(child<QLabel>(window.get(), "versionLabel")->text(), QStringLiteral("1"));
    // Let anything queued run.
    QTest::qWait(100);
    QVERIFY(m_secrets->readsFor(Account) > 0);
    QCOMPARE(m_secrets->readsFor(Other), 0);
    QCOMPARE(m_secrets->readsFor(Third), 0);
    QCOMPARE(child<AccountSwitcher>(window.get(), "accountComboBox")->count(), 3);
}

void TestMainWindow::switchingClearsTheViewAndShowsTheOtherAccount()
{
    // A server that is not there: the query starts and fails; what matters here is the view.
    Profile first = corpusProfile(Account);
    first.server = QUrl(QStringLiteral("https://127.0.0.1:9/"));
    storeProfile(first);
    Profile second = corpusProfile(Other);
    second.server = QUrl(QStringLiteral("https://127.0.0.1:9/"));
    second.friendlyName = QStringLiteral("Second PC");
    second.version = 7;
    storeProfile(second, false);

    const std::unique_ptr<MainWindow> window = showWindow();
    QTreeWidget *tree = child<QTreeWidget>(window.get(), "configurationTreeWidget");
    QTRY_COMPARE(tree->topLevelItemCount(), 4);
    QCOMPARE(child<QLabel>(window.get(), "deviceLabel")->text(), QStringLiteral("Office PC (PC)"));

    AccountSwitcher *switcher = child<AccountSwitcher>(window.get(), "accountComboBox");
    switcher->setFocus();
    // The user picks the other entry.
    Q_EMIT switcher->activated(switcher->indexOfAccount(Other));
    // At once, before the keychain answers: nothing of the first account is left.
    QCOMPARE(m_index->activeAccount(), Other);
    QCOMPARE(child<QLabel>(window.get(), "accountLabel")->text(), Other);
    QCOMPARE(tree->topLevelItemCount(), 0);
    QVERIFY(child<QLabel>(window.get(), "deviceLabel")->text().isEmpty());
    QVERIFY(child<QLabel>(window.get(), "versionLabel")->text().isEmpty());
    QCOMPARE(switcher->currentText(), Other);

    // Then the other account, and a query for it (§4.2.1).
    QTRY_COMPARE(child<QLabel>(window.get(), "versionLabel")->text(), QStringLiteral("7"));
    QCOMPARE(child<QLabel>(window.get(), "deviceLabel")->text(), QStringLiteral("Second PC (PC)"));
    // The query follows once no backup needs restoring (one more keychain step).
    QTRY_VERIFY(window->runningQuery());
    QCOMPARE(window->runningQuery()->account(), Other);
    // The unreachable server: the stored configuration stays, the failure is said.
    QTRY_VERIFY_WITH_TIMEOUT(!window->runningQuery(), 20000);
    QTRY_VERIFY(!child<QLabel>(window.get(), "renewalStatusLabel")->text().isEmpty());
    QCOMPARE(child<QLabel>(window.get(), "versionLabel")->text(), QStringLiteral("7"));
    QCOMPARE(child<QLabel>(window.get(), "accountLabel")->text(), Other);
}

void TestMainWindow::removeAsksFirst()
{
    storeProfile(corpusProfile(Other), false);
    storeProfile(corpusProfile(Account));
    const std::unique_ptr<MainWindow> window = showWindow();
    QTRY_COMPARE(child<QLabel>(window.get(), "versionLabel")->text(), QStringLiteral("1"));
    QPushButton *remove = child<QPushButton>(window.get(), "removeAccountButton");
    QVERIFY(remove->isEnabled());

    // "Cancel": nothing happens.
    window->decisions()->preAnswer(false);
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(window->decisions()->lastQuestion());
    QVERIFY(window->decisions()->lastQuestion()->text.contains(Account));
    QVERIFY(window->decisions()->lastQuestion()->destructive);
    QTest::qWait(50);
    QVERIFY(m_index->find(Account));
    QCOMPARE(child<QLabel>(window.get(), "accountLabel")->text(), Account);

    // "Remove": gone from the index and the keychain; the other account is shown.
    window->decisions()->preAnswer(true);
    QTest::mouseClick(remove, Qt::LeftButton);
    QTRY_VERIFY(!m_index->find(Account));
    QTRY_COMPARE(child<QLabel>(window.get(), "accountLabel")->text(), Other);
    QCOMPARE(child<AccountSwitcher>(window.get(), "accountComboBox")->count(), 1);
    const std::optional<Result<Profile>> stored = loadStored(Account);
    QVERIFY(stored && !stored->ok());
    QCOMPARE(stored->error().code, ErrorCode::NotFound);
    for (const QString &key : m_secrets->items().keys())
        QVERIFY2(!key.contains(Account), qPrintable(key));

    // The last one: the empty state.
    window->decisions()->preAnswer(true);
    QTest::mouseClick(remove, Qt::LeftButton);
    QTRY_COMPARE(child<QStackedWidget>(window.get(), "contentStack")->currentWidget()->objectName(),
                 QStringLiteral("emptyStatePage"));
    QVERIFY(!child<QWidget>(window.get(), "accountBar")->isVisible());
}

void TestMainWindow::resetKeepsABackup()
{
    storeProfile(corpusProfile(Account));
    const std::unique_ptr<MainWindow> window = showWindow();
    QTRY_COMPARE(child<QLabel>(window.get(), "versionLabel")->text(), QStringLiteral("1"));

    window->decisions()->preAnswer(false);
    QTest::mouseClick(child<QPushButton>(window.get(), "resetAccountButton"), Qt::LeftButton);
    QTest::qWait(50);
    QCOMPARE(child<QLabel>(window.get(), "versionLabel")->text(), QStringLiteral("1"));

    window->decisions()->preAnswer(true);
    QTest::mouseClick(child<QPushButton>(window.get(), "resetAccountButton"), Qt::LeftButton);
    QTRY_COMPARE(child<QLabel>(window.get(), "versionLabel")->text(), QStringLiteral("None"));
    QCOMPARE(child<QLabel>(window.get(), "stateLabel")->text(), QStringLiteral("Not configured yet"));
    QCOMPARE(child<QTreeWidget>(window.get(), "configurationTreeWidget")->topLevelItemCount(), 0);
    QVERIFY(child<QLabel>(window.get(), "renewalStatusLabel")->text().contains(QStringLiteral("backup")));
    const std::optional<Result<Profile>> stored = loadStored(Account);
    QVERIFY(stored && stored->ok());
    QVERIFY(stored->value().token.isEmpty());
    QVERIFY(m_secrets->items().contains(ProfileStore::manifestKey(ProfileStore::backupSlot(Account, 1))));
}

void TestMainWindow::addAccountIsRefusedWhenManaged()
{
    storeProfile(corpusProfile(Account));
    FlowDefaults defaults;
    defaults.allowAddAccounts = false;
    const std::unique_ptr<MainWindow> window = showWindow(Now, defaults);
    QPushButton *add = child<QPushButton>(window.get(), "addAccountButton");
    QTRY_VERIFY(add->isVisible());
    QVERIFY(!add->isEnabled());
    QVERIFY(add->toolTip().contains(QStringLiteral("Managed by your organisation")));
    QVERIFY(!window->findChild<QAction *>(QStringLiteral("addAccountAction"))->isEnabled());
    window->openSetupWizard();
    QVERIFY(!window->setupWizard());
}

void TestMainWindow::linkingAgainRestoresAStillValidBackup()
{
    // Linked, then reset: the configuration is in backup/1, valid for 20 more days.
    storeProfile(corpusProfile(Account));
    std::optional<Status> reset;
    m_accounts->reset(Account, [&](Status status) { reset = status; });
    QTRY_VERIFY(reset.has_value());
    QVERIFY(reset->ok());
    m_secrets->clearReads();

    const std::unique_ptr<MainWindow> window = showWindow();
    QTRY_COMPARE(child<QLabel>(window.get(), "versionLabel")->text(), QStringLiteral("None"));

    // Add account with the same identity: once the wizard knows it, the backup is restored
    // instead of a first-time configuration, and nothing is sent.
    QTest::mouseClick(child<QPushButton>(window.get(), "addAccountButton"), Qt::LeftButton);
    QPointer<SetupWizard> wizard = window->setupWizard();
    QVERIFY(wizard);
    QTRY_VERIFY(wizard->isVisible());
    // The wizard's own pages up to the identity, whatever their order.
    for (int page = 0; page < 5 && wizard->currentId() != SetupWizard::DevicePageId; ++page) {
        switch (wizard->currentId()) {
        case SetupWizard::ChoicePageId:
            child<QRadioButton>(wizard, "sharedIdentityRadioButton")->click();
            break;
        case SetupWizard::ServerPageId:
            child<QRadioButton>(wizard, "customServerRadioButton")->click();
            child<QLineEdit>(wizard, "serverUrlLineEdit")->clear();
            QTest::keyClicks(child<QLineEdit>(wizard, "serverUrlLineEdit"),
                             QStringLiteral("https://config.example.com/"));
            break;
        case SetupWizard::IdentityPageId:
            child<QRadioButton>(wizard, "msisdnRadioButton")->click();
            QTest::keyClicks(child<QLineEdit>(wizard, "identityLineEdit"), Account);
            break;
        default:
            QFAIL("unexpected wizard page");
        }
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    }
    QTRY_COMPARE(child<QLabel>(window.get(), "versionLabel")->text(), QStringLiteral("1"));
    QTRY_VERIFY(!wizard || !wizard->isVisible());
    QVERIFY(child<QLabel>(window.get(), "renewalStatusLabel")->text().contains(QStringLiteral("Restored")));
    QVERIFY(!window->runningQuery());
    const std::optional<Result<Profile>> stored = loadStored(Account);
    QVERIFY(stored && stored->ok());
    QCOMPARE(stored->value().version, 1);
    QVERIFY(!stored->value().token.isEmpty());
}

void TestMainWindow::filterKeepsParentsOfMatches()
{
    storeProfile(corpusProfile());
    const std::unique_ptr<MainWindow> window = showWindow();
    QTreeWidget *tree = child<QTreeWidget>(window.get(), "configurationTreeWidget");
    QTRY_COMPARE(tree->topLevelItemCount(), 4);
    QLineEdit *filter = child<QLineEdit>(window.get(), "configurationFilterLineEdit");

    // A value: its row and its parent stay, the rest goes.
    QTest::keyClicks(filter, QStringLiteral("ap2003"));
    QTreeWidgetItem *match = findItem(tree, QStringLiteral("AppID"), QStringLiteral("ap2003"));
    QVERIFY(match);
    QVERIFY(!match->isHidden());
    QVERIFY(!match->parent()->isHidden());
    QVERIFY(findItem(tree, QStringLiteral("AppID"), QStringLiteral("ap2004"))->parent()->isHidden());
    QVERIFY(findItem(tree, QStringLiteral("VERS"))->isHidden());
    QVERIFY(findItem(tree, QStringLiteral("EntitlementStatus"), QStringLiteral("0"))->isHidden());

    // A name, in any case: every row of that name, with its parents.
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("entitlementstatus"));
    QCOMPARE(topLevelItems(tree, QStringLiteral("APPLICATION")).at(0)->isHidden(), false);
    QCOMPARE(topLevelItems(tree, QStringLiteral("APPLICATION")).at(1)->isHidden(), false);
    QVERIFY(findItem(tree, QStringLiteral("EntitlementStatus"), QStringLiteral("1"))->isHidden() == false);
    QVERIFY(findItem(tree, QStringLiteral("AppID"), QStringLiteral("ap2004"))->isHidden());
    QVERIFY(findItem(tree, QStringLiteral("TOKEN"))->isHidden());

    // The token's value is not in the tree, so it cannot be found by it.
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("Tq3xWmB7"));
    QVERIFY(findItem(tree, QStringLiteral("TOKEN"))->isHidden());
    QLabel *noMatch = child<QLabel>(window.get(), "filterNoMatchLabel");
    QVERIFY(noMatch->isVisible());

    filter->clear();
    QVERIFY(!noMatch->isVisible());
    for (QTreeWidgetItemIterator it(tree); *it; ++it)
        QVERIFY(!(*it)->isHidden());
}

void TestMainWindow::copyValueNeverCopiesTheToken()
{
    const Profile profile = corpusProfile();
    storeProfile(profile);
    const std::unique_ptr<MainWindow> window = showWindow();
    QTreeWidget *tree = child<QTreeWidget>(window.get(), "configurationTreeWidget");
    QTRY_COMPARE(tree->topLevelItemCount(), 4);
    QAction *copy = window->findChild<QAction *>(QStringLiteral("copyValueAction"));
    QVERIFY(copy);
    // In the tree's context menu.
    QCOMPARE(tree->contextMenuPolicy(), Qt::ActionsContextMenu);
    QVERIFY(tree->actions().contains(copy));
    QClipboard *clipboard = QGuiApplication::clipboard();
    clipboard->setText(QStringLiteral("before"));

    // From the context menu.
    tree->setCurrentItem(findItem(tree, QStringLiteral("AppID"), QStringLiteral("ap2004")), 0);
    QVERIFY(copy->isEnabled());
    copy->trigger();
    QCOMPARE(clipboard->text(), QStringLiteral("ap2004"));

    // Ctrl+C, with the name column current: still the value.
    tree->setFocus();
    tree->setCurrentItem(findItem(tree, QStringLiteral("validity"), QStringLiteral("1728000")), 0);
    QTest::keyClick(tree, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(clipboard->text(), QStringLiteral("1728000"));

    // The token: neither the action nor Ctrl+C copies anything.
    clipboard->setText(QStringLiteral("before"));
    QTreeWidgetItem *token = findItem(tree, QStringLiteral("token"));
    QVERIFY(token);
    tree->setCurrentItem(token, 1);
    QVERIFY(!copy->isEnabled());
    copy->trigger();
    QTest::keyClick(tree, Qt::Key_C, Qt::ControlModifier);
    window->copySelectedValue();
    QCOMPARE(clipboard->text(), QStringLiteral("before"));
    QVERIFY(!clipboard->text().contains(profile.token));

    // A characteristic has no value to copy.
    tree->setCurrentItem(findItem(tree, QStringLiteral("VERS")), 0);
    QVERIFY(!copy->isEnabled());
}

void TestMainWindow::refreshNowSendsNothingWhenSwitchedOffPermanently()
{
    Profile profile = corpusProfile();
    // Table 4: -1, reached before; the server is not there, so any request would show.
    profile.version = -1;
    profile.document.clear();
    profile.validityExpires = {};
    profile.server = QUrl(QStringLiteral("https://127.0.0.1:9/"));
    storeProfile(profile);
    const std::unique_ptr<MainWindow> window = showWindow();
    QTRY_COMPARE(child<QLabel>(window.get(), "stateLabel")->text(),
                 QStringLiteral("Switched off by the operator permanently"));
    QPushButton *refresh = child<QPushButton>(window.get(), "refreshButton");
    QVERIFY(refresh->isEnabled());
    QTest::mouseClick(refresh, Qt::LeftButton);
    QVERIFY(!window->runningQuery());
    QVERIFY(window->findChildren<ProvisioningFlow *>().isEmpty());
    const QString status = child<QLabel>(window.get(), "renewalStatusLabel")->text();
    QVERIFY2(status.contains(QStringLiteral("Nothing was sent")), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("permanently")), qPrintable(status));
    QVERIFY(child<QLabel>(window.get(), "renewalStatusLabel")->isVisible());
}

void TestMainWindow::startAtLoginWritesAndRemovesTheEntry()
{
    const QByteArray previous = qgetenv("XDG_CONFIG_HOME");
    qputenv("XDG_CONFIG_HOME", m_dir->filePath(QStringLiteral("config")).toUtf8());
    const QString entry = m_dir->filePath(QStringLiteral("config/autostart/org.spdc.spdc.desktop"));

    const std::unique_ptr<MainWindow> window = showWindow();
    QAction *action = window->findChild<QAction *>(QStringLiteral("startAtLoginAction"));
    QVERIFY(action);
    QVERIFY(action->isVisible());
    QVERIFY(action->isCheckable());
    QVERIFY(!action->isChecked());
    QVERIFY(!QFile::exists(entry));

    action->trigger();
    QVERIFY(action->isChecked());
    QFile file(entry);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    file.close();
    QVERIFY(text.startsWith("[Desktop Entry]\n"));
    QVERIFY(text.contains("\nType=Application\n"));
    QVERIFY(text.contains("\nExec="));
    QVERIFY(text.contains(" --minimized\n"));

    // A window opened later sees the setting.
    const std::unique_ptr<MainWindow> second = showWindow();
    QVERIFY(second->findChild<QAction *>(QStringLiteral("startAtLoginAction"))->isChecked());

    action->trigger();
    QVERIFY(!action->isChecked());
    QVERIFY(!QFile::exists(entry));

    if (previous.isNull())
        qunsetenv("XDG_CONFIG_HOME");
    else
        qputenv("XDG_CONFIG_HOME", previous);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
