#include "HttpConnection.h"

#include <QDateTime>
#include <QSslSocket>

#include <cstdio>

namespace acssim {

namespace {
// Long enough that a client's pooled connection is normally still open when reused.
constexpr int kIdleTimeoutMs = 120 * 1000;
} // namespace

HttpConnection::HttpConnection(QSslSocket *socket, Handler handler, bool quiet, QObject *parent)
    : QObject(parent), m_socket(socket), m_handler(std::move(handler)), m_quiet(quiet)
{
    m_socket->setParent(this);
    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(kIdleTimeoutMs);
    connect(&m_idleTimer, &QTimer::timeout, m_socket, &QAbstractSocket::disconnectFromHost);
    connect(m_socket, &QIODevice::readyRead, this, &HttpConnection::readAvailable);
    connect(m_socket, &QAbstractSocket::disconnected, this, &QObject::deleteLater);
    m_idleTimer.start();
    if (m_socket->state() != QAbstractSocket::ConnectedState) {
        deleteLater();
        return;
    }
    // Bytes may have arrived together with the end of the handshake.
    if (m_socket->bytesAvailable() > 0)
        QTimer::singleShot(0, this, &HttpConnection::readAvailable);
}

void HttpConnection::readAvailable()
{
    if (m_closing)
        return;
    m_buffer += m_socket->readAll();
    m_idleTimer.start();
    while (!m_closing) {
        HttpRequest request;
        switch (HttpRequest::parse(m_buffer, &request)) {
        case HttpRequest::ParseResult::Incomplete:
            return;
        case HttpRequest::ParseResult::BadRequest:
            rejectAndClose(400, "malformed request");
            return;
        case HttpRequest::ParseResult::HeadersTooLarge:
            rejectAndClose(431, "request head larger than 16 KB");
            return;
        case HttpRequest::ParseResult::BodyTooLarge:
            rejectAndClose(413, "request body too large");
            return;
        case HttpRequest::ParseResult::Complete:
            send(m_handler(request), request.keepAlive());
            break;
        }
    }
}

void HttpConnection::send(const HttpResponse &response, bool keepAlive)
{
    if (response.delayMs() > 0) {
        // A slow server: the same answer, later (a client's timeout is what is tested).
        HttpResponse later = response;
        later.setDelayMs(0);
        QTimer::singleShot(response.delayMs(), this, [this, later, keepAlive] {
            if (!m_closing)
                send(later, keepAlive);
        });
        return;
    }
    if (m_socket->state() != QAbstractSocket::ConnectedState)
        return; // peer left mid-request: nothing to answer
    m_socket->write(response.serialize(keepAlive, QDateTime::currentDateTimeUtc()));
    if (!keepAlive || response.closeConnection()) {
        m_closing = true;
        m_buffer.clear();
        // Flushes what was written, then closes.
        m_socket->disconnectFromHost();
    }
}

void HttpConnection::rejectAndClose(int status, const char *why)
{
    if (!m_quiet)
        std::fprintf(stderr, "acs-sim: %d %s, closing the connection\n", status, why);
    HttpResponse response(status);
    response.setCloseConnection(true);
    send(response, false);
}

} // namespace acssim
