#pragma once

#include "SecretStore.h"

#include <QHash>

namespace spdc {

// An in-memory store behind the same interface, for unit tests. It can enforce an item size
// limit (the Windows credential limit) and simulate an unavailable keychain.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit MemorySecretStore(qsizetype maxItemSize = 2560, QObject *parent = nullptr);

    void setAvailable(bool available) { m_available = available; }
    const QHash<QString, QByteArray> &items() const { return m_items; }

    qsizetype maxItemSize() const override { return m_maxItemSize; }
    void read(const QString &key, ReadCallback done) override;
    void write(const QString &key, const QByteArray &value, DoneCallback done) override;
    void remove(const QString &key, DoneCallback done) override;

private:
    Error unavailable() const;

    QHash<QString, QByteArray> m_items;
    qsizetype m_maxItemSize;
    bool m_available = true;
};

} // namespace spdc
