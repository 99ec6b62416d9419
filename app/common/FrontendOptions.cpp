#include "FrontendOptions.h"

#include "Branding.h"
#include "ServerAddress.h"
#include "TlsTrust.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QRegularExpression>
#include <QTranslator>

namespace spdc {

QCommandLineOption FrontendOptions::serverOption()
{
    return QCommandLineOption(QStringLiteral("server"),
        QCoreApplication::translate("FrontendOptions",
            "Use the configuration server at <url> instead of the operator's."),
        QStringLiteral("url"));
}

QCommandLineOption FrontendOptions::caFileOption()
{
    return QCommandLineOption(QStringLiteral("ca-file"),
        QCoreApplication::translate("FrontendOptions",
            "Also trust the CA certificates in <pem> (added to the system roots)."),
        QStringLiteral("pem"));
}

QCommandLineOption FrontendOptions::localeOption()
{
    return QCommandLineOption(QStringLiteral("locale"),
        QCoreApplication::translate("FrontendOptions",
            "Language of the interface and of the server's messages, e.g. de-DE."),
        QStringLiteral("tag"));
}

void FrontendOptions::addTo(QCommandLineParser &parser)
{
    parser.addOption(serverOption());
    parser.addOption(caFileOption());
    parser.addOption(localeOption());
}

Result<FrontendOptions> FrontendOptions::read(const QCommandLineParser &parser)
{
    FrontendOptions options;
    if (parser.isSet(serverOption())) {
        const Result<QUrl> server = ServerAddress::fromUserText(parser.value(serverOption()));
        if (!server)
            return server.error();
        options.server = server.value();
    }
    if (parser.isSet(caFileOption())) {
        const auto certificates = TlsTrust::loadCaFile(parser.value(caFileOption()));
        if (!certificates)
            return certificates.error();
        options.extraCa = certificates.value();
        options.caFileGiven = true;
    }
    options.locale = QLocale::system();
    if (parser.isSet(localeOption())) {
        const QString tag = parser.value(localeOption());
        static const QRegularExpression bcp47(
            QStringLiteral("^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$"));
        const QLocale locale(tag);
        if (!bcp47.match(tag).hasMatch() || locale.language() == QLocale::C) {
            return Error{ErrorCode::InvalidInput,
                         QCoreApplication::translate("FrontendOptions",
                             "Unknown language tag \"%1\". Use a tag such as en-GB or de-DE.")
                             .arg(tag),
                         QStringLiteral("bad locale")};
        }
        options.locale = locale;
    }
    QLocale::setDefault(options.locale);
    installTranslations(options.locale);
    return options;
}

QLocale FrontendOptions::localeFromArguments(const QStringList &arguments)
{
    const QString name = QStringLiteral("--locale");
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            break;
        QString tag;
        if (argument == name && i + 1 < arguments.size())
            tag = arguments.at(i + 1);
        else if (argument.startsWith(name + u'='))
            tag = argument.mid(name.size() + 1);
        const QLocale locale(tag);
        if (!tag.isEmpty() && locale.language() != QLocale::C)
            return locale;
    }
    return QLocale::system();
}

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral(SPDC_ORGANIZATION));
    QCoreApplication::setOrganizationDomain(QStringLiteral(SPDC_ORGANIZATION_DOMAIN));
    QCoreApplication::setApplicationName(QStringLiteral(SPDC_DISPLAY_NAME));
    QCoreApplication::setApplicationVersion(QStringLiteral(SPDC_VERSION));
}

void installTranslations(const QLocale &locale)
{
    // Called early for --help and again once the options are read: replace, never stack.
    static QList<QPointer<QTranslator>> installed;
    for (const QPointer<QTranslator> &translator : std::as_const(installed)) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    installed.clear();

    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        installed.append(qt);
    } else {
        delete qt;
    }
    auto *own = new QTranslator(QCoreApplication::instance());
    // qt_add_translations embeds the .qm files under :/i18n.
    if (own->load(locale, QStringLiteral("spdc"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
        installed.append(own);
    } else {
        delete own;
    }
}

} // namespace spdc
