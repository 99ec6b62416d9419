#include "ConfigurationRequest.h"

#include <QTest>

using namespace spdc;

// The GET requests of Table 12, Table 13 and Table 14, and the headers every request carries.
class TestRequestBuilder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void firstRequestParameters();
    void plusIsEncodedOnce();
    void valuesArriveAsTyped_data();
    void valuesArriveAsTyped();
    void otpRequest();
    void dedicatedIdentityCarriesOtp();
    void serverQueryIsKept();
    void acceptLanguage_data();
    void acceptLanguage();
    void requestPolicy();
};

namespace {
Identity msisdn(const QString &number)
{
    return Identity::fromMsisdn(number).value();
}
} // namespace

void TestRequestBuilder::firstRequestParameters()
{
    ConfigurationRequest request;
    request.identity = msisdn(QStringLiteral("+15550100001"));
    request.deviceType = DeviceType::Tablet;
    const QUrl url = RequestBuilder::configurationUrl(QUrl(QStringLiteral("https://config.example.com/")),
                                                      request);
    // Table 12 order; an empty token the first time; no friendly name when none was given.
    QCOMPARE(url.toEncoded(),
             QByteArray("https://config.example.com/?vers=0&msisdn=%2B15550100001"
                        "&provisioning_version=1.0&token=&device_type=Tablet"));
}

void TestRequestBuilder::plusIsEncodedOnce()
{
    ConfigurationRequest request;
    request.identity = msisdn(QStringLiteral("+447700900123"));
    request.version = 3;
    request.token = QStringLiteral("Tq3x+uRs/Ha4=JoN");
    request.friendlyName = QStringLiteral("Work laptop");
    const QByteArray encoded = RequestBuilder::configurationUrl(
        QUrl(QStringLiteral("https://config.example.com/")), request).toEncoded();
    QVERIFY(encoded.contains("msisdn=%2B447700900123"));
    QVERIFY(encoded.contains("token=Tq3x%2BuRs%2FHa4%3DJoN"));
    QVERIFY(!encoded.contains("%252B")); // never twice
    QVERIFY(encoded.contains("vers=3&"));
    QVERIFY(encoded.endsWith("&friendly_device_name=Work%20laptop"));
}

void TestRequestBuilder::valuesArriveAsTyped_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("ampersand") << QStringLiteral("Tom & Jerry");
    QTest::newRow("equals and question") << QStringLiteral("a=b?c");
    QTest::newRow("percent") << QStringLiteral("100% mine");
    QTest::newRow("slash and plus") << QStringLiteral("A/B+C");
    QTest::newRow("non-ASCII") << QStringLiteral("Jürgens Büro-PC ñ");
}

void TestRequestBuilder::valuesArriveAsTyped()
{
    QFETCH(QString, name);
    ConfigurationRequest request;
    request.identity = msisdn(QStringLiteral("+15550100001"));
    request.friendlyName = name;
    const QUrl url = RequestBuilder::configurationUrl(QUrl(QStringLiteral("https://h/")), request);
    // What a server decodes from the raw query is exactly what was typed.
    const QByteArray query = url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemovePath);
    const QByteArray raw = query.mid(query.indexOf("friendly_device_name=") + 21);
    QVERIFY2(!raw.contains('&') && !raw.contains('+') && !raw.contains('='), raw.constData());
    QCOMPARE(QString::fromUtf8(QByteArray::fromPercentEncoding(raw)), name);
}

void TestRequestBuilder::otpRequest()
{
    const QUrl url = RequestBuilder::otpUrl(QUrl(QStringLiteral("https://config.example.com/")),
                                            QStringLiteral("12+34"));
    QCOMPARE(url.toEncoded(), QByteArray("https://config.example.com/?OTP=12%2B34"));
}

void TestRequestBuilder::dedicatedIdentityCarriesOtp()
{
    ConfigurationRequest request;
    request.identity = Identity::fromSipUri(QStringLiteral("sip:device@example.com")).value();
    request.otp = QStringLiteral("24681357");
    request.friendlyName = QStringLiteral("Kiosk");
    const QByteArray encoded = RequestBuilder::configurationUrl(
        QUrl(QStringLiteral("https://config.example.com/")), request).toEncoded();
    // Table 14 order: ... token, device_type, OTP, friendly_device_name.
    QCOMPARE(encoded, QByteArray("https://config.example.com/?vers=0&sip_uri=sip%3Adevice%40example.com"
                                 "&provisioning_version=1.0&token=&device_type=PC&OTP=24681357"
                                 "&friendly_device_name=Kiosk"));
}

void TestRequestBuilder::serverQueryIsKept()
{
    // An IT department's URL may carry its own parameters.
    const QUrl url = RequestBuilder::otpUrl(QUrl(QStringLiteral("https://h/cfg?tenant=a%2Bb")),
                                            QStringLiteral("1"));
    QCOMPARE(url.toEncoded(), QByteArray("https://h/cfg?tenant=a%2Bb&OTP=1"));
}

void TestRequestBuilder::acceptLanguage_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("header");
    QTest::newRow("German") << "de_DE" << "de-DE";
    QTest::newRow("dash form") << "de-DE" << "de-DE";
    QTest::newRow("French") << "fr_FR" << "fr-FR";
    QTest::newRow("Spanish Mexico") << "es_MX" << "es-MX";
    QTest::newRow("C") << "C" << "en";
}

void TestRequestBuilder::acceptLanguage()
{
    QFETCH(QString, locale);
    QFETCH(QString, header);
    QCOMPARE(RequestBuilder::acceptLanguage(QLocale(locale)), header);
}

void TestRequestBuilder::requestPolicy()
{
    const QNetworkRequest request = RequestBuilder::networkRequest(
        QUrl(QStringLiteral("https://h/")), QLocale(QStringLiteral("de_DE")),
        std::chrono::milliseconds(1234), QSslConfiguration::defaultConfiguration());
    // Redirects are never followed; HTTP/1.1; a transfer timeout on every request.
    QCOMPARE(request.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
             int(QNetworkRequest::ManualRedirectPolicy));
    QCOMPARE(request.attribute(QNetworkRequest::Http2AllowedAttribute).toBool(), false);
    QCOMPARE(request.transferTimeout(), 1234);
    QCOMPARE(request.rawHeader("Accept-Language"), QByteArray("de-DE"));
}

QTEST_GUILESS_MAIN(TestRequestBuilder)
#include "tst_requestbuilder.moc"
