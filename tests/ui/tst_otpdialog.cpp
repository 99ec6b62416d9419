// The OTP dialog: where the code went, what counts as a code, and errors shown in place.

#include "OtpDialog.h"
#include "WidgetLookup.h"

#include <QApplication>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace spdc;

namespace {

OtpPrompt prompt(bool visibleSms = false)
{
    return OtpPrompt{QStringLiteral("+15550100001"), visibleSms};
}

} // namespace

class TestOtpDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void saysWhereTheCodeWasSent();
    void visibleSmsSaysToReadTheTextMessage();
    void okNeedsACode();
    void spacesAndDashesAreIgnored_data();
    void spacesAndDashesAreIgnored();
    void atMostEightSignificantCharacters();
    void acceptsPaste();
    void okEmitsTheCodeAndKeepsTheDialogOpen();
    void showsErrorsInline();
    void cancelRejects();
    void newCodeWaitsForTheRateLimit();
    void restartClearsTheField();
    void countsDownToTheCodeTimeout();
    void expiredOffersANewCodeAndAnotherNumber();
    void changeNumberIsAsked();
    void keyboardOnly();
};

void TestOtpDialog::saysWhereTheCodeWasSent()
{
    OtpDialog dialog(prompt());
    // Written the way people read a number.
    QCOMPARE(child<QLabel>(&dialog, "destinationLabel")->text(),
             QStringLiteral("We sent a code by SMS to +1 555-010-0001."));
    OtpDialog sip(OtpPrompt{QStringLiteral("sip:alice@example.com"), false});
    QCOMPARE(child<QLabel>(&sip, "destinationLabel")->text(),
             QStringLiteral("We sent a code by SMS to sip:alice@example.com."));
    QCOMPARE(child<QPushButton>(&sip, "changeNumberButton")->text(), QStringLiteral("C&hange address"));
}

void TestOtpDialog::visibleSmsSaysToReadTheTextMessage()
{
    OtpDialog visible(prompt(true));
    OtpDialog hidden(prompt(false));
    const QString visibleText = child<QLabel>(&visible, "instructionLabel")->text();
    QVERIFY(visibleText.contains(QStringLiteral("text message")));
    QVERIFY(visibleText.contains(QStringLiteral("phone")));
    QVERIFY(visibleText != child<QLabel>(&hidden, "instructionLabel")->text());
}

void TestOtpDialog::okNeedsACode()
{
    OtpDialog dialog(prompt());
    QPushButton *ok = child<QPushButton>(&dialog, "okButton");
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(child<QLineEdit>(&dialog, "otpLineEdit"), QStringLiteral("  "));
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(child<QLineEdit>(&dialog, "otpLineEdit"), QStringLiteral("1"));
    QVERIFY(ok->isEnabled());
}

void TestOtpDialog::spacesAndDashesAreIgnored_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("code");
    QTest::newRow("plain") << QStringLiteral("123456") << QStringLiteral("123456");
    QTest::newRow("grouped") << QStringLiteral("123 456") << QStringLiteral("123456");
    QTest::newRow("dashed") << QStringLiteral("123-456") << QStringLiteral("123456");
    QTest::newRow("padded") << QStringLiteral(" 12 34 56 ") << QStringLiteral("123456");
    QTest::newRow("letters") << QStringLiteral("ab12CD") << QStringLiteral("ab12CD");
    QTest::newRow("eight, spaced") << QStringLiteral("1234 5678") << QStringLiteral("12345678");
}

void TestOtpDialog::spacesAndDashesAreIgnored()
{
    QFETCH(QString, typed);
    QFETCH(QString, code);
    OtpDialog dialog(prompt());
    QTest::keyClicks(child<QLineEdit>(&dialog, "otpLineEdit"), typed);
    QCOMPARE(dialog.code(), code);
}

void TestOtpDialog::atMostEightSignificantCharacters()
{
    OtpDialog dialog(prompt());
    QLineEdit *edit = child<QLineEdit>(&dialog, "otpLineEdit");
    QTest::keyClicks(edit, QStringLiteral("1234 5678 9"));
    QCOMPARE(dialog.code(), QStringLiteral("12345678"));
}

void TestOtpDialog::acceptsPaste()
{
    OtpDialog dialog(prompt());
    QLineEdit *edit = child<QLineEdit>(&dialog, "otpLineEdit");
    QGuiApplication::clipboard()->setText(QStringLiteral("482 913"));
    edit->paste();
    QCOMPARE(dialog.code(), QStringLiteral("482913"));
    QVERIFY(child<QPushButton>(&dialog, "okButton")->isEnabled());
}

void TestOtpDialog::okEmitsTheCodeAndKeepsTheDialogOpen()
{
    OtpDialog dialog(prompt());
    dialog.show();
    QSignalSpy entered(&dialog, &OtpDialog::codeEntered);
    QTest::keyClicks(child<QLineEdit>(&dialog, "otpLineEdit"), QStringLiteral("123 456"));
    QTest::mouseClick(child<QPushButton>(&dialog, "okButton"), Qt::LeftButton);
    QCOMPARE(entered.count(), 1);
    QCOMPARE(entered.first().first().toString(), QStringLiteral("123456"));
    // The owner closes it once the flow has taken the code.
    QVERIFY(dialog.isVisible());
}

void TestOtpDialog::showsErrorsInline()
{
    OtpDialog dialog(prompt());
    dialog.show();
    QLabel *error = child<QLabel>(&dialog, "errorLabel");
    QVERIFY(!error->isVisible());
    dialog.showError(QStringLiteral("Enter the code from the text message: 1 to 8 characters."));
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), QStringLiteral("Enter the code from the text message: 1 to 8 characters."));
    QVERIFY(dialog.isVisible());
}

void TestOtpDialog::cancelRejects()
{
    OtpDialog dialog(prompt());
    dialog.show();
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    QTest::mouseClick(child<QPushButton>(&dialog, "cancelButton"), Qt::LeftButton);
    QCOMPARE(rejected.count(), 1);
    QVERIFY(!dialog.isVisible());
}

void TestOtpDialog::newCodeWaitsForTheRateLimit()
{
    using namespace std::chrono_literals;
    OtpDialog dialog(prompt());
    QSignalSpy requested(&dialog, &OtpDialog::newCodeRequested);
    QPushButton *newCode = child<QPushButton>(&dialog, "newCodeButton");
    dialog.setNewCodeAvailableIn(1s);
    QVERIFY(!newCode->isEnabled());
    QVERIFY2(newCode->text().contains(QStringLiteral("(1 s)")), qPrintable(newCode->text()));
    // Counts down by itself.
    QTRY_VERIFY_WITH_TIMEOUT(newCode->isEnabled(), 3000);
    QVERIFY(!newCode->text().contains(QLatin1Char('(')));
    QTest::mouseClick(newCode, Qt::LeftButton);
    QCOMPARE(requested.count(), 1);

    // While the new code is being requested nothing can be sent.
    dialog.setWaiting(true);
    QVERIFY(!newCode->isEnabled());
    QTest::keyClicks(child<QLineEdit>(&dialog, "otpLineEdit"), QStringLiteral("1"));
    QVERIFY(!child<QPushButton>(&dialog, "okButton")->isEnabled());
}

void TestOtpDialog::restartClearsTheField()
{
    OtpDialog dialog(prompt());
    dialog.show();
    QLineEdit *edit = child<QLineEdit>(&dialog, "otpLineEdit");
    QTest::keyClicks(edit, QStringLiteral("1234"));
    dialog.showError(QStringLiteral("No code has been entered for a while."));
    dialog.setWaiting(true);
    dialog.restart(prompt(true));
    QVERIFY(edit->text().isEmpty());
    QVERIFY(edit->isEnabled());
    QVERIFY(!child<QLabel>(&dialog, "errorLabel")->isVisible());
    QVERIFY(child<QLabel>(&dialog, "destinationLabel")->text().contains(QStringLiteral("new code")));
    QVERIFY(child<QLabel>(&dialog, "instructionLabel")->text().contains(QStringLiteral("text message")));
}

void TestOtpDialog::countsDownToTheCodeTimeout()
{
    using namespace std::chrono_literals;
    OtpDialog dialog(prompt());
    QLabel *time = child<QLabel>(&dialog, "codeTimeLabel");
    dialog.setCodeTimeout(5min);
    QVERIFY2(time->text().contains(QStringLiteral("5:00")), qPrintable(time->text()));
    dialog.setCodeTimeout(2s);
    QVERIFY2(time->text().contains(QStringLiteral("0:02")), qPrintable(time->text()));
    // Ticks by itself, then stops saying anything.
    QTRY_VERIFY_WITH_TIMEOUT(time->text().contains(QStringLiteral("0:01")), 2500);
    QTRY_VERIFY_WITH_TIMEOUT(time->text().isEmpty(), 3000);
    // While a new code is asked for, it says so.
    dialog.setWaiting(true);
    QVERIFY(!time->text().isEmpty());
    QVERIFY(child<QWidget>(&dialog, "waitingProgressBar")->isVisibleTo(&dialog));
    dialog.setWaiting(false);
    QVERIFY(!child<QWidget>(&dialog, "waitingProgressBar")->isVisibleTo(&dialog));
}

void TestOtpDialog::expiredOffersANewCodeAndAnotherNumber()
{
    OtpDialog dialog(prompt());
    dialog.show();
    dialog.showExpired();
    QLabel *error = child<QLabel>(&dialog, "errorLabel");
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("may have expired")));
    QVERIFY(child<QPushButton>(&dialog, "newCodeButton")->isEnabled());
    QVERIFY(child<QPushButton>(&dialog, "changeNumberButton")->isEnabled());
    // A new code makes the dialog fresh again.
    dialog.restart(prompt());
    QVERIFY(!error->isVisible());
}

void TestOtpDialog::changeNumberIsAsked()
{
    OtpDialog dialog(prompt());
    dialog.show();
    QSignalSpy change(&dialog, &OtpDialog::changeNumberRequested);
    QTest::mouseClick(child<QPushButton>(&dialog, "changeNumberButton"), Qt::LeftButton);
    QCOMPARE(change.count(), 1);
}

void TestOtpDialog::keyboardOnly()
{
    OtpDialog dialog(prompt());
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QSignalSpy entered(&dialog, &OtpDialog::codeEntered);
    // The code field has the focus; Tab walks the buttons in reading order.
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(&dialog, "otpLineEdit"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(&dialog, "newCodeButton"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(&dialog, "changeNumberButton"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("12 34 56"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(entered.count(), 1);
    QCOMPARE(entered.first().first().toString(), QStringLiteral("123456"));
    // Escape is Cancel.
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QCOMPARE(rejected.count(), 1);
}

QTEST_MAIN(TestOtpDialog)
#include "tst_otpdialog.moc"
