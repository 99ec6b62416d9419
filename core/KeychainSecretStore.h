#pragma once

#include "SecretStore.h"

#include <chrono>

namespace spdc {

// The OS keychain through qtkeychain (Secret Service on Linux, Credential Manager on Windows,
// Keychain on macOS). No plaintext fallback: setInsecureFallback(false).
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(const QString &service, QObject *parent = nullptr);

    // A locked keyring can hang on a password prompt: every job gets a deadline.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    qsizetype maxItemSize() const override;
    void read(const QString &key, ReadCallback done) override;
    void write(const QString &key, const QByteArray &value, DoneCallback done) override;
    void remove(const QString &key, DoneCallback done) override;

private:
    QString m_service;
    std::chrono::milliseconds m_timeout{std::chrono::seconds(30)};
};

} // namespace spdc
