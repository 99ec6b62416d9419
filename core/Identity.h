#pragma once

#include "Result.h"

#include <QString>

namespace spdc {

// The primary identity an account is linked to (§2.5 step 2, §2.6 step 2):
// an MSISDN in E.164 form or a SIP URI. The account id is this identity.
class Identity
{
public:
    enum class Kind { Msisdn, SipUri };

    Identity() = default;

    // Table 12: "E.164 (+44790000001) in international format". Spaces, dashes, dots and
    // brackets that people type are stripped. A national number is accepted only when the
    // region (ISO 3166 alpha-2, from the operator's country) is given.
    static Result<Identity> fromMsisdn(const QString &text, const QString &region = QString());
    // Table 12: "String (50 max), Case-insensitive".
    static Result<Identity> fromSipUri(const QString &text);
    // Either form, decided by the text (an account id read back from storage).
    static Result<Identity> fromAccountId(const QString &text);

    Kind kind() const { return m_kind; }
    const QString &value() const { return m_value; }
    bool isValid() const { return !m_value.isEmpty(); }
    QString accountId() const { return m_value; }
    // The GET parameter that carries it: "msisdn" or "sip_uri".
    QLatin1String parameterName() const;

    static constexpr int MaxSipUriLength = 50;

    friend bool operator==(const Identity &a, const Identity &b)
    {
        return a.m_kind == b.m_kind && a.m_value == b.m_value;
    }

private:
    Identity(Kind kind, QString value) : m_kind(kind), m_value(std::move(value)) {}

    Kind m_kind = Kind::Msisdn;
    QString m_value;
};

} // namespace spdc
