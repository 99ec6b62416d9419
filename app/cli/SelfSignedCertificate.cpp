#include "SelfSignedCertificate.h"

#include <QCoreApplication>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace spdc {

namespace {

template<typename T, void (*Free)(T *)>
struct OpenSslDeleter
{
    void operator()(T *handle) const { Free(handle); }
};

using EvpKeyPtr = std::unique_ptr<EVP_PKEY, OpenSslDeleter<EVP_PKEY, EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, OpenSslDeleter<X509, X509_free>>;
using ExtensionPtr =
    std::unique_ptr<X509_EXTENSION, OpenSslDeleter<X509_EXTENSION, X509_EXTENSION_free>>;
using BigNumPtr = std::unique_ptr<BIGNUM, OpenSslDeleter<BIGNUM, BN_free>>;
using BioPtr = std::unique_ptr<BIO, OpenSslDeleter<BIO, BIO_free_all>>;

Error openSslError(const char *what)
{
    const unsigned long code = ERR_get_error();
    char text[256] = {};
    if (code != 0)
        ERR_error_string_n(code, text, sizeof text);
    ERR_clear_error();
    return Error{ErrorCode::TlsError,
                 QCoreApplication::translate("SelfTest", "Could not make a test certificate (%1).")
                     .arg(QLatin1String(what)),
                 QString::fromLatin1(text)};
}

bool addExtension(X509 *certificate, int nid, const QByteArray &value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, certificate, certificate, nullptr, nullptr, 0);
    const ExtensionPtr extension(X509V3_EXT_nconf_nid(nullptr, &context, nid, value.constData()));
    return extension && X509_add_ext(certificate, extension.get(), -1) == 1;
}

QByteArray readAll(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, qsizetype(size));
}

} // namespace

Result<SelfSignedCertificate> SelfSignedCertificate::generate(const QString &hostName,
                                                              std::chrono::seconds lifetime)
{
    const EvpKeyPtr key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    if (!key)
        return openSslError("EC key generation");

    X509Ptr certificate(X509_new());
    if (!certificate || X509_set_version(certificate.get(), 2) != 1)
        return openSslError("certificate");
    // A random positive serial, as RFC 5280 wants.
    const BigNumPtr serial(BN_new());
    if (!serial || BN_rand(serial.get(), 159, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) != 1
        || !BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(certificate.get())))
        return openSslError("serial number");
    if (!X509_gmtime_adj(X509_getm_notBefore(certificate.get()), -3600)
        || !X509_gmtime_adj(X509_getm_notAfter(certificate.get()), long(lifetime.count())))
        return openSslError("validity");
    const QByteArray commonName = hostName.toUtf8();
    X509_NAME *name = X509_get_subject_name(certificate.get());
    if (X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char *>(commonName.constData()),
                                   int(commonName.size()), -1, 0) != 1
        || X509_set_issuer_name(certificate.get(), name) != 1
        || X509_set_pubkey(certificate.get(), key.get()) != 1)
        return openSslError("subject");
    if (!addExtension(certificate.get(), NID_basic_constraints, QByteArrayLiteral("critical,CA:FALSE"))
        || !addExtension(certificate.get(), NID_key_usage,
                         QByteArrayLiteral("critical,digitalSignature"))
        || !addExtension(certificate.get(), NID_ext_key_usage, QByteArrayLiteral("serverAuth"))
        || !addExtension(certificate.get(), NID_subject_alt_name,
                         QByteArrayLiteral("DNS:") + commonName + QByteArrayLiteral(",IP:127.0.0.1"))
        || !addExtension(certificate.get(), NID_subject_key_identifier, QByteArrayLiteral("hash")))
        return openSslError("extensions");
    if (X509_sign(certificate.get(), key.get(), EVP_sha256()) <= 0)
        return openSslError("signature");

    const BioPtr certificatePem(BIO_new(BIO_s_mem()));
    const BioPtr keyPem(BIO_new(BIO_s_mem()));
    if (!certificatePem || !keyPem || PEM_write_bio_X509(certificatePem.get(), certificate.get()) != 1
        || PEM_write_bio_PrivateKey(keyPem.get(), key.get(), nullptr, nullptr, 0, nullptr,
                                    nullptr) != 1)
        return openSslError("PEM encoding");

    SelfSignedCertificate result;
    result.certificate = QSslCertificate(readAll(certificatePem.get()), QSsl::Pem);
    result.privateKey = QSslKey(readAll(keyPem.get()), QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    if (result.certificate.isNull() || result.privateKey.isNull())
        return Error{ErrorCode::TlsError,
                     QCoreApplication::translate("SelfTest",
                         "Qt could not load the test certificate it just made."),
                     QStringLiteral("null QSslCertificate or QSslKey")};
    return result;
}

} // namespace spdc
