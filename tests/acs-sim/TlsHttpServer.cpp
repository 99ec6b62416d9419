#include "TlsHttpServer.h"

#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>

#include <cstdio>

namespace acssim {

namespace {

constexpr const char *kWatchedProperty = "acssim_watched";
constexpr const char *kReportedProperty = "acssim_reported";

QByteArray peerOf(const QSslSocket *socket)
{
    return socket->peerAddress().toString().toUtf8() + ':' + QByteArray::number(socket->peerPort());
}

} // namespace

TlsHttpServer::TlsHttpServer(const QSslConfiguration &configuration,
                             HttpConnection::Handler handler, bool quiet, QObject *parent)
    : QObject(parent), m_server(new QSslServer(this)), m_handler(std::move(handler)), m_quiet(quiet)
{
    m_server->setSslConfiguration(configuration);
    // A client that connects and never completes the handshake is dropped by QSslServer.
    m_server->setHandshakeTimeout(10000);
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &TlsHttpServer::acceptPending);

    // Failed handshakes are logged always (they are what a negative TLS test looks at).
    // QSslServer deletes a socket that fails before encryption itself, right after
    // errorOccurred: the connection must stay direct (no queued access to the socket).
    connect(m_server, &QSslServer::sslErrors, this,
            [](QSslSocket *socket, const QList<QSslError> &errors) {
                for (const QSslError &error : errors)
                    std::fprintf(stderr, "acs-sim: TLS error from %s: %s\n", peerOf(socket).constData(),
                                 qUtf8Printable(error.errorString()));
            });
    connect(m_server, &QSslServer::errorOccurred, this,
            [](QSslSocket *socket, QAbstractSocket::SocketError) {
                // Only handshake failures: errors after encryption are the connection's own.
                if (socket->property(kReportedProperty).toBool())
                    return;
                socket->setProperty(kReportedProperty, true);
                std::fprintf(stderr, "acs-sim: TLS handshake with %s failed: %s\n",
                             peerOf(socket).constData(), qUtf8Printable(socket->errorString()));
            });
    // QSslServer (6.4) drops a peer whose first bytes are not a TLS ClientHello (plain HTTP
    // on the HTTPS port, a port scanner) without any signal; watch new sockets to log it.
    connect(m_server, &QTcpServer::newConnection, this, &TlsHttpServer::watchNewSockets);
    connect(m_server, &QSslServer::alertReceived, this,
            [](QSslSocket *socket, QSsl::AlertLevel, QSsl::AlertType, const QString &description) {
                std::fprintf(stderr, "acs-sim: TLS alert from %s: %s\n", peerOf(socket).constData(),
                             qUtf8Printable(description));
            });
}

bool TlsHttpServer::listen(const QHostAddress &address, quint16 port)
{
    return m_server->listen(address, port);
}

quint16 TlsHttpServer::serverPort() const
{
    return m_server->serverPort();
}

QString TlsHttpServer::errorString() const
{
    return m_server->errorString();
}

void TlsHttpServer::watchNewSockets()
{
    const QList<QSslSocket *> sockets = m_server->findChildren<QSslSocket *>(Qt::FindDirectChildrenOnly);
    for (QSslSocket *socket : sockets) {
        if (socket->property(kWatchedProperty).toBool())
            continue;
        socket->setProperty(kWatchedProperty, true);
        const QByteArray peer = peerOf(socket);
        connect(socket, &QSslSocket::encrypted, this,
                [socket] { socket->setProperty(kReportedProperty, true); });
        connect(socket, &QAbstractSocket::disconnected, this, [socket, peer] {
            if (!socket->property(kReportedProperty).toBool())
                std::fprintf(stderr, "acs-sim: connection from %s closed before TLS was established "
                                     "(not a TLS client, or it gave up)\n", peer.constData());
        });
    }
}

void TlsHttpServer::acceptPending()
{
    while (m_server->hasPendingConnections()) {
        QTcpSocket *pending = m_server->nextPendingConnection();
        auto *socket = qobject_cast<QSslSocket *>(pending);
        if (!socket) {
            delete pending;
            continue;
        }
        new HttpConnection(socket, m_handler, m_quiet, this);
    }
}

} // namespace acssim
