#include "MemorySecretStore.h"

#include <QTimer>

namespace spdc {

MemorySecretStore::MemorySecretStore(qsizetype maxItemSize, QObject *parent)
    : SecretStore(parent), m_maxItemSize(maxItemSize)
{
}

Error MemorySecretStore::unavailable() const
{
    return Error{ErrorCode::KeychainUnavailable, QStringLiteral("The keychain is unavailable."),
                 QStringLiteral("memory store switched off")};
}

void MemorySecretStore::read(const QString &key, ReadCallback done)
{
    QTimer::singleShot(0, this, [this, key, done] {
        if (!m_available)
            return done(unavailable());
        const auto it = m_items.constFind(key);
        if (it == m_items.cend())
            return done(Error{ErrorCode::NotFound, QString(), QStringLiteral("no entry")});
        done(it.value());
    });
}

void MemorySecretStore::write(const QString &key, const QByteArray &value, DoneCallback done)
{
    QTimer::singleShot(0, this, [this, key, value, done] {
        if (!m_available)
            return done(unavailable());
        if (value.size() >= m_maxItemSize) { // strictly under the limit, as on Windows
            return done(Error{ErrorCode::KeychainUnavailable,
                              QStringLiteral("The value is too large for the keychain."),
                              QStringLiteral("item of %1 bytes over limit").arg(value.size())});
        }
        m_items.insert(key, value);
        done(Status());
    });
}

void MemorySecretStore::remove(const QString &key, DoneCallback done)
{
    QTimer::singleShot(0, this, [this, key, done] {
        if (!m_available)
            return done(unavailable());
        m_items.remove(key);
        done(Status());
    });
}

} // namespace spdc
