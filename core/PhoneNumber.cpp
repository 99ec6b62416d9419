#include "PhoneNumber.h"

#include <QCoreApplication>

#include <phonenumbers/phonenumberutil.h>

namespace spdc::PhoneNumber {

using i18n::phonenumbers::PhoneNumberUtil;

namespace {
Error invalid(const QString &message, const QString &detail)
{
    return Error{ErrorCode::InvalidInput, message, detail};
}
} // namespace

Result<QString> toE164(const QString &text, const QString &region)
{
    const QString trimmed = text.trimmed();
    const bool international = trimmed.startsWith(QLatin1Char('+')) || trimmed.startsWith(QLatin1String("00"));
    if (!international && region.isEmpty()) {
        return invalid(QCoreApplication::translate("PhoneNumber",
                           "Enter the number with its country code, starting with +, or choose "
                           "your operator so the country is known."),
                       QStringLiteral("national number without region"));
    }
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    i18n::phonenumbers::PhoneNumber number;
    const std::string regionCode = international ? std::string("ZZ") : region.toUpper().toStdString();
    QString input = trimmed;
    if (input.startsWith(QLatin1String("00")))
        input.replace(0, 2, QStringLiteral("+"));
    if (util->Parse(input.toStdString(), regionCode, &number) != PhoneNumberUtil::NO_PARSING_ERROR
        // A number only dialable locally (no area code) is not an identity.
        || util->IsPossibleNumberWithReason(number) != PhoneNumberUtil::IS_POSSIBLE) {
        return invalid(QCoreApplication::translate("PhoneNumber",
                           "This does not look like a phone number. Enter it with its country "
                           "code, for example +44 7700 900123."),
                       QStringLiteral("not a possible number"));
    }
    std::string e164;
    util->Format(number, PhoneNumberUtil::E164, &e164);
    return QString::fromStdString(e164);
}

QString formatInternational(const QString &e164)
{
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    i18n::phonenumbers::PhoneNumber number;
    if (util->Parse(e164.toStdString(), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return e164;
    std::string formatted;
    util->Format(number, PhoneNumberUtil::INTERNATIONAL, &formatted);
    return QString::fromStdString(formatted);
}

} // namespace spdc::PhoneNumber
