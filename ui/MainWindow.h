#pragma once

#include "FlowDefaults.h"
#include "Profile.h"
#include "RenewalScheduler.h"

#include <QDateTime>
#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class MainWindow;
}

class QTreeWidgetItem;

namespace spdc {

class AccountManager;
class AccountQuery;
class AutostartEntry;
class DecisionPrompter;
class Identity;
class SetupWizard;
struct Error;

// The active account at a glance (identity, state, version, validity, the configuration as a
// filterable tree) with a switcher over the stored accounts (§4.2.1). Only the active
// account's data is ever shown, and only the active account is queried: when the user
// switches, when the user asks (Refresh now) and when the renewal scheduler says so. The
// keychain is read asynchronously; a keychain that cannot be read is said so in a banner,
// never shown as "no account".
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // The scheduler may be null (no background renewal); neither is owned.
    MainWindow(AccountManager *accounts, const FlowDefaults &defaults,
               RenewalScheduler *scheduler = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    // An injectable clock, for the state and the "expires in …" text.
    void setClock(std::function<QDateTime()> nowUtc);
    SetupWizard *setupWizard() const;
    // False when the organisation allows no new accounts (Settings::allowAddAccounts).
    bool canLinkAccount() const;
    // The one helper for the user's decisions; tests pre-answer it.
    DecisionPrompter *decisions() const { return m_decisions; }
    // The query running for the active account, if any.
    AccountQuery *runningQuery() const;

public Q_SLOTS:
    void loadActiveProfile();
    void openSetupWizard();
    // §4.2.1: makes the account active, shows it (and nothing of the previous one) and then
    // queries for it, silently, with its token.
    void switchToAccount(const QString &account);
    // The user's own query (RenewalScheduler::Trigger::User).
    void refreshNow();
    void removeActiveAccount();
    void resetActiveAccount();
    void copySelectedValue();

Q_SIGNALS:
    // The window shows what the last load found (a profile, nothing, or an error).
    void activeProfileShown();
    // The active account's profile was read from the keychain (main.cpp then starts the
    // scheduler's start-up check).
    void activeProfileLoaded();

private:
    void onActiveAccountChanged(const QString &account);
    void onRenewalDue(RenewalScheduler::Trigger trigger);
    void startQuery(RenewalScheduler::Trigger trigger);
    // §4.2.1: an account made active again that was reset comes back with its still-valid
    // backup; then it queries, silently, with the backup's token.
    void restoreBackupThenQuery(const QString &account);
    void cancelQuery();
    void onQueryOutcome(bool succeeded, const Error *error);
    void onQueryDone();
    void reloadShownProfile();
    void clearAccountView(const QString &account);
    void showEmptyState();
    void showProfile(const Profile &profile);
    void showNotStored(const QString &account);
    void showLoadError(const QString &account, const Error &error);
    void showBanner(const QString &text);
    void refreshTimes();
    void updateAccountList();
    void updateActions();
    void updateQueryControls();
    void updateRenewalStatus();
    void loadAllStates();
    void answerPendingMessage();
    void applyConfigurationFilter();
    void updateCopyAction();
    void setStartAtLogin(bool enabled);
    void checkBackupFor(const Identity &identity);
    void onAccountLinked(const Profile &profile);
    void onWizardClosed(const QString &account);
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void updateBannerColours();

    std::unique_ptr<Ui::MainWindow> m_ui;
    AccountManager *m_accounts;
    QPointer<RenewalScheduler> m_scheduler;
    FlowDefaults m_defaults;
    std::function<QDateTime()> m_nowUtc;
    DecisionPrompter *m_decisions;
    std::unique_ptr<AutostartEntry> m_autostart;
    QPointer<SetupWizard> m_wizard;
    QPointer<AccountQuery> m_query;

    QString m_shownAccount;              // whose data the view holds (or is loading)
    std::optional<Profile> m_profile;    // the shown account's stored profile, once read
    QString m_queryStatus;               // the last query's progress or outcome, for a person
    QString m_pendingSwitch;             // asked while a keychain write could not be interrupted
    QString m_backupCheckedFor;          // the wizard's identity whose backup was looked for
    bool m_queryAfterLoad = false;       // a switch: query once the new account is shown
    bool m_retryLoadAll = false;         // the banner's Retry also reads the other accounts
    bool m_accountBusy = false;          // a remove or reset is under way
    // A load answered after a newer one started is stale and dropped.
    quint64 m_loadGeneration = 0;
    // "expires in 3 hours" goes stale while the window stays open.
    QTimer m_refreshTimer;
};

} // namespace spdc
