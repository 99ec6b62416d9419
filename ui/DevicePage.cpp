#include "DevicePage.h"

#include "DevicePlatform.h"
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
    // The organisation's preset, else what the platform says this computer is (PC when unsure).
    const DeviceType type = defaults.deviceType.value_or(DevicePlatform::detectDeviceType());
    m_ui->deviceTypeComboBox->setCurrentIndex(m_ui->deviceTypeComboBox->findData(int(type)));

    m_ui->friendlyNameLineEdit->setMaxLength(ProvisioningFlow::MaxFriendlyNameLength);
    m_ui->friendlyNameLineEdit->setText(
        defaults.friendlyName && !defaults.friendlyName->isEmpty() ? *defaults.friendlyName
                                                                   : defaultFriendlyName());

    // Locked controls stay visible, disabled and labelled (house style: never hidden).
    m_ui->friendlyNameLineEdit->setEnabled(!defaults.friendlyNameLocked);
    m_ui->deviceTypeComboBox->setEnabled(!defaults.deviceTypeLocked);
    if (defaults.friendlyNameLocked || defaults.deviceTypeLocked) {
        m_ui->deviceManagedLabel->setKind(MessageLabel::Kind::Information);
        m_ui->deviceManagedLabel->showMessage(
            defaults.friendlyNameLocked && defaults.deviceTypeLocked
                ? tr("The device name and type are managed by your organisation.")
                : defaults.friendlyNameLocked
                    ? tr("The device name is managed by your organisation.")
                    : tr("The device type is managed by your organisation."));
    }
    connect(m_ui->friendlyNameLineEdit, &QLineEdit::textChanged, this, &DevicePage::updateHint);
    updateHint();
}

DevicePage::~DevicePage() = default;

QString DevicePage::defaultFriendlyName()
{
    // "office-pc.example.com" reads as "office-pc" in a list of devices; an address stays whole.
    const QString host = QSysInfo::machineHostName();
    const bool address = !host.isEmpty() && (host.front().isDigit() || host.contains(QLatin1Char(':')));
    const QString name = address ? host : host.section(QLatin1Char('.'), 0, 0);
    return name.left(ProvisioningFlow::MaxFriendlyNameLength).trimmed();
}

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
