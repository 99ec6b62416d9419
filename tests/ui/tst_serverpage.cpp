// The server page: the operator picker over mobile-broadband-provider-info, explicit URLs, the
// --server and organisation presets, and what happens when the operator list cannot be read.

#include "OperatorListModel.h"
#include "ServerPage.h"
#include "WidgetLookup.h"

#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QTemporaryFile>
#include <QTest>
#include <QTreeView>

using namespace spdc;

namespace {
const char *const TestOperators = R"(<?xml version="1.0" encoding="UTF-8"?>
<serviceproviders format="2.0">
 <country code="gb">
  <provider><name>Vodafone</name><gsm><network-id mcc="234" mnc="15"/></gsm></provider>
  <provider><name>O2</name><gsm><network-id mcc="234" mnc="10"/></gsm></provider>
 </country>
 <country code="je">
  <provider><name>Sure</name><gsm><network-id mcc="234" mnc="55"/></gsm></provider>
 </country>
 <country code="de">
  <provider><name>Vodafone</name><gsm><network-id mcc="262" mnc="02"/></gsm></provider>
 </country>
 <country code="us">
  <provider><name>T-Mobile</name><gsm><network-id mcc="310" mnc="260"/></gsm></provider>
 </country>
</serviceproviders>
)";

QStringList names(QTreeView *view)
{
    QStringList result;
    const auto *model = static_cast<const OperatorListModel *>(view->model());
    for (int row = 0; row < model->rowCount(); ++row)
        result.append(model->operatorAt(row).name + QLatin1Char('/') + model->operatorAt(row).countryCode);
    return result;
}
} // namespace

class TestServerPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void searchFilters_data();
    void searchFilters();
    void countryNamesForTheUiLanguage();
    void emptySearchPointsToOtherServer();
    void choosingAnOperatorSetsTheServer_data();
    void choosingAnOperatorSetsTheServer();
    void arrowKeysInTheSearchFieldChoose();
    void unlistedCodeIsStillAChoice();
    void realDatabaseIsSearchable();
    void unreadableDatabaseOffersTheAddressField();
    void customServer_data();
    void customServer();
    void presetServerIsPreselected();
    void errorShownUnderTheField();
    void presetOperatorIsSelected();
    void lockedServerIsDisabledAndLabelled();
    void customServerNotAllowed();

private:
    FlowDefaults defaults() const;
    QTemporaryFile m_database;
};

void TestServerPage::initTestCase()
{
    QVERIFY(m_database.open());
    m_database.write(TestOperators);
    m_database.flush();
}

FlowDefaults TestServerPage::defaults() const
{
    FlowDefaults result;
    result.operatorDatabasePath = m_database.fileName();
    return result;
}

void TestServerPage::searchFilters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("found");
    QTest::newRow("all") << QString()
                         << QStringList{QStringLiteral("Vodafone/DE"), QStringLiteral("Sure/JE"),
                                        QStringLiteral("O2/GB"), QStringLiteral("Vodafone/GB"),
                                        QStringLiteral("T-Mobile/US")};
    QTest::newRow("operator, any case") << QStringLiteral("vodafone")
                                        << QStringList{QStringLiteral("Vodafone/DE"), QStringLiteral("Vodafone/GB")};
    QTest::newRow("country") << QStringLiteral("United Kingdom")
                             << QStringList{QStringLiteral("O2/GB"), QStringLiteral("Vodafone/GB")};
    QTest::newRow("operator and country") << QStringLiteral("vodafone germany")
                                          << QStringList{QStringLiteral("Vodafone/DE")};
    QTest::newRow("mcc") << QStringLiteral("234")
                         << QStringList{QStringLiteral("Sure/JE"), QStringLiteral("O2/GB"), QStringLiteral("Vodafone/GB")};
    QTest::newRow("mcc and mnc") << QStringLiteral("310260") << QStringList{QStringLiteral("T-Mobile/US")};
    QTest::newRow("country in its own language") << QStringLiteral("deutschland")
                                                 << QStringList{QStringLiteral("Vodafone/DE")};
    QTest::newRow("nothing") << QStringLiteral("zzz") << QStringList{};
}

void TestServerPage::searchFilters()
{
    QFETCH(QString, text);
    QFETCH(QStringList, found);
    ServerPage page(defaults());
    QVERIFY(page.isDatabaseLoaded());
    QTest::keyClicks(child<QLineEdit>(&page, "operatorSearchLineEdit"), text);
    QCOMPARE(names(child<QTreeView>(&page, "operatorTreeView")), found);
}

void TestServerPage::countryNamesForTheUiLanguage()
{
    // A German UI: Germany in German (its own name), the English name beside it.
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    ServerPage page(defaults());
    QTest::keyClicks(child<QLineEdit>(&page, "operatorSearchLineEdit"), QStringLiteral("vodafone deutschland"));
    QTreeView *view = child<QTreeView>(&page, "operatorTreeView");
    QCOMPARE(view->model()->rowCount(), 1);
    const QString german = view->model()->index(0, OperatorListModel::CountryColumn).data().toString();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(german, QStringLiteral("Deutschland (Germany)"));

    // An English UI keeps the English name alone.
    ServerPage english(defaults());
    QTest::keyClicks(child<QLineEdit>(&english, "operatorSearchLineEdit"), QStringLiteral("vodafone deutschland"));
    QTreeView *englishView = child<QTreeView>(&english, "operatorTreeView");
    QCOMPARE(englishView->model()->index(0, OperatorListModel::CountryColumn).data().toString(),
             QStringLiteral("Germany"));
}

void TestServerPage::emptySearchPointsToOtherServer()
{
    ServerPage page(defaults());
    page.show();
    QLabel *hint = child<QLabel>(&page, "operatorHintLabel");
    const QString usual = hint->text();
    QLineEdit *search = child<QLineEdit>(&page, "operatorSearchLineEdit");
    QTest::keyClicks(search, QStringLiteral("zzz"));
    QVERIFY(hint->isVisible());
    QVERIFY2(hint->text().contains(QStringLiteral("Other server")), qPrintable(hint->text()));
    QVERIFY(hint->text().contains(QStringLiteral("zzz")));
    search->clear();
    QCOMPARE(hint->text(), usual);
}

void TestServerPage::choosingAnOperatorSetsTheServer_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("region");
    // §2.2.1: a 2-digit MNC is padded to 3 digits.
    QTest::newRow("2-digit MNC") << QStringLiteral("O2")
                                 << QStringLiteral("https://config.rcs.mnc010.mcc234.pub.3gppnetwork.org/")
                                 << QStringLiteral("GB");
    QTest::newRow("3-digit MNC") << QStringLiteral("t-mobile")
                                 << QStringLiteral("https://config.rcs.mnc260.mcc310.pub.3gppnetwork.org/")
                                 << QStringLiteral("US");
    // MCC 234 is mostly the United Kingdom: numbers are read the British way.
    QTest::newRow("shared MCC") << QStringLiteral("Sure")
                                << QStringLiteral("https://config.rcs.mnc055.mcc234.pub.3gppnetwork.org/")
                                << QStringLiteral("GB");
}

void TestServerPage::choosingAnOperatorSetsTheServer()
{
    QFETCH(QString, search);
    QFETCH(QString, url);
    QFETCH(QString, region);
    ServerPage page(defaults());
    page.show();
    QVERIFY(child<QRadioButton>(&page, "operatorRadioButton")->isChecked());
    QVERIFY(!page.isComplete());
    QTest::keyClicks(child<QLineEdit>(&page, "operatorSearchLineEdit"), search);
    // One match: it is the one chosen.
    QVERIFY(page.isComplete());
    QCOMPARE(page.server().toString(), url);
    QCOMPARE(page.region(), region);
    QVERIFY(child<QLabel>(&page, "resolvedServerLabel")->text().contains(url));

    // A mouse click chooses too.
    child<QLineEdit>(&page, "operatorSearchLineEdit")->clear();
    QTreeView *view = child<QTreeView>(&page, "operatorTreeView");
    const QModelIndex first = view->model()->index(0, 0);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(first).center());
    QCOMPARE(page.selectedOperator()->name, QStringLiteral("Vodafone"));
    QCOMPARE(page.selectedOperator()->countryCode, QStringLiteral("DE"));
    QCOMPARE(page.server().toString(), QStringLiteral("https://config.rcs.mnc002.mcc262.pub.3gppnetwork.org/"));
    QCOMPARE(page.region(), QStringLiteral("DE"));
}

void TestServerPage::arrowKeysInTheSearchFieldChoose()
{
    ServerPage page(defaults());
    page.show();
    QLineEdit *search = child<QLineEdit>(&page, "operatorSearchLineEdit");
    QTest::keyClicks(search, QStringLiteral("vodafone"));
    QVERIFY(!page.isComplete());
    QTest::keyClick(search, Qt::Key_Down);
    QCOMPARE(page.selectedOperator()->countryCode, QStringLiteral("DE"));
    QTest::keyClick(search, Qt::Key_Down);
    QCOMPARE(page.selectedOperator()->countryCode, QStringLiteral("GB"));
    QVERIFY(page.isComplete());
    // Typing on keeps the choice while it still matches.
    QTest::keyClicks(search, QStringLiteral(" united"));
    QCOMPARE(page.selectedOperator()->countryCode, QStringLiteral("GB"));
}

void TestServerPage::unlistedCodeIsStillAChoice()
{
    ServerPage page(defaults());
    QTest::keyClicks(child<QLineEdit>(&page, "operatorSearchLineEdit"), QStringLiteral("234-99"));
    QCOMPARE(page.selectedOperator()->mccMnc(), QStringLiteral("23499"));
    QCOMPARE(page.server().toString(), QStringLiteral("https://config.rcs.mnc099.mcc234.pub.3gppnetwork.org/"));
    QCOMPARE(page.region(), QStringLiteral("GB"));
}

void TestServerPage::realDatabaseIsSearchable()
{
    // The installed mobile-broadband-provider-info (SPDC_OPERATOR_DATABASE).
    ServerPage page(FlowDefaults{});
    if (!page.isDatabaseLoaded())
        QSKIP("mobile-broadband-provider-info is not installed");
    QTreeView *view = child<QTreeView>(&page, "operatorTreeView");
    const int all = view->model()->rowCount();
    QVERIFY(all > 100);
    QTest::keyClicks(child<QLineEdit>(&page, "operatorSearchLineEdit"), QStringLiteral("vodafone united kingdom"));
    QVERIFY(view->model()->rowCount() >= 1);
    QVERIFY(view->model()->rowCount() < all);
    // MCC and MNC are shown on every row.
    QCOMPARE(view->model()->index(0, OperatorListModel::CodeColumn).data().toString(), QStringLiteral("234 15"));
}

void TestServerPage::unreadableDatabaseOffersTheAddressField()
{
    FlowDefaults broken;
    broken.operatorDatabasePath = QStringLiteral("/nonexistent/serviceproviders.xml");
    ServerPage page(broken);
    QVERIFY(!page.isDatabaseLoaded());
    QLabel *error = child<QLabel>(&page, "databaseErrorLabel");
    QVERIFY(error->isVisibleTo(&page));
    QVERIFY(error->text().contains(QStringLiteral("could not be read")));
    QVERIFY(child<QRadioButton>(&page, "customServerRadioButton")->isChecked());
    QVERIFY(!child<QRadioButton>(&page, "operatorRadioButton")->isEnabled());
    QLineEdit *url = child<QLineEdit>(&page, "serverUrlLineEdit");
    QVERIFY(url->isEnabled());
    QTest::keyClicks(url, QStringLiteral("https://acs.example.com/"));
    QVERIFY(page.isComplete());
    QVERIFY(page.region().isEmpty());
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
    ServerPage page(defaults());
    QLineEdit *url = child<QLineEdit>(&page, "serverUrlLineEdit");
    QVERIFY(!url->isEnabled());
    child<QRadioButton>(&page, "customServerRadioButton")->click();
    QVERIFY(url->isEnabled());
    QVERIFY(!child<QLineEdit>(&page, "operatorSearchLineEdit")->isEnabled());
    QVERIFY(!child<QTreeView>(&page, "operatorTreeView")->isEnabled());
    QTest::keyClicks(url, text);
    QCOMPARE(page.isComplete(), complete);
    // No operator, no country: numbers must then be international.
    QVERIFY(page.region().isEmpty());
}

void TestServerPage::presetServerIsPreselected()
{
    const QUrl preset(QStringLiteral("https://127.0.0.1:4443/"));
    FlowDefaults preselected = defaults();
    preselected.server = preset;
    ServerPage page(preselected);
    QVERIFY(child<QRadioButton>(&page, "customServerRadioButton")->isChecked());
    QCOMPARE(child<QLineEdit>(&page, "serverUrlLineEdit")->text(), preset.toString());
    QVERIFY(page.isComplete());
    QCOMPARE(page.server(), preset);
    QVERIFY(child<QLabel>(&page, "resolvedServerLabel")->text().contains(preset.toDisplayString()));
}

void TestServerPage::errorShownUnderTheField()
{
    ServerPage page(defaults());
    page.show();
    child<QRadioButton>(&page, "customServerRadioButton")->click();
    QLineEdit *edit = child<QLineEdit>(&page, "serverUrlLineEdit");
    QTest::keyClicks(edit, QStringLiteral("http://acs.example.com/"));
    QTest::keyClick(edit, Qt::Key_Return);
    QLabel *error = child<QLabel>(&page, "serverErrorLabel");
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("https")));
    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("https://acs.example.com/"));
    QVERIFY(!error->isVisible());
}

void TestServerPage::presetOperatorIsSelected()
{
    FlowDefaults preset = defaults();
    preset.operatorCode = QStringLiteral("23415");
    ServerPage page(preset);
    QVERIFY(child<QRadioButton>(&page, "operatorRadioButton")->isChecked());
    QCOMPARE(page.selectedOperator()->name, QStringLiteral("Vodafone"));
    QCOMPARE(page.server().toString(), QStringLiteral("https://config.rcs.mnc015.mcc234.pub.3gppnetwork.org/"));
    QVERIFY(page.isComplete());
    // Not locked: the user may still choose another.
    QVERIFY(child<QLineEdit>(&page, "operatorSearchLineEdit")->isEnabled());
    QVERIFY(!child<QLabel>(&page, "serverManagedLabel")->isVisibleTo(&page));

    // A preset the database does not list is still the choice, by its codes.
    FlowDefaults unlisted = defaults();
    unlisted.operatorCode = QStringLiteral("99901");
    ServerPage other(unlisted);
    QVERIFY(other.isComplete());
    QCOMPARE(other.server().toString(), QStringLiteral("https://config.rcs.mnc001.mcc999.pub.3gppnetwork.org/"));
}

void TestServerPage::lockedServerIsDisabledAndLabelled()
{
    FlowDefaults locked = defaults();
    locked.server = QUrl(QStringLiteral("https://config.example.net/"));
    locked.serverLocked = true;
    ServerPage page(locked);
    QVERIFY(child<QRadioButton>(&page, "customServerRadioButton")->isChecked());
    QVERIFY(!child<QRadioButton>(&page, "customServerRadioButton")->isEnabled());
    QVERIFY(!child<QRadioButton>(&page, "operatorRadioButton")->isEnabled());
    QVERIFY(!child<QLineEdit>(&page, "serverUrlLineEdit")->isEnabled());
    QVERIFY(!child<QLineEdit>(&page, "operatorSearchLineEdit")->isEnabled());
    QVERIFY(!child<QTreeView>(&page, "operatorTreeView")->isEnabled());
    // Shown, not hidden, and said why.
    QVERIFY(child<QLineEdit>(&page, "serverUrlLineEdit")->isVisibleTo(&page));
    QLabel *managed = child<QLabel>(&page, "serverManagedLabel");
    QVERIFY(managed->isVisibleTo(&page));
    QVERIFY(managed->text().contains(QStringLiteral("managed by your organisation")));
    QVERIFY(page.isComplete());
    QCOMPARE(page.server(), *locked.server);

    // A locked operator: chosen, shown, not changeable.
    FlowDefaults lockedOperator = defaults();
    lockedOperator.operatorCode = QStringLiteral("23410");
    lockedOperator.serverLocked = true;
    ServerPage byOperator(lockedOperator);
    QCOMPARE(byOperator.selectedOperator()->name, QStringLiteral("O2"));
    QVERIFY(!child<QTreeView>(&byOperator, "operatorTreeView")->isEnabled());
    QVERIFY(!child<QLineEdit>(&byOperator, "operatorSearchLineEdit")->isEnabled());
    QVERIFY(byOperator.isComplete());
}

void TestServerPage::customServerNotAllowed()
{
    FlowDefaults notAllowed = defaults();
    notAllowed.allowCustomServer = false;
    ServerPage page(notAllowed);
    QVERIFY(!child<QRadioButton>(&page, "customServerRadioButton")->isEnabled());
    QVERIFY(!child<QLineEdit>(&page, "serverUrlLineEdit")->isEnabled());
    QVERIFY(child<QLineEdit>(&page, "operatorSearchLineEdit")->isEnabled());
    QVERIFY(child<QLabel>(&page, "serverManagedLabel")->isVisibleTo(&page));
}

QTEST_MAIN(TestServerPage)
#include "tst_serverpage.moc"
