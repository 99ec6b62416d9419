#include "AcsSimProcess.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// spdc-cli as a user and a script drive it: against acs-sim over TLS, with the real keychain.
class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void helpAndVersion();
    void statusWithNothingLinked();
    void linkStatusShow();
    void optionsBeforeOrAfterTheCommand();
    void noSecretInAnyPlainFile();
    void exitCodes_data();
    void exitCodes();
    void endOfInputAtTheOtpPrompt();
    void unknownAccount();
    void untrustedServerIsAServerError();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    // Runs spdc-cli; when `answerOtp`, answers the OTP prompt with `otp` (or the sim's code).
    Run cli(const QStringList &arguments, bool answerOtp = false, const QString &otp = QString());
    QStringList server() const
    {
        return {QStringLiteral("--server"), m_sim.url().toString(), QStringLiteral("--ca-file"),
                m_sim.caFile()};
    }

    QTemporaryDir m_home;
    AcsSimProcess m_sim;
    QByteArray m_linkedToken;
};

void TestCli::initTestCase()
{
    QVERIFY(m_sim.start());
}

TestCli::Run TestCli::cli(const QStringList &arguments, bool answerOtp, const QString &otp)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // A home of its own: the test then checks what spdc-cli left in it.
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral(".config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral(".cache")));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SPDC_CLI_PATH), arguments);
    Run run;
    if (!process.waitForStarted(5000))
        return run;
    if (answerOtp) {
        const int seen = int(m_sim.otps().size());
        QByteArray out;
        const bool prompted = QTest::qWaitFor([&] {
            process.waitForReadyRead(50);
            out += process.readAllStandardOutput();
            return out.contains("OTP") || process.state() == QProcess::NotRunning;
        }, 15000);
        run.out = out;
        if (prompted && process.state() == QProcess::Running) {
            const QString code = otp.isEmpty() ? m_sim.waitForOtp(seen) : otp;
            process.write(code.toUtf8() + '\n');
        }
        process.closeWriteChannel();
    } else {
        process.closeWriteChannel();
    }
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
    }
    run.out += process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return run;
}

void TestCli::helpAndVersion()
{
    const Run help = cli({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("link"));
    QVERIFY(help.out.contains("--ca-file"));
    QVERIFY(help.out.contains("--locale"));
    const Run version = cli({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith("spdc-cli "));
}

void TestCli::statusWithNothingLinked()
{
    const Run status = cli({QStringLiteral("status"), QStringLiteral("--json")});
    QCOMPARE(status.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(status.out).object();
    QCOMPARE(json.value(QLatin1String("state")).toString(), QStringLiteral("unconfigured"));
    QVERIFY(json.value(QLatin1String("account")).isNull());
}

void TestCli::linkStatusShow()
{
    const Run link = cli(QStringList{QStringLiteral("link"), QStringLiteral("--msisdn"),
                                     QStringLiteral("+15550100001")} + server(), true);
    QVERIFY2(link.exitCode == 0, link.err.constData());
    QVERIFY(link.out.contains("OTP"));

    const QByteArray served = m_sim.lastDocument();
    const Run status = cli(QStringList{QStringLiteral("status"), QStringLiteral("--json")});
    QCOMPARE(status.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(status.out).object();
    QCOMPARE(json.value(QLatin1String("account")).toString(), QStringLiteral("+15550100001"));
    QCOMPARE(json.value(QLatin1String("identity")).toString(), QStringLiteral("+15550100001"));
    QCOMPARE(json.value(QLatin1String("state")).toString(), QStringLiteral("configured"));
    QCOMPARE(json.value(QLatin1String("version")).toInt(), 1); // acs-sim's default version
    QCOMPARE(json.value(QLatin1String("token_present")).toBool(), true);
    QCOMPARE(json.value(QLatin1String("failures")).toInt(), 0);
    const QDateTime expires = QDateTime::fromString(
        json.value(QLatin1String("validity_expires")).toString(), Qt::ISODate);
    QVERIFY(expires.isValid());
    QVERIFY(json.value(QLatin1String("validity_expires")).toString().endsWith(QLatin1Char('Z')));
    QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(expires) - 86400) < 120);
    QVERIFY(json.value(QLatin1String("token_expires")).isNull()); // acs-sim: no token expiry
    QVERIFY(!status.out.contains("token\":\"")); // the token itself is never printed

    const Run xml = cli({QStringLiteral("show"), QStringLiteral("--xml")});
    QCOMPARE(xml.exitCode, 0);
    QCOMPARE(xml.out, served); // byte for byte as received

    const Run tree = cli({QStringLiteral("show"), QStringLiteral("+15550100001")});
    QCOMPARE(tree.exitCode, 0);
    QVERIFY(tree.out.contains("VERS"));
    QVERIFY(tree.out.contains("APPLICATION"));

    const Run human = cli({QStringLiteral("status")});
    QCOMPARE(human.exitCode, 0);
    QVERIFY(human.out.contains("configured"));
}

void TestCli::optionsBeforeOrAfterTheCommand()
{
    const Run before = cli(server() + QStringList{QStringLiteral("--json"), QStringLiteral("status")});
    const Run after = cli(QStringList{QStringLiteral("status"), QStringLiteral("--json")} + server());
    QCOMPARE(before.exitCode, 0);
    QCOMPARE(after.exitCode, 0);
    QCOMPARE(before.out, after.out);
    QVERIFY(QJsonDocument::fromJson(before.out).isObject());
    // An option of another command is refused, not ignored.
    QCOMPARE(cli({QStringLiteral("status"), QStringLiteral("--xml")}).exitCode, 1);
}

void TestCli::noSecretInAnyPlainFile()
{
    const QByteArray served = m_sim.lastDocument();
    QVERIFY(!served.isEmpty());
    const QString token = [&] {
        const int at = served.indexOf("name=\"token\" value=\"");
        const int start = at + 20;
        return QString::fromUtf8(served.mid(start, served.indexOf('"', start) - start));
    }();
    QVERIFY(token.size() >= 8);
    const QStringList otps = m_sim.otps();
    QVERIFY(!otps.isEmpty());
    // A distinctive line of the document: its Home_network_domain_name or its first APPLICATION.
    const QByteArray documentText = served.mid(served.indexOf("<characteristic type=\"APPLICATION\""), 60);
    QVERIFY(documentText.size() == 60);

    int files = 0;
    QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        ++files;
        QVERIFY2(!content.contains(token.toUtf8()), qPrintable(file.fileName()));
        QVERIFY2(!content.contains(QUrl::toPercentEncoding(token)), qPrintable(file.fileName()));
        QVERIFY2(!content.contains(documentText), qPrintable(file.fileName()));
        for (const QString &otp : otps)
            QVERIFY2(!content.contains(QString(QLatin1Char('=') + otp).toUtf8()), qPrintable(file.fileName()));
    }
    QVERIFY(files >= 1); // the account index is there, without secrets
}

void TestCli::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("answer");
    QTest::addColumn<QString>("otp");
    QTest::addColumn<int>("expected");

    const auto link = [](const QString &number) {
        return QStringList{QStringLiteral("link"), QStringLiteral("--msisdn"), number};
    };
    QTest::newRow("invalid number: 1") << link(QStringLiteral("12345")) << false << QString() << 1;
    QTest::newRow("name too long: 1")
        << link(QStringLiteral("+15550100002")) + QStringList{QStringLiteral("--friendly-name"), QString(31, u'x')}
        << false << QString() << 1;
    QTest::newRow("bad device type: 1")
        << link(QStringLiteral("+15550100002")) + QStringList{QStringLiteral("--device-type"), QStringLiteral("Phone")}
        << false << QString() << 1;
    QTest::newRow("unknown number: 2") << link(QStringLiteral("+15550100777")) << false << QString() << 2;
    QTest::newRow("wrong OTP: 3") << link(QStringLiteral("+15550100003")) << true << QStringLiteral("00000000") << 3;
    QTest::newRow("unknown command: 1") << QStringList{QStringLiteral("frobnicate")} << false << QString() << 1;
}

void TestCli::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, answer);
    QFETCH(QString, otp);
    QFETCH(int, expected);
    const int requestsBefore = int(m_sim.requests().size());
    const Run run = cli(arguments + server(), answer, otp);
    QCOMPARE(run.exitCode, expected);
    QVERIFY(!run.err.isEmpty()); // a clear message on standard error
    if (expected == 1) // invalid input sends nothing
        QCOMPARE(int(m_sim.requests().size()), requestsBefore);
}

void TestCli::endOfInputAtTheOtpPrompt()
{
    QProcess process;
    const Run run = cli(QStringList{QStringLiteral("link"), QStringLiteral("--msisdn"),
                                    QStringLiteral("+15550100004")} + server());
    QCOMPARE(run.exitCode, 3);
    QVERIFY(run.out.contains("OTP"));
}

void TestCli::unknownAccount()
{
    const Run status = cli({QStringLiteral("status"), QStringLiteral("+15550100099")});
    QCOMPARE(status.exitCode, 1);
    QVERIFY(status.err.contains("+15550100099"));
}

void TestCli::untrustedServerIsAServerError()
{
    // Without --ca-file the simulator's certificate is not trusted: exit 4, nothing sent.
    const int requestsBefore = int(m_sim.requests().size());
    const Run run = cli({QStringLiteral("link"), QStringLiteral("--msisdn"), QStringLiteral("+15550100005"),
                         QStringLiteral("--server"), m_sim.url().toString()});
    QCOMPARE(run.exitCode, 4);
    QVERIFY(run.err.contains("certificate"));
    QCOMPARE(int(m_sim.requests().size()), requestsBefore);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
