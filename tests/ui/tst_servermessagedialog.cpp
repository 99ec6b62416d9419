// The operator's message (§2.2.3): exactly the buttons it asks for, its text never
// interpreted as markup, its web addresses as links.

#include "ServerMessageDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace spdc;

namespace {
UserMessage message(bool accept, bool reject, const QString &text = QStringLiteral("Welcome"))
{
    return UserMessage{QStringLiteral("RCS"), text, accept, reject};
}
} // namespace

class TestServerMessageDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void buttonsAsAskedFor_data();
    void buttonsAsAskedFor();
    void acceptAccepts();
    void declineIsItsOwnAnswer();
    void titleFromTheServer();
    void returnAcceptsEscapeIsNoAnswer();
    void linkify_data();
    void linkify();
};

void TestServerMessageDialog::buttonsAsAskedFor_data()
{
    QTest::addColumn<bool>("accept");
    QTest::addColumn<bool>("reject");
    QTest::newRow("accept only") << true << false;
    QTest::newRow("accept and decline") << true << true;
    QTest::newRow("decline only") << false << true;
    QTest::newRow("none") << false << false;
}

void TestServerMessageDialog::buttonsAsAskedFor()
{
    QFETCH(bool, accept);
    QFETCH(bool, reject);
    ServerMessageDialog dialog(message(accept, reject));
    QCOMPARE(dialog.findChild<QPushButton *>(QStringLiteral("acceptButton")) != nullptr, accept);
    QCOMPARE(dialog.findChild<QPushButton *>(QStringLiteral("declineButton")) != nullptr, reject);
    // A window with no button the server asked for can still be closed.
    QCOMPARE(dialog.findChild<QPushButton *>(QStringLiteral("closeButton")) != nullptr,
             !accept && !reject);
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("consequenceLabel"))->isVisibleTo(&dialog),
             reject);
}

void TestServerMessageDialog::acceptAccepts()
{
    ServerMessageDialog dialog(message(true, true));
    dialog.show();
    QSignalSpy finished(&dialog, &QDialog::finished);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("acceptButton")), Qt::LeftButton);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().toInt(), int(QDialog::Accepted));
}

void TestServerMessageDialog::declineIsItsOwnAnswer()
{
    ServerMessageDialog dialog(message(true, true));
    dialog.show();
    QSignalSpy finished(&dialog, &QDialog::finished);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("declineButton")), Qt::LeftButton);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().toInt(), int(ServerMessageDialog::Declined));
    QVERIFY(int(ServerMessageDialog::Declined) != int(QDialog::Rejected));
}

void TestServerMessageDialog::titleFromTheServer()
{
    ServerMessageDialog dialog(message(true, false));
    dialog.show();
    QCOMPARE(dialog.windowTitle(), QStringLiteral("RCS"));
    // Seen in the body too, where no title bar is needed to read it.
    QLabel *title = dialog.findChild<QLabel *>(QStringLiteral("titleLabel"));
    QVERIFY(title);
    QVERIFY(title->isVisible());
    QCOMPARE(title->text(), QStringLiteral("RCS"));
    QVERIFY(title->font().bold());

    // The server's title is text, never markup.
    ServerMessageDialog marked(UserMessage{QStringLiteral("<b>Terms</b>"), QStringLiteral("Hi"), true, false});
    QCOMPARE(marked.findChild<QLabel *>(QStringLiteral("titleLabel"))->textFormat(), Qt::PlainText);

    ServerMessageDialog untitled(UserMessage{QString(), QStringLiteral("Hi"), true, false});
    untitled.show();
    QVERIFY(!untitled.windowTitle().isEmpty());
    QVERIFY(!untitled.findChild<QLabel *>(QStringLiteral("titleLabel"))->isVisible());
}

void TestServerMessageDialog::returnAcceptsEscapeIsNoAnswer()
{
    // Return presses the default button, Accept.
    ServerMessageDialog dialog(message(true, true));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QSignalSpy finished(&dialog, &QDialog::finished);
    QTest::keyClick(&dialog, Qt::Key_Return);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().toInt(), int(QDialog::Accepted));

    // Escape closes the window without an answer: neither Accept nor Decline (§2.2.3).
    ServerMessageDialog escaped(message(true, true));
    escaped.show();
    QVERIFY(QTest::qWaitForWindowActive(&escaped));
    QSignalSpy closed(&escaped, &QDialog::finished);
    QTest::keyClick(&escaped, Qt::Key_Escape);
    QCOMPARE(closed.count(), 1);
    QCOMPARE(closed.first().first().toInt(), int(QDialog::Rejected));
    QVERIFY(closed.first().first().toInt() != int(ServerMessageDialog::Declined));

    // Decline is reached with the keyboard alone: Tab to it, Space presses it.
    ServerMessageDialog declined(message(true, true));
    declined.show();
    QVERIFY(QTest::qWaitForWindowActive(&declined));
    QSignalSpy answered(&declined, &QDialog::finished);
    QPushButton *decline = declined.findChild<QPushButton *>(QStringLiteral("declineButton"));
    for (int i = 0; i < 6 && QApplication::focusWidget() != decline; ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), decline);
    QTest::keyClick(decline, Qt::Key_Space);
    QCOMPARE(answered.count(), 1);
    QCOMPARE(answered.first().first().toInt(), int(ServerMessageDialog::Declined));
}

void TestServerMessageDialog::linkify_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("html");
    QTest::newRow("plain") << QStringLiteral("Welcome to RCS") << QStringLiteral("Welcome to RCS");
    QTest::newRow("markup is text") << QStringLiteral("<b>bold</b> & co")
                                    << QStringLiteral("&lt;b&gt;bold&lt;/b&gt; &amp; co");
    QTest::newRow("link") << QStringLiteral("See https://example.com/terms.")
                          << QStringLiteral("See <a href=\"https://example.com/terms\">https://example.com/terms</a>.");
    QTest::newRow("query") << QStringLiteral("http://x.example/?a=1&b=2")
                           << QStringLiteral("<a href=\"http://x.example/?a=1&amp;b=2\">http://x.example/?a=1&amp;b=2</a>");
    QTest::newRow("no javascript") << QStringLiteral("javascript:alert(1)")
                                   << QStringLiteral("javascript:alert(1)");
    QTest::newRow("lines") << QStringLiteral("one\ntwo") << QStringLiteral("one<br>two");
}

void TestServerMessageDialog::linkify()
{
    QFETCH(QString, text);
    QFETCH(QString, html);
    QCOMPARE(ServerMessageDialog::linkify(text), html);
}

QTEST_MAIN(TestServerMessageDialog)
#include "tst_servermessagedialog.moc"
