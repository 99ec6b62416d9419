// What the GUI starts from: FlowDefaults built by the same function main() uses, from the real
// Settings (the system scope pointed at a temporary /etc/xdg), and what the wizard's pages
// then let the user do.

#include "DevicePage.h"
#include "DevicePlatform.h"
#include "FrontendOptions.h"
#include "ManagedFlowDefaults.h"
#include "ServerPage.h"
#include "Settings.h"
#include "WidgetLookup.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QRadioButton>
#include <QSettings>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace spdc;

namespace {
const char *const TestOperators = R"(<?xml version="1.0" encoding="UTF-8"?>
<serviceproviders format="2.0">
 <country code="gb">
  <provider><name>Vodafone</name><gsm><network-id mcc="234" mnc="15"/></gsm></provider>
  <provider><name>O2</name><gsm><network-id mcc="234" mnc="10"/></gsm></provider>
 </country>
</serviceproviders>
)";
} // namespace

class TestManagedFlowDefaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void customServerNotAllowedLeavesTheOperatorChoice();
    void lockedOperatorIsTheOnlyChoice();
    void deviceTypeAndNameFollowTheComputerUnlessPreset();
    void managedCaFile();

private:
    // Writes /etc/xdg/spdc/<name> of the temporary system scope.
    void writeSystemFile(const QString &name, const QByteArray &text);
    Result<FlowDefaults> defaults(const FrontendOptions &options = FrontendOptions()) const;

    QTemporaryDir m_database;
    std::unique_ptr<QTemporaryDir> m_system;
    std::unique_ptr<QTemporaryDir> m_user;
};

void TestManagedFlowDefaults::initTestCase()
{
    setApplicationIdentity();
    QStandardPaths::setTestModeEnabled(true);
    QFile database(m_database.filePath(QStringLiteral("serviceproviders.xml")));
    QVERIFY(database.open(QIODevice::WriteOnly));
    database.write(TestOperators);
}

void TestManagedFlowDefaults::init()
{
    // Fresh layers for every test: the system scope is where Settings() finds policy.conf and
    // spdc.conf (/etc/xdg/spdc on a real system).
    m_system = std::make_unique<QTemporaryDir>();
    m_user = std::make_unique<QTemporaryDir>();
    QSettings::setPath(QSettings::NativeFormat, QSettings::SystemScope, m_system->path());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_user->path());
    QVERIFY(QDir(m_system->path()).mkpath(QStringLiteral("spdc")));
}

void TestManagedFlowDefaults::writeSystemFile(const QString &name, const QByteArray &text)
{
    QFile file(m_system->filePath(QStringLiteral("spdc/") + name));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text);
}

Result<FlowDefaults> TestManagedFlowDefaults::defaults(const FrontendOptions &options) const
{
    const Settings settings;
    Result<FlowDefaults> result = managedFlowDefaults(settings, options);
    if (result)
        result.value().operatorDatabasePath = m_database.filePath(QStringLiteral("serviceproviders.xml"));
    return result;
}

void TestManagedFlowDefaults::customServerNotAllowedLeavesTheOperatorChoice()
{
    writeSystemFile(QStringLiteral("policy.conf"), "[server]\nallowCustom=false\n");
    const Result<FlowDefaults> managed = defaults();
    QVERIFY(managed);
    QVERIFY(!managed->allowCustomServer);
    QVERIFY(!managed->serverLocked);

    ServerPage page(managed.value());
    page.show();
    // Only the "Other server" entry is closed...
    QVERIFY(!child<QRadioButton>(&page, "customServerRadioButton")->isEnabled());
    QVERIFY(!child<QLineEdit>(&page, "serverUrlLineEdit")->isEnabled());
    // ...the operator can still be chosen, and that completes the page (Next is enabled).
    QVERIFY(child<QLineEdit>(&page, "operatorSearchLineEdit")->isEnabled());
    QVERIFY(child<QTreeView>(&page, "operatorTreeView")->isEnabled());
    QVERIFY(!page.isComplete());
    QTest::keyClicks(child<QLineEdit>(&page, "operatorSearchLineEdit"), QStringLiteral("O2"));
    QVERIFY(page.isComplete());
    QCOMPARE(page.server().toString(),
             QStringLiteral("https://config.rcs.mnc010.mcc234.pub.3gppnetwork.org/"));

    // spdc --server URL: refused, with the reason.
    FrontendOptions options;
    options.server = QUrl(QStringLiteral("https://other.example.net/"));
    const Result<FlowDefaults> withServer = defaults(options);
    QVERIFY(!withServer);
    QVERIFY(withServer.error().userMessage.contains(QLatin1String("organisation")));
}

void TestManagedFlowDefaults::lockedOperatorIsTheOnlyChoice()
{
    writeSystemFile(QStringLiteral("policy.conf"), "[server]\noperator=23410\n");
    const Result<FlowDefaults> managed = defaults();
    QVERIFY(managed);
    QVERIFY(managed->serverLocked);
    QCOMPARE(managed->operatorCode, QStringLiteral("23410"));
    ServerPage page(managed.value());
    QCOMPARE(page.selectedOperator()->name, QStringLiteral("O2"));
    QVERIFY(!child<QTreeView>(&page, "operatorTreeView")->isEnabled());
    QVERIFY(page.isComplete());
    FrontendOptions options;
    options.server = QUrl(QStringLiteral("https://other.example.net/"));
    QVERIFY(!defaults(options));
}

void TestManagedFlowDefaults::deviceTypeAndNameFollowTheComputerUnlessPreset()
{
    {
        // Nothing preset: the built-in "PC" and the empty name are no presets. The page asks
        // the platform (a tablet's chassis gives Tablet) and uses the host name without domain.
        const Result<FlowDefaults> managed = defaults();
        QVERIFY(managed);
        QVERIFY(!managed->deviceType);
        QVERIFY(!managed->friendlyName);
        DevicePage page(managed.value());
        QCOMPARE(page.deviceType(), DevicePlatform::detectDeviceType());
        QCOMPARE(page.friendlyName(), DevicePage::defaultFriendlyName());
    }
    writeSystemFile(QStringLiteral("spdc.conf"),
                    "[device]\ntype=Tablet\nfriendlyName=Reception tablet\n");
    {
        const Result<FlowDefaults> managed = defaults();
        QVERIFY(managed);
        DevicePage page(managed.value());
        QCOMPARE(page.deviceType(), DeviceType::Tablet);
        QCOMPARE(page.friendlyName(), QStringLiteral("Reception tablet"));
        QVERIFY(child<QComboBox>(&page, "deviceTypeComboBox")->isEnabled());
    }
    writeSystemFile(QStringLiteral("policy.conf"), "[device]\ntype=Other\n");
    const Result<FlowDefaults> managed = defaults();
    QVERIFY(managed);
    QVERIFY(managed->deviceTypeLocked);
    DevicePage page(managed.value());
    QCOMPARE(page.deviceType(), DeviceType::Other);
    QVERIFY(!child<QComboBox>(&page, "deviceTypeComboBox")->isEnabled());
}

void TestManagedFlowDefaults::managedCaFile()
{
    const QList<QSslCertificate> roots = QSslConfiguration::systemCaCertificates();
    if (roots.isEmpty())
        QSKIP("no system CA certificate to use as the organisation's CA");
    QFile pem(m_system->filePath(QStringLiteral("corporate-ca.pem")));
    QVERIFY(pem.open(QIODevice::WriteOnly));
    pem.write(roots.first().toPem());
    pem.close();
    writeSystemFile(QStringLiteral("policy.conf"),
                    "[tls]\nextraCaFile=" + pem.fileName().toUtf8() + "\n");
    const Result<FlowDefaults> managed = defaults();
    QVERIFY(managed);
    QCOMPARE(managed->extraCa, QList<QSslCertificate>{roots.first()});
    // spdc --ca-file may not replace a locked CA.
    FrontendOptions options;
    options.caFileGiven = true;
    const Result<FlowDefaults> withCa = defaults(options);
    QVERIFY(!withCa);
    QVERIFY(withCa.error().userMessage.contains(QLatin1String("managed by your organisation")));
}

QTEST_MAIN(TestManagedFlowDefaults)
#include "tst_managedflowdefaults.moc"
