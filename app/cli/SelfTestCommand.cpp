#include "SelfTestCommand.h"

#include "Branding.h"
#include "ExitCode.h"
#include "KeychainSecretStore.h"
#include "OperatorDatabase.h"
#include "SelfSignedCertificate.h"
#include "TlsTrust.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QRandomGenerator>
#include <QSet>
#include <QSslServer>
#include <QSslSocket>
#include <QTextStream>
#include <QTimer>

#include <chrono>
#include <functional>
#include <optional>

namespace spdc {

namespace {

using namespace std::chrono_literals;

constexpr auto StepTimeout = 10s;

struct SelfTest
{
    Q_DECLARE_TR_FUNCTIONS(SelfTest)
};

struct Check
{
    bool ok = false;
    QString message;
};

Check passed(const QString &message)
{
    return {true, message};
}

Check failed(const QString &message)
{
    return {false, message};
}

QString protocolName(QSsl::SslProtocol protocol)
{
    switch (protocol) {
    case QSsl::TlsV1_3:
        return QStringLiteral("TLS 1.3");
    case QSsl::TlsV1_2:
        return QStringLiteral("TLS 1.2");
    default:
        return SelfTest::tr("an older TLS version");
    }
}

// Runs an asynchronous step to completion; the store guarantees one callback per call.
template<typename T>
T waitFor(const std::function<void(std::function<void(T)>)> &start)
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

Check checkTls()
{
    if (!QSslSocket::supportsSsl())
        return failed(SelfTest::tr("Qt found no usable TLS backend (it loads OpenSSL 3 at run "
                                   "time; install libssl3). Nothing can be fetched securely."));
    const QString library = QSslSocket::sslLibraryVersionString();
    const QString backend = QSslSocket::activeBackend();

    const Result<SelfSignedCertificate> made =
        SelfSignedCertificate::generate(QStringLiteral("localhost"));
    if (!made)
        return failed(made.error().userMessage + u' ' + made.error().detail);

    const QByteArray greeting = QByteArrayLiteral("spdc self-test\n");
    QSslServer server;
    QSslConfiguration serverTls = QSslConfiguration::defaultConfiguration();
    serverTls.setLocalCertificate(made->certificate);
    serverTls.setPrivateKey(made->privateKey);
    serverTls.setPeerVerifyMode(QSslSocket::VerifyNone);
    server.setSslConfiguration(serverTls);
    server.setHandshakeTimeout(int(std::chrono::milliseconds(StepTimeout).count()));
    if (!server.listen(QHostAddress::LocalHost))
        return failed(SelfTest::tr("cannot listen on the loopback interface: %1")
                          .arg(server.errorString()));
    QObject::connect(&server, &QTcpServer::pendingConnectionAvailable, &server, [&] {
        while (QTcpSocket *accepted = server.nextPendingConnection())
            accepted->write(greeting);
    });

    // The client trusts the system roots plus the test certificate, exactly as the app trusts
    // an extra CA, and verifies the peer name: a real verification, nothing ignored.
    QSslSocket client;
    client.setSslConfiguration(TlsTrust::configuration({made->certificate}));
    QEventLoop loop;
    QString failure;
    QObject::connect(&client, &QSslSocket::sslErrors, &loop, [&](const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &error : errors)
            texts << error.errorString();
        failure = texts.join(QStringLiteral("; "));
        loop.quit();
    });
    QObject::connect(&client, &QAbstractSocket::errorOccurred, &loop, [&] {
        if (failure.isEmpty())
            failure = client.errorString();
        loop.quit();
    });
    QObject::connect(&client, &QIODevice::readyRead, &loop, [&] {
        if (client.canReadLine())
            loop.quit();
    });
    QTimer::singleShot(StepTimeout, &loop, [&] {
        failure = SelfTest::tr("no answer within %1 seconds").arg(StepTimeout.count());
        loop.quit();
    });
    client.connectToHostEncrypted(QStringLiteral("127.0.0.1"), server.serverPort(),
                                  QStringLiteral("localhost"));
    loop.exec();

    const QByteArray line = client.canReadLine() ? client.readLine() : QByteArray();
    if (line != greeting) {
        return failed(SelfTest::tr("%1 (%2) is present, but a TLS handshake on loopback failed: %3")
                          .arg(library, backend,
                               failure.isEmpty() ? SelfTest::tr("unexpected data") : failure));
    }
    return passed(SelfTest::tr("%1 (Qt backend \"%2\"); a %3 handshake with a test certificate "
                               "on loopback succeeded")
                      .arg(library, backend, protocolName(client.sessionProtocol())));
}

Check checkKeychain()
{
    KeychainSecretStore store(QStringLiteral(SPDC_APP_ID));
    store.setTimeout(StepTimeout);
    const QString key = QStringLiteral("self-test/probe");
    QByteArray probe(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(probe.data()),
                                          probe.size() / qsizetype(sizeof(quint32)));
    const auto describe = [](const Error &error) {
        return error.detail.isEmpty() ? error.userMessage
                                      : error.userMessage + QStringLiteral(" (") + error.detail
                + u')';
    };

    const Status written = waitFor<Status>([&](std::function<void(Status)> done) {
        store.write(key, probe, std::move(done));
    });
    if (!written)
        return failed(SelfTest::tr("writing a test item failed: %1").arg(describe(written.error())));
    const Result<QByteArray> read = waitFor<Result<QByteArray>>(
        [&](std::function<void(Result<QByteArray>)> done) { store.read(key, std::move(done)); });
    const Status removed = waitFor<Status>([&](std::function<void(Status)> done) {
        store.remove(key, std::move(done));
    });
    if (!read)
        return failed(SelfTest::tr("reading the test item back failed: %1")
                          .arg(describe(read.error())));
    if (read.value() != probe)
        return failed(SelfTest::tr("the test item read back differs from what was written"));
    if (!removed)
        return failed(SelfTest::tr("deleting the test item failed: %1").arg(describe(removed.error())));
    return passed(SelfTest::tr("a test item was written, read back and deleted (service %1)")
                      .arg(QStringLiteral(SPDC_APP_ID)));
}

// The same loader the front ends use to list operators and read national numbers.
Check checkOperatorDatabase()
{
    const QString path = OperatorDatabase::defaultPath();
    const Result<OperatorDatabase> database = OperatorDatabase::load(path);
    if (!database)
        return failed(SelfTest::tr("%1 (%2). Install mobile-broadband-provider-info.")
                          .arg(database.error().userMessage, database.error().detail));
    QSet<QString> countries;
    for (const OperatorDatabase::Operator &entry : database->operators())
        countries.insert(entry.countryCode);
    return passed(SelfTest::tr("%1 operators with network codes in %2 countries (%3)")
                      .arg(database->operators().size())
                      .arg(countries.size())
                      .arg(path));
}

} // namespace

int runSelfTest(QTextStream &out, QTextStream &err)
{
    struct Named
    {
        QString name;
        std::function<Check()> run;
        Check result;
    };
    QList<Named> checks = {
        {SelfTest::tr("TLS"), checkTls, {}},
        {SelfTest::tr("keychain"), checkKeychain, {}},
        {SelfTest::tr("operator database"), checkOperatorDatabase, {}},
    };
    QStringList failures;
    for (Named &check : checks) {
        check.result = check.run();
        out << (check.result.ok ? QStringLiteral("OK      ") : QStringLiteral("FAILED  "))
            << check.name << ": " << check.result.message << '\n';
        out.flush();
        if (!check.result.ok)
            failures << check.name;
    }
    if (failures.isEmpty()) {
        out << SelfTest::tr("All checks passed.") << '\n';
        out.flush();
        return ExitOk;
    }
    err << "spdc-cli: "
        << SelfTest::tr("self-test failed: %1.").arg(failures.join(QStringLiteral(", "))) << '\n';
    err.flush();
    if (!checks.at(0).result.ok)
        return ExitServer;
    if (failures.size() == 1 && !checks.at(1).result.ok)
        return ExitKeychain;
    return ExitUsage;
}

} // namespace spdc
