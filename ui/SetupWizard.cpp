#include "SetupWizard.h"

#include "AccountIndex.h"
#include "ChoicePage.h"
#include "DevicePage.h"
#include "Icons.h"
#include "IdentityPage.h"
#include "LinkingPage.h"
#include "ResultPage.h"
#include "ServerPage.h"

#include <QAbstractButton>
#include <QTimer>

namespace spdc {

namespace {
constexpr int LogoSize = 48;
}

SetupWizard::SetupWizard(ProfileStore *store, AccountIndex *index, const FlowDefaults &defaults,
                         QWidget *parent)
    : QWizard(parent),
      m_defaults(defaults),
      m_choicePage(new ChoicePage(this)),
      m_serverPage(new ServerPage(defaults, this)),
      m_identityPage(new IdentityPage(this)),
      m_devicePage(new DevicePage(defaults, this)),
      m_linkingPage(new LinkingPage(store, index, [this] { return flowSettings(); }, this)),
      m_resultPage(new ResultPage(this))
{
    setObjectName(QStringLiteral("setupWizard"));
    setWindowTitle(tr("Link an account"));
    setWindowIcon(Icons::application());
    // Room for the operator list and the longest error without the window jumping in size.
    setMinimumSize(640, 560);
    // The same header on every platform: titles and subtitles carry the explanations.
    setWizardStyle(QWizard::ModernStyle);
    setPixmap(QWizard::LogoPixmap, Icons::pixmap(Icons::application(), LogoSize, this));
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);

    m_choicePage->setObjectName(QStringLiteral("choicePage"));
    m_serverPage->setObjectName(QStringLiteral("serverPage"));
    m_identityPage->setObjectName(QStringLiteral("identityPage"));
    m_devicePage->setObjectName(QStringLiteral("devicePage"));
    m_linkingPage->setObjectName(QStringLiteral("linkingPage"));
    m_resultPage->setObjectName(QStringLiteral("resultPage"));
    // The operator comes before the number: its country is how a national number is read.
    setPage(ChoicePageId, m_choicePage);
    setPage(ServerPageId, m_serverPage);
    setPage(IdentityPageId, m_identityPage);
    setPage(DevicePageId, m_devicePage);
    setPage(LinkingPageId, m_linkingPage);
    setPage(ResultPageId, m_resultPage);
    setStartId(ChoicePageId);
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
    // Queued: the request comes from a dialog that going back closes.
    connect(m_linkingPage, &LinkingPage::changeIdentityRequested, this,
            &SetupWizard::editIdentity, Qt::QueuedConnection);
}

SetupWizard::~SetupWizard() = default;

void SetupWizard::initializePage(int id)
{
    if (id == IdentityPageId) {
        m_identityPage->setDedicated(m_choicePage->isDedicated());
        m_identityPage->setRegion(m_serverPage->region());
    }
    QWizard::initializePage(id);
}

FlowSettings SetupWizard::flowSettings() const
{
    FlowSettings settings;
    settings.identity = m_identityPage->identity();
    settings.server = m_serverPage->server();
    settings.deviceType = m_devicePage->deviceType();
    settings.friendlyName = m_devicePage->friendlyName();
    // §2.6: the provider's code goes in the first request; no SMS, no OTP dialog.
    if (m_choicePage->isDedicated())
        settings.dedicatedOtp = m_identityPage->dedicatedCode();
    settings.locale = m_defaults.locale;
    settings.extraCa = m_defaults.extraCa;
    settings.timeout = m_defaults.timeout;
    settings.otpTimeout = m_defaults.otpTimeout;
    settings.newCodeInterval = m_defaults.newCodeInterval;
    return settings;
}

void SetupWizard::editIdentity()
{
    if (!visitedIds().contains(IdentityPageId))
        return;
    // Back page by page, so that each cleans up (the linking page ends its flow).
    while (currentId() != IdentityPageId) {
        const int before = currentId();
        back();
        if (currentId() == before)
            return;
    }
    m_identityPage->editIdentity();
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
