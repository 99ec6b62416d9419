#pragma once

#include "Profile.h"
#include "SecretStore.h"

#include <QObject>
#include <QPointer>

#include <deque>
#include <functional>
#include <memory>

namespace spdc {

// Profiles in the secret store, one account at a time, whatever their size.
//
// A profile is serialized, then split into chunks no larger than the store's item limit (the
// Windows credential limit is 2560 bytes) behind a manifest {format, generation, chunks, size,
// sha256}. A slot ("<account>/profile", "<account>/backup/<n>") is the manifest's key; its
// chunks are "<slot>/<generation>/<index>".
// A save writes the new generation's chunks first, replaces the manifest last, then deletes
// the previous generation: a process killed half-way leaves the previous profile readable.
// A count, size or checksum mismatch is an error, never truncated data.
class ProfileStore : public QObject
{
    Q_OBJECT
public:
    using LoadCallback = std::function<void(Result<Profile>)>;
    using DoneCallback = SecretStore::DoneCallback;

    explicit ProfileStore(SecretStore *secrets, QObject *parent = nullptr);

    SecretStore *secrets() const { return m_secrets; }

    // NotFound when the account has no stored profile.
    void load(const QString &account, LoadCallback done);
    void save(const Profile &profile, DoneCallback done);
    // Removes the account's profile items; succeeds when there is nothing to remove.
    void remove(const QString &account, DoneCallback done);

    // Any slot: backups, and the raw blob layer for tests and tools.
    void loadSlot(const QString &slot, LoadCallback done);
    void readBlob(const QString &slot, SecretStore::ReadCallback done);
    void writeBlob(const QString &slot, const QByteArray &blob, DoneCallback done);
    void removeBlob(const QString &slot, DoneCallback done);

    static QString profileSlot(const QString &account);
    static QString backupSlot(const QString &account, int number);
    static QString manifestKey(const QString &slot);
    static QString chunkKey(const QString &slot, qint64 generation, int index);

private:
    struct Manifest
    {
        qint64 generation = 0;
        int chunks = 0;
        qint64 size = 0;
        QByteArray sha256;
    };
    using Operation = std::function<void(std::function<void()> next)>;

    void enqueue(Operation operation);
    void runNext();
    void readManifest(const QString &slot, std::function<void(Result<Manifest>)> done);
    void readChunks(const QString &slot, const Manifest &manifest, int index,
                    std::shared_ptr<QByteArray> data, SecretStore::ReadCallback done);
    void writeChunks(const QString &slot, qint64 generation,
                     std::shared_ptr<const QList<QByteArray>> chunks, int index,
                     DoneCallback done);
    void removeChunks(const QString &slot, qint64 generation, int index, int count,
                      DoneCallback done);

    QPointer<SecretStore> m_secrets;
    std::deque<Operation> m_queue;
    bool m_busy = false;
};

} // namespace spdc
