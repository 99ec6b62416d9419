#include "AccountIndex.h"
#include "Settings.h"

#include <QFile>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace spdc;

using Key = Settings::Key;
using Source = Settings::Source;

Q_DECLARE_METATYPE(Settings::Key)
Q_DECLARE_METATYPE(Settings::Source)

// The settings an IT department presets: policy > user > installer defaults > built-in, locked
// keys the user cannot change, and presets that are wrong rejected loudly instead of used.
class TestSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();

    void builtInDefaults();
    void precedence_data();
    void precedence();
    void lockedKeyRefusesUserWrite_data();
    void lockedKeyRefusesUserWrite();
    void explicitLockFlag_data();
    void explicitLockFlag();
    void validation_data();
    void validation();
    void unknownDeviceTypeInPresetFallsBackToBuiltIn();
    void invalidPolicyValueStillLocks();
    void serverUrlAndOperatorAreOneChoice();
    void customServerNotAllowed();
    void serverChoice_data();
    void serverChoice();
    void managedExtraCa();
    void userValuesLiveBesideTheAccountIndex();
    void unquotedCommaInPreset();
    void problemsNameTheFileAndKey();
    void typedAccessors();
    void examplePresetsAreValid_data();
    void examplePresetsAreValid();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    static void writeFile(const QString &file, const QByteArray &text);
    // "[device]\ntype=Tablet\n" from ("device/type", "Tablet"): how an admin writes a preset.
    static QByteArray iniEntry(const QString &key, const QString &value);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSettings::writeFile(const QString &file, const QByteArray &text)
{
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(text);
}

QByteArray TestSettings::iniEntry(const QString &key, const QString &value)
{
    const qsizetype slash = key.lastIndexOf(u'/');
    QString section = key.left(slash);
    section.replace(u'/', u'\\');
    return "[" + section.toUtf8() + "]\n" + key.mid(slash + 1).toUtf8() + "=" + value.toUtf8()
        + "\n";
}

void TestSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSettings::builtInDefaults()
{
    const Settings settings(path(QStringLiteral("policy.conf")), path(QStringLiteral("user.conf")),
                            path(QStringLiteral("spdc.conf")));
    QCOMPARE(settings.value(Key::ServerUrl), QVariant(QString()));
    QCOMPARE(settings.value(Key::ServerOperator), QVariant(QString()));
    QCOMPARE(settings.value(Key::AllowCustomServer), QVariant(true));
    QCOMPARE(settings.value(Key::ExtraCaFile), QVariant(QString()));
    QCOMPARE(settings.value(Key::DeviceType), QVariant(QStringLiteral("PC")));
    QCOMPARE(settings.value(Key::FriendlyName), QVariant(QString()));
    QCOMPARE(settings.value(Key::AllowAddAccounts), QVariant(true));
    for (const Settings::KeyInfo &info : Settings::keys()) {
        QCOMPARE(settings.source(info.key), Source::BuiltIn);
        QVERIFY(!settings.isLocked(info.key));
        QVERIFY(info.lockable);
    }
    QVERIFY(!settings.server());
    QVERIFY(settings.problems().isEmpty());
}

void TestSettings::precedence_data()
{
    QTest::addColumn<Key>("key");
    // Absent from a layer: a null QString.
    QTest::addColumn<QString>("policy");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("defaults");
    QTest::addColumn<QVariant>("expected");
    QTest::addColumn<Source>("source");
    QTest::addColumn<bool>("locked");

    struct Samples
    {
        Key key;
        QString policy, user, defaults;
        QVariant policyValue, userValue, defaultsValue, builtIn;
    };
    const QList<Samples> samples = {
        {Key::ServerUrl, QStringLiteral("https://policy.example.net/"),
         QStringLiteral("https://user.example.net/"), QStringLiteral("https://defaults.example.net"),
         QStringLiteral("https://policy.example.net/"), QStringLiteral("https://user.example.net/"),
         QStringLiteral("https://defaults.example.net/"), QString()},
        {Key::ServerOperator, QStringLiteral("23415"), QStringLiteral("310260"),
         QStringLiteral("262-01"), QStringLiteral("23415"), QStringLiteral("310260"),
         QStringLiteral("26201"), QString()},
        {Key::AllowCustomServer, QStringLiteral("false"), QStringLiteral("false"),
         QStringLiteral("0"), false, false, false, true},
        {Key::ExtraCaFile, QStringLiteral("/etc/ssl/policy-ca.pem"),
         QStringLiteral("/home/alice/ca.pem"), QStringLiteral("/etc/ssl/defaults-ca.pem"),
         QStringLiteral("/etc/ssl/policy-ca.pem"), QStringLiteral("/home/alice/ca.pem"),
         QStringLiteral("/etc/ssl/defaults-ca.pem"), QString()},
        {Key::DeviceType, QStringLiteral("Other"), QStringLiteral("Tablet"), QStringLiteral("Other"),
         QStringLiteral("Other"), QStringLiteral("Tablet"), QStringLiteral("Other"),
         QStringLiteral("PC")},
        {Key::FriendlyName, QStringLiteral("Fleet laptop"), QStringLiteral("Alice's laptop"),
         QStringLiteral("Office PC"), QStringLiteral("Fleet laptop"),
         QStringLiteral("Alice's laptop"), QStringLiteral("Office PC"), QString()},
        {Key::AllowAddAccounts, QStringLiteral("no"), QStringLiteral("false"),
         QStringLiteral("off"), false, false, false, true},
    };
    const QString none;
    for (const Samples &s : samples) {
        const QByteArray name = Settings::info(s.key).name.toUtf8();
        const auto row = [&name](const char *what) -> QTestData & {
            return QTest::newRow(QByteArray(name + what).constData());
        };
        row(": nothing set") << s.key << none << none << none << s.builtIn
                                              << Source::BuiltIn << false;
        row(": installer default") << s.key << none << none << s.defaults
                                                    << s.defaultsValue << Source::InstallerDefault
                                                    << false;
        row(": user over default") << s.key << none << s.user << s.defaults
                                                    << s.userValue << Source::User << false;
        row(": user alone") << s.key << none << s.user << none << s.userValue
                                             << Source::User << false;
        row(": policy over all") << s.key << s.policy << s.user << s.defaults
                                                  << s.policyValue << Source::Policy << true;
        row(": policy alone") << s.key << s.policy << none << none
                                               << s.policyValue << Source::Policy << true;
    }
}

void TestSettings::precedence()
{
    QFETCH(Key, key);
    QFETCH(QString, policy);
    QFETCH(QString, user);
    QFETCH(QString, defaults);
    QFETCH(QVariant, expected);
    QFETCH(Source, source);
    QFETCH(bool, locked);

    const QString name = Settings::info(key).name;
    if (!policy.isNull())
        writeFile(path(QStringLiteral("policy.conf")), iniEntry(name, policy));
    if (!defaults.isNull())
        writeFile(path(QStringLiteral("spdc.conf")), iniEntry(name, defaults));
    if (!user.isNull()) {
        // Written the way the app writes it.
        Settings writer(QString(), path(QStringLiteral("user.conf")), QString());
        QVERIFY(writer.setUserValue(key, user));
        QVERIFY(writer.sync());
    }

    const Settings settings(path(QStringLiteral("policy.conf")), path(QStringLiteral("user.conf")),
                            path(QStringLiteral("spdc.conf")));
    QCOMPARE(settings.value(key), expected);
    QCOMPARE(settings.source(key), source);
    QCOMPARE(settings.isLocked(key), locked);
    QVERIFY2(settings.problems().isEmpty(), qPrintable(settings.problems().join(u'\n')));
}

void TestSettings::lockedKeyRefusesUserWrite_data()
{
    QTest::addColumn<Key>("key");
    QTest::addColumn<QString>("policy");
    QTest::addColumn<QVariant>("attempt");

    QTest::newRow("server/url") << Key::ServerUrl << "https://config.example.net/"
                                << QVariant(QStringLiteral("https://evil.example.org/"));
    QTest::newRow("server/operator") << Key::ServerOperator << "23415"
                                     << QVariant(QStringLiteral("310260"));
    QTest::newRow("server/url locked by operator") << Key::ServerUrl << "23415"
                                                   << QVariant(QStringLiteral("https://a.example/"));
    QTest::newRow("server/allowCustom") << Key::AllowCustomServer << "false" << QVariant(true);
    QTest::newRow("tls/extraCaFile") << Key::ExtraCaFile << "/etc/ssl/corp.pem"
                                     << QVariant(QStringLiteral("/tmp/other.pem"));
    QTest::newRow("device/type") << Key::DeviceType << "Tablet" << QVariant(QStringLiteral("PC"));
    QTest::newRow("device/friendlyName") << Key::FriendlyName << "Kiosk"
                                         << QVariant(QStringLiteral("Mine"));
    QTest::newRow("accounts/allowAdd") << Key::AllowAddAccounts << "false" << QVariant(true);
}

void TestSettings::lockedKeyRefusesUserWrite()
{
    QFETCH(Key, key);
    QFETCH(QString, policy);
    QFETCH(QVariant, attempt);

    // The "locked by operator" row: locking server/operator locks server/url with it.
    const QString policyKey = QString::fromUtf8(QTest::currentDataTag()).contains(
                                  QLatin1String("by operator"))
        ? QStringLiteral("server/operator")
        : Settings::info(key).name;
    writeFile(path(QStringLiteral("policy.conf")), iniEntry(policyKey, policy));
    Settings settings(path(QStringLiteral("policy.conf")), path(QStringLiteral("user.conf")),
                      QString());
    const QVariant before = settings.value(key);
    QVERIFY(settings.isLocked(key));

    const Status written = settings.setUserValue(key, attempt);
    QVERIFY(!written);
    QCOMPARE(written.error().code, ErrorCode::InvalidInput);
    QVERIFY(written.error().userMessage.contains(QLatin1String("managed by your organisation")));
    QVERIFY(settings.sync());
    QCOMPARE(settings.value(key), before);
    // Nothing reached the user's file.
    QSettings userFile(path(QStringLiteral("user.conf")), QSettings::IniFormat);
    QVERIFY(userFile.allKeys().isEmpty());
}

void TestSettings::explicitLockFlag_data()
{
    QTest::addColumn<QByteArray>("defaults");
    QTest::addColumn<QByteArray>("policy");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<Source>("source");
    QTest::addColumn<bool>("locked");

    // The user's own value is always "Other".
    QTest::newRow("flag locks the installer default")
        << QByteArray("[device]\ntype=Tablet\n[locked]\ndevice\\type=true\n") << QByteArray()
        << "Tablet" << Source::InstallerDefault << true;
    QTest::newRow("flag written with a slash")
        << QByteArray("[device]\ntype=Tablet\n[locked]\ndevice/type=1\n") << QByteArray()
        << "Tablet" << Source::InstallerDefault << true;
    QTest::newRow("flag without a default locks the built-in value")
        << QByteArray("[locked]\ndevice\\type=true\n") << QByteArray() << "PC" << Source::BuiltIn
        << true;
    QTest::newRow("flag in the policy file") << QByteArray("[device]\ntype=Tablet\n")
                                             << QByteArray("[locked]\ndevice\\type=yes\n")
                                             << "Tablet" << Source::InstallerDefault << true;
    QTest::newRow("false flag: not locked")
        << QByteArray("[device]\ntype=Tablet\n[locked]\ndevice\\type=false\n") << QByteArray()
        << "Other" << Source::User << false;
    QTest::newRow("default without flag: not locked") << QByteArray("[device]\ntype=Tablet\n")
                                                      << QByteArray() << "Other" << Source::User
                                                      << false;
}

void TestSettings::explicitLockFlag()
{
    QFETCH(QByteArray, defaults);
    QFETCH(QByteArray, policy);
    QFETCH(QString, expected);
    QFETCH(Source, source);
    QFETCH(bool, locked);

    writeFile(path(QStringLiteral("spdc.conf")), defaults);
    writeFile(path(QStringLiteral("policy.conf")), policy);
    QSettings user(path(QStringLiteral("user.conf")), QSettings::IniFormat);
    user.setValue(QStringLiteral("settings/device/type"), QStringLiteral("Other"));
    user.sync();

    Settings settings(path(QStringLiteral("policy.conf")), path(QStringLiteral("user.conf")),
                      path(QStringLiteral("spdc.conf")));
    QCOMPARE(settings.value(Key::DeviceType).toString(), expected);
    QCOMPARE(settings.source(Key::DeviceType), source);
    QCOMPARE(settings.isLocked(Key::DeviceType), locked);
    QCOMPARE(bool(settings.setUserValue(Key::DeviceType, QStringLiteral("PC"))), !locked);
    // Other keys are not affected by the flag.
    QVERIFY(!settings.isLocked(Key::FriendlyName));
}

void TestSettings::validation_data()
{
    QTest::addColumn<Key>("key");
    QTest::addColumn<QVariant>("raw");
    QTest::addColumn<QVariant>("normalised"); // invalid QVariant: rejected

    const QVariant rejected;
    QTest::newRow("url") << Key::ServerUrl << QVariant(QStringLiteral("https://config.example.net/"))
                         << QVariant(QStringLiteral("https://config.example.net/"));
    QTest::newRow("url gets a path") << Key::ServerUrl
                                     << QVariant(QStringLiteral(" https://config.example.net "))
                                     << QVariant(QStringLiteral("https://config.example.net/"));
    QTest::newRow("url empty: use the operator") << Key::ServerUrl << QVariant(QString())
                                                 << QVariant(QString());
    QTest::newRow("url http") << Key::ServerUrl
                              << QVariant(QStringLiteral("http://config.example.net/")) << rejected;
    QTest::newRow("url no scheme") << Key::ServerUrl << QVariant(QStringLiteral("config.example.net"))
                                   << rejected;
    QTest::newRow("operator") << Key::ServerOperator << QVariant(QStringLiteral("310260"))
                              << QVariant(QStringLiteral("310260"));
    QTest::newRow("operator with dash") << Key::ServerOperator << QVariant(QStringLiteral("234-15"))
                                        << QVariant(QStringLiteral("23415"));
    QTest::newRow("operator as a registry number") << Key::ServerOperator << QVariant(23415)
                                                   << QVariant(QStringLiteral("23415"));
    QTest::newRow("operator too short") << Key::ServerOperator << QVariant(QStringLiteral("2341"))
                                        << rejected;
    QTest::newRow("operator letters") << Key::ServerOperator << QVariant(QStringLiteral("vodafone"))
                                      << rejected;
    QTest::newRow("bool true") << Key::AllowCustomServer << QVariant(QStringLiteral("true"))
                               << QVariant(true);
    QTest::newRow("bool TRUE") << Key::AllowCustomServer << QVariant(QStringLiteral("TRUE"))
                               << QVariant(true);
    QTest::newRow("bool 0") << Key::AllowAddAccounts << QVariant(QStringLiteral("0"))
                            << QVariant(false);
    QTest::newRow("bool REG_DWORD 1") << Key::AllowAddAccounts << QVariant(1) << QVariant(true);
    QTest::newRow("bool REG_DWORD 0") << Key::AllowAddAccounts << QVariant(0) << QVariant(false);
    QTest::newRow("bool yes") << Key::AllowAddAccounts << QVariant(QStringLiteral("yes"))
                              << QVariant(true);
    QTest::newRow("bool maybe") << Key::AllowAddAccounts << QVariant(QStringLiteral("maybe"))
                                << rejected;
    QTest::newRow("bool empty") << Key::AllowCustomServer << QVariant(QString()) << rejected;
    QTest::newRow("ca absolute") << Key::ExtraCaFile << QVariant(QStringLiteral("/etc/ssl/corp.pem"))
                                 << QVariant(QStringLiteral("/etc/ssl/corp.pem"));
    QTest::newRow("ca none") << Key::ExtraCaFile << QVariant(QString()) << QVariant(QString());
    QTest::newRow("ca relative") << Key::ExtraCaFile << QVariant(QStringLiteral("corp.pem"))
                                 << rejected;
    for (const char *type : {"PC", "Tablet", "Other"}) {
        QTest::newRow(type) << Key::DeviceType << QVariant(QString::fromLatin1(type))
                            << QVariant(QString::fromLatin1(type));
    }
    QTest::newRow("device type lower case") << Key::DeviceType << QVariant(QStringLiteral("tablet"))
                                            << rejected;
    QTest::newRow("device type Laptop") << Key::DeviceType << QVariant(QStringLiteral("Laptop"))
                                        << rejected;
    QTest::newRow("device type empty") << Key::DeviceType << QVariant(QString()) << rejected;
    QTest::newRow("name trimmed") << Key::FriendlyName << QVariant(QStringLiteral("  Kiosk 4 "))
                                  << QVariant(QStringLiteral("Kiosk 4"));
    QTest::newRow("name 30 characters") << Key::FriendlyName << QVariant(QString(30, u'n'))
                                        << QVariant(QString(30, u'n'));
    QTest::newRow("name 31 characters") << Key::FriendlyName << QVariant(QString(31, u'n'))
                                        << rejected;
    QTest::newRow("name empty: host name") << Key::FriendlyName << QVariant(QString())
                                           << QVariant(QString());
}

void TestSettings::validation()
{
    QFETCH(Key, key);
    QFETCH(QVariant, raw);
    QFETCH(QVariant, normalised);

    const Result<QVariant> checked = Settings::validate(key, raw);
    if (!normalised.isValid()) {
        QVERIFY(!checked);
        QCOMPARE(checked.error().code, ErrorCode::InvalidInput);
        QVERIFY(!checked.error().userMessage.isEmpty());
        // A user cannot store it either.
        Settings settings(QString(), path(QStringLiteral("user.conf")), QString());
        QVERIFY(!settings.setUserValue(key, raw));
        QCOMPARE(settings.source(key), Source::BuiltIn);
        return;
    }
    QVERIFY(checked);
    QCOMPARE(checked.value(), normalised);
    QCOMPARE(checked->typeId(), Settings::info(key).builtIn.typeId());
}

void TestSettings::unknownDeviceTypeInPresetFallsBackToBuiltIn()
{
    writeFile(path(QStringLiteral("spdc.conf")), "[device]\ntype=Laptop\nfriendlyName=Desk 12\n");
    const Settings settings(QString(), path(QStringLiteral("user.conf")),
                            path(QStringLiteral("spdc.conf")));
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("spdc\\.conf: device/type: .*Laptop.*")));
    QCOMPARE(settings.value(Key::DeviceType), QVariant(QStringLiteral("PC")));
    QCOMPARE(settings.source(Key::DeviceType), Source::BuiltIn);
    QCOMPARE(settings.deviceType(), DeviceType::PC);
    // The rest of the preset still applies.
    QCOMPARE(settings.friendlyName(), QStringLiteral("Desk 12"));
    QCOMPARE(settings.source(Key::FriendlyName), Source::InstallerDefault);
    const QStringList problems = settings.problems();
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.first().contains(QLatin1String("device/type")));
    QVERIFY(problems.first().contains(QLatin1String("Laptop")));
}

void TestSettings::invalidPolicyValueStillLocks()
{
    // An admin's typo must not hand the key back to the user.
    writeFile(path(QStringLiteral("policy.conf")), "[device]\ntype=laptop\n");
    writeFile(path(QStringLiteral("spdc.conf")), "[device]\ntype=Tablet\n");
    Settings settings(path(QStringLiteral("policy.conf")), path(QStringLiteral("user.conf")),
                      path(QStringLiteral("spdc.conf")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("policy\\.conf.*laptop")));
    QVERIFY(settings.isLocked(Key::DeviceType));
    QCOMPARE(settings.value(Key::DeviceType), QVariant(QStringLiteral("Tablet")));
    QCOMPARE(settings.source(Key::DeviceType), Source::InstallerDefault);
    QVERIFY(!settings.setUserValue(Key::DeviceType, QStringLiteral("Other")));
}

void TestSettings::serverUrlAndOperatorAreOneChoice()
{
    // The installer preset a server; the user picked an operator: the user's choice wins whole.
    writeFile(path(QStringLiteral("spdc.conf")), "[server]\nurl=https://defaults.example.net/\n");
    {
        Settings settings(QString(), path(QStringLiteral("user.conf")),
                          path(QStringLiteral("spdc.conf")));
        QCOMPARE(settings.server().value_or(QUrl()),
                 QUrl(QStringLiteral("https://defaults.example.net/")));
        QVERIFY(settings.setUserValue(Key::ServerOperator, QStringLiteral("23415")));
        QCOMPARE(settings.source(Key::ServerUrl), Source::User);
        QCOMPARE(settings.serverUrl(), QString());
        QCOMPARE(settings.source(Key::ServerOperator), Source::User);
        QCOMPARE(settings.server().value_or(QUrl()),
                 QUrl(QStringLiteral("https://config.rcs.mnc015.mcc234.pub.3gppnetwork.org/")));
    }
    // Policy names an operator: the user's URL and operator are both ignored, both locked.
    writeFile(path(QStringLiteral("policy.conf")), "[server]\noperator=310260\n");
    QSettings user(path(QStringLiteral("user.conf")), QSettings::IniFormat);
    user.setValue(QStringLiteral("settings/server/url"), QStringLiteral("https://user.example.net/"));
    user.sync();
    Settings settings(path(QStringLiteral("policy.conf")), path(QStringLiteral("user.conf")),
                      path(QStringLiteral("spdc.conf")));
    QVERIFY(settings.isLocked(Key::ServerUrl));
    QVERIFY(settings.isLocked(Key::ServerOperator));
    QCOMPARE(settings.serverUrl(), QString());
    QCOMPARE(settings.source(Key::ServerUrl), Source::Policy);
    QCOMPARE(settings.server().value_or(QUrl()),
             QUrl(QStringLiteral("https://config.rcs.mnc260.mcc310.pub.3gppnetwork.org/")));
}

void TestSettings::customServerNotAllowed()
{
    writeFile(path(QStringLiteral("policy.conf")), "[server]\nallowCustom=false\n");
    QSettings user(path(QStringLiteral("user.conf")), QSettings::IniFormat);
    user.setValue(QStringLiteral("settings/server/url"), QStringLiteral("https://user.example.net/"));
    user.sync();
    Settings settings(path(QStringLiteral("policy.conf")), path(QStringLiteral("user.conf")),
                      QString());
    QVERIFY(!settings.allowCustomServer());
    QVERIFY(settings.isLocked(Key::AllowCustomServer));
    QVERIFY(settings.isLocked(Key::ServerUrl));
    QCOMPARE(settings.serverUrl(), QString());
    QVERIFY(!settings.server());
    QVERIFY(settings.problems().join(u' ').contains(QLatin1String("custom servers are not allowed")));
    QVERIFY(!settings.setUserValue(Key::ServerUrl, QStringLiteral("https://other.example.net/")));
    // Choosing an operator is not a custom server.
    QVERIFY(!settings.isLocked(Key::ServerOperator));
    QVERIFY(settings.setUserValue(Key::ServerOperator, QStringLiteral("23415")));
    QCOMPARE(settings.server().value_or(QUrl()),
             QUrl(QStringLiteral("https://config.rcs.mnc015.mcc234.pub.3gppnetwork.org/")));
}

void TestSettings::serverChoice_data()
{
    QTest::addColumn<QByteArray>("policy");
    QTest::addColumn<bool>("choiceLocked");
    QTest::addColumn<bool>("operatorAllowed");  // the server of a chosen operator (23415)
    QTest::addColumn<bool>("customAllowed");    // a typed URL

    QTest::newRow("nothing managed") << QByteArray() << false << true << true;
    // Only the "Other server" entry is closed; choosing an operator stays possible.
    QTest::newRow("allowCustom=false, no preset server")
        << QByteArray("[server]\nallowCustom=false\n") << false << true << false;
    QTest::newRow("allowCustom=false, operator preset as default")
        << QByteArray("[server]\nallowCustom=false\n") << false << true << false;
    QTest::newRow("locked operator") << QByteArray("[server]\noperator=310260\n") << true << false
                                     << false;
    QTest::newRow("locked to that operator") << QByteArray("[server]\noperator=23415\n") << true
                                             << true << false;
    QTest::newRow("locked URL, custom allowed")
        << QByteArray("[server]\nurl=https://policy.example.net/\n") << true << false << false;
}

void TestSettings::serverChoice()
{
    QFETCH(QByteArray, policy);
    QFETCH(bool, choiceLocked);
    QFETCH(bool, operatorAllowed);
    QFETCH(bool, customAllowed);
    writeFile(path(QStringLiteral("policy.conf")), policy);
    if (QByteArray(QTest::currentDataTag()).contains("default"))
        writeFile(path(QStringLiteral("spdc.conf")), "[server]\noperator=310260\n");
    const Settings settings(path(QStringLiteral("policy.conf")), path(QStringLiteral("user.conf")),
                            path(QStringLiteral("spdc.conf")));
    QCOMPARE(settings.isServerChoiceLocked(), choiceLocked);
    const QUrl operatorServer(QStringLiteral("https://config.rcs.mnc015.mcc234.pub.3gppnetwork.org/"));
    QCOMPARE(bool(settings.checkServerChoice(operatorServer, false)), operatorAllowed);
    const Status custom = settings.checkServerChoice(QUrl(QStringLiteral("https://other.example.net/")), true);
    QCOMPARE(bool(custom), customAllowed);
    if (!custom) {
        QCOMPARE(custom.error().code, ErrorCode::InvalidInput);
        QVERIFY(custom.error().userMessage.contains(QLatin1String("organisation")));
    }
}

void TestSettings::managedExtraCa()
{
    // A CA file that is not a certificate: the error says so instead of trusting nothing extra.
    writeFile(path(QStringLiteral("broken.pem")), "not a certificate\n");
    writeFile(path(QStringLiteral("spdc.conf")),
              iniEntry(QStringLiteral("tls/extraCaFile"), path(QStringLiteral("broken.pem"))));
    {
        const Settings settings(QString(), QString(), path(QStringLiteral("spdc.conf")));
        QVERIFY(!settings.extraCa(std::nullopt));
        // --ca-file replaces a default that is not locked.
        const Result<QList<QSslCertificate>> given = settings.extraCa(QList<QSslCertificate>());
        QVERIFY(given);
        QVERIFY(given->isEmpty());
    }
    writeFile(path(QStringLiteral("policy.conf")),
              iniEntry(QStringLiteral("tls/extraCaFile"), path(QStringLiteral("broken.pem"))));
    const Settings locked(path(QStringLiteral("policy.conf")), QString(), QString());
    const Result<QList<QSslCertificate>> given = locked.extraCa(QList<QSslCertificate>());
    QVERIFY(!given);
    QVERIFY(given.error().userMessage.contains(QLatin1String("managed by your organisation")));
    const Settings nothing{QString(), QString(), QString()};
    QVERIFY(nothing.extraCa(std::nullopt));
    QVERIFY(nothing.extraCa(std::nullopt)->isEmpty());
}

void TestSettings::userValuesLiveBesideTheAccountIndex()
{
    const QString userFile = path(QStringLiteral("user.conf"));
    {
        AccountIndex index(userFile);
        index.upsert({QStringLiteral("+15550100001"), QUrl(QStringLiteral("https://a.example/"))});
        index.setActiveAccount(QStringLiteral("+15550100001"));
        QVERIFY(index.sync());
    }
    {
        Settings settings(QString(), userFile, QString());
        QVERIFY(settings.setUserValue(Key::DeviceType, QStringLiteral("Tablet")));
        QVERIFY(settings.setUserValue(Key::FriendlyName, QStringLiteral("Alice's tablet")));
        QVERIFY(settings.sync());
        QVERIFY(settings.problems().isEmpty());
    }
    const Settings settings(QString(), userFile, QString());
    QCOMPARE(settings.deviceType(), DeviceType::Tablet);
    QCOMPARE(settings.source(Key::DeviceType), Source::User);
    QCOMPARE(settings.friendlyName(), QStringLiteral("Alice's tablet"));
    AccountIndex index(userFile);
    QCOMPARE(index.entries().size(), 1);
    QCOMPARE(index.activeAccount(), QStringLiteral("+15550100001"));

    QSettings raw(userFile, QSettings::IniFormat);
    QCOMPARE(raw.value(QStringLiteral("settings/device/type")), QVariant(QStringLiteral("Tablet")));

    Settings resetter(QString(), userFile, QString());
    resetter.resetUserValue(Key::DeviceType);
    QCOMPARE(resetter.source(Key::DeviceType), Source::BuiltIn);
}

void TestSettings::unquotedCommaInPreset()
{
    // INI splits unquoted values at commas; an admin writing a name with one still gets it.
    writeFile(path(QStringLiteral("spdc.conf")),
              "[device]\nfriendlyName=Front desk, room 2\n[tls]\nextraCaFile=\"/etc/ssl/a,b.pem\"\n");
    const Settings settings(QString(), QString(), path(QStringLiteral("spdc.conf")));
    QCOMPARE(settings.friendlyName(), QStringLiteral("Front desk, room 2"));
    QCOMPARE(settings.extraCaFile(), QStringLiteral("/etc/ssl/a,b.pem"));
}

void TestSettings::problemsNameTheFileAndKey()
{
    writeFile(path(QStringLiteral("spdc.conf")),
              "[device]\ntyp=Tablet\n[accounts]\nallowAdd=perhaps\n[locked]\nserver\\port=true\n"
              "device\\type=sometimes\n");
    const Settings settings(QString(), QString(), path(QStringLiteral("spdc.conf")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("accounts/allowAdd")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("locked/device/type")));
    QCOMPARE(settings.allowAddAccounts(), true);
    QVERIFY(!settings.isLocked(Key::DeviceType));
    const QString problems = settings.problems().join(u'\n');
    QCOMPARE(settings.problems().size(), 4);
    QVERIFY(problems.contains(path(QStringLiteral("spdc.conf"))));
    for (const char *name : {"device/typ ", "accounts/allowAdd", "locked/server/port",
                             "locked/device/type"})
        QVERIFY2(problems.contains(QLatin1String(name)), name);
}

void TestSettings::typedAccessors()
{
    writeFile(path(QStringLiteral("spdc.conf")),
              "[server]\nurl=https://config.example.net/\nallowCustom=false\n"
              "[tls]\nextraCaFile=/etc/ssl/corp.pem\n[device]\ntype=Other\n"
              "[accounts]\nallowAdd=0\n");
    const Settings settings(QString(), QString(), path(QStringLiteral("spdc.conf")));
    QCOMPARE(settings.server().value_or(QUrl()),
             QUrl(QStringLiteral("https://config.example.net/")));
    QCOMPARE(settings.allowCustomServer(), false);
    QCOMPARE(settings.extraCaFile(), QStringLiteral("/etc/ssl/corp.pem"));
    QCOMPARE(settings.deviceType(), DeviceType::Other);
    QCOMPARE(settings.allowAddAccounts(), false);
    QCOMPARE(settings.friendlyName(), QString());
    QVERIFY(!settings.effectiveFriendlyName().isEmpty());
    QVERIFY(settings.effectiveFriendlyName().size() <= 30);
    // Installer defaults are not locks (allowCustom=false locks server/url all the same).
    QVERIFY(!settings.isLocked(Key::DeviceType));
    QVERIFY(!settings.isLocked(Key::AllowCustomServer));
    QVERIFY(settings.isLocked(Key::ServerUrl));
    QVERIFY(Settings::keyFromName(QStringLiteral("device/type")) == Key::DeviceType);
    QVERIFY(!Settings::keyFromName(QStringLiteral("device/typ")));
    QCOMPARE(Settings::sourceName(Source::InstallerDefault), QStringLiteral("default"));
    QCOMPARE(settings.location(Source::InstallerDefault), path(QStringLiteral("spdc.conf")));
    QCOMPARE(settings.location(Source::Policy), QString());
}

void TestSettings::examplePresetsAreValid_data()
{
    QTest::addColumn<QString>("example");
    QTest::addColumn<bool>("uncomment");
    const QString dir = QStringLiteral(SPDC_TEST_DATA_DIR "/../../packaging/examples/");
    for (const char *name : {"spdc.conf.example", "policy.conf.example"}) {
        QTest::newRow(QByteArray(QByteArray(name) + " as shipped").constData())
            << dir + QLatin1String(name) << false;
        QTest::newRow(QByteArray(QByteArray(name) + " uncommented").constData())
            << dir + QLatin1String(name) << true;
    }
}

void TestSettings::examplePresetsAreValid()
{
    // What the packages install in /etc/xdg/spdc: as shipped it sets nothing; every example
    // line an admin uncomments is valid.
    QFETCH(QString, example);
    QFETCH(bool, uncomment);
    QFile file(example);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(example));
    QString text = QString::fromUtf8(file.readAll());
    if (uncomment) {
        static const QRegularExpression exampleLine(
            QStringLiteral("^;(\\[[a-z]+\\]|[A-Za-z/]+=)"), QRegularExpression::MultilineOption);
        text.replace(exampleLine, QStringLiteral("\\1"));
    }
    writeFile(path(QStringLiteral("preset.conf")), text.toUtf8());
    const Settings settings(QString(), QString(), path(QStringLiteral("preset.conf")));
    QVERIFY2(settings.problems().isEmpty(), qPrintable(settings.problems().join(u'\n')));
    int set = 0;
    for (const Settings::KeyInfo &info : Settings::keys()) {
        if (settings.source(info.key) != Source::BuiltIn)
            ++set;
    }
    if (uncomment)
        QVERIFY(set >= 4);
    else
        QCOMPARE(set, 0);
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
