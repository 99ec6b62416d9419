#pragma once

#include <QDateTime>
#include <QString>

#include <chrono>

namespace spdc {

class Identity;
enum class DeviceType;
enum class ProfileState;

// How dates, durations and states read in the widgets; shared so that the wizard's result page
// and the main window say the same thing the same way.
namespace DisplayFormat {

// A UTC time in the user's time zone and locale, e.g. "Thursday 6 March 2025, 14:05".
QString localDateTime(const QDateTime &utc);
// "45 seconds", "2 minutes": a wait the user is told about.
QString duration(std::chrono::seconds wait);
// "in 20 days", "in 3 hours", "in 5 minutes" or "2 days ago", relative to nowUtc.
QString relative(const QDateTime &utc, const QDateTime &nowUtc);
// "6 March 2025, 14:05 (expires in 20 days)"; "No expiry" for a null time.
QString validity(const QDateTime &utc, const QDateTime &nowUtc);
// A person's name for an account state ("Configured", "Expired", …).
QString stateText(ProfileState state);
// "PC", "Tablet" or "Other", translated.
QString deviceTypeText(DeviceType type);
// "This computer", "This tablet" or "This device".
QString thisDevice(DeviceType type);

} // namespace DisplayFormat
} // namespace spdc
