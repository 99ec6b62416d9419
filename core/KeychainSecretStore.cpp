#include "KeychainSecretStore.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

namespace spdc {

namespace {

// On Linux a missing Secret Service (or session bus) is an OtherError: tell it by its text.
bool noSecretService(const QString &detail)
{
    static const char *const signs[] = {"org.freedesktop.secrets", "ServiceUnknown",
                                        "Could not connect", "not provided by any .service",
                                        "No D-Bus", "NoReply", "Disconnected"};
    for (const char *sign : signs) {
        if (detail.contains(QLatin1String(sign), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

Error keychainError(QKeychain::Error code, const QString &detail)
{
    if (code == QKeychain::OtherError && noSecretService(detail))
        code = QKeychain::NoBackendAvailable;
    QString message;
    switch (code) {
    case QKeychain::NoBackendAvailable:
        message = QCoreApplication::translate("KeychainSecretStore",
            "No keychain is available. On Linux, spdc needs a Secret Service such as GNOME "
            "Keyring or KWallet running in your session.");
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        message = QCoreApplication::translate("KeychainSecretStore",
            "Access to the keychain was denied. Unlock your keychain and allow spdc to use it, "
            "then try again.");
        break;
    default:
        message = QCoreApplication::translate("KeychainSecretStore",
            "The keychain could not be used. Make sure it is running and unlocked, then try "
            "again.");
        break;
    }
    return Error{ErrorCode::KeychainUnavailable, message, detail};
}

Error timeoutError()
{
    return Error{ErrorCode::KeychainUnavailable,
                 QCoreApplication::translate("KeychainSecretStore",
                     "The keychain did not answer. It may be locked and waiting for a password."),
                 QStringLiteral("keychain job timed out")};
}

// Runs a qtkeychain job with a deadline; calls back exactly once.
template<typename Callback>
void runJob(QKeychain::Job *job, std::chrono::milliseconds timeout, QObject *context,
            Callback onDone)
{
    auto done = std::make_shared<bool>(false);
    auto *timer = new QTimer(context);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, context, [done, timer, onDone] {
        timer->deleteLater();
        if (*done)
            return;
        *done = true;
        onDone(nullptr);
    });
    QObject::connect(job, &QKeychain::Job::finished, context, [done, timer, onDone](QKeychain::Job *j) {
        timer->stop();
        timer->deleteLater();
        if (*done)
            return;
        *done = true;
        onDone(j);
    });
    timer->start(timeout);
    job->start();
}

} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent), m_service(service)
{
}

qsizetype KeychainSecretStore::maxItemSize() const
{
#ifdef Q_OS_WIN
    // CRED_MAX_CREDENTIAL_BLOB_SIZE with older qtkeychain releases.
    return 2560;
#else
    // Secret Service and the macOS Keychain hold megabytes; keep items moderate anyway.
    return 256 * 1024;
#endif
}

void KeychainSecretStore::read(const QString &key, ReadCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    runJob(job, m_timeout, this, [done, key](QKeychain::Job *finishedJob) {
        if (!finishedJob)
            return done(timeoutError());
        auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(finishedJob);
        if (readJob->error() == QKeychain::EntryNotFound)
            return done(Error{ErrorCode::NotFound, QString(), QStringLiteral("no entry")});
        if (readJob->error() != QKeychain::NoError) {
            qCWarning(lcStore) << "keychain read failed:" << readJob->errorString();
            return done(keychainError(readJob->error(), readJob->errorString()));
        }
        done(readJob->binaryData());
    });
}

void KeychainSecretStore::write(const QString &key, const QByteArray &value, DoneCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setBinaryData(value);
    runJob(job, m_timeout, this, [done](QKeychain::Job *finishedJob) {
        if (!finishedJob)
            return done(timeoutError());
        if (finishedJob->error() != QKeychain::NoError) {
            qCWarning(lcStore) << "keychain write failed:" << finishedJob->errorString();
            return done(keychainError(finishedJob->error(), finishedJob->errorString()));
        }
        done(Status());
    });
}

void KeychainSecretStore::remove(const QString &key, DoneCallback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    runJob(job, m_timeout, this, [done](QKeychain::Job *finishedJob) {
        if (!finishedJob)
            return done(timeoutError());
        if (finishedJob->error() != QKeychain::NoError
            && finishedJob->error() != QKeychain::EntryNotFound) {
            qCWarning(lcStore) << "keychain delete failed:" << finishedJob->errorString();
            return done(keychainError(finishedJob->error(), finishedJob->errorString()));
        }
        done(Status());
    });
}

} // namespace spdc
