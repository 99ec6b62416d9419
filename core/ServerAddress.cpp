#include "ServerAddress.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace spdc::ServerAddress {

namespace {
Error invalidOperator()
{
    return Error{ErrorCode::InvalidInput,
                 QCoreApplication::translate("ServerAddress",
                     "The operator code must be the 3-digit country code (MCC) followed by the "
                     "2- or 3-digit network code (MNC), for example 23415."),
                 QStringLiteral("bad MCC/MNC")};
}
} // namespace

Result<QUrl> fromOperator(const QString &mcc, const QString &mnc)
{
    static const QRegularExpression mccPattern(QStringLiteral("^[0-9]{3}$"));
    static const QRegularExpression mncPattern(QStringLiteral("^[0-9]{2,3}$"));
    if (!mccPattern.match(mcc).hasMatch() || !mncPattern.match(mnc).hasMatch())
        return invalidOperator();
    const QString paddedMnc = mnc.size() == 2 ? QLatin1Char('0') + mnc : mnc;
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(QStringLiteral("config.rcs.mnc%1.mcc%2.pub.3gppnetwork.org").arg(paddedMnc, mcc));
    url.setPath(QStringLiteral("/"));
    return url;
}

Result<QUrl> fromMccMnc(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9]{3})[\\s\\-/]?([0-9]{2,3})$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return invalidOperator();
    return fromOperator(match.captured(1), match.captured(2));
}

Result<QUrl> fromUserText(const QString &text)
{
    const QUrl url = QUrl::fromUserInput(text.trimmed());
    if (!url.isValid() || url.host().isEmpty() || url.scheme() != QLatin1String("https")
        || text.trimmed().startsWith(QLatin1String("http:"), Qt::CaseInsensitive)) {
        return Error{ErrorCode::InvalidInput,
                     QCoreApplication::translate("ServerAddress",
                         "The server address must be an https:// URL, for example "
                         "https://config.example.com/."),
                     QStringLiteral("not an https URL")};
    }
    QUrl result = url;
    if (result.path().isEmpty())
        result.setPath(QStringLiteral("/"));
    return result;
}

} // namespace spdc::ServerAddress
