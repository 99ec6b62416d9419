#include "SimControl.h"

#include "ConfigurationServer.h"
#include "HttpRequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace acssim {

namespace {

HttpResponse json(const QJsonDocument &document, int status = 200)
{
    HttpResponse response(status);
    response.setBody(document.toJson(QJsonDocument::Indented), HttpResponse::kJsonContentType);
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return response;
}

HttpResponse json(const QJsonObject &object, int status = 200)
{
    return json(QJsonDocument(object), status);
}

HttpResponse error(int status, const QString &message)
{
    return json(QJsonObject{{QStringLiteral("error"), message}}, status);
}

} // namespace

HttpResponse SimControl::handle(const HttpRequest &request)
{
    HttpResponse response = answer(request);
    if (!m_quiet)
        std::fprintf(stderr, "acs-sim: %s %s -> %d (control)\n", request.method().constData(),
                     request.target().constData(), response.status());
    return response;
}

HttpResponse SimControl::answer(const HttpRequest &request)
{
    if (request.method() != "GET") {
        HttpResponse response = error(405, QStringLiteral("only GET"));
        response.setHeader(QByteArrayLiteral("Allow"), QByteArrayLiteral("GET"));
        return response;
    }
    QHash<QString, QString> params;
    for (const auto &[name, value] : request.queryItems())
        params.insert(name, value);
    const QByteArray command = request.path().mid(kPrefix.size());

    if (command == "requests")
        return json(QJsonDocument(m_server.requests()));
    if (command == "outbox")
        return json(QJsonDocument(m_server.outbox()));
    if (command == "reset") {
        m_server.reset();
        return json(QJsonObject{{QStringLiteral("reset"), true}});
    }
    if (command == "enqueue") {
        ConfigurationServer::CannedAnswer canned;
        bool ok = false;
        canned.status = params.value(QStringLiteral("status")).toInt(&ok);
        if (!ok || canned.status < 100 || canned.status > 599)
            return error(400, QStringLiteral("status must be an HTTP status code"));
        canned.retryAfter = params.value(QStringLiteral("retry_after")).toUtf8();
        canned.location = params.value(QStringLiteral("location")).toUtf8();
        canned.body = params.value(QStringLiteral("body"));
        // retry_after_date=N: Retry-After as an HTTP-date N seconds after this answer's Date.
        if (params.contains(QStringLiteral("retry_after_date"))) {
            canned.retryAfterFromDate = params.value(QStringLiteral("retry_after_date")).toLongLong(&ok);
            if (!ok)
                return error(400, QStringLiteral("retry_after_date must be a number of seconds"));
        }
        if (params.contains(QStringLiteral("date_offset"))) {
            canned.dateOffset = params.value(QStringLiteral("date_offset")).toLongLong(&ok);
            if (!ok)
                return error(400, QStringLiteral("date_offset must be a number of seconds"));
        }
        if (params.contains(QStringLiteral("delay_ms"))) {
            canned.delayMs = params.value(QStringLiteral("delay_ms")).toInt(&ok);
            if (!ok || canned.delayMs < 0 || canned.delayMs > 600000)
                return error(400, QStringLiteral("delay_ms must be 0..600000"));
        }
        if (params.contains(QStringLiteral("validity"))) {
            canned.validity = params.value(QStringLiteral("validity")).toLongLong(&ok);
            if (!ok)
                return error(400, QStringLiteral("validity must be a number of seconds"));
        }
        if (canned.body == u"empty")
            canned.body.clear();
        if (!canned.body.isEmpty() && !ConfigurationServer::cannedBodyNames().contains(canned.body))
            return error(400, QStringLiteral("unknown body; one of: ")
                                      + ConfigurationServer::cannedBodyNames().join(QStringLiteral(", ")));
        // Header values must not smuggle line breaks into the response.
        if (canned.retryAfter.contains('\r') || canned.retryAfter.contains('\n')
            || canned.location.contains('\r') || canned.location.contains('\n'))
            return error(400, QStringLiteral("header values must be one line"));
        return json(QJsonObject{{QStringLiteral("queued"), m_server.enqueue(canned)}});
    }
    if (command == "revoke-token") {
        const int count = m_server.revokeTokens(params.value(QStringLiteral("identity")));
        return json(QJsonObject{{QStringLiteral("revoked"), count}});
    }
    if (command == "set-version") {
        bool ok = false;
        const int version = params.value(QStringLiteral("version")).toInt(&ok);
        if (!ok || version < 1)
            return error(400, QStringLiteral("version must be a positive integer"));
        m_server.setCurrentVersion(version);
        return json(QJsonObject{{QStringLiteral("version"), version}});
    }
    if (command == "expire-sessions")
        return json(QJsonObject{{QStringLiteral("expired"), m_server.expireSessions()}});
    return error(404, QStringLiteral("unknown control path"));
}

} // namespace acssim
