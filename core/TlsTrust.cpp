#include "TlsTrust.h"

#include <QCoreApplication>
#include <QFile>

namespace spdc::TlsTrust {

Result<QList<QSslCertificate>> loadCaFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{ErrorCode::InvalidInput,
                     QCoreApplication::translate("TlsTrust", "Cannot read the CA file %1: %2")
                         .arg(path, file.errorString()),
                     QStringLiteral("open failed")};
    }
    const QList<QSslCertificate> certificates =
        QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates.isEmpty()) {
        return Error{ErrorCode::InvalidInput,
                     QCoreApplication::translate("TlsTrust",
                         "The file %1 contains no PEM certificate.").arg(path),
                     QStringLiteral("no certificate")};
    }
    return certificates;
}

QSslConfiguration configuration(const QList<QSslCertificate> &extraCa)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setProtocol(QSsl::SecureProtocols);
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    // Qt 6.4 loads the system roots on demand only while the CA list is untouched: adding to it
    // (addCaCertificates) would leave the extra CA as the only root. Start from the system's.
    if (!extraCa.isEmpty())
        tls.setCaCertificates(QSslConfiguration::systemCaCertificates() + extraCa);
    return tls;
}

} // namespace spdc::TlsTrust
