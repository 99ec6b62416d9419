// The identity page: what enables Next, and the inline error under the field.

#include "IdentityPage.h"

#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

using namespace spdc;

namespace {
template<typename T>
T *child(QWidget *root, const char *name)
{
    T *widget = root->findChild<T *>(QLatin1String(name));
    if (!widget)
        qWarning("no %s named %s", T::staticMetaObject.className(), name);
    return widget;
}
} // namespace

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

QTEST_MAIN(TestIdentityPage)
#include "tst_identitypage.moc"
