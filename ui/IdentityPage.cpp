#include "IdentityPage.h"

#include "ui_IdentityPage.h"

namespace spdc {

namespace {
constexpr int ErrorDelayMs = 700;
}

IdentityPage::IdentityPage(QWidget *parent)
    : QWizardPage(parent), m_ui(std::make_unique<Ui::IdentityPage>())
{
    m_ui->setupUi(this);
    m_errorDelay.setSingleShot(true);
    m_errorDelay.setInterval(ErrorDelayMs);
    connect(&m_errorDelay, &QTimer::timeout, this, &IdentityPage::showValidation);
    connect(m_ui->msisdnRadioButton, &QRadioButton::toggled, this, &IdentityPage::updateKind);
    connect(m_ui->identityLineEdit, &QLineEdit::textChanged, this, &IdentityPage::onTextChanged);
    connect(m_ui->identityLineEdit, &QLineEdit::editingFinished, this,
            &IdentityPage::showValidation);
    updateKind();
}

IdentityPage::~IdentityPage() = default;

Result<Identity> IdentityPage::parse() const
{
    const QString text = m_ui->identityLineEdit->text();
    Result<Identity> parsed = m_ui->msisdnRadioButton->isChecked() ? Identity::fromMsisdn(text)
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

void IdentityPage::initializePage()
{
    // The number is what everybody types first; the radio buttons rarely change. Queued:
    // QWizard gives the focus to the page's first focusable child after this returns.
    QTimer::singleShot(0, m_ui->identityLineEdit, qOverload<>(&QWidget::setFocus));
}

bool IdentityPage::isComplete() const
{
    return parse().ok();
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
        m_ui->identityLabel->setText(tr("Phone &number:"));
        m_ui->identityLineEdit->setAccessibleName(tr("Phone number"));
        m_ui->identityLineEdit->setPlaceholderText(tr("+44 7700 900123"));
        m_ui->identityHintLabel->setText(
            tr("In international format: + and the country code, then the number."));
    } else {
        m_ui->identityLabel->setText(tr("SIP &address:"));
        m_ui->identityLineEdit->setAccessibleName(tr("SIP address"));
        m_ui->identityLineEdit->setPlaceholderText(tr("sip:alice@example.com"));
        m_ui->identityHintLabel->setText(
            tr("The SIP address your operator gave you, at most %1 characters.")
                .arg(Identity::MaxSipUriLength));
    }
    m_ui->identityErrorLabel->hide();
    onTextChanged();
}

void IdentityPage::onTextChanged()
{
    if (parse().ok() || m_ui->identityLineEdit->text().trimmed().isEmpty()) {
        m_errorDelay.stop();
        m_ui->identityErrorLabel->hide();
    } else {
        m_errorDelay.start();
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
    m_ui->identityErrorLabel->setText(parsed.error().userMessage);
    m_ui->identityErrorLabel->show();
}

} // namespace spdc
