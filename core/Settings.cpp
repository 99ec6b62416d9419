#include "Settings.h"

#include "Branding.h"
#include "ProvisioningFlow.h"
#include "ServerAddress.h"
#include "TlsTrust.h"

#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QSettings>
#include <QSysInfo>

namespace spdc {

Q_LOGGING_CATEGORY(lcSettings, "spdc.settings", QtWarningMsg)

struct Settings::Layer
{
    Source source;
    std::unique_ptr<QSettings> settings;
    QString prefix;     // "settings/" in the user layer, whose file also holds the account index
};

namespace {

const QString UserGroup = QStringLiteral("settings/");
const QString LockPrefix = QStringLiteral("locked/");

Error invalid(const QString &message, const char *detail)
{
    return Error{ErrorCode::InvalidInput, message, QLatin1String(detail)};
}

// INI files split an unquoted value at commas (QStringList): put such a value back together.
QString text(const QVariant &raw)
{
    if (raw.typeId() == QMetaType::QStringList)
        return raw.toStringList().join(QStringLiteral(", "));
    return raw.toString();
}

// INI files give strings, the registry gives REG_DWORD as an int: accept both spellings.
std::optional<bool> parseBool(const QVariant &raw)
{
    switch (raw.typeId()) {
    case QMetaType::Bool:
        return raw.toBool();
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return raw.toLongLong() != 0;
    default:
        break;
    }
    const QString word = text(raw).trimmed().toLower();
    if (word == QLatin1String("true") || word == QLatin1String("1") || word == QLatin1String("yes")
        || word == QLatin1String("on"))
        return true;
    if (word == QLatin1String("false") || word == QLatin1String("0") || word == QLatin1String("no")
        || word == QLatin1String("off"))
        return false;
    return std::nullopt;
}

std::unique_ptr<QSettings> openFile(const QString &path)
{
    if (path.isEmpty())
        return nullptr;
    return std::make_unique<QSettings>(path, QSettings::IniFormat);
}

} // namespace

const QList<Settings::KeyInfo> &Settings::keys()
{
    static const QList<KeyInfo> table = {
        {Key::ServerUrl, QStringLiteral("server/url"), QString(), true, QStringLiteral("server")},
        {Key::ServerOperator, QStringLiteral("server/operator"), QString(), true,
         QStringLiteral("server")},
        {Key::AllowCustomServer, QStringLiteral("server/allowCustom"), true, true, QString()},
        {Key::ExtraCaFile, QStringLiteral("tls/extraCaFile"), QString(), true, QString()},
        {Key::DeviceType, QStringLiteral("device/type"), deviceTypeName(spdc::DeviceType::PC), true,
         QString()},
        {Key::FriendlyName, QStringLiteral("device/friendlyName"), QString(), true, QString()},
        {Key::AllowAddAccounts, QStringLiteral("accounts/allowAdd"), true, true, QString()},
    };
    return table;
}

const Settings::KeyInfo &Settings::info(Key key)
{
    for (const KeyInfo &entry : keys()) {
        if (entry.key == key)
            return entry;
    }
    Q_UNREACHABLE();
    return keys().first();
}

std::optional<Settings::Key> Settings::keyFromName(const QString &name)
{
    for (const KeyInfo &entry : keys()) {
        if (entry.name == name)
            return entry.key;
    }
    return std::nullopt;
}

QString Settings::sourceName(Source source)
{
    switch (source) {
    case Source::Policy:
        return QStringLiteral("policy");
    case Source::User:
        return QStringLiteral("user");
    case Source::InstallerDefault:
        return QStringLiteral("default");
    case Source::BuiltIn:
        return QStringLiteral("built-in");
    }
    return QStringLiteral("built-in");
}

Settings::Settings()
{
    const QString org = QStringLiteral(SPDC_ORGANIZATION);
    const QString app = QStringLiteral(SPDC_DISPLAY_NAME);
#if defined(Q_OS_WIN)
    // The registry: Group Policy writes under Policies, the MSI writes the defaults.
    auto policy = std::make_unique<QSettings>(
        QStringLiteral("HKEY_LOCAL_MACHINE\\Software\\Policies\\") + org + u'\\' + app,
        QSettings::NativeFormat);
    auto defaults = std::make_unique<QSettings>(
        QStringLiteral("HKEY_LOCAL_MACHINE\\Software\\") + org + u'\\' + app,
        QSettings::NativeFormat);
    auto user = std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope, org, app);
#else
#  if defined(Q_OS_DARWIN)
    // INI files in the system scope (not built or tested here); the user layer is the same
    // store as QSettings() with the application identity, which names it by domain.
    const auto systemFormat = QSettings::IniFormat;
    const QString userOrg = QStringLiteral(SPDC_ORGANIZATION_DOMAIN);
#  else
    // /etc/xdg/spdc/policy.conf and /etc/xdg/spdc/spdc.conf.
    const auto systemFormat = QSettings::NativeFormat;
    const QString userOrg = org;
#  endif
    auto policy = std::make_unique<QSettings>(systemFormat, QSettings::SystemScope, org,
                                              QStringLiteral("policy"));
    auto defaults = std::make_unique<QSettings>(systemFormat, QSettings::SystemScope, org, app);
    auto user = std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope,
                                            userOrg, app);
#endif
    // Each layer is read on its own: a user-scope QSettings otherwise also reads the system one.
    for (QSettings *settings : {policy.get(), defaults.get(), user.get()})
        settings->setFallbacksEnabled(false);
    m_policy = std::make_unique<Layer>(Layer{Source::Policy, std::move(policy), QString()});
    m_user = std::make_unique<Layer>(Layer{Source::User, std::move(user), UserGroup});
    m_defaults = std::make_unique<Layer>(
        Layer{Source::InstallerDefault, std::move(defaults), QString()});
}

Settings::Settings(const QString &policyFile, const QString &userFile, const QString &defaultsFile)
{
    if (auto policy = openFile(policyFile))
        m_policy = std::make_unique<Layer>(Layer{Source::Policy, std::move(policy), QString()});
    if (auto user = openFile(userFile))
        m_user = std::make_unique<Layer>(Layer{Source::User, std::move(user), UserGroup});
    if (auto defaults = openFile(defaultsFile))
        m_defaults = std::make_unique<Layer>(
        Layer{Source::InstallerDefault, std::move(defaults), QString()});
}

Settings::~Settings() = default;

const Settings::Layer *Settings::layer(Source source) const
{
    switch (source) {
    case Source::Policy:
        return m_policy.get();
    case Source::User:
        return m_user.get();
    case Source::InstallerDefault:
        return m_defaults.get();
    case Source::BuiltIn:
        break;
    }
    return nullptr;
}

Settings::Layer *Settings::layer(Source source)
{
    return const_cast<Layer *>(std::as_const(*this).layer(source));
}

QString Settings::location(Source source) const
{
    const Layer *found = layer(source);
    return found ? found->settings->fileName() : QString();
}

Result<QVariant> Settings::validate(Key key, const QVariant &raw)
{
    if (key == Key::AllowCustomServer || key == Key::AllowAddAccounts) {
        if (const std::optional<bool> flag = parseBool(raw))
            return QVariant(*flag);
        return invalid(tr("\"%1\" is not true or false.").arg(text(raw)), "not a boolean");
    }
    const QString value = text(raw).trimmed();
    switch (key) {
    case Key::ServerUrl: {
        if (value.isEmpty())
            return QVariant(QString());
        const Result<QUrl> url = ServerAddress::fromUserText(value);
        if (!url)
            return url.error();
        return QVariant(url->toString());
    }
    case Key::ServerOperator: {
        if (value.isEmpty())
            return QVariant(QString());
        if (const Result<QUrl> url = ServerAddress::fromMccMnc(value); !url)
            return url.error();
        QString digits;
        for (QChar c : value) {
            if (c.isDigit())
                digits += c;
        }
        return QVariant(digits);
    }
    case Key::ExtraCaFile:
        if (!value.isEmpty() && !QDir::isAbsolutePath(value))
            return invalid(tr("The CA file must be given with an absolute path, not \"%1\".")
                               .arg(value),
                           "relative CA path");
        return QVariant(value);
    case Key::DeviceType:
        if (!deviceTypeFromName(value))
            return invalid(tr("The device type must be PC, Tablet or Other, not \"%1\".").arg(value),
                           "unknown device type");
        return QVariant(value);
    case Key::FriendlyName:
        if (value.size() > ProvisioningFlow::MaxFriendlyNameLength)
            return invalid(tr("The device name is longer than %1 characters.")
                               .arg(ProvisioningFlow::MaxFriendlyNameLength),
                           "friendly name too long");
        return QVariant(value);
    case Key::AllowCustomServer:
    case Key::AllowAddAccounts:
        break;
    }
    return invalid(tr("Unknown setting."), "unknown key");
}

void Settings::warnOnce(const QString &message) const
{
    if (m_warned.contains(message))
        return;
    m_warned.insert(message);
    qCWarning(lcSettings).noquote() << message;
}

std::optional<QVariant> Settings::layerValue(const Layer &from, Key key) const
{
    const QString path = from.prefix + info(key).name;
    if (!from.settings->contains(path))
        return std::nullopt;
    const QVariant raw = from.settings->value(path);
    Result<QVariant> checked = validate(key, raw);
    if (!checked) {
        warnOnce(tr("%1: %2: %3 The value is ignored.")
                     .arg(from.settings->fileName(), info(key).name, checked.error().userMessage));
        return std::nullopt;
    }
    return std::move(checked).value();
}

bool Settings::hasLockFlag(Key key) const
{
    bool locked = false;
    for (const Layer *from : {m_policy.get(), m_defaults.get()}) {
        if (!from)
            continue;
        const QString path = LockPrefix + info(key).name;
        if (!from->settings->contains(path))
            continue;
        const std::optional<bool> flag = parseBool(from->settings->value(path));
        if (!flag) {
            warnOnce(tr("%1: %2 must be true or false; the flag is ignored.")
                         .arg(from->settings->fileName(), path));
            continue;
        }
        locked = locked || *flag;
    }
    return locked;
}

Settings::Resolved Settings::resolve(Key key) const
{
    const KeyInfo &wanted = info(key);
    QList<Key> group;
    for (const KeyInfo &entry : keys()) {
        if (entry.key == key || (!wanted.group.isEmpty() && entry.group == wanted.group))
            group.append(entry.key);
    }

    // Present in the policy layer (even with an invalid value) or flagged: locked.
    bool locked = false;
    if (wanted.lockable) {
        for (Key member : group) {
            if ((m_policy && m_policy->settings->contains(info(member).name)) || hasLockFlag(member))
                locked = true;
        }
    }

    for (const Layer *from : {m_policy.get(), m_user.get(), m_defaults.get()}) {
        if (!from || (from->source == Source::Policy && !wanted.lockable)
            || (from->source == Source::User && locked))
            continue;
        bool decides = false;
        std::optional<QVariant> own;
        for (Key member : group) {
            std::optional<QVariant> found = layerValue(*from, member);
            // A user's own server URL counts only where custom servers are allowed.
            if (found && member == Key::ServerUrl && from->source == Source::User
                && !found->toString().isEmpty() && !allowCustomServer())
                continue;
            if (found) {
                decides = true;
                if (member == key)
                    own = std::move(found);
            }
        }
        if (decides)
            return {own.value_or(wanted.builtIn), from->source, locked};
    }
    return {wanted.builtIn, Source::BuiltIn, locked};
}

QVariant Settings::value(Key key) const
{
    return resolve(key).value;
}

Settings::Source Settings::source(Key key) const
{
    return resolve(key).source;
}

bool Settings::isLocked(Key key) const
{
    if (resolve(key).locked)
        return true;
    return key == Key::ServerUrl && !allowCustomServer();
}

bool Settings::isServerChoiceLocked() const
{
    // The group lock of server/url and server/operator, without the allowCustom rule.
    return resolve(Key::ServerOperator).locked;
}

Status Settings::checkServerChoice(const QUrl &asked, bool custom) const
{
    if (custom && !allowCustomServer())
        return Error{ErrorCode::InvalidInput,
                     tr("Your organisation does not allow other configuration servers; choose "
                        "an operator instead."),
                     QStringLiteral("locked: server/allowCustom")};
    const std::optional<QUrl> preset = server();
    if (isServerChoiceLocked() && preset && asked != *preset)
        return Error{ErrorCode::InvalidInput,
                     tr("The configuration server is managed by your organisation and cannot "
                        "be changed."),
                     QStringLiteral("locked: server")};
    return Status();
}

Result<QList<QSslCertificate>>
Settings::extraCa(const std::optional<QList<QSslCertificate>> &given) const
{
    if (given) {
        if (isLocked(Key::ExtraCaFile))
            return Error{ErrorCode::InvalidInput,
                         tr("The trusted certificate authority is managed by your organisation "
                            "and cannot be changed."),
                         QStringLiteral("locked: tls/extraCaFile")};
        return *given;
    }
    if (const QString file = extraCaFile(); !file.isEmpty())
        return TlsTrust::loadCaFile(file);
    return QList<QSslCertificate>();
}

Status Settings::setUserValue(Key key, const QVariant &value)
{
    if (!m_user)
        return Error{ErrorCode::InvalidInput, tr("There is no user settings file to write to."),
                     QStringLiteral("no user layer")};
    if (isLocked(key))
        return Error{ErrorCode::InvalidInput,
                     tr("This setting is managed by your organisation and cannot be changed."),
                     QStringLiteral("locked: ") + info(key).name};
    Result<QVariant> checked = validate(key, value);
    if (!checked)
        return checked.error();
    m_user->settings->setValue(m_user->prefix + info(key).name, checked.value());
    return Status();
}

void Settings::resetUserValue(Key key)
{
    if (m_user)
        m_user->settings->remove(m_user->prefix + info(key).name);
}

bool Settings::sync()
{
    if (!m_user)
        return false;
    m_user->settings->sync();
    return m_user->settings->status() == QSettings::NoError;
}

QStringList Settings::problems() const
{
    QStringList result;
    for (const Layer *from : {m_policy.get(), m_user.get(), m_defaults.get()}) {
        if (!from)
            continue;
        QSettings &settings = *from->settings;
        const QString where = settings.fileName();
        if (settings.status() == QSettings::AccessError)
            result << tr("%1: cannot be read.").arg(where);
        else if (settings.status() == QSettings::FormatError)
            result << tr("%1: is not a valid settings file.").arg(where);

        QStringList names;
        if (from->source == Source::User) {
            settings.beginGroup(UserGroup.chopped(1));
            names = settings.allKeys();
            settings.endGroup();
        } else {
            names = settings.allKeys();
        }
        for (const QString &name : std::as_const(names)) {
            const QString path = from->prefix + name;
            if (from->source != Source::User && name.startsWith(LockPrefix)) {
                const std::optional<Key> locked = keyFromName(name.mid(LockPrefix.size()));
                if (!locked)
                    result << tr("%1: %2 names no setting; it is ignored.").arg(where, name);
                else if (!info(*locked).lockable)
                    result << tr("%1: %2 cannot be locked; the flag is ignored.").arg(where, name);
                else if (!parseBool(settings.value(path)))
                    result << tr("%1: %2 must be true or false; the flag is ignored.").arg(where, name);
                continue;
            }
            const std::optional<Key> key = keyFromName(name);
            if (!key) {
                result << tr("%1: %2 is not a setting of spdc; it is ignored.").arg(where, name);
                continue;
            }
            if (from->source == Source::Policy && !info(*key).lockable) {
                result << tr("%1: %2 cannot be set by policy; it is ignored.").arg(where, name);
                continue;
            }
            const Result<QVariant> checked = validate(*key, settings.value(path));
            if (!checked) {
                result << tr("%1: %2: %3 The value is ignored.")
                              .arg(where, name, checked.error().userMessage);
            } else if (from->source == Source::User && *key == Key::ServerUrl
                       && !checked->toString().isEmpty() && !allowCustomServer()) {
                result << tr("%1: %2 is ignored: custom servers are not allowed.").arg(where, name);
            }
        }
    }
    // Reported here: reading the values does not log them again.
    for (const QString &problem : std::as_const(result))
        m_warned.insert(problem);
    return result;
}

QString Settings::serverUrl() const
{
    return value(Key::ServerUrl).toString();
}

QString Settings::operatorCode() const
{
    return value(Key::ServerOperator).toString();
}

std::optional<QUrl> Settings::server() const
{
    if (const QString url = serverUrl(); !url.isEmpty())
        return QUrl(url, QUrl::StrictMode);
    if (const QString code = operatorCode(); !code.isEmpty()) {
        if (const Result<QUrl> derived = ServerAddress::fromMccMnc(code))
            return derived.value();
    }
    return std::nullopt;
}

bool Settings::allowCustomServer() const
{
    return value(Key::AllowCustomServer).toBool();
}

QString Settings::extraCaFile() const
{
    return value(Key::ExtraCaFile).toString();
}

spdc::DeviceType Settings::deviceType() const
{
    return deviceTypeFromName(value(Key::DeviceType).toString()).value_or(spdc::DeviceType::PC);
}

QString Settings::friendlyName() const
{
    return value(Key::FriendlyName).toString();
}

QString Settings::effectiveFriendlyName() const
{
    const QString name = friendlyName();
    if (!name.isEmpty())
        return name;
    return QSysInfo::machineHostName().left(ProvisioningFlow::MaxFriendlyNameLength);
}

bool Settings::allowAddAccounts() const
{
    return value(Key::AllowAddAccounts).toBool();
}

} // namespace spdc
