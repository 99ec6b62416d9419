#pragma once

#include "FlowDefaults.h"
#include "ProvisioningFlow.h"

#include <QWizard>

namespace spdc {

class AccountIndex;
class ChoicePage;
class DevicePage;
class IdentityPage;
class LinkingPage;
class ProfileStore;
class ResultPage;
class ServerPage;

// Links an account: how (§2.5 with a texted code, or §2.6 with the provider's code), the
// operator, the identity (read in the operator's country), the device, then the flow, then the
// result. The store and index are the caller's, so tests can hand in an in-memory store or the
// real keychain.
class SetupWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId {
        ChoicePageId,
        ServerPageId,
        IdentityPageId,
        DevicePageId,
        LinkingPageId,
        ResultPageId,
    };
    Q_ENUM(PageId)

    SetupWizard(ProfileStore *store, AccountIndex *index, const FlowDefaults &defaults,
                QWidget *parent = nullptr);
    ~SetupWizard() override;

    // The answers so far, with the defaults the front end was started with.
    FlowSettings flowSettings() const;

    LinkingPage *linkingPage() const { return m_linkingPage; }

public Q_SLOTS:
    void reject() override;
    // Back to the identity page, what was typed kept and selected: "Change number" in the OTP
    // dialog, "Use another number" after a 403.
    void editIdentity();

Q_SIGNALS:
    void accountLinked(const spdc::Profile &profile);

protected:
    void initializePage(int id) override;

private:
    FlowDefaults m_defaults;
    ChoicePage *m_choicePage;
    ServerPage *m_serverPage;
    IdentityPage *m_identityPage;
    DevicePage *m_devicePage;
    LinkingPage *m_linkingPage;
    ResultPage *m_resultPage;
};

} // namespace spdc
