#include "AccountManager.h"
#include "AcsSimProcess.h"
#include "Await.h"
#include "Branding.h"
#include "KeychainSecretStore.h"
#include "ProfileStore.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
    void lockedKeychainIsNotNoAccount();
    void storedAccountGetsNoRequestAndShowsNoData();

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
    // Read back by a store of its own: the keychain's copy, not this session's.
    ProfileStore reader(m_secrets);
    const Result<Profile> loaded = await<Result<Profile>>([&](auto done) { reader.load(profile.accountId(), done); });
    QVERIFY(loaded);
    QCOMPARE(loaded->document.size(), size);
    QVERIFY(loaded->document == profile.document); // byte for byte
}

void TestKeychainStore::removeLeavesNoItem()
{
    QTemporaryDir dir;
    AccountIndex index(dir.filePath(QStringLiteral("index.ini")));
    ProfileStore store(m_secrets);
    AccountManager manager(&store, &index);
    const QString account = QStringLiteral("+15550100002");
    Profile profile;
    profile.identity = Identity::fromMsisdn(account).value();
    profile.version = 2;
    profile.document = QByteArray(700 * 1024, 'x'); // several chunks
    profile.validityExpires = QDateTime::currentDateTimeUtc().addDays(1);
    profile.token = QStringLiteral("secret-token");
    QVERIFY(await<Status>([&](auto done) { store.save(profile, done); }));
    QVERIFY(await<Status>([&](auto done) { store.save(profile, done); })); // a second generation
    index.upsert({account, QUrl()});
    QVERIFY(await<Status>([&](auto done) { manager.reset(account, done); })); // and a backup
    QVERIFY(itemsOf(account).size() >= 4);
    QVERIFY(await<Status>([&](auto done) { manager.remove(account, done); }));
    QCOMPARE(itemsOf(account), QStringList());
}

void TestKeychainStore::killedSaveLeavesAReadableProfile()
{
    const QString account = QStringLiteral("+15550100003");
    const qsizetype size = 1536 * 1024; // several chunks on every platform
    Profile first;
    first.identity = Identity::fromMsisdn(account).value();
    first.version = 1;
    first.document = QByteArray(size, 'Z');
    QVERIFY(await<Status>([&](auto done) { m_store->save(first, done); }));
    const QStringList before = itemsOf(account);

    // The writer reports every keychain write, then waits 100 ms: kill it right after the
    // third chunk of its first save, long before that save's manifest.
    QProcess writer;
    writer.start(QStringLiteral(SPDC_PROFILEWRITER_PATH), {account, QString::number(size)});
    QVERIFY(writer.waitForStarted(5000));
    QByteArray progress;
    const QByteArray chunkLine = "wrote " + account.toUtf8() + "/profile/";
    QVERIFY(QTest::qWaitFor([&] {
        progress += writer.readAllStandardOutput();
        return progress.count(chunkLine) >= 4; // its record of pending chunks, then 3 chunks
    }, 30000));
    writer.kill(); // SIGKILL: no chance to finish
    QVERIFY(writer.waitForFinished(5000));
    progress += writer.readAllStandardOutput();
    // The kill landed while chunks were being written: no manifest was written, no save ended.
    QVERIFY2(!progress.contains(QByteArray("wrote " + account.toUtf8() + "/profile\n")), progress.constData());
    QVERIFY(!progress.contains("saved"));
    const QStringList torn = itemsOf(account);
    QVERIFY2(torn.size() > before.size(), qPrintable(torn.join(QLatin1Char(' ')))); // new chunks exist

    // A fresh reader, as the next start of the app would be: the previous profile, intact.
    KeychainSecretStore secrets(QStringLiteral(SPDC_APP_ID));
    secrets.setTimeout(20s);
    ProfileStore store(&secrets);
    const Result<Profile> loaded = await<Result<Profile>>([&](auto done) { store.load(account, done); });
    QVERIFY2(loaded, qPrintable(loaded.ok() ? QString() : loaded.error().detail));
    QCOMPARE(loaded->version, 1);
    QVERIFY(loaded->document == first.document); // byte for byte, never a mix

    // The next save deletes what the killed one wrote; remove then leaves nothing at all.
    Profile second = first;
    second.version = 2;
    second.document = QByteArray(100 * 1024, 'Y');
    QVERIFY(await<Status>([&](auto done) { store.save(second, done); }));
    const QStringList afterSave = itemsOf(account);
    QCOMPARE(afterSave.size(), 2); // the manifest and the one chunk of the new profile
    QVERIFY(afterSave.contains(ProfileStore::profileSlot(account)));
    QVERIFY(await<Status>([&](auto done) { store.remove(account, done); }));
    QCOMPARE(itemsOf(account), QStringList());
}

void TestKeychainStore::unavailableKeychainIsReportedAsSuch()
{
    // An account known to the index of a fresh home, with a profile in the keychain.
    QTemporaryDir home;
    const QString account = QStringLiteral("+15550100004");
    {
        AccountIndex index(home.filePath(QStringLiteral(".config/spdc/spdc.conf")));
        ProfileStore store(m_secrets);
        store.setIndex(&index);
        Profile profile;
        profile.identity = Identity::fromMsisdn(account).value();
        profile.server = QUrl(QStringLiteral("https://config.example.com/"));
        profile.version = 6;
        profile.document = "<wap-provisioningdoc version=\"1.1\"/>";
        profile.validityExpires = QDateTime::currentDateTimeUtc().addDays(1);
        QVERIFY(await<Status>([&](auto done) { store.save(profile, done); }));
        index.upsert({account, profile.server});
        index.setActiveAccount(account);
        QVERIFY(index.sync());
    }
    const auto cli = [&](const QStringList &arguments, bool keychain) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral(".config")));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        if (!keychain) // no Secret Service on this bus
            env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(SPDC_CLI_PATH), arguments);
        process.waitForFinished(30000);
        return std::make_tuple(process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError());
    };
    const auto [statusCode, statusOut, statusErr] = cli({QStringLiteral("status")}, false);
    QCOMPARE(statusCode, 7);
    // The specific reason, not a generic "could not be used".
    QVERIFY2(statusErr.contains("No keychain is available") && statusErr.contains("Secret Service"),
             statusErr.constData());
    const auto [listCode, listOut, listErr] = cli({QStringLiteral("accounts")}, false);
    QCOMPARE(listCode, 7);
    QVERIFY(listOut.contains(account.toUtf8())); // the list is still shown
    // The keychain is back: the same command reads the stored profile.
    const auto [retryCode, retryOut, retryErr] = cli({QStringLiteral("status"), QStringLiteral("--json")}, true);
    QCOMPARE(retryCode, 0);
    const QJsonObject status = QJsonDocument::fromJson(retryOut).object();
    QCOMPARE(status.value(QLatin1String("state")).toString(), QStringLiteral("configured"));
    QCOMPARE(status.value(QLatin1String("version")).toInt(), 6);
    Q_UNUSED(statusOut) Q_UNUSED(listErr) Q_UNUSED(retryErr)
}

void TestKeychainStore::lockedKeychainIsNotNoAccount()
{
    // A real keyring of its own, in its own session bus: linked with one password, then
    // started with another, which leaves it locked (reads: "no such item", writes: denied).
    QTemporaryDir home;
    QTemporaryDir keyring;
    const QString account = QStringLiteral("+15550100005");
    const QString indexFile = home.filePath(QStringLiteral(".config/spdc/spdc.conf"));
    const auto inSession = [&](const QString &password, const QString &program,
                               const QStringList &arguments) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral(".config")));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        // A locked keyring must not wait on a password prompt.
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral("dbus-run-session"),
                      QStringList{QStringLiteral("--"), QStringLiteral(SPDC_KEYRING_SESSION_PATH),
                                  keyring.path(), password, program} + arguments);
        process.waitForFinished(60000);
        return std::make_tuple(process.exitCode(), process.readAllStandardOutput(),
                               process.readAllStandardError());
    };
    const QString right = QStringLiteral("right-password");
    const QString wrong = QStringLiteral("wrong-password");
    const auto [linkedCode, linkedOut, linkedErr] = inSession(
        right, QStringLiteral(SPDC_PROFILEWRITER_PATH),
        {QStringLiteral("--once"), account, QStringLiteral("5000"), indexFile});
    QCOMPARE(linkedCode, 0);
    const auto cli = [&](const QString &password, const QStringList &arguments) {
        return inSession(password, QStringLiteral(SPDC_CLI_PATH), arguments);
    };
    const auto indexBefore = [&] {
        QFile file(indexFile);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    const QByteArray index = indexBefore();
    QVERIFY(!index.isEmpty());

    const QList<QStringList> commands = {
        {QStringLiteral("status")},
        {QStringLiteral("status"), QStringLiteral("--json")},
        {QStringLiteral("accounts")},
        {QStringLiteral("accounts"), QStringLiteral("--json")},
        {QStringLiteral("use"), account},
        {QStringLiteral("refresh")},
        {QStringLiteral("reset"), account},
        {QStringLiteral("remove"), account},
    };
    for (const QStringList &command : commands) {
        const auto [code, out, err] = cli(wrong, command);
        const QByteArray what = command.join(QLatin1Char(' ')).toUtf8() + ": " + out + err;
        QVERIFY2(code == 7, what.constData()); // never "unconfigured", never "removed"
        QVERIFY2(err.contains("keychain is locked"), what.constData());
        QVERIFY2(!out.contains("unconfigured"), what.constData());
        QCOMPARE(indexBefore(), index); // the account stays listed, nothing changed
        if (command.first() == QLatin1String("accounts"))
            QVERIFY2(out.contains(account.toUtf8()), what.constData()); // the list is still shown
        if (command == QStringList{QStringLiteral("accounts"), QStringLiteral("--json")}) {
            const QJsonObject listed = QJsonDocument::fromJson(out).object()
                                           .value(QLatin1String("accounts")).toArray().at(0).toObject();
            QCOMPARE(listed.value(QLatin1String("account")).toString(), account);
            QVERIFY(listed.value(QLatin1String("state")).isNull()); // unknown, not "unconfigured"
        }
    }

    // Unlocked again: the profile stored before is read back, whole.
    const auto [retryCode, retryOut, retryErr] = cli(right, {QStringLiteral("status"), QStringLiteral("--json")});
    QVERIFY2(retryCode == 0, retryErr.constData());
    const QJsonObject status = QJsonDocument::fromJson(retryOut).object();
    QCOMPARE(status.value(QLatin1String("state")).toString(), QStringLiteral("configured"));
    QCOMPARE(status.value(QLatin1String("version")).toInt(), 5);
    QCOMPARE(status.value(QLatin1String("token_present")).toBool(), true);
    Q_UNUSED(linkedOut) Q_UNUSED(linkedErr)
}

void TestKeychainStore::storedAccountGetsNoRequestAndShowsNoData()
{
    // §4.2.1: A is active, B is stored. The CLI sends nothing for B and shows none of its data.
    AcsSimProcess sim;
    QVERIFY(sim.start());
    QTemporaryDir home;
    const QString active = QStringLiteral("+15550100006");
    const QString stored = QStringLiteral("+15550100007");
    {
        AccountIndex index(home.filePath(QStringLiteral(".config/spdc/spdc.conf")));
        ProfileStore store(m_secrets);
        store.setIndex(&index);
        for (const QString &account : {active, stored}) {
            Profile profile;
            profile.identity = Identity::fromMsisdn(account).value();
            profile.server = sim.url();
            profile.version = 3;
            profile.document = "<wap-provisioningdoc version=\"1.1\"/>";
            profile.validityExpires = QDateTime::currentDateTimeUtc().addSecs(-60); // expired
            profile.token = QStringLiteral("token-of-") + account;
            QVERIFY(await<Status>([&](auto done) { store.save(profile, done); }));
            index.upsert({account, sim.url()});
        }
        index.setActiveAccount(active);
        QVERIFY(index.sync());
    }
    const auto cli = [&](const QStringList &arguments) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral(".config")));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(SPDC_CLI_PATH), QStringList{QStringLiteral("--ca-file"), sim.caFile()} + arguments);
        process.closeWriteChannel(); // no code will be typed
        process.waitForFinished(30000);
        return std::make_tuple(process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError());
    };
    const auto [refreshCode, refreshOut, refreshErr] = cli({QStringLiteral("refresh"), stored});
    QCOMPARE(refreshCode, 1);
    QVERIFY2(refreshErr.contains(QByteArray("spdc-cli use " + stored.toUtf8())), refreshErr.constData());
    QCOMPARE(sim.requests().size(), 0); // nothing was sent, for B or anyone

    const auto [showCode, showOut, showErr] = cli({QStringLiteral("show"), stored});
    QCOMPARE(showCode, 1);
    QVERIFY2(showErr.contains(QByteArray("spdc-cli use " + stored.toUtf8())), showErr.constData());
    QVERIFY(!showOut.contains("wap-provisioningdoc"));

    const auto [statusCode, statusOut, statusErr] = cli({QStringLiteral("status"), stored});
    QCOMPARE(statusCode, 0);
    QVERIFY(statusOut.contains(stored.toUtf8()));
    QVERIFY(statusOut.contains("State:"));
    QVERIFY2(!statusOut.contains("Token") && !statusOut.contains("Version"), statusOut.constData());
    const auto [jsonCode, jsonOut, jsonErr] = cli({QStringLiteral("status"), stored, QStringLiteral("--json")});
    QCOMPARE(jsonCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(jsonOut).object();
    QVERIFY(json.contains(QLatin1String("state")));
    QVERIFY(!json.contains(QLatin1String("token_present")) && !json.contains(QLatin1String("version")));
    QCOMPARE(sim.requests().size(), 0);

    // The active account's own refresh does reach its server.
    const auto [ownCode, ownOut, ownErr] = cli({QStringLiteral("refresh"), active});
    QVERIFY(sim.requests().size() > 0);
    for (const QJsonValue &request : sim.requests())
        QVERIFY(!QJsonDocument(request.toObject()).toJson().contains(stored.mid(1).toUtf8()));
    Q_UNUSED(refreshOut) Q_UNUSED(showErr) Q_UNUSED(statusErr) Q_UNUSED(jsonErr)
    Q_UNUSED(ownCode) Q_UNUSED(ownOut) Q_UNUSED(ownErr)
}

QTEST_GUILESS_MAIN(TestKeychainStore)
#include "tst_keychainstore.moc"
