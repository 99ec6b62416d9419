#pragma once

#include "Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace spdc {

// Operators and their MCC/MNC from mobile-broadband-provider-info, the database NetworkManager
// and ModemManager use. The configuration server's name is derived from MCC/MNC (§2.2.1), and
// the country tells how to read a national phone number.
class OperatorDatabase
{
public:
    struct Operator
    {
        QString name;
        QString countryCode;   // ISO 3166-1 alpha-2, upper case ("GB")
        QString countryName;   // in the UI language when Qt knows it
        QString mcc;
        QString mnc;           // as listed: 2 or 3 digits
        QString mccMnc() const { return mcc + mnc; }
    };

    // The installed database (SPDC_OPERATOR_DATABASE at build time).
    static QString defaultPath();
    static Result<OperatorDatabase> load(const QString &path = defaultPath());
    static Result<OperatorDatabase> parse(const QByteArray &xml);

    const QList<Operator> &operators() const { return m_operators; }
    // Case-insensitive search in operator and country names, and MCC/MNC digits.
    QList<Operator> search(const QString &text) const;
    // The country of a mobile country code, when the database knows it.
    std::optional<QString> countryForMcc(const QString &mcc) const;
    std::optional<Operator> find(const QString &mcc, const QString &mnc) const;

private:
    QList<Operator> m_operators;
};

} // namespace spdc
