// Test helper for tst_keychainstore, against the real keychain.
//
//   profilewriter ACCOUNT SIZE
//       Saves large profiles one after another until it is killed. Each profile's document is
//       one repeated byte, so a reader can tell a complete profile from a torn one. Every
//       keychain write is reported on stdout ("wrote KEY") once done, and the next one waits
//       100 ms: the test can kill it at a known point of a save.
//   profilewriter --once ACCOUNT SIZE INDEX_FILE
//       Stores one configured profile (version 5, valid for a day) as a linked account: in the
//       keychain and in the account index at INDEX_FILE, as the active account.
#include "AccountIndex.h"
#include "Branding.h"
#include "KeychainSecretStore.h"
#include "ProfileStore.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

#include <cstdio>

using namespace spdc;

namespace {

// Reports each completed write and slows the writer down.
class ReportingStore : public SecretStore
{
public:
    explicit ReportingStore(SecretStore *inner) : m_inner(inner) {}
    qsizetype maxItemSize() const override { return m_inner->maxItemSize(); }
    void read(const QString &key, ReadCallback done) override { m_inner->read(key, std::move(done)); }
    void remove(const QString &key, DoneCallback done) override { m_inner->remove(key, std::move(done)); }
    void write(const QString &key, const QByteArray &value, DoneCallback done) override
    {
        QPointer<ReportingStore> self(this);
        m_inner->write(key, value, [self, key, done](Status status) {
            std::printf("wrote %s\n", qPrintable(key));
            std::fflush(stdout);
            QTimer::singleShot(100, self, [done, status] { done(status); });
        });
    }

private:
    SecretStore *m_inner;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    KeychainSecretStore keychain(QStringLiteral(SPDC_APP_ID));
    if (argc == 5 && QByteArray(argv[1]) == "--once") {
        const QString account = QString::fromLocal8Bit(argv[2]);
        AccountIndex index(QString::fromLocal8Bit(argv[4]));
        ProfileStore store(&keychain);
        store.setIndex(&index);
        Profile profile;
        profile.identity = Identity::fromAccountId(account).value();
        profile.server = QUrl(QStringLiteral("https://config.example.com/"));
        profile.version = 5;
        profile.document = "<wap-provisioningdoc version=\"1.1\"/>"
            + QByteArray(QByteArray(argv[3]).toLongLong(), ' ');
        profile.validityExpires = QDateTime::currentDateTimeUtc().addDays(1);
        profile.token = QStringLiteral("stored-token");
        store.save(profile, [&](Status saved) {
            index.upsert({account, profile.server});
            index.setActiveAccount(account);
            app.exit(saved && index.sync() ? 0 : 1);
        });
        return app.exec();
    }
    if (argc != 3)
        return 2;
    const QString account = QString::fromLocal8Bit(argv[1]);
    const qsizetype size = QByteArray(argv[2]).toLongLong();
    ReportingStore secrets(&keychain);
    ProfileStore store(&secrets);
    int round = 0;
    std::function<void()> saveNext = [&] {
        Profile profile;
        profile.identity = Identity::fromAccountId(account).value();
        profile.server = QUrl(QStringLiteral("https://config.example.com/"));
        profile.version = 1 + round;
        profile.document = QByteArray(size, char('a' + round % 26));
        store.save(profile, [&](Status saved) {
            std::printf("%s %d\n", saved ? "saved" : "failed", round);
            std::fflush(stdout);
            ++round;
            saveNext();
        });
    };
    saveNext();
    return app.exec();
}
