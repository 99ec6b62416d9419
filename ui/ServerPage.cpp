#include "ServerPage.h"

#include "ServerAddress.h"
#include "ui_ServerPage.h"

namespace spdc {

namespace {
constexpr int ErrorDelayMs = 700;
}

ServerPage::ServerPage(const FlowDefaults &defaults, QWidget *parent)
    : QWizardPage(parent),
      m_ui(std::make_unique<Ui::ServerPage>()),
      m_locked(defaults.serverLocked),
      m_allowCustom(defaults.allowCustomServer)
{
    m_ui->setupUi(this);
    if (defaults.server) {
        m_ui->serverUrlLineEdit->setText(defaults.server->toString());
        m_ui->customServerRadioButton->setChecked(true);
    } else if (!defaults.operatorCode.isEmpty()) {
        m_ui->operatorLineEdit->setText(defaults.operatorCode);
    }
    // Locked controls stay visible, disabled and labelled (house style: never hidden).
    if (m_locked) {
        m_ui->serverManagedLabel->setText(
            tr("The configuration server is managed by your organisation."));
        m_ui->serverManagedLabel->show();
        m_ui->operatorRadioButton->setEnabled(false);
        m_ui->customServerRadioButton->setEnabled(false);
    } else if (!m_allowCustom) {
        m_ui->serverManagedLabel->setText(
            tr("Other servers are not allowed: this setting is managed by your organisation."));
        m_ui->serverManagedLabel->show();
        m_ui->customServerRadioButton->setEnabled(false);
    }
    m_errorDelay.setSingleShot(true);
    m_errorDelay.setInterval(ErrorDelayMs);
    connect(&m_errorDelay, &QTimer::timeout, this, &ServerPage::showValidation);
    connect(m_ui->operatorRadioButton, &QRadioButton::toggled, this, &ServerPage::updateMode);
    for (QLineEdit *edit : {m_ui->operatorLineEdit, m_ui->serverUrlLineEdit}) {
        connect(edit, &QLineEdit::textChanged, this, &ServerPage::onTextChanged);
        connect(edit, &QLineEdit::editingFinished, this, &ServerPage::showValidation);
    }
    updateMode();
}

ServerPage::~ServerPage() = default;

Result<QUrl> ServerPage::parse() const
{
    return m_ui->operatorRadioButton->isChecked()
        ? ServerAddress::fromMccMnc(m_ui->operatorLineEdit->text())
        : ServerAddress::fromUserText(m_ui->serverUrlLineEdit->text());
}

bool ServerPage::isComplete() const
{
    return parse().ok();
}

QUrl ServerPage::server() const
{
    const Result<QUrl> parsed = parse();
    return parsed ? parsed.value() : QUrl();
}

void ServerPage::updateMode()
{
    const bool byOperator = m_ui->operatorRadioButton->isChecked();
    m_ui->operatorLineEdit->setEnabled(byOperator && !m_locked);
    m_ui->operatorHintLabel->setEnabled(byOperator && !m_locked);
    m_ui->serverUrlLineEdit->setEnabled(!byOperator && !m_locked && m_allowCustom);
    m_ui->serverUrlHintLabel->setEnabled(!byOperator && !m_locked && m_allowCustom);
    m_ui->serverErrorLabel->hide();
    onTextChanged();
}

void ServerPage::onTextChanged()
{
    const Result<QUrl> parsed = parse();
    const QLineEdit *edit = m_ui->operatorRadioButton->isChecked() ? m_ui->operatorLineEdit
                                                                   : m_ui->serverUrlLineEdit;
    if (parsed.ok() || edit->text().trimmed().isEmpty()) {
        m_errorDelay.stop();
        m_ui->serverErrorLabel->hide();
    } else {
        m_errorDelay.start();
    }
    // Showing the derived address lets people compare it with what their operator published.
    m_ui->resolvedServerLabel->setText(
        parsed ? tr("Configuration server: %1").arg(parsed.value().toDisplayString()) : QString());
    Q_EMIT completeChanged();
}

void ServerPage::showValidation()
{
    m_errorDelay.stop();
    const Result<QUrl> parsed = parse();
    const QLineEdit *edit = m_ui->operatorRadioButton->isChecked() ? m_ui->operatorLineEdit
                                                                   : m_ui->serverUrlLineEdit;
    if (parsed.ok() || edit->text().trimmed().isEmpty()) {
        m_ui->serverErrorLabel->hide();
        return;
    }
    m_ui->serverErrorLabel->setText(parsed.error().userMessage);
    m_ui->serverErrorLabel->show();
}

} // namespace spdc
