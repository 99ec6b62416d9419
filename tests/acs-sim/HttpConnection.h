#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"

#include <QByteArray>
#include <QObject>
#include <QTimer>

#include <functional>

class QSslSocket;

namespace acssim {

// One accepted TLS connection: buffers partial reads, answers every complete request in
// order and keeps the socket open between requests (QNetworkAccessManager reuses
// connections). Deletes itself (deleteLater) when the peer goes away.
class HttpConnection : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    // Takes ownership of the socket (reparents it).
    HttpConnection(QSslSocket *socket, Handler handler, bool quiet, QObject *parent = nullptr);

private:
    void readAvailable();
    void send(const HttpResponse &response, bool keepAlive);
    void rejectAndClose(int status, const char *why);

    QSslSocket *m_socket;
    Handler m_handler;
    QByteArray m_buffer;
    QTimer m_idleTimer;
    bool m_closing = false;
    bool m_quiet;
};

} // namespace acssim
