// acs-sim: a configuration server for GSMA RCC.14 §2.5/§2.6 over real TLS on loopback,
// with fault injection under /_sim/. A test tool: see --help.

#ifdef __linux__
#include <csignal>
#include <sys/prctl.h>
#endif
#include "ConfigurationServer.h"
#include "HttpRequest.h"
#include "ServerSettings.h"
#include "SimControl.h"
#include "TestCertificateAuthority.h"
#include "TlsHttpServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTemporaryDir>

#include <cstdio>

using namespace acssim;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "acs-sim: %s\n", qUtf8Printable(message));
    return 2;
}

bool isValidIdentity(const QString &identity)
{
    static const QRegularExpression e164(QStringLiteral("^\\+[1-9][0-9]{1,14}$"));
    return e164.match(identity).hasMatch()
            || (identity.startsWith(QLatin1String("sip:"), Qt::CaseInsensitive) && identity.size() > 4
                && identity.size() <= 50 && !identity.contains(u' '));
}

// Atomic, so that a test polling for the file never reads half of it.
bool writeAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        std::fprintf(stderr, "acs-sim: cannot write %s: %s\n", qUtf8Printable(path),
                     qUtf8Printable(file.errorString()));
        return false;
    }
    return true;
}

QString urlHost(const QHostAddress &address)
{
    if (address == QHostAddress::Any || address == QHostAddress::AnyIPv4)
        return QStringLiteral("127.0.0.1");
    if (address == QHostAddress::AnyIPv6)
        return QStringLiteral("[::1]");
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        return u'[' + address.toString() + u']';
    return address.toString();
}

} // namespace

int main(int argc, char *argv[])
{
#ifdef __linux__
    // A test that crashes must not leave its simulator behind: end with the parent.
    if (qEnvironmentVariableIsSet("ACS_SIM_EXIT_WITH_PARENT"))
        prctl(PR_SET_PDEATHSIG, SIGTERM);
#endif
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("acs-sim"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
            "Configuration server simulator for GSMA RCC.14 secondary devices (§2.5 shared "
            "identity with an OTP by SMS, §2.6 dedicated identity with an out-of-band OTP), "
            "over HTTPS with a throwaway CA written to <state-dir>/ca.pem.\n"
            "Control paths: /_sim/requests, /_sim/outbox, /_sim/reset, "
            "/_sim/enqueue?status=N[&retry_after=V|&retry_after_date=N][&body=NAME][&location=URL]"
            "[&date_offset=SECONDS][&delay_ms=MS][&validity=SECONDS], "
            "/_sim/revoke-token[?identity=ID], /_sim/set-version?version=N, /_sim/expire-sessions."));
    parser.addHelpOption();
    const QCommandLineOption portOption(QStringLiteral("port"),
            QStringLiteral("TCP port; 0, the default, picks a free one."), QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption listenOption(QStringLiteral("listen"),
            QStringLiteral("Address to listen on (default 127.0.0.1)."), QStringLiteral("ADDR"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption stateDirOption(QStringLiteral("state-dir"),
            QStringLiteral("Directory for ca.pem, port, url, outbox.jsonl, last-document.xml "
                           "(default: a new temporary directory)."),
            QStringLiteral("DIR"));
    const QCommandLineOption documentOption(QStringLiteral("document"),
            QStringLiteral("Configuration document served byte for byte after a successful "
                           "OTP or token (default: a built-in Table 15 document)."),
            QStringLiteral("FILE"));
    const QCommandLineOption configVersionOption(QStringLiteral("config-version"),
            QStringLiteral("Version of the built-in document (default 1)."), QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption validityOption(QStringLiteral("validity"),
            QStringLiteral("Validity of the configuration in seconds (default 86400)."), QStringLiteral("SECONDS"),
            QStringLiteral("86400"));
    const QCommandLineOption tokenValidityOption(QStringLiteral("token-validity"),
            QStringLiteral("Token validity in seconds (default 0: no expiry, no validity parm)."),
            QStringLiteral("SECONDS"), QStringLiteral("0"));
    const QCommandLineOption identityOption(QStringLiteral("identity"),
            QStringLiteral("Known §2.5 identity, MSISDN (E.164) or sip: URI; repeatable "
                           "(default: +15550100001 ... +15550100009, sip:alice@example.com, "
                           "sip:bob@example.com)."),
            QStringLiteral("ID"));
    const QCommandLineOption dedicatedOption(QStringLiteral("dedicated"),
            QStringLiteral("§2.6 identity with its out-of-band OTP; repeatable (default: "
                           "+15550100099=24681357 and sip:device@example.com=13572468)."),
            QStringLiteral("ID=CODE"));
    const QCommandLineOption policySmsPortOption(QStringLiteral("policy-sms-port"),
            QStringLiteral("Answer the OTP-pending 200 with a POLICY document carrying SMS_port=N "
                           "(Table 11) instead of an empty body."),
            QStringLiteral("N"));
    const QCommandLineOption takenNameOption(QStringLiteral("taken-name"),
            QStringLiteral("friendly_device_name answered with 409; repeatable."), QStringLiteral("NAME"));
    const QCommandLineOption otpLengthOption(QStringLiteral("otp-length"),
            QStringLiteral("Digits in an SMS OTP (default 6)."), QStringLiteral("N"), QStringLiteral("6"));
    const QCommandLineOption quietOption(QStringLiteral("quiet"),
            QStringLiteral("No per-request lines on stderr."));
    parser.addOptions({portOption, listenOption, stateDirOption, documentOption, configVersionOption,
                       validityOption, tokenValidityOption, identityOption, dedicatedOption,
                       policySmsPortOption, takenNameOption, otpLengthOption, quietOption});
    parser.process(app);
    if (!parser.positionalArguments().isEmpty())
        return fail(QStringLiteral("unexpected argument: ") + parser.positionalArguments().constFirst());

    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535)
        return fail(QStringLiteral("--port must be 0..65535"));
    QHostAddress listenAddress;
    if (parser.value(listenOption) == u"localhost")
        listenAddress = QHostAddress(QHostAddress::LocalHost);
    else if (!listenAddress.setAddress(parser.value(listenOption)))
        return fail(QStringLiteral("--listen is not an IP address"));

    ServerSettings settings;
    settings.quiet = parser.isSet(quietOption);
    settings.configVersion = parser.value(configVersionOption).toInt(&ok);
    if (!ok || settings.configVersion < 1)
        return fail(QStringLiteral("--config-version must be a positive integer (§2.1: the server's version is > 0)"));
    settings.validitySeconds = parser.value(validityOption).toLongLong(&ok);
    if (!ok || settings.validitySeconds < 0)
        return fail(QStringLiteral("--validity must be a non-negative number of seconds"));
    settings.tokenValiditySeconds = parser.value(tokenValidityOption).toLongLong(&ok);
    if (!ok || settings.tokenValiditySeconds < 0)
        return fail(QStringLiteral("--token-validity must be a non-negative number of seconds"));
    settings.otpLength = parser.value(otpLengthOption).toInt(&ok);
    if (!ok || settings.otpLength < 1 || settings.otpLength > 16)
        return fail(QStringLiteral("--otp-length must be 1..16"));
    if (parser.isSet(policySmsPortOption)) {
        const int smsPort = parser.value(policySmsPortOption).toInt(&ok);
        if (!ok || smsPort < 0 || smsPort > 65535)
            return fail(QStringLiteral("--policy-sms-port must be 0..65535"));
        settings.policySmsPort = smsPort;
    }
    settings.takenNames = parser.values(takenNameOption);

    settings.identities = parser.values(identityOption);
    if (!parser.isSet(identityOption)) {
        for (int i = 1; i <= 9; ++i)
            settings.identities << QStringLiteral("+1555010000%1").arg(i);
        settings.identities << QStringLiteral("sip:alice@example.com") << QStringLiteral("sip:bob@example.com");
    }
    for (const QString &identity : std::as_const(settings.identities)) {
        if (!isValidIdentity(identity))
            return fail(QStringLiteral("--identity %1 is neither E.164 nor a sip: URI").arg(identity));
    }
    QStringList dedicated = parser.values(dedicatedOption);
    if (!parser.isSet(dedicatedOption))
        dedicated = {QStringLiteral("+15550100099=24681357"), QStringLiteral("sip:device@example.com=13572468")};
    for (const QString &entry : std::as_const(dedicated)) {
        const qsizetype equals = entry.lastIndexOf(u'=');
        const QString identity = entry.left(equals);
        const QString code = entry.mid(equals + 1);
        if (equals <= 0 || code.isEmpty() || !isValidIdentity(identity))
            return fail(QStringLiteral("--dedicated %1 is not ID=CODE").arg(entry));
        settings.dedicated.insert(identity, code);
    }

    if (parser.isSet(documentOption)) {
        QFile file(parser.value(documentOption));
        if (!file.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read --document %1: %2").arg(file.fileName(), file.errorString()));
        settings.document = file.readAll();
        settings.documentPath = file.fileName();
    }

    // State directory: stale files of an earlier run must not be mistaken for this one's.
    if (parser.isSet(stateDirOption)) {
        settings.stateDir = QDir(parser.value(stateDirOption)).absolutePath();
    } else {
        QTemporaryDir temporary(QDir::tempPath() + QStringLiteral("/acs-sim-XXXXXX"));
        if (!temporary.isValid())
            return fail(QStringLiteral("cannot create a temporary state directory"));
        temporary.setAutoRemove(false); // the test reads it after we exit
        settings.stateDir = temporary.path();
    }
    const QDir stateDir(settings.stateDir);
    if (!QDir().mkpath(settings.stateDir))
        return fail(QStringLiteral("cannot create --state-dir %1").arg(settings.stateDir));
    for (const char *name : {"url", "port", "ca.pem", "last-document.xml"})
        QFile::remove(stateDir.filePath(QString::fromLatin1(name)));
    {
        QFile outbox(stateDir.filePath(QStringLiteral("outbox.jsonl")));
        if (!outbox.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return fail(QStringLiteral("cannot create %1").arg(outbox.fileName()));
    }

    QStringList ipAddresses{QStringLiteral("127.0.0.1"), QStringLiteral("::1")};
    const bool specificAddress = listenAddress != QHostAddress::Any && listenAddress != QHostAddress::AnyIPv4
            && listenAddress != QHostAddress::AnyIPv6;
    if (specificAddress && !ipAddresses.contains(listenAddress.toString()))
        ipAddresses << listenAddress.toString();
    TestCertificateAuthority authority;
    QString error;
    if (!authority.generate({QStringLiteral("localhost")}, ipAddresses, &error))
        return fail(QStringLiteral("certificate generation failed: ") + error);
    const QSslCertificate caCertificate(authority.caCertificatePem(), QSsl::Pem);
    const QSslCertificate serverCertificate(authority.serverCertificatePem(), QSsl::Pem);
    const QSslKey serverKey(authority.serverKeyPem(), QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    if (caCertificate.isNull() || serverCertificate.isNull() || serverKey.isNull())
        return fail(QStringLiteral("Qt could not load the generated certificate or key"));
    if (!writeAtomically(stateDir.filePath(QStringLiteral("ca.pem")), authority.caCertificatePem()))
        return 1;

    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain({serverCertificate, caCertificate});
    tls.setPrivateKey(serverKey);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    // Only HTTP/1.1 is implemented; say so in ALPN so that a client offering h2 falls back.
    tls.setAllowedNextProtocols({QByteArray(QSslConfiguration::NextProtocolHttp1_1)});

    ConfigurationServer server(settings);
    SimControl control(server, settings.quiet);
    TlsHttpServer https(
            tls,
            [&server, &control](const HttpRequest &request) {
                return SimControl::isControlPath(request.path()) ? control.handle(request)
                                                                 : server.handle(request);
            },
            settings.quiet);
    if (!https.listen(listenAddress, quint16(port)))
        return fail(QStringLiteral("cannot listen on %1:%2: %3")
                            .arg(listenAddress.toString()).arg(port).arg(https.errorString()));

    const QString url = QStringLiteral("https://%1:%2/").arg(urlHost(listenAddress)).arg(https.serverPort());
    // ca.pem is already in place: a test that sees `url` can trust the server at once.
    if (!writeAtomically(stateDir.filePath(QStringLiteral("port")), QByteArray::number(https.serverPort()))
        || !writeAtomically(stateDir.filePath(QStringLiteral("url")), url.toUtf8()))
        return 1;

    // A generated state directory is announced even with --quiet: nothing else names it.
    if (!settings.quiet || !parser.isSet(stateDirOption))
        std::fprintf(stderr, "acs-sim: state directory %s\n", qUtf8Printable(settings.stateDir));
    if (!settings.quiet) {
        std::fprintf(stderr, "acs-sim: serving %s, version %d\n",
                     settings.document ? qUtf8Printable(settings.documentPath) : "the built-in document",
                     server.currentVersion());
    }
    std::fprintf(stdout, "acs-sim: listening on %s\n", qUtf8Printable(url));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
