#include "CliApplication.h"
#include "FrontendOptions.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    spdc::setApplicationIdentity();
    spdc::CliApplication cli;
    return cli.run(app.arguments());
}
