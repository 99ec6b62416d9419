#include "Await.h"
#include "Branding.h"
#include "KeychainSecretStore.h"
#include "MemorySecretStore.h"
#include "ProfileStore.h"
#include "ProvisioningDocument.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace spdc;
using namespace std::chrono_literals;

// Figures, not pass/fail timings: how long parsing a real document and storing profiles of
// growing size take. Run: ctest -L bench -V (inside a keyring session for the keychain rows).
class BenchStorage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parseCorpusDocument();
    void saveAndLoad_data();
    void saveAndLoad();
};

void BenchStorage::parseCorpusDocument()
{
    QFile file(QStringLiteral(SPDC_CORPUS_DIR "/01-rcsjta-blackbird-template.xml"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QBENCHMARK {
        const auto doc = ProvisioningDocument::parse(bytes);
        QVERIFY(doc);
    }
}

void BenchStorage::saveAndLoad_data()
{
    QTest::addColumn<bool>("keychain");
    QTest::addColumn<qsizetype>("size");
    for (const qsizetype size : {qsizetype(10 * 1024), qsizetype(1024 * 1024), qsizetype(4 * 1024 * 1024)}) {
        QTest::addRow("memory, Windows-sized chunks, %lld KiB", qlonglong(size / 1024)) << false << size;
        QTest::addRow("Secret Service, %lld KiB", qlonglong(size / 1024)) << true << size;
    }
}

void BenchStorage::saveAndLoad()
{
    QFETCH(bool, keychain);
    QFETCH(qsizetype, size);
    std::unique_ptr<SecretStore> secrets;
    if (keychain) {
        auto store = std::make_unique<KeychainSecretStore>(QStringLiteral(SPDC_APP_ID));
        store->setTimeout(60s);
        secrets = std::move(store);
    } else {
        secrets = std::make_unique<MemorySecretStore>(2560);
    }
    ProfileStore store(secrets.get());
    Profile profile;
    profile.identity = Identity::fromMsisdn(QStringLiteral("+15550100001")).value();
    profile.version = 1;
    profile.document = QByteArray(size, 'x');
    QElapsedTimer timer;
    timer.start();
    const Status saved = await<Status>([&](auto done) { store.save(profile, done); });
    if (!saved && keychain)
        QSKIP("no Secret Service in this session");
    QVERIFY(saved);
    const qint64 saveMs = timer.restart();
    const Result<Profile> loaded = await<Result<Profile>>([&](auto done) { store.load(profile.accountId(), done); });
    QVERIFY(loaded);
    QCOMPARE(loaded->document.size(), size);
    const qint64 loadMs = timer.elapsed();
    qInfo("%s: save %lld ms, load %lld ms", QTest::currentDataTag(), saveMs, loadMs);
}

QTEST_GUILESS_MAIN(BenchStorage)
#include "bench_storage.moc"
