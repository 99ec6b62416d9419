// spdc: the desktop front end. Thin wiring: options and the organisation's settings, the
// keychain store, the accounts, the renewal scheduler, the main window.

#include "AccountIndex.h"
#include "AccountManager.h"
#include "Branding.h"
#include "FlowDefaults.h"
#include "FrontendOptions.h"
#include "KeychainSecretStore.h"
#include "ManagedFlowDefaults.h"
#include "MainWindow.h"
#include "ProfileStore.h"
#include "RenewalScheduler.h"
#include "Settings.h"

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

// --help and --version print and exit: they must work where there is no display (a terminal
// over ssh, a package check), and QApplication aborts without one.
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--")
            break;
        if (argument == "-h" || argument == "-?" || argument == "--help" || argument == "--help-all"
            || argument == "-v" || argument == "--version")
            return true;
    }
    return false;
}

// On X11/Wayland desktops QApplication aborts with Qt's own plugin message when there is no
// display at all; say what the user can do instead.
bool noDisplay()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    return qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
#else
    return false;
#endif
}

// What start-at-login runs: no window in the way at login.
QCommandLineOption minimizedOption()
{
    return QCommandLineOption(QStringLiteral("minimized"),
                              QCoreApplication::translate("main", "Start with the window minimized."));
}

void setUp(QCommandLineParser &parser)
{
    spdc::setApplicationIdentity();
    spdc::installTranslations(
        spdc::FrontendOptions::localeFromArguments(QCoreApplication::arguments()));
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Links this computer to a mobile operator identity (GSMA RCC.14)."));
    parser.addHelpOption();
    parser.addVersionOption();
    spdc::FrontendOptions::addTo(parser);
    parser.addOption(minimizedOption());
}

} // namespace

int main(int argc, char *argv[])
{
    if (onlyPrints(argc, argv)) {
        QCoreApplication app(argc, argv);
        QCommandLineParser parser;
        setUp(parser);
        parser.process(app); // prints and exits
        return 0;
    }
    if (noDisplay()) {
        QCoreApplication app(argc, argv);
        spdc::setApplicationIdentity();
        spdc::installTranslations(
            spdc::FrontendOptions::localeFromArguments(QCoreApplication::arguments()));
        return fail(QCoreApplication::translate(
            "main", "No graphical display was found (DISPLAY and WAYLAND_DISPLAY are not set). "
                    "Start spdc from a desktop session, or use spdc-cli in a terminal."));
    }

    QApplication app(argc, argv);
    QCommandLineParser parser;
    setUp(parser);
    QGuiApplication::setDesktopFileName(QStringLiteral(SPDC_APP_ID));
    parser.process(app);

    const spdc::Result<spdc::FrontendOptions> options = spdc::FrontendOptions::read(parser);
    if (!options)
        return fail(options.error().userMessage);

    // The organisation's settings are the defaults; what they lock, the command line may not
    // change either (the same rules as spdc-cli link).
    const spdc::Settings settings;
    const spdc::Result<spdc::FlowDefaults> defaults = spdc::managedFlowDefaults(settings, *options);
    if (!defaults)
        return fail(defaults.error().userMessage);

    spdc::KeychainSecretStore secrets(QStringLiteral(SPDC_APP_ID));
    spdc::ProfileStore store(&secrets);
    spdc::AccountIndex index;
    // Reads only what is asked for: the window asks for the active account alone.
    spdc::AccountManager accounts(&store, &index);
    spdc::RenewalScheduler scheduler;

    spdc::MainWindow window(&accounts, defaults.value(), &scheduler);
    // §2.2.4: the start-up query is decided once the active profile has been read.
    QObject::connect(&window, &spdc::MainWindow::activeProfileLoaded, &scheduler,
                     &spdc::RenewalScheduler::startup, Qt::SingleShotConnection);
    const bool minimized = parser.isSet(minimizedOption());
    if (minimized)
        window.showMinimized();
    else
        window.show();
    // First run: nothing to show but the way to link an account.
    if (!minimized && index.entries().isEmpty() && window.canLinkAccount())
        QTimer::singleShot(0, &window, &spdc::MainWindow::openSetupWizard);
    return app.exec();
}
