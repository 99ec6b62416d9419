#include "HttpResponse.h"

#include <QLocale>

namespace acssim {

void HttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &entry : m_headers) {
        if (entry.first.compare(name, Qt::CaseInsensitive) == 0) {
            entry.second = value;
            return;
        }
    }
    m_headers.append({name, value});
}

void HttpResponse::setBody(const QByteArray &body, const QByteArray &contentType)
{
    m_body = body;
    if (!contentType.isEmpty())
        setHeader(QByteArrayLiteral("Content-Type"), contentType);
}

QByteArray HttpResponse::serialize(bool keepAlive, const QDateTime &now) const
{
    QByteArray out;
    out += "HTTP/1.1 " + QByteArray::number(m_status) + ' ' + reasonPhrase(m_status) + "\r\n";
    const QDateTime date = now.addSecs(m_dateOffset);
    out += "Date: " + imfFixdate(date) + "\r\n";
    out += "Server: acs-sim\r\n";
    if (m_retryAfterFromDate)
        out += "Retry-After: " + imfFixdate(date.addSecs(*m_retryAfterFromDate)) + "\r\n";
    for (const auto &[name, value] : m_headers)
        out += name + ": " + value + "\r\n";
    out += "Content-Length: " + QByteArray::number(m_body.size()) + "\r\n";
    out += (keepAlive && !m_closeConnection) ? QByteArrayLiteral("Connection: keep-alive\r\n")
                                             : QByteArrayLiteral("Connection: close\r\n");
    out += "\r\n";
    out += m_body;
    return out;
}

QByteArray HttpResponse::reasonPhrase(int status)
{
    switch (status) {
    case 200: return QByteArrayLiteral("OK");
    case 204: return QByteArrayLiteral("No Content");
    case 301: return QByteArrayLiteral("Moved Permanently");
    case 302: return QByteArrayLiteral("Found");
    case 303: return QByteArrayLiteral("See Other");
    case 307: return QByteArrayLiteral("Temporary Redirect");
    case 308: return QByteArrayLiteral("Permanent Redirect");
    case 400: return QByteArrayLiteral("Bad Request");
    case 401: return QByteArrayLiteral("Unauthorized");
    case 403: return QByteArrayLiteral("Forbidden");
    case 404: return QByteArrayLiteral("Not Found");
    case 405: return QByteArrayLiteral("Method Not Allowed");
    case 408: return QByteArrayLiteral("Request Timeout");
    case 409: return QByteArrayLiteral("Conflict");
    case 413: return QByteArrayLiteral("Content Too Large");
    case 429: return QByteArrayLiteral("Too Many Requests");
    case 431: return QByteArrayLiteral("Request Header Fields Too Large");
    case 500: return QByteArrayLiteral("Internal Server Error");
    case 501: return QByteArrayLiteral("Not Implemented");
    case 502: return QByteArrayLiteral("Bad Gateway");
    case 503: return QByteArrayLiteral("Service Unavailable");
    case 504: return QByteArrayLiteral("Gateway Timeout");
    case 511: return QByteArrayLiteral("Network Authentication Required");
    default: return QByteArrayLiteral("Status");
    }
}

QByteArray HttpResponse::imfFixdate(const QDateTime &time)
{
    // QLocale::c() keeps day and month names English whatever the machine locale.
    return QLocale::c()
            .toString(time.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
            .toLatin1();
}

} // namespace acssim
