// The identity page: what enables Next, and the inline error under the field.

#include "IdentityPage.h"
#include "WidgetLookup.h"

#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

using namespace spdc;

class TestIdentityPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void completeOnlyWhenValid_data();
    void completeOnlyWhenValid();
    void errorAppearsAfterAPauseAndGoesWhenFixed();
    void errorAppearsWhenLeavingTheField();
    void switchingKindRevalidates();
    void onlyKnownAccountsWhenAddingIsNotAllowed();
    void nationalNumbersInTheOperatorsCountry_data();
    void nationalNumbersInTheOperatorsCountry();
    void previewShowsWhatWillBeSent();
    void dedicatedIdentityAsksForTheCode();
    void inputsHaveAccessibleNames();
};

void TestIdentityPage::completeOnlyWhenValid_data()
{
    QTest::addColumn<bool>("sip");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("complete");
    QTest::addColumn<QString>("identity");

    QTest::newRow("e164") << false << QStringLiteral("+15550100001") << true << QStringLiteral("+15550100001");
    QTest::newRow("e164 spaced") << false << QStringLiteral("+44 7700 900123") << true << QStringLiteral("+447700900123");
    QTest::newRow("00 prefix") << false << QStringLiteral("0044 7700 900123") << true << QStringLiteral("+447700900123");
    QTest::newRow("no country code") << false << QStringLiteral("07700900123") << false << QString();
    QTest::newRow("too short") << false << QStringLiteral("+1234") << false << QString();
    QTest::newRow("letters") << false << QStringLiteral("+44abc") << false << QString();
    QTest::newRow("empty") << false << QString() << false << QString();
    QTest::newRow("sip") << true << QStringLiteral("sip:alice@example.com") << true << QStringLiteral("sip:alice@example.com");
    QTest::newRow("sip without scheme") << true << QStringLiteral("alice@example.com") << true << QStringLiteral("sip:alice@example.com");
    QTest::newRow("sip without host") << true << QStringLiteral("alice") << false << QString();
    QTest::newRow("sip too long") << true << QStringLiteral("sip:%1@example.com").arg(QString(40, QLatin1Char('a'))) << false << QString();
}

void TestIdentityPage::completeOnlyWhenValid()
{
    QFETCH(bool, sip);
    QFETCH(QString, text);
    QFETCH(bool, complete);
    QFETCH(QString, identity);

    IdentityPage page;
    QSignalSpy changed(&page, &QWizardPage::completeChanged);
    (sip ? child<QRadioButton>(&page, "sipUriRadioButton")
         : child<QRadioButton>(&page, "msisdnRadioButton"))->click();
    QTest::keyClicks(child<QLineEdit>(&page, "identityLineEdit"), text);
    QCOMPARE(page.isComplete(), complete);
    QCOMPARE(page.identity().value(), identity);
    if (!text.isEmpty())
        QVERIFY(changed.count() > 0);
}

void TestIdentityPage::errorAppearsAfterAPauseAndGoesWhenFixed()
{
    IdentityPage page;
    page.show();
    QLineEdit *edit = child<QLineEdit>(&page, "identityLineEdit");
    QLabel *error = child<QLabel>(&page, "identityErrorLabel");
    QTest::keyClicks(edit, QStringLiteral("+4"));
    // Not at the first keystroke…
    QVERIFY(!error->isVisible());
    // …but once typing pauses.
    QTRY_VERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());
    QTest::keyClicks(edit, QStringLiteral("4 7700 900123"));
    QVERIFY(!error->isVisible());
    QVERIFY(page.isComplete());
}

void TestIdentityPage::errorAppearsWhenLeavingTheField()
{
    IdentityPage page;
    page.show();
    QLineEdit *edit = child<QLineEdit>(&page, "identityLineEdit");
    QTest::keyClicks(edit, QStringLiteral("12345"));
    QTest::keyClick(edit, Qt::Key_Return);
    QLabel *error = child<QLabel>(&page, "identityErrorLabel");
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("international format")));
}

void TestIdentityPage::switchingKindRevalidates()
{
    IdentityPage page;
    page.show();
    QTest::keyClicks(child<QLineEdit>(&page, "identityLineEdit"), QStringLiteral("+15550100001"));
    QVERIFY(page.isComplete());
    child<QRadioButton>(&page, "sipUriRadioButton")->click();
    QVERIFY(!page.isComplete());
    QCOMPARE(child<QLineEdit>(&page, "identityLineEdit")->accessibleName(), QStringLiteral("SIP address"));
    child<QRadioButton>(&page, "msisdnRadioButton")->click();
    QVERIFY(page.isComplete());
    QCOMPARE(page.identity().kind(), Identity::Kind::Msisdn);
}

void TestIdentityPage::onlyKnownAccountsWhenAddingIsNotAllowed()
{
    IdentityPage page;
    page.show();
    page.restrictTo({QStringLiteral("+15550100001")});
    QLineEdit *edit = child<QLineEdit>(&page, "identityLineEdit");
    QTest::keyClicks(edit, QStringLiteral("+15550100002"));
    QVERIFY(!page.isComplete());
    QTest::keyClick(edit, Qt::Key_Return);
    QLabel *error = child<QLabel>(&page, "identityErrorLabel");
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("managed by your organisation")));
    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("+1 555 010 0001"));
    QVERIFY(page.isComplete());
}

void TestIdentityPage::nationalNumbersInTheOperatorsCountry_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("identity");
    QTest::addColumn<QString>("preview");
    QTest::newRow("GB mobile") << QStringLiteral("GB") << QStringLiteral("07700 900123")
                               << QStringLiteral("+447700900123") << QStringLiteral("Will send: +447700900123 (+44 7700 900123)");
    QTest::newRow("GB, international anyway") << QStringLiteral("GB") << QStringLiteral("+1 555 010 0001")
                                              << QStringLiteral("+15550100001") << QStringLiteral("Will send: +15550100001 (+1 555-010-0001)");
    QTest::newRow("US") << QStringLiteral("US") << QStringLiteral("(555) 010-0001")
                        << QStringLiteral("+15550100001") << QStringLiteral("Will send: +15550100001 (+1 555-010-0001)");
    QTest::newRow("DE") << QStringLiteral("DE") << QStringLiteral("0151 23456789")
                        << QStringLiteral("+4915123456789") << QStringLiteral("Will send: +4915123456789 (+49 1512 3456789)");
    QTest::newRow("GB, too short") << QStringLiteral("GB") << QStringLiteral("0770") << QString() << QString();
}

void TestIdentityPage::nationalNumbersInTheOperatorsCountry()
{
    QFETCH(QString, region);
    QFETCH(QString, text);
    QFETCH(QString, identity);
    QFETCH(QString, preview);
    IdentityPage page;
    page.setRegion(region);
    QTest::keyClicks(child<QLineEdit>(&page, "identityLineEdit"), text);
    QCOMPARE(page.isComplete(), !identity.isEmpty());
    QCOMPARE(page.identity().value(), identity);
    QCOMPARE(child<QLabel>(&page, "identityPreviewLabel")->text(), preview);
}

void TestIdentityPage::previewShowsWhatWillBeSent()
{
    IdentityPage page;
    page.show();
    QLabel *hint = child<QLabel>(&page, "identityHintLabel");
    QLabel *preview = child<QLabel>(&page, "identityPreviewLabel");
    QLineEdit *edit = child<QLineEdit>(&page, "identityLineEdit");
    // No operator's country yet: only international numbers, and the hint says so.
    QVERIFY(hint->text().contains(QStringLiteral("international format")));
    QTest::keyClicks(edit, QStringLiteral("07700 900123"));
    QVERIFY(!page.isComplete());
    QVERIFY(preview->text().isEmpty());
    // The operator's country arrives: the same text now reads as a British number, live.
    page.setRegion(QStringLiteral("GB"));
    QVERIFY(hint->text().contains(QStringLiteral("United Kingdom")));
    QVERIFY(page.isComplete());
    QCOMPARE(preview->text(), QStringLiteral("Will send: +447700900123 (+44 7700 900123)"));
    edit->clear();
    QVERIFY(preview->text().isEmpty());
    QTest::keyClicks(edit, QStringLiteral("0 7700 900 124"));
    QCOMPARE(preview->text(), QStringLiteral("Will send: +447700900124 (+44 7700 900124)"));
    // A SIP address is shown as it will be sent, with its scheme.
    child<QRadioButton>(&page, "sipUriRadioButton")->click();
    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("alice@example.com"));
    QCOMPARE(preview->text(), QStringLiteral("Will send: sip:alice@example.com"));
}

void TestIdentityPage::dedicatedIdentityAsksForTheCode()
{
    IdentityPage page;
    page.show();
    QWidget *codeWidget = child<QWidget>(&page, "dedicatedCodeWidget");
    QLineEdit *code = child<QLineEdit>(&page, "dedicatedCodeLineEdit");
    QVERIFY(!codeWidget->isVisible());
    QTest::keyClicks(child<QLineEdit>(&page, "identityLineEdit"), QStringLiteral("+15550100099"));
    QVERIFY(page.isComplete());
    QVERIFY(page.dedicatedCode().isEmpty());

    page.setDedicated(true);
    QVERIFY(codeWidget->isVisible());
    QVERIFY(page.title() != QStringLiteral("Your phone number"));
    // §2.6: no code, no Next.
    QVERIFY(!page.isComplete());
    QTest::keyClicks(code, QStringLiteral("2468 1357"));
    QVERIFY(page.isComplete());
    QCOMPARE(page.dedicatedCode(), QStringLiteral("24681357"));
    // Table 13: at most 8 characters; spaces do not count.
    QTest::keyClicks(code, QStringLiteral("9"));
    QCOMPARE(page.dedicatedCode(), QStringLiteral("24681357"));

    page.setDedicated(false);
    QVERIFY(!codeWidget->isVisible());
    QVERIFY(page.dedicatedCode().isEmpty());
}

void TestIdentityPage::inputsHaveAccessibleNames()
{
    IdentityPage page;
    page.setDedicated(true);
    const QList<QLineEdit *> edits = page.findChildren<QLineEdit *>();
    QVERIFY(edits.size() >= 2);
    for (const QLineEdit *edit : edits)
        QVERIFY2(!edit->accessibleName().isEmpty(), qPrintable(edit->objectName()));
}

QTEST_MAIN(TestIdentityPage)
#include "tst_identitypage.moc"
