#include "DevicePage.h"

#include "DisplayFormat.h"
#include "ProvisioningFlow.h"
#include "ui_DevicePage.h"

#include <QSysInfo>

namespace spdc {

DevicePage::DevicePage(const FlowDefaults &defaults, QWidget *parent)
    : QWizardPage(parent), m_ui(std::make_unique<Ui::DevicePage>())
{
    m_ui->setupUi(this);
    // The item data is the spec's value; the text is for people and gets translated.
    for (DeviceType type : {DeviceType::PC, DeviceType::Tablet, DeviceType::Other})
        m_ui->deviceTypeComboBox->addItem(DisplayFormat::deviceTypeText(type), int(type));
    m_ui->deviceTypeComboBox->setCurrentIndex(
        m_ui->deviceTypeComboBox->findData(int(defaults.deviceType.value_or(DeviceType::PC))));

    m_ui->friendlyNameLineEdit->setMaxLength(ProvisioningFlow::MaxFriendlyNameLength);
    const QString name = defaults.friendlyName && !defaults.friendlyName->isEmpty()
        ? *defaults.friendlyName
        : QSysInfo::machineHostName();
    m_ui->friendlyNameLineEdit->setText(name.left(ProvisioningFlow::MaxFriendlyNameLength));

    // Locked controls stay visible, disabled and labelled (house style: never hidden).
    m_ui->friendlyNameLineEdit->setEnabled(!defaults.friendlyNameLocked);
    m_ui->deviceTypeComboBox->setEnabled(!defaults.deviceTypeLocked);
    if (defaults.friendlyNameLocked || defaults.deviceTypeLocked) {
        m_ui->deviceManagedLabel->setText(
            defaults.friendlyNameLocked && defaults.deviceTypeLocked
                ? tr("The device name and type are managed by your organisation.")
                : defaults.friendlyNameLocked
                    ? tr("The device name is managed by your organisation.")
                    : tr("The device type is managed by your organisation."));
        m_ui->deviceManagedLabel->show();
    }
    connect(m_ui->friendlyNameLineEdit, &QLineEdit::textChanged, this, &DevicePage::updateHint);
    updateHint();
}

DevicePage::~DevicePage() = default;

QString DevicePage::friendlyName() const
{
    return m_ui->friendlyNameLineEdit->text().trimmed();
}

DeviceType DevicePage::deviceType() const
{
    return DeviceType(m_ui->deviceTypeComboBox->currentData().toInt());
}

void DevicePage::setFriendlyName(const QString &name)
{
    m_ui->friendlyNameLineEdit->setText(name);
}

void DevicePage::updateHint()
{
    const int used = int(m_ui->friendlyNameLineEdit->text().size());
    m_ui->friendlyNameHintLabel->setText(
        tr("Optional. %1 of %2 characters.").arg(used).arg(ProvisioningFlow::MaxFriendlyNameLength));
}

} // namespace spdc
