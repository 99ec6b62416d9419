#include "TestCertificateAuthority.h"

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace acssim {

namespace {

template<typename T, void (*Free)(T *)>
struct OpenSslDeleter
{
    void operator()(T *handle) const { Free(handle); }
};

using EvpKeyPtr = std::unique_ptr<EVP_PKEY, OpenSslDeleter<EVP_PKEY, EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, OpenSslDeleter<X509, X509_free>>;
using ExtensionPtr = std::unique_ptr<X509_EXTENSION, OpenSslDeleter<X509_EXTENSION, X509_EXTENSION_free>>;
using BigNumPtr = std::unique_ptr<BIGNUM, OpenSslDeleter<BIGNUM, BN_free>>;
using BioPtr = std::unique_ptr<BIO, OpenSslDeleter<BIO, BIO_free_all>>;

constexpr long kOneHour = 3600;
constexpr long kOneDay = 86400;

QString lastOpenSslError(const char *what)
{
    const unsigned long code = ERR_get_error();
    char text[256] = {};
    if (code != 0)
        ERR_error_string_n(code, text, sizeof text);
    ERR_clear_error();
    return QLatin1String(what) + QStringLiteral(": ") + QString::fromLatin1(text);
}

// EC P-256: about 50 ms per key here, ten times faster than RSA-2048 (PLATFORM.md).
EvpKeyPtr makeKey()
{
    return EvpKeyPtr(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
}

bool addNameEntry(X509_NAME *name, const char *field, const QByteArray &value)
{
    return X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char *>(value.constData()),
                                      int(value.size()), -1, 0) == 1;
}

bool addExtension(X509 *certificate, X509 *issuer, int nid, const QByteArray &value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, issuer, certificate, nullptr, nullptr, 0);
    const ExtensionPtr extension(X509V3_EXT_nconf_nid(nullptr, &context, nid, value.constData()));
    return extension && X509_add_ext(certificate, extension.get(), -1) == 1;
}

// Version 3, random 159-bit serial (positive, as RFC 5280 wants), now-1h .. now+1 day: the
// hour of slack tolerates a client clock slightly behind ours.
X509Ptr makeCertificate(EVP_PKEY *subjectKey, const QByteArray &commonName)
{
    X509Ptr certificate(X509_new());
    if (!certificate || X509_set_version(certificate.get(), 2) != 1)
        return {};
    const BigNumPtr serial(BN_new());
    if (!serial || BN_rand(serial.get(), 159, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) != 1
        || !BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(certificate.get())))
        return {};
    if (!X509_gmtime_adj(X509_getm_notBefore(certificate.get()), -kOneHour)
        || !X509_gmtime_adj(X509_getm_notAfter(certificate.get()), kOneDay))
        return {};
    X509_NAME *subject = X509_get_subject_name(certificate.get());
    if (!addNameEntry(subject, "O", QByteArrayLiteral("acs-sim"))
        || !addNameEntry(subject, "CN", commonName))
        return {};
    if (X509_set_pubkey(certificate.get(), subjectKey) != 1)
        return {};
    return certificate;
}

QByteArray toPem(const X509 *certificate)
{
    const BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), certificate) != 1)
        return {};
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, int(size));
}

QByteArray toPem(const EVP_PKEY *key)
{
    const BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio
        || PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return {};
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, int(size));
}

} // namespace

bool TestCertificateAuthority::generate(const QStringList &dnsNames,
                                        const QStringList &ipAddresses, QString *error)
{
    const auto fail = [error](const char *what) {
        if (error)
            *error = lastOpenSslError(what);
        return false;
    };

    const EvpKeyPtr caKey = makeKey();
    const EvpKeyPtr serverKey = makeKey();
    if (!caKey || !serverKey)
        return fail("EC key generation");

    const X509Ptr ca = makeCertificate(caKey.get(), QByteArrayLiteral("acs-sim throwaway CA"));
    if (!ca)
        return fail("CA certificate");
    X509_set_issuer_name(ca.get(), X509_get_subject_name(ca.get()));
    if (!addExtension(ca.get(), ca.get(), NID_basic_constraints, QByteArrayLiteral("critical,CA:TRUE"))
        || !addExtension(ca.get(), ca.get(), NID_key_usage,
                         QByteArrayLiteral("critical,keyCertSign,cRLSign"))
        || !addExtension(ca.get(), ca.get(), NID_subject_key_identifier, QByteArrayLiteral("hash"))
        || !addExtension(ca.get(), ca.get(), NID_authority_key_identifier,
                         QByteArrayLiteral("keyid:always")))
        return fail("CA extensions");
    if (X509_sign(ca.get(), caKey.get(), EVP_sha256()) <= 0)
        return fail("CA signature");

    const X509Ptr leaf = makeCertificate(serverKey.get(), QByteArrayLiteral("localhost"));
    if (!leaf)
        return fail("server certificate");
    X509_set_issuer_name(leaf.get(), X509_get_subject_name(ca.get()));
    QStringList altNames;
    for (const QString &name : dnsNames)
        altNames << QStringLiteral("DNS:") + name;
    for (const QString &address : ipAddresses)
        altNames << QStringLiteral("IP:") + address;
    if (!addExtension(leaf.get(), ca.get(), NID_basic_constraints, QByteArrayLiteral("CA:FALSE"))
        || !addExtension(leaf.get(), ca.get(), NID_key_usage,
                         QByteArrayLiteral("critical,digitalSignature"))
        || !addExtension(leaf.get(), ca.get(), NID_ext_key_usage, QByteArrayLiteral("serverAuth"))
        || !addExtension(leaf.get(), ca.get(), NID_subject_alt_name, altNames.join(u',').toUtf8())
        || !addExtension(leaf.get(), ca.get(), NID_subject_key_identifier, QByteArrayLiteral("hash"))
        || !addExtension(leaf.get(), ca.get(), NID_authority_key_identifier,
                         QByteArrayLiteral("keyid:always")))
        return fail("server certificate extensions");
    if (X509_sign(leaf.get(), caKey.get(), EVP_sha256()) <= 0)
        return fail("server certificate signature");

    m_caCertificatePem = toPem(ca.get());
    m_serverCertificatePem = toPem(leaf.get());
    m_serverKeyPem = toPem(serverKey.get());
    if (m_caCertificatePem.isEmpty() || m_serverCertificatePem.isEmpty() || m_serverKeyPem.isEmpty())
        return fail("PEM encoding");
    return true;
}

} // namespace acssim
