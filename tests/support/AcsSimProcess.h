#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QProcess>
#include <QSslCertificate>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

// acs-sim as a real process on loopback, with its throwaway CA, for integration tests.
class AcsSimProcess
{
public:
    AcsSimProcess();
    ~AcsSimProcess();

    // Starts acs-sim with extra arguments; waits until it listens. False (with a QTest
    // warning) when it does not start within a few seconds.
    bool start(const QStringList &arguments = {});
    void stop();

    QUrl url() const { return m_url; }
    QString caFile() const;
    QList<QSslCertificate> caCertificates() const;
    QString stateDir() const { return m_stateDir.path(); }

    // The OTPs "sent by SMS", oldest first, as written to the outbox.
    QStringList otps() const;
    // Waits until the outbox holds more than `alreadySeen` codes; the newest, or empty.
    QString waitForOtp(int alreadySeen = 0, int timeoutMs = 5000) const;
    // The exact bytes of the last configuration document served.
    QByteArray lastDocument() const;
    // GET on a /_sim/ control path (enqueue, requests, reset); the parsed JSON answer.
    QJsonValue control(const QString &pathAndQuery) const;
    // The protocol requests received so far.
    QJsonArray requests() const;

private:
    QTemporaryDir m_stateDir;
    QProcess m_process;
    QUrl m_url;
};
