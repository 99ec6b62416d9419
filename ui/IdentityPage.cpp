#include "IdentityPage.h"

#include "OperatorDatabase.h"
#include "OtpInput.h"
#include "PhoneNumber.h"
#include "ProvisioningFlow.h"
#include "ui_IdentityPage.h"

#include <QLocale>

namespace spdc {

namespace {
constexpr int ErrorDelayMs = 700;

QString countryName(const QString &region)
{
    return OperatorDatabase::countryDisplayName(region);
}
} // namespace

IdentityPage::IdentityPage(QWidget *parent)
    : QWizardPage(parent), m_ui(std::make_unique<Ui::IdentityPage>())
{
    m_ui->setupUi(this);
    m_ui->dedicatedCodeLineEdit->setValidator(OtpInput::createValidator(this));
    m_ui->dedicatedCodeHintLabel->setText(
        tr("At most %1 characters; spaces and dashes do not count.")
            .arg(ProvisioningFlow::MaxOtpLength));
    m_ui->dedicatedCodeWidget->hide();
    m_errorDelay.setSingleShot(true);
    m_errorDelay.setInterval(ErrorDelayMs);
    connect(&m_errorDelay, &QTimer::timeout, this, &IdentityPage::showValidation);
    connect(m_ui->msisdnRadioButton, &QRadioButton::toggled, this, &IdentityPage::updateKind);
    connect(m_ui->identityLineEdit, &QLineEdit::textChanged, this, &IdentityPage::onTextChanged);
    connect(m_ui->identityLineEdit, &QLineEdit::editingFinished, this,
            &IdentityPage::showValidation);
    connect(m_ui->dedicatedCodeLineEdit, &QLineEdit::textChanged, this,
            &IdentityPage::completeChanged);
    updateKind();
}

IdentityPage::~IdentityPage() = default;

Result<Identity> IdentityPage::parse() const
{
    const QString text = m_ui->identityLineEdit->text();
    Result<Identity> parsed = m_ui->msisdnRadioButton->isChecked()
        ? Identity::fromMsisdn(text, m_region)
        : Identity::fromSipUri(text);
    if (parsed && m_allowedAccounts && !m_allowedAccounts->contains(parsed->accountId())) {
        return Error{ErrorCode::InvalidInput,
                     tr("Adding accounts is not allowed here: this setting is managed by your "
                        "organisation."),
                     QStringLiteral("locked setting")};
    }
    return parsed;
}

void IdentityPage::restrictTo(const QStringList &accounts)
{
    m_allowedAccounts = accounts;
    onTextChanged();
}

void IdentityPage::setRegion(const QString &region)
{
    if (m_region == region)
        return;
    m_region = region;
    updateHint();
    onTextChanged();
}

void IdentityPage::setDedicated(bool dedicated)
{
    m_dedicated = dedicated;
    if (dedicated) {
        setTitle(tr("This device's identity"));
        setSubTitle(tr("Enter the phone number or SIP address your provider gave this device, "
                       "and the code that came with it."));
    } else {
        setTitle(tr("Your phone number"));
        setSubTitle(tr("This computer shares the identity of your mobile phone. Your operator "
                       "sends a code to that phone to check that it is yours."));
    }
    m_ui->dedicatedCodeWidget->setVisible(dedicated);
    Q_EMIT completeChanged();
}

QString IdentityPage::dedicatedCode() const
{
    return m_dedicated ? OtpInput::significant(m_ui->dedicatedCodeLineEdit->text()) : QString();
}

void IdentityPage::initializePage()
{
    // The number is what everybody types first; the radio buttons rarely change. Queued:
    // QWizard gives the focus to the page's first focusable child after this returns.
    QTimer::singleShot(0, m_ui->identityLineEdit, qOverload<>(&QWidget::setFocus));
}

void IdentityPage::editIdentity()
{
    m_ui->identityLineEdit->setFocus();
    m_ui->identityLineEdit->selectAll();
}

bool IdentityPage::isComplete() const
{
    return parse().ok() && (!m_dedicated || !dedicatedCode().isEmpty());
}

Identity IdentityPage::identity() const
{
    const Result<Identity> parsed = parse();
    return parsed ? parsed.value() : Identity();
}

void IdentityPage::updateKind()
{
    const bool msisdn = m_ui->msisdnRadioButton->isChecked();
    if (msisdn) {
        m_ui->identityLabel->setText(tr("Phone n&umber:"));
        m_ui->identityLineEdit->setAccessibleName(tr("Phone number"));
    } else {
        m_ui->identityLabel->setText(tr("SIP &address:"));
        m_ui->identityLineEdit->setAccessibleName(tr("SIP address"));
        m_ui->identityLineEdit->setPlaceholderText(tr("sip:alice@example.com"));
    }
    updateHint();
    m_ui->identityErrorLabel->hide();
    onTextChanged();
}

void IdentityPage::updateHint()
{
    if (!m_ui->msisdnRadioButton->isChecked()) {
        m_ui->identityHintLabel->setText(
            tr("The SIP address your operator gave you, at most %1 characters.")
                .arg(Identity::MaxSipUriLength));
    } else if (m_region.isEmpty()) {
        m_ui->identityLineEdit->setPlaceholderText(tr("+44 7700 900123"));
        m_ui->identityHintLabel->setText(
            tr("In international format: + and the country code, then the number."));
    } else {
        m_ui->identityLineEdit->setPlaceholderText(QString());
        //: %1 is a country name, from the operator chosen on the previous page
        m_ui->identityHintLabel->setText(
            tr("As you would dial it in %1, or with + and the country code.")
                .arg(countryName(m_region)));
    }
    m_ui->identityLineEdit->setAccessibleDescription(m_ui->identityHintLabel->text());
}

void IdentityPage::onTextChanged()
{
    const Result<Identity> parsed = parse();
    if (parsed.ok() || m_ui->identityLineEdit->text().trimmed().isEmpty()) {
        m_errorDelay.stop();
        m_ui->identityErrorLabel->hide();
    } else {
        m_errorDelay.start();
    }
    // What goes in the request, live: a national number is seen turned into E.164.
    if (parsed.ok()) {
        // The exact string of the request (E.164 has no spaces), the readable form beside it.
        const Identity &identity = parsed.value();
        const QString readable = identity.kind() == Identity::Kind::Msisdn
            ? PhoneNumber::formatInternational(identity.value())
            : QString();
        if (readable.isEmpty() || readable == identity.value()) {
            //: %1 is the phone number or SIP address as it will be sent to the operator
            m_ui->identityPreviewLabel->setText(tr("Will send: %1").arg(identity.value()));
        } else {
            //: %1 is the phone number exactly as sent (E.164, e.g. +4915123456789), %2 the same number written for people (+49 1512 3456789)
            m_ui->identityPreviewLabel->setText(
                tr("Will send: %1 (%2)").arg(identity.value(), readable));
        }
    } else {
        m_ui->identityPreviewLabel->setText(QString());
    }
    Q_EMIT completeChanged();
}

void IdentityPage::showValidation()
{
    m_errorDelay.stop();
    const Result<Identity> parsed = parse();
    if (parsed.ok() || m_ui->identityLineEdit->text().trimmed().isEmpty()) {
        m_ui->identityErrorLabel->hide();
        return;
    }
    m_ui->identityErrorLabel->showMessage(parsed.error().userMessage);
}

} // namespace spdc
