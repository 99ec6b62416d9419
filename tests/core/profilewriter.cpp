// Test helper for tst_keychainstore: saves large profiles into the real keychain, one after
// another, until it is killed. Each profile's document is one repeated byte, so a reader can
// tell a complete profile from a torn one.
#include "Branding.h"
#include "KeychainSecretStore.h"
#include "ProfileStore.h"

#include <QCoreApplication>

#include <cstdio>

using namespace spdc;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3)
        return 2;
    const QString account = QString::fromLocal8Bit(argv[1]);
    const qsizetype size = QByteArray(argv[2]).toLongLong();
    KeychainSecretStore secrets(QStringLiteral(SPDC_APP_ID));
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
