#include "ProfileStore.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace spdc {

namespace {
constexpr int ManifestFormat = 1;

Error damaged(const QString &detail)
{
    return Error{ErrorCode::KeychainUnavailable,
                 QCoreApplication::translate("ProfileStore",
                     "The account data in the keychain is incomplete or damaged. Nothing was "
                     "changed; link the account again to repair it."),
                 detail};
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
    m_secrets->read(manifestKey(slot), [done](Result<QByteArray> bytes) {
        if (!bytes)
            return done(bytes.error());
        const QJsonObject json = QJsonDocument::fromJson(bytes.value()).object();
        Manifest manifest;
        manifest.generation = json.value(QLatin1String("generation")).toInteger(-1);
        manifest.chunks = json.value(QLatin1String("chunks")).toInt(-1);
        manifest.size = json.value(QLatin1String("size")).toInteger(-1);
        manifest.sha256 = json.value(QLatin1String("sha256")).toString().toLatin1();
        const int format = json.value(QLatin1String("format")).toInt(0);
        if (format != ManifestFormat || manifest.generation < 0 || manifest.chunks < 0
            || manifest.size < 0 || manifest.sha256.size() != 64) {
            return done(damaged(QStringLiteral("bad manifest")));
        }
        done(manifest);
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
    enqueue([this, slot, blob, done](std::function<void()> next) {
        readManifest(slot, [this, slot, blob, done, next](Result<Manifest> old) {
            if (!old && old.error().code == ErrorCode::KeychainUnavailable
                && old.error().detail != QLatin1String("bad manifest")) {
                // Unreadable is not absent: write nothing over what exists.
                done(old.error());
                return next();
            }
            const bool hadOld = old.ok();
            const Manifest previous = hadOld ? old.value() : Manifest{};
            const qint64 generation = hadOld ? previous.generation + 1 : 1;

            const qsizetype chunkSize = qMax<qsizetype>(256, m_secrets->maxItemSize());
            auto chunks = std::make_shared<QList<QByteArray>>();
            for (qsizetype offset = 0; offset < blob.size(); offset += chunkSize)
                chunks->append(blob.mid(offset, chunkSize));

            writeChunks(slot, generation, std::shared_ptr<const QList<QByteArray>>(chunks), 0,
                        [this, slot, blob, done, next, hadOld, previous, generation,
                         count = int(chunks->size())](Status written) {
                if (!written) {
                    done(written);
                    return next();
                }
                QJsonObject json;
                json[QLatin1String("format")] = ManifestFormat;
                json[QLatin1String("generation")] = generation;
                json[QLatin1String("chunks")] = count;
                json[QLatin1String("size")] = qint64(blob.size());
                json[QLatin1String("sha256")] = QString::fromLatin1(
                    QCryptographicHash::hash(blob, QCryptographicHash::Sha256).toHex());
                m_secrets->write(manifestKey(slot), QJsonDocument(json).toJson(QJsonDocument::Compact),
                                 [this, slot, done, next, hadOld, previous](Status committed) {
                    if (!committed || !hadOld) {
                        done(committed);
                        return next();
                    }
                    // The new profile is in place; the old chunks are now stale.
                    removeChunks(slot, previous.generation, 0, previous.chunks,
                                 [done, next](Status cleaned) {
                                     if (!cleaned)
                                         qCWarning(lcStore) << "stale chunks left:" << cleaned.error().detail;
                                     done(Status());
                                     next();
                                 });
                });
            });
        });
    });
}

void ProfileStore::load(const QString &account, LoadCallback done)
{
    loadSlot(profileSlot(account), std::move(done));
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
    writeBlob(profileSlot(profile.accountId()), profile.serialize(), std::move(done));
}

void ProfileStore::remove(const QString &account, DoneCallback done)
{
    removeBlob(profileSlot(account), std::move(done));
}

void ProfileStore::removeBlob(const QString &slot, DoneCallback done)
{
    enqueue([this, slot, done](std::function<void()> next) {
        readManifest(slot, [this, slot, done, next](Result<Manifest> manifest) {
            if (!manifest && manifest.error().code == ErrorCode::NotFound) {
                done(Status());
                return next();
            }
            if (!manifest && manifest.error().detail != QLatin1String("bad manifest")) {
                done(manifest.error());
                return next();
            }
            const Manifest found = manifest ? manifest.value() : Manifest{};
            // The next generation too: a save killed before its manifest leaves those behind.
            removeChunks(slot, found.generation, 0, found.chunks,
                         [this, slot, done, next, found](Status status) {
                if (!status) {
                    done(status);
                    return next();
                }
                removeChunks(slot, found.generation + 1, 0, found.chunks + 1,
                             [this, slot, done, next](Status) {
                    m_secrets->remove(manifestKey(slot), [done, next](Status removed) {
                        done(removed);
                        next();
                    });
                });
            });
        });
    });
}

} // namespace spdc
