// The 409 dialog (Table 7): it explains, proposes another name and keeps to 30 characters.

#include "NameConflictDialog.h"
#include "WidgetLookup.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace spdc;

class TestNameConflictDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void proposesAnAlternative_data();
    void proposesAnAlternative();
    void explainsAndProposes();
    void validatesTheName();
    void keyboardOnly();
    void cancelIsNoName();
};

void TestNameConflictDialog::proposesAnAlternative_data()
{
    QTest::addColumn<QString>("rejected");
    QTest::addColumn<QString>("proposed");
    QTest::newRow("plain") << QStringLiteral("Office laptop") << QStringLiteral("Office laptop 2");
    QTest::newRow("numbered") << QStringLiteral("Office laptop 2") << QStringLiteral("Office laptop 3");
    QTest::newRow("nine") << QStringLiteral("PC 9") << QStringLiteral("PC 10");
    QTest::newRow("digits in the name") << QStringLiteral("Lab-42") << QStringLiteral("Lab-42 2");
    QTest::newRow("spaces") << QStringLiteral("  Office   laptop ") << QStringLiteral("Office laptop 2");
    // Table 12: 30 characters at most, the number kept whole.
    QTest::newRow("thirty") << QStringLiteral("abcdefghijklmnopqrstuvwxyz0123")
                            << QStringLiteral("abcdefghijklmnopqrstuvwxyz01 2");
}

void TestNameConflictDialog::proposesAnAlternative()
{
    QFETCH(QString, rejected);
    QFETCH(QString, proposed);
    const QString result = NameConflictDialog::proposeAlternative(rejected, 30);
    QCOMPARE(result, proposed);
    QVERIFY(result.size() <= 30);
}

void TestNameConflictDialog::explainsAndProposes()
{
    NameConflictDialog dialog(QStringLiteral("Office laptop"));
    QVERIFY(child<QLabel>(&dialog, "explanationLabel")->text().contains(QStringLiteral("\"Office laptop\"")));
    QLineEdit *name = child<QLineEdit>(&dialog, "newFriendlyNameLineEdit");
    QCOMPARE(name->text(), QStringLiteral("Office laptop 2"));
    QCOMPARE(name->selectedText(), name->text());
    QVERIFY(!name->accessibleName().isEmpty());
    QVERIFY(child<QPushButton>(&dialog, "useNameButton")->isEnabled());
}

void TestNameConflictDialog::validatesTheName()
{
    NameConflictDialog dialog(QStringLiteral("Office laptop"));
    dialog.show();
    QLineEdit *name = child<QLineEdit>(&dialog, "newFriendlyNameLineEdit");
    QPushButton *use = child<QPushButton>(&dialog, "useNameButton");
    QSignalSpy chosen(&dialog, &NameConflictDialog::nameChosen);
    name->clear();
    QVERIFY(!use->isEnabled());
    QTest::keyClicks(name, QStringLiteral("   "));
    QVERIFY(!use->isEnabled());
    name->clear();
    QTest::keyClicks(name, QStringLiteral("Office laptop"));
    QVERIFY(!use->isEnabled());
    QVERIFY(child<QLabel>(&dialog, "hintLabel")->text().contains(QStringLiteral("taken")));
    name->clear();
    QTest::keyClicks(name, QString(40, QLatin1Char('x')));
    QCOMPARE(dialog.name().size(), 30);
    QVERIFY(use->isEnabled());
    QTest::mouseClick(use, Qt::LeftButton);
    QCOMPARE(chosen.count(), 1);
    // The owner closes it once the flow has taken the name, or says why not.
    QVERIFY(dialog.isVisible());
    dialog.showError(QStringLiteral("Enter a device name of 1 to 30 characters."));
    QVERIFY(child<QLabel>(&dialog, "errorLabel")->isVisible());
}

void TestNameConflictDialog::keyboardOnly()
{
    NameConflictDialog dialog(QStringLiteral("Office laptop"));
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QSignalSpy chosen(&dialog, &NameConflictDialog::nameChosen);
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(&dialog, "newFriendlyNameLineEdit"));
    // The proposal is selected: typing replaces it, Return uses it.
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Desk PC"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.first().first().toString(), QStringLiteral("Desk PC"));
}

void TestNameConflictDialog::cancelIsNoName()
{
    NameConflictDialog dialog(QStringLiteral("Office laptop"));
    dialog.show();
    QSignalSpy chosen(&dialog, &NameConflictDialog::nameChosen);
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QCOMPARE(rejected.count(), 1);
    QCOMPARE(chosen.count(), 0);
}

QTEST_MAIN(TestNameConflictDialog)
#include "tst_nameconflictdialog.moc"
