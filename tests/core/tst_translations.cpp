#include "FrontendOptions.h"
#include "Identity.h"
#include "ProvisioningFlow.h"
#include "ServerAddress.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace spdc;

// The translations are embedded in whatever links spdc-frontend (both front ends and this test)
// and complete: a German, French or Spanish user sees no English, in the GUI or the CLI.
class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup();
    void coreMessagesAreTranslated_data();
    void coreMessagesAreTranslated();
    void everyMessageIsTranslated_data();
    void everyMessageIsTranslated();
    void cliSpeaksTheLocale_data();
    void cliSpeaksTheLocale();

private:
    static void addLanguages();
};

namespace {

QString phoneNumberError()
{
    const Result<Identity> identity = Identity::fromMsisdn(QStringLiteral("123"));
    return identity ? QString() : identity.error().userMessage;
}

QString operatorCodeError()
{
    const Result<QUrl> server = ServerAddress::fromMccMnc(QStringLiteral("12"));
    return server ? QString() : server.error().userMessage;
}

void installEnglish()
{
    // There is no spdc_en.qm: English is the source text.
    installTranslations(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    bool finished = false;
    bool empty = true;
};

// Every message of a .ts file, as lupdate wrote it.
QList<Message> readTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            if (!message.source.isNull())
                messages << message;
            message = Message{context, QString(), QString(),
                              xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            message.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            // No type: neither "unfinished" nor "vanished"/"obsolete".
            message.finished = !xml.attributes().hasAttribute(QLatin1String("type"));
            const QString text =
                xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
            message.empty = text.isEmpty();
        }
    }
    if (!message.source.isNull())
        messages << message;
    if (xml.hasError())
        qWarning() << path << xml.errorString();
    return messages;
}

} // namespace

void TestTranslations::cleanup()
{
    installEnglish();
}

void TestTranslations::addLanguages()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expectedWord");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Telefonnummer");
    QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("numéro");
    QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("número");
}

void TestTranslations::coreMessagesAreTranslated_data()
{
    addLanguages();
}

void TestTranslations::coreMessagesAreTranslated()
{
    QFETCH(QString, language);
    QFETCH(QString, expectedWord);

    installEnglish();
    const QString englishFlow = ProvisioningFlow::tr("Enter a phone number or a SIP address.");
    const QString englishPhone = phoneNumberError();
    const QString englishOperator = operatorCodeError();
    QCOMPARE(englishFlow, QStringLiteral("Enter a phone number or a SIP address."));
    QVERIFY(!englishPhone.isEmpty());
    QVERIFY(!englishOperator.isEmpty());

    installTranslations(QLocale(language));
    const QString flow = QCoreApplication::translate("spdc::ProvisioningFlow",
                                                     "Enter a phone number or a SIP address.");
    QVERIFY(!flow.isEmpty());
    QVERIFY2(flow != englishFlow, qPrintable(flow));
    QCOMPARE(ProvisioningFlow::tr("Enter a phone number or a SIP address."), flow);
    QVERIFY2(flow.contains(expectedWord, Qt::CaseInsensitive), qPrintable(flow));

    // Through the API the front ends call, not only the string table.
    const QString phone = phoneNumberError();
    QVERIFY2(phone != englishPhone, qPrintable(phone));
    QVERIFY2(phone.contains(QLatin1String("+44 7700 900123")), qPrintable(phone));
    const QString operatorCode = operatorCodeError();
    QVERIFY2(operatorCode != englishOperator, qPrintable(operatorCode));
    QVERIFY2(operatorCode.contains(QLatin1String("MCC")), qPrintable(operatorCode));

    // Plurals: the number is filled in and the English "(s)" is gone.
    const QString five = ProvisioningFlow::tr("A new code can be sent in %n second(s).", nullptr, 5);
    QVERIFY2(five.contains(QLatin1Char('5')) && !five.contains(QLatin1String("(s)")),
             qPrintable(five));
    const QString one = ProvisioningFlow::tr("A new code can be sent in %n second(s).", nullptr, 1);
    QVERIFY2(one.contains(QLatin1Char('1')), qPrintable(one));
    QVERIFY2(one != QString(five).replace(QLatin1Char('5'), QLatin1Char('1')), qPrintable(one));

    installEnglish();
    QCOMPARE(phoneNumberError(), englishPhone);
}

void TestTranslations::everyMessageIsTranslated_data()
{
    addLanguages();
}

void TestTranslations::everyMessageIsTranslated()
{
    QFETCH(QString, language);

    const QString tsPath = QStringLiteral(SPDC_TRANSLATIONS_DIR "/spdc_%1.ts").arg(language);
    const QList<Message> messages = readTs(tsPath);
    QVERIFY2(messages.size() > 100, qPrintable(tsPath));

    QTranslator embedded;
    QVERIFY(embedded.load(QStringLiteral(":/i18n/spdc_%1.qm").arg(language)));
    QCOMPARE(embedded.language(), language);

    QStringList untranslated;
    for (const Message &message : messages) {
        const QByteArray context = message.context.toUtf8();
        const QByteArray source = message.source.toUtf8();
        const QByteArray comment = message.comment.toUtf8();
        const QString fromQm = embedded.translate(context.constData(), source.constData(),
                                                  comment.isEmpty() ? nullptr : comment.constData(),
                                                  message.numerus ? 2 : -1);
        if (!message.finished || message.empty || fromQm.isEmpty())
            untranslated << message.context + QLatin1String(": ") + message.source;
    }
    qInfo("%s: %lld messages", qPrintable(language), qlonglong(messages.size()));
    QVERIFY2(untranslated.isEmpty(),
             qPrintable(QStringLiteral("%1 unfinished or missing from the .qm:\n").arg(untranslated.size())
                        + untranslated.join(u'\n')));
}

void TestTranslations::cliSpeaksTheLocale_data()
{
    QTest::addColumn<QString>("tag");
    QTest::newRow("de-DE") << QStringLiteral("de-DE");
    QTest::newRow("fr-FR") << QStringLiteral("fr-FR");
    QTest::newRow("es-ES") << QStringLiteral("es-ES");
    QTest::newRow("en-GB") << QStringLiteral("en-GB");
}

void TestTranslations::cliSpeaksTheLocale()
{
    QFETCH(QString, tag);

    // What the CLI should say, from the same translations in this process.
    installTranslations(QLocale(tag));
    const QString expectedError = phoneNumberError();
    const QString expectedHelp = QCoreApplication::translate(
        "FrontendOptions", "Language of the interface and of the server's messages, e.g. de-DE.");
    installEnglish();
    const bool english = tag.startsWith(QLatin1String("en"));
    QCOMPARE(expectedError == phoneNumberError(), english);

    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // No user settings and a system locale that is not the one asked for.
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path());
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    environment.insert(QStringLiteral("LANGUAGE"), QString());

    const auto run = [&](const QStringList &arguments, QByteArray *out, QByteArray *err) {
        QProcess cli;
        cli.setProcessEnvironment(environment);
        cli.start(QStringLiteral(SPDC_CLI_PATH), arguments);
        if (!cli.waitForFinished(30000))
            return -1;
        *out = cli.readAllStandardOutput();
        *err = cli.readAllStandardError();
        return cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1;
    };

    QByteArray out;
    QByteArray err;
    const int linkCode = run({QStringLiteral("--locale"), tag, QStringLiteral("link"),
                              QStringLiteral("--msisdn"), QStringLiteral("123"),
                              QStringLiteral("--server"), QStringLiteral("https://x/")},
                             &out, &err);
    QCOMPARE(linkCode, 1);
    QVERIFY2(QString::fromUtf8(err).contains(expectedError),
             qPrintable(QString::fromUtf8(err) + QLatin1String("\nexpected: ") + expectedError));

    // --help is written before the options are read: it must be translated all the same.
    // QCommandLineParser wraps option descriptions, hence simplified().
    const int helpCode = run({QStringLiteral("--locale=") + tag, QStringLiteral("--help")}, &out, &err);
    QCOMPARE(helpCode, 0);
    QVERIFY2(QString::fromUtf8(out).simplified().contains(expectedHelp.simplified()),
             qPrintable(QString::fromUtf8(out) + QLatin1String("\nexpected: ") + expectedHelp));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
