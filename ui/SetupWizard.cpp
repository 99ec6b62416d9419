#include "SetupWizard.h"

#include "AccountIndex.h"
#include "DevicePage.h"
#include "IdentityPage.h"
#include "LinkingPage.h"
#include "ResultPage.h"
#include "ServerPage.h"

#include <QAbstractButton>

namespace spdc {

SetupWizard::SetupWizard(ProfileStore *store, AccountIndex *index, const FlowDefaults &defaults,
                         QWidget *parent)
    : QWizard(parent),
      m_defaults(defaults),
      m_identityPage(new IdentityPage(this)),
      m_serverPage(new ServerPage(defaults, this)),
      m_devicePage(new DevicePage(defaults, this)),
      m_linkingPage(new LinkingPage(store, index, [this] { return flowSettings(); }, this)),
      m_resultPage(new ResultPage(this))
{
    setObjectName(QStringLiteral("setupWizard"));
    setWindowTitle(tr("Link an account"));
    // Room for the longest subtitle and error without the window jumping in size per page.
    setMinimumSize(620, 460);
    // The same header on every platform: titles and subtitles carry the explanations.
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);

    m_identityPage->setObjectName(QStringLiteral("identityPage"));
    m_serverPage->setObjectName(QStringLiteral("serverPage"));
    m_devicePage->setObjectName(QStringLiteral("devicePage"));
    m_linkingPage->setObjectName(QStringLiteral("linkingPage"));
    m_resultPage->setObjectName(QStringLiteral("resultPage"));
    setPage(IdentityPageId, m_identityPage);
    setPage(ServerPageId, m_serverPage);
    setPage(DevicePageId, m_devicePage);
    setPage(LinkingPageId, m_linkingPage);
    setPage(ResultPageId, m_resultPage);
    setStartId(IdentityPageId);
    if (!defaults.allowAddAccounts) {
        QStringList known;
        for (const AccountIndex::Entry &entry : index->entries())
            known.append(entry.account);
        m_identityPage->restrictTo(known);
    }

    // QWizard names its buttons after nothing; tests and accessibility tools need names.
    const std::pair<WizardButton, const char *> buttonNames[] = {
        {BackButton, "backButton"},     {NextButton, "nextButton"},
        {CommitButton, "commitButton"}, {FinishButton, "finishButton"},
        {CancelButton, "cancelButton"},
    };
    for (const auto &[which, name] : buttonNames)
        button(which)->setObjectName(QLatin1String(name));

    connect(m_linkingPage, &LinkingPage::linked, m_resultPage, &ResultPage::showProfile);
    connect(m_linkingPage, &LinkingPage::linked, this, &SetupWizard::accountLinked);
    // A name chosen after a conflict is the name from now on, also after Back.
    connect(m_linkingPage, &LinkingPage::deviceNameChosen, m_devicePage,
            &DevicePage::setFriendlyName);
}

SetupWizard::~SetupWizard() = default;

FlowSettings SetupWizard::flowSettings() const
{
    FlowSettings settings;
    settings.identity = m_identityPage->identity();
    settings.server = m_serverPage->server();
    settings.deviceType = m_devicePage->deviceType();
    settings.friendlyName = m_devicePage->friendlyName();
    settings.locale = m_defaults.locale;
    settings.extraCa = m_defaults.extraCa;
    settings.timeout = m_defaults.timeout;
    return settings;
}

void SetupWizard::reject()
{
    // A keychain write cannot be taken back half-way; it takes milliseconds, so Escape waits.
    if (const ProvisioningFlow *flow = m_linkingPage->flow();
        flow && flow->step() == ProvisioningFlow::Step::Storing)
        return;
    // Closing the wizard mid-flow abandons the exchange with the server.
    m_linkingPage->cancelFlow();
    QWizard::reject();
}

} // namespace spdc
