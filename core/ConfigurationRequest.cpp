#include "ConfigurationRequest.h"

#include <QCoreApplication>

namespace spdc::RequestBuilder {

QByteArray percentEncode(const QString &value)
{
    // Everything but RFC 3986 unreserved characters is encoded, UTF-8 first.
    return QUrl::toPercentEncoding(value);
}

namespace {
QUrl withQuery(const QUrl &server, const QList<std::pair<QByteArray, QString>> &params)
{
    QByteArray query = server.query(QUrl::FullyEncoded).toLatin1();
    for (const auto &[name, value] : params) {
        if (!query.isEmpty())
            query += '&';
        query += name + '=' + percentEncode(value);
    }
    QUrl url = server;
    // StrictMode keeps our encoding as it is: %2B stays %2B and is never decoded back to '+'.
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    return url;
}
} // namespace

QUrl configurationUrl(const QUrl &server, const ConfigurationRequest &request)
{
    QList<std::pair<QByteArray, QString>> params;
    params.append({"vers", QString::number(request.version)});
    params.append({request.identity.parameterName().latin1(), request.identity.value()});
    params.append({"provisioning_version", QStringLiteral("1.0")});
    params.append({"token", request.token});
    params.append({"device_type", deviceTypeName(request.deviceType)});
    if (request.otp)
        params.append({"OTP", *request.otp});
    if (!request.friendlyName.isEmpty())
        params.append({"friendly_device_name", request.friendlyName});
    return withQuery(server, params);
}

QUrl otpUrl(const QUrl &server, const QString &otp)
{
    return withQuery(server, {{"OTP", otp}});
}

QString acceptLanguage(const QLocale &locale)
{
    if (locale.language() == QLocale::C)
        return QStringLiteral("en");
    // QLocale::bcp47Name() drops the territory when it is the likely one ("de" for de_DE);
    // the server wants the full tag.
    QString tag = locale.name();
    tag.replace(QLatin1Char('_'), QLatin1Char('-'));
    return tag;
}

QNetworkRequest networkRequest(const QUrl &url, const QLocale &locale,
                               std::chrono::milliseconds timeout,
                               const QSslConfiguration &tls)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setTransferTimeout(int(timeout.count()));
    request.setSslConfiguration(tls);
    request.setRawHeader("Accept-Language", acceptLanguage(locale).toLatin1());
    request.setRawHeader("Accept", "text/xml, application/xml;q=0.9, */*;q=0.1");
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("%1/%2").arg(QCoreApplication::applicationName(),
                                                  QCoreApplication::applicationVersion()));
    return request;
}

} // namespace spdc::RequestBuilder
