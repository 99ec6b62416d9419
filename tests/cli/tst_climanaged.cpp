#include "AcsSimProcess.h"
#include "CliProcess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// spdc-cli under an organisation's settings. The IT department's files live in a temporary
// /etc/xdg that XDG_CONFIG_DIRS names (QSettings' system scope, where Settings() reads
// policy.conf and spdc.conf).
class TestCliManaged : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void customServerNotAllowedStillTakesAnOperator();
    void refreshAndUseRefuseAManagedServer();
    void refreshTrustsTheManagedCa();
    void lockedCaFileRefusesCaFile();
    void userSettingsSitBelowPolicy();

private:
    using Run = CliRun;
    Run cli(const QStringList &arguments, bool answerOtp = false);
    void writePolicy(const QByteArray &text);
    QStringList server() const
    {
        return {QStringLiteral("--server"), m_sim.url().toString(), QStringLiteral("--ca-file"),
                m_sim.caFile()};
    }
    // Links an identity of acs-sim with nothing managed; the policy is written afterwards.
    void link(const QString &msisdn);
    QString activeAccount();

    QTemporaryDir m_home;
    QTemporaryDir m_xdg;
    AcsSimProcess m_sim;
};

void TestCliManaged::initTestCase()
{
    QVERIFY(m_sim.start());
    QVERIFY(QDir(m_xdg.path()).mkpath(QStringLiteral("spdc")));
}

void TestCliManaged::init()
{
    QFile::remove(m_xdg.filePath(QStringLiteral("spdc/policy.conf")));
    QFile::remove(m_xdg.filePath(QStringLiteral("spdc/spdc.conf")));
}

void TestCliManaged::writePolicy(const QByteArray &text)
{
    QFile file(m_xdg.filePath(QStringLiteral("spdc/policy.conf")));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text);
}

TestCliManaged::Run TestCliManaged::cli(const QStringList &arguments, bool answerOtp)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral(".config")));
    env.insert(QStringLiteral("XDG_CONFIG_DIRS"), m_xdg.path());
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    CliDialogue dialogue;
    if (answerOtp)
        dialogue.append({QByteArray("OTP"), QStringLiteral("${OTP}")});
    return runCli(QStringLiteral(SPDC_CLI_PATH), arguments, env, dialogue, m_sim, 60000);
}

void TestCliManaged::link(const QString &msisdn)
{
    const Run run = cli(QStringList{QStringLiteral("link"), QStringLiteral("--msisdn"), msisdn}
                            + server(),
                        true);
    QVERIFY2(run.exitCode == 0, run.err.constData());
}

QString TestCliManaged::activeAccount()
{
    const Run status = cli({QStringLiteral("status"), QStringLiteral("--json")});
    return QJsonDocument::fromJson(status.out).object().value(QLatin1String("account")).toString();
}

void TestCliManaged::customServerNotAllowedStillTakesAnOperator()
{
    writePolicy("[server]\nallowCustom=false\n");
    // The preset is read from the temporary /etc/xdg.
    const Run settings = cli({QStringLiteral("settings"), QStringLiteral("--json")});
    QVERIFY(settings.out.contains(m_xdg.filePath(QStringLiteral("spdc/policy.conf")).toUtf8()));

    const Run custom = cli(QStringList{QStringLiteral("link"), QStringLiteral("--msisdn"),
                                       QStringLiteral("+15550100001")} + server());
    QCOMPARE(custom.exitCode, 1);
    QVERIFY2(custom.err.contains("organisation"), custom.err.constData());
    QVERIFY(m_sim.requests().isEmpty());

    // An operator is no custom server: accepted, also over an installer default operator, and
    // the operator's server is asked (which does not exist for the test network 999-01: a
    // network error, not a refusal).
    QFile defaults(m_xdg.filePath(QStringLiteral("spdc/spdc.conf")));
    QVERIFY(defaults.open(QIODevice::WriteOnly));
    defaults.write("[server]\noperator=23415\n");
    defaults.close();
    const Run byOperator = cli({QStringLiteral("link"), QStringLiteral("--msisdn"),
                                QStringLiteral("+15550100001"), QStringLiteral("--operator"),
                                QStringLiteral("99901")});
    QVERIFY2(!byOperator.err.contains("organisation"), byOperator.err.constData());
    QCOMPARE(byOperator.exitCode, 4);
}

void TestCliManaged::refreshAndUseRefuseAManagedServer()
{
    link(QStringLiteral("+15550100002"));
    link(QStringLiteral("+15550100003"));
    QCOMPARE(activeAccount(), QStringLiteral("+15550100003"));
    const qsizetype requests = m_sim.requests().size();

    for (const QByteArray &policy : {QByteArray("[server]\nallowCustom=false\n"),
                                     QByteArray("[server]\noperator=23415\n")}) {
        writePolicy(policy);
        const Run refresh = cli(QStringList{QStringLiteral("refresh")} + server());
        QCOMPARE(refresh.exitCode, 1);
        QVERIFY2(refresh.err.contains("managed by your organisation")
                     || refresh.err.contains("does not allow"),
                 refresh.err.constData());
        const Run use = cli(QStringList{QStringLiteral("use"), QStringLiteral("+15550100002")}
                            + server());
        QCOMPARE(use.exitCode, 1);
        // Refused before anything changed: nothing sent, the active account kept.
        QCOMPARE(m_sim.requests().size(), requests);
        QCOMPARE(activeAccount(), QStringLiteral("+15550100003"));
    }
    // Without --server the account's own server is asked, as before.
    const Run plain = cli({QStringLiteral("refresh"), QStringLiteral("--ca-file"), m_sim.caFile()});
    QVERIFY2(plain.exitCode == 0, plain.err.constData());
    QCOMPARE(m_sim.requests().size(), requests + 1);
}

void TestCliManaged::refreshTrustsTheManagedCa()
{
    link(QStringLiteral("+15550100004"));
    // Without a CA the simulator's certificate is untrusted...
    QCOMPARE(cli({QStringLiteral("refresh")}).exitCode, 4);
    // ...the organisation's CA file (a TLS-inspection root, say) is trusted by refresh and use
    // as it is by link.
    writePolicy("[tls]\nextraCaFile=" + m_sim.caFile().toUtf8() + "\n");
    const Run refresh = cli({QStringLiteral("refresh")});
    QVERIFY2(refresh.exitCode == 0, refresh.err.constData());
    const Run use = cli({QStringLiteral("use"), QStringLiteral("+15550100004")});
    QVERIFY2(use.exitCode == 0, use.err.constData());
}

void TestCliManaged::lockedCaFileRefusesCaFile()
{
    link(QStringLiteral("+15550100005"));
    writePolicy("[tls]\nextraCaFile=" + m_sim.caFile().toUtf8() + "\n");
    const qsizetype requests = m_sim.requests().size();
    for (const QString &command : {QStringLiteral("refresh"), QStringLiteral("use")}) {
        QStringList arguments{command};
        if (command == QLatin1String("use"))
            arguments << QStringLiteral("+15550100005");
        const Run run = cli(arguments + QStringList{QStringLiteral("--ca-file"), m_sim.caFile()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("managed by your organisation"), run.err.constData());
    }
    QCOMPARE(m_sim.requests().size(), requests);
}

void TestCliManaged::userSettingsSitBelowPolicy()
{
    // The user's own layer: set with `settings set`, used by link, dropped with `settings reset`.
    const Run set = cli({QStringLiteral("settings"), QStringLiteral("set"),
                         QStringLiteral("device/type"), QStringLiteral("Tablet")});
    QVERIFY2(set.exitCode == 0, set.err.constData());
    QVERIFY2(set.out.contains("device/type = Tablet (user)"), set.out.constData());
    const qsizetype before = m_sim.requests().size();
    link(QStringLiteral("+15550100006"));
    // The first request of the link (the second carries only the OTP).
    const QJsonObject params =
        m_sim.requests().at(before).toObject().value(QLatin1String("params")).toObject();
    QCOMPARE(params.value(QLatin1String("msisdn")).toString(), QStringLiteral("+15550100006"));
    QCOMPARE(params.value(QLatin1String("device_type")).toString(), QStringLiteral("Tablet"));

    // Invalid values and unknown keys are refused and change nothing.
    const Run invalid = cli({QStringLiteral("settings"), QStringLiteral("set"),
                             QStringLiteral("device/type"), QStringLiteral("Laptop")});
    QCOMPARE(invalid.exitCode, 1);
    QVERIFY2(invalid.err.contains("PC, Tablet or Other"), invalid.err.constData());
    const Run unknown = cli({QStringLiteral("settings"), QStringLiteral("set"),
                             QStringLiteral("device/colour"), QStringLiteral("blue")});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains("device/type"), unknown.err.constData());
    const auto effective = [this](const QString &key) -> QString {
        const QJsonArray entries = QJsonDocument::fromJson(
            cli({QStringLiteral("settings"), QStringLiteral("--json")}).out)
                                       .object().value(QLatin1String("settings")).toArray();
        for (const QJsonValue &entry : entries) {
            if (entry[QLatin1String("key")].toString() == key)
                return entry[QLatin1String("value")].toString() + u'/'
                    + entry[QLatin1String("source")].toString();
        }
        return QString();
    };
    QCOMPARE(effective(QStringLiteral("device/type")), QStringLiteral("Tablet/user"));
    // A CA file that cannot be read is refused at once, not at the next link.
    const Run missingCa = cli({QStringLiteral("settings"), QStringLiteral("set"),
                               QStringLiteral("tls/extraCaFile"),
                               m_home.filePath(QStringLiteral("no-such-ca.pem"))});
    QCOMPARE(missingCa.exitCode, 1);
    QVERIFY2(missingCa.err.contains("Cannot read the CA file"), missingCa.err.constData());
    QCOMPARE(effective(QStringLiteral("tls/extraCaFile")), QStringLiteral("/built-in"));
    const Run goodCa = cli({QStringLiteral("settings"), QStringLiteral("set"),
                            QStringLiteral("tls/extraCaFile"), m_sim.caFile()});
    QVERIFY2(goodCa.exitCode == 0, goodCa.err.constData());
    QCOMPARE(effective(QStringLiteral("tls/extraCaFile")), m_sim.caFile() + QStringLiteral("/user"));
    QCOMPARE(cli({QStringLiteral("settings"), QStringLiteral("reset"),
                  QStringLiteral("tls/extraCaFile")}).exitCode, 0);

    // A key the organisation set is locked: the user's value is refused.
    writePolicy("[device]\ntype=Other\n");
    const Run locked = cli({QStringLiteral("settings"), QStringLiteral("set"),
                            QStringLiteral("device/type"), QStringLiteral("PC")});
    QCOMPARE(locked.exitCode, 1);
    QVERIFY2(locked.err.contains("managed by your organisation"), locked.err.constData());
    QCOMPARE(effective(QStringLiteral("device/type")), QStringLiteral("Other/policy"));

    init(); // no policy
    const Run reset = cli({QStringLiteral("settings"), QStringLiteral("reset"),
                           QStringLiteral("device/type")});
    QVERIFY2(reset.exitCode == 0, reset.err.constData());
    QCOMPARE(effective(QStringLiteral("device/type")), QStringLiteral("PC/built-in"));
}

QTEST_GUILESS_MAIN(TestCliManaged)
#include "tst_climanaged.moc"
