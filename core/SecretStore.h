#pragma once

#include "Result.h"

#include <QObject>

#include <functional>

namespace spdc {

// An asynchronous key/value store for secrets. Callbacks always run later, from the event
// loop, never inside the call. A missing key reads as ErrorCode::NotFound; any other failure
// (no Secret Service, locked, access denied) is ErrorCode::KeychainUnavailable, never "absent".
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using ReadCallback = std::function<void(Result<QByteArray>)>;
    using DoneCallback = std::function<void(Status)>;

    using QObject::QObject;

    // The item size limit: values must stay strictly under it; larger ones are chunked by
    // the caller (ProfileStore::chunkSizeFor).
    virtual qsizetype maxItemSize() const = 0;

    virtual void read(const QString &key, ReadCallback done) = 0;
    virtual void write(const QString &key, const QByteArray &value, DoneCallback done) = 0;
    // Removing a key that does not exist succeeds.
    virtual void remove(const QString &key, DoneCallback done) = 0;
};

} // namespace spdc
