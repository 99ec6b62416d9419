#include "AutostartEntry.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>

namespace spdc {

AutostartEntry::AutostartEntry(QString appId, QString displayName, QString exec)
    : m_appId(std::move(appId)), m_displayName(std::move(displayName)), m_exec(std::move(exec))
{
}

bool AutostartEntry::isSupported()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS) && !defined(Q_OS_ANDROID) && !defined(Q_OS_IOS)
    return true;
#else
    return false;
#endif
}

QString AutostartEntry::directory()
{
    // XDG Base Directory: an unset, empty or relative XDG_CONFIG_HOME means ~/.config.
    QString config = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (config.isEmpty() || QDir::isRelativePath(config))
        config = QDir::homePath() + QLatin1String("/.config");
    return config + QLatin1String("/autostart");
}

QString AutostartEntry::filePath() const
{
    return directory() + QLatin1Char('/') + m_appId + QLatin1String(".desktop");
}

bool AutostartEntry::isEnabled() const
{
    const QString path = filePath();
    if (!QFileInfo::exists(path))
        return false;
    // A desktop environment's own settings panel switches an entry off with Hidden=true.
    const QSettings entry(path, QSettings::IniFormat);
    return !entry.value(QStringLiteral("Desktop Entry/Hidden")).toBool();
}

QByteArray AutostartEntry::contents() const
{
    QByteArray text = "[Desktop Entry]\n"
                      "Type=Application\n";
    text += "Name=" + m_displayName.toUtf8() + '\n';
    text += "Exec=" + m_exec.toUtf8() + '\n';
    text += "Icon=" + m_appId.toUtf8() + '\n';
    text += "Terminal=false\n"
            "X-GNOME-Autostart-enabled=true\n";
    return text;
}

Status AutostartEntry::setEnabled(bool enabled)
{
    const QString path = filePath();
    const auto failure = [&path](const QString &reason) {
        qCWarning(lcStore) << "autostart entry" << path << reason;
        return Error{ErrorCode::InvalidInput,
                     QCoreApplication::translate("AutostartEntry",
                         "The start-at-login setting could not be saved: %1").arg(reason),
                     QStringLiteral("autostart %1").arg(path)};
    };
    if (!enabled) {
        QFile file(path);
        if (file.exists() && !file.remove())
            return failure(file.errorString());
        return Status();
    }
    if (!QDir().mkpath(directory()))
        return failure(QCoreApplication::translate("AutostartEntry",
                                                   "the folder %1 cannot be created.")
                           .arg(directory()));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents()) < 0 || !file.commit())
        return failure(file.errorString());
    return Status();
}

} // namespace spdc
