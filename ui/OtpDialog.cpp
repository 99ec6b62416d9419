#include "OtpDialog.h"

#include "ui_OtpDialog.h"

#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>

namespace spdc {

namespace {
QString significant(const QString &text)
{
    static const QRegularExpression ignored(QStringLiteral("[\\s-]"));
    QString code = text;
    code.remove(ignored);
    return code;
}
} // namespace

OtpDialog::OtpDialog(const OtpPrompt &prompt, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::OtpDialog>())
{
    m_ui->setupUi(this);
    m_okButton = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    m_okButton->setObjectName(QStringLiteral("okButton"));
    m_okButton->setText(tr("&Continue"));
    QPushButton *cancelButton = m_ui->buttonBox->button(QDialogButtonBox::Cancel);
    cancelButton->setObjectName(QStringLiteral("cancelButton"));
    showPrompt(prompt);

    // Table 13: at most 8 characters. Spaces and dashes from a pasted "123 456" do not count.
    const auto *validator = new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("^[\\s-]*([^\\s-][\\s-]*){0,%1}$")
                               .arg(ProvisioningFlow::MaxOtpLength)),
        this);
    m_ui->otpLineEdit->setValidator(validator);

    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &OtpDialog::updateButtons);
    connect(m_ui->otpLineEdit, &QLineEdit::textChanged, this, &OtpDialog::updateButtons);
    connect(m_ui->newCodeButton, &QPushButton::clicked, this, &OtpDialog::newCodeRequested);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &OtpDialog::submit);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
    m_ui->otpLineEdit->setFocus();
}

OtpDialog::~OtpDialog() = default;

QString OtpDialog::code() const
{
    return significant(m_ui->otpLineEdit->text());
}

void OtpDialog::showPrompt(const OtpPrompt &prompt)
{
    m_ui->destinationLabel->setText(tr("We sent a code by SMS to %1.").arg(prompt.destination));
    // SMS_port 0 (Table 11): the code arrives as an ordinary, visible text message.
    m_ui->instructionLabel->setText(
        prompt.visibleSms
            ? tr("Read the text message on that phone and type the code here.")
            : tr("Your phone shows the code when it arrives. Type it here."));
}

void OtpDialog::showError(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->show();
    m_ui->otpLineEdit->selectAll();
    m_ui->otpLineEdit->setFocus();
}

void OtpDialog::restart(const OtpPrompt &prompt)
{
    showPrompt(prompt);
    m_ui->destinationLabel->setText(tr("We sent a new code by SMS to %1.").arg(prompt.destination));
    m_ui->otpLineEdit->clear();
    m_ui->errorLabel->hide();
    setWaiting(false);
    m_ui->otpLineEdit->setFocus();
}

void OtpDialog::setWaiting(bool waiting)
{
    m_waiting = waiting;
    m_ui->otpLineEdit->setEnabled(!waiting);
    updateButtons();
}

void OtpDialog::setNewCodeAvailableIn(std::chrono::seconds wait)
{
    m_newCodeAt = QDeadlineTimer(wait);
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

void OtpDialog::updateButtons()
{
    m_okButton->setEnabled(!m_waiting && !code().isEmpty());
    // Each new code is a paid SMS for the operator: the flow rate-limits them, and the button
    // says how long is left rather than failing when pressed.
    const qint64 left = (m_newCodeAt.remainingTime() + 999) / 1000;
    if (left > 0) {
        m_ui->newCodeButton->setText(tr("Send a &new code (%1 s)").arg(left));
        m_ui->newCodeButton->setEnabled(false);
    } else {
        m_countdown.stop();
        m_ui->newCodeButton->setText(tr("Send a &new code"));
        m_ui->newCodeButton->setEnabled(!m_waiting);
    }
}

} // namespace spdc
