#include "ManagedFlowDefaults.h"

#include "FrontendOptions.h"
#include "Settings.h"

namespace spdc {

Result<FlowDefaults> managedFlowDefaults(const Settings &settings, const FrontendOptions &options)
{
    using Key = Settings::Key;
    FlowDefaults defaults;
    // server/allowCustom=false disables only the "Other server" entry, not the operator picker.
    defaults.serverLocked = settings.isServerChoiceLocked();
    defaults.allowCustomServer = settings.allowCustomServer();
    if (options.server) {
        if (const Status allowed = settings.checkServerChoice(*options.server, true); !allowed)
            return allowed.error();
        defaults.server = options.server;
    } else if (!settings.serverUrl().isEmpty()) {
        defaults.server = settings.server();
    } else {
        defaults.operatorCode = settings.operatorCode();
    }
    const Result<QList<QSslCertificate>> extraCa = settings.extraCa(
        options.caFileGiven ? std::optional(options.extraCa) : std::nullopt);
    if (!extraCa)
        return extraCa.error();
    defaults.extraCa = extraCa.value();
    defaults.locale = options.locale;
    if (settings.source(Key::DeviceType) != Settings::Source::BuiltIn)
        defaults.deviceType = settings.deviceType();
    defaults.deviceTypeLocked = settings.isLocked(Key::DeviceType);
    if (!settings.friendlyName().isEmpty())
        defaults.friendlyName = settings.friendlyName();
    defaults.friendlyNameLocked = settings.isLocked(Key::FriendlyName);
    defaults.allowAddAccounts = settings.allowAddAccounts();
    return defaults;
}

} // namespace spdc
