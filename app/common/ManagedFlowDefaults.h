#pragma once

#include "FlowDefaults.h"
#include "Result.h"

namespace spdc {

class FrontendOptions;
class Settings;

// What the GUI's wizard and main window start from: the organisation's settings as defaults
// and locks, with the command line on top where the settings allow it (the same rules as
// spdc-cli link). Refused with a sentence for the user when an option changes a managed value.
// Only a preset (installer default, user or policy) is a preset: the built-in device type and
// the empty friendly name leave the choice to the platform and the host name.
[[nodiscard]] Result<FlowDefaults> managedFlowDefaults(const Settings &settings,
                                                       const FrontendOptions &options);

} // namespace spdc
