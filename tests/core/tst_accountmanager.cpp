#include "AccountManager.h"
#include "AcsSimProcess.h"
#include "Await.h"
#include "MemorySecretStore.h"
#include "ProvisioningFlow.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace spdc;

// §4.2.1: several accounts per user, switching, backups, and keychain failures.
class TestAccountManager : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void listNeedsNoKeychain();
    void startupReadsOnlyTheActiveAccount();
    void eachAccountIsReadOncePerSession();
    void switchingChangesOnlyTheActiveAccount();
    void removeLeavesNothingOfThatAccount();
    void resetKeepsABackupThatComesBack();
    void expiredBackupIsNotRestored();
    void atLeastTwoBackups();
    void keychainFailureChangesNothingAndRetryWorks();
    void olderProfileFormatIsRead();
    void flowAndReloadReadTheAccountOnce();
    void lockedKeychainIsNotAbsent();
    void profileGoneFromAnOpenKeychainCanBeLinkedAgain();
    void keychainUnlockedAtAPromptReadsTheProfile();
    void switchingToAResetAccountRestoresItsBackup();
    void damagedBackupFallsThroughToTheOlderOne();

private:
    // A store that counts reads, to check what start-up touches.
    class CountingStore : public MemorySecretStore
    {
    public:
        using MemorySecretStore::MemorySecretStore;
        void read(const QString &key, ReadCallback done) override
        {
            reads.append(key);
            if (locked) {
                // What gnome-keyring answers for a locked collection.
                QTimer::singleShot(0, this, [done] {
                    done(Error{ErrorCode::NotFound, QString(), QStringLiteral("no entry")});
                });
                return;
            }
            MemorySecretStore::read(key, std::move(done));
        }
        void write(const QString &key, const QByteArray &value, DoneCallback done) override
        {
            if (locked && unlockOnWrite)
                locked = false; // the user typed the password at the prompt the write raised
            if (locked) {
                QTimer::singleShot(0, this, [done] {
                    done(Error{ErrorCode::KeychainUnavailable, QStringLiteral("denied"), QString()});
                });
                return;
            }
            MemorySecretStore::write(key, value, std::move(done));
        }
        void remove(const QString &key, DoneCallback done) override
        {
            if (locked) {
                QTimer::singleShot(0, this, [done] {
                    done(Error{ErrorCode::KeychainUnavailable, QStringLiteral("denied"), QString()});
                });
                return;
            }
            MemorySecretStore::remove(key, std::move(done));
        }
        QStringList reads;
        bool locked = false;
        bool unlockOnWrite = false;
    };

    Profile configured(const QString &number, int version, qint64 validFor) const;
    void store(const Profile &profile);
    int readsOf(const QString &account) const;
    // Runs a query for the account against acs-sim, as the start-up or a switch does.
    void runQuery(const QString &account, AcsSimProcess &sim);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AccountIndex> m_index;
    CountingStore *m_secrets = nullptr;
    ProfileStore *m_store = nullptr;
    AccountManager *m_manager = nullptr;
    QDateTime m_now = QDateTime(QDate(2026, 12, 3), QTime(12, 0), Qt::UTC);
};

void TestAccountManager::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_index = std::make_unique<AccountIndex>(m_dir->filePath(QStringLiteral("index.ini")));
    m_secrets = new CountingStore(2560, this);
    m_store = new ProfileStore(m_secrets, this);
    m_manager = new AccountManager(m_store, m_index.get(), this);
    m_manager->setClock([this] { return m_now; });
}

void TestAccountManager::cleanup()
{
    delete m_manager;
    delete m_store;
    delete m_secrets;
}

Profile TestAccountManager::configured(const QString &number, int version, qint64 validFor) const
{
    Profile profile;
    profile.identity = Identity::fromAccountId(number).value();
    profile.server = QUrl(QStringLiteral("https://config.example.com/"));
    profile.version = version;
    profile.document = "<wap-provisioningdoc version=\"1.1\"><characteristic type=\"VERS\"><parm name=\"version\" value=\""
        + QByteArray::number(version) + "\"/></characteristic></wap-provisioningdoc>";
    profile.validityExpires = m_now.addSecs(validFor);
    profile.token = QStringLiteral("token-") + number;
    profile.updated = m_now;
    return profile;
}

void TestAccountManager::store(const Profile &profile)
{
    // As an earlier session stored it: this session has not read it yet.
    ProfileStore earlier(m_secrets);
    earlier.setIndex(m_index.get());
    QVERIFY(await<Status>([&](auto done) { earlier.save(profile, done); }));
    m_index->upsert({profile.accountId(), profile.server});
    if (m_index->activeAccount().isEmpty())
        m_index->setActiveAccount(profile.accountId());
}

int TestAccountManager::readsOf(const QString &account) const
{
    int count = 0;
    for (const QString &key : m_secrets->reads)
        count += key.startsWith(account + QLatin1Char('/')) ? 1 : 0;
    return count;
}

void TestAccountManager::listNeedsNoKeychain()
{
    store(configured(QStringLiteral("+15550100001"), 1, 3600));
    store(configured(QStringLiteral("+15550100002"), 1, 3600));
    m_secrets->setAvailable(false);
    m_secrets->reads.clear();
    const auto list = m_manager->accounts();
    QCOMPARE(list.size(), qsizetype(2));
    QCOMPARE(list.at(0).account, QStringLiteral("+15550100001"));
    QVERIFY(list.at(0).active);
    QVERIFY(!list.at(1).active);
    QVERIFY(!list.at(0).state); // unknown until read
    QVERIFY(m_secrets->reads.isEmpty());
}

void TestAccountManager::runQuery(const QString &account, AcsSimProcess &sim)
{
    FlowSettings settings;
    settings.identity = Identity::fromAccountId(account).value();
    settings.server = sim.url();
    settings.extraCa = sim.caCertificates();
    settings.timeout = std::chrono::seconds(10);
    ProvisioningFlow flow(m_store, m_index.get(), settings);
    QEventLoop loop;
    connect(&flow, &ProvisioningFlow::succeeded, &loop, &QEventLoop::quit);
    connect(&flow, &ProvisioningFlow::failed, &loop, &QEventLoop::quit);
    connect(&flow, &ProvisioningFlow::otpRequired, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    QTimer::singleShot(0, &flow, &ProvisioningFlow::start);
    loop.exec();
    QVERIFY(!sim.requests().isEmpty()); // the query did reach the server
    flow.cancel();
}

void TestAccountManager::startupReadsOnlyTheActiveAccount()
{
    AcsSimProcess sim;
    QVERIFY(sim.start());
    Profile active = configured(QStringLiteral("+15550100001"), 1, 3600);
    active.server = sim.url();
    store(active);
    store(configured(QStringLiteral("+15550100002"), 1, -60)); // stored, expired
    m_secrets->reads.clear();
    // Start-up: the list for the switcher, the active profile, then its query.
    QCOMPARE(m_manager->accounts().size(), qsizetype(2));
    const Result<Profile> loaded = await<Result<Profile>>(
        [&](auto done) { m_manager->profile(m_manager->activeAccount(), done); });
    QVERIFY(loaded);
    runQuery(m_manager->activeAccount(), sim);
    QVERIFY(readsOf(QStringLiteral("+15550100001")) > 0);
    QCOMPARE(readsOf(QStringLiteral("+15550100002")), 0); // the other account is not touched
    // Its expiry sends nothing for it either (§4.2.1).
    for (const QJsonValue &request : sim.requests())
        QVERIFY(!QJsonDocument(request.toObject()).toJson().contains("15550100002"));
}

void TestAccountManager::eachAccountIsReadOncePerSession()
{
    store(configured(QStringLiteral("+15550100001"), 1, 3600));
    store(configured(QStringLiteral("+15550100002"), 2, 3600));
    m_secrets->reads.clear();
    QVERIFY(await<Status>([&](auto done) { m_manager->loadAll(done); }));
    const int first = int(m_secrets->reads.size());
    QVERIFY(first >= 4); // manifest and chunk of each
    QVERIFY(await<Status>([&](auto done) { m_manager->loadAll(done); }));
    QVERIFY(await<Result<Profile>>([&](auto done) { m_manager->profile(QStringLiteral("+15550100002"), done); }));
    QCOMPARE(int(m_secrets->reads.size()), first);
    const auto list = m_manager->accounts();
    QCOMPARE(list.at(1).state, std::optional<ProfileState>(ProfileState::Configured));
}

void TestAccountManager::switchingChangesOnlyTheActiveAccount()
{
    store(configured(QStringLiteral("+15550100001"), 1, 3600));
    store(configured(QStringLiteral("sip:alice@example.com"), 1, 3600));
    const auto itemsBefore = m_secrets->items();
    QSignalSpy changed(m_manager, &AccountManager::activeAccountChanged);
    QVERIFY(m_manager->switchTo(QStringLiteral("sip:alice@example.com")));
    QCOMPARE(m_manager->activeAccount(), QStringLiteral("sip:alice@example.com"));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_secrets->items(), itemsBefore); // the other account's data stays stored
    const Status unknown = m_manager->switchTo(QStringLiteral("+15550100009"));
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().code, ErrorCode::NotFound);
    QCOMPARE(m_manager->activeAccount(), QStringLiteral("sip:alice@example.com"));
}

void TestAccountManager::removeLeavesNothingOfThatAccount()
{
    const QString gone = QStringLiteral("+15550100001");
    store(configured(gone, 1, 3600));
    store(configured(QStringLiteral("+15550100002"), 1, 3600));
    QVERIFY(await<Status>([&](auto done) { m_manager->reset(gone, done); })); // a backup too
    QVERIFY(await<Status>([&](auto done) { m_manager->remove(gone, done); }));
    for (auto it = m_secrets->items().cbegin(); it != m_secrets->items().cend(); ++it)
        QVERIFY2(!it.key().startsWith(gone), qPrintable(it.key()));
    QVERIFY(!m_secrets->items().isEmpty()); // the other account is untouched
    QVERIFY(!m_index->find(gone));
    QCOMPARE(m_manager->activeAccount(), QStringLiteral("+15550100002"));
}

void TestAccountManager::resetKeepsABackupThatComesBack()
{
    const QString number = QStringLiteral("+15550100001");
    const Profile original = configured(number, 4, 3600);
    store(original);
    QVERIFY(await<Status>([&](auto done) { m_manager->reset(number, done); }));
    const Profile reset = await<Result<Profile>>([&](auto done) { m_store->load(number, done); }).value();
    QCOMPARE(reset.version, 0);
    QVERIFY(reset.token.isEmpty());
    QVERIFY(reset.document.isEmpty());
    // Coming back: the still-valid backup is restored instead of a first-time configuration.
    const Result<bool> restored = await<Result<bool>>([&](auto done) { m_manager->restoreBackup(number, done); });
    QVERIFY(restored);
    QVERIFY(restored.value());
    const Profile back = await<Result<Profile>>([&](auto done) { m_store->load(number, done); }).value();
    QCOMPARE(back.version, 4);
    QCOMPARE(back.document, original.document);
    QCOMPARE(back.token, original.token);
}

void TestAccountManager::expiredBackupIsNotRestored()
{
    const QString number = QStringLiteral("+15550100001");
    store(configured(number, 4, 600));
    QVERIFY(await<Status>([&](auto done) { m_manager->reset(number, done); }));
    m_now = m_now.addSecs(3600); // the backup's validity is over
    const Result<bool> restored = await<Result<bool>>([&](auto done) { m_manager->restoreBackup(number, done); });
    QVERIFY(restored);
    QVERIFY(!restored.value());
}

void TestAccountManager::atLeastTwoBackups()
{
    const QString number = QStringLiteral("+15550100001");
    store(configured(number, 1, 3600));
    QVERIFY(await<Status>([&](auto done) { m_manager->reset(number, done); }));
    QVERIFY(await<Status>([&](auto done) { m_store->save(configured(number, 2, 3600), done); }));
    QVERIFY(await<Status>([&](auto done) { m_manager->reset(number, done); }));
    const Profile newest = await<Result<Profile>>([&](auto done) {
        m_store->loadSlot(ProfileStore::backupSlot(number, 1), done); }).value();
    const Profile older = await<Result<Profile>>([&](auto done) {
        m_store->loadSlot(ProfileStore::backupSlot(number, 2), done); }).value();
    QCOMPARE(newest.version, 2);
    QCOMPARE(older.version, 1);
}

void TestAccountManager::keychainFailureChangesNothingAndRetryWorks()
{
    const QString number = QStringLiteral("+15550100001");
    store(configured(number, 1, 3600));
    const auto before = m_secrets->items();
    m_secrets->setAvailable(false);
    const Status removed = await<Status>([&](auto done) { m_manager->remove(number, done); });
    QCOMPARE(removed.error().code, ErrorCode::KeychainUnavailable);
    QVERIFY(!removed.error().userMessage.isEmpty());
    QVERIFY(m_index->find(number)); // still listed
    const Result<Profile> unreadable = await<Result<Profile>>([&](auto done) { m_manager->profile(number, done); });
    QCOMPARE(unreadable.error().code, ErrorCode::KeychainUnavailable); // not "no account"
    QCOMPARE(m_secrets->items(), before);
    m_secrets->setAvailable(true); // the keychain is back
    QVERIFY(await<Result<Profile>>([&](auto done) { m_manager->profile(number, done); }));
    QVERIFY(await<Status>([&](auto done) { m_manager->remove(number, done); }));
    QVERIFY(m_secrets->items().isEmpty());
}

void TestAccountManager::olderProfileFormatIsRead()
{
    // A profile as format 1 stored it: no message fields.
    QFile fixture(QStringLiteral(SPDC_TEST_DATA_DIR "/profile-format1.json"));
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    const QString number = QStringLiteral("+15550100001");
    QVERIFY(await<Status>([&](auto done) {
        m_store->writeBlob(ProfileStore::profileSlot(number), fixture.readAll(), done); }));
    const Result<Profile> loaded = await<Result<Profile>>([&](auto done) { m_store->load(number, done); });
    QVERIFY2(loaded, qPrintable(loaded.ok() ? QString() : loaded.error().detail));
    QCOMPARE(loaded->version, 3);
    QCOMPARE(loaded->token, QStringLiteral("qazwsxedc12345"));
    QVERIFY(loaded->document.startsWith("<?xml"));
    QVERIFY(!loaded->pendingMessage);
    QCOMPARE(loaded->validityExpires, QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC));
    // Written back, it is the current format.
    QVERIFY(loaded->serialize().contains("\"format\":3"));
    QVERIFY(!loaded->dedicated); // format 1 knew only §2.5 accounts
}

void TestAccountManager::flowAndReloadReadTheAccountOnce()
{
    AcsSimProcess sim;
    QVERIFY(sim.start());
    const QString number = QStringLiteral("+15550100001");
    Profile profile = configured(number, 1, 3600);
    profile.server = sim.url();
    store(profile);
    m_secrets->reads.clear();
    // Reading the profile means reading its chunks (a save reads the small manifest and its
    // record of pending chunks alone, to know what to replace).
    const auto profileReads = [&] {
        int count = 0;
        for (const QString &key : m_secrets->reads)
            count += key.startsWith(ProfileStore::profileSlot(number) + QLatin1Char('/'))
                    && !key.endsWith(QLatin1String("/pending")) ? 1 : 0;
        return count;
    };
    // Start-up reads the active account...
    QVERIFY(await<Result<Profile>>([&](auto done) { m_manager->profile(number, done); }));
    QCOMPARE(profileReads(), 1); // one chunk
    // ...its query's flow loads the stored version and token...
    runQuery(number, sim);
    // ...and the window reloads what the query left, as MainWindow::reloadShownProfile does.
    const Result<Profile> reloaded = await<Result<Profile>>(
        [&](auto done) { m_manager->store()->load(number, done); });
    QVERIFY(reloaded);
    QCOMPARE(profileReads(), 1); // read once this session, whoever asked
    // And the session's copy is what the query stored, not a stale one.
    ProfileStore nextSession(m_secrets);
    const Result<Profile> stored = await<Result<Profile>>([&](auto done) { nextSession.load(number, done); });
    QVERIFY(stored);
    QCOMPARE(reloaded->serialize(), stored->serialize());
}

void TestAccountManager::lockedKeychainIsNotAbsent()
{
    const QString number = QStringLiteral("+15550100001");
    const Profile original = configured(number, 3, 3600);
    store(original);
    const auto before = m_secrets->items();
    m_secrets->locked = true; // every read: "no such item"
    const Result<Profile> unreadable = await<Result<Profile>>([&](auto done) { m_manager->profile(number, done); });
    QVERIFY(!unreadable);
    QCOMPARE(unreadable.error().code, ErrorCode::KeychainUnavailable);
    QVERIFY(unreadable.error().userMessage.contains(QLatin1String("locked")));
    QVERIFY(!m_manager->accounts().at(0).state); // not "unconfigured", and not cached as such
    QVERIFY(!await<Status>([&](auto done) { m_manager->reset(number, done); }));
    QVERIFY(!await<Status>([&](auto done) { m_manager->remove(number, done); }));
    QVERIFY(!await<Status>([&](auto done) { m_store->save(configured(number, 9, 60), done); }));
    QVERIFY(m_index->find(number)); // still listed
    m_secrets->locked = false;
    QCOMPARE(m_secrets->items(), before); // nothing written, nothing removed
    const Result<Profile> back = await<Result<Profile>>([&](auto done) { m_manager->profile(number, done); });
    QVERIFY(back);
    QCOMPARE(back->version, 3);
    QCOMPARE(back->document, original.document);
}

void TestAccountManager::profileGoneFromAnOpenKeychainCanBeLinkedAgain()
{
    // The keyring was replaced (a forgotten password): open, but without the profile the
    // index remembers. That is "nothing stored", or the account could never be linked again.
    const QString number = QStringLiteral("+15550100001");
    store(configured(number, 3, 3600));
    QVERIFY(m_index->hasStoredProfile(number));
    const QStringList keys = m_secrets->items().keys();
    for (const QString &key : keys)
        QVERIFY(await<Status>([&](auto done) { m_secrets->remove(key, done); }));
    const Result<Profile> loaded = await<Result<Profile>>([&](auto done) { m_manager->profile(number, done); });
    QCOMPARE(loaded.error().code, ErrorCode::NotFound);
    QVERIFY(!m_index->hasStoredProfile(number));
    QVERIFY(m_secrets->items().isEmpty()); // the probe left nothing behind
    QVERIFY(await<Status>([&](auto done) { m_store->save(configured(number, 4, 3600), done); }));
    QVERIFY(m_index->hasStoredProfile(number));
}

void TestAccountManager::keychainUnlockedAtAPromptReadsTheProfile()
{
    // On a desktop, the probing write raises the keyring's password prompt: once unlocked
    // there, the profile is read, and the index keeps remembering it.
    const QString number = QStringLiteral("+15550100001");
    store(configured(number, 3, 3600));
    m_secrets->locked = true;
    m_secrets->unlockOnWrite = true;
    const Result<Profile> loaded = await<Result<Profile>>([&](auto done) { m_manager->profile(number, done); });
    QVERIFY(loaded);
    QCOMPARE(loaded->version, 3);
    QVERIFY(m_index->hasStoredProfile(number));
}

void TestAccountManager::switchingToAResetAccountRestoresItsBackup()
{
    const QString number = QStringLiteral("+15550100001");
    const Profile original = configured(number, 4, 3600);
    store(original);
    store(configured(QStringLiteral("+15550100002"), 1, 3600));
    QVERIFY(await<Status>([&](auto done) { m_manager->reset(number, done); }));
    QVERIFY(m_manager->switchTo(QStringLiteral("+15550100002")));
    // Back to the reset account (use, the switcher, refresh): the backup, not an SMS.
    QVERIFY(m_manager->switchTo(number));
    const Result<bool> restored = await<Result<bool>>(
        [&](auto done) { m_manager->restoreBackupIfReset(number, done); });
    QVERIFY(restored);
    QVERIFY(restored.value());
    ProfileStore nextSession(m_secrets);
    const Profile back = await<Result<Profile>>([&](auto done) { nextSession.load(number, done); }).value();
    QCOMPARE(back.version, 4);
    QCOMPARE(back.token, original.token);
    // An account with its configuration is left alone.
    const Result<bool> again = await<Result<bool>>(
        [&](auto done) { m_manager->restoreBackupIfReset(number, done); });
    QVERIFY(again);
    QVERIFY(!again.value());
}

void TestAccountManager::damagedBackupFallsThroughToTheOlderOne()
{
    const QString number = QStringLiteral("+15550100001");
    store(configured(number, 1, 3600));
    QVERIFY(await<Status>([&](auto done) { m_manager->reset(number, done); }));
    store(configured(number, 2, 3600));
    ProfileStore nextSession(m_secrets);
    AccountManager manager(&nextSession, m_index.get());
    manager.setClock([this] { return m_now; });
    QVERIFY(await<Status>([&](auto done) { manager.reset(number, done); }));
    // backup/1 (version 2) is damaged; backup/2 (version 1) still does.
    QStringList chunks;
    for (auto it = m_secrets->items().cbegin(); it != m_secrets->items().cend(); ++it) {
        if (it.key().startsWith(ProfileStore::backupSlot(number, 1) + QLatin1Char('/')))
            chunks.append(it.key());
    }
    QVERIFY(!chunks.isEmpty());
    for (const QString &chunk : chunks)
        QVERIFY(await<Status>([&](auto done) { m_secrets->write(chunk, "garbage", done); }));
    const Result<bool> restored = await<Result<bool>>([&](auto done) { manager.restoreBackup(number, done); });
    QVERIFY2(restored, qPrintable(restored.ok() ? QString() : restored.error().detail));
    QVERIFY(restored.value());
    const Profile back = await<Result<Profile>>([&](auto done) { nextSession.load(number, done); }).value();
    QCOMPARE(back.version, 1);
}

QTEST_GUILESS_MAIN(TestAccountManager)
#include "tst_accountmanager.moc"
