#pragma once

#include "FlowDefaults.h"
#include "Profile.h"

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

namespace spdc {

class AccountIndex;
class ProfileStore;
class SetupWizard;
struct Error;

// The active account at a glance: identity, state, configuration version, validity and the
// configuration document as a tree. The profile is read from the keychain asynchronously; a
// keychain that cannot be read is said so in a banner, never shown as "no account".
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(ProfileStore *store, AccountIndex *index, const FlowDefaults &defaults,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // An injectable clock, for the state and the "expires in …" text.
    void setClock(std::function<QDateTime()> nowUtc);
    SetupWizard *setupWizard() const;
    // False when the organisation allows no new accounts and none is linked yet.
    bool canLinkAccount() const;

public Q_SLOTS:
    void loadActiveProfile();
    void openSetupWizard();

Q_SIGNALS:
    // The window shows what the last load found (a profile, nothing, or an error).
    void activeProfileShown();

private:
    void showEmptyState();
    void showProfile(const Profile &profile);
    void showLoadError(const QString &account, const Error &error);
    void refreshTimes();
    void updateLinkActions();
    void answerPendingMessage();

    std::unique_ptr<Ui::MainWindow> m_ui;
    ProfileStore *m_store;
    AccountIndex *m_index;
    FlowDefaults m_defaults;
    std::function<QDateTime()> m_nowUtc;
    QPointer<SetupWizard> m_wizard;
    std::optional<Profile> m_profile;
    // A load answered after a newer one started is stale and dropped.
    quint64 m_loadGeneration = 0;
    // "expires in 3 hours" goes stale while the window stays open.
    QTimer m_refreshTimer;
};

} // namespace spdc
