#include "ProvisioningDocument.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTest>

#include <algorithm>

#ifndef SPDC_CORPUS_DIR
#error "SPDC_CORPUS_DIR must name the corpus of real provisioning documents"
#endif

using namespace spdc;

namespace {

QString corpusPath(const QString &fileName)
{
    return QDir(QString::fromUtf8(SPDC_CORPUS_DIR)).filePath(fileName);
}

QByteArray readCorpusFile(const QString &fileName)
{
    QFile file(corpusPath(fileName));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// A minimal document around one characteristic body.
QByteArray wrap(const QByteArray &body)
{
    return QByteArrayLiteral("<wap-provisioningdoc version=\"1.1\">") + body
        + QByteArrayLiteral("</wap-provisioningdoc>");
}

// A document with one parm whose raw (still escaped) attribute text is given.
QByteArray documentWithValue(const QByteArray &rawValue)
{
    return wrap(QByteArrayLiteral("<characteristic type=\"X\"><parm name=\"p\" value=\"") + rawValue
                + QByteArrayLiteral("\"/></characteristic>"));
}

QByteArray nested(int depth)
{
    QByteArray body;
    for (int i = 0; i < depth; ++i)
        body += "<characteristic type=\"L" + QByteArray::number(i) + "\">";
    body += "<parm name=\"deepest\" value=\"yes\"/>";
    for (int i = 0; i < depth; ++i)
        body += "</characteristic>";
    return wrap(body);
}

const char PadHead[] = "<wap-provisioningdoc><characteristic type=\"PAD\"><parm name=\"pad\" value=\"";
const char PadTail[] = "\"/></characteristic></wap-provisioningdoc>";
constexpr qsizetype PadOverhead = sizeof(PadHead) - 1 + sizeof(PadTail) - 1;

// A well-formed document of exactly `size` bytes (the padding is one long parm value).
QByteArray documentOfSize(qsizetype size)
{
    return PadHead + QByteArray(size - PadOverhead, 'a') + PadTail;
}

QStringList topLevelTypes(const ProvisioningDocument &doc)
{
    QStringList types;
    for (const Characteristic &c : doc.characteristics())
        types << c.type;
    return types;
}

ProvisioningDocument parseOrFail(const QByteArray &bytes, bool *ok)
{
    Result<ProvisioningDocument> result = ProvisioningDocument::parse(bytes);
    *ok = result.ok();
    if (!result.ok()) {
        qWarning("parse failed: %s | %s", qPrintable(result.error().userMessage),
                 qPrintable(result.error().detail));
        return {};
    }
    return std::move(result).value();
}

// Like QVERIFY on a parse, for use inside test functions.
#define PARSE_OR_FAIL(doc, bytes) \
    bool doc##Ok = false; \
    const ProvisioningDocument doc = parseOrFail((bytes), &doc##Ok); \
    QVERIFY2(doc##Ok, "the document must parse")

} // namespace

class TestProvisioningDocument : public QObject
{
    Q_OBJECT

private slots:
    // The corpus README table, row by row.
    void corpusFile_data();
    void corpusFile();
    void everyCorpusFileIsInTheTable();
    void corpusUnknownElementIgnored();
    void corpusEntityUnescapedOnce();
    void corpusTwoApplicationsKept();
    void corpusNestedCharacteristics();

    // §2.2.2 Tables 2-5, §2.3.3 Table 11.
    void specExamples_data();
    void specExamples();
    void policyOnly();

    // Tolerance for real servers.
    void valueEscaping_data();
    void valueEscaping();
    void mixedCaseNames();
    void unknownElementsIgnoredWithSubtree();
    void ampersandInCommentsAndInstructions();
    void utf16Document();
    void nestingAtLimitAccepted();
    void sizeAtLimitAccepted();

    // Typed accessors on documents without usable values.
    void versWithoutUsableVersion_data();
    void versWithoutUsableVersion();
    void tokenValidity_data();
    void tokenValidity();
    void messageButtons_data();
    void messageButtons();
    void emptyRootIsEmptyDocument();

    // Characteristic lookup.
    void characteristicLookup();

    // Strictness.
    void rejections_data();
    void rejections();
    void errorDetailHasNoDocumentText();
};

void TestProvisioningDocument::corpusFile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("version");
    QTest::addColumn<qint64>("validity");
    QTest::addColumn<bool>("hasToken");
    QTest::addColumn<QString>("tokenValue");
    QTest::addColumn<qint64>("tokenValidity"); // -1: no validity parm
    QTest::addColumn<bool>("hasMessage");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("accept");
    QTest::addColumn<bool>("reject");
    QTest::addColumn<QStringList>("types");
    QTest::addColumn<bool>("versOnly");

    const QString vers = QStringLiteral("VERS");
    const QString token = QStringLiteral("TOKEN");
    const QString msg = QStringLiteral("MSG");
    const QString app = QStringLiteral("APPLICATION");
    const QString ts43Token = QStringLiteral("Tq3xWmB7fLpZ21cVnYd8Ke+uRsHa4JoN");

    QTest::newRow("01") << QStringLiteral("01-rcsjta-blackbird-template.xml") << 2 << qint64(172800)
                        << false << QString() << qint64(-1)
                        << true << QStringLiteral("RCS") << QStringLiteral("Welcome to RCS Blackbird platform")
                        << true << false << QStringList{vers, msg, app, app} << false;
    QTest::newRow("03") << QStringLiteral("03-rcsjta-v3-test-template-spaced.xml") << 13 << qint64(604800)
                        << false << QString() << qint64(-1)
                        << true << QStringLiteral("My IMS platform") << QStringLiteral("Welcome to RCS service!")
                        << true << false << QStringList{vers, msg, app, app} << false;
    QTest::newRow("05") << QStringLiteral("05-aosp-imsstack-carrier-unknowntag-oneline.xml") << 1
                        << qint64(2160000) << true << QStringLiteral("qawsedrftg") << qint64(-1)
                        << false << QString() << QString() << false << false << QStringList{vers, token, app}
                        << false;
    QTest::newRow("06") << QStringLiteral("06-aosp-imsstack-vers-only.xml") << 3 << qint64(3600000)
                        << false << QString() << qint64(-1)
                        << false << QString() << QString() << false << false << QStringList{vers} << true;
    QTest::newRow("08") << QStringLiteral("08-aosp-imsstack-vers-token-partial.xml") << 3 << qint64(3600000)
                        << true << QStringLiteral("qazwsxedc12345") << qint64(-1)
                        << false << QString() << QString() << false << false << QStringList{vers, token} << true;
    QTest::newRow("09") << QStringLiteral("09-ts43-vendorA-vowifi-entities-nodecl.xml") << 1 << qint64(1728000)
                        << true << ts43Token << qint64(3600)
                        << false << QString() << QString() << false << false << QStringList{vers, token, app}
                        << false;
    QTest::newRow("12") << QStringLiteral("12-aosp-ts43-token-without-validity-two-apps.xml") << 1
                        << qint64(1728000) << true << ts43Token << qint64(-1)
                        << false << QString() << QString() << false << false
                        << QStringList{vers, token, app, app} << false;
    QTest::newRow("16") << QStringLiteral("16-aosp-ts43-odsa-acquire-configuration-nested.xml") << 1
                        << qint64(172800) << true << QStringLiteral("ASH127AHHA88SF") << qint64(-1)
                        << false << QString() << QString() << false << false << QStringList{vers, token, app}
                        << false;
}

void TestProvisioningDocument::corpusFile()
{
    QFETCH(QString, file);
    QFETCH(int, version);
    QFETCH(qint64, validity);
    QFETCH(bool, hasToken);
    QFETCH(QString, tokenValue);
    QFETCH(qint64, tokenValidity);
    QFETCH(bool, hasMessage);
    QFETCH(QString, title);
    QFETCH(QString, message);
    QFETCH(bool, accept);
    QFETCH(bool, reject);
    QFETCH(QStringList, types);
    QFETCH(bool, versOnly);

    const QByteArray bytes = readCorpusFile(file);
    QVERIFY2(!bytes.isEmpty(), qPrintable(corpusPath(file)));
    PARSE_OR_FAIL(doc, bytes);

    const std::optional<VersInfo> vers = doc.vers();
    QVERIFY(vers.has_value());
    QCOMPARE(vers->version, version);
    QCOMPARE(vers->validity, validity);

    const std::optional<TokenInfo> token = doc.token();
    QCOMPARE(token.has_value(), hasToken);
    if (hasToken) {
        QCOMPARE(token->token, tokenValue);
        QCOMPARE(token->validity.has_value(), tokenValidity >= 0);
        if (tokenValidity >= 0)
            QCOMPARE(*token->validity, tokenValidity);
    }

    const std::optional<UserMessage> msg = doc.message();
    QCOMPARE(msg.has_value(), hasMessage);
    if (hasMessage) {
        QCOMPARE(msg->title, title);
        QCOMPARE(msg->message, message);
        QCOMPARE(msg->acceptButton, accept);
        QCOMPARE(msg->rejectButton, reject);
    }

    QCOMPARE(topLevelTypes(doc), types);
    QCOMPARE(doc.isVersOnly(), versOnly);
    QVERIFY(!doc.isEmpty());
    QVERIFY(!doc.isPolicyOnly());
    QVERIFY(!doc.smsPort().has_value());
}

void TestProvisioningDocument::everyCorpusFileIsInTheTable()
{
    const QDir dir(QString::fromUtf8(SPDC_CORPUS_DIR));
    const QStringList files = dir.entryList({QStringLiteral("*.xml")}, QDir::Files, QDir::Name);
    QVERIFY2(!files.isEmpty(), qPrintable(dir.absolutePath()));

    const QSet<QString> inTable{
        QStringLiteral("01-rcsjta-blackbird-template.xml"),
        QStringLiteral("03-rcsjta-v3-test-template-spaced.xml"),
        QStringLiteral("05-aosp-imsstack-carrier-unknowntag-oneline.xml"),
        QStringLiteral("06-aosp-imsstack-vers-only.xml"),
        QStringLiteral("08-aosp-imsstack-vers-token-partial.xml"),
        QStringLiteral("09-ts43-vendorA-vowifi-entities-nodecl.xml"),
        QStringLiteral("12-aosp-ts43-token-without-validity-two-apps.xml"),
        QStringLiteral("16-aosp-ts43-odsa-acquire-configuration-nested.xml"),
    };
    for (const QString &file : files) {
        QVERIFY2(inTable.contains(file), qPrintable(file + QStringLiteral(" has no row in corpusFile_data()")));
        const Result<ProvisioningDocument> result = ProvisioningDocument::parse(readCorpusFile(file));
        QVERIFY2(result.ok(), qPrintable(file));
    }
    QCOMPARE(files.size(), inTable.size());
}

void TestProvisioningDocument::corpusUnknownElementIgnored()
{
    PARSE_OR_FAIL(doc, readCorpusFile(QStringLiteral("05-aosp-imsstack-carrier-unknowntag-oneline.xml")));
    QCOMPARE(doc.characteristics().size(), 3);
    QCOMPARE(doc.vers()->version, 1);
    const auto isVers = [](const Characteristic &c) { return c.isType(u"VERS"); };
    QCOMPARE(int(std::count_if(doc.characteristics().cbegin(), doc.characteristics().cend(), isVers)), 1);
    // The unknown element's parms went nowhere: only APPLICATION holds more than the VERS/TOKEN parms.
    QCOMPARE(doc.characteristic(u"VERS")->parms.size(), 2);
}

void TestProvisioningDocument::corpusEntityUnescapedOnce()
{
    PARSE_OR_FAIL(doc, readCorpusFile(QStringLiteral("09-ts43-vendorA-vowifi-entities-nodecl.xml")));
    const Characteristic *app = doc.characteristic(u"APPLICATION");
    QVERIFY(app);
    const std::optional<QString> userData = app->parm(u"ServiceFlow_UserData");
    QVERIFY(userData.has_value());
    QVERIFY(userData->contains(QStringLiteral("&entitlementStatus=0")));
    QVERIFY(!userData->contains(QStringLiteral("&amp;")));
    QCOMPARE(*userData,
             QStringLiteral("token=Zm9vYg%3D&entitlementStatus=0&protocol=TS43&provStatus=2&deviceId=353000000000017"
                            "&subscriberId=0001010000000123%40nai.epc.mnc001.mcc001.3gppnetwork.org&ShowAddress=true"));
}

void TestProvisioningDocument::corpusTwoApplicationsKept()
{
    PARSE_OR_FAIL(doc, readCorpusFile(QStringLiteral("12-aosp-ts43-token-without-validity-two-apps.xml")));
    QStringList appIds;
    for (const Characteristic &c : doc.characteristics()) {
        if (c.isType(u"APPLICATION"))
            appIds << c.parm(u"AppID").value_or(QString());
    }
    QCOMPARE(appIds, (QStringList{QStringLiteral("ap2004"), QStringLiteral("ap2003")}));
    QCOMPARE(doc.characteristic(u"APPLICATION")->parm(u"EntitlementStatus"), std::optional<QString>(QStringLiteral("1")));
}

void TestProvisioningDocument::corpusNestedCharacteristics()
{
    PARSE_OR_FAIL(doc, readCorpusFile(QStringLiteral("16-aosp-ts43-odsa-acquire-configuration-nested.xml")));
    const Characteristic *app = doc.characteristic(u"APPLICATION");
    QVERIFY(app);
    const Characteristic *primary = app->child(u"PrimaryConfiguration");
    QVERIFY(primary);
    const Characteristic *download = primary->child(u"DownloadInfo");
    QVERIFY(download);

    QCOMPARE(download->parm(u"ProfileSmdpAddress"), std::optional<QString>(QStringLiteral("SMDP+ ADDR")));
    QCOMPARE(download->parm(u"ProfileIccid"), std::optional<QString>(QStringLiteral("123456789")));
    // Parms after a nested characteristic stay with their own characteristic, in order.
    QCOMPARE(primary->parms.size(), 2);
    QCOMPARE(primary->parms.at(1).name, QStringLiteral("ServiceStatus"));
    QCOMPARE(app->parms.size(), 2);
    QCOMPARE(app->parms.at(0).name, QStringLiteral("AppID"));
    QCOMPARE(app->parms.at(1).name, QStringLiteral("OperationResult"));
    QCOMPARE(app->parms.at(1).value, QStringLiteral("1"));
    QCOMPARE(app->children.size(), 1);
    QVERIFY(download->children.isEmpty());
}

void TestProvisioningDocument::specExamples_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("version");
    QTest::addColumn<qint64>("validity");
    QTest::addColumn<bool>("versOnly");

    // Table 2 with X=5, Y=86400, Z=tok, W=3600.
    QTest::newRow("table 2: no changes") << QByteArray(R"(<?xml version="1.0"?>
<wap-provisioningdoc version="1.1">
  <characteristic type="VERS">
    <parm name="version" value="5"/>
    <parm name="validity" value="86400"/>
  </characteristic>
  <characteristic type="TOKEN">
    <parm name="token" value="tok"/>
    <parm name="validity" value="3600"/>
  </characteristic>
</wap-provisioningdoc>
)") << 5 << qint64(86400) << true;
    QTest::newRow("table 3: reset") << QByteArray(R"(<?xml version="1.0"?>
<wap-provisioningdoc version="1.1">
  <characteristic type="VERS">
    <parm name="version" value="0"/>
    <parm name="validity" value="0"/>
  </characteristic>
</wap-provisioningdoc>
)") << 0 << qint64(0) << true;
    QTest::newRow("table 4: reset and stop") << QByteArray(R"(<?xml version="1.0"?>
<wap-provisioningdoc version="1.1">
  <characteristic type="VERS">
    <parm name="version" value="-1"/>
    <parm name="validity" value="-1"/>
  </characteristic>
</wap-provisioningdoc>
)") << -1 << qint64(-1) << true;
    // As printed in the spec: a blank line before the XML declaration.
    QTest::newRow("table 5: reset until user action") << QByteArray(R"(
<?xml version="1.0"?>
<wap-provisioningdoc version="1.1">
  <characteristic type="VERS">
    <parm name="version" value="-2"/>
    <parm name="validity" value="-2"/>
  </characteristic>
</wap-provisioningdoc>

)") << -2 << qint64(-2) << true;
    QTest::newRow("table 6: with MSG") << QByteArray(R"(<?xml version="1.0"?>
<wap-provisioningdoc version="1.1">
  <characteristic type="VERS">
    <parm name="version" value="0"/>
    <parm name="validity" value="0"/>
  </characteristic>
  <characteristic type="MSG">
    <parm name="title" value="Example"/>
    <parm name="message" value="Hello world"/>
    <parm name="Accept_btn" value="1"/>
    <parm name="Reject_btn" value="0"/>
  </characteristic>
</wap-provisioningdoc>
)") << 0 << qint64(0) << false;
}

void TestProvisioningDocument::specExamples()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, version);
    QFETCH(qint64, validity);
    QFETCH(bool, versOnly);

    PARSE_OR_FAIL(doc, bytes);
    QVERIFY(doc.vers().has_value());
    QCOMPARE(doc.vers()->version, version);
    QCOMPARE(doc.vers()->validity, validity);
    QCOMPARE(doc.isVersOnly(), versOnly);
    QVERIFY(!doc.isPolicyOnly());
}

void TestProvisioningDocument::policyOnly()
{
    // §2.3.3 Table 11: the answer that precedes a user-visible OTP SMS.
    PARSE_OR_FAIL(doc, QByteArray(R"(<?xml version="1.0"?>
<wap-provisioningdoc version="1.1">
  <characteristic type="POLICY">
    <parm name="SMS_port" value="0"/>
  </characteristic>
</wap-provisioningdoc>
)"));
    QVERIFY(doc.isPolicyOnly());
    QCOMPARE(doc.smsPort(), std::optional<int>(0));
    QVERIFY(!doc.vers().has_value());
    QVERIFY(!doc.isVersOnly());
    QVERIFY(!doc.isEmpty());

    PARSE_OR_FAIL(withVers, wrap(R"(<characteristic type="VERS"><parm name="version" value="1"/></characteristic>)"
                                 R"(<characteristic type="POLICY"><parm name="SMS_port" value="37273"/></characteristic>)"));
    QVERIFY(!withVers.isPolicyOnly());
    QCOMPARE(withVers.smsPort(), std::optional<int>(37273));
}

void TestProvisioningDocument::valueEscaping_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("expected");

    QTest::newRow("bare & between pairs") << QByteArray("a=1&b=2") << QStringLiteral("a=1&b=2");
    QTest::newRow("bare & at end") << QByteArray("x&") << QStringLiteral("x&");
    QTest::newRow("bare & then space") << QByteArray("R& D") << QStringLiteral("R& D");
    QTest::newRow("unknown named entity kept literally") << QByteArray("a&nbsp;b") << QStringLiteral("a&nbsp;b");
    QTest::newRow("&# without digits") << QByteArray("&#;") << QStringLiteral("&#;");
    QTest::newRow("&#x with bad hex") << QByteArray("&#xZZ;") << QStringLiteral("&#xZZ;");
    QTest::newRow("&amp; decodes") << QByteArray("a&amp;b") << QStringLiteral("a&b");
    QTest::newRow("one level only") << QByteArray("&amp;amp;") << QStringLiteral("&amp;");
    QTest::newRow("decimal reference") << QByteArray("1&#43;1") << QStringLiteral("1+1");
    QTest::newRow("hex reference") << QByteArray("&#x2B;&#x2b;") << QStringLiteral("++");
    QTest::newRow("predefined entities") << QByteArray("&lt;&gt;&quot;&apos;") << QStringLiteral("<>\"'");
    QTest::newRow("mixed bare and escaped") << QByteArray("a&b&amp;c") << QStringLiteral("a&b&c");
    QTest::newRow("spaces kept") << QByteArray("  padded value  ") << QStringLiteral("  padded value  ");
    QTest::newRow("empty value") << QByteArray("") << QString();
    QTest::newRow("utf-8") << QByteArray("Bienvenue \xC3\xA0 bord") << QStringLiteral("Bienvenue \u00E0 bord");
}

void TestProvisioningDocument::valueEscaping()
{
    QFETCH(QByteArray, raw);
    QFETCH(QString, expected);

    PARSE_OR_FAIL(doc, documentWithValue(raw));
    QCOMPARE(doc.characteristic(u"X")->parm(u"p"), std::optional<QString>(expected));
}

void TestProvisioningDocument::mixedCaseNames()
{
    PARSE_OR_FAIL(doc, QByteArray(R"(<Wap-ProvisioningDoc version="1.1">
<Characteristic Type="vers"><Parm Name="Version" Value="7"/><parm name="VALIDITY" value="60"/></Characteristic>
<CHARACTERISTIC TYPE="Token"><PARM NAME="TOKEN" VALUE="abc"/></CHARACTERISTIC>
<characteristic type="msg"><parm name="TITLE" value="t"/><parm name="accept_btn" value="1"/><parm name="REJECT_BTN" value="1"/></characteristic>
<characteristic type="Policy"><parm name="sms_port" value="0"/></characteristic>
</Wap-ProvisioningDoc>)"));
    QCOMPARE(doc.vers()->version, 7);
    QCOMPARE(doc.vers()->validity, qint64(60));
    QCOMPARE(doc.token()->token, QStringLiteral("abc"));
    QCOMPARE(doc.message()->title, QStringLiteral("t"));
    QVERIFY(doc.message()->acceptButton);
    QVERIFY(doc.message()->rejectButton);
    QCOMPARE(doc.smsPort(), std::optional<int>(0));
    // Names are matched loosely but stored as sent.
    QCOMPARE(doc.characteristics().at(0).type, QStringLiteral("vers"));
    QCOMPARE(doc.characteristics().at(0).parms.at(0).name, QStringLiteral("Version"));
}

void TestProvisioningDocument::unknownElementsIgnoredWithSubtree()
{
    PARSE_OR_FAIL(doc, wrap(R"(<unknowntag type="VERS"><parm name="version" value="99"/><parm name="validity" value="9"/>)"
                            R"(<characteristic type="TOKEN"><parm name="token" value="fake"/></characteristic></unknowntag>)"
                            R"(<parm name="version" value="98"/>)"
                            R"(<characteristic type="VERS"><parm name="version" value="4"/><parm name="validity" value="40"/>)"
                            R"(<ext><parm name="version" value="97"/><characteristic type="INNER"/></ext></characteristic>)"
                            R"(<other/>)"));
    QCOMPARE(doc.characteristics().size(), 1);
    QCOMPARE(doc.vers()->version, 4);
    QCOMPARE(doc.vers()->validity, qint64(40));
    QVERIFY(!doc.token().has_value());
    const Characteristic *vers = doc.characteristic(u"VERS");
    QCOMPARE(vers->parms.size(), 2);
    QVERIFY(vers->children.isEmpty());
    QVERIFY(doc.isVersOnly());
}

void TestProvisioningDocument::ampersandInCommentsAndInstructions()
{
    PARSE_OR_FAIL(doc, QByteArray(R"(<?xml version="1.0" encoding="UTF-8"?>
<!-- generated by R&D -->
<?server-hint a&b?>
<wap-provisioningdoc>
  <characteristic type="VERS"><!-- x & y --><parm name="version" value="2"/><parm name="validity" value="20"/></characteristic>
</wap-provisioningdoc>
<!-- trailing & comment -->
)"));
    QCOMPARE(doc.characteristics().size(), 1);
    QCOMPARE(doc.vers()->version, 2);
}

void TestProvisioningDocument::utf16Document()
{
    const QString text = QStringLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-16\"?><wap-provisioningdoc><characteristic type=\"VERS\">"
        "<parm name=\"version\" value=\"8\"/><parm name=\"validity\" value=\"80\"/></characteristic>"
        "<characteristic type=\"MSG\"><parm name=\"message\" value=\"caf\u00E9 &amp; co\"/></characteristic>"
        "</wap-provisioningdoc>");
    QByteArray bytes("\xFF\xFE", 2);
    for (const QChar c : text) {
        bytes.append(char(c.unicode() & 0xFF));
        bytes.append(char(c.unicode() >> 8));
    }
    PARSE_OR_FAIL(doc, bytes);
    QCOMPARE(doc.vers()->version, 8);
    QCOMPARE(doc.message()->message, QStringLiteral("caf\u00E9 & co"));
}

void TestProvisioningDocument::nestingAtLimitAccepted()
{
    PARSE_OR_FAIL(doc, nested(ProvisioningDocument::MaxDepth));
    const Characteristic *c = &doc.characteristics().at(0);
    int depth = 1;
    while (!c->children.isEmpty()) {
        c = &c->children.at(0);
        ++depth;
    }
    QCOMPARE(depth, ProvisioningDocument::MaxDepth);
    QCOMPARE(c->parm(u"deepest"), std::optional<QString>(QStringLiteral("yes")));
}

void TestProvisioningDocument::sizeAtLimitAccepted()
{
    const QByteArray bytes = documentOfSize(ProvisioningDocument::MaxSize);
    QCOMPARE(bytes.size(), qsizetype(16 * 1024 * 1024));
    PARSE_OR_FAIL(doc, bytes);
    QCOMPARE(doc.characteristic(u"PAD")->parm(u"pad")->size(), bytes.size() - PadOverhead);
}

void TestProvisioningDocument::versWithoutUsableVersion_data()
{
    QTest::addColumn<QByteArray>("vers");

    QTest::newRow("version abc") << QByteArray(R"(<parm name="version" value="abc"/><parm name="validity" value="10"/>)");
    QTest::newRow("version empty") << QByteArray(R"(<parm name="version" value=""/><parm name="validity" value="10"/>)");
    QTest::newRow("version 1.5") << QByteArray(R"(<parm name="version" value="1.5"/>)");
    QTest::newRow("version too big for int") << QByteArray(R"(<parm name="version" value="99999999999"/>)");
    QTest::newRow("no version parm") << QByteArray(R"(<parm name="validity" value="10"/>)");
    QTest::newRow("as printed in Table 2") << QByteArray(R"(<parm name="version" value="X"/><parm name="validity" value="Y"/>)");
}

void TestProvisioningDocument::versWithoutUsableVersion()
{
    QFETCH(QByteArray, vers);

    // Parsing succeeds: it is a document, just one with no usable version.
    PARSE_OR_FAIL(doc, wrap("<characteristic type=\"VERS\">" + vers + "</characteristic>"));
    QVERIFY(doc.characteristic(u"VERS"));
    QVERIFY(!doc.vers().has_value());
}

void TestProvisioningDocument::tokenValidity_data()
{
    QTest::addColumn<QByteArray>("parms");
    QTest::addColumn<bool>("hasToken");
    QTest::addColumn<QString>("tokenValue");
    QTest::addColumn<qint64>("validity"); // -1: nullopt

    QTest::newRow("with validity") << QByteArray(R"(<parm name="token" value="t1"/><parm name="validity" value="3600"/>)")
                                   << true << QStringLiteral("t1") << qint64(3600);
    QTest::newRow("validity absent") << QByteArray(R"(<parm name="token" value="t2"/>)")
                                     << true << QStringLiteral("t2") << qint64(-1);
    QTest::newRow("validity not a number") << QByteArray(R"(<parm name="token" value="t3"/><parm name="validity" value="soon"/>)")
                                           << true << QStringLiteral("t3") << qint64(-1);
    QTest::newRow("empty token") << QByteArray(R"(<parm name="token" value=""/>)") << true << QString() << qint64(-1);
    QTest::newRow("no token parm") << QByteArray(R"(<parm name="validity" value="3600"/>)")
                                   << false << QString() << qint64(-1);
}

void TestProvisioningDocument::tokenValidity()
{
    QFETCH(QByteArray, parms);
    QFETCH(bool, hasToken);
    QFETCH(QString, tokenValue);
    QFETCH(qint64, validity);

    PARSE_OR_FAIL(doc, wrap("<characteristic type=\"TOKEN\">" + parms + "</characteristic>"));
    const std::optional<TokenInfo> token = doc.token();
    QCOMPARE(token.has_value(), hasToken);
    if (!hasToken)
        return;
    QCOMPARE(token->token, tokenValue);
    QCOMPARE(token->validity.has_value(), validity >= 0);
    if (validity >= 0)
        QCOMPARE(*token->validity, validity);
}

void TestProvisioningDocument::messageButtons_data()
{
    QTest::addColumn<QByteArray>("parms");
    QTest::addColumn<bool>("accept");
    QTest::addColumn<bool>("reject");

    QTest::newRow("accept only") << QByteArray(R"(<parm name="Accept_btn" value="1"/><parm name="Reject_btn" value="0"/>)")
                                 << true << false;
    QTest::newRow("both") << QByteArray(R"(<parm name="Accept_btn" value="1"/><parm name="Reject_btn" value="1"/>)")
                          << true << true;
    QTest::newRow("reject absent means 0") << QByteArray(R"(<parm name="Accept_btn" value="1"/>)") << true << false;
    QTest::newRow("none") << QByteArray(R"(<parm name="Accept_btn" value="0"/>)") << false << false;
    QTest::newRow("no button parms") << QByteArray() << false << false;
}

void TestProvisioningDocument::messageButtons()
{
    QFETCH(QByteArray, parms);
    QFETCH(bool, accept);
    QFETCH(bool, reject);

    PARSE_OR_FAIL(doc, wrap(R"(<characteristic type="MSG"><parm name="title" value=" T "/>)"
                            R"(<parm name="message" value="See https://example.net/x?a=1&b=2"/>)"
                            + parms + "</characteristic>"));
    const std::optional<UserMessage> msg = doc.message();
    QVERIFY(msg.has_value());
    QCOMPARE(msg->title, QStringLiteral(" T "));
    QCOMPARE(msg->message, QStringLiteral("See https://example.net/x?a=1&b=2"));
    QCOMPARE(msg->acceptButton, accept);
    QCOMPARE(msg->rejectButton, reject);
}

void TestProvisioningDocument::emptyRootIsEmptyDocument()
{
    PARSE_OR_FAIL(doc, QByteArray("<wap-provisioningdoc version=\"1.1\"/>"));
    QVERIFY(doc.isEmpty());
    QVERIFY(!doc.isVersOnly());
    QVERIFY(!doc.isPolicyOnly());
    QVERIFY(!doc.vers().has_value());
    QVERIFY(!doc.token().has_value());
    QVERIFY(!doc.message().has_value());
    QVERIFY(!doc.smsPort().has_value());
}

void TestProvisioningDocument::characteristicLookup()
{
    PARSE_OR_FAIL(doc, wrap(R"(<characteristic type="APPLICATION">)"
                            R"(<parm name="AppID" value="first"/><parm name="appid" value="second"/><parm name="Flag"/>)"
                            R"(<characteristic type="Ext"><parm name="n" value="1"/></characteristic>)"
                            R"(<characteristic type="IMS"/>)"
                            R"(<characteristic type="EXT"><parm name="n" value="2"/></characteristic>)"
                            R"(</characteristic>)"));
    const Characteristic *app = doc.characteristic(u"application");
    QVERIFY(app);
    QCOMPARE(app->parm(u"APPID"), std::optional<QString>(QStringLiteral("first")));
    QCOMPARE(app->parms.size(), 3); // duplicates kept
    QCOMPARE(app->parm(u"flag"), std::optional<QString>(QString())); // no value attribute: empty value
    QVERIFY(!app->parm(u"missing").has_value());

    QCOMPARE(app->child(u"ext")->parm(u"n"), std::optional<QString>(QStringLiteral("1")));
    QVERIFY(!app->child(u"missing"));
    const QList<const Characteristic *> exts = app->childrenOfType(u"Ext");
    QCOMPARE(exts.size(), 2);
    QCOMPARE(exts.at(0)->parm(u"n"), std::optional<QString>(QStringLiteral("1")));
    QCOMPARE(exts.at(1)->parm(u"n"), std::optional<QString>(QStringLiteral("2")));
    QCOMPARE(app->children.at(1).type, QStringLiteral("IMS"));
    QVERIFY(!doc.characteristic(u"VERS"));
}

void TestProvisioningDocument::rejections_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("detailHint"); // which check refused it (from the log detail)

    const QString notXml = QStringLiteral("line 1, column");
    const QString wrongRoot = QStringLiteral("root element");
    const QString doctype = QStringLiteral("document type declaration");
    const QString tooDeep = QStringLiteral("nested deeper than 32");
    const QString tooLarge = QStringLiteral("exceeds the limit");

    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty body");
    QTest::newRow("whitespace only") << QByteArray(" \r\n\t ") << QStringLiteral("empty body");
    QTest::newRow("not XML") << QByteArray("HTTP/1.1 200 OK") << notXml;
    QTest::newRow("unclosed root") << QByteArray(R"(<wap-provisioningdoc><characteristic type="VERS"></characteristic>)")
                                   << notXml;
    QTest::newRow("mismatched tags")
            << wrap(R"(<characteristic type="VERS"><parm name="version" value="1"></characteristic>)") << notXml;
    QTest::newRow("unquoted attribute") << wrap(R"(<characteristic type=VERS/>)") << notXml;
    QTest::newRow("valid VERS then broken")
            << wrap(R"(<characteristic type="VERS"><parm name="version" value="3"/></characteristic><characteristic)")
            << notXml;
    QTest::newRow("second root") << (wrap(QByteArray()) + "<wap-provisioningdoc/>") << notXml;
    QTest::newRow("text after root") << (wrap(QByteArray()) + "trailing") << notXml;
    QTest::newRow("invalid character reference") << documentWithValue("&#0;") << notXml;
    QTest::newRow("wrong root: html login page") << QByteArray("<html><body>Please log in</body></html>") << wrongRoot;
    QTest::newRow("wrong root: characteristic") << QByteArray(R"(<characteristic type="VERS"/>)") << wrongRoot;
    QTest::newRow("DOCTYPE with internal entities") << QByteArray(R"(<?xml version="1.0"?>
<!DOCTYPE wap-provisioningdoc [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
]>
<wap-provisioningdoc><characteristic type="VERS"><parm name="version" value="&lol2;"/></characteristic></wap-provisioningdoc>
)") << doctype;
    QTest::newRow("DOCTYPE without subset")
            << QByteArray("<!DOCTYPE wap-provisioningdoc SYSTEM \"prov.dtd\"><wap-provisioningdoc/>") << doctype;
    QTest::newRow("nesting 33 deep") << nested(ProvisioningDocument::MaxDepth + 1) << tooDeep;
    QTest::newRow("nesting 40 deep") << nested(40) << tooDeep;
    QTest::newRow("one byte over 16 MiB") << documentOfSize(ProvisioningDocument::MaxSize + 1) << tooLarge;
    QTest::newRow("17 MiB") << documentOfSize(17 * 1024 * 1024) << tooLarge;
}

void TestProvisioningDocument::rejections()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, detailHint);

    const Result<ProvisioningDocument> result = ProvisioningDocument::parse(bytes);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::InvalidResponse);
    QVERIFY(!result.error().userMessage.isEmpty());
    QVERIFY2(result.error().detail.contains(detailHint), qPrintable(result.error().detail));
}

void TestProvisioningDocument::errorDetailHasNoDocumentText()
{
    const QByteArray bytes = wrap(R"(<characteristic type="TOKEN"><parm name="token" value="S3cr3tT0ken"/></characteristic>)"
                                  R"(<characteristic type="X"><parm name="a" value="1"></characteristic>)");
    const Result<ProvisioningDocument> result = ProvisioningDocument::parse(bytes);
    QVERIFY(!result.ok());
    QVERIFY(result.error().detail.contains(QStringLiteral("line 1")));
    QVERIFY(!result.error().detail.contains(QStringLiteral("S3cr3tT0ken")));
    QVERIFY(!result.error().userMessage.contains(QStringLiteral("S3cr3tT0ken")));
}

QTEST_GUILESS_MAIN(TestProvisioningDocument)

#include "tst_provisioningdocument.moc"
