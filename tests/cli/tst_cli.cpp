#include "AcsSimProcess.h"
#include "CliProcess.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

// spdc-cli as a user and a script drive it: against acs-sim over TLS, with the real keychain.
class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
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
    // Issue 3: the answers through the CLI.
    void refreshIsSilent();
    void refreshAfterRevokedTokenAsksForTheCode();
    void nameConflictAsksForAName_data();
    void nameConflictAsksForAName();
    void serverMessage_data();
    void serverMessage();
    void busyServerIsWaitedFor();
    void unusableAnswerIsExit4();
    void permanentlyDisabledStopsRefresh();
    void dedicatedIdentity_data();
    void dedicatedIdentity();
    void nationalNumberNeedsTheOperatorsCountry();
    // Issue 4: accounts.
    void accountsListsEveryAccount();
    void useSwitchesAndQueriesSilently();
    void resetThenLinkRestoresTheBackup();
    void resetThenUseRestoresTheBackup();
    void removeLeavesNothingBehind();
    // Issue 3, second slice.
    void dedicatedAccountRefreshAfterRevokedTokenIsExit3();
    void corpusVersion13EndToEnd();
    void forbiddenOnALinkedAccountIsExit2();
    void failedAttemptsAreExit4_data();
    void failedAttemptsAreExit4();
    void disablingAnswersAreExit5_data();
    void disablingAnswersAreExit5();
    void visibleSmsSaysLookAtYourPhone();
    void linkTwiceQuicklyTextsOneCode();

private:
    using Run = CliRun;
    // Runs spdc-cli; when `answerOtp`, answers the OTP prompt with `otp` (or the sim's code).
    Run cli(const QStringList &arguments, bool answerOtp = false, const QString &otp = QString());
    // Runs spdc-cli answering prompts in order: {words the prompt contains, the answer};
    // the answer "${OTP}" is the code acs-sim texted.
    using Dialogue = CliDialogue;
    Run converse(const QStringList &arguments, const Dialogue &dialogue);
    QStringList server() const
    {
        return {QStringLiteral("--server"), m_sim.url().toString(), QStringLiteral("--ca-file"),
                m_sim.caFile()};
    }

    // Forgets when codes were last texted, as if the user had waited out the rate limit.
    void forgetTextedCodes();

    QTemporaryDir m_home;
    AcsSimProcess m_sim;
    QByteArray m_linkedToken;
};

void TestCli::initTestCase()
{
    QVERIFY(m_sim.start({QStringLiteral("--taken-name"), QStringLiteral("Taken PC")}));
}

void TestCli::init()
{
    // Each test starts as if the codes texted by the one before were long ago.
    forgetTextedCodes();
}

void TestCli::forgetTextedCodes()
{
    QDirIterator files(m_home.filePath(QStringLiteral(".config")), {QStringLiteral("*.conf")},
                       QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext())
        QSettings(files.next(), QSettings::IniFormat).remove(QStringLiteral("smsRequests"));
}

TestCli::Run TestCli::cli(const QStringList &arguments, bool answerOtp, const QString &otp)
{
    Dialogue dialogue;
    if (answerOtp)
        dialogue.append({QByteArray("OTP"), otp.isEmpty() ? QStringLiteral("${OTP}") : otp});
    return converse(arguments, dialogue);
}

TestCli::Run TestCli::converse(const QStringList &arguments, const Dialogue &dialogue)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // A home of its own: the test then checks what spdc-cli left in it.
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral(".config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral(".cache")));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return runCli(QStringLiteral(SPDC_CLI_PATH), arguments, env, dialogue, m_sim, 30000);
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
    // §4.2.1: the token is not shown to the user (only --xml gives the document as received).
    const int tokenAt = served.indexOf("name=\"token\" value=\"") + 20;
    const QByteArray token = served.mid(tokenAt, served.indexOf('"', tokenAt) - tokenAt);
    QVERIFY(token.size() >= 8);
    QVERIFY(xml.out.contains(token));
    QVERIFY2(!tree.out.contains(token), tree.out.constData());
    QVERIFY(tree.out.contains("token = (hidden: kept secret in your keychain)"));

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
    if (expected == 3) // spdc-cli exits: it must not promise a code it does not ask for
        QVERIFY(!run.err.contains("will be sent"));
    if (expected == 1) // invalid input sends nothing
        QCOMPARE(int(m_sim.requests().size()), requestsBefore);
}

void TestCli::endOfInputAtTheOtpPrompt()
{
    QProcess process;
    const Run run = cli(QStringList{QStringLiteral("link"), QStringLiteral("--msisdn"),
                                    QStringLiteral("+15550100004")} + server());
    // No input is not a wrong code: exit 1 (usage or input), not 3 (authentication failed).
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.contains("OTP"));
    QVERIFY(run.err.contains("No code was entered"));
    QVERIFY(!run.err.contains("not accepted"));
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

namespace {
QStringList linkArgs(const QString &number)
{
    return {QStringLiteral("link"), QStringLiteral("--msisdn"), number};
}
} // namespace

void TestCli::refreshIsSilent()
{
    QCOMPARE(cli(linkArgs(QStringLiteral("+15550100006")) + server(), true).exitCode, 0);
    const int sms = int(m_sim.otps().size());
    const Run refresh = cli(QStringList{QStringLiteral("refresh"), QStringLiteral("+15550100006")} + server());
    QVERIFY2(refresh.exitCode == 0, refresh.err.constData());
    QVERIFY(!refresh.out.contains("OTP")); // no dialog with a valid token (§2.5.3)
    QCOMPARE(int(m_sim.otps().size()), sms);
    const QJsonObject params = m_sim.requests().last().toObject().value(QLatin1String("params")).toObject();
    QVERIFY(!params.value(QLatin1String("token")).toString().isEmpty());
}

void TestCli::refreshAfterRevokedTokenAsksForTheCode()
{
    m_sim.control(QStringLiteral("/_sim/revoke-token?identity=%2B15550100006"));
    const Run refresh = cli(QStringList{QStringLiteral("refresh"), QStringLiteral("+15550100006")} + server(), true);
    QVERIFY2(refresh.exitCode == 0, refresh.err.constData());
    QVERIFY(refresh.out.contains("OTP")); // §2.5.4: 511, then the first-time flow
}

void TestCli::nameConflictAsksForAName_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<Dialogue>("dialogue");
    QTest::addColumn<int>("expected");
    QTest::newRow("another name") << QStringLiteral("+15550100007")
                                  << Dialogue{{QByteArray("name"), QStringLiteral("Spare PC")},
                                              {QByteArray("OTP"), QStringLiteral("${OTP}")}} << 0;
    QTest::newRow("end of input") << QStringLiteral("+15550100005") << Dialogue{} << 8;
}

void TestCli::nameConflictAsksForAName()
{
    QFETCH(QString, number);
    QFETCH(Dialogue, dialogue);
    QFETCH(int, expected);
    const Run run = converse(linkArgs(number)
                                 + QStringList{QStringLiteral("--friendly-name"), QStringLiteral("Taken PC")}
                                 + server(),
                             dialogue);
    QCOMPARE(run.exitCode, expected);
    QVERIFY(run.out.contains("name"));
    QVERIFY(run.err.contains("Taken PC"));
}

void TestCli::serverMessage_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<Dialogue>("dialogue");
    QTest::addColumn<int>("expected");
    QTest::newRow("accept only: printed") << QStringLiteral("msg-accept") << Dialogue{} << 0;
    QTest::newRow("accept") << QStringLiteral("msg-accept-reject")
                            << Dialogue{{QByteArray("accept"), QStringLiteral("accept")}} << 0;
    QTest::newRow("reject") << QStringLiteral("msg-accept-reject")
                            << Dialogue{{QByteArray("accept"), QStringLiteral("reject")}} << 6;
}

void TestCli::serverMessage()
{
    QFETCH(QString, body);
    QFETCH(Dialogue, dialogue);
    QFETCH(int, expected);
    QCOMPARE(cli(linkArgs(QStringLiteral("+15550100008")) + server(), true).exitCode, 0);
    m_sim.control(QStringLiteral("/_sim/enqueue?status=200&body=") + body);
    const Run run = converse(QStringList{QStringLiteral("refresh"), QStringLiteral("+15550100008")} + server(),
                             dialogue);
    QCOMPARE(run.exitCode, expected);
    QVERIFY(run.out.contains("Terms"));
    QVERIFY(run.out.contains("https://example.com/terms"));
    const Run status = cli({QStringLiteral("status"), QStringLiteral("+15550100008"), QStringLiteral("--json")});
    const QString state = QJsonDocument::fromJson(status.out).object().value(QLatin1String("state")).toString();
    QCOMPARE(state, expected == 0 ? QStringLiteral("configured") : QStringLiteral("reset"));
}

void TestCli::busyServerIsWaitedFor()
{
    m_sim.control(QStringLiteral("/_sim/enqueue?status=503&retry_after=1"));
    // §4.2.1: only the active account is queried; use makes it active, then queries.
    const Run run = cli(QStringList{QStringLiteral("use"), QStringLiteral("+15550100006")} + server());
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.err.contains("waiting 1 second")); // it shows that it waits
}

void TestCli::unusableAnswerIsExit4()
{
    m_sim.control(QStringLiteral("/_sim/enqueue?status=200&body=html"));
    // §4.2.1: only the active account is queried; use makes it active, then queries.
    const Run run = cli(QStringList{QStringLiteral("use"), QStringLiteral("+15550100006")} + server());
    QCOMPARE(run.exitCode, 4);
    const Run status = cli({QStringLiteral("status"), QStringLiteral("+15550100006"), QStringLiteral("--json")});
    const QJsonObject json = QJsonDocument::fromJson(status.out).object();
    QCOMPARE(json.value(QLatin1String("state")).toString(), QStringLiteral("configured")); // kept
    QCOMPARE(json.value(QLatin1String("failures")).toInt(), 1);
}

void TestCli::permanentlyDisabledStopsRefresh()
{
    QCOMPARE(cli(linkArgs(QStringLiteral("+15550100009")) + server(), true).exitCode, 0);
    m_sim.control(QStringLiteral("/_sim/enqueue?status=200&body=disable-permanently"));
    const QStringList refresh = QStringList{QStringLiteral("refresh"), QStringLiteral("+15550100009")} + server();
    QCOMPARE(cli(refresh).exitCode, 5);
    const int requests = int(m_sim.requests().size());
    const Run again = cli(refresh);
    QCOMPARE(again.exitCode, 5);
    QVERIFY(again.err.contains("permanently")); // says why
    QCOMPARE(int(m_sim.requests().size()), requests); // and sends nothing
    const Run status = cli({QStringLiteral("status"), QStringLiteral("+15550100009"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(status.out).object().value(QLatin1String("state")).toString(),
             QStringLiteral("disabled-permanently"));
    // Table 4: linking the same identity again sends nothing either, and says why.
    const Run relink = cli(linkArgs(QStringLiteral("+15550100009")) + server());
    QCOMPARE(relink.exitCode, 5);
    QVERIFY(relink.err.contains("Reset the account"));
    QVERIFY(!relink.out.contains("OTP"));
    QCOMPARE(int(m_sim.requests().size()), requests);
    // Until the user resets the account: then a refresh asks again (first time: a new code).
    QCOMPARE(cli({QStringLiteral("reset"), QStringLiteral("+15550100009")}).exitCode, 0);
    forgetTextedCodes(); // the code texted when linking above is long ago by then
    const Run afterReset = cli(refresh, true);
    QVERIFY2(afterReset.exitCode == 0, afterReset.err.constData());
    QVERIFY(afterReset.out.contains("OTP"));
    const Run configured = cli({QStringLiteral("status"), QStringLiteral("+15550100009"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(configured.out).object().value(QLatin1String("state")).toString(),
             QStringLiteral("configured"));
}

void TestCli::dedicatedIdentity_data()
{
    QTest::addColumn<QString>("otp");
    QTest::addColumn<int>("expected");
    QTest::newRow("right code") << QStringLiteral("13572468") << 0;
    QTest::newRow("wrong code") << QStringLiteral("11111111") << 3;
    QTest::newRow("too long") << QStringLiteral("123456789") << 1;
}

void TestCli::dedicatedIdentity()
{
    QFETCH(QString, otp);
    QFETCH(int, expected);
    const Run run = cli(QStringList{QStringLiteral("link"), QStringLiteral("--sip-uri"),
                                    QStringLiteral("sip:device@example.com"), QStringLiteral("--otp"), otp}
                        + server());
    QCOMPARE(run.exitCode, expected);
    QVERIFY(!run.out.contains("OTP (")); // never prompts: the code came out of band (§2.6)
}

void TestCli::nationalNumberNeedsTheOperatorsCountry()
{
    // Without an operator the country is unknown: refused, nothing sent.
    const int before = int(m_sim.requests().size());
    const Run alone = cli(linkArgs(QStringLiteral("07700 900123")) + server());
    QCOMPARE(alone.exitCode, 1);
    QCOMPARE(int(m_sim.requests().size()), before);
    // With a UK operator (MCC 234) it is read as +44 7700 900123 (acs-sim does not know it: 403).
    const Run withOperator = cli(linkArgs(QStringLiteral("07700 900123"))
                                 + QStringList{QStringLiteral("--operator"), QStringLiteral("23415")} + server());
    QCOMPARE(withOperator.exitCode, 2);
    const QJsonObject params = m_sim.requests().last().toObject().value(QLatin1String("params")).toObject();
    QCOMPARE(params.value(QLatin1String("msisdn")).toString(), QStringLiteral("+447700900123"));
}

void TestCli::accountsListsEveryAccount()
{
    const Run run = cli({QStringLiteral("accounts"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    const QString active = json.value(QLatin1String("active")).toString();
    QVERIFY(!active.isEmpty());
    const QJsonArray accounts = json.value(QLatin1String("accounts")).toArray();
    QVERIFY(accounts.size() >= 4);
    int actives = 0;
    QStringList names;
    for (const QJsonValue &value : accounts) {
        const QJsonObject account = value.toObject();
        QVERIFY(account.contains(QLatin1String("identity")));
        QVERIFY(!account.value(QLatin1String("state")).toString().isEmpty());
        names << account.value(QLatin1String("account")).toString();
        if (account.value(QLatin1String("active")).toBool()) {
            ++actives;
            QCOMPARE(account.value(QLatin1String("account")).toString(), active);
        }
    }
    QCOMPARE(actives, 1);
    QVERIFY(names.contains(QStringLiteral("+15550100001")));
    QVERIFY(names.contains(QStringLiteral("sip:device@example.com")));
    const Run human = cli({QStringLiteral("accounts")});
    QVERIFY(human.out.contains(QByteArray(QByteArray("* ") + active.toUtf8()))); // marks the active one
}

void TestCli::useSwitchesAndQueriesSilently()
{
    const int sms = int(m_sim.otps().size());
    const Run run = cli(QStringList{QStringLiteral("use"), QStringLiteral("+15550100006")} + server());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(!run.out.contains("OTP"));
    QCOMPARE(int(m_sim.otps().size()), sms);
    const QJsonObject last = m_sim.requests().last().toObject();
    QCOMPARE(last.value(QLatin1String("params")).toObject().value(QLatin1String("msisdn")).toString(),
             QStringLiteral("+15550100006"));
    QVERIFY(!last.value(QLatin1String("params")).toObject().value(QLatin1String("token")).toString().isEmpty());
    const Run status = cli({QStringLiteral("status"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(status.out).object().value(QLatin1String("account")).toString(),
             QStringLiteral("+15550100006"));
    QCOMPARE(cli({QStringLiteral("use"), QStringLiteral("+15550100042")}).exitCode, 1);
}

void TestCli::resetThenLinkRestoresTheBackup()
{
    const QStringList status = {QStringLiteral("status"), QStringLiteral("+15550100006"), QStringLiteral("--json")};
    const int version = QJsonDocument::fromJson(cli(status).out).object().value(QLatin1String("version")).toInt();
    QVERIFY(version > 0);
    QCOMPARE(cli({QStringLiteral("reset"), QStringLiteral("+15550100006")}).exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(cli(status).out).object().value(QLatin1String("state")).toString(),
             QStringLiteral("unconfigured"));
    // Linking the same identity again restores the still-valid backup: no request, no SMS.
    const int requests = int(m_sim.requests().size());
    const Run link = cli(linkArgs(QStringLiteral("+15550100006")) + server());
    QCOMPARE(link.exitCode, 0);
    QVERIFY(link.out.contains("Restored"));
    QCOMPARE(int(m_sim.requests().size()), requests);
    const QJsonObject after = QJsonDocument::fromJson(cli(status).out).object();
    QCOMPARE(after.value(QLatin1String("state")).toString(), QStringLiteral("configured"));
    QCOMPARE(after.value(QLatin1String("version")).toInt(), version);
}

void TestCli::resetThenUseRestoresTheBackup()
{
    // §4.2.1: coming back to a reset account with use restores its still-valid backup and
    // queries silently with its token: no SMS.
    const QString account = QStringLiteral("+15550100006");
    const QStringList status = {QStringLiteral("status"), account, QStringLiteral("--json")};
    QCOMPARE(cli(QStringList{QStringLiteral("use"), QStringLiteral("+15550100001")} + server()).exitCode, 0);
    QCOMPARE(cli({QStringLiteral("reset"), account}).exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(cli(status).out).object().value(QLatin1String("state")).toString(),
             QStringLiteral("unconfigured"));
    const int sms = int(m_sim.otps().size());
    const Run use = cli(QStringList{QStringLiteral("use"), account} + server());
    QVERIFY2(use.exitCode == 0, use.err.constData());
    QVERIFY(use.out.contains("Restored"));
    QVERIFY(!use.out.contains("OTP"));
    QCOMPARE(int(m_sim.otps().size()), sms);
    QCOMPARE(QJsonDocument::fromJson(cli(status).out).object().value(QLatin1String("state")).toString(),
             QStringLiteral("configured"));
}

void TestCli::removeLeavesNothingBehind()
{
    const QString account = QStringLiteral("+15550100006");
    QCOMPARE(cli({QStringLiteral("remove"), account}).exitCode, 0);
    const Run list = cli({QStringLiteral("accounts"), QStringLiteral("--json")});
    QVERIFY(!list.out.contains(account.toUtf8()));
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"), {QStringLiteral("search"), QStringLiteral("--all"),
                                               QStringLiteral("server"), QStringLiteral("org.spdc.spdc")});
    QVERIFY(tool.waitForFinished(10000));
    const QByteArray items = tool.readAllStandardOutput() + tool.readAllStandardError();
    QVERIFY(items.contains("attribute.user = +15550100001/")); // others remain
    QVERIFY(!items.contains(QByteArray(QByteArray("attribute.user = ") + account.toUtf8() + '/')));
    QCOMPARE(cli({QStringLiteral("remove"), account}).exitCode, 1); // gone
}

void TestCli::dedicatedAccountRefreshAfterRevokedTokenIsExit3()
{
    const QString uri = QStringLiteral("sip:device@example.com");
    QCOMPARE(cli(QStringList{QStringLiteral("link"), QStringLiteral("--sip-uri"), uri,
                             QStringLiteral("--otp"), QStringLiteral("13572468")} + server()).exitCode, 0);
    // §2.6.1: a refresh uses the token, with OTP present and empty (Table 14).
    const QStringList refresh = QStringList{QStringLiteral("refresh"), uri} + server();
    const Run silent = cli(refresh);
    QVERIFY2(silent.exitCode == 0, silent.err.constData());
    const QJsonObject params = m_sim.requests().last().toObject().value(QLatin1String("params")).toObject();
    QVERIFY(params.contains(QLatin1String("OTP")));
    QCOMPARE(params.value(QLatin1String("OTP")).toString(), QString());
    // §2.6.2: a 511 to its token: exit 3, a new code from the provider; the configuration stays.
    m_sim.control(QStringLiteral("/_sim/revoke-token?identity=sip:device@example.com"));
    const int requests = int(m_sim.requests().size());
    const Run revoked = cli(refresh);
    QCOMPARE(revoked.exitCode, 3);
    QVERIFY(revoked.err.contains("new code from your provider"));
    QVERIFY(!revoked.out.contains("OTP ("));
    QCOMPARE(int(m_sim.requests().size()), requests + 1);
    const QJsonObject status = QJsonDocument::fromJson(
        cli({QStringLiteral("status"), uri, QStringLiteral("--json")}).out).object();
    QVERIFY(status.value(QLatin1String("version")).toInt() > 0);
    QCOMPARE(status.value(QLatin1String("token_present")).toBool(), false);
}

void TestCli::corpusVersion13EndToEnd()
{
    // A real document (corpus 03: version 13, an Accept-only message) served by acs-sim.
    const QString path = QStringLiteral(SPDC_CORPUS_DIR "/03-rcsjta-v3-test-template-spaced.xml");
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    AcsSimProcess sim;
    QVERIFY(sim.start({QStringLiteral("--document"), path, QStringLiteral("--dedicated"),
                       QStringLiteral("sip:corpus@example.com=24682468")}));
    const QString uri = QStringLiteral("sip:corpus@example.com");
    const Run link = cli({QStringLiteral("link"), QStringLiteral("--sip-uri"), uri, QStringLiteral("--otp"),
                          QStringLiteral("24682468"), QStringLiteral("--server"), sim.url().toString(),
                          QStringLiteral("--ca-file"), sim.caFile()});
    QVERIFY2(link.exitCode == 0, link.err.constData());
    QVERIFY(link.out.contains("Welcome to RCS service!")); // the message is printed
    const QJsonObject status = QJsonDocument::fromJson(
        cli({QStringLiteral("status"), uri, QStringLiteral("--json")}).out).object();
    QCOMPARE(status.value(QLatin1String("version")).toInt(), 13);
    QCOMPARE(status.value(QLatin1String("state")).toString(), QStringLiteral("configured"));
    const Run xml = cli({QStringLiteral("show"), uri, QStringLiteral("--xml")});
    QCOMPARE(xml.exitCode, 0);
    QCOMPARE(xml.out, bytes); // byte for byte as the file
}

void TestCli::forbiddenOnALinkedAccountIsExit2()
{
    const QString number = QStringLiteral("+15550100002");
    QCOMPARE(cli(linkArgs(number) + server(), true).exitCode, 0);
    m_sim.control(QStringLiteral("/_sim/enqueue?status=403"));
    const Run run = cli(QStringList{QStringLiteral("refresh"), number} + server());
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(number.toUtf8()));
    // §2.5.2: the configuration is removed and the version set to 0.
    const QJsonObject status = QJsonDocument::fromJson(
        cli({QStringLiteral("status"), number, QStringLiteral("--json")}).out).object();
    QCOMPARE(status.value(QLatin1String("version")).toInt(), 0);
    QCOMPARE(status.value(QLatin1String("token_present")).toBool(), false);
    QCOMPARE(cli({QStringLiteral("show"), number, QStringLiteral("--xml")}).out, QByteArray());
}

void TestCli::failedAttemptsAreExit4_data()
{
    QTest::addColumn<QString>("enqueue");
    QTest::addColumn<QString>("serverOverride");
    QTest::newRow("500") << QStringLiteral("status=500") << QString();
    QTest::newRow("redirect") << QStringLiteral("status=302&location=https://example.com/") << QString();
    QTest::newRow("connection refused") << QString() << QStringLiteral("https://127.0.0.1:1/");
}

void TestCli::failedAttemptsAreExit4()
{
    QFETCH(QString, enqueue);
    QFETCH(QString, serverOverride);
    const QString number = QStringLiteral("+15550100003");
    const QStringList status = {QStringLiteral("status"), number, QStringLiteral("--json")};
    if (QJsonDocument::fromJson(cli(status).out).object().value(QLatin1String("version")).toInt() <= 0)
        QCOMPARE(cli(linkArgs(number) + server(), true).exitCode, 0);
    const int failures = QJsonDocument::fromJson(cli(status).out).object().value(QLatin1String("failures")).toInt();
    if (!enqueue.isEmpty())
        m_sim.control(QStringLiteral("/_sim/enqueue?") + enqueue);
    const QStringList where = serverOverride.isEmpty()
        ? server()
        : QStringList{QStringLiteral("--server"), serverOverride, QStringLiteral("--ca-file"), m_sim.caFile()};
    const Run run = cli(QStringList{QStringLiteral("refresh"), number} + where);
    QCOMPARE(run.exitCode, 4);
    QVERIFY(!run.err.isEmpty());
    const QJsonObject after = QJsonDocument::fromJson(cli(status).out).object();
    QCOMPARE(after.value(QLatin1String("state")).toString(), QStringLiteral("configured")); // kept
    QCOMPARE(after.value(QLatin1String("failures")).toInt(), failures + 1);
}

void TestCli::disablingAnswersAreExit5_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("state");
    QTest::newRow("0: reset") << QStringLiteral("reset") << QStringLiteral("reset");
    QTest::newRow("-2: until the user asks") << QStringLiteral("disable-until-user")
                                             << QStringLiteral("disabled-until-user");
    QTest::newRow("-3: dormant") << QStringLiteral("dormant") << QStringLiteral("dormant");
}

void TestCli::disablingAnswersAreExit5()
{
    QFETCH(QString, body);
    QFETCH(QString, state);
    const QString number = QStringLiteral("+15550100005");
    QCOMPARE(cli(linkArgs(number) + server(), true).exitCode, 0);
    m_sim.control(QStringLiteral("/_sim/enqueue?status=200&body=") + body);
    const Run run = cli(QStringList{QStringLiteral("refresh"), number} + server());
    QCOMPARE(run.exitCode, 5);
    QVERIFY(run.err.contains("switched off") || run.err.contains("paused"));
    const QJsonObject status = QJsonDocument::fromJson(
        cli({QStringLiteral("status"), number, QStringLiteral("--json")}).out).object();
    QCOMPARE(status.value(QLatin1String("state")).toString(), state);
}

void TestCli::visibleSmsSaysLookAtYourPhone()
{
    AcsSimProcess sim;
    QVERIFY(sim.start({QStringLiteral("--policy-sms-port"), QStringLiteral("0")}));
    const Run run = cli({QStringLiteral("link"), QStringLiteral("--msisdn"), QStringLiteral("+15550100007"),
                         QStringLiteral("--server"), sim.url().toString(), QStringLiteral("--ca-file"),
                         sim.caFile()});
    QVERIFY(run.err.contains("Look at your phone")); // SMS_port=0: a visible text message
    QVERIFY(run.out.contains("OTP"));
    QCOMPARE(run.exitCode, 1); // then no code was typed
}

void TestCli::linkTwiceQuicklyTextsOneCode()
{
    // Each first request makes the operator text a paid SMS: a second `link` right after the
    // first (here the first one was left at the code prompt) sends nothing and says how long.
    const QString number = QStringLiteral("+15550100004"); // never linked: no token to use
    const int sms = int(m_sim.otps().size());
    const Run first = cli(linkArgs(number) + server());
    QCOMPARE(first.exitCode, 1); // end of input at the code prompt
    QCOMPARE(int(m_sim.otps().size()), sms + 1);
    const int requests = int(m_sim.requests().size());

    const Run second = cli(linkArgs(number) + server(), true);
    QCOMPARE(second.exitCode, 1);
    QVERIFY2(second.err.contains("A new code can be sent in"), second.err.constData());
    QVERIFY(!second.out.contains("OTP"));
    QCOMPARE(int(m_sim.otps().size()), sms + 1);
    QCOMPARE(int(m_sim.requests().size()), requests);

    // Another identity is not held back.
    const Run other = cli(QStringList{QStringLiteral("link"), QStringLiteral("--sip-uri"),
                                      QStringLiteral("sip:bob@example.com")} + server());
    QCOMPARE(other.exitCode, 1);
    QCOMPARE(int(m_sim.otps().size()), sms + 2);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
