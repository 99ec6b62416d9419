#include "HttpExchange.h"

#include "Logging.h"
#include "RetryAfter.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslError>

namespace spdc {

HttpExchange::HttpExchange(QNetworkAccessManager *manager, const QNetworkRequest &request,
                           QObject *parent)
    : QObject(parent), m_manager(manager), m_request(request)
{
}

HttpExchange::~HttpExchange()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void HttpExchange::start()
{
    // Log the host and path only: the query carries the identity, the token and the OTP.
    qCDebug(lcNetwork) << "GET" << m_request.url().adjusted(QUrl::RemoveQuery).toDisplayString();
    m_reply = m_manager->get(m_request);
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Recorded for the message, never ignored.
        QStringList texts;
        for (const QSslError &error : errors)
            texts << error.errorString();
        m_tlsDetail = texts.join(QStringLiteral("; "));
        qCWarning(lcNetwork) << "TLS errors:" << m_tlsDetail;
    });
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64) {
        if (received > MaxBodySize && !m_tooLarge) {
            m_tooLarge = true;
            m_reply->abort();
        }
    });
    connect(m_reply, &QNetworkReply::finished, this, &HttpExchange::onFinished);
}

void HttpExchange::abort()
{
    m_aborted = true;
    if (m_reply)
        m_reply->abort();
}

void HttpExchange::onFinished()
{
    QNetworkReply *reply = m_reply;
    reply->deleteLater();
    m_reply = nullptr;

    if (m_aborted) {
        Q_EMIT finished(Error{ErrorCode::Cancelled,
                              QCoreApplication::translate("HttpExchange", "Cancelled."),
                              QStringLiteral("aborted")});
        return;
    }
    if (m_tooLarge) {
        Q_EMIT finished(Error{ErrorCode::InvalidResponse,
                              QCoreApplication::translate("HttpExchange",
                                  "The server sent an answer that is far too large to be a "
                                  "configuration."),
                              QStringLiteral("body larger than limit")});
        return;
    }

    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid()) {
        Q_EMIT finished(transportError(reply));
        return;
    }
    HttpResponse response;
    response.status = status.toInt();
    response.body = reply->readAll();
    response.contentType = reply->rawHeader("Content-Type");
    response.retryAfter = reply->rawHeader("Retry-After");
    response.location = reply->rawHeader("Location");
    const QByteArray date = reply->rawHeader("Date");
    if (!date.isEmpty())
        response.date = RetryAfter::parseHttpDate(QString::fromLatin1(date)); // the server's clock
    qCDebug(lcNetwork) << "HTTP status" << response.status << "body bytes" << response.body.size();
    Q_EMIT finished(response);
}

Error HttpExchange::transportError(const QNetworkReply *reply) const
{
    const QString host = m_request.url().host();
    const QNetworkReply::NetworkError error = reply->error();
    const QString detail = reply->errorString();
    switch (error) {
    case QNetworkReply::OperationCanceledError:
        // Qt reports a transfer timeout as a cancelled operation; a user cancel is m_aborted.
    case QNetworkReply::TimeoutError:
        return Error{ErrorCode::Timeout,
                     QCoreApplication::translate("HttpExchange",
                         "The configuration server %1 did not answer in time. Check your "
                         "connection and try again.").arg(host),
                     detail};
    case QNetworkReply::SslHandshakeFailedError:
        return Error{ErrorCode::TlsError,
                     QCoreApplication::translate("HttpExchange",
                         "The secure connection to %1 failed: the server's certificate is not "
                         "trusted. No data was sent.").arg(host),
                     m_tlsDetail.isEmpty() ? detail : m_tlsDetail};
    case QNetworkReply::HostNotFoundError:
        return Error{ErrorCode::NetworkError,
                     QCoreApplication::translate("HttpExchange",
                         "The configuration server %1 could not be found. Check the operator or "
                         "server address and your connection.").arg(host),
                     detail};
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    default:
        return Error{ErrorCode::NetworkError,
                     QCoreApplication::translate("HttpExchange",
                         "Could not reach the configuration server %1. Check your connection "
                         "and try again.").arg(host),
                     detail};
    }
}

} // namespace spdc
