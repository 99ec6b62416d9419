// Keyboard habits: in every window, dialog and wizard page each Alt+letter reaches exactly one
// control, in English and in each shipped translation. A clash makes Alt+letter cycle focus
// instead of pressing the button or opening the menu.

#include "AccountIndex.h"
#include "AccountManager.h"
#include "FrontendOptions.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "NameConflictDialog.h"
#include "OtpDialog.h"
#include "ProfileStore.h"
#include "ServerMessageDialog.h"
#include "SetupWizard.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWizardPage>

#include <memory>

using namespace spdc;

namespace {

// The letter after a single '&' ("&&" is a literal ampersand), lower-cased; null if none.
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return QChar();
}

// Every Alt+letter under root (labels only count with a buddy, as only then Qt acts on them),
// as "letter → the texts that use it".
void collect(QWidget *root, QMultiHash<QChar, QString> &found)
{
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        QString text;
        if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
            text = label->text();
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            text = button->text();
        else if (auto *group = qobject_cast<QGroupBox *>(widget))
            text = group->title();
        else if (auto *bar = qobject_cast<QMenuBar *>(widget)) {
            const QList<QAction *> menus = bar->actions();
            for (QAction *menu : menus) {
                if (const QChar letter = mnemonic(menu->text()); !letter.isNull())
                    found.insert(letter, menu->text());
            }
        }
        if (const QChar letter = mnemonic(text); !letter.isNull())
            found.insert(letter, text);
    }
}

// Empty when each letter is used once; otherwise what clashes, for the failure message.
QString clashes(const QMultiHash<QChar, QString> &found)
{
    QStringList result;
    const QList<QChar> letters = found.uniqueKeys();
    for (const QChar letter : letters) {
        const QStringList texts = found.values(letter);
        if (texts.size() > 1)
            result.append(QStringLiteral("Alt+%1: %2").arg(letter, texts.join(QLatin1String(" | "))));
    }
    return result.join(QLatin1String("; "));
}

} // namespace

class TestMnemonics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void uniqueInEachWindow_data();
    void uniqueInEachWindow();
};

void TestMnemonics::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMnemonics::cleanup()
{
    installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestMnemonics::uniqueInEachWindow_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::newRow("en") << QLocale(QLocale::English, QLocale::UnitedStates);
    QTest::newRow("de") << QLocale(QLocale::German, QLocale::Germany);
    QTest::newRow("fr") << QLocale(QLocale::French, QLocale::France);
    QTest::newRow("es") << QLocale(QLocale::Spanish, QLocale::Spain);
}

void TestMnemonics::uniqueInEachWindow()
{
    QFETCH(QLocale, locale);
    installTranslations(locale);

    QTemporaryDir dir;
    MemorySecretStore secrets;
    ProfileStore store(&secrets);
    AccountIndex index(dir.filePath(QStringLiteral("accounts.ini")));
    AccountManager accounts(&store, &index);
    FlowDefaults defaults;

    {
        MainWindow window(&accounts, defaults);
        QMultiHash<QChar, QString> found;
        collect(&window, found);
        QVERIFY2(found.size() > 5, "the main window has mnemonics");
        QVERIFY2(clashes(found).isEmpty(), qPrintable(QStringLiteral("main window: ") + clashes(found)));
    }
    {
        // Each page with the wizard's own buttons.
        SetupWizard wizard(&store, &index, defaults);
        const QList<int> ids = wizard.pageIds();
        QVERIFY(ids.size() >= 5);
        for (const int id : ids) {
            QMultiHash<QChar, QString> found;
            collect(wizard.page(id), found);
            // Next on the way, Finish on the last page only (a hidden button has no Alt key).
            const QWizard::WizardButton forward = id == SetupWizard::ResultPageId
                ? QWizard::FinishButton
                : QWizard::NextButton;
            for (const QWizard::WizardButton which :
                 {QWizard::BackButton, forward, QWizard::CancelButton}) {
                if (const QChar letter = mnemonic(wizard.button(which)->text()); !letter.isNull())
                    found.insert(letter, wizard.button(which)->text());
            }
            QVERIFY2(clashes(found).isEmpty(),
                     qPrintable(QStringLiteral("wizard page %1: %2").arg(id).arg(clashes(found))));
        }
    }
    const auto check = [](QWidget *dialog, const char *name) {
        QMultiHash<QChar, QString> found;
        collect(dialog, found);
        return clashes(found).isEmpty()
            ? QString()
            : QString::fromLatin1(name) + QStringLiteral(": ") + clashes(found);
    };
    OtpDialog otp(OtpPrompt{QStringLiteral("+15550100001"), false});
    QString problem = check(&otp, "OTP dialog");
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    NameConflictDialog conflict(QStringLiteral("Office PC"));
    problem = check(&conflict, "name conflict dialog");
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    ServerMessageDialog message(UserMessage{QStringLiteral("Terms"), QStringLiteral("Hi"), true, true});
    problem = check(&message, "message dialog");
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

QTEST_MAIN(TestMnemonics)
#include "tst_mnemonics.moc"
