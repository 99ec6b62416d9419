#pragma once

#include "FrontendOptions.h"
#include "ProvisioningFlow.h"
#include "Profile.h"
#include "Result.h"

#include <QCommandLineParser>
#include <QObject>
#include <QTextStream>

#include <memory>

namespace spdc {

class AccountIndex;
class AccountManager;
class ProfileStore;
class SecretStore;
class Settings;

// spdc-cli: the command-line answerer of the provisioning flow.
//
//   spdc-cli [global options] COMMAND [ARGS] [command options]
//
// Options may stand before or after the command word.
class CliApplication : public QObject
{
    Q_OBJECT
public:
    CliApplication();
    ~CliApplication() override;

    int run(const QStringList &arguments);

private:
    int link();
    int refresh(const QString &account);
    int accounts();
    int use(const QString &account);
    int remove(const QString &account);
    int reset(const QString &account);
    int runFlow(const FlowSettings &settings);
    int status(const QString &account);
    int show(const QString &account);

    // Reads a line from standard input after printing a prompt; nullopt at end of input.
    std::optional<QString> prompt(const QString &text);
    int fail(const Error &error);
    int usage(const QString &message);
    Result<Profile> loadProfile(const QString &account);
    std::optional<QString> resolveAccount(const QString &given, int *exitCode);

    QCommandLineParser m_parser;
    FrontendOptions m_options;
    QTextStream m_out;
    QTextStream m_err;
    QTextStream m_in;
    std::unique_ptr<AccountIndex> m_index;
    std::unique_ptr<Settings> m_settings;
    SecretStore *m_secrets = nullptr;
    ProfileStore *m_store = nullptr;
    AccountManager *m_accounts = nullptr;
};

} // namespace spdc
