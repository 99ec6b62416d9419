#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace acssim {

// One HTTP/1.1 request, parsed by hand from the decrypted byte stream (no HTTP library:
// the simulator must see the raw request target exactly as the client sent it).
class HttpRequest
{
public:
    enum class ParseResult {
        Incomplete,       // wait for more bytes
        Complete,         // *request filled, its bytes removed from the buffer
        BadRequest,       // 400, then close
        HeadersTooLarge,  // 431, then close
        BodyTooLarge,     // 413, then close
    };

    static constexpr int kMaxHeaderBytes = 16 * 1024;
    static constexpr int kMaxBodyBytes = 1024 * 1024;

    // Parses the first request in buffer; on Complete removes its bytes so that pipelined
    // or keep-alive requests that follow stay in the buffer.
    [[nodiscard]] static ParseResult parse(QByteArray &buffer, HttpRequest *request);

    [[nodiscard]] QByteArray method() const { return m_method; }
    [[nodiscard]] QByteArray target() const { return m_target; }
    [[nodiscard]] QByteArray version() const { return m_version; }
    [[nodiscard]] QByteArray path() const;
    [[nodiscard]] QByteArray rawQuery() const;
    // Case-insensitive; repeated headers are joined (Cookie with "; ", others with ", ").
    [[nodiscard]] QByteArray header(const QByteArray &name) const;
    [[nodiscard]] bool hasHeader(const QByteArray &name) const;
    [[nodiscard]] bool keepAlive() const;

    // The query split on '&' and '=', names and values percent-decoded. A literal '+' is a
    // space (form encoding, as real servers read it): a client that does not send '+' as
    // %2B (RCC.14 Table 12 note, RFC 3986 §2.1) gets a mangled msisdn and a 403.
    [[nodiscard]] QList<QPair<QString, QString>> queryItems() const;
    [[nodiscard]] static QString decodeFormComponent(QByteArray component);

private:
    QByteArray m_method;
    QByteArray m_target;
    QByteArray m_version;
    QList<QPair<QByteArray, QByteArray>> m_headers; // names lower-cased
    QByteArray m_body;
};

} // namespace acssim
