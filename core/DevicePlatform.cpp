#include "DevicePlatform.h"

#include <QFile>
#include <QSysInfo>

namespace spdc::DevicePlatform {

DeviceType deviceTypeForChassis(const QString &chassisType)
{
    bool ok = false;
    const int type = chassisType.trimmed().toInt(&ok);
    if (!ok)
        return DeviceType::PC;
    // SMBIOS 3.x, 7.4.1: 0x1E Tablet, 0x1F Convertible, 0x20 Detachable.
    return type == 0x1E || type == 0x20 ? DeviceType::Tablet : DeviceType::PC;
}

DeviceType detectDeviceType()
{
    const QString product = QSysInfo::productType();
    if (product == QLatin1String("android") || product == QLatin1String("ios"))
        return DeviceType::Tablet;
#ifdef Q_OS_LINUX
    QFile chassis(QStringLiteral("/sys/class/dmi/id/chassis_type"));
    if (chassis.open(QIODevice::ReadOnly))
        return deviceTypeForChassis(QString::fromLatin1(chassis.readAll()));
#endif
    return DeviceType::PC;
}

} // namespace spdc::DevicePlatform
