#include "Await.h"
#include "MemorySecretStore.h"
#include "ProfileStore.h"

#include <QEventLoop>
#include <QRandomGenerator>
#include <QTimer>
#include <QSignalSpy>
#include <QTest>

using namespace spdc;

// Profiles in the secret store: chunked under the Windows credential limit, checked, and never
// half-written.
class TestProfileStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void shrinkingLeavesNoStaleChunks();
    void damagedChunkIsAnError();
    void missingChunkIsAnError();
    void unavailableKeychainWritesNothing();
    void missingProfileIsNotFound();
    void removeLeavesNothing();
    void chunksOfAnInterruptedSaveAreDeleted();
    void newerFormatIsNeverWrittenOver();

private:
    static Profile makeProfile(qsizetype documentSize);
    static Result<Profile> load(ProfileStore &store, const QString &account);
    static Status save(ProfileStore &store, const Profile &profile);
    static Status remove(ProfileStore &store, const QString &account);
};

Profile TestProfileStore::makeProfile(qsizetype documentSize)
{
    Profile profile;
    profile.identity = Identity::fromMsisdn(QStringLiteral("+15550100001")).value();
    profile.server = QUrl(QStringLiteral("https://config.example.com/"));
    profile.version = 7;
    profile.validityExpires = QDateTime(QDate(2027, 1, 2), QTime(3, 4, 5), Qt::UTC);
    profile.token = QStringLiteral("Tq3x+uRs/Ha4=JoN");
    profile.document.resize(documentSize);
    QRandomGenerator generator(42);
    for (qsizetype i = 0; i < documentSize; ++i)
        profile.document[i] = char(generator.bounded(256));
    return profile;
}


Result<Profile> TestProfileStore::load(ProfileStore &store, const QString &account)
{
    return await<Result<Profile>>([&](auto done) { store.load(account, done); });
}

Status TestProfileStore::save(ProfileStore &store, const Profile &profile)
{
    return await<Status>([&](auto done) { store.save(profile, done); });
}

Status TestProfileStore::remove(ProfileStore &store, const QString &account)
{
    return await<Status>([&](auto done) { store.remove(account, done); });
}

void TestProfileStore::roundTrip_data()
{
    QTest::addColumn<qsizetype>("size");
    QTest::newRow("empty document") << qsizetype(0);
    QTest::newRow("small") << qsizetype(300);
    QTest::newRow("one byte over a chunk") << qsizetype(2561);
    QTest::newRow("1 MiB") << qsizetype(1024 * 1024);
    QTest::newRow("3 MiB") << qsizetype(3 * 1024 * 1024);
}

void TestProfileStore::roundTrip()
{
    QFETCH(qsizetype, size);
    // A store that enforces the Windows credential limit of older qtkeychain releases.
    MemorySecretStore secrets(2560);
    ProfileStore store(&secrets);
    const Profile original = makeProfile(size);
    QVERIFY(save(store, original));
    for (const QByteArray &item : secrets.items())
        QVERIFY(item.size() < 2560); // strictly under, with a margin: chunks of 2048
    for (auto it = secrets.items().cbegin(); it != secrets.items().cend(); ++it)
        QVERIFY(it.value().size() <= 2048);

    ProfileStore reader(&secrets); // the keychain's copy, not this session's
    const Result<Profile> loaded = load(reader, original.accountId());
    QVERIFY(loaded);
    QCOMPARE(loaded->document, original.document); // byte for byte
    QCOMPARE(loaded->token, original.token);
    QCOMPARE(loaded->version, 7);
    QCOMPARE(loaded->validityExpires, original.validityExpires);
    QCOMPARE(loaded->identity.value(), QStringLiteral("+15550100001"));
}

void TestProfileStore::shrinkingLeavesNoStaleChunks()
{
    MemorySecretStore secrets(2560);
    ProfileStore store(&secrets);
    QVERIFY(save(store, makeProfile(100 * 1024)));
    const qsizetype bigCount = secrets.items().size();
    const Profile small = makeProfile(10);
    QVERIFY(save(store, small));
    // A manifest and one chunk remain; the large generation is gone.
    QCOMPARE(secrets.items().size(), qsizetype(2));
    QVERIFY(bigCount > 2);
    QCOMPARE(load(store, small.accountId())->document, small.document);
}

void TestProfileStore::damagedChunkIsAnError()
{
    MemorySecretStore secrets(2560);
    ProfileStore store(&secrets);
    const Profile profile = makeProfile(10000);
    QVERIFY(save(store, profile));
    const QString chunk = ProfileStore::chunkKey(ProfileStore::profileSlot(profile.accountId()), 1, 1);
    QVERIFY(secrets.items().contains(chunk));
    QByteArray bytes = secrets.items().value(chunk);
    bytes[0] = char(bytes[0] ^ 0x01);
    QVERIFY(await<Status>([&](auto done) { secrets.write(chunk, bytes, done); }));

    ProfileStore reader(&secrets);
    const Result<Profile> loaded = load(reader, profile.accountId());
    QVERIFY(!loaded);
    // Damaged data, said so: not "no account", not "the keychain is unavailable".
    QCOMPARE(loaded.error().code, ErrorCode::StoredDataDamaged);
    QVERIFY(loaded.error().userMessage.contains(QLatin1String("damaged")));
}

void TestProfileStore::missingChunkIsAnError()
{
    MemorySecretStore secrets(2560);
    ProfileStore store(&secrets);
    const Profile profile = makeProfile(10000);
    QVERIFY(save(store, profile));
    QVERIFY(await<Status>([&](auto done) {
        secrets.remove(ProfileStore::chunkKey(ProfileStore::profileSlot(profile.accountId()), 1, 3), done);
    }));
    ProfileStore reader(&secrets);
    const Result<Profile> loaded = load(reader, profile.accountId());
    QVERIFY(!loaded);
    QCOMPARE(loaded.error().code, ErrorCode::StoredDataDamaged); // never "no account", never truncated
}

void TestProfileStore::unavailableKeychainWritesNothing()
{
    MemorySecretStore secrets(2560);
    ProfileStore store(&secrets);
    const Profile first = makeProfile(5000);
    QVERIFY(save(store, first));
    const auto before = secrets.items();

    secrets.setAvailable(false);
    const Status saved = save(store, makeProfile(20));
    QVERIFY(!saved);
    QCOMPARE(saved.error().code, ErrorCode::KeychainUnavailable);
    ProfileStore reader(&secrets);
    const Result<Profile> unreadable = load(reader, first.accountId());
    QCOMPARE(unreadable.error().code, ErrorCode::KeychainUnavailable); // not "no account"

    secrets.setAvailable(true);
    QCOMPARE(secrets.items(), before);
    QCOMPARE(load(reader, first.accountId())->document, first.document);
}

void TestProfileStore::missingProfileIsNotFound()
{
    MemorySecretStore secrets;
    ProfileStore store(&secrets);
    const Result<Profile> loaded = load(store, QStringLiteral("+15550100002"));
    QVERIFY(!loaded);
    QCOMPARE(loaded.error().code, ErrorCode::NotFound);
}

void TestProfileStore::removeLeavesNothing()
{
    MemorySecretStore secrets(2560);
    ProfileStore store(&secrets);
    const Profile profile = makeProfile(30000);
    QVERIFY(save(store, profile));
    QVERIFY(save(store, profile)); // a second generation
    QVERIFY(remove(store, profile.accountId()));
    QVERIFY(secrets.items().isEmpty());
    QCOMPARE(load(store, profile.accountId()).error().code, ErrorCode::NotFound);
}

void TestProfileStore::chunksOfAnInterruptedSaveAreDeleted()
{
    // A store whose process "dies" after a number of writes: later calls never answer.
    class DyingStore : public MemorySecretStore
    {
    public:
        using MemorySecretStore::MemorySecretStore;
        void write(const QString &key, const QByteArray &value, DoneCallback done) override
        {
            if (writesLeft == 0)
                return; // killed: nothing more is written, nobody is told
            if (writesLeft > 0)
                --writesLeft;
            MemorySecretStore::write(key, value, std::move(done));
        }
        int writesLeft = -1;
    };
    DyingStore secrets(2560);
    const Profile first = makeProfile(20000);
    {
        ProfileStore store(&secrets);
        QVERIFY(save(store, first));
    }
    const auto before = secrets.items();
    for (int killedAfter : {3, 6}) { // two saves killed while writing their chunks
        ProfileStore store(&secrets);
        secrets.writesLeft = killedAfter;
        store.save(makeProfile(30000), [](Status) { QFAIL("a killed save never ends"); });
        QTRY_COMPARE(secrets.writesLeft, 0);
        QVERIFY(secrets.items().size() > before.size()); // chunks of the torn save are there
        secrets.writesLeft = -1;
        ProfileStore reader(&secrets); // the next session still reads the previous profile
        QCOMPARE(load(reader, first.accountId())->document, first.document);
    }

    ProfileStore next(&secrets);
    const Profile small = makeProfile(10);
    QVERIFY(save(next, small));
    QCOMPARE(secrets.items().size(), qsizetype(2)); // the manifest and its one chunk, nothing else
    QVERIFY(remove(next, small.accountId()));
    QCOMPARE(secrets.items().keys(), QStringList()); // no item of the account is left
}

void TestProfileStore::newerFormatIsNeverWrittenOver()
{
    // What a newer spdc stored: this one cannot read it, and must not destroy it.
    MemorySecretStore secrets(2560);
    const Profile profile = makeProfile(10);
    const QString slot = ProfileStore::profileSlot(profile.accountId());
    const QByteArray manifest = R"({"format":2,"generation":1,"parts":[]})";
    QVERIFY(await<Status>([&](auto done) { secrets.write(slot, manifest, done); }));
    ProfileStore store(&secrets);
    const Result<Profile> loaded = load(store, profile.accountId());
    QCOMPARE(loaded.error().code, ErrorCode::StoredDataDamaged);
    QVERIFY(!save(store, profile));
    QVERIFY(!remove(store, profile.accountId()));
    QCOMPARE(secrets.items().keys(), QStringList{slot});
    QCOMPARE(secrets.items().value(slot), manifest);
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
