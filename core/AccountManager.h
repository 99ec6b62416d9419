#pragma once

#include "AccountIndex.h"
#include "Profile.h"
#include "ProfileStore.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <optional>

namespace spdc {

// The stored accounts of this user (§4.2.1): list, switch, remove, reset, with configuration
// backups. Each account's profile is read from the keychain at most once per session and
// only when needed: start-up reads the active one alone.
class AccountManager : public QObject
{
    Q_OBJECT
public:
    // §4.2.1: "The number of configuration backups stored ... shall be at least 2".
    static constexpr int BackupCount = 2;

    struct Summary
    {
        QString account;
        bool active = false;
        std::optional<ProfileState> state; // nullopt until the profile has been read
        std::optional<Profile> profile;    // likewise
    };

    AccountManager(ProfileStore *store, AccountIndex *index, QObject *parent = nullptr);

    ProfileStore *store() const { return m_store; }
    AccountIndex *index() const { return m_index; }
    void setClock(std::function<QDateTime()> nowUtc) { m_nowUtc = std::move(nowUtc); }

    // From the index and what has been read so far; never touches the keychain.
    QList<Summary> accounts() const;
    QString activeAccount() const { return m_index->activeAccount(); }

    // The account's profile, read once per session. NotFound: known to the index, nothing
    // stored (yet).
    void profile(const QString &account, ProfileStore::LoadCallback done);
    // Reads every account not read yet (for listings that show states).
    void loadAll(std::function<void(Status)> done);
    // What a flow stored (through the same ProfileStore, which keeps the session copy):
    // announces the change to listings.
    void remember(const Profile &profile);

    // §4.2.1: the current account's data stays stored; no request is made for it from now on.
    // The caller then queries for the newly active account, silently, with its token.
    Status switchTo(const QString &account);
    // Removes every keychain item of the account (profile, backups) and the index entry.
    void remove(const QString &account, std::function<void(Status)> done);
    // The client reset of §2.2.2 / §4.2.1: the configuration and token are removed after
    // being kept as a backup, so coming back can restore them.
    void reset(const QString &account, std::function<void(Status)> done);
    // Restores the newest backup whose configuration is still valid, instead of a first-time
    // configuration. Result true when one was restored.
    void restoreBackup(const QString &account, std::function<void(Result<bool>)> done);
    // For an account becoming active again (switch, refresh): when it was reset (no
    // configuration, no token), restores its newest still-valid backup, so that it does not
    // start a first-time configuration. Result true when one was restored.
    void restoreBackupIfReset(const QString &account, std::function<void(Result<bool>)> done);

Q_SIGNALS:
    void activeAccountChanged(const QString &account);
    void accountsChanged();

private:
    void loadEach(const QStringList &accounts, int index, Status firstError,
                  std::function<void(Status)> done);
    void removeEach(const QString &account, const QStringList &slotNames, int index,
                    std::function<void(Status)> done);
    void rotateBackups(const QString &account, const Profile &current,
                       std::function<void(Status)> done);
    void restoreFrom(const QString &account, int number, std::function<void(Result<bool>)> done);

    ProfileStore *m_store;
    AccountIndex *m_index;
    std::function<QDateTime()> m_nowUtc;
};

} // namespace spdc
