#include "CliApplication.h"

#include "AccountIndex.h"
#include "AccountManager.h"
#include "Branding.h"
#include "ExitCode.h"
#include "KeychainSecretStore.h"
#include "OperatorDatabase.h"
#include "ProfileStore.h"
#include "ProvisioningDocument.h"
#include "ProvisioningFlow.h"
#include "RenewalScheduler.h"
#include "SelfTestCommand.h"
#include "ServerAddress.h"
#include "Settings.h"
#include "SettingsCommand.h"
#include "TlsTrust.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <cstdio>

namespace spdc {

namespace {


// Options of each command; global options are valid everywhere.
struct CommandSpec
{
    QString name;
    QStringList options;
    int maxArguments;
};

const QList<CommandSpec> &commands()
{
    static const QList<CommandSpec> specs = {
        {QStringLiteral("link"),
         {QStringLiteral("msisdn"), QStringLiteral("sip-uri"), QStringLiteral("operator"),
          QStringLiteral("friendly-name"), QStringLiteral("device-type"), QStringLiteral("otp")},
         0},
        {QStringLiteral("refresh"), {}, 1},
        {QStringLiteral("accounts"), {QStringLiteral("json")}, 0},
        {QStringLiteral("use"), {}, 1},
        {QStringLiteral("remove"), {}, 1},
        {QStringLiteral("reset"), {}, 1},
        {QStringLiteral("settings"), {QStringLiteral("json")}, 3},
        {QStringLiteral("self-test"), {}, 0},
        {QStringLiteral("status"), {QStringLiteral("json")}, 1},
        {QStringLiteral("show"), {QStringLiteral("xml")}, 1},
    };
    return specs;
}

QJsonValue isoOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QString displayTime(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

void printCharacteristic(QTextStream &out, const Characteristic &characteristic, int depth)
{
    const QString indent(depth * 2, QLatin1Char(' '));
    out << indent << characteristic.type << '\n';
    for (const Parm &parm : characteristic.parms) {
        out << indent << "  " << parm.name << " = "
            << (characteristic.isSecret(parm)
                    ? CliApplication::tr("(hidden: kept secret in your keychain)")
                    : parm.value)
            << '\n';
    }
    for (const Characteristic &child : characteristic.children)
        printCharacteristic(out, child, depth + 1);
}

// The server and trusted CAs of every flow (link, refresh, use) after the organisation's
// settings: --server (or --operator's server) only where the server choice allows it, --ca-file
// only where the CA is not locked, and otherwise the managed CA file.
struct Connection
{
    std::optional<QUrl> server;
    QList<QSslCertificate> extraCa;
};

Result<Connection> managedConnection(const Settings &managed, const FrontendOptions &options,
                                     const std::optional<QUrl> &operatorServer = std::nullopt)
{
    Connection connection;
    if (options.server || operatorServer) {
        connection.server = options.server ? options.server : operatorServer;
        if (const Status allowed = managed.checkServerChoice(*connection.server, bool(options.server));
            !allowed)
            return allowed.error();
    }
    Result<QList<QSslCertificate>> extraCa = managed.extraCa(
        options.caFileGiven ? std::optional(options.extraCa) : std::nullopt);
    if (!extraCa)
        return extraCa.error();
    connection.extraCa = std::move(extraCa).value();
    return connection;
}

} // namespace

CliApplication::CliApplication() : m_out(stdout), m_err(stderr), m_in(stdin) {}

CliApplication::~CliApplication() = default;

int CliApplication::run(const QStringList &arguments)
{
    installTranslations(FrontendOptions::localeFromArguments(arguments));
    m_parser.setApplicationDescription(
        tr("Links this computer to a mobile operator identity (GSMA RCC.14).\n\n"
           "Commands:\n"
           "  link (--msisdn E164 | --sip-uri URI) [--operator MCCMNC] [--friendly-name NAME]\n"
           "       [--device-type PC|Tablet|Other] [--otp CODE]\n"
           "                         Link an account; asks for the code sent to your phone.\n"
           "  refresh [ACCOUNT]      Ask the server now, with the stored version and token.\n"
           "  accounts [--json]      List the stored accounts; * marks the active one.\n"
           "  use ACCOUNT            Switch to a stored account and ask its server, silently.\n"
           "  remove ACCOUNT         Remove an account and everything stored for it.\n"
           "  reset ACCOUNT          Remove an account's configuration, keeping a backup.\n"
           "  settings [--json]      Each setting's effective value and where it comes from.\n"
           "  settings set KEY VALUE | settings reset KEY\n"
           "                         Change or drop your own value of a setting.\n"
           "  self-test              Check TLS, the keychain and the operator database.\n"
           "  status [ACCOUNT] [--json]\n"
           "                         Show an account's state. Sends no request.\n"
           "  show [ACCOUNT] [--xml]  Print the stored configuration.\n\n"
           "Exit codes: 0 ok, 1 usage or invalid input, 2 forbidden (403), 3 authentication "
           "failed (511), 4 server or network error, 5 disabled by the server, 6 server message "
           "rejected, 7 keychain unavailable, 8 device name conflict."));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    FrontendOptions::addTo(m_parser);
    m_parser.addOption({QStringLiteral("msisdn"),
                        tr("Phone number in E.164 form, or national with --operator (link)."),
                        QStringLiteral("e164")});
    m_parser.addOption({QStringLiteral("sip-uri"), tr("SIP URI of the identity (link)."),
                        QStringLiteral("uri")});
    m_parser.addOption({QStringLiteral("operator"),
                        tr("The operator's MCC and MNC, e.g. 23415 (link)."),
                        QStringLiteral("mccmnc")});
    m_parser.addOption({QStringLiteral("friendly-name"),
                        tr("A name for this device, at most 30 characters (link)."),
                        QStringLiteral("name")});
    m_parser.addOption({QStringLiteral("device-type"),
                        tr("PC, Tablet or Other (link; default PC or your organisation's)."),
                        QStringLiteral("type")});
    m_parser.addOption({QStringLiteral("otp"),
                        tr("A code from your provider for a dedicated identity (link, §2.6)."),
                        QStringLiteral("code")});
    m_parser.addOption({QStringLiteral("json"),
                        tr("Machine-readable output (status, accounts, settings).")});
    m_parser.addOption({QStringLiteral("xml"),
                        tr("The document byte for byte as received, its token included (show).")});
    m_parser.addPositionalArgument(QStringLiteral("command"), tr("One of the commands above."));

    if (!m_parser.parse(arguments))
        return usage(m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        m_out << m_parser.helpText();
        return ExitOk;
    }
    if (m_parser.isSet(QStringLiteral("version"))) {
        m_out << "spdc-cli " << SPDC_VERSION << '\n';
        return ExitOk;
    }

    const QStringList positional = m_parser.positionalArguments();
    if (positional.isEmpty())
        return usage(tr("No command given."));
    const QString command = positional.first();
    const auto spec = std::find_if(commands().cbegin(), commands().cend(),
                                   [&](const CommandSpec &s) { return s.name == command; });
    if (spec == commands().cend())
        return usage(tr("Unknown command \"%1\".").arg(command));
    if (positional.size() - 1 > spec->maxArguments)
        return usage(tr("Too many arguments for %1.").arg(command));
    for (const CommandSpec &other : commands()) {
        for (const QString &option : other.options) {
            if (m_parser.isSet(option) && !spec->options.contains(option))
                return usage(tr("The option --%1 does not apply to %2.").arg(option, command));
        }
    }

    const Result<FrontendOptions> options = FrontendOptions::read(m_parser);
    if (!options)
        return fail(options.error());
    m_options = options.value();
    m_settings = std::make_unique<Settings>();
    if (command == QLatin1String("settings")) {
        if (positional.size() > 1)
            return runSettingsChange(*m_settings, positional.mid(1), m_out, m_err);
        return runSettingsCommand(*m_settings, m_parser.isSet(QStringLiteral("json")), m_out, m_err);
    }
    if (command == QLatin1String("self-test"))
        return runSelfTest(m_out, m_err);

    m_index = std::make_unique<AccountIndex>();
    m_secrets = new KeychainSecretStore(QStringLiteral(SPDC_APP_ID), this);
    m_store = new ProfileStore(m_secrets, this);
    m_accounts = new AccountManager(m_store, m_index.get(), this);

    const QString argument = positional.value(1);
    if (command == QLatin1String("link"))
        return link();
    if (command == QLatin1String("refresh"))
        return refresh(argument);
    if (command == QLatin1String("accounts"))
        return accounts();
    if (command == QLatin1String("use"))
        return use(argument);
    if (command == QLatin1String("remove"))
        return remove(argument);
    if (command == QLatin1String("reset"))
        return reset(argument);
    if (command == QLatin1String("status"))
        return status(argument);
    return show(argument);
}

int CliApplication::usage(const QString &message)
{
    m_err << "spdc-cli: " << message << '\n'
          << tr("Run 'spdc-cli --help' for the commands and options.") << '\n';
    m_err.flush();
    return ExitUsage;
}

int CliApplication::fail(const Error &error)
{
    m_err << "spdc-cli: " << error.userMessage << '\n';
    m_err.flush();
    return exitCodeFor(error.code);
}

std::optional<QString> CliApplication::prompt(const QString &text)
{
    m_out << text << '\n';
    m_out.flush();
    QString line;
    if (!m_in.readLineInto(&line))
        return std::nullopt;
    return line;
}

namespace {
// Runs an asynchronous store operation to its end; the CLI has nothing else to do meanwhile.
template<typename T>
T await(std::function<void(std::function<void(T)>)> start)
{
    std::optional<T> result;
    QEventLoop loop;
    start([&](T value) {
        result = std::move(value);
        loop.quit();
    });
    if (!result)
        loop.exec();
    return std::move(*result);
}
} // namespace

int CliApplication::link()
{
    const bool hasMsisdn = m_parser.isSet(QStringLiteral("msisdn"));
    const bool hasSip = m_parser.isSet(QStringLiteral("sip-uri"));
    if (hasMsisdn == hasSip)
        return usage(tr("link needs exactly one of --msisdn or --sip-uri."));
    // The operator gives the server and the country a national number belongs to.
    std::optional<QUrl> operatorServer;
    QString region;
    if (m_parser.isSet(QStringLiteral("operator"))) {
        const QString mccMnc = m_parser.value(QStringLiteral("operator"));
        const Result<QUrl> server = ServerAddress::fromMccMnc(mccMnc);
        if (!server)
            return fail(server.error());
        operatorServer = server.value();
        const QString number = m_parser.value(QStringLiteral("msisdn")).trimmed();
        if (hasMsisdn && !number.startsWith(QLatin1Char('+')) && !number.startsWith(QLatin1String("00"))) {
            const Result<OperatorDatabase> database = OperatorDatabase::load();
            if (database)
                region = database->countryForMcc(mccMnc.trimmed().left(3)).value_or(QString());
        }
    }
    const Result<Identity> identity = hasMsisdn
        ? Identity::fromMsisdn(m_parser.value(QStringLiteral("msisdn")), region)
        : Identity::fromSipUri(m_parser.value(QStringLiteral("sip-uri")));
    if (!identity)
        return fail(identity.error());

    // The IT department's settings apply here as in the GUI: presets are defaults, locked
    // keys cannot be overridden.
    const Settings &managed = *m_settings;
    const auto managedError = [](const QString &what) {
        return Error{ErrorCode::InvalidInput,
                     tr("%1 is managed by your organisation and cannot be changed.").arg(what),
                     QStringLiteral("locked setting")};
    };
    if (!managed.allowAddAccounts() && !m_index->find(identity->accountId())) {
        return fail(Error{ErrorCode::InvalidInput,
                          tr("Adding accounts is not allowed here: this setting is managed by "
                             "your organisation."),
                          QStringLiteral("locked setting")});
    }

    const Result<Connection> connection = managedConnection(managed, m_options, operatorServer);
    if (!connection)
        return fail(connection.error());
    FlowSettings settings;
    settings.identity = identity.value();
    if (connection->server)
        settings.server = *connection->server;
    else if (const std::optional<QUrl> presetServer = managed.server())
        settings.server = *presetServer;
    else
        return usage(tr("link needs --operator MCCMNC or --server URL."));
    settings.extraCa = connection->extraCa;

    settings.deviceType = managed.deviceType();
    if (m_parser.isSet(QStringLiteral("device-type"))) {
        const std::optional<DeviceType> deviceType =
            deviceTypeFromName(m_parser.value(QStringLiteral("device-type")));
        if (!deviceType)
            return usage(tr("--device-type must be PC, Tablet or Other."));
        if (managed.isLocked(Settings::Key::DeviceType) && *deviceType != settings.deviceType)
            return fail(managedError(tr("The device type")));
        settings.deviceType = *deviceType;
    }
    settings.friendlyName = managed.friendlyName();
    if (m_parser.isSet(QStringLiteral("friendly-name"))) {
        const QString name = m_parser.value(QStringLiteral("friendly-name"));
        if (managed.isLocked(Settings::Key::FriendlyName) && name != settings.friendlyName)
            return fail(managedError(tr("The device name")));
        settings.friendlyName = name;
    }
    if (m_parser.isSet(QStringLiteral("otp")))
        settings.dedicatedOtp = m_parser.value(QStringLiteral("otp"));
    settings.locale = m_options.locale;
    if (const Status valid = ProvisioningFlow::validate(settings); !valid)
        return fail(valid.error());
    // §4.2.1: coming back to an identity whose configuration was backed up (and is still
    // valid) restores it instead of a first-time configuration.
    if (!settings.dedicatedOtp) {
        const QString account = settings.identity.accountId();
        const Result<Profile> current = loadProfile(account);
        if (!current && current.error().code == ErrorCode::KeychainUnavailable)
            return fail(current.error());
        if (!current || !current->hasConfiguration()) {
            const Result<bool> restored =
                await<Result<bool>>([this, account](auto done) { m_accounts->restoreBackup(account, done); });
            if (!restored)
                return fail(restored.error());
            if (restored.value()) {
                m_index->upsert({account, settings.server});
                m_index->setActiveAccount(account);
                m_index->sync();
                m_out << tr("Restored the previous configuration of %1; nothing was sent.").arg(account)
                      << '\n';
                return ExitOk;
            }
        }
    }
    return runFlow(settings);
}

int CliApplication::runFlow(const FlowSettings &settings)
{
    ProvisioningFlow flow(m_store, m_index.get(), settings);
    QEventLoop loop;
    int exitCode = ExitOk;
    bool messageUnanswered = false;
    bool otpUnanswered = false; // end of input at the OTP prompt: no input, not a wrong code

    // Prompts run outside the signal emission: reading standard input blocks.
    auto later = [&flow](std::function<void()> work) { QTimer::singleShot(0, &flow, work); };
    auto askForOtp = [this, &flow, &otpUnanswered, later](const QString &before) {
        later([this, &flow, &otpUnanswered, before] {
            if (!before.isEmpty())
                m_err << before << '\n';
            m_err.flush();
            const std::optional<QString> otp = prompt(
                tr("Enter the OTP (the one-time code sent by SMS to %1):")
                    .arg(flow.settings().identity.value()));
            if (!otp) {
                m_err << tr("No code was entered.") << '\n';
                otpUnanswered = true;
                flow.cancel();
                return;
            }
            flow.submitOtp(*otp);
        });
    };
    auto askForName = [this, &flow, &exitCode, &loop, later](const QString &before) {
        later([this, &flow, &exitCode, &loop, before] {
            m_err << before << '\n';
            m_err.flush();
            const std::optional<QString> name =
                prompt(tr("Enter another name for this device (at most 30 characters):"));
            if (!name) {
                exitCode = fail(Error{ErrorCode::NameConflict,
                                      tr("No other device name was given."), QString()});
                flow.disconnect(this);
                flow.cancel();
                loop.quit();
                return;
            }
            flow.chooseDeviceName(*name);
        });
    };
    connect(&flow, &ProvisioningFlow::otpRequired, this, [this, askForOtp](const OtpPrompt &p) {
        askForOtp(p.visibleSms
                      ? tr("Look at your phone: the code arrives as a normal text message.")
                      : QString());
    });
    connect(&flow, &ProvisioningFlow::inputRejected, this,
            [&flow, askForOtp, askForName](const Error &error) {
                if (flow.step() == ProvisioningFlow::Step::AwaitingDeviceName)
                    askForName(error.userMessage);
                else
                    askForOtp(error.userMessage);
            });
    connect(&flow, &ProvisioningFlow::deviceNameConflict, this,
            [this, askForName](const QString &name) {
                askForName(tr("Another device already uses the name \"%1\".").arg(name));
            });
    connect(&flow, &ProvisioningFlow::retryScheduled, this, [this](std::chrono::seconds delay) {
        m_err << tr("The configuration server is busy; waiting %n second(s) before trying "
                    "again…", nullptr, int(delay.count()))
              << '\n';
        m_err.flush();
    });
    connect(&flow, &ProvisioningFlow::serverMessage, this,
            [this, &flow, &messageUnanswered, later](const UserMessage &message) {
                m_out << "\n" << message.title << "\n" << message.message << "\n\n";
                m_out.flush();
                if (!message.rejectButton) {
                    // Accept only: shown; the configuration is enabled whatever the answer.
                    flow.acceptMessage();
                    return;
                }
                later([this, &flow, &messageUnanswered] {
                    for (;;) {
                        const std::optional<QString> answer =
                            prompt(tr("Type accept or reject:"));
                        if (!answer) {
                            // No answer is not a Reject: the question stays with the account.
                            messageUnanswered = true;
                            flow.cancel();
                            return;
                        }
                        const QString word = answer->trimmed().toLower();
                        if (word == QLatin1String("accept") || word == tr("accept")) {
                            flow.acceptMessage();
                            return;
                        }
                        if (word == QLatin1String("reject") || word == tr("reject")) {
                            flow.rejectMessage();
                            return;
                        }
                    }
                });
            });
    connect(&flow, &ProvisioningFlow::succeeded, this, [this, &loop](const Profile &profile) {
        m_out << tr("Linked %1: configuration version %2, valid until %3.")
                     .arg(profile.accountId())
                     .arg(profile.version)
                     .arg(displayTime(profile.validityExpires))
              << '\n';
        m_out.flush();
        loop.quit();
    });
    connect(&flow, &ProvisioningFlow::failed, this,
            [this, &loop, &exitCode, &messageUnanswered, &otpUnanswered](const Error &error) {
                exitCode = messageUnanswered || otpUnanswered ? (fail(error), int(ExitUsage))
                                                              : fail(error);
                loop.quit();
            });
    QTimer::singleShot(0, &flow, &ProvisioningFlow::start);
    loop.exec();
    // An Accept-only message is acknowledged right after success: let that save finish.
    if (flow.step() == ProvisioningFlow::Step::Storing) {
        QEventLoop settle;
        connect(&flow, &ProvisioningFlow::stepChanged, &settle, &QEventLoop::quit);
        settle.exec();
    }
    return exitCode;
}

int CliApplication::accounts()
{
    const Status loaded = await<Status>([this](auto done) { m_accounts->loadAll(done); });
    const QList<AccountManager::Summary> list = m_accounts->accounts();
    if (m_parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const AccountManager::Summary &summary : list) {
            array.append(QJsonObject{
                {QStringLiteral("account"), summary.account},
                {QStringLiteral("identity"), summary.account},
                {QStringLiteral("state"), summary.state ? QJsonValue(profileStateName(*summary.state))
                                                        : QJsonValue()},
                {QStringLiteral("active"), summary.active}});
        }
        const QString active = m_accounts->activeAccount();
        m_out << QJsonDocument(QJsonObject{{QStringLiteral("active"),
                                            active.isEmpty() ? QJsonValue() : QJsonValue(active)},
                                           {QStringLiteral("accounts"), array}})
                     .toJson(QJsonDocument::Indented);
    } else if (list.isEmpty()) {
        m_out << tr("No account is linked yet.") << '\n';
    } else {
        for (const AccountManager::Summary &summary : list) {
            m_out << (summary.active ? "* " : "  ") << summary.account << "  "
                  << (summary.state ? profileStateName(*summary.state) : tr("(locked)")) << '\n';
        }
    }
    m_out.flush();
    // The list is shown even when the keychain is not available; the exit code says so.
    return loaded ? int(ExitOk) : fail(loaded.error());
}

int CliApplication::use(const QString &account)
{
    if (account.isEmpty())
        return usage(tr("use needs the account to switch to."));
    if (!m_index->find(account))
        return usage(tr("There is no account \"%1\".").arg(account));
    // A refused --server or --ca-file leaves the active account as it was.
    if (const Result<Connection> connection = managedConnection(*m_settings, m_options); !connection)
        return fail(connection.error());
    // Read first: with the keychain locked nothing changes, not even the active account.
    const Result<Profile> loaded = loadProfile(account);
    if (!loaded && loaded.error().code != ErrorCode::NotFound)
        return fail(loaded.error());
    if (const Status switched = m_accounts->switchTo(account); !switched)
        return fail(switched.error());
    m_out << tr("Switched to %1.").arg(account) << '\n';
    m_out.flush();
    // §4.2.1: an account made active again queries, silently, with its token.
    return refresh(account);
}

int CliApplication::remove(const QString &account)
{
    if (account.isEmpty())
        return usage(tr("remove needs the account to remove."));
    if (!m_index->find(account))
        return usage(tr("There is no account \"%1\".").arg(account));
    const Status removed = await<Status>([this, account](auto done) { m_accounts->remove(account, done); });
    if (!removed)
        return fail(removed.error());
    m_out << tr("Removed %1 and everything stored for it.").arg(account) << '\n';
    return ExitOk;
}

int CliApplication::reset(const QString &account)
{
    if (account.isEmpty())
        return usage(tr("reset needs the account to reset."));
    if (!m_index->find(account))
        return usage(tr("There is no account \"%1\".").arg(account));
    const Status done = await<Status>([this, account](auto cb) { m_accounts->reset(account, cb); });
    if (!done)
        return fail(done.error());
    m_out << tr("Reset %1: its configuration was removed and kept as a backup.").arg(account) << '\n';
    return ExitOk;
}

int CliApplication::refresh(const QString &given)
{
    int exitCode = ExitOk;
    const std::optional<QString> account = resolveAccount(given, &exitCode);
    if (!account) {
        if (exitCode != ExitOk)
            return exitCode;
        return fail(Error{ErrorCode::NotFound, tr("No account is linked yet."), QString()});
    }
    if (*account != m_index->activeAccount()) {
        // §4.2.1: no request is sent for a stored account.
        return fail(Error{ErrorCode::InvalidInput,
                          tr("%1 is not the active account, and no request is sent for a stored "
                             "account. Switch to it with: spdc-cli use %1").arg(*account),
                          QStringLiteral("refresh of an inactive account")});
    }
    const Result<Connection> connection = managedConnection(*m_settings, m_options);
    if (!connection)
        return fail(connection.error());
    Result<Profile> loaded = loadProfile(*account);
    if (!loaded && loaded.error().code != ErrorCode::NotFound)
        return fail(loaded.error());
    // §4.2.1: an account that was reset comes back with its still-valid backup, not with a
    // first-time configuration.
    const Result<bool> restored = await<Result<bool>>(
        [this, account](auto done) { m_accounts->restoreBackupIfReset(*account, done); });
    if (!restored)
        return fail(restored.error());
    if (restored.value()) {
        m_out << tr("Restored the previous configuration of %1 from its backup.").arg(*account) << '\n';
        m_out.flush();
        loaded = loadProfile(*account);
        if (!loaded)
            return fail(loaded.error());
    }
    FlowSettings settings;
    settings.identity = Identity::fromAccountId(*account).value();
    settings.server = m_index->find(*account)->server;
    if (loaded) {
        const Profile &profile = loaded.value();
        // The user asked: only a permanent switch-off (Table 4) stops this query.
        const RenewalScheduler::Decision decision = RenewalScheduler::decide(
            profile, RenewalScheduler::Trigger::User, QDateTime::currentDateTimeUtc(), 0);
        if (!decision.query)
            return fail(Error{ErrorCode::DisabledByServer, decision.reason, QString()});
        settings.server = profile.server;
        settings.deviceType = profile.deviceType;
        settings.friendlyName = profile.friendlyName;
    }
    if (connection->server)
        settings.server = *connection->server;
    settings.locale = m_options.locale;
    settings.extraCa = connection->extraCa;
    return runFlow(settings);
}

std::optional<QString> CliApplication::resolveAccount(const QString &given, int *exitCode)
{
    const QString account = given.isEmpty() ? m_index->activeAccount() : given;
    if (account.isEmpty()) {
        *exitCode = ExitOk;
        return std::nullopt;
    }
    if (!m_index->find(account)) {
        *exitCode = usage(tr("There is no account \"%1\".").arg(account));
        return std::nullopt;
    }
    return account;
}

Result<Profile> CliApplication::loadProfile(const QString &account)
{
    std::optional<Result<Profile>> loaded;
    QEventLoop loop;
    m_store->load(account, [&](Result<Profile> result) {
        loaded = std::move(result);
        loop.quit();
    });
    loop.exec();
    return *loaded;
}

int CliApplication::status(const QString &given)
{
    const bool json = m_parser.isSet(QStringLiteral("json"));
    int exitCode = ExitOk;
    const std::optional<QString> account = resolveAccount(given, &exitCode);
    if (!account) {
        if (exitCode != ExitOk)
            return exitCode;
        // Nothing linked yet.
        if (json) {
            QJsonObject object{{QStringLiteral("account"), QJsonValue()},
                               {QStringLiteral("identity"), QJsonValue()},
                               {QStringLiteral("state"), QStringLiteral("unconfigured")},
                               {QStringLiteral("version"), 0},
                               {QStringLiteral("validity_expires"), QJsonValue()},
                               {QStringLiteral("token_present"), false},
                               {QStringLiteral("token_expires"), QJsonValue()},
                               {QStringLiteral("failures"), 0}};
            m_out << QJsonDocument(object).toJson(QJsonDocument::Indented);
        } else {
            m_out << tr("No account is linked yet. Link one with: spdc-cli link --msisdn "
                        "+447700900123 --operator 23415") << '\n';
        }
        return ExitOk;
    }

    Result<Profile> loaded = loadProfile(*account);
    Profile profile;
    if (loaded) {
        profile = loaded.value();
    } else if (loaded.error().code == ErrorCode::NotFound) {
        // Known to the index, nothing in the keychain: not configured.
        profile.identity = Identity::fromAccountId(*account).value();
    } else {
        return fail(loaded.error());
    }
    const ProfileState state = profileState(profile, QDateTime::currentDateTimeUtc());
    if (*account != m_index->activeAccount()) {
        // §4.2.1: one account's data is never shown while another is active; its state is.
        if (json) {
            m_out << QJsonDocument(QJsonObject{{QStringLiteral("account"), *account},
                                               {QStringLiteral("identity"), profile.identity.value()},
                                               {QStringLiteral("state"), profileStateName(state)},
                                               {QStringLiteral("active"), false}})
                         .toJson(QJsonDocument::Indented);
        } else {
            m_out << tr("Account:     %1").arg(*account) << '\n'
                  << tr("State:       %1").arg(profileStateName(state)) << '\n'
                  << tr("Not the active account: switch to it with \"spdc-cli use %1\" to see "
                        "its details.").arg(*account) << '\n';
        }
        return ExitOk;
    }
    if (json) {
        QJsonObject object{{QStringLiteral("account"), *account},
                           {QStringLiteral("identity"), profile.identity.value()},
                           {QStringLiteral("state"), profileStateName(state)},
                           {QStringLiteral("version"), profile.version},
                           {QStringLiteral("validity_expires"), isoOrNull(profile.validityExpires)},
                           {QStringLiteral("token_present"), !profile.token.isEmpty()},
                           {QStringLiteral("token_expires"), isoOrNull(profile.tokenExpires)},
                           {QStringLiteral("failures"), profile.failures}};
        m_out << QJsonDocument(object).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    m_out << tr("Account:     %1").arg(*account) << '\n'
          << tr("State:       %1").arg(profileStateName(state)) << '\n'
          << tr("Version:     %1").arg(profile.version) << '\n'
          << tr("Valid until: %1")
                 .arg(profile.validityExpires.isValid() ? displayTime(profile.validityExpires)
                                                        : tr("-"))
          << '\n'
          << tr("Token:       %1")
                 .arg(profile.token.isEmpty() ? tr("none")
                      : profile.tokenExpires.isValid()
                          ? tr("present, expires %1").arg(displayTime(profile.tokenExpires))
                          : tr("present, no expiry"))
          << '\n'
          << tr("Failures:    %1").arg(profile.failures) << '\n';
    if (!profile.lastError.isEmpty())
        m_out << tr("Last error:  %1").arg(profile.lastError) << '\n';
    return ExitOk;
}

int CliApplication::show(const QString &given)
{
    int exitCode = ExitOk;
    const std::optional<QString> account = resolveAccount(given, &exitCode);
    if (!account) {
        if (exitCode != ExitOk)
            return exitCode;
        return fail(Error{ErrorCode::NotFound, tr("No account is linked yet."), QString()});
    }
    if (*account != m_index->activeAccount()) {
        // §4.2.1: one account's data is never shown while another is active.
        return fail(Error{ErrorCode::InvalidInput,
                          tr("%1 is not the active account: its configuration is shown only "
                             "while it is active. Switch to it with: spdc-cli use %1").arg(*account),
                          QStringLiteral("show of an inactive account")});
    }
    const Result<Profile> loaded = loadProfile(*account);
    if (!loaded) {
        if (loaded.error().code == ErrorCode::NotFound)
            return fail(Error{ErrorCode::NotFound,
                              tr("The account %1 has no stored configuration.").arg(*account),
                              QString()});
        return fail(loaded.error());
    }
    const Profile &profile = loaded.value();
    if (profile.document.isEmpty())
        return fail(Error{ErrorCode::NotFound,
                          tr("The account %1 has no stored configuration.").arg(*account),
                          QString()});
    if (m_parser.isSet(QStringLiteral("xml"))) {
        m_out.flush();
        std::fwrite(profile.document.constData(), 1, size_t(profile.document.size()), stdout);
        std::fflush(stdout);
        return ExitOk;
    }
    const Result<ProvisioningDocument> doc = ProvisioningDocument::parse(profile.document);
    if (!doc)
        return fail(doc.error());
    for (const Characteristic &characteristic : doc->characteristics())
        printCharacteristic(m_out, characteristic, 0);
    return ExitOk;
}

} // namespace spdc
