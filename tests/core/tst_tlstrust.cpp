#include "TlsTrust.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace spdc;

// Which servers spdc trusts: the system's roots always, an extra CA (an enterprise CA, the
// simulator's) only in addition to them.
class TestTlsTrust : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void peersAreAlwaysVerified();
    void extraCaIsAddedToTheSystemRoots();
    void caFileErrors_data();
    void caFileErrors();

private:
    QTemporaryDir m_dir;
    QString m_caPath;
};

void TestTlsTrust::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_caPath = m_dir.filePath(QStringLiteral("enterprise-ca.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"), m_dir.filePath(QStringLiteral("ca.key")),
                   QStringLiteral("-out"), m_caPath, QStringLiteral("-subj"),
                   QStringLiteral("/CN=spdc test enterprise CA"), QStringLiteral("-days"),
                   QStringLiteral("2")});
    QVERIFY(openssl.waitForFinished(30000));
    QCOMPARE(openssl.exitCode(), 0);
}

void TestTlsTrust::peersAreAlwaysVerified()
{
    QCOMPARE(TlsTrust::configuration({}).peerVerifyMode(), QSslSocket::VerifyPeer);
    const Result<QList<QSslCertificate>> extra = TlsTrust::loadCaFile(m_caPath);
    QVERIFY(extra);
    QCOMPARE(TlsTrust::configuration(extra.value()).peerVerifyMode(), QSslSocket::VerifyPeer);
}

void TestTlsTrust::extraCaIsAddedToTheSystemRoots()
{
    // An operator's server with a public certificate must still be trusted when the IT
    // department sets an enterprise CA (or the user passes --ca-file).
    const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
    QVERIFY2(!system.isEmpty(), "the system has no CA roots (ca-certificates is missing)");
    const Result<QList<QSslCertificate>> extra = TlsTrust::loadCaFile(m_caPath);
    QVERIFY(extra);
    QCOMPARE(extra->size(), 1);

    const QList<QSslCertificate> trusted = TlsTrust::configuration(extra.value()).caCertificates();
    QVERIFY(trusted.contains(extra->first()));
    for (const QSslCertificate &root : system)
        QVERIFY2(trusted.contains(root), qPrintable(root.subjectDisplayName()));
}

void TestTlsTrust::caFileErrors_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("exists");
    QTest::newRow("missing file") << QByteArray() << false;
    QTest::newRow("not PEM") << QByteArray("<html>captive portal</html>") << true;
    QTest::newRow("empty") << QByteArray() << true;
}

void TestTlsTrust::caFileErrors()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, exists);
    const QString path = m_dir.filePath(QStringLiteral("bad.pem"));
    QFile::remove(path);
    if (exists) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    const Result<QList<QSslCertificate>> loaded = TlsTrust::loadCaFile(path);
    QVERIFY(!loaded);
    QCOMPARE(loaded.error().code, ErrorCode::InvalidInput);
    QVERIFY2(loaded.error().userMessage.contains(path), qPrintable(loaded.error().userMessage));
}

QTEST_GUILESS_MAIN(TestTlsTrust)
#include "tst_tlstrust.moc"
