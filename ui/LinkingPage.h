#pragma once

#include "ProvisioningFlow.h"

#include <QPointer>
#include <QWizardPage>

#include <chrono>
#include <functional>
#include <memory>

namespace Ui {
class LinkingPage;
}

namespace spdc {

class AccountIndex;
class NameConflictDialog;
class OtpDialog;
class ProfileStore;
class ServerMessageDialog;

// Runs one ProvisioningFlow and answers it: a status line and progress per step, the OTP dialog
// when the server has texted a code (§2.5), the name dialog after a 409, the operator's message,
// and the error with Retry when it fails (and "Use another number" when the number was
// refused). The flow belongs to this page; a new one is made each time the page is entered,
// with the wizard's current answers.
class LinkingPage : public QWizardPage
{
    Q_OBJECT
public:
    using SettingsProvider = std::function<FlowSettings()>;

    LinkingPage(ProfileStore *store, AccountIndex *index, SettingsProvider settings,
                QWidget *parent = nullptr);
    ~LinkingPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    ProvisioningFlow *flow() const { return m_flow; }
    bool isRunning() const;

public Q_SLOTS:
    void retry();
    void cancelFlow();

Q_SIGNALS:
    void linked(const spdc::Profile &profile);
    // The user chose another friendly_device_name after a conflict (Table 7, 409).
    void deviceNameChosen(const QString &name);
    // The user wants to correct the identity (or the §2.6 code): back to the identity page.
    void changeIdentityRequested();

private:
    void startFlow();
    void discardFlow();
    void onStepChanged(ProvisioningFlow::Step step);
    void onOtpRequired(const OtpPrompt &prompt);
    void onInputRejected(const Error &error);
    void onOtpExpired();
    void onDeviceNameConflict(const QString &rejectedName);
    void onRetryScheduled(std::chrono::seconds delay);
    void onServerMessage(const UserMessage &message);
    void onFailed(const Error &error);
    void onSucceeded(const Profile &profile);
    void onNameChosen(const QString &name);
    void closeOtpDialog();
    void closeNameDialog();
    void setBusy(bool busy);

    std::unique_ptr<Ui::LinkingPage> m_ui;
    ProfileStore *m_store;
    AccountIndex *m_index;
    SettingsProvider m_settings;
    QPointer<ProvisioningFlow> m_flow;
    QPointer<OtpDialog> m_otpDialog;
    QPointer<NameConflictDialog> m_nameDialog;
    QPointer<ServerMessageDialog> m_messageDialog;
    bool m_succeeded = false;
    bool m_dedicated = false;
    bool m_byNumber = true;
};

} // namespace spdc
