#include "OtpDialog.h"

#include "Icons.h"
#include "OtpInput.h"
#include "PhoneNumber.h"
#include "ui_OtpDialog.h"

#include <QPushButton>

namespace spdc {

namespace {
constexpr int IconSize = 48;

// "4:05": minutes and seconds left.
QString clock(qint64 seconds)
{
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

qint64 secondsLeft(const QDeadlineTimer &deadline)
{
    return (deadline.remainingTime() + 999) / 1000;
}
} // namespace

OtpDialog::OtpDialog(const OtpPrompt &prompt, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::OtpDialog>())
{
    m_ui->setupUi(this);
    Icons::setLabelIcon(m_ui->phoneIconLabel, Icons::phone(), IconSize);
    m_okButton = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    m_okButton->setObjectName(QStringLiteral("okButton"));
    m_okButton->setText(tr("&Continue"));
    QPushButton *cancelButton = m_ui->buttonBox->button(QDialogButtonBox::Cancel);
    cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_ui->otpLineEdit->setValidator(OtpInput::createValidator(this));
    m_newCodeAt = QDeadlineTimer(0);
    m_codeExpiresAt = QDeadlineTimer(QDeadlineTimer::Forever);
    showPrompt(prompt);

    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &OtpDialog::updateButtons);
    connect(m_ui->otpLineEdit, &QLineEdit::textChanged, this, &OtpDialog::updateButtons);
    connect(m_ui->newCodeButton, &QPushButton::clicked, this, &OtpDialog::newCodeRequested);
    connect(m_ui->changeNumberButton, &QPushButton::clicked, this,
            &OtpDialog::changeNumberRequested);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &OtpDialog::submit);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
    m_ui->otpLineEdit->setFocus();
}

OtpDialog::~OtpDialog() = default;

QString OtpDialog::code() const
{
    return OtpInput::significant(m_ui->otpLineEdit->text());
}

void OtpDialog::showPrompt(const OtpPrompt &prompt)
{
    const bool number = prompt.destination.startsWith(QLatin1Char('+'));
    const QString destination =
        number ? PhoneNumber::formatInternational(prompt.destination) : prompt.destination;
    m_ui->destinationLabel->setText(tr("We sent a code by SMS to %1.").arg(destination));
    // SMS_port 0 (Table 11): the code arrives as an ordinary, visible text message.
    m_ui->instructionLabel->setText(
        prompt.visibleSms
            ? tr("Read the text message on your phone and type the code here.")
            : tr("Your phone shows the code when it arrives. Type it here."));
    m_ui->changeNumberButton->setText(number ? tr("C&hange number") : tr("C&hange address"));
}

void OtpDialog::showError(const QString &message)
{
    m_ui->errorLabel->showMessage(message);
    m_ui->otpLineEdit->selectAll();
    m_ui->otpLineEdit->setFocus();
}

void OtpDialog::showExpired()
{
    m_expired = true;
    m_ui->errorLabel->showMessage(tr("The code may have expired. Send a new code, or change the "
                                     "number if it was wrong."));
    updateButtons();
    if (m_ui->newCodeButton->isEnabled())
        m_ui->newCodeButton->setFocus();
}

void OtpDialog::restart(const OtpPrompt &prompt)
{
    showPrompt(prompt);
    const bool number = prompt.destination.startsWith(QLatin1Char('+'));
    m_ui->destinationLabel->setText(
        tr("We sent a new code by SMS to %1.")
            .arg(number ? PhoneNumber::formatInternational(prompt.destination)
                        : prompt.destination));
    m_ui->otpLineEdit->clear();
    m_ui->errorLabel->hide();
    m_expired = false;
    setCodeTimeout(m_codeTimeout);
    setWaiting(false);
    m_ui->otpLineEdit->setFocus();
}

void OtpDialog::setWaiting(bool waiting)
{
    m_waiting = waiting;
    m_ui->otpLineEdit->setEnabled(!waiting);
    m_ui->waitingProgressBar->setVisible(waiting);
    updateButtons();
}

void OtpDialog::setNewCodeAvailableIn(std::chrono::seconds wait)
{
    m_newCodeAt = QDeadlineTimer(wait);
    m_countdown.start();
    updateButtons();
}

void OtpDialog::setCodeTimeout(std::chrono::milliseconds timeout)
{
    m_codeTimeout = timeout;
    m_codeExpiresAt = timeout.count() > 0 ? QDeadlineTimer(timeout)
                                          : QDeadlineTimer(QDeadlineTimer::Forever);
    m_countdown.start();
    updateButtons();
}

void OtpDialog::submit()
{
    if (code().isEmpty() || m_waiting)
        return;
    m_ui->errorLabel->hide();
    Q_EMIT codeEntered(code());
}

void OtpDialog::updateCountdown()
{
    if (m_waiting) {
        m_ui->codeTimeLabel->setText(tr("Asking for a new code…"));
        return;
    }
    if (m_expired || m_codeExpiresAt.isForever()) {
        m_ui->codeTimeLabel->clear();
        return;
    }
    const qint64 left = secondsLeft(m_codeExpiresAt);
    //: %1 is minutes and seconds, "4:05"
    m_ui->codeTimeLabel->setText(left > 0 ? tr("Waiting for your code: %1 left.").arg(clock(left))
                                          : QString());
}

void OtpDialog::updateButtons()
{
    m_okButton->setEnabled(!m_waiting && !code().isEmpty());
    updateCountdown();
    // Each new code is a paid SMS for the operator: the flow rate-limits them, and the button
    // says how long is left rather than failing when pressed.
    const qint64 left = secondsLeft(m_newCodeAt);
    if (left > 0) {
        m_ui->newCodeButton->setText(tr("Send a &new code (%1 s)").arg(left));
        m_ui->newCodeButton->setEnabled(false);
    } else {
        m_ui->newCodeButton->setText(tr("Send a &new code"));
        m_ui->newCodeButton->setEnabled(!m_waiting);
    }
    m_ui->changeNumberButton->setEnabled(!m_waiting);
    const bool counting = left > 0 || (!m_expired && !m_codeExpiresAt.isForever()
                                       && !m_codeExpiresAt.hasExpired());
    if (!counting)
        m_countdown.stop();
}

} // namespace spdc
