#include "LinkingPage.h"

#include "DisplayFormat.h"
#include "NameConflictDialog.h"
#include "OtpDialog.h"
#include "ServerMessageDialog.h"
#include "ui_LinkingPage.h"

#include <QAbstractButton>
#include <QTimer>
#include <QWizard>

namespace spdc {

LinkingPage::LinkingPage(ProfileStore *store, AccountIndex *index, SettingsProvider settings,
                         QWidget *parent)
    : QWizardPage(parent),
      m_ui(std::make_unique<Ui::LinkingPage>()),
      m_store(store),
      m_index(index),
      m_settings(std::move(settings))
{
    m_ui->setupUi(this);
    // Once linked there is nothing to go back to: the profile is stored.
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Next >"));
    connect(m_ui->retryButton, &QPushButton::clicked, this, &LinkingPage::retry);
    connect(m_ui->changeIdentityButton, &QPushButton::clicked, this,
            &LinkingPage::changeIdentityRequested);
}

LinkingPage::~LinkingPage()
{
    // The flow must not call back into a half-destroyed page.
    if (m_flow) {
        m_flow->disconnect(this);
        delete m_flow;
    }
}

void LinkingPage::initializePage()
{
    startFlow();
}

void LinkingPage::cleanupPage()
{
    // Back: whatever the flow was doing is abandoned; entering again starts from the beginning.
    discardFlow();
    QWizardPage::cleanupPage();
}

bool LinkingPage::isComplete() const
{
    return m_succeeded;
}

bool LinkingPage::isRunning() const
{
    if (!m_flow)
        return false;
    const ProvisioningFlow::Step step = m_flow->step();
    return step != ProvisioningFlow::Step::Idle && step != ProvisioningFlow::Step::Succeeded
        && step != ProvisioningFlow::Step::Failed;
}

void LinkingPage::retry()
{
    startFlow();
}

void LinkingPage::cancelFlow()
{
    if (isRunning())
        m_flow->cancel();
}

void LinkingPage::startFlow()
{
    discardFlow();
    m_succeeded = false;
    m_ui->errorLabel->hide();
    m_ui->retryButton->hide();
    m_ui->changeIdentityButton->hide();
    setBusy(true);
    Q_EMIT completeChanged();

    // A fresh flow per attempt: §2.5.2 wants a retry to start from the first request with a
    // fresh cookie jar, and the user may have gone back and changed an answer.
    const FlowSettings settings = m_settings();
    m_dedicated = settings.dedicatedOtp.has_value();
    m_byNumber = settings.identity.kind() == Identity::Kind::Msisdn;
    setSubTitle(m_dedicated
                    ? tr("spdc asks your operator for the configuration of this computer, with "
                         "the code from your provider.")
                    : tr("spdc asks your operator for the configuration of this computer. Keep "
                         "your phone at hand: a code is sent to it."));
    m_flow = new ProvisioningFlow(m_store, m_index, settings, this);
    connect(m_flow, &ProvisioningFlow::stepChanged, this, &LinkingPage::onStepChanged);
    connect(m_flow, &ProvisioningFlow::otpRequired, this, &LinkingPage::onOtpRequired);
    connect(m_flow, &ProvisioningFlow::inputRejected, this, &LinkingPage::onInputRejected);
    connect(m_flow, &ProvisioningFlow::otpExpired, this, &LinkingPage::onOtpExpired);
    connect(m_flow, &ProvisioningFlow::deviceNameConflict, this,
            &LinkingPage::onDeviceNameConflict);
    connect(m_flow, &ProvisioningFlow::retryScheduled, this, &LinkingPage::onRetryScheduled);
    connect(m_flow, &ProvisioningFlow::serverMessage, this, &LinkingPage::onServerMessage);
    connect(m_flow, &ProvisioningFlow::failed, this, &LinkingPage::onFailed);
    connect(m_flow, &ProvisioningFlow::succeeded, this, &LinkingPage::onSucceeded);
    m_flow->start();
}

void LinkingPage::discardFlow()
{
    closeOtpDialog();
    closeNameDialog();
    if (m_messageDialog) {
        m_messageDialog->disconnect(this);
        m_messageDialog->close();
    }
    if (!m_flow)
        return;
    m_flow->disconnect(this);
    m_flow->cancel();
    m_flow->deleteLater();
    m_flow = nullptr;
}

void LinkingPage::setBusy(bool busy)
{
    m_ui->progressBar->setVisible(busy);
}

void LinkingPage::onStepChanged(ProvisioningFlow::Step step)
{
    using Step = ProvisioningFlow::Step;
    switch (step) {
    case Step::Idle:
        break;
    case Step::FirstRequest:
        m_ui->statusLabel->setText(m_dedicated ? tr("Sending the code to your operator…")
                                               : tr("Contacting your operator…"));
        // A new code was asked for: nothing to submit until it is on its way.
        if (m_otpDialog)
            m_otpDialog->setWaiting(true);
        break;
    case Step::AwaitingOtp:
        m_ui->statusLabel->setText(tr("Waiting for the code…"));
        break;
    case Step::OtpRequest:
        // The flow has taken the code: the dialog's job is done.
        closeOtpDialog();
        m_ui->statusLabel->setText(tr("Checking the code…"));
        break;
    case Step::AwaitingDeviceName:
        m_ui->statusLabel->setText(tr("Choose another name for this computer."));
        break;
    case Step::WaitingToRetry:
        // retryScheduled says for how long.
        break;
    case Step::Storing:
        m_ui->statusLabel->setText(tr("Saving to your keychain…"));
        break;
    case Step::AwaitingMessageAnswer:
        m_ui->statusLabel->setText(tr("Your operator has a message for you."));
        break;
    case Step::Succeeded:
        m_ui->statusLabel->setText(tr("Linked."));
        break;
    case Step::Failed:
        m_ui->statusLabel->setText(tr("Linking did not succeed."));
        break;
    }
    // Progress while the network or the keychain works; none while the user is asked.
    setBusy(step == Step::FirstRequest || step == Step::OtpRequest
            || step == Step::WaitingToRetry || step == Step::Storing);
    // A keychain write cannot be taken back half-way: no Cancel while it runs.
    if (wizard()) {
        if (QAbstractButton *cancel = wizard()->button(QWizard::CancelButton))
            cancel->setEnabled(step != Step::Storing);
    }
}

void LinkingPage::onOtpRequired(const OtpPrompt &prompt)
{
    if (m_otpDialog) {
        // The code the user asked for again: same dialog, fresh field.
        m_otpDialog->restart(prompt);
        m_otpDialog->setNewCodeAvailableIn(m_flow->newCodeAvailableIn());
        return;
    }
    auto *dialog = new OtpDialog(prompt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setNewCodeAvailableIn(m_flow->newCodeAvailableIn());
    dialog->setCodeTimeout(m_flow->settings().otpTimeout);
    connect(dialog, &OtpDialog::codeEntered, m_flow, &ProvisioningFlow::submitOtp);
    connect(dialog, &OtpDialog::newCodeRequested, m_flow, &ProvisioningFlow::requestNewCode);
    connect(dialog, &OtpDialog::changeNumberRequested, this,
            &LinkingPage::changeIdentityRequested);
    connect(dialog, &QDialog::rejected, this, &LinkingPage::cancelFlow);
    m_otpDialog = dialog;
    // Window-modal without a nested event loop: the flow keeps running underneath.
    dialog->open();
}

void LinkingPage::onInputRejected(const Error &error)
{
    if (m_flow && m_flow->step() == ProvisioningFlow::Step::AwaitingDeviceName) {
        if (m_nameDialog)
            m_nameDialog->showError(error.userMessage);
        return;
    }
    if (m_otpDialog)
        m_otpDialog->showError(error.userMessage);
}

void LinkingPage::onOtpExpired()
{
    if (!m_otpDialog)
        return;
    m_otpDialog->setNewCodeAvailableIn(m_flow->newCodeAvailableIn());
    m_otpDialog->showExpired();
}

void LinkingPage::onDeviceNameConflict(const QString &rejectedName)
{
    // Table 7, 409: the name is taken by another device of this identity. Asked in a small
    // dialog over this page rather than by sending the user back through the wizard.
    m_ui->statusLabel->setText(
        tr("Another device already uses the name \"%1\". Choose another name for this computer.")
            .arg(rejectedName));
    closeNameDialog();
    auto *dialog = new NameConflictDialog(rejectedName, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NameConflictDialog::nameChosen, this, &LinkingPage::onNameChosen);
    connect(dialog, &QDialog::rejected, this, &LinkingPage::cancelFlow);
    m_nameDialog = dialog;
    dialog->open();
}

void LinkingPage::onNameChosen(const QString &name)
{
    if (!m_flow || m_flow->step() != ProvisioningFlow::Step::AwaitingDeviceName)
        return;
    m_flow->chooseDeviceName(name);
    if (m_flow && m_flow->step() != ProvisioningFlow::Step::AwaitingDeviceName) {
        closeNameDialog();
        Q_EMIT deviceNameChosen(name);
    }
}

void LinkingPage::onRetryScheduled(std::chrono::seconds delay)
{
    // 503 with Retry-After: the flow waits and retries by itself.
    m_ui->statusLabel->setText(tr("Your operator's server is busy. Trying again in %1…")
                                   .arg(DisplayFormat::duration(delay)));
}

void LinkingPage::onServerMessage(const UserMessage &message)
{
    if (m_messageDialog) {
        m_messageDialog->disconnect(this);
        m_messageDialog->close();
    }
    auto *dialog = new ServerMessageDialog(message, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<ProvisioningFlow> flow = m_flow;
    connect(dialog, &QDialog::finished, this, [this, flow](int result) {
        if (!flow)
            return;
        if (result == QDialog::Accepted)
            flow->acceptMessage();
        else if (result == ServerMessageDialog::Declined)
            flow->rejectMessage();
        else if (flow->step() == ProvisioningFlow::Step::AwaitingMessageAnswer)
            cancelFlow(); // closing is no answer (§2.2.3): the question stays with the profile
    });
    m_messageDialog = dialog;
    dialog->open();
}

void LinkingPage::onFailed(const Error &error)
{
    closeOtpDialog();
    closeNameDialog();
    setBusy(false);
    QString message = error.userMessage;
    QString changeIdentity;
    switch (error.code) {
    case ErrorCode::Forbidden:
        // §2.5.2: the identity is not valid or not allowed to link devices.
        changeIdentity = m_byNumber ? tr("&Use another number") : tr("&Use another address");
        break;
    case ErrorCode::AuthenticationFailed:
        if (m_dedicated) {
            // §2.6: no new code can be sent; the one from the provider was wrong.
            message = tr("The code was not accepted. Check the code your provider gave you and "
                         "enter it again.");
            changeIdentity = tr("Change the &code");
        }
        break;
    case ErrorCode::InvalidInput:
        message += QLatin1Char(' ') + tr("Use Back to change your answers.");
        break;
    default:
        break;
    }
    m_ui->errorLabel->showMessage(message);
    m_ui->retryButton->show();
    m_ui->changeIdentityButton->setText(changeIdentity);
    m_ui->changeIdentityButton->setVisible(!changeIdentity.isEmpty());
    (changeIdentity.isEmpty() ? m_ui->retryButton : m_ui->changeIdentityButton)->setFocus();
}

void LinkingPage::onSucceeded(const Profile &profile)
{
    m_succeeded = true;
    setBusy(false);
    Q_EMIT completeChanged();
    Q_EMIT linked(profile);
    if (wizard())
        QTimer::singleShot(0, wizard(), &QWizard::next);
}

void LinkingPage::closeOtpDialog()
{
    if (!m_otpDialog)
        return;
    // Closed by the flow, not by the user: that is no cancel.
    m_otpDialog->disconnect(this);
    m_otpDialog->accept();
    m_otpDialog = nullptr;
}

void LinkingPage::closeNameDialog()
{
    if (!m_nameDialog)
        return;
    m_nameDialog->disconnect(this);
    m_nameDialog->accept();
    m_nameDialog = nullptr;
}

} // namespace spdc
