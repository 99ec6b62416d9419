#pragma once

#include <QString>

#include <optional>

namespace spdc {

// Table 12 / Table 14 "device_type": Tablet, PC or Other.
enum class DeviceType { PC, Tablet, Other };

QString deviceTypeName(DeviceType type);
// Exact, case-sensitive match of the spec's values.
std::optional<DeviceType> deviceTypeFromName(const QString &name);

} // namespace spdc
