#pragma once

#include "AccountManager.h"

#include <QComboBox>
#include <QDateTime>

namespace spdc {

// The stored accounts (§4.2.1) as a drop-down: each entry its identity and, once its profile
// has been read, its state on a second line ("Configured, expires in 20 days", "Failed: …").
// Choosing an entry asks to switch; the list itself never reads the keychain: it asks its
// owner to (popupAboutToShow) when the user opens it.
class AccountSwitcher : public QComboBox
{
    Q_OBJECT
public:
    enum Role {
        AccountRole = Qt::UserRole + 1,   // QString: the account id
        StateTextRole,                    // QString: empty until the profile is read
        ActiveRole,                       // bool
    };

    explicit AccountSwitcher(QWidget *parent = nullptr);

    void setAccounts(const QList<AccountManager::Summary> &accounts, const QDateTime &nowUtc);
    // The entry's second line; empty while its profile has not been read.
    static QString stateText(const AccountManager::Summary &summary, const QDateTime &nowUtc);
    int indexOfAccount(const QString &account) const;

    void showPopup() override;

Q_SIGNALS:
    void popupAboutToShow();
    // The user picked another account than the active one.
    void accountChosen(const QString &account);
};

} // namespace spdc
