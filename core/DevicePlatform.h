#pragma once

#include "DeviceType.h"

#include <QString>

namespace spdc {

// What this computer is, for the default device_type (Table 12) when the organisation has not
// set one: PC unless the platform says it is a tablet.
namespace DevicePlatform {

// Linux: the SMBIOS chassis type (/sys/class/dmi/id/chassis_type); Android and iOS: Tablet;
// anything unknown: PC.
DeviceType detectDeviceType();
// The SMBIOS chassis type as a number in text ("30"): Tablet (30) and Detachable (32) are
// tablets; a convertible (31) has a keyboard and is a PC.
DeviceType deviceTypeForChassis(const QString &chassisType);

} // namespace DevicePlatform
} // namespace spdc
