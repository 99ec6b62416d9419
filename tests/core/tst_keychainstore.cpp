#include "AccountManager.h"
#include "Await.h"
#include "Branding.h"
#include "KeychainSecretStore.h"
#include "ProfileStore.h"

#include <QEventLoop>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace spdc;
using namespace std::chrono_literals;

// The real Secret Service (gnome-keyring in a private D-Bus session): large profiles, removal
// that leaves nothing behind, and saves that survive a killed process.
class TestKeychainStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void largeProfilesRoundTrip_data();
    void largeProfilesRoundTrip();
    void removeLeavesNoItem();
    void killedSaveLeavesAReadableProfile();
    void unavailableKeychainIsReportedAsSuch();

private:
    static QStringList itemsOf(const QString &account);

    KeychainSecretStore *m_secrets = nullptr;
    ProfileStore *m_store = nullptr;
};

void TestKeychainStore::initTestCase()
{
    m_secrets = new KeychainSecretStore(QStringLiteral(SPDC_APP_ID), this);
    m_secrets->setTimeout(20s);
    m_store = new ProfileStore(m_secrets, this);
}

QStringList TestKeychainStore::itemsOf(const QString &account)
{
    // What secret-tool, a user's own tool, finds in the keychain for this app and account.
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"),
               {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"),
                QStringLiteral(SPDC_APP_ID)});
    tool.waitForFinished(10000);
    QStringList keys;
    const QByteArray output = tool.readAllStandardOutput() + tool.readAllStandardError();
    for (const QByteArray &line : output.split('\n')) {
        if (line.startsWith("attribute.user = ")) {
            const QString key = QString::fromUtf8(line.mid(17));
            if (key.startsWith(account + QLatin1Char('/')))
                keys.append(key);
        }
    }
    return keys;
}

void TestKeychainStore::largeProfilesRoundTrip_data()
{
    QTest::addColumn<qsizetype>("size");
    QTest::newRow("1 MiB") << qsizetype(1024 * 1024);
    QTest::newRow("3 MiB") << qsizetype(3 * 1024 * 1024);
}

void TestKeychainStore::largeProfilesRoundTrip()
{
    QFETCH(qsizetype, size);
    Profile profile;
    profile.identity = Identity::fromMsisdn(QStringLiteral("+15550100001")).value();
    profile.version = 9;
    profile.document.resize(size);
    QRandomGenerator random(7);
    for (qsizetype i = 0; i < size; ++i)
        profile.document[i] = char(random.bounded(256));
    QVERIFY(await<Status>([&](auto done) { m_store->save(profile, done); }));
    const Result<Profile> loaded = await<Result<Profile>>([&](auto done) { m_store->load(profile.accountId(), done); });
    QVERIFY(loaded);
    QCOMPARE(loaded->document.size(), size);
    QVERIFY(loaded->document == profile.document); // byte for byte
}

void TestKeychainStore::removeLeavesNoItem()
{
    QTemporaryDir dir;
    AccountIndex index(dir.filePath(QStringLiteral("index.ini")));
    AccountManager manager(m_store, &index);
    const QString account = QStringLiteral("+15550100002");
    Profile profile;
    profile.identity = Identity::fromMsisdn(account).value();
    profile.version = 2;
    profile.document = QByteArray(700 * 1024, 'x'); // several chunks
    profile.validityExpires = QDateTime::currentDateTimeUtc().addDays(1);
    profile.token = QStringLiteral("secret-token");
    QVERIFY(await<Status>([&](auto done) { m_store->save(profile, done); }));
    QVERIFY(await<Status>([&](auto done) { m_store->save(profile, done); })); // a second generation
    index.upsert({account, QUrl()});
    QVERIFY(await<Status>([&](auto done) { manager.reset(account, done); })); // and a backup
    QVERIFY(itemsOf(account).size() >= 4);
    QVERIFY(await<Status>([&](auto done) { manager.remove(account, done); }));
    QCOMPARE(itemsOf(account), QStringList());
}

void TestKeychainStore::killedSaveLeavesAReadableProfile()
{
    const QString account = QStringLiteral("+15550100003");
    Profile first;
    first.identity = Identity::fromMsisdn(account).value();
    first.version = 1;
    first.document = QByteArray(1536 * 1024, 'Z');
    QVERIFY(await<Status>([&](auto done) { m_store->save(first, done); }));

    int tornSaves = 0;
    for (int attempt = 0; attempt < 6; ++attempt) {
        QProcess writer;
        writer.start(QStringLiteral(SPDC_PROFILEWRITER_PATH),
                     {account, QString::number(1536 * 1024)});
        QVERIFY(writer.waitForStarted(5000));
        // Let it complete one save, then kill it at a random moment of the next ones.
        QVERIFY(QTest::qWaitFor([&] { return writer.readAllStandardOutput().contains("saved"); }, 30000)
                || writer.state() == QProcess::Running);
        QTest::qWait(int(QRandomGenerator::global()->bounded(10, 250)));
        writer.kill(); // SIGKILL: no chance to finish
        writer.waitForFinished(5000);
        const QByteArray lastWords = writer.readAllStandardOutput();
        Q_UNUSED(lastWords)
        ++tornSaves;

        // A fresh reader, as the next start of the app would be.
        KeychainSecretStore secrets(QStringLiteral(SPDC_APP_ID));
        secrets.setTimeout(20s);
        ProfileStore store(&secrets);
        const Result<Profile> loaded = await<Result<Profile>>([&](auto done) { store.load(account, done); });
        QVERIFY2(loaded, qPrintable(loaded.ok() ? QString() : loaded.error().detail));
        const QByteArray &doc = loaded->document;
        QCOMPARE(doc.size(), qsizetype(1536 * 1024));
        QCOMPARE(doc.count(doc.at(0)), doc.size()); // one complete profile, never a mix
    }
    QCOMPARE(tornSaves, 6);
}

void TestKeychainStore::unavailableKeychainIsReportedAsSuch()
{
    // An account known to the index of a fresh home.
    QTemporaryDir home;
    {
        AccountIndex index(home.filePath(QStringLiteral(".config/spdc/spdc.conf")));
        index.upsert({QStringLiteral("+15550100004"), QUrl(QStringLiteral("https://config.example.com/"))});
        index.setActiveAccount(QStringLiteral("+15550100004"));
        QVERIFY(index.sync());
    }
    const auto cli = [&](const QStringList &arguments, bool keychain) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral(".config")));
        if (!keychain) // no Secret Service on this bus
            env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(SPDC_CLI_PATH), arguments);
        process.waitForFinished(30000);
        return std::make_tuple(process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError());
    };
    const auto [statusCode, statusOut, statusErr] = cli({QStringLiteral("status")}, false);
    QCOMPARE(statusCode, 7);
    QVERIFY(statusErr.contains("keychain")); // a clear, specific message; never "no account"
    const auto [listCode, listOut, listErr] = cli({QStringLiteral("accounts")}, false);
    QCOMPARE(listCode, 7);
    QVERIFY(listOut.contains("+15550100004")); // the list is still shown
    // The keychain is back: the same command works.
    const auto [retryCode, retryOut, retryErr] = cli({QStringLiteral("status"), QStringLiteral("--json")}, true);
    QCOMPARE(retryCode, 0);
    QVERIFY(retryOut.contains("+15550100004"));
    Q_UNUSED(statusOut) Q_UNUSED(listErr) Q_UNUSED(retryErr)
}

QTEST_GUILESS_MAIN(TestKeychainStore)
#include "tst_keychainstore.moc"
