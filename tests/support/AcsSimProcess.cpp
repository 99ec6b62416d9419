#include "AcsSimProcess.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTest>
#include <QThread>

AcsSimProcess::AcsSimProcess()
{
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ACS_SIM_EXIT_WITH_PARENT"), QStringLiteral("1"));
    m_process.setProcessEnvironment(env);
}

AcsSimProcess::~AcsSimProcess()
{
    stop();
}

bool AcsSimProcess::start(const QStringList &arguments)
{
    QStringList args{QStringLiteral("--state-dir"), m_stateDir.path(), QStringLiteral("--quiet")};
    args += arguments;
    m_process.start(QStringLiteral(SPDC_ACS_SIM_PATH), args);
    if (!m_process.waitForStarted(5000)) {
        qWarning("acs-sim did not start: %s", qPrintable(m_process.errorString()));
        return false;
    }
    QFile urlFile(m_stateDir.filePath(QStringLiteral("url")));
    QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        if (urlFile.open(QIODevice::ReadOnly)) {
            m_url = QUrl(QString::fromUtf8(urlFile.readAll()).trimmed());
            return m_url.isValid();
        }
        if (m_process.state() != QProcess::Running) {
            qWarning("acs-sim exited early");
            return false;
        }
        QThread::msleep(20);
    }
    qWarning("acs-sim did not write its url in time");
    return false;
}

void AcsSimProcess::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(3000)) {
            m_process.kill();
            m_process.waitForFinished(3000);
        }
    }
}

QString AcsSimProcess::caFile() const
{
    return m_stateDir.filePath(QStringLiteral("ca.pem"));
}

QList<QSslCertificate> AcsSimProcess::caCertificates() const
{
    return QSslCertificate::fromPath(caFile(), QSsl::Pem);
}

QStringList AcsSimProcess::otps() const
{
    QStringList result;
    QFile outbox(m_stateDir.filePath(QStringLiteral("outbox.jsonl")));
    if (!outbox.open(QIODevice::ReadOnly))
        return result;
    while (!outbox.atEnd()) {
        const QJsonObject line = QJsonDocument::fromJson(outbox.readLine()).object();
        if (line.contains(QLatin1String("otp")))
            result.append(line.value(QLatin1String("otp")).toString());
    }
    return result;
}

QString AcsSimProcess::waitForOtp(int alreadySeen, int timeoutMs) const
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        const QStringList codes = otps();
        if (codes.size() > alreadySeen)
            return codes.last();
        QTest::qWait(20);
    }
    return QString();
}

QByteArray AcsSimProcess::lastDocument() const
{
    QFile file(m_stateDir.filePath(QStringLiteral("last-document.xml")));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QJsonValue AcsSimProcess::control(const QString &pathAndQuery) const
{
    // A fresh manager each time: a cached connection would ignore the TLS configuration.
    QNetworkAccessManager manager;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.addCaCertificates(caCertificates());
    QUrl url = m_url.resolved(QUrl(pathAndQuery));
    QNetworkRequest request(url);
    request.setSslConfiguration(tls);
    request.setTransferTimeout(5000);
    QNetworkReply *reply = manager.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

QJsonArray AcsSimProcess::requests() const
{
    return control(QStringLiteral("/_sim/requests")).toArray();
}
