#include "AccountQuery.h"

#include "DisplayFormat.h"
#include "NameConflictDialog.h"
#include "OtpDialog.h"
#include "ServerMessageDialog.h"

#include <QTimer>

namespace spdc {

AccountQuery::AccountQuery(ProfileStore *store, AccountIndex *index, FlowSettings settings,
                           QWidget *dialogParent, QObject *parent)
    : QObject(parent),
      m_account(settings.identity.accountId()),
      m_dialogParent(dialogParent),
      m_flow(new ProvisioningFlow(store, index, std::move(settings), this))
{
    connect(m_flow, &ProvisioningFlow::stepChanged, this, &AccountQuery::onStepChanged);
    connect(m_flow, &ProvisioningFlow::otpRequired, this, &AccountQuery::onOtpRequired);
    connect(m_flow, &ProvisioningFlow::inputRejected, this, &AccountQuery::onInputRejected);
    connect(m_flow, &ProvisioningFlow::otpExpired, this, [this] {
        if (m_otpDialog) {
            m_otpDialog->setNewCodeAvailableIn(m_flow->newCodeAvailableIn());
            m_otpDialog->showExpired();
        }
    });
    connect(m_flow, &ProvisioningFlow::deviceNameConflict, this,
            &AccountQuery::onDeviceNameConflict);
    connect(m_flow, &ProvisioningFlow::retryScheduled, this, [this](std::chrono::seconds delay) {
        Q_EMIT statusChanged(tr("Your operator's server is busy. Trying again in %1…")
                                 .arg(DisplayFormat::duration(delay)));
    });
    connect(m_flow, &ProvisioningFlow::serverMessage, this, &AccountQuery::onServerMessage);
    connect(m_flow, &ProvisioningFlow::succeeded, this, [this](const Profile &profile) {
        if (!std::exchange(m_outcomeSent, true))
            Q_EMIT succeeded(profile);
    });
    connect(m_flow, &ProvisioningFlow::failed, this, [this](const Error &error) {
        closeOtpDialog();
        closeNameDialog();
        if (!std::exchange(m_outcomeSent, true))
            Q_EMIT failed(error);
    });
}

AccountQuery::~AccountQuery()
{
    // Nothing may call back into a half-destroyed owner.
    m_flow->disconnect(this);
    closeDialogs();
}

bool AccountQuery::isStoring() const
{
    return m_flow->step() == ProvisioningFlow::Step::Storing;
}

bool AccountQuery::isFinished() const
{
    const ProvisioningFlow::Step step = m_flow->step();
    return step == ProvisioningFlow::Step::Succeeded || step == ProvisioningFlow::Step::Failed;
}

void AccountQuery::start()
{
    m_flow->start();
}

void AccountQuery::cancel()
{
    closeDialogs();
    m_flow->cancel();
}

void AccountQuery::onStepChanged(ProvisioningFlow::Step step)
{
    using Step = ProvisioningFlow::Step;
    switch (step) {
    case Step::FirstRequest:
        if (m_otpDialog)
            m_otpDialog->setWaiting(true);
        Q_EMIT statusChanged(tr("Asking your operator…"));
        break;
    case Step::AwaitingOtp:
        Q_EMIT statusChanged(tr("Your operator asks for a code sent to your phone."));
        break;
    case Step::OtpRequest:
        closeOtpDialog();
        Q_EMIT statusChanged(tr("Checking the code…"));
        break;
    case Step::AwaitingDeviceName:
        Q_EMIT statusChanged(tr("Another device uses this computer's name."));
        break;
    case Step::Storing:
        Q_EMIT statusChanged(tr("Saving to your keychain…"));
        break;
    case Step::AwaitingMessageAnswer:
        Q_EMIT statusChanged(tr("Your operator's message is waiting for your answer."));
        break;
    case Step::Succeeded:
    case Step::Failed:
        Q_EMIT stored();
        checkDone();
        break;
    case Step::Idle:
    case Step::WaitingToRetry:
        break;
    }
}

void AccountQuery::onOtpRequired(const OtpPrompt &prompt)
{
    if (m_otpDialog) {
        m_otpDialog->restart(prompt);
        m_otpDialog->setNewCodeAvailableIn(m_flow->newCodeAvailableIn());
        return;
    }
    auto *dialog = new OtpDialog(prompt, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setNewCodeAvailableIn(m_flow->newCodeAvailableIn());
    dialog->setCodeTimeout(m_flow->settings().otpTimeout);
    connect(dialog, &OtpDialog::codeEntered, m_flow, &ProvisioningFlow::submitOtp);
    connect(dialog, &OtpDialog::newCodeRequested, m_flow, &ProvisioningFlow::requestNewCode);
    connect(dialog, &OtpDialog::changeNumberRequested, this, [this] {
        cancel();
        Q_EMIT changeIdentityRequested();
    });
    connect(dialog, &QDialog::rejected, this, &AccountQuery::cancel);
    m_otpDialog = dialog;
    // Window-modal, no nested event loop: the flow keeps running underneath.
    dialog->open();
}

void AccountQuery::onInputRejected(const Error &error)
{
    if (m_flow->step() == ProvisioningFlow::Step::AwaitingDeviceName) {
        if (m_nameDialog)
            m_nameDialog->showError(error.userMessage);
        return;
    }
    if (m_otpDialog)
        m_otpDialog->showError(error.userMessage);
}

void AccountQuery::onDeviceNameConflict(const QString &rejectedName)
{
    // Table 7, 409: the name is taken by another device of this identity.
    Q_EMIT statusChanged(tr("Another device already uses the name \"%1\".").arg(rejectedName));
    closeNameDialog();
    auto *dialog = new NameConflictDialog(rejectedName, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NameConflictDialog::nameChosen, this, &AccountQuery::onNameChosen);
    connect(dialog, &QDialog::rejected, this, &AccountQuery::cancel);
    m_nameDialog = dialog;
    dialog->open();
}

void AccountQuery::onNameChosen(const QString &name)
{
    if (m_flow->step() != ProvisioningFlow::Step::AwaitingDeviceName)
        return;
    m_flow->chooseDeviceName(name);
    // Taken: the dialog's job is done. Refused: inputRejected said why, in the dialog.
    if (m_flow->step() != ProvisioningFlow::Step::AwaitingDeviceName)
        closeNameDialog();
}

void AccountQuery::onServerMessage(const UserMessage &message)
{
    if (m_messageDialog) {
        m_messageDialog->disconnect(this);
        m_messageDialog->close();
    }
    auto *dialog = new ServerMessageDialog(message, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this](int result) {
        if (result == QDialog::Accepted)
            m_flow->acceptMessage();
        else if (result == ServerMessageDialog::Declined)
            m_flow->rejectMessage();
        else if (m_flow->step() == ProvisioningFlow::Step::AwaitingMessageAnswer)
            m_flow->cancel(); // closing is no answer (§2.2.3): the question stays stored
        // An answer may start a save: done() waits for it (stepChanged).
        QTimer::singleShot(0, this, &AccountQuery::checkDone);
    });
    m_messageDialog = dialog;
    dialog->open();
}

void AccountQuery::checkDone()
{
    // A message shown after success (Accept only) still needs its answer saved.
    if (m_messageDialog && m_messageDialog->isVisible())
        return;
    if (!isFinished() || m_doneSent)
        return;
    // serverMessage follows succeeded within the same call: look again once it has run.
    QTimer::singleShot(0, this, [this] {
        if ((m_messageDialog && m_messageDialog->isVisible()) || !isFinished() || m_doneSent)
            return;
        m_doneSent = true;
        Q_EMIT done();
    });
}

void AccountQuery::closeOtpDialog()
{
    if (!m_otpDialog)
        return;
    // Closed by the flow, not by the user: that is no cancel.
    m_otpDialog->disconnect(this);
    m_otpDialog->accept();
    m_otpDialog = nullptr;
}

void AccountQuery::closeNameDialog()
{
    if (!m_nameDialog)
        return;
    // Closed by the flow, not by the user: that is no cancel.
    m_nameDialog->disconnect(this);
    m_nameDialog->accept();
    m_nameDialog = nullptr;
}

void AccountQuery::closeDialogs()
{
    closeOtpDialog();
    closeNameDialog();
    if (m_messageDialog) {
        m_messageDialog->disconnect(this);
        m_messageDialog->close();
    }
}

} // namespace spdc
