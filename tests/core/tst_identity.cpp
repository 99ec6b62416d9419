#include "Identity.h"
#include "ServerAddress.h"

#include <QTest>

using namespace spdc;

// What people type for their identity and operator, checked against the Format column of
// Table 12 before anything is sent.
class TestIdentity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void msisdn_data();
    void msisdn();
    void sipUri_data();
    void sipUri();
    void operatorUrl_data();
    void operatorUrl();
    void explicitUrl_data();
    void explicitUrl();
};

void TestIdentity::msisdn_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("e164"); // empty: rejected

    QTest::newRow("plain") << "+15550100001" << "+15550100001";
    QTest::newRow("spaces") << "+44 7700 900123" << "+447700900123";
    QTest::newRow("dashes and brackets") << "+1 (555) 010-0001" << "+15550100001";
    QTest::newRow("00 prefix") << "0044 7700 900123" << "+447700900123";
    QTest::newRow("surrounding space") << "  +15550100001 " << "+15550100001";
    QTest::newRow("no plus (national)") << "07700900123" << "";
    QTest::newRow("letters") << "+1555abc0001" << "";
    QTest::newRow("too long (16 digits)") << "+1234567890123456" << "";
    QTest::newRow("too short") << "+1234" << "";
    QTest::newRow("leading zero country code") << "+0447700900123" << "";
    QTest::newRow("empty") << "" << "";
}

void TestIdentity::msisdn()
{
    QFETCH(QString, typed);
    QFETCH(QString, e164);
    const Result<Identity> identity = Identity::fromMsisdn(typed);
    if (e164.isEmpty()) {
        QVERIFY(!identity);
        QCOMPARE(identity.error().code, ErrorCode::InvalidInput);
        QVERIFY(!identity.error().userMessage.isEmpty());
        return;
    }
    QVERIFY(identity);
    QCOMPARE(identity->value(), e164);
    QCOMPARE(identity->kind(), Identity::Kind::Msisdn);
    QCOMPARE(identity->parameterName(), QLatin1String("msisdn"));
}

void TestIdentity::sipUri_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("uri"); // empty: rejected

    QTest::newRow("full") << "sip:alice@example.com" << "sip:alice@example.com";
    QTest::newRow("without scheme") << "alice@example.com" << "sip:alice@example.com";
    QTest::newRow("sips") << "sips:bob@example.org" << "sips:bob@example.org";
    QTest::newRow("phone user") << "sip:+15550100001@ims.example.net"
                                << "sip:+15550100001@ims.example.net";
    QTest::newRow("exactly 50") << QStringLiteral("sip:") + QString(34, u'a') + QStringLiteral("@example.com")
                                << QStringLiteral("sip:") + QString(34, u'a') + QStringLiteral("@example.com");
    QTest::newRow("51 characters") << QStringLiteral("sip:") + QString(35, u'a') + QStringLiteral("@example.com") << "";
    QTest::newRow("no host") << "sip:alice" << "";
    QTest::newRow("space inside") << "sip:al ice@example.com" << "";
    QTest::newRow("empty") << "" << "";
}

void TestIdentity::sipUri()
{
    QFETCH(QString, typed);
    QFETCH(QString, uri);
    const Result<Identity> identity = Identity::fromSipUri(typed);
    if (uri.isEmpty()) {
        QVERIFY(!identity);
        QCOMPARE(identity.error().code, ErrorCode::InvalidInput);
        return;
    }
    QVERIFY(identity);
    QCOMPARE(identity->value(), uri);
    QCOMPARE(identity->parameterName(), QLatin1String("sip_uri"));
}

void TestIdentity::operatorUrl_data()
{
    QTest::addColumn<QString>("mccmnc");
    QTest::addColumn<QString>("url"); // empty: rejected

    // §2.2.1: a 2-digit MNC is padded to 3 digits with a leading 0.
    QTest::newRow("2-digit MNC") << "23415" << "https://config.rcs.mnc015.mcc234.pub.3gppnetwork.org/";
    QTest::newRow("3-digit MNC") << "310260" << "https://config.rcs.mnc260.mcc310.pub.3gppnetwork.org/";
    QTest::newRow("dash") << "234-15" << "https://config.rcs.mnc015.mcc234.pub.3gppnetwork.org/";
    QTest::newRow("slash, padded") << "234/015" << "https://config.rcs.mnc015.mcc234.pub.3gppnetwork.org/";
    QTest::newRow("too short") << "2341" << "";
    QTest::newRow("too long") << "2341567" << "";
    QTest::newRow("letters") << "23a15" << "";
}

void TestIdentity::operatorUrl()
{
    QFETCH(QString, mccmnc);
    QFETCH(QString, url);
    const Result<QUrl> server = ServerAddress::fromMccMnc(mccmnc);
    if (url.isEmpty()) {
        QVERIFY(!server);
        QCOMPARE(server.error().code, ErrorCode::InvalidInput);
        return;
    }
    QVERIFY(server);
    QCOMPARE(server->toString(), url);
}

void TestIdentity::explicitUrl_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("https") << "https://config.example.com/" << true;
    QTest::newRow("https with port") << "https://127.0.0.1:8443/" << true;
    QTest::newRow("plain http refused") << "http://config.example.com/" << false;
    QTest::newRow("ftp refused") << "ftp://config.example.com/" << false;
    QTest::newRow("garbage") << "::::" << false;
}

void TestIdentity::explicitUrl()
{
    QFETCH(QString, typed);
    QFETCH(bool, accepted);
    const Result<QUrl> server = ServerAddress::fromUserText(typed);
    QCOMPARE(server.ok(), accepted);
    if (accepted)
        QCOMPARE(server->scheme(), QStringLiteral("https"));
}

QTEST_GUILESS_MAIN(TestIdentity)
#include "tst_identity.moc"
