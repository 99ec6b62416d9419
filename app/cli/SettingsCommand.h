#pragma once

class QTextStream;

namespace spdc {

class Settings;

// `spdc-cli settings [--json]`: every setting's effective value, where it came from
// (policy, user, default, built-in) and whether it is locked; then the layers' locations.
// Problems in the layers (rejected values, unknown keys) go to `err` as warnings. With json:
//   {"settings":[{"key":"device/type","value":"PC","source":"built-in","locked":false},...],
//    "layers":{"policy":"/etc/xdg/spdc/policy.conf",...},"problems":["..."]}
// Always exits 0: the values shown are the ones spdc uses.
int runSettingsCommand(const Settings &settings, bool json, QTextStream &out, QTextStream &err);

} // namespace spdc
