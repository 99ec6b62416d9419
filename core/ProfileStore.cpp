#include "ProfileStore.h"

#include "AccountIndex.h"
#include "Logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace spdc {

namespace {
constexpr int ManifestFormat = 1;

Error damaged(const QString &detail)
{
    return Error{ErrorCode::StoredDataDamaged,
                 QCoreApplication::translate("ProfileStore",
                     "The account data in the keychain is incomplete or damaged. Nothing was "
                     "changed; link the account again to repair it."),
                 detail};
}

Error locked()
{
    return Error{ErrorCode::KeychainUnavailable,
                 QCoreApplication::translate("ProfileStore",
                     "The keychain is locked: it does not show the account's stored data. "
                     "Unlock it (for example with your desktop's password manager), then try "
                     "again. Nothing was changed."),
                 QStringLiteral("stored profile not visible: keychain locked")};
}

Error badManifest()
{
    return damaged(QStringLiteral("bad manifest"));
}

// Damaged, so it may be written over. A manifest of a newer format is not damaged: a newer
// spdc wrote it, and this one must not replace or delete what it cannot read.
bool isBadManifest(const Error &error)
{
    return error.code == ErrorCode::StoredDataDamaged
        && error.detail != QLatin1String("newer manifest format");
}
} // namespace

ProfileStore::ProfileStore(SecretStore *secrets, QObject *parent)
    : QObject(parent), m_secrets(secrets)
{
}

QString ProfileStore::profileSlot(const QString &account)
{
    return account + QLatin1String("/profile");
}

QString ProfileStore::backupSlot(const QString &account, int number)
{
    return QStringLiteral("%1/backup/%2").arg(account).arg(number);
}

QString ProfileStore::manifestKey(const QString &slot)
{
    return slot;
}

QString ProfileStore::chunkKey(const QString &slot, qint64 generation, int index)
{
    return QStringLiteral("%1/%2/%3").arg(slot).arg(generation).arg(index);
}

QString ProfileStore::pendingKey(const QString &slot)
{
    return slot + QLatin1String("/pending");
}

qsizetype ProfileStore::chunkSizeFor(qsizetype limit)
{
    // Clearly under the limit (the Windows credential blob of older qtkeychain releases is
    // 2560 bytes, so chunks are 2048): a store may count a few bytes of its own.
    return qMax<qsizetype>(256, limit - limit / 5);
}

QString ProfileStore::accountOfProfileSlot(const QString &slot)
{
    const QLatin1String suffix("/profile");
    return slot.endsWith(suffix) ? slot.chopped(suffix.size()) : QString();
}

bool ProfileStore::expectsProfile(const QString &slot) const
{
    const QString account = accountOfProfileSlot(slot);
    return m_index && !account.isEmpty() && m_index->hasStoredProfile(account);
}

std::optional<Profile> ProfileStore::cached(const QString &account) const
{
    if (const auto it = m_cache.constFind(account); it != m_cache.cend())
        return it.value();
    return std::nullopt;
}

void ProfileStore::enqueue(Operation operation)
{
    // One operation at a time: a save racing a remove of the same account would otherwise
    // interleave their chunk writes.
    m_queue.push_back(std::move(operation));
    if (!m_busy)
        runNext();
}

void ProfileStore::runNext()
{
    if (m_queue.empty()) {
        m_busy = false;
        return;
    }
    m_busy = true;
    Operation operation = std::move(m_queue.front());
    m_queue.pop_front();
    operation([this] { runNext(); });
}

void ProfileStore::readManifest(const QString &slot, std::function<void(Result<Manifest>)> done)
{
    readManifest(slot, expectsProfile(slot), std::move(done));
}

void ProfileStore::readManifest(const QString &slot, bool expected,
                                std::function<void(Result<Manifest>)> done)
{
    QPointer<ProfileStore> self(this);
    m_secrets->read(manifestKey(slot), [self, slot, done, expected](Result<QByteArray> bytes) {
        if (!bytes) {
            // gnome-keyring answers reads of a locked collection with "no such item".
            if (bytes.error().code == ErrorCode::NotFound && expected && self) {
                return self->probeUnlocked([self, slot, done](bool unlocked) {
                    if (!unlocked || !self)
                        return done(locked());
                    // Open now (perhaps unlocked at a prompt the write raised): ask again.
                    self->readManifest(slot, false, [self, slot, done](Result<Manifest> again) {
                        if (!again && again.error().code == ErrorCode::NotFound && self
                            && self->m_index) {
                            // Really gone (the keyring was replaced or cleared): forget it.
                            qCWarning(lcStore) << "a stored profile is missing from the open keychain";
                            self->m_index->setHasStoredProfile(accountOfProfileSlot(slot), false);
                            self->m_index->sync();
                        }
                        done(std::move(again));
                    });
                });
            }
            return done(bytes.error());
        }
        const QJsonObject json = QJsonDocument::fromJson(bytes.value()).object();
        Manifest manifest;
        manifest.generation = json.value(QLatin1String("generation")).toInteger(-1);
        manifest.chunks = json.value(QLatin1String("chunks")).toInt(-1);
        manifest.size = json.value(QLatin1String("size")).toInteger(-1);
        manifest.sha256 = json.value(QLatin1String("sha256")).toString().toLatin1();
        const int format = json.value(QLatin1String("format")).toInt(0);
        if (format > ManifestFormat)
            return done(damaged(QStringLiteral("newer manifest format")));
        if (format != ManifestFormat || manifest.generation < 0 || manifest.chunks < 0
            || manifest.size < 0 || manifest.sha256.size() != 64) {
            return done(badManifest());
        }
        done(manifest);
    });
}

void ProfileStore::probeUnlocked(std::function<void(bool)> done)
{
    // A locked keychain refuses writes; one that takes this throwaway item is open.
    const QString key = QStringLiteral("keychain-probe");
    QPointer<ProfileStore> self(this);
    m_secrets->write(key, QByteArrayLiteral("1"), [self, key, done](Status written) {
        if (!self || !written)
            return done(false);
        self->m_secrets->remove(key, [done](Status) { done(true); });
    });
}

void ProfileStore::readPending(const QString &slot, std::function<void(Result<Generations>)> done)
{
    m_secrets->read(pendingKey(slot), [done](Result<QByteArray> bytes) {
        if (!bytes) {
            if (bytes.error().code == ErrorCode::NotFound)
                return done(Generations());
            return done(bytes.error());
        }
        Generations generations;
        const QJsonArray list = QJsonDocument::fromJson(bytes.value()).object()
                                    .value(QLatin1String("generations")).toArray();
        for (const QJsonValue &entry : list) {
            const qint64 generation = entry.toObject().value(QLatin1String("generation")).toInteger(-1);
            const int chunks = entry.toObject().value(QLatin1String("chunks")).toInt(-1);
            if (generation >= 0 && chunks >= 0)
                generations.insert(generation, qMax(chunks, generations.value(generation)));
        }
        done(generations);
    });
}

void ProfileStore::writePending(const QString &slot, const Generations &generations,
                                DoneCallback done)
{
    if (generations.isEmpty())
        return m_secrets->remove(pendingKey(slot), std::move(done));
    QJsonArray list;
    for (auto it = generations.cbegin(); it != generations.cend(); ++it) {
        list.append(QJsonObject{{QStringLiteral("generation"), it.key()},
                                {QStringLiteral("chunks"), it.value()}});
    }
    const QJsonObject json{{QStringLiteral("format"), ManifestFormat},
                           {QStringLiteral("generations"), list}};
    m_secrets->write(pendingKey(slot), QJsonDocument(json).toJson(QJsonDocument::Compact),
                     std::move(done));
}

void ProfileStore::removeGenerations(const QString &slot, Generations generations,
                                     DoneCallback done)
{
    if (generations.isEmpty())
        return done(Status());
    const qint64 generation = generations.firstKey();
    const int count = generations.take(generation);
    removeChunks(slot, generation, 0, count, [this, slot, generations, done](Status removed) {
        if (!removed)
            return done(removed);
        removeGenerations(slot, generations, done);
    });
}

void ProfileStore::readChunks(const QString &slot, const Manifest &manifest, int index,
                              std::shared_ptr<QByteArray> data, SecretStore::ReadCallback done)
{
    if (index == manifest.chunks) {
        if (data->size() != manifest.size
            || QCryptographicHash::hash(*data, QCryptographicHash::Sha256).toHex() != manifest.sha256) {
            return done(damaged(QStringLiteral("size or checksum mismatch")));
        }
        return done(*data);
    }
    m_secrets->read(chunkKey(slot, manifest.generation, index),
                    [this, slot, manifest, index, data, done](Result<QByteArray> chunk) {
                        if (!chunk) {
                            if (chunk.error().code == ErrorCode::NotFound)
                                return done(damaged(QStringLiteral("chunk %1 missing").arg(index)));
                            return done(chunk.error());
                        }
                        data->append(chunk.value());
                        readChunks(slot, manifest, index + 1, data, done);
                    });
}

void ProfileStore::readBlob(const QString &slot, SecretStore::ReadCallback done)
{
    enqueue([this, slot, done](std::function<void()> next) {
        readManifest(slot, [this, slot, done, next](Result<Manifest> manifest) {
            if (!manifest) {
                done(manifest.error());
                return next();
            }
            auto data = std::make_shared<QByteArray>();
            data->reserve(manifest->size);
            readChunks(slot, manifest.value(), 0, data,
                       [done, next](Result<QByteArray> blob) {
                           done(std::move(blob));
                           next();
                       });
        });
    });
}

void ProfileStore::writeChunks(const QString &slot, qint64 generation,
                               std::shared_ptr<const QList<QByteArray>> chunks, int index,
                               DoneCallback done)
{
    if (index == chunks->size())
        return done(Status());
    m_secrets->write(chunkKey(slot, generation, index), chunks->at(index),
                     [this, slot, generation, chunks, index, done](Status status) {
                         if (!status)
                             return done(status);
                         writeChunks(slot, generation, chunks, index + 1, done);
                     });
}

void ProfileStore::removeChunks(const QString &slot, qint64 generation, int index, int count,
                                DoneCallback done)
{
    if (index >= count)
        return done(Status());
    m_secrets->remove(chunkKey(slot, generation, index),
                      [this, slot, generation, index, count, done](Status status) {
                          if (!status)
                              return done(status);
                          removeChunks(slot, generation, index + 1, count, done);
                      });
}

void ProfileStore::writeBlob(const QString &slot, const QByteArray &blob, DoneCallback done)
{
    const QString account = accountOfProfileSlot(slot);
    if (!account.isEmpty()) {
        // Whatever this write leaves, the session copy may no longer be it.
        m_cache.remove(account);
        m_absent.remove(account);
    }
    enqueue([this, slot, account, blob, done](std::function<void()> next) {
        auto finish = [done, next](Status status) {
            done(status);
            next();
        };
        readManifest(slot, [this, slot, account, blob, finish](Result<Manifest> old) {
            if (!old && old.error().code != ErrorCode::NotFound && !isBadManifest(old.error())) {
                // Unreadable (or locked) is not absent: write nothing over what exists.
                return finish(old.error());
            }
            readPending(slot, [this, slot, account, blob, finish, old](Result<Generations> pending) {
                if (!pending)
                    return finish(pending.error());
                Generations leftovers = pending.value();
                qint64 newest = 0;
                if (old)
                    newest = old->generation;
                if (!leftovers.isEmpty())
                    newest = qMax(newest, leftovers.lastKey());
                const qint64 generation = newest + 1;

                const qsizetype chunkSize = chunkSizeFor(m_secrets->maxItemSize());
                auto chunks = std::make_shared<QList<QByteArray>>();
                for (qsizetype offset = 0; offset < blob.size(); offset += chunkSize)
                    chunks->append(blob.mid(offset, chunkSize));

                // Recorded before a single chunk is written: a kill from here on leaves
                // nothing the next save or remove does not know about.
                leftovers.insert(generation, int(chunks->size()));
                if (old)
                    leftovers.insert(old->generation, qMax(old->chunks, leftovers.value(old->generation)));
                writePending(slot, leftovers, [this, slot, account, blob, finish, leftovers,
                                               generation, chunks](Status recorded) {
                    if (!recorded)
                        return finish(recorded);
                    writeChunks(slot, generation, std::shared_ptr<const QList<QByteArray>>(chunks), 0,
                                [this, slot, account, blob, finish, leftovers, generation,
                                 count = int(chunks->size())](Status written) {
                        if (!written)
                            return finish(written);
                        QJsonObject json;
                        json[QLatin1String("format")] = ManifestFormat;
                        json[QLatin1String("generation")] = generation;
                        json[QLatin1String("chunks")] = count;
                        json[QLatin1String("size")] = qint64(blob.size());
                        json[QLatin1String("sha256")] = QString::fromLatin1(
                            QCryptographicHash::hash(blob, QCryptographicHash::Sha256).toHex());
                        m_secrets->write(manifestKey(slot),
                                         QJsonDocument(json).toJson(QJsonDocument::Compact),
                                         [this, slot, account, finish, leftovers,
                                          generation](Status committed) {
                            if (!committed)
                                return finish(committed);
                            if (m_index && !account.isEmpty()) {
                                m_index->setHasStoredProfile(account, true);
                                m_index->sync();
                            }
                            // The new profile is in place; every other recorded generation is
                            // stale now.
                            Generations stale = leftovers;
                            stale.remove(generation);
                            removeGenerations(slot, stale, [this, slot, finish](Status cleaned) {
                                if (!cleaned) {
                                    // Still recorded: the next save or remove deletes them.
                                    qCWarning(lcStore) << "stale chunks left:" << cleaned.error().detail;
                                    return finish(Status());
                                }
                                writePending(slot, {}, [finish](Status cleared) {
                                    if (!cleared)
                                        qCWarning(lcStore) << "pending record left:" << cleared.error().detail;
                                    finish(Status());
                                });
                            });
                        });
                    });
                });
            });
        });
    });
}

void ProfileStore::load(const QString &account, LoadCallback done)
{
    if (const std::optional<Profile> profile = cached(account)) {
        QTimer::singleShot(0, this, [done, profile] { done(*profile); });
        return;
    }
    if (m_absent.contains(account)) {
        QTimer::singleShot(0, this, [done] {
            done(Error{ErrorCode::NotFound, QString(), QStringLiteral("no profile")});
        });
        return;
    }
    QPointer<ProfileStore> self(this);
    loadSlot(profileSlot(account), [self, account, done](Result<Profile> loaded) {
        if (self) {
            if (loaded) {
                self->m_cache.insert(account, loaded.value());
                if (self->m_index && !self->m_index->hasStoredProfile(account)) {
                    // Stored by a version that did not record it.
                    self->m_index->setHasStoredProfile(account, true);
                    self->m_index->sync();
                }
            } else if (loaded.error().code == ErrorCode::NotFound) {
                self->m_absent.insert(account);
            }
            // A failed read is not cached: a retry must work once the keychain is back.
        }
        done(std::move(loaded));
    });
}

void ProfileStore::loadSlot(const QString &slot, LoadCallback done)
{
    readBlob(slot, [done](Result<QByteArray> blob) {
        if (!blob)
            return done(blob.error());
        done(Profile::deserialize(blob.value()));
    });
}

void ProfileStore::save(const Profile &profile, DoneCallback done)
{
    QPointer<ProfileStore> self(this);
    writeBlob(profileSlot(profile.accountId()), profile.serialize(),
              [self, profile, done](Status saved) {
                  if (self && saved)
                      self->m_cache.insert(profile.accountId(), profile);
                  done(saved);
              });
}

void ProfileStore::remove(const QString &account, DoneCallback done)
{
    removeBlob(profileSlot(account), std::move(done));
}

void ProfileStore::removeBlob(const QString &slot, DoneCallback done)
{
    const QString account = accountOfProfileSlot(slot);
    if (!account.isEmpty()) {
        // A load asked for from now on waits for the removal in the queue.
        m_cache.remove(account);
        m_absent.remove(account);
    }
    enqueue([this, slot, account, done](std::function<void()> next) {
        auto finish = [done, next](Status status) {
            done(status);
            next();
        };
        readManifest(slot, [this, slot, account, finish](Result<Manifest> manifest) {
            if (!manifest && manifest.error().code != ErrorCode::NotFound
                && !isBadManifest(manifest.error())) {
                // Locked or unavailable: nothing is removed, the account stays listed.
                return finish(manifest.error());
            }
            readPending(slot, [this, slot, account, finish, manifest](Result<Generations> pending) {
                if (!pending)
                    return finish(pending.error());
                Generations doomed = pending.value();
                if (manifest)
                    doomed.insert(manifest->generation, qMax(manifest->chunks, doomed.value(manifest->generation)));
                auto removeAll = [this, slot, account, finish, doomed] {
                    // The manifest first: from then on the profile is gone for readers, and
                    // the record lists every chunk still to delete.
                    m_secrets->remove(manifestKey(slot), [this, slot, account, finish, doomed](Status removed) {
                        if (!removed)
                            return finish(removed);
                        if (!account.isEmpty()) {
                            m_cache.remove(account);
                            m_absent.insert(account);
                            if (m_index) {
                                m_index->setHasStoredProfile(account, false);
                                m_index->sync();
                            }
                        }
                        removeGenerations(slot, doomed, [this, slot, finish](Status cleaned) {
                            if (!cleaned)
                                return finish(cleaned);
                            writePending(slot, {}, finish);
                        });
                    });
                };
                if (doomed == pending.value())
                    return removeAll();
                writePending(slot, doomed, [removeAll, finish](Status recorded) {
                    if (!recorded)
                        return finish(recorded);
                    removeAll();
                });
            });
        });
    });
}

} // namespace spdc
