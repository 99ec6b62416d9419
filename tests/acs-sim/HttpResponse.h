#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>

#include <optional>

namespace acssim {

// A response as the simulator writes it: Date and Content-Length are always sent (a
// keep-alive connection needs the length to find the end of the body).
class HttpResponse
{
public:
    explicit HttpResponse(int status = 200) : m_status(status) { }

    [[nodiscard]] int status() const { return m_status; }
    void setStatus(int status) { m_status = status; }
    void setHeader(const QByteArray &name, const QByteArray &value);
    void setBody(const QByteArray &body, const QByteArray &contentType);
    [[nodiscard]] QByteArray body() const { return m_body; }
    // The connection is closed after this response whatever the request asked for.
    void setCloseConnection(bool close) { m_closeConnection = close; }
    [[nodiscard]] bool closeConnection() const { return m_closeConnection; }
    // A server clock that is off: the Date header is shifted by this many seconds.
    void setDateOffset(qint64 seconds) { m_dateOffset = seconds; }
    // Retry-After as an HTTP-date this many seconds after the (shifted) Date header.
    void setRetryAfterFromDate(qint64 seconds) { m_retryAfterFromDate = seconds; }
    // A slow server: the answer is written this long after the request.
    void setDelayMs(int ms) { m_delayMs = ms; }
    [[nodiscard]] int delayMs() const { return m_delayMs; }

    [[nodiscard]] QByteArray serialize(bool keepAlive, const QDateTime &now) const;

    [[nodiscard]] static QByteArray reasonPhrase(int status);
    // RFC 7231 §7.1.1.1 IMF-fixdate, e.g. "Sun, 06 Nov 1994 08:49:37 GMT".
    [[nodiscard]] static QByteArray imfFixdate(const QDateTime &time);

    static inline const QByteArray kXmlContentType = QByteArrayLiteral("text/xml; charset=utf-8");
    static inline const QByteArray kJsonContentType = QByteArrayLiteral("application/json");

private:
    int m_status;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QByteArray m_body;
    bool m_closeConnection = false;
    qint64 m_dateOffset = 0;
    std::optional<qint64> m_retryAfterFromDate;
    int m_delayMs = 0;
};

} // namespace acssim
