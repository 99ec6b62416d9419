// The server page: operator codes, explicit URLs and the --server preset.

#include "ServerPage.h"

#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
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

class TestServerPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void operatorCode_data();
    void operatorCode();
    void customServer_data();
    void customServer();
    void presetServerIsPreselected();
    void errorShownUnderTheField();
    void presetOperatorIsPrefilled();
    void lockedServerIsDisabledAndLabelled();
    void customServerNotAllowed();
};

void TestServerPage::operatorCode_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("url");
    // §2.2.1: a 2-digit MNC is padded to 3 digits.
    QTest::newRow("2-digit MNC") << QStringLiteral("23415")
                                 << QStringLiteral("https://config.rcs.mnc015.mcc234.pub.3gppnetwork.org/");
    QTest::newRow("3-digit MNC") << QStringLiteral("310260")
                                 << QStringLiteral("https://config.rcs.mnc260.mcc310.pub.3gppnetwork.org/");
    QTest::newRow("dash") << QStringLiteral("234-15")
                          << QStringLiteral("https://config.rcs.mnc015.mcc234.pub.3gppnetwork.org/");
    QTest::newRow("too short") << QStringLiteral("2341") << QString();
    QTest::newRow("letters") << QStringLiteral("abcde") << QString();
}

void TestServerPage::operatorCode()
{
    QFETCH(QString, text);
    QFETCH(QString, url);
    ServerPage page(FlowDefaults{});
    QVERIFY(child<QRadioButton>(&page, "operatorRadioButton")->isChecked());
    QVERIFY(!page.isComplete());
    QTest::keyClicks(child<QLineEdit>(&page, "operatorLineEdit"), text);
    QCOMPARE(page.isComplete(), !url.isEmpty());
    QCOMPARE(page.server().toString(), url);
}

void TestServerPage::customServer_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("complete");
    QTest::newRow("https") << QStringLiteral("https://acs.example.com/") << true;
    QTest::newRow("port") << QStringLiteral("https://127.0.0.1:8443/") << true;
    // The configuration carries a token: never over plain http (§2.2.5).
    QTest::newRow("http") << QStringLiteral("http://acs.example.com/") << false;
    QTest::newRow("garbage") << QStringLiteral("::") << false;
}

void TestServerPage::customServer()
{
    QFETCH(QString, text);
    QFETCH(bool, complete);
    ServerPage page(FlowDefaults{});
    QLineEdit *url = child<QLineEdit>(&page, "serverUrlLineEdit");
    QVERIFY(!url->isEnabled());
    child<QRadioButton>(&page, "customServerRadioButton")->click();
    QVERIFY(url->isEnabled());
    QVERIFY(!child<QLineEdit>(&page, "operatorLineEdit")->isEnabled());
    QTest::keyClicks(url, text);
    QCOMPARE(page.isComplete(), complete);
}

void TestServerPage::presetServerIsPreselected()
{
    const QUrl preset(QStringLiteral("https://127.0.0.1:4443/"));
    FlowDefaults defaults;
    defaults.server = preset;
    ServerPage page(defaults);
    QVERIFY(child<QRadioButton>(&page, "customServerRadioButton")->isChecked());
    QCOMPARE(child<QLineEdit>(&page, "serverUrlLineEdit")->text(), preset.toString());
    QVERIFY(page.isComplete());
    QCOMPARE(page.server(), preset);
    QVERIFY(child<QLabel>(&page, "resolvedServerLabel")->text().contains(preset.toDisplayString()));
}

void TestServerPage::errorShownUnderTheField()
{
    ServerPage page(FlowDefaults{});
    page.show();
    QLineEdit *edit = child<QLineEdit>(&page, "operatorLineEdit");
    QTest::keyClicks(edit, QStringLiteral("2341"));
    QTest::keyClick(edit, Qt::Key_Return);
    QLabel *error = child<QLabel>(&page, "serverErrorLabel");
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("MCC")));
    QTest::keyClicks(edit, QStringLiteral("5"));
    QVERIFY(!error->isVisible());
}

void TestServerPage::presetOperatorIsPrefilled()
{
    FlowDefaults defaults;
    defaults.operatorCode = QStringLiteral("23415");
    ServerPage page(defaults);
    QVERIFY(child<QRadioButton>(&page, "operatorRadioButton")->isChecked());
    QCOMPARE(child<QLineEdit>(&page, "operatorLineEdit")->text(), QStringLiteral("23415"));
    QVERIFY(page.isComplete());
    // Not locked: the user may still choose another.
    QVERIFY(child<QLineEdit>(&page, "operatorLineEdit")->isEnabled());
    QVERIFY(!child<QLabel>(&page, "serverManagedLabel")->isVisibleTo(&page));
}

void TestServerPage::lockedServerIsDisabledAndLabelled()
{
    FlowDefaults defaults;
    defaults.server = QUrl(QStringLiteral("https://config.example.net/"));
    defaults.serverLocked = true;
    ServerPage page(defaults);
    QVERIFY(child<QRadioButton>(&page, "customServerRadioButton")->isChecked());
    QVERIFY(!child<QRadioButton>(&page, "customServerRadioButton")->isEnabled());
    QVERIFY(!child<QRadioButton>(&page, "operatorRadioButton")->isEnabled());
    QVERIFY(!child<QLineEdit>(&page, "serverUrlLineEdit")->isEnabled());
    QVERIFY(!child<QLineEdit>(&page, "operatorLineEdit")->isEnabled());
    // Shown, not hidden, and said why.
    QVERIFY(child<QLineEdit>(&page, "serverUrlLineEdit")->isVisibleTo(&page));
    QLabel *managed = child<QLabel>(&page, "serverManagedLabel");
    QVERIFY(managed->isVisibleTo(&page));
    QVERIFY(managed->text().contains(QStringLiteral("managed by your organisation")));
    QVERIFY(page.isComplete());
    QCOMPARE(page.server(), *defaults.server);
}

void TestServerPage::customServerNotAllowed()
{
    FlowDefaults defaults;
    defaults.allowCustomServer = false;
    ServerPage page(defaults);
    QVERIFY(!child<QRadioButton>(&page, "customServerRadioButton")->isEnabled());
    QVERIFY(!child<QLineEdit>(&page, "serverUrlLineEdit")->isEnabled());
    QVERIFY(child<QLineEdit>(&page, "operatorLineEdit")->isEnabled());
    QVERIFY(child<QLabel>(&page, "serverManagedLabel")->isVisibleTo(&page));
}

QTEST_MAIN(TestServerPage)
#include "tst_serverpage.moc"
