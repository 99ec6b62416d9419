#pragma once

#include "Result.h"

#include <QDateTime>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;

namespace spdc {

// What came back from the configuration server, whatever the status.
struct HttpResponse
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QByteArray retryAfter;      // raw Retry-After header (§2.2.4), empty if absent
    QDateTime date;             // the Date header, if present and valid
    QByteArray location;        // the Location header of a redirect
};

// One HTTP exchange: a GET with its own timeout on the flow's manager. Finishes once, with a
// response (any HTTP status) or a transport error (network, timeout, TLS).
class HttpExchange : public QObject
{
    Q_OBJECT
public:
    // Larger bodies are not configuration documents; stop reading.
    static constexpr qint64 MaxBodySize = 16 * 1024 * 1024;

    HttpExchange(QNetworkAccessManager *manager, const QNetworkRequest &request,
                 QObject *parent = nullptr);
    ~HttpExchange() override;

    void start();
    void abort();

Q_SIGNALS:
    void finished(const spdc::Result<spdc::HttpResponse> &result);

private:
    void onFinished();
    Error transportError(const QNetworkReply *reply) const;

    QNetworkAccessManager *m_manager;
    QNetworkRequest m_request;
    QPointer<QNetworkReply> m_reply;
    QString m_tlsDetail;
    bool m_tooLarge = false;
    bool m_aborted = false;
};

} // namespace spdc
