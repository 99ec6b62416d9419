// spdc: the desktop front end. Thin wiring: options and the organisation's settings, the
// keychain store, the accounts, the renewal scheduler, the main window.

#include "AccountIndex.h"
#include "AccountManager.h"
#include "Branding.h"
#include "FlowDefaults.h"
#include "FrontendOptions.h"
#include "KeychainSecretStore.h"
#include "MainWindow.h"
#include "ProfileStore.h"
#include "RenewalScheduler.h"
#include "Settings.h"
#include "TlsTrust.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include <cstdio>

namespace {

int fail(const QString &message)
{
    // Before any window: a message box here would need a display and is no decision.
    std::fprintf(stderr, "spdc: %s\n", qUtf8Printable(message));
    return 1;
}

QString managed(const QString &what)
{
    return QCoreApplication::translate("main",
                                       "%1 is managed by your organisation and cannot be changed.")
        .arg(what);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    spdc::setApplicationIdentity();
    QGuiApplication::setDesktopFileName(QStringLiteral(SPDC_APP_ID));
    spdc::installTranslations(spdc::FrontendOptions::localeFromArguments(app.arguments()));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Links this computer to a mobile operator identity (GSMA RCC.14)."));
    parser.addHelpOption();
    parser.addVersionOption();
    spdc::FrontendOptions::addTo(parser);
    // What the start-at-login entry runs: no window in the way at login.
    const QCommandLineOption minimizedOption(
        QStringLiteral("minimized"),
        QCoreApplication::translate("main", "Start with the window minimized."));
    parser.addOption(minimizedOption);
    parser.process(app);

    const spdc::Result<spdc::FrontendOptions> options = spdc::FrontendOptions::read(parser);
    if (!options)
        return fail(options.error().userMessage);

    // The organisation's settings are the defaults; what they lock, the command line may not
    // change either (the same rules as spdc-cli link).
    const spdc::Settings settings;
    using Key = spdc::Settings::Key;
    spdc::FlowDefaults defaults;
    defaults.serverLocked = settings.isLocked(Key::ServerUrl) || settings.isLocked(Key::ServerOperator);
    defaults.allowCustomServer = settings.allowCustomServer();
    if (options->server) {
        if (!defaults.allowCustomServer
            || (defaults.serverLocked && settings.server() != options->server))
            return fail(managed(QCoreApplication::translate("main", "The configuration server")));
        defaults.server = options->server;
    } else if (!settings.serverUrl().isEmpty()) {
        defaults.server = settings.server();
    } else {
        defaults.operatorCode = settings.operatorCode();
    }
    defaults.extraCa = options->extraCa;
    if (parser.isSet(QStringLiteral("ca-file")) && settings.isLocked(Key::ExtraCaFile))
        return fail(managed(QCoreApplication::translate("main",
                                                        "The trusted certificate authority")));
    if (!parser.isSet(QStringLiteral("ca-file")) && !settings.extraCaFile().isEmpty()) {
        const auto certificates = spdc::TlsTrust::loadCaFile(settings.extraCaFile());
        if (!certificates)
            return fail(certificates.error().userMessage);
        defaults.extraCa = certificates.value();
    }
    defaults.locale = options->locale;
    defaults.deviceType = settings.deviceType();
    defaults.deviceTypeLocked = settings.isLocked(Key::DeviceType);
    defaults.friendlyName = settings.effectiveFriendlyName();
    defaults.friendlyNameLocked = settings.isLocked(Key::FriendlyName);
    defaults.allowAddAccounts = settings.allowAddAccounts();

    spdc::KeychainSecretStore secrets(QStringLiteral(SPDC_APP_ID));
    spdc::ProfileStore store(&secrets);
    spdc::AccountIndex index;
    // Reads only what is asked for: the window asks for the active account alone.
    spdc::AccountManager accounts(&store, &index);
    spdc::RenewalScheduler scheduler;

    spdc::MainWindow window(&accounts, defaults, &scheduler);
    // §2.2.4: the start-up query is decided once the active profile has been read.
    QObject::connect(&window, &spdc::MainWindow::activeProfileLoaded, &scheduler,
                     &spdc::RenewalScheduler::startup, Qt::SingleShotConnection);
    const bool minimized = parser.isSet(minimizedOption);
    if (minimized)
        window.showMinimized();
    else
        window.show();
    // First run: nothing to show but the way to link an account.
    if (!minimized && index.entries().isEmpty() && window.canLinkAccount())
        QTimer::singleShot(0, &window, &spdc::MainWindow::openSetupWizard);
    return app.exec();
}
