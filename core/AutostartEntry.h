#pragma once

#include "Result.h"

#include <QString>

namespace spdc {

// "Start at login" as the freedesktop.org Desktop Application Autostart Specification has it:
// a .desktop file in $XDG_CONFIG_HOME/autostart (default ~/.config/autostart). Other platforms
// have no such file; isSupported() says so and the front end hides the option.
class AutostartEntry
{
public:
    // appId names the file (<appId>.desktop); exec is the Exec= command line.
    AutostartEntry(QString appId, QString displayName, QString exec);

    static bool isSupported();
    // The directory the entry lives in, from XDG_CONFIG_HOME as the user's session sets it
    // (not QStandardPaths: its test mode would hide the variable).
    static QString directory();

    QString filePath() const;
    // True when the file exists and does not switch itself off (Hidden=true).
    [[nodiscard]] bool isEnabled() const;
    // Writes or removes the file. Removing a file that is not there succeeds.
    [[nodiscard]] Status setEnabled(bool enabled);

    // The file's text (exposed for tests).
    QByteArray contents() const;

private:
    QString m_appId;
    QString m_displayName;
    QString m_exec;
};

} // namespace spdc
