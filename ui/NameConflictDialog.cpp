#include "NameConflictDialog.h"

#include "DevicePage.h"
#include "Icons.h"
#include "ProvisioningFlow.h"
#include "ui_NameConflictDialog.h"

#include <QPushButton>
#include <QRegularExpression>

namespace spdc {

namespace {
constexpr int IconSize = 32;
}

NameConflictDialog::NameConflictDialog(const QString &rejectedName, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::NameConflictDialog>()), m_rejectedName(rejectedName)
{
    m_ui->setupUi(this);
    Icons::setLabelIcon(m_ui->iconLabel, Icons::information(), IconSize);
    m_useButton = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    m_useButton->setObjectName(QStringLiteral("useNameButton"));
    m_useButton->setText(tr("&Use this name"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));

    m_ui->explanationLabel->setText(
        tr("Another of your devices already uses the name \"%1\" with your operator. Each "
           "device needs a name of its own.")
            .arg(rejectedName));
    m_ui->newFriendlyNameLineEdit->setMaxLength(ProvisioningFlow::MaxFriendlyNameLength);
    m_ui->newFriendlyNameLineEdit->setText(
        proposeAlternative(rejectedName, ProvisioningFlow::MaxFriendlyNameLength));
    m_ui->newFriendlyNameLineEdit->selectAll();
    m_ui->newFriendlyNameLineEdit->setFocus();

    connect(m_ui->newFriendlyNameLineEdit, &QLineEdit::textChanged, this,
            &NameConflictDialog::updateState);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &NameConflictDialog::submit);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
}

NameConflictDialog::~NameConflictDialog() = default;

QString NameConflictDialog::name() const
{
    return m_ui->newFriendlyNameLineEdit->text().trimmed();
}

QString NameConflictDialog::proposeAlternative(const QString &rejectedName, int maxLength)
{
    static const QRegularExpression numbered(QStringLiteral("^(.*\\S)\\s+([0-9]{1,6})$"));
    QString base = rejectedName.simplified();
    if (base.isEmpty())
        base = DevicePage::defaultFriendlyName();
    int number = 2;
    const QRegularExpressionMatch match = numbered.match(base);
    if (match.hasMatch()) {
        base = match.captured(1);
        number = match.captured(2).toInt() + 1;
    }
    const QString suffix = QLatin1Char(' ') + QString::number(number);
    return base.left(qMax(0, maxLength - int(suffix.size()))).trimmed() + suffix;
}

void NameConflictDialog::showError(const QString &message)
{
    m_ui->errorLabel->showMessage(message);
    m_ui->newFriendlyNameLineEdit->setFocus();
}

void NameConflictDialog::updateState()
{
    const QString chosen = name();
    const bool usable = !chosen.isEmpty() && chosen.size() <= ProvisioningFlow::MaxFriendlyNameLength
        && chosen != m_rejectedName.trimmed();
    m_useButton->setEnabled(usable);
    m_ui->hintLabel->setText(chosen == m_rejectedName.trimmed() && !chosen.isEmpty()
                                 ? tr("This is the name that is taken.")
                                 : tr("%1 of %2 characters.")
                                       .arg(chosen.size())
                                       .arg(ProvisioningFlow::MaxFriendlyNameLength));
    m_ui->errorLabel->hide();
}

void NameConflictDialog::submit()
{
    if (!m_useButton->isEnabled())
        return;
    Q_EMIT nameChosen(name());
}

} // namespace spdc
