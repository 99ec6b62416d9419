// The wizard's first page: §2.5 (the phone's number, a texted code) or §2.6 (the provider's
// code for this device).

#include "ChoicePage.h"
#include "WidgetLookup.h"

#include <QApplication>
#include <QLabel>
#include <QRadioButton>
#include <QTest>

using namespace spdc;

class TestChoicePage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void phoneNumberIsTheDefault();
    void explainsBothChoices();
    void arrowKeysChoose();
};

void TestChoicePage::phoneNumberIsTheDefault()
{
    ChoicePage page;
    QVERIFY(child<QRadioButton>(&page, "sharedIdentityRadioButton")->isChecked());
    QVERIFY(!page.isDedicated());
    QVERIFY(page.isComplete());
    child<QRadioButton>(&page, "dedicatedIdentityRadioButton")->click();
    QVERIFY(page.isDedicated());
    page.setDedicated(false);
    QVERIFY(!page.isDedicated());
}

void TestChoicePage::explainsBothChoices()
{
    ChoicePage page;
    QVERIFY(child<QRadioButton>(&page, "sharedIdentityRadioButton")->text().contains(QStringLiteral("phone number")));
    QVERIFY(child<QRadioButton>(&page, "dedicatedIdentityRadioButton")->text().contains(QStringLiteral("code from my provider")));
    QVERIFY(child<QLabel>(&page, "sharedIdentityLabel")->text().contains(QStringLiteral("SMS")));
    QVERIFY(child<QLabel>(&page, "dedicatedIdentityLabel")->text().contains(QStringLiteral("No text message")));
    // Read by screen readers with the choice.
    QVERIFY(!child<QRadioButton>(&page, "dedicatedIdentityRadioButton")->accessibleDescription().isEmpty());
}

void TestChoicePage::arrowKeysChoose()
{
    ChoicePage page;
    page.show();
    page.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    child<QRadioButton>(&page, "sharedIdentityRadioButton")->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    QVERIFY(page.isDedicated());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Up);
    QVERIFY(!page.isDedicated());
}

QTEST_MAIN(TestChoicePage)
#include "tst_choicepage.moc"
