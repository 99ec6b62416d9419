#pragma once

#include "FlowDefaults.h"
#include "ProvisioningFlow.h"

#include <QWizard>

namespace spdc {

class AccountIndex;
class DevicePage;
class IdentityPage;
class LinkingPage;
class ProfileStore;
class ResultPage;
class ServerPage;

// Links an account (§2.5): identity, server, device, then the flow, then the result. The
// store and index are the caller's, so tests can hand in an in-memory store or the real
// keychain.
class SetupWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { IdentityPageId, ServerPageId, DevicePageId, LinkingPageId, ResultPageId };
    Q_ENUM(PageId)

    SetupWizard(ProfileStore *store, AccountIndex *index, const FlowDefaults &defaults,
                QWidget *parent = nullptr);
    ~SetupWizard() override;

    // The answers so far, with the defaults the front end was started with.
    FlowSettings flowSettings() const;

    LinkingPage *linkingPage() const { return m_linkingPage; }

public Q_SLOTS:
    void reject() override;

Q_SIGNALS:
    void accountLinked(const spdc::Profile &profile);

private:
    FlowDefaults m_defaults;
    IdentityPage *m_identityPage;
    ServerPage *m_serverPage;
    DevicePage *m_devicePage;
    LinkingPage *m_linkingPage;
    ResultPage *m_resultPage;
};

} // namespace spdc
