#include "DeviceType.h"

namespace spdc {

QString deviceTypeName(DeviceType type)
{
    switch (type) {
    case DeviceType::PC:
        return QStringLiteral("PC");
    case DeviceType::Tablet:
        return QStringLiteral("Tablet");
    case DeviceType::Other:
        return QStringLiteral("Other");
    }
    return QStringLiteral("Other");
}

std::optional<DeviceType> deviceTypeFromName(const QString &name)
{
    for (DeviceType type : {DeviceType::PC, DeviceType::Tablet, DeviceType::Other}) {
        if (deviceTypeName(type) == name)
            return type;
    }
    return std::nullopt;
}

} // namespace spdc
