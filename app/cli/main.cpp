#include "CliApplication.h"
#include "FrontendOptions.h"

#include <QCoreApplication>
#include <QLoggingCategory>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Every keychain and network failure reaches the user as one sentence and an exit code;
    // the same failure as a log line on stderr is noise there. QT_LOGGING_RULES brings them
    // back (it overrides these rules). Settings warnings (a wrong preset) stay.
    QLoggingCategory::setFilterRules(QStringLiteral("spdc.store.warning=false\n"
                                                    "spdc.network.warning=false"));
    spdc::setApplicationIdentity();
    spdc::CliApplication cli;
    return cli.run(app.arguments());
}
