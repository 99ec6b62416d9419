// The device page: the friendly name's default and limit, the device type (Table 12).

#include "DevicePage.h"
#include "DevicePlatform.h"
#include "WidgetLookup.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSysInfo>
#include <QTest>

using namespace spdc;

Q_DECLARE_METATYPE(spdc::DeviceType)

class TestDevicePage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsToTheHostNameAndThePlatformsType();
    void chassisTypes_data();
    void chassisTypes();
    void nameIsAtMostThirtyCharacters();
    void deviceTypes();
    void presetsAreTheDefaults();
    void lockedPresetsAreDisabledAndLabelled();
};

void TestDevicePage::defaultsToTheHostNameAndThePlatformsType()
{
    DevicePage page(FlowDefaults{});
    // The computer's name without its domain, at most 30 characters.
    const QString host = QSysInfo::machineHostName();
    QVERIFY(!page.friendlyName().isEmpty() || host.isEmpty());
    QVERIFY(host.startsWith(page.friendlyName()));
    QVERIFY(page.friendlyName().size() <= 30);
    QVERIFY(!page.friendlyName().contains(QLatin1Char('.')) || host.front().isDigit());
    QCOMPARE(page.deviceType(), DevicePlatform::detectDeviceType());
    // The organisation's preset wins over the platform.
    FlowDefaults preset;
    preset.deviceType = DeviceType::PC;
    DevicePage pc(preset);
    QCOMPARE(pc.deviceType(), DeviceType::PC);
    QCOMPARE(child<QComboBox>(&pc, "deviceTypeComboBox")->currentText(), QStringLiteral("PC"));
}

void TestDevicePage::chassisTypes_data()
{
    QTest::addColumn<QString>("chassis");
    QTest::addColumn<DeviceType>("type");
    QTest::newRow("desktop") << QStringLiteral("3\n") << DeviceType::PC;
    QTest::newRow("notebook") << QStringLiteral("10") << DeviceType::PC;
    QTest::newRow("tablet") << QStringLiteral("30\n") << DeviceType::Tablet;
    QTest::newRow("convertible") << QStringLiteral("31") << DeviceType::PC;
    QTest::newRow("detachable") << QStringLiteral("32") << DeviceType::Tablet;
    QTest::newRow("unreadable") << QStringLiteral("x") << DeviceType::PC;
}

void TestDevicePage::chassisTypes()
{
    QFETCH(QString, chassis);
    QFETCH(DeviceType, type);
    QCOMPARE(DevicePlatform::deviceTypeForChassis(chassis), type);
}

void TestDevicePage::nameIsAtMostThirtyCharacters()
{
    DevicePage page(FlowDefaults{});
    QLineEdit *name = child<QLineEdit>(&page, "friendlyNameLineEdit");
    name->clear();
    QTest::keyClicks(name, QString(40, QLatin1Char('x')));
    QCOMPARE(page.friendlyName().size(), 30);
    // Optional: an empty name is allowed and then not sent.
    name->clear();
    QVERIFY(page.friendlyName().isEmpty());
    QVERIFY(page.isComplete());
}

void TestDevicePage::deviceTypes()
{
    DevicePage page(FlowDefaults{});
    QComboBox *type = child<QComboBox>(&page, "deviceTypeComboBox");
    QCOMPARE(type->count(), 3);
    type->setCurrentIndex(1);
    QCOMPARE(page.deviceType(), DeviceType::Tablet);
    type->setCurrentIndex(2);
    QCOMPARE(page.deviceType(), DeviceType::Other);
}

void TestDevicePage::presetsAreTheDefaults()
{
    FlowDefaults defaults;
    defaults.deviceType = DeviceType::Tablet;
    defaults.friendlyName = QStringLiteral("Reception tablet");
    DevicePage page(defaults);
    QCOMPARE(page.deviceType(), DeviceType::Tablet);
    QCOMPARE(page.friendlyName(), QStringLiteral("Reception tablet"));
    QVERIFY(child<QLineEdit>(&page, "friendlyNameLineEdit")->isEnabled());
    QVERIFY(child<QComboBox>(&page, "deviceTypeComboBox")->isEnabled());
    QVERIFY(!child<QLabel>(&page, "deviceManagedLabel")->isVisibleTo(&page));
}

void TestDevicePage::lockedPresetsAreDisabledAndLabelled()
{
    FlowDefaults defaults;
    defaults.deviceType = DeviceType::Other;
    defaults.deviceTypeLocked = true;
    DevicePage page(defaults);
    QVERIFY(!child<QComboBox>(&page, "deviceTypeComboBox")->isEnabled());
    QVERIFY(child<QLineEdit>(&page, "friendlyNameLineEdit")->isEnabled());
    QCOMPARE(page.deviceType(), DeviceType::Other);
    QLabel *managed = child<QLabel>(&page, "deviceManagedLabel");
    QVERIFY(managed->isVisibleTo(&page));
    QVERIFY(managed->text().contains(QStringLiteral("device type")));
}

QTEST_MAIN(TestDevicePage)
#include "tst_devicepage.moc"
