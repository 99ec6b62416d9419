#include "Identity.h"
#include "OperatorDatabase.h"
#include "PhoneNumber.h"

#include <QTest>

using namespace spdc;

// Turning what people type into E.164 (libphonenumber), and the operators' countries
// (mobile-broadband-provider-info) that make national numbers possible.
class TestPhoneNumber : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void toE164_data();
    void toE164();
    void identityUsesTheRegion();
    void operatorDatabaseIsLoaded();
    void operatorSearch();
    void brokenDatabaseIsAnError();
};

void TestPhoneNumber::toE164_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("e164"); // empty: rejected

    QTest::newRow("UK national") << "07700 900123" << "GB" << "+447700900123";
    QTest::newRow("UK national, dashes") << "07700-900-123" << "GB" << "+447700900123";
    QTest::newRow("German national") << "030 1234567" << "DE" << "+49301234567";
    QTest::newRow("US national") << "(202) 555-0100" << "US" << "+12025550100";
    QTest::newRow("international wins over region") << "+33 6 12 34 56 78" << "GB" << "+33612345678";
    QTest::newRow("00 prefix") << "0033 6 12 34 56 78" << "" << "+33612345678";
    QTest::newRow("national without region") << "07700 900123" << "" << "";
    QTest::newRow("too short") << "0770" << "GB" << "";
    QTest::newRow("letters") << "call me" << "GB" << "";
}

void TestPhoneNumber::toE164()
{
    QFETCH(QString, typed);
    QFETCH(QString, region);
    QFETCH(QString, e164);
    const Result<QString> result = PhoneNumber::toE164(typed, region);
    if (e164.isEmpty()) {
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::InvalidInput);
        QVERIFY(!result.error().userMessage.isEmpty());
        return;
    }
    QVERIFY2(result, qPrintable(result.ok() ? QString() : result.error().detail));
    QCOMPARE(result.value(), e164);
}

void TestPhoneNumber::identityUsesTheRegion()
{
    QCOMPARE(Identity::fromMsisdn(QStringLiteral("07700 900123"), QStringLiteral("GB"))->value(),
             QStringLiteral("+447700900123"));
    QVERIFY(!Identity::fromMsisdn(QStringLiteral("07700 900123")));
    QCOMPARE(PhoneNumber::formatInternational(QStringLiteral("+447700900123")),
             QStringLiteral("+44 7700 900123"));
}

void TestPhoneNumber::operatorDatabaseIsLoaded()
{
    const Result<OperatorDatabase> database = OperatorDatabase::load();
    QVERIFY2(database, qPrintable(database.ok() ? QString() : database.error().detail));
    QVERIFY(database->operators().size() > 100);
    QCOMPARE(database->countryForMcc(QStringLiteral("234")).value_or(QString()), QStringLiteral("GB"));
    QCOMPARE(database->countryForMcc(QStringLiteral("262")).value_or(QString()), QStringLiteral("DE"));
    const auto found = database->find(QStringLiteral("234"), QStringLiteral("15"));
    QVERIFY(found);
    QCOMPARE(found->mccMnc(), QStringLiteral("23415"));
    // 234 15 is Vodafone's network, shared with its virtual operators: all are offered.
    const auto sharing = database->search(QStringLiteral("23415"));
    QVERIFY(std::any_of(sharing.cbegin(), sharing.cend(),
                        [](const auto &op) { return op.name == QLatin1String("Vodafone"); }));
    QVERIFY(!database->countryForMcc(QStringLiteral("999")));
}

void TestPhoneNumber::operatorSearch()
{
    const OperatorDatabase database = OperatorDatabase::load().value();
    const auto byName = database.search(QStringLiteral("vodafone"));
    QVERIFY(byName.size() > 3);
    for (const auto &op : byName)
        QVERIFY(op.name.contains(QLatin1String("vodafone"), Qt::CaseInsensitive)
                || op.countryName.contains(QLatin1String("vodafone"), Qt::CaseInsensitive));
    const auto byCode = database.search(QStringLiteral("23415"));
    QVERIFY(!byCode.isEmpty());
    QCOMPARE(byCode.first().mccMnc(), QStringLiteral("23415"));
    const auto byCountry = database.search(QStringLiteral("GB"));
    QVERIFY(!byCountry.isEmpty());
    QCOMPARE(byCountry.first().countryCode, QStringLiteral("GB"));
}

void TestPhoneNumber::brokenDatabaseIsAnError()
{
    QVERIFY(!OperatorDatabase::parse("<serviceproviders><country code=\"gb\">"));
    QVERIFY(!OperatorDatabase::parse("<serviceproviders/>")); // no operator at all
    const auto tiny = OperatorDatabase::parse(
        "<serviceproviders><country code=\"fr\"><name>France</name><provider><name>Orange</name>"
        "<gsm><network-id mcc=\"208\" mnc=\"01\"/></gsm></provider></country></serviceproviders>");
    QVERIFY(tiny);
    QCOMPARE(tiny->operators().size(), qsizetype(1));
    QCOMPARE(tiny->operators().first().name, QStringLiteral("Orange"));
    QCOMPARE(tiny->operators().first().countryCode, QStringLiteral("FR"));
    QCOMPARE(tiny->operators().first().mccMnc(), QStringLiteral("20801"));
}

QTEST_GUILESS_MAIN(TestPhoneNumber)
#include "tst_phonenumber.moc"
