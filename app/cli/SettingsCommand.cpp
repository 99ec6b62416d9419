#include "SettingsCommand.h"

#include "ExitCode.h"
#include "Settings.h"
#include "TlsTrust.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QSysInfo>
#include <QTextStream>

namespace spdc {

namespace {

struct SettingsCommand
{
    Q_DECLARE_TR_FUNCTIONS(SettingsCommand)
};

QString displayValue(Settings::Key key, const QVariant &value)
{
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    const QString text = value.toString();
    if (!text.isEmpty())
        return text;
    if (key == Settings::Key::FriendlyName)
        return SettingsCommand::tr("(empty: the host name, %1)").arg(QSysInfo::machineHostName());
    return SettingsCommand::tr("(empty)");
}

} // namespace

int runSettingsCommand(const Settings &settings, bool json, QTextStream &out, QTextStream &err)
{
    // First: problems() reports each rejected value once, so reading the values below does
    // not log them again.
    const QStringList problems = settings.problems();
    const QList<Settings::Source> layers = {Settings::Source::Policy, Settings::Source::User,
                                            Settings::Source::InstallerDefault};

    if (json) {
        QJsonArray entries;
        for (const Settings::KeyInfo &info : Settings::keys()) {
            entries.append(QJsonObject{
                {QStringLiteral("key"), info.name},
                {QStringLiteral("value"), QJsonValue::fromVariant(settings.value(info.key))},
                {QStringLiteral("source"), Settings::sourceName(settings.source(info.key))},
                {QStringLiteral("locked"), settings.isLocked(info.key)},
            });
        }
        QJsonObject locations;
        for (Settings::Source source : layers) {
            const QString location = settings.location(source);
            locations.insert(Settings::sourceName(source),
                             location.isEmpty() ? QJsonValue() : QJsonValue(location));
        }
        const QJsonObject document{
            {QStringLiteral("settings"), entries},
            {QStringLiteral("layers"), locations},
            {QStringLiteral("problems"), QJsonArray::fromStringList(problems)},
        };
        out << QJsonDocument(document).toJson(QJsonDocument::Indented);
    } else {
        int keyWidth = 0;
        QStringList values;
        for (const Settings::KeyInfo &info : Settings::keys()) {
            keyWidth = qMax(keyWidth, int(info.name.size()));
            values << displayValue(info.key, settings.value(info.key));
        }
        int valueWidth = 0;
        for (const QString &value : std::as_const(values))
            valueWidth = qMax(valueWidth, int(value.size()));
        out << SettingsCommand::tr("Key").leftJustified(keyWidth + 2)
            << SettingsCommand::tr("Value").leftJustified(valueWidth + 2)
            << SettingsCommand::tr("Source").leftJustified(10) << SettingsCommand::tr("Locked")
            << '\n';
        for (qsizetype i = 0; i < Settings::keys().size(); ++i) {
            const Settings::KeyInfo &info = Settings::keys().at(i);
            out << info.name.leftJustified(keyWidth + 2) << values.at(i).leftJustified(valueWidth + 2)
                << Settings::sourceName(settings.source(info.key)).leftJustified(10)
                << (settings.isLocked(info.key)
                        ? SettingsCommand::tr("locked: managed by your organisation")
                        : SettingsCommand::tr("no"))
                << '\n';
        }
        out << '\n' << SettingsCommand::tr("Read from (strongest first):") << '\n';
        for (Settings::Source source : layers) {
            const QString location = settings.location(source);
            out << "  " << Settings::sourceName(source).leftJustified(9)
                << (location.isEmpty() ? SettingsCommand::tr("(none)") : location);
            if (source == Settings::Source::User && !location.isEmpty())
                out << ' ' << SettingsCommand::tr("[settings] group");
            out << '\n';
        }
    }
    out.flush();
    for (const QString &problem : problems)
        err << "spdc-cli: " << SettingsCommand::tr("warning: %1").arg(problem) << '\n';
    err.flush();
    return ExitOk;
}

int runSettingsChange(Settings &settings, const QStringList &arguments, QTextStream &out,
                      QTextStream &err)
{
    const auto refuse = [&err](const QString &message) {
        err << "spdc-cli: " << message << '\n';
        err.flush();
        return int(ExitUsage);
    };
    const QString verb = arguments.value(0);
    const bool set = verb == QLatin1String("set");
    if ((!set && verb != QLatin1String("reset")) || arguments.size() != (set ? 3 : 2))
        return refuse(SettingsCommand::tr("Use: spdc-cli settings set KEY VALUE, or spdc-cli "
                                          "settings reset KEY."));
    const std::optional<Settings::Key> key = Settings::keyFromName(arguments.at(1));
    if (!key) {
        QStringList names;
        for (const Settings::KeyInfo &info : Settings::keys())
            names << info.name;
        return refuse(SettingsCommand::tr("There is no setting \"%1\". The settings are: %2.")
                          .arg(arguments.at(1), names.join(QStringLiteral(", "))));
    }
    if (set && *key == Settings::Key::ExtraCaFile && !arguments.at(2).trimmed().isEmpty()) {
        // A CA file that cannot be read would break every link and refresh later: refuse now.
        if (const auto certificates = TlsTrust::loadCaFile(arguments.at(2).trimmed()); !certificates)
            return refuse(certificates.error().userMessage);
    }
    if (set) {
        if (const Status written = settings.setUserValue(*key, arguments.at(2)); !written)
            return refuse(written.error().userMessage);
    } else {
        settings.resetUserValue(*key);
    }
    if (!settings.sync())
        return refuse(SettingsCommand::tr("Your settings file %1 could not be written.")
                          .arg(settings.location(Settings::Source::User)));
    const Settings::Key changed = *key;
    out << Settings::info(changed).name << " = "
        << displayValue(changed, settings.value(changed)) << " ("
        << Settings::sourceName(settings.source(changed)) << ")\n";
    out.flush();
    return ExitOk;
}

} // namespace spdc
