#pragma once

#include "Identity.h"

#include <QList>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

class QSettings;

namespace spdc {

// The list of stored accounts, without secrets, in the user's settings. It lets the front ends
// list accounts (and say which is active) even when the keychain is locked.
class AccountIndex
{
public:
    struct Entry
    {
        QString account;   // the identity as linked: "+15550100001" or "sip:alice@example.com"
        QUrl server;
    };

    // Uses the application's user-scope settings.
    AccountIndex();
    // For tests: a given settings file.
    explicit AccountIndex(const QString &settingsFile);
    ~AccountIndex();

    QList<Entry> entries() const;
    std::optional<Entry> find(const QString &account) const;
    // Adds or updates.
    void upsert(const Entry &entry);
    void remove(const QString &account);

    // Whether a profile of the account was stored in (or read from) the keychain. Then a
    // keychain that answers "no such item" for it is locked or unavailable, not empty.
    bool hasStoredProfile(const QString &account) const;
    void setHasStoredProfile(const QString &account, bool stored);

    QString activeAccount() const;
    void setActiveAccount(const QString &account);

    // Flushes to disk; false when the settings file cannot be written.
    bool sync();

private:
    void writeEntries(const QList<Entry> &entries);

    std::unique_ptr<QSettings> m_settings;
};

} // namespace spdc
