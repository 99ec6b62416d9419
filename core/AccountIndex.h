#pragma once

#include "Identity.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>
#include <utility>

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

    // When the operator last texted a code for an identity, and how many it has texted in a
    // row: each first-time request makes the operator send a paid SMS, so every flow, in every
    // process, shares this record. Kept for identities that were never stored, too.
    struct CodeRequests
    {
        QDateTime last;   // UTC
        int count = 0;
    };
    std::optional<CodeRequests> codeRequests(const QString &account) const;
    // Records `requests` for `account` and drops the records last touched before `forgetBefore`.
    void setCodeRequests(const QString &account, const CodeRequests &requests,
                         const QDateTime &forgetBefore);

    QString activeAccount() const;
    void setActiveAccount(const QString &account);

    // Flushes to disk; false when the settings file cannot be written.
    bool sync();

private:
    void writeEntries(const QList<Entry> &entries);
    QList<std::pair<QString, CodeRequests>> allCodeRequests() const;

    std::unique_ptr<QSettings> m_settings;
};

} // namespace spdc
