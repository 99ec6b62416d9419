#include "AccountManager.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QPointer>

#include <memory>

namespace spdc {

AccountManager::AccountManager(ProfileStore *store, AccountIndex *index, QObject *parent)
    : QObject(parent),
      m_store(store),
      m_index(index),
      m_nowUtc([] { return QDateTime::currentDateTimeUtc(); })
{
    // The store tells a locked keychain from an account with nothing stored by the index.
    m_store->setIndex(m_index);
}

QList<AccountManager::Summary> AccountManager::accounts() const
{
    const QString active = activeAccount();
    QList<Summary> result;
    for (const AccountIndex::Entry &entry : m_index->entries()) {
        Summary summary;
        summary.account = entry.account;
        summary.active = entry.account == active;
        if (const std::optional<Profile> profile = m_store->cached(entry.account)) {
            summary.profile = profile;
            summary.state = profileState(*profile, m_nowUtc());
        } else if (m_store->knownAbsent(entry.account)) {
            summary.state = ProfileState::Unconfigured;
        }
        result.append(summary);
    }
    return result;
}

void AccountManager::profile(const QString &account, ProfileStore::LoadCallback done)
{
    // The store reads each account once per session and keeps its copy current.
    m_store->load(account, std::move(done));
}

void AccountManager::loadAll(std::function<void(Status)> done)
{
    QStringList pending;
    for (const AccountIndex::Entry &entry : m_index->entries()) {
        if (!m_store->cached(entry.account) && !m_store->knownAbsent(entry.account))
            pending.append(entry.account);
    }
    loadEach(pending, 0, Status(), std::move(done));
}

void AccountManager::loadEach(const QStringList &accounts, int index, Status firstError,
                              std::function<void(Status)> done)
{
    if (index == accounts.size())
        return done(firstError);
    QPointer<AccountManager> self(this);
    profile(accounts.at(index), [self, accounts, index, firstError, done](Result<Profile> loaded) {
        if (!self)
            return;
        Status status = firstError;
        if (!loaded && loaded.error().code != ErrorCode::NotFound && status.ok())
            status = loaded.error();
        self->loadEach(accounts, index + 1, status, done);
    });
}

void AccountManager::remember(const Profile &profile)
{
    // The store already holds what was saved through it; the listings follow.
    Q_UNUSED(profile)
    Q_EMIT accountsChanged();
}

Status AccountManager::switchTo(const QString &account)
{
    if (!m_index->find(account)) {
        return Error{ErrorCode::NotFound,
                     QCoreApplication::translate("AccountManager", "There is no account \"%1\".")
                         .arg(account),
                     QStringLiteral("unknown account")};
    }
    if (m_index->activeAccount() == account)
        return Status();
    m_index->setActiveAccount(account);
    m_index->sync();
    Q_EMIT activeAccountChanged(account);
    return Status();
}

void AccountManager::remove(const QString &account, std::function<void(Status)> done)
{
    // Profile first, then the backups, then the index: a failure half-way leaves the account
    // listed, so the removal can be retried.
    QStringList slotNames{ProfileStore::profileSlot(account)};
    for (int n = 1; n <= BackupCount; ++n)
        slotNames.append(ProfileStore::backupSlot(account, n));
    removeEach(account, slotNames, 0, std::move(done));
}

void AccountManager::removeEach(const QString &account, const QStringList &slotNames, int index,
                                std::function<void(Status)> done)
{
    if (index == slotNames.size()) {
        m_index->remove(account);
        m_index->sync();
        Q_EMIT accountsChanged();
        Q_EMIT activeAccountChanged(m_index->activeAccount());
        return done(Status());
    }
    QPointer<AccountManager> self(this);
    m_store->removeBlob(slotNames.at(index), [self, account, slotNames, index, done](Status removed) {
        if (!self)
            return;
        if (!removed)
            return done(removed);
        self->removeEach(account, slotNames, index + 1, done);
    });
}

void AccountManager::rotateBackups(const QString &account, const Profile &current,
                                   std::function<void(Status)> done)
{
    // backup/1 -> backup/2, then current -> backup/1. Each step is a complete chunked write,
    // so a failure never leaves a half backup.
    QPointer<AccountManager> self(this);
    m_store->readBlob(ProfileStore::backupSlot(account, 1),
                      [self, account, current, done](Result<QByteArray> previous) {
        if (!self)
            return;
        auto writeNewest = [self, account, current, done] {
            self->m_store->writeBlob(ProfileStore::backupSlot(account, 1), current.serialize(), done);
        };
        if (!previous) {
            if (previous.error().code != ErrorCode::NotFound)
                return done(previous.error());
            return writeNewest();
        }
        self->m_store->writeBlob(ProfileStore::backupSlot(account, 2), previous.value(),
                                 [writeNewest, done](Status moved) {
                                     if (!moved)
                                         return done(moved);
                                     writeNewest();
                                 });
    });
}

void AccountManager::reset(const QString &account, std::function<void(Status)> done)
{
    QPointer<AccountManager> self(this);
    profile(account, [self, account, done](Result<Profile> loaded) {
        if (!self)
            return;
        if (!loaded) {
            if (loaded.error().code == ErrorCode::NotFound)
                return done(Status()); // nothing to reset
            return done(loaded.error());
        }
        const Profile current = loaded.value();
        auto clear = [self, current, done] {
            Profile reset = current;
            reset.version = 0;
            reset.document.clear();
            reset.validityExpires = {};
            reset.token.clear();
            reset.tokenExpires = {};
            reset.pendingMessage.reset();
            reset.messageAnswer.clear();
            reset.updated = {};
            reset.failures = 0;
            reset.lastError.clear();
            self->m_store->save(reset, [self, reset, done](Status saved) {
                if (self && saved)
                    self->remember(reset);
                done(saved);
            });
        };
        if (!current.hasConfiguration())
            return clear();
        self->rotateBackups(account, current, [clear, done](Status backedUp) {
            if (!backedUp)
                return done(backedUp); // nothing was changed
            clear();
        });
    });
}

void AccountManager::restoreFrom(const QString &account, int number,
                                 std::function<void(Result<bool>)> done)
{
    if (number > BackupCount)
        return done(false);
    QPointer<AccountManager> self(this);
    m_store->loadSlot(ProfileStore::backupSlot(account, number),
                      [self, account, number, done](Result<Profile> backup) {
        if (!self)
            return;
        if (!backup) {
            if (backup.error().code != ErrorCode::NotFound
                && backup.error().code != ErrorCode::StoredDataDamaged)
                return done(backup.error());
            // Absent or damaged: the older backup may still do.
            if (backup.error().code == ErrorCode::StoredDataDamaged)
                qCWarning(lcStore) << "backup" << number << "unusable:" << backup.error().detail;
            return self->restoreFrom(account, number + 1, done);
        }
        const Profile restored = backup.value();
        const bool valid = restored.hasConfiguration() && restored.validityExpires.isValid()
            && restored.validityExpires > self->m_nowUtc();
        if (!valid)
            return self->restoreFrom(account, number + 1, done);
        qCInfo(lcStore) << "restoring configuration backup" << number;
        self->m_store->save(restored, [self, restored, done](Status saved) {
            if (!saved)
                return done(saved.error());
            if (self)
                self->remember(restored);
            done(true);
        });
    });
}

void AccountManager::restoreBackup(const QString &account, std::function<void(Result<bool>)> done)
{
    restoreFrom(account, 1, std::move(done));
}

void AccountManager::restoreBackupIfReset(const QString &account,
                                          std::function<void(Result<bool>)> done)
{
    QPointer<AccountManager> self(this);
    profile(account, [self, account, done](Result<Profile> loaded) {
        if (!self)
            return;
        if (!loaded && loaded.error().code != ErrorCode::NotFound)
            return done(loaded.error()); // unreadable is not "reset"
        if (loaded && (loaded->hasConfiguration() || !loaded->token.isEmpty()))
            return done(false);
        self->restoreBackup(account, done);
    });
}

} // namespace spdc
