#pragma once

#include <QStringList>

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

// `spdc-cli settings set KEY VALUE` and `spdc-cli settings reset KEY`: the user's own layer
// (what a user may choose below the organisation's policy). A locked key, an unknown key or an
// invalid value is refused with a sentence (exit 1) and nothing is written.
int runSettingsChange(Settings &settings, const QStringList &arguments, QTextStream &out,
                      QTextStream &err);

} // namespace spdc
