#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>

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
};

} // namespace acssim
