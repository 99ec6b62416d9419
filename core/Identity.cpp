#include "Identity.h"

#include "PhoneNumber.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace spdc {

namespace {
Error invalid(const QString &message, const QString &detail)
{
    return Error{ErrorCode::InvalidInput, message, detail};
}
} // namespace

Result<Identity> Identity::fromMsisdn(const QString &text, const QString &region)
{
    const QString trimmed = text.trimmed();
    if (!region.isEmpty() && !trimmed.startsWith(QLatin1Char('+')) && !trimmed.startsWith(QLatin1String("00"))) {
        const Result<QString> e164 = PhoneNumber::toE164(trimmed, region);
        if (!e164)
            return e164.error();
        return Identity(Kind::Msisdn, e164.value());
    }
    QString digits = trimmed;
    digits.remove(QRegularExpression(QStringLiteral("[\\s\\-\\.\\(\\)]")));
    if (digits.startsWith(QLatin1String("00")))
        digits.replace(0, 2, QStringLiteral("+"));
    // E.164: a country code and subscriber number, at most 15 digits in all.
    static const QRegularExpression e164(QStringLiteral("^\\+[1-9][0-9]{5,14}$"));
    if (!e164.match(digits).hasMatch()) {
        return invalid(QCoreApplication::translate("Identity",
                           "Enter the phone number in international format, starting with + and "
                           "the country code, for example +44 7700 900123."),
                       QStringLiteral("not an E.164 number"));
    }
    return Identity(Kind::Msisdn, digits);
}

Result<Identity> Identity::fromSipUri(const QString &text)
{
    QString uri = text.trimmed();
    if (!uri.startsWith(QLatin1String("sip:"), Qt::CaseInsensitive)
        && !uri.startsWith(QLatin1String("sips:"), Qt::CaseInsensitive)) {
        uri.prepend(QLatin1String("sip:"));
    }
    static const QRegularExpression sip(QStringLiteral("^sips?:[^@\\s:;?]+@[A-Za-z0-9.\\-\\[\\]:]+$"),
                                        QRegularExpression::CaseInsensitiveOption);
    if (!sip.match(uri).hasMatch()) {
        return invalid(QCoreApplication::translate("Identity",
                           "Enter a SIP address such as sip:alice@example.com."),
                       QStringLiteral("not a SIP URI"));
    }
    if (uri.size() > MaxSipUriLength) {
        return invalid(QCoreApplication::translate("Identity",
                           "The SIP address is too long: at most %1 characters are allowed.")
                           .arg(MaxSipUriLength),
                       QStringLiteral("SIP URI longer than 50"));
    }
    return Identity(Kind::SipUri, uri);
}

Result<Identity> Identity::fromAccountId(const QString &text)
{
    if (text.startsWith(QLatin1String("sip"), Qt::CaseInsensitive))
        return fromSipUri(text);
    return fromMsisdn(text);
}

QLatin1String Identity::parameterName() const
{
    return m_kind == Kind::Msisdn ? QLatin1String("msisdn") : QLatin1String("sip_uri");
}

} // namespace spdc
