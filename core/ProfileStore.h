#pragma once

#include "Profile.h"
#include "SecretStore.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <deque>
#include <functional>
#include <memory>
#include <optional>

namespace spdc {

class AccountIndex;

// Profiles in the secret store, one account at a time, whatever their size.
//
// A profile is serialized, then split into chunks no larger than the store's item limit (the
// Windows credential limit is 2560 bytes) behind a manifest {format, generation, chunks, size,
// sha256}. A slot ("<account>/profile", "<account>/backup/<n>") is the manifest's key; its
// chunks are "<slot>/<generation>/<index>".
// A save first records the generations it may leave behind in "<slot>/pending" (the new one
// and the current one), writes the new generation's chunks, replaces the manifest last, then
// deletes every recorded generation but the new one and clears the record. A process killed
// half-way leaves the previous profile readable, and the next save or remove of that slot
// deletes whatever the killed one wrote.
// A count, size or checksum mismatch is an error, never truncated data.
//
// It is also the session's cache of profiles: every account is read from the keychain at most
// once per session, whoever asks (accounts, flows, windows, the CLI); save and remove keep the
// cache current. With an AccountIndex, an account the index says has a stored profile but the
// keychain answers "no such item" for is reported as a locked keychain, never as absent,
// unless the keychain takes a write (then it is open and the profile really gone).
class ProfileStore : public QObject
{
    Q_OBJECT
public:
    using LoadCallback = std::function<void(Result<Profile>)>;
    using DoneCallback = SecretStore::DoneCallback;

    explicit ProfileStore(SecretStore *secrets, QObject *parent = nullptr);

    SecretStore *secrets() const { return m_secrets; }
    // Lets the store tell a locked keychain from an absent profile (see above).
    void setIndex(AccountIndex *index) { m_index = index; }

    // What this session knows without the keychain: the profile read or saved, or nullopt.
    std::optional<Profile> cached(const QString &account) const;
    // True when this session found nothing stored for the account.
    bool knownAbsent(const QString &account) const { return m_absent.contains(account); }

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
    static QString pendingKey(const QString &slot);
    // The size of a chunk for a store whose items must stay under limit.
    static qsizetype chunkSizeFor(qsizetype limit);

private:
    struct Manifest
    {
        qint64 generation = 0;
        int chunks = 0;
        qint64 size = 0;
        QByteArray sha256;
    };
    // Generation -> chunk count: what a save may have written and not deleted yet.
    using Generations = QMap<qint64, int>;
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
    void readPending(const QString &slot, std::function<void(Result<Generations>)> done);
    void writePending(const QString &slot, const Generations &generations, DoneCallback done);
    void removeGenerations(const QString &slot, Generations generations, DoneCallback done);
    bool expectsProfile(const QString &slot) const;
    void readManifest(const QString &slot, bool expected,
                      std::function<void(Result<Manifest>)> done);
    // Whether the keychain takes a write, i.e. is not locked.
    void probeUnlocked(std::function<void(bool)> done);
    static QString accountOfProfileSlot(const QString &slot);

    QPointer<SecretStore> m_secrets;
    AccountIndex *m_index = nullptr;
    QHash<QString, Profile> m_cache;
    QSet<QString> m_absent;
    std::deque<Operation> m_queue;
    bool m_busy = false;
};

} // namespace spdc
