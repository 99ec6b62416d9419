#pragma once

#include "HttpConnection.h"

#include <QHostAddress>
#include <QObject>

class QSslConfiguration;
class QSslServer;

namespace acssim {

// HTTPS listener: QSslServer does the TLS handshake, each encrypted socket becomes an
// HttpConnection answering with the given handler.
class TlsHttpServer : public QObject
{
    Q_OBJECT

public:
    TlsHttpServer(const QSslConfiguration &configuration, HttpConnection::Handler handler,
                  bool quiet, QObject *parent = nullptr);

    [[nodiscard]] bool listen(const QHostAddress &address, quint16 port);
    [[nodiscard]] quint16 serverPort() const;
    [[nodiscard]] QString errorString() const;

private:
    void acceptPending();
    void watchNewSockets();

    QSslServer *m_server;
    HttpConnection::Handler m_handler;
    bool m_quiet;
};

} // namespace acssim
