#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace acssim {

// A throwaway CA and a server certificate it signs, made at every start-up. RCC.14 §2.2.5
// requires the configuration server to use CA-issued certificates; tests trust this CA
// explicitly (QSslConfiguration::addCaCertificates) so that the client's real certificate
// verification is exercised instead of being switched off.
class TestCertificateAuthority
{
public:
    // dnsNames and ipAddresses end up in the leaf's subjectAltName.
    [[nodiscard]] bool generate(const QStringList &dnsNames, const QStringList &ipAddresses,
                                QString *error);

    [[nodiscard]] QByteArray caCertificatePem() const { return m_caCertificatePem; }
    [[nodiscard]] QByteArray serverCertificatePem() const { return m_serverCertificatePem; }
    [[nodiscard]] QByteArray serverKeyPem() const { return m_serverKeyPem; }

private:
    QByteArray m_caCertificatePem;
    QByteArray m_serverCertificatePem;
    QByteArray m_serverKeyPem;
};

} // namespace acssim
