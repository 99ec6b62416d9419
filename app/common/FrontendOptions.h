#pragma once

#include "Result.h"

#include <QCommandLineOption>
#include <QList>
#include <QLocale>
#include <QSslCertificate>
#include <QStringList>
#include <QUrl>

#include <optional>

class QCommandLineParser;

namespace spdc {

// The options both front ends take: --server URL, --ca-file PEM, --locale TAG.
class FrontendOptions
{
public:
    static void addTo(QCommandLineParser &parser);
    // Reads and checks them. Also sets the default locale and installs the translations.
    static Result<FrontendOptions> read(const QCommandLineParser &parser);
    // The locale that --locale names (or the system's) before any parsing: --help and usage
    // errors are written before read() runs and must already be translated.
    static QLocale localeFromArguments(const QStringList &arguments);

    std::optional<QUrl> server;
    QList<QSslCertificate> extraCa;
    bool caFileGiven = false;           // --ca-file was given (it may not replace a locked CA)
    QLocale locale;

private:
    static QCommandLineOption serverOption();
    static QCommandLineOption caFileOption();
    static QCommandLineOption localeOption();
};

// Sets the application identity shared by the GUI and the CLI (so both use the same settings).
void setApplicationIdentity();
// Installs the Qt and spdc translations for a locale, replacing those installed before.
void installTranslations(const QLocale &locale);

} // namespace spdc
